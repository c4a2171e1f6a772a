"""The name grammar: bodies that no list holds, read from the way Decree 30/2020 prints a name.

A name opens with a type word (Sở, Cục, Trung tâm, Trường … `cues/agency_names.tsv`), then its
field with a capital first letter, then a level word and a place:

    Trung tâm | Văn hóa và Thể thao | huyện
    Trường | THCS Tân Thạch
    Ban Chỉ huy | Phòng thủ dân sự | tỉnh
    Khu | Quản lý đường bộ III

The field is a run of conjuncts joined by "và", "-", "&" or a comma inside the name ("Xúc tiến
Đầu tư, Thương mại và Du lịch"); a conjunct is a capitalized word and the lower-case words of the
same term ("Kết cấu hạ tầng xây dựng"), or a proper name (two capitalized words in a row, after
which no lower-case word belongs to the name), an abbreviation (THCS, GD&ĐT), a number or a
roman numeral (which end the name). A boundary word (a verb or function word of the directive,
"chủ trì", "tổ chức", "tại" …) always ends it, so does a comma or a line break that is not inside
a name. The printed name, abbreviations expanded, is the canonical name.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from ... import resources
from ...cues import alternation, load_cues, phrases
from ...errors import ResourceError
from ...names import abbreviation_table, expand_abbreviations, squash
from ...patterns import lower_same_length, lower_same_length_uncached, opens_a_word, word_start
from ...vn import LOWER, UPPER, fold_keep_case
from ...vocab import BARE_TYPE_WORDS, CLASS_LEVEL_WORDS, GOVERNING_ORGANS, LEVEL_WORD, LEVEL_WORDS, level_pattern
from .directive_lists import named_by_a_verb
from .mentions import RawMention
from .offices import office_title
from .role_cue_kinds import ROLE_CUE_KINDS
from .title_names import HEADING_END, heading_name_end, heads_an_item, in_a_title, title_name_end

NAME_CUE_KINDS = frozenset(
    {
        "force",
        "not_field_term",
        "front_short_name",
        "front_conjunction",
        "type_word",
        "minor_type_word",
        "type_word_level",
        "closed_type_word",
        "field_list_type_word",
        "not_a_level",
        "level_in_compound",
        "programme_head",
        "bound_prefix",
        "boundary",
        "field_word",
        "lower_case_head",
        "village_level",
        "compound_word",
        "purpose_type_word",
        "purpose_verb",
        "level_only_type_word",
        "located_type_word",
        "numbered_region",
        "numbered_type_word",
        "unit_command",
        "unit_of_body",
        "authority_word",
        "minister_title",
        "name_closing",
        "shared_level_head",
        "level_purpose_type_word",
        "kind_name_type_word",
        "school_level",
        "compound_head",
        "field_closer",
        "place_kind",
        "site_kind",
        "paired_term",
        "not_a_boundary",
        "own_unit_word",
        "cell_stop",
        "function_field",
        "lower_case_unit",
        "abbreviated_head",
        "parent_type_word",
        "gathering",
        "concept",
        "concept_breaker",
    }
)
NO_PARENT, PARENT_TYPE_WORD, PARENT_FIRST_WORD = 0, 1, 2  # where a field is in a parent's name printed inside it
MAX_LOWER_RUN = 8  # lower-case words of one term: "Kiểm dịch y tế quốc tế", "An ninh hàng không dân dụng quốc gia"

_TOKEN = re.compile(r"[^\W_]+(?:[&-][^\W_]+)*|[,&–—-]|\S")
# an en or em dash between two terms of a name is its hyphen
_SPACED_AMPERSAND = re.compile(r"(?<![ \t])[ \t]++&[ \t]++")
_PRINTED_DASH = re.compile(r"(?:(?<![ \t])[ \t]++)?[–—][ \t]*+")
_UNIT_NUMBER = re.compile(r"\d{1,3}")
_ROMAN = re.compile(r"^(?:X{0,3})(?:IX|IV|V?I{0,3})$")
# a level that names every unit of it (on accented lower-case text): "huyện, thành phố", "các huyện, thị xã,
# thành phố", "huyện, TX, TP", "các xã, phường", "phường/xã", "các tỉnh, thành phố trực thuộc Trung ương", "cấp
# cơ sở (xã, phường, thị trấn)" (the commune level), "các cấp" (every level), "cấp huyện" (the level named)
_SEP = r"[ \t]*[,/][ \t]*"
# "cấp" and a level word (vocab.CLASS_LEVEL_WORDS), a group per level: "(?P<province_level>tỉnh)|…"
_CLASS_LEVEL_WORD_GROUPS = "|".join(
    f"(?P<{level}_level>{'|'.join(w for w, of in CLASS_LEVEL_WORDS.items() if of == level)})" for level in LEVEL_WORD
)
_CLASS_LEVEL = re.compile(
    r"[ \t]+(?:"
    rf"(?P<province>(?:các[ \t]+)?tỉnh{_SEP}thành[ \t]+phố(?:[ \t]+trực[ \t]+thuộc[ \t]+(?:trung[ \t]+ương|tw))?"
    r"|các[ \t]+tỉnh)"
    rf"|(?P<district>(?:các[ \t]+)?(?:huyện|quận)(?:{_SEP}(?:thị[ \t]+xã|thành[ \t]+phố|quận|huyện|tx|tp\.?))+"
    r"(?P<and_city>[ \t]*,?[ \t]+và[ \t]+(?:thị[ \t]+xã|thành[ \t]+phố))?|các[ \t]+(?:huyện|quận))"
    rf"|(?P<commune>(?:các[ \t]+)?(?:xã|phường)(?:{_SEP}(?:phường|thị[ \t]+trấn|xã|đặc[ \t]+khu))+"
    r"|các[ \t]+(?:xã|phường)"
    r"|cấp[ \t]+cơ[ \t]+sở(?:[ \t]*\([^()\n]{0,40}\))?)"
    r"|(?P<every>các[ \t]+cấp)"
    # a ministry's units and the localities' bodies of one kind ("công an các đơn vị, địa phương"), one kind's bodies
    # of the localities ("lực lượng công an địa phương"): the class as printed, of no one level
    r"|(?P<units_and_localities>các[ \t]+đơn[ \t]+vị[ \t]*,[ \t]*địa[ \t]+phương|địa[ \t]+phương)"
    rf"|cấp[ \t]+(?:{_CLASS_LEVEL_WORD_GROUPS})"
    r")(?!\w)"
)
_NAMED_PLACE_NEXT = re.compile(r"[ \t]+(?-i:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ])")
_CLASS_SUFFIX = {
    "province": " cấp tỉnh",
    "district": " cấp huyện",
    "commune": " cấp xã",
    "every": " các cấp",
    "province_level": " cấp tỉnh",
    "district_level": " cấp huyện",
    "commune_level": " cấp xã",
}
_CAPITALIZED_WORDS = re.compile(r"(?:[ \t]+(?-i:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ])\w*){1,3}")


def class_level_at(flat: str, lower: str, at: int, limit: int) -> tuple[int, str] | None:
    """The end of a level that names every unit of it, printed at `at` after a body's type and field, and the
    suffix of the class's name (" cấp huyện"): "Trung tâm Y tế | các huyện, thị xã", "Trạm Y tế | phường/xã".
    A district list closed by "và thành phố X" takes the city named ("các huyện, thị xã và thành phố Huế"); a
    level followed by a place's name names those places, not every one ("các huyện Đức Hòa, Bến Lức")."""
    match = _CLASS_LEVEL.match(lower, at, limit)
    if not match:
        return None
    end = match.end()
    if _NAMED_PLACE_NEXT.match(flat, end, limit) and not (match.group("every") or match.group("and_city")):
        return None  # "Ban Chỉ đạo các huyện Đức Hòa, Bến Lức": the places named, not every one
    if match.group("and_city"):
        named = _CAPITALIZED_WORDS.match(flat, end, limit)
        if named is not None and _opens_a_name(flat, named.start() + 1, limit):
            return None  # "các huyện, thị xã và thành phố Ủy ban …": the list reads on; leave it to the places
        if named is not None:
            end = named.end()  # "các huyện, thị xã và thành phố Huế": the city named closes the list
        # else "các huyện, thị xã và thành phố tăng cường": every district-level unit, the cities among them
    if match.group("units_and_localities"):
        return end, " " + " ".join(lower[match.start("units_and_localities") : end].replace(",", ", ").split())
    level = next(group for group in _CLASS_SUFFIX if match.group(group))
    return end, _CLASS_SUFFIX[level]


# what must stand right after a name for a level that names every unit of it to run past the name's end: spaces and
# the opening letters of its first word ("các", "cấp", "tỉnh", "huyện", "quận", "xã", "phường"), or, after a name
# ending in a level word ("Bưu điện huyện"), the separator of a list of levels; a line break may be a wrapped line
_CLASS_LEVEL_NEXT = re.compile(
    r"[ \t]*[,/]|[ \t\n]+(?:[cC][áấÁẤ]|[tT][ỉỈ]|[hH][uU][yY]|[qQ][uU][ậẬ]|[xX][ãÃ]|[pP][hH][ưƯ]|[đĐ][ịỊ])"
)


def class_may_follow(flat: str, end: int) -> bool:
    """False when no level that names every unit of it can run past a name that ends at `end` (class_after_name
    then finds none): most names are followed by a verb ("chủ trì", "phối hợp"), and the window is not read."""
    return _CLASS_LEVEL_NEXT.match(flat, end) is not None


def class_after_name(flat: str, lower: str, start: int, end: int, limit: int) -> tuple[int, int, str] | None:
    """A level that names every unit of it after the name `flat[start:end]`, reaching past `end`: (where the name
    ends before it, where the level ends, the class's suffix), or None. A name ending in a level word gives it up
    to the list it may open ("Bưu điện huyện, thành phố" -> `Bưu điện cấp huyện`)."""
    name_end = end
    level_at_end = LEVEL_AT_END.search(lower, start, end)
    if level_at_end:
        name_end = level_at_end.start()
    every = class_level_at(flat, lower, name_end, limit)
    if every is None or every[0] <= end:
        return None
    return name_end, every[0], every[1]


_GAP = re.compile(r"[ \t]*")
_BARE_TYPE_FIELDS = frozenset(word.lower() for word in BARE_TYPE_WORDS)
# the office of the steering committee the document names ("Văn phòng Ban Chỉ đạo", Quyết định 34/2007/QĐ-TTg): a
# committee's type word as a field only after "Văn phòng" ("Trường Ban Chỉ đạo" is an OCR'd "Trưởng Ban Chỉ đạo")
_OFFICE_OF_A_COMMITTEE = ("văn phòng", "ban chỉ đạo")
_FOOTNOTE_MARK = re.compile(r"(?<=[^\W\d_])\d{1,2}$")
LEVEL_AT_END = re.compile(r"(?<![ \t])[ \t]+(?:tỉnh|huyện|quận|xã|phường)$")
_SPACES = re.compile(r"\s*")
LAST_TERM_CHARS = 40  # a capitalized word and one in small letters are shorter: the search stays near the end
_CAPITALIZED_LAST_TERM = re.compile(rf"(?<!\w)[{UPPER}]\w*(?:[ \t]+[{LOWER}]\w*)?$")
_PLACE_WORDS = re.compile(r"(?:[ \t]+[^\W\d_][\w-]*){1,4}")
_INTER = "liên "  # "liên huyện", "liên xã": a body serving two places, printed "A - B" after the level word
# not inside a run of spaces (searched, it would rescan the run from each of them)
_SECOND_PLACE = re.compile(rf"(?<![ \t])[ \t]*+[-–][ \t]*+[{UPPER}]\w*+(?:[ \t]++[{UPPER}]\w*+){{0,3}}")


def _second_place_end(flat: str, end: int, limit: int) -> int:
    """The end of the second place a body of two places names after the first, joined by a dash ("Hạt Kiểm lâm liên
    huyện Hướng Hóa - Đakrông"); `end` where there is none."""
    second = _SECOND_PLACE.match(flat, end, limit)
    return second.end() if second else end


_ONE_TERM_BEFORE_VA = re.compile(r"[ \t]*[^\W\d_]\w*(?:[ \t]+(?-i:[a-zà-ỹđ])\w*){0,3}[ \t]+và[ \t]+[^\W\d_]")
_LEVEL_START = re.compile(r"(?:" + "|".join(w.replace(" ", r"\s+") for w in LEVEL_WORDS) + r")(?!\w)")


