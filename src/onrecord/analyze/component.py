"""The ``onrecord`` spaCy component: ``nlp.add_pipe("onrecord")``.

Registered through the ``spacy_factories`` entry point.  It fills
``doc._.onrecord_statements`` (a list of :class:`onrecord.model.Statement`)
and the span groups ``onrecord_content``, ``onrecord_source`` and
``onrecord_cue``, each in statement order (a discontinuous content adds one
span per part).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from onrecord.analyze.extract import WIRE, extract
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


# A wire dateline opening a paragraph: "WASHINGTON ―", "PALM BEACH, Fla. (AP) —".
DATELINE = re.compile(
    r"[A-Z][A-Z.'’]+(?: [A-Z][A-Z.'’]+)*(?:, [A-Z][\w.]*(?: [A-Z][\w.]*)?)?"
    r"(?: " + WIRE + r")?[^\S\n]*[―—–-]+[^\S\n]*"
)


def mark_lines(doc: Doc) -> Doc:
    """End a sentence at every line break, and after a dateline opening a
    paragraph: web text puts a headline or a paragraph on a line of its own
    without a period, and spaCy's parser would run it into the next line,
    hanging the next sentence's verbs on the headline's.  The break itself
    starts the new sentence (marking the word after it instead misleads the
    parser about that word: "NATO" of "NATO Secretary General Mark Rutte"
    read as a sentence of its own)."""
    text = doc.text  # built anew on every access: read it once
    at_line = True
    for token in doc:
        if token.is_space:
            if (
                token.i
                and not at_line
                and (
                    token.text.count("\n") == 1
                    or (doc[token.i - 1].is_alpha and "\n" in token.text)
                )
            ):
                # spaCy splits at a blank line itself, but not always after a
                # paragraph with no closing punctuation (a title, a caption, a
                # bullet: "... Ontario suspends electricity surcharge\n\n
                # Washington — President Trump will not ..." was one sentence)
                token.is_sent_start = True
            at_line = at_line or "\n" in token.text
            continue
        if at_line:
            found = DATELINE.match(text, token.idx)
            if found is not None and found.end() < len(text):
                after = doc.char_span(found.end(), found.end() + 1, alignment_mode="expand")
                if after is not None and after.start > token.i:
                    doc[after.start].is_sent_start = True
        at_line = False
    return doc


def make_lines(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """The factory behind ``onrecord_lines`` (see :func:`make_component`)."""
    return mark_lines


Language.factory("onrecord_lines")(make_lines)


def make_component(nlp: Language, name: str, split_quotes: bool, lines: bool) -> OnrecordComponent:
    """The factory behind ``nlp.add_pipe("onrecord")``.

    Tokenization runs before any component, so with ``split_quotes`` (the
    default) the factory also teaches ``nlp``'s tokenizer to split a quotation
    glued to the punctuation before it; ``config={"split_quotes": False}``
    leaves the tokenizer alone.  Sentences are parsed before it too, so with
    ``lines`` (the default) it puts ``onrecord_lines`` before the parser
    (:func:`mark_lines`); ``config={"lines": False}`` leaves the pipeline so.
    """
    if split_quotes:
        split_glued_quotes(nlp)
    if lines and "parser" in nlp.pipe_names and "onrecord_lines" not in nlp.pipe_names:
        nlp.add_pipe("onrecord_lines", before="parser")
    return OnrecordComponent(Tagger())


Language.factory("onrecord", default_config={"split_quotes": True, "lines": True})(make_component)
