// The page's analysis session with the real wasm core on this thread: each
// file's entry streams out, the report follows (its lists cut for the views,
// whole on request), a crash inside the core on one file costs only that
// file, as a file that cannot be read does, and cancelling keeps the files
// already read.
import assert from 'node:assert/strict';
import { mkdtempSync, openAsBlob, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
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

const EVERY_ARTICLE = { outlets: [], articles: [], dateFrom: null, dateTo: null };

function session({ mainThread = false, options = null } = {}) {
  const events = { entries: [], reports: [], errors: [], engines: 0 };
  let finished;
  const done = new Promise((resolve) => (finished = resolve));
  const value = createSession({
    startEngine: async (opened) => {
      events.engines++;
      const engine = { ...hostEngine(PanickingCorpus), mainThread };
      await engine.request({ type: 'open', options: opened });
      return engine;
    },
    options,
    getFilter: () => EVERY_ARTICLE,
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
  assert.equal(last.cut, false);
  const [{ term, count, docs }] = last.report.keywords;
  assert.deepEqual({ term, count, docs }, { term: 'harbour', count: 3, docs: 2 }, 'two in the bodies, one in a headline');
});

const directory = mkdtempSync(join(tmpdir(), 'newslens-session-'));
after(() => rmSync(directory, { recursive: true, force: true }));

/** A user's file (a Blob of a file on disk, as a picked File is) deleted once picked. */
async function movedFile(name) {
  const path = join(directory, name);
  writeFileSync(path, 'Pier repainted\n\nThe pier was repainted.');
  const blob = await openAsBlob(path);
  rmSync(path);
  return { name, size: blob.size, blob, read: async () => new Uint8Array(await blob.arrayBuffer()) };
}

for (const mainThread of [false, true]) {
  test(`a file that cannot be read is listed with the reason and the files after it are read (${mainThread ? 'read on this thread' : 'read by the worker'})`, async () => {
    const { session: analysis, events, done } = session({ mainThread });
    analysis.add([HARBOUR, await movedFile('moved.txt'), LEVY]);
    const last = await done;
    assert.deepEqual(events.errors, []);
    assert.deepEqual(events.entries, ['harbour.txt', 'levy.txt']);
    assert.deepEqual(last.base.files.map((file) => file.name), ['harbour.txt', 'levy.txt']);
    assert.equal(last.failed.length, 1);
    const [{ error, ...moved }] = last.failed;
    assert.deepEqual(moved, { name: 'moved.txt', format: 'unknown', articles: 0, duplicates: 0, warnings: [] });
    assert.match(error, /^moved\.txt: could not be read \(.+\)$/);
  });
}

/** `count` invented words of four syllables that the core keeps apart: "kabababa", "kabebaba", … */
function inventedWords(count) {
  const syllables = ['ba', 'be', 'bi', 'bo', 'bu', 'da', 'de', 'di', 'do', 'du', 'fa', 'fe', 'fi', 'fo', 'fu', 'ga', 'ge', 'gi', 'go', 'gu'];
  return Array.from({ length: count }, (_, index) => {
    let word = 'ka';
    for (let rest = index, place = 0; place < 3; place++, rest = Math.floor(rest / syllables.length)) word += syllables[rest % syllables.length];
    return word;
  });
}

test('the views get at most 2,000 terms per list, and the whole lists come on request, asked of the core once', async () => {
  const { session: analysis, done } = session({ options: { keywords: { limit: 100_000 } } });
  const words = inventedWords(2500);
  analysis.add([source('words.txt', `Invented words\n\n${words.join(' ')}. ${words.slice(0, 700).join(' ')}.`)]);
  const last = await done;
  assert.equal(last.cut, true);
  assert.equal(last.report.keywords.length, 2000);
  const whole = analysis.wholeReport(EVERY_ARTICLE);
  assert.equal(analysis.wholeReport(EVERY_ARTICLE), whole, 'the same request, not a second one');
  const { keywords } = await whole;
  assert.equal(keywords.length, 2502, 'the 2,500 words and the two of the headline');
  assert.deepEqual(keywords.slice(0, 2000), last.report.keywords, 'the cut list is the top of the whole one');
  assert.deepEqual(keywords.slice(0, 3).map((keyword) => [keyword.term, keyword.count]), [['kabababa', 2], ['kabababe', 2], ['kababeba', 2]]);
  assert.deepEqual(new Set(keywords.map((keyword) => keyword.term)), new Set([...words, 'Invented', 'words']));

  const oneOutlet = { ...EVERY_ARTICLE, dateFrom: '2030-01-01' };
  assert.notEqual(analysis.wholeReport(oneOutlet), whole, 'another filter is another request');
  assert.equal((await analysis.wholeReport(oneOutlet)).keywords.length, 0, 'no article is dated after 2030');
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

test('new options analyse every file again from the start, each entry announced once', async () => {
  const progress = [];
  let finished;
  let done = new Promise((resolve) => (finished = resolve));
  const opened = [];
  const entries = [];
  const analysis = createSession({
    startEngine: async (options) => {
      const engine = hostEngine(Corpus);
      await engine.request({ type: 'open', options });
      opened.push(options);
      return engine;
    },
    options: { keywords: { newsStopWords: false } },
    getFilter: () => EVERY_ARTICLE,
    onEntry: (entry) => entries.push(entry.name),
    onProgress: (value) => progress.push(value),
    onReport: (report) => !report.busy && finished(report),
    onError: (error) => finished(error),
  });
  const SAID = source('said.txt', 'Harbour reopens\n\n"It is open," the harbour master said. The mayor said so too.');
  analysis.add([SAID, LEVY]);
  const before = await done;
  const saidAndLevy = (list) => list.filter((entry) => ['said', 'levy'].includes(entry.term)).map((entry) => [entry.term, entry.count]);
  assert.deepEqual(saidAndLevy(before.report.keywords), [['levy', 2], ['said', 2]]);
  assert.deepEqual(saidAndLevy(before.report.stopWords), []);

  done = new Promise((resolve) => (finished = resolve));
  progress.length = 0;
  await analysis.reanalyse({ keywords: { newsStopWords: true, stopWords: { add: ['levy'], remove: [] } } });
  const after = await done;
  assert.deepEqual(saidAndLevy(after.report.keywords), []);
  assert.deepEqual(saidAndLevy(after.report.stopWords), [['levy', 2], ['said', 2]]);
  assert.deepEqual(after.base.files.map((file) => file.name), ['levy.txt', 'said.txt']);
  assert.deepEqual(entries, ['said.txt', 'levy.txt'], 'each file announced once');
  assert.equal(opened.length, 1, 'the idle engine opened a new corpus instead of being replaced');
  const last = progress.filter((value) => value.busy).at(-1);
  assert.deepEqual([progress[0].files, progress[0].totalFiles, last.files, last.totalFiles], [0, 2, 2, 2]);
  assert.deepEqual([last.bytes, last.totalBytes, last.sized], [SAID.size + LEVY.size, SAID.size + LEVY.size, true]);
});

test('new options while files are still being read replace the engine, and every file is read with them', async () => {
  const { session: analysis, events, done } = session();
  // Numbered sentences, so that no two files are near-duplicates (those would not count).
  const text = (file) => Array.from({ length: 5_000 }, (_, line) => `The harbour master said ${file * 5_000 + line} ships came.`).join(' ');
  const many = Array.from({ length: 40 }, (_, index) => source(`file-${String(index).padStart(2, '0')}.txt`, `Story ${index}\n\n${text(index)}`));
  analysis.add(many);
  await new Promise((resolve) => setTimeout(resolve, 30));
  await analysis.reanalyse({ keywords: { newsStopWords: true } });
  const last = await done;
  assert.equal(events.engines, 2);
  assert.equal(last.base.files.length, 40);
  assert.equal(events.entries.length, 40, 'each file announced once');
  assert.deepEqual(last.report.stopWords.find((entry) => entry.term === 'said'), { term: 'said', count: 200_000 });
});

test('files cleared while being read stay cleared when new options come', async () => {
  const { session: analysis, done } = session();
  analysis.add(Array.from({ length: 20 }, (_, index) => source(`old-${index}.txt`, `Old ${index}\n\n${'The harbour reopened. '.repeat(20_000)}`)));
  await new Promise((resolve) => setTimeout(resolve, 30));
  await analysis.clear();
  await analysis.reanalyse({ keywords: { newsStopWords: true } });
  analysis.add([LEVY]);
  const last = await done;
  assert.deepEqual(last.base.files.map((file) => file.name), ['levy.txt']);
});

test('cancelling while files are counted again with new options keeps every file read before, and drops only files never read', async () => {
  const { session: analysis, events, done } = session();
  const text = (file) => Array.from({ length: 5_000 }, (_, line) => `The harbour master said ${file * 5_000 + line} ships came.`).join(' ');
  const file = (name, index) => source(`${name}-${String(index).padStart(2, '0')}.txt`, `Story ${index}\n\n${text(index)}`);
  const before = Array.from({ length: 10 }, (_, index) => file('before', index));
  analysis.add(before);
  await done;
  const after = Array.from({ length: 30 }, (_, index) => file('after', index + 10));
  analysis.add(after);
  await analysis.reanalyse({ keywords: { newsStopWords: true } });
  const seen = events.reports.length;
  const skipped = await analysis.cancel();
  const last = await new Promise((resolve) => {
    const finished = () => events.reports.slice(seen).find((report) => !report.busy);
    const check = () => (finished() ? resolve(finished()) : setTimeout(check, 20));
    check();
  });
  const names = last.base.files.map((entry) => entry.name);
  assert.deepEqual(names.filter((name) => name.startsWith('before')), before.map((entry) => entry.name), 'every file read before is kept');
  assert.equal(names.length + skipped, 40);
  assert.ok(last.report.stopWords.some((word) => word.term === 'said'), 'and counted with the new options');
});
