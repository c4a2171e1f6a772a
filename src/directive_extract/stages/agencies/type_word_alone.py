"""A body named again by its type word alone: once a letter has named a body in full, it refers to it by the
capitalized type word ("Báo cáo gửi về Phòng chậm nhất ngày …", "đăng ký với Sở theo quy định", "xin ý kiến
Bộ trước khi …"). The type word is the issuer itself when the issuer is of that type (a Phòng's "Phòng"),
otherwise the one body of that type the document names ("Sở" in a Phòng's plan that names "Sở GD&ĐT Bắc Giang").

Read only after a word that sends or reports to a body (the report and send words of cues/roles.tsv), or after a
verb that assigns or asks (`lead_verb`: "giao", "đề nghị", "yêu cầu") or names a partner (`coordinate_before`):
"Đề nghị Tổ công tác phối hợp …", "giao Ban Chỉ đạo tổng hợp" after "Ban Chỉ đạo phòng, chống thiên tai tỉnh"
named it (there only the one body of that type the document names: the issuer does not assign itself), or, in a
news report (no issuer to be the type word), as the subject of a deed, opening a sentence or a clause and followed
by a verb of doing (`action_after`: "Ngoài ra, Sở sẽ tổ chức …" after "Sở Văn hóa, Thể thao và Du lịch xác định
…": the body of that type it named last before); and only
when no name follows the type word: a capital after it, even on the next line, is the rest of a name ("với Sở
/ Giáo dục và Đào tạo"), and "của Sở" names an author, no actor.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...cues import load_cues, phrases
from ...item_labels import ITEM_MARKER
from ...patterns import word_start
from ...vn import fold_keep_case
from ...vocab import BARE_TYPE_WORDS
from .mentions import Mention, covering
from .role_cue_kinds import ROLE_CUE_KINDS

# the type words a letter uses alone for a body it has named, and a working group's ("báo cáo về Tổ Công tác" after
# "Tổ Công tác triển khai Đề án 06"), by their folded lower-case form; printed with a capital first letter, the
# later syllables in either case
TYPE_WORDS = {
    fold_keep_case(word).lower(): word for word in (*BARE_TYPE_WORDS, "Tổ công tác", "Tổ điều hành", "Ban Chỉ đạo")
}
# a team set up for a task is named by its kind: never named in full, "Tổ công tác" is its whole name (a bare "Sở"
# names no one body)
TEAM_TYPE_WORDS = frozenset(("Tổ công tác", "Tổ điều hành"))
# the bodies a decision sets up and its articles then name by their kind ("Điều 1. Thành lập Ban Chỉ đạo …", "Điều
# 2. Ban Chỉ đạo có nhiệm vụ …"); a bare "Sở" opening an item is as often the text's account of a body's deeds
SET_UP_TYPE_WORDS = TEAM_TYPE_WORDS | {"Ban Chỉ đạo"}


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The type word followed by no name, the send or report word that may stand right before it, and the verb
    that assigns or names a partner."""
    cues = load_cues("roles.tsv", ROLE_CUE_KINDS)
    # and a verb of reporting or advising right before it ("tham mưu Bộ chỉ đạo …", "báo cáo Sở kết quả")
    words = {p for kind in ("report_to_word", "send_to_word", "send_verb") for p in phrases(cues, kind)}
    words |= set(phrases(cues, "report_before"))
    verbs = {p for kind in ("lead_verb", "coordinate_before") for p in phrases(cues, kind)}
    # `\b(?:Bo|So|Phong|…)`, written so that re skips ahead to their first letters (patterns.word_start); the first
    # letter a capital, the rest in either case ("Tổ Công tác", "Tổ công tác")
    types = word_start(
        [re.escape(key[0].upper()) + f"(?i:{re.escape(key[1:])})" for key in sorted(TYPE_WORDS, key=len, reverse=True)]
    )
    # on the folded text: the capitalized type word, then no name: punctuation, the end, or a word in small letters
    # (not its head's title: "Bộ trưởng", "Cục trưởng", "Tổ trưởng" name an office)
    type_alone = re.compile(
        rf"(?P<type>{types})\b(?![ \t]*+truong\b)(?=[ \t]*+(?:[.,;:)]|$|\n[ \t]*+[^\W\d_A-Z]|[a-z]))"
    )
    before = re.compile(rf"(?<!\w)(?i:{'|'.join(sorted(words, key=len, reverse=True))})[ \t]++$")
    assigned = re.compile(rf"(?<!\w)(?i:{'|'.join(sorted(verbs, key=len, reverse=True))})[ \t]++$")
    return type_alone, before, assigned


