//! Marks owns quotation detection: which characters of a text open and close
//! quotations, and which quotations they make.
//!
//! Every style news uses is read: straight and curly double quotes, British
//! single quotes (curly and straight), guillemets in both directions
//! (« » and » «), low-high German quotes („ “ and ‚ ‘) and the doubled
//! apostrophes ('' '') some archives use for double quotes. Apostrophes are
//! told apart from single quotes by what surrounds them (It's, voters', rock
//! 'n' roll, ’90s, Guns N’ Roses). Only the outermost quotation is reported;
//! a paragraph that ends inside a quotation continues it only when the next
//! paragraph opens with a mark of the same kind, so an unclosed mark never
//! runs past its paragraph. A paragraph that reads as program code or
//! markup (a blog post's code sample, a page's source) holds string literals
//! and attribute values, not quotations, so its marks are not read.

use std::ops::Range;

use crate::bytescan;

/// A quotation in a text, by byte offsets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    /// At the opening mark.
    pub start: usize,
    /// Just after the closing mark, or at the end of the paragraph when the quotation is never closed.
    pub end: usize,
    /// The quoted words of each paragraph the quotation spans, without marks or surrounding spaces.
    pub pieces: Vec<Range<usize>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    Double,
    Single,
}

/// How a mark is drawn. A quotation continued in the next paragraph reopens
/// with a mark drawn the same way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Style {
    Straight,
    Curly,
    Low,
    Guillemet,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Open,
    Close,
    /// A straight mark whose surroundings do not say which way it faces.
    Either,
    /// A closing single mark that may be a plural possessive ("the voters’ anger").
    WeakClose,
}

#[derive(Debug, Clone, Copy)]
struct Mark {
    at: usize,
    len: usize,
    family: Family,
    style: Style,
    role: Role,
    /// Curly marks and guillemets have distinct opening and closing glyphs, so they can nest.
    nests: bool,
}

/// How much rescanning a paragraph may cost when a single mark proves to be an
/// apostrophe, as a multiple of its number of marks; past it the rest of the
/// paragraph is left unquoted rather than spend quadratic time on a pathological input.
const RESCAN_BUDGET: usize = 4;

/// Every outermost quotation of `text`, in order. Paragraphs are lines; blank
/// lines between them are allowed.
pub fn find(text: &str) -> Vec<Span> {
    let (paragraphs, marks): (Vec<Range<usize>>, Vec<Vec<Mark>>) = paragraphs(text)
        .into_iter()
        .map(|range| {
            let marks = marks_in(text, range.clone());
            (range, marks)
        })
        .filter(|(range, marks)| marks.is_empty() || !looks_like_code(&text[range.clone()]))
        .unzip();
    let mut spans = Vec::new();
    let mut carried: Option<Open> = None;
    for (index, range) in paragraphs.iter().enumerate() {
        let next_opener = marks.get(index + 1).and_then(|next| opening_first(text, &paragraphs[index + 1], next));
        carried = pair_paragraph(text, range.clone(), &marks[index], carried, next_opener, &mut spans);
    }
    spans
}

/// A quotation still open at the end of a paragraph, carried into the next one.
struct Open {
    start: usize,
    family: Family,
    style: Style,
    depth: usize,
    pieces: Vec<Range<usize>>,
    /// Where the words of the current paragraph begin.
    piece_start: usize,
}

