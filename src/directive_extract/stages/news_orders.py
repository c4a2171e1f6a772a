"""News reports of orders: the paragraph forms a report uses to tell an order, and the ones that tell none.

A report (no type line, number or issuer: `tasks.is_news`) tells orders as acts of their givers, and every
paragraph whose main clause orders something still to be done is an implicit task `pN` (ANNOTATING, news
convention; ids are ranks, so one paragraph missed or added shifts every later id). The forms read here:

- an order told as given: "<giver> đã chỉ đạo <bodies> …", "<giver> vừa yêu cầu …", "<giver> tiếp tục chỉ đạo
  sở ngành …" (`reports_an_order`); the order is what the bodies are to do, whether or not it was given yesterday;
- an order told as a text sent: "<giver> vừa có công điện hỏa tốc yêu cầu …", "đã ban hành công điện gửi các
  đơn vị …", "có công văn chỉ đạo, hướng dẫn …" (`reports_an_order`);
- an order whose sentence goes on to what the bodies are to tell others ("… yêu cầu các cơ quan … thông báo cho
  chủ phương tiện biết"): that is its content, not a closing formula (`before_inner_closing`);
- a body taken in contrast after an order: "Còn Hạt Kiểm lâm … tăng cường …", "Riêng Sở Y tế …"
  (`without_contrast`).

And the forms that tell none:

- the title and teaser a page prints before its lead ("(PLVN) - …", "(TN&MT) – …"): the report begins at its
  source tag (`report_start`);
- a paragraph telling that a text was sent, when the next opens "Theo đó, …" and tells what it orders: the
  text's issuing, its orders are told next (`announces_a_text`);
- a paragraph opened by "Đồng thời", "Ngoài ra" … with no subject of its own goes on from the paragraph before
  it: after a paragraph that tells a done act it tells one too (`continues_without_subject`).
"""

from __future__ import annotations

import re

# an order told as given by its giver: an auxiliary of time or sequence, then a verb of ordering and whom
_TOLD_ORDER = re.compile(
    r"\b(?:đã|vừa|tiếp\s+tục)\s++(?:tiếp\s+tục\s++)?(?:chỉ\s+đạo|yêu\s+cầu|giao)\s++(?:cho\s++)?(?P<object>[^\s,.;:]+)"
)
# the lowercase words that open a body addressed: "toàn quân", "sở ngành", "lực lượng …", "các …"
_ADDRESSEE_WORDS = frozenset(
    [
        "các",
        "toàn",
        "những",
        "mỗi",
        "từng",
        "sở",
        "ban",
        "ngành",
        "lực",
        "ủy",
        "ubnd",
        "chủ",
        "lãnh",
        "thủ",
        "người",
        "cấp",
        "chính",
        "đơn",
        "địa",
        "bộ",
        "cơ",
    ]
)
# "như đã yêu cầu", "theo đã chỉ đạo": the order cited, not told
_CITED_BEFORE = re.compile(r"(?:như|theo)\s*+$", re.IGNORECASE)

# an order told as a text sent: "có công điện hỏa tốc yêu cầu", "ban hành công điện đầu tiên gửi", "gửi công điện
# khẩn yêu cầu", "có công văn chỉ đạo"
_TOLD_TEXT = re.compile(
    r"\b(?:có|ban\s+hành|gửi)\s++(?:công\s+điện|công\s+văn|chỉ\s+thị)\b[^.;:]{0,60}?"
    r"\b(?:chỉ\s+đạo|yêu\s+cầu|đề\s+nghị|gửi)\s++(?:cho\s++)?(?P<object>[^\s,.;:]+)"
)

# a news page's source tag opening the lead: "(PLVN) - Áp thấp …", "(TN&MT) – Cơ quan …", "(Chinhphu.vn) - …"
_SOURCE_TAG = re.compile(r"\([^()\n]{2,40}\)\s*+[-–]\s")

# a connector that goes on from the paragraph before: "Đồng thời, …", "Ngoài ra, …", "Bên cạnh đó, …"
_CONTINUING = re.compile(r"(?:Đồng\s+thời|Ngoài\s+ra|Bên\s+cạnh\s+đó|Cùng\s+với\s+đó)\s*+,?\s++", re.IGNORECASE)

# a body taken in contrast with the one before: "Còn Hạt Kiểm lâm …", "Riêng Sở Y tế …"
_CONTRAST = re.compile(r"(?:Còn|Riêng)\s++(?=[A-ZĐÂĂÊÔƠƯ])")


