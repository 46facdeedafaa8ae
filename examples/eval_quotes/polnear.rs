//! Scores quotation finding and speaker attribution on PolNeAR's dev split
//! (brat annotations), following the rules of its README in the data folder:
//!
//! - per article only the alphabetically first `.ann` file is used;
//! - a `Content` annotation whose fragments have words between them is
//!   split there; each resulting piece counts as a direct quotation if it
//!   opens with a quotation mark or sits between marks, and as neutral
//!   otherwise;
//! - a speaker is scored only when the `Source` has a named part (a
//!   comma-separated part ending in a capitalised word that is not a pronoun).
//!
//! Matching: the text of a found quotation and of an annotated piece, both
//! without marks and surrounding spaces, match when their overlap is at least
//! half of each (so one found quotation matches at most one piece and the
//! other way round). A found quotation that matches no piece but lies mostly
//! inside an annotated attribution (a neutral piece, or a direct piece that
//! cannot be matched because the annotation also spans narration) is neither
//! rewarded nor penalised; any other is a false positive.
//!
//! A speaker is right when every word of the annotated name (without titles
//! such as "Mr." or "Sen." and without roles before it) occurs in order in
//! the name newslens gives: "Trump" matches "Donald Trump", not the reverse.

use std::fs;
use std::io;
use std::ops::Range;
use std::path::{Path, PathBuf};

/// The evaluation data folder: `NEWSLENS_DATA`, or `../shared/data` beside the repository.
pub fn data_dir() -> PathBuf {
    std::env::var_os("NEWSLENS_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data"))
}

#[derive(Debug, Default, Clone)]
pub struct Scores {
    pub articles: usize,
    pub gold: usize,
    pub found: usize,
    pub ignored: usize,
    pub matched_gold: usize,
    pub true_positives: usize,
    pub named: usize,
    pub named_right: usize,
    pub exact: usize,
    /// False positives that are partial and have no speaker: titles and scare
    /// quotes, which PolNeAR does not annotate because nobody is quoted.
    pub unattributed_fragments: usize,
}

impl Scores {
    pub fn precision(&self) -> f64 {
        ratio(self.true_positives, self.found - self.ignored)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.matched_gold, self.gold)
    }
    pub fn f1(&self) -> f64 {
        harmonic_mean(self.precision(), self.recall())
    }
    /// Precision over the quotations newslens presents as someone's words:
    /// all but the unattributed fragments.
    pub fn attributed_precision(&self) -> f64 {
        ratio(self.true_positives, self.found - self.ignored - self.unattributed_fragments)
    }
    pub fn attributed_f1(&self) -> f64 {
        harmonic_mean(self.attributed_precision(), self.recall())
    }
    pub fn speaker_accuracy(&self) -> f64 {
        ratio(self.named_right, self.named)
    }
}

fn harmonic_mean(a: f64, b: f64) -> f64 {
    if a + b == 0.0 {
        0.0
    } else {
        2.0 * a * b / (a + b)
    }
}

fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        part as f64 / whole as f64
    }
}

/// One annotated piece, by character offsets.
#[derive(Debug, Clone)]
struct Piece {
    chars: Range<usize>,
    direct: bool,
    source: Option<String>,
}

/// Scores every article of `dir` (the polnear-dev folder); `report` receives
/// one line per miss, false positive and wrong speaker.
pub fn evaluate(dir: &Path, report: &mut dyn FnMut(String)) -> io::Result<Scores> {
    let mut scores = Scores::default();
    let mut texts: Vec<PathBuf> =
        fs::read_dir(dir.join("text"))?.map(|entry| entry.map(|e| e.path())).collect::<Result<_, _>>()?;
    texts.sort();
    let mut annotations: Vec<String> = fs::read_dir(dir.join("attributions"))?
        .map(|entry| entry.map(|e| e.file_name().to_string_lossy().into_owned()))
        .collect::<Result<_, _>>()?;
    annotations.sort();
    for path in texts {
        let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        let Some(annotation) =
            annotations.iter().find(|name| name.strip_prefix(&stem).is_some_and(|rest| rest.starts_with('_')))
        else {
            continue;
        };
        let text = fs::read_to_string(&path)?;
        let ann = fs::read_to_string(dir.join("attributions").join(annotation))?;
        let chars: Vec<char> = text.chars().collect();
        let pieces = pieces(&chars, &ann);
        score_article(&stem, &text, &chars, &pieces, &mut scores, report);
        scores.articles += 1;
    }
    Ok(scores)
}

