"""The National Assembly as the owner of its committees: "của Quốc hội" printed after one of them is part of its
name, and the committees listed after a unit of the Council of Ethnic Affairs are that unit of each (ANNOTATING.md,
"Party and National Assembly organs")."""

from __future__ import annotations

import re

from ...vocab import AND_JOINER
from .canonical import known_body
from .mentions import Mention, join_neighbours

# "của Quốc hội" printed after one of the Assembly's committees is part of its name as printed (ANNOTATING.md,
# "Party and National Assembly organs", 2): "Thường trực Ủy ban KH,CN&MT của Quốc hội", not the Assembly beside it
_OF = re.compile(r"[ \t\n]+của[ \t\n]+")
_ASSEMBLY = "Quốc hội"
_COMMITTEE_START = re.compile(r"(?:Ủy ban|Hội đồng Dân tộc)")


def assembly_printed_as_owner(flat: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions sorted by start; a committee (or a unit of it) followed by "của Quốc hội" becomes one mention when
    the gazetteer knows the committee so named."""

    def owned_by_the_assembly(owned: Mention, mention: Mention) -> Mention | None:
        if mention.name != _ASSEMBLY or not _OF.fullmatch(flat, owned.end, mention.start):
            return None
        committee = _COMMITTEE_START.search(owned.name)
        if not committee or not known_body(f"{owned.name[committee.start() :]} của {_ASSEMBLY}"):
            return None
        name = f"{owned.name} của {_ASSEMBLY}"
        return Mention(owned.start, mention.end, name, owned.rule + "+owner", place=owned.place)

    return join_neighbours(mentions, owned_by_the_assembly)


# The National Assembly's committees are named together after the Council of Ethnic Affairs (Luật Tổ chức Quốc hội:
# "Hội đồng Dân tộc, các Ủy ban của Quốc hội"), and the organ words printed before the first are the same organ of
# each: "Thường trực Hội đồng Dân tộc, các Ủy ban của Quốc hội" is the standing members of the Council and of
# every committee, "Tổ đảng ở Thường trực Hội đồng Dân tộc và Ủy ban Kinh tế" two Party groups
_COUNCIL_OF_ETHNIC_AFFAIRS = " Hội đồng Dân tộc"
_ASSEMBLY_COMMITTEES = "Ủy ban của Quốc hội"  # the committees as a class, after "các"
_COMMITTEE_GAP = re.compile(r"[ \t]*" + AND_JOINER + r"[ \t]+")


def assembly_committees_share_the_unit(flat: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions sorted by start; the committees listed right after a unit of the Council of Ethnic Affairs take
    the unit's words (the list stops at the first other body)."""
    unit, previous_end = None, -1
    for at, here in enumerate(mentions):
        gap_ok = unit is not None and _COMMITTEE_GAP.fullmatch(flat, previous_end, here.start) is not None
        if gap_ok and not here.rule.endswith("+unit") and _an_assembly_committee(here.name):
            member = "các " + here.name[4:] if here.name.startswith("Các ") else here.name
            mentions[at] = Mention(here.start, here.end, f"{unit} {member}", here.rule + "+shared", place=here.place)
        elif here.rule.endswith("+unit") and here.name.endswith(_COUNCIL_OF_ETHNIC_AFFAIRS):
            unit = here.name[: -len(_COUNCIL_OF_ETHNIC_AFFAIRS)]
        else:
            unit = None
        previous_end = here.end
    return mentions


def _an_assembly_committee(name: str) -> bool:
    """Whether a name is one of the Assembly's own committees, or all of them: the gazetteer knows it with "của
    Quốc hội" (rows of source `qh`); any other "Ủy ban …" (a people's committee, the Fatherland Front's, a
    state committee of the Government) shares no unit of the Council of Ethnic Affairs."""
    if name.lower().startswith("các ") and name[4:] == _ASSEMBLY_COMMITTEES:
        return True
    if not name.startswith("Ủy ban "):
        return False
    owned = name if name.endswith(f" của {_ASSEMBLY}") else f"{name} của {_ASSEMBLY}"
    return known_body(owned) is not None
