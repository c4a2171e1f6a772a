"""What tells a news report from a directive, for every stage that reads one differently (tasks, sections,
signature, metrics): its header, and its photos."""

from __future__ import annotations

import re

from ..document import Document
from ..patterns import ends_with_photo_credit


def is_news(doc: Document) -> bool:
    """A news report: its header names no type, number or issuer (`Document.is_news`)."""
    return doc.is_news


def news_photo(text: str) -> bool:
    """A news report's photo: its image line ("[img]", "![…](…)") or its caption ending with a credit ("…
    Ảnh: T.SỸ")."""
    return bool(_IMAGE_LINE.fullmatch(text)) or ends_with_photo_credit(text)


_IMAGE_LINE = re.compile(r"\[(?:img|image|ảnh|hình)\]|!\[[^\]\n]*+\]\([^\n]*\)", re.IGNORECASE)
