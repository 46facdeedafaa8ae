// The worker's warm-up (www/host.js): a throwaway analysis run when the wasm
// is loaded, so that the browser has optimised the core before the first
// file arrives. It only helps if its text passes through every stage.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { analyze } from 'newslens';
import { Corpus, initSync } from '../../pkg/newslens.js';
import { warmUp, warmUpText } from '../../www/host.js';

initSync({ module: readFileSync(new URL('../../pkg/newslens_bg.wasm', import.meta.url)) });

test('the warm-up text reaches keywords, phrases, names, both kinds of quotation and their speakers', async () => {
  const text = warmUpText(20_000, 0);
  assert.ok(text.length >= 20_000 && text.length < 20_400, `${text.length} characters`);
  assert.notEqual(warmUpText(20_000, 1), text);
  const report = await analyze([{ name: 'warm-up.txt', bytes: new TextEncoder().encode(text) }]);
  assert.deepEqual(report.files.map((file) => [file.error, file.articles]), [[null, 1]]);
  assert.deepEqual(report.speakers.map((speaker) => speaker.name).sort(), ['Ines Okafor', 'Tomasz Wilk', 'Zoë Ferreira']);
  assert.deepEqual([...new Set(report.quotes.map((quote) => quote.kind))].sort(), ['direct', 'partial']);
  assert.ok(report.keywords.length > 0 && report.phrases.length > 0 && report.names.length > 0);
  assert.equal(warmUp(Corpus), undefined);
});
