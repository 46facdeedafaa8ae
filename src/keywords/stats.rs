//! Statistics over the articles a filter selects: the ranked keywords and
//! phrases with their per-term figures, the stop words removed, and each
//! article's distinctive words. The formulas are in the module docs of
//! [`crate::keywords`].

use std::cmp::Ordering;
use std::collections::BTreeMap;

use super::{KeywordOptions, TermCounts, TermId, TermKind, Vocabulary};
use crate::report::{by_name, ArticleKeyword, KeywordEntry, StopWordEntry};
use crate::sort;
use crate::text::TokenKind;

/// How many distinctive words each article lists.
pub const ARTICLE_KEYWORDS: usize = 10;

/// One selected article, as the statistics see it.
#[derive(Debug, Clone, Copy)]
pub struct Selected<'a> {
    pub counts: &'a TermCounts,
    pub outlet: Option<&'a str>,
    pub date: Option<&'a str>,
}

/// The keyword parts of a report.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    pub keywords: Vec<KeywordEntry>,
    pub phrases: Vec<KeywordEntry>,
    pub names: Vec<KeywordEntry>,
    pub stop_words: Vec<StopWordEntry>,
    /// The words of the articles per date.
    pub date_words: BTreeMap<String, u32>,
    /// Each selected article's distinctive words, in the order of the selection.
    pub article_keywords: Vec<Vec<ArticleKeyword>>,
}

#[derive(Debug, Clone, Copy, Default)]
struct Total {
    count: u32,
    docs: u32,
}

/// The statistics of `articles`, each list cut to its first `limit` (at
/// most `options.limit`).
pub fn summarize(articles: &[Selected], vocabulary: &Vocabulary, options: &KeywordOptions, limit: usize) -> Summary {
    let limit = limit.min(options.limit);
    let mut totals = vec![Total::default(); vocabulary.len()];
    let mut words = 0;
    for article in articles {
        words += article.counts.words;
        for (id, count) in article.counts.terms().chain(article.counts.stop_words()) {
            let total = &mut totals[id as usize];
            total.count += count;
            total.docs += 1;
        }
    }
    let ids = || (0..vocabulary.len() as TermId).filter(|&id| totals[id as usize].count > 0);
    let ranked = |id: TermId, score: f64| {
        let total = totals[id as usize];
        Ranked { id, score, count: total.count, docs: total.docs }
    };

    let listed_word = |id: TermId| {
        let kind = vocabulary.kind(id);
        matches!(kind, TermKind::Token(_))
            && (options.numbers || kind != TermKind::Token(TokenKind::Number))
            && !vocabulary.is_stop_word(id)
            && totals[id as usize].count >= options.min_count
    };
    let keywords: Vec<Ranked> = ids().filter(|&id| listed_word(id)).map(|id| ranked(id, 0.0)).collect();
    let keywords = top(keywords, limit, vocabulary);

    let phrases: Vec<Ranked> = ids()
        .filter(|&id| vocabulary.kind(id) == TermKind::Phrase && totals[id as usize].count >= options.phrase_min_count)
        .map(|id| {
            let frequencies = vocabulary.phrase_words(id).iter().map(|&word| totals[word as usize].count);
            ranked(id, log_likelihood(totals[id as usize].count, frequencies, words))
        })
        .collect();
    let phrases = top(phrases, limit, vocabulary);

    let names: Vec<Ranked> = ids()
        .filter(|&id| vocabulary.kind(id) == TermKind::Name && totals[id as usize].count >= options.min_count)
        .map(|id| ranked(id, 0.0))
        .collect();
    let names = top(names, limit, vocabulary);

    let stop_words = top(
        ids().filter(|&id| vocabulary.is_stop_word(id)).map(|id| ranked(id, 0.0)).collect(),
        usize::MAX,
        vocabulary,
    )
    .into_iter()
    .map(|ranked| StopWordEntry { term: vocabulary.display(ranked.id).into_owned(), count: ranked.count })
    .collect();

    let listed: Vec<(TermId, Option<f64>)> = keywords
        .iter()
        .map(|k| (k.id, None))
        .chain(phrases.iter().map(|p| (p.id, Some(p.score))))
        .chain(names.iter().map(|n| (n.id, None)))
        .collect();
    let names = Names::of(articles);
    let date_words = names.totals(
        articles
            .iter()
            .zip(&names.of_article)
            .filter_map(|(article, &(_, date))| Some((date?, article.counts.words as u32)))
            .collect(),
    );
    let mut entries = entries(&listed, articles, &names, &totals, words, vocabulary);
    let names = entries.split_off(keywords.len() + phrases.len());
    let phrases = entries.split_off(keywords.len());
    Summary {
        keywords: entries,
        phrases,
        names,
        stop_words,
        date_words,
        article_keywords: distinctive(articles, &totals, vocabulary),
    }
}

