//! Spelling variants: British and American spellings of one word share a key
//! ("defence" and "defense", "programme" and "program", "organisation" and
//! "organization", "labour" and "labor"), so that an outlet's house spelling
//! is never counted as what it writes about. The term is shown in its
//! commonest written form, like any other.
//!
//! One table maps each British form to the American one, which is the key
//! both are counted under. It is built once from families (a stem and the
//! endings both spellings share: `organ` + `ise`/`ize` + `d`, `s`, `ation`…)
//! and a short list of single pairs, so that every inflection is covered
//! without listing it. Forms that would be another word are left out: the
//! plural "analyses" is also the noun's, "practice" is both spellings' noun.
//!
//! A few words are names when written with a capital: "Labour" (the party)
//! and "Labor" (Labor Day, the US Department of Labor, Australia's party) keep
//! a capital initial in their key, so they are neither each other nor the
//! common noun. At the start of a sentence that cannot be told apart: there
//! "Labour" is taken for the name.
//!
//! The table is consulted only when a key is made, which counting does once
//! per distinct written form, not once per token.

use std::sync::OnceLock;

use rustc_hash::FxHashMap;

/// -ise/-ize verbs and their nouns: British stem + `is` + ending, American stem + `iz` + ending.
const ISE_STEMS: &str = "agon apolog author bapt capital categor central character civil colon commercial criminal \
    critic decentral decriminal democrat demon destabil digit dramat econom emphas energ equal evangel familiar fantas \
    fertil final formal galvan general global harmon hospital human hypothes ideal immun incentiv industrial internal \
    international item jeopard legal liberal local marginal material maxim memor militar minim mobil modern monet \
    monopol moral national neutral normal optim organ patron penal personal polar politic popular priorit privat \
    public radical rational real recogn regular reorgan revital revolution sanit satir scandal scrutin sensation \
    sensational social special stabil standard steril stigmat subsid summar symbol sympath synchron synthes systemat \
    terror traumat trivial union urban util vandal victim visual vocal weapon western";
const ISE_ENDINGS: [&str; 9] = ["e", "ed", "es", "ing", "ation", "ations", "ational", "er", "ers"];

/// -yse verbs: analyse, paralyse. Not "-yses", the plural of the noun in both spellings.
const YSE_STEMS: &str = "anal catal dial paral";
const YSE_ENDINGS: [&str; 4] = ["e", "ed", "ing", "er"];

/// -our/-or words: British stem + `our` + ending, American stem + `or` + ending.
const OUR_STEMS: &str = "ard arm behavi cand clam col demean endeav fav ferv flav harb hon hum lab misdemean neighb \
    od parl ranc rum savi splend tum val vig";
const OUR_ENDINGS: [&str; 20] = [
    "", "s", "ed", "ing", "er", "ers", "ite", "ites", "itism", "able", "ably", "al", "ally", "ful", "hood", "hoods",
    "less", "y", "ist", "ists",
];

/// -re/-er nouns: centre/center, metre/meter, with their inflections.
const RE_STEMS: &str = "calib cent centimet epicent fib kilomet lit lust meag met millimet sab somb spect theat";
const RE_ENDINGS: [(&str, &str); 4] = [("re", "er"), ("res", "ers"), ("red", "ered"), ("ring", "ering")];

/// -ence/-ense nouns: defence/defense.
const ENCE_STEMS: &str = "def lic off pret";
const ENCE_ENDINGS: [(&str, &str); 3] = [("ence", "ense"), ("ences", "enses"), ("enceless", "enseless")];

/// Verbs that double a final l in British spelling: travelled/traveled.
const LL_STEMS: &str = "cancel channel counsel dial duel equal fuel grovel jewel label level libel marshal model \
    panel pedal quarrel revel rival shovel signal snorkel total travel tunnel";
const LL_ENDINGS: [&str; 6] = ["ed", "ing", "er", "ers", "or", "ors"];

/// Single pairs, British then American.
const PAIRS: &str = "acknowledgement acknowledgment acknowledgements acknowledgments aeroplane airplane \
    aeroplanes airplanes ageing aging aluminium aluminum amongst among anaesthetic anesthetic analogue analog \
    artefact artifact artefacts artifacts burnt burned catalogue catalog catalogues catalogs cosy cozy diarrhoea \
    diarrhea dreamt dreamed encyclopaedia encyclopedia enrolment enrollment foetal fetal foetus fetus fulfil fulfill \
    fulfils fulfills fulfilment fulfillment grey gray greying graying haemorrhage hemorrhage instalment installment \
    instalments installments jewellery jewelry judgement judgment judgements judgments learnt learned leukaemia \
    leukemia manoeuvre maneuver manoeuvres maneuvers manoeuvred maneuvered manoeuvring maneuvering mould mold \
    moustache mustache oestrogen estrogen orthopaedic orthopedic paediatric pediatric paediatrician pediatrician \
    paediatricians pediatricians plough plow practise practice practised practiced practises practices practising \
    practicing programme program programmes programs pyjamas pajamas sceptic skeptic sceptics skeptics sceptical \
    skeptical scepticism skepticism skilful skillful smoulder smolder smouldering smoldering speciality specialty \
    sulphur sulfur towards toward whilst while wilful willful";

