//! House style is not content. An outlet names itself ("Reuters", "told the
//! Courier", "the BBC's"), its pictures carry credits and captions, and its
//! spelling differs from its neighbours'; none of it says what the outlet
//! reports, so none of it may top the outlet's distinctive terms. The rules:
//!
//! - Self-references: a term whose shown words contain the outlet's name
//!   (without a leading "The"), or its head, as capitalised words. The head
//!   is the name's last word ("Herald" of "The Harbour Herald", "Times" of
//!   "New York Times"), or the words before a generic last word such as
//!   "News" or "Wire" ("BBC" of "BBC News"). "the BBC's" is the term "BBC"
//!   (possessives are part of their word) and so is one too.
//! - Caption and credit words: a short fixed list ([`CAPTION_WORDS`]) of the
//!   words of picture credits and player notices that can survive ingest's
//!   furniture removal ("Photograph", "Getty", "Shutterstock").
//! - The words of reporting: how an outlet attributes ("said" or "says",
//!   "told", "according") and whether it writes courtesy titles ("Mr",
//!   "Mrs", "Ms"), the keyword stage's news-reporting list
//!   ([`crate::keywords::NEWS_WORDS`]), and every term with one of them
//!   ("Mr Trump", "said Mr").
//! - Spelling variants: British and American spellings share one term
//!   ([`crate::text`]'s keys) and so never differ; "percent" and "per cent",
//!   which no key can join, are house style ([`STYLE_FORMS`]).

use crate::keywords::NEWS_WORDS;

/// Words that end a name without identifying the outlet.
const GENERIC: [&str; 7] = ["daily", "digital", "media", "network", "news", "online", "wire"];

/// Words of picture credits, captions and player notices, in lower case.
pub const CAPTION_WORDS: [&str; 11] = [
    "afp",
    "alamy",
    "caption",
    "copyright",
    "getty",
    "handout",
    "photograph",
    "photographer",
    "pictured",
    "playback",
    "shutterstock",
];

/// House spellings that are not one word in every style.
pub const STYLE_FORMS: [&str; 2] = ["per cent", "percent"];

/// The self-references of one outlet, as word sequences.
#[derive(Debug, Clone)]
pub struct HouseStyle {
    names: Vec<Vec<String>>,
}

impl HouseStyle {
    pub fn of(outlet: &str) -> HouseStyle {
        let words: Vec<&str> = outlet.split_whitespace().collect();
        let words = match words.as_slice() {
            [first, rest @ ..] if first.eq_ignore_ascii_case("the") && !rest.is_empty() => rest,
            all => all,
        };
        let head = match words {
            [.., last] if words.len() > 1 && GENERIC.contains(&last.to_ascii_lowercase().as_str()) => {
                &words[..words.len() - 1]
            }
            [.., last] => std::slice::from_ref(last),
            [] => &[],
        };
        let owned = |words: &[&str]| words.iter().map(|word| word.to_string()).collect::<Vec<_>>();
        let mut names = vec![owned(words)];
        if head != words {
            names.push(owned(head));
        }
        names.retain(|name| !name.is_empty());
        HouseStyle { names }
    }

    /// Whether a term, as shown, is the outlet's house style rather than content.
    pub fn is_house_style(&self, shown: &str) -> bool {
        let words: Vec<&str> = shown.split(' ').collect();
        let caption_or_reporting = words.iter().any(|word| {
            listed(CAPTION_WORDS, word) || listed(NEWS_WORDS.split_ascii_whitespace(), word.trim_end_matches('.'))
        });
        caption_or_reporting || listed(STYLE_FORMS, shown) || self.names.iter().any(|name| contains_name(&words, name))
    }
}

/// Whether `list` holds `word`, in any case.
fn listed<'a>(list: impl IntoIterator<Item = &'a str>, word: &str) -> bool {
    list.into_iter().any(|listed| word.eq_ignore_ascii_case(listed))
}

/// Whether `words` holds `name` as consecutive words, the first capitalised.
fn contains_name(words: &[&str], name: &[String]) -> bool {
    words.windows(name.len()).any(|window| {
        window[0].starts_with(char::is_uppercase)
            && window.iter().zip(name).all(|(word, name)| word.eq_ignore_ascii_case(name))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_outlet_s_own_name_and_its_head_are_house_style() {
        let cases: &[(&str, &[&str], &[&str])] = &[
            ("Reuters", &["Reuters", "Thomson Reuters", "told Reuters", "REUTERS"], &["Ipsos", "reuters", "Guardian"]),
            ("The Guardian", &["Guardian", "Guardian US", "the Guardian"], &["guardian", "Observer"]),
            ("BBC News", &["BBC", "BBC News", "told BBC"], &["news", "News", "ITV"]),
            ("Sky News", &["Sky", "Sky News"], &["sky", "skyline"]),
            ("Valley Courier", &["Courier", "Valley Courier", "told the Courier"], &["courier", "Valley"]),
            ("The Harbour Herald", &["Herald", "Harbour Herald"], &["harbour", "Harbour"]),
            ("Northgate Wire", &["Northgate", "Northgate Wire"], &["wire", "Wire"]),
        ];
        for (outlet, house, content) in cases {
            let style = HouseStyle::of(outlet);
            for term in *house {
                assert!(style.is_house_style(term), "{term:?} is {outlet}'s house style");
            }
            for term in *content {
                assert!(!style.is_house_style(term), "{term:?} is content for {outlet}");
            }
        }
    }

    #[test]
    fn caption_and_credit_words_are_house_style_for_every_outlet() {
        let style = HouseStyle::of("Valley Courier");
        for term in ["Photograph", "Getty Images", "AFP", "Media playback", "Shutterstock"] {
            assert!(style.is_house_style(term), "{term:?}");
        }
        for term in ["photo finish", "images", "media"] {
            assert!(!style.is_house_style(term), "{term:?}");
        }
    }

    #[test]
    fn reporting_words_courtesy_titles_and_style_forms_are_house_style() {
        let style = HouseStyle::of("Northgate Wire");
        for term in
            ["said", "says", "told", "Mr", "Mr.", "Mr Okafor", "Okafor said", "according", "percent", "per cent"]
        {
            assert!(style.is_house_style(term), "{term:?}");
        }
        for term in ["Okafor", "harbour levy", "cent", "per"] {
            assert!(!style.is_house_style(term), "{term:?}");
        }
    }
}
