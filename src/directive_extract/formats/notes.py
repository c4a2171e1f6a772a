"""Footnotes and endnotes of a .docx, as lines to follow the body: "[1] Hướng dẫn số 36-HD/BTCTW …".

A Vietnamese directive's footnotes often hold the documents it cites, so their text belongs to the
notice. They are read after the body, so the body text (and every offset in it) is what it would be
without them: footnotes first, then endnotes, each kind in the order Word numbers them, which is the
order of their references in the body ("w:footnoteReference w:id=…"), one note per line with its
number in brackets (a bare "1 " or "1." would read as a numbered task). A note no visible reference
points to is not shown by Word and is not read; nor are Word's separator notes (w:type="separator",
"continuationSeparator", "continuationNotice"), which hold the rule drawn above the notes. A reference
with a custom mark ("*", w:customMarkFollows) is labelled with that mark and does not advance the count.

python-docx does not model these parts: they are read from the package by relationship, with its XML
parser (no entities, no network; `safezip` has refused entity declarations before parsing).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from docx.oxml.parser import parse_xml

from .numbering import format_number

# kind, relationship, reference tag in the body, note tag in its part, properties tag, Word's default format
_KINDS = (
    ("footnote", RT.FOOTNOTES, qn("w:footnoteReference"), qn("w:footnote"), qn("w:footnotePr"), "decimal"),
    ("endnote", RT.ENDNOTES, qn("w:endnoteReference"), qn("w:endnote"), qn("w:endnotePr"), "lowerRoman"),
)
_NOT_SHOWN = {qn("w:del"), qn("w:moveFrom"), "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"}
_MAX_NUMBER = 100_000  # a numStart beyond this is damage, not a document


def _shown(element) -> bool:
    return all(ancestor.tag not in _NOT_SHOWN for ancestor in element.iterancestors())


def _notes_part(document, relationship: str):
    """The root element of the footnotes or endnotes part, or None when the package has none or it is not XML."""
    try:
        part = document.part.part_related_by(relationship)
    except (KeyError, AttributeError):
        return None
    element = getattr(part, "element", None)  # a later python-docx may model the part
    if element is not None:
        return element
    try:
        return parse_xml(part.blob)
    except Exception:  # a damaged notes part loses the notes, not the body
        return None


def _format(document, properties_tag: str, default: str) -> tuple[str, int]:
    """Number format and start of a kind of note: the last section's properties, then the settings."""
    places = [document.element.body.find(qn("w:sectPr"))]
    with contextlib.suppress(Exception):  # no settings part, or a damaged one: Word's defaults
        places.append(document.settings.element)
    fmt, start = None, None
    for place in places:
        properties = place.find(properties_tag) if place is not None else None
        if properties is None:
            continue
        number_format, number_start = properties.find(qn("w:numFmt")), properties.find(qn("w:numStart"))
        if fmt is None and number_format is not None:
            fmt = number_format.get(qn("w:val"))
        if start is None and number_start is not None:
            with contextlib.suppress(ValueError):
                start = int(number_start.get(qn("w:val"), ""))
    start = start if start is not None and 0 <= start <= _MAX_NUMBER else 1
    return fmt or default, start


def _custom_mark(reference) -> str | None:
    """The mark typed after a reference with w:customMarkFollows ("*"), or None for a numbered one."""
    if reference.get(qn("w:customMarkFollows")) not in ("1", "true", "on"):
        return None
    run = reference.getparent()
    following = run.getnext() if run is not None else None
    mark = "".join(t.text or "" for t in following.iter(qn("w:t"))) if following is not None else ""
    return mark.strip() or "*"


def _references(body, reference_tag: str) -> Iterator[tuple[str, str | None]]:
    """(note id, custom mark) of each shown reference, in document order, each id once."""
    seen: set[str] = set()
    for reference in body.iter(reference_tag):
        note_id = reference.get(qn("w:id"))
        if note_id is None or note_id in seen or not _shown(reference):
            continue
        seen.add(note_id)
        yield note_id, _custom_mark(reference)


def note_lines(document, paragraphs: Callable[[object], Iterator], text_of: Callable[[object], str]) -> list[str]:
    """The lines of the document's footnotes then endnotes, "[label] text"; [] when it has none.

    `paragraphs` yields the w:p of a note in reading order and `text_of` gives a paragraph's shown text
    (the .docx reader's own, so a note reads as the body does).
    """
    lines: list[str] = []
    body = document.element.body
    for _kind, relationship, reference_tag, note_tag, properties_tag, default in _KINDS:
        root = _notes_part(document, relationship)
        if root is None:
            continue
        notes, separators = {}, set()
        for note in root.iterchildren(note_tag):
            if note.get(qn("w:type"), "normal") == "normal":
                notes[note.get(qn("w:id"))] = note
            else:  # separators hold the rule drawn above the notes, not text
                separators.add(note.get(qn("w:id")))
        fmt, number = _format(document, properties_tag, default)
        for note_id, mark in _references(body, reference_tag):
            if note_id in separators:  # only damage points at a separator: it takes no number
                continue
            note = notes.get(note_id)
            if mark is None:
                label, number = format_number(number, fmt), number + 1
            else:
                label = mark
            if note is None:
                continue
            text = " ".join(" ".join(text_of(p) for p in paragraphs(note)).split())
            if text:
                lines.append(f"[{label}] {text}" if label else text)
    return lines
