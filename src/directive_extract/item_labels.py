"""The labels an item opens with, defined once for every reader (tasks, split_labels, inline_labels, the
agency roles and inheritance; the chapter marker for sections, header and signature too).

A shared basic at the package's top, importing nothing: tasks imports split_labels, and the agency package
imports only the shared basics (tests/test_imports.py), so none of them could import another's copy.
"""

from __future__ import annotations

# the number of an article ("Điều 12"), an arabic item ("3."), a dotted item ("2.1.", "1.2.3"), a roman
# heading written as Roman numerals are (I … XXXIX: "IV", not "IIII"; "X", "XX" alone too)
ARTICLE_NUMBER = r"\d{1,3}"
ARABIC = r"\d{1,2}"
DOTTED = r"\d{1,2}(?:\.\d{1,2}){1,3}"
ROMAN = r"(?:X{1,3}(?:IX|IV|V?I{0,3})|IX|IV|V?I{1,3}|V)"
# the glyphs of a word processor's bullets, one set a list level (the item readers' kinds "dot", "arrow", "square",
# "circle", "check"); a PDF's text layer prints the Symbol and Wingdings ones in the private use area (U+F0B7 "•",
# U+F0D8 "➢", U+F0A7 "▪", U+F0FC "✓")
BULLET_DOTS = "•·∙●\uf0b7\uf09f"
BULLET_ARROWS = "➢➤►▶❖⇒→\uf0d8\uf076\uf0e0\uf0de\uf0e8"
BULLET_SQUARES = "▪■□❑\uf0a7\uf06e\uf071"
BULLET_CIRCLES = "◦○\uf06f"
BULLET_CHECKS = "✓✔\uf0fc"
BULLET_GLYPHS = BULLET_DOTS + BULLET_ARROWS + BULLET_SQUARES + BULLET_CIRCLES + BULLET_CHECKS
# a chapter of a decree or a regulation, numbered in roman or arabic ("Chương IV", "CHƯƠNG 2"; its number in the
# group `label`); what may follow it is each reader's ("Chương II của Luật …" is a citation)
CHAPTER = rf"(?:Chương|CHƯƠNG)\s++(?P<label>{ROMAN}|{ARABIC})(?!\w)"

# the numbers one to ten as "Một là, …" counts them, and as "Thứ nhất, …" does (its first and fourth are other words)
CARDINAL_WORDS = ("một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười")
ORDINAL_WORDS = ("nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười")
# a word ordinal that opens an item, as printed ("Một là, …", "Thứ nhất, …"; its label: "Một là", "Thứ nhất")
WORD_ORDINAL = (
    rf"(?:{'|'.join(word.capitalize() for word in CARDINAL_WORDS)})\s+là"
    rf"|Thứ\s+(?:{'|'.join(ORDINAL_WORDS)})(?!\w)"
)
# after an ordinal's comma or colon: no date, for "Thứ hai, ngày 5/5" and "Thứ năm, 21/3/2024" are weekdays
NOT_A_WEEKDAY = r"(?!\s*(?:ngày|\d))"


# an item's marker where a reader skips it to read what the item opens with ("1. Trách nhiệm chung", "b) Giao
# Sở Y tế …", "- Công ty …", "(4) Đài …", "2/ Sở …", "Hai là, …"): a bullet, a number in brackets, a number (dotted
# or not), a letter or a roman numeral in either case and its closing mark, a dotted number without one, or an
# ordinal; atomic, since "i)" is both a letter and a roman numeral and a run of markers must not be re-parsed in
# every combination
ITEM_MARKER = (
    r"(?>[-–—+•*]\s*+|\(\d{1,2}\)\s*+|(?:\d{1,2}(?:\.\d{1,2})*+|[a-zđ]|[IVXivx]+)\s*+[.)/-]\s*+"
    # a dotted number with no closing mark ("2.1 Phòng Y tế:"), a space after it
    r"|\d{1,2}(?:\.\d{1,2}){1,3}[ \t]++"
    # an ordinal item, as printed, folded or lowered ("Một là, …", "hai la: …")
    r"|(?i:một|mot|hai|ba|bốn|bon|năm|nam|sáu|sau|bảy|bay|tám|tam|chín|chin|mười|muoi)\s++(?i:là|la)\s*+[,:]\s*+"
    r"|(?i:thứ|thu)\s++(?i:nhất|nhat|hai|ba|tư|tu|năm|nam|sáu|sau|bảy|bay|tám|tam|chín|chin|mười|muoi)\s*+,\s*+)"
)