@dataclass(frozen=True)
class NamePatterns:
    type_word: re.Pattern[str]  # on accented lower-case text: folded, "Vụ" would be "Vũ", "Đài" "Đại"
    type_word_level: re.Pattern[str]
    type_word_level_head: re.Pattern[str]  # the same at the start of a text
    boundary: re.Pattern[str]  # on accented lower-case text: folded, "tư" would be "từ", "Nam" "năm"; not "giao thông"
    closed_type_word: re.Pattern[str]
    not_a_level: re.Pattern[str]
    no_level_words: re.Pattern[str]  # on lower-case text: "xã hội", "hợp tác xã", "thông tấn xã" (say no level)
    lower_case_head: re.Pattern[str]  # on accented lower-case text, the head's whole printed words
    village_level: re.Pattern[str]  # on accented lower-case text: "ấp", "thôn", "khu phố"
    compound_word: re.Pattern[str]  # on accented lower-case text, at a word's end: "cơ sở", "xã hội"
    purpose_type_word: re.Pattern[str]  # on accented lower-case text, the head's whole printed words
    level_purpose_type_word: re.Pattern[str]  # the same, for a purpose closed by a level word only
    kind_name_type_word: re.Pattern[str]  # the same, for a kind in small letters then the body's proper name
    purpose_verb: re.Pattern[str]  # on accented lower-case text: "xây dựng", "thực hiện"
    level_only_type_word: re.Pattern[str]  # on accented lower-case text, the head's whole printed words: "thuế"
    numbered_region: re.Pattern[str]  # on accented lower-case text: "khu vực IV", "cơ sở 3"
    region_word: re.Pattern[str]  # the same words before a region's name ("cơ sở Việt Yên")
    located_type_word: re.Pattern[str]  # on accented lower-case text, the head's whole printed words
    numbered_type_word: re.Pattern[str]  # on accented lower-case text, the head's whole printed words: "sư đoàn"
    name_closing: re.Pattern[str]  # on accented lower-case text: "và tương đương"
    levels_of_schools: re.Pattern[str]  # on a field lower-cased: "tiểu học và trung học cơ sở"
    compound_head: re.Pattern[str]  # on lower-case text at a head: "khoa học", "hội thảo", "trường hợp"
    field_closer: re.Pattern[str]  # on lower-case text: "chủ trì", "phối hợp", "và các"
    bound_prefixes: frozenset[str]  # lower-case words that never end a field's term: "đa", "liên"
    programme: re.Pattern[str]  # on accented lower-case text: "đề án 06", "chương trình số 135" (digits only)
    site_kind: re.Pattern[str]  # on accented lower-case text: "vịnh", "vườn quốc gia", "khu di tích"
    paired_term: re.Pattern[str]  # on accented lower-case text: "phòng, chống", "phòng cháy, chữa cháy"
    gathering: re.Pattern[str]  # on accented lower-case text: "đại hội", "hội thi"
    own_unit_word: re.Pattern[str]  # on accented lower-case text, a type word's whole printed words: "văn phòng"
    cell_stop: re.Pattern[str]  # on accented lower-case text: "theo", "tại"
    parent_type_word: re.Pattern[str]  # on accented lower-case text, one word: "trường", "bộ"
    function_field: re.Pattern[str]  # on a field lower-cased: "thanh tra"
    lower_case_unit: re.Pattern[str]  # on accented lower-case text at a head: "ban giám hiệu"
    units_as_written: dict[str, str]  # "ban giám hiệu" -> "Ban Giám hiệu"


@lru_cache(maxsize=1)
def name_patterns() -> NamePatterns:
    cues = load_cues("agency_names.tsv", NAME_CUE_KINDS)
    return NamePatterns(
        # `(?<![\w&/-])(?:…)(?!\w)`, written so that re skips to the type words' first letters
        type_word=re.compile(
            word_start(
                sorted(
                    {*phrases(cues, "type_word", fold=False), *phrases(cues, "minor_type_word", fold=False)},
                    key=lambda p: (-len(p), p),
                ),
                not_after=r"[\w&/-]",
            )
            + r"(?!\w)"
        ),
        type_word_level=re.compile(alternation(cues, "type_word_level", fold=False) + r"$"),
        type_word_level_head=re.compile(alternation(cues, "type_word_level", fold=False) + r"(?!\w)"),
        boundary=re.compile(
            r"(?!"
            + alternation(cues, "not_a_boundary", fold=False)
            + r"(?!\w))"
            + alternation(cues, "boundary", fold=False)
            + r"(?!\w)"
        ),
        closed_type_word=re.compile(alternation(cues, "closed_type_word", fold=False) + r"$"),
        not_a_level=re.compile(alternation(cues, "not_a_level", fold=False) + r"(?!\w)"),
        no_level_words=re.compile(
            r"(?<!\w)(?:"
            + alternation(cues, "not_a_level", fold=False)
            + "|"
            + alternation(cues, "level_in_compound", fold=False)
            + r")(?!\w)"
        ),
        lower_case_head=re.compile(alternation(cues, "lower_case_head", fold=False) + r"$"),
        village_level=re.compile(alternation(cues, "village_level", fold=False) + r"(?!\w)"),
        compound_word=re.compile(r"(?<!\w)" + alternation(cues, "compound_word", fold=False) + r"$"),
        purpose_type_word=re.compile(alternation(cues, "purpose_type_word", fold=False) + r"$"),
        level_purpose_type_word=re.compile(alternation(cues, "level_purpose_type_word", fold=False) + r"$"),
        kind_name_type_word=re.compile(alternation(cues, "kind_name_type_word", fold=False) + r"$"),
        purpose_verb=re.compile(alternation(cues, "purpose_verb", fold=False) + r"(?!\w)"),
        name_closing=re.compile(alternation(cues, "name_closing", fold=False) + r"(?!\w)"),
        levels_of_schools=re.compile(
            "(?:{0})(?:[ \t]*(?:,|-|và|&)[ \t]*(?:{0}))*".format(alternation(cues, "school_level", fold=False))
        ),
        level_only_type_word=re.compile(alternation(cues, "level_only_type_word", fold=False) + r"$"),
        located_type_word=re.compile(alternation(cues, "located_type_word", fold=False) + r"$"),
        numbered_type_word=re.compile(alternation(cues, "numbered_type_word", fold=False) + r"$"),
        compound_head=re.compile(alternation(cues, "compound_head", fold=False) + r"(?!\w)"),
        field_closer=re.compile(alternation(cues, "field_closer", fold=False) + r"(?!\w)"),
        bound_prefixes=frozenset(c.phrase for c in cues if c.kind == "bound_prefix"),
        programme=re.compile(
            # its number as printed: "Đề án 06", "Đề án 06/CP", "Nghị quyết số 57-NQ/TW"
            alternation(cues, "programme_head", fold=False) + r"[ \t]+(?:số[ \t]+)?\d+(?:[/.-][0-9a-zđ]+)*(?![\w/-])"
        ),
        numbered_region=re.compile(
            alternation(cues, "numbered_region", fold=False) + r"[ \t]+(?:số[ \t]+)?(?:\d{1,3}|[ivx]{1,5})(?!\w)"
        ),
        region_word=re.compile(alternation(cues, "numbered_region", fold=False) + r"(?=[ \t]+[^\W\d_])"),
        site_kind=re.compile(alternation(cues, "site_kind", fold=False) + r"[ \t]+(?=[^\W\d_])"),
        paired_term=re.compile(alternation(cues, "paired_term", fold=False) + r"(?!\w)"),
        gathering=re.compile(alternation(cues, "gathering", fold=False) + r"(?!\w)"),
        own_unit_word=re.compile(alternation(cues, "own_unit_word", fold=False) + r"$"),
        cell_stop=re.compile(r"(?<!\w)" + alternation(cues, "cell_stop", fold=False) + r"(?!\w)"),
        parent_type_word=re.compile(alternation(cues, "parent_type_word", fold=False)),
        function_field=re.compile(alternation(cues, "function_field", fold=False) + r"$"),
        lower_case_unit=re.compile(alternation(cues, "lower_case_unit", fold=False) + r"(?!\w)"),
        units_as_written={squash(c.phrase).lower(): c.phrase for c in cues if c.kind == "lower_case_unit"},
    )


@lru_cache(maxsize=1)
def name_words() -> frozenset[str]:
    """The words of the gazetteer's names, of the abbreviations' expansions and of the field terms
    (`field_word` cues), lower-cased ("tế", "hội", "đường", "phát", "triển", "tuổi"): the words a term
    of a name may go on with."""
    forms = [f for row in resources.agency_rows() for f in [row["name"], *row["aliases"].split("|")]]
    forms += [row["expansion"] for row in resources.abbreviations()]
    cues = load_cues("agency_names.tsv", NAME_CUE_KINDS)
    forms += [cue.phrase for cue in cues if cue.kind == "field_word"]
    words = {w.strip(",()").lower() for form in forms for w in form.split()}
    not_field_terms = {cue.phrase.lower() for cue in cues if cue.kind == "not_field_term"}
    return frozenset(w for w in words if w.isalpha()) - not_field_terms


@lru_cache(maxsize=1)
def _words_after_bare_type_words() -> dict[str, frozenset[str]]:
    """A bare type word ("sở", "bộ", "cục" …) -> each word the gazetteer's names and aliases print right after it,
    lower-cased ("sở" -> "xây", "tài", "y" …; "bộ" -> "đội", "tư" …)."""
    after: dict[str, set[str]] = {word: set() for word in _BARE_TYPE_FIELDS}
    for row in resources.agency_rows():
        for form in [row["name"], *row["aliases"].split("|")]:
            words = [w.strip(",()").lower() for w in form.split()]
            for word, next_word in pairwise(words):
                if word in after:
                    after[word].add(next_word)
    return {word: frozenset(found) for word, found in after.items()}


def _goes_on_a_bare_type_word(bare: str, word: str) -> bool:
    """Whether `word` in small letters may follow a parent's bare type word (`bare`, lower case) in a name: a word
    the gazetteer prints after that type word ("Văn phòng Sở xây dựng", misprinted; "Bộ Chỉ huy Bộ đội …"), or any
    word after "phòng", which also opens a duty ("Ban Chỉ huy Phòng thủ dân sự", "Phòng cháy, chữa cháy").
    "Văn phòng Sở | đăng ký kinh phí hàng năm": the bare type word was the whole field."""
    return bare == "phòng" or word.lower() in _words_after_bare_type_words().get(bare, frozenset())


@lru_cache(maxsize=1)
def division_names_of_type_words() -> frozenset[str]:
    """The names of provinces, districts and communes (places.csv, communes.csv) that open with a type word and go
    on: "Vụ Bổn", "Hội An", "Trường Sa", "Đội Cấn". Read by the grammar as a type word and its field, each is the
    place's name, no body ("tại nút giao Vụ Bổn", "đặc khu Trường Sa")."""
    type_word = name_patterns().type_word
    names = {row["name"] for row in resources.places()} | set(resources.communes().names())
    return frozenset(
        name for name in names if (head := type_word.match(name.lower())) is not None and head.end() < len(name)
    )


@lru_cache(maxsize=1)
def known_abbreviations() -> frozenset[str]:
    return frozenset(row["abbr"] for row in resources.abbreviations())


def opens_in_lower_case(flat: str, head_start: int, head_end: int) -> bool:
    """Whether a type word printed in lower case opens a name: one a clerk writes so ("phòng", "trung tâm"),
    before a field that starts with a capital ("phòng Giáo dục và Đào tạo") or a known abbreviation ("trung
    tâm GDTX"), not inside a compound word ("cơ sở", "xã hội": `compound_word` cues); a word of no body's name
    ("phòng Covid-19") or an abbreviation no list holds is no field."""
    patterns = name_patterns()
    if not patterns.lower_case_head.match(flat[head_start:head_end]):
        return False
    if patterns.compound_word.search(flat[max(0, head_start - 12) : head_end].lower()):
        return False  # "cơ sở An Hiệp", "xã hội Chủ nghĩa": the head is the end of another word
    first = _TOKEN.match(flat, _SPACES.match(flat, head_end, head_end + 8).end())
    if first is None or first.start() == head_end or not first.group()[:1].isupper():
        return False
    word = first.group()
    if _is_abbreviation(word):
        return word in known_abbreviations()
    return word.lower() in name_words()  # "phòng Covid-19" prevents a disease


