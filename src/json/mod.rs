//! JSON text in and out. Writing: the report, a file's entry, a
//! concordance, an outlet pair; each struct lists its fields once, with
//! [`json_object!`], and one writer of strings and numbers serves them all.
//! Reading ([`parse`]): article exports, JSON-LD and options.
//!
//! Written by hand rather than with serde: derived serialisers are generated
//! anew for every struct and cost the wasm several times this module.
//! Numbers are written as serde_json writes them (integers in decimal, floats
//! as the shortest text that reads back to the same value, `null` for NaN and
//! infinities), so any JSON reader gets the exact values.

mod read;

use std::collections::BTreeMap;

pub use read::{parse, Error as ParseError, Map, Value};

/// A value that can be written as JSON.
pub trait ToJson {
    fn write_json(&self, out: &mut Out);
}

/// `value` as JSON text.
pub fn to_json(value: &(impl ToJson + ?Sized)) -> String {
    // Measured first, then written into a string of that size: growing by
    // doubling would, at the last step, hold up to three times the text, and
    // the wasm heap keeps its peak.
    let mut measure = Out { sink: Sink::Count(0) };
    value.write_json(&mut measure);
    let Sink::Count(len) = measure.sink else { return String::new() };
    let mut out = Out { sink: Sink::Text(String::with_capacity(len)) };
    value.write_json(&mut out);
    let Sink::Text(text) = out.sink else { return String::new() };
    text
}

/// `value` as JSON text, handed to `send` in pieces of about `piece_bytes`
/// (each ends on a character boundary), so that the whole text is never in
/// memory at once: the report of a 50 MB corpus is about 30 MB of JSON, which
/// the wasm heap would keep for good after its peak.
pub fn to_json_in_pieces(value: &(impl ToJson + ?Sized), piece_bytes: usize, send: &mut dyn FnMut(&str)) {
    let piece = String::with_capacity(piece_bytes);
    let mut out = Out { sink: Sink::Pieces { piece, piece_bytes, send } };
    value.write_json(&mut out);
    if let Sink::Pieces { piece, send, .. } = &mut out.sink {
        if !piece.is_empty() {
            send(piece);
        }
    }
}

/// Where JSON text goes.
pub struct Out<'a> {
    sink: Sink<'a>,
}

enum Sink<'a> {
    /// Only the length, in bytes.
    Count(usize),
    Text(String),
    Pieces {
        piece: String,
        piece_bytes: usize,
        send: &'a mut dyn FnMut(&str),
    },
}

impl Out<'_> {
    pub fn push(&mut self, c: char) {
        self.push_str(c.encode_utf8(&mut [0; 4]));
    }

    pub fn push_str(&mut self, part: &str) {
        match &mut self.sink {
            Sink::Count(len) => *len += part.len(),
            Sink::Text(text) => text.push_str(part),
            Sink::Pieces { piece, piece_bytes, send } => {
                piece.push_str(part);
                if piece.len() >= *piece_bytes {
                    send(piece);
                    piece.clear();
                }
            }
        }
    }
}

impl ToJson for str {
    fn write_json(&self, out: &mut Out) {
        use crate::bytescan::{below, equal};
        out.push('"');
        let bytes = self.as_bytes();
        let mut plain = 0;
        loop {
            // Most text has nothing to escape: skip to the next byte that needs it, eight at a time.
            let at = crate::bytescan::find(
                bytes,
                plain,
                |word| equal(word, b'"') | equal(word, b'\\') | below(word, 0x20),
                |byte| byte == b'"' || byte == b'\\' || byte < 0x20,
            );
            let Some(&byte) = bytes.get(at) else { break };
            let escape = match byte {
                b'"' => "\\\"",
                b'\\' => "\\\\",
                b'\n' => "\\n",
                b'\r' => "\\r",
                b'\t' => "\\t",
                0x08 => "\\b",
                0x0C => "\\f",
                // The other control characters, written as `\u00XX`.
                _ => "",
            };
            out.push_str(&self[plain..at]);
            if escape.is_empty() {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.push_str("\\u00");
                out.push(char::from(HEX[usize::from(byte >> 4)]));
                out.push(char::from(HEX[usize::from(byte & 0xF)]));
            } else {
                out.push_str(escape);
            }
            plain = at + 1;
        }
        out.push_str(&self[plain..]);
        out.push('"');
    }
}

impl ToJson for String {
    fn write_json(&self, out: &mut Out) {
        self.as_str().write_json(out);
    }
}

impl<T: ToJson + ?Sized> ToJson for &T {
    fn write_json(&self, out: &mut Out) {
        (**self).write_json(out);
    }
}

impl ToJson for bool {
    fn write_json(&self, out: &mut Out) {
        out.push_str(if *self { "true" } else { "false" });
    }
}

impl ToJson for u64 {
    fn write_json(&self, out: &mut Out) {
        // Digits from the last one back, in a buffer as long as the longest u64.
        let mut digits = [0u8; 20];
        let mut start = digits.len();
        let mut rest = *self;
        loop {
            start -= 1;
            digits[start] = b'0' + (rest % 10) as u8;
            rest /= 10;
            if rest == 0 {
                break;
            }
        }
        out.push_str(std::str::from_utf8(&digits[start..]).unwrap_or_default());
    }
}

