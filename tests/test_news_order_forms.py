"""News reports (no type line, number or issuer): every paragraph whose main clause tells an order still to be carried
out, given by an authority, is an implicit task `pN`, whoever it is addressed to (ANNOTATING, news convention).

The forms here: an authority (a body, a place read as its government, an official) then a verb of ordering, with no
auxiliary or with "cũng", also after an opening clause ("Từ 20h, tỉnh X cũng yêu cầu cư dân …"); an order
reported by its giver ("<official> cho biết, đã đề nghị …"); the main clause after "Ngoài yêu cầu …,"; the measures
of a text spelled out after the paragraph telling what it orders ("Theo đó, … đề nghị …" then "… sẽ …", "… phải …",
"… khuyến khích …") up to a paragraph that tells something else; the bodies an order goes on to, listed ("2 đơn
vị gồm: A, B <deed>"). Not tasks: a summary of several places' orders; a
paragraph whose lead sentence tells a done act ("Sáng nay, huyện đã sơ tán … Người dân khẩn trương …"). Ids are
ranks, so each row checks every task's opening in order. Every report below is made up for the test."""

from __future__ import annotations

import pytest

from directive_extract import extract
from directive_extract.stages import news_orders

from .test_news_order_paragraphs import implicit_task_failures

HEAD = "Thời sự\n\nThứ năm, 14/11/2024, 09:40 (GMT+7)\n\nMiền núi phía Bắc chủ động ứng phó mưa lũ\n\n"
DONE = "Đến trưa nay, các xã vùng cao đã dựng 24 lều bạt cho các hộ sống ven suối.\n\n"

