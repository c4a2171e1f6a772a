"""One body, one name per document (corpus/ANNOTATING.md, "Agencies").

When a document names the same body as an actor of its tasks both bare and with its place ("Sở Y tế"
and "Sở Y tế Thành phố Hồ Chí Minh", "Ủy ban nhân dân tỉnh" and "Ủy ban nhân dân tỉnh Long An"), every
mention takes the fullest printed form; a body only ever printed bare keeps its bare name. A bare name completed by two
different places ("UBND huyện" beside "UBND huyện Cần Giuộc" and "UBND huyện Cần Đước") stays bare,
and so does one whose place is not the issuer's own when the issuer names a place of that level (a
district's "UBND huyện" is that district, not the neighbour it mentions).
"""

from __future__ import annotations

import re

from ...vocab import LEVEL_WORDS
from .grammar import name_patterns
from .matcher import fold_key, is_type_word, matcher
from .mentions import Mention

_LEVELS = tuple(fold_key(w) for w in LEVEL_WORDS)
_LEVEL_ENDINGS = tuple(f" {w}" for w in LEVEL_WORDS)
_FOLDED_LEVEL_ENDINGS = tuple(f" {w}" for w in _LEVELS)
# the level word that ends a bare name whose body the province's name may stand for: a province's ("tỉnh", "thành
# phố" of a centrally run city)
_TRAILING_LEVEL = re.compile(r" (?:tỉnh|thành phố)$")


def _place_part(bare: str, full: str, place: str | None) -> str | None:
    """The level word and place `full` adds to `bare`, when it adds only those: its level ("Thường trực Hội
    đồng nhân dân" -> "… tỉnh"), its place, or both."""
    bare_key, full_key = fold_key(bare), fold_key(full)
    if not full_key.startswith(bare_key + " "):
        return None
    rest = full_key[len(bare_key) + 1 :]
    place_key = fold_key(place) if place else None
    if rest in _LEVELS or rest == place_key or any(rest == f"{level} {place_key}" for level in _LEVELS):
        return rest
    # a body the grammar read with a place's name at its end ("Trung tâm Quản lý Bảo tồn Di sản Văn hóa Hội An",
    # printed bare later); not a number ("quận 5" only with its level word), nor after a level word, which says
    # the place is one of that level's (the issuer's own, read above)
    at_a_level = bare_key.endswith(_FOLDED_LEVEL_ENDINGS)
    if place is None and rest in matcher().places and not rest.isdigit() and not at_a_level:
        return rest
    return None


_LEVEL_WORDS_MOST = max(len(level.split()) for level in _LEVELS)
_JOINING = re.compile(r"[-–&]")


def _shortest_bare(full: str, words: list[str], place: str | None) -> int:
    """The fewest words of a bare name `full` may complete (`_place_part`): it adds a level word and a place at
    most, so only its last few words; a key (fold_key) joins two words at each hyphen or ampersand and may drop
    a last word of dots. Trying every shorter name of a long one costs the square of its length."""
    rest_words = _LEVEL_WORDS_MOST + (len(fold_key(place).split()) if place else 0)
    return max(1, len(words) - rest_words - 2 * len(_JOINING.findall(full)) - 1)


_LEVELS_THEN_SPACE = tuple(f"{level} " for level in _LEVELS)
_THE_NATION = "viet nam"
# the words that may join an organ's name to the body or event it belongs to, printed in small letters
_PARENT_JOINS = frozenset({"trực", "thuộc", "của"})
# the most words a body or an event an organ belongs to adds to its name ("thuộc Bộ Khoa học và Công nghệ")
_PARENT_WORDS_MOST = 8


def _parent_part(bare: str, full: str, printed: str) -> bool:
    """Whether `full` is `bare` with the body or the event it is an organ or a unit of ("Đoàn Chủ tịch" and "Đoàn
    Chủ tịch Đại hội", "Ban Chỉ đạo ƯPT" and "Ban Chỉ đạo ƯPT Bộ Công an", "Văn phòng Công nghệ thông tin" and
    "… thuộc Bộ Khoa học và Công nghệ"): the words `full` adds open, as printed and past a joining word, with a
    capitalized type word or event (`gathering` cues). The rest of a body's own name is no parent ("Đoàn Thanh
    niên" of a school and "Đoàn Thanh niên Cộng sản Hồ Chí Minh" of the nation), nor does a bare type word name
    one organ ("Văn phòng", "Ban Chỉ đạo": the issuer's own office is no ministry's)."""
    if not full.startswith(bare + " ") or is_type_word(bare):
        return False
    rest = full[len(bare) + 1 :].split()
    rest_key = fold_key(" ".join(rest))
    if f"{rest_key} ".startswith(_LEVELS_THEN_SPACE) or rest_key in matcher().places or rest_key == _THE_NATION:
        return False  # a level or a place: `_place_part` reads those, with the issuer's place; the nation's
        # association ("Hội Sinh viên Việt Nam") is not the school's printed bare
    printed_words = printed.split()
    if len(printed_words) < len(rest):
        return False
    added = printed_words[-len(rest) :]
    while added and added[0].casefold() in _PARENT_JOINS:
        added = added[1:]
    if not added or not added[0][:1].isupper():
        return False
    parent = " ".join(added).lower()
    patterns = name_patterns()
    return any(p.match(parent) for p in (patterns.type_word, patterns.type_word_level_head, patterns.gathering))


