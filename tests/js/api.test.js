// The package's JS API in Node: `analyze(files, options)` from the node entry.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { analyze, NewslensError } from 'newslens';

const fixture = (name) => ({ name, bytes: readFileSync(new URL(`../fixtures/${name}`, import.meta.url)) });
const sample = (name) => ({ name, bytes: readFileSync(new URL(`../../www/samples/${name}`, import.meta.url)) });

test('a text file becomes a schema report with keyword counts', async () => {
  const report = await analyze([fixture('lantern-bridge.txt')]);
  assert.equal(report.schema, 'newslens/1');
  assert.deepEqual(report.files, [
    { name: 'lantern-bridge.txt', format: 'text', articles: 1, duplicates: 0, error: null, warnings: [] },
  ]);
  assert.equal(report.articles[0].headline, 'Lantern Bridge closes for repairs as commuters face long detour');
  // The headline's words count too: "Lantern Bridge closes …"; the outlet and byline lines are metadata.
  assert.deepEqual(report.keywords.slice(0, 3).map(({ term, count, docs }) => ({ term, count, docs })), [
    { term: 'bridge', count: 6, docs: 1 },
    { term: 'detour', count: 3, docs: 1 },
    { term: 'said', count: 3, docs: 1 },
  ]);
  for (const key of ['quotes', 'speakers', 'outlets', 'stories']) assert.ok(Array.isArray(report[key]), key);
});

test('options reach the core, and misspelt options are refused with a typed error', async () => {
  const report = await analyze([fixture('lantern-bridge.txt')], {
    keywords: { limit: 1, stopWords: { add: ['bridge'] } },
  });
  assert.deepEqual(report.keywords.map(({ term, count }) => ({ term, count })), [{ term: 'detour', count: 3 }]);

  await assert.rejects(analyze([fixture('lantern-bridge.txt')], { keyword: {} }), (error) => {
    assert.ok(error instanceof NewslensError);
    assert.equal(error.code, 'invalid-options');
    assert.match(error.message, /^invalid options: unknown field `keyword`/);
    return true;
  });
});

test('input that is not a list of { name, bytes } is refused before the core sees it', async () => {
  for (const input of ['a.txt', [{ name: 'a.txt', bytes: 'text' }], [{ bytes: new Uint8Array(1) }]]) {
    await assert.rejects(analyze(input), { name: 'NewslensError', code: 'invalid-input' });
  }
});

test('a bad file is reported by name and every other file is still analysed', async () => {
  const report = await analyze([
    { name: 'scan.pdf', bytes: new TextEncoder().encode('%PDF-1.7\n') },
    { name: 'empty.txt', bytes: new Uint8Array() },
    sample('valley-courier-levy.txt'),
  ]);
  assert.deepEqual(
    report.files.map((file) => [file.name, file.error]),
    [
      ['empty.txt', 'empty.txt: file is empty'],
      ['scan.pdf', 'scan.pdf: a PDF document, not text'],
      ['valley-courier-levy.txt', null],
    ],
  );
  assert.equal(report.articles.length, 1);
});

test('the demo samples cover every format, and a story published twice is counted once', async () => {
  const { readdirSync } = await import('node:fs');
  const names = readdirSync(new URL('../../www/samples/', import.meta.url)).sort();
  const report = await analyze(names.map(sample));
  assert.deepEqual(
    report.files.map((file) => [file.name, file.format, file.articles, file.error]),
    [
      ['harbour-herald-feed.xml', 'rss', 2, null],
      ['harbour-herald-ferry.html', 'html', 1, null],
      ['harbour-herald-reopening.txt', 'text', 1, null],
      ['northgate-wire-cranes.txt', 'text', 1, null],
      ['northgate-wire-export.json', 'json', 2, null],
      ['port-ellery-roundup.txt', 'text', 4, null],
      ['valley-courier-archive.csv', 'csv', 2, null],
      ['valley-courier-levy.txt', 'text', 1, null],
    ],
  );
  const duplicates = report.articles
    .filter((article) => article.duplicateOf !== null)
    .map((article) => [article.headline, report.articles[article.duplicateOf].headline]);
  assert.deepEqual(duplicates, [
    ['Gull Island ferry sails again after storm repairs', 'Gull Island ferry sails again after storm repairs'],
    ['Mayor opens storm relief fund for waterfront families', "Mayor's storm relief fund passes 100,000 crowns"],
  ]);
  const outlets = [...new Set(report.articles.map((article) => article.outlet))].sort();
  assert.deepEqual(outlets, ['Harbour Herald', 'Northgate Wire', 'Valley Courier']);
  const ferry = (options) => analyze(names.map(sample), options).then((r) => r.keywords.find((k) => k.term === 'ferry'));
  assert.equal((await ferry()).docs + 1, (await ferry({ includeDuplicates: true })).docs);
});

test("a term's dates are out of dateWords: the words of each date's counted articles, the duplicate aside", async () => {
  const names = ['harbour-herald-reopening.txt', 'harbour-herald-ferry.html', 'port-ellery-roundup.txt'];
  const report = await analyze(names.map(sample));
  const counted = report.articles.filter((article) => article.duplicateOf === null && article.date);
  const expected = {};
  for (const article of counted) expected[article.date] = (expected[article.date] ?? 0) + article.words;
  assert.deepEqual(report.dateWords, expected);
  assert.deepEqual(report.dateWords, { '2025-03-14': 246, '2025-03-18': 190 }, 'the copy of the 18 March article is not counted');
  const harbour = report.keywords.find((keyword) => keyword.term === 'harbour');
  assert.ok(Object.keys(harbour.dates).every((date) => date in report.dateWords));
  const onlyOne = await analyze(names.map(sample), { keywords: { limit: 0 } });
  assert.deepEqual(onlyOne.dateWords, report.dateWords, 'the keyword limit leaves it whole');
});
