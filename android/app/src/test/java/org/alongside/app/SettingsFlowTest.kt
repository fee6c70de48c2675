package org.alongside.app

import org.alongside.core.directoryFileLimit
import org.alongside.core.AppointmentKind
import org.alongside.core.BabyStatus
import org.alongside.core.ExportFormat
import org.alongside.core.NotificationWording
import org.junit.Assert.assertEquals
import org.junit.Assert.assertNotNull
import org.junit.Assert.assertNull
import org.junit.Assert.assertTrue
import org.junit.Rule
import org.junit.Test
import java.io.ByteArrayInputStream
import java.io.InputStream

// Her settings through the same plain-Kotlin class the phone runs, against the real library.
class SettingsFlowTest {
    @get:Rule
    val app = AppSession()

    private val newPasscode = "green teapot 77"

    @Test
    fun changing_the_passcode_means_the_old_one_stops_working_and_the_new_one_opens_her_diary() {
        val settings = SettingsFeature(app.created())
        var s = settings.open()
        s = settings.editPasscode(s, PasscodeInput(PASSCODE, newPasscode, newPasscode))
        s = settings.changePasscode(s)
        assertNull(s.error)
        assertEquals(s.view.passcode.changed, s.notice)
        assertEquals("nothing she typed is kept", PasscodeInput(), s.passcode)

        app.session.lock()
        val old = app.session.unlock(PASSCODE)
        assertTrue("the old passcode no longer opens it: $old", old is Screen.Unlock && old.error != null)
        assertEquals(Screen.Open(), app.session.unlock(newPasscode))
    }

    @Test
    fun two_different_new_passcodes_are_refused_in_the_cores_words_and_nothing_changes() {
        val settings = SettingsFeature(app.created())
        var s = settings.open()
        s = settings.changePasscode(settings.editPasscode(s, PasscodeInput(PASSCODE, newPasscode, "something else")))
        assertEquals(s.view.passcode.mismatch, s.error)

        s = settings.changePasscode(settings.editPasscode(s, PasscodeInput("not my passcode", newPasscode, newPasscode)))
        assertNotNull("a wrong current passcode is refused", s.error)
        assertEquals("what she typed stays for her to correct", "not my passcode", s.passcode.current)

        app.session.lock()
        assertEquals(Screen.Open(), app.session.unlock(PASSCODE))
    }

    @Test
    fun forgetting_old_entries_shows_the_note_about_her_team_first_and_forgets_only_after_her_yes() {
        val session = app.created()
        val diary = DiaryFeature(session)
        var d = diary.form(DiaryState(), null)
        d = diary.save(diary.input(d, d.edit!!.input.copy(title = "July visit", kind = AppointmentKind.GP, start = "2026-07-10T10:00")))
        val settings = SettingsFeature(session)
        var s = settings.chooseForget(settings.open(), 3u)
        val preview = s.forget!!
        assertEquals(1u, preview.appointments)
        assertEquals(s.view.forget.teamNote, preview.teamNote)
        assertEquals(1, session.vault.appointmentsBetween("2026-07-10", "2026-07-10").size)

        s = settings.cancelForget(s)
        assertNull(s.forget)
        assertEquals(1, session.vault.appointmentsBetween("2026-07-10", "2026-07-10").size)

        s = settings.confirmForget(settings.chooseForget(s, 3u))
        assertNull(s.error)
        assertEquals(3u, s.view.forget.currentMonths)
        assertTrue(s.notice!!.startsWith(s.view.forget.done))
        assertEquals(0, session.vault.appointmentsBetween("2026-07-10", "2026-07-10").size)
    }

