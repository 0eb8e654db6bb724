"""The ``onrecord`` spaCy component: ``nlp.add_pipe("onrecord")``.

Registered through the ``spacy_factories`` entry point.  It fills
``doc._.onrecord_statements`` (a list of :class:`onrecord.model.Statement`)
and the span groups ``onrecord_content``, ``onrecord_source`` and
``onrecord_cue``, each in statement order (a discontinuous content adds one
span per part).
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from onrecord.analyze.extract import extract
from onrecord.analyze.tagger import Tagger
from onrecord.model import Span

if not Doc.has_extension("onrecord_statements"):
    Doc.set_extension("onrecord_statements", default=None)


class OnrecordComponent:
    """Finds attributed statements in each Doc."""

    def __init__(self, tagger: Tagger) -> None:
        self.tagger = tagger

    def __call__(self, doc: Doc) -> Doc:
        statements = extract(doc, self.tagger)
        doc._.onrecord_statements = statements
        groups: dict[str, list[Span]] = {"content": [], "source": [], "cue": []}
        for statement in statements:
            groups["content"].extend(statement.parts)
            if statement.source:
                groups["source"].append(statement.source)
            if statement.cue:
                groups["cue"].append(statement.cue)
        for role, spans in groups.items():
            doc.spans[f"onrecord_{role}"] = [
                s
                for s in (doc.char_span(p.start, p.end, alignment_mode="expand") for p in spans)
                if s is not None
            ]
        return doc


# Web text glues a quotation to the punctuation before it: 'Ryan said,“Look, ...'
# spaCy keeps 'said,“Look' as one token; these split it into said , “ Look.
GLUED_QUOTES = (r"(?<=\w)[,:;](?=[“\"«„])", r"(?<=[,:;])[“\"«„](?=\w)")


def split_glued_quotes(nlp: Language) -> None:
    """Make ``nlp``'s tokenizer split quotations glued to punctuation, keeping
    whatever infixes it already has (and doing nothing the second time)."""
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return
    current = tokenizer.infix_finditer
    known = getattr(getattr(current, "__self__", None), "pattern", None)
    if isinstance(known, str) and all(p in known for p in GLUED_QUOTES):
        return
    patterns = [known] if isinstance(known, str) else list(nlp.Defaults.infixes or ())
    tokenizer.infix_finditer = re.compile("|".join([*patterns, *GLUED_QUOTES])).finditer


def make_component(nlp: Language, name: str, split_quotes: bool) -> OnrecordComponent:
    """The factory behind ``nlp.add_pipe("onrecord")``.

    Tokenization runs before any component, so with ``split_quotes`` (the
    default) the factory also teaches ``nlp``'s tokenizer to split a quotation
    glued to the punctuation before it; ``config={"split_quotes": False}``
    leaves the tokenizer alone.
    """
    if split_quotes:
        split_glued_quotes(nlp)
    return OnrecordComponent(Tagger())


Language.factory("onrecord", default_config={"split_quotes": True})(make_component)
