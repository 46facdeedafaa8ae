// Hostile articles: script tags, event-handler attributes, javascript: links
// in text, headline and file name. Everything is shown as text and nothing
// runs: no script sets the marker, no dialog opens, and the widget holds no
// element that the articles brought in.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { dropFiles, fixture, openDemo, openView, tableRows, waitForFiles, waitForSamples } from './browser.js';

const HOSTILE_NAME = `<img src=x onerror="window.__pwned='file name'">.txt`;

let demo;
const violations = [];
before(async () => {
  demo = await openDemo();
  const { page, url } = demo;
  page.on('console', (message) => {
    if (/Content Security Policy/.test(message.text())) violations.push(message.text());
  });
  await page.goto(url);
  await waitForSamples(page);
  await dropFiles(page, '#drop-zone', [
    fixture('hostile/hostile.txt'),
    fixture('hostile/hostile.html'),
    { name: HOSTILE_NAME, text: `<script>window.__pwned='body'</script>\n\nThe <b>harbour</b> reopened.` },
  ]);
  await waitForFiles(page, ['hostile.html', 'hostile.txt', HOSTILE_NAME]);
});
after(() => demo.close());

const pwned = (page) => page.evaluate(() => window.__pwned ?? null);
const foreignElements = (page) =>
  page.evaluate(() => {
    const root = document.querySelector('news-lens').shadowRoot;
    return [...root.querySelectorAll('img, script, iframe, object, embed, b, style, link, [onerror], [onload], [style*="url"]')].map((node) => node.outerHTML);
  });

test('file names, headlines and article text are shown as text in every view, and nothing runs', async () => {
  const { page, errors } = demo;
  const names = (await tableRows(page, 'Files')).map((row) => row[0]);
  assert.ok(names.includes(HOSTILE_NAME), names.join(' | '));
  const headlines = (await tableRows(page, 'Articles')).map((row) => row[0]);
  assert.ok(headlines.includes(`<img src=x onerror="window.__pwned='headline'">Harbour <b>bold</b> claim`), headlines.join(' | '));

  for (const view of ['Overview', 'Keywords', 'Outlets', 'Stories', 'Quotes', 'Reader']) {
    await openView(page, view);
    assert.equal(await pwned(page), null, view);
    assert.deepEqual(await foreignElements(page), [], view);
  }
  const picker = page.locator('.reader select');
  for (const option of await picker.locator('option').all()) {
    await picker.selectOption(await option.getAttribute('value'));
    await page.waitForTimeout(50);
    assert.deepEqual(await foreignElements(page), []);
  }
  await picker.selectOption({ label: `<script>window.__pwned='body'</script>` });
  await page.waitForSelector(`.reader h3:text-is("<script>window.__pwned='body'</script>")`);
  assert.equal(await page.textContent('.reader .text'), 'The <b>harbour</b> reopened.');
  assert.equal(await pwned(page), null);
  assert.deepEqual(errors, []);
  assert.deepEqual(violations, [], 'no script even tried to run against the CSP');
});

test('links the widget draws never carry text from an article as their target', async () => {
  const { page } = demo;
  await openView(page, 'Overview');
  const targets = await page.$$eval('a', (links) => links.map((link) => link.getAttribute('href')));
  assert.ok(targets.length > 0);
  for (const target of targets) assert.match(target, /^#view=/);
});

test('the HTML report of hostile articles runs nothing either', async () => {
  const { page, context } = demo;
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download an HTML report' }).click()]);
  const report = await context.newPage();
  const ran = [];
  report.on('dialog', (dialog) => {
    ran.push(dialog.message());
    dialog.dismiss();
  });
  const saved = join(mkdtempSync(join(tmpdir(), 'newslens-report-')), 'report.html');
  await download.saveAs(saved);
  await report.goto(`file://${saved}`);
  assert.equal(await report.evaluate(() => window.__pwned ?? null), null);
  assert.equal(await report.locator('body img, body iframe, body b').count(), 0);
  assert.ok((await report.textContent('table')).length > 0);
  assert.deepEqual(ran, []);
  await report.close();
});
