"""Finding agency mentions: gazetteer bodies, classes, steering committees, local governments named by place.

Matching runs on a folded copy of the text (diacritics dropped character by character, so offsets are
shared with the text) and is case-insensitive, which recovers OCR'd and unaccented documents; a body
name must still start with a capital in the original. All gazetteer forms are compiled into one
trie-shaped regex, so a document is scanned once however large the gazetteer grows.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from ... import resources
from ...cues import load_cues
from ...errors import ResourceError
from ...names import expand_abbreviations, squash
from ...patterns import (
    finditer_at,
    lower_same_length,
    lower_same_length_uncached,
    lower_start,
    lowered,
    skipping,
    word_start,
)
from ...vn import UPPER, fold_keep_case
from ...vocab import LEVEL_WORDS, LEVELS, PARTY_LEVELS, level_pattern
from .class_starts import ClassStarts
from .directive_lists import DirectiveList, verb_right_before
from .grammar import (
    BRANCH,
    NAME_CUE_KINDS,
    _is_abbreviation,
    capitalized_duty_at,
    class_after_name,
    class_may_follow,
    find_named_bodies,
    lower_case_head_at,
    name_patterns,
    name_words,
    village_after,
    wrapped_lines_joined,
)
from .mentions import RawMention
from .ministers import find_minister_bodies
from .offices import office_title, office_title_before
from .own_level import PLACEHOLDER as OWN_LEVEL
from .own_level import name_read_alone, printed_class
from .place_classes import find_place_classes

_LEVEL_WORD = rf"(?:tp\.?|{level_pattern(folded=True)})"
_NAME_LEVEL = re.compile(r"\b(" + "|".join(LEVEL_WORDS) + r")\b")
_NAME_PARTY = re.compile(r"\b(" + "|".join(PARTY_LEVELS.values()) + r")\b")


# spaces before the mark are taken from the start of their run only: tried at every space of a long run,
# `\s*-` would rescan the run from each one (quadratic)
_HYPHEN = re.compile(r"(?:(?<!\s)\s+)?-\s*")
_AMPERSAND = re.compile(r"(?:(?<!\s)\s+)?&\s*")


@lru_cache(maxsize=65536)
def fold_key(text: str) -> str:
    """Lookup key of a printed form: folded, lower case, one space, tight hyphens."""
    key = fold_keep_case(text).lower().replace("–", "-")
    key = _AMPERSAND.sub("&", _HYPHEN.sub("-", key))
    return " ".join(key.split()).rstrip(".")


@dataclass(frozen=True)
class Form:
    name: str  # canonical name for this printed form
    needs_place: bool  # a generic head ("Báo", "Ủy ban nhân dân") that names a body only with a place
    level: str  # central | province | district | commune


_PARTY_WORDS = [(re.compile(rf"\b{k}\b"), v) for k, v in PARTY_LEVELS.items()]
_LEVEL_WORDS = [(re.compile(rf"(?:^|\s){re.escape(k)}(?:\s|$)"), v) for k, v in LEVELS.items()]


@lru_cache(maxsize=16384)
def _with_printed_level(name: str, printed: str) -> str:
    """Rewrite the level word of a canonical name to the one printed ("Công an thành phố")."""
    folded = fold_key(printed)
    party = next((v for pattern, v in _PARTY_WORDS if pattern.search(folded)), None)
    if party and _NAME_PARTY.search(name):
        return _NAME_PARTY.sub(party, name, count=1)
    # the body's level word is its last one: "Bảo hiểm xã hội tỉnh" holds "xã" inside its field
    # the last one printed, the longest of those ending there: "thị xã" holds "xã"
    printed_levels = [(m.end(), -m.start(), level) for pattern, level in _LEVEL_WORDS for m in pattern.finditer(folded)]
    in_name = list(_NAME_LEVEL.finditer(name))
    if printed_levels and in_name:
        level = max(printed_levels)[2]
        last = in_name[-1]
        return name[: last.start()] + level + name[last.end() :]
    return name


def _with_level_printed_in(name: str, form: str) -> str:
    """The canonical name of a printed form, with the form's level: rewritten where the name has one, added
    where it has none ("Ban Quản lý Khu kinh tế tỉnh" -> `Ban Quản lý Khu kinh tế tỉnh`)."""
    canonical = _with_printed_level(name, form)
    level = _TRAILING_LEVEL.search(form)
    if level and not _NAME_LEVEL.search(canonical.lower()) and not _NAME_PARTY.search(canonical):
        return f"{canonical} {level.group(1)}"
    return canonical


def trie_branches(keys: list[str]) -> list[str]:
    """The keys as a trie of regex alternations, one branch per first character (longest keys first)."""
    trie: dict = {}
    for key in keys:
        node = trie
        for ch in key:
            node = node.setdefault(ch, {})
        node[""] = True
    depths: dict[int, int] = {}  # id(node) -> length of its longest key: each computed once

    def depth(node: dict) -> int:
        found = depths.get(id(node))
        if found is None:
            found = depths[id(node)] = max((1 + depth(v) for k, v in node.items() if k), default=0)
        return found

    def emit(node: dict) -> list[str]:
        branches = []
        for ch in sorted((c for c in node if c), key=lambda c: (-depth(node[c]), c)):
            if ch == " ":
                atom = r"\s+"
            elif ch == "-":
                atom = r"\s*[-–]\s*"
            elif ch == "&":
                atom = r"\s*&\s*"
            else:
                atom = re.escape(ch)
            branches.append(atom + alternation(node[ch]))
        return branches

    def alternation(node: dict) -> str:
        branches = emit(node)
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(trie)


@dataclass
class Matcher:
    forms: dict[str, Form]
    body_re: re.Pattern[str]
    classes: list[tuple[re.Pattern[str], str]]
    class_union: re.Pattern[str]  # words a class may start with (on lower-cased folded text)
    class_starts: ClassStarts  # the classes to try where a class start word stands
    places: dict[str, tuple[str, str]]  # folded place key -> (name, kind)
    district_names: list[str]
    district_keys: list[str]  # folded, for diacritic-insensitive fuzzy matching
    by_head: dict[str, dict[int, list[str]]]  # first word -> word count -> form keys (the fuzzy fallback)


@lru_cache(maxsize=1)
def _abbreviable() -> tuple[tuple[str, str], ...]:
    """(expansion, abbreviation) of the abbreviations a body's name is printed with: capitals, 3 letters or more."""
    rows = resources.abbreviations()
    return tuple((r["expansion"], r["abbr"]) for r in rows if len(r["abbr"]) >= 3 and r["abbr"].upper() == r["abbr"])


def _abbreviated_variants(form: str) -> list[str]:
    """A form and the same form with known expansions abbreviated ('Ủy ban nhân dân tỉnh' -> 'UBND tỉnh'),
    sorted: the order of the gazetteer's forms, and so of the fuzzy candidates, is the same in every process."""
    variants = {form, expand_abbreviations(form)}
    printed = " | ".join(variants)
    for expansion, abbr in _abbreviable():
        if expansion not in printed:
            continue  # an abbreviation never brings in a phrase to abbreviate: only the form's own count
        for variant in list(variants):
            if expansion in variant:
                variants.add(variant.replace(expansion, abbr))
    return sorted(variants)


# the commune's bodies of the political system (Party, Front and its organisations, military command), whose heads
# printed bare name the commune's body in its own letters (issuer_level.py) ...
_POLITICAL_SYSTEM = frozenset({"party", "front", "union", "military"})
GRASSROOTS = " cơ sở"  # the last words of a grassroots organisation's name ("Công đoàn cơ sở")
# ... when the head stands alone: a list's separator, a spaced hyphen or the end after it, no other word
_HEAD_ALONE = re.compile(r"[ \t]*+(?:[,;.:)\n]|va(?!\w)|[-–][ \t]|$)", re.IGNORECASE)
# ... and a grassroots organisation's head ("Công đoàn") followed by the rest of a name: a capital, its unit's kind or
# its levels (on the folded text)
_UNIT_NAME_GOES_ON = re.compile(r"[ \t\n]++(?:[A-Z]|(?:truong|nganh|co\s++so|cac\s++cap|cap)(?!\w))")


