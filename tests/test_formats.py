"""Input formats: every kind of file an office has, built on the fly, read, decoded and extracted.

Text in every encoding (UTF-8, BOM, UTF-16 with and without BOM, Windows-1258, TCVN3, VNI), a Word
file with real list numbering, a PDF with a text layer, a saved web page, and each bad file the
reader must refuse with a plain InputError.
"""

from __future__ import annotations

import codecs
import io
import random
import shutil
import subprocess
import sys
import unicodedata
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from directive_extract import InputError, extract_file
from directive_extract.errors import (
    BinaryInputError,
    CorruptFileError,
    DecodeError,
    EmptyInputError,
    EncryptedFileError,
    NoTextLayerError,
    TooLargeError,
    UnreadableFileError,
    UnsafeFileError,
    UnsupportedFormatError,
)
from directive_extract.formats import legacy
from directive_extract.formats.numbering import format_number
from directive_extract.read import decode, read_file
from directive_extract.syllables import is_syllable, letters

NOTICE = """ỦY BAN NHÂN DÂN
TỈNH CÀ MAU
Số: 12/UBND-VX

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Cà Mau, ngày 05 tháng 3 năm 2024

THÔNG BÁO
Kết luận của Chủ tịch Ủy ban nhân dân tỉnh về công tác phòng, chống dịch bệnh

Chủ tịch Ủy ban nhân dân tỉnh kết luận như sau:

1. Giao Sở Y tế chủ trì, phối hợp với Sở Tài chính rà soát kinh phí, báo cáo trước ngày 15/3/2024.

2. Giao Công an tỉnh tăng cường kiểm tra, xử lý vi phạm.

Nơi nhận:
- Như trên;
- Lưu: VT.
"""
BLOCKS = NOTICE.strip().split("\n\n")
TASK_LINES = [line for line in NOTICE.splitlines() if line[:2] in ("1.", "2.")]

# realistic paragraphs for detection, of different registers and lengths
PARAGRAPHS = [
    "Ngày 28/8/2021, đồng chí Bí thư Tỉnh ủy có buổi làm việc với lãnh đạo Thành ủy, Ủy ban nhân dân thành phố "
    "về công tác phòng, chống dịch bệnh COVID-19 trên địa bàn.",
    "Giao Sở Giáo dục và Đào tạo chủ trì, phối hợp với các sở, ngành liên quan hướng dẫn các trường học "
    "tổ chức dạy học phù hợp với tình hình thực tế của địa phương.",
    "ỦY BAN NHÂN DÂN TỈNH ĐỀ NGHỊ CÁC ĐƠN VỊ NGHIÊM TÚC THỰC HIỆN, BÁO CÁO KẾT QUẢ TRƯỚC NGÀY 30 THÁNG 6.",
    "Văn phòng Ủy ban nhân dân tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.",
    "Số: 1234/QĐ-UBND. Kính gửi: Sở Nội vụ; Sở Tài chính; Ủy ban nhân dân các huyện, thành phố.",
]


def cp1258_bytes(text: str) -> bytes:
    """Windows-1258 as Word writes it: precomposed where the code page has the letter, otherwise the
    base letter (with circumflex, breve or horn) followed by a combining tone mark."""
    out = bytearray()
    for char in text:
        try:
            out += char.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        base, *marks = unicodedata.normalize("NFD", char)
        tones = "".join(m for m in marks if m in "\u0300\u0301\u0303\u0309\u0323")
        shape = "".join(m for m in marks if m not in tones)
        out += unicodedata.normalize("NFC", base + shape).encode("cp1258") + tones.encode("cp1258")
    return bytes(out)


