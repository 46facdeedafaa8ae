//! The binding layer in a real browser (headless Chromium through
//! wasm-bindgen-test): what JavaScript sees when it drives the `Corpus`.
#![cfg(target_arch = "wasm32")]

use newslens::wasm::Corpus;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

const HARBOUR: &[u8] = include_bytes!("../www/samples/harbour-herald-reopening.txt");

fn get(value: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(value, &key.into()).expect("property access on a plain object")
}

/// The report JavaScript gets, read back.
fn report(corpus: &Corpus, filter: JsValue) -> serde_json::Value {
    let json = String::from(corpus.report_json(filter, None).expect("report"));
    serde_json::from_str(&json).expect("the report is JSON")
}

#[wasm_bindgen_test]
fn a_text_file_becomes_a_report_with_keywords() {
    let mut corpus = Corpus::new(JsValue::UNDEFINED).expect("default options");
    let entry = corpus.add_file("harbour.txt", HARBOUR).expect("file entry");
    assert_eq!(get(&entry, "name"), "harbour.txt");
    assert_eq!(get(&entry, "format"), "text");
    assert_eq!(get(&entry, "articles"), 1);
    assert!(get(&entry, "error").is_null());
    assert!(get(&entry, "ms").as_f64().is_some_and(|ms| ms >= 0.0));

    let report = report(&corpus, JsValue::UNDEFINED);
    assert_eq!(report["schema"], "newslens/1");
    let top = &report["keywords"][0];
    assert_eq!(
        (&top["term"], &top["count"], &top["docs"], &top["kind"]),
        (&"said".into(), &6.into(), &1.into(), &"word".into()),
        "the outlet and dateline lines are metadata, not words"
    );
    let harbour = report["keywords"].as_array().and_then(|keywords| keywords.iter().find(|k| k["term"] == "harbour"));
    assert_eq!(harbour.map(|k| &k["count"]), Some(&5.into()), "one in the headline, four in the body");
}

#[wasm_bindgen_test]
fn the_same_bytes_give_the_same_counts_as_native_code() {
    let mut native = newslens::Corpus::new(newslens::Options::default());
    native.add_file("harbour.txt", HARBOUR);
    let expected: serde_json::Value =
        serde_json::from_str(&newslens::json::to_json(&native.report(&newslens::Filter::default()))).unwrap();

    let mut corpus = Corpus::new(JsValue::NULL).unwrap();
    corpus.add_file("harbour.txt", HARBOUR).unwrap();
    let report = report(&corpus, JsValue::UNDEFINED);
    assert_eq!(report, expected);
}

