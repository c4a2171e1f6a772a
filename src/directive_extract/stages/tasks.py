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
lost its digit is the number between its neighbours'. The directive paragraphs outside every item (tasks `p…`) are
read by `prose_tasks`; the cues and the readings of one paragraph both readers use are `paragraph_reading`'s.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from ..cues import alternation, load_cues
from ..document import Document, Paragraph
from ..item_labels import (
    ARABIC,
    ARTICLE_NUMBER,
    BULLET_ARROWS,
    BULLET_CHECKS,
    BULLET_CIRCLES,
    BULLET_DOTS,
    BULLET_SQUARES,
    CHAPTER,
    DOTTED,
    NOT_A_WEEKDAY,
    ROMAN,
    WORD_ORDINAL,
)
from ..patterns import first_chars
from ..vn import LOWER, UPPER, is_upper_text, mend_ocr_capitals
from .agencies.roles import role_patterns
from .agencies.shared_heads import find_mentions
from .floated_signature import body_past_a_floated_signature
from .inline_labels import split_inline_labels
from .news import is_news
from .paragraph_reading import (
    TASK_CUE_KINDS,
    Item,
    _folded,
    closing,
    closing_formula,
    dated,
    first_sentence,
    is_directive_paragraph,
    is_heading_line,
    orders_more,
    requests_a_deed,
    section_cues,
    task_cues,
)
from .prose_tasks import implicit_tasks
from .split_labels import rejoin_split_labels
from .task_forms import template_spans, template_titles
from .task_tables import (
    Row,
    TaskTable,
    cell,
    column_cells,
    find_task_tables,
    group_title,
    is_task_row,
    item_headings,
    restated_item,
    roman_label,
    row_label,
)

_ROMAN_NUMERALS = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
NUMBERED_RANK = {
    "part": -1,
    "chapter": -1,
    "roman": 0,
    "article": 1,
    "labelled": 2,
    "ordinal": 2,
    "arabic": 2,
    "dotted": 3,
    "sub_arabic": 4,
    "paren": 4,
    "letter": 5,
}
CONTAINERS = ("roman", "article")  # sections whose numbered items are the top-level tasks
BULLET_KINDS = ("dash", "plus", "dot", "arrow", "square", "circle", "check")

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
    # "Điều 2." alone on its line, its clauses in the paragraphs under it
    ("article", re.compile(rf"^(?P<m>Điều\s+(?P<label>{ARTICLE_NUMBER})\s*[.:]?)(?:\s+|(?<=[.:])$)")),
    # "Nội dung 1. Nghe báo cáo …", "Nhiệm vụ 2: Tiếp tục …": an item labelled by a noun and its number (tasks.tsv
    # item_noun), a top-level item as an article is, its capital after the label
    (
        "labelled",
        re.compile(
            rf"^(?P<m>(?P<noun>(?i:{alternation(load_cues('tasks.tsv', TASK_CUE_KINDS), 'item_noun', fold=False)}))"
            rf"\s++(?P<label>{ARABIC})\s*+[.:])\s++(?=[{UPPER}])"
        ),
    ),
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
    # "Một là, …", "Thứ nhất, …" (not a weekday: item_labels.NOT_A_WEEKDAY)
    ("ordinal", re.compile(rf"^(?P<m>(?P<label>{WORD_ORDINAL}))\s*[,:]{NOT_A_WEEKDAY}\s*")),
    ("dotted", re.compile(rf"^(?P<m>(?P<label>{DOTTED})\.?)(?:\s+|(?=[^\d\s.]))")),
    # "1/ Sở Y tế …": a slash and a space close the number too (not a date, "15/4", nor a run-in "1/Phân bổ …")
    ("arabic", re.compile(rf"^(?P<m>(?P<label>{ARABIC})\s*(?:[.\-–)]|/(?=[ \t])))(?!\d)\s*(?=\S)")),
    # "100." … "1000." only where it continues "99." … "999." (see _long_number); otherwise a count starts the line
    ("arabic_long", re.compile(r"^(?P<m>(?P<label>\d{3,4})[.)])(?!\d)\s+(?=\S)")),
    ("paren", re.compile(r"^(?P<m>\((?P<label>\d{1,2})\))\s*(?=\S)")),
    ("letter", re.compile(r"^(?P<m>(?P<label>[a-zđ])\s*[).])\s+")),
    ("dash", re.compile(r"^(?P<m>[-–—])(?![-–—])\s*(?=\S)")),
    ("plus", re.compile(r"^(?P<m>\+)\s*(?=\S)")),
    # "*   Chủ trì …": the bullet a converter prints for a markdown list item, its star before two or more spaces
    # ("* Lưu ý:", "* Thành phần gồm:" with one space: a note's mark in a letter, no item)
    ("dot", re.compile(rf"^(?P<m>[{BULLET_DOTS}]|\*(?= {{2,}}))\s*(?=\S)")),
    # the other glyphs of a word processor's bullets, each a level of its own list (item_labels), and Word's second
    # level "o" as the letter before a capital ("o Báo cáo phải …")
    ("arrow", re.compile(rf"^(?P<m>[{BULLET_ARROWS}])\s*(?=\S)")),
    ("square", re.compile(rf"^(?P<m>[{BULLET_SQUARES}])\s*(?=\S)")),
    ("circle", re.compile(rf"^(?P<m>[{BULLET_CIRCLES}]|o(?=[ \t]+[{UPPER}]))\s*(?=\S)")),
    ("check", re.compile(rf"^(?P<m>[{BULLET_CHECKS}])\s*(?=\S)")),
]


