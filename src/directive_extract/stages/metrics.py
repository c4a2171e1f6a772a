"""Metrics: numbers that count people, cases, tests, doses, localities, or a share of them.

Vietnamese number forms ("1.312", "96,4%", "03", "hơn 1.000", "1,2 triệu", "hai mũi", "một nghìn"),
ranges ("từ 20% - 30%"), the indicator from the noun after the number or the phrase before it
(rules in resources/metrics.json), and observed vs target from the clause: "phấn đấu", "ít nhất",
"không quá", "đạt … kế hoạch" set a target, "đã có", "phát hiện" report a fact. Inside a directive
item a number is a target unless the clause reports it; outside, it is observed.

A figure tied to a locality ("Hà Nội 25 ca", "12 ca tại huyện Cần Giuộc") carries it as `place`,
as printed; an observed figure governed by "tính đến 17 giờ ngày 11/9/2021" or "từ ngày 04/6 đến
ngày 14/6/2021" earlier in its paragraph carries that date or interval as `as_of`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import get_args

from .. import resources
from ..document import Document
from ..errors import ResourceError
from ..findings import Finding, Quantity
from ..patterns import finditer_from, first_chars, lower_start, lowered, split_alternatives
from ..schema import Indicator, Unit
from ..vn import DATE, NUMBER, NUMBER_WORD, UPPER, date_from_match, parse_number
from ..vocab import level_pattern
from . import news_orders
from .flat_starts import flat_starts, register
from .metric_allocations import allocation_lists
from .metric_tables import table_metrics
from .news import is_news

_RULE_KEYS = {
    "indicator",
    "unit",
    "noun",
    "percent",
    "prefix",
    "context",
    "context_scope",
    "prefix_scope",
    "digits",
    "before",
    "subject",
    "of",
    "unless",
}
MULTIPLIERS = {"nghìn": 1_000, "ngàn": 1_000, "triệu": 1_000_000, "tỷ": 1_000_000_000}
_MULTIPLIER = r"(?:nghìn|ngàn|triệu|tỷ)(?!\w)"
_APPROX = r"(?:hơn|gần|khoảng|trên|dưới|xấp\s+xỉ|chừng)"
_QUANTITY = re.compile(
    rf"(?<![\w/.,])(?:{_APPROX}\s+)?(?P<range>từ\s+)?(?P<n>{NUMBER}|(?:{NUMBER_WORD})(?!\w))(?P<of>/\d{{1,4}}(?=\s+[^\W\d]))?"
    rf"(?:\s+(?P<mult>{_MULTIPLIER}))?(?:\s*(?P<pct1>%))?"
    rf"(?:\s*(?:-|–|đến)\s*(?:dưới\s+)?(?P<m>{NUMBER})(?:\s+(?P<mult2>{_MULTIPLIER}))?(?:\s*(?P<pct2>%))?)?(?![\d/])",
    re.IGNORECASE,
)
# where a quantity can begin (patterns.finditer_from): an approximation, "từ" or a number word, searched in the
# text lowered (patterns.lower_start) with the other starts of that text (flat_starts), or a digit
QUANTITY_WORD_START = lower_start(
    [*split_alternatives(_APPROX[3:-1]), "từ", *split_alternatives(NUMBER_WORD)], not_after=r"[\w/.,]"
)
register("quantity", QUANTITY_WORD_START)
_QUANTITY_DIGIT_START = re.compile(r"\d(?<![\w/.,].)")


def quantity_starts(text: str) -> list[int]:
    """Every offset where a quantity can begin, in order: the word starts and the digit starts."""
    words = flat_starts().offsets("quantity", lowered(text))
    return sorted(words + [m.start() for m in _QUANTITY_DIGIT_START.finditer(text)])


_PLACE_LEVEL = rf"(?:TP\.?|Tp\.?|{level_pattern()})"
_PLACE_BEFORE = re.compile(
    rf"(?:^|[,;:(]|\btại|\bở)\s*+(?P<place>(?:{_PLACE_LEVEL}\s*+)?[^\W\d_][\w.\s-]{{0,40}}?)\s*+:?\s*+$"
)
_PLACE_AFTER = re.compile(
    rf"^\s+(?:tại|ở)\s+(?P<place>(?:{_PLACE_LEVEL}\s*)?[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*){{0,3}})"
)
_AS_OF = re.compile(
    r"(?:(?:tính\s+(?:đến|tới)|cập\s+nhật\s+(?:đến|tới))\s+(?:\d{1,2}\s*(?:giờ|h)(?:\s*\d{1,2}(?:\s*phút)?)?\s*,?\s*)?"
    r"(?:hết\s+)?(?:ngày\s+)?"
    r"|từ\s+(?:\d{1,2}\s*(?:h|giờ)\s*\d{0,2}\s*(?:phút\s*)?)?(?:ngày\s+)?(?P<from>\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{4})?)"
    r"\s*(?:đến|tới|-|–)\s*(?:\d{1,2}\s*(?:h|giờ)\s*\d{0,2}\s*(?:phút\s*)?)?(?:ngày\s+)?)"
    rf"(?P<date>{DATE})",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class MetricRule:
    indicator: str
    unit: str
    noun: re.Pattern[str]
    percent: bool
    prefix: re.Pattern[str] | None
    context: re.Pattern[str] | None
    before: re.Pattern[str] | None
    paragraph_context: bool = False  # "context" may stand anywhere in the number's paragraph (or just before it)
    subject: bool = False  # a bare noun ("77 ca"): the indicator is the one its sentence names before it
    of: bool = False  # "59/63 tỉnh, thành phố": N of a printed whole counts N
    unless: re.Pattern[str] | None = None  # in the clause, keeps the rule off ("giải ngân … đạt 90% kế hoạch": money)
    subject_required: bool = False  # "37 bệnh nhân": only when its sentence names one
    sentence_prefix: bool = False  # the prefix may run back over ":" to its sentence's start ("Tỷ lệ …: 85%")
    digits: bool = False  # the number printed in digits: "6.517 thành viên", not "Công ty TNHH một thành viên"


def _rule_lines(text: str) -> list[int]:
    """The line of each rule's "indicator" key, in order: where a message about rule N points."""
    return [number for number, line in enumerate(text.splitlines(), start=1) if '"indicator"' in line]


