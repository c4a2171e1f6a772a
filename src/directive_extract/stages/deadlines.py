"""Deadlines: explicit time constraints on doing a task, in the five kinds of SCHEMA.md.

A date or period counts only behind a deadline word ("trước", "đến", "chậm nhất", "hạn", "trong");
"từ … đến …" ranges and "tính đến" report the past. Years missing from "15/6" come from the
notice's own date, never from the clock. Urgency adverbs ("khẩn trương", "kịp thời", "sớm") are
not deadlines, nor blank form fields ("Cần đến trước _____ giờ").

The words are data, resources/cues/deadlines.tsv (its header lists the kinds); this module holds
the grammar around them: dates, quarters, months, numbers and units, and the "từ … đến" range.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from ..cues import Cue, alternation, load_cues, phrases
from ..document import Document
from ..errors import ResourceError
from ..findings import Finding
from ..patterns import word_start
from ..vn import DATE, NUMBER_WORD, ROMAN, date_from_match, fold_keep_case, parse_number

DEADLINE_CUE_KINDS = frozenset(
    {
        "date_cue",
        "past_cue",
        "period_cue",
        "period_cue_until",
        "duration_cue",
        "duration_cue_short",
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
    }
)
_RECURRENCE_KINDS = {
    "recurring_daily": "daily",
    "recurring_weekly": "weekly",
    "recurring_monthly": "monthly",
    "recurring_quarterly": "quarterly",
    "recurring_yearly": "yearly",
}
_ACCENTED_KINDS = ("immediate", "immediate_ambiguous", "immediate_not_before", "immediate_upon")

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
_DATE_INSIDE_F = re.compile(fold_keep_case(DATE), re.IGNORECASE)
# "từ ngày 04/6 đến ngày 14/6/2021", "từ 01/6 đến …": a range closed by "đến" reports, it sets no deadline
_RANGE_OPEN_F = re.compile(r"tu(?:\s+ngay\s+\S+)?\s*$", re.IGNORECASE)
_RANGE_START_F = re.compile(r"tu\s+(?:ngay\s+)?\d", re.IGNORECASE)


def _alt(cues: tuple[Cue, ...], *kinds: str, fold: bool = True) -> str:
    """One alternation of the phrases of several kinds, longest first across them all ("trong vòng" before
    "trong"); `cues.alternation` orders one kind."""
    name = "+".join(kinds)
    return alternation([replace(c, kind=name) for c in cues if c.kind in kinds], name, fold=fold)


def _cue_start(cues: tuple[Cue, ...], *kinds: str, fold: bool = True) -> str:
    r"""`(?<!\w)` and one case-insensitive alternation of the phrases of `kinds` (as `_alt`), written so that
    re skips to the phrases' first letters (patterns.word_start): whatever follows goes in `(?i:…)`."""
    return word_start(_phrases(cues, *kinds, fold=fold), ignore_case=True)


def _phrases(cues: tuple[Cue, ...], *kinds: str, fold: bool = True) -> list[str]:
    name = "+".join(kinds)
    return phrases([replace(c, kind=name) for c in cues if c.kind in kinds], name, fold)


