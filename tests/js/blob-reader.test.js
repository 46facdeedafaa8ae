// The worker's reader of users' Files (www/blob-reader.js): files read in
// joined groups give each file's own bytes, in order; one that cannot be
// read is told apart from the rest of its group; a request that stops early
// lets go of its reads, so that the next request's files still arrive.
// Node's Blobs stand in for Files; one of a file on disk deleted before it
// is read fails as a moved File does.
import assert from 'node:assert/strict';
import { mkdtempSync, openAsBlob, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { createBlobReader } from '../../www/blob-reader.js';

const directory = mkdtempSync(join(tmpdir(), 'newslens-blobs-'));
after(() => rmSync(directory, { recursive: true, force: true }));

/** `length` bytes counting up from `seed`, so that every file's bytes differ. */
const bytesOf = (length, seed) => Uint8Array.from({ length }, (_, at) => (seed + at) % 251);

const text = (read) => (read.error ? `error: ${read.error.name}` : `${read.bytes.length} bytes from ${read.bytes[0]}`);

/** Takes every read of `blobs` from `reader`, in order. */
async function takeAll(reader, blobs) {
  const reads = reader.read(blobs);
  const taken = [];
  for (let index = 0; index < blobs.length; index++) taken.push(await reads.take(index));
  return taken;
}

test('files read in groups give their own bytes, in order, across groups and requests', async () => {
  // 70 small files make three groups of at most 32; the 1.5 MB file is a group of its own; empty files have no bytes.
  const sizes = [...Array.from({ length: 70 }, (_, at) => (at * 37) % 900), 1_500_000, 0, 12, 0];
  const contents = sizes.map((size, at) => bytesOf(size, at));
  const reader = createBlobReader();
  const first = takeAll(reader, contents.slice(0, 40).map((bytes) => new Blob([bytes])));
  const second = takeAll(reader, contents.slice(40).map((bytes) => new Blob([bytes])));
  const taken = [...(await first), ...(await second)];
  assert.equal(taken.length, contents.length);
  taken.forEach((read, at) => assert.deepEqual(read.bytes, contents[at], `file ${at}`));
});

test('a file that cannot be read is the only one of its group with an error', async () => {
  const path = join(directory, 'moved.txt');
  writeFileSync(path, 'moved since it was picked');
  const moved = await openAsBlob(path);
  rmSync(path);
  const blobs = [new Blob([bytesOf(5, 1)]), new Blob([bytesOf(7, 2)]), moved, new Blob([bytesOf(3, 4)])];
  const taken = await takeAll(createBlobReader(), blobs);
  assert.deepEqual(taken.map(text), ['5 bytes from 1', '7 bytes from 2', 'error: NotReadableError', '3 bytes from 4']);
});

test('a request that stops early lets go of its reads, and the next request reads on', async () => {
  // 20 files of 1 MB are more than is read ahead (16 MB): the last ones wait until earlier ones are let go.
  const reader = createBlobReader();
  const large = Array.from({ length: 20 }, (_, at) => new Blob([bytesOf(1024 * 1024, at)]));
  const stopped = reader.read(large);
  assert.equal(text(await stopped.take(0)), '1048576 bytes from 0');
  stopped.release();
  let timer;
  const next = await Promise.race([
    takeAll(reader, [new Blob([bytesOf(9, 3)])]),
    new Promise((resolve) => (timer = setTimeout(() => resolve('still waiting after 5 s'), 5000))),
  ]);
  clearTimeout(timer);
  assert.deepEqual(Array.isArray(next) ? next.map(text) : next, ['9 bytes from 3']);
});
