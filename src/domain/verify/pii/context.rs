//! The words around a number decide what it is, as in Microsoft Presidio's context enhancement:
//! "order number 4471203398" is a reference the CRM needs, "call back on 0172 1234567" a phone.
//! The words and each language's national phone formats are data, one file per language in
//! `rules/` (docs/architecture.md, "Verification"): adding a language or a word touches no code
//! here.
//!
//! A term is a word or phrase matched at word boundaries, case-insensitively; a trailing `*`
//! makes it a prefix (`order*` takes `orders`, `bestell*` takes `Bestellnummer`), a leading
//! `*` the end of a compound (`*hotline` takes `Schadenhotline`). Japanese, written without
//! spaces, matches terms anywhere. Where two terms end at the same place, the later-starting
//! one wins: a German compound is what its last part says.

use aho_corasick::{AhoCorasick, MatchKind};
use regex::Regex;
use serde::Deserialize;

/// The rule files, compiled into the binary. A new language is one more line here and a file.
const RULE_FILES: [&str; 5] = [
    include_str!("rules/en.json"),
    include_str!("rules/es.json"),
    include_str!("rules/fr.json"),
    include_str!("rules/de.json"),
    include_str!("rules/ja.json"),
];

/// One language's file.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct LanguageRules {
    /// Primary language subtag (`de`).
    pub language: String,
    /// Countries whose formats `national_numbers` describes (documentation only).
    pub countries: Vec<String>,
    /// Words that say the number next to them is a phone.
    pub phone_words: Vec<String>,
    /// Words that say the number next to them is a reference: order, case, ticket, tracking,
    /// invoice, account, member, policy numbers and the like.
    pub reference_words: Vec<String>,
    /// Words that say a number is a payment card.
    pub card_words: Vec<String>,
    /// Words that introduce a social security number (only US SSNs are detected).
    pub ssn_words: Vec<String>,
    /// Words that may stand between a term and its number: "order *number* 123",
    /// "Bestellung *Nr.* 123", "注文*番号は*123".
    pub fillers: Vec<String>,
    /// Phone numbers as written inside the country, without a country code.
    pub national_numbers: Vec<NationalNumber>,
}

/// A national phone number format: leading digits and total digit counts (trunk prefix included).
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct NationalNumber {
    pub country: String,
    /// A regex over the first digits (`0[1-9]`, `[6789]`).
    pub leading: String,
    pub digits: Vec<usize>,
    /// North American numbering: area code and exchange start with 2-9.
    #[serde(default)]
    pub nanp: bool,
    /// Accepted only when written in groups: bare, this many digits are as often something else.
    #[serde(default)]
    pub grouped_only: bool,
    /// When written in groups, the digit counts of the groups the country uses (`[3, 3, 4]`);
    /// absent, any grouping.
    #[serde(default)]
    pub groupings: Option<Vec<Vec<usize>>>,
    /// A phone only with a phone word next to it (local numbers without an area code).
    #[serde(default)]
    pub context_only: bool,
}

/// What the nearest context term says a number is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Clue {
    Phone,
    Reference,
    Card,
    Ssn,
}

/// What the words around a number say (`ContextRules::clues`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Clues {
    /// The term that introduces the number or follows it, fillers only between.
    pub adjacent: Option<Clue>,
    /// A phone term stands earlier in the sentence, near or not.
    pub phone_earlier: bool,
    /// An SSN term stands earlier in the sentence, near or not.
    pub ssn_earlier: bool,
}

impl Clues {
    /// The adjacent term's clue, else a phone term earlier in the sentence, else an SSN term.
    pub fn nearest(&self) -> Option<Clue> {
        self.adjacent
            .or(self.phone_earlier.then_some(Clue::Phone))
            .or(self.ssn_earlier.then_some(Clue::Ssn))
    }
}

/// The compiled rules of every language.
#[derive(Debug)]
pub struct ContextRules {
    languages: Vec<CompiledLanguage>,
    /// Every clue's terms from every language: a summary may mix them ("Ticket" in German).
    terms: Terms<Clue>,
    /// Every language's fillers.
    fillers: Terms<()>,
}

#[derive(Debug)]
struct CompiledLanguage {
    language: String,
    national: Vec<(NationalNumber, Regex)>,
}

/// How far from a number a context term is looked for, in characters, and never past a sentence.
const WINDOW_BEFORE: usize = 48;
const WINDOW_AFTER: usize = 40;

impl ContextRules {
    /// The rules compiled into the binary. Panics only if a rule file is broken, which the unit
    /// tests rule out.
    pub fn builtin() -> Self {
        let rules: Vec<LanguageRules> = RULE_FILES
            .iter()
            .map(|text| serde_json::from_str(text).expect("PII rule file parses"))
            .collect();
        Self::new(&rules).expect("PII rule file compiles")
    }

