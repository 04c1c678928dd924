#!/usr/bin/env python3
"""Independent, adversarial evaluation set for the PII redactor and the sentiment analyser.

Writes tests/data/eval_hard/{pii,sentiment,alignment}.jsonl and README.md.
Python 3 standard library only; deterministic (seed 20261130).  Run from the repository root
(or anywhere):  python3 scripts/make_eval_hard.py

Everything here is written from real-world knowledge (national numbering plans, ITU-T E.123,
how agents type numbers, card/IBAN/SSN rules, contact-centre summary style), not from the
detectors under test.

pii.jsonl
    {"lang": "de", "segments": [["Kunde rief von ", null], ["0172/1234567", "phone"], ...]}
    The text is the concatenation of the segments.  PII labels: phone, email, card, ssn, iban.
    A PII span is exactly the identifier: no surrounding words, brackets or sentence punctuation.
    Parentheses that belong to the number itself ("(0172) 1234567", "(212) 555-0143") and a
    leading "+" are part of the span.  A spoken extension ("ext. 214", "poste 12", "内線123") is
    NOT part of the phone span; DIN 5008 direct-dial suffixes ("030 12345-67") are, because they
    are dialled as one number.  decoy:<kind> marks something a careless detector may take for PII
    but which is not (order/reference/case/ticket/tracking/invoice/account/member/policy numbers of
    9-12 digits, dates, times, amounts, percentages, postcodes, quantities, UUIDs, versions,
    Luhn-failing card-like numbers, IBAN-like strings with bad check digits, SSN-like numbers in
    invalid ranges, BICs, URLs, serial and model numbers).  "account" decoys are customer/CRM
    account numbers, never bank accounts.

sentiment.jsonl
    {"lang": "en", "text": "...", "label": "positive|neutral|negative"}

    Labelling guideline
    -------------------
    - positive: the summary expresses satisfaction, gratitude, praise, or an outcome described in
      evaluative positive terms ("resolved to the customer's satisfaction", "customer was
      pleased").
    - negative: expressed dissatisfaction, anger, frustration, complaint, escalation, a problem
      left unresolved, a threat to cancel, sarcasm that conveys dissatisfaction.
    - neutral: facts and procedures without expressed emotion or evaluation, including routine
      fixes and requests ("Agent reset the password and sent a confirmation e-mail.", "Customer
      reported a billing error; agent explained the charge and opened case 123.").
    Decisions applied consistently:
    - Lexicon-polar words used procedurally ("error", "cancel", "refund", "complaint form",
      "thanks for calling", "kill the process", "no issues found", "not a problem") do not make
      a text polar; only expressed emotion/evaluation does.
    - A routine fix reported as a fact ("Agent fixed the login.") is neutral; the same fix
      described evaluatively ("fixed quickly, customer happy") is positive.
    - A problem that is left unresolved, or an escalation/formal complaint, is negative even if
      the tone is calm.
    - In mixed texts the final, concluding clause decides ("Customer was angry at first, but left
      the call happy" -> positive; "Agent was helpful, yet the customer still wants to cancel"
      -> negative).
    - Negated negatives that express no evaluation ("not angry, just wanted to confirm") are
      neutral; negated negatives that express an evaluation ("could not have been happier") take
      that polarity.
    - Sarcasm is labelled by what it conveys ("Great, a third dropped call this week." ->
      negative).

alignment.jsonl
    {"lang": "en", "summary": "...", "transcriptScore": -62, "relation": "agree|contradict",
     "summaryLabel": "positive|neutral|negative"}
    transcriptScore is on Genesys Cloud's overall conversation sentiment scale (-100..+100).
    contradict: positive summary with score <= -25, or negative summary with score >= +25.
    agree: positive summary with score >= +5, negative summary with score <= -5, neutral summary
    with score in -35..+35.  summaryLabel follows the guideline above.
"""

import json
import os
import random
import re
import sys
import uuid
from collections import Counter

SEED = 20261130
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "data", "eval_hard")
LANGS = ["en", "es", "fr", "de", "ja"]

# ---------------------------------------------------------------------------------------------
# Check-digit arithmetic
# ---------------------------------------------------------------------------------------------


def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(partial):
    """Append the check digit that makes partial+digit Luhn-valid."""
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError


IBAN_LEN = {"GB": 22, "IE": 22, "ES": 24, "FR": 27, "DE": 22, "AT": 20, "CH": 21, "BE": 16,
            "NL": 18, "IT": 27}


def _iban_numeric(s):
    return "".join(str(int(c, 36)) for c in s)


def iban_mod97(iban):
    compact = iban.replace(" ", "").replace("\n", "").upper()
    return int(_iban_numeric(compact[4:] + compact[:4])) % 97


def iban_ok(iban):
    compact = iban.replace(" ", "").replace("\n", "").upper()
    cc = compact[:2]
    return (cc in IBAN_LEN and len(compact) == IBAN_LEN[cc] and compact[2:4].isdigit()
            and iban_mod97(compact) == 1)


def iban_from_bban(cc, bban):
    check = 98 - int(_iban_numeric(bban + cc + "00")) % 97
    return "%s%02d%s" % (cc, check, bban)


def ssn_valid_parts(area, group, serial):
    return (area not in (0, 666) and area < 900 and group != 0 and serial != 0)


def ssn_ok(s):
    digits = re.sub(r"\D", "", s)
    if len(digits) != 9:
        return False
    return ssn_valid_parts(int(digits[:3]), int(digits[3:5]), int(digits[5:]))


# Very rough "could a person dial this?" test for plain digit strings, used only to keep the
# 9-12 digit identifier decoys away from anything dialable in the 15 countries covered (and
# from a country code typed without "+").
_CC = ("1", "7", "31", "32", "33", "34", "39", "41", "43", "44", "49", "52", "54", "61", "81",
       "353")


def looks_dialable(digits):
    n = len(digits)
    if digits.startswith("000"):
        return False
    if digits.startswith("0"):
        return True
    if n <= 8:
        return True
    if n == 9:
        return digits[0] in "56789"
    if n == 10:
        if digits[0] in "23456789":
            return True  # NANP / Mexico / Argentina (2xx, 3xx)
        return digits[:2] in ("11", "15")
    return any(digits.startswith(cc) for cc in _CC)


# ---------------------------------------------------------------------------------------------
# Random helpers
# ---------------------------------------------------------------------------------------------

R = random.Random(SEED)


def dg(n, first="0123456789"):
    if n <= 0:
        return ""
    return R.choice(first) + "".join(R.choice("0123456789") for _ in range(n - 1))


def group(s, sizes, sep=" "):
    out, i = [], 0
    for k in sizes:
        if k:
            out.append(s[i:i + k])
        i += k
    assert i == len(s), (s, sizes)
    return sep.join(out)


def pick(seq):
    return R.choice(seq)


def wpick(pairs):
    """pairs: [(weight, value), ...]"""
    total = sum(w for w, _ in pairs)
    x = R.random() * total
    for w, v in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][1]


FW_TABLE = {ord(c): chr(ord(c) + 0xFEE0) for c in "0123456789+()"}
FW_TABLE[ord("-")] = "\uFF0D"
FW_TABLE[ord(" ")] = "\u3000"
FW_TABLE[ord(",")] = "\uFF0C"
FW_TABLE[ord(".")] = "\uFF0E"
FW_TABLE[ord("%")] = "\uFF05"


def fullwidth(s):
    return s.translate(FW_TABLE)


def break_line(s):
    """Replace one inner space with a line break (as when a summary is wrapped mid-number)."""
    idx = [i for i, c in enumerate(s) if c == " "]
    if not idx:
        return s
    i = pick(idx)
    return s[:i] + "\n" + s[i + 1:]


PHONE_WANT = [None]  # "mob" / "fix" when the sentence says mobile / landline
NON_FIXED = ("mob", "free", "biz", "service", "ip")


def kind_pick(pairs):
    want = PHONE_WANT[0]
    kinds = [k for _, k in pairs]
    if want == "mob" and "mob" in kinds:
        return "mob"
    if want == "fix" and "mob" in kinds:
        return wpick([(w, k) for w, k in pairs if k not in NON_FIXED])
    return wpick(pairs)


# ---------------------------------------------------------------------------------------------
# Phone numbers, per country, in the formats people say and agents type
# ---------------------------------------------------------------------------------------------

NANP_AREAS = {
    "US": ["212", "646", "718", "917", "312", "773", "415", "213", "310", "617", "202", "305",
           "404", "512", "602", "702", "206", "303", "215", "713", "469", "614", "248"],
    "CA": ["416", "647", "604", "778", "514", "438", "613", "403", "780", "902", "418", "450",
           "905", "819"],
}
NANP_TOLLFREE = ["800", "888", "877", "866", "855", "844", "833"]


def _nanp_parts(cc):
    area = pick(NANP_AREAS[cc])
    if R.random() < 0.3:
        exch, line = "555", "01" + dg(2)
    else:
        exch = dg(1, "23456789") + dg(2)
        while exch[1:] == "11":
            exch = dg(1, "23456789") + dg(2)
        line = dg(4)
    return area, exch, line


def phone_nanp(cc, style, fr=False):
    if R.random() < 0.07:
        area = pick(NANP_TOLLFREE)
        exch, line = ("555", "01" + dg(2)) if R.random() < 0.5 else (dg(1, "2345678") + dg(2), dg(4))
        opts = ["1-%s-%s-%s", "1 (%s) %s-%s", "1 %s %s %s", "%s-%s-%s", "(%s) %s-%s"]
        if fr:
            opts.append("1 %s %s-%s")
        return pick(opts) % (area, exch, line)
    a, e, l = _nanp_parts(cc)
    if style == "intl":
        return pick(["+1 %s %s %s", "+1 (%s) %s-%s", "+1-%s-%s-%s", "001 %s %s %s",
                     "+1 %s-%s-%s"]) % (a, e, l)
    if style == "compact":
        return "+1%s%s%s" % (a, e, l)
    if style == "plain":
        return a + e + l
    opts = ["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "%s %s %s", "1-%s-%s-%s"]
    if fr:
        opts += ["%s %s-%s", "(%s) %s-%s", "%s-%s-%s"]
    return pick(opts) % (a, e, l)


def phone_gb(style):
    kind = kind_pick([(5, "mob"), (3, "lon"), (3, "geo"), (0.6, "free")])
    if kind == "mob":
        nsn = "7" + pick(["4", "5", "7", "8", "9"]) + dg(8)
        nat = pick([group("0" + nsn, [5, 6]), group("0" + nsn, [5, 3, 3]), "0" + nsn,
                    group("0" + nsn, [4, 3, 4])])
        intl = pick(["+44 " + group(nsn, [4, 6]), "+44 (0)" + group(nsn, [4, 6]),
                     "0044 " + group(nsn, [4, 6]), "+44 " + group(nsn, [4, 3, 3])])
    elif kind == "lon":
        nsn = "20" + pick("378") + dg(7)
        nat = pick([group("0" + nsn, [3, 4, 4]), "(020) " + group(nsn[2:], [4, 4]),
                    group("0" + nsn, [4, 3, 4]), "0" + nsn])
        intl = pick(["+44 " + group(nsn, [2, 4, 4]), "+44 (0)" + group(nsn, [2, 4, 4]),
                     "0044 " + group(nsn, [2, 4, 4])])
    elif kind == "geo":
        code = pick(["161", "113", "121", "131", "141", "117", "151", "114", "1632", "1223",
                     "1865", "1904"])
        nsn = code + dg(10 - len(code), "2345678")
        sizes = [len(code), 3, 10 - len(code) - 3] if len(code) == 3 else [len(code), 6]
        nat = pick([group("0" + nsn, [sizes[0] + 1] + sizes[1:]),
                    "(0" + code + ") " + group(nsn[len(code):], sizes[1:])])
        intl = pick(["+44 " + group(nsn, sizes), "0044 " + group(nsn, sizes)])
    else:
        nsn = pick(["800", "808", "345", "333"]) + dg(7)
        nat = group("0" + nsn, [4, 3, 4])
        intl = "+44 " + group(nsn, [3, 3, 4])
    return _style(style, nat, intl, "+44" + nsn, "0" + nsn)


def _style(style, nat, intl, compact, plain):
    if style == "intl":
        return intl
    if style == "compact":
        return compact
    if style == "plain":
        return plain
    if style == "nat":
        return nat
    return wpick([(6, nat), (3, intl), (1, compact), (1, plain)])


def phone_ie(style):
    kind = kind_pick([(5, "mob"), (3, "dub"), (2, "geo"), (0.6, "free")])
    if kind == "mob":
        nsn = "8" + pick("35679") + dg(7)
        nat = pick([group("0" + nsn, [3, 3, 4]), "0" + nsn, group("0" + nsn, [3, 7])])
        intl = pick(["+353 " + group(nsn, [2, 3, 4]), "00353 " + group(nsn, [2, 3, 4]),
                     "+353 (0)" + group(nsn, [2, 3, 4])])
    elif kind == "dub":
        nsn = "1" + dg(7, "2345689")
        nat = pick([group("0" + nsn, [2, 3, 4]), "(01) " + group(nsn[1:], [3, 4])])
        intl = pick(["+353 " + group(nsn, [1, 3, 4]), "00353 " + group(nsn, [1, 3, 4])])
    elif kind == "geo":
        code = pick(["21", "61", "91", "51", "66", "74"])
        nsn = code + dg(7, "2345689")
        nat = group("0" + nsn, [3, 3, 4])
        intl = "+353 " + group(nsn, [2, 3, 4])
    else:
        pre = pick(["1800", "1850"])
        num = pre + dg(6)
        return group(num, [4, 3, 3])
    return _style(style, nat, intl, "+353" + nsn, "0" + nsn)


def phone_au(style):
    kind = kind_pick([(5, "mob"), (4, "geo"), (0.6, "biz")])
    if kind == "mob":
        nsn = "4" + dg(8)
        nat = pick([group("0" + nsn, [4, 3, 3]), "0" + nsn, group("0" + nsn, [4, 6])])
        intl = pick(["+61 " + group(nsn, [3, 3, 3]), "+61 " + group(nsn, [1, 4, 4]),
                     "0061 " + group(nsn, [3, 3, 3])])
    elif kind == "geo":
        area = pick("2378")
        nsn = area + pick("3456789") + dg(7)
        nat = pick(["(0%s) %s" % (area, group(nsn[1:], [4, 4])), group("0" + nsn, [2, 4, 4])])
        intl = pick(["+61 " + group(nsn, [1, 4, 4]), "+61 (0)" + group(nsn, [1, 4, 4])])
    else:
        return group(pick(["1300", "1800"]) + dg(6), [4, 3, 3])
    return _style(style, nat, intl, "+61" + nsn, "0" + nsn)


def phone_es(style):
    kind = kind_pick([(6, "mob"), (4, "geo"), (0.6, "free")])
    if kind == "mob":
        nsn = "6" + dg(8) if R.random() < 0.8 else "7" + dg(1, "1234") + dg(7)
        nat = pick([group(nsn, [3, 3, 3]), group(nsn, [3, 2, 2, 2]), nsn, group(nsn, [3, 3, 3], "-"),
                    group(nsn, [3, 2, 2, 2], ".")])
    elif kind == "geo":
        if R.random() < 0.6:
            nsn = pick(["91", "93"]) + dg(7)
            nat = pick([group(nsn, [2, 3, 2, 2]), group(nsn, [3, 3, 3]), nsn])
        else:
            nsn = pick(["954", "955", "963", "961", "976", "981", "985", "944", "968", "971",
                        "928", "922"]) + dg(6)
            nat = pick([group(nsn, [3, 2, 2, 2]), group(nsn, [3, 3, 3]), nsn])
    else:
        nsn = pick(["900", "800"]) + dg(6)
        nat = group(nsn, [3, 3, 3])
    intl = pick(["+34 " + nat, "0034 " + nat, "(+34) " + nat, "+34 " + group(nsn, [3, 3, 3])])
    return _style(style, nat, intl, "+34" + nsn, nsn)


def phone_mx(style):
    kind = kind_pick([(5, "two"), (3, "three"), (0.6, "free")])
    if kind == "two":
        area = pick(["55", "33", "81"])
        rest = dg(8, "123456789")
        nsn = area + rest
        nat = pick([area + " " + group(rest, [4, 4]), "(%s) %s" % (area, group(rest, [4, 4])),
                    area + "-" + group(rest, [4, 4], "-"), nsn, "(%s) %s" % (area, group(rest, [4, 4], "-"))])
        intl = pick(["+52 " + area + " " + group(rest, [4, 4]), "+52 1 " + area + " " + group(rest, [4, 4]),
                     "+52 (%s) %s" % (area, group(rest, [4, 4], "-"))])
    elif kind == "three":
        area = pick(["222", "442", "477", "664", "686", "999", "998", "614", "871", "229"])
        rest = dg(7, "123456789")
        nsn = area + rest
        nat = pick([area + " " + group(rest, [3, 4]), "(%s) %s" % (area, group(rest, [3, 4], "-")), nsn])
        intl = "+52 " + area + " " + group(rest, [3, 4])
    else:
        nsn = "800" + dg(7, "123456789")
        nat = pick([group(nsn, [3, 3, 4]), "01 " + group(nsn, [3, 3, 4]), group(nsn, [3, 3, 4], "-")])
        intl = nat
    return _style(style, nat, intl, "+52" + nsn, nsn)


def phone_ar(style):
    kind = kind_pick([(4, "mob"), (4, "ba"), (2, "prov"), (0.6, "free")])
    if kind == "mob":
        area = pick(["11", "11", "351", "341", "261"])
        sub = dg(10 - len(area), "2345679")
        a, b = sub[:-4], sub[-4:]
        nat = pick(["%s 15-%s-%s" % (area, a, b), "0%s 15 %s-%s" % (area, a, b),
                    "(0%s) 15-%s-%s" % (area, a, b), "15-%s-%s" % (a, b) if area == "11" else "0%s 15 %s %s" % (area, a, b)])
        intl = pick(["+54 9 %s %s-%s" % (area, a, b), "+54 9 %s %s %s" % (area, a, b), "+549%s%s%s" % (area, a, b)])
        compact = "+549" + area + sub
        plain = "0" + area + "15" + sub
    elif kind == "ba":
        sub = dg(8, "2345679")
        nat = pick(["011 %s-%s" % (sub[:4], sub[4:]), "(011) %s-%s" % (sub[:4], sub[4:]),
                    "11 %s-%s" % (sub[:4], sub[4:]), "%s-%s" % (sub[:4], sub[4:])])
        intl = pick(["+54 11 %s-%s" % (sub[:4], sub[4:]), "+54 11 %s %s" % (sub[:4], sub[4:])])
        compact, plain = "+5411" + sub, "011" + sub
    elif kind == "prov":
        area = pick(["351", "341", "261", "221", "381", "299"])
        sub = dg(7, "2345679")
        nat = pick(["0%s %s-%s" % (area, sub[:3], sub[3:]), "(0%s) %s-%s" % (area, sub[:3], sub[3:])])
        intl = "+54 %s %s %s" % (area, sub[:3], sub[3:])
        compact, plain = "+54" + area + sub, "0" + area + sub
    else:
        n = "0800" + dg(7, "23456789")
        return pick([group(n, [4, 3, 4]), group(n, [4, 3, 4], "-")])
    return _style(style, nat, intl, compact, plain)


def phone_fr(style):
    kind = kind_pick([(5, "mob"), (4, "geo"), (0.6, "free")])
    if kind == "mob":
        nsn = "6" + dg(8) if R.random() < 0.75 else "7" + pick("3456789") + dg(7)
    elif kind == "geo":
        nsn = pick("12345") + dg(8)
        if R.random() < 0.2:
            nsn = "9" + dg(8)
    else:
        nsn = pick(["800", "805", "809"]) + dg(6)
        nat = pick(["0 %s %s %s %s" % (nsn[:3], nsn[3:5], nsn[5:7], nsn[7:]), "0" + nsn[:3] + " " + group(nsn[3:], [3, 3])])
        return nat if style != "intl" else "+33 " + group(nsn, [1, 2, 2, 2, 2])
    n10 = "0" + nsn
    nat = pick([group(n10, [2, 2, 2, 2, 2]), group(n10, [2, 2, 2, 2, 2], "."),
                group(n10, [2, 2, 2, 2, 2], "-"), n10, group(n10, [2, 2, 2, 2, 2])])
    intl = pick(["+33 " + group(nsn, [1, 2, 2, 2, 2]), "+33 (0)" + group(nsn, [1, 2, 2, 2, 2]),
                 "0033 " + group(nsn, [1, 2, 2, 2, 2]), "+33 " + group(nsn, [1, 2, 2, 2, 2], ".")])
    return _style(style, nat, intl, "+33" + nsn, n10)


def phone_be(style):
    kind = kind_pick([(5, "mob"), (3, "big"), (2, "zone"), (0.6, "free")])
    if kind == "mob":
        nsn = "4" + pick(["70", "71", "72", "73", "75", "76", "77", "78", "79", "84", "85", "86",
                          "87", "88", "89", "90", "91", "92", "93", "94", "95", "96", "97", "98", "99"]) + dg(6)
        nat = pick(["0%s %s %s %s" % (nsn[:3], nsn[3:5], nsn[5:7], nsn[7:]),
                    "0%s/%s.%s.%s" % (nsn[:3], nsn[3:5], nsn[5:7], nsn[7:]),
                    "0%s %s" % (nsn[:3], group(nsn[3:], [3, 3])), "0%s/%s" % (nsn[:3], group(nsn[3:], [2, 2, 2])),
                    "0" + nsn])
        intl = pick(["+32 %s %s %s %s" % (nsn[:3], nsn[3:5], nsn[5:7], nsn[7:]),
                     "0032 %s %s" % (nsn[:3], group(nsn[3:], [2, 2, 2]))])
    elif kind == "big":
        nsn = pick("234") + dg(7, "2345678")
        nat = pick(["0%s %s %s %s" % (nsn[0], nsn[1:4], nsn[4:6], nsn[6:]),
                    "0%s/%s.%s.%s" % (nsn[0], nsn[1:4], nsn[4:6], nsn[6:])])
        intl = "+32 %s %s %s %s" % (nsn[0], nsn[1:4], nsn[4:6], nsn[6:])
    elif kind == "zone":
        nsn = pick(["10", "16", "50", "56", "64", "65", "71", "81", "87", "89"]) + dg(6, "2345678")
        nat = "0%s %s %s %s" % (nsn[:2], nsn[2:4], nsn[4:6], nsn[6:])
        intl = "+32 %s %s %s %s" % (nsn[:2], nsn[2:4], nsn[4:6], nsn[6:])
    else:
        n = "0800" + dg(5)
        return "0800 " + group(n[4:], [2, 3])
    return _style(style, nat, intl, "+32" + nsn, "0" + nsn)


def phone_ch(style):
    kind = kind_pick([(5, "mob"), (4, "geo"), (0.6, "free")])
    if kind == "mob":
        nsn = pick(["76", "77", "78", "79"]) + dg(7)
    elif kind == "geo":
        nsn = pick(["44", "43", "22", "21", "31", "61", "41", "71", "52", "91", "27", "26"]) + dg(7, "2345678")
    else:
        nsn = pick(["800", "848"]) + dg(6)
        nat = "0%s %s %s" % (nsn[:3], nsn[3:6], nsn[6:])
        return nat if style != "intl" else "+41 %s %s %s" % (nsn[:3], nsn[3:6], nsn[6:])
    fmt = "%s %s %s %s" % (nsn[:2], nsn[2:5], nsn[5:7], nsn[7:])
    nat = pick(["0" + fmt, "0" + nsn, "0%s/%s %s %s" % (nsn[:2], nsn[2:5], nsn[5:7], nsn[7:]),
                "0%s %s" % (nsn[:2], nsn[2:])])
    intl = pick(["+41 " + fmt, "0041 " + fmt, "+41 (0)" + fmt, "+41 %s %s %s" % (nsn[:2], nsn[2:5], nsn[5:])])
    return _style(style, nat, intl, "+41" + nsn, "0" + nsn)


def phone_de(style):
    kind = kind_pick([(5, "mob"), (5, "geo"), (0.6, "service")])
    if kind == "mob":
        pre = pick(["151", "152", "157", "159", "160", "162", "163", "170", "171", "172", "173",
                    "174", "175", "176", "177", "178", "179"])
        sub = dg(8 if pre[:2] == "15" else 7, "123456789")
        nsn = pre + sub
        nat = pick(["0%s %s" % (pre, sub), "0%s/%s" % (pre, sub), "(0%s) %s" % (pre, sub),
                    "0%s-%s" % (pre, sub), "0%s %s %s" % (pre, sub[:3], sub[3:]),
                    "0" + nsn, "0%s %s" % (pre, group(sub, [2, 2] + [len(sub) - 4])),
                    "0%s / %s" % (pre, sub)])
        intl = pick(["+49 %s %s" % (pre, sub), "+49 (0)%s %s" % (pre, sub), "0049 %s %s" % (pre, sub),
                     "+49 %s %s %s" % (pre, sub[:3], sub[3:]), "+49%s %s" % (pre, sub)])
    elif kind == "geo":
        area = pick(["30", "40", "89", "69", "221", "211", "711", "341", "351", "511", "911",
                     "421", "231", "201", "6221", "7531", "3581"])
        sub_len = {2: 8, 3: 7, 4: 6}[len(area)] - (1 if R.random() < 0.3 else 0)
        sub = dg(sub_len, "23456789")
        nsn = area + sub
        nat = pick(["0%s %s" % (area, sub), "0%s/%s" % (area, sub), "(0%s) %s" % (area, sub),
                    "0%s %s" % (area, group(sub, [3, 2, len(sub) - 5])), "0%s-%s" % (area, sub),
                    "0%s %s-%s" % (area, sub[:-2], sub[-2:]), "0" + nsn])
        intl = pick(["+49 %s %s" % (area, sub), "0049 %s %s" % (area, sub), "+49 (0)%s %s" % (area, sub),
                     "+49 %s %s-%s" % (area, sub[:-2], sub[-2:])])
    else:
        nsn = pick(["800", "800", "180 5"]) + " " + dg(6 if R.random() < 0.5 else 7, "123456789")
        nat = "0" + nsn
        return nat if style != "intl" else "+49 " + nsn
    return _style(style, nat, intl, "+49" + nsn, "0" + nsn)


def phone_at(style):
    kind = kind_pick([(5, "mob"), (4, "geo"), (0.6, "free")])
    if kind == "mob":
        pre = pick(["664", "660", "676", "699", "650", "681", "688"])
        sub = dg(7, "123456789")
        nsn = pre + sub
        nat = pick(["0%s %s" % (pre, sub), "0%s/%s" % (pre, sub), "0%s %s %s %s" % (pre, sub[:3], sub[3:5], sub[5:]),
                    "0" + nsn, "0%s %s" % (pre, group(sub, [3, 4]))])
        intl = pick(["+43 %s %s" % (pre, sub), "+43 (0)%s %s" % (pre, sub), "0043 %s %s" % (pre, sub),
                     "+43 %s %s %s %s" % (pre, sub[:3], sub[3:5], sub[5:])])
    elif kind == "geo":
        area = pick(["1", "1", "316", "512", "662", "732", "463"])
        sub = dg(7 if area == "1" else 6, "2345678")
        nsn = area + sub
        nat = pick(["0%s %s" % (area, group(sub, [3, 2, 2] if len(sub) == 7 else [2, 2, 2])),
                    "0%s/%s" % (area, sub), "0%s %s" % (area, sub), "0%s-%s" % (area, sub)])
        intl = pick(["+43 %s %s" % (area, sub), "+43 %s %s" % (area, group(sub, [3, 2, 2] if len(sub) == 7 else [2, 2, 2]))])
    else:
        nsn = "800" + dg(6, "123456789")
        return "0800 " + group(nsn[3:], [3, 3])
    return _style(style, nat, intl, "+43" + nsn, "0" + nsn)


def phone_jp(style):
    kind = kind_pick([(6, "mob"), (4, "geo"), (0.7, "free"), (0.7, "ip")])
    if kind == "mob":
        a, b, c = pick(["90", "80", "70"]), dg(4, "123456789"), dg(4)
        nat = pick(["0%s-%s-%s" % (a, b, c), "0%s%s%s" % (a, b, c), "0%s %s %s" % (a, b, c),
                    "(0%s)%s-%s" % (a, b, c), "0%s-%s-%s" % (a, b, c)])
        intl = pick(["+81 %s-%s-%s" % (a, b, c), "+81 %s %s %s" % (a, b, c), "+81-%s-%s-%s" % (a, b, c)])
        nsn = a + b + c
    elif kind == "geo":
        area = pick(["3", "3", "6", "45", "52", "11", "92", "75", "78", "22", "466", "742", "538", "956", "1564"])
        sub_len = 8 - len(area) + 1
        local = dg(sub_len, "23456789")
        # area + exchange + 4-digit line, total nine digits after the trunk 0
        exch, line = local[:-4], local[-4:]
        nat = pick(["0%s-%s-%s" % (area, exch, line), "(0%s)%s-%s" % (area, exch, line),
                    "0%s(%s)%s" % (area, exch, line), "0%s %s %s" % (area, exch, line),
                    "0%s-%s-%s" % (area, exch, line)])
        intl = pick(["+81 %s %s %s" % (area, exch, line), "+81-%s-%s-%s" % (area, exch, line)])
        nsn = area + exch + line
    elif kind == "free":
        if R.random() < 0.6:
            b, c = dg(3), dg(3)
            return pick(["0120-%s-%s" % (b, c), "0120-%s-%s" % (b[:2], b[2:] + c)])
        return pick(["0800-%s-%s" % (dg(3), dg(4)), "0570-%s-%s" % (dg(3), dg(3))])
    else:
        b, c = dg(4, "123456789"), dg(4)
        nat, intl, nsn = "050-%s-%s" % (b, c), "+81 50-%s-%s" % (b, c), "50" + b + c
    return _style(style, nat, intl, "+81" + nsn, "0" + nsn)


PHONE_FN = {
    "US": lambda s: phone_nanp("US", s), "CA": lambda s: phone_nanp("CA", s),
    "CAfr": lambda s: phone_nanp("CA", s, fr=True),
    "GB": phone_gb, "IE": phone_ie, "AU": phone_au, "ES": phone_es, "MX": phone_mx,
    "AR": phone_ar, "FR": phone_fr, "BE": phone_be, "CH": phone_ch, "DE": phone_de,
    "AT": phone_at, "JP": phone_jp,
}

# Locales (countries) per language with weights; a text draws one and uses it for phone,
# amount, date, postcode.
LOCALES = {
    "en": [(4, "US"), (1, "CA"), (3, "GB"), (1, "IE"), (1, "AU")],
    "es": [(5, "ES"), (3, "MX"), (2, "AR"), (1, "US")],
    "fr": [(5, "FR"), (2, "BE"), (2, "CH"), (2, "CA")],
    "de": [(5, "DE"), (2, "AT"), (2, "CH")],
    "ja": [(1, "JP")],
}


def make_phone(loc, lang, style="any", want=None):
    key = "CAfr" if (loc == "CA" and lang == "fr") else loc
    PHONE_WANT[0] = want
    try:
        return PHONE_FN[key](style)
    finally:
        PHONE_WANT[0] = None


# ---------------------------------------------------------------------------------------------
# E-mail addresses
# ---------------------------------------------------------------------------------------------

EMAIL_NAMES = {
    "en": (["john", "sarah", "michael", "emma", "david", "laura", "james", "olivia", "chris",
            "rachel", "liam", "aoife", "siobhan", "mitch", "priya", "daniel", "megan", "tom"],
           ["smith", "jones", "taylor", "brown", "walsh", "murphy", "obrien", "nguyen", "patel",
            "wilson", "kelly", "macdonald", "clarke", "okafor", "hughes", "bennett"]),
    "es": (["maria", "jose", "lucia", "javier", "carmen", "alejandro", "sofia", "diego",
            "valentina", "martin", "camila", "pablo", "marisol", "andres"],
           ["garcia", "fernandez", "lopez", "martinez", "rodriguez", "sanchez", "perez",
            "gonzalez", "romero", "alvarez", "gomez", "ruiz", "herrera", "castillo"]),
    "fr": (["jean", "marie", "pierre", "camille", "nicolas", "julie", "thomas", "sophie", "luc",
            "chloe", "antoine", "elodie", "mathieu", "ines"],
           ["martin", "bernard", "dubois", "durand", "lefebvre", "moreau", "laurent", "girard",
            "dupont", "lambert", "tremblay", "gagnon", "peeters", "favre", "rochat"]),
    "de": (["anna", "thomas", "stefan", "julia", "markus", "sabine", "lukas", "katrin", "jens",
            "petra", "florian", "lena", "juergen", "birgit"],
           ["mueller", "schmidt", "schneider", "fischer", "weber", "meyer", "wagner", "becker",
            "hoffmann", "schaefer", "huber", "gruber", "keller", "baumann", "koenig"]),
    "ja": (["hiroshi", "yuki", "akiko", "kenji", "naoko", "takumi", "haruka", "daisuke", "megumi",
            "shota", "ayaka", "ryo"],
           ["tanaka", "suzuki", "sato", "takahashi", "watanabe", "ito", "yamamoto", "nakamura",
            "kobayashi", "kato", "yoshida", "matsumoto"]),
}
EMAIL_DOMAINS = {
    "US": ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "comcast.net", "aol.com",
           "mail.harbor-dental.com", "sales.northwind-traders.com", "att.net"],
    "CA": ["gmail.com", "shaw.ca", "sympatico.ca", "rogers.com", "outlook.com"],
    "GB": ["gmail.com", "hotmail.co.uk", "btinternet.com", "outlook.com", "yahoo.co.uk",
           "sky.com", "mail.harrison-legal.co.uk", "talktalk.net"],
    "IE": ["gmail.com", "eircom.net", "outlook.ie", "hotmail.com", "iol.ie"],
    "AU": ["gmail.com", "bigpond.com", "outlook.com.au", "optusnet.com.au", "icloud.com"],
    "ES": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net", "outlook.es",
           "correo.ugr.es", "movistar.es"],
    "MX": ["gmail.com", "hotmail.com", "prodigy.net.mx", "outlook.com", "yahoo.com.mx",
           "ventas.ferreteria-lopez.com.mx"],
    "AR": ["gmail.com", "yahoo.com.ar", "fibertel.com.ar", "hotmail.com", "live.com.ar"],
    "FR": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "gmail.com", "wanadoo.fr",
           "hotmail.fr", "mail.cabinet-moreau.fr"],
    "BE": ["skynet.be", "proximus.be", "gmail.com", "telenet.be", "hotmail.be"],
    "CH": ["bluewin.ch", "gmx.ch", "gmail.com", "hispeed.ch", "sunrise.ch"],
    "DE": ["web.de", "gmx.de", "gmx.net", "t-online.de", "freenet.de", "posteo.de",
           "outlook.de", "buero.schmidt-partner.de", "googlemail.com"],
    "AT": ["gmx.at", "aon.at", "a1.net", "chello.at", "gmail.com"],
    "JP": ["docomo.ne.jp", "ezweb.ne.jp", "au.com", "i.softbank.jp", "softbank.ne.jp",
           "yahoo.co.jp", "gmail.com", "icloud.com", "nifty.com", "mail.tanaka-kogyo.co.jp"],
}


