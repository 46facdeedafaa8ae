// Keywords: the core's ranked terms as a chart of the top ones, a
// searchable, sortable table of all of them, and the concordance of the
// term searched for.
import { h } from '../dom.js';
import { barChart } from '../chart.js';
import { concordancePanel } from '../concordance.js';
import { dataTable } from '../table.js';

const CHART_TERMS = 20;

export default {
  id: 'keywords',
  label: 'Keywords',
  render(ctx) {
    const { keywords } = ctx.report;
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
        search: { label: 'Search terms', value: (keyword) => keyword.term },
        empty: 'No keywords: no article text has been read.',
        columns: [
          { label: 'Term', width: '50%', value: (keyword) => keyword.term },
          { label: 'Count', width: '25%', numeric: true, value: (keyword) => keyword.count },
          { label: 'Articles', width: '25%', numeric: true, value: (keyword) => keyword.docs },
        ],
      }),
      ctx.state.q.trim() ? concordancePanel(ctx, ctx.memo('concordance'), ctx.state.q.trim()) : null,
    );
  },
};
