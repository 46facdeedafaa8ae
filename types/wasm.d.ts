// The package's "./wasm" entry: the wasm-bindgen glue of the core, for
// callers who drive a Corpus themselves (add files one at a time, ask for
// filtered reports). `analyze()` from "newslens" is the simpler API.
import type { FileEntry, Options, TermKind } from './index.js';

/** Which articles a report covers; empty lists and null dates select everything. */
export interface ReportFilter {
  outlets?: string[];
  /** First day included, YYYY-MM-DD. Articles without a date are outside any range. */
  dateFrom?: string | null;
  /** Last day included, YYYY-MM-DD. */
  dateTo?: string | null;
  /** Article ids, as in the unfiltered report. */
  articles?: number[];
}

/** A file's entry in the report, plus the milliseconds it took to read. */
export interface AddedFile extends FileEntry {
  ms: number;
}

export interface ConcordanceOptions {
  /** How many lines to return (default 100). */
  limit?: number;
  /** Characters of context each side (default 60). */
  width?: number;
  filter?: ReportFilter | null;
}

export interface ConcordanceLine {
  article: number;
  part: 'headline' | 'text';
  /** UTF-16 offsets of the match into the article's headline or text, as `part` says. */
  start: number;
  end: number;
  left: string;
  match: string;
  right: string;
}

export interface Concordance {
  /** Every occurrence in the selected articles; `lines` holds the first `limit`. */
  total: number;
  lines: ConcordanceLine[];
}

export interface PairOptions {
  /** Terms the two outlets use fewer times together are left out (default 2). */
  minCount?: number;
  /** At most this many terms, the most frequent (default 10,000). */
  limit?: number;
  filter?: ReportFilter | null;
}

export interface PairSide {
  name: string;
  articles: number;
  words: number;
}

export interface PairTerm {
  term: string;
  kind: TermKind;
  /** Occurrences in A and in B. */
  a: number;
  b: number;
  /** Log-odds ratio with an informative Dirichlet prior, as a z-score: positive when A uses the term more. */
  z: number;
  logRatio: number;
  g2: number;
  significant: boolean;
  /** The name or a caption word of either outlet: shown, but never labelled as distinctive. */
  houseStyle: boolean;
}

/** Two outlets compared term by term, A's most distinctive first. */
export interface Pair {
  a: PairSide;
  b: PairSide;
  terms: PairTerm[];
}

/** One article's text with its file and headline, which tell whether the id still names the article a caller had in mind. */
export interface ArticleText {
  id: number;
  file: string;
  headline: string | null;
  /** Cleaned body, paragraphs separated by a blank line. */
  text: string;
}

/** Files added so far, read and counted. Free it when done. */
export declare class Corpus {
  /** Throws a NewslensError with code "invalid-options" for unknown option names. */
  constructor(options?: Options | null);
  addFile(name: string, bytes: Uint8Array): AddedFile;
  /** Reads a file as addFile would, without adding it: bytes for addRead of a Corpus with the same options (in another worker). */
  readFile(name: string, bytes: Uint8Array): Uint8Array;
  /** Adds a file readFile read and returns what addFile of its bytes would. Throws a NewslensError with code "invalid-input" for bytes not from readFile of this build. */
  addRead(read: Uint8Array): AddedFile;
  /** The report (schema "newslens/1") on the articles `filter` selects, as JSON text; `keywordLimit` caps its keywords, phrases and names below the options' limit. */
  reportJson(filter?: ReportFilter | null, keywordLimit?: number): string;
  /** The text of article `id` (a report's `articles[].id`). Throws a NewslensError with code "invalid-query" for an id past the last article. */
  article(id: number): ArticleText;
  /** Where a word or phrase occurs. Throws a NewslensError with code "invalid-query" for a query without words. */
  concordance(term: string, options?: ConcordanceOptions | null): Concordance;
  /** Outlets `a` and `b` compared term by term. Throws a NewslensError with code "invalid-query" for an outlet no selected article names. */
  compareOutlets(a: string, b: string, options?: PairOptions | null): Pair;
  free(): void;
}

export type InitInput = RequestInfo | URL | Response | BufferSource | WebAssembly.Module;

export interface WasmExports {
  readonly memory: WebAssembly.Memory;
}

/** Loads the wasm (by default from newslens_bg.wasm next to the glue). Call once before using Corpus. */
export default function init(source?: { module_or_path: InitInput | Promise<InitInput> }): Promise<WasmExports>;

/** Instantiates the wasm synchronously from its bytes or a compiled module. */
export declare function initSync(source: { module: BufferSource | WebAssembly.Module }): WasmExports;
