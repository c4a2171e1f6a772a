"""Footnotes and endnotes of a .docx follow the body, one per line, numbered as Word numbers them.

Every file is built here: python-docx writes the body, the notes part is added to the package by hand
(python-docx cannot write one), with Word's separator notes (ids -1 and 0) as Word writes them.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
from docx.oxml import parse_xml

from directive_extract import extract_file
from directive_extract.formats import docx as docx_format
from directive_extract.formats.docx import read

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = f'xmlns:w="{W}"'
BODY = ["KẾ HOẠCH tuyên truyền bầu cử", "Căn cứ Chỉ thị của Ban Bí thư", "Giao Ban Tuyên giáo chủ trì"]
SEPARATORS = (
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
    "</w:footnote>"
)


def note(note_id: int, *paragraphs: str, kind: str = "footnote") -> str:
    mark = f"<w:r><w:rPr><w:rStyle w:val='FootnoteReference'/></w:rPr><w:{kind}Ref/></w:r>"
    body = "".join(
        f"<w:p>{mark if i == 0 else ''}<w:r><w:t xml:space='preserve'> {text}</w:t></w:r></w:p>"
        for i, text in enumerate(paragraphs)
    )
    return f'<w:{kind} w:id="{note_id}">{body}</w:{kind}>'


def ref(note_id: int, kind: str = "footnote", deleted: bool = False, custom: str = "") -> str:
    attribute = ' w:customMarkFollows="1"' if custom else ""
    run = f'<w:r {NS}><w:{kind}Reference w:id="{note_id}"{attribute}/></w:r>'
    run += f"<w:r {NS}><w:t>{custom}</w:t></w:r>" if custom else ""
    return f'<w:del {NS} w:id="90" w:author="x">{run}</w:del>' if deleted else run


def make(
    refs: dict[int, list[str]] | None = None,
    footnotes: str | None = None,
    endnotes: str | None = None,
    footnote_format: str = "",
) -> bytes:
    """BODY as three paragraphs; refs: paragraph index -> reference runs appended to it."""
    document = docx.Document()
    for index, line in enumerate(BODY):
        paragraph = document.add_paragraph(line)
        for run in (refs or {}).get(index, []):
            for element in parse_xml(f"<x {NS}>{run}</x>"):
                paragraph._p.append(element)
    if footnote_format:
        section = document.element.body.find(f"{{{W}}}sectPr")
        section.insert(0, parse_xml(f'<w:footnotePr {NS}><w:numFmt w:val="{footnote_format}"/></w:footnotePr>'))
    buffer = io.BytesIO()
    document.save(buffer)
    parts = {"footnotes": footnotes, "endnotes": endnotes}
    out = io.BytesIO()
    with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info)
            for kind, xml in parts.items():
                if xml is None:
                    continue
                rel = f"http://schemas.openxmlformats.org/officeDocument/2006/relationships/{kind}"
                content_type = f"application/vnd.openxmlformats-officedocument.wordprocessingml.{kind}+xml"
                if info.filename == "word/_rels/document.xml.rels":
                    data = data.replace(
                        b"</Relationships>",
                        f'<Relationship Id="rIdN{kind}" Type="{rel}" Target="{kind}.xml"/></Relationships>'.encode(),
                    )
                if info.filename == "[Content_Types].xml":
                    data = data.replace(
                        b"</Types>",
                        f'<Override PartName="/word/{kind}.xml" ContentType="{content_type}"/></Types>'.encode(),
                    )
            target.writestr(info, data)
        for kind, xml in parts.items():
            if xml is not None:
                target.writestr(f"word/{kind}.xml", xml)
    return out.getvalue()


def part(kind: str, inner: str) -> str:
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:{kind} {NS}>{inner}</w:{kind}>'


CITED_1 = "Hướng dẫn số 36-HD/BTCTW ngày 20/3/2025 của Ban Tổ chức Trung ương."
CITED_2 = "Chỉ thị số 46-CT/TW ngày 14/5/2025 của Ban Bí thư."
FOOTNOTES = part("footnotes", SEPARATORS + note(1, CITED_1) + note(2, CITED_2))

CASES = [
    # id, package, the lines expected after the body
    ("no notes part", make(), []),
    ("notes part, no reference", make(footnotes=FOOTNOTES), []),
    ("two footnotes in order", make({1: [ref(1)], 2: [ref(2)]}, FOOTNOTES), [f"[1] {CITED_1}", f"[2] {CITED_2}"]),
    ("numbered by reference order", make({0: [ref(2)], 2: [ref(1)]}, FOOTNOTES), [f"[1] {CITED_2}", f"[2] {CITED_1}"]),
    ("second reference to a note", make({0: [ref(1)], 1: [ref(1), ref(2)]}, FOOTNOTES), [f"[1] {CITED_1}", f"[2] {CITED_2}"]),
    ("referenced separator skipped", make({0: [ref(-1), ref(0), ref(1)]}, FOOTNOTES), [f"[1] {CITED_1}"]),
    (
        "empty footnote keeps its number",
        make({0: [ref(1)], 1: [ref(3)], 2: [ref(2)]}, part("footnotes", SEPARATORS + note(1, CITED_1) + note(2, CITED_2) + note(3, "  "))),
        [f"[1] {CITED_1}", f"[3] {CITED_2}"],
    ),
    ("deleted reference", make({0: [ref(1, deleted=True)], 1: [ref(2)]}, FOOTNOTES), [f"[1] {CITED_2}"]),
    ("custom mark", make({0: [ref(1, custom="*")], 1: [ref(2)]}, FOOTNOTES), [f"[*] {CITED_1}", f"[1] {CITED_2}"]),
    ("reference to a missing note", make({0: [ref(7)], 1: [ref(2)]}, FOOTNOTES), [f"[2] {CITED_2}"]),
    (
        "two-paragraph footnote on one line",
        make({0: [ref(1)]}, part("footnotes", SEPARATORS + note(1, "Quyết định số 12/QĐ-UBND;", "Kế hoạch số 5/KH-UBND."))),
        ["[1] Quyết định số 12/QĐ-UBND; Kế hoạch số 5/KH-UBND."],
    ),
    (
        "endnotes after footnotes, Word's roman numbers",
        make(
            {0: [ref(1, kind="endnote")], 1: [ref(1)], 2: [ref(2, kind="endnote")]},
            FOOTNOTES,
            part("endnotes", note(1, "Ghi chú cuối một.", kind="endnote") + note(2, "Ghi chú cuối hai.", kind="endnote")),
        ),
        [f"[1] {CITED_1}", "[i] Ghi chú cuối một.", "[ii] Ghi chú cuối hai."],
    ),
    ("section number format", make({0: [ref(1)], 1: [ref(2)]}, FOOTNOTES, footnote_format="upperLetter"), [f"[A] {CITED_1}", f"[B] {CITED_2}"]),
    ("notes part not XML", make({0: [ref(1)]}, "this is not xml <<<"), []),
    ("notes part with another root", make({0: [ref(1)]}, part("document", "<w:body/>")), []),
]  # fmt: skip


def test_notes_follow_the_body_which_does_not_move(monkeypatch) -> None:
    failures = []
    for name, data, expected in CASES:
        try:
            with monkeypatch.context() as without_notes:
                without_notes.setattr(docx_format, "note_lines", lambda *args: [])
                body, _ = read(data, 10**8)  # the text as it was before notes were read
            text, label = read(data, 10**8)
        except Exception as exc:  # collected: every failing row is reported
            failures.append(f"{name}: {type(exc).__name__}: {exc}")
            continue
        if label != "docx" or not text.startswith(body):
            failures.append(f"{name}: the body changed: {text[: len(body) + 20]!r}")
            continue
        notes = text[len(body) :]
        got = notes.split("\n\n")[1:] if notes else []
        if got != expected or (notes and not notes.startswith("\n\n")):
            failures.append(f"{name}: {notes!r}")
    assert not failures, "\n".join(failures)


def test_a_cited_document_in_a_footnote_reaches_the_notice(tmp_path: Path) -> None:
    path = tmp_path / "plan.docx"
    path.write_bytes(make({1: [ref(1)], 2: [ref(2)]}, FOOTNOTES))
    notice = extract_file(path)
    numbers = " ".join(reference.text for reference in notice.references)
    assert "36-HD/BTCTW" in numbers and "46-CT/TW" in numbers, numbers
