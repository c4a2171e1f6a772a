"""Deadlines: explicit time constraints on doing a task, in the five kinds of SCHEMA.md.

A date or period counts only behind a deadline word ("trước", "đến", "chậm nhất", "hạn", "trong");
"từ … đến …" ranges and "tính đến" report the past. Years missing from "15/6" come from the
notice's own date, never from the clock. Urgency adverbs ("khẩn trương", "kịp thời", "sớm") are
not deadlines, nor blank form fields ("Cần đến trước _____ giờ").
"""

from __future__ import annotations

import re

from ..document import Document
from ..findings import Finding
from ..vn import DATE, NUMBER_WORD, ROMAN, date_from_match, fold_keep_case, parse_number

_BEFORE = r"(?:(?:chậm|muộn)\s+nhất(?:\s+là)?(?:\s+(?:vào|đến|trước))?|hạn\s+chót(?:\s+là)?|trước|đến|tới|hạn)"
DATE_DEADLINE = re.compile(rf"(?<!\w)(?P<cue>{_BEFORE})\s+(?:hết\s+)?(?P<date>{DATE})", re.IGNORECASE)
PERIOD_DEADLINE = re.compile(
    r"(?<!\w)(?P<cue>trong|trước|vào|đến(?:\s+hết)?|hết|cuối|chậm\s+nhất(?:\s+trong)?|xong\s+trong|hoàn\s+thành\s+trong)\s+"
    r"(?:(?P<q>quý)\s+(?P<qn>[IV]{1,3}|[1-4])(?:\s*[/-]\s*|\s+năm\s+)(?P<qy>\d{4})"
    r"|(?P<mo>tháng)\s+(?P<mn>\d{1,2})(?:\s*[/-]\s*|\s+năm\s+)(?P<my>\d{4})"
    r"|(?P<mo2>tháng)\s+(?P<mn2>\d{1,2})(?![/\d-])(?!\s+năm)"
    r"|(?<!đến\s)(?<!hết\s)(?P<yr>năm)\s+(?P<yy>\d{4})(?![-–]\d))",  # "đến năm 2030" is a vision
    re.IGNORECASE,
)
_UNIT = {
    "giờ": "PT{n}H",
    "tiếng": "PT{n}H",
    "phút": "PT{n}M",
    "ngày": "P{n}D",
    "tuần": "P{n}W",
    "tháng": "P{n}M",
    "năm": "P{n}Y",
}
DURATION_DEADLINE = re.compile(
    rf"(?<!\w)(?P<cue>trong\s+vòng|trong\s+thời\s+hạn|trong\s+thời\s+gian|chậm\s+nhất(?:\s+là)?(?:\s+sau)?|trong)\s+"
    rf"(?P<n>\d{{1,3}}|[IlO]\d|\d[IlO]|{NUMBER_WORD})\s*\(?[^)\n]{{0,12}}?\)?\s*"
    r"(?P<unit>giờ|tiếng|phút|ngày(?:\s+làm\s+việc)?|tuần|tháng|năm)"
    r"(?:(?!\s*\d)|(?=\s+\d{4}\s*(?:và|,|-|–)\s*\d{4}))",  # "trong 2 năm 2022 và 2023"
    re.IGNORECASE,
)
_RECURRENCE = {"ngày": "daily", "tuần": "weekly", "tháng": "monthly", "quý": "quarterly", "năm": "yearly"}
RECURRING = re.compile(
    r"(?<!\w)(?:(?P<periodic>định\s+kỳ)(?:[^.;:\n]{0,40}?\s(?:hàng|hằng)\s+(?P<u1>ngày|tuần|tháng|quý|năm))?"
    r"|(?:hàng|hằng)\s+(?P<u2>ngày|tuần|tháng|quý|năm)"
    r"|(?P<every>mỗi\s+\d{1,2}\s+(?:ngày|tuần|tháng)(?:\s*/\s*lần)?)"
    r"|\d{1,2}\s+lần\s*/\s*(?P<u3>ngày|tuần|tháng|quý|năm))(?!\w)",
    re.IGNORECASE,
)
IMMEDIATE = re.compile(
    r"(?<!\w)(?:ngay\s+(?:sau\s+khi|khi)\s+[^,;.:]{1,60}|ngay\s+lập\s+tức|ngay(?!\s+(?:cả|tại|từ|trên|trong|thẳng|ở|đầu|thời)\b))(?!\w)",
    re.IGNORECASE,
)
# a recurrence is a deadline when it times an action of the task, not a habit being described
_RECURRING_ACTION = re.compile(
    r"báo\s+cáo|cập\s+nhật|tổng\s+hợp|gửi|kiểm\s+tra|xét\s+nghiệm|rà\s+soát|giao\s+ban|họp", re.I
)
_PAST_CUE = re.compile(r"(?:tính|từ\s+ngày\s+\S+|từ)\s*$", re.IGNORECASE)


