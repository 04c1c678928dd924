//! A lexicon scorer in VADER's manner (Hutto & Gilbert, ICWSM-14), driven by one data file per
//! language (`lexicons/<lang>.json`): term valences on -4..4, negators before and after a term,
//! boosters and dampeners, contrast words whose clause outweighs the one before, and the
//! threshold that makes a score a polarity. VADER's own lexicon is the English base; the
//! English file adds what contact-centre summaries need (a reported "problem" is the topic of
//! the call, not the customer's mood). Languages written without spaces (Japanese) are read by
//! longest match on the characters.
//!
//! Scoring a sentence: each term's valence, boosted by a booster in the three tokens before it,
//! times -0.74 when a negator is in scope; a contrast word halves what came before it in the
//! sentence and multiplies what follows by 1.5. The text's sum `s` becomes `s / sqrt(s² + 15)`
//! in -1..1, VADER's compound.

use std::collections::HashMap;

use serde::Deserialize;

/// VADER's constants: a negated term's factor, and the normalisation's alpha.
const NEGATION_FACTOR: f64 = -0.74;
/// A negated negative ("not angry", "kein Problem") is the absence of a complaint, not praise:
/// it keeps a fifth of its weight, on the positive side.
const NEGATED_NEGATIVE_FACTOR: f64 = -0.2;
const ALPHA: f64 = 15.0;
/// How far a booster reaches, in tokens.
const BOOSTER_SCOPE: usize = 3;

/// One language's file.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct LexiconRules {
    /// Primary language subtag.
    pub language: String,
    /// Start from VADER's English lexicon (`lexicons/vader_en.tsv`).
    #[serde(default)]
    pub vader_base: bool,
    /// False for scripts without spaces between words: terms are found by longest match.
    #[serde(default = "yes")]
    pub spaced: bool,
    /// Split `l'agent`, `n'est` at the apostrophe (French); English keeps `didn't` whole.
    #[serde(default)]
    pub split_apostrophes: bool,
    /// A compound score at or beyond ±threshold is positive or negative; inside it, neutral.
    pub threshold: f64,
    /// Negate the terms in the `negation_scope` tokens after them.
    pub negators: Vec<String>,
    /// Negate the term just before them (`funktioniert nicht`, `満足できない`). A word in both
    /// lists negates either way (`nicht`).
    #[serde(default)]
    pub negators_after: Vec<String>,
    #[serde(default = "three")]
    pub negation_scope: usize,
    /// Added to a term's magnitude (positive) or taken from it (negative).
    #[serde(default)]
    pub boosters: HashMap<String, f64>,
    /// What follows them in the sentence outweighs what precedes (`but`, `mais`, `が、`).
    #[serde(default)]
    pub contrast: Vec<String>,
    /// The clause they open is outweighed by the rest of the sentence (`although`).
    #[serde(default)]
    pub concessive: Vec<String>,
    /// Words of repetition ("another", "again", "third"): a sentence that opens with praise
    /// and a comma and holds one of these, or a negative term, is ironic ("Great, a third
    /// dropped call this week"): the opener counts as negative.
    #[serde(default)]
    pub irony_cues: Vec<String>,
    /// Term -> valence (-4..4). A trailing `*` makes the term a prefix (`satisfait*`); a term of
    /// several words is a phrase and wins over its words.
    pub lexicon: HashMap<String, f64>,
}

fn yes() -> bool {
    true
}
fn three() -> usize {
    3
}

/// A compiled language.
#[derive(Debug)]
pub struct LexiconScorer {
    rules: LexiconRules,
    /// Exact terms, lower case; phrases with single spaces.
    exact: HashMap<String, f64>,
    /// Prefix terms (without the `*`).
    prefixes: HashMap<String, f64>,
    /// Negators, boosters, contrast and irony words: what each is.
    markers: HashMap<String, Token>,
    /// Spaced text: the most words of a term or marker that starts with this word.
    phrase_words: HashMap<String, usize>,
    /// Unspaced text: the longest term or marker, in characters.
    longest: usize,
}

/// One unit of text as the scorer sees it.
#[derive(Debug, Clone, PartialEq)]
enum Token {
    /// A term's valence; `negatable` is false for a phrase that holds its own negation
    /// (`not resolved`, `toujours pas résolu`), which a `ne` before it must not flip back.
    Term {
        valence: f64,
        negatable: bool,
    },
    /// `also_after`: it negates the term just before it too.
    Negator {
        also_after: bool,
    },
    NegatorAfter,
    Booster(f64),
    Contrast,
    Concessive,
    IronyCue,
    /// `,` `;` `:`: ends a negation's or a concession's reach.
    ClauseEnd,
    Word,
}

