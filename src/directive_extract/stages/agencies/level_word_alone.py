"""A local government named again by its level word alone: a report names the place it is about once ("làm việc
với huyện Vân Canh", "yêu cầu UBND xã Tân Hòa …") and then binds it to its deeds by the bare level word or by
"địa phương" ("Đối với công tác sắp xếp đơn vị hành chính, huyện cần rà soát …", "Địa phương phải phối hợp …").

Read only where the word is the subject of an obligation: it opens a sentence or a clause (after ".", ";", ":" or
",", not as the last of a list "cơ quan, đơn vị, địa phương") and "cần" or "phải" follows it, not a passive ("địa
phương phải được …": the body is acted on). The level word stands for the one local government of that level the
document names with its place; "địa phương" for the one local government the document names with its place, of
any level. With two or more (or none), the word names no body: "huyện" among "huyện A" and "huyện B" is either;
so too where the document speaks of that level in the plural ("các huyện", "12 tỉnh, thành phố", "các địa
phương"): the word may be any of them.
"""

from __future__ import annotations

import re

from ...patterns import lowered
from ...vn import fold_keep_case
from ...vocab import LEVEL_OF_WORD, LEVEL_WORDS
from .mentions import Mention, covering

_LOCAL_GOVERNMENT = "Ủy ban nhân dân "  # the canonical head of a place's body ("Ủy ban nhân dân huyện Vân Canh")
_LOCALITY = "địa phương"  # the place the report is about, whatever its level
# a modal of obligation, the anchor of the search; then, in the characters before it, its subject: the bare word
# opening a sentence or a clause
_MODAL = re.compile(r"\s(?:cần|phải)(?!\w)")
_SUBJECT = re.compile(
    r"(?P<mark>[.;:!?,]\s*+)?(?<!\w)(?P<word>(?i:"
    + "|".join(w.replace(" ", r"\s+") for w in (_LOCALITY, *LEVEL_WORDS))
    + r"))\s*+$"
)
_REACH = 16  # characters before the modal where its subject and the mark before it are read
_PASSIVE = re.compile(r"\s++được(?!\w)")
# the last clause before a comma, when a comma opens it too and it is one to three words: an item of a list
_LIST_ITEM = re.compile(r",\s*+(?:[^\s,.;:!?]++\s*+){1,3}$")
_LIST_REACH = 40


def _plural_levels(folded: str) -> set[str]:
    """The level words (and "địa phương") the text speaks of in the plural: "các huyện", "12 tỉnh", "mỗi xã"."""
    return {
        " ".join(m.group("word").split())
        for m in _PLURAL.finditer(folded)
        # "cac", not the end of another word ("12 tinh": the number's last digit)
        if m.start() == 0 or folded[m.start()].isdigit() or not folded[m.start() - 1].isalnum()
    }


_FOLDED_WORDS = {fold_keep_case(w): w for w in (_LOCALITY, *LEVEL_WORDS)}
_PLURAL = re.compile(
    r"(?:cac|nhung|moi|tung|\d)\s++(?P<word>"
    + "|".join(w.replace(" ", r"\s+") for w in sorted(_FOLDED_WORDS, key=len, reverse=True))
    + r")(?!\w)"
)


def _named_places(mentions: list[Mention]) -> dict[str, set[str]]:
    """The local governments the document names with their place, by level word: {"huyện": {"Ủy ban nhân dân
    huyện Vân Canh"}}."""
    named: dict[str, set[str]] = {}
    for mention in mentions:
        if not mention.name.startswith(_LOCAL_GOVERNMENT):
            continue
        rest = mention.name[len(_LOCAL_GOVERNMENT) :]
        for word in LEVEL_WORDS:  # longest first: "thị xã" before "xã"
            if rest.startswith(word + " ") and rest[len(word) + 1 : len(word) + 2].isupper():
                named.setdefault(word, set()).add(mention.name)
                break
    return named


def level_word_mentions(flat: str, folded: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions of a local government printed as its level word or "địa phương" alone, as the subject of an
    obligation, named as the one body it stands for."""
    named = _named_places(mentions)
    if not named:
        return []
    inside = covering(mentions)
    plural: set[str] | None = None  # read once a subject is found: most documents have none
    every = set().union(*named.values())
    found: list[Mention] = []
    for modal in _MODAL.finditer(flat):
        low = max(0, modal.start() - _REACH)
        match = _SUBJECT.search(flat, low, modal.start())
        if match is None or not (match.group("mark") or (match.start() == 0 and low == 0)):
            continue
        if _PASSIVE.match(flat, modal.end()):
            continue
        if (match.group("mark") or "").startswith(",") and _LIST_ITEM.search(
            flat, max(0, match.start() - _LIST_REACH), match.start()
        ):
            continue  # "… cơ quan, đơn vị, địa phương phải …": the last of a list
        start, end = match.span("word")
        if inside(start):
            continue
        word = " ".join(match.group("word").lower().split())
        if plural is None:
            plural = {_FOLDED_WORDS[w] for w in _plural_levels(lowered(folded)) if w in _FOLDED_WORDS}
        if word in plural or (word == _LOCALITY and any(level in plural for level in named)):
            continue
        bodies = every if word == _LOCALITY else named.get(word, set())
        if word != _LOCALITY and LEVEL_OF_WORD.get(word) is None:
            continue  # "thành phố" alone says no level
        if len(bodies) == 1:
            found.append(Mention(start, end, next(iter(bodies)), "agency.level_word_alone"))
    return found
