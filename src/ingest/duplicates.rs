//! Duplicates: the same story in two files (or twice in one dump), exactly or
//! nearly: a truncated copy, an updated version with a new top and a changed
//! paragraph. Each article gets a [`Fingerprint`] when it is read: the hashes
//! of its five-word shingles. [`find`] compares fingerprints over the whole
//! corpus: two articles are duplicates when at least 60% of the shorter
//! one's shingles are in the longer one (containment, so a truncated copy
//! counts however short it is). Candidates come from an index of a fixed
//! sample of the hashes (one in four), so that only articles that share
//! enough of it are compared in full. In each group of duplicates the longest
//! article is the one kept; the others point to it. The result depends only
//! on the articles and their order, never on hashing order.

use std::collections::hash_map::Entry;

use rustc_hash::{FxHashMap, FxHashSet};

use crate::sort;

/// Words per shingle.
const SHINGLE: usize = 5;
/// Hashes divisible by this are the sample the index holds.
const SAMPLE: u32 = 4;
/// Articles with fewer sampled hashes than this are short: every shingle of
/// theirs is indexed, not only the sample.
const MIN_SAMPLED: usize = 4;
/// Share of the shorter article's shingles found in the other for a duplicate.
const CONTAINMENT: f64 = 0.6;
/// Share of the shorter article's sample two articles must share to be compared in full.
const CANDIDATE: f64 = 0.3;
/// A shingle in more articles than this proposes no candidates: comparing
/// every pair of them would take time growing with the square of their number.
const BOILERPLATE: usize = 1000;

/// The shingle hashes of an article, sorted and distinct. A corpus keeps one
/// hash per word of its text, so they are kept at 32 bits: two articles of
/// 500 shingles share one by chance once in some 17,000 pairs, and one
/// shingle is far from the 60% that makes a duplicate.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Fingerprint {
    shingles: Vec<u32>,
    sampled: usize,
    words: usize,
}

impl Fingerprint {
    pub fn of(text: &str) -> Fingerprint {
        let words: Vec<u64> = words(text).collect();
        let mut hashes: Vec<u64> = if words.len() < SHINGLE {
            (!words.is_empty()).then(|| combine(&words)).into_iter().collect()
        } else {
            words.windows(SHINGLE).map(combine).collect()
        };
        sort::numbers(&mut hashes);
        // The top halves of sorted hashes are sorted too.
        let mut shingles: Vec<u32> = hashes.iter().map(|&hash| (hash >> 32) as u32).collect();
        shingles.dedup();
        Fingerprint::sampling(shingles, words.len())
    }

    fn sampling(shingles: Vec<u32>, words: usize) -> Fingerprint {
        let sampled = shingles.iter().filter(|&&hash| hash % SAMPLE == 0).count();
        Fingerprint { shingles, sampled, words }
    }

    /// The fingerprint whose [`Fingerprint::shingles`] and
    /// [`Fingerprint::words`] these are, as a reader worker passed them on;
    /// `None` unless the shingles are strictly increasing.
    pub fn from_parts(shingles: Vec<u32>, words: usize) -> Option<Fingerprint> {
        shingles.windows(2).all(|pair| pair[0] < pair[1]).then(|| Fingerprint::sampling(shingles, words))
    }

    /// The shingle hashes, sorted and distinct.
    pub fn shingles(&self) -> &[u32] {
        &self.shingles
    }

    /// The number of words of the text.
    pub fn words(&self) -> usize {
        self.words
    }
}

