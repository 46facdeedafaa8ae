//! Counting: one pass over an article's tokens interns each token's term,
//! records how it was written, and counts it with the phrases it ends; the
//! names of the article ([`crate::names`]) are added after that pass, each
//! mention under the fullest form the article gives.

use rust_stemmers::{Algorithm, Stemmer};

use super::vocabulary::{name_key, Capital, NO_WORD};
use super::{KeywordOptions, StopWords, TermCounts, TermId, TermKind, Vocabulary};
use crate::names::Names;
use crate::sort;
use crate::text::{tokens, Boundary, Keys, TokenKind};

/// Counts articles into one [`Vocabulary`]. Its buffers are reused from one
/// article to the next, so counting allocates only for terms not seen before.
///
/// Going through the tokens only finds each token's form (one table lookup)
/// and notes it and the phrases it ends; the counts, votes and phrase ids are
/// updated at the end of the article, in loops of independent memory
/// accesses rather than one access per token that the next one waits for.
pub struct Counter {
    vocabulary: Vocabulary,
    stop_words: StopWords,
    stemmer: Option<Stemmer>,
    phrases: bool,
    /// The form of each token of the article being counted, with [`WEAK`]
    /// set for a weak vote.
    article_forms: Vec<u32>,
    /// The words of each phrase of the article being counted, and their capitals.
    article_phrases: Vec<([TermId; 3], [Capital; 3])>,
    /// Each term occurrence of the article being counted, as (term, count, stop word).
    article_terms: Vec<(TermId, u32, bool)>,
    /// Occurrences of each term in the article being counted, indexed by id.
    counts: Vec<u32>,
    /// The article's (term, count) pairs that are not stop words, and those
    /// that are, before they are packed: kept from one article to the next,
    /// as a temporary of each article's size would leave the wasm heap with
    /// holes between the packed counts the corpus keeps.
    listed: Vec<(TermId, u32)>,
    listed_stop_words: Vec<(TermId, u32)>,
    key: String,
}

/// Marks a weak vote in [`Counter::article_forms`]; form ids stay below it.
const WEAK: u32 = 1 << 31;

/// The last two words before the current one with no break between them.
#[derive(Default)]
struct Window([Option<WindowWord>; 2]);

#[derive(Clone, Copy)]
struct WindowWord {
    id: TermId,
    stop: bool,
    capital: Capital,
}

impl Counter {
    pub fn new(options: &KeywordOptions) -> Self {
        Counter {
            vocabulary: Vocabulary::default(),
            stop_words: StopWords::new(&options.stop_words, options.news_stop_words),
            stemmer: options.stemming.then(|| Stemmer::create(Algorithm::English)),
            phrases: options.phrases,
            article_forms: Vec::new(),
            article_phrases: Vec::new(),
            article_terms: Vec::new(),
            counts: Vec::new(),
            listed: Vec::new(),
            listed_stop_words: Vec::new(),
            key: String::new(),
        }
    }

    pub fn vocabulary(&self) -> &Vocabulary {
        &self.vocabulary
    }

    /// Counts one article: its headline (the outlet's words too) and its body.
    pub fn count_article(&mut self, headline: Option<&str>, body: &str) -> TermCounts {
        let words = self.tally(headline, body);
        TermCounts::new(&self.listed, &self.listed_stop_words, words)
    }

    /// [`Counter::count_article`], with the names of the body counted too
    /// (`names`, given by [`counted_names`] for `body`), as terms of
    /// kind [`TermKind::Name`]: each mention counts under the fullest form of
    /// its entity, so "Hegseth" and "Mr Hegseth" count for "Pete Hegseth" in
    /// an article that names him in full, and for "Hegseth" in one that never
    /// does. A fullest form of several words is trusted only when it is
    /// written once away from the start of a sentence (where any word has a
    /// capital), or its entity has a gender (a title, a given name or pronouns
    /// say so) and its first word is never written in lower case in the
    /// article: otherwise ("Two Russian" absorbing every "Russian") each
    /// mention counts as written.
    pub fn count_article_with_names<S: AsRef<str>>(
        &mut self,
        headline: Option<&str>,
        body: &str,
        names: &[S],
    ) -> TermCounts {
        let words = self.tally(headline, body);
        self.tally_names(names);
        TermCounts::new(&self.listed, &self.listed_stop_words, words)
    }

