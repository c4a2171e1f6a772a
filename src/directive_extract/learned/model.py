"""A trained span model on disk: `models/spans/` holds one CRF per kind, `config.json` and the card.

`config.json` names the kinds, the features used and the merge policy chosen by cross-validation.
A model is loaded once per process and path (`load_model`), so batch workers each open it once.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ..errors import ModelError
from .crf import Tagger
from .recognizer import SpanRecognizer

# the checkout's models/ folder (src/directive_extract/learned/model.py -> the repository root)
DEFAULT_MODEL_DIR = Path(__file__).resolve().parents[3] / "models" / "spans"
ENV_VAR = "DIRECTIVE_EXTRACT_MODEL"


@dataclass(frozen=True)
class SpanModel:
    path: Path
    config: dict
    recognizers: tuple[SpanRecognizer, ...]

    @property
    def policy(self) -> dict[str, dict]:
        return self.config.get("policy", {})

    @property
    def fingerprint(self) -> str:
        """The first 12 hex digits of the models' digests: which trained model made an output."""
        digests = self.config.get("sha256", {})
        return hashlib.sha256(json.dumps(digests, sort_keys=True).encode()).hexdigest()[:12]


def model_dir(path: str | Path | None = None) -> Path:
    """The model folder: `path`, else $DIRECTIVE_EXTRACT_MODEL, else the checkout's models/spans."""
    return Path(path or os.environ.get(ENV_VAR) or DEFAULT_MODEL_DIR).resolve()


@cache
def _load(path: Path) -> SpanModel:
    config_path = path / "config.json"
    if not config_path.is_file():
        raise ModelError(f"no trained model in {path} (config.json missing): run `make train`")
    try:
        config = json.loads(config_path.read_text(encoding="utf-8"))
        boundaries = bool(config.get("features", {}).get("word_boundaries", False))
        open_class = bool(config.get("features", {}).get("open_class", False))
        policy = config.get("policy", {})
        recognizers = tuple(  # a kind whose measured policy is the rules alone is not tagged at all
            SpanRecognizer(kind, Tagger(path / f"{kind}.crfsuite", boundaries, open_class))
            for kind in config["kinds"]
            if policy.get(kind, {}).get("mode", "rules") != "rules"
        )
    except (OSError, ValueError, KeyError) as exc:
        raise ModelError(f"cannot read the model in {path}: {exc}") from exc
    return SpanModel(path, config, recognizers)


def load_model(path: str | Path | None = None) -> SpanModel:
    return _load(model_dir(path))
