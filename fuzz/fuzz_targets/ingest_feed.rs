//! The RSS and Atom reader (one reader for both) and the XML parser under it.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newslens::ingest::Format;

fuzz_target!(|data: &[u8]| newslens_fuzz::read_as(Format::Rss, data));
