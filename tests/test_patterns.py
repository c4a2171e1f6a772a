"""patterns.py: the fast forms of the patterns find exactly what the plain forms find, and re can skip on them."""

from __future__ import annotations

import re

import pytest

from directive_extract.patterns import (
    PatternSet,
    StartScan,
    finditer_at,
    finditer_from,
    first_chars,
    first_chars_after,
    literal_prefix,
    lower_same_length,
    lower_same_length_uncached,
    lower_start,
    lowered,
    search_before_anchor,
    skipping,
    split_alternatives,
    word_start,
)

TEXT = (
    "Giao Sở Y tế chủ trì, phối hợp với các sở; trước ngày 15/6 báo cáo UBND tỉnh. Trong tháng 7, TRONG VÒNG "
    "3 ngày, ngaytrong, ngay lập tức, xtrong, trong-trong, 5 trường hợp F1; Bộ luật, bộ Luật; İstanbul ıs ſo K "
    "\nhơn 1.000 người, từ 20% - 30%, hai mươi ca, 12/CT-TTg, số 09-CT/TU; hoà bình, Hòa Bình, ĐÀ NẴNG, đà nẵng"
)

WORD_START_CASES = [
    # (alternatives, not_after, ignore_case)
    (["trong", "trước", "tháng"], r"\w", False),
    (["trong", "trước", "tháng"], r"\w", True),
    (["trong vòng", "trong", "ngay lập tức", "ngay"], r"\w", True),
    (["trong", "trong\\s+vòng", "ngay(?!\\s+lập)"], r"\w", False),
    (["sở", "Sở", "bộ", "Bộ\\s+luật", "UBND"], r"[\w&/-]", False),
    (["sở", "bộ luật", "ubnd", "đà nẵng"], r"[\w&/-]", True),
    (["i", "s", "k"], r"\w", True),  # the letters re.IGNORECASE matches to more than their two cases
    (["hơn", "từ", "hai\\ mươi", "hai"], r"[\w/.,]", True),
    (["\\-", "x"], r"\w", False),  # an escaped punctuation mark opens a branch
]


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def _skips_ahead(pattern: re.Pattern[str]) -> bool:
    """Whether re knows the first character of every match (and so skips to it), from its own compiler."""
    parser, compiler = getattr(re, "_parser", None), getattr(re, "_compiler", None)
    if parser is None or not hasattr(compiler, "_get_charset_prefix"):
        pytest.skip("this Python's re does not expose its compiler")
    tree = parser.parse(pattern.pattern, pattern.flags)
    prefix = compiler._get_literal_prefix(tree, pattern.flags)[0]
    return bool(prefix) or compiler._get_charset_prefix(tree, pattern.flags) is not None


def test_word_start_finds_what_the_plain_pattern_finds() -> None:
    failures = []
    for alternatives, not_after, ignore_case in WORD_START_CASES:
        plain = re.compile(rf"(?<!{not_after})(?:{'|'.join(alternatives)})", re.IGNORECASE if ignore_case else 0)
        fast = re.compile(word_start(alternatives, not_after=not_after, ignore_case=ignore_case))
        for text in (TEXT, TEXT.upper(), TEXT.lower()):
            if _spans(plain, text) != _spans(fast, text):
                failures.append((alternatives, ignore_case, text[:30], _spans(plain, text), _spans(fast, text)))
        if not _skips_ahead(fast):
            failures.append((alternatives, ignore_case, "does not skip ahead"))
    assert not failures, failures


# lower_start: alternatives written as a clerk writes them (capitals, escapes) find in lowered(text) what they
# find case-insensitively in the text; (alternatives, or_class, class_rest)
# fmt: off
LOWER_START_CASES = [
    (["Bộ\\s+luật", "Luật"], "", ""),  # a capitalised alternative
    (["ĐÀ\\s+NẴNG", "Hòa\\s+Bình\\W"], "", ""),  # capitals with diacritics; an escape kept as written
    (["İstanbul", "ſo"], "", ""),  # letters re.IGNORECASE matches to other letters
    (["Trong(?!\\s+VÒNG)", "Ngay(?=\\s+Lập)"], "", ""),  # look-arounds may be lowered
    (["Số\\s+\\d"], r"\d", r"\d*+/CT-TTg"),  # a class branch whose rest (after its one character) has capitals
]
# fmt: on


