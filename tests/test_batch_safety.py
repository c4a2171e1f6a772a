"""A batch that cannot be hung, crashed or fooled (issue 12): limits per document, no output lost,
safe tables and paths, bad input folders reported, the output folder checked before any work."""

from __future__ import annotations

import io
import json
import os
import shutil
import signal
import stat
import subprocess
import sys
import time
import zipfile
from pathlib import Path, PurePosixPath

import pandas as pd
import pytest

from directive_extract.batch import output_names
from directive_extract.files import (
    OutputDirError,
    check_output_dir,
    remove_stale_temporaries,
    walk_files,
    write_atomic,
)
from directive_extract.formats.numbering import format_number
from directive_extract.inputs import InputFile, collect_inputs
from directive_extract.read import read_file
from directive_extract.tables import neutralize_formula, notices_to_tables, read_table, write_tables
from directive_extract.workers import WorkerPool

from .conftest import DEV_DIR
from .test_formats import NOTICE, make_docx

EXE = str(Path(sys.executable).with_name("directive-extract"))
# ~10 s of CPU and ~700 MB (linear: 40,000 items took 7 s while item numbering was quadratic, 5 s since)
SLOW_TEXT = "1. Giao Sở Y tế thực hiện công văn số 12/UBND ngày 5/3/2021.\n" * 80000
SAMPLES = sorted(DEV_DIR.glob("*.txt"))


