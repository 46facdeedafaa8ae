//! Counting: one pass over an article's tokens interns each token's term,
//! records how it was written, and counts it with the phrases it ends.

use rust_stemmers::{Algorithm, Stemmer};

use super::{KeywordOptions, StopWords, TermCounts, TermId, Vocabulary};
use crate::text::{tokens, Boundary, Keys, TokenKind};

/// Counts articles into one [`Vocabulary`]. Its buffers are reused from one
/// article to the next, so counting allocates only for terms not seen before.
pub struct Counter {
    vocabulary: Vocabulary,
    stop_words: StopWords,
    stemmer: Option<Stemmer>,
    phrases: bool,
    /// Occurrences of each term in the article being counted, indexed by id.
    counts: Vec<u32>,
    /// The ids whose `counts` are not zero.
    seen: Vec<TermId>,
    key: String,
}

/// The last two words before the current one with no break between them,
/// and whether each is a stop word.
#[derive(Default)]
struct Window([Option<(TermId, bool)>; 2]);

impl Counter {
    pub fn new(options: &KeywordOptions) -> Self {
        Counter {
            vocabulary: Vocabulary::default(),
            stop_words: StopWords::new(&options.stop_words, options.news_stop_words),
            stemmer: options.stemming.then(|| Stemmer::create(Algorithm::English)),
            phrases: options.phrases,
            counts: Vec::new(),
            seen: Vec::new(),
            key: String::new(),
        }
    }

    pub fn vocabulary(&self) -> &Vocabulary {
        &self.vocabulary
    }

    /// Counts one article: its headline (the outlet's words too) and its body.
    pub fn count_article(&mut self, headline: Option<&str>, body: &str) -> TermCounts {
        let words = headline.map_or(0, |headline| self.count_text(headline)) + self.count_text(body);
        self.seen.sort_unstable();
        let mut counts = TermCounts { words, ..TermCounts::default() };
        for &id in &self.seen {
            let count = std::mem::take(&mut self.counts[id as usize]);
            let list = if self.vocabulary.is_stop_word(id) { &mut counts.stop_words } else { &mut counts.terms };
            list.push((id, count));
        }
        self.seen.clear();
        counts
    }

    fn count_text(&mut self, text: &str) -> usize {
        let mut keys = Keys::new(text);
        let mut window = Window::default();
        let mut words = 0;
        let mut key = std::mem::take(&mut self.key);
        for token in tokens(text) {
            words += 1;
            let casing = keys.fold(&token, &mut key);
            let id = self.intern(&key, token.kind);
            let weak = casing.shouted || token.boundary == Boundary::Sentence;
            self.vocabulary.vote(id, &text[token.start..token.form_end], weak);
            self.add(id);
            if self.phrases {
                if token.boundary != Boundary::None || token.kind != TokenKind::Word {
                    window = Window::default();
                }
                if token.kind == TokenKind::Word {
                    self.count_phrases(&mut window, id);
                }
            }
        }
        self.key = key;
        words
    }

    /// Counts the phrases `id` ends: with the previous word when neither is a
    /// stop word, and with the two previous words when the first is not one.
    fn count_phrases(&mut self, window: &mut Window, id: TermId) {
        let stop = self.vocabulary.is_stop_word(id);
        let [before, previous] = window.0;
        if !stop {
            if let Some((previous, false)) = previous {
                let phrase = self.vocabulary.phrase(previous, id, None);
                self.add(phrase);
            }
            if let (Some((first, false)), Some((middle, _))) = (before, previous) {
                let phrase = self.vocabulary.phrase(first, middle, Some(id));
                self.add(phrase);
            }
        }
        window.0 = [previous, Some((id, stop))];
    }

    fn add(&mut self, id: TermId) {
        let index = id as usize;
        if index >= self.counts.len() {
            self.counts.resize(self.vocabulary.len().max(index + 1), 0);
        }
        if self.counts[index] == 0 {
            self.seen.push(id);
        }
        self.counts[index] += 1;
    }

    fn intern(&mut self, key: &str, kind: TokenKind) -> TermId {
        if let Some(id) = self.vocabulary.key_term(key) {
            return id;
        }
        let stop = kind == TokenKind::Word && self.stop_words.contains(key);
        let stem = self.stem(key, kind, stop);
        self.vocabulary.insert_key(key, stem.as_deref(), kind.into(), stop)
    }

    /// The stem a key is grouped under: only with stemming on, and only for
    /// words in lower case that are not stop words ("US" is not "us").
    fn stem(&self, key: &str, kind: TokenKind, stop: bool) -> Option<String> {
        let stemmer = self.stemmer.as_ref()?;
        let stemmable = kind == TokenKind::Word && !stop && !key.chars().any(char::is_uppercase);
        stemmable.then(|| stemmer.stem(key).into_owned())
    }

    /// The term a folded key is counted under, without adding anything: for
    /// looking terms up (a concordance query).
    pub fn find(&self, key: &str, kind: TokenKind) -> Option<TermId> {
        self.vocabulary.key_term(key).or_else(|| {
            let stop = kind == TokenKind::Word && self.stop_words.contains(key);
            self.stem(key, kind, stop).and_then(|stem| self.vocabulary.stem_term(&stem))
        })
    }
}
