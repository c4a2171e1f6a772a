"""A title that names one body: an article's or an item's number, maybe a duty title, then the body's name alone to
the line's end ("Điều 14. Trách nhiệm của Trung tâm phát triển quỹ đất - quỹ nhà", "Điều 3: Văn phòng HĐND-UBND
thành phố", "5. Trách nhiệm của Ban Quản lý dự án đầu tư xây dựng"). Nothing follows the name in a title, so its
lower-case terms, hyphens and the purpose verbs that end a name in running text ("xây dựng") are the name's."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from ...cues import alternation, load_cues
from ...item_labels import ARABIC, ARTICLE_NUMBER, DOTTED, ROMAN
from .role_cue_kinds import ROLE_CUE_KINDS

MAX_TITLE_WORDS = 14  # "Trung tâm Văn hóa - Thể thao và Truyền thanh - Truyền hình thành phố": a dozen words


@lru_cache(maxsize=1)
def _title_opening() -> re.Pattern[str]:
    """On accented lower-case text, the whole line before a body's type word: an article's number, then maybe a
    duty title (cues/roles.tsv `duty_title`), or an item's number and a duty title."""
    duty = alternation(load_cues("roles.tsv", ROLE_CUE_KINDS), "duty_title", fold=False)
    # an item's number needs the duty title: "2. Ban Quản lý dự án | xây dựng kế hoạch …" is a sentence
    article = rf"điều[ \t]++(?>{ARTICLE_NUMBER})[ \t]*+[.:]?[ \t]*+(?:{duty}[ \t]++)?"
    item = rf"(?:{ARABIC}|{ROMAN.lower()})[.)][ \t]*+{duty}[ \t]++"  # on lower-case text
    return re.compile(rf"[ \t]*+(?:{article}|{item})$")


def in_a_title(lower: str, head_start: int) -> bool:
    """Whether the type word at `head_start` opens a title's body (above): only the title's opening before it."""
    line_start = lower.rfind("\n", max(0, head_start - 60), head_start) + 1
    if line_start == 0 and head_start > 60:
        return False
    return _title_opening().fullmatch(lower, line_start, head_start) is not None


_TITLE_TOKEN = re.compile(r"[^\W\d_]+|[-–&]|\S")
_GAP = re.compile(r"[ \t]*+")
TITLE_END = re.compile(r"[ \t]*+[.:]?[ \t]*+(?:\n|$)")  # a title line's end: maybe its "." or ":", then the break


def title_name_end(
    flat: str, at: int, hi: int, term_word: Callable[[int], bool], opens_a_name: Callable[[int], bool]
) -> int | None:
    """The end of a title's body whose name was read up to `at`: the rest of the title when it holds only lower-case
    words a name's term may hold (`term_word(at)`: words of names that are no boundary word, purpose verbs),
    capitalized words that open no other body (`opens_a_name(at)`), hyphens and "và"; None when the title goes on
    with anything else (a comma, a number, "trong", "các", a second body) or ends nowhere near."""
    pos, words = at, 0
    while pos < hi and words <= MAX_TITLE_WORDS:
        ending = TITLE_END.match(flat, pos, hi)
        if ending:
            return pos if words else None
        gap = _GAP.match(flat, pos, hi).end()
        token = _TITLE_TOKEN.match(flat, gap, hi)
        if token is None:
            return None
        word = token.group()
        if word in ("-", "–", "&"):
            pos = token.end()
            continue
        if not word[:1].isalpha():
            return None
        if word[:1].isupper():
            if opens_a_name(gap):
                return None  # "… và Sở Y tế": a second body
        elif word != "và" and not term_word(gap):
            return None
        words += 1
        pos = token.end()
    return None


# An item's heading that is one body's name alone: "1.1. Phòng Kỹ thuật, tu bổ và tôn tạo cảnh quan", "1.4. Đội
# Kiểm tra, xử lý vi phạm trên vịnh Hạ Long", "II. Phòng Kế hoạch - Tài chính", its duties on the lines under it.
# The name runs to the heading's end: a field printed in sentence case goes on after a comma with lower-case terms
# and a place after "trên" / "tại" / "ở", which in running text would end it. (A lettered item, "b) …", opens with
# a small letter: the grammar reads its line as the previous one's wrapped end, grammar.wrapped_lines_joined.)
_ITEM_NUMBER = re.compile(rf"[ \t]*+(?:(?:{DOTTED}|{ARABIC})\.?|{ROMAN.lower()}\.)[ \t]*+$")  # on lower-case text
_LOCATIVE = re.compile(r"(?:trên|tại|ở)(?!\w)")
HEADING_END = re.compile(r"[ \t]*+:?[ \t]*+(?:\n|$)")  # a heading's end: no full stop, which ends a sentence
_HEADING_TOKEN = re.compile(r"[^\W\d_]+|[,&–-]|\S")


def heads_an_item(lower: str, head_start: int) -> bool:
    """Whether the type word at `head_start` follows only an item's number on its line ("1.1. ", "2. ", "II. ")."""
    line_start = lower.rfind("\n", max(0, head_start - 16), head_start) + 1
    if line_start == 0 and head_start > 16:
        return False
    return _ITEM_NUMBER.fullmatch(lower, line_start, head_start) is not None


def heading_name_end(
    flat: str, lower: str, at: int, hi: int, is_boundary: Callable[[int], bool], opens_a_name: Callable[[int], bool]
) -> int | None:
    """The end of a heading's body whose name was read up to `at`, when the heading goes on to its end with more of
    the name: a comma or a place's "trên", "tại", "ở", then lower-case words none of which is a boundary word
    (`is_boundary(pos)`, but those three), "và", hyphens, capitalized words that open no other body
    (`opens_a_name(pos)`), and no full stop at its end; None when nothing is left of the heading or it goes on with
    anything else (a verb: "1.2. Sở Y tế tổ chức tập huấn", a number, a second body), or ends as a sentence does
    ("1. Ban Chỉ đạo …, cấp xã kiện toàn thành viên.")."""
    pos, words, opened = at, 0, False
    while pos <= hi and words <= MAX_TITLE_WORDS:  # `hi` may be the line's end: the heading ends there
        if HEADING_END.match(flat, pos, hi):
            return pos if words else None
        gap = _GAP.match(flat, pos, hi).end()
        token = _HEADING_TOKEN.match(flat, gap, hi)
        if token is None:
            return None
        word = token.group()
        if not opened and word != "," and not _LOCATIVE.fullmatch(lower, gap, token.end()):
            return None  # the name goes on after a comma (", tu bổ và tôn tạo cảnh quan") or with its place ("trên …")
        opened = True
        if word in (",", "-", "–", "&"):
            pos = token.end()
            continue
        if not word[:1].isalpha():
            return None
        if word[:1].isupper():
            if opens_a_name(gap):
                return None  # "…, Sở Y tế": a second body
        elif word != "và" and is_boundary(gap) and not _LOCATIVE.match(lower, gap, hi):
            return None
        words += 1
        pos = token.end()
    return None
