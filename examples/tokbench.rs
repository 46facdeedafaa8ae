#[path = "../tests/support/abp.rs"]
#[allow(dead_code)]
mod abp;
fn best(bytes: usize, mut f: impl FnMut()) -> f64 {
    (0..7)
        .map(|_| {
            let t = std::time::Instant::now();
            f();
            bytes as f64 / 1e6 / t.elapsed().as_secs_f64()
        })
        .fold(0.0, f64::max)
}
fn main() {
    let articles = abp::articles().unwrap();
    let bytes: usize = articles.iter().map(|a| a.body.len()).sum();
    let tok = best(bytes, || {
        let mut n = 0;
        for a in &articles {
            n += newslens::text::tokens(&a.body).count();
        }
        assert!(n > 0);
    });
    let split = best(bytes, || {
        let mut n = 0;
        for a in &articles {
            n += a.body.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).count();
        }
        assert!(n > 0);
    });
    for phrases in [false, true] {
        let options = newslens::keywords::KeywordOptions { phrases, ..Default::default() };
        let count = best(bytes, || {
            let mut counter = newslens::keywords::Counter::new(&options);
            for a in &articles {
                counter.count_article(None, &a.body);
            }
        });
        println!("split {split:.1} tokens {tok:.1} count(phrases={phrases}) {count:.1} MB/s");
    }
}
