"""Relative dates against publication: a table, including what dateparser gets wrong."""

from __future__ import annotations

from datetime import date

import pytest

from onrecord.link.when import relative_days, resolve, said_on

WED = date(2025, 4, 16)  # a Wednesday
JAN = date(2025, 1, 10)  # a Friday in January

CASES = [
    # expression, published, expected ("day" or "start/end"); * = dateparser alone is wrong
    ("on Tuesday", WED, "2025-04-15"),
    ("Tuesday", WED, "2025-04-15"),
    ("on Wednesday", WED, "2025-04-16"),  # * dateparser: the week before
    ("last Wednesday", WED, "2025-04-09"),
    ("Monday night", WED, "2025-04-14"),
    ("on Thursday", WED, "2025-04-10"),
    ("Sunday", WED, "2025-04-13"),
    ("yesterday", WED, "2025-04-15"),
    ("today", WED, "2025-04-16"),
    ("earlier this week", WED, "2025-04-14/2025-04-16"),  # * dateparser: nothing
    ("this week", WED, "2025-04-14/2025-04-16"),
    ("last week", WED, "2025-04-07/2025-04-13"),  # * dateparser: one day
    ("just last week", WED, "2025-04-07/2025-04-13"),  # * dateparser: one day
    ("only on Tuesday", WED, "2025-04-15"),
    ("earlier this month", WED, "2025-04-01/2025-04-16"),
    ("last month", WED, "2025-03-01/2025-03-31"),  # * dateparser: 2025-03-16
    ("last month", JAN, "2024-12-01/2024-12-31"),
    ("in 2022", WED, "2022-01-01/2022-12-31"),  # * dateparser: 2022-04-16
    ("this year", WED, "2025-01-01/2025-04-16"),
    ("last year", WED, "2024-01-01/2024-12-31"),
    ("in March", WED, "2025-03-01/2025-03-31"),  # * dateparser: 2025-03-16
    ("in May", WED, "2024-05-01/2024-05-31"),
    ("in Sept. 2023", WED, "2023-09-01/2023-09-30"),
    ("on Feb. 1", WED, "2025-02-01"),
    ("on Feb. 1", JAN, "2024-02-01"),
    ("April 3, 2024", WED, "2024-04-03"),
    ("3 days ago", WED, "2025-04-13"),
    ("late Tuesday", WED, "2025-04-15"),  # * dateparser: nothing
    ("early on Monday", WED, "2025-04-14"),  # * dateparser: nothing
    ("over the weekend", WED, "2025-04-12/2025-04-13"),  # * dateparser: nothing
    ("the weekend", date(2025, 4, 13), "2025-04-12/2025-04-13"),  # published on a Sunday
    ("last weekend", date(2025, 4, 13), "2025-04-05/2025-04-06"),
    ("this weekend", date(2025, 4, 12), "2025-04-12"),  # published on the Saturday
    ("this past weekend", WED, "2025-04-12/2025-04-13"),  # * dateparser: nothing
    ("overnight", WED, "2025-04-15/2025-04-16"),  # * dateparser: nothing
    ("in early April", WED, "2025-04-01/2025-04-10"),  # * dateparser: nothing
    ("in mid-March", WED, "2025-03-11/2025-03-20"),  # * dateparser: nothing
    ("in late March", WED, "2025-03-21/2025-03-31"),  # * dateparser: nothing
    ("in April", WED, "2025-04-01/2025-04-16"),  # the current month, up to publication
    ("last fall", WED, "2024-09-01/2024-11-30"),  # * dateparser: nothing
    ("this spring", WED, "2025-03-01/2025-04-16"),  # * dateparser: nothing
    ("last spring", WED, "2024-03-01/2024-05-31"),
    ("last winter", WED, "2024-12-01/2025-02-28"),
    ("last winter", date(2024, 2, 20), "2022-12-01/2023-02-28"),  # in one: the one before
]


@pytest.mark.parametrize(("expression", "published", "expected"), CASES)
def test_resolve(expression: str, published: date, expected: str) -> None:
    found = resolve(expression, published)
    assert found is not None
    start, end = found
    assert (start.isoformat() if start == end else f"{start}/{end}") == expected


def test_unreadable_expression_falls_back_to_publication_bound() -> None:
    when = said_on("at some point", WED)
    assert str(when) == "2025-04-16" and when.bound and when.expression is None
    assert said_on(None, WED).bound


def test_resolved_expression_is_kept() -> None:
    when = said_on("earlier this week", WED)
    assert str(when) == "2025-04-14/2025-04-16"
    assert when.expression == "earlier this week" and not when.bound


@pytest.mark.parametrize(
    ("expression", "days"),
    [
        ("the following day", 1),
        ("The next day", 1),
        ("the day before", -1),
        ("the previous day", -1),
        ("a day later", 1),
        ("two days earlier", -2),
        ("3 days later", 3),
        ("Hours later", 0),
        ("a few hours later", 0),
        ("the day", None),
        ("on Tuesday", None),
    ],
)
def test_days_counted_from_another(expression: str, days: int | None) -> None:
    assert relative_days(expression) == days


def test_a_counted_day_needs_the_day_it_counts_from() -> None:
    feb14 = date(2025, 2, 14)
    when = said_on("the following day", feb14, anchor=date(2025, 2, 12))
    assert str(when) == "2025-02-13" and not when.bound and when.expression == "the following day"
    # No day to count from, or one past publication: only publication bounds it.
    assert said_on("the following day", feb14).bound
    assert said_on("the following day", feb14, anchor=feb14).bound
