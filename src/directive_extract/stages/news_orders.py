"""News reports of orders: the paragraph forms a report uses to tell an order, and the ones that tell none.

A report (no type line, number or issuer: `news.is_news`) tells orders as acts of their givers, and every
paragraph whose main clause orders something still to be done is an implicit task `pN` (ANNOTATING, news
convention; ids are ranks, so one paragraph missed or added shifts every later id). The forms read here:

- an order told as given: "<giver> đã chỉ đạo <bodies> …", "<giver> vừa yêu cầu …", "<giver> tiếp tục chỉ đạo
  sở ngành …" (`reports_an_order`); the order is what the bodies are to do, whether or not it was given yesterday;
- an order told as a text sent: "<giver> vừa có công điện hỏa tốc yêu cầu …", "đã ban hành công điện gửi các
  đơn vị …", "có công văn chỉ đạo, hướng dẫn …" (`reports_an_order`);
- an order whose sentence goes on to what the bodies are to tell others ("… yêu cầu các cơ quan … thông báo cho
  chủ phương tiện biết"): that is its content, not a closing formula (`before_inner_closing`);
- a body taken in contrast after an order: "Còn Hạt Kiểm lâm … tăng cường …", "Riêng Sở Y tế …"
  (`without_contrast`);
- an authority, then a verb of ordering, whoever it addresses, with no auxiliary or with "cũng", opening the lead
  sentence or a clause of it after a comma: "Thành phố yêu cầu từ 18h …", "Từ 20h, tỉnh X cũng yêu cầu người dân
  …", "Ngoài yêu cầu …, tỉnh đề nghị tàu thuyền …", "<official> cho biết, đã yêu cầu …" (`orders_as_giver`);
- the measures of a text spelled out after the paragraph telling what it orders ("Theo đó, … đề nghị …", "… có
  công điện khẩn yêu cầu …": `tells_a_texts_orders`), paragraph by paragraph, marked by a word of obligation or
  plan: "Cụ thể, tại các vùng … sẽ lấy mẫu …", "Hộ có từ 5 nhân khẩu trở lên phải lấy …"
  (`spells_out_a_measure`), up to a paragraph that tells something else; "Cụ thể, …" after an order spells it out
  too (`its_content`);
- a verb of ordering opening the paragraph, its giver the one of the orders before it: "Yêu cầu nâng …"
  (`opens_with_an_order`);
- a sentence after the lead opening with an authority ordering: "Đối với …, … chưa đồng thuận. Tỉnh đề nghị xã …"
  (`later_giver_order_end`); a done deed conceded in the lead ("Dù đã …, nhưng …") tells no account (`concedes`);
- in a report that says it tells a text's conclusions ("Đó là nội dung tại Thông báo …": `tells_conclusions`), a
  body and its deed anywhere after it ("Ủy ban nhân dân tỉnh X tiếp thu các ý kiến … để hoàn thiện …").

- a leader's inspection told as done, then his orders in a clause of its sentence: "Ông A đã đến kiểm tra xã B,
  yêu cầu chính quyền …" (`goes_on_to_order`); right after an order, a condition and who does what ("Khi có mưa
  lớn, chính quyền địa phương sơ tán …": `past_condition`), or its body named again and bound ("Bộ cần …", "cơ quan
  này phải …": `binds_the_body_before`).

A lead-in "… <authority> đề nghị <bodies>:" followed by paragraphs that carry it out, the sapo a page prints under
its title and a body's own plan ("Thực hiện …, Sở X sẽ …") are read by prose_tasks.implicit_tasks.

And the forms that tell none:

- the title and teaser a page prints before its lead ("(PLVN) - …", "(TN&MT) – …"): the report begins at its
  source tag (`report_start`);
- a paragraph telling that a text was sent, when the next opens "Theo đó, …" and tells what it orders: the
  text's issuing, its orders are told next (`announces_a_text`);
- a paragraph opened by "Đồng thời", "Ngoài ra" … with no subject of its own goes on from the paragraph before
  it: after a paragraph that tells a done act it tells one too (`continues_without_subject`);
- a paragraph whose lead sentence tells a done act ("Trưa nay, tỉnh đã di dời …"), its later "Người dân khẩn
  trương …" being the account's (`done_deed_at`, read by prose_tasks._tells_a_done_act);
- several places' governments ordering at once ("Chính quyền A, B và C yêu cầu …"): the report's summary;
- a text named by whom it is sent to and its subject ("… có công văn số 12 gửi các sở về việc …": `text_subject`);
- a leader's assessment: "Thủ tướng nhìn nhận, việc … còn chậm; …, cần điều chỉnh" (`opens_with_an_assessment`);
- the penalty an administrative decision imposes on a violator, "… áp dụng biện pháp khắc phục hậu quả là buộc
  …" (`tells_a_sanction`);
- an order told with the earlier text it was given in ("Thủ tướng đã giao … tại văn bản số …": `cited_in`);
- a text's or report's noun a verb of saying follows ("Thông báo nêu rõ: …": `opening_word_speaks`), a verb of
  reporting addressed to someone and then its speaker ("Báo cáo với đoàn công tác, ông A cho biết …":
  `said_to_someone`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache, partial

from .. import resources
from ..cues import Cue, alternation, load_cues, phrases
from ..vn import UPPER
from ..vocab import level_pattern
from .agencies.grammar import NAME_CUE_KINDS
from .agencies.matcher import trie_branches
from .agencies.role_cue_kinds import ROLE_CUE_KINDS
from .paragraph_reading import TASK_CUE_KINDS

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
        "text_sent_to",
        "text_subject",
        "continuing",
        "matter_opening",
        "period_plan",
        "contrast",
        "quoting_verb",
        "its_content",
        "cited_in",
        "content_told",
        "cited_text",
        "giver_head",
        "giver_also",
        "sector_head",
        "speaker_account",
        "body_account",
        "giver_verb",
        "urging_verb",
        "noun_after",
        "counted_after",
        "measure",
        "done_aux",
        "suffered",
        "plan_aux",
        "points_back",
        "agreed_verb",
        "agreed_orders",
        "concessive",
        "list_opening",
        "stance_verb",
        "stance_noun",
        "stance_obligation",
        "ordered_task",
        "name_word",
        "sanction",
        "condition",
        "consequence",
        "assessing_verb",
        "anaphor",
        "anaphor_must",
        "joined_opener",
        "passive_order",
        "text_opening",
        "back_reference",
        "quoted_obligation",
        "speaker_title",
        "speaking_verb",
        "plural_word",
        "honorific",
        "attended",
        "adversative",
        "chair_verb",
    }
)
GIVER_NAME_WORDS = 10  # words of an authority's name and level after its head: "Phó chủ tịch UBND tỉnh X Lê Văn A"


@dataclass(frozen=True)
class NewsCues:
    told_order: re.Pattern[str]  # "đã chỉ đạo <bodies>": an auxiliary, a verb of ordering, group "object" whom
    addressee_words: frozenset[str]  # the lower-case words that open a body addressed
    cited_before: re.Pattern[str]  # "như đã yêu cầu": the order cited, not told (searched before the order)
    cited_in: re.Pattern[str]  # "tại văn bản số 12/…": the text an order told was given in (searched after it)
    content_told: re.Pattern[str]  # "Đó là nội dung tại Thông báo …": the report tells a text's conclusions
    told_text: re.Pattern[str]  # "có công điện hỏa tốc yêu cầu <bodies>", in the lead sentence; group "to": "gửi"
    text_subject: re.Pattern[str]  # "về việc …" after a text's addressees: the text named, no order told
    told_text_clauses: re.Pattern[str]  # the same over the clauses of one sentence ("…; đề nghị …")
    names_a_text: re.Pattern[str]  # "có công điện", "ban hành văn bản"
    text_titled: re.Pattern[str]  # the same, the text's kind printed as a title too: "ký ban hành Chỉ thị"
    # a text named, of any kind, then the verb that tells what it orders: "có văn bản hỏa tốc yêu cầu …"
    text_with_orders: re.Pattern[str]
    continuing: re.Pattern[str]  # "Đồng thời, …" opening a paragraph
    matter_opening: re.Pattern[str]  # "Về công tác kiểm tra chuyên ngành, " opening a paragraph of orders
    period_plan: re.Pattern[str]  # "Về kế hoạch năm 2019, ": the plan of a coming period opening its deeds
    contrast: re.Pattern[str]  # "Còn Hạt Kiểm lâm …", "Riêng Sở Y tế …"
    quoting_verb: re.Pattern[str]  # "cho biết" right before ': “'
    its_content: re.Pattern[str]  # "Theo đó, …"
    measure: re.Pattern[str]  # "phải", "sẽ", "khuyến khích": a measure of a text spelled out
    speaker: re.Pattern[str]  # "cho biết," / "chia sẻ:": someone's account, not the text's measure
    # "đã <deed>": a deed told as done, the verbs of ordering and of sending a text aside ("đã yêu cầu …"), and what
    # befell a place ("đã bị sạt lở")
    done_deed: re.Pattern[str]
    # "đã thống nhất đưa ra một số định hướng … như: ": a meeting's agreed orders spelled out after the colon
    agreed_orders: re.Pattern[str]
    list_opening: re.Pattern[str]  # "3 đơn vị gồm: ": a few words, then the word that opens a list and its colon
    concessive: re.Pattern[str]  # "Dù", "mặc dù": a clause that concedes, its deed no account of the paragraph
    # right after a paragraph's opening word: a verb of saying makes that word a noun, the text that speaks ("Thông
    # báo nêu rõ: …", "Báo cáo cho biết …")
    speaks_after: re.Pattern[str]
    # a verb of ordering opening the paragraph, its giver left out: "Yêu cầu nâng cấp độ dự báo …" in a leader's
    # remarks, not its noun ("Yêu cầu của Bộ …")
    order_verb_opening: re.Pattern[str]
    # after a paragraph's opening verb, whom it was said to, then who said it: "Báo cáo với đoàn công tác, ông A, Giám
    # đốc … cho biết …", "Trao đổi với phóng viên, đại diện Sở chia sẻ …"
    said_to: re.Pattern[str]
    sanction: re.Pattern[str]  # "biện pháp khắc phục hậu quả": a penalty imposed on a violator
    # after a comma, a verb of ordering and whom it addresses, its subject the sentence's: "…, yêu cầu chính quyền …"
    clause_order: re.Pattern[str]
    # "Thủ tướng nhìn nhận, ": a speaker of a few words, the verb of assessing and its comma, opening the paragraph
    assesses: re.Pattern[str]
    # "Bộ cần ", "cơ quan này phải ": the body ordered before, by its type word or "này", then what binds it
    anaphor_must: re.Pattern[str]
    condition: re.Pattern[str]  # "Khi có mưa lớn, ": a condition opening the paragraph, up to its comma
    # in a body a crawler joined into one line, the space after a stop where a paragraph the page printed began:
    # "Trước đó, …", "Ghi nhận của PV, …", or a new giver "Ông A, Phó Chủ tịch UBND tỉnh X, đã chỉ đạo …"
    joined_paragraph: re.Pattern[str]
    text_opening: re.Pattern[str]  # "Theo thông báo của …, ": the paragraph tells what a text says
    # "<giver> đã chỉ đạo như trên": the order told in the paragraph before, referred back to
    refers_back: re.Pattern[str]
    # a paragraph that is a quote binding someone, then its speaker: "“Chúng ta phải …”, ông A nói."
    quoted_order: re.Pattern[str]
    order_verb: re.Pattern[str]  # a verb of ordering wherever it stands, its giver however printed
    account_opener: re.Pattern[str]  # "Trước đó, …", "Ghi nhận của PV, …": a paragraph of the report's account
    attended: re.Pattern[str]  # "Tham dự hội nghị có …", "… cùng chủ trì; … đã tham dự": who attended a meeting
    chair_verb: re.Pattern[str]  # "chủ trì" wherever it stands, as chair or as a duty
    # after a deed told as done, a clause of contrast that binds: "… đã phê duyệt nhưng kết quả còn thấp, cần …"
    binds_after_contrast: re.Pattern[str]
    speaker_account: re.Pattern[str]  # "Theo ông A, …": the paragraph is a speaker's account
    cues: tuple[Cue, ...]  # news.tsv, for the patterns below

    # The patterns below embed an authority's head (`_authority`), the gazetteer's names among them: each is built on
    # first use, so a document that is no report does not pay for their compiling (most of this module's).

    @cached_property
    def gives_order(self) -> re.Pattern[str]:
        """An authority (a body, a place read as its government, an official) then a verb of ordering, opening the
        paragraph or a clause after a comma: "Từ 20h, tỉnh Bình Phước cũng yêu cầu …", "Ông A, Phó chủ tịch UBND
        tỉnh cho biết, đã yêu cầu …"."""
        return _gives_order(self.cues)

    @cached_property
    def ordered_passive(self) -> re.Pattern[str]:
        """The same told in the passive, the order's noun first: "Một nhiệm vụ nữa cũng được Bộ trưởng lưu ý là …"."""
        return _ordered_passive(self.cues)

    @cached_property
    def joined_order(self) -> re.Pattern[str]:
        """In a body a crawler joined into one line, the space before a sentence that opens a new order: "… . Giao Bộ
        X …", "… . Phó Thủ tướng yêu cầu …"; a paragraph the page printed began there when the text before it told
        an order already."""
        return _joined_order(self.cues)

    @cached_property
    def ordered_addressee(self) -> re.Pattern[str]:
        """The lead sentence opened by the bodies ordered, then the passive verb of ordering and their deed: "Bộ Xây
        dựng được giao hoàn thành …", "Các cơ sở khám bệnh trên địa bàn được yêu cầu …"."""
        return _ordered_addressee(self.cues)

    @cached_property
    def body_account(self) -> re.Pattern[str]:
        """What a body says, the paragraph tells: "Theo UBND tỉnh, …"."""
        return _body_account(self.cues)


