//! A file read as far as it goes without the corpus, and the bytes that carry
//! it from a reader worker to the counting one.
//!
//! Reading a file (decoding, extraction, names, quotations, fingerprints) is
//! about half the work of adding it and shares nothing, so a page can run it
//! in several workers; counting words needs the corpus's one vocabulary and
//! stays in one. [`read_file`] is the first half and counting it in the
//! second, which `add_file` and `add_read` share, so a corpus reports the
//! same whichever way its files came. A [`ReadFile`] also carries the
//! format a refusal names, found only for files read elsewhere: `add_file`
//! checks the corpus's limits before it reads.
//!
//! Wasm instances share no memory, so a [`ReadFile`] crosses as bytes
//! ([`ReadFile::encode`]). [`ReadFile::decode`] checks everything the report
//! relies on (quotations inside their text, on character boundaries and in
//! order; fingerprints sorted), so bytes from anywhere else are an error,
//! never a panic.

use std::fmt;

use crate::ingest::duplicates::Fingerprint;
use crate::ingest::{self, Article, Format, IngestError, Limits};
use crate::keywords::counted_names;
use crate::names::{Gender, Names};
use crate::quotes::{self, Kind, Quote, Speaker};

/// Opens every encoded read file; the number changes with the layout.
const MAGIC: &[u8; 4] = b"nlr1";

/// A file read in one corpus for another, which may refuse it by its
/// limits when it adds it ([`super::Corpus::add_read`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadFile {
    /// What a refusal names as the file's format: its format from its first
    /// few kilobytes, as when the corpus refuses a file without reading it.
    pub(super) apparent_format: Format,
    pub(super) file: FileRead,
}

/// One file as [`read_file`] left it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct FileRead {
    pub(super) name: String,
    pub(super) size: usize,
    pub(super) content_hash: u64,
    pub(super) outcome: Result<Reading, IngestError>,
}

/// What a readable file gave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Reading {
    pub(super) format: Format,
    pub(super) warnings: Vec<String>,
    pub(super) articles: Vec<ReadArticle>,
}

/// An article with everything found in it but its word counts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct ReadArticle {
    pub(super) article: Article,
    /// Its names as counting takes them ([`counted_names`]).
    pub(super) names: Vec<String>,
    pub(super) quotes: Vec<Quote>,
    pub(super) headline_quotes: Vec<Quote>,
    pub(super) fingerprint: Fingerprint,
}

/// Reads one file, within `max_file_bytes`.
pub(super) fn read_file(name: &str, bytes: &[u8], max_file_bytes: usize) -> FileRead {
    let outcome = ingest::ingest(name, bytes, &Limits { max_file_bytes }).map(|ingested| Reading {
        format: ingested.format,
        warnings: ingested.warnings,
        articles: ingested.articles.into_iter().map(read_article).collect(),
    });
    FileRead { name: name.to_string(), size: bytes.len(), content_hash: content_hash(bytes), outcome }
}

fn read_article(article: Article) -> ReadArticle {
    // Found once for all three: counting reads the names before quotations learn genders into them.
    let names = Names::find(&article.text);
    let counted = counted_names(&article.text, &names).into_iter().map(str::to_string).collect();
    let quotes = quotes::find_with_names(&article.text, names);
    let headline_quotes = article.headline.as_deref().map(quotes::find).unwrap_or_default();
    let fingerprint = Fingerprint::of(&article.text);
    ReadArticle { article, names: counted, quotes, headline_quotes, fingerprint }
}

/// FNV-1a: stable across platforms and releases, unlike the std hasher.
pub(super) fn content_hash(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &byte| (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3))
}

/// Bytes that [`ReadFile::decode`] cannot take: not written by
/// [`ReadFile::encode`] of this version, or damaged on the way.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Malformed(&'static str);

impl fmt::Display for Malformed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "not a file read by this version of newslens: {}", self.0)
    }
}

impl std::error::Error for Malformed {}

impl ReadFile {
    /// `bytes` read within `max_file_bytes`, with the format a refusal would name.
    pub(super) fn new(name: &str, bytes: &[u8], max_file_bytes: usize) -> ReadFile {
        ReadFile { apparent_format: ingest::format_of(name, bytes), file: read_file(name, bytes, max_file_bytes) }
    }

