"""Deadlines: explicit time constraints on doing a task, in the five kinds of SCHEMA.md.

A date or period counts only behind a deadline word ("trước", "đến", "chậm nhất", "hạn", "trong"),
after the label of a time field ("Thời gian thực hiện: quý II/2026"), or closing a window ("từ ngày
03/11 đến ngày 05/11/2021": the last day, with the first as `start`). A time of day before the date
is kept as `time` ("trước 16 giờ 00 phút ngày 05/11/2021": "16:00"); an event may stand between
the cue and its date or period ("trước ngày Quốc khánh 02/9/2025", "trước mùa mưa năm 2026"); a
day, month or hour before a recurrence dates it ("Tháng 12 hằng năm", "trước ngày 20 hằng tháng").

Not deadlines: the past ("tính đến ngày …", a window that ends by the notice's date or whose
clause says "đã"), a vision ("đến năm 2030"), how long a measure lasts ("cách ly trong vòng 14
ngày"), urgency adverbs ("khẩn trương", "kịp thời", "sớm"), blank form fields ("Cần đến trước
_____ giờ"). Years missing from "15/6" come from the notice's own date, never from the clock.

The words are data, resources/cues/deadlines.tsv (its header lists the kinds); this module holds
the grammar around them: dates, times of day, quarters, months, numbers and units, windows. The
forms run one after the other, longest first; where one has matched, no later one may.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

from ..cues import Cue, alternation, load_cues, phrase_pattern, phrases
from ..document import Document, walk_items
from ..errors import ResourceError
from ..findings import Due, Finding
from ..patterns import StartScan, finditer_from, lower_start, lowered, search_before_anchor, word_start
from ..vn import DATE, NUMBER_WORD, ROMAN, date_from_match, fold_keep_case, iso_date, parse_number
from ..vocab import AND_JOINER

DEADLINE_CUE_KINDS = frozenset(
    {
        "date_cue",
        "date_cue_dated",
        "date_cue_action",
        "date_action",
        "today",
        "past_cue",
        "period_cue",
        "period_cue_until",
        "duration_cue",
        "duration_cue_short",
        "duration_cue_days",
        "advance_least",
        "duration_measure",
        "recurring_periodic",
        "recurring_daily",
        "recurring_weekly",
        "recurring_monthly",
        "recurring_quarterly",
        "recurring_yearly",
        "recurring_action",
        "immediate",
        "immediate_ambiguous",
        "immediate_not_before",
        "immediate_upon",
        "window_from",
        "window_until",
        "past_after",
        "event",
        "time_cell_lead_in",
        "event_cue",
        "field_label",
        "field_hedge",
        "next_period",
        "duration_cue_since",
        "nth_day",
        "lookback",
        "described",
        "obliged",
        "open_end",
        "assessment",
        "assessment_kind",
        "periodic_service",
        "start_word",
        "ban_word",
    }
)
_RECURRENCE_KINDS = {
    "recurring_daily": "daily",
    "recurring_weekly": "weekly",
    "recurring_monthly": "monthly",
    "recurring_quarterly": "quarterly",
    "recurring_yearly": "yearly",
}
_ACCENTED_KINDS = ("immediate", "immediate_ambiguous", "immediate_not_before", "immediate_upon", "past_after")

_UNIT = {
    "giờ": "PT{n}H",
    "tiếng": "PT{n}H",
    "phút": "PT{n}M",
    "ngày": "P{n}D",
    "tuần": "P{n}W",
    "tháng": "P{n}M",
    "năm": "P{n}Y",
}
_RECURRENCE = {"ngày": "daily", "tuần": "weekly", "tháng": "monthly", "quý": "quarterly", "năm": "yearly"}
_UNIT_F = {fold_keep_case(k): v for k, v in _UNIT.items()}
_RECURRENCE_F = {fold_keep_case(k): v for k, v in _RECURRENCE.items()}
# a day and month in words without the year ("ngày 23 tháng 1"): the notice's year, as "23/1"
DM_WORDS = r"ngày\s+(?P<d4>\d{1,2})\s+tháng\s+(?P<m4>\d{1,2})(?!\s*(?:[/\-]|năm)?\s*\d)"
# a day and month joined by "-" or "." as news prints them, after "ngày" only ("trước ngày 2-10", "ngày 23.9"): the
# notice's year; bare, "2-3" is as much a count ("2-3 ngày")
DM_DASHED = r"ngày\s+(?P<d6>\d{1,2})\s*[.\-]\s*(?P<m6>\d{1,2})(?![.\-/]?\s*\d)(?!\s+(?:năm|tháng)(?!\w))"
DAY = rf"(?:{DATE}|{DM_WORDS}|{DM_DASHED})"
_DATE_INSIDE_F = re.compile(fold_keep_case(DAY), re.IGNORECASE)
# "từ ngày 04/6 đến ngày 14/6/2021", "từ 01/6 đến …" that no window form read: the "đến" date is no deadline
_RANGE_OPEN_F = re.compile(r"tu(?:\s+ngay\s+\S+)?\s*$", re.IGNORECASE)
_RANGE_START_F = re.compile(r"tu\s+(?:ngay\s+)?\d", re.IGNORECASE)

# a number right before a word, a day and month after it: "14 ngay", "ngay 7 tháng 7" (see `_immediate`)
_DAY_WITH_YEAR_F = re.compile(r"ngay\s.*\d{4}$", re.IGNORECASE | re.DOTALL)  # "ngày 30 tháng 4 năm 2026"
_NUMBER_BEFORE = re.compile(r"\d[\s)]*$")
_NUMBER_AFTER = re.compile(r"\s*\d{1,2}\s*(?:[/.\-]\s*\d|tháng)", re.IGNORECASE)

# the end of a document's symbol right before a word ("496-TB/TU": "TU" is no "từ"); a bullet's dash is not
_SYMBOL_BEFORE = re.compile(r"(?:/|\w-)$")

# a letter with the tilde (ngã), composed or not: "kỹ" is not "kỳ"
_TILDE = re.compile("[ãẫẵẽễĩõỗỡũữỹÃẪẴẼỄĨÕỖỠŨỮỸ\u0303]")

# what may stand right before a recurrence that opens a sentence, an item or a clause ("- Hằng ngày, …", "a) Hằng
# năm …", "đồng thời, hàng tháng đôn đốc …")
_CLAUSE_OPENERS = frozenset(("", ".", ";", ":", "-", "–", "+", "•", "*", ")", "|", ","))

# ---------------------------------------------------------------- the grammar, written with diacritics

# a time of day: "16 giờ 00 phút", "16h00", "16h", "4 giờ chiều"; a weekday may follow ("thứ Sáu,")
WEEKDAY = r"(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)"
TIME = (
    r"(?:lúc\s+)?(?P<hh>\d{1,2})\s*(?:giờ|h)\s*(?:(?P<mm>\d{1,2})\s*(?:phút|')?\s*)?"
    r"(?:(?P<part>sáng|trưa|chiều|tối)\s*)?,?\s*(?:(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)\s*,?\s*)?"
)
TIME_UNCAPTURED = re.sub(r"\(\?P<\w+>", "(?:", TIME)
# the first day of a window, completed from the last: "03", "03/11", "03/11/2021", "03 tháng 11"
WINDOW_START = (
    r"(?P<start>\d{1,2}(?:\s*[/⁄.\-]\s*\d{1,2}(?:\s*[/⁄.\-]\s*\d{4})?)?"
    r"|\d{1,2}\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?)"
)
_START_PARTS_F = re.compile(
    # possessive spaces around the separator: `\s*(?:/|\s+thang\s+)\s*` read a run of spaces in every split
    r"(\d{1,2})(?:(?:\s*+[/⁄.\-]\s*+|\s++thang\s++)(\d{1,2})(?:(?:\s*+[/⁄.\-]\s*+|\s++nam\s++)(\d{4}))?)?"
)
QUARTER = r"(?P<q>qu[ýí])\s+(?P<qn>[IV]{1,3}|[1-4])(?:\s*[/-]\s*|\s+năm\s+)(?P<qy>\d{4})"
MONTH = r"(?P<mo>tháng)\s+(?P<mn>\d{1,2})(?:\s*[/-]\s*|\s+năm\s+)(?P<my>\d{4})"
# a year, or a list of years ("các năm 2022, 2023", "năm 2022 và 2023"): one deadline each
YEARS = r"(?P<yr>năm)\s+(?P<yy>\d{4})(?P<more>(?:\s*(?:,|và)\s*(?:năm\s+)?\d{4})*)(?![-–]\d)"
# the value of a time field, or of a task table's time column: no cue needed before it
FIELD_VALUE = (
    rf"(?:(?P<date>{DATE})(?![/\d])|{QUARTER}|{MONTH}|(?P<mn2>\d{{1,2}})\s*/\s*(?P<my2>\d{{4}})"
    r"|(?:năm\s+)?(?P<yy>\d{4})(?!\s*[-–/]\s*\d))(?!\w)"
)
# the year printed after a range's month or quarter: "/2025", "-2025", " năm 2025" (its last four characters)
_RANGE_YEAR = r"(?:\s*[/-]\s*|\s+năm\s+)\d{4}"
# the words between an event and its date or period ("Đại hội Đảng bộ tỉnh năm 2025"): four at most
EVENT_WORDS = r"(?:\s+[^\s\d,;.:()]+){0,4}?"
# a number in words with its digits after it in brackets, as laws print a length: "chín mươi (90)"
WORDS_THEN_DIGITS = rf"(?:{NUMBER_WORD})(?:\s+[^\W\d_]+){{0,3}}?\s*\((?P<nd>\d{{1,3}})\)\s*"
MEASURE_WORDS = r"(?:\s+[^\s,;.:]+){0,5}\s*$"  # from a measure to the duration's cue, in one clause
# a length printed before a window gives how long a measure lasts: "12 tháng, kể từ ngày 01/10/2021 đến …"
_LENGTH_BEFORE_F = re.compile(r"(?<!\d)\d++\s++(?:ngay|tuan|thang|nam)\s*+,?\s*+$", re.IGNORECASE)


def _leading_options_spelled_out(cues: tuple[Cue, ...], kind: str) -> tuple[Cue, ...]:
    """The cues of `kind`, a phrase that opens with an optional word ("[tuần] đầu") given as two ("tuần đầu", "đầu"):
    a scan's branch must open with a letter (patterns.word_start)."""
    out = []
    for c in cues:
        if c.kind != kind:
            continue
        m = re.match(r"\[([^\]]*)\]\s*(.*)", c.phrase)
        if m is None:
            out.append(c)
            continue
        for phrase in (f"{m.group(1)} {m.group(2)}", m.group(2)):
            out.append(replace(c, phrase=phrase, pattern=phrase_pattern(phrase)))
    return tuple(out)


