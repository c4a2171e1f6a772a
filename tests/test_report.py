"""The HTML report as a browser shows it: pages rendered into files and loaded by headless Chromium.

Chromium's --dump-dom prints the DOM after the page has loaded and any script has run, so what we
check is what a reader would see, not the markup we meant to write. Install the browser with
scripts/install_browser.sh (the Makefile's test target does); without it the browser tests skip.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest

from directive_extract import extract_file
from directive_extract.report import Mark, _place, page_names, render_notice, title_of, write_report
from directive_extract.schema import Header, Notice, Source, Task, TaskAgency

from .conftest import CORPUS_DIR

# nested items with text between them, inherited agencies, a deadline that overlaps an agency
FILES = ["000_5c67a5602ba46e9c.txt", "002_8df910bebcacd667.txt", "ragdemo_01.txt"]
PAYLOAD = "<script>document.title='pwned'</script>"

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def chromium() -> str:
    path = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
    if path is None:
        pytest.skip("chromium is not installed: run scripts/install_browser.sh (apt-get install chromium)")
    return path


def dump_dom(chromium: str, page: Path) -> str:
    """The DOM of `page` after load, from a fresh browser profile."""
    with tempfile.TemporaryDirectory(prefix="chromium-profile-") as profile:
        args = [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "--dump-dom", page.resolve().as_uri()]
        done = subprocess.run(args, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "<html" in done.stdout, done.stderr[-2000:]
    return done.stdout


class DomSummary(HTMLParser):
    """What the tests look at in a dumped DOM: title, task ids, highlight marks, scripts, links, text."""

    def __init__(self, markup: str) -> None:
        super().__init__()
        self.title = ""
        self.task_ids: list[str] = []
        self.marks: list[list[str]] = []  # the class list of each <mark>
        self.tags: Counter[str] = Counter()
        self.links: list[str] = []
        self.text: list[str] = []
        self._open: list[str] = []  # "title" / "task-id" while inside one
        self._buffer = ""
        self.feed(markup)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        classes = (dict(attrs).get("class") or "").split()
        self.tags[tag] += 1
        if tag == "mark":
            self.marks.append(classes)
        elif tag == "a":
            self.links.append(dict(attrs).get("href") or "")
        if tag == "title" or "task-id" in classes:
            self._open.append(tag if tag == "title" else "task-id")
            self._buffer = ""

    def handle_endtag(self, tag: str) -> None:
        if self._open and (tag == "title" or (tag == "span" and self._open[-1] == "task-id")):
            kind = self._open.pop()
            if kind == "title":
                self.title = self._buffer
            else:
                self.task_ids.append(self._buffer)

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if self._open:
            self._buffer += data

    def count(self, css_class: str) -> int:
        return sum(css_class in classes for classes in self.marks)


def walk_tasks(tasks: list[dict]):
    for task in tasks:
        yield task
        yield from walk_tasks(task["subtasks"])


def in_task_agency_spans(notice: Notice) -> int:
    """Agency mentions listed under a task that lie inside that task's span, counted from the JSON."""
    data = json.loads(notice.model_dump_json())
    return sum(
        1
        for task in walk_tasks(data["tasks"])
        for agency in task["agencies"]
        if task["span"][0] <= agency["span"][0] and agency["span"][1] <= task["span"][1]
    )


@pytest.fixture(scope="module")
def notices() -> list[Notice]:
    return [extract_file(CORPUS_DIR / name) for name in FILES]


@pytest.mark.slow
def test_pages_show_every_task_and_every_in_task_agency(chromium: str, notices: list[Notice], tmp_path: Path) -> None:
    written = write_report(notices, tmp_path)
    assert [p.name for p in written] == [*page_names(notices), "index.html"]
    assert not list(tmp_path.glob(".*.tmp"))
    for notice, page in zip(notices, written, strict=False):
        dom = DomSummary(dump_dom(chromium, page))
        data = json.loads(notice.model_dump_json())
        assert dom.task_ids == [t["id"] for t in walk_tasks(data["tasks"])], page.name
        assert dom.count("hl-agency") == in_task_agency_spans(notice) > 0, page.name
        deadlines = sum(len(t["deadlines"]) for t in walk_tasks(data["tasks"]))
        assert dom.count("hl-deadline") == deadlines, page.name
        assert dom.title == title_of(notice)
        assert dom.tags["script"] == 0


