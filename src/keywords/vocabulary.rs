//! The vocabulary interns every term of a corpus once: words (and the other
//! single-token kinds) under their folded key, phrases under the ids of their
//! words. It remembers how each word was written, to show its commonest form.

use std::borrow::Cow;

use rustc_hash::FxHashMap;
use serde::Serialize;

use crate::text::TokenKind;

/// Index of a term in a [`Vocabulary`]. Ids follow the order terms were first
/// seen, so they depend on the order files were added: never sort by them in
/// anything a user sees.
pub type TermId = u32;

/// What a term is. Serialised in lower case: `"word"`, `"phrase"`, ….
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum TermKind {
    Word,
    Number,
    Url,
    Email,
    Handle,
    Hashtag,
    /// Two or three words in a row.
    Phrase,
}

impl From<TokenKind> for TermKind {
    fn from(kind: TokenKind) -> Self {
        match kind {
            TokenKind::Word => TermKind::Word,
            TokenKind::Number => TermKind::Number,
            TokenKind::Url => TermKind::Url,
            TokenKind::Email => TermKind::Email,
            TokenKind::Handle => TermKind::Handle,
            TokenKind::Hashtag => TermKind::Hashtag,
        }
    }
}

/// Marks the missing third word of a two-word phrase.
const NO_WORD: TermId = TermId::MAX;

#[derive(Debug, Default)]
pub struct Vocabulary {
    /// Folded key → term. With stemming, several keys share a term.
    keys: FxHashMap<Box<str>, TermId>,
    /// Stem → term, when stemming.
    stems: FxHashMap<Box<str>, TermId>,
    phrases: FxHashMap<[TermId; 3], TermId>,
    terms: Vec<Term>,
    /// The written forms of each single-token term, indexed by `Term::index`.
    forms: Vec<Vec<Form>>,
    /// The words of each phrase, indexed by `Term::index`.
    phrase_words: Vec<[TermId; 3]>,
}

#[derive(Debug, Clone, Copy)]
struct Term {
    kind: TermKind,
    stop: bool,
    index: u32,
}

#[derive(Debug)]
struct Form {
    text: Box<str>,
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
        let words = &self.phrase_words[term.index as usize];
        if words[2] == NO_WORD {
            &words[..2]
        } else {
            words
        }
    }

    /// How a term is shown. A word: its commonest written form, counting
    /// sentence-initial and shouted occurrences only when there is nothing
    /// else, ties going to a form without capitals, then to the
    /// alphabetically first. A phrase: its words so shown, joined by spaces.
    pub fn display(&self, id: TermId) -> Cow<'_, str> {
        let term = self.terms[id as usize];
        if term.kind == TermKind::Phrase {
            let words: Vec<_> = self.phrase_words(id).iter().map(|&word| self.display(word)).collect();
            return Cow::Owned(words.join(" "));
        }
        let rank = |form: &Form| (form.votes, form.weak_votes, !form.text.chars().any(char::is_uppercase));
        let forms = &self.forms[term.index as usize];
        let best = forms.iter().max_by(|a, b| rank(a).cmp(&rank(b)).then_with(|| b.text.cmp(&a.text)));
        Cow::Borrowed(best.map_or("", |form| &form.text))
    }

    /// The term a folded key was counted under.
    pub(super) fn key_term(&self, key: &str) -> Option<TermId> {
        self.keys.get(key).copied()
    }

    pub(super) fn stem_term(&self, stem: &str) -> Option<TermId> {
        self.stems.get(stem).copied()
    }

    /// Adds a key not seen before, as a new term or, when its `stem` is known,
    /// under that stem's term.
    pub(super) fn insert_key(&mut self, key: &str, stem: Option<&str>, kind: TermKind, stop: bool) -> TermId {
        let known = stem.and_then(|stem| self.stem_term(stem));
        let id = known.unwrap_or_else(|| {
            let id = self.push(Term { kind, stop, index: self.forms.len() as u32 });
            self.forms.push(Vec::new());
            if let Some(stem) = stem {
                self.stems.insert(stem.into(), id);
            }
            id
        });
        self.keys.insert(key.into(), id);
        id
    }

    /// Records one occurrence of `id` written as `form`.
    pub(super) fn vote(&mut self, id: TermId, form: &str, weak: bool) {
        let forms = &mut self.forms[self.terms[id as usize].index as usize];
        let position = match forms.iter().position(|known| &*known.text == form) {
            Some(position) => position,
            None => {
                forms.push(Form { text: form.into(), votes: 0, weak_votes: 0 });
                forms.len() - 1
            }
        };
        let votes = &mut forms[position];
        if weak {
            votes.weak_votes += 1;
        } else {
            votes.votes += 1;
        }
    }

    /// The phrase of two or three words (`third` is `None` for two).
    pub(super) fn phrase(&mut self, first: TermId, second: TermId, third: Option<TermId>) -> TermId {
        let words = [first, second, third.unwrap_or(NO_WORD)];
        if let Some(&id) = self.phrases.get(&words) {
            return id;
        }
        let id = self.push(Term { kind: TermKind::Phrase, stop: false, index: self.phrase_words.len() as u32 });
        self.phrase_words.push(words);
        self.phrases.insert(words, id);
        id
    }

    fn push(&mut self, term: Term) -> TermId {
        self.terms.push(term);
        (self.terms.len() - 1) as TermId
    }
}
