//! Attribution owns who said a quotation, with which verb, and whether it is
//! reported speech or a fragment. It reads only the sentence around each
//! quotation (and, for quotations with no frame of their own, the ones
//! before it):
//!
//! - after the quotation: `"Q," X said`, `"Q," said X`, `"Q," X, the <title>, said`,
//!   `"Q" — X`, `"Q," according to X`;
//! - before it: `X said: "Q"`, `X said that "Q"`, `X told reporters … "Q"`,
//!   `X wrote on <platform>: "Q"`, `According to X, "Q"`, `X: "Q"`;
//! - appositives pick the name: "the aide, Yuri Ushakov, told" and "Omar
//!   Noureldin, a senior vice-president for Common Cause, said";
//! - "he"/"she" go to the latest person of a fitting gender named outside quotations;
//! - a quotation with no frame keeps the speaker of the one before it in its
//!   paragraph, or of the previous paragraph when it opens its own.
//!
//! Named speakers get the fullest form of their name in the article; others
//! ("a Kremlin spokesperson", "the Ukrainian Air Force") stay as written.

use std::ops::Range;

use super::frame::{self, Kind, Token};
use super::marks::Span;
use super::verbs;
use crate::names::{is_listed, EntityId, Gender, Mention, Names};

/// Who is quoted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Speaker {
    /// The fullest name the article gives, or a description as written ("a Kremlin spokesperson").
    pub name: String,
    /// The words the attribution used ("Mr Hegseth", "Hegseth", "he"): aliases of `name`.
    pub written: String,
    /// Whether `name` is a proper name, which may be merged with the same name in other articles.
    pub named: bool,
}

/// What attribution found for one quotation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attribution {
    pub speaker: Option<Speaker>,
    /// The reporting verb as written ("said", "told", "according to").
    pub verb: Option<String>,
    /// Reported speech rather than a fragment, a scare quote or a title.
    pub direct: bool,
}

/// Attributes every quotation of `text` (spans from [`super::marks::find`]).
pub fn attribute(text: &str, spans: &[Span], names: &mut Names) -> Vec<Attribution> {
    let mut found: Vec<Attribution> = Vec::with_capacity(spans.len());
    for (index, span) in spans.iter().enumerate() {
        let reader = Reader { text, spans };
        let before_start = paragraph_start(text, span.start).max(index.checked_sub(1).map_or(0, |i| spans[i].end));
        let after_end = paragraph_end(text, span.end).min(spans.get(index + 1).map_or(text.len(), |next| next.start));
        // A frame lies within a sentence of its quotation; longer stretches are cut.
        let before_start = floor_boundary(text, before_start.max(span.start.saturating_sub(MAX_FRAME_BYTES)));
        let after_end = floor_boundary(text, after_end.min(span.end + MAX_FRAME_BYTES)).max(span.end);
        let before = frame::tokens(text, before_start..span.start);
        let after = frame::tokens(text, span.end..after_end);
        let sentence_before = &before[before.iter().rposition(|t| t.kind == Kind::Stop).map_or(0, |at| at + 1)..];
        let sentence_after = &after[..after.iter().position(|t| t.kind == Kind::Stop).unwrap_or(after.len())];
        let embedded = is_embedded(text, span.start, sentence_before);
        let quoted = &text[span.pieces.first().map_or(span.start..span.start, Clone::clone)];
        let ends_clause = quoted.ends_with([',', '?', '!', '—', '–', '…', '-']);
        let frames_after =
            ends_clause || sentence_after.first().is_some_and(|t| matches!(t.kind, Kind::Comma | Kind::Dash));
        let mut frame = if embedded || !frames_after {
            reader.before_frame(names, sentence_before).or_else(|| reader.after_frame(names, sentence_after))
        } else {
            reader.after_frame(names, sentence_after).or_else(|| reader.before_frame(names, sentence_before))
        };
        if let Some((Some(Subject::Pronoun(range, gender)), verb)) = &frame {
            let speaker = reader.antecedent(names, span.start, *gender).map(|entity| {
                names.learn_gender(entity, *gender);
                named(names, entity, &text[range.clone()])
            });
            frame = Some((speaker.map(Subject::Resolved), verb.clone()));
        }
        let words = quoted.split_whitespace().count();
        let after_that = sentence_before.last().is_some_and(|t| {
            let word = &text[t.range.clone()];
            word.eq_ignore_ascii_case("that") || verbs::is_reporting(word)
        });
        let direct = (!embedded
            && (words >= 3 || quoted.ends_with(['.', '?', '!']) || frames_after && frame.is_some()))
            || (after_that && words >= 5);
        let (mut speaker, mut verb) = match frame {
            Some((subject, verb)) => {
                (subject.and_then(|subject| subject.into_speaker(text, names)), Some(text[verb].to_string()))
            }
            None => (None, None),
        };
        if speaker.is_none() && (direct || !embedded) {
            if let Some(previous) = reader.inherited(&found, index) {
                speaker = previous.speaker.clone();
                verb = verb.or_else(|| previous.verb.clone());
            }
        }
        found.push(Attribution { speaker, verb, direct });
    }
    found
}

