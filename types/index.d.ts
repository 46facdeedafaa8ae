// Public API of the newslens package (browser, bundler and Node entries alike).

/** A file to analyse: its name (shown in the report) and its raw bytes. */
export interface InputFile {
  name: string;
  bytes: Uint8Array;
}

export interface StopWordEdits {
  add?: string[];
  remove?: string[];
}

export interface KeywordOptions {
  /** How many terms `keywords` lists (default 500). */
  limit?: number;
  stopWords?: StopWordEdits;
}

/** Analysis options. Unknown names are refused with code "invalid-options". */
export interface Options {
  /** Files larger than this many bytes are refused with a message (default 64 MiB). */
  maxFileBytes?: number;
  /** Count articles marked `duplicateOf` in keywords and comparisons too (default false). */
  includeDuplicates?: boolean;
  keywords?: KeywordOptions;
}

/** The formats `files[].format` names. */
export type FileFormat = 'text' | 'html' | 'json' | 'csv' | 'tsv' | 'rss' | 'atom' | 'markdown' | 'binary' | 'empty';

export interface FileEntry {
  name: string;
  format: FileFormat;
  articles: number;
  error: string | null;
  warnings: string[];
}

export interface Article {
  id: number;
  file: string;
  outlet: string | null;
  headline: string | null;
  byline: string | null;
  /** YYYY-MM-DD */
  date: string | null;
  dateline: string | null;
  url: string | null;
  words: number;
  duplicateOf: number | null;
  /** Cleaned body, paragraphs separated by a blank line. */
  text: string;
}

export interface Quote {
  article: number;
  /** UTF-16 offsets into the article's text, covering the quotation marks. */
  start: number;
  end: number;
  text: string;
  speaker: string | null;
  verb: string | null;
  kind: 'direct' | 'partial';
}

export interface Speaker {
  name: string;
  aliases: string[];
  quotes: number;
  outlets: Record<string, number>;
}

export interface Keyword {
  term: string;
  count: number;
  docs: number;
}

export interface DistinctiveTerm {
  term: string;
  count: number;
  z: number;
}

export interface Outlet {
  name: string;
  articles: number;
  words: number;
  quotes: number;
  distinctive: DistinctiveTerm[];
}

export interface Story {
  id: number;
  articles: number[];
  outlets: string[];
}

/** The report, schema "newslens/1" (docs/report.schema.json). */
export interface Report {
  schema: 'newslens/1';
  files: FileEntry[];
  articles: Article[];
  quotes: Quote[];
  speakers: Speaker[];
  keywords: Keyword[];
  outlets: Outlet[];
  stories: Story[];
}

export type NewslensErrorCode = 'invalid-input' | 'invalid-options' | 'invalid-filter' | 'internal';

export declare class NewslensError extends Error {
  readonly name: 'NewslensError';
  readonly code: NewslensErrorCode;
  constructor(code: NewslensErrorCode, message: string);
}

/** Analyses the files and resolves to the report. Loads the wasm on first use. */
export declare function analyze(files: InputFile[], options?: Options): Promise<Report>;

/**
 * Loads the wasm once. In the browser, `wasmUrl` serves a self-hosted copy of
 * newslens_bg.wasm; in Node the file is read from the package.
 */
export declare function initialize(wasmUrl?: string | URL): Promise<void> | void;
