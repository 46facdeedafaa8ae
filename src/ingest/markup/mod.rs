//! Markup owns the parsing of HTML and XML into a small tree ([`Dom`]): one
//! hand-written tokenizer for both (tags, attributes, text, comments, CDATA,
//! character references) and a tree builder that is forgiving for HTML
//! (implied end tags, void elements) and strict for XML (every tag closed in
//! order), so that a broken feed is reported instead of half-read.
//!
//! The HTML reader and the feed reader build on it; nothing here knows about
//! articles. Custom XML entities are never expanded, so an entity-expansion
//! bomb stays the size it was, and nesting deeper than [`MAX_DEPTH`] is
//! flattened so that no later walk over the tree can overflow the stack.

use std::borrow::Cow;

mod entities;
pub mod text;
mod tokenizer;

pub use entities::decode as decode_entities;

use tokenizer::{Token, Tokenizer};

/// Elements nested deeper than this become siblings of the deepest one.
pub const MAX_DEPTH: usize = 200;

/// A document holds at most this many elements. Each costs about 150 bytes
/// of tree, and the HTML extractor keeps up to three copies, so this bounds
/// the memory a page can take (real pages hold a few thousand). HTML past it
/// is read as text alone; XML past it is refused.
pub const MAX_ELEMENTS: usize = 300_000;

pub type NodeId = usize;

/// A parsed document: nodes in an arena, [`Dom::ROOT`] first. Siblings are
/// linked both ways, so that detaching, inserting and replacing a node take
/// constant time however many siblings it has.
#[derive(Debug, Clone)]
pub struct Dom {
    nodes: Vec<Node>,
    /// Start tags past [`MAX_ELEMENTS`], read as text alone.
    dropped_elements: usize,
}

#[derive(Debug, Clone)]
pub struct Node {
    parent: Option<NodeId>,
    first_child: Option<NodeId>,
    last_child: Option<NodeId>,
    previous: Option<NodeId>,
    next: Option<NodeId>,
    pub data: NodeData,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NodeData {
    Root,
    /// Names are lower case, attribute values decoded.
    Element {
        name: Box<str>,
        attrs: Vec<(Box<str>, Box<str>)>,
    },
    Text(String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Syntax {
    Html,
    Xml,
}

/// Why an XML document could not be read, with the line where it broke.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct XmlError {
    pub line: usize,
    pub reason: String,
}

impl Dom {
    pub const ROOT: NodeId = 0;

    fn new() -> Dom {
        Dom { nodes: vec![Node::new(NodeData::Root)], dropped_elements: 0 }
    }

    /// Parses HTML the forgiving way browsers do; never fails.
    pub fn parse_html(source: &str) -> Dom {
        let mut builder = Builder::new();
        for (_, token) in Tokenizer::new(source, Syntax::Html) {
            builder.html_token(token);
        }
        builder.dom
    }

    /// Parses XML, refusing documents whose tags do not nest.
    pub fn parse_xml(source: &str) -> Result<Dom, XmlError> {
        let mut builder = Builder::new();
        let mut tokens = Tokenizer::new(source, Syntax::Xml);
        let line_of = |offset: usize| source[..offset].bytes().filter(|&b| b == b'\n').count() + 1;
        for (offset, token) in tokens.by_ref() {
            builder.xml_token(token).map_err(|reason| XmlError { line: line_of(offset), reason })?;
        }
        if let Some(offset) = tokens.unterminated() {
            return Err(XmlError { line: line_of(offset), reason: "a tag is cut off at the end of the file".into() });
        }
        if let Some(&open) = builder.open.last() {
            let name = builder.dom.name(open).unwrap_or_default().to_string();
            return Err(XmlError { line: line_of(source.len()), reason: format!("<{name}> is never closed") });
        }
        if builder.dom.elements().next().is_none() {
            return Err(XmlError { line: 1, reason: "no elements".into() });
        }
        Ok(builder.dom)
    }

    /// How many start tags were past [`MAX_ELEMENTS`] and became no element.
    pub fn dropped_elements(&self) -> usize {
        self.dropped_elements
    }

    pub fn node(&self, id: NodeId) -> &Node {
        &self.nodes[id]
    }

    /// How many nodes were ever created (detached ones included).
    pub fn len(&self) -> usize {
        self.nodes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.nodes[Self::ROOT].first_child.is_none()
    }

    /// The element's lower-case name, or `None` for text and the root.
    pub fn name(&self, id: NodeId) -> Option<&str> {
        match &self.nodes[id].data {
            NodeData::Element { name, .. } => Some(name),
            _ => None,
        }
    }

    pub fn is(&self, id: NodeId, name: &str) -> bool {
        self.name(id) == Some(name)
    }

    pub fn attr(&self, id: NodeId, key: &str) -> Option<&str> {
        match &self.nodes[id].data {
            NodeData::Element { attrs, .. } => {
                attrs.iter().find(|(name, _)| name.eq_ignore_ascii_case(key)).map(|(_, value)| &**value)
            }
            _ => None,
        }
    }

    pub fn text(&self, id: NodeId) -> Option<&str> {
        match &self.nodes[id].data {
            NodeData::Text(text) => Some(text),
            _ => None,
        }
    }

    pub fn parent(&self, id: NodeId) -> Option<NodeId> {
        self.nodes[id].parent
    }

    pub fn first_child(&self, id: NodeId) -> Option<NodeId> {
        self.nodes[id].first_child
    }

    pub fn last_child(&self, id: NodeId) -> Option<NodeId> {
        self.nodes[id].last_child
    }

    pub fn next_sibling(&self, id: NodeId) -> Option<NodeId> {
        self.nodes[id].next
    }

    /// Child nodes, text included, in order.
    pub fn children(&self, id: NodeId) -> Walk<'_> {
        Walk { dom: self, next: self.nodes[id].first_child, step: |node| node.next }
    }

    /// Element children only.
    pub fn child_elements(&self, id: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        self.children(id).filter(|&child| self.name(child).is_some())
    }

    /// Every node under `id` (not `id` itself) in document order.
    pub fn descendants(&self, id: NodeId) -> Descendants<'_> {
        Descendants { dom: self, scope: id, next: self.nodes[id].first_child }
    }

