"""Wikitext inline markup -> plain text: links, entities, tags and the templates that print text
(lists, dates, language wrappers); citations, notes and maintenance templates vanish.

Input: mwparserfromhell nodes; output: text in which a removed node is the GONE mark (healed by
:func:`heal`) and a line break or list item the SEP mark. Split from :mod:`graph.wikitext`, which
walks the page.
"""

from __future__ import annotations

import re

from mwparserfromhell.nodes import ExternalLink, Heading, HTMLEntity, Tag, Template, Text, Wikilink

GONE, SEP = "\x00", "\x01"  # marks: a removed node (its spaces are healed later); a list boundary

LIST_TEMPLATES = frozenset({"plainlist", "plain list", "flatlist", "flat list", "ubl", "ublist",
                            "unbulleted list", "hlist", "bulleted list", "blist", "collapsible list"})
DATE_TEMPLATES = {"film date": 4, "filmdate": 4, "start date": 3, "release date": 3,
                  "start date and age": 3, "dts": 3, "date table sorting": 3}  # -> parameters per date
FIRST_PARAM = frozenset({"nowrap", "nobr", "avoid wrap", "small", "smaller", "big", "nihongo",
                         "nihongo2", "ill", "interlanguage link", "abbr", "visible anchor", "tooltip",
                         "sic", "quote", "blockquote", "center"})
WORDS = {"ndash": "–", "snd": " – ", "spaced ndash": " – ", "mdash": "—", "won": "Won",
         "nom": "Nominated", "nominated": "Nominated", "pending": "Pending"}
_NAMESPACE_LINK = re.compile(r"^\s*(?i:file|image|category|media)\s*:|^[a-z]{2,3}(-[a-z]+)?:")  # + interwiki
_GONE_RUN = re.compile(r"(?P<pre>[ \t]*)\x00+(?P<post>[ \t]*)(?P<punct>[,.;:!?)]|$)?", re.M)


def template_name(template: Template) -> str:
    return " ".join(str(template.name).replace("_", " ").split()).casefold()


def inline_code(code) -> str:
    return "".join(inline(node) for node in code.nodes)


def inline(node) -> str:
    """One node as plain text; removed nodes become GONE, line breaks and list items SEP."""
    if isinstance(node, Text):
        return node.value
    if isinstance(node, Wikilink):
        if _NAMESPACE_LINK.match(str(node.title)):
            return GONE
        return inline_code(node.text) if node.text is not None else str(node.title).lstrip(":")
    if isinstance(node, ExternalLink):
        if node.title is not None:
            return inline_code(node.title)
        return GONE if node.brackets else str(node.url)  # "[http://x]" renders as a footnote number
    if isinstance(node, HTMLEntity):
        return node.normalize()
    if isinstance(node, Tag):
        if node.tag in ("br", "li", "dt", "dd"):
            return SEP
        if node.tag in ("ref", "references", "table", "gallery", "math", "timeline") or node.contents is None:
            return GONE
        return inline_code(node.contents)
    if isinstance(node, Template):
        return _template(node)
    if isinstance(node, Heading):
        return inline_code(node.title)
    return GONE  # comments, {{{arguments}}}


def _template(t: Template) -> str:
    """Templates that print text keep it; citations, notes and maintenance tags vanish."""
    name = template_name(t)
    args = [inline_code(p.value).strip() for p in t.params if not p.showkey]
    if name in LIST_TEMPLATES:
        return SEP + SEP.join(args) + SEP
    if name in DATE_TEMPLATES:
        step = DATE_TEMPLATES[name]  # only Film date repeats: date, place, date, place, ...
        groups = range(0, len(args), step) if step == 4 else range(min(1, len(args)))
        return SEP.join(_date(args[i:i + step]) for i in groups if args[i])
    if name == "based on" and args:  # "X by A and B": the extractor splits authors on "and"
        authors = " and ".join(a for a in args[1:] if a)
        return f"{args[0]} by {authors}" if authors else args[0]
    if name in ("lang", "langx", "transl", "sort") and len(args) > 1:
        return args[1]
    if name == "sortname" and len(args) > 1:
        return f"{args[0]} {args[1]}"
    if name in ("us$", "usd"):
        return "US$" + (args[0] if args else "")
    if name in WORDS:
        return WORDS[name]
    if (name in FIRST_PARAM or name.startswith("lang-")) and args:
        return args[0]
    return GONE


def _date(parts: list[str]) -> str:
    """``[y, m, d, place]`` -> ``YYYY-MM-DD (place)``; a missing month or day lowers the precision."""
    y, m, d, place = (parts + [""] * 4)[:4]
    if m.isdigit():
        date = f"{y}-{int(m):02d}" + (f"-{int(d):02d}" if d.isdigit() else "")
    else:
        date = f"{m} {d + ', ' if d else ''}{y}" if m else y
    return date + (f" ({place})" if place else "")


def flat(text: str, sep: str) -> str:
    """Heal removed nodes, fold whitespace and join list items with ``sep``."""
    text = heal(text.replace("\n", SEP if SEP in text else " "))
    return sep.join(p for p in (" ".join(p.split()) for p in text.split(SEP)) if p)


def heal(text: str) -> str:
    """Drop GONE marks without leaving doubled spaces or a space before punctuation."""
    return _GONE_RUN.sub(lambda m: m.group("punct") if m.group("punct") is not None
                         else (" " if m.group("pre") or m.group("post") else ""), text)
