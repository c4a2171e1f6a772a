"""A city paper's report of its committee's orders (ANNOTATING, news reports): the page prints a related article's
teaser with its own source tag at its foot, which does not open the report; an earlier order recalled ("Trước đó, …
ông chỉ đạo X …") is still an order (rule 1); a class the sentence names with no level word ("ông yêu cầu các sở,
ngành …") is the city's when the report's place is a centrally-run city, printed "TP.HCM". Invented report, no
corpus text."""

from __future__ import annotations

from directive_extract import extract
from directive_extract.stages.news_orders import report_start

REPORT = (
    "TP.HCM: Siết chặt quản lý quảng cáo ngoài trời | Thời sự\n\n"
    "Phó Chủ tịch UBND TP.HCM vừa ký văn bản gửi các sở ngành, UBND các quận huyện về quản lý quảng cáo ngoài "
    "trời trên địa bàn.\n\n"
    "Theo văn bản, trong quý II, toàn TP sẽ rà soát các bảng quảng cáo dựng trái phép dọc các tuyến đường chính, "
    "nhất là các khu vực trung tâm và cửa ngõ.\n\n"
    "UBND TP giao Sở Xây dựng chủ trì kiểm tra, xử lý các bảng quảng cáo không phép, báo cáo kết quả trước ngày "
    "30-6.\n\n"
    "Trước đó, sau phản ánh của người dân, Chủ tịch UBND TP đã có chỉ đạo khẩn. Trong đó ông chỉ đạo Sở Văn hóa "
    "và Thể thao phối hợp với Sở Xây dựng lập danh sách các bảng quảng cáo có nguy cơ mất an toàn.\n\n"
    "Về lâu dài, ông yêu cầu các sở, ngành rà soát các quy định để đề xuất giải pháp xử lý dứt điểm.\n\n"
    "TP.HCM quyết liệt xử lý quảng cáo trái phép\n\n"
    "(PLO)- TP.HCM sẽ mở đợt cao điểm xử lý quảng cáo trái phép từ nay đến cuối năm.\n"
)


def _tasks() -> list[tuple[str, list[tuple[str, str]]]]:
    return [(t.text[:16], [(a.name, a.role) for a in t.agencies]) for t in extract(REPORT).tasks]


def test_a_source_tag_after_the_report_does_not_open_it() -> None:
    paragraphs = [p.strip() for p in REPORT.split("\n\n")]
    assert report_start(paragraphs) == 0
    assert report_start(["Tiêu đề bài báo", "(PLO)- TP.HCM sẽ mở đợt cao điểm …", "Nội dung"]) == 1
    assert ("UBND TP giao Sở ", [("Sở Xây dựng", "lead")]) in _tasks()


def test_an_earlier_order_recalled_is_an_order() -> None:
    recalled = [agencies for text, agencies in _tasks() if text.startswith("Trước đó")]
    assert recalled == [[("Sở Văn hóa và Thể thao", "lead"), ("Sở Xây dựng", "coordinate")]]


def test_an_account_of_what_came_before_is_still_no_order() -> None:
    report = REPORT.replace(
        "Trong đó ông chỉ đạo Sở Văn hóa và Thể thao phối hợp với Sở Xây dựng lập danh sách",
        "Nhiều bảng quảng cáo đã được tháo dỡ, trong đó có danh sách",
    )
    assert not [t for t in extract(report).tasks if t.text.startswith("Trước đó")]


def test_a_bare_class_in_a_city_report_is_the_citys() -> None:
    assert ("Về lâu dài, ông ", [("Các sở, ban, ngành thành phố", "lead")]) in _tasks()


def test_a_bare_class_in_a_provinces_report_stays_the_provinces() -> None:
    report = REPORT.replace("TP.HCM", "tỉnh Long An").replace("UBND TP", "UBND tỉnh")
    found = [(t.text[:16], [(a.name, a.role) for a in t.agencies]) for t in extract(report).tasks]
    assert ("Về lâu dài, ông ", [("Các sở, ban, ngành tỉnh", "lead")]) in found