def make_email(lang, loc):
    firsts, lasts = EMAIL_NAMES[lang]
    f, l = pick(firsts), pick(lasts)
    dom = pick(EMAIL_DOMAINS["CH" if loc == "CH" else loc] if loc in EMAIL_DOMAINS else EMAIL_DOMAINS["US"])
    yr = str(R.randint(1958, 2004))
    tag = pick(["shop", "bills", "amazon", "news", "work", "orders", "insurance", "2024"])
    local = wpick([
        (5, f + "." + l), (2, f[0] + "." + l), (2, f + l), (2, f + "_" + l),
        (3, f + "." + l + "+" + tag), (2, l + "." + f + yr[-2:]), (1, f + "-" + l),
        (1, f + l[0] + yr), (1, f[0] + l + yr[-2:]), (1, f + "." + l + "-" + dg(2, "123456789")),
        (1, l + "-" + f + "+" + tag),
    ])
    if lang == "de" and R.random() < 0.15:
        local = f + "-" + pick(["marie", "sophie", "lena", "christin"]) + "." + l
    addr = local + "@" + dom
    r = R.random()
    if r < 0.10:
        addr = addr.upper()
    elif r < 0.25:
        parts = re.split(r"([._+\-@])", local)
        addr = "".join(p.capitalize() for p in parts) + "@" + dom
    return addr


# ---------------------------------------------------------------------------------------------
# Payment cards
# ---------------------------------------------------------------------------------------------


def card_digits(brand=None):
    brand = brand or wpick([(5, "visa"), (4, "mc"), (1, "mc2"), (2, "amex"), (1, "disc"),
                            (1, "jcb"), (1, "diners")])
    if brand == "visa":
        pre, n = "4" + dg(5), 16
    elif brand == "mc":
        pre, n = "5" + pick("12345") + dg(4), 16
    elif brand == "mc2":
        pre, n = str(R.randint(2221, 2720)) + dg(2), 16
    elif brand == "amex":
        pre, n = pick(["34", "37"]) + dg(4), 15
    elif brand == "disc":
        pre, n = pick(["6011", "65" + dg(2), str(R.randint(644, 649)) + dg(1)]) + dg(2), 16
    elif brand == "jcb":
        pre, n = str(R.randint(3528, 3589)) + dg(2), 16
    else:
        pre, n = pick(["36" + dg(4), str(R.randint(300, 305)) + dg(3)]), 14
    return brand, luhn_complete(pre + dg(n - len(pre) - 1))


def format_card(num):
    sep = wpick([(6, " "), (2, "-"), (2, "")])
    if len(num) == 16:
        return group(num, [4, 4, 4, 4], sep)
    if len(num) == 15:
        return group(num, [4, 6, 5], sep)
    return group(num, [4, 6, 4], sep)


def make_card():
    _, num = card_digits()
    return format_card(num)


def make_card_bad():
    _, num = card_digits()
    last = int(num[-1])
    num = num[:-1] + str((last + R.randint(1, 9)) % 10)
    assert not luhn_ok(num)
    return format_card(num)


# ---------------------------------------------------------------------------------------------
# SSN
# ---------------------------------------------------------------------------------------------


def _ssn_parts_valid():
    while True:
        area = R.randint(1, 899)
        if area != 666:
            break
    return area, R.randint(1, 99), R.randint(1, 9999)


def make_ssn(style="fmt"):
    a, g, s = _ssn_parts_valid()
    if style == "bare":
        return "%03d%02d%04d" % (a, g, s)
    sep = wpick([(7, "-"), (3, " ")])
    return "%03d%s%02d%s%04d" % (a, sep, g, sep, s)


def make_ssn_bad():
    a, g, s = _ssn_parts_valid()
    defect = pick(["000", "666", "9xx", "g00", "s0000"])
    if defect == "000":
        a = 0
    elif defect == "666":
        a = 666
    elif defect == "9xx":
        a = R.randint(900, 999)
    elif defect == "g00":
        g = 0
    else:
        s = 0
    out = "%03d-%02d-%04d" % (a, g, s) if R.random() < 0.8 else "%03d %02d %04d" % (a, g, s)
    assert not ssn_ok(out)
    return out


# ---------------------------------------------------------------------------------------------
# IBAN
# ---------------------------------------------------------------------------------------------


def _es_dc(ten):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    d = 11 - sum(int(c) * k for c, k in zip(ten, w)) % 11
    return {11: 0, 10: 1}.get(d, d)


def _it_cin(s22):
    odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21]
    total = 0
    for i, c in enumerate(s22):
        total += odd[int(c)] if i % 2 == 0 else int(c)
    return chr(65 + total % 26)


def make_bban(cc):
    if cc == "GB":
        return pick(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA"]) + dg(6) + dg(8)
    if cc == "IE":
        return pick(["AIBK", "BOFI", "IPBS", "ULSB"]) + pick(["93", "90", "98", "99"]) + dg(4) + dg(8)
    if cc == "ES":
        bank, branch, acct = pick(["2100", "0049", "0182", "2038", "0081", "1465", "2085"]), dg(4), dg(10)
        return bank + branch + str(_es_dc("00" + bank + branch)) + str(_es_dc(acct)) + acct
    if cc == "FR":
        bank, branch, acct = pick(["30004", "30003", "20041", "10107", "30002", "18206", "17515"]), dg(5), dg(11)
        key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97
        return bank + branch + acct + "%02d" % key
    if cc == "DE":
        return pick(["37040044", "10070000", "50010517", "20050550", "76050101", "12030000",
                     "70150000", "43060967"]) + dg(10)
    if cc == "AT":
        return pick(["20111", "12000", "14000", "32000", "38000", "20815"]) + dg(11)
    if cc == "CH":
        return pick(["00762", "00230", "00700", "09000", "00235", "08390"]) + dg(12)
    if cc == "BE":
        first = pick(["001", "068", "310", "363", "539", "735", "096", "143"]) + dg(7)
        chk = int(first) % 97 or 97
        return first + "%02d" % chk
    if cc == "NL":
        while True:
            nine = dg(9, "123456789")
            s = sum(int(c) * (10 - i) for i, c in enumerate(nine))
            last = (-s) % 11
            if last < 10:
                return pick(["INGB", "RABO", "ABNA", "SNSB", "TRIO", "ASNB"]) + nine + str(last)
    if cc == "IT":
        body = pick(["03069", "02008", "05034", "03062", "01030"]) + dg(5) + dg(12)
        return _it_cin(body) + body
    raise KeyError(cc)


IBAN_COUNTRIES = {
    "en": [(6, "GB"), (3, "IE"), (1, "DE"), (1, "FR"), (1, "ES"), (1, "NL"), (1, "IT")],
    "es": [(8, "ES"), (1, "DE"), (1, "FR"), (1, "IT"), (1, "GB"), (1, "NL")],
    "fr": [(6, "FR"), (3, "BE"), (3, "CH"), (1, "DE"), (1, "IT"), (1, "ES")],
    "de": [(6, "DE"), (3, "AT"), (3, "CH"), (1, "NL"), (1, "IT"), (1, "BE")],
    "ja": [(2, "GB"), (2, "DE"), (1, "FR"), (1, "CH"), (1, "NL"), (1, "IE"), (1, "IT"), (1, "ES"),
           (1, "AT"), (1, "BE")],
}
LOC_IBAN = {"GB": "GB", "IE": "IE", "ES": "ES", "FR": "FR", "BE": "BE", "CH": "CH", "DE": "DE",
            "AT": "AT"}


def _iban_country(lang, loc):
    if loc in LOC_IBAN and R.random() < 0.6:
        return LOC_IBAN[loc]
    return wpick(IBAN_COUNTRIES[lang])


def _format_iban(iban):
    if R.random() < 0.68:
        return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    return iban


def make_iban(lang, loc):
    cc = _iban_country(lang, loc)
    iban = iban_from_bban(cc, make_bban(cc))
    assert iban_ok(iban) and len(iban) == IBAN_LEN[cc]
    return _format_iban(iban)


def make_iban_bad(lang, loc):
    cc = _iban_country(lang, loc)
    iban = iban_from_bban(cc, make_bban(cc))
    if R.random() < 0.5:  # wrong check digits
        good = int(iban[2:4])
        bad = good
        while bad == good:
            bad = R.randint(2, 98)
        iban = iban[:2] + "%02d" % bad + iban[4:]
    else:  # one mistyped digit in the BBAN (check digits no longer match)
        idx = [i for i in range(4, len(iban)) if iban[i].isdigit()]
        i = pick(idx)
        iban = iban[:i] + str((int(iban[i]) + R.randint(1, 9)) % 10) + iban[i + 1:]
    if iban_ok(iban):
        return make_iban_bad(lang, loc)
    return _format_iban(iban)


# ---------------------------------------------------------------------------------------------
# Identifier decoys (9-12 digits)
# ---------------------------------------------------------------------------------------------

ID_KINDS = ["order", "reference", "case", "ticket", "tracking", "invoice", "account", "member",
            "policy"]
GROUPINGS = {
    9: [[4, 5], [3, 3, 3], [5, 4], [3, 6], [2, 3, 4]],
    10: [[4, 4, 2], [3, 3, 3, 1], [2, 4, 4], [5, 5], [4, 3, 3], [3, 3, 4], [4, 6]],
    11: [[4, 4, 3], [3, 4, 4], [5, 6], [2, 3, 3, 3], [3, 3, 3, 2]],
    12: [[4, 4, 4], [3, 3, 3, 3], [6, 6], [2, 5, 5], [4, 8]],
}


def id_digits(n):
    while True:
        if R.random() < 0.08:
            s = "000" + dg(n - 3, "123456789")
        else:
            s = dg(n, "123456789")
        if not looks_dialable(s):
            return s


def make_id(kind, lang, ctx=True):
    n = wpick([(3, 9), (4, 10), (2, 11), (3, 12)])
    if kind == "invoice" and R.random() < 0.4:
        yr = str(R.choice([2024, 2025, 2026]))
        # year-prefixed invoice numbers get 7 more digits: "2024" + 6 digits would be a
        # dialable NANP number (202-4xx-xxxx)
        return yr + pick(["-", "/", ""]) + pick(["0", "1"]) + dg(6)
    if kind == "tracking" and lang == "ja" and R.random() < 0.6:
        s = id_digits(12)
        return group(s, [4, 4, 4], "-")
    s = id_digits(n)
    if not ctx and n == 9 and lang in ("en", "es"):
        # a bare 9-digit number would be indistinguishable from an SSN; keep bare decoys longer
        return make_id(kind, lang, ctx)
    style = wpick([(5, "none"), (3, " "), (2, "-"), (1, "/"), (1, ".")])
    if style == "none" or s.startswith("000"):
        return s
    sizes = pick(GROUPINGS[n])
    if sizes == [3, 2, 4]:
        sizes = [4, 5]
    return group(s, sizes, style)


# ---------------------------------------------------------------------------------------------
# Other decoys, per locale
# ---------------------------------------------------------------------------------------------

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"],
}


def make_date(lang, loc):
    y, m, d = R.choice([2024, 2025, 2026]), R.randint(1, 12), R.randint(1, 28)
    yy = y % 100
    if R.random() < 0.07:
        return "%04d%02d%02d" % (y, m, d)
    if lang == "ja":
        reiwa = y - 2018
        return pick(["%d年%d月%d日" % (y, m, d), "%04d/%02d/%02d" % (y, m, d), "%d月%d日" % (m, d),
                     "令和%d年%d月%d日" % (reiwa, m, d), "%04d-%02d-%02d" % (y, m, d)])
    if lang == "en":
        mon = MONTHS["en"][m - 1]
        if loc == "US":
            return pick(["%02d/%02d/%04d" % (m, d, y), "%d/%d/%02d" % (m, d, yy), "%s %d, %d" % (mon, d, y),
                         "%s %d" % (mon[:3], d), "%04d-%02d-%02d" % (y, m, d)])
        if loc == "CA":
            return pick(["%04d-%02d-%02d" % (y, m, d), "%s %d, %d" % (mon, d, y)])
        return pick(["%02d/%02d/%04d" % (d, m, y), "%d %s %d" % (d, mon, y), "%02d.%02d.%04d" % (d, m, y),
                     "%02d/%02d/%02d" % (d, m, yy), "%d %s" % (d, mon[:3])])
    if lang == "es":
        return pick(["%02d/%02d/%04d" % (d, m, y), "%02d-%02d-%04d" % (d, m, y),
                     "%d de %s de %d" % (d, MONTHS["es"][m - 1], y), "%d/%d/%02d" % (d, m, yy),
                     "%d de %s" % (d, MONTHS["es"][m - 1])])
    if lang == "fr":
        if loc == "CA":
            return pick(["%04d-%02d-%02d" % (y, m, d), "%d %s %d" % (d, MONTHS["fr"][m - 1], y)])
        opts = ["%02d/%02d/%04d" % (d, m, y), "%d %s %d" % (d, MONTHS["fr"][m - 1], y),
                "%02d/%02d/%02d" % (d, m, yy), "%d %s" % (d, MONTHS["fr"][m - 1])]
        if loc == "CH":
            opts.append("%02d.%02d.%04d" % (d, m, y))
        return pick(opts)
    mon = MONTHS["de"][m - 1]
    if loc == "AT" and m == 1:
        mon = "Jänner"
    return pick(["%02d.%02d.%04d" % (d, m, y), "%d.%d.%02d" % (d, m, yy), "%d. %s %d" % (d, mon, y),
                 "%04d-%02d-%02d" % (y, m, d), "%d. %s" % (d, mon)])


def make_time(lang, loc):
    h, mi = R.randint(7, 20), pick([0, 0, 15, 30, 45, 5, 10, 20, 40, 50])
    if lang == "ja":
        ampm = "午後%d時" % (h - 12 if h > 12 else h) if h >= 12 else "午前%d時" % h
        return pick(["%d時%02d分" % (h, mi), "%d:%02d" % (h, mi), "%d時" % h, ampm])
    if lang == "en":
        h12 = h - 12 if h > 12 else h
        ap = "pm" if h >= 12 else "am"
        if loc in ("US", "CA", "AU"):
            return pick(["%d:%02d %s" % (h12, mi, ap), "%d:%02d%s" % (h12, mi, ap), "%d%s" % (h12, ap),
                         "%d:%02d %s" % (h12, mi, ap.upper())])
        return pick(["%02d:%02d" % (h, mi), "%d.%02d%s" % (h12, mi, ap), "%d:%02d%s" % (h12, mi, ap), "%d%s" % (h12, ap)])
    if lang == "fr":
        return pick(["%dh%02d" % (h, mi), "%d h %02d" % (h, mi), "%dh" % h, "%02d:%02d" % (h, mi)])
    if lang == "de":
        return pick(["%02d:%02d" % (h, mi), "%d.%02d" % (h, mi), "%d" % h, "%d:%02d" % (h, mi)])
    return pick(["%02d:%02d" % (h, mi), "%d:%02d" % (h, mi), "%d:%02d h" % (h, mi)])


def _thousands(n, sep):
    s = str(n)
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:])
        s = s[:-3]
    out.insert(0, s)
    return sep.join(out)