def test_lower_start_finds_what_ignorecase_finds() -> None:
    failures = []
    for alternatives, or_class, class_rest in LOWER_START_CASES:
        branches = alternatives + ([or_class + class_rest] if or_class else [])
        plain = re.compile(rf"(?<!\w)(?:{'|'.join(branches)})", re.IGNORECASE)
        fast = lower_start(alternatives, or_class=or_class, class_rest=class_rest)
        if _spans(plain, TEXT) != _spans(fast, lowered(TEXT)) or not _spans(plain, TEXT):
            failures.append((alternatives, _spans(plain, TEXT), _spans(fast, lowered(TEXT))))
    assert not failures, failures


# lower_start's `rest` follows every branch and is lowered like them: (alternatives, rest, text, expected starts)
# fmt: off
LOWER_START_REST_CASES = [
    (["Số"], r"(?=\s*\d)", "số 5, Số 12, số hiệu", [0, 6]),  # only where a number follows
    (["Trong"], r"(?!\w)", "Trong tháng, trongnước, TRONG", [0, 24]),  # a whole word
    (["Hạn"], r"(?=\s+NGÀY)", "hạn ngày 5, Hạn Ngày, hạn mức", [0, 12]),  # a capitalised rest is lowered
]
# fmt: on


def test_lower_start_rest_follows_every_branch() -> None:
    failures = []
    for alternatives, rest, text, expected in LOWER_START_REST_CASES:
        found = [m.start() for m in lower_start(alternatives, rest=rest).finditer(lowered(text))]
        if found != expected:
            failures.append((alternatives, rest, text, found, expected))
    assert not failures, failures


# a group with flags or a name cannot be lowered: its flags would no longer say what they said, a name's
# letters are no literal
LOWER_START_REFUSED = [["Sở(?i:\\s+y)"], ["Sở(?-i:\\s+Y)"], ["Sở(?P<rest>\\s+Y)"], ["Sở(?#a comment)"]]


def test_lower_start_refuses_a_flagged_or_named_group() -> None:
    accepted = []
    for alternatives in LOWER_START_REFUSED:
        try:
            lower_start(alternatives)
        except ValueError:
            continue
        except re.error:
            pass  # lowered into a pattern re cannot read: not refused with the promised error
        accepted.append(alternatives)
    assert not accepted, accepted


def test_word_start_with_a_class_branch() -> None:
    plain = re.compile(r"(?<![\w/.,])(?:hơn|từ|\d)", re.IGNORECASE)
    fast = re.compile(word_start(["hơn", "từ"], not_after=r"[\w/.,]", ignore_case=True, or_class=r"\d"))
    assert _spans(plain, TEXT) == _spans(fast, TEXT)
    assert _skips_ahead(fast)


SKIPPING_CASES = [
    # (data pattern, rewritten so that re skips ahead)
    (r"(?<!\w)(?:liên\s+đoàn|bộ|bộ\s+trưởng|phòng|các)(?!\w)", True),
    (r"(?<![\w&/-])(?:sở|ubnd)(?=\s)", True),
    (r"(?<!\w)(?:[a-z]+|bộ)(?!\w)", False),  # a branch opening with a class: left as it is
    (r"trong|ngay", False),  # no leading look-behind: left as it is
    # an optional first group: its look-behind guards what follows too ("Ủyban" glued by OCR holds no "ban")
    (r"(?<!\w)(?:các\s+)?(?:sở|ban)(?!\w)", False),
    (r"(?<!\w)(?:đơn\s+vị\s+)*(?:thuộc)\s*$", False),
]
SKIPPING_TEXTS = ["các sở, Ủyban nhân dân và ban ngành", "đơn vị thuộc", "trựcthuộc"]


def test_skipping_rewrites_only_what_it_can_and_keeps_the_matches() -> None:
    failures = []
    for source, rewritten in SKIPPING_CASES:
        fast = skipping(source)
        if (fast != source) != rewritten:
            failures.append((source, fast))
        for text in (TEXT, TEXT.lower(), *SKIPPING_TEXTS):
            if _spans(re.compile(source), text) != _spans(re.compile(fast), text):
                failures.append((source, text[:30]))
    assert not failures, failures


