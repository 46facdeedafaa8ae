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
  /** How many terms `keywords` and `phrases` list (default 500). */
  limit?: number;
  /** Edits to the default stop-word list (English function words). */
  stopWords?: StopWordEdits;
  /** Also remove news-reporting words: said, says, told, Mr, Mrs … (default false). */
  newsStopWords?: boolean;
  /** Group words by their Snowball English stem, shown in their commonest form (default false). */
  stemming?: boolean;
  /** List numbers among the keywords (default true). */
  numbers?: boolean;
  /** Count phrases of two and three words (default true). */
  phrases?: boolean;
  /** Words seen fewer times are not listed (default 1). */
  minCount?: number;
  /** Phrases seen fewer times are not listed (default 3). */
  phraseMinCount?: number;
}

/** Analysis options. Unknown names are refused with code "invalid-options". */
export interface Options {
  /** Files larger than this many bytes are refused with a message (default 64 MiB). */
  maxFileBytes?: number;
  /** Once the files read hold this many bytes, further files are refused with a message (default 512 MiB). */
  maxTotalBytes?: number;
  /** The corpus keeps at most this many articles; the rest are left out with a message (default 100,000). */
  maxArticles?: number;
  /** Count articles marked `duplicateOf` in keywords and comparisons too (default false). */
  includeDuplicates?: boolean;
  /** Put each article's text in the report's `articles[].text` (default true); without it the report of a large corpus is a fraction of the size, and `Corpus.article(id)` gives one article's text. */
  articleText?: boolean;
  keywords?: KeywordOptions;
  compare?: CompareOptions;
  stories?: StoryOptions;
}

export interface CompareOptions {
  /** Terms an outlet used fewer times are not among its distinctive terms (default 3). */
  minCount?: number;
  /** How many distinctive terms each outlet lists (default 50). */
  limit?: number;
}

export interface StoryOptions {
  /** The most days apart two articles of one story can be (default 3). */
  days?: number;
}

/** The formats `files[].format` names. */
export type FileFormat = 'text' | 'html' | 'json' | 'csv' | 'tsv' | 'rss' | 'atom' | 'markdown' | 'binary' | 'empty';

export interface FileEntry {
  name: string;
  format: FileFormat;
  articles: number;
  /** How many of its articles repeat one read before them, from any file. */
  duplicates: number;
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
  /** Cleaned body, paragraphs separated by a blank line; absent when the option `articleText` is false. */
  text?: string;
  /** Its most distinctive words (at most 10) by TF-IDF within the selected articles. */
  keywords: ArticleKeyword[];
}

export interface ArticleKeyword {
  term: string;
  count: number;
  tfidf: number;
}

export interface Quote {
  article: number;
  /** UTF-16 offsets into the article's text (its headline, in `headlineQuotes`), covering the quotation marks. */
  start: number;
  end: number;
  /** The quoted words without marks. */
  text: string;
  /** The fullest name the article gives, or a description as written ("a Kremlin spokesperson"). */
  speaker: string | null;
  /** The reporting verb as written ("said", "according to"); null for `"Q" — X` and `X: "Q"`. */
  verb: string | null;
  /** `direct`: reported speech; `partial`: a fragment, a scare quote or a title. */
  kind: 'direct' | 'partial';
}

export interface Speaker {
  /** The fullest name; shorter names that are part of it are merged in. */
  name: string;
  /** Other names and written forms ("Mr Hegseth", "Hegseth"); pronouns are not aliases. */
  aliases: string[];
  /** Body quotations attributed to the speaker in the selected articles. */
  quotes: number;
  /** Quotations per outlet, for articles whose outlet is known. */
  outlets: Record<string, number>;
  /** By outlet: this speaker's part (0 to 1) of the quotations the outlet attributes to anyone. */
  shares: Record<string, number>;
  /** The gender most of the speaker's quotations' articles give (titles, given names, pronouns); null when none does or they are split. */
  gender: 'female' | 'male' | null;
}

export type TermKind = 'word' | 'number' | 'url' | 'email' | 'handle' | 'hashtag' | 'phrase' | 'name';

