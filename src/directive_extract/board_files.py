"""`directive-extract board`: the board page, its table as CSV and Parquet, and the deadline calendar.

    write_board(load_notices("out"), "board", today=date(2021, 6, 10))

writes `board.html`, `board.csv`, `board.parquet`, `deadlines.ics` and, unless `report_dir` names an
existing report, the notices' report pages under `report/`, which the board links to.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pandas as pd

from .board_calendar import board_calendar
from .board_page import render_board
from .board_table import as_date, board_frame
from .report import page_names, write_report
from .schema import Notice
from .tables import atomic_write

BOARD_FILES = ("board.html", "board.csv", "board.parquet", "deadlines.ics")


def plural(count: int, noun: str) -> str:
    return f"{count} {noun}" + ("" if count == 1 else "s")


@dataclass
class BoardResult:
    frame: pd.DataFrame
    written: list[Path]
    notices: int  # read, whether or not they assign anything

    @property
    def summary(self) -> str:
        frame = self.frame
        bodies = "body" if frame["agency"].nunique() == 1 else "bodies"
        return (
            f"{plural(len(frame), 'assignment')} of {frame['agency'].nunique()} {bodies} "
            f"in {plural(frame['document'].nunique(), 'notice')} of {self.notices} read"
        )


def write_board(
    notices: Iterable[Notice],
    out_dir: str | Path,
    today: date | str,
    agency: str | None = None,
    report_dir: str | Path | None = None,
) -> BoardResult:
    """Write the board files into `out_dir`; the report pages too, unless `report_dir` has them."""
    out, today = Path(out_dir), as_date(today)
    notices = list(notices)
    pages = page_names(notices)
    written: list[Path] = []
    if report_dir is None:
        written += write_report(notices, out / "report")
        base = "report"
    else:
        base = Path(os.path.relpath(Path(report_dir).resolve(), out.resolve())).as_posix()
    links = [f"{base}/{page}" for page in pages]
    frame = board_frame(notices, today=today, agency=agency, report_pages=links)
    calendar_name = "directive-extract deadlines" + (f": {agency}" if agency else "")
    contents = {
        "board.html": lambda tmp: tmp.write_text(render_board(frame, today), encoding="utf-8"),
        # UTF-8 with a BOM so that spreadsheet programs read Vietnamese right (see tables.write_tables)
        "board.csv": lambda tmp: frame.to_csv(tmp, index=False, encoding="utf-8-sig", lineterminator="\n"),
        "board.parquet": lambda tmp: frame.to_parquet(tmp, index=False, engine="pyarrow"),
        "deadlines.ics": lambda tmp: tmp.write_bytes(board_calendar(frame, today, name=calendar_name)),
    }
    for name in BOARD_FILES:
        atomic_write(out / name, contents[name])
        written.append(out / name)
    return BoardResult(frame, written, len(notices))
