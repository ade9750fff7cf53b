"""The ``filmkg`` command: build, validate, query.

This is one of the two places where errors become outcomes (the other is the HTTP layer): an
article error or a bad invocation exits 2 with ``filmkg: file:line: problem``; ``validate`` exits 1
when the data does not conform.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import click

from graph.build import INPUT_FORMATS, LINK_MODES, BuildSettings, build_dataset
from graph.errors import ArticleError, BuildError
from graph.exports import FORMATS, export, format_for, load_dataset
from graph.reason import REASONERS

DEFAULT_OUTPUT = "build/filmkg.trig"


class _Failure(click.ClickException):
    exit_code = 2

    def format_message(self) -> str:
        return self.message


def _guard(fn):
    """Translate the builder's documented errors into exit code 2 and a one-line message."""
    import functools

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except (ArticleError, BuildError, ValueError, OSError) as err:
            raise _Failure(str(err)) from None
    return wrapper


@click.group()
@click.version_option(package_name="filmkg")
def main() -> None:
    """filmkg: film articles -> a linked, queryable RDF knowledge graph."""


@main.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("-o", "--output", default=DEFAULT_OUTPUT, show_default=True, type=click.Path(),
              help="Where to write the dataset.")
@click.option("--format", "fmt", type=click.Choice(sorted(FORMATS)), default=None,
              help="Output format (default: from the output's extension).")
@click.option("--base", default=BuildSettings.base, show_default=True, help="Base IRI of minted IRIs.")
@click.option("--reasoner", type=click.Choice(REASONERS), default=BuildSettings.reasoner, show_default=True,
              help="How the 'inferred' graph is materialised (owlrl is the slow reference).")
@click.option("--input-format", type=click.Choice(INPUT_FORMATS), default=BuildSettings.input_format,
              show_default=True, help="Input articles: the article format, MediaWiki wikitext, or detect.")
@click.option("-j", "--jobs", type=int, default=0, help="Worker processes for TriG/N-Quads builds (0: one per core).")
@click.option("--keep-going", is_flag=True, help="Write the articles that could be built, skip the others, exit 0.")
@click.option("--no-cache", is_flag=True, help="Rebuild every article (TriG/N-Quads builds keep <output>.cache/).")
@click.option("--link", type=click.Choice(LINK_MODES), default=BuildSettings.link, show_default=True,
              help="Wikidata links: from the link cache only (offline), asking --endpoint too, or none.")
@click.option("--link-cache", type=click.Path(dir_okay=False), default=None,
              help="The link cache (default: links/wikidata-cache.json, if it exists).")
@click.option("--endpoint", default=BuildSettings.endpoint, show_default=True,
              help="SPARQL endpoint of Wikidata (with --link online).")
@_guard
def build(paths, output, fmt, base, reasoner, input_format, jobs, keep_going, no_cache, link, link_cache,
          endpoint) -> None:
    """Build the articles under PATHS (default: seeds/) into a dataset file.

    TriG and N-Quads outputs are corpus builds: articles in parallel, unchanged ones reused from the
    cache, every bad article reported (exit 2, the old output kept; --keep-going writes the others
    and exits 0). Other formats build in memory and stop at the first bad article (exit 2).
    """
    started = time.perf_counter()
    settings = BuildSettings(base=base, reasoner=reasoner, input_format=input_format, link=link,
                             link_cache=link_cache, endpoint=endpoint)
    used = format_for(output, fmt)
    if used in ("trig", "nquads") and Path(output).suffix in (".trig", ".nq", ".nquads"):
        from dataclasses import replace

        from graph.corpus import CorpusSettings, build_corpus
        from graph.linking.files import append_links, link_fingerprint

        # Links are made over the whole written output (not per article), and link settings must
        # not invalidate the per-article cache.
        neutral = replace(settings, link="off", link_cache=None, endpoint=BuildSettings.endpoint)
        linked = []
        report = build_corpus(paths or ["seeds"], output, CorpusSettings(
            build=neutral, jobs=jobs, cache=not no_cache, progress=sys.stderr.isatty(), keep_going=keep_going,
            extra=link_fingerprint(link, link_cache, endpoint)),
            after_write=lambda out: linked.append(append_links(out, base=base, mode=link, cache=link_cache,
                                                               endpoint=endpoint)))
        for failure in report.failed:
            click.echo(f"filmkg: {'skipped' if keep_going else 'failed'} {failure}", err=True)
        if report.failed and not keep_going:
            raise _Failure(f"{len(report.failed)} article(s) failed; {output} left as it was "
                           "(--keep-going writes the others)")
        if linked and linked[0] is not None:
            click.echo(f"filmkg: {linked[0].summary()}", err=True)
        if report.up_to_date:
            click.echo(f"{output} is up to date: {report.statements} statements from {report.cached} unchanged "
                       f"articles, {time.perf_counter() - started:.2f} s", err=True)
            return
        click.echo(f"wrote {output} ({used}): {report.statements} statements from {report.built} built and "
                   f"{report.cached} cached articles, {len(report.failed)} failed, "
                   f"{time.perf_counter() - started:.2f} s", err=True)
        return
    ds = build_dataset(paths or ["seeds"], settings)
    export(ds, output, used)
    graphs = sum(1 for _ in ds.graphs()) - 1
    click.echo(f"wrote {output} ({used}): {len(ds)} quads in {graphs} graphs, "
               f"{time.perf_counter() - started:.2f} s", err=True)


