"""Facts from tables and bullet lists: cast tables, dub tables, accolade tables, cast lists."""

from __future__ import annotations

import re

from .. import lexicon, places
from ..facts import Alias, AwardOutcome, Performance
from ..model import Paragraph
from ..normalize import find_dates, loose_key, name_key
from .award_bodies import Body, _bodies
from .award_patterns import _suffix
from .cast_patterns import _NOT_PAREN_ROLES
from .context import Context
from .names import clean, split_names

_NOTE = re.compile(r"\s*\([^()]*\)\s*$")
_SELF = re.compile(r"^(?:him|her|them|it)sel(?:f|ves)$|^self$", re.I)
_AS = re.compile(r"^(?P<actor>.+?)\s+as\s+(?P<rest>.+)$")
# "Rune Falk – Oren", "Rune Falk: Oren", "Rune Falk (Oren)": other list styles of a cast
_DASHED = re.compile(r"^(?P<actor>[^–—:()]+?)\s*(?:[–—:]|\s-)\s*(?P<rest>[^–—:()]+)$")
_PARENS = re.compile(r"^(?P<actor>[^()]+?)\s+\((?P<rest>[^()]+)\)$")


def extract_tables(ctx: Context) -> None:
    """Add performances and award outcomes from every table and cast list of the article."""
    for section in ctx.article.walk():
        voice = "voice" in section.path_label.casefold()
        for table in section.tables:
            # "English (Disney)", "Category (91st Academy Awards)": a note after a header's name
            header = [name_key(_NOTE.sub("", h)) for h in table.header]
            if _is_accolades(header):
                _accolades(ctx, section, table, header)
            elif header and header[0] in lexicon.ROLE_COLUMNS and all(
                _header_language(h) for h in table.header[1:]
            ) and len(header) > 1:
                _dub_table(ctx, section, table, header)
            elif any(h in lexicon.ACTOR_COLUMNS for h in header) and any(
                h in lexicon.ROLE_COLUMNS for h in header
            ):
                _cast_table(ctx, section, table, header, voice or "voice actor" in header)
        if any(section.title.casefold().startswith(c) for c in lexicon.CAST_SECTIONS):
            for blist in section.lists:
                _cast_list(ctx, section, blist, voice)


# "Japanese", "Japanese voice", "English dub", "Original Japanese cast": a dub table's column
_LANGUAGE_COLUMN = re.compile(r"(?:original\s+)?(?P<lang>[^\W\d_]+)(?:\s+(?:voices?|voice actors?|voice cast|dub|dubbing|"
                              r"version|cast|actors?|performers?))?", re.I)


def _header_language(cell: str) -> str | None:
    """The language a dub table's column header names, or None."""
    m = _LANGUAGE_COLUMN.fullmatch(_NOTE.sub("", cell).strip())
    return m.group("lang").capitalize() if m and name_key(m.group("lang")) in places.LANGUAGES else None


def _dub_table(ctx, section, table, header) -> None:
    languages = [_header_language(table.header[i]) for i in range(1, len(header))]
    # A column with no Latin letter at all ("霧越未麻") writes the character's name in its own
    # script; the performers of an English article are named in Latin letters.
    native = [not any(re.search(r"[A-Za-zÀ-ɏ]", r.cells[i]) for r in table.rows if i < len(r.cells))
              for i in range(1, len(header))]
    for billing, row in enumerate(table.rows, start=1):
        character = _one_part(ctx, clean(row.cells[0]), ctx.row_evidence(section, row))
        for language, cell, script in zip(languages, row.cells[1:], native):
            if script:
                continue
            for actor in split_names(cell):
                ctx.names.add(actor, "person")
                ctx.facts.performances.append(Performance(
                    performer=actor, character=character or None, language=language, voice=True,
                    billing=billing, evidence=[ctx.row_evidence(section, row)]))


def _one_part(ctx, character: str, evidence) -> str:
    """A cast cell's character: "Miles Morales / Spider-Man" is one part under two names, the first
    its name and the others aliases (added to ``ctx.facts``)."""
    character, *others = [clean(c) for c in re.split(r"\s+/\s+", character)]
    ctx.facts.aliases += [Alias(character, other, evidence) for other in others if other and character]
    return character


def _cast_table(ctx, section, table, header, voice) -> None:
    actor_col = next(i for i, h in enumerate(header) if h in lexicon.ACTOR_COLUMNS)
    role_col = next(i for i, h in enumerate(header) if h in lexicon.ROLE_COLUMNS)
    for billing, row in enumerate(table.rows, start=1):
        character = _one_part(ctx, clean(row.cells[role_col]), ctx.row_evidence(section, row))
        as_self = bool(_SELF.match(character))
        for actor in split_names(row.cells[actor_col]):
            ctx.names.add(actor, "person")
            ctx.facts.performances.append(Performance(
                performer=actor, character=None if as_self else character or None,
                voice=voice, as_self=as_self, billing=billing,
                evidence=[ctx.row_evidence(section, row)]))


