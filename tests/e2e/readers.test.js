// Reader workers in a real browser: a drop past their threshold is read by a
// reader worker beside the counting one, and the report is the one a single
// worker gives. The articles are the invented samples, each repeated into
// longer files, 6 MB in all. The drop comes in two parts, the second once the
// reader is ready, so that which files it reads does not depend on how fast
// each worker goes.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { openDemo, REPOSITORY } from './browser.js';

const SAMPLES = new URL('../../www/samples/', import.meta.url);

/** 150 files of about 40 KB: the samples' texts, each file a different mix and order of their paragraphs. */
function drop() {
  const paragraphs = readdirSync(SAMPLES)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .flatMap((name) => readFileSync(new URL(name, SAMPLES), 'utf8').split('\n\n'));
  return Array.from({ length: 150 }, (_, file) => {
    const text = [`Harbour notes, part ${file}`];
    for (let at = file; text.join('\n\n').length < 40_000; at += 7) text.push(paragraphs[(at * 31) % paragraphs.length]);
    return { name: `notes-${String(file).padStart(3, '0')}.txt`, text: text.join('\n\n') };
  });
}

/** Files before the readers are awaited: 2.4 MB, past the 2 MB after which readers start. */
const FIRST_PART = 60;

let demo;
before(async () => {
  demo = await openDemo({ directory: REPOSITORY });
  await demo.page.goto(`${demo.url}package.json`);
});
after(() => demo.close());

/**
 * Mounts the widget with `readers` reader workers, gives it the files (as
 * File objects, as a user's pick or drop, when `asFiles`) in two parts, the
 * second once every worker has opened its corpus, and waits for the report
 * of them all. Counts the workers, the files sent to readers, the files sent
 * as Files for a worker to read, and the page's own reads of a File.
 */
function analyse(page, files, readers, asFiles = false) {
  return page.evaluate(
    async ({ files, readers, asFiles, FIRST_PART }) => {
      const { mount } = await import('/www/element.js');
      let workers = 0;
      let reads = 0;
      let blobs = 0;
      let pageReads = 0;
      const arrayBuffer = Blob.prototype.arrayBuffer;
      Blob.prototype.arrayBuffer = function (...args) {
        pageReads++;
        return arrayBuffer.apply(this, args);
      };
      const opened = [];
      const Original = window.Worker;
      window.Worker = class extends Original {
        constructor(...args) {
          super(...args);
          workers++;
          // A worker's first answer is to its "open".
          opened.push(new Promise((resolve) => this.addEventListener('message', resolve, { once: true })));
          const post = this.postMessage.bind(this);
          this.postMessage = (message, transfer) => {
            if (message?.type === 'read') reads += message.files.length;
            if (message?.type === 'read' || message?.type === 'add') blobs += message.files.filter((file) => file.blob instanceof File).length;
            post(message, transfer);
          };
        }
      };
      const host = document.body.appendChild(document.createElement('div'));
      const lens = mount(host, { readers, views: ['overview'] });
      const encoder = new TextEncoder();
      const finished = new Promise((resolve) =>
        host.addEventListener('report', (event) => event.detail.files.length === files.length && resolve(event.detail)),
      );
      const sources = files.map((file) => (asFiles ? new File([file.text], file.name) : { name: file.name, bytes: encoder.encode(file.text) }));
      await lens.addFiles(sources.slice(0, FIRST_PART));
      while (opened.length < 1 + readers) await new Promise((resolve) => setTimeout(resolve, 10));
      await Promise.all(opened);
      // The readers are taken into use once the answers' promises have settled.
      await new Promise((resolve) => setTimeout(resolve));
      await lens.addFiles(sources.slice(FIRST_PART));
      const report = await finished;
      lens.destroy();
      host.remove();
      window.Worker = Original;
      Blob.prototype.arrayBuffer = arrayBuffer;
      return { workers, reads, blobs, pageReads, report };
    },
    { files, readers, asFiles, FIRST_PART },
  );
}

test('a large drop is read by a reader worker and reports as one worker alone does, picked Files read by the workers', async () => {
  const files = drop();
  const alone = await analyse(demo.page, files, 0);
  const read = await analyse(demo.page, files, 1);
  assert.deepEqual([alone.workers, alone.reads], [1, 0]);
  assert.equal(read.workers, 2);
  assert.ok(read.reads >= 150 - FIRST_PART, `the reader read ${read.reads} of the 150 files`);
  // The samples' paragraphs, reused across files, are read as many short articles, nearly all near-duplicates.
  const duplicates = read.report.articles.filter((article) => article.duplicateOf !== null).length;
  assert.deepEqual([read.report.files.length, read.report.articles.length, duplicates, read.report.quotes.length], [150, 2950, 2926, 27]);
  assert.deepEqual(read.report, alone.report);
  assert.deepEqual(demo.errors, []);

  const picked = await analyse(demo.page, files, 1, true);
  assert.deepEqual([picked.blobs, picked.pageReads], [150, 0], 'every File goes to a worker, which reads it; the page reads none');
  assert.ok(picked.reads >= 150 - FIRST_PART, `the reader read ${picked.reads} of the 150 files`);
  assert.deepEqual(picked.report, alone.report);
  assert.deepEqual(demo.errors, []);
});