fn score_article(
    name: &str,
    text: &str,
    chars: &[char],
    pieces: &[Piece],
    scores: &mut Scores,
    report: &mut dyn FnMut(String),
) {
    // Byte → character offsets.
    let mut char_of_byte = vec![0; text.len() + 1];
    for (index, (byte, c)) in text.char_indices().enumerate() {
        for slot in &mut char_of_byte[byte..byte + c.len_utf8()] {
            *slot = index;
        }
    }
    char_of_byte[text.len()] = chars.len();
    let quotes = newslens::quotes::find(text);
    let found: Vec<Range<usize>> =
        quotes.iter().map(|quote| words_only(chars, char_of_byte[quote.start]..char_of_byte[quote.end])).collect();
    let gold: Vec<(usize, Range<usize>)> = pieces
        .iter()
        .enumerate()
        .filter(|(_, piece)| piece.direct)
        .map(|(i, piece)| (i, words_only(chars, piece.chars.clone())))
        .collect();
    let show = |range: &Range<usize>| -> String {
        let snippet: String = chars[range.clone()].iter().collect();
        let snippet = snippet.replace('\n', " ");
        if snippet.chars().count() > 90 {
            format!("{}…", snippet.chars().take(90).collect::<String>())
        } else {
            snippet
        }
    };
    scores.gold += gold.len();
    scores.found += found.len();
    let mut gold_matched = vec![false; gold.len()];
    for (quote, range) in quotes.iter().zip(&found) {
        let matching = gold.iter().position(|(_, piece)| {
            let shared = overlap(range, piece);
            2 * shared >= range.len() && 2 * shared >= piece.len() && shared > 0
        });
        let speaker = quote.speaker.as_ref().map(|speaker| speaker.name.as_str());
        match matching {
            Some(at) => {
                gold_matched[at] = true;
                scores.true_positives += 1;
                let (piece_index, piece) = &gold[at];
                if trim_punctuation(chars, range.clone()) == trim_punctuation(chars, piece.clone()) {
                    scores.exact += 1;
                }
                if let Some(annotated) = pieces[*piece_index].source.as_deref().and_then(named_part) {
                    scores.named += 1;
                    if speaker.is_some_and(|speaker| speaker_matches(&annotated, speaker)) {
                        scores.named_right += 1;
                    } else {
                        report(format!(
                            "{name}: SPEAKER {:?} annotated {:?} ({:?}) for {}",
                            speaker,
                            annotated,
                            pieces[*piece_index].source.as_deref().unwrap_or(""),
                            show(range)
                        ));
                    }
                }
            }
            None => {
                let inside_annotation = pieces.iter().any(|piece| 2 * overlap(range, &piece.chars) >= range.len());
                if inside_annotation {
                    scores.ignored += 1;
                } else {
                    if quote.kind == newslens::quotes::Kind::Partial && quote.speaker.is_none() {
                        scores.unattributed_fragments += 1;
                    }
                    report(format!("{name}: FALSE {:?} {:?} {}", quote.kind, speaker, show(range)));
                }
            }
        }
    }
    for ((_, piece), matched) in gold.iter().zip(gold_matched) {
        if matched {
            scores.matched_gold += 1;
        } else {
            report(format!("{name}: MISSED {}", show(piece)));
        }
    }
}

fn overlap(a: &Range<usize>, b: &Range<usize>) -> usize {
    a.end.min(b.end).saturating_sub(a.start.max(b.start))
}

