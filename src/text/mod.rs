//! Text owns tokenisation: an article's text becomes [`Token`]s with byte
//! offsets, a kind and the strength of the break before each one, and each
//! token gets the folded key it is counted under ([`Keys`]).
//!
//! The rules, each tested below on written examples:
//! - A word is a run of letters and digits (any script). An apostrophe (`'`,
//!   `’`, `ʼ`) followed by a letter and a hyphen (`-`, `‐`, `‑`) followed by a
//!   letter or digit stay inside it: "don't", "ceasefire-related", "COVID-19".
//! - A possessive `'s` belongs to its word but not to its counted form
//!   ([`Token::form_end`]): "Trump’s" counts as "Trump". Contractions stay
//!   whole: "it's", "that's", "let's", "don't", "won't".
//! - Dotted abbreviations are one token: "U.S.", "U.K.", "a.m.", also "U.S.-led".
//! - Numbers ("2,000", "3.5", "2019-20") are tokens of kind [`TokenKind::Number`].
//! - URLs, e-mail addresses, @handles and #hashtags are single tokens of their own kinds.
//! - Between two tokens the strongest break is kept: none (spaces only),
//!   punctuation (comma, colon, quotation mark, dash, bracket…) or sentence
//!   (`.`, `!`, `?`, a line break, or the start of the text). The period after
//!   a title or an initial ("Mr.", "Dr.", "John F. Kennedy") is no break.

mod key;
mod spelling;

pub use key::{key_of, Keys, FUNCTION_WORDS};

/// What separates a token from the one before it. Ordered by strength.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Boundary {
    /// Only spaces: the two tokens may form a phrase.
    None,
    Punctuation,
    /// A sentence end, a line break, or the start of the text.
    Sentence,
}

/// Written in lower case, as the report's `kind` of a term ([`TokenKind::as_str`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Number,
    Url,
    Email,
    Handle,
    Hashtag,
}

impl TokenKind {
    pub fn as_str(self) -> &'static str {
        match self {
            TokenKind::Word => "word",
            TokenKind::Number => "number",
            TokenKind::Url => "url",
            TokenKind::Email => "email",
            TokenKind::Handle => "handle",
            TokenKind::Hashtag => "hashtag",
        }
    }
}

/// One token of a text, by byte offsets into it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    /// End of the whole token, a possessive `'s` included.
    pub end: usize,
    /// End of the counted form: before a possessive `'s`, else `end`.
    pub form_end: usize,
    pub kind: TokenKind,
    pub boundary: Boundary,
}

/// The tokens of `text`, in order.
pub fn tokens(text: &str) -> Tokens<'_> {
    Tokens { text, position: 0, period_is_no_break: false }
}

pub struct Tokens<'a> {
    text: &'a str,
    position: usize,
    /// The previous token was a title or an initial directly followed by a period.
    period_is_no_break: bool,
}

/// What an ASCII byte is to the scanner.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    Word,
    Space,
    /// A line break, `!` or `?`.
    SentenceEnd,
    Period,
    /// `@` or `#`, which may open a handle or a hashtag.
    Tag,
    Punctuation,
    /// The first byte of a character beyond ASCII.
    Wide,
}

const CLASSES: [Class; 256] = {
    let mut classes = [Class::Punctuation; 256];
    let mut byte = 0;
    while byte < 256 {
        let b = byte as u8;
        classes[byte] = match b {
            b'0'..=b'9' | b'a'..=b'z' | b'A'..=b'Z' => Class::Word,
            b' ' | b'\t' | b'\r' | 0x0b | 0x0c => Class::Space,
            b'\n' | b'!' | b'?' => Class::SentenceEnd,
            b'.' => Class::Period,
            b'@' | b'#' => Class::Tag,
            0x80..=0xff => Class::Wide,
            _ => Class::Punctuation,
        };
        byte += 1;
    }
    classes
};

fn class(byte: u8) -> Class {
    CLASSES[byte as usize]
}