impl LexiconScorer {
    pub fn new(mut rules: LexiconRules, vader: Option<&str>) -> Self {
        let mut exact = HashMap::new();
        if rules.vader_base {
            for line in vader.unwrap_or_default().lines() {
                if let Some((term, valence)) = line.split_once('\t')
                    && !line.starts_with('#')
                    && let Ok(valence) = valence.parse::<f64>()
                {
                    exact.insert(term.to_lowercase(), valence);
                }
            }
        }
        let mut prefixes = HashMap::new();
        for (term, valence) in std::mem::take(&mut rules.lexicon) {
            let term = term.to_lowercase();
            match term.strip_suffix('*') {
                Some(prefix) => prefixes.insert(prefix.to_string(), valence),
                None => exact.insert(term, valence),
            };
        }
        let markers = markers(&rules);
        let mut phrase_words: HashMap<String, usize> = HashMap::new();
        let mut longest = 1;
        for unit in exact.keys().chain(prefixes.keys()).chain(markers.keys()) {
            if !rules.spaced {
                longest = longest.max(unit.chars().count());
            } else if let Some((first, rest)) = unit.split_once(' ') {
                let n = 2 + rest.matches(' ').count();
                let entry = phrase_words.entry(first.to_string()).or_insert(1);
                *entry = (*entry).max(n);
            }
        }
        Self {
            rules,
            exact,
            prefixes,
            markers,
            phrase_words,
            longest,
        }
    }

    pub fn language(&self) -> &str {
        &self.rules.language
    }

    pub fn threshold(&self) -> f64 {
        self.rules.threshold
    }

    /// Compound score in -1..1.
    pub fn score(&self, text: &str) -> f64 {
        let lower = text.to_lowercase();
        let sum: f64 = sentences(&lower, self.rules.spaced)
            .map(|sentence| self.sentence_sum(&self.tokens(sentence)))
            .sum();
        sum / (sum * sum + ALPHA).sqrt()
    }

    fn sentence_sum(&self, tokens: &[Token]) -> f64 {
        let contrast_at = tokens.iter().rposition(|t| *t == Token::Contrast);
        let concession = concession_range(tokens);
        let ironic_opener = ironic_opener(tokens);
        let mut sum = 0.0;
        for (i, token) in tokens.iter().enumerate() {
            let Token::Term { valence, negatable } = *token else {
                continue;
            };
            let mut v = valence + self.boost(tokens, i, valence);
            if Some(i) == ironic_opener {
                v = -v;
            } else if negatable && self.negated(tokens, i) {
                v *= if valence < 0.0 {
                    NEGATED_NEGATIVE_FACTOR
                } else {
                    NEGATION_FACTOR
                };
            }
            if let Some(c) = contrast_at {
                v *= if i < c { 0.5 } else { 1.5 };
            } else if let Some((from, to)) = concession {
                v *= if (from..to).contains(&i) { 0.5 } else { 1.5 };
            }
            sum += v;
        }
        sum
    }

    /// Boosters in the tokens before a term, fading with distance as in VADER.
    fn boost(&self, tokens: &[Token], i: usize, valence: f64) -> f64 {
        let before = tokens[..i].iter().rev().take(BOOSTER_SCOPE);
        let mut total = 0.0;
        for (distance, token) in before.enumerate() {
            match token {
                Token::Booster(b) if valence != 0.0 => {
                    let fade = [1.0, 0.95, 0.9][distance];
                    total += b.copysign(valence) * fade;
                }
                Token::ClauseEnd => break,
                _ => {}
            }
        }
        total
    }

    /// A negator within scope before the term (not past a clause end), or a post-negator right
    /// after it (within two tokens).
    fn negated(&self, tokens: &[Token], i: usize) -> bool {
        let before = tokens[..i]
            .iter()
            .rev()
            .take(self.rules.negation_scope)
            .take_while(|t| **t != Token::ClauseEnd)
            .any(|t| matches!(t, Token::Negator { .. }));
        // Unspaced text has a token per character between terms: `満足していない` is four.
        let reach = if self.rules.spaced { 2 } else { 4 };
        let after = tokens[i + 1..]
            .iter()
            .take(reach)
            .take_while(|t| !matches!(t, Token::ClauseEnd | Token::Term { .. }))
            .any(|t| matches!(t, Token::NegatorAfter | Token::Negator { also_after: true }));
        before || after
    }

    fn tokens(&self, sentence: &str) -> Vec<Token> {
        if self.rules.spaced {
            self.spaced_tokens(sentence)
        } else {
            self.unspaced_tokens(sentence)
        }
    }

