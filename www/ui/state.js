// What the widget shows, as one plain object that round-trips through the
// URL hash so that a view with its filters can be bookmarked. The filter
// part is what the core selects articles by; the counting part changes how
// the core counts words, so changing it reads the files again; the rest
// only changes the view.
export const VIEWS = ['overview', 'keywords', 'outlets', 'stories', 'quotes', 'reader'];

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const ids = (values) => values.map(Number).filter((id) => Number.isSafeInteger(id) && id >= 0);

export const emptyState = () => ({
  view: 'overview',
  outlets: [],
  from: '',
  to: '',
  articles: [],
  q: '',
  // The Keywords view's list: '' for words, 'phrases' or 'names'.
  terms: '',
  speaker: '',
  read: null,
  // Counting settings the user chose; null keeps the embedder's (see countingOf).
  news: null,
  stem: null,
  leave: null,
  keep: null,
});

const flag = (value) => (value === '1' ? true : value === '0' ? false : null);

/** Words written in a list separated by commas. */
export const wordsOf = (text) => text.split(',').map((word) => word.trim()).filter(Boolean);
const words = (value) => (value === null ? null : wordsOf(value));

export function parseHash(hash) {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const state = emptyState();
  const view = params.get('view');
  if (VIEWS.includes(view)) state.view = view;
  state.outlets = params.getAll('outlet');
  state.articles = ids(params.getAll('article'));
  for (const key of ['from', 'to']) if (DATE.test(params.get(key) ?? '')) state[key] = params.get(key);
  state.q = params.get('q') ?? '';
  if (['phrases', 'names'].includes(params.get('terms'))) state.terms = params.get('terms');
  state.speaker = params.get('speaker') ?? '';
  state.read = ids([params.get('read') ?? ''].filter(Boolean))[0] ?? null;
  state.news = flag(params.get('news'));
  state.stem = flag(params.get('stem'));
  state.leave = words(params.get('leave'));
  state.keep = words(params.get('keep'));
  return state;
}

export function toHash(state) {
  const params = new URLSearchParams({ view: state.view });
  for (const outlet of state.outlets) params.append('outlet', outlet);
  for (const id of state.articles) params.append('article', String(id));
  for (const key of ['from', 'to', 'q', 'terms', 'speaker']) if (state[key]) params.set(key, state[key]);
  if (state.read != null) params.set('read', String(state.read));
  for (const key of ['news', 'stem']) if (state[key] !== null) params.set(key, state[key] ? '1' : '0');
  for (const key of ['leave', 'keep']) if (state[key] !== null) params.set(key, state[key].join(','));
  return `#${params}`;
}

/** The core's filter for `state` (reportJson's argument). */
export const filterOf = (state) => ({
  outlets: state.outlets,
  dateFrom: state.from || null,
  dateTo: state.to || null,
  articles: state.articles,
});

/**
 * The counting settings in effect: the state's where the user chose them,
 * otherwise those of `keywords`, the analysis options the widget started with.
 */
export const countingOf = (state, keywords = {}) => ({
  news: state.news ?? Boolean(keywords.newsStopWords),
  stem: state.stem ?? Boolean(keywords.stemming),
  leave: state.leave ?? keywords.stopWords?.add ?? [],
  keep: state.keep ?? keywords.stopWords?.remove ?? [],
});

/** `analysis` (the options of analyze()) with the counting settings of `state`. */
export function withCounting(analysis, state) {
  const counting = countingOf(state, analysis.keywords);
  return {
    ...analysis,
    keywords: {
      ...analysis.keywords,
      newsStopWords: counting.news,
      stemming: counting.stem,
      stopWords: { add: counting.leave, remove: counting.keep },
    },
  };
}
