// The active-active VIP planner (seed question 3): N directors share the incoming traffic
// through several VIPs, each VIP MASTER on one director and BACKUP on others. Find the smallest
// number of VIPs and a MASTER/BACKUP layout such that after any tolerated failure no
// director's link is full, and say why fewer VIPs do not work.
//
// Model: the traffic splits evenly over the VIPs (clients spread by DNS round robin or ECMP),
// a VIP is served by the first director of its priority order that is still up, and a
// director's load is the sum of the VIPs it serves. "Active-active" means every director is
// MASTER for the same number of VIPs, so that they share the load evenly in normal operation
// (`uneven` lifts that).
import type { Lang } from '../report/i18n';
import { PlannerStrings, plannerStrings } from './i18n';

export interface PlanInput {
  directors: number;
  trafficBps: number;
  linkBps: number;
  /** Directors that may be down at the same time. */
  failures: number;
  /** Share of each link that must stay free after failures; 0 means any free capacity (load strictly below the link speed). */
  headroom?: number;
  /** Allow directors to be MASTER for different numbers of VIPs. */
  uneven?: boolean;
  /** Most VIPs tried (VRRP allows 255 routers per interface). */
  maxVips?: number;
  /** Names of the directors (default lb1, lb2, ...). */
  names?: string[];
}

export type ResolvedPlanInput = Required<PlanInput>;

export interface VipLayout {
  /** 1-based VIP number. */
  vip: number;
  /** Director indices (0-based) in priority order: MASTER first, then the BACKUPs in takeover order. */
  order: number[];
  /** VRRP priority of each director in `order`. */
  priorities: number[];
}

export interface FailureCase {
  /** Indices of the failed directors (empty: normal operation). */
  failed: number[];
  vipsPerDirector: number[];
  loadBps: number[];
  maxLoadBps: number;
}

export interface PlanSuccess {
  ok: true;
  input: ResolvedPlanInput;
  vips: number;
  perVipBps: number;
  layout: VipLayout[];
  mastersPerDirector: number[];
  normal: FailureCase;
  worst: FailureCase;
  cases: FailureCase[];
  /** Fewer VIPs that were tried, and why each does not work. */
  rejected: { vips: number; reason: string }[];
  reasoning: string[];
  /** When the even layout needs more VIPs than an uneven one would, the uneven alternative. */
  unevenAlternative?: { vips: number; worstLoadBps: number };
}

export interface PlanFailure {
  ok: false;
  input: ResolvedPlanInput;
  problem: string;
  reasoning: string[];
  rejected: { vips: number; reason: string }[];
}

export type Plan = PlanSuccess | PlanFailure;

/** VRRP priorities by position in a VIP's order: 150 for the MASTER, then 100, 90, 80... */
export function priorityAt(position: number): number {
  return position === 0 ? 150 : Math.max(1, 110 - 10 * position);
}

export function directorNames(input: PlanInput): string[] {
  if (!Number.isInteger(input.directors) || input.directors < 1 || input.directors > 16) return [];
  return input.names && input.names.length === input.directors ? input.names : Array.from({ length: input.directors }, (_, i) => `lb${i + 1}`);
}

function resolve(input: PlanInput): ResolvedPlanInput {
  return {
    directors: input.directors,
    trafficBps: input.trafficBps,
    linkBps: input.linkBps,
    failures: input.failures,
    headroom: input.headroom ?? 0,
    uneven: input.uneven ?? false,
    maxVips: input.maxVips ?? 64,
    names: directorNames(input),
  };
}

function invalid(input: ResolvedPlanInput, t: PlannerStrings): string | undefined {
  const n = input.directors;
  if (!Number.isInteger(n) || n < 1) return t.invalidDirectors(n);
  if (n > 16) return t.tooManyDirectors(n);
  if (!Number.isInteger(input.failures) || input.failures < 0) return t.invalidFailures(input.failures);
  if (!(input.trafficBps > 0) || !Number.isFinite(input.trafficBps)) return t.invalidTraffic(input.trafficBps);
  if (!(input.linkBps > 0) || !Number.isFinite(input.linkBps)) return t.invalidLink(input.linkBps);
  if (!(input.headroom >= 0 && input.headroom < 1)) return t.invalidHeadroom(input.headroom);
  if (!Number.isInteger(input.maxVips) || input.maxVips < 1 || input.maxVips > 255) return t.invalidMaxVips(input.maxVips);
  if (input.failures > 10) return t.tooManyFailures;
  return undefined;
}

