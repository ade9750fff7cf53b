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
    ("R$", "BRL"), ("$", "USD"), ("€", "EUR"), ("£", "GBP"), ("¥", "JPY"), ("₹", "INR"),
    ("₩", "KRW"), ("CN¥", "CNY"), ("RMB", "CNY"), ("EUR", "EUR"), ("USD", "USD"), ("GBP", "GBP"),
    ("JPY", "JPY"), ("FRF", "FRF"), ("DEM", "DEM"), ("SEK", "SEK"), ("DKK", "DKK"),
)
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "crore": 1e7, "lakh": 1e5}
_MONEY = re.compile(
    r"(?P<cur>US\$|CA\$|C\$|A\$|NZ\$|HK\$|R\$|CN¥|RMB|EUR|USD|GBP|JPY|FRF|DEM|SEK|DKK|[$€£¥₹₩])\s?"
    r"(?P<num>\d[\d,]*(?:\.\d+)?)(?:\s*[–-]\s*\d[\d,]*(?:\.\d+)?)?"
    r"(?:\s*(?P<scale>thousand|million|billion|crore|lakh))?",
    re.I,
)
_CODES = dict(_CURRENCIES)


# A currency written after the amount: "5.1 million ℛℳ", "13.5 billion won", "2 million francs".
_MONEY_AFTER = re.compile(
    r"(?P<num>\d[\d,]*(?:\.\d+)?)(?:\s*(?P<scale>thousand|million|billion|crore|lakh))?\s*"
    r"(?P<cur>ℛℳ|Reichsmarks?|RM|euros?|yen|francs?|pounds?(?: sterling)?|dollars?|won|rupees?|yuan)(?!\w)",
    re.I,
)
_WORD_CODES = {"ℛℳ": "RM", "reichsmark": "RM", "rm": "RM", "euro": "EUR", "yen": "JPY",
               "franc": "FRF", "pound": "GBP", "pound sterling": "GBP", "dollar": "USD", "won": "KRW",
               "rupee": "INR", "yuan": "CNY"}


def parse_money(text: str) -> Money | None:
    """``"$7.3 million"``, ``"€1.5 million"``, ``"¥2.3 billion"``, ``"US$20 million"`` -> Money.

    A currency may also follow the amount (``"5.1 million ℛℳ"``, ``"2 million francs"``).
    A range (``"$20–25 million"``) yields its lower bound; ``text`` keeps what was written.
    """
    m = _MONEY.search(text)
    if m:
        code = _CODES.get(m.group("cur")) or _CODES.get(m.group("cur").upper(), "USD")
    else:
        m = _MONEY_AFTER.search(text)
        if not m:
            return None
        word = m.group("cur").casefold()
        code = _WORD_CODES.get(word) or _WORD_CODES.get(re.sub(r"s$", "", word)) or _WORD_CODES.get(
            m.group("cur"), "USD")
    try:
        amount = float(m.group("num").replace(",", ""))
    except ValueError:
        return None
    if m.group("scale"):
        amount *= _SCALES[m.group("scale").lower()]
    return Money(amount=round(amount, 2), currency=code, text=m.group(0).strip())


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