/// Pairs the marks of one paragraph. `carried` is a quotation continued from
/// the previous paragraph (its opening mark is this paragraph's first mark);
/// `next_opener` is the kind of mark the next paragraph opens with, if any.
fn pair_paragraph(
    text: &str,
    paragraph: Range<usize>,
    marks: &[Mark],
    carried: Option<Open>,
    next_opener: Option<(Family, Style)>,
    spans: &mut Vec<Span>,
) -> Option<Open> {
    let mut index = usize::from(carried.is_some());
    let mut open = carried.map(|quotation| Open {
        piece_start: marks.first().map_or(paragraph.start, |mark| mark.at + mark.len),
        ..quotation
    });
    let mut opened_at = 0;
    let mut budget = marks.len() * RESCAN_BUDGET + 8;
    while index < marks.len() && budget > 0 {
        budget -= 1;
        let mark = marks[index];
        let rest = &marks[index + 1..];
        match &mut open {
            None => {
                let opens = matches!(mark.role, Role::Open | Role::Either)
                    && (mark.family == Family::Double
                        || closes_at_all(rest)
                        || next_opener == Some((Family::Single, mark.style)));
                if opens {
                    let piece_start = mark.at + mark.len;
                    open = Some(Open {
                        start: mark.at,
                        family: mark.family,
                        style: mark.style,
                        depth: 0,
                        pieces: Vec::new(),
                        piece_start,
                    });
                    opened_at = index;
                }
            }
            Some(quotation) if mark.family == quotation.family => match mark.role {
                Role::Open if mark.nests => quotation.depth += 1,
                Role::WeakClose if closes_later(rest) => {}
                _ if quotation.depth > 0 => quotation.depth -= 1,
                _ => {
                    let mut pieces = std::mem::take(&mut quotation.pieces);
                    push_piece(text, &mut pieces, quotation.piece_start..mark.at);
                    if has_words(text, &pieces) {
                        spans.push(Span { start: quotation.start, end: mark.at + mark.len, pieces });
                    }
                    open = None;
                }
            },
            Some(_) => {}
        }
        index += 1;
        // A single mark left open with nothing to continue it was an apostrophe:
        // the marks after it are read again without it.
        let stray = |quotation: &Open| {
            quotation.family == Family::Single
                && quotation.start >= paragraph.start
                && next_opener != Some((Family::Single, quotation.style))
        };
        if index == marks.len() && open.as_ref().is_some_and(stray) {
            open = None;
            index = opened_at + 1;
        }
    }
    let mut quotation = open?;
    push_piece(text, &mut quotation.pieces, quotation.piece_start..paragraph.end);
    if next_opener == Some((quotation.family, quotation.style)) {
        return Some(quotation);
    }
    if quotation.family == Family::Double && has_words(text, &quotation.pieces) {
        let end = quotation.pieces.last().map_or(paragraph.end, |piece| piece.end);
        spans.push(Span { start: quotation.start, end, pieces: quotation.pieces });
    }
    None
}

/// Whether a paragraph (trimmed) is program code or markup rather than
/// prose: news prose has no braces, no closing tags, no `name="value"`, no
/// `==` or `=>`, no call with a string (`get("Date")`), no comment after a
/// statement (`; //`) and does not end with a semicolon, while nearly every
/// line of code or HTML has one of them.
fn looks_like_code(paragraph: &str) -> bool {
    use bytescan::equal;
    let bytes = paragraph.as_bytes();
    // One pass over the bytes that can be part of any of the signs, as
    // nearly every paragraph with a quotation is checked.
    let byte_at = |at: usize| bytes.get(at).copied().unwrap_or(0);
    let mut at = 0;
    loop {
        at = bytescan::find(
            bytes,
            at,
            |word| {
                equal(word, b'{')
                    | equal(word, b'}')
                    | equal(word, b'/')
                    | equal(word, b'=')
                    | equal(word, b'(')
                    | equal(word, b';')
            },
            |byte| matches!(byte, b'{' | b'}' | b'/' | b'=' | b'(' | b';'),
        );
        if at >= bytes.len() {
            return false;
        }
        let before = if at > 0 { bytes[at - 1] } else { 0 };
        let sign = match bytes[at] {
            b'{' | b'}' => true,
            b'/' => before == b'<' || byte_at(at + 1) == b'>',
            b'=' => matches!(byte_at(at + 1), b'"' | b'\'' | b'>' | b'='),
            b'(' => before.is_ascii_alphanumeric() && matches!(byte_at(at + 1), b'"' | b'\''),
            b';' => at + 1 == bytes.len() || bytes[at..].starts_with(b"; //"),
            _ => false,
        };
        if sign {
            return true;
        }
        at += 1;
    }
}

/// Whether marks enclose words: `"12"` or `"…"` quote nobody.
fn has_words(text: &str, pieces: &[Range<usize>]) -> bool {
    pieces.iter().any(|piece| text[piece.clone()].chars().any(char::is_alphabetic))
}

/// Whether a strong closing single mark follows before the next opening
/// one: a weak closing mark (a possible possessive) closes only when none does.
fn closes_later(rest: &[Mark]) -> bool {
    rest.iter()
        .filter(|mark| mark.family == Family::Single)
        .take_while(|mark| mark.role != Role::Open)
        .any(|mark| matches!(mark.role, Role::Close | Role::Either))
}