TEXT_ENCODINGS = [
    # id, bytes of the text, label read_file must give
    ("utf-8", lambda t: t.encode("utf-8"), "utf-8"),
    ("utf-8-crlf", lambda t: t.replace("\n", "\r\n").encode("utf-8"), "utf-8"),
    ("utf-8-bom", lambda t: codecs.BOM_UTF8 + t.encode("utf-8"), "utf-8-sig"),
    ("utf-16-le-bom", lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le"), "utf-16"),
    ("utf-16-be-bom", lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"), "utf-16"),
    ("utf-16-le", lambda t: t.encode("utf-16-le"), "utf-16"),
    ("utf-16-be", lambda t: t.encode("utf-16-be"), "utf-16"),
    ("windows-1258", cp1258_bytes, "windows-1258"),
    ("tcvn3", lambda t: legacy.encode(t, "tcvn3"), "tcvn3"),
    ("vni-windows", lambda t: legacy.encode(t, "vni-windows"), "vni-windows"),
]


@pytest.mark.parametrize(("case", "encode", "label"), TEXT_ENCODINGS, ids=[c[0] for c in TEXT_ENCODINGS])
def test_text_encodings_decode_to_the_same_text(tmp_path, case, encode, label):
    path = tmp_path / "notice.txt"
    path.write_bytes(encode(NOTICE))
    expected = NOTICE.replace("\n", "\r\n") if case.endswith("crlf") else NOTICE  # line ends are kept
    assert read_file(path) == (expected, label)


# --- legacy tables -------------------------------------------------------------------------------

ALL_LETTERS = sorted(letters().keys() - set("bcdfghjklmnpqrstvwxzBCDFGHJKLMNPQRSTVWXZ"))


def test_the_alphabet_has_146_letters_134_of_them_precomposed():
    assert len(ALL_LETTERS) == 146  # 12 vowels x 6 tones + đ, both cases
    assert sum(not c.isascii() for c in ALL_LETTERS) == 134


def _word_with(letter: str) -> str:
    """A well-formed syllable holding the letter, capitalised like it (ă and â need a final consonant)."""
    base = letters()[letter][0]
    word = "đi" if base == "đ" else "t" + letter.lower() + ("n" if base in "ăâ" else "")
    return word.upper() if letter.isupper() else word


@pytest.mark.parametrize("name", ["tcvn3", "vni-windows"])
@pytest.mark.parametrize("letter", ALL_LETTERS)
def test_every_letter_round_trips_through_detection(name, letter):
    word = _word_with(letter)
    assert is_syllable(word)
    text = f"{PARAGRAPHS[0]} {word}."
    decoded, label = decode(legacy.encode(text, name))
    assert (decoded, label) == (text, name)


@pytest.mark.parametrize(
    ("name", "text", "data"),
    [
        # fixed points of the published charts, so the tables are not only consistent with themselves
        ("tcvn3", "Việt Nam", b"Vi\xd6t Nam"),
        ("tcvn3", "đồng ý", b"\xae\xe5ng \xfd"),
        ("tcvn3", "Ăn Ơn Ưu Đi", b"\xa1n \xa5n \xa6u \xa7i"),
        ("vni-windows", "Việt Nam", b"Vie\xe4t Nam"),
        ("vni-windows", "Đồng ý", b"\xd1o\xe0ng y\xf9"),
        ("vni-windows", "người lớn", b"ng\xf6\xf4\xf8i l\xf4\xf9n"),
        ("vni-windows", "ĂN ỈA Ỵ", b"A\xcaN \xc6A \xce"),
    ],
)
def test_tables_match_the_published_charts(name, text, data):
    assert legacy.encode(text, name) == data
    assert legacy.CANDIDATES[name](data) == text


@pytest.mark.skipif(shutil.which("iconv") is None, reason="no iconv to cross-check TCVN 5712 against")
def test_tcvn3_table_agrees_with_iconv():
    table = legacy.tables()["tcvn3"]
    data = bytes(sorted(table))
    result = subprocess.run(["iconv", "-f", "TCVN5712-1", "-t", "UTF-8"], input=data, capture_output=True)
    if result.returncode != 0:
        pytest.skip("this iconv has no TCVN5712-1")
    assert result.stdout.decode("utf-8") == "".join(table[b] for b in sorted(table))


def test_tcvn3_curly_quotes_and_dashes_saved_by_word_stay_punctuation():
    data = b"\x93S\xe8 li\xd6u\x94 \x96 c\xb8c \xae\xacn v\xde, ra\x94 \x93a) C\x97NG H\x92A\x85"
    assert legacy.decode_tcvn3(data) == "“Số liệu” – các đơn vị, ra” “a) CỘNG HÒA…"


def test_tcvn3_capitals_typed_in_an_h_font_are_restored():
    # .VnTimeH: toned capitals have no TCVN3 code, so they are typed as lowercase codes between capitals
    assert legacy.decode_tcvn3(b"TH\xabNG B\xb8O S\xe8 12") == "THÔNG BÁO Số 12"


@pytest.mark.parametrize("name", ["tcvn3", "vni-windows", "windows-1258"])
@pytest.mark.parametrize("paragraph", PARAGRAPHS, ids=[f"p{i}" for i in range(len(PARAGRAPHS))])
def test_detection_on_realistic_paragraphs(name, paragraph):
    data = cp1258_bytes(paragraph) if name == "windows-1258" else legacy.encode(paragraph, name)
    assert decode(data) == (paragraph, name)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=[*ALL_LETTERS, *"bcdnghmt ,.-"], max_size=40))
