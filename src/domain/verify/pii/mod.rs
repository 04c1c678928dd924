//! PII detection and redaction. Candidates come from one regex per type; each must pass its
//! type's validator (Luhn and issuer prefix, mod-97, SSN ranges, national phone formats) and a
//! boundary check, and the words around a number decide between a phone and a reference number
//! (`context`, data in `rules/`). Accepted spans never overlap; earlier types in
//! [`PiiKind::PRIORITY`] win a tie.

mod context;
mod phone;

use std::collections::BTreeMap;

use regex::Regex;
use serde::Serialize;

pub use context::{Clue, ContextRules, LanguageRules, NationalNumber};
use phone::PhoneShape;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PiiKind {
    Email,
    Iban,
    Card,
    Ssn,
    Phone,
}

impl PiiKind {
    /// Detection order: more specific shapes first, so a card number is not taken for a phone.
    pub const PRIORITY: [PiiKind; 5] = [
        PiiKind::Email,
        PiiKind::Iban,
        PiiKind::Card,
        PiiKind::Ssn,
        PiiKind::Phone,
    ];

    /// The replacement text: names the type and holds no digits, so redaction is idempotent.
    pub fn token(self) -> &'static str {
        match self {
            PiiKind::Email => "[REDACTED:EMAIL]",
            PiiKind::Iban => "[REDACTED:IBAN]",
            PiiKind::Card => "[REDACTED:CARD]",
            PiiKind::Ssn => "[REDACTED:SSN]",
            PiiKind::Phone => "[REDACTED:PHONE]",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PiiSpan {
    pub start: usize,
    pub end: usize,
    pub kind: PiiKind,
}

/// Counts of what was found, by type.
pub type PiiCounts = BTreeMap<PiiKind, u32>;

/// A digit, ASCII or full-width.
const DIGIT: &str = "[0-9０-９]";
/// Between a phone number's groups: a space (no-break spaces too), a line break, one of `-/` (spaced or not) and
/// their full-width forms, a `.` (unspaced: `. ` ends a sentence), brackets around an area code.
const PHONE_SEPARATOR: &str = r"(?:[ \t]*\r?\n[ \t]*|[ \t\u{a0}\u{202f}\u{3000}]?[\-/－‐–−ー・][ \t\u{a0}\u{202f}\u{3000}]?|\.|[ \t]?[(（][ \t]?|[ \t]?[)）]\s?|[ \t\u{a0}\u{202f}\u{3000}])";

/// Compiled once per instance (at init, on the verifier's thread), shared by every event.
#[derive(Debug)]
pub struct Redactor {
    patterns: Vec<(PiiKind, Regex)>,
    context: ContextRules,
}

impl Default for Redactor {
    fn default() -> Self {
        Self::new()
    }
}

impl Redactor {
    pub fn new() -> Self {
        Self::with_rules(ContextRules::builtin())
    }

    pub fn with_rules(context: ContextRules) -> Self {
        let compile =
            |kind, pattern: &str| (kind, Regex::new(pattern).expect("PII pattern compiles"));
        let phone =
            format!(r"[+＋]?[(（]?{DIGIT}{{1,8}}(?:{PHONE_SEPARATOR}?{DIGIT}{{1,8}}){{0,7}}");
        Self {
            patterns: vec![
                compile(
                    PiiKind::Email,
                    r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,24}",
                ),
                compile(PiiKind::Iban, r"[A-Z]{2}[0-9]{2}(?:[ \n]?[A-Z0-9]){11,32}"),
                compile(
                    PiiKind::Card,
                    r"[0-9０-９](?:(?:[ \-\u{3000}－−]|\r?\n)?[0-9０-９]){12,18}",
                ),
                compile(
                    PiiKind::Ssn,
                    r"[0-9]{3}([ \-])[0-9]{2}([ \-])[0-9]{4}|[0-9]{9}",
                ),
                compile(PiiKind::Phone, &phone),
            ],
            context,
        }
    }

    /// Validated, non-overlapping PII spans in text order. `language` is the text's primary
    /// language subtag (`de`), which chooses the national phone formats; `None` accepts those
    /// of every language with rules.
    pub fn find(&self, text: &str, language: Option<&str>) -> Vec<PiiSpan> {
        let mut accepted: Vec<PiiSpan> = Vec::new();
        for (kind, regex) in &self.patterns {
            for m in regex.find_iter(text) {
                for (start, end) in self.spans_of(*kind, text, m.start(), m.end(), language) {
                    if accepted.iter().all(|s| end <= s.start || start >= s.end) {
                        accepted.push(PiiSpan {
                            start,
                            end,
                            kind: *kind,
                        });
                    }
                }
            }
        }
        accepted.sort_by_key(|s| s.start);
        accepted
    }

    /// Replaces every PII span with its type's token; text that is not PII is kept byte for byte.
    ///
    /// Runs to a fixed point: replacing one span can free a neighbour that was only rejected for
    /// being glued to it (`…4666-87(077-888888`: a card, then a phone-shaped tail), so passes
    /// repeat until one finds nothing. That makes redaction idempotent, and it always ends: every
    /// replacement removes digits or an `@`, which no token brings back.
    pub fn redact(&self, text: &str, language: Option<&str>) -> (String, PiiCounts) {
        let mut counts = PiiCounts::new();
        let mut current = std::borrow::Cow::Borrowed(text);
        loop {
            let spans = self.find(&current, language);
            if spans.is_empty() {
                return (current.into_owned(), counts);
            }
            let mut out = String::with_capacity(current.len());
            let mut cursor = 0;
            for span in spans {
                out.push_str(&current[cursor..span.start]);
                out.push_str(span.kind.token());
                *counts.entry(span.kind).or_default() += 1;
                cursor = span.end;
            }
            out.push_str(&current[cursor..]);
            current = std::borrow::Cow::Owned(out);
        }
    }

    /// The spans a candidate holds: itself when valid; for phones listed with a spaced slash or
    /// one per line (`Callback: 0612345678 / 05 83 53 10 00`), each that is one.
    fn spans_of(
        &self,
        kind: PiiKind,
        text: &str,
        start: usize,
        end: usize,
        language: Option<&str>,
    ) -> Vec<(usize, usize)> {
        let whole = self.validate(kind, text, start, end, language);
        let list = kind == PiiKind::Phone && text[start..end].contains([' ', '\n']);
        match whole {
            // A phone found by dropping groups may have left a second number behind.
            Some(span) if !list || span.1 == end => vec![span],
            _ if list => self.list_of_phones(text, start, end, language),
            _ => whole.into_iter().collect(),
        }
    }

    /// Phones separated by a spaced slash or a line break, each checked on its own.
    fn list_of_phones(
        &self,
        text: &str,
        start: usize,
        end: usize,
        language: Option<&str>,
    ) -> Vec<(usize, usize)> {
        let mut spans = Vec::new();
        let mut from = start;
        for (at, separator) in text[start..end]
            .match_indices([' ', '\n'])
            .filter(|(at, sep)| *sep == "\n" || text[start + at..end].starts_with(" / "))
            .map(|(at, sep)| (start + at, if sep == "\n" { 1 } else { 3 }))
            .chain([(end, 0)])
        {
            spans.extend(
                self.validate(PiiKind::Phone, text, from, at, language)
                    .into_iter()
                    .flat_map(|span| [span]),
            );
            from = at + separator;
        }
        spans
    }

    /// Checks a candidate and returns the span to redact (an IBAN may be trimmed to its country
    /// length, a phone to the groups that make one).
    fn validate(
        &self,
        kind: PiiKind,
        text: &str,
        start: usize,
        end: usize,
        language: Option<&str>,
    ) -> Option<(usize, usize)> {
        let candidate = &text[start..end];
        let span = match kind {
            PiiKind::Email => (start, end),
            PiiKind::Iban => (start, start + iban_length(candidate)?),
            PiiKind::Card => self.card(text, start, end)?,
            PiiKind::Ssn => self.ssn(text, start, end)?,
            PiiKind::Phone => return self.phone(text, start, end, language),
        };
        bounded(kind, text, span.0, span.1).then_some(span)
    }

    /// Luhn, an issuer's prefix, card grouping; an ungrouped number that context calls a
    /// reference (an IMEI is Luhn-valid too) is not a card.
    fn card(&self, text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
        let candidate = &text[start..end];
        let digits = digit_values(candidate);
        let grouped = !candidate.chars().all(|c| phone::ascii_digit(c).is_some());
        let valid = (13..=19).contains(&digits.len())
            && luhn(&digits)
            && issuer_prefix(&digits)
            && !mixed_separators(candidate)
            && (!grouped || card_grouping(candidate))
            && !ends_an_iban_prefix(&text[..start]);
        let reference = !grouped && self.context.clue(text, start, end) == Some(Clue::Reference);
        (valid && !reference).then_some((start, end))
    }

    /// `123-45-6789` in the valid ranges; nine bare digits only after an SSN word in the
    /// sentence.
    fn ssn(&self, text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
        let candidate = &text[start..end];
        let digits = digit_values(candidate);
        let area = digits[0] as u32 * 100 + digits[1] as u32 * 10 + digits[2] as u32;
        let group = digits[3] * 10 + digits[4];
        let in_range = area != 0
            && area != 666
            && area < 900
            && group != 0
            && !digits[5..9].iter().all(|d| *d == 0);
        let formatted = candidate.len() == 11;
        if after_a_country_code(&text[..start]) {
            return None;
        }
        let clues = self.context.clues(text, start, end);
        let clue = clues.nearest();
        let ok = in_range
            && !mixed_separators(candidate)
            && if formatted {
                clue != Some(Clue::Reference)
            } else {
                clue == Some(Clue::Ssn) || (clue != Some(Clue::Reference) && clues.ssn_earlier)
            };
        ok.then_some((start, end))
    }

    /// A phone when its shape makes it one in this language, or when a phone word is nearest
    /// and it could be one; never when a reference word is nearest (unless written with `+`).
    /// A candidate that fails is retried without its last group or two, which may be another
    /// number (`0612345678 2`).
    fn phone(
        &self,
        text: &str,
        start: usize,
        end: usize,
        language: Option<&str>,
    ) -> Option<(usize, usize)> {
        let (start, mut end) = trim_phone_candidate(text, start, end)?;
        if ends_an_iban_prefix(&text[..start]) {
            return None;
        }
        let clue = self.context.clue(text, start, end);
        if clue == Some(Clue::Reference) && !text[start..end].starts_with(['+', '＋']) {
            return None;
        }
        if self.is_phone(text, start, end, language, clue, false) {
            return Some((start, end));
        }
        if card_grouping(&text[start..end]) {
            // A card that failed its checks; its first groups are no phone either.
            return None;
        }
        for _ in 0..2 {
            end = drop_last_group(text, start, end)?;
            let clue = self.context.clue(text, start, end);
            if self.is_phone(text, start, end, language, clue, true) {
                return Some((start, end));
            }
        }
        None
    }

    /// `clue`: what the words around this span say. `trimmed`: groups were dropped from the
    /// candidate, so only its shape can make it a phone (a phone word next to the pieces of a
    /// longer number says nothing).
    fn is_phone(
        &self,
        text: &str,
        start: usize,
        end: usize,
        language: Option<&str>,
        clue: Option<Clue>,
        trimmed: bool,
    ) -> bool {
        let candidate = &text[start..end];
        let shape = PhoneShape::read(candidate);
        if ssn_shaped(candidate)
            || date_shaped(&shape)
            || !bounded(PiiKind::Phone, text, start, end)
        {
            return false;
        }
        match clue {
            Some(Clue::Phone) if trimmed => shape.is_phone(&self.context, language),
            // A phone word: a phone of any country the rules know, not only the text's.
            Some(Clue::Phone) => shape.is_phone_with_context(&self.context, language),
            Some(Clue::Reference) => {
                candidate.starts_with(['+', '＋']) && shape.is_phone(&self.context, language)
            }
            Some(Clue::Card | Clue::Ssn) => false,
            None => shape.is_phone(&self.context, language),
        }
    }
}

/// True when `before` ends with `+81 `: what follows is the rest of an international number.
fn after_a_country_code(before: &str) -> bool {
    let trimmed = before.trim_end_matches(' ');
    let digits = trimmed.len() - trimmed.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    (1..=3).contains(&digits)
        && trimmed[..trimmed.len() - digits].ends_with(['+', '＋'])
        && trimmed.len() < before.len()
}

/// A phone candidate without an unmatched opening bracket or trailing separators.
fn trim_phone_candidate(text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    let candidate = &text[start..end];
    let mut from = start;
    if candidate.starts_with(['(', '（']) && !candidate.contains([')', '）']) {
        from += candidate.chars().next().map_or(1, char::len_utf8);
    }
    let trimmed = text[from..end].trim_end_matches(|c: char| phone::ascii_digit(c).is_none());
    let to = from + trimmed.len();
    (to > from).then_some((from, to))
}

/// The candidate without its last digit group (and the separator before it).
fn drop_last_group(text: &str, start: usize, end: usize) -> Option<usize> {
    let candidate = &text[start..end];
    let last_group_start = candidate
        .char_indices()
        .rev()
        .find(|(_, c)| phone::ascii_digit(*c).is_none())
        .map(|(i, _)| i)?;
    let kept =
        candidate[..last_group_start].trim_end_matches(|c: char| phone::ascii_digit(c).is_none());
    (!kept.is_empty()).then_some(start + kept.len())
}

fn digit_values(candidate: &str) -> Vec<u8> {
    candidate
        .chars()
        .filter_map(phone::ascii_digit)
        .map(|d| d as u8 - b'0')
        .collect()
}

/// The candidate must stand alone: not glued to letters, digits or id/number punctuation, so
/// pieces of UUIDs, versions, times, amounts and `#order` numbers are not taken for PII. A
/// number written with `+` may follow `:` (`Tel.:+49...`).
fn bounded(kind: PiiKind, text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    let after_next = text[end..].chars().nth(1);
    let plus = text[start..].starts_with(['+', '＋']);
    let glued_before = match before {
        None => false,
        Some(c) if kind == PiiKind::Email => c.is_ascii_alphanumeric() || "._%+-".contains(c),
        Some(c) if plus => c.is_ascii_alphanumeric(),
        // `12:30` goes on; `Tel.:030 ...` does not.
        Some(':') => text[..start - 1].ends_with(|p: char| p.is_ascii_digit()),
        Some(c) => {
            c.is_ascii_alphanumeric()
                || phone::ascii_digit(c).is_some()
                || "_-./#$€£¥,+".contains(c)
        }
    };
    let glued_after = match after {
        None => false,
        Some(c)
            if c.is_ascii_alphanumeric()
                || phone::ascii_digit(c).is_some()
                || c == '_'
                || c == '%' =>
        {
            true
        }
        // A sentence may end right after the number; a following digit or letter means the
        // number goes on (2.5, 12:30, 1-800-FLOWERS).
        Some(c) if "-./:,".contains(c) => after_next.is_some_and(|n| n.is_ascii_alphanumeric()),
        Some(_) => false,
    };
    !glued_before && !glued_after
}

/// Issuer identification numbers of the card schemes: Visa 4, Mastercard 51-55 and 2221-2720,
/// Maestro 50 and 56-69, Discover 6011 and 64-65, UnionPay 62, Amex 34 and 37, Diners 30, 36,
/// 38-39, JCB 35, Mir 2200-2204.
fn issuer_prefix(digits: &[u8]) -> bool {
    match digits {
        [4..=6, ..] => true,
        [3, second, ..] => matches!(second, 0 | 4..=9),
        [2, second, ..] => (2..=7).contains(second),
        _ => false,
    }
}

/// Cards are printed in fours (the last group may be shorter), or 4-6-5 (Amex) and 4-6-4
/// (Diners).
fn card_grouping(candidate: &str) -> bool {
    let groups: Vec<usize> = candidate
        .split(|c: char| phone::ascii_digit(c).is_none())
        .filter(|g| !g.is_empty())
        .map(|g| g.chars().count())
        .collect();
    let fours = groups.len() >= 3
        && groups[..groups.len() - 1].iter().all(|g| *g == 4)
        && (1..=4).contains(groups.last().unwrap_or(&0));
    fours || groups == [4, 6, 5] || groups == [4, 6, 4]
}

/// True when `before` ends with the start of an IBAN (`GB58 NAIA `): the digits after it are the
/// rest of an IBAN that failed its check, not a card.
fn ends_an_iban_prefix(before: &str) -> bool {
    if !before.ends_with([' ', '\n']) {
        return false;
    }
    let is_group = |g: &str| g.len() == 4 && g.bytes().all(|b| b.is_ascii_alphanumeric());
    let is_start = |g: &str| {
        let b = g.as_bytes();
        b.len() >= 4
            && b[..2].iter().all(u8::is_ascii_uppercase)
            && b[2..4].iter().all(u8::is_ascii_digit)
            && b.iter().all(u8::is_ascii_alphanumeric)
    };
    let mut words = before.split_whitespace().rev().take(8);
    words.by_ref().take_while(|g| !is_start(g)).all(is_group)
        && before.split_whitespace().rev().take(8).any(is_start)
}

/// 3-2-4 digit groups are an SSN's shape, never a phone number's.
fn ssn_shaped(candidate: &str) -> bool {
    let groups: Vec<usize> = candidate.split([' ', '-']).map(str::len).collect();
    groups == [3, 2, 4] && candidate.bytes().filter(u8::is_ascii_digit).count() == 9
}

/// `2025-12-12`, `12.12.2025`, `12/12/25`: a date, whatever the words around it say.
fn date_shaped(shape: &PhoneShape) -> bool {
    matches!(
        shape.groups.as_slice(),
        [4, 1..=2, 1..=2] | [1..=2, 1..=2, 4] | [1..=2, 1..=2, 2]
    )
}

/// Card and SSN digits are grouped with one kind of separator at most.
fn mixed_separators(candidate: &str) -> bool {
    candidate.contains([' ', '\u{3000}']) && candidate.contains(['-', '－', '−'])
}

pub fn luhn(digits: &[u8]) -> bool {
    let sum: u32 = digits
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &d)| {
            let d = d as u32;
            if i % 2 == 1 {
                let doubled = d * 2;
                if doubled > 9 { doubled - 9 } else { doubled }
            } else {
                d
            }
        })
        .sum();
    sum.is_multiple_of(10)
}

