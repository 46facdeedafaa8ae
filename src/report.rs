//! The report owns the output schema `"newslens/1"`: the serialisable shape
//! every consumer (JS API, CLI, views) reads. It may be extended with new
//! fields, never broken. Field names are camelCase in JSON.

use std::collections::BTreeMap;

use crate::json::{json_as_str, json_object, Object, Out, ToJson};
use crate::keywords::TermKind;
use crate::names::Gender;

pub const SCHEMA: &str = "newslens/1";

#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    pub schema: &'static str,
    pub files: Vec<FileEntry>,
    pub articles: Vec<ArticleEntry>,
    pub quotes: Vec<QuoteEntry>,
    /// Quotations in headlines: like `quotes`, but `start`/`end` are offsets
    /// into the article's `headline`. They repeat what the body reports, so
    /// `speakers` does not count them.
    pub headline_quotes: Vec<QuoteEntry>,
    pub speakers: Vec<SpeakerEntry>,
    pub keywords: Vec<KeywordEntry>,
    /// Phrases of two or three words, ranked by association (G²).
    pub phrases: Vec<KeywordEntry>,
    /// Proper names, each mention counted under the fullest form its article gives; ranked by count.
    pub names: Vec<KeywordEntry>,
    /// The stop words removed from `keywords`, and how often.
    pub stop_words: Vec<StopWordEntry>,
    /// The words of the counted articles per date `YYYY-MM-DD` (articles
    /// without a date are left out): what a term's `dates` are out of.
    pub date_words: BTreeMap<String, u32>,
    pub outlets: Vec<OutletEntry>,
    pub stories: Vec<StoryEntry>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileEntry {
    pub name: String,
    pub format: &'static str,
    pub articles: usize,
    /// How many of its articles repeat one read before them (from any file).
    pub duplicates: usize,
    pub error: Option<String>,
    pub warnings: Vec<String>,
}

/// Article ids are positions in `Report::articles`.
pub type ArticleId = usize;

#[derive(Debug, Clone, PartialEq)]
pub struct ArticleEntry {
    pub id: ArticleId,
    pub file: String,
    pub outlet: Option<String>,
    pub headline: Option<String>,
    pub byline: Option<String>,
    pub date: Option<String>,
    pub dateline: Option<String>,
    pub url: Option<String>,
    pub words: usize,
    pub duplicate_of: Option<ArticleId>,
    /// The cleaned body, unless the option `articleText` is off (then
    /// [`crate::Corpus::article`] gives it, one article at a time).
    pub text: Option<String>,
    /// The article's most distinctive words by TF-IDF within the selection.
    pub keywords: Vec<ArticleKeyword>,
}

