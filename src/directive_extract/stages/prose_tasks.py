"""Tasks told in prose: the directive paragraphs outside every numbered item, tasks `p1`, `p2` … (SCHEMA "Implicit
tasks"), in letters without numbered items and in news reports. A news report tells orders in prose: its sapo, a
lead-in that ends with a colon and the run of orders after it, a deed told as done, a body that goes on with the
order told before it, a petition of a lower level to a higher one; the words of how news tells an order are read by
`news_orders`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..document import Document, Paragraph
from ..vn import LOWER, UPPER, fold_keep_case
from ..vocab import DOC_TYPES, LEVEL_OF_WORD, level_pattern
from . import news_orders
from .deadlines import find_deadlines
from .news import is_news, news_photo, unglued_paragraphs
from .paragraph_reading import (
    Item,
    closing,
    first_sentence,
    is_directive_paragraph,
    is_heading_line,
    section_cues,
    task_cues,
)
from .word_segmented import is_word_segmented

# a meeting's account opens with its time: "Ngày 20/4/2026, …", "Vào lúc 08 giờ 30 phút, ngày 30/5/2021, …"
# a news report's lead may open with its source: "NDO - Chiều 20/1, …", "(Chinhphu.vn) - Sáng 5/3, …", "(Báo Lâm
# Đồng) - Chiều 8/5, …"; a news brief may open with its item mark, "* Chiều 28-5, …"
_MEETING_OPENING = re.compile(
    r"^(?:\*\s++)?(?:(?:\([^()\n]{2,40}\)|[\w.]{2,20})\s*+[-–]\s*+)?(?:Vào\s+lúc|Vào\s+ngày|Ngày|Sáng|Chiều|Tối|Trưa|Hôm\s+nay|Trong\s+(?:hai\s+)?ngày)\b[^,]{0,60}?\d",
    re.IGNORECASE,
)


def orders_in_prose(text: str, after_order: bool = True) -> bool:
    """A sentence of prose that orders without naming who gives the order: it opens with a verb of doing,
    maybe after a connector ("Chuẩn bị sẵn sàng các nguồn lực …", "Bên cạnh đó, tổ chức triển khai …"), or
    it binds someone to a deed ("… địa phương cần lập danh sách …", "Chậm nhất đến ngày 27/2 phải hoàn thành
    …", "… yêu cầu tăng cường triển khai …" in its lead sentence). A title (one short line without a full
    stop, or in capitals) and a paragraph opening with its context ("Thực hiện …", "Trước tình hình …")
    order nothing here."""
    if len(text) < 200 and not text.rstrip().endswith((".", ";", "!", "…")):  # "…": a sentence the news cut
        return False
    cues = task_cues()
    situation = section_cues().situation_opening.match(text)
    if situation:
        # "Trước tình hình …, thành phố triển khai …": what is done in answer to the situation, a subject and its
        # deed; after "Hiện nay, …", "Qua …, …" the sentence tells how things are
        if not situation.group(0).lstrip().lower().startswith("trước"):
            return False
        comma = text.find(", ", 0, 300)
        if comma < 0:
            return False
        if cues.subject_then_deed.match(text, comma + 2) is not None:
            return True
        # "Trước tình hình …, ngành y tế cần huy động …": the answering clause binds someone to a deed
        return cues.obligation.search(first_sentence(text[comma + 2 :])) is not None
    if cues.action_opening.match(text) and _done_after_its_clause(text):
        return False  # "Quán triệt nghiêm túc chỉ đạo của …, UBND tỉnh đã ban hành Kế hoạch …": done on that basis
    if cues.deed_with_manner.match(text):
        return True  # "Thực hiện đồng bộ các biện pháp …": how a deed is to be done, an imperative
    if section_cues().basis_opening.match(text) or cues.plan_opening.match(text):
        # "Thực hiện chiến dịch …, lực lượng y tế đã …": the context of what is told; "Thực hiện Chương trình …, Sở X
        # sẽ tiếp tục tổ chức …", "Thời gian tới, tỉnh X cũng sẽ sẵn sàng …": a deed set on its basis or for its time
        return _plans_after_its_basis(text)
    opening = cues.connector.match(text)
    verb = cues.action_opening.match(text, opening.end() if opening else 0)
    if verb and not verb.group(0).isupper():  # "THÔNG BÁO VỀ 34 CA MẮC MỚI": a title, not an order
        if _NOUN_OF.match(text, verb.end()) or news_orders.opening_word_speaks(text, verb.end()):
            return False  # "Báo cáo của UBND huyện cho thấy, …", "Thông báo nêu rõ: …": a noun, the text told of
        # "Báo cáo tại cuộc họp, đại diện Sở … cho biết", "Báo cáo với đoàn công tác, ông A cho biết …": where or to
        # whom someone spoke, not an order
        return _AT_THE_MEETING.match(text, verb.end()) is None and not news_orders.said_to_someone(text, verb.end())
    if opening and (continued := cues.continued_order.match(text, opening.end())):
        # "Đồng thời các địa phương triển khai …": an order going on from the one before. After an account only a
        # body named by its name opens one ("Ngoài ra, Sở X rà soát …"); otherwise the clause goes on with the account:
        # it spells out what came before ("Trong đó, xã xác định phát huy lợi thế …" after a plan's outline), tells a
        # state ("Bên cạnh đó, an sinh xã hội được bảo đảm …") or a doer's deed ("Ngoài ra, các đoàn kiểm tra cũng
        # kiểm tra …")
        if after_order:
            return True
        subject = continued.group(0)
        return not _ELABORATING.match(opening.group(0)) and not _PASSIVE.search(subject) and subject[:1].isupper()
    return _binds_in_its_lead(first_sentence(text))  # in the lead sentence, not a story's detail


def _binds_in_its_lead(sentence: str) -> bool:
    """A word of obligation in the sentence outside a clause of reason ("…, vì chúng ta vẫn phải tiếp nhận …" tells
    why the risk is high, it binds no one)."""
    cues = task_cues()
    for bound in cues.obligation.finditer(sentence):
        clause_start = max(sentence.rfind(mark, 0, bound.start()) for mark in ",;:") + 1
        if cues.reason_opening.search(sentence, clause_start, bound.start()) is None:
            return True
    return False


_ELABORATING = re.compile(r"trong\s+đó(?!\w)", re.IGNORECASE)  # a connector that spells out what came before it
_PASSIVE = re.compile(r"(?<!\w)được(?!\w)", re.IGNORECASE)
DONE_SUBJECT_AFTER_CLAUSE = 6  # words of the subject after the opening clause's comma: "UBND tỉnh Nghệ An đã …"


def _done_after_its_clause(text: str) -> bool:
    """The lead sentence's opening clause, up to its first comma, is followed by a subject of a few words and a deed
    told as done ("Quán triệt nghiêm túc chỉ đạo của …, UBND tỉnh đã ban hành Kế hoạch …"): the clause opening with a
    verb is the basis the subject acted on, no order."""
    sentence = first_sentence(text)
    comma = sentence.find(", ")
    if comma < 0:
        return False
    subject = _SUBJECT_THEN_DONE.match(sentence, comma + 2)
    return subject is not None and subject.group(1)[:1].isupper()


_SUBJECT_THEN_DONE = re.compile(
    rf"((?:[^\s,.;:]++\s++){{1,{DONE_SUBJECT_AFTER_CLAUSE}}}?)(?:đã|đang|vừa)\s++(?!được\s)"
)


def _plans_after_its_basis(text: str) -> bool:
    """After a comma of the paragraph's lead sentence, a subject and a deed it will or must do
    (`TaskCues.planned_deed`): "Thực hiện Chương trình …, Sở Văn hóa, Thể thao và Du lịch sẽ tiếp tục tổ chức …"."""
    sentence = first_sentence(text)
    planned = task_cues().planned_deed
    comma = sentence.find(", ")
    while comma >= 0:
        if planned.match(sentence, comma + 2):
            return True
        comma = sentence.find(", ", comma + 2)
    return False


# after a verb opening a news paragraph: the meeting where it was said ("Báo cáo tại hội nghị, …", "Phát biểu tại
# buổi làm việc, …")
_AT_THE_MEETING = re.compile(
    r"\s++tại\s++(?:cuộc\s++họp|hội\s++nghị|phiên\s++họp|buổi\s++(?:làm\s++việc|họp|tiếp)|hội\s++thảo|lễ)"
    r"[^,.;:]{0,60},",
    re.IGNORECASE,
)


# after a verb of doing: "của" makes it a noun ("Báo cáo của UBND huyện …", "Kế hoạch của Sở …")
_NOUN_OF = re.compile(r"\s++của(?!\w)", re.IGNORECASE)


def implicit_tasks(doc: Document, before: list[Paragraph], has_items: bool) -> list[Item]:
    """Directive paragraphs outside every numbered item: tasks `p1`, `p2` … (SCHEMA "Implicit tasks").

    The paragraph that leads in to the list ("… yêu cầu các đơn vị thực hiện các nội dung sau:") is
    not one: its bodies are inherited by the items.
    """
    found: list[Item] = []
    news = is_news(doc)  # a news report tells of orders in prose: `orders_in_prose`
    base_date = doc.header.date if doc.header else None
    photo_end: int | None = None  # a news photo and its caption right after the last task: no task's text
    # a news page's title and teaser before its lead's source tag tell nothing (news_orders.report_start)
    starts_at = news_orders.report_start([doc.flat[p.start : p.end].strip() for p in before]) if news else 0
    texts_orders = False  # the last task told what a text orders: its measures may follow (news_orders)
    announced_end: int | None = None  # where the last paragraph telling a text sent with its orders ends
    text_announced = False  # the report told of a text sent ("vừa ký văn bản khẩn gửi …") before this paragraph
    bridged = False  # a caption or sub-heading stands between the last task and this paragraph
    run: tuple[int, int] | None = None  # a lead-in "… đề nghị <bodies>:" and the paragraphs carrying it out
    lead_seen = not news  # the report's first paragraph of prose has been read (`_is_sapo`)
    conclusions = False  # the report said it tells a text's conclusions (`news_orders.tells_conclusions`)
    run_end = 0  # where the lead-in or its last paragraph ends
    if news:
        before = [
            part for para in before for sub in _past_subheading(doc, para) for part in unglued_paragraphs(doc, sub)
        ]
    sentence_a_line = news and _sentence_a_paragraph(doc, before[starts_at:])
    for k, para in enumerate(before):
        if k < starts_at:
            continue
        text = doc.flat[para.start : para.end].strip()
        text_told_before, text_announced = text_announced, text_announced or (news and news_orders.names_a_text(text))
        if run is not None and not doc.text[run_end : para.start].strip():
            if news_photo(text):
                run_end = para.end
                continue
            if not _ends_lead_in_run(doc, para, text):
                item = Item("implicit", "", "", para.start, para.end, para.end, lead_in=run)
                item.id = f"p{len(found) + 1}"
                found.append(item)
                run_end = para.end
                continue
        run = None
        conclusions = conclusions or (news and news_orders.tells_conclusions(text))
        pointed_back = False  # the paragraph after the lead points back to it: the lead told the order itself
        if not lead_seen and not is_heading_line(text):
            lead_seen = True
            next_text = _next_text(doc, before, k)
            pointed_back = news_orders.points_back_to_the_lead(next_text)
            # a paragraph that opens "Theo đó, …" points back to a text told before it: the body, no summary
            if (
                not pointed_back
                and not news_orders.opens_with_its_content(text)
                and (
                    _is_sapo(doc, para)
                    or _spelled_out_after(doc, before, k, text)
                    or _summarizes_before_dated_lead(doc, para, text, next_text)
                )
            ):
                continue
        if _cites_a_legal_basis(text):
            continue  # "Căn cứ Nghị định số 43/2006/NĐ-CP …;", OCR's "Can cứ …" too: the preamble's bases
        if not news and _recounts_a_cited_assignment(text):
            continue  # "Thực hiện Nghị quyết số 185/NQ-CP …, trong đó giao UBND Thành phố chủ trì …": its basis
        # a letter's lead-in over unmarked paragraphs, one order each; over numbered items the items are its orders
        if (news or not has_items) and _lead_in_of_orders(text):
            run, run_end = (para.start, para.end), para.end
            continue
        after_task = bool(found) and (photo_end is not None or bridged or _adjacent(doc, found[-1], para))
        if news and after_task and news_photo(text):
            photo_end = para.end
            continue
        bridged = news and after_task and _caption_or_subheading(para, text)
        if bridged:
            continue  # "Lực lượng chức năng phong tỏa khu vực …" between two orders: the page's, not the orders'
        photo_end = None
        announced = announced_end is not None and not doc.text[announced_end : para.start].strip()
        if news and news_orders.announces_orders(text):
            announced_end = para.end
        last = has_items and k == len(before) - 1
        leads_in = (
            text.endswith(":")
            or (news and section_cues().follows_end.search(text) is not None)
            or (
                last
                and (
                    section_cues().directive_end.search(text)
                    or _scrambled_lead(text)
                    or section_cues().lost_colon_end.search(text)
                )
            )
        )
        lines = doc.text[para.start : para.end].strip()  # `flat` joins the lines: the title is read from these
        # "Thành phố yêu cầu từ 18h …": an authority ordering, read past a title the lead runs on from
        reported = news and (
            _reports_order(text)
            or _authority_orders(_past_title(doc, para) if k == 0 else text)
            or news_orders.ordered_in_passive(text)
            or (pointed_back and news_orders.tells_an_order_given(text))
        )
        # "Ngày 27/10, Chủ tịch UBND … đã giao sở ngành …": a dated lead that tells an order given is no meeting account
        # "Ngày 8/9, CSĐT cập nhật …" in a text's schedule told step by step: a dated measure, no meeting
        scheduled = news and after_task and texts_orders and _day_then_deed(text)
        meeting = _opens_with_meeting(lines, news) and not reported and not scheduled
        # a report's closing formula opens its paragraph: "Cùng đó, cơ quan này phải rà soát … . Ngân hàng … được yêu
        # cầu báo cáo … các nội dung trên" orders first, its later sentence asks for the report
        closes = closing(first_sentence(text) if news else text, unless_dated=True)
        if leads_in or meeting or (closes and not reported):
            continue  # in a report, "… yêu cầu … thông báo cho chủ tàu biết" orders what its bodies tell others
        if news and k == 0 and is_heading_line(text):  # "Phó Thủ tướng chủ trì họp về …": the report's title
            continue
        if news and not lead_seen and is_heading_line(text) and not text.endswith("…"):
            continue  # a row under the title before the lead, no sentence: a database's teaser, cut or unclosed
        if news and lead_seen and _crosshead(doc, before, k, text):
            continue  # "Địa phương khẩn trương đối phó với bão số 7" over the provinces' accounts: the page's title
        if news and _underlined(doc, before, k):  # a Markdown heading: "Tiêu đề …" over "-----"
            continue
        if news and news_orders.refers_back_to_order(text):
            continue  # "Chủ tịch tỉnh đã chỉ đạo như trên sau khi …": the order was told in the paragraph before
        if news and not reported and news_orders.tells_who_attended(text):
            continue  # "Tham dự hội nghị có …; Phó Thủ tướng … cùng chủ trì.": the meeting's account
        if news and news_orders.opens_an_account(text) and not (reported or is_directive_paragraph(text)):
            continue  # "Trước đó, Sở đã nhận …": what came before; "Trước đó, … ông chỉ đạo X …" still orders
        if news and not (after_task or is_directive_paragraph(text)) and _goes_on_subjectless(text):
            continue  # "Đồng thời, vận động …" after a done act: it goes on telling that act
        if news and news_orders.announces_a_text(text, _next_text(doc, before, k)):
            continue  # "UBND tỉnh … có công điện gửi …" then "Theo đó, …": the order is told next
        # right after an order: a body and its deed, one taken in contrast, the verb of ordering with its giver left
        # out; in an account of conclusions, anywhere: "Ủy ban nhân dân tỉnh X tiếp thu các ý kiến … để hoàn thiện …"
        goes_on = news and (
            ((after_task or conclusions) and _goes_on_ordering(text, after_task))
            or (after_task and news_orders.quotes_an_order(text))  # "“Chúng ta phải …”, ông A nói."
        )
        # "Hộ có từ 5 nhân khẩu trở lên phải lấy …", "UBND các huyện bố trí …" right after "Theo đó, … đề nghị …":
        # the text's measure
        measure = (
            news
            and after_task
            and texts_orders
            and (
                news_orders.spells_out_a_measure(text)
                or task_cues().subject_then_deed.match(text) is not None
                or _dated(first_sentence(text), base_date)  # "Trước 17h ngày 7/9, Sở GDĐT … hoàn tất …": its schedule
                or scheduled
            )
        )
        if news and not (reported or goes_on or scheduled) and _tells_a_done_act(text):
            continue  # "Trưa nay, tỉnh đã di dời … Người dân khẩn trương …": the account of a done act
        # "Đối với …, dù … chưa đồng thuận. Tỉnh đề nghị xã …": the matter, then the order on it
        told = news and (
            orders_in_prose(text, after_order=after_task or _after_an_order_told(doc, before, k))
            # "Theo đó, lịch tuyển sinh được điều chỉnh như sau: … trước 17h ngày 22/8; …": the text's orders as a
            # schedule, each with its time limit
            or (news_orders.tells_a_texts_orders(text) and _dated(text, base_date))
            or reported
            or _authority_orders_later(text)
            or news_orders.refers_back_to_order(_next_text(doc, before, k))
            or news_orders.plans_ahead(text)
            or news_orders.plans_a_period(text)
            or (text_told_before and news_orders.plans_in_its_content(text))
            or news_orders.binds_after_contrast(text)
        )
        if not (is_directive_paragraph(text) or told or goes_on or measure):
            continue
        if news and not reported and news_orders.opens_with_an_assessment(text):
            continue  # "Thủ tướng nhìn nhận, việc … còn chậm; …, cần điều chỉnh": the leader's assessment
        if news and not reported and news_orders.tells_a_sanction(first_sentence(text)):
            continue  # "Quyết định này áp dụng biện pháp khắc phục hậu quả là buộc …": a violator's penalty
        if news and _petitions_upward(text):
            continue
        if sentence_a_line and after_task and _goes_on_in_its_own_sentence(text):
            found[-1].end = para.end  # "Đồng thời sở này cần …", "Đến năm 2019, phải …": the paragraph the page printed
            continue
        item = Item("implicit", "", "", para.start, para.end, para.end)
        item.id = f"p{len(found) + 1}"
        found.append(item)
        # the first task right after "UBND tỉnh … có văn bản hỏa tốc yêu cầu …" (no task itself) opens its measures
        texts_orders = news and ((after_task and texts_orders) or announced or news_orders.tells_a_texts_orders(text))
    return found


def _sentence_a_paragraph(doc: Document, paragraphs: list[Paragraph]) -> bool:
    """A word segmenter's output stored one sentence a line (an NLP corpus of news articles): the page's paragraphs
    are lost, each line is a sentence. Then a sentence that goes on with the order before it, no body of its own
    opening it, belongs to that order's paragraph (ANNOTATING, news reports, rule 8)."""
    if not is_word_segmented(doc.source_text):
        return False
    sentences = [text for p in paragraphs if len((text := doc.flat[p.start : p.end].strip()).split()) >= SENTENCE_WORDS]
    if len(sentences) < SENTENCE_LINES:
        return False
    single = sum(_INNER_STOP.search(text) is None for text in sentences)
    return single >= SINGLE_SENTENCE_SHARE * len(sentences)