def make_amount(lang, loc):
    whole = wpick([(5, R.randint(5, 199)), (4, R.randint(200, 9999)), (1, R.randint(10000, 120000))])
    cents = pick([0, 0, 99, 90, 50, R.randint(1, 98)])
    dot = "%s.%02d" % (_thousands(whole, ","), cents)
    com = "%s,%02d" % (_thousands(whole, "."), cents)
    if loc in ("US", "CA", "AU") and lang != "fr":
        cur = {"US": "$", "CA": pick(["$", "CA$", "C$"]), "AU": pick(["$", "A$", "AUD "])}[loc]
        return cur + pick([dot, _thousands(whole, ",")])
    if loc == "GB":
        return "£" + pick([dot, _thousands(whole, ",")])
    if loc == "IE":
        return "€" + pick([dot, _thousands(whole, ",")])
    if loc == "ES":
        return pick([com + " €", com + "€", com + " EUR"])
    if loc == "MX":
        return pick(["$" + dot, "$" + dot + " MXN", "MXN " + dot, "$" + _thousands(whole, ",")])
    if loc == "AR":
        return pick(["$" + _thousands(whole, "."), "ARS " + com, "$ " + com])
    if loc == "FR" or (loc == "BE" and lang == "fr"):
        sp = pick(["\u202f", "\u00a0", " "])
        return pick(["%s,%02d%s€" % (_thousands(whole, sp), cents, pick([" ", "\u00a0"])),
                     "%s,%02d€" % (_thousands(whole, sp), cents), "%s €" % _thousands(whole, sp)])
    if loc == "CA":
        sp = pick(["\u00a0", " "])
        return "%s,%02d %s" % (_thousands(whole, sp), cents, "$")
    if loc == "CH":
        return pick(["CHF " + "%s.%02d" % (_thousands(whole, "'"), cents), "Fr. %s.%02d" % (_thousands(whole, "'"), cents),
                     "%s.%02d CHF" % (_thousands(whole, "'"), cents), "CHF %s" % _thousands(whole, "'")])
    if loc in ("DE", "AT"):
        return pick([com + " €", com + " EUR", "EUR " + com, com + "\u00a0€", _thousands(whole, ".") + " €"])
    if loc == "JP":
        yen = whole * pick([1, 10, 100])
        return pick(["%s円" % _thousands(yen, ","), "¥%s" % _thousands(yen, ","), "%d円" % yen,
                     "￥%s" % _thousands(yen, ",")])
    return dot


def make_pct(lang, loc):
    v = pick([R.randint(1, 60), R.randint(1, 30) + pick([0.5, 0.25, 0.9, 0.1])])
    s = ("%g" % v)
    if lang in ("es", "fr", "de"):
        s = s.replace(".", ",")
    if lang == "fr":
        return s + pick(["\u00a0%", " %", "\u202f%"])
    if lang == "de":
        return s + pick([" %", "%", "\u00a0%"])
    if lang == "es":
        return s + pick([" %", "%"])
    return s + "%"


def make_postcode(lang, loc):
    L = "ABCDEFGHJKLMNPRSTUVWXY"
    if loc == "US":
        z = dg(5, "0123456789")
        return pick([z, z + "-" + dg(4)])
    if loc == "CA":
        return "%s%s%s %s%s%s" % (pick("ABCEGHJKLMNPRSTVXY"), dg(1), pick(L), dg(1), pick(L), dg(1))
    if loc == "GB":
        return pick(["SW1A 1AA", "M1 1AE", "EC1A 1BB", "B33 8TH", "CR2 6XH", "DN55 1PT", "LS1 4AP",
                     "G2 3BZ", "EH1 1YZ", "BS8 1TH", "N1 9GU", "CF10 1EP"])
    if loc == "IE":
        return "%s%s %s%s%s%s" % (pick("DTHVAKEFXNPRWY"), dg(2, "0123456789"), pick(L), dg(2), pick(L), dg(1))
    if loc == "AU":
        return pick("23456") + dg(3)
    if loc == "ES":
        return "%02d%s" % (R.randint(1, 52), dg(3))
    if loc == "MX":
        return "%02d%s" % (R.randint(1, 99), dg(3))
    if loc == "AR":
        return pick(["C1425", "C1043", "X5000", "S2000", "M5500", "B1636", "C1425DKE"])
    if loc == "FR":
        return "%02d%s" % (R.randint(1, 95), pick(["000", "100", "200", "008", "001", "300", dg(3)]))
    if loc in ("BE", "CH", "AT"):
        return dg(1, "123456789") + dg(3)
    if loc == "DE":
        return "%05d" % R.randint(1067, 99998)
    if loc == "JP":
        return "%s-%s" % (dg(3, "123456789"), dg(4))
    return dg(5)


def make_qty(lang, loc):
    n = wpick([(3, R.randint(2, 48)), (3, R.randint(100, 999)), (4, R.randint(1000, 25000))])
    if lang in ("es", "de"):
        return _thousands(n, ".")
    if lang == "fr":
        return _thousands(n, pick(["\u202f", " ", "\u00a0"]))
    return _thousands(n, ",")


def make_uuid(lang, loc):
    u = str(uuid.UUID(int=R.getrandbits(128), version=4))
    return u.upper() if R.random() < 0.25 else u


def make_version(lang, loc):
    return pick([
        "v%d.%d.%d" % (R.randint(1, 9), R.randint(0, 30), R.randint(0, 99)),
        "%d.%d.%d" % (R.randint(1, 19), R.randint(0, 20), R.randint(0, 9)),
        "10.0.%d.%d" % (R.randint(19041, 26100), R.randint(1000, 5000)),
        "%d.%d.%d.%d" % (R.randint(1, 9), R.randint(0, 9), R.randint(100, 999), R.randint(1000, 9999)),
        "%d.%02d.%d" % (R.choice([2023, 2024, 2025]), R.randint(1, 12), R.randint(1, 9)),
        "%d.%d" % (R.randint(1, 17), R.randint(0, 9)),
    ])


def make_bic(lang, loc):
    return pick({
        "en": ["NWBKGB2L", "BARCGB22", "LOYDGB21", "AIBKIE2D", "BOFIIE2D", "HBUKGB4B", "CHASUS33"],
        "es": ["CAIXESBBXXX", "BSCHESMMXXX", "BBVAESMMXXX", "BCMRMXMMPYM", "BSUDARBAXXX", "CAGLESMMXXX"],
        "fr": ["BNPAFRPPXXX", "SOGEFRPP", "CRLYFRPP", "GEBABEBB", "KREDBEBB", "POFICHBEXXX", "UBSWCHZH80A"],
        "de": ["DEUTDEFFXXX", "COBADEFFXXX", "GENODEF1S04", "GIBAATWWXXX", "BKAUATWW", "UBSWCHZH80A", "INGDDEFFXXX"],
        "ja": ["MHCBJPJT", "BOTKJPJT", "SMBCJPJT", "DEUTDEFFXXX", "BARCGB22", "BNPAFRPPXXX"],
    }[lang])


def make_url(lang, loc):
    return pick({
        "en": ["www.northwind-mobile.com/returns", "https://help.acmeenergy.co.uk/billing",
               "acmebroadband.ie/outage", "https://support.example-telco.com/kb/4471",
               "www.harbourinsure.com.au/claims"],
        "es": ["www.tiendaluz.es/devoluciones", "https://ayuda.telefonia-norte.com.mx/factura",
               "miportal.segurosdelsur.com.ar", "https://www.ejemplo-energia.es/averias"],
        "fr": ["https://aide.exemple-box.fr/facture", "www.mutuelle-exemple.fr/espace-adherent",
               "energie-exemple.be/demenagement", "https://www.exemple-mobile.ch/fr/aide"],
        "de": ["www.beispiel-energie.de/umzug", "https://hilfe.beispielmobil.at/rechnung",
               "kundenportal.beispielversicherung.de", "https://www.beispiel-shop.ch/retouren"],
        "ja": ["https://support.example-denki.co.jp/faq", "www.example-mobile.jp/guide",
               "example-kaden.jp/repair"],
    }[lang])


def make_serial(lang, loc):
    A = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    return pick([
        "C02" + "".join(pick(A + "0123456789") for _ in range(9)),
        "5CD" + dg(4) + "".join(pick(A) for _ in range(3)),
        "R58N" + dg(3) + "".join(pick(A) for _ in range(4)),
        "SN" + dg(4) + "-" + "".join(pick(A) for _ in range(2)) + dg(2),
        "".join(pick(A) for _ in range(2)) + dg(8),
        dg(4, "123456789") + "".join(pick(A) for _ in range(2)) + dg(6),
    ])


def make_model(lang, loc):
    return pick(["WH-1000XM5", "SM-G991B", "KD-55X85L", "HL-L2350DW", "DCP-J1050DW", "EX-4520",
                 "FRITZ!Box 7590", "TL-WR841N", "iPhone 15", "SM-A546B", "XQ-DQ54", "MFC-L2710DW",
                 "HG8245Q2", "DIR-842", "F-52B", "SO-51D"])


LOC_DECOY_FN = {
    "date": make_date, "time": make_time, "amount": make_amount, "percentage": make_pct,
    "postcode": make_postcode, "quantity": make_qty, "uuid": make_uuid, "version": make_version,
    "bic": make_bic, "url": make_url, "serial": make_serial, "model": make_model,
}


# ---------------------------------------------------------------------------------------------
# PII sentence templates
#   {P} phone (any style)  {Pi} international  {Pn} national  {Pc} compact E.164  {Pp} plain;
#   {P:mob} / {P:fix} (any style letter) restrict to mobile / fixed-line numbers
#   {E} e-mail  {C} card  {S} SSN (formatted)  {Sb} SSN, nine plain digits  {I} IBAN
#   {order} ... {policy}: identifier decoy with its context word written in the template
#   {X} / {X:kind}: identifier decoy with NO context word around it
#   {date} {time} {amount} {pct} {postcode} {qty} {uuid} {version} {bic} {url} {serial}
#   {model} {card_bad} {iban_bad} {ssn_bad}: other decoys
#   {ext} {n}: short unlabelled numbers (extensions, counts)
# ---------------------------------------------------------------------------------------------

TEMPLATES = {}

TEMPLATES["en"] = {
    "phone": [
        "Customer called from {P} about order number {order}, which has not arrived.",
        "Caller asked for a callback on {P} between {time} and {time}.",
        "Updated the contact number on the account from {P} to {P}.",
        "Best number to reach the customer is {P:mob} (mobile).",
        "Cust rang re: invoice {invoice}, wants a CB on {P}.",
        "Customer asked us to use {P} instead of the number on file.",
        "Callback requested: {P:fix} ext. {ext}.",
        "Customer's office line is {P:fix}, extension {ext}; mobile {P:mob}.",
        "Customer could not be reached on {P}; second attempt booked for {date}.",
        "Customer said {P:fix} is her work phone and should not be used after {time}.",
        "Agent confirmed the callback number ({P}) and closed ticket {ticket}.",
        "Number on file [{P}] is out of service.",
        "Customer says she tried calling us from {P} three times before getting through.",
        "Order {order} and callback number {P} noted on case {case}.",
        "{P:mob} is the customer's new mobile number, please update the CRM.",
        "Customer gave {Pn} for the courier and {Pi:mob} for texts while abroad.",
        "Mobile {Pp:mob}.",
        "Tel.:{Pc}, best after {time}.",
        "Customer is travelling and can be reached on {Pi} until {date}.",
        "Customer called from an unknown number, {P}, and asked for it to be added to the account.",
        "Ported number {P} went live on {date}; porting ref {reference}.",
        "Missed call from {P} at {time}, no voicemail left.",
        "Customer's landline ({P:fix}) has had no dial tone since {date}.",
        "Engineer will ring {P} half an hour before arrival.",
        "Please call the customer back on {P} - she is in meetings until {time}.",
        "Customer asked for SMS updates to {P:mob} rather than email.",
        "Customer read the number out slowly: {P}.",
        "Second contact number added: {P} (husband).",
        "Caller ID withheld; customer gave {P} as the callback number.",
        "Alt no. {P:mob}, prefers a text first.",
        "Customer reports nuisance calls from {P} and {P}.",
        "Customer wants calls on {P} only, never on {P}.",
        "Cust called in from {P}, line kept dropping, called back from {P}.",
        "Customer gave {P} and then read {X:order} off the receipt.",
        "Order {order}, callback {P}.",
        "Customer's number is {P}, not {Pn} as shown on the account.",
    ],
    "email": [
        "Customer asked for the statement to be emailed to {E}.",
        "Email on file changed to {E}.",
        "Customer's email address is {E}, not the one printed on the invoice.",
        "Sent the returns label for order {order} to {E}.",
        "Customer spelled out her email: {E}.",
        "Confirmation goes to <{E}>.",
        "Customer no longer uses {E}; new address is {E}.",
        "Password reset link sent to {E} at {time}.",
        "Customer did not receive the quote, resent to {E} (check spam).",
        "Bounce-back from {E}; customer confirmed a typo and gave {E}.",
        "Please copy {E} on all correspondence about policy {policy}.",
        "E-bill for account {account} goes to {E} from next month.",
        "Customer first wrote in from {E}, then called.",
        "Email: {E}",
    ],
    "card": [
        "Customer paid {amount} with card {C}.",
        "Customer read out card number {C} to settle invoice {invoice}.",
        "Agent took a payment of {amount} on {C}.",
        "Card {C} was declined twice; customer will call her bank.",
        "Customer disputes a charge of {amount} on card {C} dated {date}.",
        "Chargeback raised for card {C} under case {case}.",
        "Replacement card requested; old card {C} blocked at {time}.",
        "Customer wants the monthly payment taken from {C} from now on.",
        "Refund of {amount} will go back to the original card ({C}) within 5-7 working days.",
        "Card number given: {C}. Payment failed 3-D Secure.",
        "Customer read her card number ({C}) into the voice menu by mistake; agent advised cancelling it.",
        "Two cards on file: {C} (expired) and {C}.",
        "First number read out ({card_bad}) failed validation; second attempt, {C}, went through.",
        "Card on file updated to {C}.",
    ],
    "ssn": [
        "Customer verified identity with SSN {S}.",
        "Customer's social security number is {S}.",
        "@US|Verified via SSN {Sb} and billing zip {postcode}.",
        "Social security number {Sb} confirmed against the loan application.",
        "Caller gave SSN {S} for the credit check on account {account}.",
        "SSN on file ({S}) matched.",
        "Customer asked why we need her social security number ({S}) for a phone contract.",
        "SSN {Sb}.",
        "Tax form shows SSN {S}; customer wants it masked on future letters.",
        "Customer gave social security {Sb} and the last invoice amount, {amount}.",
        "ID check: SSN {S}, zip {postcode}.",
        "Customer first said {ssn_bad}, then corrected her SSN to {S}.",
    ],
    "iban": [
        "Refund of {amount} to be paid to IBAN {I}.",
        "Customer updated the direct debit to {I}.",
        "Bank details changed: IBAN {I}, BIC {bic}.",
        "Customer asked for the refund to go to her account abroad, {I}.",
        "Customer read the IBAN twice: {I}.",
        "Direct debit moved from {I} to {I} from {date}.",
        "Please send the goodwill payment of {amount} to {I}.",
        "IBAN for the payout: {I}.",
        "Customer pays from a European account ({I}) and wants paper-free billing.",
        "Customer first gave {iban_bad}, which failed the check, then corrected it to {I}.",
    ],
    "mixed": [
        "Customer called from {P} and asked for invoice {invoice} to be resent to {E}.",
        "Callback on {P}; payment of {amount} taken on {C}.",
        "@US|Customer confirmed {E} and {P} as contact details and verified with SSN {S}.",
        "Refund of {amount} to {I}; confirmation to {E}.",
        "Customer gave {P}, {E} and card {C} for the deposit.",
        "Contact details updated - phone {P}, email {E} - under member number {member}.",
        "@US|Verified with SSN {S}; new mobile {P:mob}.",
    ],
    "decoy": [
        "Customer quoted order number {order} and invoice {invoice}; both show {amount}.",
        "Case {case} opened on {date} at {time}.",
        "Ticket {ticket} linked to case {case}.",
        "Tracking number {tracking} shows the parcel at the depot since {date}.",
        "Policy {policy} renews on {date}; premium up {pct}.",
        "Member number {member} confirmed, postcode {postcode}.",
        "Customer account {account} is {amount} in arrears.",
        "Reference {reference} quoted for the refund of {amount}.",
        "Router on firmware {version}, serial {serial}, model {model}.",
        "Customer ordered {qty} units of the {model}.",
        "Session ID {uuid} attached to the ticket.",
        "Customer read a card number, {card_bad}, that failed validation; asked her to check the digits.",
        "Gift card {card_bad} shows a zero balance.",
        "IBAN given ({iban_bad}) failed the check; customer will confirm with her bank.",
        "Customer quoted SSN {ssn_bad}, which the system rejected as invalid.",
        "Return instructions are at {url}.",
        "Customer quoted {order}, the order number on the confirmation email.",
        "{invoice} is the invoice number she was given in store.",
        "Invoice no. [{invoice}] paid on {date}.",
        "Order #{order} split into two deliveries.",
        "Ticket {ticket} ({date}, {time}).",
        "Tracking {tracking}; customer says the driver never knocked.",
        "Policy number: {policy}.",
        "Account no. {account}, balance {amount}.",
        "Membership {member} expires {date}.",
        "Case ref {case}; next review {date}.",
        "Reference number {reference} (not the case number {case}).",
        "Claim under policy {policy} for {amount}, {pct} excess applies.",
        "App version {version} crashes on login; device ID {uuid}.",
        "Customer added {qty} licences on account {account}.",
        "Customer has been a member since {date}, membership no. {member}.",
        "Loyalty discount of {pct} applied to invoice {invoice}.",
        "Customer has ticket {ticket} and order {order} open at the same time.",
        "Refund approved ({X}).",
        "Escalated to tier 2 - {X}.",
        "Customer read out {X:order} from the confirmation email.",
        "Parcel {X:tracking} still not delivered.",
        "Same issue as last month, see {X:case}.",
        "Payment matched to {X:invoice}.",
        "Renewal for {X:policy} processed.",
        "Duplicate of {X:ticket}; closed.",
        "Customer gave {X:reference} from the text message.",
        "Customer read {X:account} off the top of the letter.",
        "Customer read {X:member} off the back of her card.",
        "[{X}] Callback requested on {P}.",
        "Notes: {X} / {X}.",
        "{X} - refund of {amount} approved.",
        "Payment system rejected the IBAN {iban_bad}; customer will send a bank letter.",
        "Voucher code {card_bad} could not be redeemed.",
    ],
    "filler": [
        "Customer called about a delayed delivery.",
        "Caller was transferred from the billing queue.",
        "Agent verified the account holder.",
        "Customer asked about the status of a refund.",
        "Customer reported broadband drops in the evenings.",
        "Agent explained the late payment fee.",
        "No further action needed.",
        "Customer will call back if the issue returns.",
        "Agent logged the call and set a follow-up task.",
        "Customer is moving house next month and wants the service transferred.",
        "Caller asked for a copy of the contract.",
        "Agent checked with the warehouse while the customer held.",
        "Customer wanted to know why the bill went up.",
        "Agent raised a request with the field team.",
        "Customer asked to be removed from marketing calls.",
        "The call dropped once and the customer rang back.",
        "Agent re-sent the activation text.",
        "Customer confirmed the delivery address.",
        "Security questions passed.",
        "Caller is the account holder's son and is authorised on the account.",
        "Cust upset about wait times.",
        "Agent apologised for the delay.",
    ],
}

TEMPLATES["es"] = {
    "phone": [
        "El cliente llama desde el {P} porque el pedido número {order} no ha llegado.",
        "Solicita que le devuelvan la llamada al {P} entre las {time} y las {time}.",
        "Se actualiza el teléfono de contacto: antes {P}, ahora {P}.",
        "La clienta indica que su móvil es el {P:mob}.",
        "Prefiere que la llamen al fijo ({P:fix}) por las mañanas.",
        "Teléfono de contacto: {P}.",
        "Tel.:{Pc}, disponible a partir de las {time}.",
        "Se comunica desde el {P} para reclamar por la factura {invoice}.",
        "@MX,AR,US|Pidió que lo llamen al celular {P:mob}.",
        "Marcó desde el {P} pero la llamada se cortó dos veces.",
        "No se pudo contactar en el {P}; se reintentará el {date}.",
        "El {P} es el número nuevo del cliente, hay que actualizarlo en el CRM.",
        "Está de viaje y se le puede localizar en el {Pi} hasta el {date}.",
        "@ES|Móvil {Pp:mob}.",
        "Teléfono de la oficina {P:fix}, extensión {ext}.",
        "Portabilidad del {P} completada el {date}, referencia {reference}.",
        "Denuncia llamadas molestas desde el {P} y el {P}.",
        "Quiere recibir los avisos por SMS en el {P:mob}.",
        "Se deja mensaje en el buzón de voz del {P}.",
        "Llamada perdida del {P} a las {time}, sin mensaje.",
        "El técnico llamará al {P} media hora antes de llegar.",
        "Número alternativo: {P} (su hija).",
        "Solo quiere que le llamen al {P}, nunca al {P}.",
        "Contacto preferente por WhatsApp al {P:mob}.",
        "Pedido {order}, devolución de llamada al {P}.",
        "Da el {P} y luego lee {X:order} del ticket de compra.",
        "El fijo ({P:fix}) no tiene tono desde el {date}.",
        "@MX,AR,US|Cel. {P:mob}, fijo {P:fix}.",
    ],
    "email": [
        "Solicita que le envíen el extracto a {E}.",
        "Se cambia el correo electrónico a {E}.",
        "Su correo es {E}, no el que aparece en la factura.",
        "Se envía la etiqueta de devolución del pedido {order} a {E}.",
        "Deletrea el correo: {E}.",
        "Ya no usa {E}; el nuevo es {E}.",
        "Enlace para restablecer la contraseña enviado a {E}.",
        "No le llegó el presupuesto; se reenvía a {E} (revisar spam).",
        "La factura electrónica de la cuenta de cliente {account} irá a {E}.",
        "Correo de contacto: <{E}>.",
        "Pide copia de todo lo relativo a la póliza {policy} en {E}.",
    ],
    "card": [
        "Paga {amount} con la tarjeta {C}.",
        "La tarjeta {C} fue rechazada; el cliente probará con otra.",
        "Dicta el número de tarjeta {C} para pagar la factura {invoice}.",
        "Reclama un cargo de {amount} en la tarjeta {C} del {date}.",
        "Se abre contracargo sobre la tarjeta {C}, expediente {case}.",
        "Se bloquea la tarjeta {C} por robo.",
        "El reembolso de {amount} irá a la tarjeta original ({C}).",
        "Tarjeta registrada actualizada a {C}.",
        "Quiere domiciliar la cuota mensual en la tarjeta {C}.",
        "Tarjeta: {C}. El pago no pasa la autenticación.",
        "El primer número que dicta ({card_bad}) no valida; con el segundo, {C}, el cobro pasa.",
    ],
    "ssn": [
        "Verificó su identidad con el número de seguro social {S}.",
        "Número de Seguro Social {Sb} confirmado con la solicitud.",
        "Da su SSN {S} para la verificación de crédito.",
        "Pregunta por qué le piden el seguro social ({S}) para contratar la línea.",
        "SSN {Sb}, código postal {postcode}.",
    ],
    "iban": [
        "El reembolso de {amount} se hará a la cuenta {I}.",
        "Cambio de domiciliación bancaria al IBAN {I}.",
        "Datos bancarios nuevos: IBAN {I}, BIC {bic}.",
        "Dicta el IBAN dos veces: {I}.",
        "Solicita que la indemnización se ingrese en {I}.",
        "Domiciliación trasladada de {I} a {I} a partir del {date}.",
        "IBAN para el abono: {I}.",
        "Cuenta para la devolución: {I}.",
        "Primero dicta {iban_bad}, que no valida, y luego lo corrige: {I}.",
    ],
    "mixed": [
        "Llama desde el {P} y pide que le reenvíen la factura {invoice} a {E}.",
        "Devolución de llamada al {P}; se cobran {amount} en la tarjeta {C}.",
        "Actualiza sus datos: teléfono {P}, correo {E}, número de socio {member}.",
        "Reembolso de {amount} al {I}; confirmación a {E}.",
        "@US|Verificado con SSN {S}; nuevo celular {P:mob}.",
    ],
    "decoy": [
        "Número de pedido {order} y factura {invoice}, ambos por {amount}.",
        "Se abre el expediente {case} el {date} a las {time}.",
        "Incidencia {ticket} vinculada al caso {case}.",
        "Número de seguimiento {tracking}: el paquete está en la oficina desde el {date}.",
        "La póliza {policy} se renueva el {date} con una subida del {pct}.",
        "Número de socio {member}, código postal {postcode}.",
        "La cuenta de cliente {account} tiene un saldo pendiente de {amount}.",
        "Da la referencia {reference} para el reembolso de {amount}.",
        "Router con firmware {version}, número de serie {serial}, modelo {model}.",
        "Pide {qty} unidades del {model}.",
        "ID de sesión {uuid} adjunto a la incidencia.",
        "Dicta una tarjeta, {card_bad}, que no pasa la validación; se le pide que revise los dígitos.",
        "La tarjeta regalo {card_bad} aparece sin saldo.",
        "El IBAN facilitado ({iban_bad}) no es válido; lo confirmará con su banco.",
        "Da un número de seguro social, {ssn_bad}, que el sistema rechaza por no válido.",
        "Las instrucciones de devolución están en {url}.",
        "Cita {order}, el número de pedido del correo de confirmación.",
        "Factura n.º [{invoice}] pagada el {date}.",
        "Pedido nº {order} dividido en dos envíos.",
        "@MX|Folio {ticket} levantado el {date} a las {time}.",
        "@MX|Número de guía {tracking}; dice que el repartidor nunca llegó.",
        "Número de cliente {account}, saldo {amount}.",
        "Siniestro bajo la póliza {policy} por {amount}; franquicia del {pct}.",
        "La app versión {version} se cierra al iniciar sesión; ID del dispositivo {uuid}.",
        "Amplía {qty} licencias en la cuenta de cliente {account}.",
        "Socio desde el {date}, carné número {member}.",
        "Descuento de fidelidad del {pct} aplicado a la factura {invoice}.",
        "Referencia {reference} (no confundir con el expediente {case}).",
        "Reembolso aprobado ({X}).",
        "Escalado a segundo nivel – {X}.",
        "Lee {X:order} del correo de confirmación.",
        "El paquete {X:tracking} sigue sin entregarse.",
        "Mismo problema que el mes pasado, ver {X:case}.",
        "Pago asociado a {X:invoice}.",
        "Renovación de {X:policy} tramitada.",
        "Duplicado de {X:ticket}; se cierra.",
        "Facilita {X:reference} del SMS.",
        "Lee {X:account} del encabezado de la carta.",
        "Lee {X:member} del reverso de su carné.",
        "[{X}] Solicita devolución de llamada al {P}.",
        "Notas: {X} / {X}.",
        "La transferencia al IBAN {iban_bad} fue devuelta por datos incorrectos.",
    ],
    "filler": [
        "El cliente llama por un retraso en la entrega.",
        "Viene transferido desde facturación.",
        "Se verifica al titular de la cuenta.",
        "Consulta el estado de un reembolso.",
        "Reporta cortes de internet por las noches.",
        "Se le explica el recargo por pago atrasado.",
        "No requiere más gestiones.",
        "Volverá a llamar si el problema se repite.",
        "Se registra la llamada y se crea una tarea de seguimiento.",
        "Se muda el mes que viene y quiere trasladar el servicio.",
        "Pide una copia del contrato.",
        "Se consulta con el almacén mientras el cliente espera.",
        "Quiere saber por qué subió el recibo.",
        "Se solicita visita técnica.",
        "Pide que no le llamen más para ofertas comerciales.",
        "La llamada se corta una vez y el cliente vuelve a llamar.",
        "Se reenvía el SMS de activación.",
        "Confirma la dirección de entrega.",
        "Preguntas de seguridad superadas.",
        "Llama el hijo del titular, autorizado en la cuenta.",
    ],
}

