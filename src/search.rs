//! Search owns finding a fixed string in a text, for every stage that looks
//! for one (" and " in a byline, "Sign up to " in a paragraph, "<rss" in a
//! file's head). The standard library's search for a string pattern is a
//! general two-way searcher, about 2 KB of gzipped wasm; the needles here
//! are a few bytes long, and skipping to each place where their first byte
//! occurs, eight bytes at a time ([`bytescan::find`]), then comparing the
//! rest serves them about as fast.
//!
//! A match of a whole UTF-8 `needle` begins and ends on character
//! boundaries of the text, so the offsets returned can slice it. An empty
//! needle is found nowhere (so splitting at one keeps the text whole).

use crate::bytescan;

/// Where `needle` first occurs in `text` at or after byte `from`.
pub fn find_from(text: &str, needle: &str, from: usize) -> Option<usize> {
    let (bytes, needle) = (text.as_bytes(), needle.as_bytes());
    let (&first, rest) = needle.split_first()?;
    let last_start = bytes.len().checked_sub(needle.len())?;
    let mut at = from;
    loop {
        at = bytescan::find(bytes, at, |word| bytescan::equal(word, first), |byte| byte == first);
        if at > last_start {
            return None;
        }
        if bytes[at + 1..at + needle.len()] == *rest {
            return Some(at);
        }
        at += 1;
    }
}

/// Where `needle` first occurs in `text`.
pub fn find(text: &str, needle: &str) -> Option<usize> {
    find_from(text, needle, 0)
}

/// Where `needle` last occurs in `text`.
pub fn rfind(text: &str, needle: &str) -> Option<usize> {
    let (bytes, needle) = (text.as_bytes(), needle.as_bytes());
    let last_start = bytes.len().checked_sub(needle.len()).filter(|_| !needle.is_empty())?;
    (0..=last_start).rev().find(|&at| bytes[at..at + needle.len()] == *needle)
}

/// Whether `needle` occurs in `text`.
pub fn contains(text: &str, needle: &str) -> bool {
    find(text, needle).is_some()
}

/// The text before and after the first `needle`.
pub fn split_once<'t>(text: &'t str, needle: &str) -> Option<(&'t str, &'t str)> {
    let at = find(text, needle)?;
    Some((&text[..at], &text[at + needle.len()..]))
}

/// Where each `needle` begins in `text`, without overlaps, first to last.
pub fn positions<'t>(text: &'t str, needle: &'t str) -> impl Iterator<Item = usize> + 't {
    let mut from = 0;
    std::iter::from_fn(move || {
        let at = find_from(text, needle, from)?;
        from = at + needle.len();
        Some(at)
    })
}

/// The pieces of `text` between the `separator`s (all of `text` when there is none).
pub fn split<'t>(text: &'t str, separator: &'t str) -> impl Iterator<Item = &'t str> + 't {
    let mut rest = Some(text);
    std::iter::from_fn(move || {
        let current = rest?;
        match split_once(current, separator) {
            Some((piece, after)) => {
                rest = Some(after);
                Some(piece)
            }
            None => rest.take(),
        }
    })
}

/// `text` without the `opening`s it starts with, however many.
pub fn trim_start<'t>(mut text: &'t str, opening: &str) -> &'t str {
    while let Some(rest) = text.strip_prefix(opening).filter(|_| !opening.is_empty()) {
        text = rest;
    }
    text
}

/// `text` without the `closing`s it ends with, however many.
#[cfg(feature = "html")] // only HTML extraction has a closing to trim ("]]>")
pub fn trim_end<'t>(mut text: &'t str, closing: &str) -> &'t str {
    while let Some(rest) = text.strip_suffix(closing).filter(|_| !closing.is_empty()) {
        text = rest;
    }
    text
}

/// `text` with every `needle` replaced by `with`.
pub fn replace(text: &str, needle: &str, with: &str) -> String {
    let mut replaced = String::with_capacity(text.len());
    let mut pieces = split(text, needle);
    replaced.push_str(pieces.next().unwrap_or_default());
    for piece in pieces {
        replaced.push_str(with);
        replaced.push_str(piece);
    }
    replaced
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each helper against the standard library's own search, over needles
    /// at every position, repeated, overlapping, multi-byte, and absent.
    #[test]
    fn agrees_with_the_standard_library() {
        let texts = [
            "",
            "a",
            "aaaa",
            "Sign up to the Harbour Herald and the Quayside and more",
            "ab ab ab",
            "naïve café – “quoted” — end",
            "x and y AND z & w and",
        ];
        let needles = ["a", "aa", "ab", " and ", "and", "é", "“", " – ", "end", "zz", "Sign up to "];
        for text in texts {
            for needle in needles {
                let context = format!("{needle:?} in {text:?}");
                assert_eq!(find(text, needle), text.find(needle), "find {context}");
                assert_eq!(rfind(text, needle), text.rfind(needle), "rfind {context}");
                assert_eq!(contains(text, needle), text.contains(needle), "contains {context}");
                assert_eq!(split_once(text, needle), text.split_once(needle), "split_once {context}");
                let expected: Vec<usize> = text.match_indices(needle).map(|(at, _)| at).collect();
                assert_eq!(positions(text, needle).collect::<Vec<_>>(), expected, "positions {context}");
                assert_eq!(
                    split(text, needle).collect::<Vec<_>>(),
                    text.split(needle).collect::<Vec<_>>(),
                    "{context}"
                );
                assert_eq!(replace(text, needle, "+"), text.replace(needle, "+"), "replace {context}");
                assert_eq!(trim_start(text, needle), text.trim_start_matches(needle), "trim_start {context}");
                #[cfg(feature = "html")]
                assert_eq!(trim_end(text, needle), text.trim_end_matches(needle), "trim_end {context}");
                for from in (0..=text.len()).filter(|&from| text.is_char_boundary(from)) {
                    let expected = text[from..].find(needle).map(|at| from + at);
                    assert_eq!(find_from(text, needle, from), expected, "find_from {from} {context}");
                }
            }
        }
    }

    #[test]
    fn a_needle_longer_than_the_text_or_empty_is_not_found() {
        assert_eq!(find("and", " and "), None);
        assert_eq!(find_from("and and", "and", 5), None);
        assert_eq!(rfind("", "a"), None);
        assert_eq!((find("text", ""), rfind("text", ""), positions("text", "").count()), (None, None, 0));
        assert_eq!(split("a text", "").collect::<Vec<_>>(), ["a text"]);
        assert_eq!((replace("a text", "", "+"), trim_start("a text", "")), ("a text".into(), "a text"));
        #[cfg(feature = "html")]
        assert_eq!(trim_end("a text", ""), "a text");
    }
}
