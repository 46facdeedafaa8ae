//! Publication dates: the ways articles write them ("14 March 2025",
//! "March 15, 2025", "2025-03-14T09:30:00Z", "Fri, 14 Mar 2025 10:00 GMT",
//! "14/03/2025") become `YYYY-MM-DD`, and only when the day is certain.
//! "03-07-2025" could be either of two days; it is read only when a hint (the
//! month and day of the article's dateline) says which.

/// A month and day without a year, as datelines give them ("July 3").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MonthDay {
    pub month: u32,
    pub day: u32,
}

/// The date `text` names, as `YYYY-MM-DD`.
pub fn parse(text: &str, hint: Option<MonthDay>) -> Option<String> {
    numeric(text).and_then(|found| found.resolve(hint)).or_else(|| named_month(text))
}

/// Whether `text` names a whole date, even one that is ambiguous without a hint.
pub fn is_date(text: &str) -> bool {
    numeric(text).is_some() || named_month(text).is_some()
}

/// "July 3" or "3 July" (a year may follow; it is ignored).
pub fn month_day(text: &str) -> Option<MonthDay> {
    let words = words(text);
    let (index, month) = words.iter().enumerate().find_map(|(i, word)| month_number(word).map(|m| (i, m)))?;
    let day = words
        .get(index + 1)
        .and_then(|w| day_number(w))
        .or_else(|| index.checked_sub(1).and_then(|before| words.get(before)).and_then(|w| day_number(w)))?;
    Some(MonthDay { month, day })
}

/// A numeric date as found, before any hint is applied.
enum Numeric {
    Ymd(u32, u32, u32),
    /// Day and month in an unknown order, then the year.
    EitherOrder(u32, u32, u32),
}

impl Numeric {
    fn resolve(self, hint: Option<MonthDay>) -> Option<String> {
        match self {
            Numeric::Ymd(year, month, day) => ymd(year, month, day),
            Numeric::EitherOrder(first, second, year) => {
                let (day, month) = day_and_month(first, second, hint)?;
                ymd(year, month, day)
            }
        }
    }
}

/// `YYYY-MM-DD` (also with `/` or `.`), or day and month in either order before a four-digit year.
fn numeric(text: &str) -> Option<Numeric> {
    let bytes = text.as_bytes();
    (0..bytes.len())
        .filter(|&start| bytes[start].is_ascii_digit() && (start == 0 || !bytes[start - 1].is_ascii_digit()))
        .find_map(|start| numeric_at(&bytes[start..]))
}

fn numeric_at(bytes: &[u8]) -> Option<Numeric> {
    let (first, first_len) = digits(bytes);
    let separator = *bytes.get(first_len)?;
    if !matches!(separator, b'-' | b'/' | b'.') {
        return None;
    }
    let (second, second_len) = digits(&bytes[first_len + 1..]);
    let third_at = first_len + 1 + second_len;
    if second_len == 0 || bytes.get(third_at) != Some(&separator) {
        return None;
    }
    let (third, third_len) = digits(&bytes[third_at + 1..]);
    if bytes.get(third_at + 1 + third_len).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let found = match (first_len, second_len, third_len) {
        (4, 1..=2, 1..=2) => Numeric::Ymd(first, second, third),
        (1..=2, 1..=2, 4) => Numeric::EitherOrder(first, second, third),
        _ => return None,
    };
    // Only a real day counts, in at least one reading.
    let real = match found {
        Numeric::Ymd(year, month, day) => ymd(year, month, day).is_some(),
        Numeric::EitherOrder(a, b, year) => ymd(year, b, a).is_some() || ymd(year, a, b).is_some(),
    };
    real.then_some(found)
}

/// Which of two numbers is the day: certain when one is over 12 or both are
/// equal, otherwise only when the hint agrees with exactly one reading.
fn day_and_month(first: u32, second: u32, hint: Option<MonthDay>) -> Option<(u32, u32)> {
    match (first > 12, second > 12) {
        (true, false) => Some((first, second)),
        (false, true) => Some((second, first)),
        (true, true) => None,
        (false, false) if first == second => Some((first, second)),
        (false, false) => match hint? {
            MonthDay { month, day } if (day, month) == (first, second) => Some((first, second)),
            MonthDay { month, day } if (month, day) == (first, second) => Some((second, first)),
            _ => None,
        },
    }
}

