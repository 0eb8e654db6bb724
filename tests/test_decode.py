"""Grouping tagged role spans into attributions, on hand-made labels."""

from __future__ import annotations

import pytest

from onrecord.analyze.decode import Context, RoleSpan, group_sequence

# "The ad uses footage of Hillary Clinton asking , “ Why ? ”"
WORDS = "The ad uses footage of Hillary Clinton asking , “ Why ? ”".split()
LABELS = ["B-SRC", "I-SRC", "B-CUE", "I-CUE", "I-CUE", "B-SRC", "I-SRC", "B-CUE", "O"]
LABELS += ["B-CON", "I-CON", "I-CON", "I-CON"]
ASKING = WORDS.index("asking")


def context(borrowed: bool) -> Context:
    n = len(WORDS)
    subject = [(-1, -1)] * n
    subject[ASKING] = (0, 2)  # spaCy hangs "asking" on "uses": the ad's subject
    return Context(
        sentence=[0] * n,
        quoted=[k >= WORDS.index("“") for k in range(n)],
        subject=subject,
        head=[-1] * n,
        speech=[False] * n,
        borrowed=[borrowed and k == ASKING for k in range(n)],
        nominal=[w not in ("uses", "footage", "of", "asking") for w in WORDS],
    )


@pytest.mark.parametrize(
    ("borrowed", "source"),
    [
        (True, RoleSpan("SRC", 5, 7)),  # the tagged source right before the cue
        (False, RoleSpan("SRC", 0, 2)),  # the cue's own subject
    ],
)
def test_a_subject_borrowed_from_another_verb_yields_to_a_source_right_before_the_cue(
    borrowed: bool, source: RoleSpan
) -> None:
    quotation = next(
        g for g in group_sequence(LABELS, context(borrowed)) if g.contents[0].start == 9
    )
    assert quotation.cue == RoleSpan("CUE", ASKING, ASKING + 1)
    assert quotation.source == source
