// Overview: what was read (files, articles, outlets, dates, words, quotes)
// and an index of every article that opens it in the Reader.
import { h, plural } from '../dom.js';
import { dataTable } from '../table.js';

const TOP_TERMS = 12;

function dateRange(articles) {
  const dates = articles.map((article) => article.date).filter(Boolean).sort();
  if (!dates.length) return 'no dates';
  return dates[0] === dates.at(-1) ? dates[0] : `${dates[0]} to ${dates.at(-1)}`;
}

export default {
  id: 'overview',
  label: 'Overview',
  render(ctx) {
    const { report, base } = ctx;
    const articles = report.articles;
    const duplicates = articles.filter((article) => article.duplicateOf != null).length;
    const words = articles.reduce((sum, article) => sum + article.words, 0);
    const stats = [
      ['Files', plural(base.files.length, 'file'), `${base.files.filter((file) => file.error).length} with errors`],
      ['Articles', plural(articles.length, 'article'), duplicates ? plural(duplicates, 'duplicate') : 'no duplicates'],
      ['Outlets', plural(report.outlets.length, 'outlet'), report.outlets.map((outlet) => outlet.name).join(', ')],
      ['Dates', dateRange(articles), ''],
      ['Words', words.toLocaleString('en'), ''],
      ['Quotes', plural(report.quotes.length, 'quote'), plural(report.speakers.length, 'speaker')],
    ];
    return h(
      'div',
      null,
      h('dl', { class: 'stats' }, stats.map(([term, value, detail]) => h('div', null, h('dt', null, term), h('dd', null, value, detail && h('small', null, detail))))),
      report.keywords.length
        ? h(
            'section',
            { class: 'top-terms', 'aria-labelledby': 'top-terms' },
            h('h3', { id: 'top-terms' }, 'Top keywords'),
            h('ol', null, report.keywords.slice(0, TOP_TERMS).map((keyword) => h('li', null, ctx.termLink(keyword.term), h('small', null, ` ${keyword.count.toLocaleString('en')}`)))),
          )
        : null,
      dataTable({
        caption: 'Articles',
        memo: ctx.memo('articles'),
        rows: articles,
        search: { label: 'Search headlines', value: (article) => ctx.headline(article) },
        empty: 'No articles yet: drop files above, or try the samples.',
        columns: [
          { label: 'Headline', width: '40%', value: ctx.headline, cell: (article) => ctx.articleLink(article.id) },
          { label: 'Outlet', width: '18%', value: (article) => article.outlet, cell: (article) => article.outlet && ctx.outletLink(article.outlet) },
          { label: 'Date', width: '12%', value: (article) => article.date },
          { label: 'Words', width: '10%', numeric: true, value: (article) => article.words },
          { label: 'File', width: '20%', value: (article) => (article.duplicateOf == null ? article.file : `${article.file} (duplicate)`) },
        ],
      }),
    );
  },
};