def cli(*args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([EXE, *args], capture_output=True, text=True, check=False, **kwargs)


@pytest.fixture
def deep_trees():
    """Removes the 1,000-level trees a test made: pytest's own clean-up (shutil.rmtree) recurses per level."""
    made: list[Path] = []
    yield made
    for root in made:
        folders = [root]
        for folder in folders:
            folders.extend(p for p in folder.iterdir() if p.is_dir() and not p.is_symlink())
        for folder in reversed(folders):
            for entry in folder.iterdir():
                if entry.is_symlink() or not entry.is_dir():
                    entry.unlink()
            folder.rmdir()


def run_json(out: Path) -> dict:
    return json.loads((out / "run.json").read_text(encoding="utf-8"))


def by_document(summary: dict) -> dict[str, dict]:
    return {row["document"]: row for row in summary["files"]}


# --- output names ----------------------------------------------------------------------------------


def _entries(*relative: str) -> list[InputFile]:
    return [InputFile(Path(r), PurePosixPath(r)) for r in relative]


@pytest.mark.parametrize(
    ("inputs", "expected"),
    [
        (["a.txt", "b.txt"], ["a.json", "b.json"]),
        (["a.txt", "a.docx"], ["a.txt.json", "a.docx.json"]),  # same stem, two extensions
        (["x/a.txt", "y/a.txt"], ["x/a.json", "y/a.json"]),  # same name, two folders: the tree mirrored
        (["a.txt", "a.txt"], ["a.txt.json", "a.txt~2.json"]),  # the same relative path under two folders given
        (["run.txt"], ["run.txt.json"]),  # never over the run summary
        (["x/run.txt"], ["x/run.json"]),  # only the top-level run.json is reserved
        (["A.txt", "a.txt"], ["A.txt.json", "a.txt~2.json"]),  # a case-insensitive file system
        (["a.txt", "a.docx", "a.txt.txt"], ["a.txt~2.json", "a.docx.json", "a.txt.json"]),
    ],
)
def test_output_names_never_collide(inputs: list[str], expected: list[str]) -> None:
    assert [str(p) for p in output_names(_entries(*inputs))] == expected


# --- walking the inputs ----------------------------------------------------------------------------


def test_the_walk_reports_what_it_cannot_read(tmp_path: Path, monkeypatch) -> None:
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    (root / "ok.txt").write_text(NOTICE, encoding="utf-8")
    (root / ".hidden.txt").write_text(NOTICE, encoding="utf-8")
    (root / "notes.md").write_text("not an input", encoding="utf-8")
    os.mkfifo(root / "pipe.txt")
    (root / "broken.txt").symlink_to(root / "missing.txt")
    outside = tmp_path / "secret.txt"
    outside.write_text("Sở Y tế", encoding="utf-8")
    (root / "leak.txt").symlink_to(outside)
    (root / "sub" / "loop").symlink_to(root)
    (root / "inside.txt").symlink_to(root / "ok.txt")  # a link inside the folder is fine
    (root / "locked").mkdir()
    real_scandir = os.scandir

    def scandir(path):
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    found = {e.document: e.problem for e in collect_inputs([root])}
    assert found.keys() == {"ok.txt", "pipe.txt", "broken.txt", "leak.txt", "sub/loop", "inside.txt", "locked"}
    expected = {
        "ok.txt": None,
        "inside.txt": None,
        "pipe.txt": "FIFO",
        "broken.txt": "does not exist",
        "leak.txt": "outside the folder given",
        "sub/loop": "folder loop",
        "locked": "Permission denied",
    }
    wrong = [
        (d, found[d])
        for d, want in expected.items()
        if (want is None) != (found[d] is None) or (want and want not in found[d])
    ]
    assert not wrong, found
    followed = {e.document: e.problem for e in collect_inputs([root], follow_links=True)}
    assert followed["leak.txt"] is None


def test_a_deep_tree_and_names_that_are_not_utf8(tmp_path: Path, deep_trees) -> None:
    root = tmp_path / "in"
    deep_trees.append(root)
    deep = root
    root.mkdir()
    for _ in range(1000):  # one level at a time: pathlib's and os's makedirs recurse
        deep = deep / "d"
        deep.mkdir()
    (deep / "a.txt").write_text(NOTICE, encoding="utf-8")
    odd = os.fsdecode(bytes(root) + b"/caf\xe9.txt")
    Path(odd).write_text(NOTICE, encoding="utf-8")
    found = {e.document: e for e in collect_inputs([root])}
    assert "caf\\xe9.txt" in found and found["caf\\xe9.txt"].path.exists()
    assert "/".join(["d"] * 1000) + "/a.txt" in found


def test_a_deep_tree_resolves_only_its_links(tmp_path: Path, monkeypatch, deep_trees) -> None:
    """The real path of an entry that is no link is its folder's and its name: resolving each of 1,000 nested folders
    component by component cost the square of the depth in lstat calls (17 s for one file 1,000 folders down)."""
    import directive_extract.inputs as inputs

    deep = root = tmp_path / "in"
    root.mkdir()
    deep_trees.append(root)
    for _ in range(1000):
        deep = deep / "d"
        deep.mkdir()
    (deep / "a.txt").write_text(NOTICE, encoding="utf-8")
    (root / "link.txt").symlink_to(deep / "a.txt")
    resolved, realpath = [], os.path.realpath
    monkeypatch.setattr(inputs.os.path, "realpath", lambda path: resolved.append(path) or realpath(path))
    found = {e.document: e.problem for e in collect_inputs([root])}
    assert found == {"/".join(["d"] * 1000) + "/a.txt": None, "link.txt": None}
    assert len(resolved) <= 3, len(resolved)  # the root, the link and the file given to the batch at most


def test_the_output_folder_is_never_an_input(tmp_path: Path) -> None:
    root = tmp_path / "in"
    (root / "out" / "report").mkdir(parents=True)
    (root / "a.txt").write_text(NOTICE, encoding="utf-8")
    (root / "out" / "report" / "a.html").write_text("<html><body>page</body></html>", encoding="utf-8")
    assert [e.document for e in collect_inputs([root], exclude=[root / "out"])] == ["a.txt"]


# --- files -----------------------------------------------------------------------------------------


def test_outputs_have_the_usual_permissions_and_only_our_temporaries_are_cleaned(tmp_path: Path) -> None:
    write_atomic(tmp_path / "a.json", "{}")
    assert stat.S_IMODE((tmp_path / "a.json").stat().st_mode) == 0o666 & ~_umask()
    (tmp_path / "mine.tmp").write_text("a user's file", encoding="utf-8")
    (tmp_path / ".notes.tmp").write_text("a user's file", encoding="utf-8")
    (tmp_path / "x").mkdir()
    (tmp_path / "x" / ".directive-extract-a.json.k3j.tmp").write_text("left by a killed run", encoding="utf-8")
    remove_stale_temporaries(tmp_path)
    assert sorted(p.name for p in tmp_path.rglob("*") if p.is_file()) == [".notes.tmp", "a.json", "mine.tmp"]


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_an_unusable_output_folder_fails_first(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "file").write_text("x", encoding="utf-8")
    with pytest.raises(OutputDirError, match="is a file"):
        check_output_dir(tmp_path / "file")
    import tempfile

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(OutputDirError, match="Permission denied"):
        check_output_dir(tmp_path / "ro")


# --- tables ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "written"),
    [("=HYPERLINK(1)", "'=HYPERLINK(1)"), ("+1", "'+1"), ("-2+3", "'-2+3"), ("@SUM(A1)", "'@SUM(A1)"),
     ("\tx", "'\tx"), ("'quoted", "''quoted"), ("Sở Y tế", "Sở Y tế"), ("a=b", "a=b"), (None, None)],
)  # fmt: skip
def test_formula_cells_are_neutralised(cell, written) -> None:
    assert neutralize_formula(cell) == written