impl Iterator for Tokens<'_> {
    type Item = Token;

    fn next(&mut self) -> Option<Token> {
        let bytes = self.text.as_bytes();
        let mut boundary = if self.position == 0 { Boundary::Sentence } else { Boundary::None };
        let mut period_is_no_break = std::mem::take(&mut self.period_is_no_break);
        let mut index = self.position;
        loop {
            let &byte = bytes.get(index)?;
            let mut width = 1;
            let gap = match class(byte) {
                Class::Word => break,
                Class::Space => Boundary::None,
                Class::Period if period_is_no_break => Boundary::None,
                Class::SentenceEnd | Class::Period => Boundary::Sentence,
                Class::Tag if self.starts_tag(index) => break,
                Class::Tag | Class::Punctuation => Boundary::Punctuation,
                Class::Wide => {
                    let c = char_at(self.text, index)?;
                    if is_word_char(c) {
                        break;
                    }
                    width = c.len_utf8();
                    match c {
                        '\u{2028}' | '\u{2029}' => Boundary::Sentence,
                        _ if c.is_whitespace() => Boundary::None,
                        _ => Boundary::Punctuation,
                    }
                }
            };
            boundary = boundary.max(gap);
            period_is_no_break = false;
            index += width;
        }
        let start = index;
        let (end, kind, joined_apostrophe) = self.scan_token(start);
        let form_end = if joined_apostrophe { possessive_start(&self.text[start..end]) + start } else { end };
        // The kind is the form's: "1.8’s" is the number 1.8, whichever way an article writes it first.
        let kind = if joined_apostrophe
            && kind == TokenKind::Word
            && !self.text[start..form_end].chars().any(char::is_alphabetic)
        {
            TokenKind::Number
        } else {
            kind
        };
        self.position = end;
        self.period_is_no_break =
            kind == TokenKind::Word && bytes.get(end) == Some(&b'.') && is_title(&self.text[start..end]);
        Some(Token { start, end, form_end, kind, boundary })
    }
}

impl Tokens<'_> {
    /// `@` or `#` at `index` opens a handle or a hashtag: it follows no word
    /// character and is followed by one.
    fn starts_tag(&self, index: usize) -> bool {
        let bytes = self.text.as_bytes();
        let after_word = index > 0 && bytes[index - 1].is_ascii_alphanumeric();
        let next = char_at(self.text, index + 1);
        !after_word
            && match bytes[index] {
                b'@' => next.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_'),
                _ => next.is_some_and(char::is_alphabetic),
            }
    }

    /// The end and kind of the token starting at `start`, a word character or
    /// the `@`/`#` of a tag, and whether an apostrophe joined two of its parts.
    fn scan_token(&self, start: usize) -> (usize, TokenKind, bool) {
        let bytes = self.text.as_bytes();
        match bytes[start] {
            b'@' => return (self.scan_tag(start + 1), TokenKind::Handle, false),
            b'#' => return (self.scan_tag(start + 1), TokenKind::Hashtag, false),
            b'h' | b'H' | b'w' | b'W' => {
                if let Some(end) = url_end(bytes, start) {
                    return (end, TokenKind::Url, false);
                }
            }
            _ => {}
        }
        let mut from = start;
        if bytes.get(start + 1) == Some(&b'.') {
            if let Some(end) = abbreviation_end(bytes, start) {
                if !is_hyphen_joining(self.text, end) {
                    let possessive = possessive_suffix_length(self.text, end);
                    return (end + possessive, TokenKind::Word, possessive > 0);
                }
                from = end;
            }
        }
        let (end, joined_apostrophe) = self.scan_word(from);
        if let Some(end) = email_end(bytes, start, end) {
            return (end, TokenKind::Email, false);
        }
        let has_letter = bytes[start].is_ascii_alphabetic() || self.text[start..end].chars().any(char::is_alphabetic);
        (end, if has_letter { TokenKind::Word } else { TokenKind::Number }, joined_apostrophe)
    }

    /// The end of the word whose characters continue at `index`, and whether
    /// an apostrophe joined two of its parts.
    fn scan_word(&self, mut index: usize) -> (usize, bool) {
        let bytes = self.text.as_bytes();
        let mut joined_apostrophe = false;
        loop {
            while bytes.get(index).is_some_and(|&byte| class(byte) == Class::Word) {
                index += 1;
            }
            let Some(&byte) = bytes.get(index) else { return (index, joined_apostrophe) };
            let (c, width) = match byte {
                b' ' | b'\n' => return (index, joined_apostrophe),
                0x80.. => match char_at(self.text, index) {
                    Some(c) if is_word_char(c) => {
                        index += c.len_utf8();
                        continue;
                    }
                    Some(c) => (c, c.len_utf8()),
                    None => return (index, joined_apostrophe),
                },
                _ => (char::from(byte), 1),
            };
            let next = || char_at(self.text, index + width);
            let joins = match c {
                '\'' | '’' | 'ʼ' => {
                    let joins = next().is_some_and(char::is_alphabetic);
                    joined_apostrophe |= joins;
                    joins
                }
                '-' | '‐' | '‑' => next().is_some_and(is_word_char),
                // Decimal and thousands separators: "3.5", "2,000".
                '.' | ',' => {
                    index > 0
                        && bytes[index - 1].is_ascii_digit()
                        && bytes.get(index + 1).is_some_and(u8::is_ascii_digit)
                }
                _ => false,
            };
            if !joins {
                return (index, joined_apostrophe);
            }
            index += width;
        }
    }

    fn scan_tag(&self, mut index: usize) -> usize {
        while let Some(c) = char_at(self.text, index).filter(|&c| is_word_char(c) || c == '_') {
            index += c.len_utf8();
        }
        index
    }
}