    pub fn new(rules: &[LanguageRules]) -> Result<Self, regex::Error> {
        let mut terms = Vec::new();
        for r in rules {
            for (clue, words) in [
                (Clue::Phone, &r.phone_words),
                (Clue::Reference, &r.reference_words),
                (Clue::Card, &r.card_words),
                (Clue::Ssn, &r.ssn_words),
            ] {
                terms.extend(words.iter().map(|w| (w.as_str(), clue)));
            }
        }
        let fillers: Vec<(&str, ())> = rules
            .iter()
            .flat_map(|r| &r.fillers)
            .map(|f| (f.as_str(), ()))
            .collect();
        let (terms, fillers) = (Terms::new(&terms), Terms::new(&fillers));
        let languages = rules
            .iter()
            .map(|r| {
                let national = r
                    .national_numbers
                    .iter()
                    .map(|n| Ok((n.clone(), Regex::new(&format!("^(?:{})", n.leading))?)))
                    .collect::<Result<_, regex::Error>>()?;
                Ok(CompiledLanguage {
                    language: r.language.clone(),
                    national,
                })
            })
            .collect::<Result<_, regex::Error>>()?;
        Ok(Self {
            languages,
            terms,
            fillers,
        })
    }

    /// What the words around `text[start..end]` say it is. A reference, card or SSN term
    /// counts only when it introduces the number (or follows it) with nothing but fillers
    /// between ("order number: 123", "注文番号は123", "123 (order)"): "updated the contact
    /// number on the account from 416.278.8051" names no account number. A phone or SSN term
    /// also counts from further back in the sentence ("can be reached after 5pm at ...", "the
    /// SSN field showed ..., corrected to ..."), never from after the number ("quote 123 when
    /// calling back").
    pub fn clue(&self, text: &str, start: usize, end: usize) -> Option<Clue> {
        self.clues(text, start, end).nearest()
    }

    /// The terms around `text[start..end]`, read once: the adjacent one, and which phone or
    /// SSN terms stand earlier in the sentence.
    pub fn clues(&self, text: &str, start: usize, end: usize) -> Clues {
        let before = normalise(window_before(text, start));
        let found_before = self.terms.find(&before);
        let adjacent_before = found_before
            .iter()
            .filter(|m| self.only_fillers(&before[m.end..]))
            .max_by_key(|m| (m.end, m.start))
            .map(|m| m.value);
        let adjacent = adjacent_before.or_else(|| {
            let after = normalise(window_after(text, end));
            self.terms
                .find(&after)
                .into_iter()
                .filter(|m| self.only_fillers(&after[..m.start]))
                .min_by_key(|m| (m.start, std::cmp::Reverse(m.end)))
                .map(|m| m.value)
        });
        let earlier = |clue: Clue| found_before.iter().any(|m| m.value == clue);
        Clues {
            adjacent,
            phone_earlier: earlier(Clue::Phone),
            ssn_earlier: earlier(Clue::Ssn),
        }
    }

    /// True when `gap` holds only spaces, punctuation and filler words ("number", "n°", "は").
    fn only_fillers(&self, gap: &str) -> bool {
        let mut rest = gap.trim_matches(is_gap_char);
        for _ in 0..4 {
            if rest.is_empty() {
                return true;
            }
            let Some(end) = self
                .fillers
                .find(rest)
                .iter()
                .filter(|m| m.start == 0)
                .map(|m| m.end)
                .max()
            else {
                return false;
            };
            rest = rest[end..].trim_start_matches(is_gap_char);
        }
        rest.is_empty()
    }

    /// True when `digits`, written in `groups`, is a national phone number of `language`
    /// (of every language when `language` is `None` or has no rules). `phone_word`: a phone
    /// word is next to the number, which admits the formats that need one and bare numbers of
    /// grouped-only formats.
    pub fn national_phone(
        &self,
        language: Option<&str>,
        digits: &str,
        groups: &[usize],
        phone_word: bool,
    ) -> bool {
        let known = language.is_some_and(|l| self.languages.iter().any(|c| c.language == l));
        let grouped = groups.len() > 1;
        self.languages
            .iter()
            .filter(|c| !known || Some(c.language.as_str()) == language)
            .flat_map(|c| &c.national)
            .any(|(format, leading)| {
                format.digits.contains(&digits.len())
                    && leading.is_match(digits)
                    && (grouped
                        || !(format.grouped_only || format.context_only)
                        || phone_word && !format.context_only)
                    && (phone_word || !format.context_only)
                    && (!format.nanp || nanp_valid(digits))
                    && (!grouped
                        || format
                            .groupings
                            .as_ref()
                            .is_none_or(|known| known.iter().any(|g| g == groups)))
            })
    }
}

