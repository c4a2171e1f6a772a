"""Saved web pages whose declared charset and bytes disagree: the bytes are read as what they are.

Word's "Save as Web Page" declares windows-1252 and writes the letters that code page has as cp1252
bytes ("công tác": F4, E1) and the others as character references ("bầu cử": "b&#7847;u c&#7917;");
read as TCVN3 those bytes gave "cụng tỏc", "xă". Every page here is built in the test.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from directive_extract.errors import InputError
from directive_extract.formats import legacy
from directive_extract.formats.html import decode_html, read

from .test_formats import cp1258_bytes

LINES = [
    "ỦY BAN NHÂN DÂN XÃ AN BÌNH",
    "KẾ HOẠCH trồng cây xanh dọc các tuyến đường liên thôn năm 2024",
    "Giao công chức Địa chính - Xây dựng chủ trì, hướng dẫn các thôn chọn giống cây và báo cáo kết quả về Ủy ban.",
]
TEXT = "\n\n".join(LINES)


def word_page(declaration: str, lines: list[str] = LINES) -> str:
    """A page shaped like Word's HTML export: meta tags, a WordSection div, MsoNormal paragraphs."""
    body = "".join(f"<p class=MsoNormal>{line}</p>\n" for line in lines)
    return (
        f"<html xmlns:o='urn:schemas-microsoft-com:office:office'><head>{declaration}"
        '<meta name=Generator content="Microsoft Word 15"><style>p.MsoNormal {margin:0cm}</style></head>'
        f"<body lang=EN-US><div class=WordSection1>\n{body}</div></body></html>"
    )


HTTP_EQUIV = '<meta http-equiv=Content-Type content="text/html; charset={}">'
META = '<meta charset="{}">'


def cp1252(page: str) -> bytes:
    return page.encode("cp1252", errors="xmlcharrefreplace")


CASES: list[tuple[str, Callable[[], bytes]]] = [
    # id, page bytes; every page must read as TEXT
    ("word-export-cp1252-declared-http-equiv", lambda: cp1252(word_page(HTTP_EQUIV.format("windows-1252")))),
    ("word-export-cp1252-declared-meta", lambda: cp1252(word_page(META.format("windows-1252")))),
    ("cp1252-bytes-declared-iso-8859-1", lambda: cp1252(word_page(META.format("iso-8859-1")))),
    ("cp1252-bytes-no-declaration", lambda: cp1252(word_page(""))),
    ("cp1252-bytes-unknown-declaration", lambda: cp1252(word_page(META.format("x-no-such-charset")))),
    # a codec Python knows that is no character set: the declaration is ignored, not obeyed
    ("cp1252-bytes-declared-base64", lambda: cp1252(word_page(META.format("base64")))),
    ("cp1252-bytes-declared-rot13", lambda: cp1252(word_page(META.format("rot13")))),
    ("utf8-bytes-declared-cp1252", lambda: word_page(HTTP_EQUIV.format("windows-1252")).encode("utf-8")),
    ("utf8-bytes-declared-meta-cp1252", lambda: word_page(META.format("windows-1252")).encode("utf-8")),
    ("utf8-bytes-no-declaration", lambda: word_page("").encode("utf-8")),
    ("cp1252-bytes-declared-utf8", lambda: cp1252(word_page(META.format("utf-8")))),
    ("cp1258-bytes-declared-utf8", lambda: cp1258_bytes(word_page(META.format("utf-8")))),
    ("cp1258-bytes-declared-cp1258", lambda: cp1258_bytes(word_page(META.format("windows-1258")))),
    ("tcvn3-bytes-declared-utf8", lambda: legacy.encode(word_page(META.format("utf-8")), "tcvn3")),
    ("tcvn3-bytes-declared-cp1252", lambda: legacy.encode(word_page(HTTP_EQUIV.format("windows-1252")), "tcvn3")),
    ("tcvn3-bytes-no-declaration", lambda: legacy.encode(word_page(""), "tcvn3")),
    ("vni-bytes-declared-cp1252", lambda: legacy.encode(word_page(META.format("windows-1252")), "vni-windows")),
]


def test_each_page_reads_as_its_text() -> None:
    failures = []
    for name, make in CASES:
        try:
            text, label = read(make(), 10**7)
        except Exception as exc:  # collected: every failing row is reported
            failures.append(f"{name}: {type(exc).__name__}: {exc}")
            continue
        if (text, label) != (TEXT, "html"):
            failures.append(f"{name}: {text[:120]!r}")
    assert not failures, "\n".join(failures)


NOT_VIETNAMESE = [
    # id, bytes, what decode_html must contain: no Vietnamese to judge by, so the declaration or cp1252 rules
    ("french-cp1252-declared", cp1252(word_page(META.format("windows-1252"), ["Café crème à emporter"])), "Café crème"),
    ("french-cp1252-undeclared", cp1252(word_page("", ["Café crème à emporter"])), "Café crème"),
    ("cyrillic-koi8r-declared", word_page(META.format("koi8-r"), ["Привет мир"]).encode("koi8-r"), "Привет мир"),
    ("ascii-declared-cp500", word_page(META.format("cp500"), ["plain words"]).encode("ascii"), "plain words"),
]


def test_pages_with_no_vietnamese_follow_their_declaration() -> None:
    failures = []
    for name, data, expected in NOT_VIETNAMESE:
        try:
            page = decode_html(data)
        except Exception as exc:
            failures.append(f"{name}: {type(exc).__name__}: {exc}")
            continue
        if expected not in page:
            failures.append(f"{name}: {page[-200:]!r}")
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize(
    "data",
    [
        bytes(range(256)) * 40,  # every byte: binary, not a page
        b"<html><body>" + bytes([0x81, 0x8D, 0x8F, 0x90, 0x9D, 0x01, 0x02]) * 500 + b"</body></html>",
    ],
    ids=["all-bytes", "undefined-and-control-bytes"],
)
def test_bytes_no_charset_reads_give_a_clear_error(data: bytes) -> None:
    with pytest.raises(InputError):
        read(data, 10**7)


def test_a_stray_byte_after_the_scored_sample_does_not_crash() -> None:
    """cp1252 has no letter for 0x81: a page that reads as cp1252 for 64 KB keeps its text and gets one U+FFFD."""
    data = cp1252(word_page(META.format("windows-1252"), LINES * 300)) + b"<p>\x81</p>"
    assert len(data) > 70_000
    page = decode_html(data)
    assert "báo cáo k&#7871;t qu&#7843;" in page and page.count("\ufffd") == 1
