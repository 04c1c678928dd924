#!/usr/bin/env python3
"""Generate the "fresh" independent evaluation set (PII redaction + sentiment).

Run from the repository root:

    python3 scripts/make_eval_fresh.py

It writes tests/data/eval_fresh/{pii,sentiment,alignment}.jsonl and README.md.
Python 3 standard library only; deterministic (random.Random(4242)).

Point of view: a QA engineer at a contact-centre vendor who collects what
agents actually type into wrap-up notes and what AI call summaries in five
languages (en, es, fr, de, ja) actually say.  Written from knowledge of the
real world only (national numbering plans, ITU-T E.123, card / IBAN / SSN
rules), independently of the detectors under test.

PII labels (the span is exactly the PII, without surrounding words or
punctuation; a phone keeps its own leading "(" or "+"):
  phone  any number a person could dial, in the formats people really use
         (national, E.164, "00"/"011"/"0011"/"010" international prefixes,
         company hotlines, fax numbers).  An extension ("ext. 204", "poste 12",
         "Durchwahl 31", "内線204") is written after the number and is NOT part
         of the span, except the German/Austrian DIN 5008 form "030 12345-67",
         where the extension is glued to the number with a hyphen.
  email, card (Luhn-valid, real issuer prefix), ssn (US, valid ranges),
  iban (mod-97 valid, right country length).
Decoys ("decoy:<kind>") are numbers or tokens that look like PII but are not.

SENTIMENT LABELLING GUIDELINE (followed for sentiment.jsonl and alignment.jsonl)
  positive: the summary expresses satisfaction, gratitude, praise, or an
            outcome described in evaluative positive terms ("resolved to the
            customer's satisfaction", "customer was pleased").  Hedged
            wording counts ("customer seemed pleased").
  negative: expressed dissatisfaction, anger, frustration, complaint,
            escalation, a problem left unresolved, a threat to cancel, or
            sarcasm that conveys dissatisfaction.  Praise for the agent
            combined with dissatisfaction with the company is negative when
            the dissatisfaction is the final / dominant statement.
  neutral:  facts and procedures without expressed emotion or evaluation,
            including routine fixes and requests, even when they contain
            lexicon-polar words (problem, error, fail, cancel, refund,
            complaint form, help, please, thanks for calling, free upgrade,
            "no issues found", "not a problem") and formulaic politeness or a
            formulaic agent apology for hold time.
  Mixed texts: the final clause decides ("frustrated at first, but left
  happy" is positive; "thanked the agent, but still plans to cancel" is
  negative).
"""

import json
import os
import random
import re
import sys
import unicodedata
from collections import Counter, OrderedDict

SEED = 4242
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.normpath(os.path.join(HERE, "..", "tests", "data", "eval_fresh"))

R = random.Random(SEED)
LANGS = ["en", "es", "fr", "de", "ja"]
PII_PER_LANG = 230


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

def rd(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def rdn(n):
    """n digits, first one non-zero"""
    return R.choice("123456789") + rd(n - 1)


def pick(seq):
    return R.choice(seq)


def wpick(pairs):
    """weighted pick from [(item, weight), ...]"""
    tot = sum(w for _, w in pairs)
    x = R.random() * tot
    for item, w in pairs:
        x -= w
        if x < 0:
            return item
    return pairs[-1][0]


FW_MAP = {ord(c): ord(c) + 0xFEE0 for c in "0123456789+-()"}
FW_MAP[ord(" ")] = ord(" ")


def fullwidth(s):
    return s.translate(FW_MAP)


def only_digits(s):
    out = []
    for ch in s:
        if ch.isdigit():
            out.append(str(unicodedata.digit(ch)))
    return "".join(out)


# ---------------------------------------------------------------------------
# cards
# ---------------------------------------------------------------------------

def luhn_ok(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(payload):
    for c in "0123456789":
        if luhn_ok(payload + c):
            return payload + c
    raise AssertionError


def card_issuer(num):
    """Return the issuer name if `num` (digits) has a real issuer prefix and length."""
    n = len(num)
    if num[0] == "4" and n in (16,):
        return "visa"
    if n == 16 and 51 <= int(num[:2]) <= 55:
        return "mastercard"
    if n == 16 and 2221 <= int(num[:4]) <= 2720:
        return "mastercard"
    if n == 15 and num[:2] in ("34", "37"):
        return "amex"
    if n == 16 and (num[:4] == "6011" or num[:2] == "65" or 644 <= int(num[:3]) <= 649):
        return "discover"
    if n == 16 and 3528 <= int(num[:4]) <= 3589:
        return "jcb"
    if n == 14 and (num[:2] == "36" or 300 <= int(num[:3]) <= 305):
        return "diners"
    return None


def card_digits():
    kind = wpick([("visa", 5), ("mc", 3), ("mc2", 2), ("amex", 2), ("discover", 1),
                  ("jcb", 1), ("diners", 1)])
    if kind == "visa":
        payload = "4" + rd(14)
    elif kind == "mc":
        payload = pick(["51", "52", "53", "54", "55"]) + rd(13)
    elif kind == "mc2":
        payload = str(R.randint(2221, 2720)) + rd(11)
    elif kind == "amex":
        payload = pick(["34", "37"]) + rd(12)
    elif kind == "discover":
        payload = pick(["6011", "65" + rd(2), str(R.randint(644, 649)) + rd(1)]) + rd(11)
    elif kind == "jcb":
        payload = str(R.randint(3528, 3589)) + rd(11)
    else:
        payload = pick(["36" + rd(2), str(R.randint(300, 305)) + rd(1)]) + rd(9)
    return luhn_complete(payload)


def group_card(num, sep):
    n = len(num)
    if n == 16:
        parts = [num[0:4], num[4:8], num[8:12], num[12:16]]
    elif n == 15:
        parts = [num[0:4], num[4:10], num[10:15]]
    else:
        parts = [num[0:4], num[4:10], num[10:14]]
    return sep.join(parts)


def fmt_card(num):
    sep = wpick([(" ", 6), ("-", 2), ("", 2)])
    return group_card(num, sep)


def card_value():
    return fmt_card(card_digits())


def card_invalid_value():
    num = card_digits()
    last = int(num[-1])
    bad = num[:-1] + str((last + R.randint(1, 9)) % 10)
    assert not luhn_ok(bad)
    return fmt_card(bad)


# ---------------------------------------------------------------------------
# IBAN
# ---------------------------------------------------------------------------

IBAN_LEN = {"GB": 22, "IE": 22, "ES": 24, "FR": 27, "DE": 22, "AT": 20, "CH": 21,
            "BE": 16, "NL": 18, "IT": 27}


def iban_numeric(s):
    return "".join(str(int(ch, 36)) for ch in s)


def iban_ok(iban):
    s = iban.replace(" ", "")
    if s[:2] not in IBAN_LEN or len(s) != IBAN_LEN[s[:2]]:
        return False
    return int(iban_numeric(s[4:] + s[:4])) % 97 == 1


def es_dc(digits10):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    r = 11 - sum(int(d) * w[i] for i, d in enumerate(digits10)) % 11
    return {11: 0, 10: 1}.get(r, r)


IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10,
          22, 25, 24, 23]


def it_cin(s22):
    tot = 0
    for i, ch in enumerate(s22):
        v = int(ch, 36) - (0 if ch.isdigit() else 10)
        tot += IT_ODD[v] if i % 2 == 0 else v
    return chr(ord("A") + tot % 26)


def bban(cc):
    if cc == "GB":
        return pick(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA"]) + rd(6) + rd(8)
    if cc == "IE":
        return pick(["AIBK", "BOFI", "IPBS", "ULSB"]) + rd(6) + rd(8)
    if cc == "ES":
        bank = pick(["2100", "0049", "0182", "0081", "2085", "0128", "1465"])
        branch = rd(4)
        acct = rd(10)
        return bank + branch + str(es_dc("00" + bank + branch)) + str(es_dc(acct)) + acct
    if cc == "FR":
        bank = pick(["30004", "30003", "20041", "10107", "30002", "11315"])
        branch = rd(5)
        acct = rd(11)
        key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)
        return bank + branch + acct + "%02d" % key
    if cc == "DE":
        return pick(["37040044", "10070000", "50010517", "20041133", "70150000",
                     "12030000", "43060967"]) + rd(10)
    if cc == "AT":
        return pick(["12000", "20111", "14000", "32000", "60000"]) + rd(11)
    if cc == "CH":
        return pick(["00762", "00230", "80808", "00700", "09000"]) + rd(12)
    if cc == "BE":
        ten = rd(10)
        chk = int(ten) % 97 or 97
        return ten + "%02d" % chk
    if cc == "NL":
        return pick(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB"]) + rd(10)
    if cc == "IT":
        rest = pick(["03069", "02008", "05034", "03062"]) + rd(5) + rd(12)
        return it_cin(rest) + rest
    raise ValueError(cc)


def iban_compact(cc):
    b = bban(cc)
    chk = 98 - int(iban_numeric(b + cc + "00")) % 97
    s = cc + "%02d" % chk + b
    assert len(s) == IBAN_LEN[cc] and iban_ok(s), s
    return s


def fmt_iban(s):
    if R.random() < 0.72:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def iban_value(cc):
    return fmt_iban(iban_compact(cc))


def iban_invalid_value(cc):
    s = iban_compact(cc)
    good = int(s[2:4])
    while True:
        bad = R.randint(2, 98)
        if bad != good:
            break
    t = s[:2] + "%02d" % bad + s[4:]
    assert not iban_ok(t)
    return fmt_iban(t)


# ---------------------------------------------------------------------------
# SSN
# ---------------------------------------------------------------------------

def ssn_valid_parts(a, g, s):
    return 1 <= a <= 899 and a != 666 and 1 <= g <= 99 and 1 <= s <= 9999


def ssn_parts():
    while True:
        a = R.randint(1, 899)
        g = R.randint(1, 99)
        s = R.randint(1, 9999)
        if ssn_valid_parts(a, g, s) and (a, g, s) != (123, 45, 6789) and a != 78:
            return "%03d" % a, "%02d" % g, "%04d" % s


def ssn_value(compact=False):
    a, g, s = ssn_parts()
    if compact:
        return a + g + s
    return wpick([(a + "-" + g + "-" + s, 7), (a + " " + g + " " + s, 3)])


def ssn_invalid_value():
    mode = pick(["000", "666", "9xx", "g00", "s0000"])
    a, g, s = ssn_parts()
    if mode == "000":
        a = "000"
    elif mode == "666":
        a = "666"
    elif mode == "9xx":
        a = str(R.randint(900, 999))
    elif mode == "g00":
        g = "00"
    else:
        s = "0000"
    return wpick([(a + "-" + g + "-" + s, 7), (a + " " + g + " " + s, 3)])


# ---------------------------------------------------------------------------
# phones
# ---------------------------------------------------------------------------
# Each generator returns dict(nat=[national spellings], intl=[spellings with "+"])
# for one concrete number.  Free-phone numbers have no intl spellings.

US_AREAS = ["212", "646", "718", "917", "312", "773", "415", "510", "213", "310", "305",
            "786", "404", "617", "206", "512", "702", "303", "214", "602", "919", "704",
            "615", "503", "612", "313", "215", "412", "571", "202"]
CA_EN_AREAS = ["416", "647", "437", "604", "778", "613", "403", "587", "780", "902", "905",
               "204", "306"]
QC_AREAS = ["514", "438", "450", "418", "581", "819", "873", "367"]
TOLLFREE = ["800", "888", "877", "866", "855", "844", "833"]


def nanp(areas, kind, quebec=False):
    if kind == "free":
        a = pick(TOLLFREE)
    else:
        a = pick(areas)
    while True:
        e = str(R.randint(2, 9)) + rd(2)
        if e[1:] != "11":
            break
    line = rd(4)
    if kind != "free" and R.random() < 0.2:
        e, line = "555", "01" + rd(2)
    if kind == "free":
        if quebec:
            nat = ["1 %s %s-%s" % (a, e, line), "1-%s-%s-%s" % (a, e, line),
                   "%s %s-%s" % (a, e, line)]
        else:
            nat = ["1-%s-%s-%s" % (a, e, line), "%s-%s-%s" % (a, e, line),
                   "1 (%s) %s-%s" % (a, e, line), "(%s) %s-%s" % (a, e, line),
                   "1.%s.%s.%s" % (a, e, line)]
        return dict(nat=nat, intl=[])
    if quebec:
        nat = ["%s %s-%s" % (a, e, line), "(%s) %s-%s" % (a, e, line),
               "%s-%s-%s" % (a, e, line), "1 %s %s-%s" % (a, e, line)]
    else:
        nat = ["(%s) %s-%s" % (a, e, line), "%s-%s-%s" % (a, e, line),
               "%s.%s.%s" % (a, e, line), "%s %s %s" % (a, e, line), a + e + line,
               "1-%s-%s-%s" % (a, e, line), "1 (%s) %s-%s" % (a, e, line),
               "(%s)%s-%s" % (a, e, line)]
    intl = ["+1 %s %s %s" % (a, e, line), "+1-%s-%s-%s" % (a, e, line),
            "+1 (%s) %s-%s" % (a, e, line), "+1" + a + e + line, "+1 %s-%s-%s" % (a, e, line)]
    return dict(nat=nat, intl=intl)


def gb(kind):
    if kind == "mobile":
        p = "07" + pick("45789") + rd(2)
        r = rd(6)
        nat = ["%s %s" % (p, r), p + r, "%s %s %s" % (p, r[:3], r[3:])]
        g = [p[1:], r]
        intl = ["+44 %s %s" % tuple(g), "+44 (0)%s %s" % tuple(g), "+44" + "".join(g),
                "+44 %s %s %s" % (p[1:], r[:3], r[3:])]
        return dict(nat=nat, intl=intl)
    if kind == "free":
        p = pick(["0800", "0808", "0345", "0330", "0370", "0300"])
        r = rd(7)
        return dict(nat=["%s %s %s" % (p, r[:3], r[3:]), p + r, "%s %s" % (p, r)], intl=[])
    t = R.random()
    if t < 0.4:
        s = pick("378") + rd(7)
        nat = ["020 %s %s" % (s[:4], s[4:]), "(020) %s %s" % (s[:4], s[4:]),
               "0207 %s %s" % (s[1:4], s[4:]) if s[0] == "7" else "020 %s %s" % (s[:4], s[4:]),
               "020" + s]
        intl = ["+44 20 %s %s" % (s[:4], s[4:]), "+44 (0)20 %s %s" % (s[:4], s[4:]),
                "+4420" + s]
    elif t < 0.75:
        a = pick(["0113", "0114", "0115", "0116", "0117", "0118", "0121", "0131", "0141",
                  "0151", "0161", "0191"])
        s = pick("2345789") + rd(6)
        nat = ["%s %s %s" % (a, s[:3], s[3:]), "(%s) %s %s" % (a, s[:3], s[3:]), a + s,
               "%s %s" % (a, s)]
        intl = ["+44 %s %s %s" % (a[1:], s[:3], s[3:]), "+44 (0)%s %s %s" % (a[1:], s[:3], s[3:])]
    else:
        a = pick(["01632", "01223", "01865", "01524", "01392", "01273", "01904"])
        s = pick("2345789") + rd(5)
        nat = ["%s %s" % (a, s), "(%s) %s" % (a, s), a + s, "%s %s %s" % (a, s[:3], s[3:])]
        intl = ["+44 %s %s" % (a[1:], s), "+44 (0)%s %s" % (a[1:], s)]
    return dict(nat=nat, intl=intl)


def ie(kind):
    if kind == "mobile":
        p = "08" + pick("35679")
        s = rdn(7)
        nat = ["%s %s %s" % (p, s[:3], s[3:]), p + s, "%s-%s-%s" % (p, s[:3], s[3:]),
               "(%s) %s %s" % (p, s[:3], s[3:])]
        intl = ["+353 %s %s %s" % (p[1:], s[:3], s[3:]), "+353 (0)%s %s %s" % (p[1:], s[:3], s[3:]),
                "+353" + p[1:] + s]
        return dict(nat=nat, intl=intl)
    if kind == "free":
        s = rd(6)
        return dict(nat=["1800 %s %s" % (s[:3], s[3:]), "1800 " + s, "1850 %s %s" % (s[:3], s[3:])],
                    intl=[])
    if R.random() < 0.5:
        s = pick("2345689") + rd(6)
        nat = ["01 %s %s" % (s[:3], s[3:]), "(01) %s %s" % (s[:3], s[3:]), "01" + s]
        intl = ["+353 1 %s %s" % (s[:3], s[3:]), "+353 (0)1 %s %s" % (s[:3], s[3:])]
    else:
        a = pick(["021", "061", "051", "066", "071", "074"])
        s = pick("2345689") + rd(6)
        nat = ["%s %s %s" % (a, s[:3], s[3:]), "(%s) %s %s" % (a, s[:3], s[3:])]
        intl = ["+353 %s %s %s" % (a[1:], s[:3], s[3:])]
    return dict(nat=nat, intl=intl)


def au(kind):
    if kind == "mobile":
        p = "04" + rd(2)
        s = rd(6)
        nat = ["%s %s %s" % (p, s[:3], s[3:]), p + s, "%s %s" % (p, s)]
        intl = ["+61 %s %s %s" % (p[1:], s[:3], s[3:]), "+61" + p[1:] + s,
                "+61 %s %s %s" % (p[1], p[2:] + s[:2], s[2:])]
        return dict(nat=nat, intl=intl)
    if kind == "free":
        p = pick(["1300", "1800"])
        s = rd(6)
        return dict(nat=["%s %s %s" % (p, s[:3], s[3:]), p + s], intl=[])
    a = pick("2378")
    s = pick("456789") + rd(7)
    nat = ["(0%s) %s %s" % (a, s[:4], s[4:]), "0%s %s %s" % (a, s[:4], s[4:]), "0" + a + s]
    intl = ["+61 %s %s %s" % (a, s[:4], s[4:]), "+61 (0)%s %s %s" % (a, s[:4], s[4:])]
    return dict(nat=nat, intl=intl)


def es(kind):
    if kind == "free":
        s = rd(6)
        return dict(nat=["900 %s %s" % (s[:3], s[3:]), "900 %s %s %s" % (s[:2], s[2:4], s[4:]),
                         "900" + s], intl=[])
    if kind == "mobile":
        n = pick(["6" + rd(2), "7" + pick("1234") + rd(1)]) + rd(6)
    else:
        if R.random() < 0.5:
            n = pick(["91", "93"]) + pick("2345") + rd(6)
        else:
            n = pick(["954", "963", "944", "985", "976", "928", "971", "968", "958", "983",
                      "981", "965"]) + rd(6)
    three = "%s %s %s" % (n[:3], n[3:6], n[6:])
    if n[:2] in ("91", "93"):
        pairs = "%s %s %s %s" % (n[:2], n[2:5], n[5:7], n[7:])
    else:
        pairs = "%s %s %s %s" % (n[:3], n[3:5], n[5:7], n[7:])
    nat = [three, three, pairs, n, "%s-%s-%s" % (n[:3], n[3:6], n[6:]),
           "%s.%s.%s" % (n[:3], n[3:6], n[6:])]
    intl = ["+34 " + three, "+34 " + pairs, "+34" + n, "(+34) " + three, "+34 " + n]
    return dict(nat=nat, intl=intl)


def mx(kind):
    if kind == "free":
        s = rd(7)
        return dict(nat=["800 %s %s" % (s[:3], s[3:]), "01 800 %s %s" % (s[:3], s[3:]),
                         "800-%s-%s" % (s[:3], s[3:]), "01-800-%s-%s" % (s[:3], s[3:])], intl=[])
    if R.random() < 0.6:
        a = pick(["55", "33", "81"])
        s = pick("123456789") + rd(7)
        nat = ["%s %s %s" % (a, s[:4], s[4:]), "%s-%s-%s" % (a, s[:4], s[4:]),
               "(%s) %s %s" % (a, s[:4], s[4:]), a + s, "%s %s-%s" % (a, s[:4], s[4:])]
        g = "%s %s %s" % (a, s[:4], s[4:])
    else:
        a = pick(["222", "442", "477", "614", "664", "686", "998", "999", "229", "871", "744"])
        s = pick("123456789") + rd(6)
        nat = ["%s %s %s" % (a, s[:3], s[3:]), "(%s) %s %s" % (a, s[:3], s[3:]),
               "%s-%s-%s" % (a, s[:3], s[3:]), a + s, "(%s) %s-%s" % (a, s[:3], s[3:])]
        g = "%s %s %s" % (a, s[:3], s[3:])
    intl = ["+52 " + g, "+52" + only_digits(g)]
    if kind == "mobile":
        intl.append("+52 1 " + g)
    return dict(nat=nat, intl=intl)


def ar(kind):
    if kind == "free":
        s = rd(7)
        p = pick(["0800", "0800", "0810"])
        return dict(nat=["%s-%s-%s" % (p, s[:3], s[3:]), "%s %s %s" % (p, s[:3], s[3:]),
                         "%s %s-%s" % (p, s[:3], s[3:])], intl=[])
    ba = R.random() < 0.65
    if ba:
        if kind == "mobile":
            s = pick("2356") + rd(7)
            nat = ["11 %s-%s" % (s[:4], s[4:]), "(011) 15-%s-%s" % (s[:4], s[4:]),
                   "011 15 %s-%s" % (s[:4], s[4:]), "15-%s-%s" % (s[:4], s[4:]), "11" + s,
                   "11-%s-%s" % (s[:4], s[4:])]
            intl = ["+54 9 11 %s-%s" % (s[:4], s[4:]), "+54 9 11 %s %s" % (s[:4], s[4:]),
                    "+54911" + s]
        else:
            s = pick("45") + rd(7)
            nat = ["011 %s-%s" % (s[:4], s[4:]), "(011) %s-%s" % (s[:4], s[4:]),
                   "11 %s-%s" % (s[:4], s[4:]), "%s-%s" % (s[:4], s[4:]), "011-%s-%s" % (s[:4], s[4:]),
                   "011" + s]
            intl = ["+54 11 %s-%s" % (s[:4], s[4:]), "+54 11 %s %s" % (s[:4], s[4:])]
    else:
        a = pick(["351", "341", "261", "221", "381", "223"])
        s = pick("4568") + rd(6)
        if kind == "mobile":
            nat = ["(0%s) 15-%s-%s" % (a, s[:3], s[3:]), "%s %s-%s" % (a, s[:3], s[3:]),
                   "0%s 15 %s-%s" % (a, s[:3], s[3:])]
            intl = ["+54 9 %s %s-%s" % (a, s[:3], s[3:]), "+549" + a + s]
        else:
            nat = ["0%s %s-%s" % (a, s[:3], s[3:]), "(0%s) %s-%s" % (a, s[:3], s[3:]),
                   "0%s-%s-%s" % (a, s[:3], s[3:]), "%s %s-%s" % (a, s[:3], s[3:])]
            intl = ["+54 %s %s-%s" % (a, s[:3], s[3:])]
    return dict(nat=nat, intl=intl)


NBSP = "\u00a0"


def fr(kind):
    if kind == "free":
        s = rd(6)
        return dict(nat=["0 800 %s %s %s" % (s[:2], s[2:4], s[4:]),
                         "0800 %s %s %s" % (s[:2], s[2:4], s[4:]),
                         "08 00 %s %s %s" % (s[:2], s[2:4], s[4:]), "0 805 %s %s %s" % (s[:2], s[2:4], s[4:])],
                    intl=[])
    if kind == "mobile":
        n = "0" + pick("67") + rd(8)
    else:
        n = "0" + pick("123459") + rd(8)
    pairs = [n[i:i + 2] for i in range(0, 10, 2)]
    nat = [" ".join(pairs), " ".join(pairs), ".".join(pairs), "-".join(pairs), n,
           NBSP.join(pairs)]
    tail = " ".join(pairs[1:])
    intl = ["+33 %s %s" % (n[1], tail), "+33 (0)%s %s" % (n[1], tail), "+33" + n[1:],
            "+33 %s%s" % (n[1], ".".join([""] + pairs[1:]))]
    return dict(nat=nat, intl=intl)


def be(kind):
    if kind == "free":
        s = rd(5)
        return dict(nat=["0800 %s %s" % (s[:2], s[2:]), "0800/%s.%s" % (s[:2], s[2:]),
                         "0800 " + s], intl=[])
    if kind == "mobile":
        p = "04" + pick("6789") + rd(1)
        s = rd(6)
        nat = ["%s %s %s %s" % (p, s[:2], s[2:4], s[4:]), "%s/%s.%s.%s" % (p, s[:2], s[2:4], s[4:]),
               "%s/%s %s %s" % (p, s[:2], s[2:4], s[4:]), p + s, "%s %s %s" % (p, s[:3], s[3:])]
        intl = ["+32 %s %s %s %s" % (p[1:], s[:2], s[2:4], s[4:]), "+32" + p[1:] + s,
                "+32 (0)%s %s %s %s" % (p[1:], s[:2], s[2:4], s[4:])]
        return dict(nat=nat, intl=intl)
    if R.random() < 0.55:
        z = pick("2349")
        s = pick("2345678") + rd(6)
        nat = ["0%s %s %s %s" % (z, s[:3], s[3:5], s[5:]), "0%s/%s.%s.%s" % (z, s[:3], s[3:5], s[5:]),
               "0%s/%s %s %s" % (z, s[:3], s[3:5], s[5:]), "0" + z + s]
        intl = ["+32 %s %s %s %s" % (z, s[:3], s[3:5], s[5:]), "+32" + z + s]
    else:
        z = pick(["10", "15", "16", "50", "71", "81", "87", "11", "13", "65"])
        s = pick("2345678") + rd(5)
        nat = ["0%s %s %s %s" % (z, s[:2], s[2:4], s[4:]), "0%s/%s.%s.%s" % (z, s[:2], s[2:4], s[4:]),
               "0" + z + s]
        intl = ["+32 %s %s %s %s" % (z, s[:2], s[2:4], s[4:])]
    return dict(nat=nat, intl=intl)


def ch(kind):
    if kind == "free":
        p = pick(["0800", "0848", "0844"])
        s = rd(6)
        return dict(nat=["%s %s %s" % (p, s[:3], s[3:]), p + s], intl=[])
    if kind == "mobile":
        a = pick(["76", "77", "78", "79", "75"])
    else:
        a = pick(["44", "43", "22", "21", "31", "61", "41", "71", "52", "91", "26", "27"])
    s = pick("2345678") + rd(6)
    g = "%s %s %s" % (s[:3], s[3:5], s[5:])
    nat = ["0%s %s" % (a, g), "0%s %s" % (a, g), "0" + a + s, "0%s/%s" % (a, g),
           "0%s.%s.%s.%s" % (a, s[:3], s[3:5], s[5:])]
    intl = ["+41 %s %s" % (a, g), "+41 (0)%s %s" % (a, g), "+41" + a + s]
    return dict(nat=nat, intl=intl)


DE_MOB8 = ["0151", "0152", "0157", "0159", "0176"]
DE_MOB7 = ["0160", "0162", "0163", "0170", "0171", "0172", "0173", "0174", "0175", "0177",
           "0178", "0179"]
DE_AREAS = ["030", "040", "089", "069", "0221", "0211", "0711", "0341", "0351", "0511",
            "0621", "0761", "0911", "0228", "02841", "06221", "07531", "08031", "04321",
            "03581", "0231", "0201"]


def de(kind):
    if kind == "free":
        s = rd(7)
        return dict(nat=["0800 %s" % s, "0800 %s %s" % (s[:3], s[3:]), "0800-" + s,
                         "0800 / %s" % s], intl=[])
    if kind == "mobile":
        if R.random() < 0.4:
            p, s = pick(DE_MOB8), rd(8)
        else:
            p, s = pick(DE_MOB7), rdn(7)
        grp = "%s %s %s" % (s[:3], s[3:5], s[5:]) if len(s) == 7 else "%s %s" % (s[:4], s[4:])
        nat = ["%s %s" % (p, s), "%s/%s" % (p, s), "%s-%s" % (p, s), "(%s) %s" % (p, s), p + s,
               "%s %s" % (p, grp), "%s / %s" % (p, s)]
        intl = ["+49 %s %s" % (p[1:], s), "+49 (0)%s %s" % (p[1:], s), "+49" + p[1:] + s,
                "+49 %s %s" % (p[1:], grp)]
        return dict(nat=nat, intl=intl)
    a = pick(DE_AREAS)
    sublen = {3: pick([7, 8]), 4: pick([6, 7]), 5: pick([5, 6])}[len(a)]
    s = rdn(sublen)
    if R.random() < 0.18:
        base = s[:-2] if len(s) > 6 else s[:-1]
        ext = pick(["0", rd(2), rd(3), rd(2)])
        num = "%s-%s" % (base, ext)
        nat = ["%s %s" % (a, num), "(%s) %s" % (a, num), "%s/%s" % (a, num)]
        intl = ["+49 %s %s" % (a[1:], num), "+49 (0)%s %s" % (a[1:], num)]
        return dict(nat=nat, intl=intl)
    nat = ["%s %s" % (a, s), "%s/%s" % (a, s), "(%s) %s" % (a, s), "%s-%s" % (a, s), a + s,
           "%s / %s" % (a, s), "%s %s %s" % (a, s[:3], s[3:])]
    intl = ["+49 %s %s" % (a[1:], s), "+49 (0)%s %s" % (a[1:], s), "+49" + a[1:] + s]
    return dict(nat=nat, intl=intl)


def at(kind):
    if kind == "free":
        s = rd(6)
        return dict(nat=["0800 %s %s" % (s[:3], s[3:]), "0800/%s" % s], intl=[])
    if kind == "mobile":
        p = pick(["0650", "0660", "0664", "0676", "0677", "0680", "0681", "0688", "0699"])
        s = rdn(7)
        nat = ["%s %s" % (p, s), "%s/%s" % (p, s), "%s %s %s %s" % (p, s[:3], s[3:5], s[5:]),
               "%s %s %s" % (p, s[:3], s[3:]), p + s]
        intl = ["+43 %s %s" % (p[1:], s), "+43 %s %s %s %s" % (p[1:], s[:3], s[3:5], s[5:]),
                "+43 (0)%s %s" % (p[1:], s), "+43" + p[1:] + s]
        return dict(nat=nat, intl=intl)
    if R.random() < 0.5:
        s = pick("2345678") + rd(6)
        if R.random() < 0.2:
            s2 = s[:5] + "-" + rd(3)
            return dict(nat=["01 " + s2, "01/" + s2], intl=["+43 1 " + s2])
        nat = ["01 %s %s %s" % (s[:3], s[3:5], s[5:]), "01/%s" % s, "(01) %s" % s, "01 " + s]
        intl = ["+43 1 %s" % s, "+43 1 %s %s %s" % (s[:3], s[3:5], s[5:]), "+43 (0)1 %s" % s]
    else:
        a = pick(["0316", "0732", "0662", "0512", "0463", "02236", "02742"])
        s = pick("2345678") + rd(5 if len(a) == 4 else 4)
        nat = ["%s %s" % (a, s), "%s/%s" % (a, s), "%s %s %s %s" % (a, s[:2], s[2:4], s[4:])]
        intl = ["+43 %s %s" % (a[1:], s)]
    return dict(nat=nat, intl=intl)


JP_AREA3 = ["045", "052", "011", "092", "075", "078", "022", "082", "048", "043", "025", "086"]
JP_AREA4 = ["0466", "0798", "0248", "0823", "0977", "0276", "0538"]


def jp(kind):
    if kind == "free":
        t = R.random()
        if t < 0.6:
            s = rd(6)
            return dict(nat=["0120-%s-%s" % (s[:3], s[3:]), "0120-%s-%s" % (s[:2], s[2:]),
                             "0120%s" % s, "0120 %s %s" % (s[:3], s[3:])], intl=[])
        if t < 0.8:
            s = rd(7)
            return dict(nat=["0800-%s-%s" % (s[:3], s[3:])], intl=[])
        s = rd(6)
        return dict(nat=["0570-%s-%s" % (s[:3], s[3:])], intl=[])
    if kind == "mobile":
        p = pick(["090", "080", "070", "090", "080", "050"])
        s = rdn(8)
        a, b = s[:4], s[4:]
        nat = ["%s-%s-%s" % (p, a, b), "%s-%s-%s" % (p, a, b), p + s, "%s %s %s" % (p, a, b),
               "%s(%s)%s" % (p, a, b)]
        intl = ["+81 %s-%s-%s" % (p[1:], a, b), "+81-%s-%s-%s" % (p[1:], a, b),
                "+81 %s %s %s" % (p[1:], a, b), "+81" + p[1:] + s]
        return dict(nat=nat, intl=intl)
    t = R.random()
    if t < 0.4:
        p = pick(["03", "06"])
        s = pick("2345678") + rd(7)
        a, b = s[:4], s[4:]
    elif t < 0.8:
        p = pick(JP_AREA3)
        s = pick("2345678") + rd(6)
        a, b = s[:3], s[3:]
    else:
        p = pick(JP_AREA4)
        s = pick("2345678") + rd(5)
        a, b = s[:2], s[2:]
    nat = ["%s-%s-%s" % (p, a, b), "%s-%s-%s" % (p, a, b), "%s(%s)%s" % (p, a, b),
           "(%s)%s-%s" % (p, a, b), p + s, "%s %s %s" % (p, a, b)]
    intl = ["+81 %s-%s-%s" % (p[1:], a, b), "+81-%s-%s-%s" % (p[1:], a, b),
            "+81 %s %s %s" % (p[1:], a, b)]
    return dict(nat=nat, intl=intl)


def it_(kind):
    if kind == "mobile":
        s = "3" + pick("2345689") + rd(1) + rd(7)
        return dict(nat=[], intl=["+39 %s %s %s" % (s[:3], s[3:6], s[6:]), "+39 %s %s" % (s[:3], s[3:])])
    s = rd(8)
    return dict(nat=[], intl=["+39 06 %s %s" % (s[:4], s[4:]), "+39 02 %s %s" % (s[:4], s[4:])])


def nl(kind):
    if kind == "mobile":
        s = rd(8)
        return dict(nat=[], intl=["+31 6 %s" % s, "+31 6 %s %s" % (s[:4], s[4:])])
    s = rd(7)
    return dict(nat=[], intl=["+31 20 %s %s" % (s[:3], s[3:]), "+31 10 %s %s" % (s[:3], s[3:])])


def kr(kind):
    return dict(nat=[], intl=["+82 10-%s-%s" % (rd(4), rd(4)), "+82 2-%s-%s" % (rdn(4), rd(4))])


def cn(kind):
    return dict(nat=[], intl=["+86 13%s %s %s" % (rd(1), rd(4), rd(4)),
                              "+86 10 %s %s" % (rdn(4), rd(4))])


def us_(kind):
    return nanp(US_AREAS, kind)


def ca_en(kind):
    return nanp(CA_EN_AREAS, kind)


def ca_fr(kind):
    return nanp(QC_AREAS, kind, quebec=True)


PHONE_GEN = {"US": us_, "CA": ca_en, "QC": ca_fr, "GB": gb, "IE": ie, "AU": au, "ES": es,
             "MX": mx, "AR": ar, "FR": fr, "BE": be, "CH": ch, "DE": de, "AT": at, "JP": jp,
             "IT": it_, "NL": nl, "KR": kr, "CN": cn}

# countries per language (weights); "QC" is French-speaking Canada
HOME = {
    "en": [("US", 4), ("CA", 1), ("GB", 3), ("IE", 1), ("AU", 2)],
    "es": [("ES", 5), ("MX", 3), ("AR", 2)],
    "fr": [("FR", 5), ("BE", 2), ("CH", 1), ("QC", 2)],
    "de": [("DE", 6), ("AT", 2), ("CH", 2)],
    "ja": [("JP", 1)],
}

# how people of each country dial abroad (international prefix)
INTL_PREFIX = {"US": ["011 "], "CA": ["011 "], "QC": ["011 "], "AU": ["0011 "],
               "JP": ["010-"], "GB": ["00 ", "00"], "IE": ["00 ", "00"], "ES": ["00 ", "00"],
               "MX": ["00 "], "AR": ["00 "], "FR": ["00 ", "00"], "BE": ["00 ", "00"],
               "CH": ["00 ", "00"], "DE": ["00", "00 "], "AT": ["00", "00 "]}

FOREIGN = {
    "en": ["US", "GB", "DE", "FR", "ES", "IT", "NL", "JP", "AU", "IE", "CN"],
    "es": ["US", "GB", "DE", "FR", "ES", "MX", "AR", "IT", "NL"],
    "fr": ["GB", "DE", "ES", "IT", "BE", "CH", "US", "NL", "FR"],
    "de": ["GB", "FR", "ES", "IT", "NL", "AT", "CH", "US", "DE"],
    "ja": ["US", "GB", "KR", "CN", "DE", "FR", "AU"],
}


def phone_of(country, kind):
    if kind == "free":
        country = {"IT": "US", "NL": "US", "KR": "US", "CN": "US"}.get(country, country)
    return PHONE_GEN[country](kind)


def home_phone(country, kind, mode):
    """mode: nat | e164 | 00"""
    p = phone_of(country, kind)
    if kind == "free" or mode == "nat" or not p["intl"]:
        return pick(p["nat"])
    s = pick(p["intl"])
    if mode == "00":
        if not s.startswith("+"):
            return s
        if country == "JP":
            return s  # Japanese numbers are not written with a 00 prefix
        pre = pick(INTL_PREFIX.get(country, ["00 "]))
        if pre in ("011 ", "0011 "):
            return s
        if " " not in s:
            pre = pre.strip()
        return pre + s[1:]
    return s


def foreign_phone(lang, home):
    cands = [c for c in FOREIGN[lang] if c != home and not (home == "QC" and c == "US")]
    fc = pick(cands)
    kind = pick(["mobile", "land"])
    p = phone_of(fc, kind)
    intl = [s for s in p["intl"] if "(0)" not in s and s.startswith("+")]
    s = pick(intl)
    if R.random() < 0.45:
        return s
    pre = pick(INTL_PREFIX[home])
    rest = s[1:]
    if " " not in rest and pre == "00 ":
        pre = "00"
    if pre == "010-":
        rest = rest.replace(" ", "-")
        if "-" not in rest[:4]:
            return s
    return pre + rest


# ---------------------------------------------------------------------------
# e-mail
# ---------------------------------------------------------------------------

NAMES = {
    "en": [("sarah", "mitchell"), ("james", "o'brien"), ("priya", "patel"), ("tom", "hughes"),
           ("megan", "walsh"), ("liam", "murphy"), ("chloe", "nguyen"), ("daniel", "brooks"),
           ("aisha", "khan"), ("ryan", "cooper"), ("olivia", "bennett"), ("jack", "taylor")],
    "es": [("maria", "lopez"), ("javier", "garcia"), ("lucia", "fernandez"), ("carlos", "ruiz"),
           ("ana", "martinez"), ("diego", "hernandez"), ("sofia", "ramirez"), ("pablo", "sanchez"),
           ("valentina", "gomez"), ("alejandro", "torres")],
    "fr": [("claire", "dubois"), ("julien", "moreau"), ("camille", "lefebvre"), ("nicolas", "girard"),
           ("manon", "roux"), ("thomas", "lambert"), ("lea", "fontaine"), ("hugo", "mercier"),
           ("sophie", "tremblay"), ("antoine", "gagnon")],
    "de": [("julia", "schneider"), ("markus", "weber"), ("anna", "mueller"), ("stefan", "hoffmann"),
           ("lena", "fischer"), ("tobias", "wagner"), ("katrin", "becker"), ("florian", "huber"),
           ("sabine", "gruber"), ("lukas", "meier")],
    "ja": [("hiroshi", "tanaka"), ("yuki", "suzuki"), ("kenji", "sato"), ("aiko", "takahashi"),
           ("takuya", "watanabe"), ("mei", "ito"), ("sho", "yamamoto"), ("haruka", "nakamura")],
}

DOMAINS = {
    "en": ["gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com", "icloud.com",
           "hotmail.co.uk", "bigpond.com", "eircom.net", "comcast.net", "sympatico.ca",
           "mail.harbourview-dental.co.uk", "accounts.northstar-logistics.com",
           "finance.brightline-energy.com.au", "sales.kelly-and-sons.ie"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net", "outlook.es", "prodigy.net.mx",
           "yahoo.com.mx", "fibertel.com.ar", "correo.grupo-ortega.com.mx",
           "facturacion.talleres-ruiz.es", "admin.estudio-gomez.com.ar"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr", "wanadoo.fr",
           "skynet.be", "bluewin.ch", "videotron.ca", "compta.boulangerie-girard.fr",
           "contact.cabinet-lambert.be", "admin.garage-tremblay.qc.ca"],
    "de": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "aon.at", "bluewin.ch",
           "gmx.at", "buchhaltung.schreinerei-weber.de", "service.praxis-huber.at",
           "mail.kanzlei-fischer.ch"],
    "ja": ["docomo.ne.jp", "ezweb.ne.jp", "softbank.ne.jp", "gmail.com", "yahoo.co.jp",
           "icloud.com", "keiri.sample-shoji.co.jp", "support.yamada-kogyo.co.jp",
           "mail.tokyo-clinic.or.jp"],
}

TAGS = {"en": ["invoices", "billing", "orders", "telco", "shop", "2024", "returns"],
        "es": ["facturas", "pedidos", "movil", "compras", "2024"],
        "fr": ["factures", "commandes", "box", "achats", "2024"],
        "de": ["rechnungen", "bestellungen", "handy", "shop", "2024"],
        "ja": ["shop", "billing", "mobile", "2024", "order"]}


def email_value(lang):
    f, l = pick(NAMES[lang])
    l = l.replace("'", "")
    style = R.randint(0, 8)
    if style == 0:
        local = f + "." + l
    elif style == 1:
        local = f[0] + "." + l
    elif style == 2:
        local = f + "." + l + "+" + pick(TAGS[lang])
    elif style == 3:
        local = l + "-" + f
    elif style == 4:
        local = f + l + rd(2)
    elif style == 5:
        local = f.capitalize() + "." + l.capitalize()
    elif style == 6:
        local = f + "_" + l + rd(4)
    elif style == 7:
        local = pick({"en": ["info", "office", "accounts"], "es": ["contacto", "info", "administracion"],
                      "fr": ["contact", "facturation", "info"], "de": ["kontakt", "info", "buchhaltung"],
                      "ja": ["info", "keiri", "soumu"]}[lang])
    else:
        local = f[0] + l + "+" + pick(TAGS[lang])
    dom = pick(DOMAINS[lang])
    if style == 5 and R.random() < 0.5:
        dom = dom.upper()
    if style == 7 and dom.count(".") < 2:
        dom = pick([d for d in DOMAINS[lang] if d.count(".") >= 2])
    return local + "@" + dom


# ---------------------------------------------------------------------------
# decoys
# ---------------------------------------------------------------------------

ID_KINDS = ["order", "reference", "case", "ticket", "tracking", "invoice", "account", "member",
            "policy"]
OTHER_KINDS = ["date", "time", "amount", "percentage", "postcode", "quantity", "uuid", "version",
               "card_invalid", "iban_invalid", "ssn_invalid", "otp", "ean", "serial", "meter"]
ALL_KINDS = ID_KINDS + OTHER_KINDS

GROUPINGS = {
    9: [[3, 3, 3], [4, 5], [5, 4], [2, 3, 4], [3, 6], [1, 4, 4]],
    10: [[4, 3, 3], [3, 3, 4], [4, 4, 2], [2, 4, 4], [5, 5], [3, 3, 2, 2], [2, 2, 2, 2, 2],
         [3, 7], [4, 6]],
    11: [[4, 4, 3], [3, 4, 4], [5, 6], [4, 7], [3, 3, 3, 2], [2, 3, 3, 3]],
    12: [[4, 4, 4], [3, 3, 3, 3], [6, 6], [4, 8], [2, 4, 6], [3, 4, 5], [4, 3, 3, 2]],
}


def group_digits(s, sizes, sep):
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k])
        i += k
    return sep.join(out)


