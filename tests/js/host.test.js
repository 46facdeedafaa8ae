// The worker's host (www/host.js) with the real core: a user's File sent to
// a worker is read there, and one that cannot be read fails the request with
// an error naming it. Node's Blobs stand in for Files: one made from a file
// on disk that is then deleted fails to read, as a moved File does.
import assert from 'node:assert/strict';
import { mkdtempSync, openAsBlob, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { Corpus, initSync } from '../../pkg/newslens.js';
import { createHost } from '../../www/host.js';

initSync({ module: readFileSync(new URL('../../pkg/newslens_bg.wasm', import.meta.url)) });

const TEXT = 'Harbour reopens\n\nThe harbour reopened on Monday.';

const directory = mkdtempSync(join(tmpdir(), 'newslens-host-'));
after(() => rmSync(directory, { recursive: true, force: true }));

/** A Blob of a file on disk that is gone by the time it is read. */
async function movedBlob() {
  const path = join(directory, 'moved.txt');
  writeFileSync(path, TEXT);
  const blob = await openAsBlob(path);
  rmSync(path);
  return blob;
}

const withoutTime = ({ ms, ...entry }) => entry;

/** The answers the host posts for `messages`, in order. */
async function answers(messages) {
  const handle = createHost(Corpus);
  const posted = [];
  await Promise.all(messages.map((message) => handle(message, (answer) => posted.push(answer))));
  return posted;
}

test('a File sent to the worker is read there and counted as its bytes would be', async () => {
  const [, fromBlob, blobDone, , fromBytes] = await answers([
    { type: 'open', id: 0, options: null },
    { type: 'add', id: 1, files: [{ name: 'harbour.txt', blob: new Blob([TEXT]) }] },
    { type: 'open', id: 2, options: null },
    { type: 'add', id: 3, files: [{ name: 'harbour.txt', bytes: new TextEncoder().encode(TEXT) }] },
  ]);
  assert.equal(blobDone.type, 'done');
  const entry = withoutTime(fromBlob.entry);
  assert.deepEqual(entry, withoutTime(fromBytes.entry));
  assert.deepEqual([entry.name, entry.format, entry.articles, entry.error], ['harbour.txt', 'text', 1, null]);
});

test('a File a reader worker reads gives the bytes addRead takes', async () => {
  const [, read] = await answers([
    { type: 'open', id: 0, options: null },
    { type: 'read', id: 1, files: [{ name: 'harbour.txt', blob: new Blob([TEXT]) }] },
  ]);
  assert.equal(read.type, 'done');
  const corpus = new Corpus(null);
  assert.deepEqual(read.value, [corpus.readFile('harbour.txt', new TextEncoder().encode(TEXT))]);
  corpus.free();
});

test('a File that cannot be read fails its request with an error naming it, and the worker goes on', async () => {
  const posted = await answers([
    { type: 'open', id: 0, options: null },
    { type: 'add', id: 1, files: [{ name: 'moved.txt', blob: await movedBlob() }] },
    { type: 'add', id: 2, files: [{ name: 'harbour.txt', blob: new Blob([TEXT]) }] },
  ]);
  assert.deepEqual(posted[1], {
    type: 'error',
    id: 1,
    error: { name: 'NewslensError', code: 'invalid-input', message: 'moved.txt: could not be read (The blob could not be read)', file: 'moved.txt' },
  });
  assert.deepEqual([posted[2].type, posted[2].entry.name, posted[3].type], ['file', 'harbour.txt', 'done']);
});

test('with entriesEvery the entries come gathered in "files" answers, all before "done" or the failure that stops the request', async () => {
  const bytes = (text) => new TextEncoder().encode(text);
  const files = [
    { name: 'harbour.txt', bytes: bytes(TEXT) },
    { name: 'levy.txt', bytes: bytes('Levy passes\n\nThe levy passed on Tuesday.') },
    { name: 'moved.txt', blob: await movedBlob() },
    { name: 'ferry.txt', bytes: bytes('Ferry returns\n\nThe ferry returned.') },
  ];
  const names = (answer) => [answer.type, ...(answer.entries ?? []).map((entry) => entry.name)];
  const [, gathered, done] = await answers([
    { type: 'open', id: 0, options: null },
    { type: 'add', id: 1, files: [files[0], files[1], files[3]], entriesEvery: 60_000 },
  ]);
  assert.deepEqual([names(gathered), done.type], [['files', 'harbour.txt', 'levy.txt', 'ferry.txt'], 'done']);
  assert.deepEqual(
    (await answers([{ type: 'open', id: 0, options: null }, { type: 'add', id: 1, files: [files[0], files[1]], entriesEvery: 0 }])).slice(1).map(names),
    [['files', 'harbour.txt'], ['files', 'levy.txt'], ['done']],
  );
  const stopped = await answers([
    { type: 'open', id: 0, options: null },
    { type: 'add', id: 1, files: [files[0], files[1], files[2], files[3]], entriesEvery: 60_000 },
  ]);
  assert.deepEqual(stopped.slice(1).map(names), [['files', 'harbour.txt', 'levy.txt'], ['error']]);
  assert.match(stopped[2].error.message, /^moved\.txt: could not be read/);
});
