// Benchmark (not a test): how fast `keepalived-lab lint`, analyze() and the language
// server are on big generated configs, next to `keepalived -t` on the same files.
// Prints a table and writes bench/results/latest.json. Run with `npm run bench`.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyze, ConfigModel, NodeFileSystem, RULES } from '../src/language';
import { parse } from '../src/language/parser';
import { Reader } from '../src/language/reader';
import { RuleContext } from '../src/language/rules/rule';
import { generateConfig, INTERFACES, middleWeightLine } from './generate';
import { openKeepalived } from './keepalived';
import { LspPlan, measureLsp } from './lsp';
import { profileCli } from './profile';
import { fmtMs, median, nowMs, timeProcess, timeRuns } from './stats';

const REPO = path.resolve(__dirname, '..', '..');
const BIN = path.join(REPO, 'bin', 'keepalived-lab');
const SERVER = path.join(REPO, 'dist', 'server.js');
/** The least a Node program must do with a file (bench/floor.ts): the yardstick for the CLI target. */
const FLOOR = path.join(__dirname, 'floor.js');
const TARGETS = { cliVsKeepalived: 1.0, editToDiagnosticsMs: 100, completionMs: 20, hoverMs: 20 };

interface Size {
  name: string;
  virtualServers: number;
  realServers: number;
  runs: number;
}

const SIZES: Size[] = [
  { name: 'big', virtualServers: 2000, realServers: 10, runs: 5 },
  { name: 'medium', virtualServers: 200, realServers: 10, runs: 11 },
  { name: 'small', virtualServers: 20, realServers: 10, runs: 21 },
];

function log(s: string): void {
  process.stderr.write(s + '\n');
}

