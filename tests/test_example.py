"""The founding example: every core statement found with the right speaker."""

from __future__ import annotations

from typing import Any

import pytest

from onrecord import Analysis, Statement, analyze

RUSSIA = {"Russia", "Moscow"}


@pytest.fixture(scope="module")
def analysis(example_text: str) -> Analysis:
    return analyze(example_text, published="2025-04-16")


def overlap(statement: Statement, start: int, end: int) -> int:
    return sum(max(0, min(p.end, end) - max(p.start, start)) for p in statement.parts)


def matching(analysis: Analysis, expected: dict[str, Any]) -> Statement | None:
    start, end = expected["content"]["start"], expected["content"]["end"]
    best = max(analysis.statements, key=lambda s: overlap(s, start, end), default=None)
    if best is None or overlap(best, start, end) * 2 < end - start:
        return None
    return best


def same_speaker(found: str | None, expected: str) -> bool:
    if found is None:
        return False
    if expected == "Russia":
        return found in RUSSIA
    return found.split()[-1] == expected.split()[-1]


def test_every_core_statement_found_with_its_speaker(
    analysis: Analysis, example_expected: dict[str, Any]
) -> None:
    problems = []
    for expected in example_expected["statements"]:
        if not expected["core"]:
            continue
        found = matching(analysis, expected)
        if found is None:
            problems.append(f"missed: {expected['content']['text'][:60]}")
        elif not same_speaker(found.speaker.name if found.speaker else None, expected["speaker"]):
            problems.append(f"speaker {found.speaker} for {expected['content']['text'][:40]}")
    assert problems == []


def test_at_most_two_statements_match_nothing_expected(
    analysis: Analysis, example_expected: dict[str, Any]
) -> None:
    spans = [(e["content"]["start"], e["content"]["end"]) for e in example_expected["statements"]]
    unmatched = [
        s.content.text
        for s in analysis.statements
        if not any(overlap(s, start, end) for start, end in spans)
    ]
    assert len(unmatched) <= 2, unmatched


def test_stray_quotation_mark_at_the_end_makes_no_statement(
    analysis: Analysis, example_text: str
) -> None:
    tail = example_text.rindex("“")
    assert all(p.end <= tail for s in analysis.statements for p in s.parts)


def test_spans_are_the_text_they_claim(analysis: Analysis, example_text: str) -> None:
    for s in analysis.statements:
        for span in (*s.parts, s.source, s.cue):
            if span is not None:
                assert example_text[span.start : span.end] == span.text
