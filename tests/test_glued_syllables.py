"""A PDF text layer that lost the spaces between syllables ("Ban Chỉhuy Quân sựxã", "bầu cửđại biểu",
"vụĐảng", "kỳ2026"): the spaces are put back in the internal text, names read whole, and every span still cuts
the source exactly. A clean text, and loan words in a glued one ("Covid", "Website"), are left alone. The plan
below is made up for the test."""

from __future__ import annotations

import pytest

from directive_extract import extract
from directive_extract.errors import ResourceError
from directive_extract.stages import glued_syllables
from directive_extract.tables import iter_tasks

GLUED_PLAN = (
    "ĐẢNG ỦY XÃ PHƯỚC HẢI\n\nKẾ HOẠCH\nlãnh đạo cuộc bầu cửđại biểu Hội đồng nhân dân nhiệm kỳ2026 - 2031\n\n"
    "I. NHIỆM VỤ\n"
    "1. Chỉ đạo Công an xã, Ban Chỉhuy Quân sựxã xây dựng phương án bảo đảm an ninh trật tựtrong ngày bầu cử; "
    "báo cáo vềviệc triển khai đểlãnh đạo kịp thời.\n"
    "2. Giao Văn phòng Đảng ủy tổng hợp, báo cáo Ban Thường vụĐảng ủy kết quảtriển khai; tuyên truyền trên "
    "Website của xã và phòng, chống dịch Covid-19 tại các điểm bỏphiếu.\n"
)


def _agencies(text: str) -> list[tuple[str, str]]:
    notice = extract(text)
    return [(a.name, a.text) for task, *_ in iter_tasks(notice.tasks) for a in task.agencies]


def test_a_glued_layer_reads_its_names_whole_and_its_spans_cut_the_source() -> None:
    notice = extract(GLUED_PLAN)
    found = _agencies(GLUED_PLAN)
    assert ("Ban Chỉ huy Quân sự xã", "Ban Chỉhuy Quân sựxã") in found, found
    assert ("Ban Thường vụ Đảng ủy", "Ban Thường vụĐảng ủy") in found, found
    for task, *_ in iter_tasks(notice.tasks):
        for item in (task, *task.agencies, *task.deadlines):
            start, end = item.span
            assert GLUED_PLAN[start:end] == item.text


def test_loan_words_in_a_glued_layer_and_a_clean_text_are_left_alone() -> None:
    ends = glued_syllables.glued_ends(GLUED_PLAN)
    glued_at = {GLUED_PLAN[k - 3 : k + 3] for k in ends}
    assert not any("Covid" in piece or "Websi" in piece for piece in glued_at), glued_at
    assert "cửđại" in {GLUED_PLAN[k - 1 : k + 4] for k in ends}
    clean = "Giao Sở Nông nghiệp và Môi trường khảo sát lưu vực sông Sêrêpốk và vùng đồng bào Êđê.\n"
    assert glued_syllables.glued_ends(clean) == []


def test_a_malformed_resource_is_a_clear_error(monkeypatch) -> None:
    glued_syllables._rules.cache_clear()
    monkeypatch.setattr(glued_syllables, "read_json", lambda name: {"about": "", "onsets": ["b"]})
    with pytest.raises(ResourceError, match=r"glued_syllables\.json"):
        glued_syllables._rules()
    glued_syllables._rules.cache_clear()
