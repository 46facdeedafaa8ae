//! Stories owns the grouping of articles that cover the same event, from
//! any outlets, and what each outlet's coverage of a story says.
//!
//! # Grouping
//!
//! Each article is known by its signature: its [`SIGNATURE`] heaviest terms
//! (words and names of several words, headline included) weighted by
//! `(1 + ln tf) · ln(1 + N/df)`, N the articles grouped and df those with the
//! term. Two articles are alike by the cosine of their signatures. Only pairs
//! that share a term held by few articles (at most [`POSTINGS`] or 5% of
//! them) are compared, found through an inverted index, so the cost grows
//! with the articles times the few others each shares a rare term with, not
//! with every pair.
//!
//! Two articles may join when they are alike by at least
//! [`MIN_SIMILARITY`], and their dates are at most `days` apart (option
//! `stories.days`); an article without a date needs [`MIN_SIMILARITY_UNDATED`].
//! Pairs join from the most alike down; two groups merge only if their
//! articles are alike by [`MIN_GROUP_SIMILARITY`] on average, their dates
//! span at most twice `days`, and no outlet would have two undated articles
//! in the group, so that neither one general article nor articles whose
//! time is unknown can chain the events of one topic together. Near-duplicates (`duplicateOf`) are copies of
//! one article, not coverage: they take no part. Weights are whole numbers
//! and every tie is broken by article id or by how a term is shown, so the
//! grouping does not depend on the order files were added.
//!
//! # Coverage
//!
//! For each story and each of its outlets: the articles, the headline and
//! length, the terms that outlet uses and the story's other outlets do not
//! (by weight), and whom it quotes.

use rustc_hash::FxHashMap;

use crate::compare::word_or_name;
use crate::keywords::{TermCounts, TermId, Vocabulary};
use crate::options::options_from_json;
use crate::report::{ArticleId, StoryCoverage, StoryEntry, StorySpeaker};
use crate::sort;

/// How many terms make an article's signature.
pub const SIGNATURE: usize = 20;
/// Terms held by more articles than this (and than 5% of them) find no pairs.
pub const POSTINGS: usize = 100;
/// The cosine two dated articles need to be the same story.
pub const MIN_SIMILARITY: f64 = 0.3;
/// The cosine an article without a date needs.
pub const MIN_SIMILARITY_UNDATED: f64 = 0.4;
/// The mean cosine of all pairs across two groups that merge.
pub const MIN_GROUP_SIMILARITY: f64 = 0.2;
/// How many terms each story and each outlet's coverage lists.
const TERMS: usize = 8;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoryOptions {
    /// The most days apart two articles of one story can be.
    pub days: u32,
}

impl Default for StoryOptions {
    fn default() -> Self {
        StoryOptions { days: 3 }
    }
}

options_from_json!(StoryOptions { days: "days" });

/// One selected article, as the grouping sees it.
#[derive(Debug, Clone)]
pub struct Article<'a> {
    pub id: ArticleId,
    pub outlet: Option<&'a str>,
    pub date: Option<&'a str>,
    pub headline: Option<&'a str>,
    pub words: usize,
    pub counts: &'a TermCounts,
    /// The speaker of each attributed quotation.
    pub speakers: Vec<&'a str>,
    /// A near-duplicate of another article.
    pub duplicate: bool,
}

/// An article's heaviest terms with whole-number weights, sorted by id.
struct Signature {
    terms: Vec<(TermId, u64)>,
    /// Σ weight².
    norm: u64,
}

