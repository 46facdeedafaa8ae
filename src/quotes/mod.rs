//! Quotes own quotations: where each one is in an article's text, whether
//! it is reported speech or a fragment, who is speaking and with which verb.
//!
//! [`marks`] finds the quotations with a byte scan for quotation marks;
//! [`attribution`] reads only the sentences around each one, with the names
//! of the article ([`crate::names`]) to give speakers their fullest form.

mod attribution;
mod frame;
pub mod marks;
pub mod speakers;
mod verbs;

pub use attribution::Speaker;

/// One quotation of a text, by byte offsets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    /// At the opening mark.
    pub start: usize,
    /// Just after the closing mark (or at the end of the paragraph of an unclosed quotation).
    pub end: usize,
    /// The quoted words without marks; the paragraphs of a long quotation are separated by a blank line.
    pub text: String,
    pub speaker: Option<Speaker>,
    /// The reporting verb as written ("said", "told", "according to").
    pub verb: Option<String>,
    pub kind: Kind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Reported speech.
    Direct,
    /// A fragment inside a sentence, a scare quote or a title ('lawfare', “fake news”).
    Partial,
}

/// The quotations of `text` (paragraphs are lines), in order.
pub fn find(text: &str) -> Vec<Quote> {
    let spans = marks::find(text);
    if spans.is_empty() {
        return Vec::new();
    }
    quotes(text, spans, crate::names::Names::find(text))
}

/// [`find`] for a text whose names were found already: `names` must be
/// `Names::find(text)`.
pub fn find_with_names(text: &str, names: crate::names::Names) -> Vec<Quote> {
    quotes(text, marks::find(text), names)
}

