//! Ingest on fixture files written for this project, one per format and per
//! family of page furniture: the exact articles each must give, and the
//! one-line error each bad file must give.

use newslens::ingest::{ingest, Article, Limits};

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/ingest/");

/// An expected article: outlet, headline, byline, date, dateline, url, paragraphs.
type Expected = (
    Option<&'static str>,
    Option<&'static str>,
    Option<&'static str>,
    Option<&'static str>,
    Option<&'static str>,
    Option<&'static str>,
    &'static [&'static str],
);

fn read(name: &str) -> Result<(String, Vec<Article>, Vec<String>), String> {
    let bytes = std::fs::read(format!("{FIXTURES}{name}")).map_err(|error| format!("{name}: {error}"))?;
    ingest(name, &bytes, &Limits::default())
        .map(|ingested| (ingested.format.name().to_string(), ingested.articles, ingested.warnings))
        .map_err(|error| error.to_string())
}

/// An article's fields in the order of [`Expected`], its text split into paragraphs.
type Found<'a> = (
    Option<&'a str>,
    Option<&'a str>,
    Option<&'a str>,
    Option<&'a str>,
    Option<&'a str>,
    Option<&'a str>,
    Vec<&'a str>,
);

fn as_expected(article: &Article) -> Found<'_> {
    (
        article.outlet.as_deref(),
        article.headline.as_deref(),
        article.byline.as_deref(),
        article.date.as_deref(),
        article.dateline.as_deref(),
        article.url.as_deref(),
        article.text.split("\n\n").collect(),
    )
}

