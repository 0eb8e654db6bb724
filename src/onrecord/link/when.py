"""When a statement was said: a time expression read against the publication date.

News writes relative time ("on Tuesday", "last month", "earlier this week").
A weekday is the latest such day on or before publication; a period is its
whole range, cut at publication ("earlier this month" is the 1st up to
publication day); part of a month ("early April" the 1st to 10th, "mid-March",
"late March") and a season ("last fall", "this spring") are ranges too.
dateparser reads explicit dates ("Feb. 1", "3 days ago") but turns periods
into single days and misreads a weekday equal to the publication's, so those
are handled here first.  A day counted from another ("the following day",
"two days later") counts from the last day the story's statements were dated
to.
"""

from __future__ import annotations

import calendar
import dataclasses
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import dateparser

from onrecord.analyze.timing import RELATIVE_DAY
from onrecord.model import Statement

WEEKDAYS = {name.lower(): k for k, name in enumerate(calendar.day_name)}
MONTHS = {name.lower(): k for k, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): k for k, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9

# Words before a date that add nothing to it ("on Tuesday", "just last week").
_LEAD = re.compile(
    r"^(?:(?:just|only)\s+)?(?:on|in|during|since|as of|at|by|over)\s+|^(?:just|only)\s+",
    re.IGNORECASE,
)
_TIME_OF_DAY = re.compile(r"^(?:late|early|earlier)\s+(?:on\s+)?")


@dataclass(frozen=True, slots=True)
class When:
    """A day or a range of days; ``bound`` when only publication bounds it."""

    start: date
    end: date
    expression: str | None = None
    bound: bool = False

    def __str__(self) -> str:
        if self.start == self.end:
            return self.start.isoformat()
        return f"{self.start.isoformat()}/{self.end.isoformat()}"


def _month_range(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def _week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _period(words: str, published: date) -> tuple[date, date] | None:
    """Ranges named by words relative to publication, or None."""
    p = published
    table = {
        "today": (p, p),
        "tonight": (p, p),
        "this morning": (p, p),
        "this afternoon": (p, p),
        "this evening": (p, p),
        "yesterday": (p - timedelta(days=1), p - timedelta(days=1)),
        "last night": (p - timedelta(days=1), p),
        "this week": (_week_start(p), p),
        "earlier this week": (_week_start(p), p),
        "last week": (_week_start(p) - timedelta(days=7), _week_start(p) - timedelta(days=1)),
        "this month": (p.replace(day=1), p),
        "earlier this month": (p.replace(day=1), p),
        "this year": (date(p.year, 1, 1), p),
        "earlier this year": (date(p.year, 1, 1), p),
        "last year": (date(p.year - 1, 1, 1), date(p.year - 1, 12, 31)),
        "overnight": (p - timedelta(days=1), p),
    }
    if words in table:
        return table[words]
    words = words.replace("this past ", "last ").removeprefix("past ")  # "this past weekend"
    if words in ("weekend", "this weekend", "last weekend"):
        # The latest Saturday and Sunday not after publication; "last" on a
        # weekend means the one before.
        saturday = p - timedelta(days=(p.weekday() - 5) % 7)
        if words == "last weekend" and p.weekday() >= 5:
            saturday -= timedelta(days=7)
        return saturday, min(saturday + timedelta(days=1), p)
    if words in ("last month", "earlier last month"):
        previous = p.replace(day=1) - timedelta(days=1)
        return _month_range(previous.year, previous.month)
    return None


def _weekday(words: str, published: date) -> tuple[date, date] | None:
    """'Tuesday' and 'last Tuesday': the latest one on or before (before) publication."""
    words = _TIME_OF_DAY.sub("", words)  # "late Tuesday", "early on Monday"
    last = words.startswith("last ")
    name = words.removeprefix("last ").removesuffix(" morning").removesuffix(" night")
    name = name.removesuffix(" afternoon").removesuffix(" evening")
    if name not in WEEKDAYS:
        return None
    back = (published.weekday() - WEEKDAYS[name]) % 7
    if last and back == 0:
        back = 7
    day = published - timedelta(days=back)
    return day, day


def _month_or_year(words: str, published: date) -> tuple[date, date] | None:
    """'2022', 'March', 'March 2024': the whole year or month, the latest not after publication."""
    if re.fullmatch(r"(19|20)\d\d", words):
        year = int(words)
        return date(year, 1, 1), min(date(year, 12, 31), published)
    match = re.fullmatch(r"(?:(early|mid|late)[- ])?([a-z]+)\.?(?:,?\s+((?:19|20)\d\d))?", words)
    if match and match.group(2) in MONTHS:
        month = MONTHS[match.group(2)]
        if match.group(3):
            year = int(match.group(3))
        else:
            year = published.year if month <= published.month else published.year - 1
        first, last = _month_range(year, month)
        part = match.group(1)  # "early March" the 1st-10th, "mid-" 11th-20th, "late" the rest
        if part == "early":
            last = first.replace(day=10)
        elif part == "mid":
            first, last = first.replace(day=11), first.replace(day=20)
        elif part == "late":
            first = first.replace(day=21)
        return first, max(first, min(last, published))
    return None


SEASONS = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}  # first months


