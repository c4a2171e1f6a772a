"""The sections stage's reading of a news report (ANNOTATION.md "Sections"; the corpus notes' news convention): its
top (the title, the dateline and what a page prints with them), its lead (a summary of what the report tells is
ordered, planned or just decided, or the situation), and, in the account after the lead, the paragraphs that set
the context of the orders reported."""

from __future__ import annotations

import re

from ..document import Document, Paragraph
from ..vn import UPPER, is_upper_text
from . import news_orders
from .news_page import dateline, page_chrome
from .paragraph_reading import section_cues
from .section_header import addressee_label
from .section_parts import section_parts

# a news page's title has this many words at least ("Thời sự", a section's name printed above the dateline, has fewer)
_TITLE_WORDS = 4

# a headline of three words or more before a colon on the first line of a news text
_HEADLINE = re.compile(r"^([^\W\d_][^:\n]{10,200}?\s\S+\s\S+):\s")

# a sentence's end inside a paragraph: a stop before a capital, after a word of three letters or more, a number or
# a bracket (not the "TP." of "TP. Hồ Chí Minh"); what stands before the stop is checked in Python
_STOP = re.compile(rf"[.!?]\s+(?=[{UPPER}])")
_STOP_AFTER = re.compile(r"(?:\w{3}|\d|\))$")


def is_title(text: str, cut: bool = False) -> bool:
    """A news text's title: one short line, no closing full stop; or a headline in capitals that the text
    runs on from after a colon ("THÔNG BÁO VỀ 30 CA MẮC MỚI COVID-19 (BN591 - BN620): Trong đó …"). At the top of
    a page (`cut`), a title cut short ("… phương án ứng ...") is one too; below it, that is a teaser's end."""
    text = text.strip()
    ends = not text.endswith((".", ";", ":")) or (cut and text.endswith(("...", "…")))
    if 0 < len(text) < 200 and "\n" not in text and ends:
        return True
    headline = _HEADLINE.match(text)
    return bool(headline) and is_upper_text(headline.group(1))


def short_lines(doc: Document, para: Paragraph) -> bool:
    """Every line of the paragraph is a title's: short, no closing full stop (a caption, a sub-heading)."""
    lines = doc.lines[para.first_line : para.last_line + 1]
    return all(is_title(line.text) for line in lines if line.stripped)


def after_title_line(doc: Document, para: Paragraph) -> Paragraph | None:
    """The rest of a news text's first paragraph when its first line is the title, run on by the lead with no
    blank line between or underlined by a rule ("Hải quan phát động … / ====="); None when it is no title."""
    if para.last_line == para.first_line:
        return None
    first = doc.lines[para.first_line]
    if not is_title(first.text, cut=True):
        return None
    nxt = doc.lines[para.first_line + 1]
    return Paragraph(nxt.start, para.end, para.first_line + 1, para.last_line)


def page_top(doc: Document, before: list[Paragraph]) -> tuple[int, Paragraph | None]:
    """How many of a news text's first paragraphs (`before`) are its header, and the rest of the last of them when
    its lead runs on in it. The header is the title; or, when a dateline comes before any paragraph of running
    text, every line down to it (a section's name, "Thời sự"; the frame of a page saved whole) and the title
    printed under it ("Thời sự / Thứ ba, 27/10/2020, 16:18 (GMT+7) / 5 địa phương …")."""
    first = next((k for k, para in enumerate(before) if _dateline_or_text(doc, para)), None)
    top = 0
    if first is not None and dateline(doc.text[before[first].start : before[first].end].strip()) is not None:
        top = first + 1
        if top == len(before):
            return top, None
        above = [doc.text[para.start : para.end].strip() for para in before[:first]]
        titles = [text for text in above if is_title(text, cut=True) and not page_chrome(text)]
        if any(len(title.split()) >= _TITLE_WORDS for title in titles):
            # titled above the dateline: what it prints under it is the header's only when it repeats the title
            # (a feed's "Bão số 4 tiến gần …" under "[Tin bão] Bão số 4 tiến gần …"), else it is the lead's head
            under = doc.text[before[top].start : doc.lines[before[top].first_line].end].strip().rstrip(".… ")
            if not under or not any(under in title for title in titles):
                return top, None
    if is_title(doc.text[before[top].start : before[top].end], cut=True):
        return top + 1, None
    rest = after_title_line(doc, before[top])
    return (top + 1, rest) if rest is not None else (top, None)


def _dateline_or_text(doc: Document, para: Paragraph) -> bool:
    """A paragraph that ends a news page's top: its dateline, or running text, which ends a sentence (a title cut
    short, "… ứng ...", ends none; nor does a saved page's menu, however long)."""
    text = doc.text[para.start : para.end].strip()
    if para.first_line == para.last_line and dateline(text) is not None:
        return True
    return ends_sentence(text)


def ends_sentence(text: str) -> bool:
    """Running text ends a sentence; a title cut short ("… phương án ứng ...") ends none."""
    return text.endswith((".", "!", "?")) and not text.endswith(("..", "…"))


def is_lead(doc: Document, para: Paragraph) -> bool:
    """A paragraph that can be a news report's lead: running text, not a list's label ("Công điện gửi: …")."""
    text = doc.text[para.start : para.end].strip()
    return ends_sentence(text) and not addressee_label(text)


def sums_up(text: str) -> bool:
    """A news report's lead that sums up what the report tells (corpus notes: "the summary lead"): its first
    sentence orders ("Chính quyền … yêu cầu người dân …"), plans ("Các vùng đỏ sẽ lấy mẫu …", unless it is a
    forecast: "Áp thấp có khả năng mạnh lên và sẽ …"), tells an act just done ("Bí thư … vừa đi kiểm tra …") or a
    stance ("Thủ tướng khẳng định: …"); one that tells figures, a state or a deed done is the situation."""
    stop = first_stop(text)
    first = text[: stop.start() if stop else len(text)]
    if section_cues().directive.search(first):
        return True
    parts = section_parts()
    return bool(parts.summary_lead.search(first)) and not parts.forecast_word.search(first)


def sets_context(doc: Document, para: Paragraph) -> bool:
    """Inside a news account, a paragraph that opens like a basis and sets the context of orders reported, as in a
    directive: a meeting's account ("… chủ trì hội nghị …"), the text reported ("Đây là kết luận của …"), a text
    issued ("Ngày 28/7, UBND tỉnh X có văn bản hỏa tốc yêu cầu …"), or the lead-in to the orders ("Để chủ động ứng
    phó …, Ban Chỉ đạo đề nghị …:")."""
    text = doc.flat[para.start : para.end].strip()
    parts = section_parts()
    if parts.meeting_account.search(text) or parts.source_opening.match(text) or news_orders.tells_a_text_issued(text):
        return True
    cues = section_cues()
    lead_in = cues.directive.search(text) or cues.directive_end.search(text) or section_parts().lead_in_end.search(text)
    return text.endswith(":") and lead_in is not None


def first_stop(text: str) -> re.Match[str] | None:
    """The end of the paragraph's first sentence, if it holds another after it."""
    return next(
        (stop for stop in _STOP.finditer(text) if _STOP_AFTER.search(text, max(0, stop.start() - 3), stop.start())),
        None,
    )