/// Area code and exchange of a 10-digit (or 1 + 10) North American number start with 2-9.
fn nanp_valid(digits: &str) -> bool {
    let ten = digits
        .strip_prefix('1')
        .filter(|d| d.len() == 10)
        .unwrap_or(digits);
    let b = ten.as_bytes();
    ten.len() == 10 && (b'2'..=b'9').contains(&b[0]) && (b'2'..=b'9').contains(&b[3])
}

/// How a term meets the text around it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Form {
    /// A whole word or phrase.
    Exact,
    /// `order*`: the start of a word, which runs on.
    Prefix,
    /// `*hotline`: the end of a word (of a compound).
    Suffix,
    /// A term of a script without spaces: anywhere.
    Unspaced,
}

/// A list of terms (each with a value: its clue), found case-insensitively by one Aho-Corasick
/// automaton, then kept where the text around them fits their form. Built in well under a
/// millisecond for the thousand terms of the rule files (a case-insensitive regex of them
/// took 25 ms).
#[derive(Debug)]
struct Terms<T> {
    automaton: AhoCorasick,
    terms: Vec<(Form, T)>,
}

/// A term found in a normalised window, its end extended through the word for a prefix.
#[derive(Debug, Clone, Copy)]
struct TermMatch<T> {
    start: usize,
    end: usize,
    value: T,
}

impl<T: Copy> Terms<T> {
    fn new(terms: &[(&str, T)]) -> Self {
        let mut patterns = Vec::with_capacity(terms.len());
        let mut forms = Vec::with_capacity(terms.len());
        for (term, value) in terms
            .iter()
            .filter(|(t, _)| !t.trim_matches('*').is_empty())
        {
            let (word, prefix) = match term.strip_suffix('*') {
                Some(word) => (word, true),
                None => (*term, false),
            };
            let (word, suffix) = match word.strip_prefix('*') {
                Some(word) => (word, true),
                None => (word, false),
            };
            let form = match (
                word.chars().next().is_some_and(is_spaced_script),
                prefix,
                suffix,
            ) {
                (false, _, _) => Form::Unspaced,
                (true, _, true) => Form::Suffix,
                (true, true, false) => Form::Prefix,
                (true, false, false) => Form::Exact,
            };
            patterns.push(normalise(word));
            forms.push((form, *value));
        }
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .build(&patterns)
            .expect("terms of the rule files build an automaton");
        Self {
            automaton,
            terms: forms,
        }
    }

    /// Every term in `window` (normalised) whose surroundings fit its form.
    fn find(&self, window: &str) -> Vec<TermMatch<T>> {
        let is_word = |c: char| c.is_alphanumeric();
        self.automaton
            .find_overlapping_iter(window)
            .filter_map(|m| {
                let (form, value) = self.terms[m.pattern().as_usize()];
                let before = window[..m.start()].chars().next_back();
                let after = window[m.end()..].chars().next();
                let starts_a_word = !before.is_some_and(is_word);
                let ends_a_word = !after.is_some_and(is_word);
                let end = match form {
                    Form::Exact if starts_a_word && ends_a_word => m.end(),
                    Form::Suffix if ends_a_word => m.end(),
                    Form::Unspaced => m.end(),
                    Form::Prefix if starts_a_word => {
                        m.end()
                            + window[m.end()..]
                                .find(|c: char| !(is_word(c) || c == '.'))
                                .unwrap_or(window.len() - m.end())
                    }
                    _ => return None,
                };
                Some(TermMatch {
                    start: m.start(),
                    end,
                    value,
                })
            })
            .collect()
    }
}

/// Lower case, every run of whitespace one space: how terms and windows are compared.
fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        out.extend(c.to_lowercase());
    }
    if space {
        out.push(' ');
    }
    out
}

/// Scripts written with spaces between words (Latin, Greek, Cyrillic); not Japanese or Chinese.
fn is_spaced_script(c: char) -> bool {
    (c as u32) < 0x2E80
}

/// Spaces and the punctuation that may sit between a term and its number.
fn is_gap_char(c: char) -> bool {
    c.is_whitespace() || ":#.-–—()[]/,'’\"«»「」『』【】〔〕（）［］：＃・".contains(c)
}

/// Sentence ends: a context term past one of them speaks of another number.
fn is_sentence_end(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '。' | '！' | '？' | '\n' | '|')
}

fn window_before(text: &str, start: usize) -> &str {
    let mut from = start;
    for (taken, (i, c)) in text[..start].char_indices().rev().enumerate() {
        if taken >= WINDOW_BEFORE || (is_sentence_end(c) && !is_abbreviation_dot(text, i)) {
            break;
        }
        from = i;
    }
    &text[from..start]
}