/** Whether a load fits a link: below the link speed, and within the headroom when one is asked for. */
function fitsFn(input: ResolvedPlanInput): (load: number) => boolean {
  const eps = input.linkBps * 1e-9;
  if (input.headroom > 0) return (load) => load <= input.linkBps * (1 - input.headroom) + eps;
  return (load) => load < input.linkBps - eps;
}

function limitWords(input: ResolvedPlanInput, t: PlannerStrings): string {
  return input.headroom > 0
    ? t.limitHeadroom(t.pct(1 - input.headroom), t.bw(input.linkBps), t.pct(input.headroom))
    : t.limit(t.bw(input.linkBps));
}

/** All sets of at most `f` directors out of `n`, the empty set (normal operation) first. */
export function failureSets(n: number, f: number): number[][] {
  const out: number[][] = [[]];
  const rec = (start: number, cur: number[]): void => {
    for (let i = start; i < n; i++) {
      const next = [...cur, i];
      out.push(next);
      if (next.length < f) rec(i + 1, next);
    }
  };
  if (f > 0) rec(0, []);
  return out.sort((a, b) => a.length - b.length);
}

/** Ordered tuples of `len` distinct directors: the candidate priority orders of one VIP. */
function orders(n: number, len: number): number[][] {
  const out: number[][] = [];
  const rec = (cur: number[]): void => {
    if (cur.length === len) {
      out.push(cur);
      return;
    }
    for (let i = 0; i < n; i++) if (!cur.includes(i)) rec([...cur, i]);
  };
  rec([]);
  return out;
}

/** Who serves a VIP when `failed` are down: the first of its order still up. */
function server(order: number[], failed: Set<number>): number | undefined {
  return order.find((d) => !failed.has(d));
}

const SEARCH_BUDGET = 100_000;
const GREEDY_RESTARTS = 40;

interface SearchResult {
  layout?: number[][];
  /** True when "no layout" is proven (the exhaustive search finished). */
  exhausted: boolean;
}

/** A small deterministic random source, so that a plan is the same every time it is asked for. */
function rng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}

/** The search space of one (n, f): candidate orders, failure cases, and who serves what. */
class Space {
  readonly cands: number[][];
  readonly sets: Set<number>[];
  readonly serverOf: number[][];
  constructor(readonly n: number, readonly f: number) {
    this.cands = orders(n, Math.min(f + 1, n));
    this.sets = failureSets(n, f).map((s) => new Set(s));
    this.serverOf = this.cands.map((o) => this.sets.map((s) => server(o, s)!));
  }
}

/**
 * Finds V priority orders such that in every failure case no director serves more than `k`
 * VIPs and, when `even`, every director is MASTER for exactly V/N (otherwise for at least one).
 * First a greedy construction with random tie-breaks and restarts (it finds the balanced
 * layouts quickly), then an exhaustive depth-first search over multisets of orders with
 * capacity pruning, which also proves that none exists when it finishes within its budget.
 */
export function search(n: number, f: number, v: number, k: number, even: boolean): SearchResult {
  const sp = new Space(n, f);
  return greedy(sp, v, k, even) ?? exhaustive(sp, v, k, even);
}

