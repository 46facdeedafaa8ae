//! Outlet names: every way a file names a publisher ("Reuters", "REUTERS",
//! "reuters.com", "https://www.reuters.com/world/...", "• Telegraph") becomes
//! one name, so that one outlet is one row in every comparison. Well-known
//! publishers have a canonical name; any other name is tidied (case, spaces,
//! a leading "The", which files give or leave out at random) and kept.

/// Publishers people most often analyse: the canonical name, other names
/// (as [`key`]s), and web domains.
const KNOWN: &[(&str, &[&str], &[&str])] = &[
    ("Reuters", &["reuters", "thomsonreuters", "reutersstaff"], &["reuters.com", "reuters.co.uk"]),
    ("Associated Press", &["ap", "associatedpress", "apnews"], &["apnews.com", "ap.org"]),
    ("AFP", &["afp", "agencefrancepresse"], &["afp.com"]),
    ("BBC News", &["bbc", "bbcnews", "bbcworld", "bbcworldservice", "bbcnewsonline"], &["bbc.co.uk", "bbc.com"]),
    ("The Guardian", &["guardian", "guardianus", "guardianaustralia"], &["theguardian.com", "guardian.co.uk"]),
    ("The Telegraph", &["telegraph", "dailytelegraph", "telegraphuk"], &["telegraph.co.uk"]),
    ("Sky News", &["sky", "skynews"], &["news.sky.com", "sky.com"]),
    ("CNN", &["cnn", "cnnwire"], &["cnn.com"]),
    ("Fox News", &["foxnews", "foxnewschannel"], &["foxnews.com"]),
    ("NPR", &["npr", "nationalpublicradio"], &["npr.org"]),
    ("The New York Times", &["newyorktimes", "nytimes", "nyt"], &["nytimes.com"]),
    ("The Washington Post", &["washingtonpost", "wapo"], &["washingtonpost.com"]),
    ("The Wall Street Journal", &["wallstreetjournal", "wsj"], &["wsj.com"]),
    ("Financial Times", &["financialtimes", "ft"], &["ft.com"]),
    ("Bloomberg", &["bloomberg", "bloombergnews"], &["bloomberg.com"]),
    ("Al Jazeera", &["aljazeera", "aljazeeraenglish"], &["aljazeera.com"]),
    ("The Independent", &["independent"], &["independent.co.uk"]),
    ("Daily Mail", &["dailymail", "mailonline"], &["dailymail.co.uk"]),
    ("NBC News", &["nbcnews", "nbc"], &["nbcnews.com"]),
    ("CBS News", &["cbsnews", "cbs"], &["cbsnews.com"]),
    ("ABC News", &["abcnews"], &["abcnews.go.com", "abc.net.au"]),
    ("Politico", &["politico"], &["politico.com", "politico.eu"]),
    ("Axios", &["axios"], &["axios.com"]),
    ("The Hill", &["hill"], &["thehill.com"]),
    ("USA Today", &["usatoday"], &["usatoday.com"]),
    ("Los Angeles Times", &["losangelestimes", "latimes"], &["latimes.com"]),
    ("The Economist", &["economist"], &["economist.com"]),
    ("The Atlantic", &["atlantic"], &["theatlantic.com"]),
    ("HuffPost", &["huffpost", "huffingtonpost"], &["huffpost.com", "huffingtonpost.com"]),
    ("Breitbart", &["breitbart", "breitbartnews"], &["breitbart.com"]),
    ("Vox", &["vox"], &["vox.com"]),
    ("Deutsche Welle", &["dw", "deutschewelle"], &["dw.com"]),
    ("Euronews", &["euronews"], &["euronews.com"]),
];

/// The most letters and digits in any of [`KNOWN`]'s other names.
const LONGEST_ALIAS: usize = 19;

/// Second-level labels that are not the site's name ("news.example.co.uk").
const DOMAIN_SUFFIXES: &[&str] = &["co", "com", "org", "net", "gov", "ac", "edu"];

/// The canonical name of the outlet `raw` names, or `None` when it names none.
pub fn canonical(raw: &str) -> Option<String> {
    let raw = raw.trim().trim_start_matches(['•', '·', '|', '-', '–', '—', '*', '@']).trim();
    if raw.is_empty() || raw.chars().count() > 80 {
        return None;
    }
    if let Some(host) = host(raw) {
        return Some(from_host(&host));
    }
    let tidy = collapse(raw);
    if let Some(known) = known_by_key(&key(&tidy)) {
        return Some(known.to_string());
    }
    let without_the = ["The ", "THE ", "the "].iter().find_map(|the| tidy.strip_prefix(the)).unwrap_or(&tidy);
    without_the.chars().any(char::is_alphabetic).then(|| title_case_if_shouting(without_the))
}

/// The canonical name when `raw` is a well-known publisher, else `None`.
pub fn known(raw: &str) -> Option<&'static str> {
    let raw = raw.trim().trim_start_matches(['•', '·']).trim();
    // Lines are asked whole: a paragraph has more letters than any known
    // name (and its "the"), which is found without building its key.
    let too_long = || raw.chars().filter(|c| c.is_alphanumeric()).nth(LONGEST_ALIAS + "the".len()).is_some();
    match host(raw) {
        Some(host) => known_by_domain(&host),
        None if too_long() => None,
        None => known_by_key(&key(raw)),
    }
}

/// The outlet a web address belongs to (`None` when it is not an address).
pub fn from_url(url: &str) -> Option<String> {
    host(url.trim()).map(|host| from_host(&host))
}