/// IBAN length by country (ISO 13616 registry).
fn iban_country_length(country: &str) -> Option<usize> {
    Some(match country {
        "NO" => 15,
        "BE" => 16,
        "DK" | "FI" | "FO" | "GL" | "NL" => 18,
        "MK" | "SI" => 19,
        "AT" | "BA" | "EE" | "KZ" | "LT" | "LU" | "XK" => 20,
        "CH" | "CR" | "HR" | "LI" | "LV" => 21,
        "BG" | "BH" | "DE" | "GB" | "GE" | "IE" | "ME" | "RS" | "VA" => 22,
        "AE" | "GI" | "IL" | "IQ" | "TL" => 23,
        "AD" | "CZ" | "ES" | "MD" | "PK" | "RO" | "SA" | "SE" | "SK" | "TN" | "VG" => 24,
        "PT" | "ST" => 25,
        "IS" | "TR" => 26,
        "FR" | "GR" | "IT" | "MC" | "MR" | "SM" => 27,
        "AL" | "AZ" | "BY" | "CY" | "DO" | "GT" | "HU" | "LB" | "PL" | "SV" => 28,
        "BR" | "EG" | "PS" | "QA" | "UA" => 29,
        "JO" | "KW" | "MU" => 30,
        "MT" | "SC" => 31,
        "LC" => 32,
        "RU" => 33,
        _ => return None,
    })
}