    /// Every element of the document in document order.
    pub fn elements(&self) -> impl Iterator<Item = NodeId> + '_ {
        self.descendants(Dom::ROOT).filter(|&id| self.name(id).is_some())
    }

    /// The first element named `name` under `id`, in document order.
    pub fn find(&self, id: NodeId, name: &str) -> Option<NodeId> {
        self.descendants(id).find(|&node| self.is(node, name))
    }

    /// The text under `id` as written, concatenated.
    pub fn text_content(&self, id: NodeId) -> String {
        let mut text = String::new();
        if let Some(own) = self.text(id) {
            text.push_str(own);
        }
        for node in self.descendants(id) {
            if let Some(part) = self.text(node) {
                text.push_str(part);
            }
        }
        text
    }

    /// The text under `id` with runs of whitespace collapsed to one space and trimmed.
    pub fn inner_text(&self, id: NodeId) -> String {
        collapse_whitespace(&self.text_content(id)).into_owned()
    }

    /// The length in characters of [`Dom::inner_text`], counted without building it.
    pub fn inner_text_len(&self, id: NodeId) -> usize {
        let mut length = 0;
        let mut space_pending = false;
        let texts = self.text(id).into_iter().chain(self.descendants(id).filter_map(|node| self.text(node)));
        for text in texts {
            for c in text.chars() {
                if c.is_whitespace() {
                    space_pending = length > 0;
                } else {
                    length += 1 + usize::from(space_pending);
                    space_pending = false;
                }
            }
        }
        length
    }

    pub fn ancestors(&self, id: NodeId) -> Walk<'_> {
        Walk { dom: self, next: self.nodes[id].parent, step: |node| node.parent }
    }

    /// Removes `id` from its parent; the node stays in the arena, unattached.
    pub fn detach(&mut self, id: NodeId) {
        let Node { parent, previous, next, .. } = self.nodes[id];
        let Some(parent) = parent else { return };
        match previous {
            Some(previous) => self.nodes[previous].next = next,
            None => self.nodes[parent].first_child = next,
        }
        match next {
            Some(next) => self.nodes[next].previous = previous,
            None => self.nodes[parent].last_child = previous,
        }
        let node = &mut self.nodes[id];
        node.parent = None;
        node.previous = None;
        node.next = None;
    }

    /// Moves `id` to the end of `parent`'s children.
    pub fn append(&mut self, parent: NodeId, id: NodeId) {
        self.detach(id);
        let last = self.nodes[parent].last_child;
        self.link(id, parent, last, None);
    }

    /// Moves `id` just before `reference`, which must have a parent.
    pub fn insert_before(&mut self, reference: NodeId, id: NodeId) {
        self.detach(id);
        if let Some(parent) = self.nodes[reference].parent {
            let previous = self.nodes[reference].previous;
            self.link(id, parent, previous, Some(reference));
        }
    }

    /// Puts `new` where `old` is; `old` is left unattached.
    pub fn replace(&mut self, old: NodeId, new: NodeId) {
        if old == new || self.nodes[old].parent.is_none() {
            return;
        }
        self.detach(new);
        self.insert_before(old, new);
        self.detach(old);
    }

    /// A new unattached element.
    pub fn create_element(&mut self, name: &str) -> NodeId {
        self.nodes.push(Node::new(NodeData::Element { name: name.into(), attrs: Vec::new() }));
        self.nodes.len() - 1
    }

    pub fn rename(&mut self, id: NodeId, new_name: &str) {
        if let NodeData::Element { name, .. } = &mut self.nodes[id].data {
            *name = new_name.into();
        }
    }

    /// Links the unattached `id` into `parent` between `previous` and `next`.
    fn link(&mut self, id: NodeId, parent: NodeId, previous: Option<NodeId>, next: Option<NodeId>) {
        let node = &mut self.nodes[id];
        node.parent = Some(parent);
        node.previous = previous;
        node.next = next;
        match previous {
            Some(previous) => self.nodes[previous].next = Some(id),
            None => self.nodes[parent].first_child = Some(id),
        }
        match next {
            Some(next) => self.nodes[next].previous = Some(id),
            None => self.nodes[parent].last_child = Some(id),
        }
    }

    fn push(&mut self, parent: NodeId, data: NodeData) -> NodeId {
        self.nodes.push(Node::new(data));
        let id = self.nodes.len() - 1;
        let last = self.nodes[parent].last_child;
        self.link(id, parent, last, None);
        id
    }
}

