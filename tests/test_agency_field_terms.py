"""A field's terms the name grammar read only in part (issue 9, "names that hold commas stay whole"): a term that
opens with a type word's syllable after a dash ("Báo chí", "Báo cáo": common words, no newspaper); two words of one
notion joined by a dash in small letters ("kinh tế - xã hội", "quốc phòng - an ninh"); a field's terms listed with
commas alone in small letters ("Hộ tịch, quốc tịch, chứng thực"); a term joined by "và" before the central level
("… và an ninh Trung ương"); the provincial unions of literary and artistic associations and of science and
technology associations (Kết luận 230-KL/TW's mass associations, as the Red Cross's rows); a mission abroad named
with the place it sits in ("Đại sứ quán Việt Nam tại Nhật Bản", the issue's own example); a 2025 body of a vertical
system named after the area it serves ("Bảo hiểm xã hội cơ sở Việt Yên", as "Thuế cơ sở 3" by its number); a board's
purpose naming its objects with "các" ("Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh"), and a
purpose closed by a class of levels ("Ban Chỉ đạo giảm nghèo các xã": every commune's). Every
case is invented: other bodies, other sentences."""

from __future__ import annotations

from .test_agency_forms import mention_names
from .test_recognizers import check_table

# (text, names of the bodies read in it)
# fmt: off
MENTIONS = [
    # a dash, then a common word opening with "Báo": the field's next term
    ("Giao Phòng Thông tin - Báo chí tỉnh chủ trì.", ["Phòng Thông tin - Báo chí tỉnh"]),
    ("Giao Ban Văn hóa - Báo chí - Xuất bản chủ trì.", ["Ban Văn hóa - Báo chí - Xuất bản"]),
    # "Báo" with its own field is still a newspaper, after a whole name
    ("Sở Y tế - Báo Nghệ An phối hợp.", ["Sở Y tế", "Báo Nghệ An"]),
    # two words of one notion printed with a dash in small letters
    ("Giao Trung tâm Phân tích kinh tế - xã hội tỉnh chủ trì.", ["Trung tâm Phân tích kinh tế - xã hội tỉnh"]),
    ("Giao Ban Chỉ huy Giáo dục quốc phòng - an ninh huyện chủ trì.",
     ["Ban Chỉ huy Giáo dục quốc phòng - an ninh huyện"]),
    ("Giao Viện Nghiên cứu văn hóa - xã hội phối hợp.", ["Viện Nghiên cứu văn hóa - xã hội"]),
    # a dash before a capitalized body after a whole name: still another body
    ("Viện Kinh tế - Sở Tài chính phối hợp.", ["Viện Kinh tế", "Sở Tài chính"]),
    # a field's terms listed with commas alone, each in small letters, then a verb or a stop
    ("Phòng Kế hoạch, tài chính, thiết bị tổng hợp nhu cầu.", ["Phòng Kế hoạch, tài chính, thiết bị"]),
    ("Gửi về Phòng Tổ chức, cán bộ, đào tạo trước ngày 5.", ["Phòng Tổ chức, cán bộ, đào tạo"]),
    # a level or a type word after a comma still starts the next body
    ("Phòng Kế hoạch, tài chính, trạm Y tế xã thực hiện.", ["Phòng Kế hoạch, tài chính", "Trạm Y tế xã"]),
    # "và" and a term in small letters before "Trung ương": the central level closes the name
    ("Giao Hội đồng Thẩm định quy hoạch và kiến trúc Trung ương chủ trì.",
     ["Hội đồng Thẩm định quy hoạch và kiến trúc Trung ương"]),
    # the provincial unions of associations, printed in full or by their abbreviations, with the province's name
    ("Đề nghị Liên hiệp các Hội Văn học Nghệ thuật tỉnh Bạc Liêu cử đại diện.",
     ["Liên hiệp các Hội Văn học Nghệ thuật tỉnh Bạc Liêu"]),
    ("Phối hợp với Liên hiệp các Hội KH&KT tỉnh tổ chức hội thảo.", ["Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh"]),
    ("Liên hiệp các Hội Văn học Nghệ thuật Việt Nam chủ trì.", ["Liên hiệp các Hội Văn học Nghệ thuật Việt Nam"]),
    # a mission abroad: "tại" and the capitalized place it sits in belong to its name; a class of places does not
    ("Đại sứ quán Việt Nam tại Hàn Quốc hỗ trợ lao động.", ["Đại sứ quán Việt Nam tại Hàn Quốc"]),
    ("Giao Tổng Lãnh sự quán Việt Nam tại Osaka và Sở Ngoại vụ phối hợp.",
     ["Tổng Lãnh sự quán Việt Nam tại Osaka", "Sở Ngoại vụ"]),
    ("Đại sứ quán Việt Nam tại các nước theo dõi.", ["Đại sứ quán Việt Nam"]),
    ("Giao Sở Ngoại vụ tại Đà Nẵng phối hợp.", ["Sở Ngoại vụ"]),  # any other body: "tại" ends its name
    # a 2025 body of a vertical system named after the area it serves, or numbered
    ("Giao Bảo hiểm xã hội cơ sở Lục Nam phối hợp.", ["Bảo hiểm xã hội cơ sở Lục Nam"]),
    ("Kho bạc Nhà nước khu vực Tây Bắc thanh toán.", ["Kho bạc Nhà nước khu vực Tây Bắc"]),
    ("Giao Thuế cơ sở 4 tỉnh Phú Thọ hướng dẫn.", ["Thuế cơ sở 4 tỉnh Phú Thọ"]),
    # a board's purpose naming its objects with "các", closed by a level word; "các" and a level is the class
    ("Ban Quản lý dự án đầu tư xây dựng các công trình nông nghiệp tỉnh bàn giao mặt bằng.",
     ["Ban Quản lý dự án đầu tư xây dựng các công trình nông nghiệp tỉnh"]),
    ("Giao Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng huyện thi công.",
     ["Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng huyện"]),
    ("Ban Chỉ đạo giảm nghèo các xã rà soát hộ nghèo.", ["Ban Chỉ đạo giảm nghèo cấp xã"]),
]
# fmt: on


def test_terms_of_a_field() -> None:
    check_table(MENTIONS, mention_names)
