//! Keys: the folded form a token is counted under. Case, typographic
//! apostrophes and hyphens, and the dots of capitalised abbreviations are
//! folded ("Trump’s", "trump's" → `trump`; "U.S." → `US`), except that a word
//! in capitals whose lower case is a function word keeps its capitals, so
//! that the country "US" is not the pronoun "us" (nor "IT" the pronoun "it").
//! On a line written wholly in capitals (a shouted headline) that exception is
//! off, because there the capitals say nothing about the word. British and
//! American spellings share the American key ([`super::spelling`]).

use super::{tokens, Token, TokenKind};
use std::sync::OnceLock;

/// English function words: articles, pronouns, auxiliaries, prepositions,
/// conjunctions and the commonest determiners and adverbs, sorted, as one
/// string (a table of string slices would cost the wasm 8 bytes a word).
pub const FUNCTION_WORDS: &str =
    "a about above after again against all am an and any are as at be because been before being \
    below between both but by can could did do does doing down during each either even ever \
    every few for from further had has have having he he'd he'll he's her here hers herself him \
    himself his how i i'd i'll i'm i've if in into is it it's its itself just let's may me might \
    more most much must my myself neither no nor not now of off on once only or other our ours \
    ourselves out over own same shall she she'd she'll she's should so some such than that \
    that's the their theirs them themselves then there there's these they they'd they'll they're \
    they've this those through to too under until up upon us very was we we'd we'll we're we've \
    were what what's when where whether which while who who's whom whose why will with within \
    without would yet you you'd you'll you're you've your yours yourself yourselves";

/// Folds the tokens of one text; remembers whether the current line is
/// written in capitals, which is only looked up for words in capitals.
pub struct Keys<'a> {
    text: &'a str,
    /// Whether a line in capitals is taken as shouted; not for a word or query given on its own.
    lines_can_shout: bool,
    /// Byte range of the last line looked up, and whether it has lower-case letters.
    line: (usize, usize, bool),
}

/// How a token was written, beyond its key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Casing {
    /// A word in capitals: two capital letters or more, no lower-case letter.
    pub capitals: bool,
    /// Its key depends on whether its line is shouted: an undotted function word in capitals ("US").
    pub depends_on_line: bool,
    /// Written in capitals on a line that is all capitals: its written form says nothing about the word.
    pub shouted: bool,
}

impl<'a> Keys<'a> {
    pub fn new(text: &'a str) -> Self {
        Keys { text, lines_can_shout: true, line: (0, 0, true) }
    }

    /// For a word or a query given on its own: "US" alone is the country.
    pub fn standalone(text: &'a str) -> Self {
        Keys { text, lines_can_shout: false, line: (0, 0, true) }
    }

    /// Writes the key of `token` (a token of this text) into `key`.
    pub fn fold(&mut self, token: &Token, key: &mut String) -> Casing {
        let form = &self.text[token.start..token.form_end];
        let capitals = fold_form(form, token.kind, key);
        if token.kind == TokenKind::Word {
            super::spelling::fold(form, key);
        }
        let shouted = capitals && self.is_shouted(token.start);
        let kept = capitals && keeps_capitals(key);
        let dotted = form.contains('.');
        if kept && (!shouted || dotted) {
            key.make_ascii_uppercase();
        }
        Casing { capitals, depends_on_line: kept && !dotted, shouted }
    }

    /// Whether a word in capitals at byte `at` is shouted: its line has no
    /// lower-case letter. Lines are looked up once each.
    pub fn is_shouted(&mut self, at: usize) -> bool {
        if !self.lines_can_shout {
            return false;
        }
        let (start, end, has_lower) = self.line;
        if (start..end).contains(&at) {
            return !has_lower;
        }
        let bytes = self.text.as_bytes();
        let start = bytes[..at].iter().rposition(|&byte| byte == b'\n').map_or(0, |newline| newline + 1);
        let end = bytes[at..].iter().position(|&byte| byte == b'\n').map_or(bytes.len(), |newline| at + newline);
        let has_lower = self.text[start..end].chars().any(char::is_lowercase);
        self.line = (start, end, has_lower);
        !has_lower
    }
}

/// Writes the folded `form` into `key`. Returns whether the form is a word in
/// capitals: two capital letters or more and no lower-case letter.
fn fold_form(form: &str, kind: TokenKind, key: &mut String) -> bool {
    key.clear();
    if form.is_ascii() && !form.contains('.') {
        key.push_str(form);
        let upper = form.bytes().filter(u8::is_ascii_uppercase).count();
        if upper == 0 {
            return false;
        }
        key.make_ascii_lowercase();
        return kind == TokenKind::Word && upper >= 2 && !form.bytes().any(|byte| byte.is_ascii_lowercase());
    }
    // The dots of an abbreviation with capitals: "U.S." is "US", "Ph.D." is "PhD".
    let drops_dots = kind == TokenKind::Word && form.chars().any(char::is_uppercase);
    let (mut upper, mut lower) = (0, 0);
    for c in form.chars() {
        match c {
            '’' | 'ʼ' => key.push('\''),
            '‐' | '‑' => key.push('-'),
            '.' if drops_dots => {}
            _ if c.is_uppercase() => {
                upper += 1;
                key.extend(crate::case::lower(c));
            }
            _ => {
                lower += usize::from(c.is_lowercase());
                key.push(c);
            }
        }
    }
    kind == TokenKind::Word && upper >= 2 && lower == 0
}

