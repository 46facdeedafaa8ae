//! Drafts are what every reader hands over: one article's raw fields as the
//! file wrote them, and its paragraphs. [`Draft::finish`] turns a draft into a
//! clean [`Article`] the same way for every format: furniture lines and
//! spliced-in promotions leave the body, the dateline is cut from the first
//! paragraph, a repeat of the headline at the top of the body goes, and the
//! outlet, byline and date are normalised.

use super::fields::{byline, date, dateline, outlet};
use super::furniture::{self, Line};
use super::markup::{self, collapse_whitespace, Dom};
use super::Article;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Draft {
    pub outlet: Option<String>,
    pub headline: Option<String>,
    pub byline: Option<String>,
    pub date: Option<String>,
    pub dateline: Option<String>,
    pub url: Option<String>,
    pub paragraphs: Vec<String>,
    /// An outlet named in passing ("Read more from …:"): weaker evidence
    /// than a dateline's agency, stronger than a web address.
    pub outlet_hint: Option<String>,
}

impl Draft {
    /// The clean article, or `None` when no body text is left.
    pub fn finish(mut self) -> Option<Article> {
        self.remove_furniture();
        self.finish_clean()
    }

    /// Drops furniture paragraphs (reading a sign-off's reporters and a link
    /// list's outlet on the way) and promotions spliced into paragraphs.
    fn remove_furniture(&mut self) {
        let mut kept = Vec::with_capacity(self.paragraphs.len());
        for paragraph in std::mem::take(&mut self.paragraphs) {
            // One paragraph is one line: breaks inside it become spaces.
            let paragraph = collapse_whitespace(&paragraph);
            let paragraph = furniture::strip_inline(&paragraph);
            match furniture::classify(&paragraph) {
                Line::Text => kept.push(paragraph.into_owned()),
                Line::Signoff => self.byline = self.byline.take().or_else(|| byline::from_signoff(&paragraph)),
                Line::LinkList(named) => self.outlet_hint = self.outlet_hint.take().or(named),
                _ => {}
            }
        }
        self.paragraphs = kept;
    }

    /// The article from a draft whose paragraphs hold no furniture: the
    /// headline's repeat and the dateline leave the body, the fields are
    /// normalised. `None` when no body text is left.
    pub fn finish_clean(self) -> Option<Article> {
        let headline = self.headline.as_deref().map(|h| collapse_whitespace(h).into_owned()).filter(|h| !h.is_empty());
        let mut outlet = self.outlet.as_deref().and_then(outlet::canonical);
        let mut paragraphs = self.paragraphs;
        if let (Some(headline), Some(first)) = (&headline, paragraphs.first()) {
            if same_words(headline, first) {
                paragraphs.remove(0);
            }
        }
        let mut place = self.dateline.as_deref().map(|d| collapse_whitespace(d).into_owned()).filter(|d| !d.is_empty());
        let mut month_day = None;
        if let Some(found) = paragraphs.first().and_then(|first| dateline::find(first)) {
            let body = paragraphs[0][found.body_start..].to_string();
            paragraphs[0] = body;
            place = place.or(Some(found.place));
            outlet = outlet.or_else(|| found.agency.as_deref().and_then(outlet::canonical));
            month_day = found.month_day;
        }
        paragraphs.retain(|paragraph| !paragraph.is_empty());
        if paragraphs.is_empty() {
            return None;
        }
        // A URL holds no white space: a line break an export left inside one
        // (a JSON "\r", a CSV field over two lines) is dropped.
        let url = self.url.map(|url| url.split_whitespace().collect::<String>()).filter(|url| !url.is_empty());
        let hinted = self.outlet_hint.as_deref().and_then(outlet::canonical);
        outlet = outlet.or(hinted).or_else(|| url.as_deref().and_then(outlet::from_url));
        Some(Article {
            outlet,
            headline,
            byline: self.byline.as_deref().and_then(byline::from_field),
            date: self.date.as_deref().and_then(|raw| date::parse(raw, month_day)),
            dateline: place,
            url,
            text: paragraphs.join("\n\n"),
        })
    }
}

