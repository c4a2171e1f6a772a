"""The signature block (TM., KT., TL., TUQ., Q., T/M, K/T, T/L, "(Đã ký)") and the "Nơi nhận" list.

Two-column layouts flattened to text interleave the two: distribution items start with a bullet,
signature lines are upper case, "(Đã ký)" or a short personal name. Each line of the tail is given
one of the two kinds, and the sections stage turns the runs into sections.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import chain

from ..document import Document
from ..item_labels import CHAPTER
from ..names import name_pattern, squash
from ..vn import FOLD_TABLE, fold_keep_case, is_upper_text
from .news import is_news
from .signing_positions import TITLE
from .signing_title import SigningTitle, signing_title
from .table_tail import NAME_WORD, TABLE_RECIPIENTS, TABLE_RULE, distribution_items, signing_block

TAIL_SCAN_LINES = 80
_PAST_LIST = 20  # lines after the list's last item where the signing block is still looked for

# Markdown may set the label in emphasis: "**_Nơi nhận:_**", "*Nơi nhận*:"
_RECIPIENTS = re.compile(r"^\s*+(?:[*_]++\s*+)?N[ơo]i\s+nh[ậa]n[*_]*+\s*+:?[*_]*+\s*+(?P<rest>.*)$", re.IGNORECASE)
# OCR damages the label ("Noi nhén:") or loses its first letter at the scan's margin ("ơi nhận:"): matched on
# folded text, with the colon required
_RECIPIENTS_OCR = re.compile(r"^\s*(?:N\w{1,2}|o)i\s+nh\w{1,2}n\s*:\s*(?P<rest>.*)$", re.IGNORECASE)
_BULLET = re.compile(r"^\s*[-–—+•·*~](?![-–—])\s*")  # "--- PAGE BREAK ---" is page furniture, not a bullet
_AUTHORITY = re.compile(r"^\s*(?P<auth>(?:TM|KT|TL|TUQ|Q|T/M|K/T|T/L|T\.M|K\.T|T\.L)\s*[./]?\s+\S.*)$")
_SIGNED = re.compile(r"^\s*+\(?\s*+(?:Đã\s+ký|đã\s+ký|Ký\s+thay|Đã ký số)[^)]*+\)?\s*+$")
# a title (cues/signing_positions.tsv), or the shape of one: a line in capitals that opens "TRƯỞNG", "TỔNG",
# "CHÁNH", "PHÓ" or "THƯỜNG TRỰC" is a position when it stands alone in the tail
_POSITION = re.compile(
    rf"^\s*(?:PHÓ\s+)?(?:{TITLE}|TRƯỞNG\s+\w+|TỔNG\s+\w+|CHÁNH\s+\w+|THƯỜNG\s+TRỰC|PHÓ\s+\w+)(?:\s+[\wĐ]+){{0,6}}\s*$"
)
_SIGNED_NOTE = re.compile(r"\(\s*(?:đã\s+ký|Đã\s+ký|ký)[^)]*\)", re.IGNORECASE)
_APPENDIX = re.compile(r"^\s*(?:PHỤ\s+LỤC|Phụ\s+lục)(?:\s+(?:[IVX\d]+|số))?\s*[.:]?(?:\s|$)")


@dataclass
class TailResult:
    authority: str | None = None
    position: str | None = None
    signer: str | None = None
    signature_lines: list[int] = field(default_factory=list)  # indexes into doc.lines
    distribution: list[tuple[str, int, int]] = field(default_factory=list)  # text, internal start, end
    distribution_lines: list[int] = field(default_factory=list)
    start_line: int | None = None  # first line of the tail (distribution or signature)
    appendix_line: int | None = None  # a "PHỤ LỤC" after the signature: its items are directive content too


def _is_upper(text: str) -> bool:
    return is_upper_text(text)


def looks_like_name(text: str) -> bool:
    words = text.split()
    if not 2 <= len(words) <= 5 or _is_upper(text) or _CHAPTER_HEADING.match(text):
        return False
    return all(NAME_WORD.match(w) and w[0].isupper() for w in words)


# "Chương I", "Chương IV": a chapter heading, though "Chương" is also a family name
_CHAPTER_HEADING = re.compile(rf"^{CHAPTER}$")


# the signature column printed on the same line as a distribution item ("- Như trên;   THỨ TRƯỞNG")
_TRAILING_POSITION = re.compile(
    # the gap is taken whole from the start of its run (tried at every space of a run, `\s{2,}\s*` was cubic)
    r"(?:(?<=[;,.])\s*+|(?<!\s)\s{2,}+|\s(?=(?:KT|TM|TL|TUQ|K/T|T/M)[./]))(?P<pos>(?:(?:KT|TM|TL|TUQ|K/T|T/M)[./]?\s*)?"
    rf"(?:PHÓ\s+)?{TITLE}(?:\s+[A-ZĐ][^\s,;]*)*)\s*$"
)
_WORD = re.compile(r"[^\W\d_]{3,}")


def _opens_lower_word(text: str) -> bool:
    """ "và Phó TTg …": a wrapped line's first word, in lower case; not a stray "š" of stamp noise."""
    first = text.split(maxsplit=1)[0]
    return len(first) >= 2 and first.isalpha() and first.islower()


