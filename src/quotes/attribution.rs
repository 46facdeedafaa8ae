//! Attribution owns who said a quotation, with which verb, and whether it is
//! reported speech or a fragment. It reads only the sentences around each
//! quotation:
//!
//! - after it: `"Q," X said`, `"Q," said X`, `"Q," X, the <title>, said`,
//!   `"Q" — X`, `"Q," according to X`;
//! - before it: `X said: "Q"`, `X said that "Q"`, `X told reporters … "Q"`,
//!   `X wrote on <platform>: "Q"`, `According to X, "Q"`, `X — "Q"`, `X: "Q"`;
//! - appositives pick the name: "the aide, Anton Reyes, told" and "Marit
//!   Solberg, a senior vice-president for Harbour Watch, said";
//! - participles take the subject of their sentence ("Trump attacked her,
//!   saying: …");
//! - "he" and "she" go to the latest person of a fitting gender named outside quotations;
//! - a quotation with no frame of its own continues the one before it in its
//!   paragraph, follows "X said." or "X continued:" just before it, or keeps
//!   the speaker of the previous paragraph's last quotation when it opens its
//!   own paragraph.
//!
//! Named speakers get the fullest form of their name in the article; others
//! ("a Kremlin spokesperson", "the Ukrainian Air Force") stay as written.

use std::ops::Range;

use super::frame::{self, Class, Kind, Token};
use super::marks::Span;
use crate::names::{self, EntityId, Gender, Mention, Names};

/// Who is quoted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Speaker {
    /// The fullest name the article gives, or a description as written ("a Kremlin spokesperson").
    pub name: String,
    /// The words the attribution used ("Mr Hegseth", "Hegseth", "he"): aliases of `name`.
    pub written: String,
    /// Whether `name` is a proper name, which may be merged with the same name in other articles.
    pub named: bool,
    /// The person's gender, as the article's titles, given names or pronouns tell it.
    pub gender: Option<Gender>,
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
    let reader = Reader { text, spans };
    let mut found: Vec<Attribution> = Vec::with_capacity(spans.len());
    for index in 0..spans.len() {
        let attribution = reader.attribute(names, &found, index);
        found.push(attribution);
    }
    found
}

/// Who a frame names, before pronouns are resolved.
#[derive(Debug, Clone)]
enum Subject {
    Named(Mention),
    Pronoun(Range<usize>, Gender),
    Described(Range<usize>),
}

/// A reporting frame: who, if the words say, and the verb or mark that reports.
#[derive(Debug, Clone)]
struct Frame {
    subject: Option<Subject>,
    verb: Option<Range<usize>>,
    /// "…, saying: " with no subject of its own: the subject is the sentence's.
    participle: bool,
}

impl Frame {
    fn new(subject: Option<Subject>, verb: Range<usize>) -> Frame {
        Frame { subject, verb: Some(verb), participle: false }
    }
}

/// The words around one quotation, within its sentence.
struct Context<'a> {
    /// From the start of its sentence to it.
    before: Vec<Token>,
    /// From it to the end of its sentence.
    after: Vec<Token>,
    /// The quoted words of its first paragraph.
    quoted: &'a str,
    /// Where its sentence starts, and how far back its paragraph (or the
    /// previous quotation) lets a frame be looked for.
    sentence_start: usize,
    floor: usize,
}

struct Reader<'a> {
    text: &'a str,
    spans: &'a [Span],
}

