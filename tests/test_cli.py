"""The CLI as a user runs it: folders in, one JSON per document, a summary line, honest exit codes."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from directive_extract.cli import app

from .conftest import DEV_DIR, ROOT

runner = CliRunner()


def run_cli(*args: str) -> subprocess.CompletedProcess:
    exe = Path(sys.executable).with_name("directive-extract")
    return subprocess.run([str(exe), *args], capture_output=True, text=True, check=False)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    (src / "nested").mkdir(parents=True)
    for i, path in enumerate(sorted(DEV_DIR.glob("*.txt"))[:3]):
        shutil.copy(path, (src / "nested" if i == 2 else src) / path.name)
    return src


@pytest.mark.slow
def test_extract_folder_writes_one_json_per_document(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run_cli("extract", str(folder), "--out", str(out))
    assert result.returncode == 0, result.stderr
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.json") if p.name != "run.json")
    assert len(written) == 3 and written[-1].startswith("nested/")  # the input tree, mirrored
    run = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert run["counts"] == {"files": 3, "ok": 3, "skipped": 0, "error": 0}
    assert re.search(r"3 files: 3 written to .*, 0 up to date, 0 failed", result.stderr)
    for path in out.rglob("*.json"):
        if path.name == "run.json":
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        assert data["schema_version"] == "1.0" and data["source"]["sha256"]
    assert not list(out.glob(".*.tmp"))


@pytest.mark.slow
def test_a_bad_file_fails_alone_and_sets_the_exit_code(folder: Path, tmp_path: Path) -> None:
    (folder / "empty.txt").write_bytes(b"")
    (folder / "latin1.txt").write_bytes(b"S\xf5 Y t\xea \xe9\xe8 \xff\xfe")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04")
    out = tmp_path / "out"
    result = run_cli("extract", str(folder), "--out", str(out))
    assert result.returncode == 1
    assert len([p for p in out.rglob("*.json") if p.name != "run.json"]) == 3
    assert "empty.txt" in result.stderr and "latin1.txt" in result.stderr and "binary.txt" in result.stderr
    assert "6 files: 3 written" in result.stderr and (tmp_path / "out" / "run.json").exists()


def test_single_file_without_out_prints_json() -> None:
    path = sorted(DEV_DIR.glob("*.txt"))[2]
    result = runner.invoke(app, ["extract", str(path)])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["source"]["file"] == path.name and data["tasks"]


@pytest.mark.slow
def test_evaluate_prints_a_table(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert runner.invoke(app, ["extract", str(DEV_DIR), "--out", str(out)]).exit_code == 0
    result = runner.invoke(app, ["evaluate", str(DEV_DIR), str(out)])
    assert result.exit_code == 0
    for name in ("header", "tasks", "agencies", "signature", "distribution"):
        assert name in result.stdout


def test_schema_command_prints_the_committed_schema() -> None:
    result = runner.invoke(app, ["schema"])
    assert json.loads(result.stdout) == json.loads((ROOT / "schema.json").read_text(encoding="utf-8"))


def test_every_command_has_help_and_is_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for command in app.registered_commands:
        name = command.name or command.callback.__name__
        result = runner.invoke(app, [name, "--help"])
        assert result.exit_code == 0 and "Usage" in result.stdout
        assert f"directive-extract {name}" in readme, name
