"""Canonical names of bodies printed in capitals or without diacritics, looked up in the gazetteer and place list."""

from __future__ import annotations

import re
from functools import lru_cache

from ...item_labels import ROMAN
from ...names import expand_abbreviations, squash, title_place
from ...vn import fold_keep_case
from ...vocab import LEVEL_OF_WORD, LEVEL_WORDS
from ...vocab import LEVEL_RANK as LEVEL_RANK  # defined in vocab; named here too for the stages that import it
from ...vocab import LEVEL_WORD as LEVEL_WORD
from .grammar import name_patterns, school_levels, type_words_as_written
from .matcher import _with_printed_level, fold_key, matcher

_LEVEL_RE = re.compile(r"(?:^|\s)(" + "|".join(LEVEL_WORDS) + r")\s+(\S.*)$", re.IGNORECASE)
# level words printed without diacritics ("TINH HA GIANG"); the folded text has the same length
_FOLDED_LEVELS = [fold_keep_case(w) for w in LEVEL_WORDS]
_FOLDED_LEVEL_RE = re.compile(r"(?:^|\s)(" + "|".join(_FOLDED_LEVELS) + r")\s+(\S.*)$")


def canonical_upper_name(text: str) -> str:
    """A body name printed in capitals ('TỈNH ỦY KIÊN GIANG', 'UBND HUYỆN HIỆP HÒA') in its usual casing.

    The longest known body at the start takes its gazetteer spelling (found with or without
    diacritics); a level word and what follows it ('tỉnh', 'huyện' …) is a place, spelled as the
    place list spells it when it is known, title-cased otherwise.
    """
    text = squash(expand_abbreviations(squash(text)))
    words = text.split()
    for size in range(len(words), 0, -1):
        head = known_body(" ".join(words[:size]))
        if head:
            return f"{head} {_place_part(words[size:])}".strip()
    lowered = text.lower()
    match = _level_match(lowered)
    if match:
        head = lowered[: match.start(1)].strip()
        head = known_body(head) or _school_head(head) or _name_as_printed(head)
        place = _place_part(text[match.start(1) :].split())
        return f"{head} {place}".strip()
    return _with_its_numeral(_name_as_printed(lowered), words)


_ROMAN_WORD = re.compile(ROMAN, re.IGNORECASE)


def _with_its_numeral(name: str, printed: list[str]) -> str:
    """A name whose last word is a roman numeral keeps it in capitals: "Khu Quản lý đường bộ III", "Chi cục Hải quan
    khu vực VIII" (the numeral of a unit, never a word of the language at the end of a name)."""
    if not printed or not _ROMAN_WORD.fullmatch(printed[-1]) or not name.lower().endswith(printed[-1].lower()):
        return name
    return name[: len(name) - len(printed[-1])] + printed[-1].upper()


def _level_match(lowered: str, at_start: bool = False) -> re.Match[str] | None:
    """The last level word of a lower-cased name (or the one it opens with) and what follows it. Read on the folded
    text, a level word printed without marks ("tinh ha giang") or with damaged ones ("thành phó càn thơ") is one
    only before a known place: folded, "quản" of "ban quản lý vịnh hạ long" would be "quận"."""
    match = _LEVEL_RE.match(lowered) if at_start else _LEVEL_RE.search(lowered)
    if match:
        return match
    folded_text = fold_keep_case(lowered)
    folded = _FOLDED_LEVEL_RE.match(folded_text) if at_start else _FOLDED_LEVEL_RE.search(folded_text)
    if folded is None:
        return None
    # a name printed without any marks ("ubnd tinh ha giang"); where the name prints them, a word without its own is
    # another word ("hải quan khu vực VIII": "quan", no "quận"), a level only before a known place
    if lowered == folded_text:
        return folded
    return folded if known_place(lowered[folded.start(2) :].strip(" ;,.")) else None


