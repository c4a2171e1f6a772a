"""A list of bodies parted by ";", each item one body's name, maybe after its head's title: the way Decree
30/2020 lists who carries a decision out ("Chánh Văn phòng UBND thành phố; Giám đốc Sở Y tế; Trưởng Ban Quản lý
Khu kinh tế mở Chu Lai; …") and a công điện or a letter lists whom it is sent to ("Công điện gửi: Cục Kế hoạch và
tài chính; Cục Trang bị và kho vận; …"). A name the grammar closed early, where its field goes on in lower case
after "và", a comma or a lower-case word ("Cục Kế hoạch | và tài chính", "Ban Quản lý Khu kinh tế | mở Chu Lai"),
runs to its item's ";": the separator says where the name ends. The item's rest must be words of a name: no verb
or function word of a directive ("Sở Y tế chủ trì thực hiện;" stops), no other body, no bracket or colon; "các"
only in a name a place closes ("Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng;")."""

from __future__ import annotations

import re

from ...vn import fold_keep_case
from ...vocab import LEVEL_WORDS
from .grammar import name_patterns
from .mentions import RawMention
from .offices import office_title
from .roles import role_patterns

_REACH = 300  # characters after a name its item's rest may run over
_TAIL_MAX_WORDS = 14  # "phòng cháy, chữa cháy và cứu nạn, cứu hộ": a dozen words at most
_OPENING_REACH = 60  # characters before a name its item's opening separator and its head's title may take
_WORD = re.compile(r"\w[\w&/-]*")
_GAP = re.compile(r"[ \t]*(?:,[ \t]*)?")
_TITLE_REACH = 40  # an office's title is shorter ("Phó Chánh Văn phòng ")
_CLOSER = re.compile(r";|\.(?:/\.)?(?=\s|$)|\n|$")  # the item's ";"; after a ";" the list's last item's "." or line end
_OPENER = re.compile(r"[;:][ \t\n]*(?:[-–+•][ \t]*)?$")
_VERB_BEFORE = re.compile(r"(?<!\w)(\w+(?:[ \t]+\w+)?)[ \t\n]+$")  # "Giao | Cục A; …", "Đề nghị | Sở B; …"
_LEVEL_WORDS = frozenset(w for level in LEVEL_WORDS for w in level.split()[-1:])
_PLACE = "agency.place"  # a place read as its government: inside an item's name it is the name's place
_PLACE_CLOSED = frozenset({"các", "và các"})  # function words a name holds only when a place closes it


def whole_items(flat: str, region: tuple[int, int], found: list[RawMention]) -> list[RawMention]:
    """`found`, each mention that opens an item of a ";" list and stops before the item's end run to that end."""
    lo, hi = region
    if flat.find(";", lo, hi) < 0:
        return found
    starts = {m.start: m.rule for m in found}
    out: list[RawMention] = []
    held_to = -1  # the end of the last name run to its item's end
    for mention in found:
        if mention.start < held_to:
            continue  # a place the item before holds ("… Khu kinh tế mở Chu Lai thành phố Đà Nẵng;")
        stop = _item_end(flat, lo, hi, mention, starts) if _may_run_on(flat, mention) else None
        if stop is None:
            out.append(mention)
            continue
        tail = re.sub(r"\s+", " ", flat[mention.end : stop])
        name = (
            re.sub(r"\s+", " ", flat[mention.start : stop]) if mention.rule.endswith("fuzzy") else mention.name + tail
        )
        out.append(RawMention(mention.start, stop, name, mention.rule + "+item"))
        held_to = stop
    return out


def _may_run_on(flat: str, mention: RawMention) -> bool:
    """A name the item may carry on: not one completed by a place it does not print, not a class of one level
    ("UBND các xã", "Ủy ban nhân dân cấp xã": its level closes it, the words after are no name's)."""
    if mention.needs_place or mention.place:
        return False
    words = flat[mention.start : mention.end].lower().split()
    return not ({"các", "cấp"} & set(words) or words[-1] in _LEVEL_WORDS)


