//! Quotes own quotations: where each one is in an article's text, whether
//! it is reported speech or a fragment, who is speaking and with which verb.
//!
//! [`marks`] finds the quotations with a byte scan for quotation marks;
//! [`attribution`] reads only the sentences around each one, with the names
//! of the article ([`crate::names`]) to give speakers their fullest form.

mod attribution;
mod frame;
pub mod marks;
pub mod speakers;
mod verbs;

pub use attribution::Speaker;

/// One quotation of a text, by byte offsets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    /// At the opening mark.
    pub start: usize,
    /// Just after the closing mark (or at the end of the paragraph of an unclosed quotation).
    pub end: usize,
    /// The quoted words without marks; the paragraphs of a long quotation are separated by a blank line.
    pub text: String,
    pub speaker: Option<Speaker>,
    /// The reporting verb as written ("said", "told", "according to").
    pub verb: Option<String>,
    pub kind: Kind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Reported speech.
    Direct,
    /// A fragment inside a sentence, a scare quote or a title ('lawfare', “fake news”).
    Partial,
}

/// The quotations of `text` (paragraphs are lines), in order.
pub fn find(text: &str) -> Vec<Quote> {
    let spans = marks::find(text);
    if spans.is_empty() {
        return Vec::new();
    }
    let mut names = crate::names::Names::find(text);
    let attributions = attribution::attribute(text, &spans, &mut names);
    spans
        .into_iter()
        .zip(attributions)
        .map(|(span, attribution)| Quote {
            start: span.start,
            end: span.end,
            text: span.pieces.iter().map(|piece| &text[piece.clone()]).collect::<Vec<_>>().join("\n\n"),
            speaker: attribution.speaker,
            verb: attribution.verb,
            kind: if attribution.direct { Kind::Direct } else { Kind::Partial },
        })
        .collect()
}
