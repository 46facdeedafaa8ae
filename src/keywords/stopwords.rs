//! Stop words: the short default list of English function words, the
//! optional list of news-reporting words, and the user's edits. Content words
//! such as "new", "world", "million" or "US" are on neither list; hiding them
//! is the user's choice.

use rustc_hash::FxHashSet;

use super::StopWordEdits;
use crate::text::{self, FUNCTION_WORDS};

/// The default list: function words only (articles, pronouns, auxiliaries,
/// prepositions, conjunctions, the commonest determiners and adverbs).
pub const DEFAULT: &str = FUNCTION_WORDS;

/// Words of reporting rather than of the story, removed only on request
/// (option `newsStopWords`).
pub const NEWS: &str = "according added adding also asked commented dr explained mr mrs ms noted reported reportedly \
    reporters said say saying says spokesman spokesperson spokeswoman stated statement tell \
    telling tells told";

/// The stop words in force for one analysis, as folded keys.
#[derive(Debug, Clone)]
pub struct StopWords(FxHashSet<String>);

impl StopWords {
    pub fn new(edits: &StopWordEdits, news: bool) -> Self {
        let keys = |words: &[String]| -> Vec<String> { words.iter().filter_map(|word| text::key_of(word)).collect() };
        let news_words = if news { NEWS } else { "" };
        let mut words: FxHashSet<String> = DEFAULT
            .split_ascii_whitespace()
            .chain(news_words.split_ascii_whitespace())
            .filter_map(text::key_of)
            .collect();
        words.extend(keys(&edits.add));
        for key in keys(&edits.remove) {
            words.remove(&key);
        }
        StopWords(words)
    }

    pub fn contains(&self, key: &str) -> bool {
        self.0.contains(key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn edits(add: &[&str], remove: &[&str]) -> StopWordEdits {
        let strings = |words: &[&str]| words.iter().map(|word| word.to_string()).collect();
        StopWordEdits { add: strings(add), remove: strings(remove) }
    }

    #[test]
    fn the_default_list_holds_function_words_only() {
        let stop_words = StopWords::new(&StopWordEdits::default(), false);
        for key in ["the", "and", "it's", "they're", "us"] {
            assert!(stop_words.contains(key), "{key} should be a stop word");
        }
        for key in ["said", "new", "world", "million", "US", "uk", "black", "police"] {
            assert!(!stop_words.contains(key), "{key} is content, not a stop word");
        }
    }

    #[test]
    fn news_words_are_added_only_on_request() {
        assert!(!StopWords::new(&StopWordEdits::default(), false).contains("said"));
        let news = StopWords::new(&StopWordEdits::default(), true);
        for key in ["said", "told", "mr", "mrs", "according"] {
            assert!(news.contains(key), "{key}");
        }
        let news: Vec<&str> = NEWS.split_ascii_whitespace().collect();
        assert!(news.windows(2).all(|pair| pair[0] < pair[1]), "NEWS is sorted");
    }

    #[test]
    fn edits_are_folded_like_the_words_of_a_text() {
        let cases = [
            // "harbour" is counted under the key of both spellings, "harbor".
            (edits(&["Harbour", "U.S."], &[]), &["harbor", "US"][..], &["uk"][..]),
            (edits(&[], &["The", "US"]), &["and", "us"], &["the"]),
            (edits(&["Okafor’s"], &["us"]), &["okafor"], &["us", "US"]),
        ];
        for (edits, stopped, kept) in cases {
            let stop_words = StopWords::new(&edits, false);
            for key in stopped {
                assert!(stop_words.contains(key), "{key} stopped by {edits:?}");
            }
            for key in kept {
                assert!(!stop_words.contains(key), "{key} kept by {edits:?}");
            }
        }
    }
}
