"""Lists that share their head: one agency per member, each with its full name.

    các Bộ: Công an, Ngoại giao, Y tế           -> Bộ Công an, Bộ Ngoại giao, Bộ Y tế
    các Trường: Tiểu học An Hóa, THCS Tân Thạch -> Trường Tiểu học An Hóa, Trường Trung học cơ sở Tân Thạch
    UBND các phường: Ba Đình, Hoàn Kiếm         -> Ủy ban nhân dân phường Ba Đình, … phường Hoàn Kiếm
    UBND các phường, xã: Ba Đình, Bát Tràng     -> Ủy ban nhân dân phường Ba Đình, … xã Bát Tràng
    UBND các phường Ba Đình, Hoàn Kiếm          -> the same with no colon, when the lists hold each name
    giao các huyện: Ba Vì, Mỹ Đức               -> Ủy ban nhân dân huyện Ba Vì, … huyện Mỹ Đức (not "tại các huyện:")
    Sở Xây dựng các tỉnh: Gia Lai, Đắk Lắk      -> Sở Xây dựng tỉnh Gia Lai, Sở Xây dựng tỉnh Đắk Lắk
    Khu Quản lý đường bộ III và IV              -> Khu Quản lý đường bộ III, Khu Quản lý đường bộ IV
    Sở Xây dựng, Công Thương                    -> Sở Xây dựng, Sở Công Thương (each field a known body)

Members are split at commas and "và"; consecutive pieces are joined again when together they make
a known body ("các Bộ: Văn hóa, Thể thao và Du lịch, Y tế" keeps "Văn hóa, Thể thao và Du lịch").
The list ends at the end of the sentence, at a piece that does not open with a capital, at a piece that
opens with an office's title ("Giám đốc các sở: Y tế, Tài chính; Chủ tịch UBND các huyện …") or a body of its
own, and at a ";" when its members are parted by "," or "và". Each
member's mention spans the member as printed; the head is named in its rule (`agency.shared_head`).
A head may name several levels ("các phường, xã", "các huyện, thị xã, thành phố", "giao các xã, thị trấn:"):
each member then takes its own, as the lists of divisions say (division_levels.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import islice

from ... import resources
from ...cues import load_cues
from ...item_labels import CARDINAL_WORDS
from ...names import expand_abbreviations, squash
from ...patterns import lower_same_length
from ...vn import LOWER, UPPER, fold_keep_case
from ...vocab import LEVEL_OF_WORD, LEVEL_WORDS, LEVELS
from .canonical import known_body
from .damaged_names import find_damaged_names
from .directive_lists import named_by_a_verb
from .division_levels import Where, is_division, member_levels
from .forces import find_force_lists
from .grammar import NAME_CUE_KINDS, _name_end, name_patterns
from .level_pairs import bodies_at_each_level
from .matcher import _trailing_level, find_raw_mentions, fold_key
from .mentions import LIST_GAP, RawMention, overlapping
from .numbered_units import find_numbered_units
from .offices import office_title
from .roles import role_patterns
from .school_lists import find_school_lists
from .sectors import find_sector_actors
from .semicolon_items import whole_items

_LEVELS = "|".join(w.replace(" ", r"\s+") for w in LEVEL_WORDS)
_LEVEL_WORD = re.compile(_LEVELS)
# between two level words of one head: "các phường, xã", "các xã và thị trấn", "các huyện, thị xã, thành phố"
_JOIN = r"(?:\s*,\s*(?:và\s+)?|\s+và\s+)"
_LEVEL_RUN = rf"(?:{_LEVELS})(?:{_JOIN}(?:{_LEVELS}))*"
# "các Bộ:", "các Sở, ngành:"; "UBND các phường:"; "Sở Xây dựng các tỉnh:"
_LEADERS = (  # an office before the body names the body ("Chủ tịch UBND các tỉnh: …")
    r"(?:(?:Phó\s+)?(?:Chủ\s+tịch|Giám\s+đốc|Bộ\s+trưởng|Bí\s+thư|Thủ\s+trưởng|Trưởng\s+ban|Cục\s+trưởng)\s+)?"
)
# the heads of units whose title ends in the unit's type word, with the courtesy before it: "(Các) Ông, Bà Trưởng
# phòng:", "các Trưởng khoa:" (their units are the members, by field: "Trưởng phòng: Đào tạo, Tổ chức - Cán bộ")
_UNIT_HEADS = r"(?:(?i:ông)\s*+[,/]?\s*+(?i:bà)\s++)?[Tt]rưởng\s++(?=(?i:phòng|khoa)\s*+:)"
# a body and "các" start a word (look-behind): tried inside a long word, the body's `[\w&]*` would rescan it
# "ba bộ:" (ministries only): branches of the head's first alternation, each opening with its own letter or digit
# (re skips ahead only to the first characters of a flat alternation)
_COUNT = "|".join(rf"{count}(?=\s+[Bb]ộ\s*:)" for count in (*CARDINAL_WORDS[1:], "0[2-9]", r"1\d", *"23456789"))
_HEAD = re.compile(
    rf"(?:{_LEADERS}(?P<body>(?<![\w&])(?:UBND|Ủy\s+ban\s+nhân\s+dân|[A-ZĐ][\w&]*(?:\s+[\w&-]+){{0,6}}?)(?<!\svà))\s+các\s+(?P<level>{_LEVEL_RUN})"
    # "giao các phường, xã:" (a directive verb's: the places act; one level alone is read as a type below)
    rf"|(?<!\w)[Cc]ác\s+(?P<levels>(?:{_LEVELS}){_JOIN}{_LEVEL_RUN})"
    # "các Bộ:", "các Trường THCS:", "các trường mầm non:", "các sở, ngành:" (a department of each field)
    # "các bộ, cơ quan:" (ministries by their field, and other bodies by their whole names)
    # "ba bộ: Y tế, Công Thương, …": a count of them in place of "các"
    # "các Trưởng phòng:", "Các Ông, Bà Trưởng phòng:": the heads of units whose type word ends their title
    # "các Sở ngành (Tài chính, Xây dựng)": the members in brackets after a type's head, opening with a capital
    rf"|(?<!\w)(?:[Cc]ác|{_COUNT})\s+(?:{_UNIT_HEADS})?(?P<type>[^\W\d_][\w&]*(?:\s+[^\W\d_][\w&]*){{0,3}}?)(?:\s*,\s*(?:ban\s*,\s*)?ngành"
    r"|\s*,\s*cơ\s+quan|(?=\s+ngành\s*\()\s+ngành)?)\s*(?::|(?P<bracket>\()(?=[ \t]*[A-ZĐ]))[ \t]*"
)
# what every head holds from its "các" to its colon: a region without it has no head, and is not scanned
# with _HEAD (tried at every capital, it costs more than the rest of the module)
_HEAD_GATE = re.compile(
    rf"(?:Các|các|{_COUNT})\s+(?:{_UNIT_HEADS})?[\w&]+(?:\s+[\w&]+){{0,3}}?(?:(?:{_JOIN}(?:{_LEVELS}))+|\s*,\s*(?:ban\s*,\s*)?ngành|\s*,\s*cơ\s+quan)?\s*(?::|\((?=\s*[A-ZĐ]))"
)
# every character of a head before its "các" (office, body, spaces) is one of these
_HEAD_CHAR = re.compile(r"[\w\s&-]")


def _listed_after_a_named_body(flat: str, start: int, read: list[RawMention]) -> bool:
    """Whether the head at `start` goes on a list of bodies a verb named ("phối hợp với Bộ Y tế và các tỉnh, thành
    phố: Hà Nội, …"): a body the matcher read (`read`) stands right before it, only list separators (LIST_GAP) between
    them, itself named by a verb."""
    last = max((m for m in read if m.end <= start), key=lambda m: m.end, default=None)
    return last is not None and LIST_GAP.match(flat[last.end : start]) is not None and named_by_a_verb(flat, last.start)


def _run_start(flat: str, at: int, lo: int) -> int:
    """Where the run of head characters that ends at `at` begins (not before `lo`). A head's "các" stands where
    _HEAD_GATE matches, at or after the first gate; the head begins in the run before it, so _HEAD (which
    opens with an optional office and is tried at every offset) is searched from there: the same match."""
    while at > lo and _HEAD_CHAR.match(flat, at - 1):
        at -= 1
    return at


_SENTENCE_END = re.compile(r"[.:\n]")  # members may be parted by ";" ("các sở, ngành: Tài chính; Xây dựng")
# a line that ends on a list's comma, its next line the next member: "… Tài chính,\nVăn hóa, …" as a scan's
# lines break a list (a blank line after the comma too: a wrapped title's lines parted by one); a line break
# elsewhere ends the list, as a full stop or a colon does
_WRAPS_ON = re.compile(r",[ \t\n]*+$")


def _list_end(flat: str, start: int, hi: int) -> int:
    """Where the members after a head may run to: the sentence's end, past line breaks that part two members."""
    pos = start
    while (end := _SENTENCE_END.search(flat, pos, hi)) is not None:
        if end.group() != "\n" or not _WRAPS_ON.search(flat, max(start, end.start() - 8), end.start()):
            return end.start()
        pos = end.end()
    return hi


_PIECE_END = r"\s*(?:[,;.:\n()]|\bvà\b|$)"
# the shortest run of piece characters followed by spaces and a separator, "và" or the end; a run of
# spaces is taken whole (possessive), so the look-ahead does not rescan it from each of its spaces
_PIECE = re.compile(rf"(?:[^\S\n](?={_PIECE_END})|(?:[^,;.:\n()\s]|[^\S\n]++(?!{_PIECE_END}))+?(?={_PIECE_END}))")
_SEPARATOR = re.compile(r"\s*(?:,\s*và|,|;|\bvà\b)\s*")
_SEPARATOR_MARK = re.compile(r"[,;]|\bvà\b")  # a separator is printed somewhere (searched: no spaces to rescan)
# a piece that names a body of its own ends a shared-head list ("các sở: Tài chính; Ban Dân tộc tỉnh; …")
_OWN_BODY = re.compile(r"(?:UBND|HĐND|Ủy\s+ban|Hội\s+đồng|Công\s+an|Đảng|(?:Tỉnh|Thành|Huyện|Quận|Thị)\s+ủy)(?!\w)")
_CAPITAL = re.compile(r"[A-ZĐ]")
_CLAUSE_BREAK = re.compile(r"[\n,;:.()]")
_ROMAN_START = re.compile(r"(?<=\s)[IVX]{1,4}(?=[\s,])")
# "[IVX][IVX]{0,3}" is "[IVX]{1,4}" written so that re skips to the numerals' letters (a repeat first stops it); a
# list of two numerals or more: "III và IV", "I, II, III", "III, IV và V" (not "II/2021", a quarter)
_NUMERAL = r"[IVX]{1,4}(?![\w/])"
_ROMAN_LIST = re.compile(
    rf"[IVX][IVX]{{0,3}}(?![\w/])(?:(?:[ \t]*+,[ \t]*+|[ \t]++và[ \t]++|[ \t]*+,[ \t]*+và[ \t]++){_NUMERAL})++"
)
_ROMAN_NUMERAL = re.compile(_NUMERAL)
_PLURAL_HEAD = re.compile(r"[Cc]ác[ \t]++")  # "Các Trung tâm Bảo tồn I, II, III": the head's type word after it


def _roman_lists(flat: str, lo: int, hi: int) -> Iterator[tuple[int, re.Match[str]]]:
    """(head start, list) of "Khu … III và IV", "Các Trung tâm Bảo tồn I, II, III": the head runs from the clause's
    first capital to the list.

    A scan clause by clause, so each character is read a bounded number of times (one regex with a
    lazy head before the list rescanned the clause from every capital: quadratic on long clauses).
    """
    if _ROMAN_LIST.search(flat, lo, hi) is None:
        return  # most regions: no list at all, so no clause to read
    pos = lo
    while pos < hi:
        capital = _CAPITAL.search(flat, pos, hi)
        if not capital:
            return
        head = capital.start()
        brk = _CLAUSE_BREAK.search(flat, head, hi)
        clause_end = brk.start() if brk else hi
        last = clause_end + (flat[clause_end : clause_end + 1] == "\n")  # the head may end on the line break
        found = None
        for numeral in _ROMAN_START.finditer(flat, head + 2, min(hi, last + 6)):
            if numeral.start() <= last and (found := _ROMAN_LIST.match(flat, numeral.start(), hi)):
                break
            found = None
        if found is None:
            pos = clause_end + 1
            continue
        plural = _PLURAL_HEAD.match(flat, head)
        yield plural.end() if plural else head, found
        pos = found.end()


_HEAD_WORDS_MOST = 8  # words of a head before its numerals: "Ban Quản lý Khu bảo tồn thiên nhiên"


def _runs_past_a_name(flat: str, start: int, end: int) -> bool:
    """Whether the words from a type word to a list of numerals hold more than a name: a word that ends a name
    ("Ban chỉ huy quân sự địa phương triển khai … theo Phụ lục I, II": a verb), or too many words."""
    words = list(_WORD.finditer(flat, start, end))
    boundary = name_patterns().boundary
    return len(words) > _HEAD_WORDS_MOST or any(boundary.match(flat[w.start() : end].lower()) for w in words[1:])


def _pieces(flat: str, start: int, limit: int) -> list[tuple[int, int, str]]:
    """(start, end, separator before) of each comma- or "và"-separated piece up to the sentence end."""
    out: list[tuple[int, int, str]] = []
    pos = start
    separator = ""
    while pos < limit:
        piece = _PIECE.match(flat, pos, limit)
        if not piece or not piece.group().strip():
            break
        text = piece.group()
        lead = len(text) - len(text.lstrip())
        out.append((pos + lead, pos + len(text.rstrip()), separator))
        pos = piece.end()
        if note := _ROLE_NOTE.match(flat, pos, limit):  # "Ngoại giao (chủ trì), Y tế": the member's role, read later
            pos = note.end()
        sep = _SEPARATOR.match(flat, pos, limit)
        if not sep:
            break
        separator = sep.group().strip()
        pos = sep.end()
    return out


# a short note in brackets after a member, in small letters ("(chủ trì)", "(phối hợp)"): the list goes on after it
_ROLE_NOTE = re.compile(r"[ \t]*+\((?=[^\W\d_A-ZĐ])[^()\n,;]{1,20}\)")
_PARTY_COHEAD = re.compile(r"Bí\s+thư(?:\s+(?:tỉnh|thành|huyện|quận)\s+ủy)?\s*(?:và|,)\s*$", re.IGNORECASE)
_PARTY_BY_LEVEL = {"tỉnh": "Tỉnh ủy", "thành phố": "Thành ủy", "huyện": "Huyện ủy", "quận": "Quận ủy"}


def _member_end(flat: str, start: int, end: int, is_place: bool) -> int:
    """Where a member ends inside its piece: a place is a run of capitalized words, a body a name."""
    if is_place:
        run = re.match(r"[^\W\d_][\w-]*(?:[ \t\n]+[^\W\d_][\w-]*){0,3}", flat[start:end])
        words = run.group().split() if run else []
        kept = []
        for word in words:
            if not word[:1].isupper():
                break
            kept.append(word)
        if not kept:
            return end
        return start + flat[start:end].index(kept[-1], len(" ".join(kept[:-1]))) + len(kept[-1])
    found = _name_end(flat, lower_same_length(flat), start, end, False)
    return found if found else end


def _canonical_head(head: str, level: str | None) -> str | None:
    """The name of a list's head as the gazetteer prints it, whatever its case: a known body ("Phòng giáo dục và đào
    tạo các huyện: …"), or one known with the list's level word after it ("Hạt kiểm lâm các huyện …": "Hạt Kiểm lâm
    huyện"), the level word then left to the members; None for a head the gazetteer does not hold."""
    known = known_body(head)
    if known:
        return _without_unprinted_level(known, head)
    if not level:
        return None
    with_level = known_body(f"{head} {level}")
    suffix = " " + level
    return with_level[: -len(suffix)] if with_level and with_level.lower().endswith(suffix) else None


def _without_unprinted_level(known: str, printed: str) -> str:
    """A known name without the level word the gazetteer adds and the head does not print ("Trung tâm Kiểm soát
    bệnh tật" is known as "… tỉnh"): the list's members carry their own level."""
    level = _trailing_level(known)
    if level is None or printed.lower().endswith(level.group(1).lower()):
        return known
    return known[: level.start()]


def _a_body_by_its_form(head: str) -> bool:
    """A head no list holds that the grammar reads as a body, a type word and its capitalized field: "Ban Chỉ huy
    ƯPT Công an các tỉnh, thành phố: …", "Trung tâm Kiểm soát bệnh tật các tỉnh: …" (each place's own)."""
    lower = head.lower()
    patterns = name_patterns()
    found = patterns.type_word.match(lower)
    if found is None or not head[found.end() :].strip()[:1].isupper():
        return False
    # "Sở Y tế phối hợp với các huyện: …": a verb inside is no name's (the places are the partners)
    return not any(patterns.boundary.match(lower, word.start()) for word in re.finditer(r"\S+", lower))


def _a_body_heading_places(head: str) -> bool:
    """Whether a head no list holds names a body each place has: the people's committee, printed alone ("Chủ tịch
    UBND tỉnh giao UBND các huyện …": the committee before "các", not the words from the chairman's on), or a
    body by its form."""
    return head == "Ủy ban nhân dân" or _a_body_by_its_form(head)


def _type_head(printed: str) -> str | None:
    """The head of a list by type ("Bộ", "Trường Trung học cơ sở", "Trường Mầm non"): a type word, then
    maybe the field every member shares, capitalized as a name prints it; None if it opens with no type word."""
    found = name_patterns().type_word.match(printed.lower())
    if not found or name_patterns().compound_head.match(printed.lower()):
        return None  # "các trường hợp sau: Siêu thị …": a common word ("trường hợp"), no type word
    type_word = printed[: found.end()]
    field = printed[found.end() :].strip()
    type_word = type_word[:1].upper() + type_word[1:]
    if not field:
        return type_word
    return f"{type_word} {field[:1].upper()}{field[1:]}"


def _opens_its_own_body(flat: str, start: int, end: int) -> bool:
    piece = flat[start:end]
    patterns = name_patterns()
    return bool(
        patterns.type_word.match(piece.lower())
        or patterns.type_word_level_head.match(piece.lower())
        or _OWN_BODY.match(piece)
    )


def _ends_the_list(flat: str, piece: tuple[int, int, str], list_separator: str, a_known_member: bool) -> bool:
    """Whether a piece after the first is no member: it opens with an office's title ("Giám đốc các sở: Y tế,
    Tài chính, Chủ tịch UBND huyện …" names the committee's chairman next), or a ";" parts it from a list whose
    members are parted by "," or "và" ("các Bộ: Y tế, Tài chính; Bưu điện tỉnh": the next holder of the
    sentence, not a ministry; but "các sở, ngành: Tư pháp; Nội vụ" parts every member by ";"), unless the head
    and the piece name a known body ("các Sở: Xây dựng, Tài chính; Công Thương, Văn hóa và Thể thao")."""
    start, end, separator = piece
    if separator == ";" and list_separator != ";" and not a_known_member:
        return True
    return office_title().match(flat, start, end) is not None


def _opens_with_a_member(head: str, level: str | None, piece: str) -> bool:
    """Whether the piece's first words, under the head, are a known body ("Công an phối hợp" under "Bộ")."""
    words = piece.split()
    return any(
        known_body(_member_name(head, level, " ".join(words[:size]))) for size in range(1, min(5, len(words)) + 1)
    )


# a field of two parts joined by a dash, each opening with a capital, the whole piece: "Tổ chức - Chính trị", "Kế
# hoạch - Tài vụ", "Hành chính -Tổng hợp" (a unit's name, not a duty that opens with the verb "tổ chức")
_FIELD_PART = r"[^\s,;:.()-]*+(?:[ \t]++[^\s,;:.()-]++){0,3}"  # a capital's word, then up to three words
_DASHED_FIELD = re.compile(rf"[{UPPER}]{_FIELD_PART}[ \t]*+[-–][ \t]*+[{UPPER}]{_FIELD_PART}")


def _dashed_field(piece: str) -> bool:
    return _DASHED_FIELD.fullmatch(piece) is not None


_INNER_NAME_WORDS = 6  # words of the piece after an inner "và": "Kiểm định chất lượng", "Hợp tác quốc tế"


def _joined_by_an_inner_and(flat: str, pieces: list[tuple[int, int, str]], i: int, list_separator: str | None) -> bool:
    """In a list of fields parted by commas, piece i then "và" and a short piece the list goes on after ("…, Khảo
    thí và Kiểm định chất lượng, Quản lý khoa học …"): the "và" joins one member's name, not the list's last two
    members (the caller asks for a list of units, not of places, whose last "và" ends the list)."""
    if not (i > 0 and i + 2 < len(pieces) and list_separator == ","):
        return False
    after = pieces[i + 1]
    return after[2] == "và" and pieces[i + 2][2] == "," and len(flat[after[0] : after[1]].split()) <= _INNER_NAME_WORDS


def _exactly_known(name: str) -> bool:
    """Whether `name` is a known body as printed (not a short form of a longer one: "Sở Giáo dục")."""
    known = known_body(name)
    return known is not None and fold_key(known) == fold_key(name)


def _opens_with_a_field(head: str, level: str | None, piece: str) -> bool:
    """Whether the piece opens with a field that makes with the head a known body as printed ("Y tế tổ chức" under
    "Sở")."""
    words = piece.split()[:_FIELD_WORDS]
    return any(_exactly_known(_member_name(head, level, " ".join(words[:size]))) for size in range(len(words), 0, -1))


def _member_name(head: str, level: str | None, member: str) -> str:
    expanded = squash(expand_abbreviations(member))
    # "các Vụ: TCCB, PC": a member printed as an abbreviation is a field, its first letter capitalized
    member = expanded[:1].upper() + expanded[1:] if expanded != member and member[:1].isupper() else expanded
    if level:
        return f"{head} {level} {member}"
    return f"{head} {member}"


_LEVEL_WORD_SET = frozenset(LEVEL_WORDS)


def _a_place_name(piece: str) -> bool:
    """The piece opens with two capitalized words, as a place's name prints ("Cần Đước", "Cần Giuộc rà soát"): under
    a level's head a word that ends a name in lower case ("cần") opens a member here; duties open with one
    capital ("Cần rà soát …")."""
    words = piece.split()[:2]
    return len(words) == 2 and all(word[:1].isupper() for word in words)


def _places_as_actors(flat: str, head: re.Match[str]) -> str | None:
    """The level word of a head "các <level>:" that a directive verb names ("giao các huyện: A, B", "đề nghị các
    xã: C, D", "phối hợp với các phường: E, F"): the places act, so each is its government; "tại các xã: A, B" is
    where something happens, no body."""
    level = squash(head.group("type")).lower()
    if level not in _LEVEL_WORD_SET or not named_by_a_verb(flat, head.start()):
        return None
    return level


def _levels_of(printed: str) -> list[str]:
    """The level words of a head, as printed and in order ("phường, xã" -> ["phường", "xã"])."""
    return [squash(word) for word in _LEVEL_WORD.findall(printed)]


def _a_duty_after_the_colon(flat: str, head: str, level: str | None, piece: tuple[int, int, str]) -> bool:
    """Whether the words after a head's colon open with a verb of duty ("Lựa chọn", "Phối hợp", "Chủ trì"): the head
    labels the bodies that do it, and names no members; a field that makes a known body with the head is a member
    still ("các Bộ: Xây dựng, Công Thương")."""
    start, end, _ = piece
    if name_patterns().boundary.match(flat[start : start + 40].lower()) is None:
        return False
    if all(word[:1].isupper() for word in flat[start:end].split()) or _dashed_field(flat[start:end]):
        return False  # "các huyện: Cần Giuộc, …", "Trưởng phòng: Tổ chức - Chính trị": names opening like a verb
    return not known_body(_member_name(head, level, flat[start:end]))


def find_shared_head_lists(
    flat: str, region: tuple[int, int], where: Where | None = None, read: list[RawMention] | None = None
) -> tuple[list[RawMention], list[tuple[int, int]]]:
    """Member mentions, and the spans of the heads they replace ("các Bộ:", "UBND các phường:"). `where`: the
    document's era and province, for the members of a head of several levels; `read`: the bodies the matcher read in
    the region, where the caller has them (read here when needed otherwise)."""
    lo, hi = region
    members: list[RawMention] = []
    heads: list[tuple[int, int]] = []
    search_from = lo
    while (gate := _HEAD_GATE.search(flat, search_from, hi)) and (
        match := _HEAD.search(flat, _run_start(flat, gate.start(), search_from), hi)
    ) is not None:
        search_from = match.start() + 1  # heads may overlap: "Bí thư và Chủ tịch UBND các tỉnh:"
        levels: list[str] = []
        if match.group("level"):
            head = squash(expand_abbreviations(match.group("body")))
            levels = _levels_of(match.group("level"))
            known_head = _canonical_head(head, levels[0] if levels else None)
            if not (known_head or _a_body_heading_places(head)):
                continue
            head = known_head or head
        elif match.group("levels"):  # "giao các xã, thị trấn: A, B": each commune's or township's government
            if not named_by_a_verb(flat, match.start()):
                read = find_raw_mentions(flat, region) if read is None else read
                if not _listed_after_a_named_body(flat, match.start(), read):
                    continue
            head, levels = "Ủy ban nhân dân", _levels_of(match.group("levels"))
        else:
            head = _type_head(squash(expand_abbreviations(match.group("type"))))
            if head is None:
                level = _places_as_actors(flat, match)
                if level is None:
                    continue
                head, levels = "Ủy ban nhân dân", [level]  # "giao các huyện: A, B": each district's government
        level = levels[0] if levels else None  # the first printed: what a member's name is tried with
        search_from = match.end()
        limit = _list_end(flat, match.end(), hi)
        if match.group("bracket"):  # "các Sở ngành (Tài chính, Xây dựng)": the members end with the bracket
            closing = flat.find(")", match.end(), limit)
            if closing < 0:
                continue
            limit = closing
        pieces = _pieces(flat, match.end(), limit)
        if pieces and _a_duty_after_the_colon(flat, head, level, pieces[0]):
            continue  # "UBND các huyện, thành phố: Lựa chọn địa điểm …": a label, its duty after it, no list
        party = _PARTY_COHEAD.search(flat[max(lo, match.start() - 40) : match.start()]) if level else None
        picked: list[tuple[int, int, str, str | None]] = []  # start, end, member as printed, known body
        i = 0
        list_separator = None  # what parts the first two members (not the "và" inside "Văn hóa, Thể thao và Du lịch")
        passed_a_body = False  # a body of its own passed over in a list parted by ";"
        while i < len(pieces):
            start, end, _ = pieces[i]
            if not flat[start].isupper():
                break
            if i and list_separator is None:
                list_separator = pieces[i][2]
            best = (i, _member_name(head, level, flat[start:end]))
            joined_end = None  # where a name joined over pieces ends, inside its last piece when it runs on
            for j in range(i + 1, min(i + 3, len(pieces))):  # a name holding "," or "và" (Văn hóa, Thể thao và Du lịch)
                # the last piece may run on into the sentence ("Giáo dục và | Đào tạo phối hợp"): its name's end too
                for piece_end in (pieces[j][1], _member_end(flat, pieces[j][0], pieces[j][1], bool(level))):
                    joined = _member_name(head, level, flat[start:piece_end])
                    if known_body(joined):
                        best, joined_end = (j, joined), piece_end
                        break
            if best[0] == i and not level and _joined_by_an_inner_and(flat, pieces, i, list_separator):
                after = flat[pieces[i + 1][0] : pieces[i + 1][1]]
                if not (_exactly_known(best[1]) and _exactly_known(_member_name(head, level, after))):
                    best = (i + 1, _member_name(head, level, flat[start : pieces[i + 1][1]]))
            a_field = _exactly_known(best[1]) or _opens_with_a_field(head, level, flat[start:end])
            if i and _ends_the_list(flat, pieces[i], list_separator or "", a_field):
                break
            # "các Bộ: …, Khoa học và Công nghệ": a member whose first piece opens like a body of its own ("Khoa")
            whole = best[0] > i or _opens_with_a_member(head, level, flat[start:end]) or _dashed_field(flat[start:end])
            if i and _opens_its_own_body(flat, start, end) and not whole:
                if list_separator == ";" and not level:
                    i, passed_a_body = i + 1, True  # "các sở, ngành: Nội vụ; Liên đoàn Lao động tỉnh; Tài chính"
                    continue
                break  # "…; Ban Dân tộc tỉnh": a body of its own, but "các Bộ: Y tế, Công an" goes on
            if (
                name_patterns().boundary.match(flat[start:end].lower())
                and not (level and _a_place_name(flat[start:end]))
                and not whole
            ):
                break  # "các trường THCS: Xây dựng kế hoạch …": the duties, not members (but "các Bộ: Xây dựng")
            j, name = best
            known = known_body(name)
            if known is None:  # the longest known body the piece opens with ("Ngoại giao phối hợp …")
                words = list(re.finditer(r"\S+", flat[start : pieces[j][1]]))
                for size in range(len(words) - 1, 0, -1):
                    known = known_body(_member_name(head, level, flat[start : start + words[size - 1].end()]))
                    if known:
                        pieces[j] = (start, start + words[size - 1].end(), pieces[j][2])
                        break
            if known is None and (passed_a_body or name_patterns().closed_type_word.match(head.lower())):
                break  # "các Bộ: Kế hoạch và Đầu. tư": a ministry is one of a closed list
            stop = (joined_end or pieces[j][1]) if known else _member_end(flat, start, pieces[j][1], bool(level))
            picked.append((start, stop, squash(flat[start:stop]), known))
            if stop < pieces[j][1]:
                break  # the list ends inside this piece ("Lâm Đồng tiếp tục phân công …")
            i = j + 1
        if picked:
            members.extend(_named_members(head, levels, picked, party is not None, where))
            heads.append((match.start(), match.end()))
    named, named_heads = find_named_place_lists(flat, region, where)
    members, heads = members + named, heads + named_heads
    for clause_start, match in _roman_lists(flat, lo, hi):
        # the head opens at the clause's first capital that opens a type word ("Giao Khu Quản lý đường bộ III, IV")
        head_start = next(
            (
                at.start()
                for at in _CAPITAL.finditer(flat, clause_start, match.start())
                if (at.start() == 0 or not flat[at.start() - 1].isalnum())
                and name_patterns().type_word.match(flat[at.start() : match.start()].lower())
            ),
            None,
        )
        if head_start is None or _runs_past_a_name(flat, head_start, match.start()):
            continue
        head = squash(flat[head_start : match.start()])
        for k, numeral in enumerate(_ROMAN_NUMERAL.finditer(flat, match.start(), match.end())):
            start = head_start if k == 0 else numeral.start()  # the first member is printed with its head
            members.append(RawMention(start, numeral.end(), f"{head} {numeral.group()}", "agency.shared_head"))
        heads.append((head_start, match.end()))
    return members, heads


# one body, "các" and one level word, then the places by name with no colon: "UBND các phường Minh An, Sơn Phong
# và Cẩm Nam", "Chủ tịch UBND các huyện Phù Cát, Phù Mỹ" (the gate: "các", the level word, a capital)
# a numbered district ("UBND các quận 4, 7, 8"): the lists hold Hồ Chí Minh City's by number
_NAMED_PLACES_GATE = re.compile(rf"(?<!\w)các[ \t\n]++(?:{_LEVELS})[ \t\n]++[{UPPER}0-9]")
_NAMED_PLACES_HEAD = re.compile(
    rf"{_LEADERS}(?P<body>(?<![\w&])(?:UBND|Ủy\s+ban\s+nhân\s+dân|[A-ZĐ][\w&]*(?:\s+[\w&-]+){{0,6}}?))"
    rf"\s+các\s+(?P<level>{_LEVELS})[ \t\n]++"
)


def find_named_place_lists(
    flat: str, region: tuple[int, int], where: Where | None = None
) -> tuple[list[RawMention], list[tuple[int, int]]]:
    """The members of a body's list of places named with no colon ("UBND các xã Tân Lập, Hòa Bình và Phú Mỹ": each
    commune's government), and the heads they replace. Read only while each member is a division of the level in
    the authoritative lists: "các tỉnh Tây Nguyên" names a region, "các xã vùng cao" no place."""
    lo, hi = region
    members: list[RawMention] = []
    heads: list[tuple[int, int]] = []
    pos = lo
    while (gate := _NAMED_PLACES_GATE.search(flat, pos, hi)) is not None:
        pos = gate.end()
        found = _named_places_head(flat, _run_start(flat, gate.start(), lo), gate.end() - 1)
        if found is None:
            continue
        match, head = found
        level = squash(match.group("level")).lower()
        picked = _named_places(flat, match.end(), _list_end(flat, match.end(), hi), level)
        if picked:
            # the first member's mention holds the head, as printed ("UBND các phường Minh An"): the role is read
            # from the words before the head
            picked[0] = (match.start(), *picked[0][1:])
            members.extend(
                RawMention(begin, stop, _member_name(head, own_level, name), "agency.shared_head")
                for begin, stop, name, own_level in picked
            )
            heads.append((match.start(), match.end()))
            pos = picked[-1][1]
    bare, bare_heads = _communes_asked_by_name(flat, region, heads)
    return members + bare, heads + bare_heads


# a commune's level word, with "các" before it or none, then its name: "giao xã Nghi Lâm", "yêu cầu lãnh đạo các phường
# Trần Phú, Lê Lợi" (a district's level is read by the matcher wherever its place is printed)
# no look-behind: re then skips ahead to the level words' letters (the word's start is checked on each match)
_COMMUNE_GATE = re.compile(rf"(?P<level>xã|phường|thị[ \t]+trấn)[ \t\n]++(?=[{UPPER}0-9])")
_PLURAL_BEFORE = re.compile(r"(?<!\w)[Cc]ác[ \t\n]++$")
# the places' government between the verb and them ("chính quyền các xã …"); an office is a roles.tsv `leader_title`
_GOVERNMENT_BEFORE = re.compile(r"(?<!\w)chinh[ \t\n]+quyen[ \t\n]++$")


def _communes_asked_by_name(
    flat: str, region: tuple[int, int], taken: list[tuple[int, int]]
) -> tuple[list[RawMention], list[tuple[int, int]]]:
    """Communes named bare right after a verb that gives work, asks or names a partner ("giao xã Nghi Lâm", "yêu cầu
    lãnh đạo các phường Trần Phú, Lê Lợi", "phối hợp với thị trấn Quán Hành"): each one's people's committee. Only
    there: printed elsewhere a commune is where something is ("tại xã …", an address), and no list says it acts."""
    lo, hi = region
    members: list[RawMention] = []
    heads: list[tuple[int, int]] = []
    for gate in _COMMUNE_GATE.finditer(flat, lo, hi):
        if gate.start() > lo and flat[gate.start() - 1].isalnum():
            continue
        plural = _PLURAL_BEFORE.search(flat, max(lo, gate.start() - 8), gate.start())
        gate_start = plural.start() if plural else gate.start()
        if any(start <= gate_start < end for start, end in taken + heads):
            continue
        window = fold_keep_case(flat[max(lo, gate_start - 30) : gate_start]).lower()
        office = role_patterns().leader_tail.search(window) or _GOVERNMENT_BEFORE.search(window)
        if not named_by_a_verb(flat, gate_start - len(window) + office.start() if office else gate_start):
            continue
        level = squash(gate.group("level")).lower()
        picked = _named_places(flat, gate.end(), _list_end(flat, gate.end(), hi), level)
        if picked:
            picked[0] = (gate_start, *picked[0][1:])
            members.extend(
                RawMention(begin, stop, _member_name("Ủy ban nhân dân", own_level, name), "agency.shared_head")
                for begin, stop, name, own_level in picked
            )
            heads.append((gate_start, picked[-1][1]))
    return members, heads


_WORD_START = re.compile(r"(?<![\w&])[\w&]")


@lru_cache(maxsize=1)
def _field_list_head() -> re.Pattern[str]:
    """A type word of bodies named by their field (cues `field_list_type_word`: "Sở", "Bộ"), a capital after it."""
    cues = load_cues("agency_names.tsv", NAME_CUE_KINDS)
    # printed with its capitals, as the cue writes it ("cán bộ Tư pháp" is no ministry; "Bộ Tư lệnh Quân chủng");
    # case-sensitive, so re skips to the capitals
    printed = sorted((c.phrase for c in cues if c.kind == "field_list_type_word"), key=len, reverse=True)
    capitalized = "|".join(r"[ \t]++".join(map(re.escape, phrase.split())) for phrase in printed)
    # in the plural a clerk prints the type word in small letters, the fields still capitalized: "các sở Tài chính,
    # Xây dựng" (one word only: "các bộ" but not "các bộ tư lệnh")
    small = "|".join(re.escape(phrase.lower()) for phrase in printed if " " not in phrase)
    # the gate: a capital after the type word, and within a field's reach a "," or "và" and another capital; or, in the
    # plural, every field in small letters ("các phòng y tế, giáo dục và đào tạo": each must still make a known body)
    return re.compile(
        rf"(?:(?<![\w&])(?P<type>{capitalized})|(?<![\w&])[Cc]ác[ \t]++(?P<plural>{small}))"
        rf"[ \t]++(?=[{UPPER}][^,;.:()\n]{{0,60}}?(?:,|[ \t]và)[ \t\n]*+[{UPPER}])"
        rf"|(?<![\w&])[Cc]ác[ \t]++(?P<small>{small})"
        rf"[ \t]++(?=[{LOWER}][^,;.:()\n]{{0,60}}?(?:,|[ \t]và)[ \t\n]*+[{LOWER}])"
    )


_FIELD_SEPARATORS = frozenset({",", "và", ", và"})


def find_fields_after_a_body(flat: str, region: tuple[int, int]) -> list[RawMention]:
    """The fields printed after a body named by its type word and field, which share its type word: "phối hợp với
    Sở Xây dựng, Công Thương và UBND xã" -> `Sở Công Thương`. Each field, and the first body's, must make with the
    type word a known body as printed (so "Sở Giáo dục, Khoa học và Công nghệ", one merged department, is no list);
    a field that names a body alone ("Bộ Chỉ huy Quân sự, Công an tỉnh") or a body of its own ends the list."""
    lo, hi = region
    found: list[RawMention] = []
    for head in _field_list_head().finditer(flat, lo, hi):
        limit = _list_end(flat, head.end(), min(hi, head.end() + _FIELD_LIST_REACH))
        if not _SEPARATOR_MARK.search(flat, head.end(), limit):
            continue  # "Sở Y tế chủ trì.": no field after it
        plural_group = "plural" if head.group("plural") else "small"  # "các sở Tài chính, …", "các phòng y tế, …"
        plural = head.group(plural_group)
        printed = head.group("type") or plural.capitalize()
        type_word = squash(expand_abbreviations(printed))  # "BTL Quân chủng": "Bộ Tư lệnh Quân chủng"
        pieces = _pieces(flat, head.end(), limit)
        if len(pieces) < 2 or pieces[1][2] not in _FIELD_SEPARATORS:
            continue
        member = _field_member(flat, type_word, pieces, 0, whole=True)
        if member is not None and plural:  # the first field is a member too: no body read it
            found.append(
                RawMention(
                    head.start(plural_group),
                    member[1],
                    member[2],
                    "agency.shared_head",
                )
            )
        while member is not None and member[1] == pieces[member[0]][1] and member[0] + 1 < len(pieces):
            i = member[0] + 1
            start, end, separator = pieces[i]
            capitalized = flat[start].isupper() or (head.group("small") and flat[start].islower())
            if separator not in _FIELD_SEPARATORS or not capitalized or _opens_its_own_body(flat, start, end):
                break
            member = _field_member(flat, type_word, pieces, i)
            if member is not None:
                found.append(RawMention(start, member[1], member[2], "agency.shared_head"))
    return found


def _field_member(
    flat: str, type_word: str, pieces: list[tuple[int, int, str]], i: int, whole: bool = False
) -> tuple[int, int, str] | None:
    """(last piece, end, name) of the known body the type word and the field printed from piece `i` make, the field
    holding up to two more pieces ("Văn hóa, Thể thao và Du lịch") and ending inside the last one ("Tư pháp trước
    khi ban hành"), or at its end with `whole`; None when no such body, or the field alone is a body's name."""
    start = pieces[i][0]
    for j in range(min(i + 2, len(pieces) - 1), i - 1, -1):
        if whole:
            ends = [pieces[j][1]]
        else:
            ends = [m.end() for m in islice(_WORD.finditer(flat, pieces[j][0], pieces[j][1]), _FIELD_WORDS)]
        for end in reversed(ends):
            field = squash(expand_abbreviations(flat[start:end]))
            name = f"{type_word} {field}"
            if _exactly_known(name):
                return None if known_body(field) else (j, end, known_body(name) or name)
    return None


_WORD = re.compile(r"\S+")
_FIELD_WORDS = 8  # words of a field in one piece: "Lao động - Thương binh và Xã hội"
_FIELD_LIST_REACH = 400  # characters a list of fields may run over (a score of fields)


def _named_places_head(flat: str, run_start: int, head_end: int) -> tuple[re.Match[str], str] | None:
    """The head that ends right before the first member, its body a known one or a people's committee, from the
    first word of the run that opens one ("Giao UBND các xã": "UBND", not "Giao UBND"), with the body's name (the
    gazetteer's spelling when it holds it)."""
    for word in _WORD_START.finditer(flat, run_start, head_end):
        match = _NAMED_PLACES_HEAD.fullmatch(flat, word.start(), head_end)
        if match is None:
            continue
        head = squash(expand_abbreviations(match.group("body")))
        known = _canonical_head(head, squash(match.group("level")).lower())
        if known or _a_body_heading_places(head):
            return match, known or head
    return None


# a piece that names its own level before its place, under the same body ("UBND các quận 4, 7, Gò Vấp, các huyện
# Cần Giờ, Củ Chi và TP Thủ Đức"): the places after it are of that level
_OWN_LEVEL = re.compile(rf"(?:các[ \t\n]++)?(?P<level>{_LEVELS}|TP)[ \t\n]*+(?=[{UPPER}0-9])")
_NUMBER = re.compile(r"\d{1,2}(?!\w)")


def _named_places(flat: str, start: int, limit: int, level: str) -> list[tuple[int, int, str, str]]:
    """(start, end, name, level) of each place named at `start`, up to the first piece that is no division of
    its level (a lower-case word, a place of no such level: "…, Tuy Phước, vùng cao" ends there). A piece may
    print a level of its own before its place ("…, Tuy Phước, thị xã Hoài Nhơn"), a numbered district its number
    ("quận 4, 7")."""
    picked: list[tuple[int, int, str, str]] = []
    pieces = _pieces(flat, start, limit)
    list_separator = pieces[1][2] if len(pieces) > 1 else ""
    for index, piece in enumerate(pieces):
        begin, end, _ = piece
        own = _OWN_LEVEL.match(flat, begin, end) if index else None
        place_start = own.end() if own else begin
        if (index and _ends_the_list(flat, piece, list_separator, False)) or place_start >= end:
            break
        number = _NUMBER.match(flat, place_start, end)
        if number is None and not flat[place_start].isupper():
            break
        stop = number.end() if number else _member_end(flat, place_start, end, True)
        name = squash(flat[place_start:stop])
        piece_level = LEVELS[fold_keep_case(squash(own.group("level")).lower())] if own else level
        if not is_division(name, piece_level) or not _of_one_tier(level, piece_level, name):
            break
        level = piece_level
        picked.append((begin, stop, name, level))
        if stop < end:
            break  # "Cẩm Nam theo chức năng …": the list ends inside the piece
    return picked


def _of_one_tier(level: str, own: str, place: str) -> bool:
    """Whether a place printed with its own level is of the list's tier ("các huyện A, B, thị xã C": three
    districts); a higher one says where the list's places are ("các xã A, B, huyện C": C is the communes')."""
    tiers = [LEVEL_OF_WORD[level], LEVEL_OF_WORD[own]]
    if tiers[1] is None:  # "thành phố": a centrally-run city is a province, any other a district
        tiers[1] = "province" if place in resources.province_names() else "district"
    return tiers[0] is None or tiers[0] == tiers[1]


def _named_members(
    head: str, levels: list[str], picked: list[tuple[int, int, str, str | None]], party: bool, where: Where | None
) -> list[RawMention]:
    """The mentions of a list's members: a known body by its name, a place under a head of levels at its own level
    ("UBND các phường, xã: Ba Đình, Bát Tràng", "các tỉnh, thành phố: Hà Nội, Quảng Ninh"), and with `party` the
    party committee of each too ("Bí thư tỉnh ủy và Chủ tịch UBND các tỉnh: …")."""
    places = [member for _, _, member, known in picked if known is None]
    own_levels = iter(member_levels(places, levels, where) if levels else [])
    found: list[RawMention] = []
    for start, stop, member, known in picked:
        member_level = next(own_levels) if levels and not known else levels[0] if levels else None
        found.append(RawMention(start, stop, known or _member_name(head, member_level, member), "agency.shared_head"))
        committee = _PARTY_BY_LEVEL.get(member_level) if party and member_level else None
        if committee:
            found.append(RawMention(start, stop, f"{committee} {member}", "agency.shared_head"))
    return found


def find_mentions(
    flat: str, region: tuple[int, int], folded: str | None = None, where: Where | None = None
) -> list[RawMention]:
    """Every agency mention in `flat[region]`: the matcher's, with shared-head lists read member by member, and a
    body named at several levels once per level. `where`: the document's era and province (division_levels.py)."""
    return bodies_at_each_level(flat, whole_items(flat, region, _mentions_and_members(flat, region, folded, where)))


def _in_place_of(found: list[RawMention], better: list[RawMention]) -> list[RawMention]:
    """`found` with `better` in place of the mentions they overlap, in order."""
    if not better:
        return found
    overlaps = overlapping([(r.start, r.end) for r in better])
    return sorted([r for r in found if not overlaps(r.start, r.end)] + better, key=lambda r: r.start)


def _mentions_and_members(
    flat: str, region: tuple[int, int], folded: str | None, where: Where | None
) -> list[RawMention]:
    found = find_raw_mentions(flat, region, folded)
    # "Giao Sâ Xây dirng …" in a damaged OCR layer (none in clean text): a name read whole there covers what the
    # matcher read of it ("UBND" of "UBND các huyn, thj xã")
    found = _in_place_of(found, find_damaged_names(flat, region))
    # "lực lượng Công an, Biên phòng": the forces by their names, not what the matcher read there
    found = _in_place_of(found, find_force_lists(flat, region))
    # "phối hợp với ngành Công an": the sector as an actor, not the force "Công an" the matcher read in it
    found = _in_place_of(
        found, find_sector_actors(flat, folded if folded is not None else fold_keep_case(flat), region)
    )
    members, heads = find_shared_head_lists(flat, region, where, found)
    units, unit_lists = find_numbered_units(flat, region)  # "các Quân khu 1, 2 và 3"
    members = members + units + find_fields_after_a_body(flat, region) + find_school_lists(flat, region)
    heads = heads + unit_lists
    if not members:
        return found
    overlaps = overlapping(heads + [(m.start, m.end) for m in members])
    kept = [r for r in found if not overlaps(r.start, r.end)]
    return sorted(kept + members, key=lambda r: r.start)
