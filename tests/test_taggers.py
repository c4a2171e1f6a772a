"""Unit tables per tagger: (text, expected), one printed form a line, including forms the dev notices lack.

Each case is a small notice so the taggers run inside a directive item, as they do in real documents.
Every failing row is collected and reported at once.
"""

from __future__ import annotations

import pytest

from directive_extract import extract

DATE_LINE = "Hà Nội, ngày 10 tháng 5 năm 2021\n\n"
LEAD_IN = "Ủy ban nhân dân tỉnh yêu cầu thực hiện các nội dung sau:\n\n"


def notice(item: str, dated: bool = True):
    return extract((DATE_LINE if dated else "") + LEAD_IN + "1. " + item + "\n")


def gather(task, key):
    out = list(getattr(task, key))
    for sub in task.subtasks:
        out.extend(gather(sub, key))
    return out


def check_table(cases, actual):
    failures = []
    for text, expected in cases:
        got = actual(text)
        if got != expected:
            failures.append(f"{text!r}: expected {expected!r}, got {got!r}")
    assert not failures, "\n".join(failures)


# ---------------------------------------------------------------- agencies: names, abbreviations, classes

AGENCY_NAMES = [
    ("Sở Y tế chủ trì thực hiện.", ["Sở Y tế"]),
    ("Sở GD&ĐT hướng dẫn các trường.", ["Sở Giáo dục và Đào tạo"]),
    ("Sở LĐ-TB&XH rà soát đối tượng.", ["Sở Lao động - Thương binh và Xã hội"]),
    ("Sở TT&TT tăng cường tuyên truyền.", ["Sở Thông tin và Truyền thông"]),
    ("Sở VH-TT&DL tạm dừng lễ hội.", ["Sở Văn hóa, Thể thao và Du lịch"]),
    ("Sở KH&ĐT tổng hợp nhu cầu vốn.", ["Sở Kế hoạch và Đầu tư"]),
    ("Sở Văn hóa, Thể thao và Du lịch, Sở Y tế phối hợp, hỗ trợ.", ["Sở Văn hóa, Thể thao và Du lịch", "Sở Y tế"]),
    ("UBND các huyện, thị xã, thành phố triển khai.", ["Ủy ban nhân dân cấp huyện"]),
    ("Chủ tịch UBND các xã, phường, thị trấn chịu trách nhiệm.", ["Ủy ban nhân dân cấp xã"]),
    ("Thủ trưởng các sở, ngành tỉnh thực hiện.", ["Các sở, ban, ngành tỉnh"]),
    ("Các quận ủy, huyện ủy lãnh đạo thực hiện.", ["Quận ủy, huyện ủy"]),
    ("Phòng GD&ĐT các huyện, thành phố chỉ đạo các trường.", ["Phòng Giáo dục và Đào tạo cấp huyện"]),
    ("Cục Thuế các tỉnh, thành phố trực thuộc Trung ương hướng dẫn.", ["Cục Thuế cấp tỉnh"]),
    ("Các bộ, ngành, địa phương khẩn trương triển khai.", ["Các bộ, ngành Trung ương", "Ủy ban nhân dân cấp tỉnh"]),
    (
        "Các bộ, cơ quan, đơn vị, địa phương khẩn trương triển khai.",
        ["Các bộ, ngành Trung ương", "Ủy ban nhân dân cấp tỉnh"],
    ),
    ("Các cơ quan truyền thông tăng cường đưa tin.", ["Các cơ quan thông tin đại chúng"]),
    ("Các cơ quan thông tấn báo chí tăng cường đưa tin.", ["Các cơ quan thông tấn, báo chí"]),
    ("Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ chỉ đạo.", ["Các bộ, ngành Trung ương"]),
    ("UBND huyện/TP chỉ đạo các xã.", ["Ủy ban nhân dân cấp huyện"]),
    ("Các ban, ngành, đoàn thể liên quan phối hợp, hỗ trợ.", ["Các sở, ban, ngành, đoàn thể tỉnh"]),
    ("Các Ban Hội đồng nhân dân tỉnh giám sát việc thực hiện.", ["Các Ban Hội đồng nhân dân tỉnh"]),
    ("Các Liên đoàn Lao động tỉnh, thành phố hướng dẫn doanh nghiệp.", ["Liên đoàn Lao động cấp tỉnh"]),
    ("BCH Quân sự tỉnh sẵn sàng lực lượng.", ["Bộ Chỉ huy Quân sự tỉnh"]),
    ("CDC tỉnh lấy mẫu xét nghiệm.", ["Trung tâm Kiểm soát bệnh tật tỉnh"]),
    ("LĐLĐ tỉnh hỗ trợ người lao động.", ["Liên đoàn Lao động tỉnh"]),
    ("UBMTTQ tỉnh vận động Nhân dân.", ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"]),
    ("BCĐ tỉnh theo dõi tình hình.", ["Ban Chỉ đạo tỉnh"]),
    ("Công an thành phố kiểm soát chặt chẽ.", ["Công an thành phố"]),
    ("Ban Tuyên giáo Tỉnh ủy chủ trì.", ["Ban Tuyên giáo Tỉnh ủy"]),
    ("Bộ Y tế hướng dẫn chuyên môn.", ["Bộ Y tế"]),
    ("Bảo hiểm xã hội Việt Nam hướng dẫn thủ tục.", ["Bảo hiểm xã hội Việt Nam"]),
    ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh tuần tra biên giới.", ["Bộ Chỉ huy Bộ đội Biên phòng tỉnh"]),
    ("Đài Phát thanh và Truyền hình Long An đưa tin.", ["Đài Phát thanh và Truyền hình Long An"]),
    ("Báo Long An đưa tin.", ["Báo Long An"]),
    ("UBND huyện Cần Giuộc, Cần Đức và thành phố Tân An triển khai.", None),  # checked below (fuzzy)
    # lost diacritics and OCR capitals are still found
    ("So Y te chu tri thuc hien.", ["Sở Y tế"]),
    ("Sở Giáo dục và Đào tọa hướng dẫn các trường.", ["Sở Giáo dục và Đào tạo"]),  # OCR letters: fuzzy
    ("Sở Tài nguyên và Môi tnrờng kiểm tra.", ["Sở Tài nguyên và Môi trường"]),
    ("Bộ Lao động - Thương binh và Xã hội hướng dẫn.", ["Bộ Lao động - Thương binh và Xã hội"]),
    # generic actors are not agencies
    ("Các cấp ủy, chính quyền và người dân thực hiện nghiêm.", []),
    ("Các địa phương, doanh nghiệp chủ động thực hiện.", []),
]


def test_agency_names() -> None:
    def names(text: str):
        task = notice(text).tasks[0]
        return [a.name for a in gather(task, "agencies") if a.role]

    check_table([c for c in AGENCY_NAMES if c[1] is not None], names)


def test_a_generic_steering_committee_in_a_covid_notice() -> None:
    text = (
        "Phòng, chống dịch Covid-19, không để dịch bệnh lây lan: Trung tâm Y tế báo cáo kết quả về BCĐ huyện hàng ngày."
    )
    names = [a.name for a in gather(notice(text).tasks[0], "agencies")]
    assert "Ban Chỉ đạo phòng, chống dịch Covid-19 huyện" in names


def test_place_list_with_a_misspelt_district() -> None:
    text = "Đối với các địa phương có ca mắc (huyện Cần Giuộc, Cần Đức và thành phố Tân An): truy vết ngay."
    found = {a.name for a in gather(notice(text).tasks[0], "agencies")}
    assert found == {
        "Ủy ban nhân dân huyện Cần Giuộc",
        "Ủy ban nhân dân huyện Cần Đước",
        "Ủy ban nhân dân thành phố Tân An",
    }


AGENCY_ROLES = [
    (
        "Giao Công an tỉnh chủ trì, phối hợp với Sở Giao thông vận tải kiểm soát phương tiện.",
        [("Công an tỉnh", "lead"), ("Sở Giao thông vận tải", "coordinate")],
    ),
    (
        "Sở Y tế phối hợp với Sở Tài chính tham mưu UBND tỉnh kiến nghị với Chính phủ.",
        [
            ("Sở Y tế", "lead"),
            ("Sở Tài chính", "coordinate"),
            ("Ủy ban nhân dân tỉnh", "report_to"),
            ("Chính phủ", "report_to"),
        ],
    ),
    (
        "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh vận động Nhân dân.",
        [("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "lead")],
    ),
    (
        "Hàng ngày, Sở Y tế báo cáo tình hình cho Ban Thường vụ Tỉnh ủy.",
        [("Sở Y tế", "lead"), ("Ban Thường vụ Tỉnh ủy", "report_to")],
    ),
    (
        "Sở Công Thương, Sở Y tế tích cực phối hợp, hỗ trợ các địa phương.",
        [("Sở Công Thương", "coordinate"), ("Sở Y tế", "coordinate")],
    ),
    ("Bộ trưởng Bộ Quốc phòng chỉ đạo các đơn vị quân đội hỗ trợ.", [("Bộ Quốc phòng", "lead")]),
    (
        "Các trường gửi báo cáo về Phòng Giáo dục và Đào tạo trước ngày 15/5.",
        [("Phòng Giáo dục và Đào tạo", "report_to")],
    ),
    (
        "Nâng cấp cơ sở vật chất. a) Đơn vị chủ trì: Sở Xây dựng. b) Đơn vị phối hợp: Sở Tài chính, Sở Y tế.",
        [("Sở Xây dựng", "lead"), ("Sở Tài chính", "coordinate"), ("Sở Y tế", "coordinate")],
    ),
    # the author of cited guidance has no role in the task
    ("Thực hiện nghiêm các văn bản chỉ đạo của Thủ tướng Chính phủ, Bộ Y tế.", []),
    ("Triển khai theo hướng dẫn của Bộ Y tế.", []),
]


def test_agency_roles() -> None:
    def roles(text: str):
        task = notice(text).tasks[0]
        return [(a.name, a.role) for a in gather(task, "agencies")]

    check_table(AGENCY_ROLES, roles)


def test_agencies_in_an_appendix_after_the_signature() -> None:
    text = (
        LEAD_IN + "1. Sở Y tế rà soát.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n"
        "Nguyễn Văn A\n\nPHỤ LỤC\nPHÂN CÔNG NHIỆM VỤ\n\n1. Công an tỉnh kiểm soát.\n\n2. Sở Tài chính bố trí kinh phí.\n"
    )
    notice_ = extract(text)
    assert [t.id for t in notice_.tasks] == ["1", "1-2", "2"]
    assert [(a.name, a.role) for t in notice_.tasks[1:] for a in t.agencies] == [
        ("Công an tỉnh", "lead"),
        ("Sở Tài chính", "lead"),
    ]


def test_giao_duc_is_not_the_verb_giao() -> None:
    """Folded, "Giáo dục" reads "giao duc": the body it names is not a lead-in's assignee."""
    notice_ = extract(
        "Căn cứ hướng dẫn của Bộ Giáo dục và Đào tạo, Sở GD&ĐT hướng dẫn như sau:\n\n"
        "1. Các trường điều chỉnh nội dung dạy học.\n"
    )
    assert notice_.tasks[0].agencies == []


def test_roles_inherited_from_heading_lead_in_and_addressees() -> None:
    heading = extract(LEAD_IN + "1. UBND các huyện, thị xã, thành phố:\n- Rà soát.\n- Báo cáo.\n")
    assert [a.name for a in heading.tasks[0].agencies] == ["Ủy ban nhân dân cấp huyện"]
    lead_in = extract(
        "Ban Thường vụ Tỉnh ủy yêu cầu các huyện ủy, thành ủy, thị ủy thực hiện các nội dung sau:\n\n"
        "1. Đẩy mạnh tuyên truyền.\n2. Tăng cường kiểm tra.\n"
    )
    assert [[(a.name, a.role) for a in t.agencies] for t in lead_in.tasks] == [
        [("Huyện ủy, thành ủy, thị ủy", "lead")]
    ] * 2
    letter = extract(
        "KHẨN\n\nKính gửi: Các quận ủy, huyện ủy.\n\nĐể thực hiện tốt các biện pháp phòng dịch, "
        "đề nghị thực hiện tốt các nội dung sau:\n\n1- Chỉ đạo thực hiện nghiêm việc giãn cách.\n"
    )
    assert [(a.name, a.role) for a in letter.tasks[0].agencies] == [("Quận ủy, huyện ủy", "lead")]


# ---------------------------------------------------------------- deadlines

DEADLINES = [
    ("Hoàn thành trước ngày 15/6/2021.", [("date", "2021-06-15")]),
    ("Báo cáo đến ngày 15/6.", [("date", "2021-06-15")]),  # the year comes from the notice, not the clock
    ("Nộp chậm nhất ngày 05 tháng 01 năm 2022.", [("date", "2022-01-05")]),
    ("Xong trước 15-6-2021.", [("date", "2021-06-15")]),
    ("Hoàn thành trước 15.6.2021.", [("date", "2021-06-15")]),
    ("Chậm nhất đến hết ngày 20 tháng 10 năm 2021 phải nộp.", [("date", "2021-10-20")]),
    ("Triển khai trong tháng 12/2021.", [("period", "2021-12")]),
    ("Hoàn thành trong quý III/2021.", [("period", "2021-Q3")]),
    ("Hoàn thành trong quý 4 năm 2021.", [("period", "2021-Q4")]),
    ("Hoàn thành trong năm 2021.", [("period", "2021")]),
    ("Hoàn thành trong tháng 7.", [("period", "2021-07")]),
    ("Khai thác thông tin trong vòng 01 giờ.", [("duration", "PT1H")]),
    ("Trả lời trong 03 ngày.", [("duration", "P3D")]),
    ("Xử lý trong 24 giờ.", [("duration", "PT24H")]),
    ("Giải quyết trong thời hạn 15 ngày làm việc.", [("duration", "P15D")]),
    ("Cập nhật trong vòng hai giờ.", [("duration", "PT2H")]),
    ("Hàng ngày, báo cáo số ca mắc.", [("recurring", "daily")]),
    ("Báo cáo kết quả hằng tuần.", [("recurring", "weekly")]),
    ("Định kỳ hàng tháng báo cáo kết quả.", [("recurring", "monthly")]),
    ("Định kỳ tổ chức xét nghiệm.", [("recurring", "periodic")]),
    ("Định kỳ trước ngày 05 hàng tháng báo cáo kết quả.", [("recurring", "monthly")]),
    ("Xét nghiệm mỗi 2 ngày/lần.", [("recurring", "periodic")]),
    ("Đo thân nhiệt 02 lần/ngày.", [("recurring", "daily")]),
    ("Giảm thuế trong 2 năm 2022 và 2023.", [("duration", "P2Y")]),
    ("Hỗ trợ trong 3 tháng.", []),  # the length of a benefit, not a time limit
    ("Kích hoạt ngay các đội phản ứng nhanh.", [("immediate", "now")]),
    ("Triển khai ngay lập tức.", [("immediate", "now")]),
    # not deadlines
    ("Khẩn trương, kịp thời triển khai trong thời gian sớm nhất.", []),
    ("Cần đến trước _____ giờ, ngày _____.", []),
    ("Thực hiện Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng.", []),
    ("Tính đến ngày 30/5/2021 đã có 03 ca.", []),
    ("Điều trị ngay tại cơ sở.", []),
    ("Ngay cả khi chưa có ca mắc cũng phải chuẩn bị.", []),
]


def test_deadlines() -> None:
    check_table(DEADLINES, lambda text: [(d.kind, d.value) for d in gather(notice(text).tasks[0], "deadlines")])


def test_no_date_without_a_year_when_the_notice_has_none() -> None:
    task = notice("Báo cáo đến ngày 15/6.", dated=False).tasks[0]
    assert gather(task, "deadlines") == []


# ---------------------------------------------------------------- metrics

METRICS = [
    (
        "Đã phát hiện 1.312 trường hợp F1 và 11.203 trường hợp F2.",
        [("f1", 1312, None, "person", "observed"), ("f2", 11203, None, "person", "observed")],
    ),
    (
        "Phát hiện 03 ca dương tính tại 03 địa phương.",
        [("f0", 3, None, "case", "observed"), ("localities", 3, None, "locality", "observed")],
    ),
    (
        "Xét nghiệm ngẫu nhiên cho 20% người lao động; phấn đấu đạt 50% kế hoạch.",
        [("tested_share", 20, None, "percent", "target"), ("plan_completion", 50, None, "percent", "target")],
    ),
    ("Định kỳ xét nghiệm ít nhất từ 20% - 30% số người lao động.", [("tested_share", 20, 30, "percent", "target")]),
    (
        "Phấn đấu 100% dân số được tiêm đủ 2 mũi vắc xin.",
        [("vaccinated_share", 100, None, "percent", "target"), ("vaccine_doses", 2, None, "dose", "target")],
    ),
    ("Tỷ lệ bao phủ đạt 96,4% người dân được tiêm vắc xin.", [("vaccinated_share", 96.4, None, "percent", "target")]),
    (
        "Huy động 50.000 test nhanh và xét nghiệm cho 150.000 người.",
        [("tests", 50000, None, "test", "target"), ("people_tested", 150000, None, "person", "target")],
    ),
    ("Mưa lũ làm 102 người chết.", [("deaths", 102, None, "person", "observed")]),
    ("Không tập trung quá 02 người tại nơi công cộng.", [("other", 2, None, "person", "target")]),
    ("Bảo đảm 100% cán bộ, giáo viên được tập huấn.", [("other", 100, None, "percent", "target")]),
    ("Số liệu tính đến tháng 9 năm 2021\n\nMẫu số 02", []),  # a year, then a form's title
    # counts of lessons, tasks or money are not metrics
    ("Quán triệt 05 bài học kinh nghiệm và 09 nhiệm vụ, giải pháp.", []),
    ("Hỗ trợ 1.500.000 đồng mỗi người.", []),
]


def test_metrics() -> None:
    def metrics(text: str):
        return [(m.indicator, m.value, m.value_max, m.unit, m.kind) for m in notice(text).metrics]

    check_table(METRICS, metrics)


# ---------------------------------------------------------------- references

REFERENCES = [
    ("Thực hiện Chỉ thị số 15/CT-TTg ngày 27/3/2020 của Thủ tướng.", [("Chỉ thị", "15/CT-TTg", "2020-03-27")]),
    ("Theo Nghị định số 138/2016/NĐ-CP ngày 01 tháng 10 năm 2016.", [("Nghị định", "138/2016/NĐ-CP", "2016-10-01")]),
    ("Theo Quyết định số 2194/QĐ-BCĐDDQG ngày 27/5/2020.", [("Quyết định", "2194/QĐ-BCĐDDQG", "2020-05-27")]),
    ("Thực hiện Chỉ thị số 09-CT/TU của Tỉnh ủy.", [("Chỉ thị", "09-CT/TU", None)]),
    ("Ý kiến tại văn bản số 1789-CV/VPTW.", [("Công văn", "1789-CV/VPTW", None)]),
    ("Như Thông báo số 874/TB-VPUBND đã nêu.", [("Thông báo", "874/TB-VPUBND", None)]),
    ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015.", [("Luật", None, "2015-06-19")]),
    ("Thực hiện Kết luận số 366-\nKL/TU của Ban Thường vụ.", [("Kết luận", "366-KL/TU", None)]),
    (
        "Theo Luật số 65/2020/QH14 và Công văn số 3755/BGDĐT-\nGDTX của Bộ.",
        [("Luật", "65/2020/QH14", None), ("Công văn", "3755/BGDĐT-GDTX", None)],
    ),
    ("Thực hiện Chỉ thị số 16/CT-TTg. Đẩy mạnh tuyên truyền.", [("Chỉ thị", "16/CT-TTg", None)]),
    ("Chỉ thị số 15/CT-TTg và Chỉ thị số 15/CT-TTg ngày 27/3/2020.", [("Chỉ thị", "15/CT-TTg", None)]),  # once
]


def test_references() -> None:
    check_table(REFERENCES, lambda text: [(r.doc_type, r.number, r.date) for r in notice(text).references])


# ---------------------------------------------------------------- people

PEOPLE = [
    (
        "Vào lúc 8 giờ, Bí thư Tỉnh ủy Nguyễn Văn Đước và Chủ tịch UBND tỉnh Nguyễn Văn Út dự họp.",
        [("Nguyễn Văn Đước", "Bí thư Tỉnh ủy"), ("Nguyễn Văn Út", "Chủ tịch UBND tỉnh")],
    ),
    (
        "Đồng chí Lê Văn Sửu, Tỉnh ủy viên, Phó Chủ tịch Ủy ban nhân dân tỉnh, dự họp.",
        [("Lê Văn Sửu", "Tỉnh ủy viên, Phó Chủ tịch Ủy ban nhân dân tỉnh")],
    ),
    ("Phân công Phó Thủ tướng Trần Hồng Hà theo dõi.", [("Trần Hồng Hà", "Phó Thủ tướng")]),
    ("Hà Nội và Cần Thơ triển khai.", []),  # places are not people
]


def test_people() -> None:
    check_table(PEOPLE, lambda text: [(p.name, p.title) for p in extract(text).people])


# ---------------------------------------------------------------- topics

TOPICS = [
    ("Tổ chức xét nghiệm, truy vết, cách ly các trường hợp F1.", {"testing", "contact_tracing", "quarantine"}),
    ("Thực hiện giãn cách xã hội, hạn chế tụ tập đông người.", {"distancing"}),
    ("Đẩy nhanh tiêm vắc xin cho người dân.", {"vaccination"}),
    ("Đẩy mạnh tuyên truyền trên các phương tiện thông tin đại chúng.", {"communication"}),
    ("Xử lý nghiêm các trường hợp vi phạm, bảo đảm an ninh trật tự.", {"enforcement"}),
    ("Tháo gỡ khó khăn cho doanh nghiệp, hỗ trợ sản xuất, kinh doanh.", {"economy"}),
    ("Bảo đảm cung ứng hàng hóa thiết yếu, lương thực, thực phẩm.", {"supply"}),
    ("Kiểm soát chặt chẽ người nhập cảnh qua cửa khẩu biên giới.", {"border"}),
    ("Nâng cao năng lực điều trị, thu dung bệnh nhân.", {"treatment", "health_system"}),
    ("Thực hiện chính sách hỗ trợ người dân gặp khó khăn, bảo đảm an sinh xã hội.", {"social_support"}),
    ("Phân công nhiệm vụ cụ thể và thực hiện chế độ báo cáo.", {"coordination"}),
    ("Tổ chức hội nghị tổng kết năm học.", set()),
    # whole-word cues: "PCR" and "F1" count alone, not inside a longer token
    ("Thực hiện RT-PCR cho người dân.", {"testing"}),
    ("Mua bổ sung sinh phẩm RTPCR cho kho.", set()),
    ("Quản lý các trường hợp F1 tại nhà.", {"contact_tracing"}),
    ("Quản lý hồ sơ mẫu F10 và AF1 tại nhà.", set()),
    ("Quản lý danh sách AF1 tại nhà.", set()),
]


def test_topics() -> None:
    check_table(TOPICS, lambda text: set(notice(text).tasks[0].topics))


@pytest.mark.parametrize("text", ["", "   \n\n", "1.", "Số:", "Kính gửi:", "Nơi nhận:\n-", "\x00\x01"])
def test_degenerate_inputs_give_valid_empty_notices(text: str) -> None:
    notice_ = extract(text)
    assert notice_.source.chars == len(text)
