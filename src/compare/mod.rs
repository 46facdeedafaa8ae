//! Compare owns what sets outlets apart, over the articles a filter selects:
//! each outlet's figures (articles, words, dates, quotes per 1,000 words),
//! its distinctive terms against all the other outlets together, its
//! divergence from each other outlet, who it quotes; and, for any pair of
//! outlets, every term they use scored for a scatter plot.
//!
//! Terms are the keyword stage's words, phrases and names of several words
//! (a one-word name is its word). Each side's size is its words, stop words
//! included. A term is distinctive of an outlet when its z ([`score`]) is
//! positive, the outlet used it at least `minCount` times, it is not house
//! style ([`house`]), and it is not mostly part of a longer term: a word or
//! two-word phrase that the outlet writes at least 80% of the time inside
//! one longer phrase or name ("United" of "United States", "Gabbard" of
//! "Tulsi Gabbard") gives way to it, and a
//! phrase that is also a name ("Pete Hegseth") is listed as the name. Lists
//! are ranked by z and say whether G² passes [`SIGNIFICANT_G2`]. Articles
//! without an outlet take part in no comparison.
//!
//! Divergence is the Jensen–Shannon divergence (Lin 1991) of two outlets'
//! word distributions (stop words aside), in bits: 0 for the same
//! distribution, 1 for no word in common.

mod house;
mod score;

use std::collections::BTreeMap;
use std::fmt;

use rustc_hash::FxHashMap;

pub use house::{HouseStyle, CAPTION_WORDS};
pub use score::{score, Scores, SIGNIFICANT_G2};

use crate::json::json_object;
use crate::keywords::{round, Selected, TermId, TermKind, Vocabulary};
use crate::options::options_from_json;
use crate::report::{by_name, DistinctiveTerm, GenderCounts, OutletEntry, SpeakerEntry};
use crate::sort;
use crate::text::TokenKind;

/// Options of the outlet comparison in the report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompareOptions {
    /// Terms an outlet used fewer times are not among its distinctive terms.
    pub min_count: u32,
    /// How many distinctive terms each outlet lists.
    pub limit: usize,
}

impl Default for CompareOptions {
    fn default() -> Self {
        CompareOptions { min_count: 3, limit: 50 }
    }
}

options_from_json!(CompareOptions { min_count: "minCount", limit: "limit" });

/// Two outlets compared term by term.
#[derive(Debug, Clone, PartialEq)]
pub struct Pair {
    pub a: PairSide,
    pub b: PairSide,
    /// Every term used at least `minCount` times by the two together (the
    /// `limit` most frequent), ranked by z: A's most distinctive first.
    pub terms: Vec<PairTerm>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PairSide {
    pub name: String,
    pub articles: usize,
    pub words: u64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PairTerm {
    pub term: String,
    pub kind: TermKind,
    /// Occurrences in A and in B.
    pub a: u32,
    pub b: u32,
    /// Positive when A uses the term more.
    pub z: f64,
    pub log_ratio: f64,
    pub g2: f64,
    pub significant: bool,
    /// The name or a caption word of either outlet: shown, but never labelled as distinctive.
    pub house_style: bool,
}

json_object!(Pair { a: "a", b: "b", terms: "terms" });
json_object!(PairSide { name: "name", articles: "articles", words: "words" });
json_object!(PairTerm {
    term: "term",
    kind: "kind",
    a: "a",
    b: "b",
    z: "z",
    log_ratio: "logRatio",
    g2: "g2",
    significant: "significant",
    house_style: "houseStyle",
});

/// A pair named an outlet no selected article is from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownOutlet {
    pub outlet: String,
}

impl fmt::Display for UnknownOutlet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "no selected article is from the outlet {}", crate::json::to_json(&self.outlet))
    }
}

impl std::error::Error for UnknownOutlet {}

/// The selected articles of one outlet, added up.
struct Outlet<'a> {
    name: &'a str,
    articles: usize,
    words: u64,
    quotes: usize,
    dates: Option<(&'a str, &'a str)>,
    /// Occurrences of each comparable term, sorted by id.
    terms: Vec<(TermId, u32)>,
}

