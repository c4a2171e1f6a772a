"""The header block of Decree 30/2020/NĐ-CP and the Party's HD 36.

Issuer (one or two lines at the top; the national motto and "ĐẢNG CỘNG SẢN VIỆT NAM" are not the
issuer), number ("Số: 875 /TB-VPUBND", "Số 09-CT/TU"), place and date line, type line and trích yếu,
"V/v" subject of a công văn, urgency stamp, "Kính gửi" addressees. Fields the document does not
print stay null; the issuer alone has fallbacks in the body (closing formula, title, signature).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..document import Document, Line
from ..item_labels import CHAPTER
from ..names import capitalized_run, squash
from ..patterns import search_before_anchor
from ..vn import fold_keep_case, is_upper_text
from ..vocab import DOC_TYPE_BY_CODE, DOC_TYPES, LEVEL_WORDS
from .agencies.canonical import canonical_upper_name, is_named_school, known_body
from .agencies.grammar import find_named_bodies, name_patterns, names_an_authority
from .agencies.shared_heads import find_shared_head_lists
from .news_page import dateline, has_a_word, page_chrome, valid_date
from .tasks import marker_of

HEADER_SCAN_LINES = 60
_LEVELS = "|".join(LEVEL_WORDS)

# the national motto and the Party's name, matched on folded text and tolerant of OCR noise
_MOTTO = re.compile(
    r"c\w{1,3}g\s*h\w{1,2}a\s+x\w{1,2}\s+\w{0,2}o\w?i\s+ch\w{1,2}\s+ngh\w{1,2}a\s+v\w{1,3}t\s+nam"
    r"|d\w{1,2}c\s+l\w{1,2}p\s*[-–—]\s*t\w{1,2}\s+d\w\s*[-–—]\s*h\w{1,2}nh\s+ph\w{1,2}c"
    r"|d\w{1,2}ng\s+c\w{1,2}ng\s+s\w{1,2}n\s+vi\w{1,2}t\s+nam"
    r"|(?:C\w{1,3}G\s*H\w{1,2}A\s+X\w{1,2}\s|D\w{1,2}c\s+l\w{1,2}p\s*[-–—]).*$",
    re.IGNORECASE,
)
_NUMBER_LIKE = re.compile(r"^\W*S[ốôo6]\s*[:.]|/\s*[A-ZĐ]{2,}|^\W*$")
# a date line whose date is damaged or left blank: "Bắc Kạn, ngày3Ftháng 6 năm 2024" (OCR glued the day to
# "ngày"), "Phường 4, ngày   tháng 05 năm 2024", "Bắc Kạn,      tháng    năm 2024" (no day word at all)
_PLACE_ONLY = re.compile(
    r"(?P<place>[^\W\d_][^,\n]{0,40}?)\s*,\s*(?:ng[àa]y|th[áa]ng\s[\s\d.…_]*n[ăa]m\s+\d{4})", re.IGNORECASE
)
_PLACE_ONLY_COMMA = re.compile(r",\s*(?:ng[àa]y|th[áa]ng\s[\s\d.…_]*n[ăa]m\s+\d{4})", re.IGNORECASE)
_PLACE_REACH = 41  # a place of date line begins at most this far before the spaces before its comma
# a header printed as a table row, "| ỦY BAN NHÂN DÂN TỈNH X ------- | CỘNG HÒA … |": the cell bars and the rule
# drawn under the issuer as a run of dashes are no part of any field
_TABLE_FURNITURE = re.compile(r"\||[-_=–—]{3,}")
# what is left of a rule or of markdown around an issuer line in an OCR'd or converted text: a token of rule
# marks alone ("—_", "_", "\\-\\-"), a markdown escape or star stuck to a word ("TRUNG ƯƠNG\\", "**BỘ Y TẾ**");
# a lone hyphen between words ("LAO ĐỘNG - THƯƠNG BINH") stays
_STRAY_MARKS = re.compile(r"[\\*]+|(?<!\S)(?![-–—](?!\S))[-_=–—~]+(?!\S)")
_RULE_LINE = re.compile(r"^[\s*_\-–—=~.·]*$")
_NUMBER = re.compile(
    # possessive runs: a token is read once, however long ("Số: " and 32,000 digits was quadratic)
    # "Số" is a word of its own ("Soc-Trang-2024" in a source address is none)
    r"(?<!\w)S[ốôo](?![^\W\d_])\s*+:?\s*+(?P<num>(?:[\dOoIl][\w.]*+\s*+[/-]\s*+)?[\w.&Đđ]*+(?:\s*+[/-]\s*+[\w.&Đđ]++)+"
    r"|…++\s*+/\s*+\S+|\.++\s*+/\s*+\S+|/\s*+\S+)",
)
# the Official Gazette's page head, "CÔNG BÁO/Số 118/Ngày 02-03-2024": the issue of the gazette, not the number
_GAZETTE_HEAD = re.compile(r"^\W*C[ÔO]NG\s+B[ÁA]O\s*/", re.IGNORECASE)
_NUMBER_CODE = re.compile(r"^\d+[A-Za-z]?(?:/\d{4})?[/-](?P<code>[A-ZĐ]+)\b")
# "Hà Nội, ngày 03 tháng 4 năm 2024", also in figures ("Quảng Trị, ngày 3/4/2024", "ngày 03-4-2024")
_DAY_MONTH_YEAR = r"ngày\s*(?P<d>\d{1,2})\s*(?:tháng|[/.-])\s*(?P<m>\d{1,2})\s*(?:năm|[/.-])\s*(?P<y>\d{4})"
_DATE_TAIL = r",\s*" + _DAY_MONTH_YEAR
_DATE_LINE = re.compile(r"(?P<place>[^\W\d_][^,\n]{0,40}?)\s*" + _DATE_TAIL, re.IGNORECASE)
# its comma and what follows, found first (patterns.search_before_anchor): the pattern opens with any letter
_DATE_COMMA = re.compile(_DATE_TAIL, re.IGNORECASE)
_DATE_CUT = re.compile(r",\s*ngày\s*\d{1,2}(?:\s*tháng\s*\d{1,2})?\s*$", re.IGNORECASE)


def _date_line(text: str) -> re.Match[str] | None:
    return search_before_anchor(_DATE_LINE, _DATE_COMMA, text, _PLACE_REACH)


def _place_only(text: str) -> re.Match[str] | None:
    return search_before_anchor(_PLACE_ONLY, _PLACE_ONLY_COMMA, text, _PLACE_REACH)


_URGENCY = re.compile(r"^\W*(H[ỎO]A\s+T[ỐO]C|THƯỢNG\s+KHẨN|KHẨN)\W*$")
# "Kính gửi:" in letters; "THỦ TƯỚNG CHÍNH PHỦ điện:" in a công điện, "Công điện gửi:" where a page reprints one
# (with or without its colon, OCR'd: "Kinh gưi", "Kính gởi"; "Đồng kính gửi:" lists more addressees)
_ADDRESSEE_START = re.compile(
    r"^\s*(?:(?:Đồng\s+)?K[íi]nh\s+g[ửưuởở]i(?!\w)\s*[:.]?|[^\n:]{0,60}?\bđiện(?P<reprint>\s+g[ửưuởở]i)?\s*:)\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
_CC_START = re.compile(r"^\s*Đồng\s+k[íi]nh\s+g[ửưuởở]i(?!\w)", re.IGNORECASE)
_VV = re.compile(r"^\s*V/[vV]\s*:?\s*(?P<rest>.*)$")
_BULLET = re.compile(r"^\s*[-–—+•·*]\s*")
_TYPE_PREFIX = re.compile(
    r"^\s*(?P<type>" + "|".join(t.upper() for t in sorted(DOC_TYPES, key=len, reverse=True)) + r")\s+\S"
)
_TYPE_LINE = re.compile(
    r"^\s*(?P<type>" + "|".join(t.upper() for t in sorted(DOC_TYPES, key=len, reverse=True)) + r")\s*$"
)
# a received stamp's line that OCR ran into the type line beside it: "ĐẾN Số: ..... ~ CHỈ THỊ"
_STAMP_OPENING = re.compile(r"\s*+(?:ĐẾN|Đến)(?!\w)")
_TYPE_AT_END = re.compile(
    r"[\s~|](?P<type>" + "|".join(t.upper() for t in sorted(DOC_TYPES, key=len, reverse=True)) + r")$"
)


def _stamped_type_line(text: str) -> re.Match[str] | None:
    """The type at the end of a received stamp's line ("ĐẾN Số: ..... ~ CHỈ THỊ"), read from the line's end."""
    return _TYPE_AT_END.search(text.rstrip()) if _STAMP_OPENING.match(text) else None


# the type line as OCR prints it, matched on folded text: a mark dropped or changed ("NGHỊ QUYET", "Quyét định"),
# a full stop or a markdown star after it ("CÔNG ĐIỆN.", "**CHỈ THỊ**"); the type word is in capitals or in
# sentence case, and the line holds nothing else
_FOLDED_TYPES = {fold_keep_case(t).lower(): name for t, name in DOC_TYPES.items()}
_TYPE_LINE_FOLDED = re.compile(
    r"^[\s*_]*(?P<type>"
    + "|".join(re.escape(t) for t in sorted(_FOLDED_TYPES, key=len, reverse=True))
    + r")[\s*_.:]*$",
    re.IGNORECASE,
)


@dataclass
class HeaderResult:
    issuer: str | None = None
    number: str | None = None
    doc_type: str | None = None
    place: str | None = None
    date: str | None = None
    urgency: str | None = None
    subject: str | None = None
    addressees: list[str] = field(default_factory=list)
    evidence: dict[str, tuple[int, int]] = field(default_factory=dict)  # internal span of each line used
    end: int = 0  # internal offset where the header block ends


def _is_upper(text: str) -> bool:
    return is_upper_text(text, 0.9)


def _without_motto(text: str) -> str:
    folded = fold_keep_case(text)
    pieces, pos = [], 0
    for match in _MOTTO.finditer(folded):
        pieces.append(text[pos : match.start()])
        pos = match.end()
    pieces.append(text[pos:])
    return " ".join(pieces)


def _folded_type_line(text: str) -> str | None:
    """The type of a line that holds only an OCR-damaged type word ("NGHỊ QUYET", "CÔNG ĐIỆN."), or None."""
    match = _TYPE_LINE_FOLDED.match(fold_keep_case(text))
    if not match:
        return None
    word = text[match.start("type") : match.end("type")]
    if not (word.isupper() or (word[0].isupper() and word[1:].islower())):
        return None  # "KẾ HOẠCH", "Quyét định"; a word in mixed case is no type line
    return _FOLDED_TYPES[match.group("type").lower()]


def _clean_number(raw: str) -> str | None:
    number = re.sub(r"\s+", "", raw).strip(".,;")
    if not re.search(r"\d", number.split("/")[0].split("-")[0]):
        return None  # blank number: "Số: /UBND-VX", "Số …/…"
    return number


# a ward or district named by its number ("Phường 1", "Quận 3"): the number is the name
_NUMBERED_PLACE = re.compile(r"\b(?P<place>(?:Phường|Quận)\s+\d{1,2})\s*$")


def _place(raw: str) -> str | None:
    raw = raw.replace("*", " ").replace("_", " ")  # markdown emphasis around the date line ("*Hà Nội, ngày …*")
    numbered = _NUMBERED_PLACE.search(raw)
    if numbered:
        return numbered.group("place")
    # "TP. Hồ Chí Minh", "Thành phố Hồ Chí Minh": the city word is part of the place (Decree 30/2020, annex I)
    city = re.search(r"\b(?:(?:TP|Tp|tp|T\.P)\s*\.|[Tt]hành\s+phố)\s*(.+)$", raw)
    words = capitalized_run([w for w in (city.group(1) if city else raw).split()], from_end=True)[-5:]
    # stop at a symbol or an abbreviation printed before the place ("CSGD Hà Nội", "25/KH-PGD Hiệp Hòa")
    words = words[
        next(
            (
                i
                for i in range(len(words) - 1, -1, -1)
                if not words[i].isalpha() or (words[i].isupper() and len(words[i]) > 1)
            ),
            -1,
        )
        + 1 :
    ]
    if not words:
        return None
    return ("Thành phố " if city else "") + " ".join(words)


def _header_lines(doc: Document) -> list[Line]:
    return [ln for ln in doc.lines[:HEADER_SCAN_LINES]]


_BODY_OPENING = re.compile(r"^(?:Căn cứ|Thực hiện|Trong|Để|Sau khi|Vào lúc|Ngày\s+\d+|Sáng|Chiều|Thời gian qua)(?!\w)")
_SENTENCE_BREAK = re.compile(r"\.[ \t]+")  # where a sentence ends on a line, before the next one opens
_BODY_OPENS_AT = re.compile(_BODY_OPENING.pattern.removeprefix("^"))  # the same, matched where a sentence opens


# nothing of the header block looks like these: the body has begun
# the body's first mark: an item, an article, a chapter ("Chương I": the title under it is the chapter's, not a
# type line), the "Nơi nhận" list, a bullet
_BODY_MARK = re.compile(
    rf"^(?:\d{{1,2}}\s*[.)]\s+\S|[IVX]{{1,4}}\s*[.-]\s+\S|Điều\s+\d+|{CHAPTER}|Nơi\s+nhận|[-+•]\s+\S)"
)
_LEAD_IN_VERB = re.compile(r"yêu cầu|đề nghị|chỉ đạo|giao|như sau|sau đây", re.IGNORECASE)


def _ends_clause(doc: Document, first_line: int) -> bool:
    """A paragraph of running text ends a sentence or opens a list; a trích yếu does neither."""
    paragraph = next(p for p in doc.paragraphs if p.first_line == first_line)
    return doc.text[paragraph.start : paragraph.end].rstrip().endswith((".", ":", ";", "./."))


def _first_body_line(doc: Document, lines: list[Line]) -> int:
    """Index of the first line of running text: a long paragraph that is not upper case, or a body opening."""
    paragraph_length = {p.first_line: p.end - p.start for p in doc.paragraphs}
    for i, line in enumerate(lines):
        text = line.stripped
        if _ADDRESSEE_START.match(text) or _VV.match(text) or not text:
            continue
        if paragraph_length.get(i, 0) >= 150 and not _is_upper(text) and _ends_clause(doc, i):
            return i
        if _BODY_OPENING.match(text) or _BODY_MARK.match(text):
            return i
        if text.endswith(":") and _LEAD_IN_VERB.search(text):
            return i  # "Ủy ban nhân dân tỉnh yêu cầu …:" introduces the items
    return len(lines)


# a legal database's title under the type line, the issuer, number and date in capitals after it ("CHỈ THỊ" / "CỦA
# BỘ THÔNG TIN VÀ TRUYỀN THÔNG SỐ 07/2008/CT-BTTTT" / "NGÀY 30 THÁNG 12 NĂM 2008" / "VỀ …"), as the Official Gazette
# and the legal-text sites print a document's title
_TITLE_ISSUER = re.compile(r"^CỦA\s++(?=[^\W\d_])")
# not inside a run of spaces or commas (searched, it would rescan the run from each of them)
_TITLE_ISSUER_END = re.compile(r"(?<![\s,])(?:[\s,]++(?=SỐ[:\s]|NGÀY\s)|\s*+$)")
_TITLE_ABOUT = re.compile(r" VỀ(?: |$)")  # the subject opening on the issuer's line
_TITLE_NUMBER_DATE = re.compile(rf"^(?:SỐ[:\s]++(?P<num>\d[\w/.&Đ-]*+))?(?:[\s,]*+(?i:{_DAY_MONTH_YEAR}))?\s*+$")


def _database_title(text: str, line: Line, result: HeaderResult) -> tuple[bool, str | None]:
    """Reads a line of a legal database's title ("CỦA <ISSUER> SỐ <number>", "SỐ <number> NGÀY … THÁNG … NĂM …")
    into `result`'s number and date: (whether the line is the title's, the issuer it names if any)."""
    issuer = _TITLE_ISSUER.match(text)
    name = None
    rest = text
    if issuer is not None:
        end = _TITLE_ISSUER_END.search(text, issuer.end())
        name = squash(text[issuer.end() : end.start()])
        result.evidence.setdefault("issuer", (line.start, line.end))
        about = _TITLE_ABOUT.search(name)
        if about:  # "CỦA VĂN PHÒNG CHÍNH PHỦ VỀ Ý KIẾN KẾT LUẬN …": the issuer, then the subject on its line
            return False, name[: about.start()]
        rest = text[end.end() :]
    found = _TITLE_NUMBER_DATE.match(rest)
    if found is None or (issuer is None and not found.group()):
        return False, name
    if found.group("num") and result.number is None:
        result.number = _clean_number(found.group("num"))
        result.evidence["number"] = (line.start, line.end)
    if found.group("y") and result.date is None:
        result.date = valid_date(int(found.group("y")), int(found.group("m")), int(found.group("d")))
        result.evidence["date"] = (line.start, line.end)
    return True, name


def find_header(doc: Document) -> HeaderResult:
    result = HeaderResult()
    lines = _header_lines(doc)
    body_at = _first_body_line(doc, lines)
    zone = lines[:body_at]
    last_used = -1
    type_at = None
    issuer_lines: list[str] = []
    issuer_done = False  # a number, date or urgency line read after the issuer's lines: its name has ended

    title_end = None  # the last line of a legal database's title under the type line
    for i, line in enumerate(zone):
        text = line.stripped
        if not text or _RULE_LINE.match(text):
            continue
        if type_at is not None and title_end in (None, i - 1, i - 2):
            title_line, title_issuer = _database_title(text, line, result)
            if title_issuer:
                issuer_lines = [title_issuer]
            if title_line:
                title_end = last_used = i
                continue
        without_motto = squash(_STRAY_MARKS.sub(" ", _TABLE_FURNITURE.sub(" ", _without_motto(text))))
        number = (
            _NUMBER.search(without_motto)
            if result.number is None and "number" not in result.evidence and not _GAZETTE_HEAD.match(text)
            else None
        )
        date = _date_line(text)
        if date is None and i + 1 < len(zone) and _DATE_CUT.search(text):
            # a date line a narrow cell broke in two: "Hà Nội, ngày 23" / "tháng 11 năm 2025"
            date = _date_line(text + " " + zone[i + 1].stripped)
        if number:
            result.number = _clean_number(number.group("num"))
            result.evidence["number"] = (line.start, line.end)
            last_used = i
        if date and result.date is None:
            y, m, d = int(date.group("y")), int(date.group("m")), int(date.group("d"))
            result.date = valid_date(y, m, d)
            result.place = _place(date.group("place"))
            result.evidence["date"] = (line.start, line.end)
            last_used = i
        place_only = None if date or result.place is not None else _place_only(text)
        if place_only:
            result.place = _place(place_only.group("place"))  # the date itself is damaged
        if number or date:
            issuer_done = bool(issuer_lines)
            continue
        if _URGENCY.match(text):
            issuer_done = bool(issuer_lines)
            word = squash(_URGENCY.match(text).group(1)).lower()
            result.urgency = {"hỏa tốc": "hỏa tốc", "hoa toc": "hỏa tốc"}.get(word, word)
            result.evidence["urgency"] = (line.start, line.end)
            last_used = i
            continue
        type_match = (
            _TYPE_LINE.match(text)
            or (type_at is None and _TYPE_PREFIX.match(text) if _is_upper(text) else None)
            or (_stamped_type_line(text) if type_at is None else None)
        )
        folded_type = None if type_match or type_at is not None else _folded_type_line(text)
        if (type_match or folded_type) and type_at is None:
            result.doc_type = DOC_TYPES[type_match.group("type").lower()] if type_match else folded_type
            result.evidence["doc_type"] = (line.start, line.end)
            type_at = i
            last_used = i
            continue
        issuer_like = (
            without_motto
            and _is_upper(without_motto)
            and not _NUMBER_LIKE.search(without_motto)
            and has_a_word(without_motto)  # a feed's timestamp ("2025-11-02T14:46:00.000Z") names no issuer
            # the first line names an organ, not a portal's category ("THÔNG TIN CHỈ ĐẠO ĐIỀU HÀNH"); the lines after
            # it may go on with its name ("VĂN PHÒNG CHÍNH" / "PHỦ") or its unit's ("TRƯỜNG THCS" / "HOÀNG LAM")
            and (issuer_lines or names_an_authority(without_motto))
        )
        if (
            type_at is None
            and result.doc_type is None
            and issuer_like
            and not marker_of(text)
            and len(issuer_lines) < 3
            and not issuer_done  # a received stamp's office under the number ("CỔNG THÔNG TIN … / ĐẾN Giờ: …")
        ):
            issuer_lines.append(without_motto)
            result.evidence.setdefault("issuer", (line.start, line.end))
            last_used = max(last_used, i)

    # subject: the block right after the type line
    if type_at is not None:
        after = (title_end if title_end is not None else type_at) + 1
        block = _subject_block(lines, zone[after:] + _title_after_type(doc, lines, type_at, body_at))
        if block:
            subject = squash(" ".join(ln.stripped for ln in block)).rstrip(" .")
            # "CÔNG ĐIỆN / V/v chủ động ứng phó …": the marker is no part of the trích yếu (ANNOTATING, Header)
            vv = _VV.match(subject)
            result.subject = vv.group("rest") if vv and vv.group("rest") else subject
            result.evidence["subject"] = (block[0].start, block[-1].end)
            last_used = max(last_used, lines.index(block[-1]))

    # công văn: "V/v …" and "Kính gửi: …"
    addressee_lines = _addressees(doc, lines, result)
    reprinted = addressee_lines is not None and _ADDRESSEE_START.match(_opening_line(lines, result)).group("reprint")
    if addressee_lines and not reprinted:  # a page reprinting a công điện's list ends no header with it
        last_used = max(last_used, addressee_lines)
    vv = _subject_vv(doc, lines[: max(body_at, last_used + 1)], result)
    if vv is not None:
        last_used = max(last_used, vv)

    if result.doc_type is None:
        result.doc_type = _type_from_number(result.number)
        if result.doc_type is None and ((result.addressees and not reprinted) or "subject_vv" in result.evidence):
            result.doc_type = "Công văn"
    if result.doc_type is None and result.number is None and result.subject is None:
        _own_title(doc, result)
        if result.date is None and result.subject is None:
            _news_dateline(doc, result)

    if result.date is None:
        _front_matter_date(doc, result)

    result.issuer = _issuer_from_lines(issuer_lines)
    if last_used >= 0:
        result.end = lines[last_used].end
    return result


# a static site's front matter opening the text ("---" / "date: 2021-07-31" / … / "---"): its page's date
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?:(?!---)[^\n]*\n){0,40}?---[ \t]*(?:\n|\Z)")
_FRONT_MATTER_DATE = re.compile(r"^date:[ \t]*[\"']?(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})", re.MULTILINE)


def _front_matter_date(doc: Document, result: HeaderResult) -> None:
    """A text exported from a static site prints no date line, but its front matter holds the page's date (Jekyll,
    Hugo): the text's date when no line of the text gives one."""
    block = _FRONT_MATTER.match(doc.text)
    found = _FRONT_MATTER_DATE.search(doc.text, 0, block.end()) if block else None
    if found is None:
        return
    result.date = valid_date(int(found.group("y")), int(found.group("m")), int(found.group("d")))
    if result.date is not None:
        result.evidence["date"] = (found.start(), found.end())


