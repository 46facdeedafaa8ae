//! Page metadata: what a saved page says about its article in `<title>`,
//! `<meta>` tags (`og:*`, `article:*`, `twitter:*`, Dublin Core, Parse.ly,
//! `name="author"`), `<link rel="canonical">`, `<time datetime>` and JSON-LD
//! (`NewsArticle` and kin: headline, author, datePublished, publisher).
//! Explicit metadata is preferred in the order news sites use it most
//! reliably: JSON-LD first, then Open Graph and the other `<meta>` tags, then
//! the document title.

use crate::json::Value;

use super::super::markup::Dom;
use crate::search;

#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Metadata {
    pub headline: Option<String>,
    /// The `<title>`, with the site name after a separator removed: used to
    /// recognise a heading that repeats it.
    pub title: Option<String>,
    pub byline: Option<String>,
    pub site_name: Option<String>,
    pub published: Option<String>,
    pub url: Option<String>,
}

/// JSON-LD types whose object describes the article.
const ARTICLE_TYPES: &[&str] = &[
    "Article",
    "NewsArticle",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "BackgroundNewsArticle",
    "ReviewNewsArticle",
    "BlogPosting",
    "LiveBlogPosting",
    "TechArticle",
    "ScholarlyArticle",
    "SocialMediaPosting",
    "Report",
];

pub fn read(dom: &Dom) -> Metadata {
    let tags = meta_tags(dom);
    let get = |keys: &[&str]| {
        keys.iter().find_map(|key| tags.iter().find(|(name, _)| name == key).map(|(_, value)| value.clone()))
    };
    let document_title = dom.find(Dom::ROOT, "title").map(|title| dom.inner_text(title)).filter(|t| !t.is_empty());
    let json_ld = json_ld(dom, document_title.as_deref());
    let title = document_title.as_deref().map(|title| clean_title(dom, title));
    let author_tag = get(&["article:author"]).filter(|author| !author.starts_with("http"));
    Metadata {
        headline: json_ld
            .headline
            .clone()
            .or_else(|| {
                get(&[
                    "dc:title",
                    "dcterm:title",
                    "og:title",
                    "weibo:article:title",
                    "weibo:webpage:title",
                    "title",
                    "twitter:title",
                    "parsely-title",
                ])
            })
            .or_else(|| title.clone()),
        title,
        byline: json_ld
            .byline
            .clone()
            .or_else(|| get(&["dc:creator", "dcterm:creator", "author", "parsely-author", "sailthru:author"]))
            .or(author_tag),
        site_name: json_ld.site_name.clone().or_else(|| get(&["og:site_name", "application-name"])),
        published: json_ld
            .published
            .clone()
            .or_else(|| {
                get(&[
                    "article:published_time",
                    "parsely-pub-date",
                    "og:published_time",
                    "date",
                    "pubdate",
                    "publishdate",
                    "dc:date",
                    "dc:date:issued",
                    "dcterm:date",
                    "sailthru:date",
                    "article:published",
                ])
            })
            .or_else(|| first_time(dom)),
        url: canonical(dom).or_else(|| get(&["og:url"])).or(json_ld.url),
    }
}

/// `(key, content)` of every `<meta>`: keys lower case, `.` read as `:`; a
/// `property` holding several names ("og:title twitter:title") gives each.
/// Tags named by `property` (the Open Graph and RDFa way) come before tags
/// named by `name`, so they win when both give a key.
fn meta_tags(dom: &Dom) -> Vec<(String, String)> {
    let mut tags = Vec::new();
    for attribute in ["property", "name", "itemprop"] {
        for meta in dom.elements().filter(|&id| dom.is(id, "meta")) {
            let Some(content) = dom.attr(meta, "content").map(str::trim).filter(|c| !c.is_empty()) else { continue };
            for key in dom.attr(meta, attribute).unwrap_or_default().split_whitespace() {
                tags.push((crate::case::lowercase(key).replace('.', ":"), content.to_string()));
            }
        }
    }
    tags
}

fn canonical(dom: &Dom) -> Option<String> {
    dom.elements()
        .filter(|&id| dom.is(id, "link"))
        .find(|&id| {
            dom.attr(id, "rel").is_some_and(|rel| rel.split_whitespace().any(|r| r.eq_ignore_ascii_case("canonical")))
        })
        .and_then(|id| dom.attr(id, "href"))
        .map(str::to_string)
        .filter(|href| href.starts_with("http"))
}

