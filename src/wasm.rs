//! The binding layer: every `#[wasm_bindgen]` item lives here. It converts
//! JavaScript values to core types at the edge and back, and does nothing else.
//!
//! Errors cross the boundary as JavaScript `Error`s named `NewslensError`
//! with a `code` property, so callers can tell a bad option from a bug.

use std::alloc::Layout;
use std::arch::wasm32::{memory_grow, memory_size};
use std::ptr::NonNull;

use talc::base::binning::Binning;
use talc::base::{Talc, CHUNK_UNIT};
use talc::cell::TalcSyncCell;
use talc::source::Source;
use talc::wasm::WasmBinning;
use wasm_bindgen::prelude::*;

use crate::json::{to_json, to_json_in_pieces, ToJson};

#[global_allocator]
static ALLOCATOR: TalcSyncCell<GrowInSteps, WasmBinning> = TalcSyncCell::new_wasm(GrowInSteps { end: None });

/// Where the allocator gets memory: like talc's own `WasmGrowAndExtend`, it
/// grows the wasm memory and extends the one heap over it, but by at least
/// 1/[`GROWTH_STEPS`] of the memory's size at a time instead of by the
/// pages one allocation needs. Each growth costs the JavaScript engine a
/// new buffer, and Node 20's a garbage collection too: adding a 50 MB
/// corpus's 31,508 files grew the memory during 1,732 of them (103 now),
/// and in Node counted them at a fifth of the speed they had in memory
/// already grown.
#[derive(Debug)]
struct GrowInSteps {
    end: Option<NonNull<u8>>,
}

/// Growing by a 32nd of the memory adds at most that much to its peak, which
/// the budget of 4 bytes per input byte and 30 MB still holds (the 10 MB
/// bench corpus: 66.4 MB of 70, 65.5 before).
const GROWTH_STEPS: usize = 32;
const PAGE_BYTES: usize = 64 * 1024;

// SAFETY: `acquire` uses only the `talc` it is given, and never allocates.
#[allow(unsafe_code)]
unsafe impl Source for GrowInSteps {
    fn acquire<B: Binning>(talc: &mut Talc<Self, B>, layout: Layout) -> Result<(), ()> {
        // The allocation with its chunk's tail and alignment, and room for a new heap's start.
        let needed = (layout.size() + layout.align() + 3 * CHUNK_UNIT).div_ceil(PAGE_BYTES);
        let step = needed.max(memory_size::<0>() / GROWTH_STEPS);
        // Near the 4 GiB limit a step may not fit where the allocation still does.
        let (pages, old_pages) = match memory_grow::<0>(step) {
            usize::MAX => (needed, memory_grow::<0>(needed)),
            old_pages => (step, old_pages),
        };
        if old_pages == usize::MAX {
            return Err(());
        }
        let base = old_pages * PAGE_BYTES;
        // Memory grown up to 4 GiB ends at an address a 32-bit pointer cannot hold.
        let end = base.saturating_add(pages * PAGE_BYTES) as *mut u8;
        let base = base as *mut u8;
        // SAFETY: the memory from `base` to `end` was just added to the
        // wasm memory and belongs to no one; the heap extended is the one
        // this source claimed, ending where the new memory begins.
        unsafe {
            talc.source.end = match talc.source.end.take() {
                Some(old_end) if old_end.as_ptr() == base => Some(talc.extend(old_end, end)),
                _ => talc.claim(base, pages * PAGE_BYTES),
            };
        }
        Ok(())
    }
}

/// The size of the pieces in which [`Corpus::report_json`] hands over its text.
const JSON_PIECE_BYTES: usize = 1 << 20;

/// A panic is logged to the console with its stack and then thrown as a JS
/// `Error` carrying its message, instead of trapping as a bare `RuntimeError:
/// unreachable` (the release build aborts on panic, so without this the
/// message would be lost). The instance is not to be used after it.
#[wasm_bindgen(start)]
fn start() {
    install_panic_hook();
}

/// Sets the hook [`start`] sets; public for the browser tests, whose harness
/// replaces it with its own, and not exported to JavaScript.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        wasm_bindgen::throw_str(&format!("newslens crashed: {}", info.to_string().replace('\n', " ")));
    }));
}

fn newslens_error(code: &str, message: &str) -> JsValue {
    let error = js_sys::Error::new(message);
    error.set_name("NewslensError");
    // Setting a property on a fresh Error object cannot fail.
    let _ = js_sys::Reflect::set(&error, &"code".into(), &code.into());
    error.into()
}

/// Files added so far, read and counted; `reportJson()` gives the report.
#[wasm_bindgen]
pub struct Corpus {
    inner: crate::Corpus,
}

#[wasm_bindgen]
impl Corpus {
    /// `options` is the plain object documented in the README; `undefined`
    /// or `null` means the defaults.
    #[wasm_bindgen(constructor)]
    pub fn new(options: JsValue) -> Result<Corpus, JsValue> {
        let options =
            from_plain_object(&options, "options").map_err(|message| newslens_error("invalid-options", &message))?;
        Ok(Corpus { inner: crate::Corpus::new(options) })
    }

    /// Reads one file's bytes and returns its `files[]` entry of the report,
    /// plus `ms`, the time it took.
    #[wasm_bindgen(js_name = addFile)]
    pub fn add_file(&mut self, name: &str, bytes: &[u8]) -> Result<JsValue, JsValue> {
        let started = now();
        timed_entry(self.inner.add_file(name, bytes), started)
    }