def _folded(pattern: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """A pattern written with diacritics (the grammar), compiled without them: it runs on `doc.folded` (same
    offsets), so OCR'd text ("Hãng năm", "hăng ngày") still matches. Cue alternations are folded already."""
    return re.compile(fold_keep_case(pattern), flags)


@dataclass(frozen=True)
class DeadlinePatterns:
    """The cues of resources/cues/deadlines.tsv compiled into the patterns `find_deadlines` runs.

    All run on the folded text, case-insensitively, except `immediate`: on the accented text, where
    "ngay" (at once) is not "ngày" (day).
    """

    date: re.Pattern[str]
    past: re.Pattern[str]  # searched in the 40 characters before a date cue and the cue itself
    period: re.Pattern[str]
    period_until: re.Pattern[str]  # fullmatch on a period's cue
    duration: re.Pattern[str]
    duration_short: re.Pattern[str]  # fullmatch on a duration's cue
    recurring: re.Pattern[str]
    recurrence: tuple[tuple[re.Pattern[str], str], ...]  # (fullmatch on "hằng tháng", "monthly")
    recurring_action: re.Pattern[str]
    immediate: re.Pattern[str]


def compile_deadline_cues(cues: tuple[Cue, ...]) -> DeadlinePatterns:
    """The patterns of a parsed table; an immediate row whose example lacks the accented phrase fails here."""
    for cue in cues:
        if cue.kind in _ACCENTED_KINDS and not re.search(alternation([cue], cue.kind, fold=False), cue.example, re.I):
            raise ResourceError(
                f"{cue.where}: the example {cue.example!r} does not contain the phrase {cue.phrase!r} with its "
                "diacritics (the immediate kinds are matched on the accented text)"
            )

    def alt(*kinds: str) -> str:
        return _alt(cues, *kinds)

    def one_of(*kinds: str) -> re.Pattern[str]:  # to ask which kind a matched cue is, with fullmatch
        return re.compile(alt(*kinds), re.IGNORECASE)

    def cue_start(*kinds: str) -> str:
        return _cue_start(cues, *kinds)

    units = alt(*_RECURRENCE_KINDS)
    # date, period and duration: `(?<!\w)(?P<cue>…)…` case-insensitively, written so that re skips ahead
    return DeadlinePatterns(
        date=_folded(rf"(?P<cue>{cue_start('date_cue')})(?i:\s+(?:hết\s+)?(?P<date>{DATE}))", 0),
        past=_folded(alt("past_cue") + "$"),
        period=_folded(
            rf"(?P<cue>{cue_start('period_cue', 'period_cue_until')})(?i:\s+"
            r"(?:(?P<q>quý)\s+(?P<qn>[IV]{1,3}|[1-4])(?:\s*[/-]\s*|\s+năm\s+)(?P<qy>\d{4})"
            r"|(?P<mo>tháng)\s+(?P<mn>\d{1,2})(?:\s*[/-]\s*|\s+năm\s+)(?P<my>\d{4})"
            r"|(?P<mo2>tháng)\s+(?P<mn2>\d{1,2})(?![/\d-])(?!\s+năm)"
            r"|(?P<yr>năm)\s+(?P<yy>\d{4})(?![-–]\d)))",
            0,
        ),
        period_until=one_of("period_cue_until"),
        duration=_folded(
            rf"(?P<cue>{cue_start('duration_cue', 'duration_cue_short')})(?i:\s+"
            rf"(?P<n>\d{{1,3}}|[IlO]\d|\d[IlO]|{NUMBER_WORD})\s*\(?[^)\n]{{0,12}}?\)?\s*"
            r"(?P<unit>giờ|tiếng|phút|ngày(?:\s+làm\s+việc)?|tuần|tháng|năm)"
            r"(?:(?!\s*\d)|(?=\s+\d{4}\s*(?:và|,|-|–)\s*\d{4})))",  # "trong 2 năm 2022 và 2023"
            0,
        ),
        duration_short=one_of("duration_cue_short"),
        recurring=_folded(
            rf"(?<!\w)(?:(?P<periodic>{alt('recurring_periodic')})(?:[^.;:\n]{{0,40}}?\s(?P<u1>{units}))?"
            rf"|(?P<u2>{units})"
            r"|(?P<every>mỗi\s+\d{1,2}\s+(?:ngày|tuần|tháng)(?:\s*/\s*lần)?)"
            r"|\d{1,2}\s+lần\s*/\s*(?P<u3>ngày|tuần|tháng|quý|năm))(?!\w)"
        ),
        recurrence=tuple((one_of(kind), value) for kind, value in _RECURRENCE_KINDS.items()),
        recurring_action=one_of("recurring_action"),
        # "ngay sau khi …", "ngay lập tức", "ngay" (not "ngay cả", "ngay tại" …): `(?<!\w)(?:…)(?!\w)` with the
        # tail of each group of phrases on each of its phrases, so that every branch opens with a letter
        immediate=re.compile(
            word_start(
                [p + r"\s+[^,;.:]{1,60}" for p in _phrases(cues, "immediate_upon", fold=False)]
                + _phrases(cues, "immediate", fold=False)
                + [
                    p + rf"(?!\s+{_alt(cues, 'immediate_not_before', fold=False)}\b)"
                    for p in _phrases(cues, "immediate_ambiguous", fold=False)
                ],
                ignore_case=True,
            )
            + r"(?!\w)"
        ),
    )


@lru_cache(maxsize=1)
def deadline_patterns() -> DeadlinePatterns:
    return compile_deadline_cues(load_cues("deadlines.tsv", DEADLINE_CUE_KINDS))


def recognize_deadlines(doc: Document) -> list[Finding]:
    """Recognizer: reads `doc.flat`, `doc.folded` and the notice's date in `doc.header`."""
    date = doc.header.date if doc.header else None
    return find_deadlines(doc.flat, base_date=date, folded=doc.folded)


def find_deadlines(flat: str, base_date: str | None = None, folded: str | None = None) -> list[Finding]:
    """Deadlines in a plain text; a year left out ("trước ngày 15/6") is the year of `base_date` (ISO)."""
    patterns = deadline_patterns()
    text = folded if folded is not None else fold_keep_case(flat)
    year = int(base_date[:4]) if base_date else None
    found: list[Finding] = []
    taken = bytearray(len(text) + 1)  # 1 where a deadline already stands: the first kind to match wins

    def add(start: int, end: int, kind: str, value: str | None, rule: str) -> None:
        if value is None or taken.find(1, start, end) != -1:
            return
        taken[start:end] = b"\x01" * (end - start)
        found.append(Finding(start, end, "deadline", kind, value, rule))

    for m in patterns.date.finditer(text):
        before = text[max(0, m.start() - 40) : m.start()]
        if patterns.past.search(text[max(0, m.start() - 40) : m.end("cue")]):
            continue  # "tính đến ngày …": reported, not required
        if m.group("cue").lower().startswith("den") and (_RANGE_OPEN_F.search(before) or _RANGE_START_F.search(before)):
            continue  # "từ ngày … đến ngày …"
        date_match = _DATE_INSIDE_F.search(m.group("date"))
        add(m.start(), m.end(), "date", date_from_match(date_match, year), "deadline.date")
    for m in patterns.period.finditer(text):
        if m.group("q"):
            q = ROMAN.get(m.group("qn").upper()) or int(m.group("qn"))
            value = f"{m.group('qy')}-Q{q}"
        elif m.group("mo"):
            value = f"{m.group('my')}-{int(m.group('mn')):02d}" if 1 <= int(m.group("mn")) <= 12 else None
        elif m.group("mo2"):
            month = int(m.group("mn2"))
            value = f"{year}-{month:02d}" if year and 1 <= month <= 12 else None
        elif patterns.period_until.fullmatch(m.group("cue")) and m.start("yr") - m.end("cue") == 1:
            continue  # "đến năm 2030" is a vision (one space between: the rule was a look-behind on "đến ")
        else:
            value = m.group("yy")
        add(m.start(), m.end(), "period", value, "deadline.period")
    for m in patterns.duration.finditer(text):
        unit = m.group("unit").lower().split()[0]
        named_years = unit == "nam" and re.match(r"\s+\d{4}", text[m.end() : m.end() + 6])
        if (
            patterns.duration_short.fullmatch(m.group("cue"))
            and unit not in ("gio", "tieng", "phut", "ngay")
            and not named_years
        ):
            continue  # "trong 3 tháng" is more often a period of benefit than a deadline
        raw = m.group("n").replace("I", "1").replace("l", "1").replace("O", "0")
        n = parse_number(raw) or parse_number(flat[m.start("n") : m.end("n")])  # number words keep accents
        if not n:
            continue
        add(m.start(), m.end(), "duration", _UNIT_F[unit].format(n=int(n)), "deadline.duration")
    for m in patterns.recurring.finditer(text):
        recurrence = m.group("u1") or m.group("u2")  # "hằng tháng"
        if recurrence:
            value = next(value for pattern, value in patterns.recurrence if pattern.fullmatch(recurrence))
        else:
            value = _RECURRENCE_F[m.group("u3").lower()] if m.group("u3") else "periodic"  # "định kỳ", "mỗi 2 ngày/lần"
        window = text[max(0, m.start() - 60) : m.end() + 80]
        sentence_start = m.start() == 0 or text[max(0, m.start() - 2) : m.start()].strip() in ("", ".", ";", ":")
        if (
            m.group("periodic")
            or m.group("every")
            or m.group("u3")
            or sentence_start
            or patterns.recurring_action.search(window)
        ):
            add(m.start(), m.end(), "recurring", value, "deadline.recurring")
    for m in patterns.immediate.finditer(flat):
        add(m.start(), m.end(), "immediate", "now", "deadline.immediate")
    found.sort(key=lambda f: f.start)
    return found
