"""A governing body of a class of bodies: "Ban Thường vụ các Liên đoàn Lao động tỉnh, thành phố" is the
standing committee of every province's labour federation, one body ("Ban Thường vụ Liên đoàn Lao động
cấp tỉnh"), not a bare "Ban Thường vụ" beside the federations. The organ words are
`vocab.GOVERNING_ORGANS`; the class after "các" is any mention the matcher read there.

The parts of one body named as a class are one class too: "các đơn vị sự nghiệp công lập thuộc Ủy ban nhân
dân tỉnh", "các phòng chức năng thuộc Sở Y tế", "các Tổ đại biểu Hội đồng nhân dân tỉnh", "các Ủy ban của Quốc
hội", "các Phòng của Sở GDĐT" name the units, committees or groups of that body (`Các phòng chức năng thuộc Sở Y
tế`, `Các phòng thuộc Sở Giáo dục và Đào tạo`), not the body itself.

A unit or organ of a body printed right before the body's name is one body too (`unit_of_body` cues of
`cues/agency_names.tsv`): "Thường trực Ban Bí thư", "Đảng đoàn Liên đoàn Lao động tỉnh", "Tổ đảng ở Thường
trực Hội đồng Dân tộc" (a unit of a unit), "Tổ đại biểu Hội đồng nhân dân tỉnh"; its name is the unit's words
and the body's name.

Before these, purposes after "về" and short forms are read (short_forms.py); after them, the National Assembly as
the owner of its committees (assembly.py)."""

from __future__ import annotations

import re
from functools import lru_cache

from ...cues import load_cues, phrases
from ...names import expand_abbreviations, squash
from ...vn import fold_keep_case
from ...vocab import CLASS_LEVEL, GOVERNING_ORGANS
from .assembly import assembly_committees_share_the_unit, assembly_printed_as_owner
from .canonical import known_body
from .grammar import NAME_CUE_KINDS
from .mentions import Mention, join_neighbours
from .short_forms import acronyms_defined, companies_by_their_own_name, purposes_after_about, short_forms_defined

_GAP = re.compile(r"[ \t\n]+(?:các[ \t\n]+)?")
_CAC = re.compile(r"các[ \t\n]", re.IGNORECASE)


def _organ_of_a_class(flat: str, organ: Mention, member: Mention) -> bool:
    """ "Ban Thường vụ các …": the gap is blank and "các" opens the gap or the member's own text."""
    gap = _GAP.fullmatch(flat, organ.end, member.start)
    return bool(gap) and ("các" in gap.group() or bool(_CAC.match(flat, member.start)))


# "các <part> [trực thuộc | thuộc | của] " right before a body (on the text before it): the parts of a body that
# a document names as a class; without "các" only the public-service units with their link word. Bare "các đơn
# vị trực thuộc X" (schools, branches: someone else named by the body) is left to the roles (test_agency_attach)
_PART_OF_A_BODY = re.compile(
    r"(?:[Cc]ác[ \t\n]+(?P<part>đơn[ \t\n]+vị[ \t\n]+sự[ \t\n]+nghiệp(?:[ \t\n]+công[ \t\n]+lập)?"
    r"|[Pp]hòng[ \t\n]+(?:chức[ \t\n]+năng|chuyên[ \t\n]+môn|nghiệp[ \t\n]+vụ)|[Tt]ổ[ \t\n]+đại[ \t\n]+biểu"
    r"|(?P<rooms>[Pp]hòng)(?=[ \t\n]+(?:trực[ \t\n]+)?(?:thuộc|của)[ \t\n])"
    r"|[Đđ]oàn[ \t\n]+đại[ \t\n]+biểu|[Ủủ]y[ \t\n]+ban|[Bb]an|tổ[ \t\n]+chức[ \t\n]+thành[ \t\n]+viên)"
    # the groups of deputies and the deputies: "các Tổ đại biểu và đại biểu HĐND tỉnh" (the class of the groups)
    r"(?:(?<=biểu)[ \t\n]+và[ \t\n]+đại[ \t\n]+biểu)?"
    r"(?:[ \t\n]+khác(?=[ \t\n]+(?:(?:trực[ \t\n]+)?thuộc|của)[ \t\n]))?"  # "các Ủy ban khác của Quốc hội"
    r"(?P<link>[ \t\n]+(?:(?:trực[ \t\n]+)?thuộc|của))?"
    r"|(?<!\w)(?P<unit>[Đđ]ơn[ \t\n]+vị[ \t\n]+sự[ \t\n]+nghiệp[ \t\n]+công[ \t\n]+lập)"
    r"(?P<unit_link>[ \t\n]+(?:trực[ \t\n]+)?thuộc)"
    # a ministry's or directorate's departments as a class, capitalized (lower-case "các vụ" are cases), each maybe
    # after its head's title: "các Vụ, Cục thuộc Bộ", "Vụ trưởng các Vụ, Cục trưởng các Cục trực thuộc Bộ Y tế"
    r"|(?<!\w)(?P<departments>(?:(?:Vụ|Cục)[ \t\n]+trưởng[ \t\n]+)?[Cc]ác[ \t\n]+(?:Vụ|Cục)(?![ \t\n]+trưởng)"
    r"(?:[ \t\n]*,[ \t\n]*(?:(?:Vụ|Cục)[ \t\n]+trưởng[ \t\n]+)?(?:các[ \t\n]+)?(?:Vụ|Cục)(?![ \t\n]+trưởng))?)"
    r"(?P<departments_link>[ \t\n]+(?:(?:trực[ \t\n]+)?thuộc|của)))[ \t\n]+$"
)
_DEPARTMENT_WORD = re.compile(r"(?<!\w)(?:Vụ|Cục)(?![ \t\n]+trưởng)(?!\w)")
# "các đơn vị sự nghiệp công lập khác trực thuộc ", "Vụ trưởng các Vụ, Cục trưởng các Cục trực thuộc "
_PART_WINDOW = 66