def _cue_start(cues: tuple[Cue, ...], *kinds: str) -> str:
    r"""`(?<!\w)` and `alternation(cues, *kinds)` case-insensitively, written so that re skips to the phrases' first
    letters (patterns.word_start): in a pattern compiled by `_fast`, whatever follows goes in `(?i:…)`."""
    return word_start(phrases(cues, *kinds), ignore_case=True)


def _folded(pattern: str) -> re.Pattern[str]:
    """A pattern written with diacritics (the grammar), compiled without them: it runs on `doc.folded` (same
    offsets), so OCR'd text ("Hãng năm", "hăng ngày") still matches. Cue alternations are folded already."""
    return re.compile(fold_keep_case(pattern), re.IGNORECASE)


def _fast(start: str, rest: str = "") -> re.Pattern[str]:
    """`_folded` of a pattern that opens with `_cue_start` (or another patterns.word_start): `rest`, which
    follows it, is compiled case-insensitively inside `(?i:…)`, the start keeps its own form."""
    return re.compile(fold_keep_case(start + (f"(?i:{rest})" if rest else "")))


@dataclass(frozen=True)
class DeadlinePatterns:
    """The cues of resources/cues/deadlines.tsv compiled into the patterns `find_deadlines` runs.

    All run on the folded text, case-insensitively, except `immediate` and `past_after`: on the
    accented text, where "ngay" (at once) is not "ngày" (day), nor "đã" (already) "đa" (many). The scans
    marked "lowered" are written in lower case and run on that text lowered (patterns.lowered), which
    they match as re.IGNORECASE matches the text, with the same offsets.
    """

    window: re.Pattern[str]  # "từ ngày 03/11 đến ngày 05/11/2021"
    # a range of months or quarters: "từ tháng 4 đến tháng 12 năm 2020", "trong tháng 9 - 10/2025", "từ quý II đến
    # quý IV/2025"
    period_range: re.Pattern[str]
    window_cue: re.Pattern[str]  # "từ", "kể từ": where the window forms may begin (in the folded text lowered)
    slot: re.Pattern[str]  # hours of one day: "từ 20 giờ 15 phút - 20 giờ 45 phút ngày 23 tháng 1"
    opening: re.Pattern[str]  # a window without its end: "trở lại từ ngày 06/5/2020", "Từ 7h30, ngày 9/9/2020"
    past_after: re.Pattern[str]  # searched in the clause after a window
    dated_recurrence: re.Pattern[str]  # "Tháng 12 hằng năm", "trước ngày 20 hằng tháng", "trước 17 giờ hằng ngày"
    recurrence_word: re.Pattern[str]  # "hằng năm": where a dated recurrence may end (in the folded text lowered)
    recurrence_day: re.Pattern[str]  # matched at "hằng năm": its day after it, "hằng năm (trước ngày 15/11"
    periodic_before: re.Pattern[str]  # searched right before a recurrence: "định kỳ hằng năm (trước ngày 15/11"
    cell_line: re.Pattern[str]  # a time cell on a line of its own: "Phiên họp tháng 3/2026"
    cell_line_start: re.Pattern[str]  # where one can begin, in the folded text lowered
    next_period: re.Pattern[str]  # "trước ngày 05 của tháng liền kề", "trước ngày 31/01 năm liền kề"
    next_word: re.Pattern[str]  # "tháng liền kề", "tháng cuối quý": where a next period may end (text lowered)
    field: re.Pattern[str]  # "Thời gian thực hiện: quý II/2026"
    field_joiner: re.Pattern[str]  # matched after a field's value, before a second: "Quý IV/2025 và Quý I/2026"
    field_start: re.Pattern[str]  # where a field can begin, in the folded text lowered (patterns.lower_start)
    field_value: re.Pattern[str]  # the same without its label, for a time column's cell
    event_date: re.Pattern[str]  # "trước ngày Quốc khánh 02/9/2025" ("tại thời điểm ngày …" is no deadline)
    event_period: re.Pattern[str]  # "trước mùa mưa năm 2026"
    event_word: re.Pattern[str]  # "Quốc khánh", "mùa mưa": where an event form may be (in the text lowered)
    date: re.Pattern[str]
    date_dated: re.Pattern[str]  # fullmatch on a date's cue that needs "ngày" and the year: "trong ngày 30/4/2026"
    today: re.Pattern[str]  # "trước 19 giờ hôm nay": an hour of the notice's own day
    date_on: re.Pattern[str]  # fullmatch on a date's cue that needs an action before it: "báo cáo … vào ngày 29/9"
    date_action: re.Pattern[str]  # searched in the clause before a `date_on` cue
    date_start: re.Pattern[str]  # where a date can begin, in the folded text lowered
    past: re.Pattern[str]  # searched in the 40 characters before a date cue and the cue itself
    described: re.Pattern[str]  # searched in the 40 characters before a date or period cue
    until: re.Pattern[str]  # matched at a cue: "đến", "tới hết"
    period: re.Pattern[str]
    period_start: re.Pattern[str]  # where a period can begin, in the folded text lowered
    period_until: re.Pattern[str]  # fullmatch on a period's cue
    duration: re.Pattern[str]
    duration_start: re.Pattern[str]  # where a duration can begin, in the folded text lowered
    duration_short: re.Pattern[str]  # fullmatch on a duration's cue
    duration_days: re.Pattern[str]  # fullmatch on a duration's cue: "trước" counts days ahead, not hours
    advance: re.Pattern[str]  # "trước khi kiểm tra ít nhất 05 ngày": how long ahead of an event
    duration_measure: re.Pattern[str]  # searched in the text before a duration's cue
    since: re.Pattern[str]  # "sau 03 tháng kể từ khi …", "vào ngày thứ 6 kể từ ngày nhập cảnh"
    since_start: re.Pattern[str]  # where a length counted from an event can begin, in the folded text lowered
    nth_day: re.Pattern[str]  # fullmatch on a `since` cue: "ngày thứ"
    since_cue: re.Pattern[str]  # fullmatch on a window's cue that counts from a day: "kể từ"
    lookback: re.Pattern[str]  # matched right after a length: "trong 07 ngày qua" looks back
    recurring: re.Pattern[str]
    recurring_start: re.Pattern[str]  # where a recurrence's words can begin, in the folded text lowered
    recurring_digit: re.Pattern[str]  # where "2 lần" can begin, in the folded text lowered
    recurrence: tuple[tuple[re.Pattern[str], str], ...]  # (fullmatch on "hằng tháng", "monthly")
    recurring_action: re.Pattern[str]
    time_field_before: re.Pattern[str]  # searched before a recurrence: "Thời gian thực hiện: thường xuyên hằng năm"
    recurrence_joined: re.Pattern[str]  # fullmatch between two recurrences: "định kỳ 06 tháng và hằng năm"
    assessment_periodic: re.Pattern[str]  # "kiểm tra định kỳ": a test named by its kind, searched at "định kỳ"
    assessment_kind: re.Pattern[str]  # another kind of test in the same clause ("học kỳ", "thường xuyên")
    start_before: re.Pattern[str]  # searched right before an opening or "ngay sau khi": "bắt đầu từ ngày 06/9"
    ban_opening: re.Pattern[str]  # matched where the clause of an opening begins: "Cấm tàu thuyền ra khơi từ …"
    periodic_service: re.Pattern[str]  # "khám sức khỏe định kỳ": a service's name, searched at a bare "định kỳ"
    unit_later: re.Pattern[str]  # a recurrence's unit later in the sentence of a bare "định kỳ"
    immediate: re.Pattern[str]  # in the accented text lowered
    # the scans of the folded text lowered that open with a word's first letter, found in one scan
    starts: StartScan = dataclasses.field(init=False, compare=False)

    def __post_init__(self) -> None:
        scans = {name: getattr(self, name) for name in _START_SCANS}
        object.__setattr__(self, "starts", StartScan(scans))


