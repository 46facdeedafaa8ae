//! Bytescan owns the fast skipping the text stages share: finding the next
//! byte of a class (a quotation mark, a capital letter, a full stop) by
//! testing eight bytes at a time in one 64-bit word, which works the same
//! natively and in WebAssembly.

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = 0x8080_8080_8080_8080;

/// The first eight bytes of `bytes` as one word, the first byte lowest;
/// missing bytes are zero.
pub fn load(bytes: &[u8]) -> u64 {
    if let Some(eight) = bytes.first_chunk::<8>() {
        return u64::from_le_bytes(*eight);
    }
    let mut eight = [0; 8];
    eight[..bytes.len()].copy_from_slice(bytes);
    u64::from_le_bytes(eight)
}

/// The high bit of every byte of `word` equal to `byte`.
pub fn equal(word: u64, byte: u8) -> u64 {
    let x = word ^ (ONES * u64::from(byte));
    // Exact for the lowest match, which is the only one `find` uses.
    x.wrapping_sub(ONES) & !x & HIGH
}

/// The high bit of every byte of `word` below `limit` (at most 0x80).
pub fn below(word: u64, limit: u8) -> u64 {
    // Exact for the lowest match, as `equal` is.
    word.wrapping_sub(ONES * u64::from(limit)) & !word & HIGH
}

/// The high bit of every byte of `word` that is not ASCII.
pub fn non_ascii(word: u64) -> u64 {
    word & HIGH
}

/// The high bit of every ASCII capital letter of `word`.
pub fn capitals(word: u64) -> u64 {
    let low = word & !HIGH;
    // Per byte, without carries between bytes: at least 'A' and at most 'Z'.
    (low + ONES * 0x3F) & !(low + ONES * 0x25) & !word & HIGH
}

/// `word` with its ASCII capitals lower-cased.
pub fn lowercase(word: u64) -> u64 {
    word | (capitals(word) >> 2)
}

/// A word of at most sixteen bytes with its ASCII capitals lower-cased, as
/// one number: a case-blind key that hashes and compares in a few
/// instructions, exact for words (which hold no NUL bytes). `None` for longer words.
pub fn short_key(word: &str) -> Option<u128> {
    let bytes = word.as_bytes();
    key_at(bytes, 0, bytes.len())
}

/// The [`short_key`] of the `len` bytes at `start` of `bytes`. Reads sixteen
/// bytes at once when the text goes on that far, and masks off the rest.
pub fn key_at(bytes: &[u8], start: usize, len: usize) -> Option<u128> {
    if len > 16 {
        return None;
    }
    let (low, high) = match bytes.get(start..start + 16) {
        Some(sixteen) => (load(sixteen), load(&sixteen[8..])),
        None => {
            let word = bytes.get(start..start + len)?;
            (load(word), load(word.get(8..).unwrap_or_default()))
        }
    };
    let keep = |bytes_kept: usize| if bytes_kept >= 8 { u64::MAX } else { (1u64 << (bytes_kept * 8)) - 1 };
    let low = lowercase(low & keep(len));
    let high = lowercase(high & keep(len.saturating_sub(8)));
    Some(u128::from(low) | u128::from(high) << 64)
}

/// The first position at or after `from` whose byte `matches` (given eight
/// bytes as a word, the high bits of the matching ones; `single` says the
/// same of one byte). `bytes.len()` when there is none.
pub fn find(bytes: &[u8], from: usize, matches: impl Fn(u64) -> u64, single: impl Fn(u8) -> bool) -> usize {
    let mut at = from;
    while let Some(chunk) = bytes.get(at..at + 8) {
        let hits = matches(load(chunk));
        if hits != 0 {
            return at + (hits.trailing_zeros() / 8) as usize;
        }
        at += 8;
    }
    let rest = bytes.get(at..).unwrap_or_default();
    rest.iter().position(|&byte| single(byte)).map_or(bytes.len(), |offset| at + offset)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_first_byte_of_a_class_in_every_position() {
        let text = b"plain words, then a Capital and \"marks\" and \xE2\x80\x9Ccurly\xE2\x80\x9D";
        let capital = |from| find(text, from, capitals, |byte| byte.is_ascii_uppercase());
        let quote =
            |from| find(text, from, |word| equal(word, b'"') | non_ascii(word), |byte| byte == b'"' || byte >= 0x80);
        let control = |from| find(b"ab\tc\x1f\x20\x7f\xff", from, |word| below(word, 0x20), |byte| byte < 0x20);
        assert_eq!((control(0), control(3), control(5)), (2, 4, 8));
        assert_eq!(capital(0), 20);
        assert_eq!(capital(21), text.len());
        assert_eq!(quote(0), 32);
        assert_eq!(quote(33), 38);
        assert_eq!(quote(39), 44);
        for from in 0..text.len() {
            let expected = text[from..].iter().position(u8::is_ascii_uppercase).map_or(text.len(), |i| from + i);
            assert_eq!(capital(from), expected, "from {from}");
        }
    }

    #[test]
    fn keys_read_in_place_equal_keys_of_the_word_alone() {
        let text = "Mr Okafor met Ms Vandermolen-Smith at the QUAY";
        for word in text.split(' ') {
            let start = word.as_ptr() as usize - text.as_ptr() as usize;
            assert_eq!(key_at(text.as_bytes(), start, word.len()), short_key(word), "{word}");
        }
        assert_eq!(key_at(text.as_bytes(), 0, 17), None);
        assert_eq!(short_key("quay"), short_key("QUAY"));
    }

    #[test]
    fn short_keys_ignore_ascii_case_only() {
        assert_eq!(short_key("Mr"), short_key("mr"));
        assert_eq!(short_key("VanderMolen-Smith"), None);
        assert_eq!(short_key("Vandermolen-Smit"), short_key("vandermolen-smit"));
        assert_ne!(short_key("Zoë"), short_key("zoe"));
    }

    #[test]
    fn lowercases_ascii_capitals_only() {
        let word = load("AbZ@[é".as_bytes());
        assert_eq!(lowercase(word).to_le_bytes()[..7], *"abz@[é".as_bytes());
    }
}
