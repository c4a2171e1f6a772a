"""What the two readers of tasks share: the item reader (`tasks`) and the reader of tasks told in prose
(`prose_tasks`). The cues of resources/cues/sections.tsv (the words that classify the parts of a document, the
closing formulas) and resources/cues/tasks.tsv (verbs of doing, what binds a body to a deed), the item record both
build, and the reading of one paragraph: does it order something (`is_directive_paragraph`), is it the closing
(`closing`), a title, its first sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..cues import alternation, load_cues, phrases
from ..names import abbreviation_table
from ..vn import LOWER, UPPER, fold_keep_case
from ..vocab import level_pattern
from .agencies.grammar import NAME_CUE_KINDS
from .agencies.role_cue_kinds import ROLE_CUE_KINDS

SECTION_CUE_KINDS = frozenset(
    {
        "assessment_heading",
        "assessment_opening",
        "purpose_heading",
        "directive_heading",
        "assignment_heading",
        "purpose_item",
        "purpose_item_joined",
        "in_force_document",
        "in_force_heading",
        "praise",
        "praise_opening",
        "directive_end",
        "closing",
        "closing_document",
        "carry_out_verb",
        "closing_request",
        "request_formula_word",
        "directive_cue",
        "directive_verb",
        "basis_opening",
        "situation_opening",
        "closing_last",
        "addressee_opening",
        "directive_not_before",
        "directive_noun_before",
        "time_before_addressee",
        "directive_not_after",
        "closing_phrase",
        "note_opening",
        "assignment_opening",
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
        "nominalizer",
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
        "item_noun",
        "arrangement_label",
        "sector_head",
        "plan_marker",
        "mandate",
        "plan_opening",
        "reason_opening",
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
    # a heading that assigns the work to bodies ("TỔ CHỨC THỰC HIỆN"): orders, also inside an approved programme
    folded_assignment: re.Pattern[str]
    capital_directive: re.Pattern[str]
    folded_purpose_item: re.Pattern[str]
    in_force: re.Pattern[str]  # on `_folded(text)`: "Nghị quyết này có hiệu lực …", "Điều 8. Hiệu lực thi hành"
    praise: re.Pattern[str]
    praise_opening: re.Pattern[str]
    directive_end: re.Pattern[str]
    # the same words ending the paragraph right before the list, its colon lost: "… thực hiện một số nhiệm vụ sau"
    lost_colon_end: re.Pattern[str]
    # a report's paragraph that announces what follows and ends with a stop ("… thực hiện các nội dung sau."): a
    # lead-in whose colon was printed as a stop, the orders in the paragraphs after it
    follows_end: re.Pattern[str]
    # the deed of carrying the text out: "thực hiện nghiêm túc chỉ thị này", "thi hành Quyết định này"
    carries_out_this: re.Pattern[str]
    scrambled_directive_end: re.Pattern[str]  # the same, a few words of its line after the colon (OCR)
    closing: re.Pattern[str]
    closing_last: re.Pattern[str]  # what closes the body only as its last paragraph ("X yêu cầu … thực hiện")
    directive: re.Pattern[str]  # a directive verb in a sentence: "giao X", "đề nghị X", "X chủ trì"
    basis_opening: re.Pattern[str]  # a paragraph of context: "Căn cứ …", "Thực hiện …", "Ngày …, tại …"
    situation_opening: re.Pattern[str]  # a paragraph on the situation: "Trước tình hình …", "Dự báo …"
    addressee_opening: re.Pattern[str]  # what an addressee opens with when not with a capital ("các")
    not_directive_before: re.Pattern[str]  # "theo", "xét", "đã" before it: reported, not ordered
    noun_before: re.Pattern[str]  # "ban" right before "chỉ đạo": the steering committee's name, no verb
    # a time said between the verb and its addressee, up to its comma: "chỉ đạo ngay tuần sau, các tỉnh …"
    time_before_addressee: re.Pattern[str]
    not_directive_after: re.Pattern[str]  # "của", "tại" after it: a cited instruction
    closing_phrase: re.Pattern[str]  # in a paragraph after the last item: the closing ("… các nội dung trên")
    # the phrases of three words or more also on `_folded(text)`: OCR changes a tone ("văn bản này thay thể"),
    # and three words together stay unambiguous without their diacritics
    folded_closing_phrase: re.Pattern[str]
    closing_with_subject: re.Pattern[str]  # after the last item: "UBND tỉnh yêu cầu các sở … thực hiện./."
    note_opening: re.Pattern[str]  # "Lưu ý:" opening a paragraph after the last item
    assignment_opening: re.Pattern[str]  # "Giao Ban …": a deed handed to a named body, never the closing
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

    announcing = [c for c in cues if c.kind == "directive_end" and "sau" in c.phrase.split()]  # "… như sau"
    # an item that only names purposes: "Mục đích, yêu cầu", "Phạm vi điều chỉnh:", "Căn cứ pháp lý."
    task_vocabulary = load_cues("tasks.tsv", TASK_CUE_KINDS)
    qualifier = alternation(task_vocabulary, "purpose_qualifier")
    manner = alternation(task_vocabulary, "manner_adverb", fold=False)
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
        folded_assignment=re.compile(folded("assignment_heading")),
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
        follows_end=re.compile(
            rf"\b(?:{alternation(announcing, 'directive_end', fold=False)})\s*\.\s*$", re.IGNORECASE
        ),
        carries_out_this=re.compile(
            rf"(?<!\w)(?:{accented('carry_out_verb')})(?:\s++(?:{manner}))?\s++"
            # "thực hiện (các) nội dung (của) Chỉ thị này": the text's content, the text
            r"(?:(?:các\s++)?nội\s++dung\s++(?:của\s++)?)?"
            rf"(?:{alternation(cues, 'closing_document', 'in_force_document', fold=False)})\s++này(?!\w)",
            re.IGNORECASE,
        ),
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
        time_before_addressee=re.compile(
            rf"{accented('time_before_addressee')}(?!\w)[^,.;:\n]{{0,30}},[ \t]*+", re.IGNORECASE
        ),
        noun_before=re.compile(rf"(?<!\w){accented('directive_noun_before')}\s+$", re.IGNORECASE),
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
        assignment_opening=re.compile(rf"^(?i:{accented('assignment_opening')})\s++(?=[{UPPER}])"),
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
    # the same on `_folded(text)` of a paragraph printed without marks, the verbs of two words or more only (folded,
    # one syllable merges words: "đặt" and "đất", "dừng" and "dùng"): "Chi dao Phong Van hoa …" of a scan
    folded_action_opening: re.Pattern[str]
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
    # a conjunction opening a clause of reason, not "vì vậy", "vì thế" (a consequence): "…, vì các tỉnh vẫn phải …"
    reason_opening: re.Pattern[str]
    # a verb of doing then how it is to be done, opening a paragraph: "Thực hiện đồng bộ các biện pháp …" (an
    # imperative, where "Thực hiện Công văn số …, …" opens the context)
    deed_with_manner: re.Pattern[str]
    # "Ban hành kèm theo Quyết định này Kế hoạch …", "Ban hành Quy chế … kèm theo Quyết định này", the title quoted
    # ("… này “Quy định chế độ làm việc …”"): an article issuing a text attached; group "type" the text's type as
    # printed
    issues_attached: re.Pattern[str]
    # "Ban hành Chương trình …, gồm những nội dung sau:": a text issued in the article itself, no "kèm theo"
    issues_inline: re.Pattern[str]
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
    # a paragraph opened by bodies, however many, then the formula sending them to act within their remit: "Các sở:
    # A, B; Công an tỉnh; UBND các huyện căn cứ chức năng, nhiệm vụ được giao khẩn trương …" (in its first sentence)
    bodies_in_remit: re.Pattern[str]
    # before the deed: told as done or going on ("đã", "đang"), or what the body said ("Sở Y tế cho biết để chuẩn bị
    # …, các bệnh viện tổ chức …"): the report's account, not the order; in small letters, as printed
    told_as_done: re.Pattern[str]
    schedule_label: re.Pattern[str]  # on the folded lower text, at a line's start: "thoi gian thuc hien:"
    # on an item's folded heading: an arrangement's label, up to six words of its own, then a colon ("doi tuong
    # tham gia:", "thoi gian to chuc dien dan: du kien …"); a line without one titles a stretch of the work
    folded_arrangement_label: re.Pattern[str]


@lru_cache(maxsize=1)
def task_cues() -> TaskCues:
    cues = load_cues("tasks.tsv", TASK_CUE_KINDS)
    action = alternation(cues, "action_opening", fold=False)
    adverb = alternation(cues, "obligation_adverb", fold=False)
    return TaskCues(
        action_opening=re.compile(rf"{action}(?!\w)", re.IGNORECASE),
        folded_action_opening=re.compile(
            "(?:"
            + "|".join(c.pattern for c in cues if c.kind == "action_opening" and _words(c.phrase) >= 2)
            + r")(?!\w)"
        ),
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
            rf"(?!(?:{alternation(cues, 'nominalizer', fold=False)})\s++{action}(?!\w))"
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
        reason_opening=re.compile(
            rf"(?<!\w){alternation(cues, 'reason_opening', fold=False)}(?!\w)(?![ \t]++(?:vậy|thế)(?!\w))",
            re.IGNORECASE,
        ),
        deed_with_manner=re.compile(
            rf"{action}\s++{alternation(cues, 'manner_adverb', fold=False)}(?!\w)", re.IGNORECASE
        ),
        issues_attached=re.compile(
            rf"^(?=[^.;]*?kèm\s+theo)(?:ban\s+hành|phê\s+duyệt)\s++(?:kèm\s+theo\s++\w++(?:\s++\w++)?\s++này\s++)?"
            rf"[“\"«]?(?P<type>{alternation(cues, 'issued_document', fold=False)})(?!\w)",
            re.IGNORECASE,
        ),
        issues_inline=re.compile(
            rf"^(?![^.;]*?kèm\s+theo)ban\s+hành\s++[“\"«]?(?:{alternation(cues, 'issued_document', fold=False)})(?!\w)",
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
        bodies_in_remit=re.compile(
            rf"(?=[{UPPER}])(?:[^.!?\n]|\.(?=\S)){{1,{REMIT_SUBJECT_CHARS}}}?(?<!\w)"
            rf"(?i:{alternation(cues, 'mandate', fold=False)})(?!\w)"
        ),
        schedule_label=re.compile(rf"{alternation(cues, 'schedule_label')}\s*:"),
        folded_arrangement_label=re.compile(
            rf"^{alternation(cues, 'arrangement_label')}(?!\w)(?:\s*+[^\s:]++){{0,6}}?\s*+:"
        ),
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


# a word of a body's name; a place's short name may be glued to its level by a stop ("Sở Tài chính TP.HCM")
_NAME_WORD = r"[^\s.;:]++(?:\.[^\s.;:]++)*+"


def _body_does(adverb: str, action: str) -> re.Pattern[str]:
    """`TaskCues.body_does`: the type words are the name grammar's (cues/agency_names.tsv), printed with their
    capital; its field printed with a capital, or its level ("Sở Tài chính", "Bưu điện huyện"): not "Trường
    hợp …"."""
    names = load_cues("agency_names.tsv", NAME_CUE_KINDS)
    type_phrases = {*phrases(names, "type_word", fold=False), *phrases(names, "type_word_level", fold=False)}
    types = "|".join(sorted(type_phrases | _abbreviated_types(type_phrases), key=lambda p: (-len(p), p)))
    # its field, its level, or the level of a class ("UBND các huyện, thị xã chủ động …")
    field = rf"(?=[{UPPER}]|(?:các\s++)?{level_pattern()}(?!\w))"
    # "nhân dân" qualifies the type ("Ủy ban nhân dân tỉnh", "Hội đồng nhân dân huyện"), it is not the field
    # after the name, what it is in this work, set off by a dash: "Sở Nông nghiệp và Phát triển nông thôn - Cơ quan
    # Thường trực Ban Chỉ huy Phòng chống thiên tai tỉnh theo dõi …"
    apposition = rf"(?:[-–]\s++(?=[{UPPER}])(?:[^\s.;:]++\s++){{1,30}}?)?"
    return re.compile(
        rf"(?i:{types})(?:\s++(?i:nhân\s++dân))?(?!\w)\s++{field}(?:{_NAME_WORD}\s++){{1,8}}?{apposition}"
        rf"(?i:(?:{adverb}\s++){{0,2}}{action})(?!\w)"
    )


