"""Topics per task, from a lexicon kept as data (resources/topics.json)."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from .. import resources
from ..document import Document, walk_items
from ..errors import ResourceError
from ..patterns import PatternSet, lower_same_length
from ..schema import Topic
from ..vn import fold_keep_case

if TYPE_CHECKING:
    from .tasks import Item

TOPICS = Topic.__args__


_LEADING_BOUNDARY = re.compile(r"^\\b(\w)(?![?*+{])")


def _literal_first(pattern: str) -> str:
    r"""Move a leading \b behind the first letter ("\bpcr" -> "p(?<!\w.)cr").

    re skips ahead by the set of first characters only when every alternative starts with a
    literal; one alternative starting with \b makes the whole pattern try every offset (3-4x slower).
    """
    return _LEADING_BOUNDARY.sub(lambda m: m.group(1) + r"(?<!\w.)", pattern)


def as_whole_words(pattern: str) -> str:
    r"""A cue matches whole words only: folded text loses the diacritics that tell syllables apart, so
    "tặng quà" would fire inside "tầng quản" and "an sinh" inside "ban sinh hoạt" ("\ban sinh\b").
    Two whole words folded alike ("chế tài", "pháp chế tại") need a lookbehind in the cue itself."""
    head = "" if pattern.startswith("\\b") else "\\b"
    tail = "" if pattern.endswith("\\b") else "\\b"
    return f"{head}{pattern}{tail}"


class Cues(NamedTuple):
    """One topic's cue patterns on folded lower-cased text; `toned` hits must also match `toned_exact`
    on the printed text, with its diacritics."""

    topic: str
    strong: re.Pattern[str] | None
    weak: re.Pattern[str] | None
    toned: re.Pattern[str] | None
    toned_exact: re.Pattern[str] | None
    weak_needed: int  # weak hits that make the topic without a strong cue


_WEAK_HITS = 2  # weak hits needed by a topic that topics.json "weak_hits" does not name


@lru_cache(maxsize=1)
def _lexicon() -> list[Cues]:
    """Per topic, a pattern of its strong cues, one of its weak cues and one of its toned cues (None
    when it has none)."""
    data = resources.read_json("topics.json")
    strong, weak, toned = data["topics"], data.get("weak", {}), data.get("toned", {})
    weak_hits = data.get("weak_hits", {})
    unknown = (set(strong) | set(weak) | set(toned) | set(weak_hits)) - set(TOPICS)
    if unknown:
        raise ResourceError(f"topics.json: unknown topics {sorted(unknown)}")
    bad_counts = {topic: n for topic, n in weak_hits.items() if not isinstance(n, int) or isinstance(n, bool) or n < 2}
    if bad_counts:
        raise ResourceError(f"topics.json: weak_hits must be whole numbers of at least 2: {bad_counts}")

    def union(patterns: list[str] | None) -> re.Pattern[str] | None:
        if not patterns:
            return None
        # lower-cased patterns on lower-cased folded text: much faster than IGNORECASE (only \b escapes are used)
        return re.compile(
            "|".join(f"(?:{_literal_first(as_whole_words(fold_keep_case(p).lower()))})" for p in patterns)
        )

    def exact(patterns: list[str] | None) -> re.Pattern[str] | None:
        if not patterns:
            return None
        return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)

    return [
        Cues(
            topic,
            union(strong.get(topic)),
            union(weak.get(topic)),
            union(toned.get(topic)),
            exact(toned.get(topic)),
            weak_hits.get(topic, _WEAK_HITS),
        )
        for topic in TOPICS
    ]


@lru_cache(maxsize=1)
def _scanner() -> PatternSet:
    """The strong, weak and toned patterns of every topic, run over a text in one pass (patterns.PatternSet)."""
    return PatternSet([p for cues in _lexicon() for p in (cues.strong, cues.weak, cues.toned) if p])


# A capitalized document type mid-sentence names the document being made ("xây dựng Báo cáo",
# "ban hành Quy chế"): the word keeps its meaning, so it stays a cue.
_DOCUMENT_TYPE = re.compile(
    fold_keep_case(r"(?:Báo cáo|Quy chế|Kế hoạch|Quy định|Hướng dẫn|Chương trình|Phương án|Thông báo)\b")
)


def in_proper_name(folded_text: str, start: int, printed: str | None = None) -> bool:
    """A cue printed with a capital initial in the middle of a sentence is a word of a name, not the
    policy area: "Sở Kế hoạch và Đầu tư", "Luật Thương mại", "Ủy ban Kinh tế và Tài chính". Vietnamese
    capitalizes common words only at a sentence's or an item's start (after ".", ":", ";", a bullet,
    a quote, a bracket or a line break) and in headings printed all in capitals, which stay cues."""
    printed = folded_text if printed is None else printed  # the line breaks as printed (`flat` joins lines)
    first = folded_text[start]
    if not first.isupper() or not folded_text[start + 1 : start + 2].islower():
        return False
    before = printed[max(0, start - 12) : start].rstrip(" \t")
    if not before or not before[-1].isalnum():
        return False
    return not _DOCUMENT_TYPE.match(folded_text, start)


def cue_positions(folded_text: str, text: str | None = None) -> dict[str, tuple[list[int], list[int]]]:
    """Start offsets of the strong and the weak cues of every topic in a document's folded text,
    leaving out cues inside a name (in_proper_name). A toned cue counts as strong where the printed
    `text` (same offsets) carries its diacritics: folded, "đóng cửa" is also "(hoạt) động của"."""
    found = iter(_scanner().finditer_each(lower_same_length(folded_text)))
    printed = folded_text if text is None else text

    def starts(matches) -> list[int]:
        return [m.start() for m in matches if not in_proper_name(folded_text, m.start(), printed)]

    positions: dict[str, tuple[list[int], list[int]]] = {}
    for cues in _lexicon():
        strong = starts(next(found)) if cues.strong else []
        weak = starts(next(found)) if cues.weak else []
        if cues.toned and cues.toned_exact:
            toned = [start for start in starts(next(found)) if cues.toned_exact.match(printed, start)]
            strong = sorted(strong + toned) if toned else strong
        positions[cues.topic] = (strong, weak)
    return positions


def topics_in(positions: dict[str, tuple[list[int], list[int]]], start: int, end: int) -> list[str]:
    """Topics with a strong cue, or enough weak cues (two, or the topic's "weak_hits"), inside [start, end),
    in vocabulary order."""
    found = []
    for cues in _lexicon():
        strong, weak = positions[cues.topic]
        if strong:
            i = bisect_left(strong, start)
            if i < len(strong) and strong[i] < end:
                found.append(cues.topic)
                continue
        last = cues.weak_needed - 1
        if len(weak) > last:
            i = bisect_left(weak, start)
            if i + last < len(weak) and weak[i + last] < end:
                found.append(cues.topic)
    return found


# A roman part's heading that names a policy area ("III. NỘI DUNG KIỂM TRA", "II. CÔNG TÁC TUYÊN TRUYỀN")
# gives it to every task under it; one that names the assignment ("PHÂN CÔNG NHIỆM VỤ") leaves the tasks'
# own text to decide: each of them is a share of the work, about whatever it says. An article's heading
# mostly names the body it charges ("Điều 5. Trung tâm Văn hóa, Thông tin và Truyền thanh"): no topic.
_NOT_FROM_HEADING = frozenset({"coordination"})
_HEADING_CONTAINERS = frozenset({"roman", "roman_ocr", "chapter"})


def _heading_topics(positions: dict[str, tuple[list[int], list[int]]], item: Item) -> list[str]:
    """The topics named by the heading of the roman part or chapter holding a top-level task."""
    container = item.parent
    if container is None or container.kind not in _HEADING_CONTAINERS:
        return []
    found = topics_in(positions, container.start, container.first_end)
    return [topic for topic in found if topic not in _NOT_FROM_HEADING]


def topics(doc: Document) -> Document:
    """Reads `doc.folded`, `doc.text`, `doc.layout`; writes `doc.topics` (task id -> topics, every task and subtask)."""
    positions = cue_positions(doc.folded, doc.text)

    for item in walk_items(doc.layout.tasks if doc.layout else []):
        doc.topics[item.id] = topics_in(positions, item.start, item.end)
    for task in doc.layout.tasks if doc.layout else []:
        inherited = _heading_topics(positions, task)
        if inherited:
            own = doc.topics[task.id]
            doc.topics[task.id] = [topic for topic in TOPICS if topic in own or topic in inherited]
    return doc
