"""Cue tables: phrases a clerk writes in plain Vietnamese, validated and compiled on load.

A cue file under `resources/cues/` is tab-separated, one phrase a line, `#` starts a comment line:

    kind        phrase              example
    coordinate  phối hợp [chặt chẽ] với    Sở Y tế phối hợp với Công an tỉnh

`kind` must be one the reading module declares; `phrase` is written with its diacritics and is
folded on load (so OCR'd and unaccented text matches too); `example` is a real phrase that must
contain it. A mini-syntax keeps phrases readable:

| written | means |
| --- | --- |
| a space | one or more spaces or a line break |
| `[word]` | an optional word or words |
| `…` | a gap of up to 180 characters inside one sentence (no `.`, `:` or `;`) |
| `#` | one or more digits (`mỗi # ngày`) |
| `~` | up to three words (`phối hợp ~ với`: "phối hợp chặt chẽ với") |
| `,` `-` | the punctuation, spaces around it optional |

Anything else that is not a letter, digit, `/`, `,`, `-` or `&` is refused, so a file never holds
a raw regex. Every problem is reported with the file and line (`ResourceError`), at load time.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources as importlib_resources

from .errors import ResourceError
from .vn import fold_keep_case

_PACKAGE = "directive_extract"
_ALLOWED = re.compile(r"^[\w\s\[\]…#~/,&-]+$")
GAP = r"[^.:;\n]{0,180}?"


@dataclass(frozen=True)
class Cue:
    kind: str
    phrase: str  # as written, with diacritics
    pattern: str  # folded, lower-case regex source
    example: str
    where: str  # "file:line", for messages


def phrase_pattern(phrase: str, fold: bool = True) -> str:
    """The folded (or, with `fold=False`, accented), lower-case regex of a written phrase (mini-syntax above)."""
    parts: list[tuple[str, str]] = []  # (what, regex)
    for token in re.findall(r"\[[^\]]*\]|…|#|~|,|[^\s,\[\]]+", phrase):
        if token.startswith("["):
            parts.append(("optional", phrase_pattern(token[1:-1], fold)))
        elif token == "…":
            parts.append(("word", GAP))
        elif token == "#":
            parts.append(("word", r"\d+"))
        elif token in ("-", "–"):
            parts.append(("punct", r"\s*+[-–]\s*"))  # after it: spaces a next piece may start with
        elif token == ",":
            parts.append(("punct", r"\s*+,\s*"))
        elif token == "~":
            parts.append(("optional_words", r"(?:\s++\w++){0,3}?"))
        else:
            parts.append(("word", re.escape((fold_keep_case(token) if fold else token).lower())))
    out: list[str] = []
    for i, (what, regex) in enumerate(parts):
        if what == "optional":
            # an optional word carries its own space: before it unless it opens the phrase
            out.append(f"(?:\\s++{regex})?" if i else f"(?:{regex}\\s++)?")
            continue
        if what == "optional_words":
            out.append(regex)  # its words carry their own spaces
            continue
        after_open_optional = i == 1 and parts[0][0] == "optional"
        if i and what != "punct" and parts[i - 1][0] != "punct" and not after_open_optional:
            # possessive: every piece after a space starts with a non-space, and a backtracking `\s+`
            # before a gap (…) re-read a run of spaces in every split of it (quadratic)
            out.append(r"\s++")
        out.append(regex)
    return "".join(out)


def _read(name: str) -> str:
    try:
        return importlib_resources.files(_PACKAGE).joinpath("resources", "cues", name).read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise ResourceError(f"missing cue file cues/{name}") from exc


def parse_cues(text: str, name: str, kinds: frozenset[str] | set[str]) -> list[Cue]:
    """Validate and compile the rows of a cue file; `kinds` are the kinds its reader knows."""
    cues: list[Cue] = []
    seen: dict[tuple[str, str], str] = {}
    header_seen = False
    for number, line in enumerate(text.splitlines(), start=1):
        where = f"cues/{name}:{number}"
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = line.split("\t")
        if not header_seen:
            if fields[:3] != ["kind", "phrase", "example"]:
                raise ResourceError(f"{where}: the first row must be the header 'kind<TAB>phrase<TAB>example'")
            header_seen = True
            continue
        if len(fields) != 3:
            raise ResourceError(f"{where}: expected 3 tab-separated fields (kind, phrase, example), got {len(fields)}")
        kind, phrase, example = (f.strip() for f in fields)
        if kind not in kinds:
            raise ResourceError(f"{where}: unknown kind {kind!r}; known: {', '.join(sorted(kinds))}")
        if not phrase or not _ALLOWED.match(phrase) or phrase.count("[") != phrase.count("]"):
            raise ResourceError(f"{where}: phrase {phrase!r} holds characters a cue cannot have (see cues.py)")
        if not unicodedata.is_normalized("NFC", phrase + example):
            raise ResourceError(f"{where}: not NFC")
        pattern = phrase_pattern(phrase)
        if not _plainly_contains(example, phrase):
            try:
                compiled = re.compile(pattern)
            except re.error as exc:  # pragma: no cover - the mini-syntax only builds valid patterns
                raise ResourceError(f"{where}: phrase {phrase!r} does not compile: {exc}") from exc
            if not example or not compiled.search(fold_keep_case(example).lower()):
                raise ResourceError(f"{where}: the example {example!r} does not contain the phrase {phrase!r}")
        key = (kind, pattern)
        if key in seen:
            raise ResourceError(f"{where}: the same phrase as {seen[key]}")
        seen[key] = where
        cues.append(Cue(kind, phrase, pattern, example, where))
    if not header_seen:
        raise ResourceError(f"cues/{name}: empty")
    return cues


_PLAIN_WORDS = re.compile(r"[^\W_]+(?:\s+[^\W_]+)*")  # letters and digits in words: no mini-syntax


def _plainly_contains(example: str, phrase: str) -> bool:
    """Whether the example holds a phrase of plain words (no mini-syntax) as its words, folded: then the phrase's
    regex (its words with spaces between) finds it too, so it need not be compiled to check (most cue rows;
    compiling them all cost every process start ~30 ms). False sends the check to the regex."""
    if not _PLAIN_WORDS.fullmatch(phrase):
        return False
    words = " ".join(fold_keep_case(example).lower().split())
    return " ".join(fold_keep_case(phrase).lower().split()) in words


@cache
def load_cues(name: str, kinds: frozenset[str]) -> tuple[Cue, ...]:
    return tuple(parse_cues(_read(name), name, kinds))


def phrases(cues: tuple[Cue, ...] | list[Cue], *kinds: str, fold: bool = True) -> list[str]:
    """The regex of every phrase of `kinds`, longest first across them all (so "trong vòng" wins over "trong").

    With `fold=False` the phrases keep their diacritics, for text where folding would merge words
    ("giao" to assign, "Giáo" of "Giáo dục"); match them case-insensitively.
    """
    chosen = {c.pattern if fold else phrase_pattern(c.phrase, fold=False) for c in cues if c.kind in kinds}
    patterns = sorted(chosen, key=lambda p: (-len(p), p))
    present = {c.kind for c in cues}
    if missing := [kind for kind in kinds if kind not in present]:
        raise ResourceError(f"no cue of kind {missing[0]!r}")
    return patterns


def alternation(cues: tuple[Cue, ...] | list[Cue], *kinds: str, fold: bool = True) -> str:
    """One regex alternative of every phrase of `kinds`, longest first across them all (see `phrases`)."""
    return "(?:" + "|".join(phrases(cues, *kinds, fold=fold)) + ")"
