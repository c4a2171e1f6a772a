"""Directive items: numbering, nesting, continuation paragraphs, ids, and what is not a task.

Every body paragraph either starts with a marker (`I.`/`I-`, `Điều 2.`, `1.`/`1-`/`1)`, `1.2.`, `a)`,
`-`, `+`, `•`) or continues an open item. Numbered markers nest by rank (roman > article > arabic >
dotted > letter); bullets nest by the order in which they first appear under their parent. An
unmarked paragraph after a bullet belongs to the bullet's parent, since bullets are single paragraphs
in these documents. Roman sections are classified (assessment, purposes, directives) by their
heading; only directive content becomes tasks. The words of that classification (heading words,
praise, closing formulas, the end of a lead-in) are data: resources/cues/sections.tsv. A part titled by
the fields of a rule ("II. THỂ LỆ CUỘC THI", "II. NỘI DUNG TUYỂN SINH") and an appendix after the
signature hold tasks only in the items that order something (resources/cues/tasks.tsv: verbs of doing); so does a
part that states the funds ("VI. KINH PHÍ THỰC HIỆN"). What an item says decides too: a heading whose directive
words are what it assesses ("TÌNH HÌNH THỰC HIỆN …") reports, an item that defines its title's term explains, an
item on how the text itself is spread closes, an article with no clauses and no one to act states the rule, and
clauses quoted between “ and ” are a cited law's. An in-force article followed by who carries the decision out
("Chánh Văn phòng … chịu trách nhiệm thi hành") is a task; a numbered item outside every part titled by an
assessment ("1. Đánh giá chung") is none. OCR damage is read by sequence: an item whose number became specks or
lost its digit is the number between its neighbours'.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from ..cues import alternation, load_cues, phrases
from ..document import Document, Paragraph
from ..item_labels import ARABIC, ARTICLE_NUMBER, CHAPTER, DOTTED, ROMAN
from ..patterns import first_chars
from ..vn import LOWER, UPPER, fold_keep_case, is_upper_text
from ..vocab import LEVEL_OF_WORD, level_pattern
from . import news_orders
from .agencies.grammar import NAME_CUE_KINDS
from .agencies.role_cue_kinds import ROLE_CUE_KINDS
from .agencies.roles import role_patterns
from .inline_labels import split_inline_labels
from .news import is_news, news_photo, unglued_paragraphs
from .split_labels import rejoin_split_labels
from .task_forms import template_spans, template_titles
from .task_tables import (
    TaskTable,
    cell,
    column_cells,
    find_task_tables,
    group_title,
    is_task_row,
    item_headings,
    restated_item,
    row_label,
)

_ROMAN_NUMERALS = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
NUMBERED_RANK = {
    "part": -1,
    "chapter": -1,
    "roman": 0,
    "article": 1,
    "ordinal": 2,
    "arabic": 2,
    "dotted": 3,
    "sub_arabic": 4,
    "paren": 4,
    "letter": 5,
}
CONTAINERS = ("roman", "article")  # sections whose numbered items are the top-level tasks
BULLET_KINDS = ("dash", "plus", "dot")

# "A. PHƯƠNG THỨC …", "B. …", "D. TỔ CHỨC THỰC HIỆN": lettered parts above the romans, in the Vietnamese
# alphabet's order (no F); "H." stops before it, since OCR reads "II." as "H."
_PART_LETTERS = "ABCDĐEG"
_MARKERS = [
    # "Chương IV" / "CHƯƠNG IV. TỔ CHỨC THỰC HIỆN": a chapter, the title on its line or the next; not "Chương II của …"
    (
        "chapter",
        re.compile(rf"^(?P<m>{CHAPTER})(?=\s*+(?:[.:\-–]\s*+)?(?:$|[{UPPER}]))"),
    ),
    ("part", re.compile(rf"^(?P<m>(?P<label>[{_PART_LETTERS}])\.)\s+(?=[{UPPER}]{{2}})")),
    ("article", re.compile(rf"^(?P<m>Điều\s+(?P<label>{ARTICLE_NUMBER})\s*[.:]?)\s+")),
    # OCR damage: "I.l." / "l.2." for the dotted "1.1." / "1.2." (an "l" read for a "1"); "I.2." alone is a roman
    # part's numbering
    ("dotted_ocr", re.compile(r"^(?P<m>(?P<label>[1Il]\.[\dIl]{1,2}(?:\.[\dIl]{1,2}){0,2})\.?)\s+(?=\S)")),
    # "XI)" before a small letter closes a citation wrapped to a line start ("(khóa\nXI) về …"): no heading
    (
        "roman",
        re.compile(rf"^(?P<m>(?P<label>{ROMAN})\s*(?:[.\-–:]|\)(?!\s*[{LOWER}])))\s*(?=\S)"),
    ),
    # OCR damage: "IH." / "HI." for II. / III., "L." / "IL." for a lost "I", only before an upper-case heading;
    # numbered by sequence
    (
        "roman_ocr",
        re.compile(rf"^(?P<m>(?P<label>(?=[IVXHlL]*[HlL])[IVXHlL]{{1,4}})\s*[.\-–:)])\s*(?=[{UPPER}]{{2}})"),
    ),
    ("ordinal", re.compile(r"^(?P<m>(?P<label>(?:Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười)\s+là))\s*[,:]\s*")),
    ("dotted", re.compile(rf"^(?P<m>(?P<label>{DOTTED})\.?)(?:\s+|(?=[^\d\s.]))")),
    ("arabic", re.compile(rf"^(?P<m>(?P<label>{ARABIC})\s*[.\-–)])(?!\d)\s*(?=\S)")),
    # "100." … "1000." only where it continues "99." … "999." (see _long_number); otherwise a count starts the line
    ("arabic_long", re.compile(r"^(?P<m>(?P<label>\d{3,4})[.)])(?!\d)\s+(?=\S)")),
    ("paren", re.compile(r"^(?P<m>\((?P<label>\d{1,2})\))\s*(?=\S)")),
    ("letter", re.compile(r"^(?P<m>(?P<label>[a-zđ])\s*[).])\s+")),
    ("dash", re.compile(r"^(?P<m>[-–—])(?![-–—])\s*(?=\S)")),
    ("plus", re.compile(r"^(?P<m>\+)\s*(?=\S)")),
    # "*   Chủ trì …": the bullet a converter prints for a markdown list item, its star before two or more spaces
    ("dot", re.compile(r"^(?P<m>[•·∙◦▪●○]|\*(?= {2,}))\s*(?=\S)")),
]

SECTION_CUE_KINDS = frozenset(
    {
        "assessment_heading",
        "assessment_opening",
        "purpose_heading",
        "directive_heading",
        "purpose_item",
        "purpose_item_joined",
        "in_force_document",
        "in_force_heading",
        "praise",
        "praise_opening",
        "directive_end",
        "closing",
        "closing_document",
        "closing_request",
        "directive_cue",
        "directive_verb",
        "basis_opening",
        "situation_opening",
        "closing_last",
        "addressee_opening",
        "directive_not_before",
        "directive_not_after",
        "closing_phrase",
        "note_opening",
        "contact_opening",
        "basis_clause",
        "report_difficulty",
        "grant_opening",
        "purpose_lead",
        "members_lead",
        "addressed_requirement",
    }
)

TASK_CUE_KINDS = frozenset(  # resources/cues/tasks.tsv
    {
        "action_opening",
        "bare_heading",
        "field_heading",
        "meeting_field_heading",
        "judging_heading",
        "content_heading",
        "enacting_opening",
        "body_noun",
        "purpose_qualifier",
        "connector",
        "manner_adverb",
        "obligation",
        "obligation_with_object",
        "obligation_adverb",
        "issued_document",
        "reported_quantity",
        "number_word",
        "told_as_done",
        "schedule_label",
        "sector_head",
        "plan_marker",
        "plan_opening",
    }
)


@dataclass(frozen=True)
class SectionCues:
    """The cues of resources/cues/sections.tsv compiled into the patterns that classify the body.

    Each runs on the copy of the text that keeps it as strict as the words need:
    - `folded_*` on `_folded(text)` (no diacritics, lower case), for headings printed without
      diacritics ("CAN CU PHÁP LÝ");
    - `capital_*` on `_capitals(text)`, so that a heading word counts only where it is printed in
      capitals ("NHIỆM VỤ", not "nhiệm vụ");
    - the others on the text itself, ignoring case but not diacritics: folded, the "biết" of
      "thông báo để … biết" would also be "đặc biệt", and the "có" of "nếu có" "cơ quan".
    """

    assessment: re.Pattern[str]  # at the start of a heading ("MỘT SỐ KẾT QUẢ …")
    folded_assessment: re.Pattern[str]
    assessment_opening: re.Pattern[str]  # group "cue", which must be in sentence case (_sentence_case)
    folded_purpose: re.Pattern[str]
    capital_purpose: re.Pattern[str]
    folded_directive: re.Pattern[str]
    capital_directive: re.Pattern[str]
    folded_purpose_item: re.Pattern[str]
    in_force: re.Pattern[str]  # on `_folded(text)`: "Nghị quyết này có hiệu lực …", "Điều 8. Hiệu lực thi hành"
    praise: re.Pattern[str]
    praise_opening: re.Pattern[str]
    directive_end: re.Pattern[str]
    # the same words ending the paragraph right before the list, its colon lost: "… thực hiện một số nhiệm vụ sau"
    lost_colon_end: re.Pattern[str]
    scrambled_directive_end: re.Pattern[str]  # the same, a few words of its line after the colon (OCR)
    closing: re.Pattern[str]
    closing_last: re.Pattern[str]  # what closes the body only as its last paragraph ("X yêu cầu … thực hiện")
    directive: re.Pattern[str]  # a directive verb in a sentence: "giao X", "đề nghị X", "X chủ trì"
    basis_opening: re.Pattern[str]  # a paragraph of context: "Căn cứ …", "Thực hiện …", "Ngày …, tại …"
    situation_opening: re.Pattern[str]  # a paragraph on the situation: "Trước tình hình …", "Dự báo …"
    addressee_opening: re.Pattern[str]  # what an addressee opens with when not with a capital ("các")
    not_directive_before: re.Pattern[str]  # "theo", "xét", "đã" before it: reported, not ordered
    not_directive_after: re.Pattern[str]  # "của", "tại" after it: a cited instruction
    closing_phrase: re.Pattern[str]  # in a paragraph after the last item: the closing ("… các nội dung trên")
    # the phrases of three words or more also on `_folded(text)`: OCR changes a tone ("văn bản này thay thể"),
    # and three words together stay unambiguous without their diacritics
    folded_closing_phrase: re.Pattern[str]
    closing_with_subject: re.Pattern[str]  # after the last item: "UBND tỉnh yêu cầu các sở … thực hiện./."
    note_opening: re.Pattern[str]  # "Lưu ý:" opening a paragraph after the last item
    contact_opening: re.Pattern[str]  # "Đầu mối liên hệ: …", "Mọi chi tiết xin liên hệ …" opening a paragraph
    basis_clause: re.Pattern[str]  # a clause of basis to its last comma within 200 characters: "Căn cứ …, "
    report_difficulty: re.Pattern[str]  # "khó khăn", "vướng mắc": a report asked of difficulties met
    # an item on how the text itself is spread or kept: "Kế hoạch này được phổ biến …", "Quyết định này có hiệu lực"
    itself: re.Pattern[str]
    grant_opening: re.Pattern[str]  # an article's lead-in granting a permit: "Cho phép Công ty … như sau:"
    purpose_lead: re.Pattern[str]  # an article's lead-in over purposes: "… được tổ chức nhằm:"
    members_lead: re.Pattern[str]  # an article's lead-in over members: "… gồm các ông, bà có tên sau:"
    addressed_requirement: re.Pattern[str]  # "Yêu cầu Công ty …:", group "next" the addressee's first letter
    ordering_colon: re.Pattern[str]  # a verb of ordering right before the colon ending a lead-in: "… kính đề nghị:"


@lru_cache(maxsize=1)
def section_cues() -> SectionCues:
    cues = load_cues("sections.tsv", SECTION_CUE_KINDS)

    def folded(kind: str) -> str:
        return alternation(cues, kind)

    def accented(kind: str) -> str:
        return alternation(cues, kind, fold=False)

    # an item that only names purposes: "Mục đích, yêu cầu", "Phạm vi điều chỉnh:", "Căn cứ pháp lý."
    qualifier = alternation(load_cues("tasks.tsv", TASK_CUE_KINDS), "purpose_qualifier")
    purpose_item = (
        rf"^{folded('purpose_item')}(?:\s*(?:,|va)\s*{folded('purpose_item_joined')})*(?:\s+{qualifier})?"
        r"\s*(?::.*|\.)?$"
    )
    return SectionCues(
        assessment=re.compile(rf"^(?:một số\s+)?{accented('assessment_heading')}", re.IGNORECASE),
        folded_assessment=re.compile(rf"^(?:mot so\s+)?{folded('assessment_heading')}"),
        assessment_opening=re.compile(rf"^\S+\s+(?P<cue>{accented('assessment_opening')})", re.IGNORECASE),
        folded_purpose=re.compile(folded("purpose_heading")),
        capital_purpose=re.compile(accented("purpose_heading")),
        folded_directive=re.compile(folded("directive_heading")),
        capital_directive=re.compile(accented("directive_heading")),
        folded_purpose_item=re.compile(purpose_item),
        # folded: OCR prints "này" as "nay"; on the item's whole first paragraph, which may wrap before "thông qua"
        in_force=re.compile(
            rf"^(?:{folded('in_force_document')}\s+nay\s+(?:co\s+hieu\s+luc|da\s+duoc\s+.{{0,160}}?thong\s+qua)"
            rf"|{folded('in_force_heading')}\s*$)",
            re.IGNORECASE,
        ),
        praise=re.compile(accented("praise"), re.IGNORECASE),
        # an item that opens by praising ("Ghi nhận, đánh giá cao …", "Ban Chỉ đạo hoan nghênh …") reports
        praise_opening=re.compile(rf"^(?:[^,.;:]{{0,60}}?\s)?{accented('praise_opening')}\b", re.IGNORECASE),
        directive_end=re.compile(rf"{accented('directive_end')}\s*:\s*$", re.IGNORECASE),
        lost_colon_end=re.compile(rf"\b{accented('directive_end')}\s*$", re.IGNORECASE),
        # OCR printed the words of the lead-in's last line out of order: "… một số nội dung sau:khai thực"
        scrambled_directive_end=re.compile(
            rf"{accented('directive_end')}\s*:\s*(?P<tail>(?:\w++\s*+){{1,{SCRAMBLED_TAIL_WORDS}}})$", re.IGNORECASE
        ),
        closing=re.compile(
            # "… thông báo [ý kiến …] để/cho/đến … biết" anywhere; the other forms open the paragraph
            r"thông báo\s+(?:ý kiến[^.]{0,200}?)?(?:để|cho|đến)\s[^.]{0,160}?biết"
            rf"|^(?:{accented('closing')}|{accented('closing_document')} này\s+(?:được|có hiệu lực|phổ biến))"
            rf"|^{accented('closing_request')}\s.{{0,160}}(?:nghiêm túc|khẩn trương)?\s*(?:triển khai\s+)?thực hiện"
            r"(?: nghiêm túc)?\s*\.?/?\.?$",
            re.IGNORECASE,
        ),
        # "X chủ trì", "khẩn trương"; or a directive verb before its addressee ("giao Sở Y tế", "yêu cầu các
        # đơn vị"), not "lãnh đạo, chỉ đạo," of a narrative
        directive=re.compile(
            rf"(?<!\w)(?:{accented('directive_cue')}(?!\w)|{accented('directive_verb')}\s+(?=(?P<object>\w)))",
            re.IGNORECASE,
        ),
        addressee_opening=re.compile(rf"{accented('addressee_opening')}(?!\w)", re.IGNORECASE),
        closing_last=re.compile(rf"^(?:[^.;:\n]{{0,80}}?)?{accented('closing_last')}", re.IGNORECASE),
        basis_opening=re.compile(rf"^(?:\W{{0,3}}\s*)?{accented('basis_opening')}(?!\w)", re.IGNORECASE),
        situation_opening=re.compile(rf"^(?:\W{{0,3}}\s*)?{accented('situation_opening')}(?!\w)", re.IGNORECASE),
        # up to two words between: "đã kịp thời chỉ đạo", "được UBND tỉnh giao"
        not_directive_before=re.compile(
            rf"(?<!\w){accented('directive_not_before')}(?:\s+[^\s,.;:]+){{0,2}}\s+$", re.IGNORECASE
        ),
        not_directive_after=re.compile(rf"\s+{accented('directive_not_after')}(?!\w)", re.IGNORECASE),
        closing_phrase=re.compile(rf"(?<!\w){accented('closing_phrase')}(?!\w)", re.IGNORECASE),
        folded_closing_phrase=re.compile(
            "(?<!\\w)(?:"
            + "|".join(c.pattern for c in cues if c.kind == "closing_phrase" and _words(c.phrase) >= 3)
            + ")(?!\\w)"
        ),
        closing_with_subject=re.compile(
            rf"^(?:[^,.;:]{{0,80}}?\s)?{accented('closing_request')}\s[^;]{{0,200}}?thực hiện"
            r"(?:\s+(?:tốt|nghiêm túc))?\s*\.?/?\.?$",
            re.IGNORECASE,
        ),
        note_opening=re.compile(rf"^\(?\s*{accented('note_opening')}\s*:", re.IGNORECASE),
        contact_opening=re.compile(rf"^[-+•*(]?\s*+{accented('contact_opening')}(?!\w)", re.IGNORECASE),
        basis_clause=re.compile(rf"{accented('basis_clause')}\s[^.;:]{{0,200}},\s*+", re.IGNORECASE),
        report_difficulty=re.compile(rf"(?<!\w){accented('report_difficulty')}(?!\w)", re.IGNORECASE),
        itself=re.compile(
            rf"{accented('closing_document')}\s+này\s+(?:được|có hiệu lực|phổ biến)(?!\w)", re.IGNORECASE
        ),
        grant_opening=re.compile(rf"^{accented('grant_opening')}\s.*:$", re.IGNORECASE),
        purpose_lead=re.compile(rf"\s{accented('purpose_lead')}\s*:$", re.IGNORECASE),
        members_lead=re.compile(rf"\s{accented('members_lead')}\s*:$", re.IGNORECASE),
        addressed_requirement=re.compile(rf"^{accented('addressed_requirement')}\s+(?P<next>\w)", re.IGNORECASE),
        ordering_colon=re.compile(rf"(?<!\w){accented('directive_verb')}\s*:\s*$", re.IGNORECASE),
    )


@dataclass(frozen=True)
class TaskCues:
    """The cues of resources/cues/tasks.tsv: what tells that an item of a part holding rules orders something."""

    action_opening: re.Pattern[str]  # a verb of doing opening a paragraph: "Tổ chức …", "a) Tuyên truyền …"
    bare_heading: re.Pattern[str]  # a directive heading word that alone does not make a part directive
    folded_bare_heading: re.Pattern[str]  # the same on `_folded(text)`
    folded_field_heading: re.Pattern[str]  # a field of a plan opening a title ("KINH PHÍ …"), on `_folded(text)`
    # a field of an event's plan opening a title in sentence case ("Thời gian và địa điểm"), on `_folded(text)`
    folded_meeting_field_heading: re.Pattern[str]
    # a verb opening an article that does what the decision does ("Điều 1. Phê duyệt …"): the issuer's own act
    enacting_opening: re.Pattern[str]
    # a directive word whose part may hold findings ("III. KẾT LUẬN" of an inspection), on `_folded(text)`
    folded_judging_heading: re.Pattern[str]
    # what opens a phrase of an article's title that states content ("Mức hỗ trợ"), on `_folded(text)`
    folded_content_heading: re.Pattern[str]
    connector: re.Pattern[str]  # "Bên cạnh đó, ", "Đồng thời " before an order in prose
    continued_order: re.Pattern[str]  # after a connector: a subject, then a verb of doing
    obligation: re.Pattern[str]  # "cần lập", "phải hoàn thành", "yêu cầu tăng cường": a deed bound on someone
    # a verb of doing then how it is to be done, opening a paragraph: "Thực hiện đồng bộ các biện pháp …" (an
    # imperative, where "Thực hiện Công văn số …, …" opens the context)
    deed_with_manner: re.Pattern[str]
    # "Ban hành kèm theo Quyết định này Kế hoạch …", "Ban hành Quy chế … kèm theo Quyết định này": an article
    # issuing a text attached; group "type" the text's type as printed
    issues_attached: re.Pattern[str]
    # a paragraph that opens with a body's name, then a verb of doing within a few words: "Sở Tài chính bố trí
    # kinh phí", "Bưu điện huyện, thành phố tổng hợp bài thi"
    body_does: re.Pattern[str]
    # a paragraph whose subject is bodies taken one by one or all ("Các trường tiểu học, trung học cơ sở gửi bài
    # thi về …", "Mỗi đơn vị cử 02 vận động viên"), then a verb of doing within eight words
    bodies_do: re.Pattern[str]
    # a subject of up to four words, none telling the deed as done or going on ("đã", "đang", "vừa"), then a verb of
    # doing: "thành phố triển khai …", "các địa phương tiếp tục rà soát …"
    subject_then_deed: re.Pattern[str]
    # a paragraph that opens with an office's title and its field in capitals, then a verb of doing within eight
    # words: "Bộ trưởng Quốc phòng tổ chức quán triệt …", "Giám đốc Sở Y tế chỉ đạo …"
    office_does: re.Pattern[str]
    # after a clause of basis's comma: a subject of up to twelve words, none telling the deed as done, then a word of
    # plan or obligation and a verb of doing ("…, Sở X sẽ tiếp tục tổ chức …", "…, các xã cần rà soát …")
    planned_deed: re.Pattern[str]
    plan_opening: re.Pattern[str]  # "Thời gian tới, …": a frame of the time to come opening the paragraph
    # a branch of the administration printed with its capital, then a verb of doing within eight words: "Ngành Y tế
    # cùng các địa phương chuẩn bị …"
    sector_does: re.Pattern[str]
    # before the deed: told as done or going on ("đã", "đang"), or what the body said ("Sở Y tế cho biết để chuẩn bị
    # …, các bệnh viện tổ chức …"): the report's account, not the order; in small letters, as printed
    told_as_done: re.Pattern[str]
    schedule_label: re.Pattern[str]  # on the folded lower text, at a line's start: "thoi gian thuc hien:"


@lru_cache(maxsize=1)
def task_cues() -> TaskCues:
    cues = load_cues("tasks.tsv", TASK_CUE_KINDS)
    action = alternation(cues, "action_opening", fold=False)
    adverb = alternation(cues, "obligation_adverb", fold=False)
    return TaskCues(
        action_opening=re.compile(rf"{action}(?!\w)", re.IGNORECASE),
        bare_heading=re.compile(rf"{alternation(cues, 'bare_heading', fold=False)}(?!\w)", re.IGNORECASE),
        folded_bare_heading=re.compile(alternation(cues, "bare_heading")),
        folded_field_heading=re.compile(rf"^{alternation(cues, 'field_heading')}(?!\w)"),
        folded_meeting_field_heading=re.compile(rf"^{alternation(cues, 'meeting_field_heading')}(?!\w)"),
        enacting_opening=re.compile(rf"{alternation(cues, 'enacting_opening', fold=False)}(?!\w)", re.IGNORECASE),
        folded_judging_heading=re.compile(alternation(cues, "judging_heading")),
        folded_content_heading=re.compile(rf"^{alternation(cues, 'content_heading')}(?!\w)"),
        connector=re.compile(rf"{alternation(cues, 'connector', fold=False)}(?!\w)\s*+,?\s*+", re.IGNORECASE),
        # after a connector: who (up to four words), then the deed ("các địa phương triển khai …", "công tác
        # truyền thông tiếp tục được tăng cường")
        continued_order=re.compile(
            rf"(?:[^\s,.;:]++\s++){{1,4}}?(?:{adverb}\s++){{0,2}}"
            rf"{action}(?!\w)",
            re.IGNORECASE,
        ),
        # a word of obligation right before a verb of doing, not negated ("không cần", "chưa phải") nor told as
        # past ("đã chỉ đạo triển khai", "đã yêu cầu rà soát")
        obligation=re.compile(
            rf"(?<!\w)(?<!không )(?<!chưa )(?<!đã )(?:{alternation(cues, 'obligation', fold=False)})\s++"
            rf"(?:{adverb}\s++){{0,2}}{action}(?!\w)"
            # "khuyến khích người dân chủ động thực hiện": whom it binds, then the deed
            rf"|(?<!\w){alternation(cues, 'obligation_with_object', fold=False)}"
            rf"(?:\s++[^\s,.;:]++){{1,3}}?\s++{action}(?!\w)",
            re.IGNORECASE,
        ),
        deed_with_manner=re.compile(
            rf"{action}\s++{alternation(cues, 'manner_adverb', fold=False)}(?!\w)", re.IGNORECASE
        ),
        issues_attached=re.compile(
            rf"^(?=[^.;]*?kèm\s+theo)(?:ban\s+hành|phê\s+duyệt)\s++(?:kèm\s+theo\s++\w++(?:\s++\w++)?\s++này\s++)?"
            rf"(?P<type>{alternation(cues, 'issued_document', fold=False)})(?!\w)",
            re.IGNORECASE,
        ),
        body_does=_body_does(adverb, action),
        office_does=_office_does(adverb, action),
        planned_deed=re.compile(
            rf"(?:(?!(?:đã|đang|vừa)\s)[^\s.;:]++\s++){{1,12}}?"
            rf"(?:{alternation(cues, 'plan_marker', fold=False)}|{alternation(cues, 'obligation', fold=False)})\s++"
            rf"(?:{adverb}\s++){{0,2}}{action}(?!\w)",
            re.IGNORECASE,
        ),
        plan_opening=re.compile(rf"{alternation(cues, 'plan_opening', fold=False)}\s*+,", re.IGNORECASE),
        sector_does=re.compile(
            rf"(?=[{UPPER}])(?i:{alternation(cues, 'sector_head', fold=False)})\s++(?:[^\s.;:]++\s++){{1,8}}?"
            rf"(?i:(?:{adverb}\s++){{0,2}}{action})(?!\w)"
        ),
        told_as_done=re.compile(rf"\b{alternation(cues, 'told_as_done', fold=False)}\s"),
        schedule_label=re.compile(rf"{alternation(cues, 'schedule_label')}\s*:"),
        subject_then_deed=re.compile(
            rf"(?!{alternation(cues, 'reported_quantity', fold=False)}\s)"
            rf"(?:(?!(?:đã|đang|vừa)\s)[^\s,.;:]++\s++){{1,4}}?(?:{adverb}\s++){{0,2}}{action}(?!\w)",
            re.IGNORECASE,
        ),
        bodies_do=re.compile(
            rf"(?:các|mỗi|từng)\s++{alternation(cues, 'body_noun', fold=False)}(?!\w)[,;]?+"
            rf"(?:\s++[^\s.:]++){{0,12}}?\s++(?:{adverb}\s++){{0,2}}{action}(?!\w)",
            re.IGNORECASE,
        ),
    )


def _body_does(adverb: str, action: str) -> re.Pattern[str]:
    """`TaskCues.body_does`: the type words are the name grammar's (cues/agency_names.tsv), printed with their
    capital; its field printed with a capital, or its level ("Sở Tài chính", "Bưu điện huyện"): not "Trường
    hợp …"."""
    names = load_cues("agency_names.tsv", NAME_CUE_KINDS)
    types = "|".join(
        sorted(
            {*phrases(names, "type_word", fold=False), *phrases(names, "type_word_level", fold=False)},
            key=lambda p: (-len(p), p),
        )
    )
    field = rf"(?=[{UPPER}]|{level_pattern()}(?!\w))"
    # "nhân dân" qualifies the type ("Ủy ban nhân dân tỉnh", "Hội đồng nhân dân huyện"), it is not the field
    # after the name, what it is in this work, set off by a dash: "Sở Nông nghiệp và Phát triển nông thôn - Cơ quan
    # Thường trực Ban Chỉ huy Phòng chống thiên tai tỉnh theo dõi …"
    apposition = rf"(?:[-–]\s++(?=[{UPPER}])(?:[^\s.;:]++\s++){{1,30}}?)?"
    return re.compile(
        rf"(?i:{types})(?:\s++(?i:nhân\s++dân))?(?!\w)\s++{field}(?:[^\s.;:]++\s++){{1,8}}?{apposition}"
        rf"(?i:(?:{adverb}\s++){{0,2}}{action})(?!\w)"
    )


