//! The feed reader: RSS 2.0, RSS 1.0 (RDF) and Atom, one article per item or
//! entry. The item's `<source>` names its outlet when it has one, otherwise
//! the feed's title does ("The Harbour Herald – Latest news" → "The Harbour
//! Herald"). Item bodies are HTML (escaped or in CDATA) and are rendered as
//! text. The XML must be well formed: a broken feed is reported with the
//! line where it breaks.

use super::draft::{body_paragraphs, Draft};
use super::markup::{Dom, NodeId};
use crate::search;

/// Item fields, most preferred first.
const TITLE: &[&str] = &["title"];
const BODY: &[&str] = &["content:encoded", "content", "description", "summary", "media:description"];
const DATE: &[&str] = &["pubdate", "published", "dc:date", "updated", "issued", "a10:updated"];
const AUTHOR: &[&str] = &["dc:creator", "author", "creator"];

/// Words that mark the part of a feed title that is not the outlet's name.
const FEED_WORDS: &[&str] = &["news", "latest", "headlines", "feed", "rss", "top stories", "home", "world", "all"];

pub fn read(text: &str) -> Result<Vec<Draft>, String> {
    let dom =
        Dom::parse_xml(text).map_err(|error| format!("malformed XML on line {}: {}", error.line, error.reason))?;
    let root = dom.child_elements(Dom::ROOT).next().ok_or("malformed XML: no root element")?;
    let (channel, items): (NodeId, Vec<NodeId>) = match dom.name(root) {
        Some("rss") => {
            let channel = dom
                .child_elements(root)
                .find(|&child| dom.is(child, "channel"))
                .ok_or("an RSS feed without a <channel>")?;
            (channel, dom.child_elements(channel).filter(|&child| dom.is(child, "item")).collect())
        }
        Some("rdf:rdf") => {
            let channel = dom.child_elements(root).find(|&child| dom.is(child, "channel")).unwrap_or(root);
            (channel, dom.child_elements(root).filter(|&child| dom.is(child, "item")).collect())
        }
        Some("feed") => (root, dom.child_elements(root).filter(|&child| dom.is(child, "entry")).collect()),
        Some(other) => return Err(format!("XML whose root is <{other}>, not an RSS or Atom feed")),
        None => return Err("malformed XML: no root element".to_string()),
    };
    let feed_outlet = child_text(&dom, channel, TITLE).map(|title| outlet_of_feed_title(&title));
    let feed_url = link(&dom, channel);
    Ok(items.into_iter().map(|item| draft(&dom, item, feed_outlet.as_deref(), feed_url.as_deref())).collect())
}

fn draft(dom: &Dom, item: NodeId, feed_outlet: Option<&str>, feed_url: Option<&str>) -> Draft {
    let source = dom.child_elements(item).find(|&child| dom.is(child, "source"));
    let item_outlet = source.and_then(|source| {
        let own = dom.inner_text(source);
        let atom_title = child_text(dom, source, TITLE);
        atom_title.or_else(|| (!own.is_empty()).then_some(own))
    });
    let author = dom
        .child_elements(item)
        .find(|&child| AUTHOR.iter().any(|name| dom.is(child, name)))
        .map(|author| child_text(dom, author, &["name"]).unwrap_or_else(|| dom.inner_text(author)));
    let body = BODY.iter().find_map(|name| child_text(dom, item, &[name]).filter(|text| !text.trim().is_empty()));
    Draft {
        outlet: item_outlet.or_else(|| feed_outlet.map(String::from)).or_else(|| feed_url.map(String::from)),
        headline: child_text(dom, item, TITLE),
        byline: author.map(|author| strip_email(&author)),
        date: DATE.iter().find_map(|name| child_text(dom, item, &[name])),
        dateline: None,
        url: link(dom, item),
        paragraphs: body.map(|body| body_paragraphs(&body)).unwrap_or_default(),
        outlet_hint: None,
    }
}

/// The text of the first child named one of `names`, tried in order.
fn child_text(dom: &Dom, parent: NodeId, names: &[&str]) -> Option<String> {
    names.iter().find_map(|name| {
        let child = dom.child_elements(parent).find(|&child| dom.is(child, name))?;
        let text = dom.text_content(child);
        let text = text.trim();
        (!text.is_empty()).then(|| text.to_string())
    })
}

