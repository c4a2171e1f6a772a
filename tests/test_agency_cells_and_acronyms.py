"""Three forms of a body's name a plan of a university or a department prints (invented plan, no corpus text):

- in a task table's lead or partner cell a name runs to the end of its item there, lower-case field and all
  ("Phòng Hợp tác và phát triển dự án", "Hội đồng tự đánh giá theo quyết định …" up to "theo"); a unit every
  body has printed alone ("Văn phòng") is the issuer's;
- an acronym defined in brackets after a body's name names that body where it is printed later, bare or after
  the body's type word ("Phòng HTDA", "Khoa KHMT", "KHMT"); one the gazetteer or the abbreviation table knows,
  or one in the middle of a name, is left to them;
- "các phòng chức năng" printed bare is the issuer's own rooms in a body made of rooms, and no body's in a
  People's Committee's letter (ANNOTATING 8a: "chức năng" without a level)."""

from __future__ import annotations

from directive_extract import extract
from directive_extract.tables import iter_tasks

PLAN = (
    "ĐẠI HỌC ĐÀ NẴNG\nTRƯỜNG ĐẠI HỌC BÁCH KHOA\n"
    "Số: 08/KH-ĐHBK Đà Nẵng, ngày 12 tháng 01 năm 2026\n"
    "KẾ HOẠCH\nTRIỂN KHAI CÔNG TÁC KIỂM ĐỊNH NĂM 2026\n"
    "1. Nội dung\n"
    "STT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời hạn\n"
    "1 | Xây dựng quy định hợp tác doanh nghiệp | Phòng Hợp tác và phát triển dự án (HTDA) | "
    "Khoa Khoa học máy tính (KHMT) và các phòng chức năng | 31/3/2026\n"
    "2 | Tự đánh giá chương trình kỹ sư | Hội đồng tự đánh giá theo quyết định số 15/QĐ-ĐHBK | Khoa KHMT | "
    "30/6/2026\n"
    "3 | Ban hành quy định khen thưởng | Văn phòng | Phòng HTDA | 31/5/2026\n"
    "2. Tổ chức thực hiện\n"
    "KHMT báo cáo kết quả tự đánh giá về Văn phòng trước ngày 15/7/2026.\n"
    "K/T HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG\nLê Văn Bình\n"
)


def _walk(tasks):
    return (task for task, _parent, _top, _depth in iter_tasks(tasks))


def _agencies(text: str) -> dict[str, list[tuple[str, str]]]:
    return {t.id: [(a.name, a.role) for a in t.agencies if not a.inherited] for t in _walk(extract(text).tasks)}


def test_a_cell_names_its_bodies_to_the_end_of_their_items() -> None:
    got = _agencies(PLAN)  # the table inside item 1: its rows 1.1, 1.2, 1.3
    assert got["1.1"][:1] == [("Phòng Hợp tác và phát triển dự án", "lead")]
    assert got["1.2"][0] == ("Hội đồng tự đánh giá", "lead")  # up to "theo quyết định …"
    assert got["1.3"][0] == ("Văn phòng", "lead")


def test_an_acronym_defined_in_brackets_names_its_body_later() -> None:
    got = _agencies(PLAN)
    assert ("Khoa Khoa học máy tính", "coordinate") in got["1.2"]  # "Khoa KHMT"
    assert ("Phòng Hợp tác và phát triển dự án", "coordinate") in got["1.3"]  # "Phòng HTDA"
    assert got["2"] == [("Khoa Khoa học máy tính", "lead")]  # "KHMT báo cáo …"


def test_an_acronym_the_gazetteer_knows_and_one_inside_a_name_are_left_alone() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nSố: 21/TB-UBND Lâm Đồng, ngày 03 tháng 3 năm 2026\nTHÔNG BÁO\n"
        "Kết luận về cải thiện môi trường kinh doanh\n\n"
        "1. Giao Sở Tài chính phối hợp với Liên đoàn Thương mại và Công nghiệp Việt Nam (VCCI) tổ chức hội nghị.\n\n"
        "2. Giao Sở Công Thương phối hợp với VCCI khảo sát doanh nghiệp.\n"
    )
    got = _agencies(text)
    assert ("Phòng Thương mại và Công nghiệp Việt Nam", "coordinate") in got["2"]  # the gazetteer's reading
    inside = (
        "BAN THƯỜNG VỤ\nCÔNG ĐOÀN GIÁO DỤC VIỆT NAM\nSố: 12/CĐN Hà Nội, ngày 03 tháng 3 năm 2026\nCÔNG VĂN\n\n"
        "1. Ban Thường vụ Công đoàn Giáo dục (CĐGD) Việt Nam đề nghị Công đoàn các trường báo cáo.\n\n"
        "2. CĐGD tỉnh tổng hợp.\n"
    )
    names = [name for pairs in _agencies(inside).values() for name, _ in pairs]
    assert "Công đoàn Giáo dục" not in names  # "(CĐGD)" inside the name defines nothing


def test_functional_rooms_are_the_issuers_own_but_no_district_s() -> None:
    own = _agencies(PLAN)
    assert ("Các phòng chức năng", "coordinate") in own["1.1"]
    district = (
        "ỦY BAN NHÂN DÂN\nHUYỆN ĐỨC TRỌNG\nSố: 31/KH-UBND Đức Trọng, ngày 03 tháng 3 năm 2026\nKẾ HOẠCH\n"
        "Kiểm tra an toàn thực phẩm\n\n"
        "1. Phòng Y tế chủ trì, phối hợp với các phòng chức năng kiểm tra các cơ sở kinh doanh.\n"
    )
    assert _agencies(district)["1"] == [("Phòng Y tế", "lead")]


def test_every_span_is_exact() -> None:
    notice = extract(PLAN)
    for task in _walk(notice.tasks):
        for agency in task.agencies:
            assert PLAN[agency.span[0] : agency.span[1]] == agency.text


# a company named with its legal form, then by its own name alone: the same company; a place after the legal form
# is no own name (invented sentences)
def test_a_company_printed_by_its_own_name() -> None:
    notice = extract(
        "Bộ Công Thương vừa kết luận kiểm tra tại Công ty cổ phần Con Cưng.\n\n"
        "Bộ Công Thương yêu cầu Con Cưng có biện pháp khắc phục các vi phạm.\n"
    )
    assert [(a.name, a.role) for task in notice.tasks for a in task.agencies] == [("Công ty cổ phần Con Cưng", "lead")]
    notice = extract("Giao Tổng công ty Hà Nội rà soát.\n\nỦy ban nhân dân thành phố Hà Nội theo dõi.\n")
    assert "Tổng công ty Hà Nội" not in [a.name for a in notice.agencies if a.text == "Hà Nội"]
