//! Main-text extraction: which part of a saved web page is the article. A
//! readability-class extractor written for newslens's own tree ([`Dom`]).
//!
//! It scores paragraphs (text length, commas) and credits their ancestors,
//! weighs containers by their class and id names ("article", "content" up;
//! "comment", "sidebar", "share" down) and by how much of their text is
//! links, picks the best container, merges in siblings that look like more
//! of the article, and then cleans it: navigation, asides, footers, forms,
//! share and related blocks, and link-heavy or image-heavy boxes go. When
//! the result is short it tries again with the cleaning rules relaxed, one at
//! a time, and keeps the longest attempt.

use super::super::markup::{Dom, NodeData, NodeId};
use crate::search;

/// Class and id fragments of page parts that are rarely the article.
const UNLIKELY: &[&str] = &[
    "-ad-",
    "ai2html",
    "banner",
    "breadcrumbs",
    "combx",
    "comment",
    "community",
    "cover-wrap",
    "disqus",
    "extra",
    "footer",
    "gdpr",
    "header",
    "legends",
    "menu",
    "related",
    "remark",
    "replies",
    "rss",
    "shoutbox",
    "sidebar",
    "skyscraper",
    "social",
    "sponsor",
    "supplemental",
    "ad-break",
    "agegate",
    "pagination",
    "pager",
    "popup",
    "yom-remote",
];
/// ...unless they also contain one of these.
const MAYBE_CANDIDATE: &[&str] = &["and", "article", "body", "column", "content", "main", "mathjax", "shadow"];
const POSITIVE: &[&str] = &[
    "article",
    "body",
    "content",
    "entry",
    "hentry",
    "h-entry",
    "main",
    "page",
    "pagination",
    "post",
    "text",
    "blog",
    "story",
];
const NEGATIVE: &[&str] = &[
    "-ad-",
    "hidden",
    "banner",
    "combx",
    "comment",
    "com-",
    "contact",
    "footer",
    "gdpr",
    "masthead",
    "media",
    "meta",
    "outbrain",
    "promo",
    "related",
    "scroll",
    "share",
    "shoutbox",
    "sidebar",
    "skyscraper",
    "sponsor",
    "shopping",
    "tags",
    "widget",
];
const BYLINE: &[&str] = &["byline", "author", "dateline", "writtenby", "p-author"];
const UNLIKELY_ROLES: &[&str] = &["menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog"];
const TAGS_TO_SCORE: &[&str] = &["section", "h2", "h3", "h4", "h5", "h6", "p", "td", "pre"];
/// Children that keep a `<div>` from being read as a paragraph.
const BLOCKS: &[&str] = &["blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul"];
const PHRASING: &[&str] = &[
    "abbr", "audio", "b", "bdo", "br", "button", "cite", "code", "data", "datalist", "dfn", "em", "embed", "i", "img",
    "input", "kbd", "label", "mark", "math", "meter", "noscript", "object", "output", "progress", "q", "ruby", "samp",
    "script", "select", "small", "span", "strong", "sub", "sup", "textarea", "time", "var", "wbr",
];
/// Siblings with these names keep them when merged; others become `<div>`.
const KEEP_NAME_WHEN_MERGED: &[&str] = &["div", "article", "section", "p", "ol", "ul"];

/// Extraction under 500 characters is retried with relaxed rules.
const MIN_TEXT: usize = 500;
const TOP_CANDIDATES: usize = 5;

#[derive(Clone, Copy)]
struct Flags {
    strip_unlikely: bool,
    weight_classes: bool,
    clean_conditionally: bool,
}

/// The extracted article: a tree holding only it, its root, and the byline
/// the page marked up in its text (if any).
pub struct Extracted {
    pub dom: Dom,
    pub root: NodeId,
    pub byline: Option<String>,
}

