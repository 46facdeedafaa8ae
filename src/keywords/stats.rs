//! Statistics over the articles a filter selects: the ranked keywords and
//! phrases with their per-term figures, the stop words removed, and each
//! article's distinctive words. The formulas are in the module docs of
//! [`crate::keywords`].

use std::cmp::Ordering;
use std::collections::BTreeMap;

use super::{KeywordOptions, TermCounts, TermId, TermKind, Vocabulary};
use crate::report::{ArticleKeyword, KeywordEntry, StopWordEntry};

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
    pub stop_words: Vec<StopWordEntry>,
    /// Each selected article's distinctive words, in the order of the selection.
    pub article_keywords: Vec<Vec<ArticleKeyword>>,
}

#[derive(Debug, Clone, Copy, Default)]
struct Total {
    count: u32,
    docs: u32,
}

pub fn summarize(articles: &[Selected], vocabulary: &Vocabulary, options: &KeywordOptions) -> Summary {
    let mut totals = vec![Total::default(); vocabulary.len()];
    let mut words = 0;
    for article in articles {
        words += article.counts.words;
        for &(id, count) in article.counts.terms.iter().chain(&article.counts.stop_words) {
            let total = &mut totals[id as usize];
            total.count += count;
            total.docs += 1;
        }
    }
    let ids = || (0..vocabulary.len() as TermId).filter(|&id| totals[id as usize].count > 0);
    let by_count = |a: &TermId, b: &TermId| {
        let (a, b) = (totals[*a as usize], totals[*b as usize]);
        b.count.cmp(&a.count).then(b.docs.cmp(&a.docs))
    };

    let listed_word = |id: TermId| {
        let kind = vocabulary.kind(id);
        kind != TermKind::Phrase
            && (options.numbers || kind != TermKind::Number)
            && !vocabulary.is_stop_word(id)
            && totals[id as usize].count >= options.min_count
    };
    let keywords = top(ids().filter(|&id| listed_word(id)).collect(), options.limit, |&id| id, by_count, vocabulary);

    let phrases: Vec<(TermId, f64)> = ids()
        .filter(|&id| vocabulary.kind(id) == TermKind::Phrase && totals[id as usize].count >= options.phrase_min_count)
        .map(|id| {
            let frequencies = vocabulary.phrase_words(id).iter().map(|&word| totals[word as usize].count);
            (id, log_likelihood(totals[id as usize].count, frequencies, words))
        })
        .collect();
    let by_association = |a: &(TermId, f64), b: &(TermId, f64)| b.1.total_cmp(&a.1).then(by_count(&a.0, &b.0));
    let phrases = top(phrases, options.limit, |&(id, _)| id, by_association, vocabulary);

    let mut stop_words: Vec<StopWordEntry> = ids()
        .filter(|&id| vocabulary.is_stop_word(id))
        .map(|id| StopWordEntry { term: vocabulary.display(id).into_owned(), count: totals[id as usize].count })
        .collect();
    stop_words.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.term.cmp(&b.term)));

    let listed: Vec<(TermId, Option<f64>)> =
        keywords.iter().map(|&id| (id, None)).chain(phrases.iter().map(|&(id, g2)| (id, Some(g2)))).collect();
    let mut entries = entries(&listed, articles, &totals, words, vocabulary);
    let phrases = entries.split_off(keywords.len());
    Summary {
        keywords: entries,
        phrases,
        stop_words,
        article_keywords: articles
            .iter()
            .map(|article| distinctive(article.counts, articles.len(), &totals, vocabulary))
            .collect(),
    }
}

/// The first `limit` of `items` in `order`, ties broken by how the terms are
/// shown, so that the result does not depend on term ids (which follow the
/// order files were added). Only the items tied at the cut are compared by
/// their shown form.
fn top<T: Copy>(
    mut items: Vec<T>,
    limit: usize,
    id: impl Fn(&T) -> TermId,
    order: impl Fn(&T, &T) -> Ordering,
    vocabulary: &Vocabulary,
) -> Vec<T> {
    items.sort_unstable_by(&order);
    if let Some(&last) = limit.checked_sub(1).and_then(|index| items.get(index)) {
        let tied = items[limit..].iter().take_while(|item| order(item, &last) == Ordering::Equal).count();
        items.truncate(limit + tied);
    }
    items.sort_by(|a, b| order(a, b).then_with(|| vocabulary.display(id(a)).cmp(&vocabulary.display(id(b)))));
    items.truncate(limit);
    items
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
    totals: &[Total],
    words: usize,
    vocabulary: &Vocabulary,
) -> Vec<KeywordEntry> {
    struct Figures {
        /// Σ over the articles with the term of |vᵢ − sᵢ| − sᵢ (see `dispersion`).
        deviation: f64,
        outlets: BTreeMap<String, u32>,
        dates: BTreeMap<String, u32>,
    }
    let mut slots = vec![u32::MAX; totals.len()];
    for (slot, &(id, _)) in listed.iter().enumerate() {
        slots[id as usize] = slot as u32;
    }
    let mut figures: Vec<Figures> =
        listed.iter().map(|_| Figures { deviation: 0.0, outlets: BTreeMap::new(), dates: BTreeMap::new() }).collect();
    for article in articles {
        let share = article.counts.words as f64 / words as f64;
        for &(id, count) in &article.counts.terms {
            let Some(figures) = figures.get_mut(slots[id as usize] as usize) else { continue };
            let term_share = f64::from(count) / f64::from(totals[id as usize].count);
            figures.deviation += (term_share - share).abs() - share;
            for (map, key) in [(&mut figures.outlets, article.outlet), (&mut figures.dates, article.date)] {
                if let Some(key) = key {
                    add(map, key, count);
                }
            }
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
                outlets: figures.outlets,
                dates: figures.dates,
            }
        })
        .collect()
}

fn add(map: &mut BTreeMap<String, u32>, key: &str, count: u32) {
    match map.get_mut(key) {
        Some(total) => *total += count,
        None => {
            map.insert(key.to_string(), count);
        }
    }
}

/// An article's most distinctive words by TF-IDF among `articles` selected articles.
fn distinctive(counts: &TermCounts, articles: usize, totals: &[Total], vocabulary: &Vocabulary) -> Vec<ArticleKeyword> {
    let scored: Vec<(TermId, u32, f64)> = counts
        .terms
        .iter()
        .filter(|&&(id, _)| vocabulary.kind(id) == TermKind::Word)
        .map(|&(id, count)| (id, count, tf_idf(count, articles, totals[id as usize].docs)))
        .filter(|&(_, _, score)| score > 0.0)
        .collect();
    let order = |a: &(TermId, u32, f64), b: &(TermId, u32, f64)| b.2.total_cmp(&a.2).then(b.1.cmp(&a.1));
    top(scored, ARTICLE_KEYWORDS, |&(id, _, _)| id, order, vocabulary)
        .into_iter()
        .map(|(id, count, score)| ArticleKeyword {
            term: vocabulary.display(id).into_owned(),
            count,
            tfidf: round(score),
        })
        .collect()
}

fn tf_idf(count: u32, articles: usize, docs: u32) -> f64 {
    f64::from(count) * (articles as f64 / f64::from(docs)).ln()
}

/// Four decimals: enough for any view, and the same natively and in wasm
/// even where the two `ln` differ in the last bit.
fn round(value: f64) -> f64 {
    (value * 10_000.0).round() / 10_000.0
}