def _opened_by(flat: str, lo: int, at: int) -> str | None:
    """The separator that opens the item a name starts (";" or ":"), its head's title maybe between; a directive
    verb right before the list's first item ("Giao Cục A; Cục B; …") opens it as a colon would (the item must then
    end with ";"); None if the name does not open an item."""
    window = flat[max(lo, at - _OPENING_REACH) : at]
    near = len(window) - _TITLE_REACH if len(window) > _TITLE_REACH else 0
    titles = [t for t in office_title().finditer(window, near) if t.end() == len(window)]
    if titles:  # the holder's title right before the name ("Trưởng | Ban Quản lý …")
        window = window[: titles[0].start()]
    opener = _OPENER.search(window)
    if opener:
        return opener.group()[0]
    verb = _VERB_BEFORE.search(window)
    return ":" if verb and role_patterns().directive_verb.fullmatch(verb.group(1) + " ") else None


def _item_end(flat: str, lo: int, hi: int, mention: RawMention, starts: dict[int, str]) -> int | None:
    if flat.find(";", max(lo, mention.start - _OPENING_REACH), min(hi, mention.end + _REACH)) < 0:
        return None  # an item is opened or closed by a ";" within reach: without one there is no item to run to
    opener = _opened_by(flat, lo, mention.start)
    if opener is None:
        return None
    limit = min(hi, mention.end + _REACH)
    if role_patterns().action_after.match(fold_keep_case(flat[mention.end : min(limit, mention.end + 40)]).lower()):
        return None  # "Bộ Y tế thường xuyên cập nhật, đánh giá …;": the body and its deed, no rest of a name
    lower = flat[mention.end : limit].lower()  # the boundary words are matched on lower-case text
    boundary = name_patterns().boundary
    pos, words, place_closed, capital_last, joined = mention.end, 0, False, False, False
    while True:
        gap = _GAP.match(flat, pos, limit)
        joined = joined or "," in gap.group()
        pos = gap.end()
        closer = _CLOSER.match(flat, pos, limit) if pos < limit or limit == hi else None
        if closer is not None and (closer.group() == ";" or opener == ";"):
            if not joined or (place_closed and not capital_last):
                return None
            return mention.end + len(flat[mention.end : pos].rstrip(" \t,"))
        word = _WORD.match(flat, pos, limit)
        if word is None or starts.get(pos, _PLACE) != _PLACE or words >= _TAIL_MAX_WORDS:
            return None
        end = word.end()
        stop_word = boundary.match(lower, pos - mention.end)
        if stop_word is not None:
            if stop_word.group() not in _PLACE_CLOSED:
                return None
            place_closed = True
            end = pos + len(stop_word.group())  # "và các": two words
        words += 1
        capital_last = word.group()[:1].isupper()
        joined = joined or capital_last or word.group() == "và"
        pos = end


_SPACES = re.compile(r"\s+")


def reprinted_whole(flat: str, found: list[RawMention]) -> list[RawMention]:
    """A name an item of a ";" list gave whole is that name where the document prints it again, outside such a
    list ("Giao Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ chủ động …" after the list named it):
    a mention whose words open that printed name runs over it."""
    whole = {_SPACES.sub(" ", flat[m.start : m.end]): m.name for m in found if m.rule.endswith("+item")}
    if not whole:
        return found
    out: list[RawMention] = []
    held_to = -1
    for mention in found:
        if mention.start < held_to:
            continue  # inside the name the mention before now runs over
        printed = _SPACES.sub(" ", flat[mention.start : mention.end])
        for text, name in whole.items():
            if len(text) <= len(printed) or not text.startswith(printed):
                continue
            window = _SPACES.sub(" ", flat[mention.start : mention.start + 2 * len(text)])
            if window.startswith(text) and not window[len(text) : len(text) + 1].isalnum():
                stop = mention.start + _printed_length(flat, mention.start, text)
                mention = RawMention(mention.start, stop, name, mention.rule + "+item")
                held_to = stop
                break
        out.append(mention)
    return out


def _printed_length(flat: str, start: int, text: str) -> int:
    """How many characters of `flat` from `start` print `text` (its spaces maybe line breaks or runs)."""
    at = start
    for word in text.split(" "):
        at = flat.index(word, at) + len(word)
    return at - start
