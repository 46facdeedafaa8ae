//! The text reader alone, on any text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newslens::ingest::Format;

fuzz_target!(|data: &[u8]| newslens_fuzz::read_as(Format::Text, data));
