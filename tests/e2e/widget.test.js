// The whole page with real files of every kind dropped on it: the per-file
// list, every view, filters in the URL hash, exports, and that no request
// leaves the page while it analyses. Until the format readers land, files
// other than plain text may come back as one article or an error each, so
// these assertions hold for either.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { downloaded, dropFiles, fixture, openDemo, openView, screenshotEveryView, tableRows, waitForFiles, waitForSamples } from './browser.js';

const DROP = ['port-ellery-dump.txt', 'ferry-timetable.html', 'council-briefs.json', 'harbour-notes.csv', 'northgate-feed.xml', 'harbour-photo.png'];

let demo;
let requestsDuringAnalysis;
before(async () => {
  demo = await openDemo();
  const { page, url } = demo;
  await page.goto(url);
  await waitForSamples(page);
  requestsDuringAnalysis = [];
  page.on('request', (request) => requestsDuringAnalysis.push(request.url()));
  await dropFiles(page, '#drop-zone', DROP.map((name) => fixture(`drop/${name}`)));
  await waitForFiles(page, DROP);
});
after(() => demo.close());

test('no request leaves the page while dropped files are analysed', () => {
  assert.deepEqual(requestsDuringAnalysis, []);
});

test('the dropped files replace the samples, each listed with its format, articles and problems', async () => {
  assert.match(await demo.page.textContent('.status'), /^6 files: \d+ articles, [\d,]+ words, 1 file with errors\.$/);
  const rows = await tableRows(demo.page, 'Files');
  assert.deepEqual(rows.map((row) => row[0]), [...DROP].sort());
  const byName = new Map(rows.map((row) => [row[0], row]));
  assert.deepEqual(byName.get('harbour-photo.png'), ['harbour-photo.png', 'binary', '0', '0', 'harbour-photo.png: a PNG image, not text']);
  for (const name of DROP.filter((name) => name !== 'harbour-photo.png')) {
    const [, format, articles, , problems] = byName.get(name);
    assert.ok(Number(articles) >= 1, `${name} gave ${articles} articles`);
    assert.ok(format.length > 0 && problems === '', `${name}: ${format} ${problems}`);
  }
});

test('every view shows this report', async () => {
  const { page, errors } = demo;
  const articleCount = (await tableRows(page, 'Articles')).length;
  assert.ok(articleCount >= 5, `${articleCount} articles`);
  assert.match(await page.textContent('.stats'), /Files6 files1 with errors/);

  await openView(page, 'Keywords');
  const keywords = await tableRows(page, 'Keywords');
  assert.match(await page.textContent('section.table:has(> h3:text-is("Keywords")) .count'), /^\d{3,} rows$/);
  assert.equal(await page.locator('svg.chart rect.bar').count(), 20);
  assert.deepEqual(keywords.slice(0, 20).map((row) => row[0]), await page.$$eval('svg.chart text.label', (labels) => labels.map((l) => l.textContent)));

  await openView(page, 'Reader');
  const headline = await page.textContent('.reader h3');
  assert.ok(headline.length > 0);
  assert.ok((await page.locator('.reader .text p').count()) >= 1);

  for (const view of ['Outlets', 'Stories', 'Quotes']) {
    await openView(page, view);
    assert.ok((await page.textContent('[role="tabpanel"]')).trim().length > 0, view);
  }
  assert.deepEqual(errors, []);
});