/// Extracts the main text of `page` (already cleaned of scripts and styles).
pub fn extract(page: &Dom, title: Option<&str>) -> Extracted {
    let mut flags = Flags { strip_unlikely: true, weight_classes: true, clean_conditionally: true };
    let mut best: Option<(usize, Extracted)> = None;
    loop {
        let attempt = Attempt::run(page.clone(), flags, title);
        let length = attempt.dom.inner_text_len(attempt.root);
        if length >= MIN_TEXT {
            return attempt;
        }
        if best.as_ref().is_none_or(|(best_length, _)| length > *best_length) {
            best = Some((length, attempt));
        }
        if flags.strip_unlikely {
            flags.strip_unlikely = false;
        } else if flags.weight_classes {
            flags.weight_classes = false;
        } else if flags.clean_conditionally {
            flags.clean_conditionally = false;
        } else {
            break;
        }
    }
    match best {
        Some((_, attempt)) => attempt,
        None => Attempt::run(page.clone(), flags, title),
    }
}

/// Readies a page for extraction: scripts, styles and hidden parts go, and
/// runs of `<br>` become paragraphs.
pub fn prepare(dom: &mut Dom) {
    let doomed: Vec<NodeId> = dom
        .elements()
        .filter(|&id| {
            matches!(dom.name(id), Some("script" | "style" | "noscript" | "template" | "link")) || !is_visible(dom, id)
        })
        .collect();
    for id in doomed {
        dom.detach(id);
    }
    let brs: Vec<NodeId> = dom.elements().filter(|&id| dom.is(id, "br")).collect();
    for br in brs {
        replace_br_run(dom, br);
    }
}

fn is_visible(dom: &Dom, id: NodeId) -> bool {
    let style = dom.attr(id, "style").unwrap_or_default().to_ascii_lowercase().replace(' ', "");
    let hidden_by_style = search::contains(&style, "display:none") || search::contains(&style, "visibility:hidden");
    let aria_hidden = dom.attr(id, "aria-hidden") == Some("true")
        && !dom.attr(id, "class").is_some_and(|class| search::contains(class, "fallback-image"));
    !hidden_by_style && dom.attr(id, "hidden").is_none() && !aria_hidden
}

/// `a<br><br>b` → `a<p>b</p>`: a chain of two or more `<br>` starts a
/// paragraph that takes the inline content after it.
fn replace_br_run(dom: &mut Dom, br: NodeId) {
    let Some(parent) = dom.parent(br) else { return };
    let mut chained = false;
    while let Some(next) = next_sibling_skipping_space(dom, br) {
        if !dom.is(next, "br") {
            break;
        }
        chained = true;
        dom.detach(next);
    }
    if !chained {
        return;
    }
    let paragraph = dom.create_element("p");
    dom.replace(br, paragraph);
    while let Some(next) = dom.next_sibling(paragraph) {
        if dom.is(next, "br") && next_sibling_skipping_space(dom, next).is_some_and(|after| dom.is(after, "br")) {
            break;
        }
        if !is_phrasing(dom, next) {
            break;
        }
        dom.append(paragraph, next);
    }
    trim_trailing_whitespace(dom, paragraph);
    if dom.is(parent, "p") {
        dom.rename(parent, "div");
    }
}

struct Attempt {
    dom: Dom,
    flags: Flags,
    scores: Vec<Option<f64>>,
    byline: Option<String>,
}

impl Attempt {
    fn run(dom: Dom, flags: Flags, title: Option<&str>) -> Extracted {
        let mut attempt = Attempt { scores: vec![None; dom.len()], dom, flags, byline: None };
        let body = attempt.dom.find(Dom::ROOT, "body").unwrap_or(Dom::ROOT);
        let to_score = attempt.walk(body, title);
        let candidates = attempt.score(&to_score);
        let top = attempt.top_candidate(body, &candidates);
        let root = attempt.merge_siblings(top);
        attempt.clean(root);
        Extracted { dom: attempt.dom, root, byline: attempt.byline }
    }

    fn score_of(&self, id: NodeId) -> Option<f64> {
        self.scores.get(id).copied().flatten()
    }

