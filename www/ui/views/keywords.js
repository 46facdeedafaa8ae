// Keywords: the core's ranked terms as a chart of the top ones, a
// searchable, sortable table of all of them (the report on screen lists the
// first few thousand; the rest load when the table needs them), and the
// concordance of any word or phrase asked for.
import { formatNumber, h } from '../dom.js';
import { barChart } from '../chart.js';
import { concordancePanel } from '../concordance.js';
import { dataTable } from '../table.js';

const CHART_TERMS = 20;

export default {
  id: 'keywords',
  label: 'Keywords',
  render(ctx) {
    const { keywords } = ctx.whole ?? ctx.report;
    const memo = ctx.memo('table');
    if (ctx.state.q !== memo.fromState) {
      memo.query = memo.fromState = ctx.state.q;
    }
    return h(
      'div',
      { class: 'split' },
      keywords.length
        ? barChart(`Top ${Math.min(CHART_TERMS, keywords.length)} keywords`, keywords.slice(0, CHART_TERMS).map((k) => ({ label: k.term, value: k.count })))
        : null,
      dataTable({
        caption: 'Keywords',
        memo,
        rows: keywords,
        more: ctx.whole ? null : ctx.more && { ...ctx.more, label: 'Show every term' },
        search: { label: 'Search terms', value: (keyword) => keyword.term },
        empty: 'No keywords: no article text has been read.',
        columns: [
          { label: 'Term', width: '40%', value: (keyword) => keyword.term },
          { label: 'Count', width: '15%', numeric: true, value: (keyword) => keyword.count },
          { label: 'Articles', width: '15%', numeric: true, value: (keyword) => keyword.docs },
          { label: 'Per 10k words', width: '15%', numeric: true, value: (keyword) => keyword.per10k, cell: (keyword) => formatNumber(keyword.per10k, 1) },
          { label: 'Dispersion (DP)', width: '15%', numeric: true, value: (keyword) => keyword.dp, cell: (keyword) => formatNumber(keyword.dp, 2) },
        ],
      }),
      concordanceForm(ctx),
      ctx.state.q.trim() ? concordancePanel(ctx, ctx.memo('concordance'), ctx.state.q.trim()) : null,
    );
  },
};

/** A box for any word or phrase, whose concordance then opens below (and in the URL). */
function concordanceForm(ctx) {
  const input = h('input', { type: 'search', id: 'concordance-query', value: ctx.state.q, placeholder: 'a word or phrase' });
  return h(
    'form',
    {
      class: 'search ask',
      'aria-label': 'Concordance',
      onsubmit: (event) => {
        event.preventDefault();
        ctx.navigate({ q: input.value.trim() });
      },
    },
    h('label', { for: 'concordance-query' }, 'Show in context (concordance)'),
    input,
    h('button', { type: 'submit' }, 'Show'),
  );
}