#[test]
fn every_format_and_furniture_family_gives_the_exact_articles() {
    let cases: &[(&str, &str, &[Expected])] = &[
        (
            // Repeated headlines, an outlet glued to an ambiguous date (settled by the dateline),
            // "time9 minutes ago", "• Outlet", AI and app prompts, comments, related articles.
            "aggregator-dump.txt",
            "text",
            &[
                (
                    Some("Valley Courier"),
                    Some("Lighthouse keeper retires after forty years"),
                    None,
                    Some("2025-05-04"),
                    Some("PORT ELLERY"),
                    None,
                    &[
                        "Arne Koster climbed the 112 steps of the Gull Point lighthouse for the last time on Sunday.",
                        "\"I will miss the view, not the stairs,\" Koster said.",
                    ],
                ),
                (
                    Some("Northgate Wire"),
                    Some("Ferry fares frozen for the summer"),
                    None,
                    None,
                    None,
                    None,
                    &["The Gull Island ferry will keep its winter fares until September, the operator said on Monday. 'Islanders have had a hard spring,' a spokesperson said."],
                ),
            ],
        ),
        (
            // "Connect with us", "Published / on", captions around "Image:", "(AP Photo/…)", "File pic",
            // "X latest:" links, a video notice and its title, an editor's name box, "Read more from X:" links,
            // "Follow live:", "More on", "Continue Reading", "Trending".
            "repost-dump.txt",
            "text",
            &[(
                Some("Harbour Herald"),
                None,
                None,
                None,
                None,
                None,
                &[
                    "Harbour pilots warn of silt in the channel after the storm.",
                    "“We are steering by memory in places,” senior pilot Oda Lund said.",
                    "The port authority said dredging would start in June.",
                    "The silt is the storm's last gift to the town.",
                    "Lund said pilots would work double shifts until the channel was clear.",
                ],
            )],
        ),
        (
            // "1 of 2 DOCUMENTS", BYLINE:/SECTION:/LENGTH:/LOAD-DATE: fields, "End of Document".
            "lexis-export.txt",
            "text",
            &[
                (
                    Some("Harbour Herald"),
                    Some("Storm repairs cost more than planned"),
                    Some("Mara Lindqvist"),
                    Some("2025-03-14"),
                    None,
                    None,
                    &[
                        "The repairs to the northern breakwater will cost 2.1 million crowns, more than the council's estimate, the harbour authority said on Friday.",
                        "The mayor said the levy would cover the difference.",
                    ],
                ),
                (
                    Some("Valley Courier"),
                    Some("Bakery reopens on the quay"),
                    Some("Jonah Achterberg"),
                    Some("2025-03-15"),
                    None,
                    None,
                    &["The Ferreira bakery on the north quay reopened on Saturday after a week of repairs to its ovens."],
                ),
            ],
        ),
        (
            // Wire stories split at their sign-offs; the reporters become the byline.
            "wire-signoffs.txt",
            "text",
            &[
                (
                    Some("Northgate Wire"),
                    Some("Cranes pass independent inspection"),
                    Some("Saskia Brandt"),
                    None,
                    Some("PORT ELLERY"),
                    None,
                    &[
                        "All four temporary cranes on the north quay passed an independent inspection on Friday, the port authority said.",
                        "The union said it accepted the result.",
                    ],
                ),
                (
                    Some("Northgate Wire"),
                    Some("Gull Island clinic to open on Saturdays"),
                    Some("Piet Vos and Saskia Brandt"),
                    None,
                    Some("PORT ELLERY"),
                    None,
                    &["The clinic on Gull Island will open on Saturdays from April, the health board said, after residents complained about the winter ferry timetable."],
                ),
            ],
        ),
        (
            // og:*, JSON-LD, <meta name="author">; navigation, a caption, related links and the footer left out.
            "page.html",
            "html",
            &[(
                Some("Harbour Herald"),
                Some("Breakwater passes spring-tide test"),
                Some("Lena Haugland"),
                Some("2025-03-31"),
                Some("PORT ELLERY"),
                Some("https://harbour-herald.example/breakwater-test"),
                &[
                    "The repaired northern breakwater held through the highest spring tide of the year on Sunday night, engineers said on Monday, with no new cracks and no water over the top.",
                    "\"It did exactly what we built it to do,\" chief engineer Anouk Verbeek said. \"The next test is the autumn storms, and we will be watching.\"",
                    "The harbour authority will publish the full engineering report next week, along with the final cost of the repairs.",
                ],
            )],
        ),
        (
            // {"articles": [...]}, source.name in capitals, a wire photo credit, a domain as publisher,
            // content_original preferred to content, the headline repeated at the top of the body.
            "articles.json",
            "json",
            &[
                (
                    Some("Northgate Wire"),
                    Some("Pilots ask for more dredgers"),
                    Some("Saskia Brandt"),
                    Some("2025-04-02"),
                    Some("PORT ELLERY"),
                    Some("https://northgate-wire.example/dredgers"),
                    &["Harbour pilots asked the port authority on Wednesday for a second dredger.", "The authority said it would decide in May."],
                ),
                (
                    Some("Valley Courier"),
                    Some("Market moves back to the quay"),
                    Some("Jonah Achterberg"),
                    Some("2025-04-05"),
                    None,
                    None,
                    &["The Saturday market returned to the north quay after two months in the school yard.", "Stallholders said trade was brisk."],
                ),
            ],
        ),
        (
            "articles.ndjson",
            "json",
            &[
                (Some("Harbour Herald"), Some("Tide tables reprinted"), None, Some("2025-04-07"), None, None, &["The harbour office reprinted its tide tables after the storm moved two sandbanks."]),
                (Some("Valley Courier"), Some("Lifeboat gets new engine"), None, Some("2025-04-08"), None, None, &["The Port Ellery lifeboat will get a new engine in May, paid for by a town appeal."]),
            ],
        ),
        (
            "jsonld.json",
            "json",
            &[(
                Some("Harbour Herald"),
                Some("Sea wall art unveiled"),
                Some("Ana Ruiz"),
                Some("2025-04-10"),
                None,
                None,
                &["A mural of the lifeboat crew was unveiled on the sea wall on Thursday.", "The artist, Mira Dahl, painted it in nine days."],
            )],
        ),
        (
            // A header row of synonyms; a quoted field with line breaks and doubled quotes.
            "articles.csv",
            "csv",
            &[(
                Some("Valley Courier"),
                Some("Council to vote on ferry subsidy"),
                None,
                Some("2025-04-11"),
                None,
                None,
                &["The council will vote on Tuesday on a subsidy for the winter ferry.", "\"It keeps the island connected,\" the mayor said."],
            )],
        ),
        (
            // No header: the columns are guessed; the outlet comes from the web address.
            "articles.tsv",
            "tsv",
            &[
                (Some("Valley Courier"), Some("Ferry subsidy approved"), None, Some("2025-04-15"), None, Some("https://valley-courier.example/subsidy"), &["The council approved the winter ferry subsidy by nine votes to three on Tuesday night."]),
                (Some("Valley Courier"), Some("Gull Island clinic extends hours"), None, Some("2025-04-16"), None, Some("https://valley-courier.example/clinic"), &["The Gull Island clinic will open until eight in the evening from May, the health board said."]),
            ],
        ),
        (
            // The feed title as outlet; an HTML description in CDATA with an "Image:" caption.
            "feed.rss",
            "rss",
            &[(
                Some("Harbour Herald"),
                Some("Harbour fees cut for fishing boats"),
                Some("Mara Lindqvist"),
                Some("2025-04-14"),
                None,
                Some("https://harbour-herald.example/fees"),
                &["The port authority cut mooring fees for fishing boats by half for the rest of the year."],
            )],
        ),
        (
            "feed.atom",
            "atom",
            &[(
                Some("Northgate Wire"),
                Some("Valley road reopens after landslip"),
                Some("Piet Vos"),
                Some("2025-04-18"),
                None,
                Some("https://northgate-wire.example/road"),
                &["The valley road between Port Ellery and Northgate reopened on Friday after a landslip closed it for three weeks."],
            )],
        ),
        (
            // Front matter, the heading repeating the title, inline markup, an image, a subheading, a list.
            "story.md",
            "markdown",
            &[(
                Some("Valley Courier"),
                Some("Museum reopens its storm gallery"),
                Some("Greta Holm"),
                Some("2025-04-20"),
                None,
                None,
                &[
                    "The Port Ellery museum reopened its storm gallery on Sunday, with a new room on Storm Oriel.",
                    "Visitors",
                    "Four hundred visitors came on the first day.",
                    "Entry is free until May.",
                ],
            )],
        ),
    ];
    for (name, format, expected) in cases {
        let (found_format, articles, warnings) = read(name).unwrap_or_else(|error| panic!("{error}"));
        assert_eq!(found_format, *format, "{name}");
        assert!(warnings.is_empty(), "{name}: {warnings:?}");
        let found: Vec<_> = articles.iter().map(as_expected).collect();
        let expected: Vec<_> =
            expected.iter().map(|&(o, h, b, d, dl, u, text)| (o, h, b, d, dl, u, text.to_vec())).collect();
        assert_eq!(found, expected, "{name}");
    }
}

