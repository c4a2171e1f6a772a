"""Deadline cues are data (resources/cues/deadlines.tsv): every kind of row does what its header says,
a new phrase is one line of data, and a bad line fails at load with the file and the line.

`find_deadlines` runs on a plain string here, without the pipeline.
"""

from __future__ import annotations

import pytest

from directive_extract.errors import ResourceError
from directive_extract.stages import deadlines
from directive_extract.stages.deadlines import find_deadlines

BASE_DATE = "2021-05-10"  # the notice's date: a year left out ("15/6") is 2021


def found(text: str) -> list[tuple[str, str | None, str]]:
    return [(text[f.start : f.end], f.label, f.value.value) for f in find_deadlines(text, base_date=BASE_DATE)]


# (text, [(span, deadline kind, value)]), grouped by the cue kind the row exercises
CASES = [
    # date_cue
    (
        "Gửi bài dự thi về Ban Tổ chức, hạn cuối vào ngày 25/11/2021.",
        [("hạn cuối vào ngày 25/11/2021", "date", "2021-11-25")],
    ),
    ("Nộp hồ sơ hạn chót vào ngày 02/12/2021.", [("hạn chót vào ngày 02/12/2021", "date", "2021-12-02")]),
    ("Hoàn thành trước ngày 15/6/2021.", [("trước ngày 15/6/2021", "date", "2021-06-15")]),
    ("Báo cáo đến ngày 15/6.", [("đến ngày 15/6", "date", "2021-06-15")]),
    ("Nộp chậm nhất là vào ngày 05/01/2022.", [("chậm nhất là vào ngày 05/01/2022", "date", "2022-01-05")]),
    (
        "Chậm nhất đến hết ngày 20 tháng 10 năm 2021 phải nộp.",
        [("Chậm nhất đến hết ngày 20 tháng 10 năm 2021", "date", "2021-10-20")],
    ),
    ("Hạn chót là ngày 20/11/2021.", [("Hạn chót là ngày 20/11/2021", "date", "2021-11-20")]),
    ("Gửi hồ sơ muộn nhất trước 15-6-2021.", [("muộn nhất trước 15-6-2021", "date", "2021-06-15")]),
    ("Han chot la ngay 20/11/2021.", [("Han chot la ngay 20/11/2021", "date", "2021-11-20")]),  # unaccented
    # past_cue
    ("Tính đến ngày 30/5/2021 đã có 03 ca.", []),
    # window_from, window_until; past_after, and a window that ends before the notice's date
    ("Nghỉ từ ngày 03/6 đến ngày 05/6/2021.", [("từ ngày 03/6 đến ngày 05/6/2021", "date", "2021-06-05")]),
    (
        "Áp dụng kể từ ngày 01/6 tới hết ngày 30/6/2021.",
        [("kể từ ngày 01/6 tới hết ngày 30/6/2021", "date", "2021-06-30")],
    ),
    ("Từ ngày 01/6 đến ngày 15/6/2021, tỉnh đã xét nghiệm 3.000 người.", []),
    ("Từ ngày 04/5 đến ngày 08/5/2021, dịch diễn biến phức tạp.", []),
    # event, event_cue
    ("Hoàn thành trước ngày Quốc khánh 02/9/2025.", [("trước ngày Quốc khánh 02/9/2025", "date", "2025-09-02")]),
    ("Trình tại kỳ họp giữa năm 2024.", [("tại kỳ họp giữa năm 2024", "period", "2024")]),
    # next_period: a day of the next month or year recurs
    ("Gửi báo cáo trước ngày 10 của tháng tiếp theo.", [("trước ngày 10 của tháng tiếp theo", "recurring", "monthly")]),
    # duration_cue_since, nth_day: a length counted from an event; lookback: a length looking back
    ("Ban hành quy định sau 03 tháng kể từ khi có hướng dẫn.", [("sau 03 tháng", "duration", "P3M")]),
    ("Lấy mẫu vào ngày thứ 7 kể từ ngày nhập cảnh.", [("ngày thứ 7", "duration", "P7D")]),
    ("Số ca mắc mới trong 07 ngày qua giảm.", []),
    # described, obliged: what a clause describes by its time; an obligation makes it an order again
    ("Rà soát các văn bản được ban hành trước ngày 01/7/2021.", []),
    ("Hồ sơ phải được nộp trước ngày 15/6/2021.", [("trước ngày 15/6/2021", "date", "2021-06-15")]),
    ("Thời hạn nộp được gia hạn đến ngày 30/9/2021.", [("đến ngày 30/9/2021", "date", "2021-09-30")]),
    # open_end: a window's first day left open is a regime, not a day to act
    ("Học sinh đến trường từ ngày 15/5/2021.", [("từ ngày 15/5/2021", "date", "2021-05-15")]),
    ("Học sinh học trực tuyến từ ngày 15/5/2021 trở đi.", []),
    # assessment, assessment_kind: "định kỳ" after a test, another kind of test in its clause, is a kind of test
    ("Giáo viên đánh giá định kỳ hằng tuần.", [("định kỳ hằng tuần", "recurring", "weekly")]),
    ("Thực hiện kiểm tra định kỳ và kiểm tra giữa kỳ.", []),
    # start_word: a window without its end, or "ngay sau khi", after "bắt đầu" says when something begins
    ("Đợt 2 bắt đầu từ ngày 10/11/2021.", []),
    ("Giai đoạn 2 bắt đầu ngay sau khi kết thúc giai đoạn 1.", []),
    ("Học sinh trở lại trường từ ngày 10/11/2021.", [("từ ngày 10/11/2021", "date", "2021-11-10")]),
    ("Nhà chờ xe buýt mở cửa đón khách ngay từ ngày 10/11/2021.", []),  # "ngay từ ngày …": a starting time
    # ban_word: a ban in force from a day on, as a text's effective date
    ("Đóng cửa bến. Cấm mọi xuồng máy chở khách qua sông (trừ xuồng cứu hộ) từ 6 giờ ngày 10/11/2021.", []),
    # periodic_service: "định kỳ" after a service is the service's name; with a count after it, a schedule
    ("Hướng dẫn người lao động đi khám bệnh định kỳ.", []),
    ("Tổ chức khám sức khỏe định kỳ hai năm một lần.", [("định kỳ hai năm một lần", "recurring", "periodic")]),
    # field_label
    ("Thời gian thực hiện: quý II/2026.", [("Thời gian thực hiện: quý II/2026", "period", "2026-Q2")]),
    # period_cue
    ("Triển khai trong tháng 12/2021.", [("trong tháng 12/2021", "period", "2021-12")]),
    ("Hoàn thành trong quý III/2021.", [("Hoàn thành trong quý III/2021", "period", "2021-Q3")]),
    ("Hoàn thành trong năm 2021.", [("Hoàn thành trong năm 2021", "period", "2021")]),
    ("Xong trước tháng 7.", [("trước tháng 7", "period", "2021-07")]),
    ("Nộp hồ sơ vào cuối tháng 8/2021.", [("cuối tháng 8/2021", "period", "2021-08")]),
    # period_cue_until: a month, but not a bare year
    ("Thực hiện đến hết tháng 9 năm 2021.", [("đến hết tháng 9 năm 2021", "period", "2021-09")]),
    ("Phấn đấu đến năm 2030 đạt chuẩn quốc gia.", []),
    ("Duy trì đến hết năm 2025.", []),
    # duration_cue
    ("Khai thác thông tin trong vòng 01 giờ.", [("trong vòng 01 giờ", "duration", "PT1H")]),
    ("Giải quyết trong thời hạn 15 ngày làm việc.", [("trong thời hạn 15 ngày làm việc", "duration", "P15D")]),
    ("Chậm nhất là 15 ngày kể từ ngày thông báo.", [("Chậm nhất là 15 ngày", "duration", "P15D")]),
    ("Cập nhật trong vòng hai giờ.", [("trong vòng hai giờ", "duration", "PT2H")]),
    # duration_cue_short: hours and days only
    ("Trả lời trong 03 ngày.", [("trong 03 ngày", "duration", "P3D")]),
    ("Hỗ trợ trong 3 tháng.", []),
    # date_cue_dated: "trong ngày" and a date with its year; without the year, a bulletin's day
    ("Gửi dự thảo cho Sở Tư pháp trong ngày 19/8/2021.", [("trong ngày 19/8/2021", "date", "2021-08-19")]),
    ("Trong ngày 18/6 có 42 ca mắc mới.", []),
    ("Phấn đấu trong 2/3 số thôn có điểm sinh hoạt.", []),
    # date_cue_action, date_action: "vào ngày …" sets a time limit only for an action in its clause
    ("Các huyện nộp bảng tổng hợp điểm thi đua vào ngày 26/6.", [("vào ngày 26/6", "date", "2021-06-26")]),
    ("Đoàn công tác của Bộ đến thăm tỉnh vào ngày 26/6.", []),
    ("Các huyện gửi số liệu. Hội nghị khai mạc vào ngày 26/6.", []),
    # today: an hour of the notice's own day
    (
        "Sơ tán người dân khỏi vùng trũng trước 15 giờ ngày hôm nay.",
        [("trước 15 giờ ngày hôm nay", "date", "2021-05-10")],
    ),
    # field_hedge: a word between a time field's colon and its value
    ("Tiến độ hoàn thành: khoảng tháng 10/2021.", [("Tiến độ hoàn thành: khoảng tháng 10/2021", "period", "2021-10")]),
    # duration_cue_days: days ahead of an event; before an hour it names the hour, before months no limit
    (
        "Nộp tờ trình về Văn phòng trước 20 ngày làm việc của phiên họp.",
        [("trước 20 ngày làm việc", "duration", "P20D")],
    ),
    ("Niêm yết danh sách trước ít nhất 07 ngày.", [("trước ít nhất 07 ngày", "duration", "P7D")]),
    ("Gửi số liệu trước 15 giờ.", []),
    ("Xét nâng lương sớm trước 12 tháng.", []),
    # advance_least: "trước khi <event>" and a length ahead of it
    (
        "Gửi đề cương cho Đoàn giám sát trước khi làm việc ít nhất 03 ngày.",
        [("trước khi làm việc ít nhất 03 ngày", "duration", "P3D")],
    ),
    (
        "Đăng ký lịch trước khi khởi hành tối thiểu 48 giờ.",
        [("trước khi khởi hành tối thiểu 48 giờ", "duration", "PT48H")],
    ),
    # duration_measure: how long a measure lasts
    ("Cách ly tập trung trong vòng 14 ngày.", []),
    # recurring_periodic, with and without a unit after it
    ("Định kỳ tổ chức xét nghiệm.", [("Định kỳ", "recurring", "periodic")]),
    ("Định kỳ hằng tháng báo cáo kết quả.", [("Định kỳ hằng tháng", "recurring", "monthly")]),
    # recurring_<unit>: at the start of a sentence, or with a recurring_action near
    ("Hàng ngày, báo cáo số ca mắc.", [("Hàng ngày", "recurring", "daily")]),
    ("Báo cáo kết quả hằng tuần.", [("hằng tuần", "recurring", "weekly")]),
    ("Hằng quý, gửi báo cáo về Sở Y tế.", [("Hằng quý", "recurring", "quarterly")]),
    ("Hằng năm, rà soát danh sách.", [("Hằng năm", "recurring", "yearly")]),
    ("Giữ thói quen vận động hằng ngày.", []),  # no recurring_action: a habit, not a deadline
    ("Sở Xây dựng thanh tra hằng quý các chủ đầu tư.", [("hằng quý", "recurring", "quarterly")]),
    ("Cơ quan chủ quản thuê kiểm toán hằng năm quỹ phát triển đất.", [("hằng năm", "recurring", "yearly")]),
    # the recurrence grammar of deadlines.py
    ("Xét nghiệm mỗi 2 ngày/lần.", [("mỗi 2 ngày/lần", "recurring", "periodic")]),
    ("Đo thân nhiệt 02 lần/ngày.", [("02 lần/ngày", "recurring", "daily")]),
    # immediate, immediate_ambiguous and immediate_not_before, on the accented text
    ("Triển khai ngay lập tức.", [("ngay lập tức", "immediate", "now")]),
    ("Kích hoạt ngay các đội phản ứng nhanh.", [("ngay", "immediate", "now")]),
    ("Xử lý NGAY.", [("NGAY", "immediate", "now")]),
    ("Điều trị ngay tại cơ sở.", []),
    ("Ngay cả khi chưa có ca mắc cũng phải chuẩn bị.", []),
    ("Họp giao ban ngày thứ Hai.", []),  # "ngày" (day) folds to "ngay" but is no cue
    # immediate_upon: the clause after it belongs to the deadline
    (
        "Cách ly người bệnh ngay từ khi có triệu chứng, báo cáo Trạm Y tế.",
        [("ngay từ khi có triệu chứng", "immediate", "now")],
    ),
    ("Rà soát hồ sơ ngay từ đầu học kỳ.", []),  # a starting time, not "at once upon"
    ("Ngay sau khi có kết quả, báo cáo Sở Y tế.", [("Ngay sau khi có kết quả", "immediate", "now")]),
    ("Lấy mẫu ngay khi đến khu cách ly.", [("ngay khi đến khu cách ly", "immediate", "now")]),
]


