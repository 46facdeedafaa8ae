//! Reading the caller's options and filters from JSON: each options struct
//! names its fields once (with [`options_from_json!`]) and gets a reader that
//! starts from its defaults, refuses unknown fields (so that a misspelt name
//! is reported instead of silently ignored) and names the field and the value
//! of any wrong type.
//!
//! Written by hand rather than derived with serde: the readers share one small
//! generic core, where derived deserialisers cost the wasm about 13 KB gzipped.

use crate::json::{Map, Value};

/// A value that can be read from the JSON of an option. `path` is where the
/// value sits (`keywords.limit`), for messages.
pub trait FromJson: Sized {
    fn from_json(value: &Value, path: &str) -> Result<Self, String>;
}

/// Reads `T` from JSON text; `null` gives `T`'s defaults.
pub fn parse<T: FromJson + Default>(json: &str) -> Result<T, String> {
    match value_of(json)? {
        Value::Null => Ok(T::default()),
        value => T::from_json(&value, ""),
    }
}

// Not inlined: one copy of the JSON reader serves every options type.
#[inline(never)]
fn value_of(json: &str) -> Result<Value, String> {
    crate::json::parse(json).map_err(|error| error.to_string())
}

/// The fields of an options object, once it is known to be an object that
/// names no field outside `known`.
pub fn fields<'a>(value: &'a Value, path: &str, known: &[&str]) -> Result<&'a Map, String> {
    let Value::Object(fields) = value else {
        return Err(expected(path, "an object", value));
    };
    if let Some(unknown) = fields.keys().find(|name| !known.contains(&name.as_str())) {
        let expected: Vec<String> = known.iter().map(|name| format!("`{name}`")).collect();
        return Err(format!("unknown field `{}`, expected one of {}", join(path, unknown), expected.join(", ")));
    }
    Ok(fields)
}

/// Reads field `name` of `fields` into `slot`, if it is there. One copy per
/// type of field rather than per field of every options struct.
pub fn read<T: FromJson>(fields: &Map, path: &str, name: &str, slot: &mut T) -> Result<(), String> {
    if let Some(value) = fields.get(name) {
        *slot = T::from_json(value, &join(path, name))?;
    }
    Ok(())
}

/// `path.name`, or `name` at the top.
pub fn join(path: &str, name: &str) -> String {
    if path.is_empty() {
        name.to_string()
    } else {
        format!("{path}.{name}")
    }
}

fn expected(path: &str, what: &str, found: &Value) -> String {
    let mut found = crate::json::to_json(found);
    if found.len() > 40 {
        let cut = (0..=40).rev().find(|&at| found.is_char_boundary(at)).unwrap_or(0);
        found.truncate(cut);
        found.push('…');
    }
    if path.is_empty() {
        format!("invalid type: expected {what}, found {found}")
    } else {
        format!("invalid type for `{path}`: expected {what}, found {found}")
    }
}

fn whole_number(value: &Value, path: &str, max: u64) -> Result<u64, String> {
    value
        .as_u64()
        .filter(|&number| number <= max)
        .ok_or_else(|| expected(path, &format!("a whole number from 0 to {max}"), value))
}

impl FromJson for usize {
    fn from_json(value: &Value, path: &str) -> Result<Self, String> {
        // Limits are byte and article counts; u32 keeps them the same on 32-bit wasm and native.
        whole_number(value, path, u64::from(u32::MAX)).map(|number| number as usize)
    }
}

impl FromJson for u32 {
    fn from_json(value: &Value, path: &str) -> Result<Self, String> {
        whole_number(value, path, u64::from(u32::MAX)).map(|number| number as u32)
    }
}

impl FromJson for bool {
    fn from_json(value: &Value, path: &str) -> Result<Self, String> {
        value.as_bool().ok_or_else(|| expected(path, "true or false", value))
    }
}

impl FromJson for String {
    fn from_json(value: &Value, path: &str) -> Result<Self, String> {
        value.as_str().map(str::to_string).ok_or_else(|| expected(path, "a string", value))
    }
}

