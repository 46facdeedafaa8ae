// The package's "./wasm" entry: the wasm-bindgen glue of the core, for
// callers who drive a Corpus themselves (add files one at a time, ask for
// filtered reports). `analyze()` from "newslens" is the simpler API.
import type { FileEntry, Options } from './index.js';

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

/** Files added so far, read and counted. Free it when done. */
export declare class Corpus {
  /** Throws a NewslensError with code "invalid-options" for unknown option names. */
  constructor(options?: Options | null);
  addFile(name: string, bytes: Uint8Array): AddedFile;
  /** The report (schema "newslens/1") on the articles `filter` selects, as JSON text. */
  reportJson(filter?: ReportFilter | null): string;
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
