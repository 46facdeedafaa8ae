//! Frame owns the reading of the words around a quotation: the text of its
//! sentence becomes words, each with the classes attribution asks about
//! (determiner, preposition, reporting verb…, from one table lookup), and
//! the punctuation that structures an attribution (commas around
//! appositives, colons, dashes, sentence ends).

use std::ops::Range;
use std::sync::OnceLock;

use rustc_hash::FxHashMap;

use super::verbs;
use crate::bytescan::{self, short_key};
use crate::names::{self, Gender};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Word,
    Comma,
    Colon,
    Dash,
    /// A full stop, question or exclamation mark that ends a sentence.
    Stop,
    Open,
    Close,
}

/// What a word can do in an attribution, as bits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Class(u16);

impl Class {
    /// "a", "the", "his", "two"…
    pub const DETERMINER: Class = Class(1);
    /// Looked through at the start of a phrase: "and", "but", "also"…
    pub const CONJUNCTION: Class = Class(1 << 1);
    /// "who", "which", "that"…
    pub const RELATIVE: Class = Class(1 << 2);
    pub const PREPOSITION: Class = Class(1 << 3);
    /// Opens a phrase or clause that is not a subject: "in", "when", "asked"…
    pub const LEADS_CLAUSE: Class = Class(1 << 4);
    /// Stands between a subject and its verb: "has", "also", "was quoted as"…
    pub const AUXILIARY: Class = Class(1 << 5);
    /// A reporting verb in a form that reports ("said", "warns"; not the noun "post").
    pub const REPORTING: Class = Class(1 << 6);
    pub const HE: Class = Class(1 << 7);
    pub const SHE: Class = Class(1 << 8);
    /// "they", "it", "we", "I", "you", and objects ("me", "him"): no one attribution can name.
    pub const OTHER_PRONOUN: Class = Class(1 << 9);
    /// "is", "was", "been"…: before a past participle, a passive.
    pub const BE: Class = Class(1 << 10);
    /// Opens a clause after a subject: "said Holm as she left", "came after Moore suggested".
    pub const SUBORDINATOR: Class = Class(1 << 11);
    /// A day or span of time that can stand between a subject and its verb: "Wilk on Friday said".
    pub const TIME: Class = Class(1 << 12);
    /// Before a [`Class::TIME`] word in the same phrase: "late on Friday", "earlier this week".
    pub const TIME_MODIFIER: Class = Class(1 << 13);

    pub fn has(self, class: Class) -> bool {
        self.0 & class.0 != 0
    }

    /// The gender of "he" or "she".
    pub fn pronoun(self) -> Option<Gender> {
        if self.has(Class::HE) {
            Some(Gender::Male)
        } else if self.has(Class::SHE) {
            Some(Gender::Female)
        } else {
            None
        }
    }
}

/// The classes of `word`, in any case.
pub fn class_of(word: &str) -> Class {
    class_of_at(word.as_bytes(), 0..word.len())
}

/// The classes of the word at `range` of `text`.
fn class_of_at(text: &[u8], range: Range<usize>) -> Class {
    static TABLE: OnceLock<FxHashMap<u128, Class>> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let mut table: FxHashMap<u128, Class> = FxHashMap::default();
        let lists = [
            (DETERMINERS, Class::DETERMINER),
            (CONJUNCTIONS, Class::CONJUNCTION),
            (RELATIVES, Class::RELATIVE),
            (PREPOSITIONS, Class::PREPOSITION),
            (LEADS_CLAUSE, Class::LEADS_CLAUSE),
            (AUXILIARIES, Class::AUXILIARY),
            ("he", Class::HE),
            ("she", Class::SHE),
            ("him i it me them they us we you", Class::OTHER_PRONOUN),
            ("are be been being is was were", Class::BE),
            (SUBORDINATORS, Class::SUBORDINATOR),
            (TIMES, Class::TIME),
            ("early earlier last late later next on the this", Class::TIME_MODIFIER),
        ];
        let forms = verbs::reporting_forms();
        let words = lists
            .iter()
            .flat_map(|(list, class)| list.split_ascii_whitespace().map(move |word| (word, *class)))
            .chain(forms.iter().map(|form| (form.as_str(), Class::REPORTING)));
        for (word, class) in words {
            if let Some(key) = short_key(word) {
                table.entry(key).or_default().0 |= class.0;
            }
        }
        table
    });
    bytescan::key_at(text, range.start, range.len()).and_then(|key| table.get(&key)).copied().unwrap_or_default()
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub range: Range<usize>,
    pub kind: Kind,
    /// The classes of a word; none for punctuation.
    pub class: Class,
}