MEETING = (
    "Triển khai ứng phó với bão số 5\n\n"
    "Sáng 12/10, Ban Chỉ đạo quốc gia về phòng, chống thiên tai họp trực tuyến với các tỉnh ven biển.\n\n"
    "Tham dự hội nghị có các Bộ, ngành Trung ương và các tỉnh từ Quảng Ninh đến Nghệ An. Phó Thủ tướng Lê Văn A và "
    "Bộ trưởng Bộ Nông nghiệp và Môi trường cùng chủ trì.\n\n"
    "Tại điểm cầu tỉnh Thanh Hóa, Chủ tịch UBND tỉnh Trần Văn B chủ trì; lãnh đạo các sở, ngành đã tham dự.\n\n"
    "Phó Thủ tướng yêu cầu Bộ Công Thương chỉ đạo các hồ thủy điện vận hành an toàn.\n"
)


def test_who_attended_and_chaired_a_meeting_is_no_order() -> None:
    tasks = extract(MEETING).tasks
    assert [(t.text[:16], [(a.name, a.role) for a in t.agencies]) for t in tasks] == [
        ("Phó Thủ tướng yê", [("Bộ Công Thương", "lead")])
    ]


def test_an_order_that_names_who_attends_stays_an_order() -> None:
    report = MEETING.replace(
        "Phó Thủ tướng yêu cầu",
        "Phó Thủ tướng giao Bộ Y tế bảo đảm an toàn thực phẩm cho các đại biểu tham dự.\n\nPhó Thủ tướng yêu cầu",
    )
    assert [[a.name for a in t.agencies] for t in extract(report).tasks] == [["Bộ Y tế"], ["Bộ Công Thương"]]


def test_a_city_printed_with_its_short_name_gives_and_plans() -> None:
    from directive_extract.stages.news_orders import news_cues, plans_ahead

    assert plans_ahead("Theo đó, TP.HCM sẽ tổ chức kiểm tra các cơ sở karaoke.")
    assert plans_ahead("Theo đó, UBND TP.HCM sẽ tổ chức kiểm tra các cơ sở karaoke.")
    assert news_cues().gives_order.search("UBND TP.HCM yêu cầu các sở kiểm tra.")
    assert not plans_ahead("Theo đó, nhiều người dân TP.HCM sẽ được hỗ trợ.")


DIRECTIVE_REPORT = (
    "Đẩy mạnh tinh giản biên chế\n\n"
    "Thủ tướng Chính phủ vừa ban hành Chỉ thị 05/CT-TTg về đẩy mạnh tinh giản biên chế.\n\n"
    "Để thực hiện chủ trương này, Thủ tướng Chính phủ chỉ thị Bộ trưởng, Thủ trưởng cơ quan ngang Bộ và Chủ tịch "
    "Ủy ban nhân dân các tỉnh tập trung tuyên truyền đến toàn thể công chức.\n\n"
    "Các Bộ, ngành đã phê duyệt Đề án tinh giản biên chế nhưng kết quả thực hiện còn thấp, cần có giải pháp để "
    "thực hiện hiệu quả kế hoạch.\n\n"
    "Các Bộ, ngành đã phê duyệt Đề án tinh giản biên chế và đạt kết quả tốt trong năm qua.\n"
)


def test_an_order_given_with_chi_thi_and_one_bound_after_a_contrast_are_tasks() -> None:
    texts = [t.text[:30] for t in extract(DIRECTIVE_REPORT).tasks]
    assert texts == [
        "Để thực hiện chủ trương này, T",
        "Các Bộ, ngành đã phê duyệt Đề ",
    ]
    ordered = extract(DIRECTIVE_REPORT).tasks[0]
    assert [(a.name, a.role) for a in ordered.agencies] == [
        ("Các bộ, ngành Trung ương", "lead"),
        ("Ủy ban nhân dân cấp tỉnh", "lead"),
    ]


