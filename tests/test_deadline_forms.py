"""The deadline forms of issue 10, one table each: windows, times of day, dates and periods named by an
event, time fields, dated recurrences, lengths of measures, and "ngay trước thời điểm".

`find_deadlines` runs on a plain string; each row is (text, [(printed span, kind, value, start, time)]).
Every failing row of a table is collected, then the test fails once. The last test runs a short
notice through the whole pipeline and checks the same fields in the JSON and in the deadlines table.
"""

from __future__ import annotations

import json

import pytest

from directive_extract import extract
from directive_extract.stages.deadlines import find_deadlines, time_of_day, window_start

BASE_DATE = "2021-10-20"  # the notice's date: "03/11" is 2021-11-03, and what ends before it is past

Row = tuple[str, str, str, "str | None", "str | None"]


def found(text: str, base_date: str | None = BASE_DATE, time_field: bool = False) -> list[Row]:
    return [
        (text[f.start : f.end], f.label, f.value.value, f.value.start, f.value.time)
        for f in find_deadlines(text, base_date=base_date, time_field=time_field)
    ]


def check(cases, **options) -> None:
    failures = []
    for text, expected in cases:
        got = found(text, **options)
        if got != expected:
            failures.append(f"{text!r}:\n    expected {expected!r}\n    got      {got!r}")
    assert not failures, "\n".join(failures)


# a day and month joined by "-" or "." after "ngày", as news prints them: the notice's year; "2-3" alone or before
# "tháng" is a count or a range, no date
# fmt: off
DASHED_DAYS = [
    ("UBND thành phố báo cáo vụ việc trước ngày 2-11.", [("trước ngày 2-11", "date", "2021-11-02", None, None)]),
    ("Điều chuyển bàn ghế trước ngày 23.12 cho các trường.", [("trước ngày 23.12", "date", "2021-12-23", None, None)]),
    ("Hoàn thành trong 2-3 ngày.", []),
    ("Tổ chức trước ngày 2-3 tháng 10.", []),
]
# fmt: on


# fmt: off
WINDOWS = [
    ("Tổ chức kiểm tra từ ngày 03/11 đến ngày 05/11/2021.", [("từ ngày 03/11 đến ngày 05/11/2021", "date", "2021-11-05", "2021-11-03", None)]),
    ("Tổ chức kiểm tra từ ngày 03 đến ngày 05/11/2021.", [("từ ngày 03 đến ngày 05/11/2021", "date", "2021-11-05", "2021-11-03", None)]),
    ("Tuyên truyền từ 18/11 đến hết 26/11/2021.", [("từ 18/11 đến hết 26/11/2021", "date", "2021-11-26", "2021-11-18", None)]),
    ("Thực hiện từ ngày 28/12 - 05/01/2022.", [("từ ngày 28/12 - 05/01/2022", "date", "2022-01-05", "2021-12-28", None)]),
    ("Rà soát kể từ ngày 01/11 tới hết ngày 30/11/2021.", [("kể từ ngày 01/11 tới hết ngày 30/11/2021", "date", "2021-11-30", "2021-11-01", None)]),
    ("Tập huấn từ ngày 01 tháng 11 đến ngày 05 tháng 11 năm 2021.", [("từ ngày 01 tháng 11 đến ngày 05 tháng 11 năm 2021", "date", "2021-11-05", "2021-11-01", None)]),
    ("Trực từ 0 giờ ngày 03/11 đến 17 giờ ngày 05/11/2021.", [("từ 0 giờ ngày 03/11 đến 17 giờ ngày 05/11/2021", "date", "2021-11-05", "2021-11-03", "17:00")]),
    ("Thời gian thực hiện: Từ tháng 11 đến tháng 12 năm 2021.", [("Từ tháng 11 đến tháng 12 năm 2021", "period", "2021-12", "2021-11-01", None)]),
    ("Triển khai từ tháng 11/2021 đến tháng 3/2022.", [("từ tháng 11/2021 đến tháng 3/2022", "period", "2022-03", "2021-11-01", None)]),
    ("Thi đua từ ngày 10/11 đến ngày 20/11 hằng năm.", [("từ ngày 10/11 đến ngày 20/11", "date", "2021-11-20", "2021-11-10", None)]),
    # the past: a window that ends before the notice's date, or whose clause says it happened
    ("Từ ngày 04/10 đến ngày 14/10/2021, dịch bệnh diễn biến phức tạp.", []),
    ("Từ ngày 01/11 đến ngày 05/11/2021, tỉnh đã xét nghiệm cho 3.000 người.", []),
    ("Kết luận nêu rõ từ ngày 04/6 đến ngày 14/6/2021 dịch bùng phát.", []),
    ("Kết quả từ tháng 4 đến tháng 9 năm 2021 cho thấy.", []),
    ("Từ 17h30 ngày 19/10 đến 17h30 ngày 20/10, cả nước có 3.000 ca.", []),  # a bulletin's day, ending on its date
    # how long a measure lasts: its validity, a span described, a length printed before it
    ("Nghị quyết này có hiệu lực thi hành từ ngày 01/11/2021 đến ngày 31/12/2023.", []),
    ("Người lao động nghỉ việc trong khoảng thời gian từ ngày 01/11 đến hết ngày 30/11/2021.", []),
    ("Thời gian thực hiện giảm mức đóng: 12 tháng, kể từ ngày 01/11/2021 đến hết ngày 31/10/2022.", []),
    # no window: a start that is not a date, a number range, days without a month
    ("Từ ngày thông báo đến ngày 30/11/2021 nhận hồ sơ.", [("đến ngày 30/11/2021", "date", "2021-11-30", None, None)]),
    ("Tỷ lệ từ 20 - 30% số hộ.", []),
    ("Cách ly từ 14 đến 21 ngày.", []),
]