/// Whether a term is a word or a name of several words (a one-word name
/// would repeat its word).
pub(crate) fn word_or_name(vocabulary: &Vocabulary, id: TermId) -> bool {
    match vocabulary.kind(id) {
        TermKind::Token(kind) => kind == TokenKind::Word,
        TermKind::Phrase => false,
        TermKind::Name => vocabulary.display(id).contains(' '),
    }
}

/// Whether a term takes part in comparisons: words, phrases and names of several words.
fn comparable(vocabulary: &Vocabulary, id: TermId) -> bool {
    vocabulary.kind(id) == TermKind::Phrase || word_or_name(vocabulary, id)
}

/// The outlets of `articles` (with each article's body quotations in
/// `quotes`), by name.
fn gather<'a>(articles: &[Selected<'a>], quotes: &[usize], vocabulary: &Vocabulary) -> Vec<Outlet<'a>> {
    // Positions of the articles with an outlet, by outlet name, each outlet's in their order.
    let mut by_name: Vec<(&str, usize)> = articles
        .iter()
        .enumerate()
        .filter_map(|(index, article)| article.outlet.map(|outlet| (outlet, index)))
        .collect();
    sort::sort_by(&mut by_name, |a, b| a.0.cmp(b.0));
    // Whether each term is comparable, decided once per term; the sums of
    // the outlet being gathered, by id, and the ids summed so far.
    let mut comparable_ids: Vec<Option<bool>> = vec![None; vocabulary.len()];
    let mut sums = vec![0u32; vocabulary.len()];
    let mut summed: Vec<TermId> = Vec::new();
    by_name
        .chunk_by(|a, b| a.0 == b.0)
        .map(|members| {
            let mut outlet = Outlet {
                name: members[0].0,
                articles: members.len(),
                words: 0,
                quotes: 0,
                dates: None,
                terms: Vec::new(),
            };
            for &(_, index) in members {
                let article = &articles[index];
                outlet.words += article.counts.words as u64;
                outlet.quotes += quotes.get(index).copied().unwrap_or(0);
                if let Some(date) = article.date {
                    let (first, last) = outlet.dates.get_or_insert((date, date));
                    *first = (*first).min(date);
                    *last = (*last).max(date);
                }
                for (id, count) in article.counts.terms() {
                    if *comparable_ids[id as usize].get_or_insert_with(|| comparable(vocabulary, id)) {
                        let sum = &mut sums[id as usize];
                        if *sum == 0 {
                            summed.push(id);
                        }
                        *sum += count;
                    }
                }
            }
            outlet.terms = summed.drain(..).map(|id| (id, std::mem::take(&mut sums[id as usize]))).collect();
            // The ids are distinct, so this orders by id.
            sort::pairs(&mut outlet.terms);
            outlet
        })
        .collect()
}

/// Every id of two lists sorted by id, with its count in each (0 where absent).
fn join<'a>(left: &'a [(TermId, u32)], right: &'a [(TermId, u32)]) -> impl Iterator<Item = (TermId, u32, u32)> + 'a {
    let (mut left, mut right) = (left.iter().peekable(), right.iter().peekable());
    std::iter::from_fn(move || {
        let next = match (left.peek(), right.peek()) {
            (Some(&&(x, _)), Some(&&(y, _))) => x.min(y),
            (Some(&&(x, _)), None) => x,
            (None, Some(&&(y, _))) => y,
            (None, None) => return None,
        };
        let count_left = left.next_if(|&&(id, _)| id == next).map_or(0, |&(_, count)| count);
        let count_right = right.next_if(|&&(id, _)| id == next).map_or(0, |&(_, count)| count);
        Some((next, count_left, count_right))
    })
}