/// The first `<time datetime>` (or `<time pubdate>`) of the page.
fn first_time(dom: &Dom) -> Option<String> {
    dom.elements().filter(|&id| dom.is(id, "time")).find_map(|id| dom.attr(id, "datetime").map(str::to_string))
}

#[derive(Default)]
struct JsonLd {
    headline: Option<String>,
    byline: Option<String>,
    site_name: Option<String>,
    published: Option<String>,
    url: Option<String>,
}

fn json_ld(dom: &Dom, document_title: Option<&str>) -> JsonLd {
    let scripts = dom.elements().filter(|&id| {
        dom.is(id, "script") && dom.attr(id, "type").is_some_and(|t| t.eq_ignore_ascii_case("application/ld+json"))
    });
    for script in scripts {
        let text = dom.text_content(script);
        let text = search::trim_end(search::trim_start(text.trim(), "<![CDATA["), "]]>");
        let Ok(value) = crate::json::parse(text) else { continue };
        if let Some(article) = find_article(&value, 0) {
            return JsonLd {
                headline: headline(string(article, "headline"), string(article, "name"), document_title),
                byline: article.get("author").and_then(names),
                site_name: article.get("publisher").and_then(names),
                published: string(article, "datePublished"),
                url: string(article, "url"),
            };
        }
    }
    JsonLd::default()
}

fn find_article(value: &Value, depth: usize) -> Option<&Value> {
    if depth > 4 {
        return None;
    }
    match value {
        Value::Array(items) => items.iter().find_map(|item| find_article(item, depth + 1)),
        Value::Object(object) => {
            let typed = match object.get("@type") {
                Some(Value::String(kind)) => ARTICLE_TYPES.contains(&kind.as_str()),
                Some(Value::Array(kinds)) => {
                    kinds.iter().any(|kind| kind.as_str().is_some_and(|k| ARTICLE_TYPES.contains(&k)))
                }
                _ => false,
            };
            if typed {
                return Some(value);
            }
            object.get("@graph").and_then(|graph| find_article(graph, depth + 1))
        }
        _ => None,
    }
}

/// JSON-LD's `headline` or `name`; when both are given and differ, the one
/// closer to the document's title (some sites put a description in one).
fn headline(headline: Option<String>, name: Option<String>, document_title: Option<&str>) -> Option<String> {
    match (headline, name, document_title) {
        (Some(headline), Some(name), Some(title)) if headline != name => {
            // How much of the title each covers.
            let covers = |candidate: &str| super::extract::similarity(candidate, title);
            Some(if covers(&name) > covers(&headline) { name } else { headline })
        }
        (headline, name, _) => headline.or(name),
    }
}

fn string(value: &Value, key: &str) -> Option<String> {
    value.get(key).and_then(Value::as_str).map(str::trim).filter(|text| !text.is_empty()).map(str::to_string)
}

/// A person or organisation, or a list of them: their names joined.
fn names(value: &Value) -> Option<String> {
    let list: Vec<String> = match value {
        Value::Array(items) => items.iter().filter_map(names).collect(),
        Value::Object(_) => string(value, "name").into_iter().collect(),
        Value::String(name) => vec![name.trim().to_string()],
        _ => Vec::new(),
    };
    let list: Vec<String> = list.into_iter().filter(|name| !name.is_empty()).collect();
    (!list.is_empty()).then(|| list.join(", "))
}

