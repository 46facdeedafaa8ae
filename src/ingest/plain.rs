//! The plain-text reader: a text file is one article, or a dump of many
//! (text copied from an aggregator page, a repost site, a database export).
//!
//! It works on lines. Page furniture is dropped first, with the context a
//! line alone cannot give: the lines around a bare "Image:" label are its
//! caption, the line after a video-player notice is the video's title, the
//! lines after "Read more from …:" are links, and any later repeat of a
//! caption is a caption. A dump is then split into articles where its
//! structure says one starts: a headline line repeated within a few lines
//! ("Putin tells Trump …" twice, or around "Published / on / By"), a database
//! export's "3 of 25 DOCUMENTS", a wire sign-off ending the previous story.
//! "Related Articles", "Continue Reading" and their kin end an article, and
//! nothing up to the next one is kept. Each article's first lines give its
//! headline, outlet, byline and date; in its body, a cluster of short lines
//! (an editor's name box, a caption without a label) is furniture, while a
//! lone short line before a paragraph is a subheading and stays.

use std::collections::HashSet;

use super::draft::Draft;
use super::fields::{byline, date, outlet};
use super::furniture::{self, Line};
use super::markup::collapse_whitespace;
use super::Article;

/// A repeated headline is looked for this many lines ahead.
const REPEAT_WINDOW: usize = 8;

/// Headlines (and anything compared as one) have at most this many words.
const MAX_HEADLINE_WORDS: usize = 30;

/// Lines of at most this many words, not ending a sentence, are "short": headings, labels, captions.
const SHORT_LINE_WORDS: usize = 12;

pub fn read(text: &str) -> Vec<Article> {
    let mut lines = split_lines(text);
    drop_furniture(&mut lines);
    mark_repeated_headlines(&mut lines);
    mark_headlines_after_section_ends(&mut lines);
    let mut articles: Vec<Article> =
        segments(&lines).iter().filter_map(|segment| draft(&lines, segment).finish_clean()).collect();
    share_the_only_outlet(&mut articles);
    articles
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fate {
    Keep,
    /// Dropped as part of an image caption: invisible to the short-line rule.
    Caption,
    Drop,
}

struct TextLine {
    text: String,
    words: usize,
    /// The words of a headline-sized line, for comparing lines (see [`key`]).
    key: Option<String>,
    /// Lines separated by a blank line are in different blocks.
    block: usize,
    kind: Line,
    fate: Fate,
    starts_article: bool,
}

impl TextLine {
    fn words(&self) -> usize {
        self.words
    }

    fn is_kept_text(&self) -> bool {
        self.fate == Fate::Keep && self.kind == Line::Text
    }

    fn is_short(&self) -> bool {
        self.words() <= SHORT_LINE_WORDS && !self.text.ends_with('.') && !is_list_item(&self.text)
    }
}

/// Words separated by ASCII whitespace (decoding has made every other space
/// an ASCII one), counted byte by byte.
fn count_words(text: &str) -> usize {
    let mut words = 0;
    let mut in_word = false;
    for &byte in text.as_bytes() {
        let space = byte.is_ascii_whitespace();
        words += usize::from(!space && !in_word);
        in_word = !space;
    }
    words
}

/// Non-empty lines, trimmed, with their blocks. In a hard-wrapped file (every
/// line broken before about 80 characters) the lines of a paragraph are joined.
fn split_lines(text: &str) -> Vec<TextLine> {
    let hard_wrapped = is_hard_wrapped(text);
    let mut lines: Vec<TextLine> = Vec::new();
    let mut block = 0;
    let mut previous_blank = false;
    let mut previous_wrapped = false;
    for raw in text.split('\n') {
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            block += usize::from(!previous_blank);
            previous_blank = true;
            previous_wrapped = false;
            continue;
        }
        previous_blank = false;
        let continues = hard_wrapped && previous_wrapped;
        previous_wrapped = raw.trim_end().chars().count() >= 50;
        match lines.last_mut() {
            Some(last) if continues => {
                last.text.push(' ');
                last.text.push_str(trimmed);
            }
            _ => lines.push(TextLine {
                text: trimmed.to_string(),
                words: 0,
                key: None,
                block,
                kind: Line::Text,
                fate: Fate::Keep,
                starts_article: false,
            }),
        }
    }
    for line in &mut lines {
        line.kind = furniture::classify(&line.text);
        line.words = count_words(&line.text);
        // Lines are compared (as repeated headlines, as repeated captions) only when they could be either.
        let comparable = line.kind == Line::Caption || is_headline_shaped(&line.text);
        line.key = comparable.then(|| key(&line.text));
    }
    lines
}

