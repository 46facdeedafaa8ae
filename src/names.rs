//! Names owns proper-name mentions in an article's text and what they refer
//! to: every run of capitalised words is a mention (titles such as "Mr" or
//! "President" and possessive endings set apart), and the mentions of one
//! article are grouped into entities, each known by the fullest form the
//! article gives ("Mr Hegseth", "Hegseth" and "Pete Hegseth" are all
//! "Pete Hegseth"). Entities carry whether they look like a person and, for
//! people, a gender read from titles, given names and the pronouns that
//! follow them, so that "he said" can find its speaker.
//!
//! It works on the text alone, with no language model: one pass over the
//! bytes that looks up only capitalised words, then grouping by shared words.

mod lists;

use std::collections::hash_map::Entry;
use std::hash::{Hash, Hasher};
use std::ops::Range;
use std::sync::OnceLock;

use rustc_hash::FxHashMap;

use crate::bytescan;
use crate::sort;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Female,
    Male,
}

impl Gender {
    pub fn as_str(self) -> &'static str {
        match self {
            Gender::Female => "female",
            Gender::Male => "male",
        }
    }
}

/// Index of an entity in [`Names::entities`].
pub type EntityId = usize;

/// One mention of a name in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// The name as written, without title or possessive ending: "Hegseth" in "Mr Hegseth's".
    pub name: Range<usize>,
    /// The title written just before the name ("Mr", "President", "Sen."), if any.
    pub title: Option<Range<usize>>,
    pub entity: EntityId,
}

impl Mention {
    /// Where the mention begins as written: at its title, if it has one.
    pub fn start(&self) -> usize {
        self.title.as_ref().map_or(self.name.start, |title| title.start)
    }
}

/// What a group of mentions refers to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    /// The fullest form the article gives, as first written.
    pub name: String,
    /// Whether the mentions look like a person's name rather than an organisation's or a place's.
    pub person: bool,
    pub gender: Option<Gender>,
    pub mentions: usize,
}

/// The names of one text.
#[derive(Debug, Clone, Default)]
pub struct Names {
    mentions: Vec<Mention>,
    entities: Vec<Entity>,
}

impl Names {
    /// Finds the name mentions of `text` and groups them into entities.
    pub fn find(text: &str) -> Names {
        let scan = Scan::run(text);
        let (entities, of_mention) = group(text, &scan);
        let mentions = scan
            .mentions
            .iter()
            .zip(of_mention)
            .map(|(raw, entity)| Mention { name: raw.name.clone(), title: raw.title.clone(), entity })
            .collect();
        let mut names = Names { mentions, entities };
        let mut pronouns = Vec::new();
        for window in names.pronoun_windows(text, &scan.stops) {
            find_pronouns(text, window, &mut pronouns);
        }
        names.vote_genders(&scan.stops, &pronouns);
        names
    }

    /// Every mention, in text order.
    pub fn mentions(&self) -> &[Mention] {
        &self.mentions
    }

    pub fn entities(&self) -> &[Entity] {
        &self.entities
    }

    pub fn entity(&self, id: EntityId) -> &Entity {
        &self.entities[id]
    }

    /// The mentions whose name lies inside `range`, in text order.
    pub fn within(&self, range: Range<usize>) -> &[Mention] {
        let first = self.mentions.partition_point(|mention| mention.name.start < range.start);
        let count = self.mentions[first..].partition_point(|mention| mention.name.end <= range.end);
        &self.mentions[first..first + count]
    }

    /// The mentions that start before `position`, in text order.
    pub fn before(&self, position: usize) -> &[Mention] {
        &self.mentions[..self.mentions.partition_point(|mention| mention.name.start < position)]
    }

    /// Records that a pronoun of `gender` was found to refer to `entity`,
    /// for people whose titles and given names said nothing.
    pub fn learn_gender(&mut self, entity: EntityId, gender: Gender) {
        if let Some(entity) = self.entities.get_mut(entity) {
            entity.gender.get_or_insert(gender);
        }
    }

    /// Where pronouns can tell something: from each mention of a person of
    /// unknown gender to the end of the next sentence, overlaps merged.
    fn pronoun_windows(&self, text: &str, stops: &[usize]) -> Vec<Range<usize>> {
        let mut windows: Vec<Range<usize>> = Vec::new();
        for mention in &self.mentions {
            let entity = &self.entities[mention.entity];
            if !entity.person || entity.gender.is_some() {
                continue;
            }
            let sentence = stops.partition_point(|&stop| stop < mention.name.start);
            let end = stops.get(sentence + 1).map_or(text.len(), |&stop| stop + 1);
            match windows.last_mut() {
                Some(last) if last.end >= mention.name.start => last.end = last.end.max(end),
                _ => windows.push(mention.name.start..end),
            }
        }
        windows
    }