/// RSS `<link>text</link>` or Atom `<link rel="alternate" href="..."/>`.
fn link(dom: &Dom, parent: NodeId) -> Option<String> {
    let links: Vec<NodeId> = dom.child_elements(parent).filter(|&child| dom.is(child, "link")).collect();
    let atom = links.iter().find(|&&link| dom.attr(link, "rel").is_none_or(|rel| rel == "alternate"));
    if let Some(href) = atom.and_then(|&link| dom.attr(link, "href")) {
        return Some(href.to_string());
    }
    links.iter().map(|&link| dom.inner_text(link)).find(|text| !text.is_empty())
}

/// "The Harbour Herald – Latest news" → "The Harbour Herald"; "Harbour Herald: World" → "Harbour Herald".
fn outlet_of_feed_title(title: &str) -> String {
    for separator in [" - ", " – ", " — ", " | ", ": ", " » "] {
        if let Some((name, rest)) = search::split_once(title, separator) {
            let rest = crate::case::lowercase(rest);
            if FEED_WORDS.iter().any(|word| search::contains(&rest, word)) || rest.split_whitespace().count() <= 2 {
                return name.trim().to_string();
            }
        }
    }
    title.trim().to_string()
}

/// RSS `<author>` is often "mara@harbour-herald.example (Mara Lindqvist)".
fn strip_email(author: &str) -> String {
    match (author.find('('), author.rfind(')')) {
        (Some(open), Some(close)) if author[..open].contains('@') && open < close => {
            author[open + 1..close].to_string()
        }
        _ => author.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const RSS: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>The Harbour Herald – Latest news</title><link>https://harbour-herald.example/</link>
<item><title>Harbour reopens</title><link>https://harbour-herald.example/a</link>
<dc:creator>Mara Lindqvist</dc:creator><pubDate>Fri, 14 Mar 2025 09:00:00 +0000</pubDate>
<description>Short summary.</description>
<content:encoded><![CDATA[<p>The harbour reopened.</p><p>Ships queued &amp; waited.</p>]]></content:encoded></item>
<item><title>Levy vote</title><source url="https://valley-courier.example/rss">Valley Courier</source>
<author>jonah@valley-courier.example (Jonah Achterberg)</author>
<description>&lt;p&gt;The council voted.&lt;/p&gt;</description></item>
</channel></rss>"#;

    const ATOM: &str = r#"<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Northgate Wire</title>
<entry><title>Cranes inspected</title><link rel="alternate" href="https://northgate.example/c"/><published>2025-03-15T08:00:00Z</published>
<author><name>Saskia Brandt</name></author><content type="html">&lt;p&gt;The union called for checks.&lt;/p&gt;</content></entry></feed>"#;

    #[test]
    fn reads_rss_items() {
        let drafts = read(RSS).unwrap();
        assert_eq!(
            drafts,
            vec![
                Draft {
                    outlet: Some("The Harbour Herald".into()),
                    headline: Some("Harbour reopens".into()),
                    byline: Some("Mara Lindqvist".into()),
                    date: Some("Fri, 14 Mar 2025 09:00:00 +0000".into()),
                    dateline: None,
                    url: Some("https://harbour-herald.example/a".into()),
                    paragraphs: vec!["The harbour reopened.".into(), "Ships queued & waited.".into()],
                    outlet_hint: None,
                },
                Draft {
                    outlet: Some("Valley Courier".into()),
                    headline: Some("Levy vote".into()),
                    byline: Some("Jonah Achterberg".into()),
                    paragraphs: vec!["The council voted.".into()],
                    ..Draft::default()
                },
            ]
        );
    }

    #[test]
    fn reads_atom_entries() {
        let drafts = read(ATOM).unwrap();
        assert_eq!(
            drafts,
            vec![Draft {
                outlet: Some("Northgate Wire".into()),
                headline: Some("Cranes inspected".into()),
                byline: Some("Saskia Brandt".into()),
                date: Some("2025-03-15T08:00:00Z".into()),
                dateline: None,
                url: Some("https://northgate.example/c".into()),
                paragraphs: vec!["The union called for checks.".into()],
                outlet_hint: None,
            }]
        );
    }

    #[test]
    fn broken_or_foreign_xml_is_an_error() {
        let cases = [
            (
                "<rss><channel><item><title>x</item></channel></rss>",
                "malformed XML on line 1: </item> does not close <title>",
            ),
            (
                "<?xml version=\"1.0\"?><catalog><book/></catalog>",
                "XML whose root is <catalog>, not an RSS or Atom feed",
            ),
            ("<rss version=\"2.0\"></rss>", "an RSS feed without a <channel>"),
        ];
        for (xml, message) in cases {
            assert_eq!(read(xml).unwrap_err(), message, "{xml}");
        }
    }
}