fn is_quote_mark(c: char) -> bool {
    matches!(c, '"' | '\'' | '“' | '”' | '‘' | '’' | '«' | '»' | '„' | '‚' | '‹' | '›' | '`')
}

/// The range without marks and spaces at either end.
fn words_only(chars: &[char], mut range: Range<usize>) -> Range<usize> {
    while range.start < range.end && (is_quote_mark(chars[range.start]) || chars[range.start].is_whitespace()) {
        range.start += 1;
    }
    while range.end > range.start && (is_quote_mark(chars[range.end - 1]) || chars[range.end - 1].is_whitespace()) {
        range.end -= 1;
    }
    range
}

/// The range without marks, spaces or punctuation at either end, for exact matches.
fn trim_punctuation(chars: &[char], mut range: Range<usize>) -> Range<usize> {
    let skip = |c: char| !c.is_alphanumeric();
    while range.start < range.end && skip(chars[range.start]) {
        range.start += 1;
    }
    while range.end > range.start && skip(chars[range.end - 1]) {
        range.end -= 1;
    }
    range
}

/// The Content pieces of one annotation file, with the text of their Source.
fn pieces(chars: &[char], ann: &str) -> Vec<Piece> {
    let mut spans: std::collections::HashMap<&str, (&str, Vec<Range<usize>>)> = std::collections::HashMap::new();
    let mut relations: Vec<Vec<(&str, &str)>> = Vec::new();
    for line in ann.lines() {
        let mut fields = line.split('\t');
        let (Some(id), Some(middle)) = (fields.next(), fields.next()) else { continue };
        if id.starts_with('T') {
            let Some((label, ranges)) = middle.split_once(' ') else { continue };
            let ranges = ranges
                .split(';')
                .filter_map(|range| {
                    let (start, end) = range.trim().split_once(' ')?;
                    Some(start.parse().ok()?..end.parse().ok()?)
                })
                .collect();
            spans.insert(id, (label, ranges));
        } else if id.starts_with('E') {
            relations.push(middle.split(' ').filter_map(|part| part.split_once(':')).collect());
        }
    }
    let text_of = |ranges: &[Range<usize>]| -> String {
        ranges.iter().map(|range| chars[range.clone()].iter().collect::<String>()).collect::<Vec<_>>().join(" ")
    };
    let mut pieces = Vec::new();
    for relation in relations {
        let get = |role: &str| relation.iter().find(|(r, _)| *r == role).and_then(|(_, id)| spans.get(id));
        let Some((_, content)) = get("Content") else { continue };
        let source = get("Source").map(|(_, ranges)| text_of(ranges));
        let mut fragments = content.clone();
        fragments.sort_by_key(|range| range.start);
        let mut joined: Vec<Range<usize>> = Vec::new();
        for fragment in fragments {
            match joined.last_mut() {
                Some(piece) if chars[piece.end..fragment.start.max(piece.end)].iter().all(|c| c.is_whitespace()) => {
                    piece.end = piece.end.max(fragment.end);
                }
                _ => joined.push(fragment),
            }
        }
        for range in joined {
            let direct = is_direct(chars, &range);
            pieces.push(Piece { chars: range, direct, source: source.clone() });
        }
    }
    pieces
}

/// A piece that begins with a quotation mark or is enclosed by marks.
fn is_direct(chars: &[char], range: &Range<usize>) -> bool {
    const OPENING: &[char] = &['"', '“', '‘', '\'', '«', '„'];
    const CLOSING: &[char] = &['"', '”', '’', '\'', '»', '“'];
    if chars.get(range.start).is_some_and(|c| OPENING.contains(c)) {
        return true;
    }
    let before = chars[..range.start].iter().rev().find(|c| **c != ' ');
    let after = chars[range.end..].iter().find(|c| **c != ' ');
    before.is_some_and(|c| OPENING.contains(c)) && after.is_some_and(|c| CLOSING.contains(c))
}