impl Node {
    fn new(data: NodeData) -> Node {
        Node { parent: None, first_child: None, last_child: None, previous: None, next: None, data }
    }
}

/// Nodes reached one link at a time: siblings (`next`) or ancestors (`parent`).
pub struct Walk<'a> {
    dom: &'a Dom,
    next: Option<NodeId>,
    step: fn(&Node) -> Option<NodeId>,
}

impl Iterator for Walk<'_> {
    type Item = NodeId;

    fn next(&mut self) -> Option<NodeId> {
        let id = self.next?;
        self.next = (self.step)(&self.dom.nodes[id]);
        Some(id)
    }
}

pub struct Descendants<'a> {
    dom: &'a Dom,
    scope: NodeId,
    next: Option<NodeId>,
}

impl Iterator for Descendants<'_> {
    type Item = NodeId;

    fn next(&mut self) -> Option<NodeId> {
        let id = self.next?;
        let nodes = &self.dom.nodes;
        self.next = nodes[id].first_child.or_else(|| {
            let mut node = id;
            loop {
                if node == self.scope {
                    return None;
                }
                if let Some(next) = nodes[node].next {
                    return Some(next);
                }
                node = nodes[node].parent?;
            }
        });
        Some(id)
    }
}

/// Collapses every run of whitespace (including no-break spaces) to one space
/// and trims; borrows when there is nothing to collapse.
pub fn collapse_whitespace(text: &str) -> Cow<'_, str> {
    if is_collapsed(text) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for word in text.split(|c: char| c.is_whitespace()).filter(|word| !word.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    Cow::Owned(out)
}

/// Whether `text` has no leading, trailing or doubled spaces and no other
/// ASCII whitespace (tabs, line breaks). Wider spaces are left to the slow
/// path's caller: decoding has already made no-break spaces plain ones.
fn is_collapsed(text: &str) -> bool {
    use crate::bytescan::{below, equal, load};
    let bytes = text.as_bytes();
    let (Some(&first), Some(&last)) = (bytes.first(), bytes.last()) else { return false };
    if first == b' ' || last == b' ' {
        return false;
    }
    // Eight pairs of neighbours at a time (a word of eight bytes and the
    // word one byte on) while none holds a control byte or two spaces; the
    // words may raise a false alarm, never miss one, so the pairs from the
    // first alarm on are read one by one.
    let mut at = 0;
    while let Some(nine) = bytes.get(at..at + 9) {
        let (word, next) = (load(nine), load(&nine[1..]));
        if below(word, 0x20) | (equal(word, b' ') & equal(next, b' ')) != 0 {
            break;
        }
        at += 8;
    }
    let clean = |pair: &[u8]| pair[0] >= 0x20 && !(pair[0] == b' ' && pair[1] == b' ');
    bytes[at..].windows(2).all(clean) && last >= 0x20
}

