// The package's browser and bundler entry: `analyze(files, options)` with the
// wasm fetched from next to the generated glue (or from `wasmUrl`).
import init, { Corpus } from '../pkg/newslens.js';
import { NewslensError, runAnalysis } from './analysis.js';

export { NewslensError };

let ready;

/**
 * Loads the wasm once. Call it first only to self-host the .wasm file at
 * another URL; `analyze` calls it with the default otherwise.
 */
export function initialize(wasmUrl) {
  ready ??= init(wasmUrl ? { module_or_path: wasmUrl } : undefined);
  return ready;
}

export async function analyze(files, options) {
  await initialize();
  return runAnalysis(Corpus, files, options);
}