def test_csv_is_safe_for_spreadsheets_and_reads_back_exactly(tmp_path: Path) -> None:
    from directive_extract import extract

    notice = extract('THÔNG BÁO\n\n1. =HYPERLINK("http://x") giao Sở Y tế thực hiện.\n', file="=cmd.txt")
    tables = notices_to_tables([notice])
    write_tables(tables, tmp_path)
    csv_text = (tmp_path / "notices.csv").read_text(encoding="utf-8-sig")
    assert "\n'=cmd.txt," in csv_text and "\n=cmd.txt" not in csv_text
    for name, frame in tables.items():
        pd.testing.assert_frame_equal(read_table(tmp_path / f"{name}.csv"), frame, check_dtype=False)
    assert pd.read_parquet(tmp_path / "notices.parquet")["document"][0] == "=cmd.txt"  # Parquet untouched


# --- formats ---------------------------------------------------------------------------------------


def test_letter_counters_stay_small() -> None:
    assert format_number(10**8, "lowerLetter") == str(10**8)
    assert format_number(104, "lowerLetter") == "zzzz"


def _numbering_bomb(path: Path, paragraphs: int = 3000) -> Path:
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    w = nsdecls("w")
    numbering = document.part.numbering_part.element
    level = (
        '<w:lvl w:ilvl="0"><w:start w:val="100000000"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1)"/></w:lvl>'
    )
    numbering.insert(0, parse_xml(f'<w:abstractNum {w} w:abstractNumId="777">{level}</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {w} w:numId="777"><w:abstractNumId w:val="777"/></w:num>'))
    for _ in range(paragraphs):
        paragraph = document.add_paragraph("Giao Sở Y tế.")
        numpr = f'<w:numPr {w}><w:ilvl w:val="0"/><w:numId w:val="777"/></w:numPr>'
        paragraph._p.get_or_add_pPr().append(parse_xml(numpr))
    document.save(path)
    return path


def test_a_docx_numbered_from_ten_to_the_eighth_stays_small(tmp_path: Path) -> None:
    path = _numbering_bomb(tmp_path / "bomb.docx")
    assert path.stat().st_size < 60_000
    text, _ = read_file(path)
    assert len(text) < 200_000 and text.startswith("100000000) Giao")


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("Sở Y tế thực hiện".encode("utf-32"), "Sở Y tế thực hiện"),
        ("Sở Y tế thực hiện".encode("utf-32-le"), "Sở Y tế thực hiện"),
        ("Sở Y tế thực hiện".encode("utf-32-be"), "Sở Y tế thực hiện"),
    ],
)
def test_utf32_is_not_read_as_utf16(tmp_path: Path, data: bytes, expected: str) -> None:
    (tmp_path / "a.txt").write_bytes(data)
    assert read_file(tmp_path / "a.txt") == (expected, "utf-32")