/// Elements that never have content.
fn is_void(name: &str) -> bool {
    matches!(
        name,
        "area"
            | "base"
            | "br"
            | "col"
            | "embed"
            | "hr"
            | "img"
            | "input"
            | "link"
            | "meta"
            | "param"
            | "source"
            | "track"
            | "wbr"
    )
}

/// Elements whose start tag closes an open `<p>`: the blocks, except those
/// that live inside lists and tables.
fn closes_paragraph(name: &str) -> bool {
    text::is_block(name)
        && !matches!(name, "li" | "dt" | "dd" | "tr" | "thead" | "tbody" | "tfoot" | "br" | "caption" | "body" | "html")
}

/// For a start tag, the open elements it implicitly closes, and the
/// elements that bound that search (a `<li>` closes an open `<li>`, but not
/// one outside the nearest list).
fn implied_end(name: &str) -> Option<(&'static [&'static str], &'static [&'static str])> {
    const LIST: &[&str] = &["ul", "ol", "menu"];
    const DEFINITION: &[&str] = &["dl"];
    const TABLE: &[&str] = &["table"];
    match name {
        "li" => Some((&["li"], LIST)),
        "dt" | "dd" => Some((&["dt", "dd"], DEFINITION)),
        "tr" => Some((&["tr", "td", "th"], &["table", "thead", "tbody", "tfoot"])),
        "td" | "th" => Some((&["td", "th"], &["tr", "table"])),
        "thead" | "tbody" | "tfoot" => Some((&["thead", "tbody", "tfoot", "tr", "td", "th"], TABLE)),
        "option" => Some((&["option"], &["select", "datalist"])),
        _ => None,
    }
}

struct Builder {
    dom: Dom,
    /// Open elements, innermost last; the root is implicit below them.
    open: Vec<NodeId>,
    elements: usize,
}

impl Builder {
    fn new() -> Builder {
        Builder { dom: Dom::new(), open: Vec::new(), elements: 0 }
    }

    fn current(&self) -> NodeId {
        self.open.last().copied().unwrap_or(Dom::ROOT)
    }

    fn add_text(&mut self, text: &str) {
        if text.is_empty() {
            return;
        }
        let parent = self.current();
        if let Some(last) = self.dom.last_child(parent) {
            if let NodeData::Text(existing) = &mut self.dom.nodes[last].data {
                existing.push_str(text);
                return;
            }
        }
        self.dom.push(parent, NodeData::Text(text.to_string()));
    }

    fn add_element(&mut self, name: String, attrs: Vec<(Box<str>, Box<str>)>, keep_open: bool) {
        if self.elements >= MAX_ELEMENTS {
            self.dom.dropped_elements += 1;
            return;
        }
        self.elements += 1;
        let parent = self.current();
        let id = self.dom.push(parent, NodeData::Element { name: name.into(), attrs });
        if keep_open && self.open.len() < MAX_DEPTH {
            self.open.push(id);
        }
    }

    /// Closes the outermost open element named in `names` that lies above
    /// the innermost of `bounds`, with everything inside it.
    fn close_implied(&mut self, names: &[&str], bounds: &[&str]) {
        let mut cut = None;
        for depth in (0..self.open.len()).rev() {
            let name = self.dom.name(self.open[depth]).unwrap_or_default();
            if bounds.contains(&name) {
                break;
            }
            if names.contains(&name) {
                cut = Some(depth);
            }
        }
        if let Some(depth) = cut {
            self.open.truncate(depth);
        }
    }

    /// Closes the innermost open element named `name`, if any is open.
    fn close_element(&mut self, name: &str) {
        if let Some(depth) = self.open.iter().rposition(|&open| self.dom.name(open) == Some(name)) {
            self.open.truncate(depth);
        }
    }