def _subject_block(lines: list[Line], candidates: list[Line]) -> list[Line]:
    """The trích yếu's lines among `candidates` (the lines under the type line), read up to a blank line.

    A title a converted file printed with a blank line after every line goes on past the blank when the next
    line opens in small letters ("Thực hiện công tác bầu cử …" / "" / "và bầu cử đại biểu …").
    """
    block: list[Line] = []
    for line in candidates:
        if line.blank:
            if block:
                break
            continue
        text = line.stripped
        if _URGENCY.match(text) or _RULE_LINE.match(text):
            if block:
                break
            continue
        if _NUMBER.search(text) or _date_line(text) or _ADDRESSEE_START.match(text) or _ISSUED_WITH.match(text):
            break
        block.append(line)
    while block:
        at = lines.index(block[-1]) + 1
        following = next((k for k in range(at, len(lines)) if not lines[k].blank), None)
        if following is None or following == at or not _continues_title(lines[following].stripped):
            break
        block.append(lines[following])
    return block


# the note under the title of an attached text, "(Ban hành kèm theo Quyết định số …)", "(Kèm theo Công văn …)":
# no part of the trích yếu
_ISSUED_WITH = re.compile(r"^\(\s*(?:Ban\s+hành\s+)?[Kk]èm\s+theo\b", re.IGNORECASE)
_CONTINUATION_MAX = 200


