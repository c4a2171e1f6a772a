"""News reports that retell a text's conclusions or a body's own plan (ANNOTATING, news convention; ids are ranks).

Once a report says it tells a text's conclusions ("Đó là nội dung chính của Thông báo số …"), a paragraph
whose subject is a body and its deed ("Ủy ban nhân dân tỉnh X tiếp thu góp ý … để hoàn thiện …", "… làm việc
với Bộ … để …") is one of them, an order to that body, though no verb of ordering is printed. "Cụ thể, …" after an
order spells it out, and the measures after it ("Quy mô … phải …", "Đa dạng …", "Các địa phương tích cực … rà soát
…") go on with it. An order told with the earlier text it was given in ("Thủ tướng đã giao … tại văn bản số …") is
the report's background. A body's own plan: "Thực hiện …, Sở X sẽ tiếp tục mở …" sets a task on its basis ("Thời gian tới, huyện X cũng sẽ sẵn sàng …" for its
time), and
"Sở" alone as the subject after the Sở is named in full is that Sở. Every report below is made up for the test."""

from __future__ import annotations

from directive_extract import extract
from tests.test_news_order_paragraphs import implicit_task_failures

HEAD = "Hai tuyến đường ven biển phải xong mặt bằng trước quý III\n\n2024/05/14\n\n"

ROWS = [
    (  # a body and its deed in an account of conclusions; an order cited with its earlier text is background
        "Đó là nội dung chính của Thông báo 71/TB-VPCP do Phó Thủ tướng ký về hai tuyến đường ven biển.\n\n"
        "Về tuyến phía Bắc, Thủ tướng đã giao UBND tỉnh Quảng Trị làm chủ quản tại văn bản số 412/TTg-CN ngày "
        "3/8/2023.\n\n"
        "Ủy ban nhân dân tỉnh Quảng Trị tiếp thu góp ý của các bộ để chỉnh lại hồ sơ mặt bằng tuyến phía Bắc.\n\n"
        "Ủy ban nhân dân tỉnh Quảng Nam làm việc với Bộ Xây dựng để chốt lại hướng tuyến qua khu dân cư.\n",
        ["Ủy ban nhân dân tỉnh Quảng Trị tiếp", "Ủy ban nhân dân tỉnh Quảng Nam"],
    ),
    (  # "Cụ thể, …" spells out the order before it; the measures after it go on with it
        "Phó Thủ tướng Lê Văn Minh đề nghị những bộ, ngành rút ngắn thời gian thẩm định hồ sơ hai tuyến đường.\n\n"
        "Cụ thể, khâu lập hồ sơ cần chủ động, kỹ lưỡng hơn so với năm trước.\n\n"
        "Mặt cắt tuyến đường phải đủ 4 làn xe để khỏi phải mở rộng về sau.\n\n"
        "Đa dạng cách huy động vốn, gồm vốn tỉnh, vốn nhà đầu tư và vốn vay ưu đãi.\n\n"
        "Các tỉnh ven biển tích cực rà lại quỹ đất tái định cư cho dân trong vùng dự án.\n",
        ["Phó Thủ tướng Lê Văn Minh", "Cụ thể, khâu lập", "Mặt cắt tuyến đường", "Đa dạng cách", "Các tỉnh ven biển"],
    ),
]

PLAN = (
    "Sở Y tế Hà Tĩnh lo phòng sốt xuất huyết mùa mưa\n\nThứ Năm, 05/06/2025 - 07:45\n\n"
    "Trong mùa mưa năm 2025, Sở Y tế xác định việc diệt lăng quăng phải triển khai đều ở mọi thôn xóm.\n\n"
    "Thực hiện chương trình phòng chống dịch bệnh mùa mưa của tỉnh năm nay, Sở Y tế sẽ tiếp tục mở lớp tập "
    "huấn cho cộng tác viên.\n\n"
    "Ngoài ra, Sở sẽ phối hợp với các huyện phun hóa chất ở những ổ dịch cũ.\n\n"
    "Tuần qua, toàn tỉnh ghi nhận thêm 40 ca sốt xuất huyết.\n\n"
    "Thời gian tới, huyện Can Lộc cũng sẽ sẵn sàng xe, thuốc và tổ phản ứng nhanh khi ổ dịch mới xuất hiện.\n"
)


def test_news_conclusion_accounts() -> None:
    failures = implicit_task_failures(HEAD, ROWS)
    assert not failures, failures


def test_a_body_setting_its_own_tasks() -> None:
    tasks = extract(PLAN).tasks
    assert [task.text[:20] for task in tasks] == [
        "Trong mùa mưa năm 20",
        "Thực hiện chương trì",
        "Ngoài ra, Sở sẽ phối",
        "Thời gian tới, huyện",  # a frame of the time to come, then a subject and its planned deed
    ]
    # "Sở" alone, the subject of its deed, is the Sở the report named
    assert [(a.text, a.name, a.role) for a in tasks[2].agencies] == [("Sở", "Sở Y tế", "lead")]