    /// Gives people whose titles and given names say nothing the gender of the
    /// pronouns that follow them while no other person is in view (the
    /// sentence before and the one in progress).
    fn vote_genders(&mut self, stops: &[usize], pronouns: &[Pronoun]) {
        let sentence_of = |at: usize| stops.partition_point(|&stop| stop < at);
        let mut votes: FxHashMap<EntityId, [u32; 2]> = FxHashMap::default();
        let mut recent: Vec<(usize, EntityId)> = Vec::new();
        let mut mentions = self.mentions.iter().peekable();
        for pronoun in pronouns {
            while let Some(mention) = mentions.next_if(|mention| mention.name.start < pronoun.at) {
                if self.entities[mention.entity].person {
                    recent.push((sentence_of(mention.name.start), mention.entity));
                }
            }
            let sentence = sentence_of(pronoun.at);
            recent.retain(|&(mentioned, _)| mentioned + 1 >= sentence);
            let Some(&(_, only)) = recent.first() else { continue };
            if recent.iter().all(|&(_, entity)| entity == only) {
                votes.entry(only).or_default()[pronoun.gender as usize] += 1;
            }
        }
        for (entity, [female, male]) in votes {
            let entity = &mut self.entities[entity];
            if entity.gender.is_none() && female != male {
                entity.gender = Some(if female > male { Gender::Female } else { Gender::Male });
            }
        }
    }
}

/// What the word lists say about one word.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Lexeme {
    /// A title, and the gender it implies if any.
    title: Option<Option<Gender>>,
    given: Option<Gender>,
    /// A sentence opener, day or month: never part of a name.
    not_name: bool,
    /// Makes a phrase an organisation or a place.
    not_person: bool,
    /// A department, party or rank written before a name.
    role: bool,
    /// A lower-case word inside a name ("von", "de").
    particle: bool,
    suffix: bool,
    /// Written with a full stop that does not end a sentence ("Mr.", "Inc.").
    abbreviation: bool,
}

/// The lexeme of `word` in any case; the default for words on no list.
fn lexeme(word: &str) -> Lexeme {
    lexeme_at(word.as_bytes(), 0..word.len()).1
}

/// The [`bytescan::key_at`] and the lexeme of the word at `range` of `text`.
fn lexeme_at(text: &[u8], range: Range<usize>) -> (Option<u128>, Lexeme) {
    static TABLE: OnceLock<FxHashMap<u128, Lexeme>> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let mut table: FxHashMap<u128, Lexeme> = FxHashMap::default();
        let mut mark = |words: &str, set: &dyn Fn(&mut Lexeme)| {
            for key in words.split_ascii_whitespace().filter_map(bytescan::short_key) {
                set(table.entry(key).or_default());
            }
        };
        mark(lists::NOT_NAMES, &|lexeme| lexeme.not_name = true);
        mark(lists::NOT_PERSON, &|lexeme| lexeme.not_person = true);
        mark(lists::SUFFIXES, &|lexeme| lexeme.suffix = true);
        mark(lists::ABBREVIATIONS, &|lexeme| lexeme.abbreviation = true);
        mark(lists::ROLES, &|lexeme| lexeme.role = true);
        mark(lists::PARTICLES, &|lexeme| lexeme.particle = true);
        mark(lists::FEMALE_NAMES, &|lexeme| lexeme.given = Some(Gender::Female));
        mark(lists::MALE_NAMES, &|lexeme| lexeme.given = Some(Gender::Male));
        mark(lists::TITLES, &|lexeme| lexeme.title = Some(None));
        mark(lists::MALE_TITLES, &|lexeme| lexeme.title = Some(Some(Gender::Male)));
        mark(lists::FEMALE_TITLES, &|lexeme| lexeme.title = Some(Some(Gender::Female)));
        table
    });
    let key = bytescan::key_at(text, range.start, range.len());
    (key, key.and_then(|key| table.get(&key)).copied().unwrap_or_default())
}

/// A mention as the scan found it, before grouping.
#[derive(Debug)]
struct RawMention {
    name: Range<usize>,
    title: Option<Range<usize>>,
    title_gender: Option<Gender>,
    /// The words that identify the name (no initials, no "Jr"), as ranges in `Scan::words`.
    key: Range<usize>,
    suffix: Option<Range<usize>>,
    /// Followed by an age, as people are: "Bariya, 63, was detained".
    aged: bool,
}

#[derive(Debug)]
struct Pronoun {
    at: usize,
    gender: Gender,
}

/// A capitalised word (or a particle) of a run, with its lexeme.
#[derive(Debug, Clone)]
struct RunWord {
    range: Range<usize>,
    /// Its [`bytescan::key_at`], if it is short enough to have one.
    key: Option<u128>,
    lexeme: Lexeme,
}

/// What one pass over the text finds.
#[derive(Debug, Default)]
struct Scan {
    mentions: Vec<RawMention>,
    /// The identifying words of every mention, back to back.
    words: Vec<RunWord>,
    /// Where sentences end.
    stops: Vec<usize>,
}

impl Scan {
    fn run(text: &str) -> Scan {
        // About one name and one sentence in every hundred bytes of news.
        let expected = text.len() / 100;
        let mut scan = Scan {
            mentions: Vec::with_capacity(expected),
            words: Vec::with_capacity(expected),
            stops: Vec::with_capacity(expected),
        };
        scan.capitalised_runs(text);
        scan
    }

