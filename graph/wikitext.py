"""MediaWiki wikitext (a Wikipedia film article) -> the filmkg article format (pure: no I/O).

Input: the page's wikitext, a source name for errors and optionally the page title. Output: text
that :func:`graph.parser.parse_article` reads: ``= Title =``, the display title, ``- Key: Value``
infobox lines under the labels Wikipedia renders ("Directed by", "Release dates"; the extractor's
lexicon knows them), the lead, ``==Section==``, ``| a | b |`` tables and ``- item`` lists.
Malformed input (no derivable title, an unclosed infobox or table) raises
:class:`~graph.errors.ArticleError` naming the source, the wikitext line and the problem.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

import mwparserfromhell
from mwparserfromhell.nodes import Heading, Tag, Template, Text

from . import lexicon
from .errors import ArticleError
from .values import split_values
from .wikitext_inline import SEP, flat, heal, inline, inline_code, template_name


# Infobox film parameters, in the order Wikipedia displays them -> (label for one value, for several).
_ONE = {"director": "Directed by", "writer": "Written by", "screenplay": "Screenplay by",
        "story": "Story by", "based on": "Based on", "producer": "Produced by",
        "producers": "Produced by", "starring": "Starring", "narrator": "Narrated by",
        "cinematography": "Cinematography", "editing": "Edited by", "music": "Music by"}
LABELS: dict[str, tuple[str, str]] = {key: (label, label) for key, label in _ONE.items()} | {
    "studio": ("Production company", "Production companies"),
    "production companies": ("Production company", "Production companies"),
    "distributor": ("Distributed by",) * 2, "released": ("Release date", "Release dates"),
    "runtime": ("Running time",) * 2, "country": ("Country", "Countries"),
    "language": ("Language", "Languages"), "budget": ("Budget",) * 2, "gross": ("Box office",) * 2,
}
# Sections of citations and links: nothing in them is a fact about the film.
DROPPED_SECTIONS = frozenset({"references", "notes", "footnotes", "citations", "sources", "bibliography",
                              "external links", "further reading", "see also", "notes and references"})
WRAPPERS = frozenset({"cast listing", "div col", "columns-list"})  # a block of body text in param 1
_MAGIC_WORD = re.compile(r"__[A-Z]+__")
_UNCLOSED = re.compile(r"\{\{\s*infobox|(?<=\n)[ \t]*\{\|", re.I)


def looks_like_wikitext(text: str) -> bool:
    """True when ``text`` reads as wikitext rather than the article format."""
    if re.search(r"\{\{\s*infobox|'''|^\{\|", text, re.I | re.M):
        return True
    # Links alone could be prose; with spaced headings, templates or '*' bullets they are markup.
    return "[[" in text and bool(re.search(r"^==+ .+ ==+\s*$|\{\{|^\*", text, re.M))


@dataclass(frozen=True)
class Converted:
    """The article text and, for each of its lines, the wikitext line it came from."""

    text: str
    lines: tuple[int, ...]

    def source_line(self, line: int) -> int:
        """The wikitext line of article line ``line`` (1-based), for error messages."""
        return self.lines[max(1, min(line, len(self.lines))) - 1] if self.lines else 1


def wikitext_to_article(text: str, source: str, title: str | None = None) -> str:
    """Wikitext -> article text; see :func:`convert_wikitext`."""
    return convert_wikitext(text, source, title).text


def convert_wikitext(text: str, source: str, title: str | None = None) -> Converted:
    """Convert one page. The title is ``title``, else the infobox ``name``, else the lead's bold phrase."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    newlines = [m.start() for m in re.finditer("\n", text)]

    def line_at(offset: int) -> int:
        return bisect_right(newlines, offset - 1) + 1

    code = mwparserfromhell.parse(text)
    _check_closed(code, line_at, source)
    box = next((n for n in code.nodes if isinstance(n, Template) and template_name(n).startswith("infobox")), None)
    start = text.find(str(box)) if box else 0
    entries, name = _infobox(box, start, line_at) if box else ([], "")
    body = _Body(line_at, skip=box)
    body.walk(code, 0)
    bold = _first_bold(code)
    title = (title or name or bold).strip()
    if not title:
        raise ArticleError(source, 1, "no title: the infobox has no 'name' and the lead no '''bold''' name")
    display = name or bold or re.sub(r"\s*\([^)]*\)$", "", title)  # "Élodie (film)" shows "Élodie"
    first = line_at(start)
    out = [(f"= {title} =", first), ("", first), (display, first), *entries, ("", first)]
    out += _layout(body.lines)
    while out[-1][0] == "":
        out.pop()
    return Converted("\n".join(t for t, _ in out) + "\n", tuple(n for _, n in out))


