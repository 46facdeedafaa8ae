// The page's analysis session with the real wasm core on this thread: each
// file's entry streams out, the report follows, a crash inside the core on
// one file costs only that file, and cancelling keeps the files already read.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Corpus } from '../../pkg/newslens.js';
import { initialize } from '../../www/node.js';
import { hostEngine } from '../../www/ui/engine.js';
import { createSession } from '../../www/ui/session.js';

initialize();

/** The real Corpus, except that reading a file named panic.txt traps as a Rust panic does. */
class PanickingCorpus extends Corpus {
  addFile(name, bytes) {
    if (name === 'panic.txt') throw new WebAssembly.RuntimeError('unreachable');
    return super.addFile(name, bytes);
  }
}

const source = (name, text) => {
  const bytes = new TextEncoder().encode(text);
  return { name, size: bytes.length, read: async () => bytes.slice() };
};

function session({ mainThread = false } = {}) {
  const events = { entries: [], reports: [], errors: [], engines: 0 };
  let finished;
  const done = new Promise((resolve) => (finished = resolve));
  const value = createSession({
    startEngine: async () => {
      events.engines++;
      const engine = { ...hostEngine(PanickingCorpus), mainThread };
      await engine.request({ type: 'open', options: null });
      return engine;
    },
    options: null,
    getFilter: () => ({ outlets: [], articles: [], dateFrom: null, dateTo: null }),
    onEntry: (entry) => events.entries.push(entry.name),
    onProgress: () => {},
    onReport: (report) => {
      events.reports.push(report);
      if (!report.busy) finished(report);
    },
    onError: (error) => {
      events.errors.push(error.message);
      finished(null);
    },
  });
  return { session: value, events, done };
}

const HARBOUR = source('harbour.txt', 'Harbour reopens\n\nThe harbour reopened on Monday.');
const LEVY = source('levy.txt', 'Levy vote\n\nThe council passed the harbour levy.');

test('entries stream out one per file, then the report covers every file', async () => {
  const { session: analysis, events, done } = session();
  analysis.add([LEVY, HARBOUR]);
  const last = await done;
  assert.deepEqual(events.entries, ['levy.txt', 'harbour.txt']);
  assert.deepEqual(last.base.files.map((file) => file.name), ['harbour.txt', 'levy.txt']);
  assert.equal(last.report, last.base);
  const [{ term, count, docs }] = last.report.keywords;
  assert.deepEqual({ term, count, docs }, { term: 'harbour', count: 3, docs: 2 }, 'two in the bodies, one in a headline');
});

test('a crash inside the core on one file restarts the engine, keeps the others and names the file', async () => {
  const { session: analysis, events, done } = session();
  analysis.add([HARBOUR, source('panic.txt', 'Boom\n\nThis file trips the core.'), LEVY]);
  const last = await done;
  assert.equal(events.engines, 2);
  assert.deepEqual(events.errors, []);
  assert.deepEqual(last.base.files.map((file) => file.name), ['harbour.txt', 'levy.txt']);
  assert.deepEqual(last.failed, [
    {
      name: 'panic.txt',
      format: 'unknown',
      articles: 0,
      duplicates: 0,
      error: 'panic.txt: the analysis crashed on this file (unreachable); the other files were kept',
      warnings: [],
    },
  ]);
  assert.deepEqual(events.entries, ['harbour.txt', 'levy.txt'], 'the replayed file is not announced twice');
});

test('on the main thread a crash cannot be recovered from, and says so', async () => {
  const { session: analysis, events, done } = session({ mainThread: true });
  analysis.add([source('panic.txt', 'Boom\n\nThis file trips the core.')]);
  await done;
  assert.deepEqual(events.errors, ['panic.txt: the analysis crashed on this file (unreachable); reload the page to start again']);
});

test('cancelling drops the files not yet read and keeps the rest', async () => {
  const { session: analysis, done } = session();
  const many = Array.from({ length: 40 }, (_, index) => source(`file-${String(index).padStart(2, '0')}.txt`, `Story ${index}\n\n${'The harbour reopened. '.repeat(20_000)}`));
  analysis.add(many);
  await new Promise((resolve) => setTimeout(resolve, 30));
  const skipped = await analysis.cancel();
  const last = await done;
  assert.ok(skipped > 0 && skipped < 40, `${skipped} skipped`);
  assert.equal(last.base.files.length, 40 - skipped);
  assert.deepEqual(last.base.files.map((file) => file.name), many.slice(0, 40 - skipped).map((file) => file.name));
});
