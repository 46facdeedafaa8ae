//! Bylines: who wrote the article. "By Mara Lindqvist", "BY MARA LINDQVIST |
//! 3 Minute Read", "Lena Haugland, Harbour Herald, Northgate" and "Reporting by
//! Saskia Brandt; Editing by Colm Devereux" all become the writers' names, and
//! a byline is never a date, a reading time or a stray label.

use super::outlet;
use crate::case::{find_ignoring_ascii_case, starts_with_ignoring_ascii_case};
use crate::search;

/// Words that show a "byline" is page furniture, not a writer.
const NOT_A_WRITER: &[&str] = &[
    "minute",
    "minutes",
    "min",
    "mins",
    "read",
    "updated",
    "published",
    "ago",
    "comments",
    "share",
    "follow",
    "subscribe",
    "image",
    "photo",
    "video",
    "copyright",
];

/// Words that end a publication's name, never a person's.
const MEDIA_WORDS: &[&str] = &[
    "News", "Times", "Post", "Herald", "Journal", "Tribune", "Press", "Wire", "Courier", "Gazette", "Daily",
    "Magazine", "Network", "Agency", "Media", "Radio", "TV", "Online", "Staff", "Desk", "Insider",
];

/// Degrees and credentials that follow a name ("Brenda Goodman, MA").
const CREDENTIALS: &[&str] = &["MA", "MD", "PhD", "MBA", "MS", "BSc", "MSc", "RN", "DO", "MPH"];

/// Job titles at the end of a byline ("Ben Silverman Games Editor").
const ROLES: &[&str] =
    &["Editor", "Correspondent", "Reporter", "Writer", "Columnist", "Contributor", "Producer", "Analyst"];

/// Lower-case words that may sit inside a name ("Ursula von der Leyen").
const PARTICLES: &[&str] =
    &["de", "van", "von", "der", "den", "la", "le", "al", "bin", "da", "di", "du", "del", "ibn", "ter", "y"];

/// The writers a byline field names (from JSON, a feed or a `<meta>`): any
/// short label is accepted ("Guardian staff and agencies"), a date or a
/// reading time is not.
pub fn from_field(raw: &str) -> Option<String> {
    let text = cut(strip_prefix(raw.trim()));
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.is_empty() || words.len() > 12 || !acceptable(&words) {
        return None;
    }
    let people = names(text);
    if people.is_empty() {
        return Some(words.join(" "));
    }
    Some(join(&people))
}

/// The writers a line of text names, only when it reads as a byline: "By"
/// followed by names.
pub fn from_line(line: &str) -> Option<String> {
    let line = line.trim();
    let rest = strip_by(line)?;
    let people = names(cut(rest));
    (!people.is_empty()).then(|| join(&people))
}

/// The reporters of a wire sign-off ("Reporting by A and B; Editing by C").
pub fn from_signoff(line: &str) -> Option<String> {
    let inner = line.trim().trim_start_matches('(').trim_end_matches([')', '.']);
    let start = ["reporting by ", "writing by ", "reported by "]
        .iter()
        .find_map(|prefix| starts_with_ignoring_ascii_case(inner, prefix).then_some(prefix.len()))?;
    let reporters = inner[start..].split(';').next()?;
    let people = names(reporters);
    (!people.is_empty()).then(|| join(&people))
}

/// Whether a line is a wire sign-off: "Reporting by …; Editing by …" and kin.
pub fn is_signoff(line: &str) -> bool {
    const CREDITS: &[&str] =
        &["reporting by ", "writing by ", "editing by ", "additional reporting by ", "reported by ", "compiled by "];
    let opening = line.trim().trim_start_matches('(').as_bytes();
    let credited = CREDITS
        .iter()
        .any(|credit| opening.len() >= credit.len() && opening[..credit.len()].eq_ignore_ascii_case(credit.as_bytes()));
    credited && line.split_whitespace().count() <= 40
}

fn strip_by(line: &str) -> Option<&str> {
    let lower = crate::case::lowercase(line.get(..3)?);
    (lower == "by " || lower == "by:").then(|| line[3..].trim_start_matches(':').trim())
}

/// Drops what comes before the names: "By", "Written by", "por", "Tech Industry by".
fn strip_prefix(raw: &str) -> &str {
    for prefix in [
        "by ",
        "by:",
        "written by ",
        "words by ",
        "words: ",
        "author: ",
        "authors: ",
        "byline: ",
        "posted by ",
        "por ",
        "par ",
        "von ",
    ] {
        if starts_with_ignoring_ascii_case(raw, prefix) {
            return raw[prefix.len()..].trim();
        }
    }
    // A section label before the byline: "Tech Industry by Steven Musil".
    match find_ignoring_ascii_case(raw, " by ") {
        Some(at) if raw[..at].split_whitespace().count() <= 3 => raw[at + 4..].trim(),
        _ => raw,
    }
}

/// Drops what follows the names: "| 3 Minute Read", " - Diplomatic editor", a date.
fn cut(text: &str) -> &str {
    let mut end = text.len();
    for separator in ["|", "•", "·", " - ", " – ", " — ", ";", "(", "\n", "@", " Edited by ", " edited by "] {
        if let Some(index) = search::find(text, separator) {
            end = end.min(index);
        }
    }
    if let Some(index) = text.find(|c: char| c.is_ascii_digit()) {
        end = end.min(index);
    }
    let mut kept = text[..end].trim().trim_end_matches([',', ':']);
    // The month of a date that the digits cut in half: "Joshua Sokol May".
    if let Some((before, last)) = kept.rsplit_once(' ') {
        if end < text.len() && super::date::month_day(&format!("{last} 1")).is_some() {
            kept = before.trim_end_matches([',', ' ']);
        }
    }
    kept
}

