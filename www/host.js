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
 * About 20 KB of invented news: a headline, names, a reporting verb, direct
 * and partial quotations, so that a warm-up passes through every stage.
 */
export function warmUpText() {
  const words = ['harbour', 'levy', 'council', 'ferry', 'storm', 'vote', 'budget', 'the', 'and', 'of', 'on', 'a', 'to', 'in'];
  const speakers = ['Mayor Ines Okafor', 'Tomasz Wilk', 'Zoë Ferreira'];
  let seed = 3;
  const next = (range) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % range;
  const sentence = () => Array.from({ length: 10 + next(8) }, () => words[next(words.length)]).join(' ');
  const paragraphs = ['Harbour levy passes after late vote'];
  while (paragraphs.join('\n\n').length < 20_000) {
    const speaker = speakers[next(speakers.length)];
    paragraphs.push(`${sentence()}. “${sentence()},” ${speaker} said. ${speaker} called it ‘${words[next(6)]}’.`);
  }
  return paragraphs.join('\n\n');
}

/**
 * Runs a throwaway analysis of `warmUpText()`. The browser first runs wasm
 * with a quick baseline compiler and optimises a function only after it has
 * run for a while, and a call already running never switches: without this,
 * the first file a user drops is read at about a third of the speed of later
 * ones (400 against 150 ms for 1 MB in headless Chromium).
 */
export function warmUp(Corpus) {
  const corpus = new Corpus(null);
  try {
    corpus.addFile('warm-up.txt', new TextEncoder().encode(warmUpText()));
    corpus.reportJson(null);
  } finally {
    corpus.free();
  }
}

const buffers = (reads) => reads.map((read) => read.buffer);

/** `memory` returns the instance's WebAssembly.Memory (or nothing), to tell running out of it from other traps. */
export function createHost(Corpus, memory = () => null) {
  let corpus = null;
  let crashed = false;

  const failure = (error) => ({ name: error?.name, code: error?.code, message: String(error?.message ?? error) });

  /**
   * Runs `step` on `file`; a crash names the file and carries `reads`, the
   * files a "read" request read before it, so that they are not lost.
   */
  function reading(file, step, reads = undefined) {
    try {
      return step();
    } catch (error) {
      if (error?.name === 'NewslensError') throw error;
      throw Object.assign(error, { file: file.name, reads });
    }
  }

  function run(message, post) {
    const { type, id } = message;
    if (type === 'open') {
      corpus?.free();
      corpus = new Corpus(message.options ?? null);
      return undefined;
    }
    if (!corpus) throw new Error('the corpus is not open');
    if (type === 'add') {
      for (const file of message.files) {
        const entry = reading(file, () => (file.read ? corpus.addRead(file.read) : corpus.addFile(file.name, file.bytes)));
        post({ type: 'file', id, entry });
      }
      return undefined;
    }
    if (type === 'read') {
      const reads = [];
      for (const file of message.files) reads.push(reading(file, () => corpus.readFile(file.name, file.bytes), reads));
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

  return function handle(message, post) {
    if (crashed) {
      post({ type: 'crash', id: message.id, file: null, error: { message: 'the analysis stopped after an earlier crash' } });
      return;
    }
    try {
      const value = run(message, post);
      post({ type: 'done', id: message.id, value }, message.type === 'read' ? buffers(value) : []);
    } catch (error) {
      if (error?.name === 'NewslensError') {
        post({ type: 'error', id: message.id, error: failure(error) });
      } else {
        crashed = true;
        const reason = { ...failure(error), message: crashReason(error, memory) };
        const reads = error?.reads ?? [];
        post({ type: 'crash', id: message.id, file: error?.file ?? null, error: reason, reads }, buffers(reads));
      }
    }
  };
}