@pytest.mark.parametrize("charset", ["utf-16", "UTF-16LE", "utf-32", "shift_jis", "koi8-r"])
def test_a_lying_meta_charset_does_not_win_over_utf8(tmp_path: Path, charset: str) -> None:
    page = f"<html><head><meta charset={charset}></head><body><p>{NOTICE}</p></body></html>"
    (tmp_path / "a.html").write_bytes(page.encode("utf-8"))
    text, _ = read_file(tmp_path / "a.html")
    assert "Sở Y tế" in text and "ỦY BAN NHÂN DÂN" in text


def test_ascii_for_64kb_then_tcvn3(tmp_path: Path) -> None:
    from .test_formats import TEXT_ENCODINGS

    encode = next(enc for name, enc, _ in TEXT_ENCODINGS if name == "tcvn3")
    data = b"Van ban so 12 ve viec phong chong dich benh. " * 1600 + encode(NOTICE)
    assert len(data) > 70_000 and data[:65536].isascii()
    (tmp_path / "a.txt").write_bytes(data)
    text, label = read_file(tmp_path / "a.txt")
    assert label == "tcvn3" and "ỦY BAN NHÂN DÂN" in text


def test_a_page_nested_100000_deep_still_has_its_text(tmp_path: Path) -> None:
    page = "<html><body>" + "<div>" * 100_000 + f"<p>{NOTICE}</p>" + "</div>" * 100_000 + "</body></html>"
    (tmp_path / "a.html").write_text(page, encoding="utf-8")
    text, _ = read_file(tmp_path / "a.html")
    assert "Sở Y tế" in text


# --- the worker pool -------------------------------------------------------------------------------


def _task(kind: str) -> str:
    if kind == "hang":
        import re

        re.match(r"(a+)+$", "a" * 64 + "b")  # stuck in the C engine: only SIGKILL stops it
    elif kind == "die":
        os.kill(os.getpid(), signal.SIGKILL)
    elif kind == "memory":
        bytearray(8 << 30)
    elif kind == "memory held":  # the MemoryError's frames keep the memory: reporting it needs more
        _fill_memory()
    elif kind == "memory wrapped":  # a library turns the MemoryError into its own error
        try:
            bytearray(8 << 30)
        except MemoryError as exc:
            raise SystemError("allocation failed") from exc
    elif kind == "bug":
        raise ValueError("boom")
    return kind


def _fill_memory() -> None:
    blocks = []
    for size in (16 << 20, 64 << 10, 1024, 64):  # to the last bytes under the limit
        try:
            while True:
                blocks.append(bytearray(size))
        except MemoryError:
            pass
    raise MemoryError


def test_each_task_gets_its_own_outcome() -> None:
    kinds = ["ok", "hang", "ok", "die", "ok", "memory", "bug", "ok", "ok"]
    pool = WorkerPool(_task, jobs=2, timeout=3, max_memory=2 << 30)
    outcomes = {o.key: o for o in pool.run([(i, (k,)) for i, k in enumerate(kinds)])}
    got = [outcomes[i].failure or outcomes[i].value for i in range(len(kinds))]
    assert got == ["ok", "timeout", "ok", "died", "ok", "memory", "error", "ok", "ok"]
    assert "signal 9" in outcomes[3].message and "boom" in outcomes[6].message


def test_a_task_over_the_memory_limit_is_a_memory_failure_however_it_ends() -> None:
    kinds = ["memory held", "ok", "memory wrapped", "ok", "memory", "ok"]
    pool = WorkerPool(_task, jobs=2, timeout=60, max_memory=1 << 30)
    outcomes = {o.key: o for o in pool.run([(i, (k,)) for i, k in enumerate(kinds)])}
    got = [(outcomes[i].failure or outcomes[i].value, outcomes[i].message) for i in range(len(kinds))]
    assert [failure for failure, _ in got] == ["memory", "ok", "memory", "ok", "memory", "ok"], got


