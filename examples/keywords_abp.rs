//! The keywords stage on the abp-dev evaluation articles (Reuters, BBC News,
//! The Guardian): prints the top words and phrases of the whole corpus, and
//! the throughput of tokenising, of counting, and of the whole stage, with a
//! naive split-and-count baseline measured in the same run (the machine may
//! be shared: compare ratios).
//!
//! `cargo run --release --example keywords_abp [-- ROUNDS]`; the data is read
//! from `$NEWSLENS_DATA/abp-dev` (default `../shared/data` beside the
//! repository). Bodies are read from `content_original` as they are, captions
//! included, until ingest reads these files itself.

use std::time::Instant;

use newslens::keywords::{Counter, KeywordOptions};
use newslens::text::tokens;

#[path = "../tests/support/abp.rs"]
mod abp;

fn time(work: &mut dyn FnMut()) -> f64 {
    let started = Instant::now();
    work();
    started.elapsed().as_secs_f64()
}

fn main() {
    let rounds: usize = std::env::args().nth(1).and_then(|rounds| rounds.parse().ok()).unwrap_or(5);
    let articles = match abp::articles() {
        Ok(articles) => articles,
        Err(message) => {
            eprintln!("{message}");
            std::process::exit(1);
        }
    };
    let bytes: usize = articles.iter().map(|article| article.title.len() + article.body.len()).sum();
    let megabytes = bytes as f64 / 1e6;
    println!("{} articles, {megabytes:.2} MB of title and body text; fastest of {rounds} rounds", articles.len());

    let speed = |work: &mut dyn FnMut()| {
        let fastest = (0..rounds).map(|_| time(&mut *work)).fold(f64::INFINITY, f64::min);
        format!("{:6.1} MB/s", megabytes / fastest)
    };
    let naive = speed(&mut || {
        let mut counts: rustc_hash::FxHashMap<&str, u32> = rustc_hash::FxHashMap::default();
        for article in &articles {
            for text in [&article.title, &article.body] {
                for word in text.split(|c: char| !c.is_alphanumeric()).filter(|word| !word.is_empty()) {
                    *counts.entry(word).or_default() += 1;
                }
            }
        }
    });
    println!("baseline, split on non-alphanumerics and count in a map: {naive}");
    let tokenise = speed(&mut || {
        let tokens: usize =
            articles.iter().map(|article| tokens(&article.title).count() + tokens(&article.body).count()).sum();
        assert!(tokens > 0);
    });
    println!("tokenise only:                                          {tokenise}");
    let options = KeywordOptions::default();
    for (label, options) in [
        ("tokenise + count words:", KeywordOptions { phrases: false, ..options.clone() }),
        ("tokenise + count words and phrases:", options.clone()),
    ] {
        let count = speed(&mut || {
            let mut counter = Counter::new(&options);
            for article in &articles {
                counter.count_article(Some(&article.title), &article.body);
            }
        });
        println!("{label:55}{count}");
    }
    let mut last = None;
    let stage = speed(&mut || {
        last = Some(abp::keywords(&articles, &options));
    });
    println!("whole keywords stage (count, phrases, summarise):       {stage}");
    let Some((summary, terms)) = last else { return };
    println!("{terms} terms in the vocabulary (words and phrases)\n\nTop 50 words:");
    for (rank, keyword) in summary.keywords.iter().take(50).enumerate() {
        println!(
            "{:3}. {:16} {:6} in {:4} articles  {:6.1}/10k  DP {:.3}",
            rank + 1,
            keyword.term,
            keyword.count,
            keyword.docs,
            keyword.per10k,
            keyword.dp
        );
    }
    println!("\nTop 30 phrases by G²:");
    for (rank, phrase) in summary.phrases.iter().take(30).enumerate() {
        println!(
            "{:3}. {:28} {:5} in {:4} articles  G² {:8.1}",
            rank + 1,
            phrase.term,
            phrase.count,
            phrase.docs,
            phrase.g2.unwrap_or(0.0)
        );
    }
    println!("\nStop words removed (top 10):");
    for stop_word in summary.stop_words.iter().take(10) {
        println!("  {:10} {}", stop_word.term, stop_word.count);
    }
}
