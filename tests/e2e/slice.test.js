// The vertical slice in a real browser: the page opens with the samples
// analysed, and a dropped text file turns into the keyword table the CLI
// computes from the same bytes.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { dropFiles, fixed, fixture, openDemo, openView, SAMPLES, tableRows, waitForFiles, waitForSamples } from './browser.js';

const cli = fileURLToPath(new URL('../../bin/newslens.js', import.meta.url));

let demo;
before(async () => {
  demo = await openDemo();
});
after(() => demo.close());

test('the page opens with the built-in samples analysed', async () => {
  const { page, url } = demo;
  await page.goto(url);
  await waitForSamples(page);
  assert.match(await page.textContent('.status'), new RegExp(`^${SAMPLES.length} files: [\\d,]+ articles, [\\d,]+ words\\.$`));
  assert.equal((await tableRows(page, 'Files')).length, SAMPLES.length);
  assert.ok((await tableRows(page, 'Articles')).length >= SAMPLES.length);
});

test('a dropped text file gives the same keyword counts as the CLI', async () => {
  const { page, errors } = demo;
  await dropFiles(page, '#drop-zone', [fixture('lantern-bridge.txt')]);
  await waitForFiles(page, ['lantern-bridge.txt']);
  assert.equal(await page.textContent('.status'), '1 file: 1 article, 112 words.');
  assert.deepEqual(await tableRows(page, 'Files'), [['lantern-bridge.txt', 'text', '1', '0', '']]);

  await openView(page, 'Keywords');
  const cliReport = JSON.parse(spawnSync(process.execPath, [cli, '--json', fixture('lantern-bridge.txt')], { encoding: 'utf8' }).stdout);
  const expected = cliReport.keywords.map((k) => [k.term, k.count.toLocaleString('en'), String(k.docs), fixed(k.per10k, 1), fixed(k.dp, 2)]);
  assert.ok(expected.length > 20 && expected.length < 150, 'every term is on screen (the table is not virtualised)');
  assert.deepEqual(await tableRows(page, 'Keywords'), expected);
  assert.deepEqual(expected[0].slice(0, 3), ['bridge', '6', '1'], 'five in the body, one in the headline');
  assert.deepEqual(errors, []);
});
