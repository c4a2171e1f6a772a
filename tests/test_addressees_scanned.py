"""The "Kính gửi" list of a scanned letter: a full stop for its colon, the header's other column read into it (the motto,
the place and date, a rule's marks, dots before a bullet), a wrapped addressee whose ";" the scan read as ":"; a
shared head whose fields a semicolon separates, and a body of its own after them. Made-up letters, printed as OCR
leaves them (two spaces between words)."""

from __future__ import annotations

from directive_extract import extract

BODY = "\nĐề  nghị  các  đơn  vị  gửi  ý  kiến  góp  ý  trước  ngày  14/12/2022.\n"


def _addressees(top: str) -> list[str]:
    return extract(top + BODY).header.addressees


def test_a_full_stop_for_the_colon_and_a_wrapped_item_ending_with_a_colon() -> None:
    top = (
        "V/v lay y kien gop y du thao Ke hoach\n"
        "Kinh  gửi.\n"
        "-  Các  Vụ:  Kế  hoạch  -  Tài  chính;  Khoa  học  và  Công  nghệ:\n"
        "-  Các  Cục:  Đo  đạc,  Bản  đồ  và  Thông  tin  địa  lý  Việt  Nam;  Cục\n"
        "Biến  đổi  khí  hậu:\n"
        "-  Viện  Khoa  học  Tài  nguyên  nước;\n"
        "-  Trung  tâm  Quy  hoạch  và  Điều  tra  tài  nguyên  nước  quốc  gia.\n"
    )
    assert _addressees(top) == [
        "Vụ Kế hoạch - Tài chính",
        "Vụ Khoa học và Công nghệ",
        "Cục Đo đạc, Bản đồ và Thông tin địa lý Việt Nam",
        "Cục Biến đổi khí hậu",
        "Viện Khoa học Tài nguyên nước",
        "Trung tâm Quy hoạch và Điều tra tài nguyên nước quốc gia",
    ]


def test_the_headers_other_column_inside_the_list() -> None:
    top = (
        "V/v bao cao tinh hinh thuc hien\n"
        "Kinh gui:\n"
        "CỘNG  HÒA  XÃ  HỘI  CHỦ  NGHĨA  VIỆT  NAM\n"
        "Độc  lập  -  Tự  do  -  Hạnh  phúc\n"
        "-x—....\n"
        "Nghệ  An,  ngày  12  tháng  12  năm  2022\n"
        "....-  Bộ  Kế  hoạch  và  Đầu  tư;\n"
        ".\n"
        "-  Bộ  Tài  chính;\n"
        "-  Bộ  Nội  vụ.\n"
    )
    assert _addressees(top) == ["Bộ Kế hoạch và Đầu tư", "Bộ Tài chính", "Bộ Nội vụ"]
    # and none of the bullets is read as an item of the letter
    assert [task.text for task in extract(top + BODY).tasks if "Bộ" in task.text[:8]] == []


def test_a_date_line_between_the_label_and_the_list() -> None:
    top = (
        "V/v don doc bao cao dinh ky\n"
        "Kinh gui:\n"
        "Hà  Nội,  ngày  ‡  tháng  02.  năm  2023\n"
        "-  Các  bộ,  ngành;\n"
        "-  UBND  các  tỉnh,  thành  phố  trực  thuộc  Trung  ương.\n"
    )
    assert _addressees(top) == ["Các bộ, ngành", "UBND các tỉnh, thành phố trực thuộc Trung ương"]


def test_a_speck_read_as_marks_before_a_bullet() -> None:
    top = (
        "V/v tam dung hoat dong\n"
        "Kính gửi:\n"
        "'O - Sở Văn hóa và Thể thao;\n"
        "~ - Sở Công Thương;\n"
        "` - UBND các phường, xã.\n"
    )
    assert _addressees(top) == ["Sở Văn hóa và Thể thao", "Sở Công Thương", "UBND các phường, xã"]
