"""Roles: what the words around a list of bodies say it must do (lead, coordinate, report_to).

"phối hợp với X" coordinates; "báo cáo … cho X", "tham mưu X", "kiến nghị với X" report to X;
"giao X", "đề nghị X", "X chủ trì" and the subject of an item lead. Bodies named only as the source
of a cited document or instruction ("theo hướng dẫn của Bộ Y tế") get no role. The issuer giving
the order ("Phòng GD&ĐT yêu cầu các đơn vị …") is the speaker, not an actor of the task.
"""

from __future__ import annotations

import re

from ...document import Document
from ...vn import fold_keep_case
from .matcher import fold_key
from .mentions import Mention

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


def _clause_before(flat: str, start: int, floor: int) -> str:
    window = flat[max(floor, start - 240) : start]
    cut = max((m.end() for m in _CLAUSE_START.finditer(window)), default=0)
    return window[cut:]


def _is_source(before: str, masked: str) -> bool:
    """Only the author of a cited document or instruction ("các văn bản chỉ đạo của Ban Bí thư, …")."""
    cues = list(_SOURCE_BEFORE.finditer(masked))
    return bool(cues) and bool(_LIST_FILLER.match(masked[cues[-1].end() :]))


def role_of(folded: str, flat: str, group: list[Mention], floor: int, masked_folded: str) -> str | None:
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


_SPEAKER_VERB = re.compile(
    r"^\s*(?:\(.*?\)\s*)?(?:yeu\s+cau|de\s+nghi|giao|chi\s+dao|huong\s+dan|thong\s+bao|ban\s+hanh|quyet\s+dinh)\b"
)


def issuer_key(issuer: str | None) -> str | None:
    """The issuer without its place, folded ("Phòng Giáo dục và Đào tạo huyện Hiệp Hòa" -> "phong giao duc …")."""
    if not issuer:
        return None
    head = re.split(r"\s(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường)\s", issuer + " ", maxsplit=1)[0]
    return fold_key(head)


def is_speaker(doc: Document, mention: Mention, issuer: str) -> bool:
    name = fold_key(mention.name)
    if not (name == issuer or name.startswith(issuer + " ")):
        return False
    return bool(_SPEAKER_VERB.match(doc.folded[mention.end : mention.end + 40].lower()))
