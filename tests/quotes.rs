//! The quotes stage through the public API: the demo samples give exactly
//! the quotations and speakers a reader finds in them, offsets are UTF-16
//! indices into the article text, and headline quotations are reported apart.

use newslens::report::{QuoteKind, Report};
use newslens::{Corpus, Filter, Options};

/// A quotation as a reader checks it: article, the marked span, speaker, verb, kind.
type Seen<'a> = (usize, String, Option<&'a str>, Option<&'a str>, QuoteKind);

fn report_of(files: &[(&str, &[u8])]) -> Report {
    let mut corpus = Corpus::new(Options::default());
    for (name, bytes) in files {
        corpus.add_file(name, bytes);
    }
    corpus.report(&Filter::default())
}

/// An article's text, which the default options put in the report.
fn text_of(report: &Report, article: usize) -> &str {
    report.articles[article].text.as_deref().expect("the report carries the article's text")
}

/// What JavaScript sees at `text.slice(start, end)`.
fn js_slice(text: &str, start: usize, end: usize) -> String {
    let units: Vec<u16> = text.encode_utf16().collect();
    String::from_utf16(&units[start..end]).expect("quotation offsets fall between characters")
}

#[test]
fn the_demo_samples_give_exactly_these_quotations_and_speakers() {
    let names = ["harbour-herald-reopening.txt", "northgate-wire-cranes.txt", "valley-courier-levy.txt"];
    let files: Vec<(String, Vec<u8>)> = names
        .iter()
        .map(|name| {
            let path = format!("{}/www/samples/{name}", env!("CARGO_MANIFEST_DIR"));
            (name.to_string(), std::fs::read(&path).unwrap_or_else(|error| panic!("{path}: {error}")))
        })
        .collect();
    let files: Vec<(&str, &[u8])> = files.iter().map(|(name, bytes)| (name.as_str(), bytes.as_slice())).collect();
    let report = report_of(&files);
    let (d, p) = (QuoteKind::Direct, QuoteKind::Partial);
    let found: Vec<Seen> = report
        .quotes
        .iter()
        .map(|quote| {
            let text = text_of(&report, quote.article);
            (
                quote.article,
                js_slice(text, quote.start, quote.end),
                quote.speaker.as_deref(),
                quote.verb.as_deref(),
                quote.kind,
            )
        })
        .collect();
    let expected: Vec<(usize, &str, _, _, _)> = vec![
        (0, "\"We said we would have the channel open before the spring fishing season, and we have done it,\"", Some("Tomasz Wilk"), Some("told"), d),
        (0, "\"The crews worked through nights I would not wish on anyone.\"", Some("Tomasz Wilk"), Some("told"), d),
        (0, "\"a lifeline for every family on the waterfront\"", Some("Ines Okafor"), Some("called"), p),
        (0, "\"The harbour is not a postcard for Port Ellery — it is the town's payroll,\"", Some("Ines Okafor"), Some("said"), d),
        (0, "\"Six weeks without it cost the fishing cooperative more than it earns in a good summer.\"", Some("Ines Okafor"), Some("said"), d),
        (0, "\"temporary\"", Some("Ruth Abernathy"), Some("warned"), p),
        (0, "\"It's one thing to open the gates. It's another to open them safely,\"", Some("Ruth Abernathy"), Some("said"), d),
        (1, "‘We are not against the reopening. We are against someone being hurt because a deadline mattered more than a cable,’", Some("Ruth Abernathy"), Some("said"), d),
        (1, "\"Every crane on the quay was certified by an independent engineer before a single container moved,\"", Some("Lena Haugland"), Some("said"), d),
        (1, "\"If there is a problem with a cable, I want to hear about it today, not after an accident,\"", Some("Tomasz Wilk"), Some("said"), d),
        (1, "«The harbour is working again, and it is working safely.»", Some("Ines Okafor"), Some("said"), d),
        (2, "\"gesture politics\"", None, None, p),
        (2, "\"wishful accounting\"", None, None, p),
        (2, "\"Nobody enjoys asking shopkeepers to pay for a storm,\"", Some("Ines Okafor"), Some("said"), d),
        (2, "\"but the alternative was closing the harbour for a season.\"", Some("Ines Okafor"), Some("said"), d),
        (2, "\"We were handed a forty-page costing at six o'clock and asked to approve it by midnight,\"", Some("Piet Vandermolen"), Some("said"), d),
        (2, "\"That is not scrutiny. That is a rubber stamp.\"", Some("Piet Vandermolen"), Some("said"), d),
        (2, "“If it keeps the boats coming in, I’ll pay it,”", Some("Dalia Ferreira"), Some("said"), d),
        (2, "“But I want to see it end when they said it would.”", Some("Dalia Ferreira"), Some("said"), d),
        (2, "\"close to budget\"", Some("Tomasz Wilk"), Some("said"), p),
    ];
    let expected: Vec<_> = expected.into_iter().map(|(a, span, s, v, k)| (a, span.to_string(), s, v, k)).collect();
    assert_eq!(found, expected);
    for quote in &report.quotes {
        let span = js_slice(text_of(&report, quote.article), quote.start, quote.end);
        assert!(span.contains(&quote.text), "{:?} holds {:?}", span, quote.text);
    }

    let speakers: Vec<(&str, Vec<&str>, usize)> = report
        .speakers
        .iter()
        .map(|speaker| (speaker.name.as_str(), speaker.aliases.iter().map(String::as_str).collect(), speaker.quotes))
        .collect();
    assert_eq!(
        speakers,
        [
            ("Ines Okafor", vec!["Mayor Ines Okafor", "Okafor", "the mayor"], 6),
            ("Tomasz Wilk", vec![], 4),
            ("Ruth Abernathy", vec!["Abernathy"], 3),
            ("Dalia Ferreira", vec!["Ferreira"], 2),
            ("Piet Vandermolen", vec!["Vandermolen"], 2),
            ("Lena Haugland", vec![], 1),
        ]
    );
}

