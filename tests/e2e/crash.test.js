// A real crash in the page: the widget's analysis worker (the shipped wasm,
// with little memory to spare: squeezed-worker.js) runs out of memory on a
// 10 MB file dropped between two small ones. The file list names the file
// and why it failed, a new worker reads the other files, every view still
// works, and nothing reaches the page as an uncaught error.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { openDemo, openView, REPOSITORY, tableRows, VIEWS, waitForFiles } from './browser.js';

let demo;
const workers = [];
before(async () => {
  demo = await openDemo({ directory: REPOSITORY });
  demo.page.on('worker', (worker) => workers.push(worker.url()));
  await demo.page.goto(`${demo.url}tests/e2e/crash.html`);
  // Made in the page: 10 MB through dropFiles' byte arrays would take minutes.
  const transfer = await demo.page.evaluateHandle(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(['Harbour reopens\n\nThe harbour reopened on Monday.'], 'harbour.txt'));
    transfer.items.add(new File([`Harbour log\n\n${'The ferry docked at the harbour. '.repeat(320_000)}`], 'huge.txt'));
    transfer.items.add(new File(['Levy vote\n\nThe council passed the harbour levy.'], 'levy.txt'));
    return transfer;
  });
  await demo.page.dispatchEvent('#drop-zone', 'drop', { dataTransfer: transfer });
  await waitForFiles(demo.page, ['harbour.txt', 'huge.txt', 'levy.txt']);
});
after(() => demo.close());

test('the file that crashed the worker is named with the reason and the others are analysed', async () => {
  const { page, errors } = demo;
  const rows = await tableRows(page, 'Files');
  const byName = Object.fromEntries(rows.map((row) => [row[0], row]));
  assert.match(
    byName['huge.txt'].join(' | '),
    /huge\.txt: the analysis crashed on this file \(it ran out of memory: 4\.0 GB in use, the most WebAssembly allows\); the other files were kept/,
  );
  assert.equal(byName['harbour.txt'][4], '', 'no error');
  assert.equal(byName['levy.txt'][4], '');
  assert.match(await page.textContent('.status'), /^3 files: 2 articles, .*1 file with errors/);
  assert.equal(workers.length, 2, 'the crashed worker was replaced');
  for (const view of VIEWS) await openView(page, view);
  await openView(page, 'Keywords');
  const harbour = (await tableRows(page, 'Keywords')).find((row) => row[0] === 'harbour');
  assert.equal(harbour?.[1], '3', 'the file read before the crash was replayed into the new worker');
  assert.deepEqual(errors, []);
});