ROWS = [
    (  # a place read as its government, no auxiliary, the order told without its addressee first
        DONE + "Thành phố yêu cầu kể từ 22h đêm nay không để xe tải chở vật liệu đi qua các cầu tạm bắc qua sông.\n",
        ["Thành phố yêu cầu"],
    ),
    (  # "cũng", after an opening clause: the authority and its verb of ordering follow the comma
        DONE + "Là địa phương có nhiều hồ chứa xung yếu, UBND Kon Tum cũng yêu cầu cư dân vùng hạ du không "
        "đánh bắt cá trên sông trong ba ngày tới.\n",
        ["Là địa phương có nhiều"],
    ),
    (  # "Chính quyền <tỉnh> cũng khuyến cáo …": an advice is an order to the people
        DONE + "Chính quyền Lâm Đồng cũng khuyến cáo cư dân sau 19h hạn chế đi qua đèo Bảo Lộc.\n",
        ["Chính quyền Lâm Đồng"],
    ),
    (  # a time opening, then "tỉnh <X> cũng yêu cầu …"
        DONE + "Từ 6h sáng mai, tỉnh Gia Lai cũng yêu cầu cư dân không vào rừng hái măng.\n",
        ["Từ 6h sáng mai"],
    ),
    (  # an order reported by its giver: "<official> cho biết, đã yêu cầu …"
        DONE + "Phó chủ tịch UBND Hà Tĩnh Nguyễn Văn Hùng cho biết, đã đề nghị ngư dân ven biển không ra khơi "
        "đến hết ngày 20/11.\n",
        ["Phó chủ tịch UBND Hà Tĩnh"],
    ),
    (  # "Ngoài yêu cầu <X>, tỉnh đề nghị <Y> …": the main clause's order
        DONE + "Ngoài yêu cầu di dời các hộ dưới chân đồi, tỉnh đề nghị tàu cá về bến trước 15h; kiên quyết "
        "không cho thuyền nan ra sông.\n",
        ["Ngoài yêu cầu di dời"],
    ),
    (  # several places' governments at once: the report's summary, not one authority's order; "địa phương" gives none
        "Chính quyền Lào Cai, Yên Bái và Hà Giang yêu cầu cư dân ở yên trong nhà khi mưa lớn đêm nay.\n\n"
        "Nhiều địa phương cũng yêu cầu cư dân dự trữ lương thực cho ba ngày.\n\n"
        "Chủ tịch UBND Yên Bái Trần Huy Tuấn yêu cầu các huyện kiểm tra các điểm sạt lở trước 17h.\n",
        ["Chủ tịch UBND Yên Bái"],
    ),
    (  # a text's measures spelled out after "Theo đó, …", a photo between, up to the figures that end them
        "Đây là nội dung văn bản Phó chủ tịch UBND tỉnh Lê Minh Khoa vừa gửi các huyện về đợt tiêm chủng mùa đông.\n\n"
        "Theo đó, Ban chỉ đạo tỉnh đề nghị các huyện tổ chức tiêm ngay cho trẻ chưa đủ mũi sởi.\n\n"
        "Cán bộ y tế khám sàng lọc cho trẻ tại trạm y tế xã Hòa Bình. Ảnh: Minh Tâm\n\n"
        "Cụ thể, tại các xã có ca mắc sẽ rà soát danh sách trẻ dưới 5 tuổi theo từng thôn.\n\n"
        "Trẻ đã tiêm một mũi phải được hẹn lịch tiêm mũi hai trong tháng này.\n\n"
        "Tỉnh khuyến khích phụ huynh chủ động đưa trẻ tới điểm tiêm gần nhà.\n\n"
        "Từ đầu năm, toàn tỉnh ghi nhận 312 ca sởi, tăng gấp ba cùng kỳ.\n\n"
        "Các trường mầm non sẽ nhắc phụ huynh trong các buổi họp lớp.\n",
        ["Theo đó, Ban chỉ đạo tỉnh", "Cụ thể, tại các xã", "Trẻ đã tiêm một mũi", "Tỉnh khuyến khích phụ huynh"],
    ),
    (  # a text's measures: a measure of attention, and bodies then their deed; a new speaker ends them
        "Tại Sơn La, Chủ tịch UBND tỉnh vừa có công điện hỏa tốc đề nghị các sở, ngành theo dõi sát lượng mưa.\n\n"
        "Đặc biệt lưu ý những điểm trường đã bị nứt tường ở các huyện vùng cao.\n\n"
        "UBND các xã bố trí người trực tại các ngầm tràn suốt đêm.\n\n"
        "Trưởng phòng Giáo dục huyện Phạm Văn Lực cho biết, các trường sẽ cho học sinh nghỉ nếu mưa kéo dài.\n",
        ["Tại Sơn La, Chủ tịch", "Đặc biệt lưu ý", "UBND các xã bố trí"],
    ),
    (  # the lead sentence tells a done act: what follows it is the account, not an order
        "Sáng nay, huyện đã sơ tán 300 hộ khỏi vùng trũng. Người dân khẩn trương kê cao đồ đạc trước khi lũ về.\n\n"
        "Chiều qua, xã đã di dời 40 hộ. Chủ tịch UBND huyện Trần Văn Tâm yêu cầu các xã tiếp tục rà soát nhà yếu.\n\n"
        "Về kế hoạch năm, Bí thư Tỉnh ủy đồng ý với bản dự thảo do Văn phòng soạn, trong đó đã chia việc cho từng "
        "thành viên; đề nghị tiếp tục cập nhật những việc mới phát sinh.\n",
        ["Chiều qua, xã đã", "Về kế hoạch năm"],
    ),
    (  # a deed told inside brackets or a long subject's own clause is no done act of the sentence
        DONE + "Các huyện (trừ hai huyện đã xong việc kiểm đếm) khẩn trương báo cáo số hộ bị ảnh hưởng trước 16h.\n\n"
        "Các trường học, trạm y tế và nhà văn hóa ở những thôn nằm sát chân núi phía tây của huyện đã xuống cấp "
        "nhiều năm nay, đề nghị ngành xây dựng khẩn trương kiểm tra, gia cố trước mùa mưa.\n",
        ["Các huyện (trừ", "Các trường học, trạm"],
    ),
    (  # deciding whom the order binds is ordering; deciding to set a body up is the decision's own act
        DONE + "UBND huyện quyết định thành lập tổ phản ứng nhanh đóng tại xã Pờ Ly Ngài.\n\n"
        "Huyện quyết định để học sinh các điểm trường vùng cao nghỉ học hết tuần.\n",
        ["Huyện quyết định để"],
    ),
    (  # a paragraph opening with a deed to do: a deed told done later in its sentence does not unmake the order
        DONE + "Ngoài ra, Sở Xây dựng rà soát nhà trọ đã cơi nới thêm tầng ở các phường ven sông.\n",
        ["Ngoài ra, Sở Xây dựng"],
    ),
    (  # the run of a text's measures ends at a paragraph that tells something else, and an order after it opens none
        "Theo đó, Ban chỉ đạo tỉnh đề nghị các huyện rà soát số hộ chưa có nước sạch.\n\n"
        "Năm ngoái, toàn tỉnh có 1.200 hộ thiếu nước vào mùa khô.\n\n"
        "Chủ tịch UBND huyện Lò Văn Sơn yêu cầu các xã lắp thêm bể chứa ở điểm trường.\n\n"
        "Các thôn sẽ góp ngày công đào mương dẫn nước.\n",
        ["Theo đó, Ban chỉ đạo", "Chủ tịch UBND huyện Lò"],
    ),
    (  # an order going on to the bodies it names in a list, then their deed; past the account, a list orders nothing
        "Hạt Kiểm lâm huyện Ea Súp đã chỉ đạo các trạm trực phòng cháy rừng suốt mùa khô.\n\n"
        "2 đơn vị gồm: Trạm Kiểm lâm Ya Tờ Mốt, Trạm Kiểm lâm Ia Lốp lập chốt chặn ở các cửa rừng.\n\n"
        "Mùa khô năm ngoái, huyện có 9 vụ cháy rừng.\n\n"
        "2 đơn vị gồm: Trạm Kiểm lâm Cư M'lan, Trạm Kiểm lâm Ea Rốk tổ chức tuần tra ban đêm.\n",
        ["Hạt Kiểm lâm huyện Ea Súp", "2 đơn vị gồm: Trạm"],
    ),
]


