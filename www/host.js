// Owns one wasm Corpus, in a worker or on the page's main thread, and answers
// the messages of the analysis protocol (declared in types/worker.d.ts), so
// that both places run exactly the same steps.
//
// Any error that is not a NewslensError means the wasm instance itself
// failed: a panic arrives as an Error with the panic's message (src/wasm.rs
// throws it from the panic hook), running out of memory as a bare
// `RuntimeError: unreachable`, which the host names as such. It reports a
// crash naming the file it was reading and refuses further work, because
// the instance's memory can no longer be trusted. The page then starts a
// fresh one.
import { createBlobReader } from './blob-reader.js';

// `call` reaches every query method the core's Corpus has (reportJson today),
// so a new core method needs no change here; these are not queries.
const NOT_CALLABLE = new Set(['constructor', 'addFile', 'addRead', 'readFile', 'free']);
const callable = (corpus, method) =>
  typeof method === 'string' && !NOT_CALLABLE.has(method) && !method.startsWith('_') && typeof corpus[method] === 'function';

// WebAssembly memory is at most 4 GiB; a trap with this much in use is the allocator failing.
const MEMORY_LIMIT = 4 * 2 ** 30;
const NEARLY_FULL = MEMORY_LIMIT - 256 * 2 ** 20;

/** Why the instance stopped, in words: `memory()` is its WebAssembly.Memory, when known. */
function crashReason(error, memory) {
  const size = memory?.()?.buffer.byteLength ?? 0;
  if (error instanceof WebAssembly.RuntimeError && size >= NEARLY_FULL) {
    return `it ran out of memory: ${(size / 2 ** 30).toFixed(1)} GB in use, the most WebAssembly allows`;
  }
  return String(error?.message ?? error);
}

/**
 * About `bytes` of invented news (seeded by `round`): a headline, words
 * from a large invented vocabulary, names, a reporting verb, direct and
 * partial quotations, so that a warm-up passes through every stage.
 */
export function warmUpText(bytes, round) {
  const syllables = ['har', 'bour', 'el', 'ler', 'port', 'gull', 'is', 'land', 'fer', 'ry', 'crane', 'quay', 'levy', 'storm', 'ori', 'tide', 'dock', 'wire', 'val', 'ley'];
  const speakers = ['Mayor Ines Okafor', 'Tomasz Wilk', 'Zoë Ferreira'];
  let seed = 3 + round;
  const next = (range) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % range;
  const word = () => Array.from({ length: 1 + next(3) }, () => syllables[next(syllables.length)]).join('');
  const sentence = () => Array.from({ length: 10 + next(8) }, word).join(' ');
  const paragraphs = ['Harbour levy passes after late vote'];
  let length = paragraphs[0].length;
  while (length < bytes) {
    const speaker = speakers[next(speakers.length)];
    const paragraph = `${sentence()}. “${sentence()},” ${speaker} said. ${speaker} called it ‘${word()}’.`;
    paragraphs.push(paragraph);
    length += paragraph.length + 2;
  }
  return paragraphs.join('\n\n');
}

const WARM_UP_ROUNDS = 2;
const WARM_UP_BYTES = 300_000;

/**
 * Runs a throwaway analysis of invented text. The browser first runs wasm
 * with a quick baseline compiler and optimises a function only after it has
 * run for a while, and a call already running never switches. So the
 * warm-up makes two rounds of 300 KB: the first runs at the baseline's
 * speed and gets the hot functions optimised; the second's calls start
 * anew, in the optimised code, and get the rest optimised. On the demo
 * page (medians of 9 drops of 1 MB, builds alternated), first keywords
 * were on screen 129–142 ms after the drop with these two rounds against
 * 166–177 ms with one of 20 KB, for about 270 ms more of the worker's
 * start-up.
 */
export function warmUp(Corpus) {
  const corpus = new Corpus(null);
  try {
    for (let round = 0; round < WARM_UP_ROUNDS; round++) {
      corpus.addFile(`warm-up-${round}.txt`, new TextEncoder().encode(warmUpText(WARM_UP_BYTES, round)));
      corpus.reportJson(null);
    }
  } finally {
    corpus.free();
  }
}

const buffers = (reads) => reads.map((read) => read.buffer);

/**
 * The error for a file that could not be read (`error` says why): a
 * NewslensError naming it, with the name in `file` too. It stops the
 * request at that file; the page lists the file with the reason and reads
 * on from the next one.
 */
export const unreadable = (name, error) =>
  Object.assign(new Error(`${name}: could not be read (${error.message})`), { name: 'NewslensError', code: 'invalid-input', file: name });

