//! The CSV and TSV readers: the first byte picks the separator.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newslens::ingest::Format;

fuzz_target!(|data: &[u8]| {
    if let Some((&first, rest)) = data.split_first() {
        newslens_fuzz::read_as(if first % 2 == 0 { Format::Csv } else { Format::Tsv }, rest);
    }
});
