//! Records: an article stored as named fields (a JSON object, a CSV row,
//! Markdown front matter). Files name the same field many ways; this module
//! owns the synonyms and which name wins when a record has several.
//!
//! The body is the first non-empty field in [`BODY_KEYS`] order: full
//! untokenised text first (`articleBody`, `body`, `content_original`, then
//! `text` and `content`), summaries last. So a record with both `content`
//! and `content_original` (Article-Bias-Prediction exports, where `content`
//! is a tokenised, masked copy) is read from `content_original`.

use super::draft::{body_paragraphs, Draft};

/// What a field holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Headline,
    Body,
    Outlet,
    Byline,
    Date,
    Url,
    Dateline,
}

/// Field names of the body, most preferred first.
const BODY_KEYS: &[&str] = &[
    "articlebody",
    "body",
    "content_original",
    "contentoriginal",
    "original_content",
    "bodytext",
    "body_text",
    "fulltext",
    "full_text",
    "text",
    "content",
    "content:encoded",
    "story",
    "article",
    "article_text",
    "lead_paragraph",
    "description",
    "summary",
    "abstract",
    "snippet",
    "excerpt",
];

const OTHER_KEYS: &[(Role, &[&str])] = &[
    (Role::Headline, &["headline", "title", "webtitle", "heading", "header", "head"]),
    (
        Role::Outlet,
        &[
            "outlet",
            "source",
            "publisher",
            "publication",
            "site_name",
            "sitename",
            "site",
            "source_name",
            "sourcename",
            "newspaper",
            "media",
            "provider",
            "source_url",
            "source_domain",
            "domain",
        ],
    ),
    (Role::Byline, &["byline", "author", "authors", "creator", "dc:creator", "writer", "writers", "by"]),
    (
        Role::Date,
        &[
            "publishedat",
            "published_at",
            "datepublished",
            "date_published",
            "pubdate",
            "pub_date",
            "publishdate",
            "publish_date",
            "publication_date",
            "publicationdate",
            "webpublicationdate",
            "published",
            "date",
            "dc:date",
            "datecreated",
            "created_at",
            "issued",
        ],
    ),
    (Role::Url, &["url", "link", "weburl", "web_url", "href", "permalink", "canonical_url", "mainentityofpage"]),
    (Role::Dateline, &["dateline", "location", "place"]),
];

/// The role of a field and its rank (lower is preferred) among fields of that role.
pub fn role(name: &str) -> Option<(Role, usize)> {
    let name = crate::case::lowercase(name.trim());
    if let Some(rank) = BODY_KEYS.iter().position(|key| *key == name) {
        return Some((Role::Body, rank));
    }
    OTHER_KEYS.iter().find_map(|(role, keys)| keys.iter().position(|key| *key == name).map(|rank| (*role, rank)))
}

/// Gathers a record's fields by role, keeping the preferred one of each.
#[derive(Debug, Default)]
pub struct Fields {
    found: Vec<(Role, usize, String)>,
}

impl Fields {
    /// Offers a field; empty values never win, and of two fields with the same name the later wins.
    pub fn offer(&mut self, name: &str, value: &str) {
        let value = value.trim();
        let Some((role, rank)) = role(name) else { return };
        if value.is_empty() {
            return;
        }
        match self.found.iter_mut().find(|(known, _, _)| *known == role) {
            Some(slot) if rank <= slot.1 => *slot = (role, rank, value.to_string()),
            Some(_) => {}
            None => self.found.push((role, rank, value.to_string())),
        }
    }

    pub fn get(&self, role: Role) -> Option<&str> {
        self.found.iter().find(|(known, _, _)| *known == role).map(|(_, _, value)| value.as_str())
    }

    pub fn take(&mut self, role: Role) -> Option<String> {
        let index = self.found.iter().position(|(known, _, _)| *known == role)?;
        Some(self.found.swap_remove(index).2)
    }

    /// The record as a draft article; `None` without a body.
    pub fn into_draft(mut self) -> Option<Draft> {
        let body = self.take(Role::Body)?;
        Some(Draft {
            outlet: self.take(Role::Outlet),
            headline: self.take(Role::Headline),
            byline: self.take(Role::Byline),
            date: self.take(Role::Date),
            dateline: self.take(Role::Dateline),
            url: self.take(Role::Url),
            paragraphs: body_paragraphs(&body),
            outlet_hint: None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn knows_synonyms_and_prefers_full_bodies() {
        let cases = [
            ("Title", Some((Role::Headline, 1))),
            ("publishedAt", Some((Role::Date, 0))),
            ("content_original", Some((Role::Body, 2))),
            ("Source", Some((Role::Outlet, 1))),
            ("ID", None),
        ];
        for (name, expected) in cases {
            assert_eq!(role(name), expected, "{name}");
        }
        let mut fields = Fields::default();
        for (name, value) in
            [("content", "masked copy"), ("description", "summary"), ("content_original", "the body"), ("body", " ")]
        {
            fields.offer(name, value);
        }
        assert_eq!(fields.get(Role::Body), Some("the body"));
        assert_eq!(fields.take(Role::Body).as_deref(), Some("the body"));
        assert_eq!(fields.get(Role::Body), None);
    }
}
