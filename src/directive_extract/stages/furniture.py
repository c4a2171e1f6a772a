"""Page furniture: what the page layout prints, not the document says.

Page numbers ("2", "- 3 -", "Trang 2/5", "Page 3 of 7"), page-break marks of converters ("--- PAGE 3
---", "--- PAGE BREAK ---"), running headers and footers that repeat with the page number ("10.KLTW77.DOC
3" on each page, a file name) and the drafter's file code under the tail ("TN_VP6_30.KH") are lines of
furniture: `furniture_lines` finds them for the lines stage, which reflows a paragraph across them and never
lets one open an item. Line numbers printed in the
margin ("12  Các sở, ngành …" on line after line) are deleted from the internal text by the normalize
stage (`line_number_spans`), so that "12 - Các sở" is no item 12 and "15 1. Sở Y tế" is item 1; the
offset map keeps every span exact.

A bare number is a page number only in a run of them (2, 3, 4 …) at least a page apart: the numbers
of a table's rows, one cell per line, come every few lines.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# always furniture, whatever stands around them (the whole line, stripped)
_MARKED = re.compile(
    r"""^(?:
        -{2,}\s*(?:PAGE|TRANG)\s*(?:\d{1,4}|BREAK)\s*-{2,}     # --- PAGE 3 ---, --- PAGE BREAK ---
      | [-–]\s*\d{1,3}\s*[-–]                                  # - 3 -
      | (?:Trang|Page|Tr\.)\s*\d{1,4}(?:\s*(?:/|of|trên)\s*\d{1,4})?  # Trang 2/5, Page 3 of 7
      | \S{1,60}\.(?:docx?|pdf|rtf|odt)(?:\s+\d{1,4})?        # 10.KLTW77.DOC 3: a file name footer
      | (?=[^\s]*\d)[A-Z0-9]{1,12}(?:_[A-Z0-9]{1,12}){2,}(?:\.[A-Z]{1,6})?  # TN_VP6_30.KH: the drafter's file code
    )$""",
    re.VERBOSE | re.IGNORECASE,
)
# a page number alone on its line, with at most two specks of OCR noise beside it (": 5", "4 .")
_BARE_NUMBER = re.compile(r"^(?:[^\w\s]{1,2}\s?)?(?P<n>\d{1,3})(?:\s?[^\w\s]{1,2})?$")
# a running header or footer: a code with a page number at its end, repeated on several pages
# ("TB45/UBND 2" … "TB45/UBND 3"); the code holds a digit, "/" or "." ("Phụ lục 2", "Điều 5" do not)
_RUNNING = re.compile(r"^(?P<key>(?=[^\s]*[\d/.])\S{2,60})\s+(?P<n>\d{1,4})$")
MIN_PAGE_LINES = 10  # page numbers of one document stand at least this many lines apart
MIN_NUMBERED_LINES = 10  # a run of margin line numbers is at least this long


def _page_runs(candidates: list[tuple[int, int]]) -> set[int]:
    """The lines of (line, number) candidates that form runs n, n+1, … at least a page apart (two or more);
    one page number may be missing ("2" … "4": page 3 held a table)."""
    runs: list[list[tuple[int, int]]] = []
    for line, number in candidates:
        for run in runs:
            last_line, last_number = run[-1]
            step = number - last_number
            if step in (1, 2) and line - last_line >= MIN_PAGE_LINES * step:
                run.append((line, number))
                break
        else:
            runs.append([(line, number)])
    return {line for run in runs if len(run) >= 2 for line, _ in run}


_ITEM_NUMBER = re.compile(r"^\d{1,2}\s?[.)]$")  # "1.", "2 .": an item's number printed alone on its line


def _numbered_items(lines: Sequence[str], bare: list[tuple[int, int]]) -> set[int]:
    """The lines of bare numbers printed as items' numbers ("1." alone, its text on the lines below): a number with
    a stop whose number before it stands within a page above it, and each next one of such a sequence, however far
    on ("1." … "2." three lines below … "3." two pages on). A page number is never a page from the one before."""
    items: set[int] = set()
    printed: dict[int, int] = {}  # number -> the line it was last printed as an item's number
    for line, number in bare:
        if not _ITEM_NUMBER.match(lines[line].strip()):
            continue
        before = printed.get(number - 1)
        if before is not None and (before in items or line - before < MIN_PAGE_LINES):
            items.update((before, line))
        printed[number] = line
    return items


def furniture_lines(lines: Sequence[str]) -> frozenset[int]:
    """The indices of the lines that are page furniture."""
    found: set[int] = set()
    bare: list[tuple[int, int]] = []
    running: dict[str, list[tuple[int, int]]] = {}
    for i, raw in enumerate(lines):
        text = raw.strip()
        if not text or len(text) > 80:
            continue
        if _MARKED.match(text):
            found.add(i)
        elif m := _BARE_NUMBER.match(text):
            bare.append((i, int(m.group("n"))))
        else:
            m = _RUNNING.match(text)
            if m:
                running.setdefault(m.group("key"), []).append((i, int(m.group("n"))))
    items = _numbered_items(lines, bare)
    found |= _page_runs([(line, number) for line, number in bare if line not in items])
    for candidates in running.values():
        found |= _page_runs(candidates)
    return frozenset(found)


# a number, spaces, then the line's text: a word, a bullet or a quote; not " | " (a table row read as a line:
# "1 | Rà soát … | Sở Y tế", whose number is the row's)
_LINE_NUMBER = re.compile(r"^(?P<n>\d{1,4})(?P<gap>[ \t]+)(?=[^\W_]|[-–•+(“\"'])")


def line_number_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each margin line number and the spaces after it: runs of at least MIN_NUMBERED_LINES
    non-blank lines, each opening with the number one above the last (blank lines may stand between)."""
    spans: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    last = None
    pos = 0
    for raw in text.split("\n"):
        m = _LINE_NUMBER.match(raw)
        if raw.strip():
            number = int(m.group("n")) if m else None
            if number is not None and last is not None and number == last + 1:
                run.append((pos, pos + m.end()))
            else:
                if len(run) >= MIN_NUMBERED_LINES:
                    spans += run
                run = [(pos, pos + m.end())] if m else []
            last = number
        pos += len(raw) + 1
    if len(run) >= MIN_NUMBERED_LINES:
        spans += run
    return spans