#[wasm_bindgen_test]
fn a_report_of_many_pieces_is_the_native_report() {
    // With every article's text, 1,500 copies make a report of several of
    // the pieces the JSON crosses in.
    let options = newslens::Options { article_text: true, ..newslens::Options::default() };
    let mut native = newslens::Corpus::new(options);
    let mut corpus = Corpus::new(js_sys::JSON::parse(r#"{"articleText": true}"#).unwrap()).unwrap();
    for n in 0..1500 {
        let name = format!("harbour-{n}.txt");
        native.add_file(&name, HARBOUR);
        corpus.add_file(&name, HARBOUR).unwrap();
    }
    let expected = newslens::json::to_json(&native.report(&newslens::Filter::default()));
    assert!(expected.len() > 2 << 20, "{} bytes", expected.len());
    assert_eq!(String::from(corpus.report_json(JsValue::UNDEFINED, None).unwrap()), expected);
}

#[wasm_bindgen_test]
fn options_from_javascript_apply_and_typos_are_typed_errors() {
    let options = js_sys::JSON::parse(r#"{"keywords": {"limit": 2}}"#).unwrap();
    let mut corpus = Corpus::new(options).unwrap();
    corpus.add_file("harbour.txt", HARBOUR).unwrap();
    let report = report(&corpus, JsValue::UNDEFINED);
    assert_eq!(report["keywords"].as_array().map(Vec::len), Some(2));

    let typo = js_sys::JSON::parse(r#"{"keyword": {}}"#).unwrap();
    let error: js_sys::Error = Corpus::new(typo).err().expect("an unknown option is refused").unchecked_into();
    assert_eq!(error.name(), "NewslensError");
    assert_eq!(get(&error, "code"), "invalid-options");
    let message = String::from(error.message());
    assert!(message.starts_with("invalid options: unknown field `keyword`"), "{message}");
}

#[wasm_bindgen_test]
fn a_bad_file_is_reported_and_the_corpus_goes_on() {
    let mut corpus = Corpus::new(JsValue::NULL).unwrap();
    let entry = corpus.add_file("scan.pdf", b"%PDF-1.4\n").unwrap();
    assert_eq!(get(&entry, "error"), "scan.pdf: a PDF document, not text");
    corpus.add_file("harbour.txt", HARBOUR).unwrap();
    let report = report(&corpus, JsValue::UNDEFINED);
    assert_eq!(report["articles"].as_array().map(Vec::len), Some(1));
}

#[wasm_bindgen_test]
fn a_file_read_by_one_corpus_and_added_to_another_reports_as_added() {
    let mut added = Corpus::new(JsValue::UNDEFINED).expect("default options");
    let reader = Corpus::new(JsValue::UNDEFINED).expect("default options");
    let mut counter = Corpus::new(JsValue::UNDEFINED).expect("default options");
    for (name, bytes) in [("harbour.txt", HARBOUR), ("photo.png", &b"\x89PNG\r\n\x1a\n"[..])] {
        let entry = added.add_file(name, bytes).expect("file entry");
        let read = reader.read_file(name, bytes);
        let handed_over = counter.add_read(&read).expect("file entry");
        for key in ["name", "format", "articles", "error"] {
            assert_eq!(get(&handed_over, key), get(&entry, key), "{name} {key}");
        }
    }
    assert_eq!(report(&counter, JsValue::UNDEFINED), report(&added, JsValue::UNDEFINED));
    let top: serde_json::Value =
        serde_json::from_str(&String::from(added.report_json(JsValue::UNDEFINED, Some(1)).expect("report"))).unwrap();
    assert_eq!(top["keywords"].as_array().map(Vec::len), Some(1), "a keyword limit for one report");
    assert_eq!(report(&added, JsValue::UNDEFINED)["articles"].as_array().map(Vec::len), Some(1));

    let error = counter.add_read(b"nlr1 not a read file").expect_err("bytes from elsewhere");
    assert_eq!(get(&error, "name"), "NewslensError");
    assert_eq!(get(&error, "code"), "invalid-input");
    assert_eq!(get(&error, "message"), "not a file read by this version of newslens: cut short");
}

#[wasm_bindgen_test]
fn a_filter_from_javascript_selects_articles_and_typos_are_typed_errors() {
    let mut corpus = Corpus::new(JsValue::NULL).unwrap();
    corpus.add_file("a.txt", HARBOUR).unwrap();
    corpus.add_file("b.txt", b"Levy vote\n\nThe council passed the harbour levy.").unwrap();
    let filter = js_sys::JSON::parse(r#"{"articles": [1]}"#).unwrap();
    let report = report(&corpus, filter);
    assert_eq!(report["articles"].as_array().map(Vec::len), Some(1));
    assert_eq!(report["articles"][0]["id"], 1);
    assert_eq!(report["keywords"].as_array().map(Vec::len), Some(5), "levy, vote, council, harbour, passed");

    let typo = js_sys::JSON::parse(r#"{"outlet": "Herald"}"#).unwrap();
    let error: js_sys::Error =
        corpus.report_json(typo, None).expect_err("an unknown filter field is refused").unchecked_into();
    assert_eq!(get(&error, "code"), "invalid-filter");
    assert!(String::from(error.message()).starts_with("invalid filter: unknown field `outlet`"));
}

#[wasm_bindgen_test]
fn a_concordance_crosses_the_boundary_as_plain_lines_with_typed_errors() {
    let mut corpus = Corpus::new(JsValue::NULL).unwrap();
    corpus.add_file("harbour.txt", HARBOUR).unwrap();
    let options = js_sys::JSON::parse(r#"{"limit": 1, "width": 10}"#).unwrap();
    let found = corpus.concordance("harbour", options).expect("concordance");
    let found: serde_json::Value =
        serde_json::from_str(&String::from(js_sys::JSON::stringify(&found).unwrap())).unwrap();
    let report = report(&corpus, JsValue::UNDEFINED);
    assert!(found["total"].as_u64().is_some_and(|total| total > 1), "{found}");
    let lines = found["lines"].as_array().unwrap();
    assert_eq!(lines.len(), 1);
    let line = &lines[0];
    let (start, end) = (line["start"].as_u64().unwrap() as usize, line["end"].as_u64().unwrap() as usize);
    assert_eq!(line["part"], "headline");
    let utf16: Vec<u16> = report["articles"][0]["headline"].as_str().unwrap().encode_utf16().collect();
    assert_eq!(String::from_utf16(&utf16[start..end]).unwrap(), line["match"].as_str().unwrap());
    assert_eq!(line["match"].as_str().map(str::to_lowercase).as_deref(), Some("harbour"));

    let error: js_sys::Error = corpus.concordance("…", JsValue::UNDEFINED).expect_err("no words").unchecked_into();
    assert_eq!(get(&error, "code"), "invalid-query");
    let typo = js_sys::JSON::parse(r#"{"limits": 1}"#).unwrap();
    let error: js_sys::Error = corpus.concordance("harbour", typo).expect_err("typo").unchecked_into();
    assert_eq!(get(&error, "code"), "invalid-options");
}

#[wasm_bindgen::prelude::wasm_bindgen(
    inline_js = "export function messageOf(run) { try { run(); return 'nothing thrown'; } catch (error) { return `${error.name}: ${error.message}`; } }"
)]
extern "C" {
    #[wasm_bindgen(js_name = messageOf)]
    fn message_of(run: &js_sys::Function) -> String;
}

/// The test harness sets a panic hook of its own, so the module's is set
/// again here.
#[wasm_bindgen_test]
fn a_panic_is_thrown_as_an_error_carrying_its_message() {
    newslens::wasm::install_panic_hook();
    let run = wasm_bindgen::closure::Closure::<dyn Fn()>::new(|| panic!("the harbour flooded"));
    let message = message_of(run.as_ref().unchecked_ref());
    assert!(message.starts_with("Error: newslens crashed: panicked at tests/wasm.rs"), "{message}");
    assert!(message.ends_with("the harbour flooded"), "{message}");
}
