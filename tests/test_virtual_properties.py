"""Properties of the minutes: the union never exceeds the meeting; extra overlapping devices change nothing.

Hypothesis runs derandomised (the same examples on every run and machine).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from attendance.intake.meeting_reports import MeetingReport, Stay
from attendance.intake.virtual import count_minutes

START = datetime(2024, 3, 5, 9, 0)
STEADY = settings(max_examples=200, deadline=None, derandomize=True)

# A stay as (minutes after 08:00 it began, its length in minutes): before, during and after the meeting.
stays = st.lists(st.tuples(st.integers(0, 400), st.integers(1, 300)), min_size=1, max_size=8)


def _stay(name: str, begin: int, length: int) -> Stay:
    joined = START - timedelta(hours=1) + timedelta(minutes=begin)
    return Stay(name, f"{name}@example.org", joined, joined + timedelta(minutes=length), float(length))


@STEADY
@given(rows=stays, meeting_length=st.integers(10, 240), with_times=st.booleans())
def test_the_union_of_stays_never_exceeds_the_meeting(rows, meeting_length, with_times):
    end = START + timedelta(minutes=meeting_length)
    report = MeetingReport("zoom-meeting", "", START if with_times else None, end if with_times else None,
                           float(meeting_length) if with_times else None, [_stay("ana", *row) for row in rows])
    counted = count_minutes(report)
    (ana,) = counted.attendees
    assert 0 <= ana.minutes <= counted.meeting_minutes
    if not with_times:  # no meeting block: the span of all stays, which one person's stays cannot exceed
        first = min(begin for begin, _ in rows)
        last = max(begin + length for begin, length in rows)
        assert counted.meeting_minutes == last - first


@STEADY
@given(begin=st.integers(0, 200), length=st.integers(2, 200), cuts=st.lists(st.tuples(st.integers(0, 1000),
                                                                                        st.integers(0, 1000)),
                                                                              min_size=1, max_size=5),
       window=st.one_of(st.none(), st.tuples(st.integers(0, 250), st.integers(1, 250))))
def test_splitting_one_stay_into_overlapping_device_rows_never_changes_the_minutes(begin, length, cuts, window):
    whole = _stay("ana", begin, length)
    # Each extra device covers a part of the one stay: from a/1000 to b/1000 of it.
    devices = [whole]
    for a, b in cuts:
        low, high = sorted((a * length // 1000, b * length // 1000))
        if high > low:
            devices.append(_stay("ana", begin + low, high - low))
    clip = None
    if window is not None:
        opening = START - timedelta(hours=1) + timedelta(minutes=window[0])
        clip = (opening, opening + timedelta(minutes=window[1]))
    one = count_minutes(MeetingReport("zoom-meeting", stays=[whole]), window=clip)
    many = count_minutes(MeetingReport("zoom-meeting", stays=devices), window=clip)
    assert many.attendees[0].minutes == one.attendees[0].minutes
    assert many.attendees[0].rows == len(devices)


HEADER_WORDS = ["Name (Original Name)", "User Email", "Join Time", "Leave Time", "Duration (Minutes)", "Attended",
                "Full Name", "User Action", "Timestamp", "1. Summary", "Meeting ID", "Topic", "Attendee Details",
                "Host Details", "Meeting Summary", "Joined", "Left", "Yes", "No", "--", "2 h 59 min 24 s",
                "18/10/2021, 9:01:12 p. m.", "02/24/2022 09:55:12 AM", "13:00", "", "Ana Pérez (Invitada)",
                "99999999999999"]


@settings(max_examples=300, deadline=None, derandomize=True)
@given(rows=st.lists(st.lists(st.sampled_from(HEADER_WORDS) | st.text(max_size=12), max_size=7), max_size=12),
       delimiter=st.sampled_from([",", ";", "\t"]), encoding=st.sampled_from(["utf-8-sig", "utf-16", "cp1252"]))
def test_any_file_is_read_or_refused_with_a_message_never_a_traceback(tmp_path_factory, rows, delimiter, encoding):
    from attendance.domain import InvalidValue
    from attendance.intake.virtual import read_report

    text = "\r\n".join(delimiter.join(row) for row in rows)
    path = tmp_path_factory.mktemp("fuzz") / "report.csv"
    path.write_bytes(text.encode(encoding, errors="replace"))
    try:
        report = read_report(path)
    except InvalidValue as refused:
        assert "Its first line is" in str(refused) or "cannot be read" in str(refused)
    else:
        assert all(attendee.minutes >= 0 for attendee in report.attendees)
        if report.meeting_minutes is not None:
            assert all(attendee.minutes <= report.meeting_minutes for attendee in report.attendees)
