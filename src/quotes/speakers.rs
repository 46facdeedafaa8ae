//! Speakers owns the corpus-wide view of who is quoted: the speakers of many
//! articles are counted under one name, a name that is part of a fuller one
//! ("Trump" of "Donald Trump") joins it, and every other way a speaker was
//! written becomes an alias.

use std::collections::{BTreeMap, BTreeSet};

use super::Speaker;

/// One speaker across the articles counted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tally {
    pub name: String,
    /// Other names and written forms, sorted; pronouns are not aliases.
    pub aliases: Vec<String>,
    pub quotes: usize,
    /// Quotations per outlet, for articles that name their outlet.
    pub outlets: BTreeMap<String, usize>,
}

/// Counts quotations by speaker. `quoted` yields each quotation's speaker and
/// its article's outlet, in a fixed order; the result is ranked by quotations,
/// then by name.
pub fn tally<'a>(quoted: impl IntoIterator<Item = (&'a Speaker, Option<&'a str>)>) -> Vec<Tally> {
    let mut by_name: BTreeMap<(bool, &'a str), Draft> = BTreeMap::new();
    for (speaker, outlet) in quoted {
        let draft = by_name.entry((speaker.named, speaker.name.as_str())).or_default();
        draft.quotes += 1;
        if !is_pronoun(&speaker.written) {
            draft.aliases.insert(speaker.written.clone());
        }
        if let Some(outlet) = outlet {
            *draft.outlets.entry(outlet.to_string()).or_default() += 1;
        }
    }
    // A name whose words all appear, in order, in exactly the fuller names ending
    // like it joins the most quoted of those.
    let named: Vec<&'a str> = by_name.keys().filter(|(named, _)| *named).map(|(_, name)| *name).collect();
    let mut target: BTreeMap<&'a str, &'a str> = BTreeMap::new();
    for &name in &named {
        let fuller = named
            .iter()
            .filter(|&&other| other != name && is_part_of(name, other))
            .max_by_key(|&&other| (by_name[&(true, other)].quotes, std::cmp::Reverse(other)));
        if let Some(&fuller) = fuller {
            target.insert(name, fuller);
        }
    }
    let resolve = |mut name: &'a str| -> &'a str {
        // Chains end: every step goes to a name with more words.
        while let Some(&next) = target.get(name) {
            name = next;
        }
        name
    };
    let mut merged: BTreeMap<(bool, String), Draft> = BTreeMap::new();
    for ((named, name), draft) in by_name.iter() {
        let into = if *named { resolve(name) } else { name };
        let entry = merged.entry((*named, into.to_string())).or_default();
        entry.quotes += draft.quotes;
        entry.aliases.extend(draft.aliases.iter().cloned());
        if into != *name {
            entry.aliases.insert(name.to_string());
        }
        for (outlet, count) in &draft.outlets {
            *entry.outlets.entry(outlet.clone()).or_default() += count;
        }
    }
    let mut tallies: Vec<Tally> = merged
        .into_iter()
        .map(|((_, name), draft)| Tally {
            aliases: draft.aliases.into_iter().filter(|alias| *alias != name).collect(),
            name,
            quotes: draft.quotes,
            outlets: draft.outlets,
        })
        .collect();
    tallies.sort_by(|a, b| b.quotes.cmp(&a.quotes).then_with(|| a.name.cmp(&b.name)));
    tallies
}

#[derive(Debug, Default)]
struct Draft {
    quotes: usize,
    aliases: BTreeSet<String>,
    outlets: BTreeMap<String, usize>,
}

/// Whether every word of `part` occurs in `whole` in order, ending on the same word.
fn is_part_of(part: &str, whole: &str) -> bool {
    let part: Vec<&str> = part.split_whitespace().collect();
    let whole: Vec<&str> = whole.split_whitespace().collect();
    if part.len() >= whole.len() || part.last() != whole.last() {
        return false;
    }
    let mut rest = whole.iter();
    part.iter().all(|word| rest.any(|candidate| candidate == word))
}

fn is_pronoun(written: &str) -> bool {
    ["he", "she"].iter().any(|pronoun| written.eq_ignore_ascii_case(pronoun))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn speaker(name: &str, written: &str, named: bool) -> Speaker {
        Speaker { name: name.to_string(), written: written.to_string(), named }
    }

    #[test]
    fn speakers_merge_across_articles_with_aliases_and_outlets() {
        let quoted = [
            (speaker("Ines Okafor", "Mayor Ines Okafor", true), Some("The Harbour Herald")),
            (speaker("Ines Okafor", "Ms Okafor", true), Some("The Harbour Herald")),
            (speaker("Ines Okafor", "she", true), Some("Valley Courier")),
            (speaker("Okafor", "Okafor", true), Some("Northgate Wire")),
            (speaker("Tomasz Wilk", "he", true), None),
            (speaker("a port spokesperson", "A port spokesperson", false), Some("Valley Courier")),
            (speaker("Wilk", "Wilk", true), Some("Valley Courier")),
        ];
        let tallies = tally(quoted.iter().map(|(speaker, outlet)| (speaker, *outlet)));
        type Row<'a> = (&'a str, Vec<&'a str>, usize, Vec<(&'a str, usize)>);
        let found: Vec<Row> = tallies
            .iter()
            .map(|tally| {
                let aliases = tally.aliases.iter().map(String::as_str).collect();
                let outlets = tally.outlets.iter().map(|(outlet, count)| (outlet.as_str(), *count)).collect();
                (tally.name.as_str(), aliases, tally.quotes, outlets)
            })
            .collect();
        let herald = "The Harbour Herald";
        assert_eq!(
            found,
            [
                (
                    "Ines Okafor",
                    vec!["Mayor Ines Okafor", "Ms Okafor", "Okafor"],
                    4,
                    vec![("Northgate Wire", 1), (herald, 2), ("Valley Courier", 1)]
                ),
                ("Tomasz Wilk", vec!["Wilk"], 2, vec![("Valley Courier", 1)]),
                ("a port spokesperson", vec!["A port spokesperson"], 1, vec![("Valley Courier", 1)]),
            ]
        );
    }

    #[test]
    fn a_short_name_joins_the_most_quoted_fuller_name_only() {
        let quoted = [
            speaker("Marta Vance", "Marta Vance", true),
            speaker("Marta Vance", "Ms Vance", true),
            speaker("Colm Vance", "Colm Vance", true),
            speaker("Vance", "Vance", true),
            speaker("Vance Holloway", "Vance Holloway", true),
            speaker("the Vance family", "the Vance family", false),
        ];
        let tallies = tally(quoted.iter().map(|speaker| (speaker, None)));
        let found: Vec<(&str, usize)> = tallies.iter().map(|tally| (tally.name.as_str(), tally.quotes)).collect();
        assert_eq!(found, [("Marta Vance", 3), ("Colm Vance", 1), ("Vance Holloway", 1), ("the Vance family", 1)]);
    }
}
