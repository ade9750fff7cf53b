"""Parse the filmkg article format into a typed :class:`~graph.model.Article`.

Input is the article's text and a source name for messages; output is the typed article. Every
malformation raises :class:`~graph.errors.ArticleError` naming the source, the line and the
problem. Pure: no I/O beyond the text handed in.
"""

from __future__ import annotations

import hashlib
import re

from .errors import ArticleError
from .model import (
    Article,
    BulletList,
    InfoboxEntry,
    ListItem,
    Paragraph,
    Row,
    Section,
    Sentence,
    Table,
)
from .sentences import split_sentences
from .values import split_values

_TITLE = re.compile(r"^=\s*(?P<title>[^=].*?)\s*=$")
_HEADING = re.compile(r"^(?P<open>={2,6})\s*(?P<name>.*?)\s*(?P<close>=*)\s*$")
_INFOBOX = re.compile(r"^-\s*(?P<key>[^:]+?)\s*:\s*(?P<value>.*?)\s*$")
_SURROGATE = re.compile("[\ud800-\udfff]")


def parse_article(text: str, source: str = "<string>") -> Article:
    """Parse one article. ``text`` is the whole file; ``source`` names it in errors and provenance."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    # A lone surrogate (text decoded with "surrogateescape", say) is not Unicode text: it cannot
    # be hashed, written or serialised, so it is the article's fault, reported as such.
    bad = _SURROGATE.search(text)
    if bad:
        raise ArticleError(source, text.count("\n", 0, bad.start()) + 1,
                           f"not valid Unicode text: lone surrogate U+{ord(bad.group(0)):04X}")
    lines = text.split("\n")
    offsets = _line_offsets(lines)
    if not text.strip():
        raise ArticleError(source, 1, "empty article")
    m = _TITLE.match(lines[0].strip())
    if not m or lines[0].startswith("=="):
        raise ArticleError(source, 1, "expected the title line '= Title =', got " + repr(lines[0][:60]))
    title = m.group("title")
    index = 1
    while index < len(lines) and not lines[index].strip():
        index += 1
    if index == len(lines) or lines[index].lstrip().startswith(("-", "|", "=")):
        raise ArticleError(source, min(index + 1, 2) if index == len(lines) else index + 1,
                           "expected the display title after the title line")
    display_title = lines[index].strip()
    index += 1
    while index < len(lines) and not lines[index].strip():
        index += 1
    infobox: list[InfoboxEntry] = []
    while index < len(lines) and lines[index].startswith("-"):
        infobox.append(_infobox_entry(lines[index], index + 1, source))
        index += 1

    titles = {display_title, re.sub(r"\s*\([^)]*\)$", "", title)}
    lead = Section(title="", level=1, line=index + 1, path=())
    sections: list[Section] = []
    stack: list[Section] = [lead]
    block_lines: list[int] = []

    def flush() -> None:
        if block_lines:
            stack[-1].blocks.append(_block(lines, offsets, block_lines, source, titles))
            block_lines.clear()

    for i in range(index, len(lines)):
        line = lines[i]
        stripped = line.strip()
        if stripped.startswith("="):
            flush()
            section = _heading(stripped, i + 1, source, stack)
            while stack[-1].level >= section.level:
                stack.pop()
            parent = stack[-1]
            section.path = parent.path + (section.title,)
            (sections if parent is lead else parent.subsections).append(section)
            stack.append(section)
        elif not stripped:
            flush()
        else:
            if block_lines and _kind(lines[block_lines[-1]]) != _kind(line):
                flush()
            block_lines.append(i)
    flush()
    return Article(
        source=source,
        title=title,
        display_title=display_title,
        infobox=infobox,
        lead=lead,
        sections=sections,
        text=text,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
    )


def _line_offsets(lines: list[str]) -> list[int]:
    offsets, at = [], 0
    for line in lines:
        offsets.append(at)
        at += len(line) + 1
    return offsets


def _infobox_entry(line: str, number: int, source: str) -> InfoboxEntry:
    m = _INFOBOX.match(line)
    if not m:
        raise ArticleError(source, number, "infobox line is not '- Key: Value': " + repr(line[:60]))
    if not m.group("value"):
        raise ArticleError(source, number, f"infobox key {m.group('key')!r} has no value")
    try:
        values = split_values(m.group("value"))
    except ValueError as err:
        raise ArticleError(source, number, f"infobox key {m.group('key')!r}: {err}") from None
    return InfoboxEntry(key=m.group("key"), raw=m.group("value"), values=tuple(values), line=number)


def _heading(stripped: str, number: int, source: str, stack: list[Section]) -> Section:
    m = _HEADING.match(stripped)
    if not m:
        raise ArticleError(source, number, "a level-1 heading '= ... =' may only stand on line 1")
    level = len(m.group("open"))
    if len(m.group("close")) != level:
        raise ArticleError(source, number, f"unbalanced heading {stripped!r}")
    if not m.group("name"):
        raise ArticleError(source, number, "empty section heading")
    if level > stack[-1].level + 1 and stack[-1].level >= 2:
        raise ArticleError(source, number, f"heading level {level} skips a level under {stack[-1].title!r}")
    return Section(title=m.group("name"), level=level, line=number, path=())


def _kind(line: str) -> str:
    s = line.lstrip()
    if s.startswith("|"):
        return "table"
    if s.startswith("- ") or s.startswith("* "):
        return "list"
    return "text"


def _block(lines, offsets, numbers, source, titles):
    kind = _kind(lines[numbers[0]])
    if kind == "table":
        return _table(lines, numbers, source)
    if kind == "list":
        items = tuple(ListItem(text=lines[i].strip()[2:].strip(), line=i + 1) for i in numbers)
        return BulletList(items=items, line=numbers[0] + 1)
    return _paragraph(lines, offsets, numbers, titles)


def _table(lines, numbers, source) -> Table:
    rows = []
    for i in numbers:
        s = lines[i].strip()
        if not s.endswith("|") or len(s) < 2:
            raise ArticleError(source, i + 1, "table row must start and end with '|'")
        rows.append(Row(cells=tuple(c.strip() for c in s[1:-1].split("|")), line=i + 1))
    header = rows[0].cells
    if not any(header):
        raise ArticleError(source, rows[0].line, "table header is empty")
    for row in rows[1:]:
        if len(row.cells) != len(header):
            raise ArticleError(
                source, row.line, f"table row has {len(row.cells)} cells, the header has {len(header)}"
            )
    # A Markdown rule under the header ("| --- | :---: |") separates, it holds no data
    body = [r for r in rows[1:] if not all(re.fullmatch(r":?-{3,}:?", c) for c in r.cells)]
    return Table(header=header, rows=tuple(body), line=rows[0].line)


def _paragraph(lines, offsets, numbers, titles) -> Paragraph:
    start = offsets[numbers[0]]
    full = "\n".join(lines[i] for i in range(numbers[0], numbers[-1] + 1))
    sentences = []
    for s, e in split_sentences(full, titles):
        line = numbers[0] + 1 + full.count("\n", 0, s)
        sentences.append(Sentence(text=full[s:e], start=start + s, end=start + e, line=line))
    return Paragraph(text=full, line=numbers[0] + 1, sentences=tuple(sentences))