export interface Keyword {
  /** Shown in its commonest written form. */
  term: string;
  kind: TermKind;
  count: number;
  /** Articles it occurs in. */
  docs: number;
  /** Occurrences per 10,000 words of the selected articles. */
  per10k: number;
  /** Gries' DP: 0 evenly spread over the articles, towards 1 concentrated in few. */
  dp: number;
  /** Phrases only: log-likelihood G² against independent words. */
  g2?: number;
  /** Occurrences per outlet. */
  outlets: Record<string, number>;
  /** Occurrences per date (YYYY-MM-DD). */
  dates: Record<string, number>;
}

export interface StopWordCount {
  term: string;
  count: number;
}

export interface DistinctiveTerm {
  term: string;
  kind: TermKind;
  /** Occurrences in this outlet and in all the others. */
  count: number;
  others: number;
  /** Log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi and Quinn 2008), as a z-score. */
  z: number;
  /** Hardie's Log Ratio: log2 of the ratio of relative frequencies. */
  logRatio: number;
  /** Log-likelihood G², and whether it passes p < 0.001 (G² ≥ 10.83). */
  g2: number;
  significant: boolean;
}

/** Counts by gender; `unknown` when no title, given name or pronoun says, and for speakers known by a description. */
export interface GenderCounts {
  female: number;
  male: number;
  unknown: number;
}

export interface Outlet {
  name: string;
  articles: number;
  words: number;
  /** Words per article. */
  meanWords: number;
  /** The first and last day (YYYY-MM-DD) of its dated articles. */
  dateFrom: string | null;
  dateTo: string | null;
  /** Body quotations, and how many per 1,000 words. */
  quotes: number;
  quotesPer1000: number;
  /** Speakers it quotes, and how many of them no other outlet quotes. */
  speakers: number;
  exclusiveSpeakers: number;
  /** Its attributed quotations by their speaker's gender. */
  quoteGenders: GenderCounts;
  /** The speakers it quotes by gender. */
  speakerGenders: GenderCounts;
  /** Jensen–Shannon divergence (bits, 0 to 1) of its word distribution from each other outlet's. */
  divergence: Record<string, number>;
  /** Its terms against all the other outlets together, most distinctive first (house style left out). */
  distinctive: DistinctiveTerm[];
}

export interface StorySpeaker {
  name: string;
  quotes: number;
}

/** One outlet's articles of a story. */
export interface StoryCoverage {
  outlet: string | null;
  articles: number[];
  /** The headline of its longest article of the story, and its words in all of them. */
  headline: string | null;
  words: number;
  /** The terms it uses that the story's other outlets do not, heaviest first. */
  terms: string[];
  /** Whom it quotes in the story, most quoted first. */
  speakers: StorySpeaker[];
}

/** Articles from any outlets about one event; near-duplicates take no part. */
export interface Story {
  id: number;
  articles: number[];
  outlets: string[];
  /** The first and last day (YYYY-MM-DD) of its dated articles. */
  dateFrom: string | null;
  dateTo: string | null;
  /** The headline of the article most like the others. */
  headline: string | null;
  /** The heaviest terms its articles share. */
  terms: string[];
  /** Each outlet's coverage, by outlet (articles without one last). */
  coverage: StoryCoverage[];
}

/** The report, schema "newslens/1" (docs/report.schema.json). */
export interface Report {
  schema: 'newslens/1';
  files: FileEntry[];
  articles: Article[];
  quotes: Quote[];
  /** Quotations in headlines; offsets are into `articles[].headline`. Not counted in `speakers`. */
  headlineQuotes: Quote[];
  speakers: Speaker[];
  keywords: Keyword[];
  /** Phrases of two or three words, ranked by G². */
  phrases: Keyword[];
  /** Proper names, each mention counted under the fullest form its article gives; ranked by count. */
  names: Keyword[];
  /** The stop words removed from `keywords`, and how often. */
  stopWords: StopWordCount[];
  /** Words of the counted articles per date (YYYY-MM-DD): what a term's `dates` are out of. */
  dateWords: Record<string, number>;
  outlets: Outlet[];
  stories: Story[];
}

export type NewslensErrorCode = 'invalid-input' | 'invalid-options' | 'invalid-filter' | 'invalid-query' | 'internal';

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
