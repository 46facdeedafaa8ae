// The tally of a session's file sizes (www/ui/sizes.js): a large pick is
// sized a slice of files now and the rest in later tasks, each file once;
// a reset keeps the sizes known and takes the others out of the total.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createSizeTally, SIZE_SLICE } from '../../www/ui/sizes.js';

/** Sources whose sizes (1, 2, 3, …) count how often they are looked up. */
function sources(count) {
  const lookups = new Array(count).fill(0);
  const list = Array.from({ length: count }, (_, index) => ({
    name: `file-${index}.txt`,
    get size() {
      lookups[index]++;
      return index + 1;
    },
  }));
  return { list, lookups };
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve));
const sumTo = (count) => (count * (count + 1)) / 2;

test('a large pick is sized a slice now and a slice a task after, each file looked up once', async () => {
  const { list, lookups } = sources(2 * SIZE_SLICE + 10);
  let changes = 0;
  const tally = createSizeTally(() => changes++);
  tally.add(list);
  assert.deepEqual([tally.total, tally.complete, changes], [sumTo(SIZE_SLICE), false, 0]);
  assert.equal(lookups.filter((count) => count > 0).length, SIZE_SLICE);
  assert.equal(tally.known(list[SIZE_SLICE - 1]), SIZE_SLICE);
  assert.equal(tally.known(list[SIZE_SLICE]), 0, 'not summed yet');
  await nextTask();
  assert.deepEqual([tally.total, tally.complete, changes], [sumTo(2 * SIZE_SLICE), false, 1]);
  await nextTask();
  assert.deepEqual([tally.total, tally.complete, changes], [sumTo(list.length), true, 2]);
  assert.deepEqual(new Set(lookups), new Set([1]));
});

test('a few files are sized at once', () => {
  const { list } = sources(5);
  const tally = createSizeTally(() => {});
  tally.add(list.slice(0, 2));
  tally.add(list.slice(2));
  assert.deepEqual([tally.total, tally.complete], [15, true]);
});

test('a reset keeps the sizes known, sizes the new files and drops the others, summed or not', async () => {
  const { list, lookups } = sources(SIZE_SLICE + 20);
  const tally = createSizeTally(() => {});
  tally.add(list);
  // Kept: the first two, summed, and the last, not yet summed; dropped: every other file.
  const kept = [list[0], list[1], list.at(-1)];
  tally.reset(kept);
  assert.deepEqual([tally.total, tally.complete], [1 + 2 + list.length, true]);
  assert.equal(tally.known(list[5]), 0);
  await nextTask();
  assert.equal(tally.total, 1 + 2 + list.length, 'the dropped files are not summed later');
  assert.deepEqual([lookups[0], lookups[1], lookups.at(-1), lookups.at(-2)], [1, 1, 1, 0]);
  tally.reset([]);
  assert.deepEqual([tally.total, tally.complete], [0, true]);
});