    fn html_token(&mut self, token: Token<'_>) {
        match token {
            Token::Text(raw) => self.add_text(&decode_entities(raw)),
            Token::Literal(text) => self.add_text(text),
            Token::Start { name, attrs, self_closing } => {
                if closes_paragraph(&name) {
                    self.close_implied(
                        &["p"],
                        &["button", "table", "td", "th", "li", "div", "blockquote", "section", "article"],
                    );
                }
                if let Some((names, bounds)) = implied_end(&name) {
                    self.close_implied(names, bounds);
                }
                let keep_open = !self_closing && !is_void(&name);
                self.add_element(name, decoded_attributes(attrs), keep_open);
            }
            Token::End { name } if name == "br" => self.add_element(name, Vec::new(), false),
            Token::End { name } => self.close_element(&name),
        }
    }

    fn xml_token(&mut self, token: Token<'_>) -> Result<(), String> {
        match token {
            Token::Text(raw) => {
                self.add_text(&decode_entities(raw));
                Ok(())
            }
            Token::Literal(text) => {
                self.add_text(text);
                Ok(())
            }
            Token::Start { name, attrs, self_closing } => {
                if self.open.len() >= MAX_DEPTH {
                    return Err(format!("elements are nested more than {MAX_DEPTH} deep"));
                }
                if self.elements >= MAX_ELEMENTS {
                    return Err(format!("more than {MAX_ELEMENTS} elements, the most newslens reads in one file"));
                }
                self.add_element(name, decoded_attributes(attrs), !self_closing);
                Ok(())
            }
            Token::End { name } => match self.open.pop() {
                Some(open) if self.dom.name(open) == Some(name.as_str()) => Ok(()),
                Some(open) => Err(format!("</{name}> does not close <{}>", self.dom.name(open).unwrap_or_default())),
                None => Err(format!("</{name}> closes nothing")),
            },
        }
    }
}

