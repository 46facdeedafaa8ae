// Stories: the same event as each outlet told it, side by side: each
// outlet's headline, length, the terms only it uses and whom it quotes, as
// the core's `stories[].coverage` gives them; a story's articles can become
// the filter of every view.
import { h, plural } from '../dom.js';

const dates = (story) => (story.dateFrom === story.dateTo ? story.dateFrom : `${story.dateFrom} to ${story.dateTo}`);

function coverageColumn(ctx, coverage) {
  return h(
    'div',
    { class: 'column' },
    h('h4', null, coverage.outlet ? ctx.outletLink(coverage.outlet) : 'No outlet named'),
    h('ul', null, coverage.articles.map((id) => h('li', null, ctx.articleLink(id), h('small', { class: 'muted' }, ` ${ctx.article(id)?.date ?? 'undated'}`)))),
    h('p', { class: 'muted' }, plural(coverage.words, 'word')),
    h('p', { class: 'own' }, 'Only here: ', coverage.terms.length ? coverage.terms.map((term, index) => [index ? ', ' : '', ctx.termLink(term)]) : '—'),
    h(
      'p',
      { class: 'quoted' },
      'Quotes: ',
      coverage.speakers.length ? coverage.speakers.map((speaker, index) => [index ? ', ' : '', ctx.speakerLink(speaker.name), ` (${speaker.quotes})`]) : 'nobody',
    ),
  );
}

export default {
  id: 'stories',
  label: 'Stories',
  render(ctx) {
    const { stories } = ctx.report;
    if (!stories.length) {
      return h('p', { class: 'empty' }, 'No stories: no event is covered by more than one of these articles.');
    }
    return h(
      'div',
      { class: 'stories' },
      stories.map((story) =>
        h(
          'section',
          { class: 'story', 'aria-label': `Story ${story.id + 1}` },
          h('h3', null, story.headline ?? `Story ${story.id + 1}`),
          h(
            'p',
            { class: 'muted' },
            `${plural(story.articles.length, 'article')} from ${plural(story.outlets.length, 'outlet')}`,
            story.dateFrom ? `, ${dates(story)}` : '',
            story.terms.length ? ` · ${story.terms.join(', ')}` : '',
            ' · ',
            ctx.link({ articles: story.articles }, 'Show only these articles in every view'),
          ),
          h('div', { class: 'columns' }, story.coverage.map((coverage) => coverageColumn(ctx, coverage))),
        ),
      ),
    );
  },
};