def _capitals(text: str) -> str:
    """`text` lower-cased with every letter printed in small letters blanked, same length: a cue found
    in it was printed in capitals."""
    return "".join(c.lower() if c.isupper() and len(c.lower()) == 1 else "\0" if c.islower() else c for c in text)


def _sentence_case(words: str) -> bool:
    """Printed "Tình hình": a capital, then small letters."""
    return words[:1].isupper() and words[1:] == words[1:].lower()


@dataclass
class TaskLayout:
    items: list[Item] = field(default_factory=list)  # top-level items, all kinds
    tasks: list[Item] = field(default_factory=list)  # top-level tasks
    closing: tuple[int, int] | None = None
    body: tuple[int, int] = (0, 0)
    regions: list[tuple[int, int]] = field(default_factory=list)  # the body, and an appendix after the signature
    gaps: list[tuple[int, int]] = field(default_factory=list)  # a signature block floated inside the body: no content
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


@lru_cache(maxsize=4096)
def _names_bodies_only(line: str) -> bool:
    """A line that is one or more bodies' names and nothing else ("UBND quận, huyện, thị xã", "Sở Y tế và Công an
    tỉnh"), a colon or stop at most after them."""
    line = line.strip().rstrip(":.")
    if not line or len(line) > BODY_HEADING_CHARS or "\n" in line or not line[0].isupper():
        return False  # a name opens with a capital: "UBND …", "Các sở …"
    mentions = find_mentions(line, (0, len(line)))
    if not mentions or mentions[0].start != 0:
        return False
    rest, at = [], 0
    for mention in sorted(mentions, key=lambda m: m.start):
        rest.append(line[at : mention.start])
        at = max(at, mention.end)
    rest.append(line[at:])
    return all(_BETWEEN_BODIES.fullmatch(gap) for gap in rest)


def _unnumbered_body_heading(
    doc: Document, text: str, stack: list[Item], paragraphs: list[Paragraph], k: int
) -> tuple[str, str, str] | None:
    """A line that names a body alone, under a numbered item whose heading names a body alone (a part charging
    bodies item by item: "1. Sở Y tế", "2. Các sở, ban, ngành"), is the next item whose number conversion lost,
    unless the next numbered item carries that number."""
    arabic = next((s for s in reversed(stack) if s.kind == "arabic"), None)
    if arabic is None or not arabic.label.isdigit():
        return None
    if not _names_bodies_only(text) or not _names_bodies_only(_heading_text(doc, arabic)):
        return None
    following = str(int(arabic.label) + 1)
    if _next_label(doc, paragraphs, k) == following:
        return None
    return "arabic", following, ""


BODY_HEADING_CHARS = 80  # a heading naming bodies is a short line; a sentence's opening is longer
_BETWEEN_BODIES = re.compile(r"[\s,;]*+(?:và\s++)?")


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
    closing_last = section_cues().closing_last
    # on folded text, a closing phrase of three words or more: "… trân trọng cảm ơn./.", "cám ơn" as well
    folded_closing_phrase = section_cues().folded_closing_phrase
    assignment_opening = section_cues().assignment_opening  # "Giao Ban …" ending in the closing phrase: an order
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
        if found is None and stack and (lost := _unnumbered_body_heading(doc, text, stack, paragraphs, k)):
            found = lost  # "2. Sở, ban, ngành Thành phố" … then "UBND quận, huyện" alone on a line: item 3
        if found is None and roots:
            found = _sentence_roman_ocr(text, roots)  # "H. Thành phần" after "I. Thời gian và địa điểm"
        run_on_part = found is None and roots and _run_on_part(doc, paragraphs, k, roots)
        if run_on_part:
            found = run_on_part  # "A. Công tác chủ nhiệm lớp." between items 3 and 4: a part, the numbers run on
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
            if closing_formula(flat) or (
                not assignment_opening.match(flat)
                and para.start in last_two
                and len(flat) < 600
                and (closing_last.match(flat.strip()) or folded_closing_phrase.search(_folded(flat)))
                and not requests_a_deed(flat)
            ):
                closing_at = para.start
                break
            # continuation: bullets are single paragraphs, so it goes to the nearest numbered item (when only bullets
            # are open, it continues the innermost one); but a line of a bullet a hard-wrapped text broke after a
            # stop, with the same list going on after it ("• Sinh viên … cho Khoa." / "Khoa phân công …" / "• Sinh
            # viên …"), continues that bullet
            if any(s.kind not in BULLET_KINDS for s in stack) and not _bullets_go_on(doc, paragraphs, k, stack):
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
        if kind == "part" and not run_on_part and not _part_in_sequence(doc, para, label, roots):
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