def _abbreviated_types(type_phrases: set[str]) -> set[str]:
    """The abbreviations (abbreviations.csv) of a type word and what follows it, as a clerk prints a body's head:
    "UBND" (Ủy ban nhân dân), "TTYT" (Trung tâm Y tế); matched as printed, in capitals."""
    opens = re.compile(rf"(?i:{'|'.join(type_phrases)})(?!\w)")
    return {
        re.escape(abbr)
        for abbr, expansion in abbreviation_table().items()
        if abbr.isupper() and " " not in abbr and opens.match(expansion)
    }


def _office_does(adverb: str, action: str) -> re.Pattern[str]:
    """`TaskCues.office_does`: the titles are cues/roles.tsv `leader_title`, optionally "Phó …"."""
    titles = alternation(load_cues("roles.tsv", ROLE_CUE_KINDS), "leader_title", fold=False)
    return re.compile(
        rf"(?:(?i:phó)\s++)?(?i:{titles})\s++(?=[{UPPER}])(?:{_NAME_WORD}\s++){{1,8}}?"
        rf"(?i:(?:{adverb}\s++){{0,2}}{action})(?!\w)"
    )


def _words(phrase: str) -> int:
    return len(phrase.replace("[", " ").replace("]", " ").split())


def _folded(text: str) -> str:
    return fold_keep_case(text).lower()


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
    cells: set[str] = field(default_factory=set)  # a table row's filled columns (lead, time …); empty: no row
    previous_row: Item | None = None  # the row above in the same table (a lead merged down the rows)
    # a table row's every lead, coordinate and monitor cell, each piece of one a page break split
    role_cells: list[tuple[str, tuple[int, int]]] = field(default_factory=list)
    # where a table row's time cell is printed: its span, or each piece of a cell a page break split
    time_spans: list[tuple[int, int]] = field(default_factory=list)

    @property
    def depth(self) -> int:
        return 0 if self.parent is None else self.parent.depth + 1


