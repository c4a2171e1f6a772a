"""A body printed bare with "cùng cấp" (of the same level) is that body at the level of the sentence's subject:
"UBND các huyện chủ trì, phối hợp với Liên đoàn Lao động cùng cấp" -> `Liên đoàn Lao động cấp huyện` (the subject
is a class, so the body is one too); "Ban Chỉ huy Quân sự xã phối hợp với Hội Cựu chiến binh cùng cấp" -> `Hội Cựu
chiến binh xã`. Only a head the gazetteer holds at that level ("<head> <level word>") is so read."""

from __future__ import annotations

import re
from functools import lru_cache

from ... import resources
from .canonical import LEVEL_WORD, level_of
from .mentions import Mention

_SAME_LEVEL_AFTER = re.compile(r"[ \t\n]++cùng[ \t\n]++cấp(?!\w)", re.IGNORECASE)
# a list's ";" does not end the sentence ("UBND các huyện chủ trì, phối hợp với Ban Quản lý …; Liên đoàn Lao động
# cùng cấp")
_SENTENCE_BREAK = re.compile(r"[.:!?]|\n[ \t]*+[-+•*]|\n[ \t]*+\d{1,2}[.)]")
_CLASS_LEVEL = {" cấp tỉnh": "province", " cấp huyện": "district", " cấp xã": "commune"}
_REACH = 300  # characters from the subject to the body


@lru_cache(maxsize=1)
def _names() -> frozenset[str]:
    return frozenset(row["name"] for row in resources.agency_rows())


def _subject(flat: str, mentions: list[Mention], at: int) -> Mention | None:
    """The first body of the sentence holding mention `at`."""
    mention = mentions[at]
    subject = None
    for before in reversed(mentions[:at]):
        if mention.start - before.end > _REACH or _SENTENCE_BREAK.search(flat, before.end, mention.start):
            break
        subject = before
    return subject


def at_the_subjects_level(flat: str, mentions: list[Mention]) -> None:
    """Name each bare body followed by "cùng cấp" at its sentence subject's level (in place)."""
    for at, mention in enumerate(mentions):
        if not _SAME_LEVEL_AFTER.match(flat, mention.end):
            continue
        subject = _subject(flat, mentions, at)
        if subject is None or not subject.name:
            continue
        as_class = next((level for words, level in _CLASS_LEVEL.items() if subject.name.endswith(words)), None)
        level = as_class or level_of(subject.name)
        word = LEVEL_WORD.get(level or "")
        if word is None or f"{mention.name} {word}" not in _names():
            continue
        mention.name = f"{mention.name} {'cấp ' if as_class else ''}{word}"
