"""Attributions written by layout: signed quotations and transcript turns."""

from __future__ import annotations

import pytest

from onrecord import analyze
from onrecord.analyze.layout import marked_attributions
from onrecord.analyze.quotes import find_quotes

VOX_POP = (
    "What readers told us.\n\n"
    "“He is ignorant of our culture and lives.”\u00a0― Pamela Padilla\n"
    "”Fear. I am truly afraid that he will win.” ―\u00a0Edwin G. Monroy\n"
    "“Maybe we can build a wall around him.” ― Julie A. Diaz Martinez.\n"
)


def marked(text: str, surnames: tuple[str, ...] = ()) -> list[tuple[str, str, str]]:
    return [
        (m.source.text, m.cue.text, m.content.text) for m in marked_attributions(text, surnames)
    ]


def test_signed_quotations_in_a_vox_pop_list() -> None:
    assert marked(VOX_POP) == [
        ("Pamela Padilla", "―", "“He is ignorant of our culture and lives.”"),
        ("Edwin G. Monroy", "―", "”Fear. I am truly afraid that he will win.”"),
        ("Julie A. Diaz Martinez", "―", "“Maybe we can build a wall around him.”"),
    ]


def test_signature_on_the_line_below_the_quotation() -> None:
    quotation = '"Almost all new income is going to the top 1 percent."'
    text = f"The claims.\n\n{quotation}\n\n- Bernie Sanders.\n"
    assert marked(text) == [("Bernie Sanders", "-", quotation)]


@pytest.mark.parametrize(
    "text",
    [
        "“No,” he said — then he left the room.",  # a dash in running text
        "“No” — Then he left.",  # capitalised words, but a sentence goes on
        "The vote was 52-48 for the bill.",
        "He called it a “win” - a rare one.",
        "“Tax-paying voters” are angry.",
    ],
)
def test_dashes_that_sign_nothing(text: str) -> None:
    assert marked(text) == []


TRANSCRIPT = (
    "Pence spoke on Sunday.\n\n"
    '"WALLACE: Will Gennifer Flowers be there?\n\n'
    '"PENCE: Gennifer Flowers will not be attending the debate.\n\n'
    '"WALLACE: Do you really see those two as equivalent?\n\n'
    '"PENCE: Well, look, Mark Cuban has been out there saying some tough stuff.\n'
)


def test_transcript_turns() -> None:
    assert marked(TRANSCRIPT) == [
        ("WALLACE", ":", "Will Gennifer Flowers be there?"),
        ("PENCE", ":", "Gennifer Flowers will not be attending the debate."),
        ("WALLACE", ":", "Do you really see those two as equivalent?"),
        ("PENCE", ":", "Well, look, Mark Cuban has been out there saying some tough stuff."),
    ]


def test_headline_labels_are_not_speakers_unless_they_name_someone() -> None:
    text = "BREAKING: Senate passes the bill.\n\nUPDATE: The vote was 52-48.\n\nRYAN: We did it.\n"
    assert marked(text) == []
    assert marked(text, surnames=("ryan",)) == [("RYAN", ":", "We did it.")]
    twice = "VIDEO: The speech.\n\nThe senator left.\n\nVIDEO: The reply.\n"
    assert marked(twice) == []  # one label repeated alone is a kicker, not a dialogue


def test_a_mistyped_opening_mark_still_opens_a_quotation() -> None:
    text = "”Fear. I am afraid,” she said."
    assert [text[q.start : q.end] for q in find_quotes(text)] == ["”Fear. I am afraid,”"]


def test_the_extractor_gives_signed_quotations_to_their_signers() -> None:
    statements = analyze(VOX_POP).statements
    signed = [(s.speaker.name if s.speaker else None, s.content.text) for s in statements]
    assert ("Pamela Padilla", "“He is ignorant of our culture and lives.”") in signed
    assert ("Edwin G. Monroy", "”Fear. I am truly afraid that he will win.”") in signed
    assert all(s.kind == "direct" for s in statements if s.cue and s.cue.text == "―")


def test_the_extractor_gives_turns_to_the_person_of_that_surname() -> None:
    text = "Gov. Mike Pence spoke to Chris Wallace on Sunday.\n\n" + TRANSCRIPT
    turns = [s for s in analyze(text).statements if s.cue and s.cue.text == ":"]
    assert [(s.source.text if s.source else None) for s in turns] == [
        "WALLACE",
        "PENCE",
        "WALLACE",
        "PENCE",
    ]
    assert {s.speaker.name for s in turns if s.speaker} == {"Chris Wallace", "Mike Pence"}


def test_a_name_and_a_colon_open_a_quotation() -> None:
    digest = (
        "POLLS ENDED TOO EARLY - Mark Blumenthal: “The polls were not wrong.”\n\n"
        "Gallup weighed in. Jeffrey M. Jones: “Twenty states lean Republican.” "
        "Said Ellis: “I don’t buy it.”\n\n"
        "Note: “Likely voters” are hard to find.\n"
    )
    surnames = ("blumenthal", "jones", "ellis")
    assert marked(digest, surnames) == [
        ("Mark Blumenthal", ":", "“The polls were not wrong.”"),
        ("Jeffrey M. Jones", ":", "“Twenty states lean Republican.”"),
        ("Ellis", "Said", "“I don’t buy it.”"),
    ]
    assert marked(digest) == []  # names the text does not name are labels


def test_the_extractor_gives_a_named_quotation_to_that_person() -> None:
    text = (
        "Analyst Sam Ellis studied the poll.\n\n"
        "Critics were unconvinced. Said Ellis: “I don’t get the sense she’s interested.”\n"
    )
    [said] = [s for s in analyze(text).statements if s.cue and s.cue.text == "Said"]
    assert said.source is not None and said.source.text == "Ellis"
    assert said.speaker is not None and said.speaker.name == "Sam Ellis"
    assert said.content.text == "“I don’t get the sense she’s interested.”"


def test_a_surname_with_particles_opens_a_named_quotation() -> None:
    text = (
        "Leaders reacted on Monday. European Commission President Ursula von der Leyen and "
        "French President Emmanuel Macron both spoke.\n\n"
        "WHAT THEY SAID - Von der Leyen: “We will respond firmly to these unjustified tariffs.” "
        "Macron: “Europe will not be intimidated.”"
    )
    assert marked(text, ("von der leyen", "macron")) == [
        ("Von der Leyen", ":", "“We will respond firmly to these unjustified tariffs.”"),
        ("Macron", ":", "“Europe will not be intimidated.”"),
    ]
    speakers = {s.content.text: s.speaker.name for s in analyze(text).statements if s.speaker}
    assert speakers["“We will respond firmly to these unjustified tariffs.”"] == (
        "Ursula von der Leyen"
    )


def test_a_labelled_quotation_runs_on_over_paragraphs_to_its_closing_mark() -> None:
    text = (
        "Finance Minister Maria Ortiz said the budget was ready.\n\n"
        'Quote from Ortiz: "It is finished and the cabinet has approved it.\n\n'
        "It covers schools, roads and hospitals.\n\n"
        'It is a budget for everyone."\n\n'
        "Details: the vote is on Friday.\n"
    )
    [quoted] = [s for s in analyze(text).statements if s.cue and s.cue.text == "Quote from"]
    assert quoted.source is not None and quoted.source.text == "Ortiz"
    assert quoted.speaker is not None and quoted.speaker.name == "Maria Ortiz"
    assert quoted.content.text.startswith('"It is finished')
    assert quoted.content.text.endswith('for everyone."')