#[test]
fn bad_files_give_one_line_errors_and_mixed_encodings_a_warning() {
    let cases = [
        ("bad-truncated.json", "bad-truncated.json: malformed JSON: EOF while parsing a string at line 1 column 57"),
        ("bad-quote.csv", "bad-quote.csv: malformed CSV: the quoted field that starts on line 2 never ends"),
        ("bad-nesting.xml", "bad-nesting.xml: malformed XML on line 2: </item> does not close <title>"),
        ("picture.txt", "picture.txt: a PNG image, not text"),
        ("empty.txt", "empty.txt: file is empty"),
    ];
    for (name, message) in cases {
        assert_eq!(read(name).err().as_deref(), Some(message), "{name}");
    }
    let (_, articles, warnings) = read("mixed-encoding.txt").unwrap();
    assert_eq!(warnings, ["mixed-encoding.txt: mixed encodings: 2 bytes are not UTF-8 and were read as Windows-1252"]);
    assert_eq!(articles[0].text, "The mayor said “yes” to the café owners.");
}

/// Found by the fuzzer (target `ingest_table`, which then read undecoded
/// text): a carriage return inside a cell. Decoding makes every CR a line
/// end first, so none reaches an article: the row it splits has no body in
/// either half and gives none, and the rows around it are read.
#[test]
fn a_carriage_return_inside_a_cell_ends_the_row_and_reaches_no_article() {
    let tsv = "Gull Island clinic extends hours\t2050-04-06\thttps://valley-courier.example/clinic\tThe clinic on Gull Island will open until eight in the evening from May.\r\n\
               Ferry subsidy renewed\t2050-04-07\thttps://valley-\rcourier.example/ferry\tThe ferry subsidy was renewed for another three years by the council.\r\n";
    let ingested = ingest("clinic.tsv", tsv.as_bytes(), &Limits::default()).map_err(|error| error.to_string());
    let articles = ingested.map(|ingested| ingested.articles).unwrap_or_default();
    let found: Vec<(Option<&str>, Option<&str>, &str)> = articles
        .iter()
        .map(|article| (article.headline.as_deref(), article.url.as_deref(), article.text.as_str()))
        .collect();
    assert_eq!(
        found,
        [(
            Some("Gull Island clinic extends hours"),
            Some("https://valley-courier.example/clinic"),
            "The clinic on Gull Island will open until eight in the evening from May."
        )]
    );
}

/// Found by the fuzzer (target `ingest_markdown`): a byline whose lower case
/// is longer than itself ("İ" is two bytes, lowered three) was cut at an
/// offset found in the lower case, inside "É", and the reader panicked.
#[test]
fn a_byline_is_read_whatever_the_width_of_its_lower_case() {
    let markdown = "---\ntitle: Museum reopens\nauthor: Desk İstanbul posted by Émile Zola\n---\n\nThe museum reopened on Friday.\n";
    let ingested = ingest("museum.md", markdown.as_bytes(), &Limits::default()).map_err(|error| error.to_string());
    let bylines: Vec<Option<String>> = ingested
        .map(|ingested| ingested.articles.into_iter().map(|article| article.byline).collect())
        .unwrap_or_default();
    assert_eq!(bylines, [Some("Émile Zola".to_string())]);
}