/// Byte length of the IBAN at the start of `candidate` (separating spaces included) when the
/// first country-length characters pass mod-97; `None` when they do not.
fn iban_length(candidate: &str) -> Option<usize> {
    let wanted = iban_country_length(&candidate[..2])?;
    let mut compact = String::with_capacity(wanted);
    let mut byte_len = 0;
    for (i, c) in candidate.char_indices() {
        if c.is_whitespace() {
            continue;
        }
        compact.push(c);
        if compact.len() == wanted {
            byte_len = i + c.len_utf8();
            break;
        }
    }
    if compact.len() != wanted || !iban_mod97(&compact) {
        return None;
    }
    Some(byte_len)
}

fn iban_mod97(compact: &str) -> bool {
    let rearranged = compact[4..].chars().chain(compact[..4].chars());
    let mut remainder: u32 = 0;
    for c in rearranged {
        let value = match c {
            '0'..='9' => c as u32 - '0' as u32,
            'A'..='Z' => c as u32 - 'A' as u32 + 10,
            _ => return false,
        };
        remainder = if value >= 10 {
            (remainder * 100 + value) % 97
        } else {
            (remainder * 10 + value) % 97
        };
    }
    remainder == 1
}

#[cfg(test)]
mod tests {
    use super::*;

    fn redact(text: &str) -> String {
        Redactor::new().redact(text, None).0
    }

