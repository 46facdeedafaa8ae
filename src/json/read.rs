//! Reading JSON text into [`Value`]s: article exports, JSON-LD in web pages,
//! and the caller's options. Numbers keep the text they were written as (no
//! reader here needs them as floating point). Objects list their fields by
//! name, the last of repeated names winning, as serde_json's `Value` does, so
//! that a file reads the same whichever reader did it.
//!
//! Errors name what was wrong and where, in serde_json's words ("EOF while
//! parsing an object at line 1 column 27"), and nesting deeper than 127
//! levels is refused, so that a hostile file cannot exhaust the stack.
//!
//! Written by hand rather than with serde_json: its parser, the `Value`
//! deserialiser and the tables of powers of ten its float parsing needs cost
//! the wasm about 8 KB gzipped.

use std::fmt;

use crate::sort;

/// A JSON value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Null,
    Bool(bool),
    /// The number as written.
    Number(String),
    String(String),
    Array(Vec<Value>),
    Object(Map),
}

/// The fields of an object, in order of their names.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Map {
    fields: Vec<(String, Value)>,
}

impl Map {
    /// `fields` in any order; of repeated names the last wins.
    fn new(mut fields: Vec<(String, Value)>) -> Self {
        sort::sort_by(&mut fields, |a, b| a.0.cmp(&b.0));
        // Stable, so of equal names the last written is last.
        let mut kept: Vec<(String, Value)> = Vec::with_capacity(fields.len());
        for field in fields {
            match kept.last_mut() {
                Some(last) if last.0 == field.0 => *last = field,
                _ => kept.push(field),
            }
        }
        Map { fields: kept }
    }

    pub fn get(&self, name: &str) -> Option<&Value> {
        let at = self.fields.binary_search_by(|(field, _)| field.as_str().cmp(name)).ok()?;
        Some(&self.fields[at].1)
    }

    pub fn iter(&self) -> Fields<'_> {
        self.into_iter()
    }

    pub fn keys(&self) -> impl Iterator<Item = &String> {
        self.fields.iter().map(|(name, _)| name)
    }
}

/// The fields of a [`Map`], by name.
pub type Fields<'a> =
    std::iter::Map<std::slice::Iter<'a, (String, Value)>, fn(&'a (String, Value)) -> (&'a String, &'a Value)>;

impl<'a> IntoIterator for &'a Map {
    type Item = (&'a String, &'a Value);
    type IntoIter = Fields<'a>;

    fn into_iter(self) -> Self::IntoIter {
        self.fields.iter().map(|(name, value)| (name, value))
    }
}

impl Value {
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    pub fn is_object(&self) -> bool {
        matches!(self, Value::Object(_))
    }

    pub fn is_array(&self) -> bool {
        matches!(self, Value::Array(_))
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(text) => Some(text),
            _ => None,
        }
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(value) => Some(*value),
            _ => None,
        }
    }

    /// A number written as a whole number from 0 to `u64::MAX`.
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Value::Number(number) => number.parse().ok(),
            _ => None,
        }
    }

    /// A field of an object.
    pub fn get(&self, name: &str) -> Option<&Value> {
        match self {
            Value::Object(fields) => fields.get(name),
            _ => None,
        }
    }
}

/// What was wrong with a JSON text, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    what: &'static str,
    line: usize,
    column: usize,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} at line {} column {}", self.what, self.line, self.column)
    }
}

/// Containers may nest this deep, serde_json's limit.
const MAX_DEPTH: usize = 128;

/// Reads one JSON value, with nothing but white space after it.
pub fn parse(text: &str) -> Result<Value, Error> {
    let mut reader = Reader { text, bytes: text.as_bytes(), at: 0 };
    let value = reader.value(0)?;
    reader.skip_space();
    if reader.at < reader.bytes.len() {
        return Err(reader.error_at_next("trailing characters"));
    }
    Ok(value)
}

