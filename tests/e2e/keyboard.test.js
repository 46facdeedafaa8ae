// Keyboard only, end to end: choose a file from the drop zone, paste text,
// move between the view tabs with the arrow keys, follow a link into the
// Reader, sort a table; every focused control shows a visible outline.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { fixture, openDemo, tableRows, waitForFiles, waitForSamples } from './browser.js';

let demo;
before(async () => {
  demo = await openDemo();
  // Turns on file chooser interception before any key is pressed.
  demo.page.on('filechooser', () => {});
  await demo.page.goto(demo.url);
  await waitForSamples(demo.page);
});
after(() => demo.close());

/** What has focus inside the widget: its tag, id, role, text and outline. */
const focused = (page) =>
  page.evaluate(() => {
    const node = document.querySelector('news-lens').shadowRoot.activeElement;
    if (!node) return null;
    const style = getComputedStyle(node);
    return { tag: node.tagName.toLowerCase(), id: node.id, role: node.getAttribute('role'), text: node.textContent.trim(), outline: `${style.outlineStyle} ${style.outlineWidth}` };
  });

async function tabUntil(page, predicate, { limit = 60, key = 'Tab' } = {}) {
  for (let step = 0; step < limit; step++) {
    await page.keyboard.press(key);
    const node = await focused(page);
    if (node && predicate(node)) return node;
  }
  throw new Error('Tab never reached the control');
}

test('the drop zone is the first stop and Enter opens the file picker', async () => {
  const { page } = demo;
  const zone = await tabUntil(page, () => true, { limit: 1 });
  assert.deepEqual(zone, { tag: 'div', id: 'drop-zone', role: 'button', text: 'Drop article files or folders here or press Enter to choose files', outline: 'solid 3px' });
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Enter')]);
  assert.ok(chooser.isMultiple());
  await chooser.setFiles(fixture('lantern-bridge.txt'));
  await waitForFiles(page, ['lantern-bridge.txt']);
  assert.equal(await page.textContent('.status'), '1 file: 1 article, 112 words.');
});

test('text pasted with the keyboard is analysed as a file', async () => {
  const { page } = demo;
  const button = await tabUntil(page, (node) => node.text === 'Paste text');
  assert.equal(button.outline, 'solid 3px');
  await page.keyboard.press('Enter');
  assert.equal((await focused(page)).tag, 'textarea');
  await page.keyboard.type('Gull Island ferry adds a crossing\n\nThe ferry will add an evening crossing from May.');
  await page.keyboard.press('Tab');
  assert.equal((await focused(page)).text, 'Analyse the text');
  await page.keyboard.press('Enter');
  await waitForFiles(page, ['pasted-1.txt']);
  assert.match(await page.textContent('.status'), /^2 files: 2 articles/);
  assert.deepEqual((await tableRows(page, 'Files')).map((row) => row[0]), ['lantern-bridge.txt', 'pasted-1.txt']);
});

test('arrow keys move between the view tabs, and a link in a view opens the Reader', async () => {
  const { page } = demo;
  const tab = await tabUntil(page, (node) => node.role === 'tab');
  assert.equal(tab.text, 'Overview');
  for (const [key, label] of [['ArrowRight', 'Keywords'], ['End', 'Reader'], ['ArrowRight', 'Overview'], ['ArrowLeft', 'Reader'], ['Home', 'Overview']]) {
    await page.keyboard.press(key);
    await page.waitForSelector(`[role="tab"][aria-selected="true"]:text-is("${label}")`);
    const now = await focused(page);
    assert.deepEqual([now.role, now.text, now.outline], ['tab', label, 'solid 3px'], key);
  }
  const term = await tabUntil(page, (node) => node.tag === 'a');
  assert.deepEqual([term.text, term.outline], ['bridge', 'solid 3px'], 'the first link is the top keyword');
  await tabUntil(page, (node) => node.tag === 'a' && node.text === 'Gull Island ferry adds a crossing');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.reader h3:text-is("Gull Island ferry adds a crossing")');
  assert.match(page.url(), /#view=reader&read=1$/);
});

test('a table header sorts with Enter', async () => {
  const { page } = demo;
  await tabUntil(page, (node) => node.role === 'tab', { key: 'Shift+Tab' });
  await page.keyboard.press('Home');
  await page.waitForSelector('[role="tab"][aria-selected="true"]:text-is("Overview")');
  const header = await tabUntil(page, (node) => node.tag === 'button' && node.text === 'Words');
  assert.equal(header.outline, 'solid 3px');
  await page.keyboard.press('Enter');
  assert.equal(await page.getAttribute('section.table:has(> h3:text-is("Articles")) th:nth-child(4)', 'aria-sort'), 'descending');
  assert.deepEqual((await tableRows(page, 'Articles')).map((row) => row[3]), ['112', '15'], 'headline and body words');
});
