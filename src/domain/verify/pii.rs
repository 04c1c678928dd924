//! PII detection and redaction. Candidates come from one regex per type; each candidate must pass
//! its type's validator (Luhn, mod-97, SSN ranges, digit counts) and a boundary check, so order
//! numbers, ids, dates and amounts survive. Accepted spans never overlap; earlier types in
//! [`PiiKind::PRIORITY`] win a tie.

use std::collections::BTreeMap;

use regex::Regex;
use serde::Serialize;

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

/// Compiled once per instance (at init), shared by every event.
#[derive(Debug)]
pub struct Redactor {
    patterns: Vec<(PiiKind, Regex)>,
}

impl Default for Redactor {
    fn default() -> Self {
        Self::new()
    }
}

impl Redactor {
    pub fn new() -> Self {
        let compile =
            |kind, pattern: &str| (kind, Regex::new(pattern).expect("PII pattern compiles"));
        Self {
            patterns: vec![
                compile(
                    PiiKind::Email,
                    r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,24}",
                ),
                compile(PiiKind::Iban, r"[A-Z]{2}[0-9]{2}(?: ?[A-Z0-9]){11,32}"),
                compile(PiiKind::Card, r"[0-9](?:[ \-]?[0-9]){12,18}"),
                compile(PiiKind::Ssn, r"[0-9]{3}([ \-])[0-9]{2}([ \-])[0-9]{4}"),
                compile(
                    PiiKind::Phone,
                    concat!(
                        // NANP: optional +1, area code with or without parentheses, dots/dashes/spaces.
                        r"(?:\+?1[ .\-]?)?(?:\([2-9][0-9]{2}\)|[2-9][0-9]{2})[ .\-]?[2-9][0-9]{2}[ .\-]?[0-9]{4}",
                        // E.164 and international groupings: +CC then digit groups.
                        r"|\+[1-9][0-9]{0,2}(?:[ .\-]?\(?[0-9]{1,5}\)?){2,6}",
                        // National groupings with a trunk 0 (UK, DE, FR, JP ...), `/` as in 089/123456.
                        r"|\(?0[0-9]{1,4}\)?(?:[ ./\-][0-9]{2,8}){1,4}",
                        // Spanish numbers carry no trunk 0: 9xx xxx xxx, 6xx xx xx xx.
                        r"|[6-9][0-9]{2}(?: [0-9]{3} [0-9]{3}| [0-9]{2} [0-9]{2} [0-9]{2})",
                    ),
                ),
            ],
        }
    }

    /// Validated, non-overlapping PII spans in text order.
    pub fn find(&self, text: &str) -> Vec<PiiSpan> {
        let mut accepted: Vec<PiiSpan> = Vec::new();
        for (kind, regex) in &self.patterns {
            for m in regex.find_iter(text) {
                let Some((start, end)) = validate(*kind, text, m.start(), m.end()) else {
                    continue;
                };
                if accepted.iter().all(|s| end <= s.start || start >= s.end) {
                    accepted.push(PiiSpan {
                        start,
                        end,
                        kind: *kind,
                    });
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
    pub fn redact(&self, text: &str) -> (String, PiiCounts) {
        let mut counts = PiiCounts::new();
        let mut current = std::borrow::Cow::Borrowed(text);
        loop {
            let spans = self.find(&current);
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
}

/// Checks a candidate and returns the span to redact (an IBAN may be trimmed to its country length).
fn validate(kind: PiiKind, text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    let candidate = &text[start..end];
    let digits: Vec<u8> = candidate
        .bytes()
        .filter(u8::is_ascii_digit)
        .map(|b| b - b'0')
        .collect();
    let (start, end) = match kind {
        PiiKind::Email => (start, end),
        PiiKind::Iban => (start, start + iban_length(candidate)?),
        PiiKind::Card => {
            if !(13..=19).contains(&digits.len()) || !luhn(&digits) || mixed_separators(candidate) {
                return None;
            }
            (start, end)
        }
        PiiKind::Ssn => {
            let area = digits[0] as u32 * 100 + digits[1] as u32 * 10 + digits[2] as u32;
            let group = digits[3] * 10 + digits[4];
            let serial = &digits[5..9];
            if area == 0
                || area == 666
                || area >= 900
                || group == 0
                || serial.iter().all(|d| *d == 0)
                || mixed_separators(candidate)
            {
                return None;
            }
            (start, end)
        }
        PiiKind::Phone => {
            if ssn_shaped(candidate) {
                return None;
            }
            let plus = candidate.starts_with('+');
            let ok = if plus {
                (8..=15).contains(&digits.len())
            } else if candidate.starts_with('0') || candidate.starts_with("(0") {
                (9..=11).contains(&digits.len())
            } else if spanish_grouping(candidate) {
                true
            } else {
                digits.len() == 10 || (digits.len() == 11 && digits[0] == 1)
            };
            if !ok {
                return None;
            }
            (start, end)
        }
    };
    bounded(kind, text, start, end).then_some((start, end))
}

/// The candidate must stand alone: not glued to letters, digits or id/number punctuation, so
/// pieces of UUIDs, versions, times, amounts and `#order` numbers are not taken for PII.
fn bounded(kind: PiiKind, text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    let after_next = text[end..].chars().nth(1);
    let glued_before = match before {
        None => false,
        Some(c) if kind == PiiKind::Email => c.is_ascii_alphanumeric() || "._%+-".contains(c),
        Some(c) => c.is_ascii_alphanumeric() || "_-./:#$€£¥,+".contains(c),
    };
    let glued_after = match after {
        None => false,
        Some(c) if c.is_ascii_alphanumeric() || c == '_' || c == '%' => true,
        // A sentence may end right after the number; a following digit or letter means the
        // number goes on (2.5, 12:30, 1-800-FLOWERS).
        Some(c) if "-./:,".contains(c) => after_next.is_some_and(|n| n.is_ascii_alphanumeric()),
        Some(_) => false,
    };
    !glued_before && !glued_after
}

/// `9xx xxx xxx` or `6xx xx xx xx`: a Spanish number written the national way, without trunk 0.
fn spanish_grouping(candidate: &str) -> bool {
    let groups: Vec<usize> = candidate.split(' ').map(str::len).collect();
    groups == [3, 3, 3] || groups == [3, 2, 2, 2]
}

/// 3-2-4 digit groups are an SSN's shape, never a phone number's.
fn ssn_shaped(candidate: &str) -> bool {
    let groups: Vec<usize> = candidate.split([' ', '-']).map(str::len).collect();
    groups == [3, 2, 4] && candidate.bytes().filter(u8::is_ascii_digit).count() == 9
}

/// Card and SSN digits are grouped with one kind of separator at most.
fn mixed_separators(candidate: &str) -> bool {
    candidate.contains(' ') && candidate.contains('-')
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
        if c == ' ' {
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
        Redactor::new().redact(text).0
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

    /// Found by `scripts/fuzz`: the phone-shaped tail was glued to the card until the card was replaced.
    #[test]
    fn a_neighbour_freed_by_a_replacement_is_redacted_in_the_same_call() {
        let text = "\"id\": \"44444444-5555-4666087(077-888888\0\",";
        let once = redact(text);
        assert_eq!(redact(&once), once);
        assert!(!once.contains("888888"), "{once}");
    }

    #[test]
    fn counts_report_what_was_found() {
        let (_, counts) = Redactor::new().redact("a@b.io, c@d.io and 4111111111111111");
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