# a group repeated with `*` or `+` in a class pattern: a list of class words matched again from each of its words
# ("các ban, ngành, các ban, ngành, …") costs the square of its length; bounded, `{0,12}`, it is linear
_UNBOUNDED_GROUP = re.compile(r"\)[*+]")


_CITY_ABBREVIATION = re.compile(r"TP\.?\s*(?P<city>\w+)")


def _abbreviated_cities(places: dict[str, tuple[str, str]]) -> Iterator[tuple[str, tuple[str, str]]]:
    """(abbreviation, the city's place entry) for each abbreviations.csv row that writes a centrally-run city
    ("TP.HCM", "TPHCM" = "Thành phố Hồ Chí Minh")."""
    for row in resources.abbreviations():
        if row["expansion"].startswith("Thành phố "):
            known = places.get(fold_key(row["expansion"].removeprefix("Thành phố ")))
            if known and known[1] == "city_province":
                yield row["abbr"], known


def _city_abbreviations(places: dict[str, tuple[str, str]]) -> dict[str, tuple[str, str]]:
    """The short names of centrally-run cities that abbreviations.csv holds as "TP.<short>" ("TP.HCM" = "Thành phố
    Hồ Chí Minh"): the short name is that city's name after a printed level ("UBND TP HCM", "Sở Y tế TP.HCM")."""
    out = {}
    for abbr, known in _abbreviated_cities(places):
        if short := _CITY_ABBREVIATION.fullmatch(abbr):
            out.setdefault(fold_key(short.group("city")), known)
    return out


_COMMA = re.compile(r" ?, ?")  # in a form's key (fold_key): one space at most on either side


@lru_cache(maxsize=1)
def matcher() -> Matcher:
    forms: dict[str, Form] = {}
    bare_heads: dict[str, tuple[str, str]] = {}  # a head printed bare awaiting its place or level -> (head, level)
    # a row's name and aliases as the list prints them first: another row's form expanded or abbreviated reads
    # the same words only where no row prints them ("BCH Bộ đội Biên phòng tỉnh", the Bộ Chỉ huy before 2025,
    # expands to the name of the Ban Chỉ huy Bộ đội Biên phòng tỉnh that replaced it)
    for row in resources.agency_rows():
        for form in [row["name"], *(a.strip() for a in row["aliases"].split("|") if a.strip())]:
            forms.setdefault(fold_key(form), Form(_with_level_printed_in(row["name"], form), False, row["level"]))
    for row in resources.agency_rows():
        name = row["name"]
        printed = [name, *(a.strip() for a in row["aliases"].split("|") if a.strip())]
        for form in printed:
            canonical = _with_level_printed_in(name, form)
            for variant in _abbreviated_variants(form):
                known = forms.get(fold_key(variant))
                # a central body's own form outranks a province's head awaiting its place: "Bộ đội Biên phòng" is the
                # national force, "Bộ đội Biên phòng Quảng Trị" still the province's
                if known is None or (known.needs_place and row["level"] == "central"):
                    forms[fold_key(variant)] = Form(canonical, False, row["level"])
        # "Công an tỉnh" is also printed "Công an thành phố", and "Đài Phát thanh và Truyền hình Long An"
        for form in printed:
            level = _NAME_LEVEL.search(form)
            if level and form.endswith(level.group(1)) and row["level"] == "province":
                head = form[: level.start()].strip()
                for variant in _abbreviated_variants(head):
                    forms.setdefault(
                        fold_key(variant),
                        Form(
                            name[: _trailing_level(name).start()].strip() if _trailing_level(name) else name,
                            True,
                            row["level"],
                        ),
                    )
                for variant in _abbreviated_variants(head + " thành phố"):
                    forms.setdefault(
                        fold_key(variant), Form(_with_printed_level(name, "thành phố"), False, row["level"])
                    )
        # a commune's body printed bare ("Đảng ủy" in a ward's letter) awaits its place too, or the issuer's level
        # (issuer_level.py); read after every row, so a form a row gives keeps that row's reading
        trailing = _trailing_level(name)
        if (
            row["level"] == "commune"
            and row["branch"] in _POLITICAL_SYSTEM
            and trailing
            and trailing.end() == len(name)
        ):
            head = name[: trailing.start()].strip()
            bare_heads.update((fold_key(variant), (head, "commune")) for variant in _abbreviated_variants(head))
        # an institution's grassroots organisation printed bare ("Công đoàn" in a university's plan: its Công đoàn cơ
        # sở) awaits the issuer's level as well (issuer_level.py reads it as the institution's own)
        if row["level"] == "unit" and row["branch"] in _POLITICAL_SYSTEM and name.endswith(GRASSROOTS):
            bare_heads.setdefault(fold_key(name[: -len(GRASSROOTS)]), (name[: -len(GRASSROOTS)], "unit"))
    for key, (head, level) in bare_heads.items():
        forms.setdefault(key, Form(head, True, level))
    # a name printed without the commas between its fields ("Bộ Văn hóa Thể thao và Du lịch", "Báo và Phát thanh
    # Truyền hình tỉnh") is the same body, unless a form of its own reads so
    for key, form in list(forms.items()):
        if "," in key:
            forms.setdefault(_COMMA.sub(" ", key), form)
    keys = sorted(k for k in forms if len(k) >= 3)
    # `(?<![\w&/-])(?:trie)(?![\w&])`, written so that re skips ahead (patterns.word_start), and run on the folded
    # text lowered: the keys are lower case, so it matches as case-insensitively and faster
    body_re = re.compile(word_start(trie_branches(keys), not_after=r"[\w&/-]") + r"(?![\w&])")

    data = resources.read_json("agency_classes.json")
    classes = []
    for number, entry in enumerate(data["classes"]):
        if set(entry) != {"name", "pattern"}:
            raise ResourceError(f"agency_classes.json entry {number}: unknown keys")
        if _UNBOUNDED_GROUP.search(entry["pattern"]):
            raise ResourceError(f"agency_classes.json entry {number}: a group repeated without a bound")
        pattern = re.compile(r"(?<!\w)(?:" + fold_keep_case(entry["pattern"]) + r")(?!\w)", re.IGNORECASE)
        classes.append((pattern, entry["name"]))

    class_union = re.compile(skipping(fold_keep_case(data["starts"]).lower()))
    # class i as group "_i" of one alternation: a match names the first class that matches there (the ones
    # before it do not); at each start, of the classes that may open with the words there (class_starts.py)
    class_starts = ClassStarts(
        [re.sub(r"\(\?P<\w+>", "(?:", pattern.pattern) for pattern, _ in classes], [pattern for pattern, _ in classes]
    )
    places: dict[str, tuple[str, str]] = {}
    districts: list[str] = []
    for row in resources.places():
        places.setdefault(fold_key(row["name"]), (row["name"], row["kind"]))
        if row["kind"] not in ("province", "city_province"):
            districts.append(row["name"])
    places.update(_city_abbreviations(places))
    district_names = sorted(set(districts))
    by_head: dict[str, dict[int, list[str]]] = {}
    for key, form in forms.items():
        words = key.split()
        if not form.needs_place and len(words) >= 3:
            by_head.setdefault(words[0], {}).setdefault(len(words), []).append(key)
    return Matcher(
        forms,
        body_re,
        classes,
        class_union,
        class_starts,
        places,
        district_names,
        [fold_key(n) for n in district_names],
        by_head,
    )