def _cast_list(ctx, section, blist, voice) -> None:
    stars = {name_key(c.agent) for c in ctx.facts.credits if c.role == "starring"}
    for billing, item in enumerate(blist.items, start=1):
        m = _AS.match(item.text) or _DASHED.match(item.text) or _PARENS.match(item.text)
        if m and m.re is _PARENS and _NOT_PAREN_ROLES.match(m.group("rest")):
            continue  # "Rune Falk (uncredited)": a note, the same words the prose reader skips
        if not m:
            continue
        actor = clean(m.group("actor"))
        if "," in actor:
            continue  # "- David Vey, who appeared as the postman on the show": a clause, not a part in the film
        rest = m.group("rest")
        if m.re is _DASHED and name_key(actor) not in stars and (
                name_key(clean(rest)) in stars or (" " not in actor and " " in clean(rest))):
            actor, rest = clean(rest), actor  # "Oren: Rune Falk": the character first
        item_voice = voice or bool(re.search(r"\(voice\)|\bthe voice of\b", rest))
        rest = re.sub(r"^the voice of\s+", "", rest)
        ctx.names.add(actor, "person")
        # "Ada Quill as the Ferryman and as the Queen": one performance per role.
        for part in re.split(r",?\s+and\s+(?:also\s+)?as\s+", rest):
            character = _one_part(ctx, clean(re.split(r",|\s+\(|\s+[–—-]\s+", part, maxsplit=1)[0]),
                                  ctx.item_evidence(section, item))
            if not character:
                continue
            as_self = bool(_SELF.match(character))
            ctx.facts.performances.append(Performance(
                performer=actor, character=None if as_self else character, voice=item_voice,
                as_self=as_self, billing=billing, evidence=[ctx.item_evidence(section, item)]))


def _is_accolades(header) -> bool:
    fields = {lexicon.ACCOLADE_COLUMNS.get(h) for h in header}
    return {"award", "result"} <= fields or {"award", "category"} <= fields or {"category", "result"} <= fields


def _body_of(section, table, categories: list[str]) -> Body | None:
    """The award body a table without an award column belongs to: the one a header's note names
    ("Category (91st Academy Awards)"), else the one the text right before it names ("At the 46th
    Academy Awards in 1974, the film received ten nominations."), else the one its section's title
    names ("===Academy Awards==="). Of several bodies in one text, the one whose stretch of text
    names most of the table's ``categories`` (the last when none does)."""
    notes = " ".join(m.group(0) for h in table.header for m in [_NOTE.search(h)] if m)
    before = ""
    for block in section.blocks:
        if block is table:
            break
        if isinstance(block, Paragraph):
            before = block.text
    for text in (notes, before, section.title):
        bodies = [b for b in _bodies(text, None) if b.name]
        if bodies:
            ends = [b.start for b in bodies[1:]] + [len(text)]
            named = [sum(bool(c) and c in loose_key(text[b.start:end]) for c in categories)
                     for b, end in zip(bodies, ends)]
            return bodies[named.index(max(named))] if max(named) else bodies[-1]
    return None


def _accolades(ctx, section, table, header) -> None:
    columns = {lexicon.ACCOLADE_COLUMNS.get(h): i for i, h in enumerate(header)
               if lexicon.ACCOLADE_COLUMNS.get(h)}
    body = None if "award" in columns else _body_of(
        section, table, [loose_key(r.cells[columns["category"]]) for r in table.rows if "category" in columns])
    if "award" not in columns and body is None:
        return

    filled = _spanned(table, columns)

    def cell(row, name):
        if name == "award" and body is not None:
            return f"{body.edition}{_suffix(body.edition)} {body.name}" if body.edition else body.name
        if name == "date" and body is not None and body.year and "date" not in columns:
            return str(body.year)
        return filled[id(row)].get(name, "")

    for row in table.rows:
        award = clean(cell(row, "award"))
        # "45th Academy Awards (1973)": the year in parentheses dates the row
        dated = re.fullmatch(r"(?P<name>.+?)\s*\((?P<year>(?:18|19|20)\d\d)\)", award)
        if dated:
            award = dated.group("name")
        result = name_key(cell(row, "result"))
        outcome = lexicon.OUTCOMES.get(result) or next(
            (v for k, v in lexicon.OUTCOMES.items() if k in result), "nominated")
        dates = find_dates(cell(row, "date"))
        date = dates[0][0] if dates else None
        # A row whose recipient is the film itself names no person.
        # "Tan Dun and James Schamus for “A Love Before Time”": the song is not a recipient
        # "Keith Carradine ("I'm Easy")": nor is a song or work in parentheses
        named = re.sub(r"\s*\([\"“'‘][^)]*\)", "", re.sub(r"\s+for\s+[\"“'‘].*$", "", cell(row, "recipient")))
        recipients = [r for r in split_names(named)
                      if r and name_key(r) not in (name_key(ctx.facts.label), name_key(ctx.facts.title))]
        for r in recipients:
            ctx.names.add(r, "person")
        edition = re.match(r"(\d+)(?:st|nd|rd|th)\b", award)
        ctx.facts.awards.append(AwardOutcome(
            award=award, outcome=outcome, category=cell(row, "category") or None,
            ceremony=award if edition else None, edition=int(edition.group(1)) if edition else None,
            year=date.year if date else int(dated.group("year")) if dated else None,
            date=date if date and date.precision != "year" else None,
            recipients=recipients, evidence=[ctx.row_evidence(section, row)]))


def _spanned(table, columns: dict[str, int]) -> dict[int, dict[str, str]]:
    """Each row's accolade cells (by row id), a blank award, date, category or result cell read as
    the one above it: Wikipedia spans such a cell over the rows it is shared by ("| | | Best
    Director | X | Won |" under the row that names the ceremony). A date, category or result
    carries over only within one award; a blank recipient stays blank (the film itself)."""
    out: dict[int, dict[str, str]] = {}
    above: dict[str, str] = {}
    for row in table.rows:
        cells = {name: row.cells[i].strip() if i < len(row.cells) else "" for name, i in columns.items()}
        same_award = "award" in columns and not cells["award"]
        for name in ("award", "date", "category", "result"):
            if name in cells and not cells[name] and (same_award or name == "award"):
                cells[name] = above.get(name, "")
        above = cells
        out[id(row)] = cells
    return out
