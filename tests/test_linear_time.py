"""Every rule runs in time linear in its input: each compiled pattern, and each stage on crafted documents.

The patterns are checked by `tests/redos.py` in child processes (a backtracking regex cannot be
interrupted, so a hang costs only the child, and the last pattern it began is named). The stages
are timed on documents built to hurt rules: runs of list markers, capitalised words, spaces,
digits, distribution lines; time must grow at most like size ** 1.66 from 1x to 4x to 16x.
"""

from __future__ import annotations

import json
import math
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from directive_extract.document import Document
from directive_extract.pipeline import STAGES

from .conftest import CORPUS_DIR, DEV_DIR, RAW_DIR, ROOT

CHILD_TIMEOUT = 300  # seconds per half of the patterns; a hang is reported, never waited out


def _run_child(*args: str, timeout: float) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "tests.redos", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


@pytest.fixture(scope="module")
def census(tmp_path_factory) -> tuple[Path, list[dict]]:
    out = tmp_path_factory.mktemp("census") / "patterns.json"
    raw2 = RAW_DIR.parent / "raw2"  # Word, PDF and text originals: the readers' patterns run too
    documents = [
        *sorted(DEV_DIR.glob("*.txt")), *sorted(RAW_DIR.glob("*.txt")), *sorted(CORPUS_DIR.glob("*.txt")),
        *sorted(p for p in raw2.glob("*") if p.suffix in (".txt", ".docx", ".pdf", ".html")),
    ]  # fmt: skip
    result = _run_child("census", str(out), *map(str, documents), timeout=600)
    assert result.returncode == 0, result.stderr[-3000:]
    return out, json.loads(out.read_text(encoding="utf-8"))


def test_the_census_sees_the_patterns_of_every_rule_module(census) -> None:
    _, rows = census
    modules = {row["where"].split(":")[0] for row in rows}
    expected = {
        "stages/header.py", "stages/signature.py", "stages/tasks.py", "stages/deadlines.py", "stages/metrics.py",
        "stages/references.py", "stages/people.py", "stages/lines.py", "stages/agencies/matcher.py",
        "stages/agencies/grammar.py", "stages/agencies/shared_heads.py", "stages/agencies/roles.py", "cues.py",
    }  # fmt: skip
    assert expected <= modules, expected - modules
    assert len(rows) > 500
    assert {row["mode"] for row in rows} == {"search", "anchored"}


@pytest.mark.slow
def test_every_compiled_pattern_is_linear(census) -> None:
    path, rows = census
    children = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.redos", "check", str(path), str(part), "2"],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for part in (0, 1)
    ]
    offenders, problems = [], []
    for child in children:
        try:
            out, err = child.communicate(timeout=CHILD_TIMEOUT)
        except subprocess.TimeoutExpired:
            child.kill()
            out, err = child.communicate()
            problems.append("a pattern hung")
        events = [json.loads(line) for line in out.splitlines() if line.strip()]
        offenders += [e["offender"] for e in events if "offender" in e]
        if problems and problems[-1] == "a pattern hung":
            last = [e["checking"] for e in events if "checking" in e][-1]
            problems[-1] = f"hung on {rows[last]['where']}: {rows[last]['pattern'][:120]!r}"
        if child.returncode not in (0, None) and not problems:
            problems.append(err[-2000:])
    lines = [
        f"{o['where']} ({o['mode']}) {o['growth']} on {o['prefix']!r} + {o['pump']!r}*k: {o.get('seconds')} {o['pattern']!r}"
        for o in offenders
    ]
    assert not lines and not problems, "\n".join(lines + problems)


def test_the_checker_catches_known_offenders() -> None:
    """The attack strings find the classic shapes: nested repetition, two adjacent runs, a rescanned run."""
    from .redos import attacks, check_attack

    cases = [
        (r"^(?:(?:[a-z]|[ivx]+)\)\s*)*x$", "anchored"),  # the "i) i) i) …" marker run
        (r"\s*:?\s*$", "search"),
        (r"\d+/", "search"),
        (r"(?:(?<!\s)\s+)?-\s*", None),  # linear: must pass
    ]
    failures = []
    for source, mode in cases:
        pattern = re.compile(source)

        def run(text: str, pattern=pattern, mode=mode) -> float:
            start = time.thread_time()
            if mode == "anchored":
                pattern.match(text)
            else:
                for _ in pattern.finditer(text):
                    pass
            return time.thread_time() - start

        found = next((v for p, q in attacks(source, 0) if (v := check_attack(run, p, q))), None)
        if (found is None) != (mode is None):
            failures.append((source, found))
    assert not failures, failures


