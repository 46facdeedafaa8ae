// The page's analysis worker (www/worker.js: the real wasm behind www/host.js)
// as a Node worker thread, on an instance whose memory has first been grown
// to within `workerData.room` bytes of the 4 GiB WebAssembly allows: a
// machine with less memory to spare, so that an ordinary large file runs the
// real core out of memory.
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { Corpus, initSync } from '../../../pkg/newslens.js';
import { createHost } from '../../../www/host.js';

const PAGE = 65536;
const wasm = initSync({ module: readFileSync(new URL('../../../pkg/newslens_bg.wasm', import.meta.url)) });
wasm.memory.grow(Math.floor((4 * 2 ** 30 - workerData.room - wasm.memory.buffer.byteLength) / PAGE));
const handle = createHost(Corpus, () => wasm.memory);
parentPort.on('message', (message) => handle(message, (answer) => parentPort.postMessage(answer)));