/// Lower-case letters and digits only, without a leading "the".
pub fn key(name: &str) -> String {
    let lower: String = name.chars().filter(|c| c.is_alphanumeric()).flat_map(crate::case::lower).collect();
    match lower.strip_prefix("the") {
        Some(rest) if crate::case::lowercase(name.trim_start()).starts_with("the ") => rest.to_string(),
        _ => lower,
    }
}

fn known_by_key(key: &str) -> Option<&'static str> {
    KNOWN.iter().find(|(_, aliases, _)| aliases.contains(&key)).map(|(name, _, _)| *name)
}

fn known_by_domain(host: &str) -> Option<&'static str> {
    KNOWN
        .iter()
        .find(|(_, _, domains)| {
            domains.iter().any(|domain| host == *domain || host.strip_suffix(domain).is_some_and(|r| r.ends_with('.')))
        })
        .map(|(name, _, _)| *name)
}

/// The host of a URL or bare domain ("www.reuters.com", "https://x.org/a"), lower case.
fn host(text: &str) -> Option<String> {
    let rest = crate::search::split_once(text, "://").map_or(text, |(scheme, rest)| {
        if scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https") {
            rest
        } else {
            ""
        }
    });
    let has_scheme = rest.len() != text.len();
    let host = rest.split(['/', '?', '#']).next()?.rsplit('@').next()?.split(':').next()?;
    let looks_like_domain = host.contains('.')
        && !host.starts_with('.')
        && !host.ends_with('.')
        && host.chars().all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-')
        && host.rsplit('.').next().is_some_and(|tld| tld.len() >= 2 && tld.chars().all(|c| c.is_ascii_alphabetic()));
    // A bare "Reuters.com" counts; a sentence with a full stop does not.
    (looks_like_domain && (has_scheme || !text.contains(' '))).then(|| host.to_ascii_lowercase())
}

fn from_host(host: &str) -> String {
    if let Some(known) = known_by_domain(host) {
        return known.to_string();
    }
    let labels: Vec<&str> = host.split('.').filter(|label| !matches!(*label, "www" | "m" | "amp" | "mobile")).collect();
    let registrable = match labels.as_slice() {
        [.., name, second, _] if DOMAIN_SUFFIXES.contains(second) => name,
        [.., name, _] => name,
        [name] => name,
        [] => host,
    };
    registrable.split('-').map(capitalise).collect::<Vec<_>>().join(" ")
}

fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// "NORTHGATE WIRE" → "Northgate Wire"; short acronyms ("BBC", "CNN") and mixed case stay.
fn title_case_if_shouting(name: &str) -> String {
    let letters: Vec<char> = name.chars().filter(|c| c.is_alphabetic()).collect();
    let shouting = letters.len() > 4 && letters.iter().all(|c| c.is_uppercase());
    if !shouting {
        return name.to_string();
    }
    name.split(' ')
        .map(|word| if word.chars().count() <= 3 && word.len() > 1 { word.to_string() } else { capitalise(word) })
        .collect::<Vec<_>>()
        .join(" ")
}

/// "harbour" → "Harbour", "WIRE" → "Wire". Only an ASCII first letter is raised:
/// names in other scripts are kept as written.
fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => std::iter::once(first.to_ascii_uppercase()).chain(chars.flat_map(crate::case::lower)).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_one_outlet_one_way() {
        let cases = [
            ("Reuters", Some("Reuters")),
            ("REUTERS", Some("Reuters")),
            ("reuters.com", Some("Reuters")),
            ("https://www.reuters.com/world/europe/story-idUS123", Some("Reuters")),
            ("www.theguardian.com", Some("The Guardian")),
            ("Guardian", Some("The Guardian")),
            ("The Guardian", Some("The Guardian")),
            ("• Telegraph", Some("The Telegraph")),
            ("Sky News", Some("Sky News")),
            ("https://news.sky.com/story/x", Some("Sky News")),
            ("http://www.bbc.co.uk/news/world-1", Some("BBC News")),
            ("BBC", Some("BBC News")),
            ("NORTHGATE WIRE", Some("Northgate Wire")),
            ("The Harbour Herald", Some("Harbour Herald")),
            ("THE VALLEY COURIER", Some("Valley Courier")),
            ("  Valley   Courier ", Some("Valley Courier")),
            ("https://harbour-herald.example/news/1", Some("Harbour Herald")),
            ("news.valleycourier.co.uk", Some("Valleycourier")),
            ("CNN", Some("CNN")),
            ("", None),
            ("• ", None),
            ("1234", None),
        ];
        for (raw, expected) in cases {
            assert_eq!(canonical(raw).as_deref(), expected, "raw {raw:?}");
        }
    }

    #[test]
    fn knows_only_well_known_publishers() {
        assert_eq!(known("REUTERS"), Some("Reuters"));
        assert_eq!(known("telegraph.co.uk"), Some("The Telegraph"));
        assert_eq!(known("The Harbour Herald"), None);
        assert_eq!(known("Theguardian"), None);
        // The longest names, with the most letters a known name can have: its "the".
        assert_eq!(known("The National Public Radio"), Some("NPR"));
        assert_eq!(known("THE AGENCE FRANCE-PRESSE"), Some("AFP"));
        assert_eq!(known("The National Public Radio said on Monday"), None);
        assert_eq!(known("https://www.reuters.com/world/a-very-long-path-with-many-letters-in-it"), Some("Reuters"));
        assert_eq!(from_url("not a url"), None);
        assert_eq!(from_url("https://www.nytimes.com/2025/03/14/x.html").as_deref(), Some("The New York Times"));
    }

    #[test]
    fn no_other_name_is_longer_than_the_longest_alias() {
        let longest = KNOWN.iter().flat_map(|(_, aliases, _)| aliases.iter()).map(|alias| alias.chars().count()).max();
        assert_eq!(longest, Some(LONGEST_ALIAS));
    }
}