def _split_columns(text: str, column_seen: bool = False) -> tuple[str, str | None, str | None]:
    """An item and what the other column put on its line: a signature position, the signer's name, or OCR
    noise after ';'. A name after a single space ("- Lưu: VT, NV. Trần Văn An") is the signer's only where the
    signing column already showed on an earlier line (`column_seen`); without it, "- Đ/c PCT. Lê Văn Hùng" names
    a recipient."""
    position = _TRAILING_POSITION.search(text)
    if position and position.start() > 0 and text[: position.start()].strip(" -–—;,."):
        return text[: position.start()], squash(position.group("pos")), None
    signer = _TRAILING_SIGNER.search(text)
    if signer and text[: signer.start()].strip(" -–—;,.") and _is_personal_name(signer.group("name")):
        wide_gap = signer.start("name") - signer.start() >= 2
        if wide_gap or column_seen:
            return text[: signer.start()], None, signer.group("name")
    column = _signing_column_after(text)
    if column is not None:
        return text[:column], squash(text[column + 1 :].strip(" .,;:-–—_")), None
    head, sep, tail = text.rpartition(";")
    if sep and head.strip(" -–—") and not _WORD.search(tail):
        return head + ";", None, None  # "- Như trên; #5 # rũ tn à": stamp or margin noise
    return text, None, None


# a signing title as OCR prints it, read on folded capitals: "CHU TỊCH", "GIAM ĐỌC", "TRƯỞNG", "TƯỚNG" closing
# the column's line, or a marker opening it ("TRUNG", "TỔNG", the "KT" of a "Lưu: VT, KT, TH" and a school's
# "TRƯỜNG THCS …" are none)
_TITLE_STEM = re.compile(
    r"(?:CH\w{0,2}\s*T\w{0,2}CH|GI\w{0,2}M\s*\w{1,2}C|TR\w{0,2}O\w?NG|TU\w?NG)\W*$|^\W*(?:KT|TM|TL)\s*[.,:]\s*\w"
)
_ITEM_CLOSE = re.compile(r"[;:.]")
# the signing column's first line is short ("KT. PHÓ CHỦ TỊCH THƯỜNG TRỰC"): only the marks this near the line's
# end are read (every mark of a long line, each with its tail, was quadratic)
_COLUMN_REACH = 80


def _signing_column_after(text: str) -> int | None:
    """Where the signing column begins on a distribution line OCR flattened with it: after the item's closing
    mark, a run in capitals that holds a signing title, however damaged ("- Thường trực Huyện ủy; KT. CHU
    TỊCH", "- Như trên: Q PHÓ GIAM ĐÓC"). Returns the mark's index."""
    for mark in _ITEM_CLOSE.finditer(text, max(0, len(text) - _COLUMN_REACH)):
        head, tail = text[: mark.start()], text[mark.end() :]
        if not _WORD.search(head) or not _WORD.search(tail):
            continue
        if is_upper_text(tail, _UPPER_SHARE) and _TITLE_STEM.search(fold_keep_case(tail).upper().strip()):
            return mark.start()
    return None


# the signer's name printed on the line of the last items ("- Lưu: VT, NV.        Nguyễn Văn A"): after the
# item's closing mark or a wide gap, a run of two to five capitalised words that ends the line
_TRAILING_SIGNER = re.compile(
    r"(?:(?<=[;,.)])[^\S\n]++|(?<!\s)[^\S\n]{2,}+)(?P<name>(?:[^\W\d_]+[^\S\n]){1,4}[^\W\d_]+)\s*$"
)


