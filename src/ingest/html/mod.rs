//! The HTML reader: a saved web page becomes one article. Metadata comes
//! from the page's head and JSON-LD ([`meta`]), the body from the main-text
//! extractor ([`extract`]), rendered as paragraphs; figure captions are not
//! body text.

mod extract;
mod meta;

use super::draft::Draft;
use super::markup::{text, Dom, MAX_ELEMENTS};

/// The page's article, and a warning when the page was too large to read whole.
pub fn read(source: &str) -> (Draft, Option<String>) {
    let mut dom = Dom::parse_html(source);
    let warning = (dom.dropped_elements() > 0).then(|| {
        format!(
            "the page has {} elements more than the {MAX_ELEMENTS} newslens reads; their text was read without them",
            dom.dropped_elements()
        )
    });
    let metadata = meta::read(&dom);
    extract::prepare(&mut dom);
    let mut extracted = extract::extract(&dom, metadata.title.as_deref());
    let captions: Vec<_> =
        extracted.dom.descendants(extracted.root).filter(|&id| extracted.dom.is(id, "figcaption")).collect();
    for caption in captions {
        extracted.dom.detach(caption);
    }
    let headline = metadata.headline.map(|headline| without_site_name(&headline, metadata.site_name.as_deref()));
    let draft = Draft {
        outlet: metadata.site_name,
        headline,
        byline: metadata.byline.or(extracted.byline),
        date: metadata.published,
        dateline: None,
        url: metadata.url,
        paragraphs: text::paragraphs(&extracted.dom, extracted.root),
        outlet_hint: None,
    };
    (draft, warning)
}

/// "Harbour reopens | The Harbour Herald" → "Harbour reopens" when the page names its site so.
fn without_site_name(headline: &str, site_name: Option<&str>) -> String {
    let Some(site) = site_name else { return headline.to_string() };
    for separator in [" | ", " - ", " – ", " — ", " :: ", " » "] {
        if let Some(rest) = headline.strip_suffix(site).and_then(|rest| rest.strip_suffix(separator)) {
            return rest.trim().to_string();
        }
    }
    headline.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_saved_page_becomes_its_article() {
        let page = r#"<!DOCTYPE html><html><head><title>Harbour reopens | The Harbour Herald</title>
            <meta property="og:site_name" content="The Harbour Herald"></head><body>
            <nav class="menu"><a href="/">Home</a> <a href="/news">News</a></nav>
            <div class="sidebar"><h3>Most read</h3><ul><li><a href="/1">Levy vote</a></li><li><a href="/2">Crane row</a></li></ul></div>
            <article class="story"><h1>Harbour reopens</h1><p class="byline">By Mara Lindqvist</p>
              <p>PORT ELLERY, March 14 (Harbour Herald) - The harbour at Port Ellery reopened to freight ships on Friday, six weeks after Storm Oriel tore away part of the northern breakwater.</p>
              <figure><img src="quay.jpg"><figcaption>The quay at dawn. Photo: Ana Ruiz</figcaption></figure>
              <p>"We said we would have the channel open before the spring fishing season, and we have done it," harbour master Tomasz Wilk told reporters at the quay.</p>
              <div class="share-tools"><a href="https://share.example">Share</a></div>
              <p>The port authority expects traffic to return to normal levels by April, though the repaired breakwater will be inspected again after the next spring tide.</p>
            </article>
            <footer><p>Copyright The Harbour Herald. All rights reserved.</p></footer></body></html>"#;
        let (draft, warning) = read(page);
        assert_eq!(warning, None);
        assert_eq!(draft.headline.as_deref(), Some("Harbour reopens"));
        assert_eq!(draft.byline.as_deref(), Some("By Mara Lindqvist"));
        assert_eq!(draft.outlet.as_deref(), Some("The Harbour Herald"));
        assert_eq!(
            draft.paragraphs,
            [
                "PORT ELLERY, March 14 (Harbour Herald) - The harbour at Port Ellery reopened to freight ships on Friday, six weeks after Storm Oriel tore away part of the northern breakwater.",
                "\"We said we would have the channel open before the spring fishing season, and we have done it,\" harbour master Tomasz Wilk told reporters at the quay.",
                "The port authority expects traffic to return to normal levels by April, though the repaired breakwater will be inspected again after the next spring tide.",
            ]
        );
    }

    #[test]
    fn a_page_nested_thousands_deep_keeps_its_text_and_drops_empty_containers() {
        let page = format!(
            "<html><body>{}<h2> </h2><p>The ferry returned to Port Ellery on Monday.</p><div> <br></div>{}</body></html>",
            "<div>".repeat(20_000),
            "<section></section>".repeat(20_000)
        );
        let (draft, warning) = read(&page);
        assert_eq!(draft.paragraphs, ["The ferry returned to Port Ellery on Monday."]);
        assert_eq!(warning, None);
    }
}
