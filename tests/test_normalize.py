"""Normalisation of dates, runtimes, money, infobox values and slugs: tables of cases."""

import pytest

from graph.normalize import loose_key, name_key, parse_date, parse_money, parse_reels, parse_runtime, slug
from graph.values import split_values


@pytest.mark.parametrize("text, iso", [
    ("May 20, 2017", "2017-05-20"), ("20 May 2017", "2017-05-20"), ("2017-05-20", "2017-05-20"),
    ("November 2015", "2015-11"), ("2007", "2007"), ("Sept. 3, 1999", "1999-09-03"),
    ("3rd March 1922", "1922-03-03"), ("March 4th, 1922", "1922-03-04"),
    ("February 30, 2017", None), ("Tuesday", None), ("2017-13-01", None),
])
def test_dates(text, iso):
    date = parse_date(text)
    assert (date.iso if date else None) == iso


@pytest.mark.parametrize("text, minutes", [
    ("106 minutes", 106), ("1h 46m", 106), ("2 hours", 120), ("94 min", 94),
    ("6 reels", None), ("1 hour 30 minutes", 90),
])
def test_runtimes(text, minutes):
    assert parse_runtime(text) == minutes


@pytest.mark.parametrize("text, reels", [("6 reels", 6), ("1 reel", 1), ("106 minutes", None), ("8 Reels", 8)])
def test_reels_are_kept_as_reels(text, reels):
    assert parse_reels(text) == reels


@pytest.mark.parametrize("text, amount, currency", [
    ("$7.3 million", 7_300_000, "USD"), ("€1.5 million", 1_500_000, "EUR"),
    ("¥2.3 billion", 2_300_000_000, "JPY"), ("US$20 million", 20_000_000, "USD"),
    ("$678,226,133", 678_226_133, "USD"), ("£12 million", 12_000_000, "GBP"),
    ("$20–25 million", 20_000_000, "USD"), ("unknown", None, None),
    ("₹13.5 crore", 135_000_000, "INR"), ("Rs. 5 crore", 50_000_000, "INR"), ("₽220 million", 220_000_000, "RUB"),
    ("BEF 1 million", 1_000_000, "BEF"), ("SEK 30 million", 30_000_000, "SEK"), ("ABC 5 million", None, None),
    ("220 million roubles", 220_000_000, "RUB"), ("10 million Deutsche Marks", 10_000_000, "DEM"),
    ("3 million Swiss francs", 3_000_000, "CHF"), ("2 million francs", 2_000_000, "FRF"),
    ("¥2.4 billion (US$24 million)", 24_000_000, "USD"), ("DM 3 million (roughly US$1.75 million)", 1_750_000, "USD"),
    ("$5 million (United States)", 5_000_000, "USD"), ("€4 million (£3 million)", 4_000_000, "EUR"),
    ("Mrs 5 million", None, None),
])
def test_money(text, amount, currency):
    money = parse_money(text)
    assert (money.amount if money else None) == amount
    assert (money.currency if money else None) == currency


@pytest.mark.parametrize("raw, values", [
    ("A, B", [("A", None), ("B", None)]),
    ("2007-06-27 (France, Belgium)", [("2007-06-27", "France, Belgium")]),
    ("Diaphana (France), Sony Pictures Classics (United States)",
     [("Diaphana", "France"), ("Sony Pictures Classics", "United States")]),
    ("May 20, 2017 (Japan), July 1, 2017", [("May 20, 2017", "Japan"), ("July 1, 2017", None)]),
    ("Sammy Davis, Jr., Dean Martin", [("Sammy Davis, Jr.", None), ("Dean Martin", None)]),
])
def test_infobox_values_keep_qualifiers(raw, values):
    assert [(v.text, v.qualifier) for v in split_values(raw)] == values


@pytest.mark.parametrize("a, b, same_name, same_loose", [
    ("Amélie", "AMÉLIE", True, True), ("Sana-Kan", "Sanakan", False, True),
    ("Ｆｕｌｌ", "full", True, True), ("A  B", "a b", True, True), ("Killy", "Cibo", False, False),
])
def test_name_keys(a, b, same_name, same_loose):
    assert (name_key(a) == name_key(b)) is same_name
    assert (loose_key(a) == loose_key(b)) is same_loose


@pytest.mark.parametrize("text, expected", [
    ("Blame! (film)", "blame-film"), ("Amélie", "amelie"), ("Ryōshi", "ryoshi"), ("  ", None),
])
def test_slugs_are_readable_ascii_and_never_empty(text, expected):
    s = slug(text)
    assert s and s.isascii()
    if expected:
        assert s == expected