TIMES = [
    ("Gửi báo cáo trước 16 giờ 00 phút ngày 05/11/2021.", [("trước 16 giờ 00 phút ngày 05/11/2021", "date", "2021-11-05", None, "16:00")]),
    ("Gửi báo cáo trước 16h00 ngày 05/11/2021.", [("trước 16h00 ngày 05/11/2021", "date", "2021-11-05", None, "16:00")]),
    ("Gửi báo cáo trước 9h30, ngày 05/11.", [("trước 9h30, ngày 05/11", "date", "2021-11-05", None, "09:30")]),
    ("Gửi báo cáo chậm nhất 17 giờ ngày 05/11/2021.", [("chậm nhất 17 giờ ngày 05/11/2021", "date", "2021-11-05", None, "17:00")]),
    ("Có mặt trước 14 giờ, thứ Sáu, ngày 05/11/2021.", [("trước 14 giờ, thứ Sáu, ngày 05/11/2021", "date", "2021-11-05", None, "14:00")]),
    ("Nộp trước 4 giờ chiều ngày 05/11/2021.", [("trước 4 giờ chiều ngày 05/11/2021", "date", "2021-11-05", None, "16:00")]),
    ("Nộp trước 25 giờ ngày 05/11/2021.", [("trước 25 giờ ngày 05/11/2021", "date", "2021-11-05", None, None)]),  # no such hour
    ("Tính đến 17 giờ ngày 11/9/2021, toàn tỉnh có 25 ca.", []),  # the past
    ("Vào lúc 08 giờ 30 phút, ngày 30/5/2021, Bí thư Tỉnh ủy chủ trì cuộc họp.", []),  # a meeting, no cue
    # an hour of the notice's own day
    ("Các chủ lồng bè đưa người vào bờ trước 16 giờ hôm nay.", [("trước 16 giờ hôm nay", "date", "2021-10-20", None, "16:00")]),
    ("Yêu cầu di dời tàu thuyền, xong trước 21h cùng ngày.", [("trước 21h cùng ngày", "date", "2021-10-20", None, "21:00")]),
]

EVENTS = [
    ("Hoàn thành trước ngày Quốc khánh 02/9/2022.", [("trước ngày Quốc khánh 02/9/2022", "date", "2022-09-02", None, None)]),
    ("Hoàn thành trước ngày Quốc khánh (02/9/2022).", [("trước ngày Quốc khánh (02/9/2022)", "date", "2022-09-02", None, None)]),
    ("Sửa chữa trường lớp trước ngày khai giảng 05/9/2022.", [("trước ngày khai giảng 05/9/2022", "date", "2022-09-05", None, None)]),
    ("Sửa chữa trường lớp trước ngày khai giảng 05/11.", [("trước ngày khai giảng 05/11", "date", "2021-11-05", None, None)]),
    ("Nạo vét kênh mương trước mùa mưa năm 2022.", [("trước mùa mưa năm 2022", "period", "2022", None, None)]),
    ("Gia cố đê điều trước mùa mưa bão năm 2022.", [("trước mùa mưa bão năm 2022", "period", "2022", None, None)]),
    ("Chi trả xong trước Tết Nguyên đán Nhâm Dần năm 2022.", [("trước Tết Nguyên đán Nhâm Dần năm 2022", "period", "2022", None, None)]),
    ("Hoàn thành trước Đại hội Đảng bộ tỉnh tháng 10/2025.", [("trước Đại hội Đảng bộ tỉnh tháng 10/2025", "period", "2025-10", None, None)]),
    ("Trình Hội đồng nhân dân tỉnh tại kỳ họp giữa năm 2022.", [("tại kỳ họp giữa năm 2022", "period", "2022", None, None)]),
    (
        "Báo cáo Quốc hội tại kỳ họp cuối các năm 2022, 2023.",
        [("tại kỳ họp cuối các năm 2022, 2023", "period", "2022", None, None), ("tại kỳ họp cuối các năm 2022, 2023", "period", "2023", None, None)],
    ),
    # "ngay trước thời điểm 30/4" is a date, not "ngay" (at once)
    ("Rà soát lại ngay trước thời điểm 30/11.", [("trước thời điểm 30/11", "date", "2021-11-30", None, None)]),
    ("Rà soát lại ngay trước thời điểm 30/4.", [("trước thời điểm 30/4", "date", "2022-04-30", None, None)]),  # next April
    ("Tính đến thời điểm 30/9/2021 đã tiêm 2 mũi.", []),  # the past
    ("Người lao động tại thời điểm ngày 30/9/2021 đang tham gia bảo hiểm.", []),  # a reference date
    ("Đón Tết vui tươi, an toàn.", []),  # an event without a date
]

FIELDS = [
    ("Thời gian thực hiện: quý II/2022.", [("Thời gian thực hiện: quý II/2022", "period", "2022-Q2", None, None)]),
    ("Thời gian thực hiện: Quý 2 năm 2022", [("Thời gian thực hiện: Quý 2 năm 2022", "period", "2022-Q2", None, None)]),
    ("Thời gian hoàn thành: tháng 12/2021.", [("Thời gian hoàn thành: tháng 12/2021", "period", "2021-12", None, None)]),
    ("Thời gian hoàn thành: 12/2021.", [("Thời gian hoàn thành: 12/2021", "period", "2021-12", None, None)]),
    ("Thời hạn hoàn thành: 30/11/2021.", [("Thời hạn hoàn thành: 30/11/2021", "date", "2021-11-30", None, None)]),
    ("Thời hạn: ngày 15/11/2021.", [("Thời hạn: ngày 15/11/2021", "date", "2021-11-15", None, None)]),
    ("Thời gian thực hiện: năm 2022.", [("Thời gian thực hiện: năm 2022", "period", "2022", None, None)]),
    ("Tiến độ thực hiện: 2022", [("Tiến độ thực hiện: 2022", "period", "2022", None, None)]),
    ("Thời gian thực hiện: trước ngày 30/11/2021.", [("trước ngày 30/11/2021", "date", "2021-11-30", None, None)]),
    ("Thời gian thực hiện: Thường xuyên.", []),
    ("Thời gian thực hiện: 2021 - 2025.", []),  # a plan's whole term
    ("Thời gian thực hiện: 12 tháng.", []),  # a length
    # a hedge before the value; a second value joined to the first
    ("Thời hạn thực hiện: dự kiến quý I/2022 (chờ hướng dẫn của Bộ).", [("Thời hạn thực hiện: dự kiến quý I/2022", "period", "2022-Q1", None, None)]),
    ("Thời gian thực hiện: Quý IV/2021 và Quý II/2022;", [("Thời gian thực hiện: Quý IV/2021", "period", "2021-Q4", None, None), ("Quý II/2022", "period", "2022-Q2", None, None)]),
    # a weekday or a time of day before the value; a registration's or a filing's deadline
    ("Hạn đăng ký: Thứ 6 ngày 12/11/2021", [("Hạn đăng ký: Thứ 6 ngày 12/11/2021", "date", "2021-11-12", None, None)]),
    ("Hạn nộp hồ sơ: 16 giờ 30 ngày 03/12/2021.", [("Hạn nộp hồ sơ: 16 giờ 30 ngày 03/12/2021", "date", "2021-12-03", None, "16:30")]),
    ("Thời hạn hoàn thành: 30/11/2021, 1200 hộ dân.", [("Thời hạn hoàn thành: 30/11/2021", "date", "2021-11-30", None, None)]),  # a bare number
]

