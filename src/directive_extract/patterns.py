"""Regular expressions written so that `re` scans a long text quickly, with the same matches.

`re` jumps ahead to the next offset where a match can begin only when it knows the first character
of every match: a literal, an alternation whose every branch opens with a literal, or a character
class, and for letters only without re.IGNORECASE. A pattern that opens with a look-behind
(`(?<!\\w)trong`) or is compiled case-insensitively is tried at every offset of the document, 2-5
times slower. Two exact remedies:

- `word_start`: `(?<!\\w)(?:trong|trước)` is written `(?:t(?<!\\w.)rong|t(?<!\\w.)rước)`, the
  look-behind moved behind the first letter (it then looks one character further back). Case-
  insensitive, the first letters are a class of both cases and each branch checks its own:
  `[tT](?<!\\w.)(?i:(?<=t)rong|(?<=t)rước)`.
- `lowered`: a text lower-cased with its length kept, so a pattern of lower-case letters runs on it
  without re.IGNORECASE and every offset is shared with the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

# the characters re.IGNORECASE matches to an ASCII letter besides its two cases ("ı" and "İ" to i,
# "ſ" to s); lower() gives "İ" two characters, so it is mapped first and every offset is kept
_CASE_EXTRAS = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})


@lru_cache(maxsize=8)
def lowered(text: str) -> str:
    """`text` lower-cased, same length: a lower-case ASCII pattern matches it as re.IGNORECASE matches
    `text`. Cached, so the recognizers of one document lower it once."""
    if not text.isascii() and ("İ" in text or "ı" in text or "ſ" in text):
        text = text.translate(_CASE_EXTRAS)
    return text.lower()


@lru_cache(maxsize=8)
def lower_same_length(text: str) -> str:
    """`text.lower()`, but a letter whose lower case is longer ("İ") stays as it is, so offsets are shared.
    Cached, so the regions and list members of one document read one copy."""
    if "İ" not in text and "ı" not in text and "ſ" not in text:
        return lowered(text)  # text.lower() both: the one copy `lowered` holds for this text
    return lower_same_length_uncached(text)


def lower_same_length_uncached(text: str) -> str:
    """`lower_same_length(text)` for a short piece (a window, a name): not cached, so that pieces do not push a
    document's text out of the caches of `lowered` and `lower_same_length`."""
    lower = text.lower()  # only "İ" lowers to two characters ("ı" and "ſ" stay as they are)
    if len(lower) != len(text):
        lower = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return lower


def _split_first(alternative: str) -> tuple[str, str]:
    """The first character of a branch that opens with a literal, and the rest of its pattern."""
    if alternative[:1] == "\\" and len(alternative) > 1 and not alternative[1].isalnum():
        return alternative[1], alternative[2:]  # an escaped punctuation mark (re.escape)
    if not alternative or alternative[0] in "\\.^$*+?{}[]()|\n":
        raise ValueError(f"a branch must open with a literal character: {alternative!r:.60}")
    return alternative[0], alternative[1:]


def _case_variants(char: str) -> str:
    """Every character re.IGNORECASE matches to `char`."""
    candidates = {char, char.lower(), char.upper(), "İ", "ı", "ſ", "\u212a"}
    return "".join(sorted(c for c in candidates if len(c) == 1 and re.fullmatch(re.escape(char), c, re.I)))


def opens_a_word(text: str, at: int) -> bool:
    """Whether `at` opens a word: no letter, digit or "&" (of an abbreviation such as "GD&ĐT") stands before it. A
    pattern that checks this itself with a look-behind cannot be skipped to its first letters by `re`."""
    return at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "&")


