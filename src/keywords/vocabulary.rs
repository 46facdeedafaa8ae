//! The vocabulary interns every term of a corpus once: words (and the other
//! single-token kinds) under their folded key, phrases under the ids of their
//! words, names under the folded words of their fullest form. It remembers
//! how each word and name was written, to show its commonest form.

use std::borrow::Cow;
use std::hash::BuildHasher;

use hashbrown::hash_table::{Entry, HashTable};
use rustc_hash::{FxBuildHasher, FxHashMap};

use crate::json::json_as_str;
use crate::text::{tokens, Keys, TokenKind};

/// Index of a term in a [`Vocabulary`]. Ids follow the order terms were first
/// seen, so they depend on the order files were added: never sort by them in
/// anything a user sees.
pub type TermId = u32;

/// What a term is: a single token of some kind, or a phrase. Serialised
/// in lower case: `"word"`, `"number"`, …, `"phrase"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TermKind {
    Token(TokenKind),
    /// Two or three words in a row.
    Phrase,
    /// A proper name, each mention counted under the fullest form its article gives.
    Name,
}

impl TermKind {
    pub fn as_str(self) -> &'static str {
        match self {
            TermKind::Token(kind) => kind.as_str(),
            TermKind::Phrase => "phrase",
            TermKind::Name => "name",
        }
    }
}

json_as_str!(TermKind);

/// Writes the key of a name into `key`: its words folded like any word's,
/// joined by single spaces. `word` is a buffer.
pub(super) fn name_key(name: &str, key: &mut String, word: &mut String) {
    key.clear();
    let mut keys = Keys::standalone(name);
    for token in tokens(name) {
        keys.fold(&token, word);
        if !key.is_empty() {
            key.push(' ');
        }
        key.push_str(word);
    }
}

/// Marks the missing third word of a two-word phrase.
pub(super) const NO_WORD: TermId = TermId::MAX;

#[derive(Debug, Default)]
pub struct Vocabulary {
    /// Folded key → term. With stemming, several keys share a term.
    keys: FxHashMap<Box<str>, TermId>,
    /// Stem → term, when stemming.
    stems: FxHashMap<Box<str>, TermId>,
    /// A name's folded words, joined by spaces → its term.
    names: FxHashMap<Box<str>, TermId>,
    /// Written form → its term and form, for the forms whose term does not
    /// depend on their line: most tokens are counted by this one lookup.
    /// Forms of up to 8 and up to 16 bytes are packed into the key itself
    /// ([`Packed`]), so that the lookup follows no pointer and the table of
    /// short, frequent words stays small enough for the cache.
    surfaces: Surfaces,
    /// Words → phrase: the position in `phrases` of the phrase of those
    /// words, hashed by them. Most terms of a corpus are phrases, most seen
    /// once, so a phrase's words are kept once, in `phrases`, and the table
    /// holds 4 bytes for it.
    phrase_table: HashTable<u32>,
    /// Each phrase's words, capital votes and term, indexed by `Term::index`.
    phrases: Pages<Phrase>,
    terms: Vec<Term>,
    form_texts: Vec<Box<str>>,
    /// Each form's term, votes and count in the article being counted, apart
    /// from its text, which counting does not need.
    form_slots: Vec<FormSlot>,
    /// The forms of each single-token term and name, indexed by `Term::index`.
    term_forms: Vec<Vec<u32>>,
}

#[derive(Debug, Clone, Copy)]
struct Phrase {
    /// The third [`NO_WORD`] for a phrase of two.
    words: [TermId; 3],
    /// For each word: occurrences with a capital initial minus those without,
    /// in running text ("New York", though "new" alone).
    capitals: [i16; 3],
    id: TermId,
}

fn hash_words(words: &[TermId; 3]) -> u64 {
    FxBuildHasher.hash_one(words)
}

/// How many items a page of [`Pages`] holds.
const PAGE: usize = 4096;