def is_heading_line(text: str) -> bool:
    """A line that names what follows: short, not ended as a sentence ("NHIỆM VỤ TRỌNG TÂM")."""
    text = text.strip()
    return 0 < len(text) < 150 and not text.endswith((".", ";", ":", ","))


def is_directive_paragraph(text: str) -> bool:
    """A paragraph that orders something: a directive verb not reported ("theo đề nghị", "đã giao") nor
    cited ("chỉ đạo của …", "yêu cầu tại Công văn …"), in a paragraph that is not a closing formula (a closing
    with a deadline or a deed of its own orders: "Trên đây là Kế hoạch …, yêu cầu các sở … triển khai thực hiện,
    báo cáo kết quả gửi Ủy ban nhân dân tỉnh …")."""
    cues = section_cues()
    if closing_formula(text) and not (orders_more(text) or dated(text)):
        return False
    reported_end = -1  # where the last directive word told as reported ends ("đã có chỉ đạo")
    for match in cues.directive.finditer(text):
        if cues.not_directive_before.search(text[max(0, match.start() - 20) : match.start()]) or (
            reported_end >= 0 and not text[reported_end : match.start()].strip()
        ):
            # "… đã có chỉ đạo khẩn trương nhằm …": the words right after a reported one are its own
            reported_end = match.end()
            continue
        if cues.noun_before.search(text[max(0, match.start() - 8) : match.start()]):
            continue  # "Trưởng ban chỉ đạo 24 huyện chủ trì": a committee's name
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
        named = addressee >= 0 and _BODY_NAME_AT.match(text, addressee) is not None
        if cues.not_directive_after.match(text, word_end) and not named:
            continue  # "giao ban", "đề nghị của …"; but "đề nghị Ban Chỉ huy …" names a body
        if addressee >= 0 and not _addressee_at(cues, text, addressee):
            timed = cues.time_before_addressee.match(text, addressee)  # "chỉ đạo ngay tuần sau, các tỉnh …"
            if timed is None or not _addressee_at(cues, text, timed.end()):
                continue  # "lãnh đạo, chỉ đạo, huy động …": a noun of a narrative, not an order
        return True
    return False