# --- the batch from the command line ---------------------------------------------------------------


@pytest.mark.slow
def test_a_batch_mixing_every_attack_accounts_for_every_file(tmp_path: Path, deep_trees) -> None:
    """The issue's "done when": every hostile input at once, every file in run.json, nothing lost."""
    root = tmp_path / "in"
    deep_trees.append(root)
    (root / "x").mkdir(parents=True)
    (root / "y").mkdir()
    shutil.copy(SAMPLES[0], root / "x" / "a.txt")
    shutil.copy(SAMPLES[1], root / "y" / "a.txt")
    shutil.copy(SAMPLES[2], root / "a.txt")
    make_docx(root / "a.docx")
    shutil.copy(SAMPLES[3], root / "run.txt")
    (root / "=cmd.txt").write_text(NOTICE, encoding="utf-8")
    Path(os.fsdecode(bytes(root) + b"/caf\xe9.txt")).write_text(NOTICE, encoding="utf-8")
    deep = root
    for _ in range(1000):
        deep = deep / "d"
        deep.mkdir()
    (deep / "deep.txt").write_text(NOTICE, encoding="utf-8")
    (root / "slow.txt").write_text(SLOW_TEXT, encoding="utf-8")
    (root / "markers.txt").write_text("i) " * 40 + "Sở Y tế chủ trì.", encoding="utf-8")
    (root / "digits.txt").write_text("Số: " + "1" * 32000, encoding="utf-8")
    (root / "spaces.txt").write_text("Nơi nhận:" + " " * 1500 + "x\nKT. CHỦ TỊCH", encoding="utf-8")
    (root / "signature.txt").write_text("TM. CHỦ TỊCH", encoding="utf-8")
    _numbering_bomb(root / "numbering.docx")
    os.mkfifo(root / "pipe.txt")
    (tmp_path / "secret.txt").write_text(NOTICE, encoding="utf-8")
    (root / "leak.txt").symlink_to(tmp_path / "secret.txt")
    (root / "x" / "loop").symlink_to(root)
    out = root / "out"  # inside the input folder
    out.mkdir()
    (out / "keep.tmp").write_text("a user's file", encoding="utf-8")

    started = time.monotonic()
    result = cli("extract", str(root), "--out", str(out), "--tables", "--jobs", "2", "--timeout", "4")
    took = time.monotonic() - started
    assert result.returncode == 1, result.stderr
    summary = run_json(out)
    rows = by_document(summary)
    assert summary["complete"] is True
    errors = {d: r["error"] for d, r in rows.items() if r["status"] == "error"}
    expected_errors = {"slow.txt": "time limit", "pipe.txt": "FIFO", "leak.txt": "outside", "x/loop": "loop"}
    assert errors.keys() == expected_errors.keys(), errors
    assert all(expected_errors[d] in errors[d] for d in errors), errors
    ok = {d for d, r in rows.items() if r["status"] == "ok"}
    assert ok == {
        "x/a.txt", "y/a.txt", "a.txt", "a.docx", "run.txt", "=cmd.txt", "caf\\xe9.txt", "/".join(["d"] * 1000) + "/deep.txt",
        "markers.txt", "digits.txt", "spaces.txt", "signature.txt", "numbering.docx",
    }  # fmt: skip
    outputs = {r["document"]: r["output"] for r in summary["files"] if r["output"]}
    assert (
        outputs["a.txt"] == "a.txt.json" and outputs["a.docx"] == "a.docx.json" and outputs["run.txt"] == "run.txt.json"
    )
    assert outputs["x/a.txt"] == "x/a.json" and outputs["y/a.txt"] == "y/a.json"
    assert outputs["caf\\xe9.txt"] == "caf\\xe9.json" and (out / os.fsdecode(b"caf\xe9.json")).exists()
    for document, output in outputs.items():
        if document == "caf\\xe9.txt":
            continue  # shown with an escape; the file has the name's own bytes
        data = json.loads((out / output).read_text(encoding="utf-8"))
        assert data["source"]["file"] == document
        assert stat.S_IMODE((out / output).stat().st_mode) == 0o666 & ~_umask()
    assert (out / "keep.tmp").exists() and not [p for p in walk_files(out) if p.name.startswith(".directive-")]
    notices = read_table(out / "tables" / "notices.csv")
    assert sorted(notices["document"]) == sorted(ok)
    assert "\n'=cmd.txt," in (out / "tables" / "notices.csv").read_text(encoding="utf-8-sig")
    assert took < 90, took

    again = cli("extract", str(root), "--out", str(out), "--resume", "--timeout", "4")  # the outputs are not inputs
    assert by_document(run_json(out)).keys() == rows.keys(), again.stderr


