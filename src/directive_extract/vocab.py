"""Closed vocabularies of Vietnamese administrative documents (Decree 30/2020/NĐ-CP, Party HD 36)."""

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
