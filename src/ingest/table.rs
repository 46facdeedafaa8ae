//! The CSV/TSV reader: one article per row. Fields follow RFC 4180 (quotes
//! around fields, `""` for a quote, line breaks inside quoted fields). The
//! first row is the header when it names columns newslens knows (through
//! [`record`](super::record)'s synonyms); without one, the columns are
//! guessed from their content: the longest text is the body, a column of
//! dates the date, a column of web addresses the URL, a column of short
//! lines the headline.

use super::draft::Draft;
use super::fields::date;
use super::record::{self, Fields};

pub fn read(text: &str, separator: char) -> Result<Vec<Draft>, String> {
    let rows = rows(text, separator)?;
    let Some((first, data)) = rows.split_first() else {
        return Ok(Vec::new());
    };
    let known = first.iter().filter(|name| record::role(name).is_some()).count();
    let header_names: Vec<String>;
    let (names, data) = if known > 0 && first.iter().all(|name| name.chars().count() <= 60) {
        (first, data)
    } else {
        header_names = guess_columns(&rows);
        (&header_names, rows.as_slice())
    };
    let drafts = data
        .iter()
        .filter_map(|row| {
            let mut fields = Fields::default();
            for (name, value) in names.iter().zip(row) {
                fields.offer(name, value);
            }
            fields.into_draft()
        })
        .collect();
    Ok(drafts)
}

/// Parses records; a quoted field that never closes is an error.
fn rows(text: &str, separator: char) -> Result<Vec<Vec<String>>, String> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut chars = text.chars().peekable();
    let mut line = 1;
    let mut quoted_since = None;
    let mut at_field_start = true;
    while let Some(c) = chars.next() {
        if c == '\n' {
            line += 1;
        }
        if quoted_since.is_some() {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => quoted_since = None,
                _ => field.push(c),
            }
            continue;
        }
        match c {
            '"' if at_field_start => {
                quoted_since = Some(line);
                at_field_start = false;
            }
            _ if c == separator => {
                row.push(std::mem::take(&mut field));
                at_field_start = true;
            }
            '\n' => {
                row.push(std::mem::take(&mut field));
                if row.iter().any(|field| !field.trim().is_empty()) {
                    rows.push(std::mem::take(&mut row));
                }
                row.clear();
                at_field_start = true;
            }
            _ => {
                field.push(c);
                at_field_start = false;
            }
        }
    }
    if let Some(start) = quoted_since {
        return Err(format!("malformed {}: the quoted field that starts on line {start} never ends", name(separator)));
    }
    row.push(field);
    if row.iter().any(|field| !field.trim().is_empty()) {
        rows.push(row);
    }
    Ok(rows)
}

fn name(separator: char) -> &'static str {
    if separator == '\t' {
        "TSV"
    } else {
        "CSV"
    }
}

/// Column names for a table without a header, from what the columns hold.
fn guess_columns(rows: &[Vec<String>]) -> Vec<String> {
    let columns = rows.iter().map(Vec::len).max().unwrap_or(0);
    let cells = |column: usize| rows.iter().filter_map(move |row| row.get(column)).map(|cell| cell.trim());
    let mean_chars = |column: usize| {
        let (total, count) =
            cells(column).fold((0, 0), |(total, count), cell| (total + cell.chars().count(), count + 1));
        total / count.max(1)
    };
    let mostly = |column: usize, test: &dyn Fn(&str) -> bool| {
        let matching = cells(column).filter(|cell| test(cell)).count();
        matching * 2 > rows.len()
    };
    let mut names = vec![String::new(); columns];
    let body = (0..columns).max_by_key(|&column| mean_chars(column));
    for column in 0..columns {
        let role = if Some(column) == body {
            "body"
        } else if mostly(column, &|cell| cell.starts_with("http://") || cell.starts_with("https://")) {
            "url"
        } else if mostly(column, &|cell| date::is_date(cell) && cell.split_whitespace().count() <= 6) {
            "date"
        } else if (15..=200).contains(&mean_chars(column)) {
            "headline"
        } else {
            continue;
        };
        if !names.iter().any(|name| name == role) {
            names[column] = role.to_string();
        }
    }
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_rows_with_quoted_fields_and_line_breaks() {
        let csv = "Title,Outlet,Published,Text\r\n\"Harbour reopens\",Harbour Herald,2025-03-14,\"First, with a comma.\n\nSecond \"\"quoted\"\".\"\n\nLevy vote,Valley Courier,2025-03-15,The council voted.\n";
        let drafts = read(&csv.replace("\r\n", "\n"), ',').unwrap();
        assert_eq!(drafts.len(), 2);
        assert_eq!(
            drafts[0],
            Draft {
                outlet: Some("Harbour Herald".into()),
                headline: Some("Harbour reopens".into()),
                date: Some("2025-03-14".into()),
                paragraphs: vec!["First, with a comma.".into(), "Second \"quoted\".".into()],
                ..Draft::default()
            }
        );
        assert_eq!(drafts[1].headline.as_deref(), Some("Levy vote"));
    }

    #[test]
    fn guesses_columns_without_a_header() {
        let tsv = "Harbour reopens to freight\t2025-03-14\thttps://harbour-herald.example/a\tThe harbour reopened on Friday after six weeks of repairs.\n\
                   Council approves the levy\t2025-03-15\thttps://valley-courier.example/b\tThe council approved a levy late on Friday night.\n";
        let drafts = read(tsv, '\t').unwrap();
        assert_eq!(drafts.len(), 2);
        assert_eq!(drafts[0].headline.as_deref(), Some("Harbour reopens to freight"));
        assert_eq!(drafts[0].date.as_deref(), Some("2025-03-14"));
        assert_eq!(drafts[0].url.as_deref(), Some("https://harbour-herald.example/a"));
        assert_eq!(drafts[0].paragraphs, ["The harbour reopened on Friday after six weeks of repairs."]);
    }

    #[test]
    fn an_unclosed_quote_is_an_error_naming_its_line() {
        let error = read("title,body\nA,\"never\nclosed\n", ',').unwrap_err();
        assert_eq!(error, "malformed CSV: the quoted field that starts on line 2 never ends");
    }
}