TEMPLATES["fr"] = {
    "phone": [
        "Le client appelle du {P} au sujet de la commande n° {order}, toujours pas livrée.",
        "Rappel demandé au {P} entre {time} et {time}.",
        "Nouveau numéro de portable : {P:mob} (l'ancien, {P:mob}, n'est plus attribué).",
        "Cliente joignable au {P} ou par mail.",
        "Merci de rappeler le client au {P:fix}, poste {ext}.",
        "Tél. : {P}",
        "Tél.:{Pc}, de préférence après {time}.",
        "Le client dit avoir appelé trois fois depuis le {P} avant d'avoir quelqu'un.",
        "Injoignable au {P} ; nouvelle tentative prévue le {date}.",
        "Le {P:fix} est le numéro du bureau, ne pas appeler après {time}.",
        "Appel manqué du {P} à {time}, pas de message.",
        "Portable {Pp:mob}.",
        "En déplacement, joignable au {Pi} jusqu'au {date}.",
        "Portabilité du {P} effectuée le {date}, référence {reference}.",
        "Se plaint d'appels indésirables du {P} et du {P}.",
        "Souhaite recevoir les SMS sur le {P:mob}.",
        "Le technicien appellera le {P} une demi-heure avant son passage.",
        "Numéro de secours (sa fille) : {P}.",
        "@CH|Natel : {P:mob}, fixe : {P:fix}.",
        "@CA|Cellulaire : {P:mob}.",
        "Appeler uniquement le {P}, jamais le {P}.",
        "Ligne fixe ({P:fix}) sans tonalité depuis le {date}.",
        "Commande {order}, rappel au {P}.",
        "Donne le {P} puis lit {X:order} sur son ticket de caisse.",
        "Le numéro enregistré [{P}] n'est plus en service.",
        "Message laissé sur le répondeur du {P}.",
    ],
    "email": [
        "Adresse e-mail mise à jour : {E}.",
        "Souhaite recevoir le relevé à {E}.",
        "Son adresse est {E}, pas celle indiquée sur la facture.",
        "Étiquette de retour de la commande {order} envoyée à {E}.",
        "Épelle son adresse : {E}.",
        "N'utilise plus {E} ; nouvelle adresse {E}.",
        "Lien de réinitialisation envoyé à {E} à {time}.",
        "Devis non reçu, renvoyé à {E} (vérifier les spams).",
        "@CA|Courriel : <{E}>.",
        "La facture électronique du compte client {account} part désormais à {E}.",
        "Mettre {E} en copie de tout échange sur le contrat {policy}.",
    ],
    "card": [
        "Paiement de {amount} par carte {C}.",
        "Carte {C} refusée deux fois ; le client contacte sa banque.",
        "Lit le numéro de carte {C} pour régler la facture {invoice}.",
        "Conteste un débit de {amount} sur la carte {C} du {date}.",
        "Rétrofacturation ouverte pour la carte {C}, dossier {case}.",
        "Opposition faite sur la carte {C}.",
        "Remboursement de {amount} sur la carte d'origine ({C}).",
        "Carte enregistrée remplacée par {C}.",
        "Souhaite que la mensualité soit prélevée sur la carte {C}.",
        "Carte : {C}. Échec de l'authentification 3-D Secure.",
        "Premier numéro dicté ({card_bad}) invalide ; le second, {C}, passe.",
    ],
    "ssn": [
        "Client américain : Social Security Number {S} vérifié.",
        "Pour son dossier aux États-Unis, donne son SSN {Sb}.",
        "SSN {S} confirmé pour la vérification de crédit.",
    ],
    "iban": [
        "Remboursement de {amount} sur l'IBAN {I}.",
        "Changement de RIB : nouvel IBAN {I}.",
        "Coordonnées bancaires : IBAN {I}, BIC {bic}.",
        "Prélèvement transféré de {I} vers {I} à compter du {date}.",
        "Dicte son IBAN deux fois : {I}.",
        "Merci de verser le geste commercial de {amount} sur {I}.",
        "IBAN pour le virement : {I}.",
        "Compte de remboursement : {I}.",
        "Donne d'abord {iban_bad}, refusé au contrôle, puis le corrige : {I}.",
    ],
    "mixed": [
        "Appelle du {P} et demande que la facture {invoice} soit renvoyée à {E}.",
        "Rappel au {P} ; paiement de {amount} par carte {C}.",
        "Coordonnées mises à jour (tél. {P}, mail {E}) sur le numéro d'adhérent {member}.",
        "Remboursement de {amount} sur {I} ; confirmation à {E}.",
        "Donne le {P}, l'adresse {E} et la carte {C} pour l'acompte.",
    ],
    "decoy": [
        "Numéro de commande {order} et facture {invoice}, toutes deux de {amount}.",
        "Dossier {case} ouvert le {date} à {time}.",
        "Ticket {ticket} rattaché au dossier {case}.",
        "Numéro de suivi {tracking} : colis en point relais depuis le {date}.",
        "Contrat {policy} : hausse de {pct} à l'échéance du {date}.",
        "Numéro d'adhérent {member}, code postal {postcode}.",
        "Le compte client {account} présente un impayé de {amount}.",
        "Référence {reference} donnée pour le remboursement de {amount}.",
        "Box en version {version}, numéro de série {serial}, modèle {model}.",
        "Commande de {qty} unités du {model}.",
        "Identifiant de session {uuid} joint au ticket.",
        "Donne un numéro de carte, {card_bad}, qui ne passe pas le contrôle ; lui demande de vérifier.",
        "La carte cadeau {card_bad} affiche un solde nul.",
        "L'IBAN fourni ({iban_bad}) est invalide ; la cliente vérifiera auprès de sa banque.",
        "Donne un numéro de sécurité sociale américain, {ssn_bad}, refusé par le système.",
        "La procédure de retour est sur {url}.",
        "Cite {order}, le numéro de commande du mail de confirmation.",
        "Facture n° [{invoice}] réglée le {date}.",
        "Commande n°{order} livrée en deux fois.",
        "Numéro client {account}, solde {amount}.",
        "Sinistre sur la police {policy} pour {amount}, franchise de {pct}.",
        "L'appli en version {version} plante à la connexion ; ID appareil {uuid}.",
        "Ajout de {qty} licences sur le compte client {account}.",
        "N° de dossier : {case}.",
        "Adhérent depuis le {date}, carte n° {member}.",
        "Remise fidélité de {pct} appliquée à la facture {invoice}.",
        "Référence {reference} (à ne pas confondre avec le dossier {case}).",
        "Remboursement validé ({X}).",
        "Escaladé au niveau 2 – {X}.",
        "Lit {X:order} sur le mail de confirmation.",
        "Le colis {X:tracking} n'est toujours pas livré.",
        "Même souci que le mois dernier, voir {X:case}.",
        "Paiement rapproché de {X:invoice}.",
        "Renouvellement de {X:policy} traité.",
        "Doublon de {X:ticket} ; clôturé.",
        "Donne {X:reference} reçu par SMS.",
        "Lit {X:account} en haut du courrier.",
        "Lit {X:member} au dos de sa carte.",
        "[{X}] Demande de rappel au {P}.",
        "Notes : {X} / {X}.",
        "Virement vers l'IBAN {iban_bad} rejeté, coordonnées erronées.",
    ],
    "filler": [
        "Le client appelle pour un retard de livraison.",
        "Appel transféré depuis le service facturation.",
        "Identité du titulaire vérifiée.",
        "Demande où en est son remboursement.",
        "Signale des coupures internet le soir.",
        "Explication des frais de retard de paiement.",
        "Aucune action supplémentaire.",
        "Rappellera si le problème revient.",
        "Appel tracé, tâche de suivi créée.",
        "Déménage le mois prochain et souhaite transférer l'abonnement.",
        "Demande une copie du contrat.",
        "Vérification auprès de l'entrepôt pendant la mise en attente.",
        "Veut comprendre pourquoi la facture a augmenté.",
        "Intervention technique demandée.",
        "Ne souhaite plus être démarché par téléphone.",
        "L'appel coupe une fois, le client rappelle.",
        "SMS d'activation renvoyé.",
        "Adresse de livraison confirmée.",
        "Questions de sécurité validées.",
        "Appel du fils du titulaire, habilité sur le compte.",
    ],
}

TEMPLATES["de"] = {
    "phone": [
        "Kunde rief von {P} an, weil Bestellung {order} noch nicht angekommen ist.",
        "Bitte um Rückruf unter {P} zwischen {time} und {time} Uhr.",
        "Neue Handynummer: {P:mob}, alte Festnetznummer {P:fix} gelöscht.",
        "Kundin bittet um Rückruf (Tel.: {P}).",
        "Rückruf unter {P:fix}, Durchwahl {ext}.",
        "Tel.:{Pc}, am besten nach {time} Uhr.",
        "Kunde unter {P} nicht erreicht; neuer Versuch am {date}.",
        "{P:fix} ist die Büronummer, dort bitte nicht nach {time} Uhr anrufen.",
        "Verpasster Anruf von {P} um {time} Uhr, keine Nachricht.",
        "Mobil {Pp:mob}.",
        "Kunde ist im Ausland und bis {date} unter {Pi} erreichbar.",
        "Rufnummernmitnahme für {P} am {date} abgeschlossen, Referenz {reference}.",
        "Kundin meldet Belästigungsanrufe von {P} und {P}.",
        "SMS-Benachrichtigungen bitte an {P:mob}.",
        "Techniker ruft {P} eine halbe Stunde vor Ankunft an.",
        "Zweitnummer (Ehemann): {P:mob}.",
        "Nur unter {P} anrufen, nicht unter {P}.",
        "Festnetz ({P:fix}) seit {date} ohne Freizeichen.",
        "@CH|Natel {P:mob}, Geschäft {P:fix}.",
        "Kunde hat nach eigener Aussage dreimal von {P} aus angerufen, bevor er durchkam.",
        "Kunde diktierte die Nummer langsam: {P}.",
        "Bestellnummer {order}, Rückruf unter {P}.",
        "Nennt {P} und liest danach {X:order} vom Kassenbon ab.",
        "Hinterlegte Nummer [{P}] ist nicht mehr vergeben.",
        "Nachricht auf der Mailbox unter {P} hinterlassen.",
        "Kunde erreichbar unter {P} oder per Mail.",
    ],
    "email": [
        "E-Mail-Adresse geändert auf {E}.",
        "Kontoauszug bitte an {E} senden.",
        "Ihre Adresse ist {E}, nicht die auf der Rechnung.",
        "Retourenlabel für Bestellung {order} an {E} geschickt.",
        "Buchstabiert ihre E-Mail: {E}.",
        "Nutzt {E} nicht mehr; neue Adresse {E}.",
        "Link zum Zurücksetzen des Passworts um {time} Uhr an {E} gesendet.",
        "Angebot nicht erhalten, erneut an {E} geschickt (Spam-Ordner prüfen).",
        "E-Mail: <{E}>",
        "Online-Rechnung zur Kundennummer {account} geht künftig an {E}.",
        "Bitte {E} bei allen Schreiben zum Vertrag {policy} in Kopie setzen.",
    ],
    "card": [
        "Zahlung über {amount} mit Karte {C}.",
        "Karte {C} zweimal abgelehnt; Kunde klärt das mit seiner Bank.",
        "Kunde nannte die Kartennummer {C} für Rechnung {invoice}.",
        "Kunde widerspricht einer Belastung von {amount} auf Karte {C} vom {date}.",
        "Chargeback zur Karte {C} eröffnet, Vorgang {case}.",
        "Karte {C} gesperrt.",
        "Erstattung von {amount} auf die ursprüngliche Karte ({C}).",
        "Hinterlegte Kreditkarte auf {C} geändert.",
        "Monatsbeitrag soll künftig von Karte {C} abgebucht werden.",
        "Kartennummer: {C}. 3-D-Secure-Freigabe fehlgeschlagen.",
        "Erste genannte Nummer ({card_bad}) ungültig; mit der zweiten, {C}, ging die Zahlung durch.",
    ],
    "ssn": [
        "US-Kunde hat sich mit seiner Social Security Number {S} identifiziert.",
        "SSN {Sb} für das US-Konto bestätigt.",
        "Für die Bonitätsprüfung in den USA nannte die Kundin ihre SSN {S}.",
    ],
    "iban": [
        "Erstattung von {amount} auf IBAN {I}.",
        "SEPA-Lastschriftmandat auf {I} umgestellt.",
        "Neue Bankverbindung: IBAN {I}, BIC {bic}.",
        "Lastschrift ab {date} von {I} auf {I} umgestellt.",
        "Kunde hat die IBAN zweimal diktiert: {I}.",
        "Bitte die Kulanzzahlung von {amount} auf {I} überweisen.",
        "IBAN für die Auszahlung: {I}.",
        "Bankverbindung geändert – {I}.",
        "Nannte zuerst {iban_bad} (Prüfziffer falsch), korrigiert auf {I}.",
    ],
    "mixed": [
        "Kunde rief von {P} an und bat, Rechnung {invoice} erneut an {E} zu schicken.",
        "Rückruf unter {P}; {amount} über Karte {C} eingezogen.",
        "Kontaktdaten aktualisiert (Tel. {P}, E-Mail {E}) zur Mitgliedsnummer {member}.",
        "Erstattung von {amount} auf {I}; Bestätigung an {E}.",
        "Nennt {P}, {E} und die Karte {C} für die Anzahlung.",
    ],
    "decoy": [
        "Bestellnummer {order} und Rechnung {invoice}, beide über {amount}.",
        "Vorgang {case} am {date} um {time} Uhr angelegt.",
        "Ticket {ticket} mit Fallnummer {case} verknüpft.",
        "Sendungsnummer {tracking}: Paket liegt seit {date} in der Filiale.",
        "Versicherungsschein-Nr. {policy}: Beitrag steigt ab {date} um {pct}.",
        "Mitgliedsnummer {member}, PLZ {postcode}.",
        "Kundenkonto {account} mit {amount} im Rückstand.",
        "Referenz {reference} für die Erstattung von {amount} genannt.",
        "Router mit Firmware {version}, Seriennummer {serial}, Modell {model}.",
        "Bestellt {qty} Stück vom {model}.",
        "Sitzungs-ID {uuid} am Ticket hinterlegt.",
        "Kunde nannte eine Kartennummer, {card_bad}, die die Prüfung nicht besteht; bitte Ziffern prüfen.",
        "Gutscheinkarte {card_bad} hat kein Guthaben.",
        "Angegebene IBAN ({iban_bad}) ungültig, Prüfziffer falsch; Kundin klärt das mit ihrer Bank.",
        "US-Kunde nannte eine SSN, {ssn_bad}, die das System als ungültig ablehnt.",
        "Retourenschein unter {url}.",
        "Kunde nannte {order}, die Bestellnummer aus der Bestätigungsmail.",
        "Rechnung Nr. [{invoice}] am {date} bezahlt.",
        "Bestellung Nr. {order} wird in zwei Paketen geliefert.",
        "Kundennummer {account}, offener Betrag {amount}.",
        "Schaden zur Police {policy} über {amount}, Selbstbeteiligung {pct}.",
        "App-Version {version} stürzt beim Login ab; Geräte-ID {uuid}.",
        "{qty} Lizenzen für Kundennummer {account} nachgebucht.",
        "Vorgangsnummer: {case}.",
        "Mitglied seit {date}, Mitgliedsnummer {member}.",
        "Treuerabatt von {pct} auf Rechnung {invoice} gewährt.",
        "Referenz {reference} (nicht die Vorgangsnummer {case}).",
        "Erstattung freigegeben ({X}).",
        "An 2nd Level eskaliert – {X}.",
        "Liest {X:order} aus der Bestätigungsmail vor.",
        "Paket {X:tracking} immer noch nicht zugestellt.",
        "Gleiches Problem wie letzten Monat, siehe {X:case}.",
        "Zahlung {X:invoice} zugeordnet.",
        "Verlängerung für {X:policy} bearbeitet.",
        "Duplikat von {X:ticket}; geschlossen.",
        "Nennt {X:reference} aus der SMS.",
        "Liest {X:account} oben vom Anschreiben ab.",
        "Liest {X:member} von der Rückseite ihrer Karte ab.",
        "[{X}] Rückruf unter {P} erbeten.",
        "Notiz: {X} / {X}.",
        "Überweisung an IBAN {iban_bad} kam zurück, Daten fehlerhaft.",
    ],
    "filler": [
        "Kunde meldet sich wegen einer verspäteten Lieferung.",
        "Anruf kam aus der Warteschlange Abrechnung.",
        "Anschlussinhaber verifiziert.",
        "Fragt nach dem Stand einer Erstattung.",
        "Meldet abends Abbrüche der Internetverbindung.",
        "Mahngebühr erklärt.",
        "Kein weiterer Handlungsbedarf.",
        "Meldet sich wieder, falls das Problem erneut auftritt.",
        "Anruf dokumentiert, Wiedervorlage angelegt.",
        "Zieht nächsten Monat um und möchte den Anschluss mitnehmen.",
        "Bittet um eine Kopie des Vertrags.",
        "Rücksprache mit dem Lager, Kunde in der Warteschleife.",
        "Möchte wissen, warum die Rechnung gestiegen ist.",
        "Technikertermin angefragt.",
        "Wünscht keine Werbeanrufe mehr.",
        "Verbindung brach einmal ab, Kunde rief erneut an.",
        "Aktivierungs-SMS erneut gesendet.",
        "Lieferadresse bestätigt.",
        "Sicherheitsabfrage bestanden.",
        "Sohn des Vertragsinhabers ruft an, ist bevollmächtigt.",
    ],
}

TEMPLATES["ja"] = {
    "phone": [
        "お客様より{P}から入電、注文番号{order}の商品が未着とのこと。",
        "{time}以降に{P}へ折り返し希望。",
        "連絡先電話番号を{P}から{P}へ変更。",
        "携帯番号は{P:mob}とのこと。",
        "日中は勤務先の{P:fix}（内線{ext}）へ連絡希望。",
        "TEL：{P}",
        "電話番号{Pp}。",
        "{P}へ3回架電するも不在のため、{date}に再架電予定。",
        "{P:fix}は勤務先のため、{time}以降は架電不可とのこと。",
        "{P}より着信あり（{time}）、留守電なし。",
        "海外滞在中のため{date}まで{Pi}にて連絡可。",
        "{P}の番号ポータビリティ完了（{date}）、受付番号{reference}。",
        "{P}および{P}からの迷惑電話について相談。",
        "SMSは{P:mob}宛てに送信希望。",
        "訪問前に作業員より{P}へ連絡予定。",
        "ご家族の連絡先：{P}",
        "{P}以外には連絡しないでほしいとのこと。",
        "固定電話（{P:fix}）が{date}から不通。",
        "{P}から何度かけてもつながらなかったとのこと。",
        "お客様が番号をゆっくり読み上げ：{P}。",
        "注文番号{order}、折り返し先{P}。",
        "{P}を伺った後、レシートの{X:order}を読み上げ。",
        "登録番号［{P}］は現在使われていない。",
        "{P}の留守番電話にメッセージを残した。",
        "連絡先は{P}または{P}。",
    ],
    "email": [
        "メールアドレスを{E}に変更。",
        "明細書を{E}宛てに送付希望。",
        "メールアドレスは{E}とのこと（請求書記載のものとは異なる）。",
        "注文番号{order}の返品ラベルを{E}へ送付。",
        "メールアドレスを一文字ずつ確認：{E}",
        "{E}は使用していないため、新しいアドレス{E}へ変更。",
        "パスワード再設定用のリンクを{time}に{E}へ送信。",
        "見積書が届いていないため{E}へ再送（迷惑メールフォルダの確認を案内）。",
        "お客様番号{account}の電子請求書の送付先：{E}",
        "連絡先メール：<{E}>",
        "証券番号{policy}に関する書類は{E}にも送ってほしいとのこと。",
    ],
    "card": [
        "{amount}をカード{C}で決済。",
        "カード{C}が2回エラーとなったため、カード会社へ確認いただくよう案内。",
        "請求書番号{invoice}の支払いのため、カード番号{C}を伺った。",
        "{date}の{amount}の請求に覚えがないとのこと（カード{C}）。",
        "カード{C}の利用停止手続き完了。",
        "返金{amount}は元のカード（{C}）へ。",
        "登録カードを{C}に変更。",
        "月額料金を{C}で支払いたいとのこと。",
        "チャージバック受付、カード{C}、案件番号{case}。",
        "最初のカード番号{card_bad}はエラー、2枚目の{C}で決済完了。",
    ],
    "ssn": [
        "米国在住のお客様、ソーシャルセキュリティ番号{S}で本人確認。",
        "SSN {Sb}を確認（米国口座）。",
        "米国の与信審査のためSSN（{S}）を伺った。",
    ],
    "iban": [
        "海外送金先IBAN：{I}",
        "返金{amount}はIBAN {I}宛てに送金。",
        "ドイツの口座（{I}）への返金を希望。",
        "振込先をIBAN {I}、BIC {bic}で登録。",
        "IBANを2回読み上げ：{I}",
        "欧州の口座{I}から引き落とし希望。",
        "最初に伺った{iban_bad}は検証エラー、訂正後のIBANは{I}。",
    ],
    "mixed": [
        "{P}より入電、請求書番号{invoice}を{E}へ再送希望。",
        "{P}へ折り返し、{amount}をカード{C}で決済済み。",
        "連絡先を更新（電話{P}、メール{E}）、会員番号{member}。",
        "返金{amount}を{I}へ、確認メールは{E}へ。",
    ],
    "decoy": [
        "注文番号{order}と請求書番号{invoice}、いずれも{amount}。",
        "案件番号{case}を{date}{time}に起票。",
        "チケット{ticket}を案件番号{case}に紐付け。",
        "お問い合わせ伝票番号{tracking}、{date}から営業所保管中。",
        "証券番号{policy}、{date}の更新で保険料が{pct}上がる。",
        "会員番号{member}、郵便番号〒{postcode}。",
        "お客様番号{account}、未払い{amount}。",
        "受付番号{reference}にて返金{amount}を手配。",
        "ルーターのファームウェア{version}、製造番号{serial}、型番{model}。",
        "{model}を{qty}台注文。",
        "セッションID{uuid}をチケットに添付。",
        "カード番号{card_bad}はチェックでエラー、番号の再確認を依頼。",
        "ギフトカード{card_bad}の残高がゼロとのこと。",
        "IBAN（{iban_bad}）は検証エラー、お客様が銀行へ確認予定。",
        "米国のSSNとして{ssn_bad}を伺ったが、システム上無効。",
        "返品方法は{url}を案内。",
        "確認メールに記載の注文番号は{order}とのこと。",
        "{order}（注文番号）の配送状況を確認。",
        "請求書番号［{invoice}］は{date}に入金済み。",
        "会員番号：{member}",
        "追跡番号{tracking}、配達員が来なかったとのこと。",
        "アプリのバージョン{version}でログイン時に強制終了、端末ID{uuid}。",
        "お客様番号{account}に{qty}ライセンス追加。",
        "保険金請求（証券番号{policy}）{amount}、免責{pct}。",
        "管理番号：{case}",
        "{date}入会、会員番号{member}。",
        "請求書番号{invoice}に{pct}の割引を適用。",
        "受付番号{reference}（案件番号{case}とは別）。",
        "返金承認済み（{X}）。",
        "二次対応へエスカレーション：{X}",
        "確認メールに記載の{X:order}を読み上げ。",
        "荷物{X:tracking}がまだ届かない。",
        "先月と同じ事象、{X:case}参照。",
        "{X:invoice}の入金を確認。",
        "{X:policy}の更新手続き完了。",
        "{X:ticket}と重複のためクローズ。",
        "SMSに記載の{X:reference}を伺った。",
        "書面右上の{X:account}を読み上げ。",
        "カード裏面の{X:member}を確認。",
        "【{X}】{P}へ折り返し希望。",
        "メモ：{X}／{X}",
        "IBAN {iban_bad}への送金が組戻しとなった。",
    ],
    "filler": [
        "配送遅延についての問い合わせ。",
        "請求担当から転送された入電。",
        "契約者ご本人であることを確認。",
        "返金の進捗確認。",
        "夜間にインターネットが切れるとのこと。",
        "延滞手数料について説明。",
        "対応完了、追加対応なし。",
        "再発した場合は再度連絡いただくよう案内。",
        "通話内容を記録し、フォローアップのタスクを作成。",
        "来月転居予定のため、サービスの移転を希望。",
        "契約書の写しを希望。",
        "保留中に倉庫へ在庫を確認。",
        "請求額が上がった理由を知りたいとのこと。",
        "技術者の訪問を手配。",
        "営業電話の停止を希望。",
        "通話が一度切れ、お客様から再度入電。",
        "アクティベーション用SMSを再送。",
        "配送先住所を確認。",
        "本人確認の質問に回答済み。",
        "契約者のご子息より入電、代理権限あり。",
    ],
}