/** Time of each stage of analyze() on one text, to show where the time goes. */
function stageTimes(file: string, text: string): Record<string, number> {
  const out: Record<string, number> = {};
  const fsHost = new NodeFileSystem();
  let t = nowMs();
  const read = new Reader({ fs: fsHost, configId: 'lb1', version: '2.2' }).read(file, text);
  out.read = nowMs() - t;
  t = nowMs();
  const doc = parse(file, read, { version: '2.2' });
  out.parse = nowMs() - t;
  t = nowMs();
  const model = new ConfigModel(doc);
  out.model = nowMs() - t;
  for (const rule of RULES) {
    if (!rule.check) continue;
    const ctx: RuleContext = { doc, model, options: { version: '2.2' }, report: () => undefined };
    t = nowMs();
    try {
      rule.check(ctx);
    } catch {
      // analyze() reports failing rules; here only the time matters
    }
    out[`rule:${rule.code}`] = nowMs() - t;
  }
  return out;
}

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(REPO, 'dist', 'cli.js'))) throw new Error('dist/cli.js is missing: run `npm run build` (npm run bench does)');
  const [load1] = os.loadavg();
  if (load1 > 0.5) log(`warning: load average ${load1.toFixed(2)} on ${os.cpus().length} cores: other work is running, timings will be noisy`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kalab-bench-'));
  const keepalived = openKeepalived(INTERFACES);
  const results: Record<string, unknown> = {
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, keepalived: keepalived.available ? keepalived.version : keepalived.reason },
    targets: TARGETS,
    loadAverageAtStart: os.loadavg(),
    sizes: [] as unknown[],
  };
  try {
    const nodeStart = median(timeProcess(process.execPath, ['-e', '0'], 11).ms);
    const nsOverhead = keepalived.available ? median(keepalived.overhead(11).ms) : undefined;
    // What lint costs on a file with nothing in it: Node's start-up plus loading the linter.
    const tinyFile = path.join(dir, 'tiny.conf');
    fs.writeFileSync(tinyFile, 'global_defs {\n    router_id lb1\n}\n');
    const lintStart = median(timeProcess(process.execPath, [BIN, 'lint', '--format', 'json', tinyFile], 11, { encoding: 'utf8' }).ms);
    results.baseline = { nodeStartMs: nodeStart, lintTinyFileMs: lintStart, netnsExecMs: nsOverhead };
    log(`node start-up ${fmtMs(nodeStart)}, lint of a 3-line file ${fmtMs(lintStart)}${nsOverhead !== undefined ? `, ip netns exec overhead ${fmtMs(nsOverhead)}` : ''}`);
    if (!keepalived.available) log(`keepalived -t column skipped: ${keepalived.reason}`);

    const rows: string[][] = [];
    const generated = new Map<string, { file: string; text: string }>();
    for (const size of SIZES) {
      const text = generateConfig(size.virtualServers, size.realServers);
      const file = path.join(dir, `${size.name}.conf`);
      fs.writeFileSync(file, text);
      generated.set(size.name, { file, text });
      const lines = text.split('\n').length - 1;
      log(`${size.name}: ${size.virtualServers}×${size.realServers}, ${lines} lines …`);

      const cli = timeProcess(process.execPath, [BIN, 'lint', '--format', 'json', file], size.runs, { encoding: 'utf8' });
      const ka = keepalived.available ? keepalived.run(file, size.runs) : undefined;
      const floor = timeProcess(process.execPath, [FLOOR, file], size.runs, { encoding: 'utf8' });
      const kaMs = ka ? Math.max(0, median(ka.ms) - (nsOverhead ?? 0)) : undefined;
      let findings = 0;
      const analyzeMs = timeRuns(size.runs, () => {
        findings = analyze(file, text, { configId: 'lb1' }).diagnostics.length;
      });
      const stages = stageTimes(file, text);
      const kaCpu = ka?.cpuMs.length ? median(ka.cpuMs) : undefined;
      const cliCpu = cli.cpuMs.length ? median(cli.cpuMs) : undefined;
      const entry = {
        name: size.name, virtualServers: size.virtualServers, realServers: size.realServers, lines, bytes: Buffer.byteLength(text), runs: size.runs,
        cli: { medianMs: median(cli.ms), runsMs: cli.ms, cpuMedianMs: cliCpu, cpuRunsMs: cli.cpuMs, exit: cli.status },
        keepalived: ka ? { medianMs: kaMs, rawMedianMs: median(ka.ms), runsMs: ka.ms, cpuMedianMs: kaCpu, cpuRunsMs: ka.cpuMs, exit: ka.status, messages: ka.stderr.trim().split('\n').filter(Boolean).length } : null,
        ratio: kaMs ? median(cli.ms) / kaMs : null,
        floor: { medianMs: median(floor.ms), runsMs: floor.ms, ratio: kaMs ? median(floor.ms) / kaMs : null, nodeStartRatio: kaMs ? nodeStart / kaMs : null },
        cpuRatio: kaCpu && cliCpu ? cliCpu / kaCpu : null,
        analyze: { medianMs: median(analyzeMs), runsMs: analyzeMs, findings },
        stagesMs: stages,
      };
      (results.sizes as unknown[]).push(entry);
      rows.push([
        `${size.name} ${size.virtualServers}×${size.realServers}`, String(lines), fmtMs(entry.cli.medianMs), fmtMs(cliCpu), `exit ${cli.status}`,
        ka ? fmtMs(kaMs) : 'skipped', ka ? fmtMs(kaCpu) : '', ka ? `exit ${ka.status}` : '', entry.ratio ? `${entry.ratio.toFixed(2)}×` : '—', entry.cpuRatio ? `${entry.cpuRatio.toFixed(2)}×` : '—',
        fmtMs(entry.analyze.medianMs), String(findings),
        fmtMs(entry.floor.medianMs), entry.floor.ratio ? `${entry.floor.ratio.toFixed(2)}×` : '—', entry.floor.nodeStartRatio ? `${entry.floor.nodeStartRatio.toFixed(2)}×` : '—',
      ]);
    }

    console.log('\n(a) CLI vs keepalived -t, (b) analyze() in-process — medians');
    console.log(`target: CLI ≤ ${TARGETS.cliVsKeepalived.toFixed(1)} × keepalived -t (keepalived time = ip netns exec run − ${fmtMs(nsOverhead)} wrapper; CLI includes node start-up ${fmtMs(nodeStart)})`);
    console.log('(wall = elapsed time; cpu = user+system CPU time, steadier when other work shares the machine; 10 ms resolution)');
    console.log(`start-up: node -e 0 ${fmtMs(nodeStart)}; keepalived-lab lint of a 3-line file ${fmtMs(lintStart)}`);
    console.log('floor = node out/bench/floor.js FILE: Node starts, reads the file and looks at each character once, no analysis;');
    console.log('its ratio (and node start-up alone) to keepalived -t is the least any Node.js linter could reach on that file');
    printTable(['config', 'lines', 'CLI wall', 'CLI cpu', 'CLI', 'keepalived -t wall', 'cpu', 'keepalived', 'ratio wall', 'ratio cpu', 'analyze()', 'findings', 'floor', 'floor ratio', 'node start ratio'], rows);

    const bigEntry = (results.sizes as { stagesMs: Record<string, number> }[])[0];
    const stages = Object.entries(bigEntry.stagesMs).sort((a, b) => b[1] - a[1]);
    console.log('\nanalyze() stages on the big config (one run):');
    printTable(['stage', 'time'], stages.slice(0, 12).map(([k, v]) => [k, fmtMs(v)]));

    // Where the CLI's time goes on the big config (one profiled run).
    const bigCfg = generated.get('big');
    if (bigCfg) {
      // Profiled through dist/cli.js (the whole tool, same linter): its `// src/...` section markers name each
      // function's module, which the lint-only bundle, written without comments, cannot.
      const cliBundle = path.join(REPO, 'dist', 'cli.js');
      const prof = profileCli(cliBundle, cliBundle, ['lint', '--format', 'json', bigCfg.file], path.join(REPO, 'bench', 'results', 'profile'));
      results.profile = { totalMs: prof.totalMs, hot: prof.hot.slice(0, 30) };
      console.log(`\nCLI profile on the big config (node --cpu-prof dist/cli.js lint, ${fmtMs(prof.totalMs)} sampled; bench/results/profile/*.cpuprofile), self time:`);
      printTable(['function', 'source', 'self', 'share'], prof.hot.slice(0, 15).map((h) => [h.fn, h.source, fmtMs(h.selfMs), `${(h.share * 100).toFixed(1)} %`]));
    }

    // (c) the language server, on the big config (the target) and the medium one (for scale).
    if (!fs.existsSync(SERVER)) {
      results.lsp = { skipped: 'dist/server.js is missing (src/server/server.ts not written yet or not built)' };
      console.log('\n(c) LSP: skipped, dist/server.js is missing');
    } else {
      const lspResults: Record<string, unknown> = {};
      const rowsLsp: string[][] = [];
      for (const name of ['big', 'medium']) {
        const cfg = generated.get(name);
        if (!cfg) continue;
        log(`LSP on ${name} …`);
        try {
          const lsp = await measureLsp(lspPlan(cfg.file, cfg.text));
          lspResults[name] = { ...lsp, editToDiagnosticsMedianMs: median(lsp.editToDiagnosticsMs), completionMedianMs: median(lsp.completionMs), hoverMedianMs: median(lsp.hoverMs) };
          rowsLsp.push(
            [name, 'initialize', fmtMs(lsp.initializeMs), '', '1', ''],
            [name, 'didOpen → diagnostics', fmtMs(lsp.openToDiagnosticsMs), '', '1', `${lsp.openDiagnostics} diagnostics`],
            [name, 'edit → diagnostics', fmtMs(median(lsp.editToDiagnosticsMs)), `≤ ${TARGETS.editToDiagnosticsMs} ms`, String(lsp.editToDiagnosticsMs.length), lsp.editToDiagnosticsMs.map((x) => Math.round(x)).join(' ')],
            [name, 'completion', fmtMs(median(lsp.completionMs)), `≤ ${TARGETS.completionMs} ms`, String(lsp.completionMs.length), `${lsp.completionItems} items`],
            [name, 'hover', fmtMs(median(lsp.hoverMs)), `≤ ${TARGETS.hoverMs} ms`, String(lsp.hoverMs.length), lsp.hoverFound ? 'hover shown' : 'NO hover returned'],
          );
        } catch (e) {
          lspResults[name] = { error: (e as Error).message };
          rowsLsp.push([name, 'failed', '', '', '', (e as Error).message.slice(0, 200)]);
        }
      }
      results.lsp = lspResults;
      console.log('\n(c) LSP (node dist/server.js --stdio) — medians');
      printTable(['config', 'measure', 'median', 'target', 'runs', 'note'], rowsLsp);
    }
  } finally {
    keepalived.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  results.loadAverageAtEnd = os.loadavg();
  const outDir = path.join(REPO, 'bench', 'results');
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, 'latest.json'), JSON.stringify(results, null, 2) + '\n');
  console.log(`\nwritten: bench/results/latest.json`);
}

/** Edits and request positions in the middle of a generated config. */
function lspPlan(file: string, text: string): LspPlan {
  const weightLine = middleWeightLine(text);
  const lines = text.split('\n');
  const setLine = (n: number, s: string) => lines.map((l, i) => (i === n ? s : l)).join('\n');
  // Alternate valid and invalid edits so the diagnostics really change each time.
  const edits = Array.from({ length: 7 }, (_, i) => setLine(weightLine, i % 2 ? `        weight ${i + 2}` : `        weight ${i + 2} extra`));
  const lbAlgo = lines.findIndex((l, i) => i > weightLine - 70 && l === '    lb_algo rr');
  return { serverJs: SERVER, file, text, edits, completionAt: { line: weightLine, character: 10 }, hoverAt: { line: lbAlgo, character: 6 }, requestRuns: 11 };
}

function printTable(head: string[], rows: string[][]): void {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (c ?? '').padEnd(widths[i])).join('  ').trimEnd();
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}

main().catch((e) => {
  console.error(`bench failed: ${(e as Error).stack ?? e}`);
  process.exitCode = 1;
});