/// Whether any closing single mark follows before the next opening one.
fn closes_at_all(rest: &[Mark]) -> bool {
    rest.iter()
        .filter(|mark| mark.family == Family::Single)
        .take_while(|mark| mark.role != Role::Open)
        .any(|mark| mark.role != Role::Open)
}

fn push_piece(text: &str, pieces: &mut Vec<Range<usize>>, range: Range<usize>) {
    let slice = &text[range.clone()];
    let start = range.start + (slice.len() - slice.trim_start().len());
    let end = range.end - (slice.len() - slice.trim_end().len());
    if start < end {
        pieces.push(start..end);
    }
}

/// The kind of opening mark a paragraph starts with, if it starts with one.
fn opening_first(text: &str, paragraph: &Range<usize>, marks: &[Mark]) -> Option<(Family, Style)> {
    let first = marks.first()?;
    let starts_paragraph = text[paragraph.start..first.at].trim().is_empty();
    (starts_paragraph && matches!(first.role, Role::Open | Role::Either)).then_some((first.family, first.style))
}

/// The non-blank lines of `text`, trimmed.
fn paragraphs(text: &str) -> Vec<Range<usize>> {
    let mut ranges = Vec::new();
    let mut start = 0;
    for line in text.split('\n') {
        let trimmed = line.trim();
        if !trimmed.is_empty() {
            let offset = start + (line.len() - line.trim_start().len());
            ranges.push(offset..offset + trimmed.len());
        }
        start += line.len() + 1;
    }
    ranges
}

/// The quotation marks of one paragraph, each with the role its surroundings give it.
fn marks_in(text: &str, paragraph: Range<usize>) -> Vec<Mark> {
    use bytescan::{equal, non_ascii};
    let bytes = &text.as_bytes()[..paragraph.end];
    let mut marks = Vec::new();
    let mut at = paragraph.start;
    loop {
        at = bytescan::find(
            bytes,
            at,
            |word| equal(word, b'"') | equal(word, b'\'') | equal(word, b'`') | non_ascii(word),
            |byte| matches!(byte, b'"' | b'\'' | b'`') || byte >= 0x80,
        );
        let Some(&byte) = bytes.get(at) else { break };
        let found = match byte {
            b'"' => Some(('"', 1)),
            b'\'' if bytes.get(at + 1) == Some(&b'\'') => Some(('"', 2)),
            b'\'' => Some(('\'', 1)),
            b'`' if bytes.get(at + 1) == Some(&b'`') => Some(('`', 2)),
            _ => text[at..].chars().next().filter(|&c| is_mark(c)).map(|c| (c, c.len_utf8())),
        };
        match found {
            Some((glyph, len)) => {
                marks.extend(classify(text, at, len, glyph));
                at += len;
            }
            None => at += text[at..].chars().next().map_or(1, char::len_utf8),
        }
    }
    marks
}

fn is_mark(c: char) -> bool {
    matches!(c, '“' | '”' | '„' | '‟' | '‘' | '’' | '‚' | '‛' | '«' | '»' | '‹' | '›')
}