def test_news_order_forms() -> None:
    failures = implicit_task_failures(HEAD, ROWS)
    assert not failures, failures


@pytest.mark.parametrize(
    ("text", "orders"),
    [
        ("Thành phố yêu cầu kể từ 22h đêm nay không để xe tải đi qua cầu tạm.", True),
        ("Từ 6h sáng mai, tỉnh Gia Lai cũng yêu cầu cư dân không vào rừng.", True),
        ("Ông Lê Văn Bảy, Phó chủ tịch UBND tỉnh Bến Tre yêu cầu người dân gia cố nhà.", True),
        ("Công an tỉnh Điện Biên cũng đã ra lệnh cho dân quân trực tại các bến đò.", True),
        ("Chính quyền Lào Cai, Yên Bái và Hà Giang yêu cầu cư dân ở trong nhà.", False),  # a summary
        ("Nhiều địa phương cũng yêu cầu cư dân dự trữ lương thực.", False),  # "địa phương" gives no order
        ("Ban chỉ đạo phong trào thể thao xã rà soát các hộ.", False),  # "chỉ đạo" of the body's name
        ("UBND tỉnh nhận được yêu cầu của Bộ Xây dựng liên quan việc này.", False),
        ("Tỉnh quyết định số 54 về phân bổ vốn được công bố hôm qua.", False),  # "quyết định số": a noun
        ("Các hộ ven suối vẫn chưa di dời. Chủ tịch huyện yêu cầu các xã kiểm tra.", False),  # the lead sentence
    ],
)
def test_orders_as_giver(text: str, orders: bool) -> None:
    assert news_orders.orders_as_giver(text) is orders


@pytest.mark.parametrize(
    ("text", "at"),
    [
        ("Sáng nay, huyện đã sơ tán 300 hộ. Người dân khẩn trương kê cao đồ đạc.", "đã sơ tán"),
        ("Tỉnh đã yêu cầu các xã rà soát nhà yếu.", None),  # an order told as given, no done deed
        ("Các thôn đã bị ngập sâu cần được ưu tiên hỗ trợ.", None),  # what befell a place, no deed
        ("Các xã rà soát nhà yếu. Huyện đã làm xong việc này năm ngoái.", None),  # not in the lead sentence
        ("Trẻ đã tiêm một mũi phải được hẹn lịch tiêm mũi hai.", None),  # the deed qualifies the subject
    ],
)
def test_done_deed_at(text: str, at: str | None) -> None:
    found = news_orders.done_deed_at(text)
    assert found == (None if at is None else text.index(at))


def test_a_count_told_done_inside_a_reported_order_is_observed() -> None:
    """In a news report's order, a count whose sentence goes on to tell it done ("120 cán bộ … đã được điều tới …") is
    the report's account, observed; the count the order asks for stays a target."""
    text = (
        HEAD + "Chiều qua, mưa lớn làm sạt lở nhiều đoạn đường ở huyện Nam Trà My.\n\n"
        "Chủ tịch tỉnh Kon Tum đề nghị các huyện huy động 300 cán bộ trực tại các điểm sạt lở; 120 cán bộ xã Trà Leng "
        "đã được điều tới thôn 1 để dọn đất đá.\n"
    )
    assert [(m.text, m.kind) for m in extract(text).metrics] == [("300 cán bộ", "target"), ("120 cán bộ", "observed")]
