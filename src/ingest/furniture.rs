//! Furniture owns the recognition of page furniture: the lines a news page
//! wraps around an article that are not part of it. Image captions and photo
//! credits, video-player notices, "Read more from …" link lists, app and
//! newsletter prompts, share and comment widgets, time stamps ("9 minutes
//! ago"), editors' name boxes, wire sign-offs and database export markers.
//!
//! [`classify`] judges one line on its own; the readers decide what a class
//! means in context (a [`Line::SectionEnd`] ends an article in a dump, a
//! [`Line::LinkList`] takes the rest of its block with it).

use std::borrow::Cow;

use super::fields::{byline, outlet};
use crate::case::starts_with_ignoring_ascii_case;
use crate::search;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Line {
    /// Article text (or something the reader must judge in context).
    Text,
    /// Not article text.
    Furniture,
    /// An image caption or photo credit; repeats of the same words elsewhere are captions too.
    Caption,
    /// A bare "Image:" label: the lines next to it in its block are the caption.
    ImageMarker,
    /// A video-player notice; the short line after it is the video's title.
    VideoNotice,
    /// "Read more from Sky News:": the rest of its block is links. Names the outlet.
    LinkList(Option<String>),
    /// "Reporting by …; Editing by …".
    Signoff,
    /// "Related Articles", "Continue Reading", "DOWNLOAD THE APP": what
    /// follows, up to the next article, is not article text.
    SectionEnd,
    /// "3 of 25 DOCUMENTS": a database export starts its next article.
    DocumentStart,
}

/// Whole lines (lower case, without trailing punctuation) that are furniture.
const FURNITURE: &[&str] = &[
    "logo",
    "connect with us",
    "published",
    "on",
    "by",
    "orange background",
    "advertisement",
    "advert",
    "sponsored",
    "share",
    "share this",
    "share this article",
    "share this story",
    "share on facebook",
    "share on twitter",
    "tweet",
    "email",
    "print",
    "copy link",
    "link copied",
    "facebook",
    "twitter",
    "x",
    "whatsapp",
    "linkedin",
    "pinterest",
    "reddit",
    "messenger",
    "follow us",
    "follow",
    "subscribe",
    "sign in",
    "log in",
    "register",
    "menu",
    "home",
    "search",
    "close",
    "skip to content",
    "skip to main content",
    "back to top",
    "next",
    "previous",
    "next article",
    "previous article",
    "load more",
    "show more",
    "see more",
    "view comments",
    "show comments",
    "load comments",
    "leave a comment",
    "add a comment",
    "join the conversation",
    "no comments yet",
    "be the first to comment",
    "image",
    "images",
    "video",
    "audio",
    "listen",
    "watch",
    "play",
    "pic",
    "file pic",
    "file photo",
    "photo",
    "read more",
    "read full article",
    "read the full article",
    "story continues below advertisement",
    "article continues below",
    "continue reading below",
    "cookie settings",
    "accept cookies",
    "accept all cookies",
    "manage cookies",
    "privacy policy",
    "terms of use",
    "terms and conditions",
    "all rights reserved",
    "newsletter",
    "sign up",
    "media playback is unsupported on your device",
    "this video can not be played",
    "this video cannot be played",
    "please upgrade your browser to view this content",
    "app-storeplay-store",
    "app store",
    "google play",
];

/// Whole lines after which, up to the next article, nothing is article text.
const SECTION_ENDS: &[&str] = &[
    "continue reading",
    "related articles",
    "related",
    "related stories",
    "related content",
    "related coverage",
    "related news",
    "related topics",
    "more stories",
    "more news",
    "you may also like",
    "you might also like",
    "recommended",
    "recommended for you",
    "read next",
    "most read",
    "most popular",
    "most viewed",
    "trending",
    "trending now",
    "top stories",
    "latest news",
    "latest stories",
    "try our ai features",
    "download the app",
    "get the app",
    "comments",
    "end of document",
    "explore more",
    "more from this section",
];