def _bullets_go_on(doc: Document, paragraphs: list[Paragraph], k: int, stack: list[Item]) -> bool:
    """Whether the next paragraph is a bullet of the innermost open list, the paragraph at `k` one line between
    them (a wrapped line of a PDF's text, not a paragraph of the item above)."""
    if stack[-1].kind not in BULLET_KINDS or k + 1 >= len(paragraphs):
        return False
    para, following = paragraphs[k], paragraphs[k + 1]
    if para.first_line != para.last_line or doc.text[para.end : following.start].count("\n") > 1:
        return False
    found = marker_of(doc.text[following.start : following.end])
    return found is not None and found[0] == stack[-1].kind


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
            if _is_field_line(doc, child) or _defines_its_term(doc, child):
                if kept:
                    kept[-1].end = max(kept[-1].end, child.end)
                continue
            kept.append(child)
        item.children = kept
        _fold_field_lines(doc, kept)


# a line that defines the term it opens with, the term a noun phrase of up to twelve words, commas between its parts
# ("Kế hoạch dạy học các môn học, hoạt động giáo dục là kế hoạch …")
_DEFINED_TERM = re.compile(r"^(?:[^\s.;:()]++\s++){1,12}?là\s++\w")


def _defines_its_term(doc: Document, item: Item) -> bool:
    """A lettered line of a guidance's content that defines a term and orders nothing ("1. Kế hoạch giáo dục của
    nhà trường" over "a) Kế hoạch giáo dục của nhà trường là kế hoạch tổ chức các hoạt động …"): the explanation
    of its item, read as its text; "b) Hằng năm, Hiệu trưởng tổ chức xây dựng kế hoạch …" beside it is a subtask."""
    if item.kind != "letter" or item.children:
        return False
    own = doc.flat[item.start + len(item.marker) : item.first_end].strip()
    return _DEFINED_TERM.match(own) is not None and not orders_something(doc, item)


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


# a lettered part heading in sentence case, one short line: "A. Công tác chủ nhiệm lớp.", "B. Công tác tư vấn"
_SENTENCE_PART = re.compile(rf"^(?P<m>(?P<label>[{_PART_LETTERS}])\.)[ \t]++(?=[{UPPER}][{LOWER}])[^\n]{{1,100}}$")


def _last_arabic(roots: list[Item]) -> int | None:
    """The number of the last arabic item printed at the top or right under the last lettered part."""
    last = roots[-1] if roots[-1].kind != "part" or not roots[-1].children else roots[-1].children[-1]
    return int(last.label) if last.kind == "arabic" and last.label.isdigit() else None


def _run_on_part(doc: Document, paragraphs: list[Paragraph], k: int, roots: list[Item]) -> tuple[str, str, str] | None:
    """A lettered part heading in sentence case over items whose numbers run on across the parts ("3." …
    "A. Công tác chủ nhiệm lớp." "4." … "B. Công tác tư vấn." "10."): the part is read by the sequence of its
    letters and of the numbers around it, where a capitalised heading would be read by its capitals."""
    match = _SENTENCE_PART.match(doc.text[paragraphs[k].start : paragraphs[k].end].rstrip())
    if match is None or any(r.kind not in ("arabic", "part") for r in roots):
        return None
    label = match.group("label")
    parts = [r.label for r in roots if r.kind == "part"]
    expected = _PART_LETTERS[_PART_LETTERS.index(parts[-1]) + 1 : _PART_LETTERS.index(parts[-1]) + 2] if parts else "A"
    last = _last_arabic(roots)
    if label != expected or last is None or _next_label(doc, paragraphs, k) != str(last + 1):
        return None
    return "part", label, match.group("m")


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


