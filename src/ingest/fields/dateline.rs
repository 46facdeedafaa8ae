//! Datelines: the place (and often date and agency) that opens a report,
//! "MOSCOW, July 3 (Reuters) - ...", "PORT ELLERY (Northgate Wire) - ...",
//! "LONDON — ...". The place becomes the article's dateline, the agency a
//! hint for its outlet, the month and day a hint for an ambiguous date; the
//! dateline itself is cut from the body.

use super::date::{self, MonthDay};
use crate::search;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dateline {
    /// As written: "MOSCOW", "AUSTIN, Texas".
    pub place: String,
    /// The name in parentheses: "Reuters".
    pub agency: Option<String>,
    pub month_day: Option<MonthDay>,
    /// Byte offset in the paragraph where the body text starts.
    pub body_start: usize,
}

/// Dashes that end a dateline, longest first.
const DASHES: &[&str] = &[" -- ", " - ", " – ", " — ", "—", "–"];

/// Datelines are short; anything longer is a sentence.
const MAX_DATELINE_BYTES: usize = 90;

/// The dateline opening `paragraph`, if it has one.
pub fn find(paragraph: &str) -> Option<Dateline> {
    let window = &paragraph[..floor_char_boundary(paragraph, MAX_DATELINE_BYTES.min(paragraph.len()))];
    let (head_end, dash) =
        DASHES.iter().filter_map(|dash| search::find(window, dash).map(|index| (index, *dash))).min()?;
    let body_start = head_end + dash.len();
    let body = paragraph[body_start..].trim_start();
    if !body.starts_with(|c: char| c.is_uppercase() || c.is_numeric() || matches!(c, '"' | '“' | '‘' | '\'')) {
        return None;
    }
    let mut head = paragraph[..head_end].trim();
    let mut agency = None;
    if let Some(inner) = head.strip_suffix(')') {
        let open = inner.rfind('(')?;
        agency = Some(inner[open + 1..].trim().to_string()).filter(|agency| !agency.is_empty());
        head = inner[..open].trim();
    }
    let mut parts = head.split(',').map(str::trim);
    let place = parts.next().filter(|place| !place.is_empty())?;
    let shouted = is_shouted(place);
    if !(shouted || agency.is_some() && is_capitalised_words(place)) {
        return None;
    }
    let mut full_place = place.to_string();
    let mut month_day = None;
    for part in parts {
        if let Some(found) = date::month_day(part) {
            month_day = Some(found);
        } else if is_capitalised_words(part) && month_day.is_none() {
            full_place.push_str(", ");
            full_place.push_str(part);
        } else {
            return None;
        }
    }
    let body_start = paragraph.len() - body.len();
    Some(Dateline { place: full_place, agency, month_day, body_start })
}

/// "PORT ELLERY", "NEW YORK", "ST. JOHN'S": every letter upper case, at most five words.
fn is_shouted(place: &str) -> bool {
    let letters = place.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2
        && place.split_whitespace().count() <= 5
        && place.chars().all(|c| c.is_uppercase() || matches!(c, ' ' | '.' | '\'' | '’' | '-' | '/'))
}

/// "Port Ellery", "Texas", "D.C.": up to four capitalised words.
fn is_capitalised_words(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    (1..=4).contains(&words.len())
        && words.iter().all(|word| {
            word.chars().next().is_some_and(char::is_uppercase)
                && word.chars().all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '’' | '-'))
        })
}

fn floor_char_boundary(text: &str, mut index: usize) -> usize {
    while !text.is_char_boundary(index) {
        index -= 1;
    }
    index
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dateline(place: &str, agency: Option<&str>, month_day: Option<(u32, u32)>, body: &str) -> (Dateline, String) {
        let dateline = Dateline {
            place: place.into(),
            agency: agency.map(String::from),
            month_day: month_day.map(|(month, day)| MonthDay { month, day }),
            body_start: 0,
        };
        (dateline, body.into())
    }

    #[test]
    fn finds_datelines_and_where_the_body_starts() {
        let cases = [
            (
                "MOSCOW, July 3 (Reuters) - Russian officials said.",
                dateline("MOSCOW", Some("Reuters"), Some((7, 3)), "Russian officials said."),
            ),
            (
                "PORT ELLERY, March 14 (Harbour Herald) - The harbour reopened.",
                dateline("PORT ELLERY", Some("Harbour Herald"), Some((3, 14)), "The harbour reopened."),
            ),
            (
                "PORT ELLERY (Northgate Wire) - The union called.",
                dateline("PORT ELLERY", Some("Northgate Wire"), None, "The union called."),
            ),
            ("NEW YORK (Reuters) -- Lawyers said.", dateline("NEW YORK", Some("Reuters"), None, "Lawyers said.")),
            ("LONDON — “We won,” she said.", dateline("LONDON", None, None, "“We won,” she said.")),
            (
                "AUSTIN, Texas, May 2 (AP) – Voters went.",
                dateline("AUSTIN, Texas", Some("AP"), Some((5, 2)), "Voters went."),
            ),
            (
                "Port Ellery (Valley Courier) - Shops shut.",
                dateline("Port Ellery", Some("Valley Courier"), None, "Shops shut."),
            ),
        ];
        for (paragraph, (expected, body)) in cases {
            let found = find(paragraph).unwrap_or_else(|| panic!("no dateline in {paragraph:?}"));
            assert_eq!(&paragraph[found.body_start..], body, "{paragraph:?}");
            assert_eq!(Dateline { body_start: 0, ..found }, expected, "{paragraph:?}");
        }
    }

    #[test]
    fn ordinary_sentences_have_none() {
        for paragraph in [
            "The harbour reopened - and the town cheered.",
            "Port Ellery - a town of fishers - voted.",
            "US defence secretary signals shift - allies worried",
            "NATO - the alliance - met on Friday.",
            "A long sentence that happens to contain a dash far beyond the first ninety bytes of the paragraph - here.",
            "WASHINGTON - lower case follows",
        ] {
            assert_eq!(find(paragraph), None, "{paragraph:?}");
        }
    }
}
