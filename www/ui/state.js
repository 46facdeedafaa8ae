// What the widget shows, as one plain object that round-trips through the
// URL hash so that a view with its filters can be bookmarked. The filter
// part is what the core selects articles by; the rest only changes the view.
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
});

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
  return state;
}

export function toHash(state) {
  const params = new URLSearchParams({ view: state.view });
  for (const outlet of state.outlets) params.append('outlet', outlet);
  for (const id of state.articles) params.append('article', String(id));
  for (const key of ['from', 'to', 'q', 'terms', 'speaker']) if (state[key]) params.set(key, state[key]);
  if (state.read != null) params.set('read', String(state.read));
  return `#${params}`;
}

/** The core's filter for `state` (reportJson's argument). */
export const filterOf = (state) => ({
  outlets: state.outlets,
  dateFrom: state.from || null,
  dateTo: state.to || null,
  articles: state.articles,
});
