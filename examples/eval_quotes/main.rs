//! `npm run eval:quotes`: precision, recall, F1 and speaker accuracy of
//! quotation finding on PolNeAR's dev split, and the speed of the quotes
//! stage on abp-dev's article texts.
//!
//! ```text
//! cargo run --release --example eval_quotes              # figures
//! cargo run --release --example eval_quotes -- --errors  # and every miss, false find and wrong speaker
//! cargo run --release --example eval_quotes -- --seeds   # the quotations found in the seed pages
//! ```

mod polnear;

use std::process::ExitCode;
use std::time::Instant;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let data = polnear::data_dir();
    if args.iter().any(|arg| arg == "--seeds") {
        return print_seeds(&data.join("seeds"));
    }
    let show_errors = args.iter().any(|arg| arg == "--errors");
    let dir = data.join("polnear-dev");
    if !dir.is_dir() {
        eprintln!("evaluation data {} is absent (set NEWSLENS_DATA)", dir.display());
        return ExitCode::FAILURE;
    }
    let mut errors = Vec::new();
    let scores = match polnear::evaluate(&dir, &mut |line| errors.push(line)) {
        Ok(scores) => scores,
        Err(error) => {
            eprintln!("{}: {error}", dir.display());
            return ExitCode::FAILURE;
        }
    };
    if show_errors {
        errors.sort();
        for line in &errors {
            println!("{line}");
        }
    }
    println!("PolNeAR dev ({} articles): {} annotated direct quotations, {} found ({} inside other annotated attributions, not scored)",
        scores.articles, scores.gold, scores.found, scores.ignored);
    println!(
        "  precision {:.3}  recall {:.3}  F1 {:.3}  (exact spans: {} of {} matches)",
        scores.precision(),
        scores.recall(),
        scores.f1(),
        scores.exact,
        scores.true_positives
    );
    println!(
        "  without the {} unattributed fragments (titles, scare quotes) PolNeAR does not annotate: precision {:.3}  F1 {:.3}",
        scores.unattributed_fragments,
        scores.attributed_precision(),
        scores.attributed_f1()
    );
    println!(
        "  speaker accuracy {:.3} ({} of {} matched quotations with a named source)",
        scores.speaker_accuracy(),
        scores.named_right,
        scores.named
    );
    measure_speed(&data.join("abp-dev/jsons"));
    ExitCode::SUCCESS
}

/// Quotes-stage throughput on abp-dev's `content_original` texts.
fn measure_speed(dir: &std::path::Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        println!("speed: {} is absent", dir.display());
        return;
    };
    let texts: Vec<String> = entries
        .filter_map(|entry| std::fs::read(entry.ok()?.path()).ok())
        .filter_map(|bytes| {
            let value: serde_json::Value = serde_json::from_slice(&bytes).ok()?;
            value.get("content_original")?.as_str().map(str::to_string)
        })
        .collect();
    let bytes: usize = texts.iter().map(String::len).sum();
    let mut best = f64::INFINITY;
    let mut quotes = 0;
    for _ in 0..5 {
        let started = Instant::now();
        quotes = texts.iter().map(|text| newslens::quotes::find(text).len()).sum::<usize>();
        best = best.min(started.elapsed().as_secs_f64());
    }
    println!(
        "speed: {} articles, {:.1} MB, {} quotations in {:.1} ms: {:.0} MB/s (best of 5, one thread)",
        texts.len(),
        bytes as f64 / 1e6,
        quotes,
        best * 1e3,
        bytes as f64 / 1e6 / best
    );
}

/// Prints what the quotes stage finds in the seed pages, read by the plain-text reader.
fn print_seeds(dir: &std::path::Path) -> ExitCode {
    let Ok(entries) = std::fs::read_dir(dir) else {
        eprintln!("evaluation data {} is absent (set NEWSLENS_DATA)", dir.display());
        return ExitCode::FAILURE;
    };
    let mut paths: Vec<_> = entries.filter_map(|entry| Some(entry.ok()?.path())).collect();
    paths.sort();
    for path in paths {
        let Ok(bytes) = std::fs::read(&path) else { continue };
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let mut corpus = newslens::Corpus::new(newslens::Options::default());
        corpus.add_file(&name, &bytes);
        let report = corpus.report(&newslens::Filter::default());
        println!("== {name}");
        for quote in &report.quotes {
            println!(
                "[{:?}] {} | {} | {:?}",
                quote.kind,
                quote.speaker.as_deref().unwrap_or("-"),
                quote.verb.as_deref().unwrap_or("-"),
                quote.text
            );
        }
    }
    ExitCode::SUCCESS
}
