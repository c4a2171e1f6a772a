"""What a news page prints around its article, for the header and sections stages: the dateline under its title,
and the frame of a page saved whole (its menus, icons and links, printed before the article).

A dateline is a line of its own that holds only the time the report was published, in one of the forms pages and
feeds print: "Thứ Ba, 17/09/2024 - 19:51", "Chủ nhật, 5/1/2025 08:30 (GMT+7)", "19:51 17/09/2024", a feed's
ISO 8601 timestamp "2025-06-29T00:00:00+07:00" or "2025-11-02T14:46:00.000Z", its RFC 5322 date "Tue, 17 Sep 2024
09:00:00 +0700", or a date printed year first, "2023/03/25". A time with its zone is read in Vietnam's (UTC+7): a
report stamped "…T18:30:00Z" was published on the next day there. A bare "17/09/2024" may be a value as well as a
dateline: it counts as one only where the caller says so (the header stage, among the first printed lines).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime

_VIETNAM = timezone(timedelta(hours=7))

# every run of spaces is taken whole (possessive): "1 : 11" and a long run of spaces was quadratic
_WEEKDAY = r"(?:Thứ\s++(?:Hai|Ba|Tư|Năm|Sáu|Bảy|[2-7])|Chủ\s++[Nn]hật|CN|T[2-7])"
_CLOCK = r"\d{1,2}+\s*+[:hg]\s*+\d{2}"
_ZONE = r"(?:\s*+\(?GMT\s*+\+\s*+0?7(?::00)?\)?)?"
# day first, as Vietnamese pages print it: the weekday and the clock are what tell it from a value
_DAY_FIRST = re.compile(
    rf"^(?P<clock_before>{_CLOCK}\s*+[-–,|]?\s*+)?(?P<weekday>{_WEEKDAY}\s*+[,-]?\s*+)?(?:ngày\s++)?"
    r"(?P<d>\d{1,2}+)\s*+[/.-]\s*+(?P<m>\d{1,2}+)\s*+[/.-]\s*+(?P<y>\d{4})"
    rf"(?P<clock_after>\s*+[-–,|]?\s*+{_CLOCK})?{_ZONE}\s*+$",
    re.IGNORECASE,
)
# a feed's timestamp (ISO 8601), or a date printed year first with or without its time
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:?\d{2})?$")
_YEAR_FIRST = re.compile(r"^(?P<y>\d{4})[/.-](?P<m>\d{1,2})[/.-](?P<d>\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$")
# a feed's RFC 5322 date: "Tue, 17 Sep 2024 09:00:00 +0700" (the month's English abbreviation, read by the
# standard library)
_RFC = re.compile(r"^(?:[A-Z][a-z]{2},\s*)?\d{1,2}\s+[A-Z][a-z]{2}\s+\d{4}\s+\d{2}:\d{2}(?::\d{2})?(?:\s+\S{1,5})?$")


@dataclass(frozen=True)
class Dateline:
    date: str | None  # ISO date the report was published, in Vietnam's time; None when the line's date is no date
    bare: bool  # a day-first date alone ("17/09/2024"): a dateline only where the caller expects one


def dateline(text: str) -> Dateline | None:
    """The dateline `text` (one line, stripped) is, or None."""
    if not text or not text[0].isalnum() or len(text) > 60:
        return None
    if match := _DAY_FIRST.match(text):
        bare = not (match["clock_before"] or match["weekday"] or match["clock_after"])
        return Dateline(valid_date(int(match["y"]), int(match["m"]), int(match["d"])), bare)
    if match := _YEAR_FIRST.match(text):
        return Dateline(valid_date(int(match["y"]), int(match["m"]), int(match["d"])), False)
    if _ISO.match(text):
        try:
            stamp = datetime.fromisoformat(text)
        except ValueError:
            return Dateline(None, False)
        return Dateline(_local_date(stamp), False)
    if _RFC.match(text):
        try:
            stamp = parsedate_to_datetime(text)
        except (TypeError, ValueError):
            return Dateline(None, False)
        return Dateline(_local_date(stamp), False)
    return None


def valid_date(y: int, m: int, d: int) -> str | None:
    """The ISO date of a printed day, month and year, or None when they name no day ("31/02/2024")."""
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def _local_date(stamp: datetime) -> str:
    """The day in Vietnam of a time stamped with its zone; a time with no zone is taken as printed."""
    if stamp.tzinfo is not None:
        stamp = stamp.astimezone(_VIETNAM)
    return stamp.date().isoformat()


# a saved page's frame in markdown: an image "![…](…)", a link "[…](…)" (one may hold the other: "[ ![EN](…) ](…)")
_IMAGE = re.compile(r"!\[[^\]\n]{0,300}+\]\([^)\n]{0,2000}+\)")
_LINK = re.compile(r"\[[^\]\n]{0,300}+\]\([^)\n]{0,2000}+\)")
_WORD = re.compile(r"[^\W\d_]{2}")


def has_a_word(text: str) -> bool:
    """Whether `text` holds a word of two letters or more (a time stamp, an icon or a rule holds none)."""
    return _WORD.search(text) is not None


def page_chrome(text: str) -> bool:
    """A line of a saved web page's frame: once its markdown images and links are taken out, what is left holds no
    word ("* [Trụ sở của Bộ](https://…)", "![](https://…/icon-print.png)", "[ ![EN](…) ](…)", "✕", "0:00 / 0:00").
    A line of text that holds a link ("Xem thêm tại [đây](…)") is no frame."""
    if not text or len(text) > 3000:
        return False
    return not has_a_word(_LINK.sub(" ", _IMAGE.sub(" ", text)))
