//! What makes a run of digits a phone number by its shape alone: an international number (`+`
//! or `00`, a country code, a plausible length), or a national one of the text's language
//! (`context::NationalNumber`), grouped the way numbers are grouped. Context words then confirm
//! or overrule it (`super::Redactor::find`).

use super::context::ContextRules;

/// A phone-shaped candidate, read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhoneShape {
    /// ASCII digits (full-width digits read as ASCII).
    pub digits: String,
    /// Digit counts of the groups, in order.
    pub groups: Vec<usize>,
    pub international: bool,
    /// The last group follows a `-` directly (`030 575834-0`): a German direct-dial suffix.
    pub direct_dial: bool,
}

impl PhoneShape {
    pub fn read(candidate: &str) -> Self {
        let trimmed = candidate.trim_start_matches(['(', ' ']);
        let plus = trimmed.starts_with(['+', '＋']);
        let mut digits = String::new();
        let mut groups = Vec::new();
        let mut current = 0;
        for c in candidate.chars() {
            match ascii_digit(c) {
                Some(d) => {
                    digits.push(d);
                    current += 1;
                }
                None if current > 0 => {
                    groups.push(current);
                    current = 0;
                }
                None => {}
            }
        }
        if current > 0 {
            groups.push(current);
        }
        let exit_code = if plus { None } else { exit_code(&digits) };
        let international = plus || exit_code.is_some();
        if let Some(exit_code) = exit_code {
            digits.drain(..exit_code);
            // The prefix's digits come off the first group (or two, `0 0 34 ...`).
            let mut prefix = exit_code;
            while prefix > 0 && !groups.is_empty() {
                let taken = groups[0].min(prefix);
                groups[0] -= taken;
                prefix -= taken;
                if groups[0] == 0 {
                    groups.remove(0);
                }
            }
        }
        let direct_dial = candidate
            .trim_end_matches(|c: char| ascii_digit(c).is_some())
            .ends_with(['-', '－'])
            && candidate.starts_with('0');
        Self {
            digits,
            groups,
            international,
            direct_dial,
        }
    }

    /// True when the shape alone makes this a phone number in `language`'s text.
    pub fn is_phone(&self, rules: &ContextRules, language: Option<&str>) -> bool {
        self.plausible_grouping()
            && if self.international {
                international_length_ok(&self.digits)
            } else {
                rules.national_phone(language, &self.digits, &self.groups, false)
            }
    }

    /// True when this is a phone number given that a phone word is near it: in the text's
    /// language also the formats that need that word (a bare Mexican number, an Argentine local
    /// one); written in groups, a phone of any country the rules know.
    pub fn is_phone_with_context(&self, rules: &ContextRules, language: Option<&str>) -> bool {
        self.plausible_grouping()
            && if self.international {
                international_length_ok(&self.digits)
            } else {
                rules.national_phone(language, &self.digits, &self.groups, true)
                    || (self.groups.len() > 1
                        && rules.national_phone(None, &self.digits, &self.groups, false))
            }
    }

    /// Phone numbers are not written with a lone digit at the end: `412 345 678 9` is
    /// something else.
    pub fn plausible_grouping(&self) -> bool {
        !(self.groups.len() > 1 && self.groups.last() == Some(&1) && !self.direct_dial)
    }
}

/// The length of the international prefix `digits` starts with: `00` (most of the world; a
/// country code never starts with 0), or `011` (North America), `0011` (Australia), `010`
/// (Japan) when a known country code and length follow.
fn exit_code(digits: &str) -> Option<usize> {
    for prefix in ["0011", "011", "010"] {
        if let Some(rest) = digits.strip_prefix(prefix)
            && known_code(rest).is_some()
            && international_length_ok(rest)
        {
            return Some(prefix.len());
        }
    }
    (digits.starts_with("00") && !digits.starts_with("000")).then_some(2)
}

/// A digit, ASCII or full-width (Japanese text often uses `０９０`).
pub fn ascii_digit(c: char) -> Option<char> {
    match c {
        '0'..='9' => Some(c),
        '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32),
        _ => None,
    }
}

/// Country code and national significant number lengths (ITU-T E.164 and the national
/// numbering plans) for the countries of the supported languages and their neighbours; any other
/// code takes 7 to 12 national digits.
const CALLING_CODES: [(&str, usize, usize); 26] = [
    ("1", 10, 10),
    ("7", 10, 10),
    ("31", 9, 9),
    ("32", 8, 9),
    ("33", 9, 9),
    ("34", 9, 9),
    ("39", 6, 11),
    ("41", 9, 9),
    ("43", 4, 13),
    ("44", 9, 10),
    ("45", 8, 8),
    ("46", 7, 10),
    ("47", 8, 8),
    ("48", 9, 9),
    ("49", 5, 13),
    ("52", 10, 11),
    ("54", 10, 11),
    ("55", 10, 11),
    ("61", 9, 9),
    ("64", 8, 10),
    ("81", 9, 10),
    ("82", 8, 10),
    ("86", 10, 11),
    ("351", 9, 9),
    ("352", 4, 11),
    ("353", 7, 9),
];

/// The known country code `digits` starts with, and its national lengths.
fn known_code(digits: &str) -> Option<&'static (&'static str, usize, usize)> {
    CALLING_CODES
        .iter()
        .filter(|(code, _, _)| digits.starts_with(code))
        .max_by_key(|(code, _, _)| code.len())
}

/// The number after `+`/`00`: a known country code with its national length (a `0` trunk
/// prefix written in brackets, `+49 (0)30 ...`, is allowed once), or any code and 8 to 15
/// digits in all.
fn international_length_ok(digits: &str) -> bool {
    if !(7..=15).contains(&digits.len()) {
        return false;
    }
    match known_code(digits) {
        Some((code, min, max)) => {
            let national = &digits[code.len()..];
            let national = national
                .strip_prefix('0')
                .filter(|_| *code != "39")
                .unwrap_or(national);
            (*min..=*max).contains(&national.len())
        }
        None => (8..=15).contains(&digits.len()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_prefixes_groups_and_full_width_digits() {
        let s = PhoneShape::read("0034 612 345 678");
        assert!(s.international);
        assert_eq!(s.digits, "34612345678");
        assert_eq!(s.groups, [2, 3, 3, 3]);
        let s = PhoneShape::read("０９０－１２３４－５６７８");
        assert_eq!(s.digits, "09012345678");
        assert_eq!(s.groups, [3, 4, 4]);
        assert!(!s.international);
        assert!(PhoneShape::read("+49 (0)30 1234567").international);
        assert_eq!(PhoneShape::read("011 81-798-87-2172").digits, "81798872172");
        assert_eq!(PhoneShape::read("0011 353839175352").digits, "353839175352");
        assert!(!PhoneShape::read("0117 081 952").international);
        let s = PhoneShape::read("0 0 34 612");
        assert_eq!(
            (s.digits.as_str(), s.groups.as_slice()),
            ("34612", &[2, 3][..])
        );
    }

    #[test]
    fn international_lengths() {
        assert!(international_length_ok("34612345678"));
        assert!(!international_length_ok("3461234567"));
        assert!(international_length_ok("49301234567"));
        assert!(international_length_ok("490301234567"));
        assert!(international_length_ok("12125550143"));
        assert!(!international_length_ok("1212555014"));
    }

    #[test]
    fn groupings() {
        assert!(!PhoneShape::read("412 345 678 9").plausible_grouping());
        assert!(PhoneShape::read("030 575834-0").plausible_grouping());
        assert!(PhoneShape::read("612 34 56 78").plausible_grouping());
    }
}