@pytest.mark.slow
def test_tables_reflect_exactly_the_run(tmp_path: Path) -> None:
    root, out = tmp_path / "in", tmp_path / "out"
    root.mkdir()
    for sample in SAMPLES[:3]:
        shutil.copy(sample, root / sample.name)
    assert cli("extract", str(root), "--out", str(out), "--tables").returncode == 0
    (root / SAMPLES[2].name).unlink()
    assert cli("extract", str(root), "--out", str(out), "--tables", "--resume").returncode == 0
    assert sorted(read_table(out / "tables" / "notices.csv")["document"]) == sorted(p.name for p in SAMPLES[:2])


@pytest.mark.slow
def test_over_the_memory_limit_is_an_error_of_that_file_alone(tmp_path: Path) -> None:
    root, out = tmp_path / "in", tmp_path / "out"
    root.mkdir()
    shutil.copy(SAMPLES[0], root / "small.txt")
    # the limit sits between what a small notice needs and what five copies of the slow text need (400,000
    # items, 26M characters: it runs out early in the pipeline; close to the limit it ran out at the very end,
    # inside pydantic-core, which reports that as a SystemError)
    (root / "big.txt").write_text(SLOW_TEXT * 5, encoding="utf-8")
    result = cli("extract", str(root), "--out", str(out), "--max-memory", "300", "--timeout", "120")
    rows = by_document(run_json(out))
    assert rows["big.txt"]["status"] == "error" and "memory" in rows["big.txt"]["error"], result.stderr
    assert rows["small.txt"]["status"] == "ok"


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


def _fork_servers(batch: int) -> list[int]:
    return [pid for pid in _children(batch) if "forkserver" in _cmdline(pid)]


def _workers(batch: int) -> list[int]:
    """The batch's worker processes: the children of its fork server (workers.py)."""
    return [pid for server in _fork_servers(batch) for pid in _children(server)]


def _alive(pids: list[int]) -> list[int]:
    """Those of `pids` still running (a zombie has ended; only its exit status waits to be read)."""
    alive = []
    for pid in pids:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if state != "Z":
            alive.append(pid)
    return alive


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_text()
    except OSError:
        return ""


