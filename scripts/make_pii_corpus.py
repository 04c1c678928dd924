"""Generates the labelled PII corpus used by tests/pii_corpus.rs (deterministic: fixed seed).

Each line of tests/data/pii_corpus.jsonl is one summary-like text as labelled segments:
{"lang": "en", "segments": [["Customer called from ", null], ["(212) 555-0143", "phone"], [".", null]]}
The PII values are synthetic (valid-looking: Luhn-valid cards, mod-97-valid IBANs, SSNs in valid
ranges, NANP numbers with valid area/exchange codes). Hard negatives (dates, times, amounts,
percentages, order and ticket numbers, UUIDs, Luhn-failing card-likes, short numbers, versions)
are unlabelled text the detector must leave alone.

Usage: python3 scripts/make_pii_corpus.py > tests/data/pii_corpus.jsonl
"""
import json
import random
import string
import uuid

rng = random.Random(20261123)


def digits(n):
    return "".join(rng.choice(string.digits) for _ in range(n))


def luhn_complete(prefix, length):
    body = prefix + digits(length - len(prefix) - 1)
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            d = d - 9 if d > 9 else d
        total += d
    return body + str((10 - total % 10) % 10)


def luhn_ok(number):
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            d = d - 9 if d > 9 else d
        total += d
    return total % 10 == 0


def group(number, sizes, sep):
    out, i = [], 0
    for s in sizes:
        out.append(number[i:i + s])
        i += s
    return sep.join(out)


def card():
    kind = rng.choice(["visa16", "mc", "amex", "discover", "visa13", "nineteen"])
    if kind == "visa16":
        n, sizes = luhn_complete("4", 16), [4, 4, 4, 4]
    elif kind == "mc":
        n, sizes = luhn_complete(rng.choice(["51", "52", "53", "54", "55"]), 16), [4, 4, 4, 4]
    elif kind == "amex":
        n, sizes = luhn_complete(rng.choice(["34", "37"]), 15), [4, 6, 5]
    elif kind == "discover":
        n, sizes = luhn_complete("6011", 16), [4, 4, 4, 4]
    elif kind == "visa13":
        n, sizes = luhn_complete("4", 13), [13]
    else:
        n, sizes = luhn_complete("62", 19), [4, 4, 4, 4, 3]
    return group(n, sizes, rng.choice([" ", "-", ""]))


def not_luhn_card():
    while True:
        n = "4" + digits(15)
        if not luhn_ok(n):
            return group(n, [4, 4, 4, 4], rng.choice([" ", "-"]))


def ssn():
    area = rng.choice([a for a in range(1, 900) if a != 666])
    sep = "-" if rng.random() < 0.8 else " "
    return f"{area:03d}{sep}{rng.randint(1, 99):02d}{sep}{rng.randint(1, 9999):04d}"


IBAN_FORMATS = {"GB": "4a14n", "DE": "18n", "FR": "10n11c2n", "ES": "20n", "NL": "4a10n", "IT": "1a10n12c", "BE": "12n", "CH": "5n12c"}


def iban():
    country = rng.choice(list(IBAN_FORMATS))
    spec, bban = IBAN_FORMATS[country], ""
    num = ""
    for ch in spec:
        if ch.isdigit():
            num += ch
        else:
            alphabet = {"n": string.digits, "a": string.ascii_uppercase, "c": string.ascii_uppercase + string.digits}[ch]
            bban += "".join(rng.choice(alphabet) for _ in range(int(num)))
            num = ""
    rearranged = bban + country + "00"
    value = int("".join(str(int(c, 36)) for c in rearranged))
    check = 98 - value % 97
    compact = f"{country}{check:02d}{bban}"
    if rng.random() < 0.5:
        return " ".join(compact[i:i + 4] for i in range(0, len(compact), 4))
    return compact


