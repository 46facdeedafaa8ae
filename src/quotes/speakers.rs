//! Speakers owns the corpus-wide view of who is quoted: the speakers of many
//! articles are counted under one name, a name that is part of a fuller one
//! ("Trump" of "Donald Trump") joins it, and every other way a speaker was
//! written becomes an alias. A speaker is shown under their most quoted name
//! of two words or more, counting the quotations of the fuller name it joined,
//! so that one garbled fuller form ("Donald Trump Trump" in a caption,
//! "Slippery James Comey" in a quoted tweet) never renames everyone it
//! absorbed.

use std::collections::BTreeMap;

use rustc_hash::FxHashMap;

use super::Speaker;
use crate::names::Gender;

/// One speaker across the articles counted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tally {
    pub name: String,
    /// A proper name rather than a description ("a port spokesperson").
    pub named: bool,
    /// Other names and written forms, sorted; pronouns are not aliases.
    pub aliases: Vec<String>,
    pub quotes: usize,
    /// Quotations per outlet, for articles that name their outlet.
    pub outlets: BTreeMap<String, usize>,
    /// The gender most of its quotations' articles give the speaker; none
    /// when as many say one as the other.
    pub gender: Option<Gender>,
    /// Its group of names, for [`Tallies::name_of`].
    root: usize,
}

/// The speakers counted, and which of them each speaker of an article is.
pub struct Tallies<'a> {
    /// Ranked by quotations, then by name.
    pub speakers: Vec<Tally>,
    /// The group of each article's speaker (named or not, name), the group
    /// each was merged into, and the position in `speakers` of those.
    group_of: FxHashMap<(bool, &'a str), usize>,
    merged_into: Vec<usize>,
    position_of_merged: Vec<usize>,
}

impl Tallies<'_> {
    /// The name `speaker`, as an article gives it, is counted under; `None`
    /// for a speaker none of the counted quotations has.
    pub fn name_of(&self, speaker: &Speaker) -> Option<&str> {
        let group = self.group_of.get(&(speaker.named, speaker.name.as_str()))?;
        Some(&self.speakers[self.position_of_merged[self.merged_into[*group]]].name)
    }
}

/// Counts quotations by speaker. `quoted` yields each quotation's speaker and
/// its article's outlet; the result does not depend on the order of `quoted`.
pub fn tally<'a>(quoted: impl IntoIterator<Item = (&'a Speaker, Option<&'a str>)>) -> Tallies<'a> {
    // One group per distinct name.
    let mut groups: Vec<Group> = Vec::new();
    let mut group_of: FxHashMap<(bool, &str), usize> = FxHashMap::default();
    for (speaker, outlet) in quoted {
        let next = groups.len();
        let index = *group_of.entry((speaker.named, speaker.name.as_str())).or_insert(next);
        if index == next {
            groups.push(Group { named: speaker.named, name: &speaker.name, ..Group::default() });
        }
        let group = &mut groups[index];
        group.quotes += 1;
        match speaker.gender {
            Some(Gender::Female) => group.genders[0] += 1,
            Some(Gender::Male) => group.genders[1] += 1,
            None => {}
        }
        if !is_pronoun(&speaker.written) {
            group.aliases.push(speaker.written.as_str());
        }
        group.outlets.extend(outlet);
    }
    // A name whose words all appear, in order, in fuller names ending with the
    // same word ("Trump" in "Donald Trump") joins the most quoted of those.
    let mut by_last_word: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
    for (index, group) in groups.iter().enumerate().filter(|(_, group)| group.named) {
        by_last_word.entry(group.name.rsplit(' ').next().unwrap_or_default()).or_default().push(index);
    }
    let fuller: Vec<Option<usize>> = groups
        .iter()
        .map(|group| {
            let same_last = by_last_word.get(group.name.rsplit(' ').next().unwrap_or_default())?;
            same_last
                .iter()
                .copied()
                .filter(|&other| group.named && is_part_of(group.name, groups[other].name))
                .max_by_key(|&other| (groups[other].quotes, std::cmp::Reverse(groups[other].name)))
                // A lone name quoted four times as often as the fullest that holds
                // it is someone else's: "Mr Kim" of North Korea is no "Jung Woo Kim".
                .filter(|&other| group.name.contains(' ') || groups[other].quotes * 4 >= group.quotes)
        })
        .collect();
    // Every step goes to a name with more words, so chains end.
    let root = |mut index: usize| {
        while let Some(next) = fuller[index] {
            index = next;
        }
        index
    };
    let mut merged: Vec<Option<Group>> = groups.iter().map(|_| None).collect();
    let mut merged_into = Vec::with_capacity(groups.len());
    for (index, group) in groups.iter().enumerate() {
        let into = root(index);
        merged_into.push(into);
        let target = merged[into].get_or_insert_with(|| Group {
            named: groups[into].named,
            name: groups[into].name,
            ..Group::default()
        });
        target.quotes += group.quotes;
        target.genders[0] += group.genders[0];
        target.genders[1] += group.genders[1];
        target.aliases.extend(&group.aliases);
        target.outlets.extend(&group.outlets);
        target.aliases.push(group.name);
        // "James Comey" counts the quotations of the "Slippery James Comey" it
        // joined; on a tie the first by name, so that the order of `quoted` never matters.
        let quotes = group.quotes + fuller[index].map_or(0, |fuller| groups[fuller].quotes);
        let more_quoted = |(shown, name): (usize, &str)| (quotes, name) > (shown, group.name);
        if group.name.contains(' ') && target.shown.is_none_or(more_quoted) {
            target.shown = Some((quotes, group.name));
        }
    }
    let mut tallies: Vec<Tally> = Vec::new();
    for (root, group) in merged.into_iter().enumerate() {
        let Some(mut group) = group else { continue };
        if let Some((_, name)) = group.shown {
            group.name = name;
        }
        crate::sort::sort_by(&mut group.aliases, Ord::cmp);
        group.aliases.dedup();
        let mut outlets = BTreeMap::new();
        for outlet in group.outlets {
            *outlets.entry(outlet.to_string()).or_default() += 1;
        }
        tallies.push(Tally {
            aliases: group
                .aliases
                .iter()
                .filter(|alias| **alias != group.name)
                .map(|alias| alias.to_string())
                .collect(),
            name: group.name.to_string(),
            named: group.named,
            quotes: group.quotes,
            outlets,
            gender: match group.genders {
                [female, male] if female > male => Some(Gender::Female),
                [female, male] if male > female => Some(Gender::Male),
                _ => None,
            },
            root,
        });
    }
    // Names are unique within each of the named and the described, which the
    // last key tells apart, so the unstable sort is deterministic.
    crate::sort::sort_by(&mut tallies, |a, b| {
        b.quotes.cmp(&a.quotes).then_with(|| a.name.cmp(&b.name)).then_with(|| a.named.cmp(&b.named))
    });
    let mut position_of_merged = vec![0; groups.len()];
    for (position, tally) in tallies.iter().enumerate() {
        position_of_merged[tally.root] = position;
    }
    Tallies { speakers: tallies, group_of, merged_into, position_of_merged }
}

