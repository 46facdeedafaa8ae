// Quotations through the JS API: offsets are JavaScript string indices into
// the article text, so `text.slice(start, end)` is the quotation with its marks.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { analyze } from 'newslens';

const samplesDir = new URL('../../www/samples/', import.meta.url);
const samples = readdirSync(samplesDir)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => ({ name, bytes: readFileSync(new URL(name, samplesDir)) }));

const OPENING = /^["'‘“«»„‚]/;
const CLOSING = /["'’”»«“‘]$/;

test('every quotation of the samples slices out of its article with its marks', async () => {
  const report = await analyze(samples);
  assert.equal(report.quotes.length, 26, '20 in the three articles, 6 in the round-up dump');
  for (const quote of report.quotes) {
    const span = report.articles[quote.article].text.slice(quote.start, quote.end);
    assert.match(span, OPENING, span);
    assert.match(span, CLOSING, span);
    assert.ok(span.includes(quote.text), `${span} holds ${quote.text}`);
  }
  const okafor = report.speakers.find((speaker) => speaker.name === 'Ines Okafor');
  assert.deepEqual(okafor && { aliases: okafor.aliases, quotes: okafor.quotes }, {
    aliases: ['Mayor Ines Okafor', 'Okafor', 'the mayor'],
    quotes: 7, // 6 in the three articles (2 as "the mayor"), 1 in the round-up; its duplicate copy is not counted
  });
});

test('offsets count UTF-16 units, headline quotations index the headline', async () => {
  const text = 'Okafor: ‘We stay’\n\nZoë Ferreira 🙂 spoke first. “Ça va 🙂,” Ms Ferreira said.';
  const report = await analyze([{ name: 'cafe.txt', bytes: new TextEncoder().encode(text) }]);
  const [quote] = report.quotes;
  assert.equal(report.articles[0].text.slice(quote.start, quote.end), '“Ça va 🙂,”');
  assert.equal(quote.speaker, 'Zoë Ferreira');
  const [headline] = report.headlineQuotes;
  assert.equal(report.articles[0].headline.slice(headline.start, headline.end), '‘We stay’');
  assert.equal(headline.speaker, 'Okafor');
});
