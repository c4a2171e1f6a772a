"""News reports of a leader's conclusions and of a text's measures (ANNOTATING, news convention: every paragraph whose
main clause orders something still to be done is an implicit task `pN`; ids are ranks, so each row checks every
task's opening in order).

The forms here: a leader's verb of noting ("<leader> lưu ý, <deed> …", the leader also as "Người đứng đầu Chính
phủ"); a verb of stating that orders when it states a stance to hold ("nêu rõ tinh thần là …") or binds someone
("nhấn mạnh, các xã phải …"), not when it states a goal; the order told in the passive ("Một nhiệm vụ khác được
Chủ tịch tỉnh lưu ý là …"); a sub-heading or a caption printed over a paragraph with no blank line, and standing
between two orders; bodies listed by name, then their deed ("Sở A, Sở B, các huyện tháo gỡ …"); a connector and a
deed of principle ("Trong đó, đặt …"); the measures of a text told with its orders ("… có văn bản khẩn yêu cầu …",
no task itself), a halt ("… dừng …") among them. Every report below
is made up for the test."""

from __future__ import annotations

import pytest

from directive_extract.stages import news_orders

from .test_news_order_paragraphs import implicit_task_failures

HEAD = "Thời sự\n\nThứ ba, 11/03/2025 - 10:20\n\n"
LONG = (
    " trong đó ưu tiên các dự án giao thông liên vùng, các hồ chứa nước và các khu tái định cư đang dở dang ở "
    "những huyện miền núi còn chậm tiến độ giải ngân."
)

ROWS = [
    (  # a leader's verb of noting, the leader named as the head of the government
        "Đó là kết luận của Bộ trưởng tại hội nghị giao ban quý I.\n"
        "Người đứng đầu Bộ Công Thương lưu ý, rà soát lại toàn bộ danh mục dự án đầu tư" + LONG + "\n"
        "Người đứng đầu Chính phủ cũng lưu ý, rút ngắn một nửa thời gian cấp phép xây dựng trong năm nay.\n",
        ["Người đứng đầu Bộ Công Thương", "Người đứng đầu Chính phủ"],
    ),
    (  # a stance to hold orders; a goal stated does not
        "Bộ trưởng Trần Văn Nam nhấn mạnh mục tiêu tăng trưởng của ngành năm nay không thay đổi.\n"
        "Về giá phân bón, Bộ trưởng nêu rõ tinh thần là không để thiếu hàng vào vụ xuân, giữ giá ổn định.\n"
        "Chủ tịch tỉnh Lê Văn Hòa nhấn mạnh, các huyện miền núi phải di dời xong các hộ ven suối trước mùa lũ.\n",
        ["Về giá phân bón", "Chủ tịch tỉnh Lê Văn Hòa"],
    ),
    (  # the order told in the passive, its giver after "được"
        "Bộ trưởng Trần Văn Nam yêu cầu các cục rà soát hồ sơ tồn đọng.\n"
        "Một nhiệm vụ khác cũng được Bộ trưởng lưu ý là số hóa toàn bộ hồ sơ đất đai" + LONG + "\n",
        ["Bộ trưởng Trần Văn Nam", "Một nhiệm vụ khác"],
    ),
    (  # a sub-heading printed over a paragraph with no blank line: the task starts under it
        "Bộ trưởng Trần Văn Nam yêu cầu các cục rà soát hồ sơ tồn đọng.\n"
        "Gỡ vướng cho các công trình trọng điểm của ngành giao thông\n"
        "Bộ trưởng cũng yêu cầu các chủ đầu tư báo cáo tiến độ hằng tuần" + LONG + "\n",
        ["Bộ trưởng Trần Văn Nam", "Bộ trưởng cũng yêu cầu"],
    ),
    (  # bodies listed by name, then their deed, going on from an order
        "Bộ trưởng Trần Văn Nam yêu cầu các cục rà soát hồ sơ tồn đọng.\n"
        "Sở Nội vụ, Sở Tư pháp, Sở Du lịch, các huyện ven biển tháo gỡ ngay vướng mắc về mặt bằng.\n",
        ["Bộ trưởng Trần Văn Nam", "Sở Nội vụ, Sở Tư pháp"],
    ),
    (  # a connector then a deed of principle, no subject
        "Bộ trưởng Trần Văn Nam yêu cầu các cục rà soát hồ sơ tồn đọng.\n"
        "Bà Lê Thị Hạnh khẳng định, ngành sẽ theo đuổi đến cùng việc cải cách thủ tục.\n"
        "Trong đó, đặt quyền lợi của người nộp thuế lên trên hết và công khai mọi khoản phí đã thu.\n",
        ["Bộ trưởng Trần Văn Nam", "Trong đó, đặt"],
    ),
    (  # a text told with its orders: its measures after it, a caption glued over one, a halt among them
        "Ngày 3/2, UBND tỉnh Bình Định có văn bản khẩn yêu cầu các sở, ngành áp dụng ngay những biện pháp chống dịch.\n"
        "Sở Y tế Bình Định chủ trì lấy mẫu xét nghiệm cho toàn bộ học sinh nội trú ở các huyện miền núi.\n\n"
        "Điều dưỡng lấy mẫu cho học sinh trường nội trú huyện Vĩnh Thạnh\n"
        "Bên cạnh đó, các gia đình không tổ chức đám giỗ, sinh nhật trên 20 người trong thời gian này; các chợ tạm"
        " ở các xã ven biển chỉ bán các mặt hàng thiết yếu, đóng cửa trước 18 giờ hằng ngày.\n"
        "Các quán karaoke dừng phục vụ khách cho tới khi tỉnh cho phép.\n",
        ["Sở Y tế Bình Định chủ trì", "Bên cạnh đó, các gia đình", "Các quán karaoke"],
    ),
]


def test_news_conclusion_forms() -> None:
    failures = implicit_task_failures(HEAD, ROWS)
    assert not failures, failures


@pytest.mark.parametrize(
    ("text", "orders"),
    [
        ("Người đứng đầu Chính phủ cũng lưu ý, giảm một nửa thời gian cấp phép.", True),
        ("Về giá, Bộ trưởng nêu rõ tinh thần là không để thiếu hàng.", True),
        ("Chủ tịch tỉnh nhấn mạnh, các huyện phải di dời xong các hộ ven suối.", True),
        ("Giám đốc Sở nhấn mạnh, các bệnh viện tuyến huyện cần bố trí đủ giường.", True),
        ("Chủ tịch tỉnh nhấn mạnh, đây không phải việc riêng của một ngành.", False),  # negated: a judgement
        ("Bộ trưởng nhấn mạnh mục tiêu tăng trưởng của ngành không thay đổi.", False),  # a goal stated
        ("Một việc nữa được Bộ trưởng lưu ý là số hóa hồ sơ.", False),  # "việc" is no ordered_task noun
        ("Một nhiệm vụ nữa được Bộ trưởng lưu ý là số hóa hồ sơ.", True),
    ],
)
def test_orders_as_giver(text: str, orders: bool) -> None:
    assert news_orders.orders_as_giver(text) is orders


@pytest.mark.parametrize(
    ("text", "announces"),
    [
        ("Ngày 3/2, UBND huyện Phù Cát có văn bản khẩn yêu cầu các xã rà soát ngay các hộ.", True),
        ("Ngày 3/2, UBND huyện Phù Cát có văn bản gửi Sở Y tế xin thêm vắc xin.", False),  # sent, no order told
    ],
)
def test_announces_orders(text: str, announces: bool) -> None:
    assert news_orders.announces_orders(text) is announces
