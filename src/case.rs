//! Case owns Unicode case mapping for the whole crate: the same mappings as
//! `char::to_lowercase` and `char::to_uppercase`, read from compact tables
//! that `build.rs` derives from them (about 6 KB instead of the standard
//! library's 25 KB, which every `to_lowercase` call would link into the wasm).

include!(concat!(env!("OUT_DIR"), "/case_tables.rs"));

/// The characters a character maps to: one, or up to three ("ß" → "SS").
#[derive(Debug, Clone)]
pub struct Mapped {
    chars: [char; 3],
    next: usize,
    len: usize,
}

impl Iterator for Mapped {
    type Item = char;

    fn next(&mut self) -> Option<char> {
        let c = *self.chars[..self.len].get(self.next)?;
        self.next += 1;
        Some(c)
    }
}

/// The lower case of `c`, as `c.to_lowercase()` gives it.
pub fn lower(c: char) -> Mapped {
    if c.is_ascii() {
        return single(c.to_ascii_lowercase());
    }
    map(c, &LOWER_RUNS, &LOWER_SEVERAL)
}

/// The upper case of `c`, as `c.to_uppercase()` gives it.
pub fn upper(c: char) -> Mapped {
    if c.is_ascii() {
        return single(c.to_ascii_uppercase());
    }
    map(c, &UPPER_RUNS, &UPPER_SEVERAL)
}

/// `text` in lower case, character by character. Unlike `str::to_lowercase`
/// it has no rule for a word-final capital sigma (always "σ", never "ς"): its
/// results are compared with each other and with lists, never shown.
pub fn lowercase(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    let mut lower_text = String::with_capacity(text.len());
    lower_text.extend(text.chars().flat_map(lower));
    lower_text
}

/// Whether `text` starts with the ASCII `opening`, its letters in any case.
/// Matching ASCII this way keeps offsets into `text` itself: the lower case
/// of other text can be longer or shorter ("İ" is two bytes, "i̇" three), so
/// an offset found in [`lowercase`]'s result may fall inside a character.
pub fn starts_with_ignoring_ascii_case(text: &str, opening: &str) -> bool {
    let (text, opening) = (text.as_bytes(), opening.as_bytes());
    text.len() >= opening.len() && text[..opening.len()].eq_ignore_ascii_case(opening)
}

/// Where the ASCII `needle` first occurs in `text`, its letters in any case
/// (see [`starts_with_ignoring_ascii_case`]). A match begins with an ASCII
/// byte, so it begins and ends on character boundaries.
pub fn find_ignoring_ascii_case(text: &str, needle: &str) -> Option<usize> {
    let (bytes, needle) = (text.as_bytes(), needle.as_bytes());
    (0..=bytes.len().checked_sub(needle.len())?).find(|&at| bytes[at..at + needle.len()].eq_ignore_ascii_case(needle))
}

fn single(c: char) -> Mapped {
    Mapped { chars: [c, '\0', '\0'], next: 0, len: 1 }
}

fn map(c: char, runs: &[(u32, u16, u16, i32)], several: &[(char, [char; 3])]) -> Mapped {
    if let Ok(index) = several.binary_search_by_key(&c, |&(from, _)| from) {
        // Padded with NULs, which no mapping contains.
        let chars = several[index].1;
        return Mapped { chars, next: 0, len: chars.iter().take_while(|&&c| c != '\0').count() };
    }
    let code = u32::from(c);
    // The last run starting at or before `c`.
    let run = runs.partition_point(|&(first, ..)| first <= code).checked_sub(1).map(|index| runs[index]);
    let mapped = run.and_then(|(first, count, stride, offset)| {
        let step = (code - first) / u32::from(stride);
        let in_run = (code - first) % u32::from(stride) == 0 && step < u32::from(count);
        in_run.then(|| code.wrapping_add_signed(offset)).and_then(char::from_u32)
    });
    single(mapped.unwrap_or(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_character_maps_as_the_standard_library_maps_it() {
        for c in (0..=0x10_FFFF).filter_map(char::from_u32) {
            assert!(lower(c).eq(c.to_lowercase()), "lower case of {c:?} (U+{:04X})", u32::from(c));
            assert!(upper(c).eq(c.to_uppercase()), "upper case of {c:?} (U+{:04X})", u32::from(c));
        }
    }

    #[test]
    fn text_is_lowered_character_by_character() {
        let cases = [
            ("Harbour LEVY", "harbour levy"),
            ("ÉLAN Łukasz İstanbul", "élan łukasz i\u{307}stanbul"),
            ("ΟΔΥΣΣΕΥΣ", "οδυσσευσ"),
            ("", ""),
        ];
        for (text, expected) in cases {
            assert_eq!(lowercase(text), expected, "{text:?}");
        }
    }

    #[test]
    fn ascii_is_found_in_any_case_at_offsets_into_the_text_itself() {
        let cases = [
            ("Posted BY Mara", " by ", Some(6)),
            ("İstanbul by Émile", " by ", Some(9)),
            ("İİ by é", " by ", Some(4)),
            ("by", " by ", None),
            ("", "by", None),
            ("Abby", "by", Some(2)),
        ];
        for (text, needle, expected) in cases {
            assert_eq!(find_ignoring_ascii_case(text, needle), expected, "{text:?} {needle:?}");
        }
        assert!(starts_with_ignoring_ascii_case("BY: Mara", "by:"));
        assert!(starts_with_ignoring_ascii_case("Écrit", "") && !starts_with_ignoring_ascii_case("b", "by"));
        // The Kelvin sign lowers to an ASCII "k"; matched as ASCII it stays itself.
        assert!(!starts_with_ignoring_ascii_case("\u{212A}nown", "known"));
    }
}