/// The report's `outlets`: figures, distinctive terms and divergences of every
/// outlet of `articles`. `quotes` holds each article's body quotations and
/// `speakers` the report's speakers.
pub fn outlets(
    articles: &[Selected],
    quotes: &[usize],
    speakers: &[SpeakerEntry],
    vocabulary: &Vocabulary,
    options: &CompareOptions,
) -> Vec<OutletEntry> {
    let outlets = gather(articles, quotes, vocabulary);
    let mut totals = vec![0u32; vocabulary.len()];
    for outlet in &outlets {
        for &(id, count) in &outlet.terms {
            totals[id as usize] += count;
        }
    }
    let all_words: u64 = outlets.iter().map(|outlet| outlet.words).sum();
    let distributions: Vec<Vec<(TermId, u32)>> = outlets
        .iter()
        .map(|outlet| {
            outlet
                .terms
                .iter()
                .copied()
                .filter(|&(id, _)| vocabulary.kind(id) == TermKind::Token(TokenKind::Word))
                .collect()
        })
        .collect();
    outlets
        .iter()
        .enumerate()
        .map(|(index, outlet)| {
            let quoted: Vec<&SpeakerEntry> =
                speakers.iter().filter(|speaker| speaker.outlets.contains_key(outlet.name)).collect();
            let distinctive = if outlets.len() > 1 {
                distinctive(outlet, all_words - outlet.words, &totals, vocabulary, options)
            } else {
                Vec::new()
            };
            OutletEntry {
                name: outlet.name.to_string(),
                articles: outlet.articles,
                words: outlet.words as usize,
                mean_words: round(outlet.words as f64 / outlet.articles as f64),
                date_from: outlet.dates.map(|(first, _)| first.to_string()),
                date_to: outlet.dates.map(|(_, last)| last.to_string()),
                quotes: outlet.quotes,
                quotes_per1000: if outlet.words > 0 {
                    round(outlet.quotes as f64 * 1000.0 / outlet.words as f64)
                } else {
                    0.0
                },
                speakers: quoted.len(),
                exclusive_speakers: quoted.iter().filter(|speaker| speaker.outlets.len() == 1).count(),
                quote_genders: GenderCounts::of(
                    quoted.iter().map(|speaker| (speaker.gender, speaker.outlets[outlet.name])),
                ),
                speaker_genders: GenderCounts::of(quoted.iter().map(|speaker| (speaker.gender, 1))),
                divergence: by_name(
                    outlets.iter().zip(&distributions).enumerate().filter(|&(other, _)| other != index).map(
                        |(_, (other, words))| {
                            (other.name.to_string(), round(jensen_shannon(&distributions[index], words)))
                        },
                    ),
                ),
                distinctive,
            }
        })
        .collect()
}

/// An outlet's distinctive terms against the `other_words` words of all the
/// other outlets, whose counts are `totals` less the outlet's own.
fn distinctive(
    outlet: &Outlet,
    other_words: u64,
    totals: &[u32],
    vocabulary: &Vocabulary,
    options: &CompareOptions,
) -> Vec<DistinctiveTerm> {
    let mut scored: Vec<(TermId, u32, u32, Scores)> = outlet
        .terms
        .iter()
        .filter(|&&(_, count)| count >= options.min_count)
        .map(|&(id, count)| {
            let others = totals[id as usize] - count;
            (id, count, others, score(count, outlet.words, others, other_words))
        })
        .filter(|(.., scores)| scores.z > 0.0)
        .collect();
    let display = |id: TermId| vocabulary.display(id);
    let house = HouseStyle::of(outlet.name);
    let longer = longer_phrases(outlet, vocabulary, options.min_count);
    let part_of_longer = |id: TermId, count: u32| {
        let key = match (vocabulary.kind(id), vocabulary.phrase_words(id)) {
            (TermKind::Token(_), _) => [id, TermId::MAX],
            (TermKind::Phrase, &[first, second]) => [first, second],
            _ => return false,
        };
        longer.get(&key).is_some_and(|&longer| u64::from(longer) * 5 >= u64::from(count) * 4)
    };
    // Ranked by z, then count; within a run of equal ranks by the shown
    // form, which is looked up only for the runs the list reaches.
    sort::sort_by(&mut scored, |x, y| y.3.z.total_cmp(&x.3.z).then(y.1.cmp(&x.1)));
    let mut listed = Vec::with_capacity(options.limit);
    for run in scored.chunk_by_mut(|x, y| x.3.z == y.3.z && x.1 == y.1) {
        if listed.len() == options.limit {
            break;
        }
        sort::sort_by(run, |x, y| display(x.0).cmp(&display(y.0)));
        for &(id, count, others, scores) in run.iter() {
            if listed.len() == options.limit || part_of_longer(id, count) {
                continue;
            }
            let term = display(id);
            let repeats_a_name = vocabulary.kind(id) == TermKind::Phrase && vocabulary.find_name(&term).is_some();
            if repeats_a_name || house.is_house_style(&term) {
                continue;
            }
            listed.push(DistinctiveTerm {
                term: term.into_owned(),
                kind: vocabulary.kind(id),
                count,
                others,
                z: round(scores.z),
                log_ratio: round(scores.log_ratio),
                g2: round(scores.g2),
                significant: scores.g2 >= SIGNIFICANT_G2,
            });
        }
    }
    listed
}

