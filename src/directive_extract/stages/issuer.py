"""The issuer when the header prints none: from the body, in order of reliability.

0. a council's own lines under a resolution's title ("HỘI ĐỒNG NHÂN DÂN TỈNH …" over "KHÓA XVII - KỲ HỌP THỨ
   NĂM") or its enacting formula ("Hội đồng nhân dân thành phố ban hành Nghị quyết …"),
1. the closing formula ("Văn phòng Tỉnh ủy thông báo … để … biết"),
2. the title of a text printed as news ("Kết luận của Ban Thường vụ Tỉnh ủy về …"),
3. in a letter, the body opening a sentence or clause with a courtesy formula of its own ("Sở Tài nguyên và Môi
   trường Hà Nội kính đề nghị Cục …", "Do thời gian gấp, Cục Chuyển đổi số quốc gia trân trọng đề nghị …", "Bộ Tư
   pháp trân trọng cảm ơn …"): only the writer asks or thanks so,
4. the signature authority ("T/M BAN THƯỜNG VỤ"), completed from the body's own mentions
   ("Ban Thường vụ Thành ủy").
A provincial body named without its province ("Văn phòng Tỉnh ủy") gets the place of the date line,
or else the province the text names most often.
"""

from __future__ import annotations

import re
from collections import Counter

from ..document import Document
from ..names import squash
from .agencies.canonical import canonical_upper_name, known_body
from .agencies.places import main_province
from .agencies.shared_heads import find_mentions

# the body is read a token at a time, a run of spaces whole (a lazy `.+?` rescanned each run from every space)
_TITLE_OF = re.compile(
    r"^(?:Kết luận|Thông báo|Chỉ thị|Ý kiến chỉ đạo)\s++của\s++"
    r"(?P<body>(?:\S|[^\S\n]++(?!\s*(?:về|tại)\s))+?)\s+(?:về|tại)\s",
    re.I,
)
# the body's name, then its verb: a tense or a verb of issuing before "thông báo" tells of a notice issued ("Văn phòng
# Chính phủ vừa ra thông báo kết luận …": a news lead, not the notice's own closing formula)
_CLOSING_ISSUER = re.compile(
    r"(?:^|\n)[^\S\n]*+(?P<body>(?:Văn phòng|Ban|Ủy ban|UBND|Sở|Bộ)"
    r"(?:(?!\s(?:vừa|đã|ra|có|sẽ|ban hành)\s)[^\n.,]){0,60}?)"
    r"\s+(?:trân trọng\s+)?thông báo\s+(?:ý kiến|kết luận|để|cho|đến)",
)
# the council that passes a resolution prints its name over its term and session (Decree 30/2020/NĐ-CP, form 1.1)
_COUNCIL_LINES = re.compile(
    r"(?:^|\n)[^\S\n]*+(?P<body>HỘI ĐỒNG NHÂN DÂN[^\S\n]++[^\n]{2,50}?)[^\S\n]*+\n[^\S\n]*+KH[ÓO]\s*A\s+[IVXL]+\b"
)
# the enacting formula of a resolution or decision opens its last paragraph of bases
_ENACTING = re.compile(
    r"(?:^|\n)[^\S\n]*+(?P<body>(?:Hội đồng nhân dân|Ủy ban nhân dân)[^\S\n]++[^\n.,;:]{2,40}?)\s+ban\s+hành\s+"
    r"(?:Nghị quyết|Quyết định)\b"
)
# a sentence or clause opening with a body's name (its words capitalized or joined by "và", a dash, a place), then
# the writer's courtesy formula: the body's name is read by the recognizer, the first body there
_COURTESY = re.compile(
    r"(?:^|\n|[.;,:][^\S\n]++)[^\S\n]*+(?P<body>[A-ZĐ][^\n.,;:()]{2,100}?)\s++"
    r"(?:xin\s++)?(?:kính|trân\s++trọng)\s++(?:đề\s++nghị|báo\s++cáo|cảm\s++ơn)(?!\w)"
)
_AUTHORITY_BODY = re.compile(r"^(?:TM|T/M|T\.M|KT|K/T|TL|T/L|TUQ|Q)\s*[./]?\s*(?P<body>.+)$")
_PARTY_COMMITTEE = r"(?:Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy|Đảng ủy)"
_LEVEL_TAIL = re.compile(r"(?:tỉnh|Tỉnh ủy|thành phố|Thành ủy)$")


def _from_signature(doc: Document, authority: str | None) -> str | None:
    match = _AUTHORITY_BODY.match(authority or "")
    if not match:
        return None
    body = canonical_upper_name(match.group("body"))
    # a committee named without its party body: complete it from the text ("Ban Thường vụ Thành ủy")
    pattern = re.compile(re.escape(body) + r"\s+" + _PARTY_COMMITTEE, re.IGNORECASE)
    mentions = Counter(squash(m.group()).casefold() for m in pattern.finditer(doc.flat))
    if mentions:
        return canonical_upper_name(mentions.most_common(1)[0][0])
    return body if known_body(body) else None


def _writer(doc: Document) -> str | None:
    """The body a letter's courtesy formula names as its writer (`_COURTESY`), read whole at the clause's start; the
    first such body of the text."""
    for match in _COURTESY.finditer(doc.flat):
        printed = squash(match.group("body"))
        found = find_mentions(printed, (0, len(printed)))
        if found and found[0].start == 0 and found[0].rule != "agency.class":
            return found[0].name
    return None


def find_issuer(doc: Document) -> tuple[str | None, str | None]:
    header = doc.header
    closing = None
    for match in _CLOSING_ISSUER.finditer(doc.flat):
        closing = match
    council = _COUNCIL_LINES.search(doc.flat) or _ENACTING.search(doc.flat)
    if council:
        issuer, rule = canonical_upper_name(council.group("body")), "issuer.council"
    elif closing:
        issuer, rule = canonical_upper_name(closing.group("body")), "issuer.closing_formula"
    elif header.subject and (title := _TITLE_OF.match(header.subject)):
        issuer, rule = canonical_upper_name(title.group("body")), "issuer.title"
    elif header.addressees and (writer := _writer(doc)):
        issuer, rule = writer, "issuer.courtesy"
    else:
        issuer, rule = _from_signature(doc, doc.tail.authority), "issuer.signature"
    if issuer and _LEVEL_TAIL.search(issuer):
        place = header.place or main_province(doc)
        if place:
            issuer = f"{issuer} {place}"
    return issuer, rule if issuer else None


def issuer(doc: Document) -> Document:
    """Reads `doc.header`, `doc.tail`; fills `doc.header.issuer` when the header printed none, and `doc.issuer_rule`."""
    header = doc.header
    if header.issuer is None:
        header.issuer, doc.issuer_rule = find_issuer(doc)
    return doc
