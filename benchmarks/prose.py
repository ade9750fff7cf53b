"""Writing a synthetic :class:`~benchmarks.generate.Film` out as an article (pure text templates).

Input: a film record and a ``random.Random`` for presentation choices. Output: the article text
in the filmkg format (title line, display title, ``- Key: Value`` infobox, lead, ``==`` sections).
Sentence templates follow the shapes of real film articles, so the extractor meets the same
constructions it meets on the seed and fixtures: "X is a 2011 French drama film directed by ...",
"Critic of Paper gave it three stars out of four.", cast lists and tables, accolade tables.
"""

from __future__ import annotations

import random
from datetime import date as Date

from benchmarks.pools import COUNTRIES, TITLE_ADJ, TITLE_NOUN, TITLE_PLACE

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
NUMBERS = ["zero", "one", "two", "three", "four", "five"]
JOBS = ["a retired detective", "a young cartographer", "a night-shift nurse", "a disgraced chef",
        "a lighthouse keeper", "a small-time smuggler", "a schoolteacher", "a war photographer",
        "a failing novelist", "a translator", "a circus acrobat", "a former boxer", "an archivist"]
EVENTS = ["receives a letter from a brother thought long dead", "inherits a crumbling hotel",
          "witnesses a murder on the last train of the night", "loses everything in a single wager",
          "is hired to find a missing painting", "returns home after twenty years abroad",
          "discovers a hidden room beneath the family house"]
TURNS = ["{b} warns {a} that the past cannot be undone.",
         "With the help of {b}, {a} follows a trail of forged documents across the country.",
         "{b} is revealed to have known the truth from the beginning.",
         "When {b} disappears, {a} must choose between loyalty and freedom.",
         "{a} and {b} quarrel bitterly before reconciling on the eve of the storm."]
QUOTES = ["a quietly devastating portrait of grief", "an overlong but handsome melodrama",
          "the most assured debut in years", "a thriller that never quite earns its twists",
          "tender, funny and wholly unexpected", "a triumph of mood over plot",
          "handsomely mounted but emotionally inert"]
PRAISE = ["its cinematography", "the ensemble cast", "the score", "its restraint", "the screenplay"]
DESCRIPTIONS = ["a retired sea captain", "the town's only doctor", "an ambitious journalist",
                "a grieving widow", "the protagonist's estranged sister", "a corrupt official"]
CITIES = ["Lisbon", "Montreal", "Prague", "Kyoto", "Seville", "Budapest", "Belfast", "Marseille",
          "Vancouver", "Bergen", "Trieste", "Cape Town"]
PLATFORMS = ["Streamflix", "Cinevault", "Reelbox", "Northstream"]
MEDIA = ["DVD", "Blu-ray and DVD", "Blu-ray Disc", "Ultra HD Blu-ray", "digital download"]


