"""Inherited leads: a top-level task that names no lead of its own takes those of the sentence that
introduces the list ("… yêu cầu các sở, ngành … thực hiện:"), of the working session a conclusion
follows ("làm việc với lãnh đạo Thành ủy …"), or of the letter's addressees ("Kính gửi: …")."""

from __future__ import annotations

import re
from functools import lru_cache

from ...cues import alternation, load_cues
from ...document import Document
from ...item_labels import ITEM_MARKER
from ...patterns import lowered
from .division_levels import Where
from .mentions import Mention, joined_by_the_gap, lists
from .offices import office_title
from .role_cue_kinds import ROLE_CUE_KINDS
from .roles import continues_the_list, role_patterns
from .shared_heads import find_mentions
from .title_names import TITLE_END
from .units_of_a_body import units_as_classes

# "của X", "do X": X is an author or a source, not an actor
_AUTHOR = re.compile(r"(?<!\w)(?:của|do)(?!\w)", re.IGNORECASE)
_SESSION_WITH = re.compile(r"lam\s+viec\s+voi\s+(?:lanh\s+dao\s+)?", re.IGNORECASE)


# addressees the recognizer does not read, closed by a semicolon, before the first body it reads ("yêu cầu thủ trưởng
# các cơ quan, đơn vị trên địa bàn; Chủ tịch UBND các xã thực hiện"): the bodies after it are still the verb's
_ADDRESSED_FIRST = re.compile(r"[^.:;!?()]{1,100};[ \t\n]*+")


def lead_in_leads(doc: Document, mentions: list[Mention], span: tuple[int, int] | None) -> list[Mention]:
    """Agencies after the directive verb of an introducing sentence."""
    if span is None:
        return []

    def one_list(flat: str, before: Mention, after: Mention) -> bool:
        # "đề nghị các bộ, ngành, thành viên và UBND các tỉnh …": a generic member the recognizer left unread goes
        # on with the list
        return joined_by_the_gap(flat, before, after) or continues_the_list(flat, doc.folded, before, after)

    for verb in _directive_verbs(doc, span):
        groups = lists(doc.flat, [m for m in mentions if verb.end() <= m.start < span[1]], one_list)
        if (
            groups
            and (
                groups[0][0].start - verb.end() < 40
                or _ADDRESSED_FIRST.fullmatch(doc.flat, verb.end(), groups[0][0].start)
            )
            and not _AUTHOR.search(doc.flat, verb.end(), groups[0][0].start)
            and not _SENTENCE_END.search(doc.flat, verb.end(), groups[0][0].start)
        ):
            # not "Thực hiện chỉ đạo của UBND tỉnh, …": the noun's author gives no lead; not "… chỉ đạo ứng phó bão.
            # Cục … đề nghị …": the next sentence's subject
            if _of_every_level(doc.flat, groups[0]):
                return []  # "chỉ đạo các cấp ủy, Mặt trận Tổ quốc và đoàn thể các cấp": every level, no body
            return groups[0]
    return _bound_by_the_lead_in(doc, mentions, span) or _titled_by_their_duties(doc, mentions, span)


def _directive_verbs(doc: Document, span: tuple[int, int]) -> list[re.Match[str]]:
    """The verbs of directing in the lead-in, in their order: as printed, or folded where a scan lost a tone mark of
    a verb of two words ("điện khân Thủ trưởng các phòng …")."""
    cues = role_patterns()
    found = {m.start(): m for m in cues.directive_phrase.finditer(lowered(doc.folded), span[0], span[1])}
    found.update({m.start(): m for m in cues.directive_verb.finditer(doc.flat, span[0], span[1])})
    return [found[start] for start in sorted(found)]


_SENTENCE_END = re.compile(r"[.!?](?=[ \t\n])")  # searched up to the next body: what follows is cut off
_EVERY_LEVEL = "các cấp"
_EVERY_LEVEL_REACH = 12  # characters after the last member's end (its span may or may not hold the words)


def _of_every_level(flat: str, group: list[Mention]) -> bool:
    """Whether a lead-in's list addresses every level ("… Mặt trận Tổ quốc và đoàn thể chính trị - xã hội các cấp"):
    "các cấp" closes its last member, the level the whole list shares (the issue's "lead-ins that address all levels
    pass no body")."""
    last = group[-1]
    held = flat[max(last.start, last.end - len(_EVERY_LEVEL)) : last.end].lower()
    after = flat[last.end : last.end + _EVERY_LEVEL_REACH].lstrip().lower()
    return held == _EVERY_LEVEL or after.startswith(_EVERY_LEVEL)


