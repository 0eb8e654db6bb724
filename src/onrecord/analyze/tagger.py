"""The learned attribution tagger: a linear-chain CRF over token features.

The model files ship in ``onrecord/models``; ``training/train_attribution.py``
rebuilds them from PolNeAR's train split.
"""

from __future__ import annotations

import json
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Any

import pycrfsuite

MODEL_STEM = "attribution"


def models_dir() -> Path:
    return Path(str(resources.files("onrecord") / "models"))


class Tagger:
    """Labels token sequences with BIO roles; load once, use from one thread."""

    def __init__(self, directory: Path | None = None) -> None:
        self.directory = directory or models_dir()
        meta_path = self.directory / f"{MODEL_STEM}.json"
        self.meta: dict[str, Any] = json.loads(meta_path.read_text(encoding="utf-8"))
        self.cue_lemmas = frozenset(self.meta["cue_lemmas"])
        self.rule_verbs = {rel: frozenset(v) for rel, v in self.meta["rule_verbs"].items()}
        self.speech_verbs = frozenset().union(*self.rule_verbs.values())
        self.cue_prepositions = frozenset(self.meta["cue_prepositions"])

    @cached_property
    def _crf(self) -> pycrfsuite.Tagger:
        tagger = pycrfsuite.Tagger()
        tagger.open(str(self.directory / f"{MODEL_STEM}.crfsuite"))
        return tagger

    def tag(self, features: list[list[str]]) -> tuple[list[str], list[float]]:
        """Labels of one sequence and, per token, the marginal of its label."""
        crf = self._crf
        labels: list[str] = crf.tag(features)
        marginals = [
            crf.marginal(label, k) if label != "O" else 1.0 for k, label in enumerate(labels)
        ]
        return labels, marginals
