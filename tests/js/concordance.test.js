// The wasm `Corpus` of the built package in Node: its concordance method, as
// a view that keeps the corpus open would call it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { Corpus, initSync } from '../../pkg/newslens.js';

initSync({ module: readFileSync(new URL('../../pkg/newslens_bg.wasm', import.meta.url)) });

const bytes = (text) => new TextEncoder().encode(text);
const HERALD = 'Ferry fares rise\n\nThe ferry fares rose on Monday. “The ferry is late,” said Zoë Okafor.';
const COURIER = 'Levy vote\n\nCouncillors backed the harbour levy. Ferry fares were not discussed.';

test('concordance lines point into the article text with JS string offsets', () => {
  const corpus = new Corpus({ keywords: { limit: 10 } });
  try {
    corpus.addFile('herald.txt', bytes(HERALD));
    corpus.addFile('courier.txt', bytes(COURIER));
    const report = JSON.parse(corpus.reportJson());
    const found = corpus.concordance('ferry fares', { width: 8 });
    assert.equal(found.total, 3);
    assert.deepEqual(
      found.lines.map(({ article, part, left, match, right }) => ({ article, part, left, match, right })),
      [
        { article: 0, part: 'text', left: 'r levy. ', match: 'Ferry fares', right: ' were no' },
        { article: 1, part: 'headline', left: '', match: 'Ferry fares', right: ' rise' },
        { article: 1, part: 'text', left: 'The ', match: 'ferry fares', right: ' rose on' },
      ],
    );
    for (const line of found.lines) {
      const article = report.articles[line.article];
      const source = line.part === 'headline' ? article.headline : article.text;
      assert.equal(source.slice(line.start, line.end), line.match);
    }
    const okafor = corpus.concordance('Okafor', { filter: { articles: [1] } }).lines[0];
    assert.equal(report.articles[1].text.slice(okafor.start, okafor.end), 'Okafor');
  } finally {
    corpus.free();
  }
});

test('a limit cuts the lines, not the total, and bad input is a typed error', () => {
  const corpus = new Corpus(null);
  try {
    corpus.addFile('herald.txt', bytes(HERALD));
    const found = corpus.concordance('ferry', { limit: 1 });
    assert.deepEqual([found.total, found.lines.length], [3, 1]);
    assert.throws(() => corpus.concordance('  ', undefined), { name: 'NewslensError', code: 'invalid-query' });
    assert.throws(() => corpus.concordance('ferry', { limits: 1 }), {
      name: 'NewslensError',
      code: 'invalid-options',
      message: /^invalid options: unknown field `limits`/,
    });
  } finally {
    corpus.free();
  }
});
