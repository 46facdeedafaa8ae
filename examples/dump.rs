use newslens::{Corpus, Filter, Options};
fn main() {
    let mut corpus = Corpus::new(Options::default());
    for path in std::env::args().skip(1) {
        let bytes = std::fs::read(&path).unwrap();
        corpus.add_file(&path, &bytes);
    }
    let report = corpus.report(&Filter::default());
    for f in &report.files {
        println!("FILE {} {} {} {:?} {:?}", f.name, f.format, f.articles, f.error, f.warnings);
    }
    for a in &report.articles {
        println!(
            "=== #{} outlet={:?} headline={:?} byline={:?} date={:?} dateline={:?} url={:?} words={} dup={:?}",
            a.id, a.outlet, a.headline, a.byline, a.date, a.dateline, a.url, a.words, a.duplicate_of
        );
        for p in a.text.as_deref().unwrap_or_default().split("\n\n") {
            let s: String = p.chars().take(110).collect();
            println!("  | {s}");
        }
    }
}
