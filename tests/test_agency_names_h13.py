"""Name forms the corpus left unnamed (issue 9, round 13): a school's level printed by its short form after the
type word ("Trường MN Sao Mai" is the Trường Mầm non, as "Trường THCS" is the Trường Trung học cơ sở); the office of a
steering committee printed with the committee's type word alone ("Văn phòng Ban Chỉ đạo"); a team never named in full,
printed by its kind ("Tổ công tác", "Tổ điều hành"); the district's continuing-education centres as a class ("các trung
tâm GDNN-GDTX"). Every case is invented:
other schools, other places, other sentences."""

from __future__ import annotations

from .test_agency_forms import mention_names
from .test_agency_names_h10 import PROVINCE, _agencies
from .test_recognizers import check_table

# (text, names of the bodies read in it)
# fmt: off
MENTIONS = [
    # the levels of the Law on Education 2019 a clerk abbreviates: mầm non (MN) and mẫu giáo (MG)
    ("Đề nghị Hiệu trưởng trường MN Sao Mai rà soát hồ sơ trẻ.", ["Trường Mầm non Sao Mai"]),
    ("Trường MG Bình Minh tổ chức cân đo cho trẻ.", ["Trường Mẫu giáo Bình Minh"]),
    ("Giao Trường MN xã Tân Lộc chuẩn bị phòng học.", ["Trường Mầm non xã Tân Lộc"]),
    # the levels alone are a kind of school, no school
    ("Các trường MN, THCS thuộc xã kiểm đếm sĩ số học sinh.", []),
    # the office of the steering committee the document names: "Văn phòng" over the committee's type word alone
    ("Giao Văn phòng Ban Chỉ đạo tổng hợp góp ý của thành viên.", ["Văn phòng Ban Chỉ đạo"]),
    ("Văn phòng Ban Chỉ đạo nhắc nhở từng tiểu ban nộp số liệu.", ["Văn phòng Ban Chỉ đạo"]),
    # only after "Văn phòng": "Trường" before it is an OCR'd "Trưởng", the committee's head
    ("Phó Trường Ban Chỉ đạo, ông Lò Văn Tâm, dự họp.", ["Ban Chỉ đạo"]),
    # the district's continuing-education centres as a class (Decree 127/2018 Art. 4), as "các Trung tâm Y tế" is
    ("Yêu cầu các trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên kiểm kê thiết bị.",
     ["Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên cấp huyện"]),
    ("Giao các Trung tâm GDNN-GDTX mở lớp nghề cho lao động nông thôn.",
     ["Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên cấp huyện"]),
    ("Trung tâm GDNN-GDTX quận, huyện lập danh sách học viên.",
     ["Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên cấp huyện"]),
    ("Trung tâm GDNN-GDTX huyện Mộc Châu lập danh sách học viên.",
     ["Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện Mộc Châu"]),
]
# fmt: on


def test_mention_forms_of_h13() -> None:
    check_table(MENTIONS, mention_names)


def test_a_team_printed_by_its_kind_alone_is_named_so() -> None:
    """A team set up for a task that the document never names in full is named by its kind ("Tổ công tác", "Tổ
    điều hành"), after a verb that assigns it or a word that reports to it (a bare "Sở" still names only a Sở named in full)."""
    items = (
        "1. Giao Tổ công tác rà soát hồ sơ của hộ dân vùng sạt lở.\n"
        "2. Sở Y tế gửi số liệu về Tổ điều hành trước ngày 15/10/2024.\n"
        "3. Đề nghị Sở phối hợp kiểm đếm thiệt hại.\n"
    )
    found = _agencies(PROVINCE, items)
    assert ("1", "Tổ công tác", "lead") in found
    assert ("2", "Tổ điều hành", "report_to") in found