    #[test]
    fn each_type_is_redacted_with_a_named_token() {
        let cases = [
            (
                "call me at (212) 555-0143 today",
                "call me at [REDACTED:PHONE] today",
            ),
            ("call +1 212.555.0143.", "call [REDACTED:PHONE]."),
            ("UK line +44 20 7946 0958 ok", "UK line [REDACTED:PHONE] ok"),
            (
                "mail jane.doe+billing@mail.example.co.uk now",
                "mail [REDACTED:EMAIL] now",
            ),
            (
                "card 4111 1111 1111 1111 was charged",
                "card [REDACTED:CARD] was charged",
            ),
            ("card 5500-0000-0000-0004.", "card [REDACTED:CARD]."),
            ("SSN 123-45-6789 on file", "SSN [REDACTED:SSN] on file"),
            (
                "IBAN GB82 WEST 1234 5698 7654 32 please",
                "IBAN [REDACTED:IBAN] please",
            ),
            ("IBAN DE89370400440532013000.", "IBAN [REDACTED:IBAN]."),
        ];
        for (input, expected) in cases {
            assert_eq!(redact(input), expected, "{input}");
        }
    }

    #[test]
    fn things_that_look_numeric_but_are_not_pii_are_left_alone() {
        for text in [
            "Refund of $1,234.56 on 2025-12-12 at 15:04, a 12.5% discount.",
            "Order #4111111111111112 and ticket 123456 were updated.",
            "Card 4111 1111 1111 1112 fails Luhn.",
            "Conversation 3c5e8a42-7d1e-4f2b-9a6c-1b2d3e4f5a6b, user a1b2c3d4-0000-4000-8000-000000000013.",
            "Upgraded to version 10.2.3.4 and build 2025.12.1.",
            "SSN-like 000-12-3456 and 666-12-3456 and 900-12-3456 are invalid.",
            "IBAN GB00 WEST 1234 5698 7654 32 has a bad check digit.",
        ] {
            assert_eq!(redact(text), text);
        }
    }

