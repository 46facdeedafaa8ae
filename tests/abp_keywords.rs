//! The tokenizer's rules on real news text: the abp-dev evaluation articles
//! (Reuters, BBC News, The Guardian), read from `content_original` with
//! serde_json until ingest reads these files itself. Skips with a message
//! when the data is absent; every rule is also tested on written fixtures.
#![cfg(not(target_arch = "wasm32"))]

use newslens::keywords::{KeywordOptions, Summary};

mod support {
    pub mod abp;
}

fn summary(options: &KeywordOptions) -> Option<Summary> {
    let articles = match support::abp::articles() {
        Ok(articles) => articles,
        Err(message) => {
            eprintln!("skipped: {message}");
            return None;
        }
    };
    Some(support::abp::keywords(&articles, options).0)
}

#[test]
fn the_top_terms_have_no_split_abbreviations_possessives_or_pronoun_us() {
    let Some(summary) = summary(&KeywordOptions::default()) else { return };
    let top: Vec<&str> = summary.keywords.iter().take(50).map(|keyword| keyword.term.as_str()).collect();
    for term in &top {
        assert!(term.chars().count() > 1, "a split abbreviation or possessive {term:?} in the top 50: {top:?}");
        assert!(!term.ends_with("'s") && !term.ends_with("’s"), "possessive {term:?} in the top 50");
    }
    assert!(top.contains(&"US") || top.contains(&"U.S."), "the country is in the top 50: {top:?}");
    assert!(summary.keywords.iter().all(|keyword| keyword.term != "us"), "the pronoun is a stop word");
    let listed = |term: &str| summary.keywords.iter().any(|keyword| keyword.term.eq_ignore_ascii_case(term));
    for fragment in ["u", "s", "k", "n", "t", "m"] {
        assert!(!listed(fragment), "fragment {fragment:?} of an abbreviation or contraction is listed");
    }
    assert!(summary.stop_words.iter().any(|stop| stop.term == "us"), "the pronoun is counted as a stop word");
}

#[test]
fn phrases_surface_multi_word_names_and_collocations() {
    let Some(summary) = summary(&KeywordOptions::default()) else { return };
    let top: Vec<&str> = summary.phrases.iter().take(100).map(|phrase| phrase.term.as_str()).collect();
    for phrase in ["White House", "Donald Trump", "North Korea", "New York"] {
        assert!(top.contains(&phrase), "{phrase:?} among the top 100 phrases: {top:?}");
    }
}

/// The check, as a user meets it: the files go through ingest (which
/// takes captions, credits and promotions out), and the top 50 terms of the
/// whole corpus hold none of that furniture.
#[test]
fn the_top_terms_of_the_files_as_read_hold_no_caption_or_furniture_words() {
    let folder = support::abp::data_dir().join("abp-dev/jsons");
    let Ok(entries) = std::fs::read_dir(&folder) else {
        eprintln!("skipped: evaluation data {} is absent; set NEWSLENS_DATA", folder.display());
        return;
    };
    let mut paths: Vec<_> = entries.filter_map(|entry| entry.ok().map(|entry| entry.path())).collect();
    paths.sort();
    let mut corpus = newslens::Corpus::new(newslens::Options::default());
    for path in &paths {
        let bytes = std::fs::read(path).expect("a readable evaluation file");
        corpus.add_file(&path.display().to_string(), &bytes);
    }
    let report = corpus.report(&newslens::Filter::default());
    let top: Vec<&str> = report.keywords.iter().take(50).map(|keyword| keyword.term.as_str()).collect();
    const FURNITURE: &[&str] = &[
        "image",
        "images",
        "caption",
        "copyright",
        "getty",
        "media",
        "photo",
        "photograph",
        "pinterest",
        "playback",
        "unsupported",
        "device",
        "advertisement",
        "share",
        "reuters",
        "bbc",
        "guardian",
        "afp",
        "read",
        "video",
    ];
    for term in &top {
        assert!(!FURNITURE.contains(&term.to_lowercase().as_str()), "furniture word {term:?} in the top 50: {top:?}");
        assert!(term.chars().count() > 1, "a split abbreviation {term:?} in the top 50: {top:?}");
    }
    assert_eq!(top.first(), Some(&"said"));
}
