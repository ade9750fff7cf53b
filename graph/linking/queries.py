"""The SPARQL the reconciler sends, written against Wikidata's RDF model (pure text builders).

Input: names, Wikidata items, Wikipedia titles; output: SELECT query text. The model: items are
``wd:Q…``; ``wdt:P…`` links an item to the value of each of its best-ranked statements; the full
statement is ``item p:P… ?st . ?st ps:P… value ; pq:P… qualifier ; wikibase:rank …``; labels and
aliases are ``rdfs:label`` / ``skos:altLabel`` literals with a language; a Wikipedia article is
``<https://en.wikipedia.org/wiki/Title> schema:about item`` (schema.org's *http* namespace).
Queries are deterministic (sorted inputs) because the answer cache is keyed by their text.
"""

from __future__ import annotations

import urllib.parse

WD = "http://www.wikidata.org/entity/"
FILM_CLASS = "Q11424"  # film; a film item is an instance of it or of one of its subclasses
HUMAN_CLASS = "Q5"

PREFIXES = """PREFIX wd: <http://www.wikidata.org/entity/>
PREFIX wdt: <http://www.wikidata.org/prop/direct/>
PREFIX p: <http://www.wikidata.org/prop/>
PREFIX ps: <http://www.wikidata.org/prop/statement/>
PREFIX wikibase: <http://wikiba.se/ontology#>
PREFIX schema: <http://schema.org/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""

# The statements of a linked film (or work) whose values are the people, organisations and works
# the article credits: director, screenwriter, producer, executive producer, cast member, voice
# actor, director of photography, film editor, composer, production designer, production company,
# distributed by, based on, author, illustrator, publisher, published in, country of origin,
# original language.
STATEMENT_PROPERTIES = ("P57", "P58", "P162", "P1431", "P161", "P725", "P344", "P1040", "P86", "P2554",
                        "P272", "P750", "P144", "P50", "P110", "P123", "P1433", "P495", "P364")
INVERSE_PROPERTIES = ("P144",)  # an adaptation names the film it is based on in its own statement

_BAD_TITLE_CHARS = set("#<>[]{}|")
# MediaWiki's wfUrlencode leaves these unescaped in article URLs, and Wikidata's sitelink IRIs follow it.
_TITLE_SAFE = ";@$!*(),/~:"


def wikipedia_url(title: str, site: str = "https://en.wikipedia.org/wiki/") -> str | None:
    """The URL Wikidata uses for the article ``title``, or None if ``title`` cannot be one.

    Spaces become underscores, the first letter is capitalised (as MediaWiki does), the rest is
    percent-encoded as MediaWiki does: ``"Élodie (film)"`` -> ``…/wiki/%C3%89lodie_(film)``.
    """
    text = " ".join(title.replace("_", " ").split())
    if not text or len(text.encode("utf-8")) > 255:
        return None
    if any(c in _BAD_TITLE_CHARS or ord(c) < 32 for c in text):
        return None
    text = text[0].upper() + text[1:]
    return site + urllib.parse.quote(text.replace(" ", "_"), safe=_TITLE_SAFE)


def literal(text: str, lang: str) -> str:
    escaped = (text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r"))
    return f'"{escaped}"@{lang}'


def item(q: str) -> str:
    """``wd:Q42`` from ``Q42`` or a full entity IRI."""
    return "wd:" + q.rsplit("/", 1)[-1]


def _names(names, languages) -> str:
    return " ".join(literal(n, lang) for n in sorted(set(names)) for lang in languages)


_TYPE_FLAGS = f"""  BIND(EXISTS {{ ?item wdt:P31 wd:{HUMAN_CLASS} }} AS ?human)
  BIND(EXISTS {{ ?item wdt:P31/wdt:P279* wd:{FILM_CLASS} }} AS ?film)"""


def sitelink_query(url: str) -> str:
    """The item the Wikipedia article ``url`` is about, whether it is a film, and its dates."""
    return PREFIXES + f"""SELECT ?item ?film ?date WHERE {{
  <{url}> schema:about ?item .
  BIND(EXISTS {{ ?item wdt:P31/wdt:P279* wd:{FILM_CLASS} }} AS ?film)
  OPTIONAL {{ ?item wdt:P577 ?date }}
}}"""


def film_label_query(names, languages) -> str:
    """Films (instances of film or a subclass) labelled or aliased ``names``, with their
    publication dates and their directors' labels and aliases."""
    return PREFIXES + f"""SELECT DISTINCT ?item ?kind ?date ?dname WHERE {{
  VALUES ?name {{ {_names(names, languages)} }}
  {{ ?item rdfs:label ?name BIND("label" AS ?kind) }} UNION {{ ?item skos:altLabel ?name BIND("alias" AS ?kind) }}
  FILTER EXISTS {{ ?item wdt:P31/wdt:P279* wd:{FILM_CLASS} }}
  OPTIONAL {{ ?item wdt:P577 ?date }}
  OPTIONAL {{
    ?item wdt:P57 ?director .
    {{ ?director rdfs:label ?dname }} UNION {{ ?director skos:altLabel ?dname }}
    FILTER(LANG(?dname) IN ({", ".join(f'"{lang}"' for lang in languages)}))
  }}
}}"""