# one alternation of the accented phrases of one or more kinds, longest first across them all
_either = partial(alternation, fold=False)


@lru_cache(maxsize=1)
def news_cues() -> NewsCues:
    cues = load_cues("news.tsv", NEWS_CUE_KINDS)
    sent = rf"\b{_either(cues, 'sending_verb')}\s++{_either(cues, 'text_of_orders')}\b"
    return NewsCues(
        told_order=re.compile(
            rf"\b{_either(cues, 'told_aux')}\s++(?:tiếp\s+tục\s++)?{_either(cues, 'told_verb', 'urging_verb')}"
            r"\s++(?:cho\s++)?(?P<object>[^\s,.;:]+)"
        ),
        addressee_words=frozenset(c.phrase for c in cues if c.kind == "addressee_word"),
        cited_before=re.compile(rf"{_either(cues, 'cited_before')}\s*+$", re.IGNORECASE),
        content_told=re.compile(rf"(?i:{_either(cues, 'content_told')})(?!\w)"),
        cited_in=re.compile(
            rf"(?<!\w){_either(cues, 'cited_in')}\s++(?i:{_either(cues, 'cited_text')})\s++(?:số\s++)?\d", re.IGNORECASE
        ),
        told_text=re.compile(
            rf"{sent}[^.;:]{{0,60}}?\b(?:{_either(cues, 'text_order_verb', 'text_sent_verb')}"
            rf"|(?P<to>{_either(cues, 'text_sent_to')}))\s++(?:cho\s++)?"
            r"(?P<object>[^\s,.;:]+)"
        ),
        text_subject=re.compile(rf"(?<!\w){_either(cues, 'text_subject')}(?!\w)"),
        told_text_clauses=re.compile(
            rf"{sent}[^.:]{{0,80}}?\b{_either(cues, 'text_order_verb')}\s++(?:cho\s++)?(?P<object>[^\s,.;:]+)"
        ),
        names_a_text=re.compile(
            rf"\b{_either(cues, 'sending_verb')}\s++{_either(cues, 'text_of_orders', 'other_text')}\b"
        ),
        text_titled=re.compile(
            rf"\b{_either(cues, 'sending_verb')}\s++(?i:{_either(cues, 'text_of_orders', 'other_text')})\b"
        ),
        text_with_orders=re.compile(
            rf"\b{_either(cues, 'sending_verb')}\s++{_either(cues, 'text_of_orders', 'other_text')}\b[^.;:]{{0,60}}?"
            rf"\b{_either(cues, 'text_order_verb')}(?!\w)"
        ),
        continuing=re.compile(rf"{_either(cues, 'continuing')}\s*+,?\s++", re.IGNORECASE),
        matter_opening=re.compile(rf"{_either(cues, 'matter_opening')}\s++[^,.;:]{{1,80}}+,\s++", re.IGNORECASE),
        period_plan=re.compile(
            rf"(?i:về)\s++(?:[^,.;:\s]++\s++){{0,3}}?{_either(cues, 'period_plan')}\s++(?:[^,.;:\s]++\s++){{0,3}}?"
            r"(?:năm\s++\d{4}|năm\s++tới|thời\s++gian\s++tới)\s*+,\s++"
        ),
        contrast=re.compile(rf"(?=[{UPPER}])(?i:{_either(cues, 'contrast')})\s++(?=[{UPPER}])"),
        quoting_verb=re.compile(rf"(?<!\w){_either(cues, 'quoting_verb')}\s*+$"),
        its_content=re.compile(rf"(?i:{_either(cues, 'its_content')})\b"),
        order_verb=re.compile(rf"(?<!\w){_either(cues, 'told_verb', 'giver_verb', 'urging_verb')}(?!\w)"),
        list_opening=re.compile(rf"(?:[^\s,.;:]++\s++){{1,4}}?{_either(cues, 'list_opening')}\s*+:\s*+"),
        concessive=re.compile(rf"(?i:{_either(cues, 'concessive')})(?!\w)"),
        sanction=re.compile(rf"(?<!\w)(?i:{_either(cues, 'sanction')})(?!\w)"),
        clause_order=re.compile(rf",\s++{_either(cues, 'told_verb')}\s++(?P<object>[^\s,.;:]+)"),
        assesses=re.compile(
            rf"(?=[{UPPER}])(?:[^\s,.;:]++\s++){{1,{GIVER_NAME_WORDS}}}?(?i:{_either(cues, 'assessing_verb')})\s*+,"
        ),
        anaphor_must=re.compile(
            rf"(?i:{_either(cues, 'anaphor')})\s++(?:cũng\s++)?{_either(cues, 'anaphor_must')}(?!\w)"
        ),
        condition=re.compile(rf"(?i:{_either(cues, 'condition')})\s++[^,.;:]{{1,80}}+,\s++"),
        joined_paragraph=_joined_paragraph(cues),
        refers_back=re.compile(
            rf"(?<!\w){_either(cues, 'told_verb', 'giver_verb')}\s++{_either(cues, 'back_reference')}(?!\w)"
        ),
        quoted_order=re.compile(
            rf"[“\"][^”\"]*?(?<!\w){_either(cues, 'quoted_obligation')}(?!\w)[^”\"]*+[”\"]\s*+,\s*+"
            rf"(?i:{_either(cues, 'honorific', 'speaker_title')})\s++[^.;:“”\"]{{1,80}}?\s++"
            rf"{_either(cues, 'speaking_verb')}\s*+\.?"
        ),
        text_opening=re.compile(rf"(?i:{_either(cues, 'text_opening')})(?!\w)"),
        speaker_account=re.compile(rf"(?i:{_either(cues, 'speaker_account')})\s++[^,.;:]{{1,80}}+,"),
        account_opener=re.compile(rf"(?=[{UPPER}])(?i:{_either(cues, 'joined_opener')})(?!\w)"),
        attended=re.compile(rf"(?<!\w)(?i:{_either(cues, 'attended')})(?!\w)"),
        chair_verb=re.compile(rf"(?<!\w)(?i:{_either(cues, 'chair_verb')})(?!\w)"),
        binds_after_contrast=re.compile(
            rf"(?<!\w)(?:{_either(cues, 'adversative')})(?!\w)[^.;:]{{0,200}}?"
            rf"(?<!\w)(?:{_either(cues, 'anaphor_must')})(?!\w)"
        ),
        said_to=re.compile(
            rf"\s++với\s++[^,.;:]{{1,60}}+,[^.;:]{{1,300}}?(?<!\w){_either(cues, 'quoting_verb')}(?!\w)", re.IGNORECASE
        ),
        order_verb_opening=re.compile(
            rf"(?i:{_either(cues, 'giver_verb')})(?!\w)(?!\s++{_either(cues, 'noun_after')}(?!\w))"
        ),
        speaks_after=re.compile(rf"\s++{_either(cues, 'quoting_verb', 'stance_verb')}(?!\w)"),
        measure=re.compile(rf"(?<!\w){_either(cues, 'measure')}(?!\w)", re.IGNORECASE),
        speaker=re.compile(rf"(?<!\w){_either(cues, 'quoting_verb')}\s*+[,:]"),
        done_deed=re.compile(
            rf"(?<!\w){_either(cues, 'done_aux')}\s++(?!(?:"
            rf"{_either(cues, 'told_verb', 'giver_verb', 'urging_verb', 'sending_verb', 'text_sent_verb')}"
            rf"|{_either(cues, 'text_sent_to', 'suffered')})"
            r"(?!\w))"
        ),
        agreed_orders=re.compile(
            rf"{_either(cues, 'done_aux')}\s++(?:{_either(cues, 'agreed_verb')}\s++){{1,2}}[^.;:]{{0,40}}?"
            rf"(?<!\w){_either(cues, 'agreed_orders')}(?!\w)[^.;:]{{0,200}}:"
        ),
        cues=cues,
    )


