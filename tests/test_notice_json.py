"""The JSON of a notice is pydantic's serializer output, byte for byte what json.dumps(indent=2) writes."""

from __future__ import annotations

import json

from directive_extract import extract
from directive_extract.batch import notice_json

NOTICE = extract(
    '1. Giao Sở Y tế chủ trì, phối hợp với Công an tỉnh "kiểm tra" \\ \t trước ngày 15/6/2026.\n'
    "2. Phấn đấu tỷ lệ tiêm đạt 96,4% dân số; 1.312 ca mắc; \x00\x1f\x7f\u2028 ☎ 😀"
)

# metric values: a float that Python prints with an exponent is written by json.dumps
VALUES = [96.4, 3, 0, 0.1, 2.5e-4, 1e-05, 1e-7, 1e16, 1.5e300, 123456789.125, float(2**60), -0.0]


def _plain(notice) -> str:
    return json.dumps(notice.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"


def test_notice_json_is_the_bytes_of_json_dumps() -> None:
    assert NOTICE.metrics, "the fixture needs a metric"
    failures = []
    for value in VALUES:
        metric = NOTICE.metrics[0].model_copy(update={"value": value, "value_max": value})
        notice = NOTICE.model_copy(update={"metrics": [metric]})
        if notice_json(notice) != _plain(notice):
            failures.append(value)
    if notice_json(NOTICE) != _plain(NOTICE):
        failures.append("the notice itself")
    assert not failures, failures