def _continues_title(text: str) -> bool:
    return text[0].islower() and len(text) < _CONTINUATION_MAX and not text.endswith((".", ";", ":"))


# a trích yếu that opens with a word a body paragraph also opens with ("KẾ HOẠCH / Thực hiện chương trình …",
# "KẾ HOẠCH / Triển khai …"): the first paragraph right under the type line, short, closing no sentence
_TITLE_MAX = 300


def _title_after_type(doc: Document, lines: list[Line], type_at: int, body_at: int) -> list[Line]:
    """The body's first paragraph when it is the trích yếu printed right under the type line, else nothing."""
    if body_at >= len(lines) or any(not ln.blank for ln in lines[type_at + 1 : body_at]):
        return []
    paragraph = next((p for p in doc.paragraphs if p.first_line == body_at), None)
    if paragraph is None or paragraph.end - paragraph.start > _TITLE_MAX:
        return []
    text = doc.text[paragraph.start : paragraph.end].strip()
    if text.endswith((".", ":", ";")) or text.startswith("Căn cứ") or _BODY_MARK.match(text):
        return []
    return [ln for ln in lines[body_at : paragraph.last_line + 1]]


def _type_from_number(number: str | None) -> str | None:
    if not number:
        return None
    match = _NUMBER_CODE.match(number)
    if match:
        return DOC_TYPE_BY_CODE.get(match.group("code"))
    if re.match(r"^\d+/[A-ZĐ]", number):
        return "Công văn"  # "601/UBND-YT": a symbol with no type code
    return None