def _is_personal_name(text: str) -> bool:
    """A family-name-led personal name ("Nguyễn Thúy Hà"), not a body or a place in title case."""
    return looks_like_name(text) and name_pattern().fullmatch(text) is not None


def signer_name(text: str) -> str | None:
    """The personal name on a signature line: the whole line, or a family-name-led run beside "(Đã ký)" or
    stamp noise ("Phan Văn Anh (đã ký)")."""
    text = squash(_SIGNED_NOTE.sub(" ", text))
    if looks_like_name(text):
        return text
    if _is_upper(text) or len(text) > 60:
        return None
    for match in reversed(list(name_pattern().finditer(text))):
        rest = text[: match.start()] + " " + text[match.end() :]
        if not _WORD.search(rest):  # only stamp or margin noise beside the name
            return squash(match.group())
    return None


def _clean_item(text: str) -> str:
    return squash(_BULLET.sub("", text)).rstrip(" ,;.:")


# where a line's first character besides spaces may open the label (_RECIPIENTS, or _RECIPIENTS_OCR once folded),
# an authority (_AUTHORITY) or a table's "| Nơi nhận" row (TABLE_RECIPIENTS): the lines worth testing
_N_FOLDS = "".join(sorted({"N", "n"} | {chr(code) for code, base in FOLD_TABLE.items() if base in ("N", "n")}))
_LOST_N = "".join(sorted({"o"} | {chr(code) for code, base in FOLD_TABLE.items() if base == "o"}))  # "ơi nhận:"
Opening = tuple[re.Pattern[str], re.Pattern[str]]


def _opening(first: str) -> Opening:
    """A line's first character besides spaces: a test of one line, and a search for such a line after a line
    break (the line break first lets re skip ahead from one to the next)."""
    return re.compile(rf"[^\S\n]*{first}"), re.compile(rf"\n[^\S\n]*{first}")


_RECIPIENTS_OPENING = _opening(f"[{_N_FOLDS}{_LOST_N}*_]")
_AUTHORITY_OPENING = _opening("[TKQ]")
_TABLE_OPENING = _opening(r"\|")


def _lines_opening_with(doc: Document, opening: Opening, first: int, end: int | None = None) -> Iterator[int]:
    """The indices, from `first` up to `end`, of the lines that open with `opening`: found by one search of the
    text instead of a test of every line."""
    lines, text = doc.lines, doc.text
    end = len(lines) if end is None else end
    if first >= end:
        return
    line_test, scan = opening
    if line_test.match(text, lines[first].start):
        yield first
    i = first
    for match in scan.finditer(text, lines[first].end):
        at = match.start() + 1  # the line's start, after its line break
        while i < end and lines[i].start < at:
            i += 1
        if i >= end:
            return
        yield i


def is_recipients(text: str) -> bool:
    """Whether a line opens the distribution list ("Nơi nhận:"), its OCR'd forms too."""
    if _RECIPIENTS.match(text):
        return True
    # the OCR'd form opens with an N once folded: the other lines (nearly all) are not folded to be read
    return fold_keep_case(text.lstrip()[:1]) in ("N", "n", "o") and bool(_RECIPIENTS_OCR.match(fold_keep_case(text)))


def _recipients_rest(text: str) -> str:
    match = _RECIPIENTS.match(text) or _RECIPIENTS_OCR.match(fold_keep_case(text))
    return text[match.start("rest") :].strip()


# the authority marker as OCR prints it, run on or with a comma: "KT.CHÁNH THANH TRA", "KT, PHO GIAM ĐOC",
# "TLTRƯỞNG BAN"
# (runs of spaces taken whole; the marker found by its capital first, then checked to open a word)
_GLUED_AUTHORITY = re.compile(r"\b(?P<mark>TM|KT|TL|TUQ|T/M|K/T|T/L)\s*+[.,:/]?\s*+(?P<rest>[A-ZĐ][^\W\d_].*)$")
_UPPER_SHARE = 0.7  # a line of the signing column in capitals, a few letters of OCR noise beside it


