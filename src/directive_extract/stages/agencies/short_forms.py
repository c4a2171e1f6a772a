"""A body's short form and its purpose. A body set up for a task carries its purpose after "về" where a bracket or
a directive's verb closes it ("Ban Chỉ đạo tỉnh về phát triển du lịch (Ban Chỉ đạo)"); a short form defined in
brackets after a body's name is that body wherever it is printed later, as long as the name ends there."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from ...cues import load_cues
from ...names import expand_abbreviations, squash
from ...patterns import lower_same_length
from ...vn import UPPER
from ...vocab import LEVEL_WORDS
from .canonical import known_body
from .grammar import (
    NAME_CUE_KINDS,
    SHORT_FORM_OPENING,
    about_purpose_end,
    an_office_in_a_list,
    known_abbreviations,
    name_patterns,
)
from .matcher import fold_key, matcher
from .mentions import Mention, SpanIndex

# a body's short form defined in brackets right after its name: "Ban Chỉ đạo Trung ương về … (Ban Chỉ đạo)", "(sau
# đây gọi tắt là Tổ công tác)", "(viết tắt là Ban Chỉ đạo)"; the short form printed later in the document is that
# body (Quy định 191-QĐ/TW writes its committee so, and so do the decisions that set up a body)
_SHORT_FORM = re.compile(SHORT_FORM_OPENING + r"(?P<short>[^\W\d_]+(?:[ \t]+[^\W\d_]+){1,4})\)")
_CLASS_OR_LEVEL = re.compile(
    r"[ \t\n]+(?:các|" + "|".join(sorted(LEVEL_WORDS, key=len, reverse=True)) + r"|trung ương|quốc gia)(?!\w)"
)
_LEVEL_AFTER = re.compile(
    r"[ \t]+(?:" + "|".join(sorted(LEVEL_WORDS, key=len, reverse=True)) + r"|Trung ương|quốc gia|Quốc gia)(?!\w)"
)


def short_forms_defined(flat: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions sorted by start; each later print of a short form defined in brackets after a body's name is that
    body: a new mention where no other stands, or the one read there from the short form and lower-case words
    ("Ban chỉ đạo không chỉ …"). The short form with a level after it is another body ("Ban Chỉ đạo tỉnh")."""
    defined = []
    for mention in mentions:
        short = _SHORT_FORM.match(flat, mention.end)
        if short and short.group("short")[0].isupper() and _purpose_heads_and_types(short.group("short")):
            defined.append((short.group("short"), short.end(), mention.name))
    if not defined:
        return mentions
    out = SpanIndex(mentions)
    prints: dict[str, tuple[int, list[re.Match[str]]]] = {}  # a short form -> (from where, its prints from there)
    for short, after, name in defined:
        for found in _prints_after(flat, short, after, prints):
            if _LEVEL_AFTER.match(flat, found.end()) or _CLASS_OR_LEVEL.match(flat, found.end()):
                continue  # "Ban Chỉ đạo huyện", "Ban Chỉ đạo các huyện": other bodies
            if not flat[found.start()].isupper() or _numbered_after(flat, found.end()):
                continue
            here = out.overlapping(found.start(), found.end())
            if any(not _read_from_the_short_form(flat, m, found) for m in here):
                continue
            out.replace(here, Mention(found.start(), found.end(), name, "agency.short_form"))
    return out.in_order()


# an acronym defined in brackets right after a body's name: "Phòng Xúc tiến nghiên cứu, hợp tác và phát triển
# (R&D)", "Khoa Khoa học xã hội liên ngành (FISS)"; capitals, digits and joiners only, two to twelve characters
# (not in the middle of a name: "Ban Thường vụ Công đoàn Giáo dục (CĐGD) Việt Nam" goes on after it)
_ACRONYM = re.compile(r"[ \t]*+\((?P<short>[A-ZĐ][A-ZĐ0-9]*+(?:[&/.-][A-ZĐ0-9]++)*+)\)(?![ \t]+[A-ZĐ])")
_ACRONYM_LENGTH = range(2, 13)


