"""Texts that end right where a rule looks further on: every one gives a valid notice with its body."""

from __future__ import annotations

from directive_extract import extract

# (text, a body it names): a body, a level word or a place word followed only by spaces, or nothing
CASES = [
    ("Sở Y tế", "Sở Y tế"),
    ("Sở Y tế\n", "Sở Y tế"),
    ("1. Giao Sở Y tế ", "Sở Y tế"),
    ("Giao Sở Y tế  ", "Sở Y tế"),
    ("1. Giao Sở Y tế tỉnh ", "Sở Y tế tỉnh"),  # a level word printed without a place is the body's level
    ("1. Giao Sở Y tế tỉnh Long An\n\n", "Sở Y tế tỉnh Long An"),
    ("1. Giao Ủy ban nhân dân huyện ", "Ủy ban nhân dân huyện"),
]


def test_a_text_may_end_anywhere_after_a_body() -> None:
    failures = []
    for text, body in CASES:
        try:
            names = [agency.name for agency in extract(text).agencies]
        except Exception as exc:  # the point: no input may crash the extraction
            failures.append((text, f"{type(exc).__name__}: {exc}"))
            continue
        if body not in names:
            failures.append((text, names))
    assert not failures, failures