/// The quotations of one name.
#[derive(Debug, Default)]
struct Group<'a> {
    named: bool,
    name: &'a str,
    quotes: usize,
    aliases: Vec<&'a str>,
    /// The outlet of every quotation that has one.
    outlets: Vec<&'a str>,
    /// Its quotations whose speaker the article gives as female, and as male.
    genders: [usize; 2],
    /// Once names are merged: the name of two words or more shown, and its
    /// quotations with those of the fuller name it joined.
    shown: Option<(usize, &'a str)>,
}

/// Whether every word of `part` occurs in `whole` in order, ending on the same word.
fn is_part_of(part: &str, whole: &str) -> bool {
    let mut rest = whole.split(' ');
    let part_words = part.split(' ').count();
    part_words < whole.split(' ').count()
        && part.rsplit(' ').next() == whole.rsplit(' ').next()
        && part.split(' ').all(|word| rest.any(|candidate| candidate == word))
}

fn is_pronoun(written: &str) -> bool {
    ["he", "she"].iter().any(|pronoun| written.eq_ignore_ascii_case(pronoun))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn speaker(name: &str, written: &str, named: bool) -> Speaker {
        Speaker { name: name.to_string(), written: written.to_string(), named, gender: None }
    }

    #[test]
    fn a_speaker_s_gender_is_the_one_most_of_their_quotations_give() {
        let with = |name: &str, gender: Option<Gender>| Speaker { gender, ..speaker(name, name, true) };
        let (female, male) = (Some(Gender::Female), Some(Gender::Male));
        let quoted = [
            with("Ines Okafor", female),
            with("Ines Okafor", female),
            with("Ines Okafor", None),
            // A misread pronoun in another article, outvoted once "Okafor" joins "Ines Okafor".
            with("Okafor", male),
            with("Tomasz Wilk", male),
            with("Wilk", None),
            with("Sam Reyes", female),
            with("Sam Reyes", male),
            with("Arlo Brandt", None),
            speaker("a port spokeswoman", "a port spokeswoman", false),
        ];
        let tallies = tally(quoted.iter().map(|speaker| (speaker, None)));
        let found: Vec<(&str, usize, Option<Gender>)> =
            tallies.speakers.iter().map(|tally| (tally.name.as_str(), tally.quotes, tally.gender)).collect();
        assert_eq!(
            found,
            [
                ("Ines Okafor", 4, female),
                ("Sam Reyes", 2, None),
                ("Tomasz Wilk", 2, male),
                ("Arlo Brandt", 1, None),
                ("a port spokeswoman", 1, None),
            ]
        );
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
            .speakers
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
    fn a_speaker_is_shown_under_their_most_quoted_full_name_and_every_form_finds_it() {
        let quoted = [
            speaker("Donald Trump Trump", "Donald Trump Trump", true),
            speaker("Donald Trump", "President Donald Trump", true),
            speaker("Donald Trump", "Mr Trump", true),
            speaker("Trump", "Trump", true),
        ];
        let tallies = tally(quoted.iter().map(|speaker| (speaker, None)));
        let [only] = &tallies.speakers[..] else { panic!("one speaker: {:?}", tallies.speakers) };
        assert_eq!((only.name.as_str(), only.quotes), ("Donald Trump", 4));
        assert_eq!(only.aliases, ["Donald Trump Trump", "Mr Trump", "President Donald Trump", "Trump"]);
        for speaker in &quoted {
            assert_eq!(tallies.name_of(speaker), Some("Donald Trump"), "{speaker:?}");
        }
        assert_eq!(tallies.name_of(&speaker("Trump", "Trump", false)), None, "a description is not a name");

        let tied = [
            speaker("Ines Adaeze Okafor", "Ines Adaeze Okafor", true),
            speaker("Ines Okafor", "Ines Okafor", true),
            speaker("Adaeze Okafor", "Adaeze Okafor", true),
        ];
        for order in [[0, 1, 2], [2, 1, 0], [1, 2, 0]] {
            let tallies = tally(order.iter().map(|&index| (&tied[index], None)));
            assert_eq!(tallies.speakers[0].name, "Adaeze Okafor", "the first by name, in any order");
        }
    }

    #[test]
    fn short_names_join_the_most_quoted_fuller_name_which_counts_for_the_name_shown() {
        /// The speakers of some quotations, and the names they are counted under with their quotations.
        type Case<'a> = (&'a [Speaker], &'a [(&'a str, usize)]);
        let cases: [Case; 3] = [
            (
                &[
                    speaker("Marta Vance", "Marta Vance", true),
                    speaker("Marta Vance", "Ms Vance", true),
                    speaker("Colm Vance", "Colm Vance", true),
                    speaker("Vance", "Vance", true),
                    speaker("Vance Holloway", "Vance Holloway", true),
                    speaker("the Vance family", "the Vance family", false),
                ],
                &[("Marta Vance", 3), ("Colm Vance", 1), ("Vance Holloway", 1), ("the Vance family", 1)],
            ),
            (
                // A fuller name's quotations count for a name it holds: not "Slippery Tomasz Wilk".
                &[
                    speaker("Slippery Tomasz Wilk", "Slippery Tomasz Wilk", true),
                    speaker("Slippery Tomasz Wilk", "Mr Wilk", true),
                    speaker("Slippery Tomasz Wilk", "Wilk", true),
                    speaker("Tomasz Wilk", "Tomasz Wilk", true),
                    speaker("Tomasz Wilk", "Wilk", true),
                    speaker("Wilk", "Mr Wilk", true),
                    speaker("Harbour Master Ines Okafor", "Harbour Master Ines Okafor", true),
                    speaker("Ines Okafor", "Ines Okafor", true),
                ],
                &[("Tomasz Wilk", 6), ("Ines Okafor", 2)],
            ),
            (
                // A lone name quoted four times as often as the fuller one is someone else.
                &[
                    speaker("Ryu", "Mr Ryu", true),
                    speaker("Ryu", "Ryu", true),
                    speaker("Ryu", "Mr Ryu", true),
                    speaker("Ryu", "Ryu", true),
                    speaker("Ryu", "Ryu", true),
                    speaker("Dae Ho Ryu", "Dae Ho Ryu", true),
                    speaker("Park", "Mr Park", true),
                    speaker("Park", "Park", true),
                    speaker("Min Park", "Min Park", true),
                ],
                &[("Ryu", 5), ("Min Park", 3), ("Dae Ho Ryu", 1)],
            ),
        ];
        for (quoted, expected) in cases {
            let tallies = tally(quoted.iter().map(|speaker| (speaker, None)));
            let found: Vec<(&str, usize)> =
                tallies.speakers.iter().map(|tally| (tally.name.as_str(), tally.quotes)).collect();
            assert_eq!(found, expected);
        }
    }
}
