//! `npm run eval:ingest`: measures ingest on the evaluation data in
//! `$NEWSLENS_DATA` (default `../shared/data` beside the repository).
//!
//! - seeds/: the articles found in each scraped dump (outlet, headline,
//!   dateline, duplicates), and a check that no line of page furniture is
//!   left in any article text;
//! - readability-pages/: token F1 of the main text extracted from each saved
//!   page against the text Readability.js extracts (mean, median, worst
//!   pages), and agreement on title, byline, site name and date;
//! - abp-dev/: articles read, outlets recognised, dates, caption lines
//!   removed;
//! - throughput of ingest alone (MB/s) on JSON, plain text and HTML.
//!
//! Run with `cargo run --release --example eval_ingest [-- --verbose] [SECTION...]`,
//! where the sections are `seeds`, `readability`, `abp` and `speed` (all by default).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Instant;

use newslens::ingest::markup::{text, Dom};
use newslens::ingest::{ingest, Article, Limits};
use newslens::{Corpus, Filter, Options};

/// Furniture seen in the seeds and abp-dev: no article text may contain a
/// line that is, starts with or ends with one of these.
const FURNITURE_LINES: &[&str] = &[
    "logo",
    "Connect with us",
    "Published",
    "on",
    "By",
    "Continue Reading",
    "World",
    "Trending",
    "Related Articles",
    "Try Our AI Features",
    "Comments",
    "No comments yet...",
    "Orange background",
    "DOWNLOAD THE APP",
    "app-storeplay-store",
    "Telegraph",
    "The Guardian",
    "Reuters",
    "• Telegraph",
    "• The Guardian",
    "• Reuters",
    "Image:",
    "Please use Chrome browser for a more accessible video player",
    "Read more from Sky News:",
    "International affairs editor",
    "Dominic Waghorn",
    "@DominicWaghorn",
];
const FURNITURE_OPENINGS: &[&str] = &[
    "time",
    "Pic:",
    "File pic",
    "Image copyright",
    "Media playback",
    "Facebook Twitter Pinterest",
    "Slideshow (",
    "FILE PHOTO:",
    "Listen:",
    "Follow live:",
    "Read more:",
    "More on ",
    "More from ",
    "Explore what",
    "Get Started Now",
    "Ready to dive",
    "This article is more than",
    "Sign up to",
    "Ukraine latest:",
    "Dominic Waghorn -",
];
const FURNITURE_INSIDE: &[&str] = &["(AP Photo/", "REUTERS/", "Photograph: ", "after newsletter promotion"];

fn main() {
    let verbose = std::env::args().any(|arg| arg == "--verbose");
    let data = data_dir();
    println!("evaluation data: {}", data.display());
    if !data.exists() {
        println!("absent: set NEWSLENS_DATA to the folder holding seeds/, readability-pages/ and abp-dev/");
        return;
    }
    let sections: Vec<String> = std::env::args().skip(1).filter(|arg| !arg.starts_with("--")).collect();
    let run = |section: &str| sections.is_empty() || sections.iter().any(|s| s == section);
    if run("seeds") {
        seeds(&data.join("seeds"), verbose);
    }
    if run("readability") {
        readability(&data.join("readability-pages"), verbose);
    }
    if run("abp") {
        abp(&data.join("abp-dev"));
    }
    if run("speed") {
        throughput(&data, 5);
    }
}

fn data_dir() -> PathBuf {
    match std::env::var_os("NEWSLENS_DATA") {
        Some(dir) => PathBuf::from(dir),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data"),
    }
}

fn files_in(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| entries.filter_map(Result::ok).map(|entry| entry.path()).collect())
        .unwrap_or_default();
    files.sort();
    files
}

fn is_furniture(line: &str) -> bool {
    let line = line.trim();
    FURNITURE_LINES.contains(&line)
        || FURNITURE_OPENINGS.iter().any(|opening| line.starts_with(opening) && line.split_whitespace().count() <= 40)
        || FURNITURE_INSIDE.iter().any(|inside| line.contains(inside))
        || (line.ends_with(" ago") && line.split_whitespace().count() <= 4)
}