def _authority(cues: tuple[Cue, ...]) -> tuple[str, str]:
    """The regex of an authority's head and of one word of its name and level (`_gives_order`)."""
    names = load_cues("agency_names.tsv", NAME_CUE_KINDS)
    types = "|".join(
        sorted(
            {*phrases(names, "type_word", fold=False), *phrases(names, "type_word_level", fold=False)},
            key=lambda p: (-len(p), p),
        )
    )
    titles = _either(load_cues("roles.tsv", ROLE_CUE_KINDS), "leader_title")
    level = level_pattern()
    body = rf"(?>(?=[{UPPER}])(?i:{types}))"  # atomic: "Ban chỉ đạo …" is not "Ban" then the verb "chỉ đạo"
    # a title before a body's type word: "Bộ trưởng …" is no "Bộ" then "trưởng"
    # a level word may carry its place's short name glued after a stop: "TP.HCM", "UBND TP.HCM"
    glued = rf"(?:\.[{UPPER}][^\s,;:.]*+)?"
    # an official named again by honorific and name in a report ("ông Ngọc chỉ đạo …"), or by the honorific alone
    # right before his verb of ordering ("Cũng tại cuộc họp, ông yêu cầu …": the official the report named before)
    # (not an order referred back to: "Ông chỉ đạo như vậy sau …")
    verb = (
        rf"(?:{_either(cues, 'told_aux', 'giver_also')}\s++)?{_either(cues, 'told_verb', 'giver_verb')}(?!\w)"
        rf"(?!\s++{_either(cues, 'back_reference')}(?!\w))"
    )
    person = rf"(?i:{_either(cues, 'honorific')})(?=\s++[{UPPER}]|\s++{verb})"
    office = rf"(?i:(?:phó\s++)?(?:{titles}|{_either(cues, 'giver_head')}))(?!\w)"
    head = rf"(?>{_gazetteer_names()}|{office}|{body}|(?i:{level})|{person}|(?<!,\s){_province_names()})(?!\w){glued}"
    # the small-letter words first: "Chính" would take the capital's branch and leave "phủ"
    name_word = (
        rf"(?i:{_either(cues, 'name_word')})(?!\w)|{body}(?!\w)|[{UPPER}(][^\s,;:]*+|(?i:{level})(?!\w){glued}"
        rf"|và(?=\s++[{UPPER}])"
    )
    return head, name_word


