//! Rendering a subtree as paragraphs: block elements (`<p>`, `<li>`,
//! headings, table rows, `<br>`) separate paragraphs, inline elements run
//! together, whitespace collapses, and elements that are never read as text
//! (`<script>`, `<style>`, form controls) are skipped.

use super::{collapse_whitespace, Dom, NodeId};

/// Elements whose text is never article text.
pub fn is_unread(name: &str) -> bool {
    matches!(
        name,
        "script"
            | "style"
            | "noscript"
            | "template"
            | "head"
            | "title"
            | "iframe"
            | "object"
            | "embed"
            | "svg"
            | "math"
            | "button"
            | "select"
            | "input"
            | "textarea"
            | "canvas"
            | "video"
            | "audio"
    )
}

/// Elements that start and end a paragraph.
pub fn is_block(name: &str) -> bool {
    matches!(
        name,
        "p" | "div"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "li"
            | "ul"
            | "ol"
            | "dl"
            | "dt"
            | "dd"
            | "blockquote"
            | "pre"
            | "table"
            | "thead"
            | "tbody"
            | "tfoot"
            | "tr"
            | "section"
            | "article"
            | "header"
            | "footer"
            | "nav"
            | "aside"
            | "main"
            | "figure"
            | "figcaption"
            | "address"
            | "hr"
            | "br"
            | "form"
            | "fieldset"
            | "details"
            | "summary"
            | "center"
            | "caption"
            | "body"
            | "html"
    )
}

/// The paragraphs of the text under `id`, in order.
pub fn paragraphs(dom: &Dom, id: NodeId) -> Vec<String> {
    let mut out = Paragraphs { done: Vec::new(), current: String::new() };
    out.walk(dom, id);
    out.flush();
    out.done
}

struct Paragraphs {
    done: Vec<String>,
    current: String,
}

impl Paragraphs {
    fn flush(&mut self) {
        let paragraph = collapse_whitespace(&self.current);
        if !paragraph.is_empty() {
            self.done.push(paragraph.into_owned());
        }
        self.current.clear();
    }

    fn walk(&mut self, dom: &Dom, id: NodeId) {
        if let Some(text) = dom.text(id) {
            self.current.push_str(text);
            return;
        }
        let name = dom.name(id);
        if name.is_some_and(is_unread) {
            return;
        }
        let block = name.is_some_and(is_block);
        if block {
            self.flush();
        }
        for child in dom.children(id) {
            self.walk(dom, child);
        }
        if matches!(name, Some("td" | "th")) {
            self.current.push(' ');
        }
        if block {
            self.flush();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_make_paragraphs() {
        let cases: &[(&str, &[&str])] = &[
            ("<p>One <b>bold</b>\n move.</p><p>Two</p>", &["One bold move.", "Two"]),
            ("Loose text<br>after a break<br/><br/>and more", &["Loose text", "after a break", "and more"]),
            ("<ul><li>a</li><li>b <i>c</i></li></ul>", &["a", "b c"]),
            ("<table><tr><td>1</td><td>2</td></tr></table>", &["1 2"]),
            ("<div>Text<script>var x = 1;</script><style>p{}</style> end</div>", &["Text end"]),
            ("<h2>Sub</h2>Body", &["Sub", "Body"]),
        ];
        for (html, expected) in cases {
            assert_eq!(paragraphs(&Dom::parse_html(html), Dom::ROOT), *expected, "html {html:?}");
        }
    }
}