impl<T: FromJson> FromJson for Option<T> {
    fn from_json(value: &Value, path: &str) -> Result<Self, String> {
        if value.is_null() {
            Ok(None)
        } else {
            T::from_json(value, path).map(Some)
        }
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn from_json(value: &Value, path: &str) -> Result<Self, String> {
        let Value::Array(items) = value else {
            return Err(expected(path, "a list", value));
        };
        items.iter().enumerate().map(|(index, item)| T::from_json(item, &format!("{path}[{index}]"))).collect()
    }
}

/// Implements [`FromJson`] for an options struct with a `Default`: each
/// listed field is read from the JSON name given, every other field keeps its
/// default.
macro_rules! options_from_json {
    ($type:ty { $($field:ident: $name:literal),+ $(,)? }) => {
        impl $crate::options::FromJson for $type {
            fn from_json(value: &$crate::json::Value, path: &str) -> Result<Self, String> {
                let fields = $crate::options::fields(value, path, &[$($name),+])?;
                let mut options = Self::default();
                $($crate::options::read(fields, path, $name, &mut options.$field)?;)+
                Ok(options)
            }
        }
    };
}
pub(crate) use options_from_json;

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, PartialEq)]
    struct Inner {
        limit: u32,
        words: Vec<String>,
    }

    impl Default for Inner {
        fn default() -> Self {
            Inner { limit: 7, words: vec!["harbour".to_string()] }
        }
    }

    #[derive(Debug, Default, PartialEq)]
    struct Outer {
        max_bytes: usize,
        strict: bool,
        since: Option<String>,
        inner: Inner,
    }

    options_from_json!(Inner { limit: "limit", words: "words" });
    options_from_json!(Outer { max_bytes: "maxBytes", strict: "strict", since: "since", inner: "inner" });

    #[test]
    fn fields_are_read_and_the_rest_keep_their_defaults() {
        let cases: &[(&str, Outer)] = &[
            ("null", Outer::default()),
            ("{}", Outer::default()),
            (r#"{"maxBytes": 10, "strict": true}"#, Outer { max_bytes: 10, strict: true, ..Outer::default() }),
            (r#"{"since": "2026-01-02"}"#, Outer { since: Some("2026-01-02".to_string()), ..Outer::default() }),
            (r#"{"since": null}"#, Outer::default()),
            (
                r#"{"inner": {"words": ["ferry", "levy"]}}"#,
                Outer {
                    inner: Inner { limit: 7, words: vec!["ferry".to_string(), "levy".to_string()] },
                    ..Outer::default()
                },
            ),
        ];
        for (json, expected) in cases {
            assert_eq!(parse::<Outer>(json).as_ref(), Ok(expected), "{json}");
        }
    }

    #[test]
    fn unknown_fields_and_wrong_types_are_named() {
        let cases = [
            (r#"{"maxByte": 10}"#, "unknown field `maxByte`, expected one of `maxBytes`, `strict`, `since`, `inner`"),
            (r#"{"inner": {"limits": 1}}"#, "unknown field `inner.limits`, expected one of `limit`, `words`"),
            ("[1]", "invalid type: expected an object, found [1]"),
            (
                r#"{"maxBytes": -1}"#,
                "invalid type for `maxBytes`: expected a whole number from 0 to 4294967295, found -1",
            ),
            (
                r#"{"maxBytes": 2.5}"#,
                "invalid type for `maxBytes`: expected a whole number from 0 to 4294967295, found 2.5",
            ),
            (
                r#"{"inner": {"limit": 4294967296}}"#,
                "invalid type for `inner.limit`: expected a whole number from 0 to 4294967295, found 4294967296",
            ),
            (r#"{"strict": "yes"}"#, "invalid type for `strict`: expected true or false, found \"yes\""),
            (r#"{"since": 20260102}"#, "invalid type for `since`: expected a string, found 20260102"),
            (r#"{"inner": {"words": "ferry"}}"#, "invalid type for `inner.words`: expected a list, found \"ferry\""),
            (r#"{"inner": {"words": ["ferry", 3]}}"#, "invalid type for `inner.words[1]`: expected a string, found 3"),
            (
                r#"{"since": ["a long list of words that goes on well past forty characters"]}"#,
                "invalid type for `since`: expected a string, found [\"a long list of words that goes on well…",
            ),
        ];
        for (json, message) in cases {
            assert_eq!(parse::<Outer>(json), Err(message.to_string()), "{json}");
        }
        assert!(parse::<Outer>("{").unwrap_err().starts_with("EOF while parsing an object"));
    }
}