def _lead_sentence(text: str) -> str:
    end = text.find(". ")
    return text if end < 0 else text[: end + 1]


def _addressed(word: str) -> bool:
    return word[:1].isupper() or word.lower() in _ADDRESSEE_WORDS


def reports_an_order(text: str) -> bool:
    """The paragraph's lead sentence tells an order given to bodies: "UBND tỉnh … đã yêu cầu Sở TN&MT …",
    "Chủ tịch … vừa có công điện hỏa tốc yêu cầu các đơn vị …"."""
    lead = _lead_sentence(text)
    for match in _TOLD_ORDER.finditer(lead):
        if _addressed(match.group("object")) and not _CITED_BEFORE.search(lead, 0, match.start()):
            return True
    if any(_addressed(match.group("object")) for match in _TOLD_TEXT.finditer(lead)):
        return True
    # a speaker's account in quotes: "X cho biết: “… Ngày 2-9, Văn phòng có công văn chỉ đạo, hướng dẫn …; đề nghị
    # ban chỉ huy … các bộ, ngành chủ động …”": the text sent and its order, in any sentence of the quotation
    quoted = _quotation_start(text)
    return quoted is not None and any(
        _addressed(match.group("object")) for match in _TOLD_TEXT_CLAUSES.finditer(text, quoted)
    )


# a speaker's words opened in quotes: "cho biết: “", "chia sẻ: \"": found at the quote mark, the verb read before it
_QUOTE_OPENS = re.compile(r":\s*+[“\"]")
_QUOTING_VERB = re.compile(r"(?<!\w)(?:cho\s+biết|chia\s+sẻ|nhấn\s+mạnh|thông\s+tin)\s*+$")


def _quotation_start(text: str) -> int | None:
    """Where a speaker's quoted account begins, after "cho biết: “"; None when the paragraph quotes no one."""
    for mark in _QUOTE_OPENS.finditer(text):
        if _QUOTING_VERB.search(text, max(0, mark.start() - 16), mark.start()):
            return mark.end()
    return None


# the text sent and its order, over the clauses of one sentence ("…; đề nghị …")
_TOLD_TEXT_CLAUSES = re.compile(
    r"\b(?:có|ban\s+hành|gửi)\s++(?:công\s+điện|công\s+văn|chỉ\s+thị)\b[^.:]{0,80}?"
    r"\b(?:yêu\s+cầu|đề\s+nghị)\s++(?:cho\s++)?(?P<object>[^\s,.;:]+)"
)


def before_inner_closing(text: str, closing: re.Pattern[str]) -> str:
    """The paragraph up to a closing formula printed inside it after its opening ("… thông báo cho chủ phương
    tiện biết"); the whole paragraph when there is none or it opens the paragraph."""
    match = closing.search(text)
    return text if match is None or match.start() == 0 else text[: match.start()]


def without_contrast(text: str) -> str:
    """The paragraph without its opening of contrast ("Còn Hạt Kiểm lâm …" → "Hạt Kiểm lâm …")."""
    match = _CONTRAST.match(text)
    return text if match is None else text[match.end() :]


def report_start(texts: list[str]) -> int:
    """The index of the paragraph that opens the report with its source tag, or 0: what comes before it is the
    page's title, date and teaser."""
    for k, text in enumerate(texts):
        if _SOURCE_TAG.match(text):
            return k
    return 0


def continues_without_subject(text: str) -> bool:
    """The paragraph opens with a connector and goes on with no subject of its own ("Đồng thời, vận động …")."""
    return _CONTINUING.match(text) is not None


# a text of orders named: "có công điện", "ban hành công điện", "gửi công văn"
_NAMES_A_TEXT = re.compile(r"\b(?:có|ban\s+hành|gửi)\s++(?:công\s+điện|công\s+văn|chỉ\s+thị|văn\s+bản)\b")
# what a text orders, told next: "Theo đó, UBND tỉnh yêu cầu …"
_ITS_CONTENT = re.compile(r"Theo\s+đó\b", re.IGNORECASE)


def announces_a_text(text: str, next_text: str) -> bool:
    """The paragraph tells that a text of orders was sent and the next paragraph opens "Theo đó, …" with what
    it orders: "Cùng ngày, UBND tỉnh … có công điện gửi các cơ quan …" is the text's issuing, no task."""
    return _ITS_CONTENT.match(next_text) is not None and _NAMES_A_TEXT.search(_lead_sentence(text)) is not None
