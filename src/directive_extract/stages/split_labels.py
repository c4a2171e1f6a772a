"""Item numbers printed apart from their text, as legal-text crawls print them.

Two forms, read before the item tree is built (tasks.build_items):

- a bare label on its own line, the item's text on the next: "Điều 2." / "1.4." / "2." then a line that
  opens with a capital. The two paragraphs are one item's.
- a label hanging at the end of the line above: "III. TỔ CHỨC THỰC HIỆN 1." or "1. Tăng cường … tiến bộ 1.1."
  then a line that opens with a capital. Read only where the line is itself an item's heading and the
  hanging label is that item's first child ("1." under a roman or an article, "N.1." under "N."): a number
  that ends a sentence ("… năm 2020.", "… tại khoản 1.", "… Điều 12.") is no such child.

Both forms keep to the numbering in force: a label is read only where it continues it.
"""

from __future__ import annotations

import re

from ..document import Document, Paragraph
from ..item_labels import ARABIC, ARTICLE_NUMBER, DOTTED, ROMAN
from ..vn import UPPER, fold_keep_case

# a paragraph that is only a label: "Điều 2.", "1.4.", "2.", "III." (the label forms: item_labels.py)
_BARE = re.compile(
    rf"^\s*(?:Điều\s+(?P<article>{ARTICLE_NUMBER})\s*[.:]"
    rf"|(?P<dotted>{DOTTED})\.?"
    rf"|(?P<arabic>{ARABIC})\s*[.)]"
    rf"|(?P<roman>{ROMAN})\s*\.)\s*$"
)
# the label an item's heading opens with
_OPENS = re.compile(
    rf"^\s*(?:Điều\s+(?P<article>{ARTICLE_NUMBER})\s*[.:]?\s"
    rf"|(?P<dotted>{DOTTED})\.?\s"
    rf"|(?P<arabic>{ARABIC})\s*[.)]\s"
    rf"|(?P<roman>{ROMAN})\s*[.\-–:]\s)"
)
# a label hanging at the end of a line, its last word: "… tiến bộ 1.1.", "… THỰC HIỆN 1."
_HANGING = re.compile(r"\d{1,2}(?:\.\d{1,2}){0,3}\.")
_OPENS_CAPITAL = re.compile(rf"^\s*[\"“(]?[{UPPER}]")


def _label(match: re.Match[str]) -> tuple[str, str]:
    kind = next(k for k in ("article", "dotted", "arabic", "roman") if match.group(k))
    return kind, match.group(kind)


class _Numbering:
    """The labels in force: the last article, arabic and dotted label opened."""

    def __init__(self) -> None:
        self.last: dict[str, str] = {}

    def open(self, kind: str, label: str) -> None:
        self.last[kind] = label
        if kind in ("roman", "article"):
            self.last.pop("arabic", None)
            self.last.pop("dotted", None)
        elif kind == "arabic":
            self.last.pop("dotted", None)

    def continues(self, kind: str, label: str) -> bool:
        """True when `label` is the next one of its kind, or the first under the label above it."""
        last = self.last.get(kind)
        if kind in ("article", "arabic"):
            return int(label) == (int(last) + 1 if last else 1)
        if kind == "dotted":
            head, _, tail = label.rpartition(".")
            if last is not None and last.rpartition(".")[0] == head:
                return int(tail) == int(last.rpartition(".")[2]) + 1
            return int(tail) == 1 and head in (self.last.get("arabic"), last)
        return False  # a roman heading alone on its line: left as printed


def _hanging_child(text: str, opened: tuple[str, str] | None, number_words: frozenset[str]) -> str | None:
    """The label hanging at the end of an item's one-line heading, when it is the heading's first child."""
    words = text.rsplit(None, 2)
    if opened is None or len(words) < 3 or not _HANGING.fullmatch(words[-1]):
        return None
    before = words[-2]
    one = fold_keep_case(before).lower()
    two = f"{fold_keep_case(words[-3].rsplit(None, 1)[-1]).lower()} {one}"
    if not before[-1:].isalpha() or one in number_words or two in number_words:
        return None  # "… năm 2020.", "… tại khoản 1.", "… Điều 12."
    kind, own = opened
    label = words[-1][:-1]
    if kind in ("roman", "article"):
        return label if label == "1" else None
    return label if label == own + ".1" else None


def rejoin_split_labels(doc: Document, paragraphs: list[Paragraph], number_words: frozenset[str]) -> list[Paragraph]:
    """The paragraphs with each label printed apart joined to its item's text (see the module's note).
    `number_words`: the words after which a number is cited or counted (tasks.tsv: number_word), folded."""
    out: list[Paragraph] = []
    numbering = _Numbering()
    k = 0
    while k < len(paragraphs):
        para = paragraphs[k]
        text = doc.text[para.start : para.end]
        nxt = paragraphs[k + 1] if k + 1 < len(paragraphs) else None
        follows = nxt is not None and bool(_OPENS_CAPITAL.match(doc.text[nxt.start : nxt.end]))
        follows = follows and not _OPENS.match(doc.text[nxt.start : nxt.end]) if nxt is not None else False
        bare = _BARE.match(text)
        if bare is not None:
            kind, label = _label(bare)
            if follows and kind != "roman" and numbering.continues(kind, label):
                numbering.open(kind, label)
                out.append(Paragraph(para.start, nxt.end, para.first_line, nxt.last_line))
                k += 2
                continue
            out.append(para)
            k += 1
            continue
        opens = _OPENS.match(text)
        opened = _label(opens) if opens is not None else None
        if opened is not None:
            numbering.open(*opened)
        hanging = _hanging_child(text, opened, number_words) if follows and "\n" not in text.strip() else None
        if hanging is None:
            out.append(para)
            k += 1
            continue
        cut = para.start + text.rstrip().rindex(hanging)
        head_end = para.start + len(text[: cut - para.start].rstrip())
        out.append(Paragraph(para.start, head_end, para.first_line, para.first_line))
        numbering.open("dotted" if "." in hanging else "arabic", hanging)
        out.append(Paragraph(cut, nxt.end, para.last_line, nxt.last_line))
        k += 2
    return out
