package org.alongside.core

import org.junit.AfterClass
import org.junit.Assert.assertEquals
import org.junit.Assert.assertTrue
import org.junit.BeforeClass
import org.junit.ClassRule
import org.junit.Test
import org.junit.rules.TemporaryFolder

/** Everything she entered as JSON she can keep, and appointments as an iCalendar file. */
class ExportTest {
    companion object {
        @ClassRule
        @JvmField
        val tmp = TemporaryFolder()

        lateinit var vault: Vault
        lateinit var keyWorker: String

        @BeforeClass
        @JvmStatic
        fun fillVault() {
            vault = newVault(tmp.root)
            keyWorker = vault.addAppointment(
                appointmentDraft(
                    title = "Key worker",
                    kind = AppointmentKind.DRUG_AND_ALCOHOL_KEY_WORKER,
                    start = "2026-12-01T10:00",
                    location = "Recovery hub",
                    reminders = listOf(1440u),
                    repeat = weekly(6u),
                ),
                MONDAY_9AM,
            )
            vault.cancelAppointment(keyWorker, 2u, Scope.THIS_OCCURRENCE, MONDAY_9AM)
            val methadone = vault.addMedicine(methadoneDraft(), MONDAY_9AM)
            vault.logDose(doseEntry(methadone, "2026-11-22", DoseStatus.TAKEN, takenAt = at("2026-11-22T09:10:00Z"), note = "Collected early"), MONDAY_9AM)
        }

        @AfterClass
        @JvmStatic
        fun closeVault() {
            vault.close()
        }
    }

    @Test
    fun `the JSON export holds her appointments, medicines and dose log`() {
        val json = vault.exportJson(MONDAY_9AM)
        assertTrue(json.trimStart().startsWith("{"))
        assertTrue(json.trimEnd().endsWith("}"))
        for (expected in listOf(
            "\"alongside-export\"",
            "\"Key worker\"",
            "\"Recovery hub\"",
            keyWorker,
            "\"Methadone\"",
            "\"High Street Pharmacy\"",
            "\"Collected early\"",
            "\"Europe/London\"",
        )) {
            assertTrue("export should contain $expected", json.contains(expected))
        }
    }

    @Test
    fun `the calendar export is an iCalendar file with the repeat rule, the cancellation and the reminder`() {
        val ics = vault.exportIcs(MONDAY_9AM)
        val lines = ics.split("\r\n")
        assertEquals("BEGIN:VCALENDAR", lines.first())
        assertTrue(ics.trimEnd().endsWith("END:VCALENDAR"))
        assertTrue("lines end with CRLF (RFC 5545)", ics.contains("\r\n"))
        assertTrue(ics, lines.any { it.startsWith("RRULE:") && it.contains("FREQ=WEEKLY") && it.contains("COUNT=6") })
        assertTrue(ics, lines.contains("SUMMARY:Key worker"))
        assertTrue(ics, lines.any { it.startsWith("DTSTART;TZID=Europe/London:20261201T100000") })
        assertTrue("the zone is described for calendar apps", lines.contains("BEGIN:VTIMEZONE"))
        assertTrue("the cancelled occurrence is marked", lines.any { it.startsWith("RECURRENCE-ID") && it.contains("20261215T100000") })
        assertTrue(lines.contains("STATUS:CANCELLED"))
        assertTrue("the reminder travels with it", lines.contains("BEGIN:VALARM"))
    }
}