def _signing_column_rest(rest: str) -> tuple[str | None, str | None] | None:
    """What the "Nơi nhận:" line holds after its label when it is not a distribution item: the signing column's
    first line, printed in capitals and often damaged by OCR ("KT.CHÁNH THANH TRA", "ki GIAM ĐÔC", "PHO TRUONG
    BAM"), or noise with no word ("ẩ ĩ ·"). Returns (authority, position) read from it, each None when absent, or None
    when the rest is an item ("Nơi nhận: - Như trên;", "Nơi nhận: Như trên;")."""
    if _BULLET.match(rest) or rest.rstrip().endswith((";", ",")):
        return None  # an item, closed as items are ("Nơi nhận: TT.TU, TT.HĐND;")
    if not _WORD.search(rest):
        return None, None
    if not is_upper_text(rest, _UPPER_SHARE):
        return None
    rest = rest.replace("_", " ")  # a rule's stroke stuck to the marker ("_KT. CHỦ TỊCH")
    glued = _GLUED_AUTHORITY.search(rest)
    if glued:
        return squash(rest[glued.start() :]), None  # as printed, from its marker on
    words = rest.split()
    first_capital = next((i for i, word in enumerate(words) if is_upper_text(word) and len(word) > 2), len(words))
    return None, squash(" ".join(words[first_capital:])) or None


def _set_position(result: TailResult, text: str) -> None:
    """A signature line found beside the distribution list: authority ("KT. CHỦ TỊCH") or position."""
    auth = _AUTHORITY.match(text)
    if auth and result.authority is None:
        result.authority = squash(auth.group("auth"))
    elif result.position is None and not auth:
        result.position = text


def _set_signing_title(result: TailResult, run_on: SigningTitle, at: int) -> None:
    """The signing block read from a line that runs on into an attached text's title (stages/signing_title.py)."""
    result.authority = result.authority or run_on.authority
    result.position = result.position or run_on.position
    result.signer = result.signer or run_on.signer
    result.signature_lines.append(at)


# a bullet that opens a second item on an item's line, after its closing ";" ("… của Quốc hội; - Văn phòng Quốc hội,")
_INLINE_BULLET = re.compile(r"(?<=;)[^\S\n]*+[-–•+][^\S\n]++(?=\w)")


def _append_items(result: TailResult, raw: list[str], item: str, line_start: int, first: int) -> None:
    """The items of one distribution line (`item`, the line's text from `line_start`), the first from `first` (past
    its bullet), the others after the bullets a line holds inside it."""
    starts, stops = [first], []
    for bullet in _INLINE_BULLET.finditer(item, first - line_start):
        stops.append(line_start + bullet.start())
        starts.append(line_start + bullet.end())
    stops.append(line_start + len(item))
    for k, (start, stop) in enumerate(zip(starts, stops, strict=True)):
        piece = item[start - line_start : stop - line_start]
        if k and _is_upper(piece):
            continue  # the signing column's line after a bullet-like stroke ("…; - CHÁNH VĂN PHÒNG")
        raw.append(piece)
        end = start + len(piece.rstrip(" ;,.:"))
        result.distribution.append((_clean_item(piece), start, max(start, end)))


_ITEM_CLOSED = (";", ".", ":")
_ARCHIVE = re.compile(r"^\W*L[ưu]u\b")


def _continues(item: str, gap: int, raw_line: str, text: str) -> bool:
    """A line without a bullet that carries on the list's last item (`item` so far), `gap` lines below it: a word in
    lower case or a note in brackets ("(để b/c)"); or, right below an item left open, a line in capitals or
    title case ("- HĐND, UBND các tỉnh, thành phố trực thuộc / Trung ương;") — open is no closing mark at all, or
    a comma after a label's list of units ("- VPCP: BTCN, các PCN, Trợ lý TTg, / TGĐ Cổng TTĐT, các Vụ, Cục;").
    The signing column's lines (capitals, "(Đã ký)", a signer's name, the right half) carry on nothing."""
    if _SIGNED.match(text) or _indented(raw_line):
        return False
    tail = item.rstrip()
    if text[0].islower() or text[0] == "(":
        return gap == 1 or (_opens_lower_word(text) and not tail.endswith(_ITEM_CLOSED))
    if gap != 1 or not text[0].isalpha() or not _WORD.search(text) or _is_upper(text) or _AUTHORITY.match(text):
        return False
    if signer_name(text) or _ARCHIVE.match(item):
        return False  # the archive copy's line ("- Lưu: VT, …") is the list's last: what follows it is not an item's
    return not tail.endswith(_ITEM_CLOSED) and (not tail.endswith(",") or ":" in tail)


