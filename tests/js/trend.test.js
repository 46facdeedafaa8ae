// A term's use over time as the Keywords view draws it: its per-date counts
// out of the words of each date, by day, by week (from Monday) or by month
// as the span of the dates asks.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { periods } from '../../www/ui/trend.js';

test('by day over a short span: every date with articles, zero where the term is not used', () => {
  assert.deepEqual(periods({ '2025-03-14': 3, '2025-03-16': 1 }, { '2025-03-16': 400, '2025-03-14': 2000, '2025-03-15': 500 }), {
    unit: 'day',
    rows: [
      { period: '2025-03-14', uses: 3, words: 2000, per10k: 15 },
      { period: '2025-03-15', uses: 0, words: 500, per10k: 0 },
      { period: '2025-03-16', uses: 1, words: 400, per10k: 25 },
    ],
  });
});

test('by week from Monday past 45 days, by month past 550; the rate rounded to a tenth', () => {
  // 2025-03-09 is a Sunday, 2025-03-10 a Monday.
  const weeks = periods({ '2025-03-09': 1, '2025-03-10': 2, '2025-03-16': 1, '2025-05-01': 7 }, { '2025-03-09': 100, '2025-03-10': 200, '2025-03-16': 300, '2025-05-01': 30_000 });
  assert.deepEqual(weeks, {
    unit: 'week',
    rows: [
      { period: '2025-03-03', uses: 1, words: 100, per10k: 100 },
      { period: '2025-03-10', uses: 3, words: 500, per10k: 60 },
      { period: '2025-04-28', uses: 7, words: 30_000, per10k: 2.3 },
    ],
  });
  const months = periods({ '2024-01-31': 1, '2025-12-01': 2 }, { '2024-01-31': 3, '2024-01-02': 7, '2025-12-01': 40, '2025-12-31': 10 });
  assert.deepEqual(months, {
    unit: 'month',
    rows: [
      { period: '2024-01', uses: 1, words: 10, per10k: 1000 },
      { period: '2025-12', uses: 2, words: 50, per10k: 400 },
    ],
  });
  assert.deepEqual(periods({}, {}), { unit: 'day', rows: [] });
});
