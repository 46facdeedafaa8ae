// Quotes and speakers: who is quoted how often, by which outlet (the core's
// speaker × outlet counts as a matrix), each outlet's quotations and people
// quoted by gender (the core's counts, with the share of women among those
// whose gender is known), and every quote, each linking to its article in
// the Reader.
import { h, plural } from '../dom.js';
import { barChart } from '../chart.js';
import { womenShare, womenShareText } from '../gender.js';
import { dataTable } from '../table.js';

const CHART_SPEAKERS = 15;
const HEAT_LEVELS = 4;

/** The outlets' gender counts of one kind (`key`: quoteGenders or speakerGenders) as a table. */
function genderTable(ctx, outlets, key, caption) {
  return dataTable({
    caption,
    memo: ctx.memo(key),
    rows: outlets,
    columns: [
      { label: 'Outlet', width: '32%', value: (outlet) => outlet.name, cell: (outlet) => ctx.outletLink(outlet.name) },
      { label: 'Women', numeric: true, value: (outlet) => outlet[key].female },
      { label: 'Men', numeric: true, value: (outlet) => outlet[key].male },
      { label: 'Unknown', numeric: true, value: (outlet) => outlet[key].unknown },
      { label: '% women', numeric: true, value: (outlet) => womenShare(outlet[key]), cell: (outlet) => womenShareText(outlet[key]) },
    ],
  });
}

export default {
  id: 'quotes',
  label: 'Quotes',
  render(ctx) {
    const { quotes, speakers, outlets } = ctx.report;
    if (!quotes.length) {
      return h('p', { class: 'empty' }, 'No quotes: no quotation was found in these articles.');
    }
    const speaker = ctx.state.speaker;
    const outletNames = outlets.map((outlet) => outlet.name);
    const most = Math.max(1, ...speakers.flatMap((entry) => Object.values(entry.outlets)));
    const shown = speaker ? quotes.filter((quote) => (quote.speaker ?? '') === speaker) : quotes;
    const genderOf = new Map(speakers.map((entry) => [entry.name, entry.gender]));
    return h(
      'div',
      null,
      speakers.length
        ? barChart(
            `Most quoted speakers`,
            speakers.slice(0, CHART_SPEAKERS).map((entry) => ({ label: entry.name, value: entry.quotes })),
          )
        : null,
      dataTable({
        caption: 'Speakers',
        memo: ctx.memo('speakers'),
        rows: speakers,
        search: { label: 'Search speakers', value: (entry) => [entry.name, ...entry.aliases].join(' ') },
        columns: [
          { label: 'Speaker', width: '28%', value: (entry) => entry.name, cell: (entry) => ctx.speakerLink(entry.name) },
          { label: 'Also called', width: '34%', value: (entry) => entry.aliases.join('; ') },
          { label: 'Gender', value: (entry) => entry.gender ?? '' },
          { label: 'Quotes', numeric: true, value: (entry) => entry.quotes },
          { label: 'Outlets', numeric: true, value: (entry) => Object.keys(entry.outlets).length },
        ],
      }),
      outletNames.length
        ? [
            genderTable(ctx, outlets, 'speakerGenders', 'People each outlet quotes, by gender'),
            genderTable(ctx, outlets, 'quoteGenders', 'Quotes in each outlet, by their speaker’s gender'),
          ]
        : null,
      outletNames.length
        ? dataTable({
            caption: 'Quotes by speaker and outlet',
            memo: ctx.memo('matrix'),
            rows: speakers,
            columns: [
              { label: 'Speaker', width: '12rem', value: (entry) => entry.name, cell: (entry) => ctx.speakerLink(entry.name) },
              ...outletNames.map((name) => ({
                label: name,
                numeric: true,
                value: (entry) => entry.outlets[name] ?? 0,
                cell: (entry) => {
                  const count = entry.outlets[name] ?? 0;
                  return h('span', { class: `heat heat${Math.ceil((count / most) * HEAT_LEVELS)}` }, count.toLocaleString('en'));
                },
              })),
            ],
          })
        : null,
      speaker
        ? h('p', { class: 'chip' }, `Quotes by ${speaker || 'unattributed speakers'}: ${plural(shown.length, 'quote')} `, ctx.link({ speaker: '' }, 'Show all speakers'))
        : null,
      dataTable({
        caption: 'Quotes',
        memo: ctx.memo(`quotes:${speaker}`),
        rows: shown,
        search: { label: 'Search quotes', value: (quote) => quote.text },
        columns: [
          { label: 'Speaker', width: '18%', value: (quote) => quote.speaker, cell: (quote) => (quote.speaker ? ctx.speakerLink(quote.speaker) : h('i', null, 'unattributed')) },
          { label: 'Gender', width: '9%', value: (quote) => genderOf.get(quote.speaker) ?? '' },
          { label: 'Quote', width: '33%', value: (quote) => quote.text, cell: (quote) => ctx.link({ view: 'reader', read: quote.article }, quote.text) },
          { label: 'Verb', width: '10%', value: (quote) => quote.verb },
          { label: 'Kind', width: '9%', value: (quote) => quote.kind },
          { label: 'Article', width: '21%', value: (quote) => ctx.headline(ctx.article(quote.article)), cell: (quote) => ctx.articleLink(quote.article) },
        ],
      }),
    );
  },
};
