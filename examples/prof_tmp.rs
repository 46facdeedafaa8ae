fn main() {
    let n: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(10000);
    let mut corpus = newslens::Corpus::new(newslens::Options::default());
    for index in 0..n {
        let text = format!("Note {index}\n\nShip {index} docked at berth {}.", index % 40);
        corpus.add_file(&format!("tiny/{index:05}.txt"), text.as_bytes());
    }
    let t = std::time::Instant::now();
    let r = corpus.report(&newslens::Filter::default());
    eprintln!("{} {:.3}s", r.articles.len(), t.elapsed().as_secs_f64());
}
