"""The ``onrecord`` spaCy component: ``nlp.add_pipe("onrecord")``.

Registered through the ``spacy_factories`` entry point.  It fills
``doc._.onrecord_statements`` (a list of :class:`onrecord.model.Statement`)
and the span groups ``onrecord_content``, ``onrecord_source`` and
``onrecord_cue``, each in statement order (a discontinuous content adds one
span per part).
"""

from __future__ import annotations

from spacy.language import Language
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


def make_component(nlp: Language, name: str) -> OnrecordComponent:
    """The factory behind ``nlp.add_pipe("onrecord")``."""
    return OnrecordComponent(Tagger())


Language.factory("onrecord")(make_component)
