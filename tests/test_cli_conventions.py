"""The CLI behaves like the tools people know: one output option, --version, clean help, choices, clear errors."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from directive_extract import __version__
from directive_extract.cli import app

from .conftest import CORPUS_DIR, ROOT

runner = CliRunner()

WRITING_COMMANDS = ["extract", "tables", "report", "board", "schema"]
NOISE = re.compile(r"<bool>|<list\[|<str>|\{\}")


def command_names() -> list[str]:
    return [command.name or command.callback.__name__ for command in app.registered_commands]


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout.strip() == f"directive-extract {__version__}"


def test_help_has_no_type_noise() -> None:
    failures = []
    for args in ([], *([name] for name in command_names())):
        result = runner.invoke(app, [*args, "--help"], terminal_width=200)
        if result.exit_code != 0 or NOISE.search(result.stdout):
            failures.append((args, NOISE.findall(result.stdout)))
    assert not failures, failures


def test_one_output_option_on_every_writing_command() -> None:
    failures = []
    for name in WRITING_COMMANDS:
        command = next(c for c in app.registered_commands if (c.name or c.callback.__name__) == name)
        result = runner.invoke(app, [name, "--help"], terminal_width=200)
        for flag in ("--out", "-o", "--to"):
            if not re.search(rf"(?<![\w-]){re.escape(flag)}(?![\w-])", result.stdout):
                failures.append((name, flag))
        assert command is not None
    assert not failures, failures


def test_format_and_engine_are_choices(tmp_path: Path) -> None:
    for option, bad in (("--format", "xml"), ("--engine", "spark")):
        result = runner.invoke(app, ["extract", str(CORPUS_DIR), "--out", str(tmp_path), option, bad])
        assert result.exit_code == 2, (option, result.output)
        assert "is not one of" in result.output


def folders(tmp_path: Path) -> dict[str, Path]:
    empty = tmp_path / "empty"
    empty.mkdir()
    stray = tmp_path / "stray"
    stray.mkdir()
    (stray / "run.json").write_text("{}", encoding="utf-8")
    (stray / "notes.json").write_text('{"not": "a notice"}', encoding="utf-8")
    return {"missing": tmp_path / "missing", "empty": empty, "stray": stray, "file": CORPUS_DIR / "pjj_01.txt"}


# command line (with {missing} {empty} {stray} {file} {out} filled in) -> exit code, message on stderr
ERROR_CASES = [
    ("tables {missing}", 2, "no such folder"),
    ("tables {empty}", 2, "no extracted notices"),
    ("tables {stray}", 2, "no extracted notices"),
    ("report {missing} -o {out}", 2, "no such folder"),
    ("report {empty} --out {out}", 2, "no extracted notices"),
    ("report {file}", 2, "not a folder"),
    ("board {missing}", 2, "no such folder"),
    ("board {empty} --to {out}", 2, "no extracted notices"),
    ("evaluate {missing} {empty}", 2, "no such folder"),
    ("evaluate {empty} {empty}", 2, "no gold files"),
    ("evaluate " + str(CORPUS_DIR) + " {missing}", 2, "no such folder"),
    ("evaluate " + str(CORPUS_DIR) + " {empty}", 1, "has a prediction"),
    ("extract {empty} --out {out}", 2, "no input files"),
]


def test_missing_or_empty_inputs_fail_clearly(tmp_path: Path) -> None:
    places = folders(tmp_path) | {"out": tmp_path / "out"}
    failures = []
    for line, code, message in ERROR_CASES:
        args = [part.format(**places) for part in line.split()]
        result = runner.invoke(app, args)
        if result.exit_code != code or message not in result.output:
            failures.append((line, result.exit_code, result.output[-300:]))
    assert not failures, failures
    assert not (tmp_path / "out").exists()  # nothing was written


def test_py_typed_is_shipped() -> None:
    package = ROOT / "src" / "directive_extract"
    assert (package / "py.typed").is_file()
    assert '"py.typed"' in (ROOT / "pyproject.toml").read_text(encoding="utf-8")


@pytest.mark.parametrize("flag", ["--out", "-o", "--to"])
def test_schema_writes_to_the_output_option(flag: str, tmp_path: Path) -> None:
    target = tmp_path / "schema.json"
    result = runner.invoke(app, ["schema", flag, str(target)])
    assert result.exit_code == 0 and target.read_text(encoding="utf-8") == runner.invoke(app, ["schema"]).stdout
