"""The iCalendar export read by a calendar library other than the one that wrote it.

Calendar libraries disagree about DURATION across a clock change, so the export gives every
event an explicit DTEND. This reads the file with the Python `icalendar` package and checks
that each event starts and ends at the instants the app shows, including across the night
the clocks go back. Run by tests/run with the tools venv; the bindings are found as in
smoke_test.py. Uses fixed datetimes, never the clock.
"""

import datetime
import os
import sys
import tempfile
import unittest

import icalendar

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BINDINGS = os.environ.get("ALONGSIDE_PYTHON_BINDINGS", os.path.join(ROOT, "target", "bindings", "python"))
sys.path.insert(0, BINDINGS)

import alongside_core as core  # noqa: E402  (the path is set just above)

UTC = datetime.timezone.utc
NOW = datetime.datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
PASSCODE = "blue kettle 42"


def draft(title, start, minutes):
    return core.AppointmentDraft(
        title=title,
        kind=core.AppointmentKind.PEER_SUPPORT,
        start=start,
        time_zone=None,
        duration_minutes=minutes,
        location=None,
        with_whom=None,
        notes=None,
        reminder_minutes_before=[],
        repeat=None,
    )


class IcsExportTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory(prefix="alongside-ics-")
        cls.vault = core.Vault.create(os.path.join(cls.tmp.name, "vault"), PASSCODE)
        # 00:30 BST on the night the clocks go back (31 October 2027), for two and three hours.
        cls.vault.add_appointment(draft("Two hours", "2027-10-31T00:30", 120), NOW)
        cls.vault.add_appointment(draft("Three hours", "2027-10-31T00:30", 180), NOW)
        cls.vault.add_appointment(draft("Ordinary", "2026-11-24T10:30", 60), NOW)
        cls.calendar = icalendar.Calendar.from_ical(cls.vault.export_ics(NOW))
        cls.shown = {
            o.title: o for o in cls.vault.appointments_between("2026-11-01", "2027-11-30")
        }

    @classmethod
    def tearDownClass(cls):
        cls.vault.lock()
        del cls.vault
        cls.tmp.cleanup()

    def events(self):
        return {str(e.get("SUMMARY")): e for e in self.calendar.walk("VEVENT")}

    def test_every_event_has_an_explicit_end_and_no_duration(self):
        for title, event in self.events().items():
            self.assertIn("DTEND", event, title)
            self.assertNotIn("DURATION", event, title)

    def test_another_library_reads_the_same_start_and_end_the_app_shows(self):
        for title, event in self.events().items():
            start = event.decoded("DTSTART").astimezone(UTC)
            end = event.decoded("DTEND").astimezone(UTC)
            shown = self.shown[title]
            self.assertEqual(start, shown.starts_at.astimezone(UTC), title)
            self.assertEqual(end, shown.ends_at.astimezone(UTC), title)

    def test_an_event_across_the_clock_change_lasts_its_real_length(self):
        events = self.events()
        for title, hours in (("Two hours", 2), ("Three hours", 3)):
            event = events[title]
            length = event.decoded("DTEND").astimezone(UTC) - event.decoded("DTSTART").astimezone(UTC)
            self.assertEqual(length, datetime.timedelta(hours=hours), title)


if __name__ == "__main__":
    unittest.main()
