//! Stories: articles from several outlets about one event are grouped, and
//! each outlet's coverage is told apart. Invented articles about the invented
//! town of Port Ellery, with the grouping each should get.

use newslens::report::Report;
use newslens::{Corpus, Filter, Options};

/// (file, outlet, date, headline, body).
const ARTICLES: [(&str, &str, &str, &str, &str); 8] = [
    (
        "herald-ferry.txt",
        "The Harbour Herald",
        "April 2, 2025",
        "Ferry crews walk out over night shifts",
        "Ferry crews at Port Ellery walked out on Wednesday after the operator Tidewater Lines cut the night shift \
         allowance. The Saltmarsh crossing stood idle and commuters queued at the quay. \"We will not sail for less,\" \
         said Marta Quill, who leads the deckhands union. Tidewater Lines said the allowance cost too much.",
    ),
    (
        "courier-ferry.txt",
        "Valley Courier",
        "April 3, 2025",
        "Saltmarsh crossing idle as ferry strike enters second day",
        "The Saltmarsh crossing stayed idle for a second day as ferry crews kept up their strike against Tidewater \
         Lines over the night shift allowance. Farmers said vegetables rotted on the quay. \"The allowance is the \
         whole dispute,\" Marta Quill said. Councillor Bram Holt called for talks.",
    ),
    (
        "wire-ferry.txt",
        "Northgate Wire",
        "April 2, 2025",
        "Tidewater Lines ferry crews strike at Port Ellery",
        "Crews of Tidewater Lines ferries struck at Port Ellery over a cut to the night shift allowance, halting the \
         Saltmarsh crossing. \"Freight can wait a day,\" said Oskar Vane, a spokesman for Tidewater Lines, who said \
         the company would meet the deckhands union.",
    ),
    (
        "herald-lighthouse.txt",
        "The Harbour Herald",
        "April 5, 2025",
        "Gullrock lighthouse lamp relit after restoration",
        "The Gullrock lighthouse lamp shone again on Saturday after a restoration by volunteers of the Gullrock \
         Trust. The brass lantern was polished and the lens reground. \"It was dark for eleven winters,\" said Edda \
         Brine, the trust's chair.",
    ),
    (
        "wire-lighthouse.txt",
        "Northgate Wire",
        "April 6, 2025",
        "Volunteers restore Gullrock lighthouse lantern",
        "Volunteers of the Gullrock Trust relit the Gullrock lighthouse at the mouth of the bay after restoring its \
         brass lantern and reground lens. Edda Brine said the trust raised the money at fairs.",
    ),
    (
        "courier-bakery.txt",
        "Valley Courier",
        "April 4, 2025",
        "Mill Lane bakery wins county bread prize",
        "A sourdough loaf from the Mill Lane bakery won the county bread prize, judged in the corn exchange by three \
         millers. The baker, Ada Crumm, said the starter was forty years old.",
    ),
    (
        // The Wire's reprint of the Herald's lighthouse article: a copy, not coverage.
        "wire-lighthouse-reprint.txt",
        "Northgate Wire",
        "April 5, 2025",
        "Gullrock lighthouse lamp relit after restoration",
        "The Gullrock lighthouse lamp shone again on Saturday after a restoration by volunteers of the Gullrock \
         Trust. The brass lantern was polished and the lens reground. \"It was dark for eleven winters,\" said Edda \
         Brine, the trust's chair.",
    ),
    (
        // The same crossing and union a month later: another event.
        "courier-ferry-may.txt",
        "Valley Courier",
        "May 9, 2025",
        "Ferry crews accept night shift allowance deal",
        "Ferry crews at Port Ellery accepted a deal from Tidewater Lines that restores the night shift allowance, and \
         the Saltmarsh crossing will run through the summer. Marta Quill said the deckhands union had won.",
    ),
];

fn report_of(order: &[usize]) -> Report {
    let mut corpus = Corpus::new(Options::default());
    for &index in order {
        let (file, outlet, date, headline, body) = ARTICLES[index];
        corpus.add_file(file, format!("{headline}\n\n{outlet}\n{date}\n\n{body}\n").as_bytes());
    }
    corpus.report(&Filter::default())
}

/// Each story as the headlines of its articles, per outlet.
fn groupings(report: &Report) -> Vec<Vec<(String, Vec<String>)>> {
    let headline = |id: usize| report.articles[id].headline.clone().unwrap_or_default();
    report
        .stories
        .iter()
        .map(|story| {
            story
                .coverage
                .iter()
                .map(|coverage| {
                    (
                        coverage.outlet.clone().unwrap_or_default(),
                        coverage.articles.iter().map(|&id| headline(id)).collect(),
                    )
                })
                .collect()
        })
        .collect()
}