/// The document title without the site's name: "Harbour reopens | The
/// Harbour Herald" → "Harbour reopens" (the way Readability reads titles).
fn clean_title(dom: &Dom, title: &str) -> String {
    const SEPARATORS: &[&str] = &[" | ", " - ", " – ", " — ", " \\ ", " / ", " > ", " » "];
    let words = |text: &str| text.split_whitespace().count();
    let original = title.trim();
    let mut cleaned = original.to_string();
    let mut had_hierarchy = false;
    let last_separator = SEPARATORS.iter().filter_map(|sep| search::rfind(original, sep).map(|at| (at, *sep))).max();
    if let Some((at, separator)) = last_separator {
        had_hierarchy = [" \\ ", " / ", " > ", " » "].contains(&separator);
        cleaned = original[..at].to_string();
        if words(&cleaned) < 3 {
            let first = SEPARATORS.iter().filter_map(|sep| search::find(original, sep).map(|at| (at, sep.len()))).min();
            if let Some((at, length)) = first {
                cleaned = original[at + length..].to_string();
            }
        }
    } else if let Some(colon) = search::rfind(original, ": ") {
        let headings_match = dom
            .elements()
            .filter(|&id| matches!(dom.name(id), Some("h1" | "h2")))
            .any(|id| dom.inner_text(id) == original);
        if !headings_match {
            cleaned = original[colon + 2..].to_string();
            if words(&cleaned) < 3 {
                let first = search::find(original, ": ").unwrap_or(colon);
                cleaned = original[first + 2..].to_string();
            } else if words(&original[..search::find(original, ": ").unwrap_or(colon)]) > 5 {
                cleaned = original.to_string();
            }
        }
    } else if original.chars().count() > 150 || original.chars().count() < 15 {
        let mut h1s = dom.elements().filter(|&id| dom.is(id, "h1"));
        if let (Some(only), None) = (h1s.next(), h1s.next()) {
            cleaned = dom.inner_text(only);
        }
    }
    let cleaned = cleaned.trim().to_string();
    let without_separators = SEPARATORS.iter().fold(original.to_string(), |text, sep| search::replace(&text, sep, " "));
    if words(&cleaned) <= 4 && (!had_hierarchy || words(&cleaned) + 1 != words(&without_separators)) {
        return original.to_string();
    }
    cleaned
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_metadata_in_order_of_trust() {
        let html = r#"<html><head><title>Harbour reopens to freight after storm | The Harbour Herald</title>
            <meta property="og:title" content="Harbour reopens (og)"><meta property="og:site_name" content="The Harbour Herald">
            <meta name="author" content="Mara Lindqvist"><meta property="article:published_time" content="2025-03-14T09:00:00Z">
            <link rel="canonical" href="https://harbour-herald.example/harbour-reopens">
            <script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Harbour reopens (ld)",
              "author": [{"@type": "Person", "name": "Mara Lindqvist"}, {"@type": "Person", "name": "Ola Berg"}],
              "publisher": {"@type": "Organization", "name": "Harbour Herald"}, "datePublished": "2025-03-14"}</script>
            </head><body><p>x</p></body></html>"#;
        let dom = Dom::parse_html(html);
        assert_eq!(
            read(&dom),
            Metadata {
                headline: Some("Harbour reopens (ld)".into()),
                title: Some("Harbour reopens to freight after storm".into()),
                byline: Some("Mara Lindqvist, Ola Berg".into()),
                site_name: Some("Harbour Herald".into()),
                published: Some("2025-03-14".into()),
                url: Some("https://harbour-herald.example/harbour-reopens".into()),
            }
        );
    }

    #[test]
    fn property_tags_win_over_name_tags_and_json_ld_names_are_checked_against_the_title() {
        let html = r#"<head><title>Storm Oriel - Harbourpedia</title><meta name="dc.title" content="By name">
            <meta property="dc:title" content="By property"></head>"#;
        assert_eq!(read(&Dom::parse_html(html)).headline.as_deref(), Some("By property"));
        let html = r#"<head><title>Storm Oriel - Harbourpedia</title><script type="application/ld+json">
            {"@type": "Article", "name": "Storm Oriel", "headline": "storm that struck Port Ellery in 2025"}</script></head>"#;
        assert_eq!(read(&Dom::parse_html(html)).headline.as_deref(), Some("Storm Oriel"));
    }

    #[test]
    fn falls_back_to_meta_tags_and_the_title() {
        let html = r#"<head><title>Levy vote - Valley Courier</title><meta name="dc.creator" content="Jonah Achterberg">
            <meta property="og:site_name twitter:site" content="Valley Courier"></head><body><time datetime="2025-03-15">15 March</time></body>"#;
        let metadata = read(&Dom::parse_html(html));
        assert_eq!(metadata.headline.as_deref(), Some("Levy vote - Valley Courier"));
        assert_eq!(metadata.byline.as_deref(), Some("Jonah Achterberg"));
        assert_eq!(metadata.site_name.as_deref(), Some("Valley Courier"));
        assert_eq!(metadata.published.as_deref(), Some("2025-03-15"));
    }
}