    /// Counts the tokens of one article into `listed` and
    /// `listed_stop_words`, by id; returns its number of words.
    fn tally(&mut self, headline: Option<&str>, body: &str) -> usize {
        let words = headline.map_or(0, |headline| self.count_text(headline)) + self.count_text(body);
        let mut forms = std::mem::take(&mut self.article_forms);
        for &form in &forms {
            self.vocabulary.record(form & !WEAK, form & WEAK != 0);
        }
        let mut terms = std::mem::take(&mut self.article_terms);
        for form in forms.drain(..) {
            let (id, count, stop) = self.vocabulary.take_article_count(form & !WEAK);
            if count > 0 {
                terms.push((id, count, stop));
            }
        }
        self.article_forms = forms;
        for (words, capitals) in self.article_phrases.drain(..) {
            terms.push((self.vocabulary.phrase(words, capitals), 1, false));
        }
        self.counts.resize(self.vocabulary.len(), 0);
        for &(id, count, _) in &terms {
            self.counts[id as usize] += count;
        }
        self.listed.clear();
        self.listed_stop_words.clear();
        for (id, _, stop) in terms.drain(..) {
            let count = std::mem::take(&mut self.counts[id as usize]);
            if count > 0 {
                let list = if stop { &mut self.listed_stop_words } else { &mut self.listed };
                list.push((id, count));
            }
        }
        self.article_terms = terms;
        sort::pairs(&mut self.listed);
        sort::pairs(&mut self.listed_stop_words);
        words
    }

    fn count_text(&mut self, text: &str) -> usize {
        let mut keys = Keys::new(text);
        let mut window = Window::default();
        let mut words = 0;
        let mut key = std::mem::take(&mut self.key);
        for token in tokens(text) {
            words += 1;
            let written = &text[token.start..token.form_end];
            let (surface, shouted) = match self.vocabulary.surface(written) {
                Some(surface) => (surface, surface.capitals && keys.is_shouted(token.start)),
                None => {
                    let casing = keys.fold(&token, &mut key);
                    let id = self.intern(&key, token.kind);
                    (self.vocabulary.add_form(id, written, casing.capitals, casing.depends_on_line), casing.shouted)
                }
            };
            let weak = shouted || token.boundary == Boundary::Sentence;
            self.article_forms.push(if weak { surface.form | WEAK } else { surface.form });
            if self.phrases {
                if token.boundary != Boundary::None || token.kind != TokenKind::Word {
                    window = Window::default();
                }
                if token.kind == TokenKind::Word {
                    let capital = if weak { Capital::Unknown } else { Capital::of(written) };
                    self.note_phrases(&mut window, WindowWord { id: surface.term, stop: surface.stop, capital });
                }
            }
        }
        self.key = key;
        words
    }

    /// Notes the phrases `word` ends: with the previous word when neither is
    /// a stop word, and with the two previous words when the first is not one.
    fn note_phrases(&mut self, window: &mut Window, word: WindowWord) {
        let [before, previous] = window.0;
        if !word.stop {
            if let Some(previous) = previous.filter(|previous| !previous.stop) {
                self.article_phrases
                    .push(([previous.id, word.id, NO_WORD], [previous.capital, word.capital, Capital::Unknown]));
            }
            if let (Some(first), Some(middle)) = (before.filter(|before| !before.stop), previous) {
                self.article_phrases
                    .push(([first.id, middle.id, word.id], [first.capital, middle.capital, word.capital]));
            }
        }
        window.0 = [previous, Some(word)];
    }

    fn intern(&mut self, key: &str, kind: TokenKind) -> TermId {
        if let Some(id) = self.vocabulary.key_term(key) {
            return id;
        }
        let stop = kind == TokenKind::Word && self.stop_words.contains(key);
        let stem = self.stem(key, kind, stop);
        self.vocabulary.insert_key(key, stem.as_deref(), TermKind::Token(kind), stop)
    }

    /// The stem a key is grouped under: only with stemming on, and only for
    /// words in lower case that are not stop words ("US" is not "us").
    fn stem(&self, key: &str, kind: TokenKind, stop: bool) -> Option<String> {
        let stemmer = self.stemmer.as_ref()?;
        let stemmable = kind == TokenKind::Word && !stop && !key.chars().any(char::is_uppercase);
        stemmable.then(|| stemmer.stem(key).into_owned())
    }

