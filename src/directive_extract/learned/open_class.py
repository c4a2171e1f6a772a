"""Features meant to carry agency spans to names no training document printed (open-class names).

A body's name is a type word, a field in capitals, then a level or a place (Decree 30/2020); it sits
after a directive verb ("giao", "đề nghị"), before "chủ trì" or "phối hợp", and stops before a
boundary word. The syllables themselves differ from one issuer to the next; these do not. All of it
comes from the project's own data files, read once:

- `cue_before=<group>` / `cue_after=<group>` (with a distance bucket): the nearest role cue of
  roles.tsv before or after the syllable in the same sentence; the groups are `lead` (lead_verb,
  lead_before, label_lead), `lead_after`, `partner` (coordinate_before / _after, label_coordinate),
  `report` (report_before), `leader` (leader_title);
- `dtype=<bucket>`: how many syllables since the last type word (agency_names.tsv), commas allowed;
- `tc=<B|I>`, `tcl=<1|2|3+>`: the title-case run the syllable is in, its position and length;
- `place` / `place0`: inside a name of places.csv printed with a capital (`place0` at its first syllable);
- `class0`: a word that may open a class of bodies (agency_classes.json "starts");
- `bnd0`: the first syllable of a boundary phrase of agency_names.tsv (where a name stops);
- `item`: the line opens as an item or a bullet ("-", "+", "a)", "2.").

Role cues are matched on the lower-cased syllables with their diacritics ("giao" to assign is not
"Giáo" of "Giáo dục"); optional words and `~` are dropped ("phối hợp với"), phrases with `…` or `#`
left out.
"""

from __future__ import annotations

import re
from functools import cache

from .. import resources
from ..cues import load_cues
from ..item_labels import ARABIC, ROMAN
from ..stages.agencies.grammar import NAME_CUE_KINDS
from ..stages.agencies.roles import ROLE_CUE_KINDS
from ..vn import fold_keep_case
from .tokens import TOKEN, Token

_ROLE_GROUPS = {
    "lead_verb": "lead",
    "lead_before": "lead",
    "label_lead": "lead",
    "lead_after": "lead_after",
    "coordinate_before": "partner",
    "coordinate_after": "partner",
    "label_coordinate": "partner",
    "report_before": "report",
    "leader_title": "leader",
}
_STOPS = frozenset(".;!?")
_ITEM = re.compile(rf"^(?:[-+•–*]|{ARABIC}[.)]|[a-zđ][.)]|{ROMAN}[.)])")
_CAPS = frozenset(("Xx", "XX", "X"))
MAX_CUE_DISTANCE = 10


def _phrase_words(phrase: str) -> tuple[str, ...] | None:
    if any(mark in phrase for mark in "…#"):
        return None
    words = tuple(TOKEN.findall(re.sub(r"\[[^\]]*\]|~", " ", phrase).lower()))
    return words or None


@cache
def role_cues() -> dict[tuple[str, ...], str]:
    """Role cue phrases as lower-cased syllables (with diacritics) -> their group; longest first."""
    out: dict[tuple[str, ...], str] = {}
    for cue in load_cues("roles.tsv", ROLE_CUE_KINDS):
        group = _ROLE_GROUPS.get(cue.kind)
        words = _phrase_words(cue.phrase) if group else None
        if words:
            out.setdefault(words, group)
    return dict(sorted(out.items(), key=lambda item: -len(item[0])))


@cache
def boundary_phrases() -> frozenset[tuple[str, ...]]:
    cues = load_cues("agency_names.tsv", NAME_CUE_KINDS)
    return frozenset(w for c in cues if c.kind == "boundary" and (w := _phrase_words(c.phrase)))


@cache
def place_names() -> frozenset[tuple[str, ...]]:
    """Places of places.csv as folded lower-case syllables."""
    return frozenset(tuple(TOKEN.findall(fold_keep_case(row["name"]).lower())) for row in resources.places())


@cache
def _class_starts() -> re.Pattern[str]:
    return re.compile(fold_keep_case(resources.read_json("agency_classes.json")["starts"]).lower())


def _matches(words: list[str], phrases, max_len: int) -> list[tuple[int, int, tuple[str, ...]]]:
    """Non-overlapping (start, end, phrase) of `phrases` in `words`, longest first at each position."""
    out = []
    i, n = 0, len(words)
    while i < n:
        for length in range(min(max_len, n - i), 0, -1):
            key = tuple(words[i : i + length])
            if key in phrases:
                out.append((i, i + length, key))
                i += length
                break
        else:
            i += 1
    return out


def _bucket(d: int) -> str:
    return str(d) if d < 3 else "3-5" if d < 6 else "6+"


def open_class_features(
    tokens: list[Token], lower: list[str], fold: list[str], shapes: list[str], types: frozenset[str]
) -> list[list[str]]:
    """One list of extra features per token of a sequence (see the module's docstring); `types`: the folded
    first syllables of the type words."""
    n = len(tokens)
    out: list[list[str]] = [[] for _ in range(n)]
    if not n:
        return out
    cues = role_cues()
    cue_len = max(map(len, cues))
    stops = [lower[i] in _STOPS for i in range(n)]
    cue_at = _matches(lower, cues, cue_len)
    before: list[tuple[int, str] | None] = [None] * n  # the nearest cue ending before each token: (distance, group)
    after: list[tuple[int, str] | None] = [None] * n
    for start, end, key in cue_at:
        group = cues[key]
        for i in range(start, end):
            out[i].append("in_cue=" + group)
        for i in range(end, min(n, end + MAX_CUE_DISTANCE)):  # after the cue, in the same sentence
            if stops[i]:
                break
            before[i] = (i - end, group)  # cues come in order: a later one is nearer
        for i in range(start - 1, max(-1, start - 1 - MAX_CUE_DISTANCE), -1):
            if stops[i] or after[i] is not None:
                break
            after[i] = (start - 1 - i, group)
    for i in range(n):
        for name, near in (("cue_before", before[i]), ("cue_after", after[i])):
            if near is not None:
                out[i].append(f"{name}={near[1]}")
                out[i].append(f"{name}={near[1]}|{_bucket(near[0])}")
    since = None
    for i in range(n):
        if stops[i] or lower[i] == ":":
            since = None
        elif fold[i] in types and shapes[i] in _CAPS:
            since = i
        if since is not None and i - since <= 10:
            out[i].append("dtype=" + _bucket(i - since))
    i = 0
    while i < n:
        if shapes[i] not in _CAPS:
            i += 1
            continue
        j = i
        while j < n and shapes[j] in _CAPS:
            j += 1
        length = "1" if j - i == 1 else "2" if j - i == 2 else "3+"
        for k in range(i, j):
            out[k].append("tc=" + ("B" if k == i else "I"))
            out[k].append("tcl=" + length)
        i = j
    places = place_names()
    for start, end, _ in _matches(fold, places, 4):
        if shapes[start] in _CAPS:
            out[start].append("place0")
            for k in range(start, end):
                out[k].append("place")
    for start, _, _ in _matches(lower, boundary_phrases(), 4):
        out[start].append("bnd0")
    text = " ".join(fold)
    offsets, at = [], 0
    for word in fold:
        offsets.append(at)
        at += len(word) + 1
    starts = {m.start() for m in _class_starts().finditer(text)}
    for k, offset in enumerate(offsets):
        if offset in starts:
            out[k].append("class0")
    if _ITEM.match(tokens[0].text + (tokens[1].text if n > 1 else "")):
        for feats in out:
            feats.append("item")
    return out
