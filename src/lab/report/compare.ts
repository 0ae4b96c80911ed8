// Two runs side by side: each step's result, the measured numbers, and what changed in the
// directors' keepalived.conf — e.g. before and after fixing the seed's mistakes.
import { directorConfigs, failoverFacts, inactconnFacts, plannerFacts, trafficFacts } from './facts';
import { Lang, Strings, strings } from './i18n';
import { codeBlock, table } from './markdown';
import { formatTime, outcomes } from './render';
import { WalkthroughRun } from './run';
import { trimOutput } from './trim';

/** A line diff (longest common subsequence): ' ' kept, '-' only in a, '+' only in b. */
export function lineDiff(a: string, b: string): { op: ' ' | '-' | '+'; line: string }[] {
  const x = a.replace(/\s+$/, '').split('\n');
  const y = b.replace(/\s+$/, '').split('\n');
  const n = x.length;
  const m = y.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i][j] = x[i] === y[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const out: { op: ' ' | '-' | '+'; line: string }[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && x[i] === y[j]) {
      out.push({ op: ' ', line: x[i] });
      i++;
      j++;
    } else if (i < n && (j === m || lcs[i + 1][j] >= lcs[i][j + 1])) out.push({ op: '-', line: x[i++] });
    else out.push({ op: '+', line: y[j++] });
  }
  return out;
}

function runLabel(r: WalkthroughRun): string {
  const starts = r.steps.map((s) => s.startedAt).sort();
  return `${r.lab}, ${formatTime(starts[0])}${r.sources.length === 1 ? ` (${r.sources[0]})` : ''}`;
}

function numbers(r: WalkthroughRun, t: Strings): Record<string, string | undefined> {
  const tr = trafficFacts(r);
  const fo = failoverFacts(r);
  const ic = inactconnFacts(r);
  const pl = plannerFacts(r);
  const holder = ic?.tables.find((x) => x.holdsVip && x.ipvs);
  const secs = (ms: number | undefined): string | undefined => (ms === undefined ? undefined : t.seconds(ms / 1000));
  return {
    [t.cmpRequests]: tr ? `${tr.answered} / ${tr.requests.length}` : undefined,
    [t.cmpDistribution]: tr && Object.keys(tr.byHost).length ? Object.entries(tr.byHost).sort(([a], [b]) => a.localeCompare(b)).map(([h, n]) => `${h} ${n}`).join(', ') : undefined,
    [t.cmpVipMoved]: secs(fo?.vipMovedMs),
    [t.cmpRecovered]: secs(fo?.recoveredMs),
    [t.cmpLost]: fo?.failedDuringFailover !== undefined ? String(fo.failedDuringFailover) : undefined,
    [t.cmpPreempt]: secs(fo?.preemptMs),
    [t.cmpInact]: holder?.inActConn !== undefined ? String(holder.inActConn) : undefined,
    [t.cmpVips]: pl?.plan?.ok ? String(pl.plan.vips) : undefined,
  };
}

export function compareRuns(a: WalkthroughRun, b: WalkthroughRun, opts: { lang?: Lang } = {}): string {
  const t = strings(opts.lang ?? 'en');
  const out = [`# ${t.compareTitle}`, '', t.compareRuns(runLabel(a), runLabel(b)), ''];
  const oa = outcomes(a, t);
  const ob = outcomes(b, t);
  out.push(`## ${t.compareSteps}`, '', table([t.colStep, t.colTitle, 'A', 'B'], oa.map((x, i) => {
    const y = ob[i];
    const changed = x.status !== y.status;
    const mark = (s: string): string => (changed ? `**${s}**` : s);
    return [String(x.index), x.title, mark(t.status[x.status]), mark(t.status[y.status])];
  })), '');
  const na = numbers(a, t);
  const nb = numbers(b, t);
  out.push(`## ${t.compareNumbers}`, '', table([t.colWhat, 'A', 'B'], Object.keys(na).map((k) => [k, na[k], nb[k]])), '');
  out.push(`## ${t.compareConfigs}`, '');
  const ca = new Map(directorConfigs(a).filter((c) => c.text !== undefined).map((c) => [c.host, c.text!]));
  const cb = new Map(directorConfigs(b).filter((c) => c.text !== undefined).map((c) => [c.host, c.text!]));
  const hosts = [...new Set([...ca.keys(), ...cb.keys()])].sort();
  if (!hosts.length) out.push(t.sectionNotRun(t.stepTitle['keepalived-config']), '');
  for (const h of hosts) {
    const x = ca.get(h);
    const y = cb.get(h);
    if (x === undefined || y === undefined) {
      out.push(`- ${t.compareConfigOnlyIn(h, x === undefined ? 'B' : 'A')}`, '');
      continue;
    }
    const d = lineDiff(x, y);
    if (d.every((l) => l.op === ' ')) {
      out.push(`- ${t.compareSameConfig(h)}`, '');
      continue;
    }
    out.push(`- ${t.compareConfigDiff(h)}`, '');
    const body = trimOutput(d.map((l) => `${l.op} ${l.line}`).join('\n'), { maxLines: 400, head: 300, tail: 80, linesMarker: t.linesOmitted, charsMarker: t.charsOmitted }).text;
    out.push(codeBlock(body, 'diff'), '');
  }
  return out.join('\n');
}