/// For each word (`[word, MAX]`) and two-word phrase (`[first, second]`) of
/// an outlet, the count of the commonest longer phrase or name of the outlet
/// that holds it.
/// Longer terms used fewer than 80% of `min_count` times can hold no listed term.
fn longer_phrases(outlet: &Outlet, vocabulary: &Vocabulary, min_count: u32) -> FxHashMap<[TermId; 2], u32> {
    let mut longer: FxHashMap<[TermId; 2], u32> = FxHashMap::default();
    let mut note = |key: [TermId; 2], count: u32| {
        let entry = longer.entry(key).or_default();
        *entry = (*entry).max(count);
    };
    for &(id, count) in outlet.terms.iter().filter(|&&(_, count)| u64::from(count) * 5 >= u64::from(min_count) * 4) {
        let name_words;
        let words = match vocabulary.kind(id) {
            TermKind::Name => {
                name_words = vocabulary.name_words(id);
                &name_words[..]
            }
            _ => vocabulary.phrase_words(id),
        };
        for &word in words {
            note([word, TermId::MAX], count);
        }
        if let &[first, second, third] = words {
            note([first, second], count);
            note([second, third], count);
        }
    }
    longer
}

/// The outlets `a` and `b` of `articles` compared term by term: the `limit`
/// most frequent terms they use at least `min_count` times together.
pub fn pair(
    articles: &[Selected],
    a: &str,
    b: &str,
    vocabulary: &Vocabulary,
    min_count: u32,
    limit: usize,
) -> Result<Pair, UnknownOutlet> {
    let outlets = gather(articles, &[], vocabulary);
    let find = |name: &str| {
        outlets.iter().find(|outlet| outlet.name == name).ok_or_else(|| UnknownOutlet { outlet: name.to_string() })
    };
    let (side_a, side_b) = (find(a)?, find(b)?);
    let joined: Vec<(TermId, u32, u32)> =
        join(&side_a.terms, &side_b.terms).filter(|&(_, count_a, count_b)| count_a + count_b >= min_count).collect();
    let display = |id: TermId| vocabulary.display(id);
    let joined = sort::top_by(joined, limit, |x, y| (y.1 + y.2).cmp(&(x.1 + x.2)), |&(id, ..)| display(id));
    let (house_a, house_b) = (HouseStyle::of(a), HouseStyle::of(b));
    let mut terms: Vec<PairTerm> = joined
        .into_iter()
        .map(|(id, count_a, count_b)| {
            let scores = score(count_a, side_a.words, count_b, side_b.words);
            let term = display(id).into_owned();
            PairTerm {
                kind: vocabulary.kind(id),
                a: count_a,
                b: count_b,
                z: round(scores.z),
                log_ratio: round(scores.log_ratio),
                g2: round(scores.g2),
                significant: scores.g2 >= SIGNIFICANT_G2,
                house_style: house_a.is_house_style(&term) || house_b.is_house_style(&term),
                term,
            }
        })
        .collect();
    sort::sort_by(&mut terms, |x, y| {
        y.z.total_cmp(&x.z).then((y.a + y.b).cmp(&(x.a + x.b))).then_with(|| x.term.cmp(&y.term))
    });
    let side =
        |outlet: &Outlet| PairSide { name: outlet.name.to_string(), articles: outlet.articles, words: outlet.words };
    Ok(Pair { a: side(side_a), b: side(side_b), terms })
}

