// Reader engines beside the counting one, with the real wasm core on this
// thread: the session's report and entries are the same as with one engine,
// readers start only past their threshold, and a crash while reading, or a
// file that cannot be read, names its file and keeps every other.
import assert from 'node:assert/strict';
import { mkdtempSync, openAsBlob, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { Corpus } from '../../pkg/newslens.js';
import { initialize } from '../../www/node.js';
import { hostEngine } from '../../www/ui/engine.js';
import { readerCount, withReaders } from '../../www/ui/readers.js';
import { createSession } from '../../www/ui/session.js';

initialize();

/** The real Corpus, except that reading a file named panic.txt traps as a Rust panic does. */
class PanickingCorpus extends Corpus {
  readFile(name, bytes) {
    if (name === 'panic.txt') throw new WebAssembly.RuntimeError('unreachable');
    return super.readFile(name, bytes);
  }
}

const source = (name, bytes) => ({ name, size: bytes.length, read: async () => bytes.slice() });
const text = (name, words) => source(name, new TextEncoder().encode(words));

/** Every fixture file (tests/fixtures and www/samples), as sources. */
function fixtures() {
  const found = [];
  const walk = (directory) => {
    for (const name of readdirSync(directory).sort()) {
      const path = `${directory}/${name}`;
      if (statSync(path).isDirectory()) walk(path);
      else found.push(source(path.slice(path.indexOf('/tests/') + 1), readFileSync(path)));
    }
  };
  walk(new URL('../fixtures', import.meta.url).pathname);
  walk(new URL('../../www/samples', import.meta.url).pathname);
  return found;
}

/** Runs a session over `sources` with `readers` reader engines started after `afterBytes`. */
async function analyse(sources, { readers, afterBytes = 0 }) {
  // `order`: when readers started and when adds reached the counting engine.
  const events = { entries: [], engines: 0, readers: 0, errors: [], order: [] };
  let finished;
  const done = new Promise((resolve) => (finished = resolve));
  const session = createSession({
    startEngine: async () => {
      events.engines++;
      const startReader = () => {
        events.readers++;
        events.order.push('reader started');
        return hostEngine(PanickingCorpus);
      };
      // As a worker engine would be: a crash is recovered from by starting another.
      const counting = hostEngine(Corpus);
      const counter = {
        ...counting,
        mainThread: false,
        request(message, ...rest) {
          if (message.type === 'add') events.order.push(`add ${message.files.length}`);
          return counting.request(message, ...rest);
        },
      };
      const engine = withReaders(counter, startReader, { count: readers, afterBytes });
      await engine.request({ type: 'open', options: { articleText: false } });
      return engine;
    },
    options: { articleText: false },
    getFilter: () => ({ outlets: [], articles: [], dateFrom: null, dateTo: null }),
    onEntry: (entry) => events.entries.push(entry.name),
    onProgress: () => {},
    onReport: (report) => report.busy || finished(report),
    onError: (error) => {
      events.errors.push(error.message);
      finished(null);
    },
  });
  // Started and given time to open its readers, so that every file goes through them.
  await session.warm();
  await new Promise((resolve) => setTimeout(resolve, 20));
  session.add(sources);
  const last = await done;
  await session.close();
  return { ...events, last };
}

test('files read by reader engines give the report and entries of files added to one engine', async () => {
  const files = fixtures();
  const alone = await analyse(files, { readers: 0 });
  const read = await analyse(files, { readers: 2 });
  assert.equal(read.readers, 2);
  assert.deepEqual(read.entries, files.map((file) => file.name));
  assert.deepEqual(read.entries, alone.entries);
  assert.equal(read.last.base.articles.length, 51);
  assert.ok(read.last.base.quotes.length > 50, `${read.last.base.quotes.length} quotes`);
  assert.deepEqual(read.last.base, alone.last.base);
});

test('readers start only once the files added pass the threshold', async () => {
  const small = [text('a.txt', 'Ferry returns\n\nThe ferry is back.'), text('b.txt', 'Levy vote\n\nThe levy passed.')];
  assert.equal((await analyse(small, { readers: 1, afterBytes: 10_000 })).readers, 0);
  assert.equal((await analyse(small, { readers: 1, afterBytes: 30 })).readers, 1);
});

test('a drop that will pass the threshold starts its readers with its first batch', async () => {
  // 70 files: the first batch is 64 of them, under the threshold, and the drop is over it.
  const files = Array.from({ length: 70 }, (_, at) => text(`note-${at}.txt`, `Note ${at}\n\nThe ferry ran on time.`));
  const total = files.reduce((sum, file) => sum + file.size, 0);
  const run = await analyse(files, { readers: 1, afterBytes: total - 10 });
  assert.deepEqual(run.order.slice(0, 2), ['reader started', 'add 64']);
  assert.equal(run.entries.length, 70);
});

test('a crash while reading names its file, keeps the files before and after it, and replays the rest', async () => {
  const files = [
    text('harbour.txt', 'Harbour reopens\n\nThe harbour reopened on Monday.'),
    text('panic.txt', 'Boom\n\nThis file trips the reader.'),
    text('levy.txt', 'Levy vote\n\nThe council passed the harbour levy.'),
  ];
  const run = await analyse(files, { readers: 1 });
  assert.deepEqual(run.errors, []);
  assert.equal(run.engines, 2, 'the crashed engine is replaced');
  assert.deepEqual(run.entries, ['harbour.txt', 'levy.txt']);
  assert.deepEqual(run.last.base.files.map((file) => file.name), ['harbour.txt', 'levy.txt']);
  assert.deepEqual(run.last.failed.map((file) => file.error), [
    'panic.txt: the analysis crashed on this file (unreachable); the other files were kept',
  ]);
});

test('a file a reader cannot read is listed with the reason, and the files before and after it are counted', async () => {
  const directory = mkdtempSync(join(tmpdir(), 'newslens-readers-'));
  after(() => rmSync(directory, { recursive: true, force: true }));
  // Users' files, as Blobs the workers read; the second is deleted once picked, as a moved file is.
  const picked = async (name, words, { moved = false } = {}) => {
    const path = join(directory, name);
    writeFileSync(path, words);
    const blob = await openAsBlob(path);
    if (moved) rmSync(path);
    return { name, size: blob.size, blob, read: async () => new Uint8Array(await blob.arrayBuffer()) };
  };
  const files = [
    await picked('harbour.txt', 'Harbour reopens\n\nThe harbour reopened on Monday.'),
    await picked('moved.txt', 'Pier repainted\n\nThe pier was repainted.', { moved: true }),
    await picked('levy.txt', 'Levy vote\n\nThe council passed the harbour levy.'),
  ];
  const run = await analyse(files, { readers: 1 });
  assert.deepEqual(run.errors, []);
  assert.equal(run.engines, 1, 'nothing crashed');
  assert.deepEqual(run.entries, ['harbour.txt', 'levy.txt']);
  assert.deepEqual(run.last.base.files.map((file) => file.name), ['harbour.txt', 'levy.txt']);
  assert.equal(run.last.failed.length, 1);
  assert.match(run.last.failed[0].error, /^moved\.txt: could not be read \(.+\)$/);
});

test('a machine keeps one core for the counting worker and uses at most two readers', () => {
  assert.deepEqual([1, 2, 3, 4, 16].map(readerCount), [0, 1, 2, 2, 2]);
});