@lru_cache(maxsize=1)
def _gazetteer_names() -> str:
    """The gazetteer's names and aliases that print small letters after their capital ("Bộ Tài nguyên và Môi
    trường", "Sở Y tế", "Bộ TN&MT"), as one trie: an authority printed so is one head, where the words read one by one
    (`_authority`'s name words) would stop at the small letters and miss "Bộ Tài nguyên và Môi trường đề nghị …"."""
    forms = {
        form.strip()
        for row in resources.agency_rows()
        for form in (row["name"], *row["aliases"].split("|"))
        if form.strip()[:1].isupper() and any(word.islower() for word in form.split()[1:])
    }
    keys = sorted({form.lower() for form in forms}, key=lambda k: (-len(k), k))
    return rf"(?=[{UPPER}])(?i:(?:{'|'.join(trie_branches(keys))}))(?!\w)"


@lru_cache(maxsize=1)
def _province_names() -> str:
    """The provinces' and centrally-run cities' names as printed (places.csv): in a report, a province named alone
    before its plan is its government ("…, Hà Nội sẽ triển khai lễ hội …")."""
    names = sorted(
        {row["name"] for row in resources.places() if row["kind"] in ("province", "city_province")},
        key=lambda name: (-len(name), name),
    )
    return "(?:" + "|".join(re.escape(name).replace(r"\ ", r"\s++") for name in names) + ")"


def _ordered_addressee(cues: tuple[Cue, ...]) -> re.Pattern[str]:
    """`NewsCues.ordered_addressee`: an authority's head as `_gives_order` reads it, or a plural ("Các cơ sở …"), a
    few words, then "được", a verb of ordering and no "là" (the noun's passive, `_ordered_passive`)."""
    head, _ = _authority(cues)
    plural = rf"(?=[{UPPER}])(?i:{_either(cues, 'plural_word')})(?!\w)"
    # a body's name may print small letters ("Bộ Xây dựng"): any words up to "được"
    addressee = rf"(?:{head}|{plural})(?:\s++[^\s,.;:]++){{0,{GIVER_NAME_WORDS}}}?"
    return re.compile(
        rf"{addressee}\s++(?:cũng\s++)?được\s++{_either(cues, 'passive_order')}\s++(?!là(?!\w))(?=[^\s,.;:])"
    )


def _joined_paragraph(cues: tuple[Cue, ...]) -> re.Pattern[str]:
    """The space after a sentence's stop where a paragraph opens (`NewsCues.joined_paragraph`)."""
    name = rf"[{UPPER}][^\s,.;:]*+(?:\s++[{UPPER}][^\s,.;:]*+){{1,4}}"
    aux = _either(cues, "told_aux", "giver_also")
    verb = _either(cues, "told_verb", "giver_verb")
    giver = rf"(?i:{_either(cues, 'honorific')})\s++{name}\s*+,[^.;:]{{3,120}}?,\s++(?:{aux}\s++)?{verb}(?!\w)"
    # " * Chiều 28-5, …": an item mark the page printed before a short news item of its own
    return re.compile(
        rf"(?<=[.!?])\s++(?=\*\s++[{UPPER}])"
        rf"|(?<=[.!?])\s++(?=[{UPPER}])(?=(?i:{_either(cues, 'joined_opener')})(?!\w)|{giver})"
    )


