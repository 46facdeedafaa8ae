// Keywords: the core's ranked words, phrases or names as a chart of the top
// ones, a searchable, sortable table of all of them (the report on screen
// lists the first few thousand; the rest load when the table needs them),
// the use over time and the concordance of any word or phrase asked for,
// and the settings of counting (stop words, word forms), which the core
// applies to every view.
import { formatNumber, h } from '../dom.js';
import { barChart } from '../chart.js';
import { concordancePanel } from '../concordance.js';
import { wordsOf } from '../state.js';
import { dataTable } from '../table.js';
import { trendPanel } from '../trend.js';

const CHART_TERMS = 20;
const STOP_WORDS_SHOWN = 12;

/** The report's three ranked lists, by the `terms` of the view's state. */
const LISTS = [
  { terms: '', key: 'keywords', label: 'Words', caption: 'Keywords', every: 'Show every term', empty: 'No keywords: no article text has been read.' },
  { terms: 'phrases', key: 'phrases', label: 'Phrases', caption: 'Phrases', every: 'Show every phrase', empty: 'No phrases: no two or three words occur together often enough.' },
  { terms: 'names', key: 'names', label: 'Names', caption: 'Names', every: 'Show every name', empty: 'No names: no article names a person, place or organisation.' },
];

const COLUMNS = [
  { label: 'Term', value: (entry) => entry.term },
  { label: 'Count', numeric: true, value: (entry) => entry.count },
  { label: 'Articles', numeric: true, value: (entry) => entry.docs },
  { label: 'Per 10k words', numeric: true, value: (entry) => entry.per10k, cell: (entry) => formatNumber(entry.per10k, 1) },
  { label: 'Dispersion (DP)', numeric: true, value: (entry) => entry.dp, cell: (entry) => formatNumber(entry.dp, 2) },
];
const ASSOCIATION = { label: 'Association (G²)', numeric: true, value: (entry) => entry.g2, cell: (entry) => formatNumber(entry.g2, 1) };

/** The columns of `list`, the term's taking what the numbers leave. */
function columnsOf(list) {
  const columns = list.key === 'phrases' ? [...COLUMNS, ASSOCIATION] : COLUMNS;
  const numberWidth = list.key === 'phrases' ? 13 : 15;
  return columns.map((column, index) => ({ ...column, width: `${index ? numberWidth : 100 - numberWidth * (columns.length - 1)}%` }));
}

export default {
  id: 'keywords',
  label: 'Keywords',
  render(ctx) {
    const list = LISTS.find((candidate) => candidate.terms === ctx.state.terms) ?? LISTS[0];
    const entries = (ctx.whole ?? ctx.report)[list.key];
    const memo = ctx.memo(`table:${list.key}`);
    if (ctx.state.q !== memo.fromState) {
      memo.query = memo.fromState = ctx.state.q;
    }
    return h(
      'div',
      { class: 'split' },
      h(
        'p',
        { class: 'lists', 'aria-label': 'Terms to list' },
        LISTS.map((other) => (other === list ? h('strong', { 'aria-current': 'true' }, other.label) : ctx.link({ terms: other.terms }, other.label))),
      ),
      countingForm(ctx),
      entries.length
        ? barChart(`Top ${Math.min(CHART_TERMS, entries.length)} ${list.caption.toLowerCase()}`, entries.slice(0, CHART_TERMS).map((entry) => ({ label: entry.term, value: entry.count })))
        : null,
      dataTable({
        caption: list.caption,
        memo,
        rows: entries,
        more: ctx.more && { ...ctx.more, label: list.every },
        search: { label: `Search ${list.label.toLowerCase()}`, value: (entry) => entry.term },
        empty: list.empty,
        columns: columnsOf(list),
      }),
      concordanceForm(ctx),
      ctx.state.q.trim() ? [trendOf(ctx, ctx.state.q.trim()), concordancePanel(ctx, ctx.memo('concordance'), ctx.state.q.trim())] : null,
    );
  },
};