def _addressees(doc: Document, lines: list[Line], result: HeaderResult) -> int | None:
    """The "Kính gửi" list (and a following "Đồng kính gửi" list), split into bodies.

    A bullet is one addressee; a line holding several separates them with ";". An item that
    shares its head ("các Bộ: Công an, Ngoại giao") gives one addressee per member, named in full.
    """
    for i, line in enumerate(lines):
        match = _ADDRESSEE_START.match(line.text)
        if not match or _CC_START.match(line.text):
            continue
        items: list[str] = []
        last = i
        j = i
        copies = None  # where the copies' list opens: addressees too, informed, not asked to act by the items
        while True:
            last = _addressee_block(lines, j, items)
            following = next((k for k in range(last + 1, len(lines)) if not lines[k].blank), None)
            if following is None or not _CC_START.match(lines[following].text):
                break
            j = following
            copies = lines[j].start if copies is None else copies
        result.addressees = [name for item in items for name in _bodies_of(item)]
        end = lines[last].end
        if copies is not None:
            result.evidence["cc_addressees"] = (copies, end)
        if last == i and (body := _body_on_the_line(match.group("rest"))) is not None:
            end = line.start + match.start("rest") + body
        result.evidence["addressees"] = (line.start, end)
        return last
    return None


def _opening_line(lines: list[Line], result: HeaderResult) -> str:
    """The line that opens the addressees the header read."""
    start = result.evidence["addressees"][0]
    return next(line.text for line in lines if line.start == start)