def _joined_order(cues: tuple[Cue, ...]) -> re.Pattern[str]:
    """`NewsCues.joined_order`: the space after a sentence's stop where a new order opens: an authority or the bodies
    ordered, then its verb of ordering in the same sentence ("Phó Thủ tướng yêu cầu …", "UBND các tỉnh, thành phố:
    A, B chỉ đạo …"), maybe after a short phrase that fronts it ("Đặc biệt, Bộ trưởng yêu cầu …", "Đối với Bộ X, Phó
    Thủ tướng yêu cầu …", not a condition: "Sau khi …, UBND … quyết định" goes on with the order before it); or the
    verb of assigning first and the body after it ("Giao Bộ X …"). A body's name and its duty alone ("… . Bộ X chủ trì,
    …") opens no paragraph: a page prints the orders of one giver's list in one paragraph as often as in several."""
    head, _ = _authority(cues)
    aux = _either(cues, "told_aux", "giver_also")
    verb = _either(cues, "told_verb", "giver_verb")
    noun = _either(cues, "noun_after")
    # up to two phrases ("Đối với việc …, bảo dưỡng máy bay tại …, Bộ X đề nghị"), maybe after a connective of
    # consequence ("Vì vậy, …"); not a condition: "Sau khi khắc phục sự cố, UBND … quyết định …" goes on with the order
    # before it
    fronted = (
        rf"(?:(?i:{_either(cues, 'consequence')}),\s++)?"
        rf"(?:(?!(?i:{_either(cues, 'condition')})(?!\w))[^.;!?,:“\"\n]{{1,{JOINED_FRONTED_CHARS}}},\s++){{0,2}}"
    )
    authority = rf"{fronted}{head}[^.;!?]{{0,{JOINED_SUBJECT_CHARS}}}?\s(?:{aux}\s++)?{verb}(?!\w)(?!\s++{noun}(?!\w))"
    assigning = rf"(?i:{_either(cues, 'told_verb')})\s++{head}"
    return re.compile(rf"(?<=[.!?])\s++(?=[{UPPER}])(?={authority}|{assigning})")


JOINED_SUBJECT_CHARS = 150  # an authority's name, or the list of the bodies ordered, before the verb of ordering
JOINED_FRONTED_CHARS = 80  # a phrase fronting it, up to its comma: "Nhấn mạnh một số nhiệm vụ trọng tâm thời gian tới"


def _stance(cues: tuple[Cue, ...]) -> str:
    """A leader's verb of stating that orders: what follows is a stance to hold ("nêu rõ tinh thần xuyên suốt là …") or
    binds someone in its clause ("nhấn mạnh, các sở phải …"), not negated ("không phải")."""
    stance_is = rf"\s++{_either(cues, 'stance_noun')}(?:\s++[^\s,.;:]++){{0,2}}?\s++là(?!\w)"
    binds = rf"[^.;:“\"]{{0,60}}?(?<!\w)(?<!không\s){_either(cues, 'stance_obligation')}(?!\w)"
    return rf"{_either(cues, 'stance_verb')}(?!\w)(?={stance_is}|{binds})"


def _gives_order(cues: tuple[Cue, ...]) -> re.Pattern[str]:
    """`NewsCues.gives_order`: the authority opens with a body's type word printed with its capital ("Bộ Chỉ huy
    …", agency_names.tsv), an official's title ("Phó chủ tịch …", roles.tsv) or a giver_head ("UBND …", "Chính
    quyền …", "Người đứng đầu …") or a level word read as its government ("tỉnh Bình Phước", "Thành phố"); then its
    name and level, words printed with a capital or level words ("UBND tỉnh Lâm Đồng", "Chủ tịch tỉnh Trần Văn A"),
    no lower-case word that could be a deed. A list of places ("Chính quyền A, B và C yêu cầu …") is no one
    authority: the report's summary of the orders it tells one by one. The verb is one of ordering, or one of
    stating that orders (`_stance`)."""
    head, name_word = _authority(cues)
    # "ngành y tế …": a sector, its words in small letters, a few up to the verb
    sector = rf"(?i:{_either(cues, 'sector_head')})(?:\s++[^\s,.;:]++){{1,3}}?"
    aux = _either(cues, "giver_also", "told_aux")
    quoted = rf"(?:\s++{_either(cues, 'quoting_verb')}\s*+,?)?"
    verb = (
        rf"(?:(?!{_either(cues, 'counted_after')}\s++\d){_either(cues, 'giver_verb')}(?!\w)"
        rf"(?!\s++{_either(cues, 'noun_after')}(?!\w))|{_stance(cues)}"
        rf"|{_either(cues, 'urging_verb')}(?=\s++[^\s,.;:]))"  # the one urged follows: "giục các bộ …"
    )
    return re.compile(
        # a comma the page printed between an authority's name and the verb: "Thủ tướng Nguyễn Xuân Phúc, chỉ đạo:"
        # (not after a sector's words: "các Bộ, ngành quan tâm, chỉ đạo thực hiện" closes a letter)
        rf"(?:^|[,.;:]\s++[“\"]?)(?:{head}(?:\s++(?:{name_word})){{0,{GIVER_NAME_WORDS}}}+(?:\s*+,(?=\s))?|{sector})"
        rf"{quoted}(?:\s++{aux})*+\s++{verb}"
    )


def _body_account(cues: tuple[Cue, ...]) -> re.Pattern[str]:
    """`NewsCues.body_account`: "Theo", an authority's head as `_gives_order` reads it, the rest of its name up to
    a comma."""
    head = _authority(cues)[0]
    return re.compile(rf"(?i:{_either(cues, 'body_account')})\s++{head}[^,.;:]{{0,80}}+,")