/// Each speaker's share of the quotations each outlet attributes to anyone,
/// by outlet: what part of an outlet's quoted voices is this speaker's.
pub fn shares(speakers: &[SpeakerEntry]) -> Vec<BTreeMap<String, f64>> {
    // Keyed by owned names, the type of the speakers' own tallies, so that the wasm carries one map type fewer.
    let mut attributed: BTreeMap<String, usize> = BTreeMap::new();
    for speaker in speakers {
        for (outlet, &count) in &speaker.outlets {
            *attributed.entry(outlet.clone()).or_default() += count;
        }
    }
    speakers
        .iter()
        .map(|speaker| {
            by_name(
                speaker
                    .outlets
                    .iter()
                    .map(|(outlet, &count)| (outlet.clone(), round(count as f64 / attributed[outlet.as_str()] as f64))),
            )
        })
        .collect()
}

/// The Jensen–Shannon divergence in bits of two term distributions given as
/// counts sorted by id. The terms' contributions are added smallest first,
/// so the sum does not depend on term ids (which follow the order files were added).
fn jensen_shannon(p: &[(TermId, u32)], q: &[(TermId, u32)]) -> f64 {
    let total = |counts: &[(TermId, u32)]| counts.iter().map(|&(_, count)| f64::from(count)).sum::<f64>();
    let (total_p, total_q) = (total(p), total(q));
    if total_p == 0.0 || total_q == 0.0 {
        return if total_p == total_q { 0.0 } else { 1.0 };
    }
    // ½ p log₂(2p/(p+q)) + ½ q log₂(2q/(p+q)) for each term; a term on one side only gives ½ its share.
    let part = |share: f64, mean: f64| if share > 0.0 { 0.5 * share * (share / mean).log2() } else { 0.0 };
    let mut contributions: Vec<f64> = join(p, q)
        .map(|(_, count_p, count_q)| {
            let (share_p, share_q) = (f64::from(count_p) / total_p, f64::from(count_q) / total_q);
            let mean = (share_p + share_q) / 2.0;
            part(share_p, mean) + part(share_q, mean)
        })
        .collect();
    sort::floats(&mut contributions);
    contributions.iter().sum::<f64>().clamp(0.0, 1.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keywords::{counted_names, Counter, KeywordOptions, TermCounts};
    use crate::names::{Gender, Names};

    /// (outlet, date, text): the Herald writes about the breakwater and
    /// names itself, the Courier about the ferry with American spelling, the
    /// Wire about cranes, with "said" throughout.
    const ARTICLES: [(&str, &str, &str); 4] = [
        (
            "The Harbour Herald",
            "2025-03-14",
            "The breakwater held. Crews rebuilt the breakwater, the Herald learnt. Breakwater repairs need defence funds.",
        ),
        ("The Harbour Herald", "2025-03-16", "The Herald asked about the breakwater. The breakwater defence plan and the Herald agree."),
        ("Valley Courier", "2025-03-15", "The ferry sailed. The ferry defense budget grew. The ferry crew cheered; defense held."),
        ("Northgate Wire", "2025-03-15", "Cranes moved, officials said. Cranes stopped, workers said. Cranes said nothing, Mr Okafor said."),
    ];

    fn counted() -> (Counter, Vec<TermCounts>) {
        let mut counter = Counter::new(&KeywordOptions::default());
        let counts = ARTICLES
            .iter()
            .map(|(_, _, text)| counter.count_article_with_names(None, text, &counted_names(text, &Names::find(text))))
            .collect();
        (counter, counts)
    }

    fn selection(counts: &[TermCounts]) -> Vec<Selected<'_>> {
        counts
            .iter()
            .zip(ARTICLES)
            .map(|(counts, (outlet, date, _))| Selected { counts, outlet: Some(outlet), date: Some(date) })
            .collect()
    }

    /// A count made without the tokenizer: lower-cased words split at anything but letters.
    fn naive_count(texts: &[&str], word: &str) -> u32 {
        texts
            .iter()
            .flat_map(|text| text.split(|c: char| !c.is_alphabetic()))
            .filter(|found| found.eq_ignore_ascii_case(word))
            .count() as u32
    }

    fn naive_words(texts: &[&str]) -> u64 {
        texts.iter().flat_map(|text| text.split(|c: char| !c.is_alphabetic())).filter(|word| !word.is_empty()).count()
            as u64
    }

    /// The naive log-odds z of `word` for `outlet` against all the other outlets.
    fn naive_z(outlet: &str, word: &str) -> f64 {
        let (own, others): (Vec<_>, Vec<_>) = ARTICLES.iter().partition(|(name, ..)| *name == outlet);
        let own: Vec<&str> = own.iter().map(|(_, _, text)| *text).collect();
        let others: Vec<&str> = others.iter().map(|(_, _, text)| *text).collect();
        let (a, b) = (f64::from(naive_count(&own, word)), f64::from(naive_count(&others, word)));
        let (na, nb) = (naive_words(&own) as f64, naive_words(&others) as f64);
        let logit = |count: f64, words: f64| ((count + a + b) / (words + na + nb - count - a - b)).ln();
        (logit(a, na) - logit(b, nb)) / (1.0 / (a + a + b) + 1.0 / (b + a + b)).sqrt()
    }

    #[test]
    fn each_outlet_lists_its_figures_and_distinctive_terms_with_z_from_the_formula() {
        let (counter, counts) = counted();
        let quotes = [1, 0, 2, 0];
        let outlets = outlets(&selection(&counts), &quotes, &[], counter.vocabulary(), &CompareOptions::default());
        let names: Vec<&str> = outlets.iter().map(|outlet| outlet.name.as_str()).collect();
        assert_eq!(names, ["Northgate Wire", "The Harbour Herald", "Valley Courier"]);
        let herald = &outlets[1];
        let figures = (herald.articles, herald.words, herald.mean_words, herald.quotes, herald.quotes_per1000);
        assert_eq!(figures, (2, 29, 14.5, 1, round(1000.0 / 29.0)));
        assert_eq!((herald.date_from.as_deref(), herald.date_to.as_deref()), (Some("2025-03-14"), Some("2025-03-16")));
        assert_eq!(herald.words as u64, naive_words(&[ARTICLES[0].2, ARTICLES[1].2]));

        let top = &herald.distinctive[0];
        assert_eq!((top.term.as_str(), top.count, top.others), ("breakwater", 5, 0));
        assert_eq!(top.z, round(naive_z("The Harbour Herald", "breakwater")));
        let ferry = &outlets[2].distinctive[0];
        assert_eq!(
            (ferry.term.as_str(), ferry.count, ferry.z),
            ("ferry", 3, round(naive_z("Valley Courier", "ferry")))
        );
        let cranes = &outlets[0].distinctive[0];
        assert_eq!((cranes.term.as_str(), cranes.z), ("Cranes", round(naive_z("Northgate Wire", "cranes"))));
        // The Courier and the Wire have 14 words each.
        let scores = score(5, 29, 0, 28);
        assert_eq!((top.log_ratio, top.g2, top.significant), (round(scores.log_ratio), round(scores.g2), false));
    }

    #[test]
    fn house_style_and_spelling_variants_never_make_a_list() {
        let (counter, counts) = counted();
        let options = CompareOptions { min_count: 1, limit: 100 };
        let outlets = outlets(&selection(&counts), &[0; 4], &[], counter.vocabulary(), &options);
        let listed =
            |outlet: usize| outlets[outlet].distinctive.iter().map(|term| term.term.as_str()).collect::<Vec<_>>();
        // The Herald names itself three times and the Wire says "said" four times.
        assert!(!listed(1).contains(&"Herald"), "{:?}", listed(1));
        assert!(listed(0).iter().all(|term| !term.contains("said") && !term.contains("Mr")), "{:?}", listed(0));
        // "defence" and "defense" are one term, shown in the commonest (here the first) spelling.
        assert!(listed(2).contains(&"defence") && !listed(2).contains(&"defense"), "{:?}", listed(2));
        let pair =
            pair(&selection(&counts), "The Harbour Herald", "Valley Courier", counter.vocabulary(), 1, 100).unwrap();
        let defence: Vec<_> =
            pair.terms.iter().filter(|term| ["defence", "defense"].contains(&term.term.as_str())).collect();
        assert_eq!(defence.len(), 1);
        assert_eq!((defence[0].a, defence[0].b), (2, 2));
        let herald = pair.terms.iter().find(|term| term.term == "Herald").unwrap();
        assert_eq!((herald.a, herald.b, herald.house_style), (3, 0, true));
    }

    #[test]
    fn a_pair_ranks_every_shared_term_by_z_and_names_unknown_outlets() {
        let (counter, counts) = counted();
        let selection = selection(&counts);
        let pair = pair(&selection, "Valley Courier", "Northgate Wire", counter.vocabulary(), 2, 10_000).unwrap();
        assert_eq!(
            (pair.a.name.as_str(), pair.a.articles, pair.b.name.as_str()),
            ("Valley Courier", 1, "Northgate Wire")
        );
        let terms: Vec<(&str, u32, u32)> = pair.terms.iter().map(|term| (term.term.as_str(), term.a, term.b)).collect();
        assert_eq!(terms, [("ferry", 3, 0), ("defence", 2, 0), ("Cranes", 0, 3), ("said", 0, 4)]);
        assert!(pair.terms.windows(2).all(|pair| pair[0].z >= pair[1].z));
        let limited = super::pair(&selection, "Valley Courier", "Northgate Wire", counter.vocabulary(), 2, 2).unwrap();
        let kept: Vec<&str> = limited.terms.iter().map(|term| term.term.as_str()).collect();
        assert_eq!(kept, ["Cranes", "said"], "the two most frequent, ranked by z");
        let error =
            super::pair(&selection, "Valley Courier", "Harbour Herald", counter.vocabulary(), 2, 10).unwrap_err();
        assert_eq!(error.to_string(), "no selected article is from the outlet \"Harbour Herald\"");
    }

    #[test]
    fn a_word_mostly_inside_a_longer_phrase_gives_way_to_it() {
        let mut counter = Counter::new(&KeywordOptions::default());
        let texts = [
            ("Herald", "The harbour levy rose. The harbour levy fell. The harbour levy stayed. A harbour opened."),
            ("Courier", "The ferry sailed. The ferry docked. Ferry fares rose."),
        ];
        let counts: Vec<TermCounts> = texts.iter().map(|(_, text)| counter.count_article(None, text)).collect();
        let selection: Vec<Selected> = counts
            .iter()
            .zip(texts)
            .map(|(counts, (outlet, _))| Selected { counts, outlet: Some(outlet), date: None })
            .collect();
        let options = CompareOptions { min_count: 1, limit: 10 };
        let outlets = outlets(&selection, &[0, 0], &[], counter.vocabulary(), &options);
        let herald: Vec<&str> = outlets[1].distinctive.iter().map(|term| term.term.as_str()).collect();
        // "levy" is always in "harbour levy"; "harbour" is in it 3 times of 4, under 80%.
        assert!(herald.contains(&"harbour levy") && herald.contains(&"harbour"), "{herald:?}");
        assert!(!herald.contains(&"levy"), "{herald:?}");
    }

    #[test]
    fn divergence_is_the_jensen_shannon_divergence_in_bits() {
        // p = (1/2, 1/2, 0), q = (0, 1/2, 1/2): m = (1/4, 1/2, 1/4);
        // JSD = ½ (½ log₂ 2 + 0) + ½ (0 + ½ log₂ 2) = ½.
        let p = [(0, 1), (1, 1)];
        let q = [(1, 3), (2, 3)];
        assert!((jensen_shannon(&p, &q) - 0.5).abs() < 1e-12);
        assert_eq!(jensen_shannon(&p, &p), 0.0);
        assert_eq!(jensen_shannon(&[(0, 5)], &[(1, 2)]), 1.0);
        let (counter, counts) = counted();
        let outlets = outlets(&selection(&counts), &[0; 4], &[], counter.vocabulary(), &CompareOptions::default());
        let herald_courier = outlets[1].divergence["Valley Courier"];
        assert_eq!(herald_courier, outlets[2].divergence["The Harbour Herald"], "symmetric");
        assert!(herald_courier > 0.0 && herald_courier < 1.0);
        assert!(!outlets[1].divergence.contains_key("The Harbour Herald"));
    }

    /// A speaker of the report with `outlets`' quotation counts.
    fn speaker(name: &str, gender: Option<Gender>, outlets: &[(&str, usize)]) -> SpeakerEntry {
        SpeakerEntry {
            name: name.into(),
            aliases: Vec::new(),
            quotes: outlets.iter().map(|(_, count)| count).sum(),
            outlets: outlets.iter().map(|&(outlet, count)| (outlet.to_string(), count)).collect(),
            shares: BTreeMap::new(),
            gender,
        }
    }

    #[test]
    fn each_outlet_counts_its_quotations_and_speakers_by_gender() {
        let (counter, counts) = counted();
        let (herald, courier) = ("The Harbour Herald", "Valley Courier");
        let speakers = [
            speaker("Ines Okafor", Some(Gender::Female), &[(herald, 3), (courier, 1)]),
            speaker("Tomasz Wilk", Some(Gender::Male), &[(herald, 1)]),
            speaker("Arlo Brandt", None, &[(herald, 2)]),
            speaker("a port spokesperson", None, &[(courier, 2)]),
        ];
        let outlets =
            outlets(&selection(&counts), &[1, 0, 2, 0], &speakers, counter.vocabulary(), &CompareOptions::default());
        let counts = |female, male, unknown| GenderCounts { female, male, unknown };
        let found: Vec<(&str, GenderCounts, GenderCounts)> = outlets
            .iter()
            .map(|outlet| (outlet.name.as_str(), outlet.quote_genders.clone(), outlet.speaker_genders.clone()))
            .collect();
        assert_eq!(
            found,
            [
                ("Northgate Wire", counts(0, 0, 0), counts(0, 0, 0)),
                (herald, counts(3, 1, 2), counts(1, 1, 1)),
                (courier, counts(1, 0, 2), counts(1, 0, 1)),
            ]
        );
    }

    #[test]
    fn speakers_get_their_share_of_each_outlet_s_attributed_quotes() {
        let speakers = [
            speaker("Ines Okafor", None, &[("Herald", 3), ("Courier", 1)]),
            speaker("Tomasz Wilk", None, &[("Herald", 1)]),
            speaker("a port spokesperson", None, &[("Courier", 3)]),
        ];
        let shares = shares(&speakers);
        let expected =
            |pairs: &[(&str, f64)]| pairs.iter().map(|&(outlet, share)| (outlet.to_string(), share)).collect();
        let expected: Vec<BTreeMap<String, f64>> = vec![
            expected(&[("Courier", 0.25), ("Herald", 0.75)]),
            expected(&[("Herald", 0.25)]),
            expected(&[("Courier", 0.75)]),
        ];
        assert_eq!(shares, expected);
    }
}