/// A list that grows a page at a time. It never copies what it holds to grow
/// and holds at most one page more than it needs, where a `Vec` doubles and,
/// in wasm, the memory it grew out of stays the module's.
#[derive(Debug)]
struct Pages<T> {
    pages: Vec<Vec<T>>,
}

impl<T> Default for Pages<T> {
    fn default() -> Self {
        Pages { pages: Vec::new() }
    }
}

impl<T> Pages<T> {
    fn len(&self) -> usize {
        self.pages.last().map_or(0, |last| (self.pages.len() - 1) * PAGE + last.len())
    }

    fn push(&mut self, item: T) {
        match self.pages.last_mut() {
            Some(last) if last.len() < PAGE => last.push(item),
            _ => {
                let mut page = Vec::with_capacity(PAGE);
                page.push(item);
                self.pages.push(page);
            }
        }
    }

    fn get(&self, index: usize) -> &T {
        &self.pages[index / PAGE][index % PAGE]
    }

    fn get_mut(&mut self, index: usize) -> &mut T {
        &mut self.pages[index / PAGE][index % PAGE]
    }
}

#[derive(Debug, Clone, Copy)]
struct Term {
    kind: TermKind,
    stop: bool,
    index: u32,
}

/// Whether a word in running text starts with a capital; `Unknown` where that
/// says nothing (at the start of a sentence, in a shouted line).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Capital {
    Lower = -1,
    Unknown = 0,
    Upper = 1,
}

impl Capital {
    pub(super) fn of(written: &str) -> Capital {
        match written.chars().next() {
            Some(c) if c.is_uppercase() => Capital::Upper,
            _ => Capital::Lower,
        }
    }
}

/// A word's shown form with its initial as a phrase mostly writes it
/// (`votes` > 0: a capital), leaving words in capitals ("US") alone.
fn with_initial(word: &str, votes: i16) -> String {
    let mut chars = word.chars();
    let Some(initial) = chars.next() else { return String::new() };
    let rest = chars.as_str();
    let in_capitals = !rest.chars().any(char::is_lowercase) && rest.chars().any(char::is_uppercase);
    if votes > 0 && initial.is_lowercase() {
        crate::case::upper(initial).chain(rest.chars()).collect()
    } else if votes < 0 && initial.is_uppercase() && !in_capitals {
        crate::case::lower(initial).chain(rest.chars()).collect()
    } else {
        word.to_string()
    }
}

/// A written form as a number: its bytes, zero-padded, when it has at most
/// 16. Forms ending in a NUL byte (possible only in a URL) are left out, as
/// the padding would make them equal to the form without it.
enum Packed<'a> {
    Short(u64),
    Medium([u64; 2]),
    Long(&'a str),
}

impl<'a> Packed<'a> {
    #[inline]
    fn new(written: &'a str) -> Self {
        let bytes = written.as_bytes();
        // Little-endian, without a call to copy a slice of unknown length.
        let number = |bytes: &[u8]| bytes.iter().rev().fold(0, |number, &byte| number << 8 | u64::from(byte));
        match bytes.len() {
            _ if bytes.last() == Some(&0) => Packed::Long(written),
            0..=8 => Packed::Short(number(bytes)),
            9..=16 => Packed::Medium([number(&bytes[..8]), number(&bytes[8..])]),
            _ => Packed::Long(written),
        }
    }
}

/// Written form → its [`Surface`], packed into 8 bytes ([`Surfaces::pack`]).
/// The term is in the table itself because counting needs it at once; the
/// form's votes can be updated later.
#[derive(Debug, Default)]
struct Surfaces {
    short: FxHashMap<u64, (TermId, u32)>,
    medium: FxHashMap<[u64; 2], (TermId, u32)>,
    long: FxHashMap<Box<str>, (TermId, u32)>,
}

/// The bits of a surface value's second half that mark a form in capitals
/// and a stop word; the rest is the form id.
const CAPITALS: u32 = 1 << 31;
const STOP: u32 = 1 << 30;