# an article's number before its title ("Điều 9. ", "Điều 12: "), on the folded text
_ARTICLE_NUMBER = re.compile(r"[ \t\n]*+(?:Dieu|DIEU)[ \t]++\d{1,3}+[ \t]*+[.:]?[ \t]*+")
_TITLE_GAP = 3  # characters between a duty title and the body it names ("Trách nhiệm của | Bộ Công Thương")


def _titled_by_their_duties(doc: Document, mentions: list[Mention], span: tuple[int, int]) -> list[Mention]:
    """The bodies an article's or a part's title names by their duties ("Điều 9. Trách nhiệm của Bộ Công Thương",
    "III. NHIỆM VỤ CỦA SỞ Y TẾ", cues/roles.tsv `duty_title`): the leads of the items under it that name none."""
    start = span[0]
    if article := _ARTICLE_NUMBER.match(doc.folded, start, span[1]):
        start = article.end()
    title = role_patterns().duty_heading.match(doc.folded[start : min(start + 40, span[1])].lower())
    if title is None and article and _own_duties().match(doc.folded, start, span[1]):
        return _the_body_defined(doc, mentions, span[0])
    if title is None:
        return _an_article_titled_by_a_body(doc, mentions, span, start) if article else []
    opens = start + title.end()
    groups = lists(doc.flat, [m for m in mentions if opens <= m.start < span[1]])
    if groups and groups[0][0].start - opens <= _TITLE_GAP:
        return groups[0]
    return []


@lru_cache(maxsize=1)
def _own_duties() -> re.Pattern[str]:
    """On the folded text: an article's whole title naming duties and no body (cues/roles.tsv `own_duty_title`:
    "Nhiệm vụ và quyền hạn", nothing after it on its line)."""
    cues = load_cues("roles.tsv", ROLE_CUE_KINDS)
    title = re.compile(rf"(?i:{alternation(cues, 'own_duty_title')})[ \t]*+[.:]?[ \t]*+(?:\n|$)")
    return title


@lru_cache(maxsize=1)
def _self_definition() -> re.Pattern[str]:
    """On the folded text: the words after a body that say what it is (`self_definition`: "… là cơ quan …")."""
    cues = load_cues("roles.tsv", ROLE_CUE_KINDS)
    return re.compile(rf"[ \t\n]++(?i:{alternation(cues, 'self_definition')})(?!\w)")


_CLAUSE_OPENING = re.compile(rf"(?:^|\n)[ \t]*+(?:{ITEM_MARKER})?$")


def _the_body_defined(doc: Document, mentions: list[Mention], before: int) -> list[Mention]:
    """The body a functions-and-duties text is about: the last one before the duties article that opens its
    clause by saying what it is ("1. Sở Công Thương là cơ quan chuyên môn thuộc Ủy ban nhân dân cấp tỉnh"). The
    article's clauses name no subject: they are its own duties ("1. Trình Ủy ban nhân dân tỉnh: …")."""
    defined = _self_definition()
    for mention in sorted((m for m in mentions if m.end <= before), key=lambda m: m.start, reverse=True):
        opening = _CLAUSE_OPENING.search(doc.folded, max(0, mention.start - 12), mention.start)
        if opening and defined.match(doc.folded, mention.end, before):
            return [mention]
    return []


def _an_article_titled_by_a_body(
    doc: Document, mentions: list[Mention], span: tuple[int, int], start: int
) -> list[Mention]:
    """The bodies an article's title is made of, nothing else on its line ("Điều 3: Văn phòng HĐND-UBND thành
    phố", "Điều 5. Công an tỉnh"): the article sets their duties, as "Trách nhiệm của …" would say."""
    groups = lists(doc.flat, [m for m in mentions if start <= m.start < span[1]])
    if not groups or groups[0][0].start - start > _TITLE_GAP:
        return []
    if not TITLE_END.match(doc.flat, groups[0][-1].end, span[1]):
        return []  # "Điều 3. Ủy ban nhân dân tỉnh giao …": a sentence, not a title
    return groups[0]


