// Test entry point for an editor's extension host (the --extensionTestsPath contract:
// `export function run(): Promise<void>`). Used by @vscode/test-electron, by code-server through the
// workbench `payload` parameter, and by the Theia harness extension.
//
// The console of a remote extension host does not reliably reach the runner, so the results are also
// written as JSON to $KEEPALIVED_LAB_TEST_RESULTS when the runner sets it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

interface Result {
  title: string;
  state: 'passed' | 'failed' | 'pending';
  err?: string;
}

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60000, reporter: 'spec' });
  const grep = process.env.KEEPALIVED_LAB_TEST_GREP;
  if (grep) mocha.grep(grep);
  for (const f of fs.readdirSync(__dirname).sort()) {
    if (f.endsWith('.test.js')) mocha.addFile(path.join(__dirname, f));
  }
  const resultsFile = process.env.KEEPALIVED_LAB_TEST_RESULTS;
  return new Promise((resolve, reject) => {
    const results: Result[] = [];
    const finish = (failures: number, error?: unknown) => {
      const passed = results.filter((r) => r.state === 'passed').length;
      const skipped = results.filter((r) => r.state === 'pending').length;
      console.log(`${passed} passed, ${failures} failed${skipped ? `, ${skipped} skipped` : ''}`);
      if (resultsFile) fs.writeFileSync(resultsFile, JSON.stringify({ passed, failed: failures, skipped, results, error: error ? String(error) : undefined }, null, 2));
      if (error) reject(error);
      else if (failures > 0) reject(new Error(`${failures} test(s) failed.`));
      else resolve();
    };
    try {
      const runner = mocha.run((failures) => finish(failures));
      runner.on('pass', (t) => results.push({ title: t.fullTitle(), state: 'passed' }));
      runner.on('pending', (t) => results.push({ title: t.fullTitle(), state: 'pending' }));
      runner.on('fail', (t, err) => results.push({ title: t.fullTitle(), state: 'failed', err: String((err && (err as Error).stack) || err) }));
    } catch (e) {
      // A suite file that fails to load must be a failure, not a silent empty run.
      finish(1, e);
    }
  });
}
