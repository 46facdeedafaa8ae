//! The quote detector and attribution on any text.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    newslens_fuzz::check_quotes(&text, &newslens::quotes::find(&text));
});
