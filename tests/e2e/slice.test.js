// The vertical slice in a real browser: the page opens with the samples
// analysed, and a dropped text file turns into the keyword table the CLI
// computes from the same bytes.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { dropFiles, openDemo } from './browser.js';

const fixture = fileURLToPath(new URL('../fixtures/lantern-bridge.txt', import.meta.url));
const cli = fileURLToPath(new URL('../../bin/newslens.js', import.meta.url));

let demo;
before(async () => {
  demo = await openDemo();
});
after(() => demo.close());

const tableRows = (page) =>
  page.$$eval('#keywords tbody tr', (rows) => rows.map((row) => [...row.cells].map((cell) => cell.textContent)));

test('the page opens with the built-in samples analysed', async () => {
  const { page, url } = demo;
  await page.goto(url);
  await page.waitForSelector('#files li:nth-child(3)');
  assert.match(await page.textContent('#status'), /^3 articles, \d+ words\.$/);
  assert.ok((await tableRows(page)).length > 10);
});

test('a dropped text file gives the same keyword counts as the CLI', async () => {
  const { page, errors } = demo;
  await dropFiles(page, '#drop-zone', [fixture]);
  await page.waitForFunction(() => document.querySelector('#status').textContent.startsWith('1 articles'));
  assert.deepEqual(await page.$$eval('#files li', (items) => items.map((item) => item.textContent)), [
    'lantern-bridge.txt — text, 1 article',
  ]);

  const cliReport = JSON.parse(spawnSync(process.execPath, [cli, '--json', fixture], { encoding: 'utf8' }).stdout);
  const expected = cliReport.keywords.slice(0, 50).map((k) => [k.term, String(k.count), String(k.docs)]);
  assert.deepEqual(await tableRows(page), expected);
  assert.deepEqual(expected[0], ['bridge', '6', '1'], 'five in the body, one in the headline');
  assert.deepEqual(errors, []);
});