    pub fn encode(&self) -> Vec<u8> {
        let file = &self.file;
        let mut out = Writer(MAGIC.to_vec());
        out.text(&file.name);
        out.number(file.size);
        out.0.extend_from_slice(&file.content_hash.to_le_bytes());
        out.format(self.apparent_format);
        match &file.outcome {
            Err(error) => {
                out.number(0);
                out.format(error.format);
                out.text(&error.reason);
            }
            Ok(reading) => {
                out.number(1);
                out.format(reading.format);
                out.list(&reading.warnings, |out, warning| out.text(warning));
                out.list(&reading.articles, Writer::article);
            }
        }
        out.0
    }

    pub fn decode(bytes: &[u8]) -> Result<ReadFile, Malformed> {
        let mut input = Reader { rest: bytes.strip_prefix(MAGIC).ok_or(Malformed("wrong header"))?, fault: None };
        let name = input.text();
        let size = input.number();
        let content_hash = u64::from_le_bytes(input.take(8).try_into().unwrap_or_default());
        let apparent_format = input.format();
        let outcome = match input.number() {
            0 => Err(IngestError { file: name.clone(), format: input.format(), reason: input.text() }),
            1 => Ok(Reading {
                format: input.format(),
                warnings: input.list(Reader::text),
                articles: input.list(Reader::article),
            }),
            _ => {
                input.fail("unknown outcome");
                Err(IngestError { file: String::new(), format: Format::Empty, reason: String::new() })
            }
        };
        match input.fault {
            Some(reason) => Err(Malformed(reason)),
            None if !input.rest.is_empty() => Err(Malformed("bytes after the end")),
            None => Ok(ReadFile { apparent_format, file: FileRead { name, size, content_hash, outcome } }),
        }
    }
}

struct Writer(Vec<u8>);

impl Writer {
    /// Seven bits a byte, low first; the top bit says more follow.
    fn number(&mut self, mut number: usize) {
        while number >= 0x80 {
            self.0.push(number as u8 | 0x80);
            number >>= 7;
        }
        self.0.push(number as u8);
    }

    fn text(&mut self, text: &str) {
        self.number(text.len());
        self.0.extend_from_slice(text.as_bytes());
    }

    fn optional_text(&mut self, text: &Option<String>) {
        match text {
            None => self.number(0),
            Some(text) => {
                self.number(1);
                self.text(text);
            }
        }
    }

    fn format(&mut self, format: Format) {
        self.number(Format::ALL.iter().position(|&known| known == format).unwrap_or_default());
    }

    fn list<T>(&mut self, items: &[T], mut write: impl FnMut(&mut Self, &T)) {
        self.number(items.len());
        for item in items {
            write(self, item);
        }
    }

    fn article(&mut self, read: &ReadArticle) {
        let article = &read.article;
        for field in
            [&article.outlet, &article.headline, &article.byline, &article.date, &article.dateline, &article.url]
        {
            self.optional_text(field);
        }
        self.text(&article.text);
        self.list(&read.names, |out, name| out.text(name));
        self.list(&read.quotes, Writer::quote);
        self.list(&read.headline_quotes, Writer::quote);
        self.number(read.fingerprint.words());
        // Sorted and distinct: the gaps are small numbers.
        let mut previous = 0;
        self.list(read.fingerprint.shingles(), |out, &shingle| {
            out.number((shingle - previous) as usize);
            previous = shingle;
        });
    }

    fn quote(&mut self, quote: &Quote) {
        self.number(quote.start);
        self.number(quote.end);
        self.text(&quote.text);
        match &quote.speaker {
            None => self.number(0),
            Some(speaker) => {
                self.number(match (speaker.named, speaker.gender) {
                    (false, _) => 1,
                    (true, None) => 2,
                    (true, Some(Gender::Female)) => 3,
                    (true, Some(Gender::Male)) => 4,
                });
                self.text(&speaker.name);
                self.text(&speaker.written);
            }
        }
        self.optional_text(&quote.verb);
        self.number(usize::from(quote.kind == Kind::Partial));
    }
}

/// Reads what [`Writer`] wrote. The first fault is kept and ends the input,
/// so that every later read gives an empty value and no loop runs on.
struct Reader<'a> {
    rest: &'a [u8],
    fault: Option<&'static str>,
}

impl<'a> Reader<'a> {
    fn fail(&mut self, reason: &'static str) {
        self.fault.get_or_insert(reason);
        self.rest = &[];
    }