def _addressee_at(cues: SectionCues, text: str, at: int) -> bool:
    """Whether a body addressed opens at `at`: a capital, an addressee's opening word ("các"), a named place
    ("huyện Vân Canh") or a count of places ("63 tỉnh, thành phố")."""
    return (
        text[at : at + 1].isupper()
        or cues.addressee_opening.match(text, at) is not None
        or _NAMED_PLACE.match(text, at) is not None
        or _COUNTED_PLACES.match(text, at) is not None
    )


# a capitalized word and another after it at an addressee: a body's name ("Ban Chỉ huy …", "Ban Quản lý …")
_BODY_NAME_AT = re.compile(rf"[{UPPER}]\w*+[ \t]++[{UPPER}]")
# a level word and a place's name: the body of that place ("huyện Vân Canh", "xã Canh Liên")
_NAMED_PLACE = re.compile(rf"{level_pattern()}\s++[{UPPER}]")
# a count of places of a level: "63 tỉnh, thành phố", "5 xã"
_COUNTED_PLACES = re.compile(rf"\d++\s++{level_pattern()}(?!\w)")

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


def first_sentence(text: str) -> str:
    """The text up to its first full stop followed by a space; a stop the sentence goes on after in small letters
    ("Cục Y tế dự phòng,.. phải tập trung …": a crawler's "and so on") ends none."""
    end = _SENTENCE_STOP.search(text)
    return text if end is None else text[: end.start() + 1]


