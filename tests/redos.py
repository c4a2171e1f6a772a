"""Catastrophic backtracking, found by running every regular expression of the package on attack strings.

Two steps, each run in a subprocess by `test_linear_time.py` (a pattern that backtracks exponentially
cannot be interrupted inside Python's regex engine, so a hang must only cost a child process):

    python -m tests.redos census OUT.json     every pattern the package compiles, and how it is used
    python -m tests.redos check IN.json K N   check every Nth pattern from the Kth; one JSON line per offender

The census replaces `re._compile` before the package is imported, so it sees the patterns compiled
at import time, the ones compiled lazily from the data files, and the `re.sub(str, ...)` calls;
a pattern counts as the package's when the first caller outside `re` is a package file. It then
runs the whole extraction on every document of the corpora and records how each pattern is used:
`search` (search, finditer, findall, sub, split: tried at every position of its input) or
`anchored` (only match / fullmatch: tried at one position). A pattern never used in the census is
checked as `search`, the stricter of the two.

An attack string is `prefix + pump * k + "\\x00"`: the prefix a literal of the pattern or a sample
of what leads up to one of its repetitions (so the engine reaches the repetition), the pump a string the pattern repeats (read from the pattern's
own parse tree: a body of `*`, `+`, `{m,n}`) or a generic one (spaces, digits, markers, capitalised
words), and the NUL a tail that matches nothing, which makes the engine backtrack. Each attack
is first grown slowly (k = 4 … 32) to catch exponential patterns before they hang, then measured
at 1k, 2k, 4k, 8k and 16k characters when its time at 2k characters is not negligible. Time is the
thread's CPU time, best of three, and the verdict is by scaling, not by a wall-clock limit: the
time of 4x the input must stay under SCALING_LIMIT times the time of the input (linear: 4,
quadratic: 16).
"""

from __future__ import annotations

import importlib
import json
import math
import pkgutil
import re
import sys
import time
from pathlib import Path
from re import _constants as C
from re import _parser as sre_parse

SCALING_LIMIT = 10.0  # t(4n) / t(n): linear gives 4, quadratic 16; for other ratios the same power of the size
MEASURABLE = 0.003  # seconds: below this a ratio is noise
EXPONENTIAL_GUARD = 0.02  # seconds for at most ~100 characters: nothing linear comes close
SCREEN_CHARS = 2000
SCREEN_LIMIT = 0.0005  # seconds at 2k characters: above this the pattern is measured on the ladder
SIZES = (1000, 2000, 4000, 8000, 16000)
STOP_AT = 0.2  # seconds: the ladder stops there
TAIL = "\x00"

GENERIC_PUMPS = (" ", "\n", " \n", "\t", "1", "1.", "1/", "1,", "a", "A", "a ", "Ab ", "Ủy ", "Chủ Tịch ",
                 "i) ", "1. ", "a) ", "- ", "+ ", ". ", ", ", ": ", "và ", "x\n", "- Sở Y tế;\n")  # fmt: skip
SEARCH_METHODS = {"search", "finditer", "findall", "sub", "subn", "split", "scanner"}
ANCHORED_METHODS = {"match", "fullmatch"}


# --- the census ------------------------------------------------------------------------------------


class RecordedPattern:
    """A compiled pattern that notes which of its methods the package calls."""

    __slots__ = ("_modes", "_pattern")

    def __init__(self, pattern: re.Pattern, modes: set[str]) -> None:
        self._pattern = pattern
        self._modes = modes

    def __getattr__(self, name: str):
        if name in SEARCH_METHODS:
            self._modes.add("search")
        elif name in ANCHORED_METHODS:
            self._modes.add("anchored")
        return getattr(self._pattern, name)