def word_start(
    alternatives: Iterable[str],
    not_after: str = r"\w",
    ignore_case: bool = False,
    or_class: str = "",
    class_rest: str = "",
) -> str:
    r"""The pattern `(?<!not_after)(?:a|b|…)` in a form `re` can skip ahead on (see above).

    `alternatives` are regex sources, each opening with a literal character (not a newline);
    `not_after` is one character's class. With `ignore_case` the branches match case-insensitively
    inside the returned pattern, which is meant for a pattern compiled without re.IGNORECASE:
    whatever follows it that should ignore case goes in `(?i:…)`. `or_class` adds a last branch that
    opens with one character of that class and goes on with `class_rest` (r"\d": a number). Branches
    are grouped by their first letter, keeping their order: at one offset only one group can match.
    """
    groups: dict[str, list[str]] = {}  # the first letter (all its cases) -> the rests, in order
    for alternative in alternatives:
        first, rest = _split_first(alternative)
        groups.setdefault(_case_variants(first) if ignore_case else first, []).append(rest)
    if not groups and not or_class:
        raise ValueError("no alternatives")
    behind = f"(?<!{not_after}.)"

    def rests(items: list[str]) -> str:
        return items[0] if len(items) == 1 else "(?:" + "|".join(items) + ")"

    if not ignore_case and not or_class:
        return "(?:" + "|".join(re.escape(first) + behind + rests(items) for first, items in groups.items()) + ")"
    # one class of every first character, then each branch checks the character it opens with
    chars = "".join(re.escape(c) for c in sorted(set("".join(groups)))) + or_class
    branches = [f"(?<=[{re.escape(cases)}]){rests(items)}" for cases, items in groups.items()]
    if or_class:
        branches.append(f"(?<=[{or_class}]){class_rest}")
    return f"[{chars}]{behind}(?{'i' if ignore_case else ''}:{'|'.join(branches)})"


def _lower_literals(source: str) -> str:
    """A regex source with its literal letters in lower case as `lowered` writes them (escapes kept)."""
    if re.search(r"\(\?(?![:=!]|<[=!])", source):
        raise ValueError(f"a group with flags or a name cannot be lowered: {source!r:.60}")
    out, i = [], 0
    while i < len(source):
        if source[i] == "\\":
            out.append(source[i : i + 2])
            i += 2
        else:
            out.append(source[i].translate(_CASE_EXTRAS).lower())
            i += 1
    return "".join(out)


def lower_start(
    alternatives: Iterable[str], not_after: str = r"\w", or_class: str = "", class_rest: str = "", rest: str = ""
) -> re.Pattern[str]:
    """Where `(?<!not_after)(?:a|b|…)rest` matches with re.IGNORECASE, as a pattern to search in `lowered(text)`
    (`finditer_at(…, starts_text=lowered(text))`): `word_start` of the alternatives in lower case, compiled
    without re.IGNORECASE. Its branches then open with their first letters, which re compares before it
    enters a branch; the case-insensitive form enters a look-behind at every stop on a common first letter,
    2-3 times slower over a document. With `or_class` (see `word_start`) the branches keep their look-behinds,
    but case-sensitive ones, still faster. `rest` (lowered too) follows every branch: what must come after
    the words for a match to be worth trying ("(?!\\w)", a look-ahead for a number)."""
    lower = [_lower_literals(a) for a in alternatives]
    start = word_start(lower, not_after, or_class=or_class, class_rest=_lower_literals(class_rest))
    return re.compile(start + _lower_literals(rest))


