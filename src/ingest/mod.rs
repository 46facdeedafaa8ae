//! Ingest owns the first step of the flow: the bytes of one dropped file become
//! clean [`Article`]s, or an [`IngestError`] that names the file and the reason.
//!
//! Binary and empty files are recognised from their bytes ([`detect`]); text
//! is decoded to UTF-8 with normalised line endings ([`decode`]); the format
//! is detected from the content first and the name second; each format's
//! reader (plain text, HTML, JSON, CSV/TSV, RSS/Atom, Markdown) hands over
//! drafts that [`draft`] finishes the same way for all of them (furniture
//! out, dateline cut, metadata normalised). Near-duplicates across files are
//! found afterwards, over the whole corpus ([`duplicates`]).

mod decode;
mod detect;
mod draft;
pub mod duplicates;
mod feed;
mod fields;
mod furniture;
#[cfg(feature = "html")]
mod html;
mod json;
mod markdown;
pub mod markup;
mod plain;
mod record;
mod table;

use std::fmt;

use draft::Draft;

/// The one name newslens uses for an outlet, however a file wrote it
/// ("REUTERS", "reuters.com" and "Reuters" are all "Reuters").
pub use fields::outlet::canonical as outlet_name;

/// One article as the reader found it. Every field but `text` is optional
/// because files rarely carry all of them.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Article {
    pub outlet: Option<String>,
    pub headline: Option<String>,
    pub byline: Option<String>,
    /// `YYYY-MM-DD`, only when the source date was unambiguous.
    pub date: Option<String>,
    pub dateline: Option<String>,
    pub url: Option<String>,
    /// The cleaned body: paragraphs separated by `"\n\n"`, no headline, no dateline.
    pub text: String,
}

/// The formats newslens reads. The name is what the report's `files[].format` shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Html,
    Json,
    Csv,
    Tsv,
    Rss,
    Atom,
    Markdown,
    Binary,
    Empty,
}

impl Format {
    /// Every format, in a fixed order.
    pub const ALL: [Format; 10] = [
        Format::Text,
        Format::Html,
        Format::Json,
        Format::Csv,
        Format::Tsv,
        Format::Rss,
        Format::Atom,
        Format::Markdown,
        Format::Binary,
        Format::Empty,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Html => "html",
            Format::Json => "json",
            Format::Csv => "csv",
            Format::Tsv => "tsv",
            Format::Rss => "rss",
            Format::Atom => "atom",
            Format::Markdown => "markdown",
            Format::Binary => "binary",
            Format::Empty => "empty",
        }
    }
}

/// Limits that protect the page from files it cannot usefully analyse.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Limits {
    pub max_file_bytes: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits { max_file_bytes: 64 * 1024 * 1024 }
    }
}

/// What a readable file produced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ingested {
    pub format: Format,
    pub articles: Vec<Article>,
    /// Problems that did not stop the file from being read, one line each.
    pub warnings: Vec<String>,
}

/// Why a file produced no articles. `Display` gives the one-line message the
/// report shows, naming the file and the reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IngestError {
    pub file: String,
    pub format: Format,
    pub reason: String,
}

impl fmt::Display for IngestError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.file, self.reason)
    }
}

impl std::error::Error for IngestError {}

/// Reads one file. Never panics on any input; every failure is an [`IngestError`].
pub fn ingest(name: &str, bytes: &[u8], limits: &Limits) -> Result<Ingested, IngestError> {
    let fail = |format: Format, reason: String| IngestError { file: name.to_string(), format, reason };
    if bytes.len() > limits.max_file_bytes {
        return Err(fail(
            format_of(name, bytes),
            format!(
                "file is {} bytes, over the limit of {} bytes (option maxFileBytes)",
                bytes.len(),
                limits.max_file_bytes
            ),
        ));
    }
    match detect::bytes(bytes) {
        detect::Bytes::Empty => return Err(fail(Format::Empty, "file is empty".to_string())),
        detect::Bytes::Binary(kind) => return Err(fail(Format::Binary, format!("{kind}, not text"))),
        detect::Bytes::Text => {}
    }
    let decoded = decode::decode(bytes);
    let format = detect::format(name, &decoded.text);
    let (articles, warning) = read_as(format, &decoded.text).map_err(|reason| fail(format, reason))?;
    if articles.is_empty() {
        return Err(fail(format, no_articles(format).to_string()));
    }
    let warnings = decoded.warning.into_iter().chain(warning).map(|warning| format!("{name}: {warning}")).collect();
    Ok(Ingested { format, articles, warnings })
}

