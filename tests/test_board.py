"""The board: who must do what, by when, across notices — rows, grouping, due dates, status, files."""

from __future__ import annotations

from datetime import date

import pytest

from directive_extract import board
from directive_extract.agency_groups import group_name, notice_place
from directive_extract.board_calendar import board_calendar
from directive_extract.board_table import due_date, matches_agency, status_of
from directive_extract.schema import Deadline, Header, Notice, Source, Task, TaskAgency

TODAY = date(2021, 6, 10)


def deadline(kind: str, value: str, text: str = "trước ngày …") -> Deadline:
    return Deadline(text=text, kind=kind, value=value, span=(0, 1))


DUE_CASES = [  # kind, value, notice date, expected due, how it was read
    ("date", "2021-06-15", None, date(2021, 6, 15), "date"),
    ("period", "2021-12", None, date(2021, 12, 31), "end of period"),
    ("period", "2021-02", None, date(2021, 2, 28), "end of period"),
    ("period", "2020-02", None, date(2020, 2, 29), "end of period"),
    ("period", "2021-Q3", None, date(2021, 9, 30), "end of period"),
    ("period", "2021-Q4", None, date(2021, 12, 31), "end of period"),
    ("period", "2021", None, date(2021, 12, 31), "end of period"),
    ("duration", "P3D", date(2021, 6, 1), date(2021, 6, 4), "notice date + P3D"),
    ("duration", "PT24H", date(2021, 6, 1), date(2021, 6, 2), "notice date + PT24H"),
    ("duration", "PT1H", date(2021, 6, 1), date(2021, 6, 1), "notice date + PT1H"),
    ("duration", "P2Y", date(2021, 6, 1), date(2023, 6, 1), "notice date + P2Y"),
    ("duration", "P3D", None, None, None),
    ("immediate", "now", date(2021, 6, 1), date(2021, 6, 1), "notice date (immediate)"),
    ("immediate", "now", None, None, None),
    ("recurring", "daily", date(2021, 6, 1), None, None),
    ("date", "2021-02-30", None, None, None),
]

STATUS_CASES = [  # due, expected status as of TODAY (2021-06-10)
    (None, "no_deadline"),
    (date(2021, 6, 9), "overdue"),
    (date(2021, 6, 10), "due_soon"),
    (date(2021, 6, 17), "due_soon"),
    (date(2021, 6, 18), "later"),
]

# issuer, date-line place, mention's canonical name -> the name it groups under
GROUP_CASES = [
    ("Văn phòng Ủy ban nhân dân tỉnh Long An", "Long An", "Sở Y tế", "Sở Y tế tỉnh Long An"),
    ("Ủy ban nhân dân tỉnh Long An", None, "Ủy ban nhân dân tỉnh", "Ủy ban nhân dân tỉnh Long An"),
    ("Ủy ban nhân dân tỉnh Long An", None, "Công an tỉnh", "Công an tỉnh Long An"),
    ("Ủy ban nhân dân tỉnh Long An", None, "Tỉnh ủy", "Tỉnh ủy Long An"),
    ("Ủy ban nhân dân tỉnh Long An", None, "Sở Y tế tỉnh Long An", "Sở Y tế tỉnh Long An"),
    ("Ủy ban nhân dân tỉnh Long An", None, "Sở Y tế Thành phố Hồ Chí Minh", "Sở Y tế Thành phố Hồ Chí Minh"),
    ("Ủy ban nhân dân tỉnh Long An", None, "Ủy ban nhân dân cấp tỉnh", "Ủy ban nhân dân cấp tỉnh"),
    ("Ủy ban nhân dân tỉnh Long An", None, "Các sở, ban, ngành tỉnh", "Các sở, ban, ngành tỉnh"),
    ("Ủy ban nhân dân tỉnh Long An", None, "Bộ Y tế", "Bộ Y tế"),
    ("Ủy ban nhân dân tỉnh Long An", None, "Phòng Y tế", "Phòng Y tế"),
    ("Ủy ban nhân dân Thành phố Hồ Chí Minh", None, "Sở Y tế", "Sở Y tế Thành phố Hồ Chí Minh"),
    ("Ủy ban nhân dân Thành phố Hồ Chí Minh", None, "Tỉnh ủy", "Thành ủy Hồ Chí Minh"),
    ("Ủy ban nhân dân", "Đồng Tháp", "Sở Y tế", "Sở Y tế tỉnh Đồng Tháp"),
    ("Ủy ban nhân dân", "Đà Nẵng", "Ủy ban nhân dân thành phố", "Ủy ban nhân dân thành phố Đà Nẵng"),
    (
        "Phòng Giáo dục và Đào tạo huyện Hiệp Hòa",
        None,
        "Sở Giáo dục và Đào tạo",
        "Sở Giáo dục và Đào tạo tỉnh Bắc Giang",
    ),
    ("Phòng Giáo dục và Đào tạo huyện Hiệp Hòa", None, "Phòng Y tế", "Phòng Y tế huyện Hiệp Hòa"),
    ("Phòng Giáo dục và Đào tạo huyện Hiệp Hòa", None, "Ủy ban nhân dân huyện", "Ủy ban nhân dân huyện Hiệp Hòa"),
    ("Phòng Giáo dục và Đào tạo huyện Châu Thành", None, "Sở Y tế", "Sở Y tế"),  # Châu Thành: nine provinces
    ("Bộ Y tế", "Hà Nội", "Sở Y tế", "Sở Y tế"),  # a central notice: every province's
    ("Chính phủ", "Hà Nội", "Ủy ban nhân dân tỉnh", "Ủy ban nhân dân tỉnh"),
    (None, None, "Sở Y tế", "Sở Y tế"),
]