SPLIT_CASES = [
    ("a|b(?:c|d)|[|]", ["a", "b(?:c|d)", "[|]"]),
    (r"\||[]|]x|[^]|]|e", [r"\|", "[]|]x", "[^]|]", "e"]),
    ("abc", ["abc"]),
    ("(?P<x>a|b)|c", ["(?P<x>a|b)", "c"]),
]


@pytest.mark.parametrize(("source", "branches"), SPLIT_CASES)
def test_split_alternatives(source: str, branches: list[str]) -> None:
    assert split_alternatives(source) == branches


FINDITER_CASES = [
    # (pattern, where it can begin)
    (r"(?<!\w)(?P<type>Bộ\s+luật|Luật)(?P<name>(?:\s+\w+){1,3})", word_start(["Bộ\\s+luật", "Luật"])),
    (r"(?<![\w/-])(?:số\s+)?\d+(?:[/-]\w+)+", r"[s\d](?<![\w/-].)"),
    (r"(?<!\w)(?P<cue>trong|trước)\s+(?P<n>\d+)", word_start(["trong", "trước"], ignore_case=True)),
]


def test_finditer_at_finds_what_finditer_finds() -> None:
    failures = []
    for source, starts in FINDITER_CASES:
        pattern = re.compile(source, re.IGNORECASE)
        for text in (TEXT, TEXT.lower(), *SKIPPING_TEXTS):
            for pos, endpos in ((0, len(text)), (10, len(text) - 10), (40, 90)):
                plain = [(m.span(), m.groupdict()) for m in pattern.finditer(text, pos, endpos)]
                fast = [(m.span(), m.groupdict()) for m in finditer_at(pattern, re.compile(starts), text, pos, endpos)]
                if plain != fast:
                    failures.append((source, pos, endpos, plain, fast))
    assert not failures, failures


def test_lowered_matches_as_ignorecase_does() -> None:
    text = TEXT + " KELVIN \u212a İi ıI ſS"
    low = lowered(text)
    assert len(low) == len(text)
    failures = []
    for word in ("trong", "ngay", "bo luat", "istanbul", "is", "so", "k", "kelvin", "ubnd", "s", "i"):
        plain = _spans(re.compile(re.escape(word), re.IGNORECASE), text)
        fast = _spans(re.compile(re.escape(word)), low)
        if plain != fast:
            failures.append((word, plain, fast))
    assert not failures, failures


def test_lower_same_length_keeps_offsets() -> None:
    text = "İSTANBUL và Hòa Bình"
    low = lower_same_length(text)
    assert len(low) == len(text)
    assert low == "İstanbul và hòa bình"


LOWER_PIECES = [
    "İSTANBUL và Hòa Bình",  # İ kept: its lower case is two characters
    "ıs ſo K",  # ı and ſ, which lowered() maps, kept as lower() keeps them
    "Sở Y tế TỈNH Long An",
    "",
    TEXT,
]


def test_lower_same_length_uncached_gives_the_cached_result() -> None:
    failures = [
        (t, lower_same_length_uncached(t))
        for t in LOWER_PIECES
        if lower_same_length_uncached(t) != lower_same_length(t)
    ]
    assert not failures, failures


def test_the_scans_over_a_whole_document_skip_ahead() -> None:
    """Every pattern run over a whole document knows its first characters: one that does not is tried
    at every offset (a leading look-behind, re.IGNORECASE or an optional first word brings that back)."""
    from directive_extract.stages import deadlines, flat_starts, metrics, normalize, people, references
    from directive_extract.stages.agencies import grammar, matcher, ministers, recognizer, shared_heads

    dl = deadlines.deadline_patterns()
    scans = {
        "normalize newlines": normalize._NEWLINES,
        "normalize invisible": normalize._INVISIBLE,
        "normalize tone": normalize._NEW_STYLE_TONE,
        "deadline date": dl.date,
        "deadline period": dl.period,
        "deadline duration": dl.duration,
        "deadline immediate": dl.immediate,
        "people": people.name_pattern(),
        "reference start": references.REFERENCE_START,
        "bare number start": references._BARE_NUMBER_START,
        "law start": references._LAW_START,
        "quantity word start": metrics.QUANTITY_WORD_START,
        "quantity digit start": metrics._QUANTITY_DIGIT_START,
        "flat starts": flat_starts.flat_starts().joined,
        "locality list item": metrics._LIST_ITEM,
        "locality list anchor": metrics._LIST_ANCHOR,
        "gazetteer": matcher.matcher().body_re,
        "class start": matcher.matcher().class_union,
        "steering committee": matcher._STEERING,
        "place agency start": matcher._PLACE_AGENCY_START,
        "fuzzy head": matcher._HEAD,
        "type word": grammar.name_patterns().type_word,
        "shared head gate": shared_heads._HEAD_GATE,
        "covid": recognizer._COVID,
        "minister title": ministers._minister(),
        "deadline starts": dl.starts.joined,
    }
    assert not [name for name, pattern in scans.items() if not _skips_ahead(pattern)]
    assert dl.starts.alone == [], "every deadline start in the one scan"
    assert flat_starts.flat_starts().alone == [], "every start of the flat text in the one scan"


