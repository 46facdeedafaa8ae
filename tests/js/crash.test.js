// A real crash of the shipped core, through the page's session and engine:
// the analysis worker runs out of WebAssembly memory on one file (the
// worker's instance has little room left, see support/squeezed-worker.js).
// The crash names the file and says why, a new worker is started, the files
// read before are replayed into it, and the files after are still analysed.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Worker } from 'node:worker_threads';
import { workerEngine } from '../../www/ui/engine.js';
import { createSession } from '../../www/ui/session.js';

const ROOM = 48 * 2 ** 20;

/** A Node worker thread behind the browser Worker interface that workerEngine drives. */
function squeezedWorker() {
  const worker = new Worker(new URL('./support/squeezed-worker.js', import.meta.url), { workerData: { room: ROOM } });
  return {
    postMessage: (message, transfer) => worker.postMessage(message, transfer),
    terminate: () => worker.terminate(),
    set onmessage(listener) {
      worker.on('message', (data) => listener({ data }));
    },
    set onerror(listener) {
      worker.on('error', (error) => listener({ message: error.message, preventDefault() {} }));
    },
  };
}

const source = (name, text) => {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  return { name, size: bytes.length, read: async () => bytes.slice() };
};

test('a file that runs the core out of memory costs only that file; the worker restarts and keeps the rest', async () => {
  let engines = 0;
  const reports = [];
  const errors = [];
  const entries = [];
  let finished;
  const done = new Promise((resolve) => (finished = resolve));
  const session = createSession({
    startEngine: async () => {
      engines++;
      const engine = workerEngine(squeezedWorker());
      await engine.request({ type: 'open', options: { maxFileBytes: 2 ** 30 } });
      return engine;
    },
    options: { maxFileBytes: 2 ** 30 },
    getFilter: () => ({ outlets: [], articles: [], dateFrom: null, dateTo: null }),
    onEntry: (entry) => entries.push(entry.name),
    onProgress: () => {},
    onReport: (report) => {
      reports.push(report);
      if (!report.busy) finished(report);
    },
    onError: (error) => {
      errors.push(error.message);
      finished(null);
    },
  });
  const huge = new TextEncoder().encode(`Harbour log\n\n${'The ferry docked at the harbour. '.repeat(2_000_000)}`);
  session.add([
    source('harbour.txt', 'Harbour reopens\n\nThe harbour reopened on Monday.'),
    source('huge.txt', huge),
    source('levy.txt', 'Levy vote\n\nThe council passed the harbour levy.'),
  ]);
  const last = await done;
  assert.deepEqual(errors, []);
  assert.equal(engines, 2, 'one engine crashed and one replaced it');
  assert.deepEqual(entries, ['harbour.txt', 'levy.txt']);
  assert.deepEqual(last.base.files.map((file) => [file.name, file.articles, file.error]), [
    ['harbour.txt', 1, null],
    ['levy.txt', 1, null],
  ]);
  assert.equal(last.failed.length, 1);
  assert.match(
    last.failed[0].error,
    /^huge\.txt: the analysis crashed on this file \(it ran out of memory: 4\.0 GB in use, the most WebAssembly allows\); the other files were kept$/,
  );
  const harbour = last.base.keywords.find((keyword) => keyword.term === 'harbour');
  assert.deepEqual([harbour.count, harbour.docs], [3, 2], 'the file read before the crash was replayed into the new worker');
  session.close();
});