@main.command()
@click.argument("dataset", type=click.Path(dir_okay=False), default=DEFAULT_OUTPUT)
@click.option("--json", "as_json", is_flag=True, help="Print the decisions as JSON.")
@_guard
def identities(dataset, as_json) -> None:
    """List the identity decisions of the TriG/N-Quads build DATASET: each IRI that several
    articles or spellings share (merged), and each namesake told apart by stated years (split),
    with names, articles and evidence."""
    import json

    path = Path(str(dataset) + ".identities.json")
    if not path.is_file():
        raise _Failure(f"no identity decisions beside {dataset}: build it with -o *.trig or *.nq first")
    data = json.loads(path.read_text(encoding="utf-8"))
    if as_json:
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
        return
    for iri, entry in data.items():
        names = " = ".join(repr(n) for n in entry["names"])
        click.echo(f"{iri}\t{entry.get('decision', 'merged')}\t{names} in {len(entry['articles'])} article(s)"
                   f"\t{entry.get('evidence', '')}")


@main.command()
@click.argument("dataset", type=click.Path(exists=True, dir_okay=False), default=DEFAULT_OUTPUT)
@_guard
def validate(dataset) -> None:
    """Validate DATASET against the SHACL shapes: exit 0 conforms, 1 does not, 2 error."""
    from graph.validate import validate_dataset

    conforms, report = validate_dataset(load_dataset(dataset))
    click.echo(report.strip())
    sys.exit(0 if conforms else 1)


@main.command()
@click.argument("dataset", type=click.Path(exists=True, dir_okay=False))
@click.argument("query")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table",
              show_default=True)
@_guard
def query(dataset, query, fmt) -> None:
    """Run QUERY (SPARQL text or a .rq file) over DATASET and print the answer."""
    from graph.query import render, run_query

    text = Path(query).read_text(encoding="utf-8") if query.endswith(".rq") else query
    try:
        result = run_query(load_dataset(dataset), text)
    except Exception as err:  # rdflib's parser raises bare Exception/ParseException subclasses
        raise _Failure(f"bad query: {err}") from None
    click.echo(render(result, fmt))


@main.command(name="eval")
@click.argument("articles", nargs=-1, required=True, type=click.Path(exists=True))
@click.argument("gold", type=click.Path(exists=True))
@click.option("--json", "as_json", is_flag=True, help="Print the full report as JSON.")
@click.option("--quiet", is_flag=True, help="Only the score table, without the missed/spurious facts.")
@click.option("--min-f1", type=float, default=None,
              help="Exit 1 when the micro-averaged F1 over all articles is below this.")
@_guard
def evaluate(articles, gold, as_json, quiet, min_f1) -> None:
    """Score the graphs of ARTICLES against GOLD (a gold file, or a directory of <stem>.json)."""
    import json

    from graph.scorecard import evaluate as run, render_table

    report = run(articles, gold)
    if as_json:
        click.echo(json.dumps(report.as_dict(details=not quiet), indent=2, ensure_ascii=False))
    else:
        click.echo(render_table(report, show_facts=not quiet))
    if min_f1 is not None and report.total().f1 < min_f1:
        sys.exit(1)


@main.command()
@click.option("--dataset", type=click.Path(exists=True, dir_okay=False), default=None,
              help="A built dataset (TriG/N-Quads) to serve; default: build the articles in --seeds.")