# a college's level, and the abbreviations of one a header prints ("TRƯỜNG ĐH DUY TÂN") that no list expands: "ĐH" is
# also "Đại hội"; after "Trường" it is the university
_COLLEGE_LEVELS = {
    "đại học": "đại học",
    "đh": "đại học",
    "cao đẳng": "cao đẳng",
    "cđ": "cao đẳng",
    "trung cấp": "trung cấp",
}


@lru_cache(maxsize=1)
def _school_pattern() -> re.Pattern[str]:
    """A school's name in small letters after its type word: its level (cues `school_level`, or a college's), then
    its own name ("trường trung học cơ sở nguyễn du", "trường tiểu học và trung học cơ sở đồng tân", "trường đại
    học duy tân")."""
    levels = sorted({*school_levels(), *_COLLEGE_LEVELS}, key=lambda level: (-len(level), level))
    one = "|".join(re.escape(level) for level in levels)  # longest first: "trung học cơ sở" before "trung học"
    # atomic: "trường trung học cơ sở" alone is no "trung học" school named "Cơ Sở"
    return re.compile(
        rf"(?P<type>Trường) (?P<level>(?>{one})(?: (?:và|-) (?>{one}))*)(?P<gifted> chuyên)?(?: (?P<own>\S.*))?$"
    )


def _school_name(school: re.Match[str]) -> str:
    """The name of a school ("Trường Tiểu học và Trung học cơ sở Đồng Tân"): each level with its capital, the
    school's own name a proper name, "chuyên" (a school for the gifted) in small letters."""
    levels = re.split(r" (?:và|-) ", school.group("level"))
    own = _own_name(school.group("own"), levels)
    return f"{school.group('type')} {_levels_written(school.group('level'))}{school.group('gifted') or ''} {own}"


def _levels_written(level: str) -> str:
    """ "tiểu học và trung học cơ sở" -> "Tiểu học và Trung học cơ sở"; "đh" -> "Đại học"."""
    parts = re.split(r"( (?:và|-) )", level)
    return "".join(part if k % 2 else _first_capital(_COLLEGE_LEVELS.get(part, part)) for k, part in enumerate(parts))


def _first_capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def is_named_school(name: str) -> bool:
    """Whether a canonical name is a school's with a name of its own ("Trường Trung học cơ sở Hoàng Lam"), which
    names it without the place of the office above it."""
    if not name.startswith("Trường "):
        return False
    school = _school_pattern().match("Trường " + name.removeprefix("Trường ").lower())
    return school is not None and school.group("own") is not None


def _school_head(head: str) -> str | None:
    """A school's head before its place ("trường trung học cơ sở" of "… thành phố Bến Tre"), written as names are."""
    found = _school_pattern().match(head.capitalize())
    return f"Trường {_levels_written(found.group('level'))}" if found and found.group("own") is None else None


def _own_name(own: str, levels: list[str]) -> str:
    """A school's own name: a proper name ("Nguyễn Du", "Duy Tân"), but a college's field before a known place is
    a field ("Công nghiệp Hà Nội")."""
    if levels[-1] in _COLLEGE_LEVELS and (placed := _known_place_at_end(own.split(" "))):
        field, place = placed
        return f"{_first_capital(' '.join(field))} {place}"
    return own.title()


def _known_place_at_end(words: list[str]) -> tuple[list[str], str] | None:
    """(the words before it, the place as the place list spells it) of the longest known place, up to four words,
    that a name's words end with after at least one other word; None when they end with none."""
    for size in range(min(len(words) - 1, 4), 0, -1):
        place = known_place(" ".join(words[-size:]))
        if place:
            return words[:-size], place
    return None