struct Reader<'a> {
    text: &'a str,
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    /// An error at the next byte (the one that was wrong), or at the end.
    fn error_at_next(&self, what: &'static str) -> Error {
        self.error_after(what, (self.at + 1).min(self.bytes.len()))
    }

    /// An error after the first `consumed` bytes: line and column (in bytes,
    /// from 1) of the last of them.
    fn error_after(&self, what: &'static str, consumed: usize) -> Error {
        let before = &self.bytes[..consumed];
        let line_start = before.iter().rposition(|&byte| byte == b'\n').map_or(0, |at| at + 1);
        Error { what, line: 1 + before.iter().filter(|&&byte| byte == b'\n').count(), column: consumed - line_start }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn skip_space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn value(&mut self, depth: usize) -> Result<Value, Error> {
        self.skip_space();
        match self.peek() {
            None => Err(self.error_at_next("EOF while parsing a value")),
            Some(b'n') => self.word("null", Value::Null),
            Some(b't') => self.word("true", Value::Bool(true)),
            Some(b'f') => self.word("false", Value::Bool(false)),
            Some(b'"') => self.string().map(Value::String),
            Some(b'[' | b'{') if depth + 1 >= MAX_DEPTH => Err(self.error_at_next("recursion limit exceeded")),
            Some(b'[') => self.array(depth + 1),
            Some(b'{') => self.object(depth + 1),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => Err(self.error_at_next("expected value")),
        }
    }

    fn word(&mut self, word: &str, value: Value) -> Result<Value, Error> {
        for &expected in word.as_bytes() {
            match self.peek() {
                None => return Err(self.error_at_next("EOF while parsing a value")),
                Some(byte) if byte == expected => self.at += 1,
                Some(_) => return Err(self.error_at_next("expected ident")),
            }
        }
        Ok(value)
    }

    fn digits(&mut self) -> usize {
        let start = self.at;
        while self.peek().is_some_and(|byte| byte.is_ascii_digit()) {
            self.at += 1;
        }
        self.at - start
    }

    /// The digits of a fraction or an exponent: at least one.
    fn some_digits(&mut self) -> Result<(), Error> {
        if self.digits() > 0 {
            Ok(())
        } else if self.peek().is_none() {
            Err(self.error_at_next("EOF while parsing a value"))
        } else {
            Err(self.error_at_next("invalid number"))
        }
    }

    fn number(&mut self) -> Result<Value, Error> {
        let start = self.at;
        if self.peek() == Some(b'-') {
            self.at += 1;
        }
        match self.peek() {
            Some(b'0') => {
                self.at += 1;
                if self.peek().is_some_and(|byte| byte.is_ascii_digit()) {
                    return Err(self.error_at_next("invalid number"));
                }
            }
            Some(b'1'..=b'9') => {
                self.digits();
            }
            None => return Err(self.error_at_next("EOF while parsing a value")),
            Some(_) => return Err(self.error_at_next("invalid number")),
        }
        if self.peek() == Some(b'.') {
            self.at += 1;
            self.some_digits()?;
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            self.some_digits()?;
        }
        Ok(Value::Number(self.text[start..self.at].to_string()))
    }

    /// A string, the reader at its opening quote.
    fn string(&mut self) -> Result<String, Error> {
        self.at += 1;
        let mut text = String::new();
        let mut plain = self.at;
        loop {
            let Some(byte) = self.peek() else {
                return Err(self.error_after("EOF while parsing a string", self.bytes.len()));
            };
            match byte {
                b'"' => {
                    text.push_str(&self.text[plain..self.at]);
                    self.at += 1;
                    return Ok(text);
                }
                b'\\' => {
                    text.push_str(&self.text[plain..self.at]);
                    self.at += 1;
                    self.escape(&mut text)?;
                    plain = self.at;
                }
                0..=0x1F => {
                    return Err(self.error_at_next("control character (\\u0000-\\u001F) found while parsing a string"))
                }
                _ => self.at += 1,
            }
        }
    }

    /// The escape after a backslash, written into `text`.
    fn escape(&mut self, text: &mut String) -> Result<(), Error> {
        let Some(byte) = self.peek() else {
            return Err(self.error_after("EOF while parsing a string", self.bytes.len()));
        };
        self.at += 1;
        let simple = match byte {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let unit = self.hex()?;
                let code = match unit {
                    0xD800..=0xDBFF => {
                        if self.bytes.get(self.at..self.at + 2) != Some(b"\\u") {
                            return Err(self.error_at_next("unexpected end of hex escape"));
                        }
                        self.at += 2;
                        let low = self.hex()?;
                        if !(0xDC00..=0xDFFF).contains(&low) {
                            return Err(self.error_after("lone leading surrogate in hex escape", self.at));
                        }
                        0x10000 + ((u32::from(unit) - 0xD800) << 10) + (u32::from(low) - 0xDC00)
                    }
                    0xDC00..=0xDFFF => return Err(self.error_after("lone trailing surrogate in hex escape", self.at)),
                    unit => u32::from(unit),
                };
                // Surrogates are excluded above, so every code is a character.
                text.push(char::from_u32(code).unwrap_or(char::REPLACEMENT_CHARACTER));
                return Ok(());
            }
            _ => return Err(self.error_after("invalid escape", self.at)),
        };
        text.push(simple);
        Ok(())
    }

    /// Four hex digits.
    fn hex(&mut self) -> Result<u16, Error> {
        let mut unit = 0u16;
        for _ in 0..4 {
            let Some(byte) = self.peek() else {
                return Err(self.error_after("EOF while parsing a string", self.bytes.len()));
            };
            self.at += 1;
            let digit = char::from(byte).to_digit(16).ok_or_else(|| self.error_at_next("invalid escape"))?;
            unit = unit << 4 | digit as u16;
        }
        Ok(unit)
    }

    /// After a value in a list or an object: true at a comma followed by
    /// another item, false at `close`.
    fn more(&mut self, close: u8, eof: &'static str, expected: &'static str) -> Result<bool, Error> {
        self.skip_space();
        match self.peek() {
            None => Err(self.error_at_next(eof)),
            Some(byte) if byte == close => {
                self.at += 1;
                Ok(false)
            }
            Some(b',') => {
                self.at += 1;
                self.skip_space();
                if self.peek() == Some(close) {
                    Err(self.error_at_next("trailing comma"))
                } else {
                    Ok(true)
                }
            }
            Some(_) => Err(self.error_at_next(expected)),
        }
    }

    fn array(&mut self, depth: usize) -> Result<Value, Error> {
        self.at += 1;
        let mut items = Vec::new();
        self.skip_space();
        match self.peek() {
            None => return Err(self.error_at_next("EOF while parsing a list")),
            Some(b']') => {
                self.at += 1;
                return Ok(Value::Array(items));
            }
            Some(_) => {}
        }
        loop {
            items.push(self.value(depth)?);
            if !self.more(b']', "EOF while parsing a list", "expected `,` or `]`")? {
                return Ok(Value::Array(items));
            }
        }
    }

    fn object(&mut self, depth: usize) -> Result<Value, Error> {
        self.at += 1;
        let mut fields = Vec::new();
        self.skip_space();
        if self.peek() == Some(b'}') {
            self.at += 1;
            return Ok(Value::Object(Map::default()));
        }
        let mut first = true;
        loop {
            match self.peek() {
                None if first => return Err(self.error_at_next("EOF while parsing an object")),
                None => return Err(self.error_at_next("EOF while parsing a value")),
                Some(b'"') => {}
                Some(_) => return Err(self.error_at_next("key must be a string")),
            }
            let name = self.string()?;
            self.skip_space();
            match self.peek() {
                None => return Err(self.error_at_next("EOF while parsing an object")),
                Some(b':') => self.at += 1,
                Some(_) => return Err(self.error_at_next("expected `:`")),
            }
            fields.push((name, self.value(depth)?));
            if !self.more(b'}', "EOF while parsing an object", "expected `,` or `}`")? {
                return Ok(Value::Object(Map::new(fields)));
            }
            first = false;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json::to_json;

    #[test]
    fn values_read_as_serde_json_reads_them() {
        let cases = [
            "null",
            " true ",
            "false",
            "0",
            "-12",
            "18446744073709551615",
            "2.5",
            r#""plain""#,
            r#""esc \" \\ \/ \b \f \n \r \t \u00e9 \u2028 \ud83d\ude42 end""#,
            "\"Zoë “quoted” 🙂\"",
            "[]",
            "[1, [2, []], {}]",
            r#"{"b": 1, "a": {"z": null, "y": [true]}}"#,
            r#"{"a": 1, "a": 2, "b": 3, "a": 4}"#,
            "\n\t{ \"spaced\" :\r\n [ 1 , 2 ] }\n",
        ];
        for text in cases {
            let ours = parse(text).unwrap_or_else(|error| panic!("{text}: {error}"));
            let theirs: serde_json::Value = serde_json::from_str(text).unwrap();
            assert_eq!(to_json(&ours), theirs.to_string(), "{text}");
        }
        let value = parse(r#"{"limit": 10, "words": ["ferry"], "on": true, "neg": -1, "big": 1e3}"#).unwrap();
        assert_eq!(value.get("limit").and_then(Value::as_u64), Some(10));
        assert_eq!(value.get("neg").and_then(Value::as_u64), None);
        assert_eq!(value.get("big").and_then(Value::as_u64), None);
        for number in ["1e3", "-0.125e-3", "1E+9", "2.50"] {
            assert_eq!(parse(number), Ok(Value::Number(number.to_string())), "numbers keep their text");
        }
        assert_eq!(value.get("on").and_then(Value::as_bool), Some(true));
        assert_eq!(value.get("words"), Some(&Value::Array(vec![Value::String("ferry".to_string())])));
        assert_eq!(value.get("missing"), None);
    }

    #[test]
    fn errors_name_what_and_where_as_serde_json_does() {
        let deep_list = format!("{}1{}", "[".repeat(200), "]".repeat(200));
        let deep_object = format!("{}1{}", r#"{"a":"#.repeat(130), "}".repeat(130));
        let cases = [
            "",
            "   ",
            r#"{"articles": [{"title": "A""#,
            "{\"title\": ",
            "[1, 2",
            "[1, 2,",
            "[",
            "{",
            "{\"a\": 1,",
            "{\"a\"",
            "{\"a\":",
            "[1 2]",
            "[1,]",
            r#"{"a": 1,}"#,
            r#"{"a" 1}"#,
            "{1: 2}",
            r#"{"a": 1 "b": 2}"#,
            "{\"a\":\n  [1,\n   tru]}",
            "nul",
            "[nulL]",
            "01",
            "-",
            "1.",
            "1.e5",
            "1e",
            "-x",
            "+1",
            "[1] 2",
            "\"open",
            "\"bad \\x escape\"",
            "\"bad \\u12G4 hex\"",
            "\"lone \\ud800 leading\"",
            "\"pair \\ud800\\u0041\"",
            "\"tab\tinside\"",
            "\"cut \\u12",
            &deep_list,
            &deep_object,
        ];
        for text in cases {
            let theirs = serde_json::from_str::<serde_json::Value>(text).unwrap_err().to_string();
            assert_eq!(parse(text).map_err(|error| error.to_string()), Err(theirs), "{text:?}");
        }
        // serde_json reads a lone trailing surrogate as an error too, in other words.
        assert_eq!(
            parse("\"\\udc00\"").unwrap_err().to_string(),
            "lone trailing surrogate in hex escape at line 1 column 7"
        );
    }
}
