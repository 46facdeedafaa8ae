// Reads the user's Files (Blobs) that requests hand a worker, before their
// turn comes. Reading a Blob is a round trip to the browser's own process,
// and one at a time that is what a drop of many small files waits on:
// 0.3 ms a file held in memory, 0.6 ms one on disk (31,508 files of a
// 50 MB corpus took 9.5 s to read in a worker, one FileReaderSync each).
// So a request's files are joined into a Blob per group, read in one round
// trip, and several groups are read at once, while the worker counts the
// files before them: the 5,000 first files of that corpus, picked from
// disk, read in 0.64–0.74 s this way against 2.9–3.4 s one by one.

/** Files joined into one read; more took longer when read several at once. */
const GROUP_FILES = 32;
const GROUP_BYTES = 1024 * 1024;
/** Bytes read and not yet taken, at most (a group larger than this is read on its own). */
const AHEAD_BYTES = 16 * 1024 * 1024;

/**
 * `blobs`' bytes, each `{ bytes }` or `{ error }` (never a rejection). The
 * group is read as one Blob; when that fails, or gives other than the sum
 * of their sizes (a file changed since it was picked), each is read on its
 * own, so that the one that cannot be read is told apart from the others.
 */
async function readGroup(blobs) {
  const size = blobs.reduce((sum, blob) => sum + blob.size, 0);
  if (blobs.length > 1) {
    const joined = await new Blob(blobs).arrayBuffer().catch(() => null);
    if (joined?.byteLength === size) {
      let offset = 0;
      return blobs.map((blob) => {
        const bytes = new Uint8Array(joined, offset, blob.size);
        offset += blob.size;
        return { bytes };
      });
    }
  }
  return Promise.all(
    blobs.map((blob) =>
      blob.arrayBuffer().then(
        (buffer) => ({ bytes: new Uint8Array(buffer) }),
        (error) => ({ error }),
      ),
    ),
  );
}

/**
 * A reader shared by a worker's requests, which reads their Blobs in the
 * order they were given, at most AHEAD_BYTES ahead of what has been taken.
 */
export function createBlobReader() {
  const waiting = [];
  let ahead = 0;

  function pump() {
    while (waiting.length && (ahead === 0 || ahead + waiting[0].size <= AHEAD_BYTES)) {
      const group = waiting.shift();
      ahead += group.size;
      group.start();
    }
  }

  function settle(group) {
    if (group.settled) return;
    group.settled = true;
    const queued = waiting.indexOf(group);
    if (queued >= 0) waiting.splice(queued, 1);
    else ahead -= group.size;
    pump();
  }

  /**
   * Starts reading `blobs` after those given before. Returns `take(index)`,
   * which resolves to that blob's `{ bytes }` or `{ error }`, to be called
   * in order, and `release()`, for when the rest will not be taken.
   */
  function read(blobs) {
    const groups = [];
    for (const [index, blob] of blobs.entries()) {
      const last = groups.at(-1);
      if (!last || last.blobs.length >= GROUP_FILES || last.size + blob.size > GROUP_BYTES) {
        const group = { first: index, blobs: [], size: 0, settled: false };
        group.reading = new Promise((resolve) => (group.start = () => resolve(readGroup(group.blobs))));
        groups.push(group);
      }
      groups.at(-1).blobs.push(blob);
      groups.at(-1).size += blob.size;
    }
    for (const group of groups) waiting.push(group);
    pump();
    // The group of the blob taken last: blobs are taken in order.
    let current = 0;
    return {
      async take(index) {
        while (index >= groups[current].first + groups[current].blobs.length) current++;
        const group = groups[current];
        const reads = await group.reading;
        if (index === group.first + group.blobs.length - 1) settle(group);
        return reads[index - group.first];
      },
      release() {
        groups.forEach(settle);
      },
    };
  }

  return { read };
}