def _check_closed(code, line_at, source: str) -> None:
    """Raise for an infobox or table left as plain text: never closed, or malformed inside."""
    at = 0
    for node in code.nodes:
        m = isinstance(node, Text) and _UNCLOSED.search(("\n" if at == 0 else "") + node.value)
        if m:
            what = "table: '{|' is never closed by '|}'" if "|" in m.group() else "infobox: '{{' without '}}'"
            raise ArticleError(source, line_at(at + max(0, m.start() - (at == 0))), "unbalanced " + what)
        at += len(str(node))


def _infobox(box: Template, offset: int, line_at) -> tuple[list[tuple[str, int]], str]:
    """The infobox as ``[(article line, wikitext line)]`` in display order, and its ``name``."""
    known: dict[tuple[str, str], list[tuple[str, int]]] = {}
    extra, name, text, cursor = [], "", str(box), 0
    for param in box.params:
        key = " ".join(str(param.name).replace("_", " ").split()).casefold()
        value = flat(inline_code(param.value), ", ")
        cursor = text.find(str(param), cursor)
        line = line_at(offset + cursor)
        if key == "name":
            name = value
        elif value and key in LABELS:
            known.setdefault(LABELS[key], []).append((value, line))
        elif value and (key in lexicon.INFOBOX_ROLES or key in lexicon.INFOBOX_ATTRIBUTES):
            extra.append((f"- {key[:1].upper()}{key[1:]}: {value}", line))  # other infoboxes' keys
    order = list(dict.fromkeys(LABELS.values()))
    entries = []
    for labels in sorted(known, key=order.index):
        value = ", ".join(v for v, _ in known[labels])
        try:
            many = len(split_values(value)) > 1
        except ValueError:  # unbalanced parentheses: the parser reports them, at this line
            many = False
        entries.append((f"- {labels[many]}: {value}", known[labels][0][1]))
    return entries + extra, name


def _first_bold(code) -> str:
    """The first '''bold''' phrase of the lead: Wikipedia's convention for the subject's name."""
    for node in code.nodes:
        if isinstance(node, Heading):
            break
        if isinstance(node, Tag) and node.contents is not None and node.tag != "ref":
            for tag in [node, *node.contents.filter_tags()]:
                if tag.tag == "b" and tag.contents is not None:
                    return flat(inline_code(tag.contents), " ")
    return ""


