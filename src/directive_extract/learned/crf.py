"""Train and run one CRF per kind (python-crfsuite): B/I/O labels over the syllables of a region.

Training is L-BFGS with L1 and L2 penalties over features seen at least twice; it reads the
documents in a fixed order and uses no random numbers, so the same corpus gives the same model.
A span's score is the lowest marginal probability of its tokens' labels: how sure the model is
of the whole span.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .features import token_features, word_boundaries
from .gold import Annotated
from .tokens import Token, sequences

TRAIN_PARAMS = {"c1": 0.05, "c2": 0.01, "max_iterations": 150, "feature.minfreq": 2}


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    score: float


def bio(tokens: list[Token], spans: list[tuple[int, int]]) -> list[str]:
    """B / I / O of each token: a token belongs to a span when it lies inside it."""
    labels = ["O"] * len(tokens)
    j = 0
    for i, token in enumerate(tokens):
        while j < len(spans) and spans[j][1] <= token.start:
            j += 1
        if j < len(spans) and spans[j][0] <= token.start and token.end <= spans[j][1]:
            labels[i] = "I" if i > 0 and labels[i - 1] != "O" and tokens[i - 1].start >= spans[j][0] else "B"
    return labels


def _features(
    flat: str, folded: str, tokens: list[Token], use_boundaries: bool, open_class: bool = False
) -> list[list[str]]:
    return token_features(tokens, folded, word_boundaries(flat, tokens) if use_boundaries else None, open_class)


def training_sequences(
    docs: Iterable[Annotated],
    kind: str,
    use_boundaries: bool = False,
    open_class: bool = False,
    features: dict[tuple[int, int], list[list[str]]] | None = None,
):
    """(features, labels) of every sequence of every region where `kind` is annotated. `features`, when given, keeps
    each sequence's features by its span for the other kinds of the same document (they annotate the same regions,
    and the word boundaries are most of the cost)."""
    for annotated in docs:
        doc, spans = annotated.doc, sorted(annotated.spans[kind])
        for start, end in annotated.regions[kind]:
            for tokens in sequences(doc.flat, start, end):
                if features is None:
                    xseq = _features(doc.flat, doc.folded, tokens, use_boundaries, open_class)
                elif (xseq := features.get(key := (tokens[0].start, tokens[-1].end))) is None:
                    xseq = features[key] = _features(doc.flat, doc.folded, tokens, use_boundaries, open_class)
                yield xseq, bio(tokens, spans)


def train(docs: list[Annotated], kind: str, path: Path, use_boundaries: bool = False, open_class: bool = False) -> int:
    """Train the `kind` model into `path`; returns the number of training sequences."""
    return train_sequences(training_sequences(docs, kind, use_boundaries, open_class), path)


def train_sequences(pairs: Iterable[tuple[list[list[str]], list[str]]], path: Path) -> int:
    """Train on ready (features, labels) sequences into `path` (cross-validation prepares them once)."""
    trainer = new_trainer()
    n = 0
    for xseq, yseq in pairs:
        trainer.append(xseq, yseq)
        n += 1
    train_into(trainer, path)
    return n


def new_trainer():
    import pycrfsuite

    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    trainer.set_params(TRAIN_PARAMS)
    return trainer


def train_into(trainer, path: Path) -> None:
    """Train what `trainer` was given into `path`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(path))


class Tagger:
    """A trained model of one kind, opened once; `spans` tags a region of a text."""

    def __init__(self, path: Path, use_boundaries: bool = False, open_class: bool = False) -> None:
        import pycrfsuite

        self.path = path
        self.use_boundaries = use_boundaries
        self.open_class = open_class
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(path))

    def spans(self, flat: str, folded: str, start: int = 0, end: int | None = None) -> list[Span]:
        out: list[Span] = []
        tagger = self._tagger
        for tokens in sequences(flat, start, end):
            labels = tagger.tag(_features(flat, folded, tokens, self.use_boundaries, self.open_class))
            if "B" not in labels and "I" not in labels:
                continue
            i = 0
            while i < len(tokens):
                if labels[i] == "O":
                    i += 1
                    continue
                j = i + 1
                while j < len(tokens) and labels[j] == "I":
                    j += 1
                score = min(tagger.marginal(labels[k], k) for k in range(i, j))
                out.append(Span(tokens[i].start, tokens[j - 1].end, round(score, 4)))
                i = j
        return out