# the patterns `DeadlinePatterns.starts` finds in one scan
_START_SCANS = (
    "window_cue",
    "recurrence_word",
    "cell_line_start",
    "next_word",
    "field_start",
    "event_word",
    "date_start",
    "period_start",
    "duration_start",
    "since_start",
    "recurring_start",
)


def compile_deadline_cues(cues: tuple[Cue, ...]) -> DeadlinePatterns:
    """The patterns of a parsed table; a row of an accented kind whose example lacks the accented phrase fails."""
    for cue in cues:
        if cue.kind in _ACCENTED_KINDS and not re.search(alternation([cue], cue.kind, fold=False), cue.example, re.I):
            raise ResourceError(
                f"{cue.where}: the example {cue.example!r} does not contain the phrase {cue.phrase!r} with its "
                f"diacritics (the {cue.kind} kind is matched on the accented text)"
            )

    def alt(*kinds: str) -> str:
        return alternation(cues, *kinds)

    def one_of(*kinds: str) -> re.Pattern[str]:  # to ask which kind a matched cue is, with fullmatch
        return re.compile(alt(*kinds), re.IGNORECASE)

    def cue_start(*kinds: str) -> str:
        return _cue_start(cues, *kinds)

    def low_start(*kinds: str, rest: str = "") -> re.Pattern[str]:  # cue_start in the folded text lowered
        return lower_start(phrases(cues, *kinds), rest=rest)

    # What must follow a cue for each form to match there, as a look-ahead on the start (in the text lowered):
    # most cues ("trước", "trong", "đến", "từ") are common words, and a start that no form can go on from is
    # then passed over in the scan instead of being tried from Python. Each is implied by its form's pattern.
    number_word = fold_keep_case(NUMBER_WORD)  # lowered by lower_start
    # "hết", then "lúc" (TIME), "ngày" or a digit (TIME, DAY), or a weekday ("thứ", "chủ nhật")
    day_ahead = r"(?=\s++(?:het\s++)?(?:[ln\d]|thu\s|chu\s))"
    # TIME, "ngày", a day (WINDOW_START, DAY), "tháng" or "quý" (period_range)
    window_ahead = r"(?=\s++(?:[ln\d]|thang|qu))"
    period_ahead = r"(?=\s++(?:qu|thang|nam))"  # QUARTER, MONTH, "tháng", "năm"
    length_ahead = rf"(?=\s++(?:[\dilo]|{number_word}))"  # a number, OCR's "l0", "O5", or a number word

    units = alt(*_RECURRENCE_KINDS)
    lead_ins = _leading_options_spelled_out(cues, "time_cell_lead_in")
    until = rf"(?:(?P<until>{alt('window_until')})\s+|[-–]\s*)"
    through = rf"(?:(?:{alt('window_until')})\s+|[-–]\s*)"  # the same, uncaptured (twice in one pattern)
    # The patterns scanned over the whole text open with `(?<!\w)(?P<cue>…)`: each is written with `_fast`, so
    # that re skips to the first letters of its cues instead of trying every offset (patterns.word_start).
    return DeadlinePatterns(
        window=_fast(
            f"(?P<cue>{cue_start('window_from')})",
            rf"\s+(?:{TIME_UNCAPTURED})?(?:ngày\s+)?{WINDOW_START}\s*{until}(?:hết\s+)?(?:{TIME})?(?P<date>{DAY})",
        ),
        # a range of months or quarters, the year printed once at its end or at both: its end is the deadline
        period_range=_fast(
            f"(?P<cue>{cue_start('window_from', 'period_cue', 'period_cue_until')})",
            rf"\s+(?:tháng\s+(?P<sm>\d{{1,2}})(?P<ys>{_RANGE_YEAR})?\s*{through}(?:hết\s+)?(?:tháng\s+)?"
            rf"(?P<em>\d{{1,2}})(?P<ye>{_RANGE_YEAR})"
            rf"|qu[ýí]\s+(?P<sq>[IV]{{1,3}}|[1-4])(?P<yqs>{_RANGE_YEAR})?\s*{through}(?:hết\s+)?(?:qu[ýí]\s+)?"
            rf"(?P<eq>[IV]{{1,3}}|[1-4])(?P<yqe>{_RANGE_YEAR}))(?!\w)",
        ),
        window_cue=low_start("window_from", rest=window_ahead),
        slot=_fast(
            f"(?P<cue>{cue_start('window_from')})",
            rf"\s+{TIME_UNCAPTURED}\s*{until}{TIME}(?P<date>{DAY})",
        ),
        opening=_fast(
            f"(?P<cue>{cue_start('window_from')})",
            rf"\s+(?:{TIME})?(?P<date>{DAY})(?!\s*(?:[-–/]|{alt('window_until')}))"
            rf"(?!\s*(?:{alt('open_end')})(?!\w))",  # "từ ngày 04/10/2021 trở đi": a regime from then on
        ),
        past_after=re.compile(rf"(?<!\w){alternation(cues, 'past_after', fold=False)}(?!\w)", re.IGNORECASE),
        dated_recurrence=_folded(
            rf"(?<!\w)(?:(?P<cue>{alt('date_cue', 'period_cue', 'period_cue_until')})\s+)?"
            # after a cue the day may go without "ngày": "không quá 15/02 hằng năm", "trước 31/01 hằng năm"
            rf"(?P<anchor>{TIME}|ngày\s+\d{{1,2}}(?:\s*/\s*\d{{1,2}}|\s+tháng\s+\d{{1,2}})?|tháng\s+\d{{1,2}}"
            rf"|(?(cue)\d{{1,2}}\s*/\s*\d{{1,2}}|(?!))"
            rf"|quý\s+(?:[IV]{{1,3}}|[1-4]))\s+(?:của\s+)?(?P<unit>{units})(?!\w)"
        ),
        recurrence_word=low_start(*_RECURRENCE_KINDS, rest=r"(?!\w)"),
        # a day after the recurrence, without its year, is the day it falls on: "hằng năm (trước ngày 15/11", "hằng
        # tháng, chậm nhất ngày 25"; a day with its year ("hằng năm, trước ngày 15/11/2020") is one time only
        recurrence_day=_folded(
            rf"(?P<unit>{units})[ \t]*+[(,]?\s*(?:{alt('date_cue')})\s+(?:{TIME})?ngày\s+\d{{1,2}}"
            r"(?:\s*[/.\-]\s*\d{1,2}|\s+tháng\s+\d{1,2})?(?!\d|\s*[/.\-]\s*\d|\s*năm\s*\d|\s+tháng)"
        ),
        periodic_before=_folded(rf"(?<!\w)(?:{alt('recurring_periodic')})\s+$"),
        cell_line=_fast(
            f"(?P<cue>{word_start(phrases(lead_ins, 'time_cell_lead_in'), ignore_case=True)})",
            rf"\s+(?:{QUARTER}|{MONTH})(?=[ \t]*+(?:\n|$))",
        ),
        cell_line_start=lower_start(phrases(lead_ins, "time_cell_lead_in")),
        next_period=_fast(
            f"(?P<cue>{cue_start('date_cue')})",
            rf"\s+ngày\s+\d{{1,2}}(?:\s*/\s*\d{{1,2}}|\s+tháng\s+\d{{1,2}})?\s+(?:của\s+)?"
            rf"(?P<unit>tháng|quý|năm)\s+(?:trước\s+)?(?P<next>{alt('next_period')}|cuối\s+quý)"
            r"(?!\w)(?!\s+(?:khi|trước|của)\b)",  # "tháng sau khi …", "tháng liền kề trước tháng đoàn đến": an event's
        ),
        next_word=re.compile(
            word_start([r"thang", r"quy", r"nam"]) + rf"\s+(?:truoc\s+)?(?:{alt('next_period')}|cuoi\s+quy)(?!\w)"
        ),
        field=_fast(
            f"(?P<cue>{cue_start('field_label')})",
            # "Dự kiến tháng 11/2025", "Thứ 4 ngày 11/09/2019", "17 giờ ngày 26/02/2027"
            rf"\s*:\s*(?:(?:{alt('field_hedge')})\s+)?(?:{WEEKDAY}\s*,?\s*)?(?:{TIME})?{FIELD_VALUE}",
        ),
        field_joiner=_folded(r"[ \t]*+(?:,|và)\s*"),
        field_start=low_start("field_label"),
        field_value=_folded(FIELD_VALUE),
        event_date=_fast(
            f"(?P<cue>{cue_start('date_cue')})",
            rf"\s+(?:ngày\s+)?(?P<event>{alt('event')})(?!\w)"
            rf"{EVENT_WORDS}\s*(?P<paren>\()?\s*(?:{TIME})?(?P<date>{DAY})(?(paren)\)?)",
        ),
        event_period=_fast(
            f"(?P<cue>{cue_start('period_cue', 'period_cue_until', 'date_cue', 'event_cue')})",
            rf"\s+(?P<event>{alt('event')})(?!\w){EVENT_WORDS}\s+(?:{QUARTER}|{MONTH}|{YEARS})",
        ),
        event_word=low_start("event", rest=r"(?!\w)"),
        date=_fast(
            f"(?P<cue>{cue_start('date_cue', 'date_cue_dated', 'date_cue_action')})",
            # "trước thứ Sáu, ngày 12/4/2024": the weekday the date falls on, between the cue and the date
            rf"\s+(?:hết\s+)?(?:{WEEKDAY}\s*,?\s*)?(?:{TIME})?(?P<date>{DAY})",
        ),
        date_start=low_start("date_cue", "date_cue_dated", "date_cue_action", rest=day_ahead),
        date_dated=one_of("date_cue_dated"),
        date_on=one_of("date_cue_action"),
        today=_fast(f"(?P<cue>{cue_start('date_cue')})", rf"\s+{TIME}(?:{alt('today')})(?!\w)"),
        date_action=_folded(rf"(?<!\w)(?:{alt('date_action')})(?!\w)"),
        past=_folded(alt("past_cue") + "$"),
        until=re.compile(rf"(?:{alt('window_until')})(?!\w)", re.IGNORECASE),
        described=_folded(
            rf"(?<!\w)(?:(?P<obliged>{alt('obliged')})\s+)?(?:{alt('described')})(?:\s+[^\W\d]+){{1,2}}\s+$"
        ),
        period=_fast(
            f"(?P<cue>{cue_start('period_cue', 'period_cue_until')})",
            rf"\s+(?:{QUARTER}|{MONTH}"
            r"|(?P<mo2>tháng)\s+(?P<mn2>\d{1,2})(?![/\d-])(?!\s+năm)"
            # a quarter without its year ("trong quý 1"): the notice's year, as a month's ("trong tháng 10")
            # ("Quý I và Quý II năm 2020" shares the year printed last: none)
            r"|(?P<q2>qu[ýí])\s+(?P<qn2>[IV]{1,3}|[1-4])(?![/\w-])(?!\s*(?:[/-]\s*\d|năm|(?:,|và|đến|[-–])\s*qu[ýí]))"
            r"|(?P<yr>năm)\s+(?P<yy>\d{4})(?![-–]\d))",
        ),
        period_start=low_start("period_cue", "period_cue_until", rest=period_ahead),
        period_until=one_of("period_cue_until"),
        duration=_fast(
            f"(?P<cue>{cue_start('duration_cue', 'duration_cue_short', 'duration_cue_days')})",
            rf"\s+(?:{WORDS_THEN_DIGITS}"  # "chín mươi (90) ngày": the law's number in words, then in digits
            rf"|(?P<n>\d{{1,3}}|[IlO]\d|\d[IlO]|{NUMBER_WORD})\s*(?:\([^)\n]{{1,20}}\)\s*)?)"  # "05 (năm) ngày"
            r"(?P<unit>giờ|tiếng|phút|ngày(?:\s+làm\s+việc)?|tuần|tháng|năm)"
            r"(?:(?!\s*\d)|(?=\s+\d{4}\s*(?:và|,|-|–)\s*\d{4}))",  # "trong 2 năm 2022 và 2023"
        ),
        duration_start=low_start("duration_cue", "duration_cue_short", "duration_cue_days", rest=length_ahead),
        duration_short=one_of("duration_cue_short"),
        duration_days=one_of("duration_cue_days"),
        advance=_fast(
            "(?P<cue>" + word_start([r"truoc\s++khi"], ignore_case=True) + ")",
            rf"{EVENT_WORDS}\s++(?:{alt('advance_least')})\s++(?P<n>\d{{1,3}}|{NUMBER_WORD})\s*+"
            r"(?P<unit>giờ|tiếng|phút|ngày(?:\s++làm\s++việc)?|tuần|tháng)(?!\w)",
        ),
        since=_fast(
            f"(?P<cue>{cue_start('duration_cue_since', 'nth_day')})",
            rf"\s++(?P<n>\d{{1,3}}|{NUMBER_WORD})(?:\s*+(?P<unit>giờ|tiếng|ngày(?:\s++làm\s++việc)?|tuần|tháng|năm))?"
            r"(?=,?\s++(?:kể\s++)?từ(?!\w))",  # possessive spaces: linear on long runs of them
        ),
        since_start=low_start("duration_cue_since", "nth_day", rest=length_ahead),
        nth_day=one_of("nth_day"),
        since_cue=re.compile(r"ke\s+tu", re.IGNORECASE),
        lookback=_folded(rf"\s*(?:{alt('lookback')})(?!\w)"),
        duration_measure=re.compile(rf"(?<!\w){alt('duration_measure')}{MEASURE_WORDS}", re.IGNORECASE),
        recurring=_folded(
            rf"(?<!\w)(?:(?P<periodic>{alt('recurring_periodic')})"
            # "định kỳ 06 tháng (một lần)": a count of units is its own period, not the unit's recurrence
            rf"(?:\s+(?P<count>\d{{1,2}}|{NUMBER_WORD})\s+(?P<cunit>ngày|tuần|tháng|quý|năm)(?:\s+(?:một|01|1)\s+lần)?(?!\w)"
            rf"|[^.;:\n]{{0,40}}?\s(?P<u1>{units}))?"
            rf"|(?P<u2>{units})"
            r"|(?P<every>mỗi\s+\d{1,2}\s+(?:ngày|tuần|tháng)(?:\s*/\s*lần)?)"
            r"|\d{1,2}\s+lần\s*/\s*(?P<u3>ngày|tuần|tháng|quý|năm))(?!\w)"
        ),
        # where a recurrence can begin (patterns.finditer_from), in the text lowered: "định kỳ", "hằng …", "mỗi" (in
        # the one scan of the starts), "2 lần" (a scan of digits)
        recurring_start=lower_start([*phrases(cues, "recurring_periodic"), *phrases(cues, *_RECURRENCE_KINDS), "moi"]),
        recurring_digit=re.compile(r"\d(?<!\w.)\d?\s+lan"),
        recurrence=tuple((one_of(kind), value) for kind, value in _RECURRENCE_KINDS.items()),
        recurring_action=one_of("recurring_action"),
        # the label of a time field before a recurrence; "Thời gian:" alone too ("Thời gian: thường xuyên, hằng quý"),
        # which before a bare date may be an event's time, but before a recurrence is a schedule
        time_field_before=_folded(rf"(?<!\w)(?:{alt('field_label')}|thời\s+gian)\s*:[^\n:;.]{{0,40}}$"),
        recurrence_joined=_folded(r"\s*(?:" + AND_JOINER + r"|hoặc|hay)\s*"),
        assessment_periodic=_folded(rf"(?:{alt('assessment')})[ \t]*+{alt('recurring_periodic')}"),
        assessment_kind=one_of("assessment_kind"),
        start_before=_folded(rf"(?<!\w)(?:{alt('start_word')})[ \t]*+$"),
        ban_opening=_folded(rf"(?:{alt('ban_word')})(?!\w)"),
        periodic_service=_folded(rf"(?<!\w)(?:{alt('periodic_service')})\s++{alt('recurring_periodic')}(?!\w)"),
        # the day a bare "định kỳ" falls on, named later in its sentence: "vào thứ Sáu hàng tuần", "ngày 20 hằng tháng"
        unit_later=_folded(
            r"(?<!\w)(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật|tháng\s+\d{1,2}|\d{1,2}\s*(?:giờ|h)"
            r"|ngày\s+\d{1,2}(?:\s*/\s*\d{1,2}|\s+tháng\s+\d{1,2})?)"  # "trước ngày 15/11 hằng năm"
            rf"\s+(?:của\s+)?(?P<unit>{units})(?!\w)|[.;!?](?=\s|$)|\n[ \t]*+\n"
        ),
        # "ngay sau khi …", "ngay lập tức", "ngay" (not "ngay cả", "ngay tại" …): `(?<!\w)(?:…)(?!\w)` with the
        # tail of each group of phrases on each of its phrases, so that every branch opens with a letter; in
        # the accented text lowered (patterns.lower_start), as re.IGNORECASE matches the text
        immediate=lower_start(
            [p + r"\s+[^,;.:]{1,60}" for p in phrases(cues, "immediate_upon", fold=False)]
            + phrases(cues, "immediate", fold=False)
            + [
                p + rf"(?!\s+{alternation(cues, 'immediate_not_before', fold=False)}\b)"
                for p in phrases(cues, "immediate_ambiguous", fold=False)
            ],
            rest=r"(?!\w)",
        ),
    )