SENTENCE_WORDS = 8  # a line shorter than this is a title, a byline or a caption, no sentence of the body
SENTENCE_LINES = 5  # lines of the body that are sentences: fewer say nothing of the storage
SINGLE_SENTENCE_SHARE = 0.8  # of them, one sentence each
# a stop inside a line before a capital, after a word of three letters or more: "TP. Cà Mau" is no stop
_INNER_STOP = re.compile(rf"(?<=\w\w\w)[.!?]\s++(?=[{UPPER}])")
# a sentence's stop inside a paragraph: after a word of three letters or more, or one that ends in a small letter
# ("… của dự án. Do vậy, …"); "TP. Cà Mau" is no stop
_SENTENCE_STOP = re.compile(rf"(?:(?<=\w\w\w)|(?<=[{LOWER}]))[.!?]\s++(?=[{UPPER}])")
# an obligation with no subject, after a time or a matter at most: "Đến năm 2019, phải hoàn thành …"
_SUBJECTLESS_OBLIGATION = re.compile(r"(?:[^,.;:]{1,40},\s++)?(?:cũng\s++)?(?:phải|cần)\s", re.IGNORECASE)


# a body after a verb of ordering: "các …" or a capital ("giao Sở X", "yêu cầu các huyện")
_ADDRESSEE_AFTER = re.compile(rf"\s++(?:các\s|[{UPPER}])")