    /// Visits only the bytes that can start a name or end a sentence (eight
    /// bytes at a time elsewhere), gathering runs of capitalised words.
    fn capitalised_runs(&mut self, text: &str) {
        let bytes = text.as_bytes();
        let mut run: Vec<RunWord> = Vec::with_capacity(8);
        let mut at = 0;
        loop {
            at = next_notable(bytes, at);
            let Some(&byte) = bytes.get(at) else { break };
            let is_capital = if byte < 0x80 {
                byte.is_ascii_uppercase()
            } else {
                text[at..].chars().next().is_some_and(char::is_uppercase)
            };
            if !is_capital {
                if matches!(byte, b'.' | b'!' | b'?' | b'\n') && ends_sentence(text, at) {
                    self.stops.push(at);
                }
                at += text[at..].chars().next().map_or(1, char::len_utf8);
                continue;
            }
            let word = at..word_end(text, at);
            at = word.end;
            let previous = text[..word.start].trim_end().chars().next_back();
            let inside_word = text[..word.start].chars().next_back().is_some_and(char::is_alphanumeric);
            // "Recognising the threat, …": a participle that opens a sentence is no name.
            let opens_sentence = previous.is_none_or(|c| matches!(c, '.' | '!' | '?' | '"' | '“' | '‘' | '\''));
            if inside_word || (opens_sentence && text[word.clone()].ends_with("ing")) {
                self.flush(text, &mut run);
                continue;
            }
            if let Some(last) = run.last() {
                let gap = &text[last.range.end..word.start];
                if let Some(particles) = joining_gap(text, last, gap) {
                    run.extend(particles);
                } else {
                    self.flush(text, &mut run);
                }
            }
            let written = &text[word.clone()];
            if is_all_caps(written) || is_affiliation(written) || is_compound_adjective(written) {
                self.flush(text, &mut run);
                continue;
            }
            let possessive = possessive_len(written);
            let range = word.start..word.end - possessive;
            let (key, lexeme) = lexeme_at(bytes, range.clone());
            run.push(RunWord { range, key, lexeme });
            if possessive > 0 {
                self.flush(text, &mut run);
            }
        }
        self.flush(text, &mut run);
    }

    /// Turns a run of capitalised words into a mention, if it holds a name.
    fn flush(&mut self, text: &str, run: &mut Vec<RunWord>) {
        if run.is_empty() {
            return;
        }
        let mut words: &[RunWord] = run;
        while let [.., last] = words {
            if !(last.lexeme.not_name || is_particle(&text[last.range.clone()])) {
                break;
            }
            words = &words[..words.len() - 1];
        }
        while let [first, ..] = words {
            if !first.lexeme.not_name {
                break;
            }
            words = &words[1..];
        }
        // The last title followed by a name splits the run: "Justice Department"
        // and "Martin Luther King Jr" have none after it.
        let names_after = |at: usize| {
            let rest = &words[at + 1..];
            rest.iter().any(|word| !word.lexeme.suffix) && !rest.iter().any(|word| word.lexeme.not_person)
        };
        let titled = (0..words.len()).rev().find(|&at| words[at].lexeme.title.is_some() && names_after(at));
        let (title, name) = match titled {
            Some(at) => (Some(&words[at]), &words[at + 1..]),
            None => (None, given_name_start(words)),
        };
        let (key_words, suffix) = match name {
            [rest @ .., last] if !rest.is_empty() && last.lexeme.suffix => (rest, Some(last.range.clone())),
            _ => (name, None),
        };
        let key_start = self.words.len();
        self.words.extend(key_words.iter().filter(|word| !is_initial(&text[word.range.clone()])).cloned());
        // "General Security" and "Defence" alone are a rank or a department, not a person.
        let only_a_title =
            words.len() == 1 && words[0].lexeme.title.is_some() || matches!(name, [only] if only.lexeme.role);
        match (name.first(), name.last()) {
            (Some(first), Some(last)) if self.words.len() > key_start && !only_a_title => {
                self.mentions.push(RawMention {
                    name: first.range.start..last.range.end,
                    title: title.map(|word| word.range.clone()),
                    title_gender: title.and_then(|word| word.lexeme.title.flatten()),
                    key: key_start..self.words.len(),
                    suffix,
                    aged: is_age_after(&text[last.range.end..]),
                });
            }
            _ => self.words.truncate(key_start),
        }
        run.clear();
    }
}

/// Whether `word` names what a person is ("president", "spokesperson"),
/// so that "the president" may be who "he" refers to.
pub fn is_person_noun(word: &str) -> bool {
    lexeme(word).title.is_some()
        || lists::PERSON_NOUNS.split_ascii_whitespace().any(|noun| noun.eq_ignore_ascii_case(word))
}

/// Whether `rest` opens with an age set apart by commas (", 63,").
fn is_age_after(rest: &str) -> bool {
    let Some(rest) = rest.strip_prefix(", ") else { return false };
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    (1..=3).contains(&digits) && rest[digits..].starts_with(',')
}

