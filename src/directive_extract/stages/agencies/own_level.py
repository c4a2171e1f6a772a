"""A level's own departments named as a class: "các sở, ban, ngành", "các phòng, ban, ngành, đoàn thể huyện",
"các ban, ngành, đoàn thể cùng cấp", "các cơ quan chức năng của huyện" (ANNOTATING.md rule 8a).

The class pattern in agency_classes.json (name "@own_level") captures the head words printed (group `heads`)
and the level printed after them (group `level`); `printed_class` reads them ("@own_level;<kind>;<unions>;
<level>"), the matcher names the mention as read with no issuer (`name_read_alone`), and the recognizer, which
knows the issuer, reads the same span again (matcher.own_level_reading) into its class name (`class_name`):

- the level is the one printed ("tỉnh", "của huyện", "cấp xã", "các cấp"); "sở" says province, "phòng"
  district; with no level printed, or "cùng cấp", it is the issuer's own, but "cùng cấp" after a body of another
  level in its sentence is that body's (`same_as`); "cùng cấp" counts as a printed level for "cơ quan chức năng";
- the head of the name is the level's ("Các sở, ban, ngành" of a province, "Các phòng, ban, ngành" of a
  district, "Các ban, ngành" of a commune or of every level), ", đoàn thể" added when "đoàn thể" is printed;
- the level word is the issuer's own when the class is of its level (a town's "thị xã", a ward's "phường"),
  "cấp huyện" / "cấp xã" below it, the word printed above it; a province's is "thành phố" in a centrally-run
  city.
"""

from __future__ import annotations

import re

from ...vn import fold_keep_case
from ...vocab import CLASS_LEVEL, LEVEL_OF_WORD, LEVEL_RANK, LEVEL_WORD, LEVEL_WORDS

PLACEHOLDER = "@own_level"
_HEAD_WORDS = re.compile(r"\b(so|phong|ban|nganh|doan the|co quan|don vi|chuc nang|chuyen mon)\b")
# folded level words -> (level, the word as names print it); "thanh pho" is decided by the document
_LEVELS = {fold_keep_case(word): (level, word) for word, level in LEVEL_OF_WORD.items()}
_LEVEL_IN_TAIL = re.compile(
    r"\b(cung cap|cac cap|dia phuong|" + "|".join(sorted(_LEVELS, key=len, reverse=True)) + r")\b"
)
_HEAD_OF_LEVEL = {"province": "Các sở, ban, ngành", "district": "Các phòng, ban, ngành", "commune": "Các ban, ngành"}
_CLASS_LEVEL_WORD = {level: words for words, level in CLASS_LEVEL.items()}  # "cấp huyện", "cấp xã"
_BELOW = {"central": "province", "province": "district", "district": "commune", "commune": "commune"}
_ISSUER_LEVEL_WORD = re.compile(
    r"(?:^|\s)(" + "|".join(sorted(LEVEL_WORDS, key=len, reverse=True)) + r")(?=\s+\S|$)", re.IGNORECASE
)


_PRINTED_SO = re.compile(r"(?<!\w)s[ởo](?!\w)")  # "sở" as printed (or with its accent lost), never "số"
_PRINTED_QUAN = re.compile(r"(?<!\w)qu[ậa]n(?!\w)")  # "quận" as printed (or its accent lost), never "quản"


def printed_class(heads: str, level: str | None, printed_level: str | None = None) -> str | None:
    """The placeholder name of a class printed with these head words (as printed) and this level (folded; as
    printed in `printed_level`), or None when the words name no class: one head word alone ("các ban"), or only
    generic ones ("các cơ quan, đơn vi"). "@own_level;<kind>;<unions>;<level word folded>"."""
    words = set(_HEAD_WORDS.findall(fold_keep_case(heads).lower().replace("\n", " ")))
    if "so" in words and not _PRINTED_SO.search(heads.lower()):
        words.discard("so")  # "các số liệu": "số" (number), not "sở", folds the same
    if not words:
        return None
    words.discard("co quan")
    words.discard("don vi")
    level_word = _level_word(level)
    if level_word == "quan" and printed_level is not None and not _PRINTED_QUAN.search(printed_level.lower()):
        level_word = ""  # "cơ quan chức năng quản lý": "quản" (to manage), not "quận", folds the same
    if words & {"chuc nang", "chuyen mon"}:
        if level_word in ("", "dia phuong"):
            return None  # "các cơ quan chức năng" with no level: generic
    elif "so" in words:
        pass  # "các sở", "các sở, ngành": a province's departments
    elif "phong" in words:
        if not words & {"ban", "nganh", "doan the"}:
            return None  # "các phòng" alone: a body's own rooms as often as a district's departments
    elif not ({"ban", "nganh"} <= words or ({"ban", "nganh"} & words and "doan the" in words)):
        return None
    kind = "province" if "so" in words else "district" if "phong" in words else ""
    unions = "doan the" if "doan the" in words else ""
    return f"{PLACEHOLDER};{kind};{unions};{level_word}"


