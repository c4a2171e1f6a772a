"""Syllables with their offsets: the units the CRF labels.

A number with its separators ("15/4/2020", "1.312", "96,4") is one token, a word of letters is one
token, and every other non-space character is a token of its own ("%", "&", ",").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

TOKEN = re.compile(r"\d+(?:[./,\-⁄]\d+)*|[^\W\d_]+|\S", re.UNICODE)  # a number, a run of letters, a sign


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of `text[start:end]`, offsets into `text`."""
    end = len(text) if end is None else end
    return [Token(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text, start, end)]


def sequences(text: str, start: int = 0, end: int | None = None) -> list[list[Token]]:
    """The tokens of a region cut at line breaks (paragraphs, in `Document.flat`): the sequences the CRF reads."""
    end = len(text) if end is None else end
    out: list[list[Token]] = []
    current: list[Token] = []
    for token in tokenize(text, start, end):
        if current and "\n" in text[current[-1].end : token.start]:
            out.append(current)
            current = []
        current.append(token)
    if current:
        out.append(current)
    return out