# a cell of a task table's time column: the value alone, no label (time_field=True)
TIME_CELLS = [
    ("Trước ngày 30/11/2025", [("Trước ngày 30/11/2025", "date", "2025-11-30", None, None)]),
    ("Quý II/2026", [("Quý II/2026", "period", "2026-Q2", None, None)]),
    ("2025", [("2025", "period", "2025", None, None)]),
    ("Năm 2026", [("Năm 2026", "period", "2026", None, None)]),
    ("Tháng 12/2025", [("Tháng 12/2025", "period", "2025-12", None, None)]),
    ("30/6/2026", [("30/6/2026", "date", "2026-06-30", None, None)]),
    ("Tháng 12 hằng năm", [("Tháng 12 hằng năm", "recurring", "yearly", None, None)]),
    ("Hằng quý", [("Hằng quý", "recurring", "quarterly", None, None)]),
    ("Thường xuyên", []),
    ("2025 - 2030", []),
]

RECURRENCES = [
    ("Báo cáo kết quả Tháng 12 hằng năm.", [("Tháng 12 hằng năm", "recurring", "yearly", None, None)]),
    ("Tổng kết vào quý IV hằng năm.", [("vào quý IV hằng năm", "recurring", "yearly", None, None)]),
    ("Gửi báo cáo trước ngày 20 hàng tháng.", [("trước ngày 20 hàng tháng", "recurring", "monthly", None, None)]),
    ("Báo cáo tình hình vào ngày 10 hàng tháng về Tổng Liên đoàn.", [("vào ngày 10 hàng tháng", "recurring", "monthly", None, None)]),
    ("Tổng hợp trước ngày 15/12 hằng năm.", [("trước ngày 15/12 hằng năm", "recurring", "yearly", None, None)]),
    # after a cue the day may go without "ngày": still the day the recurrence falls on, one yearly deadline
    ("Tổ chức xong, không quá 15/02 hằng năm.", [("không quá 15/02 hằng năm", "recurring", "yearly", None, None)]),
    ("Báo cáo UBND huyện trước 16 giờ hàng ngày.", [("trước 16 giờ hàng ngày", "recurring", "daily", None, "16:00")]),
    ("Hằng năm, rà soát danh sách.", [("Hằng năm", "recurring", "yearly", None, None)]),
    ("Báo cáo hằng quý về Sở Y tế.", [("hằng quý", "recurring", "quarterly", None, None)]),
    ("Định kỳ hằng quý báo cáo kết quả.", [("Định kỳ hằng quý", "recurring", "quarterly", None, None)]),
    ("Trong tháng 12 hằng năm, các trường tự đánh giá.", [("Trong tháng 12 hằng năm", "recurring", "yearly", None, None)]),
]

# a recurrence as the value of a time field: the field times the item ("Tiến độ: làm thường xuyên hằng năm" is
# a yearly task); "thường xuyên" alone is no deadline
RECURRING_FIELDS = [
    ("- Thời gian thực hiện: Thường xuyên, hằng quý.", [("hằng quý", "recurring", "quarterly", None, None)]),
    ("* Thời gian thực hiện: Tổ chức thường xuyên hàng tháng.", [("hàng tháng", "recurring", "monthly", None, None)]),
    ("Tiến độ thực hiện: duy trì đều hằng năm;", [("hằng năm", "recurring", "yearly", None, None)]),
    ("Thời hạn hoàn thành: duy trì hằng tuần", [("hằng tuần", "recurring", "weekly", None, None)]),
    ("- Thời gian: thường xuyên, hằng quý.", [("hằng quý", "recurring", "quarterly", None, None)]),
    ("Thời hạn hoàn thành: Duy trì thường xuyên.", []),
    ("Người dân thường xuyên hằng năm đi lễ hội.", []),  # a habit described, no field
]

# a day printed after a recurrence, without its year, is the day the recurrence falls on: one recurring deadline,
# not also a date; with its year the day is one time only
DAYS_OF_A_RECURRENCE = [
    ("định kỳ hằng năm (trước ngày 10/12) gửi báo cáo về Sở Nội vụ.", [("định kỳ hằng năm (trước ngày 10/12)", "recurring", "yearly", None, None)]),
    ("Báo cáo hàng năm, chậm nhất ngày 05 tháng 01 gửi Bộ Tài chính.", [("hàng năm, chậm nhất ngày 05 tháng 01", "recurring", "yearly", None, None)]),
    ("Định kỳ hằng quý, trước ngày 18 của tháng cuối quý", [("Định kỳ hằng quý, trước ngày 18", "recurring", "quarterly", None, None)]),
    ("Tổng hợp hằng tháng, trước ngày 22 gửi Văn phòng.", [("hằng tháng, trước ngày 22", "recurring", "monthly", None, None)]),
    ("Báo cáo hằng năm, trước ngày 15/12/2021 gửi Bộ.", [("hằng năm", "recurring", "yearly", None, None), ("trước ngày 15/12/2021", "date", "2021-12-15", None, None)]),
    ("Báo cáo hằng năm trước ngày 15 tháng 12 năm 2021.", [("hằng năm", "recurring", "yearly", None, None), ("trước ngày 15 tháng 12 năm 2021", "date", "2021-12-15", None, None)]),
]