def _read_distribution(lines, recipients_at: int, result: TailResult, furniture: frozenset[int] = frozenset()) -> None:
    """The "Nơi nhận" items: bulleted lines, wrapped lines joined, the signature column split off."""
    result.start_line = recipients_at
    result.distribution_lines.append(recipients_at)
    column_above = _position_above(lines, recipients_at) is not None  # "HIỆU TRƯỞNG" printed above "Nơi nhận:"
    line = lines[recipients_at]
    rest = _recipients_rest(line.text)
    raw: list[str] = []
    if rest and (_POSITION.match(rest) or _AUTHORITY.match(rest)):
        _set_position(result, squash(rest))  # "Nơi nhận:        TRƯỞNG PHÒNG": two columns on one line
        result.signature_lines.append(recipients_at)
    elif rest and (column := _signing_column_rest(rest)) is not None:
        authority, position = column  # "Nơi nhận: KT.CHÁNH THANH TRA", "Nơi nhận: _ TLTRƯỞNG BAN" as OCR reads
        result.authority = result.authority or authority
        result.position = result.position or position
        result.signature_lines.append(recipients_at)
    elif rest:
        column_seen = bool(result.authority or result.position or column_above)
        item, other, signer = _split_columns(rest, column_seen)
        if other:
            _set_position(result, other)
        result.signer = result.signer or signer  # the line stays in the distribution part (its leftmost text)
        start = line.start + line.text.index(rest)
        raw.append(item)
        result.distribution.append((_clean_item(item), start, start + len(item.rstrip(" ;,.:"))))
    previous = recipients_at  # the last line with text
    for i in range(recipients_at + 1, len(lines)):
        line = lines[i]
        text = line.stripped
        if not text:
            continue
        # the line a wrapped line continues: the one just above, or past one blank line when it opens in lower case
        wraps = i - previous == 1 or (i - previous == 2 and _opens_lower_word(text))
        above, previous = (previous if wraps else None), i
        # distribution_lines grows in line order: its last is its max (a max() here was quadratic in the lines)
        if _APPENDIX.match(text) or (result.distribution and i - result.distribution_lines[-1] > 12):
            break
        if _BULLET.match(text) and not _SIGNED.match(text) and not _indented(line.text):
            column_seen = bool(result.authority or result.position or column_above)
            item, other, signer = _split_columns(line.text.rstrip(), column_seen)
            if other:
                _set_position(result, other)
            result.signer = result.signer or signer
            bullet_end = line.start + len(line.text) - len(_BULLET.sub("", line.text, count=1))
            _append_items(result, raw, item, line.start, bullet_end)
            result.distribution_lines.append(i)
        elif (
            raw
            and above is not None
            and above == result.distribution_lines[-1]
            and _continues(raw[-1], i - above, line.text, text)
        ):
            item, _, _ = _split_columns(line.text.rstrip())  # a wrapped distribution item
            inline = _INLINE_BULLET.search(item)  # the next item may open on the same line
            head = item[: inline.start()] if inline else item
            raw[-1] = raw[-1].rstrip() + " " + head.strip()
            _, start, _ = result.distribution[-1]
            result.distribution[-1] = (_clean_item(raw[-1]), start, line.start + len(head.rstrip(" ;,.:")))
            if inline:
                _append_items(result, raw, item, line.start, line.start + inline.end())
            result.distribution_lines.append(i)
        elif (run_on := signing_title(text)) is not None:
            _set_signing_title(result, run_on, i)
            break  # the signer's name closes the block: the attached text's title runs on after it
        elif _in_signature_column(line.text, text):
            result.signature_lines.append(i)
            if not _indented(line.text) and signer_name(text):
                break  # the signer's name closes the block: what follows is an appendix or another copy
        elif i in furniture or not any(c.isalpha() for c in text):
            continue  # a page number ("3") stays in the part before it
        elif above in result.distribution_lines and _WORD.search(text):
            result.distribution_lines.append(i)  # a wrapped item or a label ("Bản điện tử:"), OCR noise beside it
        elif above == result.distribution_lines[-1] and not _WORD.search(text) and not result.signature_lines:
            continue  # stamp noise under the last item, no word in it ("Zh"): it stays in the list's part
        else:
            result.signature_lines.append(i)