@click.option("--seeds", type=click.Path(exists=True), default=None, help="Article folder to build (default: seeds).")
@click.option("--store", default=None,
              help="oxigraph (in memory, default), oxigraph:DIR (on disk; reopened on restart), memory (rdflib) "
                   "or sparql:URL (a remote SPARQL server's query endpoint, e.g. after filmkg push).")
@click.option("--config", "config_file", type=click.Path(exists=True, dir_okay=False), default=None,
              help="A TOML settings file (else $FILMKG_CONFIG).")
@click.option("--host", default=None, help="Address to listen on (default 127.0.0.1).")
@click.option("--port", type=int, default=None, help="Port (default 8000).")
@click.option("--workers", type=int, default=None, help="Query worker processes (default 2).")
@click.option("--timeout", "query_timeout", type=float, default=None, help="Per-query deadline in seconds.")
@_guard
def serve(config_file, **options) -> None:
    """Serve the graph: SPARQL endpoint at /sparql, query page at /, entity pages, exports."""
    from waitress import serve as waitress_serve

    from server.app import create_app
    from server.settings import SettingsError, load_settings

    try:
        settings = load_settings({k: v for k, v in options.items() if v is not None}, config_file=config_file)
    except SettingsError as err:
        raise _Failure(str(err)) from None
    started = time.perf_counter()
    app = create_app(settings)
    store = app.extensions["filmkg"].store
    click.echo(f"filmkg: {len(store.ds)} triples from {store.source} loaded in "
               f"{time.perf_counter() - started:.2f} s; serving http://{settings.host}:{settings.port}/ "
               f"({settings.workers} query workers, {settings.query_timeout:g} s deadline)", err=True)
    waitress_serve(app, host=settings.host, port=settings.port, threads=settings.threads, ident="filmkg")


@main.command()
@click.argument("dataset", type=click.Path(exists=True, dir_okay=False), default=DEFAULT_OUTPUT)
@click.option("--gsp", required=True, help="Graph Store Protocol endpoint, e.g. http://127.0.0.1:7878/store")
@click.option("--token", default=None, help="Bearer token for the store, if it wants one.")
@_guard
def push(dataset, gsp, token) -> None:
    """Load DATASET into a SPARQL 1.1 server, one PUT per named graph (replacing what was there)."""
    from graph.publish import push as push_dataset

    started = time.perf_counter()
    report = push_dataset(load_dataset(dataset), gsp, token)
    click.echo(f"pushed {report.triples} triples in {len(report.graphs)} graphs to {gsp}, "
               f"{time.perf_counter() - started:.2f} s", err=True)


@main.command()
@click.argument("dataset", type=click.Path(exists=True, dir_okay=False))
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False),
              help="Where to write DATASET with its new 'links' graph (format from the extension).")
@click.option("--endpoint", default=BuildSettings.endpoint, show_default=True,
              help="SPARQL endpoint of Wikidata (or of a Wikidata-shaped store).")
@click.option("--offline", is_flag=True, help="Answer from the cache only; never touch the network.")
@click.option("--cache", "cache", type=click.Path(dir_okay=False), default=None,
              help="The link cache to read and extend (default: links/wikidata-cache.json).")
@click.option("--base", default=BuildSettings.base, show_default=True, help="Base IRI of the dataset.")
@click.option("--verbose", is_flag=True, help="Print every query, whether the cache answered it, and "
                                               "every link decision with its reason.")
@_guard
def link(dataset, output, endpoint, offline, cache, base, verbose) -> None:
    """Link the films, people, organisations and works of DATASET to Wikidata items.

    Each link is owl:sameAs both ways plus a node with its score, method and time, in the 'links'
    graph (which replaces any earlier one). Every answer is kept in the cache, so a later --offline
    run (and every build) makes the same links without a network. Exit 1 when some queries failed
    even after retries (the links written are then incomplete: run again).
    """
    import logging

    from graph.linking import DEFAULT_CACHE
    from graph.linking.files import link_file

    logger = logging.getLogger("filmkg.linking")
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(message)s"))
    if verbose:
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
    try:
        report = link_file(dataset, output, base=base, mode="cache" if offline else "online",
                           cache=cache or DEFAULT_CACHE, endpoint=endpoint)
    finally:
        if verbose:
            logger.removeHandler(handler)
            logger.setLevel(logging.NOTSET)
    click.echo(f"wrote {output}: {report.summary()}", err=True)
    if report.stats.failed:
        click.echo(f"filmkg: {report.stats.failed} queries failed; the links are incomplete", err=True)
        sys.exit(1)
