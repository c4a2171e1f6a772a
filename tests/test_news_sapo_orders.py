"""A news report's sapo whose order one body paragraph tells again in other words ("… UBND tỉnh đề nghị người dân
…" over "Tỉnh còn đề nghị bà con …", most of its words again, in another order) is the preamble, no task; a
sapo whose order the body does not tell again is the first one. A paragraph that names a text signed and then, in
its next sentence, "Theo đó, …" what it orders opens the text's measures: the paragraphs after it, a body and its
deed, are tasks. The text is made up for the test."""

from __future__ import annotations

from directive_extract import extract

TITLE = "Lào Cai khuyên người dân tránh lên núi khi rét đậm\n\nThứ Hai, 06/01/2025 - 06:45\n\n"
SAPO = (
    "Trước đợt rét hại kéo dài, UBND tỉnh Lào Cai đề nghị người dân không đưa gia súc lên núi chăn thả, nhất là "
    "vào ban đêm.\n\n"
)
BODY = (
    "Lãnh đạo tỉnh sáng nay ký, ban hành Chỉ thị khẩn về chống rét cho người và vật nuôi. Theo đó, tỉnh giao "
    "các huyện vùng cao rà soát chuồng trại của từng hộ.\n\n"
    "Các xã biên giới lập tổ kiểm tra chuồng trại và phát chăn ấm cho hộ nghèo.\n\n"
    "Tỉnh còn đề nghị bà con vào ban đêm không chăn thả gia súc trên núi, đưa vật nuôi vào chuồng kín gió.\n"
)
OTHER_BODY = "Các trường mầm non cho trẻ nghỉ học khi nhiệt độ xuống dưới 7 độ C.\n"


def test_a_sapo_whose_order_the_body_tells_again_is_no_task() -> None:
    openings = [task.text[:12] for task in extract(TITLE + SAPO + BODY).tasks]
    assert openings == ["Lãnh đạo tỉn", "Các xã biên ", "Tỉnh còn đề "]


def test_a_sapo_the_body_does_not_tell_again_is_the_first_task() -> None:
    tasks = extract(
        TITLE + SAPO + "Phó Chủ tịch tỉnh giao các huyện thống kê số gia súc chết rét.\n\n" + OTHER_BODY
    ).tasks
    assert tasks[0].text.startswith("Trước đợt rét hại")


MINISTRY_SAPO = (
    "Bộ Nông nghiệp và Môi trường: Rà soát dự án chậm đưa đất vào sử dụng\n\n"
    "Bộ Nông nghiệp và Môi trường đề nghị các địa phương tăng cường kiểm tra, kiên quyết thu hồi đất của các dự án "
    "vi phạm.\n\n"
    "Bộ vừa có công văn gửi UBND các tỉnh, thành phố về việc rà soát các dự án chậm tiến độ.\n\n"
    "Để tránh lãng phí đất đai, Bộ đề nghị UBND các tỉnh, thành phố khẩn trương rà soát, kiên quyết thu hồi đất "
    "của các dự án vi phạm, báo cáo kết quả về Bộ.\n"
)


def test_a_ministry_printed_with_small_letters_gives_the_sapos_order() -> None:
    # the giver's name holds small letters ("Nông nghiệp và Môi trường"): still one authority, its order told
    # again by the body, so the sapo is the preamble
    openings = [task.text[:14] for task in extract(MINISTRY_SAPO).tasks]
    assert openings == ["Để tránh lãng "]


def test_boats_called_in_are_counted_not_ordered() -> None:
    from directive_extract.stages.news_orders import news_cues

    gives = news_cues().gives_order
    assert not gives.search("Bộ Chỉ huy Bộ đội Biên phòng tỉnh đã kêu gọi 1.884 phương tiện vào nơi tránh trú.")
    assert gives.search("Bộ Chỉ huy Bộ đội Biên phòng tỉnh kêu gọi ngư dân khẩn trương vào bờ.")
    assert gives.search("Sở Y tế Hà Nội đề nghị các quận, huyện rà soát đối tượng tiêm.")


