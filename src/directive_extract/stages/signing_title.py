"""A signing block whose line runs on into the title of the text it issues attached.

Crawls of legal-text sites (thuvienphapluat.vn, vbpl.vn) flatten the signature column and the attached
text's first page onto one line: "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn A CHƯƠNG TRÌNH
HÀNH ĐỘNG …". The general boundary: the signing authorities and position in capitals, the signer's
personal name (its words capitalised, not in capitals), then a run of capitals opening with the type of an
issued text (cues/tasks.tsv: issued_document, and "PHỤ LỤC"). The block ends with the name; the attached
text starts with the type word, and its parts follow on the next lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..cues import alternation, load_cues
from ..names import squash
from ..vn import LOWER, UPPER, is_upper_text
from .signing_positions import TITLE

# the signing authority markers, each opening one block ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH")
_MARKER = r"(?:TM|KT|TL|TUQ|Q|T/M|K/T|T/L|T\.M|K\.T|T\.L)(?:\s*+[./]|(?=\s))"  # a word of its own: not "QUẢNG"
# the position a signer holds, printed after the block it signs for ("KT. CHỦ TỊCH PHÓ CHỦ TỊCH")
_POSITION = re.compile(rf"(?<!\S)(?:PHÓ\s+)?{TITLE}(?:\s+[^\s\w]*[{UPPER}][^\s]*)*$")


@dataclass(frozen=True)
class SigningTitle:
    authority: str | None  # "TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH": one block a marker, joined by ", "
    position: str | None  # "PHÓ CHỦ TỊCH"
    signer: str  # "Nguyễn Văn A"
    title_start: int  # where the attached text's title starts in the line


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    from .paragraph_reading import (
        TASK_CUE_KINDS,
    )  # late: paragraph_reading imports the agency package, which imports document

    types = alternation(load_cues("tasks.tsv", TASK_CUE_KINDS), "issued_document", fold=False)
    syllable = rf"[{UPPER}][{LOWER}]++"
    return re.compile(
        rf"^\s*+(?P<block>{_MARKER}\s*+\S++(?:\s++\S++)*?)\s++(?P<name>{syllable}(?:\s++{syllable}){{1,4}})"
        rf"\s++(?P<title>(?P<type>(?i:{types}|phụ\s+lục))(?!\w).*)$"
    )


def signing_title(text: str) -> SigningTitle | None:
    """The signing block and the attached text's title run together on one line, split; or None."""
    match = _pattern().match(text)
    if match is None or not is_upper_text(match.group("block")) or not is_upper_text(match.group("type")):
        return None
    blocks = [squash(b) for b in re.split(rf"\s(?={_MARKER}\s)", squash(match.group("block"))) if b.strip()]
    authority, position = blocks, None
    last = blocks[-1]
    head = re.match(rf"{_MARKER}\s*+", last)
    rest = last[head.end() :] if head else last
    # the signer's position: a second position after the last block's own ("KT. CHỦ TỊCH PHÓ CHỦ TỊCH")
    for k in range(1, min(len(rest), 120)):  # a signing block is a few words: no scan of a long run
        if rest[k - 1] == " " and (found := _POSITION.match(rest, k)):
            position = found.group().strip()
            authority = [*blocks[:-1], last[: len(last) - len(rest) + k].strip()]
            break
    return SigningTitle(
        authority=", ".join(authority) or None,
        position=position,
        signer=squash(match.group("name")),
        title_start=match.start("title"),
    )
