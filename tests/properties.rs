//! Properties that hold for every input, checked with proptest on generated
//! articles: quotation spans are well-formed in bytes and in the report's
//! UTF-16 offsets, counts add up across outlets and articles, the report
//! survives JSON unchanged, and the same files in any order give the same
//! report, also when its files were read by another corpus and handed over
//! as bytes, which when damaged are refused or still report without a panic.
//! The texts are drawn from pieces that exercise the rules (every
//! quotation mark, apostrophes, names, reporting verbs, several scripts,
//! emoji and combining marks), so that a few hundred cases reach the corners.
#![cfg(not(target_arch = "wasm32"))]

use newslens::ingest::{ingest, Limits};
use newslens::report::Report;
use newslens::{Corpus, Filter, Options, ReadFile};
use proptest::prelude::*;

const PIECES: &[&str] = &[
    " ",
    " ",
    " ",
    "\n",
    "\n\n",
    ".",
    ",",
    ":",
    "—",
    "-",
    "(",
    ")",
    "!",
    "?",
    "…",
    "\"",
    "'",
    "''",
    "“",
    "”",
    "‘",
    "’",
    "«",
    "»",
    "„",
    "‚",
    "‹",
    "›",
    "`",
    "harbour",
    "ferry",
    "levy",
    "council",
    "the",
    "a",
    "of",
    "s",
    "n",
    "’90s",
    "1.8",
    "U.S.",
    "said",
    "told",
    "says",
    "according to",
    "that",
    "he",
    "she",
    "Mr",
    "Dr.",
    "Ines Okafor",
    "Tomasz Wilk",
    "Marit Solberg",
    "Port Ellery",
    "Harbour Herald",
    "Zoë",
    "naïve",
    "e\u{301}",
    "\u{202E}",
    "مرفأ",
    "ميناء",
    "港口",
    "渡轮",
    "🙂",
    "👩‍👩‍👧",
    "🇳🇴",
    "\u{FEFF}",
];

const OUTLETS: &[&str] = &["The Harbour Herald", "Valley Courier", "Northgate Wire"];

fn text(max_pieces: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..max_pieces).prop_map(|pieces| pieces.concat())
}

fn report_of(files: &[(String, Vec<u8>)], options: &Options) -> Report {
    let mut corpus = Corpus::new(options.clone());
    for (name, bytes) in files {
        corpus.add_file(name, bytes);
    }
    corpus.report(&Filter::default())
}

/// One article per element, as a JSON file naming its outlet, date and headline.
fn json_file(articles: &[(usize, u8, String, String)]) -> Vec<u8> {
    let articles: Vec<serde_json::Value> = articles
        .iter()
        .map(|(outlet, day, headline, body)| {
            serde_json::json!({
                "source": OUTLETS[*outlet],
                "publishedAt": format!("2025-03-{:02}", 1 + day % 28),
                "title": headline,
                "body": body,
            })
        })
        .collect();
    serde_json::to_vec(&articles).unwrap()
}

fn articles() -> impl Strategy<Value = Vec<(usize, u8, String, String)>> {
    prop::collection::vec((0..OUTLETS.len(), any::<u8>(), text(6), text(80)), 1..6)
}

/// Many terms listed, however rare, so that sums see every term.
fn every_term() -> Options {
    let mut options = Options::default();
    options.keywords.limit = 100_000;
    options
}

