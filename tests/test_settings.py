"""Settings as data: defaults < TOML file < FILMKG_* environment < create_app(config)."""

import pytest

from server.settings import Settings, SettingsError, load_settings

CASES = [
    # (file text, environment, config, expected changes)
    ("", {}, {}, {}),
    ("query_timeout = 3\n", {}, {}, {"query_timeout": 3.0}),
    ("[filmkg]\nmax_rows = 7\n", {}, {}, {"max_rows": 7}),
    ("max_rows = 7\n", {"FILMKG_MAX_ROWS": "9"}, {}, {"max_rows": 9}),
    ("max_rows = 7\n", {"FILMKG_MAX_ROWS": "9"}, {"max_rows": 11}, {"max_rows": 11}),
    ("", {"FILMKG_CORS": "false"}, {}, {"cors": False}),
    ("", {"FILMKG_UPDATE_TOKEN": "t"}, {}, {"update_token": "t"}),
    ("", {"FILMKG_DATASET": ""}, {}, {"dataset": None}),
    ("", {"UNRELATED": "x"}, {}, {}),
]


@pytest.mark.parametrize("file_text, environ, config, expected", CASES)
def test_sources_merge_in_order(tmp_path, file_text, environ, config, expected):
    path = tmp_path / "filmkg.toml"
    path.write_text(file_text)
    got = load_settings(config, environ=environ, config_file=path if file_text else None)
    assert got == Settings().replace(**expected)


def test_file_named_by_the_environment(tmp_path):
    path = tmp_path / "s.toml"
    path.write_text("port = 9001\n")
    assert load_settings(environ={"FILMKG_CONFIG": str(path)}).port == 9001


ERRORS = [
    ({}, {"FILMKG_MAX_ROWZ": "1"}, "unknown setting 'max_rowz' (from $FILMKG_MAX_ROWZ)"),
    ({"query_timeout": "soon"}, {}, "setting 'query_timeout' (from create_app(config))"),
    ({}, {"FILMKG_CORS": "maybe"}, "not a boolean"),
    ({"max_rows": 0}, {}, "must be positive"),
]


@pytest.mark.parametrize("config, environ, message", ERRORS)
def test_bad_settings_name_the_key_and_the_source(config, environ, message):
    with pytest.raises(SettingsError, match=message.replace("(", r"\(").replace(")", r"\)").replace("$", r"\$")):
        load_settings(config, environ=environ)


def test_unreadable_file_is_a_settings_error(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text("port = = 1")
    with pytest.raises(SettingsError, match="cannot read settings file"):
        load_settings(environ={}, config_file=bad)


def test_create_app_reads_settings_once_and_handlers_use_them(seed_dataset, monkeypatch):
    from .server_support import close, make_app

    monkeypatch.setenv("FILMKG_MAX_ROWS", "3")
    app = make_app(seed_dataset)
    monkeypatch.setenv("FILMKG_MAX_ROWS", "50")
    try:
        r = app.test_client().get("/sparql?query=SELECT%20*%20WHERE%20%7B%3Fs%20%3Fp%20%3Fo%7D")
        assert len(r.get_json()["results"]["bindings"]) == 3
    finally:
        close(app)


def test_cli_serve_reports_bad_settings_with_exit_2(runner, monkeypatch):
    from server.cli import main

    monkeypatch.setenv("FILMKG_WORKERZ", "2")
    result = runner.invoke(main, ["serve"])
    assert result.exit_code == 2 and "unknown setting 'workerz'" in result.output
