"""Places of one level named together as actors: the people's committees of them all.

"gửi các tỉnh, thành phố" (or "các tỉnh thành"), "Các huyện, thành phố còn lại triển khai …", "giao các xã, thị trấn …"
name every province's, district's or commune's people's committee (SCHEMA.md "Agencies": a place as actor is an
agency); so does one level in the plural with the kind of land its places share ("các huyện ven biển … phối
hợp", "giao các xã biên giới": `place_kind` cues). The same words after a locative ("tại các xã, thị trấn",
"trên địa bàn các huyện") or after a body's name ("Đảng ủy các xã, thị trấn", which names its own class) are
not these bodies.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...cues import alternation, load_cues
from ...patterns import finditer_at, lowered, word_start
from ...vn import fold_keep_case
from .grammar import NAME_CUE_KINDS
from .mentions import RawMention, covering
from .role_cue_kinds import ROLE_CUE_KINDS

_SEP = r"\s*+[,/]\s*+"
_PLACE_CLASSES = re.compile(
    r"(?:"
    rf"(?P<province>(?:cac|\d+)\s+tinh(?:{_SEP}thanh\s+pho(?:\s+truc\s+thuoc\s+(?:trung\s+uong|tw))?"
    r"|(?:\s*+,)?\s+thanh(?!\s+pho)))"  # "các tỉnh thành", "63 tỉnh, thành": the provinces and the cities
    rf"|(?P<district>(?:cac\s+)?(?:huyen|quan)(?:{_SEP}|\s+)(?:huyen|quan|thi\s+xa|thanh\s+pho|tp)"
    rf"(?:{_SEP}(?:huyen|quan|thi\s+xa|thanh\s+pho|tp))*)"
    rf"|(?P<commune>(?:cac\s+)?(?:xa|phuong)(?:{_SEP})(?:xa|phuong|thi\s+tran|dac\s+khu)"
    rf"(?:{_SEP}(?:xa|phuong|thi\s+tran|dac\s+khu))*)"
    r")(?![\w/])"
)
# where a match can begin: the scan skips ahead to these words
_PLACE_CLASS_START = re.compile(
    word_start(
        [
            r"cac\s+(?:tinh|huyen|quan|xa|phuong)",
            r"huyen(?:\s*+[,/]|\s)",  # "huyện, thị xã", "quận huyện"
            r"quan(?:\s*+[,/]|\s)",
            r"xa\s*+[,/]",
            r"phuong\s*+[,/]",
        ],
        or_class=r"\d",
        class_rest=r"\d*+\s+tinh",  # the rest of the count: "63 tinh"
    )
)
_NAME = {
    "province": "Ủy ban nhân dân cấp tỉnh",
    "district": "Ủy ban nhân dân cấp huyện",
    "commune": "Ủy ban nhân dân cấp xã",
}
# what may stand right before such a list when it names actors (on the text before it, trailing spaces
# stripped): the start of a clause or item, a verb that gives them a task or a part, or the join of a list
_CLAUSE_START = r"[.;:\n(]|[-+•]|\d[ \t]*+[.)]|[a-z]\)|,|\bva"
_TASK_GIVEN = r"(?<!ban\s)\bgiao(?:\s+cho)?|yeu\s+cau|de\s+nghi|phoi\s+hop(?:\s+voi)?"
# the places' leaders or government named between the verb and the places: "yêu cầu lãnh đạo các tỉnh, thành phố …"
_THEIR_HEADS = r"(?:\s+(?:lanh\s+dao|nguoi\s+dung\s+dau|chinh\s+quyen))?"
_ACTOR_BEFORE = re.compile(
    rf"(?:{_CLAUSE_START}|(?:{_TASK_GIVEN}|chi\s+dao){_THEIR_HEADS}|\bgui|huong\s+dan|doi\s+voi)$"
)
_LOCATIVE_BEFORE = re.compile(
    r"(?:\btai|\bo|dia\s+ban|\bve|\bden|\btu|\bcua|thuoc|giua|\bqua|trong|khu\s+vuc|\bcho|\bdi|nhu|\bla"
    r"|\bmot\s+so)[\s,]*+$"
)


# a place's name printed right after (on the text as printed): "huyện, thành phố Lạng Sơn"
_NAMED_AFTER = re.compile(r"\s+[A-ZĐ]")
# one level named in the plural: with a named place after it, still every place of that level ("các huyện")
_ONE_LEVEL_IN_THE_PLURAL = re.compile(r"cac\s+(?:huyen|quan|xa|phuong)")


def _before_a_named_place(text: str, match: re.Match[str]) -> int | None:
    """Where a list of levels ends when its last item is the level of a place named after it: "các huyện, thị xã,
    TP Hòa Bình" and "các huyện, thành phố Tam Kỳ" name the districts, then that city; None if what is left names
    no class ("huyện, thành phố Lạng Sơn", no "các": one place)."""
    separator = max(text.rfind(",", match.start(), match.end()), text.rfind("/", match.start(), match.end()))
    if separator < 0:
        return None
    end = len(text[match.start() : separator].rstrip()) + match.start()
    shorter = _PLACE_CLASSES.fullmatch(text, match.start(), end)
    if shorter is None:
        shorter = _ONE_LEVEL_IN_THE_PLURAL.fullmatch(text, match.start(), end)
    return shorter.end() if shorter else None


@lru_cache(maxsize=1)
def _plural_with_kind() -> re.Pattern[str]:
    """One level in the plural and the kind of land of its places ("cac huyen ven bien"), on the folded text lowered."""
    kinds = alternation(load_cues("agency_names.tsv", NAME_CUE_KINDS), "place_kind")
    return re.compile(
        word_start([r"cac\s+"])
        + rf"(?:(?P<province>tinh)|(?P<district>huyen|quan)|(?P<commune>xa|phuong))\s+(?P<kind>{kinds})(?!\w)"
    )


def _words_before(text: str, lo: int, start: int) -> str:
    return text[max(lo, start - 40) : start].rstrip(" \t")


def _an_actor_at(text: str, lo: int, start: int) -> bool:
    before = _words_before(text, lo, start)
    return not _LOCATIVE_BEFORE.search(before) and (not before or _ACTOR_BEFORE.search(before) is not None)


def find_place_classes(flat: str, folded: str, region: tuple[int, int]) -> list[RawMention]:
    lo, hi = region
    text = lowered(folded)
    found = []
    for match in finditer_at(_PLACE_CLASSES, _PLACE_CLASS_START, text, lo, hi):
        end = match.end()
        if _NAMED_AFTER.match(flat, end, end + 3):
            end = _before_a_named_place(text, match)
            if end is None:
                continue  # "huyện, thành phố Lạng Sơn": a named place
        if not _an_actor_at(text, lo, match.start()):
            continue
        level = match.lastgroup
        found.append(RawMention(match.start(), end, _NAME[level], "agency.class"))
    taken = covering(found)
    for match in _ONE_LEVEL_ALONE.finditer(text, lo, hi):  # "Bộ đề nghị các tỉnh rà soát …": every province
        if taken(match.start()) or _NAMED_AFTER.match(flat, match.end(), match.end() + 3):
            continue  # a list of levels read above, or places named after it ("các huyện Ba Vì, Mỹ Đức")
        before = _words_before(text, lo, match.start())
        if (not before or _BARE_ACTOR_BEFORE.search(before)) and deed_after().match(text, match.end()):
            found.append(RawMention(match.start(), match.end(), _NAME[match.lastgroup], "agency.class"))
    for match in _plural_with_kind().finditer(text, lo, hi):  # "các huyện ven biển" where an actor stands
        start = match.start()
        if committee := _COMMITTEE_BEFORE.search(text, max(lo, start - 48), start):  # "UBND các huyện ven biển"
            start = committee.start()
        if _an_actor_at(text, lo, start):
            level = next(group for group in _NAME if match.group(group))
            name = f"Ủy ban nhân dân các {_LEVEL_WORDS[match.group(level)]} {_place_kinds()[match.group('kind')]}"
            found.append(RawMention(start, match.end(), name, "agency.class"))
    return found


def acts_where_printed(flat: str, start: int, end: int) -> bool:
    """A level in the plural printed at `flat[start:end]` ("các xã") stands where it acts: after a verb giving it
    work ("chỉ đạo các xã không được …", "phối hợp với các xã, …"), or at a clause's start with a deed after it;
    not a verb's object ("hướng dẫn các xã về …", "bàn giao cho các xã")."""
    lo = max(0, start - 40)
    text = lowered(fold_keep_case(flat[lo : end + 40]))
    before = _words_before(text, 0, start - lo)
    if _WORK_GIVEN.search(before):
        return True
    return (not before or _CLAUSE_OPENS.search(before) is not None) and deed_after().match(text, end - lo) is not None