def _start_slow_batch(tmp_path: Path, *extra: str) -> tuple[subprocess.Popen, Path, list[int]]:
    root, out = tmp_path / "in", tmp_path / "out"
    root.mkdir()
    (root / "a_slow.txt").write_text(SLOW_TEXT * 3, encoding="utf-8")
    shutil.copy(SAMPLES[0], root / "b.txt")
    process = subprocess.Popen(
        [EXE, "extract", str(root), "--out", str(out), "--timeout", "300", *extra],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 60
    workers: list[int] = []
    while time.monotonic() < deadline:
        workers = _workers(process.pid)
        if workers and (out / "run.json").exists():
            break
        time.sleep(0.2)
    time.sleep(3)  # the worker has warmed up and is inside the slow document
    return process, out, workers


@pytest.mark.slow
def test_a_worker_killed_by_the_system_costs_only_its_file(tmp_path: Path) -> None:
    process, out, workers = _start_slow_batch(tmp_path)
    assert workers
    for pid in workers:
        os.kill(pid, signal.SIGKILL)  # what the OOM killer does
    process.wait(timeout=120)
    rows = by_document(run_json(out))
    assert rows["a_slow.txt"]["status"] == "error" and "killed" in rows["a_slow.txt"]["error"]
    assert rows["b.txt"]["status"] == "ok"


@pytest.mark.slow
def test_ctrl_c_writes_run_json_and_workers_die_with_the_batch(tmp_path: Path) -> None:
    process, out, workers = _start_slow_batch(tmp_path)
    assert workers
    workers += _fork_servers(process.pid)
    process.send_signal(signal.SIGINT)
    assert process.wait(timeout=60) == 130
    summary = run_json(out)
    assert summary["complete"] is False
    assert by_document(summary)["a_slow.txt"]["error"] == "not processed: the run was interrupted"
    time.sleep(1)
    assert not _alive(workers)


@pytest.mark.slow
def test_workers_die_when_the_batch_is_killed(tmp_path: Path) -> None:
    process, out, workers = _start_slow_batch(tmp_path)
    assert workers
    workers += _fork_servers(process.pid)  # the fork server ends too
    process.kill()
    process.wait()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and _alive(workers):
        time.sleep(0.2)
    assert not _alive(workers)
    assert run_json(out)["complete"] is False  # the snapshot written while it ran


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["file", "full"])
def test_an_unusable_out_fails_before_any_work(tmp_path: Path, kind: str) -> None:
    root = tmp_path / "in"
    root.mkdir()
    (root / "a_slow.txt").write_text(SLOW_TEXT, encoding="utf-8")
    out = tmp_path / "out"
    limit = None
    if kind == "file":
        out.write_text("not a folder", encoding="utf-8")
    else:

        def limit() -> None:  # a disk that takes 64 KB more and no more
            import resource

            resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, 64 * 1024))

    started = time.monotonic()
    result = subprocess.run(
        [EXE, "extract", str(root), "--out", str(out)], capture_output=True, text=True, preexec_fn=limit, check=False
    )
    assert result.returncode == 2 and "error" in result.stderr, result.stderr
    assert time.monotonic() - started < 5
    assert not (out / "run.json").exists() if out.is_dir() else True


def test_zip_members_of_a_docx_bomb_stay_refused(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"\0" * (300 * 1024 * 1024))
    (tmp_path / "bomb.docx").write_bytes(buffer.getvalue())
    with pytest.raises(Exception, match="zip bomb"):
        read_file(tmp_path / "bomb.docx")


# A worker whose address space sits at its cap for seconds is out of memory even when nothing raised: there
# CPython falls back to the heap for each small object after failing to map an arena, and crawls.
AT_THE_CAP = """
import os, sys, time
from directive_extract import workers
cap = 400 << 20
workers._limit_memory(cap)
page = os.sysconf("SC_PAGE_SIZE")
used = int(open("/proc/self/statm").read().split()[0]) * page
held = bytearray(cap - used - (2 << 20))  # within the watch's margin, under the cap
time.sleep(float(sys.argv[1]))
"""


@pytest.mark.skipif(not Path("/proc/self/statm").exists(), reason="the watch reads /proc")
def test_a_worker_stuck_at_its_memory_cap_ends_as_out_of_memory() -> None:
    started = time.monotonic()
    stuck = subprocess.run([sys.executable, "-c", AT_THE_CAP, "20"], capture_output=True, text=True, timeout=60)
    assert stuck.returncode == 86, (stuck.returncode, stuck.stderr[-2000:])
    assert time.monotonic() - started < 10


def test_a_worker_under_its_memory_cap_is_left_alone() -> None:
    under = AT_THE_CAP.replace("(2 << 20)", "(64 << 20)")
    assert subprocess.run([sys.executable, "-c", under, "3"], capture_output=True, timeout=60).returncode == 0