def _goes_on_in_its_own_sentence(text: str) -> bool:
    """A sentence that goes on with the order before it: its body named again and bound ("Đồng thời sở này cần …",
    "Cơ quan này cũng phải …"), a connector then a deed ("Đồng thời, vận động …"), a deed with no subject ("Kiểm tra,
    hướng dẫn người dân …"), an obligation with none ("Đến năm 2019, phải …"), a verb of ordering with no addressee
    ("Trong đó, lưu ý duy trì …"); not one that names its own ("Giao Sở X …", "Yêu cầu các huyện …")."""
    at = _connector_end(text)
    verb = news_orders.news_cues().order_verb.match(text, at)
    if verb is not None and _ADDRESSEE_AFTER.match(text, verb.end()):
        return False
    return (
        news_orders.binds_the_body_before(text, at)
        or verb is not None
        or task_cues().action_opening.match(text, at) is not None
        or _SUBJECTLESS_OBLIGATION.match(text, at) is not None
    )


SAPO_RUN_WORDS = 6  # words of a run the body prints again
SAPO_REPEATED_SHARE = 1 / 3  # of the runs of a summary's lead sentence: the body tells it again


def _is_sapo(doc: Document, para: Paragraph) -> bool:
    """The news report's first paragraph of prose is its sapo, the summary a page prints under its title, when the
    body after it prints much of it again (a third of the runs of six words of its lead sentence, or of the whole
    paragraph): what it says is told, and ordered, where the body tells it ("Tại Công điện số 25, Ban Chỉ đạo chỉ
    đạo các tỉnh … rà soát, sẵn sàng …" over the công điện's items, one of which is "Các tỉnh, thành phố … rà soát,
    sẵn sàng …"; a lead whose later sentences the body prints word for word); or when one paragraph of the body
    prints most words of the order the lead tells after its verb, in another order and other words around them
    ("… UBND Hà Nội đề nghị người dân hạn chế ra khỏi nhà, nhất là di chuyển trong dịp Tết" over "TP cũng đề nghị
    người dân hạn chế di chuyển, nhất là trong dịp tết …"). A lead whose order the body does not tell again is the
    report's first order."""
    rest = doc.flat[para.end :].split()
    printed = {tuple(rest[k : k + SAPO_RUN_WORDS]) for k in range(len(rest) - SAPO_RUN_WORDS + 1)}
    text = doc.flat[para.start : para.end].strip()
    if _printed_again(first_sentence(text).split(), printed) or _printed_again(text.split(), printed):
        return True
    # the order its lead sentence tells, its verb wherever it stands ("Thủ tướng … thúc đẩy …, đồng thời yêu cầu các bộ
    # ngành địa phương đẩy mạnh …"), or one a later sentence tells of a text ("Bão số 7 đang tiến vào …. Ngày 25/9,
    # Thủ tướng có công điện khẩn yêu cầu các tỉnh phải hoãn …" over the công điện's items printed in the body)
    told = [news_orders.sapo_order_words(first_sentence(text), any_giver=True)]
    told += [news_orders.sapo_order_words(sentence, any_giver=True) for sentence in _SENTENCE_STOP.split(text)[1:]]
    orders = [order for order in told if order is not None]
    if not orders:
        return False
    laters = [_words_of(doc.flat[later.start : later.end]) for later in doc.paragraphs if later.start >= para.end]
    return any(len(order & later) >= SAPO_ORDER_SHARE * len(order) for order in orders for later in laters)


