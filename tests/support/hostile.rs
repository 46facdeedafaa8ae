//! Hostile files, generated rather than committed: what people drop by
//! mistake (images, PDFs, archives, noise), broken or unusual encodings,
//! files built to exhaust a parser (deep nesting, entity expansion, one
//! enormous line), and text in scripts other than Latin. Each comes with
//! what the report must say about it. Shared by the native test
//! (tests/hostile.rs, at sizes a debug build reads quickly) and the release
//! run at full size (`npm run hostile`, examples/hostile.rs).

use std::time::Instant;

use newslens::{Corpus, Report};

use crate::peak::{in_use, peak, restart_peak};

/// What the report must show for a file.
#[derive(Debug, Clone, PartialEq)]
pub enum Expect {
    /// `files[].error` is exactly this.
    Error(&'static str),
    /// Read into this many articles, with this warning if any.
    Articles(usize, Option<&'static str>),
    /// Read into at least one article whose text holds this.
    Contains(&'static str),
}

pub struct Hostile {
    pub name: String,
    pub bytes: Vec<u8>,
    pub expect: Expect,
}

/// A fixed xorshift stream: the same "random" bytes on every run.
pub fn noise(length: usize, mut state: u64) -> Vec<u8> {
    let mut bytes = Vec::with_capacity(length + 8);
    while bytes.len() < length {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        bytes.extend_from_slice(&state.to_le_bytes());
    }
    bytes.truncate(length);
    bytes
}

const STORY: &str = "Ferry returns to Port Ellery\n\nThe ferry returned to Port Ellery on Monday. \
\"We waited all winter,\" said Ines Okafor, the harbour master.";

fn utf16(text: &str, big_endian: bool, bom: bool) -> Vec<u8> {
    let units = (bom.then_some(0xFEFF)).into_iter().chain(text.encode_utf16());
    units.flat_map(|unit| if big_endian { unit.to_be_bytes() } else { unit.to_le_bytes() }).collect()
}

fn file(name: impl Into<String>, bytes: impl Into<Vec<u8>>, expect: Expect) -> Hostile {
    Hostile { name: name.into(), bytes: bytes.into(), expect }
}

/// The hostile files. `scale` sets the size of the large ones: 1 gives
/// files of about 1 MB and nesting 100,000 deep; the release run uses 100
/// for the one-line file of 100 MB.
pub fn files(scale: usize) -> Vec<Hostile> {
    let megabyte = 1 << 20;
    let with = |magic: &[u8], seed| [magic, &noise(64 * 1024, seed)].concat();
    let nested = 100_000;
    let laughs = {
        let mut xml = String::from("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
        for level in 1..10 {
            let previous = if level == 1 { "lol".to_string() } else { format!("lol{}", level - 1) };
            xml += &format!("<!ENTITY lol{level} \"{}\">\n", format!("&{previous};").repeat(10));
        }
        xml + "]>\n<rss version=\"2.0\"><channel><title>Harbour Herald</title><item><title>Laughs</title>\
               <description>The ferry returned. &lol9;</description></item></channel></rss>"
    };
    let one_line = {
        let sentence = "The ferry returned to Port Ellery and the harbour master said it was on time; ";
        sentence.repeat(scale * megabyte / sentence.len())
    };
    vec![
        file("empty.txt", Vec::new(), Expect::Error("empty.txt: file is empty")),
        file("photo.png", with(b"\x89PNG\r\n\x1a\n", 1), Expect::Error("photo.png: a PNG image, not text")),
        file("scan.pdf", with(b"%PDF-1.7\n", 2), Expect::Error("scan.pdf: a PDF document, not text")),
        file(
            "archive.zip",
            with(b"PK\x03\x04", 3),
            Expect::Error("archive.zip: a ZIP archive (or an Office document), not text"),
        ),
        file(
            "noise.txt",
            noise(megabyte, 4),
            Expect::Error("noise.txt: a binary file (it contains NUL bytes), not text"),
        ),
        file(
            "windows-1252.txt",
            b"Ferry returns\n\nThe ferry\xA0returned. \x93We waited,\x94 said In\xE9s Okafor.\xFF\xFE".to_vec(),
            Expect::Articles(1, Some("windows-1252.txt: not valid UTF-8; read as Windows-1252")),
        ),
        file("utf16le-bom.txt", utf16(STORY, false, true), Expect::Articles(1, None)),
        file("utf16be-bom.txt", utf16(STORY, true, true), Expect::Articles(1, None)),
        file("utf16le.txt", utf16(STORY, false, false), Expect::Articles(1, None)),
        file("utf16be.txt", utf16(STORY, true, false), Expect::Articles(1, None)),
        file("one-line.txt", one_line, Expect::Articles(1, None)),
        file(
            "nested-arrays.json",
            "[".repeat(nested) + &"]".repeat(nested),
            Expect::Error("nested-arrays.json: malformed JSON: recursion limit exceeded at line 1 column 128"),
        ),
        file(
            "nested-objects.json",
            "{\"a\":".repeat(nested) + "1" + &"}".repeat(nested),
            Expect::Error("nested-objects.json: malformed JSON: recursion limit exceeded at line 1 column 636"),
        ),
        file("laughs.xml", laughs, Expect::Contains("The ferry returned.")),
        file(
            "nested.html",
            format!("<html><body>{}<p>The ferry returned to Port Ellery on Monday.</p></body></html>", "<div>".repeat(nested)),
            Expect::Contains("The ferry returned to Port Ellery on Monday."),
        ),
        file(
            "unclosed.html",
            format!("<html><body><p>The ferry returned.{}", "<b><i>".repeat(nested / 2)),
            Expect::Contains("The ferry returned."),
        ),
        file(
            "quote-marks.txt",
            format!("Quotes everywhere\n\n{}", "“The ferry ‘returned \" she said « ".repeat(1000)),
            Expect::Articles(1, None),
        ),
        file(
            "arabic.txt",
            "عودة العبّارة\n\nعادت العبّارة إلى الميناء يوم الاثنين. \"انتظرنا طوال الشتاء\"، قالت مديرة الميناء.",
            Expect::Contains("عادت العبّارة"),
        ),
        file(
            "hebrew-with-overrides.txt",
            "\u{202B}המעבורת חזרה\u{202C}\n\n\u{202E}המעבורת חזרה לנמל ביום שני.\u{202C} \u{2067}\"חיכינו כל החורף\"\u{2069}",
            Expect::Contains("המעבורת חזרה לנמל"),
        ),
        file("cjk.txt", "渡轮返回港口\n\n渡轮星期一返回港口。「我们等了一整个冬天」，港务长说。", Expect::Contains("渡轮星期一返回港口")),
        file(
            "emoji.txt",
            "Ferry returns 🚢\n\nThe 👩‍👩‍👧 family waved 🇳🇴 flags as the ferry returned. \"Finally 🎉,\" said Ines Okafor.",
            Expect::Contains("👩‍👩‍👧"),
        ),
        file(
            "combining.txt",
            format!("Ze\u{301}bra crossing\n\nThe ferry\u{301}\u{302}\u{303} returned{}.", "\u{301}".repeat(10_000)),
            Expect::Contains("ferry\u{301}\u{302}\u{303}"),
        ),
    ]
}

/// `count` tiny files, each a short article of its own.
pub fn tiny_files(count: usize) -> Vec<Hostile> {
    (0..count)
        .map(|index| {
            let text = format!("Note {index}\n\nShip {index} docked at berth {}.", index % 40);
            file(format!("tiny/{index:05}.txt"), text, Expect::Articles(1, None))
        })
        .collect()
}

/// How one file went: its time, the memory it took at its peak and the
/// memory the corpus holds for it after (both beyond what was held before),
/// and whether the report says what it must.
pub struct Outcome {
    pub name: String,
    pub bytes: usize,
    pub seconds: f64,
    pub peak_bytes: usize,
    pub held_bytes: usize,
    pub problem: Option<String>,
}

/// Adds `file` to `corpus`, measured, and checks its `files[]` entry.
/// `Expect::Contains` is checked on the finished report by [`check_report`].
pub fn add(corpus: &mut Corpus, file: &Hostile) -> Outcome {
    let before = restart_peak();
    let started = Instant::now();
    let entry = corpus.add_file(&file.name, &file.bytes).clone();
    let seconds = started.elapsed().as_secs_f64();
    let peak_bytes = peak() - before;
    let held_bytes = in_use().saturating_sub(before);
    let problem = match &file.expect {
        Expect::Error(message) => (entry.error.as_deref() != Some(message)).then(|| format!("error {:?}", entry.error)),
        Expect::Articles(articles, warning) => {
            let warnings: Vec<&str> = warning.iter().copied().collect();
            (entry.error.is_some() || entry.articles != *articles || entry.warnings != warnings)
                .then(|| format!("{} articles, error {:?}, warnings {:?}", entry.articles, entry.error, entry.warnings))
        }
        Expect::Contains(_) => entry.error.as_ref().map(|error| format!("error {error:?}")),
    };
    Outcome { name: file.name.clone(), bytes: file.bytes.len(), seconds, peak_bytes, held_bytes, problem }
}

/// The problems the finished report shows for `files`: a file whose text
/// should hold a phrase and does not.
pub fn check_report(report: &Report, files: &[Hostile]) -> Vec<String> {
    files
        .iter()
        .filter_map(|file| match file.expect {
            Expect::Contains(words) => {
                let found = report.articles.iter().any(|article| {
                    article.file == file.name && article.text.as_deref().is_some_and(|text| text.contains(words))
                });
                (!found).then(|| format!("{}: no article holds {words:?}", file.name))
            }
            _ => None,
        })
        .collect()
}