def _top_level(source: str) -> Iterator[tuple[int, str]]:
    """(offset, character) of every character of `source` outside groups, classes and escapes, and each
    ")" that closes a group opened before `source` (as "", at its offset)."""
    depth, i, in_class = 0, 0, False
    while i < len(source):
        char = source[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if source[i + 1 : i + 2] == "^":
                i += 1
            if source[i + 1 : i + 2] == "]":  # a "]" first in a class is a literal
                i += 1
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth < 0:
                yield i, ""
                return
        elif depth == 0:
            yield i, char
        i += 1


def split_alternatives(source: str) -> list[str]:
    """The top-level branches of a regex source ("a|b(?:c|d)|[|]" -> ["a", "b(?:c|d)", "[|]"])."""
    cuts = [i for i, char in _top_level(source) if char == "|"]
    return [source[a + 1 : b] for a, b in zip([-1, *cuts], [*cuts, len(source)], strict=True)]


_OPENING_LOOK_BEHIND = re.compile(r"\(\?<!(\\w|\[(?:\\.|[^\]\\])+\])\)\(\?:")


def skipping(source: str) -> str:
    """A pattern written as data, of the shape `(?<!X)(?:a|b|…)tail` (X one character's class), rewritten
    by `word_start`; a source of another shape, with a branch that does not open with a literal, or whose
    first group is optional or repeated, as it is."""
    opening = _OPENING_LOOK_BEHIND.match(source)
    if not opening:
        return source
    close = next((i for i, char in _top_level(source[opening.end() :]) if char == ""), None)
    if close is None:
        return source
    inner, tail = source[opening.end() : opening.end() + close], source[opening.end() + close + 1 :]
    if tail[:1] in ("?", "*", "+", "{"):
        return source  # an optional first group ("(?<!\w)(?:các\s+)?sở"): rewritten, the look-behind would go with it
    try:
        return word_start(split_alternatives(inner), not_after=opening.group(1)) + tail
    except ValueError:
        return source


def search_before_anchor(
    pattern: re.Pattern[str], anchor: re.Pattern[str], text: str, reach: int, pos: int = 0, endpos: int | None = None
) -> re.Match[str] | None:
    """`pattern.search(text, pos, endpos)`, started where the first match of `anchor` says a match can begin.

    For a pattern that opens with any letter (`[^\\W\\d_][^,\\n]{0,40}?\\s*,\\s*ngày…`, tried at every letter):
    `anchor` is its part from a literal on (`,\\s*ngày…`), and no match of `pattern` begins more than `reach`
    characters before where `anchor` matches, not counting the spaces just before it. The match is then
    the same, found from the first `anchor` only.
    """
    end = len(text) if endpos is None else endpos
    found = anchor.search(text, pos, end)
    if found is None:
        return None
    at = found.start()
    while at > pos and text[at - 1].isspace():
        at -= 1
    return pattern.search(text, max(pos, at - reach), end)


def finditer_at(
    pattern: re.Pattern[str],
    starts: re.Pattern[str],
    text: str,
    pos: int = 0,
    endpos: int | None = None,
    starts_text: str | None = None,
) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text, pos, endpos)`, trying `pattern` only where `starts` matches.

    For a pattern whose first part cannot be written so that `re` skips ahead (it opens a named group
    that the code reads): `starts` is a quick pattern that matches wherever a match of `pattern` can
    begin (its first words, as `word_start` writes them), and `pattern` is tried there alone. The
    matches are the same provided every match of `pattern` begins where `starts` matches and none
    is empty.

    `starts_text`, when given, is searched for `starts` instead of `text`: a copy with the same offsets,
    `lowered(text)` for the starts of a case-insensitive pattern written in lower case (`lower_start`).
    """
    end = len(text) if endpos is None else endpos
    scan = text if starts_text is None else starts_text
    while (candidate := starts.search(scan, pos, end)) is not None:
        match = pattern.match(text, candidate.start(), end)
        if match is None:
            pos = candidate.start() + 1
            continue
        yield match
        pos = match.end() if match.end() > match.start() else match.start() + 1


def finditer_from(pattern: re.Pattern[str], offsets: Iterable[int], text: str, pos: int = 0) -> Iterator[re.Match[str]]:
    """`finditer_at(pattern, starts, text, pos)` with the offsets where `starts` matches found beforehand, in
    order (`StartScan.offsets`): `pattern` is tried at each offset from `pos` its last match has not passed."""
    for at in offsets:
        if at < pos:
            continue
        match = pattern.match(text, at)
        if match is None:
            continue
        yield match
        pos = match.end() if match.end() > match.start() else match.start() + 1


_KEPT_FROM = 2000  # the length from which a StartScan keeps a text's matches
_BEHIND_FIRST = re.compile(r"\(\?<!(?:\\w|\[(?:\\.|[^\]\\])+\])\.\)")


class StartScan:
    """Where each of several start patterns matches in one text, found with one scan instead of one each.

    A start pattern (`lower_start`, `word_start`) is `(?:a(?<!X.)…|b(?<!X.)…)tail`, each branch opening with a
    letter and a look-behind. One pattern holds every branch of them all, each with its pattern's tail, grouped
    by first letter and look-behind so that `re` skips to those letters and looks behind once; where it matches,
    each pattern with a branch of that letter is matched there alone. Every offset where a pattern matches is
    then found (the joined pattern matches there too), and only those. A pattern of another shape (flags,
    groups, a branch without a letter and a look-behind first) is searched by itself. The last long text's
    matches are kept: the forms of one document ask for theirs in turn. The last short text's (a table's cell
    read between them) are kept apart, not in the long one's place: the deadline forms ask a cell for theirs
    about ten times in turn too.
    """

    def __init__(self, patterns: dict[str, re.Pattern[str]]) -> None:
        self.patterns = patterns
        self.alone: list[str] = []
        self.by_char: dict[str, list[str]] = {}
        # (first letter, pattern) -> the characters its branches of that letter go on with, None when not known
        self._seconds: dict[tuple[str, str], set[str] | None] = {}
        self._at: dict[str, list[str]] = {}  # the first two characters at a hit -> the patterns to try there
        groups: dict[tuple[str, str], list[str]] = {}
        for name, pattern in patterns.items():
            branches = _start_branches(pattern)
            if branches is None:
                self.alone.append(name)
                continue
            for first, behind, rest in branches:
                groups.setdefault((first, behind), []).append(rest)
                if name not in self.by_char.setdefault(first, []):
                    self.by_char[first].append(name)
                    self._seconds[first, name] = set()
                seconds, after = self._seconds[first, name], _first_chars_or_none(rest)
                self._seconds[first, name] = None if seconds is None or after is None else seconds | after
        joined = "|".join(
            re.escape(first) + behind + "(?:" + "|".join(rests) + ")" for (first, behind), rests in groups.items()
        )
        self.joined = re.compile(f"(?:{joined})") if groups else None
        self._last: tuple[str, dict[str, list[re.Match[str]]]] | None = None
        self._last_short: tuple[str, dict[str, list[re.Match[str]]]] | None = None

    def matches(self, text: str) -> dict[str, list[re.Match[str]]]:
        """Per pattern, its match at every offset where it matches (overlapping), in order."""
        long = len(text) >= _KEPT_FROM
        last = self._last if long else self._last_short
        if last is not None and last[0] is text:
            return last[1]
        found = self._scan(text)
        if long:
            self._last = (text, found)
        else:
            self._last_short = (text, found)
        return found

    def _tried_at(self, opening: str) -> list[str]:
        """The patterns to try where `opening` stands (the first two characters at a hit, or the last one of the
        text): those with a branch of its first letter that may go on with its second, in `by_char` order."""
        first, second = opening[0], opening[1:]
        tried = self._at[opening] = [
            name
            for name in self.by_char[first]
            if (seconds := self._seconds[first, name]) is None or (second and second in seconds)
        ]
        return tried

    def _scan(self, text: str) -> dict[str, list[re.Match[str]]]:
        found: dict[str, list[re.Match[str]]] = {name: [] for name in self.patterns}
        patterns, tried_at, pos = self.patterns, self._at, 0
        while self.joined is not None and (hit := self.joined.search(text, pos)) is not None:
            at = hit.start()
            opening = text[at : at + 2]
            for name in tried_at.get(opening) or self._tried_at(opening):
                if (match := patterns[name].match(text, at)) is not None:
                    found[name].append(match)
            pos = at + 1
        for name in self.alone:
            pos = 0
            while (match := patterns[name].search(text, pos)) is not None:
                found[name].append(match)
                pos = match.start() + 1
        return found

    def offsets(self, name: str, text: str) -> list[int]:
        """The offsets where `name` matches in `text`, for `finditer_from`."""
        return [match.start() for match in self.matches(text)[name]]

    def finditer(self, name: str, text: str) -> list[re.Match[str]]:
        """What `self.patterns[name].finditer(text)` finds: its matches that do not overlap, from the first."""
        out: list[re.Match[str]] = []
        for match in self.matches(text)[name]:
            if not out or match.start() >= out[-1].end():
                out.append(match)
        return out


def _first_chars_or_none(source: str) -> set[str] | None:
    """`first_chars` of a branch's rest, None when not known or when the rest does not parse alone."""
    try:
        found = first_chars(source)
    except (re.error, IndexError, TypeError):
        return None
    return None if found is None else set(found)


def _start_branches(pattern: re.Pattern[str]) -> list[tuple[str, str, str]] | None:
    """(first letter, look-behind, rest with the tail) of each branch of a start pattern, or None for another shape."""
    source = pattern.pattern
    if pattern.flags != re.UNICODE or pattern.groups or not source.startswith("(?:"):
        return None
    close = next((i for i, char in _top_level(source[3:]) if char == ""), None)
    if close is None:
        return None
    body, tail = source[3 : 3 + close], source[3 + close + 1 :]
    out = []
    for branch in split_alternatives(body):
        try:
            first, rest = _split_first(branch)
        except ValueError:
            return None
        behind = _BEHIND_FIRST.match(rest)
        if behind is None:
            return None
        out.append((first, behind.group(), f"(?:{rest[behind.end() :]}){tail}"))
    return out


_QUANTIFIERS = "?*{"
_SPECIAL = ".^$*+?{}[]()|"


def literal_prefix(source: str, longest: int = 12) -> str:
    """The characters every match of `source` opens with, as far as they are plain literals (at most
    `longest`): "xet nghiem" -> "xet ", "p(?<!\\w.)cr" -> "p", "(?:a|b)c" -> "" (not known)."""
    branches = split_alternatives(source)
    if len(branches) > 1:
        return ""
    prefix, i = "", 0
    while i < len(source) and len(prefix) < longest:
        char = source[i]
        if source.startswith(("(?<!", "(?<="), i):  # a look-behind takes no character: read on after it
            close = next((k for k, c in _top_level(source[i + 1 :]) if c == ""), None)
            if close is None:
                break
            i += close + 2
            continue
        if source.startswith(("\\b", "\\B"), i):  # neither does a word boundary
            i += 2
            continue
        if char == "\\":
            if i + 1 >= len(source) or source[i + 1].isalnum():
                break  # a class (\d, \s) or another assertion
            char, step = source[i + 1], 2
        elif char in _SPECIAL:
            break
        else:
            step = 1
        if source[i + step : i + step + 1] in tuple(_QUANTIFIERS):
            break  # "ab?": the b may be absent
        prefix += char
        i += step
    return prefix


def _group_body(branch: str) -> str | None:
    """The inside of a branch that is one whole `(?:…)` group, else None."""
    if not branch.startswith("(?:"):
        return None
    close = next((i for i, char in _top_level(branch[3:]) if char == ""), None)
    return branch[3:-1] if close == len(branch) - 4 else None


def _leaf_prefixes(source: str) -> list[str]:
    """The literal prefix of each branch of `source`, looking inside a branch that is one `(?:…)` group."""
    out = []
    for branch in split_alternatives(source):
        body = _group_body(branch)
        out.extend(_leaf_prefixes(body) if body is not None else [literal_prefix(branch)])
    return out


def _ahead(rests: set[str]) -> str:
    """A look-ahead for any of `rests` (longest first), or nothing when one of them is empty."""
    if "" in rests:
        return ""
    return "(?=" + "|".join(re.escape(rest) for rest in sorted(rests, key=lambda r: (-len(r), r))) + ")"


def _by_first(openings: set[str]) -> dict[str, set[str]]:
    """The openings by their first character: the rest of each."""
    by_first: dict[str, set[str]] = {}
    for opening in openings:
        by_first.setdefault(opening[0], set()).add(opening[1:])
    return by_first


def _first_alone(openings: set[str]) -> frozenset[str]:
    """The first characters whose openings `_openings_pattern` takes one character of (see there)."""
    return frozenset(
        first
        for first, rests in _by_first(openings).items()
        if "" in rests or any(_begins_one_in(first + rest, openings) for rest in rests)
    )


def _openings_pattern(openings: set[str]) -> str:
    """Matches where any opening stands: `a(?:b(?=c)|d)|…`, taking the first two characters of an opening, or
    `a(?=bc|d)`, taking the first alone, for the openings of a first character one of which another opening
    can stand one character into (then both are found). With two taken, re tests the second character as a
    literal of a branch instead of entering a look-ahead at every stop on a first letter."""
    alone = _first_alone(openings)
    branches = []
    for first, rests in sorted(_by_first(openings).items()):
        if first in alone:
            branches.append(re.escape(first) + _ahead(rests))
            continue
        by_second: dict[str, set[str]] = {}
        for rest in rests:
            by_second.setdefault(rest[0], set()).add(rest[1:])
        seconds = [re.escape(second) + _ahead(more) for second, more in sorted(by_second.items())]
        branches.append(re.escape(first) + (seconds[0] if len(seconds) == 1 else "(?:" + "|".join(seconds) + ")"))
    return "|".join(branches)


def _begins_one_in(opening: str, openings: set[str]) -> bool:
    """Whether another opening can stand one character after the start of `opening`."""
    tail = opening[1:]
    return any(tail[: min(len(tail), len(other))] == other[: len(tail)] for other in openings)


class PatternSet:
    """Several patterns run over one text in one pass, each finding exactly what its own `finditer` finds.

    Every pattern must open with a literal in each branch ("xet nghiem|truy vet"): one scan finds the
    offsets where any of those openings stands, and each pattern is tried only there, and only where
    its own last match has ended. A pattern whose opening is not known is run with its own finditer.
    Matches must not be empty.

    Where the scan takes two characters of an opening ("xe" of "xet nghiem"), only the patterns with an
    opening that begins with those two are tried there: the others cannot match at that offset.
    """

    def __init__(self, patterns: list[re.Pattern[str]]) -> None:
        self.patterns = patterns
        self.unknown: list[int] = []
        openings: set[str] = set()
        prefixes_of: list[tuple[int, list[str]]] = []
        for index, pattern in enumerate(patterns):
            prefixes = _leaf_prefixes(pattern.pattern)
            if pattern.flags & re.IGNORECASE or not all(prefixes):
                self.unknown.append(index)
                continue
            openings.update(prefixes)
            prefixes_of.append((index, prefixes))
        # what the scan takes at an opening (its first character, or its first two) -> the patterns to try there
        alone = _first_alone(openings)
        self.by_taken: dict[str, list[int]] = {}
        for index, prefixes in prefixes_of:
            for taken in sorted({prefix[: 1 if prefix[0] in alone else 2] for prefix in prefixes}):
                self.by_taken.setdefault(taken, []).append(index)
        # one or two characters consumed at each opening, so openings that overlap are all found
        self.openings = re.compile(_openings_pattern(openings)) if openings else None

    def finditer_each(self, text: str) -> list[list[re.Match[str]]]:
        """The matches of every pattern in `text`, in the order of `patterns`."""
        found: list[list[re.Match[str]]] = [[] for _ in self.patterns]
        ends = [0] * len(self.patterns)
        patterns, by_taken = self.patterns, self.by_taken
        if self.openings is not None:
            for opening in self.openings.finditer(text):
                at = opening.start()
                for index in by_taken[opening.group()]:
                    if at >= ends[index] and (match := patterns[index].match(text, at)):
                        found[index].append(match)
                        ends[index] = max(match.end(), at + 1)
        for index in self.unknown:
            found[index] = list(patterns[index].finditer(text))
        return found


# re.IGNORECASE also matches these to a letter besides its two cases (Kelvin sign, long s, dotted and dotless i)
_CASE_SPECIALS = {"k": "\u212a", "s": "\u017f", "i": "\u0130\u0131"}


def _with_cases(chars: Iterable[str]) -> set[str]:
    out: set[str] = set()
    for char in chars:
        for variant in (char, char.lower(), char.upper()):
            if len(variant) == 1:
                out.add(variant)
                out.update(_CASE_SPECIALS.get(variant.lower(), ""))
    for extra, letter in (("\u212a", "k"), ("\u017f", "s"), ("\u0130", "i"), ("\u0131", "i")):
        if extra in out:
            out.update(_with_cases(letter) if letter not in out else ())
    return out


def _first_of_sequence(items) -> tuple[set[str] | None, bool]:
    """(first characters of a parsed sequence, in both cases, or None when not known; whether it may match empty)."""
    out: set[str] = set()
    for op, av in items:
        first, nullable = _first_of_item(op, av)
        if first is None:
            return None, False
        out |= first
        if not nullable:
            return out, False
    return out, True


def _first_of_item(op, av) -> tuple[set[str] | None, bool]:
    from re import _constants as c

    if op is c.LITERAL:
        return _with_cases([chr(av)]), False
    if op is c.IN:
        chars = _class_literals(av)
        return (None, False) if chars is None else (_with_cases(chars), False)
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return set(), True  # takes no character
    if op is c.SUBPATTERN:
        return _first_of_sequence(av[3])
    if op is c.ATOMIC_GROUP:
        return _first_of_sequence(av)
    if op is c.BRANCH:
        out: set[str] = set()
        nullable = False
        for branch in av[1]:
            first, empty = _first_of_sequence(branch)
            if first is None:
                return None, False
            out |= first
            nullable = nullable or empty
        return out, nullable
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        first, empty = _first_of_sequence(av[2])
        return first, empty or av[0] == 0
    return None, False


def _class_literals(items) -> list[str] | None:
    """The characters of a parsed class, or None for a negation, a category (\\w, \\s) or a wide range."""
    from re import _constants as c

    chars: list[str] = []
    for kind, value in items:
        if kind is c.LITERAL:
            chars.append(chr(value))
        elif kind is c.RANGE and value[1] - value[0] < 256:
            chars.extend(chr(k) for k in range(value[0], value[1] + 1))
        else:
            return None
    return chars


def first_chars(source: str) -> frozenset[str] | None:
    """Every character a match of `source` can open with, in both cases (as re.IGNORECASE may match it),
    or None when that is not known (a class such as \\w, "." or a negated class first, or an empty match)."""
    first, nullable = _first_of_sequence(_parsed(source))
    return None if first is None or nullable else frozenset(first)


@lru_cache(maxsize=1024)
def _parsed(source: str) -> tuple:
    """The parse of a pattern's source (read, never changed, by first_chars and first_chars_after): a class's
    source is asked about once per start word of a document, and parsing it again each time cost more than the
    matching (issue 15)."""
    from re import _parser

    return tuple(_parser.parse(source))


def first_chars_after(source: str, word: str) -> frozenset[str] | None:
    """Every character a match of `source` that opens with `word` can have after the word and the spaces after it
    (`word\\s+`), in both cases, as with first_chars: the next word's first letter ("các" -> the b of "các
    Bộ"). Empty when no match opens with the word and spaces; None when that is not known (the word followed by
    anything but `\\s+`, a match that may end inside or right after it, a look-around after it, a group with
    flags, a repeat other than `?` before it). Letters are compared as re.IGNORECASE compares them; look-arounds
    before the word's end are passed over (they only restrict a match)."""
    from re import _constants as c

    def union(results: list[frozenset[str] | None]) -> frozenset[str] | None:
        return None if any(r is None for r in results) else frozenset().union(*results)

    def after(items: tuple, pos: int) -> frozenset[str] | None:
        if not items:
            return None  # the match may end here
        (op, av), rest = items[0], items[1:]
        if op is c.SUBPATTERN:
            return None if av[1] or av[2] else after(tuple(av[3]) + rest, pos)
        if op is c.BRANCH:
            return union([after(tuple(branch) + rest, pos) for branch in av[1]])
        if op in (c.MAX_REPEAT, c.MIN_REPEAT) and (av[0], av[1]) == (0, 1):  # "(?:các\\s+)?"
            return union([after(tuple(av[2]) + rest, pos), after(rest, pos)])
        if pos < len(word):
            if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
                return after(rest, pos)
            chars = [chr(av)] if op is c.LITERAL else _class_literals(av) if op is c.IN else None
            if chars is None:
                return None
            return after(rest, pos + 1) if word[pos] in _with_cases(chars) else frozenset()
        spaces = [(c.IN, [(c.CATEGORY, c.CATEGORY_SPACE)])]
        if op in (c.MAX_REPEAT, c.POSSESSIVE_REPEAT) and av[0] >= 1 and av[1] == c.MAXREPEAT and list(av[2]) == spaces:
            first, nullable = _first_of_sequence(rest)
            if first is None or nullable or any(char.isspace() for char in first):
                return None
            return frozenset(first)
        return None

    return after(_parsed(source), 0)


def ends_with_photo_credit(stripped: str) -> bool:
    """A news photo's caption ends with its credit: "… tại buổi làm việc. Ảnh: T.SỸ", "… (Ảnh: TTXVN)": the line
    closes the caption, and the text after it is the next paragraph. A test of the line's last characters."""
    tail = stripped[-_CREDIT_REACH:]
    at = tail.rfind(_CREDIT_WORD)
    if at < 0 or (at > 0 and tail[at - 1].isalnum()):
        return False
    credit = tail[at + len(_CREDIT_WORD) :].strip(" )")
    return 0 < len(credit) <= _MAX_CREDIT and ". " not in credit  # no sentence goes on after the credit


_CREDIT_WORD = "Ảnh:"  # a photo's credit, as news reports print it under the photo
_CREDIT_REACH = 60  # the credit stands within the line's last characters
_MAX_CREDIT = 40  # a name or an agency: "T.SỸ", "Hoàng Liệu", "VGP/Nhật Bắc"
