//! The whole corpus: several files (parts of the data, named by their first
//! line), a report with a filter, its JSON, and a concordance. The first byte
//! sets options and the filter.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newslens::{ConcordanceOptions, Corpus, Filter, Options};

fuzz_target!(|data: &[u8]| {
    let Some((&flags, rest)) = data.split_first() else { return };
    let mut options = Options { include_duplicates: flags & 1 != 0, ..Options::default() };
    options.keywords.stemming = flags & 2 != 0;
    let mut corpus = Corpus::new(options);
    for part in newslens_fuzz::parts(rest).take(8) {
        let (name, bytes) = match part.iter().position(|&b| b == b'\n') {
            Some(at) => (String::from_utf8_lossy(&part[..at]), &part[at + 1..]),
            None => ("file.txt".into(), part),
        };
        corpus.add_file(&name, bytes);
    }
    let all = corpus.report(&Filter::default());
    let json = newslens::json::to_json(&all);
    assert!(json.starts_with("{\"schema\":\"newslens/1\""));
    assert!(serde_json::from_str::<serde_json::Value>(&json).is_ok(), "a report is JSON");
    for article in &all.articles {
        assert_eq!(corpus.article(article.id).map(|asked| asked.text), article.text, "the text asked for by id");
    }
    for quote in &all.quotes {
        let text: Vec<u16> = all.articles[quote.article].text.as_deref().unwrap_or_default().encode_utf16().collect();
        assert!(quote.start < quote.end && quote.end <= text.len(), "{quote:?}");
    }
    let filter = Filter {
        outlets: all.articles.iter().filter_map(|article| article.outlet.clone()).take(1).collect(),
        date_from: (flags & 4 != 0).then(|| "2000-01-01".to_string()),
        articles: if flags & 8 != 0 { vec![0, 2] } else { Vec::new() },
        ..Filter::default()
    };
    let filtered = corpus.report(&filter);
    assert!(filtered.articles.len() <= all.articles.len());
    assert_eq!(filtered.files, all.files, "files are always all listed");
    if let Some(keyword) = all.keywords.first() {
        let options = ConcordanceOptions { filter, ..ConcordanceOptions::default() };
        let _ = corpus.concordance(&keyword.term, &options);
    }
});
