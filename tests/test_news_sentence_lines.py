"""A news article as NLP corpora store it: word-segmented ("Sở Xây_dựng"), one sentence a line, the page's
paragraphs lost. A sentence that goes on with the order before it, with no body of its own at its start, is part of
that order's paragraph (ANNOTATING, news reports, rule 8); a sentence that names its own body opens a new one. The
same text printed with its paragraphs keeps each as the page printed it. Invented report, no corpus text."""

from __future__ import annotations

from directive_extract import extract

SENTENCES = [
    "Tỉnh Long_An chỉ_đạo khắc_phục hậu_quả mưa lớn",
    "Ngày 5/10 , UBND tỉnh Long_An cho_biết mưa lớn kéo_dài đã làm ngập nhiều tuyến đường .",
    "Trước tình_hình đó , Chủ_tịch UBND tỉnh chỉ_đạo Sở Giao_thông vận_tải khẩn_trương kiểm_tra các tuyến đường bị sạt_lở .",
    "Đồng_thời sở này cần phối_hợp với các huyện cắm biển cảnh_báo tại các điểm nguy_hiểm .",
    "Đến ngày 15/10 , phải hoàn_thành việc sửa_chữa các điểm sạt_lở trên quốc_lộ .",
    "Sở Nông_nghiệp và Phát_triển nông_thôn được giao rà_soát diện_tích lúa bị thiệt_hại trên địa_bàn tỉnh .",
    "Kiểm_tra , hướng_dẫn người_dân các biện_pháp khắc_phục thiệt_hại trong sản_xuất nông_nghiệp .",
    "Chủ_tịch UBND tỉnh cũng giao Sở Tài_chính cân_đối kinh_phí hỗ_trợ người_dân bị thiệt_hại .",
]
SEGMENTED = "\n\n".join(SENTENCES) + "\n"


def test_a_sentence_that_goes_on_with_the_order_joins_its_paragraph() -> None:
    tasks = extract(SEGMENTED).tasks
    assert len(tasks) == 3, [t.text[:40] for t in tasks]
    first, second, third = tasks
    assert "Đồng_thời sở này" in first.text and "Đến ngày 15/10" in first.text
    assert "Kiểm_tra , hướng_dẫn" in second.text
    assert [a.name for a in third.agencies] == ["Sở Tài chính"]


def test_the_same_report_printed_with_its_paragraphs_keeps_them() -> None:
    printed = SEGMENTED.replace("_", " ").replace(" ,", ",").replace(" .", ".")
    assert len(extract(printed).tasks) > 3