SAPO_ORDER_SHARE = 0.6  # of the words a sapo's order prints after its verb: one paragraph of the body tells it again
SAPO_BODY_SHARE = 0.8  # of the same words: the body after a dated lead prints them, anywhere


def _summarizes_before_dated_lead(doc: Document, para: Paragraph, text: str, next_text: str) -> bool:
    """An undated first paragraph over the report's dated lead ("Chiều 16/10, ông … đã đến kiểm tra …") is the page's
    sapo when the body after it prints nearly every word of the order it tells, in its own sentences: "… chỉ đạo đơn vị
    thi công phải tập trung nhân lực hoàn thành nút giao thông …" over a body that tells the inspection of that
    crossing and then "yêu cầu các nhà thầu thi công … tập trung nhân lực … để hoàn thành công trình …". The summary
    is no order of its own; the order is told where the body tells it."""
    if _MEETING_OPENING.match(text) or not _MEETING_OPENING.match(next_text):
        return False
    order = news_orders.sapo_order_words(first_sentence(text), any_giver=True)
    return order is not None and len(order & _words_of(doc.flat[para.end :])) >= SAPO_BODY_SHARE * len(order)


_WORD = re.compile(r"\w+")


def _words_of(text: str) -> set[str]:
    return {word.lower() for word in _WORD.findall(text)}