@lru_cache(maxsize=1)
def deadline_patterns() -> DeadlinePatterns:
    return compile_deadline_cues(load_cues("deadlines.tsv", DEADLINE_CUE_KINDS))


# ---------------------------------------------------------------- values


def time_of_day(m: re.Match[str]) -> str | None:
    """The time of day from the TIME groups of a match ("4 giờ chiều" is "16:00"); None without one or out of range."""
    if not m.groupdict().get("hh"):
        return None
    hour, minute = int(m.group("hh")), int(m.group("mm") or 0)
    if (m.group("part") or "").lower() in ("chieu", "toi") and hour < 12:
        hour += 12
    if hour > 24 or minute > 59 or (hour == 24 and minute):
        return None
    return f"{hour:02d}:{minute:02d}"


def _date(m: re.Match[str], year: int | None, base: str | None = None) -> str | None:
    """The ISO date of a match's `date` group. A year left out is the notice's, or the next one when that day is
    more than two months gone by the notice's date ("trước ngày 15/01" in a notice of 20/12/2021 is 2022-01-15,
    "trước ngày 30/4" in one of 20/10/2021 is 2022-04-30): a deadline lies ahead; a day just gone is the past."""
    inside = _DATE_INSIDE_F.search(m.group("date"))
    if inside is None or not year:
        return date_from_match(inside, year) if inside is not None else None
    if inside.group("d4"):  # "ngày 23 tháng 1"
        month, day = int(inside.group("m4")), int(inside.group("d4"))
    elif inside.group("d3"):  # "23/1"
        month, day = int(inside.group("m3")), int(inside.group("d3"))
    elif inside.group("d6"):  # "ngày 2-10", "ngày 23.9"
        month, day = int(inside.group("m6")), int(inside.group("d6"))
    else:
        return date_from_match(inside, year)
    value = iso_date(year, month, day)
    if value and base and len(base) == 10 and value < base:
        gone = date.fromisoformat(base) - date.fromisoformat(value)
        if gone > ROLL_OVER:
            return iso_date(year + 1, month, day)
    return value