def _folded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The same pattern without diacritics, run on `doc.folded` (same offsets) so OCR'd text ("Hãng năm",
    "hăng ngày") still matches. Not for "ngay" (immediate): folded, it is also "ngày" (day)."""
    return re.compile(fold_keep_case(pattern.pattern), pattern.flags)


_DATE_F, _PERIOD_F, _DURATION_F, _RECURRING_F, _RECURRING_ACTION_F, _PAST_CUE_F = map(
    _folded, (DATE_DEADLINE, PERIOD_DEADLINE, DURATION_DEADLINE, RECURRING, _RECURRING_ACTION, _PAST_CUE)
)
_DATE_INSIDE_F = re.compile(fold_keep_case(DATE), re.IGNORECASE)
_RANGE_START_F = re.compile(r"tu\s+(?:ngay\s+)?\d", re.IGNORECASE)
_UNIT_F = {fold_keep_case(k): v for k, v in _UNIT.items()}
_RECURRENCE_F = {fold_keep_case(k): v for k, v in _RECURRENCE.items()}


def recognize_deadlines(doc: Document) -> list[Finding]:
    """Recognizer: reads `doc.flat`, `doc.folded` and the notice's date in `doc.header`."""
    date = doc.header.date if doc.header else None
    return find_deadlines(doc.flat, base_date=date, folded=doc.folded)


def find_deadlines(flat: str, base_date: str | None = None, folded: str | None = None) -> list[Finding]:
    """Deadlines in a plain text; a year left out ("trước ngày 15/6") is the year of `base_date` (ISO)."""
    text = folded if folded is not None else fold_keep_case(flat)
    year = int(base_date[:4]) if base_date else None
    found: list[Finding] = []
    taken = bytearray(len(text) + 1)  # 1 where a deadline already stands: the first kind to match wins

    def add(start: int, end: int, kind: str, value: str | None, rule: str) -> None:
        if value is None or taken.find(1, start, end) != -1:
            return
        taken[start:end] = b"\x01" * (end - start)
        found.append(Finding(start, end, "deadline", kind, value, rule))

    for m in _DATE_F.finditer(text):
        before = text[max(0, m.start() - 40) : m.start()]
        if m.group("cue").lower().startswith("den") and (_PAST_CUE_F.search(before) or _RANGE_START_F.search(before)):
            continue  # "tính đến ngày …", "từ ngày … đến ngày …": reported, not required
        date_match = _DATE_INSIDE_F.search(m.group("date"))
        add(m.start(), m.end(), "date", date_from_match(date_match, year), "deadline.date")
    for m in _PERIOD_F.finditer(text):
        if m.group("q"):
            q = ROMAN.get(m.group("qn").upper()) or int(m.group("qn"))
            value = f"{m.group('qy')}-Q{q}"
        elif m.group("mo"):
            value = f"{m.group('my')}-{int(m.group('mn')):02d}" if 1 <= int(m.group("mn")) <= 12 else None
        elif m.group("mo2"):
            month = int(m.group("mn2"))
            value = f"{year}-{month:02d}" if year and 1 <= month <= 12 else None
        else:
            value = m.group("yy")
        add(m.start(), m.end(), "period", value, "deadline.period")
    for m in _DURATION_F.finditer(text):
        cue, unit = m.group("cue").lower(), m.group("unit").lower().split()[0]
        named_years = unit == "nam" and re.match(r"\s+\d{4}", text[m.end() : m.end() + 6])
        if cue == "trong" and unit not in ("gio", "tieng", "phut", "ngay") and not named_years:
            continue  # "trong 3 tháng" is more often a period of benefit than a deadline
        raw = m.group("n").replace("I", "1").replace("l", "1").replace("O", "0")
        n = parse_number(raw) or parse_number(flat[m.start("n") : m.end("n")])  # number words keep accents
        if not n:
            continue
        add(m.start(), m.end(), "duration", _UNIT_F[unit].format(n=int(n)), "deadline.duration")
    for m in _RECURRING_F.finditer(text):
        unit = m.group("u1") or m.group("u2") or m.group("u3")
        value = _RECURRENCE_F[unit.lower()] if unit else "periodic"  # "định kỳ", "mỗi 2 ngày/lần"
        window = text[max(0, m.start() - 60) : m.end() + 80]
        sentence_start = m.start() == 0 or text[max(0, m.start() - 2) : m.start()].strip() in ("", ".", ";", ":")
        if (
            m.group("periodic")
            or m.group("every")
            or m.group("u3")
            or sentence_start
            or _RECURRING_ACTION_F.search(window)
        ):
            add(m.start(), m.end(), "recurring", value, "deadline.recurring")
    for m in IMMEDIATE.finditer(flat):
        add(m.start(), m.end(), "immediate", "now", "deadline.immediate")
    found.sort(key=lambda f: f.start)
    return found
