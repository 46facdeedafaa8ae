//! Ingest owns the first step of the flow: the bytes of one dropped file become
//! clean [`Article`]s, or an [`IngestError`] that names the reason.
//!
//! The format is detected from the content first and the file name second
//! ([`detect`]); text is decoded to UTF-8 with normalised line endings
//! ([`decode`]); each format's reader then yields articles whose `text` is the
//! cleaned body, paragraphs separated by one blank line.

mod decode;
mod draft;
mod fields;
mod furniture;
pub mod markup;
mod plain;

use std::fmt;

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
    Binary,
    Empty,
}

impl Format {
    pub fn name(self) -> &'static str {
        match self {
            Format::Text => "text",
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
            Format::Binary,
            format!(
                "file is {} bytes, over the limit of {} bytes (option maxFileBytes)",
                bytes.len(),
                limits.max_file_bytes
            ),
        ));
    }
    match detect(bytes) {
        Detected::Empty => Err(fail(Format::Empty, "file is empty".to_string())),
        Detected::Binary(kind) => Err(fail(Format::Binary, format!("{kind}, not text"))),
        Detected::Text => {
            let decoded = decode::decode(bytes);
            let articles = plain::read(&decoded.text);
            if articles.is_empty() {
                return Err(fail(Format::Text, "no article text found (only blank lines)".to_string()));
            }
            let warnings = decoded.warning.into_iter().collect();
            Ok(Ingested { format: Format::Text, articles, warnings })
        }
    }
}

enum Detected {
    Empty,
    Binary(&'static str),
    Text,
}

/// Magic numbers of the binary files people most often drop by mistake.
const MAGIC: &[(&[u8], &str)] = &[
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x89PNG", "a PNG image"),
    (b"\xFF\xD8\xFF", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1F\x8B", "a gzip archive"),
    (b"\0asm", "a WebAssembly module"),
];

fn detect(bytes: &[u8]) -> Detected {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Detected::Empty;
    }
    if let Some((_, kind)) = MAGIC.iter().find(|(magic, _)| bytes.starts_with(magic)) {
        return Detected::Binary(kind);
    }
    // UTF-16 text is full of NUL bytes, so it must be recognised before the NUL test.
    if decode::has_utf16_bom(bytes) {
        return Detected::Text;
    }
    let head = &bytes[..bytes.len().min(8192)];
    if head.contains(&0) {
        return Detected::Binary("a binary file (it contains NUL bytes)");
    }
    Detected::Text
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