@lru_cache(maxsize=1)
def _subject_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """What opens a clause right before the type word (the text's start, a stop, a colon, a semicolon, a comma), the
    verb of doing right after it (`action_after`, or the words that bind a body to duties, `duty_bound`: "có nhiệm
    vụ"), and what opens an item right before it (a line's start, an article's number or an item's marker), on the
    folded text."""
    cues = load_cues("roles.tsv", ROLE_CUE_KINDS)
    deeds = sorted(phrases(cues, "action_after", "duty_bound"), key=len, reverse=True)
    opens = re.compile(r"(?:^|[.;:,])[ \t\n]*+$")
    deed = re.compile(rf"[ \t]++(?i:{'|'.join(deeds)})\b")
    item = re.compile(rf"(?:^|\n)[ \t]*+(?:Dieu[ \t]++\d{{1,3}}[ \t]*+[.:]?[ \t]*+|{ITEM_MARKER})?$")
    return opens, deed, item


_REACH = 16  # characters before the type word where its send or report word is read
_VERB_REACH = 40  # where its assigning or partner verb is ("phối hợp chặt chẽ với")


def _named_in_full(type_word: str, mentions: list[Mention]) -> str | None:
    """The one body of that type the document names: the longest of its names when every other is a shorter form
    of it ("Sở Giáo dục và Đào tạo" beside "Sở Giáo dục và Đào tạo Bắc Giang")."""
    head = type_word.lower() + " "  # "Tổ Công tác triển khai …" is a "Tổ công tác"
    names = {m.name for m in mentions if m.name.lower().startswith(head) and " cấp " not in m.name}
    if not names:
        return None
    longest = max(names, key=len)
    return longest if all(longest.startswith(name) for name in names) else None


def _named_last(type_word: str, mentions: list[Mention], before: int) -> str | None:
    """The body of that type the report named last before `before` ("Bộ cần có phương án …" after "Bộ Giáo dục và
    Đào tạo cũng được giao …", though "Bộ Nội vụ" is named further on); the one of `_named_in_full` when it names
    none before."""
    head = type_word.lower() + " "
    earlier = [m for m in mentions if m.end <= before and m.name.lower().startswith(head) and " cấp " not in m.name]
    if not earlier:
        return _named_in_full(type_word, mentions)
    return max(earlier, key=lambda m: m.start).name


def type_word_mentions(
    flat: str, folded: str, mentions: list[Mention], issuer_head: str | None, news: bool = False
) -> list[Mention]:
    """Mentions of bodies printed as their type word alone, named as the body it stands for; `news`: the text is a
    news report, whose type word alone as a subject is the body it named."""
    inside = covering(mentions)
    found: list[Mention] = []
    type_alone, before, assigned = _patterns()
    ordered: list[Mention] | None = None  # the mentions inside tasks, read once when a news subject needs them
    for match in type_alone.finditer(folded):
        start, end = match.span("type")
        printed = TYPE_WORDS[match.group("type").lower()]
        if flat[start:end].lower() != printed.lower() or inside(start):
            continue  # "Bổ", "Cực": another word folded alike
        if not before.search(folded, max(0, start - _REACH), start):
            opens, deed, item = _subject_patterns()
            if (
                not news
                and printed in SET_UP_TYPE_WORDS
                and item.search(folded, max(0, start - _REACH), start)
                and deed.match(folded, end)
            ):
                # "Điều 2. Tổ công tác có nhiệm vụ …", "3. Ban Chỉ đạo tổng hợp …": an item's subject, the body the
                # text set up or named in full (not the issuer, which orders)
                name = _named_in_full(printed, mentions) or _team_named_alone(printed)
                if name and not (issuer_head and issuer_head.startswith(printed + " ")):
                    found.append(Mention(start, end, name, "agency.type_word_alone"))
            elif news and opens.search(folded, max(0, start - _REACH), start) and deed.match(folded, end):
                # "Ngoài ra, Sở sẽ tổ chức …": the body the report named in full, doing its deed; named as its
                # orders name it (a place printed only in the sapo completes no name: ANNOTATING, one body one name)
                if ordered is None:
                    ordered = [m for m in mentions if m.task is not None]
                name = _named_last(printed, ordered, start) or _named_in_full(printed, mentions)
                if name:
                    found.append(Mention(start, end, name, "agency.type_word_alone"))
            elif assigned.search(folded, max(0, start - _VERB_REACH), start):
                name = _named_in_full(printed, mentions) or _team_named_alone(printed)
                if name and not (issuer_head and issuer_head.startswith(printed + " ")):
                    found.append(Mention(start, end, name, "agency.type_word_alone"))
            continue
        if issuer_head and issuer_head.startswith(printed + " "):
            name = issuer_head
        else:
            name = _named_in_full(printed, mentions) or _team_named_alone(printed)
        if name:
            found.append(Mention(start, end, name, "agency.type_word_alone"))
    return found


def _team_named_alone(printed: str) -> str | None:
    """A team's kind printed alone where the document names no team of that kind in full: the team's name."""
    return printed if printed in TEAM_TYPE_WORDS else None