def _printed_again(words: list[str], printed: set[tuple[str, ...]]) -> bool:
    runs = {tuple(words[k : k + SAPO_RUN_WORDS]) for k in range(len(words) - SAPO_RUN_WORDS + 1)}
    return bool(runs) and len(runs & printed) >= SAPO_REPEATED_SHARE * len(runs)


def _dated(text: str, base_date: str | None) -> bool:
    """Whether the text sets a time limit: a deadline of a day, a period or a length (deadlines.py), not a
    recurrence or "ngay"; `base_date`, the document's, gives a day printed without its year its year."""
    return any(f.label in ("date", "period", "duration") for f in find_deadlines(text, base_date=base_date))


def _doc_kinds() -> str:
    """The kinds of text (vocab.DOC_TYPES) folded, longest first, any run of spaces between their words (a scan prints
    two: "Quyết  định")."""
    kinds = (r"\s++".join(map(re.escape, fold_keep_case(kind).split())) for kind in DOC_TYPES)
    return "|".join(sorted(kinds, key=len, reverse=True))


@lru_cache(maxsize=1)
def _legal_basis() -> re.Pattern[str]:
    """On the folded lower text: "căn cứ" then a text's kind (vocab.DOC_TYPES), a speck of OCR before it allowed."""
    return re.compile(rf"[^\w]{{0,3}}can\s++cu\s++(?:{_doc_kinds()})(?!\w)")


def _cites_a_legal_basis(text: str) -> bool:
    """A paragraph of the preamble that cites a text as a basis ("Căn cứ Nghị định số 43/2006/NĐ-CP …;"), its marks
    read or lost to OCR ("Can cứ …"): whatever duty its words name ("… tự chịu trách nhiệm thực hiện nhiệm vụ …"), the
    cited text's, no order of this one."""
    return _legal_basis().match(fold_keep_case(text[:60]).lower()) is not None


# a cited text's assignment told after the text's number: "… tại Công văn số 17949/UBND-THKH ngày 30/11/2022; trong đó,
# giao Sở Kế hoạch và Đầu tư chủ trì …", on the folded lower text
_CITED_ASSIGNMENT = re.compile(r"\d[^.!?]{0,160}?[,;]\s*+trong\s++do\s*+,?\s++(?:co\s++)?giao(?!\w)")


@lru_cache(maxsize=1)
def _assigned_in_a_cited_text() -> re.Pattern[str]:
    """On the folded lower text: a paragraph opening in a text it cites ("Tại Quyết định số 1383/QĐ-TTg …", "Theo Công
    văn số …"), its sentence going on to what that text's author assigned ("…, Thủ tướng Chính phủ giao Bộ …")."""
    return re.compile(rf"(?:tai|theo)\s++(?:{_doc_kinds()})\s++so\b[^.!?]{{0,300}}?\s(?:(?:da|co)\s++)?giao(?!\w)")


def _recounts_a_cited_assignment(text: str) -> bool:
    """A letter's paragraph that tells what a text it cites assigned ("Thừa ủy quyền của Chủ tịch UBND tỉnh tại Công
    văn số …; trong đó, giao Sở …", "Thực hiện Nghị quyết số 185/NQ-CP …, trong đó giao UBND Thành phố …", "Tại
    Quyết định số 1383/QĐ-TTg …, Thủ tướng Chính phủ giao Bộ …"), and asks nothing of its own after it: the
    letter's basis, no order of its own (the assignment is the cited text's)."""
    folded = fold_keep_case(text).lower()
    told = _CITED_ASSIGNMENT.search(folded) or _assigned_in_a_cited_text().match(folded)
    if told is None:
        return False
    rest = text[told.end() :]
    after = rest.split(". ", 1)[1] if ". " in rest else ""  # the sentences after the one that tells it
    return not is_directive_paragraph(after)


def _lead_in_of_orders(text: str) -> bool:
    """A paragraph that leads in to the orders its next paragraphs print one by one, unmarked, as a list's lead-in
    does: its last sentence orders and ends with a colon ("… Ban Chỉ đạo đề nghị Ủy ban nhân dân các tỉnh, thành
    phố:", "… Ban Chỉ huy kính đề nghị:", a letter's "Ủy ban nhân dân tỉnh yêu cầu:" over a paragraph per body);
    not one that lists what it names ("… các dự thảo văn kiện sau đây:")."""
    if not text.endswith(":"):
        return False
    sentence = text[text.rfind(". ") + 1 :].strip()
    return bool(section_cues().ordering_colon.search(sentence)) or is_directive_paragraph(sentence)


def _ends_lead_in_run(doc: Document, para: Paragraph, text: str) -> bool:
    """The paragraph tells something else than the orders of the lead-in before it: a title ("Gia Lai: Triển khai
    …"), a new account ("Chiều 02/11, UBND tỉnh … tổ chức họp …"), the closing ("Đề nghị … quan tâm, chỉ đạo thực
    hiện."), a deed told as done, or a lead-in of its own."""
    lines = doc.text[para.start : para.end].strip()
    return (
        is_heading_line(text)
        or text.endswith(":")
        or _opens_with_meeting(lines, True)
        # "… thông báo cho thuyền trưởng … biết": what the bodies are to tell others, not the closing formula
        or (news_orders.before_inner_closing(text, section_cues().closing) is text and closing(text, unless_dated=True))
        or _tells_a_done_act(text)
    )


LONG_LINE = 120  # a line longer than this and twice the one before it is no hard-wrapped line's next


def _past_subheading(doc: Document, para: Paragraph) -> list[Paragraph]:
    """A news paragraph whose first line is a sub-heading or a caption the next line was printed under without a
    blank line ("Không để gián đoạn công việc" over a paragraph printed on one line): the two parts. A hard-wrapped
    paragraph's lines are of one width, so a line far longer than the short one before it opens a paragraph of its
    own."""
    if para.last_line == para.first_line:
        return [para]
    first, second = doc.lines[para.first_line], doc.lines[para.first_line + 1]
    heading = first.text.strip()
    if not is_heading_line(heading) or len(second.text.strip()) <= max(LONG_LINE, 2 * len(heading)):
        return [para]
    return [
        Paragraph(para.start, first.start + len(first.text.rstrip()), para.first_line, para.first_line),
        Paragraph(
            second.start + len(second.text) - len(second.text.lstrip()), para.end, para.first_line + 1, para.last_line
        ),
    ]


CROSSHEAD_CHARS = 100  # a sub-heading's line: a title's length
CROSSHEAD_NEXT_SHARE = 2  # the paragraph under it, at least this many times as long


