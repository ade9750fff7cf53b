"""Synthetic film articles in the filmkg article format, for benchmarks.

Input: a count ``n`` and a ``seed``. Output: ``generate(n, seed)`` yields ``(filename, text)``
pairs, ``NNNNN_slug.txt`` and the article; the same seed always gives the same articles, and the
first ``k`` articles of ``generate(n)`` are those of ``generate(k)``. ``films(n, seed)`` yields the
underlying :class:`Film` records (the ground truth each article was written from).

CLI: ``python benchmarks/generate.py N OUTDIR [--seed S]`` writes the files into ``OUTDIR``.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make ``benchmarks`` and ``graph`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import prose  # noqa: E402
from benchmarks.pools import (  # noqa: E402
    AWARD_BODIES, COUNTRIES, COUNTRY_WEIGHTS, FESTIVALS, FIRST, LAST, TITLE_ADJ, TITLE_NOUN,
    TITLE_PLACE, Pools)
from graph.normalize import slug  # noqa: E402

GENRES = ["drama", "comedy", "thriller", "crime drama", "science fiction", "horror", "romantic comedy",
          "action", "adventure", "fantasy", "mystery", "war drama", "historical drama",
          "psychological thriller", "comedy-drama", "science fiction action", "crime thriller",
          "animated fantasy", "musical", "western", "coming-of-age drama"]
CATEGORIES = [("Best Picture", "producers"), ("Best Director", "directors"), ("Best Actor", "lead"),
              ("Best Actress", "lead2"), ("Best Supporting Actor", "support"),
              ("Best Screenplay", "writers"), ("Best Cinematography", "cinematographer"),
              ("Best Film Editing", "editors"), ("Best Original Score", "composer")]


@dataclass
class Film:
    """The ground truth of one synthetic article: who made it, who is in it, how it was received."""

    index: int
    title: str
    article_title: str
    year: int
    countries: list[str]
    languages: list[str]
    genre: str
    directors: list[str]
    writers: list[str]
    producers: list[str]
    cinematographer: str
    editors: list[str]
    composer: str
    companies: list[str]
    distributors: list[str]
    cast: list[tuple[str, str]]
    releases: list[tuple[date, str]]  # (date, country or festival)
    runtime: int
    budget: str | None
    gross: str | None
    reviews: list[tuple[str, str]] = field(default_factory=list)  # (critic, publication)
    awards: list[tuple[str, str, str, str, str]] = field(default_factory=list)
    source: tuple[str, str, str, int] | None = None  # (form, title, author, year) of a source work
    # Presentation choices: how this article spells and lays things out.
    long_keys: bool = True
    date_style: str = "iso"
    cast_table: bool = False
    animated: bool = False

    @property
    def filename(self) -> str:
        return f"{self.index:05d}_{slug(self.title).replace('-', '_')}.txt"


def _money(rng: random.Random, currency: str, usd_millions: float) -> str:
    """An amount written the way articles write it in ``currency`` ("€4.5 million", "₹45 crore")."""
    rate = {"$": 1, "FRF": 6, "DEM": 1.8, "€": 0.9, "£": 0.8, "¥": 110, "₩": 1200, "₹": 75,
            "SEK": 9, "CA$": 1.3, "A$": 1.4, "R$": 5}[currency]
    m = usd_millions * rate
    if currency == "₹":
        return f"₹{round(m / 10)} crore"
    if m >= 1000:
        text, scale = f"{m / 1000:.1f}".removesuffix(".0"), "billion"
    else:
        text, scale = (f"{m:.1f}".removesuffix(".0") if m < 20 else str(round(m))), "million"
    if currency == "$" and scale == "million" and rng.random() < 0.15:
        return f"${text}–{round(m * 1.25)} million"  # a range; the extractor keeps the lower bound
    prefix = "US$" if currency == "$" and rng.random() < 0.2 else currency
    return f"{prefix}{' ' if prefix.isalpha() else ''}{text} {scale}"


class _Titles:
    """Unique display titles (unique as IRI slugs too, since the article graph is named by slug)."""

    def __init__(self) -> None:
        self.used: set[str] = set()

    def new(self, rng: random.Random) -> str:
        for _ in range(30):
            a, n, n2 = rng.choice(TITLE_ADJ), rng.choice(TITLE_NOUN), rng.choice(TITLE_NOUN)
            place, an = rng.choice(TITLE_PLACE), "An" if a[0] in "AEIOU" else "A"
            title = rng.choice([f"The {a} {n}", f"{a} {n}", f"The {n} of {place}",
                                f"{n} of the {a} {n2}", f"{an} {a} {n} in {place}",
                                f"{rng.choice(FIRST)} and the {n}"])
            if slug(title) not in self.used:
                break
        number = 2
        base = title
        while slug(title) in self.used:  # sequels: "The Silent Harbor II"
            title, number = f"{base} {prose.roman(number)}", number + 1
        self.used.add(slug(title))
        return title


def _characters(rng: random.Random, k: int) -> list[str]:
    names: list[str] = []
    while len(names) < k:
        first, last = rng.choice(FIRST), rng.choice(LAST)
        name = rng.choice([f"{first} {last}", f"{first} {last}", first,
                           f"{rng.choice(['Detective', 'Captain', 'Dr.', 'Sister', 'Mrs.'])} {last}"])
        if name not in names and not any(name.split()[-1] == n.split()[-1] for n in names):
            names.append(name)
    return names


def _film(index: int, rng: random.Random, pools: Pools, titles: _Titles) -> Film:
    """Draw one film: all the facts first, then the presentation choices."""
    title = titles.new(rng)
    year = rng.randint(1955, 2023)
    countries = rng.choices(list(COUNTRIES), COUNTRY_WEIGHTS)
    if rng.random() < 0.2:  # co-productions
        other = rng.choices(list(COUNTRIES), COUNTRY_WEIGHTS)[0]
        if other != countries[0] and " " not in COUNTRIES[other][0] + COUNTRIES[countries[0]][0]:
            countries.append(other)
    languages = list(dict.fromkeys(l for c in countries for l in COUNTRIES[c][1]))[:2]
    directors = pools.direction.distinct(rng, 1 if rng.random() < 0.85 else 2)
    writers = pools.direction.distinct(rng, rng.randint(1, 3), set(directors))
    if rng.random() < 0.3:  # writer-directors
        writers = directors[:1] + writers[:1]
    people = set(directors) | set(writers)
    producers = pools.producers.distinct(rng, rng.randint(1, 3), people)
    crew = pools.crew.distinct(rng, 4 if rng.random() < 0.2 else 3, people | set(producers))
    n_companies = rng.randint(2, 4)
    orgs = pools.companies.distinct(rng, n_companies)
    n_dist = 1 if n_companies == 2 or rng.random() < 0.6 else 2
    actors = pools.cast.distinct(rng, rng.randint(5, 15))
    cast = list(zip(actors, _characters(rng, len(actors))))
    opening = date(year, 1, 1) + timedelta(days=rng.randint(60, 364))
    releases = [(opening, countries[0])]
    if rng.random() < 0.35:  # a festival premiere some weeks before the opening
        releases.insert(0, (opening - timedelta(days=rng.randint(7, 59)), rng.choice(FESTIVALS)))
    if rng.random() < 0.3:  # a later release abroad
        other = rng.choice([c for c in COUNTRIES if c != countries[0]])
        releases.append((opening + timedelta(days=rng.randint(1, 200)), other))
    budget_usd = round(rng.lognormvariate(2.5, 1.0), 1) + 0.5
    currency = COUNTRIES[countries[0]][2]
    if currency == "€" and year < 1999:  # before the euro: francs, marks, or dollars
        currency = {"France": "FRF", "Germany": "DEM"}.get(countries[0], "$")
    film = Film(
        index=index, title=title, article_title=title, year=year, countries=countries,
        languages=languages, genre=rng.choice(GENRES), directors=directors, writers=writers,
        producers=producers, cinematographer=crew[0], editors=crew[1:-1], composer=crew[-1],
        companies=orgs[n_dist:], distributors=orgs[:n_dist], cast=cast, releases=releases,
        runtime=rng.randint(78, 172),
        budget=_money(rng, currency, budget_usd) if rng.random() < 0.85 else None,
        gross=_money(rng, "$", budget_usd * rng.uniform(0.2, 6)) if rng.random() < 0.8 else None,
        long_keys=rng.random() < 0.5, date_style=rng.choice(["iso", "iso", "mdy", "dmy"]),
        cast_table=rng.random() < 0.35)
    film.animated = "animated" in film.genre
    if rng.random() < 0.2:  # disambiguated article titles, as on Wikipedia
        film.article_title = f"{title} ({rng.choice(['film', f'{year} film'])})"
    if rng.random() < 0.15:  # adaptations
        form = rng.choice(["novel", "novel", "short story", "memoir", "play"])
        author = pools.direction.one(rng)
        film.source = (form, prose.source_title(rng), author, year - rng.randint(1, 40))
    if rng.random() < 0.75:
        critics = pools.critics.distinct(rng, rng.randint(1, 4))
        film.reviews = [(c, pools.publications.one(rng)) for c in critics]
    if rng.random() < 0.35:
        film.awards = _awards(rng, film)
    return film


def _awards(rng: random.Random, film: Film) -> list[tuple[str, str, str, str, str]]:
    """Rows (award, date of ceremony, category, recipients, result) for the accolades table."""
    who = {"producers": prose.and_join(film.producers), "directors": prose.and_join(film.directors),
           "lead": film.cast[0][0], "lead2": film.cast[1][0], "support": film.cast[2][0],
           "writers": prose.and_join(film.writers), "cinematographer": film.cinematographer,
           "editors": prose.and_join(film.editors), "composer": film.composer}
    rows = []
    for body in rng.sample(AWARD_BODIES, rng.randint(1, 3)):
        ceremony = prose.date(date(film.year + 1, rng.randint(1, 4), rng.randint(1, 28)), "mdy")
        for category, key in rng.sample(CATEGORIES, rng.randint(1, 4)):
            recipient = film.title if key == "producers" and rng.random() < 0.4 else who[key]
            result = rng.choice(["Won", "Nominated", "Nominated"])
            rows.append((body, ceremony, category, recipient, result))
    return rows


def films(n: int, seed: int = 0) -> Iterator[Film]:
    """The ground truth of ``generate(n, seed)``, film by film."""
    pools = Pools(seed)
    titles = _Titles()
    for index in range(n):
        # One generator per film, so film k does not depend on how much randomness film k-1 used.
        rng = random.Random(f"film-{seed}-{index}")
        yield _film(index, rng, pools, titles)


def generate(n: int, seed: int = 0) -> Iterator[tuple[str, str]]:
    """Yield ``(filename, article_text)`` for ``n`` synthetic film articles."""
    for film in films(n, seed):
        rng = random.Random(f"text-{seed}-{film.index}")
        yield film.filename, prose.article(film, rng)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Write N synthetic film articles into OUTDIR.")
    ap.add_argument("n", type=int, help="number of articles")
    ap.add_argument("outdir", type=Path, help="directory to write NNNNN_slug.txt files into")
    ap.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    args = ap.parse_args(argv)
    args.outdir.mkdir(parents=True, exist_ok=True)
    count = 0
    for name, text in generate(args.n, args.seed):
        (args.outdir / name).write_text(text, encoding="utf-8")
        count += 1
    print(f"wrote {count} articles to {args.outdir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
