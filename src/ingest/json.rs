//! The JSON reader: exports of news APIs and databases. A file may be an
//! array of articles, an object holding one (`{"articles": [...]}`,
//! `{"response": {"results": [...]}}`), a single article object, JSON-LD
//! (`@graph`, `NewsArticle`), or NDJSON (one object per line). Field names
//! are matched through [`record`](super::record)'s synonyms; values may be
//! nested the way APIs nest them (`source.name`, `author[].name`,
//! `headline.main`, the Guardian API's `fields`).

use crate::json::{parse, Map, Value};

use super::draft::Draft;
use super::record::{self, Fields, Role};

/// Keys under which exports keep their list of articles.
const CONTAINERS: &[&str] = &[
    "articles",
    "items",
    "data",
    "results",
    "posts",
    "entries",
    "documents",
    "docs",
    "stories",
    "news",
    "hits",
    "response",
    "value",
    "records",
    "rows",
];

/// Exports nest articles at most this deep.
const MAX_DEPTH: usize = 6;

/// Keys of a nested object that hold the value a field means.
const NESTED_VALUE_KEYS: &[&str] =
    &["name", "main", "original", "value", "text", "@value", "title", "@id", "url", "href"];

pub fn read(text: &str) -> Result<Vec<Draft>, String> {
    let values = match parse(text) {
        Ok(value) => vec![value],
        Err(error) => ndjson(text).unwrap_or_else(|| Err(format!("malformed JSON: {error}")))?,
    };
    let mut drafts = Vec::new();
    for value in &values {
        collect(value, 0, &mut drafts);
    }
    Ok(drafts)
}

/// One JSON value per line; `None` when the first line is not a JSON object.
fn ndjson(text: &str) -> Option<Result<Vec<Value>, String>> {
    let mut lines = text.lines().enumerate().filter(|(_, line)| !line.trim().is_empty());
    let (_, first) = lines.next()?;
    let first = parse(first).ok().filter(Value::is_object)?;
    let mut values = vec![first];
    for (index, line) in lines {
        match parse(line) {
            Ok(value) => values.push(value),
            Err(error) => return Some(Err(format!("malformed JSON on line {} of NDJSON: {error}", index + 1))),
        }
    }
    Some(Ok(values))
}

fn collect(value: &Value, depth: usize, drafts: &mut Vec<Draft>) {
    if depth > MAX_DEPTH {
        return;
    }
    match value {
        Value::Array(items) => items.iter().for_each(|item| collect(item, depth + 1, drafts)),
        Value::Object(object) => {
            if let Some(graph) = object.get("@graph") {
                return collect(graph, depth + 1, drafts);
            }
            if let Some(draft) = article(object) {
                return drafts.push(draft);
            }
            let inner = CONTAINERS.iter().find_map(|key| {
                object
                    .iter()
                    .find(|(name, value)| name.eq_ignore_ascii_case(key) && (value.is_array() || value.is_object()))
            });
            if let Some((_, inner)) = inner {
                collect(inner, depth + 1, drafts);
            }
        }
        _ => {}
    }
}

fn article(object: &Map) -> Option<Draft> {
    let mut fields = Fields::default();
    offer_all(object, &mut fields);
    if let Some(Value::Object(inner)) = object.get("fields") {
        offer_all(inner, &mut fields);
    }
    fields.into_draft()
}

fn offer_all(object: &Map, fields: &mut Fields) {
    for (name, value) in object {
        let Some((role, _)) = record::role(name) else { continue };
        let joiner = if role == Role::Body { "\n" } else { ", " };
        if let Some(text) = text_of(value, joiner) {
            fields.offer(name, &text);
        }
    }
}

/// The text a field's value stands for: strings as they are, lists joined,
/// objects by their `name` (or `main`, `original`, `@id`, ...).
fn text_of(value: &Value, joiner: &str) -> Option<String> {
    match value {
        Value::String(text) => Some(text.clone()),
        Value::Number(number) => Some(number.clone()),
        Value::Array(items) => {
            let parts: Vec<String> = items.iter().filter_map(|item| text_of(item, joiner)).collect();
            (!parts.is_empty()).then(|| parts.join(joiner))
        }
        Value::Object(object) => NESTED_VALUE_KEYS.iter().find_map(|key| match object.get(key) {
            Some(Value::String(text)) if !text.trim().is_empty() => Some(text.clone()),
            _ => None,
        }),
        Value::Bool(_) | Value::Null => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headlines(json: &str) -> Vec<String> {
        read(json).unwrap().into_iter().map(|draft| draft.headline.unwrap_or_default()).collect()
    }

    #[test]
    fn finds_articles_in_every_shape_of_export() {
        let cases: &[(&str, &[&str])] = &[
            (r#"[{"title": "A", "body": "x"}, {"title": "B", "text": "y"}, 3, null]"#, &["A", "B"]),
            (r#"{"status": "ok", "articles": [{"title": "A", "content": "x"}]}"#, &["A"]),
            (r#"{"response": {"results": [{"webTitle": "A", "fields": {"bodyText": "x"}}]}}"#, &["A"]),
            (r#"{"title": "A", "content_original": "x"}"#, &["A"]),
            (
                r#"{"@context": "https://schema.org", "@graph": [{"@type": "WebSite"}, {"@type": "NewsArticle", "headline": "A", "articleBody": "x"}]}"#,
                &["A"],
            ),
            ("{\"title\": \"A\", \"body\": \"x\"}\n\n{\"title\": \"B\", \"body\": \"y\"}\n", &["A", "B"]),
            (r#"{"response": {"docs": [{"headline": {"main": "A"}, "lead_paragraph": "x"}]}}"#, &["A"]),
            (r#"{"articles": [{"title": "No body"}]}"#, &[]),
        ];
        for (json, expected) in cases {
            assert_eq!(headlines(json), *expected, "json {json}");
        }
    }

    #[test]
    fn reads_nested_and_synonymous_fields() {
        let json = r#"{"source": {"id": null, "name": "Harbour Herald"}, "author": [{"@type": "Person", "name": "Mara Lindqvist"}, {"name": "Ola Berg"}],
            "publishedAt": "2025-03-14T09:00:00Z", "url": "https://harbour-herald.example/a", "title": "Harbour reopens",
            "description": "Short.", "content": "masked", "content_original": "First.\n\nSecond."}"#;
        let draft = read(json).unwrap().remove(0);
        assert_eq!(
            draft,
            Draft {
                outlet: Some("Harbour Herald".into()),
                headline: Some("Harbour reopens".into()),
                byline: Some("Mara Lindqvist, Ola Berg".into()),
                date: Some("2025-03-14T09:00:00Z".into()),
                dateline: None,
                url: Some("https://harbour-herald.example/a".into()),
                paragraphs: vec!["First.".into(), "Second.".into()],
                outlet_hint: None,
            }
        );
    }

    #[test]
    fn malformed_json_is_an_error_with_its_place() {
        let cases = [
            (r#"{"articles": [{"title": "A""#, "malformed JSON: EOF while parsing an object at line 1 column 27"),
            (
                "{\"title\": \"A\", \"body\": \"x\"}\n{\"title\": ",
                "malformed JSON on line 2 of NDJSON: EOF while parsing a value at line 1 column 10",
            ),
            (
                &format!("{}1{}", "[".repeat(200), "]".repeat(200)),
                "malformed JSON: recursion limit exceeded at line 1 column 128",
            ),
        ];
        for (json, message) in cases {
            assert_eq!(read(json).unwrap_err(), message, "json {json}");
        }
    }
}