fn seeds(dir: &Path, verbose: bool) {
    println!("\n== seeds: scraped dumps ({})", dir.display());
    let mut corpus = Corpus::new(Options::default());
    for path in files_in(dir).iter().filter(|path| path.extension().is_some_and(|e| e == "txt")) {
        let bytes = std::fs::read(path).unwrap_or_default();
        corpus.add_file(&path.file_name().unwrap_or_default().to_string_lossy(), &bytes);
    }
    let report = corpus.report(&Filter::default());
    let mut furniture_left = 0;
    for file in &report.files {
        println!(
            "{}: {}, {} articles{}",
            file.name,
            file.format,
            file.articles,
            file.error.as_deref().map(|e| format!(" ({e})")).unwrap_or_default()
        );
        for article in report.articles.iter().filter(|article| article.file == file.name) {
            let duplicate = article.duplicate_of.map(|of| format!("  DUPLICATE of #{of}")).unwrap_or_default();
            println!(
                "  #{} [{}] {:?}  byline={:?} date={:?} dateline={:?} words={}{}",
                article.id,
                article.outlet.as_deref().unwrap_or("-"),
                article.headline.as_deref().unwrap_or("-"),
                article.byline,
                article.date,
                article.dateline,
                article.words,
                duplicate
            );
            for line in article.text.as_deref().unwrap_or_default().split("\n\n") {
                if is_furniture(line) {
                    furniture_left += 1;
                    println!("      FURNITURE LEFT: {line:?}");
                } else if verbose || (line.split_whitespace().count() <= 12 && !line.ends_with('.')) {
                    println!("      short line kept: {line:?}");
                }
            }
        }
    }
    let duplicates = report.articles.iter().filter(|article| article.duplicate_of.is_some()).count();
    println!(
        "seeds: {} articles, {} duplicates, {} furniture lines left in article text",
        report.articles.len(),
        duplicates,
        furniture_left
    );
}

/// Lower-case runs of letters and digits.
fn tokens(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|t| !t.is_empty()).map(str::to_lowercase).collect()
}

fn token_f1(found: &str, expected: &str) -> f64 {
    let mut counts: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for token in tokens(found) {
        counts.entry(token).or_default().0 += 1;
    }
    for token in tokens(expected) {
        counts.entry(token).or_default().1 += 1;
    }
    let (found_total, expected_total) = counts.values().fold((0, 0), |(f, e), (a, b)| (f + a, e + b));
    let common: usize = counts.values().map(|(a, b)| a.min(b)).sum();
    if found_total == 0 && expected_total == 0 {
        return 1.0;
    }
    if common == 0 {
        return 0.0;
    }
    let precision = common as f64 / found_total as f64;
    let recall = common as f64 / expected_total as f64;
    2.0 * precision * recall / (precision + recall)
}

fn same_text(a: &str, b: &str) -> bool {
    tokens(a) == tokens(b)
}