/// The character starting at byte `index`, if `index` is inside `text` and on a boundary.
fn char_at(text: &str, index: usize) -> Option<char> {
    text.get(index..)?.chars().next()
}

/// Letters, digits and combining marks (accents written as separate characters).
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || ('\u{300}'..='\u{36f}').contains(&c)
}

fn is_hyphen_joining(text: &str, index: usize) -> bool {
    char_at(text, index).is_some_and(|c| matches!(c, '-' | '‐' | '‑'))
        && char_at(text, index + 1).is_some_and(is_word_char)
}

/// The length of a possessive `'s` (ending a word) at `index`, or 0.
fn possessive_suffix_length(text: &str, index: usize) -> usize {
    let Some(apostrophe) = char_at(text, index).filter(|c| matches!(c, '\'' | '’' | 'ʼ')) else { return 0 };
    let s = index + apostrophe.len_utf8();
    let bytes = text.as_bytes();
    let ends_word = !bytes.get(s + 1).is_some_and(u8::is_ascii_alphanumeric);
    if matches!(bytes.get(s), Some(b's' | b'S')) && ends_word {
        s + 1 - index
    } else {
        0
    }
}

/// Single letters each followed by a period: "U.S.", "a.m.", "U.K."; the last
/// period may be missing ("U.S").
fn abbreviation_end(bytes: &[u8], start: usize) -> Option<usize> {
    let letter = |index: usize| bytes.get(index).is_some_and(u8::is_ascii_alphabetic);
    let alphanumeric = |index: usize| bytes.get(index).is_some_and(u8::is_ascii_alphanumeric);
    let mut index = start;
    let mut letters = 0;
    while letter(index) && bytes.get(index + 1) == Some(&b'.') {
        index += 2;
        letters += 1;
        if !letter(index) || alphanumeric(index + 1) {
            break;
        }
    }
    if letters >= 2 {
        Some(index)
    } else if letters == 1 && letter(index) && !alphanumeric(index + 1) {
        Some(index + 1)
    } else {
        None
    }
}

/// A URL starting at `start`: "http://", "https://" or "www." and at least
/// one character of an address after it (so that "http://" alone is the
/// word "http" wherever it is written, in a text or in a query).
fn url_end(bytes: &[u8], start: usize) -> Option<usize> {
    let rest = &bytes[start..];
    let opens = |prefix: &[u8]| rest.len() > prefix.len() && rest[..prefix.len()].eq_ignore_ascii_case(prefix);
    let prefix = [&b"http://"[..], b"https://", b"www."].into_iter().find(|prefix| opens(prefix))?;
    let length = rest.iter().position(|&byte| byte.is_ascii_whitespace() || b"<>\"".contains(&byte) || byte >= 0x80);
    let mut end = start + length.unwrap_or(rest.len());
    while end > start && b".,;:!?)]}'".contains(&bytes[end - 1]) {
        end -= 1;
    }
    (end > start + prefix.len()).then_some(end)
}

