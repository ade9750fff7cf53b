"""Normalisation of the values film articles write in many forms (pure).

Dates ("May 3, 1999", "3 May 1999", "1999-05-03", "November 1999", "1999") become
:class:`~graph.facts.Date`; runtimes become minutes; amounts of money become
:class:`~graph.facts.Money`; names get a comparison key.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from datetime import date, datetime

from dateutil import parser as dateparser

from .facts import Date, Money

MONTHS = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
           r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?")
DATE_PATTERN = re.compile(
    r"(?P<iso>\b\d{4}-\d{2}-\d{2}\b)"
    rf"|(?P<mdy>\b{MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b)"
    rf"|(?P<dmy>\b\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTHS},?\s+\d{{4}}\b)"
    rf"|(?P<my>\b{MONTHS},?\s+\d{{4}}\b)"
    r"|(?P<y>\b(?:1[89]\d{2}|20\d{2})\b)"
)


def find_dates(text: str, years: bool = True) -> list[tuple[Date, int, int]]:
    """Every date expression in ``text`` as ``(date, start, end)``; bare years only if ``years``."""
    found = []
    for m in DATE_PATTERN.finditer(text):
        if m.lastgroup == "y" and not years:
            continue
        date = parse_date(m.group(0))
        if date:
            found.append((date, m.start(), m.end()))
    return found


@functools.lru_cache(maxsize=16384)
def parse_date(text: str) -> Date | None:
    """One date expression -> :class:`Date` at the precision written, or None if it is not one.
    (Cached: dateutil is the slowest step of extraction, and a corpus repeats its dates.)"""
    text = text.strip().rstrip(".,")
    m = DATE_PATTERN.fullmatch(text)
    if not m:
        return None
    try:
        if m.lastgroup == "y":
            return Date(text)
        if m.lastgroup == "iso":
            return Date(date.fromisoformat(text).isoformat())
        # Two different defaults reveal which fields the text actually gave.
        a = dateparser.parse(text, default=datetime(1, 1, 1))
        b = dateparser.parse(text, default=datetime(1, 12, 28))
    except (ValueError, OverflowError):
        return None
    if m.lastgroup == "my" or a.day != b.day:
        return Date(f"{a.year:04d}-{a.month:02d}")
    return Date(a.date().isoformat())


_RUNTIME = re.compile(
    r"(?:(?P<h>\d+(?:\.\d+)?)\s*(?:h|hr|hrs|hours?)\b\.?\s*)?(?:(?P<m>\d+(?:\.\d+)?)\s*(?:m|min|mins|minutes?)\b)?",
    re.I,
)


def parse_runtime(text: str) -> float | None:
    """``"106 minutes"``, ``"1h 46m"``, ``"2 hours"`` -> minutes; reels and the unreadable -> None."""
    for m in _RUNTIME.finditer(text):
        if m.group("h") or m.group("m"):
            return float(m.group("h") or 0) * 60 + float(m.group("m") or 0)
    return None


_REELS = re.compile(r"\b(?P<n>\d+)\s+reels?\b", re.I)


def parse_reels(text: str) -> int | None:
    """``"6 reels"`` -> 6: the length silent films were sold by. Not turned into minutes, since a
    reel ran 10 to 15 minutes depending on the projection speed, which the article rarely gives."""
    m = _REELS.search(text)
    return int(m.group("n")) if m else None


_CURRENCIES = (
    ("US$", "USD"), ("CA$", "CAD"), ("C$", "CAD"), ("A$", "AUD"), ("NZ$", "NZD"), ("HK$", "HKD"),
    ("NT$", "TWD"), ("S$", "SGD"), ("MX$", "MXN"), ("R$", "BRL"), ("CN¥", "CNY"), ("RMB", "CNY"),
    ("$", "USD"), ("€", "EUR"), ("£", "GBP"), ("¥", "JPY"), ("₹", "INR"), ("₩", "KRW"), ("₽", "RUB"),
    ("₺", "TRY"), ("₪", "ILS"), ("₱", "PHP"), ("₦", "NGN"), ("DM", "DEM"), ("Rs.", "INR"), ("Rs", "INR"),
)
# ISO 4217 codes written before an amount ("BEF 1 million", "SEK 30 million"): today's and the
# ones film articles still quote from before the euro and the rouble's redenomination.
ISO_CURRENCIES = frozenset("""
    USD EUR GBP JPY CNY INR KRW RUB BRL CAD AUD NZD HKD CHF SEK NOK DKK ISK PLN CZK HUF RON BGN TRY
    ILS MXN ARS CLP COP PEN UYU ZAR NGN EGP MAD IRR THB PHP IDR MYR SGD TWD VND PKR BDT LKR UAH KZT
    FRF DEM ITL ESP BEF NLG ATS FIM PTE GRD IEP LUF SUR CSK YUF""".split())
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "crore": 1e7, "lakh": 1e5}
_SCALE = r"(?:\s*(?P<scale>thousand|million|billion|crore|lakh))?"
_NUM = r"(?P<num>\d[\d,]*(?:\.\d+)?)"
_MONEY = re.compile(
    r"(?<![A-Za-z])(?P<cur>" + "|".join(re.escape(sym) for sym, _ in sorted(_CURRENCIES, key=lambda c: -len(c[0])))
    + r"|\b[A-Z]{3}(?=\s?\d))\s?" + _NUM + r"(?:\s*[–-]\s*\d[\d,]*(?:\.\d+)?)?" + _SCALE,
)
_CODES = dict(_CURRENCIES)

# A currency written after the amount: "5.1 million ℛℳ", "13.5 billion won", "2 million francs".
_MONEY_AFTER = re.compile(
    _NUM + _SCALE + r"\s*(?P<cur>ℛℳ|Reichsmarks?|RM|euros?|yen|(?:(?:Belgian|Swiss|French)\s+)?francs?|"
    r"pounds?(?: sterling)?|(?:(?:Hong Kong|Australian|Canadian|New Taiwan)\s+)?dollars?|won|rupees?|yuan|"
    r"roubles?|rubles?|lire|lira|(?:Deutsche?\s*)?[Mm]arks?|pesetas?|kronor|guilders?|rand|baht|zloty|forint)(?!\w)",
    re.I,
)
_WORD_CODES = {"ℛℳ": "RM", "reichsmark": "RM", "rm": "RM", "euro": "EUR", "yen": "JPY",
               "franc": "FRF", "french franc": "FRF", "belgian franc": "BEF", "swiss franc": "CHF",
               "pound": "GBP", "pound sterling": "GBP", "dollar": "USD", "hong kong dollar": "HKD",
               "australian dollar": "AUD", "canadian dollar": "CAD", "new taiwan dollar": "TWD",
               "won": "KRW", "rupee": "INR", "yuan": "CNY", "rouble": "RUB", "ruble": "RUB",
               "lire": "ITL", "lira": "ITL", "mark": "DEM", "deutsche mark": "DEM", "deutschmark": "DEM",
               "peseta": "ESP", "kronor": "SEK", "guilder": "NLG", "rand": "ZAR", "baht": "THB",
               "zloty": "PLN", "forint": "HUF"}
# "¥2.4 billion (US$24 million)": the dollar figure the article gives beside its own currency
_DOLLARS_BESIDE = re.compile(r"\s*\(\s*(?:about |around |roughly |approximately |approx\. |c\. |~)?"
                             r"(?=US\$|\$|USD)")


def parse_money(text: str) -> Money | None:
    """``"$7.3 million"``, ``"€1.5 million"``, ``"¥2.3 billion"``, ``"US$20 million"``,
    ``"₹13.5 crore"``, ``"BEF 1 million"`` -> Money.

    A currency may also follow the amount (``"5.1 million ℛℳ"``, ``"220 million roubles"``).
    A range (``"$20–25 million"``) yields its lower bound; ``text`` keeps what was written. An amount
    with its dollar equivalent beside it (``"¥2.4 billion (US$24 million)"``) yields the dollars: the
    one figure every article of a corpus can be compared in.
    """
    m = _money_match(text)
    if not m:
        return None
    beside = _DOLLARS_BESIDE.match(text, m.end())
    if beside and _code(m) != "USD":
        dollars = _money_match(text[beside.end():])
        if dollars and _code(dollars) == "USD":
            m = dollars
    try:
        amount = float(m.group("num").replace(",", ""))
    except ValueError:
        return None
    if m.group("scale"):
        amount *= _SCALES[m.group("scale").lower()]
    return Money(amount=round(amount, 2), currency=_code(m), text=m.group(0).strip())


def _money_match(text: str):
    """The first amount with a currency in ``text``: a symbol or code before it, else a word after."""
    m = _MONEY.search(text)
    # ("ABC 5 million": three capitals that are no currency's code)
    while m and m.group("cur") not in _CODES and m.group("cur") not in ISO_CURRENCIES:
        m = _MONEY.search(text, m.end())
    return m or _MONEY_AFTER.search(text)


def _code(m) -> str:
    cur = m.group("cur")
    if m.re is _MONEY:
        return _CODES.get(cur) or (cur if cur in ISO_CURRENCIES else "USD")
    word = re.sub(r"\s+", " ", cur.casefold())
    return (_WORD_CODES.get(word) or _WORD_CODES.get(re.sub(r"s$", "", word)) or _WORD_CODES.get(cur)
            or "USD")


@functools.lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """The comparison key of a name: NFKC, case-folded, whitespace folded."""
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


_QUOTED_NICKNAME = re.compile(r'\s+["“][^"”]{1,30}["”](?=\s)')


def without_nickname(name: str) -> str:
    """``name`` without a quoted nickname inside it: 'Julie "Bob" Lombardi' -> "Julie Lombardi"."""
    return _QUOTED_NICKNAME.sub("", name)


def loose_key(name: str) -> str:
    """A spelling-insensitive key: letters and digits only, diacritics removed ("Dee-Dee" = "Deedee")."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if c.isalnum()).casefold()


@functools.lru_cache(maxsize=65536)
def slug(text: str) -> str:
    """A readable ASCII slug for IRIs: ``"Élan (film)"`` -> ``"elan-film"``; never empty."""
    decomposed = unicodedata.normalize("NFKD", text)
    ascii_text = decomposed.encode("ascii", "ignore").decode("ascii").lower()
    s = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")
    if s:
        return s
    return "u" + "-".join(f"{ord(c):x}" for c in text.strip()[:12]) or "unnamed"
