//! Reads the abp-dev evaluation articles (title, body, outlet, date) from
//! `$NEWSLENS_DATA/abp-dev/jsons`, the data folder defaulting to
//! `../shared/data` beside the repository, and runs the keywords stage on
//! them. Shared by the data-gated test and the keywords example; the text is
//! read, never copied.

use std::path::PathBuf;

use newslens::keywords::{summarize, Counter, KeywordOptions, Selected, Summary};

pub struct AbpArticle {
    pub title: String,
    pub body: String,
    pub source: String,
    pub date: Option<String>,
}

pub fn data_dir() -> PathBuf {
    std::env::var_os("NEWSLENS_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data"))
}

/// The files of `abp-dev/jsons` as (name, bytes), in name order, as a user
/// would drop them, or why they cannot be read.
#[allow(dead_code)] // for the examples that add whole files; the keyword checks read articles
pub fn files() -> Result<Vec<(String, Vec<u8>)>, String> {
    let folder = data_dir().join("abp-dev/jsons");
    let entries = std::fs::read_dir(&folder)
        .map_err(|error| format!("evaluation data {} is absent ({error}); set NEWSLENS_DATA", folder.display()))?;
    let mut paths: Vec<PathBuf> = entries.filter_map(|entry| entry.ok().map(|entry| entry.path())).collect();
    paths.sort();
    Ok(paths
        .iter()
        .filter_map(|path| Some((path.file_name()?.to_string_lossy().into_owned(), std::fs::read(path).ok()?)))
        .collect())
}

/// The articles, in file-name order, or why they cannot be read.
pub fn articles() -> Result<Vec<AbpArticle>, String> {
    let folder = data_dir().join("abp-dev/jsons");
    let entries = std::fs::read_dir(&folder)
        .map_err(|error| format!("evaluation data {} is absent ({error}); set NEWSLENS_DATA", folder.display()))?;
    let mut paths: Vec<PathBuf> = entries.filter_map(|entry| entry.ok().map(|entry| entry.path())).collect();
    paths.retain(|path| path.extension().is_some_and(|extension| extension == "json"));
    paths.sort();
    paths
        .iter()
        .map(|path| {
            let bytes = std::fs::read(path).map_err(|error| format!("{}: {error}", path.display()))?;
            let json: serde_json::Value =
                serde_json::from_slice(&bytes).map_err(|error| format!("{}: {error}", path.display()))?;
            let field = |name: &str| json[name].as_str().unwrap_or_default().to_string();
            let date = Some(field("date")).filter(|date| !date.is_empty());
            Ok(AbpArticle { title: field("title"), body: field("content_original"), source: field("source"), date })
        })
        .collect()
}

/// The keywords stage on `articles`, titles counted as headlines, every
/// article selected; with the number of terms in the vocabulary.
pub fn keywords(articles: &[AbpArticle], options: &KeywordOptions) -> (Summary, usize) {
    let mut counter = Counter::new(options);
    let counts: Vec<_> =
        articles.iter().map(|article| counter.count_article(Some(&article.title), &article.body)).collect();
    let selection: Vec<_> = counts
        .iter()
        .zip(articles)
        .map(|(counts, article)| Selected { counts, outlet: Some(&article.source), date: article.date.as_deref() })
        .collect();
    (summarize(&selection, counter.vocabulary(), options, options.limit), counter.vocabulary().len())
}