def _crosshead(doc: Document, paragraphs: list[Paragraph], k: int, text: str) -> bool:
    """A sub-heading inside a report's body: one short line not ended as a sentence (nor cut, "…"), with a paragraph
    of prose under it that is much longer; it titles what follows, as the page's title does, and orders nothing of its
    own even when worded as an order ("Địa phương khẩn trương đối phó với bão số 7")."""
    para = paragraphs[k]
    if para.first_line != para.last_line or len(text) > CROSSHEAD_CHARS or not is_heading_line(text):
        return False
    following = _next_text(doc, paragraphs, k)
    return not text.endswith("…") and len(following) >= CROSSHEAD_NEXT_SHARE * len(text) and following[-1:] in ".!?"


def _caption_or_subheading(para: Paragraph, text: str) -> bool:
    """One short line not ended as a sentence that orders nothing: a photo's caption or a sub-heading. A line the
    news cut ("… trên trang thông tin của tỉnh…") is a sentence (`orders_in_prose`)."""
    return (
        para.first_line == para.last_line
        and is_heading_line(text)
        and not (is_directive_paragraph(text) or orders_in_prose(text))
    )


DONE_SUBJECT_WORDS = 14  # words of the subject of a done deed: "các Đài canh vô tuyến điện tuyến biên giới biển đã …"


def _tells_a_done_act(text: str) -> bool:
    """A news paragraph whose lead sentence tells a deed as done before anything in it orders ("Trưa nay, tỉnh đã
    di dời … Người dân khẩn trương chèn chống nhà cửa …"): what it says after the deed is the account's, unless
    an authority orders in it ("… Giám đốc Sở cho biết: Sở tiếp tục yêu cầu …"). The deed is the sentence's own:
    its subject opens the paragraph or follows a comma, in a few words; not a deed told inside a clause ("…, trong
    đó đã phân công …", "… (… các quốc gia đã kiểm soát …)"), nor one after a paragraph opening with a deed to do
    ("Ngoài ra, Sở A phối hợp … rà soát … đất đã được cấp …")."""
    done = news_orders.done_deed_at(text)
    if done is None or is_directive_paragraph(text[:done]) or _prose_order_opening(text):
        return False
    subject = text[max(text.rfind(",", 0, done), text.rfind(";", 0, done)) + 1 : done]
    opening = subject.lstrip()
    if len(subject.split()) > DONE_SUBJECT_WORDS or "(" in subject or task_cues().connector.match(opening):
        return False  # the deed of a relative or bracketed clause, not the sentence's own
    if news_orders.concedes(opening):
        return False  # "Dù đã bước sang tháng 12 nhưng …, chủ đầu tư vẫn yêu cầu …": granted, the main clause orders
    if news_orders.goes_on_to_order(text, done):
        return False  # "Ông A đã đến kiểm tra xã B, yêu cầu chính quyền …": the inspection, then its orders
    if news_orders.binds_after_contrast(text, done):
        return False  # "Các Bộ … đã phê duyệt Đề án nhưng kết quả còn thấp, cần có giải pháp …": the order after
    if news_orders.agrees_on_orders(text, done):
        return False  # "… các đại biểu đã thống nhất đưa ra một số định hướng … như: …": the meeting's orders
    return not news_orders.orders_as_giver_anywhere(text)


def _prose_order_opening(text: str) -> bool:
    """The paragraph opens with a verb of doing or a subject and its deed after a connector (`orders_in_prose`)."""
    cues = task_cues()
    opening = cues.connector.match(text)
    if cues.action_opening.match(text, opening.end() if opening else 0):
        return True
    return opening is not None and cues.continued_order.match(text, opening.end()) is not None


def _reports_order(text: str) -> bool:
    """A news paragraph telling an order given (`news_orders.reports_an_order`) or ordering in a sentence that goes
    on to what its bodies are to tell others (a closing formula's words inside it)."""
    if news_orders.reports_an_order(text):
        return True
    cut = news_orders.before_inner_closing(text, section_cues().closing)
    return cut is not text and is_directive_paragraph(cut)


def _authority_orders(text: str) -> bool:
    """An authority ordering in the paragraph's lead sentence (`news_orders.giver_order_end`), not deciding its own
    act: "UBND tỉnh quyết định thành lập Ban chỉ huy …" is done by the decision, no one is ordered."""
    return _orders_someone(text, news_orders.giver_order_end(text))


def _authority_orders_later(text: str) -> bool:
    """A sentence after the lead opens with an authority ordering (`news_orders.later_giver_order_end`), not deciding
    its own act (`_authority_orders`); in a paragraph telling what a body says ("Theo UBND tỉnh, …"), any clause
    after its opening (`news_orders.account_order_end`)."""
    later = news_orders.later_giver_order_end(text)
    return _orders_someone(text, later) or _orders_someone(text, news_orders.account_order_end(text))


def _orders_someone(text: str, verb_end: int | None) -> bool:
    """A verb of ordering ending at `verb_end` (None: none) whose object is not the authority's own act."""
    return verb_end is not None and task_cues().enacting_opening.match(text[verb_end:].lstrip()) is None


def _goes_on_ordering(text: str, after_task: bool) -> bool:
    """A paragraph that goes on with the orders told before it (`implicit_tasks`): a body and its deed, or right after
    an order a body taken in contrast or the verb of ordering opening the paragraph."""
    if _body_carries_on_order(text):
        return True
    return after_task and (
        _contrasted_body_does(text)
        or news_orders.opens_with_an_order(text)
        or _conditional_deed(text)
        or _body_before_bound(text)
        or _deed_on_a_matter(text)
    )


def _deed_on_a_matter(text: str) -> bool:
    """Right after an order, the matter it goes on to and the deed, its doer the one ordered before: "Về công tác
    kiểm tra chuyên ngành, quán triệt thực hiện nghiêm Nghị quyết …"."""
    matter = news_orders.news_cues().matter_opening.match(text)
    return matter is not None and task_cues().action_opening.match(text, matter.end()) is not None


def _body_before_bound(text: str) -> bool:
    """Right after an order, its body named again and bound: "Bộ cần có phương án …", "Cùng đó, cơ quan này phải …"."""
    return news_orders.binds_the_body_before(text, _connector_end(text))


def _connector_end(text: str) -> int:
    """Where the paragraph goes on after the connector opening it ("Đồng thời, ", "Cùng đó, "), 0 with none."""
    opening = task_cues().connector.match(text) or news_orders.news_cues().continuing.match(text)
    return opening.end() if opening else 0


