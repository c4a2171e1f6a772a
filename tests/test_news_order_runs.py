"""News reports that print a text's orders one paragraph each (ANNOTATING, news convention; ids are ranks).

A lead-in "… <authority> đề nghị <bodies>:" (or "kính đề nghị:") is followed by paragraphs that carry it out, with
no subject ("Sẵn sàng …", "Trực …": the lead-in's bodies, as a list under a lead-in inherits them) or opening with
their own bodies; the run ends at a title, a new account, the closing or a lead-in of its own. In a leader's
remarks a paragraph may open with the verb of ordering, its giver left out ("Yêu cầu nâng …"), or with a branch
of the administration and its deed ("Ngành Giáo dục cùng … rà soát …"). Not tasks: a text named by whom it is
sent to and its subject ("… có công văn 88 gửi … về việc …"), and the sapo a page prints under its title
when the body tells it again. Every report below is made up for the test."""

from __future__ import annotations

from directive_extract import extract
from tests.test_news_order_paragraphs import implicit_task_failures

HEAD = "Miền núi phía Bắc chống rét cho người và gia súc\n\nThứ Ba, 09/12/2025 - 16:40\n\n"

LEAD_IN = (
    "Để ứng phó với đợt rét đậm kéo dài, Ban Chỉ đạo chống rét tỉnh Lào Cai đề nghị UBND các huyện vùng cao:\n\n"
    "Sẵn sàng chăn ấm, than sưởi cho các điểm trường vùng cao có học sinh bán trú.\n\n"
    "Trực 24/24 giờ tại các đèo dốc có băng giá, kịp thời phân luồng phương tiện.\n\n"
    "Đề nghị UBND các huyện vùng cao lưu tâm thực hiện.\n\n"
    "Hà Giang: nhiều bản nghỉ học vì băng giá\n\n"
)

ROWS = [
    (  # a lead-in ending with its bodies and a colon: the paragraphs after it, to the closing, are its orders
        LEAD_IN + "Sáng 9/12, nhiệt độ ở đỉnh Phan Xi Păng xuống âm 2 độ C.\n",
        ["Sẵn sàng chăn ấm", "Trực 24/24 giờ"],
    ),
    (  # "kính đề nghị:": the paragraphs after it open with their own bodies
        "Để chủ động chống rét, Ban Chỉ đạo chống rét huyện Bảo Thắng kính đề nghị:\n\n"
        "Hạt Kiểm lâm huyện, UBND những xã vùng cao tùy nhiệt độ mỗi sáng để dừng việc vào rừng.\n\n"
        "Trạm Thú y huyện, UBND các xã ven sông hướng dẫn người nuôi che chắn chuồng trâu bò.\n\n"
        "Bảo Yên: người dân đốt lửa sưởi ấm\n\n"
        "Chiều 9/12, UBND huyện Bảo Yên họp với các xã về đợt rét.\n",
        ["Hạt Kiểm lâm huyện", "Trạm Thú y huyện"],
    ),
    (  # a lead-in that lists what it names, no verb of ordering before its colon: no run of orders
        "Cử tri trong xã được mời góp ý vào ba dự thảo văn bản sau đây:\n\n"
        "Dự thảo Quy chế dân chủ ở thôn, bản năm 2026.\n\n"
        "Dự thảo Hương ước mới của thôn Nà Lay.\n",
        [],
    ),
    (  # a text named by whom it is sent to and its subject: its issuing, no order told
        "Sáng 8/12, Sở Y tế tỉnh Lào Cai có công văn 88/SYT gửi UBND những huyện vùng cao; trạm y tế mỗi xã về "
        "việc phòng bệnh mùa rét cho trẻ nhỏ.\n\n"
        "Nhiệt độ ở vùng núi cao có thể xuống dưới 3 độ C trong đêm.\n",
        [],
    ),
    (  # a leader's remarks: the verb of ordering opening a paragraph, a branch and its deed
        "Chủ tịch UBND tỉnh Lào Cai yêu cầu sở ngành và những huyện vùng cao không lơ là trước đợt rét hại.\n\n"
        "Yêu cầu nâng mức cảnh báo băng giá để người dân chủ động che chắn nhà cửa.\n\n"
        "Ngành Giáo dục cùng những xã vùng cao rà soát chỗ ở nội trú cho học sinh.\n",
        ["Chủ tịch UBND tỉnh Lào Cai", "Yêu cầu nâng mức", "Ngành Giáo dục cùng"],
    ),
    (  # the sapo under the title, told again by the body: a summary, no task
        "Ban Chỉ đạo chống rét tỉnh Yên Bái yêu cầu các huyện vùng cao đưa trâu bò về chuồng và đốt "
        "lửa sưởi ấm suốt đêm.\n\n"
        "Đêm 8/12, nhiều nơi ở Mù Cang Chải có băng giá.\n\n"
        "Ban Chỉ đạo chống rét tỉnh Yên Bái yêu cầu các huyện vùng cao đưa trâu bò về chuồng và đốt "
        "lửa sưởi ấm suốt đêm, không thả rông gia súc lên núi.\n",
        [
            "Ban Chỉ đạo chống rét tỉnh Yên Bái yêu cầu các huyện vùng cao đưa trâu bò về chuồng và đốt lửa "
            "sưởi ấm suốt đêm, không"
        ],
    ),
]


def test_news_order_runs() -> None:
    failures = implicit_task_failures(HEAD, ROWS)
    assert not failures, failures


def test_a_paragraph_with_no_subject_takes_the_lead_in_bodies() -> None:
    tasks = extract(HEAD + LEAD_IN).tasks
    assert [[(a.name, a.role) for a in task.agencies] for task in tasks] == [
        [("Ủy ban nhân dân các huyện vùng cao", "lead")],
        [("Ủy ban nhân dân các huyện vùng cao", "lead")],
    ]
