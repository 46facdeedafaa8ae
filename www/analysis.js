// The one place that turns a list of files into a report with the wasm core.
// Both package entries (browser and Node) and the worker call it, so each
// only has to say how the wasm module is loaded.

/** An error newslens raises on purpose; `code` says which kind. */
export class NewslensError extends Error {
  constructor(code, message) {
    super(message);
    this.name = 'NewslensError';
    this.code = code;
  }
}

function checkFiles(files) {
  if (!Array.isArray(files)) {
    throw new NewslensError('invalid-input', 'analyze() expects an array of { name, bytes } objects');
  }
  files.forEach((file, index) => {
    if (typeof file?.name !== 'string' || !(file.bytes instanceof Uint8Array)) {
      throw new NewslensError(
        'invalid-input',
        `files[${index}] must be { name: string, bytes: Uint8Array }`,
      );
    }
  });
}

// Errors thrown inside wasm arrive as plain Errors named NewslensError; give
// callers the class so that `instanceof` works.
function retype(error) {
  if (error?.name === 'NewslensError' && !(error instanceof NewslensError)) {
    return new NewslensError(error.code, error.message);
  }
  return error;
}

/**
 * Analyses `files` with the wasm `Corpus` class. `onFile` receives each
 * file's entry (with `ms`) as soon as it has been read.
 */
export function runAnalysis(Corpus, files, options, onFile) {
  checkFiles(files);
  let corpus;
  try {
    corpus = new Corpus(options ?? null);
    for (const file of files) {
      const entry = corpus.addFile(file.name, file.bytes);
      onFile?.(entry);
    }
    return JSON.parse(corpus.reportJson());
  } catch (error) {
    throw retype(error);
  } finally {
    corpus?.free();
  }
}
