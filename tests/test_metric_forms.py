"""The language of COVID figures (issue 11): one table per form, text -> (indicator, value, value_max,
unit, kind, place, as_of). Each case is a sentence a bulletin or a directive prints; each row lists
every metric the sentence holds, in order."""

from __future__ import annotations

from directive_extract.stages.metrics import find_metrics

BASE = "2021-09-12"

# fmt: off
CASES = {
    "case nouns": [
        ("Phát hiện 03 ca dương tính trong cộng đồng.", [("f0", 3, None, "case", "observed", None, None)]),
        ("Ghi nhận 205 ca cộng đồng và 14 ca nhập cảnh.",
         [("f0", 205, None, "case", "observed", None, None), ("f0", 14, None, "case", "observed", None, None)]),
        ("Có 12 ca mắc mới, 4 ca nhiễm trong khu cách ly.",
         [("f0", 12, None, "case", "observed", None, None), ("f0", 4, None, "case", "observed", None, None)]),
        ("Bộ Y tế công bố 9 BN mắc COVID-19.", [("f0", 9, None, "case", "observed", None, None)]),
        ("Tỉnh ghi nhận 2 cas bệnh mới COVID-19.", [("f0", 2, None, "case", "observed", None, None)]),
        ("Dịch COVID-19 lan rộng, trong tuần có 40 ca.", [("f0", 40, None, "case", "observed", None, None)]),
    ],
    "outcomes": [
        ("Có 1.312 bệnh nhân được công bố khỏi bệnh.", [("recovered", 1312, None, "person", "observed", None, None)]),
        ("Có 12 ca nặng, 3 ca can thiệp ECMO.",
         [("severe", 12, None, "person", "observed", None, None), ("severe", 3, None, "person", "observed", None, None)]),
        ("Hiện có 120 bệnh nhân đang điều trị.", [("in_treatment", 120, None, "person", "observed", None, None)]),
        ("Hiện có 2.500 người đang cách ly tập trung.", [("quarantined", 2500, None, "person", "observed", None, None)]),
        ("Trong ngày có 35 ca tử vong.", [("deaths", 35, None, "person", "observed", None, None)]),
        ("Tổng số tử vong 5 ca.", [("deaths", 5, None, "person", "observed", None, None)]),
        ("Tỷ lệ tử vong 2,5%.", [("deaths", 2.5, None, "percent", "observed", None, None)]),
    ],
    "tests and vaccination": [
        ("Đã xét nghiệm 15.000 mẫu, trong đó 300 mẫu gộp.",
         [("tests", 15000, None, "test", "observed", None, None), ("tests", 300, None, "test", "observed", None, None)]),
        ("Tỷ lệ dương tính 3,5%.", [("other", 3.5, None, "percent", "observed", None, None)]),
        ("Tỷ lệ tiêm mũi 1 đạt 96,4%.", [("vaccinated_share", 96.4, None, "percent", "observed", None, None)]),
        ("Đã tiêm hơn 1,2 triệu liều vắc xin.", [("vaccine_doses", 1200000, None, "dose", "observed", None, None)]),
    ],
    "targets and caps": [
        ("1. Phấn đấu tiêm hai mũi cho 100% người dân.",
         [("vaccine_doses", 2, None, "dose", "target", None, None),
          ("vaccinated_share", 100, None, "percent", "target", None, None)]),
        ("Không tập trung quá 10 người ngoài công sở.", [("other", 10, None, "person", "target", None, None)]),
        ("Nhà hàng hoạt động không quá 50% công suất.", [("other", 50, None, "percent", "target", None, None)]),
        ("Xét nghiệm từ 20% - 30% số người lao động.", [("tested_share", 20, 30, "percent", "observed", None, None)]),
    ],
    "number forms": [
        ("Tiêm gần 2 triệu mũi vắc xin.", [("vaccine_doses", 2000000, None, "dose", "observed", None, None)]),
        ("Huy động một nghìn người tham gia.", [("other", 1000, None, "person", "observed", None, None)]),
        ("Tuyển dụng 32 viên chức và 01 nhân viên kế toán.",
         [("other", 32, None, "person", "observed", None, None), ("other", 1, None, "person", "observed", None, None)]),
    ],
    "places and dates": [
        ("Tính đến 17 giờ ngày 11/9/2021, Hà Nội 25 ca, TP. Hồ Chí Minh 1.000 ca mắc COVID-19.",
         [("f0", 25, None, "case", "observed", "Hà Nội", "2021-09-11"),
          ("f0", 1000, None, "case", "observed", "Hồ Chí Minh", "2021-09-11")]),
        ("Từ ngày 04/6 đến ngày 14/6/2021 có 62 bệnh nhân dương tính.",
         [("f0", 62, None, "case", "observed", None, "2021-06-04/2021-06-14")]),
        ("Dịch COVID-19: có 12 ca tại huyện Cần Giuộc.", [("f0", 12, None, "case", "observed", "huyện Cần Giuộc", None)]),
    ],
    "per-locality lists": [
        ("Các tỉnh ghi nhận ca bệnh như sau: Hà Nội (1.000), Bình Phước (998), TP. Hồ Chí Minh (915).",
         [("f0", 1000, None, "case", "observed", "Hà Nội", None),
          ("f0", 998, None, "case", "observed", "Bình Phước", None),
          ("f0", 915, None, "case", "observed", "TP. Hồ Chí Minh", None)]),
        ("Từ 17h30 ngày 12/12/2021 đến 17h30 ngày 13/12/2021 ghi nhận 242 ca tử vong tại: Long An (2), Cà Mau (2).",
         [("deaths", 242, None, "person", "observed", None, "2021-12-12/2021-12-13"),
          ("deaths", 2, None, "person", "observed", "Long An", "2021-12-12/2021-12-13"),
          ("deaths", 2, None, "person", "observed", "Cà Mau", "2021-12-12/2021-12-13")]),
        ("Có 2 ca mắc COVID-19 cách ly ngay sau nhập cảnh (Bà Rịa - Vũng Tàu: 1, Hải Phòng: 1).",
         [("f0", 2, None, "case", "observed", None, None),
          ("f0", 1, None, "case", "observed", "Bà Rịa - Vũng Tàu", None),
          ("f0", 1, None, "case", "observed", "Hải Phòng", None)]),
    ],
    "not metrics": [
        ("Phân công 3 ca trực; ban hành 05 văn bản; rút ra 05 bài học kinh nghiệm.", []),
        ("Điện thoại 0272.3826.123; ngày 11/9/2021; Điều 5 của Nghị định.", []),
        ("Hỗ trợ 1.500.000 đồng mỗi người.", []),
    ],
}
# fmt: on


def test_every_form() -> None:
    failures = []
    for form, cases in CASES.items():
        for text, expected in cases:
            in_task = text.startswith("1.")
            got = [
                (f.label, f.value.value, f.value.value_max, f.value.unit, f.value.kind, f.value.place, f.value.as_of)
                for f in find_metrics(text, (lambda offset: True) if in_task else (lambda offset: False), BASE)
            ]
            if got != expected:
                failures.append(f"[{form}] {text!r}:\n   got      {got}\n   expected {expected}")
    assert not failures, "\n".join(failures)