/**
 * Starts reading the user's Files (Blobs) among `message`'s files with
 * `reader`, a blob-reader.js reader, and returns a function giving each
 * file's bytes in order: sent as bytes, or read here so that the page's
 * thread does not. A file that cannot be read (moved, or changed since it
 * was picked) stops the request with `unreadable`'s error. `release()` lets
 * go of the reads not taken.
 */
function inputsOf(message, reader) {
  const files = message.type === 'add' || message.type === 'read' ? message.files : [];
  const blobs = files.filter((file) => !file.bytes && !file.read);
  const reads = blobs.length ? reader.read(blobs.map((file) => file.blob)) : null;
  let taken = 0;
  return Object.assign(
    async (file) => {
      if (file.bytes) return file.bytes;
      const { bytes, error } = await reads.take(taken++);
      if (error) throw unreadable(file.name, error);
      return bytes;
    },
    { release: () => reads?.release() },
  );
}

/**
 * Posts an "add" request's file entries: each as a "file" answer, or, with
 * `every` (milliseconds), gathered into "files" answers at most that often.
 * A message from a worker costs it about 60 µs, as much as counting a short
 * article: on a 50 MB drop of 31,508 files, 1.9 s of the worker's 13.7.
 * Returns a function taking each entry, with `flush()` for the rest.
 */
function entryAnswers(id, every, post) {
  if (every === undefined) return Object.assign((entry) => post({ type: 'file', id, entry }), { flush() {} });
  let entries = [];
  let postedAt = performance.now();
  const flush = () => {
    if (entries.length) post({ type: 'files', id, entries });
    entries = [];
    postedAt = performance.now();
  };
  return Object.assign(
    (entry) => {
      entries.push(entry);
      if (performance.now() - postedAt >= every) flush();
    },
    { flush },
  );
}

/** `memory` returns the instance's WebAssembly.Memory (or nothing), to tell running out of it from other traps. */
export function createHost(Corpus, memory = () => null) {
  let corpus = null;
  let crashed = false;

  const failure = (error) => ({ name: error?.name, code: error?.code, message: String(error?.message ?? error) });

  /**
   * Runs `step` on `file`; a crash names the file and carries `reads`, the
   * files a "read" request read before it, so that they are not lost.
   */
  async function reading(file, step, reads = undefined) {
    try {
      return await step();
    } catch (error) {
      if (error?.name === 'NewslensError') throw error;
      throw Object.assign(error, { file: file.name, reads });
    }
  }

  async function run(message, bytesOf, post) {
    const { type, id } = message;
    if (type === 'open') {
      corpus?.free();
      corpus = new Corpus(message.options ?? null);
      return undefined;
    }
    if (!corpus) throw new Error('the corpus is not open');
    if (type === 'add') {
      const answer = entryAnswers(id, message.entriesEvery, post);
      try {
        for (const file of message.files) {
          answer(await reading(file, async () => (file.read ? corpus.addRead(file.read) : corpus.addFile(file.name, await bytesOf(file)))));
        }
      } finally {
        // The entries of the files read before a failure go out before it does.
        answer.flush();
      }
      return undefined;
    }
    if (type === 'read') {
      const reads = [];
      for (const file of message.files) reads.push(await reading(file, async () => corpus.readFile(file.name, await bytesOf(file)), reads));
      return reads;
    }
    if (type === 'call' && callable(corpus, message.method)) {
      return corpus[message.method](...message.args);
    }
    throw Object.assign(new Error(`unknown request ${type} ${message.method ?? ''}`.trim()), {
      name: 'NewslensError',
      code: 'invalid-input',
    });
  }

  async function answer(message, bytesOf, post) {
    if (crashed) {
      post({ type: 'crash', id: message.id, file: null, error: { message: 'the analysis stopped after an earlier crash' } });
      return;
    }
    try {
      const value = await run(message, bytesOf, post);
      post({ type: 'done', id: message.id, value }, message.type === 'read' ? buffers(value) : []);
    } catch (error) {
      if (error?.name === 'NewslensError') {
        post({ type: 'error', id: message.id, error: error.file === undefined ? failure(error) : { ...failure(error), file: error.file } });
      } else {
        crashed = true;
        const reason = { ...failure(error), message: crashReason(error, memory) };
        const reads = error?.reads ?? [];
        post({ type: 'crash', id: message.id, file: error?.file ?? null, error: reason, reads }, buffers(reads));
      }
    } finally {
      bytesOf.release();
    }
  }

  const reader = createBlobReader();
  let answered = Promise.resolve();
  /**
   * Answers `message` once the messages before it are answered; its Files
   * start reading at once. Resolves when it is answered.
   */
  return function handle(message, post) {
    const bytesOf = inputsOf(message, reader);
    answered = answered.then(() => answer(message, bytesOf, post));
    return answered;
  };
}
