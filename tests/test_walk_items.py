"""document.walk_items: a task tree in document order (an item, then its children's, depth first), and no
reference cycle left per document (the walks it replaced were nested recursive functions: each held itself
and the document in a cycle only the garbage collector freed)."""

from __future__ import annotations

import gc
from dataclasses import dataclass, field

from directive_extract import extract
from directive_extract.document import walk_items


@dataclass
class _Node:
    id: str
    children: list[_Node] = field(default_factory=list)


def _tree(shape: str) -> list[_Node]:
    """ "1(1.1(a),1.2),2" -> the nodes of that tree."""
    out: list[_Node] = []
    stack = [out]
    token = ""
    for char in shape + ",":
        if char in ",()":
            if token:
                stack[-1].append(_Node(token))
                token = ""
            if char == "(":
                stack.append(stack[-1][-1].children)
            elif char == ")":
                stack.pop()
        else:
            token += char
    return out


ROWS = [
    ("", []),
    ("1", ["1"]),
    ("1,2,3", ["1", "2", "3"]),
    ("1(1.1,1.2),2", ["1", "1.1", "1.2", "2"]),
    ("I(1(a,b),2(c(x))),II", ["I", "1", "a", "b", "2", "c", "x", "II"]),
    ("1(1.1(1.1.1(1.1.1.1))),2(2.1)", ["1", "1.1", "1.1.1", "1.1.1.1", "2", "2.1"]),
]


def test_walk_items_in_document_order():
    failures = []
    for shape, expected in ROWS:
        got = [node.id for node in walk_items(_tree(shape))]
        if got != expected:
            failures.append((shape, expected, got))
    assert not failures, failures


def test_extract_leaves_no_document_in_a_cycle():
    text = (
        "ỦY BAN NHÂN DÂN TỈNH AN PHÚ\n\nKẾ HOẠCH\n\n1. Sở Y tế chủ trì, phối hợp với Sở Tài chính triển khai "
        "trước ngày 30/6/2026.\na) Sở Nội vụ báo cáo kết quả.\n2. Các huyện thực hiện.\n"
    )
    extract(text)
    gc.collect()
    was = gc.get_debug()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        extract(text)
        gc.collect()
        kinds = {type(obj).__name__ for obj in gc.garbage}
    finally:
        gc.set_debug(was)
        gc.garbage.clear()
    assert "Document" not in kinds and "function" not in kinds, sorted(kinds)
