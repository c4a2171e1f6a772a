"""The pipeline as a spaCy component: `nlp.add_pipe("directive_extract")`.

Installing the package registers the factory (entry point `spacy_factories`); importing this module
registers it too. The component runs `extract()` on `doc.text` and writes

- `doc._.notice`: the same `Notice` as `extract(doc.text)` (stored as its JSON in the doc, so docs
  cross process boundaries in `nlp.pipe(texts, n_process=2)`, and rebuilt when read);
- `doc.spans["agencies"]` (label: role, or "none"), `["deadlines"]` (label: kind), `["metrics"]`
  (label: indicator), `["tasks"]` (label: "task", `kb_id_`: the task id), `["references"]` (label:
  doc type, or "reference").

Every span covers exactly the characters of the extracted item: where an item starts or ends inside
a token of the pipeline's tokenizer ("trì," from `spacy.blank("vi")`), that token is split there.
Config: `model` (bool, run the learned recognizer as `--model` does) and `model_dir`.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from spacy.language import Language
from spacy.tokens import Doc, Span

from .pipeline import extract_document
from .schema import Notice, Task

NAME = "directive_extract"
_STORE = "directive_extract_notice"
SPAN_KEYS = ("agencies", "deadlines", "metrics", "tasks", "references")


def _notice(doc: Doc) -> Notice | None:
    data = doc._.get(_STORE)
    return None if data is None else Notice.model_validate(data)


if not Doc.has_extension(_STORE):
    Doc.set_extension(_STORE, default=None)
if not Doc.has_extension("notice"):
    Doc.set_extension("notice", getter=_notice)


def _walk(tasks: list[Task]) -> Iterator[Task]:
    for task in tasks:
        yield task
        yield from _walk(task.subtasks)


def items_by_key(notice: Notice) -> dict[str, list[tuple[int, int, str, str]]]:
    """(start, end, label, kb_id) of every item, by span key."""
    tasks = list(_walk(notice.tasks))
    return {
        "agencies": [(*a.span, a.role or "none", a.name) for a in notice.agencies],
        "deadlines": [(*d.span, d.kind, d.value or "") for t in tasks for d in t.deadlines],
        "metrics": [(*m.span, m.indicator, "") for m in notice.metrics],
        "tasks": [(*t.span, "task", t.id) for t in tasks],
        "references": [(*r.span, r.doc_type or "reference", r.number or "") for r in notice.references],
    }


def _split_tokens_at(doc: Doc, offsets: set[int]) -> None:
    """Split every token that an offset falls strictly inside, so each item maps to whole tokens."""
    cuts: dict[int, list[int]] = {}
    for token in doc:
        inner = sorted(o - token.idx for o in offsets if token.idx < o < token.idx + len(token.text))
        if inner:
            cuts[token.i] = inner
    if not cuts:
        return
    with doc.retokenize() as retokenizer:
        for i, inner in cuts.items():
            token = doc[i]
            bounds = [0, *inner, len(token.text)]
            orths = [token.text[a:b] for a, b in pairwise(bounds)]
            retokenizer.split(token, orths, heads=[(token, 0)] * len(orths))


class DirectiveExtract:
    def __init__(self, model: bool = False, model_dir: str | None = None) -> None:
        self.model = None
        if model:
            from .learned.model import load_model

            self.model = load_model(model_dir)

    def __call__(self, doc: Doc) -> Doc:
        notice = extract_document(doc.text, model=self.model)
        found = items_by_key(notice)
        _split_tokens_at(doc, {offset for items in found.values() for s, e, _, _ in items for offset in (s, e)})
        for key, items in found.items():
            spans = []
            for start, end, label, kb_id in items:
                span = doc.char_span(start, end, label=label, kb_id=kb_id)
                if span is not None:  # an empty or all-space item has no token
                    spans.append(span)
            doc.spans[key] = spans
        doc._.set(_STORE, notice.model_dump(mode="json"))
        return doc


@Language.factory(NAME, default_config={"model": False, "model_dir": None})
def make_component(nlp: Language, name: str, model: bool, model_dir: str | None) -> DirectiveExtract:
    return DirectiveExtract(model=model, model_dir=model_dir)


__all__ = ["SPAN_KEYS", "DirectiveExtract", "Span", "items_by_key", "make_component"]
