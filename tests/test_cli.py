"""The ``filmkg`` command line: build, exports, validate, query, and its exit codes."""

import json

import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from graph.exports import FORMATS, union_graph
from server.cli import main

from .conftest import SEED


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("build") / "seed.trig"
    from click.testing import CliRunner

    result = CliRunner().invoke(main, ["build", str(SEED), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


def test_build_writes_a_dataset_of_named_graphs(built):
    ds = Dataset()
    ds.parse(built, format="trig")
    names = {str(g.identifier) for g in ds.graphs() if len(g)}
    assert "https://filmkg.org/graph/article/blame-film" in names
    assert "https://filmkg.org/graph/ontology" in names


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_every_export_format_round_trips(runner, tmp_path, fmt, seed_dataset):
    rdflib_format, keeps_graphs, _, ext = FORMATS[fmt]
    out = tmp_path / f"seed{ext}"
    result = runner.invoke(main, ["build", str(SEED), "-o", str(out)])
    assert result.exit_code == 0, result.output
    if keeps_graphs:
        back = Dataset()
        back.parse(out, format=rdflib_format)
        assert len(back) == len(seed_dataset)
    else:
        back = Graph().parse(out, format=rdflib_format)
        assert isomorphic(back, union_graph(seed_dataset))


def test_jsonld_export_is_compacted_with_the_context(runner, tmp_path):
    out = tmp_path / "seed.jsonld"
    assert runner.invoke(main, ["build", str(SEED), "-o", str(out)]).exit_code == 0
    doc = json.loads(out.read_text())
    assert "@context" in doc and "@graph" in doc


def test_bad_article_exits_2_names_file_and_line_and_writes_nothing(runner, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text("= Film =\nFilm\n- Director Ann\n", encoding="utf-8")
    out = tmp_path / "out.trig"
    result = runner.invoke(main, ["build", str(bad), "-o", str(out)])
    assert result.exit_code == 2
    assert f"{bad}:3: infobox line is not '- Key: Value'" in result.output
    assert not out.exists() and list(tmp_path.iterdir()) == [bad]


def test_a_failed_build_leaves_the_previous_output_untouched(runner, tmp_path):
    out = tmp_path / "out.trig"
    out.write_text("previous", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"= Film =\nFilm\n\xff\xfe\n")
    result = runner.invoke(main, ["build", str(bad), "-o", str(out)])
    assert result.exit_code == 2 and "not UTF-8" in result.output
    assert out.read_text(encoding="utf-8") == "previous"


@pytest.mark.parametrize("args, message", [
    (["build", "no/such/dir"], "no such file or directory"),
    (["build", str(SEED), "-o", "out.unknown"], "cannot tell the format"),
])
def test_usage_errors_exit_2(runner, args, message, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(main, args)
    assert result.exit_code == 2 and message in result.output


def test_validate_exits_0_on_the_seed(runner, built):
    result = runner.invoke(main, ["validate", str(built)])
    assert result.exit_code == 0, result.output
    assert "Conforms: True" in result.output


def test_validate_exits_1_when_the_data_does_not_conform(runner, tmp_path):
    data = tmp_path / "bad.trig"
    data.write_text("""@prefix fk: <https://filmkg.org/ontology#> .
        <https://example.org/g> { <https://example.org/c> a fk:Credit . }""", encoding="utf-8")
    result = runner.invoke(main, ["validate", str(data)])
    assert result.exit_code == 1
    assert "Conforms: False" in result.output


def test_query_prints_a_table_json_and_csv(runner, built):
    q = "PREFIX fk: <https://filmkg.org/ontology#> SELECT ?t WHERE { ?f a fk:Film ; fk:title ?t }"
    table = runner.invoke(main, ["query", str(built), q])
    assert table.exit_code == 0 and "Blame!" in table.output and "(1 row)" in table.output
    as_json = runner.invoke(main, ["query", str(built), q, "--format", "json"])
    assert json.loads(as_json.output)["results"]["bindings"][0]["t"]["value"] == "Blame!"
    as_csv = runner.invoke(main, ["query", str(built), q, "--format", "csv"])
    assert as_csv.output.splitlines()[:2] == ["t", "Blame!"]


def test_query_reads_rq_files_and_reports_bad_queries(runner, built, tmp_path):
    rq = tmp_path / "q.rq"
    rq.write_text("SELECT * WHERE { ?s ?p }", encoding="utf-8")
    result = runner.invoke(main, ["query", str(built), str(rq)])
    assert result.exit_code == 2 and "bad query" in result.output
