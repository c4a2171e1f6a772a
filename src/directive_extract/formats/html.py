"""Saved web pages (.html/.htm) to the main text with trafilatura: one block per paragraph.

Notices on provincial portals come wrapped in menus, banners and footers; trafilatura keeps the
article. We ask it for XML rather than plain text because plain text loses the difference between a
paragraph (<p>) and a line break inside one (<br>): blocks are separated by a blank line and <br>
lines by one newline, as in the text corpus, where the header stage reads a blank line as the end
of a block. When trafilatura finds nothing (a bare page, or one it judges too short) we fall back to
every visible block of the page. Bytes are decoded by BOM, then as UTF-8 when they are valid multi-byte
UTF-8, else by the reading that scores best as Vietnamese (see `decode_html`).
"""

from __future__ import annotations

import codecs
import html.parser
import re
import unicodedata
from collections.abc import Callable

import lxml.etree
import lxml.html
import trafilatura

from ..errors import BinaryInputError, CorruptFileError, DecodeError
from . import legacy
from .data_tables import CELL_SEPARATOR, DATA_COLUMNS
from .quiet import quiet

_META_CHARSET = re.compile(rb"""<meta[^>]+?charset\s*+=\s*+["']?\s*+([A-Za-z0-9_.:\-]+)""", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_INVISIBLE = ("script", "style", "noscript", "template", "head")
_BLOCK = ("p", "div", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section",
          "article", "blockquote", "pre", "dd", "dt", "ul", "ol", "main", "header", "footer", "nav")  # fmt: skip
_CONTAINERS = {"doc", "main", "list", "table", "row", "quote", "div"}  # trafilatura XML: blocks inside blocks
_BREAK = "\ue000"  # marks a block break in the fallback dump (a private-use character, removed from input)
_SAFE_XML = lxml.etree.XMLParser(resolve_entities=False, no_network=True)
# huge_tree lifts libxml2's nesting limit (256): 100,000 nested <div>s must still give their text
_DEEP_HTML = lxml.html.HTMLParser(huge_tree=True, no_network=True)


def _declared_codec(data: bytes) -> str | None:
    """The codec the page's meta tag names, if Python knows it and it can be declared in ASCII bytes at all:
    a page that states "utf-16" in ASCII is not UTF-16 (the HTML standard reads it as UTF-8)."""
    declared = _META_CHARSET.search(data[:4096])
    if not declared:
        return None
    try:
        info = codecs.lookup(declared.group(1).decode("ascii"))
    except (LookupError, UnicodeDecodeError):
        return None
    if not getattr(info, "_is_text_encoding", True) or info.name == "undefined":
        return None  # "base64", "rot13", "zlib": codecs Python knows that are no character set
    return None if info.name.startswith(("utf-16", "utf-32", "utf-7")) else info.name


def _codec_reader(codec: str) -> Callable[[bytes], str]:
    def decode(data: bytes) -> str:
        text = data.decode(codec)  # strict: a byte the codec has no letter for rules the codec out
        return unicodedata.normalize("NFC", text) if codec == "cp1258" else text

    return decode


def _readings(declared: str | None) -> dict[str, Callable[[bytes], str]]:
    """The candidate decodings, the declared one first (it wins a tie), then Word's "Western" export,
    then the legacy Vietnamese tables."""
    readings: dict[str, Callable[[bytes], str]] = {}
    if declared and declared != "utf-8":
        readings[declared] = _codec_reader(declared)
    readings.setdefault("cp1252", _codec_reader("cp1252"))
    for name, decoder in legacy.CANDIDATES.items():
        if not (name == "windows-1258" and "cp1258" in readings):
            readings[name] = decoder
    return readings


def decode_html(data: bytes) -> str:
    """The page as str. By BOM; then UTF-8 when the bytes are valid UTF-8 with multi-byte letters, whatever
    the page declares; else the reading that is most Vietnamese among the declared charset, Windows-1252 and
    the legacy tables, with character references resolved before scoring.

    The declared charset alone is not believed: Word's "Save as Web Page" declares windows-1252 and writes
    "công tác" as cp1252 bytes and "bầu cử" as "b&#7847;u c&#7917;", pages typed in .VnTime declare a
    Western charset over TCVN3 bytes, and pages re-saved by hand declare UTF-8 over either.
    """
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):  # before UTF-16: FF FE 00 00 starts both
        return data.decode("utf-32", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    declared = _declared_codec(data)
    try:
        utf8 = data.decode("utf-8")
    except UnicodeDecodeError:
        utf8 = None
    if utf8 is not None:  # valid multi-byte UTF-8 is no accident; ASCII reads the same in every declarable charset
        return utf8
    readings = _readings(declared)
    scores = legacy.score_readings(data, readings, prepare=html.unescape)
    if not scores:
        raise DecodeError("cannot tell the page's character set: no encoding reads its bytes")
    order = list(readings)
    name = max(scores, key=lambda n: (scores[n].rank, -order.index(n)))
    best = scores[name]
    if best.valid + best.invalid == 0 or best.share < legacy.MIN_SHARE:
        # no Vietnamese to judge by (a page in English or French): the declaration, else Word's default
        name = next((n for n in (declared, "cp1252") if n in scores), None)
        if name is None:
            raise DecodeError(
                "cannot tell the page's character set: not UTF-8, and no Vietnamese encoding (TCVN3, VNI, "
                "Windows-1258, Windows-1252) reads it as Vietnamese; save it as UTF-8"
            )
    try:
        text = readings[name](data)
    except UnicodeDecodeError:  # a byte the codec lacks after the scored sample: one replacement character
        codec = "cp1258" if name == "windows-1258" else name
        text = data.decode(codec, errors="replace")
        text = unicodedata.normalize("NFC", text) if codec == "cp1258" else text
    if legacy.too_many_controls(text):
        raise BinaryInputError("binary content (control bytes): not a web page")
    return text


def _tidy(text: str) -> str:
    """Spaces squeezed in each line, no blank lines inside a block."""
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


_CELL_BREAKS = frozenset({*_BLOCK, "br", "lb", "row", "cell", "list", "item", "head"})


def _cell_text(cell) -> str:
    """A table cell's text on one line: its paragraphs and line breaks ("<p>Cơ quan chủ trì</p><p>thẩm tra</p>",
    "<br>") joined by a space, inline tags by nothing. Walked without recursion (a page may nest deep)."""
    parts: list[str] = []
    for event, element in lxml.etree.iterwalk(cell, events=("start", "end", "comment", "pi")):
        if not isinstance(element.tag, str):  # a comment or a processing instruction: only its tail shows
            parts.append(element.tail or "")
            continue
        if element.tag in _CELL_BREAKS:
            parts.append(" ")
        if event == "start":
            parts.append(element.text or "")
        elif element is not cell:
            parts.append(element.tail or "")
    return " ".join("".join(parts).split())


def _row_lines(rows: list[list[str]]) -> list[str] | None:
    """A data table's rows as lines, cells joined by " | " as the docx and pdf readers print them; None for a
    layout table (fewer than two rows with three cells of text: the header block "ỦY BAN … | CỘNG HÒA …", the
    signature, a portal's one-row page frame "menu | content | links")."""
    if sum(1 for row in rows if sum(1 for cell in row if cell) >= DATA_COLUMNS) < 2:
        return None
    return [CELL_SEPARATOR.join(row) for row in rows if any(row)]


def _blocks(element) -> list[str]:
    """The text blocks of trafilatura's XML, in order; <lb/> is a line break inside a block. A data table gives
    one block per row (`_row_lines`), a layout table one per cell's paragraph."""
    if element.tag == "table":
        rows = [[_cell_text(cell) for cell in row.iterchildren("cell")] for row in element.iterchildren("row")]
        lines = _row_lines(rows)
        if lines is not None:
            return lines
    if element.tag in _CONTAINERS or (element.tag == "cell" and element.find("p") is not None):
        return [block for child in element for block in _blocks(child)]
    parts = [element.text or ""]
    for child in element.iter():
        if child is element:
            continue
        parts.append("\n" if child.tag == "lb" else child.text or "")
        parts.append(child.tail or "")
    text = _tidy("".join(parts))
    return [text] if text else []


def main_text(html: str) -> str | None:
    """The article of the page as trafilatura sees it, or None."""
    try:
        with quiet("trafilatura", "htmldate", "courlan"):
            xml = trafilatura.extract(
                html, output_format="xml", include_comments=False, include_tables=True, include_images=False,
                include_links=False, include_formatting=False, deduplicate=False,
            )  # fmt: skip
        if not xml:
            return None
        root = lxml.etree.fromstring(xml.encode("utf-8"), _SAFE_XML)
    except Exception:  # trafilatura is best effort; the caller falls back to the whole page
        return None
    main = root.find("main")
    return "\n\n".join(_blocks(main if main is not None else root)) or None


def plain_text(html: str) -> str:
    """Every visible block of the page, a blank line between blocks: the fallback."""
    try:
        root = lxml.html.document_fromstring(html.replace(_BREAK, ""), parser=_DEEP_HTML)
    except (ValueError, lxml.etree.ParserError) as exc:
        raise CorruptFileError(f"not a readable HTML page ({exc})") from exc
    for element in list(root.iter(*_INVISIBLE)):
        element.drop_tree()
    for table in list(root.iter("table")):
        _flatten_data_table(root, table)
    for element in root.iter("br"):
        element.tail = "\n" + (element.tail or "")
    for element in root.iter(*_BLOCK):
        element.text = _BREAK + (element.text or "")
        element.tail = _BREAK + (element.tail or "")
    blocks = (_tidy(block) for block in root.text_content().split(_BREAK))
    return "\n\n".join(block for block in blocks if block)


_ROWS = "./tr | ./thead/tr | ./tbody/tr | ./tfoot/tr"


def _flatten_data_table(root, table) -> None:
    """A data table of the page replaced by its rows, one block each (`_row_lines`); a layout table, or one
    inside a table already flattened, is left as it is."""
    if not any(ancestor is root for ancestor in table.iterancestors()):
        return  # inside a data table flattened before it: its text is in that table's cell
    rows = [[_cell_text(cell) for cell in row.xpath("./td | ./th")] for row in table.xpath(_ROWS)]
    lines = _row_lines(rows)
    if lines is None:
        return
    block = lxml.html.Element("div")
    block.text = _BREAK.join(lines)
    block.tail = table.tail
    table.getparent().replace(table, block)


class _FlatText(html.parser.HTMLParser):
    """Every visible text of a page from the stream of its tags, with no tree: the standard library's
    event parser has no nesting limit, where libxml2 stops at a depth of 256 (2048 with huge_tree)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in _INVISIBLE:
            self.hidden += 1
        elif tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCK:
            self.parts.append(_BREAK)

    def handle_endtag(self, tag: str) -> None:
        if tag in _INVISIBLE:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCK:
            self.parts.append(_BREAK)

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


def flat_text(page: str) -> str:
    """The fallback of the fallback: visible text without building a tree (pages nested too deep for one)."""
    parser = _FlatText()
    parser.feed(page.replace(_BREAK, ""))
    parser.close()
    blocks = (_tidy(block) for block in "".join(parser.parts).split(_BREAK))
    return "\n\n".join(block for block in blocks if block)


def read(data: bytes, max_bytes: int) -> tuple[str, str]:
    """Main text of a saved web page."""
    page = _XML_DECLARATION.sub("", decode_html(data), count=1).replace("\x00", "")
    return main_text(page) or plain_text(page) or flat_text(page), "html"
