// A large drop: results stream in while files are read, a progress bar with
// a Cancel button appears, and cancelling keeps the files already read.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { openDemo, openView, tableRows, waitForSamples, waitForStatus } from './browser.js';

const FILES = 300;
const FILE_BYTES = 200_000;

let demo;
before(async () => {
  demo = await openDemo();
  await demo.page.goto(demo.url);
  await waitForSamples(demo.page);
});
after(() => demo.close());

/** Drops FILES generated text files (about 60 MB) made in the page itself. */
async function dropLargeFolder(page) {
  const transfer = await page.evaluateHandle(
    ({ count, size }) => {
      const sentence = 'The Port Ellery ferry sailed past the breakwater while the harbour master counted containers. ';
      const body = sentence.repeat(Math.ceil(size / sentence.length)).slice(0, size);
      const transfer = new DataTransfer();
      for (let index = 0; index < count; index++) {
        transfer.items.add(new File([`Harbour log ${index}\n\n${body}`], `log-${String(index).padStart(3, '0')}.txt`));
      }
      return transfer;
    },
    { count: FILES, size: FILE_BYTES },
  );
  await page.dispatchEvent('#drop-zone', 'drop', { dataTransfer: transfer });
}

test('a large drop shows progress and results before it finishes, and Cancel keeps what was read', async () => {
  const { page, errors } = demo;
  await dropLargeFolder(page);
  await page.waitForSelector('.progress:not([hidden]) progress');
  await page.waitForFunction(() => {
    const root = document.querySelector('news-lens').shadowRoot;
    return root.querySelector('.progress progress').value > 0 && root.querySelector('.stats');
  });
  // A click is not lost when file entries and reports land between its press and its release.
  const articlesHeader = 'section.table:has(> h3:text-is("Files")) th:nth-child(3)';
  await page.locator(`${articlesHeader} button`).hover();
  await page.mouse.down();
  await page.waitForTimeout(1000);
  await page.mouse.up();
  assert.equal(await page.getAttribute(articlesHeader, 'aria-sort'), 'descending');
  const streamed = (await tableRows(page, 'Files')).length;
  assert.ok(streamed > 0 && streamed < FILES, `${streamed} files listed while reading`);
  assert.match(await page.textContent('.progress span'), /^\d+ of 300 files, [\d.]+ of 60\.\d MB$/);

  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.waitForSelector('.note:text-matches("^Cancelled: \\\\d+ files not read; the files already read are kept\\\\.$")');
  await page.waitForSelector('.progress[hidden]', { state: 'attached' });
  await waitForStatus(page, /^\d+ files: \d+ articles/);
  const kept = Number((await page.textContent('.status')).match(/^(\d+) files/)[1]);
  const skipped = Number((await page.textContent('.note')).match(/(\d+) files not read/)[1]);
  assert.ok(kept > 0 && kept < FILES, `${kept} files kept`);
  assert.equal(kept + skipped, FILES);
  assert.match(await page.textContent('section.table:has(> h3:text-is("Files")) .count'), new RegExp(`^${kept} rows$`));
  assert.deepEqual(errors, []);
});

test('counting again while files arrive starts over with progress; cancelling it keeps every file read before', async () => {
  const { page, errors } = demo;
  const kept = Number((await page.textContent('.status')).match(/^(\d+) files/)[1]);
  await dropLargeFolder(page);
  await page.waitForFunction(() => document.querySelector('news-lens').shadowRoot.querySelector('.progress:not([hidden]) progress')?.value > 0);
  await openView(page, 'Keywords');
  await page.getByText('Counting: stop words and word forms').click();
  await page.getByLabel('Leave out the words of reporting').check();
  const readBefore = Number(await page.evaluate(() => document.querySelector('news-lens').shadowRoot.querySelector('.progress span').textContent.match(/^(\d+)/)[1]));
  await page.getByRole('button', { name: 'Count again' }).click();
  assert.equal(await page.textContent('.status'), 'Counting every file again with the new settings…');
  await page.waitForFunction(
    (total) => new RegExp(`^\\d+ of ${total} files, `).test(document.querySelector('news-lens').shadowRoot.querySelector('.progress:not([hidden]) span')?.textContent),
    kept + FILES,
  );
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.waitForSelector('.progress[hidden]', { state: 'attached' });
  await waitForStatus(page, /^\d+ files: \d+ articles/);
  const counted = Number((await page.textContent('.status')).match(/^(\d+) files/)[1]);
  const skipped = Number((await page.textContent('.note')).match(/(\d+) files not read/)[1]);
  // The progress counts the files kept before this drop too.
  assert.ok(counted >= readBefore && counted < kept + FILES, `${counted} files counted, ${readBefore} read before counting again`);
  assert.equal(counted + skipped, kept + FILES);
  assert.match(await page.textContent('section.table:has(> h3:text-is("Files")) .count'), new RegExp(`^${counted} rows$`));
  assert.deepEqual(errors, []);
});