def test_every_cue_kind_on_plain_text() -> None:
    failures = []
    for text, expected in CASES:
        got = found(text)
        if got != expected:
            failures.append(f"{text!r}: expected {expected!r}, got {got!r}")
    assert not failures, "\n".join(failures)


def test_the_cases_cover_every_kind() -> None:
    """Each kind of the table has a row in CASES above; a new kind needs its case."""
    covered = {
        "date_cue", "date_cue_dated", "date_cue_action", "date_action", "today", "field_hedge", "past_cue", "period_cue", "period_cue_until", "duration_cue", "duration_cue_short",
        "recurring_periodic", "recurring_daily", "recurring_weekly", "recurring_monthly", "recurring_quarterly",
        "recurring_yearly", "recurring_action", "immediate", "immediate_ambiguous", "immediate_not_before",
        "immediate_upon", "window_from", "window_until", "past_after", "event", "event_cue", "field_label",
        "duration_cue_days", "advance_least", "duration_measure", "next_period", "duration_cue_since", "nth_day", "lookback", "described", "obliged",
        "open_end", "assessment", "assessment_kind", "periodic_service",
        "start_word", "ban_word",
        "time_cell_lead_in",  # task tables' time cells, or a cell on its own line: cases in test_table_time_cells.py
        # and test_deadline_forms.py (CELL_LINES)
    }  # fmt: skip
    assert covered == deadlines.DEADLINE_CUE_KINDS