/// Every form in the table is lower-case ASCII of 3 to this many letters.
const MAX_LEN: usize = 24;

/// Words that are names when capitalised.
const NAMES: [&str; 2] = ["labor", "labour"];

/// The American form of a British spelling, for every form the families and pairs make.
fn table() -> &'static FxHashMap<String, String> {
    static TABLE: OnceLock<FxHashMap<String, String>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = FxHashMap::default();
        let mut family = |stems: &str, endings: &mut dyn Iterator<Item = (String, String)>| {
            let endings: Vec<(String, String)> = endings.collect();
            for stem in stems.split_ascii_whitespace() {
                for (british, american) in &endings {
                    table.insert(format!("{stem}{british}"), format!("{stem}{american}"));
                }
            }
        };
        family(ISE_STEMS, &mut ISE_ENDINGS.iter().map(|ending| (format!("is{ending}"), format!("iz{ending}"))));
        family(YSE_STEMS, &mut YSE_ENDINGS.iter().map(|ending| (format!("ys{ending}"), format!("yz{ending}"))));
        family(OUR_STEMS, &mut OUR_ENDINGS.iter().map(|ending| (format!("our{ending}"), format!("or{ending}"))));
        family(RE_STEMS, &mut RE_ENDINGS.iter().map(|&(british, american)| (british.into(), american.into())));
        family(ENCE_STEMS, &mut ENCE_ENDINGS.iter().map(|&(british, american)| (british.into(), american.into())));
        family(LL_STEMS, &mut LL_ENDINGS.iter().map(|ending| (format!("l{ending}"), ending.to_string())));
        let words: Vec<&str> = PAIRS.split_ascii_whitespace().collect();
        for pair in words.chunks_exact(2) {
            table.insert(pair[0].to_string(), pair[1].to_string());
        }
        table
    })
}

/// Rewrites `key`, the folded key of `form`, to the key its spelling family
/// is counted under: "defence" → "defense", "Labour" → "Labour" (a name).
pub fn fold(form: &str, key: &mut String) {
    if !(3..=MAX_LEN).contains(&key.len()) || !key.bytes().all(|byte| byte.is_ascii_lowercase()) {
        return;
    }
    if NAMES.contains(&key.as_str()) && form.starts_with(|c: char| c.is_ascii_uppercase()) {
        key[..1].make_ascii_uppercase();
        return;
    }
    if let Some(american) = table().get(key.as_str()) {
        key.clear();
        key.push_str(american);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folded(form: &str) -> String {
        let mut key = form.to_ascii_lowercase();
        fold(form, &mut key);
        key
    }

    #[test]
    fn british_and_american_spellings_share_a_key() {
        let cases = [
            ("defence", "defense"),
            ("defences", "defenses"),
            ("Defence", "defense"),
            ("programme", "program"),
            ("programmes", "programs"),
            ("organisation", "organization"),
            ("organisations", "organizations"),
            ("organised", "organized"),
            ("recognise", "recognize"),
            ("criticising", "criticizing"),
            ("labour", "labor"),
            ("favourite", "favorite"),
            ("neighbourhood", "neighborhood"),
            ("honourable", "honorable"),
            ("centre", "center"),
            ("centres", "centers"),
            ("kilometres", "kilometers"),
            ("travelled", "traveled"),
            ("cancelling", "canceling"),
            ("counsellor", "counselor"),
            ("analysed", "analyzed"),
            ("licence", "license"),
            ("towards", "toward"),
            ("grey", "gray"),
        ];
        for (form, key) in cases {
            assert_eq!(folded(form), key, "{form:?}");
        }
    }

    #[test]
    fn american_forms_and_other_words_keep_their_key() {
        for form in ["defense", "program", "center", "analyses", "emphasis", "hour", "four", "rise", "practice", "US"] {
            let expected = if form == "US" { "us" } else { form };
            assert_eq!(folded(form), expected, "{form:?}");
        }
    }

    #[test]
    fn labour_and_labor_with_a_capital_are_names() {
        let cases =
            [("Labour", "Labour"), ("LABOUR", "Labour"), ("Labor", "Labor"), ("labour", "labor"), ("labor", "labor")];
        for (form, key) in cases {
            assert_eq!(folded(form), key, "{form:?}");
        }
    }

    #[test]
    fn every_form_of_the_table_is_lower_case_and_fits_the_length_check() {
        for (british, american) in table() {
            for form in [british, american] {
                assert!(form.bytes().all(|byte| byte.is_ascii_lowercase()), "{form:?}");
                assert!((3..=MAX_LEN).contains(&form.len()), "{form:?}");
            }
            assert!(!table().contains_key(american), "{american:?} is itself folded");
        }
    }
}
