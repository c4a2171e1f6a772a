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
    "a bare count named by its sentence's subject": [
        ("Số ca tử vong trong ngày là 12 ca.", [("deaths", 12, None, "person", "observed", None, None)]),
        ("Tổng số ca được điều trị khỏi đến nay là 4.210 ca.",
         [("recovered", 4210, None, "person", "observed", None, None)]),
        ("Số bệnh nhân nặng đang điều trị là 96 ca, trong đó thở máy xâm lấn: 14 ca.",
         [("severe", 96, None, "person", "observed", None, None), ("severe", 14, None, "person", "observed", None, None)]),
        ("Số ca tử vong do COVID-19 giảm còn 5 trường hợp.", [("deaths", 5, None, "person", "observed", None, None)]),
        ("Bệnh nhân COVID-19 đang điều trị tại nhà tương ứng là 1.204 người bệnh.",
         [("in_treatment", 1204, None, "person", "observed", None, None)]),
        ("Dịch COVID-19 ở châu Á: Nhật Bản tăng 4.120 ca, Hàn Quốc tăng 900 ca.",
         [("f0", 4120, None, "case", "observed", None, None), ("f0", 900, None, "case", "observed", None, None)]),
        ("Trong ngày số ca nhiễm COVID-19 tăng 2.100 ca, tử vong tăng 31 ca.",
         [("f0", 2100, None, "case", "observed", None, None), ("deaths", 31, None, "person", "observed", None, None)]),
        ("Hiện có 320 người được theo dõi, điều trị tại nhà.",
         [("in_treatment", 320, None, "person", "observed", None, None)]),
    ],
    "changes and rates are not counts": [
        ("Hôm nay có 410 ca mắc COVID-19 mới, giảm 37 ca so với hôm qua.",
         [("f0", 410, None, "case", "observed", None, None)]),
        ("Số ca mắc COVID-19 ở Quảng Ninh tăng 12 ca so với ngày trước đó.", []),
        ("Số ca mắc COVID-19 ở TP. Hồ Chí Minh giảm 40 ca so với tuần trước.", []),
        ("Bình quân cứ 1 triệu dân có 2.310 ca nhiễm COVID-19.", []),
    ],
    "localities and coverage": [
        ("Đến nay 45/63 tỉnh, thành phố đã tiêm xong mũi 3.", [("localities", 45, None, "locality", "observed", None, None)]),
        ("Tất cả 10 huyện, thành phố đã triển khai tiêm.", [("localities", 10, None, "locality", "observed", None, None)]),
        ("Tỷ lệ bao phủ mũi 3 vaccine phòng COVID-19 trên 85%.",
         [("vaccinated_share", 85, None, "percent", "observed", None, None)]),
        ("Tỷ lệ bao phủ mũi 2 từ 70-dưới 80%.", [("vaccinated_share", 70, 80, "percent", "observed", None, None)]),
        ("Có 800.000 người tiêm đủ 2 mũi vaccine (đạt 92,5%).",
         [("other", 800000, None, "person", "observed", None, None), ("vaccine_doses", 2, None, "dose", "observed", None, None),
          ("vaccinated_share", 92.5, None, "percent", "observed", None, None)]),
        ("Đã xét nghiệm 12.500 mẫu, tương đương 30.100 lượt người.",
         [("tests", 12500, None, "test", "observed", None, None), ("people_tested", 30100, None, "person", "observed", None, None)]),
        ("Số ca tử vong là 310 ca, chiếm 1,8% so với tổng số ca mắc.",
         [("deaths", 310, None, "person", "observed", None, None), ("other", 1.8, None, "percent", "observed", None, None)]),
    ],
    "people and targets": [
        ("Đoàn kiểm tra gồm 5 nam, 3 nữ.",
         [("other", 5, None, "person", "observed", None, None), ("other", 3, None, "person", "observed", None, None)]),
        ("Mỗi trường cử 02 đại diện tham dự.", [("other", 2, None, "person", "observed", None, None)]),
        ("Hà Nội, ngày 3 tháng 5 nam 2022", []),  # "nam": "năm" without its accents, a year follows
        ("Các huyện hoàn thành tiêm cho 95% người dân trước ngày 30/4.",
         [("vaccinated_share", 95, None, "percent", "target", None, None)]),
        ("Huyện đã hoàn thành tiêm cho 95% người dân.", [("vaccinated_share", 95, None, "percent", "observed", None, None)]),
        ("Tỷ lệ giải ngân vốn đầu tư công đạt 85% kế hoạch.", []),  # a share of money
        ("Bảo đảm 100% lãnh đạo, quản lý được tập huấn.", [("other", 100, None, "percent", "target", None, None)]),
    ],
    "per-locality lists, continued": [
        ("Các tỉnh ghi nhận ca bệnh như sau: Nam Định (12 ), Hà Nam (7).",
         [("f0", 12, None, "case", "observed", "Nam Định", None), ("f0", 7, None, "case", "observed", "Hà Nam", None)]),
        ("Số bệnh nhân tử vong trong ngày: 9 ca.\nTại các tỉnh khác: Hà Giang (2), Lào Cai (1).",
         [("deaths", 9, None, "person", "observed", None, None),
          ("deaths", 2, None, "person", "observed", "Hà Giang", None),
          ("deaths", 1, None, "person", "observed", "Lào Cai", None)]),
        ("Ghi nhận 4 ca tử vong do COVID-19 tại: Hải Dương (3) trong đó có 1 ca từ tỉnh khác chuyển đến.",
         [("deaths", 4, None, "person", "observed", None, None),
          ("deaths", 3, None, "person", "observed", "Hải Dương", None),
          ("deaths", 1, None, "person", "observed", None, None)]),
        ("Các tỉnh ghi nhận ca bệnh: Đắk lắk (5), Gia Lai (2).",
         [("f0", 5, None, "case", "observed", "Đắk lắk", None), ("f0", 2, None, "case", "observed", "Gia Lai", None)]),
    ],
    "allocation lists": [
        ("Tuyển 05 giáo viên Toán: Trường THCS Bình An: 02; Trường THCS Phú Lợi: 03.",
         [("other", 5, None, "person", "observed", None, None), ("other", 2, None, "person", "observed", None, None),
          ("other", 3, None, "person", "observed", None, None)]),
        ("1. Phân bổ 12 đại diện dự hội nghị: xã Tân Hòa 04; xã Tân Phú 05; thị trấn Cái Bè 03.",
         [("other", 12, None, "person", "target", None, None), ("other", 4, None, "person", "target", None, None),
          ("other", 5, None, "person", "target", None, None), ("other", 3, None, "person", "target", None, None)]),
        ("Cử 02 cán bộ: đồng chí Nguyễn Văn A, đồng chí Trần Văn B.", [("other", 2, None, "person", "observed", None, None)]),
        ("Bố trí 03 nhân viên y tế: Trạm Y tế xã 03.", [("other", 3, None, "person", "observed", None, None)]),
        # "đ/c", the comrade a delegates' list counts, abbreviated
        ("Thành phần dự hội nghị:\n- Văn phòng: 01 đ/c\n- Phòng Đào tạo: 02 đ/c",
         [("other", 1, None, "person", "observed", None, None), ("other", 2, None, "person", "observed", None, None)]),
    ],
    "recoveries, treatment, negatives, shares": [
        ("Đến nay đã chữa khỏi tổng cộng 1.250 ca mắc COVID-19.",
         [("recovered", 1250, None, "person", "observed", None, None)]),
        ("Hôm nay có 12 ca vừa được công bố khỏi bệnh, trong đó 9 bệnh nhân tại Bệnh viện Đa khoa tỉnh.",
         [("recovered", 12, None, "person", "observed", None, None),
          ("recovered", 9, None, "person", "observed", None, None)]),
        ("Hiện 45 bệnh nhân điều trị tại 3 cơ sở y tế.", [("in_treatment", 45, None, "person", "observed", None, None)]),
        ("Trong số này, 4 ca xét nghiệm chuyển âm tính lần một.", [("other", 4, None, "person", "observed", None, None)]),
        ("Có 150 người khỏi bệnh, chiếm 88%.",
         [("recovered", 150, None, "person", "observed", None, None), ("other", 88, None, "percent", "observed", None, None)]),
        ("Tỉnh đã thực hiện được 250.000 xét nghiệm RT-PCR.", [("tests", 250000, None, "test", "observed", None, None)]),
        ("Số người nghèo giảm, chi hỗ trợ chiếm 12% ngân sách.", []),  # a share of money
    ],
    "tables of people": [
        ("Đơn vị | Tổng số cán bộ | Đã tiêm | Tỷ lệ\n\nXã An Bình | 40 | 36 | 90%\n\nXã Tân Hội | 25 | 25 | 100%\n",
         [("other", 40, None, "person", "observed", None, None), ("other", 36, None, "person", "observed", None, None),
          ("other", 90, None, "percent", "observed", None, None), ("other", 25, None, "person", "observed", None, None),
          ("other", 25, None, "person", "observed", None, None), ("other", 100, None, "percent", "observed", None, None)]),
        ("STT | Trường | Số học sinh\n1 | Trường Tiểu học Hòa An | 420\n2 | Trường Tiểu học Hòa Bình | 385\n",
         [("other", 420, None, "person", "observed", None, None), ("other", 385, None, "person", "observed", None, None)]),
        ("STT | Đơn vị | Chỉ tiêu tuyển sinh (học sinh)\n1 | Trường Mầm non Hoa Sen | 120\n",
         [("other", 120, None, "person", "target", None, None)]),
        ("Môn | Tiết/tuần\nToán | 4\nNgữ văn | 4\n", []),  # the headings count no people
    ],
    # a report on another subject counts people: households, candidates, delegates, voters (ANNOTATING "Metrics":
    # others -> `other`, unit `person`; shares of people -> `other`, unit `percent`); a part of a whole "N/M" is N
    "people in a report on another subject": [
        ("Đến nay đã có 152 hộ nghèo được hỗ trợ xây nhà, trong đó 87 hộ đã vào ở.",
         [("other", 152, None, "person", "observed", None, None), ("other", 87, None, "person", "observed", None, None)]),
        ("Có 64/70 hộ dân đồng ý bàn giao mặt bằng.", [("other", 64, None, "person", "observed", None, None)]),
        ("1. Mỗi trường cử 03 thí sinh và 02 đại biểu dự lễ tổng kết.",
         [("other", 3, None, "person", "target", None, None), ("other", 2, None, "person", "target", None, None)]),
        ("Tổng số 1.208 cử tri đi bầu, đạt 98,5% tổng số cử tri trong danh sách.",
         [("other", 1208, None, "person", "observed", None, None),
          ("other", 98.5, None, "percent", "observed", None, None)]),
        ("Đồn biên phòng kêu gọi 42 tàu cá với 315 lao động vào nơi trú ẩn.",
         [("other", 315, None, "person", "observed", None, None)]),
        ("Xã Tân Lập đã sơ tán 57 hộ với 212 nhân khẩu khỏi vùng sạt lở.",
         [("other", 57, None, "person", "observed", None, None), ("other", 212, None, "person", "observed", None, None)]),
        ("Trường mời 15 chuyên gia và 8 giảng viên thỉnh giảng, 3 nghiên cứu sinh.",
         [("other", 15, None, "person", "observed", None, None), ("other", 8, None, "person", "observed", None, None),
          ("other", 3, None, "person", "observed", None, None)]),
        ("Năm nay tỉnh đón 3,5 triệu lượt khách quốc tế.", [("other", 3500000, None, "person", "observed", None, None)]),
        ("Câu lạc bộ có 24 thành viên; Công ty TNHH một thành viên Cấp thoát nước tài trợ.",
         [("other", 24, None, "person", "observed", None, None)]),  # "một thành viên": a company's type
        ("Xây mới 12 khách sạn ven biển.", []),
        ("Đợt này có 2.800 công nhân may mặc và 350 đoàn viên được tiêm nhắc lại.",
         [("other", 2800, None, "person", "observed", None, None), ("other", 350, None, "person", "observed", None, None)]),
        ("1. Phấn đấu hết năm 2027 có 93% dân số được lập sổ khám bệnh.",
         [("other", 93, None, "percent", "target", None, None)]),
        # a consequence reported ("khiến ít nhất …") is a fact; a plan ("dự kiến", "có kế hoạch") is a target
        ("Sạt lở đất khiến ít nhất 4 người chết và 6 người bị thương ở xã Phú Lâm.",
         [("deaths", 4, None, "person", "observed", None, None), ("other", 6, None, "person", "observed", None, None)]),
        ("Thị xã dự kiến di dời 640 hộ dân khỏi bãi sông; huyện có kế hoạch đưa 2.100 người lên vùng cao.",
         [("other", 640, None, "person", "target", None, None), ("other", 2100, None, "person", "target", None, None)]),
        # "hộ" of a passport, a household register or a civil status counts no one
        ("Cấp 120 hộ chiếu, 45 hộ khẩu và 12 hộ tịch trong quý.", []),
    ],
    # "Tỷ lệ <people> … N%": a share of people named before its figure, over a colon too (ANNOTATING "Metrics":
    # shares of people -> `other`, unit `percent`); a share of things or money is none
    "a share of people named before its figure": [
        ("Tỷ lệ người già neo đơn có nơi nương tựa đạt 65%.", [("other", 65, None, "percent", "observed", None, None)]),
        ("Tỷ lệ thanh niên nông thôn có việc làm sau học nghề: 72,5%.",
         [("other", 72.5, None, "percent", "observed", None, None)]),
        ("Tỉ lệ học sinh lớp 9 bỏ học dưới 0,3%.", [("other", 0.3, None, "percent", "observed", None, None)]),
        ("Tỷ lệ đường xã được bê tông hóa đạt 90%.", []),  # roads, not people
    ],
    # "Tỷ lệ … tiêm … N%" / "Tỷ lệ người … xét nghiệm … N%": the share's noun phrase names the vaccination or the
    # test before its figure, however it is worded; a share of deaths or cases among them is neither
    "a vaccination or testing share named before its figure": [
        ("Tỷ lệ cư dân khu công nghiệp được tiêm đủ 2 liều là 87%.",
         [("vaccinated_share", 87, None, "percent", "observed", None, None),
          ("vaccine_doses", 2, None, "dose", "observed", None, None)]),
        ("Tỉ lệ giáo viên đã được tiêm vắc xin nhắc lại đạt 64,5%.",
         [("vaccinated_share", 64.5, None, "percent", "observed", None, None)]),
        ("Tỷ lệ người lao động được xét nghiệm định kỳ là 30%.",
         [("tested_share", 30, None, "percent", "observed", None, None)]),
        ("Tỷ lệ tử vong ở nhóm chưa tiêm vắc xin chiếm 71%.", []),
    ],
    "localities and severity, other wordings": [
        ("Có 6 huyện, thị xã ghi nhận ca mắc COVID-19 trong tuần.",
         [("localities", 6, None, "locality", "observed", None, None)]),
        ("Trong số F0 tại nhà có 14 trường hợp chuyển nặng.", [("severe", 14, None, "person", "observed", None, None)]),
    ],
    # what a plan's goals part ("II. MỤC TIÊU", "b) Chỉ tiêu") states is to be reached, up to the next
    # heading of its level; a heading that only names whose goals a report follows ("Mục tiêu được giao tại …")
    # opens no goals part
    "figures under a plan's goals heading": [
        ("II. MỤC TIÊU\n1. Đào tạo nghề:\n- 1.200 học viên được cấp chứng chỉ.\n"
         "- Tỷ lệ lao động nữ được đào tạo đạt 45%.\nIII. NHIỆM VỤ\nNăm qua có 300 học viên tốt nghiệp.",
         [("other", 1200, None, "person", "target", None, None), ("other", 45, None, "percent", "target", None, None),
          ("other", 300, None, "person", "observed", None, None)]),
        ("I. MỤC ĐÍCH VÀ MỤC TIÊU\na) Mục đích\nChăm lo sức khỏe nhân dân.\nb) Chỉ tiêu đến năm 2030\n"
         "- Dân số trung bình: 81.400 người.\nII. KẾT QUẢ NĂM TRƯỚC\n- Đã khám cho 6.050 người.",
         [("other", 81400, None, "person", "target", None, None), ("other", 6050, None, "person", "observed", None, None)]),
        ("2. Mục tiêu được giao tại Quyết định số 77/QĐ-UBND:\n- Đã tập huấn cho 2.340 học viên.",
         [("other", 2340, None, "person", "observed", None, None)]),
    ],
    "not metrics": [
        ("Phân công 3 ca trực; ban hành 05 văn bản; rút ra 05 bài học kinh nghiệm.", []),
        ("Điện thoại 0272.3826.123; ngày 11/9/2021; Điều 5 của Nghị định.", []),
        ("Hỗ trợ 1.500.000 đồng mỗi người.", []),
        ("Phủ sóng 5G tại trung tâm (10/10 huyện, thị xã) và 8 huyện, thành phố trong năm.", []),  # not the epidemic
        ("Dịch COVID-19: ngày 08/08 huyện, thành phố tổ chức tiêm.", []),  # a day and month, not 8 of 8
        ("Bảo đảm tối thiểu 300 mẫu đo/xã/tháng và 02 mẫu biểu báo cáo.", []),  # measurements and forms, not tests
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


# one text a line: where a locality list's items may begin before their "(" or ":" (metrics._list_items)
LIST_ITEM_TEXTS = [
    "Hà Nội (1.000), TP. Hồ Chí Minh (25), Tp. Huế: 3; tỉnh Nghệ An (4) và thành phố Cần Thơ: 7.",
    "Hà Nội: 10 Huế: 5 Đà Nẵng (6)",  # an item's number is in the run before the next one's colon
    "Hà Nội: 10/5, Huế: 5,2 ca; Lào Cai (x), Yên Bái ( 3 )",  # a date, a decimal, no number, spaces
    "Hà Nội" + " " * 400 + "(5) và Bắc Ninh\n\n(6)",  # an item that begins far before its bracket
    "ghi nhận tại " + "Các Tỉnh Khác Nhau " * 30 + "Lạng Sơn (2)",  # a long run of capitalised words
    "Bắc-Giang-Kiên Giang Vĩnh Long An Giang (8): Điều 1: Số: 12 (13) (14)",
    "(1) : 2 Hà Nội(3)Huế:4",
    "",
]


def test_locality_list_items_are_found_where_the_plain_scan_finds_them() -> None:
    from directive_extract.stages.metrics import _LIST_ITEM, _list_items

    failures = []
    for text in LIST_ITEM_TEXTS:
        plain = [(m.span(), m.groupdict()) for m in _LIST_ITEM.finditer(text)]
        fast = [(m.span(), m.groupdict()) for m in _list_items(text)]
        if fast != plain:
            failures.append((text[:40], plain, fast))
    assert not failures, failures


# one text a line: where quantities and typed citations may begin in the flat text (stages/flat_starts)
FLAT_START_TEXTS = [
    "Có hơn 1.000 ca, gần 20%, khoảng ba mươi người, từ 5 đến 7 ngày, xấp xỉ 2 triệu liều; năm 2021",
    "١٢ ca mắc, ３ ca nặng, 4,5% và 1/3 số xã; Công văn số 12/UBND-VX, Quyết định 15/QĐ-UBND ngày 2/3/2021",
    "HƠN 10 CA; TRÊN 5 NGƯỜI; CÔNG VĂN SỐ: 3/SYT; thông báo 7-TB/TU; ngay lập tức, ngay 5 ca, " * 40,
    "x1, a.2, 3/4, dưới 5 tuổi, chín ca",
    "",
]


def test_quantities_and_citations_begin_where_their_plain_patterns_find_them() -> None:
    from directive_extract.patterns import finditer_from, lowered
    from directive_extract.stages.flat_starts import flat_starts
    from directive_extract.stages.metrics import _QUANTITY, quantity_starts
    from directive_extract.stages.references import REFERENCE

    failures = []
    for text in FLAT_START_TEXTS:
        for name, pattern, starts, pos in (
            ("quantity", _QUANTITY, quantity_starts(text), 0),
            ("reference", REFERENCE, flat_starts().offsets("reference", lowered(text)), 0),
            ("reference from 30", REFERENCE, flat_starts().offsets("reference", lowered(text)), 30),
        ):
            plain = [(m.span(), m.groupdict()) for m in pattern.finditer(text, pos)]
            fast = [(m.span(), m.groupdict()) for m in finditer_from(pattern, starts, text, pos)]
            if fast != plain:
                failures.append((name, text[:40], plain, fast))
    assert not failures, failures
