// The analysis worker: receives files as transferred bytes, runs the wasm
// core off the main thread, and posts each file's entry and then the report.
import init, { Corpus } from '../pkg/newslens.js';
import { runAnalysis } from './analysis.js';

const ready = init();

self.onmessage = async ({ data: { id, files, options } }) => {
  try {
    await ready;
    const report = runAnalysis(Corpus, files, options, (file) => self.postMessage({ id, file }));
    self.postMessage({ id, report });
  } catch (error) {
    self.postMessage({ id, error: { name: error.name, code: error.code, message: error.message } });
  }
};