# "định kỳ" with a count of units is its own period ("every 6 months": periodic, not monthly); a recurrence joined to
# it by "và", "hoặc" or a comma is a second one
COUNTED_PERIODS = [
    ("Đơn vị định kỳ 03 tháng và hằng năm gửi báo cáo.", [("định kỳ 03 tháng", "recurring", "periodic", None, None), ("hằng năm", "recurring", "yearly", None, None)]),
    ("Thực hiện định kỳ sáu tháng một lần.", [("định kỳ sáu tháng một lần", "recurring", "periodic", None, None)]),
    ("Định kỳ 2 năm một lần, rà soát danh mục.", [("Định kỳ 2 năm một lần", "recurring", "periodic", None, None)]),
    ("Kiểm định định kỳ 01 năm một lần.", [("định kỳ 01 năm một lần", "recurring", "yearly", None, None)]),
    ("Cập nhật định kỳ hằng tuần hoặc hằng tháng.", [("định kỳ hằng tuần", "recurring", "weekly", None, None), ("hằng tháng", "recurring", "monthly", None, None)]),
    ("Đoàn viên đóng góp hằng tuần và hằng tháng.", []),  # a habit: no recurrence read before "và"
]

# a bare "định kỳ" that names a service with the word before it is no schedule ("khám sức khỏe định kỳ"); one whose
# sentence later names the day it falls on and a unit is that one recurrence ("Định kỳ … vào thứ Hai hằng tuần")
PERIODIC_NAMES_AND_LATER_UNITS = [
    ("Vận động phụ nữ đi khám sức khỏe định kỳ tại trạm y tế.", []),
    ("Nội dung được lồng ghép trong các buổi sinh hoạt đảng định kỳ.", []),
    ("Tổ chức khám sức khỏe định kỳ 06 tháng một lần cho người lao động.", [("định kỳ 06 tháng một lần", "recurring", "periodic", None, None)]),
    ("Định kỳ gửi Sở Nội vụ (qua Phòng Tổng hợp, Văn phòng) vào thứ Hai hằng tuần.", [("hằng tuần", "recurring", "weekly", None, None)]),
    ("Định kỳ tổng hợp kết quả gửi Ban Chỉ đạo vào ngày 25 hàng tháng.", [("vào ngày 25 hàng tháng", "recurring", "monthly", None, None)]),
    ("Định kỳ rà soát, đánh giá, gửi Sở Công Thương trước ngày 20/12 hằng năm.", [("trước ngày 20/12 hằng năm", "recurring", "yearly", None, None)]),
    ("Định kỳ tập hợp số liệu, gửi Cục Thống kê chậm nhất ngày 08 tháng 7 hằng năm.", [("chậm nhất ngày 08 tháng 7 hằng năm", "recurring", "yearly", None, None)]),
    ("Định kỳ báo cáo kết quả. Hằng năm, tổ chức sơ kết.", [("Định kỳ", "recurring", "periodic", None, None), ("Hằng năm", "recurring", "yearly", None, None)]),
]

# a quarter without its year is the notice's quarter, as a month without its year is ("trong tháng 10"); quarters
# listed before one year, a quarter told with "đã", or one gone by the notice's date are none
QUARTERS_WITHOUT_YEAR = [
    ("Trình Ủy ban nhân dân tỉnh trong quý IV.", [("trong quý IV", "period", "2021-Q4", None, None)]),
    ("hoàn thành trong Quý 4, báo cáo kết quả", [("hoàn thành trong Quý 4", "period", "2021-Q4", None, None)]),
    ("Sơ kết trong quý I và quý II năm 2022.", []),
    ("Trong quý IV, toàn tỉnh đã tiêm 3.000 liều.", []),
    ("Hoàn thành trong quý II.", []),  # ended before the notice's date
]

# a task table flattened one cell per line: a time cell that names a meeting or a part of a month, alone on its line,
# is the row's deadline; in a sentence it is not
CELL_LINES = [
    ("Nghị định về đăng kiểm\n\nBộ Giao thông vận tải\n\nPhiên họp tháng 9/2027\n\n3.",
     [("Phiên họp tháng 9/2027", "period", "2027-09", None, None)]),
    ("Đề án\n  Phiên họp thường kỳ quý I/2028  \n", [("Phiên họp thường kỳ quý I/2028", "period", "2028-Q1", None, None)]),
    ("Báo cáo\nTuần cuối tháng 11/2027\n", [("Tuần cuối tháng 11/2027", "period", "2027-11", None, None)]),
    ("Báo cáo\nĐầu tháng 12/2027\n", [("Đầu tháng 12/2027", "period", "2027-12", None, None)]),
    ("Ý kiến tại Phiên họp tháng 10/2027 của Ủy ban.", []),
    ("Chính phủ\nPhiên họp tháng 10/2027 đã thảo luận dự án\n", []),
]

# how long a measure lasts, or how far back it looks, is not a deadline; a time limit on doing is
MEASURES = [
    ("Cách ly 14 ngày tại nhà.", []),
    ("Cách ly tập trung trong vòng 14 ngày kể từ ngày nhập cảnh.", []),
    ("Thực hiện cách ly y tế tại nhà trong 14 ngày.", []),
    ("Phải có kết quả xét nghiệm âm tính trong vòng 72 giờ trước khi nhập cảnh.", []),
    ("Giấy xét nghiệm có giá trị trong vòng 72 giờ kể từ khi lấy mẫu.", []),
    ("Rà soát những người ở Hà Nội trở về địa phương trong vòng 14 ngày.", []),
    ("Giãn cách xã hội trong 15 ngày.", []),
    ("Người mắc điều trị tại nhà trong thời gian bảy ngày.", []),
    ("Người về từ vùng dịch tự theo dõi sức khỏe trong vòng 14 ngày.", []),
    # a suspension: its window or length is how long the stop lasts, not when a task is done
    ("Tạm dừng hoạt động karaoke từ ngày 10/11 đến ngày 24/11/2021.", []),
    ("Trẻ mầm non tạm dừng đến trường từ ngày 08/11 đến hết ngày 14/11/2021.", []),
    ("Tạm ngừng tiếp nhận hồ sơ trong 10 ngày.", []),
    ("Tạm dừng tổ chức lễ hội; báo cáo UBND tỉnh trong 03 ngày.", [("trong 03 ngày", "duration", "P3D", None, None)]),
    ("Báo cáo kết quả xét nghiệm trong vòng 24 giờ.", [("trong vòng 24 giờ", "duration", "PT24H", None, None)]),
    ("Tổ chức cách ly ngay và báo cáo Sở Y tế trong vòng 24 giờ.", [("ngay", "immediate", "now", None, None), ("trong vòng 24 giờ", "duration", "PT24H", None, None)]),
    ("Xét nghiệm trong vòng 72 giờ kể từ khi nhập cảnh.", [("trong vòng 72 giờ", "duration", "PT72H", None, None)]),
]