def _office_does(adverb: str, action: str) -> re.Pattern[str]:
    """`TaskCues.office_does`: the titles are cues/roles.tsv `leader_title`, optionally "Phó …"."""
    titles = alternation(load_cues("roles.tsv", ROLE_CUE_KINDS), "leader_title", fold=False)
    return re.compile(
        rf"(?:(?i:phó)\s++)?(?i:{titles})\s++(?=[{UPPER}])(?:[^\s.;:]++\s++){{1,8}}?"
        rf"(?i:(?:{adverb}\s++){{0,2}}{action})(?!\w)"
    )


def _words(phrase: str) -> int:
    return len(phrase.replace("[", " ").replace("]", " ").split())


def _folded(text: str) -> str:
    return fold_keep_case(text).lower()


def _capitals(text: str) -> str:
    """`text` lower-cased with every letter printed in small letters blanked, same length: a cue found
    in it was printed in capitals."""
    return "".join(c.lower() if c.isupper() and len(c.lower()) == 1 else "\0" if c.islower() else c for c in text)


def _sentence_case(words: str) -> bool:
    """Printed "Tình hình": a capital, then small letters."""
    return words[:1].isupper() and words[1:] == words[1:].lower()


@dataclass
class Item:
    kind: str  # marker kind
    label: str  # the number or letter as printed, "" for bullets
    marker: str  # the marker text as printed
    start: int  # internal offset of the marker
    end: int  # internal offset of the end of the item (children included)
    first_end: int  # end of the item's own first paragraph
    parent: Item | None = None
    children: list[Item] = field(default_factory=list)
    id: str = ""
    section: str = "tasks"  # tasks | assessment | preamble, for roman sections
    lead_in: tuple[int, int] | None = None  # internal span of the sentence that introduces the children
    cells: dict[str, tuple[int, int]] = field(default_factory=dict)  # a table row's columns (lead, time …)
    previous_row: Item | None = None  # the row above in the same table (a lead merged down the rows)
    # a table row's every lead, coordinate and monitor cell (`cells` keeps the first of each kind)
    role_cells: list[tuple[str, tuple[int, int]]] = field(default_factory=list)

    @property
    def depth(self) -> int:
        return 0 if self.parent is None else self.parent.depth + 1


@dataclass
class TaskLayout:
    items: list[Item] = field(default_factory=list)  # top-level items, all kinds
    tasks: list[Item] = field(default_factory=list)  # top-level tasks
    closing: tuple[int, int] | None = None
    body: tuple[int, int] = (0, 0)
    regions: list[tuple[int, int]] = field(default_factory=list)  # the body, and an appendix after the signature
    lead_in: tuple[int, int] | None = None  # the sentence before the first list, when it introduces it
    preamble_paragraphs: list[Paragraph] = field(default_factory=list)
    column_roles: list[tuple[int, int, str]] = field(default_factory=list)  # task tables' lead/coordinate cells
    # items of a directive part that state a rule's fields, not tasks ("1. Số lượng cần tuyển: 57 chỉ tiêu."):
    # what they fix is planned, as a task's figures are
    rules: list[Item] = field(default_factory=list)


def _markers_by_first() -> tuple[dict[str, list[tuple[str, re.Pattern[str]]]], list[tuple[str, re.Pattern[str]]]]:
    """The markers, in order, that can open with each character (patterns.first_chars), and those that can open
    with any other (a digit class, an unknown first character): a paragraph is tried only against its own."""
    firsts = [first_chars(pattern.pattern) for _, pattern in _MARKERS]
    chars = set().union(*(first for first in firsts if first is not None))
    by_char = {c: [m for m, first in zip(_MARKERS, firsts, strict=True) if first is None or c in first] for c in chars}
    return by_char, [m for m, first in zip(_MARKERS, firsts, strict=True) if first is None]


_MARKERS_BY_FIRST, _MARKERS_ANY_FIRST = _markers_by_first()


def marker_of(text: str, skip_part: bool = False) -> tuple[str, str, str] | None:
    for kind, pattern in _MARKERS_BY_FIRST.get(text[:1], _MARKERS_ANY_FIRST):
        if skip_part and kind == "part":
            continue
        match = pattern.match(text)
        if match:
            label = match.groupdict().get("label") or ""
            if kind == "dotted_ocr":
                if "l" not in label:
                    continue  # "1.2." as printed, and "I.1." a roman part's own numbering, not OCR damage
                kind, label = "dotted", label.translate(_OCR_DIGITS)
            return kind, label, match.group("m")
    return None


_OCR_DIGITS = str.maketrans("Il", "11")
_OCR_DOTTED_AFTER = re.compile(r"I\.(\d{1,2})\.?\s")


ROMAN_VALUE = {numeral: k + 1 for k, numeral in enumerate(_ROMAN_NUMERALS)}


def _heads_a_roman_list(doc: Document, para: Paragraph, paragraphs: list[Paragraph]) -> bool:
    """A "1." that opens an upper-case heading line, and a roman "II." heading comes later."""
    first_line = doc.text[para.start : para.end].split("\n", 1)[0]
    if not _is_upper(first_line) or len(first_line) > 120:
        return False
    for later in paragraphs:
        if later.start <= para.start:
            continue
        found = marker_of(doc.text[later.start : later.end])
        if found and found[0] in ("roman", "roman_ocr"):
            return found[1] in ("II", "") or found[0] == "roman_ocr"
    return False


# a roman numeral OCR damaged ("H." for II., "IH." / "HI." for III., "L." for I.), before a heading in sentence case:
# read only as the numeral next after the last roman part (`_sentence_roman_ocr`)
_SENTENCE_ROMAN_OCR = re.compile(
    rf"^(?P<m>(?P<label>(?=[IVXHlL]*[HlL])[IVXHlL]{{1,4}})\s*[.\-–:)])[ \t]*+(?=[{UPPER}][{LOWER}])"
)
_ROMAN_OCR_READ = str.maketrans({"H": "II", "l": "I", "L": "I"})
ROMAN_HEADING_CHARS = 100  # a roman part's title line; a longer line is a sentence


def _sentence_roman_ocr(text: str, roots: list[Item]) -> tuple[str, str, str] | None:
    """A roman part's heading in sentence case whose numeral OCR damaged ("H. Thành phần" after "I. Thời gian và địa
    điểm", "IH. Phân công thực hiện" after II): an item only where the damaged numeral, its "H" read as "II" and its
    "l"/"L" as "I", is the numeral after the last roman part, and the line is a title (short, no full stop)."""
    match = _SENTENCE_ROMAN_OCR.match(text)
    if match is None:
        return None
    last = next((r for r in reversed(roots) if r.kind == "roman"), None)
    value = ROMAN_VALUE.get(last.label, 0) if last is not None else 0
    if not value or value >= len(_ROMAN_NUMERALS):
        return None
    expected = _ROMAN_NUMERALS[value]
    first_line = text.split("\n", 1)[0].rstrip()
    if match.group("label").translate(_ROMAN_OCR_READ) != expected or len(first_line) > ROMAN_HEADING_CHARS:
        return None
    return None if first_line.endswith((".", ";", ",")) else ("roman", expected, match.group("m"))


def _lost_stroke(printed: str, expected: str) -> bool:
    """The numeral expected next, printed with one "I" lost ("II." for III., "V." for VI.): OCR damage, read in
    sequence. Any other repeat ("IV." printed twice in a clean text) is a numbering slip kept as printed, whose
    ids get "-2" (corpus/ANNOTATING.md, settled 3)."""
    return any(expected[:k] + expected[k + 1 :] == printed for k, c in enumerate(expected) if c == "I")


def _article_in_sequence(label: str, marker: str, last_article: int) -> bool:
    """An article heading printed without its "." or ":" ("Điều 3 Tổ chức thực hiện") is one only where it
    continues the articles before it (the first is "Điều 1"); a cited article wrapped to a line start
    ("khoản 1\nĐiều 24 Luật Viên chức") is none."""
    return marker.rstrip().endswith((".", ":")) or int(label) == last_article + 1


