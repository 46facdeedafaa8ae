//! What every fuzz target checks beyond "no panic": the invariants the rest
//! of newslens relies on, asserted on whatever the readers and stages give.
//! A failed assertion is a crash to libFuzzer, so it is kept and minimised
//! like a panic.

use newslens::ingest::{self, Article, Format};
use newslens::quotes::Quote;

/// Reads `data` as `format` and checks the articles. A reader only ever
/// sees decoded text: bytes that are not UTF-8 are replaced and every
/// carriage return is a line feed, as after `ingest`'s decoding.
pub fn read_as(format: Format, data: &[u8]) {
    let text = String::from_utf8_lossy(data).replace('\r', "\n");
    if let Ok((articles, _)) = ingest::read_as(format, &text) {
        check_articles(&articles);
    }
}

/// Every article has a body; no field keeps a carriage return; a date is `YYYY-MM-DD`.
pub fn check_articles(articles: &[Article]) {
    for article in articles {
        assert!(!article.text.trim().is_empty(), "an article without text: {article:?}");
        let fields = [&article.outlet, &article.headline, &article.byline, &article.dateline, &article.url];
        for field in fields.into_iter().flatten().chain([&article.text]) {
            assert!(!field.contains('\r'), "a carriage return survived: {field:?}");
        }
        if let Some(date) = &article.date {
            let shape = date.len() == 10
                && date.bytes().enumerate().all(|(at, b)| if at == 4 || at == 7 { b == b'-' } else { b.is_ascii_digit() });
            assert!(shape, "not a YYYY-MM-DD date: {date:?}");
        }
    }
}

/// Quotations lie inside `text` on character boundaries, in order and
/// without overlapping, and each quotation's words are inside its span.
pub fn check_quotes(text: &str, quotes: &[Quote]) {
    let mut previous_end = 0;
    for quote in quotes {
        assert!(previous_end <= quote.start && quote.start < quote.end && quote.end <= text.len(), "{quote:?}");
        assert!(text.is_char_boundary(quote.start) && text.is_char_boundary(quote.end), "{quote:?}");
        let span = &text[quote.start..quote.end];
        for piece in quote.text.split("\n\n") {
            assert!(span.contains(piece), "words {piece:?} outside their span {span:?}");
        }
        previous_end = quote.end;
    }
}

/// Splits fuzz data into the parts a target needs, at a separator the
/// fuzzer learns from the seeds.
pub fn parts(data: &[u8]) -> impl Iterator<Item = &[u8]> {
    const SEPARATOR: &[u8] = b"\n--8<--\n";
    let mut rest = Some(data);
    std::iter::from_fn(move || {
        let current = rest?;
        match current.windows(SEPARATOR.len()).position(|window| window == SEPARATOR) {
            Some(at) => {
                rest = Some(&current[at + SEPARATOR.len()..]);
                Some(&current[..at])
            }
            None => {
                rest = None;
                Some(current)
            }
        }
    })
}