def _ordered_passive(cues: tuple[Cue, ...]) -> re.Pattern[str]:
    """`NewsCues.ordered_passive`: a sentence opened by the noun of what is ordered, then "được", the authority (as
    `_gives_order` reads it), its verb of ordering or stating, and "là" with the deed: "Một nhiệm vụ nữa cũng được
    Bộ trưởng lưu ý là …", "Nội dung được Giám đốc Sở giao là …"."""
    head, name_word = _authority(cues)
    verbs = _either(cues, "giver_verb", "stance_verb", "told_verb")
    return re.compile(
        rf"(?:^|[.;:]\s++)[^.;:,]{{0,20}}?(?<!\w)(?i:{_either(cues, 'ordered_task')})(?!\w)[^.;:,]{{0,40}}?"
        rf"(?<!\w)được\s++{head}(?:\s++(?:{name_word})){{0,{GIVER_NAME_WORDS}}}+\s++{verbs}\s++là(?!\w)"
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
    # "Theo ông A, … . Hiện nay, Sở X đã yêu cầu …": a speaker's account tells its order in any sentence
    told = text if cues.speaker_account.match(text) else lead
    for match in cues.told_order.finditer(told):
        if (
            _addressed(match.group("object"))
            and not cues.cited_before.search(told, 0, match.start())
            and not cues.cited_in.search(told, match.end())
        ):
            return True
    if any(_tells_what_a_text_orders(lead, match) for match in cues.told_text.finditer(lead)):
        return True
    # a speaker's account in quotes: "X cho biết: “… Ngày 2-9, Văn phòng có công văn chỉ đạo, hướng dẫn …; đề nghị
    # ban chỉ huy … các bộ, ngành chủ động …”": the text sent and its order, in any sentence of the quotation
    quoted = _quotation_start(text)
    return quoted is not None and any(
        _addressed(match.group("object")) for match in cues.told_text_clauses.finditer(text, quoted)
    )


def _tells_what_a_text_orders(lead: str, match: re.Match[str]) -> bool:
    """A text told sent (`NewsCues.told_text`) to bodies addressed, with what it orders: not one named only by its
    addressees and its subject ("… ban hành công văn số 12 gửi các sở, ngành; UBND các xã về việc chủ động ứng phó
    …": the text's issuing, its orders are told after it)."""
    if not _addressed(match.group("object")):
        return False
    return not (match.group("to") and news_cues().text_subject.search(lead, match.end()))


# a speaker's words opened in quotes: "cho biết: “", "chia sẻ: \"": found at the quote mark, the verb read before it
_QUOTE_OPENS = re.compile(r":\s*+[“\"]")


def _quotation_start(text: str) -> int | None:
    """Where a speaker's quoted account begins, after "cho biết: “"; None when the paragraph quotes no one."""
    for mark in _QUOTE_OPENS.finditer(text):
        if news_cues().quoting_verb.search(text, max(0, mark.start() - 16), mark.start()):
            return mark.end()
    return None


def opening_word_speaks(text: str, at: int) -> bool:
    """A verb of saying follows the paragraph's opening word, which ends at `at`: that word is the noun of a text
    or a report telling something ("Thông báo nêu rõ: …", "Báo cáo cho biết …"), no verb ordering it."""
    return news_cues().speaks_after.match(text, at) is not None


def said_to_someone(text: str, at: int) -> bool:
    """After the paragraph's opening verb, ending at `at`, whom it was said to and who said it: "Báo cáo với đoàn
    công tác, ông A cho biết …" is a speaker's account, no order to report."""
    return news_cues().said_to.match(text, at) is not None


def tells_a_sanction(sentence: str) -> bool:
    """A sentence telling the penalty an administrative decision imposes on a violator ("Quyết định … áp dụng biện
    pháp khắc phục hậu quả là buộc dừng thi công …"): its "buộc", "phải" bind the violator, no body is ordered."""
    return news_cues().sanction.search(sentence) is not None


def opens_with_an_order(text: str) -> bool:
    """The paragraph opens with a verb of ordering, its giver the one whose orders the paragraphs before told: "Yêu
    cầu nâng cấp độ dự báo để …" after "Chủ tịch UBND tỉnh … yêu cầu các sở, ngành …"."""
    return news_cues().order_verb_opening.match(text) is not None


def before_inner_closing(text: str, closing: re.Pattern[str]) -> str:
    """The paragraph up to a closing formula printed inside it after its opening ("… thông báo cho chủ phương
    tiện biết"); the whole paragraph when there is none or it opens the paragraph."""
    match = closing.search(text)
    return text if match is None or match.start() == 0 else text[: match.start()]


def without_contrast(text: str) -> str:
    """The paragraph without its opening of contrast ("Còn Hạt Kiểm lâm …" → "Hạt Kiểm lâm …")."""
    match = news_cues().contrast.match(text)
    return text if match is None else text[match.end() :]


def giver_order_end(text: str) -> int | None:
    """Where the verb of ordering ends when the paragraph's lead sentence tells an authority ordering, whoever it
    orders: "Thành phố yêu cầu từ 18h không để …", "Từ 20h, tỉnh X cũng yêu cầu người dân …", "Ngoài yêu cầu …,
    tỉnh đề nghị tàu thuyền …", "Phó chủ tịch UBND X Trần Văn A cho biết, đã yêu cầu …"; None when it tells none."""
    cues = news_cues()
    lead = _lead_sentence(text)
    match = cues.gives_order.search(lead) or cues.ordered_passive.search(lead)
    return None if match is None else match.end()


def later_giver_order_end(text: str) -> int | None:
    """Where the verb of ordering ends when a sentence after the lead opens with an authority ordering: "Đối với công
    tác bồi thường, … người dân chưa đồng thuận. Tỉnh đề nghị xã tiếp tục …" (the matter, then the order on it)."""
    cues = news_cues()
    for match in cues.gives_order.finditer(text, max(0, len(_lead_sentence(text)) - 1)):
        if text[match.start()] == ".":
            return match.end()
    return None


def account_order_end(text: str) -> int | None:
    """Where the verb of ordering ends when a paragraph that tells what a body says ("Theo UBND Thành phố, đây là … .
    Vì vậy, Thành phố yêu cầu …") tells an authority ordering in any clause after its opening; None otherwise."""
    cues = news_cues()
    opening = cues.body_account.match(text)
    if opening is None:
        return None
    match = cues.gives_order.search(text, opening.end())
    return None if match is None else match.end()


def orders_as_giver(text: str) -> bool:
    """`giver_order_end` found an authority ordering in the lead sentence."""
    return giver_order_end(text) is not None


def opens_with_an_assessment(text: str) -> bool:
    """The paragraph opens with its speaker assessing: "Thủ tướng nhìn nhận, việc … còn chậm; …" — an assessment,
    whatever "cần", "phải" its account of what is lacking prints."""
    return news_cues().assesses.match(text) is not None


def binds_the_body_before(text: str, at: int) -> bool:
    """At `at` (past the paragraph's connector), the body of the order before named again by its type word or "…
    này", then what binds it: "Bộ cần có phương án …", "Cùng đó, cơ quan này phải rà soát …"."""
    return news_cues().anaphor_must.match(text, at) is not None


def past_condition(text: str) -> int | None:
    """Where the paragraph goes on after the condition opening it ("Khi có mưa lớn, " → the offset after the comma),
    None when it opens with none."""
    found = news_cues().condition.match(text)
    return None if found is None else found.end()


def goes_on_to_order(text: str, done: int) -> bool:
    """After a deed told as done, at `done`, the lead sentence's subject goes on to order in a clause of its own: "Ông
    A đã đến kiểm tra xã B, yêu cầu chính quyền địa phương …" (a leader's inspection, then his orders)."""
    lead = _lead_sentence(text)
    found = news_cues().clause_order.search(lead, done)
    return found is not None and _addressed(found.group("object"))


def agrees_on_orders(text: str, done: int) -> bool:
    """The deed told as done at `done` is a meeting agreeing on what is to be done, spelled out after a colon in the
    same sentence: "Tại hội nghị, các đại biểu đã thống nhất đưa ra một số định hướng … cụ thể như: Các bộ, ngành cần
    …" tells the meeting's orders, not its account."""
    return news_cues().agreed_orders.match(text, done) is not None


def tells_an_order_given(text: str) -> bool:
    """The lead sentence tells an order given, to a body or of a deed: "Chủ tịch … vừa chỉ đạo bổ sung cấp nước …"."""
    return news_cues().told_order.search(_lead_sentence(text)) is not None


def points_back_to_the_lead(text: str) -> bool:
    """The paragraph opens by pointing back to the report's lead ("Nội dung trên có trong Thông báo số …"): the lead
    told the order itself, a summary the body tells again it is not."""
    return _pointing_back().match(text) is not None


@lru_cache(maxsize=1)
def _pointing_back() -> re.Pattern[str]:
    return re.compile(rf"(?i:{_either(load_cues('news.tsv', NEWS_CUE_KINDS), 'points_back')})(?!\w)")


def plans_a_period(text: str) -> bool:
    """The paragraph opens with the plan of a coming period, then a body and its deed: "Về kế hoạch năm 2019, Ban Chỉ
    đạo các cấp tiếp tục tuyên truyền …" (a meeting's tasks for the year, as its report tells them)."""
    plan = news_cues().period_plan.match(text)
    return plan is not None and _doer_and_deed().match(text, plan.end()) is not None


@lru_cache(maxsize=1)
def _doer_and_deed() -> re.Pattern[str]:
    """A doer of a few words ("Ban Chỉ đạo THADS các cấp"), not a deed told done, then the deed (`_deed`)."""
    return re.compile(rf"(?:(?!(?:đã|đang|vừa)\s)[^\s,.;:]++\s++){{1,{PLANNER_NAME_WORDS + 2}}}?{_deed()}")


@lru_cache(maxsize=1)
def _deed() -> str:
    """Up to two adverbs of obligation, then a verb of doing (tasks.tsv): the deed a plan names."""
    task_cues = load_cues("tasks.tsv", TASK_CUE_KINDS)
    adverb = _either(task_cues, "obligation_adverb")
    return rf"(?:{adverb}\s++){{0,2}}(?i:{_either(task_cues, 'action_opening')})(?!\w)"


def plans_ahead(text: str) -> bool:
    """The lead sentence, at its start or after a comma, tells a sector's or a body's plan: "Từ ngày 24/3, ngành y tế
    sẽ triển khai …", "Sở Y tế sẽ cử …" (the report's task, as a plan's measure is)."""
    return _planned_by_a_body().search(_lead_sentence(text)) is not None


PLANNER_NAME_WORDS = 6  # words of a body's name after its head: "Sở Y tế thành phố Hà Nội"


@lru_cache(maxsize=1)
def _planned_by_a_body() -> re.Pattern[str]:
    cues = load_cues("news.tsv", NEWS_CUE_KINDS)
    head, _ = _authority(cues)
    sector = rf"(?i:{_either(cues, 'sector_head')})(?:\s++[^\s,.;:]++){{1,3}}?"
    # the body's name in any letters ("Sở Y tế Hà Nội"), a few words up to the plan word; not a clause of its own
    # ("Bí thư ghi nhận và hứa sẽ …", "… cho biết sẽ …": what the speaker said he will do)
    word = rf"(?!và\s++(?![{UPPER}]))(?!{_either(cues, 'quoting_verb')}(?!\w))[^\s,.;:]++(?:\.[^\s,.;:]++)*+"
    return re.compile(
        rf"(?:^|,\s++)(?:{head}(?:\s++{word}){{0,{PLANNER_NAME_WORDS}}}?|{sector}|{_province_names()})\s++"
        rf"(?:{_either(cues, 'giver_also')}\s++)?{_either(cues, 'plan_aux')}\s++{_deed()}"
    )


def orders_as_giver_anywhere(text: str) -> bool:
    """Some sentence or clause of the paragraph tells an authority ordering ("… Giám đốc Sở cho biết: Sở tiếp tục
    yêu cầu …", "… Chủ tịch UBND tỉnh X yêu cầu …")."""
    cues = news_cues()
    return cues.gives_order.search(text) is not None or cues.ordered_passive.search(text) is not None


def plans_in_its_content(text: str) -> bool:
    """The paragraph opens "Theo đó, …" and one of its sentences tells a plan ("… toàn địa bàn TP sẽ tập trung công
    tác tuyên truyền …"): after the report told of a text signed or sent (`names_a_text`), the text's measures."""
    return opens_with_its_content(text) and _planned_anywhere().search(text) is not None


@lru_cache(maxsize=1)
def _planned_anywhere() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){_either(load_cues('news.tsv', NEWS_CUE_KINDS), 'plan_aux')}\s++{_deed()}")