# a speck glued to the number, no space between: "„1. Các ban, ngành …" (not a bracket: "(1." is another list's)
_GLUED_SPECK = r"[^\w\s(\[{]{1,2}"
# an item number as OCR prints it: "5," for "5.", or behind specks of a stain or a stamp ("ị 5, Trung tâm …",
# "í ._ 17. Các cơ sở …"); read only where it continues the open list (`_ocr_marker`)
_OCR_MARKER = re.compile(
    rf"^(?P<noise>(?:[^\w\s]{{1,3}}|\w)(?:\s++(?:[^\w\s]|_){{1,3}})?\s++|{_GLUED_SPECK})?"
    rf"(?P<m>(?P<label>\d{{1,2}})(?P<p>[.,]))\s++(?=[{UPPER}])"
)


# an article heading behind a speck of a stain or a stamp ("- Điều 3. Cơ cấu tổ chức và biên chế"): a dash or a
# stroke the scan read before it, never a quote ("“Điều 2. …" cites another text); read only where it continues
# the articles before it (`_article_behind_specks`)
_ARTICLE_BEHIND_SPECKS = re.compile(
    rf"^(?:[-–—_=|~.]{{1,3}}[ \t]*+){{1,2}}(?P<m>Điều[ \t]++(?P<label>{ARTICLE_NUMBER})[ \t]*+[.:])[ \t]++(?=[{UPPER}])"
)


def _article_behind_specks(text: str, last_article: int) -> tuple[int, tuple[str, str, str]] | None:
    """The next article's heading behind OCR specks: (where its marker starts, the marker as `marker_of` gives
    it), when its number follows the last article's."""
    match = _ARTICLE_BEHIND_SPECKS.match(text)
    if match is None or not last_article or int(match.group("label")) != last_article + 1:
        return None
    return match.start("m"), ("article", match.group("label"), match.group("m"))


# an article's first clause whose "1" OCR read as a bracket or a bar, maybe behind a stroke of the scan ("_— ],
# Trình Ủy ban nhân dân tỉnh:"); never behind a quote ("“]. …" cites another text's clause); read only right under
# an article or a roman part, before its "2." (`_first_misread_one`)
_MISREAD_ONE = re.compile(rf"^(?:[-–—_=~][ \t]*+){{0,3}}(?P<m>[\]|!][.,])[ \t]++(?=[{UPPER}])")


def _first_misread_one(text: str, stack: list[Item], next_label: str | None) -> tuple[int, tuple[str, str, str]] | None:
    """The first clause of a container whose number OCR misread (`_MISREAD_ONE`): (where its marker starts, the
    marker as `marker_of` gives it), when the container has no clause yet and the next is numbered 2."""
    match = _MISREAD_ONE.match(text)
    if match is None or not stack or stack[-1].kind not in CONTAINERS or next_label != "2":
        return None
    return match.start("m"), ("arabic", "1", match.group("m"))


# a paragraph opening with a lone full stop, then a capital: an item number whose digit OCR lost
_LOST_DIGIT = re.compile(rf"^(?P<m>\.)\s++(?=[{UPPER}])")


# a paragraph opening with specks where its number was (a stain's marks, no digit), maybe a bullet, then a capital:
# "_ò_— + Chủ động …"; an item only where the next item's number skips one (`_lost_number`)
_SPECKS = re.compile(rf"^(?P<m>[^\s\d]{{1,5}})\s++(?:[-+–•]\s++)?(?=[{UPPER}])")


def _lost_number(
    text: str, stack: list[Item], next_label: str | None, after_sentence: bool = False
) -> tuple[str, str, str] | None:
    """An arabic item whose whole number OCR turned to specks (`_SPECKS`: marks, at most one letter among them),
    or, after a finished sentence, to a short word in small letters ("sết Tuyệt đối không …" for "2. Tuyệt đối
    …": a sentence never opens in small letters before a capital): the open arabic item's number plus one, when
    the next numbered paragraph is numbered plus two."""
    match = _SPECKS.match(text)
    if match is None or next_label is None or not next_label.isdigit():
        return None
    specks = match.group("m")
    misread = after_sentence and len(specks) <= MISREAD_NUMBER_LETTERS and specks.isalpha() and specks.islower()
    if not misread and (sum(c.isalpha() for c in specks) > 1 or specks.isalnum()):
        return None
    arabic = stack[-1] if stack and stack[-1].kind == "arabic" else None
    if arabic is None or not arabic.label.isdigit() or int(next_label) != int(arabic.label) + 2:
        return None
    return "arabic", str(int(arabic.label) + 1), specks


MISREAD_NUMBER_LETTERS = 3  # "sết" for "2.": an item number and its stop read as at most three small letters
LOST_NUMBER_LOOKAHEAD = 20  # paragraphs read ahead for the next item's number: a lost number's item is short


def _next_label(doc: Document, paragraphs: list[Paragraph], k: int, past_inner: bool = False) -> str | None:
    """The arabic number of the next paragraph after `paragraphs[k]` that opens an item, or None; with
    `past_inner`, of the next arabic item, past the bullets and letters of the item at `k`."""
    for para in paragraphs[k + 1 : k + 1 + LOST_NUMBER_LOOKAHEAD]:
        text = doc.text[para.start : para.end]
        found = marker_of(text)
        if found is None and (comma := _OCR_MARKER.match(text)) and not comma.group("noise"):
            return comma.group("label")  # "6, Công tác …": OCR printed the number's stop as a comma
        if found is not None and (
            found[0] == "arabic" or not past_inner or found[0] in ("roman", "article", "part", "chapter")
        ):
            return found[1] if found[0] == "arabic" else None
    return None


def _ocr_marker(text: str, stack: list[Item]) -> tuple[int, tuple[str, str, str]] | None:
    """An arabic item number damaged by OCR (`_OCR_MARKER`), when it is the open arabic item's number plus one:
    (where the marker starts, the marker as `marker_of` gives it)."""
    lost = _LOST_DIGIT.match(text)
    if lost is not None:  # ". Để thúc đẩy …" after item 1: OCR kept the full stop of "2." and lost its digit
        arabic = next((s for s in reversed(stack) if s.kind == "arabic"), None)
        if arabic is None or not arabic.label.isdigit():
            return None
        return 0, ("arabic", str(int(arabic.label) + 1), lost.group("m"))
    match = _OCR_MARKER.match(text)
    if match is None or (match.group("noise") is None and match.group("p") == "."):
        return None  # a clean "5." is marker_of's
    if match.group("label") == "1" and stack and stack[-1].kind in CONTAINERS:
        # "Điều 4. Tổ chức thực hiện" then "1, Các cơ sở … có trách nhiệm …": the article's first clause
        return match.start("m"), ("arabic", "1", match.group("m"))
    found = _long_number(("arabic", match.group("label"), match.group("m")), stack)
    return (match.start("m"), found) if found is not None else None


def _first_behind_specks(text: str) -> tuple[int, tuple[str, str, str]] | None:
    """The first item's "1." behind OCR specks (`_OCR_MARKER` with its noise): (where it starts, the marker)."""
    match = _OCR_MARKER.match(text)
    if match is None or match.group("noise") is None or match.group("label") != "1":
        return None
    return match.start("m"), ("arabic", "1", match.group("m"))


def _long_number(found: tuple[str, str, str], stack: list[Item]) -> tuple[str, str, str] | None:
    """A three- or four-digit item number is an item only when it follows the open item numbered one less."""
    _, label, marker = found
    for open_item in reversed(stack):
        if open_item.kind in ("arabic", "sub_arabic"):
            if open_item.label.isdigit() and int(open_item.label) + 1 == int(label):
                return open_item.kind, label, marker
            return None
    return None


def _restart(doc: Document, stack: list[Item]) -> str | None:
    """What a "1." means after open items: a list inside the last item, or a new directive list."""
    last = stack[-1]
    own = doc.flat[last.start : last.first_end].rstrip()
    if last.kind in ("arabic", "sub_arabic", "dotted", "letter", "ordinal") and own.endswith(":"):
        return "sublist"
    tail = doc.flat[last.first_end : last.end].rstrip()
    if last.kind in ("arabic", "sub_arabic") and last.end > last.first_end and tail.endswith(":"):
        return "new_list" if section_cues().directive_end.search(tail[-200:]) and len(stack) == 1 else "sublist"
    return None


def _rank(item: Item) -> int | None:
    return NUMBERED_RANK.get(item.kind) if item.kind != "dotted" else 3 + item.label.count(".") - 1


def _is_upper(text: str) -> bool:
    return is_upper_text(text, 0.85)


def _run_on(para: Paragraph, stack: list, before: list[Paragraph]) -> None:
    """A paragraph that opens no item: text before the first item, or the open items run on over it."""
    if not stack:
        before.append(para)
        return
    for open_item in stack:
        open_item.end = max(open_item.end, para.end)


def _is_footnote(doc: Document, para: Paragraph, label: str, goes_back: bool, since: int) -> bool:
    """A numbered line printed at a page's foot as a note: the next line with text is the page's number (page
    furniture), and the text before it marks the note's number after a word ("… 02 xã2.", "… 02 xã 1.",
    a superscript flattened)."""
    lines = doc.lines
    at = bisect_right(lines, para.start, key=lambda line: line.start)  # past the note's first line
    following = next(
        (
            i
            for i in range(at, min(at + 6, len(lines)))
            if lines[i].stripped and (i in doc.furniture or lines[i].start >= para.end)
        ),
        None,
    )  # the note's own wrapped lines skipped: the first furniture line, or the first line after the paragraph
    if following is None or following not in doc.furniture or not lines[following].stripped.isdigit():
        return False
    # the mark glued to its word; after a space only when the number goes back in the open list (a note "1." under
    # item "2."), since "… khoản 2." at a line's end cites a clause; looked for in the open item's text
    window = (max(since, para.start - _NOTE_REACH), para.start)
    if any(mark.group(1) == label for mark in _GLUED_MARK.finditer(doc.text, *window)):
        return True
    return goes_back and any(mark.group(1) == label for mark in _SPACED_MARK.finditer(doc.text, *window))


_NOTE_REACH = 4000  # characters above a note where its mark is looked for
_GLUED_MARK = re.compile(r"[^\W\d_](\d{1,3})[.,;:)]")
_SPACED_MARK = re.compile(r"[^\W\d_][ \t](\d{1,3})[.,;:)][ \t]*$", re.MULTILINE)


def _goes_back(stack: list[Item], label: str) -> bool:
    """Whether an arabic number is not above every open arabic item's ("1." while "2." is open)."""
    return any(item.kind == "arabic" and item.label.isdigit() and int(item.label) >= int(label) for item in stack)


def build_items(doc: Document, paragraphs: list[Paragraph]) -> tuple[list[Item], list[Paragraph], int | None]:
    """The item tree over body paragraphs, the paragraphs before the first item, and where a closing starts."""
    roots: list[Item] = []
    stack: list[Item] = []
    before: list[Paragraph] = []
    closing_at = None
    closing = section_cues().closing
    closing_last = section_cues().closing_last
    # on folded text, a closing phrase of three words or more: "… trân trọng cảm ơn./.", "cám ơn" as well
    folded_closing_phrase = section_cues().folded_closing_phrase
    last_two = {para.start for para in paragraphs[-2:]}
    last_article = 0
    row_number: int | None = None  # the last row number of a table printed one cell a line, after its "TT"
    ocr_dotted = False  # a dotted number whose "1" OCR read as "I" or "l" was met: "I.2." after it is "1.2."
    for k, para in enumerate(paragraphs):
        text = doc.text[para.start : para.end]
        found = marker_of(text)
        cell = text.strip()
        if found is None and row_number is not None and cell == str(row_number + 1):
            found, row_number = ("arabic", cell, cell), row_number + 1  # "1", "2" alone: a row's number cell
        elif cell in _NUMBER_COLUMN_HEADS:
            row_number = 0
        elif found is not None and found[0] in ("part", "chapter", "roman", "article"):
            row_number = None
        if found is not None and found[0] == "arabic_long":
            found = _long_number(found, stack)
        skip = 0  # OCR specks before the marker ("ị 5, Trung tâm …"), left out of the item
        if found is None and not stack and _LOST_DIGIT.match(text) and _next_label(doc, paragraphs, k) == "2":
            found = ("arabic", "1", ".")  # ". Giao Công an …" then "2. …": the first item's digit lost
        if (
            found is None
            and not stack
            and (first := _first_behind_specks(text))
            and _next_label(doc, paragraphs, k, past_inner=True) == "2"
        ):
            skip, found = first  # "„1. Các ban, ngành …" then "2. …": the first item behind a speck
        if (found is None or found[0] == "dash") and (behind := _article_behind_specks(text, last_article)):
            skip, found = behind  # "- Điều 3. Cơ cấu tổ chức …" after Điều 2: the article, a speck before it
        if (
            found is None
            and stack
            and _MISREAD_ONE.match(text)  # the look-ahead only behind the rare form, not for every paragraph
            and (misread := _first_misread_one(text, stack, _next_label(doc, paragraphs, k, True)))
        ):
            skip, found = misread  # "_— ], Trình …" right under "Điều 2.", then "2. …": the first clause
        if found is None and stack:
            ocr = _ocr_marker(text, stack)
            if ocr is not None:
                skip, found = ocr
            elif _SPECKS.match(text):
                finished = k > 0 and doc.text[paragraphs[k - 1].start : paragraphs[k - 1].end].rstrip().endswith(
                    _SENTENCE_ENDS
                )
                found = _lost_number(text, stack, _next_label(doc, paragraphs, k), finished)
        if found is None and roots:
            found = _sentence_roman_ocr(text, roots)  # "H. Thành phần" after "I. Thời gian và địa điểm"
        if (
            found is not None
            and stack
            and found[0] == "arabic"
            and found[1].isdigit()
            and _is_footnote(doc, para, found[1], _goes_back(stack, found[1]), stack[0].start)
        ):
            continue  # "2. Xã: An Dũng, An Vinh." at a page's foot, under "… 02 xã2.": the note, no item
        if found is None:
            if not stack:
                before.append(para)
                continue
            flat = doc.flat[para.start : para.end]
            if closing.search(flat) or (
                para.start in last_two
                and len(flat) < 600
                and (closing_last.match(flat.strip()) or folded_closing_phrase.search(_folded(flat)))
            ):
                closing_at = para.start
                break
            # continuation: bullets are single paragraphs, so it goes to the nearest numbered item
            # (when only bullets are open, it continues the innermost one)
            if any(s.kind not in BULLET_KINDS for s in stack):
                while stack[-1].kind in BULLET_KINDS:
                    stack.pop()
            for open_item in stack:
                open_item.end = max(open_item.end, para.end)
            continue
        kind, label, marker = found
        if kind == "dotted" and marker[:1] in "Il":
            ocr_dotted = True  # "I.l.": OCR read the dotted numbers' "1" as "I" or "l"
        elif kind == "roman" and ocr_dotted and (same := _OCR_DOTTED_AFTER.match(text)):
            kind, label, marker = "dotted", "1." + same.group(1), same.group(0).rstrip()  # "I.2." after "I.l."
        if kind == "article" and not _article_in_sequence(label, marker, last_article):
            # "… theo quy định tại khoản 1\nĐiều 24 Luật Viên chức …": a citation wrapped to a line start
            _run_on(para, stack, before)
            continue
        if kind == "part" and not _part_in_sequence(doc, para, label, roots):
            # "A. NGUYỄN …" that is not the next lettered part heading: read as the other markers would
            found = marker_of(text, skip_part=True)
            if found is None:
                _run_on(para, stack, before)
                continue
            kind, label, marker = found
        if kind == "article":
            last_article = int(label)
        if kind == "letter" and label == "l" and not any(s.kind == "letter" for s in stack):
            kind, label = "arabic", "1"  # OCR reads "1." as "l."
        if kind == "arabic" and label == "1" and not roots and _heads_a_roman_list(doc, para, paragraphs):
            kind, label = "roman", "I"  # OCR reads the "I." of a heading as "1." before "II. …"
        if (
            kind == "roman"
            and label == "I"
            and not _is_upper(text.split("\n", 1)[0])
            and _next_label(doc, paragraphs, k, past_inner=True) == "2"
        ):
            kind, label = "arabic", "1"  # "I. Kiểm tra …" in sentence case, then "2. …": OCR read the "1." as "I."
        # counted only for a roman item: for every item it made a list of thousands quadratic
        romans_so_far = sum(r.kind == "roman" for r in roots) if kind in ("roman", "roman_ocr") else 0
        if kind == "roman_ocr":
            kind, label = "roman", _ROMAN_NUMERALS[min(len(_ROMAN_NUMERALS) - 1, romans_so_far)]
        elif kind == "roman" and romans_so_far and _is_upper(text.split("\n", 1)[0]):
            previous = ROMAN_VALUE.get(next(r.label for r in reversed(roots) if r.kind == "roman"), 0)
            if ROMAN_VALUE.get(label, 0) <= previous < len(_ROMAN_NUMERALS) and _lost_stroke(
                label, _ROMAN_NUMERALS[previous]
            ):
                label = _ROMAN_NUMERALS[previous]  # "II." printed twice in OCR: the second is III by sequence
        item = Item(kind, label, marker, para.start + skip, para.end, para.end)
        if kind == "arabic" and label == "1" and stack:
            opener = _restart(doc, stack)
            if opener == "sublist":
                kind = item.kind = "sub_arabic"  # "1." after an item ending with ":" opens a list inside it
            elif opener == "new_list":
                for root in roots:
                    root.section = "preamble"  # a list before the directive lead-in is context, not tasks
        elif kind == "arabic" and label.isdigit() and any(s.kind == "sub_arabic" for s in stack):
            sub = [s for s in stack if s.kind == "sub_arabic"][-1]
            if sub.label.isdigit() and int(label) == int(sub.label) + 1:  # the inner list goes on first
                kind = item.kind = "sub_arabic"
        rank = NUMBERED_RANK.get(kind) if kind != "dotted" else 3 + label.count(".") - 1
        if kind == "article":
            # an article is a top-level container: it closes a roman part printed before it ("IV. NHIỆM VỤ TRỌNG
            # TÂM" of an approved strategy, then "Điều 2. Tổ chức thực hiện") and the chapter it opens ("Chương I"
            # over "Điều 1."), never nests under them; only a lettered part holds articles
            while stack and stack[-1].kind != "part":
                stack.pop()
        elif rank is not None and kind in _SIBLING_KINDS and any(s.kind == kind for s in stack):
            # "a) Tổ công tác số 01 gồm:" over "(1) Bà …", "(2) Ông …", then "b) Tổ công tác số 02": a letter while a
            # letter is open is its sibling, whatever was opened under it
            while stack[-1].kind != kind:
                stack.pop()
            stack.pop()
        elif rank is not None:
            while stack and (stack[-1].kind in BULLET_KINDS or (_rank(stack[-1]) or 0) >= rank):
                if kind in _SIBLING_KINDS and stack[-1].kind in _SIBLING_KINDS:
                    break  # "(1)" under an open "a)" (or "a)" under "(1)"): the one printed later nests inside
                stack.pop()
        else:
            if any(s.kind == kind for s in stack):
                while stack[-1].kind != kind:
                    stack.pop()
                stack.pop()
        if stack:
            item.parent = stack[-1]
            stack[-1].children.append(item)
        else:
            roots.append(item)
        stack.append(item)
        for open_item in stack:
            open_item.end = max(open_item.end, para.end)
    _fold_field_lines(doc, roots)
    return roots, before, closing_at