fn is_hard_wrapped(text: &str) -> bool {
    let lengths: Vec<usize> = text.split('\n').map(|line| line.trim_end().chars().count()).filter(|&n| n > 0).collect();
    let wrapped = lengths.iter().filter(|&&n| (50..=100).contains(&n)).count();
    lengths.iter().all(|&n| n <= 110) && wrapped >= 5 && wrapped * 5 >= lengths.len() * 2
}

fn drop_furniture(lines: &mut [TextLine]) {
    let mut captions = HashSet::new();
    for index in 0..lines.len() {
        match lines[index].kind.clone() {
            Line::ImageMarker => {
                lines[index].fate = Fate::Caption;
                let block = lines[index].block;
                let before = index.saturating_sub(2)..index;
                let after = index + 1..(index + 4).min(lines.len());
                for near in before.chain(after) {
                    let line = &mut lines[near];
                    if line.block == block && line.words() <= 60 && matches!(line.kind, Line::Text | Line::Caption) {
                        line.fate = Fate::Caption;
                        captions.insert(line.key.take().unwrap_or_else(|| key(&line.text)));
                    }
                }
            }
            Line::Caption => {
                lines[index].fate = Fate::Caption;
                captions.extend(lines[index].key.clone());
            }
            Line::VideoNotice => {
                lines[index].fate = Fate::Drop;
                if let Some(title) = lines.get_mut(index + 1) {
                    let is_title = title.kind == Line::Text && title.words() <= 15 && !title.text.ends_with('.');
                    if is_title {
                        title.fate = Fate::Drop;
                    }
                }
            }
            Line::LinkList(_) => {
                let block = lines[index].block;
                for link in lines[index + 1..].iter_mut().take_while(|link| link.block == block) {
                    link.fate = Fate::Drop;
                }
            }
            Line::Furniture => lines[index].fate = Fate::Drop,
            Line::Text | Line::Signoff | Line::SectionEnd | Line::DocumentStart => {}
        }
    }
    for line in lines.iter_mut().filter(|line| line.is_kept_text()) {
        if line.key.as_ref().is_some_and(|key| captions.contains(key)) {
            line.fate = Fate::Caption;
        }
    }
}

/// A headline-sized line that appears again within a few lines starts an
/// article; its repeats go.
fn mark_repeated_headlines(lines: &mut [TextLine]) {
    for index in 0..lines.len() {
        if !lines[index].is_kept_text() {
            continue;
        }
        let Some(headline) = lines[index].key.clone() else { continue };
        let mut last = index;
        let mut next = index + 1;
        while next < lines.len() && next <= last + REPEAT_WINDOW {
            if lines[next].is_kept_text() && lines[next].key.as_ref() == Some(&headline) {
                lines[next].fate = Fate::Drop;
                last = next;
            }
            next += 1;
        }
        lines[index].starts_article |= last > index;
    }
}

/// After "Related Articles" or "Continue Reading", a headline followed by
/// two paragraphs (a link list has at most one teaser) starts the next
/// article even when the headline is not repeated.
fn mark_headlines_after_section_ends(lines: &mut [TextLine]) {
    let mut after_end = false;
    for index in 0..lines.len() {
        if lines[index].starts_article || lines[index].kind == Line::DocumentStart {
            after_end = false;
        }
        if lines[index].kind == Line::SectionEnd {
            after_end = true;
            continue;
        }
        if !after_end || !lines[index].is_kept_text() || !is_headline_shaped(&lines[index].text) {
            continue;
        }
        let mut next = lines[index + 1..].iter().filter(|line| line.is_kept_text() || line.kind == Line::SectionEnd);
        let mut paragraphs = next.by_ref().take(6).skip_while(|line| line.kind == Line::Text && line.is_short());
        let first = paragraphs.next().is_some_and(|line| line.kind == Line::Text && line.words() >= 20);
        let second = paragraphs.next().is_some_and(|line| line.kind == Line::Text && !line.is_short());
        if first && second {
            lines[index].starts_article = true;
            after_end = false;
        }
    }
}

