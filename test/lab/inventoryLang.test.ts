// An invalid keepalived-lab.yaml judged in Russian: the same findings (count, codes, places)
// as in English, Russian sentences with the file's keys and values verbatim; and the real
// command-line tool's `lab check` with --lang ru.
import * as assert from 'node:assert/strict';
import { INVENTORY_TEXTS, parseInventory } from '../../src/lab/inventory';
import { buildCli, runCli, tempDir } from '../cli/support';

const GOOD_SERVICE = 'service:\n  vips: [198.51.100.100/24]\n  vrrp: { vrid: 51 }\n';

const CASES: Record<string, string> = {
  yamlSyntax: 'hosts:\n  - name: lb1\n    role: director\n  address: [198.51.100.11\n',
  unknownKey: 'hosts:\n  - { name: lb1, role: director, address: 198.51.100.11, adress: x }\n' + GOOD_SERVICE,
  duplicateHost: 'hosts:\n  - { name: lb1, role: director, address: 198.51.100.11 }\n  - { name: lb1, role: director, address: 198.51.100.12 }\n' + GOOD_SERVICE,
  badAddress: 'hosts:\n  - { name: lb1, role: director, address: "bad addr;" }\n' + GOOD_SERVICE,
  badVrid: 'hosts:\n  - { name: lb1, role: director, address: 198.51.100.11 }\nservice:\n  vips: [198.51.100.100/24]\n  vrrp: { vrid: 300, unicast: maybe }\n',
  missingVipAndRole: 'hosts:\n  - { name: lb1, address: 198.51.100.11, director: { priority: 0 } }\nservice:\n  vrrp: { vrid: 51 }\n',
  notMapping: 'hosts:\n  - just-a-name\n' + GOOD_SERVICE,
};

function findings(text: string, lang: 'en' | 'ru'): { key: string; message: string }[] {
  return parseInventory(text, { file: 'lab.yaml', lang }).diagnostics.map((d) => ({
    key: `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.severity} ${d.code}`,
    message: d.message,
  }));
}

const CYRILLIC = /[А-Яа-яЁё]/;