def _is_field_line(doc: Document, item: Item, kinds: tuple[str, ...] = ("letter",)) -> bool:
    """A lettered line of a plan's item that fills one of its fields ("a) Cơ quan chủ trì: Sở Nội vụ;", "b) Đơn vị
    phối hợp: …", "c) Thời gian thực hiện: Quý IV"): a role assignment of its item, no subtask. A numbered item so
    labelled is an item of its own ("5. Thời gian thực hiện: Các đơn vị gửi hồ sơ … trước ngày 18/8")."""
    if item.kind not in kinds or item.children:
        return False
    heading = _folded(_heading_text(doc, item))
    return bool(role_patterns().field_label.match(heading) or task_cues().schedule_label.match(heading))


def _fold_field_lines(doc: Document, items: list[Item]) -> None:
    """Field lines are read as the text of the item before them (its parent, or the sibling they follow), as
    corpus/README settles for "a) Đơn vị chủ trì / b) Đơn vị phối hợp" lines."""
    for item in items:
        if not item.children:
            continue
        if _closes_with_its_card(doc, item):
            item.children = []
            continue
        kept: list[Item] = []
        for child in item.children:
            if _is_field_line(doc, child):
                if kept:
                    kept[-1].end = max(kept[-1].end, child.end)
                continue
            kept.append(child)
        item.children = kept
        _fold_field_lines(doc, kept)


def _closes_with_its_card(doc: Document, item: Item) -> bool:
    """An item of a plan whose bullets end with its card ("- Thời gian hoàn thành: Quý I", "- Đơn vị chủ trì: …",
    "- Kết quả: Báo cáo …"): the bullets before the card say how the one deed is done, the card who does it and
    when; one task, no subtasks. A list whose last bullet orders ("- Cơ quan chủ trì: Bộ A." then "- Bộ B phối hợp
    …") keeps its bullets."""
    children = item.children
    return all(child.kind in BULLET_KINDS for child in children) and _is_field_line(doc, children[-1], BULLET_KINDS)


# the two kinds of small items, either printed inside the other ("a)" over "(1)", "(1)" over "a)"): the one met later
# nests inside the open one, and one met while another of its kind is open is that one's sibling
_SIBLING_KINDS = frozenset({"letter", "paren"})
_SENTENCE_ENDS = (".", ";", ":", "!", "?", "./.")  # a paragraph ending so ends its sentence
_NUMBER_COLUMN_HEADS = frozenset({"TT", "STT", "Số TT"})  # the number column's head in a table flattened to lines


def _part_in_sequence(doc: Document, para: Paragraph, label: str, roots: list[Item]) -> bool:
    """A lettered part heading: a short line in capitals, "A." first, then each next letter ("Đ" optional)."""
    first_line = doc.text[para.start : para.end].split("\n", 1)[0]
    if len(first_line) > 120 or not _is_upper(first_line):
        return False
    parts = [r.label for r in roots if r.kind == "part"]
    if not parts:
        return label == "A" and not roots
    following = _PART_LETTERS[_PART_LETTERS.index(parts[-1]) + 1 :]
    return label in (following[:2] if following[:1] == "Đ" else following[:1])  # "Đ." may be skipped after "D."


def _heading_text(doc: Document, item: Item) -> str:
    """The item's first line without its marker."""
    first_line = doc.text[item.start : item.first_end].split("\n", 1)[0]
    return first_line[len(item.marker) :].strip() if first_line.startswith(item.marker) else first_line.strip()


def _in_force(doc: Document, item: Item) -> bool:
    """An item that says when a text takes effect or that it was passed ("Nghị quyết này có hiệu lực …",
    "Nghị quyết này đã được Hội đồng nhân dân tỉnh … thông qua"), or is headed "Hiệu lực thi hành"."""
    heading = _heading_text(doc, item)
    own = doc.flat[item.start : item.first_end]
    own = own[len(item.marker) :] if own.startswith(item.marker) else own
    pattern = section_cues().in_force
    return bool(pattern.match(_folded(heading)) or pattern.match(_folded(" ".join(own.split()))))


def is_directive_item(doc: Document, item: Item) -> bool:
    """A top-level numbered item that is not a purpose heading, praise, or an effective-date clause."""
    cues = section_cues()
    heading = _heading_text(doc, item)
    if cues.folded_purpose_item.match(_folded(heading)) and not _ordered_after_label(heading):
        return False  # "4. Thời gian thực hiện: tháng 5/2024"; not "5. Thời gian: Các đơn vị gửi hồ sơ …"
    if _in_force(doc, item) or _names_bases(heading) or _APPENDIX_TITLE.match(_folded(heading)):
        return False  # "5. PHỤ LỤC": the title of what follows, whose rows are the tasks
    if _speaks_of_itself(doc, item) or (_defines(doc, item) and not orders_something(doc, item)):
        return False
    if _exclaims(doc, item):
        return False
    first_sentence = doc.flat[item.start + len(item.marker) : item.first_end].split(".", 1)[0][:300]
    praising = cues.praise_opening.match(first_sentence.strip()) and not cues.directive_end.search(first_sentence)
    # an item that goes on past its praise (more paragraphs, sub-items) carries directives too
    return not (praising and item.end == item.first_end and not item.children)


def _exclaims(doc: Document, item: Item) -> bool:
    """A slogan: an item of one sentence, nothing under it, ending with "!" ("5. Toàn dân tham gia phòng, chống
    dịch bệnh!"); a plan's list of slogans to print or broadcast is what is said, not what is ordered."""
    if item.children or item.end != item.first_end:
        return False
    own = doc.text[item.start + len(item.marker) : item.first_end].strip()
    return own.endswith("!") and not _SENTENCE_INSIDE.search(own)


_SENTENCE_INSIDE = re.compile(r"[.;:!?]\s")  # a stop with more after it: more than one sentence


# on `_folded(text)`: a title naming the bases with something else, "Căn cứ và hướng dẫn thực hiện" ("Căn cứ
# Kế hoạch này, các sở …" is a preposition opening an order, "Căn cứ pháp lý" a purpose item of sections.tsv)
_BASES_TITLE = re.compile(r"^can cu\s++(?:va|,)\s")


def _names_bases(heading: str) -> bool:
    return len(heading) < 100 and not heading.rstrip().endswith(".") and bool(_BASES_TITLE.match(_folded(heading)))


# a sentence that defines its subject: "Dạy học trực tuyến là hình thức …", "Hệ thống quản lý học tập là …"
_DEFINITION = re.compile(r"^(?P<term>(?:[^\s,.;:()]++\s++){1,10}?)là\s++\w")


def _defines(doc: Document, item: Item) -> bool:
    """An item titled by a term that its next paragraph defines ("1. Các hình thức dạy học trực tuyến" then "Dạy
    học trực tuyến là …"): with no order in it, it explains. The term must be the title's: "3. Xác định kiểm
    định là nhiệm vụ bắt buộc" is an order, not a definition."""
    title = doc.flat[item.start + len(item.marker) : item.first_end].strip()
    if len(title) > 120 or title.endswith((".", ";", ":")) or item.first_end >= item.end:
        return False
    k = bisect_right(doc.paragraphs, item.first_end, key=lambda para: para.start)
    if k >= len(doc.paragraphs) or doc.paragraphs[k].start >= item.end:
        return False
    following = doc.paragraphs[k]
    definition = _DEFINITION.match(doc.flat[following.start : following.end].strip())
    return definition is not None and _folded(definition.group("term")).strip() in _folded(title)


def _speaks_of_itself(doc: Document, item: Item) -> bool:
    """An item that says how the text itself is spread or kept ("3. Kế hoạch này được phổ biến đến các thành
    viên và lưu tại …", "Quyết định này có hiệu lực …"): the closing formula printed as an item."""
    own = doc.flat[item.start + len(item.marker) : item.first_end].strip()
    return bool(section_cues().itself.match(own))


def _states_content(doc: Document, item: Item) -> bool:
    """An article whose lead-in introduces clauses that state what the decision grants or what it is for, not
    orders: a permit's content ("Điều 1. Cho phép Công ty … được khai thác nước … với các nội dung sau:" over
    "1. Mục đích khai thác …", "2. Vị trí …"), purposes ("Điều 2. Ngày … được tổ chức hằng năm nhằm:") or the
    members of a body it sets up ("Điều 1. Thành lập Tổ công tác …, gồm các ông, bà có tên sau:")."""
    if item.kind != "article" or not item.children:
        return False
    own = " ".join(doc.flat[item.start : item.first_end].split())
    own = own[len(item.marker) :].strip() if own.startswith(item.marker) else own
    cues = section_cues()
    return bool(cues.grant_opening.match(own) or cues.purpose_lead.search(own) or cues.members_lead.search(own))


def _addresses_a_body(heading: str) -> bool:
    """A heading whose purpose word orders a named body: "Yêu cầu Công ty …:", "Các yêu cầu đối với Hợp tác xã …"
    (a name opens with a capital), not "Yêu cầu", "Mục đích, yêu cầu" or "Yêu cầu chung"."""
    found = section_cues().addressed_requirement.match(heading)
    return found is not None and found.group("next").isupper() and not _is_upper(heading)


def _part_lead_in(doc: Document, item: Item) -> tuple[int, int]:
    """What introduces a part's items: its heading, and the paragraph under its title that leads in to them with a
    colon ("II. TỔ CHỨC THỰC HIỆN" / "Sở Xây dựng có trách nhiệm:"; "Điều 2. Tổ chức thực hiện." / "Ủy ban nhân dân
    tỉnh có trách nhiệm chỉ đạo các nội dung sau:")."""
    first_child = item.children[0].start
    between = doc.text[item.first_end : first_child]
    if between.strip() and between.rstrip().endswith(":") and _titles_its_part(doc, item):
        return (item.start, item.first_end + len(between.rstrip()))
    return (item.start, item.first_end)


def _titles_its_part(doc: Document, item: Item) -> bool:
    """A part's heading in capitals, or an article's title line in sentence case ("Điều 2. Tổ chức thực hiện."):
    one line of a few words, no sentence going on after a stop."""
    heading = _heading_text(doc, item)
    if _is_upper(heading):
        return True
    own = doc.text[item.start : item.first_end].strip()
    return (
        item.kind == "article"
        and "\n" not in own
        and len(heading) <= _ARTICLE_TITLE_CHARS
        and not any(stop in heading.rstrip(".") for stop in ".;:")
    )


_ARTICLE_TITLE_CHARS = 80


def _sentence_heading(doc: Document, item: Item) -> str:
    """The item's first line without its marker, or its whole first sentence when that line wraps on in lower case
    ("Điều 2. Căn cứ nội dung được phê duyệt tại Điều 1, Sở X có" / "trách nhiệm:"): not a title."""
    heading = _heading_text(doc, item)
    own = doc.text[item.start : item.first_end]
    _, wrap, rest = own.partition("\n")
    rest = rest.lstrip()
    if not wrap or not rest[:1].islower():
        return heading
    whole = " ".join(own[len(item.marker) :].split()) if own.startswith(item.marker) else " ".join(own.split())
    stop = whole.find(". ")
    return whole if stop < 0 else whole[: stop + 1]


def _classify_roman(doc: Document, item: Item) -> str:
    cues = section_cues()
    head = doc.text[item.start : item.first_end]
    first_line = head.split("\n", 1)[0]
    heading = _sentence_heading(doc, item)
    if _states_content(doc, item):
        return "preamble"
    if (
        len(heading) < 100
        and not heading.endswith(".")
        and not cues.directive_end.search(heading)
        and not _addresses_a_body(heading)
    ):
        folded = _folded(heading)
        if cues.folded_assessment.match(folded) and not cues.folded_directive.search(folded):
            return "assessment"
        if heading[:1].isupper() and _assessment_heading(folded):
            return "assessment"  # "TÌNH HÌNH THỰC HIỆN …": its directive words are what it assesses
        # "QUAN ĐIỂM CHỈ ĐẠO": a purpose phrase's own directive word does not count
        beside_purpose = cues.folded_purpose.sub(" ", folded)
        if cues.folded_purpose_item.match(folded) or (
            cues.folded_purpose.search(folded) and not cues.folded_directive.search(beside_purpose)
        ):
            return "preamble"
    if _in_force(doc, item):
        # "Điều 8. Hiệu lực thi hành" over "1. … có hiệu lực …" and "2. Bộ trưởng … chịu trách nhiệm thi hành":
        # its clauses are judged one by one; alone, it closes the text (or is context, `find_tasks`), unless a
        # paragraph of its own after the clause orders: "Chánh Văn phòng …, Giám đốc các sở … chịu trách nhiệm
        # thi hành Quyết định này./." is the article's task
        return (
            "tasks"
            if item.children or _orders_after_first(doc, item) or _binds_after_in_force(doc, item)
            else "closing"
        )
    if _is_upper(first_line):
        capitals = _capitals(first_line)
        if cues.capital_directive.search(cues.capital_purpose.sub(" ", capitals)):
            return "tasks"
        if cues.assessment.match(heading):
            return "assessment"
        if cues.capital_purpose.search(capitals):
            return "preamble"
        return "tasks"
    flat = doc.flat[item.start : item.first_end]
    if cues.directive_end.search(flat) and item.children:
        return "tasks"
    opening = cues.assessment_opening.match(flat)
    if cues.praise.search(flat[:300]) or (opening and _sentence_case(opening.group("cue"))):
        return "assessment"
    return "tasks"


def _binds_after_in_force(doc: Document, item: Item) -> bool:
    """An in-force clause whose own paragraph goes on with a sentence that binds someone: "Giấy phép này có hiệu
    lực kể từ ngày ký. Chậm nhất 90 ngày trước khi Giấy phép hết hạn, … thì phải làm thủ tục gia hạn.", or names
    who carries the text out ("… chịu trách nhiệm thi hành Quyết định này")."""
    own = " ".join(doc.flat[item.start : item.first_end].split())
    stop = own.find(". ")
    return (
        stop >= 0
        and (
            _BINDS.search(own, stop + 2) is not None
            or task_cues().obligation.search(own, stop + 2) is not None
            # "Quyết định này có hiệu lực kể từ ngày ký. Các Ông/Bà Trưởng phòng … chịu trách nhiệm thi hành …": who
            # carries it out, in the same paragraph (ANNOTATING.md, decisions 2)
            or _directive_after_first_sentence(own[len(item.marker) :] if own.startswith(item.marker) else own)
        )
    )


def _directive_after_first_sentence(text: str) -> bool:
    stop = text.find(". ")
    return stop >= 0 and is_directive_paragraph(text[stop + 2 :])


# "… thì phải làm thủ tục gia hạn", "… có trách nhiệm nộp …": a deed bound on the holder of what takes effect
_BINDS = re.compile(r"(?<!\w)(?<!không )(?:phải|có trách nhiệm|có nghĩa vụ)\s++\w", re.IGNORECASE)


def _orders_after_first(doc: Document, item: Item) -> bool:
    """A paragraph of the item after its first that gives an order (`is_directive_paragraph`)."""
    k = bisect_right(doc.paragraphs, item.first_end - 1, key=lambda para: para.start)
    for para in doc.paragraphs[k:]:
        if para.start >= item.end:
            return False
        if is_directive_paragraph(doc.flat[para.start : para.end].strip()):
            return True
    return False


# on `_folded(text)`: what may precede an assessment word in a title ("Các tồn tại …", "Những kết quả …")
_ASSESSMENT_DETERMINER = re.compile(r"^(?:cac|nhung|mot so)\s++")


def _assesses(doc: Document, item: Item, labelled: bool = False) -> bool:
    """A numbered item outside every part whose title assesses (`_assessment_heading`): a title, not a sentence
    ("1. Đánh giá chung", "2. Các tồn tại, hạn chế và nguyên nhân"), as a conclusion notice prints its
    assessment before its tasks. With `labelled`, inside a part, a label before a colon titles the item too ("1. Ưu
    điểm: Đơn vị chấp hành tốt …" under an inspection's "III. KẾT LUẬN")."""
    heading = _heading_text(doc, item)
    label = _ASSESSMENT_LABEL.match(heading) if labelled else None
    if label:
        heading = label.group(1)  # "1. Ưu điểm: Đơn vị chấp hành tốt …": the label before the colon titles it
    if len(heading) >= 100 or heading.endswith((".", ";", ":")) or not heading[:1].isupper():
        return False
    folded = _folded(heading)
    return _assessment_heading(_ASSESSMENT_DETERMINER.sub("", folded))


# a short label before a colon that opens an item's line: "Ưu điểm: …", "Tồn tại, hạn chế: …"
_ASSESSMENT_LABEL = re.compile(r"([^:.;\s][^:.;]{2,39}?)[ \t]*+:\s")  # opens on a letter: linear on runs of spaces


# where a heading's phrases part, on `_folded(text)`: a comma, a semicolon, a colon, a spaced dash, "và"
_HEADING_PHRASE_BREAK = re.compile(r"[,;:]|\s[-–]\s|(?<!\w)va(?!\w)")


