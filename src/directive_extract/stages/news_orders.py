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
from dataclasses import dataclass
from functools import lru_cache

from ..cues import Cue, load_cues, phrases
from ..vn import UPPER

NEWS_CUE_KINDS = frozenset(
    {
        "told_aux",
        "told_verb",
        "addressee_word",
        "cited_before",
        "sending_verb",
        "text_of_orders",
        "other_text",
        "text_order_verb",
        "text_sent_verb",
        "continuing",
        "contrast",
        "quoting_verb",
        "its_content",
    }
)


@dataclass(frozen=True)
class NewsCues:
    told_order: re.Pattern[str]  # "đã chỉ đạo <bodies>": an auxiliary, a verb of ordering, group "object" whom
    addressee_words: frozenset[str]  # the lower-case words that open a body addressed
    cited_before: re.Pattern[str]  # "như đã yêu cầu": the order cited, not told (searched before the order)
    told_text: re.Pattern[str]  # "có công điện hỏa tốc yêu cầu <bodies>", in the lead sentence
    told_text_clauses: re.Pattern[str]  # the same over the clauses of one sentence ("…; đề nghị …")
    names_a_text: re.Pattern[str]  # "có công điện", "ban hành văn bản"
    continuing: re.Pattern[str]  # "Đồng thời, …" opening a paragraph
    contrast: re.Pattern[str]  # "Còn Hạt Kiểm lâm …", "Riêng Sở Y tế …"
    quoting_verb: re.Pattern[str]  # "cho biết" right before ': “'
    its_content: re.Pattern[str]  # "Theo đó, …"


def _either(cues: tuple[Cue, ...], *kinds: str) -> str:
    """One alternation of the accented phrases of `kinds`, longest first."""
    found = sorted({p for kind in kinds for p in phrases(cues, kind, fold=False)}, key=lambda p: (-len(p), p))
    return "(?:" + "|".join(found) + ")"


@lru_cache(maxsize=1)
def news_cues() -> NewsCues:
    cues = load_cues("news.tsv", NEWS_CUE_KINDS)
    sent = rf"\b{_either(cues, 'sending_verb')}\s++{_either(cues, 'text_of_orders')}\b"
    return NewsCues(
        told_order=re.compile(
            rf"\b{_either(cues, 'told_aux')}\s++(?:tiếp\s+tục\s++)?{_either(cues, 'told_verb')}\s++(?:cho\s++)?"
            r"(?P<object>[^\s,.;:]+)"
        ),
        addressee_words=frozenset(c.phrase for c in cues if c.kind == "addressee_word"),
        cited_before=re.compile(rf"{_either(cues, 'cited_before')}\s*+$", re.IGNORECASE),
        told_text=re.compile(
            rf"{sent}[^.;:]{{0,60}}?\b{_either(cues, 'text_order_verb', 'text_sent_verb')}\s++(?:cho\s++)?"
            r"(?P<object>[^\s,.;:]+)"
        ),
        told_text_clauses=re.compile(
            rf"{sent}[^.:]{{0,80}}?\b{_either(cues, 'text_order_verb')}\s++(?:cho\s++)?(?P<object>[^\s,.;:]+)"
        ),
        names_a_text=re.compile(
            rf"\b{_either(cues, 'sending_verb')}\s++{_either(cues, 'text_of_orders', 'other_text')}\b"
        ),
        continuing=re.compile(rf"{_either(cues, 'continuing')}\s*+,?\s++", re.IGNORECASE),
        contrast=re.compile(rf"(?=[{UPPER}])(?i:{_either(cues, 'contrast')})\s++(?=[{UPPER}])"),
        quoting_verb=re.compile(rf"(?<!\w){_either(cues, 'quoting_verb')}\s*+$"),
        its_content=re.compile(rf"(?i:{_either(cues, 'its_content')})\b"),
    )


# a news page's source tag opening the lead: "(PLVN) - Áp thấp …", "(TN&MT) – Cơ quan …", "(Chinhphu.vn) - …"
_SOURCE_TAG = re.compile(r"\([^()\n]{2,40}\)\s*+[-–]\s")


def _lead_sentence(text: str) -> str:
    end = text.find(". ")
    return text if end < 0 else text[: end + 1]


def _addressed(word: str) -> bool:
    return word[:1].isupper() or word.lower() in news_cues().addressee_words


def reports_an_order(text: str) -> bool:
    """The paragraph's lead sentence tells an order given to bodies: "UBND tỉnh … đã yêu cầu Sở TN&MT …",
    "Chủ tịch … vừa có công điện hỏa tốc yêu cầu các đơn vị …"."""
    cues = news_cues()
    lead = _lead_sentence(text)
    for match in cues.told_order.finditer(lead):
        if _addressed(match.group("object")) and not cues.cited_before.search(lead, 0, match.start()):
            return True
    if any(_addressed(match.group("object")) for match in cues.told_text.finditer(lead)):
        return True
    # a speaker's account in quotes: "X cho biết: “… Ngày 2-9, Văn phòng có công văn chỉ đạo, hướng dẫn …; đề nghị
    # ban chỉ huy … các bộ, ngành chủ động …”": the text sent and its order, in any sentence of the quotation
    quoted = _quotation_start(text)
    return quoted is not None and any(
        _addressed(match.group("object")) for match in cues.told_text_clauses.finditer(text, quoted)
    )


# a speaker's words opened in quotes: "cho biết: “", "chia sẻ: \"": found at the quote mark, the verb read before it
_QUOTE_OPENS = re.compile(r":\s*+[“\"]")


def _quotation_start(text: str) -> int | None:
    """Where a speaker's quoted account begins, after "cho biết: “"; None when the paragraph quotes no one."""
    for mark in _QUOTE_OPENS.finditer(text):
        if news_cues().quoting_verb.search(text, max(0, mark.start() - 16), mark.start()):
            return mark.end()
    return None


def before_inner_closing(text: str, closing: re.Pattern[str]) -> str:
    """The paragraph up to a closing formula printed inside it after its opening ("… thông báo cho chủ phương
    tiện biết"); the whole paragraph when there is none or it opens the paragraph."""
    match = closing.search(text)
    return text if match is None or match.start() == 0 else text[: match.start()]


def without_contrast(text: str) -> str:
    """The paragraph without its opening of contrast ("Còn Hạt Kiểm lâm …" → "Hạt Kiểm lâm …")."""
    match = news_cues().contrast.match(text)
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
    return news_cues().continuing.match(text) is not None


def announces_a_text(text: str, next_text: str) -> bool:
    """The paragraph tells that a text of orders was sent and the next paragraph opens "Theo đó, …" with what
    it orders: "Cùng ngày, UBND tỉnh … có công điện gửi các cơ quan …" is the text's issuing, no task."""
    cues = news_cues()
    return cues.its_content.match(next_text) is not None and cues.names_a_text.search(_lead_sentence(text)) is not None
