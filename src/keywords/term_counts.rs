//! The counts of one article, packed. A corpus keeps every article's counts
//! for its whole life, and with phrases an article has two or three terms
//! per distinct word, so they are stored as bytes: each term as the gap from
//! the previous id (variable length, one byte for the runs of ids that an
//! article's new phrases take) and its count only when it is not 1. That is
//! about two bytes a term, where pairs of 32-bit numbers took eight.

use super::TermId;

/// How often each term of an article occurs: its terms that are not stop
/// words and its stop words, each list by ascending id.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TermCounts {
    /// The terms, then the stop words.
    packed: Box<[u8]>,
    /// Where the stop words start in `packed`.
    stop_words_at: usize,
    /// All tokens of the headline and the body, stop words included.
    pub words: usize,
}

impl TermCounts {
    /// `terms` and `stop_words` must be sorted by id, each id once.
    pub fn new(terms: &[(TermId, u32)], stop_words: &[(TermId, u32)], words: usize) -> TermCounts {
        let mut packed = Vec::with_capacity(2 * (terms.len() + stop_words.len()));
        pack(terms, &mut packed);
        let stop_words_at = packed.len();
        pack(stop_words, &mut packed);
        TermCounts { packed: packed.into_boxed_slice(), stop_words_at, words }
    }

    /// (term, count) of each term that is not a stop word, by ascending id.
    pub fn terms(&self) -> Pairs<'_> {
        Pairs::new(&self.packed[..self.stop_words_at])
    }

    /// (term, count) of each stop word, by ascending id.
    pub fn stop_words(&self) -> Pairs<'_> {
        Pairs::new(&self.packed[self.stop_words_at..])
    }

    /// How often `id` occurs.
    pub fn count(&self, id: TermId) -> u32 {
        let in_list = |mut list: Pairs| list.find(|&(term, _)| term >= id).filter(|&(term, _)| term == id);
        in_list(self.terms()).or_else(|| in_list(self.stop_words())).map_or(0, |(_, count)| count)
    }
}

/// Each pair as `gap << 1 | (count == 1)`, then the count when it is not 1,
/// both as LEB128 numbers.
fn pack(pairs: &[(TermId, u32)], packed: &mut Vec<u8>) {
    let mut previous = 0;
    for &(id, count) in pairs {
        debug_assert!(id >= previous, "term counts are packed by ascending id");
        let gap = u64::from(id - previous);
        previous = id;
        push_number(packed, gap << 1 | u64::from(count == 1));
        if count != 1 {
            push_number(packed, u64::from(count));
        }
    }
}

#[inline]
fn push_number(packed: &mut Vec<u8>, mut number: u64) {
    while number >= 0x80 {
        packed.push(number as u8 | 0x80);
        number >>= 7;
    }
    packed.push(number as u8);
}

/// The pairs of one list of a [`TermCounts`].
#[derive(Debug, Clone)]
pub struct Pairs<'a> {
    packed: &'a [u8],
    at: usize,
    id: TermId,
}

impl<'a> Pairs<'a> {
    fn new(packed: &'a [u8]) -> Pairs<'a> {
        Pairs { packed, at: 0, id: 0 }
    }

    /// One LEB128 number; most are one byte, read without a loop.
    #[inline]
    fn number(&mut self) -> u64 {
        match self.packed.get(self.at) {
            Some(&byte) if byte < 0x80 => {
                self.at += 1;
                u64::from(byte)
            }
            _ => self.long_number(),
        }
    }

    fn long_number(&mut self) -> u64 {
        let mut number = 0;
        let mut shift = 0;
        while let Some(&byte) = self.packed.get(self.at) {
            self.at += 1;
            number |= u64::from(byte & 0x7f) << shift;
            if byte < 0x80 {
                break;
            }
            shift += 7;
        }
        number
    }
}

impl Iterator for Pairs<'_> {
    type Item = (TermId, u32);

    #[inline]
    fn next(&mut self) -> Option<(TermId, u32)> {
        if self.at >= self.packed.len() {
            return None;
        }
        let head = self.number();
        self.id += (head >> 1) as TermId;
        let count = if head & 1 == 1 { 1 } else { self.number() as u32 };
        Some((self.id, count))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_come_back_as_packed() {
        // Gaps and counts on both sides of each byte boundary, and the largest id.
        let terms = [(0, 1), (1, 2), (63, 1), (64, 127), (191, 128), (20_000, 1), (20_001, 70_000), (TermId::MAX, 1)];
        let stop_words = [(5, 3), (6, 1)];
        let counts = TermCounts::new(&terms, &stop_words, 99);
        assert_eq!(counts.terms().collect::<Vec<_>>(), terms);
        assert_eq!(counts.stop_words().collect::<Vec<_>>(), stop_words);
        assert_eq!(counts.words, 99);
        let looked_up: Vec<u32> =
            [0, 1, 2, 5, 6, 7, 64, 191, 20_001, TermId::MAX].into_iter().map(|id| counts.count(id)).collect();
        assert_eq!(looked_up, [1, 2, 0, 3, 1, 0, 127, 128, 70_000, 1]);
    }

    #[test]
    fn a_term_whose_count_is_one_takes_a_byte_when_its_gap_is_small() {
        let terms: Vec<(TermId, u32)> = (1_000..1_100).map(|id| (id, 1)).collect();
        let counts = TermCounts::new(&terms, &[], 100);
        // The first gap (1,000) takes two bytes; each of the 99 others one.
        assert_eq!(counts.packed.len(), 2 + 99);
    }

    #[test]
    fn no_counts_give_empty_lists() {
        let counts = TermCounts::default();
        assert_eq!(counts.terms().count() + counts.stop_words().count(), 0);
        assert_eq!(TermCounts::new(&[], &[(2, 1)], 1).terms().count(), 0);
        assert_eq!(counts.count(0), 0);
    }
}
