// Runs the analysis protocol (types/worker.d.ts) from the page: in a module
// worker when one can be started, otherwise on the page's main thread with
// the same host code (a page opened from file://, or a host page whose CSP
// forbids workers). Both engines answer `request` the same way.
import { NewslensError } from '../analysis.js';
import { createHost } from '../host.js';

/** The size of a file as a request carries it: bytes, or a Blob a worker reads itself. */
export const inputSize = (file) => file.bytes?.length ?? file.blob.size;

/** The buffers to transfer with a request's files (a Blob is not transferred but shared). */
export const transferables = (files) => files.flatMap((file) => (file.bytes ? [file.bytes.buffer] : []));

/**
 * The wasm instance stopped while reading `file` (null when not reading
 * one); `reads` are what a "read" request read before it.
 */
export class AnalysisCrash extends Error {
  constructor(file, message, reads = []) {
    super(message);
    this.name = 'AnalysisCrash';
    this.file = file;
    this.reads = reads;
  }
}

/** The NewslensError of an "error" answer; `file` names a file that could not be read. */
const newslensError = ({ code, message, file }) => Object.assign(new NewslensError(code, message), file === undefined ? {} : { file });

function client(send) {
  const pending = new Map();
  let nextId = 0;
  return {
    receive(message) {
      const request = pending.get(message.id);
      if (!request) return;
      if (message.type === 'file') return request.onFile?.(message.entry);
      if (message.type === 'files') return message.entries.forEach((entry) => request.onFile?.(entry));
      pending.delete(message.id);
      if (message.type === 'done') request.resolve(message.value);
      else if (message.type === 'error') request.reject(newslensError(message.error));
      else request.reject(new AnalysisCrash(message.file, message.error.message, message.reads));
    },
    failAll(error) {
      for (const request of pending.values()) request.reject(error);
      pending.clear();
    },
    request(message, transfer = [], onFile = undefined) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject, onFile });
        send({ ...message, id }, transfer);
      });
    },
  };
}

/** Drives a worker started from www/worker.js. */
export function workerEngine(worker, wasmUrl) {
  const channel = client((message, transfer) => worker.postMessage({ ...message, wasmUrl }, transfer));
  worker.onmessage = ({ data }) => channel.receive(data);
  worker.onerror = (event) => {
    event.preventDefault();
    channel.failAll(new AnalysisCrash(null, `the analysis worker failed: ${event.message || 'it could not be started'}`));
  };
  return {
    mainThread: false,
    request: channel.request,
    terminate() {
      worker.terminate();
      channel.failAll(new AnalysisCrash(null, 'the analysis was stopped'));
    },
  };
}

/**
 * Runs the host on this thread. `wasm` is the module's bytes (instantiated
 * synchronously, as the single-file build does) or its URL.
 */
export async function mainThreadEngine(wasm) {
  const glue = await import('../../pkg/newslens.js');
  const exports =
    wasm instanceof Uint8Array ? glue.initSync({ module: wasm }) : await glue.default(wasm ? { module_or_path: wasm } : undefined);
  return hostEngine(glue.Corpus, () => exports.memory);
}

/** An engine around a host for `Corpus` on this thread (`memory` as createHost takes it). */
export function hostEngine(Corpus, memory) {
  const handle = createHost(Corpus, memory);
  let stopped = false;
  // Each request runs in its own task so that the page repaints in between.
  const channel = client((message) =>
    setTimeout(() => {
      if (!stopped) handle(message, channel.receive);
    }),
  );
  return {
    mainThread: true,
    request: channel.request,
    terminate() {
      stopped = true;
      channel.failAll(new AnalysisCrash(null, 'the analysis was stopped'));
    },
  };
}