function greedy(sp: Space, v: number, k: number, even: boolean): SearchResult | undefined {
  const { n, cands, sets, serverOf } = sp;
  if (even && v % n !== 0) return undefined;
  const per = even ? v / n : 0;
  for (let attempt = 0; attempt < GREEDY_RESTARTS; attempt++) {
    const rand = rng(attempt * 7919 + v * 31 + k);
    // Even: every director's own VIPs are known in advance (it serves them while it is up), so
    // they are counted from the start and only the takeovers are chosen: this looks ahead.
    const counts = sets.map((s) => Array.from({ length: n }, (_, d) => (even && !s.has(d) ? per : 0)));
    const chosen: number[] = [];
    let failed = false;
    for (let slot = 0; slot < v && !failed; slot++) {
      // Even: slot i belongs to director floor(i / per); uneven: the first n slots give each director one.
      const master = even ? Math.floor(slot / per) : slot < n ? slot : -1;
      let best = -1;
      let bestScore = Infinity;
      for (let c = 0; c < cands.length; c++) {
        if (master >= 0 && cands[c][0] !== master) continue;
        let worst = 0;
        let sum = 0;
        let ok = true;
        for (let si = 0; si < sets.length; si++) {
          if (even && !sets[si].has(cands[c][0])) continue;
          const after = counts[si][serverOf[c][si]] + 1;
          if (after > k) {
            ok = false;
            break;
          }
          worst = Math.max(worst, after);
          sum += after;
        }
        if (!ok) continue;
        const score = worst * 1e6 + sum + rand();
        if (score < bestScore) {
          bestScore = score;
          best = c;
        }
      }
      if (best < 0) failed = true;
      else {
        chosen.push(best);
        for (let si = 0; si < sets.length; si++) if (!even || sets[si].has(cands[best][0])) counts[si][serverOf[best][si]]++;
      }
    }
    if (!failed) return { layout: chosen.map((c) => cands[c]), exhausted: true };
  }
  return undefined;
}

function exhaustive(sp: Space, v: number, k: number, even: boolean): SearchResult {
  const { n, cands, sets, serverOf } = sp;
  const counts = sets.map(() => new Array<number>(n).fill(0));
  const masters = new Array<number>(n).fill(0);
  const perDirector = even ? v / n : Infinity;
  const chosen: number[] = [];
  let nodes = 0;
  let exhausted = true;

  const feasibleRest = (left: number): boolean => {
    for (let si = 0; si < sets.length; si++) {
      let room = 0;
      for (let d = 0; d < n; d++) if (!sets[si].has(d)) room += k - counts[si][d];
      if (room < left) return false;
    }
    let need = 0;
    for (let d = 0; d < n; d++) need += even ? perDirector - masters[d] : masters[d] === 0 ? 1 : 0;
    return even ? need === left : need <= left;
  };

  // Multisets of candidates as non-decreasing index sequences: each multiset is visited once.
  const dfs = (start: number): boolean => {
    if (chosen.length === v) return true;
    for (let c = start; c < cands.length; c++) {
      if (++nodes > SEARCH_BUDGET) {
        exhausted = false;
        return false;
      }
      if (masters[cands[c][0]] + 1 > perDirector) continue;
      let ok = true;
      for (let si = 0; si < sets.length && ok; si++) if (counts[si][serverOf[c][si]] + 1 > k) ok = false;
      if (!ok) continue;
      chosen.push(c);
      masters[cands[c][0]]++;
      for (let si = 0; si < sets.length; si++) counts[si][serverOf[c][si]]++;
      if (feasibleRest(v - chosen.length) && dfs(c)) return true;
      for (let si = 0; si < sets.length; si++) counts[si][serverOf[c][si]]--;
      masters[cands[c][0]]--;
      chosen.pop();
      if (!exhausted) return false;
    }
    return false;
  };

  const found = feasibleRest(v) && dfs(0);
  return found ? { layout: chosen.map((c) => cands[c]), exhausted: true } : { exhausted };
}

export function evaluate(layout: number[][], n: number, f: number, perVipBps: number): FailureCase[] {
  return failureSets(n, f).map((failed) => {
    const down = new Set(failed);
    const vipsPerDirector = new Array<number>(n).fill(0);
    for (const o of layout) {
      const s = server(o, down);
      if (s !== undefined) vipsPerDirector[s]++;
    }
    const loadBps = vipsPerDirector.map((c) => c * perVipBps);
    return { failed, vipsPerDirector, loadBps, maxLoadBps: Math.max(...loadBps.filter((_, d) => !down.has(d))) };
  });
}