fn readability(dir: &Path, verbose: bool) {
    println!("\n== readability-pages: main text against Readability.js ({})", dir.display());
    let mut scores: Vec<(f64, String)> = Vec::new();
    let (mut titles, mut bylines, mut bylines_expected, mut sites, mut sites_expected, mut dates, mut dates_expected) =
        (0, 0, 0, 0, 0, 0, 0);
    let mut errors = Vec::new();
    for page in files_in(dir).iter().filter(|path| path.is_dir()) {
        let name = page.file_name().unwrap_or_default().to_string_lossy().to_string();
        let (Ok(source), Ok(expected)) =
            (std::fs::read(page.join("source.html")), std::fs::read_to_string(page.join("expected.html")))
        else {
            continue;
        };
        let expected_dom = Dom::parse_html(&expected);
        let expected_text = text::paragraphs(&expected_dom, Dom::ROOT).join("\n\n");
        let article = match ingest("source.html", &source, &Limits::default()) {
            Ok(ingested) => ingested.articles.into_iter().next().unwrap_or_default(),
            Err(error) => {
                errors.push(error.to_string());
                Article::default()
            }
        };
        let f1 = token_f1(&article.text, &expected_text);
        scores.push((f1, name.clone()));
        let metadata: serde_json::Value = std::fs::read_to_string(page.join("expected-metadata.json"))
            .ok()
            .and_then(|json| serde_json::from_str(&json).ok())
            .unwrap_or_default();
        let expected_field =
            |key: &str| metadata[key].as_str().filter(|value| !value.trim().is_empty()).map(str::to_string);
        if let Some(title) = expected_field("title") {
            // Readability.js keeps a site name after the title ("… | eHow"); newslens drops it.
            let agrees = article.headline.as_deref().is_some_and(|headline| {
                same_text(headline, &title)
                    || [" - ", " | ", " – ", " — "]
                        .iter()
                        .any(|separator| title.strip_prefix(headline).is_some_and(|rest| rest.starts_with(separator)))
            });
            titles += usize::from(agrees);
            if verbose && !agrees {
                println!("  title {name}: ours {:?} expected {title:?}", article.headline);
            }
        }
        if let Some(byline) = expected_field("byline") {
            bylines_expected += 1;
            // Ours names the same people, whatever joins them ("A, B" or "A and B"); Readability's
            // byline may carry more around them ("By A\nMarch 25, 2015"), which newslens drops.
            let names = |text: &str| -> String {
                tokens(text)
                    .into_iter()
                    .filter(|token| !matches!(token.as_str(), "and" | "by"))
                    .collect::<Vec<_>>()
                    .join(" ")
            };
            let agrees = article
                .byline
                .as_deref()
                .is_some_and(|ours| !names(ours).is_empty() && names(&byline).contains(&names(ours)));
            bylines += usize::from(agrees);
            if verbose && !agrees {
                println!("  byline {name}: ours {:?} expected {byline:?}", article.byline);
            }
        }
        if let Some(site) = expected_field("siteName") {
            sites_expected += 1;
            let canonical = newslens::ingest::outlet_name(&site);
            sites += usize::from(article.outlet.is_some() && article.outlet == canonical);
        }
        if let Some(published) = expected_field("publishedTime") {
            dates_expected += 1;
            dates += usize::from(article.date.as_deref().is_some_and(|date| published.starts_with(date)));
        }
    }
    if scores.is_empty() {
        println!("absent");
        return;
    }
    let mut sorted: Vec<f64> = scores.iter().map(|(f1, _)| *f1).collect();
    sorted.sort_by(f64::total_cmp);
    let mean = sorted.iter().sum::<f64>() / sorted.len() as f64;
    let median = sorted[sorted.len() / 2];
    println!(
        "pages: {}  token F1 mean {:.4}  median {:.4}  (pages >= 0.95: {})",
        scores.len(),
        mean,
        median,
        sorted.iter().filter(|&&f| f >= 0.95).count()
    );
    scores.sort_by(|a, b| a.0.total_cmp(&b.0));
    println!(
        "worst pages: {}",
        scores.iter().take(12).map(|(f1, name)| format!("{name} {f1:.3}")).collect::<Vec<_>>().join(", ")
    );
    if verbose {
        for (f1, name) in &scores {
            println!("  {f1:.4} {name}");
        }
    }
    let total = scores.len();
    println!("title = headline: {titles}/{total}   byline: {bylines}/{bylines_expected}   site name = outlet: {sites}/{sites_expected}   date: {dates}/{dates_expected}");
    println!("errors: {}  {}", errors.len(), errors.join("; "));
}

fn abp(dir: &Path) {
    println!("\n== abp-dev: JSON articles ({})", dir.display());
    let files = files_in(&dir.join("jsons"));
    if files.is_empty() {
        println!("absent");
        return;
    }
    let mut outlets: BTreeMap<String, usize> = BTreeMap::new();
    let (mut read, mut failed, mut dated, mut dates_agree, mut source_dates) = (0, 0, 0, 0, 0);
    let (mut furniture_in, mut furniture_out, mut paragraphs_in, mut paragraphs_out) = (0, 0, 0, 0);
    let (mut datelines, mut headlines) = (0, 0);
    for path in &files {
        let bytes = std::fs::read(path).unwrap_or_default();
        let source: serde_json::Value = serde_json::from_slice(&bytes).unwrap_or_default();
        let body = source["content_original"].as_str().unwrap_or_default();
        let lines: Vec<&str> = body.lines().map(str::trim).filter(|line| !line.is_empty()).collect();
        paragraphs_in += lines.len();
        furniture_in += lines.iter().filter(|line| is_furniture(line)).count();
        match ingest(&path.to_string_lossy(), &bytes, &Limits::default()) {
            Ok(ingested) => {
                for article in ingested.articles {
                    read += 1;
                    *outlets.entry(article.outlet.clone().unwrap_or_else(|| "(none)".into())).or_default() += 1;
                    let expected_date = source["date"].as_str().filter(|date| date.len() == 10);
                    source_dates += usize::from(expected_date.is_some());
                    dated += usize::from(article.date.is_some());
                    dates_agree += usize::from(expected_date.is_some() && article.date.as_deref() == expected_date);
                    datelines += usize::from(article.dateline.is_some());
                    headlines += usize::from(article.headline.is_some());
                    let out: Vec<&str> = article.text.split("\n\n").collect();
                    paragraphs_out += out.len();
                    for line in out.iter().filter(|line| is_furniture(line)) {
                        furniture_out += 1;
                        println!(
                            "  furniture left in {}: {:?}",
                            path.display(),
                            line.chars().take(100).collect::<String>()
                        );
                    }
                }
            }
            Err(error) => {
                failed += 1;
                println!("  {error}");
            }
        }
    }
    println!("files: {}  articles read: {read}  failed: {failed}  with headline: {headlines}", files.len());
    println!("outlets: {}", outlets.iter().map(|(name, n)| format!("{name} {n}")).collect::<Vec<_>>().join(", "));
    println!("dates: {dated} articles dated; {dates_agree}/{source_dates} agree with the file's own date field");
    println!("datelines found: {datelines}");
    println!(
        "paragraphs: {paragraphs_in} in, {paragraphs_out} out; furniture lines (captions, credits, promos) in the source bodies: {furniture_in}, left: {furniture_out}"
    );
    let mut corpus = Corpus::new(Options::default());
    for path in &files {
        corpus.add_file(&path.to_string_lossy(), &std::fs::read(path).unwrap_or_default());
    }
    let started = Instant::now();
    let report = corpus.report(&Filter::default());
    let duplicates: Vec<_> = report.articles.iter().filter(|article| article.duplicate_of.is_some()).collect();
    println!(
        "duplicates: {} (report with duplicate detection over {} articles: {:.0} ms)",
        duplicates.len(),
        report.articles.len(),
        started.elapsed().as_secs_f64() * 1000.0
    );
    for article in duplicates.iter().take(10) {
        let original = &report.articles[article.duplicate_of.unwrap_or_default()];
        println!(
            "  {:?} ({}) duplicates {:?} ({})",
            article.headline,
            article.outlet.as_deref().unwrap_or("-"),
            original.headline,
            original.outlet.as_deref().unwrap_or("-")
        );
    }
}