def _level_of(bare: str, rest: str) -> str | None:
    for level in sorted(_LEVELS, key=len, reverse=True):
        if rest.startswith(level + " ") or fold_key(bare).endswith(" " + level):
            return level
    return None


def _the_issuers_own(level: str | None, place: str, issuer: str) -> bool:
    issuer_key = fold_key(issuer)
    if level is None or f" {level} " not in f" {issuer_key} ":
        return True  # the issuer names no place of that level: nothing to contradict it
    return fold_key(place) in issuer_key


def _issuers_place(issuer: str | None) -> str | None:
    """The place the issuer's name ends with, after its last level word ("Ủy ban nhân dân tỉnh Sơn La" -> "son
    la"), folded; None when it names none."""
    key = f" {fold_key(issuer or '')} "
    ends = [key.rfind(f" {level} ") + len(level) + 2 for level in _LEVELS if f" {level} " in key]
    if not ends:
        return None
    return key[max(ends) :].strip() or None


def one_name_per_body(
    flat: str, mentions: list[Mention], issuer: str | None, addressed: list[Mention] | None = None
) -> None:
    """Rename bare mentions in place to the one fuller form of the same body the document prints. The letter's
    addressees (`addressed`, "Kính gửi: - Công an huyện Đắk Mil; …") are actors of its tasks too: a body the
    "Kính gửi" list names with its place is that body when an item names it bare ("Giao Công an huyện …")."""
    names = {m.name for m in mentions}
    # the fuller forms the document prints for an actor of its tasks: a citation's author in the preamble
    # ("Kế hoạch số … của UBND tỉnh Long An") does not rename the bodies of the items, and neither does a
    # place printed alone ("Thành phố Hồ Chí Minh"), which is not the body printed with its place. A report with no
    # issuer names its city's government with its place where it tells whose order it reports ("chỉ đạo của lãnh đạo
    # UBND thành phố Hà Nội"), and bare where it sends reports to it ("báo cáo UBND Thành phố"): one body
    acting = [m for m in mentions if m.task is not None and (m.role is not None or not issuer)]
    own_place = _issuers_place(issuer)
    actors = {
        m.name: (m.place, fold_key(flat[m.start : m.end]))
        for m in acting
        if not m.rule.startswith(("agency.place", "needs_place"))
    }
    printed_forms = {m.name: flat[m.start : m.end] for m in acting}
    for m in addressed or ():  # "Kính gửi: … Thuế tỉnh Sơn La" in Sơn La's letter: its place is the issuer's
        place = m.place or (own_place if own_place and fold_key(m.name).endswith(" " + own_place) else None)
        if not m.rule.startswith(("agency.place", "needs_place")):
            actors.setdefault(m.name, (place, fold_key(flat[m.start : m.end])))
    by_key: dict[str, list[str]] = {}
    for name in names:
        by_key.setdefault(name.casefold(), []).append(name)
    fuller: dict[str, set[str]] = {}
    for full, (place, printed) in actors.items():
        words = full.split(" ")
        shortest = _shortest_bare(full, words, place)
        # each shorter name it opens with: a place's or a parent's words at most
        for size in range(max(1, min(shortest, len(words) - _PARENT_WORDS_MOST)), len(words)):
            for bare in by_key.get(" ".join(words[:size]).casefold(), ()):
                if " cấp " in bare:
                    continue
                rest = _place_part(bare, full, place) if size >= shortest else None
                if rest is None and _parent_part(bare, full, printed_forms.get(full, "")):
                    fuller.setdefault(bare, set()).add(full)
                    continue
                if (
                    rest is not None
                    and printed.endswith(rest)
                    and (place is None or _the_issuers_own(_level_of(bare, rest), place, issuer or ""))
                ):
                    fuller.setdefault(bare, set()).add(full)
    if own_place:
        for bare, full in _named_by_the_issuers_place(mentions, own_place).items():
            fuller.setdefault(bare, set()).add(full)
    for mention in mentions:
        forms = fuller.get(mention.name)
        if forms and len(forms) == 1:
            mention.name = next(iter(forms))


def _named_by_the_issuers_place(mentions: list[Mention], own_place: str) -> dict[str, str]:
    """Bare names "<head> tỉnh" of a body the tasks also print as "<head> <the issuer's province>", the place in
    the level word's stead: "Đài Phát thanh và Truyền hình tỉnh" beside "Đài Phát thanh và Truyền hình Ninh Bình"
    in Ninh Bình's plan (the provincial press is printed with its province's name: "Báo Long An"). The place being
    the issuer's own, the body is the issuer's province's, wherever in the tasks it is printed."""
    heads: dict[str, str] = {}
    for m in mentions:
        if m.task is None or not m.place or fold_key(m.place) != own_place:
            continue
        head = m.name[: -len(m.place)].rstrip()
        if head and m.name.endswith(" " + m.place) and not head.endswith(_LEVEL_ENDINGS):
            heads[head.casefold()] = m.name
    found: dict[str, str] = {}
    for m in mentions:
        level = _TRAILING_LEVEL.search(m.name)
        full = heads.get(m.name[: level.start()].casefold()) if level else None
        if full is not None:
            found[m.name] = full
    return found