fn acceptable(words: &[&str]) -> bool {
    words.iter().all(|word| {
        let lower = crate::case::lowercase(word.trim_matches(|c: char| !c.is_alphanumeric()));
        !NOT_A_WRITER.contains(&lower.as_str())
    })
}

/// The people named in a list such as "A, B and C", stopping at the first
/// part that is not a person's name ("BBC News", "Washington") and after the
/// part joined by "and" (what follows it is an affiliation).
fn names(text: &str) -> Vec<String> {
    let mut people = Vec::new();
    for segment in text.split(',').map(str::trim).filter(|segment| !segment.is_empty()) {
        let normalised = search::replace(&search::replace(segment, " & ", " and "), " AND ", " and ");
        let parts: Vec<&str> = search::split(&normalised, " and ").map(str::trim).collect();
        for part in &parts {
            let mut words: Vec<&str> = part.split_whitespace().collect();
            // A job title after the name: keep the name ("Ben Silverman Games Editor").
            if words.len() > 2 && words.last().is_some_and(|last| ROLES.contains(last)) {
                words.truncate(2);
            }
            let affiliation = words.iter().any(|word| MEDIA_WORDS.contains(word) || CREDENTIALS.contains(word));
            if !is_name(&words) || affiliation || outlet::known(part).is_some() {
                return people;
            }
            people.push(words.iter().map(|word| title_case_if_shouting(word)).collect::<Vec<_>>().join(" "));
        }
        if parts.len() > 1 {
            break;
        }
    }
    people
}

/// Two to five words, each capitalised (or a particle such as "van"), letters only.
fn is_name(words: &[&str]) -> bool {
    (2..=5).contains(&words.len())
        && acceptable(words)
        && words.iter().all(|word| {
            let letters_only = word.chars().all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '’' | '-'));
            let capitalised = word.chars().next().is_some_and(char::is_uppercase);
            letters_only && (capitalised || PARTICLES.contains(word))
        })
}

fn title_case_if_shouting(word: &str) -> String {
    if word.chars().count() <= 2 || word.chars().any(char::is_lowercase) {
        return word.to_string();
    }
    let mut chars = word.chars();
    chars.next().into_iter().chain(chars.flat_map(crate::case::lower)).collect()
}

fn join(people: &[String]) -> String {
    match people {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byline_lines_become_names() {
        let cases = [
            ("By Mara Lindqvist", Some("Mara Lindqvist")),
            ("BY MARA LINDQVIST | 3 Minute Read", Some("Mara Lindqvist")),
            ("By Jonah Achterberg and Ines Vos, Valley Courier", Some("Jonah Achterberg and Ines Vos")),
            ("By Ursula van der Berg - Harbour editor", Some("Ursula van der Berg")),
            ("By Lena Haugland 14 March 2025", Some("Lena Haugland")),
            ("By", None),
            ("By the standards of other towns, Port Ellery is calm.", None),
            ("Bystanders watched the cranes.", None),
            ("By 3 Minute Read", None),
        ];
        for (line, expected) in cases {
            assert_eq!(from_line(line).as_deref(), expected, "line {line:?}");
        }
    }

    #[test]
    fn byline_fields_accept_labels_but_not_dates() {
        let cases = [
            ("Jonathan Vik", Some("Jonathan Vik")),
            ("Anouk Verbeek, BBC News, Port Ellery", Some("Anouk Verbeek")),
            ("Harbour Herald staff and agencies", Some("Harbour Herald staff and agencies")),
            ("Harbour Desk by Mara Lindqvist March 14, 2025", Some("Mara Lindqvist")),
            ("por Anouk Verbeek", Some("Anouk Verbeek")),
            ("Oskar Halvorsen Harbour Editor", Some("Oskar Halvorsen")),
            ("By Lena Haugland, MA Valley Courier News", Some("Lena Haugland")),
            ("By Oskar Halvorsen", Some("Oskar Halvorsen")),
            // Lowered, "İ" is a byte longer: offsets are taken in the field itself
            // (a fuzzed front matter's author field panicked inside "É").
            ("Desk İstanbul by Émile Zola", Some("Émile Zola")),
            ("Posted BY Mara Lindqvist", Some("Mara Lindqvist")),
            ("4 Minute Read", None),
            ("Published 14 March 2025", None),
            ("", None),
        ];
        for (raw, expected) in cases {
            assert_eq!(from_field(raw).as_deref(), expected, "raw {raw:?}");
        }
    }

    #[test]
    fn sign_offs_name_the_reporters() {
        let line = "Reporting by Saskia Brandt; Editing by Colm Devereux";
        assert!(is_signoff(line));
        assert_eq!(from_signoff(line).as_deref(), Some("Saskia Brandt"));
        assert_eq!(
            from_signoff("(Reporting by Saskia Brandt and Piet Vos; Editing by Colm Devereux)").as_deref(),
            Some("Saskia Brandt and Piet Vos")
        );
        assert_eq!(from_signoff("Editing by Colm Devereux"), None);
        assert!(is_signoff("Editing by Colm Devereux"));
        assert!(!is_signoff("The harbour reopened on Friday."));
    }
}