/// Seconds of the fastest of `rounds` runs of `work`: the machine may be
/// shared, and the fastest run is the one least disturbed.
fn fastest(rounds: usize, mut work: impl FnMut()) -> f64 {
    (0..rounds.max(1))
        .map(|_| {
            let started = Instant::now();
            work();
            started.elapsed().as_secs_f64()
        })
        .fold(f64::INFINITY, f64::min)
}

fn throughput(data: &Path, rounds: usize) {
    println!("\n== throughput of ingest alone (release build, native, fastest of {rounds} runs)");
    let files = files_in(&data.join("abp-dev/jsons"));
    let jsons: Vec<Vec<u8>> = files.iter().map(|path| std::fs::read(path).unwrap_or_default()).collect();
    if jsons.is_empty() {
        return;
    }
    let megabytes = |bytes: usize| bytes as f64 / 1e6;
    let articles: Vec<Article> = jsons
        .iter()
        .flat_map(|bytes| ingest("a.json", bytes, &Limits::default()).map(|i| i.articles).unwrap_or_default())
        .collect();
    report_speed("JSON (abp-dev", "a.json", &jsons, rounds);
    // The same articles as one plain-text dump: headline, blank line, body, "Continue Reading".
    let dump: String = articles
        .iter()
        .map(|article| {
            format!("{}\n\n{}\n\nContinue Reading\n\n", article.headline.as_deref().unwrap_or(""), article.text)
        })
        .collect();
    let found = ingest("dump.txt", dump.as_bytes(), &Limits::default()).map(|i| i.articles.len()).unwrap_or_default();
    let seconds = fastest(rounds, || {
        let _ = ingest("dump.txt", dump.as_bytes(), &Limits::default());
    });
    println!(
        "plain text (abp-dev bodies as one {:.1} MB dump; {} articles found of {}): {:.1} MB/s",
        megabytes(dump.len()),
        found,
        articles.len(),
        megabytes(dump.len()) / seconds
    );
    let pages: Vec<Vec<u8>> = files_in(&data.join("readability-pages"))
        .iter()
        .filter_map(|page| std::fs::read(page.join("source.html")).ok())
        .collect();
    report_speed("HTML (readability-pages", "page.html", &pages, rounds);
}

/// Prints the throughput of ingesting `files` (named `name`), as "`label`, N files, X MB): Y MB/s".
fn report_speed(label: &str, name: &str, files: &[Vec<u8>], rounds: usize) {
    let megabytes = files.iter().map(Vec::len).sum::<usize>() as f64 / 1e6;
    let seconds = fastest(rounds, || {
        for bytes in files {
            let _ = ingest(name, bytes, &Limits::default());
        }
    });
    println!("{label}, {} files, {megabytes:.1} MB): {:.1} MB/s", files.len(), megabytes / seconds);
}