@lru_cache(maxsize=1)
def _rules() -> tuple[list[MetricRule], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = resources.read_json("metrics.json")
    rules = []
    lines = _rule_lines(resources._read_text("metrics.json"))
    indicators, units = set(get_args(Indicator)), set(get_args(Unit))
    for number, raw in enumerate(data["rules"]):
        where = f"metrics.json:{lines[number] if number < len(lines) else '?'} (rule {number})"
        unknown = set(raw) - _RULE_KEYS
        if unknown:
            raise ResourceError(f"{where}: unknown keys {sorted(unknown)}")
        if raw.get("indicator") not in indicators:
            raise ResourceError(f"{where}: unknown indicator {raw.get('indicator')!r}; known: {sorted(indicators)}")
        if raw.get("subject", False) not in (True, False, "required"):
            raise ResourceError(f"{where}: subject is true, false or 'required', not {raw['subject']!r}")
        if raw.get("context_scope", "clause") not in ("clause", "paragraph"):
            raise ResourceError(f"{where}: context_scope is 'clause' or 'paragraph', not {raw['context_scope']!r}")
        if raw.get("digits", False) not in (True, False):
            raise ResourceError(f"{where}: digits is true or false, not {raw['digits']!r}")
        if raw.get("prefix_scope", "clause") not in ("clause", "sentence"):
            raise ResourceError(f"{where}: prefix_scope is 'clause' or 'sentence', not {raw['prefix_scope']!r}")
        if raw.get("unit") not in units:
            raise ResourceError(f"{where}: unknown unit {raw.get('unit')!r}; known: {sorted(units)}")
        opt: dict[str, re.Pattern[str] | None] = {}
        for key in ("noun", "prefix", "context", "before", "unless"):
            try:
                if key == "noun":
                    re.compile(raw.get(key) or "")  # alone: compiled below inside a group, where ")(" would pass
                else:  # validated as compiled: one compile, not two
                    opt[key] = re.compile(raw[key], re.IGNORECASE) if raw.get(key) else None
            except re.error as exc:
                raise ResourceError(f"{where}: {key} is not a valid pattern: {exc}") from exc
        rules.append(
            MetricRule(
                raw["indicator"],
                raw["unit"],
                re.compile(r"[ \t]*(?:" + raw["noun"] + ")", re.IGNORECASE),
                bool(raw.get("percent")),
                opt["prefix"],
                opt["context"],
                opt["before"],
                raw.get("context_scope") == "paragraph",
                bool(raw.get("subject")),
                bool(raw.get("of")),
                opt["unless"],
                raw.get("subject") == "required",
                raw.get("prefix_scope") == "sentence",
                raw.get("digits", False) is True,
            )
        )
    flags = re.IGNORECASE
    return (
        rules,
        re.compile(data["observed_cues"], flags),
        re.compile(data["target_cues"], flags),
        re.compile(data["statement_cues"], flags),
    )


_NounGate = tuple[re.Pattern[str] | None, frozenset[str] | None]  # a gate and what its nouns open with
_GATES: dict[int, tuple[list[MetricRule], dict[bool, _NounGate]]] = {}
_NOUN_PREFIX = r"[ \t]*(?:"  # how MetricRule.noun opens (see _rules)


def _noun_openings(nouns: list[re.Pattern[str]]) -> frozenset[str] | None:
    """Every character a noun can open with after the spaces and tabs before it (patterns.first_chars), or None
    when that is not known or a noun may open with a space or a tab itself."""
    firsts: set[str] = set()
    for noun in nouns:
        if not noun.pattern.startswith(_NOUN_PREFIX):
            return None
        first = first_chars(noun.pattern[len(_NOUN_PREFIX) - 3 :])
        if first is None or " " in first or "\t" in first:
            return None
        firsts |= first
    return frozenset(firsts)


def _noun_gates(rules: list[MetricRule]) -> dict[bool, _NounGate]:
    """Per percent flag, one pattern of every rule's noun: where it does not match, no rule's does, and a
    number is passed over without trying the rules one by one (most numbers are dates and symbols).
    None when a noun may be empty (a percent rule needs no noun). With it, the characters the nouns open
    with: a number followed by another ("15/6", "2021,") is passed over without trying the pattern."""
    cached = _GATES.get(id(rules))
    if cached is None or cached[0] is not rules:
        gates: dict[bool, _NounGate] = {}
        for percent in (False, True):
            nouns = [rule.noun for rule in rules if rule.percent == percent]
            if not nouns or any(noun.match("") for noun in nouns):
                gates[percent] = (None, None)
                continue
            try:
                gate = re.compile("|".join(f"(?:{noun.pattern})" for noun in nouns), re.IGNORECASE)
            except re.error:  # two nouns naming the same group: no gate, every rule is tried
                gates[percent] = (None, None)
                continue
            gates[percent] = (gate, _noun_openings(nouns))
        cached = _GATES[id(rules)] = (rules, gates)
    return cached[1]


@lru_cache(maxsize=1)
def _list_cues() -> list[tuple[re.Pattern[str], str, str]]:
    """(cue, indicator, unit) of a per-locality list, from metrics.json's "list_cues"."""
    indicators, units = set(get_args(Indicator)), set(get_args(Unit))
    out = []
    for number, raw in enumerate(resources.read_json("metrics.json").get("list_cues", [])):
        if set(raw) != {"indicator", "unit", "cue"} or raw["indicator"] not in indicators or raw["unit"] not in units:
            raise ResourceError(f"metrics.json list_cues {number}: needs a known indicator, unit and a cue: {raw}")
        out.append((re.compile(raw["cue"], re.IGNORECASE), raw["indicator"], raw["unit"]))
    return out


# a full stop before a space ends a sentence, unless it closes an abbreviation ("TP. Hồ Chí Minh", "Tp. Huế")
_SENTENCE_BREAK = re.compile(r"(?<!\bTP)(?<!\bTp)(?<!\bTT)\.\s|[!?\n]")


def _sentence_start(text: str, start: int, reach: int = 300) -> int:
    """Where the sentence holding `start` begins: after the last full stop, "!", "?" or line break."""
    floor = max(0, start - reach)
    last = floor
    for match in _SENTENCE_BREAK.finditer(text, floor, start):
        last = match.end()
    return last


def _sentence_end(text: str, end: int, reach: int = 300) -> int:
    match = _SENTENCE_BREAK.search(text, end, min(len(text), end + reach))
    return match.start() if match else min(len(text), end + reach)


def _last_cue(lead_in: str, units: frozenset[str] | None = None) -> tuple[str, str] | None:
    """The (indicator, unit) of the list cue printed last in `lead_in` (the longer one at equal ends), of `units`."""
    best = max(
        (
            (match.end(), match.end() - match.start(), indicator, unit)
            for pattern, indicator, unit in _list_cues()
            if units is None or unit in units
            for match in pattern.finditer(lead_in)
        ),
        default=None,
    )
    return (best[2], best[3]) if best else None


_SUBJECT_UNITS = frozenset({"person", "case"})
# "Thở máy: 27 ca", "Tổng số ca khỏi: 2.305 ca": a labelled count of cases or patients is a tally, not a goal
_TALLIES = frozenset({"f0", "f1", "f2", "f3", "deaths", "recovered", "severe", "in_treatment", "quarantined"})
_LABEL_BEFORE = re.compile(r":\s*$")
# "tăng 315 ca so với ngày trước": a change between two counts, not a count
_CHANGE_BEFORE = re.compile(r"(?<!\w)(?:tăng|giảm)\s+$", re.IGNORECASE)
_COMPARED = re.compile(r"so\s+với", re.IGNORECASE)


# "cứ 1 triệu người có 14.488 ca nhiễm": a rate per population, not a count
_RATE_BEFORE = re.compile(
    r"(?:cứ|mỗi|trên)\s+(?:1|một)\s+(?:triệu|nghìn|ngàn|vạn|trăm\s+nghìn)\s+(?:người|dân)(?:\s+dân)?\s+(?:có\s+)?$",
    re.IGNORECASE,
)


def _is_rate(text: str, start: int) -> bool:
    before = text[max(0, start - 40) : start].lower()
    return ("cứ" in before or "mỗi" in before or "trên" in before) and bool(_RATE_BEFORE.search(before))


def _is_change(text: str, start: int, end: int) -> bool:
    """A number printed as the rise or fall of a count against another day ("giảm 3 ca so với ngày trước đó")."""
    before = text[max(0, start - 12) : start].lower()
    if ("tăng" not in before and "giảm" not in before) or not _CHANGE_BEFORE.search(before):
        return False
    return bool(_COMPARED.search(text, _sentence_start(text, start), _sentence_end(text, end)))


@lru_cache(maxsize=1)
def _table_people() -> re.Pattern[str]:
    """The headings of a table of people (metrics.json "table_people")."""
    raw = resources.read_json("metrics.json").get("table_people")
    try:
        return re.compile(raw, re.IGNORECASE)
    except (re.error, TypeError) as exc:
        raise ResourceError(f"metrics.json table_people: needs a valid pattern: {exc}") from exc


@lru_cache(maxsize=1)
def _target_heading() -> re.Pattern[str]:
    """The words of a heading over a plan's goals (metrics.json "target_headings"), the whole heading."""
    raw = resources.read_json("metrics.json").get("target_headings")
    try:
        return re.compile(rf"(?:{raw})\s*:?\s*$", re.IGNORECASE)
    except (re.error, TypeError) as exc:
        raise ResourceError(f"metrics.json target_headings: needs a valid pattern: {exc}") from exc


# a numbered heading line: "III. MỤC TIÊU", "2. Chỉ tiêu cụ thể", "1.2 Mục tiêu cụ thể", "a) Mục tiêu" (markdown
# bold around it); its level: roman 0, arabic by its parts, a letter below them all
_HEADING_LINE = re.compile(
    r"^[ \t*#]*+(?:(?P<roman>(?-i:[IVX]{1,5}))|(?P<arabic>\d{1,2}(?:\.\d{1,2}){0,3})|(?P<letter>(?-i:[a-zđ])))"
    r"[ \t]*+(?P<sep>[.)/-])?[ \t*]++(?P<words>[^\n]{1,120})$",
    re.MULTILINE,
)
_LETTER_LEVEL = 9


def _heading_level(heading: re.Match[str]) -> int:
    if heading.group("roman"):
        return 0
    if heading.group("arabic"):
        return heading.group("arabic").count(".") + 1
    return _LETTER_LEVEL


def target_parts(text: str) -> list[tuple[int, int]]:
    """The parts of a plan under a heading over its goals ("II. MỤC TIÊU", "2. Chỉ tiêu cụ thể"), each up to the
    next heading of its level or a higher one: what they state is to be reached, not a fact."""
    goal = _target_heading()
    headings = [
        (m.start(), _heading_level(m), bool(goal.match(m.group("words").strip(" *"))))
        for m in _HEADING_LINE.finditer(text)
        if m.group("sep") or "." in (m.group("arabic") or "")  # "1.2 Mục tiêu", not "V TỔ" or "a nhiều"
    ]
    parts = []
    for i, (start, level, is_goal) in enumerate(headings):
        if is_goal:
            end = next((s for s, lv, _ in headings[i + 1 :] if lv <= level), len(text))
            parts.append((start, end))
    return parts


def _is_share_of(q: re.Match[str]) -> bool:
    """ "59/63": a part of a whole (the whole not smaller), not a day and month ("08/08")."""
    part, whole = parse_number(q.group("n")), int(q.group("of")[1:])
    return part is not None and part <= whole and not (part <= 31 and whole <= 12)


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around [start, end): bounded by sentence punctuation or 200 characters."""
    # a full stop ends a clause only before a space: "1.312" and "96,4" are numbers
    breaks = (". ", ".\n", ";", ":", "!", "?", "\n")
    left = max([start - 200] + [text.rfind(c, max(0, start - 200), start) + 1 for c in breaks])
    rights = [i for c in breaks if (i := text.find(c, end, end + 200)) >= 0]
    return max(0, left), min(rights) if rights else min(len(text), end + 200)


def recognize_metrics(doc: Document) -> list[Finding]:
    """Recognizer: reads `doc.flat`, `doc.task_index` (inside a directive item or an item of a plan's rules a
    count is a target) and the notice's date in `doc.header` (the year of an "as of" date printed without one)."""
    index = doc.task_index
    date = doc.header.date if doc.header else None
    # a text with no type line whose sections hold no directive part is a report or a bulletin: its numbered
    # items ("1. Số bệnh nhân khỏi bệnh:") are headings of figures, not directive items
    report = (doc.header is None or doc.header.doc_type is None) and not any(s.kind == "tasks" for s in doc.sections)

    news = is_news(doc)

    def in_task(offset: int) -> bool:
        if report or index is None or not index.in_directive_part(offset):
            return False
        # in a news report's order a sentence may tell what was done: "150 cán bộ … đã được huy động"
        return not (news and _told_done(doc.flat, offset))

    return find_metrics(doc.flat, in_task, date)


def _told_done(text: str, offset: int) -> bool:
    """The figure at `offset` is the subject of a deed its clause tells as done after it ("150 cán bộ chiến sĩ đã
    được huy động", `news_orders.done_deed_at`); a figure after the deed may be what it plans ("đã phê duyệt phương
    án điều trị cho 100 nghìn ca")."""
    return news_orders.done_deed_at(text[offset : _clause(text, offset, offset)[1]]) is not None


def _value(number: str, multiplier: str | None) -> float | int | None:
    value = parse_number(number)
    if value is None or not multiplier:
        return value
    value = value * MULTIPLIERS[multiplier.lower()]
    return int(value) if float(value).is_integer() else value


@lru_cache(maxsize=1)
def _known_places() -> frozenset[str]:
    return frozenset(row["name"].casefold() for row in resources.places())


_HYPHEN = re.compile(r"(?:(?<!\s)\s+)?-\s*")  # spaces from the start of their run: linear

# from a word start (look-behind): tried inside a long word, `[\w]*` would rescan it from every letter
_TRAILING_PLACE = re.compile(
    rf"(?<!\w)(?:(?P<level>{_PLACE_LEVEL})\s*)?(?P<name>(?-i:[{UPPER}])[\w]*(?:(?:\s*-\s*|\s+)(?-i:[{UPPER}])[\w]*){{0,4}})$",
    re.IGNORECASE,
)


def _place(printed: str) -> str | None:
    """The place as printed when it names a known province or district ("TP. Hồ Chí Minh", "huyện Cần Giuộc",
    "Bà Rịa - Vũng Tàu"); the words before it are dropped ("trong đó Hà Nội" -> "Hà Nội")."""
    printed = " ".join(printed.split()).strip(" ,:;")
    if printed.casefold() in _known_places():  # a known name whatever its capitals ("Đắk lắk")
        return printed
    run = _TRAILING_PLACE.search(printed)
    if not run:
        return None
    name = run.group("name")
    words = list(re.finditer(r"\S+", name))
    for k, word in enumerate(words):  # the longest known tail: "Hà Nội", not "Việt Nam Hà Nội"
        candidate = name[word.start() :]
        if candidate.casefold() in _known_places() or _HYPHEN.sub(" - ", candidate).casefold() in _known_places():
            if k == 0 and run.group("level"):
                return f"{run.group('level')} {candidate}"
            return candidate
    return None


def _as_of(text: str, start: int, year: int | None) -> str | None:
    """The date or interval of the last "tính đến …" / "từ ngày … đến ngày …" before `start` in its paragraph."""
    paragraph_start = text.rfind("\n", 0, start) + 1
    last = None
    for match in _AS_OF.finditer(text, paragraph_start, start):
        last = match
    if last is None:
        return None
    date_match = re.search(DATE, last.group("date"), re.IGNORECASE)
    end = date_from_match(date_match, year) if date_match else None
    if end is None or not last.group("from"):
        return end
    day, month, *rest = [int(x) for x in re.findall(r"\d+", last.group("from"))]
    begin = date_from_match(re.search(DATE, f"{day}/{month}/{rest[0] if rest else end[:4]}"), year)
    return f"{begin}/{end}" if begin else end


# "(?<![\w-])(?:(?:TP\.?|Tp\.?|tỉnh|thành\s+phố)\s*)?[A-Z…][\w-]*(?:\s*-\s*[\w-]+|\s+[\w-]+){0,3}?" (from a word
# start, as above), written to open with a class of its first letters, so that re skips ahead to them (each
# branch then checks the letter it opens with), and with possessive words: giving a word's letters back never
# lets more match (a word then goes on with a letter, and only a hyphen could take it, ending where it does)
_LIST_PLACE = (
    rf"[{UPPER}t](?<![\w-].)(?:(?<=T)P\.?\s*[{UPPER}]|(?<=T)p\.?\s*[{UPPER}]|(?<=t)ỉnh\s*[{UPPER}]"
    rf"|(?<=t)hành\s+phố\s*[{UPPER}]|(?<=[{UPPER}]))[\w-]*+(?:\s*-\s*[\w-]++|\s+[\w-]++){{0,3}}?"
)
_LIST_ITEM = re.compile(rf"(?P<place>{_LIST_PLACE})\s*(?:\(\s*(?P<n>{NUMBER})\s*\)|:\s*(?P<n2>{NUMBER})(?![\d/.,]\d))")
# Before its "(" or ":" an item holds only letters, digits, spaces, "." and "-": it begins in the run of those
# right before an opening bracket or colon that a number follows (its anchor). `_list_items` looks there only.
_LIST_ANCHOR = re.compile(r"[(:](?=\s*\d)")
_LIST_ITEM_TO_ANCHOR = re.compile(rf"{_LIST_PLACE}\s*[(:]")
_OUTSIDE_LIST_ITEM = re.compile(r"[^\w\s.-]")
_LIST_REACH = 300  # how far before an anchor its run is looked for first


def _list_items(text: str) -> Iterator[re.Match[str]]:
    """`_LIST_ITEM.finditer(text)`, trying `_LIST_ITEM` only where its part up to the anchor matches before one.

    The first anchor at or after where the last match ended is the next match's, or no match begins before it:
    a match that began before it would hold it. The match then begins in the anchor's run: after the last
    character outside one within `_LIST_REACH` before the anchor, or, with none there, anywhere from where
    the last match ended."""
    pos = 0
    for anchor in _LIST_ANCHOR.finditer(text):
        at = anchor.start()
        if at < pos:
            continue
        start = max(pos, at - _LIST_REACH)
        if start > pos and _OUTSIDE_LIST_ITEM.search(text, start, at) is None:
            start = pos  # the run may begin further back
        while (candidate := _LIST_ITEM_TO_ANCHOR.search(text, start, at + 1)) is not None:
            match = _LIST_ITEM.match(text, candidate.start())
            if match is not None:
                yield match
                pos = match.end()
                break
            start = candidate.start() + 1


_LIST_GAP = re.compile(r"\s*(?:,|;|và)\s*")
# a lead-in that opens a list: "… tại:", "gồm:", "như sau:", "khác:" (one item is then a list too)
_LIST_OPENS = re.compile(r"(?:\btại|\bgồm|như\s+sau|\bkhác)\s*:\s*$|(?:\btại|\bgồm)\s*$", re.IGNORECASE)


def _locality_lists(text: str, year: int | None) -> list[Finding]:
    """A bulletin's per-locality list: one metric per "Hà Nội (1.000)" / "TP. Hồ Chí Minh: 1" item (two or more
    items in a row), its indicator from the last list cue printed before the list in its paragraph."""
    found: list[Finding] = []
    items = [m for m in _list_items(text) if _place(m.group("place"))]
    runs: list[list[re.Match[str]]] = []
    for item in items:
        if runs and _LIST_GAP.fullmatch(text[runs[-1][-1].end() : item.start()]):
            runs[-1].append(item)
        else:
            runs.append([item])
    for run in runs:
        paragraph_start = text.rfind("\n", 0, run[0].start()) + 1
        lead_in = text[paragraph_start : run[0].start()]
        if len(run) < 2 and not _LIST_OPENS.search(lead_in):
            continue
        cue = _last_cue(lead_in)
        if cue is None and _LIST_OPENS.search(lead_in):  # "Tại các tỉnh khác: …" goes on with the paragraph before
            before = text[:paragraph_start].rstrip()
            cue = _last_cue(before[before.rfind("\n") + 1 :])
        if cue is None:
            continue
        indicator, unit = cue
        as_of = _as_of(text, run[0].start(), year)
        for item in run:
            value = parse_number(item.group("n") or item.group("n2"))
            place = _place(item.group("place"))
            quantity = Quantity(value, None, unit, "observed", place, as_of)
            found.append(Finding(item.start(), item.end(), "metric", indicator, quantity, f"metric.list.{indicator}"))
    return found


def find_metrics(text: str, in_task=lambda offset: False, base_date: str | None = None) -> list[Finding]:
    """Metrics in a plain text; `in_task(offset)` tells whether an offset lies inside a directive item,
    `base_date` (ISO) gives the year of a date printed without one."""
    rules, observed_cues, target_cues, statement_cues = _rules()
    gates = _noun_gates(rules)
    year = int(base_date[:4]) if base_date else None
    found: list[Finding] = _locality_lists(text, year) + table_metrics(text, _table_people(), target_cues)
    goal_parts = target_parts(text)
    in_lists = bytearray(len(text) + 1)
    for finding in found:
        in_lists[finding.start : finding.end] = b"\x01" * (finding.end - finding.start)
    for q in finditer_from(_QUANTITY, quantity_starts(text), text):
        if in_lists[q.start()]:
            continue
        is_percent = bool(q.group("pct1") or q.group("pct2"))
        if q.group("m") and not (q.group("range") or is_percent):
            continue  # "27/5 – 29/5" or "2019-2020": not a range of counts
        rest = text[q.end() : q.end() + 120]  # the noun follows the number closely
        gate, openings = gates[is_percent]
        if gate is not None and (
            (openings is not None and rest.lstrip(" \t")[:1] not in openings) or not gate.match(rest)
        ):
            continue
        value = _value(q.group("n"), q.group("mult"))
        value_max = _value(q.group("m"), q.group("mult2") or q.group("mult")) if q.group("m") else None
        if value is None:
            continue
        excluded = None  # a change or a rate (read once a rule's noun fits: most numbers have none)
        clause = _clause(text, q.start(), q.end())
        for rule in rules:
            if rule.percent != is_percent or (q.group("of") and not (rule.of and _is_share_of(q))):
                continue
            if rule.digits and not q.group("n")[:1].isdigit():
                continue
            noun = rule.noun.match(rest)
            if not noun:
                continue
            if excluded is None:
                excluded = _is_change(text, q.start(), q.end()) or _is_rate(text, q.start())
            if excluded:
                break
            before = text[clause[0] : q.start()]
            if rule.before and not rule.before.search(before):
                continue
            if rule.unless and rule.unless.search(text, clause[0], clause[1]):
                continue
            if rule.context:
                scope = clause
                if rule.paragraph_context:
                    paragraph_end = text.find("\n", q.end())
                    paragraph_start = text.rfind("\n", 0, q.start()) + 1
                    scope = (max(0, paragraph_start - 600), len(text) if paragraph_end < 0 else paragraph_end)
                if not rule.context.search(text[scope[0] : scope[1]]):
                    continue
            start = q.start()
            if rule.prefix:
                lead = text[_sentence_start(text, q.start()) : q.start()] if rule.sentence_prefix else before
                prefix = re.search(r"(?:" + rule.prefix.pattern + r")$", lead, re.IGNORECASE)
                if not prefix:
                    continue
                start -= len(prefix.group())
            end = q.end() + len(noun.group().rstrip())  # "trên 95% | trong năm": no space at the end of the span
            indicator, unit = rule.indicator, rule.unit
            if rule.subject:
                subject = _last_cue(text[_sentence_start(text, q.start(), 600) : start], _SUBJECT_UNITS)
                if subject:
                    indicator, unit = subject
                elif rule.subject_required:
                    continue
            in_goals = any(a <= q.start() < b for a, b in goal_parts)
            kind = "target" if in_goals or in_task(q.start()) else "observed"
            if observed_cues.search(before):
                kind = "observed"
            elif target_cues.search(before) or indicator == "plan_completion":
                kind = "target"
            elif kind == "target":  # a figure stated as a fact in an item: "Số ca nặng là 334 ca", "Thở máy: 27 ca"
                sentence = text[_sentence_start(text, q.start()) : q.start()]
                tally = indicator in _TALLIES and _LABEL_BEFORE.search(sentence)
                if (tally or statement_cues.search(sentence)) and not target_cues.search(sentence):
                    kind = "observed"
            before_place = _PLACE_BEFORE.search(before)
            after_place = _PLACE_AFTER.match(text[end : end + 80])
            place = (_place(before_place.group("place")) if before_place else None) or (
                _place(after_place.group("place")) if after_place else None
            )
            as_of = _as_of(text, q.start(), year) if kind == "observed" else None
            quantity = Quantity(value, value_max, unit, kind, place, as_of)
            found.append(Finding(start, end, "metric", indicator, quantity, f"metric.{indicator}"))
            break
    found.extend(allocation_lists(text, [f for f in found if not f.rule.startswith("metric.list.")]))
    return sorted(found, key=lambda f: f.start)