/// Byte offsets would be larger (every accent, mark and emoji is several bytes)
/// and character offsets smaller (the emoji is one character but two UTF-16 units).
#[test]
fn offsets_are_utf16_indices_covering_the_marks() {
    let article = "Quay café reopens\n\nZoë Ferreira, who runs the café 🙂 on the quay, was pleased. \
                   “Ça va très bien 🙂,” Ms Ferreira said. Later she added: ‘Come in.’";
    let report = report_of(&[("cafe.txt", article.as_bytes())]);
    let text = text_of(&report, 0);
    let found: Vec<(usize, usize, String, Option<&str>)> = report
        .quotes
        .iter()
        .map(|quote| (quote.start, quote.end, js_slice(text, quote.start, quote.end), quote.speaker.as_deref()))
        .collect();
    assert_eq!(
        found,
        [
            (61, 82, "“Ça va très bien 🙂,”".to_string(), Some("Zoë Ferreira")),
            (118, 128, "‘Come in.’".to_string(), Some("Zoë Ferreira")),
        ]
    );
}

#[test]
fn headline_quotations_are_reported_apart_from_the_body() {
    let article = "Okafor: ‘The harbour is ours again’\n\nMayor Ines Okafor spoke on the quay. \
                   “The harbour is ours again,” she said.";
    let report = report_of(&[("headline.txt", article.as_bytes())]);
    let headline = report.articles[0].headline.as_deref().unwrap_or_default();
    let found: Vec<(String, &str, Option<&str>)> = report
        .headline_quotes
        .iter()
        .map(|quote| (js_slice(headline, quote.start, quote.end), quote.text.as_str(), quote.speaker.as_deref()))
        .collect();
    assert_eq!(found, [("‘The harbour is ours again’".to_string(), "The harbour is ours again", Some("Okafor"))]);
    assert_eq!(report.quotes.len(), 1);
    assert_eq!(report.speakers.iter().map(|s| (s.name.as_str(), s.quotes)).collect::<Vec<_>>(), [("Ines Okafor", 1)]);
    let json: serde_json::Value = serde_json::from_str(&newslens::json::to_json(&report)).unwrap_or_default();
    assert_eq!(json["headlineQuotes"][0]["text"], "The harbour is ours again");
}

#[test]
fn speakers_follow_the_filter_and_merge_across_articles() {
    let herald = "Levy passes\n\nMayor Ines Okafor spoke. \"The levy is fair,\" Ms Okafor said.";
    let courier = "Levy row\n\n\"It is a tax on bread,\" said baker Dalia Ferreira. \"Okafor is wrong,\" she added.";
    let wire = "Levy\n\n\"We will review it,\" Okafor said.";
    let mut corpus = Corpus::new(Options::default());
    corpus.add_file("a-herald.txt", herald.as_bytes());
    corpus.add_file("b-courier.txt", courier.as_bytes());
    corpus.add_file("c-wire.txt", wire.as_bytes());
    let all = corpus.report(&Filter::default());
    let speakers: Vec<(&str, Vec<&str>, usize)> = all
        .speakers
        .iter()
        .map(|speaker| (speaker.name.as_str(), speaker.aliases.iter().map(String::as_str).collect(), speaker.quotes))
        .collect();
    assert_eq!(speakers, [("Dalia Ferreira", vec![], 2), ("Ines Okafor", vec!["Ms Okafor", "Okafor"], 2)]);
    let only_courier = corpus.report(&Filter { articles: vec![1], ..Filter::default() });
    assert_eq!(only_courier.quotes.iter().map(|quote| quote.article).collect::<Vec<_>>(), [1, 1]);
    assert_eq!(only_courier.speakers.iter().map(|s| s.name.as_str()).collect::<Vec<_>>(), ["Dalia Ferreira"]);
}