# `(?<!\w)Ban\s+Chi\s+dao…` case-insensitively, written so that re skips to the Bs (patterns.word_start)
_STEERING = re.compile(
    word_start([r"Ban\s+Chi\s+dao"], ignore_case=True)
    + rf"(?i:(?:\s+(?P<pre>{_LEVEL_WORD}))?\s+phong\s*,?\s*chong\s+dich(?P<benh>\s+benh)?\s+"
    rf"(?P<covid>Covid\s*-?\s*19|COVID\s*-?\s*19)(?:\s+(?:cua\s+)?(?P<post>{_LEVEL_WORD})(?![\w,]))?)"
)
# "TP" / "TP." is the city's level as news and letters abbreviate it ("TP Tuy Hòa", "TP.HCM"), in capitals
_PLACE_LEVELS = [r"thanh\s+pho", r"thi\s+xa", "huyen", "quan", r"tp\.?"]
_PLACE_AGENCY = re.compile(
    # "huyện đảo Cồn Cỏ": an island district, the word "đảo" between the level and the name
    rf"(?<!\w)(?P<level>{'|'.join(_PLACE_LEVELS)})(?:\s+dao)?(?:\s+|(?<=\.))"
    # a numbered urban district ("quận 3", Hồ Chí Minh City's before 2025) is named by its number
    rf"(?P<place>(?-i:[A-Z])\w*(?:\s+(?-i:[A-Z])\w*){{0,3}}|(?<=quan )\d{{1,2}}(?![\w/.,]\d))",
    re.IGNORECASE,
)
_PLACE_AGENCY_START = lower_start(_PLACE_LEVELS)  # where it can begin, in the folded text lowered
# a bracket after a proper name says where that place or body is: "Trường tiểu học Vĩnh Tân (TP.HCM)"; after a
# common noun it may list the actors the noun means ("các địa phương có ca mắc (huyện Cần Giuộc, …)")
_BRACKET_AFTER_A_NAME = re.compile(r"(?<!\w)(?-i:[A-Z])\w*[ \t]*\([ \t]*$")
_LEVEL_LIST_BEFORE = re.compile(r"(?i:huyen|thi\s+xa|quan|xa|phuong|thi\s+tran)\s*+(?:,\s*+(?:va\s++)?|(?<=\s)va\s++)$")
_LOCATION_BEFORE = re.compile(
    r"(?:\btai|\bo|dia\s+ban|\bve|\bden|\btu|\bcua|thuoc|giua|\bqua|trong|\bvoi|khu\s+vuc|\bcac\s+xa|cho|\bdi|nhu|\bla)\s*$",
    re.IGNORECASE,
)


def _known_head(printed: str, m: Matcher) -> str | None:
    """A body printed without its level ("Phòng GD&ĐT") in its gazetteer spelling, level word dropped; the type word
    printed kept (_printed_head)."""
    printed_head = _printed_head(printed, m.forms)
    if printed_head:
        return printed_head
    for key in (fold_key(printed), fold_key(expand_abbreviations(printed))):
        form = m.forms.get(key)
        if form:
            return _TRAILING_LEVEL.sub("", form.name)
    return None


_PLACE_WORD = re.compile(r"[^\s,.;:()]+")
_PLACE_TOKENS = 6  # four words and up to two dashes between them


def longest_place(folded_flat: str, start: int, matcher_: Matcher) -> tuple[str, str, int] | None:
    """The longest known place name at `start` (up to 4 words, a dash between two names no word: "Bà Rịa -
    Vũng Tàu" is one province, never "Bà Rịa"): (name, kind, end offset)."""
    words = list(_PLACE_WORD.finditer(folded_flat[start : start + 60]))
    # a place's words are capitalized: "thành phố Vinh báo cáo" names Vinh, not "Vĩnh Bảo" (which folds the same)
    if words and words[0].group().isdigit():  # "quận 3": the number alone is the name
        words = words[:1]
    else:
        capitalized = (word.group()[:1].isupper() or word.group() in "-–" for word in words)
        lower = next((k for k, upper in enumerate(capitalized) if not upper), None)
        words = words[:lower] if lower is not None else words
    for size in range(min(_PLACE_TOKENS, len(words)), 0, -1):
        end = start + words[size - 1].end()
        if words[0].start() != 0:
            return None
        key = fold_key(folded_flat[start:end])
        if key in matcher_.places:
            name, kind = matcher_.places[key]
            return name, kind, end
    return None


def _other_syllable(printed: str, name: str) -> bool:
    """Whether a name of one syllable ("Báo", the provincial paper awaiting its place) is printed as another word
    its folded letters also spell ("Bảo tàng", "Bão số 3"): printed with tone marks, they must be the name's;
    printed without any (a scan that lost them), it may be the name."""
    return " " not in name and not printed.isascii() and printed.lower() != name.lower()