/// A term to rank: by `score` (G², TF-IDF; 0 for plain counts), then
/// `count`, then `docs`, all descending.
#[derive(Debug, Clone, Copy)]
struct Ranked {
    id: TermId,
    score: f64,
    count: u32,
    docs: u32,
}

impl Ranked {
    fn order(&self, other: &Ranked) -> Ordering {
        other.score.total_cmp(&self.score).then(other.count.cmp(&self.count)).then(other.docs.cmp(&self.docs))
    }
}

/// The first `limit` of `items`, ties broken by how the terms are shown.
fn top(items: Vec<Ranked>, limit: usize, vocabulary: &Vocabulary) -> Vec<Ranked> {
    sort::top_by(items, limit, Ranked::order, |ranked| vocabulary.display(ranked.id))
}

/// Dunning's G² of a phrase seen `count` times against the count expected if
/// its words, seen `frequencies` times, were independent, in `words` tokens.
fn log_likelihood(count: u32, frequencies: impl Iterator<Item = u32>, words: usize) -> f64 {
    let n = words as f64;
    let observed = f64::from(count);
    let expected = frequencies.fold(n, |expected, frequency| expected * f64::from(frequency) / n);
    let term = |observed: f64, expected: f64| if observed > 0.0 { observed * (observed / expected).ln() } else { 0.0 };
    let g2 = 2.0 * (term(observed, expected) + term(n - observed, n - expected));
    if observed < expected {
        -g2
    } else {
        g2
    }
}

/// The report entries of the `listed` terms (with their G², for phrases):
/// one more pass over the selection for the figures of those terms only.
fn entries(
    listed: &[(TermId, Option<f64>)],
    articles: &[Selected],
    names: &Names,
    totals: &[Total],
    words: usize,
    vocabulary: &Vocabulary,
) -> Vec<KeywordEntry> {
    struct Figures {
        /// Σ over the articles with the term of |vᵢ − sᵢ| − sᵢ (see `dp` below).
        deviation: f64,
        /// (outlet, count) and (date, count) per article with the term, by index in `names`.
        outlets: Vec<(u32, u32)>,
        dates: Vec<(u32, u32)>,
    }
    let mut slots = vec![u32::MAX; totals.len()];
    for (slot, &(id, _)) in listed.iter().enumerate() {
        slots[id as usize] = slot as u32;
    }
    let mut figures: Vec<Figures> =
        listed.iter().map(|_| Figures { deviation: 0.0, outlets: Vec::new(), dates: Vec::new() }).collect();
    for (index, article) in articles.iter().enumerate() {
        let share = article.counts.words as f64 / words as f64;
        let (outlet, date) = names.of_article[index];
        for (id, count) in article.counts.terms() {
            let Some(figures) = figures.get_mut(slots[id as usize] as usize) else { continue };
            let term_share = f64::from(count) / f64::from(totals[id as usize].count);
            figures.deviation += (term_share - share).abs() - share;
            figures.outlets.extend(outlet.map(|outlet| (outlet, count)));
            figures.dates.extend(date.map(|date| (date, count)));
        }
    }
    listed
        .iter()
        .zip(figures)
        .map(|(&(id, g2), figures)| {
            let total = totals[id as usize];
            KeywordEntry {
                term: vocabulary.display(id).into_owned(),
                kind: vocabulary.kind(id),
                count: total.count,
                docs: total.docs,
                per10k: round(f64::from(total.count) * 10_000.0 / words as f64),
                // Σ over all articles of |vᵢ − sᵢ| is the sum over those with
                // the term plus the shares sᵢ of those without it, 1 − Σ sᵢ.
                dp: round(0.5 * (1.0 + figures.deviation)),
                g2: g2.map(round),
                outlets: names.totals(figures.outlets),
                dates: names.totals(figures.dates),
            }
        })
        .collect()
}

/// The outlets and dates of the selected articles as small numbers, so that
/// counting a term per outlet and per date compares no strings.
struct Names<'a> {
    names: Vec<&'a str>,
    /// Each article's outlet and date, as indices into `names`.
    of_article: Vec<(Option<u32>, Option<u32>)>,
}

impl<'a> Names<'a> {
    fn of(articles: &[Selected<'a>]) -> Self {
        let mut indices: rustc_hash::FxHashMap<&'a str, u32> = rustc_hash::FxHashMap::default();
        let mut names = Vec::new();
        let mut index = |name: Option<&'a str>| {
            name.map(|name| {
                *indices.entry(name).or_insert_with(|| {
                    names.push(name);
                    (names.len() - 1) as u32
                })
            })
        };
        let of_article = articles.iter().map(|article| (index(article.outlet), index(article.date))).collect();
        Names { names, of_article }
    }

