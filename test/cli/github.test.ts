// `lint --format github`: GitHub Actions workflow commands, one annotation per finding.
import * as assert from 'node:assert/strict';
import { RULES } from '../../src/language';
import { githubFormatter } from '../../src/cli/format/github';
import { buildCli, parseJson, runCli, tempDir } from './support';

const LB1 = 'examples/seed-lab/lb1/keepalived.conf';

interface Annotation {
  level: string;
  props: Record<string, string>;
  message: string;
}

/** Reads workflow commands back the way the runner does (undoing the escapes). */
function parseAnnotations(stdout: string): Annotation[] {
  const unescape = (s: string) => s.replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%');
  return stdout.split('\n').filter(Boolean).map((line) => {
    const m = /^::(error|warning|notice) ([^:]*)::(.*)$/.exec(line);
    assert.ok(m, `not a workflow command: ${line}`);
    const props: Record<string, string> = {};
    for (const kv of m[2].split(',')) {
      const i = kv.indexOf('=');
      props[kv.slice(0, i)] = unescape(kv.slice(i + 1));
    }
    return { level: m[1], props, message: unescape(m[3]) };
  });
}

describe('cli: lint --format github (GitHub Actions annotations)', () => {
  before(buildCli);

  it('one annotation per finding, at the same place as the JSON output says, with the same exit code', () => {
    const gh = runCli(['lint', '--format', 'github', LB1]);
    const json = runCli(['lint', '--format', 'json', LB1]);
    assert.equal(gh.code, 1);
    assert.equal(gh.code, json.code);
    const found = parseJson(json);
    const ann = parseAnnotations(gh.stdout);
    assert.equal(ann.length, found.length);
    ann.forEach((a, i) => {
      const f = found[i];
      assert.equal(a.level, { error: 'error', warning: 'warning', information: 'notice', hint: 'notice' }[f.severity]);
      assert.equal(a.props.file, f.file);
      assert.equal(a.props.line, String(f.line));
      assert.equal(a.props.endLine, String(f.endLine));
      if (f.line === f.endLine) {
        assert.equal(a.props.col, String(f.column));
        assert.equal(a.props.endColumn, String(f.endColumn));
      } else {
        assert.equal(a.props.col, undefined, 'GitHub takes columns only on one line');
      }
      assert.equal(a.props.title, `keepalived-lab ${f.code}`);
      assert.equal(a.message, f.message);
    });
    assert.ok(ann.some((a) => a.level === 'error' && a.props.title === 'keepalived-lab extra-arguments' && a.props.line === '9'));
    assert.ok(ann.some((a) => a.level === 'warning' && a.props.title === 'keepalived-lab auth-pass-truncated'));
    // The summary goes to stderr, as with text.
    assert.match(gh.stderr, /\d+ errors?, \d+ warnings? in 1 file/);
  });

  it('information and hints become notices', () => {
    const r = runCli(['lint', '--format', 'github', '--severity', 'extra-arguments=information', LB1]);
    assert.ok(parseAnnotations(r.stdout).some((a) => a.level === 'notice' && a.props.title === 'keepalived-lab extra-arguments'), r.stdout);
  });

  it('escapes what would end a property or the command: a file named a,b:c%.conf', () => {
    const t = tempDir({ 'a,b:c%.conf': 'vrrp_instance X {\n  priority 100 / 50\n}\n' });
    try {
      const r = runCli(['lint', '--format', 'github', 'a,b:c%.conf'], { cwd: t.dir });
      assert.match(r.stdout, /file=a%2Cb%3Ac%25\.conf,/);
      assert.ok(parseAnnotations(r.stdout).every((a) => a.props.file === 'a,b:c%.conf'));
    } finally {
      t.cleanup();
    }
  });

  it('escapes % and line breaks in messages (the formatter on a made-up finding)', () => {
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 4 } };
    const out = githubFormatter.format({
      diagnostics: [{ file: 'k.conf', absFile: '/x/k.conf', related: [], diagnostic: { file: '/x/k.conf', range, severity: 'error', code: 'extra-arguments', message: '100% sure\nsecond line\r' } as never }],
      fileCount: 1, rules: RULES, cwd: '/x', color: false,
    });
    assert.equal(out, '::error file=k.conf,line=1,endLine=1,col=1,endColumn=5,title=keepalived-lab extra-arguments::100%25 sure%0Asecond line%0D\n');
  });

  it('says on stderr how many findings GitHub will not show (10 of each kind per step)', () => {
    const blocks = Array.from({ length: 12 }, (_, i) => `vrrp_instance V${i} {\n  priority 300\n}\n`).join('');
    const t = tempDir({ 'k.conf': blocks });
    try {
      const r = runCli(['lint', '--format', 'github', 'k.conf'], { cwd: t.dir });
      const errors = parseAnnotations(r.stdout).filter((a) => a.level === 'error').length;
      assert.ok(errors > 10, r.stdout);
      assert.match(r.stderr, new RegExp(`GitHub shows 10 annotations of each kind per step; not shown there, only in this log: ${errors - 10} errors`));
    } finally {
      t.cleanup();
    }
  });

  it('an unknown format names github among the choices', () => {
    const r = runCli(['lint', '--format', 'xml', LB1]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /use text, json, sarif or github/);
  });
});