def find_raw_mentions(flat: str, region: tuple[int, int], folded: str | None = None) -> list[RawMention]:
    """Every agency mention in `flat[region]`, longest first where they overlap."""
    m = matcher()
    folded = folded if folded is not None else fold_keep_case(flat)
    lo, hi = region
    found: list[RawMention] = []

    lower = lower_same_length(folded)
    class_end = lo  # the end of the last class named: a class starting inside it is dropped as inside a longer one
    for candidate in m.class_union.finditer(lower, lo, hi):
        if candidate.start() < class_end:
            continue
        first = m.class_starts.first_match(folded, lower, candidate.start(), hi)
        if first is None:
            continue
        # the classes after the first that matches, of those that may match here (class_starts.py): no other can
        first_class, kept = first
        for index in kept:
            if index < first_class:
                continue
            pattern, name = m.classes[index]
            match = pattern.match(folded, candidate.start(), hi)
            if match:
                if "{known_body}" in name:  # only a body the gazetteer knows: "Sở Y tế | hướng dẫn …" is none
                    known = _known_head(flat[match.start("body") : match.end("body")], m)
                    if known is None:
                        continue
                    name = name.format(known_body=known)
                elif "{body}" in name:
                    printed = flat[match.start("body") : match.end("body")]
                    name = name.format(body=_known_head(printed, m) or squash(printed))
                elif name == OWN_LEVEL:
                    reading = printed_class(
                        flat[match.start("heads") : match.end("heads")],
                        match.group("level"),
                        flat[match.start("level") : match.end("level")] if match.group("level") else None,
                    )
                    if reading is None:
                        continue  # "các cơ quan, đơn vị": generic actors, no class
                    name = name_read_alone(reading)  # the recognizer reads it again at the issuer's level
                    if name is None:
                        continue
                for one in name.split("|"):  # "các Bộ, ngành, địa phương" names two classes
                    found.append(RawMention(match.start(), match.end(), one, "agency.class"))
                class_end = max(class_end, match.end())
    for match in _STEERING.finditer(folded, lo, hi):
        level = match.group("post") or match.group("pre")
        covid = squash(flat[match.start("covid") : match.end("covid")])
        name = "Ban Chỉ đạo phòng, chống dịch " + ("bệnh " if match.group("benh") else "") + covid
        if level:
            name += " " + LEVELS.get(fold_key(level), fold_key(level))
        found.append(RawMention(match.start(), match.end(), name, "agency.steering_committee"))
    directive_list = DirectiveList(lowered(folded))
    for mention in found:  # the classes, in order: "giao UBND các xã, công an xã" lists a body after one
        directive_list.add(mention.start, mention.end)
    for match in m.body_re.finditer(lowered(folded), lo, hi):
        if (
            not flat[match.start()].isupper()
            and not lower_case_head_at(flat, match.start())
            and not directive_list.named_at(match.start())
        ):
            continue  # body names are capitalized ("ca", "sở" in running text are not bodies), "phòng Nội vụ" too
        key = fold_key(match.group())
        form = m.forms.get(key)
        if form is None or _other_syllable(flat[match.start() : match.end()], form.name):
            continue
        name = form.name
        if key != fold_key(form.name):
            name = _with_printed_level(form.name, match.group())
        if form.level == "commune" and form.needs_place and not _HEAD_ALONE.match(folded, match.end()):
            continue  # "Đảng ủy cơ quan Sở Tài chính", "Ban Thường vụ Đảng ủy Bộ đội Biên phòng": another body's name
        if form.level == "unit" and form.needs_place and _UNIT_NAME_GOES_ON.match(folded, match.end()):
            continue  # "Công đoàn Tổng Công ty …", "Công đoàn trường", "Công đoàn các cấp": a name of its own
        found.append(RawMention(match.start(), match.end(), name, "agency.gazetteer", needs_place=form.needs_place))
        directive_list.add(match.start(), match.end())
    previous_end, previous_located = -1, False
    for match in finditer_at(_PLACE_AGENCY, _PLACE_AGENCY_START, folded, lo, hi, starts_text=lowered(folded)):
        place = longest_place(folded, match.start("place"), m)
        if place is None:
            continue
        in_list = previous_end >= 0 and re.fullmatch(
            r"[^.;:()]{0,40}?(?:,|\bva)\s*", folded[previous_end : match.start()]
        )
        located = (
            previous_located
            if in_list
            else bool(
                _LOCATION_BEFORE.search(folded[max(0, match.start() - 20) : match.start()])
                or _BRACKET_AFTER_A_NAME.search(folded, max(0, match.start() - 20), match.start())
            )
            # "phối hợp với huyện …", "gửi về TP …": a verb that names a partner or a receiver, no place
            and not verb_right_before(lowered(folded), match.start())
        )
        previous_end, previous_located = place[2], located
        if located:
            continue
        name, kind, end = place
        if match.group("level")[:2].lower() == "tp" and (
            flat[match.start()] == "t" or _LEVEL_LIST_BEFORE.search(folded, max(0, match.start() - 30), match.start())
        ):
            # "tp" in small letters is no city's level; "các huyện, thị xã, TP Hòa Bình": the class's last level,
            # then the province it is in
            continue
        level = LEVELS[fold_key(match.group("level"))]
        if kind in ("province", "city_province") and level != "thành phố":
            continue
        printed_level = " ".join(lower_same_length_uncached(flat[match.start("level") : match.end("level")]).split())
        if printed_level != level and " " not in level and not flat[match.start("place") : end].isascii():
            # a word of one syllable printed with other marks than the level's, beside a name printed with its own:
            # another word ("quần đảo Hoàng Sa", "… thông quan / Chủ động"), where "thành phó" is a slip of OCR
            continue
        found.append(RawMention(match.start(), end, f"Ủy ban nhân dân {level} {name}", "agency.place", place=name))

    found.extend(find_minister_bodies(flat, lower, region, m.forms, fold_key))
    found.extend(find_place_classes(flat, folded, region))
    found.extend(_fuzzy_bodies(flat, folded, region, found, m))
    found.extend(_unlisted_bodies(flat, folded, region, found))

    # longest first; drop mentions inside a longer one
    found.sort(key=lambda r: (r.start, -(r.end - r.start)))
    kept: list[RawMention] = []
    for mention in found:
        same_phrase = kept and (mention.start, mention.end, mention.rule) == (
            kept[-1].start,
            kept[-1].end,
            "agency.class",
        )
        if kept and mention.start < kept[-1].end and not (same_phrase and mention.name != kept[-1].name):
            continue
        kept.append(_extend_with_place(flat, folded, mention, m))
    return kept


_TRAILING_LEVEL = re.compile(r"(?<!\s)\s+(" + "|".join(LEVEL_WORDS) + r")$")  # from the start of a run: linear


@lru_cache(maxsize=4096)
def _trailing_level(name: str) -> re.Match[str] | None:
    """`_TRAILING_LEVEL.search(name)`, once per name: a document names its bodies many times over."""
    return _TRAILING_LEVEL.search(name)


@lru_cache(maxsize=64)
def _ends_with_word(word: str) -> re.Pattern[str]:
    """`word` (a folded level word) as the last word of a text, compiled once per word."""
    return re.compile(r"(?:^|\s)" + re.escape(word) + r"$")


def _printed_level_only(mention: RawMention, folded: str) -> RawMention:
    """'Ủy ban Mặt trận Tổ quốc Việt Nam' printed without 'tỉnh' keeps no level word in its name."""
    level = _trailing_level(mention.name)
    if not level or mention.rule != "agency.gazetteer":
        return mention
    printed = fold_key(folded[mention.start : mention.end])
    if _ends_with_word(fold_key(level.group(1))).search(printed) or printed.endswith(" tp"):
        return mention
    return RawMention(
        mention.start,
        mention.end,
        mention.name[: level.start()],
        mention.rule,
        mention.needs_place,
        mention.place,
    )


_HEAD_WORDS = ["So", "Bo", "Cuc", "Tong cuc", "Chi cuc", "Phong", "Ban", "Trung tam", "Uy ban", "Van phong", "Vien"]
_HEAD = re.compile(word_start([*_HEAD_WORDS, "Lien doan"], not_after=r"[\w&/-]") + r"(?=\s)")
FUZZY_CUTOFF = 90
_FUZZY_WORD = re.compile(r"[^\s,;:.()]+")


LONG_SYLLABLE = 5  # letters of a syllable OCR may damage twice: "trường" read "tnrờng"
_GLUED_NUMBER = re.compile(r"(?<=[^\W\d_])\d+$")


def _mended_syllable(seen: str, known: str) -> bool:
    """One folded syllable read as another by an OCR repair: a page or footnote number glued to it dropped
    ("Truyền2021"), then one letter changed, dropped, added or two swapped ("toa" / "tao", "due" / "duc", "u" /
    "tu"), two in a syllable of five letters or more ("tnrong" / "truong"); the first letter of a syllable of
    one or two letters is never changed, for that makes another word ("ky" / "uy", "bo" / "so"), while "te" /
    "to" of "Té quốc" is its vowel misread. A longer syllable's first letter may be OCR damage ("Ngoại Biao");
    the gazetteer form closest to the whole window still decides between "Đội …" and "Hội …"."""
    seen = _GLUED_NUMBER.sub("", seen)
    if seen == known:
        return True
    if OSA.distance(seen, known) > (2 if min(len(seen), len(known)) >= LONG_SYLLABLE else 1):
        return False  # a long syllable may take two ("tnrong" of "Môi tnrờng")
    return len(seen) != len(known) or len(seen) > 2 or seen[:1] == known[:1]


def is_ocr_repair(printed: str, form: str) -> bool:
    """Whether the folded `form` reads the folded `printed` words as OCR damage mended inside syllables: the
    same words, each equal or mended (_mended_syllable); a syllable replaced by another ("Đăng ký" / "Đảng
    ủy", "Đảng ủy" / "Quận ủy") is a different name, not a repair. Diacritics are folded away on both sides,
    so tone marks never count."""
    printed_words, form_words = printed.split(), form.split()
    if len(printed_words) != len(form_words):
        return True  # hyphens spaced otherwise: the ratio alone decides, as before
    return all(
        seen == known or _mended_syllable(seen, known) for seen, known in zip(printed_words, form_words, strict=True)
    )