@lru_cache(maxsize=1)
def school_levels() -> list[str]:
    """The levels of education a school's name prints after "Trường" (cues `school_level`), lower case."""
    return [cue.phrase.lower() for cue in load_cues("agency_names.tsv", NAME_CUE_KINDS) if cue.kind == "school_level"]


def names_an_authority(line: str) -> bool:
    """Whether a capitalized line of a document's top can be its issuer's: it holds a type word, a level word or
    an organ's word (agency_names.tsv: authority_word) — not a portal's category ("THÔNG TIN CHỈ ĐẠO ĐIỀU HÀNH")."""
    return _authority_words().search(fold_keep_case(line).lower()) is not None


@lru_cache(maxsize=1)
def _authority_words() -> re.Pattern[str]:
    cues = load_cues("agency_names.tsv", NAME_CUE_KINDS)
    words = [
        *phrases(cues, "type_word"),
        *phrases(cues, "minor_type_word"),
        *phrases(cues, "authority_word"),
        *(fold_keep_case(word) for word in LEVEL_WORDS),
    ]
    return re.compile(rf"(?<!\w)(?:{'|'.join(sorted(set(words), key=lambda w: (-len(w), w)))})(?!\w)")


@lru_cache(maxsize=1)
def type_words_as_written() -> dict[str, str]:
    """Each type word lower-cased -> as a name prints it ("ban chỉ đạo" -> "Ban Chỉ đạo")."""
    cues = load_cues("agency_names.tsv", NAME_CUE_KINDS)
    return {cue.phrase.lower(): cue.phrase for cue in cues if cue.kind in ("type_word", "minor_type_word")}


def lower_case_head_at(flat: str, start: int) -> bool:
    """Whether a lower-case name opens at `start` (opens_in_lower_case, or after an office's title), for a list's
    match there."""
    head = name_patterns().type_word.match(flat[start : start + 24].lower())
    return head is not None and (
        opens_in_lower_case(flat, start, start + head.end()) or after_an_office_title(flat, start)
    )


# an office's title printed before its body's type word, which it writes in lower case: "Trưởng ban Tuyên giáo",
# "Phó Trưởng ban xây dựng Đảng", "Chánh văn phòng Đảng ủy", "Giám đốc sở Tư pháp" (capitalized: "Bộ trưởng ban
# hành" is a minister issuing, "trưởng" there ends another word)
_OFFICE_TITLE_BEFORE = re.compile(r"(?<!\w)(?-i:Trưởng|Chánh|Giám đốc)[ \t]+$")


def after_an_office_title(flat: str, start: int) -> bool:
    """Whether an office's title stands right before `start`: the body's type word after it may be in lower case."""
    return _OFFICE_TITLE_BEFORE.search(flat, max(0, start - 12), start) is not None


def capitalized_duty_at(flat: str, at: int, limit: int, lower: str | None = None) -> bool:
    """A duty printed capitalized at `at` ("Phối hợp với …", "Chủ trì, …", a `field_closer` cue): it ends a
    name, and is no place ("Chủ" is no town "Chũ"). `lower`: `flat` lower-cased (same length), when at hand."""
    if not flat[at : at + 1].isupper():
        return False
    if lower is None:
        return name_patterns().field_closer.match(flat[at : min(limit, at + 24)].lower()) is not None
    return name_patterns().field_closer.match(lower, at, limit) is not None


def _is_capitalized(word: str) -> bool:
    return word[:1].isupper()


def _is_abbreviation(word: str) -> bool:
    letters = list(filter(str.isalpha, word))
    return len(letters) >= 2 and all(map(str.isupper, letters))


@lru_cache(maxsize=512)
def _abbreviates_a_body(word: str) -> bool:
    """Whether an abbreviation stands for a body's whole name, its type word first ("UBND" -> "Ủy ban nhân dân",
    "HĐND", "MTTQ"), not for a field ("GDTX", "THCS")."""
    expanded = expand_abbreviations(word)
    return expanded != word and name_patterns().type_word.match(expanded.lower()) is not None


def _opens_a_name(flat: str, at: int, limit: int) -> bool:
    text = flat[at:limit].lower()
    patterns = name_patterns()
    if patterns.paired_term.match(text):
        return False  # "… và Phòng, chống thiên tai": a duty's two words, no "Phòng" of another body
    if patterns.compound_head.match(text):
        return False  # "Sở Giáo dục - Khoa học và Công nghệ": a term of the field, no faculty ("Khoa")
    return bool(patterns.type_word.match(text) or patterns.type_word_level_head.match(text))


def _a_bare_type_word_term(flat: str, lower: str, at: int, limit: int) -> bool:
    """After a dash, a type word with no field, level or place of its own is the field's last term ("Trung tâm Thông
    tin - Thư viện xây dựng …", "… - Thư viện."): it names no body by itself."""
    found = name_patterns().type_word.match(lower, at, limit)
    if found is None:
        return False
    nxt = _next_token(flat, found.end(), limit)
    # its words end there: a mark, the end, or a verb ("Hội sinh viên" goes on with its members' word: a body)
    return (
        nxt is None or not nxt.group()[:1].isalnum() or name_patterns().boundary.match(lower, nxt.start()) is not None
    )


def _joined_terms(word: str) -> bool:
    """A term's last word joined to the next term by a hyphen printed without spaces, the next term capitalized
    ("Phòng không-Không quân", "Lao động-Thương binh"): the field goes on into that term."""
    parts = word.split("-")
    return len(parts) > 1 and parts[0] in name_words() and all(map(_is_capitalized, parts[1:]))


def _head_ends_with(lower: str, start: int, word: str) -> bool:
    """Whether the words before `start` (and the spaces before it) end with `word`."""
    end = start
    while end > 0 and lower[end - 1] in " \t":
        end -= 1
    return lower.endswith(word, 0, end)


def _capitalized_next(flat: str, at: int, limit: int) -> bool:
    nxt = _next_token(flat, at, limit)
    return nxt is not None and _is_capitalized(nxt.group())


def _next_token(flat: str, at: int, limit: int) -> re.Match[str] | None:
    return _TOKEN.match(flat, _GAP.match(flat, at, limit).end(), limit)


def _level_at(flat: str, lower: str, at: int, limit: int) -> re.Match[str] | None:
    """A level word at `at`, unless the words make something else ("xã hội", "tỉnh lộ")."""
    if name_patterns().not_a_level.match(lower, at, limit):
        return None
    return _LEVEL_START.match(lower, at, limit)


_LOWER_ENUMERATION = re.compile(
    r"[ \t]+((?:[^\W\d_]+[ \t]+){1,3}?)và[ \t]+([^\W\d_]+(?:[ \t]+[^\W\d_]+){0,2}?)(?=[ \t]+|[,.;:)]|$)"
)


def _lower_case_enumeration(flat: str, lower: str, at: int, limit: int) -> int | None:
    """The end of ", b và c" after a field in sentence case, when b and c are lower-case words of names
    ("Trung tâm Xúc tiến đầu tư, thương mại và du lịch tỉnh"); the level word after it is read as usual."""
    match = _LOWER_ENUMERATION.match(flat, at, limit)
    if not match:
        return None
    words = match.group(1).split() + match.group(2).split()
    known = name_words()
    if not all(w.islower() and w in known for w in words):
        return None
    patterns = name_patterns()
    if any(patterns.boundary.match(lower, at + m.start(), limit) for m in re.finditer(r"\S+", flat[at : match.end()])):
        return None
    return match.end()


_CONJUNCT_WORD = re.compile(r"[ \t]+([^\W\d_]+)")
_OF_THE_COUNTRY = re.compile(r"(?:Việt[ \t]+Nam|Trung[ \t]+ương)(?!\w)")  # the country, or its central level
MAX_CONJUNCT_WORDS = 3


def _lower_case_conjunct(flat: str, lower: str, at: int, limit: int) -> int | None:
    """The end of "và c" after a field in sentence case, where c is one to three lower-case words of names, none a type
    or boundary word, and a level word, a province's name, a boundary word or a stop follows ("… nông lâm sản và thủy
    sản Phú Thọ", "… và thủy sản tăng cường …"): the field's last term, the name reads on to its place; another
    capital after it is another name's ("Đại học Quốc tế và tuyến Bến Thành")."""
    patterns = name_patterns()
    known = name_words()
    pos = at
    for _ in range(MAX_CONJUNCT_WORDS):
        word = _CONJUNCT_WORD.match(flat, pos, limit)
        if word is None:
            return None
        text, start = word.group(1), word.start(1)
        if not (text.islower() and text in known):
            return None
        if patterns.type_word.match(lower, start, limit) or patterns.boundary.match(lower, start, limit):
            return None
        if _level_at(flat, lower, start, limit):
            return None
        pos = word.end()
        after = _GAP.match(flat, pos, limit).end()
        if (
            # a capital after it only as the province or the country the body belongs to, or the central level
            # ("Hội đồng Giáo dục quốc phòng và an ninh Trung ương")
            province_name().match(flat, after, limit)
            or _OF_THE_COUNTRY.match(flat, after, limit)
            or _level_at(flat, lower, after, limit)
            or (not flat[after : after + 1].isupper() and patterns.boundary.match(lower, after, limit))
            or _AFTER_A_NAME.match(flat, pos, limit)
        ):
            return pos
    return None


_CLOSING_TERM = re.compile(r"[ \t]+([^\W\d_]+)(?:[ \t]+([^\W\d_]+))?")
_AFTER_A_NAME = re.compile(r"[ \t]*(?:[-–;.,:)]|$)")


def _closing_lower_case_term(flat: str, lower: str, at: int, limit: int) -> int | None:
    """The end of ", b" that closes a field: one term of one or two lower-case words of names, none a type or
    boundary word, then a stop, a dash, the end of the line or a boundary word ("Phòng Chính trị, tư tưởng - Sở …",
    "về phòng Chính trị, tư tưởng trước ngày …")."""
    match = _CLOSING_TERM.match(flat, at, limit)
    if not match:
        return None
    words = [w for w in match.groups() if w]
    if not all(w.islower() and w in name_words() for w in words):
        return None
    patterns = name_patterns()
    start = match.start(1)
    if patterns.type_word.match(lower, start, limit) or patterns.boundary.match(lower, start, limit):
        return None
    if _level_at(flat, lower, start, limit) or (len(words) == 2 and _level_at(flat, lower, match.start(2), limit)):
        return None
    after = _GAP.match(flat, match.end(), limit).end()
    if not (_AFTER_A_NAME.match(flat, match.end(), limit) or patterns.boundary.match(lower, after, limit)):
        return None
    comma = _PURPOSE_COMMA.match(flat, match.end(), limit)
    if comma and (further := _closing_lower_case_term(flat, lower, comma.end() - 1, limit)):
        return further  # "Cục Hộ tịch, quốc tịch, chứng thực": the field's terms listed with commas alone
    return match.end()


_PURPOSE_WORD = re.compile(r"[^\W\d_]+")
_PURPOSE_COMMA = re.compile(r"[ \t]*,[ \t]*")
MAX_PURPOSE_WORDS = 14  # a purpose printed in lower case runs to a dozen words, commas included
# closed by a level word, a project board's purpose runs longer: "dự án đầu tư xây dựng công trình giao thông và
# nông nghiệp phát triển nông thôn | tỉnh" is eighteen words; only a level word then says they were a name
MAX_LEVEL_CLOSED_PURPOSE_WORDS = 22


# "các" before the purpose's objects, no level ("dự án đầu tư xây dựng các công trình giao thông | tỉnh"): read on, but
# the purpose then holds only if a level word closes it ("… phòng chống dịch | các huyện" is the districts' class)
_PLURAL_WORD = re.compile(r"các[ \t]++(?=[^\W\d_])")


def _objects_of_a_purpose(flat: str, lower: str, at: int, limit: int) -> bool:
    """ "các" and a word at `at` that is no level word (`_level_at`): the purpose's objects, not a class of places."""
    plural = _PLURAL_WORD.match(lower, at, limit)
    return plural is not None and _level_at(flat, lower, plural.end(), limit) is None