class _Body:
    """Walks the page outside the infobox into ``lines``: ``[kind, text, wikitext line]``."""

    def __init__(self, line_at, skip):
        self.line_at, self.skip = line_at, skip
        self.lines: list[list] = [["text", "", 1]]

    def add(self, text: str, line: int) -> None:
        cur = self.lines[-1]
        if text.strip() and not cur[1].strip():
            cur[2] = line  # a line is numbered where its first visible text stands
        cur[1] += text

    def walk(self, code, at: int) -> None:
        for node in code.nodes:  # str(code) is its nodes' strings joined, so offsets add up
            line = self.line_at(at)
            if isinstance(node, Heading):
                title = (node.level, flat(inline_code(node.title), " "))
                self.lines += [["heading", title, line], ["text", "", line]]
            elif isinstance(node, Tag) and node.tag == "table":
                self.table(node, at)
            elif isinstance(node, Tag) and node.tag in ("li", "dt", "dd"):
                if node.tag == "li":  # '**' is two li tags but one item
                    self.lines[-1][0], self.lines[-1][2] = "item", line
            elif isinstance(node, Text):
                for i, piece in enumerate(node.value.split("\n")):
                    if i:
                        self.lines.append(["text", "", line + i])
                    self.add(piece, line + i)
            elif isinstance(node, Template) and template_name(node) in WRAPPERS and node.has(1):
                value = node.get(1).value
                self.walk(value, at + str(node).find(str(value)))
            elif node is not self.skip:
                text = inline(node)  # inline in prose: a list reads "a, b", a line break a space
                self.add(flat(text, ", ") if SEP in text.strip(SEP) else text.replace(SEP, " "), line)
            at += len(str(node))

    def table(self, tag: Tag, at: int) -> None:
        """A wikitable as ``| a | b |`` rows; rowspan and colspan repeat a cell, short rows are padded."""
        rows, text, cursor = [([], at)], str(tag), 0  # cells before the first '|-' form the first row
        for node in tag.contents.nodes:
            if isinstance(node, Tag) and node.tag in ("td", "th") and not str(node).startswith("|+"):
                rows[-1][0].append(node)  # '|+' is a caption
            elif isinstance(node, Tag) and node.tag == "tr":
                cursor = text.find(str(node), cursor)
                rows.append(([c for c in node.contents.nodes if isinstance(c, Tag) and c.tag in ("td", "th")],
                             at + cursor))
        carry: dict[int, list] = {}  # column -> [text, rows still to fill] from a rowspan above
        grid = []
        for queue, offset in (r for r in rows if r[0]):
            row = []
            while queue or any(c >= len(row) for c in carry):
                col = len(row)
                if col in carry:
                    row.append(carry[col][0])
                    carry[col][1] -= 1
                    if not carry[col][1]:
                        del carry[col]
                elif queue:
                    cell = queue.pop(0)
                    value = flat(inline_code(cell.contents), ", ").replace("|", "/")
                    for _ in range(_span(cell, "colspan")):
                        if _span(cell, "rowspan") > 1:
                            carry[len(row)] = [value, _span(cell, "rowspan") - 1]
                        row.append(value)
                else:
                    row.append("")
            grid.append((row, self.line_at(offset)))
        width = max((len(r) for r, _ in grid), default=0)
        for row, line in grid:
            self.lines.append(["row", "| " + " | ".join(row + [""] * (width - len(row))) + " |", line])
        self.lines.append(["text", "", self.lines[-1][2]])


def _span(cell: Tag, attr: str) -> int:
    m = cell.has(attr) and re.match(r"\s*(\d+)", str(cell.get(attr).value))
    return max(1, int(m.group(1))) if m else 1


def _layout(raw: list[list]) -> list[tuple[str, int]]:
    """Body lines -> article lines: a paragraph on one line, a blank line between blocks."""
    out: list[tuple[str, int]] = []
    prev, dropping, last = "heading", 0, 1  # last block's kind ("blank" after one); dropped, last level
    for kind, text, line in raw:
        if kind == "heading":  # the article format has no '= h =' in the body and skips no level
            level, title = max(2, min(text[0], last + 1)), text[1]
            if not dropping or level <= dropping:
                dropping = level if title.casefold() in DROPPED_SECTIONS else 0
                if not dropping:
                    out += [("", line)] * (prev != "heading") + [("=" * level + title + "=" * level, line)]
                    prev, last = "heading", level
            continue
        text = " ".join(heal(_MAGIC_WORD.sub("", text)).split())
        if dropping or not text:  # a blank line ends a paragraph, list or table; an empty item goes
            prev = "blank" if not dropping and kind == "text" and prev != "heading" else prev
            continue
        if prev not in (kind, "heading"):
            out.append(("", line))
        if prev == kind == "text":  # MediaWiki joins a paragraph's lines with spaces
            out[-1] = (out[-1][0] + " " + text, out[-1][1])
        else:
            out.append(("- " + text if kind == "item" else text, line))
        prev = kind
    return out