def and_join(names: list[str]) -> str:
    """``["A", "B", "C"]`` -> ``"A, B and C"``."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def roman(n: int) -> str:
    out = ""
    for value, numeral in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + numeral, n - value
    return out


def date(d: Date, style: str) -> str:
    """``d`` written as ``2011-09-02``, ``September 2, 2011`` or ``2 September 2011``."""
    if style == "iso":
        return d.isoformat()
    if style == "mdy":
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def month_year(d: Date) -> str:
    return f"{MONTHS[d.month - 1]} {d.year}"


def article(film, rng: random.Random) -> str:
    """The whole article of ``film``."""
    lines = [f"= {film.article_title} =", "", film.title]
    lines += infobox(film, rng)
    lines += ["", lead(film, rng), "", "==Plot==", plot(film, rng), ""]
    lines += cast(film, rng)
    if rng.random() < 0.6:
        lines += ["", "==Production==", production(film, rng)]
    lines += ["", "==Release==", release(film, rng)]
    lines += reception(film, rng)
    return "\n".join(lines) + "\n"


def infobox(film, rng: random.Random) -> list[str]:
    def key(short: str, long: str, many: bool = False, short_many: str | None = None) -> str:
        # Each article has a house style; a few keys stray from it, as in hand-edited infoboxes.
        use_long = film.long_keys != (rng.random() < 0.15)
        if use_long:
            return long
        return (short_many or short + "s") if many else short

    starring = [a for a, _ in film.cast[: rng.randint(3, min(6, len(film.cast)))]]
    distributors = film.distributors
    if len(distributors) > 1 and rng.random() < 0.5:  # distributors by territory
        territories = film.countries[:1] + [c for c in ("United States", "United Kingdom")
                                            if c != film.countries[0]]
        distributors = [f"{d} ({c})" for d, c in zip(distributors, territories)]
    releases = [f"{date(d, film.date_style)} ({where})" for d, where in film.releases]
    if len(releases) == 1 and rng.random() < 0.4:
        releases = [date(film.releases[0][0], film.date_style)]
    rows = [
        (key("Director", "Directed by", len(film.directors) > 1), film.directors),
        (key(rng.choice(["Screenplay", "Writer"]), rng.choice(["Written by", "Screenplay by"]),
             len(film.writers) > 1, "Writers"), film.writers),
        *([("Based on", [f"{film.source[1]} by {film.source[2]}"])] if film.source else []),
        (key("Producer", "Produced by", len(film.producers) > 1), film.producers),
        ("Starring", starring),
        ("Cinematography", [film.cinematographer]),
        (key("Editing", "Edited by"), film.editors),
        (key("Music", "Music by"), [film.composer]),
        (key("Studio", "Production companies" if len(film.companies) > 1 else "Production company",
             len(film.companies) > 1), film.companies),
        (key("Distributor", "Distributed by", len(film.distributors) > 1), distributors),
        (key("Released", "Release dates" if len(releases) > 1 else "Release date"), releases),
        (key("Runtime", "Running time"), [f"{film.runtime} minutes" if rng.random() < 0.9
                                          else f"{film.runtime} min"]),
        (key("Country", "Country", len(film.countries) > 1, "Countries"), film.countries),
        (key("Language", "Language", len(film.languages) > 1, "Languages"), film.languages),
    ]
    if film.budget and rng.random() < 0.8:
        rows.append(("Budget", [film.budget]))
    if film.gross:
        rows.append(("Box office", [film.gross]))
    return [f"- {k}: {', '.join(v)}" for k, v in rows]


def lead(film, rng: random.Random) -> str:
    demonyms = "-".join(_demonym(c) for c in film.countries)
    text = f"{film.title} is a {film.year} {demonyms} {film.genre} film"
    director = film.directors[0]
    if len(film.directors) == 1 and film.writers[0] == director:
        text += f" written and directed by {director}"
    else:
        text += f" directed by {and_join(film.directors)}"
        text += rng.choice([f" from a screenplay by {and_join(film.writers)}",
                            f" and written by {and_join(film.writers)}", ""])
    if film.source:
        form, title, author, year = film.source
        text += f", based on the {year} {form} {title} by {author}"
    sentences = [text + "."]
    if rng.random() < 0.7:
        stars = [a for a, _ in film.cast[:rng.randint(2, 4)]]
        sentences.append(f"{rng.choice(['It stars', 'The film stars'])} {and_join(stars)}.")
    if rng.random() < 0.4:
        sentences.append(f"It was produced by {and_join(film.companies)} and distributed by "
                         f"{film.distributors[0]}.")
    return " ".join(sentences)


def _demonym(country: str) -> str:
    return COUNTRIES[country][0]


def plot(film, rng: random.Random) -> str:
    chars = [c for _, c in film.cast]
    a, b = chars[0], chars[1]
    sentences = [f"{a}, {rng.choice(JOBS)} in {rng.choice(CITIES)}, {rng.choice(EVENTS)}."]
    for turn in rng.sample(TURNS, rng.randint(2, 4)):
        sentences.append(turn.format(a=a, b=rng.choice([b] + chars[2:4])))
    return " ".join(sentences)


def cast(film, rng: random.Random) -> list[str]:
    lines = ["==Voice cast==" if film.animated else "==Cast=="]
    if film.cast_table:
        actor, role = rng.choice([("Actor", "Role"), ("Cast member", "Character"),
                                  ("Actor", "Character")])
        lines.append(f"| {actor} | {role} |")
        lines += [f"| {a} | {c} |" for a, c in film.cast]
    else:
        for a, c in film.cast:
            extra = f", {rng.choice(DESCRIPTIONS)}" if rng.random() < 0.4 else ""
            lines.append(f"- {a} as {c}{extra}")
    return lines


def production(film, rng: random.Random) -> str:
    start = Date(film.year - 1, rng.randint(1, 12), 1)
    wrap = Date(start.year + (start.month + 2 > 12), (start.month + 2 - 1) % 12 + 1, 1)
    sentences = []
    if rng.random() < 0.4:
        sentences.append(f"{film.companies[0]} announced the project in "
                         f"{month_year(Date(start.year - 1, rng.randint(1, 12), 1))}.")
    sentences.append(f"Principal photography began in {month_year(start)} in {rng.choice(CITIES)} "
                     f"and wrapped in {month_year(wrap)}.")
    if rng.random() < 0.6:
        sentences.append(f"The film was photographed by {film.cinematographer} and edited by "
                         f"{and_join(film.editors)}, with music by {film.composer}.")
    return " ".join(sentences)


def release(film, rng: random.Random) -> str:
    sentences = []
    style = rng.choice(["mdy", "mdy", "dmy"])
    home = film.countries[0]
    the = "the " if home in ("United States", "United Kingdom") else ""
    for d, where in film.releases:
        when = date(d, style)
        if "Festival" in where:
            sentences.append(f"The film premiered at the {where} on {when}.")
        elif where == home:
            sentences.append(rng.choice([
                f"It was released in {the}{home} on {when} by {film.distributors[0]}.",
                f"{film.distributors[0]} released the film in {_demonym(home)} theaters on {when}.",
                f"It opened in {the}{home} on {when}."]))
        else:
            there = "the " + where if where in ("United States", "United Kingdom") else where
            sentences.append(f"It was released in {there} on {when}.")
    later = film.releases[-1][0].replace(day=1)
    later = later.replace(year=later.year + 1)
    if rng.random() < 0.4:
        # Home media of the film's era: no Blu-ray for a 1973 release's first video edition.
        media = MEDIA if later.year >= 2008 else ["DVD"] if later.year >= 1998 else ["VHS", "LaserDisc"]
        sentences.append(f"The film was released on {rng.choice(media)} on {date(later, style)}.")
    elif later.year >= 2008 and rng.random() < 0.3:
        sentences.append(f"It began streaming on {rng.choice(PLATFORMS)} on {date(later, style)}.")
    if film.budget and film.gross and rng.random() < 0.5:
        sentences.append(f"Made on a budget of {film.budget}, the film grossed {film.gross} worldwide.")
    return " ".join(sentences)


def reception(film, rng: random.Random) -> list[str]:
    lines: list[str] = []
    if film.reviews:
        lines += ["", "==Reception=="]
        if rng.random() < 0.5:
            lines.append("===Critical response===")
        sentences = []
        if rng.random() < 0.4:
            sentences.append(f"On the review aggregator CritiqueMeter, the film holds an approval rating"
                             f" of {rng.randint(20, 99)}% based on {rng.randint(20, 250)} reviews.")
        for critic, paper in film.reviews:
            sentences.append(_review(film, rng, critic, paper))
        lines.append(" ".join(sentences))
    if film.awards:
        lines += ["", "===Accolades===" if film.reviews else "==Accolades=="]
        lines.append("| Award | Date of ceremony | Category | Recipient(s) | Result |")
        lines += [f"| {' | '.join(row)} |" for row in film.awards]
    return lines


def _review(film, rng: random.Random, critic: str, paper: str) -> str:
    quote = rng.choice(QUOTES)
    return rng.choice([
        f"{critic} of {paper} gave it {_stars(rng.randint(1, 4))} out of four.",
        f"{critic} of {paper} rated it {rng.choice('ABCD')}{rng.choice(['+', '−', ''])} and wrote "
        f"that the film was \"{quote}\".",
        f"{critic}, writing for {paper}, called it \"{quote}\".",
        f"{critic} of {paper} praised {rng.choice(PRAISE)} and the performance of {film.cast[0][0]}.",
        f"{critic} of {paper} gave the film {rng.randint(3, 9)}/10.",
    ])


def _stars(n: int) -> str:
    return f"{NUMBERS[n]} star" + ("s" if n > 1 else "")


def source_title(rng: random.Random) -> str:
    """A title for a source novel (not registered as a film title)."""
    return rng.choice([f"The {rng.choice(TITLE_ADJ)} {rng.choice(TITLE_NOUN)}",
                       f"Letters from {rng.choice(TITLE_PLACE)}"])