    #[test]
    fn redaction_is_idempotent_and_keeps_utf8_intact() {
        let text = "お客様の電話番号は090-1234-5678、メールはtaro@example.jpです。カード4111111111111111。";
        let once = redact(text);
        assert_eq!(
            once,
            "お客様の電話番号は[REDACTED:PHONE]、メールは[REDACTED:EMAIL]です。カード[REDACTED:CARD]。"
        );
        assert_eq!(redact(&once), once);
    }

    /// Found by `scripts/fuzz`: a phone-shaped tail glued to a card-shaped number.
    #[test]
    fn a_neighbour_freed_by_a_replacement_is_redacted_in_the_same_call() {
        let text = "\"id\": \"44444444-5555-4666087(077-888888\0\",";
        let once = redact(text);
        assert_eq!(redact(&once), once);
    }

    #[test]
    fn counts_report_what_was_found() {
        let (_, counts) = Redactor::new().redact("a@b.io, c@d.io and 4111111111111111", None);
        assert_eq!(counts.get(&PiiKind::Email), Some(&2));
        assert_eq!(counts.get(&PiiKind::Card), Some(&1));
    }

    #[test]
    fn validators() {
        assert!(luhn(&[4, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]));
        assert!(!luhn(&[4, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2]));
        assert!(iban_mod97("GB82WEST12345698765432"));
        assert!(!iban_mod97("GB83WEST12345698765432"));
    }
}
