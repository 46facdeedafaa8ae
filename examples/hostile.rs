//! The hostile files at full size, in a release build (`npm run hostile`):
//! the one-line file is 100 MB, read with `maxFileBytes` raised to let it
//! in, then refused at the default limit; 10,000 tiny files follow. Prints,
//! per file, the time, the peak memory beyond what the corpus already held,
//! and any way the report differs from what it must say; exits 1 on any.
//!
//! `cargo run --release --example hostile -- [SCALE]` (default 100: the
//! one-line file's size in MB).

#[path = "../tests/support/hostile.rs"]
mod hostile;
#[path = "../tests/support/peak.rs"]
mod peak;

use newslens::{Corpus, Filter, Options};

// Native only: built for wasm (as `cargo test --target wasm32-unknown-unknown`
// builds every example), the crate's own allocator serves.
#[cfg(not(target_arch = "wasm32"))]
#[global_allocator]
static ALLOCATOR: peak::PeakAllocator = peak::PeakAllocator;

fn main() {
    let scale: usize = std::env::args().nth(1).and_then(|arg| arg.parse().ok()).unwrap_or(100);
    let files = hostile::files(scale);
    let tiny = hostile::tiny_files(10_000);
    let options = Options { max_file_bytes: (scale + 28) << 20, ..Options::default() };
    let mut corpus = Corpus::new(options);
    let mut problems = Vec::new();
    println!("{:<28} {:>12} {:>9} {:>9} {:>9}  problem", "file", "bytes", "seconds", "peak MB", "held MB");
    for file in &files {
        let outcome = hostile::add(&mut corpus, file);
        print_outcome(&outcome);
        problems.extend(outcome.problem.map(|problem| format!("{}: {problem}", outcome.name)));
    }
    let started = std::time::Instant::now();
    let (mut tiny_peak, mut tiny_held) = (0, 0);
    for file in &tiny {
        let outcome = hostile::add(&mut corpus, file);
        tiny_peak = tiny_peak.max(outcome.peak_bytes);
        tiny_held += outcome.held_bytes;
        problems.extend(outcome.problem.map(|problem| format!("{}: {problem}", outcome.name)));
    }
    println!(
        "{:<28} {:>12} {:>9.3} {:>9.1} {:>9.1}  (peak: the largest of one file)",
        "10,000 tiny files",
        tiny.iter().map(|file| file.bytes.len()).sum::<usize>(),
        started.elapsed().as_secs_f64(),
        tiny_peak as f64 / 1e6,
        tiny_held as f64 / 1e6
    );
    let started = std::time::Instant::now();
    let report = corpus.report(&Filter::default());
    let json = newslens::json::to_json(&report);
    println!(
        "report: {} files, {} articles, {} keywords, {:.1} MB of JSON in {:.2} s",
        report.files.len(),
        report.articles.len(),
        report.keywords.len(),
        json.len() as f64 / 1e6,
        started.elapsed().as_secs_f64()
    );
    problems.extend(hostile::check_report(&report, &files));
    if report.articles.iter().filter(|article| article.file.starts_with("tiny/")).count() != tiny.len() {
        problems.push("not every tiny file became an article".to_string());
    }

    let mut defaults = Corpus::new(Options::default());
    let one_line =
        files.iter().find(|file| file.name == "one-line.txt").map(|file| &file.bytes[..]).unwrap_or_default();
    let outcome = hostile::add(
        &mut defaults,
        &hostile::Hostile {
            name: "one-line.txt".into(),
            bytes: one_line.to_vec(),
            expect: hostile::Expect::Articles(0, None),
        },
    );
    let entry = &defaults.report(&Filter::default()).files[0];
    println!("at the default limit: {:?} in {:.3} s", entry.error, outcome.seconds);
    if scale > 64 && entry.error.is_none() {
        problems.push("one-line.txt was not refused at the default limit".to_string());
    }

    for problem in &problems {
        eprintln!("problem: {problem}");
    }
    std::process::exit(i32::from(!problems.is_empty()));
}

fn print_outcome(outcome: &hostile::Outcome) {
    println!(
        "{:<28} {:>12} {:>9.3} {:>9.1} {:>9.1}  {}",
        outcome.name,
        outcome.bytes,
        outcome.seconds,
        outcome.peak_bytes as f64 / 1e6,
        outcome.held_bytes as f64 / 1e6,
        outcome.problem.as_deref().unwrap_or("")
    );
}