def opens_with_its_content(text: str) -> bool:
    """The paragraph opens "Theo đó, …" (`its_content`): it tells the content of something told before it."""
    return news_cues().its_content.match(text) is not None


def tells_a_texts_orders(text: str) -> bool:
    """The paragraph tells what a text orders: it opens "Theo đó, …" or "Theo thông báo của …, …", or tells the text
    sent with its order ("… vừa có công điện khẩn yêu cầu …"); the measures of the text may follow it paragraph by
    paragraph."""
    cues = news_cues()
    lead = _lead_sentence(text)
    if cues.its_content.match(text) is not None or cues.text_opening.match(text) is not None:
        return True
    if any(_tells_what_a_text_orders(lead, match) for match in cues.told_text.finditer(lead)):
        return True
    # "… vừa ký ban hành Chỉ thị hỏa tốc về … . Theo đó, lãnh đạo TP yêu cầu …": the text named, then its content
    return cues.its_content.match(text, len(lead) + 1) is not None and cues.text_titled.search(lead) is not None


def spells_out_a_measure(text: str) -> bool:
    """A paragraph that spells out a measure of the text told before it ("Cụ thể, tại các vùng … sẽ lấy mẫu …",
    "Hộ có từ 5 nhân khẩu trở lên phải lấy …"): a word of obligation or plan, in no one's account ("X cho biết,
    …") nor about another text ("… có công văn …")."""
    cues = news_cues()
    lead = _lead_sentence(text)
    if cues.speaker.search(lead) or cues.names_a_text.search(lead):
        return False
    return cues.measure.search(text) is not None


def done_deed_at(text: str) -> int | None:
    """Where the lead sentence tells a deed as done ("Trưa nay, tỉnh đã di dời …"), or None. A deed that a word of
    obligation follows in its clause qualifies the subject ("Trẻ đã tiêm một mũi phải được hẹn …"): no done act."""
    cues = news_cues()
    lead = _lead_sentence(text)
    match = cues.done_deed.search(lead)
    if match is None:
        return None
    clause_end = _CLAUSE_END.search(lead, match.end())
    if cues.measure.search(lead, match.end(), clause_end.start() if clause_end else len(lead)):
        return None
    return match.start()


_CLAUSE_END = re.compile(r"[,;.:]")


def binds_after_contrast(text: str, done: int | None = None) -> bool:
    """After the deed told as done at `done` (the lead's, `done_deed_at`, when None), its sentence goes on in contrast
    and binds ("… đã phê duyệt Đề án nhưng kết quả thực hiện còn thấp, cần có giải pháp …"): the paragraph orders."""
    done = done_deed_at(text) if done is None else done
    if done is None:
        return False
    end = len(text)
    for stop in ".;":
        at = text.find(stop, done)
        if at >= 0:
            end = min(end, at)
    return news_cues().binds_after_contrast.search(text, done, end) is not None


def concedes(clause: str) -> bool:
    """The clause opens by conceding ("Dù …", "mặc dù …"): a deed told in it is granted, not what is reported."""
    return news_cues().concessive.match(clause) is not None


def tells_conclusions(text: str) -> bool:
    """The paragraph says the report tells a text's or a meeting's conclusions: "Đó là nội dung tại Thông báo số
    94/TB-VPCP … kết luận của Thường trực Chính phủ …", "Đây là kết luận của Thủ tướng tại phiên họp …"."""
    return news_cues().content_told.match(text) is not None


