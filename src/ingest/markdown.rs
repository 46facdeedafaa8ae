//! The Markdown reader: YAML (`---`) or TOML (`+++`) front matter gives the
//! fields (through [`record`](super::record)'s synonyms), the first level-1
//! heading the headline, and the rest the paragraphs, with inline markup
//! (emphasis, links, images, code) reduced to its text. A file with several
//! level-1 headings, each followed by text, holds one article per heading.

use super::draft::Draft;
use super::record::{self, Fields, Role};

pub fn read(text: &str) -> Vec<Draft> {
    let (mut fields, body) = front_matter(text);
    let blocks = blocks(body);
    let level_one: Vec<usize> =
        blocks.iter().enumerate().filter(|(_, block)| block.heading == Some(1)).map(|(index, _)| index).collect();
    let several = level_one.len() > 1;
    if !several {
        let mut paragraphs = Vec::new();
        let mut headline = fields.take(Role::Headline);
        for block in blocks {
            match block.heading {
                Some(1) if headline.is_none() => headline = Some(block.text),
                _ => paragraphs.push(block.text),
            }
        }
        fields.offer("body", &paragraphs.join("\n"));
        return fields.into_draft().map(|draft| Draft { headline, ..draft }).into_iter().collect();
    }
    let shared = fields;
    let mut drafts = Vec::new();
    for (position, &start) in level_one.iter().enumerate() {
        let end = level_one.get(position + 1).copied().unwrap_or(blocks.len());
        let paragraphs: Vec<String> = blocks[start + 1..end].iter().map(|block| block.text.clone()).collect();
        drafts.push(Draft {
            headline: Some(blocks[start].text.clone()),
            outlet: shared.get(Role::Outlet).map(String::from),
            byline: shared.get(Role::Byline).map(String::from),
            date: shared.get(Role::Date).map(String::from),
            paragraphs,
            ..Draft::default()
        });
    }
    drafts
}

/// Front-matter fields, and the text after them.
fn front_matter(text: &str) -> (Fields, &str) {
    let mut fields = Fields::default();
    let trimmed = text.trim_start_matches('\u{FEFF}');
    let (fence, separator) = if trimmed.starts_with("---\n") {
        ("---", ':')
    } else if trimmed.starts_with("+++\n") {
        ("+++", '=')
    } else {
        return (fields, text);
    };
    let rest = &trimmed[4..];
    let mut offset = 0;
    let mut last_key: Option<String> = None;
    for line in rest.split_inclusive('\n') {
        offset += line.len();
        let line = line.trim_end();
        if line == fence || (fence == "---" && line == "...") {
            return (fields, &rest[offset..]);
        }
        if let Some(item) = line.trim_start().strip_prefix("- ") {
            // A YAML list item continues the last key ("authors:\n  - A\n  - B").
            if let Some(key) = &last_key {
                let known = record::role(key).and_then(|(role, _)| fields.get(role));
                let joined =
                    known.map_or_else(|| unquote(item).to_string(), |known| format!("{known}, {}", unquote(item)));
                fields.offer(key, &joined);
            }
            continue;
        }
        if let Some((key, value)) = line.split_once(separator) {
            let key = key.trim();
            last_key = Some(key.to_string());
            fields.offer(key, unquote(value.trim()));
        }
    }
    (Fields::default(), text)
}

fn unquote(value: &str) -> &str {
    let value = value.trim();
    for quote in ['"', '\''] {
        if let Some(inner) = value.strip_prefix(quote).and_then(|v| v.strip_suffix(quote)) {
            return inner;
        }
    }
    value
}

struct Block {
    /// The level of a heading, `None` for a paragraph or list item.
    heading: Option<usize>,
    text: String,
}

/// Headings, paragraphs (lines joined) and list items, with fenced code skipped.
fn blocks(body: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut paragraph: Vec<&str> = Vec::new();
    let mut in_code = false;
    let flush = |paragraph: &mut Vec<&str>, blocks: &mut Vec<Block>| {
        if !paragraph.is_empty() {
            blocks.push(Block { heading: None, text: inline(&paragraph.join(" ")) });
            paragraph.clear();
        }
    };
    let lines: Vec<&str> = body.lines().collect();
    for (index, raw) in lines.iter().enumerate() {
        let line = raw.trim();
        if line.starts_with("```") || line.starts_with("~~~") {
            flush(&mut paragraph, &mut blocks);
            in_code = !in_code;
            continue;
        }
        if in_code {
            continue;
        }
        let underline = lines.get(index + 1).map(|next| next.trim()).unwrap_or_default();
        let setext = if !underline.is_empty() && underline.chars().all(|c| c == '=') {
            Some(1)
        } else if underline.len() >= 3 && underline.chars().all(|c| c == '-') {
            Some(2)
        } else {
            None
        };
        if line.is_empty() || is_rule(line) {
            flush(&mut paragraph, &mut blocks);
        } else if let Some(level) = atx_level(line) {
            flush(&mut paragraph, &mut blocks);
            let text = line[level..].trim().trim_end_matches('#').trim();
            blocks.push(Block { heading: Some(level), text: inline(text) });
        } else if let (Some(level), true) = (setext, paragraph.is_empty()) {
            blocks.push(Block { heading: Some(level), text: inline(line) });
        } else if let Some(item) = list_item(line) {
            flush(&mut paragraph, &mut blocks);
            paragraph.push(item);
        } else {
            paragraph.push(line.trim_start_matches('>').trim_start());
        }
    }
    flush(&mut paragraph, &mut blocks);
    blocks.retain(|block| !block.text.is_empty());
    blocks
}