# a school's kinds of test: "định kỳ" next to another kind in its clause names a test, not a recurrence
ASSESSMENT_KINDS = [
    ("Nhà trường thực hiện kiểm tra định kỳ và kiểm tra học kỳ theo quy định.", []),
    ("Đối sánh kết quả kiểm tra định kỳ, kiểm tra cuối kỳ và kiểm tra thường xuyên.", []),
    ("Kết hợp đánh giá định kỳ với đánh giá thường xuyên học sinh.", []),
    ("Kiểm tra định kỳ, đột xuất các cơ sở kinh doanh.", [("định kỳ", "recurring", "periodic", None, None)]),  # inspections
    ("Sở Y tế kiểm tra định kỳ các cơ sở; báo cáo thường xuyên.", [("định kỳ", "recurring", "periodic", None, None)]),  # another clause
    ("Định kỳ báo cáo kết quả thường xuyên.", [("Định kỳ", "recurring", "periodic", None, None)]),  # no test before it
]

# hours of one day: the day is the value and the start, the end of the hours the time ("từ TIME - TIME ngày D")
SLOTS = [
    ("Mở cổng đối thoại trực tuyến từ 9 giờ 05 phút - 10 giờ 50 phút ngày 27 tháng 12.", [("từ 9 giờ 05 phút - 10 giờ 50 phút ngày 27 tháng 12", "date", "2021-12-27", "2021-12-27", "10:50")]),
    ("Trực từ 7 giờ 30 đến 11 giờ 30 ngày 15/11/2021.", [("từ 7 giờ 30 đến 11 giờ 30 ngày 15/11/2021", "date", "2021-11-15", "2021-11-15", "11:30")]),
    ("Họp từ 14h00 – 16h00, thứ Năm, ngày 04/11/2021.", [("từ 14h00 – 16h00, thứ Năm, ngày 04/11/2021", "date", "2021-11-04", "2021-11-04", "16:00")]),
    ("Tiếp dân từ 8 giờ đến 10 giờ ngày 10/10/2021.", []),  # a day gone by the notice's date
]

# a window without its end: its first day, when it is not gone by the notice's date and not counted "kể từ"
OPENINGS = [
    ("Các trường mầm non hoạt động trở lại từ ngày 08/11/2021.", [("từ ngày 08/11/2021", "date", "2021-11-08", "2021-11-08", None)]),
    ("- Từ 8h00, ngày 12/11/2021: Họp bậc Tiểu học tại Hội trường.", [("Từ 8h00, ngày 12/11/2021", "date", "2021-11-12", "2021-11-12", "08:00")]),
    ("Rà soát người nhập cảnh từ ngày 08/10/2021 nhưng chưa cách ly.", []),  # the past
    ("Báo cáo trong vòng 10 ngày kể từ ngày 01/11/2021.", [("trong vòng 10 ngày", "duration", "P10D", None, None)]),
    ("Quyết định này có hiệu lực từ ngày 01/11/2021.", []),  # a legal text's effect
    ("Quán triệt Hướng dẫn số 27-HD/TU ngày 09/12/2021 của Ban Thường vụ.", []),  # "TU" of a symbol is no "từ"
    ("Dạy học trực tuyến từ ngày 04/11/2021 trở đi.", []),  # open: a regime from then on
]

# a day and month in words without the year: the notice's year
DAY_MONTH_WORDS = [
    ("Hoàn thành trước ngày 15 tháng 12.", [("trước ngày 15 tháng 12", "date", "2021-12-15", None, None)]),
    ("Nộp chậm nhất ngày 30 tháng 11 năm 2022.", [("chậm nhất ngày 30 tháng 11 năm 2022", "date", "2022-11-30", None, None)]),
]

# the past: a date or period that ends before the notice's date is told, not required; a day printed without its
# year more than two months gone is next year's
PAST_AND_NEXT_YEAR = [
    ("Các chứng chỉ được cấp tại các khóa thi trước ngày 17/12/2008.", []),
    ("Trình Hội đồng nhân dân huyện trong tháng 6 năm 2019.", []),
    ("Hoàn thành trong quý III/2021.", []),  # the quarter ended on 30/9, before the notice
    ("Hoàn thành trong quý IV/2021.", [("Hoàn thành trong quý IV/2021", "period", "2021-Q4", None, None)]),
    ("Gửi báo cáo trước ngày 15/10.", []),  # five days gone: the past
    ("Gửi báo cáo trước ngày 15/01.", [("trước ngày 15/01", "date", "2022-01-15", None, None)]),  # next January
    ("Tổng kết trước ngày 31/3.", [("trước ngày 31/3", "date", "2022-03-31", None, None)]),
]

# a day of the next month, quarter or year recurs with it
NEXT_PERIODS = [
    ("Các phòng cập nhật số liệu trước ngày 08 của tháng liền kề.", [("trước ngày 08 của tháng liền kề", "recurring", "monthly", None, None)]),
    ("Niêm yết kết quả bình xét trước ngày 28/02 năm liền kề.", [("trước ngày 28/02 năm liền kề", "recurring", "yearly", None, None)]),
    ("Phê duyệt danh mục đề tài chậm nhất là ngày 15/11 năm trước liền kề.", [("chậm nhất là ngày 15/11 năm trước liền kề", "recurring", "yearly", None, None)]),
    ("Nộp tờ khai trước ngày 20 tháng sau.", [("trước ngày 20 tháng sau", "recurring", "monthly", None, None)]),
    ("Tổng hợp số liệu trước ngày 15 của quý tiếp theo.", [("trước ngày 15 của quý tiếp theo", "recurring", "quarterly", None, None)]),
    ("Báo cáo trước ngày 20 tháng cuối quý.", [("trước ngày 20 tháng cuối quý", "recurring", "quarterly", None, None)]),
    # the month before an event is that event's, not a schedule; "tháng sau khi" is "after"
    ("Nộp minh chứng trước ngày 25 tháng liền kề trước tháng tổ thẩm định về kiểm tra.", []),
    ("Nộp trước ngày 20 tháng sau khi nhận quyết định.", []),
]