/// The report's `stories`: groups of two or more of `articles` about one
/// event, most outlets first, then most articles, then earliest.
pub fn group(articles: &[Article], vocabulary: &Vocabulary, options: &StoryOptions) -> Vec<StoryEntry> {
    let grouped: Vec<&Article> = articles.iter().filter(|article| !article.duplicate).collect();
    if grouped.len() < 2 {
        return Vec::new();
    }
    let mut groupable = vec![None; vocabulary.len()];
    let mut is_groupable = |id: TermId| *groupable[id as usize].get_or_insert_with(|| word_or_name(vocabulary, id));
    let mut df = vec![0u32; vocabulary.len()];
    for article in &grouped {
        for (id, _) in article.counts.terms() {
            if is_groupable(id) {
                df[id as usize] += 1;
            }
        }
    }
    // Logarithms by value, each computed once: for every term of every
    // article they took a tenth of a report's time. A document frequency is
    // at most the number of articles; counts past the table are rare.
    let idf: Vec<f64> = (0..=grouped.len()).map(|df| (1.0 + grouped.len() as f64 / df as f64).ln()).collect();
    let damped: Vec<f64> = (0..64u32).map(|count| 1.0 + f64::from(count).ln()).collect();
    let weight = |id: TermId, count: u32| {
        let damped = damped.get(count as usize).copied().unwrap_or_else(|| 1.0 + f64::from(count).ln());
        (damped * idf[df[id as usize] as usize] * 1000.0).round() as u64
    };
    // Every article's top terms first, through one reused buffer into one
    // list, and only then a signature each: the wasm heap never returns
    // memory, and a signature kept between one article's candidates and the
    // next's would leave a hole of their size each time.
    let mut weighted: Vec<(TermId, u64)> = Vec::new();
    let mut chosen: Vec<(TermId, u64)> = Vec::new();
    let mut ends = Vec::with_capacity(grouped.len());
    for article in &grouped {
        weighted.clear();
        weighted.extend(
            article
                .counts
                .terms()
                .filter(|&(id, _)| groupable[id as usize] == Some(true) && df[id as usize] > 1)
                .map(|(id, count)| (id, weight(id, count))),
        );
        sort::retain_largest(&mut weighted, SIGNATURE, |&(_, weight)| weight);
        weighted = sort::top_by(weighted, SIGNATURE, |a, b| b.1.cmp(&a.1), |&(id, _)| vocabulary.display(id));
        sort::sort_by(&mut weighted, |a, b| a.0.cmp(&b.0));
        chosen.extend_from_slice(&weighted);
        ends.push(chosen.len());
    }
    let signatures: Vec<Signature> = std::iter::once(0)
        .chain(ends.iter().copied())
        .zip(&ends)
        .map(|(start, &end)| {
            let terms = chosen[start..end].to_vec();
            Signature { norm: terms.iter().map(|&(_, weight)| weight * weight).sum(), terms }
        })
        .collect();
    drop(chosen);
    let days: Vec<Option<i64>> = grouped.iter().map(|article| article.date.and_then(day_number)).collect();
    let edges = alike_pairs(&signatures, &days, options.days);
    let undated_outlets: Vec<Option<Option<&str>>> =
        grouped.iter().zip(&days).map(|(article, day)| day.is_none().then_some(article.outlet)).collect();
    let members = join(&edges, &signatures, &days, &undated_outlets, options.days);
    let mut stories: Vec<StoryEntry> = members
        .into_iter()
        .map(|members| {
            story(
                &members.iter().map(|&index| grouped[index]).collect::<Vec<_>>(),
                &signatures,
                &members,
                vocabulary,
                &|id| groupable[id as usize] == Some(true),
                &weight,
            )
        })
        .collect();
    sort::sort_by(&mut stories, |a, b| {
        b.outlets
            .len()
            .cmp(&a.outlets.len())
            .then(b.articles.len().cmp(&a.articles.len()))
            .then_with(|| a.date_from.is_none().cmp(&b.date_from.is_none()))
            .then_with(|| a.date_from.cmp(&b.date_from))
            .then(a.articles[0].cmp(&b.articles[0]))
    });
    for (id, story) in stories.iter_mut().enumerate() {
        story.id = id;
    }
    stories
}

/// The cosine of two signatures.
fn similarity(a: &Signature, b: &Signature) -> f64 {
    if a.norm == 0 || b.norm == 0 {
        return 0.0;
    }
    let (mut i, mut j, mut dot) = (0, 0, 0u64);
    // Without branches on the comparison, which no predictor can guess:
    // grouping compares the same signatures many times over.
    while let (Some(&(x, wx)), Some(&(y, wy))) = (a.terms.get(i), b.terms.get(j)) {
        dot += if x == y { wx * wy } else { 0 };
        i += usize::from(x <= y);
        j += usize::from(y <= x);
    }
    dot as f64 / ((a.norm as f64) * (b.norm as f64)).sqrt()
}