/// For each article (in the order given), the index of the article it
/// duplicates, or `None` for an original.
///
/// The work stays near linear however many articles there are: exact copies
/// are joined by their fingerprint and only the first is compared; a short
/// article is compared with the articles that share one of its few shingles
/// (a duplicate must share at least one) rather than with every other; and a
/// shingle found in more than [`BOILERPLATE`] articles is page furniture
/// common to all of them, so it proposes no candidates.
pub fn find<'a>(prints: &[&'a Fingerprint]) -> Vec<Option<usize>> {
    let mut groups = Groups::new(prints.len());
    let mut first_copy: FxHashMap<&[u32], usize> = FxHashMap::default();
    let mut originals = Vec::new();
    for (article, print) in prints.iter().enumerate() {
        match first_copy.entry(&print.shingles) {
            Entry::Occupied(first) if !print.shingles.is_empty() => groups.join(*first.get(), article),
            Entry::Occupied(_) => {}
            Entry::Vacant(slot) => {
                slot.insert(article);
                originals.push(article);
            }
        }
    }
    let is_short = |article: usize| prints[article].sampled < MIN_SAMPLED;
    let short_shingles = ShingleSet::new(
        originals
            .iter()
            .filter(|&&article| is_short(article))
            .flat_map(|&article| prints[article].shingles.iter().copied()),
    );
    let indexed = |print: &'a Fingerprint| {
        print.shingles.iter().copied().filter(|hash| hash % SAMPLE == 0 || short_shingles.contains(*hash))
    };
    // Each indexed shingle of each original with its article, packed (the
    // shingle first, so that sorting puts the articles sharing a shingle in
    // one run, in article order), in one list sized and sorted in place: it
    // is the largest thing duplicates need, and the heap keeps its peak.
    let mut index: Vec<u64> =
        Vec::with_capacity(originals.iter().map(|&article| indexed(prints[article]).count()).sum());
    for &article in &originals {
        index.extend(indexed(prints[article]).map(|hash| sort::pack(hash, article as u32)));
    }
    sort::numbers(&mut index);
    let mut kept = 0;
    let mut start = 0;
    while start < index.len() {
        let hash = sort::unpack(index[start]).0;
        let end = start + index[start..].partition_point(|&entry| sort::unpack(entry).0 == hash);
        if end - start <= BOILERPLATE {
            index.copy_within(start..end, kept);
            kept += end - start;
        }
        start = end;
    }
    index.truncate(kept);
    let entries = EntriesByArticle::new(&index, prints.len());
    // Shared sampled shingles with each later article, indexed by article:
    // one counter per article, reset through the list of those touched.
    let mut shared = vec![0u32; prints.len()];
    let mut touched = Vec::new();
    for &article in &originals {
        let print = prints[article];
        for &position in entries.of(article) {
            for entry in later_in_run(&index, position as usize) {
                let other = sort::unpack(entry).1 as usize;
                if shared[other] == 0 {
                    touched.push(other);
                }
                shared[other] += 1;
            }
        }
        // In any order: the groups are the connected pairs, whichever joins first.
        for other in touched.drain(..) {
            let count = std::mem::take(&mut shared[other]);
            let candidate = is_short(article)
                || is_short(other)
                || f64::from(count) >= CANDIDATE * print.sampled.min(prints[other].sampled) as f64;
            if candidate && contains(print, prints[other]) {
                groups.join(article, other);
            }
        }
    }
    groups.duplicate_of(|article| prints[article].words)
}

/// The shingles of the short articles, asked about for every shingle of
/// every article: most are in none, so a bit per hash's top bits answers
/// most questions before the set is asked (the set alone took a quarter of
/// near-duplicates' time on a 50 MB corpus).
struct ShingleSet {
    bits: Vec<u64>,
    shift: u32,
    set: FxHashSet<u32>,
}

impl ShingleSet {
    fn new(shingles: impl Iterator<Item = u32>) -> ShingleSet {
        let set: FxHashSet<u32> = shingles.collect();
        // About sixteen bits per shingle: one unrelated hash in sixteen reaches the set.
        let bits = (set.len() as u64 * 16).next_power_of_two().clamp(64, 1 << 32).ilog2();
        let shift = u32::BITS - bits;
        let mut words = vec![0; 1 << (bits - 6)];
        for &hash in &set {
            let (word, bit) = ShingleSet::position(hash, shift);
            words[word] |= bit;
        }
        ShingleSet { bits: words, shift, set }
    }

    /// The word of the bits that holds `hash`'s bit, and the bit.
    fn position(hash: u32, shift: u32) -> (usize, u64) {
        let at = (u64::from(hash) >> shift) as usize;
        (at / 64, 1 << (at % 64))
    }

    fn contains(&self, hash: u32) -> bool {
        let (word, bit) = ShingleSet::position(hash, self.shift);
        self.bits[word] & bit != 0 && self.set.contains(&hash)
    }
}

