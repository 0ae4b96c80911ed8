// A wrong --name for the namespace lab is the user's mistake: a usage error (exit 2) that says
// what a name may be, in the chosen language, never an internal error with a stack trace.
import * as assert from 'node:assert/strict';
import { REPO } from '../support/fixtures';
import { buildCli, runCli } from './support';

const NEUTRAL = { LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8' };

describe('CLI: lab --name is checked before the lab is touched', function () {
  this.timeout(120000);
  before(function () {
    this.timeout(180000);
    buildCli();
  });

  for (const sub of ['status', 'down', 'up']) {
    it(`lab ${sub} --name with a name no namespace lab can have: usage error, no stack trace`, () => {
      const r = runCli(['lab', sub, '--name', 'kl-i18n-none'], { cwd: REPO, env: NEUTRAL });
      assert.equal(r.code, 2, r.stderr);
      assert.match(r.stderr, /--name 'kl-i18n-none': a namespace lab's name is 1-8 lower-case letters or digits/);
      assert.doesNotMatch(r.stderr, /internal error|\n\s+at /);
    });
  }

  it('in Russian with --lang ru', () => {
    const r = runCli(['--lang', 'ru', 'lab', 'status', '--name', 'Bad'], { cwd: REPO, env: NEUTRAL });
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /--name 'Bad': имя лаборатории/);
  });
});
