// `keepalived-lab lint` runs dist/lint.js, a bundle of the linter alone: it must carry none of
// the lab's code, stay pure ASCII (bin/keepalived-lab decodes it as latin1), be chosen for lint
// wherever the global --lang stands, and print exactly what the whole tool prints.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO } from '../support/fixtures';
import { buildCli, runCli } from './support';

const SEED = ['examples/seed-lab/lb1/keepalived.conf', 'examples/seed-lab/lb2/keepalived.conf'];

/** Runs dist/cli.js (the whole tool) directly, bypassing the launcher's choice of bundle. */
function wholeTool(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const env: NodeJS.ProcessEnv = { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8' };
  delete env.NO_COLOR;
  const r = spawnSync(process.execPath, [path.join(REPO, 'dist', 'cli.js'), ...args], { cwd: REPO, env, encoding: 'utf8', timeout: 20000 });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('cli: the lint-only bundle', function () {
  this.timeout(60000);
  before(buildCli);

  it('has no lab code, is a good deal smaller than the whole tool, and is ASCII', () => {
    const lint = fs.readFileSync(path.join(REPO, 'dist', 'lint.js'));
    const whole = fs.readFileSync(path.join(REPO, 'dist', 'cli.js'));
    const text = lint.toString('latin1');
    for (const marker of ['ssh2', 'SshPool', 'labCommand', 'planCommand']) assert.ok(!text.includes(marker), `dist/lint.js contains ${marker}`);
    assert.ok(whole.toString('latin1').includes('SshPool'), 'the markers are real names of the whole tool');
    assert.ok(lint.length < whole.length * 0.6, `dist/lint.js is ${lint.length} bytes, dist/cli.js ${whole.length}`);
    const nonAscii = lint.findIndex((b) => b > 0x7f);
    assert.equal(nonAscii, -1, `non-ASCII byte at ${nonAscii}: ${text.slice(Math.max(0, nonAscii - 60), nonAscii + 10)}`);
  });

  for (const lang of [[], ['--lang', 'ru'], ['--lang=ru']]) {
    for (const format of ['text', 'json', 'sarif', 'github']) {
      it(`prints what the whole tool prints: ${[...lang, 'lint', '--format', format].join(' ')}`, () => {
        const args = [...lang, 'lint', '--format', format, ...SEED];
        const viaBin = runCli(args);
        const whole = wholeTool(args);
        assert.equal(viaBin.code, 1, viaBin.stderr);
        assert.equal(viaBin.code, whole.code);
        assert.equal(viaBin.stdout, whole.stdout);
        assert.equal(viaBin.stderr, whole.stderr);
        if (lang.length) assert.match(viaBin.stdout + viaBin.stderr, /keepalived читает только/, 'the language option reached the linter');
      });
    }
  }

  it('usage errors and help of lint are the same as in the whole tool', () => {
    for (const args of [['lint'], ['lint', '--help'], ['lint', '--format', 'xml', SEED[0]], ['lint', 'no/such/file.conf'], ['--lang', 'ru', 'lint', '--bogus']]) {
      const viaBin = runCli(args);
      const whole = wholeTool(args);
      assert.equal(viaBin.code, whole.code, args.join(' '));
      assert.equal(viaBin.stdout, whole.stdout, args.join(' '));
      assert.equal(viaBin.stderr, whole.stderr, args.join(' '));
    }
  });

  it('every other command still runs the whole tool', () => {
    const help = runCli(['--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^\s+lab\s/m);
    assert.match(help.stdout, /^\s+plan\s/m);
    const lab = runCli(['--lang', 'en', 'lab', '--help']);
    assert.equal(lab.code, 0, lab.stderr);
    assert.equal(lab.stdout, wholeTool(['--lang', 'en', 'lab', '--help']).stdout);
  });
});