fn named_month(text: &str) -> Option<String> {
    let words = words(text);
    for (index, word) in words.iter().enumerate() {
        let Some(month) = month_number(word) else { continue };
        let before = index.checked_sub(1).and_then(|i| words.get(i)).and_then(|w| day_number(w));
        let after = words.get(index + 1).and_then(|w| day_number(w));
        let (day, year_from) = match (before, after) {
            (_, Some(day)) => (day, index + 2),
            (Some(day), None) => (day, index + 1),
            (None, None) => continue,
        };
        let year = words.get(year_from).and_then(|w| year_number(w));
        if let Some(date) = year.and_then(|year| ymd(year, month, day)) {
            return Some(date);
        }
    }
    None
}

fn ymd(year: u32, month: u32, day: u32) -> Option<String> {
    let valid = (1900..=2100).contains(&year) && (1..=12).contains(&month) && day >= 1 && day <= days_in(year, month);
    valid.then(|| format!("{year:04}-{month:02}-{day:02}"))
}

fn days_in(year: u32, month: u32) -> u32 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

fn digits(bytes: &[u8]) -> (u32, usize) {
    let length = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    let value = bytes[..length.min(9)].iter().fold(0u32, |value, &b| value * 10 + u32::from(b - b'0'));
    (value, length)
}

/// Lower-case runs of letters and digits.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(crate::case::lowercase).collect()
}

fn month_number(word: &str) -> Option<u32> {
    const MONTHS: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    if word.len() < 3 {
        return None;
    }
    let position = MONTHS.iter().position(|month| *month == word || (word.len() == 3 && month.starts_with(word)));
    let position = position.or_else(|| (word == "sept").then_some(8))?;
    Some(position as u32 + 1)
}

/// "14", "3rd", "21st".
fn day_number(word: &str) -> Option<u32> {
    let number = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &word[number.len()..];
    let plain = number.len() <= 2 && !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit());
    if !plain || !matches!(suffix, "" | "st" | "nd" | "rd" | "th") {
        return None;
    }
    number.parse().ok().filter(|day| (1..=31).contains(day))
}

fn year_number(word: &str) -> Option<u32> {
    (word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit())).then(|| word.parse().ok()).flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    const JULY_3: Option<MonthDay> = Some(MonthDay { month: 7, day: 3 });

    #[test]
    fn reads_unambiguous_dates() {
        let cases: &[(&str, Option<MonthDay>, Option<&str>)] = &[
            ("Published 14 March 2025", None, Some("2025-03-14")),
            ("March 15, 2025", None, Some("2025-03-15")),
            ("Friday 14th March 2025, 10:15 GMT", None, Some("2025-03-14")),
            ("Fri, 14 Mar 2025 10:00:00 +0000", None, Some("2025-03-14")),
            ("Sept. 2, 2024", None, Some("2024-09-02")),
            ("2025-03-14T09:30:00Z", None, Some("2025-03-14")),
            ("2025/3/4", None, Some("2025-03-04")),
            ("14/03/2025", None, Some("2025-03-14")),
            ("03/14/2025", None, Some("2025-03-14")),
            ("07-07-2025", None, Some("2025-07-07")),
            ("Reuters03-07-2025", JULY_3, Some("2025-07-03")),
            ("03-07-2025", Some(MonthDay { month: 3, day: 7 }), Some("2025-03-07")),
            // Ambiguous without a hint, or when the hint matches neither reading.
            ("03-07-2025", None, None),
            ("03-07-2025", Some(MonthDay { month: 1, day: 1 }), None),
            // Not a whole date, or not a real day.
            ("March 2025", None, None),
            ("14 March", None, None),
            ("time9 minutes ago", None, None),
            ("31 February 2025", None, None),
            ("29 February 2024", None, Some("2024-02-29")),
            ("2025-13-01", None, None),
            ("12345-03-14", None, None),
            ("3 Minute Read", None, None),
            ("we may 14 ways", None, None),
        ];
        for (text, hint, expected) in cases {
            assert_eq!(parse(text, *hint).as_deref(), *expected, "text {text:?} hint {hint:?}");
        }
    }

    #[test]
    fn recognises_dates_that_need_a_hint() {
        assert!(is_date("03-07-2025"));
        assert!(is_date("Published 14 March 2025"));
        assert!(!is_date("2025-13-01"));
        assert!(!is_date("time9 minutes ago"));
    }

    #[test]
    fn reads_month_and_day_of_datelines() {
        assert_eq!(month_day("MOSCOW, July 3"), JULY_3);
        assert_eq!(month_day("3 July"), JULY_3);
        assert_eq!(month_day("PORT ELLERY"), None);
    }
}