    fn totals(&self, mut counts: Vec<(u32, u32)>) -> BTreeMap<String, u32> {
        sort::pairs(&mut counts);
        by_name(
            counts
                .chunk_by(|a, b| a.0 == b.0)
                .map(|same| (self.names[same[0].0 as usize].to_string(), same.iter().map(|&(_, count)| count).sum())),
        )
    }
}

/// Each article's most distinctive words by TF-IDF among the selected `articles`.
fn distinctive(articles: &[Selected], totals: &[Total], vocabulary: &Vocabulary) -> Vec<Vec<ArticleKeyword>> {
    // All articles are ranked first, into one buffer of candidates and one
    // list of the chosen, and only then given their shown forms: the wasm
    // heap never returns memory, and a string kept between one article's
    // candidates and the next's would leave a hole of their size each time.
    let mut scored: Vec<Ranked> = Vec::new();
    let mut chosen: Vec<Ranked> = Vec::new();
    let mut ends = Vec::with_capacity(articles.len());
    let idf = inverse_document_frequencies(articles.len());
    for article in articles {
        scored.clear();
        scored.extend(
            article
                .counts
                .terms()
                .filter(|&(id, _)| vocabulary.kind(id) == TermKind::Token(TokenKind::Word))
                .map(|(id, count)| Ranked {
                    id,
                    score: f64::from(count) * idf[totals[id as usize].docs as usize],
                    count,
                    docs: 0,
                })
                .filter(|ranked| ranked.score > 0.0),
        );
        sort::retain_largest(&mut scored, ARTICLE_KEYWORDS, |ranked| sort::float_key(ranked.score));
        scored = top(scored, ARTICLE_KEYWORDS, vocabulary);
        chosen.extend_from_slice(&scored);
        ends.push(chosen.len());
    }
    let starts = std::iter::once(0).chain(ends.iter().copied());
    starts
        .zip(&ends)
        .map(|(start, &end)| {
            chosen[start..end]
                .iter()
                .map(|ranked| ArticleKeyword {
                    term: vocabulary.display(ranked.id).into_owned(),
                    count: ranked.count,
                    tfidf: round(ranked.score),
                })
                .collect()
        })
        .collect()
}

/// The IDF of a term found in `docs` of `articles` articles, ln(articles /
/// docs), for every `docs` up to `articles`: computed once each rather than
/// once for every term of every article (a tenth of a report's time).
fn inverse_document_frequencies(articles: usize) -> Vec<f64> {
    (0..=articles).map(|docs| (articles as f64 / docs as f64).ln()).collect()
}