def acronyms_defined(flat: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions sorted by start; each later print of an acronym defined in brackets after a body's name is that
    body, bare ("FISS") or after the body's own type word ("Khoa FISS", "phòng R&D"), where no mention runs past
    it. An acronym the abbreviation table holds is a type word's or a field's, read as the table says ("UBND",
    "KT&ĐBCL"), one the gazetteer holds names what the gazetteer says ("VCCI"); one with a level, a place or
    "các" after it is another body's head."""
    known = known_abbreviations()
    type_word = name_patterns().type_word
    defined = []
    seen: set[tuple[str, str]] = set()  # an acronym defined again for the same body: its prints are read already
    for mention in mentions:
        found = _ACRONYM.match(flat, mention.end)
        if found is None or len(short := found.group("short")) not in _ACRONYM_LENGTH or short in known:
            continue
        if (short, mention.name) in seen or known_body(short) is not None:
            continue  # "(VCCI)": the gazetteer's own short form, read as the gazetteer names it
        seen.add((short, mention.name))
        head = type_word.match(mention.name.lower())
        defined.append((short, found.end(), mention.name, head.group() if head else None))
    if not defined:
        return mentions
    out = SpanIndex(mentions)
    for short, after, name, head in defined:
        opening = rf"(?:(?i:{re.escape(head)})[ \t]+)?" if head else ""
        for found in re.compile(rf"(?<![\w&/-]){opening}{re.escape(short)}(?![\w&/-])").finditer(flat, after):
            start, end = found.start(), found.end()
            if _LEVEL_AFTER.match(flat, end) or _CLASS_OR_LEVEL.match(flat, end):
                continue
            here = out.overlapping(start, end)
            if any(m.start < start or m.end > end for m in here):
                continue
            out.replace(here, Mention(start, end, name, "agency.short_form"))
    return out.in_order()


# a company's legal form before its own name (canonical spellings, as the grammar writes them): "Công ty cổ phần Con
# Cưng", "Công ty trách nhiệm hữu hạn Samsung Electronics Việt Nam", "Tập đoàn Vingroup"
_COMPANY = re.compile(
    r"^(?:Công ty (?:cổ phần|trách nhiệm hữu hạn(?: một thành viên| hai thành viên trở lên)?)|Tập đoàn|Tổng công ty)"
    rf" (?P<own>[{UPPER}][\w&-]*+(?: [{UPPER}][\w&-]*+){{0,3}})$"
)
_OWN_NAME_LETTERS = 4  # a company's own name printed alone is read when it holds this many letters or more


def companies_by_their_own_name(flat: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions sorted by start; after a company named with its legal form ("Công ty cổ phần Con Cưng"), its own name
    printed alone ("Bộ Công Thương yêu cầu Con Cưng …") is that company, where no other mention stands. The own
    name is every capitalized word after the legal form, so a place or a common word is not one ("Tập đoàn Điện
    lực Việt Nam" names no "Điện")."""
    owned = []
    for mention in mentions:
        found = _COMPANY.match(mention.name)
        own = found.group("own") if found else None
        if own and sum(c.isalpha() for c in own) >= _OWN_NAME_LETTERS and fold_key(own) not in matcher().places:
            owned.append((own, mention.end, mention.name))
    if not owned:
        return mentions
    out = SpanIndex(mentions)
    for own, after, name in owned:
        for found in re.compile(rf"(?<![\w&-]){re.escape(own)}(?![\w&-])").finditer(flat, after):
            if not out.overlapping(found.start(), found.end()):
                out.replace([], Mention(found.start(), found.end(), name, "agency.short_form"))
    return out.in_order()


def _prints_after(
    flat: str, short: str, after: int, prints: dict[str, tuple[int, list[re.Match[str]]]]
) -> list[re.Match[str]]:
    """The prints of a short form from `after` on (`pattern.finditer(flat, after)`), the text searched once per
    short form: each definition of it searching the rest of the text costs the square of a long document's
    length. The text is searched again from a definition before the first, or when a print found from an
    earlier one runs across `after`."""
    searched, found = prints.get(short, (len(flat) + 1, []))
    if after >= searched:
        first = bisect_left([m.start() for m in found], after)
        if not (first and found[first - 1].end() > after):
            return found[first:]
    pattern = re.compile(
        r"(?<!\w)" + re.escape(short[0]) + re.escape(short[1:]).replace(r"\ ", r"[ \t\n]+") + r"(?!\w)",
        re.IGNORECASE,
    )
    found = list(pattern.finditer(flat, after))
    if after < searched:
        prints[short] = (after, found)
    return found


_BLANK = re.compile(r"[ \t\n]*")
_LEVEL_AT_END = re.compile(
    r"(?<!\w)(?:" + "|".join(sorted(LEVEL_WORDS, key=len, reverse=True)) + r"|trung ương|quốc gia)$", re.IGNORECASE
)
_BOUNDARY_WINDOW = 24  # the longest boundary cue ("chịu trách nhiệm") and its spaces


def _numbered_after(flat: str, at: int) -> bool:
    """Whether a number follows the short form printed before `at`: "Ban Chỉ đạo 127 huyện" is another body,
    named by its number."""
    pos = _BLANK.match(flat, at).end()
    return pos < len(flat) and flat[pos].isdigit()


def _opens_with_a_boundary(rest: str) -> bool:
    """Whether lower-case words read on after a short form open with a boundary word that opens no purpose
    ("Ban Chỉ đạo | chủ trì", "Ban Chỉ đạo | có trách nhiệm"): the name ends at the short form. Other words
    ("Ban Chỉ đạo phòng, chống thiên tai tỉnh", "Ban Chỉ đạo giảm nghèo bền vững") go on to another body set up for
    another task, which the short form is only the head of."""
    patterns = name_patterns()
    window = rest.lstrip()[:_BOUNDARY_WINDOW]
    return bool(patterns.boundary.match(window)) and not patterns.purpose_verb.match(window)


def _read_from_the_short_form(flat: str, mention: Mention, found: re.Match[str]) -> bool:
    """Whether `mention` is the short form itself, or the short form read on into lower-case words that open with
    a boundary word (_opens_with_a_boundary) and end in no level ("… huyện": another body of that level)."""
    if mention.start != found.start() or mention.end < found.end():
        return False
    rest = flat[found.end() : mention.end]
    if not rest.strip():
        return True
    return (
        mention.rule == "agency.grammar"
        and rest == rest.lower()
        and not _CLASS_OR_LEVEL.match(rest)
        and not _LEVEL_AT_END.search(rest.rstrip())
        and _opens_with_a_boundary(rest.lower())
    )


def _purpose_heads_and_types(short: str) -> bool:
    """Whether a short form names a body: it opens with a type word ("Ban Chỉ đạo", "Tổ công tác", "Hội đồng")."""
    return short.startswith(_purpose_heads()) or short.split()[0] in ("Ban", "Hội", "Tổ", "Ủy", "Tiểu", "Văn")


@lru_cache(maxsize=1)
def _purpose_heads() -> tuple[str, ...]:
    """The `purpose_type_word` cues with a space: the heads of bodies set up for a task."""
    cues = [c for c in load_cues("agency_names.tsv", NAME_CUE_KINDS) if c.kind == "purpose_type_word"]
    return tuple(squash(c.phrase) + " " for c in cues)


def purposes_after_about(flat: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions sorted by start; a body set up for a task, named with its level, takes the purpose printed after
    "về" where a bracket or a verb closes it (grammar.about_purpose_end): "Ban Chỉ đạo tỉnh về phát triển kinh tế
    tập thể, hợp tác xã (Ban Chỉ đạo)"."""
    out: list[Mention] = []
    lower = None  # the text lower-cased (same length, cached), when a body set up for a task is there
    for at, mention in enumerate(mentions):
        if mention.name.startswith(_purpose_heads()) and " về " not in mention.name:
            lower = lower_same_length(flat) if lower is None else lower
            line_end = flat.find("\n", mention.end)
            limit = len(flat) if line_end < 0 else line_end
            if at + 1 < len(mentions):
                limit = min(limit, mentions[at + 1].start)
            end = about_purpose_end(flat, lower, mention.end, limit, an_office_in_a_list(flat, mention.start))
            if end:
                printed = squash(expand_abbreviations(flat[mention.start : mention.end]))
                if not mention.name.startswith(printed):  # "Ban Chỉ đạo quốc gia" is no longer the COVID-19 one
                    mention.name = printed[:1].upper() + printed[1:]
                name = f"{mention.name} {squash(flat[mention.end : end])}"
                mention = Mention(mention.start, end, name, mention.rule + "+purpose", place=mention.place)
        out.append(mention)
    return out