# a length counted from an event; a length that looks back is none
LENGTHS = [
    ("Kiện toàn tổ công tác sau 02 tháng kể từ khi sáp nhập đơn vị.", [("sau 02 tháng", "duration", "P2M", None, None)]),
    ("Xét nghiệm lần 2 vào ngày thứ 7 kể từ ngày nhập cảnh.", [("ngày thứ 7", "duration", "P7D", None, None)]),
    ("Sau 2 năm triển khai, tổ chức sơ kết.", []),  # no "kể từ": when, not how long
    ("Số ca mắc mới trong 07 ngày qua là 1.200 ca.", []),
    ("Không ghi nhận ca mắc trong 14 ngày gần nhất.", []),
    ("Người đã đến vùng dịch trong 14 ngày trước đó.", []),
    ("Gửi báo cáo trong 05 (năm) ngày làm việc.", [("trong 05 (năm) ngày làm việc", "duration", "P5D", None, None)]),
    # a law's length in words, then in digits
    ("Chậm nhất ba mươi (30) ngày trước khi hết hạn hợp đồng thuê.", [("Chậm nhất ba mươi (30) ngày", "duration", "P30D", None, None)]),
    ("Trả lời trong thời hạn bốn mươi lăm (45) ngày.", [("trong thời hạn bốn mươi lăm (45) ngày", "duration", "P45D", None, None)]),
    ("Hỗ trợ trong năm học sinh 5 ngày.", []),  # a number word reads no text before its unit
]

# a date or period that dates what a clause describes; an obligation, or the end of what is granted, sets one
DESCRIBED = [
    ("Rà soát các nhiệm vụ được giao trong năm 2022, bảo đảm hoàn thành.", []),
    ("Rà soát 7 công trình dự kiến khởi công trong năm 2022.", []),
    ("Hồ sơ phải được nộp trước ngày 15/11/2021.", [("trước ngày 15/11/2021", "date", "2021-11-15", None, None)]),
    ("Thời gian đóng được lùi đến 31/12/2021.", [("đến 31/12/2021", "date", "2021-12-31", None, None)]),
]

# "ngay" beside a number is "ngày" without its accent; a recurrence after a bullet opens its clause
UNACCENTED_AND_BULLETS = [
    ("TO TRINH XIN GIA HAN THEM 10 NGAY DOI VOI HO SO", []),
    ("Thực hiện công văn số 1691/VPCP-KGVX ngay 7 tháng 7 năm 2021.", []),
    ("Báo cáo ngay về Sở Y tế.", [("ngay", "immediate", "now", None, None)]),
    ("- Hàng ngày, nếu có người tiếp xúc thì báo cáo.", [("Hàng ngày", "recurring", "daily", None, None)]),
    ("a) Hằng tuần, rà soát danh sách.", [("Hằng tuần", "recurring", "weekly", None, None)]),
    ("Giảm tiền thuê đất; mặt khác, hằng quý vận động hộ kinh doanh.", [("hằng quý", "recurring", "quarterly", None, None)]),
    ("Đáp ứng nhu cầu thiết yếu hằng ngày của người dân.", []),  # a habit described
    ("Phần mềm phải đáp ứng quy định kỹ thuật về dữ liệu.", []),  # "kỹ" folds as "kỳ" does
    # a capital opening its line opens a sentence, also under a heading without a stop; a wrapped line does not
    ("7. Sở Nội vụ\nHằng quý, căn cứ kết quả chấm điểm, tham mưu khen thưởng.", [("Hằng quý", "recurring", "quarterly", None, None)]),
    ("Giữ nếp sinh hoạt\nhằng ngày của khu phố.", []),
    ("Thực hiện chế độ báo cáo định kỳ.", [("định kỳ", "recurring", "periodic", None, None)]),
]
# the older spelling of "quý" (i for y after qu, as in "qui định"), in a period and in a time field
OLD_SPELLING = [
    ("Sở Tư pháp hoàn thành trong quí IV/2021.", [("hoàn thành trong quí IV/2021", "period", "2021-Q4", None, None)]),
    ("Trình dự thảo trước quí II/2022.", [("trước quí II/2022", "period", "2022-Q2", None, None)]),
]
# fmt: on


@pytest.mark.parametrize(
    ("name", "cases", "options"),
    [
        ("hours of one day", SLOTS, {}),
        ("windows without an end", OPENINGS, {}),
        ("day and month in words", DAY_MONTH_WORDS, {}),
        ("the past and next year", PAST_AND_NEXT_YEAR, {}),
        ("days of the next period", NEXT_PERIODS, {}),
        ("lengths from an event, looking back", LENGTHS, {}),
        ("what a clause describes", DESCRIBED, {}),
        ("unaccented ngay, bullets", UNACCENTED_AND_BULLETS, {}),
        ("windows", WINDOWS, {}),
        ("times of day", TIMES, {}),
        ("events", EVENTS, {}),
        ("time fields", FIELDS, {}),
        ("time column cells", TIME_CELLS, {"base_date": "2025-10-01", "time_field": True}),
        ("dated recurrences", RECURRENCES, {}),
        ("recurring time fields", RECURRING_FIELDS, {}),
        ("days of a recurrence", DAYS_OF_A_RECURRENCE, {}),
        ("counted periods", COUNTED_PERIODS, {}),
        ("quarters without a year", QUARTERS_WITHOUT_YEAR, {}),
        ("periodic names, later units", PERIODIC_NAMES_AND_LATER_UNITS, {}),
        ("time cells on their own line", CELL_LINES, {"base_date": "2027-09-01"}),
        ("lengths of measures", MEASURES, {}),
        ("kinds of test", ASSESSMENT_KINDS, {}),
        ("older spelling", OLD_SPELLING, {}),
        ("days joined by a dash or a dot", DASHED_DAYS, {}),
    ],
)
def test_deadline_forms(name: str, cases, options) -> None:
    check(cases, **options)


