use newslens::ingest::{ingest, Limits};
fn main() {
    let what = std::env::args().nth(1).unwrap();
    let mut files: Vec<_> =
        std::fs::read_dir("/work/shared/data/abp-dev/jsons").unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    let jsons: Vec<Vec<u8>> = files.iter().map(|p| std::fs::read(p).unwrap()).collect();
    let articles: Vec<_> =
        jsons.iter().flat_map(|b| ingest("a.json", b, &Limits::default()).unwrap().articles).collect();
    let dump: String = articles
        .iter()
        .map(|a| format!("{}\n\n{}\n\nContinue Reading\n\n", a.headline.as_deref().unwrap_or(""), a.text))
        .collect();
    let t = std::time::Instant::now();
    let rounds: u32 = std::env::args().nth(2).map_or(10, |n| n.parse().unwrap());
    for _ in 0..rounds {
        if what == "json" {
            for b in &jsons {
                let _ = ingest("a.json", b, &Limits::default());
            }
        } else if what == "count" {
            let n = dump.bytes().filter(|&b| b == b' ').count();
            std::hint::black_box(n);
        } else if what == "lower" {
            let n = dump.to_lowercase();
            std::hint::black_box(n);
        } else {
            let _ = ingest("d.txt", dump.as_bytes(), &Limits::default());
        }
    }
    eprintln!("{:?}", t.elapsed() / rounds.max(1));
}
#[allow(dead_code)]
fn calibrate() {}