def _name_as_printed(lowered: str) -> str:
    """A name no list holds, lower-cased, in the casing a name is printed in: its type word as names write it
    ("Ban Quản lý"), a known place at its end as the place list spells it ("vịnh Hạ Long"), the rest in small
    letters ("Ban Quản lý vịnh Hạ Long")."""
    head = name_patterns().type_word.match(lowered)
    written = type_words_as_written().get(head.group()) if head else None
    name = written + lowered[head.end() :] if head and written else lowered
    school = _school_pattern().match(name)
    if school and school.group("own"):  # "TRƯỜNG THCS NGUYỄN DU": the level as names print it, its own name a name
        return _school_name(school)
    field = name[len(written) + 1 :] if head and written and name[len(written) : len(written) + 1] == " " else ""
    if (
        field
        and not field.startswith("nhân dân")  # "Ủy ban nhân dân", "Hội đồng nhân dân": it qualifies the type
        and written != "Đoàn"  # a delegation by its purpose ("Đoàn kiểm tra", "Đoàn giám sát"), Decree 30's form
        and not name_patterns().site_kind.match(field)
        and not _LEVEL_RE.match(" " + field)
    ):
        # "KHOA KHOA HỌC MÁY TÍNH": the field opens with its capital ("Khoa Khoa học máy tính"); a site's kind ("Ban
        # Quản lý vịnh Hạ Long") and a level ("Phòng huyện …") keep their small letters
        name = f"{written} {_first_capital(field)}"
    if placed := _known_place_at_end(name.split(" ")):
        name = " ".join([*placed[0], placed[1]])
    return _first_capital(name)


_AMPERSAND = re.compile(r"(?:(?<!\s)\s+)?&\s*")  # spaces from the start of their run: linear


def known_body(printed: str) -> str | None:
    """The canonical name of a body printed in any case, with or without diacritics; its printed level kept."""
    expanded = expand_abbreviations(printed)
    forms = matcher().forms
    form = forms.get(fold_key(expanded)) or forms.get(fold_key(_AMPERSAND.sub(" và ", expanded)))
    if form is None or form.needs_place:
        return None
    return _with_printed_level(form.name, printed)


def level_of(name: str, bare: bool = False):
    """The administrative level of a body (central, province, district, commune) from the gazetteer,
    read on the longest known head of its name ("Phòng Giáo dục và Đào tạo huyện Hiệp Hòa" -> district).

    With `bare`, only for a name that is a known head and at most a level word, no place: returns
    (level, the head without its level word) or None. Remembered per name: a document asks it of
    every mention, and the same few names come back.
    """
    return _level_of(name, bare, id(matcher().forms))


@lru_cache(maxsize=4)
def _form_words(forms_id: int) -> int:
    """The most words a gazetteer form has: no longer head of a name is a known one."""
    return max(len(key.split()) for key in matcher().forms)


_JOINING = re.compile(r"[-–&]")


def _longest_head(words: list[str], most: int) -> int:
    """How many of the name's first words may be a gazetteer form of at most `most` words: its key (fold_key)
    joins two words at each hyphen or ampersand and may drop a last word of dots, so a head of n words keeps at
    least n - 2 x (those marks) - 1. Trying longer heads of a long name costs the square of its length."""
    marks = 0
    for size, word in enumerate(words, 1):
        marks += len(_JOINING.findall(word))
        if size - 2 * marks - 1 > most:
            return size - 1
    return len(words)


@lru_cache(maxsize=16384)
def _level_of(name: str, bare: bool, forms_id: int):  # forms_id: a gazetteer built again is another key
    forms = matcher().forms
    words = name.split()
    for size in range(_longest_head(words, _form_words(forms_id)), 0, -1):
        head = " ".join(words[:size])
        form = forms.get(fold_key(head))
        if form is None:
            continue
        tail = " ".join(words[size:]).lower()
        level = next((lvl for word, lvl in LEVEL_OF_WORD.items() if tail == word or tail.startswith(word + " ")), None)
        # a level word printed in the head itself ("Ủy ban nhân dân huyện") says more than the row's level; words
        # that only end or open with a level word's syllable say none ("Thương binh và Xã hội", "Liên minh Hợp tác
        # xã", "Thông tấn xã Việt Nam"), and "thị xã" is a district's word: its "xã" says no commune
        head_text = name_patterns().no_level_words.sub(" ", " ".join(head.lower().split()))
        printed = [
            lvl
            for word, lvl in LEVEL_OF_WORD.items()
            if lvl and re.search(rf"(?:^|(?<!thị)\s){word}(?:\s|$)", head_text)
        ]
        level = level or (printed[-1] if printed else None) or form.level
        if not bare:
            return level
        if tail and tail not in LEVEL_OF_WORD:
            return None  # a place is printed: one body, not a class
        head_words = head.split()
        # the two-word level first: "Ủy ban nhân dân thị xã" is "Ủy ban nhân dân", not "Ủy ban nhân dân thị"
        if len(head_words) > 1 and " ".join(head_words[-2:]).lower() in LEVEL_OF_WORD:
            head = " ".join(head_words[:-2])
        elif head_words[-1].lower() in LEVEL_OF_WORD:
            head = " ".join(head_words[:-1])
        return level, head
    return None