impl Token {
    pub fn is(&self, class: Class) -> bool {
        self.kind == Kind::Word && self.class.has(class)
    }
}

/// The tokens of `text[range]`.
pub fn tokens(text: &str, range: Range<usize>) -> Vec<Token> {
    let bytes = text.as_bytes();
    let mut tokens: Vec<Token> = Vec::with_capacity(range.len() / 5);
    let mut at = range.start;
    while at < range.end {
        let byte = bytes[at];
        if byte.is_ascii_whitespace() {
            at += 1;
            continue;
        }
        let c = if byte < 0x80 { char::from(byte) } else { text[at..].chars().next().unwrap_or(' ') };
        if c.is_alphanumeric() {
            let end = word_end(text, at, range.end);
            // In capitals, "WHO" and "IT" are names, not "who" and "it".
            let in_capitals = end - at > 1 && bytes[at..end].iter().all(u8::is_ascii_uppercase);
            let class = if in_capitals { Class::default() } else { class_of_at(bytes, at..end) };
            tokens.push(Token { range: at..end, kind: Kind::Word, class });
            at = end;
            continue;
        }
        let kind = match c {
            _ if c.is_whitespace() => None,
            ',' => Some(Kind::Comma),
            ':' => Some(Kind::Colon),
            '—' | '–' | '―' | '‒' | '-' => Some(Kind::Dash),
            '.' | '!' | '?' if names::ends_sentence(text, at) => Some(Kind::Stop),
            // The full stop of an abbreviation or a number.
            '.' => None,
            '(' | '[' => Some(Kind::Open),
            ')' | ']' => Some(Kind::Close),
            // Other punctuation ("9/11", stray marks) structures nothing an attribution needs.
            _ => None,
        };
        if let Some(kind) = kind {
            tokens.push(Token { range: at..at + c.len_utf8(), kind, class: Class::default() });
        }
        at += c.len_utf8();
    }
    tokens
}

/// The end of the word that starts at `start`, before `limit`: letters and
/// digits, with apostrophes, hyphens, full stops and ampersands between them
/// ("O'Brien", "U.S", "1.8", "AT&T").
fn word_end(text: &str, start: usize, limit: usize) -> usize {
    let bytes = &text.as_bytes()[..limit];
    let starts_word = |at: usize| match bytes.get(at) {
        Some(byte) if byte.is_ascii() => byte.is_ascii_alphanumeric(),
        Some(_) => text[at..].chars().next().is_some_and(char::is_alphanumeric),
        None => false,
    };
    let mut at = start;
    loop {
        while bytes.get(at).is_some_and(u8::is_ascii_alphanumeric) {
            at += 1;
        }
        let Some(&byte) = bytes.get(at) else { return at };
        let (len, joins) = if byte < 0x80 {
            (1, matches!(byte, b'\'' | b'-' | b'.' | b'&'))
        } else {
            match text[at..].chars().next() {
                Some(c) if c.is_alphanumeric() => {
                    at += c.len_utf8();
                    continue;
                }
                Some(c) => (c.len_utf8(), matches!(c, '’' | '‐')),
                None => return at,
            }
        };
        if !(joins && starts_word(at + len)) {
            return at;
        }
        at += len;
    }
}

/// Where the sentence that holds `at` starts, looking back no further than `floor`.
pub fn sentence_start(text: &str, floor: usize, at: usize) -> usize {
    let bytes = &text.as_bytes()[floor..at];
    let stop = bytes
        .iter()
        .enumerate()
        .rev()
        .filter(|&(_, &byte)| matches!(byte, b'.' | b'!' | b'?'))
        .find(|&(offset, _)| names::ends_sentence(text, floor + offset));
    let start = stop.map_or(floor, |(offset, _)| floor + offset + 1);
    start + (text[start..at].len() - text[start..at].trim_start().len())
}

