// Reader: one article with every quote highlighted in its speaker's colour.
// Highlights are built from the core's UTF-16 offsets with text nodes only;
// each names its speaker and verb on hover and keyboard focus, and screen
// readers hear the same words before the quote. The page's report leaves
// article text out, so the text of the article shown is asked of the core.
import { h, plural } from '../dom.js';

const UNATTRIBUTED = '';

/** The article's quotes in order, without any that overlap or fall outside the text. */
function usableQuotes(quotes, length) {
  const sorted = quotes.filter((quote) => quote.start >= 0 && quote.start < quote.end && quote.end <= length).sort((a, b) => a.start - b.start);
  return sorted.filter((quote, index) => index === 0 || quote.start >= sorted[index - 1].end);
}

function highlight(quote, text, first, speakerClass) {
  const who = quote.speaker ?? 'Unattributed';
  const label = `${who}${quote.verb ? `, ${quote.verb}` : ''}${quote.kind === 'partial' ? ' (partial quote)' : ''}: `;
  return h(
    'mark',
    { class: `quote ${quote.kind} ${speakerClass(quote.speaker)}`, tabindex: first ? 0 : null },
    first && h('span', { class: 'tip' }, label),
    text,
  );
}

/** Paragraphs of `text` (split at blank lines) with the shown quotes marked; a quote across a break is marked in both. */
function paragraphs(text, quotes, speakerClass) {
  const nodes = [];
  let start = 0;
  for (const paragraph of text.split('\n\n')) {
    const end = start + paragraph.length;
    const p = h('p');
    let cursor = start;
    for (const quote of quotes) {
      if (quote.end <= start || quote.start >= end) continue;
      const from = Math.max(quote.start, start);
      const to = Math.min(quote.end, end);
      if (from > cursor) p.append(text.slice(cursor, from));
      p.append(highlight(quote, text.slice(from, to), from === quote.start, speakerClass));
      cursor = to;
    }
    if (cursor < end) p.append(text.slice(cursor, end));
    nodes.push(p);
    start = end + 2;
  }
  return nodes;
}

/**
 * The article's `{ text, error }`: the report's text when it has one,
 * otherwise the core's answer, kept in `memo` under the article it belongs
 * to (text is null until it arrives).
 */
function textOf(ctx, article) {
  if (typeof article.text === 'string') return { text: article.text, error: null };
  const memo = ctx.memo('text');
  const key = JSON.stringify([article.id, article.file, article.headline]);
  if (memo.key !== key) {
    Object.assign(memo, { key, text: null, error: null });
    ctx
      .query('article', article.id)
      .then((answer) => {
        // Files read since this report can move the id to another article; the next report brings the new id.
        if (memo.key === key && answer.file === article.file && answer.headline === article.headline) memo.text = answer.text;
      })
      .catch((error) => memo.key === key && (memo.error = error.message))
      .finally(() => ctx.rerender());
  }
  return memo;
}

/** The speakers of the article's quotes, each with a box to hide their highlights. */
function speakerControls(ctx, quotes, hidden) {
  const counts = new Map();
  for (const quote of quotes) counts.set(quote.speaker ?? UNATTRIBUTED, (counts.get(quote.speaker ?? UNATTRIBUTED) ?? 0) + 1);
  return quotes.length
    ? h(
        'fieldset',
        { class: 'speakers' },
        h('legend', null, `${plural(quotes.length, 'quote')} by ${plural(counts.size, 'speaker')}: uncheck a speaker to hide their highlights`),
        [...counts].map(([name, count]) =>
          h(
            'label',
            { class: `swatch ${ctx.speakerClass(name || null)}` },
            h('input', {
              type: 'checkbox',
              checked: !hidden.speakers.has(name),
              onchange: (event) => {
                hidden.speakers[event.target.checked ? 'delete' : 'add'](name);
                ctx.rerender();
              },
            }),
            ` ${name || 'Unattributed'} (${count}) `,
          ),
        ),
        h('p', { class: 'muted' }, ...[...counts.keys()].filter(Boolean).flatMap((name, i) => [i ? ', ' : 'All quotes by ', ctx.speakerLink(name)])),
      )
    : h('p', { class: 'muted' }, 'No quotes found in this article.');
}

export default {
  id: 'reader',
  label: 'Reader',
  render(ctx) {
    const { articles } = ctx.report;
    if (!articles.length) return h('p', { class: 'empty' }, 'No articles to read.');
    const article = ctx.article(ctx.state.read) ?? articles[0];
    const index = articles.indexOf(article);
    const memo = ctx.memo('hidden');
    memo.speakers ??= new Set();
    const { text, error } = textOf(ctx, article);
    if (error) return h('p', { class: 'error' }, error);
    const quotes = text === null ? [] : usableQuotes(ctx.report.quotes.filter((quote) => quote.article === article.id), text.length);
    const shown = quotes.filter((quote) => !memo.speakers.has(quote.speaker ?? UNATTRIBUTED));

    const picker = h(
      'select',
      { 'aria-label': 'Article', onchange: (event) => ctx.navigate({ read: Number(event.target.value) }) },
      articles.map((entry) => h('option', { value: entry.id, selected: entry === article }, ctx.headline(entry))),
    );
    const step = (offset, label) =>
      h('button', { type: 'button', disabled: !articles[index + offset], onclick: () => ctx.navigate({ read: articles[index + offset].id }) }, label);
    const meta = [article.outlet, article.date, article.byline, article.dateline, plural(article.words, 'word'), article.file].filter(Boolean);

    return h(
      'div',
      { class: 'reader' },
      h('div', { class: 'toolbar' }, step(-1, 'Previous'), picker, step(1, 'Next')),
      h(
        'article',
        { 'aria-labelledby': 'reader-headline' },
        h('h3', { id: 'reader-headline' }, ctx.headline(article)),
        h('p', { class: 'muted' }, meta.join(' · ')),
        article.url && h('p', { class: 'muted' }, 'Source: ', h('code', null, article.url)),
        article.duplicateOf != null && h('p', { class: 'chip' }, 'A duplicate of ', ctx.articleLink(article.duplicateOf)),
        h(
          'p',
          null,
          h('button', { type: 'button', class: 'small', onclick: () => ctx.navigate({ articles: [article.id] }) }, 'Show only this article in every view'),
        ),
        text === null
          ? h('p', { class: 'muted' }, 'Reading the article…')
          : [speakerControls(ctx, quotes, memo), h('div', { class: 'text' }, paragraphs(text, shown, ctx.speakerClass))],
      ),
    );
  },
};
