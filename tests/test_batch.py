"""The batch as users run it: a folder mixing good documents and every kind of bad file."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from .conftest import CORPUS_DIR
from .test_formats import NOTICE, TEXT_ENCODINGS, make_docx, make_html, make_pdf, unicode_font

pytestmark = pytest.mark.slow  # whole folders through the CLI, in subprocesses: `make test`, not the fast loop

EXE = str(Path(sys.executable).with_name("directive-extract"))


def run(*args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([EXE, *args], capture_output=True, text=True, check=False, **kwargs)


def outputs(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.glob("*.json")) if p.name != "run.json"}


@pytest.fixture
def mixed(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """Corpus documents plus one file of each bad kind; returns the folder and the expected error per bad file."""
    folder = tmp_path / "in"
    folder.mkdir()
    for path in sorted(CORPUS_DIR.glob("*.txt"))[:6]:
        shutil.copy(path, folder / path.name)
    (folder / "structureless.txt").write_text("chỉ là vài chữ không có cấu trúc gì cả", encoding="utf-8")
    # one good file of every input kind: text encodings (legacy ones included), Word, PDF, HTML
    for name, encode, _ in TEXT_ENCODINGS:
        (folder / f"notice-{name}.txt").write_bytes(encode(NOTICE))
    make_docx(folder / "notice-word.docx")
    make_html(folder / "notice-page.html")
    if unicode_font() is not None:
        make_pdf(folder / "notice-scan.pdf")
    bad = {
        "empty.txt": b"",
        "binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4,
        "big.txt": ("Sở Y tế thực hiện. " * 4000).encode("utf-8"),
        "notazip.docx": b"this is not a zip file at all",
        "undecodable.txt": "Hội nghị trực tuyến về phòng chống dịch bệnh ở các tỉnh".encode("gbk", "replace") * 3,
    }
    for name, data in bad.items():
        (folder / name).write_bytes(data)
    with zipfile.ZipFile(folder / "bomb.docx", "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"\0" * (300 * 1024 * 1024))
    (folder / "vanished.txt").symlink_to(folder / "does-not-exist.txt")
    expected = {name: "error" for name in [*bad, "bomb.docx"]}
    return folder, expected


def test_mixed_folder_every_file_accounted_for(mixed, tmp_path: Path) -> None:
    folder, expected_errors = mixed
    out = tmp_path / "out"
    result = run("extract", str(folder), str(folder / "vanished.txt"), "--out", str(out), "--max-bytes", "50000")
    assert result.returncode == 1, result.stderr
    summary = json.loads((out / "run.json").read_text(encoding="utf-8"))
    by_name = {Path(f["file"]).name: f for f in summary["files"]}
    for name in expected_errors:
        assert by_name[name]["status"] == "error" and by_name[name]["error"], name
    assert by_name["vanished.txt"]["status"] == "error"
    good = [n for n in by_name if n not in expected_errors and n != "vanished.txt"]
    assert all(by_name[n]["status"] == "ok" for n in good), [(n, by_name[n]["error"]) for n in good]
    labels = {by_name[n]["encoding"] for n in good}
    assert {"utf-8", "utf-16", "windows-1258", "tcvn3", "vni-windows", "docx", "html"} <= labels, labels
    # no partial or temporary files, one output per good document, each identical to its single-file output
    assert not list(out.glob(".*"))
    assert sorted(outputs(out)) == sorted(f"{Path(n).stem}.json" for n in good)
    for name in [n for n in good if n.startswith("notice-")] + good[:2]:
        single = run("extract", str(folder / name))
        assert single.returncode == 0
        assert (out / f"{Path(name).stem}.json").read_text(encoding="utf-8") == single.stdout
    structureless = json.loads((out / "structureless.json").read_text(encoding="utf-8"))
    assert structureless["tasks"] == [] and structureless["header"]["number"] is None


def test_parallel_output_is_byte_identical_and_deterministic(tmp_path: Path) -> None:
    # two runs, one worker and two: the same bytes across runs and across the way the files were shared out
    one, two = tmp_path / "one", tmp_path / "two"
    assert run("extract", str(CORPUS_DIR), "--out", str(one)).returncode == 0
    assert run("extract", str(CORPUS_DIR), "--out", str(two), "--jobs", "2").returncode == 0
    assert outputs(one) == outputs(two)


def test_killed_batch_resumes_to_identical_output(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for path in sorted(CORPUS_DIR.glob("*.txt")):  # hundreds of files: the kill lands a quarter of the way in
        shutil.copy(path, folder / path.name)
    total = len(list(folder.glob("*.txt")))
    reference, resumed = tmp_path / "reference", tmp_path / "resumed"
    assert run("extract", str(folder), "--out", str(reference), "--jobs", "2").returncode == 0

    process = subprocess.Popen(
        [EXE, "extract", str(folder), "--out", str(resumed), "--jobs", "2"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(list(resumed.glob("*.json"))) < total // 4:
        time.sleep(0.01)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    done_before = len(outputs(resumed))
    assert 0 < done_before < total, "the kill should land midway"
    interrupted = json.loads((resumed / "run.json").read_text(encoding="utf-8"))  # written while it ran
    assert interrupted["complete"] is False and len(interrupted["files"]) == total

    result = run("extract", str(folder), "--out", str(resumed), "--jobs", "2", "--resume")
    assert result.returncode == 0, result.stderr
    summary = json.loads((resumed / "run.json").read_text(encoding="utf-8"))
    assert summary["counts"]["skipped"] >= done_before - 2  # a file being renamed at the kill may be redone
    assert outputs(resumed) == outputs(reference)
    assert not list(resumed.glob(".*"))
    assert json.loads((resumed / "run.json").read_text(encoding="utf-8"))["complete"] is True


def test_jsonl_and_input_order(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert run("extract", str(CORPUS_DIR), "--out", str(out), "--format", "jsonl", "--jobs", "2").returncode == 0
    lines = (out / "notices.jsonl").read_text(encoding="utf-8").splitlines()
    names = [json.loads(line)["source"]["file"] for line in lines]
    assert names == sorted(p.name for p in CORPUS_DIR.glob("*.txt"))