# main-category weights per language (shape of the PII mix) and per-text add-on probabilities
MAIN_WEIGHTS = {
    "en": [(35, "phone"), (14, "email"), (14, "card"), (14, "ssn"), (12, "iban"), (8, "mixed"), (8, "decoy")],
    "es": [(37, "phone"), (16, "email"), (16, "card"), (6, "ssn"), (15, "iban"), (7, "mixed"), (8, "decoy")],
    "fr": [(37, "phone"), (16, "email"), (17, "card"), (4, "ssn"), (16, "iban"), (7, "mixed"), (8, "decoy")],
    "de": [(37, "phone"), (15, "email"), (17, "card"), (4, "ssn"), (16, "iban"), (7, "mixed"), (8, "decoy")],
    "ja": [(37, "phone"), (18, "email"), (19, "card"), (4, "ssn"), (14, "iban"), (6, "mixed"), (8, "decoy")],
}

# ---------------------------------------------------------------------------------------------
# PII text assembly
# ---------------------------------------------------------------------------------------------

SLOT_RE = re.compile(r"\{([A-Za-z_]+)(?::([a-z_]+))?\}")
PHONE_STYLE = {"P": "any", "Pi": "intl", "Pn": "nat", "Pc": "compact", "Pp": "plain"}
BAD_LABEL = {"card_bad": "decoy:card_invalid", "iban_bad": "decoy:iban_invalid",
             "ssn_bad": "decoy:ssn_invalid"}
LOC_KIND = {"date": "date", "time": "time", "amount": "amount", "pct": "percentage",
            "postcode": "postcode", "qty": "quantity", "uuid": "uuid", "version": "version",
            "bic": "bic", "url": "url", "serial": "serial", "model": "model"}
ID_CONTEXT_SEEN = set()  # (lang, kind, with_context)
ID_CONTEXT_COUNT = Counter()  # (lang, with_context) -> spans


def fill_slot(name, arg, lang, loc):
    """Return (text, label) for one template slot."""
    if name in PHONE_STYLE:
        s = make_phone(loc, lang, PHONE_STYLE[name], arg)
        if lang == "ja" and R.random() < 0.12:
            s = fullwidth(s)
        elif " " in s and R.random() < 0.04:
            s = break_line(s)
        return s, "phone"
    if name == "E":
        return make_email(lang, loc), "email"
    if name == "C":
        s = make_card()
        if " " in s and R.random() < 0.03:
            s = break_line(s)
        return s, "card"
    if name == "S":
        return make_ssn("fmt"), "ssn"
    if name == "Sb":
        return make_ssn("bare"), "ssn"
    if name == "I":
        s = make_iban(lang, loc)
        if " " in s and R.random() < 0.04:
            s = break_line(s)
        return s, "iban"
    if name in ID_KINDS or name == "X":
        kind = arg or (pick(ID_KINDS) if name == "X" else name)
        ctx = name != "X"
        s = make_id(kind, lang, ctx)
        if lang == "ja" and R.random() < 0.08:
            s = fullwidth(s)
        elif " " in s and R.random() < 0.03:
            s = break_line(s)
        ID_CONTEXT_SEEN.add((lang, kind, ctx))
        ID_CONTEXT_COUNT[(lang, ctx)] += 1
        return s, "decoy:" + kind
    if name == "card_bad":
        return make_card_bad(), BAD_LABEL[name]
    if name == "iban_bad":
        return make_iban_bad(lang, loc), BAD_LABEL[name]
    if name == "ssn_bad":
        return make_ssn_bad(), BAD_LABEL[name]
    if name in LOC_KIND:
        return LOC_DECOY_FN[LOC_KIND[name]](lang, loc), "decoy:" + LOC_KIND[name]
    if name == "ext":
        return str(R.choice([R.randint(10, 99), R.randint(100, 999), R.randint(1000, 4999)])), None
    if name == "n":
        return str(R.randint(2, 9)), None
    raise KeyError(name)


def split_template(t):
    if t.startswith("@"):
        head, body = t[1:].split("|", 1)
        return set(head.split(",")), body
    return None, t


def choose_template(lang, cat, loc):
    pool = TEMPLATES[lang][cat]
    while True:
        locs, body = split_template(pick(pool))
        if locs is None or loc in locs:
            return body


def render(body, lang, loc):
    segs, pos = [], 0
    for m in SLOT_RE.finditer(body):
        if m.start() > pos:
            segs.append([body[pos:m.start()], None])
        segs.append(list(fill_slot(m.group(1), m.group(2), lang, loc)))
        pos = m.end()
    if pos < len(body):
        segs.append([body[pos:], None])
    return segs


def merge_nulls(segs):
    out = []
    for text, label in segs:
        if label is None and out and out[-1][1] is None:
            out[-1][0] += text
        elif label is None or text:
            out.append([text, label])
    return [s for s in out if s[0]]


ADDON_DECOY = {"en": 0.62, "es": 0.62, "fr": 0.62, "de": 0.62, "ja": 0.62}
ADDON_PII = [(3, "phone"), (2, "email"), (2, "card"), (2, "iban")]


def make_pii_text(lang):
    loc = wpick(LOCALES[lang])
    cat = wpick(MAIN_WEIGHTS[lang])
    if cat in ("ssn",) and lang in ("en", "es"):
        loc = "US"
    parts = [choose_template(lang, cat, loc)]
    if R.random() < ADDON_DECOY[lang] or cat in ("email", "iban", "ssn"):
        parts.append(choose_template(lang, "decoy", loc))
    if R.random() < 0.18:
        parts.append(choose_template(lang, wpick(ADDON_PII), loc))
    if len(parts) < 3 and R.random() < 0.35:
        filler = choose_template(lang, "filler", loc)
        if R.random() < 0.6:
            parts.insert(0, filler)
        else:
            parts.append(filler)
    if len(parts) > 1 and R.random() < 0.5:
        first = parts.pop(0)
        R.shuffle(parts)
        parts.insert(0, first)
    joiner = "" if lang == "ja" else ("\n" if R.random() < 0.06 else " ")
    segs = []
    for i, body in enumerate(parts):
        if i:
            # a note line without final punctuation ("Email: x@y.z") ends with a line break
            ended = parts[i - 1].rstrip()[-1] in ".!?。）)」"
            segs.append([joiner if ended else "\n", None])
        segs.extend(render(body, lang, loc))
    return {"lang": lang, "segments": merge_nulls(segs)}


PII_PER_LANG = 220


# ---------------------------------------------------------------------------------------------
# Sentiment pools.  Hand-written standalone texts per class, plus procedural facts that are
# combined with a neutral, positive or negative closing sentence (the closing decides).
# ---------------------------------------------------------------------------------------------

SENT = {}

SENT["en"] = {
    "neutral": [
        "Agent reset the password and sent a confirmation e-mail.",
        "Customer reported a billing error; agent explained the charge and opened case 48213.",
        "Customer asked to cancel the sports add-on; cancellation processed effective end of month.",
        "Customer requested a refund for the duplicate charge; refund submitted, 3-5 business days.",
        "Agent emailed the complaint form as requested.",
        "Agent closed the call with the standard thanks-for-calling script.",
        "Free upgrade to the 500 Mb plan applied as part of the annual migration.",
        "Agent asked the customer to kill the process in Task Manager and relaunch the app.",
        "Line test run: no issues found.",
        "Customer asked to move the billing date; agent said that is not a problem and moved it to the 15th.",
        "Error code E-204 on the set-top box; agent talked the customer through a factory reset.",
        "Customer called for help setting up voicemail; agent walked through the steps.",
        "Customer asked the agent to please resend the invoice; invoice resent.",
        "Porting request submitted; expected completion Thursday.",
        "Chargeback notification received from the bank; agent explained the dispute process and timelines.",
        "Customer reported an outage in her area; agent confirmed planned maintenance until 6 am.",
        "Payment failed due to an expired card; customer updated the card details.",
        "Customer asked how to cancel a direct debit; agent explained the steps.",
        "Customer wanted to know the early termination fee; agent quoted the amount from the contract.",
        "Agent changed the Wi-Fi channel to reduce interference; customer will monitor the connection.",
        "Meter reading submitted.",
        "Callback requested.",
        "Resolved.",
        "Address updated.",
        "Customer asked for a paper bill.",
        "Direct debit date moved to the 1st.",
        "Customer was not angry, just wanted to confirm the delivery date; date confirmed.",
        "Customer called about a failed delivery attempt; redelivery booked for Monday.",
        "Customer asked whether the price increase applies to her plan; agent confirmed it applies from April.",
        "Agent removed the roaming bar at the customer's request.",
        "Customer reported a lost phone; SIM blocked and replacement SIM ordered.",
        "Credit check failed; agent offered a SIM-only plan instead and the customer will think about it.",
        "Customer asked for an itemised bill for March; agent emailed it.",
        "Duplicate account merged.",
        "Customer asked about cancellation rights within the 14-day cooling-off period; agent explained them.",
        "Software update installed remotely; router rebooted.",
        "Customer requested help with the online account; agent resent the activation link.",
        "Customer confirmed there were no issues with the last bill and asked to switch to paperless billing.",
        "Customer called to check the refund status; refund was issued on 3 May.",
        "Agent confirmed the engineer appointment for Tuesday morning.",
        "Customer is moving abroad and asked to close the account; closure processed and final bill explained.",
        "Customer wanted to cancel the order before dispatch; order cancelled, no charge.",
        "Customer reported an error in the invoice address; corrected.",
        "Customer asked why the payment failed; agent explained the bank declined it, customer will pay by card.",
        "Customer asked for last week's fault reference; agent provided it.",
        "No answer on callback; voicemail left.",
        "Transferred to the billing team.",
        "Password changed.",
        "Agent explained how to dispute a card charge with the bank.",
        "Customer said it is not a problem to wait until Friday; engineer booked for Friday.",
        "Customer asked what happens to her number if she cancels; agent explained porting out.",
        "Customer reported a fault on the landline; line test showed no fault, advised to try another handset.",
        "Account holder deceased; agent processed the bereavement request and posted the forms.",
        "Refund of the deposit processed.",
        "Customer asked if roaming in Spain is included; agent confirmed it is.",
        "Customer called on behalf of his mother to add him as an authorised user; done.",
        "Customer asked to stop marketing texts; preferences updated.",
        "Outage ticket closed after the network team cleared the fault.",
        "Customer requested a PAC code; code sent by text, valid for 30 days.",
        "Kill switch explained for the VPN add-on; customer will enable it himself.",
        "Agent helped the customer find the complaint form on the website.",
        "Please note the customer prefers contact by email.",
        "Bill shock alert set at the customer's request.",
        "Customer reported a problem with voicemail notifications; agent reset the voicemail box.",
        "Customer asked for help cancelling a duplicate order; cancelled, refund of the deposit to follow.",
    ],
    "positive": [
        "Issue resolved to the customer's satisfaction.",
        "Customer was pleased with the quick refund.",
        "Customer thanked the agent several times for sorting out the bill.",
        "Customer said this was the best service she has had from us.",
        "Customer was frustrated about the outage at first, but was happy once the credit was applied.",
        "Although the delivery was late, the customer was delighted with the replacement and the voucher.",
        "Customer had been on hold for 20 minutes, yet ended the call thanking the agent for her patience.",
        "No complaints at all - customer says the new router is much faster.",
        "Customer couldn't have been happier with the engineer visit.",
        "Customer praised the engineer for tidying up after the installation.",
        "Customer relieved that the double charge has been reversed.",
        "Customer was impressed by how quickly the number was ported.",
        "Customer said the chat agent yesterday was brilliant and wanted that passed on.",
        "Chargeback resolved in the customer's favour; she was very grateful.",
        "Customer was not unhappy at all - she was glad we called to check on her.",
        "Customer appreciated the callback and said the problem is finally fixed.",
        "Customer delighted.",
        "Very happy customer.",
        "Customer grateful.",
        "Customer loves the free upgrade.",
        "Customer thanked us for the refund and said she will recommend us to friends.",
        "Billing dispute settled; customer satisfied with the explanation and the credit note.",
        "Customer said the app update fixed everything and thanked the team.",
        "Customer first threatened to cancel, but after the retention offer she was happy to stay.",
        "Customer was worried about the chargeback but left the call reassured and thankful.",
        "Customer said the agent was really helpful and patient with her father's account.",
        "Customer pleased that the porting completed a day early.",
        "Customer happy with the outcome.",
        "The engineer arrived on time and the customer was very pleased with the work.",
        "Customer complimented the new bill layout, says it is much clearer.",
        "After three failed attempts the line is finally working and the customer was over the moon.",
        "Customer called just to say thank you for the quick repair.",
        "Customer was satisfied with the explanation of the price increase and kept the contract.",
        "Problem solved on the first call; customer very appreciative.",
        "Customer was impressed with how easy the online return was.",
        "Lovely customer, thrilled with the discount.",
        "Customer glad the error was caught before the payment went out.",
        "Refund arrived faster than promised and the customer is very happy.",
        "Customer expressed gratitude for the waived late fee.",
        "Customer satisfied.",
        "Even though the part is back-ordered, the customer was happy with the loan device and thanked the agent.",
        "Customer said the new fibre connection is fantastic.",
        "Sorted! Customer happy.",
        "Customer wanted to pass on praise for the technician who visited on Monday.",
        "Customer said we went above and beyond.",
        "Customer very pleased that the outage compensation was applied automatically.",
        "Customer said it was no hassle at all and thanked the agent for the clear steps.",
        "Customer was sceptical about switching but is now delighted with the savings.",
        "Customer thrilled that her old number came across with the port.",
        "Customer told the agent she had saved her day.",
        "Customer really appreciated the follow-up call.",
        "Replacement headset works perfectly; customer very satisfied.",
        "Last week's complaint is resolved and the customer was pleased with how it was handled.",
        "Customer appreciated the honest answer about the delay and was happy to wait.",
        "Customer said she will give us five stars in the survey.",
        "Customer ecstatic to get the refund before the holidays.",
        "Customer happy to stay after the loyalty discount.",
        "Not a single problem since the fix, customer says, and she is very happy.",
        "Customer angry at the start about the bill, but calm and thankful by the end once the fee was removed.",
        "Customer called back only to say the fix worked and thank the agent.",
    ],
    "negative": [
        "Customer furious.",
        "Great, a third dropped call this week.",
        "Customer is threatening to cancel if the outage is not fixed by Friday.",
        "Customer was very angry about being charged twice and demanded to speak to a manager.",
        "Escalated to a supervisor after the customer refused the offered credit.",
        "Issue not resolved; customer still has no internet after three engineer visits.",
        "Customer complained about the rude agent on her previous call.",
        "Customer frustrated that the refund promised last month has still not arrived.",
        "Oh wonderful, another estimated delivery that came and went, said the customer.",
        "Customer said thanks for nothing and hung up.",
        "The agent was polite, but the customer still wants to cancel because of the price rise.",
        "Although the bill was corrected, the customer is unhappy that it took four calls.",
        "Customer filed a formal complaint about the missed appointment.",
        "Customer disappointed with the replacement device, says it is worse than the old one.",
        "Customer annoyed at being transferred five times.",
        "Customer opened a chargeback after we refused the refund and is angry with us.",
        "Customer said she will leave a bad review and go to the ombudsman.",
        "Porting has failed twice and the customer is fed up.",
        "Customer upset that the outage credit does not cover the days she had to work from a cafe.",
        "Customer very dissatisfied with the response time.",
        "Customer called to complain, again, about the noise on the line; no fix available yet.",
        "Customer cancelled the contract in frustration after the third billing error.",
        "Customer unhappy.",
        "Not happy at all - customer says the upgrade made things worse.",
        "Customer was not satisfied with the explanation and asked for the complaint to be escalated.",
        "Problem unresolved while we wait for parts; customer frustrated by the delay.",
        "Customer shouted at the agent and ended the call.",
        "Thanks a lot for the surprise fee, the customer said sarcastically.",
        "Customer is losing patience: four weeks without a working landline.",
        "Customer felt misled by the sales team about the contract length.",
        "Lovely, another price increase - customer not impressed.",
        "Customer says she has been lied to and wants everything in writing.",
        "Customer stayed calm but made it clear she is looking at other providers.",
        "Customer disputed the late fee and was not happy with the answer.",
        "Customer complained that the engineer never showed up.",
        "Customer exasperated.",
        "Billing issue still open after two weeks; customer irritated.",
        "Customer said the app has been useless since the update.",
        "The replacement arrived damaged; customer is livid.",
        "Customer threatened legal action over the debt collection letters.",
        "Customer unhappy that nobody called back as promised.",
        "Fantastic, the router died again, customer said - second time this month.",
        "Customer felt the agent was not listening.",
        "Customer demanded escalation; no supervisor was available.",
        "Customer complained about hidden charges on the bill.",
        "Customer appreciated the agent's effort, but the outage is still not fixed and she is fed up.",
        "Customer said she is done with us and asked for her PAC code.",
        "Customer upset that her complaint from last month was never answered.",
        "Refund refused; customer angry and asked for the complaints procedure.",
        "Customer distressed that the direct debit took money twice just before rent day.",
        "Customer found the hold time unacceptable.",
        "Customer described the service as a joke.",
        "Customer wants to cancel; tired of the constant outages.",
        "Sure, next business day - for the fourth time, the customer remarked.",
        "Customer frustrated; unresolved.",
        "Customer not pleased.",
        "Customer's ticket was closed without her agreement and she is angry.",
        "Customer disappointed that the free upgrade offer was withdrawn.",
        "Complaint escalated to the executive office.",
        "Customer said thanks, but she still wants to cancel.",
    ],
}

SENT_FACTS = {}
SENT_TAILS = {}

SENT_FACTS["en"] = [
    "Customer called about a charge on the March bill; agent confirmed the direct debit date.",
    "Customer reported slow broadband; agent ran a line test and reset the port.",
    "Customer asked to change tariff; agent processed the plan change.",
    "Customer reported a missing parcel; agent opened a trace with the courier.",
    "Customer requested a refund for an unused add-on; agent submitted the refund.",
    "Customer's card payment failed; agent took the payment over the phone.",
    "Customer asked to bring her number from another network; agent raised the porting request.",
    "Customer saw an error message when logging in; agent cleared the app cache remotely.",
    "Customer asked about an outage in her postcode; agent confirmed it and gave the estimated fix time.",
    "Customer queried a roaming charge; agent went through the usage records.",
    "Customer wanted to cancel the insurance add-on; agent processed the cancellation.",
    "Customer needed help setting up the new router; agent walked her through it.",
    "Customer received a chargeback letter; agent explained the process.",
    "Customer needed a replacement SIM; agent ordered one.",
    "Customer asked for an engineer visit; agent booked Thursday morning.",
    "Customer called about the price change letter; agent explained the annual adjustment.",
    "Customer asked for a breakdown of April's calls; agent emailed the itemised bill.",
    "Customer is transferring the account to her partner; agent sent the transfer forms.",
    "Customer asked about the outstanding balance; agent explained it and offered a payment plan.",
    "Customer asked to change the delivery address on an open order; agent updated it.",
    "Customer reported no dial tone; agent raised a fault ticket.",
    "Customer asked for a credit limit increase; agent submitted the request.",
    "Customer needed her PIN reset; agent reset it after security checks.",
    "Customer asked for the cancellation fee to be explained; agent went through the contract terms.",
    "Customer moved house; agent updated the service address and scheduled the transfer.",
    "Customer asked about the free upgrade offer; agent checked eligibility.",
    "Customer called about a failed direct debit; agent re-presented the payment.",
    "Customer wanted to know why the bill was higher; agent pointed out the out-of-bundle calls.",
]
SENT_TAILS["en"] = {
    "neutral": [
        "Case closed.", "No further action.", "Confirmation sent by email.", "Reference number provided.",
        "Customer will call back if needed.", "Follow-up scheduled for next week.",
        "Notes added to the account.", "Customer to confirm by email.",
    ],
    "positive": [
        "Customer was very pleased with the outcome.", "Customer thanked the agent warmly.",
        "Customer said she was delighted with the help.", "Customer happy and grateful.",
        "Customer praised the agent's patience.", "Customer said it was a great experience.",
        "Customer left the call satisfied.", "Customer was relieved and thankful.",
        "Customer said the agent was fantastic.",
    ],
    "negative": [
        "Customer remained unhappy and asked for a manager.", "Customer is still frustrated and wants to cancel.",
        "Customer complained it is the third call about the same thing.", "Customer angry about how long it took.",
        "Customer said she will raise a formal complaint.", "Customer ended the call upset.",
        "Customer fed up with the wait.", "Customer dissatisfied with the answer.",
        "Customer said this is unacceptable.",
    ],
}