def id_value(lang, kind):
    n = pick([9, 10, 10, 11, 12, 12])
    if kind == "tracking":
        n = pick([10, 12, 12, 11])
    first = "0" if R.random() < 0.2 else pick("123456789")
    s = first + rd(n - 1)
    if n >= 10 and R.random() < 0.12 and kind in ("invoice", "order", "case", "ticket"):
        s = "202" + pick("3456") + rd(n - 4)
    sep = wpick([("", 45), (" ", 25), ("-", 22), (".", 4), ("/", 4)])
    if sep:
        if s.startswith("202") and R.random() < 0.5:
            out = s[:4] + sep + s[4:]
        else:
            out = group_digits(s, pick(GROUPINGS[n]), sep)
    else:
        out = s
    if lang == "ja" and R.random() < 0.1:
        out = fullwidth(out)
    return out


def phone_shaped_id(lang, country):
    """a 9-12 digit number spelled exactly like a national phone number of the country"""
    for _ in range(200):
        p = phone_of(country, pick(["mobile", "land"]))
        s = pick(p["nat"])
        d = only_digits(s)
        if 9 <= len(d) <= 12 and not s.startswith("(") and not s.startswith("+") and " 15" not in s:
            return s
    raise AssertionError(country)


MONTH_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"]
MES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
       "octubre", "noviembre", "diciembre"]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre"]
MONAT = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
         "Oktober", "November", "Dezember"]


def seg(text, label=None):
    return [(text, label)]


def date_segs(lang, c):
    y, m, d = R.randint(2022, 2026), R.randint(1, 12), R.randint(1, 28)
    if lang == "en":
        if c == "US":
            v = pick(["%d/%d/%d" % (m, d, y), "%02d/%02d/%d" % (m, d, y),
                      "%s %d, %d" % (MONTH_EN[m - 1], d, y), "%02d-%02d-%d" % (m, d, y)])
        elif c == "CA":
            v = pick(["%d-%02d-%02d" % (y, m, d), "%s %d, %d" % (MONTH_EN[m - 1], d, y)])
        else:
            v = pick(["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, MONTH_EN[m - 1], y),
                      "%d/%d/%02d" % (d, m, y % 100), "%02d.%02d.%d" % (d, m, y)])
    elif lang == "es":
        v = pick(["%02d/%02d/%d" % (d, m, y), "%d/%d/%d" % (d, m, y),
                  "%d de %s de %d" % (d, MES[m - 1], y), "%02d-%02d-%d" % (d, m, y)])
    elif lang == "fr":
        if c == "QC":
            v = pick(["%d-%02d-%02d" % (y, m, d), "%d %s %d" % (d, MOIS[m - 1], y)])
        elif c == "CH":
            v = pick(["%02d.%02d.%d" % (d, m, y), "%d %s %d" % (d, MOIS[m - 1], y)])
        else:
            v = pick(["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, MOIS[m - 1], y),
                      "%02d/%02d/%02d" % (d, m, y % 100)])
    elif lang == "de":
        v = pick(["%02d.%02d.%d" % (d, m, y), "%d.%d.%02d" % (d, m, y % 100),
                  "%d. %s %d" % (d, MONAT[m - 1], y), "%d-%02d-%02d" % (y, m, d)])
    else:
        v = pick(["%d年%d月%d日" % (y, m, d), "%d/%02d/%02d" % (y, m, d),
                  "令和%d年%d月%d日" % (y - 2018, m, d), "%d月%d日" % (m, d)])
    return seg(v, "decoy:date")


def time_segs(lang, c):
    h, mi = R.randint(7, 20), pick([0, 15, 30, 45, 10, 20, 40, 5])
    if lang == "en":
        if c in ("US", "CA", "AU"):
            h12 = h - 12 if h > 12 else h
            return seg(pick(["%d:%02d %s" % (h12, mi, "pm" if h >= 12 else "am"),
                             "%d:%02d%s" % (h12, mi, "pm" if h >= 12 else "am"),
                             "%02d:%02d" % (h, mi)]), "decoy:time")
        return seg(pick(["%02d:%02d" % (h, mi), "%d.%02d" % (h, mi)]), "decoy:time")
    if lang == "es":
        v = "%d:%02d" % (h, mi)
        if R.random() < 0.4:
            return [(v, "decoy:time"), (" h", None)]
        return seg(v, "decoy:time")
    if lang == "fr":
        return seg(pick(["%dh%02d" % (h, mi), "%d h %02d" % (h, mi), "%02d:%02d" % (h, mi)]),
                   "decoy:time")
    if lang == "de":
        v = pick(["%d:%02d" % (h, mi), "%d.%02d" % (h, mi)])
        return [(v, "decoy:time"), (" Uhr", None)]
    v = pick(["%d時%d分" % (h, mi) if mi else "%d時" % h, "%d:%02d" % (h, mi),
              "午後%d時" % (h - 12) if h > 12 else "午前%d時" % h])
    return seg(v, "decoy:time")


def thousands(n, sep):
    s = "%d" % n
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:])
        s = s[:-3]
    out.insert(0, s)
    return sep.join(out)


def money(lang_style, whole, cents):
    if lang_style == "en":
        return thousands(whole, ",") + ("" if cents is None else ".%02d" % cents)
    if lang_style == "eu":
        return thousands(whole, ".") + ("" if cents is None else ",%02d" % cents)
    if lang_style == "fr":
        return thousands(whole, pick([" ", "\u202f", " "])) + ("" if cents is None else ",%02d" % cents)
    if lang_style == "ch":
        return thousands(whole, pick(["'", "’"])) + ("" if cents is None else ".%02d" % cents)
    raise ValueError