def statements_query(q: str, languages) -> str:
    """The values of the linked item's statements (not deprecated) in STATEMENT_PROPERTIES, and the
    items whose INVERSE_PROPERTIES statement names it, with every label and alias and type flags."""
    out = " ".join(f'(p:{p} ps:{p} "{p}")' for p in STATEMENT_PROPERTIES)
    inverse = " ".join(f'(p:{p} ps:{p} "{p}")' for p in INVERSE_PROPERTIES)
    langs = ", ".join(f'"{lang}"' for lang in languages)
    return PREFIXES + f"""SELECT DISTINCT ?prop ?dir ?item ?name ?kind ?human ?film WHERE {{
  {{
    VALUES (?p ?ps ?prop) {{ {out} }}
    {item(q)} ?p ?st . ?st ?ps ?item .
    BIND("out" AS ?dir)
  }} UNION {{
    VALUES (?p ?ps ?prop) {{ {inverse} }}
    ?item ?p ?st . ?st ?ps {item(q)} .
    BIND("in" AS ?dir)
  }}
  FILTER NOT EXISTS {{ ?st wikibase:rank wikibase:DeprecatedRank }}
  FILTER(isIRI(?item))
  {{ ?item rdfs:label ?name BIND("label" AS ?kind) }} UNION {{ ?item skos:altLabel ?name BIND("alias" AS ?kind) }}
  FILTER(LANG(?name) IN ({langs}))
{_TYPE_FLAGS}
}}"""


def candidates_query(names, languages) -> str:
    """Items labelled or aliased exactly one of ``names``, with type flags."""
    return PREFIXES + f"""SELECT DISTINCT ?name ?item ?kind ?human ?film WHERE {{
  VALUES ?name {{ {_names(names, languages)} }}
  {{ ?item rdfs:label ?name BIND("label" AS ?kind) }} UNION {{ ?item skos:altLabel ?name BIND("alias" AS ?kind) }}
  FILTER(STRSTARTS(STR(?item), "{WD}Q"))
{_TYPE_FLAGS}
}}"""


def connections_query(items, others) -> str:
    """Pairs (item, other) linked by a statement either way: as its value or as a qualifier value
    (an award statement's "for work"); deprecated statements do not count."""
    values = " ".join(item(q) for q in sorted(set(items)))
    other_values = " ".join(item(q) for q in sorted(set(others)))
    prop = "http://www.wikidata.org/prop/P"
    return PREFIXES + f"""SELECT DISTINCT ?item ?other WHERE {{
  VALUES ?item {{ {values} }}
  VALUES ?other {{ {other_values} }}
  {{ ?item ?wdt ?other }} UNION {{ ?other ?wdt ?item }}
  UNION {{ ?item ?p ?st . ?st ?q ?other .
          FILTER(STRSTARTS(STR(?p), "{prop}"))
          FILTER NOT EXISTS {{ ?st wikibase:rank wikibase:DeprecatedRank }} }}
  UNION {{ ?other ?p ?st . ?st ?q ?item .
          FILTER(STRSTARTS(STR(?p), "{prop}"))
          FILTER NOT EXISTS {{ ?st wikibase:rank wikibase:DeprecatedRank }} }}
  FILTER(?item != ?other)
}}"""