/// Whether the space between two capitalised words keeps them in one name:
/// one space, one space after an abbreviation ("Mr. Smith", "J. Smith"), or
/// lower-case particles ("Ursula von der Leyen"), which are returned.
fn joining_gap(text: &str, last: &RunWord, gap: &str) -> Option<Vec<RunWord>> {
    if gap == " " || gap == "\u{a0}" {
        return Some(Vec::new());
    }
    // "G.K. Butterfield": initials joined by full stops.
    if gap == "." {
        return is_initial(&text[last.range.clone()]).then(Vec::new);
    }
    if gap == ". " {
        return is_abbreviation(&text[last.range.clone()]).then(Vec::new);
    }
    let inner = gap.strip_prefix(' ')?.strip_suffix(' ')?;
    if inner.len() > 12 {
        return None;
    }
    let start = last.range.end + 1;
    let mut particles = Vec::new();
    let mut offset = 0;
    for word in inner.split(' ') {
        if !is_particle(word) {
            return None;
        }
        let range = start + offset..start + offset + word.len();
        particles.push(RunWord {
            key: bytescan::key_at(text.as_bytes(), range.start, range.len()),
            range,
            lexeme: Lexeme::default(),
        });
        offset += word.len() + 1;
    }
    Some(particles)
}

/// Whether the `.`, `!`, `?` or line break at `at` ends a sentence: not the
/// full stop of an abbreviation ("Mr.", "U.S.", "(D-Ore.)") or of a number ("1.8").
pub fn ends_sentence(text: &str, at: usize) -> bool {
    let bytes = text.as_bytes();
    if bytes[at] != b'.' {
        return true;
    }
    if bytes.get(at + 1).is_some_and(|&next| next.is_ascii_alphanumeric() || matches!(next, b')' | b']' | b',')) {
        return false;
    }
    let word_start = bytes[..at].iter().rposition(|byte| !byte.is_ascii_alphanumeric()).map_or(0, |i| i + 1);
    // A word ending in a non-ASCII letter is no abbreviation this table knows.
    !text.is_char_boundary(word_start) || !is_abbreviation(&text[word_start..at])
}

/// Adds the third-person singular pronouns in `text[range]` ("he", "His",
/// "she", "her"…) to `found`, skipping to the words that start with h or s.
fn find_pronouns(text: &str, range: Range<usize>, found: &mut Vec<Pronoun>) {
    use bytescan::equal;
    let bytes = &text.as_bytes()[..range.end];
    let mut at = range.start;
    loop {
        at = bytescan::find(
            bytes,
            at,
            |word| equal(word, b'h') | equal(word, b'H') | equal(word, b's') | equal(word, b'S'),
            |byte| matches!(byte, b'h' | b'H' | b's' | b'S'),
        );
        if at >= bytes.len() {
            break;
        }
        let starts_word = at == 0 || !bytes[at - 1].is_ascii_alphanumeric();
        let end = bytes[at..].iter().take(8).position(|byte| !byte.is_ascii_alphanumeric()).map_or(at + 8, |i| at + i);
        if starts_word {
            if let Some(gender) = text.get(at..end).and_then(pronoun_gender) {
                found.push(Pronoun { at, gender });
            }
        }
        at = if starts_word { end.max(at + 1) } else { at + 1 };
    }
}

/// The first byte at or after `from` that is an ASCII capital, a non-ASCII
/// byte, `.`, `!`, `?` or a line break; the length of `bytes` if there is none.
fn next_notable(bytes: &[u8], from: usize) -> usize {
    use bytescan::{capitals, equal, non_ascii};
    bytescan::find(
        bytes,
        from,
        |word| {
            non_ascii(word)
                | capitals(word)
                | equal(word, b'.')
                | equal(word, b'!')
                | equal(word, b'?')
                | equal(word, b'\n')
        },
        |byte| byte >= 0x80 || byte.is_ascii_uppercase() || matches!(byte, b'.' | b'!' | b'?' | b'\n'),
    )
}

/// A run without a title that starts with role words before a known given
/// name ("Defense Pete Hegseth") keeps only the name.
fn given_name_start(words: &[RunWord]) -> &[RunWord] {
    let roles = words.iter().take_while(|word| word.lexeme.role).count();
    match words.get(roles) {
        Some(word) if roles > 0 && word.lexeme.given.is_some() && roles + 1 < words.len() => &words[roles..],
        _ => words,
    }
}

/// A word compared without regard to ASCII case.
#[derive(Debug, Clone, Copy, Eq)]
struct Folded<'a>(&'a str);

impl PartialEq for Folded<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.0.eq_ignore_ascii_case(other.0)
    }
}

impl Hash for Folded<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        for byte in self.0.bytes() {
            state.write_u8(byte.to_ascii_lowercase());
        }
    }
}

