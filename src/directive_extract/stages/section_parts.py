"""The sections stage's own cues (cues/section_parts.tsv), compiled once, and what OCR leaves of a basis opening."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..cues import alternation, load_cues
from ..vn import fold_keep_case
from .paragraph_reading import SECTION_CUE_KINDS, TASK_CUE_KINDS

KINDS = frozenset(
    {
        "context_verb",
        "folded_opening",
        "folded_closing",
        "lead_in_end",
        "fact_source",
        "opinion_lead_in",
        "meeting_account",
        "attached_note",
        "summary_lead",
        "forecast_word",
        "source_opening",
    }
)


@dataclass(frozen=True)
class SectionParts:
    context_verb: re.Pattern[str]  # on accented text: "… xây dựng Kế hoạch …" in a paragraph's first words
    folded_opening: re.Pattern[str]  # on folded, lower-case text: "can cu …"
    folded_closing: re.Pattern[str]  # on folded, lower-case text: "thong bao de … biet"
    lead_in_end: re.Pattern[str]  # on accented text: "… kết luận:" at its end
    fact_source: re.Pattern[str]  # on folded, lower-case text: "theo bao cao …", "theo ban chi huy …" at its start
    opinion_lead_in: re.Pattern[str]  # on folded, lower-case text: "… co y kien nhu sau:" at its end
    meeting_account: re.Pattern[str]  # on accented text: "Cuộc họp do …", "… chủ trì hội nghị …" anywhere
    attached_note: re.Pattern[str]  # on accented text: "(Ban hành kèm theo …", "*(Kèm theo …" at its start
    summary_lead: re.Pattern[str]  # on accented text: "… sẽ …", "… vừa …" anywhere (in a news lead's first sentence)
    forecast_word: re.Pattern[str]  # on accented text: "… có khả năng …" anywhere (the same sentence)
    source_opening: re.Pattern[str]  # on accented text: "Đây là kết luận …" at its start
    basis: re.Pattern[str]  # on accented text: a basis opening (sections.tsv) at its start, as written
    folded_basis: re.Pattern[str]  # on folded, lower-case text: the same


def _vocabulary() -> tuple:
    """The cues of the three files: the stage's own, the sections' and the tasks'."""
    return (
        load_cues("section_parts.tsv", KINDS)
        + load_cues("sections.tsv", SECTION_CUE_KINDS)
        + load_cues("tasks.tsv", TASK_CUE_KINDS)
    )


@cache
def section_parts() -> SectionParts:
    cues = load_cues("section_parts.tsv", KINDS)
    vocabulary = _vocabulary()
    return SectionParts(
        context_verb=re.compile(
            rf"^(?P<subject>[^.;:]{{0,200}}?)(?<!\w){alternation(cues, 'context_verb', fold=False)}(?!\w)",
            re.IGNORECASE,
        ),
        folded_opening=re.compile(rf"^{alternation(cues, 'folded_opening')}(?!\w)"),
        folded_closing=re.compile(alternation(cues, "folded_closing")),
        lead_in_end=re.compile(rf"(?<!\w){alternation(cues, 'lead_in_end', fold=False)}\s*:\s*$", re.IGNORECASE),
        fact_source=re.compile(rf"^theo\s+{alternation(cues, 'fact_source')}(?!\w)"),
        meeting_account=re.compile(rf"(?<!\w){alternation(cues, 'meeting_account', fold=False)}(?!\w)", re.IGNORECASE),
        opinion_lead_in=re.compile(rf"(?<!\w){alternation(cues, 'opinion_lead_in')}\s*:\s*$"),
        attached_note=re.compile(rf"^[*_]*\(\s*{alternation(cues, 'attached_note', fold=False)}(?!\w)", re.IGNORECASE),
        summary_lead=re.compile(rf"(?<!\w){alternation(cues, 'summary_lead', fold=False)}(?!\w)", re.IGNORECASE),
        forecast_word=re.compile(rf"(?<!\w){alternation(cues, 'forecast_word', fold=False)}(?!\w)", re.IGNORECASE),
        source_opening=re.compile(rf"^{alternation(cues, 'source_opening', fold=False)}(?!\w)", re.IGNORECASE),
        basis=re.compile(rf"^{alternation(vocabulary, 'basis_opening', fold=False)}(?!\w)", re.IGNORECASE),
        folded_basis=re.compile(rf"^{alternation(vocabulary, 'basis_opening')}(?!\w)"),
    )


@cache
def _every_cue() -> tuple[re.Pattern[str], ...]:
    """On folded, lower-case text: each phrase of the three files at its start. Compiled when first asked (some
    three hundred patterns, for the rare opening OCR damaged), not at every process start."""
    return tuple(re.compile(rf"^{p}(?!\w)") for p in sorted({c.pattern for c in _vocabulary()}))


def damaged_opening(text: str, folded: str) -> bool:
    """A basis opening whose marks OCR swapped or dropped in part: "Dé bảo đảm …", "Đế triển khai …", "Đề nâng
    cao …" ("Để"), "Căn cú Luật …" ("Căn cứ"), "Nhàm …" ("Nhằm"). `text` is the paragraph as printed, `folded`
    the same folded and in lower case (same offsets). It is one when the folded text opens with a basis opening
    (sections.tsv), the printed text does not, the printed words of it still carry a mark, and no longer cue of
    the sections' and tasks' vocabularies reads the folded opening ("Đề nghị các sở …" folds to "de nghi", a
    directive verb, not "để"). Words printed with no mark at all are left to the folded_opening rows, which list
    only words that fold to no other ("De" may be "Đề", "Ngay" is a word of its own)."""
    parts = section_parts()
    basis = parts.folded_basis.match(folded)
    if basis is None or parts.basis.match(text):
        return False
    printed = text[: basis.end()]
    if printed == fold_keep_case(printed):
        return False
    return not any((m := cue.match(folded)) and m.end() > basis.end() for cue in _every_cue())
