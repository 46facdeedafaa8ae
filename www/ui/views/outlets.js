// Outlets: each outlet's figures, and its most distinctive terms (the core's
// z-scores) side by side, one column per outlet.
import { formatNumber, h } from '../dom.js';
import { dataTable } from '../table.js';

const TERMS = 15;

export default {
  id: 'outlets',
  label: 'Outlets',
  render(ctx) {
    const { outlets, articles } = ctx.report;
    if (!outlets.length) {
      return h('p', { class: 'empty' }, 'No outlets: none of these articles names the outlet that published it.');
    }
    const datesOf = new Map(outlets.map((outlet) => [outlet.name, []]));
    for (const article of articles) if (article.date) datesOf.get(article.outlet)?.push(article.date);
    for (const dates of datesOf.values()) dates.sort();
    const ranks = Array.from({ length: Math.min(TERMS, Math.max(...outlets.map((outlet) => outlet.distinctive.length))) }, (_, rank) => rank);
    return h(
      'div',
      null,
      dataTable({
        caption: 'Outlets',
        memo: ctx.memo('figures'),
        rows: outlets,
        columns: [
          { label: 'Outlet', width: '12rem', value: (outlet) => outlet.name, cell: (outlet) => ctx.outletLink(outlet.name) },
          { label: 'Articles', numeric: true, value: (outlet) => outlet.articles },
          { label: 'Words', numeric: true, value: (outlet) => outlet.words },
          { label: 'Mean length', numeric: true, value: (outlet) => (outlet.articles ? Math.round(outlet.words / outlet.articles) : 0) },
          { label: 'First date', value: (outlet) => datesOf.get(outlet.name)[0] ?? null },
          { label: 'Last date', value: (outlet) => datesOf.get(outlet.name).at(-1) ?? null },
          { label: 'Quotes', numeric: true, value: (outlet) => outlet.quotes },
          {
            label: 'Quotes / 1,000 words',
            width: '11rem',
            numeric: true,
            value: (outlet) => (outlet.words ? Number(((outlet.quotes * 1000) / outlet.words).toFixed(1)) : 0),
            cell: (outlet) => formatNumber(outlet.words ? (outlet.quotes * 1000) / outlet.words : 0, 1),
          },
        ],
      }),
      dataTable({
        caption: 'Distinctive terms by outlet',
        memo: ctx.memo('distinctive'),
        rows: ranks,
        columns: [
          { label: 'Rank', numeric: true, width: '4rem', value: (rank) => rank + 1 },
          ...outlets.map((outlet) => ({
            label: outlet.name,
            value: (rank) => outlet.distinctive[rank]?.term ?? null,
            cell: (rank) => {
              const term = outlet.distinctive[rank];
              return term && h('span', null, ctx.termLink(term.term), h('small', { class: 'muted' }, ` z ${formatNumber(term.z, 1)}`));
            },
          })),
        ],
      }),
    );
  },
};
