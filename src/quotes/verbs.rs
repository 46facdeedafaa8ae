//! The reporting-verb lexicon: the lemmas that introduce speech in news
//! ("said", "told", "warned", "wrote on X"), recognised in every inflection.
//! The inflections are made from the lemmas by English spelling rules, so
//! the table holds the lemmas alone; frame puts every form in its word table.

/// Lemmas of verbs that report speech or writing, in British and American spelling.
const LEMMAS: &str =
    "acknowledge add admit agree allege announce answer argue ask assert assure boast brag brand call \
    caution charge claim comment complain concede conclude confirm contend continue counter cry declare \
    demand deny describe dub emphasise emphasize exclaim explain insist joke lament liken maintain \
    mutter note observe pledge post predict proclaim promise quip recall recount reiterate remark remind \
    reply report respond retort reveal say scream shout state stress suggest tell testify text tweet \
    urge vow warn whisper wonder write yell";

/// Lemmas whose bare form is also a common noun ("the post", "a report",
/// "the state"): only their inflected forms report speech.
const ALSO_NOUNS: &str =
    "answer brand call charge claim comment counter cry joke lament note pledge post promise quip remark \
    reply report shout state text tweet vow whisper wonder yell";

/// Irregular forms, which the spelling rules of [`inflections`] do not make.
const IRREGULAR: &str = "said told wrote written";

/// Every form that reports speech, in lower case: each lemma in every
/// inflection and the irregular forms, but not the bare lemmas that are
/// also common nouns ("the post", "a report").
pub fn reporting_forms() -> Vec<String> {
    let regular = LEMMAS.split_ascii_whitespace().flat_map(|lemma| {
        let also_noun = ALSO_NOUNS.split_ascii_whitespace().any(|noun| noun == lemma);
        inflections(lemma).into_iter().filter(move |form| form != lemma || !also_noun)
    });
    regular.chain(IRREGULAR.split_ascii_whitespace().map(str::to_string)).collect()
}

/// The regular forms of `lemma`: "-s", "-ed" and "-ing", with the spelling
/// changes English makes ("notes", "noted", "noting"; "quipped"; "replies").
/// A form no one writes ("sayed") does no harm: it never occurs.
fn inflections(lemma: &str) -> Vec<String> {
    let bytes = lemma.as_bytes();
    let last = bytes.last().copied().unwrap_or(b' ');
    let is_vowel = |byte: u8| matches!(byte, b'a' | b'e' | b'i' | b'o' | b'u');
    let stem_without_e = lemma.strip_suffix('e').filter(|stem| !stem.ends_with('e'));
    let stem_before_y = lemma.strip_suffix('y').filter(|stem| !stem.ends_with(|c: char| is_vowel(c as u8)));
    let mut forms = vec![lemma.to_string()];
    if ["s", "sh", "ch", "x", "z"].iter().any(|ending| lemma.ends_with(ending)) {
        forms.push(format!("{lemma}es"));
    } else if let Some(stem) = stem_before_y {
        forms.extend([format!("{stem}ies"), format!("{stem}ied")]);
    } else {
        forms.push(format!("{lemma}s"));
    }
    match stem_without_e {
        Some(stem) => forms.extend([format!("{lemma}d"), format!("{stem}ing")]),
        None => forms.extend([format!("{lemma}ed"), format!("{lemma}ing")]),
    }
    // A vowel and a consonant at the end may double the consonant: "quip" → "quipped".
    let doubles =
        bytes.len() >= 2 && !is_vowel(last) && !matches!(last, b'w' | b'x' | b'y') && is_vowel(bytes[bytes.len() - 2]);
    if doubles {
        let doubled = char::from(last);
        forms.extend([format!("{lemma}{doubled}ed"), format!("{lemma}{doubled}ing")]);
    }
    forms
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reports(word: &str) -> bool {
        reporting_forms().iter().any(|form| form.eq_ignore_ascii_case(word))
    }

    #[test]
    fn every_inflection_reports() {
        let words = [
            "said",
            "Says",
            "saying",
            "told",
            "tells",
            "telling",
            "added",
            "adds",
            "warned",
            "noted",
            "noting",
            "notes",
            "quipped",
            "admitted",
            "admitting",
            "replied",
            "replies",
            "argues",
            "arguing",
            "wrote",
            "written",
            "posted",
            "tweeted",
            "insisted",
            "stressed",
            "stresses",
            "emphasised",
            "emphasizes",
            "testified",
            "concedes",
            "STATED",
            "demanded",
            "say",
            "tell",
            "warn",
        ];
        for word in words {
            assert!(reports(word), "{word:?} reports speech");
        }
    }

    #[test]
    fn other_words_and_bare_nouns_do_not_report() {
        let words = [
            "sad",
            "seed",
            "tale",
            "adder",
            "noteworthy",
            "statement",
            "Zoë",
            "",
            "s",
            "ed",
            "post",
            "report",
            "state",
            "Note",
            "claim",
        ];
        for word in words {
            assert!(!reports(word), "{word:?} does not report speech");
        }
    }

    #[test]
    fn the_lexicon_holds_about_seventy_lemmas_in_order() {
        let lemmas: Vec<&str> = LEMMAS.split_ascii_whitespace().collect();
        assert!((60..=80).contains(&lemmas.len()), "{} lemmas", lemmas.len());
        assert!(lemmas.windows(2).all(|pair| pair[0] < pair[1]), "LEMMAS must stay sorted and unique");
        assert!(ALSO_NOUNS.split_ascii_whitespace().all(|noun| lemmas.contains(&noun)), "ALSO_NOUNS are lemmas");
    }
}
