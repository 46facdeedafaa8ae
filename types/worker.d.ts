// The package's "./worker" entry is a module worker script with no exports:
// start it with `new Worker(url, { type: 'module' })`. These are the messages
// it understands and sends. Every request carries an `id` that its answers
// repeat; the first request must be "open".
import type { FileEntry, InputFile, NewslensErrorCode, Options } from './index.js';
import type { AddedFile, ArticleText, Concordance, ConcordanceOptions, Pair, PairOptions, ReportFilter } from './wasm.js';

export type { FileEntry };

interface RequestBase {
  id: number;
  /** Where to load the wasm from (only read with the first request). */
  wasmUrl?: string;
}

/** Starts a new, empty corpus with these options. */
export interface OpenRequest extends RequestBase {
  type: 'open';
  options?: Options | null;
}

/**
 * A user's file (a File, or any Blob) that the worker reads itself instead
 * of the page reading it; not transferred. The worker starts reading a
 * request's Blobs when the request arrives, while it answers those before
 * it. A Blob that cannot be read fails the request with an "invalid-input"
 * error whose `file` names it.
 */
export interface BlobInputFile {
  name: string;
  blob: Blob;
}

/** A file a reader worker read ("read" answer), to be counted in by another worker with the same options. */
export interface ReadInputFile {
  name: string;
  read: Uint8Array;
}

/**
 * Reads files into the corpus; transfer the bytes' buffers. One "file"
 * answer per file, or with `entriesEvery` "files" answers, then "done".
 */
export interface AddRequest extends RequestBase {
  type: 'add';
  files: (InputFile | BlobInputFile | ReadInputFile)[];
  /**
   * Milliseconds: the files' entries come in "files" answers, each with
   * those read since the last, at most this often (and all before "done" or
   * a failure), instead of a "file" answer each. Each message costs the
   * worker about as much as counting a short article.
   */
  entriesEvery?: number;
  /** Bytes still to be added after these: the worker ignores it; the page starts reader workers by it. */
  pending?: number;
}

/**
 * Reads files without adding them, for a counting worker's "add": the
 * corpus only lends its options. Transfer the bytes' buffers. "done"
 * carries the read files, one Uint8Array each, in order.
 */
export interface ReadRequest extends RequestBase {
  type: 'read';
  files: (InputFile | BlobInputFile)[];
}

/** Asks the corpus for a report; "done" carries the report as JSON text. */
export interface ReportRequest extends RequestBase {
  type: 'call';
  method: 'reportJson';
  args: [ReportFilter | null] | [ReportFilter | null, number | undefined];
}

/** Asks the corpus for one article's text; "done" carries the ArticleText. */
export interface ArticleRequest extends RequestBase {
  type: 'call';
  method: 'article';
  args: [number];
}

/** Asks the corpus for a concordance; "done" carries it. */
export interface ConcordanceRequest extends RequestBase {
  type: 'call';
  method: 'concordance';
  args: [string, ConcordanceOptions | null];
}

/** Asks the corpus to compare two outlets; "done" carries the pair. */
export interface CompareOutletsRequest extends RequestBase {
  type: 'call';
  method: 'compareOutlets';
  args: [string, string, PairOptions | null];
}

export type WorkerRequest = OpenRequest | AddRequest | ReadRequest | ReportRequest | ArticleRequest | ConcordanceRequest | CompareOutletsRequest;

export interface FileAnswer {
  type: 'file';
  id: number;
  entry: AddedFile;
}

/** The entries of files read since the last answer, in order (an "add" with `entriesEvery`). */
export interface FilesAnswer {
  type: 'files';
  id: number;
  entries: AddedFile[];
}

export interface DoneAnswer {
  type: 'done';
  id: number;
  /** The report JSON for reportJson, the object for article, concordance and compareOutlets, the read files for "read"; undefined otherwise. */
  value?: string | ArticleText | Concordance | Pair | Uint8Array[];
}

export interface ErrorAnswer {
  type: 'error';
  id: number;
  /** `file` names the file that could not be read, when that is what stopped an "add" or "read": the files before it were answered. */
  error: { name: 'NewslensError'; code: NewslensErrorCode; message: string; file?: string };
}

/** The wasm instance failed (a panic, out of memory); start a new worker. `file` is the file it was reading. */
export interface CrashAnswer {
  type: 'crash';
  id: number;
  file: string | null;
  error: { message: string };
  /** For a "read" request, the files it read before the crash (their buffers transferred). */
  reads: Uint8Array[];
}

export type WorkerAnswer = FileAnswer | FilesAnswer | DoneAnswer | ErrorAnswer | CrashAnswer;