interface Attempt {
  layout?: number[][];
  reason?: string;
  /** The fewest VIPs per director any layout can reach in the worst case (the pigeonhole bound). */
  bound: number;
}

function attempt(input: ResolvedPlanInput, v: number, even: boolean, t: PlannerStrings): Attempt {
  const { directors: n, failures: f, trafficBps: traffic } = input;
  const fits = fitsFn(input);
  const per = traffic / v;
  const bound = Math.ceil(v / (n - f));
  if (even && v % n !== 0) {
    return { bound, reason: t.notEven(v, n, Math.ceil(v / n), t.bw(Math.ceil(v / n) * per), Math.floor(v / n), t.bw(Math.floor(v / n) * per)) };
  }
  let kMax = 0;
  while (kMax < v && fits((kMax + 1) * per)) kMax++;
  if (bound > kMax) {
    const load = bound * per;
    const full = Math.abs(load - input.linkBps) <= input.linkBps * 1e-9;
    const where = f === 0 ? t.whereAllUp(n, bound) : t.whereAfter(f, v, n - f, bound);
    const verdict = full && input.headroom === 0
      ? t.verdictFull
      : load > input.linkBps
        ? t.verdictOverLink(t.bw(input.linkBps))
        : t.verdictOverLimit(limitWords(input, t));
    return { bound, reason: t.overloaded(v, t.bw(per), where, bound, t.bw(load), t.pct(load / input.linkBps), verdict) };
  }
  for (let k = bound; k <= kMax; k++) {
    const r = search(n, f, v, k, even);
    if (r.layout) return { bound, layout: r.layout };
    if (k === kMax) {
      return {
        bound,
        reason: t.noLayoutWithin(v, t.bw(per), kMax, t.bw(kMax * per), f, !!r.exhausted),
      };
    }
  }
  return { bound, reason: t.noLayout(v) };
}

function describeCase(c: FailureCase, names: string[], input: ResolvedPlanInput, t: PlannerStrings): string {
  const down = new Set(c.failed);
  const parts = names.map((nm, d) => (down.has(d) ? t.down(nm) : t.serves(nm, c.vipsPerDirector[d], t.bw(c.loadBps[d]))));
  return t.caseLine(c.failed.length ? t.failed(c.failed.map((d) => names[d]).join(' + ')) : t.normalOperation, parts.join(', '), t.pct(c.maxLoadBps / input.linkBps));
}

/** The smallest number of VIPs and their layout, with the reasoning (in `lang`, English by default). */
export function plan(rawInput: PlanInput, lang: Lang = 'en'): Plan {
  const s = plannerStrings(lang);
  const input = resolve(rawInput);
  const bad = invalid(input, s);
  if (bad) return { ok: false, input, problem: bad, reasoning: [bad], rejected: [] };
  const { directors: n, failures: f, trafficBps: t, linkBps: l } = input;
  const fits = fitsFn(input);
  const reasoning: string[] = [s.spread(s.bw(t))];
  if (f >= n) {
    const problem = s.noSurvivor(f, n);
    return { ok: false, input, problem, reasoning: [...reasoning, problem], rejected: [] };
  }
  const ideal = t / (n - f);
  const idealText = s.ideal(f, n, s.bw(t), s.bw(ideal), s.pct(ideal / l), limitWords(input, s));
  if (!fits(ideal)) {
    const total = (n - f) * l;
    const survivors = input.headroom > 0 ? Math.ceil(t / (l * (1 - input.headroom)) - 1e-9) : Math.floor(t / l) + 1;
    const need = survivors + f;
    const problem = s.noVipsHelp(`${idealText}${Math.abs(ideal - l) <= l * 1e-9 ? s.exactlyFull : s.tooMuch}`, s.bw(total), need);
    return { ok: false, input, problem, reasoning: [...reasoning, problem], rejected: [] };
  }
  reasoning.push(s.possible(idealText));
  if (!input.uneven) reasoning.push(s.activeActive(n));
  const rejected: { vips: number; reason: string }[] = [];
  const minV = Math.max(1, n);
  for (let v = minV; v <= input.maxVips; v++) {
    const a = attempt(input, v, !input.uneven, s);
    if (!a.layout) {
      rejected.push({ vips: v, reason: a.reason! });
      continue;
    }
    return success(input, v, a.layout, rejected, reasoning, lang);
  }
  const problem = s.noLayoutUpTo(input.maxVips, limitWords(input, s), f);
  return { ok: false, input, problem, reasoning: [...reasoning, ...rejected.map((r) => r.reason), problem], rejected };
}

