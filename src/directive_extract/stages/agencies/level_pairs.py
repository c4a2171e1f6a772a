"""One body named at several levels at once: "Ủy ban nhân dân cấp huyện, cấp xã", "Tổ công tác triển khai Đề án
06/CP cấp tỉnh và cấp huyện" -> the body at each level, the later levels' mentions spanning their own words."""

from __future__ import annotations

import re

from .mentions import RawMention

_LEVEL = r"(?P<printed>cấp[ \t]+(?P<level>tỉnh|huyện|xã))(?!\w)"
_LEVELS = ("tỉnh", "huyện", "xã")
_NEXT_LEVEL = re.compile(rf"(?:[ \t]*,[ \t]*|[ \t]+và[ \t]+){_LEVEL}")
_PRINTED_LEVEL = re.compile(_LEVEL)


def _body_of(name: str) -> str | None:
    """The body of a name that ends with its levels ("Ủy ban nhân dân cấp huyện, cấp xã" -> "Ủy ban nhân dân"): at
    most one of each level, read off the end (no regex: a lazy body before a repeated tail is quadratic)."""
    body, taken = name, 0
    while taken < len(_LEVELS):
        ending = next(
            (
                f"{joint}cấp {level}"
                for level in _LEVELS
                for joint in (", ", " và ", " ")
                if body.endswith(f"{joint}cấp {level}")
            ),
            None,
        )
        if ending is None:
            return None
        body, taken = body[: -len(ending)], taken + 1
        if ending.startswith(" cấp"):
            return body or None
    return None


def _at(body: str, level: re.Match[str]) -> str:
    return f"{body} cấp {level.group('level')}"


def bodies_at_each_level(flat: str, mentions: list[RawMention]) -> list[RawMention]:
    """`mentions` with each one whose name ends "cấp A" and whose text goes on ", cấp B" (or whose name holds
    "cấp A, cấp B" whole) read as one body per level."""
    out: list[RawMention] = []
    for mention in mentions:
        body = _body_of(mention.name)
        if body is None:
            out.append(mention)
            continue
        levels = list(_PRINTED_LEVEL.finditer(flat, mention.start, mention.end))
        if len(levels) > 1:  # "Ban Chỉ đạo … cấp huyện, cấp xã" read as one name: the first level ends it
            out.append(RawMention(mention.start, levels[0].end(), _at(body, levels[0]), mention.rule))
            out += [RawMention(lv.start(), lv.end(), _at(body, lv), mention.rule) for lv in levels[1:]]
        else:
            out.append(mention)
        end = mention.end
        while following := _NEXT_LEVEL.match(flat, end):
            out.append(RawMention(following.start("printed"), following.end(), _at(body, following), mention.rule))
            end = following.end()
    return out
