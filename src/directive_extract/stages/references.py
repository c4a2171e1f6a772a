"""References: every cited document, once, with its type, number and date.

Numbers as Decree 30 and the Party print them: "15/CT-TTg", "138/2016/NĐ-CP", "2194/QĐ-BCĐDDQG",
Party "09-CT/TU", "1789-CV/VPTW". The type comes from the word before the number ("Chỉ thị số …"),
else from the code in the number ("…/TB-VPUBND" is a Thông báo). Laws are cited by name with a date
("Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015"). The notice's own number is not a
reference.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..document import Document
from ..findings import Citation, Finding
from ..patterns import finditer_at, finditer_from, lower_start, lowered, word_start
from ..resources import abbreviations
from ..vn import DATE, LOWER, UPPER, date_from_match, fold_keep_case
from ..vocab import DOC_TYPE_BY_CODE, DOC_TYPES
from .flat_starts import flat_starts, register

# codes compared in capitals: "CTr", "TTr", "QyĐ" are printed with a small letter, OCR may capitalise it
_TYPE_BY_CODE = {code.upper(): name for code, name in DOC_TYPE_BY_CODE.items()}
_TYPE_WORDS = sorted((t for t in DOC_TYPES if t not in ("công văn", "lệnh")), key=len, reverse=True)
_TYPE_BRANCHES = [*(re.escape(t) for t in _TYPE_WORDS), r"công\s+văn", r"văn\s+bản", r"công\s+điện"]
_TYPE = r"(?P<type>" + "|".join(_TYPE_BRANCHES) + ")"
# a symbol part: "TTg", "BCĐDDQG", "QH14", "GD&ĐT"; a hyphen may end a wrapped line ("BGDĐT- GDTX")
# a dash with a space before it, or an en dash, joins only a part in capitals, perhaps with one small letter last
# ("QĐ -UBND", "UBND – VP", "CT -TTg"), not a sentence's dash ("…/KH-UBND – Sở Y tế …"); case-sensitive inside
# the case-insensitive REFERENCE
_SPACED_JOIN = r"(?: -|\s?–)\s?(?-i:(?=[A-ZĐ][A-ZĐ&0-9]*[a-zđ]?(?!\w)))"
# a scanned page's border may be read as a mark beside a dash that ends a line ("2601/VPCP- |⏎KGVX")
_CODE = r"[A-ZĐ][A-Za-zĐđ&0-9]*(?:(?:-[ \t]?[|_]?\s?|\.|" + _SPACED_JOIN + r")[A-ZĐ][A-Za-zĐđ&0-9]*)*"
NUMBER = (
    r"(?P<number>\d{1,5}[a-z]?(?:/\d{4})? ?/" + _CODE + r"(?:/" + _CODE + r")?"  # 15/CT-TTg, 138/2016/NĐ-CP
    # 09-CT/TU, also wrapped as "366- KL/TU" or spaced as "452 -TB/ĐU", "08 –HD/BTCTU"
    r"|\d{1,5}(?:-\s?| ?[-–] ?)[A-ZĐ][A-Za-zĐđ]*/[A-ZĐ][A-Za-zĐđ0-9-]*)"
)
REFERENCE = re.compile(
    rf"(?<!\w){_TYPE}(?:\s++(?:số|sô|so))?\s*+:?\s*+{NUMBER}(?P<tail>(?:\s*+,)?\s++(?:ngày\s++)?(?P<date>{DATE}))?",
    re.IGNORECASE,
)
BARE_NUMBER = re.compile(rf"(?<![\w/-])(?:số\s+)?{NUMBER}(?P<tail>\s+ngày\s+(?P<date>{DATE}))?")
_LAW_TYPES = ["Luật", "Bộ luật", "Bộ Luật", "Pháp lệnh", "Hiến pháp"]
LAW = re.compile(
    rf"(?<!\w)(?P<type>{'|'.join(_LAW_TYPES)})(?P<name>(?:\s+[^\s,;.()]+){{1,12}}?)\s+(?:số\s+{NUMBER}\s+)?"
    rf"(?:(?P<date>{DATE})|năm\s+(?P<year>\d{{4}}))"
)
# where each can begin (patterns.finditer_at): a type word, a number or "số", a law's type word; the first two
# with what must follow (a number's first digits, then "/", "-", " -" or "–"), so that the words and numbers no citation
# follows are passed over in the scan, not tried one by one
_AFTER_SERIAL = r"(?:[/-]| ?[-–/])"  # "401 /SGDĐT-GDMN": a space may come before the slash
_NUMBER_AHEAD = rf"\d{{1,5}}[a-z]?{_AFTER_SERIAL}"
# searched in the text lowered (patterns.lower_start); the spaces possessive as in REFERENCE: linear
REFERENCE_START = lower_start(_TYPE_BRANCHES, rest=rf"(?=(?:\s++(?:số|sô|so))?\s*+:?\s*+{_NUMBER_AHEAD})")
register("reference", REFERENCE_START)
_BARE_NUMBER_START = re.compile(
    rf"[s\d](?<![\w/-].)(?:(?<=s)(?=ố\s+{_NUMBER_AHEAD})|(?<=\d)(?=\d{{0,4}}[a-z]?{_AFTER_SERIAL}))"
)
_LAW_START = re.compile(word_start(_LAW_TYPES))
# an appendix's label, in brackets and opening with a capital (in `Document.flat` its line may be joined to the
# title before it), names the document the appendix goes with ("(Kèm theo Công
# văn số 1849/BGDĐT-GDPT …)", "*(Ban hành kèm theo Quyết định số 152/QĐ-TTg …)"): the notice itself when it may be
# (`_may_be_own`), else one whose appendix the notice passes on
_APPENDIX_LABEL = re.compile(r"(?:^|[\s*])\((?:Ban\s+hành\s+kèm|Kèm)\s+theo\s+$")
# a công văn's number has no type code: serial, issuer, unit (Decree 30/2020/NĐ-CP, "423/TTg-CĐS")
_LETTER_NUMBER = re.compile(r"\d+/[A-ZĐ][A-Za-zĐđ&]*-[A-ZĐ][A-Za-zĐđ&.]*")
# a law named with neither number nor date ("Luật Du lịch", "Bộ luật Hình sự", "Hiến pháp nước Cộng hòa …"): the
# name opens with a capital ("Luật sư", "Luật gia" are persons) and runs to punctuation, a digit or a function word
_NAME_END_WORDS = (
    "hiện hành|và|của|đã|được|để|tại|trong|thì|là|có|hoặc|với|đối|cho|nhằm|số|ngày|năm|này|về|khi|từ|như|đến|tới|vào"
)
_NAME_END = "(?:" + _NAME_END_WORDS.replace(" ", r"\s+") + r")(?!\w)"
_ONE_BREAK = r"(?:[ \t]+|[ \t]*\n[ \t]*)"  # a name may wrap, but not across a blank line
_NAME_WORD = r"[^\s\d,;.:()“”\"]+"
NAMED_LAW = re.compile(
    rf"(?<!\w)(?P<type>{'|'.join(_LAW_TYPES)})\s+(?!(?:sư|Sư|gia|Gia)(?!\w))(?P<name>(?:[{UPPER}]|(?<=pháp\s)nước\s)[^\s,;.:()“”\"]*"
    rf"(?:(?:,(?=\s+[{LOWER}]))?{_ONE_BREAK}(?!{_NAME_END}){_NAME_WORD}){{0,9}})(?:\s+(?:năm\s+)?\d{{4}}(?!\d))?"
)
# what makes a law's name not a citation of its own: a draft ("dự án Luật …"), or a name inside another document's
# title or an article of it ("… một số điều của Luật …", "hướng dẫn thi hành Luật …", "Điều 61 Luật …")
# a bill's working name: "Luật Thủ đô (sửa đổi)"
_DRAFT_AFTER = re.compile(r"\s*\(sửa\s+đổi")
_DRAFT_BEFORE = re.compile(r"(?:dự\s+án|dự\s+thảo|xây\s+dựng)\s*$", re.IGNORECASE)
_NOT_CITED_BEFORE = re.compile(
    r"(?:dự\s+án|dự\s+thảo|xây\s+dựng|điều\s+của|thi\s+hành|điều\s+\d+(?:\s+của)?)\s*$", re.IGNORECASE
)
# a Party resolution named by the congress or plenum that passed it, without a number ("Nghị quyết Đại hội Đảng bộ
# tỉnh lần thứ XI", "Nghị quyết Trung ương 4 khóa XII", "Nghị quyết Hội nghị Trung ương 8")
PARTY_RESOLUTION = re.compile(
    rf"Nghị quyết\s+(?:Đại\s+hội|Hội\s+nghị|Trung\s+ương)(?:{_ONE_BREAK}(?!{_NAME_END})[^\s,;.:()“”\"]+){{0,12}}"
)
_PARTY_RESOLUTION_START = re.compile(word_start(["Nghị quyết"]))
# news cites a document by its serial alone, perhaps with its year: "Quyết định 1813", "Nghị định số 111/2022",
# "Điện số 140"; a bare year is no serial ("Nghị quyết 2021"), nor a serial going on into a symbol, a list item or
# a symbol OCR broke apart ("Quyết định số 38 7LQĐ-BGDĐT")
_SERIAL_TYPES = ["Quyết định", "Nghị định", "Nghị quyết", "Chỉ thị", "Công điện", "Thông tư", "Điện"]
SERIAL_ONLY = re.compile(
    rf"(?P<type>{'|'.join(_SERIAL_TYPES)})[^\S\n]++(?:số[^\S\n]++)?(?!(?:19|20)\d\d(?![\d/]))"
    r"(?P<number>\d{1,5}(?:/(?:19|20)\d\d)?)(?![\w/.–-]|\s*+[/⁄–-]|[^\S\n]++[^\s,;]*[/⁄-])"
)
_SERIAL_START = re.compile(word_start(_SERIAL_TYPES))
_SHORT_NAME_BEFORE = re.compile(r"gọi\s+(?:tắt\s+)?là\s*$")
# a law cited by its name and number, the date optional ("Luật Nhà ở số 27/2023/QH15", "Luật An toàn, vệ sinh
# lao động số 84/2015/QH13"): a comma belongs to the name when a word in lower case follows it; no word of the
# name holds a digit, so the number is the first one after the name
_LAW_NAME_WORD = rf"[^\s\d,;.()]+(?:,(?=\s+[{LOWER}]))?"
NUMBERED_LAW = re.compile(
    rf"(?<!\w)(?P<type>{'|'.join(_LAW_TYPES)})(?:\s+{_LAW_NAME_WORD}){{1,20}}?\s+số\s+{NUMBER}"
    rf"(?P<tail>(?:\s*+,)?\s++(?:ngày\s++)?(?P<date>{DATE}))?"
)


def _type_name(word: str | None, number: str | None) -> str | None:
    if word:
        key = " ".join(word.lower().split())
        if key in DOC_TYPES:
            return DOC_TYPES[key]
    if number:
        code = re.search(r"(?:^\d+[a-z]?(?:/\d{4})?/|^\d+-\s?)([A-ZĐ][A-Za-zĐđ]*)", number)
        if code:
            return _TYPE_BY_CODE.get(code.group(1).upper())
        return "Công văn" if word and "văn" in word.lower() else None
    return None


def _symbol(printed: str) -> str:
    """A number as printed, its spaces removed, an en dash read as the hyphen it stands for and the parts of its
    code that OCR damaged in a way that leaves one reading (`_repaired_part`) repaired."""
    number = re.sub(r"[\s|_]+", "", printed).replace("–", "-")
    pieces = re.split(r"([/-])", number)
    first_code = next((i for i, p in enumerate(pieces) if p[:1].isalpha()), -1)
    return "".join(_repaired_part(p, i == first_code) if p[:1].isalpha() else p for i, p in enumerate(pieces))


@lru_cache(maxsize=1)
def _known_codes() -> frozenset[str]:
    """The symbol parts abbreviations.csv holds and the type codes."""
    canonical: dict[str, str] = {}  # a type's own code, not the unaccented forms read too ("QD", "ND")
    for code, name in DOC_TYPE_BY_CODE.items():
        canonical.setdefault(name, code)
    return frozenset({row["abbr"] for row in abbreviations()} | set(canonical.values()))


def _known(part: str) -> bool:
    return part.rstrip("0123456789") in _known_codes()  # "QH15", "UBTVQH15": the legislature's term


def _repaired_part(part: str, type_code: bool) -> str:
    """A code part OCR damaged, read back when one reading is a known code and the printed form is not: "ĐĐ" for
    one "Đ" (an eth "Ð" is "Đ" already, stages.normalize), "D" for "Đ" (in a type code, "QD", or a code of four
    letters or more, "LDTBXH"; "GD" is not "GĐ"), "I" or "l" for "1" in a legislature's term ("UBTVQHI5"), a
    capital too many in a code that ends in a small letter ("TTEg")."""
    part = re.sub(r"(?<=QH)[Il](?=\d)", "1", part)
    if _known(part):
        return part
    readings = [part.replace("ĐĐ", "Đ")]
    if part[-1:].islower():  # a mixed-case code with a capital too many: "TTEg" for "TTg"
        readings += [part[:i] + part[i + 1 :] for i in range(1, len(part) - 1) if part[i].isupper()]
    if type_code or len(part) >= 4:
        readings.append(part.replace("D", "Đ"))
    return next((reading for reading in readings if _known(reading)), part)


def _law_type(word: str) -> str:
    """ "Luật", "Bộ luật" (printed "Bộ Luật" too), "Pháp lệnh", "Hiến pháp"."""
    return word[:1] + word[1:].lower()


_LIST_JOIN = re.compile(r"\s*(?:,|;|và|,\s*và)\s*")
_LAW_NAMES = {_law_type(t) for t in _LAW_TYPES}


def _law_key(printed: str) -> str:
    """A law by its type and the first two words of its name: "bộ luật|hình sự"."""
    words = re.findall(r"[^\W\d_]+", printed.casefold())
    return "|".join(words[:4]) if words[:2] == ["bộ", "luật"] else "|".join(words[:3])


def _may_be_own(number: str | None, own: str) -> bool:
    """Whether a number may be the notice's own: the notice prints none, or this one has its code ("342/QĐ-TTg"
    for "382/QĐ-TTg", the serial damaged)."""
    if not own:
        return True
    return bool(number) and fold_keep_case(number.partition("/")[2]).casefold() == own.partition("/")[2]


def _citation_key(number: str | None, doc_type: str | None, date: str | None) -> str | None:
    """Number, type and date: a citation is the same document when all three agree."""
    if not number or not date:
        return None
    serial = re.match(r"\d+", number)
    return f"{serial.group() if serial else number}|{doc_type}|{date}"


def _date(match: re.Match[str], year: int | None) -> str | None:
    if not match.group("date"):
        return None
    inner = re.search(DATE, match.group("date"), re.IGNORECASE)
    return date_from_match(inner, year) if inner else None


def recognize_references(doc: Document) -> list[Finding]:
    """Recognizer: reads `doc.flat` after the header, and the notice's own number and date in `doc.header`."""
    header = doc.header
    return find_references(doc.flat, own_number=header.number, base_date=header.date, body_start=header.end)


