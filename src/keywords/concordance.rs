//! The concordance (keyword in context): every place a term or phrase occurs
//! in the selected articles, with the words around it. A query is tokenised
//! and folded like the articles, so "Trump’s" finds "Trump", "U.S." finds
//! "US", and with stemming "negotiate" finds "negotiations"; the words of a
//! phrase must follow each other with only spaces between them.

use std::fmt;

use super::{Counter, TermCounts, TermId};
use crate::json::{json_as_str, json_object};
use crate::report::{utf16_offset, ArticleId};
use crate::text::{tokens, Boundary, Keys, Token};

/// One article to search.
#[derive(Debug, Clone, Copy)]
pub struct Source<'a> {
    pub id: ArticleId,
    pub headline: Option<&'a str>,
    pub text: &'a str,
    pub counts: &'a TermCounts,
}

/// Which text of an article a line comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Headline,
    Text,
}

/// One occurrence in context. `start` and `end` are UTF-16 offsets (JS string
/// indices) into the article's `headline` or `text`, as `part` says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConcordanceLine {
    pub article: ArticleId,
    pub part: Part,
    pub start: usize,
    pub end: usize,
    pub left: String,
    pub matched: String,
    pub right: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Concordance {
    /// Occurrences in all the articles searched, also those beyond the limit.
    pub total: usize,
    pub lines: Vec<ConcordanceLine>,
}

impl Part {
    pub fn as_str(self) -> &'static str {
        match self {
            Part::Headline => "headline",
            Part::Text => "text",
        }
    }
}

json_as_str!(Part);
json_object!(ConcordanceLine {
    article: "article",
    part: "part",
    start: "start",
    end: "end",
    left: "left",
    matched: "match",
    right: "right",
});
json_object!(Concordance { total: "total", lines: "lines" });

/// A query that cannot be searched for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryError {
    pub query: String,
}

impl fmt::Display for QueryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid query {}: it has no word to search for", crate::json::to_json(&self.query))
    }
}

impl std::error::Error for QueryError {}

/// The terms of the words of `query` folded by `keys`, or `None` when one of
/// them is no term of the corpus.
fn terms_of(counter: &Counter, query: &str, mut keys: Keys, key: &mut String) -> Option<Vec<TermId>> {
    tokens(query)
        .map(|token| {
            keys.fold(&token, key);
            counter.find(key, token.kind)
        })
        .collect()
}

/// The first `limit` occurrences of `query` in `sources` (in their order,
/// headline before text), with up to `width` characters of context each side.
pub fn concordance<'a>(
    counter: &Counter,
    query: &str,
    sources: impl IntoIterator<Item = Source<'a>>,
    limit: usize,
    width: usize,
) -> Result<Concordance, QueryError> {
    let mut key = String::new();
    // A query in capitals reads as written ("US", the country), unless the
    // articles have it only in lines written all in capitals, where it is
    // the word ("NOR" in a shouted headline is "nor").
    let terms = terms_of(counter, query, Keys::standalone(query), &mut key)
        .or_else(|| terms_of(counter, query, Keys::new(query), &mut key));
    let mut concordance = Concordance { total: 0, lines: Vec::new() };
    let terms = match terms {
        None => return Ok(concordance),
        Some(terms) if terms.is_empty() => return Err(QueryError { query: query.to_string() }),
        Some(terms) => terms,
    };
    let mut part_tokens = Vec::new();
    for source in sources {
        if source.counts.count(terms[0]) == 0 {
            continue;
        }
        let parts =
            source.headline.map(|headline| (Part::Headline, headline)).into_iter().chain([(Part::Text, source.text)]);
        for (part, text) in parts {
            part_tokens.clear();
            let mut keys = Keys::new(text);
            part_tokens.extend(tokens(text).map(|token| {
                keys.fold(&token, &mut key);
                (counter.find(&key, token.kind), token)
            }));
            for found in part_tokens.windows(terms.len()).filter(|window| matches(window, &terms)) {
                concordance.total += 1;
                if concordance.lines.len() < limit {
                    let (start, end) = (found[0].1.start, found[found.len() - 1].1.end);
                    concordance.lines.push(line(source.id, part, text, start, end, width));
                }
            }
        }
    }
    Ok(concordance)
}

fn matches(window: &[(Option<TermId>, Token)], terms: &[TermId]) -> bool {
    window.iter().zip(terms).all(|((found, _), term)| *found == Some(*term))
        && window[1..].iter().all(|(_, token)| token.boundary == Boundary::None)
}