fn owned(story: &[(&str, &[&str])]) -> Vec<(String, Vec<String>)> {
    story
        .iter()
        .map(|(outlet, headlines)| {
            (outlet.to_string(), headlines.iter().map(|headline| headline.to_string()).collect())
        })
        .collect()
}

#[test]
fn same_event_articles_group_across_outlets_and_copies_or_other_events_stay_out() {
    let report = report_of(&(0..ARTICLES.len()).collect::<Vec<_>>());
    let reprint = report.articles.iter().find(|article| article.file == "wire-lighthouse-reprint.txt").unwrap();
    assert!(reprint.duplicate_of.is_some(), "the reprint is found as a near-duplicate");
    assert_eq!(
        groupings(&report),
        vec![
            owned(&[
                ("Harbour Herald", &["Ferry crews walk out over night shifts"]),
                ("Northgate Wire", &["Tidewater Lines ferry crews strike at Port Ellery"]),
                ("Valley Courier", &["Saltmarsh crossing idle as ferry strike enters second day"]),
            ]),
            owned(&[
                ("Harbour Herald", &["Gullrock lighthouse lamp relit after restoration"]),
                ("Northgate Wire", &["Volunteers restore Gullrock lighthouse lantern"]),
            ]),
        ]
    );
    let ferry = &report.stories[0];
    assert_eq!(ferry.outlets, ["Harbour Herald", "Northgate Wire", "Valley Courier"]);
    assert_eq!((ferry.date_from.as_deref(), ferry.date_to.as_deref()), (Some("2025-04-02"), Some("2025-04-03")));
    let lighthouse = &report.stories[1];
    assert_eq!(
        (lighthouse.date_from.as_deref(), lighthouse.date_to.as_deref()),
        (Some("2025-04-05"), Some("2025-04-06"))
    );
}

#[test]
fn each_outlet_coverage_has_its_headline_length_own_terms_and_speakers() {
    let report = report_of(&(0..ARTICLES.len()).collect::<Vec<_>>());
    let ferry = &report.stories[0];
    let speakers = |outlet: usize| -> Vec<(&str, usize)> {
        ferry.coverage[outlet].speakers.iter().map(|speaker| (speaker.name.as_str(), speaker.quotes)).collect()
    };
    assert_eq!(speakers(0), [("Marta Quill", 1)]);
    assert_eq!(speakers(1), [("Oskar Vane", 1)]);
    assert_eq!(speakers(2), [("Marta Quill", 1)]);
    let words: Vec<usize> = ferry.coverage.iter().map(|coverage| coverage.words).collect();
    let expected: Vec<usize> =
        ferry.coverage.iter().map(|coverage| report.articles[coverage.articles[0]].words).collect();
    assert_eq!(words, expected);
    // Terms one outlet uses and the others do not, heaviest first; those the story's articles share.
    let terms = |list: &[String]| list.join(", ");
    assert_eq!(terms(&ferry.coverage[0].terms), "Wednesday, commuters, cost, leads, less, operator, queued, sail");
    assert_eq!(terms(&ferry.coverage[1].terms), "Freight, Oskar, Oskar Vane, Vane, company, ferries, halting, meet");
    assert_eq!(terms(&ferry.coverage[2].terms), "second, Bram, Bram Holt, Councillor, Farmers, Holt, called, dispute");
    assert_eq!(terms(&ferry.terms), "Lines, Tidewater, Tidewater Lines, allowance, crews, ferry, day, idle");
}

#[test]
fn the_grouping_does_not_depend_on_the_order_of_files() {
    let forward = report_of(&(0..ARTICLES.len()).collect::<Vec<_>>());
    let backward = report_of(&(0..ARTICLES.len()).rev().collect::<Vec<_>>());
    assert_eq!(forward.stories, backward.stories);
}

#[test]
fn articles_more_days_apart_than_the_option_allows_are_not_one_story() {
    let mut options = Options::default();
    options.stories.days = 0;
    let mut corpus = Corpus::new(options);
    for index in [0, 1, 2] {
        let (file, outlet, date, headline, body) = ARTICLES[index];
        corpus.add_file(file, format!("{headline}\n\n{outlet}\n{date}\n\n{body}\n").as_bytes());
    }
    let report = corpus.report(&Filter::default());
    assert_eq!(
        groupings(&report),
        vec![owned(&[
            ("Harbour Herald", &["Ferry crews walk out over night shifts"]),
            ("Northgate Wire", &["Tidewater Lines ferry crews strike at Port Ellery"]),
        ])]
    );
}