/// Pairs of articles alike enough to be one story, found through the terms
/// few articles share, most alike first (ties by the articles' order).
///
/// Each article's candidates are the later articles holding one of its rare
/// terms; the weights of those terms add up, as they are found, to part of
/// the pair's dot product. The rest comes from the common terms, and is at
/// most the product of the two articles' norms over their common terms
/// (Cauchy–Schwarz): a pair that cannot reach the cosine it needs even so
/// is dropped without the whole cosine, which on a large undated corpus
/// most pairs are.
fn alike_pairs(signatures: &[Signature], days: &[Option<i64>], max_days: u32) -> Vec<(f64, usize, usize)> {
    let mut postings: FxHashMap<TermId, Vec<(usize, u64)>> = FxHashMap::default();
    for (index, signature) in signatures.iter().enumerate() {
        for &(id, weight) in &signature.terms {
            postings.entry(id).or_default().push((index, weight));
        }
    }
    let cap = POSTINGS.max(signatures.len() / 20);
    // The holders of a term few enough to propose pairs.
    let rare_holders = |id: &TermId| postings.get(id).filter(|holders| holders.len() <= cap);
    let common_norms: Vec<f64> = signatures
        .iter()
        .map(|signature| {
            let squares: u64 = signature
                .terms
                .iter()
                .filter(|(id, _)| rare_holders(id).is_none())
                .map(|&(_, weight)| weight * weight)
                .sum();
            (squares as f64).sqrt()
        })
        .collect();
    // The rare terms' dot product with each later article, indexed by
    // article: reset through the list of those touched.
    let mut rare_dot = vec![0u64; signatures.len()];
    let mut touched = Vec::new();
    let mut edges = Vec::new();
    for (a, signature) in signatures.iter().enumerate() {
        for &(id, weight) in &signature.terms {
            let Some(holders) = rare_holders(&id) else { continue };
            for &(b, other_weight) in &holders[holders.partition_point(|&(other, _)| other <= a)..] {
                if rare_dot[b] == 0 {
                    touched.push(b);
                }
                // At least 1, so that a touched article never looks untouched:
                // a bound higher by one only costs a cosine.
                rare_dot[b] += (weight * other_weight).max(1);
            }
        }
        for b in touched.drain(..) {
            let rare = std::mem::take(&mut rare_dot[b]);
            // Dates first: pairs too far apart are most of a long period's candidates.
            let needed = match (days[a], days[b]) {
                (Some(x), Some(y)) if x.abs_diff(y) > u64::from(max_days) => continue,
                (Some(_), Some(_)) => MIN_SIMILARITY,
                _ => MIN_SIMILARITY_UNDATED,
            };
            let most = rare as f64 + common_norms[a] * common_norms[b];
            let norms = ((signature.norm as f64) * (signatures[b].norm as f64)).sqrt();
            // With room for rounding: the bound must never drop a pair the cosine keeps.
            if most < needed * norms * (1.0 - 1e-9) {
                continue;
            }
            let alike = similarity(signature, &signatures[b]);
            if alike >= needed {
                edges.push((alike, a, b));
            }
        }
    }
    sort::sort_by(&mut edges, |x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2)));
    edges
}

/// Joins articles along `edges` into groups (see the module docs), and
/// returns the groups of two or more, each sorted.
/// `undated_outlets` holds the outlet of each undated article.
fn join(
    edges: &[(f64, usize, usize)],
    signatures: &[Signature],
    days: &[Option<i64>],
    undated_outlets: &[Option<Option<&str>>],
    max_days: u32,
) -> Vec<Vec<usize>> {
    let count = signatures.len();
    let mut group_of: Vec<usize> = (0..count).collect();
    let mut members: Vec<Vec<usize>> = (0..count).map(|index| vec![index]).collect();
    for &(_, a, b) in edges {
        let (x, y) = (group_of[a], group_of[b]);
        if x == y {
            continue;
        }
        let (left, right) = (&members[x], &members[y]);
        let mean: f64 = left
            .iter()
            .flat_map(|&i| right.iter().map(move |&j| (i, j)))
            .map(|(i, j)| similarity(&signatures[i], &signatures[j]))
            .sum::<f64>()
            / (left.len() * right.len()) as f64;
        let dated = left.iter().chain(right).filter_map(|&index| days[index]);
        let span = dated.clone().max().zip(dated.min()).map_or(0, |(last, first)| last - first);
        let undated_twice = left
            .iter()
            .filter_map(|&i| undated_outlets[i])
            .any(|outlet| right.iter().filter_map(|&j| undated_outlets[j]).any(|other| other == outlet));
        if mean < MIN_GROUP_SIMILARITY || span > 2 * i64::from(max_days) || undated_twice {
            continue;
        }
        let (keep, gone) = if x < y { (x, y) } else { (y, x) };
        let moved = std::mem::take(&mut members[gone]);
        for &index in &moved {
            group_of[index] = keep;
        }
        members[keep].extend(moved);
    }
    members
        .into_iter()
        .filter(|members| members.len() > 1)
        .map(|mut members| {
            sort::sort_by(&mut members, Ord::cmp);
            members
        })
        .collect()
}