/// Who a frame names, before pronouns are resolved.
#[derive(Debug, Clone)]
enum Subject {
    Named(Mention),
    Pronoun(Range<usize>, Gender),
    Resolved(Speaker),
    Described(Range<usize>),
}

impl Subject {
    fn into_speaker(self, text: &str, names: &Names) -> Option<Speaker> {
        match self {
            Subject::Named(mention) => {
                let written_start = mention.title.as_ref().map_or(mention.name.start, |title| title.start);
                Some(named(names, mention.entity, &text[written_start..mention.name.end]))
            }
            Subject::Resolved(speaker) => Some(speaker),
            Subject::Described(range) => {
                let written = &text[range];
                let mut name = written.to_string();
                // "A Kremlin spokesperson" at the start of a sentence is "a Kremlin spokesperson".
                if let Some(first) = name.split(' ').next().filter(|word| is_determiner(word) && name.contains(' ')) {
                    let lower = first.to_lowercase();
                    name.replace_range(..first.len(), &lower);
                }
                Some(Speaker { name, written: written.to_string(), named: false })
            }
            Subject::Pronoun(..) => None,
        }
    }
}

fn named(names: &Names, entity: EntityId, written: &str) -> Speaker {
    Speaker { name: names.entity(entity).name.clone(), written: written.to_string(), named: true }
}

struct Reader<'a> {
    text: &'a str,
    spans: &'a [Span],
}

type Frame = (Option<Subject>, Range<usize>);