def _level_word(level: str | None) -> str:
    if not level:
        return ""
    found = _LEVEL_IN_TAIL.search(re.sub(r"\s+", " ", level.lower()))
    return found.group(1) if found else ""


def class_name(
    placeholder: str,
    issuer_level: str | None,
    issuer: str | None,
    city: bool,
    same_as: str | None = None,
    two_levels: bool = False,
) -> str | None:
    """The class name of a placeholder in a document of this issuer (its level: central, province, district,
    commune; None: not known) in a centrally-run city or not; None when the class cannot be read there (a
    province's department writing "các phòng, ban" means its own rooms, no district's; a ministry's "các ban,
    ngành" no one level's). `same_as`: the level of the body named before "cùng cấp" ("Ban Chỉ huy Quân sự xã
    phối hợp với các cơ quan chức năng cùng cấp" is the commune's). `two_levels`: the document is of the map of
    2025, with no district level (Luật Tổ chức chính quyền địa phương 2025): a commune's "các phòng, ban, ngành" are
    its own rooms (its Phòng Kinh tế, Phòng Văn hóa - Xã hội), no district's."""
    _, kind, unions, printed = placeholder.split(";")
    suffix = ", đoàn thể" if unions else ""
    if printed == "cac cap":
        return f"Các ban, ngành{suffix} các cấp"
    own = issuer_level if issuer_level in LEVEL_RANK else ("province" if city else None)
    level, word = _printed_level(printed, city, own)
    if printed == "cung cap" and same_as in _HEAD_OF_LEVEL:
        level = same_as
    if kind == "province":
        level, word = "province", None
    elif kind == "district" and two_levels and own == "commune" and level in (None, "commune"):
        return f"Các phòng, ban, ngành{suffix} {_issuer_word(issuer, 'commune') or word or LEVEL_WORD['commune']}"
    elif kind == "district" and level != "district":
        if level is not None or (own is not None and LEVEL_RANK[own] < LEVEL_RANK["district"]):
            return None  # "phòng chuyên môn cấp xã", a department's own "các phòng, ban": no district's
        level = "district"
    elif level is None and own in (None, "central"):
        return None  # a ministry's "các ban, ngành, đoàn thể", or an issuer not known: no one level's
    level = level or own
    head = _HEAD_OF_LEVEL[level] + suffix
    if level == "province":
        return f"{head} {'thành phố' if city else 'tỉnh'}"
    if own == level:
        return f"{head} {_issuer_word(issuer, level) or word or LEVEL_WORD[level]}"
    if own is not None and LEVEL_RANK[own] < LEVEL_RANK[level]:
        return f"{head} {_CLASS_LEVEL_WORD[level]}"
    return f"{head} {word or LEVEL_WORD[level]}"


def name_read_alone(placeholder: str) -> str | None:
    """The class name with no issuer to read it by: a level printed or said by "sở" / "phòng" by its printed
    word, else a province's (the recognizer reads it again at the issuer's level); None when no issuer could
    read it ("phòng chuyên môn cấp xã")."""
    return class_name(placeholder, None, None, False) or class_name(placeholder, "province", None, False)


def _printed_level(printed: str, city: bool, own: str | None) -> tuple[str | None, str | None]:
    if not printed or printed == "cung cap":
        return None, None
    if printed == "dia phuong":  # "các ban, ngành, đoàn thể địa phương": of the localities, the level below
        return (_BELOW[own] if own else None), None
    level, word = _LEVELS[printed]
    if level is None:  # "thành phố": a centrally-run city's own level, else a provincial city's
        level = "province" if city else "district"
    return level, word


def _issuer_word(issuer: str | None, level: str) -> str | None:
    """The level word the issuer's name prints for its own place ("huyện", "thị xã", "thành phố", "phường")."""
    for found in reversed(list(_ISSUER_LEVEL_WORD.finditer(issuer or ""))):
        word = found.group(1).lower()
        if LEVEL_OF_WORD[word] == level or (word == "thành phố" and level in ("province", "district")):
            return word
    return None
