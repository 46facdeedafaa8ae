//! Files handed from a reader worker to the counting one (`Corpus::read_file`,
//! `ReadFile::encode`, `ReadFile::decode`, `Corpus::add_read`). The first byte
//! picks the mode and, as in the ingest target, the file name: for even
//! bytes the rest is a file, whose read must survive its bytes unchanged and
//! report as the file added; for odd bytes the rest is handed-over bytes from
//! anywhere, which decode to an error or to a file that reports without a
//! panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newslens::{Corpus, Filter, Options, ReadFile};

const NAMES: [&str; 7] = ["a.txt", "a.html", "a.json", "a.csv", "a.tsv", "a.xml", "a.md"];

fuzz_target!(|data: &[u8]| {
    let Some((&first, bytes)) = data.split_first() else { return };
    let mut counter = Corpus::new(Options::default());
    if first % 2 == 0 {
        let name = NAMES[usize::from(first / 2) % NAMES.len()];
        let read = counter.read_file(name, bytes);
        let decoded = ReadFile::decode(&read.encode()).expect("an encoded file decodes");
        assert_eq!(decoded, read, "a read file survives its bytes unchanged");
        counter.add_read(decoded);
        let mut added = Corpus::new(Options::default());
        added.add_file(name, bytes);
        assert_eq!(counter.report(&Filter::default()), added.report(&Filter::default()));
    } else if let Ok(read) = ReadFile::decode(bytes) {
        counter.add_read(read);
        let json = newslens::json::to_json(&counter.report(&Filter::default()));
        assert!(serde_json::from_str::<serde_json::Value>(&json).is_ok(), "a report is JSON");
    }
});