def _addressee_block(lines: list[Line], i: int, items: list[str]) -> int:
    """Read one addressee block opening at line `i` into `items`; returns its last line."""
    rest = _ADDRESSEE_START.match(lines[i].text).group("rest")
    body = _body_on_the_line(rest)
    if body is not None:  # the list ends on its own line; the body after it is read as the body
        items.extend(p.strip() for p in re.split(r";", rest[:body]) if p.strip())
        return i
    rest = rest.strip()
    before = len(items)
    if rest:  # "Kính gửi: - Sở Y tế các tỉnh;" then the next bullets: the first one's bullet too
        items.extend(_BULLET.sub("", p.strip()) for p in re.split(r";", rest) if p.strip())
    last = i
    for j in range(i + 1, len(lines)):
        nxt = lines[j].stripped
        if not nxt:
            if len(items) > before and not _bullet_follows(lines, j) and not lines[last].stripped.endswith(";"):
                break  # a blank line ends the list unless another addressee bullet follows it or a ";" left it open
            continue
        if _header_furniture(nxt) and _bullet_follows(lines, j, past_furniture=True):
            continue  # a scan's two columns read one after the other: the motto or the date line inside the list
        nxt = _NOISE_BEFORE_A_BULLET.sub("", nxt)  # "....- Bộ Kế hoạch và Đầu tư;": a rule's dots before it
        if rest and lines[last].stripped.endswith(";") and _more_addressees(nxt):
            items.extend(p for p in nxt.split(";") if p.strip())  # "…; Cục Y tế;" then the next line of bodies
            last = j
            continue
        if not rest and len(items) == before and _lone_addressee(lines, j):
            items.append(nxt)  # "Kính gửi:", a blank line, then one addressee printed without a bullet
            last = j
            break
        if _BULLET.match(nxt):
            items.append(_BULLET.sub("", nxt))
            last = j
        elif len(items) > before and not rest and _wraps_addressee(items[-1], nxt, _bullet_follows(lines, j)):
            items[-1] += " " + nxt  # a wrapped addressee
            last = j
        else:
            break
    return last


