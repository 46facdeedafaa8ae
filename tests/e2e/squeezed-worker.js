// The analysis worker of www/worker.js (the real wasm behind www/host.js),
// except that its instance's memory is first grown to within ROOM bytes of
// the 4 GiB WebAssembly allows: a browser with less memory to spare, so that
// an ordinary large file runs the real core out of memory.
import init, { Corpus } from '/pkg/newslens.js';
import { createHost } from '/www/host.js';

const PAGE = 65536;
const ROOM = 48 * 2 ** 20;
let wasm;
const handle = createHost(Corpus, () => wasm?.memory);
let ready;

self.onmessage = async ({ data }) => {
  ready ??= init({ module_or_path: data.wasmUrl }).then((exports) => {
    exports.memory.grow(Math.floor((4 * 2 ** 30 - ROOM - exports.memory.buffer.byteLength) / PAGE));
    wasm = exports;
  });
  await ready;
  handle(data, (message) => self.postMessage(message));
};
