"""Places in agency names: a place printed after a list names the whole list, bare place names that
continue a list of local governments, the document's main province and whether it is a city's."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from functools import lru_cache

from ... import resources
from ...document import Document
from ...names import capitalized_run
from ...vn import UPPER
from .grammar import province_name
from .matcher import RawMention, fold_key, matcher, printed_commune_name_end, resolve_bare_places
from .mentions import LIST_GAP, Mention, covering

_PLACE_MENTION = re.compile(r"\b(?:tỉnh|thành phố)\s+((?:\w+\s?){1,4})")


def main_province(doc: Document) -> str | None:
    """The province or centrally-run city the text names most often ("tỉnh Hà Tĩnh")."""
    return _main_province_of(doc.flat)


@lru_cache(maxsize=4)
def _main_province_of(flat: str) -> str | None:
    """`main_province` of a text: read once per document, however many stages ask."""
    counts: Counter[str] = Counter()
    _count_provinces(_PLACE_MENTION, flat, counts)
    known = matcher().places  # with the short names abbreviations.csv gives centrally-run cities ("HCM")
    for match in _CITY_SHORT.finditer(flat):  # "TP.HCM": a news report names its city so
        place = known.get(fold_key(match.group(1)))
        if place is not None and place[1] == "city_province":
            counts[place[0]] += 1
    # news names a province by its government: "UBND Hà Nội", "Chủ tịch UBND TP Hà Nội", "Bí thư Hà Nội"
    _count_provinces(_GOVERNMENT_OF, flat, counts)
    return counts.most_common(1)[0][0] if counts else None


def _count_provinces(pattern: re.Pattern[str], flat: str, counts: Counter[str]) -> None:
    """Count the province each match of `pattern` names in its group 1: the longest capitalized run that is one."""
    provinces = resources.province_names()
    for match in pattern.finditer(flat):
        words = capitalized_run(match.group(1).split())
        for size in range(len(words), 0, -1):
            name = " ".join(words[:size])
            if name in provinces:
                counts[name] += 1
                break


_CITY_SHORT = re.compile(r"(?<!\w)TP\.?[ \t]?(\w+)")
_GOVERNMENT_OF = re.compile(
    r"(?<!\w)(?:UBND|HĐND|Ủy[ \t]+ban[ \t]+nhân[ \t]+dân|Hội[ \t]+đồng[ \t]+nhân[ \t]+dân|Tỉnh[ \t]+ủy|Thành[ \t]+ủy"
    r"|Bí[ \t]+thư)[ \t]+(?:TP\.?[ \t]*|thành[ \t]+phố[ \t]+|tỉnh[ \t]+)?(\w+(?:[ \t]\w+){0,3})"
)


def about_one_province(doc: Document) -> bool:
    """The text is about one province or centrally-run city: it names one (`main_province`, with its level word)
    or prints one province's name alone three times or more ("Bắc Ninh bảo đảm …", "… Bắc Ninh đã …"); a national
    report names a few, each once or twice."""
    if main_province(doc) is not None:
        return True
    flat = doc.flat
    counts = Counter(
        match.group()
        for match in province_name().finditer(flat)
        if match.start() == 0 or not flat[match.start() - 1].isalnum()  # a whole word
    )
    return bool(counts) and counts.most_common(1)[0][1] >= 3


# a list of bodies at every level ("chính quyền, Mặt trận Tổ quốc và đoàn thể các cấp"): none is the issuer's level's
_EVERY_LEVEL = re.compile(r"(?<!\w)các[ \t\n]++cấp(?!\w)", re.IGNORECASE)


_OF_EVERY_LEVEL = " các cấp"
# "các cơ quan" before heads printed bare: every body of those kinds ("phối hợp với các cơ quan Viện kiểm sát, Tòa
# án" -> `Viện kiểm sát nhân dân các cấp`, `Tòa án nhân dân các cấp`)
_ALL_THE_BODIES = re.compile(r"(?<!\w)các[ \t\n]++cơ[ \t\n]++quan[ \t\n]++$", re.IGNORECASE)


def _a_body_of_every_level(last: Mention) -> bool:
    """Whether the last body of a list is one body named at every level ("Tòa án nhân dân các cấp", "Ủy ban nhân
    dân các cấp"), whose "các cấp" the heads printed bare before it share; a class ("các đoàn thể … các cấp" is
    `Các đoàn thể chính trị - xã hội`) keeps its level to itself."""
    return last.name.endswith(_OF_EVERY_LEVEL) and not last.name.startswith("Các ")


_LEVELS_BEFORE_A_PLACE = ("thành phố", "tỉnh", "huyện", "quận", "thị xã")  # none ends another


def _level_before(name: str, place: str) -> str | None:
    """The level word printed right before `place` at the end of `name` ("Ủy ban nhân dân huyện Quang Phú" ->
    "huyện"), read from the end without a pattern per place (what `(level) place$` finds, a newline at the very
    end aside)."""
    for end in (name, name[:-1] if name.endswith("\n") else None):
        if end is not None and end.endswith(" " + place):
            before = end[: len(end) - len(place) - 1]
            word = next((w for w in _LEVELS_BEFORE_A_PLACE if before.endswith(w)), None)
            if word is not None:
                return word
    return None


def distribute_places(
    flat: str, mentions: list[Mention], kept_bare: Callable[[str, str], str | None] = lambda name, printed: None
) -> list[Mention]:
    """A place printed after the last body of a list names the whole list.

    "lãnh đạo Thành ủy, Ủy ban nhân dân, … thành phố Cà Mau": each of them is of the city of Cà Mau. A head
    that names a body only with a place and gets none is dropped, unless `kept_bare` (name, printed) gives the
    bare name it keeps.
    """
    out: list[Mention] = []
    groups: list[list[Mention]] = []
    for mention in mentions:
        if groups and LIST_GAP.match(flat[groups[-1][-1].end : mention.start]):
            groups[-1].append(mention)
        else:
            groups.append([mention])
    for group in groups:
        place = next((m.place for m in reversed(group) if m.place), None)
        # "Mặt trận Tổ quốc và đoàn thể chính trị - xã hội các cấp" (the class may hold the words)
        every_level = _EVERY_LEVEL.search(flat, group[-1].start, group[-1].end + 16) is not None
        level_word = _level_before(group[-1].name, place) if place else None
        every_unit = (every_level and _a_body_of_every_level(group[-1])) or (
            not place and _ALL_THE_BODIES.search(flat, max(0, group[0].start - 16), group[0].start) is not None
        )
        for mention in group:
            if mention.rule == "needs_place" and every_unit:  # "Viện kiểm sát, Tòa án các cấp": each at every level
                mention.name, mention.rule = mention.name + _OF_EVERY_LEVEL, "agency.gazetteer+every_level"
                out.append(mention)
                continue
            if mention.rule == "needs_place":
                bare = None if place or every_level else kept_bare(mention.name, flat[mention.start : mention.end])
                if bare:  # "Đề nghị Đảng ủy, HĐND …" in a ward's letter
                    mention.name, mention.rule = bare, "agency.issuer_level"
                    out.append(mention)
                    continue
                if not place:
                    continue
                level = level_word + " " if level_word else ""
                if re.search(r"ủy$", mention.name):
                    mention.name = f"{mention.name} {place}"
                else:
                    mention.name = f"{mention.name} {level}{place}"
                mention.rule = "agency.gazetteer+list_place"
            elif place and not mention.place and re.search(r"(?:Tỉnh|Thành|Huyện|Quận|Thị) ủy$", mention.name):
                mention.name = f"{mention.name} {place}"
                mention.rule += "+list_place"
            out.append(mention)
        _standing_boards_shared(group)
    return out


_STANDING = "Thường trực "
# the bodies the law gives a standing board (Điều lệ Đảng; Luật Tổ chức chính quyền địa phương 2015, Điều 6 and 29 …)
_HAS_A_STANDING_BOARD = re.compile(r"(?:Hội đồng nhân dân|(?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng) ủy)(?!\w)")


def _standing_boards_shared(group: list[Mention]) -> None:
    """ "Thường trực Tỉnh ủy, HĐND, UBND tỉnh": the standing board printed before the first body of a list is also
    that of each council and party committee printed bare after it (a people's committee has none by law)."""
    if len(group) < 2 or not group[0].name.startswith(_STANDING):
        return
    for mention in group[1:]:
        if _HAS_A_STANDING_BOARD.match(mention.name):
            mention.name = _STANDING + mention.name
            mention.rule += "+standing_board"


def with_place_lists(flat: str, raw: list[RawMention]) -> list[RawMention]:
    """Bare place names that continue a list of local governments ("huyện Cần Giuộc, Cần Đức và …")."""
    extra: list[RawMention] = []
    for mention in raw:
        if mention.rule != "agency.place":
            continue
        match = re.match(r"Ủy ban nhân dân (thành phố|thị xã|huyện|quận) ", mention.name)
        level_word = match.group(1) if match else "huyện"
        pos = mention.end
        while True:
            gap = re.match(r"\s*(?:,|và|,\s*và)\s*", flat[pos : pos + 8])
            if not gap:
                break
            start = pos + gap.end()
            if re.match(r"(?:huyện|quận|thị xã|thành phố|tỉnh)\b", flat[start : start + 12], re.IGNORECASE):
                break
            number = _DISTRICT_NUMBER.match(flat, start, start + 4) if level_word == "quận" else None
            if number and fold_key(number.group()) in matcher().places:  # "quận 1, 5, 11": numbered districts
                extra.append(
                    RawMention(
                        start,
                        number.end(),
                        f"Ủy ban nhân dân quận {number.group()}",
                        "agency.place",
                        place=number.group(),
                    )
                )
                pos = number.end()
                continue
            word = re.match(r"[^\W\d_]\w*(?:\s+[^\W\d_]\w*){0,3}", flat[start : start + 40])
            if not word or not word.group()[0].isupper():
                break
            words = word.group().split()
            capital = []
            for w in words:
                if not w[0].isupper():
                    break
                capital.append(w)
            end = start + len(" ".join(capital))
            if _only_a_province(" ".join(capital)):
                break  # "TP. Cao Lãnh, Đồng Tháp": the province the place is in, no district of the list
            found = resolve_bare_places(flat, start, end, level_word)
            if not found:
                break
            extra.extend(found[:1])
            pos = found[0].end
    extra += _commune_list_members(flat, raw)
    taken = {(m.start, m.end) for m in raw}
    inside = covering(raw)
    merged = raw + [m for m in extra if (m.start, m.end) not in taken and not inside(m.start)]
    return sorted(merged, key=lambda m: m.start)


_DISTRICT_NUMBER = re.compile(r"\d{1,2}(?![\w/.]|,\d)")  # a numbered district, no figure ("3,5 triệu")


def _only_a_province(printed: str) -> bool:
    """Whether the words name a province and no district (a bare district is matched loosely, for typos: "Đồng
    Tháp" would pass for "Đông Hà")."""
    m = matcher()
    known = m.places.get(fold_key(printed))
    return known is not None and known[1] in ("province", "city_province") and fold_key(printed) not in _districts()


@lru_cache(maxsize=1)
def _districts() -> frozenset[str]:
    return frozenset(matcher().district_keys)


# a commune's body followed by more communes, each with its level word: "UBND xã Tân Hòa và xã Suối Ngô", "Trạm Y tế
# phường 2, phường Hưng Dũng" -> the same body of each (the communes are in no list: their names are read as printed)
_COMMUNE_TAIL = re.compile(r" (xã|phường|thị trấn) (\S.*)$")
_NEXT_COMMUNE = re.compile(
    r"[ \t]*+(?:,[ \t]*+(?:và[ \t]++)?|và[ \t]++)(xã|phường|thị[ \t]+trấn)[ \t]++", re.IGNORECASE
)


def _commune_list_members(flat: str, raw: list[RawMention]) -> list[RawMention]:
    extra: list[RawMention] = []
    for mention in raw:
        tail = _COMMUNE_TAIL.search(mention.name)
        if tail is None or mention.rule.startswith("agency.class"):
            continue
        head = mention.name[: tail.start()]
        pos = mention.end
        while (more := _NEXT_COMMUNE.match(flat, pos, pos + 24)) is not None:
            end = printed_commune_name_end(flat, more.end())
            if end == more.end():
                break
            level = " ".join(more.group(1).lower().split())
            place = " ".join(flat[more.end() : end].split())
            extra.append(RawMention(more.start(1), end, f"{head} {level} {place}", "agency.commune_list"))
            pos = end
    return extra


@lru_cache(maxsize=1)
def _cities() -> frozenset[str]:
    return frozenset(r["name"] for r in resources.places() if r["kind"] == "city_province")


def _city_of_the_issuer(issuer: str) -> str | None:
    """The centrally-run city the issuer's name prints ("Ủy ban nhân dân thành phố Hà Nội"), the longest if several."""
    named = [city for city in _cities() if f"thành phố {city}".casefold() in issuer.casefold()]
    return max(named, key=len) if named else None


def the_city(doc: Document, header) -> str | None:
    """The name of the centrally-run city the document belongs to (`in_a_city`): the one its issuer names, else the
    one it names most; None when it prints none."""
    named = _city_of_the_issuer(header.issuer or "")
    if named:
        return named
    main = main_province(doc)
    return main if main in _cities() else None


def in_a_city(doc: Document, header) -> bool:
    """The document belongs to a centrally-run city (Hà Nội, Hồ Chí Minh …): its provincial level is "thành phố"."""
    cities = _cities()
    issuer = header.issuer or ""
    if _city_of_the_issuer(issuer) is not None or "Thành ủy" in issuer:
        return True
    # an issuer damaged beyond its place: a local body dated in a centrally-run city ("Đà Nẵng, ngày …")
    # or whose text is mostly about one
    local = re.match(r"(?:Ủy ban nhân dân|Hội đồng nhân dân|Sở|Văn phòng Ủy ban|Ban Chỉ đạo)\b", issuer)
    if not local or "tỉnh" in issuer:
        return False
    return header.place in cities or main_province(doc) in cities


def addressee_level(header) -> str | None:
    text = " ".join(header.addressees).lower()
    for word, level in (("quận", "huyện"), ("huyện", "huyện"), ("xã", "xã"), ("tỉnh", "tỉnh")):
        if word in text:
            return level
    return None


# the level word of the body speaking before a class in its sentence, with the name after it if any
_SPEAKER_LEVEL = re.compile(
    r"(?<!\w)(?:(?P<province>[Tt]ỉnh)|[Tt]hành[ \t]+phố|TP\.?)(?!\w)[ \t]*+(?P<name>[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,2})?"
)
# where a sentence or clause ends: ";", "!", "?", a line break, or a full stop after a word of three letters or
# more, a digit or a bracket (the rule of sections._STOP_AFTER): the stop of an abbreviation ("TP. Hồ Chí Minh",
# "Tp. Huế") goes on with the sentence
_SENTENCE_START = re.compile(r"[;!?\n]|(?:\w{3}|\d|\))\.")
_SPEAKER_REACH = 300  # characters of the sentence read back from the class
# a district-level word and a comma or "và" right before a bare "thành phố": the province's city listed among its
# districts ("Ban Chỉ huy … các huyện, thành phố, các sở, ngành"), no level of the one speaking
_LISTED_WITH_DISTRICTS = re.compile(r"(?<!\w)(?:huyện|quận|thị[ \t]+xã)[ \t]*+(?:,|và)[ \t]*+$", re.IGNORECASE)
# a province, its name maybe, and a comma or "và" right before "thành phố": the province-level units listed together
# ("UBND các tỉnh, thành phố trực thuộc Trung ương chỉ đạo các sở, ngành", "UBND tỉnh Quảng Nam và Thành phố Đà
# Nẵng: chỉ đạo các sở, ban, ngành"), of which the class is every province's
_LISTED_WITH_PROVINCES = re.compile(rf"(?<!\w)[Tt]ỉnh(?:[ \t]++[{UPPER}][^\W\d_]*+){{0,3}}[ \t]*+(?:,|và)[ \t]*+$")


def a_city_speaks(flat: str, start: int) -> bool | None:
    """Whether the last level word printed before `start` in its sentence is a centrally-run city's: "thành phố" or
    "TP" with a centrally-run city's name after it, or with no name, speaking to a province-level class ("Trưởng Ban
    Chỉ huy … thành phố đề nghị các sở, ban, ngành": only a centrally-run city has sở). In a news report with no
    issuer a bare class then takes "thành phố", not "tỉnh". None when the sentence prints no level word ("Về lâu
    dài, ông yêu cầu các sở, ngành …"): the report's own place decides."""
    floor = max(0, start - _SPEAKER_REACH)
    breaks = [m.end() for m in _SENTENCE_START.finditer(flat, floor, start)]
    sentence = breaks[-1] if breaks else floor
    levels = [
        level
        for level in _SPEAKER_LEVEL.finditer(flat, sentence, start)
        if level.group("province")
        or not (
            _LISTED_WITH_DISTRICTS.search(flat, max(sentence, level.start() - 20), level.start())
            or _LISTED_WITH_PROVINCES.search(flat, max(sentence, level.start() - 40), level.start())
        )
    ]
    last = levels[-1] if levels else None
    if last is None:
        return None
    if last.group("province"):
        return False
    name = last.group("name") or ""
    if not name[:1].isupper():
        return True
    words = name.split()
    return any(" ".join(words[:size]) in _cities() for size in range(len(words), 0, -1))


def reports_on_a_city(doc: Document) -> bool:
    """A report with no issuer whose main place is a centrally-run city (Hà Nội, Hồ Chí Minh …)."""
    return main_province(doc) in _cities()
