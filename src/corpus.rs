//! The corpus drives the flow from files to report. Files are read and counted
//! as they are added; [`Corpus::report`] puts everything in a canonical order
//! (files by name, then content) so that the same files in any order give the
//! same report, and computes every aggregate over the articles a [`Filter`]
//! selects, so that no view has to recompute one. Near-duplicate articles are
//! found over that canonical order too; they are listed with `duplicateOf`
//! and left out of every count unless `includeDuplicates` is set.

use serde::Deserialize;

use crate::ingest::duplicates::{self, Fingerprint};
use crate::ingest::{self, Article, Format, Limits};
use crate::keywords::{self, KeywordOptions, StopWords, TermCounts, Vocabulary};
use crate::report::{self, ArticleEntry, FileEntry, KeywordEntry, Report};

/// Everything a caller can tune. Unknown fields are an error, so that a typo
/// in an option name is reported instead of silently ignored.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(default, rename_all = "camelCase", deny_unknown_fields)]
pub struct Options {
    /// Files larger than this are refused with a message.
    pub max_file_bytes: usize,
    /// Count duplicates (articles with `duplicateOf`) like any other article.
    pub include_duplicates: bool,
    pub keywords: KeywordOptions,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            max_file_bytes: Limits::default().max_file_bytes,
            include_duplicates: false,
            keywords: KeywordOptions::default(),
        }
    }
}

/// Which articles a report covers. Empty lists and absent dates select
/// everything; an article without a date is outside any date range.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default, rename_all = "camelCase", deny_unknown_fields)]
pub struct Filter {
    pub outlets: Vec<String>,
    /// First day included, `YYYY-MM-DD`.
    pub date_from: Option<String>,
    /// Last day included, `YYYY-MM-DD`.
    pub date_to: Option<String>,
    /// Article ids, as in the unfiltered report.
    pub articles: Vec<usize>,
}

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

/// Files added so far, read and counted, ready to report on.
pub struct Corpus {
    options: Options,
    stop_words: StopWords,
    vocabulary: Vocabulary,
    files: Vec<FileRecord>,
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
    fingerprint: Fingerprint,
}

impl Corpus {
    pub fn new(options: Options) -> Self {
        let stop_words = StopWords::new(&options.keywords.stop_words);
        Corpus { options, stop_words, vocabulary: Vocabulary::default(), files: Vec::new() }
    }

    /// Reads and counts one file. Problems with the file are part of the
    /// returned entry (`error`, `warnings`); they never stop the corpus.
    pub fn add_file(&mut self, name: &str, bytes: &[u8]) -> &FileEntry {
        let limits = Limits { max_file_bytes: self.options.max_file_bytes };
        let (entry, articles) = match ingest::ingest(name, bytes, &limits) {
            Ok(ingested) => {
                let articles: Vec<ArticleRecord> = ingested
                    .articles
                    .into_iter()
                    .map(|article| {
                        let counts = keywords::count_article(&article.text, &self.stop_words, &mut self.vocabulary);
                        let fingerprint = Fingerprint::of(&article.text);
                        ArticleRecord { article, counts, fingerprint }
                    })
                    .collect();
                let entry = file_entry(name, ingested.format, articles.len(), None, ingested.warnings);
                (entry, articles)
            }
            Err(error) => (file_entry(name, error.format, 0, Some(error.to_string()), Vec::new()), Vec::new()),
        };
        self.files.push(FileRecord { entry, content_hash: content_hash(bytes), articles });
        &self.files[self.files.len() - 1].entry
    }

    /// The report on the articles `filter` selects. Article ids are positions
    /// in the canonical order of all articles, so they are the same in every
    /// filtered report; `files` always lists every file.
    pub fn report(&self, filter: &Filter) -> Report {
        let mut files: Vec<&FileRecord> = self.files.iter().collect();
        files.sort_by(|a, b| a.entry.name.cmp(&b.entry.name).then(a.content_hash.cmp(&b.content_hash)));
        let all: Vec<(&str, &ArticleRecord)> = files
            .iter()
            .flat_map(|file| file.articles.iter().map(|record| (file.entry.name.as_str(), record)))
            .collect();
        let duplicate_of = duplicates::find(&all.iter().map(|(_, record)| &record.fingerprint).collect::<Vec<_>>());
        let records: Vec<(usize, &str, &ArticleRecord)> = all
            .iter()
            .enumerate()
            .filter(|(id, (_, record))| filter.selects(*id, &record.article))
            .map(|(id, &(file, record))| (id, file, record))
            .collect();
        let articles =
            records.iter().map(|&(id, file, record)| article_entry(id, file, record, duplicate_of[id])).collect();
        // Every count and comparison below is over `counted`: the selected articles, duplicates aside.
        let counted: Vec<&(usize, &str, &ArticleRecord)> = records
            .iter()
            .filter(|(id, _, _)| self.options.include_duplicates || duplicate_of[*id].is_none())
            .collect();
        let keywords = keywords::top_keywords(
            counted.iter().map(|(_, _, record)| &record.counts),
            &self.vocabulary,
            self.options.keywords.limit,
        )
        .into_iter()
        .map(|keyword| KeywordEntry { term: keyword.term, count: keyword.count, docs: keyword.docs })
        .collect();
        Report {
            schema: report::SCHEMA,
            files: files.iter().map(|file| file.entry.clone()).collect(),
            articles,
            quotes: Vec::new(),
            speakers: Vec::new(),
            keywords,
            outlets: Vec::new(),
            stories: Vec::new(),
        }
    }
}

