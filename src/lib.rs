//! newslens analyses news articles on the user's machine: keyword frequency,
//! comparison between outlets, and quotations with their speakers.
//!
//! The crate has two layers. Everything under this module is the pure-Rust
//! core: it knows nothing about WebAssembly and is tested natively. The
//! binding layer (`wasm`, compiled only for `wasm32`) owns every
//! `#[wasm_bindgen]` item and converts at the edge.
//!
//! Data flows one way:
//!
//! ```text
//! bytes ─ingest→ articles ─text→ tokens ─keywords→ counts ─┐
//!                                                          ├─report→ Report (schema "newslens/1")
//! ```
//!
//! [`Corpus`] drives that flow: files are added one at a time (so memory stays
//! proportional to what is kept, not to what was dropped), and
//! [`Corpus::report`] assembles the report on the articles a [`Filter`] selects.
//!
//! ```
//! use newslens::{Corpus, Filter, Options};
//!
//! let mut corpus = Corpus::new(Options::default());
//! corpus.add_file("budget.txt", b"Harbour budget\n\nThe harbour budget passed. The harbour reopens.");
//! let report = corpus.report(&Filter::default());
//! assert_eq!(report.keywords[0].term, "harbour");
//! assert_eq!(report.keywords[0].count, 3); // the headline counts too
//! ```

// The core is safe Rust (which is why the fuzzers may run without a
// sanitizer); the one exception, the wasm allocator's source of memory in
// `wasm`, says so where it is.
#![deny(unsafe_code)]

mod bytescan;
mod case;
pub mod compare;
mod corpus;
pub mod ingest;
pub mod json;
pub mod keywords;
pub mod names;
pub mod options;
pub mod quotes;
pub mod report;
mod search;
mod sort;
pub mod stories;
pub mod text;

pub use corpus::{ConcordanceOptions, Corpus, Filter, Malformed, Options, PairOptions, ReadFile};
pub use report::Report;

#[cfg(target_arch = "wasm32")]
pub mod wasm;