function success(input: ResolvedPlanInput, v: number, orders: number[][], rejected: { vips: number; reason: string }[], reasoning: string[], lang: Lang): PlanSuccess {
  const s = plannerStrings(lang);
  const { directors: n, failures: f, trafficBps: t } = input;
  const names = input.names;
  const per = t / v;
  // Present the VIPs grouped by MASTER (lb1's first), as a student would write them down.
  const sorted = [...orders].sort((a, b) => a[0] - b[0] || a.slice(1).join(',').localeCompare(b.slice(1).join(',')));
  const layout: VipLayout[] = sorted.map((order, i) => ({ vip: i + 1, order, priorities: order.map((_, p) => priorityAt(p)) }));
  const cases = evaluate(sorted, n, f, per);
  const normal = cases[0];
  const worst = cases.reduce((w, c) => (c.maxLoadBps > w.maxLoadBps ? c : w), normal);
  const mastersPerDirector = names.map((_, d) => sorted.filter((o) => o[0] === d).length);
  const out = [...reasoning];
  for (const r of rejected) out.push(s.not(r.vips, r.reason));
  const backupsSpread = names.map((_, d) => new Set(sorted.filter((o) => o[0] === d && o.length > 1).map((o) => o[1])).size);
  const masters = mastersPerDirector.every((m) => m === mastersPerDirector[0]) ? s.eachMaster(mastersPerDirector[0]) : s.masterCounts(names.map((nm, d) => `${nm} ${mastersPerDirector[d]}`).join(', '));
  out.push(s.chosen(v, s.bw(per), masters, s.bw(normal.maxLoadBps), f > 0 && backupsSpread.every((b, d) => b === Math.min(mastersPerDirector[d], n - 1))));
  out.push(s.worst(describeCase(worst, names, input, s), s.bw(worst.maxLoadBps), limitWords(input, s)));
  const result: PlanSuccess = { ok: true, input, vips: v, perVipBps: per, layout, mastersPerDirector, normal, worst, cases, rejected, reasoning: out };
  if (!input.uneven && v > n) {
    const alt = plan({ ...input, uneven: true, maxVips: v - 1 }, lang);
    if (alt.ok && alt.vips < v) {
      result.unevenAlternative = { vips: alt.vips, worstLoadBps: alt.worst.maxLoadBps };
      out.push(s.uneven(alt.vips, s.bw(alt.worst.maxLoadBps)));
    }
  }
  return result;
}

/** A plain-text table of the layout: VIP, MASTER (priority), BACKUPs (priority). */
export function layoutTable(p: PlanSuccess, vipAddresses?: string[], lang: Lang = 'en'): string[] {
  const names = p.input.names;
  const rows = p.layout.map((x) => [
    vipAddresses?.[x.vip - 1] ?? `VIP${x.vip}`,
    `${names[x.order[0]]} (${x.priorities[0]})`,
    x.order.slice(1).map((d, i) => `${names[d]} (${x.priorities[i + 1]})`).join(', ') || '-',
  ]);
  const head = [...plannerStrings(lang).tableHead];
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const fmt = (r: string[]): string => r.map((c, i) => c.padEnd(w[i])).join('  ').trimEnd();
  return [fmt(head), fmt(w.map((x) => '-'.repeat(x))), ...rows.map(fmt)];
}

/** Every tolerated failure case in words. */
export function failureTable(p: PlanSuccess, lang: Lang = 'en'): string[] {
  const s = plannerStrings(lang);
  return p.cases.map((c) => describeCase(c, p.input.names, p.input, s));
}
