from hypothesis import given
from hypothesis import strategies as st

from onrecord import analyze
from onrecord.analyze.quotes import double_marked, find_quotes


def regions(text: str) -> list[tuple[str, bool]]:
    return [(text[q.start : q.end], q.closed) for q in find_quotes(text)]


def test_curly_quotes_pair() -> None:
    text = "“We will win,” she said. “Soon.”"
    assert regions(text) == [("“We will win,”", True), ("“Soon.”", True)]


def test_straight_quotes_read_direction_from_context() -> None:
    text = 'He said "no" and then "yes, of course."'
    assert regions(text) == [('"no"', True), ('"yes, of course."', True)]


def test_curly_quotes_inside_straight_ones_are_part_of_them() -> None:
    text = 'He wrote, "Elon was “wearing thin,” I asked him to leave!" Then "yes" and “no.”'
    assert regions(text) == [
        ('"Elon was “wearing thin,” I asked him to leave!"', True),
        ('"yes"', True),
        ("“no.”", True),
    ]


def test_an_opener_glued_to_the_end_of_a_sentence_opens() -> None:
    text = 'The mayor blamed the council."We did our part. They did not."\nNext.'
    assert regions(text) == [('"We did our part. They did not."', True)]


def test_doubled_apostrophes_as_quotes() -> None:
    text = "''It is over,'' he said."
    assert regions(text) == [("''It is over,''", True)]


def test_guillemets() -> None:
    assert regions("Il a dit « non merci » hier.") == [("« non merci »", True)]


def test_quote_over_paragraphs_is_open_in_each() -> None:
    text = "“First part of it.\n\n“Second part,” he said."
    assert regions(text) == [("“First part of it.", False), ("“Second part,”", True)]


def test_stray_opening_mark_at_end_makes_no_region() -> None:
    assert regions("The end.\n\n“`") == []


def test_apostrophes_are_not_quotes() -> None:
    assert regions("Russia’s view and Ukraine's view") == []


def test_single_marks_quote_in_a_text_with_no_double_ones() -> None:
    """British wire copy quotes with single marks, over paragraphs too; an
    apostrophe in a word or before a year is none."""
    text = (
        "She told the agency: 'This will help families.\n\n'Thank you, Parliament.'\n\n"
        "Ms Hale's Bill passed, and she said it was 'wonderful' news for the '90s generation."
    )
    assert regions(text) == [
        ("'This will help families.", False),
        ("'Thank you, Parliament.'", True),
        ("'wonderful'", True),
    ]
    assert regions("“Yes,” she said of the 'plan'.") == [("“Yes,”", True)]


@given(st.text(alphabet=st.sampled_from(list("ab \n\"“”«»'’.,")), max_size=80))
def test_regions_are_ordered_disjoint_and_inside(text: str) -> None:
    end = 0
    for quote in find_quotes(text):
        assert end <= quote.start < quote.end <= len(text)
        end = quote.end


def test_single_marks_of_a_quotation_read_as_double_ones_offsets_held() -> None:
    text = "‘We have no choice,’ Lee said on Monday. ‘Nobody else will.’ It’s late."
    marked = double_marked(text)
    assert len(marked) == len(text)
    assert marked == "“We have no choice,” Lee said on Monday. “Nobody else will.” It’s late."
    assert double_marked("“Yes,” he said, ‘maybe’ and it’s late.") == (
        "“Yes,” he said, ‘maybe’ and it’s late."  # a text with double marks quotes with them
    )
    title = "She starred in ‘American Sniper’ and it’s late."
    assert double_marked(title) == title  # a title is no speech


def test_a_quotation_in_single_marks_interrupted_by_its_cue_is_one_statement() -> None:
    text = "‘We have no choice, we have to save it,’ Lee said on Monday. ‘Nobody else will.’"
    [said] = analyze(text).statements
    assert [p.text for p in said.parts] == [
        "‘We have no choice, we have to save it,’",  # the text's own marks
        "‘Nobody else will.’",
    ]
