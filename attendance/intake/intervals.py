"""Time in a meeting as a person would count it: durations, localised dates, and the union of stays.

A person who joins on a laptop and on a phone at once is in the meeting once: their minutes are
the length of the *union* of their join/leave intervals, clipped to the meeting (or to the
session's times), never the sum of their rows. Reports write times and durations in the
language of the account that exported them ("2 h 59 min 24 s", "1:02:03", "59 mins",
"18/10/2021, 9:01:12 p. m."): :func:`parse_duration` and :func:`parse_moment` read them all.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta

Interval = tuple[datetime, datetime]

# A bare clock time ("10:03 AM", Google Meet) is placed on this day unless the report gives one.
BASE_DAY = datetime(2000, 1, 1)

_NUMBER = r"\d+(?:[.,]\d+)?"
_UNIT_PART = re.compile(rf"({_NUMBER})\s*([a-zà-ÿ]+)\.?", re.IGNORECASE)
# Words that may sit between the parts of a spoken duration: "1 h y 5 min", "1 h et 5 min", "1 h e 5 min".
_JOINERS = {"", "y", "et", "e", "and"}
_UNIT_MINUTES = {"h": 60.0, "m": 1.0, "s": 1 / 60}
_CLOCK = re.compile(r"(\d+):(\d{1,2})(?::(\d{1,2}))?")
_MERIDIEM = re.compile(r"\b([ap])\.?\s?m\b\.?", re.IGNORECASE)
_DATE_TIME = re.compile(
    r"(?P<a>\d{1,4})[/.-](?P<b>\d{1,2})[/.-](?P<c>\d{2,4}),?\s*(?:T|\s)\s*"
    r"(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?(?:[.,]\d+)?\s*(?P<meridiem>AM|PM)?"
    r"\s*(?:Z|[+-]\d{2}:?\d{2}|\(?[A-Z]{2,5}\)?)?$", re.IGNORECASE)
_TIME_ONLY = re.compile(r"(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?\s*(?P<meridiem>AM|PM)?$",
                        re.IGNORECASE)
_MONTH_NAME = re.compile(
    r"(?P<month>[a-z]{3})[a-z]*\.?\s+(?P<day>\d{1,2}),?\s+(?P<year>\d{4}),?\s+"
    r"(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?\s*(?P<meridiem>AM|PM)?$", re.IGNORECASE)
_MONTHS = {name: number for number, name in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}
# Cells that mean "nothing" in a report ("--" for a webinar registrant who never came).
EMPTY_CELLS = {"", "-", "--", "—", "n/a", "na"}


def parse_duration(text: str | None) -> float | None:
    """Minutes from "166", "2h 5m", "2 h 59 min 24 s", "1:02:03", "59 min", "59 mins", "1 hr 5 min".

    A bare number is minutes (Zoom's "Duration (Minutes)"); "h:mm:ss" or "h:mm" is a clock
    length. Returns None for an empty cell or anything else.
    """
    value = (text or "").strip().lower()
    if value in EMPTY_CELLS:
        return None
    if re.fullmatch(_NUMBER, value):
        return float(value.replace(",", "."))
    clock = _CLOCK.fullmatch(value)
    if clock:
        hours, minutes, seconds = (int(part or 0) for part in clock.groups())
        return hours * 60 + minutes + seconds / 60
    total, found = 0.0, False
    position = 0
    for part in _UNIT_PART.finditer(value):
        if value[position:part.start()].strip(" ,") not in _JOINERS:
            return None
        unit = _UNIT_MINUTES.get(part.group(2)[0].lower())
        if unit is None:
            return None
        total += float(part.group(1).replace(",", ".")) * unit
        found, position = True, part.end()
    if not found or value[position:].strip(" ,.") not in _JOINERS:
        return None
    return total


def normalise_meridiem(text: str) -> str:
    """ "9:01 p. m." -> "9:01 PM" (Spanish and Portuguese accounts write a. m./p. m.)."""
    return _MERIDIEM.sub(lambda found: found.group(1).upper() + "M", text)


def date_order(cells: Iterable[str]) -> bool | None:
    """Whether the numeric dates in these cells are day-first (True), month-first (False) or undecided.

    A first number above 12 can only be a day, a second above 12 only a day too.
    """
    for cell in cells:
        found = _DATE_TIME.match(normalise_meridiem(cell.strip()))
        if not found or len(found.group("a")) == 4:
            continue
        first, second = int(found.group("a")), int(found.group("b"))
        if first > 12 >= second:
            return True
        if second > 12 >= first:
            return False
    return None


def parse_moment(text: str | None, *, day_first: bool = False, day: datetime = BASE_DAY) -> datetime | None:
    """A report's date and time ("02/24/2022 09:55:12 AM", "18/10/21, 9:01:12 p. m.", ISO, "Feb 24, 2022
    9:55 AM") as a naive datetime, or a bare clock time on ``day``; None when unreadable or empty."""
    value = normalise_meridiem((text or "").strip())
    if value.lower() in EMPTY_CELLS:
        return None
    found = _DATE_TIME.match(value)
    if found:
        a, b, c = found.group("a"), int(found.group("b")), found.group("c")
        if len(a) == 4:
            year, month, day_number = int(a), b, int(c)
        else:
            year = int(c) + (2000 if len(c) == 2 else 0)
            day_number, month = (int(a), b) if day_first else (b, int(a))
        return _at(year, month, day_number, found)
    named = _MONTH_NAME.match(value)
    if named and named.group("month").lower() in _MONTHS:
        return _at(int(named.group("year")), _MONTHS[named.group("month").lower()], int(named.group("day")), named)
    clock = _TIME_ONLY.match(value)
    if clock:
        return _at(day.year, day.month, day.day, clock)
    return None


def _at(year: int, month: int, day_number: int, found: re.Match[str]) -> datetime | None:
    hour, minute = int(found.group("hour")), int(found.group("minute"))
    second = int(found.group("second") or 0)
    meridiem = (found.group("meridiem") or "").upper()
    if meridiem == "PM" and hour < 12:
        hour += 12
    elif meridiem == "AM" and hour == 12:
        hour = 0
    try:
        return datetime(year, month, day_number, hour, minute, second)
    except ValueError:
        return None


def merge(intervals: Iterable[Interval], clip: Interval | None = None) -> list[Interval]:
    """The union of intervals as disjoint intervals in order, each clipped to ``clip`` when given."""
    ordered = sorted((start, end) for start, end in intervals if end > start)
    if clip is not None:
        ordered = [(max(start, clip[0]), min(end, clip[1])) for start, end in ordered]
        ordered = [(start, end) for start, end in ordered if end > start]
    merged: list[Interval] = []
    for start, end in ordered:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def union_minutes(intervals: Iterable[Interval], clip: Interval | None = None) -> float:
    """Minutes covered by at least one interval (overlaps counted once), within ``clip`` when given."""
    return sum(((end - start) for start, end in merge(intervals, clip)), timedelta()).total_seconds() / 60


def span(intervals: Sequence[Interval]) -> Interval | None:
    """From the earliest start to the latest end of all intervals; None when there are none."""
    if not intervals:
        return None
    return min(start for start, _ in intervals), max(end for _, end in intervals)


def minutes_between(start: datetime, end: datetime) -> float:
    """The length of an interval in minutes."""
    return (end - start).total_seconds() / 60