/// Whether a short line (lower case) asks the reader to install an app:
/// "Get started now: download the app", "Read on: get the Herald app".
fn is_app_prompt(bare: &str) -> bool {
    // Nearly every line fails this search; the word scans below run on the rest.
    if !search::contains(bare, "app") {
        return false;
    }
    let asks = ["download the ", "get the ", "install the ", "download our ", "get our "].iter().any(|ask| {
        search::positions(bare, ask)
            .any(|at| bare[at + ask.len()..].split_whitespace().take(3).any(|word| word == "app"))
    });
    asks && bare.split_whitespace().count() <= 8
}

/// Whether a short line (lower case, no end punctuation) tells the reader
/// their browser or device cannot play the video it replaces ("Please use
/// Chrome browser for a more accessible video player", "Media playback is
/// not supported on this device"): it names the video and what to change,
/// and ends there, where a caption would go on with its text.
fn is_video_notice(bare: &str) -> bool {
    let names_video = search::contains(bare, "video") || search::contains(bare, "playback");
    let names_fix = ["browser", "device", "javascript"].iter().any(|fix| search::contains(bare, fix));
    let ends = ["video player", "video", "device", "browser", "javascript"].iter().any(|end| bare.ends_with(end));
    names_video && names_fix && ends && bare.split_whitespace().count() <= 14
}

/// Line openings (lower case, sorted) of captions and credits.
const CAPTION_OPENINGS: &[&str] = &[
    "facebook twitter pinterest",
    "file photo:",
    "file pic",
    "getty images",
    "image caption",
    "image copyright",
    "image:",
    "media caption",
    "media playback is not supported",
    "media playback is unsupported",
    "photo:",
    "photograph:",
    "photos:",
    "pic:",
    "picture:",
    "slideshow (",
];

/// Line openings (lower case, sorted) of promotions and widgets, with the most words such a line has.
const PROMO_OPENINGS: &[(&str, usize)] = &[
    ("(c) ", 25),
    ("a post shared by", 40),
    ("allow instagram content", 80),
    ("allow twitter content", 80),
    ("click here ", 25),
    ("copyright ", 25),
    ("document-type: ", 6),
    ("download the ", 25),
    ("end of twitter post", 200),
    ("follow live: ", 15),
    ("follow us on ", 25),
    ("get in touch", 25),
    ("get the ", 10),
    ("graphic: ", 40),
    ("if you liked this story", 60),
    ("journal-code: ", 6),
    ("language: ", 4),
    ("length: ", 4),
    ("listen: ", 15),
    ("live updates: ", 15),
    ("load-date: ", 8),
    ("play video ", 40),
    ("please include a contact number", 60),
    ("publication-type: ", 6),
    ("read more about ", 20),
    ("read more on ", 20),
    ("read more: ", 20),
    ("read the full story", 20),
    ("related coverage ", 25),
    ("related: ", 20),
    ("section: ", 12),
    ("see also: ", 20),
    ("send us your ", 25),
    ("sign up for ", 40),
    ("sign up to ", 40),
    ("skip facebook post", 200),
    ("skip instagram post", 200),
    ("skip twitter post", 200),
    ("skip youtube post", 200),
    ("story continues ", 8),
    ("subscribe to ", 25),
    ("tap here ", 25),
    ("this article is more than ", 10),
    ("this content is not available", 25),
    ("view this post on instagram", 200),
    ("watch live: ", 15),
    ("watch: ", 15),
    ("you can also contact us", 40),
    ("© ", 25),
];

/// Job titles that end the name boxes of editors and correspondents.
const ROLES: &[&str] =
    &["editor", "correspondent", "reporter", "presenter", "producer", "analyst", "columnist", "writer"];

/// Lines longer than this (in bytes) are judged by their opening and credits
/// only: no whole-line furniture is that long.
const HEAD_BYTES: usize = 120;

