"""Units of the armed forces named by their numbers, several at once after one head.

    các Quân khu 1, 2 và 3             -> Quân khu 1, Quân khu 2, Quân khu 3
    Sư đoàn 312, 316                   -> Sư đoàn 312, Sư đoàn 316
    Bộ Tư lệnh (BTL) các Quân khu 4, 5 -> Bộ Tư lệnh Quân khu 4, Bộ Tư lệnh Quân khu 5
    BTL Quân khu 3,4,5                 -> Bộ Tư lệnh Quân khu 3, Bộ Tư lệnh Quân khu 4, Bộ Tư lệnh Quân khu 5

The unit word is a `numbered_type_word` cue (cues/agency_names.tsv), printed capitalized; a command printed
before it, with "các" or not, in full or abbreviated ("Bộ Tư lệnh các Quân khu", "BTL Quân khu") is the command
of each unit. Each member's mention spans its
number, the first one the head too; the list's span is the head's (shared_heads.find_mentions drops what the
matcher read inside it).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...cues import load_cues, phrases
from ...names import abbreviation_table, squash
from .canonical import known_body
from .grammar import NAME_CUE_KINDS
from .mentions import RawMention

RULE = "agency.numbered_units"
_NUMBER = r"\d{1,3}"
# what every list holds: two numbers parted by "," or "và" (a scan that starts at digits only)
_TWO_NUMBERS = re.compile(r"\d[ \t]*(?:,|[ \t]và[ \t])[ \t]*\d")
_PLURAL = re.compile(r"(?<!\w)[Cc]ác[ \t]+$")


@lru_cache(maxsize=1)
def _command() -> re.Pattern[str]:
    """The command of each unit (`unit_command` cue), printed before the unit word, maybe with "các" and its
    abbreviation in brackets ("Bộ Tư lệnh (BTL) các"), or as its abbreviation (abbreviations.csv: "BTL Quân khu 3,
    4, 5"); capitalized as a name prints it, its later words maybe in lower case."""
    cues = load_cues("agency_names.tsv", NAME_CUE_KINDS)
    cued = phrases(cues, "unit_command", fold=False)
    printed = {cue.phrase for cue in cues if cue.kind == "unit_command"}
    abbreviated = [re.escape(abbr) for abbr, expansion in abbreviation_table().items() if expansion in printed]
    commands = "|".join([rf"(?-i:{p[0].upper()}){p[1:]}" for p in cued] + [rf"(?-i:{a})" for a in abbreviated])
    return re.compile(rf"(?<!\w)(?:{commands})(?:[ \t]*\([^()\n]{{1,12}}\))?(?:[ \t]+các)?[ \t]+$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _unit_list() -> re.Pattern[str]:
    """A unit word, then two numbers at least parted by "," or "và" ("Quân khu 1, 2, 3", "Sư đoàn 312 và 316")."""
    units = "|".join(phrases(load_cues("agency_names.tsv", NAME_CUE_KINDS), "numbered_type_word", fold=False))
    return re.compile(
        rf"(?<!\w)(?P<unit>{units})[ \t]+(?P<numbers>{_NUMBER}(?:[ \t]*,[ \t]*{_NUMBER})*"
        rf"(?:[ \t]*,?[ \t]+và[ \t]+{_NUMBER})?)(?![\w/.-])",
        re.IGNORECASE,
    )


def find_numbered_units(flat: str, region: tuple[int, int]) -> tuple[list[RawMention], list[tuple[int, int]]]:
    """Member mentions of each unit list in `flat[region]`, and the lists' spans."""
    lo, hi = region
    members: list[RawMention] = []
    spans: list[tuple[int, int]] = []
    if _TWO_NUMBERS.search(flat, lo, hi) is None:
        return members, spans  # most regions: no two numbers in a row, so no list to read
    for found in _unit_list().finditer(flat, lo, hi):
        numbers = list(re.finditer(_NUMBER, found.group("numbers")))
        if len(numbers) < 2 or not flat[found.start()].isupper():
            continue
        unit = squash(found.group("unit"))
        start = found.start()
        head = unit
        before = flat[max(lo, start - 40) : start]
        command = _command().search(before)
        if command:
            start -= len(before) - command.start()
            head = f"Bộ Tư lệnh {unit}"
        span_start = start
        if not command and (plural := _PLURAL.search(before)):
            span_start -= len(before) - plural.start()  # "các" is the list's, no member's
        for i, number in enumerate(numbers):
            name = f"{head} {number.group()}"
            at = found.start("numbers") + number.start()
            first = start if i == 0 else at
            members.append(RawMention(first, at + len(number.group()), known_body(name) or name, RULE))
        spans.append((min(start, span_start), found.end()))
    return members, spans