AGENCY_QUERY_CASES = [  # group name, query, matches
    ("Sở Y tế tỉnh Long An", "Sở Y tế", True),
    ("Sở Y tế tỉnh Long An", "sở y tế", True),
    ("Sở Y tế tỉnh Long An", "so y te", True),
    ("Sở Y tế tỉnh Long An", "Sở Y tế tỉnh Long An", True),
    ("Sở Y tế tỉnh Long An", "Long An", True),
    ("Sở Y tế tỉnh Long An", "Sở Y", True),
    ("Sở Y tế tỉnh Long An", "Sở Y t", False),
    ("Cơ sở y tế", "Sở Y tế", True),  # a whole-word run: "cơ sở y tế" does hold it
    ("Số y tế", "Sở Y tế", False),  # typed with diacritics, they must match
    ("Phòng Y tế", "Sở Y tế", False),
    ("Bộ Y tế", "", True),
]


def test_due_dates() -> None:
    failures = []
    for kind, value, notice_date, due, how in DUE_CASES:
        got = due_date(deadline(kind, value), notice_date)
        if got != (due, how):
            failures.append((kind, value, notice_date, got, (due, how)))
    assert not failures, failures


def test_status_as_of_today() -> None:
    failures = [(due, status_of(due, TODAY), want) for due, want in STATUS_CASES if status_of(due, TODAY) != want]
    assert not failures, failures


def test_variants_of_one_body_group_under_one_name() -> None:
    failures = []
    for issuer, place, name, want in GROUP_CASES:
        notice = Notice(source=Source(sha256="0" * 64, chars=0), header=Header(issuer=issuer, place=place))
        got = group_name(name, notice_place(notice))
        if got != want:
            failures.append((issuer, place, name, got, want))
    assert not failures, failures


def test_agency_queries() -> None:
    failures = [(g, q, want) for g, q, want in AGENCY_QUERY_CASES if matches_agency(g, q) != want]
    assert not failures, failures


def make_notice(file: str, issuer: str, number: str, day: str | None, tasks: list[Task]) -> Notice:
    return Notice(
        source=Source(file=file, sha256="0" * 64, chars=1000),
        header=Header(issuer=issuer, number=number, doc_type="Thông báo", date=day),
        tasks=tasks,
    )


def task(task_id: str, text: str, agencies: list[tuple[str, str]], deadlines=(), subtasks=(), at: int = 0) -> Task:
    return Task(
        id=task_id,
        text=text,
        span=(at, at + len(text)),
        agencies=[TaskAgency(text=name, name=name, role=role, span=(at, at + 1)) for name, role in agencies],
        deadlines=list(deadlines),
        subtasks=list(subtasks),
    )


@pytest.fixture
def notices() -> list[Notice]:
    """A Long An notice naming "Sở Y tế" and a second naming "Sở Y tế tỉnh Long An", and a central one."""
    sub = task("1.a", "a) Sở Y tế lập danh sách.", [("Sở Y tế", "lead")], at=40)
    lead_in = task(
        "1",
        "1. Trước ngày 15/6/2021, các đơn vị: a) Sở Y tế lập danh sách.",
        [("Sở Y tế", "lead")],
        [deadline("date", "2021-06-15", "Trước ngày 15/6/2021")],
        [sub],
        at=0,
    )
    later = task("2", "2. Công an tỉnh phối hợp, hoàn thành trong tháng 12/2021.", [("Công an tỉnh", "coordinate")])
    later.deadlines.append(deadline("period", "2021-12", "trong tháng 12/2021"))
    a = make_notice("a.txt", "Ủy ban nhân dân tỉnh Long An", "1/TB-UBND", "2021-06-01", [lead_in, later])
    b_task = task("1", "1. Sở Y tế tỉnh Long An báo cáo ngay.", [("Sở Y tế tỉnh Long An", "lead")])
    b_task.deadlines.append(deadline("immediate", "now", "ngay"))
    b = make_notice("b.txt", "Bộ Y tế", "2/CV-BYT", "2021-06-09", [b_task])
    c = make_notice("c.txt", "Bộ Y tế", "3/CV-BYT", None, [task("1", "1. Sở Y tế theo dõi.", [("Sở Y tế", "lead")])])
    return [a, b, c]