fn window_after(text: &str, end: usize) -> &str {
    let mut to = end;
    for (taken, (i, c)) in text[end..].char_indices().enumerate() {
        let at = end + i;
        if taken >= WINDOW_AFTER || (is_sentence_end(c) && !is_abbreviation_dot(text, at)) {
            break;
        }
        to = at + c.len_utf8();
    }
    &text[end..to]
}

/// A dot after a word of at most four letters, not followed by a capital, ends an abbreviation
/// (`Nr. 123`, `Tel.: 030`, `réf. [12]`), not a sentence.
fn is_abbreviation_dot(text: &str, at: usize) -> bool {
    if !text[at..].starts_with('.') {
        return false;
    }
    let prev = text[..at].chars().next_back();
    let next: String = text[at + 1..].chars().take(2).collect();
    let word = text[..at]
        .chars()
        .rev()
        .take_while(|c| c.is_alphabetic())
        .count();
    prev.is_some_and(char::is_alphabetic)
        && word <= 4
        && next
            .chars()
            .find(|c| !c.is_whitespace())
            .is_none_or(|c| !c.is_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clue(text: &str, number: &str) -> Option<Clue> {
        let start = text.find(number).unwrap();
        ContextRules::builtin().clue(text, start, start + number.len())
    }

    #[test]
    fn every_rule_file_parses_and_compiles() {
        for text in RULE_FILES {
            let rules: LanguageRules = serde_json::from_str(text).unwrap();
            ContextRules::new(&[rules]).unwrap();
        }
    }

    #[test]
    fn the_nearest_term_decides() {
        let phone = Some(Clue::Phone);
        let reference = Some(Clue::Reference);
        assert_eq!(
            clue("Order number 4471203398 shipped.", "4471203398"),
            reference
        );
        assert_eq!(
            clue(
                "Call back on 0172 1234567 about order 98765.",
                "0172 1234567"
            ),
            phone
        );
        assert_eq!(
            clue("Call back on 0172 1234567 about order 98765.", "98765"),
            reference
        );
        assert_eq!(
            clue("Bestellnummer 4471203398 storniert.", "4471203398"),
            reference
        );
        assert_eq!(
            clue("Kunde unter Tel.: 030 1234567 erreichbar.", "030 1234567"),
            phone
        );
        assert_eq!(clue("注文番号は4471203398です。", "4471203398"), reference);
        assert_eq!(
            clue("お客様の携帯は09012345678です。", "09012345678"),
            phone
        );
        assert_eq!(clue("numéro de commande 447120339", "447120339"), reference);
        assert_eq!(
            clue("4471203398 is the tracking number", "4471203398"),
            reference
        );
        assert_eq!(clue("Customer is happy. 4471203398", "4471203398"), None);
        // A reference word counts only when it introduces the number.
        assert_eq!(
            clue(
                "Updated the contact number on the account from 416.278.8051 to x.",
                "416.278.8051"
            ),
            phone
        );
        assert_eq!(
            clue(
                "Invoice 123 paid; wants a callback on 0345 814 5148.",
                "0345 814 5148"
            ),
            phone
        );
        assert_eq!(
            clue("The order from 0612345678 shipped.", "0612345678"),
            None
        );
    }

    #[test]
    fn a_term_is_a_word_not_a_piece_of_one() {
        // "case" inside "showcase" and "id" inside "said" are no terms.
        assert_eq!(clue("He said showcase 4471203398", "4471203398"), None);
    }

    #[test]
    fn national_formats_by_language() {
        let rules = ContextRules::builtin();
        let bare = |d: &str| vec![d.len()];
        assert!(rules.national_phone(Some("en"), "2125550143", &bare("2125550143"), false));
        assert!(rules.national_phone(Some("en"), "2125550143", &[3, 3, 4], false));
        assert!(!rules.national_phone(Some("en"), "2125550143", &[3, 3, 3, 1], false));
        assert!(!rules.national_phone(Some("en"), "2121550143", &bare("2121550143"), false));
        assert!(rules.national_phone(Some("es"), "612345678", &[3, 3, 3], false));
        assert!(!rules.national_phone(Some("es"), "0612345678", &bare("0612345678"), false));
        assert!(rules.national_phone(Some("fr"), "0612345678", &[2, 2, 2, 2, 2], false));
        assert!(rules.national_phone(Some("ja"), "09012345678", &[3, 4, 4], false));
        assert!(!rules.national_phone(Some("ja"), "9012345678", &bare("9012345678"), false));
        assert!(rules.national_phone(None, "612345678", &bare("612345678"), false));
        assert!(rules.national_phone(Some("pt"), "0612345678", &bare("0612345678"), false));
    }
}
