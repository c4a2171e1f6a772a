"""News reports of orders as crawlers and database dumps print them (ANNOTATING, news convention; ids are ranks).

Paragraphs a crawler glued with no separator ("… thi công.Văn bản …") are paragraphs of their own; a row under the
title before the lead that is no sentence (a database's teaser, unclosed or cut) is no task; a lead sentence telling
the penalty a decision imposes on a violator ("tình tiết tăng nặng", "biện pháp khắc phục hậu quả là buộc …") orders no body; a
paragraph opened by a dated event ("Cụ thể ngày 12-5, Thanh tra Sở … kiểm tra …") lists no bodies going on with
an order; a leader's inspection told as done goes on to his orders in a clause after it ("…, yêu cầu chính quyền
…"); a condition opening a paragraph right after an order, then who does what ("Khi …, chính quyền … sơ tán …"),
goes on with it; a leader's assessment ("Bộ trưởng nhận định, … còn chậm, cần …") orders nothing; the body of
the order before, named again ("Bộ cần …", "cơ quan này phải …"), is ordered. Every report below is made up for the test."""

from __future__ import annotations

from .test_news_order_paragraphs import implicit_task_failures

HEAD = "Tin ngắn địa phương\n\nThứ Năm, 09/10/2025 - 08:15\n\n"

ROWS = [
    (  # two paragraphs glued by the crawler, each an order: the second is a task of its own
        "Chủ tịch UBND huyện Hòa Vang đã giao Phòng Kinh tế xác minh vụ san lấp đất ruộng ở thôn Phú "
        "Sơn.Văn bản cũng yêu cầu UBND xã Hòa Khương báo cáo kết quả xác minh trước ngày 20-11.\n",
        ["Chủ tịch UBND huyện Hòa Vang", "Văn bản cũng yêu cầu"],
    ),
    (  # "TP.HCM": a capital before the stop, no glued paragraph
        "Bộ Xây dựng vừa yêu cầu UBND TP.HCM rà soát các khu chung cư cũ xuống cấp trên địa bàn.\n",
        ["Bộ Xây dựng vừa yêu cầu UBND TP.HCM"],
    ),
    (  # a database's teaser under the title, unclosed: no task; the lead's order is p1
        "Sở Y tế giao các bệnh viện tuyến huyện chuẩn bị giường bệnh cho mùa sốt xuất huyết\n\n"
        "Sáng 8/10, lãnh đạo Sở Y tế đã giao các bệnh viện tuyến huyện chuẩn bị thêm giường bệnh và thuốc men cho "
        "đợt cao điểm sốt xuất huyết.\n",
        ["Sáng 8/10, lãnh đạo"],
    ),
    (  # a teaser cut by the dump in mid-word: no task either
        "Thủ tướng giao Bộ Nội vụ rà soát biên chế giáo viên các trường vùng cao trước kỳ khai giảng năm họ\n\n"
        "Chiều 5/8, UBND tỉnh vừa giao Sở Nội vụ rà soát biên chế giáo viên các trường vùng cao trước ngày 15/8.\n",
        ["Chiều 5/8, UBND tỉnh"],
    ),
    (  # the penalty a decision imposes on a violator is no order; the report's order after it is p2
        "Chủ tịch UBND huyện Ba Vì đã yêu cầu UBND xã Tản Lĩnh kiểm tra nhà xưởng xây trái phép ven suối.\n\n"
        "Ngày 6-6, UBND huyện ra quyết định phạt chủ xưởng 40 triệu đồng.\n\n"
        "Quyết định phạt còn nêu tình tiết tăng nặng do tái phạm, chủ xưởng phải hoàn thành việc tháo dỡ trong vòng "
        "một tháng.\n\n"
        "Chủ tịch UBND huyện cũng yêu cầu Đội Trật tự đô thị huyện giám sát việc tháo dỡ.\n",
        ["Chủ tịch UBND huyện Ba Vì", "Chủ tịch UBND huyện cũng"],
    ),
    (  # a dated event after an order, opened by "Cụ thể ngày …,": the account of a check, no body going on
        "Ông Chủ tịch UBND tỉnh hôm qua đã giao UBND thị xã Hương Trà kiểm tra vụ khai thác cát trái phép trên sông Bồ.\n\n"
        "Cụ thể ngày 12-5, Thanh tra Sở Nông nghiệp phối hợp cùng tổ dân phố Hương Văn kiểm tra bãi cát "
        "của một hộ dân.\n",
        ["Ông Chủ tịch UBND tỉnh"],
    ),
    (  # a leader's inspection told as done, then his orders in a clause of the same sentence
        "Ông Phó Chủ tịch tỉnh Nguyễn Văn Hải đã tới thị sát bờ kè xã Tân Mỹ, nơi vừa bị sóng đánh sụt, "
        "yêu cầu chính quyền xã khẩn trương gia cố đoạn kè hư hỏng và cắm biển cảnh báo.\n",
        ["Ông Phó Chủ tịch tỉnh"],
    ),
    (  # a condition, then who evacuates whom, right after an order: it goes on with the order
        "Lãnh đạo huyện yêu cầu các xã ven biển kiểm đếm ghe thuyền và hướng dẫn ngư dân vào bờ trú ẩn.\n\n"
        "Khi triều cường dâng cao, chính quyền các xã di dời những hộ sống sát mép nước về nhà văn hóa thôn.\n",
        ["Lãnh đạo huyện yêu cầu", "Khi triều cường dâng cao"],
    ),
    (  # the same after "Nếu …,": who evacuates whom
        "Lãnh đạo xã yêu cầu các thôn trực đê suốt đêm nay.\n\n"
        "Nếu nước lũ tràn bờ, lực lượng xung kích sơ tán người già và trẻ nhỏ lên dãy lớp học tầng hai.\n",
        ["Lãnh đạo xã yêu cầu", "Nếu nước lũ tràn bờ"],
    ),
    (  # a leader's assessment, whatever "cần" its account of what is lacking prints, is no order
        "Bộ trưởng nhận định, tiến độ lắp trạm quan trắc ở các lưu vực sông còn ì ạch, kinh phí còn dàn trải, cần "
        "điều chỉnh sớm.\n\n"
        "Bộ trưởng yêu cầu Cục Khí tượng lập danh mục trạm ưu tiên trong quý IV.\n",
        ["Bộ trưởng yêu cầu Cục"],
    ),
    (  # the body of the order before named again by its type word alone, then bound: "Bộ cần …"
        "Phó Thủ tướng giao Bộ Nội vụ trình đề án bảo tồn nhà rông Tây Nguyên.\n\n"
        "Bộ cần có lộ trình phục dựng từng ngôi nhà rông cùng với già làng mỗi buôn.\n",
        ["Phó Thủ tướng giao Bộ", "Bộ cần có lộ trình"],
    ),
    (  # the same by "cơ quan này", after a connector
        "Chủ tịch tỉnh vừa giao Ban Dân tộc khảo sát đời sống đồng bào ở các bản giáp biên.\n\n"
        "Cùng với đó, cơ quan này cần có danh sách những bản còn thiếu điện lưới để đề xuất nguồn vốn.\n",
        ["Chủ tịch tỉnh vừa giao", "Cùng với đó, cơ quan này"],
    ),
]


def test_news_report_rows() -> None:
    failures = implicit_task_failures(HEAD, ROWS)
    assert not failures, failures
