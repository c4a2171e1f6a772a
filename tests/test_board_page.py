"""The board from the command line over the project corpus, and its page as headless Chromium shows it.

The page filters and sorts itself from its address's fragment (`board.html#agency=Sở Y tế`), so
Chromium's --dump-dom gives the DOM after the script has applied a filter or a sort: what a reader
would see after typing in the filter box or clicking a column.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path
from urllib.parse import quote

import pandas as pd
import pytest
from icalendar import Calendar

from directive_extract.board_page import render_board
from directive_extract.board_table import STATUSES, board_frame, matches_agency
from directive_extract.schema import Header, Notice, Source, Task, TaskAgency
from directive_extract.tables import load_notices

from .conftest import CORPUS_DIR
from .test_report import CHROMIUM_FLAGS, PAYLOAD

pytestmark = pytest.mark.slow  # the corpus through the CLI, and a browser

EXE = str(Path(sys.executable).with_name("directive-extract"))
TODAY = "2021-06-10"


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([EXE, *args], capture_output=True, text=True, check=False)


@pytest.fixture(scope="module")
def browser() -> str:
    import shutil

    path = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
    if path is None:
        pytest.skip("chromium is not installed: run scripts/install_browser.sh (apt-get install chromium)")
    return path


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("extracted")
    result = run("extract", str(CORPUS_DIR), "--out", str(out), "--jobs", "2")
    assert result.returncode == 0, result.stderr
    return out


@pytest.fixture(scope="module")
def built(extracted: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("board")
    result = run("board", str(extracted), "-o", str(out), "--today", TODAY)
    assert result.returncode == 0, result.stderr
    assert "assignments of" in result.stderr and "board.html" in result.stderr
    return out


def dom_of(chromium: str, page: Path, fragment: str = "") -> str:
    import tempfile

    url = page.resolve().as_uri() + (f"#{fragment}" if fragment else "")
    with tempfile.TemporaryDirectory(prefix="chromium-profile-") as profile:
        args = [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "--dump-dom", url]
        done = subprocess.run(args, capture_output=True, text=True, timeout=180, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert 'data-ready="true"' in done.stdout, "the page's script did not run to its end"
    return done.stdout


def visible(markup: str) -> tuple[list[tuple[str, str, str]], list[str], str]:
    """(group, status, due) of every visible row, the visible group names, and the 'shown' line."""
    from html.parser import HTMLParser

    class Walk(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.rows: list[tuple[str, str, str]] = []
            self.groups: list[str] = []
            self.shown = ""
            self._group = ""
            self._section_hidden = False
            self._in: str | None = None
            self._row: dict | None = None

        def handle_starttag(self, tag, attrs):
            a = dict(attrs)
            if tag == "section" and "body" in (a.get("class") or ""):
                self._section_hidden = "hidden" in a
                self._group = ""
            elif tag == "h2":
                self._in = "h2"
            elif tag == "span" and a.get("id") == "shown":
                self._in = "shown"
            elif tag == "span" and (a.get("class") or "") == "count" and self._in == "h2":
                self._in = "count"
            elif tag == "tr" and "assignment" in (a.get("class") or ""):
                self._row = {"hidden": "hidden" in a or self._section_hidden, "status": a["data-status"], "cells": []}
            elif tag == "td" and self._row is not None:
                self._row["cells"].append(a.get("data-sort") or "")

        def handle_endtag(self, tag):
            if tag == "tr" and self._row is not None:
                if not self._row["hidden"]:
                    self.rows.append((self._group, self._row["status"], self._row["cells"][1]))
                self._row = None
            elif tag == "h2":
                if not self._section_hidden:
                    self.groups.append(self._group)
                self._in = None
            elif tag == "span" and self._in in ("shown", "count"):
                self._in = "h2" if self._in == "count" else None

        def handle_data(self, data):
            if self._in == "h2":
                self._group += data.strip() if not self._group else ""
            elif self._in == "shown":
                self.shown += data

    walk = Walk()
    walk.feed(markup)
    return walk.rows, walk.groups, walk.shown


def test_board_files_from_the_cli(built: Path, extracted: Path) -> None:
    assert sorted(p.name for p in built.iterdir()) == [
        "board.csv",
        "board.html",
        "board.parquet",
        "deadlines.ics",
        "report",
    ]
    frame = pd.read_parquet(built / "board.parquet")
    csv = pd.read_csv(built / "board.csv", encoding="utf-8-sig", dtype=str, keep_default_na=False)
    assert len(frame) == len(csv) > 500
    assert list(csv.columns) == list(frame.columns)
    assert (csv["agency"] == frame["agency"].astype(str)).all()
    expected = board_frame(load_notices(extracted), today=TODAY)
    assert frame["agency"].tolist() == expected["agency"].tolist()
    assert set(frame["status"]) <= set(STATUSES)
    # every row links to an existing report page, at the task
    pages = {link.split("#")[0] for link in frame["report_page"]}
    assert all((built / page).is_file() for page in pages)
    # every dated task is one calendar event
    events = Calendar.from_ical((built / "deadlines.ics").read_bytes()).walk("VEVENT")
    dated = frame.dropna(subset=["due"]).drop_duplicates(["document", "task_id", "due"])
    assert len(events) == len(dated) > 0
    assert {e.decoded("dtstart").isoformat() for e in events} == set(dated["due"])


def test_agency_option_and_the_same_bytes_again(built: Path, extracted: Path, tmp_path: Path) -> None:
    result = run("board", str(extracted), "--to", str(tmp_path), "--today", TODAY, "--agency", "Sở Y tế")
    assert result.returncode == 0, result.stderr
    frame = pd.read_parquet(tmp_path / "board.parquet")
    assert len(frame) > 0 and all(matches_agency(name, "Sở Y tế") for name in frame["agency"])
    again = tmp_path / "again"
    assert run("board", str(extracted), "-o", str(again), "--today", TODAY, "--agency", "Sở Y tế").returncode == 0
    for name in ("board.html", "board.csv", "deadlines.ics"):
        assert (again / name).read_bytes() == (tmp_path / name).read_bytes(), name


def test_what_must_so_y_te_do_by_when_in_one_page(browser: str, built: Path) -> None:
    """Done when: the board on the project corpus answers "what must Sở Y tế do, by when" in one page."""
    frame = pd.read_parquet(built / "board.parquet")
    want = frame[[matches_agency(name, "Sở Y tế") for name in frame["agency"]]]
    assert len(want) >= 10 and {"Sở Y tế tỉnh Long An", "Sở Y tế Thành phố Hồ Chí Minh"} <= set(want["agency"])
    rows, groups, shown = visible(dom_of(browser, built / "board.html", "agency=" + quote("Sở Y tế")))
    assert sorted(groups) == sorted(set(want["agency"]))
    assert len(rows) == len(want)
    assert shown.startswith(f"{len(want)} of {len(frame)} assignments")
    # each row says by when: a due date, or that there is none
    assert all(due != "9999" or status == "no_deadline" for _, status, due in rows)
    # without diacritics the same
    rows_folded, _, _ = visible(dom_of(browser, built / "board.html", "agency=so%20y%20te"))
    assert len(rows_folded) == len(want)


def test_filters_and_sort_in_the_page(browser: str, built: Path) -> None:
    frame = pd.read_parquet(built / "board.parquet")
    rows, _, shown = visible(dom_of(browser, built / "board.html", "status=overdue&role=lead"))
    want = frame[(frame.status == "overdue") & (frame.role == "lead")]
    assert len(rows) == len(want) > 0 and {status for _, status, _ in rows} == {"overdue"}
    assert shown.startswith(f"{len(want)} of {len(frame)} assignments")
    rows, _, _ = visible(dom_of(browser, built / "board.html", "sort=due&dir=desc"))
    assert len(rows) == len(frame)
    by_group: dict[str, list[str]] = {}
    for group, _, due in rows:
        by_group.setdefault(group, []).append(due)
    assert all(dues == sorted(dues, reverse=True) for dues in by_group.values())
    assert any(len(set(dues)) > 1 for dues in by_group.values())


def test_document_text_is_shown_not_executed(browser: str, tmp_path: Path) -> None:
    text = f"1. Giao Sở Y tế {PAYLOAD} xong."
    agency = TaskAgency(text="Sở Y tế", name=f"Sở Y tế {PAYLOAD}", role="lead", span=(8, 15))
    notice = Notice(
        source=Source(file="hostile.txt", sha256="0" * 64, chars=len(text)),
        header=Header(number=PAYLOAD, issuer=PAYLOAD),
        tasks=[Task(id="1", text=text, span=(0, len(text)), agencies=[agency])],
    )
    page = tmp_path / "board.html"
    page.write_text(render_board(board_frame([notice], today=TODAY), date(2021, 6, 10)), encoding="utf-8")
    markup = dom_of(browser, page)
    assert "pwned" not in markup.split("<title>")[1].split("</title>")[0]
    assert markup.count("<script>") == 1  # the page's own, and nothing from the document
    rows, groups, _ = visible(markup)
    assert len(rows) == 1 and groups == [f"Sở Y tế {PAYLOAD}"]