#[derive(Default)]
struct Segment {
    /// Kept lines, in order, and markers the draft still reads (link lists, sign-offs).
    lines: Vec<usize>,
    /// Every line in the segment's span (kept or not), for the short-line rule.
    span: Vec<usize>,
    starts_with_headline: bool,
    has_body: bool,
}

fn segments(lines: &[TextLine]) -> Vec<Segment> {
    let mut done = Vec::new();
    let mut current = Segment::default();
    let mut cut = false;
    for (index, line) in lines.iter().enumerate() {
        let starts = line.starts_article || line.kind == Line::DocumentStart;
        if starts {
            done.push(std::mem::take(&mut current));
            current.starts_with_headline = line.starts_article;
            cut = false;
        }
        match &line.kind {
            Line::SectionEnd => cut = true,
            Line::DocumentStart => {}
            _ if cut => {}
            Line::Signoff => {
                current.lines.push(index);
                if current.has_body {
                    done.push(std::mem::take(&mut current));
                }
            }
            Line::LinkList(_) => {
                current.lines.push(index);
                current.span.push(index);
            }
            _ => {
                current.span.push(index);
                if line.fate == Fate::Keep {
                    current.has_body |= !current.lines.is_empty() && !line.is_short();
                    current.lines.push(index);
                }
            }
        }
    }
    done.push(current);
    done.retain(|segment| !segment.lines.is_empty());
    done
}

/// The segment's header fields and body paragraphs.
fn draft(lines: &[TextLine], segment: &Segment) -> Draft {
    let mut draft = Draft::default();
    let mut rest = segment.lines.as_slice();
    if segment.starts_with_headline {
        if let Some((&first, others)) = rest.split_first() {
            draft.headline = Some(lines[first].text.clone());
            rest = others;
        }
    }
    while let Some((&first, others)) = rest.split_first() {
        let next = others.first().map(|&next| lines[next].text.as_str());
        if !read_header_line(&lines[first], next, others.is_empty(), &mut draft) {
            break;
        }
        rest = others;
    }
    let body_start = rest.first().copied().unwrap_or(usize::MAX);
    let mut dropped = short_line_clusters(lines, &segment.span, body_start);
    // A text made only of short lines (a list, a poem) keeps them all.
    if rest.iter().all(|index| lines[*index].kind != Line::Text || dropped.binary_search(index).is_ok()) {
        dropped.clear();
    }
    for &index in rest.iter().filter(|index| dropped.binary_search(index).is_err()) {
        let line = &lines[index];
        match &line.kind {
            Line::Text => {
                let paragraph = furniture::strip_inline(&line.text);
                if !paragraph.is_empty() {
                    draft.paragraphs.push(collapse_whitespace(&paragraph).into_owned());
                }
            }
            Line::LinkList(named) => draft.outlet_hint = draft.outlet_hint.take().or_else(|| named.clone()),
            Line::Signoff => draft.byline = draft.byline.take().or_else(|| byline::from_signoff(&line.text)),
            _ => {}
        }
    }
    draft
}

/// Reads one header line into the draft; `false` when the line is body text.
fn read_header_line(line: &TextLine, next: Option<&str>, last: bool, draft: &mut Draft) -> bool {
    if line.kind == Line::Signoff {
        draft.byline = draft.byline.take().or_else(|| byline::from_signoff(&line.text));
        return true;
    }
    if line.kind != Line::Text {
        return false;
    }
    let text = line.text.as_str();
    let words = line.words();
    if draft.byline.is_none() && byline::from_line(text).is_some() {
        draft.byline = Some(text.to_string());
        return true;
    }
    if let Some((field, value)) = export_field(text) {
        let field = match field {
            "byline" => &mut draft.byline,
            "dateline" => &mut draft.dateline,
            "url" => &mut draft.url,
            _ => &mut draft.outlet,
        };
        *field = Some(value.to_string());
        return true;
    }
    if draft.outlet.is_none() && draft.date.is_none() {
        if let Some((name, when)) = outlet_and_date(text) {
            draft.outlet = Some(name.to_string());
            draft.date = Some(when.to_string());
            return true;
        }
    }
    if draft.date.is_none() && words <= 10 && date::is_date(text) {
        draft.date = Some(text.to_string());
        return true;
    }
    if draft.outlet.is_none() {
        // Only asked of a line shaped like a name: the next line is often a long paragraph.
        let named_before_a_date = || next.is_some_and(|next| date::is_date(next) || byline::from_line(next).is_some());
        let known = outlet::known(text).is_some();
        if known || (is_outlet_shaped(text) && (draft.headline.is_some() || named_before_a_date())) {
            draft.outlet = Some(text.to_string());
            return true;
        }
    }
    if draft.headline.is_none() && !last && is_headline_shaped(text) {
        draft.headline = Some(text.to_string());
        return true;
    }
    false
}

