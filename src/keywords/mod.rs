//! Keywords own term frequency: counting, stop words, phrases, stemming, the
//! per-term statistics and per-article distinctive terms of the report, and
//! the concordance.
//!
//! # The term model
//!
//! Other stages (outlet comparison) build on this, so it stays small:
//! - A [`Vocabulary`] interns every term once as a [`TermId`] with a
//!   [`TermKind`]: words (and numbers, URLs, e-mails, handles, hashtags) under
//!   their folded key ([`crate::text::Keys`]), phrases under the ids of their
//!   words, names under their folded words. [`Vocabulary::display`] gives the
//!   form a term is shown in (a word's or a name's commonest written form; a
//!   phrase's words so shown), and
//!   [`Vocabulary::is_stop_word`] marks the stop words in force.
//! - Each article is counted once into [`TermCounts`]: `terms()`, the bag of
//!   term ids with counts (words, phrases and names that are not stop words,
//!   by id), `stop_words()` likewise, and `words`, all its tokens; packed,
//!   as the corpus keeps them all.
//! - Headline words count: a headline is the outlet's own words. They are
//!   counted with the body (so `words` covers both) but the headline is
//!   tokenised separately, so no phrase spans the two, and a concordance line
//!   says which part it comes from.
//!
//! # Phrases
//!
//! Two or three words in a row with only spaces between them (no sentence
//! end, line break or punctuation), neither first nor last a stop word; a
//! stop word may stand in the middle ("freedom of speech"). Phrases are ranked
//! by Dunning's log-likelihood G² of their count against the count expected if
//! their words were independent: `2 (O ln(O/E) + (N−O) ln((N−O)/(N−E)))` with
//! `E = N Π(fᵢ/N)`, N the words and fᵢ the counts of the phrase's words in the
//! selection; negative when O < E.
//!
//! # Names
//!
//! The names of an article's body ([`crate::names`]: runs of capitalised
//! words, titles set apart) are terms of kind `name`, added by
//! [`Counter::count_article_with_names`] after the article's tokens are counted. Every
//! mention counts under the fullest form its own article gives: "Hegseth"
//! counts for "Pete Hegseth" where the article names him in full, and for
//! "Hegseth" where it never does. Headlines, often written in title case,
//! are not read for names. Names are listed apart from words and phrases.
//!
//! # Statistics (over the articles a filter selects)
//!
//! Frequency per 10,000 words; dispersion as Gries' DP (Gries 2008,
//! "Dispersions and adjusted frequencies in corpora"), with articles as the
//! parts: `DP = ½ Σ |vᵢ − sᵢ|`, sᵢ an article's share of the words, vᵢ its
//! share of the term; 0 is perfectly even, values near 1 mean the term sits
//! in few articles. Per article, its distinctive words by TF-IDF:
//! `count × ln(articles / articles with the word)`.

mod concordance;
mod count;
mod stats;
mod stopwords;
mod term_counts;
mod vocabulary;

pub use concordance::{concordance, Concordance, ConcordanceLine, Part, QueryError, Source};
pub use count::{counted_names, Counter};
pub(crate) use stats::round;
pub use stats::{summarize, Selected, Summary};
pub use stopwords::{StopWords, NEWS as NEWS_WORDS};
pub use term_counts::{Pairs, TermCounts};
pub use vocabulary::{TermId, TermKind, Vocabulary};

use crate::options::options_from_json;

/// Keyword options, as the JS API and the CLI pass them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeywordOptions {
    /// How many terms `keywords` (and `phrases`) list.
    pub limit: usize,
    /// Edits to the default stop-word list.
    pub stop_words: StopWordEdits,
    /// Also remove the words of news reporting ("said", "told", "Mr"…).
    pub news_stop_words: bool,
    /// Group words by their Snowball English stem ("negotiation", "negotiations", "negotiate").
    pub stemming: bool,
    /// List numbers among the keywords.
    pub numbers: bool,
    /// Count phrases of two and three words.
    pub phrases: bool,
    /// Words seen fewer times are not listed.
    pub min_count: u32,
    /// Phrases seen fewer times are not listed.
    pub phrase_min_count: u32,
}

impl Default for KeywordOptions {
    fn default() -> Self {
        KeywordOptions {
            limit: 500,
            stop_words: StopWordEdits::default(),
            news_stop_words: false,
            stemming: false,
            numbers: true,
            phrases: true,
            min_count: 1,
            phrase_min_count: 3,
        }
    }
}

/// Words added to and removed from the default stop-word list.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StopWordEdits {
    pub add: Vec<String>,
    pub remove: Vec<String>,
}

options_from_json!(KeywordOptions {
    limit: "limit",
    stop_words: "stopWords",
    news_stop_words: "newsStopWords",
    stemming: "stemming",
    numbers: "numbers",
    phrases: "phrases",
    min_count: "minCount",
    phrase_min_count: "phraseMinCount",
});
options_from_json!(StopWordEdits { add: "add", remove: "remove" });