# a numbered unit's number after a purpose ("số 1", "khu vực 2", "số II"), no word glued after it, no street's name
# after it ("… ở số 52 Hùng Vương": an address), not after "ở" / "tại"
_NUMBER_CLOSES_A_PURPOSE = re.compile(
    rf"(?<!ở )(?<!tại )(?:số|khu[ \t]++vực)[ \t]++(?:\d{{1,3}}|[IVX]{{1,5}})(?![\w/.-])(?![ \t]++[{UPPER}])"
)


def _purpose_end(flat: str, lower: str, at: int, limit: int, level_closed_only: bool = False) -> int | None:
    """Where the purpose of a body set up for a task ends (`purpose_type_word` cues): "Ban Chỉ đạo | đổi mới
    chương trình, sách giáo khoa", "Hội đồng | tuyển dụng viên chức", "Ban Chỉ đạo | phòng thủ dân sự quốc gia".
    Two readings: lower-case words of names, none a boundary word, two at least, then maybe a capitalized tail
    and a level ("Ban Tổ chức cuộc thi | Quốc gia"); or any lower-case words, a purpose's verbs among them
    ("xây dựng", "thực hiện": `purpose_verb` cues), closed by a level word ("Ban Chỉ đạo giảm nghèo bền vững
    huyện", "Ban Quản lý dự án đầu tư xây dựng huyện"): the level after them says the words were a name.
    None when no such purpose is printed there."""
    patterns = name_patterns()
    known = name_words()
    pos, end, words = at, None, 0
    known_end, known_words, all_known, at_level, deed = None, 0, True, False, False
    while pos < limit and words < MAX_LEVEL_CLOSED_PURPOSE_WORDS:
        word = _PURPOSE_WORD.match(flat, pos, limit)
        if word is None or not word.group().islower():
            break
        if _level_at(flat, lower, pos, limit):
            at_level = True
            break
        if words and (numbered := _NUMBER_CLOSES_A_PURPOSE.match(lower, pos, limit)):
            # "Ban Quản lý dự án đầu tư xây dựng | số 1", "… | khu vực 2": the board's number closes its purpose as a
            # level would, so the words before it were the name
            end, at_level = numbered.end(), True
            break
        if end is not None and not deed and class_level_at(flat, lower, end, limit):
            # a class of a level after a purpose with no verb ("… giảm nghèo | các xã": every commune's board); after
            # a verb the places are its object ("Ban Chỉ đạo tổ chức kiểm tra | các xã")
            at_level = True
            break
        deed = deed or bool(patterns.purpose_verb.match(lower, pos, limit))
        if (
            patterns.boundary.match(lower, pos, limit)
            and not patterns.purpose_verb.match(lower, pos, limit)
            and not (words and _objects_of_a_purpose(flat, lower, pos, limit))
        ):
            break
        all_known = (
            all_known
            and words < MAX_PURPOSE_WORDS
            and word.group() in known
            and not patterns.boundary.match(lower, pos, limit)
        )
        words += 1
        end = word.end()
        if all_known:
            known_end, known_words = end, words
        comma = _PURPOSE_COMMA.match(flat, end, limit)
        if comma and _PURPOSE_WORD.match(flat, comma.end(), limit):
            after = comma.end()
            if flat[after : after + 1].islower() and not patterns.type_word.match(lower, after, limit):
                pos = after  # "phòng, chống …", "chương trình, sách giáo khoa …"
                continue
        pos = _GAP.match(flat, end, limit).end()
        if pos == end:
            break
    if end is not None and not at_level and (programme := _programme_after(flat, lower, at, end, pos, limit)):
        return programme  # "Tổ công tác triển khai | Đề án 06 |": a programme's number, then the name ends
    if not (at_level and words >= 2):
        if level_closed_only:
            return None  # "Công ty TNHH MTV chăn nuôi bò sữa": no level says the words were a name
        end, words = known_end, known_words
    if end is None or words < 2:
        return None
    tail = _name_end(flat, lower, end, limit, True)
    return tail if tail and tail > end else end


def _site_name_end(flat: str, lower: str, at: int, limit: int) -> int | None:
    """The end of a site a board manages, printed at `at` as its kind in small letters and its proper name
    (`site_kind` cues): "Ban Quản lý | vịnh Hạ Long", "Ban Quản lý | vườn quốc gia Cúc Phương". The name is
    capitalized and opens no other body; None when no such site is printed there."""
    if lower.startswith(_EVERY, at):  # "Ban Quản lý | các khu kinh tế tỉnh": every site of its kind in a place
        site = name_patterns().site_kind.match(lower, at + len(_EVERY), limit)
        if site is None or not _level_at(flat, lower, _GAP.match(flat, site.end(), limit).end(), limit):
            return None
        return _name_end(flat, lower, site.end(), limit, True)
    site = name_patterns().site_kind.match(lower, at, limit)
    if site is None or not flat[site.end()].isupper() or _opens_a_name(flat, site.end(), limit):
        return None
    return _name_end(flat, lower, site.end(), limit, True)


_EVERY = "các "


# "TP." or "Tp." and the capitalized words of the city's name ("TP. Cần Thơ", "TP.Vinh")
_CITY_WITH_STOP = re.compile(rf"T[Pp]\.[ \t]*+[{UPPER}]\w*+(?:[ \t]++[{UPPER}]\w*+){{0,3}}")
_CITY_STOP = re.compile(rf"(?<!\w)T[Pp]\.[ \t]*+(?=[{UPPER}][{LOWER}])")  # "TP. Cần Thơ" is "thành phố Cần Thơ"
_LIST_MARK = re.compile(r"[ \t]*(?:,|[-–—]|và(?!\w))[ \t]*")
_CITY_ABBREVIATION = re.compile(r"TP(?![\w.&/-])")
MAX_LISTED_FIELD_WORDS = 20  # "phòng thủ dân sự - phòng, chống thiên tai và tìm kiếm cứu nạn": a dozen words


def _legal_form_closes(flat: str, lower: str, at: int, limit: int) -> bool:
    """A company's legal form after a dash, closing its name ("Tập đoàn Vingroup - Công ty cổ phần", "Tổng công ty
    Tư vấn thiết kế Giao thông vận tải - Công ty cổ phần"): a type word with no field of its own after it."""
    head = name_patterns().type_word.match(lower, at, limit)
    if head is None or not lower.startswith("công ty", at):
        return False
    nxt = _next_token(flat, head.end(), limit)
    return nxt is None or not (_is_capitalized(nxt.group()) or _is_abbreviation(nxt.group()))


def _term_opens_a_body(flat: str, lower: str, at: int, limit: int) -> bool:
    """Whether a body's name opens at `at`: a type word with its capitalized field ("Sở Y tế", not "Phòng chống
    thiên tai"), or a type word named with its level alone ("Công an")."""
    patterns = name_patterns()
    if patterns.type_word_level_head.match(lower, at, limit):
        return True
    head = patterns.type_word.match(lower, at, limit)
    if head is None:
        return False
    nxt = _next_token(flat, head.end(), limit)
    return nxt is not None and (_is_capitalized(nxt.group()) or _is_abbreviation(nxt.group()))


def _listed_field_end(flat: str, lower: str, at: int, limit: int) -> int | None:
    """The end of a field that lists the tasks of a board set up for them, its terms joined by commas, dashes and
    "và", closed by its level word and place ("Ban Chỉ huy Phòng chống thiên tai | , Tìm kiếm cứu nạn và Phòng thủ
    dân sự tỉnh"; "Ban Chỉ huy phòng thủ dân sự | - phòng, chống thiên tai và tìm kiếm cứu nạn huyện"), from `at`
    where the first term ended; None unless a level word closes the list. A term is words of names or purpose
    verbs, its first capitalized or not, the rest in lower case; a term that opens a body ("Sở Y tế", "Công an",
    "UBND") ends the reading."""
    patterns = name_patterns()
    known = name_words()
    pos, words, terms = at, 0, 0
    while pos < limit and words <= MAX_LISTED_FIELD_WORDS:
        mark = _LIST_MARK.match(flat, pos, limit)
        if mark is None or mark.end() == pos:
            return None
        pos, in_term = mark.end(), 0
        while pos < limit:
            if terms and in_term == 0 and _level_at(flat, lower, pos, limit):
                return _name_end(flat, lower, pos, limit, True)
            if in_term and _level_at(flat, lower, pos, limit):
                return _name_end(flat, lower, pos, limit, True) if terms or in_term else None
            city = _CITY_ABBREVIATION.match(flat, pos, limit) if in_term else None
            if city:  # "… và Phòng thủ dân sự TP", "… TP Cần Thơ": the city's level, abbreviated
                place = _CAPITALIZED_WORDS.match(flat, city.end(), limit)
                return place.end() if place else city.end()
            word = _PURPOSE_WORD.match(flat, pos, limit)
            if word is None:
                break
            text = word.group()
            if in_term and not text.islower():
                return None
            if _is_abbreviation(text) or (not in_term and _term_opens_a_body(flat, lower, pos, limit)):
                return None  # "…, UBND phường Tân An", "… và Sở Y tế": the list goes on to another body
            if text.lower() == "và" and in_term:
                break
            folded = text.lower()
            is_verb = patterns.purpose_verb.match(lower, pos, limit) is not None
            if patterns.boundary.match(lower, pos, limit) and not is_verb:
                return None
            if folded not in known and not is_verb:
                return None
            in_term += 1
            words += 1
            pos = _GAP.match(flat, word.end(), limit).end()
            if pos == word.end():
                pos = word.end()
                break
        if not in_term:
            return None
        terms += 1
    return None


# what follows the programme a body is named after, for the name to end there: a mark, a spaced dash before the
# body it belongs to ("Tổ công tác triển khai Đề án 06 – Bộ Công an"), the line's end, "về việc" after the author
# of a letter ("Công văn số 12 của Tổ công tác triển khai Đề án 06 về việc …"), or a closer or level word
_EVERY_LEVEL = re.compile(r"[ \t]+cấp[ \t]+" + level_pattern(words=tuple(CLASS_LEVEL_WORDS)) + r"(?!\w)")
_AFTER_PROGRAMME = re.compile(r"[ \t]*(?:[,;:()]|[ \t][-–][ \t]|\.?$|[ \t]về[ \t]+việc(?!\w))", re.MULTILINE)


def _programme_after(flat: str, lower: str, at: int, verb_end: int, pos: int, limit: int) -> int | None:
    """The end of a programme's name and number after one purpose verb, or None: "Tổ công tác triển khai | Đề án
    06", "Ban Chỉ đạo thực hiện | Nghị quyết số 57-NQ/TW". Read only where the verb is a purpose verb, the
    programme's kind is capitalized, and what follows ends a name for certain ("Ban Chỉ đạo triển khai Đề án 06
    đến các xã": the committee carries the plan out, no name)."""
    patterns = name_patterns()
    if not flat[pos : pos + 1].isupper() or not patterns.purpose_verb.fullmatch(lower, at, verb_end):
        return None
    programme = patterns.programme.match(lower, pos, limit)
    if programme is None:
        return None
    end = programme.end()
    after = _GAP.match(flat, end, limit).end()
    if after > end and _level_at(flat, lower, after, limit):
        return _name_end(flat, lower, end, limit, True) or end  # "… Đề án 06 tỉnh", "… Đề án 06 huyện Yên Phong"
    if every_level := _EVERY_LEVEL.match(lower, end, limit):
        return every_level.end()  # "Tổ công tác triển khai Đề án 06/CP cấp huyện": the committee at every district
    if _AFTER_PROGRAMME.match(flat, end, limit) or (after > end and patterns.field_closer.match(lower, after, limit)):
        return end
    return None


