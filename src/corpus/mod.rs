//! The corpus drives the flow from files to report. Files are read and counted
//! as they are added; [`Corpus::report`] puts everything in a canonical order
//! (files by name, then content) so that the same files in any order give the
//! same report, and computes every aggregate over the articles a [`Filter`]
//! selects, so that no view has to recompute one. Near-duplicate articles are
//! found over that canonical order too; they are listed with `duplicateOf`
//! and left out of every count unless `includeDuplicates` is set.

mod read;

use std::cell::OnceCell;

use crate::compare::{self, CompareOptions, Pair, UnknownOutlet};
use crate::ingest::duplicates::{self, Fingerprint};
use crate::ingest::{self, Article, Format, IngestError, Limits};
use crate::keywords::{self, Concordance, Counter, KeywordOptions, QueryError, TermCounts};
use crate::options::options_from_json;
use crate::quotes::{self, Quote};
use crate::report::{
    self, ArticleEntry, ArticleKeyword, ArticleText, FileEntry, QuoteEntry, QuoteKind, Report, SpeakerEntry,
};
use crate::stories::{self, StoryOptions};
use read::{content_hash, read_file, FileRead, ReadArticle};
pub use read::{Malformed, ReadFile};

/// Everything a caller can tune. Unknown fields are an error, so that a typo
/// in an option name is reported instead of silently ignored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// Files larger than this are refused with a message.
    pub max_file_bytes: usize,
    /// Once the files read so far hold this many bytes, further files are
    /// refused with a message.
    pub max_total_bytes: usize,
    /// The corpus keeps at most this many articles; a file's articles past
    /// the limit are left out with a warning.
    pub max_articles: usize,
    /// Count duplicates (articles with `duplicateOf`) like any other article.
    pub include_duplicates: bool,
    /// Whether the report's articles carry their text. Without it the report
    /// of a large corpus is a fraction of the size, and [`Corpus::article`]
    /// gives the text of the one article a reader shows.
    pub article_text: bool,
    pub keywords: KeywordOptions,
    pub compare: CompareOptions,
    pub stories: StoryOptions,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            max_file_bytes: Limits::default().max_file_bytes,
            max_total_bytes: 512 * 1024 * 1024,
            max_articles: 100_000,
            include_duplicates: false,
            article_text: true,
            keywords: KeywordOptions::default(),
            compare: CompareOptions::default(),
            stories: StoryOptions::default(),
        }
    }
}

/// Which articles a report covers. Empty lists and absent dates select
/// everything; an article without a date is outside any date range.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    pub outlets: Vec<String>,
    /// First day included, `YYYY-MM-DD`.
    pub date_from: Option<String>,
    /// Last day included, `YYYY-MM-DD`.
    pub date_to: Option<String>,
    /// Article ids, as in the unfiltered report.
    pub articles: Vec<usize>,
}

options_from_json!(Options {
    max_file_bytes: "maxFileBytes",
    max_total_bytes: "maxTotalBytes",
    max_articles: "maxArticles",
    include_duplicates: "includeDuplicates",
    article_text: "articleText",
    keywords: "keywords",
    compare: "compare",
    stories: "stories",
});
options_from_json!(Filter { outlets: "outlets", date_from: "dateFrom", date_to: "dateTo", articles: "articles" });
options_from_json!(ConcordanceOptions { limit: "limit", width: "width", filter: "filter" });
options_from_json!(PairOptions { min_count: "minCount", limit: "limit", filter: "filter" });

impl Filter {
    fn selects(&self, id: usize, article: &Article) -> bool {
        let outlet_ok =
            self.outlets.is_empty() || article.outlet.as_ref().is_some_and(|outlet| self.outlets.contains(outlet));
        // YYYY-MM-DD strings order like the dates they name.
        let date = article.date.as_deref();
        let from_ok = self.date_from.as_deref().is_none_or(|from| date.is_some_and(|date| date >= from));
        let to_ok = self.date_to.as_deref().is_none_or(|to| date.is_some_and(|date| date <= to));
        outlet_ok && from_ok && to_ok && (self.articles.is_empty() || self.articles.contains(&id))
    }
}

/// What a concordance shows: at most `limit` lines with `width` characters
/// of context on each side, from the articles `filter` selects.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConcordanceOptions {
    pub limit: usize,
    pub width: usize,
    pub filter: Filter,
}

impl Default for ConcordanceOptions {
    fn default() -> Self {
        ConcordanceOptions { limit: 100, width: 60, filter: Filter::default() }
    }
}

/// What a comparison of two outlets covers: the terms the two use at least
/// `min_count` times together (the `limit` most frequent), in the articles
/// `filter` selects.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PairOptions {
    pub min_count: u32,
    pub limit: usize,
    pub filter: Filter,
}

impl Default for PairOptions {
    fn default() -> Self {
        PairOptions { min_count: 2, limit: 10_000, filter: Filter::default() }
    }
}

/// Files added so far, read and counted, ready to report on.
pub struct Corpus {
    options: Options,
    counter: Counter,
    files: Vec<FileRecord>,
    /// Bytes of the files read so far (refused files aside), for `maxTotalBytes`.
    bytes_read: usize,
    articles_kept: usize,
    /// Which articles are near-duplicates, over the canonical order of all
    /// of them: decided by the first report (or concordance) after a file
    /// is added, as no filter changes it.
    duplicate_of: OnceCell<Vec<Option<usize>>>,
}