fn line(article: ArticleId, part: Part, text: &str, start: usize, end: usize, width: usize) -> ConcordanceLine {
    let before = &text[..start];
    let left_start = before.char_indices().rev().take(width).last().map_or(before.len(), |(index, _)| index);
    let after = &text[end..];
    let right_end = after.char_indices().nth(width).map_or(after.len(), |(index, _)| index);
    let start_utf16 = utf16_offset(text, start);
    ConcordanceLine {
        article,
        part,
        start: start_utf16,
        end: start_utf16 + text[start..end].encode_utf16().count(),
        left: before[left_start..].to_string(),
        matched: text[start..end].to_string(),
        right: after[..right_end].to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keywords::KeywordOptions;

    const HEADLINE: &str = "Prisoner swap agreed";
    const TEXT: &str = "Zoë said the prisoner swap, the first, went ahead. Prisoner\nswap critics met Trump’s envoy; \
                        the U.S. and the US envoy spoke to us.";

    fn search(query: &str, options: &KeywordOptions, limit: usize, width: usize) -> Result<Concordance, QueryError> {
        let mut counter = Counter::new(options);
        let counts = counter.count_article(Some(HEADLINE), TEXT);
        let source = Source { id: 7, headline: Some(HEADLINE), text: TEXT, counts: &counts };
        concordance(&counter, query, [source], limit, width)
    }

    fn matches(query: &str) -> Vec<(Part, String)> {
        let found = search(query, &KeywordOptions::default(), 100, 10).unwrap();
        assert_eq!(found.total, found.lines.len());
        found.lines.into_iter().map(|line| (line.part, line.matched)).collect()
    }

    #[test]
    fn a_query_in_capitals_is_the_word_where_the_articles_only_shout_it() {
        // Found by the fuzzer: the first word of a text, queried as written, was not found.
        let text = "NOR THE FERRY\nShips queued, nor did the US envoy wait for us.";
        let mut counter = Counter::new(&KeywordOptions::default());
        let counts = counter.count_article(None, text);
        let found = |query: &str| {
            let source = Source { id: 0, headline: None, text, counts: &counts };
            let lines = concordance(&counter, query, [source], 10, 5).unwrap().lines;
            lines.into_iter().map(|line| line.matched).collect::<Vec<_>>()
        };
        assert_eq!(found("NOR"), ["NOR", "nor"]);
        assert_eq!(found("nor"), ["NOR", "nor"]);
        // The country is written so in running text: the capitals keep their reading.
        assert_eq!(found("US"), ["US"]);
        assert_eq!(found("us"), ["us"]);
    }

    #[test]
    fn finds_words_and_phrases_as_they_were_counted() {
        use Part::*;
        let cases: &[(&str, &[(Part, &str)])] = &[
            ("prisoner swap", &[(Headline, "Prisoner swap"), (Text, "prisoner swap")]),
            ("Trump's", &[(Text, "Trump’s")]),
            ("US", &[(Text, "U.S."), (Text, "US")]),
            ("us", &[(Text, "us")]),
            ("envoy", &[(Text, "envoy"), (Text, "envoy")]),
            ("swap critics", &[(Text, "swap critics")]),
            ("harbour", &[]),
        ];
        for (query, expected) in cases {
            let expected: Vec<_> = expected.iter().map(|&(part, text)| (part, text.to_string())).collect();
            assert_eq!(matches(query), expected, "query {query:?}");
        }
    }

    #[test]
    fn lines_give_context_and_utf16_offsets() {
        let found = search("first", &KeywordOptions::default(), 100, 12).unwrap();
        let line = &found.lines[0];
        assert_eq!(
            (line.left.as_str(), line.matched.as_str(), line.right.as_str()),
            ("r swap, the ", "first", ", went ahead")
        );
        let utf16: Vec<u16> = TEXT.encode_utf16().collect();
        assert_eq!(String::from_utf16(&utf16[line.start..line.end]).unwrap(), "first");
        assert_eq!(
            (line.article, line.start, TEXT.find("first")),
            (7, 32, Some(33)),
            "ë is two bytes, one UTF-16 unit"
        );
        let left_of = |width| search("Zoë", &KeywordOptions::default(), 1, width).unwrap().lines[0].right.clone();
        assert_eq!((left_of(0), left_of(5)), (String::new(), " said".to_string()));
    }

    #[test]
    fn the_limit_cuts_lines_but_not_the_total() {
        let found = search("envoy", &KeywordOptions::default(), 1, 5).unwrap();
        assert_eq!((found.total, found.lines.len()), (2, 1));
    }

    #[test]
    fn with_stemming_a_query_finds_every_inflection() {
        let options = KeywordOptions { stemming: true, ..KeywordOptions::default() };
        let found = search("envoys", &options, 100, 0).unwrap();
        assert_eq!(found.total, 2);
    }

    #[test]
    fn a_query_without_words_is_an_error() {
        let error = search(" … ", &KeywordOptions::default(), 100, 10).unwrap_err();
        assert_eq!(error.to_string(), "invalid query \" … \": it has no word to search for");
    }
}