@pytest.mark.slow
def test_the_index_links_every_page(chromium: str, notices: list[Notice], tmp_path: Path) -> None:
    write_report(notices, tmp_path)
    dom = DomSummary(dump_dom(chromium, tmp_path / "index.html"))
    assert dom.links == page_names(notices)
    assert all((tmp_path / link).is_file() for link in dom.links)
    shown = "".join(dom.text)
    assert all(name in shown for name in FILES)


def hostile_notice() -> Notice:
    """A notice whose document text, names and header try to inject markup and script."""
    source = f"THÔNG BÁO\n1. Giao Sở Y tế {PAYLOAD} xong trước ngày 15/6/2021.\n"
    start, end = source.index("1."), source.index("\n", source.index("1."))
    at = source.index("Sở Y tế")
    agency = TaskAgency(text="Sở Y tế", name='Sở "Y" tế <b>x</b>', role="lead", span=(at, at + 7), rule='r"><img>')
    return Notice(
        source=Source(file="hostile.txt", sha256="0" * 64, chars=len(source)),
        header=Header(doc_type="Thông báo", number="1/TB", subject=f"Chủ đề {PAYLOAD}", addressees=[PAYLOAD]),
        tasks=[Task(id='1"><script>x</script>', text=source[start:end], span=(start, end), agencies=[agency])],
    )


@pytest.mark.slow
def test_document_text_is_shown_not_executed(chromium: str, tmp_path: Path) -> None:
    notice = hostile_notice()
    page = tmp_path / "hostile.html"
    page.write_text(render_notice(notice), encoding="utf-8")
    dom = DomSummary(dump_dom(chromium, page))
    assert dom.title == "Thông báo 1/TB"  # a script that ran would have set it to 'pwned'
    assert dom.tags["script"] == dom.tags["img"] == dom.tags["b"] == 0
    shown = "".join(dom.text)
    assert f"{PAYLOAD} xong trước ngày" in shown and f"Chủ đề {PAYLOAD}" in shown
    assert dom.task_ids == ['1"><script>x</script>']
    assert dom.count("hl-agency") == 1


def test_overlapping_items_are_clipped_not_dropped() -> None:
    deadline = Mark(0, 30, "deadline", "trước … Sở Y tế", "2021-06-15", "deadline")
    agency = Mark(20, 30, "agency", "Sở Y tế", "lead", "Sở Y tế · lead", "lead")
    nested = Mark(22, 25, "metric", "x", "f0 1", "f0")
    ents, hidden = _place([deadline, agency, nested])
    assert [(e["start"], e["end"], e["label"]) for e in ents] == [(0, 20, "DEADLINE"), (20, 30, "AGENCY")]
    assert hidden == [nested]
    around = Mark(5, 40, "deadline", "d", "v", "t")
    ents, hidden = _place([around, agency])
    pieces = [(e["start"], e["end"], e["params"]["classes"]) for e in ents]
    assert pieces == [
        (5, 20, "hl hl-deadline"),
        (20, 30, "hl hl-agency role-lead"),
        (30, 40, "hl hl-deadline-cont hl-cont"),
    ]
    assert ents[2]["params"]["tag"] == "" and hidden == []


def test_page_names_are_unique_and_never_the_index() -> None:
    def named(file: str | None) -> Notice:
        return Notice(source=Source(file=file, sha256="ab" * 32, chars=0))

    names = page_names([named("a.txt"), named("a.pdf"), named("index.txt"), named(None), named("dir/b.txt")])
    assert names == ["a.html", "a-2.html", "index-2.html", f"{'ab' * 8}.html", "b.html"]


def test_a_sub_item_printed_outside_its_item_renders() -> None:
    """A task table's row restating a body item is its sub-item, though printed elsewhere (after it)."""
    source = "1. Giao Sở Y tế rà soát.\n\nBẢNG\n1.1 Sở Y tế lập danh sách.\n"
    outer = (0, source.index("\n"))
    row_at = source.index("1.1")
    row = Task(id="1.1", text=source[row_at:-1], span=(row_at, len(source) - 1))
    notice = Notice(
        source=Source(file="t.txt", sha256="0" * 64, chars=len(source)),
        tasks=[Task(id="1", text=source[outer[0] : outer[1]], span=outer, subtasks=[row])],
    )
    page = render_notice(notice)
    assert "1.1 Sở Y tế lập danh sách." in page and "1. Giao Sở Y tế rà soát." in page