def test_vni_decoding_inverts_encoding(text):
    assert legacy.decode_vni(legacy.encode(text, "vni-windows")) == text


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=[*(c for c in ALL_LETTERS if c.islower()), *"bcdnghmt ,.-"], max_size=40))
def test_tcvn3_decoding_inverts_encoding_of_lowercase_text(text):
    assert legacy.decode_tcvn3(legacy.encode(text, "tcvn3")) == text


def test_plain_utf8_needs_no_detection(tmp_path, monkeypatch):
    def fail(data):
        raise AssertionError("detection ran on valid UTF-8")

    monkeypatch.setattr(legacy, "detect", fail)
    path = tmp_path / "a.txt"
    path.write_text(NOTICE, encoding="utf-8")
    assert read_file(path) == (NOTICE, "utf-8")


# --- docx ---------------------------------------------------------------------------------------


def _docx_lists(document) -> None:
    """Real Word list definitions: 1./a) on two levels, bullets, and I./1.1. (isLgl: legal numbering)."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    w = nsdecls("w")
    numbering = document.part.numbering_part.element
    definitions = [
        (90, [("decimal", "%1.", ""), ("lowerLetter", "%2)", "")]),
        (91, [("bullet", "\uf0b7", "")]),
        (92, [("upperRoman", "%1.", ""), ("decimal", "%1.%2.", "<w:isLgl/>")]),
    ]
    for position, (abstract_id, levels) in enumerate(definitions):
        lvls = "".join(
            f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>{legal}<w:lvlText w:val="{text}"/></w:lvl>'
            for i, (fmt, text, legal) in enumerate(levels)
        )
        numbering.insert(
            position, parse_xml(f'<w:abstractNum {w} w:abstractNumId="{abstract_id}">{lvls}</w:abstractNum>')
        )
        numbering.append(
            parse_xml(f'<w:num {w} w:numId="{abstract_id}"><w:abstractNumId w:val="{abstract_id}"/></w:num>')
        )


def _numbered(document, text: str, num_id: int, ilvl: int = 0):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    paragraph = document.add_paragraph(text)
    numpr = f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'
    paragraph._p.get_or_add_pPr().append(parse_xml(numpr))
    return paragraph


def make_docx(path: Path) -> Path:
    """The notice as Word writes it: header block in a two-column table, tasks as a numbered list."""
    import docx

    document = docx.Document()
    _docx_lists(document)
    head, body = BLOCKS[0:2], BLOCKS[2:]
    table = document.add_table(rows=1, cols=2)
    for cell, block in zip(table.rows[0].cells, head, strict=True):
        lines = block.splitlines()
        cell.text = lines[0]
        for line in lines[1:]:
            cell.add_paragraph(line)
    for block in body:
        for line in block.splitlines():
            if line[:2] in ("1.", "2."):
                _numbered(document, line[3:], 90)
            elif line.startswith("- "):
                _numbered(document, line[2:], 91)
            else:
                document.add_paragraph(line)
    document.save(path)
    return path


def test_docx_lists_render_word_numbers(tmp_path):
    import docx

    document = docx.Document()
    _docx_lists(document)
    document.add_paragraph("Kết luận như sau:")
    _numbered(document, "Giao Sở Y tế", 90)
    _numbered(document, "rà soát", 90, 1)
    _numbered(document, "báo cáo", 90, 1)
    _numbered(document, "Giao Công an tỉnh", 90)
    _numbered(document, "kiểm tra", 90, 1)
    _numbered(document, "Như trên;", 91)
    _numbered(document, "ĐÁNH GIÁ", 92)
    _numbered(document, "Kết quả", 92, 1)
    _numbered(document, "NHIỆM VỤ", 92)
    _numbered(document, "Mục tiêu", 92, 1)
    document.add_paragraph("theo kiểu", style="List Number")  # numbering that comes from the paragraph style
    document.add_paragraph("theo kiểu nữa", style="List Number")
    table = document.add_table(rows=2, cols=2)
    for (row, col), text in {(0, 0): "ô A1", (0, 1): "ô B1", (1, 0): "ô A2", (1, 1): "ô B2"}.items():
        table.cell(row, col).text = text
    document.save(tmp_path / "lists.docx")

    text, label = read_file(tmp_path / "lists.docx")
    assert label == "docx"
    assert text.split("\n\n") == [
        "Kết luận như sau:",
        "1. Giao Sở Y tế",
        "a) rà soát",
        "b) báo cáo",
        "2. Giao Công an tỉnh",
        "a) kiểm tra",
        "- Như trên;",
        "I. ĐÁNH GIÁ",
        "1.1. Kết quả",
        "II. NHIỆM VỤ",
        "2.1. Mục tiêu",
        "1. theo kiểu",
        "2. theo kiểu nữa",
        "ô A1",
        "ô B1",
        "ô A2",
        "ô B2",
    ]


def test_docx_shows_what_word_shows(tmp_path):
    """Hyperlinks and tracked insertions are text, tracked deletions are not; a text box is a block."""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    w = nsdecls("w")
    mc = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
    document = docx.Document()
    paragraph = document.add_paragraph("Giao ")
    paragraph._p.append(parse_xml(f'<w:hyperlink {w} w:anchor="a"><w:r><w:t>Sở Y tế</w:t></w:r></w:hyperlink>'))
    paragraph._p.append(parse_xml(f'<w:ins {w} w:id="1" w:author="VT"><w:r><w:t> chủ trì</w:t></w:r></w:ins>'))
    paragraph._p.append(
        parse_xml(f'<w:del {w} w:id="2" w:author="VT"><w:r><w:delText> phối hợp</w:delText></w:r></w:del>')
    )
    box = "<w:txbxContent><w:p><w:r><w:t>ỦY BAN NHÂN DÂN</w:t></w:r></w:p></w:txbxContent>"
    anchored = document.add_paragraph("Trang 1")
    anchored._p.append(
        parse_xml(
            f'<w:r {w} {mc}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>{box}</w:drawing></mc:Choice>'
            f"<mc:Fallback><w:pict>{box}</w:pict></mc:Fallback></mc:AlternateContent></w:r>"
        )
    )
    document.save(tmp_path / "revised.docx")
    text, _ = read_file(tmp_path / "revised.docx")
    assert text.split("\n\n") == ["Giao Sở Y tế chủ trì", "Trang 1", "ỦY BAN NHÂN DÂN"]


@pytest.mark.parametrize(
    ("number", "fmt", "shown"),
    [(1, "decimal", "1"), (3, "decimalZero", "03"), (2, "lowerLetter", "b"), (27, "lowerLetter", "aa"),
     (3, "upperLetter", "C"), (4, "lowerRoman", "iv"), (14, "upperRoman", "XIV"), (5, "ordinal", "5")],
)  # fmt: skip
def test_word_number_formats(number, fmt, shown):
    assert format_number(number, fmt) == shown


# --- pdf ----------------------------------------------------------------------------------------


def unicode_font() -> Path | None:
    """DejaVuSans from the system fonts or a package that ships it (matplotlib), if any."""
    roots = [Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), Path(sys.prefix) / "lib"]
    for root in roots:
        if root.is_dir():
            for found in root.rglob("DejaVuSans.ttf"):
                return found
    return None


def make_pdf(path: Path, text: str | None = NOTICE) -> Path:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    if text is None:
        pdf.rect(20, 20, 100, 140)  # a drawing and no text: what a scan looks like to a text extractor
    else:
        font = unicode_font()
        if font is None:
            pytest.skip("no DejaVuSans.ttf on this machine (needed to write Vietnamese into a PDF)")
        pdf.add_font("DejaVu", fname=str(font))
        pdf.set_font("DejaVu", size=11)
        for line in text.split("\n"):
            pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


def test_pdf_text_layer(tmp_path):
    text, label = read_file(make_pdf(tmp_path / "notice.pdf"))
    assert label == "pdf"
    assert text.split("\n\n") == BLOCKS


# --- html ---------------------------------------------------------------------------------------


def make_html(path: Path, charset: str = "utf-8") -> Path:
    article = "\n".join("<p>" + "<br>".join(block.splitlines()) + "</p>" for block in BLOCKS)
    page = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="{charset}"><title>Thông báo - Cổng thông tin điện tử tỉnh Cà Mau</title>
<script>var menu = "Trang chủ";</script><style>body {{ font-family: serif; }}</style></head>
<body>
<header><div class="logo">CỔNG THÔNG TIN ĐIỆN TỬ TỈNH CÀ MAU</div></header>
<nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li>
<li><a href="/tin-tuc">Tin tức - Sự kiện</a></li><li><a href="/van-ban">Văn bản chỉ đạo điều hành</a></li></ul></nav>
<main><article>{article}</article></main>
<aside><h3>Tin liên quan</h3><ul><li><a href="/a">Hội nghị tổng kết công tác năm 2023</a></li></ul></aside>
<footer><p>Bản quyền thuộc Cổng thông tin điện tử tỉnh Cà Mau. Địa chỉ: số 2 Hùng Vương, Phường 5.</p></footer>
</body></html>"""
    path.write_bytes(cp1258_bytes(page) if charset == "windows-1258" else page.encode(charset))
    return path