@pytest.fixture
def extra_row(cue_table_with_row):
    """The deadline table with one more line, as a clerk would add it; returns that line's number."""
    return lambda row: cue_table_with_row("deadlines.tsv", row, deadlines.deadline_patterns)


# (the one new row, a sentence, what it finds before the row, what it finds after)
NEW_ROWS = [
    (
        "date_cue\tkhông muộn hơn\tgửi Sở không muộn hơn ngày 15/9/2020",
        "Gửi bảng tổng hợp qua thư điện tử không muộn hơn ngày 15/9/2021.",
        [],
        [("không muộn hơn ngày 15/9/2021", "date", "2021-09-15")],
    ),
    (
        "immediate\ttức thì\txử lý tức thì các ổ dịch mới",
        "Xử lý tức thì các ổ dịch mới.",
        [],
        [("tức thì", "immediate", "now")],
    ),
    (
        "recurring_daily\tmỗi ngày\tMỗi ngày, các trạm y tế gửi số liệu",
        "Mỗi ngày, các trạm y tế gửi số liệu.",
        [],
        [("Mỗi ngày", "recurring", "daily")],
    ),
    (
        "past_cue\tlũy kế đến\tLũy kế đến ngày 30/5/2021, toàn tỉnh có 120 ca",
        "Lũy kế đến ngày 30/5/2021, toàn tỉnh có 120 ca.",
        [("đến ngày 30/5/2021", "date", "2021-05-30")],
        [],
    ),
]


@pytest.mark.parametrize(("row", "sentence", "before", "after"), NEW_ROWS)
def test_a_new_deadline_phrase_is_one_line_of_data(extra_row, row, sentence, before, after) -> None:
    assert found(sentence) == before
    extra_row(row)
    assert found(sentence) == after


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("date_cues\thạn cuối\thạn cuối ngày 15/9/2020", "unknown kind 'date_cues'"),
        ("date_cue\thạn cuối\thạn chót ngày 15/9/2020", "does not contain the phrase"),
        ("date_cue\thạn (cuối)\thạn cuối ngày 15/9/2020", "holds characters"),
        ("date_cue\thạn cuối", "expected 3 tab-separated fields"),
        ("immediate\ttức thì\txử lý tuc thi", "with its diacritics"),  # folded it would pass: "ngay" is "ngày"
    ],
)
def test_a_bad_deadline_row_fails_at_load_with_file_and_line(extra_row, row: str, message: str) -> None:
    line = extra_row(row)
    with pytest.raises(ResourceError) as caught:
        find_deadlines("Hoàn thành trước ngày 15/6/2021.")
    assert message in str(caught.value)
    assert f"cues/deadlines.tsv:{line}:" in str(caught.value)