def _fuzzy_bodies(
    flat: str, folded: str, region: tuple[int, int], exact: list[RawMention], m: Matcher
) -> list[RawMention]:
    """Bodies whose letters OCR damaged ("Sở Giáo dục và Đào tọa"): at a capitalized head word that no exact
    match covers, the window of words closest to a gazetteer form with that head and as many words."""
    covered = bytearray(region[1] - region[0])  # 1 where an exact mention already stands
    for r in exact:
        covered[max(0, r.start - region[0]) : max(0, r.end - region[0])] = b"\x01" * max(
            0, r.end - max(r.start, region[0])
        )
    out = []
    for head in _HEAD.finditer(folded, region[0], region[1]):
        start = head.start()
        if covered[start - region[0]]:
            continue
        by_size = m.by_head.get(fold_key(head.group()).split()[0], {})
        words = list(_FUZZY_WORD.finditer(folded, start, min(region[1], start + 90)))
        best = None
        for size, candidates in by_size.items():
            if size > len(words):
                continue
            end = words[size - 1].end()
            if covered.find(1, start - region[0], end - region[0]) != -1:
                continue  # the window runs into a name read exactly ("Ủy ban Kiểm tra | Đảng ủy Công an tỉnh")
            printed = fold_key(folded[start:end])
            found = process.extractOne(printed, candidates, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
            if found and not is_ocr_repair(printed, found[0]):
                continue  # "Văn phòng Đăng ký …" is no "Văn phòng Đảng ủy": a syllable changed, not mended
            if found and _field_in_small_letters(flat, head, m.forms[found[0]].name):
                continue  # "Cục quản lý đường bộ" is no "Cục Quân y": damage changes letters, not a field's case
            if found and (best is None or found[1] >= best[0]):
                best = (found[1], found[0], end)
        if best:
            out.append(RawMention(start, best[2], m.forms[best[1]].name, "agency.fuzzy"))
            covered[start - region[0] : best[2] - region[0]] = b"\x01" * (best[2] - start)
    return out


def _field_in_small_letters(flat: str, head: re.Match[str], form: str) -> bool:
    """Whether the word after a head opens with the letter of the gazetteer form's field in small letters where the
    form prints a capital ("Cục quản lý" and "Cục Quân y"): a word of the sentence, not damage ("Bộ ư pháp", its
    first letter lost, is "Bộ Tư pháp")."""
    field = flat[head.end() : head.end() + 40].lstrip()[:1]
    form_words = form.split()
    head_words = len(head.group().split())
    if not field.islower() or len(form_words) <= head_words:
        return False
    capital = form_words[head_words][:1]
    return capital.isupper() and fold_key(capital)[:1] == fold_key(field)[:1]


@lru_cache(maxsize=4096)
def is_type_word(printed: str) -> bool:
    """Whether a mention is printed as a bare type word ("Ban Chỉ đạo", "Ban Tổ chức"); once per printed form."""
    return bool(name_patterns().type_word.fullmatch(lower_same_length_uncached(printed)))


def _generic_head_at(body: RawMention, listed_here: list[RawMention], flat: str, folded: str) -> bool:
    """Whether a listed mention at the body's start is a bare type word, or a clipped form of a longer name
    (_clipped_alias), that the grammar reads on with a field or purpose (`listed_here`: the gazetteer's mentions
    that start there)."""
    for known in listed_here:
        if known.end < body.end:
            printed = flat[known.start : known.end]
            return (
                is_type_word(printed)
                or _branch_after(flat, known.end)
                or (known.needs_place and _dash_joined_after(flat, known.end))
                or _own_name_after(known, flat, folded, body.end)
                or (_clipped_alias(printed) and _field_after(flat, folded, known.end, printed))
            )
    return False


@lru_cache(maxsize=4096)
def _clipped_alias(printed: str) -> bool:
    """Whether a printed form is a list's name cut short: a head of its canonical name ("Phòng Giáo dục" of
    "Phòng Giáo dục và Đào tạo", "Sở Lao động"). Read on by a field ("Phòng Giáo dục Trung học", "Phòng Giáo dục
    phổ thông" of a Sở) it is the start of another body's name."""
    form = matcher().forms.get(fold_key(printed))
    if form is None:
        return False
    key, name = fold_key(printed), fold_key(form.name)
    return len(name) > len(key) and name.startswith(key + " ")


_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]+)")
# a known body's branch, printed as its name, "chi nhánh" and the branch's level or place ("Ngân hàng Chính sách xã
# hội chi nhánh tỉnh Gia Lai", "Tổng công ty Điện lực miền Nam chi nhánh Long An"): a body of its own, the grammar's


def _branch_after(flat: str, end: int) -> bool:
    """Whether a known body's name ending at `end` is followed by "chi nhánh": the name of one of its branches."""
    return BRANCH.match(flat, end) is not None


# a dash and a capital after a head that names a body only with its place ("Ban Dân tộc" of "Ban Dân tộc tỉnh"): its
# field goes on with another term ("Ban Dân tộc - Tôn giáo"), the grammar reading whether the term is a field or
# opens another body; after a whole name the dash opens an apposition ("Sở Nông nghiệp … - Cơ quan Thường trực")
_DASH_JOINED = re.compile(rf"[ \t]*[-–][ \t]*[{UPPER}]")


def _dash_joined_after(flat: str, end: int) -> bool:
    return _DASH_JOINED.match(flat, end) is not None


# someone speaking for a body printed before it (an office's title is `office_title_before`): the name after the
# body is the person's
_SPEAKER_BEFORE = re.compile(r"(?i:đại diện|cán bộ|người phát ngôn)[ \t]+$")


def _title_case(word: str) -> bool:
    return word[:1].isupper() and word[1:].islower()


_LOCAL_LEVELS = frozenset({"province", "district", "commune"})


def _named_after_the_list(body: RawMention, listed_here: list[RawMention], flat: str, folded: str) -> RawMention:
    """A body the grammar read past a list's head that awaited its place, then a proper name of its own ("Ban Quản
    lý khu kinh tế Vân Phong"): the list's name of the head, then the proper name as printed, so that one body
    keeps one spelling of its head across documents."""
    for known in listed_here:
        if known.end < body.end and _own_name_after(known, flat, folded, body.end):
            name = f"{known.name} {squash(flat[known.end : body.end])}"
            return RawMention(body.start, body.end, name, body.rule, body.needs_place, body.place)
    return body


def _own_name_after(known: RawMention, flat: str, folded: str, body_end: int | None = None) -> bool:
    """Whether a list's body that names one body only with its place ("Trường Chính trị", "Báo", "Ban Quản lý Khu
    kinh tế" of a province) is followed by a proper name that is no place any list knows ("Trường Chính trị Lê
    Duẩn", "Ban Quản lý khu kinh tế Vân Phong"): the name is the body's own, read by the grammar up to `body_end`
    (when known), every word of it in title case; a known place still makes the list's body of that place, and
    after an office's title the name is its holder's ("Giám đốc Sở Y tế Nguyễn Văn A")."""
    form = matcher().forms.get(fold_key(flat[known.start : known.end]))
    if not known.needs_place and (form is None or form.level not in _LOCAL_LEVELS):
        return False
    before = max(0, known.start - 24)
    if office_title_before().search(flat, before, known.start) or _SPEAKER_BEFORE.search(flat, before, known.start):
        return False
    if body_end is not None and not all(_title_case(w) for w in _WORDS.findall(flat, known.end, body_end)):
        return False  # "Sở Văn hóa Thể thao | Du lịch cấp tỉnh": the grammar read on into other words
    word = _NEXT_WORD.match(flat, known.end)
    if word is None or not _title_case(word.group(1)) or word.group(1).lower() in _LEVEL_FIRST_SYLLABLES:
        return False  # "Sở Y tế HCM": a place abbreviated, the list's body of that place
    if name_patterns().boundary.match(lower_same_length_uncached(flat[word.start(1) : word.start(1) + 40])):
        return False  # "Sở Tài chính Hướng dẫn …": a duty printed capitalized, no name
    return longest_place(folded, word.start(1), matcher()) is None