def _ends_before(value: str | None, base: str | None) -> bool:
    """A date or period that ends before the notice's date ("trước ngày 17/12/2008" in a notice of 2020, "trong tháng
    3/2019" in one of 2020): a past event told, not a deadline. `base` may be a year alone."""
    if not value or not base:
        return False
    if "-Q" in value:  # a quarter ends with its third month
        year, quarter = value.split("-Q")
        value = f"{year}-{int(quarter) * 3:02d}"
    return value < base[: len(value)]


def window_start(start: str, end: str) -> str | None:
    """The ISO first day of a window from its printed start ("03", "03/11", "03 tháng 11") and its ISO last
    day: a part left out is the last day's, and a start after the end is in the year before ("28/12 – 05/01")."""
    parts = _START_PARTS_F.match(fold_keep_case(start))
    if parts is None:
        return None
    end_year, end_month = int(end[:4]), int(end[5:7])
    day = int(parts.group(1))
    month = int(parts.group(2)) if parts.group(2) else end_month
    year = int(parts.group(3)) if parts.group(3) else end_year
    value = iso_date(year, month, day)
    if value is not None and value > end and not parts.group(3):
        value = iso_date(year - 1, month, day)
    return value if value is not None and value <= end else None


def _period(m: re.Match[str], year: int | None) -> str | None:
    """The period of a match of QUARTER, MONTH, a month or quarter without its year ("trong tháng 10", "trong quý 1")
    or YEARS."""
    groups = m.groupdict()
    if groups.get("qn"):
        return f"{m.group('qy')}-Q{_quarter_number(m.group('qn'))}"
    if groups.get("qn2"):
        return f"{year}-Q{_quarter_number(m.group('qn2'))}" if year else None
    for month_group, year_group in (("mn", "my"), ("mn2", "my2")):
        if groups.get(month_group) and (groups.get(year_group) or year):
            month = int(m.group(month_group))
            return f"{groups.get(year_group) or year}-{month:02d}" if 1 <= month <= 12 else None
    return groups.get("yy")


# ---------------------------------------------------------------- the recognizer


# a date line whose day is left blank for the signature ("Lâm Đồng, ngày      tháng 01 năm 2026"): its year
# (OCR may leave marks for the blank and damage the month: "Hà Giang, ngày/⁄⁄ tháng 1] năm 2020")
_BLANK_DAY_TAIL = r",\s*ngày[^\d\n]{0,12}tháng\s*(?:(?P<month>\d{1,2})\b)?[^\n]{0,8}?năm\s*(?P<year>\d{4})"
_BLANK_DAY_DATE_LINE = re.compile(r"[^\W\d_][^,\n]{0,40}?" + _BLANK_DAY_TAIL)
# its comma and what follows, found first (patterns.search_before_anchor): the pattern opens with any letter
_BLANK_DAY_COMMA = re.compile(_BLANK_DAY_TAIL)
_BLANK_DAY_PLACE = 41  # a match begins at most this far before its comma (a letter, then at most 40 more)
HEADER_CHARS = 3000  # where a date line may stand
ROLL_OVER = timedelta(days=61)  # a day printed without its year further back than this is next year's


def notice_base_date(doc: Document) -> str | None:
    """What a year left out ("trước ngày 15/6") is taken from: the notice's date, or its month ("2026-01") or year
    alone when the date line leaves the day blank (a plan signed electronically, a draft)."""
    if doc.header and doc.header.date:
        return doc.header.date
    m = search_before_anchor(_BLANK_DAY_DATE_LINE, _BLANK_DAY_COMMA, doc.flat, _BLANK_DAY_PLACE, 0, HEADER_CHARS)
    if m is None:
        return _dateline(doc.flat) or (_opening_day(doc.text) if _tells_of_orders(doc) else None)
    month = int(m.group("month") or 0)
    return f"{m.group('year')}-{month:02d}" if 1 <= month <= 12 else m.group("year")


_DATELINE = re.compile(
    r"^[ \t]*+(?:(?:thứ\s+\w+|chủ\s+nhật)\s*,?\s*)?(?:ngày\s+)?(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>\d{4})"
    r"(?:\s*[-,|]?\s*\d{1,2}[:hg]\d{2}(?:\s*(?:GMT)?\s*[+]\s*7)?)?[ \t]*+$",
    re.IGNORECASE | re.MULTILINE,
)
DATELINE_CHARS = 1500  # a news page prints its date under its title


# a paragraph near the top that opens on the day it tells of, with its year, after a news page's source tag perhaps:
# "(Báo X) - Ngày 5/8/2024, …", "Sáng 12/3/2025, …", "Ngày 29/5/2019, đồng chí … chủ trì cuộc họp": a text with no date
# line is written days after that day, so a year left out further on is that day's (ROLL_OVER past it)
_OPENING_DAY = re.compile(
    r"^[ \t]*+(?:(?:\([^()\n]{1,40}\)|[A-ZĐ][\w.]{1,15})[ \t]*+[-–—][ \t]*+)?"
    r"(?:(?:sáng|trưa|chiều|tối|đêm)(?:[ \t]++nay)?[ \t]*+,?[ \t]*+)?(?:ngày[ \t]++)?"
    r"(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>\d{4})[ \t]*+,",
    re.IGNORECASE | re.MULTILINE,
)


def _tells_of_orders(doc: Document) -> bool:
    """A text that tells of orders, no issuer's notice: its header names no issuer, type or number. A notice whose own
    date line is damaged is dated after the days its text tells of ("Ngày 31/01/2021, UBND nhận được Tờ trình …")."""
    header = doc.header
    return header is None or not (header.issuer or header.doc_type or header.number)


def _opening_day(text: str) -> str | None:
    """The day a paragraph near the top opens on (`_OPENING_DAY`), as a base date; read on the text as printed, where
    a line a soft break joins to the title opens too."""
    return _first_day(_OPENING_DAY, text)


def _dateline(flat: str) -> str | None:
    """A news page's date on a line of its own under the title ("23/02/2022", "Thứ Tư, 23/02/2022 14:30"): the base
    date of a text whose header has none."""
    return _first_day(_DATELINE, flat)


def _first_day(pattern: re.Pattern[str], text: str) -> str | None:
    """The ISO date of the first match of `pattern` (groups d, m, y) near the top, None when none or no such day."""
    m = pattern.search(text, 0, DATELINE_CHARS)
    return iso_date(int(m.group("y")), int(m.group("m")), int(m.group("d"))) if m else None


def recognize_deadlines(doc: Document) -> list[Finding]:
    """Recognizer: reads `doc.flat`, `doc.folded`, the notice's date in `doc.header` and the task tables' rows in
    `doc.layout`. A bare "định kỳ" in a row whose time cell has a deadline is that deadline said vaguely ("Định kỳ
    thực hiện việc công bố … | Trước ngày 31/01 năm liền kề"): the time cell's reading stands for it."""
    base = notice_base_date(doc)
    found = find_deadlines(doc.flat, base_date=base, folded=doc.folded)
    rows = sorted(_timed_rows(doc, base))
    if not rows:
        return found
    starts = [row[0] for row in rows]
    kept = []
    for f in found:
        k = bisect_right(starts, f.start) - 1
        in_row = k >= 0 and f.start < rows[k][1] and not (rows[k][2] <= f.start < rows[k][3])
        if in_row and f.value.value == "periodic":
            continue
        kept.append(f)
    return kept


def _timed_rows(doc: Document, base: str | None) -> Iterator[tuple[int, int, int, int]]:
    """(row start, row end, time cell start, time cell end) of each task-table row whose time cell is a deadline."""
    for item in walk_items(doc.layout.tasks if doc.layout else []):
        for cell in item.time_spans:  # the piece of a split cell that holds the deadline
            if find_deadlines(doc.flat[cell[0] : cell[1]], base_date=base, time_field=True):
                yield (item.start, item.end, *cell)
                break


class _Found:
    """The deadlines found so far and where they stand: the first form to claim a stretch of text wins it."""

    def __init__(self, length: int, time_field: bool = False) -> None:
        self.time_field = time_field  # the text is a time field's value: every recurrence in it counts
        self.items: list[Finding] = []
        self.taken = bytearray(length + 1)

    def free(self, start: int, end: int) -> bool:
        return self.taken.find(1, start, end) == -1

    def block(self, start: int, end: int) -> None:
        """Claim a stretch that holds no deadline (a window of the past), so that no later form reads it."""
        self.taken[start:end] = b"\x01" * (end - start)

    def add(self, start: int, end: int, kind: str, due: Due | None, rule: str) -> bool:
        if due is None or not due.value or not self.free(start, end):
            return False
        self.block(start, end)
        self.items.append(Finding(start, end, "deadline", kind, due, rule))
        return True


