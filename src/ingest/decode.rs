//! Decoding owns the step from bytes to normalised UTF-8 text: byte-order
//! marks, UTF-16, the Windows-1252 fallback for invalid UTF-8, line endings
//! and non-breaking spaces.

use std::borrow::Cow;

use crate::bytescan::{equal, find};

/// Text ready for a reader, and a warning when the bytes were not plain UTF-8.
pub struct Decoded<'a> {
    pub text: Cow<'a, str>,
    pub warning: Option<String>,
}

/// The byte order of UTF-16 text, and the length of its byte-order mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Utf16 {
    Le(usize),
    Be(usize),
}

/// UTF-16 by its byte-order mark, or without one by its pattern of NUL
/// bytes: text in Latin script has a NUL in every other byte.
pub fn utf16_order(bytes: &[u8]) -> Option<Utf16> {
    if bytes.starts_with(&[0xFF, 0xFE]) {
        return Some(Utf16::Le(2));
    }
    if bytes.starts_with(&[0xFE, 0xFF]) {
        return Some(Utf16::Be(2));
    }
    let sample = &bytes[..bytes.len().min(1024) & !1];
    let pairs = sample.len() / 2;
    if pairs < 2 {
        return None;
    }
    let (even, odd) = sample
        .chunks_exact(2)
        .fold((0, 0), |(even, odd), pair| (even + usize::from(pair[0] == 0), odd + usize::from(pair[1] == 0)));
    if odd * 10 >= pairs * 4 && even * 20 <= pairs {
        Some(Utf16::Le(0))
    } else if even * 10 >= pairs * 4 && odd * 20 <= pairs {
        Some(Utf16::Be(0))
    } else {
        None
    }
}

/// Decodes any byte sequence; never fails, because Windows-1252 maps every byte.
pub fn decode(bytes: &[u8]) -> Decoded<'_> {
    let (text, warning) = match utf16_order(bytes) {
        Some(Utf16::Le(bom)) => (Cow::Owned(utf16(&bytes[bom..], u16::from_le_bytes)), None),
        Some(Utf16::Be(bom)) => (Cow::Owned(utf16(&bytes[bom..], u16::from_be_bytes)), None),
        None => utf8_or_1252(bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes)),
    };
    Decoded { text: normalise(text), warning }
}

/// UTF-8 where the bytes are UTF-8; every byte of an invalid sequence is read
/// as Windows-1252, so a file mixing the two keeps both readable.
fn utf8_or_1252(bytes: &[u8]) -> (Cow<'_, str>, Option<String>) {
    let mut rest = match std::str::from_utf8(bytes) {
        Ok(text) => return (Cow::Borrowed(text), None),
        Err(_) => bytes,
    };
    let mut text = String::with_capacity(bytes.len() + bytes.len() / 8);
    let mut foreign = 0;
    loop {
        match std::str::from_utf8(rest) {
            Ok(valid) => {
                text.push_str(valid);
                break;
            }
            Err(error) => {
                let (valid, after) = rest.split_at(error.valid_up_to());
                // The prefix was just checked, so this cannot fail.
                text.push_str(std::str::from_utf8(valid).unwrap_or_default());
                let bad = error.error_len().unwrap_or(after.len()).max(1);
                text.extend(after[..bad].iter().map(|&b| windows_1252(b)));
                foreign += bad;
                rest = &after[bad..];
            }
        }
    }
    let non_ascii = text.chars().filter(|c| !c.is_ascii()).count();
    let warning = if non_ascii > foreign {
        format!("mixed encodings: {foreign} bytes are not UTF-8 and were read as Windows-1252")
    } else {
        "not valid UTF-8; read as Windows-1252".to_string()
    };
    (Cow::Owned(text), Some(warning))
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> String {
    let units = bytes.chunks_exact(2).map(|pair| unit([pair[0], pair[1]]));
    char::decode_utf16(units).map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER)).collect()
}

/// The 0x80–0x9F block is where Windows-1252 differs from Latin-1.
fn windows_1252(byte: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž', '\u{8F}', '\u{90}', '‘',
        '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}', 'ž', 'Ÿ',
    ];
    match byte {
        0x80..=0x9F => HIGH[usize::from(byte - 0x80)],
        _ => char::from(byte),
    }
}