/// Database export fields: "BYLINE: Mara Lindqvist", "SOURCE: Harbour Herald".
fn export_field(text: &str) -> Option<(&'static str, &str)> {
    const FIELDS: &[(&str, &str)] = &[
        ("BYLINE:", "byline"),
        ("DATELINE:", "dateline"),
        ("URL:", "url"),
        ("SOURCE:", "outlet"),
        ("PUBLICATION:", "outlet"),
    ];
    FIELDS.iter().find_map(|(label, field)| {
        let value = text.strip_prefix(label)?.trim();
        (!value.is_empty()).then_some((*field, value))
    })
}

/// "Reuters03-07-2025": an outlet glued to a date.
fn outlet_and_date(text: &str) -> Option<(&str, &str)> {
    let digit = text.find(|c: char| c.is_ascii_digit())?;
    let (name, when) = (text[..digit].trim(), &text[digit..]);
    let is_name = outlet::known(name).is_some() || is_outlet_shaped(name);
    (is_name && date::is_date(when) && when.split_whitespace().count() <= 6).then_some((name, when))
}

/// "The Harbour Herald", "NORTHGATE WIRE": a few capitalised words, nothing else.
fn is_outlet_shaped(text: &str) -> bool {
    const SMALL: &[&str] = &["of", "the", "and", "&", "de", "la"];
    let mut words = text.split_whitespace();
    // Counted only as far as a sixth word: most lines asked are paragraphs.
    (1..=5).contains(&words.clone().take(6).count())
        && !text
            .contains(|c: char| c.is_ascii_digit() || matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | '"' | '“' | '”'))
        && words.all(|word| word.chars().next().is_some_and(char::is_uppercase) || SMALL.contains(&word))
}

fn is_headline_shaped(text: &str) -> bool {
    !text.ends_with('.')
        && text.len() <= 800
        && text.chars().count() <= 200
        && (1..=MAX_HEADLINE_WORDS).contains(&text.split_whitespace().count())
        && text.chars().any(char::is_alphabetic)
}

/// "- item", "• item", "1. item", "2) item".
fn is_list_item(text: &str) -> bool {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    text.starts_with(['-', '•', '*', '–', '·'])
        || (digits > 0 && text[digits..].starts_with(['.', ')']) && text[digits + 1..].starts_with(' '))
}

/// The lines to drop, in order. Short lines in a cluster of short lines and furniture: all go, except a
/// last short line right before a paragraph (a subheading). Captions are
/// invisible here: a subheading followed by a photo is still a subheading.
fn short_line_clusters(lines: &[TextLine], span: &[usize], body_start: usize) -> Vec<usize> {
    let mut dropped = Vec::new();
    let mut cluster: Vec<usize> = Vec::new();
    let span: Vec<usize> =
        span.iter().copied().filter(|&index| index >= body_start && lines[index].fate != Fate::Caption).collect();
    for (position, &index) in span.iter().enumerate() {
        let line = &lines[index];
        let paragraph = line.is_kept_text() && !line.is_short();
        if !paragraph {
            cluster.push(index);
            let at_end = position + 1 == span.len();
            if !at_end {
                continue;
            }
        }
        let shorts: Vec<usize> = cluster.iter().copied().filter(|&i| lines[i].is_kept_text()).collect();
        if cluster.len() >= 2 {
            let subheading = cluster.last().filter(|&&last| paragraph && lines[last].is_kept_text());
            dropped.extend(shorts.into_iter().filter(|index| Some(index) != subheading));
        }
        cluster.clear();
    }
    dropped
}

