#!/usr/bin/env python3
"""Held-out evaluation set for the PII redactor and the sentiment analyser.

Writes tests/data/eval_heldout/{pii,sentiment,alignment}.jsonl and README.md.
Python 3 standard library only; deterministic (seed 777).  Run from the repo root:

    python3 scripts/make_eval_heldout.py

The set was written from real-world conventions only (ITU-T E.123, national numbering
plans of ARCEP, Bundesnetzagentur, RTR, BAKOM, CNMC, IFT, ENACOM, Ofcom, ComReg, ACMA,
NANPA and MIC Japan, carrier and retailer reference formats, card/IBAN/SSN rules), not
from the detectors' source or their own test data.

Sentiment labelling guideline (used for sentiment.jsonl and alignment.jsonl):

* positive: the summary expresses satisfaction, gratitude, praise, or an outcome
  described in evaluative positive terms ("the customer was delighted", "thanked the
  agent", "happy with the credit").
* negative: expressed dissatisfaction, anger, frustration, complaint, escalation, a
  problem left unresolved, a threat to cancel, or sarcasm that conveys dissatisfaction.
* neutral: facts and procedures without expressed emotion or evaluation, including
  routine fixes and requests ("Agent reset the PIN and texted a confirmation.",
  "Customer reported an error on the bill; agent explained the charge and logged a
  case.").  Lexicon-polar words used procedurally (problem, error, failed, cancel,
  refund, complaint form, help, please, free upgrade, kill the process, "no issues
  found", "not a problem") do not make a text polar.  A bare "Resolved." or "Fixed."
  without any evaluation is neutral.
* Mixed texts are labelled by the clause that states the customer's final position
  (normally the last one: "initially angry ..., but left happy" is positive;
  "agent was helpful, but the customer still plans to cancel" is negative).
* Negated negatives that express approval ("not disappointed at all", "no complaints,
  they love it") are positive; negated positives expressing dissatisfaction ("not
  happy", "not satisfied") are negative.

Alignment relation (alignment.jsonl): transcriptScore is on Genesys Cloud's
-100..+100 overall sentiment scale.
* contradict: positive summary with score <= -25, or negative summary with score >= +25.
* agree: positive summary with score >= +5, negative summary with score <= -5,
  neutral summary with score in -35..+35.

PII labels: phone, email, card, ssn, iban; decoy:<kind> marks a non-PII token a careless
detector could take for PII; null is ordinary text.  A phone span may begin with an
opening parenthesis when it encloses the area code ("(0172) 1234567"); apart from that,
no span starts or ends with whitespace or punctuation.
"""
import json
import os
import random
import re
import sys
import unicodedata
from collections import Counter, defaultdict

SEED = 777
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "tests", "data", "eval_heldout"))

LANGS = ["en", "es", "fr", "de", "ja"]
ID_KINDS = ["order", "reference", "case", "ticket", "tracking", "invoice", "account",
            "member", "policy"]
OTHER_DECOYS = ["date", "time", "amount", "percentage", "postcode", "quantity", "uuid",
                "version", "card_luhn_fail", "iban_bad_check", "ssn_invalid_range",
                "card_masked", "serial", "barcode", "meter", "duration"]
DECOY_KINDS = ID_KINDS + OTHER_DECOYS
# template placeholder name -> decoy kind
PH_DECOY = {k: k for k in DECOY_KINDS}
PH_DECOY.update({"points": "quantity", "energy": "quantity", "badcard": "card_luhn_fail", "badiban": "iban_bad_check",
                 "badssn": "ssn_invalid_range", "masked": "card_masked"})
PII_PH = {"phone": "phone", "mobile": "phone", "landline": "phone", "tollfree": "phone",
          "email": "email", "card": "card", "ssn": "ssn", "iban": "iban"}


# ----------------------------------------------------------------------------
# small helpers
# ----------------------------------------------------------------------------