    /// Reads one file as `addFile` would, without adding it, into bytes that
    /// `addRead` of a corpus with the same options takes: reader workers
    /// read files while the one corpus counts.
    #[wasm_bindgen(js_name = readFile)]
    pub fn read_file(&self, name: &str, bytes: &[u8]) -> Vec<u8> {
        self.inner.read_file(name, bytes).encode()
    }

    /// Adds a file `readFile` read; returns what `addFile` of the same bytes
    /// would have. Bytes not from `readFile` of this build are an
    /// `invalid-input` error.
    #[wasm_bindgen(js_name = addRead)]
    pub fn add_read(&mut self, read: &[u8]) -> Result<JsValue, JsValue> {
        let started = now();
        let read =
            crate::ReadFile::decode(read).map_err(|error| newslens_error("invalid-input", &error.to_string()))?;
        timed_entry(self.inner.add_read(read), started)
    }

    /// The report on the articles `filter` selects (`{ outlets, dateFrom,
    /// dateTo, articles }`; `undefined` selects all), with at most
    /// `keyword_limit` keywords, phrases and names when it is given (never
    /// more than the options say), as JSON text: one
    /// `JSON.parse` in JavaScript is much faster than building the object
    /// through the boundary field by field. The text crosses in pieces,
    /// joined in JavaScript, so that the wasm memory never holds all of it.
    #[wasm_bindgen(js_name = reportJson)]
    pub fn report_json(&self, filter: JsValue, keyword_limit: Option<u32>) -> Result<js_sys::JsString, JsValue> {
        let filter: crate::Filter =
            from_plain_object(&filter, "filter").map_err(|message| newslens_error("invalid-filter", &message))?;
        let report = self.inner.report_at_most(&filter, keyword_limit.map_or(usize::MAX, |limit| limit as usize));
        let mut json = js_sys::JsString::from("");
        to_json_in_pieces(&report, JSON_PIECE_BYTES, &mut |piece| {
            json = json.concat(&piece.into());
        });
        Ok(json)
    }

    /// The text of article `id` (as in the report's `articles[].id`): `{ id,
    /// file, headline, text }`, for a report made with `articleText: false`.
    /// An id past the last article is an `invalid-query` error.
    pub fn article(&self, id: usize) -> Result<JsValue, JsValue> {
        let article = self
            .inner
            .article(id)
            .ok_or_else(|| newslens_error("invalid-query", &format!("there is no article {id}")))?;
        to_plain_object(&article)
    }

    /// Where `term` (a word or a phrase) occurs: `{ total, lines: [{ article,
    /// part, start, end, left, match, right }] }`. `options` is `{ limit,
    /// width, filter }`; `undefined` gives 100 lines of 60 characters of
    /// context from every article.
    pub fn concordance(&self, term: &str, options: JsValue) -> Result<JsValue, JsValue> {
        let options: crate::ConcordanceOptions =
            from_plain_object(&options, "options").map_err(|message| newslens_error("invalid-options", &message))?;
        let concordance = self
            .inner
            .concordance(term, &options)
            .map_err(|error| newslens_error("invalid-query", &error.to_string()))?;
        to_plain_object(&concordance)
    }

    /// Outlets `a` and `b` compared term by term: `{ a, b, terms: [{ term,
    /// kind, a, b, z, logRatio, g2, significant, houseStyle }] }`. `options`
    /// is `{ minCount, limit, filter }`; an outlet no selected article names
    /// is an `invalid-query` error.
    #[wasm_bindgen(js_name = compareOutlets)]
    pub fn compare_outlets(&self, a: &str, b: &str, options: JsValue) -> Result<JsValue, JsValue> {
        let options: crate::PairOptions =
            from_plain_object(&options, "options").map_err(|message| newslens_error("invalid-options", &message))?;
        let pair = self
            .inner
            .compare_outlets(a, b, &options)
            .map_err(|error| newslens_error("invalid-query", &error.to_string()))?;
        to_plain_object(&pair)
    }
}

/// A file's entry with `ms`, the time since `started`.
fn timed_entry(entry: &crate::report::FileEntry, started: f64) -> Result<JsValue, JsValue> {
    let ms = now() - started;
    let summary = to_plain_object(entry)?;
    // Setting a property on a fresh object cannot fail.
    let _ = js_sys::Reflect::set(&summary, &"ms".into(), &ms.into());
    Ok(summary)
}

/// Reads options or a filter; `undefined` and `null` give the defaults.
/// The value goes through JSON text, read by the core's options reader, which
/// refuses a misspelt field name instead of ignoring it.
fn from_plain_object<T: crate::options::FromJson + Default>(value: &JsValue, what: &str) -> Result<T, String> {
    let json = json_text_of(value).ok_or_else(|| format!("invalid {what}: not a plain JSON object"))?;
    crate::options::parse(&json).map_err(|error| format!("invalid {what}: {error}"))
}

/// `value` as JSON text, `null` for `undefined`. Not inlined: one copy serves
/// every options type.
#[inline(never)]
fn json_text_of(value: &JsValue) -> Option<String> {
    if value.is_undefined() {
        return Some("null".to_string());
    }
    js_sys::JSON::stringify(value).ok().and_then(|json| json.as_string())
}

/// A plain object from `value`, through JSON text: the report is written as
/// JSON already, and one serialiser in the wasm instead of two keeps it small.
fn to_plain_object(value: &impl ToJson) -> Result<JsValue, JsValue> {
    let json = to_json(value);
    js_sys::JSON::parse(&json)
}

#[wasm_bindgen]
extern "C" {
    /// `performance.now()`: a global in a window, a worker and Node alike.
    #[wasm_bindgen(js_namespace = performance)]
    fn now() -> f64;
}