# A body set up for a task may carry its purpose after "về", past its level: "Ban Chỉ đạo Trung ương về phòng,
# chống tham nhũng, lãng phí, tiêu cực", "Ban Chỉ đạo tỉnh về phát triển kinh tế tập thể, hợp tác xã". The purpose
# is lower-case words, commas and "và" between them; it is the name's only where something that follows a name for
# certain ends it: a bracket (the short form: "(Ban Chỉ đạo)", "(sau đây gọi tắt là …)") or a verb of the
# directive ("chỉ đạo", "chủ trì"); "báo cáo Ban Chỉ đạo tỉnh về kết quả thực hiện." reports about a subject, and
# so does a purpose opening with a report's noun
_ABOUT = re.compile(r"[ \t]+về[ \t]+")
# a bracket that opens a short form: "(Ban Chỉ đạo)", "(sau đây gọi tắt là …)", "(viết tắt là …)", "(gọi là …)"
SHORT_FORM_BRACKET = r"\((?:sau[ \t]+đây[ \t]+)?(?:(?:viết|gọi)[ \t]+tắt[ \t]+(?:là[ \t]+)?|gọi[ \t]+là[ \t]+)?"
SHORT_FORM_OPENING = r"[ \t]*" + SHORT_FORM_BRACKET  # the bracket after the name's last word, spaces before it
_ABOUT_STOP = re.compile(SHORT_FORM_OPENING + r"(?=[^\W\d_])")
# the boundary words that are no directive's verb: a purpose running into them may be the topic of a report
# ("báo cáo Ban Chỉ đạo tỉnh về công tác tiêm chủng theo quy định")
_FUNCTION_WORD = re.compile(
    r"(?:cho|để|theo|tại|trong|trên|với|của|các|những|năm|ngày|đến|từ|khi|trước|sau|nếu|này|đó|là|được|có|về|qua"
    r"|và các|liên quan|trực thuộc)(?!\w)"
)
_ABOUT_JOIN = re.compile(r"[ \t]*,[ \t]*|[ \t]+(?:và[ \t]+)?")
_REPORTED_SUBJECT = re.compile(
    r"(?:kết quả|tình hình|tiến độ|việc|nội dung|số liệu|những|các|đề xuất|kiến nghị|ý kiến)(?!\w)"
)
MAX_ABOUT_WORDS = 16
_ABOUT_WORD = re.compile(r"[^\W\d_]++(?:-\d++(?![\w-]))?")  # a purpose's word, a disease's number too ("Covid-19")


def about_purpose_end(flat: str, lower: str, at: int, limit: int, office_in_a_list: bool = False) -> int | None:
    """Where the purpose printed after "về" at `at` ends, when a bracket or a directive's verb closes it (above), or,
    for the body of an office in a list of offices (`office_in_a_list`: "…; Trưởng Ban Chỉ đạo nhà nước về du lịch;
    Chủ tịch …"), the semicolon that ends the list's item."""
    about = _ABOUT.match(lower, at, limit)
    if about is None or _REPORTED_SUBJECT.match(lower, about.end(), limit):
        return None
    patterns = name_patterns()
    pos, end, words = about.end(), None, 0
    while pos < limit and words < MAX_ABOUT_WORDS:
        word = _ABOUT_WORD.match(flat, pos, limit)
        if word is None or (not word.group().islower() and (not words or patterns.type_word.match(lower, pos, limit))):
            break  # a capital opens another body; past the purpose's first word, a term of its own ("về Nhân quyền")
        if patterns.boundary.match(lower, pos, limit) and not patterns.purpose_verb.match(lower, pos, limit):
            if not _FUNCTION_WORD.match(lower, pos, limit):
                return end if words >= 2 else None  # "… tiêu cực chỉ đạo": the directive's verb closes the purpose
            if not office_in_a_list:
                return None
            # "…; Trưởng Ban Chỉ đạo nhà nước về phân giới cắm mốc biên giới trên đất liền; …": an office's body,
            # whose item the semicolon ends, so a function word inside it is the purpose's
        words += 1
        end = word.end()
        joint = _ABOUT_JOIN.match(flat, end, limit)
        pos = joint.end() if joint and joint.end() > end else limit
    stop = _ABOUT_STOP.match(flat, end, limit) if end is not None and words >= 2 else None
    if stop and flat[stop.end()].isupper():  # "(Ban Chỉ đạo)", "(Ủy ban)"; not "(qua Văn phòng)"
        return end
    if office_in_a_list and end is not None and _ITEM_OF_A_LIST_END.match(flat, end):
        return end  # "Trưởng Ban Chỉ đạo nhà nước về du lịch; Chủ tịch …": a list's item ends with its name
    return None


@lru_cache(maxsize=1)
def _office_before() -> re.Pattern[str]:
    """An office's title right before a body, opening an item of a list of offices ("; Trưởng ", ": Chủ tịch "): the
    title words of cues/roles.tsv `leader_title`, with "Phó" before them."""
    titles = alternation(load_cues("roles.tsv", ROLE_CUE_KINDS), "leader_title", fold=False)
    return re.compile(rf"[;:][ \t]*+(?:(?i:phó)[ \t]++)?(?i:{titles})[ \t]++$")


def an_office_in_a_list(flat: str, start: int) -> bool:
    """Whether the body at `start` is an office's, opening an item of a list of offices (`_office_before`)."""
    return _office_before().search(flat, max(0, start - 40), start) is not None


# the semicolon that ends an item of a list of bodies or offices ("…; Trưởng Ban Chỉ đạo … về du lịch; Chủ tịch …")
_ITEM_OF_A_LIST_END = re.compile(r"(?<![ \t])[ \t]*+;")


def _ends_a_type_word(lower: str, start: int, end: int) -> bool:
    """Whether the words from `start` (a capitalized one) to the lower-case word ending at `end` make a type word
    ("Tổng Công ty", "Tổng công ty"): a body's type printed inside a field, which the field goes on after."""
    found = name_patterns().type_word.match(lower, start, end)
    return found is not None and found.end() == end


def _between_capitals(flat: str, word: str, after: int, limit: int) -> bool:
    """A lower-case word of names after two capitalized words and before a capitalized one that opens no name."""
    if word not in name_words():
        return False
    nxt = _next_token(flat, after, limit)
    return bool(nxt) and _is_capitalized(nxt.group()) and not _opens_a_name(flat, nxt.start(), limit)


def _village_at(flat: str, lower: str, at: int, limit: int) -> int | None:
    """The end of a unit below the commune and its name at `at` ("ấp Tân Hòa", "thôn 2", "khu phố 3", "tổ dân phố
    Bình An"): its level word (`village_level` cues), then capitalized words or a number."""
    level = name_patterns().village_level.match(lower, at, limit)
    if level is None:
        return None
    named = _VILLAGE_NAME.match(flat, level.end(), limit)
    if named is None:
        return None
    words = named.group().split()
    kept = 0
    for word in words:
        if not (word[:1].isupper() or word.isdigit() or (word == "số" and kept == 0 and len(words) > 1)):
            break  # "khu dân cư số 2": the number's "số" goes with it
        kept += 1
    if kept == 1 and words[0] == "số" and not words[1].isdigit():
        kept = 0
    if not kept:
        return None
    return level.end() + len(named.group()) - len(named.group().lstrip()) + len(" ".join(words[:kept]))


def _every_village_at(lower: str, at: int, limit: int) -> int | None:
    """The end of a unit below the commune named by its level word of two words or more alone, no name after it:
    the body of each such unit ("Ban Công tác Mặt trận khu dân cư", "Chi hội Phụ nữ tổ dân phố"); a level word of
    one word alone is prose ("Ban Chỉ đạo | tổ chức …")."""
    level = name_patterns().village_level.match(lower, at, limit)
    return level.end() if level is not None and " " in level.group().strip() else None


def _numbered_region_at(flat: str, lower: str, at: int, limit: int) -> int | None:
    """The end of a numbered region at `at` (`numbered_region` cues: "khu vực IV", "cơ sở 3", "khu vực số 2"),
    with a level and place printed after it ("Thuế cơ sở 3 tỉnh Gia Lai"); the number is digits or a roman
    numeral in capitals ("khu vực vi" of lower-case prose is none)."""
    region = name_patterns().numbered_region.match(lower, at, limit)
    if region is None:
        return _named_region_at(flat, lower, at, limit)
    number = flat[region.start() : region.end()].split()[-1]
    if not (number.isdigit() or number.isupper()):
        return None
    end = region.end()
    at_level = _GAP.match(flat, end, limit).end()
    if at_level > end and _level_at(flat, lower, at_level, limit):
        return _name_end(flat, lower, at_level, limit, True) or end
    return end


def _named_region_at(flat: str, lower: str, at: int, limit: int) -> int | None:
    """The end of a region named by its place at `at` ("cơ sở Việt Yên", "khu vực Gia Bình": the 2025 bodies of a
    vertical system named after the area they serve): the region word, then one to four capitalized words, none
    opening another body's name."""
    word = name_patterns().region_word.match(lower, at, limit)
    return None if word is None else _capitalized_place_end(flat, word.end(), limit)


MAX_KIND_WORDS = 5  # "trung học cơ sở và trung học phổ thông": a school's kind in small letters


def _kind_then_name_end(flat: str, lower: str, at: int, limit: int) -> int | None:
    """The end of a body's kind printed in small letters, words of names only, then its proper name ("Trường mầm
    non | Hoa Sen", "Bệnh viện đa khoa | Xanh Pôn", "Công ty cổ phần cấp nước | Đà Nẵng"); None when no capitalized
    name follows the kind (a kind alone names no body: "các trường mầm non")."""
    known, boundary = name_words(), name_patterns().boundary
    pos, words = at, 0
    while words < MAX_KIND_WORDS:
        token = _next_token(flat, pos, limit)
        if token is None or not token.group().islower() or token.group() not in known:
            break
        if boundary.match(lower, token.start(), limit) or _level_at(flat, lower, token.start(), limit):
            break
        words, pos = words + 1, token.end()
    if not words or _level_at(flat, lower, _GAP.match(flat, pos, limit).end(), limit):
        return None
    return _capitalized_place_end(flat, pos, limit)


def _capitalized_place_end(flat: str, at: int, limit: int) -> int | None:
    """The end of the one to four capitalized words of a place printed after `at`, none opening another body's name;
    None when no capitalized word follows."""
    end, pos = None, at
    for _ in range(4):
        token = _next_token(flat, pos, limit)
        if token is None or not _is_capitalized(token.group()) or _opens_a_name(flat, token.start(), limit):
            break
        end = pos = token.end()
    return end


def village_after(flat: str, end: int) -> int | None:
    """The end of a unit below the commune printed right after a name that ends at `end` (_village_at)."""
    limit = min(len(flat), end + 60)
    line_end = flat.find("\n", end, limit)
    limit = limit if line_end < 0 else line_end
    at = _GAP.match(flat, end, limit).end()
    if at == end:
        return None
    window = lower_same_length_uncached(flat[at:limit])
    found = _village_at(flat[at:limit], window, 0, len(window)) or _numbered_region_at(
        flat[at:limit], window, 0, len(window)
    )  # "Kho bạc Nhà nước khu vực IV": the region of a body of a vertical system
    return at + found if found else None


_VILLAGE_NAME = re.compile(r"(?:[ \t]+(?:[^\W_][\w-]*)){1,3}")


_CLOSING_MARK = re.compile(r"[ \t]*[;)]")
_NEXT_BODY = re.compile(r"[ \t]*(?:,|và(?!\w))[ \t]*")


@lru_cache(maxsize=1)
def province_name() -> re.Pattern[str]:
    """A province's or centrally run city's name, capitalized as printed, a whole word."""
    names = sorted(resources.province_names(), key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(re.escape(n).replace(r"\ ", r"[ \t]+") for n in names) + r")(?![^\W_])")


def _last_term_before_a_closer(
    flat: str, lower: str, boundary: re.Match[str], limit: int, lower_run: int
) -> int | None:
    """The end of a boundary word read as the last term of a field ("Phòng Kế hoạch | tổng hợp", "Khoa Kỹ thuật
    | xây dựng", "Phòng Hành chính | tổng hợp"), or None: its words are words of names, the term stays within
    MAX_LOWER_RUN, and what follows ends a name for certain (`field_closer` cues: "chủ trì", "phối hợp", "và
    các"; a level word; ";" or ")"; a comma or "và" before another body). Followed by anything
    else ("Sở Y tế | tổng hợp kết quả", "Khoa Dược | xây dựng kế hoạch") the word is the verb it looks like."""
    words = boundary.group().split()
    if lower_run + len(words) > MAX_LOWER_RUN or not all(w in name_words() for w in words):
        return None
    end = boundary.end()
    after = _GAP.match(flat, end, limit).end()
    if after > end and _level_at(flat, lower, after, limit):
        return end
    if _ends_a_name(flat, lower, end, limit):
        return end
    province = province_name().match(flat, after, limit) if after > end else None
    if province and _ends_a_name(flat, lower, province.end(), limit):
        return end  # "Viện Quy hoạch | xây dựng Hà Nội | và …": the body's province closes the field
    # "Ban Quản lý Dự án đầu tư | xây dựng khu vực Gio Linh | chủ trì": the field to its certain end
    return _reads_on_to_a_closer(flat, lower, end, limit, lower_run + len(words))


