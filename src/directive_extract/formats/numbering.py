"""Word list numbers, computed the way Word shows them.

Word does not store "1." or "a)" in the paragraph text: a paragraph points (w:numPr, or its style's)
to a list instance (numId) and a level (ilvl); numbering.xml maps the instance to an abstract
definition whose levels give the format (decimal, lowerLetter, upperRoman, bullet …), the template
("%1.", "%1.%2.", "Điều %1.") and the start value. Items of Vietnamese notices are mostly such lists,
and the task stage needs their numbers, so we count them in document order and render the marker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from docx.oxml.ns import qn

_MAX_LEVELS = 9
MAX_LETTER_NUMBER = 26 * 4  # "zzzz" (Word repeats the letter past z); beyond it a letter counter is shown in digits
_PLACEHOLDER = re.compile(r"%([1-9])")
_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
          (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))  # fmt: skip


@dataclass(frozen=True)
class Level:
    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1
    legal: bool = False  # isLgl: every number in the template shown as decimal


def _val(element, tag: str, default: str | None = None) -> str | None:
    child = element.find(qn(tag)) if element is not None else None
    value = child.get(qn("w:val")) if child is not None else None
    return default if value is None else value


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _roman(number: int) -> str:
    out = []
    for value, letters in _ROMAN:
        count, number = divmod(number, value)
        out.append(letters * count)
    return "".join(out)


def format_number(number: int, fmt: str) -> str:
    """A counter in one of Word's number formats; unknown formats fall back to decimal."""
    if fmt in ("lowerLetter", "upperLetter") and number > MAX_LETTER_NUMBER:
        return str(number)  # "aaaa…" repeated number/26 times: a list starting at 10^8 would render gigabytes
    if fmt in ("lowerLetter", "upperLetter"):
        letter = chr(ord("a") + (number - 1) % 26) * ((number - 1) // 26 + 1) if number > 0 else str(number)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("lowerRoman", "upperRoman") and 0 < number < 4000:
        roman = _roman(number)
        return roman.upper() if fmt == "upperRoman" else roman
    if fmt == "decimalZero":
        return f"{number:02d}"
    if fmt == "none":
        return ""
    return str(number)


def _level(element) -> Level:
    return Level(
        fmt=_val(element, "w:numFmt", "decimal") or "decimal",
        text=_val(element, "w:lvlText", "") or "",
        start=_int(_val(element, "w:start"), 1),
        legal=element.find(qn("w:isLgl")) is not None and _val(element, "w:isLgl", "1") not in ("0", "false"),
    )


class Numbering:
    """The list definitions of one document and the running counters of its list instances."""

    def __init__(self, numbering_element, styles_element) -> None:
        self._style_numpr = self._read_styles(styles_element)
        abstract: dict[str, dict[int, Level]] = {}
        links: dict[str, str] = {}
        if numbering_element is not None:
            for node in numbering_element.iterchildren(qn("w:abstractNum")):
                levels = {_int(lvl.get(qn("w:ilvl")), 0): _level(lvl) for lvl in node.iterchildren(qn("w:lvl"))}
                abstract_id = node.get(qn("w:abstractNumId"))
                abstract[abstract_id] = levels
                link = _val(node, "w:numStyleLink")
                if link and not levels:
                    links[abstract_id] = link
        self._levels: dict[str, dict[int, Level]] = {}
        if numbering_element is not None:
            raw_nums = {num.get(qn("w:numId")): num for num in numbering_element.iterchildren(qn("w:num"))}
            for num_id, num in raw_nums.items():
                abstract_id = _val(num, "w:abstractNumId")
                if abstract_id in links:  # the list is defined by a numbering style: follow it once
                    styled = self._style_numpr.get(links[abstract_id], (None, None))[0]
                    abstract_id = _val(raw_nums.get(styled), "w:abstractNumId", abstract_id)
                levels = dict(abstract.get(abstract_id, {}))
                for override in num.iterchildren(qn("w:lvlOverride")):
                    ilvl = _int(override.get(qn("w:ilvl")), 0)
                    redefined = override.find(qn("w:lvl"))
                    if redefined is not None:
                        levels[ilvl] = _level(redefined)
                    start = _val(override, "w:startOverride")
                    if start is not None and ilvl in levels:
                        old = levels[ilvl]
                        levels[ilvl] = Level(old.fmt, old.text, _int(start, old.start), old.legal)
                self._levels[num_id] = levels
        self._counters: dict[str, dict[int, int]] = {}

    @staticmethod
    def _read_styles(styles_element) -> dict[str, tuple[str | None, str | None]]:
        """styleId -> (numId, ilvl) of paragraph styles that carry a list, following basedOn."""
        own: dict[str, tuple[str | None, str | None]] = {}
        based: dict[str, str] = {}
        if styles_element is None:
            return {}
        for style in styles_element.iterchildren(qn("w:style")):
            style_id = style.get(qn("w:styleId"))
            numpr = style.find(qn("w:pPr") + "/" + qn("w:numPr"))
            if numpr is not None:
                own[style_id] = (_val(numpr, "w:numId"), _val(numpr, "w:ilvl"))
            parent = _val(style, "w:basedOn")
            if parent:
                based[style_id] = parent
        resolved = {}
        for style_id in set(own) | set(based):
            seen, current = set(), style_id
            while current is not None and current not in own and current not in seen:
                seen.add(current)
                current = based.get(current)
            if current in own:
                resolved[style_id] = own[current]
        return resolved

    def marker(self, paragraph) -> str:
        """The rendered list marker of a w:p ("1. ", "a) ", "- "), advancing the counters; "" if none."""
        ppr = paragraph.find(qn("w:pPr"))
        numpr = ppr.find(qn("w:numPr")) if ppr is not None else None
        style_num, style_lvl = self._style_numpr.get(_val(ppr, "w:pStyle"), (None, None))
        num_id = _val(numpr, "w:numId", style_num)
        ilvl = min(max(_int(_val(numpr, "w:ilvl", style_lvl), 0), 0), _MAX_LEVELS - 1)
        levels = self._levels.get(num_id) if num_id not in (None, "0") else None
        if not levels or ilvl not in levels:
            return ""
        level = levels[ilvl]
        counters = self._counters.setdefault(num_id, {})
        counters[ilvl] = counters[ilvl] + 1 if ilvl in counters else level.start
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        if level.fmt == "bullet":
            return "- "

        def number(match: re.Match[str]) -> str:
            k = int(match.group(1)) - 1
            shown = levels.get(k, Level())
            fmt = "decimal" if level.legal and shown.fmt != "none" else shown.fmt
            return format_number(counters.get(k, shown.start), fmt)

        rendered = _PLACEHOLDER.sub(number, level.text).strip()
        return rendered + " " if rendered else ""