/// Groups mentions into entities, returning the entities and each mention's
/// entity. A form joins the entity of a longer form that contains its words
/// in order and ends with the same word ("Hillary Clinton" → "Hillary Rodham
/// Clinton"; "Clinton" → the commonest such entity of a fitting gender); a
/// lone given name joins the only person it begins.
fn group(text: &str, scan: &Scan) -> (Vec<Entity>, Vec<EntityId>) {
    // Every identifying word becomes an id, so forms are lists of numbers.
    let mut short_ids: FxHashMap<u128, u32> = FxHashMap::with_capacity_and_hasher(scan.words.len(), Default::default());
    let mut long_ids: FxHashMap<Folded, u32> = FxHashMap::default();
    let mut id_of = |key: Option<u128>, range: &Range<usize>| {
        let next = (short_ids.len() + long_ids.len()) as u32;
        match key {
            Some(key) => *short_ids.entry(key).or_insert(next),
            None => *long_ids.entry(Folded(&text[range.clone()])).or_insert(next),
        }
    };
    let ids: Vec<u32> = scan.words.iter().map(|word| id_of(word.key, &word.range)).collect();
    let suffixes: Vec<Option<u32>> = scan
        .mentions
        .iter()
        .map(|mention| {
            let suffix = mention.suffix.as_ref()?;
            Some(id_of(bytescan::key_at(text.as_bytes(), suffix.start, suffix.len()), suffix))
        })
        .collect();

    let mut form_ids: FxHashMap<(&[u32], Option<u32>), usize> =
        FxHashMap::with_capacity_and_hasher(scan.mentions.len(), Default::default());
    let mut forms: Vec<Form> = Vec::new();
    let mut form_of_mention = Vec::with_capacity(scan.mentions.len());
    for (index, mention) in scan.mentions.iter().enumerate() {
        let key = (&ids[mention.key.clone()], suffixes[index]);
        let id = match form_ids.entry(key) {
            Entry::Occupied(entry) => *entry.get(),
            Entry::Vacant(entry) => {
                forms.push(Form { words: key.0, suffix: key.1, first: index, count: 0, gender: None, a_person: false });
                *entry.insert(forms.len() - 1)
            }
        };
        let form = &mut forms[id];
        form.count += 1;
        form.gender = form.gender.or(mention.title_gender);
        form.a_person |= mention.title.is_some() || mention.aged;
        form_of_mention.push(id);
    }
    // Longest forms first, then the commonest, then the first written: one
    // packed number per form (ids follow first mentions), so a plain sort of
    // numbers orders them and the keys are unique.
    let mut order: Vec<u64> = forms
        .iter()
        .enumerate()
        .map(|(id, form)| {
            let shorter = 0xFF - form.words.len().min(0xFF) as u64;
            let rarer = 0xFF_FFFF - form.count.min(0xFF_FFFF) as u64;
            shorter << 56 | rarer << 32 | id as u64
        })
        .collect();
    sort::numbers(&mut order);
    let order = order.into_iter().map(|key| (key & 0xFFFF_FFFF) as usize);

    let mut entities: Vec<Entity> = Vec::new();
    let mut shapes: Vec<Shape> = Vec::new();
    // Entities by their last and by their first word, as chains through `Shape::same_last` and `Shape::same_first`.
    let mut by_last: FxHashMap<u32, EntityId> = FxHashMap::default();
    let mut by_first: FxHashMap<u32, EntityId> = FxHashMap::default();

    let mut entity_of_form = vec![0; forms.len()];
    for id in order {
        let form = &forms[id];
        let (Some(&first), Some(&last)) = (form.words.first(), form.words.last()) else { continue };
        let fits = |entity: &EntityId| {
            let shape = &shapes[*entity];
            shape.suffix == form.suffix
                && contains_in_order(shape.words, form.words)
                && gender_fits(entities[*entity].gender, form.gender)
        };
        let longer = chain(by_last.get(&last), &shapes, |shape| shape.same_last).filter(fits);
        let joined =
            longer.max_by_key(|&entity| (entities[entity].mentions, std::cmp::Reverse(entity))).or_else(|| {
                // A lone given name ("Hillary") joins the one person it begins.
                let is_person = |entity: EntityId| entities[entity].person || shapes[entity].given.is_some();
                let mut people = chain(by_first.get(&first), &shapes, |shape| shape.same_first)
                    .filter(|&entity| form.words.len() == 1 && shapes[entity].words.len() > 1 && is_person(entity));
                let only = people.next()?;
                people.next().is_none().then_some(only)
            });
        let entity = joined.unwrap_or_else(|| {
            let mention = &scan.mentions[form.first];
            let key = &scan.words[mention.key.clone()];
            let given = key.first().and_then(|word| word.lexeme.given).filter(|_| form.words.len() > 1);
            entities.push(Entity {
                name: text[mention.name.clone()].to_string(),
                person: false,
                gender: form.gender.or(given),
                mentions: 0,
            });
            // "the Royal Family", "the Second Amendment": after "the", a name is a
            // person's only when it opens with a given name ("the Jerry Brown years").
            let after_the = text[..mention.name.start]
                .trim_end()
                .rsplit(' ')
                .next()
                .is_some_and(|word| word.eq_ignore_ascii_case("the"));
            let not_person = after_the || key.iter().any(|word| word.lexeme.not_person);
            let id = entities.len() - 1;
            let same_last = by_last.insert(last, id);
            let same_first = by_first.insert(first, id);
            shapes.push(Shape { words: form.words, suffix: form.suffix, given, not_person, same_last, same_first });
            id
        });
        let entity_record = &mut entities[entity];
        entity_record.mentions += form.count;
        entity_record.person |= form.a_person;
        entity_record.gender = entity_record.gender.or(form.gender);
        entity_of_form[id] = entity;
    }
    // Several words with a given name first, or none that marks an organisation or place, make a person.
    for (entity, shape) in entities.iter_mut().zip(&shapes) {
        entity.person |= shape.words.len() > 1 && (shape.given.is_some() || !shape.not_person);
    }
    let of_mention = form_of_mention.iter().map(|&form| entity_of_form[form]).collect();
    (entities, of_mention)
}