    @Test
    fun export_gives_the_json_and_calendar_copies_with_their_file_names_for_the_share_sheet() {
        val session = app.created()
        val diary = DiaryFeature(session)
        var d = diary.form(DiaryState(), null)
        d = diary.save(diary.input(d, d.edit!!.input.copy(title = "Midwife", kind = AppointmentKind.SPECIALIST_MIDWIFE, start = "2026-11-24T10:30")))
        assertTrue(d.edit!!.saved)

        val settings = SettingsFeature(session)
        var s = settings.open()
        assertEquals(listOf(ExportFormat.JSON, ExportFormat.ICS), s.view.export.choices.map { it.format })

        s = settings.export(s, ExportFormat.JSON)
        val json = s.export!!
        assertEquals("diary-2026-11-23.json", json.fileName)
        assertEquals("application/json", json.mimeType)
        assertTrue(json.contents.contains("Midwife"))
        s = settings.exported(s)
        assertNull(s.export)

        val ics = settings.export(s, ExportFormat.ICS).export!!
        assertEquals("diary-2026-11-23.ics", ics.fileName)
        assertEquals("text/calendar", ics.mimeType)
        assertTrue(ics.contents.startsWith("BEGIN:VCALENDAR"))
        assertTrue(ics.contents.contains("Midwife"))
    }

    @Test
    fun reminders_are_discreet_until_she_chooses_otherwise() {
        val settings = SettingsFeature(app.created())
        var s = settings.open()
        assertEquals(NotificationWording.DISCREET, s.view.notifications.current)
        val before = app.reminders.reschedules
        s = settings.setWording(s, NotificationWording.DETAILED)
        assertNull(s.error)
        assertEquals(NotificationWording.DETAILED, s.view.notifications.current)
        assertTrue("reminders were set again with the new words", app.reminders.reschedules > before)
    }

    @Test
    fun the_sample_directory_installs_from_settings_and_a_file_that_is_not_a_directory_changes_nothing() {
        val settings = SettingsFeature(app.created())
        var s = settings.open()
        assertNull(s.view.directory.status)

        s = settings.installDirectory(s, DirectoryFile.read(ByteArrayInputStream("not a directory".toByteArray())))
        assertNotNull("refused in the core's words", s.error)
        assertNull(s.view.directory.status)

        s = settings.setSample(s, true)
        assertNull(s.error)
        assertTrue(s.view.directory.sampleOn)
        assertNotNull(s.view.directory.status)
        assertEquals(s.view.directory.status!!.summary, s.notice)
    }

    @Test
    fun a_directory_file_is_read_no_further_than_one_byte_past_the_largest_the_core_takes() {
        val endless = EndlessStream()
        val bytes = DirectoryFile.read(endless, limit = 100_001)
        assertEquals(100_001, bytes.size)
        assertEquals(100_001L, endless.given)
    }

    @Test
    fun a_picked_file_is_read_to_one_byte_past_the_cores_own_limit_not_a_number_of_the_phones() {
        val endless = EndlessStream()
        val bytes = DirectoryFile.read(endless)
        assertEquals(directoryFileLimit().toLong() + 1, bytes.size.toLong())
        assertEquals(bytes.size.toLong(), endless.given)
    }

    @Test
    fun her_babys_situation_stays_private_and_turns_on_support_for_her() {
        val settings = SettingsFeature(app.created())
        var s = settings.open()
        s = settings.saveBaby(settings.editBaby(s, BabyStatus.TAKEN_INTO_CARE, "2026-11-20"))
        assertNull(s.error)
        assertTrue(s.view.baby.current.supportMode)
        assertEquals(s.view.baby.current.message, s.notice)

        s = settings.saveDates(settings.editDates(s, "", "2026-11-10"))
        assertNull(s.error)
        assertEquals("2026-11-10", s.view.dates.current.dates.babyBorn)
    }
}

/** A file that never ends, counting how many bytes were asked of it. */
private class EndlessStream : InputStream() {
    var given = 0L

    override fun read(): Int = 0.also { given++ }

    override fun read(b: ByteArray, off: Int, len: Int): Int {
        given += len
        return len
    }
}