def find_deadlines(
    flat: str, base_date: str | None = None, folded: str | None = None, time_field: bool = False
) -> list[Finding]:
    """Deadlines in a plain text; a year left out ("trước ngày 15/6") is the year of `base_date` (ISO: a date, or a
    month or year alone when the notice leaves its day blank; what ends before it is the past).

    With `time_field`, the text is the value of a time field, such as a cell of a task table's time
    column: a bare date, quarter, month or year at its start is a deadline ("Quý II/2026", "2025").
    """
    patterns = deadline_patterns()
    text = folded if folded is not None else fold_keep_case(flat)
    year = int(base_date[:4]) if base_date else None
    found = _Found(len(text), time_field)
    for form in _FORMS:
        form(patterns, flat, text, year, base_date, found)
    if time_field:
        start = len(text) - len(text.lstrip())
        m = patterns.field_value.match(text, start)
        if m:
            value = _date(m, year) if m.group("date") else _period(m, year)
            found.add(m.start(), m.end(), "date" if m.group("date") else "period", _due(value), "deadline.field")
    found.items.sort(key=lambda f: f.start)
    return found.items


def _due(value: str | None, start: str | None = None, time: str | None = None) -> Due | None:
    return Due(value, start, time) if value else None


Form = Callable[[DeadlinePatterns, str, str, "int | None", "str | None", _Found], None]


def _windows(p: DeadlinePatterns, flat: str, text: str, year: int | None, base: str | None, found: _Found) -> None:
    """Windows: "từ ngày 03/11 đến ngày 05/11/2021", "từ tháng 4 đến tháng 12 năm 2020": the last day or month, and the
    first as `start`; hours of one day, "từ 20 giờ 15 phút - 20 giờ 45 phút ngày 23/01": the day, `start` the same
    day, `time` the end of the hours; a window without its end that opens on a day to come, "trở lại từ ngày
    06/5/2020": that day. A window of the past is claimed, so that its "đến" date is not read as a deadline.

    The forms share their cue ("từ", "kể từ"): it is found once, and each form tried where it stands."""
    for cue in p.starts.finditer("window_cue", lowered(text)):
        at = cue.start()
        for form in (_slot, _day_window, _range_window, _opening):
            if form(p, flat, text, year, base, found, at):
                break


def _window(
    p: DeadlinePatterns, flat: str, text: str, base, found: _Found, m: re.Match, end: str, start: str | None
) -> bool:
    """A window ending on `end`: none when it reports the past or how long a measure lasts."""
    if _reports_past(p, flat, m.end(), end, base) or _measure_before(p, text, m.start()):
        found.block(m.start(), m.end())
        return True
    return found.add(m.start(), m.end(), "date", _due(end, start, time_of_day(m)), "deadline.window")


def _slot(p: DeadlinePatterns, flat: str, text: str, year: int | None, base, found: _Found, at: int) -> bool:
    m = p.slot.match(text, at)
    day = _date(m, year, base) if m else None
    if m is None or day is None:
        return False
    return _window(p, flat, text, base, found, m, day, day)


def _day_window(p: DeadlinePatterns, flat: str, text: str, year: int | None, base, found: _Found, at: int) -> bool:
    m = p.window.match(text, at)
    end = _date(m, year, base) if m else None
    if m is None or end is None:
        return False
    return _window(p, flat, text, base, found, m, end, window_start(m.group("start"), end))


def _period_range(
    p: DeadlinePatterns,
    flat: str,
    text: str,
    year: int | None,
    base,
    found: _Found,
    at: int,
    rule: str = "deadline.range",
) -> bool:
    """A range of months or quarters ("trong tháng 9 - 10/2025", "Tháng 11/2024 - Tháng 9/2025", "từ quý II đến quý
    IV/2025"): a `period` of its last month or quarter, `start` the first day of its first; none when it ends by the
    notice's date or its clause tells it happened, nor, behind a period's cue, when it dates what a clause
    describes."""
    m = p.period_range.match(text, at)
    if m is None:
        return False
    quarter = m.group("sq") is not None
    if quarter:
        first, last, most = _quarter_number(m.group("sq")), _quarter_number(m.group("eq")), 4
        printed_start_year, printed_end_year = m.group("yqs"), m.group("yqe")
    else:
        first, last, most = int(m.group("sm")), int(m.group("em")), 12
        printed_start_year, printed_end_year = m.group("ys"), m.group("ye")
    if not (1 <= first <= most and 1 <= last <= most):
        return False
    end_year = int(printed_end_year[-4:])
    start_year = int(printed_start_year[-4:]) if printed_start_year else end_year - (first > last)
    if start_year > end_year or (start_year == end_year and first > last):
        return False
    last_month = f"{end_year}-{last * 3 if quarter else last:02d}"
    if _reports_past(p, flat, m.end(), last_month, base[:7] if base else None) or _measure_before(p, text, at):
        found.block(m.start(), m.end())
        return True
    if rule == "deadline.range" and _described(p, text, at):
        return False
    value = f"{end_year}-Q{last}" if quarter else last_month
    start_month = (first - 1) * 3 + 1 if quarter else first
    return found.add(m.start(), m.end(), "period", _due(value, f"{start_year}-{start_month:02d}-01"), rule)


def _range_window(p: DeadlinePatterns, flat: str, text: str, year: int | None, base, found: _Found, at: int) -> bool:
    """A range behind "từ": a window ("từ tháng 4 đến tháng 12 năm 2020")."""
    return _period_range(p, flat, text, year, base, found, at, rule="deadline.window")


def _quarter_number(printed: str) -> int:
    return int(printed) if printed.isdigit() else ROMAN.get(printed.upper(), 0)


def _period_ranges(p: DeadlinePatterns, flat: str, text: str, year: int | None, base, found: _Found) -> None:
    """Ranges behind a period's cue ("trong", "đến hết"); those behind "từ" are windows (_windows)."""
    for at in p.starts.offsets("period_start", lowered(text)):
        _period_range(p, flat, text, year, base, found, at)


def _opening(p: DeadlinePatterns, flat: str, text: str, year: int | None, base, found: _Found, at: int) -> bool:
    m = p.opening.match(text, at)
    day = _date(m, year, base) if m else None
    if (
        m is None
        or day is None
        or not base
        or len(base) < 7  # a year alone cannot tell a day to come from a day gone
        or day[: len(base)] < base
        or _SYMBOL_BEFORE.search(text, max(0, m.start() - 2), m.start())  # "Thông báo số 496-TB/TU ngày 17/8/2023"
        or p.since_cue.fullmatch(m.group("cue"))
        or _measure_before(p, text, m.start())
    ):
        return False
    if p.start_before.search(text, max(0, m.start() - 12), m.start()) or _bans_from(p, text, m.start()):
        found.block(m.start(), m.end())  # "Học kỳ I: Bắt đầu từ ngày 06/9/2024": when it begins
        return True
    return found.add(m.start(), m.end(), "date", _due(day, day, time_of_day(m)), "deadline.window")


_CLAUSE_REACH = 300  # how far back from an opening its clause may begin


def _bans_from(p: DeadlinePatterns, text: str, cue: int) -> bool:
    """The opening's clause bans something ("Cấm tàu thuyền ra biển hoạt động … từ 12 giờ ngày 18/9"): the ban is in
    force from then on, as a text has effect from a day (ANNOTATING: no deadline), no time by which to act."""
    window = text[max(0, cue - _CLAUSE_REACH) : cue]
    start = max(window.rfind(mark) for mark in ".;!?:\n") + 1
    clause = window[start:].lstrip(" \t-+•*")
    return p.ban_opening.match(clause) is not None


def _measure_before(p: DeadlinePatterns, text: str, cue: int) -> bool:
    """A measure named right before a length or a window ("cách ly trong vòng 14 ngày", "có hiệu lực thi hành
    từ …", "12 tháng, kể từ …"): how long it lasts, not a deadline."""
    before = text[max(0, cue - 100) : cue]
    return bool(p.duration_measure.search(before) or _LENGTH_BEFORE_F.search(before))


def _reports_past(p: DeadlinePatterns, flat: str, end: int, value: str, base: str | None) -> bool:
    """A window that ends by the notice's date (a bulletin's "từ 17h30 ngày 12/12 đến 17h30 ngày 13/12"), or
    whose clause says it happened ("… đã xét nghiệm")."""
    if base and value <= base:
        return True
    clause = re.split(r"[.;\n]", flat[end : end + 100], maxsplit=1)[0]
    return bool(p.past_after.search(clause))


def _around(pattern: re.Pattern[str], keys: Iterable[re.Match[str]], text: str, group: str, before: int, after: int):
    """The matches of `pattern` whose `group` is one of the matches `keys` (of a key pattern), found by searching
    only around each key: the same matches as `pattern.finditer`, for a pattern that opens with a long
    alternation (the cues) but holds a rarer word (an event, "hằng năm"), at a fraction of the time."""
    last_end = 0
    for k in keys:
        pos = max(last_end, k.start() - before)
        while pos <= k.start():
            m = pattern.search(text, pos, k.end() + after)
            if m is None or m.start(group) > k.start():
                break
            if m.start(group) == k.start():
                last_end = m.end()
                yield m
                break
            pos = m.start() + 1