impl ToJson for u32 {
    fn write_json(&self, out: &mut Out) {
        u64::from(*self).write_json(out);
    }
}

impl ToJson for usize {
    fn write_json(&self, out: &mut Out) {
        (*self as u64).write_json(out);
    }
}

impl ToJson for f64 {
    fn write_json(&self, out: &mut Out) {
        if self.is_finite() {
            out.push_str(zmij::Buffer::new().format_finite(*self));
        } else {
            out.push_str("null");
        }
    }
}

impl<T: ToJson> ToJson for Option<T> {
    fn write_json(&self, out: &mut Out) {
        match self {
            Some(value) => value.write_json(out),
            None => out.push_str("null"),
        }
    }
}

impl<T: ToJson> ToJson for [T] {
    fn write_json(&self, out: &mut Out) {
        out.push('[');
        for (index, item) in self.iter().enumerate() {
            if index > 0 {
                out.push(',');
            }
            item.write_json(out);
        }
        out.push(']');
    }
}

impl<T: ToJson> ToJson for Vec<T> {
    fn write_json(&self, out: &mut Out) {
        self.as_slice().write_json(out);
    }
}

impl<V: ToJson> ToJson for BTreeMap<String, V> {
    fn write_json(&self, out: &mut Out) {
        let mut object = Object::new(out);
        for (name, value) in self {
            object.entry(name, value);
        }
        object.end();
    }
}

/// A value read as JSON (options a caller passed), written back in a message.
impl ToJson for Value {
    fn write_json(&self, out: &mut Out) {
        match self {
            Value::Null => out.push_str("null"),
            Value::Bool(value) => value.write_json(out),
            Value::Number(number) => out.push_str(number),
            Value::String(text) => text.write_json(out),
            Value::Array(items) => items.write_json(out),
            Value::Object(fields) => {
                let mut object = Object::new(out);
                for (name, value) in fields {
                    object.entry(name, value);
                }
                object.end();
            }
        }
    }
}

/// Writes an object field by field.
pub struct Object<'a, 'sink> {
    out: &'a mut Out<'sink>,
    empty: bool,
}

impl<'a, 'sink> Object<'a, 'sink> {
    pub fn new(out: &'a mut Out<'sink>) -> Self {
        out.push('{');
        Object { out, empty: true }
    }

    /// A field under one of the code's own names, which hold nothing to
    /// escape: written as they are, without the scan a string gets.
    pub fn field(&mut self, name: &str, value: &(impl ToJson + ?Sized)) -> &mut Self {
        debug_assert!(name.bytes().all(|byte| byte.is_ascii_alphanumeric() || byte == b'_'), "{name}");
        self.separate();
        self.out.push('"');
        self.out.push_str(name);
        self.out.push_str("\":");
        value.write_json(self.out);
        self
    }

    /// A field under a name from the data (an outlet's, an option's).
    pub fn entry(&mut self, name: &str, value: &(impl ToJson + ?Sized)) -> &mut Self {
        self.separate();
        name.write_json(self.out);
        self.out.push(':');
        value.write_json(self.out);
        self
    }

    fn separate(&mut self) {
        if !self.empty {
            self.out.push(',');
        }
        self.empty = false;
    }

    /// Writes the field only when there is a value: absent rather than `null`.
    pub fn field_if_some<T: ToJson>(&mut self, name: &str, value: &Option<T>) -> &mut Self {
        match value {
            Some(value) => self.field(name, value),
            None => self,
        }
    }

    pub fn end(self) {
        self.out.push('}');
    }
}

/// Implements [`ToJson`] for a struct: each listed field, in order, under
/// the JSON name given.
macro_rules! json_object {
    ($type:ty { $($field:ident: $name:literal),+ $(,)? }) => {
        impl $crate::json::ToJson for $type {
            fn write_json(&self, out: &mut $crate::json::Out) {
                let mut object = $crate::json::Object::new(out);
                $( object.field($name, &self.$field); )+
                object.end();
            }
        }
    };
}
pub(crate) use json_object;

/// Implements [`ToJson`] for an enum with an `as_str` naming each variant.
macro_rules! json_as_str {
    ($type:ty) => {
        impl $crate::json::ToJson for $type {
            fn write_json(&self, out: &mut $crate::json::Out) {
                self.as_str().write_json(out);
            }
        }
    };
}
pub(crate) use json_as_str;

#[cfg(test)]
mod tests {
    use super::*;

    struct Entry {
        name: &'static str,
        count: usize,
        share: f64,
        note: Option<String>,
        tags: Vec<String>,
        by_outlet: BTreeMap<String, u32>,
    }

    json_object!(Entry {
        name: "name",
        count: "count",
        share: "share",
        note: "note",
        tags: "tags",
        by_outlet: "byOutlet"
    });

