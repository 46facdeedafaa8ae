//! Keywords own term frequency: every article's words are counted under their
//! folded key, and the corpus totals become the ranked `keywords` of the
//! report, each shown in its most frequent written form.

mod stopwords;

use std::collections::HashMap;

use serde::Deserialize;

use crate::text;

pub use stopwords::StopWords;

/// Index of a term in a [`Vocabulary`].
pub type TermId = u32;

/// Keyword options, as the JS API and the CLI pass them.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(default, rename_all = "camelCase", deny_unknown_fields)]
pub struct KeywordOptions {
    /// How many terms the report lists.
    pub limit: usize,
    /// Edits to the default stop-word list.
    pub stop_words: StopWordEdits,
}

impl Default for KeywordOptions {
    fn default() -> Self {
        KeywordOptions { limit: 500, stop_words: StopWordEdits::default() }
    }
}

/// Words added to and removed from the default stop-word list.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct StopWordEdits {
    pub add: Vec<String>,
    pub remove: Vec<String>,
}

/// Every counted term of a corpus, with how often each written form occurred.
#[derive(Debug, Default)]
pub struct Vocabulary {
    ids: HashMap<String, TermId>,
    terms: Vec<Term>,
}

#[derive(Debug)]
struct Term {
    key: String,
    /// Written forms and their counts; the commonest is what the report shows.
    forms: Vec<(String, u32)>,
}

impl Vocabulary {
    fn intern(&mut self, key: &str, form: &str) -> TermId {
        let id = match self.ids.get(key) {
            Some(&id) => id,
            None => {
                let id = self.terms.len() as TermId;
                self.ids.insert(key.to_string(), id);
                self.terms.push(Term { key: key.to_string(), forms: Vec::new() });
                id
            }
        };
        let forms = &mut self.terms[id as usize].forms;
        match forms.iter_mut().find(|(written, _)| written == form) {
            Some((_, count)) => *count += 1,
            None => forms.push((form.to_string(), 1)),
        }
        id
    }

    /// The form a term is shown in: its commonest written form. Ties go to the
    /// lower-case form, then to the alphabetically first, so that the report
    /// does not depend on input order.
    pub fn display(&self, id: TermId) -> &str {
        let term = &self.terms[id as usize];
        let rank = |form: &str, count: u32| (count, form == term.key);
        term.forms
            .iter()
            .max_by(|(a, count_a), (b, count_b)| rank(a, *count_a).cmp(&rank(b, *count_b)).then_with(|| b.cmp(a)))
            .map_or(term.key.as_str(), |(form, _)| form.as_str())
    }
}

/// The counts of one article.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TermCounts {
    /// How often each term that is not a stop word occurs, sorted by term id.
    pub terms: Vec<(TermId, u32)>,
    /// All words, stop words included.
    pub words: usize,
}

/// Counts the words of one article.
pub fn count_article(article_text: &str, stop_words: &StopWords, vocabulary: &mut Vocabulary) -> TermCounts {
    let mut key = String::new();
    let mut counts: HashMap<TermId, u32> = HashMap::new();
    let mut words = 0;
    for token in text::words(article_text) {
        words += 1;
        let form = &article_text[token.start..token.end];
        text::fold(form, &mut key);
        if stop_words.contains(&key) {
            continue;
        }
        *counts.entry(vocabulary.intern(&key, form)).or_default() += 1;
    }
    let mut terms: Vec<_> = counts.into_iter().collect();
    terms.sort_unstable();
    TermCounts { terms, words }
}

/// A ranked keyword of the corpus.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Keyword {
    pub term: String,
    pub count: u32,
    /// Number of articles the term occurs in.
    pub docs: u32,
}

/// The `limit` most frequent terms over `articles`, by count, then articles,
/// then term, so that ties are broken the same way for any input order.
pub fn top_keywords<'a>(
    articles: impl IntoIterator<Item = &'a TermCounts>,
    vocabulary: &Vocabulary,
    limit: usize,
) -> Vec<Keyword> {
    let mut totals: HashMap<TermId, (u32, u32)> = HashMap::new();
    for counts in articles {
        for &(id, count) in &counts.terms {
            let total = totals.entry(id).or_default();
            total.0 += count;
            total.1 += 1;
        }
    }
    let mut keywords: Vec<Keyword> = totals
        .into_iter()
        .map(|(id, (count, docs))| Keyword { term: vocabulary.display(id).to_string(), count, docs })
        .collect();
    keywords.sort_by(|a, b| b.count.cmp(&a.count).then(b.docs.cmp(&a.docs)).then_with(|| a.term.cmp(&b.term)));
    keywords.truncate(limit);
    keywords
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keywords_of(texts: &[&str], options: &KeywordOptions) -> Vec<(String, u32, u32)> {
        let stop_words = StopWords::new(&options.stop_words);
        let mut vocabulary = Vocabulary::default();
        let counts: Vec<_> = texts.iter().map(|text| count_article(text, &stop_words, &mut vocabulary)).collect();
        top_keywords(&counts, &vocabulary, options.limit)
            .into_iter()
            .map(|keyword| (keyword.term, keyword.count, keyword.docs))
            .collect()
    }

    #[test]
    fn counts_terms_across_articles_without_stop_words() {
        let texts = ["The Harbour and the harbour.", "A harbour levy; the levy."];
        let expected = vec![("harbour".to_string(), 3, 2), ("levy".to_string(), 2, 1)];
        assert_eq!(keywords_of(&texts, &KeywordOptions::default()), expected);
    }

    #[test]
    fn shows_the_commonest_written_form() {
        let texts = ["Mayor Okafor spoke. Okafor left.", "OKAFOR returned."];
        assert_eq!(keywords_of(&texts, &KeywordOptions::default())[0], ("Okafor".to_string(), 3, 2));
    }

    #[test]
    fn stop_word_edits_apply() {
        let options = KeywordOptions {
            limit: 10,
            stop_words: StopWordEdits { add: vec!["Harbour".into()], remove: vec!["the".into()] },
        };
        let expected = vec![("the".to_string(), 2, 1), ("end".to_string(), 1, 1), ("levy".to_string(), 1, 1)];
        assert_eq!(keywords_of(&["The harbour levy, the end"], &options), expected);
    }

    #[test]
    fn limit_cuts_the_ranked_list() {
        let options = KeywordOptions { limit: 1, ..KeywordOptions::default() };
        assert_eq!(keywords_of(&["levy levy harbour"], &options), vec![("levy".to_string(), 2, 1)]);
    }
}