def _dated_recurrences(p: DeadlinePatterns, flat: str, text: str, year: int | None, base, found: _Found) -> None:
    """Dated recurrences: "Tháng 12 hằng năm", "trước ngày 20 hằng tháng", "trước 17 giờ hằng ngày", and the day
    after a recurrence, "định kỳ hằng năm (trước ngày 15/11)", "hằng tháng, chậm nhất ngày 25", are a schedule
    wherever they stand; an hour goes to `time`."""
    words = list(p.starts.finditer("recurrence_word", lowered(text)))
    for m in _around(p.dated_recurrence, words, text, "unit", before=80, after=0):
        value = next(value for pattern, value in p.recurrence if pattern.fullmatch(m.group("unit")))
        found.add(m.start(), m.end(), "recurring", _due(value, time=time_of_day(m)), "deadline.recurring")
    for word in words:  # "định kỳ hằng năm (trước ngày 15/11": one yearly deadline, the day is its day
        m = p.recurrence_day.match(text, word.start())
        if m is None:
            continue
        periodic = p.periodic_before.search(text, max(0, m.start() - 16), m.start())
        value = next(value for pattern, value in p.recurrence if pattern.fullmatch(m.group("unit")))
        start, end = (periodic.start() if periodic else m.start()), m.end()
        if "(" in text[start:end] and ")" not in text[start:end] and text.startswith(")", end):
            end += 1  # "hằng năm (trước ngày 15/11)": the day's parenthesis closed in the span too
        found.add(start, end, "recurring", _due(value, time=time_of_day(m)), "deadline.recurring")


_NEXT_PERIOD_RECURRENCE = {"thang": "monthly", "quy": "quarterly", "nam": "yearly"}


def _next_periods(p: DeadlinePatterns, flat: str, text: str, year: int | None, base, found: _Found) -> None:
    """A day of the next month, quarter or year, which recurs with it: "trước ngày 05 của tháng liền kề" (monthly),
    "trước ngày 31/01 năm liền kề", "chậm nhất là ngày 31/12 năm trước liền kề" (yearly), "trước ngày 20 tháng cuối
    quý" (quarterly)."""
    for m in _around(p.next_period, p.starts.finditer("next_word", lowered(text)), text, "unit", before=60, after=12):
        quarter_end = m.group("next").lower().startswith("cuoi")
        if quarter_end and m.group("unit").lower() != "thang":
            continue  # "tháng cuối quý" (quarterly); "năm cuối quý" is nothing
        value = "quarterly" if quarter_end else _NEXT_PERIOD_RECURRENCE[m.group("unit").lower()]
        found.add(m.start(), m.end(), "recurring", _due(value), "deadline.recurring")


def _fields(p: DeadlinePatterns, flat: str, text: str, year: int | None, base, found: _Found) -> None:
    """Time fields: "Thời gian thực hiện: quý II/2026", "Thời gian hoàn thành: tháng 12/2025", "Thời hạn: 30/6/2025"."""
    for m in finditer_from(p.field, p.starts.offsets("field_start", lowered(text)), text):
        while m is not None:
            if m.group("date"):
                due = _due(_date(m, year, base), time=time_of_day(m))
                found.add(m.start(), m.end(), "date", due, "deadline.field")
            else:
                found.add(m.start(), m.end(), "period", _due(_period(m, year)), "deadline.field")
            joiner = p.field_joiner.match(text, m.end())  # "Thời gian hoàn thành: Quý IV/2025 và Quý I/2026": both
            m = p.field_value.match(text, joiner.end()) if joiner else None
            if m is not None and m.group("yy") and text[m.start()].isdigit():
                break  # "Thời hạn: 30/6/2026, 1500 hộ": a bare number is no second value


def _cell_lines(p: DeadlinePatterns, flat: str, text: str, year: int | None, base, found: _Found) -> None:
    """A task table's time cell printed on a line of its own, as a table flattened one cell per line prints it:
    "Phiên họp tháng 3/2026", "Kỳ họp cuối quý II/2027" (the words a time cell may open with, time_cell_lead_in)."""
    for m in finditer_from(p.cell_line, p.starts.offsets("cell_line_start", lowered(text)), text):
        if text[text.rfind("\n", 0, m.start()) + 1 : m.start()].strip():
            continue  # not at the start of its line: a meeting named in a sentence
        value = _period(m, year)
        if not _ends_before(value, base):
            found.add(m.start(), m.end(), "period", _due(value), "deadline.field")


def _events(p: DeadlinePatterns, flat: str, text: str, year: int | None, base, found: _Found) -> None:
    """A date or period named by an event: "trước ngày Quốc khánh 02/9/2025", "trước mùa mưa năm 2026",
    "tại kỳ họp cuối các năm 2022, 2023" (one deadline a year, on the same words)."""
    events = p.starts.finditer("event_word", lowered(text))  # the event words, found once for both forms
    for m in _around(p.event_date, events, text, "event", before=40, after=200):
        if p.past.search(text[max(0, m.start() - 40) : m.end("cue")]):
            found.block(m.start(), m.end())
            continue
        value = _date(m, year, base)
        if _ends_before(value, base):
            found.block(m.start(), m.end())
            continue
        found.add(m.start(), m.end(), "date", _due(value, time=time_of_day(m)), "deadline.event")
    for m in _around(p.event_period, events, text, "event", before=40, after=200):
        if p.past.search(text[max(0, m.start() - 40) : m.end("cue")]) or _ends_before(_period(m, year), base):
            continue
        if found.add(m.start(), m.end(), "period", _due(_period(m, year)), "deadline.event") and m.group("more"):
            for more in re.findall(r"\d{4}", m.group("more")):
                found.items.append(Finding(m.start(), m.end(), "deadline", "period", Due(more), "deadline.event"))


def _described(p: DeadlinePatterns, text: str, cue: int) -> bool:
    """A date or period that dates what a clause describes ("các nhiệm vụ được giao trong năm 2025"), unless an
    obligation stands before it ("phải được nộp trước ngày 15/6/2021") or it is the end of what is granted
    ("thời gian được lùi đến 31/12/2020": a time limit moved, still a time limit)."""
    if p.until.match(text, cue):
        return False
    m = p.described.search(text, max(0, cue - 40), cue)
    return m is not None and m.group("obliged") is None


def _dates(p: DeadlinePatterns, flat: str, text: str, year: int | None, base, found: _Found) -> None:
    """Dates: "trước ngày 15/6/2021", "chậm nhất 16 giờ ngày 05/11/2021" (with its time)."""
    for m in finditer_from(p.date, p.starts.offsets("date_start", lowered(text)), text):
        before = text[max(0, m.start() - 40) : m.start()]
        if p.past.search(text[max(0, m.start() - 40) : m.end("cue")]):
            continue  # "tính đến ngày …": reported, not required
        if m.group("cue").lower().startswith("den") and (_RANGE_OPEN_F.search(before) or _RANGE_START_F.search(before)):
            continue  # "từ ngày … đến ngày …" that the window form did not read
        value = _date(m, year, base)
        if _ends_before(value, base):
            continue  # "trước ngày 17/12/2008" in a notice of 2020: the past
        if p.date_dated.fullmatch(m.group("cue")) and not _DAY_WITH_YEAR_F.match(m.group("date")):
            continue  # "Trong ngày 21/02 có 300 ca mắc": a bulletin's day, told
        if p.date_on.fullmatch(m.group("cue")) and not _action_before(p, text, m.start()):
            continue  # "bão đổ bộ vào ngày 28/10": when something happens, not a time limit
        if _described(p, text, m.start("cue")):
            continue  # "các văn bản được ban hành trước ngày 01/7/2021": what is described, not what must be done
        found.add(m.start(), m.end(), "date", _due(value, time=time_of_day(m)), "deadline.date")


ACTION_REACH = 80  # how far back in its clause the action of a "vào ngày …" date may stand


def _action_before(p: DeadlinePatterns, text: str, cue: int) -> bool:
    """An action that a day can be the time limit of ("hoàn thành", "báo cáo", "nộp") in the clause before it."""
    window = text[max(0, cue - ACTION_REACH) : cue]
    clause = window[max(window.rfind(mark) for mark in ".;:!?\n") + 1 :]
    return p.date_action.search(clause) is not None


def _todays(p: DeadlinePatterns, flat: str, text: str, year: int | None, base, found: _Found) -> None:
    """An hour of the notice's own day: "trước 19 giờ hôm nay", "hoàn thành trước 18h cùng ngày" (a news page's)."""
    if not base or len(base) < 10:
        return
    for m in finditer_from(p.today, p.starts.offsets("date_start", lowered(text)), text):
        time = time_of_day(m)
        if time:
            found.add(m.start(), m.end(), "date", _due(base, time=time), "deadline.date")


def _periods(p: DeadlinePatterns, flat: str, text: str, year: int | None, base, found: _Found) -> None:
    """Periods: "trong quý III/2021", "trong tháng 10" (the notice's year), "trong năm 2021" but not "đến năm 2030"."""
    for m in finditer_from(p.period, p.starts.offsets("period_start", lowered(text)), text):
        if m.group("yr") and p.period_until.fullmatch(m.group("cue")) and m.start("yr") - m.end("cue") == 1:
            continue  # "đến năm 2030" is a vision (one space between: the rule was a look-behind on "đến ")
        value = _period(m, year)
        if _ends_before(value, base):
            continue  # "trong tháng 3/2019" in a notice of 2020: the past
        if m.group("qn2") and _reports_past(p, flat, m.end(), value, None):
            continue  # "Trong quý I, toàn tỉnh đã …": a quarter told, not set
        if _described(p, text, m.start("cue")):
            continue  # "các nhiệm vụ được giao trong năm 2025", "dự kiến thực hiện trong năm 2026"
        found.add(m.start(), m.end(), "period", _due(value), "deadline.period")


