"""Closed vocabularies of Vietnamese administrative documents (Decree 30/2020/NĐ-CP, Party HD 36).

The level words of administrative units are defined here once; every pattern that needs them is
built from LEVEL_WORDS (accented, as names print them) or `level_pattern(folded=True)`.
"""

from .vn import fold_keep_case

# the level words of a place, longest first so that "thị xã" is read before "xã"
LEVEL_WORDS = ("thành phố", "thị xã", "thị trấn", "tỉnh", "huyện", "quận", "xã", "phường")
# the level words of a province or a district (the places a body's name is qualified by)
# the organs that govern a body between its congresses or sessions (Party and mass-organisation statutes,
# Luật Tổ chức chính quyền địa phương): "Ban Thường vụ các Liên đoàn Lao động tỉnh" is one body per province
GOVERNING_ORGANS = frozenset({"Ban Thường vụ", "Ban Chấp hành", "Thường trực"})
# the type words a letter prints alone for a body it has named, or for its own ("gửi về Sở", "Văn phòng Sở"):
# the field of a name may be one of them, no other bare type word ("Công đoàn Tổng Công ty" names no body)
BARE_TYPE_WORDS = ("Tổng cục", "Chi cục", "Sở", "Phòng", "Bộ", "Cục")
LEVEL_FIRST_SYLLABLES = frozenset(word.split()[0] for word in LEVEL_WORDS)  # "thành", "thị", "tỉnh", "xã" …
PLACE_LEVEL_WORDS = ("thành phố", "thị xã", "tỉnh", "huyện", "quận")
# the same, folded, with the abbreviations printed for a city -> the level word used in names
LEVELS = {fold_keep_case(word): word for word in LEVEL_WORDS} | {"tp": "thành phố", "tp.": "thành phố"}
# the administrative level a printed level word says ("thành phố" is a province or a district)
LEVEL_OF_WORD = {
    "tỉnh": "province",
    "thành phố": None,
    "huyện": "district",
    "quận": "district",
    "thị xã": "district",
    "xã": "commune",
    "phường": "commune",
    "thị trấn": "commune",
}
# the administrative levels from the top, and the plain level word a name prints for each below the centre
LEVEL_RANK = {"central": 0, "province": 1, "district": 2, "commune": 3}
LEVEL_WORD = {"province": "tỉnh", "district": "huyện", "commune": "xã"}
# a class of bodies named at a level ("Ủy ban nhân dân cấp xã") -> the level
CLASS_LEVEL = {f"cấp {word}": level for level, word in LEVEL_WORD.items()}
# the level words a class of bodies prints after "cấp" ("cấp tỉnh", "cấp huyện", "cấp quận", "cấp xã") -> the level;
# the class is named by the level's plain word (LEVEL_WORD): "Ủy ban nhân dân cấp quận" is "… cấp huyện"
CLASS_LEVEL_WORDS = {"tỉnh": "province", "huyện": "district", "quận": "district", "xã": "commune"}
# the words that join the members of a list ("A, B và C", "A, B, và C"); a list of bodies also takes ";", "cùng",
# "hoặc" (stages/agencies/mentions.py), a list of recurrences "hoặc", "hay" (stages/deadlines.py)
AND_JOINER = r"(?:,\s*+và|,|và)"
# party committees by level, folded -> as printed in names
PARTY_LEVELS = {
    "tinh uy": "Tỉnh ủy",
    "thanh uy": "Thành ủy",
    "huyen uy": "Huyện ủy",
    "quan uy": "Quận ủy",
    "thi uy": "Thị ủy",
}
# the level word of a place -> its party committee, named by its first syllable ("thị xã" -> "Thị ủy")
PARTY_COMMITTEE_OF_LEVEL = {word: PARTY_LEVELS[fold_keep_case(word.split()[0]) + " uy"] for word in PLACE_LEVEL_WORDS}


def level_pattern(folded: bool = False, words: tuple[str, ...] = LEVEL_WORDS) -> str:
    """A regex alternation of level words ("thành phố" -> "thành\\s+phố"), folded for folded text."""
    forms = [fold_keep_case(w) if folded else w for w in words]
    return "(?:" + "|".join(f.replace(" ", r"\s+") for f in forms) + ")"


# type name (lower case, as printed on the type line) -> sentence-case name of SCHEMA.md
_TYPES_AND_CODES = {
    "Nghị quyết": "NQ",
    "Quyết định": "QĐ",
    "Chỉ thị": "CT",
    "Kết luận": "KL",
    "Quy chế": "QC",
    "Quy định": "QyĐ",
    "Thông cáo": "TC",
    "Thông báo": "TB",
    "Hướng dẫn": "HD",
    "Chương trình": "CTr",
    "Kế hoạch": "KH",
    "Phương án": "PA",
    "Đề án": "ĐA",
    "Dự án": "DA",
    "Báo cáo": "BC",
    "Biên bản": "BB",
    "Tờ trình": "TTr",
    "Hợp đồng": "HĐ",
    "Công điện": "CĐ",
    "Bản ghi nhớ": "BGN",
    "Bản thỏa thuận": "BTT",
    "Giấy ủy quyền": "GUQ",
    "Giấy mời": "GM",
    "Giấy giới thiệu": "GGT",
    "Giấy nghỉ phép": "GNP",
    "Phiếu gửi": "PG",
    "Phiếu chuyển": "PC",
    "Phiếu báo": "PB",
    "Nghị định": "NĐ",
    "Thông tư": "TT",
    "Công văn": "",
    "Luật": "",
    "Pháp lệnh": "",
    "Lệnh": "",
    "Thông tư liên tịch": "TTLT",
}
DOC_TYPES = {name.lower(): name for name in _TYPES_AND_CODES}
DOC_TYPE_BY_CODE = {code: name for name, code in _TYPES_AND_CODES.items() if code}
DOC_TYPE_BY_CODE.update({"QD": "Quyết định", "ND": "Nghị định", "TTLT": "Thông tư liên tịch", "CV": "Công văn"})
