// The analysis worker (the package's "./worker" entry): one Corpus in wasm
// memory, fed files as transferred bytes, answering the protocol of
// types/worker.d.ts. The page never freezes because all analysis runs here.
import init, { Corpus } from '../pkg/newslens.js';
import { createHost, warmUp } from './host.js';

let wasm;
const handle = createHost(Corpus, () => wasm?.memory);
const post = (message, transfer = []) => self.postMessage(message, transfer);
let ready;

self.onmessage = async ({ data }) => {
  ready ??= init(data.wasmUrl ? { module_or_path: data.wasmUrl } : undefined).then((exports) => {
    wasm = exports;
    warmUp(Corpus);
  });
  try {
    await ready;
  } catch (error) {
    post({ type: 'crash', id: data.id, file: null, error: { message: `the wasm could not be loaded: ${error.message}` } });
    return;
  }
  handle(data, post);
};
