"""The object passed between stages: the source text, one normalized internal text, and the map between them.

All stages work in the coordinates of `text` (NFC, one newline convention, odd spaces made plain).
`flat` is `text` with the soft line breaks of hard-wrapped paragraphs turned into spaces, so phrase
patterns can run across a wrap; it has the same length as `text`, so offsets are shared.
Offsets are converted back to the source once, when the output is built (`to_source`).

Each stage writes its result into one typed field below (a stage's docstring says which fields it
reads and writes); nothing is passed through untyped keys.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .offsets import OffsetMap, OffsetView

if TYPE_CHECKING:  # the stages define their result types; the document only holds them
    from .findings import Finding
    from .stages.header import HeaderResult
    from .stages.paragraph_reading import Item
    from .stages.sections import RawSection
    from .stages.signature import TailResult
    from .stages.tasks import TaskIndex, TaskLayout


@dataclass(frozen=True, slots=True)
class Line:
    start: int
    end: int  # exclusive, before the newline
    text: str

    @property
    def stripped(self) -> str:
        return self.text.strip()

    @property
    def blank(self) -> bool:
        return not self.text.strip()


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A run of lines that belong together (a hard-wrapped paragraph, or one line)."""

    start: int
    end: int
    first_line: int  # index into Document.lines
    last_line: int


@dataclass
class Document:
    source_text: str
    text: str = ""
    # char i of `text` covers source_text[starts[i]:ends[i]]; characters deleted by normalization
    # belong to no internal character, so a span never starts or ends on one. The map is a few pieces,
    # one per stretch between changes (offsets.py), not a list a character long.
    offsets: OffsetMap = field(default_factory=lambda: OffsetMap(0))
    flat: str = ""
    folded: str = ""  # `flat` without diacritics, same length: for diacritic-insensitive matching
    lines: list[Line] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    furniture: frozenset[int] = frozenset()  # lines: indices of the lines of page furniture (page numbers …)
    file: str | None = None
    encoding: str = "utf-8"
    # stage results, each written by one stage and read by later stages and the output builder
    header: HeaderResult | None = None  # header
    tail: TailResult | None = None  # signature: signature block, distribution, appendix
    issuer_rule: str | None = None  # issuer: which rule found the issuer when the header had none
    layout: TaskLayout | None = None  # tasks: the item tree, the tasks, closing and body regions
    task_index: TaskIndex | None = None  # tasks: which task holds an offset
    sections: list[RawSection] = field(default_factory=list)  # sections
    findings: list[Finding] = field(default_factory=list)  # recognize, then attach (task_id set)
    topics: dict[str, list[str]] = field(default_factory=dict)  # topics: task id -> topics
    warnings: list[str] = field(default_factory=list)

    @classmethod
    def from_source(cls, source_text: str, file: str | None = None, encoding: str = "utf-8") -> Document:
        return cls(
            source_text=source_text,
            text=source_text,
            offsets=OffsetMap(len(source_text)),
            flat=source_text,
            file=file,
            encoding=encoding,
        )

    @property
    def is_news(self) -> bool:
        """A news report: its header names no type, number or issuer (the stages read its forms: stages/news.py)."""
        header = self.header
        return header is not None and not (header.doc_type or header.number or header.issuer)

    @property
    def starts(self) -> OffsetView:
        """Where in the source each internal character begins (`starts[i]`)."""
        return OffsetView(self.offsets, "start")

    @property
    def ends(self) -> OffsetView:
        """Where in the source each internal character ends (`ends[i]`, exclusive)."""
        return OffsetView(self.offsets, "end")

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """Map an internal span to the source; an empty span maps to an empty span."""
        offsets = self.offsets
        if end <= start:
            pos = offsets.start(start) if start < len(offsets) else len(self.source_text)
            return pos, pos
        return offsets.span(start, end)

    def rewrite(self, pattern: re.Pattern[str], replace: Callable[[re.Match[str]], str]) -> int:
        """Replace every match of `pattern` in `text`, keeping the offset map exact.

        A replacement of the same length maps character to character (the map stays as it is);
        otherwise every new character covers the whole matched source range, and an empty replacement
        deletes the match. Returns the number of matches changed.
        """
        edits: list[tuple[int, int, str]] = []
        resized = False
        for match in pattern.finditer(self.text):
            new = replace(match)
            if new != match.group():
                a, b = match.span()
                edits.append((a, b, new))
                resized = resized or len(new) != b - a
        if not edits:
            return 0
        text = self.text
        pieces: list[str] = []
        pos = 0
        for a, b, new in edits:
            pieces += (text[pos:a], new)
            pos = b
        pieces.append(text[pos:])
        if resized:
            self.offsets = self.offsets.rewritten(edits)
        self.text = self.flat = "".join(pieces)
        return len(edits)


def overwrite_spans(text: str, spans, fill: str) -> str:
    """`text` with the characters of every (start, end) span replaced by `fill`, same length.

    Joined from slices: a list of the text's characters would cost an object per character.
    """
    pieces: list[str] = []
    pos = 0
    for start, end in sorted(spans):
        if end <= pos:
            continue
        start = max(start, pos)
        pieces += (text[pos:start], fill * (end - start))
        pos = end
    pieces.append(text[pos:])
    return "".join(pieces)


def walk_items(items: Iterable[Item]) -> Iterator[Item]:
    """Every item and, after it, its children's, depth first: document order of a task tree. A loop, not a
    nested recursive function: such a function holds itself, and what it reads (the document), in a reference
    cycle that only the garbage collector frees, so every document's lines and findings would wait for it."""
    stack = list(reversed(list(items)))
    while stack:
        item = stack.pop()
        yield item
        stack.extend(reversed(item.children))