    #[test]
    fn strings_are_escaped_as_json_requires() {
        let cases = [
            ("plain", r#""plain""#),
            ("say \"hi\"", r#""say \"hi\"""#),
            ("back\\slash", r#""back\\slash""#),
            ("two\nlines\r\tand a tab", r#""two\nlines\r\tand a tab""#),
            ("bell\u{7} and \u{1f}", r#""bell\u0007 and \u001f""#),
            ("\u{8}\u{c}", r#""\b\f""#),
            ("Zoë “quoted” 🙂 \u{2028}", "\"Zoë “quoted” 🙂 \u{2028}\""),
            ("", r#""""#),
        ];
        for (text, expected) in cases {
            assert_eq!(to_json(text), expected, "{text:?}");
            assert_eq!(serde_json::from_str::<String>(&to_json(text)).unwrap(), text);
        }
        // Each kind of byte to escape at every place in and across eight-byte words.
        for special in ['"', '\\', '\n', '\u{0}', '\u{1f}'] {
            for at in 0..20 {
                let mut text: String = "Ferry é quay levy tide".chars().take(20).collect();
                text.insert(text.char_indices().nth(at).map_or(text.len(), |(i, _)| i), special);
                assert_eq!(to_json(&text), serde_json::to_string(&text).unwrap(), "{text:?}");
            }
        }
    }

    #[test]
    fn numbers_are_written_as_serde_json_writes_them() {
        let cases: [(f64, &str); 8] = [
            (1.5, "1.5"),
            (2.0, "2.0"),
            (-0.25, "-0.25"),
            (0.1 + 0.2, "0.30000000000000004"),
            (1e21, "1e+21"),
            (f64::NAN, "null"),
            (f64::INFINITY, "null"),
            (123456.789, "123456.789"),
        ];
        for (number, expected) in cases {
            assert_eq!(to_json(&number), expected);
            assert_eq!(to_json(&number), serde_json::to_string(&number).unwrap());
        }
        assert_eq!(to_json(&[0usize, 7, usize::MAX][..]), format!("[0,7,{}]", usize::MAX));
        assert_eq!(to_json(&u32::MAX), "4294967295");
        for whole in [0u64, 9, 10, 99, 100, 1_000_007, u64::MAX] {
            assert_eq!(to_json(&whole), serde_json::to_string(&whole).unwrap());
        }
    }

    #[test]
    fn structs_write_their_fields_in_order() {
        let entry = Entry {
            name: "Harbour Herald",
            count: 3,
            share: 0.5,
            note: None,
            tags: vec!["levy".to_string(), "ferry".to_string()],
            by_outlet: BTreeMap::from([("b".to_string(), 2), ("a".to_string(), 1)]),
        };
        assert_eq!(
            to_json(&entry),
            r#"{"name":"Harbour Herald","count":3,"share":0.5,"note":null,"tags":["levy","ferry"],"byOutlet":{"a":1,"b":2}}"#
        );
        let quoted_outlet = BTreeMap::from([("The \"Herald\"\n".to_string(), 1u32)]);
        assert_eq!(to_json(&quoted_outlet), r#"{"The \"Herald\"\n":1}"#, "names from the data are escaped");
        assert_eq!(to_json(&Vec::<Entry>::new()), "[]");
        assert_eq!(to_json(&BTreeMap::<String, f64>::new()), "{}");
    }

    #[test]
    fn the_text_is_written_into_a_string_of_its_exact_size() {
        let tags: Vec<String> = (0..500).map(|n| format!("tag “{n}”\n")).collect();
        let json = to_json(&tags);
        assert_eq!(json.capacity(), json.len());
        assert_eq!(json.len(), serde_json::to_string(&tags).unwrap().len());
    }

    #[test]
    fn pieces_join_into_the_text_and_each_is_about_the_size_asked() {
        let tags: Vec<String> = (0..500).map(|n| format!("tag “{n}” ✓\n")).collect();
        let whole = to_json(&tags);
        for piece_bytes in [1, 7, 64, 1000, whole.len(), whole.len() + 1] {
            let mut pieces: Vec<String> = Vec::new();
            to_json_in_pieces(&tags, piece_bytes, &mut |piece| pieces.push(piece.to_string()));
            assert_eq!(pieces.concat(), whole, "pieces of {piece_bytes}");
            assert!(pieces.iter().all(|piece| !piece.is_empty()), "pieces of {piece_bytes}");
            // Every piece but the last reached the size asked, and went no
            // further than the longest single part written (a tag here).
            let (last, full) = pieces.split_last().expect("at least one piece");
            assert!(last.len() <= piece_bytes.max(20), "pieces of {piece_bytes}: last {}", last.len());
            for piece in full {
                assert!(
                    piece.len() >= piece_bytes && piece.len() < piece_bytes + 20,
                    "pieces of {piece_bytes}: {}",
                    piece.len()
                );
            }
        }
        let mut pieces = 0;
        to_json_in_pieces(&Vec::<String>::new(), 16, &mut |_| pieces += 1);
        assert_eq!(pieces, 1, "an empty list is still the text []");
    }
}
