// The package's Node entry: the same `analyze` as the browser entry, with the
// wasm read from disk instead of fetched.
import { readFileSync } from 'node:fs';
import { Corpus, initSync } from '../pkg/newslens.js';
import { NewslensError, runAnalysis } from './analysis.js';

export { NewslensError };

let ready = false;

export function initialize() {
  if (!ready) {
    initSync({ module: readFileSync(new URL('../pkg/newslens_bg.wasm', import.meta.url)) });
    ready = true;
  }
}

export async function analyze(files, options) {
  initialize();
  return runAnalysis(Corpus, files, options);
}
