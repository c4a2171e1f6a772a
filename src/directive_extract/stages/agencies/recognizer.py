"""The agency recognizer: every body named in the body of the document, with its role in its task.

Mentions come from the matcher (gazetteer, classes, steering committees, local governments named
by place); places complete them (places.py); mentions joined by "," / "và" form a list that shares
one role read from the words around it (roles.py); a top-level task with no lead of its own
inherits one (inheritance.py). Reads `doc.layout`, `doc.task_index`, `doc.header`; returns one
Finding per mention (label: canonical name, value: role or None), then one per inherited lead,
whose `task_id` names the task it was copied to.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from itertools import islice, pairwise

from ...cues import alternation, load_cues
from ...document import Document, Paragraph, overwrite_spans
from ...findings import Finding
from ...item_labels import ITEM_MARKER
from ...names import official_city_name, spaced_dashes
from ...patterns import ends_with_photo_credit, lowered
from ...vn import fold_keep_case
from ...vocab import CLASS_LEVEL, LEVEL_RANK, LEVEL_WORD, LEVEL_WORDS
from .broken_words import mended_words
from .canonical import (
    known_body,
    level_of,
    level_word_in_lower_case,
    standing_board_of_the_front,
)
from .cell_names import names_in_cells
from .concepts import without_concepts
from .council_organs import council_organs_share_the_level
from .defined_abbreviations import defined_abbreviations, with_phrases_written_out
from .division_levels import Where
from .front_level import front_with_the_lists_level
from .governing import join_governing_organs
from .grammar import NAME_CUE_KINDS
from .inheritance import (
    addressee_leads,
    duty_divided_parts,
    lead_in_leads,
    lead_in_names_its_own,
    opens_with_a_body,
    opens_with_a_named_actor,
    session_leads,
    shares_common_duties,
)
from .issuer_level import of_the_issuers_level, the_front_itself
from .level_word_alone import level_word_mentions
from .matcher import fold_key, matcher, own_level_reading
from .mentions import Mention, covering, lists, overlapping
from .named_sets import named_set_mentions
from .offices import in_one_list, issuers_own_offices
from .one_name import one_name_per_body
from .own_level import class_name
from .partners import chairs, partner_of
from .places import (
    a_city_speaks,
    about_one_province,
    addressee_level,
    distribute_places,
    in_a_city,
    main_province,
    reports_on_a_city,
    the_city,
    with_place_lists,
)
from .role_cue_kinds import ROLE_CUE_KINDS
from .roles import (
    continues_the_list,
    invited_by_name,
    invitee_fields,
    is_reported_speaker,
    is_speaker,
    issuer_head,
    issuer_key,
    labelled_fields,
    listed_in_the_field,
    noted_role,
    only_named_by,
    role_of,
    role_patterns,
)
from .same_level import at_the_subjects_level
from .sectors import sector_body
from .semicolon_items import reprinted_whole
from .shared_heads import find_mentions
from .type_word_alone import type_word_mentions
from .units_of_a_body import units_as_classes

_COVID = re.compile(r"covid|sars-cov-2|dich benh|phong, chong dich")  # on the folded text lowered
_GENERIC_STEERING = re.compile(r"^Ban Chỉ đạo (tỉnh|huyện|xã|thành phố)$")


def _issuer_level(issuer: str | None) -> str | None:
    """The issuer's level, when its name says it: "Ủy ban nhân dân" printed without its level or place
    (a damaged header) says nothing."""
    if not issuer:
        return None
    level = level_of(issuer)
    bare = level_of(issuer, bare=True)
    if bare is not None and bare[1] == issuer and level != "central":
        generic = known_body(issuer)
        if generic is None or generic != issuer:
            return None  # "Ủy ban nhân dân": the row is "Ủy ban nhân dân tỉnh", the level was not printed
    if level == "province" and _a_district_level_city(issuer):
        return "district"
    return level


def _a_district_level_city(issuer: str) -> bool:
    """ "Ủy ban nhân dân thành phố Vũng Tàu": a city of a province (a district's rank until 2025-07-01), not a
    centrally-run one, whose "thành phố" the gazetteer reads as a province's; a province's name after
    "thành phố" is its capital city's ("thành phố Hà Giang")."""
    lowered = issuer.lower()
    at = lowered.rfind("thành phố ")
    if at < 0:
        return False
    place = matcher().places.get(fold_key(lowered[at + len("thành phố ") :]))
    return place is not None and place[1] in _DISTRICT_RANK_KINDS


_DISTRICT_RANK_KINDS = frozenset({"city", "town", "district_city", "province"})


# the first syllable of a level word, opening a body's name that holds its level ("Tỉnh ủy", "Thị ủy", "Quận đoàn")
_LEVEL_SYLLABLES = frozenset(word.split()[0] for word in LEVEL_WORDS)
# a party committee or youth union named by its level inside a longer name ("Ban Tuyên giáo Huyện ủy")
_A_LEVELS_COMMITTEE = re.compile(
    rf"(?<!\w)(?:{'|'.join(sorted(syllable.capitalize() for syllable in _LEVEL_SYLLABLES))})[ \t]+(?:ủy|đoàn)(?!\w)"
)


def _class_below(mention: Mention, issuer_level: str | None) -> str:
    """A body of a lower level than the issuer, printed with no place, names all of them: in a ministry's
    letter "Sở Y tế" is every province's ("Sở Y tế cấp tỉnh"), in a province's plan "UBND huyện" and
    "Trung tâm Y tế huyện" are every district's ("… cấp huyện")."""
    if issuer_level is None or mention.place or " cấp " in mention.name:
        return mention.name
    if mention.rule.split("+")[0] not in ("agency.gazetteer", "agency.grammar", "agency.shared_head"):
        return mention.name
    found = level_of(mention.name, bare=True)
    if found is None:
        return mention.name
    level, base = found
    if level not in LEVEL_WORD or LEVEL_RANK[level] <= LEVEL_RANK.get(issuer_level, 9):
        return mention.name
    if base.split(" ", 1)[0].lower() in _LEVEL_SYLLABLES or _A_LEVELS_COMMITTEE.search(base):
        # "Tỉnh ủy", "Huyện ủy", "Ban Tuyên giáo Huyện ủy": the name prints its level, every one's the same
        return mention.name
    return f"{base} cấp {LEVEL_WORD[level]}"


def _a_city_speaks_in_news(doc: Document, flat: str, start: int) -> bool:
    """In a news report, the city speaking to a bare class: the level word of its sentence, else the report's place."""
    speaks = a_city_speaks(flat, start)
    return reports_on_a_city(doc) if speaks is None else speaks


def _mentions(doc: Document, where: Where) -> list[Mention]:
    """Every mention in the body regions, with its canonical name completed and its deepest task (`where`: the
    document's era and province, read only if a list's head names several levels)."""
    layout, header, index = doc.layout, doc.header, doc.task_index
    flat, folded = mended_words(doc.flat, doc.folded)  # "T hành phố", "S ở Y tế": read whole, offsets kept
    found = reprinted_whole(flat, [r for region in layout.regions for r in find_mentions(flat, region, folded, where)])
    if layout.gaps:  # a signature block floated inside the body signs the text, it names no actor
        in_a_gap = overlapping(layout.gaps)
        found = [r for r in found if not in_a_gap(r.start, r.end)]
    found = without_concepts(lowered(folded), found)  # "Chính phủ số": a concept, no body
    raw = names_in_cells(flat, with_place_lists(flat, found), layout.column_roles)
    mentions = [Mention(r.start, r.end, r.name, "needs_place" if r.needs_place else r.rule, place=r.place) for r in raw]
    issuer_level = _issuer_level(header.issuer)
    placed = distribute_places(
        flat,
        mentions,
        lambda name, printed: the_front_itself(printed) or of_the_issuers_level(name, printed, issuer_level),
    )
    mentions = join_governing_organs(flat, sorted(placed, key=lambda m: m.start))
    same_level = addressee_level(header)
    city = in_a_city(doc, header)
    own_head = issuer_head(header.issuer)
    covid = len(list(islice(_COVID.finditer(lowered(doc.folded)), 3))) == 3  # three are enough: stop there
    speaker = None if issuer_level or city else _speaker(folded, mentions)
    reading_level = issuer_level if issuer_level or city else (level_of(speaker.name) if speaker else None)
    # a class of the speaker's level takes the level word it prints ("Ủy ban nhân dân quận yêu cầu các phòng, ban")
    reading_name = header.issuer or (speaker.name if speaker else None)
    # a report of a ministry's or the Government's orders about no one province: a province's body it names bare is
    # every province's ("Bộ GTVT yêu cầu … Sở GTVT …"), as in the ministry's own letter
    national = not header.issuer and reading_level == "central" and not about_one_province(doc)
    below_level = issuer_level or ("central" if national else None)
    about_one = not header.issuer and main_province(doc) is not None  # a report of one province's orders
    defined = defined_abbreviations(doc.flat)
    before: Mention | None = None
    two_levels = where.era == "2025"  # no district level: a commune has rooms of its own (own_level.class_name)
    for mention in mentions:
        reader = (reading_level, reading_name, city, two_levels)
        named = _class_at_a_level(flat, folded, mention, reader, before) if mention.rule == "agency.class" else None
        if named is not None:  # "các ban, ngành, đoàn thể cùng cấp": the issuer's own departments
            mention.name = named
        elif mention.name == _FRONT_MEMBERS and not _of_the_front(folded, mention, header.issuer):
            mention.name = ""  # "các tổ chức thành viên" of some other body
        elif mention.name == _FUNCTIONAL_ROOMS and not _has_rooms_of_its_own(header.issuer):
            mention.name = ""  # a district's "các phòng chức năng" (its departments, no level said), or news
        elif (
            mention.name in _A_SCHOOLS_OWN_UNITS
            and mention.rule == "agency.class"
            and not (header.issuer or "").startswith("Trường ")
        ):
            # "chỉ đạo các tổ chuyên môn", "chi đoàn" in a ministry's circular: every school's, none named; the
            # Youth Union printed by its own name is the organisation (agencies.csv)
            mention.name = ""
        elif mention.name == _A_FACULTY:  # "Khoa phối hợp …", "lãnh đạo khoa": each faculty of the issuing school
            printed = _KHOA.search(flat, mention.start, mention.end)
            if printed and _A_FACULTYS_OWN.match(header.issuer or ""):
                mention.name = header.issuer.split(",")[0]  # "nộp về Khoa" in a faculty's own plan: the faculty
            else:
                mention.name = "Các khoa" if printed and _SCHOOL_WITH_FACULTIES.match(header.issuer or "") else ""
        if (
            mention.rule == "agency.class"
            and mention.name.endswith(" tỉnh")
            and " cấp " not in mention.name
            and (city or (not header.issuer and _a_city_speaks_in_news(doc, flat, mention.start)))
        ):
            mention.name = mention.name[: -len("tỉnh")] + "thành phố"  # "Các sở, ban, ngành thành phố"
        if mention.rule == "agency.sector":  # "ngành y tế cần …": the sector's body at the level of the one speaking
            sector_level = "central" if national else reading_level or ("province" if about_one else None)
            in_city = city or (not header.issuer and reports_on_a_city(doc))
            city_name = (the_city(doc, header) or "") if in_city else None
            mention.name = sector_body(mention.name, sector_level, city_name, header.date)
        generic = _GENERIC_STEERING.match(mention.name)
        if covid and generic:  # "BCĐ huyện" in a document about the epidemic is its steering committee
            mention.name = f"Ban Chỉ đạo phòng, chống dịch Covid-19 {generic.group(1)}"
        if mention.name == "@same_level":
            mention.name = f"Ủy ban nhân dân cấp {same_level}" if same_level else "Ủy ban nhân dân"
        # a unit of the issuer printed bare stays bare ('Văn phòng Sở', 'Thanh tra Bộ': ANNOTATING, Party and
        # National Assembly organs, 3): the header already says whose unit it is
        if not _of_the_named_unit_before(flat, before, mention):  # "UBND phường Hồng Ngự … chỉ đạo Phòng Văn hóa"
            # a list under one head ("các phòng Y tế, Giáo dục") is read at the level of the one speaking in a report
            level = below_level or (reading_level if mention.rule == "agency.shared_head" else None)
            mention.name = level_word_in_lower_case(_class_below(mention, level))
        mention.name = standing_board_of_the_front(mention.name, header.issuer)
        mention.name = with_phrases_written_out(mention.name, defined)  # "Đội Ứng cứu sự cố ATTTM …", ATTTM defined
        mention.task = index.deepest(mention.start)
        before = mention
    mentions = units_as_classes(flat, mentions)  # "2. Các đơn vị trực thuộc Bảo hiểm xã hội Việt Nam"
    for mention in mentions:
        if mention.rule == "agency.units":
            mention.task = index.deepest(mention.start)
    at_the_subjects_level(flat, mentions)  # "UBND các huyện …, phối hợp với Liên đoàn Lao động cùng cấp"
    front_with_the_lists_level(flat, mentions)  # "Ủy ban MTTQ Việt Nam và các tổ chức chính trị - xã hội tỉnh"
    council_organs_share_the_level(flat, mentions)  # "Thường trực HĐND, các Ban của HĐND, … HĐND tỉnh"
    mentions = [m for m in mentions if m.name]  # a class that cannot be read at the issuer's level
    captioned = covering(_photo_captions(doc))
    for mention in mentions:
        if mention.task is not None and captioned(mention.start):
            mention.task = None  # "Chủ tịch UBND tỉnh kiểm tra … Ảnh: T.SỸ": who is in the photo, no actor
    # "gửi về Phòng": the issuer; in news, "Ngoài ra, Sở sẽ tổ chức …": the Sở the report named
    alone = type_word_mentions(doc.flat, doc.folded, mentions, own_head, news=doc.is_news)
    alone += level_word_mentions(doc.flat, doc.folded, mentions)  # "huyện cần …" after "huyện Vân Canh": that district
    alone += issuers_own_offices(doc.flat, mentions)  # "Chánh Văn phòng, Vụ trưởng Vụ …": the issuer's office
    if doc.is_news:  # "yêu cầu các xã …" after "lãnh đạo 5 xã A, B, C, D và E": those five, not every commune
        named = named_set_mentions(doc.flat, [m for m in mentions if m.rule != "agency.class"])
        if named:
            replaced = overlapping([(m.start, m.end) for m in named])
            mentions = [m for m in mentions if m.rule != "agency.class" or not replaced(m.start, m.end)]
            alone += named
    for mention in alone:
        mention.task = index.deepest(mention.start)
    return sorted(mentions + alone, key=lambda m: m.start) if alone else mentions


_FRONT_MEMBERS = "Các tổ chức thành viên của Mặt trận Tổ quốc Việt Nam"
# "các phòng chức năng" printed bare: the issuer's own rooms where the issuer is a body made of rooms (a
# department, a university, a hospital, a centre: ANNOTATING "a body's own units" 3), as "các khoa" are a
# university's faculties; a People's Committee's or a Party committee's "phòng" are a district's departments, a
# class of a level that "chức năng" without a level does not name (ANNOTATING 8a), and news has no issuer
_FUNCTIONAL_ROOMS = "Các phòng chức năng"
_GOVERNS_A_LEVEL = re.compile(
    r"(?:ủy\s+ban\s+nhân\s+dân|hội\s+đồng\s+nhân\s+dân|chính\s+phủ|thủ\s+tướng|ban\s+thường\s+vụ|ban\s+chấp\s+hành"
    r"|(?:tỉnh|thành|huyện|quận|thị|đảng)\s+ủy)(?!\w)",
    re.IGNORECASE,
)


def _has_rooms_of_its_own(issuer: str | None) -> bool:
    return bool(issuer) and not _GOVERNS_A_LEVEL.match(issuer)


# "khoa" printed bare ("Khoa phối hợp với phòng Đào tạo …", "gởi lãnh đạo khoa", "khoa chủ quản") in a university's or
# a college's own document is each of its faculties, the class `Các khoa`; elsewhere it names no one body
_A_FACULTY = "@a_faculty"
# (the issuer as the header printed it: "Trường ĐH …", "TRƯỜNG CAO ĐẲNG …")
_KHOA = re.compile(r"(?<!\w)[Kk]hoa(?!\w)")
# a faculty issuing its own document ("Khoa Khoa học máy tính, Trường …"): "Khoa" printed bare there is the issuer
_A_FACULTYS_OWN = re.compile(r"Khoa\s+\S")  # as printed: the class is matched on folded text, where "Khóa 65" is too
_SCHOOL_WITH_FACULTIES = re.compile(
    r"(?:trường\s+(?:đại\s+học|đh|cao\s+đẳng|cđ)|đại\s+học|học\s+viện)(?!\w)", re.IGNORECASE
)
# the units every school has (Điều lệ trường trung học, Thông tư 32/2020/TT-BGDĐT, Art. 14 "Tổ chuyên môn"), and the
# Pioneers and the Youth Union it houses, printed by their short forms ("Liên đội", "Chi đội", "tổ chức Đội": Điều lệ
# Đội TNTP Hồ Chí Minh; "Đoàn trường", "Chi đoàn": Điều lệ Đoàn TNCS Hồ Chí Minh): a class of the issuer's own units
# in a school's plan, of no one body where a ministry or a department writes of schools
_A_SCHOOLS_OWN_UNITS = frozenset(
    {"Các tổ chuyên môn", "Đội Thiếu niên Tiền phong Hồ Chí Minh", "Đoàn Thanh niên Cộng sản Hồ Chí Minh"}
)
# the Front named right before its members: "MTTQ và các tổ chức thành viên", "giữa Mặt trận với các …"; between
# them at most its level and place (words after the name: "Việt Nam tỉnh Kon Tum"), then the conjunction
# (`front_conjunction` cues)
_FRONT_GAP_WORDS = 5


@lru_cache(maxsize=1)
def _front_names() -> tuple[str, ...]:
    """The `front_short_name` cues, folded and lower-cased as the window they are found in."""
    cues = load_cues("agency_names.tsv", NAME_CUE_KINDS)
    return tuple(fold_keep_case(c.phrase).lower() for c in cues if c.kind == "front_short_name")


@lru_cache(maxsize=1)
def _front_conjunctions() -> frozenset[str]:
    """The `front_conjunction` cues, folded and lower-cased ("va", "voi", "cung")."""
    cues = load_cues("agency_names.tsv", NAME_CUE_KINDS)
    return frozenset(fold_keep_case(c.phrase).lower() for c in cues if c.kind == "front_conjunction")


def _of_the_front(folded: str, mention: Mention, issuer: str | None) -> bool:
    """Whether "các tổ chức thành viên" are the Front's: it is named in the mention ("… của MTTQ"), just before it
    with "và"/"với", or is the issuer."""
    if mention.end - mention.start > len("các tổ chức thành viên") or "Mặt trận" in (issuer or ""):
        return True
    window = " ".join(folded[max(0, mention.start - 60) : mention.start].lower().split())
    # the last name printed, the longest of those starting there ("Mặt trận Tổ quốc Việt Nam", not its "Mặt trận")
    at, length = max((window.rfind(name), len(name)) for name in _front_names())
    if at < 0:
        return False
    words = window[at + length :].replace(",", " ").split()
    return 0 < len(words) <= _FRONT_GAP_WORDS + 1 and words[-1] in _front_conjunctions() and "." not in window[at:]


_SENTENCE_BREAK = re.compile(r"[.;:!?]|\n[ \t]*+[-+•*]")


def _level_before(flat: str, before: Mention | None, mention: Mention) -> str | None:
    """The level of the body named just before a class "cùng cấp" in its sentence ("Ban Chỉ huy Quân sự xã phối
    hợp với các cơ quan chức năng cùng cấp"): the class is of that body's level."""
    if before is None or mention.start - before.end > 150 or _SENTENCE_BREAK.search(flat, before.end, mention.start):
        return None
    for words, level in CLASS_LEVEL.items():
        if before.name.endswith(" " + words):
            return level
    return level_of(before.name)


# a unit named by its level word and place: "Ủy ban nhân dân phường Hồng Ngự", "UBND huyện Tân Châu"
_NAMED_UNIT = re.compile(r" (?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh) (\w)")


def _of_the_named_unit_before(flat: str, before: Mention | None, mention: Mention) -> bool:
    """A lower level's body printed bare right after one unit of that level named with its place, in the same
    sentence, is that unit's ("Ủy ban nhân dân phường Hồng Ngự cử đại diện … và chỉ đạo Phòng Văn hóa - Xã hội"),
    not every unit's: it keeps its bare name (a level word not printed is not added)."""
    if before is None or mention.start - before.end > 150 or _SENTENCE_BREAK.search(flat, before.end, mention.start):
        return False
    if not any(m.group(1).isupper() or m.group(1).isdigit() for m in _NAMED_UNIT.finditer(before.name)):
        return False
    found = level_of(mention.name, bare=True)
    return found is not None and found[0] == level_of(before.name)


def _signing_body(doc: Document) -> str | None:
    """The body the letter is signed on behalf of ("TM. BAN THƯỜNG VỤ ĐOÀN TRƯỜNG" -> "ban thuong vu doan truong"),
    folded: it speaks the letter's orders as its issuer does. None when the signature names no such body."""
    authority = doc.tail.authority if doc.tail else None
    marked = _ON_BEHALF_OF.match(authority or "")
    return fold_key(marked.group("body")) if marked else None


_ON_BEHALF_OF = re.compile(r"(?:TM|T/M|T\.M)\s*[./]?\s+(?P<body>\S.*)$")


def _speaker(folded: str, mentions: list[Mention]) -> Mention | None:
    """With no issuer read, the first body that speaks ("Ủy ban nhân dân tỉnh yêu cầu …")."""
    verb = role_patterns().speaker_verb
    for mention in mentions:
        if verb.match(folded[mention.end : mention.end + 40].lower()):
            return mention
    return None


def _own_level_read(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with each class of a level's own departments named at the issuer's level (own_level.py)."""
    header = doc.header
    level, city = _issuer_level(header.issuer), in_a_city(doc, header)
    two_levels = Where.of(doc).era == "2025"
    for mention in mentions:
        if not mention.rule.startswith("agency.class"):
            mention.name = _class_below(mention, level)  # "Kính gửi: Giám đốc TT GDNN-GDTX" in a Sở's letter
            continue
        reader = (level, header.issuer, city, two_levels)
        named = _class_at_a_level(doc.flat, doc.folded, mention, reader)
        mention.name = mention.name if named is None else named
    return [m for m in mentions if m.name]


def _class_at_a_level(
    flat: str,
    folded: str,
    mention: Mention,
    issuer: tuple[str | None, str | None, bool, bool],
    before: Mention | None = None,
) -> str | None:
    """The name of a class of a level's own departments read at `issuer` (its level, name, whether in a
    centrally-run city, whether of the two-level map of 2025; own_level.class_name), "" when no one level's; None
    when the mention is no such class. `before`: the body named before it, whose level a "cùng cấp" takes
    (_level_before)."""
    reading = own_level_reading(flat, folded, mention.start, mention.end)
    if not reading:
        return None
    same_as = _level_before(flat, before, mention) if before is not None and reading.endswith(";cung cap") else None
    level, name, city, two_levels = issuer
    return class_name(reading, level, name, city, same_as, two_levels) or ""


def _photo_captions(doc: Document) -> list[Paragraph]:
    """The paragraphs that caption a news photo: they end with its credit ("… Ảnh: T.SỸ")."""
    return [p for p in doc.paragraphs if ends_with_photo_credit(doc.flat[p.start : p.end])]


def _masked(text: str, mentions: list[Mention]) -> str:
    """`text` with every mention's characters replaced by "@", so a list of bodies reads as filler."""
    return overwrite_spans(text, ((m.start, m.end) for m in mentions), "@")


def _assign_roles(doc: Document, mentions: list[Mention]) -> None:
    folded = doc.folded
    masked_folded = _masked(folded, mentions)
    previous: list[Mention] = []
    chair: Mention | None = None  # the last body that chairs its sentence ("Sở Y tế chủ trì …")
    # a list of office holders is one list ("Chánh Văn phòng UBND huyện, Trưởng Phòng Nội vụ … chịu trách nhiệm")
    for group in lists(doc.flat, [m for m in mentions if m.task is not None], in_one_list):
        for rank, part in enumerate(_split_at_a_parent(folded, group)):
            floor = part[0].task.start
            if rank and previous and _parent_of(folded, previous[-1], group[0]):
                role = previous[0].role  # "Các sở trực thuộc UBND tỉnh; UBND các huyện tiếp tục …": the class's
            else:
                role = role_of(folded, doc.flat, part, floor, masked_folded)
            if role is None and previous and continues_the_list(doc.flat, folded, previous[-1], part[0]):
                role = previous[-1].role  # "Công an huyện, Đồn Biên phòng Sa Thầy, Phòng Y tế huyện:": one list
            if role in (None, "lead") and partner_of(folded, chair, part):
                role = "coordinate"  # "Thanh tra tỉnh chủ trì …; Sở Tư pháp phối hợp"
            for mention in part:
                mention.role = role
            if role == "lead" and chairs(folded, part[-1]):
                chair = part[-1]
            if role is None and len(part) > 1 and _subject_after_a_source(folded, doc.flat, part, floor, masked_folded):
                for mention in _members_with_the_last(part):  # "Trên cơ sở đề nghị của các sở, Sở Tài chính …"
                    mention.role = "lead"
        previous = group
    _bracketed_take_the_role_before(doc.folded, mentions)
    for mention in mentions:  # "lãnh đạo 5 Bộ: Ngoại giao (chủ trì), Y tế, …": the member the note singles out
        if mention.role and mention.task is not None and (noted := noted_role(folded, mention.end)):
            mention.role = noted
    for mention in mentions:
        if mention.role and mention.task is not None and in_cited_text(doc.flat, mention.start, mention.task.start):
            mention.role = None  # "… quy định: “4. Thủ trưởng cơ quan thuế … có quyền …”": cited, not ordered
    issuer = issuer_key(doc.header.issuer)
    signing = _signing_body(doc)
    for mention in mentions:
        if mention.role and issuer and not _submitted_to(doc, mention) and is_speaker(doc, mention, issuer):
            mention.role = None  # "Phòng GD&ĐT yêu cầu các đơn vị …": the issuer giving the order
        elif mention.role and signing and not _submitted_to(doc, mention) and is_speaker(doc, mention, signing):
            mention.role = None  # "Ban Thường vụ Đoàn trường đề nghị …" signed "TM. BAN THƯỜNG VỤ ĐOÀN TRƯỜNG"
        elif mention.role and not issuer and is_reported_speaker(doc, mention):
            mention.role = None  # news: "Bộ Y tế đề nghị các địa phương …" reports an order given
    by_start = sorted(mentions, key=lambda m: m.start)  # stable: mentions at one offset keep their order
    starts = [m.start for m in by_start]

    def within(start: int, end: int) -> list[Mention]:
        return by_start[bisect_left(starts, start) : bisect_left(starts, end)]

    for start, end, role in labelled_fields(folded):  # "Đơn vị phối hợp: Trưởng các đoàn thể xã, Chủ tịch UBND xã"
        for mention in within(start, end):
            if (
                mention.task is not None
                and mention.role in (None, "lead")
                and listed_in_the_field(masked_folded, start, mention.start)
            ):
                mention.role = role
    for start, end in invitee_fields(folded):  # "Mời dự: Văn phòng Thành ủy, Sở Y tế": they take part, partners
        for mention in within(start, end):
            if mention.role == "lead" or (mention.role is None and invited_by_name(folded, start, mention.start)):
                mention.role = "coordinate"
    for start, end, role in doc.layout.column_roles:  # a task table's lead and coordinate columns say it outright
        for mention in within(start, end):
            if not only_named_by(folded, doc.flat, mention, start, masked_folded):
                mention.role = role


@lru_cache(maxsize=1)
def _submit_before() -> re.Pattern[str]:
    """A verb of submitting or assisting right before a body or its head, no punctuation between ("trình", "tham mưu
    cho lãnh đạo", "báo cáo về", "giúp Chủ tịch"; cues/roles.tsv `submit_*`), on the folded text."""
    cues = load_cues("roles.tsv", ROLE_CUE_KINDS)
    verb, to, head = (alternation(cues, kind) for kind in ("submit_verb", "submit_to_word", "submit_head"))
    return re.compile(rf"(?<!\w)(?:{verb})(?:\s++(?:{to}))?(?:\s++(?:{head}))?\s++$", re.IGNORECASE)


def _submitted_to(doc: Document, mention: Mention) -> bool:
    """A report target right after a verb of submitting ("… thẩm định, trình Ủy ban nhân dân huyện ban hành",
    "tham mưu UBND thành phố chỉ đạo …"): the issuer receives the draft, then issues or decides; the verb after it
    is no order the issuer gives here. Not "Căn cứ Báo cáo tổng hợp, UBND huyện đề nghị …": a noun and a comma."""
    return mention.role == "report_to" and bool(
        _submit_before().search(doc.folded, max(0, mention.start - 40), mention.start)
    )


_QUOTE_REACH = 3000  # characters a quotation of a provision may run before a body it names
_QUOTE_OPENS = re.compile(r":[ \t\n]*+$")


def in_cited_text(flat: str, start: int, floor: int) -> bool:
    """Whether `start` lies inside a quotation that opens after a colon and has not closed yet ("Khoản 4 Điều 35 quy
    định: “4. Thủ trưởng cơ quan thuế …”"): the words of another document, whose bodies are no actors here."""
    window_start = max(floor, start - _QUOTE_REACH)
    curly = flat.rfind("“", window_start, start)
    straight = flat.rfind('"', window_start, start)
    if curly >= 0 and curly > straight and "”" not in flat[curly:start]:
        opening = curly
    elif straight >= 0 and straight > curly:
        opening = straight
    else:
        return False
    return bool(_QUOTE_OPENS.search(flat, max(window_start, opening - 20), opening))


# "trực thuộc", "thuộc" between a class and the body it belongs to ("Các sở, ban, ngành trực thuộc UBND tỉnh")
_PARENT_LINK = re.compile(r"[ \t\n]++(?:truc[ \t\n]++)?thuoc[ \t\n]++", re.IGNORECASE)


def _parent_of(folded: str, member: Mention, parent: Mention) -> bool:
    return bool(_PARENT_LINK.fullmatch(folded, member.end, parent.start))


def _split_at_a_parent(folded: str, group: list[Mention]) -> list[list[Mention]]:
    """A list whose first body is only the parent of a class named before it ("… trực thuộc UBND tỉnh; UBND các
    huyện, thị xã"): the parent is no actor, the bodies after it are the next members of the outer list."""
    words_before = folded[max(0, group[0].start - 30) : group[0].start].lower()
    if len(group) < 2 or not role_patterns().not_actor_before.search(words_before):
        return [group]
    return [group[:1], group[1:]]


# the rules of mentions that are members of one printed list under one head ("các Quân khu 1, 2, 3", "các Sở: Y tế,
# Tài chính"): each member a mention of its own
_MEMBER_RULES = frozenset(("agency.shared_head", "agency.numbered_units"))


def _members_with_the_last(group: list[Mention]) -> list[Mention]:
    """The last body of a list and the members of the one head it shares, if it is a member of one ("Chấp hành
    mệnh lệnh của Bộ Tổng Tham mưu, Bộ Tư lệnh các Quân khu 1, 2, 3 chỉ đạo …": the three Quân khu)."""
    last = group[-1]
    if last.rule not in _MEMBER_RULES:
        return [last]
    first = len(group) - 1
    while first > 0 and group[first - 1].rule == last.rule:
        first -= 1
    return group[first:]


def _subject_after_a_source(folded: str, flat: str, group: list[Mention], floor: int, masked_folded: str) -> bool:
    """A list read as the authors of a cited proposal whose last body is followed by a verb of doing: a fronted
    adverbial ends at the last comma and that body is the subject ("Căn cứ ý kiến của Sở Tư pháp, Sở Nội vụ hoàn
    thiện dự thảo"); not the agents of a relative clause ("do Sở A, Sở B tổ chức")."""
    last = group[-1]
    cues = role_patterns()
    if "," not in flat[group[-2].end : last.start]:
        return False
    if cues.agent_before.search(folded[max(floor, group[0].start - 20) : group[0].start].lower()):
        return False
    after = folded[last.end : last.end + 60].lower()
    if not (cues.action_after.match(after) or cues.subject_after.match(after)):
        return False
    return only_named_by(folded, flat, group[0], floor, masked_folded)


# the opening of a bracket right after a body: its unit or the channel a report goes through
_BRACKET_OPEN = re.compile(r"[ \t\n]*+\([ \t\n]*+(?:(?:thong[ \t\n]++)?qua[ \t\n]++)?", re.IGNORECASE)


def _bracketed_take_the_role_before(folded: str, mentions: list[Mention]) -> None:
    """A body in brackets right after another names its unit or the channel ("Bộ Xây dựng (Cục Quản lý hoạt động xây
    dựng)", "báo cáo về Ban Chỉ đạo huyện (qua Phòng Y tế)", "Văn phòng Ủy ban nhân dân tỉnh (Trung tâm Phục vụ
    hành chính công)"): with no role of its own it takes the role of the body it qualifies."""
    ordered = sorted(mentions, key=lambda m: m.start)
    for before, mention in pairwise(ordered):
        qualifies = before.task is mention.task and _BRACKET_OPEN.fullmatch(folded, before.end, mention.start)
        if mention.role is None and before.role and qualifies:
            mention.role = before.role


def _inherited(doc: Document, mentions: list[Mention], addressed: list[Mention]) -> list[Mention]:
    """Leads copied onto top-level tasks that name none of their own, and onto a table row whose lead cell
    is empty under the row above's (a cell merged down the rows). `addressed`: the letter's addressees
    (addressee_leads), read once per document; their names are read at the issuer's level here, in place."""
    layout, index = doc.layout, doc.task_index
    body = layout.body
    copies_in_rows = _merged_cell_leads(mentions, index)
    preamble_leads = (
        lead_in_leads(doc, mentions, layout.lead_in)
        or session_leads(doc, mentions, (0, layout.tasks[0].start if layout.tasks else body[1]))
        or ([] if lead_in_names_its_own(doc, layout.lead_in) else _own_level_read(doc, addressed))
    )
    with_lead = {
        id(index.top_of(m.task))
        for m in mentions
        if m.role == "lead" and _names_its_actor(doc.flat, doc.folded, index, m)
    }
    by_duty = duty_divided_parts(doc, layout.tasks)
    named = {(id(m.task), m.name) for m in mentions if m.task is not None and m.role == "lead"}
    copies: list[Mention] = []
    for task in layout.tasks:
        if id(task) in with_lead or (task.cells and task.previous_row is not None):
            continue
        attached = task.start >= body[1]  # an attachment after the signature: not addressed by the cover letter
        if task.lead_in in by_duty and not shares_common_duties(doc, task):
            continue  # "3. Trách nhiệm của hiệu trưởng trường THCS": each item names its own actor
        if opens_with_a_named_actor(doc, task) or opens_with_a_body(doc, task, mentions):
            continue  # "5. Đề nghị Công ty Cổ phần Cấp nước …": its own actor, though no agency
        own = lead_in_leads(doc, mentions, task.lead_in)
        if attached and not own:
            continue  # its own heading may still name its actor ("Điều 2. Nhiệm vụ và quyền hạn" of a Quy định)
        for source in own or preamble_leads:
            if (id(task), source.name) in named:
                continue  # "… Riêng đối với Sở Tài chính, …": the item names it already
            copies.append(
                Mention(
                    source.start, source.end, source.name, source.rule + "+inherited", "lead", True, source.place, task
                )
            )
    return copies_in_rows + copies


# an item that opens with "Chỉ đạo" and the body directed: the subject who directs it is not printed
_DIRECTS_ITS_OWN = re.compile(r"[ \t]*+[^\s]{1,8}[ \t]*+[Cc]hi[ \t\n]++dao[ \t\n]++(?:cac[ \t\n]++)?")


def _names_its_actor(flat: str, folded: str, index, mention: Mention) -> bool:
    """Whether a lead makes its top-level task name its own actor: a lead in a sub-item, or in the item's opening
    (its first paragraph, or the paragraph under a title line: "6. Xử lý vướng mắc về lao động" then "Bộ Lao động -
    Thương binh và Xã hội chủ trì …"). A lead only in a later paragraph ("2. Chủ động phối hợp với Sở Y tế …." then
    "Sở Y tế tăng cường …") leaves the opening, whose subject is unsaid, to the lead-in's bodies or the addressees;
    so does a body directed at the opening of the item or of a sub-item ("a) Chỉ đạo Sở Xây dựng …": who directs
    is unsaid)."""
    task = mention.task
    if task is None:
        return False
    if _DIRECTS_ITS_OWN.fullmatch(folded, task.start, mention.start):
        return False  # "4- Chỉ đạo Ủy ban nhân dân cấp mình …", "a) Chỉ đạo Sở …": who directs is unsaid
    if index.top_of(task) is not task or task.cells:
        return True
    if _a_particular_after_the_first_sentence(folded, task, mention):
        return False  # "… đề nghị các đơn vị góp ý. Riêng đối với Cục Thuế tỉnh, …": one of them, not the actor
    return mention.start < _opening_end(flat, task)


# a later sentence of the item singling out one body for a duty of its own: "Riêng (đối với) (các) X"
_PARTICULAR = re.compile(r"[.;][ \t\n]++[Rr]ieng[ \t\n]++(?:doi[ \t\n]++voi[ \t\n]++)?(?:cac[ \t\n]++)?$")
_OPENING_MARKER = re.compile(rf"[ \t]*+{ITEM_MARKER}?")


def _a_particular_after_the_first_sentence(folded: str, task, mention: Mention) -> bool:
    """Whether the body is singled out after the item's first sentence ("… có ý kiến góp ý. Riêng đối với Sở Y tế,
    …"): the item's actor is whom its first sentence addresses; the one singled out is one of them."""
    marker = _OPENING_MARKER.match(folded, task.start, mention.start)
    floor = max(marker.end() if marker else task.start, mention.start - 40)
    return _PARTICULAR.search(folded, floor, mention.start) is not None


_TITLE_MAX = 150  # characters of a title line ("6. Tập trung xử lý vướng mắc về lao động")


def _opening_end(flat: str, task) -> int:
    end = task.first_end
    head = flat[task.start : end].rstrip()
    if len(head) > _TITLE_MAX or head.endswith((".", ";", "!", "?", "…", ":")):
        return end
    under = len(flat[end : task.end]) - len(flat[end : task.end].lstrip())  # blank lines after the title
    following = flat.find("\n", end + under, task.end)
    return task.end if following < 0 else following


def _merged_cell_leads(mentions: list[Mention], index) -> list[Mention]:
    """A table row with no lead cell takes the leads of the nearest row above that has one."""
    leads_of: dict[int, list[Mention]] = {}
    for mention in mentions:
        if mention.role == "lead" and mention.task is not None and mention.task.cells:
            leads_of.setdefault(id(mention.task), []).append(mention)
    copies: list[Mention] = []
    for item in index.items if index else []:
        if not item.cells or "lead" in item.cells or item.previous_row is None:
            continue
        row = item.previous_row
        while row is not None and "lead" not in row.cells:
            row = row.previous_row
        for source in leads_of.get(id(row), []) if row is not None else []:
            rule = source.rule + "+inherited"
            copies.append(Mention(source.start, source.end, source.name, rule, "lead", True, source.place, item))
    return copies


def recognize_agencies(doc: Document) -> list[Finding]:
    where = Where.of(doc)  # once per document: its province is read from the whole text
    mentions = _mentions(doc, where)
    for mention in mentions:  # "Phòng Hành chính -Tổng hợp" is "… - Tổng hợp"; "Thành phố Hồ Chí Minh" as named
        mention.name = official_city_name(spaced_dashes(mention.name))
    _assign_roles(doc, mentions)
    addressed = addressee_leads(doc, doc.header, where)  # read once: one_name_per_body reads it, then _inherited
    one_name_per_body(doc.flat, mentions, doc.header.issuer, addressed)
    findings = [Finding(m.start, m.end, "agency", m.name, m.role, m.rule) for m in mentions]
    findings += [
        Finding(m.start, m.end, "agency", m.name, m.role, m.rule, task_id=m.task.id)
        for m in _inherited(doc, mentions, addressed)
    ]
    return findings