fn file_entry(name: &str, format: Format, articles: usize, error: Option<String>, warnings: Vec<String>) -> FileEntry {
    FileEntry { name: name.to_string(), format: format.name(), articles, error, warnings }
}

fn article_entry(id: usize, file: &str, record: &ArticleRecord, duplicate_of: Option<usize>) -> ArticleEntry {
    let article = &record.article;
    ArticleEntry {
        id,
        file: file.to_string(),
        outlet: article.outlet.clone(),
        headline: article.headline.clone(),
        byline: article.byline.clone(),
        date: article.date.clone(),
        dateline: article.dateline.clone(),
        url: article.url.clone(),
        words: record.counts.words,
        duplicate_of,
        text: article.text.clone(),
    }
}

/// FNV-1a: stable across platforms and releases, unlike the std hasher.
fn content_hash(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &byte| (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3))
}

#[cfg(test)]
mod tests {
    use super::*;

    const HARBOUR: &[u8] = b"Harbour reopens\n\nThe harbour reopened on Monday. Ships queued at the harbour.";
    const LEVY: &[u8] = b"Levy vote\n\nThe council passed the harbour levy.";

    #[test]
    fn reports_files_articles_and_keywords() {
        let mut corpus = Corpus::new(Options::default());
        corpus.add_file("harbour.txt", HARBOUR);
        corpus.add_file("photo.png", b"\x89PNG\r\n\x1a\n");
        let report = corpus.report(&Filter::default());
        let json = serde_json::to_value(&report).unwrap();
        assert_eq!(json["schema"], "newslens/1");
        assert_eq!(
            json["files"],
            serde_json::json!([
                { "name": "harbour.txt", "format": "text", "articles": 1, "error": null, "warnings": [] },
                { "name": "photo.png", "format": "binary", "articles": 0, "error": "photo.png: a PNG image, not text", "warnings": [] },
            ])
        );
        assert_eq!(report.articles[0].headline.as_deref(), Some("Harbour reopens"));
        assert_eq!(report.articles[0].words, 10);
        let top: Vec<_> = report.keywords.iter().take(2).map(|k| (k.term.as_str(), k.count)).collect();
        assert_eq!(top, [("harbour", 2), ("Monday", 1)]);
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
    fn a_filter_selects_articles_and_every_aggregate_follows_it() {
        let mut corpus = Corpus::new(Options::default());
        corpus.add_file("a.txt", HARBOUR);
        corpus.add_file("b.txt", LEVY);
        let only_levy = Filter { articles: vec![1], ..Filter::default() };
        let report = corpus.report(&only_levy);
        assert_eq!(report.files.len(), 2);
        assert_eq!(report.articles.iter().map(|a| (a.id, a.file.as_str())).collect::<Vec<_>>(), [(1, "b.txt")]);
        let terms: Vec<_> = report.keywords.iter().map(|k| (k.term.as_str(), k.count)).collect();
        assert_eq!(terms, [("council", 1), ("harbour", 1), ("levy", 1), ("passed", 1)]);
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
        let ferry = |report: &Report| report.keywords.iter().find(|k| k.term == "ferry").map(|k| (k.count, k.docs));
        assert_eq!(ferry(&counted), Some((1, 1)));
        assert_eq!(ferry(&report(true, files)), Some((2, 2)));
        let reversed: Vec<(&str, &[u8])> = files.iter().rev().copied().collect();
        assert_eq!(report(false, &reversed), counted);
    }

    #[test]
    fn options_come_from_camel_case_json_and_reject_unknown_names() {
        let options: Options = serde_json::from_str(
            r#"{"maxFileBytes": 10, "includeDuplicates": true, "keywords": {"limit": 3, "stopWords": {"add": ["levy"]}}}"#,
        )
        .unwrap();
        assert_eq!(options.max_file_bytes, 10);
        assert!(options.include_duplicates);
        assert_eq!(options.keywords.limit, 3);
        assert_eq!(options.keywords.stop_words.add, ["levy"]);
        let error = serde_json::from_str::<Options>(r#"{"maxFileByte": 10}"#).unwrap_err();
        assert!(error.to_string().starts_with("unknown field `maxFileByte`"), "{error}");
    }
}