pub fn classify(line: &str) -> Line {
    let line = line.trim();
    let word_count = std::cell::OnceCell::new();
    let words = || *word_count.get_or_init(|| line.split_whitespace().count());
    // Only short lines are compared whole; long ones by their opening and credits.
    let whole = line.len() <= HEAD_BYTES;
    let lower = if whole { crate::case::lowercase(line) } else { String::new() };
    if whole {
        let bare = lower.trim_end_matches(['.', ':', '…', '!']).trim();
        if bare.is_empty() {
            return Line::Furniture;
        }
        if bare == "image" && line.ends_with(':') {
            return Line::ImageMarker;
        }
        if SECTION_ENDS.contains(&bare) {
            return Line::SectionEnd;
        }
        if is_video_notice(bare) {
            return Line::VideoNotice;
        }
        if FURNITURE.contains(&bare)
            || is_time_ago(bare)
            || is_handle(line)
            || is_export_marker(bare)
            || is_app_prompt(bare)
        {
            return Line::Furniture;
        }
        if is_document_start(bare) {
            return Line::DocumentStart;
        }
        if let Some(rest) = lower.strip_prefix("read more from ").filter(|_| words() <= 8) {
            // With its colon, the line heads a list of the outlet's links
            // ("Read more from Sky News:"); without, it is one link to a
            // correspondent's or a series' page ("Read more from Laura here"),
            // whose name is no outlet.
            if !line.ends_with(':') {
                return Line::Furniture;
            }
            let name = &line[line.len() - rest.len()..];
            return Line::LinkList(outlet::canonical(name.trim_end_matches(':')));
        }
    }
    if byline::is_signoff(line) {
        return Line::Signoff;
    }
    let first = line.as_bytes().first().map_or(0, u8::to_ascii_lowercase);
    let captions = beginning_with(CAPTION_OPENINGS, first, |opening| opening);
    if captions.iter().any(|opening| starts_with_ignoring_ascii_case(line, opening)) || is_credit(line) {
        return Line::Caption;
    }
    let promo = beginning_with(PROMO_OPENINGS, first, |(opening, _)| opening)
        .iter()
        .any(|(opening, most)| starts_with_ignoring_ascii_case(line, opening) && words() <= *most);
    let short_promo = whole && (is_link_promo(line, &lower, words()) || is_name_box(line, &lower, words()));
    if promo || short_promo || is_bullet_outlet(line) {
        return Line::Furniture;
    }
    Line::Text
}

/// The openings of a sorted list that begin with the byte `first`: every
/// line is checked against all of them, and few share its first letter.
fn beginning_with<T>(openings: &[T], first: u8, text: impl Fn(&T) -> &str) -> &[T] {
    let first_byte = |opening: &T| text(opening).as_bytes()[0];
    let from = openings.partition_point(|opening| first_byte(opening) < first);
    let to = from + openings[from..].partition_point(|opening| first_byte(opening) == first);
    &openings[from..to]
}

/// Removes promotions that pages splice into the middle of a paragraph:
/// "… Sign up to First Edition Our morning email … after newsletter promotion …".
pub fn strip_inline(paragraph: &str) -> Cow<'_, str> {
    const END: &str = "after newsletter promotion";
    let Some(end) = search::find(paragraph, END) else {
        return Cow::Borrowed(paragraph);
    };
    let before_end = &paragraph[..end];
    let Some(start) = search::rfind(before_end, "Sign up to ").or_else(|| search::rfind(before_end, "Sign up for "))
    else {
        return Cow::Borrowed(paragraph);
    };
    let before = paragraph[..start].trim_end();
    let after = paragraph[end + END.len()..].trim_start();
    let joined = match (before.is_empty(), after.is_empty()) {
        (true, _) => after.to_string(),
        (_, true) => before.to_string(),
        _ => format!("{before} {after}"),
    };
    match strip_inline(&joined) {
        Cow::Borrowed(_) => Cow::Owned(joined),
        Cow::Owned(again) => Cow::Owned(again),
    }
}

