"""One name per body across notices: the canonical name, qualified by the place the notice fixes.

"Sở Y tế" in a notice of the Long An provincial government is the same body as "Sở Y tế tỉnh Long
An" in another notice, so both group as "Sở Y tế tỉnh Long An". The extractor already gives each
mention its canonical name (abbreviations expanded, standard capitalization); what it leaves
implicit is the place a local notice takes for granted. That place is fixed by the issuer:

- the issuer names it ("Ủy ban nhân dân tỉnh Long An", "Tỉnh ủy Kiên Giang", "Phòng Giáo dục và
  Đào tạo huyện Hiệp Hòa": the district, and from places.csv its province);
- or the issuer is a local body printed without its place ("Ủy ban nhân dân", "Sở Y tế") and the
  date line names it ("Đồng Tháp, ngày …").

A central issuer (a ministry, the government, "Hà Nội, ngày …" on its date line) fixes nothing:
its "Sở Y tế" means every province's, and stays "Sở Y tế".

A name is qualified when it is a body of one province or district that the gazetteer lists
without a place (level `province` or `district` in agencies.csv: "Sở Y tế", "Công an tỉnh",
"Phòng Y tế", "Tỉnh ủy"), or a name that ends in a bare level word ("Thường trực Hội đồng nhân dân
tỉnh"). Classes ("Ủy ban nhân dân cấp tỉnh", "Các sở, ban, ngành tỉnh") name many bodies and are
never qualified, and a name that already carries a place keeps it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import resources
from .names import official_city_name
from .schema import Notice
from .vn import UPPER
from .vocab import PARTY_COMMITTEE_OF_LEVEL, PLACE_LEVEL_WORDS

# places.csv kinds -> the level word printed before the place name
LEVEL_WORD = {
    "province": "tỉnh",
    "city_province": "thành phố",
    "district": "huyện",
    "urban_district": "quận",
    "town": "thị xã",
    "city": "thành phố",
    "district_city": "thành phố",
}
PROVINCE_KINDS = ("province", "city_province")
_PLACED_LEVELS = "|".join((*PLACE_LEVEL_WORDS, *PARTY_COMMITTEE_OF_LEVEL.values(), r"TP\.?"))
# the level word in either case: "Thành phố Hồ Chí Minh" is printed with its capital (names.official_city_name)
_PLACE_AFTER_LEVEL = re.compile(rf"(?i:{_PLACED_LEVELS})\s+((?:[{UPPER}0-9][\w-]*\s*){{1,5}})")
_BARE_LEVEL_END = re.compile(rf"\s({'|'.join(PLACE_LEVEL_WORDS)})$")
_CLASS = re.compile(r"^(?:Các|các)\s|\scấp\s|,")


@dataclass(frozen=True)
class Place:
    name: str
    kind: str  # a places.csv kind
    province: str | None = None  # the province of a district

    @property
    def level_word(self) -> str:
        return LEVEL_WORD[self.kind]


@dataclass(frozen=True)
class NoticePlace:
    """The province and district a notice takes for granted (either may be unknown)."""

    province: Place | None = None
    district: Place | None = None


@lru_cache(maxsize=1)
def _places_by_name() -> dict[str, list[Place]]:
    table: dict[str, list[Place]] = {}
    for row in resources.places():
        table.setdefault(row["name"], []).append(Place(row["name"], row["kind"], row["province"] or None))
    return table


@lru_cache(maxsize=1)
def _local_bodies() -> dict[str, str]:
    """Gazetteer names of bodies of one province or district, without a place -> their level."""
    return {row["name"]: row["level"] for row in resources.agency_rows() if row["level"] in ("province", "district")}


@lru_cache(maxsize=1)
def _local_issuer_heads() -> tuple[str, ...]:
    """Name starts that only a local body's name has ("Ủy ban nhân dân", "Sở Y tế", "Tỉnh ủy")."""
    heads = {_BARE_LEVEL_END.sub("", name) for name in _local_bodies()}
    return tuple(sorted(heads, key=len, reverse=True))


def _lookup(words: str, province: str | None = None) -> Place | None:
    """The place named by the longest leading run of `words`, unambiguous (or in `province`)."""
    tokens = words.split()
    for size in range(len(tokens), 0, -1):
        candidates = _places_by_name().get(" ".join(tokens[:size]), [])
        if province:
            candidates = [p for p in candidates if p.kind in PROVINCE_KINDS or p.province == province] or candidates
        provinces = [p for p in candidates if p.kind in PROVINCE_KINDS]
        if provinces:
            return provinces[0]
        if len(candidates) == 1:
            return candidates[0]
        if candidates:
            return None  # "Châu Thành": a district of nine provinces
    return None


def _with_province(district: Place) -> NoticePlace:
    province = _lookup(district.province) if district.province else None
    return NoticePlace(province=province, district=district)


def _from_text(text: str) -> NoticePlace | None:
    """The place an issuer's name prints after a level word; the district when it names one."""
    found: list[Place] = []
    for match in _PLACE_AFTER_LEVEL.finditer(text):
        place = _lookup(match.group(1))
        if place:
            found.append(place)
    districts = [p for p in found if p.kind not in PROVINCE_KINDS]
    if districts:
        return _with_province(districts[-1])
    return NoticePlace(province=found[-1]) if found else None


def is_local_issuer(issuer: str | None) -> bool:
    return bool(issuer) and issuer.startswith(_local_issuer_heads())


def notice_place(notice: Notice) -> NoticePlace:
    """Where a notice is from, when its issuer is a local body; empty for central notices."""
    issuer, place_line = notice.header.issuer, notice.header.place
    if issuer:
        named = _from_text(issuer)
        if named:
            return named
    if not is_local_issuer(issuer) or not place_line:
        return NoticePlace()
    place = _lookup(place_line)
    if place is None:
        return NoticePlace()
    return NoticePlace(province=place) if place.kind in PROVINCE_KINDS else _with_province(place)


def _qualify(name: str, place: Place) -> str:
    if name in ("Tỉnh ủy", "Thành ủy") and place.kind in PROVINCE_KINDS:
        return f"{PARTY_COMMITTEE_OF_LEVEL[place.level_word]} {place.name}"
    if name in ("Huyện ủy", "Quận ủy", "Thị ủy") and place.kind not in PROVINCE_KINDS:
        return f"{PARTY_COMMITTEE_OF_LEVEL[place.level_word]} {place.name}"
    return official_city_name(f"{name} {place.level_word} {place.name}")  # "Sở Y tế Thành phố Hồ Chí Minh"


def group_name(name: str, place: NoticePlace) -> str:
    """The name `name` groups under, for a mention in a notice from `place`."""
    if _CLASS.search(name):
        return name
    level = _local_bodies().get(name)
    bare = _BARE_LEVEL_END.search(name)
    if bare:  # "Ủy ban nhân dân tỉnh", "Trung tâm Y tế huyện": the level word says which place
        word = bare.group(1)
        target = place.province if word == "tỉnh" else place.district
        if word == "thành phố":  # a centrally-run city, or a city of a province
            target = place.province if place.province and place.province.kind == "city_province" else place.district
            target = target if target and target.level_word == "thành phố" else None
        if word in ("huyện", "quận", "thị xã") and target and target.level_word != word:
            target = None
        return _qualify(name[: bare.start()], target) if target else name
    if level == "province" and place.province:
        return _qualify(name, place.province)
    if level == "district" and place.district:
        return _qualify(name, place.district)
    return name
