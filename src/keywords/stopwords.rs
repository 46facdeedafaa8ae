//! Stop words: the short default list of English function words, and the
//! user's edits to it. Content words such as "said", "new" or "US" are never
//! on the default list; hiding them is the user's choice.

use std::collections::HashSet;

use super::StopWordEdits;
use crate::text;

/// Function words only: articles, pronouns, auxiliaries, prepositions,
/// conjunctions and the commonest determiners and adverbs.
pub const DEFAULT: &[&str] = &[
    "a",
    "about",
    "above",
    "after",
    "again",
    "against",
    "all",
    "am",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "below",
    "between",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "doing",
    "down",
    "during",
    "each",
    "either",
    "even",
    "ever",
    "every",
    "few",
    "for",
    "from",
    "further",
    "had",
    "has",
    "have",
    "having",
    "he",
    "he'd",
    "he'll",
    "he's",
    "her",
    "here",
    "hers",
    "herself",
    "him",
    "himself",
    "his",
    "how",
    "i",
    "i'd",
    "i'll",
    "i'm",
    "i've",
    "if",
    "in",
    "into",
    "is",
    "it",
    "it's",
    "its",
    "itself",
    "just",
    "let's",
    "may",
    "me",
    "might",
    "more",
    "most",
    "much",
    "must",
    "my",
    "myself",
    "neither",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "off",
    "on",
    "once",
    "only",
    "or",
    "other",
    "our",
    "ours",
    "ourselves",
    "out",
    "over",
    "own",
    "same",
    "shall",
    "she",
    "she'd",
    "she'll",
    "she's",
    "should",
    "so",
    "some",
    "such",
    "than",
    "that",
    "that's",
    "the",
    "their",
    "theirs",
    "them",
    "themselves",
    "then",
    "there",
    "there's",
    "these",
    "they",
    "they'd",
    "they'll",
    "they're",
    "they've",
    "this",
    "those",
    "through",
    "to",
    "too",
    "under",
    "until",
    "up",
    "upon",
    "very",
    "was",
    "we",
    "we'd",
    "we'll",
    "we're",
    "we've",
    "were",
    "what",
    "what's",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "who's",
    "whom",
    "whose",
    "why",
    "will",
    "with",
    "within",
    "without",
    "would",
    "yet",
    "you",
    "you'd",
    "you'll",
    "you're",
    "you've",
    "your",
    "yours",
    "yourself",
    "yourselves",
];

/// The stop words in force for one analysis, as folded keys.
#[derive(Debug, Clone)]
pub struct StopWords(HashSet<String>);

impl StopWords {
    pub fn new(edits: &StopWordEdits) -> Self {
        let mut key = String::new();
        let mut fold = |word: &str| {
            text::fold(word, &mut key);
            key.clone()
        };
        let mut words: HashSet<String> = DEFAULT.iter().map(|word| fold(word)).collect();
        words.extend(edits.add.iter().map(|word| fold(word)));
        for word in &edits.remove {
            words.remove(&fold(word));
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

    #[test]
    fn default_list_holds_function_words_only() {
        let stop_words = StopWords::new(&StopWordEdits::default());
        for word in ["the", "and", "it's", "they're"] {
            assert!(stop_words.contains(word), "{word} should be a stop word");
        }
        for word in ["said", "new", "world", "million", "us", "uk", "black", "police"] {
            assert!(!stop_words.contains(word), "{word} is content, not a stop word");
        }
        assert!((150..=200).contains(&DEFAULT.len()), "{} default stop words", DEFAULT.len());
    }
}