def _read_table_row(lines, at: int, result: TailResult) -> None:
    """The tail printed as one table row, "| Nơi nhận: - A; - B. | KT. CHỦ TỊCH … Nguyễn Văn A |": the list
    from its first cell, the signing block from its second; the row is the distribution part (its leftmost
    text) and its rule line ("|---|---|") goes with it."""
    line = lines[at]
    result.start_line = at
    result.distribution = distribution_items(line.text, line.start)
    result.distribution_lines.append(at)
    if at + 1 < len(lines) and TABLE_RULE.match(lines[at + 1].text):
        result.distribution_lines.append(at + 1)
    result.authority, result.position, result.signer = signing_block(line.text)
    if result.authority or result.position or result.signer:
        result.signature_lines.append(at)


# the signature column's own lines: the authority, a position in capitals, "(Đã ký)", the signer's name, or
# any line printed in the right half (the digital signature's "Sở Giáo dục và Đào tạo / 2020.04.09 07:48")
_RIGHT_COLUMN = 24


def _indented(raw: str) -> bool:
    return len(raw) - len(raw.lstrip(" ")) >= _RIGHT_COLUMN


def _in_signature_column(raw: str, text: str) -> bool:
    if _indented(raw):
        return True
    if _AUTHORITY.match(text) or _SIGNED.match(text) or signer_name(text):
        return True
    return _is_upper(text) and ";" not in text and len(text) < 60


_NUMBERED_LINE = re.compile(r"^\s*+(?:[IVX]{1,4}|\d{1,2}|Điều\s++\d+|Một|Hai)(?:\s*+[.)\-–]|\s++là)\s*+\S")
_FORM = re.compile(r"^\s*(?:Mẫu|MẪU)(?:\s+số)?\b")


def _attachment(lines, after: int) -> int | None:
    """A document attached after the signature or the distribution list (a guidance, a plan, a "bài tuyên
    truyền"): the first line after `after` whose following lines hold several numbered items; forms
    ("Mẫu số …") are not."""
    start = next(
        (i for i in range(after + 1, len(lines)) if lines[i].stripped and not _BULLET.match(lines[i].text)), None
    )
    if start is None or _FORM.match(lines[start].stripped):
        return None
    numbered = sum(1 for line in lines[start:] if _NUMBERED_LINE.match(line.text))
    return start if numbered >= 2 else None


def _position_above(lines, at: int) -> int | None:
    """The line right above line `at` (past blank lines) when it is a position in capitals ("HIỆU TRƯỞNG")."""
    above = next((i for i in range(at - 1, max(-1, at - 3), -1) if lines[i].stripped), None)
    if above is None:
        return None
    text = lines[above].stripped
    return above if _is_upper(text) and _POSITION.match(text) and len(text) < 60 else None


def _byline(doc: Document, raw: str) -> bool:
    """A name alone at the left margin near the end of a news text (no type, number or issuer in its header): the
    reporter's byline or a photo's credit, page furniture; a signer prints a block, or the name in the right
    column."""
    return is_news(doc) and not _indented(raw)


# what opens a decision's bases ("Căn cứ Luật …", "Xét đề nghị của …", "Theo đề nghị của …")
_BASES_OPENING = re.compile(r"(?:Căn\s+cứ|Xét|Theo\s+đề\s+nghị)(?!\w)", re.IGNORECASE)


def _issues_over_its_bases(lines: list, at: int) -> bool:
    """A position line over the bases of a decision ("CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN" then "Căn cứ …"): the
    authority that issues it, printed above them (Decree 30/2020, form 1.4), no signature."""
    following = next((line.stripped for line in lines[at + 1 : at + 4] if line.stripped), "")
    return _BASES_OPENING.match(following) is not None