def _conditional_deed(text: str) -> bool:
    """After a condition, who does what, in a few words: "Khi có mưa lớn, chính quyền địa phương sơ tán người dân …"
    right after an order goes on with it."""
    after = news_orders.past_condition(text)
    return after is not None and task_cues().subject_then_deed.match(text, after) is not None


def _past_title(doc: Document, para: Paragraph) -> str:
    """The paragraph's text after its first line when that line is a news title the lead runs on from with no blank
    line between ("Phó Thủ tướng yêu cầu bình ổn giá …" over "VOV - Chiều 12/10, …"); else all of it."""
    if para.last_line == para.first_line or not is_heading_line(doc.lines[para.first_line].text):
        return doc.flat[para.start : para.end].strip()
    return doc.flat[doc.lines[para.first_line + 1].start : para.end].strip()


def _spelled_out_after(doc: Document, paragraphs: list[Paragraph], k: int, lead: str) -> bool:
    """The lead tells a text sent with its orders ("Bộ … vừa ban hành văn bản yêu cầu các cơ quan … triển khai …")
    and the body's first paragraph of prose, past a sub-heading, spells the text out ("Cụ thể, Bộ yêu cầu Cục …"):
    the lead is the report's summary of the orders the body tells one by one."""
    for later in paragraphs[k + 1 : k + 3]:
        text = doc.flat[later.start : later.end].strip()
        if not is_heading_line(text):
            return news_orders.announces_a_text(lead, text)
    return False


def _next_text(doc: Document, paragraphs: list[Paragraph], k: int) -> str:
    if k + 1 >= len(paragraphs):
        return ""
    nxt = paragraphs[k + 1]
    return doc.flat[nxt.start : nxt.end].strip()


_WORD_START = re.compile(r"(?<=\s)\S")
CONTRAST_SUBJECT_WORDS = 12  # words of the body's name read for its verb: "Còn Hạt Kiểm lâm các huyện, thị xã …"


def _contrasted_body_does(text: str) -> bool:
    """A body taken in contrast after an order, then a verb of doing not told as done ("Còn Hạt Kiểm lâm các
    huyện tăng cường …"): the name may be any, the contrast word says it is the next body ordered."""
    rest = news_orders.without_contrast(text)
    if rest is text:
        return False
    start = len(text) - len(rest)
    verb = task_cues().action_opening
    for k, word in enumerate(_WORD_START.finditer(text, start + 1)):
        if k >= CONTRAST_SUBJECT_WORDS or text[word.start() - 2] in ".;:":
            return False
        if verb.match(text, word.start()):
            return task_cues().told_as_done.search(text, 0, word.start()) is None
    return False


def _goes_on_subjectless(text: str) -> bool:
    """A paragraph opened by a connector then straight by a verb of doing ("Đồng thời, vận động …")."""
    opening = task_cues().connector.match(text)
    return (
        opening is not None
        and news_orders.continues_without_subject(text)
        and task_cues().action_opening.match(text, opening.end()) is not None
    )


def _body_carries_on_order(text: str) -> bool:
    """A news report of a directive going on body by body, right after a reported order: a paragraph opened by a
    body or its head, then a verb of doing not told as done ("Bộ trưởng Quốc phòng tổ chức quán triệt …", "Bộ
    Quốc phòng phối hợp với … điều tra …"). At large in a report such a paragraph tells an event ("Sở Y tế tổ
    chức hội nghị …"): only in the run of orders is it one of them; "đã", "đang", "vừa" tell it as done anywhere."""
    cues = task_cues()
    # past a connector or the year the deed falls in: "Đồng thời, các Bộ, ngành rà soát …", "Năm 2019 các Bộ, ngành
    # hoàn thành …"
    year = _YEAR_OPENING.match(text)
    at = year.end() if year else _connector_end(text)
    found = (
        cues.body_does.match(text, at)
        or cues.office_does.match(text, at)
        or _listed_bodies_do(text, at)
        or cues.sector_does.match(text, at)
        or cues.bodies_do.match(text, at)  # "Các địa phương chủ động giám sát …": bodies taken all or one by one
        or cues.bodies_in_remit.match(text, at)  # "Các sở: A, B; Công an tỉnh căn cứ chức năng, nhiệm vụ …"
    )
    return found is not None and cues.told_as_done.search(text, 0, found.end()) is None and not _enacts(text, found)


_YEAR_OPENING = re.compile(r"(?:trong\s++)?năm\s++\d{4}(?:\s*+,)?\s++", re.IGNORECASE)


def _enacts(text: str, found: re.Match[str]) -> bool:
    """The deed a body's match ends with is its own act, done by deciding it ("UBND tỉnh thành lập Ban Chỉ huy …",
    "Sở … phê duyệt …"): an event told, no one ordered."""
    return any(m.end() == found.end() for m in task_cues().enacting_opening.finditer(text, found.start(), found.end()))


LISTED_BODIES = 6  # names before the last one of a list opening a paragraph: "Bộ A, Bộ B, các bộ, ngành …"
LISTED_NAME_CHARS = 60  # a name of the list, up to its comma


def _listed_bodies_do(text: str, at: int = 0) -> re.Match[str] | None:
    """A paragraph opened by bodies printed by their names, comma by comma, maybe after a list's opening ("3 đơn vị
    gồm: "), the last of them and its deed as `TaskCues.body_does` reads one ("Bộ Tài chính, Bộ Công Thương, các bộ,
    ngành tháo gỡ …", "3 đơn vị gồm: Đồn Biên phòng A, Đồn Biên phòng B xây dựng kế hoạch …")."""
    cues = task_cues()
    pos = at
    opening = news_orders.news_cues().list_opening.match(text, at)
    if opening is not None:
        pos = opening.end()
        found = cues.body_does.match(text, pos) or cues.office_does.match(text, pos)
        if found is not None:
            return found
    for _ in range(LISTED_BODIES):
        comma = text.find(", ", pos, pos + LISTED_NAME_CHARS)
        if comma < 0 and pos > at and text[pos : pos + 1].isupper():
            return _last_listed_body_does(text, pos)  # "…, Hà Đông, Đức Giang và Bệnh viện Thanh Nhàn bố trí …"
        if comma < 0 or not text[pos : pos + 1].isupper() or any(c in ".;:" for c in text[pos:comma]):
            return None
        if _DAY_OF_MONTH.search(text, pos, comma):
            return None  # "Cụ thể ngày 27-3, Thanh tra Sở … kiểm tra …": a dated event told, no body listed
        pos = comma + 2
        found = cues.body_does.match(text, pos)
        if found is not None:
            return found
    return None