/// Where each article's entries are in a sorted index, in index order
/// (which is the order of their hashes): the runs an article shares are
/// read from its own entries on, with no search. Searching the index for
/// each hash, through a directory of its buckets, missed the cache twice a
/// hash and took half of near-duplicates' time on a 50 MB corpus.
struct EntriesByArticle {
    /// Where each article's positions begin in `positions`; one more than there are articles.
    starts: Vec<u32>,
    positions: Vec<u32>,
}

impl EntriesByArticle {
    fn new(index: &[u64], articles: usize) -> EntriesByArticle {
        let mut starts = vec![0u32; articles + 1];
        for &entry in index {
            starts[sort::unpack(entry).1 as usize + 1] += 1;
        }
        for article in 1..starts.len() {
            starts[article] += starts[article - 1];
        }
        let mut next = starts.clone();
        let mut positions = vec![0u32; index.len()];
        for (position, &entry) in index.iter().enumerate() {
            let slot = &mut next[sort::unpack(entry).1 as usize];
            positions[*slot as usize] = position as u32;
            *slot += 1;
        }
        EntriesByArticle { starts, positions }
    }

    /// The positions in the index of `article`'s entries.
    fn of(&self, article: usize) -> &[u32] {
        &self.positions[self.starts[article] as usize..self.starts[article + 1] as usize]
    }
}

/// The entries after the one at `position` in its run of the sorted index:
/// those of the later articles with its hash.
fn later_in_run(index: &[u64], position: usize) -> impl Iterator<Item = u64> + '_ {
    let hash = sort::unpack(index[position]).0;
    index[position + 1..].iter().copied().take_while(move |&entry| sort::unpack(entry).0 == hash)
}

/// Whether at least [`CONTAINMENT`] of the smaller fingerprint is in the larger.
fn contains(a: &Fingerprint, b: &Fingerprint) -> bool {
    let (small, large) = if a.shingles.len() <= b.shingles.len() { (a, b) } else { (b, a) };
    if small.shingles.is_empty() {
        return false;
    }
    // The fewest shared shingles that make a duplicate; the scan stops as
    // soon as it has them, or as soon as what is left of `small` cannot give them.
    let needed = (CONTAINMENT * small.shingles.len() as f64).ceil() as usize;
    let (small, large) = (&small.shingles[..], &large.shingles[..]);
    let (mut i, mut j, mut common) = (0, 0, 0);
    while i < small.len() && j < large.len() && common < needed && common + small.len() - i >= needed {
        // Without branches on the comparison, which no predictor can guess.
        let (a, b) = (small[i], large[j]);
        common += usize::from(a == b);
        i += usize::from(a <= b);
        j += usize::from(b <= a);
    }
    common >= needed
}

/// Union-find over article indices.
struct Groups {
    parent: Vec<usize>,
}

impl Groups {
    fn new(size: usize) -> Groups {
        Groups { parent: (0..size).collect() }
    }

    fn root(&mut self, mut node: usize) -> usize {
        while self.parent[node] != node {
            self.parent[node] = self.parent[self.parent[node]];
            node = self.parent[node];
        }
        node
    }

    fn join(&mut self, a: usize, b: usize) {
        let (a, b) = (self.root(a), self.root(b));
        if a != b {
            self.parent[a.max(b)] = a.min(b);
        }
    }

    /// Every member of a group points to its longest member (the first, on a tie).
    fn duplicate_of(mut self, words: impl Fn(usize) -> usize) -> Vec<Option<usize>> {
        let size = self.parent.len();
        // Indexed by root: a group's root is its first member, so a keeper
        // is set before any later member is weighed against it.
        let mut keeper = vec![usize::MAX; size];
        for article in 0..size {
            let root = self.root(article);
            let best = &mut keeper[root];
            if *best == usize::MAX || words(article) > words(*best) {
                *best = article;
            }
        }
        (0..size)
            .map(|article| {
                let kept = keeper[self.root(article)];
                (kept != article).then_some(kept)
            })
            .collect()
    }
}