def test_a_time_field_value_needs_the_flag_or_a_label() -> None:
    """A bare "2025" or "Quý II/2026" in running text is no deadline: only a label or a time column makes it one."""
    check([("Quý II/2026", []), ("Năm 2025 là năm bản lề.", [])], base_date="2025-10-01")


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        ("03", "2021-11-05", "2021-11-03"),
        ("03/11", "2021-11-05", "2021-11-03"),
        ("03/11/2021", "2021-11-05", "2021-11-03"),
        ("01 tháng 11", "2021-11-05", "2021-11-01"),
        ("28/12", "2022-01-05", "2021-12-28"),  # the year before
        ("31/02", "2021-03-05", None),  # no such day
        ("10/11/2021", "2021-11-05", None),  # after the end
    ],
)
def test_window_start(start: str, end: str, expected: str | None) -> None:
    assert window_start(start, end) == expected


def test_time_of_day_without_an_hour_is_none() -> None:
    assert time_of_day(__import__("re").match(r"(?P<hh>)?x", "x")) is None


NOTICE = """ỦY BAN NHÂN DÂN
TỈNH LONG AN
Số: 45/TB-UBND
Long An, ngày 20 tháng 10 năm 2021

THÔNG BÁO
Kết luận của Chủ tịch UBND tỉnh

Chủ tịch UBND tỉnh kết luận như sau:

1. Sở Y tế tổ chức tiêm vắc xin từ ngày 03/11 đến ngày 05/11/2021.
2. Sở Tài chính gửi báo cáo trước 16 giờ 00 phút ngày 05/11/2021.
3. Sở Xây dựng hoàn thành sửa chữa trước ngày Quốc khánh 02/9/2022.
4. Sở Nông nghiệp và Phát triển nông thôn nạo vét kênh mương. Thời gian thực hiện: quý II/2022.

Nơi nhận:
- Như trên;
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Nguyễn Văn Út
"""


def test_the_new_fields_reach_the_json_and_the_deadlines_table() -> None:
    from directive_extract.tables import notices_to_tables

    notice = extract(NOTICE)
    data = json.loads(notice.model_dump_json())
    got = [
        (task["id"], d["kind"], d["value"], d["start"], d["time"], NOTICE[d["span"][0] : d["span"][1]] == d["text"])
        for task in data["tasks"]
        for d in task["deadlines"]
    ]
    assert got == [
        ("1", "date", "2021-11-05", "2021-11-03", None, True),
        ("2", "date", "2021-11-05", None, "16:00", True),
        ("3", "date", "2022-09-02", None, None, True),
        ("4", "period", "2022-Q2", None, None, True),
    ]
    table = notices_to_tables([notice])["deadlines"]
    assert list(table["start"].fillna("")) == ["2021-11-03", "", "", ""]
    assert list(table["time"].fillna("")) == ["", "16:00", "", ""]


def test_the_report_shows_a_window_start_and_a_time() -> None:
    from directive_extract.report import _marks

    tasks = {task.id: task for task in extract(NOTICE).tasks}
    tips = {task_id: [mark.tip for mark, _ in _marks(tasks[task_id])] for task_id in ("1", "2")}
    assert any("2021-11-05 from 2021-11-03" in tip for tip in tips["1"]), tips["1"]
    assert any("2021-11-05 at 16:00" in tip for tip in tips["2"]), tips["2"]


BLANK_DAY_NOTICE = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG NGÃI
Số:        /KH-UBND
Quảng Ngãi, ngày        tháng 02 năm 2027

KẾ HOẠCH
Chuyển đổi số trong cơ quan nhà nước năm 2027

1. Sở Khoa học và Công nghệ tổ chức hội thảo trước ngày 20/4.
2. Sở Thông tin và Truyền thông phát trực tiếp diễn đàn từ 19 giờ 30 phút - 19 giờ 55 phút ngày 12 tháng 5.

Nơi nhận:
- Như trên;
- Lưu: VT.
"""


def test_a_date_line_with_a_blank_day_still_gives_the_year() -> None:
    """A plan signed electronically leaves the day blank ("ngày        tháng 02 năm 2027"): its year still completes
    "20/4" and "ngày 12 tháng 5", in the text and in a task table's time cell."""
    notice = extract(BLANK_DAY_NOTICE)
    got = [(task.id, d.kind, d.value) for task in notice.tasks for d in task.deadlines]
    assert got == [("1", "date", "2027-04-20"), ("2", "date", "2027-05-12")]


@pytest.mark.parametrize(
    ("date_line", "expected"),
    [
        ("Cà Mau, ngày         tháng 3 năm 2027", "2027-03"),
        ("Điện Biên, ngày __ tháng 8 năm 2023", "2023-08"),
        ("Ninh Thuận, ngày ‘’ tháng 11| năm 2024", "2024-11"),  # OCR marks in the blank and after the month
        ("Sóc Trăng, ngày°° tháng 07. năm 2025", "2025-07"),
        ("Hà Nội, ngày …. tháng …. năm 2021", "2021"),
        ("Hà Nội, ngày 24 tháng 12 năm 2021", "2021-12-24"),  # the header reads a whole date
    ],
)
def test_the_base_date_of_a_notice_whose_day_is_blank(date_line: str, expected: str) -> None:
    from directive_extract.pipeline import prepare
    from directive_extract.stages.deadlines import notice_base_date

    doc = prepare(f"ỦY BAN NHÂN DÂN\nTỈNH YÊN BÁI\n{date_line}\n\nTHÔNG BÁO\n\n1. Sở Y tế báo cáo.\n", until="header")
    assert notice_base_date(doc) == expected


@pytest.mark.parametrize(
    ("dateline", "expected"),
    [
        ("05/11/2021", "2021-11-05"),  # a news page's date under its title
        ("Thứ Sáu, 05/11/2021 14:30", "2021-11-05"),
        ("Thứ sáu, ngày 05/11/2021 - 14:30 GMT+7", "2021-11-05"),
        ("Cập nhật lúc 05/11/2021", None),  # words before it: not a dateline
        ("31/02/2021", None),  # no such day
    ],
)
def test_the_base_date_of_a_news_page_is_its_dateline(dateline: str, expected: str | None) -> None:
    from directive_extract.pipeline import prepare
    from directive_extract.stages.deadlines import notice_base_date

    page = f"Hà Nội yêu cầu tiêm vaccine cho trẻ em\n\n{dateline}\n\nThành phố yêu cầu các quận báo cáo trước ngày 20/11.\n"
    doc = prepare(page, until="header")
    # the header reads the dateline as the page's date (issue 9, the gold's news reports) or none: either way the
    # dateline is the base
    assert doc.header is None or doc.header.date in (None, expected)
    assert notice_base_date(doc) == expected


