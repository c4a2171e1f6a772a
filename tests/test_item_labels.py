"""An item's marker, defined once (stages/item_labels.py) for the readers that skip it to read what the item
opens with: a bullet ("-", "+", "•", "*"), or a number, dotted number, letter or roman numeral in either case
and its closing mark (".", ")", "-"), spaces or a line break after it. Cases invented, none a corpus sentence.
"""

from __future__ import annotations

import re

from directive_extract.item_labels import ITEM_MARKER
from directive_extract.stages.agencies.roles import role_patterns

MARKER = re.compile(rf"\s*+{ITEM_MARKER}?")

# (an item's opening, the marker skipped)
# fmt: off
MARKERS = [
    ("1. Sở Xây dựng", "1. "),
    ("2.3. Sở Xây dựng", "2.3. "),
    ("b) Giao Công ty", "b) "),
    ("đ) Giao Công ty", "đ) "),
    ("IV. Trách nhiệm", "IV. "),
    ("iv) Trách nhiệm", "iv) "),
    ("* Trách nhiệm", "* "),
    ("• Trách nhiệm", "• "),
    ("3-\nCông ty", "3-\n"),
    ("Trách nhiệm", ""),
    ("2025 năm", ""),               # a year is no marker: the closing mark is missing
]
# (an item's folded lower-case opening, read by the roles stage as a duty heading, as the common one)
HEADINGS = [
    ("* trach nhiem chung cua cac so", True),
    ("2.1. trach nhiem chung", True),
    ("c)\ntrach nhiem chung", True),
    ("trach nhiem chung", True),
    ("2.1. ke hoach chung", False),
]
# fmt: on


def test_item_markers() -> None:
    failures = [
        f"{text!r}: {MARKER.match(text).group()!r}" for text, want in MARKERS if MARKER.match(text).group() != want
    ]
    for text, want in HEADINGS:
        if bool(role_patterns().common_duty_heading.match(text)) != want:
            failures.append(f"heading {text!r}: not {want}")
    assert not failures, "\n".join(failures)


# (a line, the label the tasks stage reads at its start, the label split_labels reads when it is the whole line)
# fmt: off
LABELS = [
    ("X. TỔ CHỨC THỰC HIỆN", ("roman", "X"), ("roman", "X")),
    ("XX. KINH PHÍ", ("roman", "XX"), ("roman", "XX")),
    ("XIV. CHẾ ĐỘ BÁO CÁO", ("roman", "XIV"), ("roman", "XIV")),
    ("IIII. NHIỆM VỤ", None, None),            # not how a roman numeral is written
    ("2.3. Rà soát hồ sơ", ("dotted", "2.3"), ("dotted", "2.3")),
    ("Điều 7. Trách nhiệm thi hành", ("article", "7"), ("article", "7")),
]
# fmt: on


def test_the_tasks_stage_and_split_labels_read_one_label_form() -> None:
    from directive_extract.stages import split_labels, tasks

    failures = []
    for line, want_task, want_bare in LABELS:
        task = next(((k, m.group("label")) for k, p in tasks._MARKERS if (m := p.match(line))), None)
        head = line.split(" ", 2)[:2] if line.startswith("Điều") else line.split(" ", 1)[:1]
        bare = split_labels._BARE.match(" ".join(head))
        got_bare = split_labels._label(bare) if bare else None
        if task != want_task or got_bare != want_bare:
            failures.append(f"{line!r}: tasks {task}, bare {got_bare}")
    assert not failures, "\n".join(failures)