PREFIX_CASES = [
    ("xet nghiem", "xet nghiem"),
    (r"p(?<!\w.)cr\b", "pcr"),
    (r"\bpcr\b", "pcr"),
    ("abc?d", "ab"),
    (r"tiem\s+(?:vac)", "tiem"),
    ("(?:a|b)c", ""),
    ("a|b", ""),
    (r"\-x", "-x"),
]


@pytest.mark.parametrize(("source", "prefix"), PREFIX_CASES)
def test_literal_prefix(source: str, prefix: str) -> None:
    assert literal_prefix(source) == prefix


def test_a_pattern_set_finds_what_each_pattern_finds() -> None:
    sources = [
        r"(?:xet nghiem)|(?:test nhanh)|(?:p(?<!\w.)cr\b)",
        r"(?:cach ly)|(?:phong toa)",
        r"(?:tam dung (?:cac )?hoat dong)|(?:trong)",
        r"(?:tr)|(?:trong vong)",  # openings that overlap
        r"[a-z]ong",  # an opening not known: run on its own
        r"(?:5k)|(?:chi dao)",  # "5k" is found taking "5" alone: "kinh te" may stand one character into it
        r"(?:kinh te)|(?:hi d)",  # "hi d" stands one character into "chi dao": "c" is taken alone
    ]
    patterns = [re.compile(source) for source in sources]
    text = lowered(TEXT) + " xet nghiem pcr, test nhanh; cach ly phong toa tam dung cac hoat dong trong vong"
    text += " 5kinh te, chi dao, chinh"
    each = PatternSet(patterns).finditer_each(text)
    assert [[m.span() for m in found] for found in each] == [_spans(p, text) for p in patterns]


def test_a_pattern_set_tries_at_two_letters_taken_only_the_patterns_opening_with_them() -> None:
    sources = [r"(?:tam dung)|(?:xet nghiem)", r"(?:to chuc)|(?:tam)", r"(?:truy vet)|(?:xa hoi)"]
    patterns = [re.compile(source) for source in sources]
    text = "tam dung, to chuc; truy vet xet nghiem xa hoi; tam, tot, xa, trong, to chuctruy vet"
    pattern_set = PatternSet(patterns)
    each = pattern_set.finditer_each(text)
    spans = [[m.span() for m in found] for found in each]
    assert spans == [_spans(p, text) for p in patterns]
    assert pattern_set.by_taken == {"ta": [0, 1], "xe": [0], "to": [1], "tr": [2], "xa": [2]}, pattern_set.by_taken


START_SCAN_CASES = {
    # name: a start pattern; those of one first letter overlap, or stand inside one another
    "trong": lower_start(["trong", "trong\\s+vòng"], rest=r"(?=\s)"),
    "trong_vong": lower_start(["trong\\s+vòng"]),
    "truoc": lower_start(["trước", "tr"], rest=r"(?!\w)"),
    "ngay": re.compile(word_start(["ngay(?!\\s+lập)", "ngày"])),
    "so": lower_start(["sở", "số"], not_after=r"[\w&/-]"),
    "number": lower_start(["hơn", "hai"], not_after=r"[\w/.,]", or_class=r"\d"),  # another shape: alone
    "any_case": re.compile(word_start(["bộ"]), re.IGNORECASE),  # flags: alone
}
START_SCAN_ALONE = ["number", "any_case"]
START_SCAN_TEXTS = [
    lowered(TEXT),
    "trong vòng trong trongtrong vòng, trước tr trtrước; ngay lập tức ngày ngay, sở&số sở 12 hơn hai",
    "",
    "trong",
]


