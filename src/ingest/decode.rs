//! Decoding owns the step from bytes to normalised UTF-8 text: byte-order
//! marks, UTF-16, the Windows-1252 fallback for invalid UTF-8, line endings
//! and non-breaking spaces.

use std::borrow::Cow;

/// Text ready for a reader, and a warning when the bytes were not plain UTF-8.
pub struct Decoded<'a> {
    pub text: Cow<'a, str>,
    pub warning: Option<String>,
}

pub fn has_utf16_bom(bytes: &[u8]) -> bool {
    bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF])
}

/// Decodes any byte sequence; never fails, because Windows-1252 maps every byte.
pub fn decode(bytes: &[u8]) -> Decoded<'_> {
    let (text, warning) = if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        utf8_or_1252(rest)
    } else if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        (Cow::Owned(utf16(rest, u16::from_le_bytes)), None)
    } else if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        (Cow::Owned(utf16(rest, u16::from_be_bytes)), None)
    } else {
        utf8_or_1252(bytes)
    };
    Decoded { text: normalise(text), warning }
}

fn utf8_or_1252(bytes: &[u8]) -> (Cow<'_, str>, Option<String>) {
    match std::str::from_utf8(bytes) {
        Ok(text) => (Cow::Borrowed(text), None),
        Err(_) => (
            Cow::Owned(bytes.iter().map(|&b| windows_1252(b)).collect()),
            Some("not valid UTF-8; read as Windows-1252".to_string()),
        ),
    }
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
    let needs_work = text.bytes().any(|b| b == b'\r') || text.contains(['\u{A0}', '\u{202F}', '\u{2007}']);
    if !needs_work {
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

#[cfg(test)]
mod tests {
    use super::*;

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
        ];
        for (bytes, expected, warns) in cases {
            let decoded = decode(bytes);
            assert_eq!(decoded.text, *expected, "input {bytes:?}");
            assert_eq!(decoded.warning.is_some(), *warns, "input {bytes:?}");
        }
    }
}