# --- stages on crafted documents -------------------------------------------------------------------

HEADER = "ỦY BAN NHÂN DÂN\nTỈNH LONG AN\nSố: 12/TB-UBND\nLong An, ngày 5 tháng 3 năm 2021\n\nTHÔNG BÁO\n\n"


def _crafted(k: int) -> dict[str, str]:
    """Documents of about k units each, built from the shapes that hurt rules."""
    return {
        "markers before an agency": "i) " * k + "xx Sở Y tế chủ trì.",
        "capitalised words after a title": "Chủ tịch " + "Ủy Ban Nhân Dân Tỉnh Long An " * (k // 6 + 1),
        "spaces after Nơi nhận": HEADER + "1. Giao Sở Y tế.\n\nNơi nhận:" + " " * k + "x\nKT. CHỦ TỊCH",
        "digits after Số": "Số: " + "1" * k + "\nTHÔNG BÁO",
        "distribution lines": HEADER + "Nơi nhận:\n" + "- Sở Y tế;\n" * (k // 2 + 1) + "- Lưu: VT.",
        "numbered items": HEADER + "".join(f"{n}. Giao Sở Y tế thực hiện.\n" for n in range(1, k // 25 + 2)),
        "one long line": HEADER + "Giao Sở Y tế, " * (k // 14 + 1),
        "spaces between words": HEADER + "Giao   Sở   Y   tế" * (k // 18 + 1),
        "punctuation run": ".,;:()" * (k // 6 + 1),
        "newlines": "a\n\n" * (k // 3 + 1) + "Nơi nhận:",
        # one distribution line of many closed items: each closing mark once read the whole tail after it for a
        # signing column run on by OCR
        "items run on one line": HEADER + "Nơi nhận:\n- Như trên;" + " Sở Y tế;" * (k // 9 + 1) + "\n- Lưu: VT.",
        # lists and names without an end, each in an item that gives them a role: a class pattern matched again
        # from each word of its list, every prefix of a name looked up in the gazetteer or among the document's
        # names (each once cost the square of its length)
        **{f"'{unit.strip()}' repeated": ITEM + unit * (k // len(unit) + 1) + "thực hiện." for unit in REPEATED},
    }


ITEM = HEADER + "1. Giao "
REPEATED = [
    "các ban, ngành, ",  # a list of class head words
    "các cơ quan, ",  # ... that never reaches a head word
    "các sở, ",
    "Tiểu ban ",  # type words: a name without an end
    "Hội đồng ",
    "Tổ công tác ",
    "Ban ",
    "Sở ",
    "Trưởng Phòng ",  # an office title
    "Giám đốc Sở ",
    "Thứ trưởng Nội vụ ",  # a minister's title and field (ministers.py)
    "Ủy ban nhân dân ",
    "UBND huyện, ",  # level words and list separators
    "xã, phường, ",
    "tỉnh ",
    "( Sở Y tế) ",  # brackets
    "về việc ",  # purposes
]


def _stage_times(text: str) -> dict[str, float]:
    """CPU seconds of each stage on one document (best of two runs)."""
    best: dict[str, float] = {}
    for _ in range(2):
        doc = Document.from_source(text)
        for stage in STAGES:
            start = time.thread_time()
            doc = stage(doc)
            took = time.thread_time() - start
            best[stage.__name__] = min(took, best.get(stage.__name__, math.inf))
    return best


@pytest.mark.slow
def test_every_stage_is_linear_on_crafted_documents() -> None:
    exponent = math.log(10) / math.log(4)
    sizes = (1000, 4000, 16000)
    failures = []
    for name in _crafted(10):
        times = {size: _stage_times(_crafted(size)[name]) for size in sizes}
        for stage in times[sizes[0]]:
            small, large = times[sizes[1]][stage], times[sizes[2]][stage]
            if large > 0.01 and large > 4**exponent * max(small, 1e-4):
                failures.append(f"{name}: {stage} {small:.4f}s at 4k, {large:.4f}s at 16k")
            if large > 2.0:
                failures.append(f"{name}: {stage} takes {large:.2f}s on 16k characters")
    assert not failures, "\n".join(failures)


# the issue's reproductions, each in a child process (a regex stuck in the C engine ignores signals)
REPRODUCTIONS = {
    "a run of 'i)' markers before an agency (104 bytes)": '"i) " * 30 + "xx Sở Y tế chủ trì."',
    "'Chủ tịch' and two dozen capitalised words": '"Chủ tịch " + "Ủy Ban Nhân Dân Tỉnh " * 6 + "x"',
    "'Nơi nhận:' and 1,500 spaces": '"Nơi nhận:" + " " * 1500 + "x\\nKT. CHỦ TỊCH"',
    "'Số: ' and 32,000 digits": '"Số: " + "1" * 32000',
    "72,000 distribution lines": '"THÔNG BÁO\\nNơi nhận:\\n" + "- Sở Y tế;\\n" * 72000',
}


@pytest.mark.slow
def test_the_reproductions_of_the_issue_finish_quickly() -> None:
    failures = []
    for name, expression in REPRODUCTIONS.items():
        code = f"import time; from directive_extract import extract; t = time.process_time(); extract({expression}); print(time.process_time() - t)"
        try:
            result = subprocess.run(
                [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
            )
        except subprocess.TimeoutExpired:
            failures.append(f"{name}: still running after 60 s")
            continue
        if result.returncode or float(result.stdout) > 10:
            failures.append(f"{name}: {result.stdout.strip() or result.stderr[-300:]}")
    assert not failures, "\n".join(failures)


def _stage_steps(text: str, name: str) -> int:
    """The lines of Python one stage runs on a document, and the functions it calls: a count of work that,
    unlike a time, does not move with the load beside it, so a bound on it can be tight. A loop inside C (a
    regex run from a text's start) is one step: the timed tests above and below cover those."""
    doc = Document.from_source(text)
    for stage in STAGES:
        if stage.__name__ != name:
            doc = stage(doc)
            continue
        steps = 0

        def tally(frame, event: str, arg):
            nonlocal steps
            steps += 1
            return tally  # a line event for every line of every Python frame, a call event for C functions

        sys.settrace(tally)
        sys.setprofile(tally)
        try:
            stage(doc)
        finally:
            sys.settrace(None)
            sys.setprofile(None)
        return steps
    raise KeyError(name)


LISTED_ITEM = "1. Giao Sở Y tế thực hiện công văn số 12/UBND ngày 5/3/2021.\n"


@pytest.mark.slow
def test_the_item_tree_is_linear_in_the_number_of_items() -> None:
    """Thousands of numbered items (a generated list, an annex): numbering each one once counted every
    item before it (40,000 items took 5 s in the tasks stage alone)."""
    _stage_steps(HEADER + LISTED_ITEM, "tasks")  # what is built once (patterns, vocabularies) left out
    small, large = (_stage_steps(HEADER + LISTED_ITEM * items, "tasks") for items in (1000, 4000))
    assert large < 4.4 * small, f"{small:,} steps for 1,000 items, {large:,} for 4,000"


@pytest.mark.slow
def test_the_agency_mentions_are_linear_in_their_number() -> None:
    """Thousands of listed bodies, each where the name grammar also reads one: looking for the list's
    mention at each grammar body's head walked every mention before it (20,000 took 15 s)."""
    _stage_steps(HEADER + LISTED_ITEM, "recognize")
    small, large = (_stage_steps(HEADER + LISTED_ITEM * items, "recognize") for items in (1000, 4000))
    assert large < 4.4 * small, f"{small:,} steps for 1,000 bodies, {large:,} for 4,000"


@pytest.mark.slow
def test_an_abbreviated_city_level_is_linear_in_its_repeats() -> None:
    """A name "UBND TP. <city>" many times over: checking that a name ends on "TP" before its period once read the text
    from its start at each mention (64,000 characters took 1.5 s in the recognizers, 13 times the 16,000's)."""

    def recognize_time(chars: int) -> float:
        unit = "UBND TP. Cao Bằng, "
        text = ITEM + unit * (chars // len(unit) + 1) + "thực hiện."
        return min(_stage_times(text)["recognize"] for _ in range(2))  # the best of two: the suite runs beside it

    small, large = recognize_time(16000), recognize_time(64000)
    assert large < 8 * max(small, 1e-3), f"{small:.3f}s for 16,000 characters, {large:.3f}s for 64,000"
