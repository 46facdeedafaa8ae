//! The whole ingest entry on raw bytes: binary and empty detection,
//! decoding (UTF-16, Windows-1252), format detection and every reader. The
//! first byte picks the file name's extension, which detection weighs second.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newslens::ingest::{ingest, Limits};

const NAMES: [&str; 10] =
    ["a.txt", "a.html", "a.json", "a.csv", "a.tsv", "a.xml", "a.md", "a", "a.ndjson", "a.htm"];

fuzz_target!(|data: &[u8]| {
    let Some((&first, bytes)) = data.split_first() else { return };
    let name = NAMES[usize::from(first) % NAMES.len()];
    match ingest(name, bytes, &Limits::default()) {
        Ok(ingested) => {
            assert!(!ingested.articles.is_empty());
            newslens_fuzz::check_articles(&ingested.articles);
        }
        Err(error) => {
            let message = error.to_string();
            assert!(message.starts_with(&format!("{name}: ")), "{message}");
            assert!(!message.contains('\n'), "a message of more than one line: {message:?}");
        }
    }
});