    fn set_score(&mut self, id: NodeId, score: f64) {
        if self.scores.len() <= id {
            self.scores.resize(id + 1, None);
        }
        self.scores[id] = Some(score);
    }

    /// Walks the page once: removes unlikely parts, finds the byline, turns
    /// text-only `<div>`s into paragraphs, and lists the elements to score.
    fn walk(&mut self, body: NodeId, title: Option<&str>) -> Vec<NodeId> {
        let mut to_score = Vec::new();
        // Read once, before the walk changes anything: asking each container
        // for its text instead costs depth × size on deeply nested pages.
        let text_below = text_below(&self.dom, body);
        let mut remove_title_header = title.is_some();
        let mut node = first_element_child(&self.dom, body);
        while let Some(id) = node {
            let name = self.dom.name(id).unwrap_or_default().to_string();
            let signature = signature(&self.dom, id);
            let skip = |attempt: &mut Attempt| {
                let next = next_element(&attempt.dom, id, true, body);
                attempt.dom.detach(id);
                next
            };
            if self.dom.attr(id, "aria-modal") == Some("true") && self.dom.attr(id, "role") == Some("dialog") {
                node = skip(self);
                continue;
            }
            if self.byline.is_none() && is_byline(&self.dom, id, &signature) {
                self.byline = Some(self.dom.inner_text(id));
                node = skip(self);
                continue;
            }
            if remove_title_header && matches!(name.as_str(), "h1" | "h2") {
                if let Some(title) = title {
                    if similarity(title, &self.dom.inner_text(id)) > 0.75 {
                        remove_title_header = false;
                        node = skip(self);
                        continue;
                    }
                }
            }
            if self.flags.strip_unlikely {
                let unlikely = contains_any(&signature, UNLIKELY)
                    && !contains_any(&signature, MAYBE_CANDIDATE)
                    && !has_ancestor(&self.dom, id, "table", 3)
                    && !has_ancestor(&self.dom, id, "code", 3)
                    && name != "body"
                    && name != "a";
                let role = self.dom.attr(id, "role").is_some_and(|role| UNLIKELY_ROLES.contains(&role));
                if unlikely || role {
                    node = skip(self);
                    continue;
                }
            }
            let container =
                matches!(name.as_str(), "div" | "section" | "header" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6");
            if container && is_without_content(&self.dom, id, &text_below) {
                node = skip(self);
                continue;
            }
            if TAGS_TO_SCORE.contains(&name.as_str()) {
                to_score.push(id);
            }
            let mut current = id;
            if name == "div" {
                wrap_phrasing_runs(&mut self.dom, id);
                if let Some(paragraph) = single_child(&self.dom, id, "p").filter(|_| link_density(&self.dom, id) < 0.25)
                {
                    self.dom.replace(id, paragraph);
                    to_score.push(paragraph);
                    current = paragraph;
                } else if !has_block_descendant(&self.dom, id) {
                    self.dom.rename(id, "p");
                    to_score.push(id);
                }
            }
            node = next_element(&self.dom, current, false, body);
        }
        to_score
    }

    /// Scores paragraphs into their ancestors; returns the scored ancestors.
    fn score(&mut self, to_score: &[NodeId]) -> Vec<NodeId> {
        let mut candidates = Vec::new();
        for &element in to_score {
            let attached = self.dom.ancestors(element).any(|ancestor| ancestor == Dom::ROOT);
            if !attached || self.dom.parent(element).and_then(|parent| self.dom.name(parent)).is_none() {
                continue;
            }
            let text = self.dom.inner_text(element);
            let length = text.chars().count();
            if length < 25 {
                continue;
            }
            let ancestors: Vec<NodeId> = self
                .dom
                .ancestors(element)
                .take(5)
                .filter(|&ancestor| self.dom.parent(ancestor).and_then(|parent| self.dom.name(parent)).is_some())
                .collect();
            if ancestors.is_empty() {
                continue;
            }
            let commas =
                text.chars().filter(|c| matches!(c, ',' | '،' | '﹐' | '︐' | '︑' | '⹁' | '⸴' | '⸲' | '，')).count();
            let score = 1.0 + (commas + 1) as f64 + (length / 100).min(3) as f64;
            for (level, &ancestor) in ancestors.iter().enumerate() {
                if self.score_of(ancestor).is_none() {
                    let initial = self.initial_score(ancestor);
                    self.set_score(ancestor, initial);
                    candidates.push(ancestor);
                }
                let divider = match level {
                    0 => 1.0,
                    1 => 2.0,
                    _ => level as f64 * 3.0,
                };
                let current = self.score_of(ancestor).unwrap_or_default();
                self.set_score(ancestor, current + score / divider);
            }
        }
        for &candidate in &candidates {
            let scaled = self.score_of(candidate).unwrap_or_default() * (1.0 - link_density(&self.dom, candidate));
            self.set_score(candidate, scaled);
        }
        candidates
    }

    fn initial_score(&self, id: NodeId) -> f64 {
        let by_name = match self.dom.name(id).unwrap_or_default() {
            "div" => 5.0,
            "pre" | "td" | "blockquote" => 3.0,
            "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
            _ => 0.0,
        };
        by_name + self.class_weight(id)
    }

    fn class_weight(&self, id: NodeId) -> f64 {
        if !self.flags.weight_classes {
            return 0.0;
        }
        let mut weight = 0.0;
        for attribute in ["class", "id"] {
            let Some(value) = self.dom.attr(id, attribute).filter(|value| !value.is_empty()) else { continue };
            let value = crate::case::lowercase(value);
            if contains_any(&value, NEGATIVE) || is_hid(&value) {
                weight -= 25.0;
            }
            if contains_any(&value, POSITIVE) {
                weight += 25.0;
            }
        }
        weight
    }

    fn top_candidate(&mut self, body: NodeId, candidates: &[NodeId]) -> NodeId {
        let mut ranked: Vec<(f64, NodeId)> = candidates
            .iter()
            .filter(|&&id| self.dom.ancestors(id).any(|ancestor| ancestor == Dom::ROOT))
            .map(|&id| (self.score_of(id).unwrap_or_default(), id))
            .collect();
        // Highest score first; document order breaks ties, so the result never depends on hashing.
        crate::sort::sort_by(&mut ranked, |a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        ranked.truncate(TOP_CANDIDATES);
        let Some(&(top_score, mut top)) = ranked.first().filter(|(_, id)| *id != body) else {
            return self.wrap_body(body);
        };
        let alternatives: Vec<Vec<NodeId>> = ranked[1..]
            .iter()
            .filter(|(score, _)| *score / top_score >= 0.75)
            .map(|&(_, id)| self.dom.ancestors(id).collect())
            .collect();
        if alternatives.len() >= 3 {
            let mut parent = self.dom.parent(top);
            while let Some(ancestor) = parent.filter(|&ancestor| ancestor != body && ancestor != Dom::ROOT) {
                let containing = alternatives.iter().filter(|list| list.contains(&ancestor)).count();
                if containing >= 3 {
                    top = ancestor;
                    break;
                }
                parent = self.dom.parent(ancestor);
            }
        }
        if self.score_of(top).is_none() {
            let initial = self.initial_score(top);
            self.set_score(top, initial);
        }
        let mut last = self.score_of(top).unwrap_or_default();
        let threshold = last / 3.0;
        let mut parent = self.dom.parent(top);
        while let Some(ancestor) = parent.filter(|&ancestor| ancestor != body && ancestor != Dom::ROOT) {
            let Some(score) = self.score_of(ancestor) else {
                parent = self.dom.parent(ancestor);
                continue;
            };
            if score < threshold {
                break;
            }
            if score > last {
                top = ancestor;
                break;
            }
            last = score;
            parent = self.dom.parent(ancestor);
        }
        while let Some(parent) = self.dom.parent(top).filter(|&parent| parent != body && parent != Dom::ROOT) {
            if self.dom.child_elements(parent).count() != 1 {
                break;
            }
            top = parent;
        }
        if self.score_of(top).is_none() {
            let initial = self.initial_score(top);
            self.set_score(top, initial);
        }
        top
    }

    /// No candidate: the whole body, moved into one container.
    fn wrap_body(&mut self, body: NodeId) -> NodeId {
        let container = self.dom.create_element("div");
        for child in self.dom.children(body).collect::<Vec<_>>() {
            self.dom.append(container, child);
        }
        self.dom.append(body, container);
        let initial = self.initial_score(container);
        self.set_score(container, initial);
        container
    }

    /// The article container: the top candidate and the siblings that look like more of it.
    fn merge_siblings(&mut self, top: NodeId) -> NodeId {
        let article = self.dom.create_element("div");
        let Some(parent) = self.dom.parent(top) else {
            self.dom.append(article, top);
            return article;
        };
        let top_score = self.score_of(top).unwrap_or_default();
        let threshold = (top_score * 0.2).max(10.0);
        let top_class = self.dom.attr(top, "class").unwrap_or_default().to_string();
        for sibling in self.dom.child_elements(parent).collect::<Vec<_>>() {
            let append = sibling == top || {
                let bonus = if !top_class.is_empty() && self.dom.attr(sibling, "class") == Some(top_class.as_str()) {
                    top_score * 0.2
                } else {
                    0.0
                };
                let scored = self.score_of(sibling).is_some_and(|score| score + bonus >= threshold);
                scored
                    || (self.dom.is(sibling, "p") && {
                        let density = link_density(&self.dom, sibling);
                        let text = self.dom.inner_text(sibling);
                        let length = text.chars().count();
                        (length > 80 && density < 0.25)
                            || (length < 80 && length > 0 && density == 0.0 && ends_a_sentence(&text))
                    })
            };
            if append {
                let name = self.dom.name(sibling).unwrap_or_default();
                if !KEEP_NAME_WHEN_MERGED.contains(&name) {
                    self.dom.rename(sibling, "div");
                }
                self.dom.append(article, sibling);
            }
        }
        article
    }

    /// Removes what is inside the article container but not article text.
    fn clean(&mut self, article: NodeId) {
        self.clean_conditionally(article, "form");
        self.clean_conditionally(article, "fieldset");
        for name in
            ["object", "embed", "footer", "link", "aside", "iframe", "input", "textarea", "select", "button", "nav"]
        {
            self.remove_all(article, |dom, id| dom.is(id, name));
        }
        let children: Vec<NodeId> = self.dom.child_elements(article).collect();
        for child in children {
            self.remove_all(child, |dom, id| {
                is_share(&signature(dom, id)) && dom.text_content(id).chars().count() < 500
            });
        }
        let weights: Vec<(NodeId, f64)> = self
            .dom
            .descendants(article)
            .filter(|&id| matches!(self.dom.name(id), Some("h1" | "h2")))
            .map(|id| (id, self.class_weight(id)))
            .collect();
        for (id, weight) in weights {
            if weight < 0.0 {
                self.dom.detach(id);
            }
        }
        for name in ["table", "ul", "div"] {
            self.clean_conditionally(article, name);
        }
        let headings: Vec<NodeId> = self.dom.descendants(article).filter(|&id| self.dom.is(id, "h1")).collect();
        for heading in headings {
            self.dom.rename(heading, "h2");
        }
        self.remove_all(article, |dom, id| {
            dom.is(id, "p")
                && !dom.descendants(id).any(|d| matches!(dom.name(d), Some("img" | "embed" | "object" | "iframe")))
                && dom.text_content(id).trim().is_empty()
        });
    }

    fn remove_all(&mut self, root: NodeId, doomed: impl Fn(&Dom, NodeId) -> bool) {
        let found: Vec<NodeId> = self.dom.descendants(root).filter(|&id| doomed(&self.dom, id)).collect();
        for id in found {
            self.dom.detach(id);
        }
    }

    /// Removes `name` elements that look like boxes of links, images or
    /// forms rather than article text.
    fn clean_conditionally(&mut self, article: NodeId, name: &str) {
        if !self.flags.clean_conditionally {
            return;
        }
        let elements: Vec<NodeId> = self.dom.descendants(article).filter(|&id| self.dom.is(id, name)).collect();
        let data_tables: Vec<NodeId> = self
            .dom
            .descendants(article)
            .filter(|&id| self.dom.is(id, "table") && is_data_table(&self.dom, id))
            .collect();
        for &id in elements.iter().rev() {
            let attached = self.dom.ancestors(id).any(|ancestor| ancestor == article);
            if !attached || self.should_remove(id, name, &data_tables) == Some(false) {
                continue;
            }
            self.dom.detach(id);
        }
    }

    /// `Some(true)` to remove, `Some(false)` to keep.
    fn should_remove(&self, id: NodeId, name: &str, data_tables: &[NodeId]) -> Option<bool> {
        let dom = &self.dom;
        let text = dom.inner_text(id);
        let length = text.chars().count();
        let mut is_list = matches!(name, "ul" | "ol");
        if !is_list && length > 0 {
            let list_length: usize = dom
                .descendants(id)
                .filter(|&d| matches!(dom.name(d), Some("ul" | "ol")))
                .map(|list| dom.inner_text_len(list))
                .sum();
            is_list = list_length as f64 / length as f64 > 0.9;
        }
        if data_tables.contains(&id) || dom.ancestors(id).any(|ancestor| data_tables.contains(&ancestor)) {
            return Some(false);
        }
        if has_ancestor(dom, id, "code", 3) {
            return Some(false);
        }
        let weight = self.class_weight(id);
        if weight < 0.0 {
            return Some(true);
        }
        if text.matches(',').count() >= 10 {
            return Some(false);
        }
        let count =
            |names: &[&str]| dom.descendants(id).filter(|&d| dom.name(d).is_some_and(|n| names.contains(&n))).count();
        let paragraphs = count(&["p"]) as f64;
        let images = count(&["img"]) as f64;
        let items = count(&["li"]) as f64 - 100.0;
        let inputs = count(&["input"]) as f64;
        let embeds = count(&["object", "embed", "iframe"]);
        let heading_length: usize = dom
            .descendants(id)
            .filter(|&d| matches!(dom.name(d), Some("h1" | "h2" | "h3" | "h4" | "h5" | "h6")))
            .map(|heading| dom.inner_text_len(heading))
            .sum();
        let heading_density = if length == 0 { 0.0 } else { heading_length as f64 / length as f64 };
        let lower = crate::case::lowercase(&text);
        if matches!(lower.as_str(), "ad" | "advertising" | "advertisement" | "loading" | "loading..." | "loading…") {
            return Some(true);
        }
        let in_figure = has_ancestor(dom, id, "figure", 3);
        let density = link_density(dom, id);
        let remove = (images > 1.0 && paragraphs / images < 0.5 && !in_figure)
            || (!is_list && items > paragraphs)
            || (inputs > (paragraphs / 3.0).floor())
            || (!is_list && heading_density < 0.9 && length < 25 && (images == 0.0 || images > 2.0) && !in_figure)
            || (!is_list && weight < 25.0 && density > 0.2)
            || (weight >= 25.0 && density > 0.5)
            || ((embeds == 1 && length < 75) || embeds > 1);
        if is_list && remove {
            // A list of images, one per item, stays.
            let gallery = dom.child_elements(id).all(|item| {
                let children: Vec<NodeId> = dom.child_elements(item).collect();
                children.len() == 1 && dom.is(children[0], "img")
            });
            if gallery && dom.child_elements(id).next().is_some() {
                return Some(false);
            }
        }
        Some(remove)
    }
}

/// "class id", lower case: what the class and id rules match against.
fn signature(dom: &Dom, id: NodeId) -> String {
    crate::case::lowercase(&format!(
        "{} {}",
        dom.attr(id, "class").unwrap_or_default(),
        dom.attr(id, "id").unwrap_or_default()
    ))
}

fn contains_any(haystack: &str, needles: &[&str]) -> bool {
    needles.iter().any(|needle| search::contains(haystack, needle))
}

/// The class "hid" (hidden) as a whole word.
fn is_hid(value: &str) -> bool {
    value.split_whitespace().any(|word| word == "hid")
}

/// "share" or "sharedaddy" as a whole word of a class or id.
fn is_share(signature: &str) -> bool {
    signature.split(|c: char| !c.is_ascii_alphanumeric()).any(|word| word == "share" || word == "sharedaddy")
}

fn is_byline(dom: &Dom, id: NodeId, signature: &str) -> bool {
    let marked = dom.attr(id, "rel") == Some("author")
        || dom.attr(id, "itemprop").is_some_and(|itemprop| search::contains(itemprop, "author"))
        || contains_any(signature, BYLINE);
    if !marked {
        return false;
    }
    let length = dom.inner_text_len(id);
    length > 0 && length < 100
}

/// How much of `text`'s words are also in `reference` (1 when all are), by length.
pub fn similarity(reference: &str, text: &str) -> f64 {
    let tokens = |text: &str| -> Vec<String> {
        text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(crate::case::lowercase).collect()
    };
    let (a, b) = (tokens(reference), tokens(text));
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let unique: Vec<&String> = b.iter().filter(|token| !a.contains(token)).collect();
    let unique_length = unique.iter().map(|t| t.chars().count()).sum::<usize>() + unique.len().saturating_sub(1);
    let total_length = b.iter().map(|t| t.chars().count()).sum::<usize>() + b.len() - 1;
    1.0 - unique_length as f64 / total_length as f64
}

fn has_ancestor(dom: &Dom, id: NodeId, name: &str, max_depth: usize) -> bool {
    dom.ancestors(id).take(max_depth).any(|ancestor| dom.is(ancestor, name))
}

/// Whether each node under `root` (by id) holds text other than whitespace.
/// The walk may later move a node or detach part of the page, but only
/// around or after what it has passed, so a node's entry holds when the walk
/// reaches it; nodes the walk creates are not in the table.
fn text_below(dom: &Dom, root: NodeId) -> Vec<bool> {
    let mut below = vec![false; dom.len()];
    let order: Vec<NodeId> = dom.descendants(root).collect();
    for &id in order.iter().rev() {
        below[id] |= dom.text(id).is_some_and(|text| !text.trim().is_empty());
        if let Some(parent) = dom.parent(id) {
            below[parent] |= below[id];
        }
    }
    below
}

fn is_without_content(dom: &Dom, id: NodeId, text_below: &[bool]) -> bool {
    let has_text = match text_below.get(id) {
        Some(&known) => known,
        None => !dom.text_content(id).trim().is_empty(),
    };
    !has_text && dom.child_elements(id).all(|child| matches!(dom.name(child), Some("br" | "hr")))
}

/// The only child of `id`, when it is an element named `name` and there is no text beside it.
fn single_child(dom: &Dom, id: NodeId, name: &str) -> Option<NodeId> {
    let mut elements = dom.child_elements(id);
    let only = elements.next().filter(|_| elements.next().is_none())?;
    let text_beside = dom.children(id).any(|child| dom.text(child).is_some_and(|text| !text.trim().is_empty()));
    (dom.is(only, name) && !text_beside).then_some(only)
}

fn has_block_descendant(dom: &Dom, id: NodeId) -> bool {
    dom.descendants(id).any(|d| dom.name(d).is_some_and(|name| BLOCKS.contains(&name)))
}

fn is_whitespace(dom: &Dom, id: NodeId) -> bool {
    dom.text(id).is_some_and(|text| text.trim().is_empty())
}

fn is_phrasing(dom: &Dom, id: NodeId) -> bool {
    match &dom.node(id).data {
        NodeData::Text(_) => true,
        NodeData::Element { name, .. } => {
            PHRASING.contains(&&**name)
                || (matches!(&**name, "a" | "del" | "ins") && dom.children(id).all(|child| is_phrasing(dom, child)))
        }
        NodeData::Root => false,
    }
}

/// Runs of inline content directly inside a `<div>` become paragraphs.
fn wrap_phrasing_runs(dom: &mut Dom, div: NodeId) {
    let mut paragraph: Option<NodeId> = None;
    let mut next = dom.first_child(div);
    while let Some(child) = next {
        next = dom.next_sibling(child);
        if is_phrasing(dom, child) {
            match paragraph {
                Some(open) => dom.append(open, child),
                None if is_whitespace(dom, child) => {}
                None => {
                    let open = dom.create_element("p");
                    dom.insert_before(child, open);
                    dom.append(open, child);
                    paragraph = Some(open);
                }
            }
        } else if let Some(open) = paragraph.take() {
            trim_trailing_whitespace(dom, open);
        }
    }
}

fn trim_trailing_whitespace(dom: &mut Dom, id: NodeId) {
    while let Some(last) = dom.last_child(id).filter(|&last| is_whitespace(dom, last)) {
        dom.detach(last);
    }
}

/// The share of `id`'s text that is link text (in-page `#` links count less).
fn link_density(dom: &Dom, id: NodeId) -> f64 {
    let length = dom.inner_text_len(id);
    if length == 0 {
        return 0.0;
    }
    let links: f64 = dom
        .descendants(id)
        .filter(|&d| dom.is(d, "a"))
        .map(|link| {
            let weight = if dom.attr(link, "href").is_some_and(|href| href.len() > 1 && href.starts_with('#')) {
                0.3
            } else {
                1.0
            };
            dom.inner_text_len(link) as f64 * weight
        })
        .sum();
    links / length as f64
}

fn ends_a_sentence(text: &str) -> bool {
    search::contains(text, ". ") || text.ends_with('.')
}

fn is_data_table(dom: &Dom, table: NodeId) -> bool {
    if dom.attr(table, "role") == Some("presentation") || dom.attr(table, "datatable") == Some("0") {
        return false;
    }
    if dom.attr(table, "summary").is_some() {
        return true;
    }
    if dom.child_elements(table).any(|child| dom.is(child, "caption") && !dom.inner_text(child).is_empty()) {
        return true;
    }
    if dom.descendants(table).any(|d| matches!(dom.name(d), Some("col" | "colgroup" | "tfoot" | "thead" | "th"))) {
        return true;
    }
    if dom.descendants(table).any(|d| dom.is(d, "table")) {
        return false;
    }
    let rows: Vec<NodeId> = dom.descendants(table).filter(|&d| dom.is(d, "tr")).collect();
    let columns = rows.iter().map(|&row| dom.child_elements(row).count()).max().unwrap_or(0);
    rows.len() >= 10 || columns > 4 || rows.len() * columns > 10
}

fn first_element_child(dom: &Dom, id: NodeId) -> Option<NodeId> {
    dom.child_elements(id).next()
}

fn next_sibling_skipping_space(dom: &Dom, id: NodeId) -> Option<NodeId> {
    let mut next = dom.next_sibling(id);
    while let Some(node) = next.filter(|&node| is_whitespace(dom, node)) {
        next = dom.next_sibling(node);
    }
    next
}

fn next_element_sibling(dom: &Dom, id: NodeId) -> Option<NodeId> {
    let mut next = dom.next_sibling(id);
    while let Some(node) = next.filter(|&node| dom.name(node).is_none()) {
        next = dom.next_sibling(node);
    }
    next
}

/// The next element in document order within `scope`, optionally skipping `id`'s subtree.
fn next_element(dom: &Dom, id: NodeId, skip_children: bool, scope: NodeId) -> Option<NodeId> {
    if !skip_children {
        if let Some(child) = first_element_child(dom, id) {
            return Some(child);
        }
    }
    let mut node = id;
    loop {
        if node == scope {
            return None;
        }
        if let Some(sibling) = next_element_sibling(dom, node) {
            return Some(sibling);
        }
        node = dom.parent(node)?;
    }
}