test('choosing one article filters every view, and the view and filter live in the URL hash', async () => {
  const { page, url } = demo;
  await openView(page, 'Reader');
  const headline = await page.textContent('.reader h3');
  await page.getByRole('button', { name: 'Show only this article in every view' }).click();
  await page.waitForFunction(() => /Showing 1 of/.test(document.querySelector('news-lens').shadowRoot.querySelector('.filters').textContent));
  const hash = new URL(page.url()).hash;
  assert.match(hash, /^#view=reader&article=\d+$/);
  await openView(page, 'Overview');
  assert.deepEqual((await tableRows(page, 'Articles')).map((row) => row[0]), [headline]);
  assert.match(await page.textContent('.stats'), /Articles1 article/);

  // The same URL in a fresh page selects the same view and filter.
  const fresh = await demo.context.newPage();
  await fresh.goto(`${url}${hash}`);
  await waitForSamples(fresh);
  assert.equal(await fresh.getAttribute('[role="tab"][aria-selected="true"]', 'id'), 'tab-reader');
  assert.match(await fresh.textContent('.filters'), /Only 1 chosen article/);
  await fresh.close();

  await page.getByRole('button', { name: 'Show all articles' }).click();
  await page.waitForFunction(() => /^All \d+ articles/.test(document.querySelector('news-lens').shadowRoot.querySelector('.filters').textContent));
});

test('counting settings: reporting words and chosen words left out, word forms grouped; the files read again, the settings in the URL', async () => {
  const { page } = demo;
  await openView(page, 'Keywords');
  const status = await page.textContent('.status');
  const counts = (list, terms) => page.evaluate(({ list, terms }) => terms.map((term) => document.querySelector('news-lens').report[list].find((entry) => entry.term === term)?.count ?? null), { list, terms });
  const TERMS = ['said', 'harbour', 'crossings', 'crossing'];
  assert.deepEqual(await counts('keywords', TERMS), [6, 2, 3, 2]);
  assert.deepEqual(await counts('stopWords', ['said', 'harbour']), [null, null]);

  await page.getByText('Counting: stop words and word forms').click();
  await page.getByLabel('Leave out the words of reporting').check();
  await page.getByLabel('Count the forms of a word as one').check();
  await page.getByLabel('Also leave out these words').fill('harbour');
  await page.getByRole('button', { name: 'Count again' }).click();
  await page.waitForFunction((status) => {
    const element = document.querySelector('news-lens');
    return element.shadowRoot.querySelector('.status').textContent === status && element.report.stopWords.some((entry) => entry.term === 'said');
  }, status);
  assert.deepEqual(await counts('keywords', TERMS), [null, null, 5, null], 'crossing and crossings are one term');
  assert.deepEqual(await counts('stopWords', ['said', 'harbour']), [6, 2]);
  // The view redraws in the animation frame after the report arrives, which
  // may come after the frame in which the wait above saw the report.
  await page.waitForFunction(() => /said \(6\)/.test(document.querySelector('news-lens').shadowRoot.querySelector('.counting')?.textContent ?? ''));
  assert.match(await page.textContent('.counting'), /Left out as stop words: .*said \(6\)/);
  assert.equal(new URL(page.url()).hash, '#view=keywords&news=1&stem=1&leave=harbour');
  assert.equal((await tableRows(page, 'Files')).length, 6, 'each file listed once');

  // Back in the browser's history, the settings before: counted as at first.
  await page.goBack();
  await page.waitForFunction(() => document.querySelector('news-lens').report.stopWords.every((entry) => entry.term !== 'said'));
  await page.waitForFunction((status) => document.querySelector('news-lens').shadowRoot.querySelector('.status').textContent === status, status);
  assert.deepEqual(await counts('keywords', TERMS), [6, 2, 3, 2]);
  assert.equal(await page.getByLabel('Leave out the words of reporting').isChecked(), false);
});

test('exports: the report as JSON, each table as CSV, each chart as SVG and PNG, and an HTML report', async () => {
  const { page } = demo;
  const json = await downloaded(page, () => page.getByRole('button', { name: 'Download the report (JSON)' }).click());
  const report = JSON.parse(json.bytes);
  assert.equal(json.name, 'newslens-report.json');
  assert.equal(report.schema, 'newslens/1');
  assert.equal(report.files.length, 6);

  await openView(page, 'Keywords');
  const csv = await downloaded(page, () => page.getByRole('button', { name: 'Download Keywords as CSV' }).click());
  const lines = csv.bytes.toString().trimEnd().split('\r\n');
  assert.equal(csv.name, 'keywords.csv');
  assert.equal(lines[0], 'Term,Count,Articles,Per 10k words,Dispersion (DP)');
  assert.equal(lines.length, report.keywords.length + 1);
  const [top] = report.keywords;
  assert.equal(lines[1], `${top.term},${top.count},${top.docs},${top.per10k},${top.dp}`, 'numbers in full precision');

  const svgFile = await downloaded(page, () => page.getByRole('button', { name: /as SVG$/ }).click());
  const svgText = svgFile.bytes.toString();
  assert.match(svgText, /^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  assert.equal(svgText.match(/<rect /g).length, 21, 'twenty bars and the background');
  assert.match(svgText, /fill="rgb\(11, 92, 173\)"/, 'colours are written into the file');

  const png = await downloaded(page, () => page.getByRole('button', { name: /as PNG$/ }).click());
  assert.deepEqual([...png.bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  assert.equal(png.bytes.readUInt32BE(16), 1280, 'twice the chart width');

  const html = await downloaded(page, () => page.getByRole('button', { name: 'Download an HTML report' }).click());
  const text = html.bytes.toString();
  assert.match(text, /^<!doctype html>\n<html lang="en">/);
  assert.match(text, /Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"/);
  assert.equal(text.match(/<script/g).length, 1);
  const embedded = JSON.parse(text.match(/<script type="application\/json" id="newslens-report">([^]*?)<\/script>/)[1]);
  assert.deepEqual(embedded, report);
});

test('a folder chosen with the folder picker is read whole, each file named by its path', async () => {
  const { page } = demo;
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Choose a folder' }).click()]);
  await chooser.setFiles(fixture('drop'));
  await waitForFiles(page, DROP.map((name) => `drop/${name}`));
  assert.match(await page.textContent('.status'), /^12 files:/);
  const names = (await tableRows(page, 'Files')).map((row) => row[0]);
  assert.deepEqual(names.filter((name) => name.startsWith('drop/')), DROP.map((name) => `drop/${name}`).sort());
});

test('a picked file deleted before it is read is listed with the reason, and the files picked with it are read', async () => {
  const { page } = demo;
  const folder = mkdtempSync(join(tmpdir(), 'newslens-picked-'));
  try {
    const paths = ['kept-a.txt', 'gone-b.txt', 'kept-c.txt'].map((name, index) => {
      const path = join(folder, name);
      writeFileSync(path, `Pier ${index} repainted\n\nThe pier number ${index} was repainted in green on Friday.`);
      return path;
    });
    // A large file first, so that the picked files wait in the queue, unread, while the one is deleted.
    const large = Array.from({ length: 150_000 }, (_, line) => `The ferry log entry ${line} notes calm water.`).join(' ');
    await dropFiles(page, '#drop-zone', [{ name: 'ferry-log.txt', text: `Ferry log\n\n${large}` }]);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Choose files', exact: true }).click()]);
    await chooser.setFiles(paths);
    rmSync(paths[1]);
    await waitForFiles(page, ['ferry-log.txt', 'kept-a.txt', 'gone-b.txt', 'kept-c.txt']);
    const rows = new Map((await tableRows(page, 'Files')).map((row) => [row[0], row]));
    assert.deepEqual(rows.get('kept-a.txt').slice(1, 4), ['text', '1', '0']);
    assert.deepEqual(rows.get('kept-c.txt').slice(1, 4), ['text', '1', '0']);
    assert.deepEqual(rows.get('gone-b.txt').slice(1, 4), ['unknown', '0', '0']);
    assert.match(rows.get('gone-b.txt')[4], /^gone-b\.txt: could not be read \(.+\)$/);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test('screenshots of every view, light and dark, desktop and 320 px wide; the page never scrolls sideways', async () => {
  assert.deepEqual(await screenshotEveryView(demo.page, 'demo'), { 320: 320, 1200: 1200 });
});