def test_a_city_listed_among_a_provinces_districts_is_not_the_one_speaking() -> None:
    """ "các huyện, thành phố": the province's city among its districts; the level of the one speaking is the one
    printed before ("… tìm kiếm cứu nạn tỉnh đề nghị …"). A city that speaks still gives its level."""
    from directive_extract.stages.agencies.places import a_city_speaks

    listed = "Ban Chỉ huy Phòng, chống thiên tai tỉnh đề nghị Ban Chỉ huy các huyện, thành phố, các sở, ngành"
    assert a_city_speaks(listed, len(listed) - len("các sở, ngành")) is False
    also = "Ban Chỉ huy Phòng, chống thiên tai tỉnh đề nghị UBND các quận và thành phố, các sở, ngành"
    assert a_city_speaks(also, len(also) - len("các sở, ngành")) is False
    speaks = "Ban Chỉ huy Phòng, chống thiên tai thành phố đề nghị các sở, ngành"
    assert a_city_speaks(speaks, len(speaks) - len("các sở, ngành")) is True


GOVERNMENT_NAMED = (
    "Hải Phòng tăng cường phòng, chống dịch\n\n"
    "Chủ tịch UBND Hải Phòng vừa ký ban hành Chỉ thị về tăng cường các hoạt động phòng, chống dịch. Theo đó, lãnh "
    "đạo TP yêu cầu các đơn vị tuyên truyền đến người dân.\n\n"
    "Các sở, ban, ngành, quận huyện tăng cường kiểm tra việc thực hiện các biện pháp phòng, chống dịch.\n"
)


def test_a_city_named_by_its_government_alone_is_the_reports_city() -> None:
    """News often names the city by its committee, no level word ("UBND Hải Phòng", "Chủ tịch UBND TP Hải
    Phòng", "Bí thư Hải Phòng"): the report is the city's, its bare class the city's departments. A province so
    named keeps "tỉnh"."""
    from directive_extract.stages.agencies.places import main_province

    def classes(report: str) -> list[str]:
        return [a.name for t in extract(report).tasks for a in t.agencies if a.name.startswith("Các sở")]

    assert classes(GOVERNMENT_NAMED) == ["Các sở, ban, ngành thành phố"]
    assert classes(GOVERNMENT_NAMED.replace("UBND Hải Phòng", "UBND TP Hải Phòng")) == ["Các sở, ban, ngành thành phố"]
    province = GOVERNMENT_NAMED.replace("Hải Phòng", "Nghệ An")
    assert classes(province) == ["Các sở, ban, ngành tỉnh"]
    for printed in ("Bí thư Hải Phòng", "Thành ủy Hải Phòng", "HĐND thành phố Hải Phòng"):
        assert main_province(extract_doc(f"{printed} yêu cầu các sở, ngành rà soát.")) == "Hải Phòng"


def extract_doc(text: str):
    from directive_extract.pipeline import prepare

    return prepare(text, "normalize")


PROVINCES_AND_CITIES = (
    "Phó Thủ tướng chỉ đạo xử lý các điểm đen tai nạn giao thông\n\nThứ Hai, 07/12/2026 - 08:00\n\n"
    "Phó Thủ tướng yêu cầu UBND {who} chỉ đạo các sở, ngành chức năng rà soát, xử lý dứt điểm các điểm đen về tai "
    "nạn giao thông trong quý I.\n"
)


def test_provinces_listed_with_cities_give_the_class_of_every_province() -> None:
    # "các tỉnh, thành phố" (or a province and a city by name) lists the province-level units: the class after it
    # is every province's, not a centrally-run city's own
    for who in ("các tỉnh, thành phố trực thuộc Trung ương", "tỉnh Quảng Nam và Thành phố Đà Nẵng"):
        names = [a.name for t in extract(PROVINCES_AND_CITIES.format(who=who)).tasks for a in t.agencies]
        assert "Các sở, ban, ngành tỉnh" in names, (who, names)
    # a centrally-run city alone keeps its own class
    alone = extract(PROVINCES_AND_CITIES.format(who="thành phố Hà Nội")).tasks
    assert "Các sở, ban, ngành thành phố" in [a.name for t in alone for a in t.agencies]