struct FileRecord {
    entry: FileEntry,
    /// Breaks ties between files of the same name in the canonical order.
    content_hash: u64,
    articles: Vec<ArticleRecord>,
}

struct ArticleRecord {
    article: Article,
    counts: TermCounts,
    quotes: Vec<Quote>,
    headline_quotes: Vec<Quote>,
    fingerprint: Fingerprint,
}

impl Corpus {
    pub fn new(options: Options) -> Self {
        Corpus {
            counter: Counter::new(&options.keywords),
            options,
            files: Vec::new(),
            bytes_read: 0,
            articles_kept: 0,
            duplicate_of: OnceCell::new(),
        }
    }

    /// Reads and counts one file. Problems with the file are part of the
    /// returned entry (`error`, `warnings`); they never stop the corpus.
    pub fn add_file(&mut self, name: &str, bytes: &[u8]) -> &FileEntry {
        // A file the corpus would refuse is not read at all.
        match self.over_limits(name, bytes.len(), || ingest::format_of(name, bytes)) {
            Some(refusal) => self.refuse(refusal, content_hash(bytes)),
            None => self.count_in(read_file(name, bytes, self.options.max_file_bytes)),
        }
    }

    /// Reads one file as [`Corpus::add_file`] would, without adding it: the
    /// first half of adding, which shares nothing, so a reader worker can
    /// do it with a corpus opened with the same options.
    pub fn read_file(&self, name: &str, bytes: &[u8]) -> ReadFile {
        ReadFile::new(name, bytes, self.options.max_file_bytes)
    }

    /// Counts in a file [`Corpus::read_file`] read, maybe in another wasm
    /// instance with the same options: the corpus then holds what
    /// [`Corpus::add_file`] of the same bytes would have given it.
    pub fn add_read(&mut self, read: ReadFile) -> &FileEntry {
        let ReadFile { apparent_format, file } = read;
        match self.over_limits(&file.name, file.size, || apparent_format) {
            Some(refusal) => self.refuse(refusal, file.content_hash),
            None => self.count_in(file),
        }
    }

    /// Adds a file read within the corpus's limits: its entry, and its
    /// articles counted.
    fn count_in(&mut self, file: FileRead) -> &FileEntry {
        let FileRead { name, size, content_hash, outcome } = file;
        let mut reading = match outcome {
            Ok(reading) => reading,
            Err(error) => return self.refuse(error, content_hash),
        };
        self.bytes_read += size;
        let room = self.options.max_articles - self.articles_kept;
        if reading.articles.len() > room {
            reading.warnings.push(format!(
                "{name}: only the first {room} of its {} articles were read: the corpus reached its limit of {} articles (option maxArticles)",
                reading.articles.len(),
                self.options.max_articles
            ));
            reading.articles.truncate(room);
        }
        self.articles_kept += reading.articles.len();
        let articles: Vec<ArticleRecord> = reading
            .articles
            .into_iter()
            .map(|read| {
                let counts = self.counter.count_article_with_names(
                    read.article.headline.as_deref(),
                    &read.article.text,
                    &read.names,
                );
                let ReadArticle { article, quotes, headline_quotes, fingerprint, .. } = read;
                ArticleRecord { article, counts, quotes, headline_quotes, fingerprint }
            })
            .collect();
        let entry = file_entry(&name, reading.format, articles.len(), None, reading.warnings);
        self.push(entry, content_hash, articles)
    }

    /// Lists a file that gave no articles, with the reason.
    fn refuse(&mut self, error: IngestError, content_hash: u64) -> &FileEntry {
        self.push(
            file_entry(&error.file, error.format, 0, Some(error.to_string()), Vec::new()),
            content_hash,
            Vec::new(),
        )
    }

    fn push(&mut self, entry: FileEntry, content_hash: u64, articles: Vec<ArticleRecord>) -> &FileEntry {
        self.files.push(FileRecord { entry, content_hash, articles });
        self.duplicate_of.take();
        &self.files[self.files.len() - 1].entry
    }

    /// Why a file is refused before it is read: the corpus is full, by bytes
    /// or by articles.
    /// `format` gives the file's apparent format, wanted only for a refusal.
    fn over_limits(&self, name: &str, size: usize, format: impl FnOnce() -> Format) -> Option<IngestError> {
        let reason = if self.articles_kept >= self.options.max_articles {
            format!(
                "not read: the corpus already holds its limit of {} articles (option maxArticles)",
                self.options.max_articles
            )
        } else if self.bytes_read.saturating_add(size) > self.options.max_total_bytes {
            format!(
                "not read: its {} bytes would take the files read to more than the limit of {} bytes (option maxTotalBytes)",
                size,
                self.options.max_total_bytes
            )
        } else {
            return None;
        };
        Some(IngestError { file: name.to_string(), format: format(), reason })
    }

    /// The report on the articles `filter` selects. Article ids are positions
    /// in the canonical order of all articles, so they are the same in every
    /// filtered report; `files` always lists every file.
    pub fn report(&self, filter: &Filter) -> Report {
        self.report_at_most(filter, self.options.keywords.limit)
    }