def test_a_start_scan_finds_what_each_start_pattern_finds() -> None:
    scan = StartScan(START_SCAN_CASES)
    failures = [] if scan.alone == START_SCAN_ALONE else [("alone", scan.alone)]
    follow = re.compile(r"(?:trong|tr|sở|ngay)\s*\S{0,6}")
    for text in START_SCAN_TEXTS:
        for name, pattern in START_SCAN_CASES.items():
            everywhere = [at for at in range(len(text)) if pattern.match(text, at)]
            if scan.offsets(name, text) != everywhere:
                failures.append((name, text[:30], "offsets", scan.offsets(name, text), everywhere))
            spans = [m.span() for m in scan.finditer(name, text)]
            if spans != _spans(pattern, text):
                failures.append((name, text[:30], "finditer", spans, _spans(pattern, text)))
            fast = [m.span() for m in finditer_from(follow, scan.offsets(name, text), text)]
            plain = [m.span() for m in finditer_at(follow, pattern, text)]
            if fast != plain:
                failures.append((name, text[:30], "finditer_from", fast, plain))
    assert not failures, failures


def test_a_start_scan_scans_a_text_once_while_the_forms_ask_in_turn() -> None:
    """The forms of one text ask a StartScan for their matches in turn: the text is scanned once, whether it is a
    whole document or a short table cell read in between (which does not push the document's matches out)."""
    scanned: list[str] = []

    class Counting(StartScan):
        def _scan(self, text: str) -> dict[str, list[re.Match[str]]]:
            scanned.append(text)
            return super()._scan(text)

    scan = Counting(START_SCAN_CASES)
    document = "trong thời hạn 15 ngày, sở Y tế báo cáo; " * 60  # longer than the length kept from
    cell = "trong 15 ngày"
    names = list(START_SCAN_CASES)
    asked = [document] * 3 + [cell] * 3 + [document, cell, document] + [cell[:]] * 2
    failures = []
    for text in asked:
        for name in names:
            pattern = START_SCAN_CASES[name]
            if scan.offsets(name, text) != [at for at in range(len(text)) if pattern.match(text, at)]:
                failures.append((name, text[:20]))
    if scanned != [document, cell]:
        failures.append(("scanned", [len(text) for text in scanned]))
    assert not failures, failures


def test_a_start_scan_tries_at_a_hit_only_the_patterns_that_may_go_on_with_the_next_letter() -> None:
    patterns = {
        "tinh": lower_start(["tỉnh", "tổng"]),
        "to_chuc": lower_start(["tổ chức"]),
        "ta": lower_start(["t"], rest=r"(?!\w)"),  # a branch of one letter: whatever follows, tried
    }
    scan = StartScan(patterns)
    text = "tỉnh, tổ chức, tổng hợp, t. tạm"
    failures = [
        name
        for name, pattern in patterns.items()
        if scan.offsets(name, lowered(text)) != [at for at in range(len(text)) if pattern.match(lowered(text), at)]
    ]
    assert not failures, failures
    expected = {"tỉ": ["tinh", "ta"], "tổ": ["tinh", "to_chuc", "ta"], "t.": ["ta"]}
    assert {k: v for k, v in scan._at.items() if k in expected} == expected, scan._at


DATE_LINES = [
    # one text a line: every place a date line's comma, spaces and letters may stand
    "Hà Nội, ngày 15 tháng 6 năm 2021",
    "Hà Nội , ngày 15 tháng 6 năm 2021",
    "Hà Nội   \t ,ngày 1 tháng 12 năm 2020 và Huế, ngày 2 tháng 3 năm 2021",
    "Số 12/UBND, Hà Nội, ngày 15 tháng 6 năm 2021",
    "x" * 60 + ", ngày 15 tháng 6 năm 2021",
    "a, b" + " " * 50 + ", ngày 15 tháng 6 năm 2021",
    "Hà Nội, ngày tháng năm; Huế\n, ngày 15 tháng 6 năm 2021",
    "12, ngày 15 tháng 6 năm 2021, Đà Lạt, NGÀY 3 THÁNG 4 NĂM 2022",
    "Lâm Đồng, ngày      tháng 01 năm 2026",
    "không có ngày nào",
]


