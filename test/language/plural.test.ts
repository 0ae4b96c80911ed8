import assert from 'node:assert/strict';
import { ruPlural } from '../../src/language/i18n/plural';

describe('ruPlural', () => {
  const forms = (n: number) => ruPlural(n, 'директор', 'директора', 'директоров');
  it('1, 21, 101 take the first form; 2-4, 22-24 the second; 0, 5-20, 25 the third', () => {
    assert.deepEqual([1, 21, 101].map(forms), ['директор', 'директор', 'директор']);
    assert.deepEqual([2, 3, 4, 22, 34].map(forms), ['директора', 'директора', 'директора', 'директора', 'директора']);
    assert.deepEqual([0, 5, 9, 20, 25, 100].map(forms), Array(6).fill('директоров'));
  });
  it('11-14 (also 111-114) always take the third form', () => {
    assert.deepEqual([11, 12, 13, 14, 111, 114].map(forms), Array(6).fill('директоров'));
  });
});