impl Surfaces {
    fn pack(surface: Surface) -> (TermId, u32) {
        let flags = if surface.capitals { CAPITALS } else { 0 } | if surface.stop { STOP } else { 0 };
        (surface.term, surface.form | flags)
    }

    fn unpack((term, form): (TermId, u32)) -> Surface {
        Surface { term, stop: form & STOP != 0, form: form & !(CAPITALS | STOP), capitals: form & CAPITALS != 0 }
    }

    fn get(&self, written: &str) -> Option<(TermId, u32)> {
        match Packed::new(written) {
            Packed::Short(key) => self.short.get(&key),
            Packed::Medium(key) => self.medium.get(&key),
            Packed::Long(key) => self.long.get(key),
        }
        .copied()
    }

    fn insert(&mut self, written: &str, value: (TermId, u32)) {
        match Packed::new(written) {
            Packed::Short(key) => self.short.insert(key, value),
            Packed::Medium(key) => self.medium.insert(key, value),
            Packed::Long(key) => self.long.insert(key.into(), value),
        };
    }
}

/// A written form and its term.
#[derive(Debug, Clone, Copy)]
pub(super) struct Surface {
    pub term: TermId,
    pub stop: bool,
    pub form: u32,
    /// Written in capitals: whether an occurrence is shouted depends on its line.
    pub capitals: bool,
}

#[derive(Debug, Clone, Copy)]
struct FormSlot {
    term: TermId,
    stop: bool,
    votes: Votes,
    /// Occurrences in the article being counted.
    in_article: u32,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord)]
struct Votes {
    /// Occurrences in running text.
    votes: u32,
    /// Occurrences that say little about the usual spelling: at the start of
    /// a sentence, or in a line written in capitals. They decide only when
    /// there is nothing else.
    weak_votes: u32,
}

impl Vocabulary {
    /// The number of terms.
    pub fn len(&self) -> usize {
        self.terms.len()
    }

    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    pub fn kind(&self, id: TermId) -> TermKind {
        self.terms[id as usize].kind
    }

    pub fn is_stop_word(&self, id: TermId) -> bool {
        self.terms[id as usize].stop
    }

    /// The words of a phrase, in order; empty for any other term.
    pub fn phrase_words(&self, id: TermId) -> &[TermId] {
        let term = self.terms[id as usize];
        if term.kind != TermKind::Phrase {
            return &[];
        }
        let words = &self.phrases.get(term.index as usize).words;
        if words[2] == NO_WORD {
            &words[..2]
        } else {
            words
        }
    }