/// An e-mail address starting at `start`, whose first word ends at `word_end`.
fn email_end(bytes: &[u8], start: usize, word_end: usize) -> Option<usize> {
    let continues = |index: usize| bytes.get(index).is_some_and(u8::is_ascii_alphanumeric);
    match bytes.get(word_end) {
        Some(b'@') => {}
        Some(b'.' | b'_' | b'+' | b'-') if continues(word_end + 1) => {}
        _ => return None,
    }
    let local = |byte: &u8| byte.is_ascii_alphanumeric() || b"._%+-".contains(byte);
    let at = start + bytes[start..].iter().position(|byte| !local(byte))?;
    if bytes.get(at) != Some(&b'@') {
        return None;
    }
    let label = |index: usize| bytes.get(index).is_some_and(|byte| byte.is_ascii_alphanumeric() || *byte == b'-');
    let mut end = at + 1;
    let mut labels = 0;
    loop {
        let label_start = end;
        while label(end) {
            end += 1;
        }
        if end == label_start {
            return None;
        }
        labels += 1;
        if bytes.get(end) == Some(&b'.') && label(end + 1) {
            end += 1;
        } else {
            break;
        }
    }
    (labels >= 2).then_some(end)
}

/// Where a possessive `'s` starts in `word`, or its length when there is none.
fn possessive_start(word: &str) -> usize {
    const CONTRACTED: &[&str] =
        &["he", "here", "how", "it", "let", "she", "that", "there", "this", "what", "when", "where", "who", "why"];
    let Some(base) = word.strip_suffix(['s', 'S']) else { return word.len() };
    let Some(base) = base.strip_suffix(['\'', '’', 'ʼ']) else { return word.len() };
    if base.is_empty() || CONTRACTED.iter().any(|contracted| contracted.eq_ignore_ascii_case(base)) {
        word.len()
    } else {
        base.len()
    }
}

