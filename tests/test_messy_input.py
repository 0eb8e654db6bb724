"""Messy input never crashes or hangs, and every span lies inside the text."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from onrecord import Analysis, analyze
from onrecord.analyze import chunks


def spans_inside(analysis: Analysis) -> None:
    text = analysis.text
    for s in analysis.statements:
        for span in (*s.parts, s.source, s.cue):
            if span is not None:
                assert 0 <= span.start < span.end <= len(text)
                assert text[span.start : span.end] == span.text
        assert 0.0 <= s.confidence <= 1.0


MESSY = {
    "empty": "",
    "whitespace": " \n\t\n  \r\n ",
    "unbalanced": '“He said it, the mayor said. "And then" “more “nested” marks',
    "nested": "“She told me ‘never again,’ and I believed her,” Smith said.",
    "single quotes": "'We are ready,' the general said. ‘Truly,’ he added.",
    "guillemets": "« Nous gagnerons », a dit le ministre. «Yes» he said.",
    "multi paragraph": (
        "“First paragraph of the quote.\n\n“Second paragraph.\n\n“Third,” Jones said."
    ),
    "no punctuation": "the minister said the plan would work and the mayor said it would not " * 40,
    "control characters": (
        "The mayor\x00 said\x07 \x1b[31mthat\x0c it\x0b was \x7f fine.\u200b\ufeff"
    ),
    "only quotes": '"' * 50 + "“”" * 50,
    "stray mark at end": "Smith said it was fine.\n\n“`",
    "long word": "He said " + "x" * 20_000 + " today.",
    "right to left": "قال الوزير إن الخطة ستنجح. “שלום,” he said.",
}


@pytest.mark.parametrize("name", sorted(MESSY))
def test_messy_text(name: str) -> None:
    spans_inside(analyze(MESSY[name]))


def test_empty_text_has_no_statements() -> None:
    assert analyze("").statements == []
    assert analyze("   \n\n ").statements == []


def test_quote_over_paragraphs_is_attributed() -> None:
    text = (
        "“We will rebuild the bridge,” Mayor Anna Lee said on Monday. “It will take a year.\n\n"
        "“And it will cost less than the old one,” she added."
    )
    analysis = analyze(text)
    spans_inside(analysis)
    speakers = {s.speaker.name for s in analysis.statements if s.speaker}
    assert speakers == {"Anna Lee"}


def test_chunks_cover_the_text_in_order() -> None:
    text = ("word " * 50 + "\n") * 1000 + "x" * 250_000
    pieces = chunks(text, limit=10_000)
    assert "".join(piece for _, piece in pieces) == text
    assert all(len(piece) <= 10_000 for _, piece in pieces)
    assert [offset for offset, _ in pieces] == [
        sum(len(p) for _, p in pieces[:k]) for k in range(len(pieces))
    ]


def test_five_megabytes_of_text() -> None:
    paragraph = "“It is fine,” the official said. " + "z" * 4000 + "\n"
    text = (paragraph * (5_000_000 // len(paragraph) + 1))[:5_000_000]
    analysis = analyze(text)
    spans_inside(analysis)
    assert analysis.statements


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.one_of(
            st.sampled_from(list(" \n\"“”‘’'«».,:;—-")),
            st.sampled_from(["said ", "Smith ", "he ", "told ", "that ", "NATO ", "“We ", "win"]),
            st.characters(codec="utf-8"),
        ),
        max_size=120,
    ).map("".join)
)
def test_any_text_gives_spans_inside_it(text: str) -> None:
    spans_inside(analyze(text))


def test_a_quotation_glued_to_the_punctuation_before_it_is_found() -> None:
    text = "Ryan said,“Look, such images have no place in a presidential campaign.”"
    [statement] = analyze(text).statements
    assert statement.content.text == "“Look, such images have no place in a presidential campaign.”"
    assert statement.cue is not None and statement.cue.text == "said"