_TAIL_WORDS = 4  # capitalized words of a proper name that may close a field ("… khu vực Gio Linh")
_READ_ON_RUN = MAX_LOWER_RUN + 4  # a field's words in small letters when a certain end of the name follows them


def _reads_on_to_a_closer(flat: str, lower: str, end: int, limit: int, lower_run: int) -> int | None:
    """Where the field that goes on from `end` reaches a certain end of a name, or None: words of names in small
    letters (no boundary word; the field's run within `_READ_ON_RUN`), then maybe a proper name, then a
    `field_closer` ("chủ trì", "phối hợp"), ";" or ")". Only then is a boundary word before them a term of the
    field: "Sở Tài chính | xây dựng dự toán ngân sách tỉnh" reaches no closer, and "Trung tâm … | tổ chức đấu giá,
    Sở Tài chính thẩm định" a comma: the word is a verb."""
    patterns = name_patterns()
    pos, run = end, lower_run
    while run < _READ_ON_RUN:
        at = _GAP.match(flat, pos, limit).end()
        token = _TOKEN.match(flat, at, limit) if at > pos else None
        if token is None or _is_capitalized(token.group()) or not token.group()[:1].isalpha():
            break
        if patterns.boundary.match(lower, at, limit) or token.group() not in name_words():
            break
        pos, run = token.end(), run + 1
    for _ in range(_TAIL_WORDS):
        at = _GAP.match(flat, pos, limit).end()
        token = _TOKEN.match(flat, at, limit) if at > pos else None
        if token is None or not _is_capitalized(token.group()) or _opens_a_name(flat, at, limit):
            break
        pos = token.end()
    if pos == end:
        return None
    after = _GAP.match(flat, pos, limit).end()
    closed = _CLOSING_MARK.match(flat, pos, limit) or (after > pos and patterns.field_closer.match(lower, after, limit))
    return pos if closed else None


def _ends_a_name(flat: str, lower: str, end: int, limit: int) -> bool:
    """Whether a name ends for certain at `end`: a `field_closer` ("chủ trì", "phối hợp", "và các"), ";" or ")",
    or a comma or "và" before another body."""
    if _CLOSING_MARK.match(flat, end, limit):
        return True
    after = _GAP.match(flat, end, limit).end()
    if after > end and name_patterns().field_closer.match(lower, after, limit):
        return True
    joint = _NEXT_BODY.match(lower, end, limit)
    return bool(
        joint and joint.end() < limit and _opens_a_name(flat, joint.end(), limit) and flat[joint.end()].isupper()
    )


def _name_end(
    flat: str,
    lower: str,
    start: int,
    limit: int,
    level_ok: bool,
    parent_ok: bool = False,
    type_word_again: re.Pattern[str] | None = None,
    verb_again: re.Pattern[str] | None = None,
) -> int | None:
    """Where the field, level and place that begin at `start` end; None when no name begins there. `lower` is
    `flat` lower-cased with its accents (same length); `parent_ok`: the head was printed with its capital, so a
    parent's bare type word may open the field ("Thanh tra Sở Y tế"); `type_word_again`: the head's type word
    printed again, where the next body of its kind begins (`_type_word_again`); `verb_again`: the head's verb printed
    again in small letters, the body's deed (`_verb_again`)."""
    patterns = name_patterns()
    pos = start
    end = None
    lower_run = 0
    capitals_in_a_row = 0
    tokens_taken = 0
    capital_starts: list[int] = []  # where the capitalized words of the last run start
    last_word_start = start  # where the last word taken starts
    body_abbreviation_seen = False  # "Văn phòng HĐND và UBND": a field that names bodies goes on with another
    after_a_pair = False  # the last term taken a `paired_term`: "và" may join the next one ("… và cứu nạn, cứu hộ")
    after_an_abbreviation = False  # the last word taken an abbreviation ("QLDA", "GD&ĐT")
    parent_term = NO_PARENT  # a parent's type word inside the field, then its name's first capitalized word
    while pos < limit:
        at = _GAP.match(flat, pos, limit).end()
        if at >= limit:
            break
        region = _numbered_region_at(flat, lower, at, limit) if (tokens_taken or level_ok) else None
        if region:  # "Hải quan khu vực II", "Kho bạc Nhà nước khu vực IV": the region closes the name
            return region
        city = _CITY_WITH_STOP.match(flat, at, limit) if tokens_taken else None
        if city:  # "Hội Luật gia TP. Đà Nẵng", "… Tp. Vinh": the city's level abbreviated with its stop, its place
            return city.end()
        level = _level_at(flat, lower, at, limit)
        if level and (tokens_taken or level_ok):
            end = level.end()
            place = _PLACE_WORDS.match(flat, end, limit)
            if place:
                words = place.group().split()
                kept = 0
                for word in words:
                    if not _is_capitalized(word):
                        break
                    kept += 1
                if kept:
                    end = end + len(" ".join(words[:kept])) + (len(place.group()) - len(place.group().lstrip()))
                    if lower.endswith(_INTER, 0, level.start()):
                        end = _second_place_end(flat, end, limit)
            return end
        token = _TOKEN.match(flat, at, limit)
        if token is None:
            break
        word = token.group()
        follows_an_abbreviation, after_an_abbreviation = after_an_abbreviation, False
        if tokens_taken and (pair := patterns.paired_term.match(lower, at, limit)):
            end = pos = pair.end()  # "phòng cháy, chữa cháy", "Phòng, chống": the comma joins one term's words
            tokens_taken += 1
            capitals_in_a_row, lower_run = 0, 1
            last_word_start = at
            after_a_pair = True
            continue
        joins_a_pair, after_a_pair = after_a_pair, False
        if not _is_capitalized(word) and (boundary := patterns.boundary.match(lower, at, limit)):
            term_end = None
            # not after a parent's bare type word, a whole field of its own ("Thanh tra Bộ | tiếp tục phối hợp")
            after_a_bare_parent = bool(capital_starts) and (
                flat[capital_starts[-1] : at].rstrip().lower() in _BARE_TYPE_FIELDS
            )
            if tokens_taken and capitals_in_a_row <= 1 and not after_a_bare_parent:
                term_end = _last_term_before_a_closer(flat, lower, boundary, limit, lower_run)
            if term_end is None:
                break
            end = pos = term_end  # "Phòng Kế hoạch tổng hợp | chủ trì": the verb-like term is the field's
            tokens_taken += 1
            lower_run += len(boundary.group().split())
            capitals_in_a_row = 0
            continue
        if word == "," and lower_run:
            enumeration = _lower_case_enumeration(flat, lower, token.end(), limit)
            if enumeration:  # "Xúc tiến đầu tư, thương mại và du lịch": a field printed in sentence case
                end = pos = enumeration
                tokens_taken += 1
                continue
        if word == "," and lower_run:
            closing = _closing_lower_case_term(flat, lower, token.end(), limit)
            if closing:  # "Phòng Chính trị, tư tưởng": the field's second term in lower case, then the name ends
                end = pos = closing
                tokens_taken += 1
                break
        if word == "và" and (closing_words := patterns.name_closing.match(lower, at, limit)):
            end = closing_words.end()  # "Công đoàn ngành Trung ương và tương đương"
            tokens_taken += 1
            break
        if (
            word == "và"
            and (joins_a_pair or lower_run >= 2)
            and (nxt := _next_token(flat, token.end(), limit))
            and patterns.paired_term.match(lower, nxt.start(), limit)
        ):
            # "… chữa cháy và cứu nạn, cứu hộ", "Đội Kiểm lâm cơ động và phòng cháy, chữa cháy rừng": the field's
            # next duty, after a term of two words in small letters at least (not "Trung tâm Y tế | và phòng, chống
            # sốt xuất huyết", an aim)
            pos = token.end()
            capitals_in_a_row = lower_run = 0
            continue
        if word == "và" and lower_run and (joined := _lower_case_conjunct(flat, lower, token.end(), limit)):
            end = pos = joined  # "Chi cục … nông lâm sản và thủy sản Quảng Ninh": one field
            tokens_taken += 1
            continue
        if word in ("và", "&", "-", "–", "—", ","):
            nxt = _next_token(flat, token.end(), limit)
            if not nxt or not _is_capitalized(nxt.group()):
                break
            if _opens_a_name(flat, nxt.start(), limit) and not (
                word in ("-", "–", "—")
                and (
                    _legal_form_closes(flat, lower, nxt.start(), limit)
                    or _a_bare_type_word_term(flat, lower, nxt.start(), limit)
                )
            ):
                break
            if office_title().match(flat, nxt.start()):
                # "Trưởng Ban Kinh tế - Ngân sách - Phó Trưởng Đoàn giám sát": the holder's next office; "Cục Văn hóa
                # cơ sở và Thủ trưởng các đơn vị": the next holder
                break
            if word in ("và", ",") and not body_abbreviation_seen and _abbreviates_a_body(nxt.group()):
                break  # "Trung tâm Y tế và UBND các xã": the next body, printed by its abbreviation
            if word == "," and not _ONE_TERM_BEFORE_VA.match(flat, token.end(), limit):
                break  # a comma belongs to a name only in "A, B và C" where B is one term
            pos = token.end()
            capitals_in_a_row = lower_run = 0
            continue
        if word.isdigit() or (_ROMAN.match(word) and word):
            if not tokens_taken:
                return None
            # "Văn phòng Quản lý đường bộ IV.4": a unit of region IV, numbered after it
            sub = None if word.isdigit() else _SUB_NUMBER.match(flat, token.end(), limit)
            return sub.end() if sub else token.end()
        if _is_abbreviation(word):
            body_abbreviation_seen = body_abbreviation_seen or _abbreviates_a_body(word)
            end = pos = token.end()
            tokens_taken += 1
            capitals_in_a_row, lower_run = 2, 0  # no word in small letters goes on after it ("Sở GD&ĐT | tổ chức")
            after_an_abbreviation = True
            continue
        if not word[:1].isalpha():
            break
        if tokens_taken and capitalized_duty_at(flat, at, limit, lower):
            break  # "Chi cục Thống kê | Phối hợp với …": a duty printed capitalized after its body, as a label's
        if (
            parent_ok
            and not tokens_taken
            and word.lower() in _BARE_TYPE_FIELDS
            and not _head_ends_with(lower, start, word.lower())  # "Trưởng phòng | Phòng Nội vụ": a title's word
            and _capitalized_next(flat, token.end(), limit)
        ):
            # "Thanh tra Sở | Y tế", "Văn phòng Bộ | Xây dựng": the parent's type word, then its own field's run
            tokens_taken += 1
            last_word_start = at
            end = pos = token.end()
            continue
        if _is_capitalized(word):
            if (
                type_word_again is not None
                and end is not None
                and type_word_again.match(flat, at, limit)
                and _CAPITALIZED_LAST_TERM.search(flat, max(start, end - LAST_TERM_CHARS), end)
            ):
                break  # "Sở Tài chính | Sở Xây dựng"; not after a term in small letters ("Dự án phát triển Đại học")
            if not capitals_in_a_row or follows_an_abbreviation:  # "Ban QLDA | Đầu tư xây dựng": a term of its own
                capitals_in_a_row, capital_starts = 0, []
            capital_starts.append(at)
            capitals_in_a_row += 1
            lower_run = 0
            parent_term = PARENT_FIRST_WORD if parent_term == PARENT_TYPE_WORD else NO_PARENT
            if (
                tokens_taken
                and patterns.parent_type_word.fullmatch(lower, at, token.end())
                and not _head_ends_with(lower, start, lower[at : token.end()])  # "Bộ Trưởng | Bộ Nội vụ"
            ):
                # "Ban Giám hiệu | Trường | Thực hành sư phạm": a parent's type word opens its own name's run
                capitals_in_a_row, capital_starts = 0, []
                parent_term = PARENT_TYPE_WORD
        else:
            if verb_again is not None and tokens_taken and verb_again.match(flat, at, limit):
                break  # "Ban quản lý Bến thủy bộ | quản lý hiệu quả …": the body's deed, its head's verb again
            if parent_term == PARENT_FIRST_WORD and word not in name_words():
                break  # "Công ty Xây dựng Trường Sơn | khắc phục": a proper name, no parent's term
            parent_term = NO_PARENT
            # "Tổ chức", "Y tế", "Công lập"; not after a parent's bare type word, a whole field of its own ("Văn
            # phòng Bộ | cập nhật", "Thanh tra Sở | hoàn thiện"): there only a word of names goes on
            bare_parent = (
                flat[capital_starts[-1] : at].rstrip().lower() if capitals_in_a_row == 1 and lower_run == 0 else ""
            )
            if bare_parent in _BARE_TYPE_FIELDS and not _goes_on_a_bare_type_word(bare_parent, word):
                break  # "Văn phòng Sở | đăng ký kinh phí hàng năm": the parent's bare type word, a whole field
            completes_a_term = bool(bare_parent) and bare_parent not in _BARE_TYPE_FIELDS
            village = (
                (_village_at(flat, lower, at, limit) or _every_village_at(lower, at, limit)) if tokens_taken else None
            )
            if village:  # "Chi đoàn Thanh niên ấp Tân Hòa", "Ban Công tác Mặt trận khu phố 3": a unit below the commune
                return village
            if any(_ends_a_type_word(lower, s, token.end()) for s in capital_starts[-2:]):
                capitals_in_a_row, lower_run = 0, 1  # "Công đoàn Tổng Công ty …": a type word inside the field
                tokens_taken += 1
                end = pos = token.end()
                continue
            if capitals_in_a_row >= 2 and _between_capitals(flat, word, token.end(), limit):
                capitals_in_a_row, lower_run = 0, 1  # "Bệnh Nhiệt đới Trung ương": one term between two runs
                tokens_taken += 1
                end = pos = token.end()
                continue
            if not tokens_taken or capitals_in_a_row >= 2 or lower_run >= MAX_LOWER_RUN:
                break
            footnote = _FOOTNOTE_MARK.search(word)
            if footnote and (completes_a_term or word[: footnote.start()] in name_words()):
                # "Vụ Pháp chế và Quản lý hành chính2": a footnote's number glued to the last word
                end = at + footnote.start()
                break
            last_word = flat[last_word_start:end] if lower_run and end is not None else ""
            after_a_prefix = last_word in patterns.bound_prefixes
            if not completes_a_term and not after_a_prefix and word not in name_words() and not _joined_terms(word):
                break  # "Thanh toán đa | tuyến": a bound prefix takes its word whatever it is
            lower_run += 1
            capitals_in_a_row = 0
        tokens_taken += 1
        last_word_start = at
        end = pos = token.end()
    if not tokens_taken or end is None:
        return None
    return end