def join_parts_of_bodies(flat: str, mentions: list[Mention]) -> list[Mention]:
    """A body printed after "các <part> [thuộc | của]" becomes the class of its parts, one mention from "các"."""
    joined: list[Mention] = []
    for mention in mentions:
        window_start = max(0, mention.start - _PART_WINDOW)
        if joined and joined[-1].end > window_start:
            window_start = joined[-1].end  # the words of a part never run across an earlier mention
        part = _PART_OF_A_BODY.search(flat, window_start, mention.start)
        if part is None or mention.name.startswith("Các "):
            joined.append(mention)
            continue
        if part.group("departments"):  # "Vụ trưởng các Vụ, Cục trưởng các Cục": the class "Các Vụ, Cục"
            words = ", ".join(_DEPARTMENT_WORD.findall(part.group("departments")))
        else:
            words = squash(part.group("part") or part.group("unit"))
        link = part.group("link") or part.group("unit_link") or part.group("departments_link")
        link = f" {squash(link)}" if link else ""
        if part.group("rooms"):  # "các Phòng của Sở GDĐT", "các phòng thuộc Sở": the body's rooms, one class name
            words, link = "phòng", " thuộc"
        name = f"Các {words}{link} {mention.name}"
        joined.append(Mention(part.start(), mention.end, name, mention.rule + "+part", place=mention.place))
    return joined