def _field_after(flat: str, folded: str, end: int, printed: str) -> bool:
    """Whether the word after the clipped name `printed` (ending at `end`) goes on another field: no level word,
    no place ("Sở Giáo dục tỉnh", "Sở Giáo dục Hà Nam" keep the list's body), not the full name's next word ("Sở
    Giáo dục và Đào tọa" is the list's name, its letters damaged)."""
    word = _NEXT_WORD.match(flat, end)
    if word is None or word.group(1).lower() in _LEVEL_FIRST_SYLLABLES:
        return False
    full = fold_key(matcher().forms[fold_key(printed)].name).split()
    if fold_key(word.group(1)) == full[len(fold_key(printed).split())]:
        return False
    return longest_place(folded, word.start(1), matcher()) is None


_LEVEL_FIRST_SYLLABLES = frozenset(w.split()[0].lower() for w in LEVEL_WORDS)
_WORDS = re.compile(r"[^\W\d_]+")


def _read_on_past_a_repair(flat: str, folded: str, body: RawMention, repaired: RawMention) -> bool:
    """Whether the grammar's body at the head of an OCR repair (`_fuzzy_bodies`: "Cục Quản lý" read as "Cục Quân
    y") goes on past the repaired words with a field of its own, no level word or place, and the repaired words are
    all words of names: they were whole, the start of another body's name ("Cục Quản lý đê điều và Phòng, chống
    thiên tai"), not a known name damaged ("Bộ Ngoại Biao nước …", "Mặt trận Té quốc …")."""
    if body.end <= repaired.end:
        return False
    if not all(word.lower() in name_words() for word in _WORDS.findall(flat, repaired.start, repaired.end)):
        return False
    word = _NEXT_WORD.match(flat, repaired.end)
    if word is None or word.start(1) >= body.end or word.group(1).lower() in _LEVEL_FIRST_SYLLABLES:
        return False
    return longest_place(folded, word.start(1), matcher()) is None


def _committee_of_a_body(
    flat: str, folded: str, body: RawMention, gazetteer_at: dict[int, list[RawMention]], starts: list[int]
) -> RawMention:
    """A committee set up for a task (`purpose_type_word` cues: "Ban Chỉ huy", "Ban Chỉ đạo", "Tổ công tác") whose
    purpose runs into a known body's name is that body's committee, named whole: "Ban Chỉ huy Phòng thủ dân sự Bộ
    Công an", "Ban Chỉ huy ƯPT Công an tỉnh Nghệ An" (the grammar alone cuts the body's name at its lower-case
    word, "… Bộ Công")."""
    head = name_patterns().type_word.match(lower_same_length_uncached(flat[body.start : body.end]))
    if head is None or not name_patterns().purpose_type_word.match(head.group()):
        return body
    i = bisect_right(starts, body.start + head.end())
    if i == len(starts) or starts[i] >= body.end:
        return body
    known = _extend_with_place(flat, folded, max(gazetteer_at[starts[i]], key=lambda r: r.end), matcher())
    cut = squash(flat[known.start : body.end])
    if known.end <= body.end or not body.name.endswith(cut):
        return body
    prefix = body.name[: len(body.name) - len(cut)].rstrip()
    return RawMention(body.start, known.end, f"{prefix} {known.name}", body.rule)


def _unlisted_bodies(flat: str, folded: str, region: tuple[int, int], listed: list[RawMention]) -> list[RawMention]:
    """Bodies the name grammar reads where no gazetteer, class or place mention stands, or that hold such
    mentions whole after their type word: the longer printed name is the body ("Đài Truyền hình Thành phố
    Hồ Chí Minh" is no city's committee, "Ban Chỉ huy Phòng thủ dân sự các huyện" no "Phòng")."""
    covered = bytearray(region[1] - region[0] + 1)
    for r in listed:
        a, b = max(r.start, region[0]) - region[0], max(r.end, region[0]) - region[0]
        covered[a:b] = b"\x01" * (b - a)
    out = []
    inside = None
    gazetteer_at: dict[int, list[RawMention]] = {}
    repaired_at: dict[int, RawMention] = {}
    for r in listed:
        if r.rule == "agency.gazetteer":
            gazetteer_at.setdefault(r.start, []).append(r)
        elif r.rule == "agency.fuzzy":
            repaired_at[r.start] = r

    def dropped(start: int) -> bool:  # a listed mention stands at the head and none is a bare type word
        if not covered[start - region[0]] or start in repaired_at:
            return False
        return not any(
            is_type_word(flat[r.start : r.end])
            or _clipped_alias(flat[r.start : r.end])
            or _branch_after(flat, r.end)
            or (r.needs_place and _dash_joined_after(flat, r.end))
            or _own_name_after(r, flat, folded)
            for r in gazetteer_at.get(start, ())
        )

    gazetteer_starts = sorted(gazetteer_at)
    for body in find_named_bodies(flat, folded, region, dropped):
        body = _committee_of_a_body(flat, folded, body, gazetteer_at, gazetteer_starts)
        body = _abbreviated_known_name(flat, body)
        if covered.find(1, body.start - region[0], body.end - region[0]) == -1:
            out.append(body)
            continue
        if covered[body.start - region[0]]:
            if _generic_head_at(body, gazetteer_at.get(body.start, []), flat, folded):
                # "Ban Chỉ đạo đổi mới chương trình …": the list knows only "Ban Chỉ đạo"
                out.append(_named_after_the_list(body, gazetteer_at[body.start], flat, folded))
            elif (repaired := repaired_at.get(body.start)) and _read_on_past_a_repair(flat, folded, body, repaired):
                out.append(body)  # "Cục Quản lý đê điều …" is no "Cục Quân y" whose letters OCR damaged
            continue  # a listed mention stands at or across the head
        if inside is None:
            inside = sorted((r.start, r.end) for r in listed)
            starts = [a for a, _ in inside]
        # the head is free, so what overlaps the body starts inside it: the body holds them whole or not
        within = inside[bisect_right(starts, body.start) : bisect_left(starts, body.end)]
        if max((b for _, b in within), default=0) <= body.end:
            out.append(body)
        elif (unit := _unit_of_a_listed_body(flat, body, within, listed)) is not None:
            out.append(unit)
    return out


def _abbreviated_known_name(flat: str, body: RawMention) -> RawMention:
    """A body the grammar read whose printed name abbreviates words of a name the gazetteer holds ("Cục Nhà giáo
    và CBQLGD"): the gazetteer's spelling, which the printed form's own letters could not match."""
    if body.rule != "agency.grammar" or not any(map(_is_abbreviation, flat[body.start : body.end].split())):
        return body
    form = matcher().forms.get(fold_key(body.name))
    if form is None or form.needs_place or form.name == body.name:
        return body
    return RawMention(body.start, body.end, form.name, body.rule, body.needs_place, body.place)


_UNIT_LINKS = ("trực thuộc", "thuộc", "của")  # printed between a unit and the body it belongs to, if anything


def _unit_of_a_listed_body(
    flat: str, body: RawMention, within: list[tuple[int, int]], listed: list[RawMention]
) -> RawMention | None:
    """A unit the grammar read into the name of the body it belongs to, which a list knows ("Phòng Kế hoạch - Tài
    chính | Sở Thông tin và Truyền thông", "Trung tâm Tin học thuộc | Sở Y tế"): the grammar cut the body's name at its
    first word in small letters; the unit is one body named with its own words, the link and the body's whole
    name. Only when that body is the one mention across the grammar's end, and the unit has words of its own."""
    start, end = within[-1]
    if end <= body.end or any(b > start for _, b in within[:-1]):
        return None
    known = next((r for r in listed if (r.start, r.end) == (start, end)), None)
    before = flat[body.start : start]
    if known is None or before.rstrip() == before or not before.strip() or office_title().match(flat, body.start):
        return None  # the body's name follows the unit's words after a space; "Bộ Trưởng Bộ Nội vụ" is an office
    cut = squash(flat[start : body.end])  # the body's first words, which the grammar read into the unit's name
    own = body.name[: -len(cut)].rstrip() if body.name.endswith(cut) else squash(before)
    link = next((word for word in _UNIT_LINKS if own.endswith(" " + word)), "")
    unit_words = own.removesuffix(" " + link) if link else own
    if " " not in unit_words or unit_words.lower() in _units_of_bodies():
        return None  # a type word alone names no unit; "Ban Biên tập", "Đảng ủy": governing.py names them
    return RawMention(body.start, end, f"{own} {known.name}", body.rule)