/// CRLF and lone CR become LF; non-breaking and narrow spaces become plain spaces.
fn normalise(text: Cow<'_, str>) -> Cow<'_, str> {
    if !needs_normalising(&text) {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push('\n');
            }
            '\u{A0}' | '\u{202F}' | '\u{2007}' => out.push(' '),
            _ => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// Whether `text` holds a character [`normalise`] changes: found by its
/// last byte, eight bytes at a time, in one pass (a search for a character
/// of several bytes is a substring search, one pass each, and slow in wasm).
fn needs_normalising(text: &str) -> bool {
    let bytes = text.as_bytes();
    // CR; the last bytes of U+00A0 (C2 A0), U+202F (E2 80 AF) and U+2007 (E2 80 87).
    let is_last = |byte: u8| matches!(byte, b'\r' | 0xA0 | 0xAF | 0x87);
    let last = |word| equal(word, b'\r') | equal(word, 0xA0) | equal(word, 0xAF) | equal(word, 0x87);
    let mut at = 0;
    loop {
        at = find(bytes, at, last, is_last);
        let Some(&byte) = bytes.get(at) else { return false };
        let before = &bytes[..at];
        let changed = match byte {
            b'\r' => true,
            0xA0 => before.ends_with(&[0xC2]),
            _ => before.ends_with(&[0xE2, 0x80]),
        };
        if changed {
            return true;
        }
        at += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalising_is_needed_exactly_when_a_changed_character_is_there() {
        // The changed characters, and others that end in the same bytes or start alike.
        let probes = ['\r', '\u{A0}', '\u{202F}', '\u{2007}', 'à', '¯', '‡', '…', '₇', '\u{2000}', '₯', '〇'];
        let changed = |text: &str| ['\r', '\u{A0}', '\u{202F}', '\u{2007}'].iter().any(|&c| text.contains(c));
        for probe in probes {
            for before in 0..20 {
                for after in [0, 1, 9] {
                    let text = format!("{}{probe}{}", "é".repeat(before % 3) + &"x".repeat(before), "y".repeat(after));
                    assert_eq!(needs_normalising(&text), changed(&text), "{text:?}");
                    let twice = format!("{text}à{text}");
                    assert_eq!(needs_normalising(&twice), changed(&twice), "{twice:?}");
                }
            }
        }
        assert!(!needs_normalising(""));
    }

    #[test]
    fn decodes_every_supported_encoding() {
        let utf16le: Vec<u8> =
            [0xFF, 0xFE].into_iter().chain("Zoë’s".encode_utf16().flat_map(u16::to_le_bytes)).collect();
        let utf16be: Vec<u8> =
            [0xFE, 0xFF].into_iter().chain("Zoë’s".encode_utf16().flat_map(u16::to_be_bytes)).collect();
        let cases: &[(&[u8], &str, bool)] = &[
            ("Zoë’s".as_bytes(), "Zoë’s", false),
            (b"\xEF\xBB\xBFZo\xC3\xAB", "Zoë", false),
            (&utf16le, "Zoë’s", false),
            (&utf16be, "Zoë’s", false),
            (b"Zo\xEB\x92s \x93quoted\x94", "Zoë’s “quoted”", true),
            (b"one\r\ntwo\rthree\n", "one\ntwo\nthree\n", false),
            ("a\u{A0}b\u{202F}c".as_bytes(), "a b c", false),
            (b"H\0a\0r\0b\0o\0u\0r\0", "Harbour", false),
            (b"\0H\0a\0r\0b\0o\0u\0r", "Harbour", false),
        ];
        for (bytes, expected, warns) in cases {
            let decoded = decode(bytes);
            assert_eq!(decoded.text, *expected, "input {bytes:?}");
            assert_eq!(decoded.warning.is_some(), *warns, "input {bytes:?}");
        }
    }

    #[test]
    fn mixed_encodings_keep_both_readable_and_say_so() {
        let decoded = decode(b"Zo\xC3\xAB said \x93yes\x94");
        assert_eq!(decoded.text, "Zoë said “yes”");
        assert_eq!(
            decoded.warning.as_deref(),
            Some("mixed encodings: 2 bytes are not UTF-8 and were read as Windows-1252")
        );
        assert_eq!(decode(b"\x93yes\x94").warning.as_deref(), Some("not valid UTF-8; read as Windows-1252"));
    }
}