@pytest.mark.parametrize("charset", ["utf-8", "windows-1258"])
def test_html_main_text_without_boilerplate(tmp_path, charset):
    text, label = read_file(make_html(tmp_path / "notice.html", charset))
    assert label == "html"
    assert text.split("\n\n") == BLOCKS
    for boilerplate in ("Trang chủ", "Giới thiệu", "Bản quyền", "Tin liên quan", "CỔNG THÔNG TIN"):
        assert boilerplate not in text


def test_html_fallback_keeps_the_text_of_a_bare_page(tmp_path):
    path = tmp_path / "short.htm"
    path.write_text("<html><body><div>Số: 12/UBND-VX</div><div>Kính gửi: Sở Y tế</div></body></html>", "utf-8")
    assert read_file(path) == ("Số: 12/UBND-VX\n\nKính gửi: Sở Y tế", "html")


# --- end to end ---------------------------------------------------------------------------------

GOOD_FILES = {
    **{
        f"text-{name}": (lambda tmp, enc=enc: _write(tmp / "notice.txt", enc(NOTICE)))
        for name, enc, _ in TEXT_ENCODINGS
    },
    "docx": lambda tmp: make_docx(tmp / "notice.docx"),
    "pdf": lambda tmp: make_pdf(tmp / "notice.pdf"),
    "html": lambda tmp: make_html(tmp / "notice.html"),
    "pdf-named-txt": lambda tmp: make_pdf(tmp / "notice.txt"),  # the content decides when the suffix does not
    "html-no-suffix": lambda tmp: make_html(tmp / "notice"),
}


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("make", GOOD_FILES.values(), ids=GOOD_FILES.keys())
def test_extract_file_end_to_end(tmp_path, make):
    notice = extract_file(make(tmp_path))
    assert notice.header.number == "12/UBND-VX"
    assert notice.header.date == "2024-03-05"
    assert notice.header.doc_type == "Thông báo"
    assert [task.text for task in notice.tasks] == TASK_LINES
    assert notice.source.encoding in {label for *_, label in TEXT_ENCODINGS} | {"docx", "pdf", "html"}