/// "time9 minutes ago", "2 hours ago", "Updated 3 days ago", "just now".
fn is_time_ago(bare: &str) -> bool {
    if bare == "just now" {
        return true;
    }
    let Some(rest) = bare.strip_suffix(" ago") else { return false };
    let rest = search::trim_start(search::trim_start(search::trim_start(rest, "updated "), "published "), "time");
    let mut parts = rest.split_whitespace();
    let number = parts.next().is_some_and(|n| n.bytes().all(|b| b.is_ascii_digit()) || n == "an" || n == "a");
    let unit = parts.next().is_some_and(|unit| {
        ["second", "minute", "min", "hour", "hr", "day", "week", "month", "year"]
            .iter()
            .any(|known| unit.trim_end_matches('s') == *known)
    });
    number && unit && parts.next().is_none()
}

/// "@DominicWaghorn".
fn is_handle(line: &str) -> bool {
    line.strip_prefix('@').is_some_and(|rest| {
        !rest.is_empty() && rest.len() <= 30 && rest.chars().all(|c| c.is_alphanumeric() || c == '_')
    })
}

/// "End of Document", Factiva's closing "Document HRLD000020250314el3e0000b".
fn is_export_marker(bare: &str) -> bool {
    bare.strip_prefix("document ").is_some_and(|id| {
        id.len() >= 12 && id.chars().all(|c| c.is_ascii_alphanumeric()) && id.chars().any(|c| c.is_ascii_digit())
    })
}

/// "3 of 25 DOCUMENTS" (LexisNexis exports).
fn is_document_start(bare: &str) -> bool {
    if !(bare.ends_with("documents") || bare.ends_with("document")) {
        return false;
    }
    let parts: Vec<&str> = bare.split_whitespace().collect();
    matches!(parts.as_slice(), [n, "of", m, "documents" | "document"]
        if n.bytes().all(|b| b.is_ascii_digit()) && m.bytes().all(|b| b.is_ascii_digit()))
}

/// Photo credits: "(AP Photo/Evan Vucci, File)", "REUTERS/Mike Blake",
/// "… Photograph: Sean Gallup/Getty Images", "(Photo by X/Getty Images)".
/// Agencies' credits are upper case ("REUTERS/"), unlike a "Reuters/Ipsos
/// poll". Each credit is looked for only where its mark (`/` or `(`) is.
fn is_credit(line: &str) -> bool {
    const BEFORE_SLASH: &[&str] = &["(AP Photo", "REUTERS", "AFP", "EPA", "EPA-EFE"];
    const AFTER_SLASH: &[&str] = &["Getty Images", "File Photo"];
    const AFTER_PARENTHESIS: &[&str] = &["AP Photo", "Photo by "];
    let slash = line.match_indices('/').any(|(at, _)| {
        BEFORE_SLASH.iter().any(|credit| line[..at].ends_with(credit))
            || AFTER_SLASH.iter().any(|credit| line[at + 1..].starts_with(credit))
    });
    let parenthesis = || {
        line.match_indices('(').any(|(at, _)| AFTER_PARENTHESIS.iter().any(|credit| line[at + 1..].starts_with(credit)))
    };
    let photograph = || line.match_indices(':').any(|(at, _)| line[..at].ends_with("Photograph"));
    let via = || search::contains(line, "via REUTERS");
    slash || parenthesis() || photograph() || via()
}

/// A short pointer to another story: "Harbour latest: the council's plan
/// for the levy", "More on Storm Oriel", "More from Anouk: what the levy means", a
/// headline or a columnist's name before "Read more".
fn is_link_promo(line: &str, lower: &str, words: usize) -> bool {
    if line.ends_with(" Read more") {
        return true;
    }
    if words > 14 || line.ends_with('.') {
        return false;
    }
    if ["more from ", "more on ", "more about "].iter().any(|opening| lower.starts_with(opening)) {
        return true;
    }
    let Some((label, rest)) = search::split_once(lower, ": ") else { return false };
    !rest.is_empty() && label.split_whitespace().count() <= 3 && label.ends_with(" latest")
}