def join_governing_organs(flat: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions sorted by start; an organ named bare and followed by "các" + a body becomes one mention, and so
    do the parts of a body named as a class (join_parts_of_bodies)."""
    mentions = purposes_after_about(flat, mentions)
    mentions = short_forms_defined(flat, acronyms_defined(flat, companies_by_their_own_name(flat, mentions)))
    mentions = join_parts_of_bodies(flat, mentions)
    joined: list[Mention] = []
    skip = False
    for at, here in enumerate(mentions):
        after = mentions[at + 1] if at + 1 < len(mentions) else None
        if skip:
            skip = False
            continue
        if after is not None and here.name in GOVERNING_ORGANS and _organ_of_a_class(flat, here, after):
            member = after.name[4:] if after.name.startswith("Các ") else after.name
            name = f"{here.name} {member}"
            joined.append(Mention(here.start, after.end, name, here.rule + "+governing", place=after.place))
            skip = True
            continue
        joined.append(here)
    joined = join_units_of_bodies(flat, share_a_class_level(flat, _classes_of_subcommittees(flat, joined)))
    return assembly_printed_as_owner(flat, _units_printed_with_their_body(flat, joined))


# a unit printed with its body after a dash: "phòng Tổ chức cán bộ - Sở Nội vụ", "Vụ Pháp chế – Bộ Y tế" is one body,
# the unit of that department or ministry (ANNOTATING.md, "… a body's own units", 3: what is printed is kept)
_UNIT_HEADS = ("Phòng ", "Văn phòng ", "Thanh tra ", "Vụ ", "Cục ", "Chi cục ", "Trung tâm ", "Bộ phận ")
_PARENT_HEADS = ("Sở ", "Bộ ", "Tổng cục ")
_UNIT_DASH = re.compile(r"[ \t]*[-–—][ \t]*")


def _units_printed_with_their_body(flat: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions sorted by start; a unit and the department or ministry printed right after it behind a dash become
    one mention named by both."""

    def unit_of_the_body(unit: Mention, mention: Mention) -> Mention | None:
        if not (
            unit.name.startswith(_UNIT_HEADS)
            and mention.name.startswith(_PARENT_HEADS)
            and _UNIT_DASH.fullmatch(flat, unit.end, mention.start)
        ):
            return None
        name = f"{unit.name} {mention.name}"
        return Mention(unit.start, mention.end, name, unit.rule + "+body", place=mention.place)

    return join_neighbours(mentions, unit_of_the_body)


# the subcommittees a congress or a council sets up are named together as a class: "các Tiểu ban Đại hội XIV", "các
# tiểu ban phục vụ Đại hội Đảng bộ tỉnh" (every subcommittee: documents, personnel, organisation), one class name
_SUBCOMMITTEE = "Tiểu ban "
_CAC_BEFORE = re.compile(r"(?<!\w)[Cc]ác[ \t\n]+$")


def _classes_of_subcommittees(flat: str, mentions: list[Mention]) -> list[Mention]:
    """A subcommittee read after "các" becomes the class `Các Tiểu ban …`, its mention opening at "các"."""
    out = []
    for mention in mentions:
        cac = _CAC_BEFORE.search(flat, max(0, mention.start - 8), mention.start)
        if cac and mention.name.startswith(_SUBCOMMITTEE) and (not out or out[-1].end <= cac.start()):
            name = "Các " + mention.name
            mention = Mention(cac.start(), mention.end, name, mention.rule + "+class", place=mention.place)
        out.append(mention)
    return out


# the electoral unit a group of deputies is named by, after its council: "đơn vị huyện Mèo Vạc", "đơn vị bầu cử số 3"
_ELECTORAL_UNIT = re.compile(
    r"[ \t]+đơn[ \t]+vị[ \t]+(?:bầu[ \t]+cử[ \t]+)?(?:số[ \t]+\d{1,2}(?!\w)"
    r"|(?:huyện|thị[ \t]+xã|thành[ \t]+phố|quận|xã|phường)[ \t]+(?-i:[A-ZĐ])\w*(?:[ \t]+(?-i:[A-ZĐ])\w*){0,3})"
)
_UNIT_WINDOW = 40  # "Ban cán sự đảng " and the spaces around it


@lru_cache(maxsize=1)
def _unit_words() -> tuple[re.Pattern[str], dict[str, str]]:
    """The `unit_of_body` words right before a body (on the text before it, accented, any case), and each
    lower-cased -> as a name prints it."""
    cues = [c for c in load_cues("agency_names.tsv", NAME_CUE_KINDS) if c.kind == "unit_of_body"]
    written = {squash(c.phrase).lower(): c.phrase for c in cues}
    words = sorted(phrases(cues, "unit_of_body", fold=False), key=len, reverse=True)
    pattern = re.compile(r"(?<![\w&/-])(?:" + "|".join(words) + r")[ \t]+$", re.IGNORECASE)
    return pattern, written


# the words before a unit's that make it the role of the body printed before them ("Sở Y tế (Thường trực Ban
# Chỉ đạo tỉnh)", "Sở Y tế là cơ quan Thường trực Ban Chỉ đạo", "Công an tỉnh - Thường trực Hội đồng") or of an
# office holder ("Phó Chủ tịch Thường trực UBND tỉnh", "Ủy viên Thường trực", "Thứ trưởng Thường trực Bộ Y tế":
# the holder is of the body, no unit of it)
_A_ROLE_BEFORE = re.compile(
    r"(?:[(–-]|(?<!\w)(?:cơ[ \t]+quan|là|làm|ủy[ \t]+viên|thành[ \t]+viên|thứ[ \t]+trưởng"
    r"|phó[ \t]+[^\W\d_]+(?:[ \t]+[^\W\d_]+)?))[ \t]*$",
    re.IGNORECASE,
)


def _unit_before(flat: str, start: int, lower_bound: int) -> re.Match[str] | None:
    """The unit's words printed right before `start`, after `lower_bound`, with a capital first letter (in lower
    case, "cơ quan thường trực Ban Chỉ đạo" is the office's role, no unit), and not printed as the role of the
    body before them (_A_ROLE_BEFORE)."""
    pattern, _ = _unit_words()
    found = pattern.search(flat, max(lower_bound, start - _UNIT_WINDOW), start)
    if found is None or not flat[found.start()].isupper():
        return None
    if _A_ROLE_BEFORE.search(flat, max(0, found.start() - 20), found.start()):
        return None
    return found


def _body_name_in_unit(flat: str, mention: Mention) -> str:
    """The body's name inside a unit's: the list's name, or the printed one (abbreviations expanded) where the
    list's name only adds a qualifier to it ("Tổ đảng ở Thường trực Ủy ban Kinh tế" keeps the committee as the
    Party prints it, not `Ủy ban Kinh tế của Quốc hội`)."""
    printed = squash(expand_abbreviations(flat[mention.start : mention.end]))
    qualified = mention.name != printed and mention.name.startswith(printed + " ")
    if mention.rule.startswith("agency.gazetteer") and qualified:
        return printed
    return mention.name


_BLANK = re.compile(r"[ \t]+")


def _ends_with_a_unit(flat: str, before: Mention, mention: Mention) -> bool:
    """A name read up to a unit's words ("Ủy ban Kiểm tra Đảng ủy", "Ban Thường vụ Đảng ủy") printed right before a
    body: the unit is that body's ("… Đảng ủy Công an tỉnh", "… Đảng ủy Sở Y tế"), the name read with the body's."""
    if not before.end < mention.start or not _BLANK.fullmatch(flat, before.end, mention.start):
        return False
    unit = _unit_before(flat, mention.start, before.start)
    return unit is not None and unit.start() > before.start  # the name holds more than the unit's words


def join_units_of_bodies(flat: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions sorted by start; a body printed after a unit's words becomes the unit ("Thường trực Ban Bí thư"),
    read again before the unit for a unit of the unit ("Tổ đảng ở Thường trực Hội đồng Dân tộc")."""
    _, written = _unit_words()
    joined: list[Mention] = []
    for mention in mentions:
        bound = joined[-1].end if joined else 0
        if mention.start < bound and joined[-1].rule.endswith("+unit"):
            continue  # the place of an electoral unit, read into the unit's name
        if joined and _ends_with_a_unit(flat, joined[-1], mention):
            # "Ủy ban Kiểm tra Đảng ủy" + "Công an tỉnh": the committee of the body's Party committee, one body
            before = joined.pop()
            name = f"{before.name} {_body_name_in_unit(flat, mention)}"
            joined.append(Mention(before.start, mention.end, name, before.rule + "+unit", place=mention.place))
            continue
        unit = _unit_before(flat, mention.start, bound)
        if unit is None:
            joined.append(mention)
            continue
        name = _body_name_in_unit(flat, mention)
        if name.startswith("Các "):
            name = "các " + name[4:]  # "Thường trực các Ủy ban của Quốc hội"
        start = mention.start
        while unit is not None:
            words = squash(unit.group().strip())
            name = f"{written.get(words.lower(), words)} {name}"
            start = unit.start()
            unit = _unit_before(flat, start, bound)
        end = mention.end
        electoral = _ELECTORAL_UNIT.match(flat, end)
        if electoral:  # "Tổ đại biểu Hội đồng nhân dân tỉnh đơn vị huyện Mèo Vạc"
            name, end = f"{name} {squash(electoral.group().strip())}", electoral.end()
        joined.append(Mention(start, end, name, mention.rule + "+unit", place=mention.place))
    return assembly_committees_share_the_unit(flat, joined)


_CLASS_LEVEL_NAME = re.compile(r" (?:" + "|".join(CLASS_LEVEL) + r")$")
# on the folded text; a spaced hyphen joins the bodies of one level too ("Đảng ủy - UBND các xã, thị trấn")
_HEAD_GAP = r"[ \t]*(?:,|va|;)[ \t]*|[ \t]+[-–][ \t]+"
_HEADS_WINDOW = 120  # "Đảng ủy, Hội đồng nhân dân, Ủy ban Mặt trận Tổ quốc, " before the class
_HEAD_REACH = 48  # the longest head and its comma: "Ủy ban Mặt trận Tổ quốc Việt Nam, "


@lru_cache(maxsize=1)
def _shared_level_heads() -> tuple[str, dict[str, str]]:
    """The `shared_level_head` cues as one folded alternation, longest first, and each printed form (an optional
    part in or out) by its folded key: the heads are read on the folded text, as the matcher reads names, so a tone
    mark OCR moved or dropped ("Đảng úy", "Đang ủy") is no other word (matcher.is_ocr_repair: tone marks never
    count), and the name is the cue's own."""
    cues = [c for c in load_cues("agency_names.tsv", NAME_CUE_KINDS) if c.kind == "shared_level_head"]
    forms: dict[str, str] = {}
    for cue in cues:
        optional = re.search(r"\[([^\]]*)\]", cue.phrase)
        variants = (
            [cue.phrase]
            if optional is None
            else [
                squash(cue.phrase.replace(optional.group(), "")),
                squash(cue.phrase.replace(optional.group(), optional.group(1))),
            ]
        )
        for variant in variants:
            forms[_key(variant)] = variant
    return "|".join(sorted(phrases(cues, "shared_level_head"), key=len, reverse=True)), forms


def _key(printed: str) -> str:
    return squash(fold_keep_case(printed)).lower()


@lru_cache(maxsize=1)
def _head_before() -> re.Pattern[str]:
    """One bare head followed by a comma, "và" or a spaced hyphen, ending where the search ends (on the folded
    text before it, any case): "Đảng ủy, | HĐND, | UBND các xã, thị trấn" is read one head at a time, backwards."""
    return re.compile(rf"(?<![\w&/-])(?:{_shared_level_heads()[0]})(?:{_HEAD_GAP})$", re.IGNORECASE)


def _heads_run_start(folded: str, lower_bound: int, end: int) -> int | None:
    """Where the run of bare heads that ends at `end` starts (after `lower_bound`), or None when no head ends
    there."""
    start = None
    while True:
        head = _head_before().search(folded, max(lower_bound, end - _HEAD_REACH), end)
        if head is None:
            return start
        start = end = head.start()


@lru_cache(maxsize=1)
def _one_head() -> re.Pattern[str]:
    """One of the heads of a run (_head_before), on the folded text."""
    return re.compile(rf"(?<![\w&/-])(?:{_shared_level_heads()[0]})(?!\w)", re.IGNORECASE)


def share_a_class_level(flat: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions sorted by start; bare heads listed before a class share its level (`shared_level_head` cues):
    "Đảng ủy, HĐND, UBND các xã, thị trấn" is `Đảng ủy cấp xã`, `Hội đồng nhân dân cấp xã`, `Ủy ban nhân dân cấp
    xã`. A head printed with its own level or place is its own body, and no list of heads is read across a line."""
    out: list[Mention] = []
    forms = _shared_level_heads()[1]
    for mention in mentions:
        level = _CLASS_LEVEL_NAME.search(mention.name)
        if level is None or mention.name.startswith("Các "):
            out.append(mention)
            continue
        line_start = flat.rfind("\n", 0, mention.start) + 1
        window = max(line_start, mention.start - _HEADS_WINDOW)  # the run holds heads only, no other body
        folded = fold_keep_case(flat[window : mention.start])  # offset `window` in `flat`
        run = _heads_run_start(folded, 0, len(folded))
        if run is None or not folded[run].isupper():
            _bodies_before_share_the_level(flat, out, mention, level.group())
            out.append(mention)
            continue
        while out and out[-1].start >= window + run:
            out.pop()  # "HĐND" read alone, now one of the heads
        for head in _one_head().finditer(folded, run):
            name = squash(expand_abbreviations(forms.get(_key(head.group()), head.group())))
            name = name[:1].upper() + name[1:] + level.group()
            out.append(Mention(window + head.start(), window + head.end(), name, "agency.shared_level"))
        out.append(mention)
    return out


_BARE_GAP = re.compile(r"[ \t]*+(?:,|và)[ \t]*+", re.IGNORECASE)


def _bodies_before_share_the_level(flat: str, out: list[Mention], mention: Mention, level: str) -> None:
    """Bodies printed bare right before a class, each of which every locality of the class's level has, share
    its level: "Trung tâm Y tế, Phòng Giáo dục và Đào tạo các huyện" is `Trung tâm Y tế cấp huyện` too (the
    gazetteer holds "Trung tâm Y tế huyện"); read backwards while the bodies are parted by "," or "và"."""
    word = level.split()[-1]
    nxt = mention
    for before in reversed(out):
        if before.end > nxt.start or not _BARE_GAP.fullmatch(flat, before.end, nxt.start):
            return
        if " " + word in before.name or " cấp " in before.name or known_body(f"{before.name} {word}") is None:
            return
        before.name = before.name + level
        before.rule += "+shared_level"
        nxt = before