@lru_cache(maxsize=1)
def _lead_in_cues() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """On the folded text: a duty bound on the bodies just named, closing the lead-in ("…, Sở Xây dựng có trách
    nhiệm:", cues/roles.tsv `duty_bound`); a verb guiding a class (`guide_verb`); the word that makes it part of a
    cited text's title (`cited_title_before`)."""
    cues = load_cues("roles.tsv", ROLE_CUE_KINDS)
    bound = re.compile(rf"[ \t\n]*+(?:{alternation(cues, 'duty_bound')})", re.IGNORECASE)
    guides = re.compile(rf"(?<!\w)(?:{alternation(cues, 'guide_verb')})[ \t\n]++", re.IGNORECASE)
    cited = re.compile(rf"(?<!\w)(?:{alternation(cues, 'cited_title_before')})[ \t\n]++$", re.IGNORECASE)
    return bound, guides, cited


_ENDS_WITH_COLON = re.compile(r":[ \t\n]*+$")


def _bound_by_the_lead_in(doc: Document, mentions: list[Mention], span: tuple[int, int]) -> list[Mention]:
    """Bodies a lead-in that ends with a colon binds to what follows ("Điều 2. Căn cứ nội dung được phê duyệt tại
    Điều 1, Sở Xây dựng có trách nhiệm:", "Sở Y tế có nhiệm vụ:"): the leads of the items under it."""
    if not _ENDS_WITH_COLON.search(doc.flat, span[0], span[1]):
        return []
    inside = [m for m in mentions if span[0] <= m.start < span[1]]
    for group in lists(doc.flat, inside):
        if _lead_in_cues()[0].match(doc.folded, group[-1].end):
            return group
    return []


@lru_cache(maxsize=1)
def _courtesy() -> re.Pattern[str]:
    """What a directive verb may address with a capital that names no body: an office of any body or a courtesy
    (`any_head_title`, `courtesy_word` cues: "đề nghị Thủ trưởng các đơn vị", "đề nghị Quý cơ quan"; not "đề nghị
    Ban Chỉ huy …"), on the folded text."""
    cues = load_cues("roles.tsv", ROLE_CUE_KINDS)
    words, titles = alternation(cues, "courtesy_word"), alternation(cues, "any_head_title")
    return re.compile(rf"(?:{words}|{titles})\b", re.IGNORECASE)


@lru_cache(maxsize=2)
def _class_of_heads(title_required: bool) -> re.Pattern[str]:
    """The heads of a class of units, on the folded text: a `class_head_title` or `any_head_title`, "các", then a
    lower-case word that is no `addressees_at_large` ("các đơn vị", "Thủ trưởng các cơ quan, đơn vị" are the
    addressees). With the title optional, the class a lead-in narrows the addressees to ("đề nghị Thủ trưởng các
    cơ sở giáo dục", "đề nghị các trường mầm non"); with it required, an item's subject named by office ("Hiệu
    trưởng các trường tiểu học", "Giám đốc các bệnh viện")."""
    cues = load_cues("roles.tsv", ROLE_CUE_KINDS)
    titles = f"(?:{alternation(cues, 'any_head_title')}|{alternation(cues, 'class_head_title')})"
    at_large = alternation(cues, "addressees_at_large")
    title = rf"(?i:{titles})[ \t\n]++" if title_required else rf"(?:(?i:{titles})[ \t\n]++)?"
    return re.compile(rf"{title}(?i:cac)[ \t\n]++(?!(?i:{at_large})\b)(?-i:[a-z])")


def lead_in_names_its_own(doc: Document, span: tuple[int, int] | None) -> bool:
    """Whether the lead-in addresses bodies by name, read or not ("Văn phòng … yêu cầu Ban Quản lý các khu công
    nghiệp; các phòng chuyên môn thuộc huyện hoàn thành …"), or narrows the addressees to a class of its own
    ("Sở … đề nghị Thủ trưởng các cơ sở giáo dục thực hiện …"): then the letter's addressees are not the items'
    actors, even when the recognizer could not read the names the lead-in gives."""
    if span is None:
        return False
    for verb in _directive_verbs(doc, span):
        if _inside_a_name(doc.flat, verb.start()):
            continue  # "Ban Chỉ đạo Trung ương …": a word of a body's name, no verb
        following = doc.flat[verb.end() : verb.end() + 1]
        if following.isupper() and not _courtesy().match(doc.folded, verb.end()):
            return True
        if _class_of_heads(False).match(doc.folded, verb.end()):
            return True
    # "Sở … hướng dẫn các trường tiểu học triển khai … như sau:": the class guided is whom the items address; not a
    # cited text's title ("Công văn … về việc hướng dẫn các trường …")
    _, guides, cited = _lead_in_cues()
    return any(
        _class_of_heads(False).match(doc.folded, guide.end()) and not cited.search(doc.folded, span[0], guide.start())
        for guide in guides.finditer(doc.folded, *span)
    )