    /// Adds the names `counted_names` found to `listed`.
    fn tally_names<S: AsRef<str>>(&mut self, names: &[S]) {
        let mut key = std::mem::take(&mut self.key);
        let mut word = String::new();
        let terms = &mut self.listed;
        let added = terms.len();
        for name in names {
            let name = name.as_ref();
            name_key(name, &mut key, &mut word);
            if key.is_empty() {
                continue;
            }
            let id = self.vocabulary.insert_name(&key);
            let form = self.vocabulary.add_form(id, name, false, true).form;
            self.vocabulary.vote(form, 1);
            terms.push((id, 1));
        }
        self.key = key;
        if terms.len() > added {
            sort::pairs(terms);
            terms.dedup_by(|later, kept| {
                let same = later.0 == kept.0;
                if same {
                    kept.1 += later.1;
                }
                same
            });
        }
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

/// The names of the body `text` as counting takes them, one per mention in
/// text order: the form each mention counts under
/// ([`Counter::count_article_with_names`] says which). It needs the text and
/// its names only, not the vocabulary, so a reader worker can find them.
pub fn counted_names<'a>(text: &'a str, names: &'a Names) -> Vec<&'a str> {
    let entities = names.entities();
    let mut trusted: Vec<bool> = entities.iter().map(|entity| !entity.name.contains(' ')).collect();
    for mention in names.mentions() {
        let written = &text[mention.name.clone()];
        if written == entities[mention.entity].name && !opens_sentence(text, mention.name.start) {
            trusted[mention.entity] = true;
        }
    }
    // Only the entities not trusted yet are searched for: each search reads the whole text.
    for (entity, trusted) in entities.iter().zip(&mut trusted).filter(|(_, trusted)| !**trusted) {
        let first = entity.name.split(' ').next().unwrap_or_default();
        *trusted = entity.gender.is_some() && !written_in_lower_case(text, first);
    }
    names
        .mentions()
        .iter()
        .map(|mention| {
            let name =
                if trusted[mention.entity] { &entities[mention.entity].name } else { &text[mention.name.clone()] };
            without_country_prefix(name)
        })
        .collect()
}

/// A name without a leading dotted "U.S.", "U.K.", "U.N." or "E.U.": names
/// leave out acronyms in capitals ("US Senate" is the name "Senate"), and the
/// dotted spelling of one outlet must not make a name the others lack.
fn without_country_prefix(name: &str) -> &str {
    ["U.S. ", "U.K. ", "U.N. ", "E.U. "]
        .iter()
        .find_map(|prefix| name.strip_prefix(prefix))
        .filter(|rest| !rest.is_empty())
        .unwrap_or(name)
}

/// Whether `word` occurs in `text` as a whole word in lower case ("two" for "Two").
fn written_in_lower_case(text: &str, word: &str) -> bool {
    let lower = crate::case::lowercase(word);
    if lower == word {
        return false;
    }
    let is_letter = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    let whole_word = crate::search::positions(text, &lower)
        .any(|at| !is_letter(text[..at].chars().next_back()) && !is_letter(text[at + lower.len()..].chars().next()));
    whole_word
}

/// Whether the word at `at` opens a sentence: nothing but spaces and
/// opening quotation marks between it and a sentence end or the text's start.
fn opens_sentence(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end_matches([' ', '"', '“', '‘', '\'', '(']);
    before.is_empty() || before.ends_with(['.', '!', '?', '\n', ':'])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each distinct term of `texts` (one article each) with its total count, as shown.
    fn counted(texts: &[&str], options: &KeywordOptions) -> Vec<(String, u32)> {
        let mut counter = Counter::new(options);
        let counts: Vec<_> = texts.iter().map(|text| counter.count_article(None, text)).collect();
        let vocabulary = counter.vocabulary();
        let mut totals = vec![0; vocabulary.len()];
        for (id, count) in counts.iter().flat_map(|counts| counts.terms().chain(counts.stop_words())) {
            totals[id as usize] += count;
        }
        let mut terms: Vec<_> = (0..vocabulary.len() as TermId)
            .map(|id| (vocabulary.display(id).into_owned(), totals[id as usize]))
            .collect();
        terms.sort();
        terms
    }

    fn words_only() -> KeywordOptions {
        KeywordOptions { phrases: false, ..KeywordOptions::default() }
    }

    fn count_of(terms: &[(String, u32)], term: &str) -> Option<u32> {
        terms.iter().find(|(shown, _)| shown == term).map(|&(_, count)| count)
    }

    #[test]
    fn spellings_of_one_word_group_under_its_commonest_form() {
        let cases: &[(&str, &[(&str, u32)])] = &[
            ("Trump's aide met Trump’s lawyer; TRUMP said Trump was", &[("Trump", 4)]),
            ("The U.S. envoy and the US envoy told us. The U.S. team", &[("U.S.", 3), ("us", 1)]),
            ("Okafor spoke. Okafor left. The mayor, okafor, smiled", &[("okafor", 3)]),
            ("Putin spoke. Later putin and Putin met. Putin left.", &[("Putin", 4)]),
            // Equal votes: the form without capitals, then the alphabetically first.
            ("We saw the Über app and the über deal", &[("über", 2)]),
            ("We met the Mcdonald family and the McDonald twins", &[("McDonald", 2)]),
            ("Harbour reopens. Ships queued.", &[("Harbour", 1), ("Ships", 1)]),
            (
                "The defence budget grew; defense cuts and defences fell. Defence won.",
                &[("defence", 3), ("defences", 1)],
            ),
            (
                "Labour backs the labour law on labour costs, labor unions and Labor Day.",
                &[("Labour", 1), ("labour", 3), ("Labor", 1)],
            ),
        ];
        for (text, expected) in cases {
            let terms = counted(&[text], &words_only());
            for &(term, count) in *expected {
                assert_eq!(count_of(&terms, term), Some(count), "{term:?} in {text:?}: {terms:?}");
            }
        }
    }

    #[test]
    fn a_headline_in_capitals_neither_votes_for_forms_nor_makes_acronyms() {
        let mut counter = Counter::new(&words_only());
        let counts = counter.count_article(Some("US TO CUT HARBOUR LEVY"), "The levy falls, the harbour said.");
        let vocabulary = counter.vocabulary();
        let mut shown: Vec<_> = counts.terms().map(|(id, count)| (vocabulary.display(id), count)).collect();
        shown.sort();
        assert_eq!(
            shown,
            [("CUT".into(), 1), ("falls".into(), 1), ("harbour".into(), 2), ("levy".into(), 2), ("said".into(), 1)]
        );
        let stop: Vec<_> = counts.stop_words().map(|(id, count)| (vocabulary.display(id), count)).collect();
        assert!(stop.contains(&("US".into(), 1)) && stop.contains(&("TO".into(), 1)), "{stop:?}");
        assert_eq!(counts.words, 11);
    }

    #[test]
    fn phrases_stay_inside_sentences_and_punctuation_and_skip_stop_word_ends() {
        let text = "The prisoner swap ended. Prisoner swap talks resumed, swap talks stalled; \
                    freedom of speech matters and the root causes of war";
        let terms = counted(&[text], &KeywordOptions::default());
        let phrases: Vec<_> = terms.iter().filter(|(term, _)| term.contains(' ')).cloned().collect();
        let expected = [
            ("causes of war", 1),
            ("freedom of speech", 1),
            ("prisoner swap", 2),
            ("prisoner swap ended", 1),
            ("prisoner swap talks", 1),
            ("root causes", 1),
            ("speech matters", 1),
            ("swap ended", 1),
            ("swap talks", 2),
            ("swap talks resumed", 1),
            ("swap talks stalled", 1),
            ("talks resumed", 1),
            ("talks stalled", 1),
        ];
        let expected: Vec<_> = expected.iter().map(|&(term, count)| (term.to_string(), count)).collect();
        assert_eq!(phrases, expected);
    }

    #[test]
    fn a_phrase_shows_how_it_is_capitalised_in_running_text() {
        let text = "Ferries reach new ports. They sail to New York daily, and New York waits. A new port.";
        let terms = counted(&[text], &KeywordOptions::default());
        assert_eq!(count_of(&terms, "new"), Some(4));
        assert_eq!(count_of(&terms, "New York"), Some(2));
    }

    #[test]
    fn numbers_urls_and_handles_are_terms_of_their_own_kind() {
        let mut counter = Counter::new(&KeywordOptions::default());
        let counts = counter.count_article(None, "Call 2,000 ferries at www.harbour.example or @PortEllery 2,000");
        let vocabulary = counter.vocabulary();
        let kinds: Vec<_> =
            counts.terms().map(|(id, count)| (vocabulary.display(id), vocabulary.kind(id), count)).collect();
        assert_eq!(
            kinds,
            [
                ("Call".into(), TermKind::Token(TokenKind::Word), 1),
                ("2,000".into(), TermKind::Token(TokenKind::Number), 2),
                ("ferries".into(), TermKind::Token(TokenKind::Word), 1),
                ("www.harbour.example".into(), TermKind::Token(TokenKind::Url), 1),
                ("@PortEllery".into(), TermKind::Token(TokenKind::Handle), 1),
            ]
        );
    }

    #[test]
    fn stemming_groups_inflections_and_shows_the_commonest_form() {
        let text = "Negotiations resumed. The negotiations stalled, negotiations failed; negotiation and they negotiate. US us";
        let stemmed = counted(&[text], &KeywordOptions { stemming: true, phrases: false, ..KeywordOptions::default() });
        assert_eq!(count_of(&stemmed, "negotiations"), Some(5), "{stemmed:?}");
        assert_eq!((count_of(&stemmed, "US"), count_of(&stemmed, "us")), (Some(1), Some(1)));
        let plain = counted(&[text], &words_only());
        assert_eq!(count_of(&plain, "negotiations"), Some(3), "{plain:?}");
    }

    #[test]
    fn names_count_under_the_fullest_form_of_their_own_article() {
        let texts = [
            "Defence Secretary Pete Hegseth spoke. Mr Hegseth said the fleet was ready. Hegseth left.",
            "Hegseth arrived late. Hegseth met Ines Okafor in Port Ellery.",
            "Pete Hegseth and Mayor Okafor spoke to the U.S. Senate.",
            "Two Russian ships docked. The Russian crew left. “Pete Hegseth agreed,” said Hegseth. He counted two.",
        ];
        let mut counter = Counter::new(&words_only());
        let counts: Vec<TermCounts> = texts
            .iter()
            .map(|text| counter.count_article_with_names(None, text, &counted_names(text, &Names::find(text))))
            .collect();
        let vocabulary = counter.vocabulary();
        let of_kind = |counts: &TermCounts, kind: TermKind| {
            let mut found: Vec<(String, u32)> = counts
                .terms()
                .filter(|&(id, _)| vocabulary.kind(id) == kind)
                .map(|(id, count)| (vocabulary.display(id).into_owned(), count))
                .collect();
            found.sort();
            found
        };
        let named =
            |pairs: &[(&str, u32)]| pairs.iter().map(|&(name, count)| (name.to_string(), count)).collect::<Vec<_>>();
        assert_eq!(of_kind(&counts[0], TermKind::Name), named(&[("Pete Hegseth", 3)]));
        assert_eq!(
            of_kind(&counts[1], TermKind::Name),
            named(&[("Hegseth", 2), ("Ines Okafor", 1), ("Port Ellery", 1)])
        );
        assert_eq!(of_kind(&counts[2], TermKind::Name), named(&[("Okafor", 1), ("Pete Hegseth", 1), ("Senate", 1)]));
        // "Two Russian" is written only where any word has a capital, and says nothing of a gender.
        assert_eq!(
            of_kind(&counts[3], TermKind::Name),
            named(&[("Pete Hegseth", 2), ("Russian", 1), ("Two Russian", 1)])
        );
        let words = of_kind(&counts[0], TermKind::Token(TokenKind::Word));
        assert!(words.contains(&("Hegseth".to_string(), 3)), "the words stay words: {words:?}");
        assert!(counts.iter().all(|counts| counts
            .terms()
            .collect::<Vec<_>>()
            .windows(2)
            .all(|pair| pair[0].0 < pair[1].0)));
        assert_eq!(vocabulary.find_name("Pete Hegseth’s"), vocabulary.find_name("pete hegseth"));
        assert!(vocabulary.find_name("Pete Hegseth").is_some());
        assert_eq!(vocabulary.find_name("Hegseth Pete"), None);
    }

    #[test]
    fn counting_reuses_its_buffers_between_articles() {
        let mut counter = Counter::new(&words_only());
        let first = counter.count_article(None, "levy levy harbour");
        let second = counter.count_article(None, "harbour");
        let first: Vec<_> = first.terms().collect();
        assert_eq!(first.iter().map(|&(_, count)| count).collect::<Vec<_>>(), [2, 1]);
        assert_eq!(second.terms().collect::<Vec<_>>(), [(first[1].0, 1)]);
    }
}