def nanp():
    a, e, l = f"{rng.randint(2, 9)}{digits(2)}", f"{rng.randint(2, 9)}{digits(2)}", digits(4)
    return rng.choice([
        f"({a}) {e}-{l}", f"{a}-{e}-{l}", f"{a}.{e}.{l}", f"{a} {e} {l}", f"+1 {a} {e} {l}",
        f"+1-{a}-{e}-{l}", f"+1 ({a}) {e}-{l}", f"1-{a}-{e}-{l}", f"{a}{e}{l}", f"+1{a}{e}{l}",
    ])


def intl_phone():
    return rng.choice([
        f"+44 20 {digits(4)} {digits(4)}", f"+44 7{digits(3)} {digits(6)}", f"+447{digits(9)}",
        f"+49 30 {digits(8)}", f"+49 171 {digits(7)}", f"+33 1 {digits(2)} {digits(2)} {digits(2)} {digits(2)}",
        f"+33 6{digits(8)}", f"+34 9{digits(2)} {digits(3)} {digits(3)}", f"+34 6{digits(8)}",
        f"+81 3-{digits(4)}-{digits(4)}", f"+81 90 {digits(4)} {digits(4)}", f"+61 2 {digits(4)} {digits(4)}",
    ])


def national_phone(lang):
    return rng.choice({
        "en": [f"020 {digits(4)} {digits(4)}", f"07{digits(3)} {digits(6)}"],
        "de": [f"030 {digits(8)}", f"0171 {digits(7)}", f"089/{digits(6)}"],
        "fr": [f"01 {digits(2)} {digits(2)} {digits(2)} {digits(2)}", f"06 {digits(2)} {digits(2)} {digits(2)} {digits(2)}", f"06.{digits(2)}.{digits(2)}.{digits(2)}.{digits(2)}"],
        "es": [f"9{digits(2)} {digits(3)} {digits(3)}", f"6{digits(2)} {digits(2)} {digits(2)} {digits(2)}"],
        "ja": [f"03-{digits(4)}-{digits(4)}", f"090-{digits(4)}-{digits(4)}", f"06-{digits(4)}-{digits(4)}"],
    }[lang])


def phone(lang):
    r = rng.random()
    if lang == "en" and r < 0.6:
        return nanp()
    if r < 0.8:
        return national_phone(lang)
    return intl_phone()


FIRST = ["jane", "sam", "maria", "luis", "claire", "jonas", "yuki", "taro", "amelie", "noah"]
LAST = ["doe", "lee", "garcia", "martin", "schmidt", "tanaka", "suzuki", "dubois", "perez", "smith"]
DOMAINS = ["example.com", "mail.example.co.uk", "example.org", "sub.example.de", "example.fr", "example.es", "example.jp", "corp.example.net"]


def email():
    user = rng.choice([
        f"{rng.choice(FIRST)}.{rng.choice(LAST)}", f"{rng.choice(FIRST)}+billing", f"{rng.choice(FIRST)}_{rng.choice(LAST)}{rng.randint(1, 99)}",
        f"{rng.choice(FIRST)[0]}{rng.choice(LAST)}", f"{rng.choice(FIRST)}.{rng.choice(LAST)}+crm",
    ])
    return f"{user}@{rng.choice(DOMAINS)}"


def negative(lang):
    options = [
        f"{rng.randint(2020, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(2020, 2026)}",
        f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{rng.randint(2020, 2026)}",
        f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}",
        f"${rng.randint(1, 9)},{digits(3)}.{digits(2)}", f"{rng.randint(1, 999)},{digits(2)} €", f"€{rng.randint(1, 9)}.{digits(3)},{digits(2)}",
        f"¥{rng.randint(1, 99)},{digits(3)}", f"{rng.randint(1, 99)}.{rng.randint(0, 9)}%",
        f"#{digits(rng.randint(5, 9))}", f"INC{digits(7)}", f"{uuid.UUID(int=rng.getrandbits(128), version=4)}",
        not_luhn_card(), f"{rng.randint(1, 20)}.{rng.randint(0, 20)}.{rng.randint(0, 99)}", f"{digits(4)}",
        f"{rng.randint(2, 9)}{digits(2)}-{digits(3)}", f"{rng.randint(1, 9)}{digits(5)}",
    ]
    return rng.choice(options)


