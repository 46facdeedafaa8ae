//! The tokenizer, keyword counting (with the option byte choosing stemming,
//! phrases and stop words), the summary and a concordance of the text's
//! first word. Data: an option byte, then a headline and a body.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newslens::keywords::{self, Counter, KeywordOptions, Selected};
use newslens::text::tokens;

fuzz_target!(|data: &[u8]| {
    let Some((&flags, rest)) = data.split_first() else { return };
    let mut parts = newslens_fuzz::parts(rest).map(String::from_utf8_lossy);
    let headline = parts.next().unwrap_or_default();
    let body = parts.next().unwrap_or_default();
    let mut previous_end = 0;
    for token in tokens(&body) {
        assert!(previous_end <= token.start && token.start < token.form_end && token.form_end <= token.end);
        assert!(token.end <= body.len() && body.is_char_boundary(token.start) && body.is_char_boundary(token.end));
        assert!(body.is_char_boundary(token.form_end));
        previous_end = token.end;
    }
    let options = KeywordOptions {
        stemming: flags & 1 != 0,
        phrases: flags & 2 != 0,
        news_stop_words: flags & 4 != 0,
        numbers: flags & 8 != 0,
        ..KeywordOptions::default()
    };
    let mut counter = Counter::new(&options);
    let headline = (flags & 16 != 0).then_some(&*headline);
    let counts = counter.count_article(headline, &body);
    let summary = keywords::summarize(
        &[Selected { counts: &counts, outlet: Some("Harbour Herald"), date: Some("2025-03-14") }],
        counter.vocabulary(),
        &options,
        options.limit,
    );
    let listed: u64 = summary.keywords.iter().map(|keyword| u64::from(keyword.count)).sum();
    assert!(listed <= counts.words as u64, "{listed} counted of {} words", counts.words);
    if let Some(word) = tokens(&body).next() {
        let query = &body[word.start..word.end];
        let source = keywords::Source { id: 0, headline, text: &body, counts: &counts };
        let found = keywords::concordance(&counter, query, [source], 10, 20).expect("a word is a query");
        assert!(found.total >= 1, "{query:?} not found in its own text");
    }
});
