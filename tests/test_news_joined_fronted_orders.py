"""News bodies a crawler joined into one line: a sentence whose authority orders after a short fronted phrase ("Đặc
biệt, Phó Chủ tịch … yêu cầu …", "Đối với Sở X, Chủ tịch … yêu cầu …") opens a paragraph of its own once the body
told an order, but not a condition ("Sau khi …, UBND … quyết định …" goes on with the order before it); the reporter's
name glued after the last stop ends no paragraph as a caption would; the Deputy Prime Minister printed with his
office's words ("Phó Thủ tướng Thường trực Chính phủ … yêu cầu") is the report's speaker, no actor (issue 9). Every
text is invented."""

from __future__ import annotations

from directive_extract import extract

TITLE = "Tỉnh Hòa Bình tăng cường phòng chống sạt lở\n\nMưa lớn kéo dài gây sạt lở nhiều nơi trong tỉnh.\n\n"
# an account long enough to make the body one that no page prints as a single paragraph
ACCOUNT = (
    "Thời gian qua, mưa lớn kéo dài đã gây sạt lở tại nhiều tuyến đường của tỉnh, ảnh hưởng tới đi lại của người dân. "
    * 12
)


def _tasks(body: str) -> list[tuple[str, list[tuple[str, str | None]]]]:
    notice = extract(TITLE + body + "\n")
    return [(t.text.split(",")[0], [(a.name, a.role) for a in t.agencies]) for t in notice.tasks]


def test_a_fronted_authority_opens_a_paragraph_in_a_joined_body() -> None:
    body = (
        ACCOUNT + "Chủ tịch UBND tỉnh yêu cầu Sở Giao thông vận tải khẩn trương khắc phục các điểm sạt lở. "
        "Đặc biệt, Phó Chủ tịch UBND tỉnh yêu cầu Sở Tài nguyên và Môi trường rà soát các khu dân cư có nguy cơ."
        " Đối với Sở Xây dựng, Chủ tịch UBND tỉnh yêu cầu kiểm tra an toàn các công trình."
    )
    got = _tasks(body)
    assert [leads for _, leads in got] == [
        [("Sở Giao thông vận tải", "lead")],
        [("Sở Tài nguyên và Môi trường", "lead")],
        [("Sở Xây dựng", "lead")],
    ], got


def test_a_condition_goes_on_with_the_order_before_it() -> None:
    body = (
        ACCOUNT + "Chủ tịch UBND tỉnh yêu cầu Sở Giao thông vận tải khẩn trương khắc phục các điểm sạt lở. "
        "Sau khi khắc phục xong, UBND tỉnh quyết định việc thông xe trên các tuyến đường."
    )
    got = _tasks(body)
    assert len(got) == 1 and got[0][1] == [("Sở Giao thông vận tải", "lead")], got


def test_a_byline_glued_after_the_last_stop_ends_no_order() -> None:
    body = (
        "Chủ tịch UBND tỉnh yêu cầu Sở Giao thông vận tải khắc phục các điểm sạt lở.\n\n"
        "Sở Công Thương phối hợp với các lực lượng chức năng kiểm tra việc kinh doanh vật liệu xây dựng. Minh Anh"
    )
    got = _tasks(body)
    assert [leads for _, leads in got] == [[("Sở Giao thông vận tải", "lead")], [("Sở Công Thương", "lead")]], got


def test_the_deputy_prime_minister_named_with_his_offices_words_is_the_speaker() -> None:
    body = (
        "Đối với Bộ Xây dựng, Phó Thủ tướng Thường trực Chính phủ yêu cầu tăng cường hướng dẫn sản xuất cát nhân tạo, "
        "báo cáo Thủ tướng."
    )
    got = _tasks(body)
    assert got and got[0][1] == [("Bộ Xây dựng", "lead"), ("Thủ tướng Chính phủ", "report_to")], got


def test_a_connective_of_consequence_and_two_fronted_phrases_open_a_paragraph() -> None:
    # "Vì vậy, đối với việc …, bảo dưỡng …, Bộ X đề nghị …": after a connective of consequence, a matter printed with a
    # comma of its own still fronts the giver (news.tsv consequence)
    body = (
        ACCOUNT + "Chủ tịch UBND tỉnh yêu cầu Sở Giao thông vận tải khẩn trương khắc phục các điểm sạt lở. "
        "Vì vậy, đối với việc sửa chữa, gia cố các tuyến đường tỉnh, Chủ tịch UBND tỉnh yêu cầu Sở Tài chính bố trí "
        "kinh phí kịp thời."
    )
    assert [first for first, _ in _tasks(body)] == ["Thời gian qua", "Vì vậy"]
