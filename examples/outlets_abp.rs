//! The outlet comparison and the story grouping on the abp-dev evaluation
//! articles (Reuters, BBC News, The Guardian), read through ingest as a user's
//! dropped files would be: prints each outlet's figures and top distinctive
//! terms, the divergences, the stories with their headlines, and how long
//! the report's stages take (fastest of ROUNDS runs).
//!
//! `cargo run --release --example outlets_abp [-- ROUNDS [TOP]]`; the data is
//! read from `$NEWSLENS_DATA/abp-dev` (default `../shared/data` beside the
//! repository).

#[path = "../tests/support/abp.rs"]
#[allow(dead_code)] // only its files are used here
mod abp;

use std::time::Instant;

use newslens::{Corpus, Filter, Options};

fn main() {
    let mut args = std::env::args().skip(1);
    let rounds: usize = args.next().and_then(|rounds| rounds.parse().ok()).unwrap_or(3);
    let top: usize = args.next().and_then(|top| top.parse().ok()).unwrap_or(20);
    let files = abp::files().unwrap_or_else(|reason| {
        eprintln!("{reason}");
        std::process::exit(1);
    });
    let started = Instant::now();
    let mut corpus = Corpus::new(Options::default());
    for (name, bytes) in &files {
        corpus.add_file(name, bytes);
    }
    let reading = started.elapsed().as_secs_f64();
    let mut fastest = f64::INFINITY;
    let mut report = None;
    for _ in 0..rounds {
        let started = Instant::now();
        report = Some(corpus.report(&Filter::default()));
        fastest = fastest.min(started.elapsed().as_secs_f64());
    }
    let Some(report) = report else { return };
    println!(
        "{} files, {} articles; reading {:.2} s, the report {:.0} ms (fastest of {rounds})",
        files.len(),
        report.articles.len(),
        reading,
        fastest * 1000.0
    );
    for outlet in &report.outlets {
        println!(
            "\n{}: {} articles, {} words ({:.0} per article), {} to {}, {:.2} quotes per 1,000 words, {} speakers ({} only here)",
            outlet.name,
            outlet.articles,
            outlet.words,
            outlet.mean_words,
            outlet.date_from.as_deref().unwrap_or("-"),
            outlet.date_to.as_deref().unwrap_or("-"),
            outlet.quotes_per1000,
            outlet.speakers,
            outlet.exclusive_speakers,
        );
        println!("  divergence: {:?}", outlet.divergence);
        for (rank, term) in outlet.distinctive.iter().take(top).enumerate() {
            println!(
                "  {:2}. {:28} {:6} vs {:6}  z {:6.2}  LR {:5.2}  G2 {:8.1}{}",
                rank + 1,
                term.term,
                term.count,
                term.others,
                term.z,
                term.log_ratio,
                term.g2,
                if term.significant { "" } else { "  (not significant)" }
            );
        }
    }
    let sizes = report.stories.iter().fold(std::collections::BTreeMap::new(), |mut sizes, story| {
        *sizes.entry(story.articles.len()).or_insert(0) += 1;
        sizes
    });
    let across = report.stories.iter().filter(|story| story.outlets.len() > 1).count();
    println!(
        "\n{} stories ({} from more than one outlet), {} articles in them; stories by size: {:?}",
        report.stories.len(),
        across,
        report.stories.iter().map(|story| story.articles.len()).sum::<usize>(),
        sizes
    );
    for story in &report.stories {
        println!(
            "\nstory {} ({} to {}): {}",
            story.id + 1,
            story.date_from.as_deref().unwrap_or("-"),
            story.date_to.as_deref().unwrap_or("-"),
            story.terms.join(", ")
        );
        for &id in &story.articles {
            let article = &report.articles[id];
            println!(
                "  {:12} {:10} {}",
                article.outlet.as_deref().unwrap_or("-"),
                article.date.as_deref().unwrap_or("-"),
                article.headline.as_deref().unwrap_or("-")
            );
        }
    }
}
