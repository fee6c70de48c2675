"""Smoke test of the generated Python bindings against the real alongside-core library.

Run by tests/run after bindings/generate. The bindings (alongside_core.py with
libalongside_core.so beside it) are found in $ALONGSIDE_PYTHON_BINDINGS, or by default in
target/bindings/python under the repository root. Uses fixed datetimes, never the clock.
"""

import datetime
import os
import sys
import tempfile
import unittest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BINDINGS = os.environ.get("ALONGSIDE_PYTHON_BINDINGS", os.path.join(ROOT, "target", "bindings", "python"))
sys.path.insert(0, BINDINGS)

import alongside_core as core  # noqa: E402  (the path is set just above)

UTC = datetime.timezone.utc
# Monday 23 November 2026, 09:00 in London (GMT, so the same as UTC).
NOW = datetime.datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
PASSCODE = "blue kettle 42"


def draft(title="Midwife check", start="2026-11-23T14:00"):
    return core.AppointmentDraft(
        title=title,
        kind=core.AppointmentKind.SPECIALIST_MIDWIFE,
        start=start,
        time_zone=None,
        duration_minutes=60,
        location="Family centre",
        with_whom=None,
        notes=None,
        reminder_minutes_before=[120],
        repeat=None,
    )


class SmokeTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory(prefix="alongside-python-")
        cls.dir = os.path.join(cls.tmp.name, "vault")
        cls.vault = core.Vault.create(cls.dir, PASSCODE)

    @classmethod
    def tearDownClass(cls):
        cls.vault.lock()
        del cls.vault
        cls.tmp.cleanup()

    def test_the_library_loads_and_reports_its_version(self):
        self.assertRegex(core.core_version(), r"^\d+\.\d+\.\d+")
        self.assertTrue(core.vault_exists(self.dir))

    def test_an_appointment_added_today_shows_on_today(self):
        appointment_id = self.vault.add_appointment(draft(), NOW)
        today = self.vault.today(NOW)
        self.assertEqual(today.date, "2026-11-23")
        self.assertEqual([o.appointment_id for o in today.later_today], [appointment_id])
        self.assertEqual(today.later_today[0].starts_at, datetime.datetime(2026, 11, 23, 14, 0, tzinfo=UTC))
        self.assertEqual(self.vault.appointment(appointment_id).title, "Midwife check")

    def test_reminders_are_discreet(self):
        self.vault.add_appointment(draft(title="Scan", start="2026-11-24T10:00"), NOW)
        reminders = self.vault.reminders(NOW, NOW + datetime.timedelta(days=2))
        self.assertTrue(reminders)
        for r in reminders:
            self.assertEqual((r.title, r.body), ("Alongside", "You have a reminder"))

    def test_bad_input_raises_the_typed_error(self):
        with self.assertRaises(core.AlongsideError.InvalidInput) as caught:
            self.vault.add_appointment(draft(title="  "), NOW)
        self.assertEqual(caught.exception.field, "title")
        with self.assertRaises(core.AlongsideError.NotAVault):
            core.Vault.open(os.path.join(self.tmp.name, "nothing-here"))


if __name__ == "__main__":
    unittest.main(verbosity=2)