impl Reader<'_> {
    fn attribute(&self, names: &mut Names, found: &[Attribution], index: usize) -> Attribution {
        let span = &self.spans[index];
        let context = self.context(index);
        let (sentence_before, sentence_after, quoted) = (&context.before[..], &context.after[..], context.quoted);
        let embedded = is_embedded(self.text, span.start, sentence_before);
        let ends_clause = quoted.ends_with([',', '?', '!', '—', '–', '…', '-']);
        let frames_after =
            ends_clause || sentence_after.first().is_some_and(|t| matches!(t.kind, Kind::Comma | Kind::Dash));
        let parenthetical = sentence_before.last().is_some_and(|t| t.kind == Kind::Dash);
        // "'Q.' The cooperative will ask the council to …" starts a sentence of
        // its own; only a short one ("'Q.' Solberg said.") can still frame it.
        let closed = quoted.ends_with('.')
            && sentence_after.len() > MAX_CLOSED_FRAME_TOKENS
            && sentence_after.first().is_some_and(|first| self.capitalised(first));
        // "backing the “Brady” amendment, saying": a quotation inside a
        // sentence that a lowercase word follows modifies it, and a frame
        // after it whose subject opens with that word ("amendment") is
        // the sentence's, not the quotation's ("“free” to leave, police said"
        // and "“Q” the ministry said" are).
        let modifier_of = sentence_after
            .first()
            .filter(|first| {
                embedded
                    && !frames_after
                    && first.kind == Kind::Word
                    && !self.capitalised(first)
                    && !first.is(Class::DETERMINER)
            })
            .map(|first| first.range.start);
        let frame = if embedded || parenthetical || !frames_after {
            self.before_frame(names, sentence_before).or_else(|| {
                if closed {
                    None
                } else {
                    self.after_frame(names, sentence_after, embedded).filter(|frame| {
                        let start = match &frame.subject {
                            Some(Subject::Named(mention)) => Some(mention.start()),
                            Some(Subject::Described(range)) => Some(range.start),
                            _ => None,
                        };
                        modifier_of.is_none_or(|modified| start != Some(modified))
                    })
                }
            })
        } else {
            self.after_frame(names, sentence_after, embedded).or_else(|| self.before_frame(names, sentence_before))
        };
        let words = quoted.split_whitespace().count();
        let after_that = sentence_before.last().is_some_and(|t| t.is(Class::REPORTING) || self.is_word(t, "that"));
        let direct = (!embedded
            && (words >= 3 || quoted.ends_with(['.', '?', '!']) || frames_after && frame.is_some()))
            || (after_that && words >= 5);

        let mut verb = frame.as_ref().and_then(|frame| frame.verb.clone()).map(|range| self.text[range].to_string());
        let subject = frame.and_then(|frame| match frame.subject {
            None if frame.participle => {
                self.verb_subject(names, sentence_before).or_else(|| self.clause_subject(names, sentence_before))
            }
            subject => subject,
        });
        let subject = match subject {
            // "Trump, who called Obamacare a “disaster”, which he", "Schumer
            // proposed a “very short-term” bill, which he said" and "Merkel
            // stressed a need for order: “Q,” she said": a pronoun in the
            // quotation's sentence is the person that sentence opens with;
            // but not one just after it ("Mr Trump had not “risen to the
            // mantle,” he wrote": what he wrote), unless a colon introduced it.
            Some(Subject::Pronoun(range, gender))
                if range.start < span.start
                    || sentence_before.last().is_some_and(|t| t.kind == Kind::Colon)
                    || sentence_after
                        .iter()
                        .take_while(|t| t.range.start < range.start)
                        .any(|t| t.kind == Kind::Word) =>
            {
                match self.sentence_opener(names, &self.whole_sentence_before(index), &range, gender) {
                    Some(mention) => Some(Subject::Named(mention)),
                    None => Some(Subject::Pronoun(range, gender)),
                }
            }
            subject => subject,
        };
        let mut speaker = subject.and_then(|subject| self.speaker(names, subject, span.start));
        if speaker.is_none() {
            if let Some((continued, continued_verb)) = self.without_frame(names, found, index, &context, embedded) {
                speaker = Some(continued);
                verb = verb.or(continued_verb);
            }
        }
        Attribution { speaker, verb, direct }
    }

    /// Who says a quotation whose own sentence names nobody: the speaker of
    /// the quotation before it in its paragraph; for one that opens its
    /// sentence, the subject of "X said." just before it or of "X
    /// continued:" ending the previous paragraph, else the speaker of the
    /// previous paragraph's last quotation.
    fn without_frame(
        &self,
        names: &mut Names,
        found: &[Attribution],
        index: usize,
        context: &Context,
        embedded: bool,
    ) -> Option<(Speaker, Option<String>)> {
        let opens_sentence = context.before.is_empty();
        if let Some(previous) = self.previous_in_paragraph(found, index, embedded && !opens_sentence) {
            return Some((previous.speaker.clone()?, previous.verb.clone()));
        }
        if !opens_sentence || embedded {
            return None;
        }
        let previous_sentence = self.previous_sentence(context);
        let leading =
            self.before_frame(names, &previous_sentence).or_else(|| self.introduction(names, index)).or_else(|| {
                // "Sanders, who lost the primaries, identified young voters'
                // exhaustion as a reason. “Q.”": the person who did something
                // in the sentence before.
                let subject = self.verb_subject(names, &previous_sentence).filter(|subject| match subject {
                    Subject::Named(mention) => names.entity(mention.entity).person,
                    _ => true,
                })?;
                Some(Frame { subject: Some(subject), verb: None, participle: false })
            });
        if let Some(frame) = leading {
            let position = self.spans[index].start;
            if let Some(speaker) = frame.subject.and_then(|subject| self.speaker(names, subject, position)) {
                return Some((speaker, frame.verb.map(|range| self.text[range].to_string())));
            }
        }
        let previous = self.previous_paragraph(found, index)?;
        Some((previous.speaker.clone()?, previous.verb.clone()))
    }

    /// The tokens of the sentence of quotation `index`, within its paragraph
    /// (and the quotations either side) and at most [`MAX_FRAME_BYTES`] away.
    fn context(&self, index: usize) -> Context<'_> {
        let (text, span) = (self.text, &self.spans[index]);
        let previous_end = index.checked_sub(1).map_or(0, |i| self.spans[i].end);
        let next_start = self.spans.get(index + 1).map_or(text.len(), |next| next.start);
        let floor = paragraph_start(text, span.start).max(previous_end).max(span.start.saturating_sub(MAX_FRAME_BYTES));
        let ceiling = paragraph_end(text, span.end).min(next_start).min(span.end + MAX_FRAME_BYTES);
        let floor = floor_boundary(text, floor).min(span.start);
        let ceiling = floor_boundary(text, ceiling).max(span.end);
        let sentence_start = frame::sentence_start(text, floor, span.start);
        let sentence_end = frame::sentence_end(text, span.end, ceiling);
        Context {
            before: frame::tokens(text, sentence_start..span.start),
            after: frame::tokens(text, span.end..sentence_end),
            quoted: &text[span.pieces.first().map_or(span.start..span.start, Clone::clone)],
            sentence_start,
            floor,
        }
    }

    /// The words of quotation `index`'s sentence before it, from the start of
    /// the sentence even when another quotation is in between ("Trump called
    /// the meeting “important” and said he would continue talks “…”"), less
    /// the quotations' own.
    fn whole_sentence_before(&self, index: usize) -> Vec<Token> {
        let (text, span) = (self.text, &self.spans[index]);
        let floor = paragraph_start(text, span.start).max(span.start.saturating_sub(MAX_FRAME_BYTES));
        let floor = floor_boundary(text, floor).min(span.start);
        let mut tokens = frame::tokens(text, frame::sentence_start(text, floor, span.start)..span.start);
        tokens.retain(|token| !self.in_quotation(token.range.start));
        tokens
    }

    /// The sentence before the quotation's own, within its floor.
    fn previous_sentence(&self, context: &Context) -> Vec<Token> {
        if context.sentence_start <= context.floor {
            return Vec::new();
        }
        // Back past the stop that ends the previous sentence.
        let end = self.text[..context.sentence_start].trim_end().len();
        let start = frame::sentence_start(self.text, context.floor, end.saturating_sub(1).max(context.floor));
        frame::tokens(self.text, start..end)
    }

    fn word(&self, token: &Token) -> &str {
        &self.text[token.range.clone()]
    }

    fn capitalised(&self, token: &Token) -> bool {
        self.word(token).starts_with(char::is_uppercase)
    }

    /// "is", "was", "been"… in lower case ("Is" may open a question or name the Islamic State).
    fn is_be(&self, token: &Token) -> bool {
        token.is(Class::BE) && !self.capitalised(token)
    }

    fn is_word(&self, token: &Token, word: &str) -> bool {
        token.kind == Kind::Word && self.word(token).eq_ignore_ascii_case(word)
    }

    /// Where "according to" starts in `tokens`.
    fn according_to(&self, tokens: &[Token]) -> Option<usize> {
        tokens.windows(2).position(|pair| self.is_word(&pair[0], "according") && self.is_word(&pair[1], "to"))
    }

    /// A reporting verb as used in a sentence: lower case unless it opens the
    /// frame, and not after a determiner ("the post"). "Put it" reports after
    /// "as" ("as one fisherman put it,") or before a colon ("She put it
    /// bluntly:"), not in "plans to put it to a vote". Before "off" it
    /// means something else ("has written off the loans", "called off").
    fn is_verb(&self, tokens: &[Token], at: usize) -> bool {
        let token = &tokens[at];
        let puts_it = || {
            let after_it = match tokens.get(at + 1..) {
                Some([it, rest @ ..]) if self.is_word(it, "it") => rest,
                _ => return false,
            };
            let after_adverb = match after_it {
                [adverb, rest @ ..] if adverb.kind == Kind::Word && self.word(adverb).ends_with("ly") => rest,
                _ => after_it,
            };
            (self.is_word(token, "put") || self.is_word(token, "puts"))
                && (tokens[..at].iter().any(|t| self.is_word(t, "as"))
                    || after_adverb.first().is_some_and(|t| t.kind == Kind::Colon))
        };
        // "Trump’s comments should", "a series of tweets": after a
        // possessive or "of", "comments", "claims" or "reports" is a plural noun.
        let plural_after_possessive = || {
            self.word(token).ends_with('s')
                && at.checked_sub(1).is_some_and(|before| {
                    names::possessive_len(self.word(&tokens[before])) > 0 || self.is_word(&tokens[before], "of")
                })
        };
        (token.is(Class::REPORTING) || puts_it())
            && (at == 0 || !self.capitalised(token))
            && !tokens.get(at.wrapping_sub(1)).is_some_and(|previous| previous.is(Class::DETERMINER))
            && !plural_after_possessive()
            && !tokens.get(at + 1).is_some_and(|next| self.is_word(next, "off"))
    }

    /// "had been called", "was described as": its subject is who was
    /// called, not who spoke (a passive after the quotation may name the
    /// speaker: "was written by Springsteen").
    fn is_passive(&self, tokens: &[Token], at: usize) -> bool {
        !self.is_participle(&tokens[at]) && at.checked_sub(1).is_some_and(|before| tokens[before].is(Class::BE))
    }

    fn is_participle(&self, token: &Token) -> bool {
        self.word(token).ends_with("ing")
    }

    /// The text after a quotation: `, X said`, `, said X`, `— X`, `, according to X`.
    fn after_frame(&self, names: &Names, tokens: &[Token], embedded: bool) -> Option<Frame> {
        let tokens = match tokens.first() {
            Some(first) if first.kind == Kind::Comma => &tokens[1..],
            _ => tokens,
        };
        if tokens.first().is_some_and(|first| first.kind == Kind::Dash && !embedded) {
            // "Q" — Nell Grey: a dash and a name, with no verb.
            let after_dash = &tokens[1..];
            if after_dash.first().is_some_and(|t| t.is(Class::CONJUNCTION)) {
                return None;
            }
            let subject =
                self.subject_after(names, after_dash).filter(|subject| matches!(subject, Subject::Named(_)))?;
            return Some(Frame { subject: Some(subject), verb: None, participle: false });
        }
        if self.according_to(tokens) == Some(0) {
            let verb = tokens[0].range.start..tokens[1].range.end;
            return Some(Frame::new(self.subject_after(names, &tokens[2..]), verb));
        }
        let limit = tokens.len().min(MAX_SUBJECT_TOKENS);
        let at = (0..limit).find(|&at| self.is_verb(tokens, at))?;
        let verb = tokens[at].range.clone();
        let region = self.trim_auxiliaries(&tokens[..at]);
        let object = match &tokens[at + 1..] {
            // "was written by Springsteen"
            [by, rest @ ..] if self.is_word(by, "by") => rest,
            object => object,
        };
        if region.iter().all(|t| t.kind != Kind::Word || t.is(Class::AUXILIARY)) {
            // "said Okafor", but "“Q” suggesting Trump knew": a participle
            // has no subject after it.
            if self.is_participle(&tokens[at]) {
                return Some(Frame { subject: None, verb: Some(verb), participle: true });
            }
            return Some(Frame::new(self.subject_after(names, object), verb));
        }
        Some(Frame::new(self.subject_before(names, region), verb))
    }

    /// The person a quotation's sentence opens with, whom a pronoun later in
    /// it refers to: named before the pronoun, not as a possessive ("Mr
    /// Taylor's remarks contradict a statement where he said"), and of its
    /// gender if that is known.
    fn sentence_opener(
        &self,
        names: &Names,
        sentence: &[Token],
        pronoun: &Range<usize>,
        gender: Gender,
    ) -> Option<Mention> {
        let Some(Subject::Named(mention)) = self.clause_subject(names, sentence) else { return None };
        let entity = names.entity(mention.entity);
        let possessive = sentence.iter().any(|t| t.range.start < mention.name.end && mention.name.end < t.range.end);
        (mention.name.end <= pronoun.start
            && !possessive
            && entity.person
            && entity.gender.is_none_or(|known| known == gender))
        .then_some(mention)
    }

    /// The sentence before a quotation: `X said: `, `X said that `,
    /// `According to X, `, `X — `, `X: `.
    fn before_frame(&self, names: &Names, tokens: &[Token]) -> Option<Frame> {
        if let Some(at) = self.according_to(tokens) {
            let verb = tokens[at].range.start..tokens[at + 1].range.end;
            let end = tokens[at + 2..].iter().position(|t| t.kind == Kind::Comma).map_or(tokens.len(), |i| at + 2 + i);
            // "According to investigators, Mr Stone said he had": a verb
            // after the source reports the quotation, the source the verb.
            if !(end..tokens.len()).any(|after| self.is_verb(tokens, after)) {
                return Some(Frame::new(self.subject_after(names, &tokens[at + 2..end]), verb));
            }
        }
        // Nearest verb first; a participle ("he said, adding: ") takes the subject of the verb before it.
        let mut participle = None;
        for at in (0..tokens.len()).rev().filter(|&at| self.is_verb(tokens, at)) {
            if self.is_passive(tokens, at) {
                continue;
            }
            // ", saying" and ", adding": the subject is the sentence's, not the nearest name.
            let after_comma = at > 0 && tokens[at - 1].kind == Kind::Comma;
            if after_comma && self.is_participle(&tokens[at]) {
                participle.get_or_insert(tokens[at].range.clone());
                continue;
            }
            // "footage of Trump saying": a person named just before a participle is its subject.
            if at > 0 && self.is_participle(&tokens[at]) {
                let just_before = |mention: &&Mention| {
                    mention.name.end == tokens[at - 1].range.end && names.entity(mention.entity).person
                };
                if let Some(mention) = names.before(tokens[at].range.start).last().filter(just_before) {
                    return Some(Frame::new(Some(Subject::Named(mention.clone())), tokens[at].range.clone()));
                }
            }
            // "Reyes said the pier was closed, adding that it was": the
            // subject is the earlier verb's, the quotation the participle's.
            let verb = participle.clone().unwrap_or_else(|| tokens[at].range.clone());
            let region = self.trim_auxiliaries(&tokens[..at]);
            // ", with a harbour spokesman again saying": the noun of a phrase
            // opened by "with" is the subject of the participle ending it
            // (not after a verb: "replied with a tweet urging").
            let with = region.iter().rposition(|t| self.is_word(t, "with"));
            let opens_phrase = |&with: &usize| with == 0 || region[with - 1].kind == Kind::Comma;
            if let Some(with) = with.filter(opens_phrase).filter(|_| self.is_participle(&tokens[at])) {
                let phrase = &region[with + 1..];
                if phrase.iter().all(|t| t.kind == Kind::Word) {
                    if let Some(subject) = self.subject_before(names, phrase) {
                        return Some(Frame::new(Some(subject), verb));
                    }
                }
            }
            if let Some(subject) = self.subject_before(names, region) {
                return Some(Frame::new(Some(subject), verb));
            }
            // "said Okafor", not "has described Okafor's inquiry": an
            // auxiliary before the verb leaves its subject before it.
            if tokens[..at].iter().all(|t| t.kind != Kind::Word) {
                if let Some(subject) = self.subject_after(names, &tokens[at + 1..]) {
                    return Some(Frame::new(Some(subject), verb));
                }
            }
            if !self.is_participle(&tokens[at]) {
                return Some(Frame::new(None, tokens[at].range.clone()));
            }
            participle.get_or_insert(tokens[at].range.clone());
        }
        if let Some(verb) = participle {
            return Some(Frame { subject: None, verb: Some(verb), participle: true });
        }
        // "Mitt Romney — ''Q''", the headline or caption "Okafor: ''Q''", and
        // "Obama is rolling out a new message: ''Q''".
        let [name @ .., mark] = tokens else { return None };
        if !matches!(mark.kind, Kind::Colon | Kind::Dash) || name.is_empty() {
            return None;
        }
        let subject = self.subject_before(names, name).filter(|s| matches!(s, Subject::Named(_)));
        let subject = match subject {
            None if mark.kind == Kind::Colon => self.clause_subject(names, name),
            subject => subject,
        };
        Some(Frame { subject: Some(subject?), verb: None, participle: false })
    }

    /// A paragraph that introduces the next one's quotation: "Caddell continued:".
    fn introduction(&self, names: &Names, index: usize) -> Option<Frame> {
        let text = self.text;
        let span = &self.spans[index];
        let here = paragraph_start(text, span.start);
        if !text[here..span.start].trim().is_empty() {
            return None;
        }
        let previous_end = text[..here].trim_end().len();
        let previous_start = paragraph_start(text, previous_end).max(previous_end.saturating_sub(MAX_FRAME_BYTES));
        let previous_start = floor_boundary(text, previous_start);
        if !text[..previous_end].ends_with(':')
            || index.checked_sub(1).is_some_and(|i| self.spans[i].end > previous_start)
        {
            return None;
        }
        let tokens = frame::tokens(text, previous_start..previous_end);
        let sentence = &tokens[tokens.iter().rposition(|t| t.kind == Kind::Stop).map_or(0, |at| at + 1)..];
        self.before_frame(names, sentence).or_else(|| {
            let subject = self.clause_subject(names, sentence)?;
            Some(Frame { subject: Some(subject), verb: None, participle: false })
        })
    }

    /// Drops adverbs and auxiliaries between a subject and its verb ("X has also said").
    fn trim_auxiliaries<'t>(&self, tokens: &'t [Token]) -> &'t [Token] {
        let mut end = tokens.len();
        // "Donald Trump late on Friday said", "an FBI report this week revealed":
        // a time between a subject and its verb.
        if tokens.last().is_some_and(|last| last.is(Class::TIME)) {
            end -= 1;
            while end > 0 && tokens[end - 1].is(Class::TIME_MODIFIER) {
                end -= 1;
            }
        }
        while end > 0 {
            let (token, word) = (&tokens[end - 1], self.word(&tokens[end - 1]));
            // An adverb in "-ly" never follows a determiner: "the family said".
            let after_determiner = end > 1 && tokens[end - 2].is(Class::DETERMINER);
            // Capitalised, they are names: "Mrs May said", "Ms Kelly said".
            let auxiliary = !self.capitalised(token)
                && (token.is(Class::AUXILIARY)
                    || (token.kind == Kind::Word && word.ends_with("ly") && word.len() > 4 && !after_determiner));
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
        // "said Sarah Silverman as she called", "and said he would continue",
        // "countries he has branded": "he" or "she" just before the verb is its subject.
        if let Some((last, gender)) = tokens.last().and_then(|last| Some((last, last.class.pronoun()?))) {
            return Some(Subject::Pronoun(last.range.clone(), gender));
        }
        // "a letter from Mayor Okafor which simply stated": the subject is what the relative word follows.
        if let [before @ .., last] = tokens {
            if last.is(Class::RELATIVE) {
                // "including Flea, who called him": the comma sets the relative clause apart.
                let before = match before {
                    [rest @ .., comma] if comma.kind == Kind::Comma => rest,
                    _ => before,
                };
                // "Nancy Pelosi, the top U.S. Democrat, who said": the name a short description follows.
                let before = match before.iter().rposition(|t| t.kind == Kind::Comma) {
                    Some(at)
                        if before.len() - at <= MAX_DESCRIBED_WORDS
                            && before.get(at + 1).is_some_and(|first| first.is(Class::DETERMINER)) =>
                    {
                        &before[..at]
                    }
                    _ => before,
                };
                let end = before.last()?.range.end;
                let mention = match names.within(before.first()?.range.start..end) {
                    // "Kamala Harris of California, who said": the person, not the place.
                    [.., person, place]
                        if place.name.end == end
                            && !names.entity(place.entity).person
                            && self.text[person.name.end..place.name.start].trim_end().ends_with("of") =>
                    {
                        Some(person)
                    }
                    [.., last] if last.name.end == end => Some(last),
                    _ => None,
                };
                return match mention {
                    Some(mention) => Some(Subject::Named(mention.clone())),
                    None => self.subject_before(names, before),
                };
            }
        }
        // "a flood that Mayor Ines Okafor described", "More of what the
        // official dubbed", "that Trump, in a call, said": the subject follows
        // the relative word, unless a comma closes a clause of its own before
        // the verb ("Rubio, a critic of what he sees as meddling, called";
        // "Yang, who Gillis mocked in a podcast, has said").
        let relative = tokens.iter().rposition(|t| t.is(Class::RELATIVE) || self.is_word(t, "what"));
        let clause_closed = |after: &[Token]| match after.iter().position(|t| t.kind == Kind::Comma) {
            Some(comma) if comma > 0 => {
                !names.within(after[0].range.start..after[comma - 1].range.end).first().is_some_and(|mention| {
                    mention.start() == after[0].range.start && mention.name.end == after[comma - 1].range.end
                })
            }
            _ => false,
        };
        let tokens = match relative {
            Some(at)
                if tokens.get(at + 1).is_some_and(|next| self.starts_subject(names, next))
                    && !clause_closed(&tokens[at + 1..]) =>
            {
                &tokens[at + 1..]
            }
            _ => tokens,
        };
        // "The comments came after Moore suggested": a subordinate clause's
        // subject follows its conjunction, unless a comma or dash closes the
        // clause ("treating the remark as a compliment —") or "and" goes
        // back to the subject before it ("met him before the release and
        // had described").
        let subordinate = tokens.iter().rposition(|t| t.is(Class::SUBORDINATOR));
        let tokens = match subordinate {
            Some(at)
                if at > 0
                    && tokens.get(at + 1).is_some_and(|next| self.starts_subject(names, next))
                    && tokens[at..].iter().all(|t| t.kind == Kind::Word && !self.is_word(t, "and")) =>
            {
                &tokens[at + 1..]
            }
            _ => tokens,
        };
        // "(or, as the Valley Courier called them": words after an unclosed bracket are the clause.
        let tokens = self.after_open_bracket(tokens);
        let parts = self.parts(tokens);
        let mut described: Option<Range<usize>> = None;
        if let Some(mention) = parts.last().and_then(|part| self.person_ending(names, part)) {
            // "In a radio interview Okafor declared": no comma sets the phrase apart.
            return Some(Subject::Named(mention));
        }
        let a_name_alone = |words: &[Token]| match self.classify(names, words) {
            Part::Named(mention) => words.last().is_some_and(|last| last.range.end == mention.name.end),
            _ => false,
        };
        for (position, part) in parts.iter().enumerate().rev() {
            // "as Mr. Bown observed": the part just before the verb may open with
            // "as"; the first part too when a name follows it ("As Ann Roe, a tax
            // lawyer, put it"), not a clause ("As Roe finished, hecklers shouted").
            let part = match part.split_first() {
                Some((first, rest))
                    if self.is_word(first, "as")
                        && !rest.is_empty()
                        && (position + 1 == parts.len() || (position == 0 && a_name_alone(rest))) =>
                {
                    rest
                }
                _ => part,
            };
            match self.classify(names, part) {
                Part::Named(mention) => {
                    // "Tomasz Wilk, who organised a visit to Brownsville, Texas, told":
                    // a place that ends the clause "who" opens did not speak.
                    let clause =
                        tokens.windows(2).position(|pair| pair[0].kind == Kind::Comma && pair[1].is(Class::RELATIVE));
                    let opens_before = |&at: &usize| tokens[at].range.end <= part[0].range.start;
                    if let Some(at) = clause.filter(opens_before).filter(|_| !names.entity(mention.entity).person) {
                        if let Some(subject) = self.subject_before(names, &tokens[..at]) {
                            return Some(subject);
                        }
                    }
                    return Some(Subject::Named(mention));
                }
                Part::Pronoun(range, gender) => {
                    return self.description(described).or(Some(Subject::Pronoun(range, gender)))
                }
                Part::Described(range) => described = Some(range),
                Part::Other if described.is_some() => break,
                Part::Other | Part::Skipped => {}
            }
        }
        self.description(described)
    }

    /// A description of the speaker, unless it is too long to be one: "Malloch’s
    /// campaign for the post came to an end after a report in the Financial
    /// Times detailed several misleading claims" says what someone did, not
    /// who spoke. (A name before it is still the subject: "Adam Schiff, the
    /// Democratic chairman of the committee overseeing the inquiry, said".)
    fn description(&self, described: Option<Range<usize>>) -> Option<Subject> {
        described
            .filter(|range| self.text[range.clone()].bytes().filter(|&byte| byte == b' ').count() < MAX_DESCRIBED_WORDS)
            .map(Subject::Described)
    }

    /// The tokens after the last bracket left open, or all of them.
    fn after_open_bracket<'t>(&self, tokens: &'t [Token]) -> &'t [Token] {
        let mut depth = 0usize;
        let mut open_at = None;
        for (at, token) in tokens.iter().enumerate().rev() {
            match token.kind {
                Kind::Close => depth += 1,
                Kind::Open if depth == 0 => {
                    open_at = Some(at);
                    break;
                }
                Kind::Open => depth -= 1,
                _ => {}
            }
        }
        open_at.map_or(tokens, |at| &tokens[at + 1..])
    }

    /// The name that ends a phrase opening with a preposition ("In an interview Trump").
    fn person_ending(&self, names: &Names, part: &[Token]) -> Option<Mention> {
        let (first, last) = (part.first()?, part.last()?);
        if !first.is(Class::LEADS_CLAUSE) {
            return None;
        }
        let mention = names.within(first.range.start..last.range.end).last()?;
        let before = part.iter().rev().find(|t| t.range.end <= mention.start() && !t.is(Class::DETERMINER));
        let after_preposition = before.is_some_and(|t| t.is(Class::PREPOSITION));
        (mention.name.end == last.range.end && !after_preposition).then(|| mention.clone())
    }

    /// Whether `token` can open a subject: a name, a title, a pronoun or a determiner.
    fn starts_subject(&self, names: &Names, token: &Token) -> bool {
        token.class.pronoun().is_some()
            || token.is(Class::DETERMINER)
            || names
                .within(token.range.start..self.text.len())
                .first()
                .is_some_and(|mention| mention.start() == token.range.start)
    }

    /// The subject written after a verb or a dash: the first part, or the name in apposition to it.
    fn subject_after(&self, names: &Names, tokens: &[Token]) -> Option<Subject> {
        // "said comedian Greta Holm as she called for calm": a clause of the subject's own follows.
        let clause = tokens.iter().skip(1).position(|t| t.is(Class::SUBORDINATOR));
        let parts = self.parts(clause.map_or(tokens, |at| &tokens[..at + 1]));
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

    /// The person or pronoun before the sentence's first verb in the past
    /// tense or of "be" or "have", for its participles: "The Senate majority
    /// leader, Mitch McConnell, agreed, saying", "Most recently, in March, he
    /// praised the president, saying". A description is left to
    /// [`Self::clause_subject`]: "The embattled mayor" is no verb's subject.
    fn verb_subject(&self, names: &Names, tokens: &[Token]) -> Option<Subject> {
        let verb = tokens.iter().position(|t| {
            let word = self.word(t);
            !self.capitalised(t) && (t.is(Class::BE) || word.ends_with("ed") || matches!(word, "has" | "had" | "have"))
        })?;
        self.subject_before(names, self.trim_auxiliaries(&tokens[..verb]))
            .filter(|subject| !matches!(subject, Subject::Described(_)))
    }

    /// The subject a sentence opens with, for its participles and for
    /// quotations it introduces: the first part that is not a phrase like
    /// "During the speech", if it starts with a name or a pronoun.
    fn clause_subject(&self, names: &Names, tokens: &[Token]) -> Option<Subject> {
        let parts = self.parts(tokens);
        let part = parts.iter().find(|part| !matches!(self.classify(names, part), Part::Other | Part::Skipped))?;
        let first = part.iter().find(|t| !t.is(Class::CONJUNCTION))?;
        if let Some(gender) = first.class.pronoun() {
            return Some(Subject::Pronoun(first.range.clone(), gender));
        }
        let mention = names.within(first.range.start..self.text.len()).first()?;
        (mention.start() == first.range.start).then(|| Subject::Named(mention.clone()))
    }

    /// The runs of words between commas, dashes, colons and stops, outside
    /// brackets: bracketed words ("(D-Ore.)") are left out.
    fn parts<'t>(&self, tokens: &'t [Token]) -> Vec<&'t [Token]> {
        let mut parts = Vec::new();
        let (mut depth, mut start) = (0usize, 0);
        for (at, token) in tokens.iter().enumerate() {
            if token.kind == Kind::Word {
                continue;
            }
            if depth == 0 && start < at {
                parts.push(&tokens[start..at]);
            }
            match token.kind {
                Kind::Open => depth += 1,
                Kind::Close => depth = depth.saturating_sub(1),
                _ => {}
            }
            start = at + 1;
        }
        if depth == 0 && start < tokens.len() {
            parts.push(&tokens[start..]);
        }
        parts
    }

    fn classify(&self, names: &Names, part: &[Token]) -> Part {
        let mut words = part;
        while let [first, rest @ ..] = words {
            if !first.is(Class::CONJUNCTION) {
                break;
            }
            words = rest;
        }
        // "said the Coastguard's spokeswoman, who added": the verb of an
        // earlier frame, its subject after it.
        if let [verb, rest @ ..] = words {
            if verb.is(Class::REPORTING) && !self.capitalised(verb) && !self.is_participle(verb) && !rest.is_empty() {
                words = rest;
            }
        }
        let (Some(first), Some(last)) = (words.first(), words.last()) else { return Part::Skipped };
        let is_personal = first.class.pronoun().is_some() || first.is(Class::OTHER_PRONOUN);
        match first.class.pronoun() {
            Some(gender) if words.len() == 1 => return Part::Pronoun(first.range.clone(), gender),
            // "they said", or a clause with a pronoun subject ("he passed on a note").
            _ if is_personal => return Part::Other,
            _ => {}
        }
        let is_number = |t: &Token| self.word(t).starts_with(|c: char| c.is_ascii_digit());
        // "What did Clinton make, I ask": a question, no one named.
        if first.is(Class::RELATIVE) || self.is_word(first, "what") || words.iter().all(is_number) {
            return Part::Skipped;
        }
        // "speaking on Monday", "Asked about the levy", "declined to comment"
        // (not the adjective "Sanders-supporting").
        let written = self.word(first);
        let participle_like = (written.ends_with("ing") && !written.contains('-'))
            || (written.ends_with("ed") && !self.capitalised(first));
        // "Separately, …", "Suddenly – …": an adverb, not the "Kelly" of
        // "Megan Kelly" (a name mentioned once and alone is not a speaker's).
        let mentioned_once = |mention: &Mention| names.entity(mention.entity).mentions == 1;
        let adverb = words.len() == 1
            && written.ends_with("ly")
            && names.within(first.range.clone()).first().is_none_or(mentioned_once);
        // ", saying the “Q”", "but said confirming him": an article or a
        // reporting verb alone describes no one ("said one", "according to
        // reports" do).
        let lone_function_word = words.len() == 1
            && (["the", "a", "an"].iter().any(|article| self.is_word(first, article))
                || (first.is(Class::REPORTING) && !written.ends_with('s')));
        if first.is(Class::LEADS_CLAUSE) || participle_like || adverb || lone_function_word {
            return Part::Other;
        }
        let span = first.range.start..last.range.end;
        // The head is a name that ends the phrase, before any prepositional
        // phrase ("director of the Tax Policy Center") and not as a modifier
        // ("a top Trump surrogate", "Ukraine’s president").
        let head_end = words
            .iter()
            .position(|t| t.is(Class::PREPOSITION))
            .filter(|&at| at > 0)
            .map_or(last.range.end, |at| words[at - 1].range.end);
        let mentions = names.within(span.clone());
        // "US Secretary of State Mike Pompeo": a person (one whose gender
        // is known: "the Committee to Protect Journalists" is none) named at
        // the end, after a capitalised title holding "of" (not "the wife of
        // Donald Trump", "a spokesman for Treasury Secretary Steven Mnuchin").
        let titled_person_at_end = mentions.last().filter(|mention| {
            mention.name.end == last.range.end
                && names.entity(mention.entity).gender.is_some()
                && words
                    .iter()
                    .take_while(|t| t.range.end <= mention.name.start)
                    .all(|t| t.is(Class::PREPOSITION) || t.is(Class::DETERMINER) || self.capitalised(t))
        });
        let head = titled_person_at_end.or_else(|| mentions.iter().rev().find(|mention| mention.name.end == head_end));
        let determined = first.is(Class::DETERMINER);
        // "the Ellery Coastguard" names an organisation; "the aide Anton Reyes" a person.
        let right_after_determiner =
            |mention: &Mention| words.get(1).is_some_and(|t| t.range.start == mention.name.start);
        match head {
            Some(mention) if !determined => Part::Named(mention.clone()),
            Some(mention) if names.entity(mention.entity).person && !right_after_determiner(mention) => {
                Part::Named(mention.clone())
            }
            // "would be forthcoming": a clause whose subject came before.
            _ if first.is(Class::AUXILIARY) && !self.capitalised(first) => Part::Other,
            _ => {
                // "Mr Johnson said", "Arlene Foster said she": a reporting
                // verb before the one being read says who spoke. So does a
                // verb in the past with its object after it, or in a clause
                // that the verb being read goes on ("Okafor thanked Wilk and
                // said", "Wilk reacted by saying"), and no relative clause
                // ("The Taliban issued a statement saying", not "a statement
                // issued by", "leaders who sent a letter saying").
                let acts_on_object = |at: usize| {
                    let (verb, word) = (&words[at], self.word(&words[at]));
                    (word.ends_with("ed") || word == "sent")
                        && !self.capitalised(verb)
                        && (words.get(at + 1).is_some_and(|t| t.is(Class::DETERMINER))
                            || last.is(Class::CONJUNCTION)
                            || last.is(Class::PREPOSITION))
                        && !words[at..].iter().any(|t| t.is(Class::RELATIVE))
                };
                if let Some(at) = (1..words.len()).find(|&at| self.is_verb(words, at) || acts_on_object(at)) {
                    match self.classify(names, self.trim_auxiliaries(&words[..at])) {
                        Part::Other | Part::Skipped => {}
                        part => return part,
                    }
                }
                // "Tomasz Wilk is set to announce": the person named before "be".
                let be = (1..words.len()).find(|&at| self.is_be(&words[at]));
                if let Some(Part::Named(mention)) = be.map(|at| self.classify(names, &words[..at])) {
                    if names.entity(mention.entity).person {
                        return Part::Named(mention);
                    }
                }
                let end = words
                    .iter()
                    .position(|t| t.is(Class::RELATIVE))
                    .filter(|&at| at > 0)
                    .map_or(last.range.end, |at| words[at - 1].range.end);
                Part::Described(span.start..end)
            }
        }
    }

    /// The speaker a subject names: a pronoun becomes the latest fitting person before `position`.
    fn speaker(&self, names: &mut Names, subject: Subject, position: usize) -> Option<Speaker> {
        match subject {
            Subject::Named(mention) => {
                Some(named(names, mention.entity, &self.text[mention.start()..mention.name.end]))
            }
            Subject::Pronoun(range, gender) => {
                // "He is now urging Mitch McConnell to act, saying": who "he" is was told before it.
                let mut position = position.min(range.start);
                // "He thinks training has not been good enough. “Q,” he says.": the same
                // pronoun opening the sentence before refers to the same person, so look before it.
                for _ in 0..MAX_PRONOUN_CHAIN {
                    match self.previous_subject(names, position, gender) {
                        Some(Subject::Named(mention))
                            if names.entity(mention.entity).person
                                && names.entity(mention.entity).gender.is_none_or(|known| known == gender) =>
                        {
                            names.learn_gender(mention.entity, gender);
                            return Some(named(names, mention.entity, &self.text[range]));
                        }
                        Some(Subject::Described(described))
                            if names::is_person_noun(last_word(&self.text[described.clone()])) =>
                        {
                            return self.speaker(names, Subject::Described(described), position);
                        }
                        Some(Subject::Pronoun(earlier, same))
                            if same == gender && !self.in_quotation(earlier.start) =>
                        {
                            position = earlier.start
                        }
                        _ => break,
                    }
                }
                let entity = self.antecedent(names, position, gender)?;
                names.learn_gender(entity, gender);
                Some(named(names, entity, &self.text[range]))
            }
            Subject::Described(range) => {
                // "his whereabouts are currently unknown": a clause, not who spoke.
                if frame::tokens(self.text, range.clone()).iter().any(|t| self.is_be(t)) {
                    return None;
                }
                let written = &self.text[range];
                if let Some(entity) = self.titled_person(names, written, position) {
                    return Some(named(names, entity, written));
                }
                let mut name = written.to_string();
                // "A Kremlin spokesperson" at the start of a sentence is "a Kremlin spokesperson".
                let determiner = |word: &&str| frame::class_of(word).has(Class::DETERMINER);
                if let Some(first) = name.split(' ').next().filter(determiner).filter(|_| name.contains(' ')) {
                    let end = first.len();
                    name[..end].make_ascii_lowercase();
                }
                Some(Speaker { name, written: written.to_string(), named: false, gender: None })
            }
        }
    }

    /// The subject of the sentence just before the one at `position`: of its
    /// reporting verb, or the name or pronoun it opens with. "he said" refers
    /// back to it before any name that sentence mentions later ("Ukraine's
    /// president wrote that he had spoken to Mr Trump. “Q,” he said."; "Dr
    /// Richard Frank served during President Obama's administration. “Q,” he
    /// says.").
    fn previous_subject(&self, names: &Names, position: usize, gender: Gender) -> Option<Subject> {
        let text = self.text;
        let floor = floor_boundary(text, position.saturating_sub(MAX_FRAME_BYTES));
        let own = frame::sentence_start(text, floor, position);
        let end = text[..own].trim_end().len();
        if end <= floor || self.in_quotation(end.saturating_sub(1)) {
            return None;
        }
        let start = frame::sentence_start(text, floor, end - 1);
        let tokens = frame::tokens(text, start..end);
        // Not a verb quoted: "“What you hear the president saying is …,” Mike Pence told".
        if let Some(at) =
            tokens.iter().position(|token| token.is(Class::REPORTING) && !self.in_quotation(token.range.start))
        {
            // "Mueller failed a higher one, said Cotter.": after a comma, a
            // name right after the verb, with no words after it, is who spoke.
            let after_comma = at > 0 && tokens[at - 1].kind == Kind::Comma;
            if let Some(Subject::Named(mention)) = self.subject_after(names, &tokens[at + 1..]).filter(|_| after_comma)
            {
                let right_after = tokens.get(at + 1).is_some_and(|t| t.range.start == mention.start());
                let next = tokens.iter().find(|t| t.range.start >= mention.name.end);
                if right_after && next.is_none_or(|t| t.kind != Kind::Word) {
                    return Some(Subject::Named(mention));
                }
            }
            return self.subject_before(names, self.trim_auxiliaries(&tokens[..at]));
        }
        let opening = tokens.iter().find(|t| !t.is(Class::CONJUNCTION))?;
        if let Some(opening_gender) = opening.class.pronoun() {
            return Some(Subject::Pronoun(opening.range.clone(), opening_gender));
        }
        // Without a reporting verb, only a person known to be of the pronoun's
        // gender: "Lori Kaye, who helped found the synagogue, was shot" is no "he".
        self.verb_subject(names, &tokens).filter(|subject| match subject {
            Subject::Named(mention) => names.entity(mention.entity).gender == Some(gender),
            _ => true,
        })
    }

    /// The person "the mayor" at `position` refers to: the one named before
    /// it, outside quotations, with that title ("Mayor Ines Okafor"), when no
    /// other person named before it carries the title.
    fn titled_person(&self, names: &Names, described: &str, position: usize) -> Option<EntityId> {
        let title = match described.split_once(' ') {
            Some((the, title)) if the.eq_ignore_ascii_case("the") && !title.contains(' ') => title,
            _ => return None,
        };
        let titled: Vec<EntityId> = names
            .before(position)
            .iter()
            .filter(|mention| {
                mention.title.as_ref().is_some_and(|at| self.text[at.clone()].eq_ignore_ascii_case(title))
            })
            .filter(|mention| !self.in_quotation(mention.name.start))
            .map(|mention| mention.entity)
            .collect();
        let first = *titled.first()?;
        titled.iter().all(|&entity| entity == first).then_some(first)
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

    /// The attribution of the previous quotation of the same paragraph (of
    /// the same sentence only, if `same_sentence`), if it has a speaker.
    fn previous_in_paragraph<'f>(
        &self,
        found: &'f [Attribution],
        index: usize,
        same_sentence: bool,
    ) -> Option<&'f Attribution> {
        let previous = index.checked_sub(1)?;
        let (span, previous_span) = (&self.spans[index], &self.spans[previous]);
        let between = &self.text[previous_span.end..span.start];
        let same_paragraph = !between.contains('\n');
        let sentence_ends = frame::sentence_end(self.text, previous_span.end, span.start) < span.start;
        let adjacent = same_paragraph && !(same_sentence && sentence_ends);
        adjacent.then(|| &found[previous]).filter(|found| found.speaker.is_some())
    }

    /// The attribution of the last quotation of the previous paragraph, when
    /// little follows it there and it is quoted with the same kind of mark: a
    /// quotation that opens its paragraph continues it (but ‘A subhead’ after
    /// “a quotation” does not).
    fn previous_paragraph<'f>(&self, found: &'f [Attribution], index: usize) -> Option<&'f Attribution> {
        let previous = index.checked_sub(1)?;
        let (span, previous_span) = (&self.spans[index], &self.spans[previous]);
        let here = paragraph_start(self.text, span.start);
        let paragraph_before = paragraph_start(self.text, self.text[..here].trim_end().len());
        let single = |span: &Span| self.text[span.start..].starts_with(['\'', '‘', '’', '‚', '‹', '›']);
        let continues = previous_span.end > paragraph_before
            && previous_span.end <= here
            && self.text[previous_span.end..here].trim().len() < PARAGRAPH_TAIL
            && single(span) == single(previous_span);
        continues.then(|| &found[previous]).filter(|found| found.speaker.is_some())
    }
}