/// Whether a word in capitals keeps them in its key: it is a function word
/// in lower case ("US", "IT"), not a contraction ("IT'S" is "it's").
fn keeps_capitals(key: &str) -> bool {
    !key.contains('\'') && is_function_word(key)
}

fn is_function_word(key: &str) -> bool {
    static SORTED: OnceLock<Vec<&str>> = OnceLock::new();
    SORTED.get_or_init(|| FUNCTION_WORDS.split_ascii_whitespace().collect()).binary_search(&key).is_ok()
}

/// The key of a word given on its own (a stop word, a query): the key of its
/// first token, never shouted. `None` when `word` has no token.
pub fn key_of(word: &str) -> Option<String> {
    let token = tokens(word).next()?;
    let mut key = String::new();
    Keys::standalone(word).fold(&token, &mut key);
    Some(key)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(text: &str) -> Vec<(String, bool)> {
        let mut keys = Keys::new(text);
        let mut key = String::new();
        tokens(text)
            .map(|token| {
                let casing = keys.fold(&token, &mut key);
                (key.clone(), casing.shouted)
            })
            .collect()
    }

    fn plain_keys(text: &str) -> Vec<String> {
        keys(text).into_iter().map(|(key, _)| key).collect()
    }

    #[test]
    fn folds_case_apostrophes_hyphens_and_possessives() {
        let cases: &[(&str, &[&str])] = &[
            ("Trump’s trump's TRUMP", &["trump", "trump", "trump"]),
            ("Don’t don't ÉLAN cease‐fire", &["don't", "don't", "élan", "cease-fire"]),
            ("it's IT’S", &["it's", "it's"]),
            (
                "#PortEllery @Harbour_Herald WWW.Valley.Example",
                &["#portellery", "@harbour_herald", "www.valley.example"],
            ),
            ("2,000 COVID-19", &["2,000", "covid-19"]),
        ];
        for (text, expected) in cases {
            assert_eq!(plain_keys(text), *expected, "text {text:?}");
        }
    }

    #[test]
    fn capitalised_abbreviations_lose_their_dots_and_group_with_the_plain_form() {
        let cases: &[(&str, &[&str])] = &[
            ("the U.S. or US or U.S, then", &["the", "US", "or", "US", "or", "US", "then"]),
            ("U.K. UK uk", &["uk", "uk", "uk"]),
            ("U.N.'s vote", &["un", "vote"]),
            ("9 a.m. E.U.-led", &["9", "a.m.", "eu-led"]),
        ];
        for (text, expected) in cases {
            assert_eq!(plain_keys(text), *expected, "text {text:?}");
        }
    }

    #[test]
    fn capitals_keep_a_function_word_apart_unless_the_line_is_shouted() {
        let cases: &[(&str, &[(&str, bool)])] = &[
            (
                "Tell us about the US",
                &[("tell", false), ("us", false), ("about", false), ("the", false), ("US", false)],
            ),
            ("IT staff and I", &[("IT", false), ("staff", false), ("and", false), ("i", false)]),
            (
                "US TO LEAVE\nThe US left",
                &[("us", true), ("to", true), ("leave", true), ("the", false), ("US", false), ("left", false)],
            ),
            ("U.S. TROOPS", &[("US", true), ("troops", true)]),
        ];
        for (text, expected) in cases {
            let expected: Vec<_> = expected.iter().map(|&(key, shouted)| (key.to_string(), shouted)).collect();
            assert_eq!(keys(text), expected, "text {text:?}");
        }
    }

    #[test]
    fn only_an_undotted_function_word_in_capitals_depends_on_its_line() {
        for (text, depends) in
            [("US", true), ("IT", true), ("U.S.", false), ("NATO", false), ("IT'S", false), ("us", false)]
        {
            let token = tokens(text).next().unwrap();
            let casing = Keys::new(text).fold(&token, &mut String::new());
            assert_eq!(casing.depends_on_line, depends, "{text:?}");
        }
    }

    #[test]
    fn a_word_on_its_own_folds_like_a_token() {
        let cases =
            [("US", Some("US")), ("us", Some("us")), ("U.S.", Some("US")), ("Trump’s", Some("trump")), (" ", None)];
        for (word, expected) in cases {
            assert_eq!(key_of(word).as_deref(), expected, "{word:?}");
        }
    }

    #[test]
    fn function_words_are_sorted_for_binary_search() {
        let words: Vec<&str> = FUNCTION_WORDS.split_ascii_whitespace().collect();
        assert!(words.windows(2).all(|pair| pair[0] < pair[1]));
        assert!((150..=200).contains(&words.len()), "{} function words", words.len());
    }
}