/// What JavaScript sees at `text.slice(start, end)`, or why it cannot.
fn js_slice(text: &str, start: usize, end: usize) -> Result<String, String> {
    let units: Vec<u16> = text.encode_utf16().collect();
    let slice = units.get(start..end).ok_or_else(|| format!("{start}..{end} outside {} units", units.len()))?;
    String::from_utf16(slice).map_err(|_| format!("{start}..{end} splits a surrogate pair"))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn quotation_spans_are_in_order_on_character_boundaries_and_hold_their_words(body in text(120)) {
        let quotes = newslens::quotes::find(&body);
        let mut previous_end = 0;
        for quote in &quotes {
            prop_assert!(previous_end <= quote.start && quote.start < quote.end && quote.end <= body.len());
            prop_assert!(body.is_char_boundary(quote.start) && body.is_char_boundary(quote.end));
            for piece in quote.text.split("\n\n") {
                prop_assert!(body[quote.start..quote.end].contains(piece), "{:?} outside {:?}", piece, quote);
            }
            previous_end = quote.end;
        }
    }

    #[test]
    fn report_offsets_are_utf16_indices_of_the_quotation_with_its_marks(headline in text(8), body in text(120)) {
        let file = format!("{}\n\n{}", headline.replace('\n', " "), body);
        let report = report_of(&[("story.txt".into(), file.into_bytes())], &Options::default());
        let mut previous = (usize::MAX, 0);
        for quote in &report.quotes {
            let article = &report.articles[quote.article];
            let span = js_slice(article.text.as_deref().unwrap_or_default(), quote.start, quote.end).map_err(TestCaseError::fail)?;
            prop_assert!(quote.start < quote.end);
            if previous.0 == quote.article {
                prop_assert!(previous.1 <= quote.start, "overlapping quotations in article {}", quote.article);
            }
            for piece in quote.text.split("\n\n") {
                prop_assert!(span.contains(piece), "{:?} outside {:?}", piece, span);
            }
            let first = span.chars().next().unwrap_or(' ');
            prop_assert!(!first.is_alphanumeric() && !first.is_whitespace(), "{:?} does not open with its mark", span);
            previous = (quote.article, quote.end);
        }
        for quote in &report.headline_quotes {
            let headline = report.articles[quote.article].headline.as_deref().unwrap_or_default();
            let span = js_slice(headline, quote.start, quote.end).map_err(TestCaseError::fail)?;
            prop_assert!(span.contains(quote.text.as_str()));
        }
    }

    #[test]
    fn counts_per_outlet_add_up_to_the_whole(articles in articles()) {
        let options = every_term();
        let file = ("articles.json".to_string(), json_file(&articles));
        let mut corpus = Corpus::new(options);
        corpus.add_file(&file.0, &file.1);
        let all = corpus.report(&Filter::default());
        let counted: usize = all.articles.iter().filter(|a| a.duplicate_of.is_none()).map(|a| a.words).sum();
        let listed: u64 = all.keywords.iter().map(|k| u64::from(k.count)).sum::<u64>()
            + all.stop_words.iter().map(|s| u64::from(s.count)).sum::<u64>();
        prop_assert!(listed <= counted as u64, "{} listed of {} words", listed, counted);
        let mut by_outlet = std::collections::BTreeMap::<String, u64>::new();
        // The names as the report gives them (ingest normalises "The Harbour Herald").
        let outlets: std::collections::BTreeSet<String> = all.articles.iter().filter_map(|a| a.outlet.clone()).collect();
        prop_assert!(all.articles.iter().all(|a| a.outlet.is_some()), "every article names its outlet");
        for outlet in outlets {
            let filtered = corpus.report(&Filter { outlets: vec![outlet], ..Filter::default() });
            for keyword in &filtered.keywords {
                *by_outlet.entry(keyword.term.clone()).or_default() += u64::from(keyword.count);
            }
        }
        for keyword in &all.keywords {
            let per_outlet: u64 = keyword.outlets.values().map(|&count| u64::from(count)).sum();
            let per_day: u64 = keyword.dates.values().map(|&count| u64::from(count)).sum();
            prop_assert_eq!(per_outlet, u64::from(keyword.count), "outlets of {:?}", keyword.term);
            prop_assert_eq!(per_day, u64::from(keyword.count), "dates of {:?}", keyword.term);
            prop_assert_eq!(by_outlet.get(keyword.term.as_str()).copied(), Some(u64::from(keyword.count)),
                "{:?} in reports filtered by outlet", keyword.term);
        }
        // outlets[] is filled by the outlet comparison; whatever it lists must add up too.
        let counted_articles = all.articles.iter().filter(|a| a.duplicate_of.is_none());
        if !all.outlets.is_empty() {
            prop_assert_eq!(all.outlets.iter().map(|o| o.articles).sum::<usize>(), counted_articles.clone().count());
            prop_assert_eq!(all.outlets.iter().map(|o| o.words).sum::<usize>(), counted_articles.map(|a| a.words).sum::<usize>());
            prop_assert_eq!(all.outlets.iter().map(|o| o.quotes).sum::<usize>(), all.quotes.len());
        }
    }

    #[test]
    fn the_report_survives_json_unchanged(articles in articles(), headline in text(6), body in text(80)) {
        let files = [
            ("articles.json".to_string(), json_file(&articles)),
            ("story.txt".to_string(), format!("{}\n\n{}", headline.replace('\n', " "), body).into_bytes()),
        ];
        let report = report_of(&files, &every_term());
        let json = newslens::json::to_json(&report);
        let value: serde_json::Value = serde_json::from_str(&json).unwrap();
        // Numbers and strings come back exactly.
        let written = |list: &str| value[list].as_array().unwrap().clone();
        prop_assert_eq!(written("keywords").len(), report.keywords.len());
        for (keyword, written) in report.keywords.iter().zip(written("keywords")) {
            prop_assert_eq!(written["term"].as_str(), Some(keyword.term.as_str()));
            prop_assert_eq!(written["count"].as_u64(), Some(u64::from(keyword.count)));
            prop_assert_eq!(written["per10k"].as_f64(), Some(keyword.per10k));
            prop_assert_eq!(written["dp"].as_f64(), Some(keyword.dp));
        }
        prop_assert_eq!(written("articles").len(), report.articles.len());
        for (article, written) in report.articles.iter().zip(written("articles")) {
            prop_assert_eq!(written["text"].as_str(), article.text.as_deref());
            prop_assert_eq!(written["headline"].as_str(), article.headline.as_deref());
            let tfidf: Vec<f64> = article.keywords.iter().map(|keyword| keyword.tfidf).collect();
            let written_tfidf: Vec<f64> =
                written["keywords"].as_array().unwrap().iter().filter_map(|keyword| keyword["tfidf"].as_f64()).collect();
            prop_assert_eq!(written_tfidf, tfidf);
        }
        prop_assert_eq!(written("quotes").len(), report.quotes.len());
        for (quote, written) in report.quotes.iter().zip(written("quotes")) {
            prop_assert_eq!(written["text"].as_str(), Some(quote.text.as_str()));
            prop_assert_eq!(written["speaker"].as_str(), quote.speaker.as_deref());
            prop_assert_eq!((written["start"].as_u64(), written["end"].as_u64()), (Some(quote.start as u64), Some(quote.end as u64)));
        }
        for keyword in value["keywords"].as_array().unwrap() {
            prop_assert!(keyword["per10k"].is_number() && keyword["dp"].is_number(), "{}", keyword);
        }
        for phrase in value["phrases"].as_array().unwrap() {
            prop_assert!(phrase["g2"].is_number(), "{}", phrase);
        }
        for article in value["articles"].as_array().unwrap() {
            for keyword in article["keywords"].as_array().unwrap() {
                prop_assert!(keyword["tfidf"].is_number(), "{}", keyword);
            }
        }
    }

    #[test]
    fn the_same_files_in_any_order_give_the_same_report(
        files in prop::collection::vec((0..3usize, 0..4usize, text(60)), 1..7)
            .prop_flat_map(|files| (Just(files.clone()), Just(files).prop_shuffle()))
    ) {
        // Few names and a shared pool of bodies, so same-named files and exact duplicates are common.
        let named = |files: &[(usize, usize, String)]| -> Vec<(String, Vec<u8>)> {
            files.iter().map(|(name, story, body)| {
                let name = ["a.txt", "b.txt", "a.json"][*name];
                let headline = ["Ferry returns", "Levy passes", "Cranes inspected", "Harbour reopens"][*story];
                let bytes = if name.ends_with(".json") {
                    json_file(&[(*story % OUTLETS.len(), *story as u8, headline.to_string(), body.clone())])
                } else {
                    format!("{headline}\n\n{body} The harbour reopened on Monday after the storm.").into_bytes()
                };
                (name.to_string(), bytes)
            }).collect()
        };
        let (files, shuffled) = files;
        let options = every_term();
        prop_assert_eq!(report_of(&named(&files), &options), report_of(&named(&shuffled), &options));
    }

    #[test]
    fn files_read_by_another_corpus_and_handed_over_report_as_files_added(articles in articles(), headline in text(6), body in text(80)) {
        let files = [
            ("a.json".to_string(), json_file(&articles)),
            ("b.txt".to_string(), format!("{headline}\n\n{body}").into_bytes()),
        ];
        let options = every_term();
        let reader = Corpus::new(options.clone());
        let mut counter = Corpus::new(options.clone());
        for (name, bytes) in &files {
            let read = ReadFile::decode(&reader.read_file(name, bytes).encode());
            prop_assert!(read.is_ok(), "{:?}", read);
            counter.add_read(read.unwrap());
        }
        prop_assert_eq!(counter.report(&Filter::default()), report_of(&files, &options));
    }

    #[test]
    fn a_damaged_read_file_is_refused_or_reports_without_a_panic(
        articles in articles(),
        at in any::<prop::sample::Index>(),
        byte in any::<u8>(),
        cut in any::<bool>(),
    ) {
        let mut bytes = Corpus::new(Options::default()).read_file("a.json", &json_file(&articles)).encode();
        let at = at.index(bytes.len());
        if cut {
            bytes.truncate(at);
        } else {
            bytes[at] = byte;
        }
        match ReadFile::decode(&bytes) {
            Ok(read) => {
                let mut counter = Corpus::new(Options::default());
                counter.add_read(read);
                let report = counter.report(&Filter::default());
                let json: Result<serde_json::Value, _> = serde_json::from_str(&newslens::json::to_json(&report));
                prop_assert!(json.is_ok() && report.files.len() == 1, "{:?}", json);
            }
            Err(error) => prop_assert!(error.to_string().starts_with("not a file read by this version of newslens: ")),
        }
    }

    #[test]
    fn any_bytes_give_articles_or_one_line_naming_the_file(bytes in prop::collection::vec(any::<u8>(), 0..400), name in 0..4usize) {
        let name = ["a.txt", "a.json", "a.csv", "a.xml"][name];
        match ingest(name, &bytes, &Limits::default()) {
            Ok(ingested) => prop_assert!(ingested.articles.iter().all(|article| !article.text.is_empty())),
            Err(error) => {
                let message = error.to_string();
                prop_assert!(message.starts_with(&format!("{name}: ")) && !message.contains('\n'), "{:?}", message);
            }
        }
    }
}
