//! Text owns tokenisation: an article's text becomes word tokens with byte
//! offsets, and each word gets the folded key under which it is counted.
//!
//! A word is a run of letters and digits; an apostrophe or hyphen between two
//! such characters stays inside the word ("don't", "ceasefire-related").

/// One word of a text, by byte offsets into it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
}

/// The words of `text`, in order.
pub fn words(text: &str) -> Words<'_> {
    Words { text, position: 0 }
}

pub struct Words<'a> {
    text: &'a str,
    position: usize,
}

impl Iterator for Words<'_> {
    type Item = Token;

    fn next(&mut self) -> Option<Token> {
        let rest = &self.text[self.position..];
        let offset = rest.find(char::is_alphanumeric)?;
        let start = self.position + offset;
        let mut end = start;
        let mut chars = self.text[start..].char_indices().peekable();
        while let Some((index, c)) = chars.next() {
            let joins = is_joiner(c) && chars.peek().is_some_and(|&(_, next)| next.is_alphanumeric());
            if c.is_alphanumeric() || (joins && index > 0) {
                end = start + index + c.len_utf8();
            } else {
                break;
            }
        }
        self.position = end;
        Some(Token { start, end })
    }
}

fn is_joiner(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '‐')
}

/// The key a word is counted under: lower case, with typographic apostrophes
/// and hyphens folded to ASCII so that "Trump’s" and "Trump's" are one word.
pub fn fold(word: &str, key: &mut String) {
    key.clear();
    for c in word.chars() {
        match c {
            '’' => key.push('\''),
            '‐' => key.push('-'),
            _ if c.is_ascii() => key.push(c.to_ascii_lowercase()),
            _ => key.extend(c.to_lowercase()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn word_texts(text: &str) -> Vec<&str> {
        words(text).map(|token| &text[token.start..token.end]).collect()
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
            ("--- '' ’", &[]),
            ("end-", &["end"]),
        ];
        for (text, expected) in cases {
            assert_eq!(word_texts(text), *expected, "text {text:?}");
        }
    }

    #[test]
    fn folds_case_and_typographic_marks() {
        let mut key = String::new();
        for (word, expected) in [("Trump’s", "trump's"), ("ÉLAN", "élan"), ("cease‐fire", "cease-fire")] {
            fold(word, &mut key);
            assert_eq!(key, expected);
        }
    }
}