def test_board_rows_group_date_and_status(notices: list[Notice]) -> None:
    frame = board(notices, today=TODAY)
    rows = [
        (r.agency, r.document, r.task_id, r.role, r.due if isinstance(r.due, str) else None, r.status)
        for r in frame.itertuples()
    ]
    assert rows == [
        ("Công an tỉnh Long An", "a.txt", "2", "coordinate", "2021-12-31", "later"),
        ("Sở Y tế", "c.txt", "1", "lead", None, "no_deadline"),
        ("Sở Y tế tỉnh Long An", "b.txt", "1", "lead", "2021-06-09", "overdue"),
        ("Sở Y tế tỉnh Long An", "a.txt", "1", "lead", "2021-06-15", "due_soon"),
        ("Sở Y tế tỉnh Long An", "a.txt", "1.a", "lead", "2021-06-15", "due_soon"),  # the lead-in's deadline
    ]
    assert frame.loc[frame.task_id == "1.a", "deadline"].tolist() == ["Trước ngày 15/6/2021"]
    assert frame.loc[frame.document == "a.txt", "notice_number"].unique().tolist() == ["1/TB-UBND"]
    only = board(notices, today="2021-06-10", agency="so y te")
    assert set(only.agency) == {"Sở Y tế", "Sở Y tế tỉnh Long An"}
    assert board(notices, today=TODAY, agency="Sở Nội vụ").empty


def test_calendar_has_one_event_per_dated_task(notices: list[Notice]) -> None:
    from icalendar import Calendar

    frame = board(notices, today=TODAY)
    data = board_calendar(frame, TODAY)
    assert data == board_calendar(board(notices, today=TODAY), TODAY)  # same input, same bytes
    events = Calendar.from_ical(data).walk("VEVENT")
    got = sorted((e.decoded("dtstart").isoformat(), str(e.get("summary")).split(":")[0]) for e in events)
    assert got == [
        ("2021-06-09", "Sở Y tế tỉnh Long An"),
        ("2021-06-15", "Sở Y tế tỉnh Long An"),
        ("2021-06-15", "Sở Y tế tỉnh Long An"),
        ("2021-12-31", "Công an tỉnh Long An"),
    ]
    assert len({str(e.get("uid")) for e in events}) == 4
    assert all(e.decoded("dtstamp").date() == TODAY for e in events)


def test_own_text_leaves_out_sub_items_inside_and_ignores_those_printed_elsewhere() -> None:
    from directive_extract.board_table import own_text

    inner = task("1.a", "a) Sở Y tế lập danh sách.", [], at=19)
    elsewhere = task("1.b", "1.b Sở Y tế báo cáo.", [], at=500)
    lead_in = task("1", "1. Các đơn vị sau: a) Sở Y tế lập danh sách. Xong sớm.", [], subtasks=[inner, elsewhere])
    assert own_text(lead_in) == "1. Các đơn vị sau: … Xong sớm."


def test_board_files_link_the_report_they_write_or_the_one_given(notices: list[Notice], tmp_path) -> None:
    from icalendar import Calendar

    from directive_extract.board_files import BOARD_FILES, write_board
    from directive_extract.report import write_report

    own = write_board(notices, tmp_path / "own", today=TODAY, agency="Sở Y tế")
    assert {p.name for p in own.written} >= set(BOARD_FILES)
    links = {link.split("#")[0] for link in own.frame["report_page"]}
    assert links and all((tmp_path / "own" / link).is_file() for link in links)
    calendar = Calendar.from_ical((tmp_path / "own" / "deadlines.ics").read_bytes())
    assert str(calendar.get("x-wr-calname")) == "directive-extract deadlines: Sở Y tế"

    write_report(notices, tmp_path / "out" / "report")
    given = write_board(notices, tmp_path / "out" / "board", today=TODAY, report_dir=tmp_path / "out" / "report")
    assert not (tmp_path / "out" / "board" / "report").exists()
    links = {link.split("#")[0] for link in given.frame["report_page"]}
    assert all(link.startswith("../report/") for link in links)
    assert all((tmp_path / "out" / "board" / link).resolve().is_file() for link in links)
