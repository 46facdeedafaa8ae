// Keyword in context: the lines the core's Corpus.concordance returns, as a
// table sortable by the left context (nearest word first) or the right one,
// each line linking to its article. The answer is kept in `memo` under the
// query it answers, so re-renders do not ask again.
import { h, plural } from './dom.js';
import { dataTable } from './table.js';

const LINES = 200;

/** The words of `left` nearest the term first, for sorting by the left context. */
const leftKey = (left) => left.trim().split(/\s+/).reverse().join(' ');

/** A short link to an article, named in full for assistive technology. */
function articleRef(ctx, id) {
  const link = ctx.link({ view: 'reader', read: id }, `#${id + 1}`);
  const name = ctx.headline(ctx.article(id));
  link.setAttribute('aria-label', name);
  link.title = name;
  return link;
}

/**
 * The concordance of `term` in the articles of `outlets` (all the filter's
 * outlets when empty): a placeholder until the core answers, then the table.
 */
export function concordancePanel(ctx, memo, term, outlets = [], caption = `Concordance of “${term}”`) {
  const filter = outlets.length ? { ...ctx.filter, outlets } : ctx.filter;
  const key = JSON.stringify([term, filter]);
  if (memo.key !== key) {
    Object.assign(memo, { key, answer: null, error: null, table: {} });
    ctx
      .query('concordance', term, { limit: LINES, filter })
      .then((answer) => memo.key === key && (memo.answer = answer))
      .catch((error) => memo.key === key && (memo.error = error.message))
      .finally(() => ctx.rerender());
  }
  if (memo.error) return h('p', { class: 'error' }, memo.error);
  if (!memo.answer) return h('p', { class: 'muted' }, `Finding “${term}”…`);
  const { total, lines } = memo.answer;
  return h(
    'div',
    { class: 'concordance' },
    h('p', { class: 'muted' }, total > lines.length ? `${plural(total, 'line')}, the first ${lines.length} shown` : plural(total, 'line')),
    dataTable({
      caption,
      memo: memo.table,
      rows: lines,
      empty: `“${term}” does not occur here.`,
      columns: [
        { label: 'Left', width: '38%', value: (line) => leftKey(line.left), cell: (line) => line.left },
        { label: 'Term', width: '12%', value: (line) => line.match, cell: (line) => h('b', null, line.match) },
        { label: 'Right', width: '38%', value: (line) => line.right },
        { label: 'Article', width: '12%', value: (line) => line.article, cell: (line) => articleRef(ctx, line.article) },
      ],
    }),
  );
}
