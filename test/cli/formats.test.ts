import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { RULES } from '../../src/language';
import { REPO } from '../support/fixtures';
import { buildCli, parseJson, runCli, tempDir } from './support';

const LB1 = 'examples/seed-lab/lb1/keepalived.conf';

describe('cli: lint --format json', () => {
  before(buildCli);

  it('prints only a JSON array of findings with 1-based positions that point at the words', () => {
    const r = runCli(['lint', '--format', 'json', LB1]);
    assert.equal(r.code, 1);
    assert.equal(r.stderr, '', 'no summary or other noise with json');
    const found = parseJson(r);
    const lines = fs.readFileSync(path.join(REPO, LB1), 'utf8').split('\n');
    assert.ok(found.length >= 2);
    for (const f of found) {
      assert.deepEqual(Object.keys(f).sort(), ['code', 'column', 'endColumn', 'endLine', 'file', 'line', 'message', 'severity']);
      assert.equal(f.file, LB1);
      assert.ok(['error', 'warning', 'information', 'hint'].includes(f.severity), f.severity);
      assert.ok(f.line >= 1 && f.column >= 1 && (f.endLine > f.line || (f.endLine === f.line && f.endColumn >= f.column)), JSON.stringify(f));
    }
    const extra = found.find((f) => f.code === 'extra-arguments')!;
    assert.equal(extra.line, 9);
    // endColumn is exclusive: the slice is exactly the ignored words.
    assert.equal(lines[extra.line - 1].slice(extra.column - 1, extra.endColumn - 1), '/ 50');
    const pass = found.find((f) => f.code === 'auth-pass-truncated')!;
    assert.equal(pass.line, 13);
    assert.equal(lines[pass.line - 1].slice(pass.column - 1, pass.endColumn - 1), 'netology_secret');
  });

  it('prints [] for a clean file', () => {
    const t = tempDir({ 'k.conf': 'global_defs {\n  router_id lb1\n}\n' });
    try {
      const r = runCli(['lint', '--format', 'json', 'k.conf'], { cwd: t.dir });
      assert.equal(r.code, 0);
      assert.deepEqual(JSON.parse(r.stdout), []);
    } finally {
      t.cleanup();
    }
  });
});

interface SarifLog {
  $schema: string;
  version: string;
  runs: {
    tool: { driver: { name: string; informationUri: string; version: string; rules: { id: string; shortDescription: { text: string }; defaultConfiguration: { level: string } }[] } };
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: { startLine: number; startColumn: number; endLine: number; endColumn: number } } }[];
    }[];
  }[];
}

