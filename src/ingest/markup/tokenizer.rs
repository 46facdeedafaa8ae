//! The tokenizer splits markup into tags and text in one forward pass over
//! the bytes. Comments, doctypes and processing instructions are skipped;
//! the content of HTML's raw-text elements (`<script>`, `<style>`, ...) is
//! passed through literally, as is XML's CDATA.

use super::Syntax;

pub enum Token<'a> {
    /// A start tag: its lower-case name, attributes with raw values, and whether it ended in `/>`.
    Start {
        name: String,
        attrs: Vec<(String, &'a str)>,
        self_closing: bool,
    },
    End {
        name: String,
    },
    /// Text with character references still to decode.
    Text(&'a str),
    /// Text to take as it is (CDATA, the content of `<script>` and `<style>`).
    Literal(&'a str),
}

pub struct Tokenizer<'a> {
    source: &'a str,
    position: usize,
    syntax: Syntax,
    /// After a raw-text element's start tag, the name whose end tag ends it.
    raw_text_until: Option<&'static str>,
    unterminated: Option<usize>,
}

/// HTML elements whose content is not markup: `(name, entities decoded)`.
const RAW_TEXT: &[(&str, bool)] = &[
    ("script", false),
    ("style", false),
    ("noscript", false),
    ("xmp", false),
    ("iframe", false),
    ("noembed", false),
    ("noframes", false),
    ("textarea", true),
    ("title", true),
];

impl<'a> Tokenizer<'a> {
    pub fn new(source: &'a str, syntax: Syntax) -> Self {
        Tokenizer { source, position: 0, syntax, raw_text_until: None, unterminated: None }
    }

    /// Where a construct that never ended began, if the input stopped inside one.
    pub fn unterminated(&self) -> Option<usize> {
        self.unterminated
    }

    fn rest(&self) -> &'a [u8] {
        &self.source.as_bytes()[self.position..]
    }

    /// Moves past the next `needle`, or to the end (noting the construct as unterminated).
    fn skip_past(&mut self, needle: &str, started: usize) {
        match find(self.rest(), needle.as_bytes()) {
            Some(index) => self.position += index + needle.len(),
            None => {
                self.position = self.source.len();
                self.unterminated = Some(started);
            }
        }
    }

    fn raw_text(&mut self, name: &'static str) -> Token<'a> {
        let start = self.position;
        let bytes = self.source.as_bytes();
        let mut search = start;
        let end = loop {
            match find(&bytes[search..], b"</") {
                None => break bytes.len(),
                Some(index) => {
                    let at = search + index;
                    let after = &bytes[at + 2..];
                    let matches = after.len() >= name.len()
                        && after[..name.len()].eq_ignore_ascii_case(name.as_bytes())
                        && after.get(name.len()).is_none_or(|b| b.is_ascii_whitespace() || matches!(b, b'>' | b'/'));
                    if matches {
                        break at;
                    }
                    search = at + 2;
                }
            }
        };
        self.position = end;
        let text = &self.source[start..end];
        let decoded = RAW_TEXT.iter().any(|&(raw, decoded)| raw == name && decoded);
        if decoded {
            Token::Text(text)
        } else {
            Token::Literal(text)
        }
    }

    fn tag_name(&mut self) -> String {
        let rest = self.rest();
        let length =
            rest.iter().position(|b| b.is_ascii_whitespace() || matches!(b, b'>' | b'/' | b'<')).unwrap_or(rest.len());
        let name = self.source[self.position..self.position + length].to_ascii_lowercase();
        self.position += length;
        name
    }

    fn skip_whitespace(&mut self) {
        let skipped = self.rest().iter().take_while(|b| b.is_ascii_whitespace()).count();
        self.position += skipped;
    }

    /// Reads attributes up to and including `>`; `None` if the input ends first.
    fn attributes(&mut self) -> Option<(Vec<(String, &'a str)>, bool)> {
        let mut attrs = Vec::new();
        loop {
            self.skip_whitespace();
            let rest = self.rest();
            match rest.first()? {
                b'>' => {
                    self.position += 1;
                    return Some((attrs, false));
                }
                b'/' if rest.get(1) == Some(&b'>') => {
                    self.position += 2;
                    return Some((attrs, true));
                }
                b'/' => {
                    self.position += 1;
                    continue;
                }
                _ => {}
            }
            let length = rest
                .iter()
                .position(|b| b.is_ascii_whitespace() || matches!(b, b'=' | b'>' | b'/'))
                .unwrap_or(rest.len())
                .max(1);
            let name = self.source[self.position..self.position + length].to_ascii_lowercase();
            self.position += length;
            self.skip_whitespace();
            let mut value = "";
            if self.rest().first() == Some(&b'=') {
                self.position += 1;
                self.skip_whitespace();
                value = self.attribute_value()?;
            }
            attrs.push((name, value));
        }
    }

    fn attribute_value(&mut self) -> Option<&'a str> {
        let rest = self.rest();
        let start = self.position;
        match rest.first()? {
            &quote @ (b'"' | b'\'') => {
                let length = rest[1..].iter().position(|&b| b == quote)?;
                self.position += length + 2;
                Some(&self.source[start + 1..start + 1 + length])
            }
            _ => {
                let length = rest.iter().position(|b| b.is_ascii_whitespace() || *b == b'>').unwrap_or(rest.len());
                self.position += length;
                Some(&self.source[start..start + length])
            }
        }
    }
}

impl<'a> Iterator for Tokenizer<'a> {
    /// Each token with the byte offset where it starts.
    type Item = (usize, Token<'a>);

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            let start = self.position;
            if let Some(name) = self.raw_text_until.take() {
                let token = self.raw_text(name);
                if self.position > start {
                    return Some((start, token));
                }
            }
            let rest = self.rest();
            if rest.is_empty() {
                return None;
            }
            if rest[0] != b'<' {
                let length = rest.iter().position(|&b| b == b'<').unwrap_or(rest.len());
                self.position += length;
                return Some((start, Token::Text(&self.source[start..start + length])));
            }
            let next = rest.get(1).copied().unwrap_or(b' ');
            if rest.starts_with(b"<!--") {
                self.skip_past("-->", start);
            } else if rest.starts_with(b"<![CDATA[") {
                self.position += 9;
                let text_start = self.position;
                self.skip_past("]]>", start);
                let text_end = if self.unterminated.is_some() { self.position } else { self.position - 3 };
                return Some((start, Token::Literal(&self.source[text_start..text_end])));
            } else if next == b'!' || next == b'?' {
                self.skip_doctype_or_instruction(start);
            } else if next == b'/' && rest.get(2).is_some_and(u8::is_ascii_alphabetic) {
                self.position += 2;
                let name = self.tag_name();
                self.skip_past(">", start);
                return Some((start, Token::End { name }));
            } else if next.is_ascii_alphabetic() {
                self.position += 1;
                let name = self.tag_name();
                let Some((attrs, self_closing)) = self.attributes() else {
                    self.position = self.source.len();
                    self.unterminated = Some(start);
                    return None;
                };
                if self.syntax == Syntax::Html && !self_closing {
                    self.raw_text_until = RAW_TEXT.iter().find(|(raw, _)| *raw == name).map(|(raw, _)| *raw);
                }
                return Some((start, Token::Start { name, attrs, self_closing }));
            } else {
                self.position += 1;
                return Some((start, Token::Text("<")));
            }
        }
    }
}

impl Tokenizer<'_> {
    /// `<!DOCTYPE ...>` may hold an internal subset in brackets (entity
    /// declarations), which is skipped whole and never interpreted.
    fn skip_doctype_or_instruction(&mut self, start: usize) {
        let rest = self.rest();
        if rest.starts_with(b"<?") {
            return self.skip_past("?>", start);
        }
        let mut depth = 0usize;
        for (index, &byte) in rest.iter().enumerate() {
            match byte {
                b'[' => depth += 1,
                b']' => depth = depth.saturating_sub(1),
                b'>' if depth == 0 => {
                    self.position += index + 1;
                    return;
                }
                _ => {}
            }
        }
        self.position = self.source.len();
        self.unterminated = Some(start);
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    let first = *needle.first()?;
    let mut from = 0;
    while let Some(index) = haystack[from..].iter().position(|&b| b == first) {
        let at = from + index;
        if haystack[at..].starts_with(needle) {
            return Some(at);
        }
        from = at + 1;
    }
    None
}
