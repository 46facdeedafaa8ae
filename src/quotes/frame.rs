//! Frame owns the reading of the words around a quotation: the text between
//! it and its neighbours becomes words and the punctuation that structures
//! an attribution (commas around appositives, colons, dashes, sentence ends).

use std::ops::Range;

use crate::names::is_abbreviation;

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
    /// Any other punctuation, including stray quotation marks.
    Other,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub range: Range<usize>,
    pub kind: Kind,
}

/// The tokens of `text[range]`.
pub fn tokens(text: &str, range: Range<usize>) -> Vec<Token> {
    let mut tokens: Vec<Token> = Vec::new();
    let mut chars = text[range.clone()].char_indices().map(|(at, c)| (at + range.start, c)).peekable();
    while let Some((at, c)) = chars.next() {
        if c.is_alphanumeric() {
            let mut end = at + c.len_utf8();
            // Apostrophes, hyphens and full stops inside a word stay in it ("O'Brien", "U.S", "1.8").
            while let Some(&(next_at, next)) = chars.peek() {
                let joins = matches!(next, '\'' | '’' | '-' | '‐' | '.' | '&')
                    && text[next_at + next.len_utf8()..range.end].starts_with(char::is_alphanumeric);
                if !(next.is_alphanumeric() || joins) {
                    break;
                }
                end = next_at + next.len_utf8();
                chars.next();
            }
            tokens.push(Token { range: at..end, kind: Kind::Word });
            continue;
        }
        let kind = match c {
            _ if c.is_whitespace() => continue,
            ',' => Kind::Comma,
            ':' => Kind::Colon,
            '—' | '–' | '―' | '‒' | '-' => Kind::Dash,
            '.' | '!' | '?' | '…' => {
                let after_abbreviation = c == '.'
                    && tokens.last().is_some_and(|token| {
                        token.kind == Kind::Word && token.range.end == at && is_abbreviation(&text[token.range.clone()])
                    });
                // "(R-Ore.)" and "Mr." do not end a sentence; a stop is followed by a space, a mark or nothing.
                let ends = text[at + c.len_utf8()..]
                    .chars()
                    .next()
                    .is_none_or(|next| !next.is_alphanumeric() && !matches!(next, ')' | ']' | ','));
                if after_abbreviation || !ends {
                    continue;
                }
                Kind::Stop
            }
            '(' | '[' => Kind::Open,
            ')' | ']' => Kind::Close,
            _ => Kind::Other,
        };
        tokens.push(Token { range: at..at + c.len_utf8(), kind });
    }
    tokens
}

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
}
