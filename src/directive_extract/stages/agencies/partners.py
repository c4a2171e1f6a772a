"""Partners named after the chair of their sentence: "Thanh tra tỉnh chủ trì kiểm tra; Sở Tư pháp phối hợp.", "Sở Y tế
chủ trì, Sở Tài chính, Sở Nội vụ phối hợp thực hiện" (SCHEMA.md, "Agencies": "X phối hợp" coordinates).

Alone in its sentence a body whose verb is "phối hợp" does the work ("Sở Tư pháp phối hợp tuyên truyền": the item's
lead, as the golds read it), and one that names its partner after the verb ("Sở A phối hợp với Sở B …") is the doer
of that sentence; only after a body that chairs the same sentence is it that body's partner. The verbs are cues
(roles.tsv `chair_after`, `partner_verb_after`, `coordinate_adverb`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...cues import alternation, load_cues
from .mentions import Mention
from .role_cue_kinds import ROLE_CUE_KINDS

# the partner the verb names after it makes its subject the doer ("phối hợp với", "phối hợp cùng", "phối hợp chặt chẽ")
_NAMES_A_PARTNER = r"(?![ \t\n]*+(?:voi|cung|chat|giua)(?!\w))"
_BRACKET = r"(?:\([^()\n]*+\)[ \t\n]*+)?"


@lru_cache(maxsize=1)
def _verbs() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a chair's verb, a partner's verb) right after a body, on the folded text (any case)."""
    cues = load_cues("roles.tsv", ROLE_CUE_KINDS)
    chair = re.compile(rf"[ \t\n]*+{_BRACKET},?[ \t]*+(?:{alternation(cues, 'chair_after')})(?!\w)", re.IGNORECASE)
    partner = re.compile(
        rf"[ \t\n]*+{_BRACKET}(?:(?:{alternation(cues, 'coordinate_adverb')})[ \t]++)?"
        rf"(?:{alternation(cues, 'partner_verb_after')})(?!\w){_NAMES_A_PARTNER}",
        re.IGNORECASE,
    )
    return chair, partner


def chairs(folded: str, mention: Mention) -> bool:
    """Whether the verb right after the body is a chair's ("Sở Y tế chủ trì", "Sở Y tế là cơ quan chủ trì")."""
    return _verbs()[0].match(folded, mention.end) is not None


def partner_of(folded: str, chair: Mention | None, part: list[Mention]) -> bool:
    """Whether the list `part`, whose verb is a partner's, follows `chair` in one sentence of one task."""
    if chair is None or chair.task is None or chair.task is not part[0].task or chair.end > part[0].start:
        return False
    if "." in folded[chair.end : part[0].start]:
        return False  # "Sở Nội vụ chủ trì tham mưu. Sở Tài chính phối hợp bố trí …": a sentence of its own
    return _verbs()[1].match(folded, part[-1].end) is not None