SENT["es"] = {
    "neutral": [
        "Se restablece la contraseña y se envía correo de confirmación.",
        "El cliente reporta un error en la factura; se le explica el cargo y se abre el caso 5531.",
        "Solicita la baja del paquete de fútbol; se tramita con efecto a fin de mes.",
        "Pide el reembolso de un cargo duplicado; se solicita, plazo de 3 a 5 días hábiles.",
        "Se le envía por correo la hoja de reclamaciones, tal como pidió.",
        "Portabilidad solicitada; fecha prevista el jueves.",
        "Se le indica cómo cerrar el proceso bloqueado desde el administrador de tareas y reiniciar la app.",
        "Prueba de línea realizada: sin incidencias.",
        "Pregunta si puede cambiar la fecha de cobro; se le dice que no hay problema y se pasa al día 15.",
        "Código de error E-204 en el decodificador; se le guía para restaurar los valores de fábrica.",
        "Se recibe aviso de contracargo del banco; se le explica el procedimiento.",
        "Consulta por una avería en su zona; se confirma mantenimiento programado hasta las 6:00.",
        "Pago rechazado por tarjeta caducada; el cliente actualiza los datos.",
        "Mejora gratuita a 600 Mb aplicada dentro de la migración anual.",
        "Solicita factura en papel.",
        "Dirección actualizada.",
        "Se solicita devolución de llamada.",
        "Resuelto.",
        "No está enojado, solo quería confirmar la fecha de entrega; fecha confirmada.",
        "Pide ayuda para configurar el buzón de voz; se le guía paso a paso.",
        "Se muda al extranjero y pide la baja de la línea; baja tramitada.",
        "Consulta la penalización por baja anticipada; se le informa del importe según contrato.",
        "Se bloquea la SIM por pérdida del móvil y se envía un duplicado.",
        "Reembolso de la fianza tramitado.",
        "Pregunta si el roaming en Francia tiene coste; se le confirma que está incluido.",
        "Lectura del contador registrada.",
        "Pregunta por qué falló el pago; el banco lo rechazó y pagará con tarjeta.",
        "Ninguna incidencia en la última factura; pide pasarse a factura electrónica.",
        "Se le ayuda a encontrar el formulario de quejas en la web.",
    ],
    "positive": [
        "Incidencia resuelta a satisfacción del cliente.",
        "La clienta quedó muy contenta con la rapidez del reembolso.",
        "Agradece varias veces la ayuda con la factura.",
        "Al principio estaba molesto por el corte, pero terminó la llamada muy agradecido tras el abono.",
        "Aunque el pedido llegó tarde, la clienta está encantada con el reemplazo y el cupón.",
        "Dice que es la mejor atención que ha recibido en años.",
        "Cliente encantado.",
        "Muy satisfecha con la visita del técnico.",
        "Felicita al técnico por lo limpio que dejó todo.",
        "Aliviada de que se anulara el cargo duplicado.",
        "Ninguna queja: dice que el router nuevo va muchísimo mejor.",
        "Amenazó con darse de baja, pero con la oferta de retención se queda y contento.",
        "Contracargo resuelto a su favor; muy agradecida.",
        "Le encanta la mejora gratuita.",
        "Quedó impresionado con lo rápido que se hizo la portabilidad.",
        "Agradece la llamada de seguimiento; por fin funciona todo.",
        "Cliente satisfecho.",
        "Dice que el agente fue muy amable y paciente con su madre.",
        "¡Solucionado! Cliente feliz.",
        "Tras tres intentos fallidos, la línea por fin funciona y la clienta está feliz.",
        "Llama solo para dar las gracias por la reparación.",
        "Quiere que conste su felicitación al técnico que vino el lunes.",
        "Muy contento con el descuento por fidelidad; se queda con nosotros.",
        "Dice que la app ahora va de maravilla y da las gracias al equipo.",
        "Estaba preocupada por el contracargo, pero se queda tranquila y agradecida.",
        "Queda conforme y contenta con la explicación de la subida.",
    ],
    "negative": [
        "Cliente furioso.",
        "Genial, tercera llamada cortada esta semana.",
        "Amenaza con darse de baja si no arreglan la avería antes del viernes.",
        "Muy enfadado por el cobro doble; exige hablar con un responsable.",
        "Se escala a supervisor porque rechaza el abono ofrecido.",
        "Sin resolver: sigue sin internet después de tres visitas técnicas.",
        "Se queja del trato grosero en la llamada anterior.",
        "Molesta porque el reembolso prometido el mes pasado aún no llega.",
        "El agente fue amable, pero el cliente igual quiere la baja por la subida de precio.",
        "Aunque se corrigió la factura, está descontenta porque tuvo que llamar cuatro veces.",
        "Pone una reclamación formal porque el técnico no se presentó a la cita.",
        "Decepcionado con el equipo de sustitución, dice que es peor que el anterior.",
        "Harta de que la pasen de un departamento a otro.",
        "Dice que va a poner una queja en Profeco.",
        "La portabilidad ha fallado dos veces y el cliente está harto.",
        "Nada contento: dice que la actualización lo empeoró todo.",
        "Gracias por nada, dijo antes de colgar.",
        "Qué maravilla, otra subida de precio, comenta el cliente con ironía.",
        "Lleva un mes sin teléfono fijo y está perdiendo la paciencia.",
        "Se siente engañada por el comercial con lo de la permanencia.",
        "Cliente indignado.",
        "Reclamación escalada a dirección.",
        "Agradece el esfuerzo, pero la avería sigue sin arreglarse y está harta.",
        "Dice que se cambia de compañía este mismo mes.",
        "Nadie le devolvió la llamada como se prometió; está muy molesto.",
        "Claro, mañana sin falta, por cuarta vez, ironiza la clienta.",
    ],
}
SENT_FACTS["es"] = [
    "Llama por un cargo en la factura de marzo; se revisa la cuenta y se confirma la fecha de domiciliación.",
    "Reporta lentitud en la fibra; se hace prueba de línea y se reinicia el puerto.",
    "Solicita cambio de tarifa; se tramita el cambio.",
    "No ha recibido un paquete; se abre una investigación con la mensajería.",
    "Pide el reembolso de un servicio no utilizado; se solicita el reembolso.",
    "Falla el pago con tarjeta; se cobra por teléfono.",
    "Quiere traer su número de otra compañía; se solicita la portabilidad.",
    "Le aparece un error al iniciar sesión; se borra la caché de la app.",
    "Pregunta por una avería en su zona; se confirma y se da hora estimada de reparación.",
    "Consulta un cargo de roaming; se revisa el detalle de consumo.",
    "Quiere quitar el seguro del móvil; se tramita la baja del seguro.",
    "Necesita ayuda para instalar el router nuevo; se le guía en la configuración.",
    "Recibió una carta de contracargo; se le explica el proceso.",
    "Necesita un duplicado de SIM; se envía a su domicilio.",
    "Pide visita técnica; se agenda para el jueves por la mañana.",
    "Pregunta por la carta de actualización de precios; se explica el cambio anual.",
    "Solicita el desglose de llamadas de abril; se envía por correo.",
    "Cambia el titular de la línea; se envía la documentación.",
    "Consulta el saldo pendiente; se informa y se ofrece pago fraccionado.",
    "Pide cambiar la dirección de envío del pedido; se actualiza.",
]
SENT_TAILS["es"] = {
    "neutral": ["Caso cerrado.", "Sin más gestiones.", "Se envía confirmación por correo.",
                "Se le da número de referencia.", "Volverá a llamar si lo necesita.",
                "Queda pendiente de confirmación."],
    "positive": ["La clienta queda muy satisfecha.", "Agradece mucho la ayuda.",
                 "El cliente se muestra encantado con la solución.",
                 "Dice que da gusto que le atiendan así.", "Queda contento y da las gracias.",
                 "Valora muy positivamente la atención."],
    "negative": ["Aun así, sigue muy molesto y pide hablar con un supervisor.",
                 "No queda conforme y amenaza con darse de baja.",
                 "Se queja de que es la tercera vez que llama por lo mismo.",
                 "Está harta y dice que pondrá una reclamación.",
                 "El cliente está indignado por cómo se ha gestionado.",
                 "Termina la llamada muy enfadado."],
}

SENT["fr"] = {
    "neutral": [
        "Mot de passe réinitialisé, e-mail de confirmation envoyé.",
        "Le client signale une erreur de facturation ; explication du montant et ouverture du dossier 7742.",
        "Demande de résiliation de l'option TV ; prise en compte à la fin du mois.",
        "Demande de remboursement d'un double prélèvement ; remboursement lancé, délai de 3 à 5 jours ouvrés.",
        "Formulaire de réclamation envoyé par mail à la demande du client.",
        "Demande de portabilité enregistrée ; mise en service prévue jeudi.",
        "Explication pour forcer l'arrêt du processus dans le gestionnaire des tâches, puis relancer l'appli.",
        "Test de ligne effectué : aucun défaut constaté.",
        "Souhaite changer la date de prélèvement ; pas de problème, passée au 15.",
        "Code erreur E-204 sur le décodeur ; réinitialisation guidée.",
        "Avis de rétrofacturation reçu de la banque ; procédure expliquée.",
        "Panne signalée dans son secteur ; maintenance programmée jusqu'à 6 h confirmée.",
        "Échec de paiement, carte expirée ; le client met à jour sa carte.",
        "Montée en débit gratuite appliquée dans le cadre de la migration annuelle.",
        "Demande une facture papier.",
        "Adresse modifiée.",
        "Rappel demandé.",
        "Résolu.",
        "Pas fâché, voulait juste confirmer la date de livraison ; date confirmée.",
        "Aide demandée pour configurer la messagerie vocale ; étapes détaillées.",
        "Résiliation de la ligne suite à un départ à l'étranger ; traitée.",
        "Demande le montant des frais de résiliation anticipée ; montant indiqué.",
        "Perte du téléphone : SIM bloquée, nouvelle SIM commandée.",
        "Dépôt de garantie remboursé.",
        "Relevé de compteur enregistré.",
        "Demande si le roaming en Espagne est inclus ; confirmé.",
        "Aucune anomalie sur la dernière facture ; passage à la facture électronique demandé.",
        "Demande pourquoi le prélèvement a échoué ; rejet de la banque expliqué, paiera par carte.",
        "Merci de noter que le client préfère être contacté par mail.",
    ],
    "positive": [
        "Problème résolu à la satisfaction du client.",
        "Cliente ravie de la rapidité du remboursement.",
        "Remercie chaleureusement le conseiller pour son aide sur la facture.",
        "Agacé au début par la coupure, il a fini l'appel très content après le geste commercial.",
        "Même si la livraison était en retard, la cliente est enchantée du remplacement et du bon d'achat.",
        "Dit que c'est le meilleur service client qu'elle ait connu.",
        "Client ravi.",
        "Très satisfaite de l'intervention du technicien.",
        "Félicite le technicien pour son travail soigné.",
        "Soulagée que le double prélèvement ait été annulé.",
        "Aucune plainte : trouve la nouvelle box beaucoup plus rapide.",
        "Menaçait de résilier, mais l'offre de fidélité l'a convaincu et il est content de rester.",
        "Rétrofacturation réglée en sa faveur ; très reconnaissante.",
        "Adore la montée en débit gratuite.",
        "Impressionné par la rapidité de la portabilité.",
        "Remercie pour le rappel ; tout fonctionne enfin.",
        "Client satisfait.",
        "Souligne la gentillesse et la patience du conseiller avec sa mère.",
        "Réglé ! Client content.",
        "Après trois tentatives, la ligne fonctionne enfin et la cliente est aux anges.",
        "Appelle uniquement pour remercier de la réparation rapide.",
        "Souhaite qu'on transmette ses compliments au technicien passé lundi.",
        "Très content de la remise fidélité ; reste chez nous.",
        "L'appli fonctionne à merveille depuis la mise à jour, remercie l'équipe.",
        "Inquiète à cause de la rétrofacturation, elle repart rassurée et reconnaissante.",
        "Pas du tout déçue : le nouveau forfait lui convient parfaitement.",
    ],
    "negative": [
        "Client furieux.",
        "Génial, troisième appel coupé cette semaine.",
        "Menace de résilier si la panne n'est pas réparée d'ici vendredi.",
        "Très en colère à cause du double prélèvement ; exige un responsable.",
        "Escalade vers un superviseur : refuse le geste commercial proposé.",
        "Non résolu : toujours pas d'internet après trois passages du technicien.",
        "Se plaint de l'impolitesse du conseiller lors de l'appel précédent.",
        "Agacée que le remboursement promis le mois dernier ne soit toujours pas arrivé.",
        "Le conseiller a été aimable, mais le client veut quand même résilier à cause de la hausse de prix.",
        "Bien que la facture ait été corrigée, elle est mécontente d'avoir dû appeler quatre fois.",
        "Réclamation formelle pour le rendez-vous manqué du technicien.",
        "Déçu par l'appareil de remplacement, qu'il trouve pire que l'ancien.",
        "Excédée d'être transférée de service en service.",
        "Menace de saisir le médiateur et de laisser un avis négatif.",
        "La portabilité a échoué deux fois, le client en a ras le bol.",
        "Pas content du tout : la mise à jour a tout empiré.",
        "Merci pour rien, dit-il avant de raccrocher.",
        "Encore une hausse de prix, bravo, ironise le client.",
        "Un mois sans ligne fixe, la cliente perd patience.",
        "Se sent trompée par le vendeur sur la durée d'engagement.",
        "Client exaspéré.",
        "Réclamation remontée au service consommateurs.",
        "Remercie pour les efforts, mais la panne n'est toujours pas réglée et elle en a assez.",
        "Annonce qu'il part chez un concurrent dès ce mois-ci.",
        "Personne ne l'a rappelé comme promis ; très mécontent.",
        "« Demain sans faute », pour la quatrième fois, ironise la cliente.",
    ],
}
SENT_FACTS["fr"] = [
    "Appelle pour un montant sur la facture de mars ; vérification du compte et de la date de prélèvement.",
    "Signale un débit internet lent ; test de ligne et redémarrage du port.",
    "Souhaite changer de forfait ; changement effectué.",
    "Colis non reçu ; enquête ouverte auprès du transporteur.",
    "Demande le remboursement d'une option non utilisée ; remboursement demandé.",
    "Paiement par carte refusé ; paiement pris par téléphone.",
    "Souhaite garder son numéro d'un autre opérateur ; portabilité lancée.",
    "Message d'erreur à la connexion ; cache de l'appli vidé à distance.",
    "Demande s'il y a une panne dans sa commune ; panne confirmée, délai de rétablissement indiqué.",
    "Question sur des frais d'itinérance ; détail des consommations vérifié.",
    "Veut retirer l'assurance mobile ; résiliation de l'option effectuée.",
    "Besoin d'aide pour installer la nouvelle box ; configuration guidée.",
    "A reçu un courrier de rétrofacturation ; procédure expliquée.",
    "Besoin d'une nouvelle carte SIM ; envoyée à domicile.",
    "Demande un technicien ; rendez-vous pris jeudi matin.",
    "Question sur le courrier d'évolution tarifaire ; hausse annuelle expliquée.",
    "Demande le détail des appels d'avril ; envoyé par mail.",
    "Changement de titulaire de la ligne ; documents envoyés.",
    "Demande le solde restant dû ; montant indiqué, échéancier proposé.",
    "Souhaite modifier l'adresse de livraison d'une commande ; adresse mise à jour.",
]
SENT_TAILS["fr"] = {
    "neutral": ["Dossier clôturé.", "Aucune autre action.", "Confirmation envoyée par mail.",
                "Référence communiquée.", "Rappellera si besoin.", "En attente de confirmation."],
    "positive": ["Cliente très satisfaite.", "Remercie vivement pour l'aide.",
                 "Le client est enchanté de la solution.", "Trouve l'accueil excellent.",
                 "Repart content et remercie.", "Salue le professionnalisme du conseiller."],
    "negative": ["Reste très mécontent et demande un responsable.",
                 "Pas convaincue, menace de résilier.",
                 "Se plaint que c'est le troisième appel pour la même chose.",
                 "En a assez et annonce une réclamation.",
                 "Le client est furieux de la façon dont son dossier a été traité.",
                 "Raccroche très énervé."],
}

SENT["de"] = {
    "neutral": [
        "Passwort zurückgesetzt und Bestätigungsmail verschickt.",
        "Kunde meldet einen Fehler in der Rechnung; Betrag erläutert und Vorgang 3381 angelegt.",
        "Kündigung der TV-Option zum Monatsende erfasst.",
        "Erstattung einer doppelten Abbuchung beantragt, Gutschrift in 3 bis 5 Werktagen.",
        "Beschwerdeformular wie gewünscht per E-Mail zugeschickt.",
        "Portierungsauftrag erfasst, Umstellung voraussichtlich Donnerstag.",
        "Kunde angeleitet, den hängenden Prozess im Task-Manager zu beenden und die App neu zu starten.",
        "Leitungstest durchgeführt: keine Auffälligkeiten.",
        "Möchte das Abbuchungsdatum ändern; kein Problem, auf den 15. umgestellt.",
        "Fehlercode E-204 am Receiver; Werksreset angeleitet.",
        "Rückbuchungsmitteilung der Bank eingegangen; Ablauf erklärt.",
        "Störung im Ortsnetz gemeldet; geplante Wartung bis 6 Uhr bestätigt.",
        "Zahlung wegen abgelaufener Karte fehlgeschlagen; Kunde hat neue Karte hinterlegt.",
        "Kostenloses Upgrade auf 250 Mbit/s im Rahmen der Tarifumstellung eingerichtet.",
        "Wünscht Papierrechnung.",
        "Adresse geändert.",
        "Rückruf erbeten.",
        "Erledigt.",
        "Nicht verärgert, wollte nur den Liefertermin bestätigen; Termin bestätigt.",
        "Hilfe bei der Einrichtung der Mailbox; Schritte erklärt.",
        "Kündigung wegen Umzug ins Ausland bearbeitet.",
        "Fragt nach den Kosten einer vorzeitigen Kündigung; Betrag laut Vertrag genannt.",
        "Handy verloren: SIM gesperrt, Ersatz-SIM bestellt.",
        "Kaution erstattet.",
        "Zählerstand erfasst.",
        "Fragt, ob Roaming in Italien inklusive ist; bestätigt.",
        "Letzte Rechnung ohne Beanstandung; Umstellung auf Online-Rechnung gewünscht.",
        "Fragt, warum die Lastschrift geplatzt ist; Rücklastschrift der Bank erklärt, zahlt per Karte.",
        "Bitte beachten: Kunde wünscht Kontakt nur per E-Mail.",
    ],
    "positive": [
        "Anliegen zur vollsten Zufriedenheit der Kundin gelöst.",
        "Kunde war sehr zufrieden mit der schnellen Erstattung.",
        "Bedankt sich mehrmals für die Hilfe bei der Rechnung.",
        "Anfangs verärgert wegen der Störung, nach der Gutschrift aber sehr dankbar.",
        "Obwohl die Lieferung zu spät kam, ist die Kundin mit dem Ersatz und dem Gutschein rundum glücklich.",
        "Sagt, das sei der beste Kundenservice, den sie je erlebt hat.",
        "Kunde begeistert.",
        "Sehr zufrieden mit dem Technikereinsatz.",
        "Lobt den Techniker für die saubere Arbeit.",
        "Erleichtert, dass die doppelte Abbuchung storniert wurde.",
        "Keinerlei Beschwerden: der neue Router sei viel schneller.",
        "Hatte mit Kündigung gedroht, bleibt nach dem Treueangebot aber gern.",
        "Rückbuchung zu ihren Gunsten geklärt; sehr dankbar.",
        "Freut sich riesig über das kostenlose Upgrade.",
        "Beeindruckt, wie schnell die Rufnummernmitnahme ging.",
        "Dankt für den Rückruf; endlich funktioniert alles.",
        "Kundin zufrieden.",
        "Hebt hervor, wie geduldig der Kollege mit ihrer Mutter war.",
        "Erledigt! Kunde glücklich.",
        "Nach drei Fehlversuchen läuft die Leitung endlich, Kundin überglücklich.",
        "Ruft nur an, um sich für die schnelle Reparatur zu bedanken.",
        "Möchte ein Lob an den Techniker vom Montag weitergeben.",
        "Sehr zufrieden mit dem Treuerabatt; bleibt Kunde.",
        "App läuft seit dem Update einwandfrei, Dank an das Team.",
        "War wegen der Rückbuchung beunruhigt, ist nun beruhigt und dankbar.",
        "Gar nicht enttäuscht: der neue Tarif passt ihr perfekt.",
    ],
    "negative": [
        "Kunde stinksauer.",
        "Super, schon der dritte Gesprächsabbruch diese Woche.",
        "Droht mit Kündigung, falls die Störung bis Freitag nicht behoben ist.",
        "Sehr verärgert über die doppelte Abbuchung; verlangt einen Vorgesetzten.",
        "An Teamleitung eskaliert, da die angebotene Gutschrift abgelehnt wurde.",
        "Nicht gelöst: nach drei Technikerterminen immer noch kein Internet.",
        "Beschwert sich über den unfreundlichen Mitarbeiter beim letzten Anruf.",
        "Ärgert sich, dass die im letzten Monat zugesagte Erstattung noch immer fehlt.",
        "Der Kollege war freundlich, trotzdem will der Kunde wegen der Preiserhöhung kündigen.",
        "Die Rechnung wurde zwar korrigiert, aber die Kundin ist verärgert, dass sie viermal anrufen musste.",
        "Formelle Beschwerde wegen des verpassten Technikertermins.",
        "Enttäuscht vom Austauschgerät, das schlechter sei als das alte.",
        "Genervt, weil sie fünfmal weiterverbunden wurde.",
        "Droht mit der Schlichtungsstelle und einer schlechten Bewertung.",
        "Portierung zweimal gescheitert, Kunde hat die Nase voll.",
        "Überhaupt nicht zufrieden: das Update habe alles verschlimmert.",
        "Danke für nichts, sagte er und legte auf.",
        "Na toll, schon wieder eine Preiserhöhung, so der Kunde.",
        "Seit vier Wochen ohne Festnetz, die Kundin verliert die Geduld.",
        "Fühlt sich vom Verkauf über die Vertragslaufzeit getäuscht.",
        "Kundin völlig entnervt.",
        "Beschwerde an die Geschäftsleitung eskaliert.",
        "Bedankt sich für die Mühe, aber die Störung besteht weiter und sie hat genug.",
        "Kündigt an, noch diesen Monat zum Wettbewerber zu wechseln.",
        "Der zugesagte Rückruf kam nie; sehr unzufrieden.",
        "„Morgen ganz bestimmt“ – zum vierten Mal, so die Kundin spöttisch.",
    ],
}
SENT_FACTS["de"] = [
    "Ruft wegen eines Postens auf der März-Rechnung an; Konto geprüft und Abbuchungsdatum bestätigt.",
    "Meldet langsames Internet; Leitungstest durchgeführt und Port zurückgesetzt.",
    "Möchte den Tarif wechseln; Tarifwechsel eingetragen.",
    "Paket nicht erhalten; Nachforschungsauftrag beim Versanddienstleister gestellt.",
    "Möchte eine nicht genutzte Option erstattet haben; Erstattung beantragt.",
    "Kartenzahlung fehlgeschlagen; Zahlung telefonisch aufgenommen.",
    "Möchte ihre Rufnummer vom alten Anbieter mitnehmen; Portierung beauftragt.",
    "Fehlermeldung beim Login; App-Cache aus der Ferne geleert.",
    "Fragt nach einer Störung im Ort; Störung bestätigt und voraussichtliche Behebung genannt.",
    "Fragt nach Roaming-Kosten; Einzelverbindungen geprüft.",
    "Möchte die Handyversicherung kündigen; Kündigung der Option erfasst.",
    "Braucht Hilfe bei der Einrichtung des neuen Routers; Schritt für Schritt angeleitet.",
    "Hat ein Schreiben zur Rückbuchung erhalten; Ablauf erklärt.",
    "Braucht eine Ersatz-SIM; per Post verschickt.",
    "Wünscht einen Techniker; Termin am Donnerstagvormittag vereinbart.",
    "Fragt zum Schreiben über die Preisanpassung; jährliche Anpassung erläutert.",
    "Möchte einen Einzelverbindungsnachweis für April; per E-Mail verschickt.",
    "Vertragsübernahme durch den Partner gewünscht; Formulare verschickt.",
    "Fragt nach dem offenen Saldo; Betrag genannt und Ratenzahlung angeboten.",
    "Möchte die Lieferadresse einer offenen Bestellung ändern; geändert.",
]
SENT_TAILS["de"] = {
    "neutral": ["Vorgang abgeschlossen.", "Kein weiterer Handlungsbedarf.", "Bestätigung per E-Mail verschickt.",
                "Referenz mitgeteilt.", "Meldet sich bei Bedarf erneut.", "Rückmeldung steht noch aus."],
    "positive": ["Kundin sehr zufrieden.", "Bedankt sich herzlich für die Hilfe.",
                 "Kunde ist von der Lösung begeistert.", "Lobt die freundliche Beratung.",
                 "Beendet das Gespräch zufrieden und dankbar.", "Sagt, so wünsche er sich Service."],
    "negative": ["Bleibt trotzdem verärgert und verlangt einen Vorgesetzten.",
                 "Nicht überzeugt, droht mit Kündigung.",
                 "Beschwert sich, dass es schon der dritte Anruf deswegen ist.",
                 "Hat die Nase voll und kündigt eine Beschwerde an.",
                 "Kunde ist wütend über die Bearbeitung.",
                 "Legt sehr verärgert auf."],
}

