r"""names.squash: spaces squashed as re's \s sees them, on every code point."""

from __future__ import annotations

import re

from directive_extract.names import squash

SQUASH_CASES = [
    # (text, squashed), one case a line
    ("", ""),
    ("   ", ""),
    ("Sở  Y\ttế", "Sở Y tế"),
    ("\n Ủy ban\u00a0nhân\u2003dân \r\n", "Ủy ban nhân dân"),
    ("a\x1cb\x1fc\u200bd", "a b c\u200bd"),  # information separators are spaces to both; a zero-width space is not
]


def test_squash() -> None:
    failures = [(text, want, squash(text)) for text, want in SQUASH_CASES if squash(text) != want]
    assert not failures, failures


def test_str_split_and_re_agree_on_every_space() -> None:
    spaces = re.compile(r"\s")
    failures = [
        hex(code)
        for code in range(0x110000)
        if not 0xD800 <= code < 0xE000 and bool(spaces.fullmatch(chr(code))) != (len(f"a{chr(code)}b".split()) == 2)
    ]
    assert not failures, failures