    /// How a term is shown. A word or a name: its commonest written form, counting
    /// sentence-initial and shouted occurrences only when there is nothing
    /// else, ties going to a form without capitals, then to the
    /// alphabetically first. A phrase: its words so shown, joined by spaces.
    pub fn display(&self, id: TermId) -> Cow<'_, str> {
        let term = self.terms[id as usize];
        if term.kind == TermKind::Phrase {
            let capitals = self.phrases.get(term.index as usize).capitals;
            let words: Vec<_> = self
                .phrase_words(id)
                .iter()
                .zip(capitals)
                .map(|(&word, capitals)| with_initial(&self.display(word), capitals))
                .collect();
            return Cow::Owned(words.join(" "));
        }
        // Most terms have one or two forms: votes decide, and the text is
        // looked at only on a tie (a report shows a hundred thousand terms).
        let has_capitals = |text: &str| text.chars().any(char::is_uppercase);
        let at_least_as_good = |form: u32, than: u32| {
            let (text, other) = (&self.form_texts[form as usize], &self.form_texts[than as usize]);
            let votes = self.form_slots[form as usize].votes.cmp(&self.form_slots[than as usize].votes);
            votes.then_with(|| has_capitals(other).cmp(&has_capitals(text))).then_with(|| other.cmp(text)).is_ge()
        };
        let best = self.term_forms[term.index as usize].iter().copied().reduce(|best, form| {
            if at_least_as_good(form, best) {
                form
            } else {
                best
            }
        });
        Cow::Borrowed(best.map_or("", |form| &self.form_texts[form as usize]))
    }

    /// The term a folded key was counted under.
    pub(super) fn key_term(&self, key: &str) -> Option<TermId> {
        self.keys.get(key).copied()
    }

    pub(super) fn stem_term(&self, stem: &str) -> Option<TermId> {
        self.stems.get(stem).copied()
    }

    /// The name term of `name` as written ("Pete Hegseth’s" finds "Pete
    /// Hegseth"), if an article names it so.
    pub fn find_name(&self, name: &str) -> Option<TermId> {
        let (mut key, mut word) = (String::new(), String::new());
        name_key(name, &mut key, &mut word);
        self.names.get(key.as_str()).copied()
    }

    /// The word terms of a name's words, in order, as far as they are words of the corpus.
    pub fn name_words(&self, id: TermId) -> Vec<TermId> {
        let name = self.display(id);
        let mut keys = Keys::standalone(&name);
        let mut key = String::new();
        tokens(&name)
            .filter_map(|token| {
                keys.fold(&token, &mut key);
                self.key_term(&key)
            })
            .collect()
    }

    /// The name term of `key` (made by [`name_key`]), added if it is new.
    pub(super) fn insert_name(&mut self, key: &str) -> TermId {
        if let Some(&id) = self.names.get(key) {
            return id;
        }
        let id = self.push(Term { kind: TermKind::Name, stop: false, index: self.term_forms.len() as u32 });
        self.term_forms.push(Vec::new());
        self.names.insert(key.into(), id);
        id
    }

    /// Adds a key not seen before, as a new term or, when its `stem` is known,
    /// under that stem's term.
    pub(super) fn insert_key(&mut self, key: &str, stem: Option<&str>, kind: TermKind, stop: bool) -> TermId {
        let known = stem.and_then(|stem| self.stem_term(stem));
        let id = known.unwrap_or_else(|| {
            let id = self.push(Term { kind, stop, index: self.term_forms.len() as u32 });
            self.term_forms.push(Vec::new());
            if let Some(stem) = stem {
                self.stems.insert(stem.into(), id);
            }
            id
        });
        self.keys.insert(key.into(), id);
        id
    }

    /// The term and form of a written form seen before, unless its term depends on its line.
    pub(super) fn surface(&self, written: &str) -> Option<Surface> {
        self.surfaces.get(written).map(Surfaces::unpack)
    }

    /// Makes `written` a form of `id`; remembers it for [`Vocabulary::surface`]
    /// when `depends_on_line` is false.
    pub(super) fn add_form(&mut self, id: TermId, written: &str, capitals: bool, depends_on_line: bool) -> Surface {
        let term_forms = &mut self.term_forms[self.terms[id as usize].index as usize];
        let known = term_forms.iter().copied().find(|&form| &*self.form_texts[form as usize] == written);
        let form = known.unwrap_or_else(|| {
            self.form_texts.push(written.into());
            let stop = self.terms[id as usize].stop;
            self.form_slots.push(FormSlot { term: id, stop, votes: Votes::default(), in_article: 0 });
            let form = (self.form_texts.len() - 1) as u32;
            term_forms.push(form);
            form
        });
        let surface = Surface { term: id, stop: self.terms[id as usize].stop, form, capitals };
        if !depends_on_line {
            self.surfaces.insert(written, Surfaces::pack(surface));
        }
        surface
    }

    /// Records `votes` occurrences of a form in running text, outside the
    /// article being counted: the mentions of a name.
    pub(super) fn vote(&mut self, form: u32, votes: u32) {
        self.form_slots[form as usize].votes.votes += votes;
    }

    /// Records one occurrence of a form in the article being counted.
    pub(super) fn record(&mut self, form: u32, weak: bool) {
        let slot = &mut self.form_slots[form as usize];
        if weak {
            slot.votes.weak_votes += 1;
        } else {
            slot.votes.votes += 1;
        }
        slot.in_article += 1;
    }

    /// A form's term and its occurrences in the article being counted, which
    /// start again from zero.
    pub(super) fn take_article_count(&mut self, form: u32) -> (TermId, u32, bool) {
        let slot = &mut self.form_slots[form as usize];
        (slot.term, std::mem::take(&mut slot.in_article), slot.stop)
    }

    /// The phrase of `words` (the third [`NO_WORD`] for two), counting how
    /// each was capitalised.
    pub(super) fn phrase(&mut self, words: [TermId; 3], capitals: [Capital; 3]) -> TermId {
        let phrases = &self.phrases;
        let entry = self.phrase_table.entry(
            hash_words(&words),
            |&index| phrases.get(index as usize).words == words,
            |&index| hash_words(&phrases.get(index as usize).words),
        );
        let index = match entry {
            Entry::Occupied(entry) => *entry.get() as usize,
            Entry::Vacant(entry) => {
                let index = self.phrases.len();
                entry.insert(index as u32);
                let id = self.terms.len() as TermId;
                self.phrases.push(Phrase { words, capitals: [0; 3], id });
                self.push(Term { kind: TermKind::Phrase, stop: false, index: index as u32 });
                index
            }
        };
        let phrase = self.phrases.get_mut(index);
        for (vote, capital) in phrase.capitals.iter_mut().zip(capitals) {
            *vote = vote.saturating_add(capital as i16);
        }
        phrase.id
    }

    fn push(&mut self, term: Term) -> TermId {
        self.terms.push(term);
        (self.terms.len() - 1) as TermId
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_keep_every_item_at_its_position_across_page_ends() {
        let mut pages = Pages::default();
        assert_eq!(pages.len(), 0);
        for item in 0..2 * PAGE + 1 {
            pages.push(item);
            assert_eq!(pages.len(), item + 1);
        }
        for index in [0, 1, PAGE - 1, PAGE, PAGE + 1, 2 * PAGE - 1, 2 * PAGE] {
            assert_eq!(*pages.get(index), index);
        }
        *pages.get_mut(PAGE) = 7;
        assert_eq!((*pages.get(PAGE - 1), *pages.get(PAGE), *pages.get(PAGE + 1)), (PAGE - 1, 7, PAGE + 1));
        assert_eq!(pages.pages.iter().map(Vec::capacity).collect::<Vec<_>>(), vec![PAGE; 3]);
    }

    #[test]
    fn a_phrase_is_one_term_however_often_and_among_however_many_it_is_seen() {
        let mut vocabulary = Vocabulary::default();
        let words = |n: u32| [n, n + 1, if n % 2 == 0 { NO_WORD } else { n + 2 }];
        let capitals = |n: u32| if n % 3 == 0 { Capital::Upper } else { Capital::Lower };
        // More phrases than a page holds, so that the table grows and rehashes.
        let count = 3 * PAGE as u32;
        let first: Vec<TermId> = (0..count).map(|n| vocabulary.phrase(words(n), [capitals(n); 3])).collect();
        assert_eq!(first, (0..count).collect::<Vec<_>>());
        let again: Vec<TermId> = (0..count).rev().map(|n| vocabulary.phrase(words(n), [capitals(n + 1); 3])).collect();
        assert_eq!(again, (0..count).rev().collect::<Vec<_>>());
        assert_eq!(vocabulary.len(), count as usize);
        for n in [0, 1, PAGE as u32, count - 1] {
            assert_eq!(vocabulary.kind(n), TermKind::Phrase);
            let expected = words(n);
            let length = if n % 2 == 0 { 2 } else { 3 };
            assert_eq!(vocabulary.phrase_words(n), &expected[..length]);
            let votes = capitals(n) as i16 + capitals(n + 1) as i16;
            assert_eq!(vocabulary.phrases.get(n as usize).capitals, [votes; 3]);
        }
    }
}
