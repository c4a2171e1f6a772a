"""One body named at several levels at once: "Ủy ban nhân dân cấp huyện, cấp xã", "Tổ công tác triển khai Đề án
06/CP cấp tỉnh và cấp huyện" -> the body at each level, the later levels' mentions spanning their own words. The
level words are vocab.CLASS_LEVEL_WORDS ("cấp quận" too); every mention made here carries the rule RULE."""

from __future__ import annotations

import re

from ...vocab import CLASS_LEVEL_WORDS, LEVEL_WORD, level_pattern
from .mentions import RawMention

RULE = "agency.level_pair"
_LEVEL = rf"(?P<printed>cấp[ \t]+(?P<level>{level_pattern(words=tuple(CLASS_LEVEL_WORDS))}))(?!\w)"
_LEVEL_WORDS = tuple(CLASS_LEVEL_WORDS)  # as a name may hold them: "cấp huyện", "cấp quận"
_LEVEL_COUNT = len(set(CLASS_LEVEL_WORDS.values()))  # one body at most at each level
_NEXT_LEVEL = re.compile(rf"(?:[ \t]*,[ \t]*|[ \t]+và[ \t]+){_LEVEL}")
_PRINTED_LEVEL = re.compile(_LEVEL)


def _body_of(name: str) -> str | None:
    """The body of a name that ends with its levels ("Ủy ban nhân dân cấp huyện, cấp xã" -> "Ủy ban nhân dân"): at
    most one of each level, read off the end (no regex: a lazy body before a repeated tail is quadratic)."""
    body, taken = name, 0
    while taken < _LEVEL_COUNT:
        ending = next(
            (
                f"{joint}cấp {level}"
                for level in _LEVEL_WORDS
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
    """The body at the printed level, named by the level's plain word ("cấp quận" -> "cấp huyện")."""
    return f"{body} cấp {LEVEL_WORD[CLASS_LEVEL_WORDS[' '.join(level.group('level').split())]]}"


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
            out.append(RawMention(mention.start, levels[0].end(), _at(body, levels[0]), RULE))
            out += [RawMention(lv.start(), lv.end(), _at(body, lv), RULE) for lv in levels[1:]]
        else:
            out.append(mention)
        end = mention.end
        while following := _NEXT_LEVEL.match(flat, end):
            out.append(RawMention(following.start("printed"), following.end(), _at(body, following), RULE))
            end = following.end()
    return out