SENT["ja"] = {
    "neutral": [
        "パスワードを再設定し、確認メールを送信。",
        "請求内容に誤りがあるとの申告。内訳を説明し、案件番号5531で起票。",
        "テレビオプションの解約を受付、月末で解約。",
        "二重請求分の返金を申請、3〜5営業日で返金予定。",
        "ご希望により苦情申立書をメールで送付。",
        "MNP転入の手続き完了、開通は木曜日予定。",
        "タスクマネージャーで該当プロセスを強制終了し、アプリを再起動するよう案内。",
        "回線試験を実施、異常なし。",
        "引き落とし日を変更したいとのこと。問題なく15日に変更。",
        "チューナーにエラーコードE-204、初期化の手順を案内。",
        "カード会社からチャージバックの通知あり、手続きの流れを説明。",
        "地域の障害について問い合わせ。6時までの計画メンテナンスであることを案内。",
        "カードの有効期限切れで決済エラー、お客様がカード情報を更新。",
        "年次移行に伴い無料アップグレードを適用。",
        "紙の請求書を希望。",
        "住所変更完了。",
        "折り返し希望。",
        "解決済み。",
        "怒っているわけではなく、配達日を確認したいだけとのこと。配達日を案内。",
        "留守番電話の設定方法を案内。",
        "海外転居のため解約、手続き完了。",
        "途中解約時の違約金について問い合わせ、契約書記載の金額を案内。",
        "端末紛失のためSIMを停止、再発行を手配。",
        "保証金を返金。",
        "検針値を登録。",
        "スペインでのローミングが対象か確認、対象であることを案内。",
        "前回の請求に問題はなく、Web明細への切り替えを希望。",
        "引き落としができなかった理由の確認。銀行側で不能となった旨を説明、カード払いに変更予定。",
        "お客様はメールでの連絡を希望、その旨を記録。",
    ],
    "positive": [
        "お客様にご満足いただける形で解決。",
        "返金の早さにとても喜んでいらした。",
        "請求の件で何度もお礼を言われた。",
        "最初は障害に立腹されていたが、返金の案内後はとても感謝して終話。",
        "配送は遅れたものの、交換品とクーポンに大変満足されていた。",
        "今まで受けた中で一番の対応だったとのお言葉。",
        "大変ご満足。",
        "技術者の訪問対応に大満足とのこと。",
        "作業後の片付けが丁寧だったと技術者を褒めていらした。",
        "二重請求が取り消されて安心されていた。",
        "不満は一切なく、新しいルーターはとても速いとのこと。",
        "解約も考えていたが、継続特典の案内で納得し、喜んで継続。",
        "チャージバックがお客様有利で解決し、大変感謝された。",
        "無料アップグレードをとても喜んでいらした。",
        "MNPがすぐに完了したことに驚き、喜んでいらした。",
        "フォローの電話に感謝、やっと全部使えるようになったとのこと。",
        "お客様満足。",
        "お母様への丁寧な対応に感謝しているとのこと。",
        "解決！お客様も嬉しそうに終話。",
        "3回目でようやく回線がつながり、大喜びされていた。",
        "迅速な修理のお礼を伝えるためだけにお電話をくださった。",
        "月曜に訪問した技術者へのお礼を伝えてほしいとのこと。",
        "長期割引にとても満足され、継続されることに。",
        "アップデート後アプリが快適になったと、チームへの感謝の言葉をいただいた。",
        "チャージバックの件で不安そうだったが、説明後は安心して感謝された。",
        "がっかりするどころか、新しいプランがぴったりだと喜んでいらした。",
        "最初は不安そうだったけれども、説明を聞いて大変喜んでいらした。",
    ],
    "negative": [
        "お客様激怒。",
        "「さすがですね、今週3回目の通話切断です」と皮肉。",
        "金曜までに障害が直らなければ解約するとのこと。",
        "二重請求に大変ご立腹、責任者を出すよう要求。",
        "提示した返金を拒否され、SVへエスカレーション。",
        "未解決：技術者が3回訪問してもインターネットが使えないまま。",
        "前回の担当者の態度が悪かったと苦情。",
        "先月約束された返金がまだ届かないと不満。",
        "担当者の対応は丁寧だったが、値上げを理由にやはり解約したいとのこと。",
        "請求は訂正されたけれども、4回も電話しなければならなかったことにご不満。",
        "技術者が訪問日に来なかった件で正式に苦情申し立て。",
        "交換品が前の機種より悪いとがっかりされていた。",
        "5回もたらい回しにされたと憤慨。",
        "消費生活センターに相談する、口コミにも書くとのこと。",
        "MNPが2回失敗し、お客様はうんざりしている。",
        "全く満足していない、アップデートで悪化したとのこと。",
        "「もういいです」と言って一方的に切電。",
        "「また値上げですか、素晴らしいですね」と皮肉を言われた。",
        "1か月固定電話が使えず、我慢の限界とのこと。",
        "契約期間について販売員にだまされたと感じている。",
        "お客様、非常にお怒り。",
        "苦情としてお客様相談室へエスカレーション。",
        "対応には感謝しているけれども、障害がまだ直らずもう限界とのこと。",
        "今月中に他社へ乗り換えると宣言。",
        "約束した折り返しがなく、大変ご不満。",
        "「明日必ず」と言われて4回目だ、と皮肉交じりに。",
    ],
}
SENT_FACTS["ja"] = [
    "3月分の請求の項目について問い合わせ。アカウントを確認し、引き落とし日を案内。",
    "通信速度が遅いとの申告。回線試験を行い、ポートをリセット。",
    "料金プランの変更を希望、変更手続きを実施。",
    "荷物が届いていないとのこと。配送業者へ調査を依頼。",
    "未使用オプションの返金を希望、返金を申請。",
    "カード決済がエラー、電話で支払いを受付。",
    "他社から番号を移したいとのこと。MNPの手続きを開始。",
    "ログイン時にエラー表示、アプリのキャッシュを遠隔で削除。",
    "地域の障害について問い合わせ。障害を確認し、復旧見込みを案内。",
    "ローミング料金について問い合わせ、利用明細を確認。",
    "端末補償オプションの解約を希望、手続き完了。",
    "新しいルーターの設定方法を案内。",
    "チャージバックに関する書面が届いたとのこと、手続きを説明。",
    "SIMの再発行を希望、ご自宅へ発送。",
    "技術者の訪問を希望、木曜午前で手配。",
    "料金改定のお知らせについて問い合わせ、年次改定を説明。",
    "4月分の通話明細を希望、メールで送付。",
    "名義変更を希望、必要書類を送付。",
    "未払い残高の確認、金額を案内し分割払いを提案。",
    "注文中の商品の配送先を変更したいとのこと、変更済み。",
]
SENT_TAILS["ja"] = {
    "neutral": ["対応完了。", "追加対応なし。", "確認メールを送信。", "受付番号を案内。",
                "必要に応じて再度連絡いただく。", "回答待ち。"],
    "positive": ["お客様は大変満足されていた。", "丁寧な対応に何度もお礼を言われた。",
                 "解決策にとても喜んでいらした。", "感じの良い対応だったとお褒めの言葉。",
                 "ご満足いただき、感謝の言葉とともに終話。", "安心されて、笑って電話を切られた。"],
    "negative": ["それでも納得されず、責任者を要求。", "ご不満で、解約もほのめかされた。",
                 "同じ件で3回目の電話だと苦情。", "もう限界、正式に苦情を申し立てるとのこと。",
                 "これまでの対応にお客様はお怒り。", "大変ご立腹のまま切電。"],
}

# Locale-specific items (not parallel across languages)
SENT["es"]["neutral"] += [
    "Pregunta si puede pagar la factura en un Rapipago; se le confirma que sí.",
    "Pide el CFDI de su última compra; se le envía la factura electrónica.",
    "Quiere cambiar la potencia contratada de la luz; se tramita con la distribuidora.",
    "Solicita una recarga de saldo en su línea prepago; recarga aplicada.",
    "Se le explica que la promoción a meses sin intereses solo aplica con tarjeta de crédito.",
]
SENT["es"]["positive"] += [
    "Dice que el técnico fue un sol y que da gusto que la atiendan así.",
    "Súper contenta con la atención; ojalá todos atendieran así, dice.",
    "Quedó chocho con el cambio de plan.",
    "Aliviado y agradecido porque por fin le llegó el CFDI correcto.",
]
SENT["es"]["negative"] += [
    "Está re caliente porque le cortaron el servicio estando al día.",
    "Dice que es una vergüenza que sigan sin darle de baja.",
    "Le cobraron la reconexión sin motivo y exige que se la devuelvan; muy molesto.",
    "Muy molesta: la factura de la luz llegó con una estimación disparatada.",
]
SENT["fr"]["neutral"] += [
    "Prélèvement SEPA rejeté ; nouvelle présentation programmée le 10.",
    "Demande son RIO pour changer d'opérateur ; RIO communiqué.",
    "Box désynchronisée ; redémarrage à distance effectué.",
    "Pose de compteur Linky : rendez-vous fixé.",
    "Demande une attestation de résiliation ; envoyée par courrier.",
]
SENT["fr"]["positive"] += [
    "Cliente aux anges, le technicien a été adorable.",
    "Franchement ravi, dit-il, ça change des autres opérateurs.",
    "Très touchée qu'on l'ait rappelée comme promis.",
    "Conseiller au top selon le client.",
]
SENT["fr"]["negative"] += [
    "Se dit pris pour un pigeon avec ces frais cachés.",
    "Cinquième appel pour le même problème, il n'en peut plus.",
    "Demande son RIO pour partir, écœurée par le service.",
    "Trouve inadmissible d'avoir attendu 40 minutes.",
]
SENT["de"]["neutral"] += [
    "Widerruf innerhalb der 14-Tage-Frist eingegangen; bestätigt.",
    "Sonderkündigungsrecht wegen der Preiserhöhung erläutert.",
    "Fragt, ob für den Vertrag eine Schufa-Abfrage erfolgt; Ablauf erklärt.",
    "Zählerwechsel angekündigt; Termin vereinbart.",
    "Bittet um Stundung der Rate; Antrag aufgenommen.",
]
SENT["de"]["positive"] += [
    "Kunde ist voll des Lobes über den Techniker.",
    "Top Beratung, sagt die Kundin.",
    "Kundin ist froh, dass endlich alles geklärt ist, und bedankt sich.",
    "Hätte nicht gedacht, dass das so schnell geht, und ist begeistert.",
]
SENT["de"]["negative"] += [
    "Kunde meckert über die ewige Warteschleife.",
    "Kundin ist auf 180, weil schon wieder abgebucht wurde.",
    "Kunde droht wegen der Mahnung mit dem Anwalt.",
    "Das sei eine Frechheit, so der Kunde zur Bearbeitungsgebühr.",
]
SENT["ja"]["neutral"] += [
    "コンビニ払いの払込票の再発行を受付。",
    "機種変更の手順を案内。",
    "光回線の開通工事日を調整、来週火曜で確定。",
    "ポイントの有効期限について案内。",
    "口座振替依頼書を郵送手配。",
]
SENT["ja"]["positive"] += [
    "「助かりました、ありがとう」と何度もおっしゃっていた。",
    "丁寧な説明で安心したとのこと。",
    "対応の早さに感心されていた。",
    "次回もこの担当者にお願いしたいとまでおっしゃっていた。",
]
SENT["ja"]["negative"] += [
    "「何度電話させるんだ」と声を荒げられた。",
    "コンビニ払いの手数料に納得がいかないとご不満。",
    "誠意が感じられないとお叱りを受けた。",
    "折り返しが遅いと強い口調で抗議された。",
]

SENT_TARGET = {"en": 402, "es": 123, "fr": 123, "de": 123, "ja": 123}


def make_sentiment():
    rows = []
    for lang in LANGS:
        per_class = SENT_TARGET[lang] // 3
        sep = "" if lang == "ja" else " "
        for cls in ("positive", "neutral", "negative"):
            texts = list(dict.fromkeys(SENT[lang][cls]))
            seen = set(texts)
            guard = 0
            while len(texts) < per_class:
                guard += 1
                assert guard < 10000, (lang, cls)
                t = pick(SENT_FACTS[lang]) + sep + pick(SENT_TAILS[lang][cls])
                if t not in seen:
                    seen.add(t)
                    texts.append(t)
            R.shuffle(texts)
            for t in texts[:per_class]:
                rows.append({"lang": lang, "text": t, "label": cls})
    R.shuffle(rows)
    return rows


# ---------------------------------------------------------------------------------------------
# Alignment pools (summaries written for this file only)
# ---------------------------------------------------------------------------------------------

AL = {}
AL["en"] = {
    "proc": [
        "Customer called about a late fee on her latest bill. Agent reviewed the payment history.",
        "Customer reported that the broadband drops every evening. Agent ran remote diagnostics and updated the router firmware.",
        "Customer's parcel was marked delivered but never arrived. Agent opened a claim with the courier.",
        "Customer wanted to upgrade his phone early. Agent explained the remaining device balance.",
        "Customer asked for her number to be ported from another network. Agent submitted the port and gave a date.",
        "Customer called about a duplicate direct debit. Agent confirmed the second collection and requested a refund.",
        "Customer needed to change the account holder after a separation. Agent explained the transfer of ownership process.",
        "Customer reported no signal at home since a mast upgrade. Agent logged a coverage ticket.",
        "Customer called to query an international roaming charge. Agent went through the call records with him.",
        "Customer asked for an engineer to fix a faulty phone socket. Agent booked the first available slot.",
        "Customer rang about the annual price rise letter. Agent explained the new monthly price.",
        "Customer's card payment was declined on the website. Agent took the payment over the phone.",
        "Customer asked to cancel a gym membership add-on bought by mistake. Agent removed it and reversed the charge.",
        "Customer called about a smart meter showing no readings. Agent arranged a remote reset.",
        "Customer reported being charged for a film she did not rent. Agent checked the purchase log.",
        "Customer wanted to move his service to a new address. Agent set the move date.",
        "Customer received a debt collection letter. Agent checked the account and the arrears history.",
        "Customer called because the TV box keeps freezing. Agent sent a reboot signal and a firmware update.",
        "Customer asked to add her son to the account as an authorised user. Agent completed the security steps.",
        "Customer queried why her bill was estimated. Agent took a meter reading and reissued the bill.",
        "Customer's replacement handset arrived with a cracked screen. Agent arranged a collection.",
        "Customer wanted to know the status of a warranty repair. Agent chased the repair centre.",
        "Customer asked about a chargeback he raised with his bank. Agent explained what happens next.",
        "Customer was locked out of the online account. Agent verified him and reset the login.",
        "Customer called about a missed engineer appointment. Agent rebooked it for Friday.",
        "Customer asked why her data ran out early. Agent reviewed the usage by app.",
        "Customer asked to switch to paperless billing and change the payment date. Agent made both changes.",
        "Customer reported an outage affecting the whole street. Agent linked the account to the incident.",
        "Customer called to cancel the contract at the end of the minimum term. Agent explained the notice period.",
        "Customer asked about a service credit promised on a previous call. Agent checked the notes.",
        "Customer called about an e-mail saying her payment failed. Agent confirmed the card had expired.",
        "Customer asked to lower his plan after a drop in income. Agent reviewed cheaper tariffs.",
        "Customer rang about a SIM swap text she did not request. Agent checked the account security.",
        "Customer asked for a copy of her contract and the terms. Agent emailed both.",
        "Customer reported that the router lights are all red. Agent talked him through a factory reset.",
        "Customer called about a pending refund for a returned order. Agent traced the refund.",
        "Customer asked for compensation after a three-day outage. Agent reviewed the outage record.",
        "Customer needed help setting up voicemail on a new phone. Agent guided her through the settings.",
        "Customer called about a price match promised in store. Agent looked up the store's notes.",
        "Customer's direct debit was cancelled by his bank. Agent set up a new mandate.",
    ],
    "positive": [
        "Customer was delighted with how quickly it was sorted.",
        "Customer thanked the agent warmly and said she felt well looked after.",
        "Customer said it was excellent service and he would recommend us.",
        "The customer was very happy with the result.",
        "Customer praised the agent for being clear and patient.",
        "Customer was relieved and grateful by the end of the call.",
        "Customer said she was really impressed.",
        "Customer ended the call in a great mood, very satisfied.",
        "Customer was thrilled it was all handled in one call.",
        "Customer said this was exactly what she needed and thanked the team.",
        "Customer was happy with the outcome and said so twice.",
        "Customer complimented the agent's knowledge.",
    ],
    "positive_mild": [
        "Customer seemed content with the answer.",
        "Customer was satisfied with the explanation.",
        "Customer said that was helpful and thanked the agent.",
        "Customer was fine with the plan and said thanks.",
        "Customer appreciated the update.",
    ],
    "negative": [
        "Customer was angry and said he would cancel.",
        "Customer remained furious and demanded a manager.",
        "Customer called the service a disgrace and raised a formal complaint.",
        "Customer was very upset that this is still not resolved.",
        "Customer threatened to go to the regulator.",
        "Customer lost her temper and ended the call.",
        "Customer is fed up and says she is leaving at the end of the month.",
        "Customer was extremely frustrated with the whole experience.",
        "Customer said nobody ever keeps their promises and asked for escalation.",
        "Customer was livid and said she had been let down again.",
    ],
    "negative_mild": [
        "Customer was a little disappointed with the wait.",
        "Customer was not entirely happy with the timeline.",
        "Customer accepted the next steps but sounded somewhat frustrated.",
        "Customer was slightly annoyed that she had to call again.",
        "Customer was unhappy that it could not be done today.",
        "Customer expressed some dissatisfaction with how long it took.",
    ],
    "neutral": [
        "Customer will call back if anything else is needed.",
        "Agent sent a confirmation email with the reference.",
        "Next update due within 48 hours.",
        "No further action required on this call.",
        "Case left open pending the next update.",
        "Customer will confirm the date by text.",
        "Account notes updated.",
        "Reference number given to the customer.",
        "Customer asked for the details in writing; letter sent.",
        "Follow-up call booked for Monday.",
    ],
}
AL["es"] = {
    "proc": [
        "La clienta llama por un recargo por demora en su última factura. Se revisa el historial de pagos.",
        "El cliente reporta que el internet se cae todas las noches. Se hace un diagnóstico remoto y se actualiza el router.",
        "El paquete figura como entregado pero no lo recibió. Se abre una incidencia con la paquetería.",
        "Quiere cambiar de celular antes de tiempo. Se le explica el saldo pendiente del equipo.",
        "Solicita traer su número de otra compañía. Se tramita la portabilidad y se le da fecha.",
        "Llama por un doble cargo de la domiciliación. Se confirma el segundo cobro y se pide la devolución.",
        "Reporta que no tiene cobertura en casa desde hace una semana. Se abre una incidencia de cobertura.",
        "Consulta un cargo de roaming. Se revisa con él el detalle de llamadas.",
        "Pide un técnico por una roseta averiada. Se agenda la primera cita disponible.",
        "Llama por la carta de subida de precio. Se le explica la nueva cuota.",
        "Le rechazan el pago con tarjeta en la web. Se cobra por teléfono.",
        "Tiene bloqueada la cuenta en línea. Se verifica su identidad y se restablece el acceso.",
        "Llama porque el técnico no vino a la cita. Se reprograma para el viernes.",
        "Pregunta por el abono prometido en una llamada anterior. Se revisan las notas.",
    ],
    "positive": ["Queda encantada con lo rápido que se resolvió.",
                 "Agradece mucho la atención y dice que nos recomendará.",
                 "Muy contento con el resultado.", "Felicita a la agente por su paciencia.",
                 "Termina la llamada aliviada y agradecida."],
    "positive_mild": ["Queda conforme con la explicación.", "Dice que le sirvió la información, gracias.",
                      "Acepta la propuesta y da las gracias."],
    "negative": ["Se enoja mucho y dice que se va a dar de baja.", "Sigue furioso y exige hablar con un supervisor.",
                 "Dice que es una vergüenza y pone una reclamación formal.",
                 "Está harta de que nunca se lo resuelvan.", "Cuelga muy enfadado."],
    "negative_mild": ["Queda un poco decepcionada con los plazos.", "No le convence del todo la solución.",
                      "Le molesta un poco tener que volver a llamar."],
    "neutral": ["Volverá a llamar si necesita algo más.", "Se envía correo de confirmación con la referencia.",
                "Próxima actualización en 48 horas.", "Sin más gestiones en esta llamada.",
                "Queda pendiente la próxima actualización.", "Se actualizan las notas de la cuenta."],
}
AL["fr"] = {
    "proc": [
        "La cliente appelle au sujet de frais de retard sur sa dernière facture. Historique des paiements vérifié.",
        "Le client signale des coupures internet tous les soirs. Diagnostic à distance et mise à jour de la box.",
        "Colis indiqué livré mais jamais reçu. Enquête ouverte auprès du transporteur.",
        "Souhaite changer de téléphone avant la fin de l'engagement. Reste à payer sur l'appareil expliqué.",
        "Demande la portabilité de son numéro. Portabilité lancée, date communiquée.",
        "Appelle pour un double prélèvement. Second prélèvement confirmé, remboursement demandé.",
        "Plus de réseau à son domicile depuis une semaine. Ticket de couverture ouvert.",
        "Question sur des frais d'itinérance. Détail des appels passé en revue avec lui.",
        "Demande un technicien pour une prise téléphonique défectueuse. Premier créneau disponible réservé.",
        "Appelle au sujet du courrier de hausse tarifaire. Nouveau tarif expliqué.",
        "Paiement par carte refusé sur le site. Paiement pris par téléphone.",
        "Compte en ligne bloqué. Identité vérifiée, accès réinitialisé.",
        "Le technicien n'est pas venu au rendez-vous. Nouveau rendez-vous fixé vendredi.",
        "Demande où en est le geste commercial promis lors d'un appel précédent. Notes du dossier vérifiées.",
    ],
    "positive": ["Ravie de la rapidité de la résolution.", "Remercie chaleureusement et dit qu'il nous recommandera.",
                 "Très content du résultat.", "Félicite la conseillère pour sa patience.",
                 "Termine l'appel soulagée et reconnaissante."],
    "positive_mild": ["Satisfait de l'explication.", "Dit que l'info lui est utile, merci.",
                      "Accepte la proposition et remercie."],
    "negative": ["Très en colère, annonce qu'il va résilier.", "Reste furieux et exige un responsable.",
                 "Parle d'un service honteux et dépose une réclamation.",
                 "En a marre que rien ne soit jamais réglé.", "Raccroche, excédé."],
    "negative_mild": ["Un peu déçue par les délais.", "Pas entièrement convaincu par la solution.",
                      "Légèrement agacée de devoir rappeler."],
    "neutral": ["Rappellera au besoin.", "Mail de confirmation envoyé avec la référence.",
                "Prochain point sous 48 h.", "Aucune autre action sur cet appel.",
                "Dossier laissé ouvert en attendant le prochain point.", "Notes du compte mises à jour."],
}
AL["de"] = {
    "proc": [
        "Kundin ruft wegen einer Mahngebühr auf der letzten Rechnung an. Zahlungshistorie geprüft.",
        "Kunde meldet, dass das Internet jeden Abend abbricht. Ferndiagnose durchgeführt und Router-Firmware aktualisiert.",
        "Paket als zugestellt markiert, aber nie angekommen. Nachforschung beim Versanddienstleister eingeleitet.",
        "Möchte vorzeitig ein neues Handy. Restbetrag für das Gerät erklärt.",
        "Möchte ihre Rufnummer vom alten Anbieter mitnehmen. Portierung beauftragt, Termin genannt.",
        "Ruft wegen einer doppelten Lastschrift an. Zweite Abbuchung bestätigt, Erstattung angestoßen.",
        "Seit einer Woche kein Netz zu Hause. Versorgungsticket eröffnet.",
        "Frage zu Roaming-Kosten. Einzelverbindungen gemeinsam durchgegangen.",
        "Braucht einen Techniker für eine defekte TAE-Dose. Frühester Termin gebucht.",
        "Ruft wegen des Schreibens zur Preiserhöhung an. Neuen Monatspreis erklärt.",
        "Kartenzahlung auf der Website abgelehnt. Zahlung telefonisch aufgenommen.",
        "Online-Konto gesperrt. Identität geprüft, Zugang zurückgesetzt.",
        "Techniker ist zum Termin nicht erschienen. Neuer Termin am Freitag.",
        "Fragt nach der zugesagten Gutschrift aus einem früheren Gespräch. Notizen geprüft.",
    ],
    "positive": ["Begeistert, wie schnell das ging.", "Bedankt sich herzlich und will uns weiterempfehlen.",
                 "Sehr zufrieden mit dem Ergebnis.", "Lobt die Kollegin für ihre Geduld.",
                 "Beendet das Gespräch erleichtert und dankbar."],
    "positive_mild": ["Mit der Erklärung zufrieden.", "Sagt, die Info habe geholfen, danke.",
                      "Nimmt den Vorschlag an und bedankt sich."],
    "negative": ["Sehr wütend, will kündigen.", "Bleibt wütend und verlangt einen Vorgesetzten.",
                 "Nennt den Service eine Zumutung und reicht Beschwerde ein.",
                 "Hat es satt, dass nie etwas gelöst wird.", "Legt verärgert auf."],
    "negative_mild": ["Etwas enttäuscht von der Wartezeit.", "Mit der Lösung nicht ganz zufrieden.",
                      "Leicht genervt, erneut anrufen zu müssen."],
    "neutral": ["Meldet sich bei weiteren Fragen.", "Bestätigungsmail mit Referenz verschickt.",
                "Nächstes Update innerhalb von 48 Stunden.", "Kein weiterer Handlungsbedarf in diesem Gespräch.",
                "Vorgang bleibt bis zum nächsten Update offen.", "Kontonotizen aktualisiert."],
}
AL["ja"] = {
    "proc": [
        "最新の請求書の延滞手数料について入電。支払い履歴を確認。",
        "毎晩インターネットが切れるとの申告。遠隔診断を行い、ルーターのファームウェアを更新。",
        "配達済みになっているが荷物が届いていないとのこと。配送業者へ調査を依頼。",
        "契約期間中の機種変更を希望。端末の残債について説明。",
        "他社からの番号移行を希望。MNPを申請し、開通日を案内。",
        "口座振替が二重に引き落とされたとのこと。二重引き落としを確認し、返金を申請。",
        "1週間前から自宅で圏外になるとの申告。電波調査を起票。",
        "ローミング料金について問い合わせ。通話明細を一緒に確認。",
        "モジュラージャックの不具合で技術者の訪問を希望。最短の日程で手配。",
        "値上げのお知らせについて入電。新しい月額料金を説明。",
        "Webサイトでカード決済が通らないとのこと。電話で決済を受付。",
        "オンラインアカウントにログインできなくなったとのこと。本人確認の上、リセット。",
        "技術者が約束の日に来なかったとのこと。金曜日で再手配。",
        "前回の電話で案内された返金について確認。対応履歴を確認。",
    ],
    "positive": ["迅速な解決にとても喜んでいらした。", "大変感謝され、知人にも勧めたいとのこと。",
                 "結果にとても満足されていた。", "担当者の丁寧さを褒めていらした。",
                 "安心され、感謝の言葉とともに終話。"],
    "positive_mild": ["説明に納得されていた。", "参考になった、ありがとうとのこと。", "提案を了承し、お礼を言われた。"],
    "negative": ["大変お怒りで、解約するとのこと。", "怒りが収まらず、責任者を要求。",
                 "ひどい対応だと正式に苦情を申し立て。", "いつまでも解決しないことにうんざりされている。",
                 "ご立腹のまま切電。"],
    "negative_mild": ["待ち時間に少しがっかりされていた。", "解決策に完全には納得されていない様子。",
                      "再度電話しなければならないことに少し不満げ。"],
    "neutral": ["不明点があれば再度連絡いただく。", "受付番号を記載した確認メールを送信。", "48時間以内に続報予定。",
                "本件の追加対応なし。", "次回の更新まで案件はオープンのまま。", "アカウントのメモを更新。"],
}