def _heading_phrases(folded: str) -> list[str]:
    return [phrase.strip() for phrase in _HEADING_PHRASE_BREAK.split(folded) if phrase.strip()]


def _assessment_heading(folded: str) -> bool:
    """A heading (on `_folded(text)`) that opens with an assessment word and whose every phrase either opens
    with one or orders nothing: the directive words after an assessment word are what it assesses ("TÌNH HÌNH
    THỰC HIỆN CÁC NHIỆM VỤ NĂM 2022", "KẾT QUẢ TRIỂN KHAI KẾ HOẠCH"); a phrase of its own that names tasks
    makes it mixed ("ĐÁNH GIÁ TÌNH HÌNH VÀ NHIỆM VỤ TRỌNG TÂM", "KẾT QUẢ NĂM 2024, NHIỆM VỤ NĂM 2025")."""
    cues = section_cues()
    if not cues.folded_assessment.match(folded):
        return False
    return not any(
        cues.folded_directive.search(phrase) and not cues.folded_assessment.match(phrase)
        for phrase in _heading_phrases(folded)
    )


def _states_a_field(doc: Document, item: Item) -> bool:
    """A roman part of prose alone (no items, no bullets under it) whose title in capitals does not name tasks and
    whose text orders nothing: a field of the plan ("V. THỜI GIAN VÀ ĐỊA ĐIỂM", "III. CHỈ TIÊU TUYỂN DỤNG" over a
    table), not a task. A part of bullets lists deeds, whoever does them: it stays a task."""
    field = title_names_a_field(doc, item) or _titled_by_a_meeting_field(doc, item)
    if item.kind != "roman" or (_names_its_tasks(doc, item) and not _judges(doc, item) and not field):
        return False
    if item.children and not (field and all(child.kind in BULLET_KINDS for child in item.children)):
        return False
    # "III. KINH PHÍ THỰC HIỆN" over "- Ngân sách nhà nước …", "- Các nguồn hợp pháp khác.": its bullets list what
    # the field holds (the sources of the funds), not deeds; the part orders only where its text does
    return not orders_something(doc, item, body_named=True)


def _titled_by_a_meeting_field(doc: Document, item: Item) -> bool:
    """A title in sentence case that opens with a field of an event's plan ("I. Thời gian và địa điểm", "II. Thành
    phần"): when and where, who attends (`meeting_field_heading`)."""
    heading = _heading_text(doc, item)
    pattern = task_cues().folded_meeting_field_heading
    return not _is_upper(heading) and pattern.match(_folded(heading).strip(" .:*")) is not None


def _judges(doc: Document, item: Item) -> bool:
    """A title in capitals whose only directive words are judging ones ("II. KẾT LUẬN", "KẾT LUẬN THANH TRA"): an
    inspection's findings ("UBND xã … chưa thực hiện đúng quy định …") or a meeting's orders, its text tells."""
    first_line = doc.text[item.start : item.first_end].split("\n", 1)[0]
    if not _is_upper(first_line):
        return False
    found = marker_of(first_line)
    folded = _folded(_capitals(first_line[len(found[2]) :] if found else first_line))
    words = [m.group(0) for m in section_cues().folded_directive.finditer(folded)]
    return bool(words) and all(task_cues().folded_judging_heading.fullmatch(word) for word in words)


def _names_its_tasks(doc: Document, item: Item) -> bool:
    """A roman heading that says its items are orders: printed in capitals with a directive word other than a
    bare one ("IV. TỔ CHỨC THỰC HIỆN", "II. NỘI DUNG THỰC HIỆN"), or any heading not in capitals (those are
    judged by their opening words, `_classify_roman`). "II. THỂ LỆ, CHỦ ĐỀ CUỘC THI", "IV. KHEN THƯỞNG",
    "II. NỘI DUNG TUYỂN SINH" name the fields of a rule: their items are tasks only where they order. "II. NỘI
    DUNG" alone is the plan's content: tasks."""
    first_line = doc.text[item.start : item.first_end].split("\n", 1)[0]
    if not _is_upper(first_line):
        return item.kind != "article" or _article_title_names_tasks(doc, item)
    bare = task_cues().bare_heading
    if bare.fullmatch(_heading_text(doc, item).strip(" .:")):
        return True  # "II. NỘI DUNG" alone: the plan's content, what is to be done
    if item.children and _REPORTING_PART.fullmatch(_folded(_capitals(_heading_text(doc, item))).strip(" .:")):
        return True  # "III. CÔNG TÁC THÔNG TIN, BÁO CÁO" over "1. Phòng GDĐT tổng hợp báo cáo …": who reports what
    if item.children and _bare_then_deed().match(_folded(_heading_text(doc, item)).strip(" .:")):
        # "II. NỘI DUNG KIỂM TRA" over its numbered items: each is a thing the team is to inspect; alone over prose
        # it may tell what another body's team will inspect (`_states_a_field` judges it)
        return True
    return _title_names_tasks(first_line)


def _article_title_names_tasks(doc: Document, item: Item) -> bool:
    """An article's title in sentence case names tasks unless it opens with the decision's own act ("Phê duyệt …",
    `enacting_opening`) or every phrase of it states content: amounts, funds or members ("Điều 2. Mức hỗ trợ và
    nguồn kinh phí", "Điều 3. Thành phần Tổ công tác": `content_heading`, `field_heading`); those clauses are tasks
    only where they order (`orders_something`). A legal text's other articles ("Điều 3. Trình tự, thủ tục thực
    hiện") keep their clauses, as the gold files read them."""
    cues = task_cues()
    if cues.enacting_opening.match(_heading_text(doc, item)):
        return False  # "Điều 1. Phê duyệt Kế hoạch … với các nội dung sau:": its clauses state what is approved
    phrases = _heading_phrases(_folded(_heading_text(doc, item)).strip(" .:"))
    if not phrases:
        return True

    def states(phrase: str) -> bool:
        return bool(cues.folded_content_heading.match(phrase) or cues.folded_field_heading.match(phrase))

    # the phrases after a content one that name no deed qualify it ("Cơ chế, chính sách ưu đãi đầu tư cơ sở hạ
    # tầng và các hệ thống thiết yếu khác"); one that does makes the title name tasks ("Thành phần và nhiệm vụ")
    directive = section_cues().folded_directive
    return not (states(phrases[0]) and all(states(p) or not directive.search(p) for p in phrases[1:]))


def title_names_a_field(doc: Document, item: Item) -> bool:
    """A part's title that opens with a field of the plan ("VI. KINH PHÍ", "IV. KHEN THƯỞNG"): what is spent
    or given, not who acts (`field_heading`)."""
    return task_cues().folded_field_heading.match(_folded(_heading_text(doc, item)).strip(" .:*")) is not None


def _title_names_tasks(title: str) -> bool:
    """A title in capitals with a directive word that is not a bare one ("PHÂN CÔNG NHIỆM VỤ"), or with two
    directive words ("NỘI DUNG THỰC HIỆN"); "THỜI GIAN THỰC HIỆN" names a field, not tasks."""
    cues = task_cues()
    found = marker_of(title)
    # the words printed in capitals, folded: OCR drops marks ("TO CHỨC THỰC HIỆN"); a phrase that opens with
    # a field of the plan names that field, its directive words are the field's ("KINH PHÍ THỰC HIỆN")
    phrases = _heading_phrases(_folded(_capitals(title[len(found[2]) :] if found else title).strip()))
    directive = section_cues().folded_directive
    words = [
        m.group(0)
        for phrase in phrases
        if not cues.folded_field_heading.match(phrase)
        for m in directive.finditer(phrase)
    ]
    return any(not cues.folded_bare_heading.fullmatch(word) for word in words) or len(words) >= 2


# on `_folded` capitals: the part of a plan or a letter that sets who reports what ("CÔNG TÁC THÔNG TIN, BÁO CÁO",
# "CHẾ ĐỘ BÁO CÁO", "THÔNG TIN BÁO CÁO"); OCR may swap the marks ("BẢO CÁO"), folding reads them alike
_REPORTING_PART = re.compile(r"(?:(?:cong tac|che do)\s++)?(?:thong tin\s*+(?:,|va)?\s*+)?bao cao")


@lru_cache(maxsize=1)
def _bare_then_deed() -> re.Pattern[str]:
    """On `_folded` title phrases: a bare heading word, then a verb of doing ("NỘI DUNG KIỂM TRA", "NỘI DUNG TUYÊN
    TRUYỀN", "NỘI DUNG GIÁM SÁT"), not a rule's field ("NỘI DUNG TUYỂN SINH", "NỘI DUNG THI")."""
    cues = load_cues("tasks.tsv", TASK_CUE_KINDS)
    return re.compile(rf"{alternation(cues, 'bare_heading')}\s++{alternation(cues, 'action_opening')}(?!\w)")


def _opening(doc: Document, para: Paragraph) -> str:
    """A paragraph's text after its own item marker, if any."""
    text = doc.flat[para.start : para.end].strip()
    found = marker_of(text)
    return text[len(found[2]) :].lstrip(" :,.-–)") if found else text


def orders_something(doc: Document, item: Item, body_named: bool = False) -> bool:
    """An item (its sub-items and paragraphs included) that gives an order ("giao …", "… chủ trì", "… cần rà
    soát …") or opens a paragraph with a verb of doing ("a) Tuyên truyền …", "- Kiểm tra điều kiện …"), not
    only a field of a rule ("1. Số lượng cần tuyển: 57 chỉ tiêu.", "3. Đối tượng dự thi: Tất cả học sinh …").
    With `body_named`, a paragraph that opens with a body's name doing something orders too (`_article_orders`)."""
    first = bisect_right(doc.paragraphs, item.start, key=lambda para: para.start) - 1
    cues = task_cues()
    parts = False  # inside the list after "… gồm:": its bullets name parts ("- Báo cáo thành tích …"), not deeds
    for para in doc.paragraphs[max(first, 0) :]:
        if para.start >= item.end:
            break
        if para.end <= item.start:
            continue
        text = _opening(doc, para)
        found = marker_of(doc.text[para.start : para.end])
        parts = parts and found is not None and found[0] in BULLET_KINDS
        verb = None if parts else cues.action_opening.match(text)
        if verb and item.kind == "article" and para.start <= item.start and cues.enacting_opening.match(text):
            verb = None  # "Điều 1. Phê duyệt danh mục …": the decision's own act, not an order
        if verb and not _AMOUNT.match(text, verb.end()):
            return True
        if is_directive_paragraph(text):
            return True
        # "Kinh phí thực hiện … phải đảm bảo được công khai …": an obligation whose subject is a field of the plan
        # (the funds) binds no one; "Các đơn vị phải hoàn thành …" does
        if cues.obligation.search(_first_sentence(text)) and not cues.folded_field_heading.match(_folded(text)):
            return True
        if _ordered_after_label(text) or cues.bodies_do.match(text) or (body_named and cues.body_does.match(text)):
            return True
        if _bodies_do_on_basis(text):
            return True
        parts = parts or _LISTS_PARTS.search(text) is not None
    return False


def _bodies_do_on_basis(text: str) -> bool:
    """A clause of basis, then bodies taken as a group doing something ("Căn cứ nhiệm vụ được giao, các cơ quan, đơn
    vị xây dựng dự toán …", "Trên cơ sở Kế hoạch này, các đơn vị tiến hành …"): the order of a plan's field part. The
    clause may hold commas of its own ("Căn cứ chức năng, nhiệm vụ, các sở …"): the bodies are tried after each."""
    clause = section_cues().basis_clause.match(text)
    if clause is None:
        return False
    bodies = task_cues().bodies_do
    return any(bodies.match(text, comma.end()) for comma in _COMMA.finditer(text, 0, clause.end()))


# "hỗ trợ 1.800.000 đồng/người", "chi 2 triệu đồng": a verb of doing before a sum states what a rule grants
_AMOUNT = re.compile(r"\s++\d[\d.,]*+\s*+(?:(?:nghìn|ngàn|triệu|tỷ)\s++)?(?:đồng|đông|đ)(?!\w)", re.IGNORECASE)
# "Hồ sơ gồm:", "Thành phần hồ sơ đề nghị bao gồm:": the documents of a file follow, not deeds ("Nhiệm vụ gồm:")
_LISTS_PARTS = re.compile(r"(?<!\w)hồ\s+sơ(?:\s++[^\s.:;]++){0,6}?\s+(?:bao\s+)?gồm\s*+:$", re.IGNORECASE)
# a field's label opening a paragraph: "Thời gian thực hiện: …", "Hồ sơ: …" (up to six words)
_FIELD_LABEL = re.compile(r"^(?:[^\s,.;:]++\s++){0,5}[^\s,.;:]++\s*+:\s*+")


def _article_of_duty_bullets(doc: Document, item: Item) -> bool:
    """An article titled, not worded as an order, over two or more unnumbered bullets and nothing else ("Điều 2.
    Tổ chức thực hiện." then "- Giao Sở A: …", "- Sở B chủ trì …"): a container, as an article of clauses is
    (ANNOTATING.md, settled 1), its bullets numbered under it. An article that orders in its own words ("Điều 2.
    Giao Sở A thực hiện các nội dung sau:" over its bullets) is itself the task, the bullets its subtasks."""
    if item.kind != "article" or len(item.children) < 2 or any(c.kind not in BULLET_KINDS for c in item.children):
        return False
    own = doc.text[item.start : item.children[0].start]
    title = _heading_text(doc, item).rstrip(" .")
    if "\n" in own.strip() or len(title) >= 100 or not (_sentence_case(title) or _is_upper(title)):
        return False  # a sentence wrapped over lines, a lead-in under the title, a body named: no bare title
    if task_cues().enacting_opening.match(title) or is_directive_paragraph(title):
        return False
    return _article_title_names_tasks(doc, item)


def _article_orders(doc: Document, item: Item) -> bool:
    """An article with no clauses orders when it gives an order or opens with a verb of doing (`orders_something`),
    or names a body doing something ("Điều 3. Sở Tài chính bố trí kinh phí …"); a legal text's articles state
    rules, so an article that does neither ("Điều 1. Hàng hóa … không chịu thuế") is none (ANNOTATING.md,
    settled 1). In a rule's part, where bodies are described as well as ordered, the name alone is no order."""
    if orders_something(doc, item, body_named=True) or _DUTY_TITLE.match(_folded(_heading_text(doc, item))):
        return True
    return _in_force(doc, item) and _binds_after_in_force(doc, item)  # "… có hiệu lực … Chậm nhất … phải …"


# on `_folded`: an article titled by whose duties it sets ("Điều 7. Trách nhiệm của Sở Tài chính", "Điều 5. Nhiệm vụ
# của Ban Quản lý dự án"): its text is those duties, whatever verb it opens with ("… xem xét quyết định …")
_DUTY_TITLE = re.compile(r"(?:trach nhiem|nhiem vu)\s++cua\s")


_BODIES_OPENING = re.compile(r"(?:các|mỗi|từng|toàn\s+thể)\s", re.IGNORECASE)  # "Các đơn vị …", "Mỗi trường …"


def _ordered_after_label(text: str) -> bool:
    """A field's label, then an order whose subject names bodies ("Thời gian thực hiện: Các đơn vị gửi hồ sơ về
    Sở trước ngày 18/8", "Hồ sơ: Mỗi trường lập 02 bộ …"): "các", "mỗi" …, its noun, then a verb of doing; not
    "Thời gian: cho đến khi có thông báo mới"."""
    label = _FIELD_LABEL.match(text)
    if label is None or not _BODIES_OPENING.match(text, label.end()):
        return False
    return task_cues().continued_order.match(text, label.end()) is not None


def _unique_ids(items: list[Item], seen: dict[str, int] | None = None) -> None:
    """A number printed twice ("3." … "3.") keeps its printed id, the repeat gets "-2", "-3" …"""
    seen = {} if seen is None else seen
    for item in items:
        count = seen.get(item.id, 0) + 1
        seen[item.id] = count
        if count > 1:
            item.id = f"{item.id}-{count}"
            _reprefix(item.children, item.id)
        _unique_ids(item.children, seen)


def _reprefix(items: list[Item], prefix: str) -> None:
    for item in items:
        item.id = f"{prefix}.{item.id.rsplit('.', 1)[-1]}"
        _reprefix(item.children, item.id)


def _mend_repeated_number(items: list[Item]) -> None:
    """A number printed twice where the one before it is two less ("1.", "3.", "3."): OCR or the clerk slipped on
    the first of the pair, which the sequence makes certain is the number between (ANNOTATING.md, settled 3:
    corrected when the sequence makes it certain). A repeat the sequence does not settle keeps its "-2"."""
    numbered = [item for item in items if item.kind == "arabic" and item.label.isdigit()]
    for before, item, after in zip([None, *numbered], numbered, [*numbered[1:], None], strict=False):
        if after is None or after.label != item.label or int(item.label) < 2:
            continue
        if (before.label if before is not None else "0") == str(int(item.label) - 2):
            item.label = str(int(item.label) - 1)


def _assign_ids(items: list[Item], prefix: str) -> None:
    _mend_repeated_number(items)
    bullet_counter = 0
    for item in items:
        if item.kind in BULLET_KINDS:
            bullet_counter += 1
            part = str(bullet_counter)
        elif item.kind == "article":
            part = f"Điều {item.label}"
        elif item.kind == "dotted" and item.parent is not None and item.parent.kind in ("arabic", "dotted"):
            # "1.2" under "1" is printed with its parent's number: keep it as printed
            parent_parts = item.parent.id.split(".")
            own = item.parent.label.split(".")
            base = parent_parts[: len(parent_parts) - len(own)]
            item.id = ".".join([*base, item.label])
            _assign_ids(item.children, item.id)
            continue
        else:
            part = item.label
        item.id = f"{prefix}.{part}" if prefix else part
        _assign_ids(item.children, item.id)


_ARTICLE_MARKER = re.compile(r"^Điều\s++\d++\s*+[.:]\s*+")


def _issued_type(doc: Document, start: int, end: int) -> str | None:
    """The type, folded, of the text an article issues attached ("Điều 1. Ban hành kèm theo Quyết định này Kế
    hoạch …" → "ke hoach"), or None."""
    text = doc.flat[start : min(end, start + 400)]
    marker = _ARTICLE_MARKER.match(text)
    if marker is None:
        return None
    issued = task_cues().issues_attached.match(text[marker.end() :])
    return " ".join(_folded(issued.group("type")).split()) if issued else None


