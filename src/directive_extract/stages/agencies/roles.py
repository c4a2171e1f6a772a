"""Roles: what the words around a list of bodies say it must do (lead, coordinate, report_to).

"phối hợp với X" coordinates; "báo cáo … cho X", "tham mưu X", "kiến nghị với X" report to X;
"giao X", "đề nghị X", "X chủ trì" and the subject of an item lead. Bodies named only as the source
of a cited document or instruction ("theo hướng dẫn của Bộ Y tế") get no role. The issuer giving
the order ("Phòng GD&ĐT yêu cầu các đơn vị …") is the speaker, not an actor of the task.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ...cues import Cue, alternation, load_cues
from ...document import Document
from ...item_labels import CARDINAL_WORDS, ITEM_MARKER
from ...names import name_pattern
from ...patterns import skipping
from ...vn import LOWER, UPPER, fold_keep_case
from ...vocab import level_pattern
from .directive_lists import FORCES_BEFORE, FORCES_WORD
from .matcher import fold_key
from .members import names_a_member
from .mentions import LIST_GAP, Mention
from .role_cue_kinds import ROLE_CUE_KINDS

# a dot between two digits is a dotted item's number ("2.1 Phòng Y tế:") or a figure, no sentence's end
_CLAUSE_START = re.compile(r"[;:!?\n…]|\.(?!\d)|(?<!\d)\.")


def _phrases_of_two_words(cues: tuple[Cue, ...], kind: str) -> list[Cue]:
    """The cues of `kind` whose phrase holds two words or more besides its optional ones ("điện khẩn", not "giao
    [cho]")."""
    return [c for c in cues if c.kind == kind and len(_OPTIONAL.sub(" ", c.phrase).split()) >= 2]


_OPTIONAL = re.compile(r"\[[^\]]*\]")


@dataclass(frozen=True)
class RolePatterns:
    """The role cues of resources/cues/roles.tsv compiled into the patterns `role_of` reads.

    All run on folded, lower-cased text: the words right before a list (`*_before`, ending at
    the list), right after it (`*_after`, from the list's end), or a label before it.
    """

    coordinate_before: re.Pattern[str]
    label: re.Pattern[str]
    field_label: re.Pattern[str]  # on the folded lower text, at a line's start: "đơn vị chủ trì:", "cơ quan phối hợp:"
    report_before: re.Pattern[str]
    lead_before: re.Pattern[str]
    subject_before: re.Pattern[str]
    subject_after: re.Pattern[str]
    action_after: re.Pattern[str]
    agent_before: re.Pattern[str]
    not_actor_before: re.Pattern[str]
    coordinate_after: re.Pattern[str]
    # a partner's or a receiver's cue and up to four words of a generic head, ending a clause a colon closes
    # ("phối hợp giữa các cơ quan", "báo cáo kết quả về các đơn vị sau"), on folded lower text
    coordinate_head: re.Pattern[str]
    report_head: re.Pattern[str]
    source_before: re.Pattern[str]
    speaker_verb: re.Pattern[str]
    passive_before: re.Pattern[str]
    reported_verb: re.Pattern[str]
    told_after: re.Pattern[str]  # "chỉ đạo." after a body: it spoke the order its sentence told before it
    subject_reported_verb: re.Pattern[str]  # "kêu gọi" after a body: it spoke when it opens its clause
    chair_before: re.Pattern[str]  # "Phó Chủ tịch " right before a body, on the folded lower text
    chair_directs: re.Pattern[str]  # "chỉ đạo" then what is directed, on the folded text
    office_as_body: re.Pattern[str]  # "Thủ tướng": an office that is a body, at a mention's start (folded text)
    # an item titled by the duties every addressee shares ("1. Trách nhiệm chung"), on folded lower text
    common_duty_heading: re.Pattern[str]
    duty_heading: re.Pattern[str]  # an item that opens with a duty title ("2. Trách nhiệm của …"), on folded lower text
    leader_tail: re.Pattern[str]  # an office printed right before the body ("… giúp Chủ tịch UBND tỉnh")
    directive_verb: re.Pattern[str]  # on the accented text, case-insensitive: folded, "giao" is also "Giáo"
    # the verbs of two words or more, on the folded text lower-cased: a scan that lost a tone mark ("điện khân" for
    # "điện khẩn") still prints them, and no other words fold to them
    directive_phrase: re.Pattern[str]
    named_actor_head: re.Pattern[str]  # on the accented text, case-insensitive (the caller checks the capitals)
    issuer_organ: re.Pattern[str]  # on a folded name: "ban thuong vu " before the issuer's own
    assignee_head: re.Pattern[str]  # on the accented text, case-insensitive: "Giao bộ phận …", "Giao công chức …"
    # on the masked clause before a body (folded, lower case): a text of another body's, its author named ("công văn
    # của @ gửi", "văn bản do @ ban hành gửi tới"), then the verb of sending right before the body: the body is an
    # addressee of that text, as a report tells it, not the receiver of what the item's actor sends
    addressee_of_a_text: re.Pattern[str]
    # on the text as printed: a person's name after an office ("Chủ tịch UBND tỉnh Nguyễn Văn A yêu cầu"), then a
    # reporting adverb; the office's own words first where a body names it (`title_tail`: "Phó Thủ tướng Thường trực
    # Chính phủ Trương Hòa Bình yêu cầu")
    name_then_adverb: re.Pattern[str]


_ITEM_MARKER = rf"\s*+{ITEM_MARKER}?"
_HEAD_WORDS = r"(?:\s++[^\s.;:,@]++){0,4}?\s*+$"  # the generic head after a cue: "các cơ quan sau"


# a connector that goes on with the orders before it, opening the clause whose subject the body is: "Bên cạnh đó, Bộ
# Y tế phối hợp với …", "Ngoài ra, …", "Cùng (với) đó, …" (folded)
_GOING_ON = r"(?:ben\s+canh\s+do|ngoai\s+ra|cung\s+(?:voi\s+)?do)\s*,\s*"


@lru_cache(maxsize=1)
def role_patterns() -> RolePatterns:
    cues = load_cues("roles.tsv", ROLE_CUE_KINDS)

    def alt(kind: str) -> str:
        return alternation(cues, kind)

    leader = rf"(?:(?:pho\s+)?{alt('leader_title')}\s+)?"
    return RolePatterns(
        # a channel is a partner only right before it: "thông qua tại Kỳ họp thứ nhất, Quốc hội" passes a law
        coordinate_before=re.compile(
            rf"(?:{alt('coordinate_before')}|{alt('channel_before')})\s*$|^\s*(?:{alt('coordinate_opening')})\s*$"
        ),
        label=re.compile(rf"(?:(?P<lead>{alt('label_lead')})|(?P<coordinate>{alt('label_coordinate')}))\s*:?\s*$"),
        field_label=re.compile(rf"(?:{alt('label_lead')}|{alt('label_coordinate')})\s*:"),
        report_before=re.compile(
            # no order given between the verb and its receiver ("hồ sơ đề nghị" is a file): "sau phản ánh của báo
            # chí …, Chủ tịch đã có những chỉ đạo khẩn cho các sở" directs the departments, no one reports to them
            rf"{alt('report_verb')}(?:(?!chi\s+(?:dao|thi)(?!\w))[^.:]){{0,180}}?\s{alt('report_to_word')}\s*$"
            rf"|{alt('report_before')}\s*$"
            rf"|{alt('send_verb')}(?:\s+{alt('send_object')})?(?:\s+{alt('send_to_word')})?\s*$"
        ),
        lead_before=re.compile(
            rf"(?:{alt('lead_verb')}(?:\s++[^.;:,]{{1,30}}?\s+va)?|{alt('lead_before')}|doi\s+voi[^.;:]*\()\s*$"
        ),
        # a list that opens its clause is the subject: the body that must act
        # each item atomic: "i)" is both a letter and a roman numeral, and a run of such markers must not
        # be re-parsed in every combination (exponential)
        subject_before=re.compile(
            # "1. Mời Ban Tuyên giáo Tỉnh ủy" then its duties: a body the issuer does not command is invited to act
            rf"^\s*+(?>{ITEM_MARKER}|rieng\s+|dong\s+thoi\s*,?\s*|trong\s+do\s*,?\s*|(?:kinh\s+)?moi\s+|{_GOING_ON}"
            r"|\w+\s+ngay\s*,\s*|cac\s+(?:nganh|dia\s+phuong|don\s+vi|co\s+quan)[^,.;]{0,20}?\s+va\s+"
            # a class of units, or their heads, opening the list before its comma: "Trưởng các đơn vị, Công đoàn, …"
            rf"|(?:{alt('any_head_title')}\s+)?cac\s+(?:don\s+vi|co\s+quan)(?:\s+truc\s+thuoc)?\s*,\s*)*"
            # the members of a body opening the list act for it ("Các thành viên Ban Chỉ đạo, Giám đốc Sở …")
            rf"(?:{alt('honorific')}\s+)?(?:{alt('duty_title')}\s+)?(?:(?:cac\s+)?thanh\s+vien\s+)?" + leader + "$"
        ),
        subject_after=re.compile(r"^\s*(?:\(.*?\)\s*)?" + alt("lead_after")),
        action_after=re.compile(r"^\s*(?:\(.*?\)\s*)?" + alt("action_after") + r"\b"),
        # `skipping`: re skips ahead to the cues' first letters instead of trying the look-behind at every offset
        agent_before=re.compile(skipping(rf"(?<!\w){alt('agent_before')}\s*$")),
        not_actor_before=re.compile(skipping(rf"(?<!\w){alt('not_actor_before')}\s*$")),
        coordinate_after=re.compile(rf"^\s*(?:\(.*?\)\s*)?(?:{alt('coordinate_adverb')}\s+)?{alt('coordinate_after')}"),
        coordinate_head=re.compile(rf"(?<!\w)(?:{alt('coordinate_before')}){_HEAD_WORDS}"),
        report_head=re.compile(
            rf"(?<!\w)(?:{alt('report_before')}|{alt('send_verb')}(?:\s+{alt('send_object')})?\s+{alt('send_to_word')}"
            rf"|{alt('report_verb')}\s+{alt('report_to_word')}){_HEAD_WORDS}"
        ),
        # the body is only the author of a cited document or instruction
        source_before=re.compile(
            # a number is read from the start of its token (only the match's end is used): tried from every
            # digit of a long token, `[\d/][\w./-]*` rescanned it
            rf"(?:{alt('source_noun')}|(?<![\w./-])(?=[\w./-]*?[\d/])[\w./-]++|\d{{4}})\s+(?:cua|do)\s+|van\s+ban(?:\s+chi\s+dao)?\s+"
        ),
        speaker_verb=re.compile(rf"^\s*(?:\(.*?\)\s*)?{alt('speaker_verb')}\b"),
        passive_before=re.compile(skipping(rf"(?<!\w){alt('passive_before')}\s*$")),
        reported_verb=re.compile(rf"^\s*(?:\(.*?\)\s*)?{alt('reported_verb')}\b"),
        subject_reported_verb=re.compile(rf"^\s*+{alt('subject_reported_verb')}\b"),
        chair_before=re.compile(
            rf"(?<!\w)(?:(?:{alt('honorific')}|{alt('person_honorific')})\s++)?(?:pho\s++)?"
            rf"(?:{alt('chair_title')})\s++$"
        ),
        chair_directs=re.compile(rf"[ \t]*+(?i:{alt('chair_directs_verb')})[ \t]++(?=\w)"),
        office_as_body=re.compile(rf"(?i:{alt('office_as_body')})(?!\w)"),
        told_after=re.compile(rf"^[ \t]*+{alt('told_after_verb')}[ \t]*+[.!?”\"]"),
        leader_tail=re.compile(rf"(?<!\w)(?:pho\s+)?{alt('leader_title')}\s+$"),
        common_duty_heading=re.compile(_ITEM_MARKER + alt("common_duty_title") + r"\b"),
        duty_heading=re.compile(_ITEM_MARKER + alt("duty_title") + r"\b"),
        directive_verb=re.compile(alternation(cues, "lead_verb", fold=False) + r"\s+", re.IGNORECASE),
        directive_phrase=re.compile(rf"(?<!\w){alternation(_phrases_of_two_words(cues, 'lead_verb'), 'lead_verb')}\s+"),
        named_actor_head=re.compile(alternation(cues, "named_actor_head", fold=False) + r"[ \t]+", re.IGNORECASE),
        issuer_organ=re.compile(alt("issuer_organ") + r" "),
        assignee_head=re.compile(alternation(cues, "assignee_head", fold=False) + r"[ \t\n]+", re.IGNORECASE),
        addressee_of_a_text=re.compile(
            rf"(?<!\w){alt('source_noun')}[^.;:]{{0,60}}?\s(?:cua|do)\s++@[^.;:]{{0,40}}?\sgui(?:\s++(?:toi|den|cho))?\s*+$"
        ),
        name_then_adverb=re.compile(
            rf"(?:[ \t]++(?i:{alternation(cues, 'title_tail', fold=False)})(?!\w))?"
            rf"[ \t]*+(?:(?-i:[{UPPER}])[^\W\d_]*+[ \t]++){{0,4}}+(?:(?:đã|vừa|cũng|tiếp\s+tục|đồng\s+thời)[ \t]++)*"
        ),
    )


# what may stand between a source cue ("chỉ đạo của") and a later body of the same list
_LIST_FILLER = re.compile(r"^(?:[\s,;]|\bva\b|\bcac\b|\bcung\b|thuong\s+truc|lanh\s+dao|@)*$")


def clause_start(flat: str, start: int, floor: int = 0) -> int:
    """Where the clause holding `start` begins: after the last sentence's or clause's mark before it (a dotted item's
    "2.1" is none), within 240 characters and not before `floor`."""
    window_start = max(floor, start - 240)
    return max((m.end() for m in _CLAUSE_START.finditer(flat, window_start, start)), default=window_start)


def _clause_before(flat: str, start: int, floor: int) -> str:
    return flat[clause_start(flat, start, floor) : start]


def _is_source(before: str, masked: str) -> bool:
    """Only the author of a cited document or instruction ("các văn bản chỉ đạo của Ban Bí thư, …")."""
    cues = list(role_patterns().source_before.finditer(masked))
    return bool(cues) and bool(_LIST_FILLER.match(masked[cues[-1].end() :]))


# the units of a body named before it, "of" it or of their kind ("cơ quan chức năng của Bộ Y tế", "các đơn vị liên quan
# thuộc …", "các đơn vị nghiệp vụ Cục X", "các đơn vị chức năng của (Ban A, …)", "các lực lượng của Bộ Chỉ huy …")
_UNITS_OF = re.compile(
    r"(?<!\w)(?:cac\s+)?(?:co\s+quan|don\s+vi|bo\s+phan|luc\s+luong)"
    r"(?:(?:\s+\w+){0,3}?\s+(?:cua|thuoc)|\s+(?:nghiep\s+vu|chuc\s+nang|chuyen\s+mon))\s*(?:\(\s*)?$"
)
# "khi được X đồng ý": a consent to be asked for, X receives the request (report_to), not a decision taken
_CONSENT_BEFORE = re.compile(r"(?:\bkhi|\bneu)\s+duoc\s*$")
# a generic actor joined to the list right before it ("phối hợp với các cơ quan liên quan và Công an tỉnh"): the
# list is a conjunct of the object the cue before the generic names
_GENERIC_NOUN = (
    r"(?:co\s+quan|chinh\s+quyen|don\s+vi|dia\s+phuong|so|ban|nganh|doan\s+the|to\s+chuc|luc\s+luong|doanh\s+nghiep"
    r"|thanh\s+vien|cap\s+uy)"
)
_GENERIC_CONJUNCT = re.compile(
    rf"(?<!\w)(?:cac\s++)?{_GENERIC_NOUN}(?:\s*+,\s*+{_GENERIC_NOUN}){{0,4}}+"
    r"(?:\s++[^\s.;:,@]++){0,4}?(?:\s*+,|\s++(?:va|hoac))\s*+$"
)
# a generic last member closing the list of named bodies before their verb ("… và các đơn vị liên quan tiếp tục
# thực hiện", "…, các cơ quan, đơn vị có liên quan chủ động …"): folded, lower-cased, from the end of the last name
# or the ellipsis a list of examples ends with ("… Sở Y tế, Ban Quản lý Khu nông nghiệp công nghệ cao… cần rà soát")
_GENERIC_TAIL = re.compile(
    rf"\s*+(?:,|va|cung)\s*+(?:cac\s++)?{_GENERIC_NOUN}(?:\s*+,\s*+{_GENERIC_NOUN}){{0,4}}+"
    r"(?:\s++(?:co\s++)?lien\s++quan|\s++khac)?(?=\s)|[ \t]*+,?[ \t]*+(?:…|\.{2,3})(?=[ \t]++\w)"
)
# a name the recognizer did not read, printed with a capital (vn.UPPER), up to nine words, joined to the list
# right before it ("phối hợp với Đội Quản lý thị trường số 7 và các xã"): on the text as printed
_NAME_CONJUNCT = re.compile(
    rf"(?<![^\s(])(?-i:[{UPPER}])[^\s.;:,@]*+(?:[ \t]++[^\s.;:,@]++){{0,8}}?(?:[ \t]*+,|[ \t]++(?:và|hoặc))[ \t]*+$"
)


# "đã" marks a deed done, not one ordered (on the text as printed: folded, "đã" is also "đà", "dã"); "đã được"
# is a passive, read by the cues (an assignment made: "Sở Y tế đã được giao chủ trì"); an order given is still to
# be done by the body it names ("UBND tỉnh đã yêu cầu Sở Y tế rà soát": `ordering_verb` cues), not a thing handed over
# to it ("kinh phí đã giao cho Công an tỉnh")
# before a body: "đã" and the cue of its verb, up to four words with no new clause or verb joined by "và", "nên" …
@lru_cache(maxsize=1)
def _past_before() -> re.Pattern[str]:
    cues = load_cues("roles.tsv", ROLE_CUE_KINDS)
    ordering = alternation(cues, "ordering_verb", fold=False)
    joiner = alternation(cues, "clause_joiner", fold=False)  # "… đã đến gần nên UBND TP phải …": a new clause
    return re.compile(
        rf"(?<!\w)đã[ \t\n]++(?!được|{ordering}(?!\w)(?![ \t\n]++cho(?!\w)))"
        rf"(?:(?!{joiner}(?!\w))[^\s,.;:]++[ \t\n]++){{1,4}}$",
        re.IGNORECASE,
    )


@lru_cache(maxsize=1)
def _past_after() -> re.Pattern[str]:
    """A deed told as done right after the bodies ("Các xã đã ban hành kế hoạch"); not a condition whose consequence
    they must draw ("X, Y đã trễ tiến độ thì phải báo cáo …"), nor one a contrast turns into a duty in the same
    sentence ("… đã phê duyệt Đề án nhưng kết quả còn thấp, cần có giải pháp", `past_contrast`, `contrast_binds`)."""
    cues = load_cues("roles.tsv", ROLE_CUE_KINDS)
    contrast = alternation(cues, "past_contrast", fold=False)
    binds = alternation(cues, "contrast_binds", fold=False)
    return re.compile(
        r"[ \t\n]*+đã[ \t\n]++(?!được)(?![^.;:!?\n]{0,80}?[ \t]thì[ \t])"
        rf"(?![^.;:!?\n]{{0,200}}?(?<!\w){contrast}(?!\w)[^.;:!?\n]{{0,120}}?(?<!\w)(?<!không\s){binds}(?!\w))",
        re.IGNORECASE,
    )


# "của" right before a body: it owns what the words before name ("Thường trực Ủy ban … của Quốc hội")
_POSSESSOR_BEFORE = re.compile(r"(?<!\w)cua\s*+$")
# a reporting or sending clause, then "(qua" / "(thông qua" right before a body: the body the report goes through
# ("báo cáo kết quả về UBND tỉnh (qua Sở Nội vụ)") receives it too (folded lower text of the clause)
_REPORT_THROUGH = re.compile(
    r"(?<!\w)(?:bao\s+cao|gui|nop|phan\s+anh)\s[^.;()]{0,200}(?:\((?:\s*thong)?|\sthong)\s*qua\s+(?:cac\s+)?$"
)
# the head of a shared-head list, right before its first member ("phối hợp với các Bộ: Công an, …")
_COUNTS = "|".join(fold_keep_case(word) for word in CARDINAL_WORDS[1:])  # folded: "ba bộ:" (shared_heads._COUNT)
# "các Bộ:", "ba bộ:", "các Sở ngành (": the head of a shared-head list (shared_heads.py)
_SHARED_HEAD_BEFORE = re.compile(rf"(?:^|\s)(?:cac|{_COUNTS}|\d{{1,2}})\s+[^.;:()\n]{{1,60}}(?::|\()\s*$")
_WORKING_TOGETHER = re.compile(r"(?:^|\s)phoi\s+hop\s+giua\s*$")  # folded, lowered


def only_named_by(folded: str, flat: str, mention: Mention, floor: int, masked_folded: str) -> bool:
    """Whether the words before a body make it only the author of a cited document ("theo Phương án số 7178/PA-UBND
    của UBND tỉnh"), the parent of the unit that acts ("đơn vị trực thuộc UBND tỉnh") or the body a member sits in:
    no actor, even in a table's lead or partner column."""
    before, masked = _words_before(folded, flat, mention.start, floor, masked_folded)
    return _is_source(before, masked) or bool(role_patterns().not_actor_before.search(before))


def _words_before(folded: str, flat: str, start: int, floor: int, masked_folded: str) -> tuple[str, str]:
    """The clause before a body, folded and lower-cased, plain and with the other bodies masked, without an
    office printed right before it: "giúp Chủ tịch UBND tỉnh" reads as "giúp UBND tỉnh"."""
    # `folded` is `flat` folded character by character: its slices are the folded slices of `flat`
    clause = _clause_before(flat, start, floor)
    before = folded[start - len(clause) : start].lower()
    masked = masked_folded[start - len(clause) : start].lower()
    office = role_patterns().leader_tail.search(before)
    if office:
        before, masked = before[: office.start()], masked[: office.start()]
    # "phối hợp với các (cơ quan) Công đoàn cơ sở": "các", "cơ quan" are the name's, not the cue's (searched only
    # where the clause ends with one of them)
    plural = _PLURAL_TAIL.search(before) if before.rstrip(" \t\n").endswith(_PLURAL_TAIL_ENDS) else None
    if plural:
        before, masked = before[: plural.start()], masked[: plural.start()]
        office = None if office else role_patterns().leader_tail.search(before + " ")
        if office:  # "yêu cầu lãnh đạo các huyện Đô Lương, …": the office before the plural
            before, masked = before[: office.start()], masked[: office.start()]
    return before, masked


# on the folded, lower-cased clause; "(các) cơ quan", "(các) lực lượng" in apposition too ("phối hợp với các cơ quan
# Tòa án", "đề nghị lực lượng công an tỉnh")
_APPOSED = rf"co[ \t\n]++quan|{FORCES_WORD}"
_PLURAL_TAIL_ENDS = ("cac", "quan", "luong")
_PLURAL_TAIL = re.compile(rf"(?:^|[ \t\n])(?:cac(?:[ \t\n]++(?:{_APPOSED}))?|{_APPOSED})[ \t\n]++$")


_FORCES_BEFORE = re.compile(rf"(?<!\w)(?i:{FORCES_BEFORE})$")  # on the folded text, as printed
_BRACKET_OF_A_GENERIC = re.compile(
    r"(?<!\w)(?i:cac[ \t\n]++(?:don[ \t\n]++vi|co[ \t\n]++quan|luc[ \t\n]++luong))[^()\n.;:]{0,40}?\([ \t\n]*+$"
)


# "chịu trách nhiệm (…) trước" a body, then the failure it answers for ("… nếu để xảy ra …", "… khi để xảy ra …",
# "… nếu không làm hết trách nhiệm"): a sanction, not a report; on the folded text
_ACCOUNTABLE = re.compile(r"trach\s+nhiem")
_IF_A_FAILURE = re.compile(r"[ \t\n]*+(?:\([^()\n]{0,60}\)[ \t\n]*+)?(?i:neu|khi)[ \t\n]++(?i:de|khong)(?!\w)")


def _listed_bodies_start(flat: str, masked_folded: str, start: int, end: int) -> int:
    """Where the bodies listed right before `end` begin, only list separators (LIST_GAP) between them ("phối hợp với
    @@@@@@@ và | các tỉnh, thành phố: …", the bodies masked), `end` when none is."""
    while (body_end := masked_folded.rfind("@", start, end) + 1) and LIST_GAP.match(flat[body_end:end]):
        end = body_end - 1
        while end > start and masked_folded[end - 1] == "@":
            end -= 1
    return end


def role_of(folded: str, flat: str, group: list[Mention], floor: int, masked_folded: str) -> str | None:
    first, last = group[0], group[-1]
    cues = role_patterns()
    anchor = first.start
    if first.rule == "agency.force_list":  # "phối hợp với lực lượng Công an, …": the words before "lực lượng"
        opening = _FORCES_BEFORE.search(folded, max(floor, anchor - 20), anchor) or _BRACKET_OF_A_GENERIC.search(
            folded, max(floor, anchor - 60), anchor
        )  # "phối hợp với các đơn vị có liên quan (Bộ đội Biên phòng, …)": the words before the generic
        anchor = opening.start() if opening else anchor
    if first.rule.startswith("agency.shared_head"):  # "phối hợp với các Bộ: Công an, …": the words before the head
        head = _SHARED_HEAD_BEFORE.search(folded[max(floor, anchor - 80) : anchor].lower())
        if head:
            head_start = max(floor, anchor - 80) + head.start() + (head.group()[:1].isspace())
            clause_start = head_start - len(_clause_before(flat, head_start, floor))
            before_head = folded[clause_start:head_start].lower()
            # "phối hợp với Bộ Y tế và các tỉnh, thành phố: …": the head goes on a list of bodies; the words before it
            listed_from = _listed_bodies_start(flat, masked_folded, clause_start, head_start)
            before_head = before_head[: listed_from - clause_start]
            if _WORKING_TOGETHER.search(before_head):  # "sự phối hợp giữa ba bộ: …": the bodies do it together
                return "lead"
            if cues.coordinate_before.search(before_head):
                return "coordinate"
            if cues.report_before.search(before_head):
                return "report_to"
            if _is_source(before_head, before_head):
                return None  # "tiếp thu ý kiến của các Bộ: Tài chính, Tư pháp": the authors of what is taken in
            # "Giao các Sở (Y tế, Công Thương) kiểm tra": members in brackets open their clause as a colon's do
            bracketed = head.group().rstrip().endswith("(")
            if bracketed and (cues.lead_before.search(before_head) or cues.subject_before.match(before_head)):
                return "lead"
    before, masked = _words_before(folded, flat, anchor, floor, masked_folded)
    examples = _EXAMPLES.search(folded, max(floor, anchor - 12), anchor)
    if examples:  # "các tổ chức được cho phép như: Công ty IIG, …": examples of a generic, which has the role
        generic = _role_of_the_generic(cues, folded[max(floor, examples.start() - 160) : examples.start()].lower())
        if generic is not _UNDECIDED:
            return generic
    label = cues.label.search(folded[max(floor, anchor - 40) : anchor].lower())
    if label:  # "a) Đơn vị chủ trì: Sở Xây dựng.  b) Đơn vị phối hợp: Sở GDĐT, …"
        return "coordinate" if label.group("coordinate") else "lead"
    if cues.addressee_of_a_text.search(masked):
        return None  # "công văn của Bộ Xây dựng gửi UBND tỉnh …": whom another body's text was sent to, no receiver
    if "qua" in before[-12:] and _REPORT_THROUGH.search(before):  # "báo cáo về UBND tỉnh (qua Sở Nội vụ)"
        return "report_to"
    if not before.strip(" \t\n-+•*"):
        headed = _role_of_the_head(folded, floor, anchor)  # "phối hợp giữa các cơ quan: Sở Tư pháp, …"
        if headed:
            return headed
    if _past_after().match(flat, last.end) or _past_before().search(flat, max(floor, anchor - 40), anchor):
        return None  # "Các xã đã ban hành kế hoạch", "kinh phí đã giao cho Công an tỉnh": a report of what was done
    asked = cues.report_before.search(before)  # "xin ý kiến của Bộ Tư pháp": asked, not cited
    if (_is_source(before, masked) and not asked) or (
        cues.passive_before.search(before) and not _CONSENT_BEFORE.search(before)
    ):
        return None  # the author of a cited document, or of a decision taken ("đã được UBND tỉnh phê duyệt")
    unit = _UNITS_OF.search(before)  # "phối hợp với cơ quan chức năng của Bộ Y tế": the partner is the body's unit
    if unit and cues.coordinate_before.search(before[: unit.start()]):
        return "coordinate"
    if unit and cues.report_before.search(before[: unit.start()]):
        return "report_to"
    if cues.not_actor_before.search(before):
        return None  # "đại biểu Hội đồng nhân dân tỉnh", "các đơn vị trực thuộc Sở Y tế": someone else acts
    if cues.coordinate_before.search(before):
        return "coordinate"
    if asked and _ACCOUNTABLE.search(asked.group()) and _IF_A_FAILURE.match(folded, last.end):
        return None  # "chịu trách nhiệm trước Chủ tịch UBND tỉnh nếu để xảy ra …": answers for a failure, no receiver
    if asked or _reports_to_before(folded, floor, anchor):
        return "report_to"
    # the conjunct a generic noun ends, or an unread name ("… Đội quản lý thị trường số 7 và X": "số" folds as
    # "sở", a generic noun, so each reading is tried)
    for conjunct in (_GENERIC_CONJUNCT.search(before), _NAME_CONJUNCT.search(flat[anchor - len(before) : anchor])):
        if conjunct and cues.coordinate_head.search(before[: conjunct.start()]):
            return "coordinate"  # also "phối hợp với Ủy ban nhân dân các địa phương và X": a generic's head before it
        if conjunct and cues.report_head.search(before[: conjunct.start()]):
            return "report_to"
        if conjunct and _asked_to_act(cues, masked[: conjunct.start()]):  # masked: "Phòng Giáo dục" is no "giao"
            return "lead"  # "Đề nghị các tổ chức, doanh nghiệp, Hiệp hội Du lịch tỉnh …": one list of addressees
    after = folded[last.end : last.end + 60].lower()
    tail = _GENERIC_TAIL.match(folded[last.end : last.end + 120].lower())
    if tail:  # "…, UBND các xã và các đơn vị liên quan tiếp tục …": the verb after the list's generic last member
        after = folded[last.end + tail.end() : last.end + tail.end() + 60].lower()
    lead = cues.lead_before.search(before)
    if lead and not (lead.group().startswith("doi") and not cues.subject_before.match(before[: lead.start()])):
        return "lead"  # not "kiểm tra công tác … đối với các sở, ngành": "đối với" there names an object
    if cues.coordinate_after.match(after):
        return "coordinate"
    if cues.subject_before.match(before) or (
        _subject_after_its_matter(cues, before, masked, after)
        # not the leader whose order it tells, named after his office: "Về việc …, Phó Thủ tướng Hoàng Trung Hải yêu
        # cầu …"; "quyết định" is a deed here ("thì Sở Tài chính quyết định mức chi"): the reported verbs only
        and not cues.reported_verb.match(_after_a_name(flat, folded, last.end))
    ):
        return "lead"
    if names_a_member(flat, anchor - len(_clause_before(flat, anchor, floor)), anchor) and not (
        cues.reported_verb.match(after)
    ):
        # "(3) Bà Lò Thị A - Trưởng Ban Dân tộc HĐND tỉnh": the member's body acts with the member; not when a
        # verb of saying follows ("Ông A - Giám đốc Sở X cho biết, …" reports what the speaker said)
        return "lead"
    if _POSSESSOR_BEFORE.search(before):
        return None  # "Thường trực Ủy ban … của Quốc hội chủ trì": the verb's subject is the possessed, not the body
    if cues.subject_after.match(after):
        return "lead"
    if cues.action_after.match(after) and not cues.agent_before.search(before):
        return "lead"  # "…, Bộ Tài chính khẩn trương rà soát": the subject of the item's verb
    return None


# a clause opened by its matter or its case (folded, lower-cased): "Về xây dựng Đề án …, ", "Đối với các đơn vị sự
# nghiệp … thì ", "Trường hợp … thì "
_FRONTED_ADVERBIAL = re.compile(
    # up to its "thì" (after it the main clause goes on: "… thì hiệu trưởng hướng dẫn …, trung tâm GDTX")
    rf"^\s*+{ITEM_MARKER}?(?:rieng\s++)?(?:ve|doi\s++voi|truong\s++hop|khi|neu)\s(?:(?!\sthi\s)[^.;:!?\n])*?"
    r"(?:,|\sthi)\s*+$"
)
_TOLD_BY = re.compile(r",\s*+theo\s")  # "Về chủ quan, theo lời ông A, Giám đốc Sở …": who tells it
_CLAUSE_ENDS = re.compile(r"\s*+(?:[;.!?]|$)")  # no word after the body in its clause


def _subject_after_its_matter(cues: RolePatterns, before: str, masked: str, after: str) -> bool:
    """The first body after the clause's matter or case is its subject: "Về xây dựng Đề án …, các Bộ … chưa xây
    dựng thì phải …", "Trường hợp … thì Bộ, ngành, địa phương tự cân đối"; not the teller of a report."""
    return (
        _FRONTED_ADVERBIAL.match(before) is not None
        # bodies inside the matter ("Đối với các đơn vị sự nghiệp … thì") only when "thì" closes it: else a body
        # before in the clause is the subject or an object ("Đối với …, phối hợp với Sở A, UBND các huyện")
        and ("@" not in masked or before.rstrip().endswith("thi"))
        and _TOLD_BY.search(before) is None
        and cues.subject_reported_verb.match(after) is None
        # a subject has its verb after it: "Về cơ cấu …, lực lượng vũ trang, Mặt trận Tổ quốc;" ends a list of the
        # matter's own words
        and _CLAUSE_ENDS.match(after) is None
    )


_ITEM_OPENING = re.compile(r"[\s\-+•*]*+(?:\w{1,3}[.)][\s]*+)?")
_OWNER_OR_OBJECT = re.compile(r"(?<!\w)(?:cua|doi\s+voi)\s*$")  # right before the generic: its owner's, an object
# where the generic noun before "như" opens ("… với | các đơn vị liên quan như"): its last plural word
_GENERIC_START = re.compile(r"^.*(?<!\w)(?P<generic>cac|nhung|mot\s+so)\s[^,;]*,?\s*$", re.DOTALL)
# "như", maybe a colon, right before a list: the list gives examples of the generic noun before it
_EXAMPLES = re.compile(r"(?<!\w)[Nn]hu[ \t]*+:?[ \t\n]*+$")


_UNDECIDED = "undecided"  # the words before a generic decide nothing: the list is read as any list


def _role_of_the_generic(cues: RolePatterns, window: str) -> str | None:
    """The role of the generic noun whose examples follow "như" ("phối hợp với các đơn vị như …": partners; "đề
    nghị các đơn vị như …": actors; "công nhận chứng chỉ của các tổ chức như …": none), read in its clause;
    `_UNDECIDED` when the words before the generic decide nothing."""
    clause = _CLAUSE_START_NOT_COLON.split(window)[-1]
    generic = _GENERIC_START.search(clause)
    if generic is None:
        return _UNDECIDED
    before = clause[: generic.start("generic")]
    if cues.coordinate_before.search(before):
        return "coordinate"
    if cues.report_before.search(before):
        return "report_to"
    if _ITEM_OPENING.fullmatch(before) or _asked_to_act(cues, before):
        return "lead"  # "Các đơn vị như Sở Y tế, Sở Tài chính rà soát …": the generic opens its clause, its subject
    if _OWNER_OR_OBJECT.search(before):
        return None  # "công nhận chứng chỉ của các tổ chức như …", "… đối với các tổ chức như …": no actors
    return _UNDECIDED


def _asked_to_act(cues: RolePatterns, before: str) -> bool:
    """A directive verb right before ("giao", "đề nghị"), not "đối với" naming an object."""
    lead = cues.lead_before.search(before)
    return lead is not None and not lead.group().startswith("doi")


# "báo cáo … cho / lên / tới" in the wider clause before a body: it receives the report (folded lower text)
_REPORT_TO_BEFORE = re.compile(r"bao\s+cao[^.]{0,220}\s(?:cho|len|toi)\s*$")


def _reports_to_before(folded: str, floor: int, anchor: int) -> bool:
    """`_REPORT_TO_BEFORE` in the 240 characters before `anchor`, searched only where "bao" is printed."""
    wide_before = folded[max(floor, anchor - 240) : anchor].lower()
    return "bao" in wide_before and bool(_REPORT_TO_BEFORE.search(wide_before.replace("...", "…")))


def _role_of_the_head(folded: str, floor: int, anchor: int) -> str | None:
    """A list that opens after a colon whose clause names the role: "phối hợp giữa các cơ quan: X, Y" are
    partners, "gửi báo cáo về các đơn vị sau: X, Y" receivers (a labelled field is read before this)."""
    window = folded[max(floor, anchor - 160) : anchor]
    colon = window.rfind(":")
    if colon < 0 or window[colon + 1 :].strip(" \t\n-+•*"):
        return None
    clause = _CLAUSE_START_NOT_COLON.split(window[:colon])[-1].lower()
    if _FIELD_LABEL.match(clause):
        return None  # "Đơn vị tham mưu thực hiện: Sở Tư pháp": a field's label names who does it
    cues = role_patterns()
    if cues.coordinate_head.search(clause):
        return "coordinate"
    if cues.report_head.search(clause):
        return "report_to"
    return None


_FIELD_LABEL = re.compile(r"\s*+(?:[-+•*]\s*+|\w{1,3}\s*+[.)]\s*+)?(?:don\s+vi|co\s+quan|bo\s+phan|noi)\b")
_CLAUSE_START_NOT_COLON = re.compile(r"[.;!?\n…]")
_LEVEL_SPLIT = re.compile(r"\s" + level_pattern() + r"\s")


def issuer_head(issuer: str | None) -> str | None:
    """The issuer without its level and place ("Sở Y tế tỉnh Long An" -> "Sở Y tế")."""
    if not issuer:
        return None
    return _LEVEL_SPLIT.split(issuer + " ", maxsplit=1)[0].strip()


def issuer_key(issuer: str | None) -> str | None:
    """The issuer without its place, folded ("Phòng Giáo dục và Đào tạo huyện Hiệp Hòa" -> "phong giao duc …")."""
    head = issuer_head(issuer)
    return fold_key(head) if head is not None else None


def _after_a_name(flat: str, folded: str, end: int) -> str:
    """The folded, lower-cased words after a body and the name and adverbs printed right after it ("Phó Thủ tướng|
    Hoàng Trung Hải cũng| yêu cầu …")."""
    gap = role_patterns().name_then_adverb.match(flat, end, end + 60)
    return folded[gap.end() : gap.end() + 40].lower()


TOLD_CLAUSE_WORDS = 3  # words of the order a sentence tells before ", <giver> chỉ đạo."
_CLAUSE_BREAK = re.compile(r"[.;:!?\n]")


def _after_a_told_clause(doc: Document, mention: Mention) -> bool:
    """The body follows a comma that ends the order its sentence told ("Các xã di dời dân trước ngày 10, Chủ tịch
    huyện chỉ đạo."), not the subject opening the sentence ("Bộ trưởng, Thủ trưởng cơ quan ngang bộ chỉ đạo.")."""
    before = doc.flat[max(0, mention.start - 400) : mention.start].rstrip()
    if not before.endswith(","):
        return False
    clause = _CLAUSE_BREAK.split(before[:-1])[-1]
    return len(clause.split()) >= TOLD_CLAUSE_WORDS


# a body's short form in brackets right after its name
_SHORT_FORM_AFTER = re.compile(r"[ \t]*+\([^()\n]{1,30}\)")


def is_reported_speaker(doc: Document, mention: Mention) -> bool:
    """In news text (no issuer, no document type), a body followed by a verb of ordering or saying is the one
    whose order the article reports ("Bộ Y tế đề nghị các địa phương …", "Chủ tịch UBND tỉnh Nguyễn Văn A
    yêu cầu …", "Giám đốc Sở Y tế cho biết"), or named after the order its sentence told ("Bộ X sửa quy định …, Thủ
    tướng chỉ đạo."): it gives the order, it is not an actor of it."""
    if doc.header.issuer or doc.header.doc_type:
        return False
    verb = role_patterns().reported_verb
    end = mention.end
    if short_form := _SHORT_FORM_AFTER.match(doc.flat, end):
        end = short_form.end()  # "Tổng cục Thi hành án dân sự (THADS) vừa có công văn yêu cầu …"
    after = doc.folded[end : end + 40].lower()
    if verb.match(after) or (role_patterns().told_after.match(after) and _after_a_told_clause(doc, mention)):
        return True
    if role_patterns().subject_reported_verb.match(after) and _opens_its_clause(doc, mention):
        return True  # "UBND tỉnh vừa ban hành …", not "trình UBND tỉnh ban hành …" (the one to act)
    if _a_chair_directs(doc, mention):
        return True  # "đồng chí Phó Chủ tịch UBND tỉnh chỉ đạo UBND TP. Thái Nguyên …"
    if _an_office_directs(doc, mention):
        return True  # "Thủ tướng chỉ đạo tiếp tục tổng kiểm tra …": the office that is a body directs
    if _a_named_office_opens(doc, mention):
        return True  # "Thủ tướng Phạm Minh Chính thúc đẩy …, đồng thời yêu cầu …": the article's speaker
    after_name = _after_a_name(doc.flat, doc.folded, end)
    if verb.match(after_name):
        return True
    return bool(role_patterns().subject_reported_verb.match(after_name)) and _opens_its_clause(doc, mention)


def _a_chair_directs(doc: Document, mention: Mention) -> bool:
    """The body printed after its chair's title, then a verb of directing and whom or what it directs ("Phó Chủ tịch
    UBND tỉnh chỉ đạo UBND TP. Thái Nguyên …", "Chủ tịch UBND tỉnh chỉ đạo sở NN&PTNT …"): the chair gives the
    order. After any other body the verb is the body's own deed ("Sở Xây dựng chỉ đạo Thanh tra xây dựng …", "Bộ
    trưởng Bộ Tài chính chỉ đạo bố trí …"), and so it is after a chair asked to act ("yêu cầu Chủ tịch UBND huyện
    chỉ đạo các phòng …")."""
    patterns = role_patterns()
    if not patterns.chair_directs.match(doc.folded, mention.end, mention.end + 40):
        return False
    floor = max(0, mention.start - 40)
    title = patterns.chair_before.search(doc.folded[floor : mention.start].lower())
    if title is None:
        return False
    asked = doc.folded[max(0, floor + title.start() - 60) : floor + title.start()].lower()
    return patterns.lead_before.search(asked) is None


def _an_office_directs(doc: Document, mention: Mention) -> bool:
    """An office the gazetteer holds as a body, printed as its title, then its holder's name maybe and a verb of
    directing ("Thủ tướng chỉ đạo tiếp tục …", "Phó Thủ tướng Trần Hồng Hà chỉ đạo …"): it gives the order, whatever
    follows; a body's own "chỉ đạo" stays its deed (`_a_chair_directs`)."""
    patterns = role_patterns()
    if not patterns.office_as_body.match(doc.folded, mention.start, mention.end):
        return False
    if patterns.chair_directs.match(doc.folded, mention.end, mention.end + 40):
        return True
    return bool(patterns.chair_directs.match(_after_a_name(doc.flat, doc.folded, mention.end)))


def _a_named_office_opens(doc: Document, mention: Mention) -> bool:
    """An office the gazetteer holds as a body, its holder's personal name right after it, opening its clause ("Thủ
    tướng Phạm Minh Chính thúc đẩy …", "Phó Thủ tướng Trần Hồng Hà đánh giá …"): a report tells what the holder did
    or said, whatever the verb; the office named to act has no holder's name ("đề nghị Thủ tướng xem xét")."""
    if not role_patterns().office_as_body.match(doc.folded, mention.start, mention.end):
        return False
    name = name_pattern().match(doc.flat, _SPACES.match(doc.flat, mention.end).end())
    return bool(name and _A_WORD_IN_SMALL_LETTERS.match(doc.flat, name.end())) and (
        _opens_its_clause(doc, mention) or _after_a_fronted_phrase(doc, mention)
    )


# one phrase fronted before the subject of its sentence and its comma ("Phát biểu kết luận cuộc họp, ", "Tại buổi làm
# việc, "), on the folded, lower-cased text from the sentence's start
_FRONTED_PHRASE = re.compile(r"[^,;:()]{3,80}?,[ \t]*+$")
_SENTENCE_START = re.compile(r"[.!?\n][^.!?\n]*$")


def _after_a_fronted_phrase(doc: Document, mention: Mention) -> bool:
    """The office opens its sentence after one fronted phrase and its comma ("Phát biểu kết luận cuộc họp, Phó Thủ
    tướng Trịnh Đình Dũng đánh giá cao …"): the sentence's subject still, unless the phrase asks it ("đề nghị, …")."""
    floor = max(getattr(mention.task, "start", 0), mention.start - 120)
    window = doc.folded[floor : mention.start].lower()
    start = _SENTENCE_START.search(window)
    sentence = window[start.start() + 1 :] if start else window
    if not _FRONTED_PHRASE.fullmatch(sentence.lstrip()):
        return False
    return role_patterns().lead_before.search(sentence.rstrip(" \t,")) is None


_SPACES = re.compile(r"[ \t]*+")
# the sentence goes on after the name with a word in small letters, its verb ("1. Phó Thủ tướng Lê Minh Khái" alone on
# its line heads the duties that follow, the holder's to do)
_A_WORD_IN_SMALL_LETTERS = re.compile(rf"[ \t]++[{LOWER}]")


def _opens_its_clause(doc: Document, mention: Mention) -> bool:
    """The body opens its clause (`subject_before`): no verb before it makes it an object."""
    floor = getattr(mention.task, "start", 0)  # the task holding it: its clause opens no earlier
    clause = _clause_before(doc.flat, mention.start, floor)
    return bool(role_patterns().subject_before.match(doc.folded[mention.start - len(clause) : mention.start].lower()))


def is_speaker(doc: Document, mention: Mention, issuer: str) -> bool:
    """The issuer, printed bare or with its own level or place, or after its own governing organ ("Ban Thường vụ
    …"), followed by a verb of ordering. A body of the issuer's kind at another level ("Ủy ban nhân dân cấp xã"
    in a district's letter) is not it."""
    name = fold_key(mention.name)
    organ = role_patterns().issuer_organ.match(name)
    if organ and name[organ.end() :].startswith(issuer):
        name = name[organ.end() :]  # "Ban Thường vụ Hội Nông dân tỉnh đề nghị …": its organ speaks for it
    if not (name == issuer or name.startswith(issuer + " ")):
        return False
    rest = name[len(issuer) :].strip()
    if rest and rest not in fold_key(doc.header.issuer or "") and rest != fold_key(doc.header.place or ""):
        return False  # the place the letter is dated at is the issuer's own ("Hội Nông dân Sơn La" dated "Sơn La")
    return bool(role_patterns().speaker_verb.match(doc.folded[mention.end : mention.end + 40].lower()))


# the separators of a list's members: a comma or "và" / "hoặc" between spaces (on the text as printed)
# (tried only from a run's first space: from every space of a long run it would rescan the run)
_CONJUNCT_SEPARATOR = re.compile(r",|(?<![ \t])[ \t]++(?:và|hoặc)[ \t]++", re.IGNORECASE)
# a member the recognizer did not read: a class ("các hội nghề nghiệp") or a generic actor ("doanh nghiệp"), on the
# folded, lower-cased member; a name printed with a capital is read on the text as printed
_UNREAD_MEMBER = re.compile(rf"(?:cac|{_GENERIC_NOUN})\b")
# longer runs are clauses, not members: "Đồn Biên phòng Cửa khẩu Quốc tế Lao Bảo", "các tổ chức chính trị - xã hội"
_NAME_WORDS, _CLASS_WORDS = 8, 5
_CLAUSE_BREAK = re.compile(r"[.;:!?\n…()]")


def continues_the_list(flat: str, folded: str, before: Mention, body: Mention) -> bool:
    """Whether only members the recognizer did not read stand between two bodies of one task, so the second goes on
    with the list the first opened ("Công an huyện, Đồn Biên phòng Sa Thầy, Trung tâm Y tế, Phòng Y tế huyện:",
    "Thường trực HĐND, các Ban HĐND"): each member a name printed with a capital, a class after "các" or a generic
    actor, up to eight words, with no clause break between."""
    if before.task is not body.task or _CLAUSE_BREAK.search(flat, before.end, body.start):
        return False
    cut = before.end
    for separator in _CONJUNCT_SEPARATOR.finditer(flat, before.end, body.start):
        if cut == before.end and flat[cut : separator.start()].strip():
            return False  # the first body ends its clause: "Sở Y tế chủ trì, Sở Tài chính …" are two clauses
        if not _is_unread_member(flat[cut : separator.start()], folded[cut : separator.start()].lower()):
            return False
        cut = separator.end()
    if cut == before.end or not _is_unread_member(flat[cut : body.start], folded[cut : body.start].lower()):
        return False
    return not _named_roleless(folded[cut : body.start].lower())


def _named_roleless(words_before: str) -> bool:
    """Words right before a body that name someone else by it or make it an author: "các đại biểu Quốc hội", "Ủy
    viên Ban Thường vụ", "Nghị quyết của Chính phủ", "đã được HĐND huyện thông qua"."""
    cues = role_patterns()
    return bool(
        cues.not_actor_before.search(words_before)
        or cues.passive_before.search(words_before)
        or _POSSESSOR_BEFORE.search(words_before)
    )


def _is_unread_member(piece: str, folded_piece: str) -> bool:
    words = piece.split()
    if not any(ch.isalnum() for ch in piece):
        return True  # a separator's spaces or a scanner's stray mark ("ˆ")
    if words[0][0].isupper():
        return len(words) <= _NAME_WORDS
    return len(words) <= _CLASS_WORDS and _UNREAD_MEMBER.match(folded_piece.strip()) is not None


# where a labelled field of bodies ends: its line's end, or the next sentence in its line
_LABELLED_FIELD_END = re.compile(r"\n|\.[ \t]++(?=[^\W\d_])")


@lru_cache(maxsize=1)
def _role_label() -> re.Pattern[str]:
    """A label naming the bodies that lead or take part ("Đơn vị chủ trì:", "- Cơ quan phối hợp:"; cues/roles.tsv
    `label_lead`, `label_coordinate`) opening its line or a sentence in it, on the folded text."""
    cues = load_cues("roles.tsv", ROLE_CUE_KINDS)
    opening = rf"(?:^[ \t]*+{ITEM_MARKER}?|(?<=[.;])[ \t]++)"
    lead, coordinate = alternation(cues, "label_lead"), alternation(cues, "label_coordinate")
    return re.compile(rf"{opening}(?:(?P<lead>{lead})|(?P<coordinate>{coordinate}))[ \t]*+:", re.I | re.M)


@lru_cache(maxsize=1)
def _role_note() -> re.Pattern[str]:
    """A note in brackets right after a member of a list that gives it its role (`noted_lead`, `noted_coordinate`:
    "Ngoại giao (chủ trì), Y tế"), on the folded text; after a body alone it says whose the work is ("phối hợp với Sở
    X (cơ quan chủ trì) tham mưu …": the partner of the item's actor)."""
    cues = load_cues("roles.tsv", ROLE_CUE_KINDS)
    lead, coordinate = alternation(cues, "noted_lead"), alternation(cues, "noted_coordinate")
    # inside a list: another member follows ("Sở Y tế (phối hợp với …) tham mưu" names no member's role)
    return re.compile(
        rf"[ \t]*+\([ \t]*+(?:(?P<lead>{lead})|(?P<coordinate>{coordinate}))[ \t]*+\)(?=[ \t]*+(?:[,;]|va[ \t]))",
        re.IGNORECASE,
    )


def noted_role(folded: str, end: int) -> str | None:
    """The role a note in brackets right after a body at `end` gives it ("(chủ trì)": lead), or None."""
    note = _role_note().match(folded, end)
    return note.lastgroup if note else None


def labelled_fields(folded: str) -> list[tuple[int, int, str]]:
    """(start, end, role) of each field a role's label opens, to the end of its line: every body it lists takes
    that role, an office holder's too ("Đơn vị phối hợp: Trưởng các đoàn thể xã, Chủ tịch UBND xã")."""
    fields = []
    for label in _role_label().finditer(folded):
        end = _LABELLED_FIELD_END.search(folded, label.end())
        fields.append((label.end(), end.start() if end else len(folded), label.lastgroup or "lead"))
    return fields


@lru_cache(maxsize=1)
def _listed_in_a_field() -> re.Pattern[str]:
    """What may stand between a field's label and a body it lists: the bodies before it (masked "@"), the list's
    joints, "các", an office's title ("Phó Chủ tịch", "Trưởng", "đồng chí"), a class's level word after it ("các đoàn
    thể | xã, UBND xã"), on the masked folded text lower-cased."""
    cues = load_cues("roles.tsv", ROLE_CUE_KINDS)
    titles = f"{alternation(cues, 'leader_title')}|{alternation(cues, 'any_head_title')}"
    word = rf"(?:va|cung|hoac|cac|pho|dong\s++chi|d/c|{titles}|{level_pattern(folded=True)})(?!\w)"
    return re.compile(rf"(?:[\s,;/&+\-–@]|{word})*+")


def listed_in_the_field(masked_folded: str, field_start: int, start: int) -> bool:
    """Whether the body at `start` is one the field opening at `field_start` lists: only other listed bodies, the
    list's joints and office titles before it."""
    return _listed_in_a_field().fullmatch(masked_folded[field_start:start].lower()) is not None


# where a field of invitees ends: a full stop closing its line, a blank line, or a line that opens another item
_INVITEES_END = re.compile(rf"\.[ \t]*+(?:\n|$)|\n[ \t]*+(?:\n|{ITEM_MARKER})")


@lru_cache(maxsize=1)
def _invitees_label() -> re.Pattern[str]:
    """A meeting's invitees' label opening its line, after an item's marker if any, or a sentence ("Mời dự:", "b)
    Thành phần tham dự:", "- Đại biểu mời:", "… tài liệu. Mời dự: …"; cues/roles.tsv `label_invitees`), on the
    folded text."""
    cues = load_cues("roles.tsv", ROLE_CUE_KINDS)
    opening = rf"(?:^[ \t]*+{ITEM_MARKER}?|(?<=[.;])[ \t]++)"  # a line's start, or a sentence's in its line
    return re.compile(rf"{opening}(?:{alternation(cues, 'label_invitees')})[ \t]*+:", re.I | re.M)


def invitee_fields(folded: str) -> list[tuple[int, int]]:
    """(start, end) of each field that lists a meeting's invitees: from its label to the end of the field, lines
    wrapped inside it ("Mời dự: đại diện Đảng đoàn HĐND Thành phố, …\\n… Công an Thành phố, Sở Y tế.")."""
    fields = []
    for label in _invitees_label().finditer(folded):
        end = _INVITEES_END.search(folded, label.end())
        fields.append((label.end(), end.start() if end else len(folded)))
    return fields


# the words an invitee's name follows in its field: a list's joint, a representative, its leaders ("Mời dự: đại diện
# lãnh đạo Ban Tuyên giáo Thành ủy, Văn phòng Thành ủy"), on the folded text lower-cased
_INVITED_BY_NAME = re.compile(r"(?:^|[,;:]|\bva\b)\s*+(?:dai\s++dien\s++)?(?:lanh\s++dao\s++)?(?:cac\s++)?$")


def invited_by_name(folded: str, field_start: int, start: int) -> bool:
    """Whether the body at `start` is itself invited in its field (opening at `field_start`): its name follows a
    list's joint or "đại diện (lãnh đạo)", not a person's title ("các đồng chí Trợ lý Bí thư Thành ủy")."""
    return bool(_INVITED_BY_NAME.search(folded[max(field_start, start - 40) : start].lower()))
