// The package's "./element" entry: the <news-lens> custom element (defined
// on import) and mount(), the same widget in any element.
import type { InputFile, Options, Report } from './index.js';

export type ViewName = 'overview' | 'keywords' | 'outlets' | 'stories' | 'quotes' | 'reader';
export type Theme = 'light' | 'dark' | 'auto';

export interface MountOptions {
  /** Article URLs to fetch and analyse on start. */
  src?: string[];
  /** The views to show, in this order (default: all). */
  views?: ViewName[];
  /** Default "auto": follow prefers-color-scheme. */
  theme?: Theme;
  /** Where newslens_bg.wasm is served from, to self-host it. */
  wasmUrl?: string | URL;
  /** Where the worker script (the "./worker" entry, bundled or not) is served from; it must be same-origin. */
  workerUrl?: string | URL;
  /**
   * How many reader workers read files beside the counting worker when a drop holds more than 2 MB
   * (the same report, sooner). Default: the machine's cores but one, at most 2; 0 turns them off.
   */
  readers?: number;
  /** URL of a sample manifest ([{ name, url }]); adds a "Try the samples" button and loads them when there is no src. */
  samples?: string | URL;
  /** Keep the view and filters in the page's URL hash (bookmarkable). Default false. */
  urlState?: boolean;
  /** Analysis options for the core (default: keywords.limit 100000, so the table can list every term). */
  analysis?: Options;
}

export interface NewsLensController {
  /**
   * The report on screen (filtered when filters are set), or null before the first one. Its
   * keywords, phrases and names stop at 2,000 each, as many as the views show at first.
   */
  readonly report: Report | null;
  /** The report on screen with every keyword, phrase and name the analysis options allow, or null. */
  wholeReport(): Promise<Report | null>;
  /** Switches the colour scheme. */
  set theme(theme: Theme);
  /** Adds files (File objects or { name, bytes }) to the analysis. */
  addFiles(files: Iterable<File | InputFile>): Promise<void>;
  /** Forgets every file. */
  clear(): Promise<void>;
  /** Stops the analysis and empties the element. */
  destroy(): void;
}

/** Builds the widget in `element`'s shadow root. */
export declare function mount(element: HTMLElement, options?: MountOptions): NewsLensController;

export interface NewsLensElementEventMap extends HTMLElementEventMap {
  /**
   * Fired when an analysis finishes and when the filters change; `detail` is the report shown
   * (lists of at most 2,000 terms: `wholeReport()` has them all).
   */
  report: CustomEvent<Report>;
}

/**
 * <news-lens src="a.html b.json" views="overview keywords" theme="dark"
 *   wasm-url="/assets/newslens_bg.wasm" worker-url="/assets/worker.js"
 *   samples="samples/index.json" url-state>
 */
export declare class NewsLensElement extends HTMLElement {
  readonly report: Report | null;
  wholeReport(): Promise<Report | null>;
  addFiles(files: Iterable<File | InputFile>): Promise<void>;
  clear(): Promise<void>;
  addEventListener<K extends keyof NewsLensElementEventMap>(
    type: K,
    listener: (this: NewsLensElement, event: NewsLensElementEventMap[K]) => void,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
}

declare global {
  interface HTMLElementTagNameMap {
    'news-lens': NewsLensElement;
  }
}