/// The paragraphs of a body field: HTML is rendered as text, plain text is
/// split at its line breaks (one line is one paragraph, so no two paragraphs
/// are ever glued together).
pub fn body_paragraphs(body: &str) -> Vec<String> {
    let looks_like_html = body.match_indices('<').any(|(at, _)| {
        let tag = &body.as_bytes()[at + 1..];
        let is = |name: &[u8]| {
            tag.len() > name.len()
                && tag[..name.len()].eq_ignore_ascii_case(name)
                && matches!(tag[name.len()], b'>' | b' ' | b'/')
        };
        is(b"p") || is(b"/p") || is(b"br") || is(b"/div") || is(b"div")
    });
    if looks_like_html {
        return markup::text::paragraphs(&Dom::parse_html(body), Dom::ROOT);
    }
    body.split('\n').map(str::trim).filter(|line| !line.is_empty()).map(String::from).collect()
}

/// Whether two texts have the same words, ignoring case, punctuation and quote styles.
pub fn same_words(a: &str, b: &str) -> bool {
    let words = |text: &str| -> Vec<String> {
        text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(crate::case::lowercase).collect()
    };
    let (a, b) = (words(a), words(b));
    !a.is_empty() && a == b
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft(paragraphs: &[&str]) -> Draft {
        Draft { paragraphs: paragraphs.iter().map(|p| p.to_string()).collect(), ..Draft::default() }
    }

    #[test]
    fn finishing_cleans_the_body_and_reads_the_dateline() {
        let article = Draft {
            headline: Some("Harbour  reopens".into()),
            date: Some("03-07-2025".into()),
            ..draft(&[
                "Harbour reopens",
                "PORT ELLERY, July 3 (Harbour Herald) - The harbour reopened.",
                "FILE PHOTO: The quay at dawn. REUTERS/Ola Berg",
                "Ships  queued.\nCranes moved.",
                "Reporting by Saskia Brandt; Editing by Colm Devereux",
            ])
        }
        .finish()
        .unwrap();
        assert_eq!(
            article,
            Article {
                outlet: Some("Harbour Herald".into()),
                headline: Some("Harbour reopens".into()),
                byline: Some("Saskia Brandt".into()),
                date: Some("2025-07-03".into()),
                dateline: Some("PORT ELLERY".into()),
                url: None,
                text: "The harbour reopened.\n\nShips queued. Cranes moved.".into(),
            }
        );
    }

    #[test]
    fn explicit_fields_win_over_hints() {
        let article = Draft {
            outlet: Some("REUTERS".into()),
            byline: Some("By Mara Lindqvist | 3 Minute Read".into()),
            url: Some("https://harbour-herald.example/a".into()),
            ..draft(&["PORT ELLERY (Northgate Wire) - Text."])
        }
        .finish()
        .unwrap();
        assert_eq!(article.outlet.as_deref(), Some("Reuters"));
        assert_eq!(article.byline.as_deref(), Some("Mara Lindqvist"));
        let from_url = Draft { url: Some("https://harbour-herald.example/a".into()), ..draft(&["Text."]) };
        assert_eq!(from_url.finish().unwrap().outlet.as_deref(), Some("Harbour Herald"));
        // Found by the ingest_json fuzz target: a JSON "\r" inside the url field.
        let broken = Draft { url: Some(" https://harbour-herald.example/dredg\rs\n".into()), ..draft(&["Text."]) };
        assert_eq!(broken.finish().unwrap().url.as_deref(), Some("https://harbour-herald.example/dredgs"));
        let from_list = draft(&["Text.", "Read more from Valley Courier:"]);
        assert_eq!(from_list.finish().unwrap().outlet.as_deref(), Some("Valley Courier"));
    }

    #[test]
    fn bodies_split_into_paragraphs_whatever_their_markup() {
        let cases: &[(&str, &[&str])] = &[
            ("One.\n\nTwo.\nThree.", &["One.", "Two.", "Three."]),
            ("<p>One &amp; all.</p><p>Two.</p>", &["One & all.", "Two."]),
            ("Line one<br>Line two", &["Line one", "Line two"]),
            ("Prices rose 3% < 5% forecast.", &["Prices rose 3% < 5% forecast."]),
        ];
        for (body, expected) in cases {
            assert_eq!(body_paragraphs(body), *expected, "body {body:?}");
        }
    }

    #[test]
    fn a_draft_without_body_text_is_no_article() {
        assert_eq!(draft(&["Image:", "  ", "Related Articles"]).finish(), None);
        assert_eq!(Draft { headline: Some("Only a headline".into()), ..draft(&["Only a headline"]) }.finish(), None);
    }
}