/// Titles and initials whose period does not end a sentence: "Mr. Okafor", "Jan. 5", "John F. Kennedy".
fn is_title(word: &str) -> bool {
    const TITLES: &[&str] = &[
        "Capt", "Col", "Dr", "Gen", "Gov", "Hon", "Lt", "Mr", "Mrs", "Ms", "No", "Prof", "Rep", "Rev", "Sen", "Sgt",
        "St", "Jan", "Feb", "Aug", "Sept", "Oct", "Nov", "Dec",
    ];
    let mut chars = word.chars();
    match (chars.next(), chars.next()) {
        (Some(initial), None) => initial.is_uppercase(),
        _ => TITLES.contains(&word),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn token_texts(text: &str) -> Vec<&str> {
        tokens(text).map(|token| &text[token.start..token.end]).collect()
    }

    #[test]
    fn splits_words_and_keeps_inner_joiners() {
        let cases: &[(&str, &[&str])] = &[
            ("The harbour reopened.", &["The", "harbour", "reopened"]),
            (
                "Don’t stop—it's a ceasefire-related 'deal'",
                &["Don’t", "stop", "it's", "a", "ceasefire-related", "deal"],
            ),
            ("Zoë met Łukasz in Kraków, 2024", &["Zoë", "met", "Łukasz", "in", "Kraków", "2024"]),
            ("Zoe\u{301} left", &["Zoe\u{301}", "left"]),
            ("--- '' ’", &[]),
            ("end- -start", &["end", "start"]),
            ("COVID-19 and the 2019-20 season", &["COVID-19", "and", "the", "2019-20", "season"]),
            ("the students' union", &["the", "students", "union"]),
            ("won’t can't O'Reilly rock'n'roll", &["won’t", "can't", "O'Reilly", "rock'n'roll"]),
        ];
        for (text, expected) in cases {
            assert_eq!(token_texts(text), *expected, "text {text:?}");
        }
    }

    #[test]
    fn possessive_s_is_outside_the_counted_form_but_contractions_stay_whole() {
        let cases = [
            ("Trump's", "Trump"),
            ("Trump’s", "Trump"),
            ("OKAFOR'S", "OKAFOR"),
            ("James's", "James"),
            ("it's", "it's"),
            ("That’s", "That’s"),
            ("let's", "let's"),
            ("don't", "don't"),
            ("1990's", "1990"),
        ];
        for (text, form) in cases {
            let token = tokens(text).next().unwrap();
            assert_eq!((token.end, &text[token.start..token.form_end]), (text.len(), form), "{text:?}");
        }
    }

    #[test]
    fn dotted_abbreviations_are_one_token() {
        let cases: &[(&str, &[&str])] = &[
            ("the U.S. and the U.K. agreed", &["the", "U.S.", "and", "the", "U.K.", "agreed"]),
            ("at 9 a.m. on the U.N. floor", &["at", "9", "a.m.", "on", "the", "U.N.", "floor"]),
            ("U.S.-led talks", &["U.S.-led", "talks"]),
            ("in the U.S, then", &["in", "the", "U.S", "then"]),
            ("J.Smith wrote", &["J", "Smith", "wrote"]),
            ("Plan B. Then", &["Plan", "B", "Then"]),
        ];
        for (text, expected) in cases {
            assert_eq!(token_texts(text), *expected, "text {text:?}");
        }
    }

    #[test]
    fn kinds_of_tokens() {
        let text = "Mail desk@harbour-herald.example or @HarbourHerald #PortEllery https://harbour.example/a?b=1, \
                    www.valley.example. 2,000 tonnes at 3.5% in 2024 4x4 http://é";
        let kinds: Vec<_> = tokens(text).map(|token| (&text[token.start..token.end], token.kind)).collect();
        use TokenKind::*;
        assert_eq!(
            kinds,
            [
                ("Mail", Word),
                ("desk@harbour-herald.example", Email),
                ("or", Word),
                ("@HarbourHerald", Handle),
                ("#PortEllery", Hashtag),
                ("https://harbour.example/a?b=1", Url),
                ("www.valley.example", Url),
                ("2,000", Number),
                ("tonnes", Word),
                ("at", Word),
                ("3.5", Number),
                ("in", Word),
                ("2024", Number),
                ("4x4", Word),
                ("http", Word),
                ("é", Word),
            ]
        );
        // A possessive leaves a number a number.
        let possessive: Vec<_> = tokens("1.8’s and 2024's").map(|token| token.kind).collect();
        assert_eq!(possessive, [Number, Word, Number]);
    }

    #[test]
    fn a_tag_sign_inside_a_word_or_alone_is_punctuation() {
        assert_eq!(token_texts("AT@T # 5 #1 a@b"), ["AT", "T", "5", "1", "a", "b"]);
    }

    #[test]
    fn boundaries_record_the_strongest_break() {
        use Boundary::*;
        let text = "Port Ellery, said Mr. Okafor. “Ships (three) queued”\nthen left! John F. Kennedy";
        let breaks: Vec<_> = tokens(text).map(|token| (&text[token.start..token.end], token.boundary)).collect();
        assert_eq!(
            breaks,
            [
                ("Port", Sentence),
                ("Ellery", None),
                ("said", Punctuation),
                ("Mr", None),
                ("Okafor", None),
                ("Ships", Sentence),
                ("three", Punctuation),
                ("queued", Punctuation),
                ("then", Sentence),
                ("left", None),
                ("John", Sentence),
                ("F", None),
                ("Kennedy", None),
            ]
        );
    }

    #[test]
    fn any_mix_of_tricky_characters_gives_well_formed_tokens() {
        const PIECES: &[&str] = &[
            "a", "Z", "é", "9", ".", ",", "'", "’", "-", "‐", "@", "#", "_", " ", "\n", "s", "S", "U.", "www.",
            "http://", "🙂", "\u{301}", "\0", "…", "“",
        ];
        // A fixed linear congruential sequence: the same texts on every run.
        let mut state: u64 = 0x2545_f491_4f6c_dd1d;
        for _ in 0..2000 {
            let mut text = String::new();
            for _ in 0..24 {
                state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
                text.push_str(PIECES[(state >> 33) as usize % PIECES.len()]);
            }
            let mut previous_end = 0;
            for token in tokens(&text) {
                assert!(
                    previous_end <= token.start && token.start < token.form_end && token.form_end <= token.end,
                    "{text:?}"
                );
                assert!(text.is_char_boundary(token.start) && text.is_char_boundary(token.form_end), "{text:?}");
                assert!(text.is_char_boundary(token.end), "{text:?}");
                previous_end = token.end;
                let mut key = String::new();
                Keys::new(&text).fold(&token, &mut key);
                assert!(!key.is_empty(), "{text:?}");
            }
        }
    }

    #[test]
    fn offsets_are_on_character_boundaries_of_any_text() {
        let text = "«Zoë» — “ok” 🙂 done… ’tis U.S.’s";
        for token in tokens(text) {
            assert!(text.is_char_boundary(token.start) && text.is_char_boundary(token.end));
            assert!(token.start < token.form_end && token.form_end <= token.end);
        }
        assert_eq!(token_texts(text), ["Zoë", "ok", "done", "tis", "U.S.’s"]);
    }
}