def _attached_text(doc: Document, paragraphs: list[Paragraph], marked: list[Paragraph]) -> int | None:
    """Where a text issued attached by the body's articles starts when printed after the body's end mark with
    no signature read between: its title in capitals naming the issued type ("KẾ HOẠCH", "QUY CHẾ Làm việc
    của …"), the first such paragraph after the mark. `paragraphs` are the body's, `marked` those up to its
    end mark (the first of `_runs_to_end_marks`)."""
    if len(marked) == len(paragraphs):
        return None  # nothing printed after the end mark
    issued = {kind for para in marked if (kind := _issued_type(doc, para.start, para.end))}
    if not issued:
        return None
    for para in paragraphs[len(marked) :]:
        first_line = doc.text[para.start : doc.lines[para.first_line].end]
        folded = " ".join(_folded(first_line).split())
        if is_upper_text(first_line) and any(folded.startswith(kind) for kind in issued):
            return para.start
    return None


@lru_cache(maxsize=1)
def _number_words() -> frozenset[str]:
    """Words after which a number ending a line is cited or counted (tasks.tsv: number_word), folded as the cue
    loader folds them ("mục" stands for "mức", "bảng" for "bằng"): no item label hangs after them."""
    cues = load_cues("tasks.tsv", TASK_CUE_KINDS)
    return frozenset(_folded(c.phrase) for c in cues if c.kind == "number_word")


def find_tasks(doc: Document, body: tuple[int, int], appendix: tuple[int, int] | None = None) -> TaskLayout:
    in_body = [p for p in doc.paragraphs if p.start >= body[0] and p.end <= body[1]]
    # the paragraphs up to the end mark: the same whether or not an attached text is cut off after the mark
    paragraphs = _runs_to_end_marks(doc, in_body)[0]
    if appendix is None and (attached := _attached_text(doc, in_body, paragraphs)) is not None:
        body, appendix = (body[0], attached), (attached, body[1])  # the attached text, read as an appendix
    layout = TaskLayout(body=body, regions=[body] + ([appendix] if appendix else []))
    tables, paragraphs = find_task_tables(doc, paragraphs)
    paragraphs = split_inline_labels(doc, rejoin_split_labels(doc, paragraphs, _number_words()))
    roots, before, closing_at = build_items(doc, paragraphs)
    trailing, closing_at = _trailing_paragraphs(doc, paragraphs, roots, closing_at)
    attachments: list[tuple[int, int]] = []
    if appendix is not None:
        # an appendix after the signature ("PHỤ LỤC …") is a second list of directive items
        extra = [p for p in doc.paragraphs if p.start >= appendix[0] and p.end <= appendix[1]]
        for run in _runs_to_end_marks(doc, extra):
            if run:  # each attachment: from the appendix's start or a later title to its end mark
                attachments.append((run[0].start if attachments else appendix[0], run[-1].end))
            appendix_tables, run = find_task_tables(doc, run)
            tables += appendix_tables
            run = split_inline_labels(doc, rejoin_split_labels(doc, run, _number_words()))
            run_roots = build_items(doc, run)[0]
            # its own last item stops where an order of the whole appendix begins, as the body's does
            trailing += _trailing_paragraphs(doc, run, run_roots, None)[0]
            roots += run_roots
    layout.items = roots
    layout.preamble_paragraphs = before
    if closing_at is not None:
        end = max((p.end for p in paragraphs if p.start >= closing_at), default=closing_at)
        layout.closing = (closing_at, end)

    numbered = [item.start for item in roots if item.kind not in BULLET_KINDS]
    has_numbered, first_numbered = bool(numbered), min(numbered, default=0)
    for item in roots:
        if item.kind in BULLET_KINDS and has_numbered and item.start < first_numbered:
            item.section = "preamble"  # a bullet list before the numbered items (addressees, legal bases)
    _assign_ids(roots, "")
    _unique_ids([item for item in roots if item.section != "preamble"])
    tasks: list[Item] = []
    figures_only = _news_figures_only(doc, roots)
    units = _part_units(doc, roots)
    # a quotation closes before the body's end mark: a ” past "./." (an OCR'd "Nơi nhận”") closes nothing
    quoted = _Quotations(doc, (body[0], paragraphs[-1].end) if paragraphs else body)
    approved = _approved_parts(doc, units)
    for k, item in enumerate(units):
        if quoted.holds(item.start):
            item.section = "preamble"  # "“Điều 9. … 1. Không xử phạt …”": a cited text's clause, not an order
        elif item.start in approved:
            item.section = "preamble"  # the strategy "Điều 1. Phê duyệt …" approves, printed before "Điều 2."
        elif item.kind == "article" and _issued_type(doc, item.start, item.first_end):
            item.section = "preamble"  # "Điều 1. Ban hành kèm theo … Kế hoạch …": the plan's own items order
        elif item.kind in CONTAINERS:
            item.section = _classify_roman(doc, item)
            if item.section == "closing" and any(later.kind in CONTAINERS for later in units[k + 1 :]):
                # an effective-date article before other articles is context, or part of the orders it is
                # printed among ("Điều 3. Sở … có trách nhiệm …", "Điều 4. … có hiệu lực …", "Điều 5. … thi hành")
                earlier = [u.section for u in units[:k] if u.kind in CONTAINERS]
                item.section = "tasks" if earlier and earlier[-1] == "tasks" else "preamble"
            if item.section != "tasks":
                continue
            if item.children and any(c.kind not in BULLET_KINDS for c in item.children):
                lead_in = _part_lead_in(doc, item)
                for child in item.children:
                    child.lead_in = lead_in
                # "III. KẾT LUẬN" of an inspection over "1. Ưu điểm: …", "2. Tồn tại, hạn chế: …": its findings; a
                # label before a colon titles an item only in such a judging part
                judging = _judges(doc, item)
                children = [
                    c
                    for c in item.children
                    if c.kind in BULLET_KINDS or (is_directive_item(doc, c) and not _assesses(doc, c, labelled=judging))
                ]
                if not _names_its_tasks(doc, item):  # a part that names the fields of a rule
                    layout.rules += [c for c in children if not orders_something(doc, c)]
                    children = [c for c in children if orders_something(doc, c)]
                tasks.extend(children)
            elif _article_of_duty_bullets(doc, item):
                # "Điều 2. Tổ chức thực hiện." over "- Giao Sở A: …", "- Sở B chủ trì …": the article holds the
                # bullets as its items (`Điều 2.1` …); a bullet that permits or states keeps its number, no task
                layout.rules += [c for c in item.children if not orders_something(doc, c, body_named=True)]
                tasks.extend(c for c in item.children if orders_something(doc, c, body_named=True))
            elif item.kind == "article" and not _article_orders(doc, item):
                layout.rules.append(item)  # "Điều 1. Hàng hóa … không chịu thuế": the rule, no one to act
            elif _states_a_field(doc, item):
                layout.rules.append(item)  # "III. CHỈ TIÊU TUYỂN DỤNG" over a table of quotas: a field, no order
            else:
                tasks.append(item)
        elif item.section == "preamble" or (item.kind not in BULLET_KINDS and not is_directive_item(doc, item)):
            item.section = "preamble"
        elif item.kind not in BULLET_KINDS and _assesses(doc, item):
            item.section = "assessment"  # "1. Đánh giá chung", "2. Các tồn tại, hạn chế và nguyên nhân"
        elif figures_only and item.kind not in BULLET_KINDS:
            item.section = "preamble"  # a news bulletin's numbered figures ("1. Số bệnh nhân khỏi bệnh: …")
        else:
            tasks.append(item)
    for form in template_spans(doc, body):
        listed = [item for item in tasks if form[0] <= item.start < form[1]]
        layout.rules += listed
        tasks = [item for item in tasks if item not in listed]
    for attachment in attachments:
        if not _appendix_lists_tasks(doc, attachment, tasks):
            listed = [item for item in tasks if attachment[0] <= item.start < attachment[1]]
            layout.rules += listed
            tasks = [item for item in tasks if item not in listed]
    implicit = _implicit_tasks(doc, before, bool(roots))
    for item in trailing:
        item.id = f"p{len(implicit) + 1}"
        implicit.append(item)
    if implicit:
        taken = {item.start for item in implicit}
        layout.preamble_paragraphs = [p for p in before if p.start not in taken]
        layout.items = sorted([*roots, *implicit], key=lambda item: item.start)
        tasks = sorted([*tasks, *implicit], key=lambda item: item.start)
    if tables:
        table_tasks, rows = _table_tasks(doc, tables, tasks, body)
        roles = {"lead": "lead", "coordinate": "coordinate", "monitor": "report_to"}
        layout.column_roles = [(*span, roles[kind]) for row in rows for kind, span in row.role_cells if kind in roles]
        layout.items = sorted([*layout.items, *table_tasks], key=lambda item: item.start)
        tasks = sorted([*tasks, *table_tasks], key=lambda item: item.start)
    layout.tasks = tasks
    if before and before[-1].start not in {item.start for item in implicit}:
        last = before[-1]
        layout.lead_in = (last.start, last.end)
    return layout


def _approved_parts(doc: Document, units: list[Item]) -> set[int]:
    """Where the roman parts start that a decision's enacting article holds: printed after "Điều 1. Phê duyệt …
    với những nội dung chủ yếu sau:" and before "Điều 2.", or, the first page lost, before an article numbered
    above 1 with no article printed above them. What the article approves is no order (ANNOTATING.md, decisions
    2); a text issued attached ("Điều 1. Ban hành kèm theo … Kế hoạch …", printed after the articles) is read as
    usual, its own items order."""
    approved: set[int] = set()
    holder: Item | None = None  # the last article met
    pending: list[Item] = []  # roman parts since it
    for item in units:
        if item.kind == "roman":
            pending.append(item)
        elif item.kind == "article":
            lost_first = holder is None and item.label.isdigit() and int(item.label) > 1
            if pending and (lost_first or (holder is not None and _enacts(doc, holder))):
                approved.update(part.start for part in pending)
            holder, pending = item, []
    return approved


def _enacts(doc: Document, article: Item) -> bool:
    """An article that does what the decision does ("Điều 1. Phê duyệt …", `enacting_opening`), not one that issues
    a text attached."""
    heading = _heading_text(doc, article)
    return task_cues().enacting_opening.match(heading) is not None and not _issued_type(
        doc, article.start, article.first_end
    )


QUOTATION_CHARS = 4000  # the longest stretch a quotation mark opens before its closing mark, in a cited clause


class _Quotations:
    """The stretches of the body between an opening “ and its closing ” (the next ” before another “, within
    QUOTATION_CHARS): a legal text cited word for word, whose numbered clauses are the law's, not orders. A
    mark OCR lost leaves its stretch open, and an open stretch quotes nothing."""

    def __init__(self, doc: Document, body: tuple[int, int]) -> None:
        text = doc.text
        self.spans: list[tuple[int, int]] = []
        opening = text.find("“", body[0], body[1])
        while opening >= 0:
            following = text.find("“", opening + 1, body[1])
            closing = text.find("”", opening + 1, following if following >= 0 else body[1])
            if closing >= 0 and closing - opening <= QUOTATION_CHARS:
                self.spans.append((opening, closing))
            opening = following
        self.starts = [start for start, _ in self.spans]

    def holds(self, offset: int) -> bool:
        i = bisect_right(self.starts, offset) - 1
        return i >= 0 and self.spans[i][0] < offset < self.spans[i][1]


def _part_units(doc: Document, roots: list[Item]) -> list[Item]:
    """The top-level units when the text is split into lettered parts ("A. PHƯƠNG THỨC TUYỂN SINH", "B. ĐỀ THI",
    "D. TỔ CHỨC THỰC HIỆN") or chapters of items ("Chương IV / TỔ CHỨC THỰC HIỆN" over "1.", "2."): each part's
    children stand as roots do. When some part's title names tasks, only such parts hold orders; the others state
    the rule (context), as a code's chapters of conduct do. A chapter over articles holds none: its articles are
    roots of their own (`build_items`), its heading no unit."""
    parts = [r for r in roots if r.kind in _PART_KINDS and (r.kind == "part" or _holds_items(r))]
    if not parts:
        return [r for r in roots if r.kind != "chapter"]
    ordering = [p for p in parts if _title_names_tasks(_part_title(doc, p))]
    kept = ordering or parts
    part_ids = {id(part) for part in parts}  # by identity: items compare by value
    units: list[Item] = []
    for item in roots:
        if item.kind not in _PART_KINDS:
            units.append(item)
        elif item.kind == "chapter" and id(item) not in part_ids:
            continue  # "Chương I / QUY ĐỊNH CHUNG" over "Điều 1.": a heading, the articles say what it is
        elif item not in kept:
            item.section = "preamble"
        else:
            for child in item.children:
                child.lead_in = (item.start, item.first_end)
            units.extend(item.children or [item])
    return units


_PART_KINDS = ("part", "chapter")


def _holds_items(item: Item) -> bool:
    return any(child.kind not in BULLET_KINDS for child in item.children)


def _part_title(doc: Document, item: Item) -> str:
    """A part's title line; a chapter's title printed on the line after "Chương IV" when its own line has none."""
    first_line = doc.text[item.start : item.first_end].split("\n", 1)[0]
    if item.kind != "chapter" or first_line[len(item.marker) :].strip(" .:-–"):
        return first_line
    end = item.children[0].start if item.children else item.end
    title = doc.text[item.first_end : end].strip().split("\n", 1)[0]
    return f"{item.marker} {title}"


APPENDIX_HEADING_CHARS = 300  # the title of an appendix: "PHỤ LỤC II / PHÂN CÔNG THỰC HIỆN NHIỆM VỤ …"


def _appendix_lists_tasks(doc: Document, appendix: tuple[int, int], tasks: list[Item]) -> bool:
    """An appendix after the signature lists tasks when its title says so ("Phụ lục: TRIỂN KHAI NHIỆM VỤ …")
    or when most of its items order something; an appendix of a rule's fields (an enrolment's quotas,
    subjects and fees by school) or a report form ("1. Kết quả:", "2. Nhận xét, đánh giá:") lists none."""
    items = [item for item in tasks if appendix[0] <= item.start < appendix[1]]
    if not items:
        return False
    title = doc.text[appendix[0] : min(appendix[0] + APPENDIX_HEADING_CHARS, items[0].start)]
    if template_titles(title, 0, len(title)):
        return False  # "Phụ lục: [MẪU] BÁO CÁO KẾT QUẢ TRIỂN KHAI …": a form to fill, its headings are no orders
    if _title_names_tasks(title):
        return True
    return 2 * sum(orders_something(doc, item) for item in items) > len(items)


_END_MARK = re.compile(r"\./\.\s*$")  # "./.": the end of a text's body (Decree 30/2020/NĐ-CP)


_APPENDIX_TITLE = re.compile(r"^phu\s*luc\b")  # on `_folded`: "PHỤ LỤC II", "Phu luc 2"


def _runs_to_end_marks(doc: Document, paragraphs: list[Paragraph]) -> list[list[Paragraph]]:
    """The paragraphs up to the one that ends with "./.", then each run from a later appendix title ("Phụ lục
    2") to its own mark: what follows a mark is the tail or an attachment, even where the signature stage
    could not read it ("Net Kiện: … TM. CHÍNH PHỦ" for "Nơi nhận:", a scanned form). Items never run across
    a mark."""
    runs: list[list[Paragraph]] = [[]]
    ended = False
    for para in paragraphs:
        if ended and _APPENDIX_TITLE.match(_folded(doc.text[para.start : para.start + 20])):
            ended = False
            runs.append([])
        if not ended:
            runs[-1].append(para)
            ended = _END_MARK.search(doc.text, para.start, para.end) is not None
    return runs


def _table_tasks(
    doc: Document, tables: list[TaskTable], body_tasks: list[Item], body: tuple[int, int]
) -> tuple[list[Item], list[Item]]:
    """The rows of task tables as items; returns the new top-level ones (groups and ungrouped rows), and
    every row.

    A table printed inside a body item (after its first paragraph, before the next item) holds that item's
    subtasks ("a) Tổ chức chương trình …" then its table: III.1.a.1, III.1.a.2 …).

    Rows under a group that restates a body item become that item's subtasks instead.
    """
    candidates = [item for task in body_tasks for item in _walk(task)]
    headings = None  # folded once, at the first group title
    top: list[Item] = []
    rows: list[Item] = []
    only_pointer = _appendix_pointer(doc, candidates)
    part_pointers = _part_pointers(doc, candidates, body)
    for table in tables:
        group: Item | None = None
        previous: Item | None = None
        host = _host_item(candidates, table, body)
        pointer = part_pointers.get(_appendix_part(doc, table.start, body)) or only_pointer
        if pointer is not None and table.start >= pointer.end:
            group = pointer  # the item that sends its reader to the table holds its rows, whatever their groups
        elif host is not None and not any(group_title(row, table) for row in table.rows):
            group = host
        for row in table.rows:
            para = row.paragraph
            title = group_title(row, table)
            if title is not None and pointer is not None and group is pointer:
                continue
            if title is not None:
                label, heading = title
                if headings is None:
                    headings = item_headings(candidates, doc)
                group = restated_item(heading, headings)
                if group is None:
                    group = Item("table_group", label, label, para.start, para.end, para.end)
                    group.id = label or f"T{len(top) + 1}"
                    top.append(group)
                previous = None
                continue
            content = cell(row, table, "content")
            if content is None or not content.text or not is_task_row(row, table):
                continue
            label = row_label(row, table)
            number = cell(row, table, "number")
            item = Item("table_row", label or "", number.text if number else "", para.start, para.end, para.end)
            item.cells = {
                kind: (c.start, c.end)
                for kind in ("lead", "coordinate", "monitor", "time")
                if (c := cell(row, table, kind)) and c.text
            }
            item.role_cells = [
                (kind, (c.start, c.end))
                for kind in ("lead", "coordinate", "monitor")
                for c in column_cells(row, table, kind)
                if c.text
            ]
            item.previous_row = previous
            previous = item
            rows.append(item)
            if group is not None:
                item.parent = group
                group.children.append(item)
                if group.kind == "table_group":
                    group.end = max(group.end, item.end)
                    item.id = f"{group.id}.{label}" if label else f"{group.id}.{len(group.children)}"
                elif (
                    pointer is not None and group is pointer and label
                ):  # the appendix's rows, as printed, under the item pointing there
                    item.id = f"{group.id}.{label}"
                elif group is host and label:  # a table inside the item: its rows as printed under it
                    item.id = f"{group.id}.{label}"
                    _stretch(group, item.end)
                else:  # a restated body item: numbered on after its own sub-items
                    item.id = f"{group.id}.{len(group.children)}"
            else:
                item.id = label or f"T{len(top) + 1}"
                top.append(item)
    _unique_ids(top)
    return top, rows


