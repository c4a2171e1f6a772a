"""Items labelled by a noun and their number (resources/cues/tasks.tsv, item_noun): "Nội dung 1." of a meeting's
programme, "Nhiệm vụ 2:" and "Giải pháp 3." of a plan are the list's top-level items, their ids the label as printed,
their dotted items under them ("4.1." under "Nội dung 4." is "Nội dung 4.1"). A noun and a number inside a sentence,
or before a small letter, label nothing. Texts made up for the test."""

from __future__ import annotations

from directive_extract import extract

PROGRAMME = """THÀNH ỦY CẦN THƠ
*
Số 41-CTr/TU

ĐẢNG CỘNG SẢN VIỆT NAM
Cần Thơ, ngày 14 tháng 9 năm 2027

CHƯƠNG TRÌNH
Hội nghị Ban Thường vụ Thành ủy

Ban Thường vụ Thành ủy họp vào 8 giờ 00, thứ Tư, ngày 15/9/2027, tại Hội trường Thành ủy về các nội dung sau:
Nội dung 1. Nghe báo cáo tình hình sạt lở bờ sông Hậu.
(Sở Nông nghiệp và Môi trường báo cáo từ 8 giờ 00)
Nội dung 2. Cho ý kiến về dự thảo Kế hoạch chuyển đổi số năm 2028.
(Sở Khoa học và Công nghệ báo cáo từ 9 giờ 00)
Nội dung 3. Các nội dung về công tác cán bộ:
3.1. Báo cáo thẩm định nhân sự.
3.2. Công tác luân chuyển cán bộ.
(Ban Tổ chức Thành ủy báo cáo từ 10 giờ 00)

T/M BAN THƯỜNG VỤ
CHÁNH VĂN PHÒNG
Lê Văn Tâm
"""

PLAN = """ỦY BAN NHÂN DÂN
HUYỆN PHONG ĐIỀN

Số: 77/KH-UBND
Phong Điền, ngày 2 tháng 3 năm 2027

KẾ HOẠCH
Phòng, chống hạn hán năm 2027

I. NHIỆM VỤ, GIẢI PHÁP
Nhiệm vụ 1: Phòng Nông nghiệp và Môi trường rà soát các trạm bơm trước ngày 30/3/2027.
Nhiệm vụ 2: Ủy ban nhân dân các xã nạo vét kênh nội đồng.
Nhiệm vụ 3: Trung tâm Văn hóa, Thông tin và Thể thao tuyên truyền tiết kiệm nước.
"""


def test_a_programme_items_are_labelled_by_their_noun() -> None:
    notice = extract(PROGRAMME)
    assert [task.id for task in notice.tasks] == ["Nội dung 1", "Nội dung 2", "Nội dung 3"]
    assert [sub.id for sub in notice.tasks[2].subtasks] == ["Nội dung 3.1", "Nội dung 3.2"]
    assert notice.tasks[1].text.startswith("Nội dung 2. Cho ý kiến")


def test_a_plan_items_labelled_by_their_noun_name_their_bodies() -> None:
    notice = extract(PLAN)
    assert [task.id for task in notice.tasks] == ["I.Nhiệm vụ 1", "I.Nhiệm vụ 2", "I.Nhiệm vụ 3"]
    assert [a.name for a in notice.tasks[0].agencies] == ["Phòng Nông nghiệp và Môi trường"]
    assert [d.text for d in notice.tasks[0].deadlines] == ["trước ngày 30/3/2027"]


def test_a_noun_and_a_number_in_a_sentence_label_nothing() -> None:
    text = PLAN.replace("Nhiệm vụ 2: Ủy ban", "Nhiệm vụ 2 giao Ủy ban").replace(
        "Nhiệm vụ 3: Trung tâm", "Nhiệm vụ 3: trung tâm"
    )
    ids = [task.id for task in extract(text).tasks]
    assert ids[0] == "I.Nhiệm vụ 1"
    assert not any("vụ 2" in i or "vụ 3" in i for i in ids)