_WORK_GIVEN = re.compile(rf"(?:{_TASK_GIVEN}|chi\s+dao)$")
_CLAUSE_OPENS = re.compile(rf"(?:{_CLAUSE_START})$")


# one level word in the plural, alone: no other level after it (a list read by _PLACE_CLASSES), no kind of land
_ONE_LEVEL_ALONE = re.compile(
    r"(?<!\w)cac\s+(?:(?P<province>tinh)|(?P<district>huyen|quan)|(?P<commune>xa|phuong))(?!\w)(?!\s*+[,/]\s*+"
    r"(?:tinh|thanh\s+pho|huyen|quan|thi\s+xa|xa|phuong|thi\s+tran|dac\s+khu)(?!\w))"
)
# what stands before one level word in the plural that acts: a clause's start, the speaker's verb of ordering or a
# partner's cue; not a verb the item's own body directs with ("UBND các huyện chỉ đạo các xã …": the districts act)
_BARE_ACTOR_BEFORE = re.compile(rf"(?:{_CLAUSE_START}|{_TASK_GIVEN})$")


@lru_cache(maxsize=1)
def deed_after() -> re.Pattern[str]:
    """On the folded text lowered, from a plural or a sector's end: a verb of duty or a modal (roles.tsv `deed_after`),
    not a noun it qualifies ("các xã biên giới", "các tỉnh phía bắc" are read with their kind) nor a past deed."""
    cues = load_cues("roles.tsv", ROLE_CUE_KINDS)
    return re.compile(rf"\s++{alternation(cues, 'deed_after')}(?!\w)")


_COMMITTEE_BEFORE = re.compile(r"(?<!\w)(?:(?:pho\s+)?chu\s+tich\s+)?(?:ubnd|uy\s+ban\s+nhan\s+dan)\s+$")
# the level word printed in the plural, folded, in its spelling
_LEVEL_WORDS = {"tinh": "tỉnh", "huyen": "huyện", "quan": "quận", "xa": "xã", "phuong": "phường"}


@lru_cache(maxsize=1)
def _place_kinds() -> dict[str, str]:
    """Each kind of land, folded and lowered as the text is read, to its spelling ("ven bien" -> "ven biển"): the
    places that share it are named with it, not as the whole level (ANNOTATING, classes of localities)."""
    cues = load_cues("agency_names.tsv", NAME_CUE_KINDS)
    return {lowered(fold_keep_case(cue.phrase)): cue.phrase for cue in cues if cue.kind == "place_kind"}