def test_a_province_named_alone_gives_the_sapos_order() -> None:
    # "Cần Thơ yêu cầu …": the province named alone is its government, the order the body tells again
    report = (
        "Cần Thơ đẩy nhanh tiêm chủng cho trẻ\n\n"
        "Cần Thơ yêu cầu các quận, huyện đẩy nhanh tiến độ tiêm vắc-xin cho trẻ từ 5 đến dưới 12 tuổi.\n\n"
        "Sở Y tế thành phố đề nghị UBND các quận, huyện rà soát trẻ từ 5 đến dưới 12 tuổi chưa tiêm, tổ chức tiêm "
        "vắc-xin ngay tại trường để đẩy nhanh tiến độ, hoàn thành trong tháng 6.\n"
    )
    assert [task.text[:12] for task in extract(report).tasks] == ["Sở Y tế thàn"]


def test_a_sapo_whose_second_sentence_tells_the_text_the_body_prints() -> None:
    # the sapo's order is in its second sentence, told of a text ("Thủ tướng có công điện khẩn yêu cầu …"), and the
    # body prints that text's items: the sapo is the preamble, the items the tasks
    report = (
        "Khẩn cấp gia cố đê trước bão số 5\n\nThứ Năm, 14/08/2025 - 17:30\n\n"
        "Bão số 5 đang tiến nhanh vào vịnh Bắc Bộ với sức gió giật trên cấp 13 và hướng vào Hải Phòng. Chiều 14/8, Thủ tướng có công điện khẩn "
        "yêu cầu các tỉnh ven biển hoãn các cuộc họp không cần thiết, khẩn cấp gia cố đê, sơ tán dân khỏi vùng "
        "nguy hiểm.\n\n"
        "Công điện của Thủ tướng nêu rõ:\n\n"
        "1. Chủ tịch UBND các tỉnh ven biển hoãn các cuộc họp không thật sự cần thiết, khẩn cấp gia cố đê, sơ tán "
        "dân khỏi vùng nguy hiểm trước 18 giờ ngày 15/8.\n\n"
        "2. Bộ Quốc phòng sẵn sàng lực lượng, phương tiện cứu hộ.\n"
    )
    assert [task.id for task in extract(report).tasks] == ["1", "2"]


def test_a_sapo_sentence_ending_in_a_short_word_is_split_from_the_next() -> None:
    # "… của dự án. Do vậy, bộ đề nghị …": a stop after a two-letter word ends the sentence too, so the order in the
    # sapo's second sentence is read, and the body tells it again
    report = (
        "Bộ Xây dựng đề nghị đánh giá hiệu quả đầu tư sân bay\n\nThứ Hai, 08/12/2025 - 09:30\n\n"
        "Theo Bộ Xây dựng, việc nâng cấp sân bay làm tăng tổng mức đầu tư của dự án. Do vậy, bộ đề nghị các cơ quan "
        "rà soát, đánh giá tác động, bảo đảm hiệu quả đầu tư của dự án.\n\n"
        "Bộ Xây dựng vừa có công văn về việc điều chỉnh cấp sân bay.\n\n"
        "Do vậy, Bộ Xây dựng đề nghị Cục Hàng không Việt Nam chủ động làm việc với các cơ quan liên quan để rà soát, "
        "đánh giá tác động, bảo đảm hiệu quả đầu tư của dự án.\n"
    )
    assert [task.text[:7] for task in extract(report).tasks] == ["Do vậy,"]


DEED_THEN_ORDER_SAPO = (
    "Bộ trưởng yêu cầu đẩy nhanh số hóa hồ sơ\n\n"
    "Bộ trưởng Trần Văn Lâm thúc đẩy số hóa hồ sơ đất đai, đồng thời yêu cầu các sở, ngành địa phương đẩy mạnh kết "
    "nối dữ liệu dân cư.\n\n"
    "Tại hội nghị sáng 24/4, Bộ trưởng yêu cầu Cục Đăng ký đất đai tiếp tục mở rộng các tiện ích trên cổng dịch vụ.\n\n"
    "Bộ trưởng đề nghị mỗi sở, ngành, địa phương cần xây dựng đề án kết nối dữ liệu dân cư riêng.\n"
)


def test_a_sapo_telling_a_deed_then_an_order_the_body_tells_again_is_no_task() -> None:
    # the lead sentence's order verb stands after the giver's deed ("… thúc đẩy …, đồng thời yêu cầu …"): its order,
    # told again by the body, makes the lead the sapo
    openings = [task.text[:14] for task in extract(DEED_THEN_ORDER_SAPO).tasks]
    assert openings == ["Tại hội nghị s", "Bộ trưởng đề n"]