/// The role of the mark `glyph` (`len` bytes) at `at`, or `None` for an apostrophe.
fn classify(text: &str, at: usize, len: usize, glyph: char) -> Option<Mark> {
    let before = &text[..at];
    let after = &text[at + len..];
    let prev = before.chars().next_back();
    let next = after.chars().next();
    let opens = opening_context(prev) && next.is_some_and(|c| !c.is_whitespace());
    let closes = prev.is_some_and(|c| !c.is_whitespace()) && closing_context(next);
    let by_shape = || match (opens, closes) {
        (true, false) => Role::Open,
        (false, true) => Role::Close,
        _ => Role::Either,
    };
    let style = match glyph {
        '"' | '\'' | '`' => Style::Straight,
        '„' | '‚' => Style::Low,
        '«' | '»' | '‹' | '›' => Style::Guillemet,
        _ => Style::Curly,
    };
    let mark = |family, role| Some(Mark { at, len, family, style, role, nests: style != Style::Straight });
    match glyph {
        '"' => mark(Family::Double, by_shape()),
        '`' | '„' => mark(Family::Double, Role::Open),
        '“' | '‟' => mark(Family::Double, if closes && !opens { Role::Close } else { Role::Open }),
        '”' => mark(Family::Double, if opens && !closes { Role::Open } else { Role::Close }),
        '«' | '‹' | '»' | '›' => {
            let family = if matches!(glyph, '«' | '»') { Family::Double } else { Family::Single };
            // « Q » in French, » Q « in German and Danish: which way a guillemet
            // faces shows only in what stands before it.
            let role = if glyph == '«' || glyph == '‹' {
                if opening_context(prev) {
                    Role::Open
                } else {
                    Role::Close
                }
            } else if opening_context(prev) && next.is_some_and(char::is_alphanumeric) {
                Role::Open
            } else {
                Role::Close
            };
            mark(family, role)
        }
        '‚' => mark(Family::Single, Role::Open),
        _ => {
            if is_apostrophe(before, after, prev, next) {
                return None;
            }
            match by_shape() {
                Role::Open => mark(Family::Single, Role::Open),
                Role::Close if prev.is_some_and(|c| c == 's' || c == 'S') => mark(Family::Single, Role::WeakClose),
                Role::Close => mark(Family::Single, Role::Close),
                _ => None,
            }
        }
    }
}

/// Whether a single mark between `before` and `after` is an apostrophe:
/// inside a word, or an elision ('n', ’90s, 'em, Guns N’ Roses).
fn is_apostrophe(before: &str, after: &str, prev: Option<char>, next: Option<char>) -> bool {
    let alnum = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    if alnum(prev) && alnum(next) {
        return true;
    }
    // "N’ Roses", "rock 'n' roll": a lone n beside the mark.
    let mut back = before.chars().rev();
    if matches!(back.next(), Some('n' | 'N')) && back.next().is_none_or(|c| c.is_whitespace() || is_single(c)) {
        return true;
    }
    let word: &str = after.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    if matches!(word, "n" | "N") {
        return true;
    }
    // Decades and years: ’90s, '20.
    let digits = word.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 2 && (word.len() == 2 || word[2..].eq_ignore_ascii_case("s")) {
        return true;
    }
    ELISIONS.iter().any(|elision| word.eq_ignore_ascii_case(elision))
}

/// Words that begin with an apostrophe in informal writing.
const ELISIONS: &[&str] = &["em", "til", "tis", "twas", "cause", "bout", "cos", "round"];

fn is_single(c: char) -> bool {
    matches!(c, '\'' | '‘' | '’' | '‛')
}

/// What may stand before an opening mark.
fn opening_context(prev: Option<char>) -> bool {
    prev.is_none_or(|c| {
        c.is_whitespace() || matches!(c, '(' | '[' | '{' | '—' | '–' | '-' | '/' | '“' | '‘' | '«' | '„' | '‚' | '"')
    })
}

/// What may stand after a closing mark.
fn closing_context(next: Option<char>) -> bool {
    next.is_none_or(|c| {
        c.is_whitespace()
            || matches!(
                c,
                '.' | ','
                    | ';'
                    | ':'
                    | '!'
                    | '?'
                    | ')'
                    | ']'
                    | '}'
                    | '…'
                    | '—'
                    | '–'
                    | '-'
                    | '/'
                    | '”'
                    | '’'
                    | '»'
                    | '"'
                    | '\''
            )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_is_told_from_prose_by_its_signs() {
        let cases = [
            ("if (open) { sail(); }", true),
            ("}", true),
            ("<p>Ferry</p>", true),
            ("<br/>", true),
            ("<img src=\"pier.png\">", true),
            ("class='pier'", true),
            ("(name) => name", true),
            ("if (a == b) go()", true),
            ("get(\"Date\")", true),
            ("get('Date')", true),
            ("sail(); // \"now\"", true),
            ("let pier = 1;", true),
            // Prose: the same bytes, not in the signs' order.
            ("The ferry (\"Northgate\") sails; the pier / quay opens.", false),
            ("Fares rose 3% = a record, said \"Wilk\".", false),
            ("A < B and C > D; \"quoted\" // not a comment", false),
            ("Hours: 9-5 / weekends 10-4; closed on holidays.", false),
            ("", false),
            (";x", false),
        ];
        for (paragraph, expected) in cases {
            assert_eq!(looks_like_code(paragraph), expected, "{paragraph:?}");
        }
    }
}