/// When every article that names an outlet names the same one, the others
/// (from the same file) are from it too.
fn share_the_only_outlet(articles: &mut [Article]) {
    let mut named = articles.iter().filter_map(|article| article.outlet.as_deref());
    let Some(first) = named.next() else { return };
    if named.all(|other| other == first) {
        let only = first.to_string();
        for article in articles.iter_mut().filter(|article| article.outlet.is_none()) {
            article.outlet = Some(only.clone());
        }
    }
}

/// Lines compare equal when their words are: case, quote styles and punctuation aside.
fn key(text: &str) -> String {
    // One pass over the characters, words joined by single spaces.
    let mut key = String::with_capacity(text.len());
    let mut after_word = false;
    for c in text.chars() {
        if c.is_alphanumeric() {
            if after_word && !key.is_empty() {
                key.push(' ');
            }
            after_word = false;
            key.extend(crate::case::lower(c));
        } else {
            after_word = true;
        }
    }
    key
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_keys_keep_only_the_words_in_lower_case() {
        let cases = [
            ("", ""),
            ("   ", ""),
            ("...", ""),
            ("a", "a"),
            ("Harbour reopens", "harbour reopens"),
            ("  Harbour  REOPENS!  ", "harbour reopens"),
            ("\"Harbour\" -- reopens... (2025)", "harbour reopens 2025"),
            ("Photo: Port Ellery, 14 March 2025 / Reuters", "photo port ellery 14 march 2025 reuters"),
            ("9 of 25 DOCUMENTS", "9 of 25 documents"),
            ("it's the harbour's day", "it s the harbour s day"),
            ("Zoë’s “Harbour”", "zoë s harbour"),
            ("İSTANBUL ferry", "i̇stanbul ferry"),
        ];
        for (line, expected) in cases {
            assert_eq!(key(line), expected, "{line:?}");
        }
    }

    #[test]
    fn splits_headline_from_paragraphs() {
        let articles = read("  Harbour reopens  \n\nThe harbour reopened on Monday.\nShips queued.\n\n\n");
        assert_eq!(
            articles,
            vec![Article {
                headline: Some("Harbour reopens".into()),
                text: "The harbour reopened on Monday.\n\nShips queued.".into(),
                ..Article::default()
            }]
        );
    }

    #[test]
    fn a_first_line_that_ends_a_sentence_is_body() {
        let articles = read("The harbour reopened.\nShips queued.");
        assert_eq!(articles[0].headline, None);
        assert_eq!(articles[0].text, "The harbour reopened.\n\nShips queued.");
    }

    #[test]
    fn a_text_of_short_lines_keeps_them() {
        let articles = read("What the lifeboat needs\n\nTwo coils of rope\nA crate of flares\nSpare oars for the boat\nBlankets from the school");
        assert_eq!(articles[0].headline.as_deref(), Some("What the lifeboat needs"));
        assert_eq!(
            articles[0].text,
            "Two coils of rope\n\nA crate of flares\n\nSpare oars for the boat\n\nBlankets from the school"
        );
    }

    #[test]
    fn a_link_to_a_correspondents_page_is_dropped_and_names_no_outlet() {
        let text = "Harbour reopens\n\nThe harbour reopened on Monday.\n\nRead more from Anouk here.\n\nShips queued.";
        let articles = read(text);
        assert_eq!(articles[0].outlet, None);
        assert_eq!(articles[0].text, "The harbour reopened on Monday.\n\nShips queued.");
        let listed = read(
            "Harbour reopens\n\nThe harbour reopened on Monday.\n\nRead more from Harbour Herald:\nFerry fares rise",
        );
        assert_eq!(listed[0].outlet.as_deref(), Some("Harbour Herald"));
        assert_eq!(listed[0].text, "The harbour reopened on Monday.");
    }

    #[test]
    fn a_single_line_is_the_body() {
        let articles = read("Harbour reopens");
        assert_eq!(articles[0].headline, None);
        assert_eq!(articles[0].text, "Harbour reopens");
    }
}