_SUB_NUMBER = re.compile(r"\.\d{1,2}(?![\w.,/]|\.\d)")

_LINE_BREAK_BEFORE_A_LETTER = re.compile(r"\n(?=[ \t]*([^\W\d_]))")


def wrapped_lines_joined(flat: str) -> str:
    """`flat` with a line break before a lower-case letter read as a space (same length): a name wrapped inside
    a paragraph ("Phòng Giáo dục chuyên\nnghiệp", "Ban Chỉ đạo phòng thủ dân sự\nquốc gia") goes on."""
    if "\n" not in flat:
        return flat
    return _LINE_BREAK_BEFORE_A_LETTER.sub(lambda m: " " if m.group(1).islower() else "\n", flat)


@lru_cache(maxsize=2)
def _document_lines_joined(flat: str) -> str:
    """`wrapped_lines_joined` of a whole document, done once for all its regions (and then lowered once too:
    `lower_same_length` is cached on the same string)."""
    return wrapped_lines_joined(flat)


def find_named_bodies(
    flat: str, folded: str, region: tuple[int, int], dropped: Callable[[int], bool] | None = None
) -> list[RawMention]:
    """Bodies printed in the form of Decree 30 in `flat[region]`, whether or not a list holds them.

    `dropped(start)` says that a body found at `start` would be thrown away whatever its end (the caller's
    lists already name what stands there): the bodies returned are then those found without it, less the
    dropped ones. A dropped body is not read, unless a head that is not dropped follows on its line and may
    open a name: the body might hold that head, which is then no body of its own (a name never runs past
    its line, so a head on a later line is free of it). Most bodies a gazetteer knows are never read."""
    patterns = name_patterns()
    flat = _document_lines_joined(flat)
    lower = lower_same_length(flat)
    lo, hi = region
    found: list[RawMention] = []
    pos = lo
    unread: list[re.Match[str]] = []  # dropped heads not read yet, all on the lines up to `unread_limit`
    unread_limit = lo
    for head in patterns.type_word.finditer(lower, lo, hi):
        if head.start() < pos:
            continue
        if dropped is not None and dropped(head.start()):
            if head.start() >= unread_limit:
                unread.clear()  # the bodies of the heads left unread end before this one
            unread.append(head)
            unread_limit = _line_limit(flat, head, hi)
            continue
        if not _may_open_a_name(flat, head):
            if (unit := _own_unit_heading(flat, lower, head, hi)) is not None:
                found.append(unit)
                pos = unit.end
            continue
        if unread:
            if head.start() < unread_limit:  # read them in turn: one of their bodies may hold this head
                for before in unread:
                    if before.start() >= pos and (body := _body_at(flat, lower, before, hi)) is not None:
                        pos = body.end
            unread.clear()
            if head.start() < pos:
                continue
        if _organ_before_a_body(flat, lower, head, hi):
            continue  # "Ban Chấp hành | Hội Luật gia thành phố Đà Nẵng": the body is read, the organ joined to it
        body = _read_body(flat, lower, head, hi)
        if body is not None:
            found.append(body)
            pos = body.end
    return _with_abbreviated_heads(flat, lower, region, found, dropped)


def _with_abbreviated_heads(
    flat: str, lower: str, region: tuple[int, int], found: list[RawMention], dropped: Callable[[int], bool] | None
) -> list[RawMention]:
    """`found` with the bodies whose type word and first field are printed as one abbreviation (`abbreviated_head`
    cues: "TTYT Dự phòng tỉnh", "TTYT các huyện", "BVĐK tỉnh"): the abbreviation's expansion, then the field, level
    or place the grammar reads after it. Where a list's body or a body read already stands, nothing is added."""
    heads = _abbreviated_heads()
    lo, hi = region
    extra = []
    for head in heads.finditer(flat, lo, hi):
        if not opens_a_word(flat, head.start()):
            continue  # inside a word or an abbreviation
        if (dropped is not None and dropped(head.start())) or any(b.start <= head.start() < b.end for b in found):
            continue
        limit = _line_limit(flat, head, hi)
        expansion = abbreviation_table()[head.group()]
        every = class_level_at(flat, lower, head.end(), limit)
        if every:  # "TTYT các huyện": every district's centre
            extra.append(RawMention(head.start(), every[0], expansion + every[1], "agency.grammar"))
            continue
        end = _name_end(flat, lower, head.end(), limit, True)
        if end is not None and end > head.end():
            name = squash(expansion + _expanded_outside_numbers(flat[head.end() : end]))
            extra.append(RawMention(head.start(), end, name, "agency.grammar"))
    return sorted(found + extra, key=lambda body: body.start) if extra else found


@lru_cache(maxsize=1)
def _abbreviated_heads() -> re.Pattern[str]:
    """The `abbreviated_head` cues as printed (case-sensitive: "bv" in small letters is no hospital)."""
    cues = load_cues("agency_names.tsv", NAME_CUE_KINDS)
    heads = sorted((c.phrase for c in cues if c.kind == "abbreviated_head"), key=len, reverse=True)
    unknown = [h for h in heads if h not in abbreviation_table()]
    if unknown:
        raise ResourceError(f"agency_names.tsv: abbreviated_head {unknown} not in abbreviations.csv")
    # capitals first, so that re skips to them; the character before is checked by the caller
    return re.compile(r"(?:" + "|".join(map(re.escape, heads)) + r")(?![\w&])")


# a governing organ printed before the name of the body it governs, which opens with its own type word
_GOVERNING_ORGAN = re.compile(
    "(?:" + "|".join(sorted((o.replace(" ", r"[ \t]+") for o in GOVERNING_ORGANS), key=len, reverse=True)) + r")[ \t]+"
)


def _organ_before_a_body(flat: str, lower: str, head: re.Match[str], hi: int) -> bool:
    """Whether the head opens a governing organ ("Ban Chấp hành", "Ban Thường vụ") and a body's name follows it
    ("Ban Chấp hành Hội Luật gia thành phố Đà Nẵng"): the organ is no field of a "Ban" of its own, and the name
    after it is read whole (governing.join_units_of_bodies names the organ of that body)."""
    organ = _GOVERNING_ORGAN.match(flat, head.start(), hi)
    if organ is None or name_patterns().type_word_level_head.match(lower, organ.end(), hi):
        return False  # "Ban Thường vụ Đảng ủy …": a body named by its level, read with its organ as before
    return _term_opens_a_body(flat, lower, organ.end(), hi)


def _own_unit_heading(flat: str, lower: str, head: re.Match[str], hi: int) -> RawMention | None:
    """An item's heading that is a unit's type word alone ("1.3. Văn phòng", "3.2. Thanh tra", `own_unit_word` cues):
    a unit of the issuer, named bare as printed (ANNOTATING, "a body's own units", 3)."""
    if not flat[head.start()].isupper() or not name_patterns().own_unit_word.fullmatch(head.group()):
        return None
    if not HEADING_END.match(flat, head.end(), hi) or not heads_an_item(lower, head.start()):
        return None
    return RawMention(head.start(), head.end(), type_words_as_written()[head.group()], "agency.grammar")


def _line_limit(flat: str, head: re.Match[str], hi: int) -> int:
    """Where the line of a head ends (at most `hi`): no name read from the head runs past it."""
    line_end = flat.find("\n", head.end(), hi)
    return hi if line_end < 0 else line_end


def _may_open_a_name(flat: str, head: re.Match[str]) -> bool:
    """Whether a type word may open a name, as far as the head and the character after it say."""
    if flat[head.start()].isupper():
        if _is_abbreviation(flat[head.start() : head.end()]):
            return False  # a head in capitals is a heading ("TRƯỜNG …", "QUY TRÌNH")
        if name_patterns().compound_head.match(flat[head.start() : head.end() + 24].lower()):
            return False  # "Hội Thảo Khoa Học …" in Title Case: a common word, no type word
    elif (
        not opens_in_lower_case(flat, head.start(), head.end())
        and not (
            after_an_office_title(flat, head.start())
            and flat[head.end() + 1 : head.end() + 2].isupper()
            # "Trưởng ban Ban Quản lý …": the title's own word, the name printed whole after it
            and flat[head.end() + 1 : head.end() + 1 + len(head.group())].lower() != head.group().lower()
        )
        and not _level_head_named_by_a_verb(flat, head)
    ):
        return False  # a name is capitalized, but for the heads clerks print in lower case (never in capitals)
    return flat[head.end() : head.end() + 1] in (" ", "\t")


def _level_head_named_by_a_verb(flat: str, head: re.Match[str]) -> bool:
    """A type word that names a body with its level alone ("đảng ủy", "công an"), printed in lower case right after
    a directive verb (news and OCR'd text: "Yêu cầu đảng ủy các phường, thị trấn quán triệt"): its level is read as
    for a capitalized one (directive_lists.py)."""
    return bool(name_patterns().type_word_level.match(head.group())) and named_by_a_verb(flat, head.start())


_JOINING_HYPHEN = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")


def _spaced_hyphen(hyphen: re.Match[str]) -> str:
    """A hyphen between a lower-case word and a capitalized one joins two terms: spaced, as a name prints it."""
    text, at = hyphen.string, hyphen.start()
    return " - " if text[at - 1].islower() and text[at + 1].isupper() else "-"