    /// Words, then the longest phrase starting at each word.
    fn spaced_tokens(&self, sentence: &str) -> Vec<Token> {
        let words = words(sentence, self.rules.split_apostrophes);
        let mut tokens = Vec::with_capacity(words.len());
        let mut i = 0;
        while i < words.len() {
            if words[i] == "," {
                tokens.push(Token::ClauseEnd);
                i += 1;
                continue;
            }
            let mut taken = None;
            let most = self.phrase_words.get(words[i]).copied().unwrap_or(1);
            for n in (2..=most.min(words.len() - i)).rev() {
                if words[i..i + n].contains(&",") {
                    continue;
                }
                if let Some(token) = self.classify(&words[i..i + n].join(" "), false) {
                    taken = Some((token, n));
                    break;
                }
            }
            let taken = taken.or_else(|| self.classify(words[i], true).map(|t| (t, 1)));
            let (token, n) = taken.unwrap_or((Token::Word, 1));
            tokens.push(token);
            i += n;
        }
        tokens
    }

    /// Longest match at each character; characters that start no term are skipped.
    fn unspaced_tokens(&self, sentence: &str) -> Vec<Token> {
        let chars: Vec<(usize, char)> = sentence.char_indices().collect();
        let mut tokens = Vec::new();
        let mut i = 0;
        while i < chars.len() {
            if matches!(chars[i].1, '、' | ',' | '，') {
                tokens.push(Token::ClauseEnd);
                i += 1;
                continue;
            }
            let mut taken = None;
            for n in (1..=self.longest.min(chars.len() - i)).rev() {
                let from = chars[i].0;
                let to = chars.get(i + n).map_or(sentence.len(), |c| c.0);
                if let Some(token) = self.classify(&sentence[from..to], false) {
                    taken = Some((token, n));
                    break;
                }
            }
            let (token, n) = taken.unwrap_or((Token::Word, 1));
            tokens.push(token);
            i += n;
        }
        tokens
    }

    /// What a word or phrase is; `None` for a word of no interest. Markers win over terms (a
    /// negator is never scored), exact terms over prefixes, the longest prefix over shorter.
    fn classify(&self, unit: &str, single_word: bool) -> Option<Token> {
        if let Some(marker) = self.markers.get(unit) {
            return Some(marker.clone());
        }
        if let Some(v) = self.exact.get(unit) {
            let holds_negation = self.rules.spaced
                && unit.contains(' ')
                && unit
                    .split(' ')
                    .any(|w| matches!(self.markers.get(w), Some(Token::Negator { .. })));
            return Some(Token::Term {
                valence: *v,
                negatable: !holds_negation,
            });
        }
        if single_word || !self.rules.spaced {
            let longest_prefix = unit
                .char_indices()
                .map(|(i, c)| &unit[..i + c.len_utf8()])
                .rev()
                .find_map(|p| self.prefixes.get(p));
            if let Some(v) = longest_prefix {
                return Some(Token::Term {
                    valence: *v,
                    negatable: true,
                });
            }
        }
        None
    }
}

/// Every marker word of `rules` and what it is. Where a word is in two lists, the earlier kind
/// wins: negators, post-negators, boosters, contrast, concession, irony cues.
fn markers(rules: &LexiconRules) -> HashMap<String, Token> {
    let mut markers = HashMap::new();
    let lower = |w: &String| w.to_lowercase();
    for w in &rules.irony_cues {
        markers.insert(lower(w), Token::IronyCue);
    }
    for w in &rules.concessive {
        markers.insert(lower(w), Token::Concessive);
    }
    for w in &rules.contrast {
        markers.insert(lower(w), Token::Contrast);
    }
    for (w, b) in &rules.boosters {
        markers.insert(lower(w), Token::Booster(*b));
    }
    for w in &rules.negators_after {
        markers.insert(lower(w), Token::NegatorAfter);
    }
    for w in &rules.negators {
        let also_after = rules.negators_after.contains(w);
        markers.insert(lower(w), Token::Negator { also_after });
    }
    markers
}

/// The index of a sentence's ironic opener: its first term, positive, right before a clause end
/// ("Great, ..."), in a sentence that also holds a negative term, or a repetition cue and no
/// other praise ("Great, it works again" is sincere).
fn ironic_opener(tokens: &[Token]) -> Option<usize> {
    let first = tokens
        .iter()
        .position(|t| matches!(t, Token::Term { .. }))?;
    let Token::Term { valence, .. } = tokens[first] else {
        return None;
    };
    let opens = first <= 1 && valence > 0.0 && tokens.get(first + 1) == Some(&Token::ClauseEnd);
    let rest = &tokens[first + 1..];
    let valences = || {
        rest.iter().filter_map(|t| match t {
            Token::Term { valence, .. } => Some(*valence),
            _ => None,
        })
    };
    let negative = valences().any(|v| v < 0.0);
    let repeated = rest.contains(&Token::IronyCue) && !valences().any(|v| v > 0.0);
    (opens && (negative || repeated)).then_some(first)
}

