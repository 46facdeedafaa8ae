// Stories: the same event as each outlet told it, side by side.
import { h, plural } from '../dom.js';

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
      stories.map((story) => {
        const articles = story.articles.map(ctx.article).filter(Boolean);
        const lead = articles[0];
        return h(
          'section',
          { class: 'story', 'aria-label': `Story ${story.id + 1}` },
          h('h3', null, lead ? ctx.headline(lead) : `Story ${story.id + 1}`),
          h('p', { class: 'muted' }, `${plural(articles.length, 'article')} from ${plural(story.outlets.length, 'outlet')}`),
          h(
            'div',
            { class: 'columns' },
            story.outlets.map((outlet) =>
              h(
                'div',
                { class: 'column' },
                h('h4', null, ctx.outletLink(outlet)),
                h(
                  'ul',
                  null,
                  articles
                    .filter((article) => article.outlet === outlet)
                    .map((article) => h('li', null, ctx.articleLink(article.id), h('small', { class: 'muted' }, ` ${article.date ?? 'undated'}, ${plural(article.words, 'word')}`))),
                ),
              ),
            ),
          ),
        );
      }),
    );
  },
};
