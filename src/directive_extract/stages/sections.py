"""Sections: contiguous labelled spans, in order, covering the whole document.

Built from what the earlier stages found: the header block, the preamble before the first item,
roman sections by their class, the run of directive items, the closing formula, and the tail lines
(distribution or signature, interleaved in two-column layouts). Each section records its rule.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from ..document import Document, Paragraph
from ..item_labels import CHAPTER
from ..vn import is_upper_text
from ..vocab import DOC_TYPES
from . import news_orders
from .news import is_news, news_photo
from .news_page import dateline
from .paragraph_reading import section_cues
from .section_header import addressee_label, header_end, list_left_open
from .section_news import first_stop, is_lead, page_top, sets_context, short_lines, sums_up
from .section_parts import damaged_opening, section_parts
from .tasks import BULLET_KINDS, title_names_a_field

_NOISE = re.compile(r"^[\W_]+")


# the enacting formula of a decision or resolution, in capitals on its own line: "QUYẾT NGHỊ:", "QUYẾT ĐỊNH:"
_ENACTING = re.compile(r"^(?:[^\W\d_]+\s+){0,2}[^\W\d_]+\s*:$")
_ENACTING_WORDS = re.compile(r"^quyet\s+(?:nghi|dinh)\s*:?$")  # folded, its colon or its marks lost


# what the signature is followed by before it counts as an appendix: a few lines of text
_APPENDIX_LINES = 3
_APPENDIX_CHARS = 80
_FOOTNOTE = re.compile(r"^\s*(?:\[\d+\]|\(\d+\)\s)")
_COPY_STAMP = re.compile(r"\b(?:SAO\s+(?:LUC|Y)|TRICH\s+SAO)\b", re.IGNORECASE)

# a document opens its paragraphs indented when this share of those before the items do (of at least a few)
_INDENT, _INDENT_SHARE, _INDENT_SAMPLE = 4, 0.6, 4

# a paragraph that opens by citing a document, in a list of bases ("…;\nCông văn số 637/HD-GDĐT …")
_CITATION = re.compile(r"^(?:" + "|".join(map(re.escape, sorted(DOC_TYPES, key=len, reverse=True))) + r")\s+số\b", re.I)

# a paragraph that opens with a document's type, an item of a list of bases after one that ends in ";" ("Căn cứ
# Luật Tổ chức chính quyền địa phương …;\nLuật sửa đổi, bổ sung …;")
_CITED_TYPE = re.compile(
    r"^(?:" + "|".join(map(re.escape, sorted({*DOC_TYPES, "bộ luật"}, key=len, reverse=True))) + r")\b", re.I
)

# a chapter of a decree or regulation, its title may follow on the next lines
_CHAPTER = re.compile(rf"^{CHAPTER}")

# a news agency's tag that opens the lead of a news text: "NDO - ", "(BĐ) - ", "SKĐS - ", "(HDDTVN) – "; a roman
# numeral is a part's marker, not a tag
_NEWS_TAG = re.compile(r"^(?P<tag>\((?:[A-ZĐ]{2,10})\)|[A-ZĐ]{2,10})\s*[-–—]\s+")
_ROMAN = re.compile(r"^\(?[IVXLC]+\)?$")

# the national motto, folded, in capitals as it is printed (a running mention, "nước Cộng hòa xã hội chủ nghĩa Việt
# Nam", is no header): a document of its own printed after the first one's tail (a scan of a letter
# and the text it forwards, each with its own header)
_MOTTO_COLUMN = 20  # spaces before a motto printed alone in the right column
_MOTTO = re.compile(r"\bC[O0]NG\s+H[O0]A\s+XA\s+H[O0]I\s+CHU\s+NGH[I1]A\b")

# a form to fill printed as an appendix ("[MẪU] BÁO CÁO …", "Tên cơ sở: ………"): lines with blanks to fill in
_BLANK = re.compile(r"\.{5,}|…{2,}|_{5,}")
_FORM_BLANK_LINES = 3

# the bare courtesy closing of a letter: "Trân trọng./.", "Trân trọng!" (folded, lower case)
_BARE_REGARDS = re.compile(r"^tran\s+trong\s*[./!]")
_BARE_REGARDS_MAX = 30


@dataclass
class RawSection:
    kind: str
    start: int
    heading: str | None
    rule: str


def _heading(doc: Document, start: int, end: int) -> str | None:
    first_line = doc.text[start:end].split("\n", 1)[0].strip()
    letters = list(filter(str.isalpha, first_line))
    if letters and sum(map(str.isupper, letters)) >= 0.85 * len(letters) and len(first_line) < 200:
        return first_line
    return None


def find_sections(doc: Document) -> list[RawSection]:
    header, tail, layout = doc.header, doc.tail, doc.layout
    raw: list[RawSection] = []
    if header.end > 0:
        raw.append(RawSection("header", 0, None, "header.block"))
    body_start, _ = layout.body
    before = list(layout.preamble_paragraphs)
    tail_start = doc.lines[tail.start_line].start if tail.start_line is not None else len(doc.text)
    # the "Kính gửi" list's bullets may be read as items: the header runs to the first numbered one
    limit = next((item.start for item in layout.items if item.kind not in BULLET_KINDS), tail_start)
    limit = min(limit, tail_start)
    closing = _closing_start(doc, tail_start)
    if closing is not None:
        limit = min(limit, closing)
    end = header_end(doc, limit)
    if end > header.end:  # the header's own lines after the block the header stage read
        before = [_from(doc, para, end) for para in before if para.end > end]
    elif end < header.end:  # the header stage read on into the body: its first paragraphs
        read_on = [para for para in doc.paragraphs if para.end > end and para.start < header.end]
        before = [_from(doc, para, end) for para in read_on] + [p for p in before if p.start >= header.end]
    news = header.end == 0  # no header block: a news text, or a page that reprints a document
    lead_start = -1
    if news and before and (top := page_top(doc, before))[0]:
        raw.append(RawSection("header", 0, None, "header.news_title"))  # a news text: its title is the header
        count, rest = top
        before = before[count:]
        if rest is not None:  # the title run on by its lead or a rule
            before = [rest, *before]
        if before:
            lead_start = before[0].start  # its lead opens a paragraph, though no blank line parts it from the title
    indents = _indents_paragraphs(doc, before)
    # a news report alternates its orders (implicit tasks) with its account: each run of tasks is a part, and a
    # photo between two tasks is the earlier one's furniture (prose_tasks.implicit_tasks)
    reported = [item for item in layout.tasks if item.kind == "implicit"] if is_news(doc) else []
    stays, heads = _news_furniture(doc, before, [item.start for item in reported])
    addressees = ""  # the paragraph of the addressee list the last paragraph was
    told = False  # a news text has told its lead: what follows before the orders is its account (assessment)
    lead_head: Paragraph | None = None  # a sub-heading printed right above a news text's lead: its part starts there
    for k, para in enumerate(before):  # each paragraph before the items by how it opens: context, or the situation
        if closing is not None and para.start >= closing:
            break
        if para.start in stays:
            continue  # a caption or a sub-heading among the orders: furniture of their part (or the next one's head)
        text = doc.text[para.start : para.end]
        if not any(c.isalpha() for c in text) or "___" in text:
            continue  # a rule line or a form field stays in the part before it
        if text.lstrip()[:1].islower() and not (news and _NEWS_TAG.match(text.strip())):
            continue  # a paragraph that opens in small letters goes on with the one above (a scan's page break)
        if (stamp := dateline(text.strip())) is not None and not stamp.bare:
            continue  # a news page's dateline: furniture of the part before it
        if addressee_label(text.strip()):
            raw.append(RawSection("header", para.start, None, "header.addressees"))  # "Công điện gửi: …"
            addressees = text.strip()
            continue
        if addressees and list_left_open(addressees, text.strip()):
            addressees = text.strip()  # "…; Cục Y tế;" then a paragraph of more bodies: the list goes on
            continue
        addressees = ""
        if (_ENACTING.match(text.strip()) and is_upper_text(text)) or _ENACTING_WORDS.match(
            doc.folded[para.start : para.end].strip(" \t\n*_").lower()
        ):
            continue  # "QUYẾT NGHỊ:" ("**QUYẾT NGHỊ**" in markdown) closes the bases above it
        if _CHAPTER.match(text.strip()):
            continue  # "Chương I / QUY ĐỊNH CHUNG": the articles under it say what it is
        if para.start != lead_start and doc.lines[para.first_line - 1].start >= end and _continues(doc, para, indents):
            continue  # a hard break inside a sentence: the paragraph above goes on
        if news and told and news_photo(doc.flat[para.start : para.end].strip()):
            continue  # a photo or its caption in the account: furniture of the part before it
        if news and not told and k + 1 < len(before) and short_lines(doc, para) and is_lead(doc, before[k + 1]):
            lead_head = para
            continue  # a sub-heading above the lead ("Thời tiết bất lợi …"): it heads the lead's part
        kind = _before_items_kind(doc, para, news, lead=news and not told)
        if kind == "continues":
            continue  # "Về việc này, UBND Thành phố có ý kiến như sau:" closes the context it answers
        if news and told and kind == "preamble" and not _NEWS_TAG.match(text.strip()) and not sets_context(doc, para):
            kind = "assessment"  # "Theo …", "Để …" inside a news account tell the story, not a basis
        start = heads.get(para.start, para.start)
        if not told and lead_head is not None and k > 0 and before[k - 1] is lead_head:
            start = lead_head.start
        told = news
        raw.append(RawSection(kind, start, None, "body.before_items"))
    if not layout.items and not before and not (raw and raw[-1].start >= body_start):
        raw.append(RawSection("preamble", body_start, None, "body.before_items"))
    appendix_run = False
    first_task = min((task.start for task in layout.tasks), default=len(doc.text))
    appendix_line = _appendix_line(doc)
    form_start = len(doc.text)  # where a form to fill begins: its headings ("I. THÔNG TIN CHUNG") are no parts
    if appendix_line is not None:
        appendix_start = doc.lines[appendix_line].start
        if _COPY_STAMP.search(doc.folded[appendix_start : doc.lines[min(appendix_line + 1, len(doc.lines) - 1)].end]):
            kind = "header"  # "SAO LỤC", "SAO Y BẢN CHÍNH": the copier's own header block
        elif _MOTTO.search(doc.folded[appendix_start : doc.lines[appendix_line].end]):
            kind = "preamble"  # a second document's own header: the context of what it goes on to say
        elif _is_form(doc, appendix_line):
            kind, form_start = "preamble", appendix_start  # a report form the recipients fill in orders nothing
        else:  # the kind of its first part: its first item's, or tasks when its rows are subtasks of the body's
            first = next((item for item in layout.items if item.start >= appendix_start), None)
            if first is not None:
                container = first.kind in ("roman", "article") and first.section == "tasks"
                kind = "tasks" if any(task is first for task in layout.tasks) or container else "preamble"
            else:  # a task table whose rows restate the body's items (SCHEMA.md, "Task tables")
                kind = "tasks" if any(t.start >= appendix_start for t in _all_tasks(layout.tasks)) else "preamble"
        heading = _heading(doc, appendix_start, doc.lines[appendix_line].end)
        raw.append(RawSection(kind, appendix_start, heading, "appendix"))
    run: str | None = None  # the kind of the run of items the last item opened or went on
    paragraph_starts = [para.start for para in doc.paragraphs]
    opened = any(r.kind != "header" and r.rule != "appendix" for r in raw)  # a part of the body before
    task_starts = sorted(task.start for task in _all_tasks(layout.tasks))
    is_task = {id(task) for task in layout.tasks}.__contains__  # items compare by value: a set of ids is linear
    chapter_start: int | None = None  # a chapter heading over articles: the part of its first article starts there
    for item in layout.items:
        if item.start < end:  # a bullet of the "Kính gửi" list; the body it ran on into is read as paragraphs
            if item.end > end and (para := _paragraph_at(doc, end, item.end)) is not None:
                kind = _before_items_kind(doc, para)
                raw.append(
                    RawSection(kind if kind != "continues" else "preamble", para.start, None, "body.before_items")
                )
            continue
        if item.start >= form_start:
            break
        if item.start >= tail_start and run is not None and not appendix_run:
            run, appendix_run = None, True  # items of an appendix after the signature start a new run
        if item.kind == "chapter":
            start = _chapter_start(doc, item, opened)
            if any(child.kind not in BULLET_KINDS for child in item.children):  # a chapter of items: a part
                kind = "tasks" if _holds_a_task(task_starts, item.start, item.end) else "preamble"
                raw.append(RawSection(kind, start, None, "chapter." + kind))
                run, opened = None, True
            elif chapter_start is None:
                chapter_start = start
            continue
        if item.kind in ("roman", "article"):
            heading = _heading(doc, item.start, item.first_end)
            kind = "preamble" if _orders_nothing(doc, item, task_starts) else item.section
            start = item.start if chapter_start is None else chapter_start
            raw.append(RawSection(kind, start, heading, "roman." + kind))
            run, opened, chapter_start = None, True, None
        elif item.start < first_task and item.kind not in BULLET_KINDS and not is_task(id(item)):
            # a numbered item before the first task is no task: a purpose ("1. Mục đích") or praise
            raw.append(RawSection(_untasked_item_kind(doc, item), item.start, None, "items.before_tasks"))
            run, opened = None, True
        elif is_task(id(item)) or item.kind not in BULLET_KINDS:
            if item.start in heads:
                raw.append(RawSection("tasks", heads[item.start], None, "items"))  # under its sub-heading
            elif run != "tasks" or (reported and item.kind == "implicit"):
                start = _lead_in_before(doc, paragraph_starts, item.start, raw[-1].start if raw else 0)
                raw.append(RawSection("tasks", start, None, "items"))
            run, opened = "tasks", True
        elif run is None and opened:
            run = "list"  # a list that orders nothing belongs to the part it is printed in
        elif run is None:
            raw.append(RawSection("preamble", item.start, None, "items"))  # right after the header
            run, opened = "preamble", True
    if closing is not None:
        rule = "closing.formula" if layout.closing and closing == layout.closing[0] else "closing.folded"
        raw.append(RawSection("closing", closing, None, rule))
    # a line holding both columns belongs to its leftmost text: the "Nơi nhận" list
    tail_kinds = {i: "signature" for i in tail.signature_lines if i not in doc.furniture}
    tail_kinds.update({i: "distribution" for i in tail.distribution_lines if i not in doc.furniture})
    if appendix_line is not None:  # in an appendix only a second "Nơi nhận" and what follows it are the tail
        second_list = min((i for i in tail.distribution_lines if i > appendix_line), default=len(doc.lines))
        tail_kinds = {i: kind for i, kind in tail_kinds.items() if i < appendix_line or i >= second_list}
    for i in sorted(tail_kinds):
        if raw and raw[-1].kind == tail_kinds[i] and raw[-1].rule.startswith("tail"):
            continue
        raw.append(RawSection(tail_kinds[i], doc.lines[i].start, None, "tail." + tail_kinds[i]))
    if not raw:
        raw.append(RawSection("preamble", 0, None, "body.unstructured"))
    raw[0].start = 0
    raw.sort(key=lambda s: s.start)
    raw = [s for k, s in enumerate(raw) if k + 1 == len(raw) or raw[k + 1].start > s.start]
    # consecutive parts of one kind are one section (II and III of tasks: one "tasks")
    return [s for k, s in enumerate(raw) if k == 0 or raw[k - 1].kind != s.kind]


CHAPTER_TITLE_CHARS = 120


def _chapter_start(doc: Document, chapter, opened: bool) -> int:
    """Where a chapter's part starts: at "Chương II", or at its title printed in capitals on the line above it
    ("TRÁCH NHIỆM CỦA CÁC CƠ QUAN …" / "Chương II", a conversion's order) inside the body, after a part."""
    if not opened:
        return chapter.start
    k = bisect_right(doc.paragraphs, chapter.start - 1, key=lambda para: para.start) - 1
    if k < 0:
        return chapter.start
    above = doc.paragraphs[k]
    text = doc.text[above.start : above.end]
    if "\n" not in text and len(text) < CHAPTER_TITLE_CHARS and is_upper_text(text) and text[:1].isalpha():
        return above.start
    return chapter.start


def _appendix_line(doc: Document) -> int | None:
    """The first line of what is printed after the signature: the signature stage's appendix (past page
    furniture), or text after the signer's name that the signature stage did not read as one (a list in
    capitals "DANH SÁCH CÁN BỘ …", a form "Mẫu số 01", the copier's "SAO LỤC" block), or a second document
    with its own header printed after the tail, whichever comes first."""
    found = _printed_after_signature(doc)
    second = _second_document_line(doc)
    if second is not None and (found is None or second < found):
        return second
    return found


def _printed_after_signature(doc: Document) -> int | None:
    """The signature stage's appendix, or text after the signer's name it did not read as one."""
    tail, lines = doc.tail, doc.lines
    start, stop = tail.appendix_line, len(lines)
    if start is None and len(doc.layout.regions) > 1:  # a text issued attached, read by the tasks stage
        return bisect_right(lines, doc.layout.regions[1][0], key=lambda line: line.start) - 1
    if start is None:
        signer = next((i for i in tail.signature_lines if tail.signer and tail.signer in lines[i].text), None)
        last = signer if signer is not None else max([*tail.signature_lines, *tail.distribution_lines], default=None)
        if last is None:
            return None
        start = last + 1  # up to a "Nơi nhận" list printed below the signature, if any
        stop = min((i for i in tail.distribution_lines if i > last), default=len(lines))
    text = [i for i in range(start, stop) if i not in doc.furniture and any(c.isalpha() for c in lines[i].text)]
    first = next((i for i in range(start, stop) if i not in doc.furniture and lines[i].stripped), None)
    if not text or (tail.appendix_line is None and _FOOTNOTE.match(lines[first].text)):
        return tail.appendix_line  # the notes of the page ("[1] Bộ Chính trị phân công …") stay in the tail
    if len(text) < _APPENDIX_LINES or sum(len(lines[i].stripped) for i in text) < _APPENDIX_CHARS:
        return tail.appendix_line
    return text[0]


def _is_form(doc: Document, first: int) -> bool:
    """An appendix that is a form to fill in: a few of its lines hold blanks ("Tên cơ sở: ………", "ngày.... tháng")."""
    lines = doc.lines
    blanks = 0
    for i in range(first, len(lines)):
        if i in doc.tail.distribution_lines:
            break  # a second "Nơi nhận" list ends the appendix
        blanks += bool(_BLANK.search(lines[i].text))
        if blanks >= _FORM_BLANK_LINES:
            return True
    return False


def _second_document_line(doc: Document) -> int | None:
    """The first line of a second document printed after the first one's tail: the line that holds the national
    motto ("UBND THÀNH PHỐ HÀ NỘI  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") below the signature or the "Nơi nhận"."""
    tail, lines = doc.tail, doc.lines
    first = min([*tail.signature_lines, *tail.distribution_lines], default=None)
    if first is None:
        return None
    for i in range(first + 1, len(lines)):
        if i not in doc.furniture and _MOTTO.search(doc.folded[lines[i].start : lines[i].end]):
            return _issuer_above(doc, i, first)
    return None


def _issuer_above(doc: Document, motto: int, first: int) -> int:
    """The motto's line, or the issuer's line in capitals right above it when the motto stands alone in its
    column ("ĐƠN VỊ: ………" / "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" of a form)."""
    lines = doc.lines
    if lines[motto].text[: lines[motto].text.find(lines[motto].stripped[:1])].count(" ") < _MOTTO_COLUMN:
        return motto  # the issuer is printed on the motto's line, at its left
    above = next((i for i in range(motto - 1, first, -1) if lines[i].stripped), None)
    if above is None or motto - above > 2 or above in doc.tail.distribution_lines or above in doc.furniture:
        return motto
    return above if is_upper_text(lines[above].stripped) else motto


def _all_tasks(tasks):
    """Every task and subtask, depth first."""
    stack = list(tasks)
    while stack:
        task = stack.pop()
        yield task
        stack.extend(task.children)


def _orders_nothing(doc: Document, item, task_starts: list[int]) -> bool:
    """A part the tasks stage read as directive that holds no task: before the first order it tells what the plan
    is about ("II. NHU CẦU TUYỂN DỤNG", "Điều 1. Phê duyệt …"); after it, a field of the plan ("VI. KINH PHÍ",
    "IV. KHEN THƯỞNG") is context too, while a rule printed among the orders stays in their run."""
    if item.section != "tasks" or not task_starts or _holds_a_task(task_starts, item.start, item.end):
        return False  # where no order was found at all, the title's reading stands: nothing to weigh it against
    return item.start < task_starts[0] or title_names_a_field(doc, item)


def _holds_a_task(task_starts: list[int], start: int, end: int) -> bool:
    """A task or subtask starts within [start, end): the part (a roman section, an article) orders something."""
    k = bisect_left(task_starts, start)
    return k < len(task_starts) and task_starts[k] < end


def _news_furniture(doc: Document, before: list[Paragraph], task_starts: list[int]) -> tuple[set[int], dict[int, int]]:
    """How a news report's furniture falls into the parts its runs of orders make (`task_starts`, the orders';
    `before`, the paragraphs outside them). Returns the starts of the paragraphs that stay in the part before them,
    and, for a sub-heading printed right above a paragraph or an order, where that one's part begins.

    After an order and before the account goes on, a photo ("![…](…)") or its caption ("… Ảnh: …"), a short
    line (a caption or a link's title, "Thu dọn lá cây …") and, when an order follows, a text's issuing ("Cùng
    ngày, UBND tỉnh X có công điện gửi …", ANNOTATING news convention: left inside the tasks part) stay in the
    orders' part. A sub-heading right above the account's paragraph heads its part ("Nâng cao công tác quản lý",
    also the last line of a paragraph of short lines below a caption); one right above an order heads the orders'
    part when the account is above it ("TP HCM: tập trung hoàn thành …"), and one between two orders is inside
    their part. A line that holds a sentence's end ("Toàn cảnh Hội nghị. (Nguồn: …)") or a photo's caption ("Ảnh minh
    họa/Nguồn: …") is a caption, no heading."""
    stay: set[int] = set()
    heads: dict[int, int] = {}
    if not task_starts:
        return stay, heads
    texts = [doc.flat[para.start : para.end].strip() for para in before]
    photo = [news_photo(text) for text in texts]
    short = [short_lines(doc, para) for para in before]
    issuing = [news_orders.tells_a_text_issued(text) for text in texts]
    solid = [para.start for k, para in enumerate(before) if not (photo[k] or short[k] or issuing[k])]

    def orders_between(start: int, stop: int) -> bool:
        return bisect_left(task_starts, stop) > bisect_left(task_starts, start)

    for k, para in enumerate(before):
        if not (photo[k] or short[k] or issuing[k]):
            continue
        at = bisect_left(solid, para.start)
        after_order = orders_between(solid[at - 1] if at else -1, para.start)
        following = solid[at] if at < len(solid) else len(doc.text)
        below = before[k + 1].start if k + 1 < len(before) else len(doc.text)
        last = doc.lines[para.last_line].start
        heading = short[k] and not photo[k] and ". " not in doc.text[last : para.end]
        if heading and orders_between(para.end, below):  # an order right below it
            if not after_order:
                heads[task_starts[bisect_left(task_starts, para.end)]] = last
            stay.add(para.start)
        elif not after_order:
            continue  # the account's furniture, or a text issued before any order
        elif heading and below == following:
            heads[following] = last  # right above the account's paragraph
            stay.add(para.start)
        elif photo[k] or short[k] or orders_between(para.start, following):
            stay.add(para.start)
    return stay, heads


def _lead_in_before(doc: Document, starts: list[int], offset: int, after: int) -> int:
    """Where a run of tasks opening at `offset` starts: at the bare lead-in right above it ("Ủy ban nhân
    dân tỉnh yêu cầu:", printed after a list of figures), when it is no part's start already."""
    k = bisect_left(starts, offset) - 1
    while k >= 0 and not doc.text[starts[k] : doc.paragraphs[k].end].strip():
        k -= 1
    if k < 0 or starts[k] <= after:
        return offset
    para = doc.paragraphs[k]
    if _continues(doc, para) or _before_items_kind(doc, para) != "tasks":
        return offset  # a lead-in that opens with its basis ("Sau khi nghe …, … kết luận:") is context
    return para.start


def _paragraph_at(doc: Document, start: int, stop: int) -> Paragraph | None:
    """The first paragraph with text that starts at or after `start` and before `stop`."""
    for para in doc.paragraphs:
        if start <= para.start < stop and doc.text[para.start : para.end].strip():
            return para
    return None


def _from(doc: Document, para: Paragraph, offset: int) -> Paragraph:
    """The paragraph from the first line at or after `offset` (a trích yếu run on into the body's first line)."""
    if para.start >= offset:
        return para
    first = next(i for i in range(para.first_line, para.last_line + 1) if doc.lines[i].start >= offset)
    return Paragraph(doc.lines[first].start, para.end, first, para.last_line)


def _indents_paragraphs(doc: Document, paragraphs: list[Paragraph]) -> bool:
    """True when the document opens its paragraphs indented (wrapped lines flush left): most do."""
    if len(paragraphs) < _INDENT_SAMPLE:
        return False
    indented = sum(doc.lines[p.first_line].text[:_INDENT].isspace() for p in paragraphs)
    return indented >= _INDENT_SHARE * len(paragraphs)


def _continues(doc: Document, para: Paragraph, indents: bool = False) -> bool:
    """A paragraph that the line break above it did not really open: no blank line between, and the line
    above ends no sentence ("Ngày 28 tháng 11 năm 2025, tại / Trụ sở Chính phủ, …"), or ends in a colon
    that is no lead-in to orders ("Tham dự có các đồng chí: / Phó Thủ tướng …"), or the document indents
    its paragraphs and this line is flush left (a wrapped "Căn cứ …;" item). A rule line ends all, and so does a
    photo or its caption ("… tại buổi làm việc. Ảnh: T.SỸ")."""
    if para.first_line == 0 or doc.lines[para.first_line - 1].blank:
        return False
    above = doc.lines[para.first_line - 1].stripped
    if not any(c.isalpha() for c in above) or news_photo(above):
        return False
    if not above.endswith((".", ";", ":", "!", "?")):
        return True
    if indents and not doc.lines[para.first_line].text[:1].isspace():
        return True
    return above.endswith(":") and not section_cues().directive_end.search(above)


def _closing_start(doc: Document, tail_start: int) -> int | None:
    """Where the closing begins: the tasks stage's closing formula, or an earlier paragraph after the last
    item's own words whose unaccented text is a closing ("… thông báo dé các Bộ, cơ quan biết, thực hiện./."
    as OCR prints it; "(Văn bản này thay thế …)")."""
    layout = doc.layout
    found = layout.closing[0] if layout.closing else None
    items = [item for item in layout.items if item.start < tail_start]
    after = items[-1].first_end if items else doc.header.end
    pattern = section_parts().folded_closing
    for para in doc.paragraphs:
        if para.start < after or para.start >= min(tail_start, found if found is not None else tail_start):
            continue
        folded = doc.folded[para.start : para.end].strip().lower()
        if pattern.search(folded) or (len(folded) <= _BARE_REGARDS_MAX and _BARE_REGARDS.match(folded)):
            return para.start
    return found


def _reports_own_act(text: str) -> bool:
    """ "UBND tỉnh nhận được Công văn …", "Phòng GD&ĐT xây dựng Kế hoạch …": the issuer reports its own act,
    context; not when an order stands before it ("UBND tỉnh giao Sở Y tế xây dựng kế hoạch …")."""
    match = section_parts().context_verb.match(text)
    return bool(match) and not section_cues().directive.search(match.group("subject"))


def _untasked_item_kind(doc: Document, item) -> str:
    """A numbered item that the tasks stage left out, before the first task: an item that praises or reports
    ("1. Ghi nhận, đánh giá cao …") is assessment, the rest ("1. Mục đích", "2. Yêu cầu") context."""
    cues = section_cues()
    head = doc.flat[item.start : item.first_end]
    body = head[len(item.marker) :].strip() if head.startswith(item.marker) else head
    return "assessment" if cues.praise_opening.match(body) else "preamble"


def _before_items_kind(doc: Document, para, news: bool = False, lead: bool = False) -> str:
    """Context (bases, purpose, a meeting's account) is preamble; a bare lead-in opens the tasks; the rest
    before the items tells the situation: assessment (ANNOTATION.md, "Sections"). In a news text the
    agency's tag before the lead ("NDO - Chiều 20/1, tại …") is no part of its opening; the `lead` itself,
    when it sums up what the report tells is ordered, planned or just decided, is its context."""
    text = doc.flat[para.start : para.end].strip()
    folded = doc.folded[para.start : para.end].strip().lower()
    if news and (tag := _NEWS_TAG.match(text)) and not _ROMAN.match(tag["tag"]):
        text, folded = text[tag.end() :], folded[tag.end() :]  # "(BĐ) - ": its brackets are no OCR noise
    text, folded = _NOISE.sub("", text), _NOISE.sub("", folded)  # "_ Căn cứ …": a bullet as OCR read it
    cues, parts = section_cues(), section_parts()
    if parts.fact_source.match(folded):
        return "assessment"  # "Theo Báo cáo số … của Sở …, mưa đá làm …": facts, as a source tells them
    if cues.basis_opening.match(text) or parts.folded_opening.match(folded) or damaged_opening(text, folded):
        return "preamble"
    if parts.source_opening.match(text):
        return "preamble"  # "Đây là kết luận của … tại phiên họp …": the text or meeting the report tells
    if _reports_own_act(text):
        return "preamble"
    if _CITATION.match(text) or (text[:1].isupper() and _CITED_TYPE.match(text) and _after_basis_item(doc, para)):
        return "preamble"
    if cues.situation_opening.match(text):
        return "assessment"
    if parts.meeting_account.search(text):
        return "preamble"  # "Cuộc họp do đồng chí … chủ trì. Tham dự có …": the account of the meeting
    if parts.opinion_lead_in.search(folded):
        return "continues"  # "Về việc này, … có ý kiến như sau:" answers the part above; no part of its own
    lead_in = cues.directive.search(text) or cues.directive_end.search(text) or parts.lead_in_end.search(text)
    if text.endswith(":") and lead_in and not _told_before_lead_in(text):
        return "tasks"  # a bare lead-in: "… yêu cầu …:", "… như sau:"
    if lead and sums_up(text):
        return "preamble"
    return "assessment"  # the situation, or facts told before the lead-in ("Từ ngày 24/7, … mưa lớn. … yêu cầu:")


def _after_basis_item(doc: Document, para: Paragraph) -> bool:
    """The paragraph's previous line with text ends in ";": an item of a list (of bases, before the items)."""
    above = next((doc.lines[i] for i in range(para.first_line - 1, -1, -1) if doc.lines[i].stripped), None)
    return above is not None and above.stripped.endswith(";")


def _told_before_lead_in(text: str) -> bool:
    """A paragraph whose first sentence tells facts and orders nothing before the sentence that leads in to the
    items ("Từ ngày 24/7, mưa lớn … (90mm/3h). Thực hiện …, Ban Chỉ đạo yêu cầu:")."""
    end = first_stop(text)
    return end is not None and not section_cues().directive.search(text[: end.end()])


def sections(doc: Document) -> Document:
    """Reads `doc.header`, `doc.tail`, `doc.layout`; writes `doc.sections`."""
    doc.sections = find_sections(doc)
    return doc