# on `_folded(text)`: all an item says after its title is where its detail is printed ("(Chi tiết tại Phụ lục đính
# kèm)", "Nhiệm vụ cụ thể theo Phụ lục kèm theo.")
_POINTER = re.compile(
    r"^\(?\s*+(?:(?:chi tiet|noi dung|nhiem vu|phan cong nhiem vu)\s++)?(?:cu the\s++)?(?:tai|theo|co)\s++"
    r"(?:cac\s++)?phu\s*+luc\b[^()]*+\)?\.?$"
)


def _is_title(text: str) -> bool:
    """A line that names what follows: short, not ended as a sentence ("NHIỆM VỤ TRỌNG TÂM")."""
    text = text.strip()
    return 0 < len(text) < 150 and not text.endswith((".", ";", ":", ","))


def _appendix_pointer(doc: Document, candidates: list[Item]) -> Item | None:
    """The one item of the body whose content is only a pointer to the appendix ("2. NHIỆM VỤ TRỌNG TÂM" then
    "(Chi tiết tại phụ lục đính kèm)"): the appendix's task table is its detail, its rows its subtasks (SCHEMA
    "Task tables"). None when no item or several point there (which table is whose is then not said)."""
    pointing = [
        item
        for item in candidates
        if not item.children
        and item.first_end < item.end
        and _is_title(doc.flat[item.start + len(item.marker) : item.first_end])
        and _POINTER.match(_folded(doc.flat[item.first_end : item.end].strip()))
    ]
    return pointing[0] if len(pointing) == 1 else None


# on `_folded(text)`: an item's sentence that ends sending its reader to a part of the appendix, "… theo lộ trình
# (chi tiết tại phần II. Phụ lục I kèm theo).", "… (nội dung cụ thể tại Mục III Phụ lục)."
_PART_POINTER = re.compile(
    r"\(\s*+(?:chi tiet|noi dung|nhiem vu)(?:\s++cu the)?\s++(?:tai|theo|o)\s++(?:phan|muc)\s++(?P<part>[ivx]{1,4})\b"
    r"[^()]*?phu\s*+luc\b[^()]*+\)\s*+[.;]?$"
)
_PART_HEADING = re.compile(r"^[ \t]*+(?P<part>[IVX]{1,4})\.[ \t]++\S", re.MULTILINE)  # "II. Kế hoạch sơ bộ …"


def _part_pointers(doc: Document, candidates: list[Item], body: tuple[int, int]) -> dict[str, Item]:
    """The body's items that each send their reader to a part of the appendix by its roman number ("2. Phối hợp …
    triển khai di trú dữ liệu theo lộ trình (chi tiết tại phần II. Phụ lục I kèm theo)."), by that number folded
    ("ii"): the task table printed under that part holds the item's subtasks (SCHEMA "Task tables"). The pointer
    ends the item's own first paragraph (a contact line may follow it); a number two items point at is nobody's."""
    pointers: dict[str, Item] = {}
    seen: set[str] = set()
    for item in candidates:
        if not body[0] <= item.start < body[1] or item.children:
            continue
        found = _PART_POINTER.search(_folded(" ".join(doc.flat[item.start : item.first_end].split())))
        if found is None:
            continue
        part = found.group("part")
        if part in seen:
            pointers.pop(part, None)
        else:
            pointers[part] = item
        seen.add(part)
    return pointers


def _appendix_part(doc: Document, start: int, body: tuple[int, int]) -> str | None:
    """The roman number, folded, of the appendix part a table after the body is printed under ("II. Kế hoạch sơ bộ
    …" above it), or None for a table in the body or under no such heading."""
    if start < body[1]:
        return None
    last = None
    for found in _PART_HEADING.finditer(doc.text, body[1], start):
        last = found
    return last.group("part").lower() if last else None


def _host_item(candidates: list[Item], table: TaskTable, body: tuple[int, int]) -> Item | None:
    """The body item a table is printed inside: the last item opening before it, in the body."""
    if not body[0] <= table.start < body[1]:
        return None
    before = [item for item in candidates if item.start < table.start]
    return max(before, key=lambda item: item.start) if before else None


def _stretch(item: Item, end: int) -> None:
    while item is not None:
        item.end = max(item.end, end)
        item = item.parent


def _walk(item: Item):
    yield item
    for child in item.children:
        yield from _walk(child)


def is_directive_paragraph(text: str) -> bool:
    """A paragraph that orders something: a directive verb not reported ("theo đề nghị", "đã giao") nor
    cited ("chỉ đạo của …", "yêu cầu tại Công văn …"), in a paragraph that is not a closing formula (a closing
    with a deadline or a deed of its own orders: "Trên đây là Kế hoạch …, yêu cầu các sở … triển khai thực hiện,
    báo cáo kết quả gửi Ủy ban nhân dân tỉnh …")."""
    cues = section_cues()
    if cues.closing.search(text) and not (_orders_more(text) or _dated(text)):
        return False
    for match in cues.directive.finditer(text):
        if cues.not_directive_before.search(text[max(0, match.start() - 20) : match.start()]):
            continue
        chair = match.group(0).lower() == "chủ trì"
        if (
            chair
            and _CHAIRED.match(text, match.end())
            and _CHAIRED_BY.search(text, max(0, match.start() - 200), match.start())
        ):
            continue  # "Cuộc họp do đồng chí … chủ trì.": who chaired the meeting, not an order
        if chair and _CHAIRS_MEETING.match(text, match.end()):
            continue  # "Phó Thủ tướng … chủ trì Hội nghị.", "… chủ trì họp rà soát …": who chaired, as news tells it
        if text[match.start()].isupper() and not _opens_sentence(text, match.start()):
            continue  # a capital inside a sentence is a name: "Tiểu học Giao Long", "Trường Chủ Trì"
        addressee = match.start("object")
        word_end = len(text[:addressee].rstrip()) if addressee >= 0 else match.end()
        if cues.not_directive_after.match(text, word_end):
            continue
        if addressee >= 0 and not (
            text[addressee].isupper()
            or cues.addressee_opening.match(text, addressee)
            or _NAMED_PLACE.match(text, addressee)  # "yêu cầu huyện Vân Canh tập trung …"
        ):
            continue  # "lãnh đạo, chỉ đạo, huy động …": a noun of a narrative, not an order
        return True
    return False


# a level word and a place's name: the body of that place ("huyện Vân Canh", "xã Canh Liên")
_NAMED_PLACE = re.compile(rf"{level_pattern()}\s++[{UPPER}]")

# a passive "do <someone> chủ trì" closing its sentence: who chaired ("Hội nghị do Phó Chủ tịch … chủ trì.")
_CHAIRED_BY = re.compile(r"(?<!\w)do\s[^.;:]{1,200}$", re.IGNORECASE)
_CHAIRED = re.compile(r"\s*+(?:[.;]|$)")
# a meeting right after "chủ trì": "chủ trì Hội nghị", "chủ trì cuộc họp", "chủ trì buổi làm việc", "chủ trì họp …"
_CHAIRS_MEETING = re.compile(
    r"\s++(?:(?:cuộc|buổi|phiên)\s++)?(?:họp|hội\s++nghị|hội\s++thảo|làm\s++việc|tọa\s++đàm)(?!\w)", re.IGNORECASE
)


def _opens_sentence(text: str, at: int) -> bool:
    """`at` opens the text, a sentence, a clause after ":" or ";", or a bracket or quotation."""
    before = text[:at].rstrip()
    return not before or before[-1] in ".:;!?…(\"“'-–+•"


# a meeting's account opens with its time: "Ngày 20/4/2026, …", "Vào lúc 08 giờ 30 phút, ngày 30/5/2021, …"
# a news report's lead may open with its source: "NDO - Chiều 20/1, …", "(Chinhphu.vn) - Sáng 5/3, …", "(Báo Lâm
# Đồng) - Chiều 8/5, …"
_MEETING_OPENING = re.compile(
    r"^(?:(?:\([^()\n]{2,40}\)|[\w.]{2,20})\s*+[-–]\s*+)?(?:Vào\s+lúc|Vào\s+ngày|Ngày|Sáng|Chiều|Tối|Trưa|Hôm\s+nay|Trong\s+(?:hai\s+)?ngày)\b[^,]{0,60}?\d",
    re.IGNORECASE,
)


def _news_figures_only(doc: Document, roots: list[Item]) -> bool:
    """A news report's numbered list of figures ("1. Số bệnh nhân khỏi bệnh: … 10.412 ca", "2. Số ca tử vong: …"):
    every item holds a count, none orders anything, and no lead-in ("… như sau:") announces the list."""
    numbered = [item for item in roots if item.kind not in BULLET_KINDS]
    if not is_news(doc) or not numbered:
        return False
    k = bisect_right(doc.paragraphs, numbered[0].start, key=lambda para: para.start) - 2
    if k >= 0 and doc.flat[doc.paragraphs[k].start : doc.paragraphs[k].end].rstrip().endswith(":"):
        return False
    if not all(_DIGIT.search(doc.text, item.start + len(item.marker), item.end) for item in numbered):
        return False
    return not any(orders_something(doc, item) for item in numbered)


_DIGIT = re.compile(r"\d")


def orders_in_prose(text: str) -> bool:
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
        return cues.obligation.search(_first_sentence(text[comma + 2 :])) is not None
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
    if opening and cues.continued_order.match(text, opening.end()):
        return True  # "Đồng thời các địa phương triển khai …": an order going on from the one before
    return cues.obligation.search(_first_sentence(text)) is not None  # in the lead sentence, not a story's detail


def _plans_after_its_basis(text: str) -> bool:
    """After a comma of the paragraph's lead sentence, a subject and a deed it will or must do
    (`TaskCues.planned_deed`): "Thực hiện Chương trình …, Sở Văn hóa, Thể thao và Du lịch sẽ tiếp tục tổ chức …"."""
    sentence = _first_sentence(text)
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


def _first_sentence(text: str) -> str:
    end = text.find(". ")
    return text if end < 0 else text[: end + 1]


def _implicit_tasks(doc: Document, before: list[Paragraph], has_items: bool) -> list[Item]:
    """Directive paragraphs outside every numbered item: tasks `p1`, `p2` … (SCHEMA "Implicit tasks").

    The paragraph that leads in to the list ("… yêu cầu các đơn vị thực hiện các nội dung sau:") is
    not one: its bodies are inherited by the items.
    """
    found: list[Item] = []
    news = is_news(doc)  # a news report tells of orders in prose: `orders_in_prose`
    photo_end: int | None = None  # a news photo and its caption right after the last task: no task's text
    # a news page's title and teaser before its lead's source tag tell nothing (news_orders.report_start)
    starts_at = news_orders.report_start([doc.flat[p.start : p.end].strip() for p in before]) if news else 0
    texts_orders = False  # the last task told what a text orders: its measures may follow (news_orders)
    announced_end: int | None = None  # where the last paragraph telling a text sent with its orders ends
    bridged = False  # a caption or sub-heading stands between the last task and this paragraph
    run: tuple[int, int] | None = None  # a news lead-in "… đề nghị <bodies>:" and the paragraphs carrying it out
    lead_seen = not news  # the report's first paragraph of prose has been read (`_is_sapo`)
    conclusions = False  # the report said it tells a text's conclusions (`news_orders.tells_conclusions`)
    run_end = 0  # where the lead-in or its last paragraph ends
    if news:
        before = [
            part for para in before for sub in _past_subheading(doc, para) for part in unglued_paragraphs(doc, sub)
        ]
    for k, para in enumerate(before):
        if k < starts_at:
            continue
        text = doc.flat[para.start : para.end].strip()
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
        if not lead_seen and not _is_title(text):
            lead_seen = True
            if _is_sapo(doc, para):
                continue
        if news and _news_lead_in(text):
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
        leads_in = text.endswith(":") or (
            last
            and (
                section_cues().directive_end.search(text)
                or _scrambled_lead(text)
                or section_cues().lost_colon_end.search(text)
            )
        )
        lines = doc.text[para.start : para.end].strip()  # `flat` joins the lines: the title is read from these
        # "Thành phố yêu cầu từ 18h …": an authority ordering, read past a title the lead runs on from
        reported = news and (
            _reports_order(text)
            or _authority_orders(_past_title(doc, para) if k == 0 else text)
            or news_orders.ordered_in_passive(text)
        )
        # "Ngày 27/10, Chủ tịch UBND … đã giao sở ngành …": a dated lead that tells an order given is no meeting account
        meeting = _opens_with_meeting(lines, news) and not reported
        # a report's closing formula opens its paragraph: "Cùng đó, cơ quan này phải rà soát … . Ngân hàng … được yêu
        # cầu báo cáo … các nội dung trên" orders first, its later sentence asks for the report
        closes = _closing(_first_sentence(text) if news else text, unless_dated=True)
        if leads_in or meeting or (closes and not reported):
            continue  # in a report, "… yêu cầu … thông báo cho chủ tàu biết" orders what its bodies tell others
        if news and k == 0 and _is_title(text):  # "Phó Thủ tướng chủ trì họp về …": the report's title
            continue
        if news and not lead_seen and _is_title(text) and not text.endswith("…"):
            continue  # a row under the title before the lead, no sentence: a database's teaser, cut or unclosed
        if news and _underlined(doc, before, k):  # a Markdown heading: "Tiêu đề …" over "-----"
            continue
        if news and news_orders.refers_back_to_order(text):
            continue  # "Chủ tịch tỉnh đã chỉ đạo như trên sau khi …": the order was told in the paragraph before
        if news and news_orders.opens_an_account(text):  # "Trước đó, …": what came before, no order told
            continue
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
            and (news_orders.spells_out_a_measure(text) or task_cues().subject_then_deed.match(text) is not None)
        )
        if news and not (reported or goes_on) and _tells_a_done_act(text):
            continue  # "Trưa nay, tỉnh đã di dời … Người dân khẩn trương …": the account of a done act
        # "Đối với …, dù … chưa đồng thuận. Tỉnh đề nghị xã …": the matter, then the order on it
        told = news and (
            orders_in_prose(text)
            or reported
            or _authority_orders_later(text)
            or news_orders.refers_back_to_order(_next_text(doc, before, k))
        )
        if not (is_directive_paragraph(text) or told or goes_on or measure):
            continue
        if news and not reported and news_orders.opens_with_an_assessment(text):
            continue  # "Thủ tướng nhìn nhận, việc … còn chậm; …, cần điều chỉnh": the leader's assessment
        if news and not reported and news_orders.tells_a_sanction(_first_sentence(text)):
            continue  # "Quyết định này áp dụng biện pháp khắc phục hậu quả là buộc …": a violator's penalty
        if news and _petitions_upward(text):
            continue
        item = Item("implicit", "", "", para.start, para.end, para.end)
        item.id = f"p{len(found) + 1}"
        found.append(item)
        # the first task right after "UBND tỉnh … có văn bản hỏa tốc yêu cầu …" (no task itself) opens its measures
        texts_orders = news and ((after_task and texts_orders) or announced or news_orders.tells_a_texts_orders(text))
    return found


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
    if _printed_again(_first_sentence(text).split(), printed) or _printed_again(text.split(), printed):
        return True
    order = news_orders.sapo_order_words(_first_sentence(text))
    return order is not None and any(
        len(order & _words_of(doc.flat[later.start : later.end])) >= SAPO_ORDER_SHARE * len(order)
        for later in doc.paragraphs
        if later.start >= para.end
    )


SAPO_ORDER_SHARE = 0.6  # of the words a sapo's order prints after its verb: one paragraph of the body tells it again
_WORD = re.compile(r"\w+")


def _words_of(text: str) -> set[str]:
    return {word.lower() for word in _WORD.findall(text)}


def _printed_again(words: list[str], printed: set[tuple[str, ...]]) -> bool:
    runs = {tuple(words[k : k + SAPO_RUN_WORDS]) for k in range(len(words) - SAPO_RUN_WORDS + 1)}
    return bool(runs) and len(runs & printed) >= SAPO_REPEATED_SHARE * len(runs)


def _news_lead_in(text: str) -> bool:
    """A news paragraph that leads in to the orders its next paragraphs print one by one, as a list's lead-in does:
    its last sentence orders and ends with a colon ("… Ban Chỉ đạo đề nghị Ủy ban nhân dân các tỉnh, thành phố:",
    "… Ban Chỉ huy kính đề nghị:"); not one that lists what it names ("… các dự thảo văn kiện sau đây:")."""
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
        _is_title(text)
        or text.endswith(":")
        or _opens_with_meeting(lines, True)
        # "… thông báo cho thuyền trưởng … biết": what the bodies are to tell others, not the closing formula
        or (
            news_orders.before_inner_closing(text, section_cues().closing) is text and _closing(text, unless_dated=True)
        )
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
    if not _is_title(heading) or len(second.text.strip()) <= max(LONG_LINE, 2 * len(heading)):
        return [para]
    return [
        Paragraph(para.start, first.start + len(first.text.rstrip()), para.first_line, para.first_line),
        Paragraph(
            second.start + len(second.text) - len(second.text.lstrip()), para.end, para.first_line + 1, para.last_line
        ),
    ]


def _caption_or_subheading(para: Paragraph, text: str) -> bool:
    """One short line not ended as a sentence that orders nothing: a photo's caption or a sub-heading. A line the
    news cut ("… trên trang thông tin của tỉnh…") is a sentence (`orders_in_prose`)."""
    return (
        para.first_line == para.last_line
        and _is_title(text)
        and not (is_directive_paragraph(text) or orders_in_prose(text))
    )