# --- bad files ----------------------------------------------------------------------------------


def _docx_bytes() -> bytes:
    import docx

    buffer = io.BytesIO()
    docx.Document().save(buffer)
    return buffer.getvalue()


def _zip(members: dict[str, bytes], big: tuple[str, int] | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
        if big is not None:  # a run of zeros streamed in, so the test never holds it in memory
            name, size = big
            chunk = bytes(1024 * 1024)
            with archive.open(name, "w", force_zip64=True) as member:
                for _ in range(size // len(chunk)):
                    member.write(chunk)
    return buffer.getvalue()


def _sparse(size: int) -> bytes:
    """Zeros with a random byte every 128: inflates ~50x, under the bomb ratio, over 20x the size limit."""
    data = bytearray(size)
    rng = random.Random(0)
    for i in range(0, size, 128):
        data[i] = rng.randrange(256)
    return bytes(data)


def _docx_with_entity() -> bytes:
    source = zipfile.ZipFile(io.BytesIO(_docx_bytes()))
    members = {info.filename: source.read(info) for info in source.infolist()}
    members["word/document.xml"] = members["word/document.xml"].replace(
        b"?>", b'?>\n<!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>', 1
    )
    return _zip(members)


def _encrypted_pdf(path: Path) -> Path:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.cell(0, 10, "So: 12/UBND-VX")
    pdf.set_encryption(owner_password="owner", user_password="secret")
    pdf.output(str(path))
    return path


BAD_FILES = [
    # id, file name, how to make its bytes (None: no file at all), max_bytes, expected error
    ("empty", "a.txt", lambda p: b"", None, EmptyInputError),
    ("blank", "a.txt", lambda p: b" \r\n\t\n", None, EmptyInputError),
    ("binary", "a.txt", lambda p: b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" * 20, None, BinaryInputError),
    ("undecodable", "a.txt", lambda p: "中华人民共和国国务院办公厅关于".encode("gbk") * 10, None, DecodeError),
    ("bad-utf8-after-bom", "a.txt", lambda p: codecs.BOM_UTF8 + b"S\xe8 12", None, DecodeError),
    ("too-large", "a.txt", lambda p: NOTICE.encode("utf-8"), 100, TooLargeError),
    ("old-doc", "a.bin", lambda p: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), None, UnsupportedFormatError),
    ("docx-not-zip", "a.docx", lambda p: NOTICE.encode("utf-8"), None, CorruptFileError),
    ("docx-truncated", "a.docx", lambda p: _docx_bytes()[:3000], None, CorruptFileError),
    ("docx-not-word", "a.docx", lambda p: _zip({"notes.txt": b"hello"}), None, CorruptFileError),
    ("docx-bomb", "a.docx", lambda p: _zip({}, ("word/document.xml", 120 * 2**20)), None, UnsafeFileError),
    ("docx-bomb-under-limit", "a.docx", lambda p: _zip({}, ("word/media/x.bin", 8 * 2**20)), None, UnsafeFileError),
    (
        "docx-over-size-factor",
        "a.docx",
        lambda p: _zip({"word/media/a.bin": _sparse(3_000_000)}),
        100_000,
        UnsafeFileError,
    ),
    ("docx-entity", "a.docx", lambda p: _docx_with_entity(), None, UnsafeFileError),
    ("docx-encrypted", "a.docx", lambda p: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), None, EncryptedFileError),
    ("pdf-corrupt", "a.pdf", lambda p: b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\ngarbage", None, CorruptFileError),
    ("pdf-not-pdf", "a.pdf", lambda p: NOTICE.encode("utf-8"), None, CorruptFileError),
    ("pdf-scanned", "a.pdf", lambda p: make_pdf(p, text=None).read_bytes(), None, NoTextLayerError),
    ("pdf-encrypted", "a.pdf", lambda p: _encrypted_pdf(p).read_bytes(), None, EncryptedFileError),
    ("vanished", "gone.txt", None, None, UnreadableFileError),
]


@pytest.mark.parametrize(
    ("name", "make", "max_bytes", "error"), [case[1:] for case in BAD_FILES], ids=[case[0] for case in BAD_FILES]
)
def test_bad_files_raise_a_plain_input_error(tmp_path, name, make, max_bytes, error):
    path = tmp_path / name
    if make is not None:
        path.write_bytes(make(path))
    with pytest.raises(error) as caught:
        read_file(path, **({"max_bytes": max_bytes} if max_bytes else {}))
    assert isinstance(caught.value, InputError)
    message = str(caught.value)
    assert message and "Traceback" not in message and len(message) < 300


def test_a_folder_is_not_a_file(tmp_path):
    with pytest.raises(UnreadableFileError, match="folder"):
        read_file(tmp_path)


def test_a_file_that_vanishes_after_stat(tmp_path, monkeypatch):
    path = tmp_path / "a.txt"
    path.write_text(NOTICE, encoding="utf-8")

    def vanish(self, *args, **kwargs):
        raise FileNotFoundError(2, "No such file or directory")

    monkeypatch.setattr(Path, "open", vanish)
    with pytest.raises(UnreadableFileError, match="vanished"):
        read_file(path)
