// The Configure keepalived step quotes our analyzer's findings in its check detail: the analysis
// runs in the run's language (lintConfig(name, text, lang) -> AnalysisOptions.lang), so a Russian
// run quotes Russian findings; codes, lines and severities are the same in both languages.
import * as assert from 'node:assert/strict';
import { makeContext, stepById } from '../../src/lab/exercises';
import { addressingFromInventory, documentationAddressing, generateLabConfigs, lintConfig, vipAddresses } from '../../src/lab/generate';
import { ADDRESSING_TEXTS } from '../../src/lab/generate/activeActive';
import { NsLab } from '../../src/lab/nslab';
import { vip } from '../../src/lab/exercises/common';

const inv = new NsLab({ name: 'unit' }).inventory();

describe('Configure keepalived: analyzer findings in the run\'s language', () => {
  const good = generateLabConfigs(inv)[0];
  // priority with an extra argument: an error keepalived silently ignores part of.
  const bad = good.config.replace(/^(\s*priority \d+)$/m, '$1 / 50');

  it('lintConfig: the same findings in en and ru, the messages Russian with lang ru and English by default', () => {
    assert.notEqual(bad, good.config, 'the generated config has a priority line to spoil');
    const en = lintConfig(good.host, bad);
    const enExplicit = lintConfig(good.host, bad, 'en');
    const ru = lintConfig(good.host, bad, 'ru');
    assert.deepEqual(enExplicit, en);
    assert.ok(en.errors > 0, JSON.stringify(en.findings));
    assert.deepEqual(ru.findings.map((f) => [f.code, f.line, f.severity]), en.findings.map((f) => [f.code, f.line, f.severity]));
    const e = en.findings.find((f) => f.code === 'extra-arguments')!;
    const r = ru.findings.find((f) => f.code === 'extra-arguments')!;
    assert.match(e.message, /^keepalived reads only 'priority \d+' and silently ignores '\/ 50'\./);
    assert.match(r.message, /^keepalived читает только 'priority \d+' и молча игнорирует '\/ 50'\./);
  });

  it('the step\'s lint check quotes the finding in Russian in a Russian run', () => {
    const step = stepById('keepalived-config');
    for (const lang of ['en', 'ru'] as const) {
      const ctx = makeContext(inv, { ownConfigs: { [good.host]: bad } }, {}, lang);
      const measured = { source: 'own', configs: { [good.host]: bad }, lint: { [good.host]: lintConfig(good.host, bad, lang) }, deploy: {} };
      const r = step.check({}, ctx, measured);
      const lint = r.checks.find((c) => c.host === good.host && !c.ok && /extra-arguments/.test(c.detail ?? ''));
      assert.ok(lint, JSON.stringify(r.checks));
      assert.match(lint.detail!, lang === 'ru'
        ? /^строка \d+: error extra-arguments: keepalived читает только 'priority \d+' и молча игнорирует '\/ 50'\./m
        : /^line \d+: error extra-arguments: keepalived reads only 'priority \d+' and silently ignores '\/ 50'\./m);
    }
  });
});

describe('walkthrough: a lab file without a VIP, in the run\'s language', () => {
  it('vip() names the missing service.vips in English and in Russian', () => {
    const noVip = { ...inv, service: { ...inv.service, vips: [] } };
    assert.throws(() => vip(makeContext(noVip, {}, {}, 'en')), /^Error: The lab file names no VIP \(service\.vips\)\.$/);
    assert.throws(() => vip(makeContext(noVip, {}, {}, 'ru')), /^Error: В файле лаборатории не указан VIP \(service\.vips\)\.$/);
    assert.equal(vip(makeContext(inv, {}, {}, 'ru')).address, inv.service.vips[0].address);
  });
});

describe('active-active addressing errors in English and Russian', () => {
  it('the tables have the same keys; VRIDs past 255, a full subnet and too many example hosts in both languages', () => {
    assert.deepEqual(Object.keys(ADDRESSING_TEXTS.ru).sort(), Object.keys(ADDRESSING_TEXTS.en).sort());
    const highVrid = { ...inv, service: { ...inv.service, vrrp: { ...inv.service.vrrp, vrid: 250 } } };
    assert.throws(() => addressingFromInventory(highVrid, 8), (e: Error) => e.message === "8 VIPs need VRIDs 250-257, beyond 255: lower the lab's VRID.");
    assert.throws(() => addressingFromInventory(highVrid, 8, 'ru'), (e: Error) => e.message === 'Для 8 VIP нужны VRID 250-257, а это больше 255: уменьшите VRID лаборатории.');
    assert.throws(() => vipAddresses('198.51.100.1', 30, 4, [], 'ru'), (e: Error) => e.message === 'В сети 198.51.100.0/30 нет места для 4 VIP после 198.51.100.1.');
    assert.throws(() => vipAddresses('198.51.100.1', 30, 4, []), (e: Error) => e.message === 'The 198.51.100.0/30 network has no room for 4 VIPs after 198.51.100.1.');
    assert.throws(() => documentationAddressing(['a', 'b'], 100, 'ru'), /^Error: Примерные адреса рассчитаны не более чем на 9 директоров и 99 VIP/);
    assert.equal(addressingFromInventory(inv, 2, 'ru').vips.length, 2);
  });
});
