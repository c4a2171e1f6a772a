"""The datelines news pages and feeds print (a weekday and clock; a feed's ISO 8601 or RFC 5322 time stamp, read
in Vietnam's time; a date printed year first), the frame of a page saved whole (menus, icons, links), and the
header's date read from them, past that frame. Every line and page is made up for the test."""

from __future__ import annotations

from directive_extract import extract
from directive_extract.stages.news_page import dateline, page_chrome

LEAD = (
    "Mưa đá kèm lốc xoáy chiều 14/5 làm tốc mái 120 ngôi nhà ở hai xã vùng cao của huyện Mường Lát, "
    "nhiều hộ dân đã chuyển đến nhà văn hóa thôn.\n\n"
)
ORDER = "Chủ tịch UBND huyện Mường Lát yêu cầu các xã lập danh sách hộ bị tốc mái trước ngày 16/5.\n"
TITLE = "Mường Lát khôi phục nhà tốc mái sau mưa đá"

FRAME = (
    "![](https://so-nong-nghiep.example.vn/img/logo.png)\n"
    "[ Bật chế độ dễ đọc ](https://so-nong-nghiep.example.vn/bai-viet-123.htm)\n"
    "  * [Trang chủ](https://so-nong-nghiep.example.vn/)\n"
    "  * [Tin tức ](https://so-nong-nghiep.example.vn/tin-tuc)\n"
    "    * [Hoạt động của Sở](https://so-nong-nghiep.example.vn/hoat-dong.htm)\n"
    "Menu \n✕ \n\n\n"
    "![](https://so-nong-nghiep.example.vn/img/icon-back.png)\n"
    "Aa \n"
    "[ Tin tức ](https://so-nong-nghiep.example.vn/tin-tuc) ![](https://so-nong-nghiep.example.vn/img/v.png)\n"
    "Thứ Năm, 15/5/2025 06:40 (GMT+7) \n"
)

DATELINES = [
    # (line, date read, bare)
    ("Thứ Năm, 15/05/2025 - 06:40", "2025-05-15", False),
    ("06:40 15/05/2025 (GMT+07:00)", "2025-05-15", False),
    ("15/05/2025", "2025-05-15", True),
    ("2025-05-15T06:40:00+07:00", "2025-05-15", False),
    ("2025-05-14T16:10:00.000Z", "2025-05-14", False),  # 23:10 in Vietnam: the same day
    ("2025-05-14T18:30:00Z", "2025-05-15", False),  # 01:30 the next day in Vietnam
    ("Wed, 14 May 2025 21:05:00 +0700", "2025-05-14", False),
    ("2025/05/15", "2025-05-15", False),
    ("2025-02-30T06:40:00+07:00", None, False),  # a stamp's form, no day
]
NOT_DATELINES = [
    "Ngày 15/05/2025, UBND huyện họp.",  # a date inside the lead
    "Số ca mắc: 15/05/2025",
    "1.312 trường hợp",
]


def test_datelines() -> None:
    failures = []
    for line, date, bare in DATELINES:
        got = dateline(line)
        if got is None or (got.date, got.bare) != (date, bare):
            failures.append((line, date, bare, got))
    failures += [(line, None, None, dateline(line)) for line in NOT_DATELINES if dateline(line) is not None]
    assert not failures, "\n".join(map(repr, failures))


CHROME = [
    "* [Giới thiệu chung](https://so-nong-nghiep.example.vn/gioi-thieu.htm)",
    "![](https://so-nong-nghiep.example.vn/img/icon-print.png)",
    "[ ![EN](https://so-nong-nghiep.example.vn/img/en.png) ](https://en.example.vn/)",
    "✕",
    "0:00 / 0:00",
]
NOT_CHROME = [
    "Menu",
    "Xem chi tiết kế hoạch tại [đây](https://so-nong-nghiep.example.vn/ke-hoach.htm)",
    "Mường Lát khôi phục nhà tốc mái sau mưa đá",
]


def test_page_chrome() -> None:
    wrong = [line for line in CHROME if not page_chrome(line)] + [line for line in NOT_CHROME if page_chrome(line)]
    assert not wrong, wrong


HEADER_CASES = [
    # (text, field, expected)
    (TITLE + "\n2025-05-14T18:30:00Z\n\n" + LEAD + ORDER, "date", "2025-05-15"),
    (TITLE + "\nWed, 14 May 2025 21:05:00 +0700\n" + TITLE + " ...\n\n" + LEAD + ORDER, "date", "2025-05-14"),
    (TITLE + "\n\n2025/05/15\n\n" + LEAD + ORDER, "date", "2025-05-15"),
    # the dateline of a page saved whole, under its menus and icons
    (FRAME + TITLE + "\n" + LEAD + ORDER, "date", "2025-05-15"),
]


def test_news_page_header_fields() -> None:
    failures = []
    for text, field, expected in HEADER_CASES:
        got = getattr(extract(text).header, field)
        if got != expected:
            failures.append((text[:60], field, expected, got))
    assert not failures, "\n".join(map(repr, failures))