def test_search_before_anchor_finds_what_search_finds() -> None:
    tail = r",\s*ngày\s*(?P<d>\d{1,2})\s*tháng\s*(?P<m>\d{1,2})\s*năm\s*(?P<y>\d{4})"
    pattern = re.compile(r"(?P<place>[^\W\d_][^,\n]{0,40}?)\s*" + tail, re.IGNORECASE)
    anchor = re.compile(tail, re.IGNORECASE)
    failures = []
    for text in DATE_LINES:
        for pos, endpos in ((0, None), (3, None), (0, 30)):
            end = len(text) if endpos is None else endpos
            plain = pattern.search(text, pos, end)
            fast = search_before_anchor(pattern, anchor, text, 41, pos, endpos)
            if (plain and (plain.span(), plain.groupdict())) != (fast and (fast.span(), fast.groupdict())):
                failures.append((text, pos, endpos, plain, fast))
    assert not failures, failures


FIRST_CHARS_CASES = [
    # (source, the characters a match opens with; None: not known)
    (r"(?<!\w)(?:cac\s+)?[Bb]o", "cCbB"),
    (r"(?:UBND|Uy\s+ban)", "uU"),
    (r"\b(?:so|ky)\s", "sS\u017fkK\u212a"),  # long s and the Kelvin sign too
    (r"[A-C]x|\d", None),
    (r"(?:a|b)*c", "aAbBcC"),
    (r"\w+", None),
    (r"a?", None),
    (r"(?>i)", "iIİı"),
]


def test_first_chars() -> None:
    failures = []
    for source, expected in FIRST_CHARS_CASES:
        got = first_chars(source)
        if got != (None if expected is None else frozenset(expected)):
            failures.append((source, expected, got))
    assert not failures, failures


# (source, word, the characters the next word can open with after the word and its spaces; "": none, no match
# opens with the word and spaces; None: not known)
# fmt: off
FIRST_CHARS_AFTER_CASES = [
    (r"cac\s+Ban\s+x", "cac", "bB"),
    (r"(?<!\w)(?:(?:cac\s+)?[Bb]o\s*+,)(?!\w)", "cac", "bB"),  # an optional "các", a look-behind before it
    (r"(?:Thu\s+truong\s+)?cac\s+(?:so|ban)", "cac", "sS\u017fbB"),  # an office that may be left out
    (r"(?:Bi\s+thu\s+|cac\s+)(?:tinh|thanh)", "cac", "tT"),  # one branch opens with the word
    (r"(?:cac\s+)?co\s+quan", "cac", "cC"),  # "cơ quan" alone does not open with "các"
    (r"(?:cac\s+)?(?P<body>So\s+x|Cong)", "cac", "sS\u017fcC"),  # a named group
    (r"(?:(?:Pho\s+)?Chu\s+tich\s+)?(?:UBND|Uy\s+ban)", "cac", ""),  # no match opens with "các"
    (r"(?:UBND|Uy\s+ban)\s+cap", "ubnd", "cC"),  # another start word
    (r"CAC\s+[Ss]o", "cac", "sS\u017f"),  # letters compared as re.IGNORECASE compares them
    (r"cac(?=\s+x)\s+x", "cac", None),  # a look-ahead after the word
    (r"cac\s*x", "cac", None),  # spaces that may be left out
    (r"cac[ \t]+x", "cac", None),  # spaces other than \s+
    (r"ca", "cac", None),  # a match that ends inside the word
    (r"cac\s+", "cac", None),  # a match that ends after the spaces
    (r"cac\s+\w+", "cac", None),  # a next word that may open with anything
    (r"cac\s+(?i:x)", "cac", "xX"),  # flags after the word: the letters in both cases all the same
    (r"(?i:cac)\s+x", "cac", None),  # flags in the word: not read
    (r"c+ac\s+x", "cac", None),  # a repeat in the word
]
# fmt: on


def test_first_chars_after() -> None:
    failures = []
    for source, word, expected in FIRST_CHARS_AFTER_CASES:
        got = first_chars_after(source, word)
        if got != (None if expected is None else frozenset(expected)):
            failures.append((source, word, expected, got))
    assert not failures, failures
