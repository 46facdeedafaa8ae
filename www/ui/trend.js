// A term's use over time: its `dates` counts (from the core) out of the
// words of the articles of each date (the report's `dateWords`), per day,
// week or month as the dates' span asks, as a chart and the same numbers in
// a table. Periods with articles but no use of the term show as zero;
// periods without articles are left out.
import { barChart } from './chart.js';
import { formatNumber, h } from './dom.js';
import { dataTable } from './table.js';

const DAY_MS = 86_400_000;
// Spans up to these many days are drawn by day, then by week; longer by month.
const BY_DAY = 45;
const BY_WEEK = 550;

const dayNumber = (date) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
const dateOf = (day) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** The period a date falls in, as the label of its row: the day, the Monday of its week, or its month. */
function periodOf(unit) {
  if (unit === 'day') return (date) => date;
  if (unit === 'month') return (date) => date.slice(0, 7);
  // 1970-01-01 was a Thursday: day 3 of a week that starts on Monday at 0.
  return (date) => {
    const day = dayNumber(date);
    return dateOf(day - ((((day + 3) % 7) + 7) % 7));
  };
}

/**
 * A term's `dates` out of `dateWords` as `{ unit, rows }`: the unit (day,
 * week or month) and a row `{ period, uses, words, per10k }` per period with
 * articles, in date order.
 */
export function periods(dates, dateWords) {
  const days = Object.keys(dateWords).sort();
  if (!days.length) return { unit: 'day', rows: [] };
  const span = dayNumber(days.at(-1)) - dayNumber(days[0]);
  const unit = span <= BY_DAY ? 'day' : span <= BY_WEEK ? 'week' : 'month';
  const period = periodOf(unit);
  const rows = new Map();
  for (const date of days) {
    const row = rows.get(period(date)) ?? { period: period(date), uses: 0, words: 0 };
    row.uses += dates[date] ?? 0;
    row.words += dateWords[date];
    rows.set(row.period, row);
  }
  return { unit, rows: [...rows.values()].map((row) => ({ ...row, per10k: row.words ? Math.round((row.uses * 100_000) / row.words) / 10 : 0 })) };
}

const UNIT_LABEL = { day: 'Day', week: 'Week of', month: 'Month' };

/** The chart and table of `entry` (a keywords, phrases or names entry) over the report's dates. */
export function trendPanel(entry, dateWords, memo) {
  const { unit, rows } = periods(entry.dates, dateWords);
  if (!rows.length) return h('p', { class: 'muted' }, `No article has a date, so the use of “${entry.term}” over time cannot be drawn.`);
  const title = `“${entry.term}” per 10,000 words, by ${unit}`;
  return h(
    'div',
    { class: 'trend' },
    barChart(title, rows.map((row) => ({ label: row.period, value: row.per10k }))),
    dataTable({
      caption: `Uses of “${entry.term}” by ${unit}`,
      memo,
      rows,
      columns: [
        { label: UNIT_LABEL[unit], width: '34%', value: (row) => row.period },
        { label: 'Uses', numeric: true, width: '22%', value: (row) => row.uses },
        { label: 'Words', numeric: true, width: '22%', value: (row) => row.words },
        { label: 'Per 10k words', numeric: true, width: '22%', value: (row) => row.per10k, cell: (row) => formatNumber(row.per10k, 1) },
      ],
    }),
  );
}
