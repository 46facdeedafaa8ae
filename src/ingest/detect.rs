//! Detection owns the question "what kind of file is this?": binary files and
//! empty ones from their bytes, then the text format from the content first
//! and the file name second. A `.txt` holding a saved web page is read as
//! HTML, a `.html` holding plain text as text; the extension decides only
//! what the content leaves open (a CSV without a recognisable header, a
//! Markdown file without headings).

use super::record;
use super::Format;
use crate::search;

/// Magic numbers of the binary files people most often drop by mistake.
const MAGIC: &[(&[u8], &str)] = &[
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x89PNG", "a PNG image"),
    (b"\xFF\xD8\xFF", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1F\x8B", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"7z\xBC\xAF", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
    (b"\xD0\xCF\x11\xE0", "an old Microsoft Office document"),
    (b"{\\rtf", "an RTF document"),
    (b"\0asm", "a WebAssembly module"),
    (b"\x7FELF", "a program (ELF executable)"),
];

/// What the bytes alone say.
pub enum Bytes {
    Empty,
    Binary(&'static str),
    Text,
}

pub fn bytes(bytes: &[u8]) -> Bytes {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Bytes::Empty;
    }
    if let Some((_, kind)) = MAGIC.iter().find(|(magic, _)| bytes.starts_with(magic)) {
        return Bytes::Binary(kind);
    }
    // UTF-16 text is full of NUL bytes, so it must be recognised before the NUL test.
    if super::decode::utf16_order(bytes).is_some() {
        return Bytes::Text;
    }
    let head = &bytes[..bytes.len().min(8192)];
    if head.contains(&0) {
        return Bytes::Binary("a binary file (it contains NUL bytes)");
    }
    let controls = head.iter().filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0C)).count();
    if controls * 20 > head.len() {
        return Bytes::Binary("a binary file (it is mostly control characters)");
    }
    Bytes::Text
}

/// The text format of decoded `text`, named `name`.
pub fn format(name: &str, text: &str) -> Format {
    let extension = name.rsplit_once('.').map(|(_, extension)| extension.to_ascii_lowercase()).unwrap_or_default();
    let head = text.trim_start();
    let head = &head[..floor(head, 4096)];
    if looks_like_json(head, &extension) {
        return Format::Json;
    }
    if head.starts_with('<') {
        // A `.txt` is a saved page only with a document's markup; text that
        // merely opens with a tag is text, shown as written.
        let format = markup_format(head);
        if !(extension == "txt" && format == Format::Html && !has_document_markup(head)) {
            return format;
        }
    }
    if is_front_matter(head) || (matches!(extension.as_str(), "md" | "markdown") && !head.is_empty()) {
        return Format::Markdown;
    }
    if let Some(table) = table_format(head, &extension) {
        return table;
    }
    if head.starts_with("# ") && head.lines().nth(1).is_some_and(|line| line.trim().is_empty()) {
        return Format::Markdown;
    }
    Format::Text
}

fn looks_like_json(head: &str, extension: &str) -> bool {
    let mut chars = head.chars();
    let opening = chars.next();
    let next = chars.find(|c| !c.is_whitespace());
    match (opening, next) {
        (Some('{'), Some('"' | '}')) => true,
        (Some('['), Some('{' | '[' | ']' | '"')) => true,
        (Some('{' | '['), _) => matches!(extension, "json" | "jsonl" | "ndjson" | "jsonld"),
        _ => false,
    }
}

const DOCUMENT_TAGS: [&str; 4] = ["<html", "<!doctype html", "<head", "<body"];

fn has_document_markup(head: &str) -> bool {
    let lower = head.to_ascii_lowercase();
    DOCUMENT_TAGS.iter().any(|tag| search::contains(&lower, tag))
}

