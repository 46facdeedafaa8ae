// The wasm `Corpus` of the built package in Node: compareOutlets, the data of
// the Outlets view's scatter plot, and the concordance of a term in one outlet.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { Corpus, initSync } from '../../pkg/newslens.js';

initSync({ module: readFileSync(new URL('../../pkg/newslens_bg.wasm', import.meta.url)) });

const bytes = (text) => new TextEncoder().encode(text);
const HERALD = 'Ferry fares rise\n\nThe Harbour Herald\nMarch 3, 2025\n\nThe ferry fares rose. The ferry crews said the ferry was full. Herald readers wrote in.';
const COURIER = 'Levy vote\n\nValley Courier\nMarch 3, 2025\n\nThe levy passed. The levy will pay for the ferry. The levy is new.';

test('compareOutlets scores every term the two outlets use, and refuses an unknown outlet', () => {
  const corpus = new Corpus(null);
  try {
    corpus.addFile('herald.txt', bytes(HERALD));
    corpus.addFile('courier.txt', bytes(COURIER));
    const pair = corpus.compareOutlets('Harbour Herald', 'Valley Courier', { minCount: 3 });
    assert.deepEqual([pair.a.name, pair.a.articles, pair.b.name, pair.b.articles], ['Harbour Herald', 1, 'Valley Courier', 1]);
    assert.deepEqual(
      pair.terms.map(({ term, a, b, houseStyle }) => [term, a, b, houseStyle]),
      [
        ['ferry', 4, 1, false],
        ['levy', 0, 4, false],
      ],
    );
    assert.ok(pair.terms[0].z > 0 && pair.terms[1].z < 0, 'z is positive for A, negative for B');
    const lines = corpus.concordance('ferry', { filter: { outlets: ['Valley Courier'] } }).lines;
    assert.deepEqual(lines.map((line) => [line.left, line.match, line.right]), [['The levy passed. The levy will pay for the ', 'ferry', '. The levy is new.']]);
    assert.throws(() => corpus.compareOutlets('Harbour Herald', 'Nowhere Gazette', null), (error) => error.name === 'NewslensError' && error.code === 'invalid-query' && /Nowhere Gazette/.test(error.message));
  } finally {
    corpus.free();
  }
});
