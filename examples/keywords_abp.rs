//! The keywords stage on the abp-dev evaluation articles (Reuters, BBC News,
//! The Guardian): prints the top words and phrases of the whole corpus, and
//! the throughput of tokenising, of counting, and of the whole stage.
//!
//! `cargo run --release --example keywords_abp [-- ROUNDS]`; the data is read
//! from `$NEWSLENS_DATA/abp-dev` (default `../shared/data` beside the
//! repository). Bodies are read from `content_original` as they are, captions
//! included, until ingest reads these files itself.

use std::time::Instant;

use newslens::keywords::{summarize, Counter, KeywordOptions, Selected};
use newslens::text::tokens;

#[path = "../tests/support/abp.rs"]
mod abp;

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
    let megabytes = bytes as f64 / 1e6 * rounds as f64;
    println!("{} articles, {:.2} MB of title and body text, {rounds} rounds", articles.len(), bytes as f64 / 1e6);

    let started = Instant::now();
    let mut tokens_seen = 0;
    for _ in 0..rounds {
        for article in &articles {
            tokens_seen += tokens(&article.title).count() + tokens(&article.body).count();
        }
    }
    let seconds = started.elapsed().as_secs_f64();
    println!("tokenise only:           {:7.1} MB/s ({} tokens per round)", megabytes / seconds, tokens_seen / rounds);

    let options = KeywordOptions::default();
    for (label, options) in [
        ("tokenise + count words:", KeywordOptions { phrases: false, ..options.clone() }),
        ("tokenise + count, phrases:", options.clone()),
    ] {
        let started = Instant::now();
        for _ in 0..rounds {
            let mut counter = Counter::new(&options);
            for article in &articles {
                counter.count_article(Some(&article.title), &article.body);
            }
        }
        println!("{label:26}{:7.1} MB/s", megabytes / started.elapsed().as_secs_f64());
    }

    let started = Instant::now();
    let mut last = None;
    for _ in 0..rounds {
        let mut counter = Counter::new(&options);
        let counts: Vec<_> =
            articles.iter().map(|article| counter.count_article(Some(&article.title), &article.body)).collect();
        let selection: Vec<_> = counts
            .iter()
            .zip(&articles)
            .map(|(counts, article)| Selected { counts, outlet: Some(&article.source), date: article.date.as_deref() })
            .collect();
        let summary = summarize(&selection, counter.vocabulary(), &options);
        last = Some((summary, counter.vocabulary().len()));
    }
    println!("whole keywords stage:      {:7.1} MB/s", megabytes / started.elapsed().as_secs_f64());
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
