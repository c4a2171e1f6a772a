"""Topic cues: general terms of Vietnamese administration per policy area, whole words, not names.

Every row is invented (no corpus sentence): the forms are those any ministry's or province's
document uses for the policy area.
"""

from __future__ import annotations

import pytest

from directive_extract import resources
from directive_extract.errors import ResourceError
from directive_extract.stages import topics as stage
from directive_extract.stages.topics import cue_positions, topics_in
from directive_extract.vn import fold_keep_case


def topics_of(text: str) -> list[str]:
    return topics_in(cue_positions(fold_keep_case(text), text), 0, len(text))


# (form, text, topic, expected: the topic is found)
CASES = [
    # enforcement: inspection, sanctions, security and order
    ("inspection pair", "Tổ chức kiểm tra, giám sát các cửa hàng xăng dầu trên địa bàn.", "enforcement", True),
    ("inspecting the doing", "Sở Công Thương kiểm tra việc niêm yết giá tại các chợ.", "enforcement", True),
    ("violation", "Xử lý các tổ chức, cá nhân vi phạm quy định về đê điều.", "enforcement", True),
    ("illegal", "Ngăn chặn tình trạng khai thác cát trái phép trên sông Hồng.", "enforcement", True),
    ("crime", "Đấu tranh với tội phạm sử dụng công nghệ cao.", "enforcement", True),
    ("smuggling", "Tăng cường chống buôn lậu, gian lận thương mại.", "enforcement", True),
    ("correcting", "Chấn chỉnh việc thu các khoản ngoài quy định trong trường học.", "enforcement", True),
    ("patrol", "Dân quân tổ chức tuần tra ban đêm tại các thôn.", "enforcement", True),
    ("corruption", "Thực hiện tốt công tác phòng, chống tham nhũng, tiêu cực.", "enforcement", True),
    ("state secret", "Quán triệt các quy định về bảo vệ bí mật nhà nước.", "enforcement", True),
    ("state secret, abbreviated", "Lập sổ theo dõi tài liệu BMNN tại văn thư xã.", "enforcement", True),
    # communication: propaganda, mobilization, media
    ("mobilizing people", "Vận động nhân dân không đốt rơm rạ sau thu hoạch.", "communication", True),
    ("mobilizing resources", "Vận động các nguồn lực xã hội hóa để sửa chữa trường học.", "communication", False),
    ("election campaigning", "Ứng cử viên thực hiện vận động bầu cử theo luật định.", "communication", False),
    ("athlete", "Cử 05 vận động viên tham dự giải điền kinh.", "communication", False),
    ("radio", "Phát trên hệ thống loa truyền thanh cơ sở hai lần mỗi ngày.", "communication", True),
    ("television", "Đưa tin kịp thời trên sóng phát thanh, truyền hình.", "communication", True),
    ("slogans", "Treo khẩu hiệu, pa nô tại các trục đường chính.", "communication", True),
    ("awareness", "Nâng cao nhận thức của người dân về bảo vệ rừng.", "communication", True),
    ("campaign launch", "Phát động phong trào thi đua và hưởng ứng Tháng hành động.", "communication", True),
    ("lecturer of the Party", "Bồi dưỡng đội ngũ báo cáo viên các cấp.", "communication", True),
    ("lecturer is not reporting", "Bồi dưỡng đội ngũ báo cáo viên các cấp.", "coordination", False),
    ("web portal", "Đăng tải trên cổng thông tin điện tử của huyện.", "communication", True),
    # folded, "truyền thống" (tradition) is "truyền thông" (media); a stadium is no mobilizing
    ("media", "Làm truyền thông về lợi ích của sữa mẹ.", "communication", True),
    ("tradition", "Gìn giữ lễ hội truyền thống đua ghe ngo.", "communication", False),
    ("department of information", "Nhờ Bộ Thông tin và truyền thông cấp tên miền cho xã.", "communication", False),
    ("stadium", "Dọn sạch khán đài sân vận động Thống Nhất.", "communication", False),
    # medical equipment and supplies are the health system's
    ("medical equipment", "Mua sắm thiết bị y tế cho phòng khám khu vực Ea Kar.", "health_system", True),
    ("medical supplies", "Dự trữ vật tư y tế cùng thuốc men ở các đảo tiền tiêu.", "health_system", True),
    # social_support
    ("helping people in hardship", "Hỗ trợ người dân bị ảnh hưởng bởi dịch bệnh.", "social_support", True),
    ("helping with a procedure", "Hướng dẫn, hỗ trợ người dân đăng ký tài khoản định danh.", "social_support", False),
    ("serving people and firms", "Ứng dụng AI hỗ trợ người dân, doanh nghiệp tra cứu hồ sơ.", "social_support", False),
    ("allowance", "Chi trả trợ cấp hằng tháng cho đối tượng bảo trợ.", "social_support", True),
    ("hardship", "Thăm hỏi gia đình có hoàn cảnh đặc biệt khó khăn.", "social_support", True),
    ("gifts", "Tổ chức tặng quà cho học sinh nghèo vượt khó.", "social_support", True),
    ("gifts is not a floor", "Bố trí nhà làm việc ở tầng quản lý.", "social_support", False),
    ("vulnerable", "Ưu tiên sơ tán các hộ yếu thế trước khi bão vào.", "social_support", True),
    ("relief", "Tiếp nhận, phân phối hàng cứu trợ kịp thời.", "social_support", True),
    ("poor households", "Rà soát hộ nghèo, hộ cận nghèo cuối năm.", "social_support", True),
    # repairing a disaster's damage is not, by itself, support to people
    ("aftermath", "Khắc phục hậu quả bão số 3 tại các xã ven biển.", "social_support", False),
    ("development support", "Cân nhắc chính sách hỗ trợ phát triển làng nghề gốm Bát Tràng.", "social_support", False),
    ("welfare support", "Xã lập chính sách hỗ trợ hộ mất mùa do rét đậm.", "social_support", True),
    ("unemployment insurance", "Giải quyết bảo hiểm thất nghiệp đúng hạn.", "social_support", True),
    ("merit", "Thực hiện chính sách ưu đãi người có công với cách mạng.", "social_support", True),
    # coordination
    ("urging", "Văn phòng UBND tỉnh theo dõi, đôn đốc thực hiện.", "coordination", True),
    ("compiling", "Phòng Nội vụ tổng hợp kết quả gửi UBND huyện.", "coordination", True),
    ("advising", "Sở Tài chính tham mưu UBND tỉnh bố trí kinh phí.", "coordination", True),
    # the enacting clause assigns who carries the act out; a duty roster organizes the standing watch
    ("enacting clause", "Hạt Kiểm lâm vùng cao lo thi hành Quyết định số 12 về mùa khô.", "coordination", True),
    ("duty roster", "Các trạm bơm duy trì trực ban suốt mùa mưa.", "coordination", True),
    # economy: a business named among the addressees is not the economy
    ("addressees", "Hướng dẫn người dân, doanh nghiệp nộp hồ sơ trực tuyến.", "economy", False),
    ("production", "Tháo gỡ khó khăn cho sản xuất, kinh doanh.", "economy", True),
    # a business named as the one who acts ("hộ kinh doanh", "cơ sở sản xuất") is an addressee too
    ("household business", "Các hộ kinh doanh ven chợ Bến Thành treo biển giá.", "economy", False),
    ("production unit", "Cơ sở sản xuất nước mắm ở Cát Hải lắp camera.", "economy", False),
    ("trading person", "Cá nhân kinh doanh hàng rong đăng ký với phường.", "economy", False),
    ("resuming business", "Giúp nông dân khôi phục sản xuất vụ đông.", "economy", True),
    # toned cue: folded, "đóng cửa" is also "(hoạt) động của"
    ("closing", "Tạm đóng cửa các cơ sở kinh doanh dịch vụ không thiết yếu.", "distancing", True),
    ("closing, OCR tone lost", "Yêu cầu đóng của các quán karaoke, vũ trường.", "distancing", True),
    ("activity of", "Nâng cao chất lượng hoạt động của các cơ sở giáo dục.", "distancing", False),
    # folded, "thời gian cách ly" holds "giãn cách" and "tuân thủ đúng" holds "thu dung"
    ("period of", "Thời gian cách ly đối với thủy thủ là bảy ngày.", "distancing", False),
    ("spacing stays", "Thời gian giãn cách ở phường kéo dài thêm.", "distancing", True),
    ("complying", "Chủ xe phải tuân thủ đúng luồng tuyến được cấp.", "treatment", False),
    ("admitting patients", "Mở thêm tầng để thu dung bệnh nhân nặng.", "treatment", True),
    ("impact of", "Đánh giá tác động của chính sách đến người lao động.", "distancing", False),
    # whole words: folded text must not fire inside another word
    ("legal staff", "Kiện toàn đội ngũ làm công tác pháp chế tại các sở.", "enforcement", False),
    ("ban is not welfare", "Thành lập Ban sinh hoạt chuyên đề.", "social_support", False),
    ("sanctions", "Có chế tài đủ mạnh đối với hành vi gian lận.", "enforcement", True),
    # a cue capitalized mid-sentence is a word of a name
    ("radio station name", "Đài Phát thanh và Truyền hình tỉnh đưa tin.", "communication", False),
    ("agency name", "Giao Sở Kế hoạch và Đầu tư, Sở Tài chính rà soát.", "economy", False),
    ("law title", "Triển khai Luật Thương mại, Luật Cạnh tranh đến cán bộ.", "economy", False),
    ("committee name", "Lấy ý kiến Ủy ban Kinh tế và Tài chính về dự thảo.", "economy", False),
    ("heading in capitals stays", "III. HỖ TRỢ NGƯỜI DÂN GẶP KHÓ KHĂN", "social_support", True),
    ("item start stays", "Nhiệm vụ:\nThương mại điện tử được mở rộng đến các xã.", "economy", True),
    (
        "item after an unpunctuated label line",
        "1. Các phòng, ban\nTuyên truyền đến toàn thể cán bộ.",
        "communication",
        True,
    ),
    ("document being made stays", "Sở Nội vụ xây dựng Báo cáo sơ kết gửi Bộ.", "coordination", True),
    # inspection is enforcement; a school test, an assessment, a health or paper check is not
    ("inspecting premises", "Cán bộ thú y kiểm tra các quầy thuốc tân dược ở chợ Mỹ Lộc.", "enforcement", True),
    ("coercion", "Hộ nào cố tình không di dời khỏi bãi bồi thì cưỡng chế.", "enforcement", True),
    ("security, order", "Dân quân giữ an ninh, trật tự bến đò ngang.", "enforcement", True),
    ("overseeing the doing", "Hội Nông dân xã giám sát việc chấp hành hương ước làng.", "enforcement", True),
    ("school test", "Giáo viên chấm bài kiểm tra cuối kỳ môn Địa lý lớp 7.", "enforcement", False),
    ("assessment", "Giáo viên tiếng Anh kiểm tra, đánh giá năng lực nghe của lớp 4.", "enforcement", False),
    ("health check", "Nhà trường kiểm tra sức khỏe học sinh nội trú đầu năm.", "enforcement", False),
    ("recruitment check", "Hội đồng kiểm tra điều kiện của người nộp đơn ngạch kế toán.", "enforcement", False),
    ("certifying exam", "Trung tâm ngoại ngữ kiểm tra và cấp bằng tiếng Khmer.", "enforcement", False),
    ("urging and checking", "Huyện ủy đôn đốc, kiểm tra tiến độ làm đường giao thông nông thôn.", "enforcement", False),
    # communication: calling on people; promoting an image
    ("calling on people", "Kêu gọi ngư dân đưa ghe về nơi neo trú an toàn.", "communication", True),
    ("calling for investors", "Huyện in tờ rơi kêu gọi đầu tư vào cụm công nghiệp Tân Lập.", "communication", False),
    ("promoting", "Quảng bá đặc sản bưởi Năm Roi trên sàn giao dịch.", "communication", True),
    # distancing: staying home, keeping apart, crowds, halting gatherings
    ("stay home", "Bà con xóm chài không ra khỏi nhà sau 22 giờ khi lũ dâng.", "distancing", True),
    ("keeping apart", "Khách xếp hàng giữ khoảng cách khi vào quầy giao dịch.", "distancing", True),
    ("crowding", "Không tổ chức lễ rước tập trung đông trên 20 người ở sân đình.", "distancing", True),
    ("densely populated", "Phủ sóng vùng tập trung đông dân cư ven đô.", "distancing", False),
    ("halting events", "Ban văn hóa tạm dừng sự kiện văn nghệ ở đình làng.", "distancing", True),
    ("limiting contact", "Nhân viên quầy thu ngân hạn chế tiếp xúc gần khách mua.", "distancing", True),
    ("social isolation is distancing", "Cả thị xã cách ly toàn xã hội suốt nửa tháng.", "distancing", True),
    ("social isolation is no quarantine", "Cả thị xã cách ly toàn xã hội suốt nửa tháng.", "quarantine", False),
    ("quarantine stays", "Đưa thuyền viên mới cập cảng đi cách ly tập trung.", "quarantine", True),
    # food safety and prenatal screening are other areas
    ("food safety", "Kiểm soát an toàn thực phẩm tại bếp ăn tập thể khu chế xuất.", "supply", False),
    ("food hygiene", "Thanh tra vệ sinh thực phẩm ở các quán ăn đường phố.", "supply", False),
    ("food reserves", "Các hộ dự trữ thực phẩm khô đủ dùng một tuần.", "supply", True),
    ("prenatal screening", "Mở rộng sàng lọc trước sinh cho phụ nữ mang thai ở vùng cao.", "testing", False),
    ("screening", "Tổ chức sàng lọc nhanh tại các chợ đầu mối.", "testing", True),
    # economy: the project owner is a role, not the economy
    (
        "project owner",
        "Chủ đầu tư bàn giao mặt bằng; chủ đầu tư nghiệm thu hạng mục cầu.",
        "economy",
        False,
    ),
    ("investment", "Thu hút đầu tư; ưu tiên đầu tư vào nông nghiệp công nghệ cao; mời doanh nghiệp.", "economy", True),
]