fn decoded_attributes(attrs: Vec<(String, &str)>) -> Vec<(Box<str>, Box<str>)> {
    attrs.into_iter().map(|(name, value)| (name.into_boxed_str(), decode_entities(value).into())).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collapsed_text_is_told_from_any_control_byte_or_space_at_any_offset() {
        let spec = |text: &str| {
            let mut previous = b' ';
            for &byte in text.as_bytes() {
                if byte < 0x20 || (byte == b' ' && previous == b' ') {
                    return false;
                }
                previous = byte;
            }
            previous != b' '
        };
        let mut texts =
            vec![String::new(), "a".into(), " ".into(), "a b".into(), "Zoë  said".into(), "tab\tbed".into()];
        let base = "The harbour reopened, said Zoë! Ships (and “ferries”) queued";
        for at in 0..base.len() {
            if !base.is_char_boundary(at) {
                continue;
            }
            for insert in [" ", "\n", "\u{1}", "\u{1f}", "!", " !", "  "] {
                texts.push(format!("{}{insert}{}", &base[..at], &base[at..]));
            }
            texts.push(base[..at].to_string());
            texts.push(format!("{} ", &base[..at]));
        }
        for text in texts {
            assert_eq!(is_collapsed(&text), spec(&text), "{text:?}");
            assert_eq!(collapse_whitespace(&text).as_ref(), spec_collapse(&text), "{text:?}");
        }
    }

    fn spec_collapse(text: &str) -> String {
        text.split(char::is_whitespace).filter(|word| !word.is_empty()).collect::<Vec<_>>().join(" ")
    }

    /// The tree as nested S-expressions, text in quotes, to compare in tests.
    fn outline(dom: &Dom, id: NodeId) -> String {
        match &dom.node(id).data {
            NodeData::Text(text) => format!("{text:?}"),
            data => {
                let children: Vec<String> = dom.children(id).map(|child| outline(dom, child)).collect();
                let name = match data {
                    NodeData::Element { name, .. } => name.to_string(),
                    _ => "#root".to_string(),
                };
                if children.is_empty() {
                    format!("({name})")
                } else {
                    format!("({name} {})", children.join(" "))
                }
            }
        }
    }

    #[test]
    fn html_is_parsed_the_forgiving_way() {
        let cases = [
            ("<p>One<p>Two", r#"(#root (p "One") (p "Two"))"#),
            ("<ul><li>a<li>b</ul>", r#"(#root (ul (li "a") (li "b")))"#),
            ("<p>Para<div>Block</div>", r#"(#root (p "Para") (div "Block"))"#),
            ("<P CLASS=x>Tom &amp; Jerry&nbsp;&#8217;s</P>", r#"(#root (p "Tom & Jerry\u{a0}’s"))"#),
            (
                "<script>if (a < b) { x('</p>') }</script><p>ok",
                r#"(#root (script "if (a < b) { x('</p>') }") (p "ok"))"#,
            ),
            ("<div>a<br>b</br>c</span></div>", r#"(#root (div "a" (br) "b" (br) "c"))"#),
            ("<!-- note --><!DOCTYPE html><p>x</p>", r#"(#root (p "x"))"#),
            ("<table><tr><td>1<td>2<tr><td>3</table>", r#"(#root (table (tr (td "1") (td "2")) (tr (td "3"))))"#),
            ("a < b and c<d", r#"(#root "a < b and c")"#),
            ("<img src=x.png alt='A \"cat\"'><p>unclosed", r#"(#root (img) (p "unclosed"))"#),
        ];
        for (html, expected) in cases {
            assert_eq!(outline(&Dom::parse_html(html), Dom::ROOT), expected, "html {html:?}");
        }
        let dom = Dom::parse_html("<img src=x.png alt='A \"cat\"' data-x>");
        let img = dom.find(Dom::ROOT, "img").unwrap();
        assert_eq!(dom.attr(img, "alt"), Some("A \"cat\""));
        assert_eq!(dom.attr(img, "SRC"), Some("x.png"));
        assert_eq!(dom.attr(img, "data-x"), Some(""));
    }

    #[test]
    fn xml_must_nest_and_close() {
        let dom = Dom::parse_xml("<?xml version='1.0'?><rss><t><![CDATA[<b>x</b>]]> &amp; y</t><e/></rss>").unwrap();
        assert_eq!(outline(&dom, Dom::ROOT), r#"(#root (rss (t "<b>x</b> & y") (e)))"#);
        let cases = [
            ("<rss>\n<a>\n</b></rss>", 3, "</b> does not close <a>"),
            ("<rss><a></a>", 1, "<rss> is never closed"),
            ("<rss></rss></x>", 1, "</x> closes nothing"),
            ("<rss><a href='x'", 1, "a tag is cut off at the end of the file"),
            ("just text", 1, "no elements"),
        ];
        for (xml, line, reason) in cases {
            assert_eq!(Dom::parse_xml(xml).unwrap_err(), XmlError { line, reason: reason.into() }, "xml {xml:?}");
        }
    }

    #[test]
    fn entity_expansion_is_never_performed() {
        let bomb =
            r#"<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><r>&lol2;</r>"#;
        let dom = Dom::parse_xml(bomb).unwrap();
        assert_eq!(dom.text_content(Dom::ROOT), "&lol2;");
    }

    #[test]
    fn inner_text_length_counts_collapsed_text() {
        let dom = Dom::parse_html("<div>  Harbour <b>re</b>opens\n\t  today é </div><p></p>");
        let div = dom.find(Dom::ROOT, "div").unwrap();
        assert_eq!(dom.inner_text(div), "Harbour reopens today é");
        assert_eq!(dom.inner_text_len(div), "Harbour reopens today é".chars().count());
        assert_eq!(dom.inner_text_len(dom.find(Dom::ROOT, "p").unwrap()), 0);
    }

    #[test]
    fn elements_past_the_limit_are_read_as_text_in_html_and_refused_in_xml() {
        let html = format!("<div>{}</div>", "<i>a</i>".repeat(MAX_ELEMENTS));
        let dom = Dom::parse_html(&html);
        assert_eq!(dom.dropped_elements(), 1, "the div and all but one of the i elements");
        assert_eq!(dom.elements().count(), MAX_ELEMENTS);
        assert_eq!(dom.text_content(Dom::ROOT), "a".repeat(MAX_ELEMENTS), "no text is lost");
        let xml = format!("<r>{}</r>", "<i/>".repeat(MAX_ELEMENTS));
        let error = Dom::parse_xml(&xml).unwrap_err();
        assert_eq!(
            (error.line, error.reason.as_str()),
            (1, "more than 300000 elements, the most newslens reads in one file")
        );
    }

    #[test]
    fn deep_nesting_is_flattened() {
        let html = "<div>".repeat(100_000) + "deep";
        let dom = Dom::parse_html(&html);
        let text = dom.descendants(Dom::ROOT).find(|&id| dom.text(id).is_some()).unwrap();
        assert_eq!(dom.ancestors(text).count(), MAX_DEPTH + 1);
        assert_eq!(Dom::parse_xml(&"<a>".repeat(1000)).unwrap_err().reason, "elements are nested more than 200 deep");
    }
}
