"""Bodies of the issuer's own level printed bare: a ward's letter asks "Đảng ủy, HĐND, UBMTTQVN …" to act, a
district's report has "Hội CCB, Hội NCT huyện" set up a team. With no level or place printed, such a head names
the body of the issuer's own level, and only when every locality of that level has one: the gazetteer holds
"<head> <level word>" (`Đảng ủy xã` for a ward's letter; no `Đảng ủy huyện`, a district's is the `Huyện ủy`).
Only the bodies of the local political system are read so (the Party committee, the council, the Front and its
organisations, the military command, the associations the State assigns tasks to, the press named in more than
one word), and the State's bodies named by a field after their type word ("Ban Dân tộc" in a province's letter):
a bare "Thanh tra" or "Báo" at a sentence's start is a word of the sentence more often than a body.
The name stays bare: a level word not printed is not added (corpus/ANNOTATING.md, settled 9)."""

from __future__ import annotations

import re
from functools import lru_cache

from ... import resources
from ...names import expand_abbreviations, squash
from ...vocab import LEVEL_WORD
from .grammar import name_patterns
from .matcher import GRASSROOTS

_BRANCHES = frozenset({"party", "front", "union", "military", "other"})
_COUNCIL = ("Hội đồng nhân dân", "Thường trực Hội đồng nhân dân")
# the level's press by a name of more words than its type word ("Đài Phát thanh và Truyền hình", "Cổng Thông tin
# điện tử"): no sentence word; a bare "Báo" stays out
_MEDIA = "media"
# a state body named by its field after the type word ("Ban Dân tộc", "Kho bạc Nhà nước"): no word of a sentence,
# where a type word alone is ("Thanh tra", "Công an" at a sentence's start)
_FIELD_AFTER_TYPE = re.compile(r"^\S+(?: [a-zđ]\S*)? [A-ZĐÂĂÊÔƠƯ]")


def _named_by_a_field(name: str) -> bool:
    return bool(_FIELD_AFTER_TYPE.match(name)) and not name_patterns().type_word.fullmatch(name.lower())


@lru_cache(maxsize=1)
def _branch_by_name() -> dict[str, str]:
    """Each row's branch by its name and by each of its aliases ("Đoàn Thanh niên tỉnh" of the "Tỉnh đoàn")."""
    branches = {row["name"]: row["branch"] for row in resources.agency_rows()}
    for row in resources.agency_rows():
        for alias in filter(None, (a.strip() for a in row["aliases"].split("|"))):
            branches.setdefault(alias, row["branch"])
    return branches


THE_FRONT = "Mặt trận Tổ quốc Việt Nam"
_FRONT_IN_FULL_WORDS = re.compile(r"Mặt\s+trận\s+Tổ\s+quốc", re.IGNORECASE)


def the_front_itself(printed: str) -> str | None:
    """The Front printed in full words with no committee and no level ("cấp ủy, chính quyền, Mặt trận Tổ quốc, các
    đoàn thể"): the organisation, `Mặt trận Tổ quốc Việt Nam` (corpus/ANNOTATING.md, settled 9); its short form
    ("MTTQ" in a ward's letter) is the committee of the issuer's level, read as the other heads are."""
    return THE_FRONT if _FRONT_IN_FULL_WORDS.fullmatch(printed.strip()) else None


def of_the_issuers_level(bare_name: str, printed: str, issuer_level: str | None) -> str | None:
    """The bare name of a head printed bare ("Hội CCB" -> "Hội Cựu chiến binh") when it is the issuer's level's body
    in a document at that level, else None. The printed form, expanded, is tried too: "Ban CHQS" reads as the
    province's "Bộ Chỉ huy Quân sự" (a form its row allows), but in a district's letter it is the district's
    "Ban Chỉ huy Quân sự"."""
    word = LEVEL_WORD.get(issuer_level or "")
    if word is None:
        return _an_institutions_own(squash(expand_abbreviations(printed))) or _a_provinces_body_by_its_field(bare_name)
    for name in (bare_name, squash(expand_abbreviations(printed))):
        branch = _branch_by_name().get(f"{name} {word}")
        if (
            branch in _BRANCHES
            or (branch == "state" and (name in _COUNCIL or _named_by_a_field(name)))
            or (branch == _MEDIA and " " in name)
        ):
            return name
    return None


_UNION = "union"


# the vertical systems whose provincial unit a report prints by its type word and field alone (agency_sources.csv):
# the central agencies' systems and the justice system's; a steering committee every level sets up is not read so
_VERTICAL_SOURCES = frozenset({"nganh-doc", "tp"})


def _a_provinces_body_by_its_field(name: str) -> str | None:
    """In a document of no level (a news report), a vertical system's provincial unit printed by its type word and
    field, with no level or place ("Cục Thi hành án dân sự", "Cục Quản lý thị trường"): its name as printed
    (ANNOTATING: a body only ever printed bare keeps its bare name)."""
    sources = _sources_by_name().get(f"{name} tỉnh", frozenset())
    return name if sources & _VERTICAL_SOURCES and _named_by_a_field(name) else None


@lru_cache(maxsize=1)
def _sources_by_name() -> dict[str, frozenset[str]]:
    """Each row's sources by its name."""
    return {row["name"]: frozenset(row["source"].split("|")) for row in resources.agency_rows()}


def _an_institutions_own(printed: str) -> str | None:
    """In a document of no administrative level (a university's, a school's, a company's plan), a mass organisation
    printed by its name without level or place ("Đoàn Thanh niên", "Công đoàn", "Hội Cựu chiến binh") is the
    institution's own: its name as printed, abbreviations written out. Only the organisations every level has (the
    gazetteer holds "<name> <level word>" as one of them), named in more than their type word; printed in small
    letters ("Hội sinh viên"), the name takes the gazetteer's capitals ("Hội Sinh viên")."""
    if " " not in printed:
        return None
    # its grassroots union printed bare with its capital ("Công đoàn"; "công đoàn" in small letters is the word of a
    # sentence: "kinh phí công đoàn", "hoạt động công đoàn")
    grassroots = _union_by_folded_name().get(f"{printed}{GRASSROOTS}".casefold())
    if grassroots is not None:
        return printed[:1].upper() + grassroots[1 : -len(GRASSROOTS)] if printed[:1].isupper() else None
    for word in LEVEL_WORD.values():
        found = _union_by_folded_name().get(f"{printed} {word}".casefold())
        if found is not None:
            return found[: -len(word) - 1]
    return None


@lru_cache(maxsize=1)
def _union_by_folded_name() -> dict[str, str]:
    """The mass organisations' names and aliases, by their case-folded spelling."""
    return {name.casefold(): name for name, branch in _branch_by_name().items() if branch == _UNION}