    /// [`Corpus::report`] with at most `limit` keywords, phrases and names
    /// (never more than the options say): a quicker report, for a page that
    /// shows the top of the lists while files are still arriving.
    pub fn report_at_most(&self, filter: &Filter, limit: usize) -> Report {
        let files = self.files_in_order();
        let placed = self.place(&files);
        let records: Vec<&Placed> =
            placed.iter().filter(|article| filter.selects(article.id, &article.record.article)).collect();
        // Every count and comparison below is over `counted`: the selected articles, duplicates aside.
        let counted: Vec<&Placed> = records.iter().copied().filter(|article| self.counts(article)).collect();
        let selection: Vec<keywords::Selected> = counted.iter().map(|article| selected(article)).collect();
        let summary = keywords::summarize(&selection, self.counter.vocabulary(), &self.options.keywords, limit);
        let mut article_keywords: Vec<(usize, Vec<ArticleKeyword>)> =
            counted.iter().map(|article| article.id).zip(summary.article_keywords).collect();
        let articles = records
            .iter()
            .map(|article| {
                let keywords = match article_keywords.binary_search_by_key(&article.id, |(id, _)| *id) {
                    Ok(index) => std::mem::take(&mut article_keywords[index].1),
                    Err(_) => Vec::new(),
                };
                article_entry(article, keywords, self.options.article_text)
            })
            .collect();
        let quoted = counted.iter().flat_map(|article| {
            let outlet = article.record.article.outlet.as_deref();
            article.record.quotes.iter().filter_map(move |quote| Some((quote.speaker.as_ref()?, outlet)))
        });
        let mut tallies = quotes::speakers::tally(quoted);
        // Every quotation under the name its speaker is counted under, so that
        // a view finds a speaker's quotations by the name `speakers` gives.
        let speaker_name = |speaker: &quotes::Speaker| tallies.name_of(speaker).unwrap_or(&speaker.name).to_string();
        let body_quotes: Vec<QuoteEntry> = counted
            .iter()
            .flat_map(|article| {
                quote_entries(article.id, &article.record.article.text, &article.record.quotes, &speaker_name)
            })
            .collect();
        let headline_quotes: Vec<QuoteEntry> = counted
            .iter()
            .flat_map(|article| {
                let headline = article.record.article.headline.as_deref().unwrap_or_default();
                quote_entries(article.id, headline, &article.record.headline_quotes, &speaker_name)
            })
            .collect();
        // The tallies keep their names, which the stories below give their speakers by.
        let mut speakers: Vec<SpeakerEntry> = tallies
            .speakers
            .iter_mut()
            .map(|tally| SpeakerEntry {
                name: tally.name.clone(),
                aliases: std::mem::take(&mut tally.aliases),
                quotes: tally.quotes,
                outlets: std::mem::take(&mut tally.outlets),
                shares: Default::default(),
                gender: tally.gender,
            })
            .collect();
        let shares = compare::shares(&speakers);
        for (speaker, shares) in speakers.iter_mut().zip(shares) {
            speaker.shares = shares;
        }
        let quote_counts: Vec<usize> = counted.iter().map(|article| article.record.quotes.len()).collect();
        let outlets =
            compare::outlets(&selection, &quote_counts, &speakers, self.counter.vocabulary(), &self.options.compare);
        let story_articles: Vec<stories::Article> = counted
            .iter()
            .map(|article| stories::Article {
                id: article.id,
                outlet: article.record.article.outlet.as_deref(),
                date: article.record.article.date.as_deref(),
                headline: article.record.article.headline.as_deref(),
                words: article.record.counts.words,
                counts: &article.record.counts,
                speakers: article
                    .record
                    .quotes
                    .iter()
                    .filter_map(|quote| tallies.name_of(quote.speaker.as_ref()?))
                    .collect(),
                duplicate: article.duplicate_of.is_some(),
            })
            .collect();
        let stories = stories::group(&story_articles, self.counter.vocabulary(), &self.options.stories);
        Report {
            schema: report::SCHEMA,
            files: file_entries(&files, &placed),
            articles,
            quotes: body_quotes,
            headline_quotes,
            speakers,
            keywords: summary.keywords,
            phrases: summary.phrases,
            names: summary.names,
            stop_words: summary.stop_words,
            date_words: summary.date_words,
            outlets,
            stories,
        }
    }

    /// The text of the article with id `id` (its position in the canonical
    /// order, as in every report), or `None` when there is no such article.
    pub fn article(&self, id: usize) -> Option<ArticleText> {
        let (file, record) = articles_of(&self.files_in_order()).nth(id)?;
        Some(ArticleText {
            id,
            file: file.to_string(),
            headline: record.article.headline.clone(),
            text: record.article.text.clone(),
        })
    }

    /// Where `query` (a word or phrase) occurs in the articles the options'
    /// filter selects, in the report's article order.
    pub fn concordance(&self, query: &str, options: &ConcordanceOptions) -> Result<Concordance, QueryError> {
        let files = self.files_in_order();
        let placed = self.place(&files);
        let sources = placed
            .iter()
            .filter(|article| options.filter.selects(article.id, &article.record.article) && self.counts(article))
            .map(|article| keywords::Source {
                id: article.id,
                headline: article.record.article.headline.as_deref(),
                text: &article.record.article.text,
                counts: &article.record.counts,
            });
        keywords::concordance(&self.counter, query, sources, options.limit, options.width)
    }

