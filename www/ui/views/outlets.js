// Outlets: each outlet's figures, how alike their words are, their most
// distinctive terms side by side, whom each quotes, and two outlets compared
// term by term (scatter plot, and the concordance of a term in both) — all
// as the core computed them (outlets[], speakers[], compareOutlets).
import { formatNumber, h } from '../dom.js';
import { concordancePanel } from '../concordance.js';
import { womenShare, womenShareText } from '../gender.js';
import { pairScatter } from '../scatter.js';
import { dataTable } from '../table.js';

const TERMS = 15;
const PAIR_TERMS = 10;

function figures(ctx, outlets) {
  return dataTable({
    caption: 'Outlets',
    memo: ctx.memo('figures'),
    rows: outlets,
    columns: [
      { label: 'Outlet', width: '12rem', value: (outlet) => outlet.name, cell: (outlet) => ctx.outletLink(outlet.name) },
      { label: 'Articles', numeric: true, value: (outlet) => outlet.articles },
      { label: 'Words', numeric: true, value: (outlet) => outlet.words },
      { label: 'Mean length', width: '7rem', numeric: true, value: (outlet) => outlet.meanWords, cell: (outlet) => formatNumber(outlet.meanWords) },
      { label: 'First date', width: '7rem', value: (outlet) => outlet.dateFrom },
      { label: 'Last date', width: '7rem', value: (outlet) => outlet.dateTo },
      { label: 'Quotes', numeric: true, value: (outlet) => outlet.quotes },
      { label: 'Quotes / 1,000 words', width: '11rem', numeric: true, value: (outlet) => outlet.quotesPer1000, cell: (outlet) => formatNumber(outlet.quotesPer1000, 1) },
      { label: 'Speakers', numeric: true, value: (outlet) => outlet.speakers },
      { label: 'Only it quotes', width: '7rem', numeric: true, value: (outlet) => outlet.exclusiveSpeakers },
      { label: 'Women quoted', width: '7rem', numeric: true, value: (outlet) => womenShare(outlet.speakerGenders), cell: (outlet) => womenShareText(outlet.speakerGenders) },
    ],
  });
}

/** Jensen–Shannon divergence between every two outlets, shaded: the darker, the more alike. */
function similarity(outlets) {
  const shade = (value) => `hsl(212 70% ${Math.round(62 + value * 36)}%)`;
  return h(
    'section',
    { class: 'heatmap' },
    h('h3', null, 'How alike their words are'),
    h('p', { class: 'muted' }, 'Jensen–Shannon divergence of word distributions, in bits: 0 is the same distribution, 1 nothing shared. Darker is more alike.'),
    h(
      'div',
      { class: 'scroller', tabindex: 0, role: 'region', 'aria-label': 'Divergence between outlets' },
      h(
        'table',
        { class: 'data' },
        h('caption', { class: 'sr-only' }, 'Divergence between outlets'),
        h('thead', null, h('tr', null, h('td'), outlets.map((outlet) => h('th', { scope: 'col' }, outlet.name)))),
        h(
          'tbody',
          null,
          outlets.map((row) =>
            h(
              'tr',
              null,
              h('th', { scope: 'row' }, row.name),
              outlets.map((column) => {
                const value = row.divergence[column.name];
                if (value == null) return h('td', { class: 'n' }, '—');
                const cell = h('td', { class: 'n similar' }, formatNumber(value, 3));
                cell.style.background = shade(value);
                return cell;
              }),
            ),
          ),
        ),
      ),
    ),
  );
}

function distinctiveTable(ctx, outlets) {
  const ranks = Array.from({ length: Math.min(TERMS, Math.max(...outlets.map((outlet) => outlet.distinctive.length))) }, (_, rank) => rank);
  return dataTable({
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
  });
}

/** Speakers and their quotations in each outlet; those only one outlet quotes say which. */
function speakerTable(ctx, outlets) {
  return dataTable({
    caption: 'Who each outlet quotes',
    memo: ctx.memo('speakers'),
    rows: ctx.report.speakers,
    search: { label: 'Search speakers', value: (speaker) => speaker.name },
    empty: 'No quotation is attributed to anyone.',
    columns: [
      { label: 'Speaker', width: '12rem', value: (speaker) => speaker.name, cell: (speaker) => ctx.speakerLink(speaker.name) },
      ...outlets.map((outlet) => ({ label: outlet.name, numeric: true, value: (speaker) => speaker.outlets[outlet.name] ?? 0 })),
      {
        label: 'Only quoted by',
        value: (speaker) => {
          const quotedBy = Object.keys(speaker.outlets);
          return quotedBy.length === 1 ? quotedBy[0] : '';
        },
      },
    ],
  });
}

