"""Agencies with their role in each task: lead, coordinate, report_to.

Mentions come from agency_matcher. Mentions joined by "," / "và" form a list that shares one role,
read from the words around it: "phối hợp với X" coordinates; "báo cáo … cho X", "tham mưu X",
"kiến nghị với X" report to X; "giao X", "đề nghị X", "X chủ trì" and the subject of an item lead.
Bodies named only as the source of a cited document or instruction ("theo hướng dẫn của Bộ Y tế")
get no role in the task. A top-level task with no lead of its own inherits the leads of the sentence
that introduces the list ("… yêu cầu các sở, ngành … thực hiện:"), of the working session a
conclusion follows ("làm việc với lãnh đạo Thành ủy …"), or of the letter's addressees.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..agency_matcher import LEVELS, RawMention, find_raw_mentions, fold_key, resolve_bare_places
from ..document import Document
from ..vn import fold_keep_case
from .issuer import main_province
from .tasks import task_index

_LIST_GAP = re.compile(r"^\s*(?:,|;|và|,\s*và|cùng|hoặc)?\s*(?:các\s+)?$", re.IGNORECASE)
_PLACE_LIST_GAP = re.compile(r"^\s*(?:,|và|,\s*và)\s*$", re.IGNORECASE)
_CLAUSE_START = re.compile(r"[.;:!?\n…]|(?:^|\s)-\s")

# cues on the folded, lower-cased text right before a list
_COORD_BEFORE = re.compile(
    r"phoi\s+hop(?:\s+\w+){0,3}?\s+(?:voi|cung)\s*$|phoi\s+hop\s*$|phoi\s+hop\s*,\s*(?:huong\s+dan|ho\s+tro|giup)\s*$"
)
# the labelled rows of a plan: "Đơn vị chủ trì:", "Cơ quan phối hợp:"
_LABEL = re.compile(r"(?:don\s+vi|co\s+quan)\s+(chu\s+tri|phoi\s+hop)\s*:?\s*$")
_REPORT_BEFORE = re.compile(
    r"(?:bao\s+cao|gui\s+bao\s+cao|thong\s+tin)(?:[^.:]{0,180}?)\s(?:cho|ve|voi|len|den|toi)\s*$"
    r"|(?:tham\s+muu(?:\s+cho)?|trinh|kien\s+nghi(?:\s+voi)?|de\s+xuat(?:\s+voi)?|xin\s+y\s+kien|chiu\s+trach\s+nhiem\s+truoc"
    r"|bao\s+cao\s*,?\s*(?:de\s+nghi)?|duoc|khi\s+duoc|(?:gui|nop)(?:\s+(?:bao\s+cao|ho\s+so|van\s+ban|ket\s+qua))?"
    r"(?:\s+(?:ve|len|cho|den|toi))?)\s*$"
)
_LEAD_BEFORE = re.compile(
    r"(?:(?:giao(?:\s+cho)?|yeu\s+cau|de\s+nghi|chi\s+dao)(?:\s+[^.;:,]{1,30}?\s+va)?|huong\s+dan|dong\s+chi|phat\s+huy\s+vai\s+tro(?:\s+cua)?|doi\s+voi[^.;:]*\(|doi\s+voi)\s*$"
)
# a list that opens its clause is the subject: the body that must act
_LEADER = (
    r"(?:(?:phó\s+)?(?:bộ\s+trưởng|thủ\s+trưởng|chủ\s+tịch|giám\s+đốc|bí\s+thư|trưởng\s+ban|thống\s+đốc"
    r"|tổng\s+giám\s+đốc|chánh\s+văn\s+phòng|cục\s+trưởng|tổng\s+cục\s+trưởng|người\s+đứng\s+đầu)\s+)?"
)
_LEADER_FOLDED = fold_keep_case(_LEADER)
_SUBJECT_BEFORE = re.compile(
    r"^\s*(?:[-+•]\s*|(?:\d{1,2}|[a-z]|[ivx]+)\s*[.)-]\s*|rieng\s+|dong\s+thoi\s*,?\s*|trong\s+do\s*,?\s*|\w+\s+ngay\s*,\s*"
    r"|cac\s+(?:nganh|dia\s+phuong|don\s+vi|co\s+quan)[^,.;]{0,20}?\s+va\s+)*" + _LEADER_FOLDED + "$"
)
_SUBJECT_AFTER = re.compile(
    r"^\s*(?:\(.*?\)\s*)?(?:chu\s+tri|co\s+trach\s+nhiem|chiu\s+trach\s+nhiem|lam\s+co\s+quan\s+dau\s+moi|thuc\s+hien|phai)"
)
_COORD_AFTER = re.compile(
    r"^\s*(?:\(.*?\)\s*)?(?:tich\s+cuc\s+|chu\s+dong\s+|can\s+)?phoi\s+hop\s*(?:,|\s+(?:ho\s+tro|giup))"
)
# what may stand between a source cue ("chỉ đạo của") and a later body of the same list
_LIST_FILLER = re.compile(r"^(?:[\s,;]|\bva\b|\bcac\b|\bcung\b|thuong\s+truc|lanh\s+dao|@)*$")
# the body is only the author of a cited document or instruction
_SOURCE_BEFORE = re.compile(
    r"(?:chi\s+dao|huong\s+dan|quy\s+dinh|van\s+ban|ke\s+hoach|quyet\s+dinh|thong\s+bao|chi\s+thi|nghi\s+quyet|cong\s+van"
    r"|ket\s+luan|y\s+kien|gia\s+niem\s+yet|[\d/][\w./-]*|\d{4}|truoc\s+day|tai\s+lieu|cong\s+dien|theo|phac\s+do)\s+(?:cua|do)\s+"
    r"|van\s+ban(?:\s+chi\s+dao)?\s+"
)
# on the accented text: folded, "giao" (assign) would also be "Giáo" of "Giáo dục"
_DIRECTIVE_VERB = re.compile(r"(?:yêu\s+cầu|đề\s+nghị|giao(?:\s+cho)?|chỉ\s+đạo)\s+", re.IGNORECASE)
_SESSION_WITH = re.compile(r"lam\s+viec\s+voi\s+(?:lanh\s+dao\s+)?", re.IGNORECASE)


@dataclass
class Mention:
    start: int
    end: int
    name: str
    rule: str
    role: str | None = None
    inherited: bool = False
    place: str | None = None
    task: object | None = None  # deepest Item holding it


@dataclass
class AgencyResult:
    mentions: list[Mention] = field(default_factory=list)
    by_task: dict[str, list[Mention]] = field(default_factory=dict)


def _lists(flat: str, mentions: list[Mention]) -> list[list[Mention]]:
    groups: list[list[Mention]] = []
    for mention in mentions:
        if groups and groups[-1][-1].task is mention.task and _LIST_GAP.match(flat[groups[-1][-1].end : mention.start]):
            groups[-1].append(mention)
        else:
            groups.append([mention])
    return groups


def _clause_before(flat: str, start: int, floor: int) -> str:
    window = flat[max(floor, start - 240) : start]
    cut = max((m.end() for m in _CLAUSE_START.finditer(window)), default=0)
    return window[cut:]


def _is_source(before: str, masked: str) -> bool:
    """Only the author of a cited document or instruction ("các văn bản chỉ đạo của Ban Bí thư, …")."""
    cues = list(_SOURCE_BEFORE.finditer(masked))
    return bool(cues) and bool(_LIST_FILLER.match(masked[cues[-1].end() :]))


def _role(folded: str, flat: str, group: list[Mention], floor: int, masked_folded: str) -> str | None:
    first, last = group[0], group[-1]
    clause = _clause_before(flat, first.start, floor)
    before = fold_keep_case(clause).lower()
    masked = masked_folded[first.start - len(clause) : first.start].lower()
    wide_before = fold_keep_case(flat[max(floor, first.start - 240) : first.start]).lower().replace("...", "…")
    after = folded[last.end : last.end + 60].lower()
    label = _LABEL.search(fold_keep_case(flat[max(floor, first.start - 40) : first.start]).lower())
    if label:  # "a) Đơn vị chủ trì: Sở Xây dựng.  b) Đơn vị phối hợp: Sở GDĐT, …"
        return "coordinate" if label.group(1).startswith("phoi") else "lead"
    if _is_source(before, masked):
        return None
    if _COORD_BEFORE.search(before):
        return "coordinate"
    if _REPORT_BEFORE.search(before) or re.search(r"bao\s+cao[^.]{0,220}\s(?:cho|len|toi)\s*$", wide_before):
        return "report_to"
    if _LEAD_BEFORE.search(before):
        return "lead"
    if _COORD_AFTER.match(after):
        return "coordinate"
    if _SUBJECT_BEFORE.match(before) or _SUBJECT_AFTER.match(after):
        return "lead"
    return None


def _distribute_places(flat: str, mentions: list[Mention]) -> list[Mention]:
    """A place printed after the last body of a list names the whole list.

    "lãnh đạo Thành ủy, Ủy ban nhân dân, … thành phố Cà Mau": each of them is of the city of Cà Mau.
    """
    out: list[Mention] = []
    groups: list[list[Mention]] = []
    for mention in mentions:
        if groups and _LIST_GAP.match(flat[groups[-1][-1].end : mention.start]):
            groups[-1].append(mention)
        else:
            groups.append([mention])
    for group in groups:
        place = next((m.place for m in reversed(group) if m.place), None)
        level_match = (
            re.search(r"(thành phố|tỉnh|huyện|quận|thị xã) " + re.escape(place) + "$", group[-1].name)
            if place
            else None
        )
        for mention in group:
            if mention.rule == "needs_place":
                if not place:
                    continue
                level = level_match.group(1) + " " if level_match else ""
                if re.search(r"ủy$", mention.name):
                    mention.name = f"{mention.name} {place}"
                else:
                    mention.name = f"{mention.name} {level}{place}"
                mention.rule = "agency.gazetteer+list_place"
            elif place and not mention.place and re.search(r"(?:Tỉnh|Thành|Huyện|Quận|Thị) ủy$", mention.name):
                mention.name = f"{mention.name} {place}"
                mention.rule += "+list_place"
            out.append(mention)
    return out


def _with_place_lists(flat: str, raw: list[RawMention]) -> list[RawMention]:
    """Bare place names that continue a list of local governments ("huyện Cần Giuộc, Cần Đức và …")."""
    extra: list[RawMention] = []
    for mention in raw:
        if mention.rule != "agency.place":
            continue
        match = re.match(r"Ủy ban nhân dân (thành phố|thị xã|huyện|quận) ", mention.name)
        level_word = match.group(1) if match else "huyện"
        pos = mention.end
        while True:
            gap = re.match(r"\s*(?:,|và|,\s*và)\s*", flat[pos : pos + 8])
            if not gap:
                break
            start = pos + gap.end()
            if re.match(r"(?:huyện|quận|thị xã|thành phố|tỉnh)\b", flat[start : start + 12], re.IGNORECASE):
                break
            word = re.match(r"[^\W\d_]\w*(?:\s+[^\W\d_]\w*){0,3}", flat[start : start + 40])
            if not word or not word.group()[0].isupper():
                break
            words = word.group().split()
            capital = []
            for w in words:
                if not w[0].isupper():
                    break
                capital.append(w)
            end = start + len(" ".join(capital))
            found = resolve_bare_places(flat, start, end, level_word)
            if not found:
                break
            extra.extend(found[:1])
            pos = found[0].end
    taken = {(m.start, m.end) for m in raw}
    merged = raw + [
        m for m in extra if (m.start, m.end) not in taken and not any(r.start <= m.start < r.end for r in raw)
    ]
    return sorted(merged, key=lambda m: m.start)


def _lead_in_leads(doc: Document, mentions: list[Mention], span: tuple[int, int] | None) -> list[Mention]:
    """Agencies after the directive verb of an introducing sentence."""
    if span is None:
        return []
    for verb in _DIRECTIVE_VERB.finditer(doc.flat, span[0], span[1]):
        groups = _lists(doc.flat, [m for m in mentions if verb.end() <= m.start < span[1]])
        if groups and groups[0][0].start - verb.end() < 40:
            return groups[0]
    return []


def _session_leads(doc: Document, mentions: list[Mention], region: tuple[int, int]) -> list[Mention]:
    for match in _SESSION_WITH.finditer(doc.folded, region[0], region[1]):
        found = [m for m in mentions if match.end() <= m.start < match.end() + 300]
        groups = _lists(doc.flat, found)
        if groups and groups[0][0].start - match.end() < 20:
            return groups[0]
    return []


def find_agencies(doc: Document) -> AgencyResult:
    layout = doc.results["layout"]
    header = doc.results["header"]
    body = layout.body
    found = [r for region in layout.regions for r in find_raw_mentions(doc.flat, region, doc.folded)]
    raw = _with_place_lists(doc.flat, found)
    mentions = [Mention(r.start, r.end, r.name, "needs_place" if r.needs_place else r.rule, place=r.place) for r in raw]
    mentions = _distribute_places(doc.flat, mentions)
    index = task_index(doc)
    same_level = _addressee_level(header)
    city = _in_a_city(doc, header)
    covid = len(_COVID.findall(doc.folded)) >= 3
    for mention in mentions:
        if city and mention.rule == "agency.class" and mention.name.endswith(" tỉnh") and " cấp " not in mention.name:
            mention.name = mention.name[: -len("tỉnh")] + "thành phố"  # "Các sở, ban, ngành thành phố"
        generic = _GENERIC_STEERING.match(mention.name)
        if covid and generic:  # "BCĐ huyện" in a document about the epidemic is its steering committee
            mention.name = f"Ban Chỉ đạo phòng, chống dịch Covid-19 {generic.group(1)}"
        if mention.name == "@same_level":
            mention.name = f"Ủy ban nhân dân cấp {same_level}" if same_level else "Ủy ban nhân dân"
        mention.task = index.deepest(mention.start)

    folded = doc.folded
    masked = list(folded)
    for mention in mentions:  # bodies replaced by "@" so a list of them reads as filler
        masked[mention.start : mention.end] = "@" * (mention.end - mention.start)
    masked_folded = "".join(masked)
    result = AgencyResult(mentions=mentions)
    for group in _lists(doc.flat, [m for m in mentions if m.task is not None]):
        floor = group[0].task.start
        role = _role(folded, doc.flat, group, floor, masked_folded)
        for mention in group:
            mention.role = role
    issuer = _issuer_key(header.issuer)
    for mention in mentions:
        if mention.role and issuer and _is_speaker(doc, mention, issuer):
            mention.role = None  # "Phòng GD&ĐT yêu cầu các đơn vị …": the issuer giving the order
        if mention.task is not None and mention.role is not None:
            result.by_task.setdefault(mention.task.id, []).append(mention)

    # inherited leads for top-level tasks with none of their own
    preamble_leads = (
        _lead_in_leads(doc, mentions, layout.lead_in)
        or _session_leads(doc, mentions, (0, layout.tasks[0].start if layout.tasks else body[1]))
        or _addressee_leads(doc, header)
    )
    with_lead = {id(index.top_of(m.task)) for m in mentions if m.role == "lead" and m.task is not None}
    for task in layout.tasks:
        if id(task) in with_lead or task.start >= body[1]:
            continue  # an attachment after the signature is not addressed by the cover letter's lead-in
        inherited = _lead_in_leads(doc, mentions, task.lead_in) or preamble_leads
        for source in inherited:
            copy = Mention(
                source.start,
                source.end,
                source.name,
                source.rule + "+inherited",
                "lead",
                True,
                source.place,
                task,
            )
            result.by_task.setdefault(task.id, []).append(copy)
    return result


_COVID = re.compile(r"covid|sars-cov-2|dich benh|phong, chong dich", re.IGNORECASE)
_GENERIC_STEERING = re.compile(r"^Ban Chỉ đạo (tỉnh|huyện|xã|thành phố)$")
_SPEAKER_VERB = re.compile(
    r"^\s*(?:\(.*?\)\s*)?(?:yeu\s+cau|de\s+nghi|giao|chi\s+dao|huong\s+dan|thong\s+bao|ban\s+hanh|quyet\s+dinh)\b"
)


def _issuer_key(issuer: str | None) -> str | None:
    """The issuer without its place, folded ("Phòng Giáo dục và Đào tạo huyện Hiệp Hòa" -> "phong giao duc …")."""
    if not issuer:
        return None
    head = re.split(r"\s(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường)\s", issuer + " ", maxsplit=1)[0]
    return fold_key(head)


def _is_speaker(doc: Document, mention: Mention, issuer: str) -> bool:
    name = fold_key(mention.name)
    if not (name == issuer or name.startswith(issuer + " ")):
        return False
    return bool(_SPEAKER_VERB.match(doc.folded[mention.end : mention.end + 40].lower()))


def _addressee_leads(doc: Document, header) -> list[Mention]:
    """Bodies of the "Kính gửi" list, for a letter whose items name no actor."""
    span = header.evidence.get("addressees")
    if not span:
        return []
    start = next((i for i, s in enumerate(doc.starts) if s >= span[0]), None)
    end = next((i for i, s in enumerate(doc.starts) if s >= span[1]), len(doc.text))
    if start is None:
        return []
    return [
        Mention(r.start, r.end, r.name, r.rule + "+addressee", place=r.place)
        for r in find_raw_mentions(doc.flat, (start, end), doc.folded)
        if not r.needs_place
    ]


def _in_a_city(doc: Document, header) -> bool:
    """The document belongs to a centrally-run city (Hà Nội, Hồ Chí Minh …): its provincial level is "thành phố"."""
    from .. import resources

    cities = {r["name"] for r in resources.places() if r["kind"] == "city_province"}
    issuer = header.issuer or ""
    if any(f"thành phố {city}".casefold() in issuer.casefold() for city in cities) or "Thành ủy" in issuer:
        return True
    # an issuer damaged beyond its place: a local body whose text is mostly about one centrally-run city
    local = re.match(r"(?:Ủy ban nhân dân|Hội đồng nhân dân|Sở|Văn phòng Ủy ban|Ban Chỉ đạo)\b", issuer)
    return bool(local) and "tỉnh" not in issuer and main_province(doc) in cities


def _addressee_level(header) -> str | None:
    text = " ".join(header.addressees).lower()
    for word, level in (("quận", "huyện"), ("huyện", "huyện"), ("xã", "xã"), ("tỉnh", "tỉnh")):
        if word in text:
            return level
    return None


def agencies(doc: Document) -> Document:
    doc.results["agency_result"] = find_agencies(doc)
    return doc


__all__ = ["LEVELS", "agencies", "find_agencies", "fold_key"]