_WORD_BEFORE = re.compile(r"\w[ \t]+$")


def _inside_a_name(flat: str, at: int) -> bool:
    """A word printed with a capital after another word of its sentence ("Ban Chỉ đạo"): a name's, not a verb."""
    return flat[at].isupper() and _WORD_BEFORE.search(flat, max(0, at - 4), at) is not None


_MARKER = re.compile(rf"\s*+{ITEM_MARKER}?")


def _opens_with_an_organization(flat: str, start: int, end: int) -> bool:
    """An organization's head noun printed with a capital, then a capitalized word of its name ("Công ty Cổ phần",
    "Trung tâm Y tế"): not a verb or a common noun at the opening ("Báo cáo", "Trường hợp", "Trung tâm hóa")."""
    head = role_patterns().named_actor_head.match(flat, start, end)
    return bool(head) and flat[start].isupper() and flat[head.end() : head.end() + 1].isupper()


def opens_with_a_named_actor(doc: Document, task) -> bool:
    """Whether an item opens by addressing a body by name ("5. Đề nghị Công ty Cổ phần Cấp nước …: …", "b) Giao
    Trung tâm Dịch vụ …"), or assigns a unit or an official named in lower case ("4. Giao bộ phận Một cửa …"): it
    names its own actor, read by the recognizer or not, and inherits none."""
    marker = _MARKER.match(doc.flat, task.start, task.end)
    if marker and _opens_with_an_organization(doc.flat, marker.end(), task.end):
        return True  # "3. Công ty TNHH Cấp nước … phối hợp …": a named organization is the item's subject
    if marker and _class_of_heads(True).match(doc.folded, marker.end(), task.end):
        return True  # "7. Hiệu trưởng các trường học trên địa bàn vận động …": the heads of a class are its subject
    # "2. Bộ trưởng Bộ] Néng: ngiiệp …": an office holder opens it, the body a scan damaged past reading
    title = office_title().match(doc.flat, marker.end(), task.end) if marker else None
    if title and doc.flat[title.end() : title.end() + 1].isupper():
        return True
    verb = role_patterns().directive_verb.match(doc.flat, marker.end(), task.end) if marker else None
    if verb is None or doc.folded[verb.start() : verb.end()].lower().startswith("chi"):
        return False  # "4- Chỉ đạo Ủy ban nhân dân cấp mình …": who directs is unsaid, the body directed acts for it
    if doc.folded[verb.start() : verb.end()].lower().startswith("giao") and role_patterns().assignee_head.match(
        doc.flat, verb.end(), task.end
    ):
        return True  # "3. Giao công chức Địa chính - Xây dựng …": the one assigned, in lower case, is the actor
    following = doc.flat[verb.end() : verb.end() + 1]
    return following.isupper() and not _courtesy().match(doc.folded, verb.end())


_PLURAL = re.compile(r"(?i:cac)[ \t\n]++")


def opens_with_a_body(doc: Document, task, mentions: list[Mention]) -> bool:
    """Whether the item's opening words are a body it names with a role ("6. Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh
    phối hợp, hỗ trợ …"): the item's subject is printed, whatever role the words after it give, and it inherits
    no lead."""
    marker = _MARKER.match(doc.folded, task.start, task.end)
    if marker is None:
        return False
    opening = marker.end()
    plural = _PLURAL.match(doc.folded, opening)
    starts = {opening, plural.end()} if plural else {opening}
    return any(m.task is task and m.role is not None and m.start in starts for m in mentions)


def duty_divided_parts(doc: Document, tasks: list) -> set[tuple[int, int] | None]:
    """The parts (keyed by the heading their items share, None for items under no heading) that divide the
    duties by actor: the part's heading is a duty title, or some item opens with one ("2. Trách nhiệm của Phòng
    Giáo dục và Đào tạo", "b) Nhiệm vụ của …"). Every item of such a part names its own actor, so none takes the
    letter's addressees or the lead-in's bodies, even when its actor is no agency ("4. Hiệu trưởng trường THPT")."""
    heading = role_patterns().duty_heading

    def titled(span: tuple[int, int] | None) -> bool:
        return span is not None and bool(heading.match(doc.folded[span[0] : min(span[0] + 80, span[1])].lower()))

    # an item titled by its actor's duties, or a part so titled ("III. TRÁCH NHIỆM CỦA CÁC ĐƠN VỊ")
    return {task.lead_in for task in tasks if titled((task.start, task.end)) or titled(task.lead_in)}