def _season(words: str, published: date) -> tuple[date, date] | None:
    """'this spring': the latest one begun by publication; 'last fall': the latest
    one ended before it (three months each, winter from December)."""
    last = words.startswith("last ")
    name = words.removeprefix("last ").removeprefix("this ")
    if name not in SEASONS:
        return None

    def span(year: int) -> tuple[date, date]:
        start = date(year, SEASONS[name], 1)
        third = start.month + 2  # the season's last month, maybe in the next year
        return start, _month_range(year + (third - 1) // 12, (third - 1) % 12 + 1)[1]

    year = (
        published.year
        if date(published.year, SEASONS[name], 1) <= published
        else published.year - 1
    )
    start, end = span(year)
    if last and end >= published:
        start, end = span(year - 1)
    return start, min(end, published)


def resolve(expression: str, published: date) -> tuple[date, date] | None:
    """The days ``expression`` names, read against ``published``; None if unreadable."""
    words = _LEAD.sub("", " ".join(expression.lower().split())).strip(" .,")
    words = words.removeprefix("the ")
    for reader in (_period, _weekday, _month_or_year, _season):
        found = reader(words, published)
        if found is not None:
            return found
    parsed = dateparser.parse(
        words,
        languages=["en"],
        settings={
            "RELATIVE_BASE": datetime.combine(published, datetime.min.time()),
            "PREFER_DATES_FROM": "past",
            "REQUIRE_PARTS": ["day"],
        },
    )
    if parsed is None:
        return None
    day = parsed.date()
    if day > published:
        # "Feb. 1" read in a January article means last year's.
        try:
            day = day.replace(year=day.year - 1)
        except ValueError:
            return None
    return day, day


_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def relative_days(words: str) -> int | None:
    """The days a relative expression counts from the day before it ("the
    following day": 1, "two days earlier": -2); None for any other words."""
    match = RELATIVE_DAY.fullmatch(" ".join(words.lower().split()).strip(" .,"))
    if match is None:
        return None
    if match["hours"]:
        return 0  # "Hours later": the same day, as far as a day can tell
    if match["after"] or match["dir"] == "after":
        return 1
    if match["before"] or match["dir"] == "before":
        return -1
    count = int(match["n"]) if match["n"].isdigit() else _COUNTS[match["n"].lower()]
    return count if match["way"] == "later" else -count


def said_on(expression: str | None, published: date, anchor: date | None = None) -> When:
    """When a statement was said: from its time expression, else up to publication.
    A day counted from another ("the following day") counts from ``anchor``,
    the day the story last dated; with none, only publication bounds it."""
    offset = relative_days(expression) if expression else None
    if offset is not None:
        if anchor is None or not anchor + timedelta(days=offset) <= published:
            return When(published, published, None, bound=True)
        day = anchor + timedelta(days=offset)
        return When(day, day, expression)
    if expression:
        found = resolve(expression, published)
        if found is not None:
            return When(found[0], found[1], expression)
    return When(published, published, None, bound=True)


def publication_day(published: str | None) -> date | None:
    """The day of an ISO date or datetime string; None when there is none."""
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def dated(statements: list[Statement], published: str | None) -> list[Statement]:
    """The statements with ``said_on`` read from their time expressions; an
    expression that reads as no date is dropped, leaving the publication bound."""
    day = publication_day(published)
    if day is None:
        return statements
    out = []
    anchor: date | None = None  # the last single day a statement was dated to
    for statement in statements:
        expression = statement.time_expression.text if statement.time_expression else None
        when = said_on(expression, day, anchor)
        if when.expression and when.start == when.end:
            anchor = when.start
        out.append(
            dataclasses.replace(
                statement,
                said_on=str(when),
                said_on_bound=when.bound,
                # Words that could not be read as a date ("annual") justify nothing.
                time_expression=statement.time_expression if when.expression else None,
            )
        )
    return out