def _durations(p: DeadlinePatterns, flat: str, text: str, year: int | None, base, found: _Found) -> None:
    """Durations: "trong vòng 01 giờ", "trong thời hạn 15 ngày làm việc"; not how long a measure lasts."""
    for m in finditer_from(p.duration, p.starts.offsets("duration_start", lowered(text)), text):
        unit = m.group("unit").lower().split()[0]
        named_years = unit == "nam" and re.match(r"\s+\d{4}", text[m.end() : m.end() + 6])
        if (
            p.duration_short.fullmatch(m.group("cue"))
            and unit not in ("gio", "tieng", "phut", "ngay")
            and not named_years
        ):
            continue  # "trong 3 tháng" is more often a period of benefit than a deadline
        if p.duration_days.fullmatch(m.group("cue")) and unit != "ngay":
            continue  # "trước 17 giờ" is an hour of the day; "trước 24 tháng" an award brought forward
        if _measure_before(p, text, m.start()):
            continue  # "cách ly tập trung trong vòng 14 ngày": the measure's length
        if p.lookback.match(text, m.end()):
            continue  # "trong 07 ngày qua": how far back a figure looks
        if m.group("nd"):
            n = int(m.group("nd"))
        else:
            raw = m.group("n").replace("I", "1").replace("l", "1").replace("O", "0")
            n = parse_number(raw) or parse_number(flat[m.start("n") : m.end("n")])  # number words keep accents
        if not n:
            continue
        found.add(m.start(), m.end(), "duration", _due(_UNIT_F[unit].format(n=int(n))), "deadline.duration")


def _advances(p: DeadlinePatterns, flat: str, text: str, year: int | None, base, found: _Found) -> None:
    """How long ahead of an event a task is done: "gửi báo cáo trước khi kiểm tra ít nhất 05 ngày" (P5D)."""
    for m in p.advance.finditer(text):
        n = parse_number(flat[m.start("n") : m.end("n")])
        if n:
            unit = _UNIT_F[m.group("unit").lower().split()[0]]
            found.add(m.start(), m.end(), "duration", _due(unit.format(n=int(n))), "deadline.duration")


def _since(p: DeadlinePatterns, flat: str, text: str, year: int | None, base, found: _Found) -> None:
    """A length counted from an event: "sau 03 tháng kể từ khi có văn bản", "vào ngày thứ 6 kể từ ngày nhập cảnh"
    (the sixth day: P6D); a length without "kể từ" after "sau" is no time limit ("sau 2 năm triển khai")."""
    for m in finditer_from(p.since, p.starts.offsets("since_start", lowered(text)), text):
        unit = m.group("unit").lower().split()[0] if m.group("unit") else None
        nth = p.nth_day.fullmatch(m.group("cue")) is not None
        if nth != (unit is None) or _measure_before(p, text, m.start()):
            continue  # a day's ordinal has no unit after it, a length has one
        n = parse_number(flat[m.start("n") : m.end("n")])
        if not n:
            continue
        value = f"P{int(n)}D" if unit is None else _UNIT_F[unit].format(n=int(n))
        found.add(m.start(), m.end(), "duration", _due(value), "deadline.duration")


def _recurrences(p: DeadlinePatterns, flat: str, text: str, year: int | None, base, found: _Found) -> None:
    """Recurrences: "định kỳ hằng tháng", "báo cáo hằng tuần", "02 lần/ngày", "định kỳ 06 tháng" (periodic); a
    recurrence in the middle of a sentence counts only near an action it can time (a habit described is none), in
    the value of a time field ("Thời gian thực hiện: Thực hiện thường xuyên hằng năm"), or joined to a recurrence
    just read ("định kỳ 06 tháng và hằng năm": two)."""
    low = lowered(text)
    starts = sorted(p.starts.offsets("recurring_start", low) + [m.start() for m in p.recurring_digit.finditer(low)])
    last_end = -1
    licensed = -1  # where a unit named later in the sentence of a bare "định kỳ" stands: it counts
    for m in finditer_from(p.recurring, starts, text):
        if m.group("periodic") and _TILDE.search(flat, m.start("periodic"), m.end("periodic")):
            continue  # "quy định kỹ thuật": "kỹ" (skilled) folds to "ky" as "kỳ" (period) does
        if m.group("periodic") and _assessment_kind(p, text, m.start("periodic")):
            continue
        bare = m.group("periodic") and not (m.group("u1") or m.group("count"))
        if bare and p.periodic_service.search(text, max(0, m.start() - 24), m.end()):
            continue  # "đi khám sức khỏe định kỳ": the name of a service people receive
        later = _unit_later(p, text, m.end()) if bare else None
        if later is not None:
            licensed = later
            continue  # "Định kỳ báo cáo … vào thứ Sáu hàng tuần": one recurrence, the unit's
        recurrence = m.group("u1") or m.group("u2")  # "hằng tháng"
        if recurrence:
            value = next(value for pattern, value in p.recurrence if pattern.fullmatch(recurrence))
        elif m.group("count"):  # "định kỳ 06 tháng": periodic; "định kỳ 01 năm một lần": yearly
            once = parse_number(flat[m.start("count") : m.end("count")]) == 1
            value = _RECURRENCE_F[m.group("cunit").lower()] if once else "periodic"
        else:
            value = _RECURRENCE_F[m.group("u3").lower()] if m.group("u3") else "periodic"  # "định kỳ", "mỗi 2 ngày/lần"
        window = text[max(0, m.start() - 60) : m.end() + 80]
        sentence_start = (
            m.start() == 0
            or text[max(0, m.start() - 2) : m.start()].strip() in _CLAUSE_OPENERS
            or _capital_at_line_start(flat, m.start())
        )
        if (
            m.group("periodic")
            or m.group("every")
            or m.group("u3")
            or sentence_start
            or found.time_field
            or m.start() == licensed
            or (last_end >= 0 and p.recurrence_joined.fullmatch(text, last_end, m.start()))
            or p.time_field_before.search(text, max(0, m.start() - 80), m.start())
            or p.recurring_action.search(window)
        ) and found.add(m.start(), m.end(), "recurring", _due(value), "deadline.recurring"):
            last_end = m.end()


def _capital_at_line_start(flat: str, at: int) -> bool:
    """A capital letter that opens its line opens a sentence, also under a heading printed without a stop
    ("10. Sở Tài chính" / "Hằng năm, căn cứ …"); a line wrapped in mid-sentence goes on in lower case."""
    return flat[at].isupper() and flat[flat.rfind("\n", 0, at) + 1 : at].strip(" \t") == ""


UNIT_LATER_CHARS = 200  # how far the sentence of a bare "định kỳ" is searched for its unit


def _unit_later(p: DeadlinePatterns, text: str, at: int) -> int | None:
    """Where the sentence that a bare "định kỳ" opens names the day it falls on and its unit ("Định kỳ báo cáo Thủ
    tướng … vào thứ Sáu hàng tuần"): the unit's offset, or None when the sentence ends first."""
    m = p.unit_later.search(text, at, at + UNIT_LATER_CHARS)
    return m.start("unit") if m is not None and m.group("unit") else None


def _assessment_kind(p: DeadlinePatterns, text: str, at: int) -> bool:
    """A school's kinds of test: "kiểm tra định kỳ và kiểm tra học kỳ", "đánh giá định kỳ, đánh giá thường xuyên"
    name tests, not a recurrence, when the clause names another kind of test next to it."""
    m = p.assessment_periodic.search(text, max(0, at - 24), at + 12)
    if m is None:
        return False
    clause = re.split(r"[.;:\n]", text[m.end() : m.end() + 80], maxsplit=1)[0]
    return bool(p.assessment_kind.search(clause))


def _immediate(p: DeadlinePatterns, flat: str, text: str, year: int | None, base, found: _Found) -> None:
    """Immediate: "ngay", "ngay lập tức", "ngay sau khi …", on the accented text. A bare "ngay" next to a number is
    "ngày" with its accent lost ("DƯỚI 14 NGAY", "công văn số 1691/VPCP ngay 7 tháng 7 năm 2021"): a day."""
    for m in p.immediate.finditer(lowered(flat)):
        if m.end() - m.start() == 4 and (
            _NUMBER_BEFORE.search(flat, max(0, m.start() - 12), m.start()) or _NUMBER_AFTER.match(flat, m.end())
        ):
            continue
        if p.start_before.search(text, max(0, m.start() - 12), m.start()):
            continue  # "Bắt đầu ngay sau khi kết thúc học kỳ I": when it begins
        found.add(m.start(), m.end(), "immediate", _due("now"), "deadline.immediate")


# longest and most specific first: a window before its "đến" date, a dated recurrence before its month
_FORMS: tuple[Form, ...] = (
    _windows,
    _period_ranges,
    _dated_recurrences,
    _next_periods,
    _fields,
    _cell_lines,
    _events,
    _dates,
    _todays,
    _periods,
    _durations,
    _advances,
    _since,
    _recurrences,
    _immediate,
)