def shares_common_duties(doc: Document, task) -> bool:
    """An item titled by the duties every addressee shares ("1. Trách nhiệm chung của các cơ quan, đơn vị",
    "a) Nhiệm vụ chung"): in a part that divides duties by actor, its actors are still the lead-in's bodies or
    the letter's addressees."""
    opening = doc.folded[task.start : min(task.start + 80, task.end)].lower()
    return bool(role_patterns().common_duty_heading.match(opening))


def session_leads(doc: Document, mentions: list[Mention], region: tuple[int, int]) -> list[Mention]:
    for match in _SESSION_WITH.finditer(doc.folded, region[0], region[1]):
        found = [m for m in mentions if match.end() <= m.start < match.end() + 300]
        groups = lists(doc.flat, found)
        if (
            groups
            and groups[0][0].start - match.end() < 20
            and not _AUTHOR.search(doc.flat, match.end(), groups[0][0].start)
        ):
            return groups[0]  # not "làm việc với Đoàn kiểm tra của Bộ …": the session is with the team it sent
    return []


# a công điện's opening line names its issuer, not an addressee: "BỘ TRƯỞNG BỘ Y TẾ điện:" (on the folded text)
_ISSUER_SENDS = re.compile(r"[^\n:]{1,120}?\s(?i:dien)\s*+:")


SENT_TO_REACH = 400  # characters of the list of whom a text told in prose was sent to


@lru_cache(maxsize=1)
def _sent_to() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """On the text as printed: the opening of a list of whom a text was sent to ("… công điện số 37/TK gửi: ",
    cues/roles.tsv `sent_to_list`) and its end: the text's content announced (`sent_to_end`: "với nội dung"), a
    colon, a sentence's end or a line's."""
    cues = load_cues("roles.tsv", ROLE_CUE_KINDS)
    opening = re.compile(rf"(?<!\w)(?:{alternation(cues, 'sent_to_list', fold=False)})[ \t]*+:[ \t]*+", re.IGNORECASE)
    # the spaces before the content's words, from their first (a run tried from each of its spaces is quadratic)
    end = re.compile(
        rf"(?<![ \t])[ \t]+(?:{alternation(cues, 'sent_to_end', fold=False)})(?!\w)|:|\.(?=\s)|\n", re.IGNORECASE
    )
    return opening, end


def _sent_to_in_prose(doc: Document) -> tuple[int, int] | None:
    """Where a letter or a report of one, with no "Kính gửi" block, lists whom a text was sent to in its first
    paragraph of prose before the tasks ("… công điện số 37/TK gửi: A; B; C với nội dung: …"): the bodies the tasks
    that name none address."""
    layout = doc.layout
    if layout is None or not layout.tasks:
        return None
    first_task = layout.tasks[0].start
    opening, ending = _sent_to()
    found = opening.search(doc.flat, layout.body[0], first_task)
    if found is None:
        return None
    end = ending.search(doc.flat, found.end(), min(first_task, found.end() + SENT_TO_REACH))
    return (found.end(), end.start()) if end is not None else None


def addressee_leads(doc: Document, header, where: Where) -> list[Mention]:
    """Bodies of the "Kính gửi" list, for a letter whose items name no actor (`where`: the document's, Where.of)."""
    span = header.evidence.get("addressees") or _sent_to_in_prose(doc)  # internal offsets
    if not span:
        return []
    start, end = span
    end = min([end] + [s.start for s in doc.sections if start < s.start < end and s.kind != "header"])
    if copies := header.evidence.get("cc_addressees"):  # "Đồng kính gửi: …": informed, not asked to act
        end = min(end, copies[0])
    issuer_line = _ISSUER_SENDS.match(doc.folded, start, end)  # "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN điện:"
    if issuer_line:
        start = issuer_line.end()
    not_actor = role_patterns().not_actor_before
    read = [
        Mention(r.start, r.end, r.name, r.rule, place=r.place)
        for r in find_mentions(doc.flat, (start, end), doc.folded, where)
        if not r.needs_place
    ]
    # "Kính gửi: Hiệu trưởng các đơn vị trực thuộc Phòng GD&ĐT": the units are addressed, as a class, not the Phòng
    return [
        Mention(m.start, m.end, m.name, m.rule + "+addressee", place=m.place)
        for m in units_as_classes(doc.flat, read)
        if m.rule == "agency.units" or not not_actor.search(doc.folded[max(start, m.start - 30) : m.start].lower())
    ]