describe('lab file problems in the UI language', () => {
  it('en and ru tables have the same keys, nested keys and function arities', () => {
    const shape = (o: unknown): unknown => (typeof o === 'function' ? `fn/${o.length}` : o && typeof o === 'object' ? Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, shape(v)])) : typeof o);
    const { yamlErrors: enYaml, ...en } = INVENTORY_TEXTS.en;
    const { yamlErrors: ruYaml, ...ru } = INVENTORY_TEXTS.ru;
    assert.deepEqual(shape(ru), shape(en));
    // English keeps the yaml package's words; Russian has its own sentence for each kind it names.
    assert.deepEqual(Object.keys(enYaml), []);
    assert.ok(Object.keys(ruYaml).length >= 10);
    // Only the quoted key names and the word VIP read the same in both languages.
    const same = ['defaults', 'service', 'vips', 'vrrp', 'auth', 'hosts', 'aVip'];
    for (const [k, v] of Object.entries(ru)) if (typeof v === 'string' && !same.includes(k)) assert.match(v, CYRILLIC, k);
    for (const k of same.filter((x) => x !== 'aVip')) assert.equal((ru as Record<string, unknown>)[k], (en as Record<string, unknown>)[k], k);
  });

  for (const [name, text] of Object.entries(CASES)) {
    it(`${name}: the same findings in the same places, in Russian, with values verbatim`, () => {
      const en = findings(text, 'en');
      const ru = findings(text, 'ru');
      assert.ok(en.length > 0, 'the English check finds something');
      assert.deepEqual(ru.map((f) => f.key), en.map((f) => f.key));
      for (let i = 0; i < ru.length; i++) {
        assert.match(ru[i].message, CYRILLIC, ru[i].message);
        assert.notEqual(ru[i].message, en[i].message);
        // Quoted keys and values ('lb1', 'adress', '300' …) are quoted the same way in both languages.
        const quoted = (s: string): string[] => (s.match(/'[^'\s]*'/g) ?? []).filter((q) => !/[А-Яа-яЁё]/.test(q)).sort();
        for (const q of quoted(en[i].message).filter((x) => !['\'.\'', '\'_\'', '\'-\'', '\'#\'', '\'!\''].includes(x))) assert.ok(ru[i].message.includes(q), `${q} in ${ru[i].message}`);
      }
    });
  }

  it('the exact Russian sentences for the common mistakes (and English unchanged)', () => {
    const syntax = parseInventory(CASES.yamlSyntax, { lang: 'ru' }).diagnostics;
    assert.ok(syntax.length >= 1);
    assert.ok(syntax.every((d) => d.code === 'lab-yaml-syntax' && d.message.startsWith('Синтаксическая ошибка YAML: ')));
    assert.ok(syntax.some((d) => d.range.start.line >= 3), 'the error points into the broken line');
    assert.equal(parseInventory(CASES.yamlSyntax).diagnostics[0].message.startsWith('YAML syntax: '), true);

    const unknown = findings(CASES.unknownKey, 'ru');
    assert.equal(unknown.length, 1);
    assert.equal(unknown[0].message, "Неизвестный ключ 'adress' (хост); он игнорируется. Возможно, имелся в виду 'address'? Известные ключи: name, role, address, interface, ssh, director.");
    assert.equal(findings(CASES.unknownKey, 'en')[0].message, "Unknown key 'adress' in a host; it is ignored. Did you mean 'address'? Known keys: name, role, address, interface, ssh, director.");

    assert.deepEqual(findings(CASES.duplicateHost, 'ru').map((f) => f.message), ["Два хоста называются 'lb1'; имена хостов должны быть уникальными."]);
    assert.deepEqual(findings(CASES.duplicateHost, 'en').map((f) => f.message), ["Two hosts are named 'lb1'; host names must be unique."]);
    assert.deepEqual(findings(CASES.badAddress, 'ru').map((f) => f.message), ["'bad addr;' не является ни IP-адресом, ни именем хоста."]);
    assert.deepEqual(findings(CASES.badVrid, 'ru').map((f) => f.message), [
      "'vrid' ('vrrp') должен быть целым числом от 1 до 255, а не '300'.",
      "'unicast' ('vrrp') должен быть true или false.",
    ]);
    assert.deepEqual(findings(CASES.badVrid, 'en').map((f) => f.message), [
      "'vrid' of 'vrrp' must be a whole number from 1 to 255, not '300'.",
      "'unicast' of 'vrrp' must be true or false.",
    ]);
    assert.ok(findings(CASES.missingVipAndRole, 'ru').some((f) => f.message === "Хост 'lb1': не хватает ключа 'role' — client, director или real."));
    assert.ok(findings(CASES.missingVipAndRole, 'ru').some((f) => f.message === "'priority' (хост 'lb1' → 'director') должен быть целым числом от 1 до 255, а не '0'."));
  });

  describe('keepalived-lab lab check through the real bin', function () {
    this.timeout(180000);
    let t: ReturnType<typeof tempDir>;
    before(function () {
      this.timeout(180000);
      buildCli();
      t = tempDir({ 'dup.yaml': CASES.duplicateHost, 'syntax.yaml': CASES.yamlSyntax });
    });
    after(() => t?.cleanup());

    it('--lang ru: the findings in Russian at the same file:line:column as in English, exit 1', () => {
      const ru = runCli(['--lang', 'ru', 'lab', 'check', 'dup.yaml'], { cwd: t.dir });
      const en = runCli(['lab', 'check', 'dup.yaml'], { cwd: t.dir });
      assert.equal(ru.code, 1, ru.stderr);
      assert.equal(en.code, 1, en.stderr);
      assert.equal(en.stdout, "dup.yaml:3:5: error lab-duplicate: Two hosts are named 'lb1'; host names must be unique.\n");
      assert.equal(ru.stdout, "dup.yaml:3:5: error lab-duplicate: Два хоста называются 'lb1'; имена хостов должны быть уникальными.\n");
      const synRu = runCli(['--lang', 'ru', 'lab', 'check', 'syntax.yaml'], { cwd: t.dir });
      const synEn = runCli(['lab', 'check', 'syntax.yaml'], { cwd: t.dir });
      assert.equal(synRu.code, 1);
      const places = (s: string): string[] => s.trim().split('\n').map((l) => l.replace(/: error lab-yaml-syntax: .*/, ''));
      assert.deepEqual(places(synRu.stdout), places(synEn.stdout));
      assert.match(synRu.stdout, /^syntax\.yaml:\d+:\d+: error lab-yaml-syntax: Синтаксическая ошибка YAML: /);
    });
  });
});
