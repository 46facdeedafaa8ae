// The wasm `Corpus` of the built package in Node: a report without article
// text (`articleText: false`, as the page asks for it) and `article(id)`,
// which gives the text of the one article a reader shows.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { Corpus, initSync } from '../../pkg/newslens.js';

initSync({ module: readFileSync(new URL('../../pkg/newslens_bg.wasm', import.meta.url)) });

const bytes = (text) => new TextEncoder().encode(text);
const HERALD = 'Ferry fares rise\n\nThe ferry fares rose on Monday.\n\n“The ferry is late,” said Zoë Okafor.';
const COURIER = 'Levy vote\n\nCouncillors backed the harbour levy.';

test('a report without article text, and each text asked for by id', () => {
  const slim = new Corpus({ articleText: false });
  const full = new Corpus(null);
  try {
    for (const corpus of [slim, full]) {
      corpus.addFile('herald.txt', bytes(HERALD));
      corpus.addFile('courier.txt', bytes(COURIER));
    }
    const withText = JSON.parse(full.reportJson());
    const withoutText = JSON.parse(slim.reportJson());
    assert.deepEqual(withText.articles.map((article) => article.text), [
      'Councillors backed the harbour levy.',
      'The ferry fares rose on Monday.\n\n“The ferry is late,” said Zoë Okafor.',
    ]);
    assert.ok(withoutText.articles.every((article) => !('text' in article)));
    assert.deepEqual(
      withoutText,
      { ...withText, articles: withText.articles.map(({ text, ...rest }) => rest) },
      'nothing else differs',
    );
    assert.deepEqual(slim.article(1), {
      id: 1,
      file: 'herald.txt',
      headline: 'Ferry fares rise',
      text: 'The ferry fares rose on Monday.\n\n“The ferry is late,” said Zoë Okafor.',
    });
    const quote = withoutText.quotes[0];
    assert.equal(slim.article(quote.article).text.slice(quote.start, quote.end), '“The ferry is late,”');
    assert.throws(() => slim.article(2), { name: 'NewslensError', code: 'invalid-query', message: 'there is no article 2' });
  } finally {
    slim.free();
    full.free();
  }
});