fn named(names: &Names, entity: EntityId, written: &str) -> Speaker {
    let entity = names.entity(entity);
    Speaker { name: entity.name.clone(), written: written.to_string(), named: true, gender: entity.gender }
}

fn last_word(phrase: &str) -> &str {
    phrase.rsplit(' ').next().unwrap_or(phrase)
}

/// How much text before and after a quotation its frame is looked for in.
const MAX_FRAME_BYTES: usize = 400;

/// The nearest character boundary at or before `at`.
fn floor_boundary(text: &str, mut at: usize) -> usize {
    at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// How far past the verb a subject may start in `"Q," X, …, said`.
const MAX_SUBJECT_TOKENS: usize = 30;

/// How long the sentence after a quotation that ends with a full stop may be
/// and still say who spoke it ("Mayor Ines Okafor said on Tuesday.").
const MAX_CLOSED_FRAME_TOKENS: usize = 8;

/// The most words a description of who spoke runs to ("the head of the
/// Office of Government Ethics", "a US spokesman for the company in an
/// emailed statement").
const MAX_DESCRIBED_WORDS: usize = 10;

/// How many sentences back a pronoun is followed through the same pronoun
/// opening each ("He arrived. He sat. “Q,” he said."), which bounds the work on
/// a text of nothing else.
const MAX_PRONOUN_CHAIN: usize = 8;

/// How much text may follow the last quotation of a paragraph for the next
/// paragraph's frameless quotation to continue it ("…," he said.).
const PARAGRAPH_TAIL: usize = 200;

enum Part {
    Named(Mention),
    Pronoun(Range<usize>, Gender),
    Described(Range<usize>),
    /// A clause or phrase that is not a subject ("in Ukraine", "speaking on Monday").
    Other,
    /// An age, a relative clause, a lone conjunction: looked through.
    Skipped,
}

/// Whether the quotation at `start` sits inside a sentence rather than
/// opening it or following `:`, `,`, a dash or a bracket.
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