/// The named part of an annotated source: without brackets, the first
/// comma-separated part that ends in a capitalised word other than a pronoun.
fn named_part(source: &str) -> Option<String> {
    without_brackets(source)
        .split(',')
        .map(str::trim)
        .find(|part| {
            let last = part.split_whitespace().last().unwrap_or("");
            last.starts_with(char::is_uppercase) && !["He", "She", "They", "It", "We", "I", "You"].contains(&last)
        })
        .map(str::to_string)
}

fn without_brackets(text: &str) -> String {
    let mut kept = String::new();
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 => kept.push(c),
            _ => {}
        }
    }
    kept
}

/// Words written before a name that are not part of it.
const TITLES: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "sen",
    "senator",
    "rep",
    "representative",
    "gov",
    "governor",
    "president",
    "minister",
    "secretary",
    "chancellor",
    "del",
    "mayor",
    "judge",
    "justice",
    "gen",
    "general",
    "speaker",
    "ambassador",
    "prof",
    "professor",
    "rev",
    "lt",
    "col",
    "capt",
    "adm",
    "sgt",
    "chief",
    "chairman",
    "chairwoman",
    "commissioner",
    "director",
    "leader",
];

/// The name in an annotated name part, as lower-case words: the part before a
/// prepositional phrase ("Mr. Morgan of the Sierra Club"), its last run of
/// capitalised words ("Harbour Watch spokesman Anton Reyes"), after any title.
fn annotated_name(name: &str) -> Vec<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    let head_end =
        words.iter().position(|word| ["of", "at", "for", "from", "in", "with"].contains(word)).unwrap_or(words.len());
    let head = &words[..head_end];
    let capitalised = |word: &&str| word.trim_matches(|c: char| !c.is_alphanumeric()).starts_with(char::is_uppercase);
    let run_start = head.iter().rposition(|word| !capitalised(word)).map_or(0, |at| at + 1);
    let run = &head[run_start..];
    let folded: Vec<String> = run.iter().flat_map(|word| name_words(word)).collect();
    let after_title = folded.iter().rposition(|word| TITLES.contains(&word.as_str())).map_or(0, |at| at + 1);
    folded[after_title.min(folded.len())..].to_vec()
}

/// The lower-case words of a name, without punctuation or possessive endings.
fn name_words(name: &str) -> Vec<String> {
    name.split(|c: char| c.is_whitespace() || c == '.' || c == ',' || c == '"' || c == '“' || c == '”')
        .map(|word| word.trim_end_matches("'s").trim_end_matches("’s").to_lowercase())
        .filter(|word| !word.is_empty() && word != "the")
        .collect()
}

/// Whether `ours` names the annotated speaker: its words contain the
/// annotated name's words in order ("Trump" matches "Donald Trump").
pub fn speaker_matches(annotated: &str, ours: &str) -> bool {
    let annotated = annotated_name(annotated);
    let ours = name_words(ours);
    let mut rest = ours.iter();
    !annotated.is_empty() && annotated.iter().all(|word| rest.any(|candidate| candidate == word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn annotated_names_are_read_without_roles_titles_or_places() {
        let cases = [
            ("Trump", "Donald Trump", true),
            ("Donald Trump", "Trump", false),
            ("Mr. Morgan of the Sierra Club", "Peter Morgan", true),
            ("Harbour Watch spokesman Anton Reyes", "Anton Reyes", true),
            ("Representative Marta J. Quill of Oregon", "Marta J. Quill", true),
            ("Valley Council President Piet Vandermolen", "Piet Vandermolen", true),
            ("Hillary Clinton", "Hillary Rodham Clinton", true),
            ("Hillary Clinton", "Bill Clinton", false),
            ("The Daily Beast", "the Daily Beast", true),
        ];
        for (annotated, ours, expected) in cases {
            assert_eq!(speaker_matches(annotated, ours), expected, "{annotated:?} / {ours:?}");
        }
        assert_eq!(named_part("Rep. Colm Reyes (D-Ore.), a leading voice").as_deref(), Some("Rep. Colm Reyes"));
        assert_eq!(named_part("he"), None);
    }
}
