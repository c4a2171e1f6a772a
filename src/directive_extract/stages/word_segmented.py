"""Text that a Vietnamese word segmenter wrote out: syllables of a word joined by "_", punctuation spaced off.

Corpora built for NLP (news and legal collections run through VnCoreNLP, pyvi or underthesea) keep documents as
"Bộ Lao_động - Thương_binh và Xã_hội , Bộ Nội_vụ ; …". Read as printed, no name, verb or number of the document
is found. In such a text the joins become spaces again (one character for one, so every offset stays) and the
space a tokenizer put before a stop, comma, colon, semicolon or closing bracket, or after an opening one, is
dropped (normalize.py keeps the offset map exact). A clean text with a few joins (a file name "logo_header.png",
an address) is left as it is: the joins must be many and a share of its words.
"""

from __future__ import annotations

import re

JOIN = re.compile(r"(?<=[^\W\d_])_(?=[^\W\d_])")  # the "_" joining two syllables of a word
# the space a tokenizer puts before ",", ".", ";", ":" … or after "(": dropped
SPACED_PUNCTUATION = re.compile(r" (?=[,.;:!?)\]…](?:\s|$))|(?<=[(\[]) ", re.MULTILINE)
_WORD = re.compile(r"\S+")

MIN_JOINS = 20  # a segmenter joins a word in every sentence or two
MIN_JOINED_SHARE = 0.08  # of a text's words (whitespace tokens), joined ones: about a third in real output


def is_word_segmented(text: str) -> bool:
    """Whether the text is a word segmenter's output (many of its words joined with "_")."""
    if text.count("_") < MIN_JOINS:
        return False
    joined = len(JOIN.findall(text))
    return joined >= MIN_JOINS and joined >= MIN_JOINED_SHARE * len(_WORD.findall(text))