def _last_listed_body_does(text: str, pos: int) -> re.Match[str] | None:
    """After the names of a list, the last one's "và" and a body by its name, then its deed (`TaskCues.body_does`)."""
    joined = _LAST_AND.search(text, pos, pos + LISTED_NAME_CHARS)
    return None if joined is None else task_cues().body_does.match(text, joined.end())


_LAST_AND = re.compile(rf"(?<=\w) và (?=[{UPPER}])")
# a day and its month, "27-3", "3/4": what opens a paragraph with it dates an event, names no body
_DAY_OF_MONTH = re.compile(r"(?<!\d)\d{1,2}\s*+[-/]\s*+\d{1,2}(?!\d)")


def _scrambled_lead(text: str) -> bool:
    """The lead-in whose last line OCR printed out of order: "… nội dung sau:khai thực", a few words in small
    letters after the colon and no full stop (an order after the colon opens with a capital)."""
    match = section_cues().scrambled_directive_end.search(text)
    return match is not None and match.group("tail").islower()


def _after_an_order_told(doc: Document, paragraphs: list[Paragraph], k: int) -> bool:
    """The paragraph right before tells orders given ("… chính quyền thành phố đã giao công việc cụ thể cho từng sở,
    ngành thực hiện."): "Trong đó, Sở GTVT được giao …" goes on with them."""
    if k == 0 or doc.text[paragraphs[k - 1].end : paragraphs[k].start].strip():
        return False
    before = paragraphs[k - 1]
    return news_orders.tells_an_order_given(doc.flat[before.start : before.end].strip())


def _adjacent(doc: Document, item: Item, para: Paragraph) -> bool:
    """Nothing but blank space between the item's end and the paragraph."""
    return not doc.text[item.end : para.start].strip()


_UNDERLINE = re.compile(r"[-=]{3,}")


def _underlined(doc: Document, paragraphs: list[Paragraph], k: int) -> bool:
    """The paragraph is a Markdown heading: the next is a line of "-" or "=" only."""
    if k + 1 >= len(paragraphs):
        return False
    nxt = paragraphs[k + 1]
    return bool(_UNDERLINE.fullmatch(doc.text[nxt.start : nxt.end].strip()))


def _petitions_upward(text: str) -> bool:
    """A news report's account of what a lower level asked of a higher one, not an order: "Dịp này, huyện Vân Canh
    đề nghị tỉnh hỗ trợ …", "UBND xã X kiến nghị UBND huyện …". Orders go down the levels (xã, huyện, tỉnh);
    a request from a level to one above it is a petition, answered by the leader whose orders the report tells."""
    lead = first_sentence(text)
    if _PARTICIPANTS_ASK.search(lead) or _VOICES_ASK.match(lead):
        return True
    match = _PETITION.search(lead)
    if match is None:
        return False
    below = _RANK.get(LEVEL_OF_WORD.get(" ".join(match.group("subject").lower().split())))
    above = _RANK.get(LEVEL_OF_WORD.get(" ".join(match.group("addressee").lower().split())))
    return below is not None and above is not None and above > below


_RANK = {"commune": 1, "district": 2, "province": 3}
# the representatives or leaders of several localities, at a meeting, asking or judging: "Đại diện các tỉnh Hà Tây,
# Vĩnh Phúc cho rằng Cục Thú y cần …", "Ngoài ra, lãnh đạo các tỉnh cũng đề nghị Bộ …" — what the meeting heard,
# not what its chair ordered (one leader of a body, "Lãnh đạo Sở đề nghị các phòng …", orders: no plural there)
_PARTICIPANTS_ASK = re.compile(
    rf"(?:^|,\s++)(?i:đại\s+diện(?:\s++các)?|lãnh\s+đạo\s++các)\s++(?i:{level_pattern()}|địa\s+phương)(?!\w)"
    rf"(?:[\s,]++(?:và\s++)?[{UPPER}][^\s,.;:]*+){{0,12}}\s++(?:(?:cũng|đều)\s++)?"
    r"(?:đề\s+nghị|kiến\s+nghị|đề\s+xuất|cho\s+rằng|mong\s+muốn)(?!\w)"
)
# the meeting's voices opening the sentence, asking: "Các ý kiến tán thành …; đồng thời, đề nghị mở rộng
# việc lấy ý kiến …", "Nhiều cử tri kiến nghị …" — what was said to the meeting, not an order of its chair
_VOICES_ASK = re.compile(
    r"(?i:(?:các|nhiều|một\s+số|hầu\s+hết|đa\s+số)\s++)?(?i:ý\s+kiến|đại\s+biểu|cử\s+tri)(?!\w)[^.]{0,200}?"
    r"(?<!\w)(?i:đề\s+nghị|kiến\s+nghị|đề\s+xuất|mong\s+muốn)(?!\w)"
)
# a level word and the place's name (up to four words with capitals), then a verb of asking and a level word
_PETITION = re.compile(
    rf"(?<!\w)(?P<subject>(?i:{level_pattern()}))\s++(?:[{UPPER}][^\s,.;:]*+\s++){{0,4}}"
    rf"(?:(?:cũng|tiếp\s+tục)\s++)?(?:đề\s+nghị|kiến\s+nghị|đề\s+xuất)\s++"
    rf"(?:(?:UBND|Ủy\s+ban\s+nhân\s+dân)\s++)?(?P<addressee>{level_pattern()})(?!\w)"
)


def _day_then_deed(text: str) -> bool:
    """The paragraph opens with its day, then a doer and a deed in small letters: "Ngày 8/9, CSĐT cập nhật …" (a step
    of a schedule); not a name that holds a verb's words ("Sáng 10-9, Thứ trưởng Bộ Xây dựng … chủ trì họp …")."""
    day = _MEETING_OPENING.match(text)
    comma = text.find(",", day.end()) if day else -1
    deed = task_cues().subject_then_deed.match(text[comma + 1 :].lstrip()) if comma >= 0 else None
    return deed is not None and not any(word[:1].isupper() for word in deed.group().split()[-2:])


def _opens_with_meeting(text: str, news: bool) -> bool:
    """A meeting's account (`_MEETING_OPENING`); in a news report, also under the title line printed in the same
    paragraph ("Phiên họp thứ nhất Ban Chỉ đạo …" then "NDO - Chiều 20/1, tại …")."""
    if _MEETING_OPENING.match(text):
        return True
    title, _, rest = text.partition("\n")
    return news and bool(rest) and is_heading_line(title) and _MEETING_OPENING.match(rest.lstrip()) is not None