@lru_cache(maxsize=1)
def _units_of_bodies() -> frozenset[str]:
    """The `unit_of_body` cues lower-cased: a unit printed bare before its body, which governing.py joins to it."""
    return frozenset(
        c.phrase.lower() for c in load_cues("agency_names.tsv", NAME_CUE_KINDS) if c.kind == "unit_of_body"
    )


# a name and its place never run across a paragraph break ("Sở Tài chính\n\nChủ trì …" names no place "Chũ");
# the soft breaks of wrapped lines are spaces in the flat text
_ONE_LINE_BREAK = r"(?:[^\S\n]++\n?+|\n)[^\S\n]*+"  # spaces with at most one line break in them
# a level word after a body is its level before a place ("Sở Y tế tỉnh Long An"), and also at the end of the
# name ("Sở Y tế tỉnh chủ trì", "… Ban Quản lý Khu kinh tế tỉnh."), unless it opens a term ("xã hội", "tỉnh lộ")
_LEVEL_AFTER = re.compile(
    _ONE_LINE_BREAK
    + "("
    + _LEVEL_WORD
    + r")(?="
    + _ONE_LINE_BREAK
    + r"(?-i:[A-Z0-9])|[ \t]*+(?:[.,;:)]|$)|[ \t]+(?!hoi(?!\w)|lo(?!\w))(?-i:[a-z]))",
    re.IGNORECASE,
)
_SPACE = re.compile(_ONE_LINE_BREAK)
_ENDS_ON_TP = re.compile(r"(?<![\w.])TP$")
_PLACE_AFTER_LEVEL = re.compile(_ONE_LINE_BREAK + r"(?-i:[A-Z0-9])")
# a commune's own name, printed after its level word: capitalized words and numbers, maybe joined by " - "
# ("xã Bảo Lâm 1", "Phường 3 Bảo Lộc", "phường Cam Ly - Đà Lạt"); the communes of 2025 are in no list
_COMMUNE_LEVELS = frozenset({"xã", "phường", "thị trấn"})
_PROPER_NAME = re.compile(r"(?:[^\W\d_]\w*|\d+)(?:(?:[ \t]+|[ \t]*-[ \t]*)(?:[^\W\d_]\w*|\d+)){0,4}")


_WARD_NUMBER = re.compile(r"[1-9]\d?")  # the numbered wards of cities ("Phường 1", "phường 12")


def _printed_commune_name(flat: str, start: int, numbered: bool = False) -> int:
    """The end of the commune name printed at `start` (capitalized words or numbers), or `start` if none; a
    number alone names a ward only (`numbered`: "Phường 3"), no commune ("xã 2 lần")."""
    run = _PROPER_NAME.match(flat, start, start + 60)
    if not run:
        return start
    end = start
    words = list(re.finditer(r"\w+", run.group()))
    for at, word in enumerate(words):
        text = word.group()
        if not (text[0].isupper() or text.isdigit()):
            break
        if name_patterns().type_word.match(text.lower()) and not _ends_the_name(words, at):
            break
        end = start + word.end()
    has_letters = any(c.isalpha() for c in flat[start:end])
    return end if has_letters or (numbered and _WARD_NUMBER.fullmatch(flat, start, end)) else start


def _ends_the_name(words: list[re.Match[str]], at: int) -> bool:
    """A type word's syllable that ends a commune's name is the place's ("xã Vĩnh Trường có", "xã Phú Hội,"): a
    body's name goes on after its type word ("xã Tân Hòa Trường Tiểu học …"). One that opens it is the place's when
    the word after it opens no body the gazetteer or a school's level knows ("phường Trường An", not "xã Hội Nông
    dân", "Trường Tiểu học", "Trường THCS")."""
    after = words[at + 1].group() if at + 1 < len(words) else ""
    if at > 0:
        return not (after[:1].isupper() or after.isdigit())
    if not after[:1].isupper() or after.isupper():
        return False  # nothing capitalized after it, or an abbreviation ("Trường THCS")
    pair = fold_key(f"{words[at].group()} {after}")
    rest = " ".join(w.group() for w in words[at + 1 :]).lower()
    return pair not in _two_word_openings() and not name_patterns().levels_of_schools.match(rest)


@lru_cache(maxsize=1)
def _two_word_openings() -> frozenset[str]:
    """The first two words of every form the gazetteer knows, folded: "hoi nong", "truong dai"."""
    return frozenset(" ".join(key.split()[:2]) for key in matcher().forms if len(key.split()) >= 2)


def printed_commune_name_end(flat: str, start: int) -> int:
    """The end of a commune's own name printed at `start` ("Vĩnh Trường", "Phường 3" less the level), or `start`."""
    return _printed_commune_name(flat, start, numbered=True)


_CLASS_LOOKAHEAD = 80  # the longest level list read after a body: "các tỉnh, thành phố trực thuộc Trung ương"


def _class_of_every_unit(flat: str, mention: RawMention) -> RawMention | None:
    """A body followed by a level that names every unit of it is the class of them all: "Hội đồng nhân dân các
    tỉnh, thành phố" -> `Hội đồng nhân dân cấp tỉnh`, "Trạm Y tế phường/xã" -> `Trạm Y tế cấp xã`, "UBND các
    cấp" -> `Ủy ban nhân dân các cấp`. A name that holds a printed level gives it up for the class's."""
    if not class_may_follow(flat, mention.end):
        return None
    limit = min(len(flat), mention.end + _CLASS_LOOKAHEAD)
    window = wrapped_lines_joined(flat[mention.start : limit])  # "Công an cấp\nhuyện" goes on
    line_end = window.find("\n", mention.end - mention.start)
    if line_end >= 0:
        window = window[:line_end]
    lower = lower_same_length_uncached(window)
    every = class_after_name(window, lower, 0, mention.end - mention.start, len(lower))
    if every is None:
        return None
    printed_head = _printed_head(flat[mention.start : mention.start + every[0]], matcher().forms)
    base = printed_head or _TRAILING_LEVEL.sub("", mention.name)
    return RawMention(mention.start, mention.start + every[1], base + every[2], mention.rule)


_LOCAL_LEVEL_WORDS = ("huyện", "xã")


def _printed_head(printed: str, forms: dict[str, Form]) -> str | None:
    """The head as printed when a lower level's body of that head is known and another level's reads it with another
    type word ("Ban Chỉ huy Quân sự" of a district or commune, not the province's "Bộ Chỉ huy Quân sự"): the class
    keeps the printed type word ("Ban chỉ huy quân sự các huyện" -> `Ban Chỉ huy Quân sự cấp huyện`)."""
    head = squash(expand_abbreviations(printed))
    for word in _LOCAL_LEVEL_WORDS:
        form = forms.get(fold_key(f"{head} {word}"))
        if form is not None and not form.needs_place and form.name.endswith(" " + word):
            return form.name[: -len(word) - 1]
    return None