fn quotes(text: &str, spans: Vec<marks::Span>, mut names: crate::names::Names) -> Vec<Quote> {
    let attributions = attribution::attribute(text, &spans, &mut names);
    spans
        .into_iter()
        .zip(attributions)
        .map(|(span, attribution)| Quote {
            start: span.start,
            end: span.end,
            text: span.pieces.iter().map(|piece| &text[piece.clone()]).collect::<Vec<_>>().join("\n\n"),
            speaker: attribution.speaker,
            verb: attribution.verb,
            kind: if attribution.direct { Kind::Direct } else { Kind::Partial },
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One expected quotation: the span as written (marks included, found in
    /// the text to give the exact offsets), the words, speaker, verb and kind.
    type Expected<'a> = (&'a str, &'a str, Option<&'a str>, Option<&'a str>, Kind);

    /// A found quotation: byte offsets, words, speaker, verb, kind.
    type Found<'a> = (usize, usize, &'a str, Option<&'a str>, Option<&'a str>, Kind);

    const D: Kind = Kind::Direct;
    const P: Kind = Kind::Partial;

    fn check(cases: &[(&str, &[Expected])]) {
        for (text, expected) in cases {
            let found = find(text);
            let found: Vec<Found> = found
                .iter()
                .map(|quote| {
                    let speaker = quote.speaker.as_ref().map(|speaker| speaker.name.as_str());
                    (quote.start, quote.end, quote.text.as_str(), speaker, quote.verb.as_deref(), quote.kind)
                })
                .collect();
            let expected: Vec<Found> = expected
                .iter()
                .map(|&(span, words, speaker, verb, kind)| {
                    let start = text.find(span).unwrap_or_else(|| panic!("{span:?} is not in {text:?}"));
                    (start, start + span.len(), words, speaker, verb, kind)
                })
                .collect();
            assert_eq!(found, expected, "text {text:?}");
        }
    }

    #[test]
    fn every_quoting_style_is_found() {
        check(&[
            (
                "\"We reopen on Friday,\" harbour master Tomasz Wilk said.",
                &[("\"We reopen on Friday,\"", "We reopen on Friday,", Some("Tomasz Wilk"), Some("said"), D)],
            ),
            (
                "“We reopen on Friday,” Wilk said.",
                &[("“We reopen on Friday,”", "We reopen on Friday,", Some("Wilk"), Some("said"), D)],
            ),
            (
                "‘We reopen on Friday,’ Wilk said.",
                &[("‘We reopen on Friday,’", "We reopen on Friday,", Some("Wilk"), Some("said"), D)],
            ),
            (
                "'We reopen on Friday,' Wilk said.",
                &[("'We reopen on Friday,'", "We reopen on Friday,", Some("Wilk"), Some("said"), D)],
            ),
            (
                "Mayor Ines Okafor said: « The harbour is open again. »",
                &[(
                    "« The harbour is open again. »",
                    "The harbour is open again.",
                    Some("Ines Okafor"),
                    Some("said"),
                    D,
                )],
            ),
            (
                "Mayor Ines Okafor said: »The harbour is open again.«",
                &[("»The harbour is open again.«", "The harbour is open again.", Some("Ines Okafor"), Some("said"), D)],
            ),
            (
                "Mayor Ines Okafor said: „The harbour is open again.“",
                &[("„The harbour is open again.“", "The harbour is open again.", Some("Ines Okafor"), Some("said"), D)],
            ),
            (
                "Mayor Ines Okafor said: ‚The harbour is open again.‘",
                &[("‚The harbour is open again.‘", "The harbour is open again.", Some("Ines Okafor"), Some("said"), D)],
            ),
            (
                "''The harbour is open again,'' Mayor Ines Okafor said.",
                &[(
                    "''The harbour is open again,''",
                    "The harbour is open again,",
                    Some("Ines Okafor"),
                    Some("said"),
                    D,
                )],
            ),
        ]);
    }

    #[test]
    fn apostrophes_are_not_quotation_marks() {
        check(&[
            ("It's the port's busiest week and the dockers' union isn't happy.", &[]),
            ("They played rock 'n' roll and Guns N’ Roses covers from the ’90s and the '80s.", &[]),
            (
                "‘The voters’ anger about rock ’n’ roll in the ’90s isn’t new,’ said Ruth Abernathy.",
                &[(
                    "‘The voters’ anger about rock ’n’ roll in the ’90s isn’t new,’",
                    "The voters’ anger about rock ’n’ roll in the ’90s isn’t new,",
                    Some("Ruth Abernathy"),
                    Some("said"),
                    D,
                )],
            ),
            (
                "'It's the dockers' turn now,' said Ruth Abernathy.",
                &[(
                    "'It's the dockers' turn now,'",
                    "It's the dockers' turn now,",
                    Some("Ruth Abernathy"),
                    Some("said"),
                    D,
                )],
            ),
        ]);
    }

    #[test]
    fn code_and_markup_hold_no_quotations() {
        check(&[
            ("describe(\"Harbour\", function() { it(\"opens on Friday\", function() {}); });", &[]),
            ("var greeting = \"Good morning, Port Ellery\"; print(greeting);", &[]),
            ("<link rel=\"stylesheet\" href=\"harbour.css\">", &[]),
            ("The timetable reads <em>\"Ferries resume Friday\"</em> on the pier.", &[]),
            ("const label = (name) => 'Ferry ' + name;", &[]),
            ("if (status == \"open\") reopen();", &[]),
            ("console.log(headers.get(\"Ferry-Line\")); // \"north\"", &[]),
            ("var pier = new Pier(\"/east\"); // \"open\" until dusk", &[]),
            ("var copy = new Pier(pier); console.log(copy.name); // \"East pier\"", &[]),
            (
                "\"We reopen on Friday; the pier is safe,\" harbour master Tomasz Wilk said (twice).",
                &[(
                    "\"We reopen on Friday; the pier is safe,\"",
                    "We reopen on Friday; the pier is safe,",
                    Some("Tomasz Wilk"),
                    Some("said"),
                    D,
                )],
            ),
            (
                "function() { return \"x\"; }\n\"We reopen on Friday,\" Wilk said.",
                &[("\"We reopen on Friday,\"", "We reopen on Friday,", Some("Wilk"), Some("said"), D)],
            ),
        ]);
    }

    #[test]
    fn nested_quotations_report_the_outer_one() {
        check(&[
            (
                "“He told me ‘never again’ and meant it,” said Lena Haugland.",
                &[(
                    "“He told me ‘never again’ and meant it,”",
                    "He told me ‘never again’ and meant it,",
                    Some("Lena Haugland"),
                    Some("said"),
                    D,
                )],
            ),
            (
                "‘He called it “a disgrace” twice,’ said Lena Haugland.",
                &[(
                    "‘He called it “a disgrace” twice,’",
                    "He called it “a disgrace” twice,",
                    Some("Lena Haugland"),
                    Some("said"),
                    D,
                )],
            ),
            (
                "“She calls it “home” and so do I,” said Lena Haugland.",
                &[(
                    "“She calls it “home” and so do I,”",
                    "She calls it “home” and so do I,",
                    Some("Lena Haugland"),
                    Some("said"),
                    D,
                )],
            ),
        ]);
    }

    #[test]
    fn long_quotations_continue_across_paragraphs_and_unclosed_marks_stop_at_theirs() {
        check(&[
            (
                "Wilk said: “The first crane failed in March.\n\n“The second failed in April. We replaced both.”",
                &[(
                    "“The first crane failed in March.\n\n“The second failed in April. We replaced both.”",
                    "The first crane failed in March.\n\nThe second failed in April. We replaced both.",
                    Some("Wilk"),
                    Some("said"),
                    D,
                )],
            ),
            (
                "The council called the plan \"a disgrace and a waste.\n\nThe vote is on Monday.",
                &[("\"a disgrace and a waste.", "a disgrace and a waste.", Some("the council"), Some("called"), P)],
            ),
            (
                "\"Kevin was snoring.\n\n“Here he is,” she said.",
                &[
                    ("\"Kevin was snoring.", "Kevin was snoring.", None, None, D),
                    ("“Here he is,”", "Here he is,", None, Some("said"), D),
                ],
            ),
        ]);
    }

    #[test]
    fn fragments_scare_quotes_and_titles_are_partial() {
        check(&[
            ("The threat of state-sponsored 'lawfare' worries the navy.", &[("'lawfare'", "lawfare", None, None, P)]),
            ("Critics dismissed the report as “fake news” on Tuesday.", &[("“fake news”", "fake news", None, None, P)]),
            (
                "Mayor Ines Okafor called the reopening \"a lifeline for every family\".",
                &[(
                    "\"a lifeline for every family\"",
                    "a lifeline for every family",
                    Some("Ines Okafor"),
                    Some("called"),
                    P,
                )],
            ),
            ("The measured depth was \"12\" on the chart.", &[]),
        ]);
    }

    #[test]
    fn speakers_come_from_every_attribution_pattern() {
        check(&[
            (
                "\"The cranes are safe,\" said authority spokesperson Lena Haugland.",
                &[("\"The cranes are safe,\"", "The cranes are safe,", Some("Lena Haugland"), Some("said"), D)],
            ),
            (
                "Lena Haugland said: \"The cranes are safe.\"",
                &[("\"The cranes are safe.\"", "The cranes are safe.", Some("Lena Haugland"), Some("said"), D)],
            ),
            (
                "Lena Haugland said that \"every crane on the quay is certified and safe\".",
                &[(
                    "\"every crane on the quay is certified and safe\"",
                    "every crane on the quay is certified and safe",
                    Some("Lena Haugland"),
                    Some("said"),
                    D,
                )],
            ),
            (
                "\"The cranes are safe,\" Lena Haugland, the authority's spokesperson, said on Friday.",
                &[("\"The cranes are safe,\"", "The cranes are safe,", Some("Lena Haugland"), Some("said"), D)],
            ),
            (
                "\"The cranes are safe.\" — Lena Haugland",
                &[("\"The cranes are safe.\"", "The cranes are safe.", Some("Lena Haugland"), None, D)],
            ),
            (
                "Tomasz Wilk told reporters at the quay on Friday that the channel was clear. \"We did it.\"",
                &[("\"We did it.\"", "We did it.", Some("Tomasz Wilk"), Some("told"), D)],
            ),
            (
                "Tomasz Wilk wrote on Quayside Social: \"Channel open, cranes working.\"",
                &[(
                    "\"Channel open, cranes working.\"",
                    "Channel open, cranes working.",
                    Some("Tomasz Wilk"),
                    Some("wrote"),
                    D,
                )],
            ),
            (
                "According to Mayor Ines Okafor, \"the levy ends in two years\".",
                &[(
                    "\"the levy ends in two years\"",
                    "the levy ends in two years",
                    Some("Ines Okafor"),
                    Some("According to"),
                    D,
                )],
            ),
            // A verb after the source reports the quotation.
            (
                "According to investigators, Tomasz Wilk said he had “spoken” with the mayor.",
                &[("“spoken”", "spoken", Some("Tomasz Wilk"), Some("said"), P)],
            ),
            (
                "\"The levy ends in two years,\" according to Mayor Ines Okafor.",
                &[(
                    "\"The levy ends in two years,\"",
                    "The levy ends in two years,",
                    Some("Ines Okafor"),
                    Some("according to"),
                    D,
                )],
            ),
        ]);
    }

    #[test]
    fn adverbs_and_auxiliaries_before_the_verb_are_skipped_but_names_spelt_like_them_are_kept() {
        let quote = ("\"The quay is open,\"", "The quay is open,");
        let said =
            |text: &'static str, speaker: &'static str| (text, [(quote.0, quote.1, Some(speaker), Some("said"), D)]);
        let cases = [
            said("\"The quay is open,\" Tomasz Wilk has also said.", "Tomasz Wilk"),
            said("\"The quay is open,\" Tomasz Wilk quickly said.", "Tomasz Wilk"),
            said("\"The quay is open,\" Mrs May said.", "May"),
            said("\"The quay is open,\" Ms Kelly said.", "Kelly"),
            said("\"The quay is open,\" Ana Sully said.", "Ana Sully"),
            said("\"The quay is open,\" Will Early said.", "Will Early"),
        ];
        let cases: Vec<(&str, &[Expected])> = cases.iter().map(|(text, expected)| (*text, &expected[..])).collect();
        check(&cases);
    }

    #[test]
    fn a_fact_check_s_labels_are_no_speakers() {
        check(&[
            (
                "Claim: \"The ferry never sails on time.\"",
                &[("\"The ferry never sails on time.\"", "The ferry never sails on time.", None, None, D)],
            ),
            (
                "Verdict: \"It sailed late twice in May.\"",
                &[("\"It sailed late twice in May.\"", "It sailed late twice in May.", None, None, D)],
            ),
        ]);
    }

    #[test]
    fn passives_clauses_and_reports_before_the_verb() {
        check(&[
            (
                "Vale said a harbour safety team had been called to the yard after he was found \
                 acting “irate” and “a little irrationally”.",
                &[
                    ("“irate”", "irate", Some("Vale"), Some("said"), P),
                    ("“a little irrationally”", "a little irrationally", Some("Vale"), Some("said"), P),
                ],
            ),
            ("The mayor was called “a disgrace” by the council.", &[("“a disgrace”", "a disgrace", None, None, P)]),
            (
                "The sudden end of the harbour levy in March following a long report in the Ellery Courier on the \
                 quay repairs described the figures as “misleading”.",
                &[("“misleading”", "misleading", None, Some("described"), P)],
            ),
            (
                "Ines Okafor, the chair of the harbour board overseeing the levy inquiry in the town, \
                 called the figures “misleading”.",
                &[("“misleading”", "misleading", Some("Ines Okafor"), Some("called"), P)],
            ),
            (
                "Ines Okafor said she called the levy “a disgrace”.",
                &[("“a disgrace”", "a disgrace", Some("Ines Okafor"), Some("called"), P)],
            ),
            (
                "The port authority has said on Monday it called the levy “unworkable”.",
                &[("“unworkable”", "unworkable", Some("the port authority"), Some("called"), P)],
            ),
            (
                "The advert ends with footage of Ines Okafor saying “we will not wait for the council”.",
                &[(
                    "“we will not wait for the council”",
                    "we will not wait for the council",
                    Some("Ines Okafor"),
                    Some("saying"),
                    D,
                )],
            ),
            (
                "A spokesman for the harbour board in an emailed statement called it “routine”.",
                &[(
                    "“routine”",
                    "routine",
                    Some("a spokesman for the harbour board in an emailed statement"),
                    Some("called"),
                    P,
                )],
            ),
        ]);
    }

    #[test]
    fn put_it_reports_after_as_or_before_a_colon() {
        check(&[
            (
                "As Ines Okafor, a lawyer at the harbour board, recently put it, ''Who pays for the pier?''",
                &[("''Who pays for the pier?''", "Who pays for the pier?", Some("Ines Okafor"), Some("put"), D)],
            ),
            (
                "Even before the “big storm”, as one Ellery fisherman put it, the pier was failing.",
                &[("“big storm”", "big storm", Some("one Ellery fisherman"), Some("put"), P)],
            ),
            (
                "Tomasz Wilk put it bluntly: \"The pier is a ruin.\"",
                &[("\"The pier is a ruin.\"", "The pier is a ruin.", Some("Tomasz Wilk"), Some("put"), D)],
            ),
            (
                "Councillor Greta Holm, author of the “Pier 2.0” plan, hopes to put it to a vote in May.",
                &[("“Pier 2.0”", "Pier 2.0", None, None, P)],
            ),
            (
                "As Greta Holm finished her speech, a group of fishermen shouted: \"Resign!\"",
                &[("\"Resign!\"", "Resign!", Some("a group of fishermen"), Some("shouted"), D)],
            ),
        ]);
    }

    #[test]
    fn whoever_acted_on_an_object_before_a_participle_spoke() {
        check(&[
            (
                "The Harbour Board issued a statement saying: \"The pier will reopen in May.\"",
                &[(
                    "\"The pier will reopen in May.\"",
                    "The pier will reopen in May.",
                    Some("the Harbour Board"),
                    Some("saying"),
                    D,
                )],
            ),
            (
                "Mayor Ines Okafor sent a letter to the council on Friday demanding that it \"act at once\".",
                &[("\"act at once\"", "act at once", Some("Ines Okafor"), Some("demanding"), P)],
            ),
            (
                "Tomasz Wilk later released a statement saying he was \"deeply sorry\".",
                &[("\"deeply sorry\"", "deeply sorry", Some("Tomasz Wilk"), Some("saying"), P)],
            ),
            (
                "Tomasz Wilk reacted by saying: \"We will appeal.\"",
                &[("\"We will appeal.\"", "We will appeal.", Some("Tomasz Wilk"), Some("saying"), D)],
            ),
            (
                "Mayor Ines Okafor thanked Tomasz Wilk and said the pier was “safe”.",
                &[("“safe”", "safe", Some("Ines Okafor"), Some("said"), P)],
            ),
            (
                "A statement issued by his spokesman said he would \"never give up\".",
                &[("\"never give up\"", "never give up", Some("a statement issued by his spokesman"), Some("said"), P)],
            ),
        ]);
    }

    #[test]
    fn a_quotation_after_a_sentence_about_a_person_is_theirs() {
        check(&[
            (
                "Ines Okafor, who lost the vote, thanked her supporters on Monday. \"We will be back next year.\"",
                &[("\"We will be back next year.\"", "We will be back next year.", Some("Ines Okafor"), None, D)],
            ),
            (
                "The storm destroyed two hundred homes in Ellery. \"We have lost everything.\"",
                &[("\"We have lost everything.\"", "We have lost everything.", None, None, D)],
            ),
            (
                "Senator Ada Vance likened the levy to “a tax on the sea”.",
                &[("“a tax on the sea”", "a tax on the sea", Some("Ada Vance"), Some("likened"), P)],
            ),
        ]);
    }

    #[test]
    fn a_clause_with_be_is_no_description_but_may_name_its_subject() {
        check(&[
            (
                "Tomasz Wilk is set to announce “a new levy”.",
                &[("“a new levy”", "a new levy", Some("Tomasz Wilk"), Some("announce"), P)],
            ),
            (
                "His whereabouts are currently unknown, reporters said of the “missing” pilot.",
                &[("“missing”", "missing", None, Some("said"), P)],
            ),
        ]);
    }

    #[test]
    fn a_pronoun_in_the_sentence_of_a_quotation_is_the_person_it_opens_with() {
        check(&[
            (
                "Tomasz Wilk rejected the plan. Anton Reyes proposed a “short-term” levy, which he said would pay for the pier.",
                &[("“short-term”", "short-term", Some("Anton Reyes"), Some("said"), P)],
            ),
            (
                "The levy is unfair, said Anton Reyes. Tomasz Wilk, who opposed the levy, which he has called “a tax on fishing”, spoke next.",
                &[("“a tax on fishing”", "a tax on fishing", Some("Tomasz Wilk"), Some("called"), P)],
            ),
            (
                "Greta Holm rejected the plan. Ines Okafor, who chairs the board, stressed a need for calm: “We want order,” she said.",
                &[("“We want order,”", "We want order,", Some("Ines Okafor"), Some("said"), D)],
            ),
            (
                "Tomasz Wilk wrote an article about Anton Reyes. Mr Reyes had not “risen to the task,” he wrote.",
                &[("“risen to the task,”", "risen to the task,", Some("Tomasz Wilk"), Some("wrote"), P)],
            ),
            (
                "Anton Reyes's remarks contradict an earlier statement by Tomasz Wilk, where he said the pier was “safe”.",
                &[("“safe”", "safe", Some("Tomasz Wilk"), Some("said"), P)],
            ),
        ]);
    }

    #[test]
    fn a_name_after_a_comma_and_a_reporting_verb_said_the_sentence_before() {
        check(&[(
            "\"The pier is safe,\" said Ines Okafor. In fulfilling a duty, Anton Reyes failed a higher one, said Tomasz Wilk.\n\n\"He should have spoken out,\" he said.",
            &[
                ("\"The pier is safe,\"", "The pier is safe,", Some("Ines Okafor"), Some("said"), D),
                ("\"He should have spoken out,\"", "He should have spoken out,", Some("Tomasz Wilk"), Some("said"), D),
            ],
        )]);
    }

    #[test]
    fn lone_articles_verbs_and_nouns_after_a_possessive_are_no_speakers_or_verbs() {
        check(&[
            (
                "Tomasz Wilk wrote that Okafor’s comments should “worry every pilot,” the Ellery Courier said.",
                &[("“worry every pilot,”", "worry every pilot,", Some("Tomasz Wilk"), Some("wrote"), P)],
            ),
            (
                "Greta Holm blamed the council for failing to \"repair the pier\", saying the \"harbour is dying\".",
                &[
                    ("\"repair the pier\"", "repair the pier", Some("Greta Holm"), Some("saying"), P),
                    ("\"harbour is dying\"", "harbour is dying", Some("Greta Holm"), Some("saying"), P),
                ],
            ),
            (
                "She said she found Wilk calmer than she expected, but said confirming him would be a “huge mistake”.",
                &[("“huge mistake”", "huge mistake", None, Some("said"), P)],
            ),
            (
                "“It feels like an effort to sink the ferry,” said one.",
                &[(
                    "“It feels like an effort to sink the ferry,”",
                    "It feels like an effort to sink the ferry,",
                    Some("one"),
                    Some("said"),
                    D,
                )],
            ),
            (
                "Take the harbour master Tomasz Wilk’s comments about the pier: “It is a ruin.”",
                &[("“It is a ruin.”", "It is a ruin.", None, None, D)],
            ),
        ]);
    }

    #[test]
    fn a_title_holding_of_leads_to_the_name_but_an_object_of_of_is_not_the_speaker() {
        let said = |speaker| [("“We will not wait,”", "We will not wait,", Some(speaker), Some("said"), D)];
        check(&[
            ("“We will not wait,” US Secretary of State Anna Lindqvist said.", &said("Anna Lindqvist")),
            (
                "“We will not wait,” a spokesman for Treasury Secretary Anna Lindqvist said.",
                &said("a spokesman for Treasury Secretary Anna Lindqvist"),
            ),
            ("“We will not wait,” the wife of Tomasz Wilk said.", &said("the wife of Tomasz Wilk")),
            (
                "“We will not wait,” the Committee to Protect Harbour Pilots said.",
                &said("the Committee to Protect Harbour Pilots"),
            ),
        ]);
    }

    #[test]
    fn openers_objects_and_words_in_capitals_are_no_speakers() {
        check(&[
            (
                "“We are in shock,” the family said, according to the Ellery Courier.",
                &[("“We are in shock,”", "We are in shock,", Some("the family"), Some("said"), D)],
            ),
            (
                "The WHO also said the harbour water held “some limited contamination”.",
                &[("“some limited contamination”", "some limited contamination", Some("the WHO"), Some("said"), P)],
            ),
            (
                "Also Thursday, the harbour board said the council “only wants to delay”.",
                &[("“only wants to delay”", "only wants to delay", Some("the harbour board"), Some("said"), P)],
            ),
            (
                "More boats, including a “large” one from the port, would be sent, one senior harbour official said.",
                &[("“large”", "large", Some("one senior harbour official"), Some("said"), P)],
            ),
            (
                "Ines Okafor won in March. Today, Okafor is offering the same message: “Do not wait for the council.”",
                &[("“Do not wait for the council.”", "Do not wait for the council.", Some("Ines Okafor"), None, D)],
            ),
            (
                "Suddenly – “quicker than you could blink”, Vale said – two boats arrived.",
                &[("“quicker than you could blink”", "quicker than you could blink", Some("Vale"), Some("said"), D)],
            ),
            (
                "Ines Okafor, who called the levy “a disgrace”, told me that her board “will not wait”.",
                &[
                    ("“a disgrace”", "a disgrace", Some("Ines Okafor"), Some("called"), P),
                    ("“will not wait”", "will not wait", Some("Ines Okafor"), Some("told"), P),
                ],
            ),
            (
                "Elsewhere, the president of the Ellery Pilots' Guild said: “We will not wait.”",
                &[(
                    "“We will not wait.”",
                    "We will not wait.",
                    Some("the president of the Ellery Pilots' Guild"),
                    Some("said"),
                    D,
                )],
            ),
            (
                "Separately, the harbour board said the figures were “misleading”.",
                &[("“misleading”", "misleading", Some("the harbour board"), Some("said"), P)],
            ),
            (
                "Megan Kelly runs the ferry. “We will not wait,” Kelly said.",
                &[("“We will not wait,”", "We will not wait,", Some("Megan Kelly"), Some("said"), D)],
            ),
            (
                "Gifts came from along the coast, including from Marit Solberg, who called the appeal “a lifeline”.",
                &[("“a lifeline”", "a lifeline", Some("Marit Solberg"), Some("called"), P)],
            ),
            (
                "Hopes rest on Anna Lindqvist of Ellery Harbour, who said the quay would open “in the spring”.",
                &[("“in the spring”", "in the spring", Some("Anna Lindqvist"), Some("said"), P)],
            ),
            (
                "The plan was backed by the pilot Tomasz Wilk, of Ellery Harbour, who called it “overdue”.",
                &[("“overdue”", "overdue", Some("Tomasz Wilk"), Some("called"), P)],
            ),
        ]);
    }

    #[test]
    fn a_participle_takes_the_subject_of_the_verb_before_it_and_he_is_who_was_named_before_he() {
        check(&[
            (
                "The harbour master, Ines Okafor, agreed, saying the quay was “safe enough”.",
                &[("“safe enough”", "safe enough", Some("Ines Okafor"), Some("saying"), P)],
            ),
            (
                "Ines Okafor spoke first. Most recently, in March, she praised the crew, saying they were “the best on the coast”.",
                &[("“the best on the coast”", "the best on the coast", Some("Ines Okafor"), Some("saying"), P)],
            ),
            (
                "Former harbour pilot Tomasz Wilk has made a similar plea, writing in the Courier that the levy was “cruel”.",
                &[("“cruel”", "cruel", Some("Tomasz Wilk"), Some("writing"), P)],
            ),
            (
                "Tomasz Wilk chairs the pilots' guild. He told Mark Bell: “The quay is closed.”",
                &[("“The quay is closed.”", "The quay is closed.", Some("Tomasz Wilk"), Some("told"), D)],
            ),
            (
                "Tomasz Wilk chairs the pilots' guild. He is now urging Mark Bell to reopen the quay, saying it is “safe enough”.",
                &[("“safe enough”", "safe enough", Some("Tomasz Wilk"), Some("saying"), P)],
            ),
            // The "he" of the participle's clause is the person the sentence opens with, not the latest one.
            (
                "Tomasz Wilk recently withdrew his nomination of Ron Vitiello to lead the Harbour Patrol, saying he wanted to “go in a tougher direction”.",
                &[("“go in a tougher direction”", "go in a tougher direction", Some("Tomasz Wilk"), Some("saying"), P)],
            ),
        ]);
    }

    #[test]
    fn he_or_she_just_before_the_verb_is_its_subject_and_an_earlier_verb_is_skipped() {
        check(&[
            (
                "“Stop shouting,” said harbour-loving comedian Greta Holm as she called for calm and backed the levy “with gusto”.",
                &[
                    ("“Stop shouting,”", "Stop shouting,", Some("Greta Holm"), Some("said"), D),
                    ("“with gusto”", "with gusto", Some("Greta Holm"), Some("called"), P),
                ],
            ),
            (
                "“We could not agree,” Mark Bell told reporters. In a post on Monday, Tomasz Wilk called the vote “important” and said he would continue talks “to save the pier”.",
                &[
                    ("“We could not agree,”", "We could not agree,", Some("Mark Bell"), Some("told"), D),
                    ("“important”", "important", Some("Tomasz Wilk"), Some("called"), P),
                    ("“to save the pier”", "to save the pier", Some("Tomasz Wilk"), Some("continue"), P),
                ],
            ),
            (
                "Marit Holm, the harbour master, will announce new fees for Corvia, Tessaly and Nordmark, countries she has branded a “troika of tolls”.",
                &[("“troika of tolls”", "troika of tolls", Some("Marit Holm"), Some("branded"), P)],
            ),
            (
                "“We did not ask him,” said a council aide, who cited a bylaw saying the mayor “shall publish” the accounts.",
                &[
                    ("“We did not ask him,”", "We did not ask him,", Some("a council aide"), Some("said"), D),
                    ("“shall publish”", "shall publish", Some("a council aide"), Some("saying"), P),
                ],
            ),
            // "written off" reports nothing: the speaker is who said it.
            (
                "Ines Okafor, asked whether the cooperative had profited, said the cooperative has written off the loans and “took a loss” of $2 million.",
                &[("“took a loss”", "took a loss", Some("Ines Okafor"), Some("said"), P)],
            ),
            // A participle's object is no subject.
            (
                "Anton Reyes, who was born in Ellery, said he was “devastated” by the news, saying Harbour County was “a place of kindness”.",
                &[
                    ("“devastated”", "devastated", Some("Anton Reyes"), Some("said"), P),
                    ("“a place of kindness”", "a place of kindness", Some("Anton Reyes"), Some("saying"), P),
                ],
            ),
            (
                "The board met on Monday. More of what the official dubbed “pier cronies” would face travel bans.",
                &[("“pier cronies”", "pier cronies", Some("the official"), Some("dubbed"), P)],
            ),
            // A name inside a quotation opens no sentence.
            (
                "Anton Reyes spoke last. “Tomasz Wilk is for Tomasz Wilk,” he said, adding the rival campaign was “adrift”.",
                &[
                    ("“Tomasz Wilk is for Tomasz Wilk,”", "Tomasz Wilk is for Tomasz Wilk,", Some("Anton Reyes"), Some("said"), D),
                    ("“adrift”", "adrift", Some("Anton Reyes"), Some("adding"), P),
                ],
            ),
            // A relative clause closed by a comma before the verb is not its subject.
            (
                "Marit Holm, a persistent critic of what she sees as meddling in the harbour, called the levy “a disgrace”.",
                &[("“a disgrace”", "a disgrace", Some("Marit Holm"), Some("called"), P)],
            ),
            (
                "Harbour candidate Anton Reyes, who Tomasz Wilk mocked in a podcast, has said the comedian “deserved another chance”.",
                &[("“deserved another chance”", "deserved another chance", Some("Anton Reyes"), Some("said"), P)],
            ),
            (
                "Ellery has one of the strictest levies on the coast – to the extent that Tomasz Wilk, in a leaked call with the mayor in 2017, admiringly said of the levy: “It is genius.”",
                &[("“It is genius.”", "It is genius.", Some("Tomasz Wilk"), Some("said"), D)],
            ),
        ]);
    }

    #[test]
    fn a_subordinate_clause_has_its_own_subject_and_a_time_stands_between_subject_and_verb() {
        check(&[
            // The subject of a subordinate clause follows its conjunction; a time
            // between a subject and its verb is left out.
            (
                "The levy came to an end after a report in the Ellery Courier described the figures as “misleading”.",
                &[("“misleading”", "misleading", Some("a report in the Ellery Courier"), Some("described"), P)],
            ),
            (
                "The comments came after Ines Okafor suggested the pier could be “the focus of evil”.",
                &[("“the focus of evil”", "the focus of evil", Some("Ines Okafor"), Some("suggested"), P)],
            ),
            (
                "Anton Reyes, the harbour master, spoke to reporters before the vote and described the talks as “useful”.",
                &[("“useful”", "useful", Some("Anton Reyes"), Some("described"), P)],
            ),
            // A comma closes the subordinate clause before the verb.
            (
                "The mayor, when the vote ended, described the talks as “useful”.",
                &[("“useful”", "useful", Some("the mayor"), Some("described"), P)],
            ),
            (
                "Anton Reyes, speaking before the vote, described the talks as “useful”.",
                &[("“useful”", "useful", Some("Anton Reyes"), Some("described"), P)],
            ),
            (
                "Tomasz Wilk hardly settled the matter, treating Ines Okafor's remark first as a compliment -- \
                 ''That makes me right'' -- and left.",
                &[("''That makes me right''", "That makes me right", Some("Tomasz Wilk"), None, D)],
            ),
            (
                "Harbour master Tomasz Wilk late on Friday said the quay was “safe”. An Ellery Courier report this week revealed its repairs were at “breaking point”.",
                &[
                    ("“safe”", "safe", Some("Tomasz Wilk"), Some("said"), P),
                    ("“breaking point”", "breaking point", Some("an Ellery Courier report"), Some("revealed"), P),
                ],
            ),
        ]);
    }

    #[test]
    fn adverbs_and_auxiliaries_stand_between_a_subject_and_its_verb() {
        check(&[
            (
                "Marit Holm has long argued that the levy was “a disgrace”. Ellery District Judge Ines Okafor has \
                 already said the pier was “unsafe”. Tomasz Wilk now says the pier is “a waste”. Anton Reyes has since \
                 said it is “fine”.",
                &[
                    ("“a disgrace”", "a disgrace", Some("Marit Holm"), Some("argued"), P),
                    ("“unsafe”", "unsafe", Some("Ines Okafor"), Some("said"), P),
                    ("“a waste”", "a waste", Some("Tomasz Wilk"), Some("says"), P),
                    ("“fine”", "fine", Some("Anton Reyes"), Some("said"), P),
                ],
            ),
            // An auxiliary before the verb leaves its subject before it, past a quotation.
            (
                "Tomasz Wilk, who called the report “a total win,” has long described Ines Okafor’s \
                 inquiry as a “witch hunt”.",
                &[
                    ("“a total win,”", "a total win,", Some("Tomasz Wilk"), Some("called"), P),
                    ("“witch hunt”", "witch hunt", Some("Tomasz Wilk"), Some("described"), P),
                ],
            ),
        ]);
    }

    #[test]
    fn the_noun_after_with_is_the_subject_of_the_participle_ending_its_phrase() {
        check(&[
            (
                "The mayor will raise the levy, with a harbour spokesman again saying on Monday the quay was “safe”.",
                &[("“safe”", "safe", Some("a harbour spokesman"), Some("saying"), P)],
            ),
            (
                "The talks ended, with Tomasz Wilk repeatedly calling Anton Reyes “a liar”.",
                &[("“a liar”", "a liar", Some("Tomasz Wilk"), Some("calling"), P)],
            ),
            (
                "The vote was close, with the former harbour master saying: “It is over.”",
                &[("“It is over.”", "It is over.", Some("the former harbour master"), Some("saying"), D)],
            ),
            // After "of", "tweets" is a noun.
            (
                "The row grew, with a string of tweets telling the mayor to “resign”.",
                &[("“resign”", "resign", Some("a string of tweets"), Some("telling"), P)],
            ),
            // After a verb, "with" opens its object, not a subject.
            (
                "The mayor replied with a letter urging the council to act: “Reopen the quay.”",
                &[("“Reopen the quay.”", "Reopen the quay.", Some("the mayor"), Some("urging"), D)],
            ),
        ]);
    }

    #[test]
    fn a_quotation_a_noun_follows_is_its_modifier_and_the_sentence_after_is_no_frame() {
        check(&[
            (
                "The mayor appealed for the backing of the “Harbour” amendment, saying it would help.",
                &[("“Harbour”", "Harbour", None, None, P)],
            ),
            (
                "Anton Reyes converted planned rallies into “virtual” events and on Thursday said the pier was shut.",
                &[("“virtual”", "virtual", None, None, P)],
            ),
            ("Supporters of “fair levy” laws say the quay should stay open.", &[("“fair levy”", "fair levy", None, None, P)]),
            // A participle after a quotation has no subject after it.
            (
                "Ines Okafor cited “internal emails” suggesting Tomasz Wilk knew about the levy.",
                &[("“internal emails”", "internal emails", Some("Ines Okafor"), Some("suggesting"), P)],
            ),
            // A frame whose subject does not open with the word after the quotation is its frame.
            (
                "The guild will work with the council to “pull out” from the quay, harbour master Tomasz Wilk says.",
                &[("“pull out”", "pull out", Some("Tomasz Wilk"), Some("says"), P)],
            ),
            (
                "Inspectors will visit the quay this week to discuss the “safety concerns” the harbour office said on Sunday.",
                &[("“safety concerns”", "safety concerns", Some("the harbour office"), Some("said"), P)],
            ),
        ]);
    }

    #[test]
    fn a_question_and_a_verb_inside_a_quotation_name_no_one() {
        check(&[
            (
                "Ines Okafor sat down with me on Monday.\n\nWhat did Okafor make, I ask, of her statement about “hating” the levy?",
                &[("“hating”", "hating", None, Some("ask"), P)],
            ),
            (
                "Mayor Tom Birch proposed a levy on Monday.\n\n“The mayor said today the levy is fair,” Deputy Mayor Mark Bell told the Courier.\n\n“We all love Ellery,” he continued.",
                &[
                    (
                        "“The mayor said today the levy is fair,”",
                        "The mayor said today the levy is fair,",
                        Some("Mark Bell"),
                        Some("told"),
                        D,
                    ),
                    ("“We all love Ellery,”", "We all love Ellery,", Some("Mark Bell"), Some("continued"), D),
                ],
            ),
        ]);
    }

    #[test]
    fn he_and_she_follow_the_subjects_of_the_sentences_before() {
        let it_will_fall = |speaker| [("“It will fall,”", "It will fall,", Some(speaker), Some("says"), D)];
        check(&[
            (
                "Dr Tomasz Wilk is a professor at the college where Mark Bell studied. He thinks the quay is unsafe. “It will fall,” he says.",
                &it_will_fall("Tomasz Wilk"),
            ),
            (
                "Tomasz Wilk chairs the guild. He met Mark Bell on Monday. He thinks the quay is unsafe. “It will fall,” he says.",
                &it_will_fall("Tomasz Wilk"),
            ),
            (
                "Harbour supporter and pilot Tomasz Wilk is among those who disagree with Mark Bell. “It will fall,” he says.",
                &it_will_fall("Tomasz Wilk"),
            ),
            // A subject of unknown gender is no "he" without a reporting verb; a pronoun quoted is no subject.
            (
                "Kit Morrow, who helped found the guild with Tomasz Wilk, was hurt in the storm. “It will fall,” he says.",
                &it_will_fall("Tomasz Wilk"),
            ),
            (
                "Mark Bell wrote to the council. “He said he would back the levy,” Tomasz Wilk said on Tuesday. “It will fall,” he says.",
                &[
                    ("“He said he would back the levy,”", "He said he would back the levy,", Some("Tomasz Wilk"), Some("said"), D),
                    ("“It will fall,”", "It will fall,", Some("Tomasz Wilk"), Some("says"), D),
                ],
            ),
        ]);
    }

    #[test]
    fn a_place_ending_the_clause_who_opens_did_not_speak() {
        check(&[
            (
                "“We were turned away,” Tomasz Wilk, who led a visit to the quay in Brownsville, Texas, told reporters.",
                &[("“We were turned away,”", "We were turned away,", Some("Tomasz Wilk"), Some("told"), D)],
            ),
            (
                "Ines Okafor, who spent the weekend at the harbour in Ellery, Maine, said: “The quay stays shut.”",
                &[("“The quay stays shut.”", "The quay stays shut.", Some("Ines Okafor"), Some("said"), D)],
            ),
            (
                "One pilot, who lost his licence, Tomasz Wilk, said: “The quay stays shut.”",
                &[("“The quay stays shut.”", "The quay stays shut.", Some("Tomasz Wilk"), Some("said"), D)],
            ),
        ]);
    }

    #[test]
    fn a_short_description_before_who_is_in_apposition_to_the_name_before_it() {
        check(&[
            (
                "Praise came from Ines Okafor, the top Ellery Democrat, who called the quay “a lifeline”.",
                &[("“a lifeline”", "a lifeline", Some("Ines Okafor"), Some("called"), P)],
            ),
            (
                "The claim ran in an advert from Harbour First, a group backing Okafor, which declares that the levy is “a tax on tides”.",
                &[("“a tax on tides”", "a tax on tides", Some("Harbour First"), Some("declares"), P)],
            ),
            // Found by the fuzzer (target `quotes`): two commas before "who" left no word after the last one.
            ("Tomasz Wilk, , who said “no”.", &[("“no”", "no", Some("Tomasz Wilk"), Some("said"), P)]),
        ]);
    }

    #[test]
    fn appositives_lead_to_the_name() {
        check(&[
            (
                "The talks were useful, the aide, Anton Reyes, told reporters: \"We will meet again.\"",
                &[("\"We will meet again.\"", "We will meet again.", Some("Anton Reyes"), Some("told"), D)],
            ),
            (
                "\"Checking costs money,\" Marit Solberg, a senior vice-president for Harbour Watch, said.",
                &[("\"Checking costs money,\"", "Checking costs money,", Some("Marit Solberg"), Some("said"), D)],
            ),
            (
                "\"Checking costs money,\" said Marit Solberg, a senior vice-president for Harbour Watch.",
                &[("\"Checking costs money,\"", "Checking costs money,", Some("Marit Solberg"), Some("said"), D)],
            ),
        ]);
    }

    #[test]
    fn nominal_speakers_stay_as_written() {
        check(&[
            (
                "\"The drill is routine,\" a coastguard spokesperson said.",
                &[(
                    "\"The drill is routine,\"",
                    "The drill is routine,",
                    Some("a coastguard spokesperson"),
                    Some("said"),
                    D,
                )],
            ),
            (
                "The Ellery Coastguard said: \"Three boats were towed in overnight.\"",
                &[(
                    "\"Three boats were towed in overnight.\"",
                    "Three boats were towed in overnight.",
                    Some("the Ellery Coastguard"),
                    Some("said"),
                    D,
                )],
            ),
            (
                "\"It is early days,\" said a council official.",
                &[("\"It is early days,\"", "It is early days,", Some("a council official"), Some("said"), D)],
            ),
        ]);
    }

    #[test]
    fn the_title_alone_names_the_one_person_given_it_before() {
        check(&[
            (
                "According to Mayor Ines Okafor, the levy ends in 2027. \"Nobody enjoys it,\" the mayor said.",
                &[("\"Nobody enjoys it,\"", "Nobody enjoys it,", Some("Ines Okafor"), Some("said"), D)],
            ),
            (
                "Chair Ingrid Solberg said on Wednesday the boats were back. \"We are fishing,\" the chair said.",
                &[("\"We are fishing,\"", "We are fishing,", Some("Ingrid Solberg"), Some("said"), D)],
            ),
            (
                "Mayor Ines Okafor met Mayor Piet Vandermolen. \"Nobody enjoys it,\" the mayor said.",
                &[("\"Nobody enjoys it,\"", "Nobody enjoys it,", Some("the mayor"), Some("said"), D)],
            ),
            (
                "\"Nobody enjoys it,\" the mayor said. Mayor Ines Okafor left.",
                &[("\"Nobody enjoys it,\"", "Nobody enjoys it,", Some("the mayor"), Some("said"), D)],
            ),
        ]);
    }

    #[test]
    fn pronouns_find_the_latest_person_of_their_gender() {
        check(&[
            (
                "Ms Okafor met Tomasz Wilk on the quay. \"The harbour is ours again,\" she said.",
                &[("\"The harbour is ours again,\"", "The harbour is ours again,", Some("Okafor"), Some("said"), D)],
            ),
            (
                "Mayor Ines Okafor met harbour master Tomasz Wilk. Later Okafor left. \"We stay,\" he said.",
                &[("\"We stay,\"", "We stay,", Some("Tomasz Wilk"), Some("said"), D)],
            ),
            (
                "Arlo Brandt, who runs the ferry, spoke first. He was angry. Sasha Imrie spoke next. She was calm. \
                 \"The timetable is a mess,\" he said.",
                &[("\"The timetable is a mess,\"", "The timetable is a mess,", Some("Arlo Brandt"), Some("said"), D)],
            ),
            (
                "The island's councillor wrote on Sunday that she had spoken to Mayor Ines Okafor.\n\n\
                 \"We need a second boat,\" she said.",
                &[("\"We need a second boat,\"", "We need a second boat,", Some("the island's councillor"), Some("said"), D)],
            ),
            (
                "Greta Holm told the council that Mayor Ines Okafor had promised a boat. \"We are still waiting,\" she said.",
                &[("\"We are still waiting,\"", "We are still waiting,", Some("Greta Holm"), Some("said"), D)],
            ),
            (
                "Lena Ostrova left before the storm. Hurricane Orla destroyed the pier. \"It was terrible,\" she said.",
                &[("\"It was terrible,\"", "It was terrible,", Some("Lena Ostrova"), Some("said"), D)],
            ),
        ]);
    }

    #[test]
    fn quotations_without_a_frame_continue_the_speaker_before_them() {
        check(&[
            (
                "\"We are not against the reopening,\" Ruth Abernathy said. \"We are against accidents.\"",
                &[
                    ("\"We are not against the reopening,\"", "We are not against the reopening,", Some("Ruth Abernathy"), Some("said"), D),
                    ("\"We are against accidents.\"", "We are against accidents.", Some("Ruth Abernathy"), Some("said"), D),
                ],
            ),
            (
                "\"We are not against the reopening,\" Ruth Abernathy said.\n\n\"We are against accidents.\"",
                &[
                    ("\"We are not against the reopening,\"", "We are not against the reopening,", Some("Ruth Abernathy"), Some("said"), D),
                    ("\"We are against accidents.\"", "We are against accidents.", Some("Ruth Abernathy"), Some("said"), D),
                ],
            ),
            (
                "Ruth Abernathy continued:\n\n\"We are against accidents.\"",
                &[("\"We are against accidents.\"", "We are against accidents.", Some("Ruth Abernathy"), Some("continued"), D)],
            ),
            (
                "'We can mend nets,' Solberg said. 'It is harder to mend a crew.' The cooperative will ask the \
                 council to waive this year's mooring fees.",
                &[
                    ("'We can mend nets,'", "We can mend nets,", Some("Solberg"), Some("said"), D),
                    ("'It is harder to mend a crew.'", "It is harder to mend a crew.", Some("Solberg"), Some("said"), D),
                ],
            ),
            (
                "\"It is harder to mend a crew.\" Ingrid Solberg said on Wednesday.",
                &[(
                    "\"It is harder to mend a crew.\"",
                    "It is harder to mend a crew.",
                    Some("Ingrid Solberg"),
                    Some("said"),
                    D,
                )],
            ),
            (
                "The union met on Monday, Ruth Abernathy said. \"We are against accidents.\"",
                &[("\"We are against accidents.\"", "We are against accidents.", Some("Ruth Abernathy"), Some("said"), D)],
            ),
            (
                "“We are not against the reopening,” Ruth Abernathy said.\n\n‘Safety first’\n\nThe quay reopened.",
                &[
                    ("“We are not against the reopening,”", "We are not against the reopening,", Some("Ruth Abernathy"), Some("said"), D),
                    ("‘Safety first’", "Safety first", None, None, P),
                ],
            ),
            (
                "\"We are not against the reopening,\" Ruth Abernathy said.\n\nThe port authority met on Tuesday and \
                 set out a long list of repairs, inspections and new rules for every crane on the quay.\n\n\"Nothing changes.\"",
                &[
                    ("\"We are not against the reopening,\"", "We are not against the reopening,", Some("Ruth Abernathy"), Some("said"), D),
                    ("\"Nothing changes.\"", "Nothing changes.", None, None, D),
                ],
            ),
        ]);
    }

    #[test]
    fn names_take_their_fullest_form_in_the_article() {
        check(&[(
            "Harbour master Tomasz Wilk inspected the cranes. \"They pass,\" Mr Wilk said. \
             Later, Wilk added: \"All of them.\"",
            &[
                ("\"They pass,\"", "They pass,", Some("Tomasz Wilk"), Some("said"), D),
                ("\"All of them.\"", "All of them.", Some("Tomasz Wilk"), Some("added"), D),
            ],
        )]);
        let quotes = find("Harbour master Tomasz Wilk inspected the cranes. \"They pass,\" Mr Wilk said.");
        assert_eq!(quotes[0].speaker.as_ref().map(|speaker| speaker.written.as_str()), Some("Mr Wilk"));
    }

    #[test]
    fn any_mix_of_marks_gives_ordered_quotations_on_character_boundaries() {
        let pieces = [
            " ",
            "\n",
            "\n\n",
            "a",
            "Zoë",
            "He",
            "she",
            "said",
            "told",
            "Mr",
            ".",
            ",",
            ":",
            "—",
            "-",
            "(",
            ")",
            "\"",
            "'",
            "''",
            "“",
            "”",
            "‘",
            "’",
            "«",
            "»",
            "„",
            "‚",
            "‹",
            "›",
            "``",
            "Ines Okafor",
            "Wilk",
            "according to",
            "that",
            "who",
            "🙂",
            "1.8",
            "U.S.",
            "s",
            "n",
            "’90s",
            "!",
            "?",
            "…",
            "[",
            "]",
        ];
        // A fixed xorshift sequence: the same texts on every run.
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for _ in 0..2000 {
            let length = next() % 50;
            let text: String = (0..length).map(|_| pieces[(next() % pieces.len() as u64) as usize]).collect();
            let quotes = find(&text);
            let mut previous_end = 0;
            for quote in &quotes {
                assert!(previous_end <= quote.start && quote.start < quote.end && quote.end <= text.len(), "{text:?}");
                assert!(text.is_char_boundary(quote.start) && text.is_char_boundary(quote.end), "{text:?}");
                assert!(quote.text.chars().any(char::is_alphabetic), "{text:?}");
                previous_end = quote.end;
            }
        }
    }
}