# the dots of a dotted rule left before a bullet by a scan ("....- Bộ Tài chính;"), or a speck OCR read as a mark or
# two before it, a letter among them at most ("'O - Sở Y tế;", "~ - Sở Tài chính;", "` - UBND các huyện.")
_NOISE_BEFORE_A_BULLET = re.compile(
    r"^[.…·]++[ \t]*+(?=[-–—+•])|^(?=\S{0,2}[^\w\s])\S{1,3}[ \t]++(?=[-–—+•][ \t]++[^\W\d_])"
)


def _header_furniture(text: str) -> bool:
    """A line of the header's other column: the motto, the place and date, a rule or its marks ("-x—....")."""
    if _MOTTO.search(fold_keep_case(text)) or _date_line(text) or _PLACE_ONLY.search(text):
        return True
    return sum(c.isalnum() for c in text) <= 1


def _body_on_the_line(rest: str) -> int | None:
    """Where the body opens on the "Kính gửi" line itself, after a full stop ("Kính gửi: Hiệu trưởng các đơn vị trực
    thuộc. Thực hiện Kế hoạch …, Phòng … yêu cầu …"): what follows is no addressee. None when it does not."""
    return next((m.start() + 1 for m in _SENTENCE_BREAK.finditer(rest) if _BODY_OPENS_AT.match(rest, m.end())), None)


_WRAP_MAX = 80


def _wraps_addressee(item: str, nxt: str, bullet_next: bool = False) -> bool:
    """Whether the unbulleted line `nxt` carries on the addressee `item` (a name wrapped onto a second line).

    It does not when the item is closed ("…;" or "…." and the line opens with a capital or a digit: the body
    begins at once, no blank line between), when the line opens the body ("Căn cứ …", "Thực hiện …", a
    numbered item "1. …", "Điều 1", "Nơi nhận"), or when it is long, in capitals, or a lead-in ending ":" (unless
    another addressee's bullet follows it: then the colon is a scan's semicolon).
    """
    if _is_upper(nxt) or len(nxt) >= _WRAP_MAX or (nxt.endswith(":") and not bullet_next):
        return False
    if item.rstrip().endswith((";", ".")) and not nxt[0].islower():
        return False
    return not (_BODY_OPENING.match(nxt) or _BODY_MARK.match(nxt) or marker_of(nxt) is not None)