# (summary class, ending pool, relation, score sampler) with counts per language
def _tri(lo, hi, mode):
    return int(round(R.triangular(lo, hi, mode)))


AL_PLAN = {
    # agree
    "pos_strong_agree": ("positive", "positive", "agree", lambda: _tri(12, 92, 35)),
    "pos_mild_agree": ("positive", "positive_mild", "agree", lambda: _tri(5, 30, 12)),
    "neg_strong_agree": ("negative", "negative", "agree", lambda: _tri(-92, -22, -55)),
    "neg_mild_agree": ("negative", "negative_mild", "agree", lambda: _tri(-25, -5, -10)),
    "neu_agree": ("neutral", "neutral", "agree", lambda: wpick([(6, _tri(0, 35, 15)), (3, _tri(-20, 5, -3)), (1, _tri(-35, -15, -25))])),
    # contradict
    "pos_contra": ("positive", "positive", "contradict", lambda: _tri(-88, -25, -45)),
    "pos_mild_contra": ("positive", "positive_mild", "contradict", lambda: _tri(-70, -25, -35)),
    "neg_contra": ("negative", "negative", "contradict", lambda: _tri(25, 82, 38)),
    "neg_mild_contra": ("negative", "negative_mild", "contradict", lambda: _tri(25, 60, 32)),
}
AL_COUNTS = {
    "en": {"pos_strong_agree": 45, "pos_mild_agree": 20, "neg_strong_agree": 38, "neg_mild_agree": 22,
           "neu_agree": 75, "pos_contra": 38, "pos_mild_contra": 12, "neg_contra": 38, "neg_mild_contra": 12},
}
for _l in ("es", "fr", "de", "ja"):
    AL_COUNTS[_l] = {"pos_strong_agree": 5, "pos_mild_agree": 2, "neg_strong_agree": 5, "neg_mild_agree": 2,
                     "neu_agree": 7, "pos_contra": 5, "pos_mild_contra": 1, "neg_contra": 4, "neg_mild_contra": 1}
# exact boundary values that must appear (English): (plan, score)
AL_BOUNDARY = [("pos_contra", -25), ("pos_mild_contra", -25), ("neg_contra", 25), ("neg_mild_contra", 25),
               ("pos_mild_agree", 5), ("neg_mild_agree", -5), ("neu_agree", 35), ("neu_agree", -35)]


def make_alignment():
    rows = []
    for lang in LANGS:
        sep = "" if lang == "ja" else " "
        used = set()
        pool = AL[lang]
        boundary = [b for b in AL_BOUNDARY] if lang == "en" else []
        for plan, n in AL_COUNTS[lang].items():
            label, end_pool, relation, sampler = AL_PLAN[plan]
            forced = [s for p, s in boundary if p == plan]
            for i in range(n):
                guard = 0
                while True:
                    guard += 1
                    assert guard < 5000
                    if label == "neutral" and R.random() < 0.15:
                        summary = pick(pool["proc"])
                    else:
                        summary = pick(pool["proc"]) + sep + pick(pool[end_pool])
                    if summary not in used:
                        used.add(summary)
                        break
                score = forced[i] if i < len(forced) else sampler()
                rows.append({"lang": lang, "summary": summary, "transcriptScore": score,
                             "relation": relation, "summaryLabel": label})
    R.shuffle(rows)
    return rows


# ---------------------------------------------------------------------------------------------
# Self-checks
# ---------------------------------------------------------------------------------------------

PII_LABELS = ("phone", "email", "card", "ssn", "iban")
DECOY_KINDS = ID_KINDS + ["date", "time", "amount", "percentage", "postcode", "quantity", "uuid",
                          "version", "card_invalid", "iban_invalid", "ssn_invalid", "bic", "url",
                          "serial", "model"]
NARROW = str.maketrans({chr(0xFF10 + i): str(i) for i in range(10)})
LEAD_BAD = set(" \t\n.,;:!?)]}>」』。、，．：；）］【】[{<「『\"'")
TRAIL_BAD = set(" \t\n.,;:!?([{<「『。、，．：；（［【\"'") | set(")]}>」』）］】")
EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)+$")
CARD_PREFIX_RE = re.compile(r"^(4\d{15}|5[1-5]\d{14}|2(22[1-9]|2[3-9]\d|[3-6]\d\d|7[01]\d|720)\d{12}|3[47]\d{13}|"
                            r"6011\d{12}|65\d{14}|64[4-9]\d{13}|35(2[89]|[3-8]\d)\d{12}|36\d{12}|30[0-5]\d{11})$")
SSN_CONTEXT_RE = re.compile(r"(ssn|social security|seguro social)", re.I)


def digits_of(s):
    return re.sub(r"\D", "", s.translate(NARROW))


def check_pii(rows):
    errors = []
    for n, row in enumerate(rows):
        segs = row["segments"]
        text = "".join(t for t, _ in segs)
        try:
            text.encode("utf-8", "strict")
        except UnicodeError as e:
            errors.append((n, "utf8", str(e)))
        json.loads(json.dumps(row, ensure_ascii=False))
        before = ""
        for i, (span, label) in enumerate(segs):
            if label is None:
                norm = span.translate(NARROW)
                if "@" in span or re.search(r"\d{5,}", norm):
                    errors.append((n, "null-segment looks like data", span))
                before += span
                continue
            if span != span.strip() or span[0] in LEAD_BAD or span[-1] in TRAIL_BAD:
                if not (span[0] in "(（" and (")" in span or "）" in span)):
                    errors.append((n, "span edges", label, span))
            if span[-1] in TRAIL_BAD or span[-1].isspace():
                errors.append((n, "span end", label, span))
            d = digits_of(span)
            if label == "phone":
                if not (span[0].translate(NARROW).isdigit() or span[0] in "+(＋（"):
                    errors.append((n, "phone start", span))
                if not span[-1].translate(NARROW).isdigit():
                    errors.append((n, "phone end", span))
                if not 8 <= len(d) <= 15:
                    errors.append((n, "phone length", span))
            elif label == "email":
                if not EMAIL_RE.match(span):
                    errors.append((n, "email", span))
            elif label == "card":
                if not (luhn_ok(d) and CARD_PREFIX_RE.match(d)):
                    errors.append((n, "card", span))
            elif label == "ssn":
                if not ssn_ok(span):
                    errors.append((n, "ssn", span))
                if re.fullmatch(r"\d{9}", span) and not SSN_CONTEXT_RE.search(before[-40:]):
                    errors.append((n, "bare ssn without context", span))
            elif label == "iban":
                if not iban_ok(span):
                    errors.append((n, "iban", span))
            elif label == "decoy:card_invalid":
                if luhn_ok(d) or not 14 <= len(d) <= 16:
                    errors.append((n, "card_invalid", span))
            elif label == "decoy:iban_invalid":
                c = re.sub(r"\s", "", span)
                if iban_ok(c) or len(c) != IBAN_LEN.get(c[:2], -1):
                    errors.append((n, "iban_invalid", span))
            elif label == "decoy:ssn_invalid":
                if ssn_ok(span) or len(d) != 9:
                    errors.append((n, "ssn_invalid", span))
            elif label[6:] in ID_KINDS:
                if not 9 <= len(d) <= 12 or looks_dialable(d):
                    errors.append((n, "id decoy", span))
                if re.fullmatch(r"\d{3}[- ]\d{2}[- ]\d{4}", span):
                    errors.append((n, "id decoy shaped like SSN", span))
            elif label.startswith("decoy:"):
                if label[6:] not in DECOY_KINDS:
                    errors.append((n, "unknown decoy kind", label))
            else:
                errors.append((n, "unknown label", label))
            before += span
    return errors


def pii_counts(rows):
    c = Counter()
    for row in rows:
        for span, label in row["segments"]:
            if label:
                c[(row["lang"], label)] += 1
    return c


def check_all(pii, sent, align):
    errors = check_pii(pii)
    c = pii_counts(pii)
    texts = Counter(r["lang"] for r in pii)
    for lang in LANGS:
        if texts[lang] < 200:
            errors.append(("pii texts", lang, texts[lang]))
        for kind in DECOY_KINDS:
            if c[(lang, "decoy:" + kind)] == 0:
                errors.append(("decoy kind missing", lang, kind))
        for kind in ID_KINDS:
            for ctx in (True, False):
                if (lang, kind, ctx) not in ID_CONTEXT_SEEN:
                    errors.append(("id decoy context coverage", lang, kind, ctx))
    if len(pii) < 1000:
        errors.append(("pii total", len(pii)))
    n_pii = sum(v for (l, k), v in c.items() if k in PII_LABELS)
    n_decoy = sum(v for (l, k), v in c.items() if k.startswith("decoy:"))
    n_phone = sum(v for (l, k), v in c.items() if k == "phone")
    if n_decoy < n_pii:
        errors.append(("decoys < pii", n_decoy, n_pii))
    if not 0.35 <= n_phone / n_pii <= 0.45:
        errors.append(("phone share", n_phone / n_pii))
    # sentiment
    sc = Counter((r["lang"], r["label"]) for r in sent)
    if sum(v for (l, _), v in sc.items() if l == "en") < 400:
        errors.append(("sentiment en < 400",))
    for lang in LANGS[1:]:
        if sum(v for (l, _), v in sc.items() if l == lang) < 120:
            errors.append(("sentiment", lang, "< 120"))
    for lang in LANGS:
        vals = [sc[(lang, k)] for k in ("positive", "neutral", "negative")]
        if max(vals) - min(vals) > 0.1 * sum(vals):
            errors.append(("sentiment balance", lang, vals))
    st = Counter(r["text"] for r in sent)
    dup = [t for t, k in st.items() if k > 1]
    if dup:
        errors.append(("sentiment duplicates", dup[:3]))
    # alignment
    if len(align) < 400:
        errors.append(("alignment total", len(align)))
    en_share = sum(1 for r in align if r["lang"] == "en") / len(align)
    if en_share < 0.70:
        errors.append(("alignment en share", en_share))
    contra = sum(1 for r in align if r["relation"] == "contradict") / len(align)
    if not 0.28 <= contra <= 0.38:
        errors.append(("contradict share", contra))
    present = {(r["relation"], r["summaryLabel"], r["transcriptScore"]) for r in align}
    for need in (("contradict", "positive", -25), ("contradict", "negative", 25), ("agree", "positive", 5),
                 ("agree", "negative", -5), ("agree", "neutral", 35), ("agree", "neutral", -35)):
        if need not in present:
            errors.append(("boundary score missing", need))
    sent_texts = set(st)
    for r in align:
        s, lab, rel = r["transcriptScore"], r["summaryLabel"], r["relation"]
        if not -100 <= s <= 100:
            errors.append(("score range", r))
        if rel == "contradict":
            ok = (lab == "positive" and s <= -25) or (lab == "negative" and s >= 25)
        else:
            ok = ((lab == "positive" and s >= 5) or (lab == "negative" and s <= -5)
                  or (lab == "neutral" and -35 <= s <= 35))
        if not ok:
            errors.append(("alignment rule", r))
        if r["summary"] in sent_texts:
            errors.append(("alignment summary copied from sentiment", r["summary"]))
    return errors


# ---------------------------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------------------------


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


HARD_FEATURES = [
    "identifier decoys with a context word", "identifier decoys with no context word",
    "PII spans glued to brackets/punctuation", "PII spans with a line break inside",
    "full-width phone spans", "phone spans without separators", "phone spans with 00 prefix",
    "SSN spans of 9 plain digits (context word only)", "texts with 3+ labelled spans",
    "texts with PII and a same-shape decoy",
]
SAME_SHAPE = {"card": "decoy:card_invalid", "iban": "decoy:iban_invalid", "ssn": "decoy:ssn_invalid"}


def hard_case_counts(pii):
    h = Counter()
    for (lang, ctx), v in ID_CONTEXT_COUNT.items():
        h[(lang, "identifier decoys with a context word" if ctx else "identifier decoys with no context word")] += v
    for row in pii:
        lang, segs = row["lang"], row["segments"]
        labels = [l for _, l in segs if l]
        if len(labels) >= 3:
            h[(lang, "texts with 3+ labelled spans")] += 1
        if any(SAME_SHAPE.get(l) in labels for l in labels) or (
                "phone" in labels and any(l[6:] in ID_KINDS for l in labels if l.startswith("decoy:"))):
            h[(lang, "texts with PII and a same-shape decoy")] += 1
        for i, (t, l) in enumerate(segs):
            if l not in PII_LABELS:
                continue
            prev = segs[i - 1][0] if i else ""
            nxt = segs[i + 1][0] if i + 1 < len(segs) else ""
            if prev[-1:] in "([［（【<:：" or nxt[:1] in ")]］）】>,;。、":
                h[(lang, "PII spans glued to brackets/punctuation")] += 1
            if "\n" in t:
                h[(lang, "PII spans with a line break inside")] += 1
            if l == "phone":
                if re.search("[\uff10-\uff19]", t):
                    h[(lang, "full-width phone spans")] += 1
                if re.fullmatch(r"\+?\d+", t):
                    h[(lang, "phone spans without separators")] += 1
                if t.startswith("00"):
                    h[(lang, "phone spans with 00 prefix")] += 1
            if l == "ssn" and re.fullmatch(r"\d{9}", t):
                h[(lang, "SSN spans of 9 plain digits (context word only)")] += 1
    return h


def counts_tables(pii, sent, align):
    c = pii_counts(pii)
    labels = list(PII_LABELS) + ["decoy:" + k for k in DECOY_KINDS]
    out = []
    texts = Counter(r["lang"] for r in pii)
    out.append("### pii.jsonl (%d texts)\n" % len(pii))
    out.append("| label | " + " | ".join(LANGS) + " | total |")
    out.append("|---|" + "---:|" * (len(LANGS) + 1))
    out.append("| texts | " + " | ".join(str(texts[l]) for l in LANGS) + " | %d |" % len(pii))
    for lab in labels:
        row = [c[(l, lab)] for l in LANGS]
        out.append("| %s | %s | %d |" % (lab, " | ".join(map(str, row)), sum(row)))
    for name, pred in (("all PII spans", lambda k: k in PII_LABELS),
                       ("all decoy spans", lambda k: k.startswith("decoy:"))):
        row = [sum(v for (l, k), v in c.items() if l == lang and pred(k)) for lang in LANGS]
        out.append("| **%s** | %s | %d |" % (name, " | ".join(map(str, row)), sum(row)))
    n_pii = sum(v for (l, k), v in c.items() if k in PII_LABELS)
    n_phone = sum(v for (l, k), v in c.items() if k == "phone")
    out.append("\nPhones are %.1f%% of PII spans.\n" % (100.0 * n_phone / n_pii))
    hard = hard_case_counts(pii)
    out.append("Hard-case features (spans or texts):\n")
    out.append("| feature | " + " | ".join(LANGS) + " | total |")
    out.append("|---|" + "---:|" * (len(LANGS) + 1))
    for feat in HARD_FEATURES:
        row = [hard[(l, feat)] for l in LANGS]
        out.append("| %s | %s | %d |" % (feat, " | ".join(map(str, row)), sum(row)))
    out.append("")

    sc = Counter((r["lang"], r["label"]) for r in sent)
    out.append("### sentiment.jsonl (%d texts)\n" % len(sent))
    out.append("| label | " + " | ".join(LANGS) + " | total |")
    out.append("|---|" + "---:|" * (len(LANGS) + 1))
    for lab in ("positive", "neutral", "negative"):
        row = [sc[(l, lab)] for l in LANGS]
        out.append("| %s | %s | %d |" % (lab, " | ".join(map(str, row)), sum(row)))

    ac = Counter((r["lang"], r["relation"], r["summaryLabel"]) for r in align)
    out.append("\n### alignment.jsonl (%d pairs)\n" % len(align))
    out.append("| relation / summaryLabel | " + " | ".join(LANGS) + " | total |")
    out.append("|---|" + "---:|" * (len(LANGS) + 1))
    for rel in ("agree", "contradict"):
        for lab in ("positive", "neutral", "negative"):
            row = [ac[(l, rel, lab)] for l in LANGS]
            if sum(row):
                out.append("| %s / %s | %s | %d |" % (rel, lab, " | ".join(map(str, row)), sum(row)))
    out.append("\ntranscriptScore distribution per relation / summaryLabel:\n")
    out.append("| relation / summaryLabel | min | q1 | median | q3 | max |")
    out.append("|---|---:|---:|---:|---:|---:|")
    for rel in ("agree", "contradict"):
        for lab in ("positive", "neutral", "negative"):
            sc = sorted(r["transcriptScore"] for r in align if r["relation"] == rel and r["summaryLabel"] == lab)
            if sc:
                q = lambda f: sc[int(f * (len(sc) - 1))]
                out.append("| %s / %s | %d | %d | %d | %d | %d |" % (rel, lab, sc[0], q(0.25), q(0.5), q(0.75), sc[-1]))
    scores = sorted(r["transcriptScore"] for r in align)
    out.append("\nAll pairs: median %d; %d of %d scores lie in 0..+40.\n"
               % (scores[len(scores) // 2], sum(1 for x in scores if 0 <= x <= 40), len(scores)))
    return "\n".join(out)


README_HEAD = """# eval_hard: an independent, adversarial evaluation set

Generated by `scripts/make_eval_hard.py` (Python 3 standard library only, seed 20261130).
Written without looking at the detectors or their own test data, from real-world rules:
national numbering plans and ITU-T E.123 for phones, Luhn and issuer prefixes for cards, ISO 13616
mod-97 (and the national check digits of ES, FR, BE, NL and IT BBANs) for IBANs, SSA rules for SSNs,
and the way contact-centre agents and AI summaries actually write in each language.

Regenerate (deterministic; the script self-checks before writing and exits non-zero on a failed check):

    python3 scripts/make_eval_hard.py

## Files

- `pii.jsonl` - `{"lang", "segments": [[text, label|null], ...]}`; the text is the concatenation of
  the segments. Labels `phone`, `email`, `card`, `ssn`, `iban` are PII; `decoy:<kind>` is something
  that is **not** PII but looks like it; `null` is other text.
- `sentiment.jsonl` - `{"lang", "text", "label": positive|neutral|negative}`.
- `alignment.jsonl` - `{"lang", "summary", "transcriptScore", "relation": agree|contradict,
  "summaryLabel"}`; `transcriptScore` on Genesys Cloud's -100..+100 conversation sentiment scale.

## What the PII set covers

- Phones of US/CA, GB, IE, AU (en), ES, MX, AR (+ US for Spanish speakers) (es), FR, BE, CH, CA (fr),
  DE, AT, CH (de) and JP (ja): E.164 with spaces/dashes/parentheses, `+44 (0)20 ...`, `00`
  international prefix, national trunk-0 formats with every usual grouping (`0172/1234567`,
  `(0172) 1234567`, `030 12345-67`, `0470/12.34.56`, `06.12.34.56.78`, `03(1234)5678`,
  `0120-123-456`), Spanish and Mexican numbers without trunk 0, Argentine `11 15-2345-6789`,
  NANP `(212) 555-0143` / `212.555.0143` / `1-800-...`, unseparated national numbers, full-width
  Japanese digits, numbers wrapped over a line break, numbers glued to brackets and punctuation
  (`Tel.:+4930...,`, `[...]`, `（...）`, `...5678。`), extensions next to the number.
- E-mails with plus-addressing, sub-domains, hyphens, digits and upper case, glued to Japanese text
  or inside `<...>`.
- Luhn-valid cards (Visa, Mastercard 51-55 and 2221-2720, Amex 4-6-5, Discover, JCB, Diners 14),
  grouped with spaces, dashes or not at all.
- SSNs in valid ranges, `123-45-6789`, `123 45 6789`, and 9 plain digits only right after
  "SSN" / "social security" / "seguro social".
- IBANs (GB, IE, ES, FR, DE, AT, CH, BE, NL, IT) with valid mod-97 and valid national check digits,
  in groups of four or compact.
- Decoys: order, reference, case, ticket, tracking, invoice, account, member and policy numbers of
  9-12 digits (never dialable in the covered countries, sometimes zero-padded `000...`), with and
  without separators, grouped like phones (`412 345 678 9`, `4471 2033 98`, `1234-5678-9012`),
  introduced by the local context word, with the context word after the number, or with no
  context word at all; dates (incl. `20240312`, `令和6年3月12日`), times, amounts (incl. narrow
  no-break spaces, `CHF 1'249.90`), percentages, postcodes (ZIP+4, `〒150-0002`, UK/IE/CA
  formats), quantities, UUIDs, versions (`10.0.19045.3803`), Luhn-failing card-like numbers,
  IBAN-like strings with wrong check digits, SSN-like numbers in invalid ranges (000, 666, 9xx,
  group 00, serial 0000), BICs, URLs, device serial and model numbers.
- Every decoy kind occurs in every language, and every identifier kind occurs both with and
  without a context word in every language.

Span conventions: a PII span is exactly the identifier. Brackets and a `+` that belong to the
number (`(0172) 1234567`, `+1 (212) 555-0143`) are inside the span; brackets around it, sentence
punctuation, `#`, `〒`, "ext."/"poste"/"Durchwahl"/"内線" plus the extension digits are outside.
A DIN 5008 direct-dial suffix (`030 12345-67`) is part of the number. A phone wrapped over a line
break keeps the `\\n` inside its span. Third-party and company numbers a person could dial are
labelled `phone` like the customer's own.

## Sentiment labelling guideline

- positive: the summary expresses satisfaction, gratitude, praise, or an outcome described in
  evaluative positive terms ("resolved to the customer's satisfaction", "customer was pleased").
- negative: expressed dissatisfaction, anger, frustration, complaint, escalation, a problem left
  unresolved, a threat to cancel, sarcasm that conveys dissatisfaction.
- neutral: facts and procedures without expressed emotion or evaluation, including routine fixes
  and requests ("Agent reset the password and sent a confirmation e-mail.").

Decisions applied consistently: lexicon-polar words used procedurally (error, cancel, refund,
complaint form, thanks for calling, free upgrade, kill the process, "no issues found", "not a
problem") do not make a text polar; a bare outcome ("Resolved.") is neutral; escalations and
formal complaints are negative even when calm; in mixed texts the final clause decides; negated
negatives are neutral unless they express an evaluation ("could not have been happier");
sarcasm is labelled by what it conveys.

## Alignment

- contradict: positive summary with transcriptScore <= -25, or negative summary with >= +25.
- agree: positive summary with >= +5, negative summary with <= -5, neutral summary in -35..+35.

Within each class the scores follow realistic, skewed shapes (neutral calls mostly between -10 and
+30, positive calls mostly +15..+50, strongly negative calls down to -60 and below; see the
quartiles below); the boundary values -25, +25, +5, -5, -35 and +35 each occur. Hard agreeing cases:
neutral procedural summaries of mildly positive calls, mildly negative summaries ("a little
disappointed with the wait") of slightly negative calls (-5..-25), mildly positive summaries of
barely positive calls (+5..+30).

## Counts

"""


def main():
    pii = []
    for lang in LANGS:
        for _ in range(PII_PER_LANG):
            pii.append(make_pii_text(lang))
    sent = make_sentiment()
    align = make_alignment()
    errors = check_all(pii, sent, align)
    if errors:
        for e in errors[:50]:
            print("CHECK FAILED:", e, file=sys.stderr)
        print("%d check failures; nothing written." % len(errors), file=sys.stderr)
        return 1
    os.makedirs(OUT_DIR, exist_ok=True)
    write_jsonl(os.path.join(OUT_DIR, "pii.jsonl"), pii)
    write_jsonl(os.path.join(OUT_DIR, "sentiment.jsonl"), sent)
    write_jsonl(os.path.join(OUT_DIR, "alignment.jsonl"), align)
    tables = counts_tables(pii, sent, align)
    with open(os.path.join(OUT_DIR, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(README_HEAD + tables + "\n")
    print(tables)
    print("\nAll self-checks passed; wrote %s" % os.path.relpath(OUT_DIR, os.getcwd()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