DONE_SUBJECT_WORDS = 10  # words of the subject of a done deed: "các Đài canh vô tuyến điện tuyến biên giới biển đã …"


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
    its own act (`_authority_orders`)."""
    return _orders_someone(text, news_orders.later_giver_order_end(text))


def _orders_someone(text: str, verb_end: int | None) -> bool:
    """A verb of ordering ending at `verb_end` (None: none) whose object is not the authority's own act."""
    return verb_end is not None and task_cues().enacting_opening.match(text[verb_end:].lstrip()) is None


def _goes_on_ordering(text: str, after_task: bool) -> bool:
    """A paragraph that goes on with the orders told before it (`_implicit_tasks`): a body and its deed, or right after
    an order a body taken in contrast or the verb of ordering opening the paragraph."""
    if _body_carries_on_order(text):
        return True
    return after_task and (
        _contrasted_body_does(text)
        or news_orders.opens_with_an_order(text)
        or _conditional_deed(text)
        or _body_before_bound(text)
    )


def _body_before_bound(text: str) -> bool:
    """Right after an order, its body named again and bound: "Bộ cần có phương án …", "Cùng đó, cơ quan này phải …"."""
    opening = task_cues().connector.match(text) or news_orders.news_cues().continuing.match(text)
    return news_orders.binds_the_body_before(text, opening.end() if opening else 0)


def _conditional_deed(text: str) -> bool:
    """After a condition, who does what, in a few words: "Khi có mưa lớn, chính quyền địa phương sơ tán người dân …"
    right after an order goes on with it."""
    after = news_orders.past_condition(text)
    return after is not None and task_cues().subject_then_deed.match(text, after) is not None


def _past_title(doc: Document, para: Paragraph) -> str:
    """The paragraph's text after its first line when that line is a news title the lead runs on from with no blank
    line between ("Phó Thủ tướng yêu cầu bình ổn giá …" over "VOV - Chiều 12/10, …"); else all of it."""
    if para.last_line == para.first_line or not _is_title(doc.lines[para.first_line].text):
        return doc.flat[para.start : para.end].strip()
    return doc.flat[doc.lines[para.first_line + 1].start : para.end].strip()


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
    found = (
        cues.body_does.match(text)
        or cues.office_does.match(text)
        or _listed_bodies_do(text)
        or cues.sector_does.match(text)
    )
    return found is not None and cues.told_as_done.search(text, 0, found.end()) is None


LISTED_BODIES = 6  # names before the last one of a list opening a paragraph: "Bộ A, Bộ B, các bộ, ngành …"
LISTED_NAME_CHARS = 60  # a name of the list, up to its comma


def _listed_bodies_do(text: str) -> re.Match[str] | None:
    """A paragraph opened by bodies printed by their names, comma by comma, maybe after a list's opening ("3 đơn vị
    gồm: "), the last of them and its deed as `TaskCues.body_does` reads one ("Bộ Tài chính, Bộ Công Thương, các bộ,
    ngành tháo gỡ …", "3 đơn vị gồm: Đồn Biên phòng A, Đồn Biên phòng B xây dựng kế hoạch …")."""
    cues = task_cues()
    pos = 0
    opening = news_orders.news_cues().list_opening.match(text)
    if opening is not None:
        pos = opening.end()
        found = cues.body_does.match(text, pos) or cues.office_does.match(text, pos)
        if found is not None:
            return found
    for _ in range(LISTED_BODIES):
        comma = text.find(", ", pos, pos + LISTED_NAME_CHARS)
        if comma < 0 or not text[pos : pos + 1].isupper() or any(c in ".;:" for c in text[pos:comma]):
            return None
        if _DAY_OF_MONTH.search(text, pos, comma):
            return None  # "Cụ thể ngày 27-3, Thanh tra Sở … kiểm tra …": a dated event told, no body listed
        pos = comma + 2
        found = cues.body_does.match(text, pos)
        if found is not None:
            return found
    return None


# a day and its month, "27-3", "3/4": what opens a paragraph with it dates an event, names no body
_DAY_OF_MONTH = re.compile(r"(?<!\d)\d{1,2}\s*+[-/]\s*+\d{1,2}(?!\d)")


SCRAMBLED_TAIL_WORDS = 3  # words of a line OCR moved after the lead-in's colon


def _scrambled_lead(text: str) -> bool:
    """The lead-in whose last line OCR printed out of order: "… nội dung sau:khai thực", a few words in small
    letters after the colon and no full stop (an order after the colon opens with a capital)."""
    match = section_cues().scrambled_directive_end.search(text)
    return match is not None and match.group("tail").islower()


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
    match = _PETITION.search(_first_sentence(text))
    if match is None:
        return False
    below = _RANK.get(LEVEL_OF_WORD.get(" ".join(match.group("subject").lower().split())))
    above = _RANK.get(LEVEL_OF_WORD.get(" ".join(match.group("addressee").lower().split())))
    return below is not None and above is not None and above > below


_RANK = {"commune": 1, "district": 2, "province": 3}
# a level word and the place's name (up to four words with capitals), then a verb of asking and a level word
_PETITION = re.compile(
    rf"(?<!\w)(?P<subject>(?i:{level_pattern()}))\s++(?:[{UPPER}][^\s,.;:]*+\s++){{0,4}}"
    rf"(?:(?:cũng|tiếp\s+tục)\s++)?(?:đề\s+nghị|kiến\s+nghị|đề\s+xuất)\s++"
    rf"(?:(?:UBND|Ủy\s+ban\s+nhân\s+dân)\s++)?(?P<addressee>{level_pattern()})(?!\w)"
)


def _opens_with_meeting(text: str, news: bool) -> bool:
    """A meeting's account (`_MEETING_OPENING`); in a news report, also under the title line printed in the same
    paragraph ("Phiên họp thứ nhất Ban Chỉ đạo …" then "NDO - Chiều 20/1, tại …")."""
    if _MEETING_OPENING.match(text):
        return True
    title, _, rest = text.partition("\n")
    return news and bool(rest) and _is_title(title) and _MEETING_OPENING.match(rest.lstrip()) is not None


def _dated(text: str) -> bool:
    """The paragraph sets a date, a period or a recurrence of its own ("… báo cáo về Sở trước ngày 08/5/2020")."""
    from .deadlines import find_deadlines  # a sibling stage, imported late: it is not needed otherwise

    return any(f.label != "immediate" for f in find_deadlines(text))


def _closing(text: str, unless_dated: bool = False, last: bool = False) -> bool:
    """A closing paragraph: a closing formula, a request to carry out what was said above ("… thực hiện
    nghiêm túc các nội dung trên./."), or to report difficulties; among the body's last two paragraphs, a
    `closing_last` one too. With `unless_dated`, one with a deadline of its own is an order."""
    cues = section_cues()
    text = text.lstrip("_ ")  # a speck of OCR before the formula: "_ Nhận Công điện này, yêu cầu …"
    patterns = (cues.closing, cues.closing_phrase, cues.closing_with_subject)
    closes = (
        any(pattern.search(text) for pattern in patterns)
        or cues.folded_closing_phrase.search(_folded(text))
        or (last and len(text) < 600 and cues.closing_last.match(text))
    )
    return bool(closes) and not (unless_dated and (_dated(text) or _orders_more(text)))


def _orders_more(text: str) -> bool:
    """A closing that goes on to order a further deed, joined by "đồng thời" ("… khẩn trương tổ chức thực hiện,
    đồng thời có biện pháp tuyên truyền, vận động …"), or a report sent to a body ("… nghiêm túc triển khai thực
    hiện, báo cáo kết quả gửi Sở Y tế …"): an order of its own, like one with its own deadline. A report asked only
    of difficulties met ("… nếu có khó khăn, vướng mắc, báo cáo về Sở …") is the closing formula."""
    if _further_deed().search(text) is not None:
        return True
    report = _REPORT_SENT.search(text)
    return report is not None and section_cues().report_difficulty.search(text, 0, report.start()) is None


# a clause after the request that has a report sent to a body: ", báo cáo kết quả thực hiện gửi Ủy ban nhân dân
# tỉnh", ", tổng hợp báo cáo … gửi về Sở GDĐT"; the recipient is printed with its capital
_REPORT_SENT = re.compile(
    rf"[,;]\s*+(?:(?:và|đồng\s+thời)\s++)?(?:tổng\s+hợp,?\s++)?báo\s+cáo\s[^.;]{{0,160}}?"
    rf"(?<!\w)(?:gửi(?:\s++về)?|về)\s++(?:\(?qua\s++)?(?-i:[{UPPER}])",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _further_deed() -> re.Pattern[str]:
    """ ", đồng thời" then at most three words and a verb of doing (tasks.tsv: action_opening)."""
    return re.compile(
        rf"[,;]\s*+đồng\s++thời\s++(?:[^\s,.;:]++\s++){{0,3}}?{task_cues().action_opening.pattern}",
        re.IGNORECASE,
    )


def _opens_a_directive(text: str) -> bool:
    """A paragraph that opens with an order of the whole letter: "Giao …", "Yêu cầu các …", "Phòng GD&ĐT yêu
    cầu …" (a directive verb after a short subject, an addressee after it), or "Lưu ý: …"."""
    cues = section_cues()
    text = text.lstrip("( ")
    if cues.note_opening.match(text):
        return True
    # "Để bảo đảm tiến độ …, Bộ yêu cầu các đơn vị …": the purpose first, then the order of the letter; the
    # purpose may hold commas of its own ("Để cuộc thi được lan tỏa sâu rộng, tạo chuyển biến …, Sở đề nghị …"):
    # the order opens after one of them, tried from the first
    purpose = _PURPOSE_CLAUSE.match(text)
    openings = [0] if purpose is None else [m.end() for m in _COMMA.finditer(text, 0, purpose.end())]
    return any(_orders_from(text, opening) for opening in openings)


def _orders_from(text: str, opening: int) -> bool:
    """An order of the whole letter opens at `opening`: a short subject, a directive verb, its addressee."""
    cues = section_cues()
    match = cues.directive.search(text, opening, opening + 120)
    if match is None or match.start("object") < 0 or re.search(r"[,.;:]", text[opening : match.start()]):
        return False
    subject = text[opening : match.start()]
    if len(subject.split()) > 10 or cues.not_directive_before.search(subject):
        return False
    addressee = match.start("object")
    return text[addressee].isupper() or bool(cues.addressee_opening.match(text, addressee))


_COMMA = re.compile(r",\s*+")


# a clause of purpose opening a sentence, to its last comma within 300 characters: "Để bảo đảm thời hạn …, ",
# "Nhằm kịp thời …, "
_PURPOSE_CLAUSE = re.compile(r"(?:Để|Nhằm)\s[^.;:]{0,300},\s*+")


def _trailing_paragraphs(
    doc: Document, paragraphs: list[Paragraph], roots: list[Item], closing_at: int | None
) -> tuple[list[Item], int | None]:
    """The paragraphs after the last item that are not its own: the last item does not swallow them.

    After the last marked paragraph, the first paragraph that is a closing ("… thực hiện nghiêm túc các
    nội dung trên./.", "Trân trọng thông báo …") or opens an order of the whole letter ("Giao ông …",
    "Lưu ý: …") ends the list; an order does not when the last item ends with ":" (it announces what
    follows: "5. Sở Y tế:" then "Chủ trì …"). From
    there each paragraph is a task `p…` while it orders something of its own (a closing phrase with a
    deadline of its own is an order too: "… báo cáo về Sở trước ngày 08/5/2020"), and the closing from
    the first that does not. Returns the new implicit tasks (ids unset) and where the closing starts (a
    closing found before, by `build_items`, stays unless it has a deadline of its own).
    """
    items = [item for root in roots for item in _walk(root)]
    if not items:
        return [], closing_at
    last_start = max(item.start for item in items)
    paragraphs = _rejoin_split_sentences(doc, paragraphs)
    last_two = {para.start for para in paragraphs[-2:]}
    if closing_at is not None:  # a closing with a deadline of its own is read again below, as an order
        closing_para = next(p for p in paragraphs if p.start == closing_at)
        closing_text = doc.flat[closing_para.start : closing_para.end]
        if _dated(closing_text) or _orders_more(closing_text):
            closing_at = None
        else:
            paragraphs = [p for p in paragraphs if p.start < closing_at]
    after = [p for p in paragraphs if p.start > last_start]
    last = max(items, key=lambda item: item.start)
    announces = doc.flat[last.start : last.first_end].rstrip().endswith(":")  # its paragraphs follow

    def flat(para: Paragraph) -> str:
        return doc.flat[para.start : para.end].strip()

    # every item one paragraph: a paragraph after the last that opens with a verb of doing is not its
    # continuation but an order of the whole letter ("5. Các chủ hồ chứa tổ chức trực ban …" then "Tổ chức trực
    # ban nghiêm túc, sẵn sàng ứng phó …./.")
    single = all(item.end == item.first_end for item in items if item.start != last_start)

    def ends_the_list(para: Paragraph) -> bool:
        text = flat(para)
        if _closing(text, last=para.start in last_two) or _gives_contact(text):
            return True
        if announces:
            return False
        return _opens_a_directive(text) or (single and _opens_with_a_deed(text))

    k = next((k for k, para in enumerate(after) if ends_the_list(para)), None)
    if k is None:
        return [], closing_at
    cut = after[k].start
    kept_end = after[k - 1].end if k else max(item.first_end for item in items if item.start == last_start)
    for item in items:
        if item.end > cut:
            item.end = kept_end
    found: list[Item] = []
    for para in after[k:]:
        text = flat(para)
        if _closing(text, unless_dated=True, last=para.start in last_two) or not (
            _opens_a_directive(text) or is_directive_paragraph(text) or (single and _opens_with_a_deed(text))
        ):
            return found, para.start
        found.append(Item("implicit", "", "", para.start, para.end, para.end))
    return found, closing_at


def _gives_contact(text: str) -> bool:
    """A paragraph after the last item that gives whom to reach and how ("Đầu mối liên hệ: đồng chí …, điện thoại:
    0912 345 678", "Mọi chi tiết xin liên hệ … email: …"): the letter's closing, no part of the last item."""
    return section_cues().contact_opening.match(text) is not None and bool(_PHONE.search(text) or _MAIL.search(text))


# a phone number (eight digits or more, maybe grouped by dots or spaces) or an e-mail address
_PHONE = re.compile(r"\d(?<!\d\d)(?:[ .]?+\d){7,}(?!\d)")
_MAIL = re.compile(r"@(?<=\w@)(?=\w)")


def _opens_with_a_deed(text: str) -> bool:
    """A paragraph that opens with a verb of doing and has no subject: an imperative ("Tổ chức trực ban …"), maybe
    after a clause of condition or purpose ("Khi phát hiện ổ dịch, báo cáo ngay về …")."""
    clause = _LEADING_CLAUSE.match(text)
    verb = task_cues().action_opening.match(text, clause.end() if clause else 0)
    return verb is not None and not verb.group(0).isupper()


# a clause of condition or purpose opening a sentence, to its first comma: "Khi phát hiện ổ dịch, ", "Nếu có
# trường hợp nghi ngờ, ", "Để kịp thời xử lý, "
_LEADING_CLAUSE = re.compile(r"(?:Khi|Nếu|Trường\s+hợp|Trong\s+trường\s+hợp|Để|Nhằm)\s[^.;:,]{0,200},\s*+")


def _rejoin_split_sentences(doc: Document, paragraphs: list[Paragraph]) -> list[Paragraph]:
    """Paragraphs with a paragraph that opens in small letters joined to the one before: a blank line that a
    conversion left inside a sentence ("… trực … đồng thời\n\nbáo cáo … trước ngày 08/5/2020./.")."""
    joined: list[Paragraph] = []
    for para in paragraphs:
        first = doc.text[para.start : para.start + 1]
        if joined and first.islower():
            joined[-1] = Paragraph(joined[-1].start, para.end, joined[-1].first_line, para.last_line)
        else:
            joined.append(para)
    return joined


class TaskIndex:
    """Which task holds an offset, in logarithmic time: the items in document order, and their parents."""

    def __init__(self, tasks: list[Item], rules: list[Item] | tuple[Item, ...] = ()) -> None:
        self.rule_spans = sorted((item.start, item.end) for item in rules)
        self.rule_starts = [start for start, _ in self.rule_spans]
        self.items: list[Item] = []
        self.top: dict[int, Item] = {}

        for task in tasks:  # a loop, not a nested recursive function: that would hold this index in a cycle
            stack = [task]
            while stack:
                item = stack.pop()
                self.items.append(item)
                self.top[id(item)] = task
                stack.extend(reversed(item.children))
        # a table row may sit far from the body item it restates: order by position for the search
        self.items.sort(key=lambda item: item.start)
        self.starts = [item.start for item in self.items]

    def deepest(self, offset: int) -> Item | None:
        """The innermost task containing `offset`, or None."""
        i = bisect_right(self.starts, offset) - 1
        item = self.items[i] if i >= 0 else None
        while item is not None and not item.start <= offset < item.end:
            item = item.parent if item.parent is not None and id(item.parent) in self.top else None
        return item

    def in_directive_part(self, offset: int) -> bool:
        """Inside a task, or an item stating a rule's fields in a directive part (its figures are planned)."""
        if self.deepest(offset) is not None:
            return True
        i = bisect_right(self.rule_starts, offset) - 1
        return i >= 0 and self.rule_spans[i][0] <= offset < self.rule_spans[i][1]

    def top_of(self, item: Item) -> Item:
        return self.top[id(item)]


def tasks(doc: Document) -> Document:
    """Reads paragraphs, `doc.header`, `doc.tail`; writes `doc.layout` and `doc.task_index`."""
    header_end = doc.header.end
    tail = doc.tail
    body_end = doc.lines[tail.start_line].start if tail.start_line is not None else len(doc.text)
    body_end = max(body_end, header_end)  # a page of a header and a signature only: an empty body
    appendix = (doc.lines[tail.appendix_line].start, len(doc.text)) if tail.appendix_line is not None else None
    if appendix is not None and appendix[0] < body_end:
        appendix = None  # no signature before it: the body runs to the end and holds it
    doc.layout = find_tasks(doc, (header_end, body_end), appendix)
    doc.task_index = TaskIndex(doc.layout.tasks, doc.layout.rules)
    return doc