def _states_an_arrangement(doc: Document, item: Item, part: Item) -> bool:
    """An item of a plan's part titled by an arrangement of its event ("II. NỘI DUNG" over "2. Đối tượng tham gia:",
    "5. Thời gian tổ chức: Dự kiến tháng 10", "7. Kinh phí: …": `arrangement_label`) whose text orders nothing: who,
    when, where, how much, no deed ("3. Hình thức: - Xây dựng trang tin …" orders, a task). Under a title that is
    itself a deed ("II. Xây dựng dự toán năm 2026" over "1. Kinh phí chi trả …:") the items are what it does."""
    heading = _folded(_heading_text(doc, item)).strip(" *")
    if task_cues().folded_arrangement_label.match(heading) is None:
        return False
    title = _heading_text(doc, part)
    if task_cues().action_opening.match(title) and not section_cues().folded_directive.search(_folded(title)):
        return False
    return not orders_something(doc, item)


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
    first_line = mend_ocr_capitals(head.split("\n", 1)[0])
    heading = mend_ocr_capitals(_sentence_heading(doc, item))
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
    first_line = mend_ocr_capitals(doc.text[item.start : item.first_end].split("\n", 1)[0])
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
    first_line = mend_ocr_capitals(doc.text[item.start : item.first_end].split("\n", 1)[0])
    if not _is_upper(first_line):
        return item.kind != "article" or _article_title_names_tasks(doc, item)
    bare = task_cues().bare_heading
    heading = mend_ocr_capitals(_heading_text(doc, item))
    if bare.fullmatch(heading.strip(" .:")):
        return True  # "II. NỘI DUNG" alone: the plan's content, what is to be done
    if item.children and _REPORTING_PART.fullmatch(_folded(_capitals(heading)).strip(" .:")):
        return True  # "III. CÔNG TÁC THÔNG TIN, BÁO CÁO" over "1. Phòng GDĐT tổng hợp báo cáo …": who reports what
    if item.children and _bare_then_deed().match(_folded(heading).strip(" .:")):
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
    # no space needed: OCR glues the words of a heading in capitals ("NỘI DUNGPHỐI HỢP")
    return re.compile(rf"{alternation(cues, 'bare_heading')}\s*+{alternation(cues, 'action_opening')}(?!\w)")


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
        verb = None if parts else cues.action_opening.match(text) or _unmarked_action_opening(text)
        if (
            verb
            and item.kind == "article"
            and para.start <= item.start
            and (cues.enacting_opening.match(text) or cues.issues_inline.match(text))
        ):
            verb = None  # "Điều 1. Phê duyệt danh mục …", "Điều 1. Ban hành Chương trình …": the decision's own act
        if verb and not _AMOUNT.match(text, verb.end()):
            return True
        if is_directive_paragraph(text):
            return True
        # "Kinh phí thực hiện … phải đảm bảo được công khai …": an obligation whose subject is a field of the plan
        # (the funds) binds no one; "Các đơn vị phải hoàn thành …" does
        if cues.obligation.search(first_sentence(text)) and not cues.folded_field_heading.match(_folded(text)):
            return True
        if _ordered_after_label(text) or cues.bodies_do.match(text) or (body_named and cues.body_does.match(text)):
            return True
        if _bodies_do_on_basis(text):
            return True
        parts = parts or _LISTS_PARTS.search(text) is not None
    return False


def _unmarked_action_opening(text: str) -> re.Match[str] | None:
    """A verb of doing opening a paragraph that a scan printed without a single mark ("Chi dao Phong …", "To chuc
    hoi thi …"): read folded, as OCR left it."""
    folded = _folded(text)
    if folded != text.lower():
        return None
    return task_cues().folded_action_opening.match(folded)


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
        elif item.kind == "labelled":
            part = " ".join(item.marker.rstrip(" .:").split())  # "Nội dung 1"
        elif item.kind == "dotted" and item.parent is not None and item.parent.kind == "labelled":
            # "4.1." under "Nội dung 4.": the label's noun and the number as printed, "Nội dung 4.1"
            noun = item.parent.id.rsplit(" ", 1)[0]
            item.id = (
                f"{noun} {item.label}"
                if item.label.startswith(f"{item.parent.label}.")
                else f"{item.parent.id}.{item.label}"
            )
            _assign_ids(item.children, item.id)
            continue
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
    list_closing = closing_at  # where a closing formula starts, as the items' reading found it
    trailing, closing_at = _trailing_paragraphs(doc, paragraphs, roots, closing_at)
    if _news_findings_list(doc, roots, before):
        # "Cụ thể: - Công ty có vi phạm …": what an inspection found, no items of orders; the report's paragraphs,
        # before and after the list, are read as prose (`implicit_tasks`), to a closing formula if it prints one
        roots, trailing, closing_at = [], [], list_closing
        before = [p for p in paragraphs if closing_at is None or p.start < closing_at]
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
        elif item.start in approved and not (_assigns_the_work(doc, item) or _states_a_plan_field(doc, item)):
            item.section = "preamble"  # the strategy "Điều 1. Phê duyệt …" approves, printed before "Điều 2."

        elif item.kind == "article" and _issued_type(doc, item.start, item.first_end):
            item.section = "preamble"  # "Điều 1. Ban hành kèm theo … Kế hoạch …": the plan's own items order
        elif item.kind in CONTAINERS:
            if (holder := approved.get(item.start)) is not None:
                _assign_ids([item], holder.id)  # its "TỔ CHỨC THỰC HIỆN", part of the article: "Điều 1.IV.1"
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
                # "7. Kinh phí: …" of a plan's content: a field of its rules (its figures are planned), no task
                arranged = [c for c in children if c.kind not in BULLET_KINDS and _states_an_arrangement(doc, c, item)]
                layout.rules += arranged
                children = [c for c in children if c not in arranged]
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
    implicit = implicit_tasks(doc, before, bool(roots))
    for item in trailing:
        item.id = f"p{len(implicit) + 1}"
        implicit.append(item)
    if implicit:
        taken = {item.start for item in implicit}
        layout.preamble_paragraphs = [p for p in before if p.start not in taken]
        layout.items = sorted([*roots, *implicit], key=lambda item: item.start)
        tasks = sorted([*tasks, *implicit], key=lambda item: item.start)
    if tables:
        table_tasks, rows = _table_tasks(doc, tables, tasks, body, roots)
        roles = {"lead": "lead", "coordinate": "coordinate", "monitor": "report_to"}
        layout.column_roles = [(*span, roles[kind]) for row in rows for kind, span in row.role_cells if kind in roles]
        layout.items = sorted([*layout.items, *table_tasks], key=lambda item: item.start)
        tasks = sorted([*tasks, *table_tasks], key=lambda item: item.start)
    layout.tasks = tasks
    if before and before[-1].start not in {item.start for item in implicit}:
        last = before[-1]
        # a crawler's one-line report holds its tasks in this paragraph: the lead-in is what comes before them
        inside = [item.start for item in implicit if last.start < item.start < last.end]
        layout.lead_in = (last.start, min(inside, default=last.end))
    return layout