fn atx_level(line: &str) -> Option<usize> {
    let level = line.bytes().take_while(|&b| b == b'#').count();
    ((1..=6).contains(&level) && line[level..].starts_with(' ')).then_some(level)
}

/// `---`, `***`, `___` (and longer), and the underline of a setext heading.
fn is_rule(line: &str) -> bool {
    let compact: String = line.chars().filter(|c| !c.is_whitespace()).collect();
    compact.len() >= 3 && ["-", "*", "_", "="].iter().any(|mark| compact.chars().all(|c| c.to_string() == *mark))
}

fn list_item(line: &str) -> Option<&str> {
    if let Some(item) = line.strip_prefix(['-', '*', '+']).filter(|rest| rest.starts_with(' ')) {
        return Some(item.trim());
    }
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    (digits > 0 && line[digits..].starts_with(". ")).then(|| line[digits + 2..].trim())
}

/// The text of inline Markdown: `![alt](src)` goes, `[text](url)` keeps its
/// text, emphasis and code marks go, `<tags>` go.
fn inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        if rest.starts_with("![") {
            if let Some(end) = link_end(&rest[1..]) {
                rest = &rest[1 + end..];
                continue;
            }
        }
        if c == '[' {
            if let Some(end) = link_end(rest) {
                let label_end = rest.find(']').unwrap_or(0);
                out.push_str(&rest[1..label_end]);
                rest = &rest[end..];
                continue;
            }
        }
        if c == '<' {
            let tag = rest[1..].starts_with(|c: char| c.is_ascii_alphabetic() || c == '/');
            if let Some(end) = rest.find('>').filter(|&end| tag && end <= 200) {
                let inner = &rest[1..end];
                if inner.starts_with("http") {
                    out.push_str(inner);
                }
                rest = &rest[end + 1..];
                continue;
            }
        }
        let next = &rest[c.len_utf8()..];
        let inside_word = out.ends_with(char::is_alphanumeric) && next.starts_with(char::is_alphanumeric);
        let emphasis = matches!(c, '*' | '`' | '~') || (c == '_' && !inside_word);
        if !emphasis {
            out.push(c);
        }
        rest = next;
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// For `[label](target)` or `[label][ref]` at the start of `text`, the length of the whole link.
fn link_end(text: &str) -> Option<usize> {
    let label_end = text.find(']')?;
    let after = &text[label_end + 1..];
    let close = match after.chars().next()? {
        '(' => ')',
        '[' => ']',
        _ => return None,
    };
    Some(label_end + 1 + after.find(close)? + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_and_headings_give_the_fields() {
        let text = "---\ntitle: \"Harbour reopens\"\nauthor:\n  - Mara Lindqvist\n  - Ola Berg\ndate: 2025-03-14\nsource: Harbour Herald\n---\n\n# Ignored when front matter has a title\n\nThe **harbour** reopened [on Friday](https://x.example).\nShips _queued_.\n\n![The quay](quay.jpg)\n\n## Repairs\n\n- Cranes `fixed`\n- Breakwater rebuilt\n\n```\ncode is not text\n```\n";
        let drafts = read(text);
        assert_eq!(
            drafts,
            vec![Draft {
                outlet: Some("Harbour Herald".into()),
                headline: Some("Harbour reopens".into()),
                byline: Some("Mara Lindqvist, Ola Berg".into()),
                date: Some("2025-03-14".into()),
                paragraphs: vec![
                    "Ignored when front matter has a title".into(),
                    "The harbour reopened on Friday. Ships queued.".into(),
                    "Repairs".into(),
                    "Cranes fixed".into(),
                    "Breakwater rebuilt".into(),
                ],
                ..Draft::default()
            }]
        );
    }

    #[test]
    fn several_level_one_headings_are_several_articles() {
        let text =
            "Harbour reopens\n===============\n\nThe harbour reopened.\n\n# Levy approved\n\nThe council voted.\n";
        let headlines: Vec<_> =
            read(text).into_iter().map(|draft| (draft.headline.unwrap(), draft.paragraphs)).collect();
        assert_eq!(
            headlines,
            [
                ("Harbour reopens".to_string(), vec!["The harbour reopened.".to_string()]),
                ("Levy approved".to_string(), vec!["The council voted.".to_string()]),
            ]
        );
    }

    #[test]
    fn inline_markup_becomes_text() {
        let cases = [
            ("**Bold** and *em* and `code`", "Bold and em and code"),
            ("A [link](https://x.example \"t\") and [ref][1]", "A link and ref"),
            ("Image ![alt text](a.png) gone", "Image gone"),
            ("snake_case_words stay", "snake_case_words stay"),
            ("<span>html</span> and <https://x.example>", "html and https://x.example"),
            ("3 < 5 and 7 > 2", "3 < 5 and 7 > 2"),
        ];
        for (markdown, expected) in cases {
            assert_eq!(inline(markdown), expected, "{markdown:?}");
        }
    }

    /// Found by the fuzzer (target `ingest`): a character wider than one
    /// byte after a word was sliced inside.
    #[test]
    fn characters_of_any_width_after_a_word_are_kept() {
        let drafts = read("---\ntitle: Museum\n---\n\nThe mus\u{2039}eum re\u{1F30A}_opened_ its caf\u{E9}*s*.\n");
        assert_eq!(drafts[0].paragraphs, ["The mus\u{2039}eum re\u{1F30A}opened its caf\u{E9}s."]);
    }
}
