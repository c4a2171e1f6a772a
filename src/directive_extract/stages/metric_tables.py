"""Tables of people: every count and share in a table whose headings count people.

A report or plan often tables its figures ("TT | Khối | Tổng số học sinh | Học online | …" over rows
"1 | Khối 6 | 286 | 254 | 88,8% | …"): the headings name what is counted, the cells hold bare numbers. When
the heading rows (those before the first row with a number) name people ("học sinh", "người lao động",
"cán bộ"), each cell that is only a number is an `other` metric, in persons, or in percent when it ends
with "%"; the first cell of a row is its number in the table when the first heading is "TT"/"STT", and is
left out. The figures are observed, or targets when the headings say so ("Chỉ tiêu", "Kế hoạch").
Tables are the text's runs of lines holding " | " (blank lines between rows allowed), as the readers
write them.
"""

from __future__ import annotations

import re

from ..findings import Finding, Quantity
from ..vn import NUMBER, parse_number

_BLANK = re.compile(r"\s*")
_CELL = re.compile(r"[^|\n]+")
_FIGURE = re.compile(rf"\s*(?P<n>{NUMBER})\s*(?P<pct>%)?\s*")
_INDEX_HEADING = re.compile(r"\s*(?:S\.?\s*)?T\.?\s*T\.?\s*$|\s*Số\s+TT\s*$", re.IGNORECASE)


def _table_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line holding a "|", found from the bars (few in most texts)."""
    lines = []
    bar = text.find("|")
    while bar >= 0:
        start = text.rfind("\n", 0, bar) + 1
        end = text.find("\n", bar)
        end = len(text) if end < 0 else end
        lines.append((start, end))
        bar = text.find("|", end)
    return lines


def _tables(text: str) -> list[list[tuple[int, int]]]:
    """Runs of table lines; only blank lines may stand between two rows of one table."""
    tables: list[list[tuple[int, int]]] = []
    for line in _table_lines(text):
        if tables and _BLANK.fullmatch(text, tables[-1][-1][1], line[0]):
            tables[-1].append(line)
        else:
            tables.append([line])
    return tables


def table_metrics(text: str, people: re.Pattern[str], targets: re.Pattern[str]) -> list[Finding]:
    """One `other` metric per bare number or share in each table whose headings match `people`."""
    if "|" not in text:
        return []
    found: list[Finding] = []
    for rows in _tables(text):
        cells = [list(_CELL.finditer(text, start, end)) for start, end in rows]
        first_data = next(
            (k for k, row in enumerate(cells) if any(_FIGURE.fullmatch(cell.group()) for cell in row[1:])), None
        )
        if not first_data:
            continue
        headings = " ".join(cell.group() for row in cells[:first_data] for cell in row)
        if not people.search(headings):
            continue
        kind = "target" if targets.search(headings) else "observed"
        first_heading = cells[0][0].group() if cells[0] else ""
        numbered = bool(_INDEX_HEADING.match(first_heading))
        for row in cells[first_data:]:
            for k, cell in enumerate(row):
                figure = _FIGURE.fullmatch(cell.group())
                if not figure or (k == 0 and numbered and not figure.group("pct")):
                    continue
                unit = "percent" if figure.group("pct") else "person"
                quantity = Quantity(parse_number(figure.group("n")), None, unit, kind, None, None)
                start = cell.start() + figure.start("n")
                end = cell.start() + (figure.end("pct") if figure.group("pct") else figure.end("n"))
                found.append(Finding(start, end, "metric", "other", quantity, "metric.table"))
    return found
