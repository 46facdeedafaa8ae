// The widget's state in the URL hash: the counting settings round-trip,
// fall back to the embedder's analysis options when the user chose none,
// and become the core's keyword options.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countingOf, emptyState, parseHash, toHash, withCounting } from '../../www/ui/state.js';

test('counting settings round-trip through the hash; absent ones stay null', () => {
  const cases = [
    ['#view=keywords', { news: null, stem: null, leave: null, keep: null }],
    ['#view=keywords&news=1&stem=0', { news: true, stem: false, leave: null, keep: null }],
    ['#view=keywords&leave=harbour%2Ccouncil&keep=', { news: null, stem: null, leave: ['harbour', 'council'], keep: [] }],
    ['#view=keywords&news=yes&leave=+a+%2C%2C+b+', { news: null, stem: null, leave: ['a', 'b'], keep: null }],
  ];
  for (const [hash, expected] of cases) {
    const { news, stem, leave, keep } = parseHash(hash);
    assert.deepEqual({ news, stem, leave, keep }, expected, hash);
    assert.deepEqual(parseHash(toHash(parseHash(hash))), parseHash(hash), hash);
  }
  assert.equal(toHash({ ...emptyState(), view: 'keywords', news: true, leave: ['harbour', 'council'], keep: [] }), '#view=keywords&news=1&leave=harbour%2Ccouncil&keep=');
});

test("the settings in effect are the user's, else the embedder's, and become keyword options", () => {
  const embedder = { articleText: false, keywords: { limit: 100, newsStopWords: true, stopWords: { add: ['port'], remove: [] } } };
  assert.deepEqual(countingOf(emptyState(), embedder.keywords), { news: true, stem: false, leave: ['port'], keep: [] });
  assert.deepEqual(countingOf(emptyState()), { news: false, stem: false, leave: [], keep: [] });
  const chosen = { ...emptyState(), news: false, stem: true, keep: ['not'] };
  assert.deepEqual(withCounting(embedder, chosen), {
    articleText: false,
    keywords: { limit: 100, newsStopWords: false, stemming: true, stopWords: { add: ['port'], remove: ['not'] } },
  });
});