/// Hashes of the words of `text`: runs of letters and digits, lower case,
/// typographic apostrophes read as plain ones. ASCII bytes are read without
/// decoding a character.
fn words(text: &str) -> impl Iterator<Item = u64> + '_ {
    let bytes = text.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || {
        let mut hash = FNV_OFFSET;
        let mut has_letter = false;
        while let Some(&byte) = bytes.get(at) {
            let word_byte = WORD_BYTES[usize::from(byte)];
            if word_byte != 0 {
                at += 1;
                hash = fnv(hash, char::from(word_byte));
                has_letter |= word_byte != b'\'';
                continue;
            }
            let c = if byte.is_ascii() { char::from(byte) } else { text[at..].chars().next()? };
            at += c.len_utf8();
            if c == '’' {
                hash = fnv(hash, '\'');
            } else if !c.is_ascii() && c.is_alphanumeric() {
                hash = crate::case::lower(c).fold(hash, fnv);
                has_letter = true;
            } else if has_letter {
                return Some(hash);
            } else {
                hash = FNV_OFFSET;
            }
        }
        has_letter.then_some(hash)
    })
}

/// Each byte read as part of a word without decoding, lower-cased: ASCII
/// letters and digits and the apostrophe; 0 for every other byte.
const WORD_BYTES: [u8; 256] = {
    let mut table = [0; 256];
    let mut byte: u8 = 0;
    while byte < 128 {
        if byte.is_ascii_alphanumeric() || byte == b'\'' {
            table[byte as usize] = byte.to_ascii_lowercase();
        }
        byte += 1;
    }
    table
};

