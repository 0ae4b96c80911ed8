import * as assert from 'node:assert/strict';
import { compareRuns, lineDiff } from '../../src/lab/report';
import { en } from '../../src/lab/report/i18n/en';
import { ru } from '../../src/lab/report/i18n/ru';
import { parseSections } from '../../src/lab/topology/parsers/system';
import { ipvsRun } from './ipvsRun';
import { recordedRun, step } from './support';

describe('report: comparing two runs', () => {
  it('diffs lines by their longest common subsequence', () => {
    const d = lineDiff('a\nb\nc\nd', 'a\nc\nx\nd');
    assert.deepEqual(d, [{ op: ' ', line: 'a' }, { op: '-', line: 'b' }, { op: ' ', line: 'c' }, { op: '+', line: 'x' }, { op: ' ', line: 'd' }]);
    assert.ok(lineDiff('same\n', 'same').every((l) => l.op === ' '));
  });

  it('shows changed step results, the measurements of both runs, and what changed in a config', () => {
    const a = recordedRun();
    const b = ipvsRun();
    const rec = [...step(b, 'keepalived-config').commands].reverse().find((c) => c.key === 'state:lb2')!;
    rec.stdout = rec.stdout.replace('    priority 100\n', '    priority 120\n');
    const md = compareRuns(a, b);
    assert.ok(md.includes(`| 6 | ${en.stepTitle.traffic} | **${en.status['no-ipvs']}** | **${en.status.passed}** |`));
    assert.ok(md.includes(`| 2 | ${en.stepTitle['real-servers']} | passed | passed |`));
    assert.ok(md.includes(`| ${en.cmpRequests} | 0 / 20 | 20 / 20 |`));
    assert.ok(md.includes(`| ${en.cmpDistribution} | — | web1 10, web2 10 |`));
    assert.ok(md.includes(`| ${en.cmpLost} | — | 3 |`));
    assert.ok(md.includes(`- ${en.compareSameConfig('lb1')}`));
    assert.ok(md.includes(`- ${en.compareConfigDiff('lb2')}`));
    assert.match(md, /\n- {5}priority 100\n\+ {5}priority 120\n/);
    const conf = parseSections(rec.stdout).get('conf')!.text;
    assert.ok(conf.includes('priority 120'));
    const mdRu = compareRuns(a, b, { lang: 'ru' });
    assert.ok(mdRu.startsWith(`# ${ru.compareTitle}`));
    assert.ok(mdRu.includes(`| ${ru.cmpRequests} | 0 / 20 | 20 / 20 |`));
  });
});