/// The box around an editor's analysis: "Dominic Lane - Diplomatic editor",
/// "International affairs editor".
fn is_name_box(line: &str, lower: &str, words: usize) -> bool {
    if words > 7 || line.ends_with(['.', '"', '”', '?', '!']) {
        return false;
    }
    const NOT_IN_A_TITLE: &[&str] = &["said", "says", "the", "a", "an", "he", "she", "they", "is", "was", "and", "to"];
    let (title, name) = match search::split_once(lower, " - ") {
        Some((name, title)) => (title, Some(name)),
        None => (lower, None),
    };
    let role_at_end = title.split_whitespace().last().is_some_and(|last| ROLES.contains(&last));
    let title_words = title.split_whitespace().count();
    let plain_title = title.split_whitespace().all(|word| !NOT_IN_A_TITLE.contains(&word));
    role_at_end
        && plain_title
        && (name.is_some() || title_words <= 4)
        && line.chars().next().is_some_and(char::is_uppercase)
}

/// "• Telegraph": an outlet label in a list of stories.
fn is_bullet_outlet(line: &str) -> bool {
    let Some(rest) = line.strip_prefix('•') else { return false };
    let rest = rest.trim();
    outlet::known(rest).is_some()
        || (rest.split_whitespace().count() <= 3
            && rest.split_whitespace().all(|word| word.chars().next().is_some_and(char::is_uppercase)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn openings_are_sorted_for_the_search_by_first_letter() {
        assert!(CAPTION_OPENINGS.is_sorted());
        assert!(PROMO_OPENINGS.iter().map(|(opening, _)| opening).is_sorted());
        assert!(CAPTION_OPENINGS
            .iter()
            .chain(PROMO_OPENINGS.iter().map(|(opening, _)| opening))
            .all(|opening| !opening.is_empty() && *opening == opening.to_lowercase()));
    }

    #[test]
    fn classifies_every_family_of_furniture() {
        let cases: &[(&str, Line)] = &[
            ("The harbour reopened on Friday.", Line::Text),
            ("A legacy of storms", Line::Text),
            ("“We will rebuild,” she said.", Line::Text),
            ("logo", Line::Furniture),
            ("Connect with us", Line::Furniture),
            ("Published", Line::Furniture),
            ("on", Line::Furniture),
            ("By", Line::Furniture),
            ("time9 minutes ago", Line::Furniture),
            ("3 hours ago", Line::Furniture),
            ("@MaraLindqvist", Line::Furniture),
            ("• Harbour Herald", Line::Furniture),
            ("• The council voted to approve the levy", Line::Text),
            ("Orange background", Line::Furniture),
            ("No comments yet...", Line::Furniture),
            ("app-storeplay-store", Line::Furniture),
            ("Get Started Now: Download the App", Line::Furniture),
            ("Related Articles", Line::SectionEnd),
            ("Related Coverage Harbour levy vote put off to the spring", Line::Furniture),
            (
                "Related coverage of the levy vote, which the council put off twice before the storm season, has filled \
                 the Harbour Herald's letters page and two of its weekend editions since the first of the month.",
                Line::Text,
            ),
            ("Continue Reading", Line::SectionEnd),
            ("Try Our AI Features", Line::SectionEnd),
            ("DOWNLOAD THE APP", Line::SectionEnd),
            ("Comments", Line::SectionEnd),
            ("Trending", Line::SectionEnd),
            ("End of Document", Line::SectionEnd),
            ("Document HRLD000020250314el3e0000b", Line::Furniture),
            ("3 of 25 DOCUMENTS", Line::DocumentStart),
            ("LENGTH: 412 words", Line::Furniture),
            ("Image:", Line::ImageMarker),
            ("Pic: Valley Courier/Ana Ruiz", Line::Caption),
            ("File pic: Harbour Herald", Line::Caption),
            ("Crews on the breakwater in March. (AP Photo/Lena Haugland, File)", Line::Caption),
            ("FILE PHOTO: A crane on the quay in Port Ellery. REUTERS/Ola Berg/File Photo", Line::Caption),
            ("Dockworkers at the gate in Port Ellery. REUTERS/Ola Berg", Line::Caption),
            ("Image copyright Harbour Herald Image caption The breakwater after the storm", Line::Caption),
            ("Media playback is unsupported on your device Media caption The mayor speaks", Line::Caption),
            ("Facebook Twitter Pinterest The quay at dawn. Photograph: Ana Ruiz/Valley Courier", Line::Caption),
            ("Slideshow (3 Images)", Line::Caption),
            ("Please use Chrome browser for a more accessible video player", Line::VideoNotice),
            ("Switch to a newer browser to watch this video.", Line::VideoNotice),
            ("Turn on JavaScript to use the Harbour Herald video player", Line::VideoNotice),
            ("The video of the council vote will not play on every device it was filmed with.", Line::Text),
            ("Watch the video", Line::Text),
            ("Read more from Harbour Herald:", Line::LinkList(Some("Harbour Herald".into()))),
            ("Read more from Anouk here.", Line::Furniture),
            ("Read more from Harbour Watch", Line::Furniture),
            ("Read more: What the levy means for shops", Line::Furniture),
            ("Follow live: Storm Oriel latest", Line::Furniture),
            ("Storm latest: What we know about the repairs", Line::Furniture),
            ("Listen: Inside the harbour rescue", Line::Furniture),
            ("More on Storm Oriel", Line::Furniture),
            ("More from World", Line::Furniture),
            ("More from Anouk: What the levy means for shops", Line::Furniture),
            ("More from the council was expected on Friday.", Line::Text),
            ("Ana Ruiz Read more", Line::Furniture),
            ("Why the levy will not save the harbour | Ana Ruiz Read more", Line::Furniture),
            ("Read more on the harbour levy", Line::Furniture),
            ("Play Video 2:19 The mayor on the levy - video", Line::Furniture),
            ("She asked us to read more", Line::Text),
            ("Media playback is not supported on this device The mayor speaks", Line::Caption),
            ("A Reuters/Ipsos poll found the levy unpopular.", Line::Text),
            ("Cranes on the quay, January 13, 2025.REUTERS/Ola Berg", Line::Caption),
            ("This article is more than 5 years old", Line::Furniture),
            ("Start reading now: get the Harbour Herald app", Line::Furniture),
            ("Download our free app", Line::Furniture),
            ("The council will get the app built by a local firm, the mayor said.", Line::Text),
            ("Sign up to First Edition, our morning newsletter", Line::Furniture),
            ("Please include a contact number if you are willing to speak to a journalist.", Line::Furniture),
            ("Skip Twitter post 2 by @harbourmaster", Line::Furniture),
            ("Dominic Lane - Diplomatic editor", Line::Furniture),
            ("International affairs editor", Line::Furniture),
            ("She said the editor", Line::Text),
            ("Reporting by Saskia Brandt; Editing by Colm Devereux", Line::Signoff),
            ("(Additional reporting by Ola Berg)", Line::Signoff),
        ];
        for (line, expected) in cases {
            assert_eq!(classify(line), *expected, "line {line:?}");
        }
    }

    #[test]
    fn strips_promotions_spliced_into_paragraphs() {
        let cases = [
            (
                "The levy passed. Sign up to Harbour Mornings Our daily email about the town after newsletter promotion The mayor spoke.",
                "The levy passed. The mayor spoke.",
            ),
            ("Sign up to Mornings Our email after newsletter promotion", ""),
            ("No promotion here.", "No promotion here."),
        ];
        for (paragraph, expected) in cases {
            assert_eq!(strip_inline(paragraph), expected, "{paragraph:?}");
        }
    }
}
