"""extract() is total: every str gives a valid Notice that serializes, and only a wrong type raises."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from directive_extract import extract
from directive_extract.output import iter_spans

# pieces of the pages that broke it: a header alone, a signature alone, a distribution list alone
FRAGMENTS = [
    "TM. CHỦ TỊCH", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "CHỦ TỊCH", "Nguyễn Văn A", "(Đã ký)", "Nơi nhận:",
    "- Như trên;", "- Lưu: VT.", "ỦY BAN NHÂN DÂN", "TỈNH LONG AN", "Số: 12/TB-UBND", "Số: ",
    "Long An, ngày 5 tháng 3 năm 2021", "THÔNG BÁO", "Kính gửi:", "1. Giao Sở Y tế chủ trì.", "i) ", "",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "V/v phòng chống dịch",
]  # fmt: skip
SURROGATE = re.compile("[\ud800-\udfff]")
ANY_CHAR = st.one_of(
    st.characters(),  # every code point but surrogates
    st.integers(0xD800, 0xDFFF).map(chr),  # lone surrogates, which a Python str may hold
    st.sampled_from("\x00\x01\x0b\x0c\x1c\x1d\x1e\x1f\x85\u2028\u2029\ufeff\u200b\r\n\t "),
)


def check(text: str) -> None:
    notice = extract(text)
    dumped = json.loads(notice.model_dump_json())  # writable as UTF-8 JSON
    source = SURROGATE.sub("\ufffd", text)
    for where, value, (start, end) in iter_spans(dumped):
        assert source[start:end] == value, where


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(ANY_CHAR, max_size=300))
def test_any_string(text: str) -> None:
    check(text)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(ANY_CHAR, max_size=5)), max_size=12))
def test_pages_of_header_and_signature_pieces(pieces: list[str]) -> None:
    check("\n".join(pieces))


@pytest.mark.parametrize(
    "text",
    [
        "TM. CHỦ TỊCH",  # a page holding only a signature: the body ends before it starts
        "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn A",
        "ỦY BAN NHÂN DÂN\nSố: 12/TB-UBND\nTM. CHỦ TỊCH",
        "Sở Y tế \ud800 thực hiện",  # a lone surrogate
        "\udfff\ud800",
        "\x00" * 50,
        "",
    ],
)
def test_known_breakers(text: str) -> None:
    check(text)


def test_a_lone_surrogate_is_replaced_and_said() -> None:
    notice = extract("Giao Sở Y tế \ud800 thực hiện.")
    assert any("surrogate" in w for w in notice.warnings)
    notice.model_dump_json()


@pytest.mark.parametrize("wrong", [None, b"So Y te", 12, ["Sở Y tế"]])
def test_only_a_wrong_type_raises(wrong) -> None:
    with pytest.raises(TypeError):
        extract(wrong)