/// The format of a file from its first few kilobytes, for the message that
/// refuses a file without reading it.
pub fn format_of(name: &str, bytes: &[u8]) -> Format {
    match detect::bytes(&bytes[..bytes.len().min(8192)]) {
        detect::Bytes::Empty => Format::Empty,
        detect::Bytes::Binary(_) => Format::Binary,
        detect::Bytes::Text => detect::format(name, &decode::decode(&bytes[..bytes.len().min(4096)]).text),
    }
}

/// Reads decoded `text` with the reader of `format`, skipping detection: the
/// step [`ingest`] takes once it knows the format. The fuzz targets use it to
/// reach each reader directly. `Ok` holds the articles and a warning when
/// the file was not read whole; `Err` is the reason for the file's message.
pub fn read_as(format: Format, text: &str) -> Result<(Vec<Article>, Option<String>), String> {
    let (drafts, warning) = match format {
        Format::Text => return Ok((plain::read(text), None)),
        #[cfg(feature = "html")]
        Format::Html => {
            let (draft, warning) = html::read(text);
            (vec![draft], warning)
        }
        #[cfg(not(feature = "html"))]
        Format::Html => return Err("the lean build of newslens reads no HTML (newslens_bg.wasm does)".into()),
        Format::Json => (json::read(text)?, None),
        Format::Csv => (table::read(text, ',')?, None),
        Format::Tsv => (table::read(text, '\t')?, None),
        Format::Rss | Format::Atom => (feed::read(text)?, None),
        Format::Markdown => (markdown::read(text), None),
        Format::Binary | Format::Empty => (Vec::new(), None),
    };
    Ok((drafts.into_iter().filter_map(Draft::finish).collect(), warning))
}

fn no_articles(format: Format) -> &'static str {
    match format {
        Format::Json => {
            "no articles found in the JSON (looked for objects with a text field such as body, content or text)"
        }
        Format::Csv | Format::Tsv => {
            "no articles found in the table (looked for a column such as body, content or text)"
        }
        Format::Rss | Format::Atom => "the feed has no items with text",
        Format::Html => "no article text found in the page",
        _ => "no article text found",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(bytes: &[u8]) -> Result<Ingested, IngestError> {
        ingest("sample.txt", bytes, &Limits::default())
    }

    #[test]
    fn bad_files_get_one_line_errors_naming_the_file() {
        let cases: &[(&[u8], &str)] = &[
            (b"", "sample.txt: file is empty"),
            (b" \n\r\n\t", "sample.txt: file is empty"),
            (b"%PDF-1.7\n%\xE2\xE3", "sample.txt: a PDF document, not text"),
            (b"PK\x03\x04\x14\0", "sample.txt: a ZIP archive (or an Office document), not text"),
            (b"\x89PNG\r\n\x1a\n", "sample.txt: a PNG image, not text"),
            (b"abc\0def", "sample.txt: a binary file (it contains NUL bytes), not text"),
        ];
        for (bytes, message) in cases {
            let error = read(bytes).unwrap_err();
            assert_eq!(error.to_string(), *message, "input {bytes:?}");
        }
    }

    #[test]
    fn files_over_the_size_limit_are_refused() {
        let limits = Limits { max_file_bytes: 10 };
        let error = ingest("big.txt", b"twelve bytes", &limits).unwrap_err();
        assert_eq!(error.to_string(), "big.txt: file is 12 bytes, over the limit of 10 bytes (option maxFileBytes)");
    }

    #[test]
    fn warnings_name_the_file() {
        let ingested = ingest("quotes.txt", b"Harbour\n\nShe said \x93yes\x94.", &Limits::default()).unwrap();
        assert_eq!(ingested.warnings, ["quotes.txt: not valid UTF-8; read as Windows-1252"]);
    }

    #[test]
    fn utf16_text_is_not_mistaken_for_binary() {
        let mut bytes = vec![0xFF, 0xFE];
        for unit in "Harbour news\n\nThe harbour reopened.".encode_utf16() {
            bytes.extend_from_slice(&unit.to_le_bytes());
        }
        let ingested = read(&bytes).unwrap();
        assert_eq!(ingested.articles[0].headline.as_deref(), Some("Harbour news"));
        assert_eq!(ingested.articles[0].text, "The harbour reopened.");
    }
}