/// The tokens a concessive word covers: from it to the next clause end.
fn concession_range(tokens: &[Token]) -> Option<(usize, usize)> {
    let from = tokens.iter().position(|t| *t == Token::Concessive)?;
    let to = tokens[from..]
        .iter()
        .position(|t| *t == Token::ClauseEnd)
        .map_or(tokens.len(), |n| from + n);
    // A concession that runs to the end of the sentence ("..., although it was slow") covers
    // the clause it opens all the same.
    Some((from, to))
}

/// Sentences: split at `.` `!` `?` `;` and their full-width forms, and at line breaks.
fn sentences(text: &str, spaced: bool) -> impl Iterator<Item = &str> {
    text.split(move |c: char| {
        matches!(c, '!' | '?' | ';' | '\n' | '。' | '！' | '？' | '；') || (spaced && c == '.')
    })
    .filter(|s| !s.trim().is_empty())
}

/// Lower-case words; a comma (or `:`) is kept as its own word, to end a clause.
fn words(sentence: &str, split_apostrophes: bool) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = None;
    let is_word_char = |c: char| {
        c.is_alphanumeric() || c == '-' || (!split_apostrophes && (c == '\'' || c == '’'))
    };
    for (i, c) in sentence.char_indices() {
        if is_word_char(c) {
            start.get_or_insert(i);
            continue;
        }
        if let Some(s) = start.take() {
            out.push(sentence[s..i].trim_matches('-'));
        }
        if matches!(c, ',' | ':' | '—' | '–' | '(' | ')') {
            out.push(",");
        }
    }
    if let Some(s) = start {
        out.push(sentence[s..].trim_matches('-'));
    }
    out.retain(|w| !w.is_empty());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scorer(json: &str) -> LexiconScorer {
        LexiconScorer::new(serde_json::from_str(json).unwrap(), None)
    }

    fn toy() -> LexiconScorer {
        scorer(
            r#"{"language": "xx", "threshold": 0.3, "negators": ["not"], "negatorsAfter": ["nicht"],
                "boosters": {"very": 0.293}, "contrast": ["but"], "concessive": ["although"],
                "lexicon": {"good": 2.0, "bad": -2.0, "satisf*": 1.5, "no problem": 1.0, "problem": -1.0}}"#,
        )
    }

    #[test]
    fn terms_negation_boosters_and_phrases() {
        let s = toy();
        assert!(s.score("good") > 0.4);
        assert!(s.score("not good") < 0.0);
        assert!(s.score("very good") > s.score("good"));
        assert!(s.score("satisfied customer") > 0.3);
        assert!(s.score("no problem at all") > 0.0);
        assert!(s.score("a problem") < 0.0);
        assert!(s.score("good nicht") < 0.0);
        assert_eq!(s.score("nothing to see"), 0.0);
    }

    #[test]
    fn a_negated_negative_is_not_praise() {
        let s = toy();
        assert!(s.score("not bad") > 0.0);
        assert!(s.score("not bad") < s.score("good") / 3.0);
    }

    #[test]
    fn praise_opening_a_sentence_of_repetition_is_ironic() {
        let s = scorer(
            r#"{"language": "xx", "threshold": 0.3, "negators": [], "ironyCues": ["again"],
                "lexicon": {"great": 3.0, "late": -1.0, "works": 1.0}}"#,
        );
        assert!(s.score("Great, late again.") < 0.0);
        assert!(s.score("Great, again the third outage.") < 0.0);
        assert!(s.score("Great, it works again.") > 0.0);
        assert!(s.score("Great service.") > 0.0);
    }

    #[test]
    fn negation_stops_at_a_clause_end() {
        let s = toy();
        assert!(s.score("not today, good") > 0.0);
    }

    #[test]
    fn contrast_and_concession() {
        let s = toy();
        assert!(s.score("good but bad") < 0.0);
        assert!(s.score("bad but good") > 0.0);
        assert!(s.score("although good, bad") < 0.0);
        assert!(s.score("good. bad but good") > 0.0);
    }

    #[test]
    fn unspaced_text_is_read_by_longest_match() {
        let s = scorer(
            r#"{"language": "ja", "spaced": false, "threshold": 0.3, "negators": [],
                "negatorsAfter": ["ない"], "lexicon": {"満足": 2.0, "不満": -2.0}}"#,
        );
        assert!(s.score("お客様は満足された") > 0.3);
        assert!(s.score("お客様は不満を述べた") < -0.3);
        assert!(s.score("満足できない") < 0.0);
        assert!(s.score("満足ない") < 0.0);
    }
}