impl Reader<'_> {
    fn word(&self, token: &Token) -> &str {
        &self.text[token.range.clone()]
    }

    fn is_word(&self, token: &Token, word: &str) -> bool {
        token.kind == Kind::Word && self.word(token).eq_ignore_ascii_case(word)
    }

    /// Where "according to" starts in `tokens`.
    fn according_to(&self, tokens: &[Token]) -> Option<usize> {
        tokens.windows(2).position(|pair| self.is_word(&pair[0], "according") && self.is_word(&pair[1], "to"))
    }

    /// A reporting verb as used in a sentence: lower case unless it opens the frame.
    fn is_verb(&self, tokens: &[Token], at: usize) -> bool {
        let token = &tokens[at];
        let word = self.word(token);
        token.kind == Kind::Word
            && verbs::is_reporting(word)
            && (at == 0 || !word.starts_with(char::is_uppercase))
            && !tokens.get(at.wrapping_sub(1)).is_some_and(|previous| is_determiner(self.word(previous)))
    }

    /// The text after a quotation: `, X said`, `, said X`, `— X`, `, according to X`.
    fn after_frame(&self, names: &Names, tokens: &[Token]) -> Option<Frame> {
        let tokens = match tokens.first() {
            Some(first) if first.kind == Kind::Comma => &tokens[1..],
            _ => tokens,
        };
        if let Some(first) = tokens.first().filter(|first| first.kind == Kind::Dash) {
            let subject = self.subject_after(names, &tokens[1..])?;
            return Some((Some(subject), first.range.clone()));
        }
        if self.according_to(tokens) == Some(0) {
            let verb = tokens[0].range.start..tokens[1].range.end;
            return Some((self.subject_after(names, &tokens[2..]), verb));
        }
        let limit = tokens.len().min(MAX_SUBJECT_TOKENS);
        let at = (0..limit).find(|&at| self.is_verb(tokens, at))?;
        let verb = tokens[at].range.clone();
        let region = self.trim_auxiliaries(&tokens[..at]);
        if region.iter().all(|t| t.kind != Kind::Word) {
            return Some((self.subject_after(names, &tokens[at + 1..]), verb));
        }
        Some((self.subject_before(names, region), verb))
    }

    /// The sentence before a quotation: `X said: `, `X said that `, `According to X, `, `X: `.
    fn before_frame(&self, names: &Names, tokens: &[Token]) -> Option<Frame> {
        if let Some(at) = self.according_to(tokens) {
            let verb = tokens[at].range.start..tokens[at + 1].range.end;
            let end = tokens[at + 2..].iter().position(|t| t.kind == Kind::Comma).map_or(tokens.len(), |i| at + 2 + i);
            return Some((self.subject_after(names, &tokens[at + 2..end]), verb));
        }
        // Nearest verb first; a participle ("he said, adding: ") takes the subject of the verb before it.
        for at in (0..tokens.len()).rev().filter(|&at| self.is_verb(tokens, at)) {
            let region = self.trim_auxiliaries(&tokens[..at]);
            if let Some(subject) = self.subject_before(names, region) {
                return Some((Some(subject), tokens[at].range.clone()));
            }
            let object = &tokens[at + 1..];
            let inverted = region.iter().all(|t| t.kind != Kind::Word);
            if inverted {
                if let Some(subject) = self.subject_after(names, object) {
                    return Some((Some(subject), tokens[at].range.clone()));
                }
            }
            let participle = self.word(&tokens[at]).ends_with("ing");
            if !participle {
                return Some((None, tokens[at].range.clone()));
            }
        }
        // A headline or caption: "Okafor: ".
        if let [name @ .., colon] = tokens {
            if colon.kind == Kind::Colon && !name.is_empty() {
                let subject = self.subject_before(names, name).filter(|s| matches!(s, Subject::Named(_)))?;
                return Some((Some(subject), colon.range.clone()));
            }
        }
        None
    }

    /// Drops adverbs and auxiliaries between a subject and its verb ("X has also said").
    fn trim_auxiliaries<'t>(&self, tokens: &'t [Token]) -> &'t [Token] {
        let mut end = tokens.len();
        while end > 0 {
            let word = self.word(&tokens[end - 1]);
            let auxiliary = tokens[end - 1].kind == Kind::Word
                && (is_listed(AUXILIARIES, word) || (word.ends_with("ly") && word.len() > 4));
            if !auxiliary {
                break;
            }
            end -= 1;
        }
        &tokens[..end]
    }

    /// The subject written before a verb: the last comma-separated part that
    /// names someone, looking through appositives and clauses.
    fn subject_before(&self, names: &Names, tokens: &[Token]) -> Option<Subject> {
        let parts = self.parts(tokens);
        let mut described: Option<Range<usize>> = None;
        for part in parts.iter().rev() {
            match self.classify(names, part) {
                Part::Named(mention) => return Some(Subject::Named(mention)),
                Part::Pronoun(range, gender) => {
                    return described.map(Subject::Described).or(Some(Subject::Pronoun(range, gender)))
                }
                Part::Described(range) if described.is_none() => described = Some(range),
                Part::Described(_) | Part::Other => {
                    if described.is_some() {
                        break;
                    }
                }
                Part::Skipped => {}
            }
        }
        described.map(Subject::Described)
    }

    /// The subject written after a verb or a dash: the first part, or the name in apposition to it.
    fn subject_after(&self, names: &Names, tokens: &[Token]) -> Option<Subject> {
        let parts = self.parts(tokens);
        let mut parts = parts.iter().map(|part| self.classify(names, part));
        match parts.next()? {
            Part::Named(mention) => Some(Subject::Named(mention)),
            Part::Pronoun(range, gender) => Some(Subject::Pronoun(range, gender)),
            Part::Described(range) => match parts.next() {
                Some(Part::Named(mention)) => Some(Subject::Named(mention)),
                _ => Some(Subject::Described(range)),
            },
            Part::Other | Part::Skipped => None,
        }
    }

    /// Splits tokens at commas and dashes outside brackets; bracketed words are dropped.
    fn parts<'t>(&self, tokens: &'t [Token]) -> Vec<Vec<&'t Token>> {
        let mut parts = vec![Vec::new()];
        let mut depth = 0usize;
        for token in tokens {
            match token.kind {
                Kind::Open => depth += 1,
                Kind::Close => depth = depth.saturating_sub(1),
                Kind::Comma | Kind::Dash | Kind::Colon | Kind::Stop if depth == 0 => parts.push(Vec::new()),
                Kind::Word if depth == 0 => {
                    if let Some(part) = parts.last_mut() {
                        part.push(token);
                    }
                }
                _ => {}
            }
        }
        parts.retain(|part| !part.is_empty());
        parts
    }

    fn classify(&self, names: &Names, part: &[&Token]) -> Part {
        let mut words = part;
        while let [first, rest @ ..] = words {
            if rest.is_empty() || !is_listed(CONJUNCTIONS, self.word(first)) {
                break;
            }
            words = rest;
        }
        let (Some(first), Some(last)) = (words.first(), words.last()) else { return Part::Skipped };
        let first_word = self.word(first).to_lowercase();
        if words.len() == 1 {
            if let Some(gender) = pronoun(&first_word) {
                return Part::Pronoun(first.range.clone(), gender);
            }
            if matches!(first_word.as_str(), "they" | "it" | "we" | "i" | "you") {
                return Part::Other;
            }
        }
        if is_listed(RELATIVES, &first_word) || first_word.starts_with(|c: char| c.is_ascii_digit()) {
            return Part::Skipped;
        }
        if is_listed(LEADS_CLAUSE, &first_word)
            || (first_word.ends_with("ing") || first_word.ends_with("ed"))
                && !self.word(first).starts_with(char::is_uppercase)
        {
            return Part::Other;
        }
        let span = first.range.start..last.range.end;
        // The head is the last name that is neither in a prepositional phrase nor a possessive modifier.
        let head = names.within(span.clone()).iter().rev().find(|mention| {
            let before =
                self.text[span.start..mention.title.as_ref().map_or(mention.name.start, |t| t.start)].trim_end();
            let after_preposition =
                before.rsplit(' ').find(|word| !is_determiner(word)).is_some_and(|word| is_listed(PREPOSITIONS, word));
            let possessive = self.text[mention.name.end..].starts_with(['\'', '’']);
            !after_preposition && !possessive
        });
        let determined = is_determiner(&first_word);
        match head {
            Some(mention) if names.entity(mention.entity).person || !determined => Part::Named(mention.clone()),
            _ => {
                let end = words
                    .iter()
                    .position(|t| is_listed(RELATIVES, self.word(t)))
                    .filter(|&at| at > 0)
                    .map_or(last.range.end, |at| words[at - 1].range.end);
                Part::Described(span.start..end)
            }
        }
    }

    /// The person "he" or "she" at `position` refers to: the latest one named
    /// outside quotations whose gender is unknown or fits.
    fn antecedent(&self, names: &Names, position: usize, gender: Gender) -> Option<EntityId> {
        names
            .before(position)
            .iter()
            .rev()
            .filter(|mention| !self.in_quotation(mention.name.start))
            .map(|mention| mention.entity)
            .find(|&entity| {
                let entity = names.entity(entity);
                entity.person && entity.gender.is_none_or(|known| known == gender)
            })
    }

    fn in_quotation(&self, position: usize) -> bool {
        let index = self.spans.partition_point(|span| span.start <= position);
        index > 0 && self.spans[index - 1].end > position
    }

    /// The attribution a quotation with no frame of its own continues: the
    /// previous quotation in its paragraph, or the last one of the previous
    /// paragraph when this one opens its paragraph.
    fn inherited<'f>(&self, found: &'f [Attribution], index: usize) -> Option<&'f Attribution> {
        let span = &self.spans[index];
        let previous = index.checked_sub(1)?;
        let previous_span = &self.spans[previous];
        let here = paragraph_start(self.text, span.start);
        let same_paragraph = previous_span.end > here;
        let opens_paragraph = self.text[here..span.start].trim().is_empty();
        let paragraph_before = paragraph_start(self.text, self.text[..here].trim_end().len());
        let previous_paragraph = !same_paragraph
            && opens_paragraph
            && previous_span.end > paragraph_before
            && self.text[previous_span.end..here].trim().len() < PARAGRAPH_TAIL;
        (same_paragraph || previous_paragraph).then(|| &found[previous]).filter(|found| found.speaker.is_some())
    }
}