def test_topic_cues() -> None:
    failures = []
    for form, text, topic, expected in CASES:
        found = topics_of(text)
        if (topic in found) != expected:
            failures.append(f"{form}: {text!r} -> {found} ({topic} expected {expected})")
    assert not failures, "\n".join(failures)


# A roman part's heading that names a policy area gives it to the tasks under it; one naming the assignment
# does not, nor does an article's heading, which mostly names the body it charges.
HEADED = """UBND HUYỆN TÂN PHÚ

KẾ HOẠCH
Kiểm tra bếp ăn tập thể năm 2031

I. MỤC ĐÍCH

Nắm rõ điều kiện bếp ăn tại các nhà máy may.

II. NỘI DUNG KIỂM TRA

1. Sổ ghi chép nguồn gốc rau, thịt nhập về bếp.

2. Giấy khám sức khỏe của người nấu ăn.

III. PHÂN CÔNG

1. Phòng Y tế huyện lập danh sách các nhà máy may.

2. Văn phòng huyện bố trí xe đưa đoàn.
"""


def test_heading_topics(pipeline_until) -> None:
    doc = pipeline_until(HEADED, "topics")
    assert "enforcement" in doc.topics["II.1"] and "enforcement" in doc.topics["II.2"]
    assert "coordination" not in doc.topics["III.2"]