/// The report entry of one story: `articles` in order, with their indices
/// into `signatures`; `groupable` says whether a term of theirs is a word or
/// a name of several words, as decided once for the grouping.
fn story(
    articles: &[&Article],
    signatures: &[Signature],
    indices: &[usize],
    vocabulary: &Vocabulary,
    groupable: &dyn Fn(TermId) -> bool,
    weight: &dyn Fn(TermId, u32) -> u64,
) -> StoryEntry {
    // The article most like the others gives the story its headline.
    let totals: Vec<f64> = indices
        .iter()
        .map(|&at| indices.iter().map(|&other| similarity(&signatures[at], &signatures[other])).sum())
        .collect();
    let typical = (0..articles.len()).max_by(|&a, &b| totals[a].total_cmp(&totals[b]).then(b.cmp(&a))).unwrap_or(0);
    let dates: Vec<&str> = articles.iter().filter_map(|article| article.date).collect();
    // The story's articles by outlet (those without one first), each outlet's in their order.
    let mut in_order: Vec<&Article> = articles.to_vec();
    sort::sort_by(&mut in_order, |a, b| a.outlet.cmp(&b.outlet));
    let by_outlet: Vec<&[&Article]> = in_order.chunk_by(|a, b| a.outlet == b.outlet).collect();
    // Each term's count in each outlet's articles of the story.
    let counts: Vec<FxHashMap<TermId, u32>> = by_outlet
        .iter()
        .map(|own| {
            let mut terms: FxHashMap<TermId, u32> = FxHashMap::default();
            for (id, count) in own.iter().flat_map(|article| article.counts.terms()) {
                *terms.entry(id).or_default() += count;
            }
            terms
        })
        .collect();
    let shown = |id: TermId| vocabulary.display(id);
    let ranked = |terms: Vec<(TermId, u64)>| -> Vec<String> {
        sort::top_by(terms, TERMS, |a, b| b.1.cmp(&a.1), |&(id, _)| shown(id))
            .into_iter()
            .map(|(id, _)| shown(id).into_owned())
            .collect()
    };
    let coverage = by_outlet
        .iter()
        .enumerate()
        .map(|(index, own)| {
            let outlet = own[0].outlet;
            let others: Vec<&FxHashMap<TermId, u32>> =
                counts.iter().enumerate().filter(|&(other, _)| other != index).map(|(_, terms)| terms).collect();
            let own_terms: Vec<(TermId, u64)> = counts[index]
                .iter()
                .filter(|&(&id, _)| groupable(id) && others.iter().all(|terms| !terms.contains_key(&id)))
                .map(|(&id, &count)| (id, weight(id, count)))
                .collect();
            let mut quoted: Vec<&str> = own.iter().flat_map(|article| &article.speakers).copied().collect();
            sort::sort_by(&mut quoted, Ord::cmp);
            let mut speakers: Vec<StorySpeaker> = quoted
                .chunk_by(|a, b| a == b)
                .map(|same| StorySpeaker { name: same[0].to_string(), quotes: same.len() })
                .collect();
            sort::sort_by(&mut speakers, |a, b| b.quotes.cmp(&a.quotes).then_with(|| a.name.cmp(&b.name)));
            let longest = own.iter().max_by(|a, b| a.words.cmp(&b.words).then(b.id.cmp(&a.id)));
            StoryCoverage {
                outlet: outlet.map(String::from),
                articles: own.iter().map(|article| article.id).collect(),
                headline: longest.and_then(|article| article.headline.map(String::from)),
                words: own.iter().map(|article| article.words).sum(),
                terms: ranked(own_terms),
                speakers,
            }
        })
        .collect();
    // The story's own terms: those of more than one of its articles, heaviest in all of them together.
    let mut shared: FxHashMap<TermId, (u32, u64)> = FxHashMap::default();
    for article in articles {
        for (id, count) in article.counts.terms() {
            if groupable(id) {
                let entry = shared.entry(id).or_default();
                entry.0 += 1;
                entry.1 += weight(id, count);
            }
        }
    }
    let shared: Vec<(TermId, u64)> =
        shared.into_iter().filter(|&(_, (articles, _))| articles > 1).map(|(id, (_, weight))| (id, weight)).collect();
    StoryEntry {
        id: 0,
        articles: articles.iter().map(|article| article.id).collect(),
        outlets: by_outlet.iter().filter_map(|own| own[0].outlet).map(String::from).collect(),
        date_from: dates.iter().min().map(|date| date.to_string()),
        date_to: dates.iter().max().map(|date| date.to_string()),
        headline: articles[typical].headline.map(String::from),
        terms: ranked(shared),
        coverage,
    }
}