/// How much text before and after a quotation its frame is looked for in.
const MAX_FRAME_BYTES: usize = 400;

/// The nearest character boundary at or before `at`.
fn floor_boundary(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// How far past the verb a subject may start in `"Q," X, …, said`.
const MAX_SUBJECT_TOKENS: usize = 30;

/// How much text may follow the last quotation of a paragraph for the next
/// paragraph's frameless quotation to continue it ("…," he said.).
const PARAGRAPH_TAIL: usize = 200;

enum Part {
    Named(Mention),
    Pronoun(Range<usize>, Gender),
    Described(Range<usize>),
    /// A clause or phrase that is not a subject ("in Ukraine", "speaking on Monday").
    Other,
    /// An age, a relative clause: looked through.
    Skipped,
}

/// Whether the quotation at `start` sits inside a sentence rather than opening it or following `:` or `,`.
fn is_embedded(text: &str, start: usize, sentence_before: &[Token]) -> bool {
    let Some(last) = sentence_before.last() else { return false };
    let touches = text[last.range.end..start].trim().is_empty();
    !(touches && matches!(last.kind, Kind::Colon | Kind::Comma | Kind::Dash | Kind::Open | Kind::Stop))
}

fn paragraph_start(text: &str, position: usize) -> usize {
    text[..position].rfind('\n').map_or(0, |at| at + 1)
}

fn paragraph_end(text: &str, position: usize) -> usize {
    text[position..].find('\n').map_or(text.len(), |at| position + at)
}

fn pronoun(word: &str) -> Option<Gender> {
    match word {
        "he" => Some(Gender::Male),
        "she" => Some(Gender::Female),
        _ => None,
    }
}

fn is_determiner(word: &str) -> bool {
    is_listed(DETERMINERS, word)
}

const DETERMINERS: &[&str] = &[
    "a", "an", "another", "any", "both", "each", "every", "five", "four", "her", "his", "its", "many", "my", "no",
    "one", "other", "our", "several", "some", "the", "their", "these", "this", "those", "three", "two", "your",
];

const CONJUNCTIONS: &[&str] = &["also", "and", "but", "or", "so", "still", "then", "while", "yet"];

const RELATIVES: &[&str] = &["that", "where", "which", "who", "whom", "whose"];

const PREPOSITIONS: &[&str] = &[
    "about",
    "after",
    "against",
    "among",
    "at",
    "before",
    "between",
    "by",
    "for",
    "from",
    "in",
    "including",
    "into",
    "like",
    "of",
    "on",
    "over",
    "than",
    "to",
    "toward",
    "towards",
    "under",
    "via",
    "with",
];

/// Words that open a phrase or clause that is not a subject.
const LEADS_CLAUSE: &[&str] = &[
    "about",
    "after",
    "against",
    "although",
    "amid",
    "among",
    "as",
    "asked",
    "at",
    "because",
    "before",
    "by",
    "despite",
    "during",
    "earlier",
    "for",
    "from",
    "here",
    "however",
    "if",
    "in",
    "instead",
    "last",
    "later",
    "like",
    "meanwhile",
    "next",
    "not",
    "now",
    "of",
    "on",
    "once",
    "over",
    "since",
    "speaking",
    "then",
    "there",
    "this",
    "though",
    "through",
    "to",
    "under",
    "unlike",
    "until",
    "when",
    "while",
    "with",
    "without",
    "writing",
];

/// Words between a subject and its verb ("X has also said", "X was quoted as saying").
const AUXILIARIES: &[&str] = &[
    "again",
    "also",
    "always",
    "are",
    "as",
    "be",
    "been",
    "can",
    "could",
    "did",
    "do",
    "does",
    "earlier",
    "even",
    "first",
    "further",
    "had",
    "has",
    "have",
    "is",
    "just",
    "later",
    "may",
    "might",
    "must",
    "never",
    "not",
    "often",
    "on",
    "once",
    "previously",
    "quoted",
    "should",
    "still",
    "then",
    "to",
    "was",
    "went",
    "were",
    "will",
    "would",
];