    fn take(&mut self, count: usize) -> &'a [u8] {
        if count > self.rest.len() {
            self.fail("cut short");
        }
        let (taken, rest) = self.rest.split_at(count.min(self.rest.len()));
        self.rest = rest;
        taken
    }

    fn number(&mut self) -> usize {
        let mut number: usize = 0;
        for shift in (0..usize::BITS).step_by(7) {
            let Some(&byte) = self.take(1).first() else { return 0 };
            let bits = usize::from(byte & 0x7f);
            if bits << shift >> shift != bits {
                break;
            }
            number |= bits << shift;
            if byte < 0x80 {
                return number;
            }
        }
        self.fail("a number too large");
        0
    }

    fn text(&mut self) -> String {
        let length = self.number();
        let bytes = self.take(length);
        match std::str::from_utf8(bytes) {
            Ok(text) => text.to_string(),
            Err(_) => {
                self.fail("text that is not UTF-8");
                String::new()
            }
        }
    }

    /// 0 for none, 1 for a text, as [`Writer::optional_text`] wrote.
    fn optional_text(&mut self) -> Option<String> {
        match self.choice(2, "unknown optional field") {
            1 => Some(self.text()),
            _ => None,
        }
    }

    /// A number below `count`.
    fn choice(&mut self, count: usize, fault: &'static str) -> usize {
        let number = self.number();
        if number >= count {
            self.fail(fault);
        }
        number
    }

    fn format(&mut self) -> Format {
        Format::ALL[self.choice(Format::ALL.len(), "unknown format").min(Format::ALL.len() - 1)]
    }

    fn list<T>(&mut self, mut read: impl FnMut(&mut Self) -> T) -> Vec<T> {
        let count = self.number();
        // Every item takes at least a byte, so a damaged count cannot reserve more than the input.
        let mut items = Vec::with_capacity(count.min(self.rest.len()));
        for _ in 0..count {
            if self.fault.is_some() {
                break;
            }
            items.push(read(self));
        }
        items
    }

    fn article(&mut self) -> ReadArticle {
        let mut field = || self.optional_text();
        let (outlet, headline, byline, date, dateline, url) = (field(), field(), field(), field(), field(), field());
        let text = self.text();
        let names = self.list(Reader::text);
        let quotes = self.list(Reader::quote);
        let headline_quotes = self.list(Reader::quote);
        if !quotes_fit(&text, &quotes) || !quotes_fit(headline.as_deref().unwrap_or_default(), &headline_quotes) {
            self.fail("a quotation outside its text");
        }
        let words = self.number();
        let mut previous: u32 = 0;
        let shingles = self.list(|input| {
            let shingle = u32::try_from(input.number()).ok().and_then(|gap| previous.checked_add(gap));
            previous = shingle.unwrap_or_else(|| {
                input.fail("a shingle out of range");
                0
            });
            previous
        });
        let fingerprint = Fingerprint::from_parts(shingles, words).unwrap_or_else(|| {
            self.fail("shingles out of order");
            Fingerprint::default()
        });
        let article = Article { outlet, headline, byline, date, dateline, url, text };
        ReadArticle { article, names, quotes, headline_quotes, fingerprint }
    }

    fn quote(&mut self) -> Quote {
        let (start, end, text) = (self.number(), self.number(), self.text());
        let speaker = match self.choice(5, "unknown speaker") {
            0 => None,
            kind => Some(Speaker {
                name: self.text(),
                written: self.text(),
                named: kind >= 2,
                gender: match kind {
                    3 => Some(Gender::Female),
                    4 => Some(Gender::Male),
                    _ => None,
                },
            }),
        };
        let verb = self.optional_text();
        let kind = if self.choice(2, "unknown kind of quotation") == 1 { Kind::Partial } else { Kind::Direct };
        Quote { start, end, text, speaker, verb, kind }
    }
}

/// Whether the quotations lie in `text`, on character boundaries, in order and apart.
fn quotes_fit(text: &str, quotes: &[Quote]) -> bool {
    let mut previous_end = 0;
    quotes.iter().all(|quote| {
        let fits = previous_end <= quote.start
            && quote.start <= quote.end
            && quote.end <= text.len()
            && text.is_char_boundary(quote.start)
            && text.is_char_boundary(quote.end);
        previous_end = quote.end;
        fits
    })
}

#[cfg(test)]
mod tests {
    use std::path::{Path, PathBuf};

    use super::*;
    use crate::json::to_json;
    use crate::{Corpus, Filter, Options};