def find_tail(doc: Document, body_start_line: int = 0) -> TailResult:
    lines = doc.lines
    result = TailResult()
    first_scan = max(body_start_line, len(lines) - TAIL_SCAN_LINES)

    # the first "Nơi nhận" or signature authority after the body's first lines; a sao lục cover or the
    # forms of an appendix may add more further down
    recipients_at = next(
        (i for i in _lines_opening_with(doc, _RECIPIENTS_OPENING, body_start_line) if is_recipients(lines[i].text)),
        None,
    )
    authority_at = next(
        (
            i
            for i in _lines_opening_with(doc, _AUTHORITY_OPENING, body_start_line + 1)
            if _AUTHORITY.match(lines[i].stripped) and _is_upper(lines[i].stripped)
        ),
        None,
    )
    if authority_at is not None and (recipients_at is None or authority_at < recipients_at):
        first_scan = authority_at

    # a table row counts only before the list read above (if any): look no further than it
    scan_end = recipients_at if recipients_at is not None else len(lines)
    table_row = next(
        (
            i
            for i in _lines_opening_with(doc, _TABLE_OPENING, body_start_line, scan_end)
            if TABLE_RECIPIENTS.match(lines[i].text)
        ),
        None,
    )
    if table_row is not None:
        recipients_at = table_row
        _read_table_row(lines, table_row, result)
    elif recipients_at is not None:
        _read_distribution(lines, recipients_at, result, doc.furniture)

    # signature: authority / position / signer, looked for in the tail
    # a signing position printed right above the list ("HIỆU TRƯỞNG / Nơi nhận:"), the name further down
    position_at = _position_above(lines, recipients_at) if recipients_at is not None else None
    scan_from = (
        min(x for x in (recipients_at, authority_at, position_at) if x is not None)
        if (recipients_at is not None or authority_at is not None)
        else max(first_scan, len(lines) - 25)
    )
    scan_to = len(lines)
    # a signing block run on into the title of the text it issues attached: that text starts on the next line
    window = range(scan_from, min(len(lines), scan_from + 40))
    run_on = next(((i, found) for i in window if (found := signing_title(lines[i].text))), None)
    appendix = None
    if run_on is not None:
        _set_signing_title(result, run_on[1], run_on[0])
        appendix = next((i for i in range(run_on[0] + 1, len(lines)) if lines[i].stripped), None)
    else:
        appendix = next((i for i in range(scan_from, len(lines)) if _APPENDIX.match(lines[i].stripped)), None)
    if appendix is None and run_on is None:
        signer = next(
            (i for i in range(scan_from, min(len(lines), scan_from + 40)) if looks_like_name(lines[i].stripped)), None
        )
        ends = [i for i in (signer, max(result.distribution_lines, default=None)) if i is not None]
        appendix = _attachment(lines, max(ends)) if ends else None
    if appendix is not None:
        result.appendix_line = scan_to = appendix
    # forty lines from the tail's first, and twenty past a long list's last item (the lines in between are the
    # list's: not walked, a list of thousands of lines is read once)
    list_end = max(result.distribution_lines, default=scan_from) + 1
    listed = set(result.distribution_lines)
    window = chain(
        range(scan_from, min(scan_to, scan_from + 40)),
        range(max(scan_from + 40, list_end), min(scan_to, list_end + _PAST_LIST)),
    )
    candidates = [i for i in window if i not in listed]
    for i in candidates:
        text = lines[i].stripped
        if not text:
            continue
        auth = _AUTHORITY.match(text)
        if auth and result.authority is None and _is_upper(text):
            result.authority = squash(auth.group("auth"))
            result.signature_lines.append(i)
            continue
        if (
            result.position is None
            and _is_upper(text)
            and _POSITION.match(text)
            and len(text) < 60
            and not _issues_over_its_bases(lines, i)
        ):
            result.position = squash(text)
            result.signature_lines.append(i)
            continue
        if _SIGNED.match(text):
            result.signature_lines.append(i)
            continue
        name = signer_name(text)
        if name and (result.authority or result.position or (i >= len(lines) - 6 and not _byline(doc, lines[i].text))):
            # a later name replaces an earlier one unless that one is a family-name-led personal name: the
            # digital signature's "Tỉnh Bến Tre" above the signer, an attached text's "Chương I" below the column's
            if result.signer is None or not _is_personal_name(result.signer):
                result.signer = name
            result.signature_lines.append(i)
    if result.signature_lines:
        first_sig = min(result.signature_lines)
        result.start_line = first_sig if result.start_line is None else min(result.start_line, first_sig)
    result.signature_lines = sorted(set(result.signature_lines))
    return result


def signature(doc: Document) -> Document:
    """Reads lines and `doc.header`; writes `doc.tail` (signature block, distribution, appendix)."""
    header_end = doc.header.end
    body_start_line = next((i for i, ln in enumerate(doc.lines) if ln.start >= header_end), 0)
    doc.tail = find_tail(doc, body_start_line)
    return doc