def amount_segs(lang, c):
    whole = pick([R.randint(5, 99), R.randint(100, 999), R.randint(1000, 25000)])
    cents = pick([None, R.randint(0, 99), 99, 50])
    A = "decoy:amount"
    if c in ("US", "CA", "AU"):
        return [("$", None), (money("en", whole, cents), A)]
    if c == "GB":
        return [("£", None), (money("en", whole, cents), A)]
    if c == "IE":
        return [("€", None), (money("en", whole, cents), A)]
    if c in ("ES", "DE", "AT"):
        if R.random() < 0.25 and lang == "de":
            return [("EUR ", None), (money("eu", whole, cents), A)]
        return [(money("eu", whole, cents), A), (pick([" €", " €", " euros" if lang == "es" else " Euro"]), None)]
    if c == "MX":
        return [("$", None), (money("en", whole, cents), A), (pick([" MXN", " pesos", ""]), None)]
    if c == "AR":
        return [(pick(["$", "$ "]), None), (money("eu", whole, cents), A)]
    if c in ("FR", "BE"):
        return [(money("fr", whole, cents), A), (pick([" €", " euros"]), None)]
    if c == "QC":
        return [(money("fr", whole, cents), A), (" $", None)]
    if c == "CH":
        return [("CHF ", None), (money("ch", whole, cents), A)]
    # JP
    yen = pick([R.randint(3, 99) * 100, R.randint(1000, 99999), R.randint(100, 999) * 100])
    t = R.random()
    if t < 0.5:
        return [(thousands(yen, ","), A), ("円", None)]
    if t < 0.75:
        return [("¥", None), (thousands(yen, ","), A)]
    if t < 0.9 and yen >= 10000:
        return [("%d万%d" % (yen // 10000, yen % 10000) if yen % 10000 else "%d万" % (yen // 10000), A), ("円", None)]
    return [(fullwidth(str(yen)), A), ("円", None)]


def percent_segs(lang, c):
    v = pick([str(R.randint(5, 50)), str(R.randint(5, 50)), "%d.%d" % (R.randint(1, 20), R.randint(1, 9))])
    if lang in ("es", "fr", "de") and "." in v:
        v = v.replace(".", ",")
    if lang == "ja" and R.random() < 0.2:
        return [(fullwidth(v), "decoy:percentage"), ("％", None)]
    sign = {"en": "%", "es": pick(["%", " %"]), "fr": pick([" %", "\u202f%", "%"]),
            "de": pick([" %", "%", " Prozent"]), "ja": pick(["%", "％"])}[lang]
    return [(v, "decoy:percentage"), (sign, None)]


def postcode_segs(lang, c):
    P = "decoy:postcode"
    if c == "US":
        city = pick([("Austin, TX ", "787"), ("Denver, CO ", "802"), ("Brooklyn, NY ", "112"),
                     ("Columbus, OH ", "432"), ("Tampa, FL ", "336")])
        z = city[1] + rd(2)
        if R.random() < 0.4:
            z += "-" + rd(4)
        return [(city[0], None), (z, P)]
    if c == "CA":
        city = pick(["Toronto, ON ", "Ottawa, ON ", "Calgary, AB ", "Halifax, NS "])
        L = "ABCEGHJKLMNPRSTVXY"
        pc = pick("KLMT") + rd(1) + pick(L) + " " + rd(1) + pick(L) + rd(1)
        return [(city, None), (pc, P)]
    if c == "GB":
        pc = pick(["SW1A 2AA", "M1 1AE", "B33 8TH", "LS1 4DY", "EH1 1YZ", "CR2 6XH", "BS1 5TR",
                   "NE1 7RU", "G2 1DY", "CF10 1EP", "N1 9GU", "OX1 3PW"])
        return [(pick(["London ", "", "Manchester ", ""]), None), (pc, P)]
    if c == "IE":
        pc = pick(["D02 X285", "D04 C932", "T12 R2NC", "H91 E2K3", "V94 T9PX", "A94 F6X2"])
        return [(pick(["Co. Dublin, ", "", "Eircode "]), None), (pc, P)]
    if c == "AU":
        st, pc = pick([("Sydney NSW ", "2000"), ("Parramatta NSW ", "2150"), ("Melbourne VIC ", "3000"),
                       ("Fitzroy VIC ", "3065"), ("Brisbane QLD ", "4000"), ("Perth WA ", "6000")])
        return [(st, None), (pc, P)]
    if c == "ES":
        pc, city = pick([("28013", "Madrid"), ("08029", "Barcelona"), ("41004", "Sevilla"),
                         ("46002", "Valencia"), ("48001", "Bilbao"), ("29016", "Málaga")])
        return [(pc, P), (" " + city, None)]
    if c == "MX":
        pc, city = pick([("06600", "Ciudad de México"), ("44100", "Guadalajara"),
                         ("64000", "Monterrey"), ("72000", "Puebla")])
        return [("C.P. ", None), (pc, P), (", " + city, None)]
    if c == "AR":
        pc = pick(["C1043AAZ", "C1425BHE", "X5000JJK", "S2000BQA", "1425", "5000"])
        return [(pc, P), (pick([" CABA", " Córdoba", " Rosario"]), None)]
    if c == "FR":
        pc, city = pick([("75008", "Paris"), ("69003", "Lyon"), ("13001", "Marseille"),
                         ("31000", "Toulouse"), ("44000", "Nantes"), ("67000", "Strasbourg")])
        return [(pc, P), (" " + city, None)]
    if c == "BE":
        pc, city = pick([("1000", "Bruxelles"), ("4000", "Liège"), ("5000", "Namur"),
                         ("6000", "Charleroi"), ("1348", "Louvain-la-Neuve")])
        return [(pc, P), (" " + city, None)]
    if c == "CH":
        if lang == "fr":
            pc, city = pick([("1201", "Genève"), ("1003", "Lausanne"), ("2000", "Neuchâtel")])
        else:
            pc, city = pick([("8001", "Zürich"), ("3011", "Bern"), ("4051", "Basel"), ("6003", "Luzern")])
        return [(pc, P), (" " + city, None)]
    if c == "QC":
        city = pick(["Montréal (Québec) ", "Québec (Québec) ", "Laval (Québec) ", "Gatineau (Québec) "])
        L = "ABCEGHJKLMNPRSTVXY"
        pc = pick("HGJ") + rd(1) + pick(L) + " " + rd(1) + pick(L) + rd(1)
        return [(city, None), (pc, P)]
    if c == "DE":
        pc, city = pick([("10115", "Berlin"), ("20095", "Hamburg"), ("80331", "München"),
                         ("50667", "Köln"), ("60311", "Frankfurt am Main"), ("01067", "Dresden"),
                         ("70173", "Stuttgart")])
        return [(pc, P), (" " + city, None)]
    if c == "AT":
        pc, city = pick([("1010", "Wien"), ("1100", "Wien"), ("8010", "Graz"), ("4020", "Linz"),
                         ("5020", "Salzburg"), ("6020", "Innsbruck")])
        return [(pc, P), (" " + city, None)]
    # JP
    pc, addr = pick([("150-0002", "東京都渋谷区渋谷"), ("530-0001", "大阪府大阪市北区梅田"),
                     ("460-0008", "愛知県名古屋市中区栄"), ("060-0001", "北海道札幌市中央区北一条西"),
                     ("231-0023", "神奈川県横浜市中区山下町"), ("812-0011", "福岡県福岡市博多区博多駅前")])
    if R.random() < 0.15:
        pc = fullwidth(pc)
    return [("〒", None), (pc, P), (" " + addr, None)]


def quantity_segs(lang, c):
    n = pick([R.randint(2, 40), R.randint(100, 999), R.randint(1000, 50000)])
    if lang in ("en",) or c == "MX":
        v = thousands(n, ",")
    elif lang in ("es", "de"):
        v = thousands(n, ".")
    elif lang == "fr":
        v = thousands(n, " ") if c != "CH" else thousands(n, "'")
    else:
        v = thousands(n, ",")
    return seg(v, "decoy:quantity")


def uuid_value():
    h = "".join(R.choice("0123456789abcdef") for _ in range(32))
    h = h[:12] + "4" + h[13:16] + pick("89ab") + h[17:]
    u = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return u.upper() if R.random() < 0.15 else u


def version_value():
    t = R.randint(0, 5)
    if t == 0:
        return "v%d.%d.%d" % (R.randint(1, 12), R.randint(0, 30), R.randint(0, 20))
    if t == 1:
        return "%d.%d.%d" % (R.randint(1, 20), R.randint(0, 30), R.randint(0, 99))
    if t == 2:
        return "10.0.%d.%d" % (R.randint(17000, 26100), R.randint(100, 5000))
    if t == 3:
        return "%d.%d" % (R.randint(2, 17), R.randint(0, 9))
    if t == 4:
        return "%d.%d.%d.%d" % (R.randint(1, 9), R.randint(0, 9), R.randint(0, 99), R.randint(1000, 9999))
    return "%d.%02d.%d" % (R.randint(20, 25), R.randint(1, 12), R.randint(0, 9))


def ean_value(c):
    pref = {"US": ["0", "0"], "CA": ["06"], "GB": ["50"], "IE": ["539"], "AU": ["93"],
            "ES": ["84"], "MX": ["750"], "AR": ["779"], "FR": ["30", "34", "37"], "BE": ["54"],
            "CH": ["76"], "QC": ["06"], "DE": ["40", "42", "43"], "AT": ["90", "91"],
            "JP": ["45", "49"]}[c]
    p = pick(pref)
    if c == "US" and R.random() < 0.5:
        body = "0" + rd(10)  # UPC-A, 12 digits
        tot = sum(int(x) * (3 if i % 2 == 0 else 1) for i, x in enumerate(body))
        return body + str((10 - tot % 10) % 10)
    body = p + rd(12 - len(p))
    tot = sum(int(x) * (1 if i % 2 == 0 else 3) for i, x in enumerate(body))
    return body + str((10 - tot % 10) % 10)


def serial_value():
    t = R.randint(0, 3)
    L = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    if t == 0:
        return pick(["C02", "F4H", "DMP", "G6T"]) + "".join(R.choice(L + "0123456789") for _ in range(9))
    if t == 1:
        return "".join(R.choice(L) for _ in range(2)) + rd(8)
    if t == 2:
        return rd(4) + pick(L) + rd(6)
    return pick(["SN", "S"]) + rd(2) + pick(L) + pick(L) + rd(6)


def meter_value(lang, c):
    if c == "GB":
        s = pick(["10", "12", "14", "16", "19", "22"]) + rd(11)
        return pick([s, "%s %s %s %s" % (s[:2], s[2:6], s[6:10], s[10:])])
    if c == "IE":
        s = "10" + rd(9)
        return pick([s, "%s %s %s %s" % (s[:2], s[2:6], s[6:10], s[10:])])
    if c == "AU":
        return pick(["41", "43", "61", "63", "NC"]) + rd(8)
    if c in ("US", "CA"):
        return rdn(pick([8, 9, 10]))
    if c == "ES":
        s = "ES" + pick(["0021", "0031", "0022", "0026"]) + rd(12) + "".join(R.choice("ABCDEFGHJKLMNPQRSTVWXYZ") for _ in range(2))
        return pick([s, "%s %s %s %s %s %s" % (s[:2], s[2:6], s[6:10], s[10:14], s[14:18], s[18:])])
    if c in ("MX", "AR"):
        return rdn(pick([7, 9, 10]))
    if c == "FR":
        s = rd(14)
        return pick([s, "%s %s %s %s" % (s[:5], s[5:9], s[9:12], s[12:]), s])
    if c == "BE":
        return "5414" + rd(14)
    if c == "CH":
        return "CH" + rd(31)
    if c == "QC":
        return pick(["C", "D", "G"]) + rd(8)
    if c == "DE":
        return pick(["5" + rd(10), "1ESY" + rd(10), "1APA" + rd(8)])
    if c == "AT":
        return "AT" + "00" + rd(4) + rd(5) + rd(20)
    s = "0" + pick("3456") + rd(20)
    return pick([s, "-".join(s[i:i + 4] for i in range(0, 22, 4)), " ".join(s[i:i + 4] for i in range(0, 22, 4))])


IBAN_HOME = {"US": ["GB", "DE", "NL"], "CA": ["GB", "IE"], "GB": ["GB", "GB", "GB", "IE"],
             "IE": ["IE", "IE", "GB"], "AU": ["GB", "NL", "DE"], "ES": ["ES", "ES", "ES", "IT", "FR"],
             "MX": ["ES", "ES", "DE"], "AR": ["ES", "IT"], "FR": ["FR", "FR", "FR", "BE", "DE"],
             "BE": ["BE", "BE", "NL", "FR"], "CH": ["CH", "CH", "FR", "DE"], "QC": ["FR", "BE"],
             "DE": ["DE", "DE", "DE", "AT", "NL"], "AT": ["AT", "AT", "DE"],
             "JP": ["DE", "GB", "FR", "NL", "IT", "CH", "ES"]}


def decoy_segs(kind, lang, c):
    L = "decoy:" + kind
    if kind in ID_KINDS:
        return seg(id_value(lang, kind), L)
    if kind == "date":
        return date_segs(lang, c)
    if kind == "time":
        return time_segs(lang, c)
    if kind == "amount":
        return amount_segs(lang, c)
    if kind == "percentage":
        return percent_segs(lang, c)
    if kind == "postcode":
        return postcode_segs(lang, c)
    if kind == "quantity":
        return quantity_segs(lang, c)
    if kind == "uuid":
        return seg(uuid_value(), L)
    if kind == "version":
        return seg(version_value(), L)
    if kind == "card_invalid":
        return seg(card_invalid_value(), L)
    if kind == "iban_invalid":
        return seg(iban_invalid_value(pick(IBAN_HOME[c])), L)
    if kind == "ssn_invalid":
        return seg(ssn_invalid_value(), L)
    if kind == "otp":
        v = pick([rd(6), rd(6), rd(6), rd(4), rd(8), "%s %s" % (rd(3), rd(3)), "%s-%s" % (rd(3), rd(3))])
        if lang == "ja" and R.random() < 0.15:
            v = fullwidth(v)
        return seg(v, L)
    if kind == "ean":
        return seg(ean_value(c), L)
    if kind == "serial":
        return seg(serial_value(), L)
    if kind == "meter":
        return seg(meter_value(lang, c), L)
    raise ValueError(kind)


# ---------------------------------------------------------------------------
# slot resolution
# ---------------------------------------------------------------------------

def phone_slot(slot, lang, c):
    for _ in range(400):
        if slot in ("ph", "phx", "phbr"):
            kind = pick(["mobile", "mobile", "land"])
            mode = wpick([("nat", 62), ("e164", 20), ("00", 6), ("foreign", 12)])
        elif slot == "phm":
            kind, mode = "mobile", wpick([("nat", 75), ("e164", 20), ("00", 5)])
        elif slot == "phl":
            kind, mode = "land", wpick([("nat", 78), ("e164", 16), ("00", 6)])
        elif slot == "phf":
            kind, mode = "free", "nat"
        elif slot == "phi":
            kind, mode = "any", "foreign"
        elif slot == "phn":
            kind, mode = pick(["mobile", "land"]), "nat"
        elif slot == "phc":
            kind, mode = pick(["mobile", "land"]), pick(["nat", "e164", "e164"])
        else:
            raise ValueError(slot)
        if mode == "foreign":
            s = foreign_phone(lang, c)
        else:
            s = home_phone(c, kind if kind != "any" else "mobile", mode)
        if slot == "phc":
            s = re.sub(r"[ \-./()\u00a0]", "", s.replace("(0)", ""))
            if s.startswith("+") is False and not s[0].isdigit():
                continue
        if slot == "phx" and s.startswith("("):
            continue
        if slot == "phbr":
            spaces = [i for i, ch_ in enumerate(s) if ch_ == " " and i > 2]
            if not spaces:
                continue
            i = pick(spaces)
            s = s[:i] + "\n" + s[i + 1:]
        if lang == "ja" and slot not in ("phi",) and not s.startswith("+"):
            t = R.random()
            if t < 0.12:
                s = fullwidth(s)
            elif t < 0.15 and "-" in s:
                s = s.replace("-", "ー")
        if c == "FR" and slot in ("phx", "phc"):
            s = s.replace(NBSP, " ")
        return s
    raise AssertionError(slot)


PERSON = {
    "en": ["Mrs Patel", "Mr O'Brien", "Ms Walsh", "Mr Cooper", "Dr Nguyen", "Mrs Hughes"],
    "es": ["la Sra. López", "el Sr. García", "la Sra. Ramírez", "el Sr. Torres"],
    "fr": ["Mme Dubois", "M. Moreau", "Mme Tremblay", "M. Lambert"],
    "de": ["Frau Schneider", "Herr Weber", "Frau Gruber", "Herr Meier"],
    "ja": ["田中様", "鈴木様", "佐藤様", "高橋様"],
}


def resolve(slot, lang, c):
    """-> list of (text, label) segments"""
    if slot.startswith("d:"):
        return decoy_segs(slot[2:], lang, c)
    if slot.startswith("dp:"):
        return seg(phone_shaped_id(lang, c), "decoy:" + slot[3:])
    if slot == "dn":
        k = pick(ID_KINDS)
        return seg(id_value(lang, k), "decoy:" + k)
    if slot.startswith("ph"):
        return seg(phone_slot(slot, lang, c), "phone")
    if slot == "em":
        return seg(email_value(lang), "email")
    if slot == "card":
        return seg(card_value(), "card")
    if slot == "iban":
        return seg(iban_value(pick(IBAN_HOME[c])), "iban")
    if slot == "ssn":
        return seg(ssn_value(), "ssn")
    if slot == "ssnc":
        return seg(ssn_value(compact=True), "ssn")
    if slot == "ext":
        return seg(pick([rd(2), rd(3), rd(3), rd(4)]))
    if slot == "who":
        return seg(pick(PERSON[lang]))
    raise ValueError(slot)


SLOT_RE = re.compile(r"\{([a-z_]+(?::[a-z_]+)?)\}")


def render(tpl, lang, c):
    segs = []
    pos = 0
    for m in SLOT_RE.finditer(tpl):
        if m.start() > pos:
            segs.append((tpl[pos:m.start()], None))
        segs.extend(resolve(m.group(1), lang, c))
        pos = m.end()
    if pos < len(tpl):
        segs.append((tpl[pos:], None))
    return segs


def slots_of(tpl):
    return SLOT_RE.findall(tpl)


# ---------------------------------------------------------------------------
# PII text templates.  {X} in decoy templates is replaced by the decoy slot.
# ---------------------------------------------------------------------------

T = {}

T["en"] = dict(
    phone=[
        "Customer asked for a callback on {ph} after work.",
        "Best number to reach the customer is {phm}; landline {phl} as a backup.",
        "Caller gave her mobile, {phm}, and asked us to stop using the old one.",
        "Contact number on the account updated to {ph}.",
        "Customer can be reached on {phl} ext. {ext} during office hours.",
        "Please call back on {phm} or {phl}.",
        "Customer confirmed the new number \"{phx}\" by reading it back twice.",
        "Transferred to the billing hotline on {phf} as requested.",
        "Customer's husband can be contacted on {phm} if she is unavailable.",
        "Callback number ({phx}) confirmed with the customer.",
        "Mob. {phm}, prefers WhatsApp.",
        "Customer is travelling and can be reached on {phi} until the end of the month.",
        "Left a voicemail on {ph}; no answer on the second attempt either.",
        "Reached the customer on {phbr} after two attempts.",
        "☎ {ph} – call before noon.",
        "Contact Tel.:{phc}, evenings only.",
        "Customer called from a withheld number but asked us to add {ph} as a secondary contact.",
        "Number to port: {phm}. Port date agreed with the customer.",
        "New SIM issued for {phm} after the old one was lost.",
        "Engineer will ring {phm} half an hour before arriving.",
        "Customer's office switchboard is {phl}, ask for accounts payable.",
        "Customer disputes three calls to {phi} on last month's bill.",
        "Caller ID showed {ph}, but the customer said she was ringing from her work phone.",
        "Customer wants SMS alerts to go to {phm} instead of e-mail.",
        "Old number {ph} removed and {ph} added as the main contact.",
        "Direct line for the customer's accountant: {phl}.",
        "If the parcel can't be delivered, the courier should call {phm}.",
        "Customer was asked to call the fraud team on {phf} from a different phone.",
        "Sister's number ({phx}) added as a trusted contact.",
        "Customer provided {phm} for two-factor authentication.",
        "Customer's fax is still {phl}; she asked for the contract to be faxed.",
        "Tel: {ph} / mobile: {phm}",
        "Customer gave two numbers: {phm} or, failing that, {phl}.",
        "Callback booked for tomorrow morning on {phn}.",
        "Customer asked us to note {phn} as her daytime number.",
        "The number {ph} belongs to the customer's landlord, who will let the engineer in.",
        "Customer rang our hotline {phf} twice before reaching the right team.",
        "Number in the CRM was wrong ({phx}); corrected to {phx}.",
        "Reached on {phl}, ext. {ext} (reception).",
        "Customer's mobile – {phm} – is the only number to use.",
        "Customer can be reached at {phbr} or by e-mail.",
        "Customer reported nuisance calls from {phi} and wants the number blocked.",
        "Tel. {ph}",
        "Customer said her new number is {phm} and the old one no longer works.",
    ],
    email=[
        "Confirmation e-mail sent to {em}.",
        "Customer asked us to send all future invoices to {em}.",
        "E-mail on file bounced; customer gave {em} instead.",
        "Returns label to be sent to <{em}>.",
        "Customer changed her e-mail from {em} to {em}.",
        "E-mail: {em}",
        "Customer will forward photos of the damage from {em}.",
        "Customer spelled out \"{em}\" twice to be sure.",
        "Copy of the contract e-mailed to {em} (customer's work address).",
        "Customer asked why marketing e-mails still go to {em} after she unsubscribed.",
        "Password reset link sent to {em}; customer confirmed receipt.",
        "The engineer's report will go to {em}.",
        "Account login changed to {em}.",
    ],
    card=[
        "Customer read out the card number {card} before the agent could pause the recording.",
        "Payment declined on card {card}; customer will try another card.",
        "Customer asked us to remove {card} from the account.",
        "Refund to go back to the original card ({card}) within five working days.",
        "Chargeback raised by the customer's bank on card {card}.",
        "Card on file updated to {card}.",
        "Customer wants the monthly payment moved from {card} to her new card.",
        "New card {card} added; old card deleted.",
        "Company credit card {card} was charged instead of her personal one.",
        "Card: {card}",
    ],
    iban=[
        "Direct debit switched to {iban}.",
        "Refund will be paid to {iban} once approved.",
        "Customer provided IBAN {iban} for the refund.",
        "Bank details updated: IBAN {iban}, account holder name checked.",
        "Customer wants payments taken from {iban} from next month.",
        "Customer's employer pays the bill from {iban}.",
        "IBAN: {iban}",
    ],
    ssn=[
        "Identity verified with SSN {ssn}.",
        "Customer's social security number ({ssn}) added to the credit check.",
        "SSN: {ssnc}",
        "Customer gave her social security number, {ssnc}, for the credit check.",
        "ID check: name, date of birth and SSN {ssn} matched.",
        "Spouse's SSN {ssn} added for the joint account.",
        "Customer read her Social Security number {ssnc} aloud; agent advised never to share it by e-mail.",
        "SSN on the application was {ssn}.",
        "Customer asked to remove her SSN ({ssn}) from the profile.",
        "SSN {ssn} verified.\nPolicy {d:policy}.\nTel {phn}",
    ],
    mixed=[
        "Customer called from {ph} about order {dp:order}.",
        "Ticket {dp:ticket} raised; customer to be called back on {ph}.",
        "Customer first quoted {dp:reference} as the reference, then gave {phn} as the callback number.",
        "Callback {phm}, invoice {dp:invoice}.",
        "SMS code {d:otp} sent to {phm}.",
        "The text message reference {dp:reference} came from the courier, not from the customer's phone ({phx}).",
        "Porting order {d:order} submitted for {phm}.",
        "Mobile contract number {d:account}; handset number {phm}.",
        "Customer's phone bill, invoice {d:invoice}, shows calls to {phi}.",
        "Phone: {ph}. Account: {dp:account}.",
        "Customer gave {phn} (her number) and {dp:member} (her loyalty number).",
        "Callback on {ph} re case {d:case} and tracking {d:tracking}.",
        "New address: Flat 2, 18 Mill Road, {d:postcode}; tel. {ph}.",
        "Plan costs {d:amount} a month; customer to confirm by calling {phf}.",
        "Engineer booked for {d:date} at {d:time}; customer's mobile {phm}.",
        "Conversation ID {d:uuid}; customer reachable on {ph}.",
        "Card {card} charged {d:amount}; gift card {d:card_invalid} rejected.",
        "Refund of {d:amount} to {iban} requested under case {d:case}.",
        "Customer's order {d:order} was paid with {card}.",
        "Customer e-mailed from {em} quoting invoice {dp:invoice}.",
        "Tracking {d:tracking}: courier will phone {phm} before delivery.",
        "Customer's router (S/N {d:serial}) stopped working; callback on {ph}.",
        "Text message with code {d:otp} arrived on {phm} but the app rejected it.",
        "Renewal letter for policy {d:policy} lists {phf} as the claims line.",
        "Customer's contact details: {phm}, {em}. Membership number {d:member}.",
        "Invoice {d:invoice} dated {d:date}: {d:amount}. Customer will call {phl} to pay.",
        "Customer read {dp:order} off the order confirmation and then {phn} off her phone.",
        "Meter {d:meter} reading taken; customer wants a callback on {phm} if it looks wrong.",
    ],
    note=[
        "Caller: {who}\nTel: {ph} | Fax: {phl}\nOrder: {d:order}",
        "Contact details\n- Mobile: {phm}\n- Work: {phl} ext. {ext}\n- Email: {em}",
        "Tel. {ph}\nAcct {d:account}\nCase {d:case}",
        "Name | Phone | Ref\n{who} | {ph} | {d:reference}",
        "Callback: {phm} / {phl}\nTicket: {dp:ticket}",
        "Tel: {ph}\nE-mail: {em}\nAddress: {d:postcode}",
        "Payment: card {card}\nAmount: {d:amount}\nRef: {d:reference}",
        "Refund to: {iban}\nInvoice: {d:invoice}",
        "1. Verified caller\n2. Updated number to {phm}\n3. Closed ticket {d:ticket}",
    ],
    decoy=dict(
        order=["Order number {X} has not arrived yet.", "Customer is chasing order #{X}.",
               "The order the customer placed on Monday through the app, number {X}, shows as dispatched.",
               "{X} is the order number on the confirmation e-mail.",
               "Order ref. {X} cancelled at the customer's request.",
               "Customer wants to return two items from order {X}.",
               "The customer's order, which was split into two parcels because one item was out of stock, is {X}."],
        reference=["Reference {X} given to the customer.", "Payment reference: {X}.",
                   "Customer quoted booking reference {X}.",
                   "The text message reference {X} matches our records.",
                   "Quote reference {X} e-mailed.",
                   "Customer had the reference from the letter to hand: {X}.",
                   "Customer read out the reference on the SMS, {X}."],
        case=["Case {X} updated with the call notes.", "Case number {X} escalated to tier 2.",
              "Linked to existing case #{X}.", "{X} is the case the customer opened last week."],
        ticket=["Ticket {X} closed.", "Fault ticket no. {X} raised with the network team.",
                "Customer was given ticket {X} for the outage.",
                "The ticket from the customer's previous call about the same router, {X}, was reopened."],
        tracking=["Tracking number {X} shows the parcel at the local depot.", "Courier tracking: {X}.",
                  "Parcel with tracking ID {X} was returned to sender.",
                  "Customer read the tracking number from the courier's text message: {X}."],
        invoice=["Invoice {X} was paid twice.", "Customer disputes invoice no. {X}.",
                 "Inv. {X} credited in full.",
                 "The customer's invoice for last month, the one with the roaming charges, is {X}."],
        account=["Account number {X} verified.", "Customer's account {X} moved to paperless billing.",
                 "Acct no. {X}: billing address updated.",
                 "Mobile account {X} is in the customer's husband's name."],
        member=["Membership number {X} renewed.", "Loyalty card number {X} added to the profile.",
                "Member ID {X} confirmed.", "Customer's rewards number is {X}."],
        policy=["Policy number {X} renewed for another year.", "Claim filed under policy {X}.",
                "Customer's home insurance policy, taken out through the bank, is {X}.",
                "Policy {X}: no claims on record."],
        date=["Delivery rescheduled to {X}.", "Contract started on {X}.", "Last payment received {X}."],
        time=["Engineer visit booked for {X}.", "Customer will be home after {X}.",
              "Call dropped at {X} according to the customer."],
        amount=["Customer was charged {X} twice.", "Credit of {X} applied to the account.",
                "New monthly price is {X}."],
        percentage=["Offered a {X} discount for six months.", "Battery health at {X} according to the diagnostic.",
                    "Price rise of {X} from April explained."],
        postcode=["Delivery address confirmed: 18 Mill Road, {X}.",
                  "Customer moved to {X} and wants the service transferred.",
                  "Coverage checked for {X}: fibre available."],
        quantity=["Customer ordered {X} units instead of twelve.", "Business account has {X} active lines.",
                  "Customer used {X} MB of data abroad."],
        uuid=["Conversation ID {X}.", "Interaction {X} linked to the case.",
              "Conversation {X} was transferred from the IVR."],
        version=["Customer's app is on version {X}; advised to update.", "Router firmware {X} installed.",
                 "Customer is running build {X}."],
        card_invalid=["Gift card number {X} was not recognised by the till system.",
                      "Voucher card {X} applied to the order.",
                      "The card number the customer read out, {X}, failed validation; asked her to check the card again.",
                      "Loyalty card {X} scanned."],
        iban_invalid=["The IBAN on the form, {X}, failed the check-digit test; customer will send the correct details.",
                      "Mandate reference {X} quoted on the bank statement.",
                      "Customer's IBAN {X} was rejected by the system as invalid."],
        ssn_invalid=["Form showed the placeholder {X} in the SSN field; left blank.",
                     "Document control number {X} on the tax form.", "Batch {X} processed overnight."],
        otp=["One-time passcode {X} sent by SMS.", "Customer read back the verification code {X}.",
             "SMS code {X} expired before the customer could enter it.",
             "The text message with code {X} arrived late."],
        ean=["Barcode {X} on the box doesn't match the item.", "Product EAN {X} is out of stock.",
             "Customer read the barcode number {X} from the packaging."],
        serial=["Router serial {X} registered for warranty.", "S/N {X}.",
                "Handset serial number {X} checked against the blacklist: clear."],
        meter=["Meter number {X} read by the customer.", "Supply point {X} confirmed for the switch."],
    ),
    bare=["Customer quoted {X} and asked for an update.",
          "Customer had {X} written down from the previous call.",
          "{X}: closed, no further action.", "Customer read out {X} from the letter.",
          "Customer wants an update on {X} by Friday.", "[{X}] chased again.",
          "Customer mentioned {X} twice but could not say what it was for."],
    filler=["Customer called about a late delivery.", "Agent verified the account holder.",
            "Next step: callback within two working days.", "Issue escalated to the back office.",
            "No further action needed.", "Customer was calling on behalf of her elderly father.",
            "Security questions answered correctly.", "Agent explained the process.",
            "Summary: billing enquiry.", "Customer will check with her bank.",
            "Agent created a follow-up task.", "Customer asked for the call to be logged."],
)

T["es"] = dict(
    phone=[
        "El cliente pide que le devuelvan la llamada al {ph} por la tarde.",
        "Teléfono de contacto actualizado: {ph}.",
        "Móvil: {phm}; fijo: {phl}.",
        "Tfno. {ph}, preferiblemente por las mañanas.",
        "Se le puede localizar en el {phl}, ext. {ext}, en horario de oficina.",
        "La clienta indica que su número nuevo es el {phm} y que el antiguo ya no funciona.",
        "Se envía SMS de confirmación al {phm}.",
        "Solicitada la portabilidad del {phm}.",
        "Se deja mensaje en el buzón de voz del {ph}.",
        "Llamar al {phm} o al {phl}.",
        "Se transfiere a la línea de atención {phf}.",
        "Contacto alternativo (su hijo): {phm}.",
        "El cliente está de viaje y se le puede localizar en el {phi} hasta fin de mes.",
        "Se confirma el número «{phx}» repitiéndolo cifra a cifra.",
        "Tel.:{phc}, solo por las mañanas.",
        "Cel. {phm}, tiene WhatsApp.",
        "Contactar en el {phbr} a partir de mañana.",
        "Reclama unas llamadas al {phi} que aparecen en la última factura.",
        "El técnico llamará al {phm} media hora antes de llegar.",
        "Centralita de su empresa: {phl}, preguntar por administración.",
        "Su hermana ({phx}) queda como contacto autorizado.",
        "El identificador de llamada mostraba {ph}, pero la clienta dice que llamaba desde el trabajo.",
        "Quiere recibir los avisos por SMS en el {phm} en lugar de por correo.",
        "Se elimina el {ph} y se añade el {ph} como número principal.",
        "Si el repartidor no la encuentra, que llame al {phm}.",
        "Se le indica que llame al departamento de fraude al {phf} desde otro teléfono.",
        "El cliente llamó dos veces a la línea {phf} antes de dar con el departamento correcto.",
        "Teléfono del casero, que abrirá al técnico: {ph}.",
        "El número que figuraba en el CRM ({phx}) era incorrecto; se corrige a {phx}.",
        "Dio dos teléfonos: {phm} o, si no contesta, {phl}.",
        "Recibe llamadas molestas desde el {phi} y pide bloquearlo.",
        "Se le llamará mañana al {phn}.",
        "Fax: {phl}; quiere el contrato por fax.",
        "Tel. {ph}",
    ],
    email=[
        "Se envía la confirmación a {em}.", "Correo electrónico actualizado: {em}.",
        "La clienta pide que las facturas lleguen a {em}.",
        "El correo registrado rebotaba; nos facilita {em}.", "Email: {em}",
        "Deletreó «{em}» dos veces para asegurarse.",
        "Se envía copia del contrato a {em} (correo del trabajo).",
        "Enlace para restablecer la contraseña enviado a {em}.",
        "Cambia su correo de {em} a {em}.",
    ],
    card=[
        "El cliente dictó la tarjeta {card} antes de que se pudiera pausar la grabación.",
        "Cobro rechazado en la tarjeta {card}; probará con otra.",
        "Se elimina la tarjeta {card} como método de pago.",
        "El reembolso irá a la tarjeta original ({card}) en un plazo de cinco días hábiles.",
        "Su banco ha abierto un contracargo sobre la tarjeta {card}.",
        "Tarjeta registrada actualizada a {card}.",
        "Nueva tarjeta {card} añadida; se borra la anterior.",
        "Tarjeta: {card}",
    ],
    iban=[
        "Se cambia la domiciliación a la cuenta {iban}.", "IBAN para la devolución: {iban}.",
        "Nuevos datos bancarios: {iban}, titular comprobado.",
        "Quiere que los recibos se carguen en {iban} a partir del mes que viene.",
        "La devolución se abonará en {iban} una vez aprobada.",
    ],
    ssn=[
        "Se verifica la identidad con el número de Seguro Social {ssn}.",
        "El cliente facilitó su número de Seguro Social, {ssnc}, para la revisión de crédito.",
        "SSN: {ssnc}",
        "Número de Seguro Social del cónyuge ({ssn}) añadido a la cuenta conjunta.",
        "Verificación: nombre, fecha de nacimiento y SSN {ssn} coinciden.",
    ],
    mixed=[
        "Llama desde el {ph} por el pedido {dp:order}.",
        "Se abre la incidencia {dp:ticket}; se le devolverá la llamada al {ph}.",
        "Primero dio {dp:reference} como referencia y después el {phn} como teléfono de contacto.",
        "Tel. {phm}, factura {dp:invoice}.",
        "Código SMS {d:otp} enviado al {phm}.",
        "La referencia del SMS, {dp:reference}, es del transportista, no el teléfono de la clienta ({phx}).",
        "Solicitud de portabilidad {d:order} para el {phm}.",
        "Número de contrato de la línea móvil {d:account}; número de teléfono {phm}.",
        "En la factura {d:invoice} aparecen llamadas al {phi}.",
        "Teléfono: {ph}. Cliente: {dp:account}.",
        "Dio el {phn} (su móvil) y el {dp:member} (su número de socio).",
        "Llamar al {ph} sobre el expediente {d:case} y el envío {d:tracking}.",
        "Nueva dirección: Calle Mayor 12, {d:postcode}; tel. {ph}.",
        "La tarifa cuesta {d:amount} al mes; el cliente confirmará llamando al {phf}.",
        "Técnico citado el {d:date} a las {d:time}; móvil {phm}.",
        "ID de conversación {d:uuid}; localizable en el {ph}.",
        "Cargo de {d:amount} en la tarjeta {card}; la tarjeta regalo {d:card_invalid} no se acepta.",
        "Reembolso de {d:amount} a {iban} solicitado en el caso {d:case}.",
        "El pedido {d:order} se pagó con la tarjeta {card}.",
        "Escribe desde {em} citando la factura {dp:invoice}.",
        "Router con n.º de serie {d:serial} averiado; devolver la llamada al {ph}.",
        "El SMS con el código {d:otp} llegó al {phm} pero la app lo rechazó.",
        "Datos de contacto: {phm}, {em}. Número de socio {d:member}.",
        "Factura {d:invoice} del {d:date}: {d:amount}. Llamará al {phl} para pagar.",
        "Leyó el {dp:order} del correo del pedido y luego el {phn} de su móvil.",
        "Lectura del contador {d:meter} registrada; si hay dudas, llamar al {phm}.",
    ],
    note=[
        "Cliente: {who}\nTel.: {ph} | Fax: {phl}\nPedido: {d:order}",
        "Datos de contacto\n- Móvil: {phm}\n- Trabajo: {phl} ext. {ext}\n- Email: {em}",
        "Tfno. {ph}\nN.º cliente {d:account}\nExpediente {d:case}",
        "Nombre | Teléfono | Ref.\n{who} | {ph} | {d:reference}",
        "Devolver llamada: {phm} / {phl}\nIncidencia: {dp:ticket}",
        "Tel.: {ph}\nCorreo: {em}\nDirección: {d:postcode}",
        "Pago: tarjeta {card}\nImporte: {d:amount}\nRef.: {d:reference}",
        "Reembolso a: {iban}\nFactura: {d:invoice}",
    ],
    decoy=dict(
        order=["El pedido n.º {X} aún no ha llegado.", "Reclama el pedido {X}.",
               "El pedido que hizo el lunes desde la app, con número {X}, figura como enviado.",
               "{X} es el número de pedido que aparece en el correo de confirmación.",
               "Pedido {X} cancelado a petición del cliente.", "Número de pedido: {X}."],
        reference=["Se le da la referencia {X}.", "Referencia del pago: {X}.", "Localizador de la reserva: {X}.",
                   "La referencia que aparece en el SMS, {X}, coincide con nuestros datos.",
                   "Nos lee la referencia de la carta: {X}."],
        case=["Caso {X} actualizado.", "Expediente {X} escalado a segundo nivel.",
              "Se vincula al caso n.º {X}.", "{X} es el expediente que abrió la semana pasada."],
        ticket=["Incidencia {X} cerrada.", "Se abre la incidencia n.º {X} con el equipo de red.",
                "Ticket {X} por la caída del servicio.",
                "Se reabre el ticket de la llamada anterior sobre el mismo router, el {X}."],
        tracking=["Número de seguimiento {X}: el paquete está en la delegación.", "Guía {X}.",
                  "Envío con código de seguimiento {X} devuelto al remitente.",
                  "Lee el número de seguimiento del SMS del transportista: {X}."],
        invoice=["La factura {X} se cobró dos veces.", "No está conforme con la factura n.º {X}.",
                 "Factura {X} abonada íntegramente.",
                 "La factura del mes pasado, la de los cargos de roaming, es la {X}."],
        account=["Número de cliente {X} verificado.", "Contrato {X} pasado a factura electrónica.",
                 "Cuenta de cliente {X}: dirección de facturación actualizada."],
        member=["Número de socio {X} renovado.", "Se añade la tarjeta de fidelización {X} al perfil.",
                "N.º de socio: {X}."],
        policy=["Póliza {X} renovada.", "Siniestro abierto con cargo a la póliza {X}.",
                "La póliza del hogar que contrató con el banco es la {X}."],
        date=["Entrega reprogramada para el {X}.", "El contrato empezó el {X}.", "Último pago recibido el {X}."],
        time=["Visita del técnico a las {X}.", "Estará en casa a partir de las {X}.",
              "La llamada se cortó a las {X}."],
        amount=["Le cobraron {X} dos veces.", "Se aplica un abono de {X}.", "La nueva cuota mensual es de {X}."],
        percentage=["Se le ofrece un descuento del {X} durante seis meses.", "Subida del {X} a partir de abril."],
        postcode=["Dirección de entrega confirmada: Calle Mayor 12, {X}.",
                  "Se muda a {X} y quiere trasladar el servicio.", "Cobertura comprobada para {X}: hay fibra."],
        quantity=["Pidió {X} unidades en lugar de doce.", "La cuenta de empresa tiene {X} líneas activas."],
        uuid=["ID de conversación {X}.", "Interacción {X} vinculada al caso."],
        version=["La app está en la versión {X}; se le recomienda actualizar.", "Firmware del router {X} instalado."],
        card_invalid=["La tarjeta regalo {X} no se reconoce.",
                      "El número de tarjeta que dictó, {X}, no supera la validación; se le pide que lo revise.",
                      "Tarjeta de fidelización {X} escaneada."],
        iban_invalid=["El IBAN del formulario, {X}, tiene mal los dígitos de control; enviará los datos correctos.",
                      "Referencia del mandato: {X}.", "El sistema rechaza el IBAN {X} por no ser válido."],
        ssn_invalid=["El formulario mostraba el valor de ejemplo {X} en ese campo.",
                     "Número de control del documento: {X}.", "Lote {X} procesado."],
        otp=["Código de un solo uso {X} enviado por SMS.", "Lee el código de verificación {X}.",
             "El código SMS {X} caducó antes de introducirlo."],
        ean=["El código de barras {X} de la caja no coincide con el artículo.", "Código EAN {X} sin stock."],
        serial=["Número de serie del router: {X}.", "N.º de serie {X} registrado para la garantía."],
        meter=["Punto de suministro {X} verificado.", "Número de contador {X} comprobado con la lectura."],
    ),
    bare=["Cita el {X} y pide novedades.", "Tenía apuntado el {X} de la llamada anterior.",
          "{X}: cerrado, sin más acciones.", "Nos lee el {X} que viene en la carta.",
          "[{X}] reclamado de nuevo."],
    filler=["El cliente llama por un retraso en la entrega.", "Se verifica al titular.",
            "Próximo paso: devolver la llamada en dos días hábiles.", "Se escala al back office.",
            "No se requieren más acciones.", "Llama en nombre de su padre.",
            "Preguntas de seguridad respondidas correctamente.", "Se le explica el procedimiento.",
            "Consulta de facturación.", "Lo comprobará con su banco."],
)

T["fr"] = dict(
    phone=[
        "Le client souhaite être rappelé au {ph} en fin de journée.",
        "Tél. : {ph}",
        "Portable : {phm} ; fixe : {phl}.",
        "Nouveau numéro enregistré : {ph}.",
        "Message laissé sur le répondeur du {ph}.",
        "Rappeler au {phm} ou au {phl}.",
        "Joignable au {phl} poste {ext} aux heures de bureau.",
        "La cliente a confirmé le numéro « {phx} » en le relisant.",
        "Transfert vers la hotline facturation au {phf}.",
        "Le client est en déplacement, joignable au {phi} jusqu'à la fin du mois.",
        "Demande de portabilité du {phm} enregistrée.",
        "SMS de confirmation envoyé au {phm}.",
        "Tél.:{phc}, le matin uniquement.",
        "Contact secondaire (sa fille) : {phm}.",
        "Il conteste des appels vers le {phi} sur sa dernière facture.",
        "Cell. {phm}, textos acceptés.",
        "Le technicien appellera le {phm} une demi-heure avant son arrivée.",
        "Standard de son entreprise : {phl}, demander la comptabilité.",
        "L'affichage indiquait {ph}, mais la cliente appelait de son bureau.",
        "Souhaite recevoir les alertes par SMS au {phm} plutôt que par e-mail.",
        "Ancien numéro {ph} supprimé, {ph} ajouté comme numéro principal.",
        "Si le livreur ne la trouve pas, il doit appeler le {phm}.",
        "Invité à rappeler le service fraude au {phf} depuis un autre téléphone.",
        "Numéro du propriétaire, qui ouvrira au technicien : {ph}.",
        "Numéro erroné dans le CRM ({phx}) corrigé en {phx}.",
        "Deux numéros donnés : {phm} ou, à défaut, {phl}.",
        "Reçoit des appels indésirables du {phi} et demande le blocage.",
        "Joint au {phbr} après deux tentatives.",
        "Rappel prévu demain matin au {phn}.",
        "Fax : {phl} ; la cliente veut recevoir le contrat par fax.",
        "Sa nouvelle ligne est le {phm}, l'ancienne ne fonctionne plus.",
    ],
    email=[
        "Confirmation envoyée à {em}.", "Adresse e-mail mise à jour : {em}.", "Courriel : {em}",
        "Le client souhaite recevoir ses factures sur {em}.",
        "L'adresse enregistrée ne fonctionnait plus ; nouvelle adresse : {em}.",
        "Elle a épelé « {em} » deux fois.",
        "Copie du contrat envoyée à {em} (adresse professionnelle).",
        "Lien de réinitialisation envoyé à {em}.", "Change son adresse de {em} à {em}.",
    ],
    card=[
        "Le client a dicté sa carte {card} avant que la conseillère ne mette l'enregistrement en pause.",
        "Paiement refusé sur la carte {card} ; il essaiera une autre carte.",
        "Suppression de la carte {card} des moyens de paiement.",
        "Remboursement sur la carte d'origine ({card}) sous cinq jours ouvrés.",
        "Sa banque a ouvert une contestation sur la carte {card}.",
        "Carte enregistrée mise à jour : {card}.",
        "Carte : {card}",
    ],
    iban=[
        "Prélèvement basculé sur l'IBAN {iban}.", "RIB transmis : {iban}.",
        "Coordonnées bancaires mises à jour ({iban}), titulaire vérifié.",
        "Le remboursement sera viré sur {iban} après validation.",
        "Souhaite que les mensualités soient prélevées sur {iban} à partir du mois prochain.",
    ],
    ssn=[],
    mixed=[
        "Appel depuis le {ph} au sujet de la commande {dp:order}.",
        "Ticket {dp:ticket} ouvert ; rappel prévu au {ph}.",
        "Il a d'abord donné {dp:reference} comme référence, puis le {phn} comme numéro de rappel.",
        "Tél. {phm}, facture {dp:invoice}.",
        "Code SMS {d:otp} envoyé au {phm}.",
        "La référence du SMS, {dp:reference}, vient du transporteur et non du téléphone de la cliente ({phx}).",
        "Demande de portabilité {d:order} pour le {phm}.",
        "Numéro de contrat mobile {d:account} ; ligne {phm}.",
        "La facture {d:invoice} fait apparaître des appels vers le {phi}.",
        "Téléphone : {ph}. Client : {dp:account}.",
        "A donné le {phn} (son portable) et le {dp:member} (son numéro d'adhérent).",
        "Rappeler au {ph} pour le dossier {d:case} et le colis {d:tracking}.",
        "Nouvelle adresse : 12 rue des Lilas, {d:postcode} ; tél. {ph}.",
        "L'offre coûte {d:amount} par mois ; confirmation par appel au {phf}.",
        "Intervention prévue le {d:date} à {d:time} ; portable {phm}.",
        "ID de conversation {d:uuid} ; joignable au {ph}.",
        "Débit de {d:amount} sur la carte {card} ; la carte cadeau {d:card_invalid} est refusée.",
        "Remboursement de {d:amount} sur {iban} demandé dans le dossier {d:case}.",
        "La commande {d:order} a été réglée avec la carte {card}.",
        "Écrit depuis {em} en citant la facture {dp:invoice}.",
        "Box (n° de série {d:serial}) en panne ; rappel au {ph}.",
        "Le SMS avec le code {d:otp} est arrivé sur le {phm} mais l'appli l'a refusé.",
        "Coordonnées : {phm}, {em}. Adhérent n° {d:member}.",
        "Facture {d:invoice} du {d:date} : {d:amount}. Appellera le {phl} pour régler.",
        "A lu le {dp:order} sur l'e-mail de commande, puis le {phn} sur son téléphone.",
        "Relevé du compteur {d:meter} noté ; en cas de doute, rappeler au {phm}.",
    ],
    note=[
        "Client : {who}\nTél. : {ph} | Fax : {phl}\nCommande : {d:order}",
        "Coordonnées\n- Portable : {phm}\n- Bureau : {phl} poste {ext}\n- E-mail : {em}",
        "Tél. {ph}\nN° client {d:account}\nDossier {d:case}",
        "Nom | Téléphone | Réf.\n{who} | {ph} | {d:reference}",
        "Rappel : {phm} / {phl}\nTicket : {dp:ticket}",
        "Tél. : {ph}\nCourriel : {em}\nAdresse : {d:postcode}",
        "Paiement : carte {card}\nMontant : {d:amount}\nRéf. : {d:reference}",
        "Remboursement sur : {iban}\nFacture : {d:invoice}",
    ],
    decoy=dict(
        order=["La commande n° {X} n'est toujours pas arrivée.", "Relance pour la commande {X}.",
               "La commande passée lundi depuis l'appli, numéro {X}, est indiquée comme expédiée.",
               "{X} est le numéro de commande figurant dans l'e-mail de confirmation.",
               "Commande {X} annulée à la demande du client.", "Numéro de commande : {X}."],
        reference=["Référence communiquée au client : {X}.", "Réf. de paiement : {X}.",
                   "Référence de réservation {X}.",
                   "La référence reçue par SMS, {X}, correspond à nos données.",
                   "Il lit la référence du courrier : {X}."],
        case=["Dossier {X} mis à jour.", "Dossier n° {X} transmis au niveau 2.",
              "Rattaché au dossier existant {X}.", "{X} est le dossier ouvert la semaine dernière."],
        ticket=["Ticket {X} clôturé.", "Incident n° {X} ouvert auprès de l'équipe réseau.",
                "Numéro de ticket pour la panne : {X}.",
                "Le ticket de l'appel précédent concernant la même box, le {X}, a été rouvert."],
        tracking=["Numéro de suivi {X} : le colis est au dépôt.", "Suivi transporteur : {X}.",
                  "Colis n° {X} retourné à l'expéditeur.",
                  "Il lit le numéro de suivi dans le SMS du transporteur : {X}."],
        invoice=["La facture {X} a été payée deux fois.", "Conteste la facture n° {X}.",
                 "Facture {X} créditée intégralement.",
                 "La facture du mois dernier, celle avec les frais d'itinérance, porte le numéro {X}."],
        account=["Numéro client {X} vérifié.", "Contrat {X} passé en facture électronique.",
                 "Compte client {X} : adresse de facturation mise à jour."],
        member=["Numéro d'adhérent {X} renouvelé.", "Carte de fidélité n° {X} ajoutée au profil.",
                "N° d'adhérent : {X}."],
        policy=["Police n° {X} renouvelée.", "Sinistre déclaré sur le contrat d'assurance {X}.",
                "Le contrat habitation souscrit auprès de sa banque porte le numéro {X}."],
        date=["Livraison reportée au {X}.", "Contrat démarré le {X}.", "Dernier paiement reçu le {X}."],
        time=["Passage du technicien prévu à {X}.", "Sera chez elle après {X}.", "L'appel a coupé à {X}."],
        amount=["Débité deux fois de {X}.", "Avoir de {X} appliqué.", "Nouvelle mensualité : {X}."],
        percentage=["Remise de {X} proposée pendant six mois.", "Hausse de {X} à partir d'avril expliquée."],
        postcode=["Adresse de livraison confirmée : 12 rue des Lilas, {X}.",
                  "Déménage à {X} et veut transférer son abonnement.",
                  "Éligibilité vérifiée pour {X} : fibre disponible."],
        quantity=["A commandé {X} unités au lieu de douze.", "Le compte pro compte {X} lignes actives."],
        uuid=["ID de conversation {X}.", "Interaction {X} liée au dossier."],
        version=["Appli en version {X} ; mise à jour conseillée.", "Firmware {X} installé sur la box."],
        card_invalid=["Carte cadeau n° {X} non reconnue.",
                      "Le numéro de carte dicté, {X}, est invalide ; il vérifiera sa carte.",
                      "Carte de fidélité {X} scannée."],
        iban_invalid=["L'IBAN du formulaire, {X}, a une clé erronée ; le client renverra un RIB.",
                      "Référence unique de mandat : {X}.", "IBAN {X} rejeté par le système."],
        ssn_invalid=["Numéro de lot {X}.", "Numéro de contrôle du document : {X}.",
                     "Valeur fictive {X} dans le champ du formulaire."],
        otp=["Code à usage unique {X} envoyé par SMS.", "Relit le code de vérification {X}.",
             "Le code reçu par SMS, {X}, a expiré."],
        ean=["Le code-barres {X} sur le carton ne correspond pas à l'article.", "Code EAN {X} en rupture."],
        serial=["Numéro de série de la box : {X}.", "N° de série {X} enregistré pour la garantie."],
        meter=["Numéro de compteur {X} relevé.", "Point de livraison {X} confirmé pour le changement de fournisseur."],
    ),
    bare=["Cite le {X} et demande des nouvelles.", "Avait noté le {X} lors de l'appel précédent.",
          "{X} : clôturé, aucune action.", "Lit le {X} indiqué sur le courrier.", "[{X}] relancé."],
    filler=["Appel concernant un retard de livraison.", "Titulaire vérifié.",
            "Prochaine étape : rappel sous deux jours ouvrés.", "Transmis au back-office.",
            "Aucune autre action requise.", "Appelle pour le compte de sa mère.",
            "Questions de sécurité validées.", "Procédure expliquée.",
            "Demande liée à la facturation.", "Vérifiera auprès de sa banque."],
)

T["de"] = dict(
    phone=[
        "Kunde bittet um Rückruf unter {ph}.",
        "Tel.: {ph}",
        "Handy: {phm}, Festnetz: {phl}.",
        "Neue Rufnummer hinterlegt: {ph}.",
        "Auf die Mailbox unter {ph} gesprochen.",
        "Rückruf bitte unter {phm} oder {phl}.",
        "Erreichbar unter {phl}, Durchwahl {ext}, zu den Bürozeiten.",
        "Kundin hat die Nummer „{phx}“ zur Kontrolle wiederholt.",
        "An die Hotline {phf} weiterverbunden.",
        "Kunde ist im Ausland und bis Monatsende unter {phi} erreichbar.",
        "Rufnummernmitnahme für {phm} beauftragt.",
        "Bestätigungs-SMS an {phm} verschickt.",
        "Tel.:{phc}, nur vormittags.",
        "Zweitkontakt (Tochter): {phm}.",
        "Beanstandet Verbindungen zu {phi} auf der letzten Rechnung.",
        "Mobil {phm}, gerne auch per SMS.",
        "Techniker ruft eine halbe Stunde vorher unter {phm} an.",
        "Zentrale der Firma: {phl}, nach der Buchhaltung fragen.",
        "Im Display stand {ph}, laut Kundin hat sie aber vom Büro aus angerufen.",
        "Möchte Benachrichtigungen per SMS an {phm} statt per E-Mail.",
        "Alte Nummer {ph} gelöscht, {ph} als Hauptnummer eingetragen.",
        "Falls der Bote niemanden antrifft, bitte {phm} anrufen.",
        "Kunde soll die Betrugsabteilung unter {phf} von einem anderen Telefon aus anrufen.",
        "Nummer des Vermieters, der dem Techniker öffnet: {ph}.",
        "Falsche Nummer im CRM ({phx}) auf {phx} korrigiert.",
        "Zwei Nummern angegeben: {phm}, ersatzweise {phl}.",
        "Erhält Belästigungsanrufe von {phi} und möchte die Nummer sperren lassen.",
        "Nach zwei Versuchen unter {phbr} erreicht.",
        "Rückruf morgen früh unter {phn} vereinbart.",
        "Fax: {phl}; Kundin möchte den Vertrag per Fax.",
        "Ansprechpartner im Haus: {who}, {phl}.",
        "Kunde ist unter der {phm} erreichbar, die alte Nummer ist abgemeldet.",
    ],
    email=[
        "Bestätigung an {em} gesendet.", "E-Mail-Adresse geändert auf {em}.",
        "Rechnungen künftig bitte an {em}.", "Hinterlegte Adresse kam zurück; neue Adresse: {em}.",
        "E-Mail: {em}", "Hat „{em}“ zweimal buchstabiert.",
        "Vertragskopie an {em} (dienstlich) geschickt.",
        "Link zum Zurücksetzen des Passworts an {em} versandt.",
        "Ändert ihre Adresse von {em} auf {em}.",
    ],
    card=[
        "Kunde hat die Kartennummer {card} durchgegeben, bevor die Aufzeichnung pausiert werden konnte.",
        "Zahlung mit Karte {card} abgelehnt; Kunde versucht es mit einer anderen Karte.",
        "Karte {card} als Zahlungsmittel entfernt.",
        "Erstattung auf die ursprüngliche Karte ({card}) innerhalb von fünf Werktagen.",
        "Bank der Kundin hat eine Rückbuchung auf Karte {card} eingeleitet.",
        "Hinterlegte Karte aktualisiert: {card}.",
        "Karte: {card}",
    ],
    iban=[
        "Lastschrift auf IBAN {iban} umgestellt.", "Bankverbindung aktualisiert: {iban}, Kontoinhaber geprüft.",
        "Erstattung an {iban} veranlasst.", "Abbuchung ab nächstem Monat bitte von {iban}.",
        "IBAN für die Gutschrift: {iban}.",
    ],
    ssn=[],
    mixed=[
        "Kunde ruft von {ph} wegen Bestellung {dp:order} an.",
        "Ticket {dp:ticket} angelegt; Rückruf unter {ph}.",
        "Nannte zuerst {dp:reference} als Referenz, dann {phn} als Rückrufnummer.",
        "Tel. {phm}, Rechnung {dp:invoice}.",
        "SMS-Code {d:otp} an {phm} gesendet.",
        "Die Referenz aus der SMS, {dp:reference}, stammt vom Paketdienst, nicht von der Nummer der Kundin ({phx}).",
        "Portierungsauftrag {d:order} für {phm} eingereicht.",
        "Mobilfunkvertrag Nr. {d:account}; Rufnummer {phm}.",
        "Rechnung {d:invoice} enthält Verbindungen zu {phi}.",
        "Telefon: {ph}. Kundennummer: {dp:account}.",
        "Gab {phn} (Handy) und {dp:member} (Mitgliedsnummer) an.",
        "Rückruf unter {ph} zu Vorgang {d:case} und Sendung {d:tracking}.",
        "Neue Anschrift: Lindenstraße 12, {d:postcode}; Tel. {ph}.",
        "Tarif kostet {d:amount} im Monat; Kunde bestätigt telefonisch unter {phf}.",
        "Technikertermin am {d:date} um {d:time}; Handy {phm}.",
        "Conversation-ID {d:uuid}; erreichbar unter {ph}.",
        "Belastung von {d:amount} auf Karte {card}; Gutscheinkarte {d:card_invalid} abgelehnt.",
        "Erstattung von {d:amount} auf {iban} im Vorgang {d:case} beantragt.",
        "Bestellung {d:order} wurde mit Karte {card} bezahlt.",
        "Schreibt von {em} und nennt Rechnung {dp:invoice}.",
        "Router (Seriennummer {d:serial}) defekt; Rückruf unter {ph}.",
        "SMS mit Code {d:otp} kam auf {phm} an, die App hat ihn aber abgelehnt.",
        "Kontakt: {phm}, {em}. Mitgliedsnummer {d:member}.",
        "Rechnung {d:invoice} vom {d:date}: {d:amount}. Kunde ruft zur Zahlung unter {phl} an.",
        "Las {dp:order} aus der Bestellbestätigung vor und danach {phn} von ihrem Handy.",
        "Zählerstand für {d:meter} notiert; bei Unklarheiten Rückruf unter {phm}.",
    ],
    note=[
        "Anrufer: {who}\nTel.: {ph} | Fax: {phl}\nBestellung: {d:order}",
        "Kontaktdaten\n- Mobil: {phm}\n- Büro: {phl} Durchwahl {ext}\n- E-Mail: {em}",
        "Tel. {ph}\nKd.-Nr. {d:account}\nVorgang {d:case}",
        "Name | Telefon | Ref.\n{who} | {ph} | {d:reference}",
        "Rückruf: {phm} / {phl}\nTicket: {dp:ticket}",
        "Tel.: {ph}\nE-Mail: {em}\nAnschrift: {d:postcode}",
        "Zahlung: Karte {card}\nBetrag: {d:amount}\nRef.: {d:reference}",
        "Erstattung an: {iban}\nRechnung: {d:invoice}",
    ],
    decoy=dict(
        order=["Bestellung Nr. {X} ist noch nicht angekommen.", "Kunde fragt nach Bestellung {X}.",
               "Die Bestellung, die am Montag über die App aufgegeben wurde, Nummer {X}, steht auf versendet.",
               "{X} ist die Bestellnummer aus der Bestätigungsmail.",
               "Auftrag {X} auf Kundenwunsch storniert.", "Bestellnummer: {X}."],
        reference=["Referenznummer {X} mitgeteilt.", "Verwendungszweck: {X}.", "Buchungsreferenz {X}.",
                   "Die Referenz aus der SMS, {X}, passt zu unseren Daten.",
                   "Liest das Aktenzeichen aus dem Schreiben vor: {X}."],
        case=["Vorgang {X} aktualisiert.", "Fallnummer {X} an den 2nd Level übergeben.",
              "Mit bestehendem Vorgang {X} verknüpft.", "{X} ist der Vorgang von letzter Woche."],
        ticket=["Ticket {X} geschlossen.", "Störungsticket Nr. {X} beim Netzteam eröffnet.",
                "Ticketnummer zur Störung: {X}.",
                "Das Ticket aus dem letzten Anruf zum selben Router, {X}, wurde wieder geöffnet."],
        tracking=["Sendungsnummer {X}: Paket liegt im Depot.", "Sendungsverfolgung: {X}.",
                  "Paket {X} ging an den Absender zurück.",
                  "Liest die Sendungsnummer aus der SMS des Paketdienstes vor: {X}."],
        invoice=["Rechnung {X} wurde doppelt bezahlt.", "Widerspricht Rechnung Nr. {X}.",
                 "Rechnung {X} vollständig gutgeschrieben.",
                 "Die Rechnung vom letzten Monat, die mit den Roaming-Kosten, hat die Nummer {X}."],
        account=["Kundennummer {X} verifiziert.", "Vertrag {X} auf Online-Rechnung umgestellt.",
                 "Kundenkonto {X}: Rechnungsanschrift geändert."],
        member=["Mitgliedsnummer {X} verlängert.", "Kundenkarte Nr. {X} im Profil ergänzt.",
                "Mitgliedsnr.: {X}."],
        policy=["Versicherungsschein {X} verlängert.", "Schaden unter Police {X} gemeldet.",
                "Die Hausratversicherung, über die Bank abgeschlossen, hat die Nummer {X}."],
        date=["Lieferung auf den {X} verschoben.", "Vertragsbeginn war der {X}.", "Letzte Zahlung am {X} eingegangen."],
        time=["Techniker kommt um {X}.", "Kundin ist ab {X} zu Hause.", "Gespräch brach laut Kunde um {X} ab."],
        amount=["Kunde wurde zweimal mit {X} belastet.", "Gutschrift über {X} gebucht.", "Neuer Monatspreis: {X}."],
        percentage=["Rabatt von {X} für sechs Monate angeboten.", "Preiserhöhung um {X} ab April erklärt."],
        postcode=["Lieferanschrift bestätigt: Lindenstraße 12, {X}.",
                  "Zieht nach {X} um und möchte den Anschluss mitnehmen.",
                  "Verfügbarkeit für {X} geprüft: Glasfaser verfügbar."],
        quantity=["Hat {X} Stück statt zwölf bestellt.", "Geschäftskonto mit {X} aktiven Leitungen."],
        uuid=["Conversation-ID {X}.", "Interaktion {X} mit dem Vorgang verknüpft."],
        version=["App-Version {X}; Update empfohlen.", "Router-Firmware {X} installiert."],
        card_invalid=["Gutscheinkarte Nr. {X} nicht erkannt.",
                      "Die durchgegebene Kartennummer {X} ist ungültig (Prüfziffer); Kunde prüft die Karte.",
                      "Kundenkarte {X} gescannt."],
        iban_invalid=["Die IBAN im Formular, {X}, hat eine falsche Prüfziffer; Kunde schickt die korrekten Daten.",
                      "Mandatsreferenz {X}.", "IBAN {X} vom System als ungültig abgelehnt."],
        ssn_invalid=["Chargennummer {X}.", "Belegnummer {X} auf dem Formular.", "Platzhalter {X} im Formularfeld."],
        otp=["Einmalcode {X} per SMS gesendet.", "Kunde liest den Bestätigungscode {X} vor.",
             "SMS-Code {X} war abgelaufen."],
        ean=["EAN {X} auf dem Karton passt nicht zum Artikel.", "Artikel mit EAN {X} nicht lieferbar."],
        serial=["Seriennummer des Routers: {X}.", "S/N {X} für die Garantie registriert."],
        meter=["Zählernummer {X} abgelesen.", "Zählpunkt {X} für den Wechsel bestätigt."],
    ),
    bare=["Nennt {X} und fragt nach dem Stand.", "Hatte {X} vom letzten Anruf notiert.",
          "{X}: erledigt, keine weitere Aktion.", "Liest {X} aus dem Brief vor.", "[{X}] erneut nachgefragt."],
    filler=["Anruf wegen verspäteter Lieferung.", "Anschlussinhaber verifiziert.",
            "Nächster Schritt: Rückruf innerhalb von zwei Werktagen.", "An das Backoffice weitergeleitet.",
            "Keine weiteren Maßnahmen erforderlich.", "Ruft im Auftrag ihrer Mutter an.",
            "Sicherheitsfragen korrekt beantwortet.", "Ablauf erklärt.", "Rechnungsanfrage.",
            "Klärt das mit ihrer Bank."],
)

T["ja"] = dict(
    phone=[
        "お客様より{ph}への折り返し希望。",
        "連絡先電話番号を{ph}に変更。",
        "携帯：{phm}、自宅：{phl}",
        "TEL：{ph}",
        "{ph}の留守番電話にメッセージを残した。",
        "{phm}または{phl}へ夕方以降に連絡希望。",
        "日中は{phl}（内線{ext}）で対応可能とのこと。",
        "「{phx}」と番号を復唱して確認済み。",
        "フリーダイヤル{phf}の窓口へ転送。",
        "海外出張中のため、月末までは{phi}へ連絡してほしいとのこと。",
        "{phm}のMNP転出手続きについて案内。",
        "{phm}宛てに確認SMSを送信。",
        "TEL:{phc}（午前中のみ）",
        "ご家族（娘様）の連絡先：{phm}",
        "先月の請求に{phi}への通話が含まれているとの申告。",
        "作業員が到着前に{phm}へ連絡予定。",
        "勤務先の代表番号は{phl}、経理部宛てとのこと。",
        "着信表示は{ph}だったが、会社の電話からかけたとのこと。",
        "通知はメールではなく{phm}へのSMSを希望。",
        "旧番号{ph}を削除し、{ph}を主番号として登録。",
        "配達員が不在時は{phm}へ電話してほしいとのこと。",
        "不正利用窓口{phf}へ別の電話から連絡するよう案内。",
        "大家さんの番号（作業時の立会い）：{ph}",
        "CRMの番号（{phx}）が誤っていたため、{phx}に修正。",
        "連絡先は{phm}、つながらない場合は{phl}。",
        "{phi}から迷惑電話があり、着信拒否を希望。",
        "二度目の架電で{phbr}につながった。",
        "明朝{phn}へ折り返し予定。",
        "FAX：{phl}（契約書をFAXで送ってほしいとのこと）",
        "担当窓口：{who}、{phl}",
        "☎{ph}",
        "携帯番号を{phx}に変更済み。",
    ],
    email=[
        "確認メールを{em}宛てに送信済み。", "メールアドレスを{em}に変更。",
        "請求書は今後{em}へ送付希望。", "登録アドレスが不達のため、{em}を新たに伺った。",
        "メール：{em}", "「{em}」と二回綴りを確認。",
        "契約書の写しを{em}（勤務先）へ送付。", "パスワード再設定リンクを{em}へ送信。",
        "メールアドレスを{em}から{em}へ変更希望。",
    ],
    card=[
        "お客様がカード番号{card}を読み上げたため、録音を一時停止。",
        "カード{card}での決済がエラーとなったため、別のカードで再試行予定。",
        "支払方法からカード{card}を削除。",
        "返金は元のカード（{card}）へ5営業日以内に処理。",
        "カード会社よりカード{card}についてチャージバックの連絡あり。",
        "登録カードを{card}に更新。",
        "カード：{card}",
    ],
    iban=[
        "海外口座への返金希望：IBAN {iban}",
        "返金先としてIBAN {iban}（海外の銀行口座）を伺った。",
        "口座振替をIBAN {iban}に変更。",
        "海外在住のご家族名義の口座（{iban}）への返金を希望。",
    ],
    ssn=[],
    mixed=[
        "{ph}より、注文番号{dp:order}の件で入電。",
        "チケット{dp:ticket}を起票、{ph}へ折り返し予定。",
        "最初に{dp:reference}を受付番号として伝えられ、その後{phn}を連絡先として伺った。",
        "携帯{phm}、請求書番号{dp:invoice}。",
        "{phm}宛てに認証コード{d:otp}を送信。",
        "SMSに記載の{dp:reference}は配送業者の問い合わせ番号で、お客様の番号（{phx}）ではない。",
        "{phm}のMNP予約番号{d:reference}を発行。",
        "携帯電話の契約番号{d:account}、電話番号{phm}。",
        "請求書{d:invoice}に{phi}への通話料金が記載。",
        "電話：{ph}。お客様番号：{dp:account}。",
        "{phn}（携帯）と{dp:member}（会員番号）を伺った。",
        "案件{d:case}および配送{d:tracking}について{ph}へ折り返し。",
        "新住所：{d:postcode}1-2-3、電話{ph}。",
        "月額{d:amount}のプランについて、{phf}へ電話で申込予定。",
        "{d:date}の{d:time}に作業員訪問予定、携帯{phm}。",
        "会話ID {d:uuid}、連絡先{ph}。",
        "カード{card}で{d:amount}を決済、ギフトカード{d:card_invalid}は利用不可。",
        "案件{d:case}にて{d:amount}をIBAN {iban}へ返金申請。",
        "注文{d:order}はカード{card}で支払済み。",
        "{em}から請求書番号{dp:invoice}についてメールあり。",
        "ルーター（製造番号{d:serial}）故障、{ph}へ折り返し。",
        "認証コード{d:otp}のSMSは{phm}に届いたが、アプリで拒否された。",
        "連絡先：{phm}、{em}。会員番号{d:member}。",
        "{d:date}付の請求書{d:invoice}：{d:amount}。支払いのため{phl}へ連絡予定。",
        "注文確認メールの{dp:order}を読み上げた後、ご自身の携帯{phn}を伝えられた。",
        "供給地点特定番号{d:meter}の件、不明点があれば{phm}へ連絡希望。",
    ],
    note=[
        "お客様：{who}\nTEL：{ph}｜FAX：{phl}\n注文番号：{d:order}",
        "連絡先\n・携帯：{phm}\n・勤務先：{phl}（内線{ext}）\n・メール：{em}",
        "TEL {ph}\nお客様番号 {d:account}\n案件 {d:case}",
        "氏名｜電話｜受付番号\n{who}｜{ph}｜{d:reference}",
        "折り返し：{phm}／{phl}\nチケット：{dp:ticket}",
        "TEL：{ph}\nメール：{em}\n住所：{d:postcode}",
        "支払：カード{card}\n金額：{d:amount}\n参照：{d:reference}",
        "返金先：{iban}\n請求書：{d:invoice}",
    ],
    decoy=dict(
        order=["注文番号{X}の商品が未着。", "ご注文{X}の配送状況について問い合わせ。",
               "月曜日にアプリから注文された商品（注文番号{X}）は発送済み。",
               "確認メールに記載の{X}が注文番号とのこと。",
               "オーダー番号{X}をお客様のご希望によりキャンセル。", "注文番号：{X}"],
        reference=["受付番号{X}をお伝えした。", "お支払い参照番号：{X}", "予約番号{X}",
                   "SMSに記載の受付番号{X}は当社記録と一致。",
                   "書面に記載の参照番号{X}を読み上げていただいた。"],
        case=["案件番号{X}を更新。", "案件{X}を二次対応へエスカレーション。",
              "既存の案件{X}に紐付け。", "先週お客様が起票した案件は{X}。"],
        ticket=["チケット{X}をクローズ。", "ネットワーク担当へ障害チケット{X}を起票。",
                "障害についてチケット番号{X}を案内。", "同じルーターに関する前回のチケット{X}を再オープン。"],
        tracking=["追跡番号{X}、荷物は営業所に保管中。", "お問い合わせ伝票番号：{X}",
                  "伝票番号{X}の荷物が差出人へ返送された。", "配送業者からのSMSに記載の追跡番号{X}を確認。"],
        invoice=["請求書番号{X}が二重払いとなっている。", "請求書{X}の内容に異議あり。",
                 "請求書{X}を全額返金処理。", "ローミング料金が含まれる先月分の請求書番号は{X}。"],
        account=["お客様番号{X}で本人確認済み。", "契約番号{X}をWeb明細へ変更。",
                 "お客様番号{X}：請求先住所を変更。"],
        member=["会員番号{X}を更新。", "ポイントカード番号{X}をプロフィールに追加。", "会員番号：{X}"],
        policy=["証券番号{X}の契約を更新。", "証券番号{X}にて事故受付。",
                "銀行経由で加入された火災保険の証券番号は{X}。"],
        date=["配達日を{X}に変更。", "契約開始日は{X}。", "最終入金日：{X}"],
        time=["作業員の訪問は{X}の予定。", "{X}以降は在宅とのこと。", "{X}頃に通話が切れたとのこと。"],
        amount=["{X}が二重に請求されていた。", "{X}分のクレジットを適用。", "新しい月額料金は{X}。"],
        percentage=["6か月間{X}の割引を案内。", "4月から{X}の値上げについて説明。"],
        postcode=["配送先住所を確認：{X}1-2-3。", "{X}へ転居のため、サービスの移転を希望。"],
        quantity=["{X}個を注文済み。", "法人契約で{X}回線が稼働中。"],
        uuid=["会話ID {X}", "インタラクション{X}を案件に紐付け。"],
        version=["アプリのバージョンは{X}、更新を案内。", "ルーターのファームウェア{X}を適用。"],
        card_invalid=["ギフトカード番号{X}が認識されない。",
                      "読み上げられたカード番号{X}はチェックディジットが合わず無効。再確認を依頼。",
                      "ポイントカード{X}を読み取り。"],
        iban_invalid=["申込書のIBAN（{X}）は検証エラー、正しい口座情報を再送予定。",
                      "マンデート参照番号{X}", "IBAN {X}はシステムで無効と判定。"],
        ssn_invalid=["ロット番号{X}", "書類管理番号{X}", "申込書の該当欄にダミー値{X}が入力されていた。"],
        otp=["SMSでワンタイムパスワード{X}を送信。", "確認コード{X}を読み上げていただいた。",
             "SMS認証コード{X}は入力前に期限切れ。"],
        ean=["箱のJANコード{X}が商品と一致しない。", "JANコード{X}の商品は在庫切れ。"],
        serial=["ルーターの製造番号：{X}", "シリアル番号{X}を保証登録。"],
        meter=["供給地点特定番号{X}を確認。", "メーター番号{X}の検針値を伺った。"],
    ),
    bare=["{X}について進捗確認の依頼。", "前回の通話でメモした{X}をお伝えいただいた。",
          "{X}：対応完了、追加対応なし。", "書面の{X}を読み上げていただいた。", "【{X}】再度催促あり。"],
    filler=["配送遅延についての問い合わせ。", "ご契約者様ご本人と確認。",
            "次回対応：2営業日以内に折り返し。", "バックオフィスへエスカレーション。", "追加対応なし。",
            "お母様の代理で入電。", "本人確認の質問に正しく回答。", "手続きの流れを説明。",
            "請求に関する問い合わせ。", "銀行に確認されるとのこと。"],
)


# ---------------------------------------------------------------------------
# PII text assembly
# ---------------------------------------------------------------------------

class Cycler:
    """hands out items of a list in shuffled rounds so that every item is used"""

    def __init__(self, items):
        self.items = list(items)
        self.queue = []

    def next(self):
        if not self.queue:
            self.queue = list(self.items)
            R.shuffle(self.queue)
        return self.queue.pop()


SENT_END = (".", "。", "!", "?", "！", "？", ")", "）")


def join_parts(lang, parts):
    """parts: list of segment lists, one per sentence/line"""
    out = []
    for i, segs in enumerate(parts):
        if i > 0:
            prev_text = "".join(t for t, _ in parts[i - 1])
            if "\n" in prev_text or not prev_text.endswith(SENT_END) or \
                    "\n" in "".join(t for t, _ in segs):
                sep = "\n"
            else:
                sep = "" if lang == "ja" else " "
            if sep:
                out.append((sep, None))
        out.extend(segs)
    # merge adjacent null segments
    merged = []
    for t, l in out:
        if merged and l is None and merged[-1][1] is None:
            merged[-1] = (merged[-1][0] + t, None)
        elif t:
            merged.append((t, l))
    return merged


def build_pii():
    rows = []
    for lang in LANGS:
        tl = T[lang]
        cats = [("phone", 4), ("email", 3.5), ("card", 4), ("iban", 4), ("mixed", 5),
                ("note", 2), ("decoy_only", 3)]
        if tl["ssn"]:
            cats.append(("ssn", 3.5 if lang == "en" else 1.5))
        cyc = {k: Cycler(tl[k]) for k, _ in cats if k != "decoy_only"}
        kind_cyc = Cycler(ALL_KINDS)
        dec_cyc = {k: Cycler(v) for k, v in tl["decoy"].items()}
        bare_cyc = Cycler(tl["bare"])
        fill_cyc = Cycler(tl["filler"])
        cat_cyc = Cycler([k for k, w in cats for _ in range(int(w * 2))])

        def decoy_sentence(lang=lang):
            kind = kind_cyc.next()
            if kind in ID_KINDS and R.random() < 0.18:
                tpl = bare_cyc.next()
            else:
                tpl = dec_cyc[kind].next()
            if kind in ID_KINDS and R.random() < 0.25:
                slot = "{dp:%s}" % kind
            else:
                slot = "{d:%s}" % kind
            return tpl.replace("{X}", slot)

        made = 0
        while made < PII_PER_LANG:
            country = wpick(HOME[lang])
            cat = cat_cyc.next()
            tpls = []
            if cat == "ssn":
                country = "US"
            if cat == "decoy_only":
                n_dec = wpick([(1, 3), (2, 4), (3, 2)])
            else:
                tpls.append(cyc[cat].next())
                n_dec = wpick([(0, 2), (1, 6), (2, 2)])
            for _ in range(n_dec):
                tpls.append(decoy_sentence())
            R.shuffle(tpls)
            if len(tpls) < 4 and R.random() < 0.35:
                tpls.insert(0, fill_cyc.next())
            tpls = tpls[:4]
            parts = [render(t, lang, country) for t in tpls]
            segs = join_parts(lang, parts)
            rows.append({"lang": lang, "segments": [[t, l] for t, l in segs]})
            made += 1
    return rows


# ---------------------------------------------------------------------------
# validation
# ---------------------------------------------------------------------------

def bad_edge(ch):
    cat = unicodedata.category(ch)
    return ch.isspace() or cat.startswith("P") or cat in ("Sc", "Sm", "So", "Sk")


def check_pii(rows):
    errors = []
    for n, row in enumerate(rows):
        segs = row["segments"]
        text = "".join(t for t, _ in segs)
        for i, (t, l) in enumerate(segs):
            if l is None:
                continue
            if not t:
                errors.append((n, "empty span"))
                continue
            first, last = t[0], t[-1]
            ok_first = (not bad_edge(first)) or (l == "phone" and first in "(+（＋")
            if not ok_first or bad_edge(last):
                errors.append((n, "edge", l, repr(t)))
            if "\n" in t and l != "phone":
                errors.append((n, "newline in non-phone span", repr(t)))
            # neighbours must not continue the token
            prev = segs[i - 1][0][-1] if i > 0 else ""
            nxt = segs[i + 1][0][0] if i + 1 < len(segs) else ""
            for nb in (prev, nxt):
                if nb and (nb.isascii() and nb.isalnum() or unicodedata.category(nb) == "Nd"):
                    errors.append((n, "glued", l, repr(t), repr(nb)))
            if i > 0 and segs[i - 1][1] is not None:
                errors.append((n, "adjacent spans", repr(t)))
            d = only_digits(t)
            if l == "card":
                if not (luhn_ok(d) and card_issuer(d)):
                    errors.append((n, "card", t))
            elif l == "decoy:card_invalid":
                if luhn_ok(d):
                    errors.append((n, "card_invalid passes luhn", t))
            elif l == "iban":
                if not iban_ok(t):
                    errors.append((n, "iban", t))
            elif l == "decoy:iban_invalid":
                if iban_ok(t) or len(t.replace(" ", "")) != IBAN_LEN[t[:2]]:
                    errors.append((n, "iban_invalid", t))
            elif l == "ssn":
                if len(d) != 9 or not ssn_valid_parts(int(d[:3]), int(d[3:5]), int(d[5:])):
                    errors.append((n, "ssn", t))
                if d == t:
                    ctx = text[:text.index(t)].lower()[-40:]
                    if "ssn" not in ctx and "social" not in ctx and "seguro social" not in ctx:
                        errors.append((n, "compact ssn without context", t))
            elif l == "decoy:ssn_invalid":
                if len(d) != 9 or ssn_valid_parts(int(d[:3]), int(d[3:5]), int(d[5:])):
                    errors.append((n, "ssn_invalid", t))
            elif l == "phone":
                if not 7 <= len(d) <= 18:
                    errors.append((n, "phone digits", t))
            elif l == "email":
                if not re.fullmatch(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)+", t):
                    errors.append((n, "email", t))
            elif l.startswith("decoy:") and l[6:] in ID_KINDS:
                if not 9 <= len(d) <= 12:
                    errors.append((n, "id digits", t))
            elif l.startswith("decoy:"):
                pass
            else:
                errors.append((n, "unknown label", l))
    return errors


# ---------------------------------------------------------------------------
# sentiment pools
#   S[lang] = dict(neu=[hand-written], pos=[...], neg=[...],
#                  nf=[neutral facts], pe=[positive evaluations], ne=[negative evaluations])
# Composed texts: neutral = nf + nf, positive = nf + pe, negative = nf + ne.
# ---------------------------------------------------------------------------

S = {}

S["en"] = dict(
    neu=[
        "Agent reset the password and sent a confirmation e-mail.",
        "Customer reported a billing error; agent explained the charge and opened a case.",
        "Resolved.",
        "Callback requested.",
        "Voicemail left.",
        "Customer asked how to cancel the add-on; agent explained the steps.",
        "Refund of the duplicate charge processed; it will show in three to five working days.",
        "Agent ran a line test: no issues found.",
        "Customer asked for a complaint form to be posted; form sent.",
        "Agent advised the customer to kill the background process and restart the app.",
        "Free upgrade to the new router applied as per the loyalty policy.",
        "Customer said waiting until Monday is not a problem.",
        "Error code 651 on the modem; agent walked the customer through a factory reset.",
        "Payment failed due to an expired card; customer updated the card details.",
        "Agent read the closing script and thanked the customer for calling.",
        "Customer needed help setting up voicemail; steps provided.",
        "Outage in the customer's area confirmed; estimated fix time shared.",
        "Chargeback notification received; agent explained the dispute process to the customer.",
        "Porting request submitted; completion expected on Thursday.",
        "Direct debit date moved from the 1st to the 15th at the customer's request.",
        "Agent apologised for the hold time and verified the account.",
        "Customer wants to cancel at the end of the minimum term; cancellation logged.",
        "No fault found on the line. Customer to monitor and call back if it drops again.",
        "Customer reported that the app fails to load on Android 14; ticket raised with development.",
        "Please note: customer prefers contact by e-mail.",
        "Customer enquired about the price of the unlimited plan. Details e-mailed.",
        "Late payment fee explained; customer will pay by Friday.",
        "Agent confirmed the delivery address and rebooked the parcel for Saturday.",
        "Customer called to update her surname after marriage.",
        "Customer asked about the difference between the two broadband plans.",
        "Customer not at home for the delivery; redelivery arranged.",
        "Agent killed the stuck print job remotely and the queue cleared.",
        "Customer asked for help with roaming settings before travelling; settings sent by SMS.",
        "The SIM was blocked after three wrong PINs; PUK provided.",
        "Meter reading submitted; next bill will be based on actual usage.",
        "Transferred to the retention team.",
        "Agent checked the order status: dispatched, arriving tomorrow.",
        "Customer's issue was a known bug; workaround shared and ticket linked.",
        "Duplicate account merged. No further action.",
        "Customer asked to be removed from marketing calls; preference updated.",
        "Wrong item delivered; return label sent and replacement ordered.",
        "Agent explained that the refund was declined because the return window had closed.",
        "Customer called back as agreed; no change since yesterday's reset.",
        "Account closed at the customer's request.",
        "Not an outage: the customer's router was switched off. Router powered on, service restored.",
        "Customer checked whether her data was affected by the incident; agent confirmed it was not.",
        "Standard verification failed twice; customer passed on the third attempt.",
        "VPN kill switch disabled to allow the connection; customer tested successfully.",
        "Customer asked for a copy of the terms; sent via e-mail.",
        "Billing cycle explained. Customer will check the next statement.",
        "Agent offered a callback when the system is back up; accepted.",
        "Customer asked what 'SIM not provisioned' means; agent reprovisioned the SIM.",
        "Customer reported a problem with the app login; password reset.",
        "TV add-on cancelled, effective next month.",
        "Customer added the 'Happy Weekends' bundle to her plan.",
        "Customer asked whether the 'Super Saver' plan includes roaming; it does not.",
        "Agent mentioned the free upgrade offer; customer will think about it.",
        "Customer asked for help locating her account number; agent found the account by postcode.",
        "Thanks for calling: standard close.",
        "The outage ticket was closed by the network team; no action needed from the customer.",
        "Customer disputed a charge; agent opened a billing investigation, outcome in 10 days.",
        "Customer asked if there was a problem with the network; agent checked and there was none.",
    ],
    pos=[
        "Issue resolved to the customer's satisfaction.",
        "Customer delighted.",
        "Customer was very pleased with how quickly the refund came through.",
        "Customer thanked the agent warmly for sorting out the bill.",
        "Customer said the engineer was brilliant and the connection has never been better.",
        "Customer seemed genuinely happy with the new plan.",
        "The customer appeared relieved and grateful once the charge was reversed.",
        "Customer couldn't have been happier with the outcome.",
        "Customer said Sam was the most helpful agent she has ever spoken to and will recommend us to friends.",
        "Although the wait was long, the customer left happy with the solution.",
        "Customer was frustrated at first but ended the call thanking the agent and saying it was all sorted perfectly.",
        "No complaints at all: customer said the service has been excellent since the upgrade.",
        "Customer praised the quick response and said she feels valued.",
        "Great call: customer happy, payment plan agreed.",
        "Customer wasn't unhappy at all; in fact he said the new router is fantastic.",
        "Customer called just to say thank you for the excellent installation.",
        "Customer seemed pleased that the outage compensation was applied without asking.",
        "Customer appreciated the clear explanation and said it finally made sense.",
        "Customer was thrilled with the free upgrade.",
        "Customer expressed gratitude for the agent's patience.",
        "Porting went smoothly and the customer said she is very satisfied.",
        "Customer said the chargeback was handled far better than she expected.",
        "Customer left positive feedback about the agent and the company.",
        "Happy customer.",
        "Customer laughed, said 'you've made my day', and thanked us for the refund.",
        "The customer, who had been let down before, said this time the team got everything right.",
        "Customer was impressed that the problem was fixed on the first call.",
        "Customer was satisfied with the explanation of the charges and happy to stay.",
        "Despite the earlier outage, the customer said she is very happy with the service overall.",
        "Customer thanked the agent for going above and beyond.",
        "Customer said: 'Honestly, that's the best news I've had all week.'",
        "After two failed attempts with other teams, the customer was finally satisfied and said so.",
        "Customer was initially sceptical but ended up very happy with the fibre upgrade.",
        "Customer praised the new app; paying the bill is much easier now, she said.",
        "Customer's daughter called to thank us for helping her mum set up the phone.",
        "Outcome: customer satisfied, no follow-up needed.",
        "Good call. Customer happy with the credit and the apology.",
        "Customer was full of praise for the installer, who she said was polite and tidy.",
        "Customer said she had expected a fight but the process was painless and quick.",
        "Customer really appreciated the callback at the agreed time.",
        "Customer is happy to stay with us after the retention offer.",
        "Sorted, customer pleased.",
        "Customer had no complaints whatsoever and thanked us for the smooth switch.",
        "Customer was unsure at first, but after the explanation she said she was happy with the bill.",
        "Customer sounded cheerful and said the signal at home is perfect now.",
    ],
    neg=[
        "Customer furious.",
        "Great, a third dropped call this week, the customer said sarcastically before demanding a supervisor.",
        "Customer is fed up with repeated outages and threatened to cancel.",
        "Customer was unhappy that the refund still hasn't arrived after six weeks.",
        "Customer seemed frustrated by the long hold time and hung up.",
        "Customer appeared upset and said nobody ever calls back.",
        "Customer thanked the agent for trying but said the company is hopeless and she is leaving.",
        "The agent was lovely, the customer said, but the billing department is a disaster.",
        "Although the engineer came on time, the fault is back and the customer is very annoyed.",
        "Customer said 'fantastic, another bill I can't read' and asked for a complaint to be raised.",
        "Customer not happy with the outcome; escalation requested.",
        "Issue remains unresolved after the third call; customer angry.",
        "Customer threatened to file a chargeback and report us to the regulator.",
        "Customer was not satisfied with the explanation and wants the fee removed.",
        "Customer complained about rude treatment in the store.",
        "Customer disappointed that the promised callback never happened.",
        "Customer said she feels ignored and is considering switching provider.",
        "Escalated: customer demands compensation for four days without internet.",
        "Customer shouted throughout the call and refused all offers.",
        "Customer was polite, but made it clear that she is deeply dissatisfied with the repeated billing mistakes.",
        "Oh wonderful, the customer said, the 'free' upgrade costs ten pounds a month. He wants it removed.",
        "Customer is losing patience with the porting delay.",
        "Still no fix. Customer frustrated.",
        "Customer upset about being charged for a cancelled order.",
        "The customer seemed resigned and said nothing ever gets fixed.",
        "Customer felt misled by the sales agent and wants to cancel.",
        "Customer said the new app is useless and keeps crashing.",
        "Angry customer; complaint escalated to the manager.",
        "Customer rejected the apology and said the service has been appalling.",
        "Three engineer no-shows; customer livid.",
        "Customer said she has been lied to twice and wants everything in writing.",
        "Customer hung up mid-call after being told the refund would take another month.",
        "Customer says the engineer left a mess and did not fix anything.",
        "Customer considers the response a joke and has gone to the ombudsman.",
        "Customer thanked the agent, but she is still unhappy with the price and plans to switch.",
        "Customer was calm at first but grew increasingly angry as the call went on.",
        "Unresolved. Customer frustrated.",
        "Customer said 'thanks for nothing' and ended the call.",
        "Customer is unhappy that her data was shared without her consent.",
        "Customer complained that the 'unlimited' plan was throttled after 20 GB.",
        "Customer expected a credit for the outage and was annoyed when told none was due.",
        "Customer didn't appreciate being put on hold five times.",
        "Customer said the new router is worse than the old one and wants her money back.",
        "Complaint escalated.",
        "Customer was not impressed with the 'premium' support.",
    ],
    nf=[
        "Agent updated the billing address.", "Agent explained the roaming charges.",
        "Engineer visit booked for Tuesday morning.", "Direct debit set up.",
        "Agent ran a remote diagnostic on the router.", "Customer asked about upgrading her handset.",
        "Agent resent the welcome pack.", "PUK code provided after the SIM locked.",
        "Agent checked the order status with the courier.", "Agent added a note to the account.",
        "Agent processed the address change.", "Customer asked for a paper copy of the bill.",
        "Agent confirmed the contract end date.", "Agent explained how to read the new meter.",
        "Agent transferred the call to the technical team.", "The line was reset from our side.",
        "Agent confirmed the price of the new tariff.",
        "Customer asked for the parcel to be left with a neighbour.",
        "Agent re-sent the activation code.", "Agent booked a collection for the faulty item.",
        "Agent switched the account to paperless billing.",
        "Customer requested a PAC code; provided by text.",
        "Agent explained the early termination fee.", "Agent logged the fault with the network team.",
        "Agent walked the customer through resetting the voicemail PIN.",
        "Customer queried last month's charge; agent explained the pro-rata adjustment.",
        "Agent applied the agreed credit to the account.", "The replacement handset was dispatched.",
        "Agent checked the status page for outages in the customer's area.",
        "Agent confirmed the refund was issued on Monday.",
        "Customer added her son as an authorised user.", "Agent updated the marketing preferences.",
        "Agent explained the data allowance.", "Agent scheduled a callback for Thursday.",
        "Agent cancelled the duplicate order.", "Agent verified the customer's identity.",
        "Payment arrangement set up for the outstanding balance.",
        "Customer asked how to turn off auto-renewal; steps given.",
        "Agent re-issued the invoice with the correct VAT number.", "Agent confirmed the porting date.",
    ],
    pe=[
        "Customer was happy with the outcome.", "Customer thanked the agent for the help.",
        "Customer said she was very satisfied.", "Customer ended the call in good spirits.",
        "Customer praised the agent's patience.", "Customer seemed pleased with the solution.",
        "Customer appeared grateful for the quick fix.", "Customer said it was excellent service.",
        "Customer was delighted.", "Customer expressed satisfaction with how it was handled.",
        "Customer said the agent had been really helpful.", "Customer was relieved and thankful.",
        "Customer said she would recommend us.", "Customer was impressed by how fast it was sorted.",
        "Customer said it was the best support call she'd had.",
        "Customer sounded much happier by the end of the call.",
        "Customer appreciated the clear explanation.",
        "Customer was glad the issue was finally sorted and thanked us.",
        "Customer said the new plan suits her perfectly.",
        "Customer was very pleased with the goodwill credit.", "Customer left the call happy.",
        "Customer said 'you've been brilliant'.", "Customer complimented the engineer's work.",
        "Customer seemed happy with the new date.", "Customer was thrilled with the result.",
    ],
    ne=[
        "Customer remained unhappy.", "Customer was annoyed by the delay.",
        "Customer said the service is unacceptable.", "Customer seemed frustrated throughout.",
        "Customer appeared angry and asked for a supervisor.", "Customer threatened to cancel.",
        "Customer wants to make a formal complaint.", "Customer is still dissatisfied.",
        "Customer said this is the worst service she has ever had.",
        "Customer was upset and ended the call abruptly.",
        "Customer said she is fed up with being passed around.",
        "Customer was disappointed with the answer.",
        "Customer considers the fee unfair and is not happy.",
        "Customer expressed frustration at having to call again.",
        "Customer said she will be leaving at the end of the month.",
        "Customer was irritated that nobody had called back.", "Customer felt the offer was insulting.",
        "Customer raised his voice and demanded compensation.", "Customer said she is losing patience.",
        "Customer is unhappy that the issue is still not fixed.",
        "Customer said 'brilliant, just brilliant' in a sarcastic tone.",
        "Customer escalated to a manager.",
        "Customer was dissatisfied and asked for the complaints address.",
        "Customer was not happy with the answer.", "Customer is angry about the repeated errors.",
    ],
)

S["es"] = dict(
    neu=[
        "Se restablece la contraseña y se envía un correo de confirmación.",
        "El cliente informa de un error en la factura; se le explica el cargo y se abre un caso.",
        "Resuelto.", "Solicita que le devuelvan la llamada.",
        "Pregunta cómo dar de baja el paquete de canales; se le explican los pasos.",
        "Reembolso del cargo duplicado tramitado; se verá reflejado en tres a cinco días hábiles.",
        "Prueba de línea realizada: no se detectan incidencias.",
        "Se le envía por correo postal el formulario de reclamación que solicitó.",
        "Se le indica que cierre el proceso en segundo plano y reinicie la aplicación.",
        "Se aplica la mejora gratuita del router según la política de fidelización.",
        "Dice que esperar hasta el lunes no es problema.",
        "Error 651 en el módem; se le guía para restablecerlo de fábrica.",
        "El pago falló porque la tarjeta estaba caducada; actualiza los datos.",
        "El agente cierra con el guion habitual: gracias por llamar.",
        "Necesita ayuda para configurar el buzón de voz; se le dan las instrucciones.",
        "Avería confirmada en la zona; se le informa del tiempo estimado de reparación.",
        "Se recibe notificación de contracargo; se le explica el proceso de disputa.",
        "Portabilidad solicitada; fecha prevista el jueves.",
        "Se cambia el día de cargo del 1 al 15 a petición del cliente.",
        "El agente se disculpa por la espera y verifica la cuenta.",
        "Quiere cancelar el contrato al final de la permanencia; se registra la baja.",
        "No se encuentra avería en la línea. El cliente volverá a llamar si se repite.",
        "La app falla al abrir en Android 14; se abre incidencia con desarrollo.",
        "Pregunta por el precio de la tarifa ilimitada; se le envían los detalles.",
        "Se explica el recargo por pago atrasado; pagará el viernes.",
        "Sin incidencias. Se cierra la consulta.",
        "Se le envía por SMS la configuración de roaming antes de su viaje.",
    ],
    pos=[
        "Incidencia resuelta a satisfacción del cliente.", "Cliente encantado.",
        "La clienta quedó muy contenta con la rapidez del reembolso.",
        "Agradece mucho la ayuda del agente.",
        "Dice que el técnico fue un crack y que la conexión va mejor que nunca.",
        "Parecía realmente satisfecho con la nueva tarifa.",
        "Al final de la llamada se le notaba aliviado y agradecido.",
        "Aunque la espera fue larga, el cliente terminó contento con la solución.",
        "Empezó molesta, pero acabó dando las gracias y diciendo que todo quedó perfecto.",
        "Ninguna queja: dice que el servicio va de maravilla desde el cambio.",
        "Felicita al equipo por la rapidez de la respuesta.",
        "Llamó solo para dar las gracias por la instalación.",
        "Valora muy positivamente la explicación; dice que ahora lo entiende todo.",
        "Encantada con la mejora gratuita.",
        "La portabilidad salió bien y el cliente se muestra muy satisfecho.",
        "Cliente contento, plan de pagos acordado.",
        "Dice que recomendará la empresa a su familia.",
        "Muy agradecida por la paciencia del agente.",
        "No estaba nada enfadado; al contrario, elogió el nuevo router.",
        "Quedó satisfecho con el abono y decide quedarse.",
        "A pesar de la avería de ayer, afirma estar muy contenta con el servicio en general.",
        "Todo solucionado, cliente feliz.",
        "Comenta que es la mejor atención que ha recibido en años.",
    ],
    neg=[
        "Cliente furioso.",
        "«Genial, tercera llamada cortada esta semana», dice con ironía antes de pedir un supervisor.",
        "Harto de los cortes continuos, amenaza con darse de baja.",
        "Molesta porque el reembolso sigue sin llegar tras seis semanas.",
        "Parecía frustrado por la larga espera y colgó.",
        "Se la notaba disgustada; dice que nunca le devuelven la llamada.",
        "Agradece el trato del agente, pero dice que la empresa es un desastre y que se va.",
        "El técnico llegó puntual, pero la avería ha vuelto y el cliente está muy enfadado.",
        "«Estupendo, otra factura que no entiendo», comenta, y pide poner una reclamación.",
        "No está conforme con la solución; solicita escalado.",
        "Tercera llamada y el problema sigue sin resolverse; cliente indignado.",
        "Amenaza con abrir un contracargo y denunciar ante consumo.",
        "No le convence la explicación y exige que le quiten la penalización.",
        "Se queja del trato recibido en la tienda.",
        "Decepcionada porque nadie la llamó como se había prometido.",
        "Dice sentirse ignorado y está pensando en cambiarse de compañía.",
        "Escalado: exige una compensación por cuatro días sin internet.",
        "Gritó durante toda la llamada y rechazó todas las ofertas.",
        "Fue educada, pero dejó claro que está muy descontenta con los errores de facturación.",
        "Sigue sin solución. Cliente frustrado.",
        "Se siente engañado por el comercial y quiere anular el contrato.",
        "Dice que la app no sirve para nada y se cuelga constantemente.",
        "Cliente muy molesto con la subida de precio.",
    ],
    nf=[
        "Se actualiza la dirección de facturación.", "Se explican los cargos de roaming.",
        "Visita técnica programada para el martes.", "Se configura la domiciliación bancaria.",
        "Se realiza un diagnóstico remoto del router.", "Se reenvía el código de activación.",
        "Se programa la recogida del equipo averiado.", "Se confirma la fecha de fin de permanencia.",
        "Se transfiere la llamada al departamento técnico.", "Se añade una nota en la cuenta.",
        "Se aplica el abono acordado.", "Se envía un terminal de sustitución.",
        "Se cambia la cuenta a factura electrónica.", "Se confirma la fecha de la portabilidad.",
        "Se verifica la identidad del titular.", "Se anula el pedido duplicado.",
    ],
    pe=[
        "El cliente queda satisfecho.", "Agradece la ayuda.", "Se muestra muy contenta con la solución.",
        "Termina la llamada de buen humor.", "Elogia la paciencia del agente.",
        "Parece satisfecho con el resultado.", "Dice que ha sido un servicio excelente.",
        "Se le nota aliviada y agradecida.", "Comenta que recomendará la empresa.",
        "Queda encantado con la rapidez.", "Valora mucho la claridad de la explicación.",
        "Muy contenta con el abono.",
    ],
    ne=[
        "El cliente sigue descontento.", "Está molesta por el retraso.",
        "Dice que el servicio es inaceptable.", "Se muestra frustrado durante toda la llamada.",
        "Parece enfadado y pide hablar con un responsable.", "Amenaza con darse de baja.",
        "Quiere presentar una reclamación formal.",
        "Dice estar harta de que la pasen de un departamento a otro.",
        "Se siente decepcionado con la respuesta.",
        "Considera injusta la penalización y no está nada contento.",
        "Se queja de tener que llamar otra vez.",
        "Sigue enfadada porque nadie le ha devuelto la llamada.",
    ],
)

S["fr"] = dict(
    neu=[
        "Mot de passe réinitialisé, e-mail de confirmation envoyé.",
        "Le client signale une erreur de facturation ; explication du montant et ouverture d'un dossier.",
        "Résolu.", "Rappel demandé.",
        "Demande comment résilier l'option TV ; étapes expliquées.",
        "Remboursement du prélèvement en double effectué ; visible sous trois à cinq jours ouvrés.",
        "Test de ligne effectué : aucun problème détecté.",
        "Formulaire de réclamation envoyé par courrier à sa demande.",
        "Conseil de tuer le processus en arrière-plan puis de relancer l'appli.",
        "Mise à niveau gratuite de la box appliquée selon la politique de fidélité.",
        "Attendre jusqu'à lundi ne pose pas de problème au client.",
        "Erreur 651 sur le modem ; réinitialisation usine guidée.",
        "Échec du paiement car la carte était expirée ; coordonnées mises à jour.",
        "Clôture de l'appel avec la formule habituelle « merci de votre appel ».",
        "Besoin d'aide pour configurer la messagerie vocale ; instructions fournies.",
        "Panne confirmée dans le secteur ; délai de rétablissement communiqué.",
        "Notification de contestation bancaire reçue ; procédure expliquée au client.",
        "Demande de portabilité enregistrée ; date prévue jeudi.",
        "Date de prélèvement déplacée du 1er au 15 à la demande du client.",
        "La conseillère s'excuse pour l'attente et vérifie le compte.",
        "Souhaite résilier à la fin de l'engagement ; résiliation enregistrée.",
        "Aucun défaut trouvé sur la ligne. Le client rappellera si la coupure se reproduit.",
        "L'appli plante au démarrage sous Android 14 ; ticket transmis aux développeurs.",
        "Demande de tarif pour le forfait illimité ; détails envoyés par e-mail.",
        "Frais de retard expliqués ; paiement prévu vendredi.",
        "Paramètres d'itinérance envoyés par SMS avant son voyage.",
    ],
    pos=[
        "Problème résolu à la satisfaction du client.", "Client ravi.",
        "La cliente était très contente de la rapidité du remboursement.",
        "Remercie chaleureusement le conseiller pour son aide.",
        "Dit que le technicien a été formidable et que la connexion n'a jamais été aussi bonne.",
        "Semblait vraiment satisfait de la nouvelle offre.",
        "En fin d'appel, la cliente paraissait soulagée et reconnaissante.",
        "Même si l'attente a été longue, le client est reparti content de la solution.",
        "Agacée au départ, elle a fini par remercier et dire que tout était parfait.",
        "Aucune plainte : il trouve le service excellent depuis le changement.",
        "Félicite l'équipe pour sa réactivité.", "Appelle juste pour remercier de l'installation.",
        "Apprécie beaucoup les explications claires.", "Ravie de la mise à niveau gratuite.",
        "La portabilité s'est bien passée ; le client se dit très satisfait.",
        "Client content, échéancier accepté.", "Recommandera l'opérateur à ses proches.",
        "Très reconnaissante pour la patience de la conseillère.",
        "Pas du tout mécontent, au contraire : il trouve la nouvelle box géniale.",
        "Satisfait du geste commercial, il décide de rester.",
        "Malgré la panne d'hier, elle se dit très contente du service dans l'ensemble.",
        "Tout est réglé, cliente enchantée.",
        "Dit que c'est le meilleur service client qu'il ait connu.",
    ],
    neg=[
        "Client furieux.",
        "« Super, troisième coupure de la semaine », dit-il, ironique, avant d'exiger un responsable.",
        "Excédée par les coupures à répétition, elle menace de résilier.",
        "Mécontent que le remboursement ne soit toujours pas arrivé après six semaines.",
        "Semblait agacée par l'attente et a raccroché.",
        "Paraissait contrarié ; dit qu'on ne le rappelle jamais.",
        "Remercie la conseillère, mais trouve l'opérateur lamentable et part à la concurrence.",
        "Le technicien est venu à l'heure, mais la panne est revenue et le client est très énervé.",
        "« Génial, encore une facture illisible », ironise-t-elle, avant de demander à déposer une réclamation.",
        "Pas satisfait de la réponse ; demande une escalade.",
        "Troisième appel, toujours pas de solution ; client exaspéré.",
        "Menace de faire opposition et de saisir le médiateur.",
        "N'accepte pas l'explication et exige l'annulation des frais.",
        "Se plaint de l'accueil en boutique.",
        "Déçue que le rappel promis n'ait jamais eu lieu.",
        "Se sent ignoré et envisage de changer d'opérateur.",
        "Escalade : exige un dédommagement pour quatre jours sans internet.",
        "A crié pendant tout l'appel et refusé toutes les propositions.",
        "Restée polie, mais profondément mécontente des erreurs de facturation répétées.",
        "Toujours pas réglé. Client à bout.",
        "S'estime trompé par le vendeur et veut annuler le contrat.",
        "Trouve l'appli inutilisable, elle plante sans arrêt.",
        "Très mécontente de la hausse de tarif.",
    ],
    nf=[
        "Adresse de facturation mise à jour.", "Frais d'itinérance expliqués.",
        "Intervention technique planifiée mardi.", "Prélèvement automatique mis en place.",
        "Diagnostic à distance de la box effectué.", "Code d'activation renvoyé.",
        "Enlèvement du matériel défectueux programmé.", "Date de fin d'engagement confirmée.",
        "Appel transféré au service technique.", "Note ajoutée sur le compte.",
        "Avoir convenu appliqué.", "Téléphone de remplacement expédié.",
        "Passage à la facture électronique effectué.", "Date de portabilité confirmée.",
        "Identité du titulaire vérifiée.", "Commande en double annulée.",
    ],
    pe=[
        "Le client est satisfait.", "Remercie pour l'aide apportée.",
        "Se montre très contente de la solution.", "Termine l'appel de bonne humeur.",
        "Salue la patience du conseiller.", "Semble satisfait du résultat.",
        "Parle d'un service excellent.", "Paraît soulagée et reconnaissante.",
        "Dit qu'il recommandera l'opérateur.", "Ravi de la rapidité.",
        "Apprécie la clarté des explications.", "Très contente du geste commercial.",
    ],
    ne=[
        "Le client reste mécontent.", "Agacée par le retard.", "Juge le service inacceptable.",
        "Se montre frustré tout au long de l'appel.", "Paraît en colère et demande un responsable.",
        "Menace de résilier.", "Souhaite déposer une réclamation officielle.",
        "En a assez d'être baladée de service en service.", "Déçu par la réponse.",
        "Trouve les frais injustes et n'est pas du tout content.",
        "Se plaint de devoir rappeler encore une fois.",
        "Toujours fâchée que personne ne l'ait rappelée.",
    ],
)

S["de"] = dict(
    neu=[
        "Passwort zurückgesetzt und Bestätigungsmail verschickt.",
        "Kunde meldet einen Rechnungsfehler; Betrag erklärt und Vorgang angelegt.",
        "Erledigt.", "Rückruf gewünscht.",
        "Fragt, wie das TV-Paket gekündigt wird; Schritte erklärt.",
        "Erstattung der doppelten Abbuchung veranlasst; Gutschrift in drei bis fünf Werktagen.",
        "Leitungstest durchgeführt: keine Auffälligkeiten.",
        "Beschwerdeformular auf Wunsch per Post verschickt.",
        "Empfehlung, den hängenden Prozess zu beenden (kill) und die App neu zu starten.",
        "Kostenloses Router-Upgrade gemäß Treueprogramm gebucht.",
        "Warten bis Montag ist für die Kundin kein Problem.",
        "Fehler 651 am Modem; Werksreset angeleitet.",
        "Zahlung fehlgeschlagen, da Karte abgelaufen; Kartendaten aktualisiert.",
        "Gespräch mit der üblichen Formel „Danke für Ihren Anruf“ beendet.",
        "Braucht Hilfe bei der Einrichtung der Mailbox; Anleitung gegeben.",
        "Störung im Gebiet bestätigt; voraussichtliche Behebungszeit mitgeteilt.",
        "Rückbuchungsmitteilung eingegangen; Ablauf erklärt.",
        "Rufnummernmitnahme beauftragt; Termin Donnerstag.",
        "Abbuchungsdatum auf Kundenwunsch vom 1. auf den 15. verlegt.",
        "Agentin entschuldigt sich für die Wartezeit und prüft das Konto.",
        "Möchte zum Ende der Mindestlaufzeit kündigen; Kündigung erfasst.",
        "Kein Fehler auf der Leitung gefunden. Kunde meldet sich, falls es wieder auftritt.",
        "App stürzt unter Android 14 beim Start ab; Ticket an die Entwicklung.",
        "Preisauskunft zum Unlimited-Tarif; Details per E-Mail.",
        "Mahngebühr erklärt; Zahlung bis Freitag zugesagt.",
        "Roaming-Einstellungen vor der Reise per SMS geschickt.",
    ],
    pos=[
        "Anliegen zur Zufriedenheit des Kunden gelöst.", "Kundin begeistert.",
        "Kundin war sehr zufrieden, wie schnell die Erstattung kam.",
        "Bedankt sich herzlich für die Hilfe.",
        "Sagt, der Techniker war super und das Internet läuft so gut wie nie.",
        "Wirkte mit dem neuen Tarif wirklich zufrieden.",
        "Am Ende des Gesprächs klang der Kunde erleichtert und dankbar.",
        "Die Wartezeit war lang, trotzdem ging die Kundin zufrieden aus dem Gespräch.",
        "Anfangs verärgert, bedankte er sich am Ende und meinte, jetzt sei alles perfekt.",
        "Keinerlei Beschwerden: Seit der Umstellung sei der Service hervorragend.",
        "Lobt die schnelle Reaktion des Teams.",
        "Ruft nur an, um sich für die Installation zu bedanken.",
        "Schätzt die klare Erklärung sehr.", "Freut sich sehr über das kostenlose Upgrade.",
        "Portierung hat reibungslos geklappt; Kunde sehr zufrieden.",
        "Kunde zufrieden, Ratenzahlung vereinbart.", "Will uns im Freundeskreis weiterempfehlen.",
        "Sehr dankbar für die Geduld der Agentin.",
        "Überhaupt nicht verärgert, im Gegenteil: findet den neuen Router klasse.",
        "Mit der Kulanzgutschrift zufrieden, bleibt Kunde.",
        "Trotz der gestrigen Störung insgesamt sehr zufrieden mit dem Service.",
        "Alles geklärt, Kundin glücklich.",
        "Sagt, das sei der beste Kundenservice, den er je erlebt hat.",
    ],
    neg=[
        "Kunde wütend.",
        "„Toll, schon der dritte Abbruch diese Woche“, sagt er ironisch und verlangt einen Vorgesetzten.",
        "Hat die ständigen Ausfälle satt und droht mit Kündigung.",
        "Verärgert, dass die Erstattung nach sechs Wochen immer noch nicht da ist.",
        "Wirkte von der Wartezeit genervt und legte auf.",
        "Schien verstimmt; sagt, es rufe nie jemand zurück.",
        "Bedankt sich bei der Agentin, hält die Firma aber für unfähig und wechselt den Anbieter.",
        "Techniker kam pünktlich, aber die Störung ist zurück und der Kunde ist sehr verärgert.",
        "„Super, wieder eine Rechnung, die keiner versteht“, meint sie und will sich beschweren.",
        "Mit der Lösung nicht zufrieden; Eskalation gewünscht.",
        "Dritter Anruf, Problem weiterhin ungelöst; Kunde aufgebracht.",
        "Droht mit Rücklastschrift und Beschwerde bei der Bundesnetzagentur.",
        "Akzeptiert die Erklärung nicht und verlangt, dass die Gebühr gestrichen wird.",
        "Beschwert sich über unfreundliche Behandlung im Shop.",
        "Enttäuscht, dass der zugesagte Rückruf nie kam.",
        "Fühlt sich ignoriert und überlegt, den Anbieter zu wechseln.",
        "Eskaliert: verlangt Entschädigung für vier Tage ohne Internet.",
        "Hat das ganze Gespräch über geschrien und alle Angebote abgelehnt.",
        "Blieb höflich, machte aber deutlich, dass sie mit den wiederholten Rechnungsfehlern sehr unzufrieden ist.",
        "Immer noch keine Lösung. Kunde frustriert.",
        "Fühlt sich vom Verkäufer getäuscht und will den Vertrag widerrufen.",
        "Findet die App unbrauchbar, sie stürzt ständig ab.",
        "Sehr unzufrieden mit der Preiserhöhung.",
    ],
    nf=[
        "Rechnungsanschrift aktualisiert.", "Roaming-Gebühren erklärt.",
        "Technikertermin für Dienstag gebucht.", "Lastschriftmandat eingerichtet.",
        "Ferndiagnose am Router durchgeführt.", "Aktivierungscode erneut gesendet.",
        "Abholung des defekten Geräts beauftragt.", "Vertragsende bestätigt.",
        "An den technischen Support weitergeleitet.", "Notiz im Kundenkonto ergänzt.",
        "Vereinbarte Gutschrift gebucht.", "Ersatzgerät verschickt.",
        "Auf Online-Rechnung umgestellt.", "Portierungstermin bestätigt.",
        "Identität des Anschlussinhabers geprüft.", "Doppelte Bestellung storniert.",
    ],
    pe=[
        "Kunde ist zufrieden.", "Bedankt sich für die Unterstützung.", "Ist mit der Lösung sehr zufrieden.",
        "Beendet das Gespräch gut gelaunt.", "Lobt die Geduld des Agenten.",
        "Wirkt mit dem Ergebnis zufrieden.", "Spricht von ausgezeichnetem Service.",
        "Klingt erleichtert und dankbar.", "Will uns weiterempfehlen.",
        "Begeistert von der schnellen Bearbeitung.", "Schätzt die verständliche Erklärung.",
        "Freut sich über die Gutschrift.",
    ],
    ne=[
        "Kunde bleibt unzufrieden.", "Ärgert sich über die Verzögerung.",
        "Findet den Service inakzeptabel.", "Wirkt während des ganzen Gesprächs frustriert.",
        "Scheint wütend und verlangt einen Vorgesetzten.", "Droht mit Kündigung.",
        "Will eine offizielle Beschwerde einreichen.",
        "Hat es satt, von Abteilung zu Abteilung weitergereicht zu werden.",
        "Von der Antwort enttäuscht.", "Hält die Gebühr für unfair und ist gar nicht zufrieden.",
        "Beschwert sich, schon wieder anrufen zu müssen.",
        "Immer noch verärgert, weil niemand zurückgerufen hat.",
    ],
)

S["ja"] = dict(
    neu=[
        "パスワードを再設定し、確認メールを送信。",
        "請求内容の誤りについて申告あり。料金の内訳を説明し、案件を登録。",
        "解決済み。", "折り返し希望。", "テレビオプションの解約方法を案内。",
        "二重引き落とし分の返金処理を実施、反映まで3〜5営業日。",
        "回線試験を実施、異常なし。", "ご希望により苦情受付用紙を郵送。",
        "バックグラウンドのプロセスを強制終了してアプリを再起動するよう案内。",
        "長期利用特典としてルーターの無償交換を手配。",
        "月曜日まで待つことは問題ないとのこと。", "モデムでエラー651、初期化手順を案内。",
        "カードの有効期限切れにより決済失敗、カード情報を更新。",
        "「お電話ありがとうございました」の定型文で終話。",
        "留守番電話の設定方法についてサポートを希望、手順を案内。",
        "地域の通信障害を確認、復旧見込み時刻を案内。",
        "チャージバックの通知を受領、手続きの流れを説明。",
        "MNP転入を受付、開通予定日は木曜日。", "引き落とし日を1日から15日へ変更。",
        "お待たせしたことをお詫びし、アカウントを確認。",
        "契約期間満了での解約を希望、解約手続きを受付。",
        "回線に故障は見つからず。再発時は再度連絡いただくことに。",
        "Android 14でアプリが起動しない件、開発部門へチケット起票。",
        "使い放題プランの料金について問い合わせ、詳細をメールで送付。",
        "延滞金について説明、金曜日に支払い予定。", "渡航前にローミング設定をSMSで送付。",
    ],
    pos=[
        "お客様にご満足いただける形で解決。", "大変喜んでおられた。",
        "返金の早さに非常に満足されていた。", "担当者の対応に何度もお礼を言われた。",
        "作業員の対応が素晴らしく、通信も快適になったとのこと。",
        "新しいプランにご満足の様子だった。",
        "終話時には安心された様子で、感謝の言葉をいただいた。",
        "待ち時間は長かったけれども、最終的には解決策に満足された。",
        "最初はご立腹だったが、最後は「助かりました、完璧です」とお礼を言われた。",
        "不満は一切なく、切り替え後のサービスがとても良いとのこと。",
        "対応の早さをお褒めいただいた。", "設置のお礼を伝えるためだけにお電話をいただいた。",
        "分かりやすい説明だったと大変喜ばれた。", "無償アップグレードにとても喜んでおられた。",
        "乗り換えがスムーズに完了し、非常に満足とのこと。",
        "分割払いで合意し、お客様も喜ばれていた。", "ご家族にも勧めたいとのこと。",
        "担当者の丁寧さに感謝しておられた。",
        "全く怒っておらず、むしろ新しいルーターを絶賛されていた。",
        "お詫びのクレジットにご満足いただき、継続利用とのこと。",
        "昨日の障害はあったものの、サービス全体にはとても満足しているとのこと。",
        "すべて解決、お客様は大変お喜び。", "今まで受けた中で最高のサポートだったとのお言葉をいただいた。",
    ],
    neg=[
        "お客様は激怒。",
        "「さすがですね、今週三回目の切断です」と皮肉を言われ、責任者対応を要求。",
        "度重なる障害にうんざりしており、解約をほのめかされた。",
        "6週間経っても返金されないことにご不満。",
        "長い保留にいら立った様子で、途中で電話を切られた。",
        "折り返しが一度もないとご立腹の様子だった。",
        "担当者には感謝しているが、会社の対応には失望したので他社へ移るとのこと。",
        "作業員は時間通りに来たけれども、また故障しており、お客様は大変お怒り。",
        "「また読めない請求書ですね、素晴らしい」と皮肉を言われ、苦情申し立てを希望。",
        "回答にご納得いただけず、上席へのエスカレーションを要求。",
        "三回目の問い合わせでも未解決のまま、強いご不満。",
        "チャージバックと消費生活センターへの相談を示唆された。",
        "説明に納得されず、違約金の免除を強く求められた。",
        "店舗での対応が失礼だったと苦情。",
        "約束した折り返しがなかったことにがっかりされていた。",
        "無視されていると感じており、他社への乗り換えを検討中。",
        "エスカレーション：4日間ネットが使えなかった補償を要求。",
        "終始大声で、すべての提案を拒否された。",
        "口調は丁寧だったが、度重なる請求ミスに強い不満を示された。",
        "依然として未解決。お客様はいら立っている。",
        "販売員に騙されたと感じており、契約の取消しを希望。",
        "アプリが頻繁に落ちて使い物にならないとのご指摘。",
        "値上げに大変ご不満の様子。",
    ],
    nf=[
        "請求先住所を変更。", "ローミング料金について説明。", "火曜日に作業員訪問を手配。",
        "口座振替を設定。", "ルーターの遠隔診断を実施。", "アクティベーションコードを再送。",
        "故障機器の回収を手配。", "契約満了日を確認。", "技術サポートへ転送。",
        "アカウントにメモを追加。", "合意したクレジットを適用。", "代替機を発送。",
        "Web明細へ切り替え。", "MNPの開通日を確認。", "契約者ご本人であることを確認。",
        "重複注文をキャンセル。",
    ],
    pe=[
        "お客様はご満足の様子。", "サポートへの感謝の言葉をいただいた。",
        "解決策に大変喜ばれていた。", "明るい声で終話された。",
        "担当者の忍耐強い対応をお褒めいただいた。", "結果にご満足のようだった。",
        "素晴らしい対応だったとのこと。", "安心され、感謝しておられた。",
        "知人にも勧めたいとのこと。", "対応の早さに大変喜ばれていた。",
        "分かりやすい説明に感謝された。", "クレジットの適用をとても喜ばれた。",
    ],
    ne=[
        "お客様は依然としてご不満。", "遅延にいら立っておられた。",
        "サービスは受け入れられないとのこと。", "通話中ずっとご不満の様子だった。",
        "お怒りの様子で、責任者との通話を要求。", "解約をほのめかされた。",
        "正式に苦情を申し立てたいとのこと。", "たらい回しにされてうんざりしているとのこと。",
        "回答にがっかりされていた。", "手数料は不当だと強いご不満。",
        "また電話しなければならないことに苦情。", "折り返しがなかったことに今もお怒り。",
    ],
)

SENT_TARGET = {"en": 140, "es": 44, "fr": 44, "de": 44, "ja": 44}  # per class


def sjoin(lang, a, b):
    return a + ("" if lang == "ja" else " ") + b


def build_sentiment():
    rows = []
    for lang in LANGS:
        P = S[lang]
        target = SENT_TARGET[lang]
        seen = set()
        for label, hand, evals in (("neutral", P["neu"], None), ("positive", P["pos"], P["pe"]),
                                   ("negative", P["neg"], P["ne"])):
            texts = []
            for t in hand:
                if t not in seen:
                    seen.add(t)
                    texts.append(t)
            nf_cyc = Cycler(P["nf"])
            ev_cyc = Cycler(evals) if evals else Cycler(P["nf"])
            guard = 0
            while len(texts) < target and guard < 10000:
                guard += 1
                a = nf_cyc.next()
                b = ev_cyc.next()
                if a == b:
                    continue
                t = sjoin(lang, a, b)
                if t in seen:
                    continue
                seen.add(t)
                texts.append(t)
            assert len(texts) >= target, (lang, label, len(texts))
            for t in texts:
                rows.append({"lang": lang, "text": t, "label": label})
    R.shuffle(rows)
    rows.sort(key=lambda r: LANGS.index(r["lang"]))
    return rows


# ---------------------------------------------------------------------------
# alignment pools (written for this file only)
#   stories: (what the call was about, what the agent did)   -- neutral
#   pos / neg: evaluative endings; mild: mildly negative endings; neu: neutral closings
# ---------------------------------------------------------------------------

A = {}

A["en"] = dict(
    stories=[
        ("Customer called about a duplicate charge on the March bill.", "Agent reviewed the account and reversed the duplicate charge."),
        ("Caller reported broadband dropping out most evenings.", "Agent ran a line test and booked an engineer for Thursday."),
        ("Customer rang to move her service to a new address.", "Agent set up the home move and confirmed the install date."),
        ("Customer enquired about early upgrade options for her handset.", "Agent explained the upgrade fee and sent the options by e-mail."),
        ("Caller wanted to know why the direct debit amount went up.", "Agent explained that the introductory discount had ended."),
        ("Customer reported a parcel marked as delivered that never arrived.", "Agent raised a trace with the courier and arranged a replacement."),
        ("Customer called to cancel the sports add-on.", "Agent processed the cancellation effective from the next bill."),
        ("Caller asked for a copy of the final bill after closing the account.", "Agent re-sent the final bill by e-mail."),
        ("Customer reported no dial tone on the landline since Sunday.", "Agent logged the fault and escalated it to the network team."),
        ("Customer called about roaming charges from a trip abroad.", "Agent itemised the charges and added a travel bundle for next time."),
        ("Customer wanted to change the payment date.", "Agent verified the account and moved the payment date."),
        ("Caller asked about the refund for a returned router.", "Agent checked with the returns team and gave the expected date."),
        ("Customer reported the TV box freezing on live channels.", "Agent reset the box remotely and pushed a software update."),
        ("Customer called to bring her number over from another network.", "Agent submitted the porting request and confirmed the switch date."),
        ("Customer queried a late payment fee.", "Agent explained when the fee applies and how to avoid it."),
        ("Customer called because the engineer did not turn up.", "Agent rebooked the appointment for the earliest slot."),
        ("Caller asked to add a second SIM to the family plan.", "Agent added the SIM and dispatched it by first-class post."),
        ("Customer reported a faulty replacement handset.", "Agent arranged a courier collection and a new replacement."),
        ("Customer called about a letter saying her contract is ending.", "Agent went through the renewal options."),
        ("Customer asked why the promotional discount disappeared from the bill.", "Agent checked the promotion and explained its end date."),
        ("Customer reported slow speeds after moving to fibre.", "Agent ran a speed test and changed the router channel."),
        ("Customer called about charges for premium-rate texts.", "Agent blocked premium-rate services on the line."),
        ("Caller needed the account holder changed after a bereavement.", "Agent updated the account holder and sent the forms."),
        ("Customer called to check coverage before moving house.", "Agent confirmed coverage at the new postcode."),
        ("Customer asked how to set up the new mesh Wi-Fi points.", "Agent walked the customer through the setup step by step."),
    ],
    pos=[
        "Customer was delighted and thanked the agent several times.",
        "Customer said she was really happy with how it was handled.",
        "Customer seemed relieved and said the agent had been fantastic.",
        "Customer praised the agent's patience and said she felt looked after.",
        "Customer was very satisfied and said she would recommend us.",
        "Customer ended the call in great spirits.",
        "Customer appeared pleased and grateful for the quick resolution.",
        "Customer said it was the easiest call she had ever made to us.",
        "Customer thanked the agent warmly for going the extra mile.",
        "Customer was impressed and said the service had been excellent.",
        "Customer was happy with the outcome.",
        "Customer expressed gratitude and said the issue was resolved perfectly.",
        "Customer sounded pleased with the result.",
        "Customer appreciated the clear explanation and was satisfied.",
        "Customer was glad it was sorted and thanked the agent.",
    ],
    neg=[
        "Customer remained very unhappy and asked to raise a formal complaint.",
        "Customer was angry about the delay and threatened to leave.",
        "Customer said the service has been appalling and wants compensation.",
        "Customer seemed frustrated and said he is fed up with calling.",
        "Customer appeared upset and hung up before the call was closed.",
        "Customer was dissatisfied with the explanation and asked for a manager.",
        "Customer said she is cancelling as soon as the contract allows.",
        "Customer was annoyed that the issue was still not fixed.",
        "Customer complained about being passed between departments.",
        "Customer felt let down and said nobody listens.",
        "Customer was irritated by the long hold and said so repeatedly.",
        "Customer is still unhappy and expects a supervisor to call back.",
        "Customer said 'great, another wasted afternoon' and ended the call.",
        "Customer was disappointed with the outcome.",
        "Customer expressed strong frustration; the issue remains unresolved.",
    ],
    mild=[
        "Customer was a little disappointed that the credit was smaller than expected.",
        "Customer sounded slightly annoyed about the extra step.",
        "Customer was somewhat frustrated by the wait.",
        "Customer grumbled that it should have been sorted the first time.",
        "Customer was mildly unhappy about the fee.",
    ],
    neu=["", "No further action required.", "Confirmation sent by e-mail.",
         "Customer will call back if needed.", "Case closed.", "Reference given."],
)

A["es"] = dict(
    stories=[
        ("La clienta llama por un cargo duplicado en la factura de marzo.", "Se revisa la cuenta y se anula el cargo duplicado."),
        ("El cliente informa de cortes de internet por las tardes.", "Se hace una prueba de línea y se programa una visita técnica para el jueves."),
        ("Llama para trasladar el servicio a su nuevo domicilio.", "Se tramita el traslado y se confirma la fecha de instalación."),
        ("Pregunta por qué ha subido el importe del recibo.", "Se le explica que terminó la promoción y cuál es el nuevo precio."),
        ("El paquete figura como entregado pero no lo ha recibido.", "Se abre una reclamación con la mensajería y se envía un reemplazo."),
        ("Quiere dar de baja el paquete de fútbol.", "Se tramita la baja con efecto en la próxima factura."),
        ("Consulta el estado del reembolso de un router devuelto.", "Se comprueba con el equipo de devoluciones y se le indica el plazo."),
        ("El técnico no se presentó a la cita.", "Se reprograma la visita para el primer hueco disponible."),
        ("Pregunta por los cargos de roaming de un viaje.", "Se le detallan los consumos y se activa un bono de viaje."),
        ("Llama para traer su número desde otra compañía.", "Se registra la portabilidad y se confirma la fecha del cambio."),
    ],
    pos=["La clienta queda encantada y da las gracias varias veces.", "Dice estar muy contento con la gestión.",
         "Se muestra aliviada y comenta que el agente ha sido estupendo.",
         "Elogia la paciencia del agente y dice sentirse bien atendida.",
         "Muy satisfecho; dice que recomendará la empresa.", "Termina la llamada muy agradecida."],
    neg=["Sigue muy descontenta y pide poner una reclamación formal.",
         "Está enfadado por el retraso y amenaza con irse a otra compañía.",
         "Dice que el servicio ha sido pésimo y exige una compensación.",
         "Se muestra harto de tener que llamar y cuelga.",
         "No está conforme con la explicación y pide hablar con un responsable.",
         "Se siente decepcionada; nadie le da una solución."],
    mild=["Se la nota algo molesta por el paso adicional.",
          "Le decepciona un poco que el abono sea menor de lo esperado.",
          "Comenta, algo contrariado, que la espera fue larga."],
    neu=["", "Sin más acciones.", "Se envía confirmación por correo.", "Volverá a llamar si lo necesita."],
)

A["fr"] = dict(
    stories=[
        ("La cliente appelle pour un prélèvement en double sur la facture de mars.", "Vérification du compte et annulation du prélèvement en double."),
        ("Le client signale des coupures internet tous les soirs.", "Test de ligne effectué et intervention planifiée jeudi."),
        ("Appelle pour transférer son abonnement à sa nouvelle adresse.", "Déménagement enregistré, date d'installation confirmée."),
        ("Demande pourquoi le montant du prélèvement a augmenté.", "Explication de la fin de la promotion et du nouveau tarif."),
        ("Colis indiqué comme livré mais jamais reçu.", "Enquête ouverte auprès du transporteur et renvoi d'un colis."),
        ("Souhaite résilier l'option sport.", "Résiliation effective à la prochaine facture."),
        ("Demande où en est le remboursement d'une box retournée.", "Vérification auprès du service retours et délai communiqué."),
        ("Le technicien ne s'est pas présenté au rendez-vous.", "Nouveau rendez-vous fixé sur le premier créneau disponible."),
        ("Questions sur des frais d'itinérance après un voyage.", "Détail des consommations et ajout d'un pass voyage."),
        ("Appelle pour transférer son numéro depuis un autre opérateur.", "Portabilité enregistrée, date de bascule confirmée."),
    ],
    pos=["La cliente est ravie et remercie plusieurs fois.", "Se dit très content de la prise en charge.",
         "Paraît soulagée et trouve le conseiller formidable.",
         "Salue la patience du conseiller et se sent bien accompagnée.",
         "Très satisfait ; recommandera l'opérateur.", "Termine l'appel très reconnaissante."],
    neg=["Reste très mécontente et demande à déposer une réclamation officielle.",
         "En colère à cause du retard, menace de partir à la concurrence.",
         "Juge le service lamentable et exige un dédommagement.",
         "Excédé de devoir rappeler, il raccroche.",
         "N'accepte pas l'explication et demande un responsable.",
         "Se sent abandonnée ; personne ne lui apporte de solution."],
    mild=["Un peu agacée par l'étape supplémentaire.",
          "Légèrement déçu que l'avoir soit plus faible que prévu.",
          "Fait remarquer, un peu contrariée, que l'attente a été longue."],
    neu=["", "Aucune autre action.", "Confirmation envoyée par e-mail.", "Rappellera si besoin."],
)

A["de"] = dict(
    stories=[
        ("Kundin ruft wegen einer doppelten Abbuchung auf der Märzrechnung an.", "Konto geprüft und doppelte Abbuchung storniert."),
        ("Kunde meldet abendliche Internetabbrüche.", "Leitungstest durchgeführt, Techniker für Donnerstag gebucht."),
        ("Möchte den Anschluss an die neue Adresse mitnehmen.", "Umzug beauftragt und Schalttermin bestätigt."),
        ("Fragt, warum der Abbuchungsbetrag gestiegen ist.", "Ende des Aktionsrabatts und neuen Preis erklärt."),
        ("Paket als zugestellt markiert, aber nie angekommen.", "Nachforschungsauftrag beim Paketdienst und Ersatzlieferung veranlasst."),
        ("Möchte die Sport-Option kündigen.", "Kündigung zum nächsten Rechnungszeitraum erfasst."),
        ("Fragt nach der Erstattung für einen zurückgeschickten Router.", "Beim Retourenteam nachgefragt und Termin genannt."),
        ("Techniker ist zum Termin nicht erschienen.", "Neuen Termin zum frühestmöglichen Zeitpunkt vereinbart."),
        ("Fragen zu Roaming-Kosten nach einer Reise.", "Verbindungen aufgeschlüsselt und Reisepaket gebucht."),
        ("Ruft an, um die Rufnummer von einem anderen Anbieter mitzunehmen.", "Portierung beauftragt und Wechseltermin bestätigt."),
    ],
    pos=["Kundin ist begeistert und bedankt sich mehrmals.", "Sagt, er sei mit der Bearbeitung sehr zufrieden.",
         "Wirkt erleichtert und findet die Agentin großartig.",
         "Lobt die Geduld des Agenten und fühlt sich gut betreut.",
         "Sehr zufrieden; will uns weiterempfehlen.", "Beendet das Gespräch sehr dankbar."],
    neg=["Bleibt sehr unzufrieden und will eine offizielle Beschwerde einreichen.",
         "Wütend über die Verzögerung, droht mit Anbieterwechsel.",
         "Nennt den Service miserabel und fordert eine Entschädigung.",
         "Hat es satt, ständig anrufen zu müssen, und legt auf.",
         "Akzeptiert die Erklärung nicht und verlangt einen Vorgesetzten.",
         "Fühlt sich im Stich gelassen; niemand bietet eine Lösung an."],
    mild=["Etwas genervt vom zusätzlichen Schritt.",
          "Ein wenig enttäuscht, dass die Gutschrift geringer ausfällt als erwartet.",
          "Merkt leicht verstimmt an, dass die Wartezeit lang war."],
    neu=["", "Keine weiteren Maßnahmen.", "Bestätigung per E-Mail verschickt.", "Meldet sich bei Bedarf wieder."],
)

A["ja"] = dict(
    stories=[
        ("3月分の請求で二重引き落としがあるとのお問い合わせ。", "アカウントを確認し、重複分の請求を取り消した。"),
        ("夕方になるとインターネットが切れるとのご申告。", "回線試験を実施し、木曜日に作業員訪問を手配。"),
        ("新居へのサービス移転のご依頼。", "移転手続きを行い、工事日を確定。"),
        ("引き落とし額が上がった理由についてのお問い合わせ。", "キャンペーン割引の終了と新料金を説明。"),
        ("配達済みとなっている荷物が届いていないとのこと。", "配送業者へ調査を依頼し、代替品を発送。"),
        ("スポーツオプションの解約をご希望。", "次回請求分から解約となるよう手続き。"),
        ("返品したルーターの返金状況についてのお問い合わせ。", "返品担当に確認し、返金予定日を案内。"),
        ("作業員が約束の時間に来なかったとのこと。", "最短の日程で訪問を再手配。"),
        ("海外渡航時のローミング料金についてのお問い合わせ。", "利用明細を説明し、次回用に海外パケット定額を設定。"),
        ("他社からの番号移行（MNP）のご依頼。", "MNP手続きを行い、切替日を確定。"),
    ],
    pos=["大変喜ばれ、何度もお礼を言われた。", "対応にとても満足しているとのこと。",
         "安心された様子で、担当者の対応が素晴らしかったとのお言葉。",
         "担当者の辛抱強い対応をお褒めいただき、丁寧に対応してもらえたとのこと。",
         "非常にご満足で、知人にも勧めたいとのこと。", "最後は大変感謝されて終話。"],
    neg=["依然として強いご不満で、正式な苦情申し立てを希望。",
         "遅延にお怒りで、他社への乗り換えをほのめかされた。",
         "サービスがひどすぎると補償を要求。",
         "何度も電話することにうんざりされ、途中で電話を切られた。",
         "説明にご納得いただけず、責任者との通話を要求。",
         "誰も解決してくれないとがっかりされていた。"],
    mild=["追加の手続きに少しご不満の様子。",
          "クレジット額が思ったより少なく、やや残念そうだった。",
          "待ち時間が長かったと少しいら立った様子で話された。"],
    neu=["", "追加対応なし。", "確認メールを送信。", "必要があれば再度連絡いただくことに。"],
)

ALIGN_N = {"en": 280, "es": 30, "fr": 30, "de": 30, "ja": 30}


def tri_int(lo, hi, mode):
    return int(round(R.triangular(lo, hi, mode)))


def build_alignment(sent_texts):
    rows = []
    for lang in LANGS:
        P = A[lang]
        n = ALIGN_N[lang]
        n_con = round(n / 3)
        n_agree = n - n_con
        plan = []
        # contradict: half positive summaries with negative calls, half negative summaries with positive calls
        for i in range(n_con):
            plan.append(("contradict", "positive" if i % 2 == 0 else "negative", False))
        # agree: positive / neutral / negative (some mildly negative)
        for i in range(n_agree):
            k = i % 6
            if k in (0, 1):
                plan.append(("agree", "positive", False))
            elif k in (2, 3):
                plan.append(("agree", "neutral", False))
            elif k == 4:
                plan.append(("agree", "negative", False))
            else:
                plan.append(("agree", "negative", True))
        R.shuffle(plan)
        story_cyc = Cycler(P["stories"])
        pos_cyc, neg_cyc = Cycler(P["pos"]), Cycler(P["neg"])
        mild_cyc, neu_cyc = Cycler(P["mild"]), Cycler(P["neu"])
        seen = set()
        for relation, label, mild in plan:
            for _ in range(1000):
                topic, action = story_cyc.next()
                if label == "positive":
                    parts = [topic, action, pos_cyc.next()]
                elif label == "negative":
                    end = mild_cyc.next() if mild else neg_cyc.next()
                    parts = [topic, action, end] if R.random() < 0.6 else [topic, end]
                else:
                    end = neu_cyc.next()
                    parts = [topic, action] + ([end] if end else [])
                summary = ("" if lang == "ja" else " ").join(parts)
                if summary not in seen and summary not in sent_texts:
                    break
            else:
                raise AssertionError("alignment pool too small for " + lang)
            seen.add(summary)
            if relation == "contradict":
                score = tri_int(-92, -25, -42) if label == "positive" else tri_int(25, 80, 38)
            elif label == "positive":
                score = tri_int(5, 90, 32)
            elif label == "neutral":
                score = tri_int(-35, 35, 14)
            elif mild:
                score = tri_int(-28, -5, -10)
            else:
                score = tri_int(-95, -5, -38)
            rows.append({"lang": lang, "summary": summary, "transcriptScore": score,
                         "relation": relation, "summaryLabel": label})
    return rows


def check_alignment(rows):
    errs = []
    for r in rows:
        s, lab, rel = r["transcriptScore"], r["summaryLabel"], r["relation"]
        if not -100 <= s <= 100:
            errs.append(r)
        if rel == "contradict":
            ok = (lab == "positive" and s <= -25) or (lab == "negative" and s >= 25)
        else:
            ok = (lab == "positive" and s >= 5) or (lab == "negative" and s <= -5) or \
                 (lab == "neutral" and -35 <= s <= 35)
        if not ok:
            errs.append(r)
    return errs


# ---------------------------------------------------------------------------
# counts, README, main
# ---------------------------------------------------------------------------

def pii_counts(rows):
    per = OrderedDict((l, Counter()) for l in LANGS)
    texts = Counter(r["lang"] for r in rows)
    for r in rows:
        for t, l in r["segments"]:
            if l:
                per[r["lang"]][l] += 1
    return texts, per


def table(header, rows_):
    out = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    for r in rows_:
        out.append("| " + " | ".join(str(x) for x in r) + " |")
    return "\n".join(out)


def counts_markdown(pii, sent, align):
    texts, per = pii_counts(pii)
    labels = ["phone", "email", "card", "ssn", "iban"] + ["decoy:" + k for k in ALL_KINDS]
    tot = Counter()
    for l in LANGS:
        tot.update(per[l])
    md = []
    md.append("### pii.jsonl (%d texts)\n" % len(pii))
    md.append(table(["label"] + LANGS + ["total"],
                    [["texts"] + [texts[l] for l in LANGS] + [len(pii)]] +
                    [[lab] + [per[l][lab] for l in LANGS] + [tot[lab]] for lab in labels]))
    pii_spans = {l: sum(v for k, v in per[l].items() if not k.startswith("decoy")) for l in LANGS}
    dec_spans = {l: sum(v for k, v in per[l].items() if k.startswith("decoy")) for l in LANGS}
    md.append("\n" + table(["summary"] + LANGS + ["total"], [
        ["PII spans"] + [pii_spans[l] for l in LANGS] + [sum(pii_spans.values())],
        ["decoy spans"] + [dec_spans[l] for l in LANGS] + [sum(dec_spans.values())],
        ["phone share of PII"] + ["%.0f%%" % (100.0 * per[l]["phone"] / pii_spans[l]) for l in LANGS] +
        ["%.0f%%" % (100.0 * tot["phone"] / sum(pii_spans.values()))],
    ]))
    sc = Counter((r["lang"], r["label"]) for r in sent)
    md.append("\n### sentiment.jsonl (%d texts)\n" % len(sent))
    md.append(table(["label"] + LANGS + ["total"],
                    [[lab] + [sc[(l, lab)] for l in LANGS] + [sum(sc[(l, lab)] for l in LANGS)]
                     for lab in ("positive", "neutral", "negative")] +
                    [["total"] + [sum(sc[(l, x)] for x in ("positive", "neutral", "negative")) for l in LANGS] +
                     [len(sent)]]))
    ac = Counter((r["lang"], r["relation"], r["summaryLabel"]) for r in align)
    keys = [("agree", "positive"), ("agree", "neutral"), ("agree", "negative"),
            ("contradict", "positive"), ("contradict", "negative")]
    md.append("\n### alignment.jsonl (%d pairs)\n" % len(align))
    md.append(table(["relation / summaryLabel"] + LANGS + ["total"],
                    [["%s / %s" % k] + [ac[(l,) + k] for l in LANGS] + [sum(ac[(l,) + k] for l in LANGS)]
                     for k in keys] +
                    [["total"] + [sum(1 for r in align if r["lang"] == l) for l in LANGS] + [len(align)]]))
    return "\n".join(md)


README_HEAD = """# eval_fresh: independent evaluation set (contact-centre summaries)

Final, untouched test set for the PII redactor and the sentiment analyser.  Written from the
point of view of a QA engineer at a contact-centre vendor: what agents actually type into
wrap-up notes and what AI call summaries in en, es, fr, de and ja actually say.  It was
written without looking at the detectors, their corpora or the other evaluation sets.

Regenerate (deterministic, seed 4242, Python 3 standard library only, a few seconds):

    python3 scripts/make_eval_fresh.py

The script validates everything it writes (see "Self-checks") and aborts on any error.

## Files

* `pii.jsonl`: `{"lang", "segments": [[text, label|null], ...]}`; the text is the
  concatenation of the segments.  Labels: `phone`, `email`, `card`, `ssn`, `iban`,
  `decoy:<kind>`, or `null`.
* `sentiment.jsonl`: `{"lang", "text", "label": positive|neutral|negative}`.
* `alignment.jsonl`: `{"lang", "summary", "transcriptScore", "relation": agree|contradict,
  "summaryLabel"}`; `transcriptScore` is on Genesys Cloud's -100..+100 scale.  Summaries were
  written for this file and do not occur in `sentiment.jsonl`.

## What pii.jsonl covers

* Phones of US/CA, GB, IE, AU (en); ES, MX, AR (es); FR, BE, CH, French-speaking Canada
  (fr); DE, AT, CH (de); JP (ja): national formats with every usual grouping, E.164, `00`
  prefix, company hotlines / free-phone numbers, fax numbers, and foreign numbers written the
  way each country dials abroad (`011` in North America, `0011` in Australia, `010` in Japan,
  `00` in Europe and Latin America).  Also: `(0)` trunk notation, DIN 5008 extensions glued
  with a hyphen (`030 12345-67`, part of the span), extensions written after the number
  (`ext.`, `poste`, `Durchwahl`, `内線`; NOT part of the span), Belgian slash/dot forms,
  French numbers with non-breaking spaces, Argentine `15` mobile forms, full-width digits and
  long-vowel-mark hyphens in Japanese, a line break inside the number, numbers glued to
  punctuation, quotes and brackets, two numbers joined by `/` or "or", numbers in tables
  (`Tel: … | Fax: …`) and lists, abbreviations (Tel., Tél., Tfno., Mob., Cel., Handy, TEL, ☎).
* E-mails with plus-addressing, sub-domains, hyphens, upper case, inside `<…>` and quotes.
* Cards (Visa, Mastercard incl. 2-series, Amex 4-6-5, Discover, JCB, Diners 4-6-4), spaced,
  dashed or compact; all Luhn-valid.
* US SSNs (en and US-Hispanic es texts), dashed / spaced, compact only after "SSN" /
  "social security" / "Seguro Social".
* IBANs for GB, IE, ES, FR, DE, AT, CH, BE, NL, IT (national check digits computed where the
  country has them), grouped by 4 or compact.
* Decoys, every kind in every language: `order`, `reference`, `case`, `ticket`, `tracking`,
  `invoice`, `account`, `member`, `policy` (9 to 12 digits, compact or grouped, a quarter of
  them spelled exactly like a national phone number of the text's country, introduced by the
  context word, by a word several words away, by a word after the number, right after a
  phone word ("SMS reference", "MNP予約番号", "porting order"), or with no context word at
  all), `date`, `time`, `amount` (currency symbol outside the span), `percentage` (sign
  outside the span), `postcode` (ZIP+4, UK, Eircode, Canadian, AR CPA, 〒 in Japan),
  `quantity`, `uuid` (conversation IDs), `version`, `card_invalid` (issuer prefix, Luhn
  fails), `iban_invalid` (right length, wrong check digits), `ssn_invalid` (area 000/666/9xx,
  group 00 or serial 0000), `otp` (SMS / verification codes), `ean` (valid EAN-13 / UPC-A /
  JAN), `serial` (device serial numbers), `meter` (MPAN, MPRN, NMI, CUPS, PDL/PRM, EAN-18,
  Marktlokation, Zählpunkt, 供給地点特定番号).

## Sentiment labelling guideline

* positive: the summary expresses satisfaction, gratitude, praise, or an outcome described in
  evaluative positive terms ("resolved to the customer's satisfaction", "customer was
  pleased"); hedged wording counts ("seemed pleased").
* negative: expressed dissatisfaction, anger, frustration, complaint, escalation, a problem
  left unresolved, a threat to cancel, or sarcasm that conveys dissatisfaction.  Praise for the
  agent followed by dissatisfaction with the company is negative.
* neutral: facts and procedures without expressed emotion or evaluation, including routine
  fixes and requests, even with lexicon-polar words (problem, error, fail, cancel, refund,
  complaint form, kill the process, free upgrade, "no issues found", "not a problem"),
  politeness formulas and a formulaic agent apology for hold time.
* Mixed texts: the final clause decides.

Hard cases included: polar words in neutral procedures, negated negatives ("wasn't unhappy at
all"), contrast (yet / although / pero / mais / aber / けれども / ものの), sarcasm, very short
texts ("Resolved.", "Customer furious."), hedged tone, agent praised but company criticised.

## Alignment rules

* contradict: positive summary with transcriptScore <= -25, or negative summary with >= +25.
* agree: positive summary with >= +5, negative summary with <= -5, neutral summary within
  -35..+35.  Includes neutral procedural summaries of mildly positive calls and mildly negative
  summaries of slightly negative calls (-28..-5).

## Self-checks run by the generator

Every card label passes Luhn and has a real issuer prefix and length; every IBAN passes
mod-97 with the right country length; every SSN is in a valid range; every `card_invalid`
fails Luhn, every `iban_invalid` fails mod-97, every `ssn_invalid` is out of range; no label
span starts or ends with whitespace or punctuation (a phone may start with "(" or "+"); no
span is glued to a letter or digit; every decoy kind appears in every language; minimum
counts are met; alignment scores respect the relation rules.

## Counts
"""


def main():
    pii = build_pii()
    errs = check_pii(pii)
    texts, per = pii_counts(pii)
    for lang in LANGS:
        for k in ALL_KINDS:
            if per[lang]["decoy:" + k] == 0:
                errs.append(("missing decoy kind", lang, k))
        if texts[lang] < 200:
            errs.append(("too few pii texts", lang))
        n_pii = sum(v for k, v in per[lang].items() if not k.startswith("decoy"))
        n_dec = sum(v for k, v in per[lang].items() if k.startswith("decoy"))
        if n_dec < n_pii:
            errs.append(("fewer decoys than PII", lang))
    if len(pii) < 1000:
        errs.append(("too few pii texts",))
    sent = build_sentiment()
    sc = Counter(r["lang"] for r in sent)
    if sc["en"] < 400 or any(sc[l] < 120 for l in LANGS[1:]):
        errs.append(("too few sentiment texts", dict(sc)))
    sent_texts = set(r["text"] for r in sent)
    align = build_alignment(sent_texts)
    errs += check_alignment(align)
    if len(align) < 400:
        errs.append(("too few alignment pairs",))
    if errs:
        for e in errs[:50]:
            print("ERROR", e, file=sys.stderr)
        sys.exit(1)

    os.makedirs(OUT_DIR, exist_ok=True)

    def dump(name, rows):
        with open(os.path.join(OUT_DIR, name), "w", encoding="utf-8", newline="\n") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")

    dump("pii.jsonl", pii)
    dump("sentiment.jsonl", sent)
    dump("alignment.jsonl", align)
    counts = counts_markdown(pii, sent, align)
    with open(os.path.join(OUT_DIR, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(README_HEAD + "\n" + counts + "\n")
    print(counts)


if __name__ == "__main__":
    main()
