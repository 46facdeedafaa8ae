//! The JSON reader against serde_json on any text: both accept it or both
//! refuse it, and what is accepted reads as the same value. The one
//! difference allowed: a number too large for a float, which serde_json
//! refuses and ours keeps as the text it was written as.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let ours = newslens::json::parse(text);
    let theirs = serde_json::from_str::<serde_json::Value>(text);
    match (ours, theirs) {
        (Ok(ours), Ok(theirs)) => {
            let written = newslens::json::to_json(&ours);
            let reread: serde_json::Value = serde_json::from_str(&written).expect("what the writer writes reads back");
            assert_eq!(reread, theirs, "{text:?} read as {written}");
        }
        (Err(_), Err(_)) => {}
        (Ok(ours), Err(theirs)) => {
            assert!(theirs.to_string().starts_with("number out of range"), "{text:?}: ours read {ours:?}, serde_json refused: {theirs}")
        }
        (Err(ours), Ok(theirs)) => panic!("{text:?}: ours refused ({ours}), serde_json read {theirs}"),
    }
});