def test_a_year_left_out_takes_the_news_dateline() -> None:
    page = "Hà Nội yêu cầu tiêm vaccine cho trẻ em\n\nThứ Sáu, 05/11/2021 14:30\n\nChậm nhất đến ngày 20/11 phải hoàn thành việc tiêm vaccine cho trẻ em.\n"
    notice = extract(page)
    got = [(d.kind, d.value) for task in notice.tasks for d in task.deadlines]
    assert got == [("date", "2021-11-20")]


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        ("(Báo Sông Lam) - Ngày 5/8/2024, UBND thành phố có văn bản chỉ đạo.", "2024-08-05"),  # a source tag first
        ("TTO - Sáng 12/3/2025, Chủ tịch UBND tỉnh chủ trì cuộc họp.", "2025-03-12"),
        ("Ngày 29/5/2019, đồng chí Phó Chủ tịch chủ trì cuộc họp.", "2019-05-29"),
        ("Chiều nay, ngày 02/10/2023, Sở Y tế tổ chức hội nghị.", "2023-10-02"),  # "Chiều nay," then the day
        ("Theo báo cáo ngày 5/8/2024, thành phố có 120 điểm ngập.", None),  # a day inside the sentence
        ("Ngày 31/02/2024, Sở Y tế họp.", None),  # no such day
    ],
)
def test_a_text_with_no_date_line_takes_the_day_its_opening_tells_of(opening: str, expected: str | None) -> None:
    from directive_extract.pipeline import prepare
    from directive_extract.stages.deadlines import notice_base_date

    doc = prepare(
        f"Hà Nội yêu cầu xử lý ngập úng\n\n{opening}\n\nSở Xây dựng báo cáo trước ngày 15/8.\n", until="header"
    )
    assert notice_base_date(doc) == expected


def test_a_notice_whose_date_line_is_damaged_takes_no_day_its_text_tells_of() -> None:
    from directive_extract.pipeline import prepare
    from directive_extract.stages.deadlines import notice_base_date

    notice = (
        "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\nSố: 326/UBND-KGVX\nHà Nội, ngày 2 tháng 6A năm 2021\nV/v cho học sinh nghỉ học\n\n"
        "Ngày 31/01/2021, Ủy ban nhân dân Thành phố nhận được Tờ trình của Sở Giáo dục và Đào tạo.\n\n"
        "1. Sở Giáo dục và Đào tạo báo cáo trước ngày 15/2.\n"
    )
    assert notice_base_date(prepare(notice, until="header")) is None  # the letter is dated after that day


@pytest.mark.parametrize("after_title", ["\n\n", "\n"])  # a paragraph of its own, or a line a soft break joins
def test_a_year_left_out_takes_the_day_the_report_opens_on(after_title: str) -> None:
    page = (
        f"Hà Nội yêu cầu xử lý ngập úng{after_title}(Báo Sông Lam) - Ngày 5/8/2024, UBND thành phố có văn bản chỉ đạo khắc phục"
        " hậu quả mưa lớn.\n\nChủ tịch UBND thành phố giao Sở Xây dựng rà soát các điểm ngập, báo cáo trước ngày 15/8.\n"
    )
    got = [(d.kind, d.value) for task in extract(page).tasks for d in task.deadlines]
    assert got == [("date", "2024-08-15")]


TABLE_PLAN = """ỦY BAN NHÂN DÂN
TỈNH LÂM ĐỒNG
Số: 12/KH-UBND
Lâm Đồng, ngày 05 tháng 01 năm 2026
KẾ HOẠCH
Cải cách hành chính năm 2026

Ủy ban nhân dân tỉnh phân công như sau:

TT | Nội dung | Cơ quan chủ trì | Thời gian hoàn thành

I. CẢI CÁCH THỂ CHẾ

1 | Định kỳ công bố danh mục văn bản hết hiệu lực | Sở Tư pháp | Trước ngày 31/01 năm liền kề

2 | Định kỳ báo cáo kết quả thực hiện | Sở Nội vụ | Thường xuyên

3 | Định kỳ hằng tháng công khai kết quả | Văn phòng UBND tỉnh | Trong năm 2026
"""


def test_a_bare_periodic_in_a_row_gives_way_to_its_time_cell() -> None:
    """A row "Định kỳ công bố … | Trước ngày 31/01 năm liền kề": the time cell says which period (yearly); a row whose
    time cell holds no deadline keeps its "định kỳ", and a "định kỳ hằng tháng" that names its period stays."""
    got = {task.id: [(d.kind, d.value) for d in task.deadlines] for task in extract(TABLE_PLAN).tasks}
    assert got == {
        "I.1": [("recurring", "yearly")],
        "I.2": [("recurring", "periodic")],
        "I.3": [("recurring", "monthly"), ("period", "2026")],
    }


# one text a line: where recurrences may begin (their words in the deadline starts' one scan, "2 lần" by digits)
RECURRENCE_TEXTS = [
    "Báo cáo định kỳ hằng tháng, mỗi 2 ngày/lần, 02 lần/ngày, 3  lần / tuần; x2 lần/ngày, hằng năm",
    "ĐỊNH KỲ HẰNG QUÝ; Mỗi 7 ngày; 1 lần/năm; 12lần/ngày; kiểm tra định kỳ " * 20,
    "",
]


def test_recurrences_begin_where_the_plain_pattern_finds_them() -> None:
    from directive_extract.patterns import lowered
    from directive_extract.stages.deadlines import deadline_patterns
    from directive_extract.vn import fold_keep_case

    p = deadline_patterns()
    failures = []
    for text in RECURRENCE_TEXTS:
        folded = fold_keep_case(text)
        low = lowered(folded)
        starts = sorted(p.starts.offsets("recurring_start", low) + [m.start() for m in p.recurring_digit.finditer(low)])
        plain = [m.start() for m in p.recurring.finditer(folded)]
        if [at for at in plain if at not in starts]:
            failures.append((text[:30], plain, starts))
    assert not failures, failures