/// The entities linked from `head` through `link`.
fn chain<'s>(
    head: Option<&EntityId>,
    shapes: &'s [Shape],
    link: fn(&Shape) -> Option<EntityId>,
) -> impl Iterator<Item = EntityId> + 's {
    std::iter::successors(head.copied(), move |&entity| link(&shapes[entity]))
}

/// The longest form of an entity, which shorter forms are matched against.
struct Shape<'a> {
    words: &'a [u32],
    suffix: Option<u32>,
    /// The gender of its given name, when it starts with one.
    given: Option<Gender>,
    /// Whether one of its words marks an organisation or a place.
    not_person: bool,
    /// The previous entity with the same last word, and with the same first word.
    same_last: Option<EntityId>,
    same_first: Option<EntityId>,
}

struct Form<'a> {
    words: &'a [u32],
    suffix: Option<u32>,
    /// Its first mention.
    first: usize,
    count: usize,
    gender: Option<Gender>,
    /// Whether one of its mentions has a title before it or an age after it.
    a_person: bool,
}

/// Whether every word of `part` occurs in `whole` in the same order, and both end alike.
fn contains_in_order(whole: &[u32], part: &[u32]) -> bool {
    if whole.last() != part.last() {
        return false;
    }
    let mut rest = whole.iter();
    part.iter().all(|word| rest.any(|candidate| candidate == word))
}

fn gender_fits(entity: Option<Gender>, mention: Option<Gender>) -> bool {
    entity.is_none() || mention.is_none() || entity == mention
}

fn pronoun_gender(word: &str) -> Option<Gender> {
    let is = |pronouns: &[&str]| pronouns.iter().any(|pronoun| word.eq_ignore_ascii_case(pronoun));
    if is(&["he", "him", "his", "himself"]) {
        Some(Gender::Male)
    } else if is(&["she", "her", "hers", "herself"]) {
        Some(Gender::Female)
    } else {
        None
    }
}

/// The end of the word that starts at `start`: letters and digits, with
/// apostrophes and hyphens between them ("O'Brien", "Jean-Claude").
fn word_end(text: &str, start: usize) -> usize {
    let bytes = text.as_bytes();
    let mut at = start;
    loop {
        while bytes.get(at).is_some_and(u8::is_ascii_alphanumeric) {
            at += 1;
        }
        let Some(c) = text.get(at..).and_then(|rest| rest.chars().next()) else { return at };
        let joins = matches!(c, '\'' | '’' | '-' | '‐')
            && text[at + c.len_utf8()..].chars().next().is_some_and(char::is_alphanumeric);
        if joins || (!c.is_ascii() && c.is_alphanumeric()) {
            at += c.len_utf8();
        } else {
            return at;
        }
    }
}

fn is_particle(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_lowercase()) && lexeme(word).particle
}

fn is_initial(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.next().is_none()
}

/// Words written with a full stop that does not end a sentence.
pub fn is_abbreviation(word: &str) -> bool {
    is_initial(word) || word.contains('.') || (word.len() <= MAX_ABBREVIATION_LEN && lexeme(word).abbreviation)
}

/// No listed abbreviation is longer, so most words need no lookup.
const MAX_ABBREVIATION_LEN: usize = 6;

/// Whole words in capitals (NATO, BBC, PEACE) are acronyms or shouting, not
/// names; Roman numerals after a name are kept.
fn is_all_caps(word: &str) -> bool {
    let bytes = word.as_bytes();
    bytes.len() >= 2 && bytes[1].is_ascii_uppercase() && !word.chars().any(char::is_lowercase) && !lexeme(word).suffix
}

/// Party and state tags such as "D-Ore" or "R-Texas".
fn is_affiliation(word: &str) -> bool {
    word.as_bytes().get(1) == Some(&b'-')
}

/// "Communist-ruled", "Chicago-born", "President-elect", "Ex-minister":
/// an adjective or a former role, not part of a name ("Ocasio-Cortez",
/// "Ban Ki-moon", "Prayuth Chan-ocha").
fn is_compound_adjective(word: &str) -> bool {
    word.split_once('-').is_some_and(|(before, after)| {
        after.ends_with("ed")
            || matches!(after, "born" | "elect" | "era" | "made" | "run" | "style" | "wide")
            || matches!(before, "Ex" | "Anti")
    })
}