TEMPLATES = {
    "en": [
        ("Customer called from ", "phone", " about a double charge; refund of ", "neg", " approved."),
        ("Caller asked to update the email on file to ", "email", ". Ticket ", "neg", " closed."),
        ("Agent refunded the charge on card ", "card", " and confirmed order ", "neg", "."),
        ("Customer verified identity with SSN ", "ssn", "; case reopened on ", "neg", "."),
        ("Tax form lists social security number ", "ssn", " and phone ", "phone", "; amount due ", "neg", "."),
        ("SSN ", "ssn", " confirmed for the claim filed on ", "neg", "; callback at ", "neg", "."),
        ("Refund will be sent to IBAN ", "iban", " within 5 days, reference ", "neg", "."),
        ("Please call back on ", "phone", " or write to ", "email", " after ", "neg", "."),
        ("Issue with app version ", "neg", " resolved; the customer was very satisfied.", None, ""),
        ("No PII here: discount of ", "neg", " applied at ", "neg", " and the customer thanked the agent.", None, ""),
    ],
    "es": [
        ("El cliente llamó desde el ", "phone", " por un cargo duplicado de ", "neg", "."),
        ("Se actualizó el correo a ", "email", " y se cerró la incidencia ", "neg", "."),
        ("Se reembolsó la tarjeta ", "card", "; pedido ", "neg", "."),
        ("El reembolso irá a la cuenta ", "iban", ", referencia ", "neg", "."),
        ("Sin datos personales: descuento del ", "neg", " aplicado el ", "neg", ".", None, ""),
    ],
    "fr": [
        ("Le client a appelé depuis le ", "phone", " au sujet d'un double prélèvement de ", "neg", "."),
        ("Adresse e-mail mise à jour : ", "email", ". Dossier ", "neg", " clos."),
        ("Remboursement sur la carte ", "card", " confirmé le ", "neg", "."),
        ("Virement vers l'IBAN ", "iban", " prévu le ", "neg", "."),
        ("Aucune donnée personnelle : version ", "neg", " installée à ", "neg", ".", None, ""),
    ],
    "de": [
        ("Der Kunde rief von ", "phone", " wegen einer doppelten Abbuchung von ", "neg", " an."),
        ("Die E-Mail-Adresse wurde auf ", "email", " geändert. Vorgang ", "neg", " geschlossen."),
        ("Erstattung auf die Karte ", "card", " am ", "neg", " bestätigt."),
        ("Die Rückzahlung geht auf IBAN ", "iban", ", Referenz ", "neg", "."),
        ("Keine personenbezogenen Daten: Rabatt von ", "neg", " am ", "neg", ".", None, ""),
    ],
    "ja": [
        ("お客様は", "phone", "から電話し、", "neg", "の二重請求について問い合わせました。"),
        ("メールアドレスを", "email", "に変更しました。チケット", "neg", "を完了。"),
        ("カード番号", "card", "で返金しました。注文", "neg", "。"),
        ("返金先の口座は", "iban", "です。受付", "neg", "。"),
        ("個人情報なし：バージョン", "neg", "を", "neg", "に更新しました。", None, ""),
    ],
}


def fill(kind, lang):
    return {"phone": lambda: phone(lang), "email": email, "card": card, "ssn": ssn, "iban": iban}[kind]()


lines = []
for lang, templates in TEMPLATES.items():
    per_template = {"en": 14, "es": 18, "fr": 18, "de": 18, "ja": 18}[lang]
    for template in templates:
        for _ in range(per_template):
            segments = []
            for i, part in enumerate(template):
                if part is None:
                    continue
                if i % 2 == 0:
                    if part:
                        segments.append([part, None])
                elif part == "neg":
                    segments.append([negative(lang), None])
                else:
                    segments.append([fill(part, lang), part])
            lines.append({"lang": lang, "segments": segments})

for line in lines:
    print(json.dumps(line, ensure_ascii=False))