def census(out: Path, documents: list[Path]) -> None:
    package_dir = str(Path(__file__).resolve().parents[1] / "src" / "directive_extract")
    found: dict[tuple, dict] = {}
    original = re._compile

    def compile_and_record(pattern, flags):
        if isinstance(pattern, RecordedPattern):
            return pattern
        compiled = original(pattern, flags)
        frame = sys._getframe(1)
        while frame is not None and frame.f_code.co_filename.startswith(str(Path(re.__file__).parent)):
            frame = frame.f_back
        if frame is None or "directive_extract" not in frame.f_code.co_filename:
            return compiled
        key = (compiled.pattern, compiled.flags)
        entry = found.get(key)
        if entry is None:
            where = frame.f_code.co_filename.split("directive_extract/", 1)[-1]
            entry = found[key] = {"where": f"{where}:{frame.f_lineno}", "modes": set()}
        return RecordedPattern(compiled, entry["modes"])

    re._compile = compile_and_record
    sys.path.insert(0, package_dir.rsplit("/directive_extract", 1)[0])
    import directive_extract

    for module in pkgutil.walk_packages(directive_extract.__path__, "directive_extract."):
        importlib.import_module(module.name)
    from directive_extract import extract
    from directive_extract.read import read_file

    for path in documents:
        try:
            text = read_file(path)[0]
        except directive_extract.DirectiveExtractError:
            continue
        extract(text)
    rows = []
    for (pattern, flags), entry in found.items():
        is_bytes = isinstance(pattern, bytes)
        rows.append(
            {
                "pattern": pattern.decode("latin-1") if is_bytes else pattern,
                "bytes": is_bytes,
                "flags": flags,
                "where": entry["where"],
                "mode": "anchored" if entry["modes"] == {"anchored"} else "search",
            }
        )
    out.write_text(json.dumps(rows), encoding="utf-8")  # ASCII: a pattern may hold lone surrogates


# --- attack strings --------------------------------------------------------------------------------

_CATEGORY_CHAR = {
    C.CATEGORY_DIGIT: "1",
    C.CATEGORY_NOT_DIGIT: "a",
    C.CATEGORY_SPACE: " ",
    C.CATEGORY_NOT_SPACE: "a",
    C.CATEGORY_WORD: "a",
    C.CATEGORY_NOT_WORD: " ",
}
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)


def _class_char(items) -> str:
    """A character of a [...] class (or one outside it, for a negated class)."""
    chars, negated = [], False
    for op, av in items:
        if op is C.LITERAL:
            chars.append(chr(av))
        elif op is C.RANGE:
            chars.append(chr(av[0]))
        elif op is C.CATEGORY:
            chars.append(_CATEGORY_CHAR.get(av, "a"))
        elif op is C.NEGATE:
            negated = True
    if negated:
        return next((c for c in "a A1.\n," if c not in chars), "a")
    return chars[0] if chars else "a"


def _sample(items, pumps: set[str]) -> str:
    """A short string the (sub)pattern matches; the bodies of its repetitions are added to `pumps`."""
    out = []
    for op, av in items:
        if op is C.LITERAL:
            out.append(chr(av))
        elif op is C.NOT_LITERAL:
            out.append("b" if chr(av) == "a" else "a")
        elif op is C.ANY:
            out.append("a")
        elif op is C.IN:
            out.append(_class_char(av))
        elif op is C.BRANCH:
            branches = [_sample(branch, pumps) for branch in av[1]]
            out.append(branches[0])
        elif op is C.SUBPATTERN:
            out.append(_sample(av[3], pumps))
        elif op is C.ATOMIC_GROUP:
            out.append(_sample(av, pumps))
        elif op in _REPEATS:
            low, high, body = av
            once = _sample(body, pumps)
            if high > 1 and once:
                pumps.add(once)
            out.append(once * max(low, 1))
        elif op is C.GROUPREF_EXISTS:
            out.append(_sample(av[1], pumps))
    return "".join(out)


def _literals(items, found: set[str]) -> None:
    """Runs of literal characters anywhere in the pattern: prefixes that lead the engine inside it."""
    run: list[str] = []

    def flush() -> None:
        if len(run) >= 2:
            found.add("".join(run))
        run.clear()

    for op, av in items:
        if op is C.LITERAL:
            run.append(chr(av))
            continue
        flush()
        if op is C.BRANCH:
            for branch in av[1]:
                _literals(branch, found)
        elif op is C.SUBPATTERN:
            _literals(av[3], found)
        elif op is C.ATOMIC_GROUP:
            _literals(av, found)
        elif op in _REPEATS:
            _literals(av[2], found)
    flush()


def _paths(items, before: str, found: set[str]) -> str:
    """The text that leads up to each repetition (a sample of everything before it); returns the whole."""
    for op, av in items:
        if op in _REPEATS:
            found.add(before)
            _paths(av[2], before, found)
        elif op is C.SUBPATTERN:
            _paths(av[3], before, found)
        elif op is C.BRANCH:
            for branch in av[1]:
                _paths(branch, before, found)
        before += _sample([(op, av)], set())
    return before


