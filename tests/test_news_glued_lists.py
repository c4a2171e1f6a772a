"""A crawler's body with its paragraphs glued into one line: an ellipsis glued to the next paragraph's capital ends a
paragraph as a full stop does, and a list of bodies closed by the crawler's "and so on" (",..", "…") keeps the verb
after it ("…, Cục Y tế dự phòng,.. phải tập trung …": the list's deed, in the same sentence). Invented report."""

from __future__ import annotations

from directive_extract import extract

GLUED = (
    "Bộ Y tế yêu cầu các đơn vị hoàn thành chỉ tiêu chuyển đổi số\n\n"
    "2020-08-04T17:15:00.000+07:00\n\n"
    "Bộ Y tế vừa có văn bản yêu cầu các đơn vị triển khai nhiệm vụ chuyển đổi số trong 6 tháng cuối năm.Trong "
    "nửa đầu năm, các đơn vị thuộc Bộ đã số hóa được 60% hồ sơ bệnh án. Tuy nhiên, một số đơn vị "
    "chưa bố trí đủ kinh phí cho việc số hóa...Trước tình hình này, Bộ Y tế yêu cầu "
    "từng đơn vị triển khai các nhiệm vụ cụ thể. Theo đó, các đơn vị bao gồm Cục Quản lý Dược, Cục "
    "Y tế dự phòng,.. phải tập trung vào các nhiệm vụ được giao nhưng chưa hoàn thành.\n"
)


def test_an_ellipsis_glued_to_a_capital_ends_the_paragraph() -> None:
    openings = [t.text[:20] for t in extract(GLUED).tasks]
    assert "Trước tình hình này," in openings
    assert not any(text.startswith("Trong nửa đầu") for text in openings)


def test_a_list_closed_by_and_so_on_keeps_its_deed() -> None:
    task = next(t for t in extract(GLUED).tasks if t.text.startswith("Trước tình hình này,"))
    assert [(a.name, a.role) for a in task.agencies if a.name.startswith("Cục")] == [
        ("Cục Quản lý Dược", "lead"),
        ("Cục Y tế dự phòng", "lead"),
    ]