/** The SARIF 2.1.0 schema shipped by @microsoft/jest-sarif (draft-04). */
function sarifValidator(): (data: unknown) => string[] {
  const schemaFile = require.resolve('@microsoft/jest-sarif/package.json').replace(/package\.json$/, 'lib/schemas/sarif-2.1.0-rtm.5.json');
  const schema = JSON.parse(fs.readFileSync(schemaFile, 'utf8')) as object;
  const ajv = new Ajv({ schemaId: 'auto', allErrors: true });
  ajv.addMetaSchema(JSON.parse(fs.readFileSync(require.resolve('ajv/lib/refs/json-schema-draft-04.json'), 'utf8')) as object);
  const validate = ajv.compile(schema);
  return (data) => (validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.dataPath} ${e.message}`));
}

/** The constraints GitHub code scanning and the SARIF spec put on what we emit. */
function checkSarif(log: SarifLog): void {
  assert.equal(log.version, '2.1.0');
  assert.match(log.$schema, /sarif-2\.1\.0/);
  assert.equal(log.runs.length, 1);
  const [run] = log.runs;
  const driver = run.tool.driver;
  assert.equal(driver.name, 'keepalived-lab');
  assert.match(driver.informationUri, /^https:\/\/\S+$/);
  assert.match(driver.version, /^\d+\.\d+\.\d+/);
  const ids = driver.rules.map((r) => r.id);
  assert.equal(new Set(ids).size, ids.length, 'rule ids are unique');
  for (const rule of driver.rules) {
    assert.ok(rule.shortDescription.text.length > 0, rule.id);
    assert.ok(['error', 'warning', 'note'].includes(rule.defaultConfiguration.level), rule.id);
  }
  for (const res of run.results) {
    assert.equal(driver.rules[res.ruleIndex]?.id, res.ruleId, 'ruleIndex points at the rule');
    assert.ok(['error', 'warning', 'note'].includes(res.level), res.level);
    assert.ok(res.message.text.length > 0);
    assert.equal(res.locations.length, 1);
    const { artifactLocation, region } = res.locations[0].physicalLocation;
    assert.ok(!artifactLocation.uri.includes('\\'), 'forward slashes');
    if (artifactLocation.uriBaseId) {
      assert.equal(artifactLocation.uriBaseId, '%SRCROOT%');
      assert.ok(!artifactLocation.uri.startsWith('/') && !artifactLocation.uri.startsWith('..') && !/^[a-z]+:/.test(artifactLocation.uri), artifactLocation.uri);
    } else {
      assert.match(artifactLocation.uri, /^file:\/\/\//);
    }
    assert.ok(region.startLine >= 1 && region.startColumn >= 1, JSON.stringify(region));
    assert.ok(region.endLine > region.startLine || (region.endLine === region.startLine && region.endColumn >= region.startColumn), JSON.stringify(region));
  }
}

describe('cli: lint --format sarif', () => {
  before(buildCli);

  it('is valid SARIF 2.1.0 (schema and GitHub constraints) with every rule and the seed findings', () => {
    const r = runCli(['lint', '--format', 'sarif', LB1]);
    assert.equal(r.code, 1);
    const log = JSON.parse(r.stdout) as SarifLog;
    assert.deepEqual(sarifValidator()(log), []);
    checkSarif(log);
    const driver = log.runs[0].tool.driver;
    for (const rule of RULES) {
      const entry = driver.rules.find((x) => x.id === rule.code);
      assert.ok(entry, rule.code);
      assert.equal(entry.shortDescription.text, rule.title);
      assert.equal(entry.defaultConfiguration.level, rule.severity === 'error' ? 'error' : rule.severity === 'warning' ? 'warning' : 'note');
    }
    const extra = log.runs[0].results.find((x) => x.ruleId === 'extra-arguments')!;
    assert.equal(extra.level, 'error');
    assert.deepEqual(extra.locations[0].physicalLocation.artifactLocation, { uri: LB1, uriBaseId: '%SRCROOT%' });
    assert.equal(extra.locations[0].physicalLocation.region.startLine, 9);
    const pass = log.runs[0].results.find((x) => x.ruleId === 'auth-pass-truncated')!;
    assert.equal(pass.level, 'warning');
    assert.equal(pass.locations[0].physicalLocation.region.startLine, 13);
  });

  it('maps hint and information to note, writes URIs relative to the current directory, and absolute file: URIs outside it', () => {
    const t = tempDir({ 'sub dir/k.conf': 'include ../outside.conf\nvrrp_instance VI_1 {\n  advert_int 1 extra\n}\n', 'outside.conf': 'global_defs {\n  router_id a b\n}\n' });
    try {
      const cwd = path.join(t.dir, 'sub dir');
      const r = runCli(['lint', '--format', 'sarif', '--severity', 'extra-arguments=hint', path.join(cwd, 'k.conf')], { cwd });
      const log = JSON.parse(r.stdout) as SarifLog;
      assert.deepEqual(sarifValidator()(log), []);
      checkSarif(log);
      const results = log.runs[0].results.filter((x) => x.ruleId === 'extra-arguments');
      assert.equal(results.length, 2, r.stdout);
      assert.ok(results.every((x) => x.level === 'note'));
      const uris = results.map((x) => x.locations[0].physicalLocation.artifactLocation);
      assert.deepEqual(uris.find((u) => u.uriBaseId), { uri: 'k.conf', uriBaseId: '%SRCROOT%' });
      assert.equal(uris.find((u) => !u.uriBaseId)?.uri, 'file://' + path.join(t.dir, 'outside.conf').split(path.sep).map(encodeURIComponent).join('/'));
      // Spaces in directory names are percent-encoded, from the parent directory's point of view.
      const fromParent = JSON.parse(runCli(['lint', '--format', 'sarif', 'sub dir/k.conf'], { cwd: t.dir }).stdout) as SarifLog;
      assert.ok(fromParent.runs[0].results.some((x) => x.locations[0].physicalLocation.artifactLocation.uri === 'sub%20dir/k.conf'));
    } finally {
      t.cleanup();
    }
  });

  it('keeps at most 25,000 results (GitHub rejects more) and says how many were left out', () => {
    const t = tempDir({ 'many.conf': 'bogus_keyword\n'.repeat(25_010) });
    try {
      const r = runCli(['lint', '--format', 'sarif', 'many.conf'], { cwd: t.dir });
      assert.equal(r.code, 1);
      const log = JSON.parse(r.stdout) as SarifLog & { runs: { invocations?: { toolExecutionNotifications: { message: { text: string } }[] }[] }[] };
      assert.deepEqual(sarifValidator()(log), []);
      assert.equal(log.runs[0].results.length, 25_000);
      assert.match(log.runs[0].invocations?.[0].toolExecutionNotifications[0].message.text ?? '', /^10 more findings/);
      assert.match(r.stderr, /first 25000 of 25010 findings/);
    } finally {
      t.cleanup();
    }
  });

  it('catches what the schema check is for: a broken log fails it', () => {
    const errors = sarifValidator()({ version: '2.1.0', runs: [{ tool: { driver: {} }, results: [{ level: 'fatal', message: {} }] }] });
    assert.ok(errors.length >= 2, errors.join('\n'));
  });
});