/// Where the sentence that goes on at `at` ends (just after its stop),
/// looking no further than `ceiling`.
pub fn sentence_end(text: &str, at: usize, ceiling: usize) -> usize {
    let bytes = text.as_bytes();
    let mut from = at;
    loop {
        use bytescan::equal;
        let stop = bytescan::find(
            &bytes[..ceiling],
            from,
            |word| equal(word, b'.') | equal(word, b'!') | equal(word, b'?'),
            |byte| matches!(byte, b'.' | b'!' | b'?'),
        );
        if stop >= ceiling {
            return ceiling;
        }
        if names::ends_sentence(text, stop) {
            return stop + 1;
        }
        from = stop + 1;
    }
}

const DETERMINERS: &str =
    "a an another any both each every five four her his its many my no one other our several some \
    the their these this those three two your";

const CONJUNCTIONS: &str = "also and but or so still then while yet";

const RELATIVES: &str = "that where which who whom whose";

const PREPOSITIONS: &str = "about after against among at before between by for from in including into like of on \
    over than to toward towards under via with";

const LEADS_CLAUSE: &str =
    "about after against although amid among as asked at because before by despite during earlier elsewhere \
    exclusive for friday from further here however if in indeed instead last later like meanwhile monday \
    next not now of on once over saturday since speaking sunday then there this though through thursday to \
    today tonight tuesday under unlike until wednesday when while with without writing yesterday";

const AUXILIARIES: &str = "again already also always are as be been can could did do does earlier even first further \
    had has have is just later long may might must never not now often on once previously quoted should since still \
    then to was went were will would";

const SUBORDINATORS: &str = "after although as because before if since though until when while";

const TIMES: &str = "evening friday monday month morning night saturday sunday thursday today tonight tuesday \
    wednesday week weekend year yesterday";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_and_structuring_punctuation() {
        let text = "Mr. O'Brien, the U.S. envoy (R-Ore.), said: 1.8 million — done.";
        let found: Vec<(&str, Kind)> =
            tokens(text, 0..text.len()).into_iter().map(|token| (&text[token.range], token.kind)).collect();
        assert_eq!(
            found,
            [
                ("Mr", Kind::Word),
                ("O'Brien", Kind::Word),
                (",", Kind::Comma),
                ("the", Kind::Word),
                ("U.S", Kind::Word),
                ("envoy", Kind::Word),
                ("(", Kind::Open),
                ("R-Ore", Kind::Word),
                (")", Kind::Close),
                (",", Kind::Comma),
                ("said", Kind::Word),
                (":", Kind::Colon),
                ("1.8", Kind::Word),
                ("million", Kind::Word),
                ("—", Kind::Dash),
                ("done", Kind::Word),
                (".", Kind::Stop),
            ]
        );
    }

    #[test]
    fn words_carry_their_classes() {
        let cases = [
            ("The", Class::DETERMINER),
            ("said", Class::REPORTING),
            ("Warned", Class::REPORTING),
            ("He", Class::HE),
            ("she", Class::SHE),
            ("they", Class::OTHER_PRONOUN),
            ("which", Class::RELATIVE),
        ];
        for (word, class) in cases {
            assert!(class_of(word).has(class), "{word}");
        }
        assert!(!class_of("post").has(Class::REPORTING), "the bare noun-like form does not report");
        assert!(class_of("posted").has(Class::REPORTING));
        assert!(class_of("in").has(Class::PREPOSITION) && class_of("in").has(Class::LEADS_CLAUSE));
        assert_eq!(class_of("harbour"), Class::default());
    }

    #[test]
    fn sentences_are_found_around_a_position() {
        let text = "Mr. Wilk spoke. The U.S. envoy (R-Ore.) agreed at 1.8 knots! Then: done";
        let envoy = text.find("envoy").unwrap_or_default();
        assert_eq!(&text[sentence_start(text, 0, envoy)..envoy], "The U.S. ");
        assert_eq!(&text[envoy..sentence_end(text, envoy, text.len())], "envoy (R-Ore.) agreed at 1.8 knots!");
        assert_eq!(sentence_end(text, text.len() - 4, text.len()), text.len());
        assert_eq!(sentence_start(text, 20, envoy), 20);
    }
}
