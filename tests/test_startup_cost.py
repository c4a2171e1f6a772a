"""What a single document pays once per process: the patterns built on first use are built only where used."""

from __future__ import annotations

import subprocess
import sys

from .test_formats import NOTICE

LAZY = ("gives_order", "ordered_passive", "joined_order", "ordered_addressee", "body_account")

PROBE = f"""
import sys
from directive_extract import extract
from directive_extract.stages.news_orders import news_cues
extract(sys.stdin.read())
print(" ".join(name for name in {LAZY!r} if name in vars(news_cues())))
"""


def _built_after(text: str) -> set[str]:
    result = subprocess.run(
        [sys.executable, "-c", PROBE], input=text, capture_output=True, text=True, check=True, timeout=120
    )
    return set(result.stdout.split())


def test_a_notice_does_not_build_the_report_patterns() -> None:
    """The report patterns embed the gazetteer's names (most of the news module's compiling): a notice, which is
    no report, leaves them unbuilt."""
    assert _built_after(NOTICE) == set()


def test_a_report_builds_them() -> None:
    report = (
        "Thủ tướng chỉ đạo ứng phó bão số 13\n\n"
        "Chiều 6/11, Phó Thủ tướng Trần Hồng Hà chủ trì cuộc họp về ứng phó bão. Phó Thủ tướng yêu cầu Bộ Nông "
        "nghiệp và Môi trường theo dõi sát diễn biến của bão. Bộ Công an bố trí lực lượng hỗ trợ người dân.\n"
    )
    assert "gives_order" in _built_after(report)
