"""A word segmenter's output (syllables of a word joined with "_", punctuation spaced off, as NLP corpora keep
documents) is read as the printed text it came from, every span still into the text as given. A clean text with a
few underscores (a file name, an address) is left as it is. Every document below is made up for the test."""

from __future__ import annotations

from directive_extract import extract
from directive_extract.output import iter_spans
from directive_extract.stages.word_segmented import is_word_segmented

SEGMENTED = (
    "Thông_báo kết_luận của Phó_Thủ_tướng tại cuộc họp giao_ban về Đề_án dạy nghề \n"
    "Sau khi nghe báo_cáo của các Bộ , ngành , Phó_Thủ_tướng đã có ý_kiến kết_luận như sau : \n"
    "1 . \n"
    "Những nhiệm_vụ chính cần tập_trung thực_hiện \n"
    "a ) Bộ Lao_động - Thương_binh và Xã_hội \n"
    "- Chủ_trì , phối_hợp với Bộ Nông_nghiệp và Phát_triển nông_thôn , Bộ Nội_vụ ban_hành văn_bản hướng_dẫn "
    "các địa_phương xây_dựng kế_hoạch triển_khai Đề_án trước ngày 27 tháng 02 năm 2010 . \n"
    "b ) Bộ Tài_chính \n"
    "- Chủ_trì , phối_hợp với Bộ Kế_hoạch và Đầu_tư bố_trí kinh_phí thực_hiện Đề_án năm 2010 . \n"
    "2 . \n"
    "Để bảo_đảm tiến_độ , yêu_cầu các cơ_quan liên_quan hoàn_thành các văn_bản hướng_dẫn trong tháng 3 năm 2010 . \n"
)


def test_a_segmenters_output_is_told_from_a_clean_text() -> None:
    assert is_word_segmented(SEGMENTED)
    clean = SEGMENTED.replace("_", " ").replace(" ,", ",").replace(" .", ".")
    assert not is_word_segmented(clean)
    assert not is_word_segmented(clean + "\nTệp đính kèm: ke_hoach_so_45.pdf, logo_header.png, bao_cao_tuan.docx\n")


def test_a_segmented_notice_is_read_as_printed() -> None:
    notice = extract(SEGMENTED)
    assert [task.id for task in notice.tasks] == ["1", "2"]
    assert [(a.name, a.role) for a in notice.tasks[0].subtasks[0].agencies] == [
        ("Bộ Lao động - Thương binh và Xã hội", "lead")
    ]
    assert [(a.name, a.role) for a in notice.tasks[0].subtasks[0].subtasks[0].agencies] == [
        ("Bộ Nông nghiệp và Phát triển nông thôn", "coordinate"),
        ("Bộ Nội vụ", "coordinate"),
    ]
    assert [d.value for d in notice.tasks[0].subtasks[0].subtasks[0].deadlines] == ["2010-02-27"]


def test_every_span_is_the_segmented_text() -> None:
    dumped = extract(SEGMENTED).model_dump()
    spans = list(iter_spans(dumped))
    assert spans
    for path, text, (start, end) in spans:
        assert SEGMENTED[start:end] == text, path
    assert any("Lao_động" in text for _, text, _ in spans)
