//! The reporting-verb lexicon: the lemmas that introduce speech in news
//! ("said", "told", "warned", "wrote on X"), recognised in every inflection.
//! The inflections are made once from the lemmas by English spelling rules,
//! so the table stays one line per lemma and a lookup is one hash probe.

use std::sync::OnceLock;

use rustc_hash::FxHashMap;

use crate::bytescan::short_key;

/// Lemmas of verbs that report speech or writing, in British and American spelling.
const LEMMAS: &[&str] = &[
    "acknowledge",
    "add",
    "admit",
    "agree",
    "allege",
    "announce",
    "answer",
    "argue",
    "ask",
    "assert",
    "assure",
    "boast",
    "brag",
    "brand",
    "call",
    "caution",
    "charge",
    "claim",
    "comment",
    "complain",
    "concede",
    "conclude",
    "confirm",
    "contend",
    "continue",
    "counter",
    "cry",
    "declare",
    "demand",
    "deny",
    "describe",
    "dub",
    "emphasise",
    "emphasize",
    "exclaim",
    "explain",
    "insist",
    "joke",
    "lament",
    "maintain",
    "mutter",
    "note",
    "observe",
    "pledge",
    "post",
    "predict",
    "proclaim",
    "promise",
    "quip",
    "recall",
    "recount",
    "reiterate",
    "remark",
    "remind",
    "reply",
    "report",
    "respond",
    "retort",
    "reveal",
    "say",
    "scream",
    "shout",
    "state",
    "stress",
    "suggest",
    "tell",
    "testify",
    "text",
    "tweet",
    "urge",
    "vow",
    "warn",
    "whisper",
    "wonder",
    "write",
    "yell",
];

/// Lemmas whose bare form is also a common noun ("the post", "a report",
/// "the state"): only their inflected forms report speech.
const ALSO_NOUNS: &[&str] = &[
    "answer", "brand", "call", "charge", "claim", "comment", "counter", "cry", "joke", "lament", "note", "pledge",
    "post", "promise", "quip", "remark", "reply", "report", "shout", "state", "text", "tweet", "vow", "whisper",
    "wonder", "yell",
];

/// Irregular forms, which the spelling rules of [`inflections`] do not make.
const IRREGULAR: &[(&str, &str)] = &[("said", "say"), ("told", "tell"), ("wrote", "write"), ("written", "write")];

/// The lemma of `word` if it is a reporting verb in any inflection
/// ("warned" → "warn", "Says" → "say"). `word` may be in any case.
pub fn lemma(word: &str) -> Option<&'static str> {
    static FORMS: OnceLock<FxHashMap<u128, &'static str>> = OnceLock::new();
    let forms = FORMS.get_or_init(|| {
        let mut forms = FxHashMap::default();
        for &lemma in LEMMAS {
            for form in inflections(lemma) {
                if let Some(key) = short_key(&form) {
                    forms.insert(key, lemma);
                }
            }
        }
        for &(form, lemma) in IRREGULAR {
            if let Some(key) = short_key(form) {
                forms.insert(key, lemma);
            }
        }
        forms
    });
    short_key(word).and_then(|key| forms.get(&key)).copied()
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

/// Whether `word` (any case) is a reporting verb as used in a sentence: any
/// inflection, or the bare lemma when that is not also a common noun.
pub fn is_reporting(word: &str) -> bool {
    lemma(word).is_some_and(|lemma| !(word.eq_ignore_ascii_case(lemma) && ALSO_NOUNS.binary_search(&lemma).is_ok()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_every_inflection() {
        let cases = [
            ("said", Some("say")),
            ("Says", Some("say")),
            ("saying", Some("say")),
            ("told", Some("tell")),
            ("tells", Some("tell")),
            ("telling", Some("tell")),
            ("added", Some("add")),
            ("adds", Some("add")),
            ("warned", Some("warn")),
            ("noted", Some("note")),
            ("noting", Some("note")),
            ("notes", Some("note")),
            ("quipped", Some("quip")),
            ("admitted", Some("admit")),
            ("admitting", Some("admit")),
            ("replied", Some("reply")),
            ("replies", Some("reply")),
            ("argues", Some("argue")),
            ("arguing", Some("argue")),
            ("wrote", Some("write")),
            ("written", Some("write")),
            ("posted", Some("post")),
            ("tweeted", Some("tweet")),
            ("insisted", Some("insist")),
            ("stressed", Some("stress")),
            ("stresses", Some("stress")),
            ("emphasised", Some("emphasise")),
            ("emphasizes", Some("emphasize")),
            ("testified", Some("testify")),
            ("concedes", Some("concede")),
            ("STATED", Some("state")),
        ];
        for (word, expected) in cases {
            assert_eq!(lemma(word), expected, "word {word:?}");
        }
    }

    #[test]
    fn other_words_are_not_reporting_verbs() {
        for word in ["sad", "seed", "tale", "adder", "noteworthy", "statement", "posts-war", "Zoë", "", "s", "ed"] {
            assert_eq!(lemma(word), None, "word {word:?}");
        }
    }

    #[test]
    fn bare_forms_that_are_also_nouns_do_not_report_speech() {
        let cases = [
            ("say", true),
            ("tell", true),
            ("post", false),
            ("posted", true),
            ("report", false),
            ("state", false),
            ("states", true),
            ("Note", false),
            ("notes", true),
        ];
        for (word, expected) in cases {
            assert_eq!(is_reporting(word), expected, "word {word:?}");
        }
    }

    #[test]
    fn the_lexicon_holds_about_seventy_lemmas_in_order() {
        assert!((60..=80).contains(&LEMMAS.len()), "{} lemmas", LEMMAS.len());
        assert!(LEMMAS.windows(2).all(|pair| pair[0] < pair[1]), "LEMMAS must stay sorted and unique");
    }
}