/// Four decimals: enough for any view, and the same natively and in wasm
/// even where the two `ln` differ in the last bit.
pub(crate) fn round(value: f64) -> f64 {
    (value * 10_000.0).round() / 10_000.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keywords::Counter;

    /// Three short articles: 9, 3 and 2 words, 14 in all.
    const ARTICLES: [(&str, &str, &str); 3] = [
        ("Ferry levy rises. The ferry levy funds the ferry.", "Herald", "2025-03-01"),
        ("Levy vote today.", "Courier", "2025-03-01"),
        ("Ferry strike.", "Herald", "2025-03-02"),
    ];

    fn summary(options: &KeywordOptions) -> Summary {
        let mut counter = Counter::new(options);
        let counts: Vec<_> = ARTICLES.iter().map(|(text, _, _)| counter.count_article(None, text)).collect();
        let selection: Vec<_> = counts
            .iter()
            .zip(ARTICLES)
            .map(|(counts, (_, outlet, date))| Selected { counts, outlet: Some(outlet), date: Some(date) })
            .collect();
        summarize(&selection, counter.vocabulary(), options, options.limit)
    }

    fn map(entries: &[(&str, u32)]) -> BTreeMap<String, u32> {
        entries.iter().map(|&(key, count)| (key.to_string(), count)).collect()
    }

    #[test]
    fn keywords_carry_frequency_dispersion_and_counts_per_outlet_and_date() {
        let summary = summary(&KeywordOptions::default());
        let ferry = &summary.keywords[0];
        // Shares of the words: 9/14, 3/14, 2/14; of "ferry": 3/4, 0, 1/4.
        let dp = 0.5 * ((0.75 - 9.0 / 14.0_f64).abs() + 3.0 / 14.0 + (0.25 - 2.0 / 14.0_f64).abs());
        assert_eq!(
            *ferry,
            KeywordEntry {
                term: "ferry".into(),
                kind: TermKind::Token(TokenKind::Word),
                count: 4,
                docs: 2,
                per10k: 2857.1429,
                dp: round(dp),
                g2: None,
                outlets: map(&[("Herald", 4)]),
                dates: map(&[("2025-03-01", 3), ("2025-03-02", 1)]),
            }
        );
        assert_eq!(ferry.dp, 0.2143);
        let ranked: Vec<_> = summary.keywords.iter().map(|k| (k.term.as_str(), k.count, k.docs)).collect();
        assert_eq!(
            ranked,
            [
                ("ferry", 4, 2),
                ("levy", 3, 2),
                ("funds", 1, 1),
                ("rises", 1, 1),
                ("strike", 1, 1),
                ("today", 1, 1),
                ("vote", 1, 1)
            ]
        );
        assert_eq!(summary.stop_words, [StopWordEntry { term: "the".into(), count: 2 }]);
    }

    #[test]
    fn a_term_in_one_article_only_has_the_largest_dispersion() {
        let summary = summary(&KeywordOptions::default());
        let vote = summary.keywords.iter().find(|k| k.term == "vote").unwrap();
        // All of "vote" is in the second article, which has 3/14 of the words.
        assert_eq!(vote.dp, round(0.5 * ((1.0 - 3.0 / 14.0) + 9.0 / 14.0 + 2.0 / 14.0)));
        assert_eq!(vote.dp, 0.7857);
    }

    #[test]
    fn phrases_are_ranked_by_log_likelihood_over_a_minimum_count() {
        let summary = summary(&KeywordOptions { phrase_min_count: 2, ..KeywordOptions::default() });
        // O = 2, E = 14 · (4/14) · (3/14) = 6/7; G² = 2 (2 ln(2/E) + 12 ln(12/(14 − E))) = 1.2059.
        let expected = 2.0 * (2.0 * (2.0 / (6.0 / 7.0_f64)).ln() + 12.0 * (12.0 / (14.0 - 6.0 / 7.0_f64)).ln());
        let phrases: Vec<_> = summary.phrases.iter().map(|p| (p.term.as_str(), p.kind, p.count, p.g2)).collect();
        assert_eq!(phrases, [("ferry levy", TermKind::Phrase, 2, Some(round(expected)))]);
        assert_eq!(round(expected), 1.2059);
        assert!(summary.keywords.iter().all(|k| k.kind == TermKind::Token(TokenKind::Word)));
    }

    #[test]
    fn articles_list_their_words_by_tf_idf() {
        let summary = summary(&KeywordOptions::default());
        let ln = f64::ln;
        let first: Vec<_> = summary.article_keywords[0].iter().map(|k| (k.term.as_str(), k.count, k.tfidf)).collect();
        assert_eq!(
            first,
            [
                ("ferry", 3, round(3.0 * ln(3.0 / 2.0))),
                ("funds", 1, round(ln(3.0))),
                ("rises", 1, round(ln(3.0))),
                ("levy", 2, round(2.0 * ln(3.0 / 2.0))),
            ]
        );
        assert_eq!(first[0].2, 1.2164);
    }

    #[test]
    fn options_filter_what_is_listed() {
        let cases = [
            (KeywordOptions { limit: 2, ..KeywordOptions::default() }, vec!["ferry", "levy"]),
            (KeywordOptions { min_count: 3, ..KeywordOptions::default() }, vec!["ferry", "levy"]),
            (KeywordOptions { limit: 0, ..KeywordOptions::default() }, vec![]),
        ];
        for (options, expected) in cases {
            let summary = summary(&options);
            assert_eq!(summary.keywords.iter().map(|k| k.term.as_str()).collect::<Vec<_>>(), expected, "{options:?}");
        }
        let no_phrases = summary(&KeywordOptions { phrases: false, phrase_min_count: 1, ..KeywordOptions::default() });
        assert!(no_phrases.phrases.is_empty());
    }

    #[test]
    fn numbers_are_listed_unless_turned_off() {
        let listed = |numbers: bool| {
            let options = KeywordOptions { numbers, ..KeywordOptions::default() };
            let mut counter = Counter::new(&options);
            let counts = counter.count_article(None, "In 2024 the levy of 2024 rose");
            let selection = [Selected { counts: &counts, outlet: None, date: None }];
            let summary = summarize(&selection, counter.vocabulary(), &options, options.limit);
            summary.keywords.into_iter().map(|k| (k.term, k.kind)).collect::<Vec<_>>()
        };
        let levy = ("levy".to_string(), TermKind::Token(TokenKind::Word));
        let rose = ("rose".to_string(), TermKind::Token(TokenKind::Word));
        assert_eq!(
            listed(true),
            [("2024".to_string(), TermKind::Token(TokenKind::Number)), levy.clone(), rose.clone()]
        );
        assert_eq!(listed(false), [levy, rose]);
    }
}
