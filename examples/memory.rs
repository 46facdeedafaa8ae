//! Peak heap of the core per input byte, and the time it takes: every file
//! is added to a corpus, then the report is made and written as JSON, as the
//! page does (without article text), with a global allocator that counts the
//! bytes in use. The files are read before counting starts and are not counted.
//!
//! `cargo run --release --example memory [-- [--json OUT] FILE...]`: without
//! files it reads `$NEWSLENS_DATA/abp-dev/jsons` (default `../shared/data`
//! beside the repository). `--json OUT` writes the report there, with every
//! article's text, to compare reports whole before and after a change.

#[path = "../tests/support/abp.rs"]
#[allow(dead_code)] // only its files are used here
mod abp;
#[path = "../tests/support/peak.rs"]
mod peak;

use std::time::Instant;

use newslens::{Corpus, Filter, Options};
use peak::{in_use, peak, restart_peak};

// Native only: built for wasm (as `cargo test --target wasm32-unknown-unknown`
// builds every example), the crate's own allocator serves.
#[cfg(not(target_arch = "wasm32"))]
#[global_allocator]
static ALLOCATOR: peak::PeakAllocator = peak::PeakAllocator;

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let json_out = args.iter().position(|arg| arg == "--json").map(|at| {
        let out = args.get(at + 1).cloned().unwrap_or_default();
        args.drain(at..(at + 2).min(args.len()));
        out
    });
    let files = if args.is_empty() {
        abp::files()
    } else {
        args.iter()
            .map(|path| Ok((path.clone(), std::fs::read(path).map_err(|error| format!("{path}: {error}"))?)))
            .collect()
    };
    let files: Vec<(String, Vec<u8>)> = files.unwrap_or_else(|reason| {
        eprintln!("{reason}");
        std::process::exit(1);
    });
    let input: usize = files.iter().map(|(_, bytes)| bytes.len()).sum();
    let mb = |bytes: usize| bytes as f64 / 1e6;

    let before = restart_peak();
    let started = Instant::now();
    let mut corpus = Corpus::new(Options { article_text: json_out.is_some(), ..Options::default() });
    for (name, bytes) in &files {
        corpus.add_file(name, bytes);
    }
    let adding = started.elapsed().as_secs_f64();
    let corpus_peak = peak() - before;
    let corpus_kept = in_use() - before;

    restart_peak();
    let started = Instant::now();
    let report = corpus.report(&Filter::default());
    let reporting = started.elapsed().as_secs_f64();
    let json = newslens::json::to_json(&report).into_bytes();
    let writing = started.elapsed().as_secs_f64() - reporting;
    drop(report);
    let report_peak = peak() - before;

    println!("{} files, {:.1} MB", files.len(), mb(input));
    println!(
        "adding files: {:.0} ms ({:.1} MB/s); peak heap {:.1} MB ({:.2} per input byte), kept {:.1} MB ({:.2})",
        adding * 1000.0,
        mb(input) / adding,
        mb(corpus_peak),
        corpus_peak as f64 / input as f64,
        mb(corpus_kept),
        corpus_kept as f64 / input as f64
    );
    println!(
        "report: {:.0} ms, its JSON {:.0} ms ({:.1} MB); peak heap over all {:.1} MB ({:.2} per input byte)",
        reporting * 1000.0,
        writing * 1000.0,
        mb(json.len()),
        mb(report_peak),
        report_peak as f64 / input as f64
    );
    println!("whole: {:.0} ms, {:.1} MB/s", (adding + reporting) * 1000.0, mb(input) / (adding + reporting));
    if let Some(out) = json_out {
        if let Err(error) = std::fs::write(&out, &json) {
            eprintln!("{out}: {error}");
            std::process::exit(1);
        }
    }
}
