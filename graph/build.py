"""The build: article files -> a dataset of named graphs (one per article, plus the ontology).

Input: paths of article files or directories and :class:`BuildSettings`; output: an rdflib
``Dataset``. Bad articles raise :class:`~graph.errors.ArticleError`. Reasoning and linking plug in
after emission as further named graphs; they never change an article's graph.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from rdflib import RDF, RDFS, Dataset, Graph, URIRef

from ontology import FK, load_ontology, ontology_text

from .emit import Triples, emit_triples
from .errors import ArticleError, BuildError
from .extract import extract
from .facts import Facts
from .identity import Mention, plan_identities
from .iris import DEFAULT_BASE, IRIs
from .linking import DEFAULT_ENDPOINT, link_dataset
from .linking import MODES as LINK_MODES
from .parser import parse_article
from .prefixes import bind_prefixes
from .reason import REASONERS, Materialised, fast_materialise, owlrl_materialise
from .rules import rules_for
from .wikitext import convert_wikitext, looks_like_wikitext

INFERRED = "inferred"  # the name of the named graph that holds materialised entailments

ARTICLE_SUFFIXES = (".txt", ".wiki")
INPUT_FORMATS = ("auto", "article", "wikitext")  # "auto": .wiki files and wikitext-looking text convert


@dataclass(frozen=True)
class BuildSettings:
    base: str = DEFAULT_BASE
    include_ontology: bool = True
    reasoner: str = "fast"  # one of graph.reason.REASONERS; "none" skips the inferred graph
    input_format: str = "auto"  # one of INPUT_FORMATS
    # Wikidata links (graph/linking): "off"; "cache": offline, from link_cache only (no network, and
    # nothing at all when there is no cache file); "online": ask `endpoint` for what the cache lacks.
    link: str = "cache"
    link_cache: str | None = None  # default: links/wikidata-cache.json in the working directory
    endpoint: str = DEFAULT_ENDPOINT

    def __post_init__(self):
        if self.input_format not in INPUT_FORMATS:
            raise BuildError(f"unknown input format {self.input_format!r}; "
                             f"choose one of {', '.join(INPUT_FORMATS)}")
        if self.reasoner not in REASONERS:
            raise BuildError(f"unknown reasoner {self.reasoner!r}; choose one of {', '.join(REASONERS)}")
        if self.link not in LINK_MODES:
            raise BuildError(f"unknown link mode {self.link!r}; choose one of {', '.join(LINK_MODES)}")


def article_files(paths: Iterable[str | Path]) -> list[Path]:
    """The article files named by ``paths`` (directories are searched recursively), sorted."""
    found: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            found.extend(sorted(f for f in p.rglob("*") if f.suffix in ARTICLE_SUFFIXES and f.is_file()))
        elif p.is_file():
            found.append(p)
        else:
            raise BuildError(f"no such file or directory: {p}")
    if not found:
        raise BuildError("no article files found in " + ", ".join(map(str, paths)))
    return found


def read_article_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as err:
        raise ArticleError(str(path), 1, f"not UTF-8 text ({err.reason} at byte {err.start})") from None


def read_article(path: Path, input_format: str = "auto"):
    """Read and parse one file, converting wikitext to the article format first when it is wikitext.

    Errors name the file's own lines: a parse error in converted text is mapped back to the wikitext.
    """
    text = read_article_text(path)
    wikitext = input_format == "wikitext" or input_format == "auto" and (
        path.suffix == ".wiki" or looks_like_wikitext(text))
    if not wikitext:
        return parse_article(text, str(path))
    converted = convert_wikitext(text, str(path))
    try:
        return parse_article(converted.text, str(path))
    except ArticleError as err:
        raise ArticleError(str(path), converted.source_line(err.line), err.problem) from None


def facts_of(path: Path, input_format: str = "auto"):
    """Parse and extract one file: ``(article, facts)``."""
    article = read_article(path, input_format)
    return article, extract(article)


def article_graph(path: Path, iris: IRIs, input_format: str = "auto") -> Triples:
    """The triples of one article file's named graph (``.identifier`` is the graph IRI)."""
    article, facts = facts_of(path, input_format)
    return emit_triples(facts, article, iris)


def build_dataset(paths: Iterable[str | Path], settings: BuildSettings = BuildSettings()) -> Dataset:
    """Build every article under ``paths`` into a new dataset (namesakes told apart as in
    :mod:`graph.identity`)."""
    iris = IRIs(settings.base)
    ds = Dataset()
    bind_prefixes(ds, iris)
    graphs = {str(path): article_graph(path, iris, settings.input_format) for path in article_files(paths)}
    plan = plan_identities([Mention(path, iri, name, ev["year"], born, died) for path, graph in graphs.items()
                            for ev in [identity_evidence(graph)] for iri, name, born, died in ev["people"]])
    for path, graph in graphs.items():
        renames = {URIRef(k): URIRef(v) for k, v in plan.renames.get(path, {}).items()}
        target = ds.graph(graph.identifier)
        for s, p, o in graph:
            target.add((renames.get(s, s), p, renames.get(o, o)))
    ontology = load_ontology()
    if settings.reasoner != "none":
        inferred = ds.graph(iris.graph(INFERRED))
        for triple in materialise(ds, ontology, settings.reasoner).triples:
            inferred.add(triple)
    if settings.link != "off":
        # After reasoning, so that owl:sameAs never feeds the reasoner; a graph of its own.
        link_dataset(ds, iris, mode=settings.link, cache=settings.link_cache, endpoint=settings.endpoint)
    if settings.include_ontology:
        target = ds.graph(iris.graph("ontology"))
        for triple in ontology:
            target.add(triple)
    return ds


def identity_evidence(triples) -> dict:
    """What :mod:`graph.identity` needs of one article: the film's year and each person with the
    years stated beside the name; also every agent's (IRI, label), for the identity report."""
    # One pass with the terms in locals: a corpus build runs this on every statement it makes.
    rdf_type, label_p, person, org, film = RDF.type, RDFS.label, FK.Person, FK.Organization, FK.Film
    year_p, born_p, died_p = FK.year, FK.birthYear, FK.deathYear
    people, orgs, films, labels, years, lives = set(), set(), set(), {}, {}, {}
    kinds = {person: people, org: orgs, film: films}
    wanted = {rdf_type, label_p, year_p, born_p, died_p}
    for s, p, o in triples:
        if p not in wanted:  # a set lookup: most statements are none of these
            continue
        if p == rdf_type:
            kind = kinds.get(o)
            if kind is not None:
                kind.add(s)
        elif p == label_p:
            labels[s] = str(o)
        elif p == year_p:
            years[s] = int(str(o)[:4])
        else:
            lives[(s, p)] = int(str(o)[:4])
    year = next((years[f] for f in films if f in years), None)
    return {"year": year,
            "people": [[str(s), labels.get(s, ""), lives.get((s, born_p)), lives.get((s, died_p))]
                       for s in sorted(people)],
            "names": sorted((str(s), labels[s]) for s in people | orgs if s in labels)}


def materialise(ds: Dataset, ontology: Graph, reasoner: str) -> Materialised:
    """The entailments of every graph in ``ds`` (read, never changed) under ``ontology``."""
    asserted = {(s, p, o) for s, p, o, _ in ds.quads((None, None, None, None))}
    if reasoner == "owlrl":
        return owlrl_materialise(asserted, ontology)
    return fast_materialise(asserted, ontology, rules_for(ontology_text()))


__all__ = ["BuildSettings", "build_dataset", "article_files", "facts_of", "Facts"]