    /// Outlets `a` and `b` compared term by term, over the articles the
    /// options' filter selects.
    pub fn compare_outlets(&self, a: &str, b: &str, options: &PairOptions) -> Result<Pair, UnknownOutlet> {
        let files = self.files_in_order();
        let placed = self.place(&files);
        let selection: Vec<keywords::Selected> = placed
            .iter()
            .filter(|article| options.filter.selects(article.id, &article.record.article) && self.counts(article))
            .map(|article| selected(article))
            .collect();
        compare::pair(&selection, a, b, self.counter.vocabulary(), options.min_count, options.limit)
    }

    /// The files in the canonical order: by name, then content.
    fn files_in_order(&self) -> Vec<&FileRecord> {
        let mut files: Vec<&FileRecord> = self.files.iter().collect();
        crate::sort::sort_by(&mut files, |a, b| {
            a.entry.name.cmp(&b.entry.name).then(a.content_hash.cmp(&b.content_hash))
        });
        files
    }

    /// Whether an article's words and quotes count: duplicates only when the
    /// caller asked for them.
    fn counts(&self, article: &Placed) -> bool {
        self.options.include_duplicates || article.duplicate_of.is_none()
    }
}

/// An article at its place in the canonical order.
struct Placed<'a> {
    /// Position in the canonical order of all articles.
    id: usize,
    file: &'a str,
    record: &'a ArticleRecord,
    /// The id of the fuller copy when this article is a near-duplicate of it.
    duplicate_of: Option<usize>,
}

impl Corpus {
    /// Every article of `files` (all of them, in the canonical order), with
    /// duplicates decided over all of them, so that neither the order files
    /// arrived in nor a filter changes which copy is the original.
    fn place<'a>(&self, files: &[&'a FileRecord]) -> Vec<Placed<'a>> {
        let all: Vec<(&str, &ArticleRecord)> = articles_of(files).collect();
        let duplicate_of = self
            .duplicate_of
            .get_or_init(|| duplicates::find(&all.iter().map(|(_, record)| &record.fingerprint).collect::<Vec<_>>()));
        all.into_iter()
            .zip(duplicate_of.iter().copied())
            .enumerate()
            .map(|(id, ((file, record), duplicate_of))| Placed { id, file, record, duplicate_of })
            .collect()
    }
}

/// The articles of `files` in order, each with its file's name.
fn articles_of<'a, 'b>(
    files: &'b [&'a FileRecord],
) -> impl Iterator<Item = (&'a str, &'a ArticleRecord)> + use<'a, 'b> {
    files.iter().flat_map(|&file| file.articles.iter().map(|record| (file.entry.name.as_str(), record)))
}

/// An article as the statistics see it.
fn selected<'a>(article: &Placed<'a>) -> keywords::Selected<'a> {
    keywords::Selected {
        counts: &article.record.counts,
        outlet: article.record.article.outlet.as_deref(),
        date: article.record.article.date.as_deref(),
    }
}

fn file_entry(name: &str, format: Format, articles: usize, error: Option<String>, warnings: Vec<String>) -> FileEntry {
    FileEntry { name: name.to_string(), format: format.name(), articles, duplicates: 0, error, warnings }
}

/// The entries of `files` with their duplicates counted; `placed` holds
/// their articles in the same order.
fn file_entries(files: &[&FileRecord], placed: &[Placed]) -> Vec<FileEntry> {
    let mut rest = placed;
    files
        .iter()
        .map(|file| {
            let (own, after) = rest.split_at(file.articles.len().min(rest.len()));
            rest = after;
            FileEntry {
                duplicates: own.iter().filter(|article| article.duplicate_of.is_some()).count(),
                ..file.entry.clone()
            }
        })
        .collect()
}

fn article_entry(placed: &Placed, keywords: Vec<ArticleKeyword>, with_text: bool) -> ArticleEntry {
    let article = &placed.record.article;
    ArticleEntry {
        id: placed.id,
        file: placed.file.to_string(),
        outlet: article.outlet.clone(),
        headline: article.headline.clone(),
        byline: article.byline.clone(),
        date: article.date.clone(),
        dateline: article.dateline.clone(),
        url: article.url.clone(),
        words: placed.record.counts.words,
        duplicate_of: placed.duplicate_of,
        text: with_text.then(|| article.text.clone()),
        keywords,
    }
}