# Weak cues name the common actors and acts of any long task: economy, coordination and supply need three
# of them, the other topics two.
WEAK_CASES = [
    (
        "two firms and an investment",
        "Mời doanh nghiệp dự hội thảo; doanh nghiệp gửi ý kiến về đầu tư trạm sạc.",
        "economy",
        True,
    ),
    ("one firm, one investment", "Mời doanh nghiệp góp ý phương án đầu tư trạm sạc.", "economy", False),
    ("two cooperations", "Phối hợp với Hội Cựu chiến binh; phối hợp với Đoàn Thanh niên.", "coordination", False),
    ("two border words", "Tuần tra biên giới và các cửa khẩu phụ.", "border", True),
]


def test_weak_hits() -> None:
    failures = [
        f"{form}: {text!r} -> {topics_of(text)}"
        for form, text, topic, expected in WEAK_CASES
        if (topic in topics_of(text)) != expected
    ]
    assert not failures, "\n".join(failures)


def test_weak_hits_validated(monkeypatch) -> None:
    data = resources.read_json("topics.json")
    monkeypatch.setattr(resources, "read_json", lambda name: {**data, "weak_hits": {"economy": 1}})
    stage._lexicon.cache_clear()
    try:
        with pytest.raises(ResourceError, match="weak_hits"):
            stage._lexicon()
    finally:
        monkeypatch.undo()
        stage._lexicon.cache_clear()