_MORE_MAX = 400  # a line of bodies: a list of a shared head's places runs to a few hundred characters


def _more_addressees(nxt: str) -> bool:
    """Whether a line after a list line left open by its ";" lists more bodies: not the body's opening ("Căn cứ",
    a numbered item, a lead-in ending ":"), not a line in capitals, not a paragraph."""
    if _is_upper(nxt) or len(nxt) >= _MORE_MAX or nxt.endswith(":") or not nxt[0].isupper():
        return False
    return not (_BODY_OPENING.match(nxt) or _BODY_MARK.match(nxt) or marker_of(nxt) is not None)


def _bullet_follows(lines: list[Line], j: int, past_furniture: bool = False) -> bool:
    """Whether the next printed line after line `j` is another addressee bullet; with `past_furniture`, the next one
    after the header's furniture (a scan's motto or date line read between two bullets)."""
    for k in range(j + 1, len(lines)):
        text = lines[k].stripped
        if text and not (past_furniture and _header_furniture(text)):
            return bool(_BULLET.match(_NOISE_BEFORE_A_BULLET.sub("", text)))
    return False


# one addressee on its own line under an empty "Kính gửi:": short, no bullet, closed by a full stop or nothing,
# and followed by a blank line (the body opens after it); a long line or one ending ":" is the body's opening
_LONE_ADDRESSEE_MAX = 80


def _lone_addressee(lines: list[Line], j: int) -> bool:
    text = lines[j].stripped
    if _BULLET.match(text) or len(text) >= _LONE_ADDRESSEE_MAX or text.endswith((":", ",")) or _is_upper(text):
        return False
    if not text[0].isupper() or _BODY_OPENING.match(text):
        return False
    return j + 1 >= len(lines) or lines[j + 1].blank


# the holders a list is sent to, named as a class before the bodies it lists: "Thủ trưởng các đơn vị: Cục A; Cục B"
_CLASS_OF_HOLDERS = re.compile(r"^[^\W\d_][^:;]{0,40}?\bcác\s+[^\W\d_A-ZĐ][^:;A-ZĐ]{0,30}:\s*")


def _without_class_of_holders(item: str) -> str:
    """The item without the class of holders printed before its first body ("Thủ trưởng các đơn vị: Cục A" -> "Cục
    A"); a head the bodies share stays ("Giám đốc các sở: Y tế, Tài chính": no body opens after the colon)."""
    head = _CLASS_OF_HOLDERS.match(item)
    if head is None or not name_patterns().type_word.match(item[head.end() :].lower()):
        return item
    return item[head.end() :]


def _bodies_of(item: str) -> list[str]:
    item = _without_class_of_holders(squash(item)).strip(" .,;:")
    if not item:
        return []
    members, heads = find_shared_head_lists(item, (0, len(item)))
    if not members:
        return [item]
    names = [m.name for m in members]
    # what the list left after its last member, piece by piece: more of the head's fields past a semicolon ("Các Vụ:
    # Kế hoạch - Tài chính; Khoa học và Công nghệ") or a body of its own ("…; Cục Chuyển đổi số và …")
    type_word = _head_type_word(item[heads[0][0] : heads[0][1]]) if heads else ""
    for piece in item[max(m.end for m in members) :].split(";"):
        piece = piece.strip(" .,;:")
        if not piece or not piece[0].isupper():
            continue
        if known_body(piece) or any(
            m.start == 0 for m in find_named_bodies(piece, fold_keep_case(piece), (0, len(piece)))
        ):
            names.extend(_bodies_of(piece))
        elif type_word:
            names.append(known_body(f"{type_word} {piece}") or f"{type_word} {piece}")
    return names


def _head_type_word(head: str) -> str:
    """The type word of a shared head as printed: "Các Vụ:" -> "Vụ"."""
    words = head.strip().rstrip(":").split()
    return " ".join(words[1:] if words and words[0].lower() == "các" else words)


def _subject_vv(doc: Document, lines: list[Line], result: HeaderResult) -> int | None:
    for i, line in enumerate(lines):
        match = _VV.match(line.text)
        if not match:
            continue
        parts = [match.group("rest").strip()]
        last = i
        for j in range(i + 1, min(i + 5, len(lines))):
            nxt = lines[j].stripped
            if not nxt or _ADDRESSEE_START.match(nxt) or _date_line(nxt) or _NUMBER.search(nxt) or _is_upper(nxt):
                break
            parts.append(nxt)
            last = j
        if result.subject is None:
            result.subject = squash(" ".join(parts)).rstrip(" .")  # the full stop some letters close it with
            result.evidence["subject_vv"] = (line.start, lines[last].end)
        return last
    return None


# a text printed under its own title, the document's type and its body run together: "Kết luận của Ban Thường
# vụ Tỉnh ủy về …", "Chỉ thị của Thủ tướng Chính phủ về …", "Ý kiến chỉ đạo của …"; a news headline is no trích
# yếu ("Thủ tướng yêu cầu …", "Bộ Y tế: Hoàn thành …")
_OWN_TITLE = re.compile(
    r"^(?:" + "|".join(sorted(DOC_TYPES.values(), key=len, reverse=True)) + r"|Ý kiến chỉ đạo)\s+của\s+\S"
)