fn fnv(hash: u64, c: char) -> u64 {
    (hash ^ u64::from(u32::from(c))).wrapping_mul(FNV_PRIME)
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0100_0000_01b3;

fn combine(words: &[u64]) -> u64 {
    // A final avalanche so that the low bits used for sampling are well mixed.
    let hash = words.iter().fold(FNV_OFFSET, |hash, &word| (hash ^ word).wrapping_mul(FNV_PRIME));
    let hash = (hash ^ (hash >> 33)).wrapping_mul(0xff51_afd7_ed55_8ccd);
    hash ^ (hash >> 33)
}

#[cfg(test)]
mod tests {
    use super::*;

    const STORY: &str = "The harbour at Port Ellery reopened to freight ships on Friday, six weeks after Storm Oriel tore away \
        part of the northern breakwater and sank two dredgers at their moorings. Harbour master Tomasz Wilk said the first \
        container ship would berth on Saturday morning. The port authority expects traffic to return to normal levels by \
        April, though the repaired breakwater will be inspected again after the next spring tide. Mayor Ines Okafor called \
        the reopening a lifeline for every family on the waterfront.";

    #[test]
    fn a_fingerprint_is_rebuilt_from_its_parts_only_when_its_shingles_are_sorted_and_distinct() {
        let print = Fingerprint::of(STORY);
        assert_eq!((print.shingles().len(), print.words(), print.sampled), (79, 83, 23));
        assert_eq!(Fingerprint::from_parts(print.shingles().to_vec(), print.words()), Some(print.clone()));
        let mut reversed = print.shingles().to_vec();
        reversed.reverse();
        assert_eq!(Fingerprint::from_parts(reversed, 83), None);
        assert_eq!(Fingerprint::from_parts(vec![4, 4], 2), None);
        assert_eq!(Fingerprint::from_parts(Vec::new(), 0), Some(Fingerprint::default()));
    }
    const OTHER: &str =
        "Port Ellery's council approved a temporary harbour levy late on Friday, adding two per cent to \
        business rates on the waterfront to pay for the storm repairs. The levy passed by seven votes to five after a \
        three-hour debate in which councillors traded accusations. Opposition leader Piet Vandermolen said the council \
        had rushed the vote and that a forty-page costing had arrived at six o'clock.";

    fn duplicates(texts: &[&str]) -> Vec<Option<usize>> {
        let prints: Vec<Fingerprint> = texts.iter().map(|text| Fingerprint::of(text)).collect();
        find(&prints.iter().collect::<Vec<_>>())
    }

    #[test]
    fn exact_truncated_and_updated_copies_are_duplicates_of_the_longest() {
        let truncated = &STORY[..STORY.find(" The port authority").unwrap()];
        let updated = format!("Dockworkers warned of unsafe cranes. {}", STORY.replace("Saturday morning", "Sunday"));
        let retyped = STORY.replace('\'', "’").to_uppercase();
        let cases: Vec<(Vec<&str>, Vec<Option<usize>>)> = vec![
            (vec![STORY, OTHER, STORY], vec![None, None, Some(0)]),
            (vec![truncated, OTHER, STORY], vec![Some(2), None, None]),
            (vec![STORY, &updated], vec![Some(1), None]),
            (vec![&retyped, STORY], vec![None, Some(0)]),
            (vec![STORY, OTHER], vec![None, None]),
            (vec!["", ""], vec![None, None]),
        ];
        for (texts, expected) in cases {
            assert_eq!(duplicates(&texts), expected, "texts {texts:?}");
        }
    }

    #[test]
    fn each_article_finds_its_entries_and_the_later_articles_sharing_them() {
        let mut seed = 3u64;
        for (len, articles) in [(0, 0), (0, 3), (1, 1), (9, 4), (100, 30), (5_000, 700)] {
            let mut index: Vec<u64> = (0..len)
                .map(|_| {
                    seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
                    // Few distinct hashes, so that runs are long, at both ends of the range too.
                    let hash = [0, u32::MAX, ((seed >> 40) as u32).wrapping_mul(257)][(seed % 3) as usize];
                    sort::pack(hash, ((seed >> 20) % articles as u64) as u32)
                })
                .collect();
            sort::numbers(&mut index);
            index.dedup();
            let entries = EntriesByArticle::new(&index, articles);
            for article in 0..articles {
                let expected: Vec<u32> = (0..index.len() as u32)
                    .filter(|&position| sort::unpack(index[position as usize]).1 == article as u32)
                    .collect();
                assert_eq!(entries.of(article), expected, "length {len}, article {article}");
                for &position in &expected {
                    let hash = sort::unpack(index[position as usize]).0;
                    let later: Vec<u64> = index
                        .iter()
                        .copied()
                        .filter(|&entry| sort::unpack(entry).0 == hash && sort::unpack(entry).1 > article as u32)
                        .collect();
                    assert_eq!(later_in_run(&index, position as usize).collect::<Vec<_>>(), later, "hash {hash}");
                }
            }
        }
    }

    #[test]
    fn the_shingle_set_holds_exactly_the_shingles_it_was_made_of() {
        let mut seed = 11u64;
        let mut next = || {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            (seed >> 32) as u32
        };
        for len in [0, 1, 3, 4, 5, 1_000] {
            let held: Vec<u32> = (0..len).map(|_| next()).chain([0, u32::MAX]).collect();
            let set = ShingleSet::new(held.iter().copied());
            assert!(held.iter().all(|&hash| set.contains(hash)), "length {len}");
            let others: Vec<u32> = (0..10_000).map(|_| next()).filter(|hash| !held.contains(hash)).collect();
            assert!(others.iter().all(|&hash| !set.contains(hash)), "length {len}");
            assert!([1, u32::MAX - 1].iter().all(|&hash| !set.contains(hash)), "length {len}");
        }
    }

    #[test]
    fn short_texts_are_compared_whole() {
        assert_eq!(duplicates(&["Harbour reopens.", "harbour REOPENS", "Levy passes."]), [None, Some(0), None]);
    }

    #[test]
    fn among_thousands_of_short_articles_only_the_copy_is_a_duplicate() {
        let mut texts: Vec<String> =
            (0..3000).map(|index| format!("Ship {index} docked at berth {}.", index % 40)).collect();
        texts.push("SHIP 1500 DOCKED AT BERTH 20".to_string());
        let found = duplicates(&texts.iter().map(String::as_str).collect::<Vec<_>>());
        let marked: Vec<(usize, usize)> =
            found.iter().enumerate().filter_map(|(article, of)| of.map(|of| (article, of))).collect();
        assert_eq!(marked, [(3000, 1500)]);
    }

    #[test]
    fn copies_beyond_the_boilerplate_limit_are_still_duplicates_and_shared_furniture_is_not() {
        let copies = vec![STORY; BOILERPLATE + 200];
        let found = duplicates(&copies);
        assert_eq!(found[0], None);
        assert!(found[1..].iter().all(|of| *of == Some(0)), "every copy points to the first");
        let furnished: Vec<String> = (0..BOILERPLATE + 200)
            .map(|index| format!("Berth {index} was cleared for ferry number {} on Monday morning. {OTHER}", index * 7))
            .collect();
        let texts: Vec<&str> = furnished.iter().map(String::as_str).collect();
        assert!(duplicates(&texts).iter().all(Option::is_none));
    }
}