def find_references(
    text: str, own_number: str | None = None, base_date: str | None = None, body_start: int = 0
) -> list[Finding]:
    """Cited documents in a plain text, the document's own number excepted, each once."""
    own = fold_keep_case((own_number or "").replace(" ", "")).casefold()
    year = int(base_date[:4]) if base_date else None
    found: list[Finding] = []
    seen: set[str] = set()
    taken = bytearray(len(text) + 1)  # offsets already inside a reported citation

    def add(m: re.Match[str], doc_type, number, date, rule) -> None:
        key = (number or f"{doc_type}:{m.group()}").replace(" ", "").casefold()
        # the same citation printed with a typo in its symbol ("874/TB-VUBND" for "874/TB-VPUBND")
        variant = _citation_key(number, doc_type, date)
        if key in seen or variant in seen or fold_keep_case(key) == own or taken.find(1, m.start(), m.end()) >= 0:
            return
        if _APPENDIX_LABEL.search(text, max(0, m.start() - 40), m.start()) and _may_be_own(number, own):
            taken[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
            return
        seen.add(key)
        if variant:
            seen.add(variant)
        taken[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
        found.append(Finding(m.start(), m.end(), "reference", doc_type, Citation(number, date), rule))

    for m in finditer_from(REFERENCE, flat_starts().offsets("reference", lowered(text)), text, body_start):
        number = _symbol(m.group("number"))
        add(m, _type_name(m.group("type"), number), number, _date(m, year), "reference.typed")
    for m in finditer_at(BARE_NUMBER, _BARE_NUMBER_START, text, body_start):
        number = _symbol(m.group("number"))
        doc_type = _type_name(None, number)
        if doc_type is None and _LETTER_NUMBER.fullmatch(number) and m.group().startswith("số") and m.group("date"):
            doc_type = "Công văn"  # "số 423/TTg-CĐS ngày 19/04/2026": a letter's number, issuer and unit, dated
        if doc_type is None:
            continue  # a bare symbol with no type code is too often something else
        add(m, doc_type, number, _date(m, year), "reference.number")
    for m in finditer_at(PARTY_RESOLUTION, _PARTY_RESOLUTION_START, text, body_start):
        add(m, "Nghị quyết", None, None, "reference.party_resolution")
    serials = {re.match(r"\d+", f.value.number).group() for f in found if f.value.number}
    for m in finditer_at(SERIAL_ONLY, _SERIAL_START, text, body_start):
        serial = m.group("number").partition("/")[0]
        if serial in serials or _SHORT_NAME_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            continue  # a short form of a document cited in full, or the short name a text gives it
        doc_type = "Công điện" if m.group("type") == "Điện" else m.group("type")
        add(m, doc_type, m.group("number"), None, "reference.serial")
        serials.add(serial)
    cited_laws: set[str] = set()  # every law cited by number or date, also when that citation repeats another
    for m in finditer_at(NUMBERED_LAW, _LAW_START, text, body_start):
        cited_laws.add(_law_key(m.group()))
        number = _symbol(m.group("number"))
        add(m, _law_type(m.group("type")), number, _date(m, year), "reference.numbered_law")
    for m in finditer_at(LAW, _LAW_START, text, body_start):
        if _DRAFT_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue  # "dự án Luật … năm 2026": the year the draft is due
        cited_laws.add(_law_key(m.group()))
        date = _date(m, year) if m.group("date") else None
        add(m, _law_type(m.group("type")), None, date, "reference.law")
    cited_laws.update(_law_key(text[f.start : f.end]) for f in found if f.label in _LAW_NAMES)
    not_cited_end = -1  # the end of the last law named but not cited: a list continuing it is not cited either
    for m in finditer_at(NAMED_LAW, _LAW_START, text, body_start):
        key = _law_key(m.group())
        in_list = not_cited_end >= 0 and _LIST_JOIN.fullmatch(text, not_cited_end, m.start())
        draft = _DRAFT_AFTER.match(text, m.end())
        if in_list or draft or _NOT_CITED_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            not_cited_end = m.end()
            continue
        if key not in cited_laws:
            cited_laws.add(key)
            add(m, _law_type(m.group("type")), None, None, "reference.named_law")
    found.sort(key=lambda f: f.start)
    return found
