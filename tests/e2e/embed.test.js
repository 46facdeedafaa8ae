// The element as a host page embeds it, from the unbundled package sources
// under a strict CSP: articles from its src attribute (one missing), only the
// views it names in that order, its theme, the report event, and the wasm
// from the URL its wasm-url attribute gives.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { openDemo, REPOSITORY, tableRows, waitForFiles } from './browser.js';

let demo;
const wasmRequests = [];
before(async () => {
  demo = await openDemo({ directory: REPOSITORY });
  demo.context.on('request', (request) => {
    if (request.url().endsWith('.wasm')) wasmRequests.push(new URL(request.url()).pathname);
  });
  await demo.page.goto(`${demo.url}tests/e2e/embed.html`);
  await waitForFiles(demo.page, ['council-briefs.json', 'lantern-bridge.txt', 'no-such-story.txt']);
});
after(() => demo.close());

test('src articles are fetched and analysed, and a missing one is listed with the reason', async () => {
  const rows = await tableRows(demo.page, 'Files');
  assert.deepEqual(rows.map((row) => row[0]), ['council-briefs.json', 'lantern-bridge.txt', 'no-such-story.txt']);
  assert.equal(rows[2][4], 'no-such-story.txt: could not be loaded (HTTP 404)');
});

test('views, theme and the report event follow the attributes; the host page is left alone', async () => {
  const { page, errors } = demo;
  assert.deepEqual(await page.$$eval('[role="tab"]', (tabs) => tabs.map((tab) => [tab.textContent, tab.getAttribute('aria-selected')])), [
    ['Reader', 'true'],
    ['Overview', 'false'],
  ]);
  assert.equal(await page.getAttribute('.nl', 'data-theme'), 'dark');
  assert.equal(await page.$eval('.nl', (node) => getComputedStyle(node).backgroundColor), 'rgb(13, 17, 23)');
  const reports = await page.evaluate(() => window.reports.map((report) => report.files.length));
  assert.deepEqual(reports, [2]);
  const whole = await page.evaluate(async () => JSON.stringify(await document.querySelector('news-lens').wholeReport()));
  assert.equal(whole, await page.evaluate(() => JSON.stringify(window.reports[0])), 'lists this short are whole already');
  assert.equal(new URL(page.url()).hash, '', 'without url-state the host page URL is not touched');
  await page.getByRole('tab', { name: 'Overview' }).click();
  assert.equal(new URL(page.url()).hash, '');
  assert.equal(await page.textContent('body > p'), 'A host page\'s own text.');
  assert.deepEqual(errors, []);
});

test('the wasm is loaded from the self-hosted URL only', () => {
  assert.deepEqual(wasmRequests, ['/dist/newslens_bg.wasm']);
});