def d(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def nz(n):
    return R.choice("123456789") + d(n - 1)


def pick(seq):
    return R.choice(seq)


def wpick(pairs):
    tot = sum(w for _, w in pairs)
    x = R.random() * tot
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


def grp(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def pairs_from_right(s):
    """'1234567' -> '123 45 67' (German/Swiss style)."""
    out = []
    while len(s) > 3:
        out.insert(0, s[-2:])
        s = s[:-2]
    out.insert(0, s)
    return " ".join(out)


FW = {c: chr(ord(c) + 0xFEE0) for c in "0123456789+"}
FW.update({"(": "（", ")": "）", " ": "　"})


def fullwidth(s, dash=None):
    dash = dash or pick(["－", "－", "ー", "−"])
    return "".join(dash if c == "-" else FW.get(c, c) for c in s)


def maybe_linebreak(s, p=0.04):
    if " " in s and R.random() < p:
        idx = [i for i, c in enumerate(s) if c == " "]
        i = pick(idx)
        return s[:i] + "\n" + s[i + 1:]
    return s


def digits_only(s):
    return "".join(c for c in s if c.isdigit())


def luhn_ok(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def break_luhn(num):
    """Return num with the last digit changed so the Luhn check fails."""
    if not luhn_ok(num):
        return num
    last = int(num[-1])
    return num[:-1] + str((last + R.randint(1, 9)) % 10)


def not_luhn_if_cardlike(s):
    """Decoys with 13-19 digits must not pass Luhn (they are not cards)."""
    ds = digits_only(s)
    if 13 <= len(ds) <= 19 and luhn_ok(ds):
        # change the last digit in place
        idx = max(i for i, c in enumerate(s) if c.isdigit())
        s = s[:idx] + str((int(s[idx]) + 1) % 10) + s[idx + 1:]
        assert not luhn_ok(digits_only(s))
    return s


# ----------------------------------------------------------------------------
# cards
# ----------------------------------------------------------------------------

def card_raw():
    brand = wpick([("visa", 30), ("mc", 18), ("mc2", 10), ("amex", 14), ("disc", 8),
                   ("jcb", 10), ("diners", 6), ("visa_dk", 4)])
    if brand == "visa":
        pre, L = "4" + d(5), 16
    elif brand == "visa_dk":
        pre, L = "4571" + d(2), 16
    elif brand == "mc":
        pre, L = "5" + pick("12345") + d(4), 16
    elif brand == "mc2":
        pre, L = str(R.randint(2221, 2720)) + d(2), 16
    elif brand == "amex":
        pre, L = pick(["34", "37"]) + d(4), 15
    elif brand == "disc":
        pre, L = pick(["6011" + d(2), "65" + d(4), str(R.randint(644, 649)) + d(3)]), 16
    elif brand == "jcb":
        pre, L = str(R.randint(3528, 3589)) + d(2), 16
    else:
        pre, L = pick(["36" + d(4), "30" + pick("012345") + d(3), "38" + d(4)]), 14
    num = luhn_complete(pre + d(L - 1 - len(pre)))
    sizes = {16: [4, 4, 4, 4], 15: [4, 6, 5], 14: [4, 6, 4]}[L]
    return num, sizes


def card_fmt(num, sizes, lang):
    sep = wpick([(" ", 50), ("-", 22), ("", 28)])
    s = grp(num, sizes, sep) if sep else num
    s = maybe_linebreak(s, 0.05)
    if lang == "ja" and R.random() < 0.06:
        s = fullwidth(s)
    return s


def gen_card(lang):
    num, sizes = card_raw()
    s = card_fmt(num, sizes, lang)
    assert luhn_ok(digits_only(unfw(s)))
    return s


def gen_badcard(lang):
    num, sizes = card_raw()
    num = break_luhn(num)
    return card_fmt(num, sizes, lang)


def gen_masked(lang):
    num, sizes = card_raw()
    last4 = num[-4:]
    L = len(num)
    f = wpick([("x4", 4), ("x4d", 3), ("first6", 2), ("first6sp", 2), ("xcompact", 1)])
    if f == "x4":
        if L == 16:
            return "XXXX XXXX XXXX " + last4
        return grp("X" * (L - 4) + last4, sizes, " ")
    if f == "x4d":
        return "XXXX-XXXX-XXXX-" + last4 if L == 16 else grp("X" * (L - 4) + last4, sizes, "-")
    if f == "first6":
        return num[:6] + "X" * (L - 10) + last4
    if f == "first6sp" and L == 16:
        return num[:4] + " " + num[4:6] + "XX XXXX " + last4
    return "X" * (L - 4) + last4


# ----------------------------------------------------------------------------
# SSN
# ----------------------------------------------------------------------------

def ssn_fmt(a, g, s, style):
    if style == "dash":
        return "%03d-%02d-%04d" % (a, g, s)
    if style == "space":
        return "%03d %02d %04d" % (a, g, s)
    return "%03d%02d%04d" % (a, g, s)


def ssn_valid_parts(ssn):
    ds = digits_only(ssn)
    a, g, s = int(ds[:3]), int(ds[3:5]), int(ds[5:])
    return len(ds) == 9 and a not in (0, 666) and a < 900 and g != 0 and s != 0


def gen_ssn(lang):
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    g = R.randint(1, 99)
    s = R.randint(1, 9999)
    style = wpick([("dash", 60), ("space", 18), ("plain", 22)])
    out = ssn_fmt(a, g, s, style)
    assert ssn_valid_parts(out)
    return out


def gen_badssn(lang):
    mode = pick(["000", "666", "9xx", "g00", "s0000", "9xx"])
    a, g, s = R.randint(1, 899), R.randint(1, 99), R.randint(1, 9999)
    if a == 666:
        a = 665
    if mode == "000":
        a = 0
    elif mode == "666":
        a = 666
    elif mode == "9xx":
        a = R.randint(900, 999)
        g = R.randint(1, 49)  # not an ITIN group either
    elif mode == "g00":
        g = 0
    else:
        s = 0
    out = ssn_fmt(a, g, s, wpick([("dash", 80), ("space", 20)]))
    assert not ssn_valid_parts(out)
    return out


# ----------------------------------------------------------------------------
# IBAN
# ----------------------------------------------------------------------------

IBAN_LEN = {"GB": 22, "IE": 22, "ES": 24, "FR": 27, "DE": 22, "AT": 20, "CH": 21,
            "BE": 16, "NL": 18, "IT": 27}


def _num(s):
    return "".join(str(int(c, 36)) for c in s)


def iban_ok(iban):
    s = iban.replace(" ", "").replace("\n", "").upper()
    if len(s) != IBAN_LEN.get(s[:2], -1):
        return False
    return int(_num(s[4:] + s[:4])) % 97 == 1


def _es_dc(ten):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    v = 11 - sum(int(c) * x for c, x in zip(ten, w)) % 11
    return {11: 0, 10: 1}.get(v, v)


_IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21]


def _it_cin(s):
    tot = 0
    for i, c in enumerate(s):
        v = int(c)
        tot += _IT_ODD[v] if i % 2 == 0 else v
    return chr(ord("A") + tot % 26)


def bban(cc):
    if cc == "GB":
        return pick(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA"]) + d(6) + d(8)
    if cc == "IE":
        return pick(["AIBK", "BOFI", "IPBS"]) + d(6) + d(8)
    if cc == "ES":
        ent, ofi, cta = pick(["2100", "0049", "0182", "0081", "2038", "0128"]), d(4), d(10)
        return ent + ofi + str(_es_dc("00" + ent + ofi)) + str(_es_dc(cta)) + cta
    if cc == "FR":
        bank, guichet, cpt = pick(["30004", "30003", "20041", "10278", "30002", "11315"]), d(5), d(11)
        key = 97 - ((89 * int(bank) + 15 * int(guichet) + 3 * int(cpt)) % 97)
        return bank + guichet + cpt + "%02d" % key
    if cc == "DE":
        return pick(["37040044", "10010010", "50010517", "70150000", "20041133",
                     "43060967", "12030000", "76010085"]) + d(10)
    if cc == "AT":
        return pick(["12000", "20111", "32000", "14000", "60000", "19043"]) + d(11)
    if cc == "CH":
        return pick(["00762", "00230", "00700", "08390", "09000"]) + d(12)
    if cc == "BE":
        ten = pick(["001", "068", "310", "363", "539", "734"]) + d(7)
        c = int(ten) % 97 or 97
        return ten + "%02d" % c
    if cc == "NL":
        return pick(["ABNA", "INGB", "RABO", "TRIO", "SNSB"]) + d(10)
    if cc == "IT":
        rest = pick(["03069", "02008", "05034", "03062"]) + d(5) + d(12)
        return _it_cin(rest) + rest
    raise KeyError(cc)


def iban_compact(cc):
    b = bban(cc)
    chk = 98 - int(_num(b + cc + "00")) % 97
    s = cc + "%02d" % chk + b
    assert len(s) == IBAN_LEN[cc], (cc, s)
    return s


def iban_fmt(s, lang):
    if R.random() < 0.62:
        s = grp(s, [4] * 10, " ")
        s = maybe_linebreak(s, 0.06)
    return s


IBAN_BY_COUNTRY = {"UK": ["GB"], "IE": ["IE"], "US": ["GB", "IE", "NL", "DE", "IT"],
                   "AU": ["GB", "IE", "DE"], "ES": ["ES"], "MX": ["ES"], "AR": ["ES", "IT"],
                   "FR": ["FR"], "BE": ["BE"], "CH": ["CH"], "CA": ["FR", "BE"],
                   "DE": ["DE", "DE", "NL"], "AT": ["AT"], "JP": ["GB", "DE", "FR", "NL", "IT"]}


def gen_iban(lang, country):
    cc = pick(IBAN_BY_COUNTRY[country] + ["DE", "FR", "ES", "GB", "IE", "AT", "CH", "BE", "NL", "IT"]
              if R.random() < 0.2 else IBAN_BY_COUNTRY[country])
    s = iban_compact(cc)
    assert iban_ok(s)
    return iban_fmt(s, lang)


def gen_badiban(lang, country):
    cc = pick(IBAN_BY_COUNTRY[country])
    s = iban_compact(cc)
    if R.random() < 0.5:
        chk = int(s[2:4])
        new = chk
        while new == chk:
            new = R.randint(2, 98)
        s = s[:2] + "%02d" % new + s[4:]
    else:
        idx = [i for i, c in enumerate(s) if c.isdigit() and i >= 4]
        i = pick(idx)
        s = s[:i] + str((int(s[i]) + R.randint(1, 9)) % 10) + s[i + 1:]
    assert not iban_ok(s)
    return iban_fmt(s, lang)


# ----------------------------------------------------------------------------
# phones, per country
# ----------------------------------------------------------------------------

US_AREAS = ["212", "646", "917", "312", "773", "415", "628", "213", "310", "305", "404",
            "617", "702", "206", "512", "720", "214", "602", "503", "615", "919", "612"]
CA_AREAS = ["416", "647", "437", "604", "778", "514", "438", "613", "403", "587", "902",
            "418", "450", "819", "581"]


def ph_nanp(region, kind, lang):
    if kind == "tollfree":
        a = pick(["800", "888", "877", "866", "855", "844", "833"])
    else:
        a = pick(US_AREAS if region == "US" else CA_AREAS)
    if R.random() < 0.3:
        e, l = "555", "01" + d(2)
    else:
        e = str(R.randint(2, 9)) + d(2)
        if e[1:] == "11":
            e = e[0] + "23"
        l = d(4)
    tf = kind == "tollfree"
    if lang == "fr":
        fmts = [(f"{a} {e}-{l}", 5), (f"({a}) {e}-{l}", 4), (f"{a}-{e}-{l}", 3),
                (f"1 {a} {e}-{l}", 3 if tf else 1), (f"+1 {a} {e} {l}", 2),
                (f"1-{a}-{e}-{l}", 2 if tf else 0.5), (f"{a}{e}{l}", 1), (f"{a} {e} {l}", 1)]
    else:
        fmts = [(f"({a}) {e}-{l}", 4), (f"{a}-{e}-{l}", 4), (f"{a}.{e}.{l}", 2),
                (f"{a} {e} {l}", 2), (f"{a}{e}{l}", 2), (f"+1 {a} {e} {l}", 2),
                (f"+1 ({a}) {e}-{l}", 1), (f"+1-{a}-{e}-{l}", 1),
                (f"1-{a}-{e}-{l}", 4 if tf else 1), (f"1 ({a}) {e}-{l}", 1),
                (f"001 {a} {e} {l}", 0.4), (f"+1{a}{e}{l}", 0.6)]
    s = wpick(fmts)
    if not tf and R.random() < 0.12:
        ext = str(R.randint(10, 9999))
        s += (" poste " + ext) if lang == "fr" else pick([" ext. ", " x", " ext "]) + ext
    return s


def ph_uk(kind):
    if kind == "mobile":
        a = "7" + pick("45789") + d(2)
        sub = "900" + d(3) if R.random() < 0.3 else d(6)
        return wpick([(f"0{a} {sub}", 6), (f"0{a}{sub}", 3), (f"0{a} {sub[:3]} {sub[3:]}", 2),
                      (f"+44 {a} {sub}", 3), (f"+44 (0){a} {sub}", 2), (f"0044 {a} {sub}", 1),
                      (f"+44{a}{sub}", 1), (f"+44 {a} {sub[:3]} {sub[3:]}", 1)])
    if kind == "tollfree":
        p = pick(["800", "808", "345", "330", "333", "300"])
        n = d(7)
        return wpick([(f"0{p} {n[:3]} {n[3:]}", 5), (f"0{p}{n}", 1), (f"+44 {p} {n[:3]} {n[3:]}", 1)])
    ac, rest = wpick([(("20", "7946" + d(4) if R.random() < 0.4 else pick("378") + d(7)), 4),
                      ((pick(["161", "113", "121", "131", "141", "117", "118", "151"]), d(7)), 4),
                      ((pick(["1632", "1223", "1865", "1273", "1904", "1392"]), d(6)), 3)])
    if len(ac) == 2:
        g = rest[:4] + " " + rest[4:]
    elif len(ac) == 3:
        g = rest[:3] + " " + rest[3:]
    else:
        g = rest
    return wpick([(f"0{ac} {g}", 7), (f"(0{ac}) {g}", 2), (f"+44 {ac} {g}", 3),
                  (f"+44 (0){ac} {g}", 2), (f"0{ac}{rest}", 2), (f"0044 {ac} {g}", 1)])


def ph_ie(kind):
    if kind == "mobile":
        a = "8" + pick("35679")
        s = d(7)
        return wpick([(f"0{a} {s[:3]} {s[3:]}", 6), (f"0{a}{s}", 2), (f"+353 {a} {s[:3]} {s[3:]}", 3),
                      (f"00353 {a} {s}", 1), (f"+353 (0){a} {s[:3]} {s[3:]}", 1), (f"+353{a}{s}", 1)])
    if kind == "tollfree":
        n = d(6)
        return pick([f"1800 {n[:3]} {n[3:]}", f"1800 {n}", f"1850 {n[:3]} {n[3:]}"])
    ac, s = pick([("1", d(7)), ("21", d(7)), ("61", d(6)), ("91", d(6)), ("51", d(6))])
    g = s[:3] + " " + s[3:]
    return wpick([(f"0{ac} {g}", 6), (f"(0{ac}) {g}", 2), (f"+353 {ac} {g}", 3),
                  (f"0{ac}{s}", 1), (f"00353 {ac} {g}", 1)])


def ph_au(kind):
    if kind == "mobile":
        a = "4" + d(2)
        s = d(6)
        return wpick([(f"0{a} {s[:3]} {s[3:]}", 7), (f"0{a}{s}", 2), (f"+61 {a} {s[:3]} {s[3:]}", 3),
                      (f"0061 {a} {s[:3]} {s[3:]}", 1), (f"+61 4 {a[1:]}{s[:2]} {s[2:]}", 1),
                      (f"+61{a}{s}", 1)])
    if kind == "tollfree":
        n = d(6)
        return wpick([(f"1300 {n[:3]} {n[3:]}", 4), (f"1800 {n[:3]} {n[3:]}", 4),
                      (f"13 {n[:2]} {n[2:4]}", 1)])
    ac = pick("2378")
    s = pick("3456789") + d(7)
    g = s[:4] + " " + s[4:]
    return wpick([(f"(0{ac}) {g}", 5), (f"0{ac} {g}", 5), (f"+61 {ac} {g}", 3),
                  (f"0{ac}{s}", 1), (f"+61 (0){ac} {g}", 1)])


def ph_es(kind):
    if kind == "mobile":
        n = "6" + d(8) if R.random() < 0.8 else "7" + pick("1234") + d(7)
    elif kind == "tollfree":
        n = pick(["900", "900", "800", "901", "902"]) + d(6)
    else:
        if R.random() < 0.5:
            n = pick(["91", "93"]) + pick("2345") + d(6)
        else:
            n = pick(["954", "955", "963", "961", "976", "983", "985", "944", "928", "922",
                      "971", "981", "986", "968", "958"]) + d(6)
    two = n[:2] in ("91", "93")
    gs = [(grp(n, [3, 3, 3]), 5), (grp(n, [3, 2, 2, 2]), 3 if not two else 0.5), (n, 2)]
    if two:
        gs.append((grp(n, [2, 3, 2, 2]), 5))
    nat = wpick(gs)
    return wpick([(nat, 12), ("+34 " + nat, 4), ("0034 " + nat, 1.5), ("+34" + n, 1),
                  ("(+34) " + nat, 1), ("+34-" + grp(n, [3, 3, 3], "-"), 0.5)])


def ph_mx(kind):
    if kind == "tollfree":
        n = "800" + d(7)
        return pick([grp(n, [3, 3, 4]), grp(n, [3, 3, 4], "-"), n, "+52 " + grp(n, [3, 3, 4])])
    if R.random() < 0.6:
        ac, s = pick(["55", "55", "33", "81"]), d(8)
        nat = wpick([(f"{ac} {s[:4]} {s[4:]}", 5), (f"({ac}) {s[:4]} {s[4:]}", 3),
                     (f"{ac}-{s[:4]}-{s[4:]}", 2), (f"{ac}{s}", 2),
                     (f"{ac} {s[:2]} {s[2:4]} {s[4:6]} {s[6:]}", 2),
                     (f"({ac}) {s[:4]}-{s[4:]}", 2)])
        intl = wpick([(f"+52 {ac} {s[:4]} {s[4:]}", 3), (f"+52 1 {ac} {s[:4]} {s[4:]}", 1),
                      (f"+52 ({ac}) {s[:4]}-{s[4:]}", 1), (f"+52{ac}{s}", 1)])
    else:
        ac, s = pick(["222", "998", "442", "477", "614", "664", "999", "229", "961"]), d(7)
        nat = wpick([(f"{ac} {s[:3]} {s[3:]}", 5), (f"({ac}) {s[:3]} {s[3:]}", 3),
                     (f"{ac}-{s[:3]}-{s[3:]}", 2), (f"{ac}{s}", 2)])
        intl = wpick([(f"+52 {ac} {s[:3]} {s[3:]}", 3), (f"+52 1 {ac} {s[:3]} {s[3:]}", 1)])
    return wpick([(nat, 7), (intl, 3)])


def ph_ar(kind):
    if kind == "tollfree":
        p = pick(["0800", "0800", "0810"])
        n = d(7)
        return pick([f"{p}-{n[:3]}-{n[3:]}", f"{p} {n[:3]} {n[3:]}", f"{p}-{n[:3]}-{n[3:]}"])
    if R.random() < 0.6:
        ac, s = "11", pick("2345") + d(7)
        a4, b4 = s[:4], s[4:]
        if kind == "mobile" or (kind == "phone" and R.random() < 0.5):
            return wpick([(f"+54 9 11 {a4}-{b4}", 4), (f"+54 9 11 {a4} {b4}", 2),
                          (f"(011) 15-{a4}-{b4}", 2), (f"011 15 {a4}-{b4}", 2),
                          (f"11 15-{a4}-{b4}", 2), (f"15-{a4}-{b4}", 1), (f"+54911{s}", 1),
                          (f"11 {a4}-{b4}", 2)])
        s = "4" + d(7)
        return wpick([(f"(011) {s[:4]}-{s[4:]}", 4), (f"011 {s[:4]}-{s[4:]}", 3),
                      (f"+54 11 {s[:4]}-{s[4:]}", 3), (f"11 {s[:4]}-{s[4:]}", 2),
                      (f"{s[:4]}-{s[4:]}", 0.7)])
    ac = pick(["351", "341", "261", "221", "381", "299"])
    s = "4" + d(6)
    if kind == "mobile":
        return wpick([(f"+54 9 {ac} {s[:3]}-{s[3:]}", 3), (f"(0{ac}) 15-{s[:3]}-{s[3:]}", 2),
                      (f"0{ac} 15 {s[:3]}-{s[3:]}", 2)])
    return wpick([(f"(0{ac}) {s[:3]}-{s[3:]}", 4), (f"0{ac} {s[:3]}-{s[3:]}", 3),
                  (f"+54 {ac} {s[:3]}-{s[3:]}", 2), (f"0{ac}-{s}", 1)])


def ph_fr(kind):
    if kind == "tollfree":
        n = d(6)
        return wpick([(f"0 800 {n[:2]} {n[2:4]} {n[4:]}", 3), (f"0 800 {n[:3]} {n[3:]}", 3),
                      (f"0800 {n[:2]} {n[2:4]} {n[4:]}", 2), (f"08 00 {n[:2]} {n[2:4]} {n[4:]}", 1),
                      (f"0 805 {n[:3]} {n[3:]}", 1)])
    first = pick("67") if kind == "mobile" else pick("123459")
    rest = d(8)
    n = "0" + first + rest
    prs = [n[i:i + 2] for i in range(0, 10, 2)]
    nat = wpick([(" ".join(prs), 10), (".".join(prs), 3), ("-".join(prs), 1.5), (n, 3),
                 ("".join(prs[:1]) + " " + "".join(prs[1:3]) + " " + "".join(prs[3:]), 0.4)])
    intl_tail = first + " " + " ".join(prs[1:])
    return wpick([(nat, 12), ("+33 " + intl_tail, 4), ("+33 (0)" + intl_tail, 2),
                  ("0033 " + intl_tail, 1.5), ("+33" + n[1:], 1), ("+33 " + first + ".".join([""] + prs[1:]), 0.5)])


def ph_be(kind):
    if kind == "tollfree":
        n = d(5)
        return pick([f"0800 {n[:2]} {n[2:]}", f"0800/{n[:2]}.{n[2:]}", f"0800 {n}"])
    if kind == "mobile":
        a = "4" + pick("56789") + d(1)
        s = d(6)
        nat = wpick([(f"0{a} {s[:2]} {s[2:4]} {s[4:]}", 5), (f"0{a}/{s[:2]}.{s[2:4]}.{s[4:]}", 3),
                     (f"0{a}/{s[:2]} {s[2:4]} {s[4:]}", 2), (f"0{a} {s[:3]} {s[3:]}", 2), (f"0{a}{s}", 1)])
        intl = wpick([(f"+32 {a} {s[:2]} {s[2:4]} {s[4:]}", 3), (f"0032 {a} {s[:2]} {s[2:4]} {s[4:]}", 1),
                      (f"+32 (0){a} {s[:2]} {s[2:4]} {s[4:]}", 1), (f"+32{a}{s}", 1)])
        return wpick([(nat, 7), (intl, 3)])
    ac = pick(["2", "2", "4", "9", "3", "81", "10", "65", "71"])
    s = d(8 - len(ac))
    if len(ac) == 1:
        g = s[:3] + " " + s[3:5] + " " + s[5:]
        gd = s[:3] + "." + s[3:5] + "." + s[5:]
    else:
        g = s[:2] + " " + s[2:4] + " " + s[4:]
        gd = s[:2] + "." + s[2:4] + "." + s[4:]
    return wpick([(f"0{ac} {g}", 5), (f"0{ac}/{gd}", 3), (f"0{ac}/{g}", 1), (f"+32 {ac} {g}", 3),
                  (f"0032 {ac} {g}", 1)])


def ph_ch(kind):
    if kind == "tollfree":
        n = d(6)
        return pick([f"0800 {n[:3]} {n[3:]}", f"0848 {n[:3]} {n[3:]}", f"0800 {n[:3]} {n[3:]}"])
    ac = ("7" + pick("56789")) if kind == "mobile" else pick(["22", "21", "44", "31", "61", "41", "71",
                                                             "91", "26", "27", "32", "52", "43", "58"])
    s = d(7)
    g = f"{s[:3]} {s[3:5]} {s[5:]}"
    return wpick([(f"0{ac} {g}", 8), (f"+41 {ac} {g}", 4), (f"0041 {ac} {g}", 1.5),
                  (f"+41 (0){ac} {g}", 1), (f"0{ac}{s}", 1.5), (f"+41{ac}{s}", 0.5),
                  (f"0{ac}/{g}", 0.5)])


def ph_de(kind):
    if kind == "tollfree":
        if R.random() < 0.75:
            n = d(7)
            return pick([f"0800 {n}", f"0800 {n[:3]} {n[3:]}", f"0800-{n}", f"0800/{n}"])
        n = d(6)
        return pick([f"0180 {pick('1235')} {n}", f"0180 {pick('56')} {n[:2]} {n[2:4]} {n[4:]}"])
    if kind == "mobile":
        p = pick(["151", "152", "157", "159", "160", "162", "163", "170", "171", "172", "173",
                  "174", "175", "176", "177", "178", "179"])
        s = d(8) if p.startswith("15") else d(7)
        pr = pairs_from_right(s)
        return wpick([(f"0{p} {s}", 8), (f"0{p}/{s}", 5), (f"(0{p}) {s}", 2), (f"0{p}-{s}", 2),
                      (f"0{p} {pr}", 2), (f"0{p}{s}", 3), (f"+49 {p} {s}", 5),
                      (f"+49 (0){p} {s}", 2), (f"0049 {p} {s}", 2), (f"+49 {p} {pr}", 1),
                      (f"+49-{p}-{s}", 0.5), (f"+49{p}{s}", 1)])
    ac, L = pick([("30", 8), ("30", 7), ("40", 8), ("89", 8), ("221", 7), ("69", 8), ("711", 7),
                  ("211", 7), ("341", 7), ("511", 7), ("911", 7), ("351", 7), ("3641", 6),
                  ("6221", 6), ("7071", 6), ("4721", 6)])
    s = pick("23456789") + d(L - 1)
    pr = pairs_from_right(s)
    f = wpick([(f"0{ac} {s}", 8), (f"0{ac}/{s}", 5), (f"(0{ac}) {s}", 2), (f"0{ac}-{s}", 1.5),
               (f"0{ac} {pr}", 3), (f"+49 {ac} {s}", 4), (f"+49 (0){ac} {s}", 2),
               (f"0049 {ac} {s}", 2), (f"0{ac} {s[:-2]}-{s[-2:]}", 2),
               (f"+49 {ac} {s[:-2]}-{s[-2:]}", 1.5), (f"0{ac} {s[:-1]}-0", 1), (f"0{ac}{s}", 1)])
    return f


def ph_at(kind):
    if kind == "tollfree":
        n = d(6)
        return pick([f"0800 {n[:3]} {n[3:]}", f"0800 {n}", f"0810 {n[:3]} {n[3:]}"])
    if kind == "mobile":
        p = pick(["650", "660", "664", "676", "677", "680", "681", "688", "699"])
        s = d(7)
        pr = pairs_from_right(s)
        return wpick([(f"0{p} {s}", 7), (f"0{p}/{s}", 4), (f"0{p} {pr}", 2), (f"+43 {p} {s}", 4),
                      (f"+43 (0){p} {s}", 2), (f"0043 {p} {s}", 2), (f"+43 {p} {pr}", 1),
                      (f"0{p}{s}", 2)])
    if R.random() < 0.5:
        s = pick("2345789") + d(6)
        pr = pairs_from_right(s)
        return wpick([(f"01 {s}", 5), (f"01/{pr}", 2), (f"(01) {s}", 2), (f"+43 1 {s}", 4),
                      (f"0043 1 {s}", 1), (f"01 {s[:-2]}-{s[-2:]}", 1)])
    ac = pick(["316", "732", "662", "512", "463", "2742", "5572"])
    s = pick("2345789") + d(5 if len(ac) == 3 else 4)
    return wpick([(f"0{ac} {s}", 5), (f"0{ac}/{s}", 4), (f"+43 {ac} {s}", 3), (f"0043 {ac} {s}", 1)])


JP_LAND = [("3", 4, 4), ("3", 4, 4), ("6", 4, 4), ("45", 3, 4), ("52", 3, 4), ("11", 3, 4),
           ("92", 3, 4), ("75", 3, 4), ("78", 3, 4), ("422", 2, 4), ("466", 2, 4), ("29", 3, 4),
           ("268", 2, 4), ("857", 2, 4)]


def ph_jp(kind):
    if kind == "tollfree":
        f = wpick([("0120", 6), ("0800", 2), ("0570", 2)])
        if f == "0800":
            return f"0800-{d(3)}-{d(4)}"
        if R.random() < 0.7:
            return f"{f}-{d(3)}-{d(3)}"
        return f"{f}-{d(2)}-{d(4)}"
    if kind == "mobile" or (kind == "phone" and R.random() < 0.15):
        a = pick(["90", "80", "70", "90", "80"]) if kind == "mobile" else "50"
        p, q = d(4), d(4)
        return wpick([(f"0{a}-{p}-{q}", 10), (f"0{a}{p}{q}", 3), (f"0{a} {p} {q}", 2),
                      (f"+81 {a}-{p}-{q}", 2), (f"+81-{a}-{p}-{q}", 1), (f"+81 {a} {p} {q}", 1),
                      (f"(0{a}){p}-{q}", 1), (f"+81{a}{p}{q}", 0.5)])
    ac, la, lb = pick(JP_LAND)
    p, q = d(la), d(lb)
    return wpick([(f"0{ac}-{p}-{q}", 10), (f"(0{ac}){p}-{q}", 2), (f"0{ac}({p}){q}", 1.5),
                  (f"0{ac}{p}{q}", 2), (f"+81 {ac}-{p}-{q}", 1.5), (f"+81-{ac}-{p}-{q}", 1),
                  (f"0{ac} {p} {q}", 1), (f"+81 {ac} {p} {q}", 0.5)])


COUNTRIES = {
    "en": [("US", 35), ("UK", 30), ("IE", 15), ("AU", 20)],
    "es": [("ES", 50), ("MX", 24), ("AR", 18), ("US", 8)],
    "fr": [("FR", 55), ("BE", 18), ("CH", 12), ("CA", 15)],
    "de": [("DE", 60), ("AT", 22), ("CH", 18)],
    "ja": [("JP", 100)],
}


def gen_phone(lang, country, kind):
    if kind == "phone":
        kind2 = wpick([("mobile", 60), ("landline", 40)])
    else:
        kind2 = kind
    fn = {"US": lambda k: ph_nanp("US", k, lang), "CA": lambda k: ph_nanp("CA", k, lang),
          "UK": ph_uk, "IE": ph_ie, "AU": ph_au, "ES": ph_es, "MX": ph_mx, "AR": ph_ar,
          "FR": ph_fr, "BE": ph_be, "CH": ph_ch, "DE": ph_de, "AT": ph_at, "JP": ph_jp}[country]
    s = fn(kind2)
    if lang == "ja" and R.random() < 0.16:
        s = fullwidth(s)
    else:
        s = maybe_linebreak(s, 0.035)
    return s


def unfw(s):
    out = []
    for c in s:
        o = ord(c)
        if 0xFF10 <= o <= 0xFF19:
            out.append(chr(o - 0xFEE0))
        else:
            out.append(c)
    return "".join(out)


# ----------------------------------------------------------------------------
# e-mail
# ----------------------------------------------------------------------------

NAMES = {
    "en": (["james", "sarah", "michael", "priya", "liam", "chloe", "tom", "emma", "olivia", "daniel",
            "aoife", "sean", "jack", "mia", "noah", "grace", "ethan", "zoe", "aiden", "ruby", "niamh"],
           ["smith", "jones", "murphy", "kelly", "patel", "nguyen", "brown", "wilson", "taylor", "walsh",
            "byrne", "obrien", "williams", "thompson", "chen", "singh", "clarke", "evans", "hughes", "mcgrath"]),
    "es": (["maria", "jose", "carmen", "alejandro", "lucia", "pablo", "sofia", "diego", "valeria",
            "javier", "ana", "miguel", "camila", "juan", "paula", "mariajose", "luis"],
           ["garcia", "lopez", "martinez", "rodriguez", "fernandez", "sanchez", "perez", "gomez", "diaz",
            "hernandez", "ruiz", "torres", "ramirez", "flores", "moreno", "alvarez"]),
    "fr": (["jean", "marie", "camille", "thomas", "nathalie", "julien", "chloe", "nicolas", "sophie",
            "pierre", "lea", "antoine", "manon", "marie-claire", "jean-baptiste", "anne-sophie"],
           ["dupont", "martin", "bernard", "moreau", "petit", "leroy", "dubois", "lambert", "fontaine",
            "rousseau", "girard", "lefebvre", "mercier", "peeters", "janssens", "tremblay", "gagnon"]),
    "de": (["thomas", "anna", "stefan", "lena", "michael", "julia", "andreas", "katharina", "lukas",
            "sabine", "jan", "hans-peter", "marie", "felix", "ursula", "karl-heinz"],
           ["mueller", "schmidt", "schneider", "fischer", "weber", "meyer", "wagner", "becker",
            "hoffmann", "schaefer", "koch", "huber", "gruber", "bauer", "steiner", "keller", "brunner"]),
    "ja": (["taro", "hanako", "yuki", "kenta", "sakura", "hiroshi", "aiko", "takumi", "yui", "daisuke",
            "naoko", "shota", "haruka", "ryo"],
           ["yamada", "sato", "suzuki", "takahashi", "tanaka", "watanabe", "ito", "nakamura",
            "kobayashi", "kato", "yoshida", "yamamoto", "matsumoto", "inoue"]),
}
DOMAINS = {
    "en": ["gmail.com", "outlook.com", "hotmail.co.uk", "yahoo.com", "btinternet.com", "sky.com",
           "icloud.com", "eircom.net", "bigpond.com", "optusnet.com.au", "comcast.net", "verizon.net",
           "protonmail.com", "mail.harbourline-logistics.com", "accounts.northfield-dental.co.uk",
           "student.unimelb.edu.au", "tcd.ie"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net", "outlook.es", "hotmail.com",
           "prodigy.net.mx", "live.com.mx", "yahoo.com.ar", "fibertel.com.ar", "correo.ugr.es",
           "gestoria-alvarez.es", "alumnos.unam.mx"],
    "fr": ["orange.fr", "wanadoo.fr", "free.fr", "laposte.net", "sfr.fr", "gmail.com", "hotmail.fr",
           "skynet.be", "bluewin.ch", "videotron.ca", "mail.cabinet-roux.fr", "etu.univ-lyon1.fr",
           "hotmail.be", "sympatico.ca"],
    "de": ["web.de", "gmx.de", "gmx.at", "gmx.ch", "t-online.de", "posteo.de", "freenet.de",
           "mailbox.org", "aon.at", "bluewin.ch", "gmail.com", "outlook.de", "stud.uni-heidelberg.de",
           "buero.schreinerei-huber.at", "kanzlei-brandt.de"],
    "ja": ["yahoo.co.jp", "gmail.com", "docomo.ne.jp", "ezweb.ne.jp", "au.com", "softbank.ne.jp",
           "i.softbank.jp", "icloud.com", "nifty.com", "biglobe.ne.jp", "ocn.ne.jp", "outlook.jp",
           "mail.sakura-shoji.co.jp"],
}
TAGS = {"en": ["orders", "shop", "billing", "amazon", "2024", "bank", "news"],
        "es": ["pedidos", "facturas", "amazon", "banco", "2024"],
        "fr": ["factures", "commandes", "amazon", "banque", "pro"],
        "de": ["rechnung", "bestellungen", "amazon", "bank", "shop"],
        "ja": ["tsuhan", "shop", "amazon", "bank", "2024"]}


def gen_email(lang):
    fn, ln = NAMES[lang]
    f, l = pick(fn), pick(ln)
    local = wpick([(f"{f}.{l}", 6), (f"{f[0]}.{l}", 3), (f"{f}_{l}", 2), (f"{f}{l}{d(2)}", 2),
                   (f"{l}.{f}", 2), (f"{f}-{l}", 1), (f"{f}.{l}{d(2)}", 1), (f"{l}{f[0]}", 1),
                   (f"{f}.{l}.{d(4)}", 0.5)])
    if R.random() < 0.15:
        local += "+" + pick(TAGS[lang])
    dom = pick(DOMAINS[lang])
    addr = local + "@" + dom
    r = R.random()
    if r < 0.06:
        addr = addr.upper()
    elif r < 0.16:
        addr = ".".join(p[:1].upper() + p[1:] for p in local.split(".")) + "@" + dom
    return addr


# ----------------------------------------------------------------------------
# decoys
# ----------------------------------------------------------------------------

def fill(pat):
    return "".join(d(1) if c == "d" else (nz(1) if c == "n" else c) for c in pat)


PHONELIKE = {
    "en": ["0dddd dddddd", "ndd-ddd-dddd", "dddd ddd ddd", "ndd ddd dddd", "0dd dddd dddd",
           "ndd ddd ddd d", "nddd dddd dd", "0ddd ddd dddd"],
    "es": ["ndd ddd ddd", "ndd dd dd dd", "nd ddd dd dd", "ndd ddd ddd d", "ndd dd dd dd d"],
    "fr": ["0d dd dd dd dd", "nd dd dd dd dd", "dd.dd.dd.dd.dd", "nd dd dd dd dd d", "0d.dd.dd.dd.dd"],
    "de": ["0ddd ddddddd", "0ddd/ddddddd", "0dd dddddddd", "nddd/dddddd", "0ddd-ddddddd",
           "0dd ddd dd dd"],
    "ja": ["dddd-dddd-dddd", "ndd-dddd-dddd", "nd-dddd-dddd", "0ddd-dd-dddd", "0dd-ddd-dddd"],
}
GROUPINGS = [[4, 4, 4], [4, 4, 2], [3, 3, 3], [3, 3, 3, 1], [3, 4, 4], [2, 4, 4], [4, 3, 3],
             [5, 5], [4, 4, 3], [3, 3, 4], [2, 3, 3, 2]]


def id_plain(n=None):
    n = n or R.randint(9, 12)
    if R.random() < 0.18:
        z = R.randint(1, 3)
        return "0" * z + nz(n - z)
    return nz(n)


def id_grouped():
    g = pick(GROUPINGS)
    s = id_plain(sum(g))
    return grp(s, g, wpick([(" ", 6), ("-", 4), (".", 1)]))


def id_nc(lang):
    """A bare number that a human would not read as a phone number in that locale."""
    if lang == "en":
        r = R.random()
        if r < 0.4:
            return nz(9) if R.random() < 0.5 else nz(12)
        return grp(nz(10), pick([[4, 4, 2], [2, 4, 4], [3, 3, 3, 1]]), pick([" ", "-"]))
    if lang == "es":
        return pick("12345") + d(R.randint(9, 11))
    return nz(R.randint(9, 12)) if R.random() < 0.6 else grp(nz(10), [4, 4, 2], pick([" ", "-"]))


AMZ = {"en": ["111", "112", "113", "114", "202", "203", "204", "206", "249"],
       "es": ["403", "404", "405", "406", "407", "408"],
       "fr": ["402", "403", "404", "405", "171"],
       "de": ["302", "303", "304", "305", "306", "028"],
       "ja": ["249", "250", "503", "503"]}


def id_native(kind, lang, country):
    if kind == "order":
        return wpick([(f"{pick(AMZ[lang])}-{d(7)}-{d(7)}", 3), (f"{d(2)}-{d(5)}-{d(5)}", 1),
                      (f"{nz(6)}-{R.randint(2023, 2025)}{R.randint(1, 12):02d}{R.randint(1, 28):02d}-{d(10)}"
                       if lang == "ja" else "2000" + d(12), 1), (id_plain(), 3)])
    if kind == "tracking":
        opts = {"en": [f"{pick(['RM', 'JD', 'LX', 'CE', 'AB'])}{d(9)}{pick(['GB', 'IE'])}",
                       f"1Z{d(3)}{pick(['A', 'E', 'W'])}{pick(['A', 'E'])}{d(2)}{d(9)}",
                       grp(d(12), [4, 4, 4]), d(12), d(10)],
                "es": [f"{pick(['PQ', 'RR', 'CX'])}{d(9)}ES", d(22) if False else d(12),
                       grp(d(10), [4, 3, 3]), d(10)],
                "fr": [f"6A{d(11)}", f"{pick(['XW', 'CB', 'EY', 'LA'])}{d(9)}FR", f"8N{d(11)}", d(12)],
                "de": [d(12), "00" + d(18), grp(d(12), [4, 4, 4]), f"{pick(['RR', 'CC', 'LZ'])}{d(9)}DE",
                       d(14)],
                "ja": [f"{d(4)}-{d(4)}-{d(4)}", d(12), f"{d(4)}-{d(4)}-{d(3)}-{d(1)}", d(11)]}
        return not_luhn_if_cardlike(pick(opts[lang]))
    if kind == "case":
        return wpick([(f"CAS-{d(5)}-{''.join(pick('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') for _ in range(6))}", 2),
                      ("00" + d(8), 2), (id_plain(), 3)])
    if kind == "ticket":
        return wpick([(f"{pick(['INC', 'INC', 'REQ', 'RITM'])}{d(7)}", 3), (id_plain(), 3),
                      (f"{R.randint(2023, 2025)}{d(6)}", 1)])
    if kind == "invoice":
        pre = {"en": ["INV-", "INV", ""], "es": ["FV24-", "F-", "A"], "fr": ["FA", "F-", ""],
               "de": ["RE", "RE-", "R"], "ja": ["", "INV-"]}[lang]
        return pick(pre) + (f"{R.randint(2023, 2025)}{d(6)}" if R.random() < 0.5 else id_plain())
    if kind == "account":
        return wpick([(id_plain(), 4), (f"{pick(['GP', 'VP', 'BT', 'AC'])}{d(8)}"
                                        if lang == "en" else id_plain(), 1), (id_grouped(), 2)])
    if kind == "policy":
        return wpick([(id_plain(), 4), ({"en": f"POL{d(9)}", "es": f"{d(3)}-{d(7)}",
                                         "fr": f"{d(2)}.{d(3)}.{d(3)}.{d(3)}",
                                         "de": f"{d(2)}.{d(3)}.{d(3)}-{d(1)}",
                                         "ja": f"{d(2)}-{d(8)}"}[lang], 2), (id_grouped(), 1)])
    if kind == "member":
        return wpick([(id_plain(), 4), (id_grouped(), 2), ("M" + d(9), 0.5)])
    return wpick([(id_plain(), 4), (id_grouped(), 2)])  # reference


def gen_id(kind, lang, country, shape):
    if shape == "phonelike":
        s = fill(pick(PHONELIKE[lang]))
    elif shape == "nc":
        s = id_nc(lang)
    elif shape == "grouped":
        s = id_grouped()
    elif shape == "plain":
        s = id_plain()
    else:
        s = id_native(kind, lang, country)
    s = not_luhn_if_cardlike(s)
    if lang == "ja" and R.random() < 0.08 and shape != "phonelike":
        s = fullwidth(s, "－")
    return s


MON_EN = ["", "January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MES = ["", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
       "septiembre", "octubre", "noviembre", "diciembre"]
MOIS = ["", "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre"]
MONAT = ["", "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
         "September", "Oktober", "November", "Dezember"]


def gen_date(lang, country):
    y, m, dd = R.randint(2023, 2025), R.randint(1, 12), R.randint(1, 28)
    yy = y % 100
    if lang == "en" and country == "US":
        return pick([f"{m:02d}/{dd:02d}/{y}", f"{m}/{dd}/{yy:02d}", f"{y}-{m:02d}-{dd:02d}",
                     f"{MON_EN[m]} {dd}, {y}", f"{m}/{dd}/{y}"])
    if lang == "en":
        return pick([f"{dd:02d}/{m:02d}/{y}", f"{dd}/{m}/{yy:02d}", f"{dd} {MON_EN[m]} {y}",
                     f"{y}-{m:02d}-{dd:02d}", f"{dd:02d}/{m:02d}/{yy:02d}"])
    if lang == "es":
        return pick([f"{dd:02d}/{m:02d}/{y}", f"{dd}/{m}/{y}", f"{dd:02d}-{m:02d}-{y}",
                     f"{dd} de {MES[m]} de {y}", f"{dd}/{m}/{yy:02d}"])
    if lang == "fr":
        return pick([f"{dd:02d}/{m:02d}/{y}", f"{dd:02d}.{m:02d}.{y}" if country == "CH" else f"{dd}/{m}/{y}",
                     f"{dd} {MOIS[m]} {y}", f"{y}-{m:02d}-{dd:02d}", f"{dd:02d}/{m:02d}/{yy:02d}"])
    if lang == "de":
        mon = "Jänner" if (country == "AT" and m == 1) else MONAT[m]
        return pick([f"{dd:02d}.{m:02d}.{y}", f"{dd}.{m}.{yy:02d}", f"{dd}. {mon} {y}",
                     f"{y}-{m:02d}-{dd:02d}", f"{y}{m:02d}{dd:02d}", f"{dd:02d}.{m:02d}.{y}"])
    s = pick([f"{y}年{m}月{dd}日", f"{y}/{m:02d}/{dd:02d}", f"令和{y - 2018}年{m}月{dd}日",
              f"{m}月{dd}日", f"{y}-{m:02d}-{dd:02d}", f"{y}年{m:02d}月{dd:02d}日"])
    return fullwidth(s) if R.random() < 0.1 else s


TIME_WINDOW = [8, 20]


def gen_time(lang, country):
    h, mm = R.randint(*TIME_WINDOW), pick([0, 0, 15, 30, 30, 45, 5, 10, 20, 40, 50])
    h12 = h - 12 if h > 12 else h
    ap = "pm" if h >= 12 else "am"
    if lang == "en":
        return pick([f"{h12}:{mm:02d} {ap}", f"{h:02d}:{mm:02d}", f"{h12}:{mm:02d}{ap}",
                     f"{h12}{ap}", f"{h12}.{mm:02d}{ap}" if country in ("UK", "IE") else f"{h12}:{mm:02d} {ap.upper()}"])
    if lang == "es":
        return pick([f"{h:02d}:{mm:02d}", f"{h}:{mm:02d} h", f"{h}:{mm:02d} hrs", f"{h:02d}:{mm:02d} h"])
    if lang == "fr":
        return pick([f"{h}h{mm:02d}", f"{h} h {mm:02d}", f"{h:02d}:{mm:02d}", f"{h}h", f"{h}h{mm:02d}"])
    if lang == "de":
        return pick([f"{h:02d}:{mm:02d} Uhr", f"{h}.{mm:02d} Uhr", f"{h} Uhr", f"{h:02d}:{mm:02d}",
                     f"{h}:{mm:02d} Uhr"])
    return pick([f"{h}時{mm}分" if mm else f"{h}時", f"午後{h12}時半" if h > 12 else f"午前{h}時半",
                 f"{h:02d}:{mm:02d}", f"{h}時", f"{h}時{mm:02d}分"])


def _money(x, th, dec, decimals=2):
    s = f"{x:,.{decimals}f}"
    return s.replace(",", "\x00").replace(".", dec).replace("\x00", th)


def gen_amount(lang, country):
    x = round(R.choice([R.uniform(5, 120), R.uniform(20, 400), R.uniform(100, 4000)]), 2)
    if R.random() < 0.25:
        x = float(int(x))
    if country == "US":
        return pick([f"${_money(x, ',', '.')}", f"${_money(x, ',', '.')}", f"USD {_money(x, ',', '.')}"])
    if country == "AU":
        return pick([f"${_money(x, ',', '.')}", f"A${_money(x, ',', '.')}", f"AUD {_money(x, ',', '.')}"])
    if country == "UK":
        return pick([f"£{_money(x, ',', '.')}", f"£{_money(x, ',', '.')}", f"GBP {_money(x, ',', '.')}"])
    if country == "IE":
        return pick([f"€{_money(x, ',', '.')}", f"EUR {_money(x, ',', '.')}"])
    if country == "ES":
        return pick([f"{_money(x, '.', ',')} €", f"{_money(x, '.', ',')}€", f"{_money(x, '.', ',')} euros"])
    if country == "MX":
        return pick([f"${_money(x * 18, ',', '.')}", f"${_money(x * 18, ',', '.')} MXN",
                     f"{_money(x * 18, ',', '.')} pesos"])
    if country == "AR":
        return pick([f"$ {_money(x * 900, '.', ',')}", f"${_money(x * 900, '.', ',', 0)}",
                     f"ARS {_money(x * 900, '.', ',')}"])
    if country in ("FR", "BE"):
        sep = pick([" ", "\u202f", "."]) if country == "FR" else pick([".", " "])
        return pick([f"{_money(x, sep, ',')} €", f"{_money(x, sep, ',')} euros", f"{_money(x, sep, ',')}€"])
    if country == "CH":
        return pick([f"CHF {_money(x, chr(39), '.')}", f"{_money(x, chr(39), '.')} CHF",
                     f"Fr. {_money(x, chr(39), '.')}", f"CHF {_money(x, chr(39), '.')}"])
    if country == "CA":
        return pick([f"{_money(x, ' ', ',')} $", f"{_money(x, ' ', ',')} $ CA", f"{_money(x, ' ', ',')}$"])
    if country == "DE":
        return pick([f"{_money(x, '.', ',')} €", f"{_money(x, '.', ',')} EUR", f"EUR {_money(x, '.', ',')}",
                     f"{_money(x, '.', ',')} Euro"])
    if country == "AT":
        return pick([f"€ {_money(x, '.', ',')}", f"{_money(x, '.', ',')} €", f"EUR {_money(x, '.', ',')}"])
    y = int(x * 150) // 10 * 10
    return pick([f"{y:,}円", f"¥{y:,}", f"{y:,}円", f"{y}円", f"￥{y:,}"])


def gen_percentage(lang, country):
    v = pick([str(R.randint(2, 60)), f"{R.randint(1, 30)}.{R.randint(1, 9)}"])
    if lang in ("es", "fr", "de") or country in ("CH",):
        v = v.replace(".", ",")
    suffix = {"en": "%", "es": pick(["%", " %"]), "fr": pick([" %", "\u00a0%", "%"]),
              "de": pick([" %", "%", " Prozent"]), "ja": pick(["%", "％", "パーセント"])}[lang]
    if lang == "ja" and R.random() < 0.15:
        v = fullwidth(v)
    return [(v, "decoy:percentage"), (suffix, None)]


def gen_postcode(lang, country):
    L = "ABCDEFGHJKLMNPRSTUVWXY"
    if country == "US":
        return pick([nz(5), f"{nz(5)}-{d(4)}"])
    if country == "UK":
        return pick([f"SW1A {d(1)}{pick(L)}{pick(L)}", f"M{nz(1)} {d(1)}{pick(L)}{pick(L)}",
                     f"EH{nz(1)} {d(1)}{pick(L)}{pick(L)}", f"BS{nz(1)}{d(1)} {d(1)}{pick(L)}{pick(L)}",
                     f"LS{nz(1)} {d(1)}{pick(L)}{pick(L)}"])
    if country == "IE":
        return f"{pick(['D02', 'D04', 'D6W', 'T12', 'H91', 'V94'])} {pick(L)}{d(1)}{pick(L)}{d(1)}"
    if country == "AU":
        return pick(["2000", "3000", "4000", "2150", "3121", "6000", "5000", "2010"])
    if country in ("ES",):
        return "%02d" % R.randint(1, 52) + d(3)
    if country == "MX":
        return pick(["06600", "03100", "44100", "64000", "11560", "77500"])
    if country == "AR":
        return pick([f"C{nz(4)}{pick(L)}{pick(L)}{pick(L)}", nz(4), f"X{nz(4)}{pick(L)}{pick(L)}{pick(L)}"])
    if country == "FR":
        return pick(["75008", "69003", "13001", "31000", "33000", "59000", "44000", "06000", "67000"])
    if country == "BE":
        return pick(["1000", "1050", "4000", "5000", "6000", "7000", "1348"])
    if country == "CH":
        return pick(["1201", "1003", "8001", "3011", "4051", "6003", "8400", "2000"])
    if country == "CA":
        return pick([f"H{d(1)}{pick(L)} {d(1)}{pick(L)}{d(1)}", f"G{d(1)}{pick(L)} {d(1)}{pick(L)}{d(1)}",
                     f"J{d(1)}{pick(L)} {d(1)}{pick(L)}{d(1)}"])
    if country == "DE":
        return pick(["10115", "20095", "80331", "50667", "60311", "70173", "04109", "01067", "90402"])
    if country == "AT":
        return pick(["1010", "1100", "8010", "4020", "5020", "6020", "9020"])
    s = pick(["150-0002", "100-0005", "530-0001", "460-0008", "812-0011", "060-0001", "231-0023",
              "980-0811", "1500002"])
    return fullwidth(s, "－") if R.random() < 0.1 else s


QUNITS = {
    "en": ([" points", " Avios", " reward points"], [" kWh"],
           [" GB", " units", " minutes", " texts", " MB", " items"]),
    "es": ([" puntos"], [" kWh"], [" GB", " unidades", " minutos", " megas", " SMS"]),
    "fr": ([" points", " points fidélité"], [" kWh"], [" Go", " unités", " minutes", " SMS"]),
    "de": ([" Punkte", " Bonuspunkte", " Meilen"], [" kWh"], [" GB", " Stück", " Minuten", " SMS"]),
    "ja": (["ポイント"], ["kWh"], ["GB", "個", "分", "件", "枚"]),
}


def gen_quantity(lang, country, which=2):
    n = pick([R.randint(2, 60), R.randint(100, 999), R.randint(1000, 25000)])
    if which < 2:
        n = R.randint(100, 25000)
    unit = pick(QUNITS[lang][which])
    if lang == "es":
        num = _money(n, ".", ",", 0)
    elif lang == "fr":
        num = _money(n, pick([" ", "\u202f"]), ",", 0)
    elif lang == "de":
        num = _money(n, pick([".", "'"]) if country == "CH" else ".", ",", 0)
    else:
        num = f"{n:,}"
    return num + unit


def gen_uuid(lang, country):
    h = "%032x" % R.getrandbits(128)
    h = h[:12] + "4" + h[13:16] + pick("89ab") + h[17:]
    s = f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
    return s.upper() if R.random() < 0.25 else s


def gen_version(lang, country):
    return pick([f"{R.randint(1, 9)}.{R.randint(0, 20)}.{R.randint(0, 9)}",
                 f"{R.randint(10, 26)}.{R.randint(0, 9)}.{R.randint(1, 9)}",
                 f"10.0.{R.randint(19041, 26100)}.{R.randint(1000, 4999)}",
                 f"v{R.randint(1, 9)}.{R.randint(0, 40)}.{R.randint(0, 300)}",
                 f"{R.randint(1, 9)}.{R.randint(0, 30)}.{R.randint(100, 999)}.{R.randint(1000, 99999)}",
                 f"{R.randint(2023, 2025)}.{R.randint(1, 12)}.{R.randint(1, 30)}"])


def gen_serial(lang, country):
    A = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    return pick([f"{pick(A)}{d(2)}{pick(A)}{pick(A)}{d(1)}{pick(A)}{pick(A)}{pick(A)}{pick(A)}{d(1)}{pick(A)}",
                 f"{d(4)}{pick(A)}{d(7)}",
                 f"{pick(['SN', 'S', 'ZTE', 'HW', 'FB'])}{d(10)}",
                 grp(d(12), [4, 4, 4], pick([" ", "-"])),
                 f"{pick(A)}{pick(A)}{d(2)}-{d(4)}-{d(4)}",
                 f"{d(3)}{pick(A)}{pick(A)}{d(6)}"])


def _ean(prefix, n=13):
    body = prefix + d(n - 1 - len(prefix))
    # standard GTIN: weights 3,1,3,... from the right of the body
    tot = sum(int(c) * (3 if (len(body) - i) % 2 == 1 else 1) for i, c in enumerate(body))
    return body + str((10 - tot % 10) % 10)


def gen_barcode(lang, country):
    pre = {"US": ["0", "0"], "UK": ["50"], "IE": ["539"], "AU": ["93"], "ES": ["84"], "MX": ["750"],
           "AR": ["779"], "FR": ["30", "34", "37"], "BE": ["54"], "CH": ["76"], "CA": ["06", "0"],
           "DE": ["40", "41", "42", "43", "44"], "AT": ["90", "91"], "JP": ["45", "49"]}[country]
    p = pick(pre)
    for _ in range(100):
        s = _ean(p, 12) if (country == "US" and R.random() < 0.5) else _ean(p, 13)
        if not (len(s) >= 13 and luhn_ok(s)):
            break
    if len(s) == 13 and R.random() < 0.25:
        s = f"{s[0]} {s[1:7]} {s[7:]}"
    return s


def gen_meter(lang, country):
    if country == "UK":
        s = f"{R.randint(10, 23)}{d(11)}"
        s = not_luhn_if_cardlike(s)
        return pick([s, f"{s[:2]} {s[2:6]} {s[6:10]} {s[10:]}"])
    if country == "IE":
        return "10" + d(9)
    if country == "AU":
        return pick(["41" + d(8), "61" + d(8), "NCCC" + d(6), "VEEE" + d(6)])
    if country == "US":
        return pick([d(9), d(8), "M" + d(9)])
    if country == "ES":
        return f"ES0{pick(['021', '031', '022', '026'])}{d(12)}{pick('ABCDEFGHJKLMNPQRSTVWXYZ')}{pick('ABCDEFGHJKLMNPQRSTVWXYZ')}"
    if country in ("MX", "AR"):
        return d(12)
    if country in ("FR", "BE"):
        s = not_luhn_if_cardlike(d(14))
        if country == "BE":
            return "5414" + d(14)
        return pick([s, grp(s, [2, 3, 3, 3, 3], " ")])
    if country == "CH":
        return "CH" + d(31) if R.random() < 0.3 else d(8)
    if country == "CA":
        return d(10)
    if country == "DE":
        return pick([f"1{pick(['ESY', 'EMH', 'ITF', 'LOG', 'EBZ'])}{d(10)}", "5" + d(10),
                     f"{d(2)} {d(3)} {d(3)}"])
    if country == "AT":
        return f"AT00{d(4)}00000{d(5)}{d(15)}" if R.random() < 0.5 else d(8)
    s = d(22)
    return pick([s, grp(s, [2, 4, 4, 4, 4, 4], " ")])


def gen_duration(lang, country):
    m, s = R.randint(1, 59), R.randint(0, 59)
    hh = R.randint(0, 1)
    if lang == "en":
        return pick([f"{hh:02d}:{m:02d}:{s:02d}", f"{m} minutes", f"{m} min", f"{m}:{s:02d}",
                     f"1 hr {m} min"])
    if lang == "es":
        return pick([f"{hh:02d}:{m:02d}:{s:02d}", f"{m} minutos", f"{m} min", f"1 h {m} min"])
    if lang == "fr":
        return pick([f"{hh:02d}:{m:02d}:{s:02d}", f"{m} minutes", f"{m} min", f"1 h {m:02d}"])
    if lang == "de":
        return pick([f"{hh:02d}:{m:02d}:{s:02d}", f"{m} Minuten", f"{m} Min", f"1 Std {m} Min"])
    return pick([f"{hh:02d}:{m:02d}:{s:02d}", f"{m}分", f"1時間{m}分", f"{m}分{s}秒"])


SIMPLE_DECOY = {"date": gen_date, "time": gen_time, "amount": gen_amount,
                "percentage": gen_percentage, "postcode": gen_postcode, "quantity": gen_quantity,
                "uuid": gen_uuid, "version": gen_version, "serial": gen_serial,
                "barcode": gen_barcode, "meter": gen_meter, "duration": gen_duration,
                "points": lambda l, c: gen_quantity(l, c, 0),
                "energy": lambda l, c: gen_quantity(l, c, 1)}


# ----------------------------------------------------------------------------
# PII sentence pools.  Placeholders:
#   {phone} {mobile} {landline} {tollfree} {email} {card} {ssn} {iban}      -> PII
#   {order} {reference} ... {policy}  (suffix ~ = grouped like a phone)     -> decoy ids
#   {ID} / {ID~} with {ctx} / {Ctx}: an id of a random kind plus its context noun
#   {NC}: a bare id with no context word
#   {date} {time} {amount} {percentage} {postcode} {quantity} {uuid} {version}
#   {serial} {barcode} {meter} {duration} {badcard} {badiban} {badssn} {masked}
# ----------------------------------------------------------------------------

CTX = {
    "en": {
        "order": ["order number", "order no.", "order", "order ID", "web order"],
        "reference": ["reference number", "reference", "ref.", "booking reference", "confirmation number"],
        "case": ["case number", "case", "case ID", "complaint case"],
        "ticket": ["ticket", "ticket number", "incident", "service request", "fault ticket"],
        "tracking": ["tracking number", "tracking no.", "consignment number", "tracking ID", "waybill"],
        "invoice": ["invoice number", "invoice", "invoice no.", "bill number"],
        "account": ["account number", "customer account", "billing account", "acct", "customer number"],
        "member": ["membership number", "member ID", "loyalty number", "rewards number", "member number"],
        "policy": ["policy number", "policy", "policy no.", "cover note"],
    },
    "es": {
        "order": ["el pedido", "el número de pedido", "el nº de pedido", "la orden de compra"],
        "reference": ["la referencia", "el localizador", "el número de referencia", "el folio"],
        "case": ["el caso", "el expediente", "el número de expediente", "el reclamo"],
        "ticket": ["la incidencia", "el ticket", "el número de incidencia", "la avería nº"],
        "tracking": ["el envío", "el número de seguimiento", "el código de seguimiento", "el número de guía"],
        "invoice": ["la factura", "el número de factura", "la factura nº"],
        "account": ["el número de cliente", "el código de cliente", "la cuenta de cliente", "el ID de cliente"],
        "member": ["el número de socio", "la tarjeta de socio", "el número de afiliado", "el número de miembro"],
        "policy": ["la póliza", "el número de póliza", "la póliza nº"],
    },
    "fr": {
        "order": ["la commande", "le numéro de commande", "la commande n°"],
        "reference": ["la référence", "le numéro de référence", "la réf."],
        "case": ["le dossier", "le numéro de dossier", "le dossier n°", "la réclamation n°"],
        "ticket": ["le ticket", "le numéro de ticket", "l'incident n°", "la demande d'intervention n°"],
        "tracking": ["le numéro de suivi", "le colis", "le numéro de colis", "le suivi n°"],
        "invoice": ["la facture", "le numéro de facture", "la facture n°"],
        "account": ["le numéro client", "le compte client", "l'identifiant client", "la référence client"],
        "member": ["le numéro d'adhérent", "la carte de fidélité n°", "le numéro de membre", "le numéro de sociétaire"],
        "policy": ["le contrat", "le numéro de contrat", "la police n°", "le numéro de police"],
    },
    "de": {
        "order": ["Bestellnummer", "Bestellung", "Auftragsnummer", "Bestell-Nr."],
        "reference": ["Referenz", "Vorgangsnummer", "Aktenzeichen", "Buchungsnummer"],
        "case": ["Fallnummer", "Fall-ID", "Reklamationsnummer", "Schadennummer"],
        "ticket": ["Ticket", "Ticketnummer", "Störungsnummer", "Störungsticket"],
        "tracking": ["Sendungsnummer", "Sendungsverfolgungsnummer", "Paketnummer", "Tracking-Nr."],
        "invoice": ["Rechnungsnummer", "Rechnung", "Rechnungs-Nr.", "Rg.-Nr."],
        "account": ["Kundennummer", "Kunden-Nr.", "Vertragskonto", "Kundenkonto"],
        "member": ["Mitgliedsnummer", "Mitglieds-Nr.", "Kundenkartennummer", "Bonuskartennummer"],
        "policy": ["Versicherungsscheinnummer", "Policennummer", "Vertragsnummer", "Polizzennummer"],
    },
    "ja": {
        "order": ["注文番号", "ご注文番号", "オーダー番号"],
        "reference": ["受付番号", "参照番号", "予約番号", "管理番号"],
        "case": ["案件番号", "ケース番号", "申請番号"],
        "ticket": ["チケット番号", "問い合わせ番号", "障害受付番号"],
        "tracking": ["追跡番号", "伝票番号", "お問い合わせ伝票番号", "送り状番号"],
        "invoice": ["請求書番号", "請求番号"],
        "account": ["お客様番号", "顧客番号", "お客さまID"],
        "member": ["会員番号", "会員ID", "ポイントカード番号"],
        "policy": ["証券番号", "保険証券番号", "契約番号"],
    },
}

POOLS = {}

POOLS["en"] = {
    "reason": [
        "Customer called about a charge they did not recognise on the latest bill.",
        "Caller reported intermittent broadband drop-outs since the weekend.",
        "Customer wanted to move a delivery to a neighbour's address.",
        "Customer asked to update the contact details on the account.",
        "Caller requested a paper copy of the last statement.",
        "Customer was charged twice for the same order.",
        "Customer asked why the direct debit was returned unpaid.",
        "Caller wants to port their number to another network.",
        "Customer reported that the parcel arrived with a cracked screen.",
        "Customer called to remove the sports add-on before renewal.",
        "Customer called from {phone} about a missed delivery.",
        "Customer rang in on {landline} to query a late-payment fee.",
        "Caller (mobile {mobile}) reported no signal at home since the mast works.",
        "Customer called about order {order}, which shows as delivered but never arrived.",
        "Customer chased {ctx} {ID}, opened last week.",
        "Customer called regarding invoice {invoice} dated {date}.",
        "Customer queried a payment of {amount} taken on {date}.",
        "Customer reported a power cut at postcode {postcode} starting around {time}.",
        "Customer emailed from {email} and then called to follow up.",
        "Customer disputed a {amount} charge on card {card}.",
        "Customer wants a payment plan for {amount} owed on account {account}.",
        "Customer received a parcel, tracking number {tracking}, addressed to someone else.",
        "Caller asked to add their partner as a named driver on policy {policy}.",
        "Member {member} asked why {points} had not been credited after the last stay.",
        "Customer's app ({version}) shows error {uuid} at checkout.",
        "Customer was on hold for {duration} before reaching the team.",
        "Cx called re: ticket {ticket}; still no engineer date.",
        "Customer read out {NC} from the letter but did not know what it referred to.",
        "Customer's gift card {badcard} was declined at the till.",
        "Customer called about case {case~}; callback number given as {mobile}.",
        "Customer called the {tollfree} line by mistake and was transferred to us.",
        "Customer wants to know why the meter {meter} reading on the bill is estimated.",
        "Customer asked whether the router with serial {serial} is still under warranty.",
        "Customer from {postcode} asked about fibre availability.",
        "@US|Customer asked to change the SSN on file; they had given {badssn} at sign-up by mistake.",
        "@US|Customer needs to verify identity for a credit check (SSN {ssn}).",
    ],
    "action": [
        "Agent verified identity using date of birth and first line of address.",
        "Agent explained the pro-rata charge and the customer accepted it.",
        "Agent raised a replacement and booked a collection of the damaged item.",
        "Agent updated the record and sent a confirmation email.",
        "Agent ran a line test remotely; no faults found on the exchange side.",
        "Agent talked the customer through a factory reset.",
        "Agent updated the primary number to {mobile} and removed the old landline {landline}.",
        "Agent confirmed the callback number as {phone}.",
        "Number on file ({phone}) verified with the customer.",
        "Customer gave an alternative contact, {phone}, best after {time}.",
        "Agent transferred the caller to the claims line on {tollfree}.",
        "Customer says {phone} is no longer in use; new mobile is {mobile}.",
        "Agent changed the email address from {email} to {email}.",
        "Agent emailed the quote to {email}.",
        "Customer paid the outstanding {amount} by card {card}.",
        "Customer read out the full card number {card} before the agent could pause the recording; recording flagged.",
        "New card {card} set as default; old card {masked} removed.",
        "@US|Customer verified with SSN {ssn} and date of birth.",
        "@US|Customer's social security number {ssn} was captured for the credit check.",
        "@US|Caller gave social security number {ssn}; agent masked it in the CRM afterwards.",
        "Agent updated the direct debit to IBAN {iban}.",
        "Refund of {amount} will go to IBAN {iban} within 5 working days.",
        "Agent applied a {percentage} loyalty discount from the next bill.",
        "Agent issued a goodwill credit of {amount} against invoice {invoice}.",
        "Agent logged the fault under {ctx} {ID}.",
        "Agent located {ctx} {ID} and confirmed the details with the customer.",
        "Agent added a note to {ctx} {ID}.",
        "Agent linked {ctx} {ID} to this interaction.",
        "Customer quoted {ctx} {ID} to pass security.",
        "Agent booked an engineer for {date} between {time} and {time}.",
        "Router serial {serial} re-registered and firmware pushed to {version}.",
        "Meter {meter} read at {energy} on {date}.",
        "Returned item with barcode {barcode} received at the warehouse.",
        "Agent confirmed parcel {tracking} is at the local depot.",
        "Claim added to policy number {policy}; excess is {amount}.",
        "The IBAN given, {badiban}, failed validation; customer will check it with the bank.",
        "Customer first read out {badcard}, which did not validate, then paid with {card}.",
        "@US|The SSN field showed {badssn}, which is not a valid number; customer corrected it to {ssn}.",
        "Part {badssn} is on back order, so the repair slot moved to {date}.",
        "Customer quoted account number {account~} and asked for a callback on {phone}.",
        "Customer read out {order~} (order number) followed by the mobile {mobile}.",
        "Agent noted reference {reference~}; customer's contact number is {phone}.",
        "Payment of {amount} taken on card {masked}.",
        "Call transferred after {duration} to the billing team.",
        "{ID} ({ctx}) confirmed with the customer.",
        "Customer gave {ID}, which is the {ctx} printed on the renewal letter.",
        "Agent confirmed email {email} and phone {phone} on file.",
        "Customer can be reached at {email} or on {phone}.",
        "Order #{order} / tracking {tracking} / inv. {invoice} all checked.",
        "Agent found the session {uuid} in the logs; the error started with version {version}.",
        "Agent confirmed {quantity} remaining this month and set a {percentage} usage alert.",
        "Customer read the card number as {card} and the expiry separately; payment of {amount} taken.",
        "Agent read back the number {mobile} and the member ID {member~} to avoid a mix-up.",
        "Agent updated the member record {member} with the new email {email}.",
        "Agent checked {NC} in the system; no match found.",
    ],
    "follow": [
        "No further action required.",
        "Customer will call back if the fault returns.",
        "Callback booked for tomorrow morning.",
        "Awaiting confirmation from the warehouse.",
        "Call back on {phone} by {date}.",
        "Please call the customer on {mobile} between {time} and {time}.",
        "Customer prefers a text to {mobile} rather than a call.",
        "If no answer on {mobile}, try the office line {landline}.",
        "Callback requested on {phone} re order {order}.",
        "Customer to ring {tollfree} if the engineer does not arrive.",
        "Send the replacement label to {email}.",
        "Escalated to second line under {ctx} {ID}.",
        "Please quote {ctx} {ID} on any follow-up.",
        "Next bill due {date}; expected amount {amount}.",
        "Follow up with the carrier on tracking {tracking} by {date}.",
        "Customer to email the signed form to {email} (subject: case {case}).",
        "Review on {date} once the {percentage} price rise has taken effect.",
        "Ticket {ticket} left open pending the engineer report.",
        "Claim reference {reference} to be used for all correspondence.",
        "Cx cb no.:{phone}, pref. mornings.",
        "Tel.:{phone}, email:{email}.",
        "[{ctx} {ID}] cx chasing update.",
        "Contact ({phone}) confirmed; ref [{reference}] quoted.",
        "Details: {phone}; {email}; acct {account}.",
        "Warehouse to confirm item {barcode} by {date}.",
        "Customer to send a meter photo showing meter {meter}.",
        "Refund to IBAN {iban} to be checked by finance on {date}.",
        "Text the customer at {mobile} once invoice {invoice~} is reissued.",
        "Member {member} to receive {points} as goodwill.",
        "Customer will call {tollfree} from {phone} if the link fails.",
        "Next review {date} at {time}; call lasted {duration}.",
        "Quote {NC} when calling back.",
    ],
}

POOLS["es"] = {
    "reason": [
        "Cliente llama por un cargo que no reconoce en la última factura.",
        "El cliente indica que la fibra se corta todas las noches desde el sábado.",
        "Cliente solicita cambiar la dirección de entrega de un pedido pendiente.",
        "Llama para actualizar sus datos de contacto.",
        "El cliente pide el duplicado de la factura del mes pasado.",
        "Clienta reclama un cobro duplicado de la misma compra.",
        "Consulta por qué el banco devolvió el recibo domiciliado.",
        "El cliente quiere hacer la portabilidad de su línea a otro operador.",
        "El cliente se comunica porque el paquete llegó con la pantalla rota.",
        "Cliente llama desde el {phone} por una entrega fallida.",
        "Llama desde el fijo {landline} para consultar un recargo por impago.",
        "Cliente (móvil {mobile}) sin cobertura en casa desde las obras de la antena.",
        "Cliente llama por el pedido {order}, que figura como entregado pero no le ha llegado.",
        "El cliente reclama por {ctx} {ID}, en curso desde la semana pasada.",
        "Consulta sobre la factura {invoice} con fecha {date}.",
        "El cliente no reconoce un cobro de {amount} del {date}.",
        "Avería eléctrica en el código postal {postcode} desde las {time}.",
        "Escribió desde {email} y ahora llama para dar seguimiento.",
        "El cliente disputa un cargo de {amount} en la tarjeta {card}.",
        "Solicita fraccionar una deuda de {amount} del número de cliente {account}.",
        "Recibió un paquete con número de seguimiento {tracking} a nombre de otra persona.",
        "Quiere añadir a su pareja como conductora en la póliza {policy}.",
        "El socio {member} pregunta por qué no se le abonaron {points}.",
        "La app ({version}) muestra el error {uuid} al pagar.",
        "El cliente estuvo {duration} en espera antes de ser atendido.",
        "Llama por la incidencia {ticket}; sigue sin fecha para el técnico.",
        "El cliente leyó {NC} de una carta y no sabía a qué correspondía.",
        "La tarjeta regalo {badcard} fue rechazada en caja.",
        "Cliente llama por el expediente {case~}; deja como contacto el {mobile}.",
        "Marcó el {tollfree} por error y lo transfirieron con nosotros.",
        "Pregunta por qué la lectura del contador {meter} de la factura es estimada.",
        "Consulta si el router con número de serie {serial} sigue en garantía.",
        "@US|El cliente, residente en EE. UU., necesita verificar identidad con su número de seguro social {ssn}.",
        "@US|Cliente de Texas llama para actualizar su SSN: dio {badssn} al registrarse por error.",
    ],
    "action": [
        "Se verifica identidad con fecha de nacimiento y dirección.",
        "Se le explica el prorrateo y el cliente lo acepta.",
        "Se gestiona reposición y recogida del artículo dañado.",
        "Se actualiza la ficha y se envía correo de confirmación.",
        "Se realiza test de línea en remoto; sin incidencias en central.",
        "Se guía al cliente para restablecer el router de fábrica.",
        "Se actualiza el teléfono principal a {mobile} y se elimina el fijo {landline}.",
        "Se confirma el teléfono de contacto {phone}.",
        "Teléfono de la ficha ({phone}) validado con el cliente.",
        "Deja un contacto alternativo: {phone}, mejor a partir de las {time}.",
        "Se transfiere al departamento de siniestros en el {tollfree}.",
        "@MX,AR,US|El cliente indica que el {phone} ya no existe; nuevo celular {mobile}.",
        "Se cambia el correo de {email} a {email}.",
        "Se envía el presupuesto a {email}.",
        "Abona {amount} pendientes con la tarjeta {card}.",
        "El cliente dictó el número completo de la tarjeta {card} antes de pausar la grabación; se marca la llamada.",
        "Se da de alta la tarjeta {card} como predeterminada y se elimina la {masked}.",
        "@US|Se valida identidad con el número de seguro social {ssn} (cliente de EE. UU.).",
        "Se actualiza la domiciliación al IBAN {iban}.",
        "El reembolso de {amount} se abonará en el IBAN {iban} en 5 días hábiles.",
        "Se aplica un descuento de fidelización del {percentage} desde la próxima factura.",
        "Se emite un abono de {amount} sobre la factura {invoice}.",
        "Se registra la avería con {ctx} {ID}.",
        "Se localiza {ctx} {ID} y se confirman los datos.",
        "Se añade una nota en {ctx} {ID}.",
        "Se vincula {ctx} {ID} a esta interacción.",
        "El cliente facilita {ctx} {ID} para la verificación.",
        "Se agenda visita técnica el {date} entre las {time} y las {time}.",
        "Router con serie {serial} dado de alta de nuevo; firmware actualizado a {version}.",
        "Lectura del contador {meter}: {energy} a fecha {date}.",
        "Artículo con código de barras {barcode} recibido en almacén.",
        "Se confirma que el envío {tracking} está en la delegación.",
        "Se abre el siniestro en la póliza {policy}; franquicia de {amount}.",
        "El IBAN facilitado, {badiban}, no valida; el cliente lo revisará con su banco.",
        "Primero dictó {badcard}, que no valida, y después pagó con {card}.",
        "Recambio {badssn} sin stock; la reparación pasa al {date}.",
        "Facilita el número de cliente {account~} y pide que le llamen al {phone}.",
        "Lee {order~} (número de pedido) y a continuación su móvil {mobile}.",
        "Se anota la referencia {reference~}; teléfono de contacto {phone}.",
        "Se cobra {amount} con la tarjeta {masked}.",
        "Tras {duration} se transfiere a facturación.",
        "{ID} ({ctx}) confirmado con el cliente.",
        "Indica {ID}, que es {ctx} que aparece en la carta de renovación.",
        "Se confirman correo {email} y teléfono {phone}.",
        "Se le puede contactar en {email} o en el {phone}.",
        "Pedido nº {order} / seguimiento {tracking} / factura {invoice} revisados.",
        "En los registros aparece la sesión {uuid}; el fallo empezó con la versión {version}.",
        "Le quedan {quantity} este mes; alerta de consumo al {percentage}.",
        "Se repiten el número {mobile} y el número de socio {member~} para evitar confusiones.",
        "Se actualiza el socio {member} con el correo {email}.",
        "Se busca {NC} en el sistema sin resultados.",
        "@US|El formulario tenía {badssn} en la casilla del SSN, número no válido; el cliente lo corrige a {ssn}.",
    ],
    "follow": [
        "No requiere más acciones.",
        "El cliente volverá a llamar si se repite.",
        "Rellamada programada para mañana por la mañana.",
        "Pendiente de confirmación del almacén.",
        "Devolver la llamada al {phone} antes del {date}.",
        "Llamar al cliente al {mobile} entre las {time} y las {time}.",
        "Prefiere SMS al {mobile} en lugar de llamada.",
        "Si no contesta al {mobile}, probar en la oficina: {landline}.",
        "Pide rellamada al {phone} por el pedido {order}.",
        "Si el técnico no acude, llamar al {tollfree}.",
        "Enviar la etiqueta de devolución a {email}.",
        "Escalado a segundo nivel con {ctx} {ID}.",
        "Indicar {ctx} {ID} en cualquier seguimiento.",
        "Próxima factura el {date}; importe previsto {amount}.",
        "Reclamar a la agencia por el envío {tracking} antes del {date}.",
        "El cliente enviará el formulario firmado a {email} (asunto: expediente {case}).",
        "Revisar el {date} cuando se aplique la subida del {percentage}.",
        "Incidencia {ticket} abierta a la espera del informe técnico.",
        "Usar la referencia {reference} en toda la correspondencia.",
        "Tlf. contacto:{phone}, mejor por la mañana.",
        "Tel.:{phone}, correo:{email}.",
        "[{ctx} {ID}] cliente pide novedades.",
        "Contacto ({phone}) confirmado; ref. [{reference}].",
        "Datos: {phone}; {email}; cliente {account}.",
        "El almacén confirmará el artículo {barcode} antes del {date}.",
        "El cliente enviará foto del contador {meter}.",
        "Finanzas revisará el abono al IBAN {iban} el {date}.",
        "Avisar por SMS al {mobile} cuando se reemita la factura {invoice~}.",
        "Se abonarán {points} al socio {member} como compensación.",
        "Próxima revisión el {date} a las {time}; duración de la llamada {duration}.",
        "Indicar {NC} al volver a llamar.",
    ],
}

POOLS["fr"] = {
    "reason": [
        "Le client appelle pour un prélèvement qu'il ne reconnaît pas sur sa dernière facture.",
        "La cliente signale des coupures de la box tous les soirs depuis samedi.",
        "Le client souhaite faire livrer son colis chez un voisin.",
        "Appel pour mise à jour des coordonnées.",
        "Le client demande un duplicata de sa facture de février.",
        "Double débit constaté sur une même commande.",
        "Le client demande pourquoi son prélèvement SEPA a été rejeté.",
        "Demande de portabilité vers un autre opérateur (RIO déjà obtenu).",
        "Le colis est arrivé avec l'écran fissuré.",
        "Le client appelle depuis le {phone} suite à une livraison manquée.",
        "Appel depuis le fixe {landline} au sujet de frais de retard.",
        "Client (portable {mobile}) sans réseau à domicile depuis les travaux sur l'antenne.",
        "@CH|Client joignable sur son natel {mobile}, appelle au sujet d'une résiliation.",
        "@BE|Cliente joignable sur son GSM {mobile} : la box ne synchronise plus.",
        "Le client appelle concernant la commande {order}, indiquée livrée mais jamais reçue.",
        "Relance concernant {ctx} {ID}, en cours depuis la semaine dernière.",
        "Question sur la facture {invoice} du {date}.",
        "Le client conteste un débit de {amount} du {date}.",
        "Coupure de courant signalée au code postal {postcode} depuis {time}.",
        "Le client a écrit depuis {email} et rappelle pour avoir un retour.",
        "Contestation d'un débit de {amount} sur la carte {card}.",
        "Demande d'échéancier pour {amount} dus sur le compte client {account}.",
        "Le client a reçu un colis (numéro de suivi {tracking}) destiné à quelqu'un d'autre.",
        "Souhaite ajouter son conjoint comme conducteur sur le contrat {policy}.",
        "L'adhérent {member} demande pourquoi {points} n'ont pas été crédités.",
        "L'application ({version}) affiche l'erreur {uuid} au paiement.",
        "Le client a attendu {duration} avant d'être pris en charge.",
        "Relance sur le ticket {ticket} : toujours pas de date d'intervention.",
        "Le client a lu {NC} sur un courrier sans savoir à quoi cela correspondait.",
        "La carte cadeau {badcard} a été refusée en caisse.",
        "Appel concernant le dossier {case~} ; rappel souhaité au {mobile}.",
        "Le client a composé le {tollfree} par erreur et a été transféré chez nous.",
        "Le client demande pourquoi le relevé du compteur {meter} est estimé.",
        "Question sur la garantie du modem, numéro de série {serial}.",
        "@CA|Client québécois, cellulaire {mobile}, appelle pour un remboursement.",
        "Client expatrié aux États-Unis : son formulaire fiscal indiquait {badssn} comme SSN, numéro invalide.",
    ],
    "action": [
        "Identité vérifiée (date de naissance et adresse).",
        "Le conseiller explique le calcul au prorata, le client en prend note.",
        "Remplacement lancé et enlèvement de l'article endommagé planifié.",
        "Fiche mise à jour et e-mail de confirmation envoyé.",
        "Test de ligne à distance effectué : aucun défaut côté central.",
        "Accompagnement du client pour une réinitialisation de la box.",
        "Numéro principal remplacé par le {mobile} ; l'ancien fixe {landline} supprimé.",
        "Numéro de rappel confirmé : {phone}.",
        "Numéro enregistré ({phone}) vérifié avec le client.",
        "Autre numéro donné par le client : {phone}, de préférence après {time}.",
        "Client transféré vers le service sinistres au {tollfree}.",
        "Le client indique que le {phone} n'est plus attribué ; nouveau portable : {mobile}.",
        "Adresse e-mail modifiée de {email} en {email}.",
        "Devis envoyé à {email}.",
        "Le client règle les {amount} restants avec la carte {card}.",
        "Le client a dicté le numéro complet de sa carte {card} avant la mise en pause de l'enregistrement ; appel signalé.",
        "Nouvelle carte {card} enregistrée par défaut ; ancienne carte {masked} supprimée.",
        "Mandat de prélèvement mis à jour avec l'IBAN {iban}.",
        "Le remboursement de {amount} sera versé sur l'IBAN {iban} sous 5 jours ouvrés.",
        "Remise fidélité de {percentage} appliquée dès la prochaine facture.",
        "Geste commercial de {amount} sur la facture {invoice}.",
        "Incident enregistré sous {ctx} {ID}.",
        "Le conseiller retrouve {ctx} {ID} et confirme les informations.",
        "Note ajoutée sur {ctx} {ID}.",
        "Rattachement de {ctx} {ID} à cette interaction.",
        "Le client communique {ctx} {ID} pour l'authentification.",
        "Intervention technique planifiée le {date} entre {time} et {time}.",
        "Modem n° de série {serial} réenregistré, micrologiciel passé en {version}.",
        "Relevé du compteur {meter} : {energy} au {date}.",
        "Article au code-barres {barcode} réceptionné à l'entrepôt.",
        "Le colis {tracking} est confirmé en agence.",
        "Sinistre ouvert sur la police n° {policy} ; franchise de {amount}.",
        "L'IBAN donné, {badiban}, est refusé par le contrôle ; le client vérifiera auprès de sa banque.",
        "Le client a d'abord dicté {badcard}, non valide, puis a payé avec la carte {card}.",
        "Pièce détachée {badssn} en rupture, réparation reportée au {date}.",
        "Le client donne le numéro client {account~} et demande un rappel au {phone}.",
        "Le client lit {order~} (numéro de commande) puis son portable {mobile}.",
        "Référence notée : {reference~} ; numéro de contact {phone}.",
        "Paiement de {amount} prélevé sur la carte {masked}.",
        "Transfert au service facturation après {duration}.",
        "{ID} ({ctx}) confirmé avec le client.",
        "Le client donne {ID}, c'est-à-dire {ctx} figurant sur le courrier de renouvellement.",
        "E-mail {email} et téléphone {phone} confirmés.",
        "Joignable à {email} ou au {phone}.",
        "Commande n° {order} / suivi {tracking} / facture {invoice} vérifiés.",
        "Session {uuid} retrouvée dans les journaux ; le bug date de la version {version}.",
        "Il reste {quantity} ce mois-ci ; alerte de consommation à {percentage}.",
        "Relecture du {mobile} et du numéro d'adhérent {member~} pour éviter toute confusion.",
        "Fiche adhérent {member} mise à jour avec l'e-mail {email}.",
        "Recherche de {NC} dans le système : aucun résultat.",
        "Le client, expatrié aux États-Unis, confirme son numéro de sécurité sociale américain (SSN) {ssn} pour le formulaire W-9.",
    ],
    "follow": [
        "Aucune action supplémentaire.",
        "Le client rappellera si le problème revient.",
        "Rappel prévu demain matin.",
        "En attente de confirmation de l'entrepôt.",
        "Rappeler au {phone} avant le {date}.",
        "Rappeler le client au {mobile} entre {time} et {time}.",
        "Le client préfère un SMS au {mobile} plutôt qu'un appel.",
        "Sans réponse au {mobile}, essayer le bureau au {landline}.",
        "Rappel demandé au {phone} concernant la commande {order}.",
        "Si le technicien ne passe pas, appeler le {tollfree}.",
        "Envoyer l'étiquette retour à {email}.",
        "Escalade au niveau 2 sous {ctx} {ID}.",
        "Mentionner {ctx} {ID} lors de tout échange.",
        "Prochaine facture le {date} ; montant prévu {amount}.",
        "Relancer le transporteur pour le suivi {tracking} avant le {date}.",
        "Le client enverra le formulaire signé à {email} (objet : dossier {case}).",
        "Point le {date} après la hausse de {percentage}.",
        "Ticket {ticket} laissé ouvert en attente du rapport du technicien.",
        "Utiliser la référence {reference} pour tout courrier.",
        "Tél.:{phone}, joignable le matin.",
        "Tél. : {phone} / mail : {email}.",
        "[{ctx} {ID}] le client attend un retour.",
        "Contact ({phone}) confirmé ; réf. [{reference}].",
        "Coordonnées : {phone} ; {email} ; client {account}.",
        "L'entrepôt confirmera l'article {barcode} d'ici le {date}.",
        "Le client enverra une photo du compteur {meter}.",
        "Contrôle du virement sur l'IBAN {iban} par la comptabilité le {date}.",
        "Prévenir par SMS au {mobile} dès que la facture {invoice~} sera rééditée.",
        "{points} seront crédités à l'adhérent {member} à titre commercial.",
        "Prochain point le {date} à {time} ; durée de l'appel {duration}.",
        "Indiquer {NC} lors du rappel.",
    ],
}

POOLS["de"] = {
    "reason": [
        "Kunde meldet sich wegen einer unbekannten Abbuchung auf der letzten Rechnung.",
        "Kundin meldet seit Samstag abendliche Abbrüche der DSL-Verbindung.",
        "Kunde möchte die Zustellung an einen Nachbarn umleiten.",
        "Anruf zur Aktualisierung der Kontaktdaten.",
        "Kunde bittet um eine Rechnungskopie für Februar.",
        "Doppelte Abbuchung für dieselbe Bestellung.",
        "Kunde fragt, warum die Lastschrift zurückgegangen ist.",
        "Kunde möchte seine Rufnummer zu einem anderen Anbieter portieren.",
        "Paket kam mit gesprungenem Display an.",
        "Kunde ruft von {phone} an wegen einer verpassten Zustellung.",
        "Anruf vom Festnetz {landline} wegen Mahngebühren.",
        "Kunde (Handy {mobile}) hat seit den Bauarbeiten am Mast zu Hause keinen Empfang.",
        "@CH|Kunde, erreichbar unter Natel {mobile}, ruft wegen einer Kündigung an.",
        "Kunde ruft an wegen Bestellung {order}, laut Status zugestellt, aber nicht angekommen.",
        "Nachfrage zu {ctx} {ID}, letzte Woche eröffnet.",
        "Frage zu Rechnung {invoice} vom {date}.",
        "Kunde reklamiert eine Abbuchung über {amount} vom {date}.",
        "Stromausfall im PLZ-Gebiet {postcode} seit etwa {time}.",
        "Kunde hat von {email} geschrieben und ruft jetzt nach.",
        "Kunde widerspricht einer Belastung von {amount} auf der Karte {card}.",
        "Kunde bittet um Ratenzahlung für {amount} auf Kundennummer {account}.",
        "Kunde hat ein Paket (Sendungsnummer {tracking}) für einen anderen Empfänger erhalten.",
        "Kunde möchte die Ehefrau als Fahrerin in Vertrag {policy} eintragen.",
        "Mitglied {member} fragt, warum {points} nicht gutgeschrieben wurden.",
        "App ({version}) zeigt beim Bezahlen den Fehler {uuid}.",
        "Kunde war {duration} in der Warteschleife.",
        "Nachfrage zu Störungsticket {ticket}: noch kein Technikertermin.",
        "Kunde hat {NC} von einem Schreiben abgelesen, weiß aber nicht, wofür die Nummer steht.",
        "Gutscheinkarte {badcard} wurde an der Kasse abgelehnt.",
        "Anruf zu Fallnummer {case~}; Rückruf bitte unter {mobile}.",
        "Kunde hat versehentlich {tollfree} gewählt und wurde zu uns durchgestellt.",
        "Kunde fragt, warum der Zählerstand für Zähler {meter} geschätzt wurde.",
        "Frage zur Garantie für den Router mit Seriennummer {serial}.",
        "@AT|Kunde aus Graz, Handy {mobile}, ruft wegen der Jahresabrechnung an.",
        "Kunde lebt in den USA; im Steuerformular stand {badssn} als SSN, was keine gültige Nummer ist.",
    ],
    "action": [
        "Identität anhand Geburtsdatum und Anschrift geprüft.",
        "Anteilige Berechnung erklärt, Kunde nimmt das zur Kenntnis.",
        "Ersatzlieferung ausgelöst und Abholung des defekten Geräts beauftragt.",
        "Datensatz aktualisiert, Bestätigungsmail versendet.",
        "Leitungsmessung aus der Ferne: keine Auffälligkeiten in der Vermittlungsstelle.",
        "Kunde durch einen Werksreset des Routers geführt.",
        "Hauptrufnummer auf {mobile} geändert, alte Festnetznummer {landline} gelöscht.",
        "Rückrufnummer bestätigt: {phone}.",
        "Hinterlegte Nummer ({phone}) mit dem Kunden abgeglichen.",
        "Alternative Nummer: {phone}, am besten ab {time}.",
        "Kunde an die Schadenhotline {tollfree} weitergeleitet.",
        "Laut Kunde ist {phone} nicht mehr vergeben; neue Handynummer {mobile}.",
        "E-Mail-Adresse von {email} auf {email} geändert.",
        "Angebot an {email} geschickt.",
        "Kunde begleicht offene {amount} mit Karte {card}.",
        "Kunde hat die komplette Kartennummer {card} vorgelesen, bevor die Aufzeichnung pausiert war; Gespräch markiert.",
        "Neue Karte {card} als Standard hinterlegt, alte Karte {masked} entfernt.",
        "SEPA-Mandat auf IBAN {iban} umgestellt.",
        "Erstattung über {amount} geht innerhalb von 5 Werktagen auf IBAN {iban}.",
        "Treuerabatt von {percentage} ab der nächsten Rechnung eingerichtet.",
        "Kulanzgutschrift über {amount} auf Rechnung {invoice} gebucht.",
        "Störung unter {ctx} {ID} erfasst.",
        "{Ctx} {ID} gefunden und Daten mit dem Kunden abgeglichen.",
        "Notiz zu {ctx} {ID} angelegt.",
        "{Ctx} {ID} mit diesem Kontakt verknüpft.",
        "Kunde nennt zur Legitimation {ctx} {ID}.",
        "Techniker für den {date} zwischen {time} und {time} gebucht.",
        "Router mit Seriennummer {serial} neu registriert, Firmware auf {version} aktualisiert.",
        "Zählerstand Zähler {meter}: {energy} am {date}.",
        "Retoure mit EAN {barcode} im Lager eingegangen.",
        "Paket {tracking} liegt laut System in der Filiale.",
        "@AT|Schaden zur Polizzennummer {policy} angelegt; Selbstbehalt {amount}.",
        "Angegebene IBAN {badiban} besteht die Prüfung nicht; Kunde klärt das mit seiner Bank.",
        "Kunde las zuerst {badcard} vor (ungültig), zahlte dann mit {card}.",
        "Ersatzteil {badssn} nicht lieferbar, Reparatur auf den {date} verschoben.",
        "Kunde nennt Kundennummer {account~} und bittet um Rückruf unter {phone}.",
        "Kunde liest {order~} (Bestellnummer) und danach seine Handynummer {mobile} vor.",
        "Vorgangsnummer {reference~} notiert; Kontaktnummer {phone}.",
        "Zahlung über {amount} mit Karte {masked} eingezogen.",
        "Nach {duration} an die Abrechnung weiterverbunden.",
        "{ID} ({ctx}) mit dem Kunden bestätigt.",
        "Kunde nennt {ID}; laut Kunde steht das als {ctx} im Verlängerungsschreiben.",
        "E-Mail {email} und Telefon {phone} bestätigt.",
        "Erreichbar unter {email} oder {phone}.",
        "Bestell-Nr. {order} / Sendung {tracking} / Rg.-Nr. {invoice} geprüft.",
        "Session {uuid} in den Logs gefunden; Fehler seit Version {version}.",
        "Restvolumen {quantity}, Verbrauchswarnung bei {percentage}.",
        "Handynummer {mobile} und Mitgliedsnummer {member~} zur Sicherheit wiederholt.",
        "Mitglied {member} mit neuer E-Mail {email} aktualisiert.",
        "{NC} im System gesucht, kein Treffer.",
        "Kunde wohnt in den USA und nennt für das W-9-Formular seine Social Security Number {ssn}.",
    ],
    "follow": [
        "Kein weiterer Handlungsbedarf.",
        "Kunde meldet sich, falls die Störung wieder auftritt.",
        "Rückruf für morgen Vormittag eingeplant.",
        "Warten auf Rückmeldung vom Lager.",
        "Rückruf unter {phone} bis {date}.",
        "Bitte Kunden zwischen {time} und {time} unter {mobile} anrufen.",
        "Kunde bevorzugt SMS an {mobile} statt Anruf.",
        "Falls unter {mobile} niemand abnimmt, Büro unter {landline} versuchen.",
        "Rückrufbitte unter {phone} wegen Bestellung {order}.",
        "Falls der Techniker nicht kommt, {tollfree} anrufen.",
        "Retourenlabel an {email} senden.",
        "An 2nd Level eskaliert, {ctx} {ID}.",
        "Bei Rückfragen bitte {ctx} {ID} angeben.",
        "Nächste Rechnung am {date}, voraussichtlich {amount}.",
        "Bis {date} beim Paketdienst zu Sendung {tracking} nachhaken.",
        "Kunde schickt das unterschriebene Formular an {email} (Betreff: Fall {case}).",
        "Wiedervorlage am {date}, wenn die Preiserhöhung um {percentage} greift.",
        "Ticket {ticket} bleibt offen bis zum Technikerbericht.",
        "Für allen Schriftverkehr Aktenzeichen {reference} verwenden.",
        "Tel.:{phone}, vormittags erreichbar.",
        "Tel.: {phone}, Mail: {email}.",
        "[{ctx} {ID}] Kunde wartet auf Rückmeldung.",
        "Kontakt ({phone}) bestätigt; Ref. [{reference}].",
        "Daten: {phone}; {email}; Kd.-Nr. {account}.",
        "Lager bestätigt Artikel {barcode} bis {date}.",
        "Kunde schickt ein Foto vom Zähler {meter}.",
        "Buchhaltung prüft die Erstattung auf IBAN {iban} am {date}.",
        "Per SMS an {mobile} informieren, sobald Rechnung {invoice~} neu erstellt ist.",
        "Mitglied {member} erhält {points} als Kulanz.",
        "Wiedervorlage {date} um {time}; Gesprächsdauer {duration}.",
        "Beim Rückruf {NC} angeben.",
        "Rückruf erbeten unter {phone} (Festnetz) oder {mobile}.",
    ],
}

POOLS["ja"] = {
    "reason": [
        "お客様より、最新の請求書に身に覚えのない請求があるとの入電。",
        "土曜日から毎晩インターネットが切断されるとのこと。",
        "配送先を隣家に変更したいとのご依頼。",
        "登録している連絡先を変更したいとのこと。",
        "先月分の請求書を再発行してほしいとのご要望。",
        "同じ注文で二重に引き落とされているとのお申し出。",
        "口座振替ができなかった理由を知りたいとのこと。",
        "他社へのMNP転出を希望。",
        "届いた商品の画面が割れていたとのこと。",
        "お客様より{phone}から入電、不在配達の件。",
        "固定電話{landline}から入電、延滞手数料について。",
        "携帯{mobile}のお客様、基地局工事以降自宅で圏外になるとのこと。",
        "注文番号{order}の件で入電。配達済みと表示されるが届いていないとのこと。",
        "先週受け付けた{ctx}{ID}の進捗確認。",
        "{date}付けの請求書番号{invoice}について問い合わせ。",
        "{date}に引き落とされた{amount}に心当たりがないとのこと。",
        "郵便番号〒{postcode}の地域で{time}頃から停電しているとの連絡。",
        "{email}からメールを送ったが返信がなく、電話で確認したいとのこと。",
        "カード{card}への{amount}の請求に異議があるとのこと。",
        "お客様番号{account}の未払い{amount}について分割払いを希望。",
        "追跡番号{tracking}の荷物が他人宛てで届いたとのこと。",
        "証券番号{policy}の契約に配偶者を運転者として追加したいとのこと。",
        "会員番号{member}のお客様、{points}が付与されていないとのこと。",
        "アプリ（{version}）で決済時にエラー{uuid}が表示される。",
        "{duration}待たされてからつながったとのこと。",
        "チケット番号{ticket}の件、まだ訪問日が決まらないとの問い合わせ。",
        "お客様は書面に記載の{NC}を読み上げたが、何の番号か分からないとのこと。",
        "ギフトカード{badcard}がレジで使えなかったとのこと。",
        "案件番号{case~}の件で入電、折り返しは{mobile}希望。",
        "誤って{tollfree}にかけ、こちらに転送されたとのこと。",
        "検針票のメーター{meter}の指示数が推定値になっている理由を知りたいとのこと。",
        "製造番号{serial}のルーターが保証期間内か確認したいとのこと。",
        "米国在住のお客様。税務書類に社会保障番号（SSN）として{badssn}と記入していたが無効な番号だったとのこと。",
    ],
    "action": [
        "生年月日と住所で本人確認済み。",
        "日割り計算について説明し、ご理解いただいた。",
        "交換品を手配し、破損品の回収を依頼した。",
        "登録情報を更新し、確認メールを送信。",
        "遠隔で回線試験を実施、局側に異常なし。",
        "ルーターの初期化手順を案内した。",
        "主連絡先を{mobile}に変更し、旧固定電話{landline}を削除。",
        "折り返し先{phone}を確認。",
        "登録番号（{phone}）をお客様と照合済み。",
        "別の連絡先として{phone}を伺った。{time}以降が望ましいとのこと。",
        "事故受付窓口（{tollfree}）へ転送。",
        "{phone}は現在使われておらず、新しい携帯番号は{mobile}とのこと。",
        "メールアドレスを{email}から{email}に変更。",
        "見積書を{email}宛てに送付。",
        "未払いの{amount}をカード{card}で決済。",
        "録音停止前にお客様がカード番号{card}を全桁読み上げたため、通話にフラグを設定。",
        "新しいカード{card}を既定に設定し、旧カード{masked}を削除。",
        "海外送金の返金先としてIBAN {iban}を登録。",
        "返金{amount}は5営業日以内にIBAN {iban}へ振り込み予定。",
        "次回請求から{percentage}の長期利用割引を適用。",
        "請求書番号{invoice}に対し{amount}の返金処理を実施。",
        "{ctx}{ID}で障害を登録。",
        "{ctx}{ID}を確認し、お客様と内容を照合。",
        "{ctx}{ID}にメモを追加。",
        "{ctx}{ID}を本件に紐付け。",
        "本人確認のため{ctx}{ID}を伺った。",
        "{date}の{time}から{time}の間で技術者訪問を手配。",
        "製造番号{serial}のルーターを再登録し、ファームウェアを{version}に更新。",
        "メーター{meter}の指示数は{date}時点で{energy}。",
        "JANコード{barcode}の返品商品が倉庫に到着。",
        "伝票番号{tracking}の荷物は営業所で保管中と確認。",
        "証券番号{policy}で事故受付、免責金額は{amount}。",
        "伺ったIBAN {badiban}はチェックに通らず、お客様が銀行に確認するとのこと。",
        "最初に読み上げられた{badcard}は無効で、その後カード{card}で決済。",
        "部品{badssn}が欠品のため、修理は{date}に延期。",
        "お客様番号{account~}を伺い、{phone}への折り返しを希望。",
        "{order~}（注文番号）に続けて携帯{mobile}を読み上げ。",
        "受付番号{reference~}を控えた。連絡先は{phone}。",
        "カード{masked}で{amount}を決済。",
        "{duration}経過後、料金担当へ転送。",
        "{ID}（{ctx}）をお客様と確認。",
        "お客様が読み上げた{ID}は、更新案内に記載の{ctx}とのこと。",
        "メール{email}と電話番号{phone}を確認。",
        "連絡先は{email}または{phone}。",
        "注文番号{order}／追跡番号{tracking}／請求書番号{invoice}を確認済み。",
        "ログでセッション{uuid}を確認、バージョン{version}以降で発生。",
        "今月の残りは{quantity}、{percentage}で利用アラート。",
        "取り違え防止のため携帯{mobile}と会員番号{member~}を復唱。",
        "会員番号{member}のメールアドレスを{email}に更新。",
        "{NC}でシステムを検索したが該当なし。",
        "お客様は{phone}と{mobile}の二つの番号を登録。",
    ],
    "follow": [
        "対応完了。",
        "再発した場合はお客様から連絡いただく。",
        "明日午前に折り返し予定。",
        "倉庫からの回答待ち。",
        "{date}までに{phone}へ折り返し。",
        "{time}から{time}の間に{mobile}へ連絡のこと。",
        "電話よりも{mobile}へのSMSを希望。",
        "{mobile}がつながらない場合は勤務先{landline}へ。",
        "注文番号{order}の件で{phone}へ折り返し希望。",
        "技術者が来ない場合は{tollfree}へ連絡するよう案内。",
        "返品ラベルを{email}へ送付すること。",
        "{ctx}{ID}で二次対応へエスカレーション。",
        "今後のお問い合わせ時は{ctx}{ID}をお伝えいただくよう案内。",
        "次回請求は{date}、金額は{amount}の見込み。",
        "{date}までに配送業者へ追跡番号{tracking}を確認。",
        "署名済みの書類を{email}へ送付予定（件名：案件番号{case}）。",
        "{percentage}の値上げ適用後、{date}に再確認。",
        "技術者報告待ちのためチケット{ticket}はオープンのまま。",
        "書面でのやり取りには受付番号{reference}を使用。",
        "TEL:{phone}、午前中希望。",
        "電話：{phone}／メール：{email}。",
        "【{ctx}{ID}】お客様は回答待ち。",
        "連絡先（{phone}）確認済み、受付番号［{reference}］。",
        "連絡先：{phone}、{email}、お客様番号{account}。",
        "{date}までに倉庫が商品{barcode}を確認。",
        "お客様がメーター{meter}の写真を送付予定。",
        "経理が{date}にIBAN {iban}への返金を確認。",
        "請求書番号{invoice~}の再発行後、{mobile}へSMSで連絡。",
        "会員番号{member}へお詫びとして{points}を付与。",
        "次回確認は{date}の{time}。通話時間{duration}。",
        "折り返しの際は{NC}をお伝えいただくよう案内。",
        "折り返しは{phone}まで。",
    ],
}

# extra sentences for thinly covered decoy kinds
POOLS["en"]["reason"] += ['Customer read an IBAN from an old invoice, {badiban}, but the bank rejected it as invalid.']
POOLS["en"]["action"] += ['Agent checked coverage for {postcode}; fibre is available.']
POOLS["en"]["follow"] += ['Ask the customer to re-send the IBAN in writing; {badiban} as read out does not pass the check.', 'Engineer to confirm access at {postcode} on {date}.', 'Renewal documents for policy {policy} to be sent to {email}.']
POOLS["es"]["reason"] += ['El cliente leyó un IBAN de una factura antigua, {badiban}, pero el banco lo rechaza por no válido.']
POOLS["es"]["action"] += ['Se comprueba la cobertura en el código postal {postcode}: hay fibra disponible.']
POOLS["es"]["follow"] += ['Pedir al cliente que envíe el IBAN por escrito; {badiban} tal como lo dictó no supera la validación.', 'Enviar la documentación de renovación de la póliza {policy} a {email}.']
POOLS["fr"]["reason"] += ['Le client a lu un IBAN sur une ancienne facture, {badiban}, mais la banque le refuse comme invalide.']
POOLS["fr"]["action"] += ['Éligibilité fibre vérifiée pour le code postal {postcode} : raccordable.']
POOLS["fr"]["follow"] += ['Demander au client de renvoyer son IBAN par écrit : {badiban}, tel que dicté, ne passe pas le contrôle.', 'Envoyer les documents de renouvellement du contrat {policy} à {email}.']
POOLS["de"]["reason"] += ['Kunde hat eine IBAN von einer alten Rechnung abgelesen ({badiban}); die Bank lehnt sie als ungültig ab.']
POOLS["de"]["action"] += ['Verfügbarkeit für PLZ {postcode} geprüft: Glasfaser buchbar.']
POOLS["de"]["follow"] += ['Kunde soll die IBAN schriftlich schicken; {badiban} wie vorgelesen besteht die Prüfung nicht.', 'Verlängerungsunterlagen zu Versicherungsscheinnummer {policy} an {email} senden.']
POOLS["ja"]["reason"] += ['古い請求書に記載のIBAN {badiban}を読み上げられたが、銀行で無効とされたとのこと。']
POOLS["ja"]["action"] += ['〒{postcode}の提供エリアを確認、光回線は利用可能。']
POOLS["ja"]["follow"] += ['読み上げられたIBAN {badiban}は検証を通らないため、書面で再送いただくよう依頼。', '証券番号{policy}の更新書類を{email}へ送付すること。']

HEADERS = {
    "en": [("Reason for contact: ", "Resolution: ", "Follow-up: "),
           ("Customer intent: ", "Actions taken: ", "Next steps: "),
           ("Reason: ", "Resolution: ", "Follow-up: ")],
    "es": [("Motivo de la llamada: ", "Resolución: ", "Seguimiento: "),
           ("Motivo: ", "Gestión realizada: ", "Próximos pasos: ")],
    "fr": [("Motif de l'appel : ", "Résolution : ", "Suivi : "),
           ("Motif : ", "Actions réalisées : ", "Prochaines étapes : ")],
    "de": [("Anliegen: ", "Lösung: ", "Nächste Schritte: "),
           ("Grund des Anrufs: ", "Maßnahmen: ", "Wiedervorlage: ")],
    "ja": [("【問い合わせ内容】", "【対応】", "【今後の対応】"),
           ("要件：", "対応：", "フォロー：")],
}


# ----------------------------------------------------------------------------
# PII text assembly
# ----------------------------------------------------------------------------

PH_RE = re.compile(r"\{(\w+)(~?)\}")
PHONE_PH = ("phone", "mobile", "landline", "tollfree")


def placeholders(tpl):
    return [(m.group(1), m.group(2)) for m in PH_RE.finditer(tpl)]


def tpl_matches(tpl, focus):
    for name, _ in placeholders(tpl):
        if focus == "phone" and name in PHONE_PH:
            return True
        if focus in ID_KINDS and name in (focus, "ID"):
            return True
        if PH_DECOY.get(name) == focus or name == focus:
            return True
    return False


def id_shape(tilde):
    if tilde:
        return "phonelike"
    return wpick([("plain", 30), ("grouped", 20), ("native", 35), ("phonelike", 15)])


def tpl_tag(tpl):
    if tpl.startswith("@"):
        tag, _, body = tpl[1:].partition("|")
        return set(tag.split(",")), body
    return None, tpl


def render(tpl, lang, country, forced_kind=None):
    _, tpl = tpl_tag(tpl)
    id_kind = forced_kind if forced_kind in ID_KINDS else pick(ID_KINDS)
    nouns = CTX[lang][id_kind]
    if "{ctx}" in tpl and "{ID" in tpl and tpl.index("{ctx}") > tpl.index("{ID"):
        # context word after the number: no trailing "n°"/"Nr."
        nouns = [x for x in nouns if not re.search(r"(n°|nº|no\.|Nr\.)$", x)] or nouns
    ctxn = pick(nouns)
    segs, pos = [], 0
    ntime = sum(1 for n, _ in placeholders(tpl) if n == "time")
    seen_time = 0
    for m in PH_RE.finditer(tpl):
        segs.append((tpl[pos:m.start()], None))
        name, tilde = m.group(1), m.group(2)
        pos = m.end()
        if name == "ctx":
            segs.append((ctxn, None))
        elif name == "Ctx":
            segs.append((ctxn[:1].upper() + ctxn[1:], None))
        elif name == "ID":
            segs.append((gen_id(id_kind, lang, country, id_shape(tilde)), "decoy:" + id_kind))
        elif name == "NC":
            segs.append((gen_id(id_kind, lang, country, "nc"), "decoy:" + pick(ID_KINDS)))
        elif name in ID_KINDS:
            segs.append((gen_id(name, lang, country, id_shape(tilde)), "decoy:" + name))
        elif name in PHONE_PH:
            segs.append((gen_phone(lang, country, name), "phone"))
        elif name == "email":
            segs.append((gen_email(lang), "email"))
        elif name == "card":
            segs.append((gen_card(lang), "card"))
        elif name == "ssn":
            segs.append((gen_ssn(lang), "ssn"))
        elif name == "iban":
            segs.append((gen_iban(lang, country), "iban"))
        elif name == "badcard":
            segs.append((gen_badcard(lang), "decoy:card_luhn_fail"))
        elif name == "badiban":
            segs.append((gen_badiban(lang, country), "decoy:iban_bad_check"))
        elif name == "badssn":
            segs.append((gen_badssn(lang), "decoy:ssn_invalid_range"))
        elif name == "masked":
            segs.append((gen_masked(lang), "decoy:card_masked"))
        elif name in SIMPLE_DECOY:
            if name == "time" and ntime == 2:
                TIME_WINDOW[:] = [8, 12] if seen_time == 0 else [14, 20]
                seen_time += 1
            v = SIMPLE_DECOY[name](lang, country)
            TIME_WINDOW[:] = [8, 20]
            if isinstance(v, list):
                segs.extend(v)
            else:
                v = not_luhn_if_cardlike(v)
                segs.append((v, "decoy:" + PH_DECOY[name]))
        else:
            raise KeyError(name)
    segs.append((tpl[pos:], None))
    return segs


def merge(segs):
    out = []
    for t, l in segs:
        if not t:
            continue
        if out and l is None and out[-1][1] is None:
            out[-1] = (out[-1][0] + t, None)
        else:
            out.append((t, l))
    return out


ROLE_ORDER = {"reason": 0, "action": 1, "follow": 2}


def build_pii_text(lang, focus):
    pool = POOLS[lang]
    cands = [(role, t) for role in pool for t in pool[role] if tpl_matches(t, focus)]
    if not cands:
        raise ValueError((lang, focus))
    main_role, main = pick(cands)
    tag, _ = tpl_tag(main)
    country = pick(sorted(tag)) if tag else wpick(COUNTRIES[lang])

    def fits(t):
        tg, _ = tpl_tag(t)
        return tg is None or country in tg
    parts = [(main_role, main, focus)]
    n = wpick([(1, 18), (2, 34), (3, 32), (4, 16)])
    roles = [r for r in ("reason", "action", "follow") if r != main_role]
    R.shuffle(roles)
    roles += [pick(["action", "follow"])]
    used = {main}
    for role in roles[: n - 1]:
        plain = [t for t in pool[role] if not placeholders(t) and fits(t) and t not in used]
        withph = [t for t in pool[role] if placeholders(t) and fits(t) and t not in used]
        t = pick(plain) if R.random() < 0.5 else wpick(
            [(x, 0.35 if tpl_matches(x, "phone") else 1.0) for x in withph])
        used.add(t)
        parts.append((role, t, None))
    parts.sort(key=lambda x: ROLE_ORDER[x[0]])
    rendered = [(role, render(t, lang, country, f)) for role, t, f in parts]
    distinct_roles = len({r for r, _ in rendered})
    style = wpick([("prose", 55), ("sections", 27 if distinct_roles >= 2 else 0), ("notes", 18)])
    segs = []
    if style == "sections":
        hdr = pick(HEADERS[lang])
        joiner = pick(["\n", "\n", " "]) if lang != "ja" else "\n"
        prev = None
        for i, (role, rs) in enumerate(rendered):
            if role == prev:
                segs.append(("" if lang == "ja" else " ", None))
            else:
                if i:
                    segs.append((joiner, None))
                segs.append((hdr[ROLE_ORDER[role]], None))
            prev = role
            segs.extend(rs)
    else:
        if style == "notes":
            joiner = pick([" / ", "; ", "\n- "]) if lang != "ja" else pick(["／", "\n・", " "])
        else:
            joiner = "" if lang == "ja" else " "
        if style == "notes" and joiner.startswith("\n- "):
            segs.append(("- ", None))
        for i, (role, rs) in enumerate(rendered):
            if i:
                segs.append((joiner, None))
            if style == "notes" and lang != "ja" and joiner != " / ":
                # agents drop the final full stop in notes
                if rs and rs[-1][1] is None and rs[-1][0].endswith("."):
                    rs = rs[:-1] + [(rs[-1][0][:-1], None)]
            segs.extend(rs)
    return {"lang": lang, "segments": [[t, l] for t, l in merge(segs)]}


PII_TEXTS_PER_LANG = 240


def focus_plan(lang):
    plan = []
    extra = {"iban_bad_check": 3, "postcode": 2, "percentage": 1, "serial": 1, "barcode": 1,
             "policy": 1, "ticket": 1, "uuid": 1, "ssn_invalid_range": 1, "duration": 1}
    for k in DECOY_KINDS:
        plan += [k] * ((3 if k in ID_KINDS else 2) + extra.get(k, 0))
    npii = PII_TEXTS_PER_LANG - len(plan)
    pii_w = {"phone": 26, "email": 16, "card": 14, "iban": 13, "ssn": 11 if lang == "en" else (4 if lang == "es" else 2)}
    if lang == "ja":
        pii_w["ssn"] = 0
    tot = sum(pii_w.values())
    for k, w in pii_w.items():
        plan += [k] * round(npii * w / tot)
    while len(plan) < PII_TEXTS_PER_LANG:
        plan.append("phone")
    plan = plan[:PII_TEXTS_PER_LANG]
    R.shuffle(plan)
    return plan


def make_pii():
    rows = []
    for lang in LANGS:
        for focus in focus_plan(lang):
            if focus == "ssn" and not any(tpl_matches(t, "ssn") for r in POOLS[lang] for t in POOLS[lang][r]):
                focus = "phone"
            rows.append(build_pii_text(lang, focus))
    return rows


# ----------------------------------------------------------------------------
# sentiment.jsonl
# ----------------------------------------------------------------------------
# HARD: hand-written texts per class.  PARTS: pieces combined into further texts
# (a neutral reason + a neutral action [+ neutral follow-up] is neutral; adding a
# positive or negative closing clause gives the closing clause's label).

SENT = {}

SENT["en"] = {
    "hard": {
        "neutral": [
            "Customer reported an error code on the set-top box; agent talked them through a factory reset.",
            "Line test found no issues; fault ticket closed per process.",
            "Customer asked to cancel the landline and keep broadband. Cancellation processed for the end of the month.",
            "Refund for the duplicate payment issued to the original card; allow 3-5 working days.",
            "Agent emailed the complaint form as requested.",
            "Agent advised the customer to kill the process in Task Manager and relaunch the app.",
            "Customer asked whether the free upgrade applies to business lines. Agent confirmed it does not.",
            "Problem: login loop on the web portal. Cause: expired session cookie. Fix: cache cleared.",
            "Customer said 'not a problem' when asked to hold while the agent checked the order.",
            "Porting request submitted; the donor network confirms within one working day.",
            "Chargeback notification received from the bank; agent explained the dispute process and timelines.",
            "Outage in the customer's area confirmed; estimated restoration time given.",
            "Customer called to report a failed payment. Agent took a new payment over the phone.",
            "Thanks-for-calling script completed; post-call survey offered and declined.",
            "Customer requested help setting up voicemail. Steps provided.",
            "Please note: meter reading submitted late, so an estimated bill was issued.",
            "Agent explained why the discount ended and how the new tariff is calculated.",
            "Customer asked for the refund policy; agent read out the 14-day cooling-off terms.",
            "Error 503 on the payment page was passed to IT under incident 4471.",
            "Customer asked how to dispute a late fee; agent explained the process and the 10-day decision window.",
            "Callback requested.",
            "Address updated.",
            "Transferred to billing.",
            "Resolved.",
            "Customer asked for a PUK code; provided after the security check.",
            "No answer on callback attempt; voicemail left.",
            "Direct debit date moved from the 1st to the 15th at the customer's request.",
            "Customer enquired about the cost of roaming in Canada.",
            "Parcel was returned to sender after three failed delivery attempts; agent arranged redelivery.",
            "Device failed diagnostics; repair booked for Thursday.",
            "No issues found during the remote check; customer will monitor the connection.",
            "Customer is moving abroad and asked to cancel the subscription; cancellation confirmed.",
            "Customer asked how to stop marketing emails; preferences updated.",
            "Agent apologised for the wait as per script and proceeded with verification.",
            "Customer reported a broken link in the welcome email; passed to the web team.",
            "Spend cap set to 50 pounds at the customer's request.",
            "Customer was not charged for the missed appointment; balance confirmed as zero.",
            "Customer asked whether the outage affects the alarm system; agent explained the battery backup.",
            "SIM swap completed. Old SIM deactivated.",
            "Customer asked whether the unlimited plan has a fair-use limit; agent explained the policy.",
            "Billing cycle explained; the first bill includes a part-month charge.",
            "Customer asked to kill the old session on the TV app; all devices signed out.",
            "Customer asked for help: please resend the activation code. Code resent.",
            "Agent could not find the order under the email given; customer will check for another address.",
        ],
        "positive": [
            "Customer thanked the agent for sorting out the refund so quickly.",
            "Fault fixed and the customer was really happy with the result.",
            "Customer said this was the best support call they have had all year.",
            "Customer was initially upset about the outage, but by the end was happy with the credit offered.",
            "Despite the long wait, the customer praised the agent's patience and left delighted.",
            "Customer was relieved and grateful that the lost parcel had been found.",
            "Customer complimented the engineer and asked for the feedback to be passed on.",
            "No complaints at all, the customer said; they love the new router.",
            "Customer thanked us warmly.",
            "Happy customer.",
            "Customer could not stop thanking the agent after the fee was waived.",
            "Customer said the new tariff saves them money and they are really pleased.",
            "Customer was worried about the charge, but after the explanation was satisfied and thanked the agent.",
            "Not a single problem since the repair, the customer said, and they were glad to hear about the loyalty discount.",
            "Porting went smoothly and the customer said they would recommend us to friends.",
            "Customer appreciated the proactive call about the outage.",
            "Customer was pleased that the chargeback was reversed without any fuss.",
            "Although the first fix did not work, the second one did and the customer was delighted.",
            "Customer described the app update as a big improvement.",
            "Great call; customer left a five-star rating.",
            "Customer said they weren't unhappy at all, in fact they were impressed with how fast the engineer came.",
            "Customer was not disappointed; the replacement arrived early and works perfectly.",
            "Customer expressed gratitude for the flexible payment plan.",
            "Customer felt listened to for the first time and thanked the team.",
            "Refund confirmed; customer was thrilled.",
            "Billing error corrected and the customer said the agent was a star.",
            "Customer had been dreading the call but said it was painless and thanked the agent.",
            "Customer very satisfied.",
        ],
        "negative": [
            "Customer furious.",
            "Customer remarked 'fantastic, another missed delivery window' and asked for a complaint to be logged.",
            "Customer was unhappy that the engineer missed the appointment again.",
            "Customer threatened to cancel if the bill is not corrected this week.",
            "Agent was polite and helpful, but the customer remains frustrated and plans to leave.",
            "Issue unresolved; customer angry about being transferred four times.",
            "Customer complained about the rude tone of the previous agent.",
            "Customer demanded to speak to a manager; call escalated.",
            "Customer said the service has been a disaster since the migration.",
            "'Thanks for nothing,' the customer said before hanging up.",
            "Although the refund was processed, the customer said they will never order from us again.",
            "Customer is fed up with the repeated outages and is looking at other providers.",
            "Customer disappointed that the promised callback never happened.",
            "'Oh brilliant, yet another price rise,' said the customer, who then asked for a cancellation quote.",
            "Customer was not satisfied with the explanation and filed a formal complaint.",
            "Customer stressed and upset; internet still down after five days.",
            "Still no fix.",
            "Customer said the app is useless and the chatbot wasted an hour of their time.",
            "Customer annoyed by hidden fees on the invoice.",
            "Customer initially thanked the agent, but became angry when told the fee could not be waived.",
            "Customer will raise a chargeback with their bank because nobody is helping.",
            "'Lovely, the parcel is lost again' were the customer's words; they want compensation.",
            "Customer felt misled by the sales team about the contract length.",
            "Customer hung up mid-call, clearly exasperated.",
            "Problem remains unresolved and the customer is losing patience.",
            "Great, a fourth engineer visit and still no dial tone, the customer said sarcastically.",
            "Customer is not happy: the porting failed twice and they have been without a number for two days.",
            "Customer unhappy with the outcome.",
        ],
    },
    "cases": [
        ('Customer called about the March bill.',
         ['Agent explained the charge and emailed a breakdown.', 'Agent reissued the invoice with the corrected amount.']),
        ('Customer asked about a charge for international calls.',
         ['Agent explained the per-minute rate and the add-on options.', 'Agent added an international bolt-on from next month.']),
        ('Customer reported slow broadband speeds in the evenings.',
         ['Agent reset the router remotely and ran a line test.', 'Agent logged the fault with the network team.']),
        ('Customer wanted to change the payment date.',
         ['Agent moved the payment date to the 15th.']),
        ("Customer's parcel was marked as delivered but had not been received.",
         ['Agent raised a case with the courier.', 'Agent arranged a replacement to be sent.']),
        ('Customer requested a PAC code to port their number.',
         ['Agent sent the PAC code by text.']),
        ('Customer called about a failed direct debit.',
         ['Agent took a one-off card payment and checked the mandate.']),
        ('Customer asked to cancel the TV bundle at the end of the contract.',
         ['Agent set the bundle to cancel at contract end.']),
        ('Customer reported a billing error on the last invoice.',
         ['Agent reissued the invoice with the corrected amount.', 'Agent explained the charge and emailed a breakdown.']),
        ('Customer asked for a refund for a returned jacket.',
         ['Agent processed the refund; it should appear in 3-5 working days.']),
        ('Customer received a chargeback notice from their bank.',
         ['Agent explained the chargeback process and the evidence needed.']),
        ("Customer's router is showing a red light.",
         ['Agent reset the router remotely and ran a line test.', 'Agent booked an engineer visit for Friday.']),
        ('Customer called about the outage in their area.',
         ['Agent confirmed the outage and gave the estimated fix time.', 'Agent applied the standard outage credit.']),
        ('Customer asked to upgrade their handset.',
         ['Agent placed the upgrade order for next-day delivery.']),
        ('Customer wanted to add a second SIM to the account.',
         ['Agent added the second SIM and confirmed the monthly cost.']),
        ('Customer reported an error message when logging in to the app.',
         ['Agent advised clearing the app cache and reinstalling.']),
        ("Customer's meter reading had been estimated.",
         ['Agent submitted an actual meter reading and reissued the bill.']),
        ('Customer asked about the fair-use policy on the unlimited plan.',
         ['Agent explained the fair-use policy.']),
        ('Customer called to book a boiler service.',
         ['Agent booked the service for next Tuesday morning.']),
        ('Customer reported a damaged item in the delivery.',
         ['Agent arranged a collection for the damaged item.', 'Agent arranged a replacement to be sent.']),
        ('Customer queried a roaming charge from a trip to Spain.',
         ['Agent explained the daily roaming charge.', 'Agent refunded one day of roaming as a one-off.']),
        ("Customer's card was declined on the website.",
         ['Agent checked the payment logs and took the payment over the phone.']),
        ('Customer asked why the price went up this month.',
         ['Agent explained the annual price change and where it was announced.']),
        ('Customer requested a copy of their contract.',
         ['Agent emailed a copy of the contract.']),
        ('Customer moved house and wanted to update the address.',
         ['Agent verified the customer and updated the record.']),
        ('Customer reported a lost debit card.',
         ['Agent blocked the card and ordered a replacement.']),
        ('Customer called about a refund that had not yet arrived.',
         ['Agent passed the refund request to the finance team.', 'Agent confirmed the refund was sent on Monday.']),
        ('Customer wanted to switch to paperless billing.',
         ['Agent switched the account to e-billing.']),
        ('Customer asked about the porting timeline for their business numbers.',
         ['Agent explained the porting steps and booked the port date.']),
    ],
    "follow": [
        "No further action required.",
        "Customer will call back if needed.",
        "Confirmation email sent.",
        "The next bill will reflect the change.",
        "Engineer visit confirmed by text.",
        "Customer will monitor the connection over the weekend.",
        "Reference number provided.",
        "Courier response expected within 48 hours.",
    ],
    "positive": [
        "Customer thanked the agent for the clear explanation.",
        "Customer was very happy with the outcome.",
        "Customer said they were delighted with how quickly it was sorted.",
        "Customer was pleased and thanked the agent twice.",
        "Customer praised the agent's patience.",
        "Customer said it was a great experience.",
        "Customer was relieved and grateful.",
        "Customer expressed satisfaction with the resolution.",
        "Customer said the agent had been really helpful.",
        "Customer ended the call in good spirits.",
        "Customer was impressed with the speed of the fix.",
        "Customer said they would recommend the service to friends.",
        "Customer appreciated the follow-up.",
        "Customer was glad it was finally sorted and thanked everyone.",
        "Customer called it excellent service.",
        "Customer was happy with the goodwill gesture.",
        "Customer described the agent as friendly and efficient.",
        "Customer was thrilled with the result.",
    ],
    "negative": [
        "Customer remained unhappy with the explanation.",
        "Customer was frustrated and asked for a manager.",
        "Customer said they will cancel if it happens again.",
        "Customer was angry about the delay and made a complaint.",
        "Customer is dissatisfied and wants compensation.",
        "Customer said the service has been terrible.",
        "Customer was upset that this is the third time they have called.",
        "Customer described the whole process as a nightmare.",
        "Customer was not happy with the outcome and is considering leaving.",
        "Customer felt ignored and wants the complaint escalated.",
        "Customer said they are fed up with the constant problems.",
        "Customer was disappointed with how long it has all taken.",
        "Customer was annoyed at being kept on hold.",
        "Customer complained about the lack of updates.",
        "Customer is still frustrated because nothing has been fixed.",
        "Customer threatened to go to the ombudsman.",
        "Customer hung up before the agent could finish, clearly irritated.",
        "Issue remains unresolved and the customer is unhappy.",
    ],
}

SENT["es"] = {
    "hard": {
        "neutral": [
            "Cliente indica un error en el importe del recibo; se revisa el consumo y corresponde a la tarifa contratada.",
            "Se tramita la baja de la línea fija por traslado al extranjero.",
            "Se envía por correo el formulario de reclamación a petición del cliente.",
            "Prueba de línea sin incidencias; se cierra la avería según procedimiento.",
            "Se procesa el reembolso del cargo duplicado; plazo de 3 a 5 días hábiles.",
            "Pregunta si la mejora gratuita aplica a su tarifa; se le indica que no.",
            "Problema de acceso a la app por caché; se borra y se vuelve a iniciar sesión.",
            "Portabilidad solicitada; el operador donante confirmará en 24 horas.",
            "Se explica el proceso de contracargo y sus plazos.",
            "Corte de servicio confirmado en la zona; se facilita hora estimada de reposición.",
            "Pide ayuda para configurar el buzón de voz; se le indican los pasos.",
            "El cliente responde «no pasa nada» mientras se consulta el pedido.",
            "Rellamada solicitada.",
            "Dirección actualizada.",
            "Resuelto.",
            "Se transfiere a facturación.",
            "No se detectan incidencias en la revisión remota; el cliente vigilará la conexión.",
        ],
        "positive": [
            "La clienta agradece mucho la rapidez con la que se resolvió el reembolso.",
            "Aunque al principio estaba molesto por el corte, al final se mostró muy satisfecho con la compensación.",
            "El cliente felicita al técnico por su amabilidad.",
            "No tiene ninguna queja: dice que el nuevo router va de maravilla.",
            "Cliente encantado.",
            "Pese a la espera, el cliente se despide muy agradecido.",
            "Comenta que es la mejor atención que ha recibido en años.",
            "La clienta se muestra aliviada al saber que el paquete apareció y da las gracias varias veces.",
            "No quedó decepcionado en absoluto: el cambio llegó antes de lo previsto y funciona perfectamente.",
            "Muy contento con la nueva tarifa; dice que ahorra bastante.",
            "Valora mucho que le llamáramos por iniciativa propia por la avería.",
            "Al principio desconfiaba del cargo, pero tras la explicación quedó conforme y agradecido.",
        ],
        "negative": [
            "Cliente furioso.",
            "«Genial, otra vez sin internet», dice el cliente con ironía, y pide hablar con un responsable.",
            "Amenaza con darse de baja si no le corrigen la factura esta semana.",
            "La agente fue muy amable, pero el cliente sigue molesto y piensa irse a otra compañía.",
            "Sigue sin solución.",
            "Se queja de que es la cuarta vez que llama por lo mismo.",
            "Aunque se tramitó el reembolso, el cliente dice que no volverá a comprar.",
            "Muy enfadada porque el técnico no se presentó otra vez.",
            "Exige hablar con un supervisor; se escala la llamada.",
            "«Qué maravilla, otra subida de precio», comenta el cliente antes de pedir la baja.",
            "No está conforme con la respuesta y pide la hoja de reclamaciones.",
            "Cuelga a mitad de la llamada, claramente harto.",
            "Al principio dio las gracias, pero se enfadó cuando se le dijo que no se podía anular el recargo.",
        ],
    },
    "cases": [
        ('El cliente llama por la factura de marzo.',
         ['Se explica el cargo y se envía el desglose por correo.', 'Se emite la factura rectificativa con el importe correcto.']),
        ('Consulta un cargo por llamadas internacionales.',
         ['Se explica la tarifa por minuto y el bono internacional.']),
        ('Reporta lentitud en la fibra por las tardes.',
         ['Se reinicia el router en remoto y se hace prueba de línea.', 'Se registra la avería con el equipo de red.']),
        ('Quiere cambiar la fecha de cobro.',
         ['Se cambia la fecha de cobro al día 15.']),
        ('El pedido figura como entregado pero no lo ha recibido.',
         ['Se abre reclamación con la empresa de mensajería.']),
        ('Solicita la portabilidad de su número.',
         ['Se tramita la portabilidad y se informa del plazo.']),
        ('Llama por un recibo devuelto.',
         ['Se cobra el importe con tarjeta y se revisa la domiciliación.']),
        ('Quiere dar de baja el paquete de televisión al terminar la permanencia.',
         ['Se programa la baja para el fin de la permanencia.']),
        ('Indica un error de facturación en el último recibo.',
         ['Se emite la factura rectificativa con el importe correcto.']),
        ('Solicita el reembolso de una chaqueta devuelta.',
         ['Se tramita el reembolso; llegará en 3 a 5 días hábiles.']),
        ('El router tiene la luz roja encendida.',
         ['Se agenda visita técnica para el viernes.']),
        ('Llama por el corte de servicio en su zona.',
         ['Se confirma el corte y la hora estimada de reparación.', 'Se aplica el abono estándar por la caída del servicio.']),
        ('La lectura del contador salió estimada.',
         ['Se registra la lectura real y se rehace la factura.']),
        ('El artículo llegó dañado.',
         ['Se gestiona la recogida del artículo dañado.']),
        ('Pregunta por un cargo de itinerancia de un viaje a Portugal.',
         ['Se explica la tarifa de itinerancia aplicada.']),
        ('El reembolso todavía no le ha llegado.',
         ['Se confirma que el reembolso salió el lunes.']),
        ('Pide copia del contrato.',
         ['Se envía copia del contrato por correo.']),
        ('Ha perdido la tarjeta.',
         ['Se bloquea la tarjeta y se pide una nueva.']),
    ],
    "follow": [
        "No requiere más acciones.",
        "El cliente volverá a llamar si lo necesita.",
        "Se envía confirmación por correo.",
        "El cambio se verá en la próxima factura.",
    ],
    "positive": [
        "El cliente agradece la explicación tan clara.",
        "Queda muy satisfecho con la solución.",
        "Se muestra encantada con la rapidez.",
        "Da las gracias varias veces a la agente.",
        "Elogia la paciencia del agente.",
        "Dice que ha sido una experiencia estupenda.",
        "Se despide aliviado y agradecido.",
        "Comenta que recomendará el servicio.",
        "Queda contento con el detalle de la compensación.",
        "Describe al agente como amable y eficaz.",
    ],
    "negative": [
        "El cliente sigue descontento con la explicación.",
        "Se muestra frustrado y pide hablar con un responsable.",
        "Dice que se dará de baja si vuelve a pasar.",
        "Está enfadado por el retraso y pone una reclamación.",
        "No está satisfecho y exige una compensación.",
        "Afirma que el servicio es pésimo.",
        "Está molesto porque es la tercera vez que llama.",
        "Describe todo el proceso como una pesadilla.",
        "Dice estar harto de los problemas constantes.",
        "Queda decepcionada porque tardará demasiado.",
        "La incidencia sigue sin resolverse y el cliente está muy molesto.",
    ],
}

SENT["fr"] = {
    "hard": {
        "neutral": [
            "Le client signale une erreur sur sa facture ; le conseiller vérifie la consommation, le montant correspond à l'offre souscrite.",
            "Résiliation de la ligne fixe enregistrée suite à un départ à l'étranger.",
            "Formulaire de réclamation envoyé par e-mail à la demande du client.",
            "Test de ligne sans défaut ; ticket clôturé selon la procédure.",
            "Remboursement du double prélèvement effectué, délai de 3 à 5 jours ouvrés.",
            "Le client demande si la montée en débit gratuite s'applique à son offre : ce n'est pas le cas.",
            "Problème de connexion à l'application dû au cache ; cache vidé, reconnexion effectuée.",
            "Demande de portabilité transmise ; confirmation de l'opérateur sous 24 h.",
            "Procédure d'opposition et de contestation bancaire expliquée.",
            "Panne confirmée sur le secteur ; heure de rétablissement estimée communiquée.",
            "Le client demande de l'aide pour configurer sa messagerie vocale ; étapes communiquées.",
            "« Pas de souci », répond le client pendant la vérification de la commande.",
            "Rappel demandé.",
            "Adresse mise à jour.",
            "Résolu.",
            "Transfert au service facturation.",
            "Aucune anomalie lors du diagnostic à distance ; le client surveillera la ligne.",
        ],
        "positive": [
            "La cliente remercie chaleureusement le conseiller pour la rapidité du remboursement.",
            "D'abord agacé par la coupure, le client est finalement très satisfait du geste commercial.",
            "Le client félicite le technicien pour sa gentillesse.",
            "Aucune plainte : il trouve la nouvelle box excellente.",
            "Client ravi.",
            "Malgré l'attente, la cliente termine l'appel très reconnaissante.",
            "Le client dit n'avoir jamais été aussi bien reçu par un service client.",
            "Soulagée que le colis ait été retrouvé, la cliente remercie plusieurs fois.",
            "Pas déçu du tout : l'appareil de remplacement est arrivé en avance et fonctionne parfaitement.",
            "Très content de la nouvelle offre, qui lui fait faire des économies.",
            "Il apprécie beaucoup d'avoir été prévenu de la panne avant même d'appeler.",
            "Méfiant au départ, le client est convaincu par l'explication et remercie le conseiller.",
        ],
        "negative": [
            "Client furieux.",
            "« Super, encore une coupure », ironise le client, qui demande un responsable.",
            "Le client menace de résilier si la facture n'est pas corrigée cette semaine.",
            "Le conseiller a été courtois, mais la cliente reste mécontente et envisage de partir.",
            "Toujours pas de solution.",
            "Il se plaint d'appeler pour la quatrième fois pour le même problème.",
            "Bien que le remboursement soit lancé, le client affirme qu'il ne commandera plus jamais chez nous.",
            "Très en colère : le technicien n'est encore pas venu.",
            "Le client exige de parler à un superviseur ; appel escaladé.",
            "« Génial, encore une hausse de prix », lance la cliente avant de demander la résiliation.",
            "Pas satisfait de la réponse, il dépose une réclamation écrite.",
            "La cliente raccroche en plein appel, visiblement excédée.",
            "Il a d'abord remercié, puis s'est énervé en apprenant que les frais ne seraient pas annulés.",
        ],
    },
    "cases": [
        ('Le client appelle au sujet de sa facture de mars.',
         ['Le conseiller explique les frais et envoie le détail par e-mail.', 'Facture rectificative émise.']),
        ("Question sur des frais d'appels internationaux.",
         ['Tarif à la minute et option internationale expliqués.']),
        ('Débit internet lent en soirée.',
         ['Redémarrage de la box à distance et test de ligne effectués.', "Incident transmis à l'équipe réseau."]),
        ('Souhaite changer la date de prélèvement.',
         ['Date de prélèvement passée au 15.']),
        ('Colis indiqué livré mais non reçu.',
         ['Réclamation ouverte auprès du transporteur.']),
        ("Demande le RIO pour changer d'opérateur.",
         ['RIO communiqué par SMS.']),
        ('Prélèvement rejeté par la banque.',
         ['Paiement par carte enregistré et mandat vérifié.']),
        ("Souhaite résilier l'option TV à la fin de l'engagement.",
         ["Résiliation programmée à la fin de l'engagement."]),
        ('Erreur de facturation signalée sur la dernière facture.',
         ['Facture rectificative émise.']),
        ("Demande le remboursement d'un article retourné.",
         ['Remboursement lancé, visible sous 3 à 5 jours ouvrés.']),
        ('Voyant rouge allumé sur la box.',
         ['Intervention technique planifiée vendredi.']),
        ('Panne de réseau dans son quartier.',
         ['Panne confirmée, délai de rétablissement communiqué.', 'Avoir standard appliqué pour la coupure.']),
        ('Relevé de compteur estimé.',
         ['Index réel saisi et facture recalculée.']),
        ('Article reçu endommagé.',
         ["Enlèvement de l'article endommagé organisé."]),
        ("Frais d'itinérance après un séjour en Suisse.",
         ["Tarif d'itinérance hors UE expliqué."]),
        ("Le remboursement n'est pas encore arrivé.",
         ['Virement confirmé, parti lundi.']),
        ('Demande une copie du contrat.',
         ['Copie du contrat envoyée par e-mail.']),
        ('Carte bancaire perdue.',
         ['Carte bloquée et nouvelle carte commandée.']),
    ],
    "follow": [
        "Aucune action supplémentaire.",
        "Le client rappellera si besoin.",
        "Confirmation envoyée par e-mail.",
        "La modification apparaîtra sur la prochaine facture.",
    ],
    "positive": [
        "Le client remercie pour la clarté des explications.",
        "Très satisfait de la solution proposée.",
        "La cliente est ravie de la rapidité du traitement.",
        "Remercie le conseiller à plusieurs reprises.",
        "Salue la patience du conseiller.",
        "Parle d'une excellente expérience.",
        "Soulagé et reconnaissant en fin d'appel.",
        "Dit qu'il recommandera le service à ses proches.",
        "Content du geste commercial.",
        "Trouve le conseiller aimable et efficace.",
    ],
    "negative": [
        "Le client reste mécontent de l'explication.",
        "Agacé, il demande à parler à un responsable.",
        "Menace de résilier si cela se reproduit.",
        "En colère à cause du retard, il dépose une réclamation.",
        "Insatisfaite, elle exige un dédommagement.",
        "Juge le service lamentable.",
        "Énervé d'avoir dû appeler trois fois.",
        "Décrit toute la démarche comme un cauchemar.",
        "Dit en avoir assez des problèmes à répétition.",
        "Déçue que cela prenne autant de temps.",
        "Le problème n'est toujours pas réglé et le client s'impatiente.",
    ],
}

SENT["de"] = {
    "hard": {
        "neutral": [
            "Kunde meldet einen Fehler in der Rechnung; Verbrauch geprüft, Betrag entspricht dem gebuchten Tarif.",
            "Kündigung des Festnetzanschlusses wegen Umzug ins Ausland erfasst.",
            "Beschwerdeformular wie gewünscht per E-Mail verschickt.",
            "Leitungsmessung ohne Befund; Störungsticket gemäß Prozess geschlossen.",
            "Erstattung der doppelten Abbuchung veranlasst, Gutschrift in 3 bis 5 Werktagen.",
            "Kunde fragt, ob das kostenlose Upgrade für seinen Tarif gilt; Auskunft: nein.",
            "Problem beim App-Login durch Cache; Cache geleert, Anmeldung erneut durchgeführt.",
            "Portierungsauftrag übermittelt; Bestätigung des abgebenden Anbieters folgt in 24 Stunden.",
            "Ablauf einer Rücklastschrift und Fristen erklärt.",
            "Netzstörung im Gebiet bestätigt; voraussichtliche Behebungszeit mitgeteilt.",
            "Kunde bittet um Hilfe bei der Mailbox-Einrichtung; Schritte erklärt.",
            "„Kein Problem“, sagt der Kunde, als er kurz in die Warteschleife gelegt wird.",
            "Rückruf gewünscht.",
            "Adresse aktualisiert.",
            "Erledigt.",
            "An die Abrechnung weitergeleitet.",
            "Fernprüfung ohne Auffälligkeiten; Kunde beobachtet die Verbindung.",
            "Hängenden Prozess im Task-Manager beenden lassen, danach App neu gestartet.",
        ],
        "positive": [
            "Kundin bedankt sich ausdrücklich für die schnelle Erstattung.",
            "Zuerst verärgert wegen der Störung, am Ende aber sehr zufrieden mit der Gutschrift.",
            "Kunde lobt den Techniker für seine Freundlichkeit.",
            "Keinerlei Beschwerden: Der neue Router läuft laut Kunde hervorragend.",
            "Kunde begeistert.",
            "Trotz der Wartezeit verabschiedet sich die Kundin sehr dankbar.",
            "Kunde sagt, so guten Service habe er seit Jahren nicht erlebt.",
            "Erleichtert, dass das Paket aufgetaucht ist; bedankt sich mehrfach.",
            "Überhaupt nicht enttäuscht: Das Ersatzgerät kam früher als angekündigt und funktioniert einwandfrei.",
            "Sehr froh über den neuen Tarif, weil er damit spart.",
            "Weiß es sehr zu schätzen, dass wir uns proaktiv wegen der Störung gemeldet haben.",
            "Anfangs skeptisch wegen der Abbuchung, nach der Erklärung aber zufrieden und dankbar.",
        ],
        "negative": [
            "Kunde wütend.",
            "„Super, schon wieder kein Internet“, meint der Kunde ironisch und verlangt einen Vorgesetzten.",
            "Kunde droht mit Kündigung, falls die Rechnung diese Woche nicht korrigiert wird.",
            "Die Beraterin war freundlich, aber der Kunde bleibt verärgert und will wechseln.",
            "Weiterhin keine Lösung.",
            "Beschwert sich, dass er zum vierten Mal wegen derselben Sache anruft.",
            "Obwohl die Erstattung angestoßen wurde, will der Kunde nie wieder bei uns bestellen.",
            "Sehr verärgert, weil der Techniker erneut nicht erschienen ist.",
            "Verlangt einen Teamleiter; Gespräch eskaliert.",
            "„Na toll, die nächste Preiserhöhung“, sagt die Kundin und fragt nach der Kündigungsfrist.",
            "Mit der Antwort unzufrieden, reicht er eine schriftliche Beschwerde ein.",
            "Kundin legt mitten im Gespräch auf, hörbar genervt.",
            "Bedankte sich zunächst, wurde dann aber wütend, als die Gebühr nicht erlassen werden konnte.",
        ],
    },
    "cases": [
        ('Kunde ruft wegen der Märzrechnung an.',
         ['Gebühr erklärt und Aufstellung per E-Mail geschickt.', 'Korrigierte Rechnung erstellt.']),
        ('Frage zu Kosten für Auslandsgespräche.',
         ['Minutenpreis und Auslandsoption erklärt.']),
        ('Langsames Internet in den Abendstunden.',
         ['Router aus der Ferne neu gestartet und Leitung gemessen.', 'Störung an das Netzteam übergeben.']),
        ('Möchte das Abbuchungsdatum ändern.',
         ['Abbuchungsdatum auf den 15. geändert.']),
        ('Paket als zugestellt markiert, aber nicht erhalten.',
         ['Nachforschungsauftrag beim Paketdienst gestellt.']),
        ('Möchte die Rufnummer mitnehmen.',
         ['Portierung beauftragt und Termin mitgeteilt.']),
        ('Lastschrift ist zurückgegangen.',
         ['Zahlung per Karte aufgenommen, Mandat geprüft.']),
        ('Möchte das TV-Paket zum Vertragsende kündigen.',
         ['Kündigung zum Vertragsende vorgemerkt.']),
        ('Meldet einen Abrechnungsfehler auf der letzten Rechnung.',
         ['Korrigierte Rechnung erstellt.']),
        ('Erstattung für eine Retoure gewünscht.',
         ['Erstattung veranlasst, Eingang in 3 bis 5 Werktagen.']),
        ('Router zeigt eine rote LED.',
         ['Techniker für Freitag gebucht.']),
        ('Netzausfall in seiner Straße.',
         ['Störung bestätigt und voraussichtliche Dauer genannt.', 'Standardgutschrift für den Ausfall gebucht.']),
        ('Zählerstand wurde geschätzt.',
         ['Tatsächlichen Zählerstand erfasst und Rechnung neu erstellt.']),
        ('Ware beschädigt angekommen.',
         ['Abholung der beschädigten Ware beauftragt.']),
        ('Roaming-Kosten nach einer Reise in die Schweiz.',
         ['Roaming-Tarif außerhalb der EU erklärt.']),
        ('Erstattung ist noch nicht eingegangen.',
         ['Überweisung am Montag bestätigt.']),
        ('Bittet um eine Vertragskopie.',
         ['Vertragskopie per E-Mail geschickt.']),
        ('EC-Karte verloren.',
         ['Karte gesperrt und Ersatzkarte bestellt.']),
    ],
    "follow": [
        "Kein weiterer Handlungsbedarf.",
        "Kunde meldet sich bei Bedarf.",
        "Bestätigung per E-Mail versendet.",
        "Änderung wird auf der nächsten Rechnung sichtbar.",
    ],
    "positive": [
        "Kunde bedankt sich für die verständliche Erklärung.",
        "Sehr zufrieden mit der Lösung.",
        "Kundin ist begeistert, wie schnell es ging.",
        "Bedankt sich mehrmals beim Berater.",
        "Lobt die Geduld der Beraterin.",
        "Spricht von einem tollen Service.",
        "Am Ende erleichtert und dankbar.",
        "Will uns weiterempfehlen.",
        "Freut sich über die Kulanzgutschrift.",
        "Findet den Berater freundlich und kompetent.",
    ],
    "negative": [
        "Kunde bleibt mit der Erklärung unzufrieden.",
        "Genervt, verlangt einen Vorgesetzten.",
        "Droht mit Kündigung, falls das nochmal passiert.",
        "Verärgert über die Verzögerung, legt Beschwerde ein.",
        "Unzufrieden, fordert eine Entschädigung.",
        "Nennt den Service eine Katastrophe.",
        "Ärgert sich, dass er schon dreimal anrufen musste.",
        "Beschreibt den ganzen Ablauf als Albtraum.",
        "Hat die ständigen Probleme satt.",
        "Enttäuscht, dass es so lange dauert.",
        "Problem weiterhin ungelöst, Kunde verliert die Geduld.",
    ],
}

SENT["ja"] = {
    "hard": {
        "neutral": [
            "請求額に誤りがあるとのことで使用量を確認したが、契約プランどおりの金額であった。",
            "海外転居のため固定電話の解約を受付。",
            "ご要望により苦情申出書の様式をメールで送付。",
            "回線試験の結果、異常なし。手順どおりチケットをクローズ。",
            "二重引き落とし分の返金処理を実施。3〜5営業日で反映予定。",
            "無料アップグレードの対象かとの質問に、対象外である旨を回答。",
            "アプリにログインできない問題はキャッシュが原因。削除後に再ログインを案内。",
            "MNP転出の手続きを受付。転出元の確認は24時間以内。",
            "チャージバックの流れと期限について説明。",
            "当該地域の障害を確認し、復旧見込み時刻を案内。",
            "留守番電話の設定方法を知りたいとのことで、手順を案内。",
            "保留をお願いした際、お客様より「問題ないです」との返答あり。",
            "折り返し希望。",
            "住所変更済み。",
            "対応完了。",
            "料金担当へ転送。",
            "遠隔診断で異常は見つからず、お客様にて様子を見ていただく。",
            "フリーズしたプロセスを強制終了し、アプリを再起動するよう案内。",
        ],
        "positive": [
            "迅速な返金対応に大変感謝しているとのこと。",
            "最初は障害の件でご立腹だったが、補償の説明後は満足され、お礼を言われた。",
            "技術者の丁寧な対応をお褒めいただいた。",
            "不満は一切なく、新しいルーターをとても気に入っているとのこと。",
            "大変喜ばれていた。",
            "待ち時間は長かったけれども、最後はとても満足された様子。",
            "ここまで親切な窓口は初めてだとおっしゃっていた。",
            "荷物が見つかり安心されたご様子で、何度もお礼を言われた。",
            "交換品が予定より早く届き、問題なく使えているので全く不満はないとのこと。",
            "新しい料金プランで節約できると大変喜ばれていた。",
            "障害について先回りして連絡したことを高く評価していただいた。",
            "最初は請求に不信感をお持ちだったが、説明に納得され感謝の言葉をいただいた。",
        ],
        "negative": [
            "お客様激怒。",
            "「さすがですね、今週3回目の切断です」と皮肉を言われ、責任者対応を求められた。",
            "今週中に請求が訂正されなければ解約するとのこと。",
            "担当者は丁寧に対応したけれども、お客様の不満は解消されず他社への乗り換えを検討中。",
            "未解決。",
            "同じ件で4回目の電話だと強い不満を示された。",
            "返金手続きは完了したが、二度と利用しないとのこと。",
            "技術者がまた来なかったことに大変ご立腹。",
            "上席対応を強く求められ、エスカレーション。",
            "「また値上げですか、結構なことですね」とおっしゃり、解約方法を尋ねられた。",
            "回答に納得されず、書面で苦情を申し立てるとのこと。",
            "通話の途中で電話を切られた。かなり苛立っているご様子。",
            "最初はお礼を言われたが、手数料を免除できないと伝えると怒り出された。",
        ],
    },
    "cases": [
        ('3月分の請求について問い合わせ。',
         ['料金の内訳を説明し、明細をメールで送付。', '訂正した請求書を再発行。']),
        ('国際通話料金について質問。',
         ['通話料金と国際オプションを説明。']),
        ('夜間にインターネットが遅いとのこと。',
         ['遠隔でルーターを再起動し、回線試験を実施。', 'ネットワーク担当へ障害を連携。']),
        ('引き落とし日を変更したいとのこと。',
         ['引き落とし日を15日に変更。']),
        ('配達済みと表示されているが荷物が届いていない。',
         ['配送業者に調査を依頼。']),
        ('MNP予約番号の発行を希望。',
         ['MNP予約番号をSMSで送付。']),
        ('口座振替ができなかったとの連絡。',
         ['コンビニ払込票の再発行を手配。']),
        ('契約満了時にテレビオプションを解約したい。',
         ['契約満了日での解約を予約。']),
        ('前回の請求に誤りがあるとの申告。',
         ['訂正した請求書を再発行。']),
        ('返品した商品の返金を希望。',
         ['返金手続きを実施、3〜5営業日で反映予定。']),
        ('ルーターのランプが赤く点灯。',
         ['金曜日に技術者の訪問を手配。']),
        ('近隣で通信障害が発生しているとの連絡。',
         ['障害を確認し、復旧見込みを案内。', '障害に対する標準の減額を適用。']),
        ('検針値が推定になっていた。',
         ['実際の指示数を登録し、請求を再計算。']),
        ('届いた商品が破損していた。',
         ['破損品の回収を手配。']),
        ('海外渡航時のローミング料金について。',
         ['海外ローミングの料金体系を説明。']),
        ('返金がまだ反映されていない。',
         ['月曜日に振込済みであることを確認。']),
        ('キャッシュカードを紛失した。',
         ['カードを停止し、再発行を手配。']),
    ],
    "follow": [
        "対応完了。",
        "必要があればお客様から再度連絡いただく。",
        "確認メールを送信済み。",
        "次回請求に反映される。",
    ],
    "positive": [
        "分かりやすい説明に感謝された。",
        "解決方法に大変満足されていた。",
        "対応の早さにとても喜ばれていた。",
        "担当者に何度もお礼を言われた。",
        "担当者の辛抱強い対応を褒めていただいた。",
        "とても良い対応だったとのお言葉をいただいた。",
        "最後は安心され、感謝されていた。",
        "知人にも勧めたいとおっしゃっていた。",
        "お詫びの減額に喜ばれていた。",
        "担当者が親切で手際が良かったと評価いただいた。",
    ],
    "negative": [
        "説明に納得されず、不満が残っている。",
        "苛立った様子で責任者を出すよう求められた。",
        "また同じことがあれば解約するとのこと。",
        "対応の遅さにご立腹で、苦情を申し立てられた。",
        "ご不満で、補償を要求されている。",
        "サービスが最悪だとおっしゃっていた。",
        "3回も電話させられたことに怒っていた。",
        "手続き全体が悪夢のようだったとのこと。",
        "度重なるトラブルにうんざりしているとのこと。",
        "時間がかかりすぎることに落胆されていた。",
        "問題は依然未解決で、お客様はかなり苛立っている。",
    ],
}

SENT_TARGET = {"en": 400, "es": 120, "fr": 120, "de": 120, "ja": 120}


def join_sent(lang, parts):
    return ("" if lang == "ja" else " ").join(parts)


def compose_sentiment(lang, label):
    P = SENT[lang]
    r, acts = pick(P["cases"])
    act = pick(acts)
    if label == "neutral":
        parts = [r, act]
        if R.random() < 0.5:
            parts.append(pick(P["follow"]))
    elif label == "positive":
        parts = [r] + ([act] if R.random() < 0.8 else []) + [pick(P["positive"])]
    else:
        parts = [r] + ([act] if R.random() < 0.6 else []) + [pick(P["negative"])]
    return join_sent(lang, parts)


def make_sentiment():
    rows = []
    for lang in LANGS:
        total = SENT_TARGET[lang]
        per = {"positive": total // 3 + (1 if total % 3 else 0), "neutral": total // 3,
               "negative": total - 2 * (total // 3) - (1 if total % 3 else 0)}
        seen = set()
        for label in ("positive", "neutral", "negative"):
            items = []
            for t in SENT[lang]["hard"][label]:
                if t not in seen:
                    seen.add(t)
                    items.append(t)
            tries = 0
            while len(items) < per[label]:
                tries += 1
                assert tries < 10000, (lang, label)
                t = compose_sentiment(lang, label)
                if t not in seen:
                    seen.add(t)
                    items.append(t)
            items = items[:per[label]]
            rows += [{"lang": lang, "text": t, "label": label} for t in items]
    R.shuffle(rows)
    return rows


# ----------------------------------------------------------------------------
# alignment.jsonl
# ----------------------------------------------------------------------------

ALN = {}

ALN["en"] = {
    "cases": [
        ("The customer contacted us because their fibre connection had been dropping for three days.",
         ["The agent ran remote diagnostics, found a faulty port and moved the line to a new one.",
          "The agent booked a technician for Thursday morning."]),
        ("The customer called to ask why their monthly bill had increased by twelve pounds.",
         ["The agent explained that a promotional discount had expired and offered the current retention tariff.",
          "The agent walked through the bill line by line."]),
        ("The customer reported that a washing machine delivered yesterday would not power on.",
         ["The agent arranged a replacement unit and a collection of the faulty one.",
          "The agent booked a repair visit under the manufacturer warranty."]),
        ("The customer wanted to transfer their mobile number from another provider.",
         ["The agent submitted the porting request and confirmed the switch date.",
          "The agent explained the porting steps and sent the new SIM."]),
        ("The customer called about a payment that was taken twice.",
         ["The agent confirmed the duplicate transaction and refunded it.",
          "The agent raised a refund request with the payments team."]),
        ("The customer's flight booking showed the wrong surname.",
         ["The agent corrected the name and reissued the e-ticket.",
          "The agent explained the name-change policy and processed the correction."]),
        ("The customer was locked out of the online banking app.",
         ["The agent verified the customer and reset the login credentials.",
          "The agent unlocked the profile after security questions."]),
        ("The customer asked to cancel a gym membership before the renewal date.",
         ["The agent processed the cancellation effective at the end of the month.",
          "The agent confirmed the notice period and logged the cancellation."]),
        ("The customer called about an insurance claim for water damage.",
         ["The agent updated the claim with the photos and assigned a loss adjuster.",
          "The agent explained the next steps and the expected timeline for the assessment."]),
        ("The customer reported that their electricity bill was based on an estimated reading.",
         ["The agent recorded the actual reading and reissued the bill.",
          "The agent explained how estimates are calculated and took a reading."]),
        ("The customer called because a parcel was delivered to the wrong address.",
         ["The agent opened an investigation with the courier and sent a replacement.",
          "The agent arranged for the courier to retrieve the parcel."]),
        ("The customer requested help setting up a new router.",
         ["The agent guided the customer through the setup and confirmed the connection.",
          "The agent sent the setup guide and stayed on the line during activation."]),
        ("The customer asked about roaming charges after a holiday in Italy.",
         ["The agent explained the daily roaming fee applied to the account.",
          "The agent reviewed the usage and credited one day of roaming."]),
        ("The customer wanted to change the direct debit date.",
         ["The agent moved the collection date to the 28th.",
          "The agent updated the payment schedule and confirmed by email."]),
        ("The customer called about a missed engineer appointment.",
         ["The agent rebooked the visit for the earliest available slot.",
          "The agent applied the missed-appointment credit and rebooked."]),
        ("The customer asked for a copy of last year's statements for a mortgage application.",
         ["The agent requested the statements and confirmed they would be posted.",
          "The agent emailed the statements to the registered address."]),
        ("The customer reported a damaged phone screen under the insurance plan.",
         ["The agent opened a claim and arranged a courier for the device.",
          "The agent explained the excess and booked the repair."]),
        ("The customer called to ask why a refund had not arrived after two weeks.",
         ["The agent traced the refund and confirmed it was sent to the original card.",
          "The agent found the refund had failed and reissued it."]),
        ("The customer needed to update their address after moving.",
         ["The agent verified identity and updated the address on all accounts.",
          "The agent updated the address and reissued the welcome pack."]),
        ("The customer called about a chargeback notification from their bank.",
         ["The agent explained the dispute process and sent the evidence form.",
          "The agent reviewed the transaction and withdrew the disputed charge."]),
        ("The customer wanted to downgrade their TV package.",
         ["The agent changed the package from the next billing cycle.",
          "The agent explained the early-downgrade fee and processed the change."]),
        ("The customer reported that the mobile app crashed at checkout.",
         ["The agent logged the defect and completed the order over the phone.",
          "The agent advised reinstalling the app and placed the order manually."]),
    ],
    "follow": [
        "No follow-up is required.",
        "A confirmation email has been sent.",
        "The agent will check the status again on Friday.",
        "The case has been closed.",
        "The customer will receive an SMS when the work is complete.",
        "A callback is scheduled for next week.",
    ],
    "positive": [
        "The customer thanked the agent and said they were very satisfied with the help.",
        "The customer was delighted with the quick resolution.",
        "The customer praised the agent for being patient and clear.",
        "The customer said it was the best service they had received in a long time.",
        "The customer expressed gratitude and ended the call happily.",
        "The customer was relieved and thanked the agent several times.",
        "The customer said they were impressed with how easy the process was.",
        "The customer complimented the agent's professionalism.",
        "The customer was pleased with the outcome and said they would recommend the company.",
        "The customer sounded much happier by the end and thanked the team.",
        "The customer said the agent had gone above and beyond.",
        "The customer was grateful for the goodwill credit.",
    ],
    "mild_positive": [
        "The customer seemed reasonably pleased with the outcome.",
        "The customer said that was fine and thanked the agent.",
        "The customer appeared satisfied with the explanation.",
        "The customer was happy enough with the arrangement.",
        "The customer said the fix sounded good.",
    ],
    "negative": [
        "The customer expressed strong frustration and said they would cancel the service.",
        "The customer was angry about the repeated failures and demanded compensation.",
        "The customer remained dissatisfied and asked for the complaint to be escalated.",
        "The customer said the experience had been awful from start to finish.",
        "The customer was upset that nobody had called back as promised.",
        "The customer complained about the long hold time and the lack of communication.",
        "The customer said they felt let down and would be looking at competitors.",
        "The customer was unhappy with the outcome and asked for a supervisor.",
        "The customer described the service as unacceptable.",
        "The customer threatened to take the matter to the regulator.",
        "The customer remained angry despite the agent's efforts.",
        "The customer said they were sick of chasing the issue.",
    ],
    "mild_negative": [
        "The customer was a little disappointed that the fee could not be waived.",
        "The customer was somewhat unhappy about the delay.",
        "The customer was not entirely satisfied with the timeline.",
        "The customer expressed mild annoyance at having to call again.",
        "The customer sounded fed up with the delay.",
        "The customer was slightly irritated by the wait.",
    ],
    "labels": ("Reason: ", "Resolution: ", "Follow-up: "),
}

ALN["es"] = {
    "cases": [
        ("La clienta contactó porque la fibra se le cae desde hace tres días.",
         ["El agente hizo un diagnóstico remoto y cambió el puerto averiado.", "El agente programó una visita técnica para el jueves."]),
        ("El cliente preguntó por qué su recibo había subido doce euros.",
         ["El agente explicó que terminó una promoción y ofreció una tarifa de retención."]),
        ("El cliente llamó porque la lavadora entregada ayer no enciende.",
         ["El agente gestionó el cambio del equipo y la recogida del defectuoso."]),
        ("La clienta quería traer su número desde otra compañía.",
         ["El agente tramitó la portabilidad y confirmó la fecha de cambio."]),
        ("El cliente reclamó un cobro duplicado.",
         ["El agente confirmó la duplicidad y devolvió el importe."]),
        ("La clienta no podía acceder a la banca en línea.",
         ["El agente verificó su identidad y restableció el acceso."]),
        ("El cliente llamó por un siniestro de daños por agua.",
         ["El agente añadió las fotos al expediente y asignó un perito."]),
        ("El cliente preguntó por qué no había recibido un reembolso en dos semanas.",
         ["El agente localizó el reembolso y confirmó que se abonó en la tarjeta original."]),
    ],
    "follow": ["No requiere seguimiento.", "Se envió un correo de confirmación.", "Se volverá a revisar el viernes."],
    "positive": [
        "El cliente agradeció la ayuda y se mostró muy satisfecho.",
        "La clienta quedó encantada con la rapidez de la solución.",
        "El cliente elogió la paciencia y claridad del agente.",
        "La clienta dijo que fue la mejor atención que ha recibido en mucho tiempo.",
        "El cliente terminó la llamada contento y agradecido.",
        "La clienta se mostró aliviada y dio las gracias varias veces.",
    ],
    "mild_positive": ["El cliente pareció bastante conforme con el resultado.", "La clienta dijo que le parecía bien y dio las gracias."],
    "negative": [
        "El cliente expresó mucha frustración y dijo que se dará de baja.",
        "La clienta estaba indignada por los fallos repetidos y exigió una compensación.",
        "El cliente siguió insatisfecho y pidió que se escalara la queja.",
        "La clienta dijo que la experiencia había sido pésima.",
        "El cliente se quejó de la larga espera y de la falta de información.",
        "La clienta amenazó con acudir a Consumo.",
    ],
    "mild_negative": ["El cliente quedó algo decepcionado porque no se pudo anular el cargo.", "La clienta estaba un poco molesta por el retraso."],
    "labels": ("Motivo: ", "Resolución: ", "Seguimiento: "),
}

ALN["fr"] = {
    "cases": [
        ("La cliente a contacté le service car sa connexion fibre coupe depuis trois jours.",
         ["Le conseiller a lancé un diagnostic et changé le port défectueux.", "Le conseiller a planifié un technicien jeudi matin."]),
        ("Le client a demandé pourquoi sa facture avait augmenté de douze euros.",
         ["Le conseiller a expliqué la fin de la promotion et proposé une offre de fidélisation."]),
        ("Le client a appelé car le lave-linge livré hier ne s'allume pas.",
         ["Le conseiller a organisé l'échange et la reprise de l'appareil défectueux."]),
        ("La cliente souhaitait conserver son numéro en changeant d'opérateur.",
         ["Le conseiller a enregistré la portabilité et confirmé la date de bascule."]),
        ("Le client a signalé un double prélèvement.",
         ["Le conseiller a confirmé le doublon et remboursé le montant."]),
        ("La cliente n'arrivait plus à se connecter à son espace bancaire.",
         ["Le conseiller a vérifié son identité et réinitialisé l'accès."]),
        ("Le client a appelé pour un sinistre dégât des eaux.",
         ["Le conseiller a joint les photos au dossier et mandaté un expert."]),
        ("Le client ne comprenait pas pourquoi son remboursement n'était pas arrivé.",
         ["Le conseiller a retrouvé le virement et confirmé son envoi sur la carte d'origine."]),
    ],
    "follow": ["Aucun suivi nécessaire.", "Un e-mail de confirmation a été envoyé.", "Un point sera refait vendredi."],
    "positive": [
        "Le client a remercié le conseiller et s'est dit très satisfait.",
        "La cliente était ravie de la rapidité de la solution.",
        "Le client a salué la patience et la clarté du conseiller.",
        "La cliente a déclaré n'avoir jamais été aussi bien servie.",
        "Le client a terminé l'appel de bonne humeur et reconnaissant.",
        "La cliente, soulagée, a remercié à plusieurs reprises.",
    ],
    "mild_positive": ["Le client a semblé plutôt satisfait du résultat.", "La cliente a dit que cela lui convenait et a remercié."],
    "negative": [
        "Le client a exprimé une forte frustration et compte résilier.",
        "La cliente était furieuse des pannes à répétition et a exigé un dédommagement.",
        "Le client est resté insatisfait et a demandé l'escalade de sa réclamation.",
        "La cliente a qualifié l'expérience de catastrophique.",
        "Le client s'est plaint de l'attente et du manque d'information.",
        "La cliente a menacé de saisir le médiateur.",
    ],
    "mild_negative": ["Le client était un peu déçu que les frais ne soient pas annulés.", "La cliente était légèrement agacée par le délai."],
    "labels": ("Motif : ", "Résolution : ", "Suivi : "),
}

ALN["de"] = {
    "cases": [
        ("Die Kundin meldete sich, weil ihre Glasfaserverbindung seit drei Tagen abbricht.",
         ["Der Berater führte eine Ferndiagnose durch und schaltete auf einen neuen Port um.", "Der Berater buchte einen Techniker für Donnerstagvormittag."]),
        ("Der Kunde fragte, warum seine Rechnung um zwölf Euro gestiegen ist.",
         ["Der Berater erklärte das Ende des Aktionsrabatts und bot einen Bestandskundentarif an."]),
        ("Der Kunde rief an, weil die gestern gelieferte Waschmaschine nicht angeht.",
         ["Der Berater veranlasste einen Austausch und die Abholung des defekten Geräts."]),
        ("Die Kundin wollte ihre Rufnummer vom bisherigen Anbieter mitnehmen.",
         ["Der Berater beauftragte die Portierung und bestätigte den Umschalttermin."]),
        ("Der Kunde meldete eine doppelte Abbuchung.",
         ["Der Berater bestätigte die Doppelbuchung und erstattete den Betrag."]),
        ("Die Kundin kam nicht mehr ins Online-Banking.",
         ["Der Berater prüfte die Identität und setzte den Zugang zurück."]),
        ("Der Kunde meldete einen Leitungswasserschaden.",
         ["Der Berater ergänzte die Fotos im Schadenfall und beauftragte einen Gutachter."]),
        ("Der Kunde wollte wissen, warum die Erstattung nach zwei Wochen noch fehlt.",
         ["Der Berater fand die Überweisung und bestätigte die Gutschrift auf die ursprüngliche Karte."]),
    ],
    "follow": ["Keine Wiedervorlage nötig.", "Eine Bestätigungsmail wurde verschickt.", "Am Freitag wird erneut geprüft."],
    "positive": [
        "Der Kunde bedankte sich und war mit der Hilfe sehr zufrieden.",
        "Die Kundin war begeistert, wie schnell es gelöst wurde.",
        "Der Kunde lobte die Geduld und die klaren Erklärungen des Beraters.",
        "Die Kundin sagte, sie habe lange keinen so guten Service erlebt.",
        "Der Kunde beendete das Gespräch gut gelaunt und dankbar.",
        "Die Kundin war erleichtert und bedankte sich mehrmals.",
    ],
    "mild_positive": ["Der Kunde wirkte mit dem Ergebnis recht zufrieden.", "Die Kundin meinte, das passe so, und bedankte sich."],
    "negative": [
        "Der Kunde äußerte großen Frust und kündigte an, den Vertrag zu beenden.",
        "Die Kundin war wütend über die wiederholten Ausfälle und verlangte eine Entschädigung.",
        "Der Kunde blieb unzufrieden und verlangte, die Beschwerde weiterzugeben.",
        "Die Kundin nannte die Erfahrung eine Zumutung.",
        "Der Kunde beschwerte sich über die lange Wartezeit und fehlende Rückmeldungen.",
        "Die Kundin drohte mit einer Beschwerde bei der Bundesnetzagentur.",
    ],
    "mild_negative": ["Der Kunde war etwas enttäuscht, dass die Gebühr nicht erlassen wurde.", "Die Kundin war wegen der Verzögerung leicht verärgert."],
    "labels": ("Anliegen: ", "Lösung: ", "Wiedervorlage: "),
}

ALN["ja"] = {
    "cases": [
        ("お客様は、光回線が3日前から切断を繰り返しているとして問い合わせた。",
         ["担当者は遠隔診断を行い、故障したポートを切り替えた。", "担当者は木曜午前に技術者の訪問を手配した。"]),
        ("お客様は、月額料金が1,200円上がった理由を尋ねた。",
         ["担当者はキャンペーン割引の終了を説明し、継続利用プランを提案した。"]),
        ("お客様は、昨日届いた洗濯機の電源が入らないと連絡した。",
         ["担当者は交換品の手配と不良品の回収を行った。"]),
        ("お客様は、他社から番号をそのまま移したいと希望した。",
         ["担当者はMNP転入を受け付け、切り替え日を案内した。"]),
        ("お客様は、同じ支払いが二重に引き落とされたと申告した。",
         ["担当者は二重請求を確認し、返金処理を行った。"]),
        ("お客様は、ネットバンキングにログインできなくなった。",
         ["担当者は本人確認のうえ、ログイン情報を再設定した。"]),
        ("お客様は、水漏れ事故の保険金請求について問い合わせた。",
         ["担当者は写真を登録し、損害調査員を手配した。"]),
        ("お客様は、2週間経っても返金が届かない理由を尋ねた。",
         ["担当者は返金を追跡し、元のカードへ返金済みであることを確認した。"]),
    ],
    "follow": ["フォローアップは不要。", "確認メールを送信済み。", "金曜日に再確認する予定。"],
    "positive": [
        "お客様は担当者にお礼を述べ、対応に大変満足していた。",
        "お客様は迅速な解決をとても喜んでいた。",
        "お客様は担当者の丁寧で分かりやすい説明を褒めていた。",
        "お客様は、こんなに良い対応は久しぶりだと話していた。",
        "お客様は明るい様子で感謝して通話を終えた。",
        "お客様は安心した様子で、何度もお礼を言っていた。",
    ],
    "mild_positive": ["お客様は結果におおむね満足している様子だった。", "お客様はそれで大丈夫だと言い、お礼を述べた。"],
    "negative": [
        "お客様は強い不満を示し、解約すると述べた。",
        "お客様は度重なる障害に激怒し、補償を要求した。",
        "お客様は納得せず、苦情を上層部に上げるよう求めた。",
        "お客様は最悪の対応だったと話していた。",
        "お客様は長い待ち時間と連絡のなさに不満を述べた。",
        "お客様は消費生活センターに相談すると話していた。",
    ],
    "mild_negative": ["お客様は手数料が免除されないことに少し落胆していた。", "お客様は遅れに対してやや不満そうだった。"],
    "labels": ("【要件】", "【対応】", "【フォロー】"),
}

ALN_PLAN = {"en": {"neutral": 90, "positive": (50, 45), "negative": (50, 45)},
            "es": {"neutral": 10, "positive": (5, 5), "negative": (5, 5)},
            "fr": {"neutral": 10, "positive": (5, 5), "negative": (5, 5)},
            "de": {"neutral": 10, "positive": (5, 5), "negative": (5, 5)},
            "ja": {"neutral": 10, "positive": (5, 5), "negative": (5, 5)}}


def clamp(x, lo, hi):
    return max(lo, min(hi, x))


def aln_score(label, relation, mild):
    if label == "neutral":
        r = R.random()
        if r < 0.15:
            return R.randint(-35, -10)
        if r < 0.32:
            return R.randint(25, 35)
        return clamp(int(R.gauss(12, 10)), -9, 34)
    if label == "positive" and relation == "agree":
        if mild:
            return R.randint(5, 30)
        return clamp(int(R.gauss(38, 17)), 5, 92)
    if label == "negative" and relation == "agree":
        if mild:
            return R.randint(-30, -5)
        return clamp(int(R.gauss(-52, 18)), -98, -5)
    if label == "positive":  # contradict
        return clamp(int(R.gauss(-48, 16)), -95, -25)
    return clamp(int(R.gauss(40, 13)), 25, 85)  # negative summary of a positive call


def compose_aln(lang, label, mild):
    A = ALN[lang]
    reason, res = pick(A["cases"])
    res = pick(res)
    sep = "" if lang == "ja" else " "
    if label == "neutral":
        ev = None
        fu = pick(A["follow"])
    else:
        key = ("mild_" if mild else "") + label
        ev = pick(A[key])
        fu = pick(A["follow"]) if R.random() < 0.35 else None
    if R.random() < 0.4:
        lab = A["labels"]
        body = lab[0] + reason + "\n" + lab[1] + res + (sep + ev if ev else "")
        if fu:
            body += "\n" + lab[2] + fu
        return body
    parts = [reason, res] + ([ev] if ev else []) + ([fu] if fu else [])
    return sep.join(parts)


def make_alignment(sent_texts):
    rows = []
    for lang in LANGS:
        plan = ALN_PLAN[lang]
        seen = set()

        def fresh(label, mild):
            for _ in range(5000):
                t = compose_aln(lang, label, mild)
                if t not in seen and t not in sent_texts:
                    seen.add(t)
                    return t
            raise AssertionError((lang, label))

        for _ in range(plan["neutral"]):
            t = fresh("neutral", False)
            rows.append({"lang": lang, "summary": t, "transcriptScore": aln_score("neutral", "agree", False),
                         "relation": "agree", "summaryLabel": "neutral"})
        for label in ("positive", "negative"):
            n_agree, n_contra = plan[label]
            for i in range(n_agree):
                mild = R.random() < 0.25
                t = fresh(label, mild)
                rows.append({"lang": lang, "summary": t, "transcriptScore": aln_score(label, "agree", mild),
                             "relation": "agree", "summaryLabel": label})
            for i in range(n_contra):
                t = fresh(label, False)
                rows.append({"lang": lang, "summary": t, "transcriptScore": aln_score(label, "contradict", False),
                             "relation": "contradict", "summaryLabel": label})
    R.shuffle(rows)
    return rows


# ----------------------------------------------------------------------------
# self-checks, counts, output
# ----------------------------------------------------------------------------

ALLOWED_PII = {"phone", "email", "card", "ssn", "iban"}
EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)+$")


def _is_punct(c):
    return unicodedata.category(c).startswith("P")


def check_span(text, label):
    assert text == text.strip(), ("space", text, label)
    first, last = text[0], text[-1]
    if _is_punct(first):
        assert label == "phone" and first in "(（" and (")" in text or "）" in text), ("lead", text, label)
    assert not _is_punct(last), ("trail", text, label)


def self_check(pii, sent, aln):
    problems = []
    kinds_by_lang = defaultdict(set)
    n_pii = Counter()
    n_dec = Counter()
    for row in pii:
        lang = row["lang"]
        for text, label in row["segments"]:
            assert text, row
            if label is None:
                continue
            check_span(text, label)
            plain = unfw(text)
            ds = digits_only(plain)
            if label.startswith("decoy:"):
                kind = label[6:]
                assert kind in DECOY_KINDS, label
                kinds_by_lang[lang].add(kind)
                n_dec[lang] += 1
                if kind == "card_luhn_fail":
                    assert 13 <= len(ds) <= 19 and not luhn_ok(ds), text
                elif kind == "iban_bad_check":
                    compact = plain.replace(" ", "").replace("\n", "")
                    assert len(compact) == IBAN_LEN[compact[:2]] and not iban_ok(compact), text
                elif kind == "ssn_invalid_range":
                    assert len(ds) == 9 and not ssn_valid_parts(ds), text
                else:
                    assert not (13 <= len(ds) <= 19 and ds == re.sub(r"[^0-9]", "", plain)
                                and luhn_ok(ds) and re.fullmatch(r"[0-9 \-]+", plain)), ("luhn decoy", text)
                    assert not iban_ok(plain.replace(" ", "")), text
                if kind in ID_KINDS and re.fullmatch(r"[0-9 .\-/]+", plain):
                    assert 9 <= len(ds) <= 12 or len(ds) >= 13, text
                continue
            assert label in ALLOWED_PII, label
            n_pii[(lang, label)] += 1
            if label == "card":
                assert 13 <= len(ds) <= 19 and luhn_ok(ds), text
            elif label == "iban":
                assert iban_ok(plain), text
            elif label == "ssn":
                assert ssn_valid_parts(ds), text
            elif label == "email":
                assert EMAIL_RE.match(text), text
            elif label == "phone":
                assert 6 <= len(ds) <= 16, text
    for lang in LANGS:
        missing = set(DECOY_KINDS) - kinds_by_lang[lang]
        if missing:
            problems.append(f"{lang}: decoy kinds missing {sorted(missing)}")
        tot_pii = sum(v for (l, _), v in n_pii.items() if l == lang)
        if n_dec[lang] < tot_pii:
            problems.append(f"{lang}: fewer decoys ({n_dec[lang]}) than PII spans ({tot_pii})")
        if sum(1 for r in pii if r["lang"] == lang) < 200:
            problems.append(f"{lang}: fewer than 200 pii texts")
    if len(pii) < 1000:
        problems.append("fewer than 1000 pii texts")
    sc = Counter(r["lang"] for r in sent)
    if sc["en"] < 400 or any(sc[l] < 120 for l in ("es", "fr", "de", "ja")):
        problems.append(f"sentiment counts too low: {dict(sc)}")
    if len(aln) < 400:
        problems.append("alignment < 400")
    if sum(1 for r in aln if r["lang"] == "en") < 0.7 * len(aln):
        problems.append("alignment: English below 70%")
    for r in aln:
        s_, lab, rel = r["transcriptScore"], r["summaryLabel"], r["relation"]
        ok = (rel == "contradict" and ((lab == "positive" and s_ <= -25) or (lab == "negative" and s_ >= 25))) or \
             (rel == "agree" and ((lab == "positive" and s_ >= 5) or (lab == "negative" and s_ <= -5)
                                  or (lab == "neutral" and -35 <= s_ <= 35)))
        if not ok or not -100 <= s_ <= 100:
            problems.append(f"alignment row inconsistent: {lab} {rel} {s_}")
    sent_set = {r["text"] for r in sent}
    if any(r["summary"] in sent_set for r in aln):
        problems.append("alignment summary copied from sentiment")
    if len(sent_set) != len(sent):
        problems.append("duplicate sentiment texts")
    return problems


def count_tables(pii, sent, aln):
    c_pii = Counter()
    c_txt = Counter()
    for row in pii:
        c_txt[row["lang"]] += 1
        for t, l in row["segments"]:
            if l:
                c_pii[(row["lang"], l)] += 1
    c_sent = Counter((r["lang"], r["label"]) for r in sent)
    c_aln = Counter((r["lang"], r["summaryLabel"], r["relation"]) for r in aln)
    return c_txt, c_pii, c_sent, c_aln


def render_counts(pii, sent, aln):
    c_txt, c_pii, c_sent, c_aln = count_tables(pii, sent, aln)
    out = []
    labels = ["phone", "email", "card", "ssn", "iban"] + ["decoy:" + k for k in DECOY_KINDS]
    out.append("### pii.jsonl\n")
    out.append("| label | " + " | ".join(LANGS) + " | total |")
    out.append("|---|" + "---|" * (len(LANGS) + 1))
    out.append("| texts | " + " | ".join(str(c_txt[l]) for l in LANGS) + f" | {sum(c_txt.values())} |")
    for lab in labels:
        vals = [c_pii[(l, lab)] for l in LANGS]
        out.append(f"| {lab} | " + " | ".join(map(str, vals)) + f" | {sum(vals)} |")
    pii_tot = [sum(c_pii[(l, x)] for x in ALLOWED_PII) for l in LANGS]
    dec_tot = [sum(v for (L, x), v in c_pii.items() if L == l and x.startswith("decoy:")) for l in LANGS]
    out.append("| **all PII spans** | " + " | ".join(map(str, pii_tot)) + f" | {sum(pii_tot)} |")
    out.append("| **all decoy spans** | " + " | ".join(map(str, dec_tot)) + f" | {sum(dec_tot)} |")
    ph = sum(c_pii[(l, "phone")] for l in LANGS)
    out.append(f"\nPhones are {100 * ph / sum(pii_tot):.0f}% of the PII spans.\n")
    out.append("### sentiment.jsonl\n")
    out.append("| lang | positive | neutral | negative | total |")
    out.append("|---|---|---|---|---|")
    for l in LANGS:
        v = [c_sent[(l, x)] for x in ("positive", "neutral", "negative")]
        out.append(f"| {l} | " + " | ".join(map(str, v)) + f" | {sum(v)} |")
    out.append(f"| total | " + " | ".join(str(sum(c_sent[(l, x)] for l in LANGS))
                                      for x in ("positive", "neutral", "negative")) + f" | {len(sent)} |")
    out.append("\n### alignment.jsonl\n")
    cols = [("positive", "agree"), ("positive", "contradict"), ("neutral", "agree"),
            ("negative", "agree"), ("negative", "contradict")]
    out.append("| lang | " + " | ".join(f"{a}/{b}" for a, b in cols) + " | total |")
    out.append("|---|" + "---|" * (len(cols) + 1))
    for l in LANGS:
        v = [c_aln[(l, a, b)] for a, b in cols]
        out.append(f"| {l} | " + " | ".join(map(str, v)) + f" | {sum(v)} |")
    v = [sum(c_aln[(l, a, b)] for l in LANGS) for a, b in cols]
    out.append("| total | " + " | ".join(map(str, v)) + f" | {len(aln)} |")
    nc = sum(1 for r in aln if r["relation"] == "contradict")
    out.append(f"\n{nc} of {len(aln)} pairs ({100 * nc / len(aln):.0f}%) contradict.")
    return "\n".join(out)


README_HEAD = """# Held-out evaluation set (eval_heldout)

Independent test data for the PII redactor and the sentiment analyser of
genesys-summary-lambda.  It was written from real-world conventions only (national
numbering plans, ITU-T E.123, how agents dictate and type numbers, card/IBAN/SSN rules,
carrier and retailer reference formats, and the way Agent-Copilot-style summaries and
agent notes read in each language), without looking at the detectors or at the data
written alongside them.

Regenerate (Python 3 standard library only, deterministic, seed 777):

    python3 scripts/make_eval_heldout.py

## Files

* `pii.jsonl` - `{"lang", "segments": [[text, label], ...]}`; the text is the
  concatenation of the segments.  Labels: `phone`, `email`, `card`, `ssn`, `iban`,
  `decoy:<kind>` (a token that is *not* PII but looks like it), `null` (other text).
* `sentiment.jsonl` - `{"lang", "text", "label"}` with label positive / neutral / negative.
* `alignment.jsonl` - `{"lang", "summary", "transcriptScore", "relation", "summaryLabel"}`;
  `transcriptScore` is on Genesys Cloud's -100..+100 overall-sentiment scale.

## What pii.jsonl covers

* Texts are 1-4 sentences in the shapes summaries take in a contact centre: prose,
  `Reason / Resolution / Follow-up` sections (with localized headers), and terse agent
  notes (`Cx cb no.:...`, `Tel.:...`, bullet lists, `/`-separated notes).
* Each text has a country (en: US, UK, IE, AU; es: ES, MX, AR, US; fr: FR, BE, CH, CA;
  de: DE, AT, CH; ja: JP) that drives phone formats, amounts, dates, postcodes, barcodes,
  meter identifiers and IBAN countries.
* Phones: E.164 with and without spaces, `00` international prefix, `+44 (0)...` /
  `+49 (0)...` trunk-in-parentheses, national numbers with every usual grouping (UK
  4-6 / 3-4-4 / 5-6, German slash and DIN 5008 direct-dial `030 12345-67`, French pairs
  with spaces/dots/dashes, Belgian `0471/23.45.67`, Swiss `079 123 45 67`, Spanish
  3-3-3 / 3-2-2-2 / 2-3-2-2 without trunk 0, Mexican 2-4-4 and pairs, Argentine
  `+54 9 11 ...` and `(011) 15-...`, NANP `(212) 555-0143` / `212.555.0143` /
  `1-800-...` with `ext.` / `x` / `poste` extensions, Japanese `03-1234-5678`,
  `03(1234)5678`, `(0857)12-3456`, `0120-...`, mobile `090-...`), unseparated numbers,
  full-width digits and dashes (including the common `ー` mis-typing) in Japanese,
  numbers glued to brackets and punctuation, and line breaks inside a number.
* Cards: Luhn-valid Visa, Mastercard (51-55 and 2221-2720), Amex (4-6-5), Discover,
  JCB, Diners (4-6-4); spaces, dashes or compact.  SSNs in valid ranges, dashed,
  spaced, or unformatted after "SSN"/"social security" (en texts and US-resident
  customers in es/fr/de).  IBANs valid under mod-97 with the correct length for GB, IE,
  ES, FR, DE, AT, CH, BE, NL, IT (national check digits computed too for ES, FR, BE, IT),
  grouped in fours or compact.
* Decoys: order, reference, case, ticket, tracking, invoice, account, member, policy
  numbers (9-12 digits plain, grouped, grouped exactly like local phone numbers, and
  real-world formats such as marketplace order numbers, S10 postal tracking codes, UPS
  1Z, Colissimo, Yamato 4-4-4, ServiceNow INC, Dynamics CAS-); introduced by each
  language's context words before or after the number, or with no context word at all.
  Also date, time, amount, percentage, postcode, quantity, uuid, version, Luhn-failing
  card-like numbers (`card_luhn_fail`), IBAN-like strings with a bad check
  (`iban_bad_check`), SSN-shaped numbers in invalid ranges (`ssn_invalid_range`),
  masked cards (`card_masked`), device serial numbers (`serial`), EAN/UPC/JAN barcodes
  (`barcode`), energy meter / supply-point identifiers such as MPAN, MPRN, NMI, CUPS,
  PDL/PRM, Zählpunkt and 供給地点特定番号 (`meter`), and call/queue durations (`duration`).
  Every decoy kind occurs in every language.  Decoys with 13-19 digits never pass Luhn.

Span conventions: a span never starts or ends with whitespace or punctuation, except
that a phone span may start with the parenthesis that encloses its area code
(`(0172) 1234567`, `（03）1234-5678`).  Percent signs are outside the percentage span
(the span is the number).  Currency symbols and units are inside amount/quantity spans.
A phone extension written after the number (`ext. 204`, `poste 221`) is part of the
phone span; a DIN 5008 direct-dial suffix (`-67`) too.

## Labelling guideline (sentiment and alignment)

* positive: the summary expresses satisfaction, gratitude, praise, or an outcome
  described in evaluative positive terms.
* negative: expressed dissatisfaction, anger, frustration, complaint, escalation, a
  problem left unresolved, a threat to cancel, or sarcasm that conveys dissatisfaction.
* neutral: facts and procedures without expressed emotion or evaluation, including
  routine fixes and requests.  Lexicon-polar words used procedurally (problem, error,
  failed, cancel, refund, complaint form, help, please, free upgrade, kill the process,
  "no issues found", "not a problem") do not make a text polar; a bare "Resolved." is
  neutral.
* Mixed texts take the label of the clause that states the customer's final position
  (usually the last).  Negated negatives expressing approval are positive.

sentiment.jsonl contains hand-written hard cases per class (procedural texts full of
polar words, negated negatives, contrast with but / yet / although / pero / mais / aber /
けれども, sarcasm, one- to three-word texts, billing/outage/chargeback/porting vocabulary)
plus composed summaries (reason + action [+ follow-up] [+ closing clause]).

alignment.jsonl: contradict = positive summary with score <= -25 or negative summary
with score >= +25; agree = positive with >= +5, negative with <= -5, neutral within
-35..+35.  Scores cluster where real calls do (neutral summaries mostly 0..+30, with
tails to -35 and +35; mildly worded summaries sit near the agree thresholds).  The
summaries are written for this file (third-person "The customer ... the agent ..."
style) and none is copied from sentiment.jsonl.

## Counts

"""


def main():
    pii = make_pii()
    sent = make_sentiment()
    aln = make_alignment({r["text"] for r in sent})
    problems = self_check(pii, sent, aln)
    if problems:
        for p in problems:
            print("SELF-CHECK FAILED:", p, file=sys.stderr)
        sys.exit(1)
    os.makedirs(OUT, exist_ok=True)
    for name, rows in (("pii.jsonl", pii), ("sentiment.jsonl", sent), ("alignment.jsonl", aln)):
        with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    counts = render_counts(pii, sent, aln)
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write(README_HEAD + counts + "\n")
    print(counts)
    print(f"\nwrote {OUT}")


if __name__ == "__main__":
    main()
