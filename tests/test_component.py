"""The spaCy component, found through the spacy_factories entry point."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import spacy

from onrecord import Statement, analyze
from onrecord.analyze.features import TokenTable
from onrecord.analyze.pipeline import MODEL_NAME, pipeline
from onrecord.analyze.quotes import find_quotes
from onrecord.analyze.rules import clausal_attributions
from onrecord.analyze.tagger import Tagger


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


def test_a_quotation_after_an_aside_resumes_the_quotation_before_it() -> None:
    text = (
        "“Every delay costs us money,” Lind said, referring to the contractor's excuses, "
        "“and the taxpayers will not wait forever.”"
    )
    found = {s.cue.text: s for s in analyze(text).statements if s.cue is not None}
    assert [p.text for p in found["said"].parts] == [
        "“Every delay costs us money,”",
        "“and the taxpayers will not wait forever.”",
    ]
    assert [p.text for p in found["referring to"].parts] == ["the contractor's excuses"]


def test_a_quotation_inside_the_aside_stays_the_aside_s() -> None:
    text = (
        "“We need change,” the senator said, arguing that he will bring "
        "a “common-sense” approach to the budget."
    )
    found = {s.cue.text: s for s in analyze(text).statements if s.cue is not None}
    assert [p.text for p in found["said"].parts] == ["“We need change,”"]
    assert found["arguing"].parts[0].text.endswith("a “common-sense” approach to the budget")


def test_a_second_deed_of_the_same_speaker_is_its_own_statement() -> None:
    found = [
        (s.cue.text if s.cue else None, " ".join(p.text for p in s.parts), s.speaker)
        for s in analyze(
            "Senator Jane Roe called the bill “a disgrace” and blamed Governor Tim Poe "
            "for the delays."
        ).statements
    ]
    assert [(cue, content) for cue, content, _ in found] == [
        ("called", "the bill “a disgrace”"),
        ("blamed", "Governor Tim Poe for the delays"),
    ]
    assert all(speaker is not None and speaker.name == "Jane Roe" for _, _, speaker in found)


def test_a_quotation_the_speaker_goes_on_to_say_is_its_own_statement() -> None:
    def found(text: str) -> list[tuple[str | None, str, str | None]]:
        return [
            (
                s.cue.text if s.cue else None,
                " ".join(p.text for p in s.parts),
                s.speaker.name if s.speaker else None,
            )
            for s in analyze(text).statements
        ]

    assert found(
        "Mayor Ann Lee called the council members to the stage, singing “We Are the Champions.”"
    ) == [
        ("called", "the council members to the stage", "Ann Lee"),
        ("singing", "“We Are the Champions.”", "Ann Lee"),
    ]
    assert found(
        "Mayor Ann Lee urges her aides to leave the building and repeatedly says, "
        "“Do not come back,” until the doors close."
    ) == [
        ("urges", "her aides to leave the building", "Ann Lee"),
        ("repeatedly says", "“Do not come back,”", "Ann Lee"),
    ]
    sung, asked = found(
        "“Keep your hands in sight,” Mayor Ann Lee sings to the council before asking them, "
        "“Where do we go from here?”"
    )
    assert sung[0] == "sings to" and "asking" not in sung[1]
    assert asked == ("asking", "“Where do we go from here?”", "Ann Lee")
    # A quotation after a preposition's verb is no saying of the speaker's.
    assert found("Senator Jane Roe slammed the company for promoting “dangerous products”.") == [
        ("slammed", "the company for promoting “dangerous products”", "Jane Roe")
    ]


def test_coordinated_objects_and_clauses_with_their_own_subject_stay_whole() -> None:
    proposal = analyze(
        "Senator Jane Roe has proposed refinancing student loans and forcing universities "
        "to spend more."
    ).statements
    assert [" ".join(p.text for p in s.parts) for s in proposal] == [
        "refinancing student loans and forcing universities to spend more"
    ]
    agreed = analyze("Senator Jane Roe said the plan was “fair” and the governor agreed.")
    assert not any(  # the governor's agreeing is no deed of Roe's
        s.cue is not None and s.cue.text == "agreed" and s.speaker and s.speaker.name == "Jane Roe"
        for s in agreed.statements
    )


@pytest.mark.parametrize(
    ("text", "content", "expression", "said_on"),
    [
        (
            "Mark Rutte said two weeks ago that the path is irreversible.",
            "that the path is irreversible",
            "two weeks ago",
            "2025-04-02",
        ),
        (  # no "that": the date hangs on "said"; spaCy reads a DATE and a TIME
            "Senator Ann Lee said Monday evening she will vote to advance the bill.",
            "she will vote to advance the bill",
            "Monday evening",
            "2025-04-14",
        ),
        (  # ... or hung on "vote", with the clause's subject after it
            "Senate Minority Leader Ann Lee (D., N.Y.) said Monday evening she will vote to "
            "advance the GOP spending bill.",
            "she will vote to advance the GOP spending bill",
            "Monday evening",
            "2025-04-14",
        ),
    ],
)
def test_a_date_opening_the_content_dates_the_saying_not_the_content(
    text: str, content: str, expression: str, said_on: str
) -> None:
    [statement] = analyze(text, published="2025-04-16").statements
    assert statement.parts[0].text == content
    assert statement.time_expression is not None
    assert statement.time_expression.text == expression
    assert statement.said_on == said_on


def test_a_quotation_of_several_sentences_after_its_cue_is_the_content_whole() -> None:
    text = (
        "Ann Gale stated on Saturday,\n\n“I think people misunderstand when somebody says: ‘I "
        "do not want to be a burden’. Well, that is how I feel. Nobody wants that.”"
    )
    [statement] = analyze(text, published="2025-06-23").statements
    assert statement.content.text == text[text.index("“") :]


@pytest.mark.parametrize(
    ("text", "expression", "said_on"),
    [
        # a day and its time of day are one expression
        (
            "On Monday night, Senator Ann Lee announced she would not block the bill.",
            "Monday night",
            "2025-04-14",
        ),
        # "Today" before the source, which spaCy tags as no date
        (
            "Today Bishop of Leeds Dame Ruth Hale said that peers must oppose the plan.",
            "Today",
            "2025-04-16",
        ),
    ],
)
def test_words_before_the_source_date_the_saying(text: str, expression: str, said_on: str) -> None:
    [statement] = analyze(text, published="2025-04-16").statements
    assert statement.time_expression is not None
    assert statement.time_expression.text == expression
    assert (statement.said_on, statement.said_on_bound) == (said_on, False)


@pytest.mark.parametrize(
    ("text", "content", "expression", "said_on"),
    [
        (  # a statement told inside a report's content is dated there
            "“Greenland is not for sale,” Frederiksen said Tuesday on Danish television, "
            "according to the BBC.",
            "“Greenland is not for sale,”",
            "Tuesday",
            "2025-01-07",
        ),
        (  # a date closing what the cue's verb goes on to dates the verb
            "Trump suggested purchasing Greenland from Denmark last month.",
            "purchasing Greenland",
            "last month",
            "2024-12-01/2024-12-31",
        ),
        (  # a date opening the content with its preposition, before the clause's subject
            "U.S. President Donald Trump said on Monday there was no chance Mexico or Canada "
            "would block the tariffs.",
            "there was no chance",
            "Monday",
            "2025-01-06",
        ),
        (  # a date hung on the cue's verb, inside the content it runs over
            "Ukrainian President Volodymyr Zelenskyy expressed his continued support for a "
            "mineral extraction deal with the United States on Friday, hours after a meeting "
            "with President Donald Trump spiraled into a public spat.",
            "his continued support",
            "Friday",
            "2025-01-03",
        ),
        (  # a participle of saying is dated as the telling it is set off after
            "Donald Trump refused to rule out using military force on Tuesday, saying "
            "national security depends on it.",
            "national security",
            "Tuesday",
            "2025-01-07",
        ),
        (  # "Will" here is a name, not a telling to come
            "Columnist George Will reignited his feud with Trump on Monday after "
            "calling him a “caricature.”",
            "him a",
            "Monday",
            "2025-01-06",
        ),
    ],
)
def test_a_telling_is_dated_by_the_words_around_it(
    text: str, content: str, expression: str, said_on: str
) -> None:
    statements = analyze(text, published="2025-01-08").statements
    # the statement itself, not a report that holds it
    statement = min(
        (s for s in statements if s.parts[0].text.startswith(content)),
        key=lambda s: sum(p.end - p.start for p in s.parts),
    )
    assert statement.time_expression is not None, statements
    assert statement.time_expression.text == expression
    assert statement.said_on == said_on


def test_a_day_counted_from_the_one_before_is_dated_from_it() -> None:
    statements = analyze(
        "On Wednesday, Hegseth labeled the goal “unrealistic.” The following day, he "
        "dismissed allegations that the US is “betraying” Ukraine as baseless.",
        published="2025-02-14",
    ).statements
    assert [(s.time_expression.text if s.time_expression else None) for s in statements] == [
        "Wednesday",
        "The following day",
    ]
    assert [s.said_on for s in statements] == ["2025-02-12", "2025-02-13"]


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (  # opening a paragraph spaCy runs into the one before
            'Our position remains unchanged."\n\nAccording to Umerov, Ukraine will '
            "also become a member of the European Union.",
            ["Ukraine will also become a member of the European Union"],
        ),
        (  # set off in the middle of its clause: the clause around it
            "But in this case, according to him, Ukraine must build its own NATO.",
            ["But in this case", "Ukraine must build its own NATO"],
        ),
        (  # not a clause of its own after it
            "Trump has won 758 delegates, according to the AP, but his pathway is narrowing.",
            ["Trump has won 758 delegates"],
        ),
    ],
)
def test_according_to_takes_the_clause_it_is_set_into(text: str, parts: list[str]) -> None:
    [statement] = [
        s for s in analyze(text).statements if s.cue and s.cue.text.lower() == "according to"
    ]
    assert [p.text for p in statement.parts] == parts


def test_according_to_attributes_the_rest_of_its_sentence_inner_statement_and_all() -> None:
    text = (
        "“Delegates should be able to vote the way they see fit,” Governor Scott Walker "
        "said, according to an Associated Press account.\n\nThe vote is on Monday."
    )
    found = {
        (s.cue.text if s.cue else None): s for s in analyze(text).statements if s.cue is not None
    }
    outer = found["according to"]
    assert outer.source is not None and outer.source.text == "an Associated Press account"
    assert outer.parts[0].text == (
        "“Delegates should be able to vote the way they see fit,” Governor Scott Walker said"
    )
    inner = found["said"]
    assert inner.speaker is not None and inner.speaker.name == "Scott Walker"


@pytest.mark.parametrize(
    "text",
    [
        # a date describing the speaker, not the saying
        "Trump, who enters office on Jan. 20, has said he would strike a deal within a day.",
        # ... or another named before the quotation
        "Reyes, who takes office on January 20, “wants to make steel strong again”, Ann Lee added.",
        # words that read as no date
        "NATO released an annual statement that did not mention the path, the spokesman said.",
        # a length of time names no day
        "In a post that upended three years of policy, the Republican said they would talk.",
        # an earlier sentence's date that dates a clause of its own
        "It was their first contact since Trump returned to the White House last month. "
        "Trump later announced that he and Putin had agreed to begin talks.",
        # an earlier sentence's date of what is to come
        "On Sunday, representatives from a dozen nations are set to meet in London. "
        "Downing Street noted that the discussion will focus on a just and lasting peace.",
        # the day of a plan or of what will be, in the telling's sentence
        "Zelenskyy thanked him for an invitation to meet in Washington on Monday and said "
        "they would “discuss all of the details.”",
        "Trump, who will host the summit on Friday, said the talks would be hard.",
        # a date the speaker quotes, and a length of time, in what the cue's verb goes on to
        "Cruz vowed to oppose legal status for undocumented immigrants “today, tomorrow, forever.”",
        "Senator Ann Lee has opposed Medicare cuts for years.",
        # a newspaper's name
        "“We were there under legitimate pretenses,” Figueroa told USA Today.",
        # when what was promised is due
        "Republicans pledged to hold a Senate vote on the health care tax credits by mid-December.",
        # a stretch of time up to now
        "Senator Tom Cotton, who has been one of the leading voices against China over the "
        "last decade, released a statement with a colleague in response to the companies.",
        # a length of time since an event
        "In the six months since the bill was first voted on, opposition has grown more "
        "vocal. Ann Gale said the attacks had become more personal.",
        # a clause describing the person who speaks by a role
        "The party leader, who has been in office since July, said at a press conference "
        "that he had “no regrets.”",
    ],
)
def test_words_that_do_not_date_the_saying_leave_the_publication_bound(text: str) -> None:
    statements = analyze(text, published="2025-06-25").statements
    assert statements
    for statement in statements:
        assert statement.time_expression is None
        assert statement.said_on == "2025-06-25" and statement.said_on_bound


def test_a_clause_on_a_name_dates_a_telling_it_holds() -> None:
    [statement] = analyze(
        "The workers gathered outside the Taj Mahal, where Ann Lee said on Wednesday that "
        "the strike would go on.",
        published="2025-01-10",
    ).statements
    assert statement.time_expression is not None
    assert statement.said_on == "2025-01-08"


def test_a_quotation_ends_the_words_said_before_a_participle_set_after_it() -> None:
    """The -ing clause after the quotation is no part of what was said, and the
    day it gives is of the statement it echoes, not of this telling."""
    [statement] = analyze(
        "Egede said “no, but we are ready to talk,” echoing Danish Prime Minister Mette "
        "Frederiksen’s statement on Thursday that she had asked to speak with Trump.",
        published="2025-01-10",
    ).statements
    assert statement.content.text == "“no, but we are ready to talk,”"
    assert statement.time_expression is None and statement.said_on_bound


def test_a_content_goes_to_the_cue_its_clause_hangs_on_not_to_a_nearer_later_one() -> None:
    text = (
        "Trump said in February during the first Cabinet meeting of his second term "
        'that "you can forget about it," suggesting that NATO membership talks were a key '
        "reason for the invasion."
    )
    found = {s.cue.text: s for s in analyze(text).statements if s.cue is not None}
    assert found["said"].content.text == 'that "you can forget about it,"'
    assert found["suggesting"].content.text.startswith("that NATO membership talks")


def test_a_source_is_found_up_a_chain_of_coordinated_verbs() -> None:
    text = "Trump paused, looked at the crowd, smiled and said that the wall would be built."
    [statement] = analyze(text).statements
    assert statement.source is not None and statement.source.text == "Trump"
    assert statement.content.text == "that the wall would be built"


def test_a_name_next_to_a_cue_without_a_subject_is_its_source() -> None:
    # spaCy reads "Tom Lind" as an apposition of "Ana Lind", so "said" has no subject.
    text = (
        "Tuesday in Boston, while on the trail for his wife Democratic front-runner Ana Lind, "
        "former governor Tom Lind said his wife was uniquely qualified because "
        "“the world is in tough shape.”"
    )
    [statement] = analyze(text).statements
    assert statement.source is not None and statement.source.text.endswith("Tom Lind")
    assert statement.speaker is not None and statement.speaker.name == "Tom Lind"


def test_a_quotation_carried_into_the_next_paragraph_is_one_statement() -> None:
    text = (
        "“We like a lot of the candidates, some more than the others,” Adams said during "
        "the interview in Lisbon.\n\n"
        "“It is changing every day. Nobody knows who will win.”\n\n"
        "The vote is in March."
    )
    [statement] = analyze(text).statements
    assert [p.text for p in statement.parts] == [
        "“We like a lot of the candidates, some more than the others,”",
        "“It is changing every day. Nobody knows who will win.”",
    ]
    assert statement.source is not None and statement.source.text == "Adams"


@pytest.mark.parametrize(
    "text",
    [
        "You know, in the land of the blind, a one-eyed man is king.",
        "The plan was costly.\nThat said, she also noted the risks.",
        # the tagger's as well as the clausal layer's
        "He is campaigning in Wisconsin. That said, Cruz cannot realistically get enough "
        "delegates to win the nomination.",
        "The programs were expanded. All told, up to 5 million people could be eligible.",
    ],
)
def test_a_discourse_marker_is_no_saying(text: str) -> None:
    assert all(
        s.cue is None or s.cue.text not in ("know", "said", "told")
        for s in analyze(text).statements
    )


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "During his years in office, Mr. Obama said, a majority of Americans have come "
            "to believe that climate change is real.",
            "Mr. Obama",
            "a majority of Americans have come to believe that climate change is real",
        ),
        (  # spaCy reads "the real Dred Scott, Chief Justice Roberts" as one subject
            "To understand the real Dred Scott, Chief Justice Roberts said, one should "
            "visit this museum.",
            "Chief Justice Roberts",
            "one should visit this museum",
        ),
    ],
)
def test_a_saying_set_into_its_sentence_has_the_rest_of_it(
    text: str, source: str, content: str
) -> None:
    found = {s.source.text: s for s in analyze(text).statements if s.source}
    assert found[source].content.text == content
    assert found[source].cue is not None and found[source].cue.text == "said"


def test_a_cue_closing_its_paragraph_with_a_colon_has_the_next_paragraph_s_quotation() -> None:
    text = (
        "Voters in Terre Haute agreed with the mayor.\n\n"
        "17-year-old Jared Potts echoed:\n\n"
        "“He speaks his mind, and I think that might be what the country needs.”\n\n"
        "Cruz called them on it:\n\n"
        "“The questions asked in this debate illustrate why the American people "
        "don’t trust the media.”\n"
    )
    found = {s.speaker.name if s.speaker else None: s for s in analyze(text).statements}
    potts, cruz = found["Jared Potts"], found["Cruz"]
    assert potts.cue is not None and potts.cue.text == "echoed:"
    assert potts.content.text == (
        "“He speaks his mind, and I think that might be what the country needs.”"
    )
    assert cruz.cue is not None and cruz.cue.text.startswith("called")
    assert cruz.content.text.startswith("“The questions asked") and cruz.kind == "direct"


def test_a_clause_holding_a_statement_of_its_own_is_the_outer_speaker_s_too() -> None:
    # The syntactic layer, given what the tagger found: here only the inner
    # statement ("Clinton once described ..."), whole inside the said-clause.
    text = (
        "Trump said during a rally in Michigan that Clinton once described the "
        "Trans-Pacific Partnership as “the gold standard” of trade deals."
    )
    doc = pipeline()(text)
    table = TokenTable.of(doc, find_quotes(text))
    tagger = Tagger()
    inner = next(t.i for t in doc if t.text == "Clinton"), len(doc) - 1
    found = []
    for extents in ([inner], [(inner[0] - 2, inner[1])]):  # whole inside; reaching out of it
        taken = [inner[0] <= i < inner[1] for i in range(len(doc))]
        found.append(
            clausal_attributions(doc, table, tagger.rule_verbs, taken, frozenset(), extents)
        )
    [(source, cue, content)] = found[0]
    assert doc[source[0] : source[1]].text == "Trump" and doc[cue[0] : cue[1]].text == "said"
    assert doc[content[0] : content[1]].text.startswith("that Clinton once described")
    assert found[1] == []


def test_a_quotation_the_tagger_gave_no_cue_takes_the_speech_verb_just_before_it() -> None:
    text = (  # the tagger labels no cue here
        "Lind seemed to be ready to riff on the incident in Iowa, telling the crowd, "
        "“Some people get a little carried away, have you noticed that?”"
    )
    [statement] = analyze(text).statements
    assert statement.cue is not None and statement.cue.text == "telling"
    assert statement.content.text.startswith("“Some people")


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        (  # spaCy hangs "leaned" on "gestured" without a relation ("dep")
            "Trump gestured as if to stop the ruckus, then leaned in and boomed: “Let’s "
            "defeat her in November.”",
            "boomed",
            "Trump",
        ),
        (  # spaCy conjoins "joked" to "accent", the object of "adopted"
            "He then adopted a fake Southern accent and joked, “But I’mma just gonna make "
            "it easier for them to make fun of me.”",
            "joked",
            "He",
        ),
    ],
)
def test_a_verb_spacy_hung_elsewhere_shares_the_subject_it_goes_on_with(
    text: str, cue: str, source: str
) -> None:
    [statement] = analyze(text).statements
    assert statement.cue is not None and statement.cue.text.rstrip(":") == cue
    assert statement.source is not None and statement.source.text == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "President Tom Reyes responded to a mother on Wednesday night by saying his "
            "refusal to use the words was a “manufactured” issue.",
            "President Tom Reyes",
        ),
        (  # the verb it hangs on is passive: its passive subject said it
            "After saying her right foot was “so swollen I could barely get my shoe on,” "
            "she was rushed to a naval hospital for tests.",
            "she",
        ),
    ],
)
def test_a_gerund_after_a_preposition_shares_the_subject_of_the_verb_it_hangs_on(
    text: str, source: str
) -> None:
    [statement] = analyze(text).statements
    assert statement.cue is not None and statement.cue.text.endswith("saying")
    assert statement.source is not None and statement.source.text == source


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # spaCy runs the sentence over the break: the closing mark hangs on
        # "Vance", and "user" is a second subject of "appeared"
        (
            "“It is outrageous. Coke user?”\n\nVance, a medical doctor, then appeared on MSNBC "
            "on Tuesday and began by saying she would “never” diagnose someone through "
            "television.\n",
            "began by saying",
            "Vance, a medical doctor,",
        ),
        # a caption or a bullet with no period, then a blank line, past the
        # title's line: the next paragraph's source is not the caption's object
        (
            "MPs back the bill.\n\nThe bill would allow terminally ill adults to end their own "
            "lives\n\nJane Porter MP said: “I voted for it.”",
            "said:",
            "Jane Porter MP",
        ),
    ],
)
def test_a_subject_opening_a_paragraph_is_not_read_with_the_paragraph_before(
    text: str, cue: str, source: str
) -> None:
    [statement] = analyze(text).statements
    assert statement.cue is not None and statement.cue.text == cue
    assert statement.source is not None and statement.source.text == source


def test_a_quotation_after_according_to_goes_on_with_the_speaker_not_the_outlet() -> None:
    text = (
        "“There are not the votes right now to pass it,” Sen. Ann Lee told reporters after "
        "the meeting, according to City News. “We had nothing to do with this bill.”"
    )
    second = "“We had nothing to do with this bill.”"
    found = [
        (s.speaker.name if s.speaker else None, [p.text for p in s.parts])
        for s in analyze(text).statements
    ]
    assert [name for name, parts in found if second in parts] == ["Ann Lee"]


def test_add_pipe_splits_a_quotation_glued_to_punctuation_unless_told_not_to() -> None:
    text = "Ryan said,“Look, such images have no place in a presidential campaign.”"
    nlp = spacy.load(MODEL_NAME)
    nlp.add_pipe("onrecord")
    nlp.remove_pipe("onrecord")
    nlp.add_pipe("onrecord")  # a second time changes nothing more
    [statement] = nlp(text)._.onrecord_statements
    assert statement.cue is not None and statement.cue.text == "said"
    assert statement.content.text.startswith("“Look")
    plain = spacy.load(MODEL_NAME)
    plain.add_pipe("onrecord", config={"split_quotes": False})
    assert "said,“Look" in [t.text for t in plain(text)]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "Moscow has been firmly opposed to Ukraine’s NATO aspirations.",
            "has been firmly opposed to",
            "Ukraine’s NATO aspirations",
        ),
        ("The governor was critical of the bill.", "was critical of", "the bill"),
        # importance, not an attitude
        ("Such tools could be especially critical for Trump.", None, None),
    ],
)
def test_an_attitude_told_with_be_and_an_adjective(
    text: str, cue: str | None, content: str | None
) -> None:
    statements = analyze(text).statements
    if cue is None:
        assert not statements
        return
    [statement] = statements
    assert statement.cue is not None and statement.cue.text == cue
    assert statement.parts[0].text == content


def test_a_line_break_and_a_dateline_end_sentences_before_the_parser() -> None:
    nlp = spacy.load(MODEL_NAME)
    nlp.add_pipe("onrecord")
    assert nlp.pipe_names.index("onrecord_lines") == nlp.pipe_names.index("parser") - 1
    doc = nlp(
        "Trump Discussed Greenland in Call With Frederiksen\n"
        "Donald Trump confirmed his interest, Frederiksen said.\n"
        "PALM BEACH, Fla. (AP) — President-elect Donald Trump on Tuesday declined to rule "
        "out force, emphasizing that both places are critical to security."
    )
    sentences = [s.text.strip() for s in doc.sents if s.text.strip()]
    assert sentences[0] == "Trump Discussed Greenland in Call With Frederiksen"
    # a title with no closing punctuation, a blank line, then the story
    titled = nlp(
        "City backs off doubling fares after council suspends surcharge\n\nThe fares will "
        "not double, Mayor Ann Lee told reporters."
    )
    [told] = titled._.onrecord_statements
    assert told.content.text == "The fares will not double"
    # a title is the editor's summary, no one's words
    headline = nlp("Mayor Ann Lee: Fares Will Not Double\n\nThe fares will stay, the mayor said.")
    assert [s.content.text for s in headline._.onrecord_statements] == ["The fares will stay"]
    assert "PALM BEACH, Fla. (AP) —" in sentences
    [emphasizing] = [
        s for s in doc._.onrecord_statements if s.cue is not None and s.cue.text == "emphasizing"
    ]
    assert emphasizing.speaker is not None and emphasizing.speaker.name == "Donald Trump"
    plain = spacy.load(MODEL_NAME)
    plain.add_pipe("onrecord", config={"lines": False})
    assert "onrecord_lines" not in plain.pipe_names


def test_a_pipeline_with_the_component_saves_and_loads_in_a_fresh_process(
    tmp_path: Path,
) -> None:
    nlp = spacy.load(MODEL_NAME)
    nlp.add_pipe("onrecord")
    nlp.to_disk(tmp_path / "nlp")
    code = (
        "import spacy, sys; nlp = spacy.load(sys.argv[1]); "
        "doc = nlp('“We stay,” Maria Costa said.'); "
        "print(nlp.pipe_names.count('onrecord_lines'), doc._.onrecord_statements[0].speaker.name)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "nlp")], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["1", "Maria", "Costa"]


def test_a_telling_set_in_an_undated_past_takes_no_date_from_its_sentence() -> None:
    text = (
        "Mayor Ann Lee opposes the closure: her lawyers signaled opposition in a filing, and "
        "Lee—who once supported a ban—has expressed warm feelings toward the bridge, posting "
        "“KEEP IT OPEN” early Sunday morning."
    )
    [once] = [s for s in analyze(text).statements if s.cue and s.cue.text == "once supported"]
    assert once.time_expression is None