fn markup_format(head: &str) -> Format {
    let lower = head.to_ascii_lowercase();
    let position = |tag: &str| search::find(&lower, tag).unwrap_or(usize::MAX);
    let html = DOCUMENT_TAGS.iter().map(|tag| position(tag)).min().unwrap_or(usize::MAX);
    if position("<feed") < html {
        return Format::Atom;
    }
    if position("<rss") < html || position("<rdf:rdf") < html {
        return Format::Rss;
    }
    if html == usize::MAX && lower.starts_with("<?xml") {
        // XML of some other kind: the feed reader says what is wrong with it.
        return Format::Rss;
    }
    Format::Html
}

/// `---` on the first line, `key: value` lines, and a closing `---`.
fn is_front_matter(head: &str) -> bool {
    let mut lines = head.lines();
    if lines.next().map(str::trim_end) != Some("---") {
        return false;
    }
    let mut fields = 0;
    for line in lines.take(40) {
        match line.trim_end() {
            "---" | "..." => return fields > 0,
            line if search::contains(line, ": ") || line.ends_with(':') => fields += 1,
            line if line.starts_with([' ', '-']) || line.is_empty() => {}
            _ => return false,
        }
    }
    false
}

/// CSV or TSV when the extension says so, or when the first line is a header
/// naming a body column and the next lines have as many fields.
fn table_format(head: &str, extension: &str) -> Option<Format> {
    match extension {
        "csv" => return Some(Format::Csv),
        "tsv" | "tab" => return Some(Format::Tsv),
        _ => {}
    }
    let first = head.lines().next()?;
    let (separator, format) = if first.contains('\t') { ('\t', Format::Tsv) } else { (',', Format::Csv) };
    let names: Vec<&str> = first.split(separator).map(|name| name.trim().trim_matches('"')).collect();
    let body = names.iter().any(|name| record::role(name).is_some_and(|(role, _)| role == record::Role::Body));
    (names.len() >= 2 && body).then_some(format)
}

fn floor(text: &str, mut index: usize) -> usize {
    index = index.min(text.len());
    while !text.is_char_boundary(index) {
        index -= 1;
    }
    index
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_content_decides_before_the_name() {
        let cases = [
            ("a.txt", "Harbour reopens\n\nThe harbour reopened.", Format::Text),
            ("a.html", "Harbour reopens\n\nThe harbour reopened.", Format::Text),
            ("a.txt", "<!DOCTYPE html><html><body><p>x</p></body></html>", Format::Html),
            ("a.txt", "<img src=x>Harbour <b>news</b>\n\nThe harbour reopened.", Format::Text),
            ("a", "<img src=x>Harbour <b>news</b>\n\nThe harbour reopened.", Format::Html),
            ("page", "  <div><p>x</p></div>", Format::Html),
            ("a.xml", "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel>", Format::Rss),
            ("a.xml", "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">", Format::Atom),
            ("a", "<rdf:RDF xmlns:rdf=\"x\"><channel>", Format::Rss),
            ("a.xml", "<?xml version=\"1.0\"?><catalog/>", Format::Rss),
            ("a.txt", "[{\"title\": \"x\"}]", Format::Json),
            ("a.json", "{ \"articles\": [] }", Format::Json),
            ("a.json", "[1, 2]", Format::Json),
            ("a.txt", "[Updated] Harbour reopens\n\nText.", Format::Text),
            ("a.txt", "title,body,date\nA,x,2025-03-14\n", Format::Csv),
            ("a.txt", "title\ttext\nA\tx\n", Format::Tsv),
            ("a.csv", "anything, at all\n", Format::Csv),
            ("a.tsv", "x", Format::Tsv),
            ("a.txt", "---\ntitle: Harbour\nauthor: Mara\n---\n\nText.", Format::Markdown),
            ("a.md", "Just text.", Format::Markdown),
            ("a.txt", "# Harbour reopens\n\nText.", Format::Markdown),
            ("a.txt", "---\nnot front matter, just a rule\n", Format::Text),
        ];
        for (name, text, expected) in cases {
            assert_eq!(format(name, text), expected, "{name}: {text:?}");
        }
    }
}