/// The length of a possessive ending ("'s", "’s"), or 0.
pub fn possessive_len(word: &str) -> usize {
    let bytes = word.as_bytes();
    let ends_in_s = bytes.len() > 2 && matches!(bytes[bytes.len() - 1], b's' | b'S');
    if !ends_in_s {
        return 0;
    }
    match &bytes[..bytes.len() - 1] {
        [.., b'\''] => 2,
        [.., 0xE2, 0x80, 0x99] if bytes.len() > 4 => 4,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fullest_names(text: &str) -> Vec<(&str, String)> {
        let names = Names::find(text);
        names
            .mentions()
            .iter()
            .map(|mention| (&text[mention.name.clone()], names.entity(mention.entity).name.clone()))
            .collect()
    }

    #[test]
    fn every_mention_resolves_to_the_fullest_form_in_the_article() {
        let text = "Defence Secretary Pete Hegseth spoke on Monday. Mr Hegseth said the fleet was ready. \
                    Hegseth's aides agreed. Later, Pete said nothing.";
        assert_eq!(
            fullest_names(text),
            [
                ("Pete Hegseth", "Pete Hegseth".to_string()),
                ("Hegseth", "Pete Hegseth".to_string()),
                ("Hegseth", "Pete Hegseth".to_string()),
                ("Pete", "Pete Hegseth".to_string()),
            ]
        );
    }

    #[test]
    fn titles_roles_and_sentence_openers_are_not_part_of_names() {
        let cases: &[(&str, &[&str])] = &[
            ("But Mayor Ines Okafor disagreed.", &["Ines Okafor"]),
            ("Northgate Harbour President Tomasz Wilk spoke.", &["Tomasz Wilk"]),
            ("Sen. Marta Quill (D-Ore.) objected.", &["Marta Quill"]),
            (
                "Rep. G.K. Osei spoke; Cornell William Brooks and State Colm Reyes listened.",
                &["G.K. Osei", "Cornell William Brooks", "Colm Reyes"],
            ),
            ("The U.S. President Donald Trump called.", &["Donald Trump"]),
            ("On Monday, the Justice Department sued.", &["Justice Department"]),
            (
                "She met Ursula von der Leyen and Martin Luther King Jr. in Paris.",
                &["Ursula von der Leyen", "Martin Luther King Jr", "Paris"],
            ),
            ("NATO and the BBC reported it.", &[]),
            (
                "Recognising the risk, Dalia Ferreira Costa agreed. Ian Fleming and Keating said so.",
                &["Dalia Ferreira Costa", "Ian Fleming", "Keating"],
            ),
            ("The President said so.", &[]),
            ("Former pilot Tomasz Wilk agreed. Less than a day later, Elsewhere, Indeed.", &["Tomasz Wilk"]),
            ("Alder Quay's owners met Deputy Colm Reyes's aide.", &["Alder Quay", "Colm Reyes"]),
            (
                "Communist-ruled Corvia, Ellery-based Harbour Watch, Chicago-born Lucy Marsh, \
                 President-elect Ines Okafor and Ex-minister Ada Moyo met Ban Ki-hoon and Jorun Holm-Berg.",
                &["Corvia", "Harbour Watch", "Lucy Marsh", "Ines Okafor", "Ada Moyo", "Ban Ki-hoon", "Jorun Holm-Berg"],
            ),
            (
                "Ellery Police Chief Ray Dunn, Senate Minority Leader Ada Moyo, National Security Adviser Kit Lum and Harbour Times Editor Hu Lin met.",
                &["Ray Dunn", "Ada Moyo", "Kit Lum", "Hu Lin"],
            ),
        ];
        for (text, expected) in cases {
            let names = Names::find(text);
            let found: Vec<&str> = names.mentions().iter().map(|mention| &text[mention.name.clone()]).collect();
            assert_eq!(found, *expected, "text {text:?}");
        }
    }

    #[test]
    fn a_surname_goes_to_the_commonest_person_of_a_fitting_gender() {
        let text =
            "Hillary Clinton spoke. Bill Clinton listened. Hillary Clinton left. Mrs. Clinton waved. Clinton smiled.";
        let resolved: Vec<String> = fullest_names(text).into_iter().map(|(_, name)| name).collect();
        assert_eq!(
            resolved,
            ["Hillary Clinton", "Bill Clinton", "Hillary Clinton", "Hillary Clinton", "Hillary Clinton"]
        );
        let text = "Chelsea Vance spoke. Marcus Vance spoke twice. Marcus Vance left. Mrs Vance stayed.";
        let resolved: Vec<String> = fullest_names(text).into_iter().map(|(_, name)| name).collect();
        assert_eq!(resolved, ["Chelsea Vance", "Marcus Vance", "Marcus Vance", "Chelsea Vance"]);
    }

    #[test]
    fn longer_forms_absorb_shorter_ones_with_the_same_last_word() {
        let text = "Dalia Ferreira Costa opened the bakery. Dalia Costa said it was busy. Costa laughed.";
        let resolved: Vec<String> = fullest_names(text).into_iter().map(|(_, name)| name).collect();
        assert_eq!(resolved, ["Dalia Ferreira Costa"; 3]);
    }

    /// Each entity's name, and whether it is taken for a person.
    fn people(names: &Names) -> Vec<(&str, bool)> {
        names.entities().iter().map(|entity| (entity.name.as_str(), entity.person)).collect()
    }

    #[test]
    fn people_are_told_from_organisations_and_places() {
        let text = "Lena Haugland of the Port Authority met Ruth Abernathy in Port Ellery. Mr Wilk came too. \
                    Ground Zero was quiet. Marit, 63, was detained. Oriel was a storm. General Security guards left. \
                    Kai Dunmore of New Carrick flew to the United Isles. The Salt Lantern shut on Friday; \
                    staff of the Copper Kettle joined the Rev Ada Moyo.";
        assert_eq!(
            people(&Names::find(text)),
            [
                ("Lena Haugland", true),
                ("Port Authority", false),
                ("Ruth Abernathy", true),
                ("Port Ellery", false),
                ("Ground Zero", true),
                ("Kai Dunmore", true),
                ("New Carrick", false),
                ("United Isles", false),
                ("Salt Lantern", false),
                ("Copper Kettle", false),
                ("Ada Moyo", true),
                ("Wilk", true),
                ("Marit", true),
                ("Oriel", false),
            ]
        );
    }

    #[test]
    fn regions_landmarks_amendments_and_companies_are_no_people() {
        let text = "Ships left Central America and Puerto Rico for Gull Islands. Copper Valley firms met \
                    at Marlin Beach near Wick Tower, inside Red Zone. Fourth Amendment claims from Wren Companies \
                    ran in Coast Insider. Anita Hill wrote. Shadow Levy secretary Ines Okafor agreed.";
        assert_eq!(
            people(&Names::find(text)),
            [
                ("Central America", false),
                ("Puerto Rico", false),
                ("Gull Islands", false),
                ("Copper Valley", false),
                ("Marlin Beach", false),
                ("Wick Tower", false),
                ("Red Zone", false),
                ("Fourth Amendment", false),
                ("Wren Companies", false),
                ("Coast Insider", false),
                ("Anita Hill", true),
                ("Shadow Levy", false),
                ("Ines Okafor", true),
                ("Ships", false),
            ]
        );
    }

    #[test]
    fn storms_games_and_demonyms_are_no_people() {
        let text = "Hurricane Orla and Tropical Storm Bex passed before the Harbour Games. \
                    Typhoon Kiri followed. African American voters met Gale Winter.";
        assert_eq!(
            people(&Names::find(text)),
            [
                ("Tropical Storm Bex", false),
                ("Hurricane Orla", false),
                ("Harbour Games", false),
                ("Typhoon Kiri", false),
                ("African American", false),
                ("Gale Winter", true),
            ]
        );
    }

    #[test]
    fn gender_comes_from_titles_given_names_and_following_pronouns() {
        let text = "Ms Okafor spoke. Tomasz Wilk listened. Piet Vandermolen objected. \
                    Arlo Brandt arrived late. He said the tide was high. Sasha Imrie waved. She left.";
        let names = Names::find(text);
        let genders: Vec<(&str, Option<Gender>)> =
            names.entities().iter().map(|entity| (entity.name.as_str(), entity.gender)).collect();
        assert_eq!(
            genders,
            [
                ("Tomasz Wilk", Some(Gender::Male)),
                ("Piet Vandermolen", Some(Gender::Male)),
                ("Arlo Brandt", Some(Gender::Male)),
                ("Sasha Imrie", Some(Gender::Female)),
                ("Okafor", Some(Gender::Female)),
            ]
        );
    }

    #[test]
    fn word_lists_are_sorted_lower_case_short_and_unique() {
        use lists::*;
        let all = [
            TITLES,
            MALE_TITLES,
            FEMALE_TITLES,
            SUFFIXES,
            ABBREVIATIONS,
            ROLES,
            PARTICLES,
            NOT_NAMES,
            NOT_PERSON,
            FEMALE_NAMES,
            MALE_NAMES,
        ];
        for list in all {
            let words: Vec<&str> = list.split_ascii_whitespace().collect();
            assert!(words.windows(2).all(|pair| pair[0] < pair[1]), "{list:?}");
            assert!(words.iter().all(|word| !word.chars().any(char::is_uppercase)), "{list:?}");
            assert!(words.iter().all(|word| bytescan::short_key(word).is_some()), "{list:?}");
        }
        for word in ABBREVIATIONS.split_ascii_whitespace() {
            assert!(word.len() <= MAX_ABBREVIATION_LEN && is_abbreviation(word), "{word}");
        }
    }

    #[test]
    fn mentions_are_found_by_position() {
        let text = "Ruth Abernathy met Lena Haugland. Later Tomasz Wilk came.";
        let names = Names::find(text);
        let within: Vec<&str> = names.within(0..33).iter().map(|mention| &text[mention.name.clone()]).collect();
        assert_eq!(within, ["Ruth Abernathy", "Lena Haugland"]);
        assert_eq!(names.before(19).len(), 1);
    }
}
