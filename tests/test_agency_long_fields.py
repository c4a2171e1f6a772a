"""A field in small letters that runs on past a word that could be a verb ("Ban Quản lý Dự án đầu tư | xây dựng khu
vực …") is the field's when it reaches a certain end of a name ("chủ trì", "phối hợp", ";"); otherwise the word is
the verb it looks like (issue 9: open-class names). Every case is invented."""

from __future__ import annotations

from .test_agency_forms import mention_names
from .test_recognizers import check_table

# (text, names of the bodies read in it)
# fmt: off
MENTIONS = [
    ("Giao Ban Quản lý Dự án đầu tư xây dựng khu vực Gio Linh chủ trì rà soát.",
     ["Ban Quản lý Dự án đầu tư xây dựng khu vực Gio Linh"]),
    ("Ban Quản lý Dự án đầu tư xây dựng công trình dân dụng phối hợp với Sở Y tế.",
     ["Ban Quản lý Dự án đầu tư xây dựng công trình dân dụng", "Sở Y tế"]),
    # no certain end after the words: the word is a verb, the name ends before it
    ("Trung tâm Phát triển quỹ đất tổ chức đấu giá, Sở Tài chính thẩm định.",
     ["Trung tâm Phát triển quỹ đất", "Sở Tài chính"]),
    ("Ban Quản lý Dự án đầu tư xây dựng khu vực Gio Linh, Sở Tài chính phối hợp.",
     ["Ban Quản lý Dự án đầu tư", "Sở Tài chính"]),
    ("Chi cục Phát triển nông thôn xây dựng kế hoạch tập huấn năm 2025.", ["Chi cục Phát triển nông thôn"]),
    # a site a board manages (cues `site_kind`), its kind in either case: no purpose or field cut inside the kind
    ("Ban Quản lý khu bảo tồn Sơn Trà phối hợp kiểm tra.", ["Ban Quản lý khu bảo tồn Sơn Trà"]),
    ("Giao Ban Quản lý Khu bảo tồn thiên nhiên Bắc Hướng Hóa chủ trì.",
     ["Ban Quản lý Khu bảo tồn thiên nhiên Bắc Hướng Hóa"]),
    ("Ban Quản lý Vườn quốc gia Bạch Mã tuần tra.", ["Ban Quản lý Vườn quốc gia Bạch Mã"]),
    # a steering committee named by the number of the decision that set it up, then its level and place
    ("Giao Ban Chỉ đạo 389 tỉnh chủ trì kiểm tra.", ["Ban Chỉ đạo 389 tỉnh"]),
    ("Đề nghị Ban Chỉ đạo 138 huyện Gio Linh chỉ đạo.", ["Ban Chỉ đạo 138 huyện Gio Linh"]),
    ("Sư đoàn 312 chuẩn bị lực lượng.", ["Sư đoàn 312"]),
    # a body a directive verb names, then its deed up to a ";": no item of a list of names (semicolon_items.py)
    ("Thủ tướng yêu cầu Bộ Tài chính thường xuyên cập nhật, đánh giá số liệu thu ngân sách; báo cáo kết quả.",
     ["Thủ tướng Chính phủ", "Bộ Tài chính"]),
    ("Giao Cục Kế hoạch và tài chính; Cục Trang bị và kho vận; Sở Y tế thực hiện.",
     ["Cục Kế hoạch và tài chính", "Cục Trang bị và kho vận", "Sở Y tế"]),
]
# fmt: on


def test_a_long_field_runs_on_to_a_certain_end() -> None:
    check_table(MENTIONS, mention_names)
