"""The learned span recognizer: tokens, gold spans, B/I/O labels, training, merge policies, the model on disk."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from directive_extract import extract
from directive_extract.errors import ModelError
from directive_extract.findings import Due, Finding
from directive_extract.learned import crf
from directive_extract.learned.gold import annotate
from directive_extract.learned.merge import merge
from directive_extract.learned.model import load_model
from directive_extract.learned.recognizer import SpanRecognizer
from directive_extract.learned.tokens import tokenize
from directive_extract.pipeline import prepare

from .conftest import CORPUS_DIR, DEV_DIR, ROOT

MODEL_DIR = ROOT / "models" / "spans"

TOKENS = [
    ("Giao Sở Y tế chủ trì,", ["Giao", "Sở", "Y", "tế", "chủ", "trì", ","]),
    ("trước ngày 15/4/2020.", ["trước", "ngày", "15/4/2020", "."]),
    ("1.312 trường hợp F1", ["1.312", "trường", "hợp", "F", "1"]),
    ("đạt 96,4% kế hoạch", ["đạt", "96,4", "%", "kế", "hoạch"]),
    ("Sở GD&ĐT", ["Sở", "GD", "&", "ĐT"]),
    ("", []),
]

NOTICE = (
    "ỦY BAN NHÂN DÂN TỈNH LONG AN\n\nTHÔNG BÁO\n\n"
    "UBND tỉnh yêu cầu:\n\n"
    "1. Giao Sở Y tế chủ trì, phối hợp với Công an tỉnh kiểm tra các chốt trước ngày 15/6/2021.\n\n"
    "2. Sở Giáo dục và Đào tạo báo cáo kết quả về Sở Y tế trong 3 ngày; đạt 100% học sinh.\n"
)
GOLD = {
    "tasks": [
        {
            "id": "1",
            "text": "1. Giao Sở Y tế chủ trì, phối hợp với Công an tỉnh kiểm tra các chốt trước ngày 15/6/2021.",
            "agencies": [{"text": "Sở Y tế"}, {"text": "Công an tỉnh"}, {"text": "UBND tỉnh"}],
            "deadlines": [{"text": "trước ngày 15/6/2021"}],
            "subtasks": [],
        },
        {
            "id": "2",
            "text": "2. Sở Giáo dục và Đào tạo báo cáo kết quả về Sở Y tế trong 3 ngày; đạt 100% học sinh.",
            "agencies": [{"text": "Sở Giáo dục và Đào tạo"}, {"text": "Sở Y tế"}],
            "deadlines": [{"text": "trong 3 ngày"}],
            "subtasks": [],
        },
    ],
    "metrics": [{"text": "100% học sinh"}],
}


def test_tokens_keep_numbers_whole_and_offsets_exact() -> None:
    failures = []
    for text, expected in TOKENS:
        tokens = tokenize(text)
        if [t.text for t in tokens] != expected:
            failures.append(f"{text!r}: {[t.text for t in tokens]}")
        failures += [f"{text!r}: {t} is not a slice" for t in tokens if text[t.start : t.end] != t.text]
    assert not failures, "\n".join(failures)


def test_gold_items_become_spans_inside_their_task() -> None:
    annotated = annotate("notice", NOTICE, GOLD)
    text = annotated.doc.text
    found = {kind: [text[s:e] for s, e in spans] for kind, spans in annotated.spans.items()}
    assert found == {
        # "UBND tỉnh" stands outside task 1 (the lead-in): it labels nothing
        "agency": ["Sở Y tế", "Công an tỉnh", "Sở Giáo dục và Đào tạo", "Sở Y tế"],
        "deadline": ["trước ngày 15/6/2021", "trong 3 ngày"],
        "metric": ["100% học sinh"],
    }
    assert [text[s:e][:2] for s, e in annotated.regions["agency"]] == ["1.", "2."]
    assert annotated.regions["metric"] == [(0, len(text))]


def test_bio_labels() -> None:
    text = "Giao Sở Y tế chủ trì"
    tokens = tokenize(text)
    cases = [
        ([(5, 12)], ["O", "B", "I", "I", "O", "O"]),
        ([(0, 4), (5, 7)], ["B", "B", "O", "O", "O", "O"]),
        ([], ["O"] * 6),
        ([(5, 7), (8, 12)], ["O", "B", "B", "I", "O", "O"]),
    ]
    failures = [f"{spans}: {crf.bio(tokens, spans)}" for spans, want in cases if crf.bio(tokens, spans) != want]
    assert not failures, "\n".join(failures)


def _f(start: int, end: int, rule: str, score: float = 1.0, kind: str = "deadline") -> Finding:
    return Finding(start, end, kind, "date", Due("2021-06-15"), rule, score)


RULE_A, RULE_B = _f(0, 10, "deadline.date"), _f(20, 30, "deadline.date")
MODEL_A, MODEL_C, MODEL_LOW = (
    _f(2, 8, "model.deadline", 0.9),
    _f(40, 50, "model.deadline", 0.9),
    _f(60, 70, "model.deadline", 0.3),
)
INHERITED = _f(100, 110, "agency.gazetteer+inherited", kind="agency")
MERGES = [
    ("rules", 0.0, [RULE_A, RULE_B]),
    ("model", 0.0, [MODEL_A, MODEL_C, MODEL_LOW]),
    ("model", 0.5, [MODEL_A, MODEL_C]),
    ("union", 0.0, [RULE_A, RULE_B, MODEL_C, MODEL_LOW]),
    ("union", 0.5, [RULE_A, RULE_B, MODEL_C]),
    ("agree", 0.0, [RULE_A]),
]


def test_merge_modes() -> None:
    findings = [RULE_A, RULE_B, MODEL_A, MODEL_C, MODEL_LOW]
    failures = []
    for mode, floor, want in MERGES:
        got = merge(findings, {"deadline": {"mode": mode, "min_score": floor}})
        if sorted(got, key=lambda f: f.start) != want:
            failures.append(f"{mode} ≥ {floor}: {[(f.start, f.rule) for f in got]}")
    assert not failures, "\n".join(failures)


def test_merge_keeps_kinds_without_a_policy_and_inherited_leads_when_agreeing() -> None:
    assert merge([INHERITED, RULE_A], {"agency": {"mode": "agree"}}) == [INHERITED, RULE_A]
    with pytest.raises(ValueError, match="unknown merge mode"):
        merge([RULE_A], {"deadline": {"mode": "vote"}})


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory) -> Path:
    """Models trained in a second on the synthetic notice, repeated: enough to tag it again."""
    folder = tmp_path_factory.mktemp("model")
    docs = [annotate(f"n{i}", NOTICE, GOLD) for i in range(3)]
    for kind in ("agency", "deadline", "metric"):
        crf.train(docs, kind, folder / f"{kind}.crfsuite")
    policy = {kind: {"mode": "union"} for kind in ("agency", "deadline", "metric")}
    config = {"kinds": ["agency", "deadline", "metric"], "features": {"word_boundaries": False}, "policy": policy}
    (folder / "config.json").write_text(json.dumps(config), encoding="utf-8")
    return folder


def test_training_is_deterministic(tmp_path: Path) -> None:
    docs = [annotate("n", NOTICE, GOLD)]
    crf.train(docs, "agency", tmp_path / "a.crfsuite")
    crf.train(docs, "agency", tmp_path / "b.crfsuite")
    assert (tmp_path / "a.crfsuite").read_bytes() == (tmp_path / "b.crfsuite").read_bytes()


def test_model_recognizers_return_one_kind_with_rule_and_score(tiny_model: Path) -> None:
    doc = prepare(NOTICE, until="sections")
    failures = []
    for kind in ("agency", "deadline", "metric"):
        recognizer = SpanRecognizer(kind, crf.Tagger(tiny_model / f"{kind}.crfsuite"))
        found = recognizer(doc)
        if not found:
            failures.append(f"{kind}: nothing found")
        for f in found:
            if f.kind != kind or f.rule != f"model.{kind}" or not 0 < f.score <= 1 or f.value is None:
                failures.append(f"{kind}: {f}")
            if kind == "deadline" and not isinstance(f.value, Due):
                failures.append(f"deadline value is not a Due: {f}")
            if not (0 <= f.start < f.end <= len(doc.text)):
                failures.append(f"{kind}: span {f.start}:{f.end} outside the text")
    assert not failures, "\n".join(failures)


def test_extract_with_a_model_keeps_spans_exact_and_names_the_model(tiny_model: Path) -> None:
    notice = extract(NOTICE, model=tiny_model)
    items = [a for t in notice.tasks for a in t.agencies] + [d for t in notice.tasks for d in t.deadlines]
    assert items
    assert all(NOTICE[i.span[0] : i.span[1]] == i.text for i in items + notice.metrics)
    assert extract("", model=tiny_model).tasks == []


def test_a_missing_model_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="make train"):
        load_model(tmp_path / "nowhere")


def test_cli_model_flag_fails_once_with_a_missing_model(tmp_path: Path) -> None:
    source = tmp_path / "a.txt"
    source.write_text(NOTICE, encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "directive_extract.cli", "extract", str(source), "--model-dir", str(tmp_path / "none")],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
    )
    assert run.returncode == 2
    assert "make train" in run.stderr


def test_the_committed_model_matches_its_config() -> None:
    config = json.loads((MODEL_DIR / "config.json").read_text(encoding="utf-8"))
    digests = {
        kind: hashlib.sha256((MODEL_DIR / f"{kind}.crfsuite").read_bytes()).hexdigest() for kind in config["kinds"]
    }
    assert digests == config["sha256"]
    assert (MODEL_DIR / "MODEL_CARD.md").is_file()
    assert not any(name.startswith(("cov_", "tbl_")) for name in config["training"]["files"])
    assert set(config["policy"]) == set(config["kinds"])


def test_the_committed_model_runs_on_the_dev_notices(shared_available) -> None:
    failures = []
    for path in sorted(DEV_DIR.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        notice = extract(text, model=True)
        for task in notice.tasks:
            for item in [*task.agencies, *task.deadlines]:
                if text[item.span[0] : item.span[1]] != item.text:
                    failures.append(f"{path.name}: {item}")
    assert not failures, "\n".join(failures[:20])


@pytest.mark.slow
def test_make_train_reproduces_the_committed_model(tmp_path: Path) -> None:
    config = json.loads((MODEL_DIR / "config.json").read_text(encoding="utf-8"))
    (tmp_path / "crossval.json").write_bytes((MODEL_DIR / "crossval.json").read_bytes())
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "train_model.py"), "--corpus", str(CORPUS_DIR), "--out", str(tmp_path)],
        check=True,
        capture_output=True,
        env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
    )
    rebuilt = json.loads((tmp_path / "config.json").read_text(encoding="utf-8"))
    if rebuilt["training"]["files"] != config["training"]["files"]:
        pytest.skip("the corpus changed since the model was trained: run `make train`")
    assert rebuilt["sha256"] == config["sha256"]


def test_an_output_made_with_a_model_says_so_and_resume_tells_them_apart(tiny_model: Path, tmp_path: Path) -> None:
    from directive_extract.batch import run_batch

    source = tmp_path / "a.txt"
    source.write_text(NOTICE, encoding="utf-8")
    out = tmp_path / "out"
    assert [r.status for r in run_batch([source], out)] == ["ok"]
    assert [r.status for r in run_batch([source], out, resume=True, model=str(tiny_model))] == ["ok"]
    recorded = json.loads((out / "a.json").read_text(encoding="utf-8"))["source"]["extractor"]
    assert "+ span model" in recorded
    assert [r.status for r in run_batch([source], out, resume=True, model=str(tiny_model))] == ["skipped"]
    assert [r.status for r in run_batch([source], out, resume=True)] == ["ok"]


MODEL_DEADLINES = [  # (item text, the span the model marks, kind, value)
    ("1. Sở Y tế báo cáo trong vòng I5 ngày kể từ khi nhận.", "trong vòng I5 ngày", "duration", "P15D"),
    ("1. Sở Y tế hoàn thành, hạn chót 15/4/2020.", "hạn chót 15/4/2020", "date", "2020-04-15"),
    ("1. Sở Y tế báo cáo trước ngày 20/5/2021.", "trước ngày 20/5/2021", "date", "2021-05-20"),
]


def test_a_model_deadline_span_is_read_for_its_kind_and_value() -> None:
    from directive_extract.learned.crf import Span
    from directive_extract.learned.recognizer import _deadline

    failures = []
    for text, marked, kind, value in MODEL_DEADLINES:
        doc = prepare(text + "\n", until="sections")
        start = text.index(marked)
        found = _deadline(doc, Span(start, start + len(marked), 0.9), None)
        if found is None or (found.label, found.value.value) != (kind, value):
            failures.append(f"{marked!r}: {found}")
    assert not failures, "\n".join(failures)


# (text, syllable, feature it must carry, or "!feature" it must not); invented phrases, not corpus text
OPEN_CLASS = [
    ("Giao Trường Tiểu học Đồng Tân chủ trì", "Trường", "cue_before=lead|0"),
    ("Giao Trường Tiểu học Đồng Tân chủ trì", "Tân", "cue_after=lead_after|0"),
    ("Giao Trường Tiểu học Đồng Tân chủ trì", "Tiểu", "dtype=1"),
    ("Giao Trường Tiểu học Đồng Tân chủ trì", "Đồng", "tc=B"),
    ("Giao Trường Tiểu học Đồng Tân chủ trì", "Tân", "tcl=2"),
    ("Giáo dục và Đào tạo", "Giáo", "!in_cue=lead"),  # "giao" to assign is not "Giáo" of "Giáo dục"
    ("phối hợp với Cảng vụ Hàng hải Quy Nhơn", "Cảng", "cue_before=partner|0"),
    ("phối hợp với Cảng vụ Hàng hải Quy Nhơn", "Quy", "place0"),
    ("phối hợp với Cảng vụ Hàng hải Quy Nhơn", "Nhơn", "place"),
    ("đề nghị Ban Quản lý Dự án 85; sau đó báo cáo", "sau", "!cue_before=lead"),  # a sentence ends at ";"
    ("Giám đốc Sở Xây dựng", "Sở", "cue_before=leader|0"),
    ("- Các Bộ: Công an, Ngoại giao", "Công", "item"),
    ("Các Bộ: Công an, Ngoại giao", "Công", "!item"),
    ("Các Bộ: Công an, Ngoại giao", "Các", "class0"),
    ("Ủy ban nhân dân huyện Cần Giuộc và các xã", "và", "bnd0"),
]


def test_open_class_features() -> None:
    from directive_extract.learned.features import token_features
    from directive_extract.vn import fold_keep_case

    failures = []
    for text, word, feature in OPEN_CLASS:
        tokens = tokenize(text)
        features = token_features(tokens, fold_keep_case(text), open_class=True)
        at = [t.text for t in tokens].index(word)
        want = not feature.startswith("!")
        if (feature.lstrip("!") in features[at]) != want:
            failures.append(f"{text!r} {word!r}: {feature} — has {features[at][-12:]}")
    assert not failures, "\n".join(failures)


def test_open_class_features_are_off_unless_asked() -> None:
    from directive_extract.learned.features import token_features
    from directive_extract.vn import fold_keep_case

    text = "Giao Sở Y tế chủ trì"
    plain = token_features(tokenize(text), fold_keep_case(text))
    assert not any(f.startswith(("cue_", "dtype", "tc=")) for feats in plain for f in feats)


def test_every_cross_validated_document_has_its_repository_as_source() -> None:
    from directive_extract.learned.training import UNLISTED_SOURCE, gold_files, source_of, sources

    table = sources(CORPUS_DIR)
    files = gold_files(CORPUS_DIR)
    failures = [
        path.name
        for path in files
        if source_of(path.name[: -len(".gold.json")], table) == UNLISTED_SOURCE
        and not path.name[:3].isdigit()  # the five dev notices, one source of their own
    ]
    failures += [path.name for path in files if path.name.startswith(("cov_", "tbl_"))]
    assert not failures, "\n".join(failures)