def _own_title(doc: Document, result: HeaderResult) -> None:
    """A text printed as its own title line: the title is the subject."""
    if not doc.paragraphs:
        return
    first = doc.paragraphs[0]
    text = squash(doc.text[first.start : first.end])
    if 10 <= len(text) <= 250 and not text.endswith((".", ":")) and _OWN_TITLE.match(text):
        result.subject = text
        result.evidence["subject"] = (first.start, first.end)


# the dateline a news page prints under its headline, alone on its line (news_page.dateline); the headline is no
# trích yếu (ANNOTATING: news text has no type, no number, no subject), the dateline is the date it was issued
_DATELINE_SCAN = 6  # printed lines from the top: the headline, perhaps a sapo's label, then the dateline


def _news_dateline(doc: Document, result: HeaderResult) -> None:
    """A text printed as news: the date of its dateline line near the top, past the frame of a page saved whole
    (its menus and icons, news_page.page_chrome)."""
    seen = 0
    for line in doc.lines:
        if line.blank:
            continue
        found = dateline(line.stripped)
        if found is not None:
            result.date = found.date
            if result.date is not None:
                result.evidence["date"] = (line.start, line.end)
            return
        if page_chrome(line.stripped):
            continue
        seen += 1
        if seen == _DATELINE_SCAN:
            return


# an organ that exists only inside the body printed above it (Decree 30/2020, annex I: the issuer line under the
# governing body's line): its office, its standing body, a delegation, a sub-committee. It is named with the whole
# body ("VĂN PHÒNG" under "UBND TỈNH ĐẮK LẮK" is "Văn phòng Ủy ban nhân dân tỉnh Đắk Lắk"), a delegation "of" it
# ("Đoàn giám sát của Hội đồng nhân dân tỉnh …"); a body of its own ("SỞ Y TẾ") takes only the place (below)
_ORGAN_OF_BODY = re.compile(
    r"^(?:VAN\s+PHONG(?:\s+THUONG\s+TRUC)?|(?:BAN\s+)?THUONG\s+TRUC|(?P<delegation>DOAN)\s+(?:GIAM\s+SAT|KIEM\s+TRA"
    r"|CONG\s+TAC)|TIEU\s+BAN\s+\S.*)$"
)


_NAME_WRAP_WORDS = 5  # words of the part of a name a narrow header cell wraps onto a line of its own
_JOINED_ON = re.compile(r"(?:VÀ|&)\s")  # a line that opens with the "và" of the name above it
_NATIONAL_NAME_PIECE = re.compile(r"\b(?:CONG\s+HOA|CHU\s+NGHIA|XA\s+HOI|DOC\s+LAP)\b")


def _goes_on_a_name(line: str) -> bool:
    """A short issuer line that opens no body of its own (no type word): the rest of the line above's name."""
    words = line.split()
    return (
        0 < len(words) <= _NAME_WRAP_WORDS
        and not name_patterns().type_word.match(line.lower())
        and not _NATIONAL_NAME_PIECE.search(fold_keep_case(line).upper())  # "CỘNG HÒA XÃ" a narrow cell cut
    )


def _issuer_from_lines(issuer_lines: list[str]) -> str | None:
    if not issuer_lines:
        return None
    organ = _ORGAN_OF_BODY.match(fold_keep_case(issuer_lines[-1]).upper()) if len(issuer_lines) >= 2 else None
    if organ:
        body = _issuer_from_lines(issuer_lines[:-1])
        if body:
            joint = " của " if organ.group("delegation") else " "
            return canonical_upper_name(issuer_lines[-1]) + joint + body
    if len(issuer_lines) >= 2 and _JOINED_ON.match(issuer_lines[1]):
        # "TRƯỜNG ĐẠI HỌC CÔNG NGHỆ THÔNG TIN" / "VÀ TRUYỀN THÔNG VIỆT - HÀN": a name wrapped before its "và"
        issuer_lines = [f"{issuer_lines[0]} {issuer_lines[1]}", *issuer_lines[2:]]
    if len(issuer_lines) == 3 and _goes_on_a_name(issuer_lines[2]):
        # "PHÒNG GD&ĐT TP BẾN TRE" / "TRƯỜNG TRUNG HỌC CƠ SỞ" / "HOÀNG LAM": a narrow cell wrapped the body's name
        issuer_lines = [issuer_lines[0], f"{issuer_lines[1]} {issuer_lines[2]}"]
    lines = issuer_lines[:2]
    if len(lines) == 2 and known_body(lines[0] + " " + lines[1]):
        return canonical_upper_name(lines[0] + " " + lines[1])
    if len(lines) == 2 and re.match(r"^(TINH|THANH PHO|HUYEN|QUAN|THI XA|XA|PHUONG|TP\.?)\b", fold_keep_case(lines[1])):
        return canonical_upper_name(lines[0] + " " + lines[1])
    if len(lines) == 2:
        parent = canonical_upper_name(lines[0])
        child = canonical_upper_name(lines[1])
        place = re.search(rf"\b({_LEVELS})\s+(.+)$", parent)
        if place and not re.search(rf"\b({_LEVELS})\b", child) and not is_named_school(child):
            return f"{child} {place.group(1)} {place.group(2)}"
        return child
    return canonical_upper_name(lines[0])


def header(doc: Document) -> Document:
    """Reads lines; writes `doc.header`."""
    doc.header = find_header(doc)
    return doc
