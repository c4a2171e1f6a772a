"""A text layer an OCR damaged past its accents ("Giao Sâ Xây dirng …", "Các Scy: Tài chInh, Y tê"): its bodies are
read by the known field closest to the damaged words after a damaged type word, and a committee over a damaged
list of levels is that level's class (stages/agencies/damaged_names.py). A clean text is never read so. The letter
is made up for the test, damaged by hand the way such layers are."""

from __future__ import annotations

from directive_extract import extract
from directive_extract.stages.agencies.damaged_names import find_damaged_names, is_damaged

LETTER = """UY BAN NHAN DAN CQNG HOA XA HQI CHiT NGHiA VIET NAM
TNH QUANG NGAI Dôc lap - Tr do - Hnh phñc
S: 25/UBND-KT Quang Ngai, ngày 12 tháng 3 nám 2020
V/v trin khai báo cáo giá thj trtthng nám 2020.
Kính gui:
Các Scy: Tài chInh, Xây dmg, Y tê, Du ljch;
UBND các huyn, thj xã, thành ph.
D chü dng trin khai thirc hin ché d báo cáo giá thj truông, UBND tinh có ý kiên chi do nhu sau:
1. Giao Sâ Xây dirng báo cáo giá vt 1iu xây dirng hang tháng, gi v S Tài chInh truóc ngày 20 hang tháng.
2. Giao S& Nông nghip và Phát trin nông thôn báo cáo giá vt tu nông nghip, phân bón, thuc thú y hang quý.
3. Giao S Y t báo cáo giá thuc cha bnh và djch vu y tê ti các co so khám bnh trên dja bàn tinh.
4. Giao UBND các huyn, thj xã, thành ph báo cáo giá hang hóa lirong thirc, thirc phâm thit yêu ti dja phuong.
5. Giao Cijc Thông kê tinh cung cp chi s giá tiêu dung hang tháng cho S Tài chInh dê tng hqp báo cáo.
Trong quá trInh thirc hin, nêu có khó khän, vung mc, các co quan, don vj kjp thoi phän ánh v S Tài chInh dê
tng hqp, báo cáo UBND tinh xem xét, gii quyt theo quy djnh. Yêu câu các co quan, don vj nghiêm tüc thirc hin.
Ngoài ra, các dcm vi can chü dng ra soát, tng hqp sô liu giá các mt hang thiêt yêu, thirc hin báo cáo dung thôi
hn, dam bão chat luqng, tránh tInh trng chm trê, thiêu sót nhu trong nhüng nám trwóc dây dã xäy ra nhiêu lan.
"""


def test_a_damaged_letters_bodies_are_read_by_their_known_fields() -> None:
    notice = extract(LETTER)
    assert [(t.id, [(a.name, a.role) for a in t.agencies]) for t in notice.tasks] == [
        ("1", [("Sở Xây dựng", "lead")]),
        ("2", [("Sở Nông nghiệp và Phát triển nông thôn", "lead")]),
        ("3", [("Sở Y tế", "lead")]),
        ("4", [("Ủy ban nhân dân cấp huyện", "lead")]),
        ("5", [("Cục Thống kê tỉnh", "lead"), ("Ủy ban nhân dân tỉnh", "report_to")]),
    ]
    addressed = [(a.name, a.text) for a in notice.agencies if a.task_id is None]
    assert addressed[:5] == [
        ("Sở Tài chính", "Tài chInh"),
        ("Sở Xây dựng", "Xây dmg"),
        ("Sở Y tế", "Y tê"),
        ("Sở Du lịch", "Du ljch"),
        ("Ủy ban nhân dân cấp huyện", "UBND các huyn, thj xã, thành ph"),
    ]
    for agency in notice.agencies:
        assert LETTER[agency.span[0] : agency.span[1]] == agency.text


def test_the_motto_and_other_words_are_no_type_word() -> None:
    names = {r.name for r in find_damaged_names(LETTER, (0, LETTER.index("Kính gui")))}
    assert not any(name.startswith("Cục") for name in names)  # "CHiT NGHiA VIET NAM" is no "Cục …"


def test_a_clean_text_is_never_read_as_damaged() -> None:
    clean = (
        "Giao Sở Xây dựng báo cáo giá vật liệu xây dựng hằng tháng, gửi về Sở Tài chính trước ngày 20 hằng tháng. " * 12
    )
    assert not is_damaged(clean)
    stray = clean + "Giao Sâ Xây dirng kiểm tra.\n"
    assert find_damaged_names(stray, (0, len(stray))) == []