def tells_a_text_issued(text: str) -> bool:
    """The paragraph's lead sentence tells that a text was issued or sent ("Cùng ngày, UBND tỉnh X có công điện gửi
    …", "X cũng đã ban hành lệnh cấm biển …"): among the orders of a report, the issuing of the next ones."""
    return news_cues().names_a_text.search(_lead_sentence(text)) is not None


def announces_orders(text: str) -> bool:
    """The lead sentence tells a text sent and what it orders, of whatever kind the text is named: "Ngày 2/8, UBND
    tỉnh X có văn bản hỏa tốc yêu cầu các cơ quan …". Told so, with no task of its own, it opens the measures the
    report then spells out (`tells_a_texts_orders`)."""
    return news_cues().text_with_orders.search(_lead_sentence(text)) is not None


TEASER_MAX_CHARS = 600  # a page's title, date and teaser before the lead's source tag; more is the report itself


def report_start(texts: list[str]) -> int:
    """The index of the paragraph that opens the report with its source tag, or 0: what comes before it is the
    page's title, date and teaser. A tag after more than a teaser opens another article's teaser the page prints
    after the report ("(PLO)- TP.HCM sẽ …" under a related title at its foot)."""
    before = 0
    for k, text in enumerate(texts):
        if _SOURCE_TAG.match(text):
            return k
        before += len(text)
        if before > TEASER_MAX_CHARS:
            break
    return 0


def continues_without_subject(text: str) -> bool:
    """The paragraph opens with a connector and goes on with no subject of its own ("Đồng thời, vận động …")."""
    return news_cues().continuing.match(text) is not None


def joined_paragraph_starts(text: str) -> list[int]:
    """Where the paragraphs of a body a crawler joined into one line began (`NewsCues.joined_paragraph`)."""
    cues = news_cues()
    openers = [m.end() for m in cues.joined_paragraph.finditer(text)]
    starts = set(openers)
    last, ordered, k = 0, False, 0  # the start of the paragraph so far, and whether it told an order yet
    scanned = 0  # how far the paragraph so far was searched for an order
    for match in cues.joined_order.finditer(text):
        while k < len(openers) and openers[k] < match.start():
            if openers[k] > last:
                last, ordered, scanned = openers[k], False, openers[k]
            k += 1
        # the part not searched yet, with the words an order read before it could span
        ordered = ordered or _tells_an_order_in(text, last, max(last, scanned - GIVER_SPAN_CHARS), match.start())
        scanned = match.start()
        if ordered:  # one order told already in the paragraph so far: the new one opens the next
            starts.add(match.end())
            last, ordered, scanned = match.end(), True, match.end()
    return sorted(starts)


GIVER_SPAN_CHARS = 300  # an authority, its name and its verb of ordering: what `gives_order` reads at most


def _tells_an_order_in(text: str, paragraph: int, start: int, end: int) -> bool:
    """An authority ordering in text[start:end], of the paragraph that begins at `paragraph` (where "^" stands)."""
    if start == paragraph:
        return news_cues().gives_order.search(text[start:end]) is not None
    return news_cues().gives_order.search(text, start, end) is not None


def ordered_in_passive(text: str) -> bool:
    """The paragraph opens with the bodies ordered and the passive verb of ordering: "Bộ X được giao hoàn thành …",
    "Các trường được yêu cầu …": an order told without its giver."""
    return news_cues().ordered_addressee.match(text) is not None


def refers_back_to_order(text: str) -> bool:
    """The paragraph's lead sentence tells its giver ordering "như trên" ("Chủ tịch tỉnh đã chỉ đạo như trên sau khi
    …"): the order is the one the paragraph before told, this one tells who gave it and why."""
    return news_cues().refers_back.search(_lead_sentence(text)) is not None


def quotes_an_order(text: str) -> bool:
    """The whole paragraph quotes its speaker binding someone: "“Chúng ta phải kích hoạt …”, ông A nói." — right
    after an order, the speaker's order in his own words."""
    return news_cues().quoted_order.fullmatch(text) is not None


def tells_who_attended(text: str) -> bool:
    """The paragraph tells who attended or chaired a meeting and orders nothing: a verb of attending, "chủ trì"
    only as the chair (its clause ending right after it), no verb of ordering ("Tham dự hội nghị có các Bộ, ngành
    …; Phó Thủ tướng … cùng chủ trì.")."""
    cues = news_cues()
    attended = cues.attended.search(text)
    if attended is None or cues.gives_order.search(text) is not None:
        return False
    chairs = list(cues.chair_verb.finditer(text))
    # "chủ trì" as a meeting's chair: its clause ends right after it ("… cùng chủ trì."), no duty follows
    chaired = sum(_WORD_AFTER.match(text, chair.end()) is None for chair in chairs)
    # the account opens with who attended, or names the chair: "học sinh tham dự" inside an order is neither
    return len(chairs) == chaired and (attended.start() == 0 or chaired > 0)


_WORD_AFTER = re.compile(r"[ \t]*+[^\s,.;:]")


def opens_an_account(text: str) -> bool:
    """The paragraph opens the report's own account ("Trước đó, Sở đã nhận …", "Ghi nhận của PV, …"): what came
    before the order or what the reporter saw, no order told in it."""
    return news_cues().account_opener.match(text) is not None


SAPO_ORDER_MIN_WORDS = 6  # words an order must print after its verb for its wording to be recognized again


def sapo_order_words(lead: str, any_giver: bool = False) -> set[str] | None:
    """The words, lower case, of the order a sapo's lead sentence tells after its verb of ordering ("… đề nghị người
    dân hạn chế ra khỏi nhà …" → {"người", "dân", "hạn", …}); None when it tells none, or too short to recognize.
    `any_giver`: the verb read wherever it stands, its giver printed in any form (a damaged word, a byname)."""
    cues = news_cues()
    verb = cues.told_order.search(lead) or cues.gives_order.search(lead)
    if verb is None and any_giver:
        verb = cues.order_verb.search(lead)
    if verb is None:
        return None
    start = verb.start("object") if "object" in verb.re.groupindex else verb.end()
    words = {word.lower() for word in _WORD.findall(lead[start:])}
    return words if len(words) >= SAPO_ORDER_MIN_WORDS else None


_WORD = re.compile(r"\w+")


def names_a_text(text: str) -> bool:
    """The lead sentence tells of a text sent or signed: "… vừa ký văn bản khẩn gửi các sở ngành …"."""
    return news_cues().names_a_text.search(_lead_sentence(text)) is not None


def announces_a_text(text: str, next_text: str) -> bool:
    """The paragraph tells that a text of orders was sent and the next paragraph opens "Theo đó, …" or "Theo công
    điện, …" with what it orders: "Cùng ngày, UBND tỉnh … có công điện gửi các cơ quan …" is the text's issuing, no
    task."""
    cues = news_cues()
    content = cues.its_content.match(next_text) or cues.text_opening.match(next_text)
    return content is not None and names_a_text(text)