def _approved_parts(doc: Document, units: list[Item]) -> dict[int, Item | None]:
    """Where the roman parts start that a decision's enacting article holds: printed after "Điều 1. Phê duyệt …
    với những nội dung chủ yếu sau:" and before "Điều 2.", or, the first page lost, before an article numbered
    above 1 with no article printed above them. What the article approves is no order (ANNOTATING.md, decisions
    2); a text issued attached ("Điều 1. Ban hành kèm theo … Kế hoạch …", printed after the articles) is read as
    usual, its own items order. Each part's start -> the article that holds it (None when that is lost)."""
    approved: dict[int, Item | None] = {}
    holder: Item | None = None  # the last article met
    pending: list[Item] = []  # roman parts since it
    for item in units:
        if item.kind == "roman":
            pending.append(item)
        elif item.kind == "article":
            lost_first = holder is None and item.label.isdigit() and int(item.label) > 1
            if pending and (lost_first or (holder is not None and _enacts(doc, holder))):
                approved.update((part.start, holder) for part in pending)
            holder, pending = item, []
    return approved


def _assigns_the_work(doc: Document, part: Item) -> bool:
    """A part of an approved programme whose heading gives its work out to bodies ("IV. TỔ CHỨC THỰC HIỆN" over "1. Bộ
    Giáo dục và Đào tạo: a) Chủ trì …"): orders, where the rest of what the article approves states content."""
    return section_cues().folded_assignment.search(_folded(_heading_text(doc, part))) is not None


def _states_a_plan_field(doc: Document, part: Item) -> bool:
    """A part of an approved programme titled by a field of the plan ("IV. KINH PHÍ THỰC HIỆN"): as in a plan, its
    items are tasks where they order ("2. Hằng năm, … các bộ, ngành, địa phương có trách nhiệm lập dự toán …")."""
    return task_cues().folded_field_heading.match(_folded(_heading_text(doc, part)).strip()) is not None


def _enacts(doc: Document, article: Item) -> bool:
    """An article that does what the decision does ("Điều 1. Phê duyệt …", `enacting_opening`), or issues in its own
    body the text its parts then print ("Điều 1. Ban hành Chương trình …, gồm những nội dung sau:"); not one that
    issues a text attached."""
    heading = _heading_text(doc, article)
    cues = task_cues()
    if cues.issues_inline.match(heading):
        return True
    return cues.enacting_opening.match(heading) is not None and not _issued_type(doc, article.start, article.first_end)


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
    ordering = [p for p in parts if _title_names_tasks(_part_title(doc, p)) or _sections_name_tasks(doc, p)]
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


