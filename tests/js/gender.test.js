// Women's share of the people or quotations whose gender is known, as the
// Quotes and Outlets views show the core's counts by gender.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { womenShare, womenShareText } from '../../www/ui/gender.js';

test("women's share counts only those whose gender is known", () => {
  const cases = [
    [{ female: 1, male: 2, unknown: 9 }, 100 / 3, '33%'],
    [{ female: 2, male: 0, unknown: 0 }, 100, '100%'],
    [{ female: 0, male: 4, unknown: 1 }, 0, '0%'],
    [{ female: 0, male: 0, unknown: 3 }, null, '–'],
  ];
  for (const [counts, share, text] of cases) {
    assert.equal(womenShare(counts), share, JSON.stringify(counts));
    assert.equal(womenShareText(counts), text, JSON.stringify(counts));
  }
});