/// The report entries of `quotes`, the quotations of the article `article`,
/// with UTF-16 offsets into `text` (computed in one pass: quotations are in
/// order and do not overlap) and each speaker under `speaker_name`.
fn quote_entries(
    article: usize,
    text: &str,
    quotes: &[Quote],
    speaker_name: &dyn Fn(&quotes::Speaker) -> String,
) -> Vec<QuoteEntry> {
    let mut converted = (0, 0);
    let mut utf16 = |byte: usize| {
        let (from_byte, from_utf16) = converted;
        let offset = from_utf16 + report::utf16_offset(&text[from_byte..], byte - from_byte);
        converted = (byte, offset);
        offset
    };
    quotes
        .iter()
        .map(|quote| QuoteEntry {
            article,
            start: utf16(quote.start),
            end: utf16(quote.end),
            text: quote.text.clone(),
            speaker: quote.speaker.as_ref().map(speaker_name),
            verb: quote.verb.clone(),
            kind: match quote.kind {
                quotes::Kind::Direct => QuoteKind::Direct,
                quotes::Kind::Partial => QuoteKind::Partial,
            },
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::Gender;
    use crate::options;
    use crate::report::GenderCounts;

    const HARBOUR: &[u8] = b"Harbour reopens\n\nThe harbour reopened on Monday. Ships queued at the harbour.";
    const LEVY: &[u8] = b"Levy vote\n\nThe council passed the harbour levy.";

    #[test]
    fn reports_files_articles_and_keywords() {
        let mut corpus = Corpus::new(Options::default());
        corpus.add_file("harbour.txt", HARBOUR);
        corpus.add_file("photo.png", b"\x89PNG\r\n\x1a\n");
        let report = corpus.report(&Filter::default());
        let json: serde_json::Value = serde_json::from_str(&crate::json::to_json(&report)).unwrap();
        assert_eq!(json["schema"], "newslens/1");
        assert_eq!(
            json["files"],
            serde_json::json!([
                { "name": "harbour.txt", "format": "text", "articles": 1, "duplicates": 0, "error": null, "warnings": [] },
                { "name": "photo.png", "format": "binary", "articles": 0, "duplicates": 0, "error": "photo.png: a PNG image, not text", "warnings": [] },
            ])
        );
        assert_eq!(report.articles[0].headline.as_deref(), Some("Harbour reopens"));
        assert_eq!(report.articles[0].words, 12, "headline and body");
        let top: Vec<_> = report.keywords.iter().take(2).map(|k| (k.term.as_str(), k.count)).collect();
        assert_eq!(top, [("harbour", 3), ("Monday", 1)], "the headline counts");
    }

    #[test]
    fn the_report_does_not_depend_on_the_order_files_were_added() {
        let mut forward = Corpus::new(Options::default());
        forward.add_file("a.txt", HARBOUR);
        forward.add_file("b.txt", LEVY);
        forward.add_file("b.txt", HARBOUR);
        let mut backward = Corpus::new(Options::default());
        backward.add_file("b.txt", HARBOUR);
        backward.add_file("b.txt", LEVY);
        backward.add_file("a.txt", HARBOUR);
        assert_eq!(forward.report(&Filter::default()), backward.report(&Filter::default()));
    }

    #[test]
    fn article_text_can_be_left_out_of_the_report_and_asked_for_by_id() {
        let mut with_text = Corpus::new(Options::default());
        let mut without_text = Corpus::new(Options { article_text: false, ..Options::default() });
        for corpus in [&mut with_text, &mut without_text] {
            corpus.add_file("b.txt", LEVY);
            corpus.add_file("a.txt", HARBOUR);
        }
        let full = with_text.report(&Filter::default());
        let slim = without_text.report(&Filter::default());
        assert_eq!(
            full.articles.iter().map(|article| article.text.as_deref()).collect::<Vec<_>>(),
            [
                Some("The harbour reopened on Monday. Ships queued at the harbour."),
                Some("The council passed the harbour levy.")
            ]
        );
        assert!(slim.articles.iter().all(|article| article.text.is_none()));
        let json = crate::json::to_json(&slim);
        assert!(!json.contains("\"text\":\"The") && !json.contains("\"text\":null"), "no text field at all: {json}");
        let slim_without_text = Report {
            articles: full.articles.iter().map(|article| ArticleEntry { text: None, ..article.clone() }).collect(),
            ..full.clone()
        };
        assert_eq!(slim, slim_without_text, "the rest of the report is the same");
        assert_eq!(
            without_text.article(1),
            Some(ArticleText {
                id: 1,
                file: "b.txt".into(),
                headline: Some("Levy vote".into()),
                text: "The council passed the harbour levy.".into()
            })
        );
        assert_eq!(without_text.article(2), None);
    }

    #[test]
    fn speakers_have_the_gender_their_articles_give_and_outlets_count_by_it() {
        let mut corpus = Corpus::new(Options::default());
        corpus.add_file(
            "herald.txt",
            "Harbour reopens\n\nThe Harbour Herald\n\n14 March 2025\n\n\
             “We will rebuild,” said Mayor Ines Okafor.\n\n\
             “The cranes are safe,” said harbour master Tomasz Wilk.\n\n\
             Sasha Imrie was on the quay. “It is done,” she said.\n\n\
             “Nobody told us,” said Quill Varga.\n\n\
             “The levy stays,” Ms Okafor added."
                .as_bytes(),
        );
        let report = corpus.report(&Filter::default());
        let genders: Vec<(&str, usize, Option<&str>)> = report
            .speakers
            .iter()
            .map(|speaker| (speaker.name.as_str(), speaker.quotes, speaker.gender.map(Gender::as_str)))
            .collect();
        assert_eq!(
            genders,
            [
                ("Ines Okafor", 2, Some("female")),
                ("Quill Varga", 1, None),
                ("Sasha Imrie", 1, Some("female")),
                ("Tomasz Wilk", 1, Some("male")),
            ]
        );
        let herald = &report.outlets[0];
        let counts = |counts: &GenderCounts| (counts.female, counts.male, counts.unknown);
        assert_eq!((counts(&herald.quote_genders), counts(&herald.speaker_genders)), ((3, 1, 1), (2, 1, 1)));

        // Another article names her only as "Okafor": its quotation is hers, under the name `speakers` gives.
        corpus.add_file("courier.txt", "Levy stays\n\nValley Courier\n\n“Not this year,” Okafor said.".as_bytes());
        let report = corpus.report(&Filter::default());
        assert_eq!((report.speakers[0].name.as_str(), report.speakers[0].quotes), ("Ines Okafor", 3));
        let okafor: Vec<&str> = report
            .quotes
            .iter()
            .filter(|quote| quote.speaker.as_deref() == Some("Ines Okafor"))
            .map(|quote| quote.text.as_str())
            .collect();
        assert_eq!(okafor, ["Not this year,", "We will rebuild,", "The levy stays,"]);
    }

    #[test]
    fn a_story_gives_each_outlet_s_speakers_by_the_names_speakers_counts_them_under() {
        let mut corpus = Corpus::new(Options::default());
        corpus.add_file(
            "herald.txt",
            "Breakwater repair approved\n\nThe Harbour Herald\n\n14 March 2025\n\n\
             The council approved the breakwater repair and the dredger contract for Port Ellery on Friday. \
             “We will rebuild the breakwater,” said Mayor Ines Okafor."
                .as_bytes(),
        );
        corpus.add_file(
            "courier.txt",
            "Port Ellery breakwater contract signed\n\nValley Courier\n\n15 March 2025\n\n\
             Port Ellery signed the dredger contract to repair its breakwater, weeks after the storm. \
             “The breakwater comes first,” Okafor said."
                .as_bytes(),
        );
        let report = corpus.report(&Filter::default());
        let [story] = &report.stories[..] else { panic!("one story: {:?}", report.stories) };
        let speakers: Vec<(Option<&str>, Vec<&str>)> = story
            .coverage
            .iter()
            .map(|coverage| {
                (coverage.outlet.as_deref(), coverage.speakers.iter().map(|speaker| speaker.name.as_str()).collect())
            })
            .collect();
        assert_eq!(
            speakers,
            [(Some("Harbour Herald"), vec!["Ines Okafor"]), (Some("Valley Courier"), vec!["Ines Okafor"])]
        );
        assert!(report.quotes.iter().all(|quote| quote.speaker.as_deref() == Some("Ines Okafor")));
    }

    #[test]
    fn date_words_hold_the_counted_words_a_terms_dates_are_out_of() {
        let reopening: &[u8] =
            b"Harbour reopens\n\nThe Harbour Herald\n\n14 March 2025\n\nThe harbour reopened on Monday after the storm.";
        let mut corpus = Corpus::new(Options::default());
        corpus.add_file("a.txt", reopening);
        corpus.add_file(
            "b.txt",
            b"Levy passes\n\nValley Courier\n\n14 March 2025\n\nThe council passed the harbour levy late on Friday.",
        );
        corpus.add_file(
            "c.txt",
            b"Ferry returns\n\nThe Harbour Herald\n\n16 March 2025\n\nThe ferry to Gull Island sails again.",
        );
        corpus.add_file("d.txt", b"Quay closed\n\nThe quay is closed to the harbour traffic.");
        // A second copy of the first article: listed, but counted nowhere.
        corpus.add_file("e.txt", reopening);
        let dates = |report: &Report| -> Vec<(String, u32)> {
            report.date_words.iter().map(|(date, &words)| (date.clone(), words)).collect()
        };
        let report = corpus.report(&Filter::default());
        assert_eq!(report.articles.iter().map(|article| article.words).collect::<Vec<_>>(), [10, 11, 9, 10, 10]);
        assert_eq!(report.articles[4].duplicate_of, Some(0));
        assert_eq!(dates(&report), [("2025-03-14".to_string(), 21), ("2025-03-16".to_string(), 9)]);
        let harbour = report.keywords.iter().find(|keyword| keyword.term == "harbour").map(|keyword| &keyword.dates);
        assert_eq!(
            harbour,
            Some(&std::collections::BTreeMap::from([("2025-03-14".to_string(), 3)])),
            "headline and two bodies"
        );

        let courier = Filter { outlets: vec!["Valley Courier".to_string()], ..Filter::default() };
        assert_eq!(dates(&corpus.report(&courier)), [("2025-03-14".to_string(), 11)]);
        let with_duplicates = Options { include_duplicates: true, ..Options::default() };
        let mut counting_copies = Corpus::new(with_duplicates);
        counting_copies.add_file("a.txt", reopening);
        counting_copies.add_file("e.txt", reopening);
        assert_eq!(dates(&counting_copies.report(&Filter::default())), [("2025-03-14".to_string(), 20)]);
    }

    #[test]
    fn a_filter_selects_articles_and_every_aggregate_follows_it() {
        let mut corpus = Corpus::new(Options::default());
        corpus.add_file("a.txt", HARBOUR);
        corpus.add_file("b.txt", LEVY);
        let only_levy = Filter { articles: vec![1], ..Filter::default() };
        let report = corpus.report(&only_levy);
        assert_eq!(report.files.len(), 2);
        assert_eq!(report.articles.iter().map(|a| (a.id, a.file.as_str())).collect::<Vec<_>>(), [(1, "b.txt")]);
        let terms: Vec<_> = report.keywords.iter().map(|k| (k.term.as_str(), k.count)).collect();
        assert_eq!(terms, [("levy", 2), ("council", 1), ("harbour", 1), ("passed", 1), ("vote", 1)]);
    }

    #[test]
    fn filters_by_outlet_and_date_range() {
        let article = |outlet: Option<&str>, date: Option<&str>| Article {
            outlet: outlet.map(String::from),
            date: date.map(String::from),
            ..Article::default()
        };
        let cases = [
            (Filter { outlets: vec!["Herald".into()], ..Filter::default() }, article(Some("Herald"), None), true),
            (Filter { outlets: vec!["Herald".into()], ..Filter::default() }, article(Some("Courier"), None), false),
            (Filter { outlets: vec!["Herald".into()], ..Filter::default() }, article(None, None), false),
            (
                Filter { date_from: Some("2025-03-14".into()), ..Filter::default() },
                article(None, Some("2025-03-14")),
                true,
            ),
            (
                Filter { date_from: Some("2025-03-14".into()), ..Filter::default() },
                article(None, Some("2025-03-13")),
                false,
            ),
            (
                Filter { date_to: Some("2025-03-14".into()), ..Filter::default() },
                article(None, Some("2025-03-15")),
                false,
            ),
            (Filter { date_to: Some("2025-03-14".into()), ..Filter::default() }, article(None, None), false),
            (Filter::default(), article(None, None), true),
        ];
        for (filter, article, selected) in cases {
            assert_eq!(filter.selects(0, &article), selected, "{filter:?} on {article:?}");
        }
    }

    #[test]
    fn a_concordance_searches_the_selected_articles_in_report_order() {
        let mut corpus = Corpus::new(Options::default());
        corpus.add_file("b.txt", LEVY);
        corpus.add_file("a.txt", HARBOUR);
        let found = corpus.concordance("harbour", &ConcordanceOptions::default()).unwrap();
        let lines: Vec<_> = found.lines.iter().map(|line| (line.article, line.part, line.matched.as_str())).collect();
        use keywords::Part::*;
        assert_eq!(lines, [(0, Headline, "Harbour"), (0, Text, "harbour"), (0, Text, "harbour"), (1, Text, "harbour")]);
        let only_levy =
            ConcordanceOptions { filter: Filter { articles: vec![1], ..Filter::default() }, ..Default::default() };
        assert_eq!(corpus.concordance("harbour", &only_levy).unwrap().total, 1);
        let options: ConcordanceOptions =
            options::parse(r#"{"limit": 2, "width": 5, "filter": {"outlets": ["Herald"]}}"#).unwrap();
        assert_eq!((options.limit, options.width, options.filter.outlets), (2, 5, vec!["Herald".to_string()]));
        assert!(options::parse::<ConcordanceOptions>(r#"{"limits": 2}"#).is_err());
    }

    #[test]
    fn the_report_lists_phrases_stop_words_and_each_article_s_keywords() {
        let mut corpus = Corpus::new(Options::default());
        corpus.add_file("a.txt", b"Levy vote\n\nThe harbour levy passed. The harbour levy rises.");
        corpus.add_file("b.txt", b"Ferry news\n\nThe ferry sails to the harbour levy office.");
        let json: serde_json::Value =
            serde_json::from_str(&crate::json::to_json(&corpus.report(&Filter::default()))).unwrap();
        assert_eq!(json["phrases"][0]["term"], "harbour levy");
        assert_eq!(json["phrases"][0]["count"], 3);
        assert_eq!(json["stopWords"][0], serde_json::json!({ "term": "the", "count": 4 }));
        assert_eq!(json["articles"][1]["keywords"][0]["term"], "ferry");
        assert_eq!(json["keywords"][0]["kind"], "word");
    }

    #[test]
    fn duplicates_are_listed_but_not_counted_unless_asked() {
        const STORY: &[u8] = b"Ferry sails again\n\nThe ferry to Gull Island left the north quay on Tuesday for the first time since the storm, carrying forty passengers and the island's post.";
        const UPDATED: &[u8] = b"Ferry sails again, on time\n\nThe ferry to Gull Island left the north quay on Tuesday for the first time since the storm, carrying forty passengers and the island's post. It arrived on time.";
        let report = |include_duplicates: bool, files: &[(&str, &[u8])]| {
            let mut corpus = Corpus::new(Options { include_duplicates, ..Options::default() });
            for (name, bytes) in files {
                corpus.add_file(name, bytes);
            }
            corpus.report(&Filter::default())
        };
        let files: &[(&str, &[u8])] = &[("b.txt", STORY), ("a.txt", UPDATED), ("c.txt", LEVY)];
        let counted = report(false, files);
        let duplicates: Vec<_> = counted.articles.iter().map(|a| (a.file.as_str(), a.duplicate_of)).collect();
        assert_eq!(duplicates, [("a.txt", None), ("b.txt", Some(0)), ("c.txt", None)]);
        let per_file: Vec<_> = counted.files.iter().map(|file| (file.name.as_str(), file.duplicates)).collect();
        assert_eq!(per_file, [("a.txt", 0), ("b.txt", 1), ("c.txt", 0)]);
        let ferry = |report: &Report| report.keywords.iter().find(|k| k.term == "ferry").map(|k| (k.count, k.docs));
        // Headline and body each say "ferry" once.
        assert_eq!(ferry(&counted), Some((2, 1)));
        assert_eq!(ferry(&report(true, files)), Some((4, 2)));
        let reversed: Vec<(&str, &[u8])> = files.iter().rev().copied().collect();
        assert_eq!(report(false, &reversed), counted);
    }

    #[test]
    fn a_report_at_most_n_keywords_is_the_top_of_the_full_report() {
        let mut corpus = Corpus::new(Options::default());
        corpus.add_file("reopening.txt", include_bytes!("../../www/samples/harbour-herald-reopening.txt"));
        corpus.add_file("levy.txt", include_bytes!("../../www/samples/valley-courier-levy.txt"));
        let full = corpus.report(&Filter::default());
        let top = corpus.report_at_most(&Filter::default(), 1);
        let terms =
            |report: &Report| -> Vec<String> { report.keywords.iter().map(|keyword| keyword.term.clone()).collect() };
        assert_eq!((terms(&full).len(), full.phrases.len(), full.names.len()), (195, 2, 16));
        assert_eq!(terms(&top), terms(&full)[..1]);
        assert_eq!((top.phrases.len(), top.names.len()), (1, 1));
        assert_eq!(
            (top.articles, top.quotes, top.stories),
            (full.articles.clone(), full.quotes.clone(), full.stories.clone())
        );
        assert_eq!(corpus.report_at_most(&Filter::default(), 1_000_000), full, "never more than the options say");
    }

    #[test]
    fn files_past_the_total_size_limit_are_refused_and_smaller_ones_still_fit() {
        let mut corpus = Corpus::new(Options { max_total_bytes: 100, ..Options::default() });
        let entries: Vec<(Option<String>, usize)> = [
            ("harbour.txt", HARBOUR),
            ("photo.png", &b"\x89PNG\r\n\x1a\n"[..]),
            ("levy.txt", LEVY),
            ("note.txt", b"Ferry\n\nThe ferry ran."),
        ]
        .into_iter()
        .map(|(name, bytes)| {
            let entry = corpus.add_file(name, bytes);
            (entry.error.clone(), entry.articles)
        })
        .collect();
        let refused = "levy.txt: not read: its 47 bytes would take the files read to more than the limit of 100 bytes \
            (option maxTotalBytes)";
        assert_eq!(
            entries,
            [
                (None, 1),
                (Some("photo.png: a PNG image, not text".to_string()), 0),
                (Some(refused.to_string()), 0),
                (None, 1),
            ]
        );
        let report = corpus.report(&Filter::default());
        assert_eq!(report.files.iter().find(|file| file.name == "levy.txt").map(|file| file.format), Some("text"));
    }

    #[test]
    fn articles_past_the_article_limit_are_left_out_with_a_warning_then_files_are_refused() {
        let three = br#"[{"title": "Ferry", "body": "The ferry ran."}, {"title": "Levy", "body": "The levy passed."},
            {"title": "Cranes", "body": "The cranes passed inspection."}]"#;
        let mut corpus = Corpus::new(Options { max_articles: 2, ..Options::default() });
        let entry = corpus.add_file("three.json", three).clone();
        assert_eq!((entry.articles, entry.error), (2, None));
        assert_eq!(
            entry.warnings,
            ["three.json: only the first 2 of its 3 articles were read: the corpus reached its limit of 2 articles (option maxArticles)"]
        );
        let entry = corpus.add_file("harbour.txt", HARBOUR).clone();
        assert_eq!(
            entry.error.as_deref(),
            Some("harbour.txt: not read: the corpus already holds its limit of 2 articles (option maxArticles)")
        );
        let headlines: Vec<_> =
            corpus.report(&Filter::default()).articles.into_iter().filter_map(|article| article.headline).collect();
        assert_eq!(headlines, ["Ferry", "Levy"]);
    }

    #[test]
    fn options_come_from_camel_case_json_and_reject_unknown_names() {
        let options: Options = options::parse(
            r#"{"maxFileBytes": 10, "maxTotalBytes": 20, "maxArticles": 30, "includeDuplicates": true, "keywords": {"limit": 3, "stopWords": {"add": ["levy"]}}, "compare": {"minCount": 5, "limit": 9}, "stories": {"days": 2}}"#,
        )
        .unwrap();
        assert_eq!((options.compare.min_count, options.compare.limit, options.stories.days), (5, 9, 2));
        assert_eq!((options.max_file_bytes, options.max_total_bytes, options.max_articles), (10, 20, 30));
        assert!(options.include_duplicates);
        assert_eq!(options.keywords.limit, 3);
        assert_eq!(options.keywords.stop_words.add, ["levy"]);
        let keywords: KeywordOptions = options::parse(
            r#"{"newsStopWords": true, "stemming": true, "numbers": false, "phrases": false, "minCount": 2, "phraseMinCount": 4}"#,
        )
        .unwrap();
        let expected = KeywordOptions {
            news_stop_words: true,
            stemming: true,
            numbers: false,
            phrases: false,
            min_count: 2,
            phrase_min_count: 4,
            ..KeywordOptions::default()
        };
        assert_eq!(keywords, expected);
        let error = options::parse::<Options>(r#"{"maxFileByte": 10}"#).unwrap_err();
        assert!(error.starts_with("unknown field `maxFileByte`, expected one of `maxFileBytes`"), "{error}");
        let error = options::parse::<Options>(r#"{"keywords": {"stopWords": {"add": "levy"}}}"#).unwrap_err();
        assert_eq!(error, "invalid type for `keywords.stopWords.add`: expected a list, found \"levy\"");
        let filter: Filter =
            options::parse(r#"{"dateFrom": "2026-03-01", "dateTo": null, "articles": [2, 0]}"#).unwrap();
        assert_eq!(
            filter,
            Filter { date_from: Some("2026-03-01".to_string()), articles: vec![2, 0], ..Filter::default() }
        );
    }
}