def known_place(printed: str) -> str | None:
    """A place name as the place list spells it ('HIEP HOA' -> 'Hiệp Hòa'), or None."""
    found = matcher().places.get(fold_key(printed))
    return found[0] if found else None


def _place_part(words: list[str]) -> str:
    """'TỈNH KIÊN GIANG' -> 'tỉnh Kiên Giang'; 'KIÊN GIANG' -> 'Kiên Giang'."""
    text = " ".join(words)
    match = _level_match(text.lower(), at_start=True)
    if match:
        rest = text[len(match.group(1)) :].strip()
        level = LEVEL_WORDS[_FOLDED_LEVELS.index(fold_keep_case(match.group(1)))]
        return f"{level} {known_place(rest) or title_place(rest)}"
    return known_place(text) or title_place(text)


# a Front committee's name as an issuer prints it: "Ủy ban Mặt trận Tổ quốc Việt Nam huyện X", "Ủy ban Trung ương
# Mặt trận Tổ quốc Việt Nam"; every level's committee elects a standing board (Điều lệ Mặt trận Tổ quốc Việt Nam;
# Luật Mặt trận Tổ quốc Việt Nam 2015, Điều 9), so a bare "Ban Thường trực" in its document is that committee's
_FRONT_COMMITTEE = re.compile(
    r"Ủy ban (?:Trung ương Mặt trận Tổ quốc Việt Nam$|Mặt trận Tổ quốc Việt Nam (?P<level>"
    + "|".join(sorted(LEVEL_WORDS, key=len, reverse=True))
    + r"|đặc khu)(?!\w))"
)
STANDING_BOARD = "Ban Thường trực"


def standing_board_of_the_front(name: str, issuer: str | None) -> str:
    """ "Ban Thường trực" printed bare in a Front committee's document is that committee's standing board, named
    at the issuer's level ("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã"; the place is not printed with
    it, so not added); in any other document, or any other name, the name is kept."""
    if name != STANDING_BOARD or not issuer:
        return name
    front = _FRONT_COMMITTEE.search(issuer)  # also the committee's own organ ("Ban Thường trực Ủy ban …")
    if front is None:
        return name
    committee = f"Ủy ban Mặt trận Tổ quốc Việt Nam {front.group('level')}" if front.group("level") else front.group()
    return f"{STANDING_BOARD} {committee}"


# a level word printed with capitals at the end of a name, no place after it ("Trung tâm Y tế Thành phố", "Đài
# Truyền thanh Huyện"): the level, written as a level word is (Nghị định 30/2020, Phụ lục I: "huyện", "thành phố")
_CLOSING_LEVEL = re.compile(r"(?<= )(?:" + "|".join(w.replace(" ", "[ ]") for w in LEVEL_WORDS) + r")$", re.IGNORECASE)


def level_word_in_lower_case(name: str) -> str:
    """`name` with the level word that closes it in lower case ("Trung tâm Y tế Thành phố" -> "… thành phố"). A
    number after it makes a ward's proper name ("Phường 1": not at the end), and a school is named after its
    place ("Trường Tiểu học Thị Trấn"), so neither changes."""
    found = _CLOSING_LEVEL.search(name)
    if found is None or found.group().islower() or name.startswith("Trường "):
        return name
    return name[: found.start()] + found.group().lower()