/// Days since 1970-01-01 of a `YYYY-MM-DD` date (Howard Hinnant's
/// `days_from_civil`); `None` if it is not one.
fn day_number(date: &str) -> Option<i64> {
    let mut parts = date.splitn(3, '-').map(|part| part.parse::<i64>().ok());
    let (year, month, day) = (parts.next()??, parts.next()??, parts.next()??);
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let day_of_year = (153 * (if month > 2 { month - 3 } else { month + 9 }) + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    Some(era * 146_097 + day_of_era - 719_468)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every pair sharing a rare term, dated near enough, and alike enough,
    /// by the definition: every such pair's cosine taken in full.
    fn alike_pairs_in_full(signatures: &[Signature], days: &[Option<i64>], max_days: u32) -> Vec<(f64, usize, usize)> {
        let mut holders: FxHashMap<TermId, usize> = FxHashMap::default();
        for signature in signatures {
            for &(id, _) in &signature.terms {
                *holders.entry(id).or_default() += 1;
            }
        }
        let cap = POSTINGS.max(signatures.len() / 20);
        let mut edges = Vec::new();
        for (a, first) in signatures.iter().enumerate() {
            for (b, second) in signatures.iter().enumerate().skip(a + 1) {
                let shares_rare = first
                    .terms
                    .iter()
                    .any(|(id, _)| holders[id] <= cap && second.terms.iter().any(|(other, _)| other == id));
                let needed = match (days[a], days[b]) {
                    (Some(x), Some(y)) if x.abs_diff(y) > u64::from(max_days) => continue,
                    (Some(_), Some(_)) => MIN_SIMILARITY,
                    _ => MIN_SIMILARITY_UNDATED,
                };
                let alike = similarity(first, second);
                if shares_rare && alike >= needed {
                    edges.push((alike, a, b));
                }
            }
        }
        sort::sort_by(&mut edges, |x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2)));
        edges
    }

    #[test]
    fn the_bound_on_common_terms_drops_no_pair_the_cosine_keeps() {
        let mut seed = 7u64;
        let mut next = |range: u64| {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            (seed >> 33) % range
        };
        // Terms 0–3 are held by most articles (too many to propose pairs) and
        // weigh much, so that many pairs are near the threshold on them;
        // terms from 10 on are rare, a few articles each.
        for (articles, rare_pool) in [(300, 400), (300, 2_000), (2_500, 6_000)] {
            let signatures: Vec<Signature> = (0..articles)
                .map(|_| {
                    let mut terms: Vec<(TermId, u64)> = Vec::new();
                    for id in 0..4 {
                        if next(10) < 8 {
                            terms.push((id, 500 + next(4_000)));
                        }
                    }
                    let rare = 1 + next(12) as usize;
                    terms.extend((0..rare).map(|_| (10 + next(rare_pool) as TermId, 300 + next(2_000))));
                    sort::sort_by(&mut terms, |a, b| a.0.cmp(&b.0));
                    terms.dedup_by_key(|term| term.0);
                    Signature { norm: terms.iter().map(|&(_, weight)| weight * weight).sum(), terms }
                })
                .collect();
            let days: Vec<Option<i64>> =
                (0..articles).map(|_| [None, Some(next(9) as i64)][next(2) as usize]).collect();
            let expected = alike_pairs_in_full(&signatures, &days, 3);
            assert!(expected.len() > articles / 10, "{} pairs among {articles} articles", expected.len());
            assert_eq!(alike_pairs(&signatures, &days, 3), expected, "{articles} articles, {rare_pool} rare terms");
        }
    }
}