def _sections_name_tasks(doc: Document, part: Item) -> bool:
    """A lettered part whose title names a subject ("A. KHỐI THI ĐUA DO UBND TỈNH THÀNH LẬP") holds orders when a
    roman section under it names tasks ("II. NHIỆM VỤ", "III. HOẠT ĐỘNG"), as a part titled so does."""
    return part.kind == "part" and any(
        child.kind == "roman" and _title_names_tasks(_part_title(doc, child)) for child in part.children
    )


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
    doc: Document, tables: list[TaskTable], body_tasks: list[Item], body: tuple[int, int], roots: list[Item]
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
        part = _part_heading_over(roots, table, host)
        if part is not None:
            host = None  # "IV. TIẾN ĐỘ THỰC HIỆN" then its table: the part's rows, not the item above's
        pointer = part_pointers.get(_appendix_part(doc, table.start, body)) or only_pointer
        if pointer is not None and table.start >= pointer.end:
            group = pointer  # the item that sends its reader to the table holds its rows, whatever their groups
        elif host is not None and not any(group_title(row, table) for row in table.rows):
            group = host
        holder: Item | None = None  # a group heading no body item restates: no task, its rows numbered under it
        for k, row in enumerate(table.rows):
            para = row.paragraph
            if holder is not None and (sub := _sub_group(row, table, k)) is not None:
                # "III. Hoạt động cải tiến …" over "1. Chuyển đổi số" over "1.1 | …": the group's numbered part, a
                # task over its rows (III.1, III.1.1)
                sub.id = f"{holder.id}.{sub.label}"
                top.append(sub)
                group, previous = sub, None
                continue
            title = group_title(row, table)
            if title is not None and pointer is not None and group is pointer:
                continue
            if title is not None:
                label, heading = title
                if headings is None:  # a bullet ("- Về kiểm định chất lượng: …") is restated by no group
                    headings = item_headings([c for c in candidates if c.kind not in BULLET_KINDS], doc)
                group = restated_item(heading, headings, before=table.start)
                holder = None
                if group is None:  # its rows keep the table's numbering (SCHEMA "Task tables": I.1, I.2)
                    holder = Item("table_group", label, label, para.start, para.end, para.end)
                    holder.id = label or f"T{len(top) + 1}"
                previous = None
                continue
            content = cell(row, table, "content")
            if content is None or not content.text or not is_task_row(row, table):
                continue
            label = row_label(row, table)
            if label is None and holder is not None and (label := roman_label(row, table)) is not None:
                holder = group = None  # "III | Tính toán … | Trước 15/8 | P9": a group that is a row, after the groups
            number = cell(row, table, "number")
            item = Item("table_row", label or "", number.text if number else "", para.start, para.end, para.end)
            item.cells = {
                kind for kind in ("lead", "coordinate", "monitor", "time") if (c := cell(row, table, kind)) and c.text
            }
            item.role_cells = [
                (kind, span)
                for kind in ("lead", "coordinate", "monitor")
                for c in column_cells(row, table, kind)
                for span in c.spans()
            ]
            if (time := cell(row, table, "time")) is not None:
                item.time_spans = time.spans()
            item.previous_row = previous
            previous = item
            rows.append(item)
            if group is not None:
                item.parent = group
                group.children.append(item)
                if group.kind == "table_group":  # a numbered part of a group: "1.1" under "III.1" is III.1.1
                    group.end = max(group.end, item.end)
                    within = holder is not None and label and label.startswith(group.label + ".")
                    owner = holder if within else group
                    item.id = f"{owner.id}.{label}" if label else f"{group.id}.{len(group.children)}"
                elif (
                    pointer is not None and group is pointer and label
                ):  # the appendix's rows, as printed, under the item pointing there
                    item.id = f"{group.id}.{label}"
                elif group is host and label:  # a table inside the item: its rows as printed under it
                    item.id = f"{group.id}.{label}"
                    _stretch(group, item.end)
                else:  # a restated body item: numbered on after its own sub-items
                    item.id = f"{group.id}.{len(group.children)}"
            elif holder is not None:
                holder.children.append(item)
                item.id = f"{holder.id}.{label or len(holder.children)}"
                top.append(item)
            else:
                item.id = label or f"T{len(top) + 1}"
                if part is not None and label:
                    item.id = f"{part.label}.{label}"  # numbered under the part heading, as its items are
                top.append(item)
    _unique_ids(top)
    return top, rows


def _sub_group(row: Row, table: TaskTable, k: int) -> Item | None:
    """A row that heads a numbered part of a table's group, as an item, or None: an arabic number and a title,
    in one cell ("1. Chuyển đổi số") or in the number and content cells with nothing else ("2 | Công tác nhân
    sự"), the row after it numbered under it ("1.1", "2.1")."""
    texts = [c.text for c in row.cells if c.text]
    opening = _SUB_GROUP.match(texts[0]) if len(texts) == 1 else None
    label = opening.group("label") if opening else row_label(row, table) if len(texts) == 2 else None
    if not (label and label.isdigit()) or k + 1 >= len(table.rows):
        return None
    if not (row_label(table.rows[k + 1], table) or "").startswith(label + "."):
        return None
    para = row.paragraph
    return Item("table_group", label, label, para.start, para.end, para.end)


_SUB_GROUP = re.compile(r"(?P<label>\d{1,2})[.)]\s+\S")


