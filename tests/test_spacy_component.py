"""The pipeline as a spaCy component: the same notice as extract(), its items as exact span groups."""

from __future__ import annotations

import tomllib

import pytest
import spacy
from spacy import displacy

from directive_extract import extract
from directive_extract.spacy_component import SPAN_KEYS, items_by_key

from .conftest import DEV_DIR, ROOT


def blank_vi():
    # spacy.blank("vi") wants pyvi for its word segmenter; without it, the tokenizer splits on spaces
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    nlp.add_pipe("directive_extract")
    return nlp


def dev_texts() -> list[tuple[str, str]]:
    return [(p.name, p.read_text(encoding="utf-8")) for p in sorted(DEV_DIR.glob("*.txt"))]


def _check(name: str, doc, text: str) -> list[str]:
    failures = []
    notice = extract(text)
    if doc.text != text:
        failures.append(f"{name}: doc.text changed")
    if doc._.notice != notice:
        failures.append(f"{name}: doc._.notice differs from extract()")
    for key, items in items_by_key(notice).items():
        got = [(s.start_char, s.end_char, s.label_) for s in doc.spans[key]]
        want = [(start, end, label) for start, end, label, _ in items if text[start:end].strip()]
        if got != want:
            failures.append(
                f"{name} {key}: {len(got)} spans, {len(want)} items; first difference "
                f"{next(((g, w) for g, w in zip(got, want, strict=False) if g != w), None)}"
            )
    return failures


def test_component_spans_match_extract_on_the_dev_notices(shared_available) -> None:
    nlp = blank_vi()
    failures = []
    texts = dev_texts()
    for (name, text), doc in zip(texts, nlp.pipe(t for _, t in texts), strict=True):
        failures += _check(name, doc, text)
        if not all(doc.spans[key] for key in ("agencies", "tasks")):
            failures.append(f"{name}: no agencies or tasks")
    assert not failures, "\n".join(failures)


def test_span_labels_are_roles_kinds_and_indicators(shared_available) -> None:
    doc = blank_vi()(dev_texts()[2][1])
    labels = {key: {s.label_ for s in doc.spans[key]} for key in SPAN_KEYS}
    assert labels["agencies"] <= {"lead", "coordinate", "report_to", "none"}
    assert labels["deadlines"] <= {"date", "period", "duration", "recurring", "immediate"}
    assert labels["tasks"] == {"task"}
    assert {s.kb_id_ for s in doc.spans["tasks"]} == {t.id for t in _all_tasks(doc._.notice.tasks)}


def _all_tasks(tasks):
    for task in tasks:
        yield task
        yield from _all_tasks(task.subtasks)


def test_a_token_glued_to_punctuation_is_split_at_the_item(shared_available) -> None:
    text = "1. Giao Sở Y tế chủ trì, phối hợp với Công an tỉnh kiểm tra.\n"
    doc = blank_vi()(text)
    assert [s.text for s in doc.spans["agencies"]] == [a.text for a in extract(text).agencies]
    assert "tỉnh" in [t.text for t in doc]  # "tỉnh" of "Công an tỉnh" stays a token of its own


def test_empty_text_gives_an_empty_notice() -> None:
    doc = blank_vi()("")
    assert doc._.notice == extract("")
    assert all(len(doc.spans[key]) == 0 for key in SPAN_KEYS)


def test_displacy_renders_the_span_groups(shared_available) -> None:
    doc = blank_vi()(dev_texts()[0][1])
    html = displacy.render(doc, style="span", options={"spans_key": "agencies"}, page=False)
    assert doc.spans["agencies"][0].label_.upper() in html.upper()


@pytest.mark.slow
def test_nlp_pipe_in_two_processes(shared_available) -> None:
    nlp = blank_vi()
    texts = dev_texts()
    failures = []
    for (name, text), doc in zip(texts, nlp.pipe((t for _, t in texts), n_process=2), strict=True):
        failures += _check(name, doc, text)
    assert not failures, "\n".join(failures)


def test_the_factory_is_registered_by_the_package_entry_point() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    points = project["project"]["entry-points"]["spacy_factories"]
    assert points == {"directive_extract": "directive_extract.spacy_component:make_component"}


def test_the_component_runs_the_learned_model_when_asked(shared_available) -> None:
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    nlp.add_pipe("directive_extract", config={"model": True})
    text = dev_texts()[1][1]
    doc = nlp(text)
    notice = extract(text, model=True)
    assert doc._.notice == notice
    assert "span model" in notice.source.extractor
    want = [(d.span[0], d.span[1], d.kind) for t in _all_tasks(notice.tasks) for d in t.deadlines]
    assert [(s.start_char, s.end_char, s.label_) for s in doc.spans["deadlines"]] == want
