//! The plain-text reader: a file of text becomes an article whose first short
//! line is the headline and whose paragraphs are the remaining blocks of lines.

use super::Article;

/// A headline is a short first line that does not end a sentence.
const MAX_HEADLINE_CHARS: usize = 200;

pub fn read(text: &str) -> Vec<Article> {
    let mut paragraphs = text.split('\n').map(str::trim).filter(|line| !line.is_empty());
    let Some(first) = paragraphs.next() else {
        return Vec::new();
    };
    let first_is_headline = first.chars().count() <= MAX_HEADLINE_CHARS && !first.ends_with(['.', '!', '?']);
    let (headline, body) = if first_is_headline {
        (Some(first.to_string()), paragraphs.collect::<Vec<_>>())
    } else {
        (None, std::iter::once(first).chain(paragraphs).collect())
    };
    if body.is_empty() {
        return vec![Article { text: first.to_string(), ..Article::default() }];
    }
    vec![Article { headline, text: body.join("\n\n"), ..Article::default() }]
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn a_single_line_is_the_body() {
        let articles = read("Harbour reopens");
        assert_eq!(articles[0].headline, None);
        assert_eq!(articles[0].text, "Harbour reopens");
    }
}