/// One article's text, asked for by id: with its file and headline, so that
/// a caller holding an older report can tell that the id now names another
/// article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleText {
    pub id: ArticleId,
    pub file: String,
    pub headline: Option<String>,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ArticleKeyword {
    pub term: String,
    pub count: u32,
    pub tfidf: f64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuoteKind {
    Direct,
    Partial,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuoteEntry {
    pub article: ArticleId,
    /// UTF-16 offsets (JS string indices) into the article's `text`, covering the marks.
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub speaker: Option<String>,
    pub verb: Option<String>,
    pub kind: QuoteKind,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SpeakerEntry {
    pub name: String,
    pub aliases: Vec<String>,
    pub quotes: usize,
    pub outlets: BTreeMap<String, usize>,
    /// By outlet: this speaker's part of the quotations the outlet attributes to anyone.
    pub shares: BTreeMap<String, f64>,
    /// `female` or `male` when titles, given names or pronouns say so.
    pub gender: Option<Gender>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct KeywordEntry {
    /// Shown in its commonest written form.
    pub term: String,
    pub kind: TermKind,
    pub count: u32,
    /// Number of articles the term occurs in.
    pub docs: u32,
    /// Occurrences per 10,000 words of the selection.
    pub per10k: f64,
    /// Gries' DP over the selected articles: 0 even, towards 1 concentrated.
    pub dp: f64,
    /// Phrases only: log-likelihood G² against independent words.
    pub g2: Option<f64>,
    /// Occurrences per outlet (articles without an outlet are left out).
    pub outlets: BTreeMap<String, u32>,
    /// Occurrences per date `YYYY-MM-DD` (articles without a date are left out).
    pub dates: BTreeMap<String, u32>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StopWordEntry {
    pub term: String,
    pub count: u32,
}

#[derive(Debug, Clone, PartialEq)]
pub struct OutletEntry {
    pub name: String,
    pub articles: usize,
    pub words: usize,
    /// Words per article.
    pub mean_words: f64,
    /// The first and last day of its dated articles.
    pub date_from: Option<String>,
    pub date_to: Option<String>,
    /// Body quotations, and how many per 1,000 words.
    pub quotes: usize,
    pub quotes_per1000: f64,
    /// Speakers it quotes, and how many of them no other outlet quotes.
    pub speakers: usize,
    pub exclusive_speakers: usize,
    /// Its attributed quotations by their speaker's gender, and the speakers
    /// it quotes likewise.
    pub quote_genders: GenderCounts,
    pub speaker_genders: GenderCounts,
    /// Jensen–Shannon divergence (bits) of its word distribution from each other outlet's.
    pub divergence: BTreeMap<String, f64>,
    /// Its terms against all the other outlets together, most distinctive first.
    pub distinctive: Vec<DistinctiveTerm>,
}

/// Counts by gender; `unknown` when no title, given name or pronoun says
/// (and for speakers known by a description, "a port spokesperson").
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GenderCounts {
    pub female: usize,
    pub male: usize,
    pub unknown: usize,
}

impl GenderCounts {
    /// The counts of `counted`: each a gender (if known) and how many.
    pub fn of(counted: impl IntoIterator<Item = (Option<Gender>, usize)>) -> GenderCounts {
        let mut counts = GenderCounts::default();
        for (gender, count) in counted {
            *match gender {
                Some(Gender::Female) => &mut counts.female,
                Some(Gender::Male) => &mut counts.male,
                None => &mut counts.unknown,
            } += count;
        }
        counts
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct DistinctiveTerm {
    pub term: String,
    pub kind: TermKind,
    /// Occurrences in this outlet and in all the others.
    pub count: u32,
    pub others: u32,
    /// Log-odds ratio with an informative Dirichlet prior, as a z-score.
    pub z: f64,
    /// Hardie's Log Ratio: log₂ of the ratio of relative frequencies.
    pub log_ratio: f64,
    /// Log-likelihood G², and whether it passes p < 0.001 (G² ≥ 10.83).
    pub g2: f64,
    pub significant: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoryEntry {
    pub id: usize,
    pub articles: Vec<ArticleId>,
    pub outlets: Vec<String>,
    /// The first and last day of its dated articles.
    pub date_from: Option<String>,
    pub date_to: Option<String>,
    /// The headline of the article most like the others.
    pub headline: Option<String>,
    /// The heaviest terms its articles share.
    pub terms: Vec<String>,
    /// Each outlet's coverage, by outlet (articles without one last).
    pub coverage: Vec<StoryCoverage>,
}

/// One outlet's articles of a story.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoryCoverage {
    pub outlet: Option<String>,
    pub articles: Vec<ArticleId>,
    /// The headline of its longest article of the story, and its words in all of them.
    pub headline: Option<String>,
    pub words: usize,
    /// The terms it uses that the story's other outlets do not, heaviest first.
    pub terms: Vec<String>,
    /// Whom it quotes in the story, most quoted first.
    pub speakers: Vec<StorySpeaker>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StorySpeaker {
    pub name: String,
    pub quotes: usize,
}

json_object!(Report {
    schema: "schema",
    files: "files",
    articles: "articles",
    quotes: "quotes",
    headline_quotes: "headlineQuotes",
    speakers: "speakers",
    keywords: "keywords",
    phrases: "phrases",
    names: "names",
    stop_words: "stopWords",
    date_words: "dateWords",
    outlets: "outlets",
    stories: "stories",
});
json_object!(FileEntry {
    name: "name",
    format: "format",
    articles: "articles",
    duplicates: "duplicates",
    error: "error",
    warnings: "warnings",
});
json_object!(ArticleText { id: "id", file: "file", headline: "headline", text: "text" });
json_object!(ArticleKeyword { term: "term", count: "count", tfidf: "tfidf" });
json_as_str!(QuoteKind);
json_object!(QuoteEntry {
    article: "article",
    start: "start",
    end: "end",
    text: "text",
    speaker: "speaker",
    verb: "verb",
    kind: "kind",
});
json_object!(SpeakerEntry {
    name: "name",
    aliases: "aliases",
    quotes: "quotes",
    outlets: "outlets",
    shares: "shares",
    gender: "gender",
});
json_as_str!(Gender);
json_object!(GenderCounts { female: "female", male: "male", unknown: "unknown" });
json_object!(StopWordEntry { term: "term", count: "count" });
json_object!(OutletEntry {
    name: "name",
    articles: "articles",
    words: "words",
    mean_words: "meanWords",
    date_from: "dateFrom",
    date_to: "dateTo",
    quotes: "quotes",
    quotes_per1000: "quotesPer1000",
    speakers: "speakers",
    exclusive_speakers: "exclusiveSpeakers",
    quote_genders: "quoteGenders",
    speaker_genders: "speakerGenders",
    divergence: "divergence",
    distinctive: "distinctive",
});
json_object!(DistinctiveTerm {
    term: "term",
    kind: "kind",
    count: "count",
    others: "others",
    z: "z",
    log_ratio: "logRatio",
    g2: "g2",
    significant: "significant",
});
json_object!(StoryEntry {
    id: "id",
    articles: "articles",
    outlets: "outlets",
    date_from: "dateFrom",
    date_to: "dateTo",
    headline: "headline",
    terms: "terms",
    coverage: "coverage",
});
json_object!(StoryCoverage {
    outlet: "outlet",
    articles: "articles",
    headline: "headline",
    words: "words",
    terms: "terms",
    speakers: "speakers",
});
json_object!(StorySpeaker { name: "name", quotes: "quotes" });

impl QuoteKind {
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Partial => "partial",
        }
    }
}

impl ToJson for KeywordEntry {
    fn write_json(&self, out: &mut Out) {
        let mut object = Object::new(out);
        object.field("term", &self.term).field("kind", &self.kind).field("count", &self.count);
        object.field("docs", &self.docs).field("per10k", &self.per10k).field("dp", &self.dp);
        // Absent rather than null for words, as the schema has always had it.
        object.field_if_some("g2", &self.g2);
        object.field("outlets", &self.outlets).field("dates", &self.dates);
        object.end();
    }
}

impl ToJson for ArticleEntry {
    fn write_json(&self, out: &mut Out) {
        let mut object = Object::new(out);
        object.field("id", &self.id).field("file", &self.file).field("outlet", &self.outlet);
        object.field("headline", &self.headline).field("byline", &self.byline).field("date", &self.date);
        object.field("dateline", &self.dateline).field("url", &self.url).field("words", &self.words);
        object.field("duplicateOf", &self.duplicate_of).field_if_some("text", &self.text);
        object.field("keywords", &self.keywords);
        object.end();
    }
}

/// A map by name, built by inserting `entries` one by one: collecting into a
/// `BTreeMap` sorts a copy of them first, a sort the wasm would carry once for
/// every value type.
pub fn by_name<V>(entries: impl IntoIterator<Item = (String, V)>) -> BTreeMap<String, V> {
    let mut map = BTreeMap::new();
    map.extend(entries);
    map
}

/// Converts a byte offset into `text` to the UTF-16 offset JavaScript uses.
/// `byte` must lie on a character boundary of `text`.
pub fn utf16_offset(text: &str, byte: usize) -> usize {
    let prefix = &text[..byte];
    if prefix.is_ascii() {
        return byte;
    }
    prefix.chars().map(char::len_utf16).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_offsets_count_surrogate_pairs_twice() {
        let text = "Zoë said “ok” 🙂 done";
        let cases = [("Zoë", 3), ("Zoë said “", 10), ("Zoë said “ok” 🙂", 16)];
        for (prefix, expected) in cases {
            assert_eq!(utf16_offset(text, prefix.len()), expected, "prefix {prefix:?}");
        }
        assert_eq!(utf16_offset("ascii only", 5), 5);
    }

    #[test]
    fn serialises_with_camel_case_names_and_nulls() {
        let article = ArticleEntry {
            id: 0,
            file: "a.txt".into(),
            outlet: None,
            headline: Some("H".into()),
            byline: None,
            date: None,
            dateline: None,
            url: None,
            words: 2,
            duplicate_of: None,
            text: Some("Two words".into()),
            keywords: vec![ArticleKeyword { term: "words".into(), count: 1, tfidf: 1.5 }],
        };
        let json = crate::json::to_json(&article);
        assert_eq!(
            json,
            r#"{"id":0,"file":"a.txt","outlet":null,"headline":"H","byline":null,"date":null,"dateline":null,"url":null,"words":2,"duplicateOf":null,"text":"Two words","keywords":[{"term":"words","count":1,"tfidf":1.5}]}"#
        );
        let without_text = ArticleEntry { text: None, ..article };
        assert_eq!(
            crate::json::to_json(&without_text),
            r#"{"id":0,"file":"a.txt","outlet":null,"headline":"H","byline":null,"date":null,"dateline":null,"url":null,"words":2,"duplicateOf":null,"keywords":[{"term":"words","count":1,"tfidf":1.5}]}"#
        );
    }
}
