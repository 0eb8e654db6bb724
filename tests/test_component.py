"""The spaCy component, found through the spacy_factories entry point."""

from __future__ import annotations

import spacy

from onrecord import Statement
from onrecord.analyze.pipeline import MODEL_NAME


def test_add_pipe_by_name_fills_spans_and_extension() -> None:
    nlp = spacy.load(MODEL_NAME)
    nlp.add_pipe("onrecord")
    text = "“We are not leaving,” Prime Minister Maria Costa told reporters on Friday."
    doc = nlp(text)
    statements = doc._.onrecord_statements
    assert len(statements) == 1
    statement: Statement = statements[0]
    assert statement.kind == "direct"
    assert statement.speaker is not None and statement.speaker.name == "Maria Costa"
    assert [s.text for s in doc.spans["onrecord_content"]] == ["“We are not leaving,”"]
    assert [s.text for s in doc.spans["onrecord_cue"]] == ["told"]
    assert "Maria Costa" in doc.spans["onrecord_source"][0].text


def test_discontinuous_quote_is_one_statement_in_two_parts() -> None:
    nlp = spacy.load(MODEL_NAME)
    nlp.add_pipe("onrecord")
    doc = nlp("“The talks are over,” the minister said, “and we will not return.”")
    statements = doc._.onrecord_statements
    assert len(statements) == 1
    assert [p.text for p in statements[0].parts] == [
        "“The talks are over,”",
        "“and we will not return.”",
    ]