def _part_heading_over(roots: list[Item], table: TaskTable, host: Item | None) -> Item | None:
    """The roman part whose heading is printed right above a table, after the body item the table would
    otherwise belong to, with no item of its own ("III. … d. Vụ …" then "IV. TIẾN ĐỘ THỰC HIỆN" and the
    table): the table is the part's content."""
    parts = [item for item in roots if item.kind == "roman" and item.start < table.start]
    if not parts:
        return None
    part = max(parts, key=lambda item: item.start)
    if part.children or (host is not None and host.start > part.start):
        return None
    return part


# on `_folded(text)`: all an item says after its title is where its detail is printed ("(Chi tiết tại Phụ lục đính
# kèm)", "Nhiệm vụ cụ thể theo Phụ lục kèm theo.")
_POINTER = re.compile(
    r"^\(?\s*+(?:(?:chi tiet|noi dung|nhiem vu|phan cong nhiem vu)\s++)?(?:cu the\s++)?(?:tai|theo|co)\s++"
    r"(?:cac\s++)?phu\s*+luc\b[^()]*+\)?\.?$"
)


def _appendix_pointer(doc: Document, candidates: list[Item]) -> Item | None:
    """The one item of the body whose content is only a pointer to the appendix ("2. NHIỆM VỤ TRỌNG TÂM" then
    "(Chi tiết tại phụ lục đính kèm)"): the appendix's task table is its detail, its rows its subtasks (SCHEMA
    "Task tables"). None when no item or several point there (which table is whose is then not said)."""
    pointing = [
        item
        for item in candidates
        if not item.children
        and item.first_end < item.end
        and is_heading_line(doc.flat[item.start + len(item.marker) : item.first_end])
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
    # a bullet is one paragraph: a table after it is no bullet's ("• Thi công xong bồn chứa …" then a table of who
    # does what by when), but the item above it's, if any
    before = [item for item in candidates if item.start < table.start and item.kind not in BULLET_KINDS]
    return max(before, key=lambda item: item.start) if before else None


def _stretch(item: Item, end: int) -> None:
    while item is not None:
        item.end = max(item.end, end)
        item = item.parent


def _walk(item: Item):
    yield item
    for child in item.children:
        yield from _walk(child)


def _news_findings_list(doc: Document, roots: list[Item], before: list[Paragraph]) -> bool:
    """A news report whose only marked items are bullets that order nothing, under a paragraph that tells what was
    done or found ("… đoàn đã phát hiện một số hành vi … Cụ thể:" over "- Công ty có vi phạm về nhãn hàng hóa …"):
    the findings it lists, not a list of orders ("Việc chi trả được thực hiện như sau:" over "• Đoàn khoa sẽ …"
    arranges what is to be done)."""
    if not roots or not before or not all(item.kind in BULLET_KINDS for item in roots) or not is_news(doc):
        return False
    lead = doc.flat[before[-1].start : before[-1].end].strip()
    if task_cues().told_as_done.search(lead) is None or is_directive_paragraph(lead):
        return False
    return not any(orders_something(doc, item) for item in roots)


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


def _orders_after_the_closing(
    doc: Document, paragraphs: list[Paragraph], closing_at: int, last_two: set[int]
) -> list[Item]:
    """The orders printed after a letter's closing formula ("Vậy UBND xã thông báo … biết và thực hiện." then "Đề
    nghị Đài truyền thanh xã, các đồng chí Trưởng thôn thông báo liên tục …"): each a task `p…` of its own."""
    found = []
    for para in paragraphs:
        if para.start <= closing_at:
            continue
        text = doc.flat[para.start : para.end].strip()
        if _carries_a_directive_out(text) or (
            is_directive_paragraph(text) and not closing(text, unless_dated=True, last=para.start in last_two)
        ):  # "Chỉ thị này có hiệu lực …" then "Các sở, ban, ngành … nghiêm túc thực hiện nội dung Chỉ thị này."
            found.append(Item("implicit", "", "", para.start, para.end, para.end))
    return found


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
    paragraphs = _rejoin_split_sentences(doc, paragraphs)
    last_two = {para.start for para in paragraphs[-2:]}
    after_closing: list[Item] = []
    if closing_at is not None:  # a closing with a deadline of its own is read again below, as an order
        closing_para = next(p for p in paragraphs if p.start == closing_at)
        closing_text = doc.flat[closing_para.start : closing_para.end]
        if dated(closing_text) or orders_more(closing_text) or _carries_a_directive_out(closing_text):
            closing_at = None  # "Yêu cầu Giám đốc sở, … triển khai thực hiện Chỉ thị này": an order of the whole
        else:
            after_closing = _orders_after_the_closing(doc, paragraphs, closing_at, last_two)
            paragraphs = [p for p in paragraphs if p.start < closing_at]
    found, closing_at = _orders_after_the_list(doc, paragraphs, items, closing_at, last_two)
    return found + after_closing, closing_at


def _orders_after_the_list(
    doc: Document, paragraphs: list[Paragraph], items: list[Item], closing_at: int | None, last_two: set[int]
) -> tuple[list[Item], int | None]:
    """`_trailing_paragraphs` before the closing: where the last item ends, the orders after it (ids unset) and
    where the closing starts (`closing_at` when none of these paragraphs opens it)."""
    last_start = max(item.start for item in items)
    after = [p for p in paragraphs if p.start > last_start]
    last = max(items, key=lambda item: item.start)
    first_line = doc.flat[last.start : last.first_end].rstrip()
    # its paragraphs follow: "5. Sở Y tế:", or a heading with nothing under it ("III. Tổ chức thực hiện")
    announces = first_line.endswith(":") or (
        last.kind in CONTAINERS and not last.children and is_heading_line(first_line)
    )

    def flat(para: Paragraph) -> str:
        return doc.flat[para.start : para.end].strip()

    # every item one paragraph: a paragraph after the last that opens with a verb of doing is not its
    # continuation but an order of the whole letter ("5. Các chủ hồ chứa tổ chức trực ban …" then "Tổ chức trực
    # ban nghiêm túc, sẵn sàng ứng phó …./.")
    single = all(item.end == item.first_end for item in items if item.start != last_start)

    def ends_the_list(para: Paragraph) -> bool:
        text = flat(para)
        if closing(text, last=para.start in last_two) or _gives_contact(text):
            return True
        if announces:
            return False
        # an article's last paragraph names who carries the decision out as part of it ("Điều 3. … có hiệu lực …"
        # then "Chánh Văn phòng …, Giám đốc các sở … chịu trách nhiệm thi hành Quyết định này")
        carries_out = last.kind != "article" and _names_who_carries_it_out(text)
        return _opens_a_directive(text) or (single and _opens_a_whole_order(text)) or carries_out

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
        carries_out = _names_who_carries_it_out(text)  # an order, whatever closing formula it ends with
        orders = carries_out or _opens_a_directive(text) or is_directive_paragraph(text)
        if not (orders or (single and _opens_a_whole_order(text))) or (
            not carries_out and closing(text, unless_dated=True, last=para.start in last_two)
        ):
            return found, para.start
        found.append(Item("implicit", "", "", para.start, para.end, para.end))
    return found, closing_at


_CARRY_OUT_REACH = 480  # characters of the first sentence read for its deed: the bodies named before it


def _names_who_carries_it_out(text: str) -> bool:
    """A paragraph after the last item whose first sentence names the bodies that carry the text out ("Thủ trưởng
    sở, ban, ngành liên quan, UBND huyện, UBND các xã … nghiêm túc triển khai thực hiện chỉ thị này."; section cues
    `carry_out_verb`), as a decision's executing article does: an order of the whole text, no part of the last item
    and no closing formula. One that names no body ("Các đơn vị nghiêm túc thực hiện Kế hoạch này") is not read so."""
    sentence_end = text.find(". ")
    head = text[: sentence_end if sentence_end > 0 else _CARRY_OUT_REACH]
    deed = section_cues().carries_out_this.search(head, 0, _CARRY_OUT_REACH)
    return deed is not None and bool(find_mentions(head[: deed.start()], (0, deed.start())))


_A_DIRECTIVE_S_NAME = re.compile(r"(?i:chỉ\s++thị|công\s++điện)\s++này")


def _carries_a_directive_out(text: str) -> bool:
    """`_names_who_carries_it_out` for a directive ("… nghiêm túc thực hiện nội dung Chỉ thị này", "… Công điện
    này"): an order of the whole text even where it stands as the closing (ANNOTATING, settled 15); a plan's or a
    letter's "đề nghị các đơn vị thực hiện nghiêm túc Kế hoạch này" there stays its closing formula."""
    # the text's name first: a regex on the paragraph's head, where `_names_who_carries_it_out` reads its bodies
    return _A_DIRECTIVE_S_NAME.search(text[:_CARRY_OUT_REACH]) is not None and _names_who_carries_it_out(text)


def _opens_a_whole_order(text: str) -> bool:
    """After one-paragraph items, a paragraph that opens with a deed and no subject ("Tổ chức trực ban …") or with the
    bodies taken all together and their deed ("Các đơn vị triển khai thực hiện và báo cáo về …"): an order of the
    whole letter, not the last item's."""
    return _opens_with_a_deed(text) or task_cues().bodies_do.match(text) is not None


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
    body_end, floated = body_past_a_floated_signature(doc, (header_end, body_end))
    appendix = (doc.lines[tail.appendix_line].start, len(doc.text)) if tail.appendix_line is not None else None
    if appendix is not None and appendix[0] < body_end:
        appendix = None  # no signature before it: the body runs to the end and holds it
    doc.layout = find_tasks(doc, (header_end, body_end), appendix)
    doc.layout.gaps = [floated] if floated else []
    doc.task_index = TaskIndex(doc.layout.tasks, doc.layout.rules)
    return doc