def _body_at(flat: str, lower: str, head: re.Match[str], hi: int) -> RawMention | None:
    """The body whose type word is `head`, read from `flat` (`lower`: the same lower-cased), or None."""
    return _read_body(flat, lower, head, hi) if _may_open_a_name(flat, head) else None


# a document's or programme's number as printed, its symbol's letters no abbreviation: "06/CP", "57-NQ/TW"
_PRINTED_NUMBER = re.compile(r"(?<!\d)(\d++(?:[/.-][^\W_]++)+)")  # from a number's first digit: linear


def _expanded_outside_numbers(printed: str) -> str:
    """`expand_abbreviations` of a printed name but for the numbers in it ("Tổ công tác triển khai Đề án 06/CP")."""
    parts = _PRINTED_NUMBER.split(printed)
    return "".join(part if i % 2 else expand_abbreviations(part) for i, part in enumerate(parts))


def _field_capitalized(name: str, at: int) -> str:
    """A name whose field, printed as an abbreviation, opens with a word its expansion writes in small letters
    ("công nghệ thông tin"): the field's first letter capitalized, as Nghị định 30/2020 writes a body's field (a
    committee's purpose stays in small letters: "Ban Chỉ đạo phòng, chống dịch")."""
    return name[:at] + name[at : at + 1].upper() + name[at + 1 :]


def _title_end(flat: str, lower: str, at: int, hi: int) -> int | None:
    """The end of the body a title names, read from `at` to the title's end (title_names.py)."""
    patterns = name_patterns()
    known = name_words()

    def term_word(pos: int) -> bool:
        if patterns.purpose_verb.match(lower, pos, hi):
            return True
        word = _PURPOSE_WORD.match(flat, pos, hi)
        return word is not None and word.group() in known and not patterns.boundary.match(lower, pos, hi)

    return title_name_end(flat, at, hi, term_word, lambda pos: _opens_a_name(flat, pos, hi))


def _heading_end(flat: str, lower: str, at: int, hi: int) -> int | None:
    """The end of the body an item's heading names, read from `at` to the heading's end (title_names.py)."""
    patterns = name_patterns()
    return heading_name_end(
        flat,
        lower,
        at,
        hi,
        lambda pos: patterns.boundary.match(lower, pos, hi) is not None,
        lambda pos: _opens_a_name(flat, pos, hi),
    )


def _type_word_again(flat: str, printed_head: str, field_start: int) -> re.Pattern[str] | None:
    """The head's own type word printed again before a capital, matched where a field's word begins: "Sở Tài chính |
    Sở Xây dựng", "Phòng Nội vụ | Phòng Tư pháp" with no comma between are two bodies of one kind, never one inside
    the other (a unit inside its parent prints another type word: "Văn phòng Sở Y tế"). None for a head in small
    letters or an office holder's title ("Bộ Trưởng Bộ Nội vụ")."""
    if not printed_head[:1].isupper() or office_title().match(flat, field_start - len(printed_head)):
        return None
    return _printed_again(printed_head)


@lru_cache(maxsize=256)
def _printed_again(printed_head: str) -> re.Pattern[str]:
    """The head's words as printed, then spaces before a capital: built once per head, not at every body read."""
    printed = r"[ \t]+".join(map(re.escape, printed_head.split()))
    return re.compile(rf"{printed}[ \t]+(?=[{UPPER}])")


@lru_cache(maxsize=256)
def _verb_again(head: str) -> re.Pattern[str] | None:
    """A head of a type word and a verb of two syllables ("ban quản lý", "ban chỉ đạo", "bộ chỉ huy"): that verb
    printed again in small letters, where the name has ended and its deed begins ("Ban quản lý Bến thủy bộ | quản lý
    hiệu quả …"); None for other heads."""
    words = head.split()
    if len(words) != 3:
        return None
    return re.compile(rf"{re.escape(words[1])}[ \t]++{re.escape(words[2])}(?!\w)")


_SEAT = re.compile(r"[ \t]+tại(?=[ \t])")
# a body's branch printed after its name: "chi nhánh" and the branch's level or place (the matcher reads it too)
BRANCH = re.compile(r"[ \t]++chi[ \t]++nhánh[ \t]++(?=\w)", re.IGNORECASE)


def _seat_end(flat: str, end: int, limit: int) -> int | None:
    """The end of "tại" and the capitalized place a mission abroad sits in, printed after its name at `end` (a
    `located_type_word`'s: "Đại sứ quán Việt Nam tại Nhật Bản", "Tổng Lãnh sự quán Việt Nam tại Thượng Hải"); None
    when no capitalized place follows."""
    seat = _SEAT.match(flat, end, limit)
    return None if seat is None else _capitalized_place_end(flat, seat.end(), limit)


def _read_body(flat: str, lower: str, head: re.Match[str], hi: int) -> RawMention | None:
    """`_body_at` of a head that may open a name."""
    patterns = name_patterns()
    limit = _line_limit(flat, head, hi)
    printed_head = flat[head.start() : head.end()]
    level_ok = bool(patterns.type_word_level.match(lower[head.start() : head.end()]))
    field_start = head.end()
    every = class_level_at(flat, lower, field_start, limit) if level_ok else None
    if every:  # "Đảng ủy các xã, thị trấn": a type word of its own level, the class of all of them
        written = squash(printed_head)
        if written.islower():  # "đảng ủy các xã" after a directive verb: the type word as a name prints it
            written = type_words_as_written().get(written, written)
        return RawMention(head.start(), every[0], written + every[1], "agency.grammar")
    first = _TOKEN.match(flat, _SPACES.match(flat, field_start, limit).end())
    if first is None:
        return None
    if _UNIT_NUMBER.fullmatch(first.group()) and patterns.numbered_type_word.match(lower, head.start(), head.end()):
        # "Sư đoàn 312", "Binh đoàn 12": a unit named by its number alone; "Ban Chỉ đạo 389 tỉnh": then its level
        end = first.end()
        after = _GAP.match(flat, end, limit).end()
        if after > end and _level_at(flat, lower, after, limit):
            end = _name_end(flat, lower, after, limit, True) or end
        return RawMention(head.start(), end, squash(flat[head.start() : end]), "agency.grammar")
    starts_field = _is_capitalized(first.group()) or _is_abbreviation(first.group())
    at_level = _LEVEL_START.match(lower, first.start(), limit) or _numbered_region_at(flat, lower, first.start(), limit)
    if patterns.level_only_type_word.match(lower, head.start(), head.end()) and not at_level:
        return None  # "Thuế thu nhập", "Thống kê Dân số": these heads name a body only with a level or region
    if not starts_field and (unit := patterns.lower_case_unit.match(lower, head.start(), limit)):
        # "1. Ban giám hiệu": a school's board, its field printed in lower case by custom
        return RawMention(head.start(), unit.end(), patterns.units_as_written[squash(unit.group())], "agency.grammar")
    purpose = None
    if patterns.purpose_type_word.match(lower, head.start(), head.end()):
        # a site's kind is the more particular reading, in either case: "khu bảo tồn Sơn Trà" is no purpose cut at
        # "khu bảo", "Khu bảo tồn thiên nhiên Bắc Hướng Hóa" no field cut there
        purpose = _site_name_end(flat, lower, first.start(), limit)
        if purpose is None and not starts_field:
            purpose = _purpose_end(flat, lower, first.start(), limit)
        if purpose is None and not starts_field:  # "Chủ tịch Hội đồng quốc gia về tài nguyên nước; …"
            purpose = about_purpose_end(flat, lower, head.end(), limit, an_office_in_a_list(flat, head.start()))
    elif not starts_field and patterns.level_purpose_type_word.match(lower, head.start(), head.end()):
        purpose = _purpose_end(flat, lower, first.start(), limit, level_closed_only=True)
    kind_first = False  # the field a kind in small letters, its first letter written as Decree 30 writes a field's
    if purpose is None and not starts_field and patterns.kind_name_type_word.match(lower, head.start(), head.end()):
        purpose = _kind_then_name_end(flat, lower, first.start(), limit)  # "Trường mầm non | Hoa Sen"
        kind_first = purpose is not None
    titled = in_a_title(lower, head.start())  # "Điều 14. Trách nhiệm của Trung tâm phát triển quỹ đất - quỹ nhà"
    headed = not titled and heads_an_item(lower, head.start())  # "1.1. Phòng Kỹ thuật, tu bổ và tôn tạo cảnh quan"
    if not starts_field and purpose is None and not (level_ok and at_level) and not titled:
        return None
    if purpose is None and (starts_field or at_level):
        again = _type_word_again(flat, printed_head, field_start)
        parent_ok = printed_head[:1].isupper()
        verb = _verb_again(squash(printed_head).lower())
        end = _name_end(
            flat, lower, field_start, limit, level_ok, parent_ok=parent_ok, type_word_again=again, verb_again=verb
        )
    else:
        end = purpose
    if end is not None and patterns.located_type_word.match(lower, head.start(), head.end()):
        end = _seat_end(flat, end, limit) or end  # "Đại sứ quán Việt Nam | tại Nhật Bản"
    if end is not None and (branch := BRANCH.match(flat, end, limit)):
        # "Ngân hàng TMCP Ngoại thương Việt Nam | chi nhánh tỉnh Bình Dương": one of its branches, a body of its own
        end = _name_end(flat, lower, branch.end(), limit, True) or end
    if titled:
        end = _title_end(flat, lower, end or field_start, hi) or end
    elif headed and end is not None:
        end = _heading_end(flat, lower, end, limit) or end
    if end is None:
        return None
    if patterns.purpose_type_word.match(lower, head.start(), head.end()):
        end = _listed_field_end(flat, lower, end, limit) or end
    field = squash(lower[_GAP.match(lower, field_start).end() : end])
    if (
        patterns.type_word.fullmatch(field)
        and field not in _BARE_TYPE_FIELDS
        and (squash(lower[head.start() : head.end()]), field) != _OFFICE_OF_A_COMMITTEE
        and not patterns.level_only_type_word.fullmatch(field)  # "Chi cục Thống kê", "Cục Hải quan": its system's field
        and not patterns.function_field.fullmatch(field)  # "Phòng Thanh tra": a unit named by its function
    ):
        return None  # "Công đoàn Tổng Công ty": a type with no field of its own names no body ("Văn phòng Sở" does)
    name_end, suffix = end, ""
    every = class_after_name(flat, lower, head.start(), end, limit)
    if every:  # "Bưu điện huyện, thành phố": the class of them all
        name_end, end, suffix = every
    name = squash(_expanded_outside_numbers(_CITY_STOP.sub("thành phố ", flat[head.start() : name_end]))) + suffix
    written = type_words_as_written().get(squash(printed_head).lower())
    # "phòng Nội vụ", "Ban chỉ đạo …": the type word as a name prints it
    if written and not any(map(_is_abbreviation, printed_head.split())):
        name = written + name[len(squash(printed_head)) :]
    if (
        _is_abbreviation(first.group())
        and not any(map(_is_abbreviation, printed_head.split()))
        and not patterns.purpose_type_word.match(lower, head.start(), head.end())  # "Ban Chỉ đạo PC dịch"
        and expand_abbreviations(first.group()).lower() not in LEVEL_WORDS  # "Bệnh viện TP Quảng Ngãi"
    ):
        name = _field_capitalized(name, len(squash(printed_head)) + 1)  # "Cục CNTT": "Cục Công nghệ thông tin"
    if name == squash(printed_head) or (not suffix and name in division_names_of_type_words()):
        return None  # a bare type word; a place's name ("nút giao Vụ Bổn", "thành phố Hội An")
    if kind_first:
        name = _field_capitalized(name, len(squash(printed_head)) + 1)  # "Trường Mầm non Hoa Sen"
    name = _PRINTED_DASH.sub(" - ", name)  # "Phòng Tài chính — Kế hoạch"
    name = _SPACED_AMPERSAND.sub(" và ", name)  # "Phòng Khảo thí & Đảm bảo chất lượng": a name writes the word
    name = _JOINING_HYPHEN.sub(_spaced_hyphen, name)  # "Phòng không-Không quân" -> "Phòng không - Không quân"
    if patterns.levels_of_schools.fullmatch(name[len(squash(printed_head)) + 1 :].lower()):
        return None  # "các trường Tiểu học", "Trường THCS trên địa bàn": the levels of schools, no school
    return RawMention(head.start(), end, name, "agency.grammar")