/**
 * What counting leaves out and whether it groups the forms of a word, with
 * the stop words the report says it removed. Applying them reads every file
 * again (the core decides stop words and stems as it counts).
 */
function countingForm(ctx) {
  const { counting } = ctx;
  const memo = ctx.memo('counting');
  // What the user has changed and not applied yet, kept across the redraws
  // that streaming files cause; dropped once the settings in effect change.
  const applied = JSON.stringify(counting);
  if (memo.draft?.of !== applied) {
    memo.draft = { of: applied, news: counting.news, stem: counting.stem, leave: counting.leave.join(', '), keep: counting.keep.join(', ') };
  }
  const { draft } = memo;
  const checkbox = (key) => h('input', { type: 'checkbox', 'data-key': `count-${key}`, checked: draft[key], onchange: (event) => (draft[key] = event.target.checked) });
  const words = (key, placeholder) =>
    h('input', { type: 'text', id: `count-${key}`, 'data-key': `count-${key}`, value: draft[key], placeholder, oninput: (event) => (draft[key] = event.target.value) });
  const removed = ctx.report.stopWords.map((word) => `${word.term} (${formatNumber(word.count)})`);
  return h(
    'details',
    { class: 'counting', open: memo.open, ontoggle: (event) => (memo.open = event.target.open) },
    h('summary', { 'data-key': 'counting' }, 'Counting: stop words and word forms'),
    h(
      'form',
      {
        onsubmit: (event) => {
          event.preventDefault();
          ctx.countWith({ news: draft.news, stem: draft.stem, leave: wordsOf(draft.leave), keep: wordsOf(draft.keep) });
        },
      },
      h('label', null, checkbox('news'), ' Leave out the words of reporting (said, told, according, Mr …)'),
      h('label', null, checkbox('stem'), ' Count the forms of a word as one (negotiate, negotiations, negotiating)'),
      h('label', { for: 'count-leave' }, 'Also leave out these words (separated by commas)'),
      words('leave', 'harbour, council'),
      h('label', { for: 'count-keep' }, 'Keep these function words'),
      words('keep', 'not, against'),
      h('p', null, h('button', { type: 'submit', 'data-key': 'count-again' }, 'Count again'), h('span', { class: 'muted' }, ' Every view follows; the files are read again.')),
    ),
    removed.length > STOP_WORDS_SHOWN
      ? h(
          'details',
          { class: 'muted' },
          h('summary', null, `Left out as stop words: ${removed.slice(0, STOP_WORDS_SHOWN).join(', ')} and ${removed.length - STOP_WORDS_SHOWN} more`),
          removed.slice(STOP_WORDS_SHOWN).join(', '),
        )
      : h('p', { class: 'muted' }, removed.length ? `Left out as stop words: ${removed.join(', ')}.` : 'No stop word occurs in these articles.'),
  );
}

/** The use over time of `term`, when it is one of the report's words, phrases or names. */
function trendOf(ctx, term) {
  const report = ctx.whole ?? ctx.report;
  const folded = term.toLowerCase();
  const entry = LISTS.map((list) => report[list.key].find((candidate) => candidate.term.toLowerCase() === folded)).find(Boolean);
  if (entry) return trendPanel(entry, report.dateWords, ctx.memo('trend'));
  // The table, searched for the term, loads every term when the lists were cut.
  return h(
    'p',
    { class: 'muted' },
    ctx.more ? `Looking for “${term}” among every term…` : `“${term}” is not among the listed words, phrases and names, so its use over time is not drawn.`,
  );
}

/** A box for any word or phrase, whose concordance then opens below (and in the URL). */
function concordanceForm(ctx) {
  // The text typed and not asked for yet survives the redraws that streaming files cause.
  const memo = ctx.memo('ask');
  if (memo.of !== ctx.state.q) Object.assign(memo, { of: ctx.state.q, text: ctx.state.q });
  const input = h('input', {
    type: 'search',
    id: 'concordance-query',
    'data-key': 'concordance-query',
    value: memo.text,
    placeholder: 'a word or phrase',
    oninput: (event) => (memo.text = event.target.value),
  });
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
