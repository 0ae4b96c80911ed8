// keepalived's own sample configurations: where `keepalived -t` is clean (or fails only because of
// the test host's interfaces), the semantic rules must not report an error; where it reports a
// post-parse finding caused by the file, one of our semantic rules must report it too.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../../src/language';
import { semanticRules } from '../../../src/language/rules/semantic';
import { HAVE_SHARED, SHARED } from '../../support/fixtures';

const SEMANTIC = new Set(semanticRules.map((r) => r.code));

interface SampleResult {
  file: string;
  verdict: string;
  postParse: string[];
}

/** Reads samples-config-test.txt: per file the 2.2.7 verdict and its line-less [file] findings. */
function readResults(): SampleResult[] {
  const text = fs.readFileSync(path.join(SHARED, 'keepalived', 'samples-config-test.txt'), 'utf8');
  const out: SampleResult[] = [];
  for (const part of text.split(/^-{20,}$/m)) {
    const file = /^FILE (\S+)/m.exec(part)?.[1];
    const verdict = /^verdict \(2\.2\.7\): (.*)$/m.exec(part)?.[1];
    if (!file || !verdict) continue;
    const section = part.split(/^v2\.4\.3-30 .* differs/m)[0];
    const postParse = [...section.matchAll(/^ {2}(?!\((?:[^)]*: )?Line \d+\))(.*?) {3}\[file\]$/gm)].map((m) => m[1]);
    out.push({ file, verdict, postParse });
  }
  return out;
}

/** Which of our codes stands for a post-parse message of keepalived. */
const EXPECTED: [RegExp, string][] = [
  [/State MASTER must match being address owner/, 'strict-mode-conflict'],
  [/Strict mode does not support authentication/, 'strict-mode-conflict'],
  [/accept mode for VRRP version 2/, 'strict-mode-conflict'],
  [/Initial state master is incompatible with AH/, 'vrrp-auth-conflict'],
  [/protocol specified for fwmark/, 'vs-fwmark-protocol'],
];

describe('semantic: keepalived sample configurations', function () {
  if (!HAVE_SHARED) {
    it('SKIPPED: ../shared/keepalived is absent in this checkout');
    return;
  }
  const results = readResults();
  it('reads the recorded keepalived -t results', () => {
    assert.ok(results.length >= 20, `only ${results.length} samples found`);
  });
  for (const r of results) {
    const file = path.join(SHARED, 'keepalived', 'samples', r.file);
    if (!fs.existsSync(file) || r.file.endsWith('.sh') || r.file.includes('service.d')) continue;
    const clean = r.verdict.startsWith('PASS') || r.verdict.includes('only because of this host');
    it(`${r.file}: ${clean ? 'no semantic error (keepalived is clean)' : 'keepalived\'s post-parse findings are reported'}`, () => {
      const a = analyze(file, undefined, { configId: 'no-such-config-id' });
      const ours = a.diagnostics.filter((d) => SEMANTIC.has(d.code));
      if (clean) {
        assert.deepEqual(ours.filter((d) => d.severity === 'error').map((d) => `${d.range.start.line + 1}: ${d.code}: ${d.message}`), []);
      }
      for (const msg of r.postParse) {
        const code = EXPECTED.find(([re]) => re.test(msg))?.[1];
        if (!code) continue;
        assert.ok(ours.some((d) => d.code === code), `expected ${code} for "${msg}"`);
      }
    });
  }
});
