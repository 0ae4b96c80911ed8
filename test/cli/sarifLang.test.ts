// keepalived-lab lint --format sarif --lang ru through the real bin: the rules are described with
// their Russian titles (and 'Пример:'), findings in Russian; ids, levels and locations as in English.
import * as assert from 'node:assert/strict';
import { RULES } from '../../src/language';
import { ruleTitle } from '../../src/language/i18n/titles';
import { buildCli, runCli } from './support';

const LB1 = 'examples/seed-lab/lb1/keepalived.conf';

interface Log { runs: { tool: { driver: { rules: { id: string; shortDescription: { text: string }; help?: { text: string } }[] } }; results: { ruleId: string; level: string; message: { text: string }; locations: unknown }[] }[] }

describe('cli: lint --format sarif --lang ru', function () {
  this.timeout(120000);
  before(function () {
    this.timeout(180000);
    buildCli();
  });

  it('describes every rule with its Russian title; same rules, results and locations as in English', () => {
    const ru = runCli(['lint', '--format', 'sarif', '--lang', 'ru', LB1]);
    const en = runCli(['lint', '--format', 'sarif', '--lang', 'en', LB1]);
    assert.equal(ru.code, 1, ru.stderr);
    const ruLog = JSON.parse(ru.stdout) as Log;
    const enLog = JSON.parse(en.stdout) as Log;
    const ruRules = ruLog.runs[0].tool.driver.rules;
    for (const rule of RULES) {
      const entry = ruRules.find((r) => r.id === rule.code);
      assert.ok(entry, rule.code);
      assert.equal(entry.shortDescription.text, ruleTitle(rule, 'ru'));
      if (rule.example) assert.ok(entry.help?.text.includes('\n\nПример:\n'), rule.code);
    }
    assert.deepEqual(ruRules.map((r) => r.id), enLog.runs[0].tool.driver.rules.map((r) => r.id));
    const shape = (l: Log) => l.runs[0].results.map((r) => [r.ruleId, r.level, r.locations]);
    assert.deepEqual(shape(ruLog), shape(enLog));
    const extra = ruLog.runs[0].results.find((r) => r.ruleId === 'extra-arguments');
    assert.match(extra!.message.text, /keepalived читает только 'priority 100'/);
  });
});
