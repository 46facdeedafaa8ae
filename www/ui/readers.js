// Reader workers: on a machine with cores to spare, files are read (decoded,
// extracted, their names, quotations and fingerprints found) in workers of
// their own while the one counting worker counts what they hand over, which
// is about half the work of each file. The report is the same either way:
// the core's addRead of a readFile gives exactly what addFile gives. Readers
// start only once a drop is large enough to repay their start-up.
import { AnalysisCrash, inputSize, transferables } from './engine.js';

/** A drop's bytes before readers start: a reader's start-up (loading and warming its wasm) costs more than it saves on less. */
const READERS_AFTER_BYTES = 2 * 1024 * 1024;
/** One counting worker keeps up with about one reader: reading is half of each file's work, counting the other half. */
const MOST_READERS = 2;
/** Bytes of files read in one request: small enough that counting starts soon, large enough that messages are few (64 KB read a 10 MB drop about 4% sooner than 16 or 128 KB). */
const CHUNK_BYTES = 64 * 1024;

/** How many readers this machine can use: its cores but one, which the counting worker keeps busy. */
export function readerCount(cores = globalThis.navigator?.hardwareConcurrency ?? 1) {
  return Math.max(0, Math.min(MOST_READERS, cores - 1));
}

/**
 * Wraps `counter`, an engine as engine.js makes them, so that once a drop
 * passes `afterBytes` (the bytes added, and the `pending` bytes an "add"
 * says will follow it), files are read by `count` engines from
 * `startReader()` and counted by `counter`. Answers requests as `counter` does.
 */
export function withReaders(counter, startReader, { count = readerCount(), afterBytes = READERS_AFTER_BYTES } = {}) {
  let options = null;
  let bytesAdded = 0;
  let started = false;
  let readers = [];
  let stopped = false;

  function start() {
    started = true;
    const startedWith = options;
    const starts = Array.from({ length: count }, async () => {
      const engine = startReader();
      try {
        await engine.request({ type: 'open', options: startedWith });
      } catch (error) {
        engine.terminate();
        throw error;
      }
      return { engine, queued: 0 };
    });
    // A reader that cannot start leaves its share to the others, or to the counting worker, which reads too.
    Promise.allSettled(starts).then((results) => {
      const started = results.filter((result) => result.status === 'fulfilled').map((result) => result.value);
      if (stopped) return started.forEach((reader) => reader.engine.terminate());
      readers = started;
      if (options !== startedWith) readers.forEach((reader) => reader.engine.request({ type: 'open', options }).catch(() => {}));
    });
  }

  /**
   * Reads `files` in the reader with the fewest bytes waiting, in one
   * request. Resolves to the files' read bytes, and, when the reader
   * crashed, the error (with the reads of the files before it).
   */
  function readChunk(files) {
    const reader = readers.reduce((least, next) => (next.queued < least.queued ? next : least));
    const size = files.reduce((sum, file) => sum + inputSize(file), 0);
    reader.queued += size;
    return reader.engine
      .request({ type: 'read', files }, transferables(files))
      .then(
        (reads) => ({ reads }),
        (error) => ({ reads: error.reads ?? [], error }),
      )
      .finally(() => {
        reader.queued -= size;
      });
  }

  /**
   * Reads `files` in chunks spread over the readers and counts each chunk,
   * in order, as soon as it is read: one message per chunk rather than per
   * file, since every message passes through this thread. A reader's crash,
   * or a file it could not read, is thrown once the files before it are
   * counted, so the entries delivered are exactly those of the files before
   * the one it names.
   */
  async function readThenAdd({ files, entriesEvery }, onFile) {
    const chunks = [];
    let size = CHUNK_BYTES;
    for (const file of files) {
      if (size >= CHUNK_BYTES) {
        chunks.push([]);
        size = 0;
      }
      chunks.at(-1).push(file);
      size += inputSize(file);
    }
    const results = chunks.map(readChunk);
    const adds = [];
    for (const [index, chunk] of chunks.entries()) {
      const { reads, error } = await results[index];
      if (reads.length) {
        const handedOver = reads.map((bytes, at) => ({ name: chunk[at].name, read: bytes }));
        const added = counter.request({ type: 'add', files: handedOver, entriesEvery }, reads.map((bytes) => bytes.buffer), onFile);
        // Awaited below; marked handled now, since a crash may come before that.
        added.catch(() => {});
        adds.push(added);
      }
      if (error) {
        await Promise.all(adds);
        if (error instanceof AnalysisCrash) throw new AnalysisCrash(error.file ?? chunk[reads.length].name, error.message);
        if (error.file === undefined) throw error;
        // A file the reader could not read (moved, or changed since it was
        // picked): the counting worker reads the chunk from the first file
        // not read on itself, and so counts the files before that one and
        // stops at it with the error naming it, as it does without readers.
        const rest = chunk.slice(reads.length);
        await counter.request({ type: 'add', files: rest, entriesEvery }, transferables(rest), onFile);
      }
    }
    await Promise.all(adds);
  }

  return {
    mainThread: counter.mainThread,
    // Passes each request on at once: callers rely on the engine taking
    // them in order (files added after an "open" go into the new corpus).
    request(message, transfer = [], onFile = undefined) {
      if (message.type === 'open') {
        options = message.options;
        readers.forEach((reader) => reader.engine.request(message).catch(() => {}));
      }
      if (message.type === 'add') bytesAdded += message.files.reduce((sum, file) => sum + inputSize(file), 0);
      // Started with a large drop's first batch, a reader's start-up (its
      // wasm's loading and warm-up) overlaps that batch's counting.
      const pending = message.type === 'add' ? (message.pending ?? 0) : 0;
      if (!started && count > 0 && bytesAdded + pending >= afterBytes) start();
      if (message.type !== 'add' || !readers.length) return counter.request(message, transfer, onFile);
      return readThenAdd(message, onFile);
    },
    terminate() {
      stopped = true;
      counter.terminate();
      readers.forEach((reader) => reader.engine.terminate());
    },
  };
}
