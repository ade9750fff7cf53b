"""Corpus builds: parallel, cached per article, bad articles skipped, identities across articles."""

import shutil

import pytest
from rdflib import Dataset, URIRef
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from graph.build import BuildSettings, build_dataset
from graph.corpus import CorpusSettings, build_corpus
from server.cli import main

from .conftest import FIXTURES, SEED

ARTICLE = """= {title} =

{title}
- Directed by: {director}
- Starring: Ann Example, Bob Example
- Release date: {date} (France)
- Running time: 90 minutes
- Country: France
- Language: French

{title} is a {year} French drama film directed by {director}.
"""


def write(folder, name, title, director="Jeanne Dupont", date="2001-05-02"):
    path = folder / name
    path.write_text(ARTICLE.format(title=title, director=director, date=date, year=date[:4]), encoding="utf-8")
    return path


def load(path) -> Dataset:
    ds = Dataset()
    ds.parse(path, format="trig" if str(path).endswith(".trig") else "nquads")
    return ds


def assert_same_graphs(a: Dataset, b: Dataset):
    names = lambda ds: {str(g.identifier) for g in ds.graphs() if len(g)}
    assert names(a) == names(b)
    for name in names(a):
        ga, gb = a.graph(URIRef(name)), b.graph(URIRef(name))
        if not isomorphic(ga, gb):
            _, only_a, only_b = graph_diff(to_isomorphic(ga), to_isomorphic(gb))
            pytest.fail(f"{name} differs\nonly corpus:\n{only_a.serialize(format='nt')[:3000]}"
                        f"\nonly in-memory:\n{only_b.serialize(format='nt')[:3000]}")


@pytest.mark.parametrize("suffix", [".trig", ".nq"])
def test_corpus_build_equals_the_in_memory_build(tmp_path, suffix):
    """Per-article reasoning in worker processes gives exactly the whole-corpus entailments."""
    out = tmp_path / f"corpus{suffix}"
    report = build_corpus([SEED, FIXTURES / "articles"], out, CorpusSettings(jobs=2, progress=False))
    assert report.failed == [] and report.built == 1 + len(list((FIXTURES / "articles").glob("*.txt")))
    assert_same_graphs(load(out), build_dataset([SEED, FIXTURES / "articles"], BuildSettings(link="off")))


def test_unchanged_articles_come_from_the_cache_changed_ones_are_rebuilt_deleted_ones_vanish(tmp_path):
    src = tmp_path / "articles"
    src.mkdir()
    write(src, "a.txt", "First Film")
    write(src, "b.txt", "Second Film")
    out = tmp_path / "out.trig"
    settings = CorpusSettings(jobs=1, progress=False)
    first = build_corpus([src], out, settings)
    assert (first.built, first.cached) == (2, 0)
    written = out.stat().st_mtime_ns
    again = build_corpus([src], out, settings)
    assert (again.built, again.cached, again.up_to_date) == (0, 2, True)
    assert out.stat().st_mtime_ns == written, "an up-to-date output is left alone"
    assert again.statements == first.statements and again.identities == first.identities
    other = build_corpus([src], out, CorpusSettings(jobs=1, progress=False, build=BuildSettings(reasoner="none")))
    assert (other.built, other.up_to_date) == (2, False), "another setting is another output"
    build_corpus([src], out, settings)
    write(src, "b.txt", "Second Film", date="2002-06-03")
    changed = build_corpus([src], out, settings)
    assert (changed.built, changed.cached) == (1, 1)
    assert "2002-06-03" in out.read_text()
    (src / "a.txt").unlink()
    build_corpus([src], out, settings)
    graphs = {str(g.identifier) for g in load(out).graphs() if len(g)}
    assert "https://filmkg.org/graph/article/first-film" not in graphs
    assert "https://filmkg.org/graph/article/second-film" in graphs


def test_the_same_person_in_two_articles_is_one_iri_and_the_decision_is_listed(tmp_path, runner):
    src = tmp_path / "articles"
    src.mkdir()
    write(src, "a.txt", "First Film", director="Agnès Dupont")
    write(src, "b.txt", "Second Film", director="Agnes Dupont")
    out = tmp_path / "out.trig"
    result = runner.invoke(main, ["build", str(src), "-o", str(out)])
    assert result.exit_code == 0, result.output
    ds = load(out)
    ds.default_union = True
    directors = {str(r.d) for r in ds.query(
        "SELECT DISTINCT ?d WHERE { ?f <https://filmkg.org/ontology#director> ?d }")}
    assert directors == {"https://filmkg.org/resource/person/agnes-dupont"}
    listed = runner.invoke(main, ["identities", str(out)])
    assert "person/agnes-dupont" in listed.output and "'Agnes Dupont' = 'Agnès Dupont'" in listed.output


def test_a_build_with_failures_is_never_taken_as_up_to_date(tmp_path):
    src = tmp_path / "articles"
    src.mkdir()
    write(src, "a.txt", "First Film")
    (src / "bad.txt").write_text("no title line\n", encoding="utf-8")
    out = tmp_path / "out.nq"
    settings = CorpusSettings(jobs=1, progress=False, keep_going=True)
    first = build_corpus([src], out, settings)
    assert first.failed and out.is_file()
    again = build_corpus([src], out, settings)
    assert again.failed and not again.up_to_date, "the failure is reported again, not hidden"


def test_a_bad_article_is_reported_and_fails_the_build_unless_keep_going(tmp_path, runner):
    src = tmp_path / "articles"
    src.mkdir()
    write(src, "good.txt", "Good Film")
    (src / "bad.txt").write_text("no title line here\n", encoding="utf-8")
    out = tmp_path / "out.nq"
    out.write_text("previous\n")
    result = runner.invoke(main, ["build", str(src), "-o", str(out), "--no-cache"])
    assert result.exit_code == 2
    assert "bad.txt:1:" in result.output and "1 article(s) failed" in result.output
    assert out.read_text() == "previous\n", "the previous output is left as it was"
    kept = runner.invoke(main, ["build", str(src), "-o", str(out), "--keep-going"])
    assert kept.exit_code == 0 and "skipped" in kept.output and "1 failed" in kept.output
    assert "good-film" in out.read_text(), "the good article is built"


def test_two_articles_with_one_title_do_not_share_a_graph(tmp_path):
    src = tmp_path / "articles"
    src.mkdir()
    write(src, "a.txt", "Same Title")
    write(src, "b.txt", "Same Title", director="Other Person")
    report = build_corpus([src], tmp_path / "out.trig", CorpusSettings(jobs=1, progress=False))
    assert len(report.failed) == 1 and "already built from" in report.failed[0]


def test_only_trig_or_nquads_for_corpus_builds(tmp_path):
    from graph.errors import BuildError

    with pytest.raises(BuildError, match="N-Quads"):
        build_corpus([SEED], tmp_path / "out.ttl", CorpusSettings(progress=False))


def test_cache_survives_a_copy_of_the_output_folder(tmp_path):
    out = tmp_path / "a" / "out.trig"
    build_corpus([SEED], out, CorpusSettings(jobs=1, progress=False))
    shutil.copytree(tmp_path / "a", tmp_path / "b")
    again = build_corpus([SEED], tmp_path / "b" / "out.trig", CorpusSettings(jobs=1, progress=False))
    assert again.cached == 1