    /// Every file under tests/fixtures, by path.
    fn fixtures() -> Vec<(String, Vec<u8>)> {
        fn walk(dir: &Path, found: &mut Vec<PathBuf>) {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    walk(&path, found);
                } else {
                    found.push(path);
                }
            }
        }
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
        let mut paths = Vec::new();
        walk(&root, &mut paths);
        paths.sort();
        paths
            .into_iter()
            .map(|path| (path.strip_prefix(&root).unwrap().display().to_string(), std::fs::read(&path).unwrap()))
            .collect()
    }

    /// `bytes` read by a corpus of its own, as a reader worker would, and decoded.
    fn read_elsewhere(options: &Options, name: &str, bytes: &[u8]) -> ReadFile {
        ReadFile::decode(&Corpus::new(options.clone()).read_file(name, bytes).encode()).unwrap()
    }

    #[test]
    fn every_fixture_reports_the_same_added_or_read_elsewhere() {
        let files = fixtures();
        // Without limits, then with every limit reached: a file over maxFileBytes, files past maxTotalBytes, articles past maxArticles.
        let limited = Options { max_articles: 14, max_file_bytes: 900, max_total_bytes: 5000, ..Options::default() };
        // (articles, quotations, speakers, files refused by maxFileBytes, maxTotalBytes and maxArticles)
        for (options, expected) in [(Options::default(), (37, 24, 14, [0, 0, 0])), (limited, (14, 8, 6, [1, 6, 7]))] {
            let mut added = Corpus::new(options.clone());
            let mut handed_over = Corpus::new(options.clone());
            for (name, bytes) in &files {
                let entry = added.add_file(name, bytes).clone();
                assert_eq!(handed_over.add_read(read_elsewhere(&options, name, bytes)), &entry, "{name}");
            }
            let report = added.report(&Filter::default());
            let refused = ["maxFileBytes", "maxTotalBytes", "maxArticles"].map(|option| {
                report
                    .files
                    .iter()
                    .filter(|file| file.error.as_ref().is_some_and(|error| error.contains(option)))
                    .count()
            });
            assert_eq!((report.articles.len(), report.quotes.len(), report.speakers.len(), refused), expected);
            assert!(report.speakers.iter().any(|speaker| speaker.gender.is_some()), "genders are handed over too");
            assert_eq!(to_json(&handed_over.report(&Filter::default())), to_json(&report));
        }
    }

    #[test]
    fn a_read_file_survives_its_bytes_unchanged() {
        for (name, bytes) in fixtures() {
            let read = ReadFile::new(&name, &bytes, 1 << 20);
            assert_eq!(ReadFile::decode(&read.encode()).as_ref(), Ok(&read), "{name}");
        }
    }

    #[test]
    fn damaged_bytes_are_refused_with_the_reason() {
        let text = "Ferry returns\n\n“The ferry is back,” said Mayor Ines Okafor. Crews “cheered” at the quay.";
        let read = ReadFile::new("ferry.txt", text.as_bytes(), 1 << 20);
        let good = read.encode();
        let with_quote = |change: fn(&mut Quote)| {
            let mut read = read.clone();
            if let Ok(reading) = &mut read.file.outcome {
                change(&mut reading.articles[0].quotes[1]);
            }
            read.encode()
        };
        let mut not_utf8 = good.clone();
        let at = not_utf8.windows(5).position(|window| window == b"Ferry").unwrap();
        not_utf8[at] = 0xff;
        let cases: Vec<(Vec<u8>, &str)> = vec![
            (b"nlr0".to_vec(), "wrong header"),
            ([&good[..], b"\0"].concat(), "bytes after the end"),
            (with_quote(|quote| quote.end += 1000), "a quotation outside its text"),
            (with_quote(|quote| quote.start = 0), "a quotation outside its text"),
            // Inside the curly quotation mark's three bytes.
            (with_quote(|quote| quote.start += 1), "a quotation outside its text"),
            (not_utf8, "text that is not UTF-8"),
            ([MAGIC.as_slice(), &[0xff; 11]].concat(), "a number too large"),
        ];
        for (bytes, reason) in cases {
            assert_eq!(ReadFile::decode(&bytes), Err(Malformed(reason)));
        }
        for end in 0..good.len() {
            assert!(ReadFile::decode(&good[..end]).is_err(), "cut at {end}");
        }
        assert_eq!(Malformed("cut short").to_string(), "not a file read by this version of newslens: cut short");
    }
}