# a central committee whose short name is every level's ("Mặt trận Tổ quốc Việt Nam", "MTTQ Việt Nam"): with a
# level word printed after it, it is the committee of that level ("MTTQ Việt Nam xã" -> `Ủy ban Mặt trận Tổ quốc
# Việt Nam xã`), not the central one at a level
_CENTRAL_COMMITTEE = "Ủy ban Trung ương "
# the Front printed bare is itself (agencies.csv); with a level word after it, that level's committee
_THE_FRONT = "Mặt trận Tổ quốc Việt Nam"
_AT_A_LEVEL = re.compile(r" (?:" + "|".join(LEVEL_WORDS) + r"|các cấp)(?: |$)")


def _extend_with_place(flat: str, folded: str, mention: RawMention, m: Matcher) -> RawMention:
    """Append a printed level word and place ("Sở Y tế tỉnh Long An", "Báo Long An") to a body; a central
    committee named by the short name of every level's takes the level printed (_CENTRAL_COMMITTEE)."""
    extended = _extend_with_printed_place(flat, folded, mention, m)
    name = extended.name
    if name == mention.name or not _AT_A_LEVEL.match(name, len(mention.name)):
        return extended
    if name.startswith(_CENTRAL_COMMITTEE):
        name = "Ủy ban " + name[len(_CENTRAL_COMMITTEE) :]
    elif name.startswith(_THE_FRONT):  # "Mặt trận Tổ quốc Việt Nam huyện": that level's committee
        name = "Ủy ban " + name
    else:
        return extended
    return RawMention(extended.start, extended.end, name, extended.rule, extended.needs_place, extended.place)


@lru_cache(maxsize=1)
def _glued_cities() -> tuple[re.Pattern[str], dict[str, str]]:
    """The abbreviations (abbreviations.csv) that print a centrally-run city's level and name as one word ("TPHCM" =
    "Thành phố Hồ Chí Minh"), after a body's name and a space, and each one's city."""
    cities = {abbr: known[0] for abbr, known in _abbreviated_cities(matcher().places) if abbr.isalnum()}
    alternatives = "|".join(sorted(map(re.escape, cities), key=len, reverse=True)) or "(?!)"
    return re.compile(rf"[ \t]++(?P<abbr>{alternatives})(?!\w)"), cities


def _extend_with_printed_place(flat: str, folded: str, mention: RawMention, m: Matcher) -> RawMention:
    """Append a printed level word and place ("Sở Y tế tỉnh Long An", "Báo Long An") to a body."""
    if mention.rule not in ("agency.gazetteer", "agency.steering_committee") or mention.place:
        return mention
    every = _class_of_every_unit(flat, mention)
    if every is not None:
        return every
    village = village_after(flat, mention.end) if not _trailing_level(mention.name) else None
    if village is not None:  # "Hội Liên hiệp Phụ nữ thôn 2": the body of a unit below the commune
        return RawMention(mention.start, village, f"{mention.name} {squash(flat[mention.end : village])}", mention.rule)
    mention = _printed_level_only(mention, folded)
    glued, cities = _glued_cities()
    if not _trailing_level(mention.name) and (city := glued.match(flat, mention.end)):
        # "UBND TPHCM", "Sở Y tế TPHCM": a centrally-run city's level and name abbreviated as one word
        name = cities[city.group("abbr")]
        return RawMention(mention.start, city.end(), f"{mention.name} thành phố {name}", mention.rule, place=name)
    rest = folded[mention.end : mention.end + 60]
    level = _LEVEL_AFTER.match(rest)
    if level and not _PLACE_AFTER_LEVEL.match(rest, level.end()):
        printed = lower_same_length_uncached(flat[mention.end + level.start(1) : mention.end + level.end(1)])
        if printed not in LEVEL_WORDS and printed not in ("tp", "tp."):
            level = None  # with no place after it the level is read as printed: "tình hình" is no "tỉnh"
    # the name's own level is its last word: "xã" of "Ngân hàng Chính sách xã hội" is its field's
    has_level = bool(_trailing_level(mention.name)) or bool(_NAME_PARTY.search(mention.name))
    offset = mention.end
    level_word = None
    if level and not has_level:
        level_word = LEVELS.get(fold_key(level.group(1)), fold_key(level.group(1)))
        offset += level.end()
    # "UBND TP. Hải Phòng": the abbreviated city level that ends the name keeps its period before the city's name
    period = int(folded[offset : offset + 1] == "." and bool(_ENDS_ON_TP.match(flat, max(0, offset - 2), offset)))
    space = _SPACE.match(folded[offset + period : offset + period + 5])
    glued = bool(period) and not space and flat[offset + 1 : offset + 2].isupper()  # "UBND TP.HCM"
    if not space and not glued:
        if level_word:
            return RawMention(mention.start, offset, f"{mention.name} {level_word}", mention.rule)
        return mention
    after = offset + period + (space.end() if space else 0)
    place = longest_place(folded, after, m) if flat[after : after + 1].isupper() else None  # a place is capitalized
    if place and capitalized_duty_at(flat, after, len(flat)):
        place = None  # "Phòng Văn hóa và Thông tin Chủ trì, …": a duty printed capitalized, no place "Chũ"
    elif place and _other_syllable(flat[after : place[2]], place[0]):
        place = None  # "Đội Kiểm soát Hải quan / Chủ động tham mưu …": the word "Chủ", printed so, is no place "Chũ"
    trailing = _trailing_level(mention.name)
    level_here = level_word or (trailing.group(1) if trailing else None)
    if level_here in _COMMUNE_LEVELS:
        end = _printed_commune_name(flat, after, numbered=level_here == "phường")
        if end > (place[2] if place else after):
            name = squash(flat[after:end])
            parts = [mention.name, level_word, name] if level_word else [mention.name, name]
            return RawMention(mention.start, end, " ".join(p for p in parts if p), mention.rule, place=name)
    if place is None:
        if level_word:
            return RawMention(mention.start, offset, f"{mention.name} {level_word}", mention.rule)
        return mention
    name, _kind, end = place
    parts = [mention.name, level_word, name] if level_word else [mention.name, name]
    return RawMention(mention.start, end, " ".join(p for p in parts if p), mention.rule, place=name)


def resolve_bare_places(flat: str, start: int, end: int, level: str) -> list[RawMention]:
    """Bare district names continuing a place list ("huyện Cần Giuộc, Cần Đức và …"), fuzzy for typos."""
    m = matcher()
    out = []
    for word_run in re.finditer(r"[^\W\d_][\w]*(?:\s+[^\W\d_][\w]*){0,3}", flat[start:end]):
        text = word_run.group()
        if not text[0].isupper():
            continue
        best = process.extractOne(fold_key(text), m.district_keys, scorer=fuzz.ratio, score_cutoff=85)
        if best:
            name = m.district_names[best[2]]
            s = start + word_run.start()
            out.append(RawMention(s, s + len(text), f"Ủy ban nhân dân {level} {name}", "agency.place_list", place=name))
    return out


def own_level_reading(flat: str, folded: str, start: int, end: int) -> str | None:
    """The reading of the class of a level's own departments printed at exactly `flat[start:end]`
    (own_level.printed_class), or None when no such class is printed there."""
    pattern = _own_level_pattern(id(matcher()))
    if pattern is None:
        return None
    match = pattern.match(folded, start, end)
    if match is None or match.end() != end:
        return None
    return printed_class(
        flat[match.start("heads") : match.end("heads")],
        match.group("level"),
        flat[match.start("level") : match.end("level")] if match.group("level") else None,
    )


@lru_cache(maxsize=4)
def _own_level_pattern(matcher_id: int) -> re.Pattern[str] | None:  # matcher_id: a matcher built again is another key
    """The first class pattern named "@own_level", looked up once rather than at each class mention."""
    return next((pattern for pattern, name in matcher().classes if name == OWN_LEVEL), None)