def attacks(source: str, flags: int) -> list[tuple[str, str]]:
    """(prefix, pump) pairs for a pattern, its own repetitions first."""
    tree = sre_parse.parse(source, flags)
    pumps: set[str] = set()
    whole = _sample(tree, pumps)
    literals: set[str] = set()
    _literals(tree, literals)
    own = sorted(pumps, key=lambda s: (len(s), s))[:12]
    paths: set[str] = set()
    _paths(tree, "", paths)
    prefixes = ["", *sorted(literals, key=lambda s: (-len(s), s))[:3], *sorted(paths - {""}, key=len)[:4]]
    if whole and len(whole) < 200:
        prefixes.append(whole)
    pairs: list[tuple[str, str]] = []
    for prefix in dict.fromkeys(prefixes):
        for pump in dict.fromkeys([*own, *GENERIC_PUMPS]):
            pairs.append((prefix, pump))
    return pairs


# --- measuring -------------------------------------------------------------------------------------


def _runner(pattern: re.Pattern, mode: str, as_bytes: bool):
    def run(text: str) -> float:
        subject = text.encode("utf-8") if as_bytes else text
        start = time.thread_time()
        if mode == "anchored":
            pattern.match(subject)
        else:
            for _ in pattern.finditer(subject):
                pass
        return time.thread_time() - start

    return run


def _best(run, text: str, times: int = 3) -> float:
    return min(run(text) for _ in range(times))


def check_attack(run, prefix: str, pump: str) -> dict | None:
    """None when the pattern stays linear on this attack, else what was measured."""
    for k in range(4, 36, 4):
        took = run(prefix + pump * k + TAIL)
        if took > EXPONENTIAL_GUARD:
            return {"growth": "exponential", "repeats": k, "seconds": round(took, 4)}
    measured: dict[int, float] = {}
    for size in SIZES:
        text = prefix + pump * max(1, size // len(pump)) + TAIL
        took = run(text)
        if size == SCREEN_CHARS and took < SCREEN_LIMIT:
            return None  # negligible at 2k characters: linear enough, and the common case
        measured[size] = took if took > 0.05 or size < SCREEN_CHARS else min(took, _best(run, text, 2))
        if took > STOP_AT:  # slow enough to judge; a larger input could take minutes
            break
    for size in [size for size in measured if size < SCREEN_CHARS and measured[size] < 0.05]:
        measured[size] = min(measured[size], _best(run, prefix + pump * max(1, size // len(pump)) + TAIL, 2))
    sizes = sorted(measured)
    if len(sizes) < 2:
        return {"growth": "too slow", "seconds": {str(k): round(v, 5) for k, v in measured.items()}}
    # the verdict on the widest span measured (the least noisy ratio): time may grow like size ** 1.66
    exponent = math.log(SCALING_LIMIT) / math.log(4)
    small = next((size for size in sizes if measured[size] > MEASURABLE / 10), sizes[0])
    large = sizes[-1]
    limit = (large / small) ** exponent * max(measured[small], 1e-6)
    if large > small and measured[large] > MEASURABLE and measured[large] > limit:
        return {"growth": "superlinear", "seconds": {str(k): round(v, 5) for k, v in measured.items()}}
    return None


def check(rows: list[dict], part: int, parts: int, progress) -> None:
    """Check every `parts`-th row from `part` on: the children's shares interleave, so that the few slow patterns
    (long case-insensitive alternations, measured on the whole ladder) do not all fall to one child."""
    for index in range(part, len(rows), parts):
        row = rows[index]
        source = row["pattern"].encode("latin-1") if row["bytes"] else row["pattern"]
        pattern = re.compile(source, row["flags"])
        progress.write(json.dumps({"checking": index}) + "\n")
        progress.flush()
        run = _runner(pattern, row["mode"], row["bytes"])
        parse_source = row["pattern"]
        for prefix, pump in attacks(parse_source, row["flags"] & ~re.LOCALE if not row["bytes"] else 0):
            verdict = check_attack(run, prefix, pump)
            if verdict:
                found = {"index": index, "where": row["where"], "mode": row["mode"], "prefix": prefix[:60]}
                found.update(pump=pump, pattern=row["pattern"][:160], **verdict)
                progress.write(json.dumps({"offender": found}) + "\n")
                progress.flush()
                break


def main(argv: list[str]) -> None:
    if argv[0] == "census":
        census(Path(argv[1]), [Path(p) for p in argv[2:]])
    elif argv[0] == "check":
        rows = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
        check(rows, int(argv[2]), int(argv[3]), sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1:])