function outletPicker(label, outlets, chosen, onChange) {
  return h(
    'label',
    null,
    `${label} `,
    h(
      'select',
      { 'aria-label': label, onchange: (event) => onChange(event.target.value) },
      outlets.map((outlet) => h('option', { value: outlet.name, selected: outlet.name === chosen }, outlet.name)),
    ),
  );
}

/** Two outlets compared term by term; picking a term shows its concordance in both. */
function pairSection(ctx, outlets) {
  const memo = ctx.memo('pair');
  const names = outlets.map((outlet) => outlet.name);
  if (!names.includes(memo.a)) memo.a = names[0];
  if (!names.includes(memo.b) || memo.b === memo.a) memo.b = names.find((name) => name !== memo.a);
  const key = JSON.stringify([memo.a, memo.b, ctx.filter]);
  if (memo.key !== key) {
    Object.assign(memo, { key, answer: null, error: null, term: null });
    ctx
      .query('compareOutlets', memo.a, memo.b, { filter: ctx.filter })
      .then((answer) => memo.key === key && (memo.answer = answer))
      .catch((error) => memo.key === key && (memo.error = error.message))
      .finally(() => ctx.rerender());
  }
  const choose = (side) => (name) => {
    memo[side] = name;
    if (memo.a === memo.b) memo[side === 'a' ? 'b' : 'a'] = names.find((other) => other !== name);
    ctx.rerender();
  };
  const pick = (term) => {
    memo.term = term;
    ctx.rerender();
  };
  const { answer } = memo;
  const termButton = (term) => h('li', null, h('button', { type: 'button', class: 'link', onclick: () => pick(term.term) }, term.term), h('small', { class: 'muted' }, ` ${term.a} : ${term.b}`));
  const distinctive = answer?.terms.filter((term) => !term.houseStyle) ?? [];
  return h(
    'section',
    { class: 'pair' },
    h('h3', null, 'Two outlets compared'),
    h('div', { class: 'pickers' }, outletPicker('Outlet A', outlets, memo.a, choose('a')), outletPicker('Outlet B', outlets, memo.b, choose('b'))),
    memo.error ? h('p', { class: 'error' }, memo.error) : null,
    answer
      ? [
          pairScatter(answer, pick),
          h(
            'div',
            { class: 'columns' },
            h('div', { class: 'column' }, h('h4', null, `More in ${answer.a.name}`), h('ol', null, distinctive.filter((term) => term.z > 0).slice(0, PAIR_TERMS).map(termButton))),
            h('div', { class: 'column' }, h('h4', null, `More in ${answer.b.name}`), h('ol', null, distinctive.filter((term) => term.z < 0).reverse().slice(0, PAIR_TERMS).map(termButton))),
          ),
        ]
      : memo.error
        ? null
        : h('p', { class: 'muted' }, 'Comparing…'),
    memo.term
      ? h(
          'div',
          { class: 'columns side-by-side' },
          [answer.a.name, answer.b.name].map((name, index) =>
            h('div', { class: 'column' }, h('h4', null, name), concordancePanel(ctx, ctx.memo(`pair-concordance-${index}`), memo.term, [name], `“${memo.term}” in ${name}`)),
          ),
        )
      : null,
  );
}

export default {
  id: 'outlets',
  label: 'Outlets',
  render(ctx) {
    const { outlets } = ctx.report;
    if (!outlets.length) {
      return h('p', { class: 'empty' }, 'No outlets: none of these articles names the outlet that published it.');
    }
    return h(
      'div',
      null,
      figures(ctx, outlets),
      outlets.length > 1 ? similarity(outlets) : null,
      distinctiveTable(ctx, outlets),
      outlets.length > 1 ? pairSection(ctx, outlets) : null,
      speakerTable(ctx, outlets),
    );
  },
};
