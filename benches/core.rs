//! Native benchmarks of the core's stages (`cargo bench`, or
//! `npm run bench:native`), in MB/s of article text.
//!
//! Two inputs. `invented`: about 4 MB of new articles, each eight paragraphs
//! of the invented samples and fixtures (www/samples, tests/fixtures) drawn in
//! a pseudo-random order, so that the benchmarks run anywhere (the articles
//! share paragraphs far more than news does: a stress case for near-duplicates
//! and stories). `abp-dev`: the evaluation articles in
//! `$NEWSLENS_DATA/abp-dev/jsons` (default `../shared/data` beside the
//! repository), skipped with a message when absent.
//!
//! A name after `--` runs only the benchmarks containing it:
//! `cargo bench --bench core -- keywords`.
//!
//! Native only: criterion does not build for wasm32, where the file is an
//! empty program.

#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_main!(native::core);

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::path::{Path, PathBuf};
    use std::time::Duration;

    use criterion::{criterion_group, BenchmarkGroup, Criterion, Throughput};
    use newslens::compare::{self, CompareOptions};
    use newslens::ingest::{self, Article, Limits};
    use newslens::keywords::{self, counted_names, Counter, KeywordOptions, TermCounts};
    use newslens::names::Names;
    use newslens::stories::{self, StoryOptions};
    use newslens::{quotes, text, Corpus, Filter, Options, ReadFile};

    const INVENTED_BYTES: usize = 4 << 20;
    const OUTLETS: [&str; 3] = ["The Harbour Herald", "Valley Courier", "Northgate Wire"];

    /// A corpus as files, with its articles as ingest reads them.
    struct Input {
        name: &'static str,
        files: Vec<(String, Vec<u8>)>,
        articles: Vec<Article>,
    }

    impl Input {
        fn new(name: &'static str, files: Vec<(String, Vec<u8>)>) -> Input {
            let articles = files
                .iter()
                .filter_map(|(name, bytes)| ingest::ingest(name, bytes, &Limits::default()).ok())
                .flat_map(|ingested| ingested.articles)
                .collect();
            Input { name, files, articles }
        }

        fn file_bytes(&self) -> u64 {
            self.files.iter().map(|(_, bytes)| bytes.len() as u64).sum()
        }

        /// Bytes of article text: headlines and bodies.
        fn text_bytes(&self) -> u64 {
            self.articles
                .iter()
                .map(|article| (article.headline.as_deref().unwrap_or("").len() + article.text.len()) as u64)
                .sum()
        }

        fn corpus(&self) -> Corpus {
            let mut corpus = Corpus::new(Options::default());
            for (name, bytes) in &self.files {
                corpus.add_file(name, bytes);
            }
            corpus
        }

        fn counted(&self) -> (Counter, Vec<TermCounts>) {
            let mut counter = Counter::new(&KeywordOptions::default());
            let counts = self
                .articles
                .iter()
                .map(|article| {
                    let names = Names::find(&article.text);
                    let names = counted_names(&article.text, &names);
                    counter.count_article_with_names(article.headline.as_deref(), &article.text, &names)
                })
                .collect();
            (counter, counts)
        }
    }

    fn root() -> &'static Path {
        Path::new(env!("CARGO_MANIFEST_DIR"))
    }

    /// The paragraphs of the invented samples and fixtures written as plain text.
    fn paragraphs() -> Vec<String> {
        let folders = [root().join("www/samples"), root().join("tests/fixtures")];
        let mut paths: Vec<PathBuf> = folders
            .iter()
            .filter_map(|folder| std::fs::read_dir(folder).ok())
            .flatten()
            .filter_map(|entry| Some(entry.ok()?.path()))
            .filter(|path| path.extension().is_some_and(|extension| extension == "txt"))
            .collect();
        paths.sort();
        paths
            .iter()
            .filter_map(|path| std::fs::read_to_string(path).ok())
            .flat_map(|text| text.split("\n\n").map(str::trim).map(String::from).collect::<Vec<_>>())
            .filter(|paragraph| paragraph.len() > 80)
            .collect()
    }

    /// Invented articles of eight paragraphs each, as one JSON file, as plain
    /// text files and as the HTML samples repeated.
    fn invented() -> (Input, Input, Input) {
        let pool = paragraphs();
        assert!(pool.len() > 8, "the samples have too few paragraphs");
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = |below: usize| {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            (seed >> 33) as usize % below
        };
        let mut json = Vec::new();
        let mut texts = Vec::new();
        let mut size = 0;
        while size < INVENTED_BYTES {
            let body: Vec<&str> = (0..8).map(|_| pool[next(pool.len())].as_str()).collect();
            let body = body.join("\n\n");
            let n = json.len();
            let headline = format!("Port Ellery report {n}: {}", body.split(' ').take(6).collect::<Vec<_>>().join(" "));
            let outlet = OUTLETS[n % OUTLETS.len()];
            let date = format!("2025-03-{:02}", 1 + n % 28);
            size += headline.len() + body.len();
            texts.push((format!("article-{n:05}.txt"), format!("{headline}\n\n{body}\n").into_bytes()));
            json.push(serde_json::json!({ "title": headline, "source": outlet, "date": date, "content": body }));
        }
        let json = serde_json::to_vec(&json).unwrap_or_default();
        let pages: Vec<(String, Vec<u8>)> =
            ["www/samples/harbour-herald-ferry.html", "tests/fixtures/ingest/page.html"]
                .iter()
                .filter_map(|path| std::fs::read(root().join(path)).ok())
                .cycle()
                .take(600)
                .enumerate()
                .map(|(n, page)| (format!("page-{n:04}.html"), page))
                .collect();
        (
            Input::new("invented-json", vec![("invented.json".to_string(), json)]),
            Input::new("invented-text", texts),
            Input::new("invented-html", pages),
        )
    }

    /// The abp-dev evaluation files, or why they are not there.
    fn abp_dev() -> Result<Input, String> {
        let data =
            std::env::var_os("NEWSLENS_DATA").map(PathBuf::from).unwrap_or_else(|| root().join("../shared/data"));
        let folder = data.join("abp-dev/jsons");
        let entries = std::fs::read_dir(&folder).map_err(|error| format!("{}: {error}", folder.display()))?;
        let mut paths: Vec<PathBuf> = entries.filter_map(|entry| Some(entry.ok()?.path())).collect();
        paths.sort();
        let files = paths
            .iter()
            .filter_map(|path| Some((path.file_name()?.to_string_lossy().into_owned(), std::fs::read(path).ok()?)))
            .collect();
        Ok(Input::new("abp-dev", files))
    }

    fn ingest_files(group: &mut BenchmarkGroup<'_, criterion::measurement::WallTime>, stage: &str, input: &Input) {
        group.throughput(Throughput::Bytes(input.file_bytes()));
        group.bench_function(format!("{stage}/{}", input.name), |b| {
            b.iter(|| {
                input
                    .files
                    .iter()
                    .filter_map(|(name, bytes)| ingest::ingest(name, bytes, &Limits::default()).ok())
                    .map(|ingested| ingested.articles.len())
                    .sum::<usize>()
            })
        });
    }

    /// Every stage after ingest, on the articles of `input`.
    fn stages(group: &mut BenchmarkGroup<'_, criterion::measurement::WallTime>, input: &Input) {
        let name = input.name;
        group.throughput(Throughput::Bytes(input.text_bytes()));
        let texts = || {
            input
                .articles
                .iter()
                .flat_map(|article| article.headline.as_deref().into_iter().chain([article.text.as_str()]))
        };
        group.bench_function(format!("tokens/{name}"), |b| {
            b.iter(|| texts().map(|text| text::tokens(text).count()).sum::<usize>())
        });
        group.bench_function(format!("keywords/{name}"), |b| {
            b.iter(|| {
                let mut counter = Counter::new(&KeywordOptions::default());
                let counted = input
                    .articles
                    .iter()
                    .map(|article| counter.count_article(article.headline.as_deref(), &article.text));
                counted.map(|counts| counts.terms().count()).sum::<usize>()
            })
        });
        group.bench_function(format!("names/{name}"), |b| {
            b.iter(|| input.articles.iter().map(|article| Names::find(&article.text).mentions().len()).sum::<usize>())
        });
        group.bench_function(format!("quotes/{name}"), |b| {
            b.iter(|| input.articles.iter().map(|article| quotes::find(&article.text).len()).sum::<usize>())
        });
        // Each benchmark prepares its input inside its closure, so that one left
        // out by a name filter costs nothing.
        group.bench_function(format!("report/{name}"), |b| {
            let corpus = input.corpus();
            b.iter(|| corpus.report(&Filter::default()).keywords.len())
        });
        group.bench_function(format!("outlets/{name}"), |b| {
            let speakers = input.corpus().report(&Filter::default()).speakers;
            let (counter, counts) = input.counted();
            let selection: Vec<keywords::Selected> = input
                .articles
                .iter()
                .zip(&counts)
                .map(|(article, counts)| keywords::Selected {
                    counts,
                    outlet: article.outlet.as_deref(),
                    date: article.date.as_deref(),
                })
                .collect();
            let quote_counts: Vec<usize> =
                input.articles.iter().map(|article| quotes::find(&article.text).len()).collect();
            let options = CompareOptions::default();
            b.iter(|| compare::outlets(&selection, &quote_counts, &speakers, counter.vocabulary(), &options).len())
        });
        group.bench_function(format!("stories/{name}"), |b| {
            let (counter, counts) = input.counted();
            let story_articles: Vec<stories::Article> = input
                .articles
                .iter()
                .zip(&counts)
                .enumerate()
                .map(|(id, (article, counts))| stories::Article {
                    id,
                    outlet: article.outlet.as_deref(),
                    date: article.date.as_deref(),
                    headline: article.headline.as_deref(),
                    words: counts.words,
                    counts,
                    speakers: Vec::new(),
                    duplicate: false,
                })
                .collect();
            b.iter(|| stories::group(&story_articles, counter.vocabulary(), &StoryOptions::default()).len())
        });
        group.throughput(Throughput::Bytes(input.file_bytes()));
        group.bench_function(format!("whole/{name}"), |b| {
            b.iter(|| input.corpus().report(&Filter::default()).articles.len())
        });
        // The two halves of adding a file, as a reader worker and the counting worker share them.
        let reader = Corpus::new(Options::default());
        group.bench_function(format!("read/{name}"), |b| {
            b.iter(|| {
                input.files.iter().map(|(name, bytes)| reader.read_file(name, bytes).encode().len()).sum::<usize>()
            })
        });
        let reads: Vec<Vec<u8>> =
            input.files.iter().map(|(name, bytes)| reader.read_file(name, bytes).encode()).collect();
        group.bench_function(format!("count/{name}"), |b| {
            b.iter(|| {
                let mut counter = Corpus::new(Options::default());
                for read in &reads {
                    counter.add_read(ReadFile::decode(read).expect("bytes read_file encoded"));
                }
                counter
            })
        });
    }

    fn benches(c: &mut Criterion) {
        let mut group = c.benchmark_group("core");
        group.sample_size(10).warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(4));
        let (json, text, html) = invented();
        ingest_files(&mut group, "ingest", &json);
        ingest_files(&mut group, "ingest", &text);
        ingest_files(&mut group, "ingest", &html);
        stages(&mut group, &json);
        match abp_dev() {
            Ok(abp) => {
                ingest_files(&mut group, "ingest", &abp);
                stages(&mut group, &abp);
            }
            Err(reason) => println!("abp-dev skipped: the evaluation data is absent ({reason}); set NEWSLENS_DATA"),
        }
        group.finish();
    }

    criterion_group!(core, benches);
}