_SENTENCE_STOP = re.compile(rf"\.(?= )(?! ++[{LOWER}])")


REMIT_SUBJECT_CHARS = 600  # the bodies before "căn cứ chức năng, nhiệm vụ": a list of a dozen names, semicolons and all
SCRAMBLED_TAIL_WORDS = 3  # words of a line OCR moved after the lead-in's colon


def dated(text: str) -> bool:
    """The paragraph sets a date, a period or a recurrence of its own ("… báo cáo về Sở trước ngày 08/5/2020")."""
    from .deadlines import find_deadlines  # a sibling stage, imported late: it is not needed otherwise

    return any(f.label != "immediate" for f in find_deadlines(text))


def closing(text: str, unless_dated: bool = False, last: bool = False) -> bool:
    """A closing paragraph: a closing formula, a request to carry out what was said above ("… thực hiện
    nghiêm túc các nội dung trên./."), or to report difficulties; among the body's last two paragraphs, a
    `closing_last` one too. With `unless_dated`, one with a deadline of its own is an order. A paragraph
    that hands a deed to a named body ("Giao Ban … tổ chức thực hiện …") is an order whatever it ends with."""
    cues = section_cues()
    text = text.lstrip("_ ")  # a speck of OCR before the formula: "_ Nhận Công điện này, yêu cầu …"
    if cues.assignment_opening.match(text):
        return False
    closes = (
        _closing_formula_found(text)
        or cues.closing_phrase.search(text)
        or cues.closing_with_subject.search(text)
        or cues.folded_closing_phrase.search(_folded(text))
        or (last and len(text) < 600 and cues.closing_last.match(text))
    )
    return bool(closes) and not (unless_dated and (dated(text) or orders_more(text))) and not requests_a_deed(text)


def requests_a_deed(text: str) -> bool:
    """A closing request ("Đề nghị … thực hiện./.") whose words before its last "thực hiện" hold a verb of doing
    besides the formula's own (sections.tsv: request_formula_word): "Đề nghị Đài truyền thanh xã, các đồng chí
    Trưởng thôn thông báo liên tục trên hệ thống truyền thanh … để nhân dân biết thực hiện./." hands its bodies a
    deed of their own, an order."""
    if section_cues().closing_with_subject.match(text) is None:
        return False
    end = text.lower().rfind("thực hiện")
    deeds = (  # verbs of doing (tasks.tsv: action_opening) opening a word after the request's verb
        m.group() for m in task_cues().action_opening.finditer(text, 1, end) if text[m.start() - 1].isspace()
    )
    return any(deed.lower() not in _request_formula_words() for deed in deeds)


@lru_cache(maxsize=1)
def _request_formula_words() -> frozenset[str]:
    cues = load_cues("sections.tsv", SECTION_CUE_KINDS)
    return frozenset(cue.phrase.lower() for cue in cues if cue.kind == "request_formula_word")


def closing_formula(text: str) -> bool:
    """`SectionCues.closing`, but not "thông báo cho … biết" as the deed a body is asked for ("… đề nghị Ban Chấp
    hành các chi đoàn thông báo cho đoàn viên được biết và thu đoàn phí …"): the letter's own closing tells, with
    no one ordered before it in its sentence ("Ban Thường vụ thông báo để các chi đoàn được biết"); nor a request
    handing its bodies a deed of their own (`requests_a_deed`)."""
    return _closing_formula_found(text) and not requests_a_deed(text)


def _closing_formula_found(text: str) -> bool:
    """`closing_formula` before the test of a deed requested (which `closing` makes once, of every form)."""
    cues = section_cues()
    found = cues.closing.search(text)
    if found is None or not found.group().lower().startswith("thông báo"):
        return found is not None
    sentence = text.rfind(". ", 0, found.start()) + 1
    return cues.directive.search(text, sentence, found.start()) is None


def orders_more(text: str) -> bool:
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
