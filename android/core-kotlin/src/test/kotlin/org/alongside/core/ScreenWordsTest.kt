package org.alongside.core

import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertTrue
import org.junit.Rule
import org.junit.Test
import org.junit.rules.TemporaryFolder
import java.io.File

/** Both phones show the core's reviewed words: screen copy and the labels on each record. */
class ScreenWordsTest {
    @get:Rule
    val tmp = TemporaryFolder()

    @Test
    fun `the screen copy comes from the core, ready to show`() {
        val strings = uiStrings()
        assertEquals("Alongside", strings["app-name"])
        assertEquals("Today", strings["today-title"])
        assertEquals("Unlock", strings["unlock-button"])
        assertTrue(strings.keys.toString(), strings.containsKey("setup-explainer"))
        for ((id, text) in strings) {
            assertTrue("$id is empty", text.isNotBlank())
            assertFalse("$id still has a placeholder: $text", text.contains("{") || text.contains("$"))
        }
        assertFalse("messages that need values are not static copy", strings.containsKey("alert-tolerance-body"))
    }

    @Test
    fun `appointments and doses carry their kind, status, slot and state in words`() {
        Vault.open(SealedVault.copyTo(File(tmp.root, "vault"))).use { vault ->
            vault.unlock(PASSCODE, MONDAY_9AM, SINCE_BOOT)
            val id = vault.addAppointment(
                appointmentDraft(title = "Key worker", kind = AppointmentKind.DRUG_AND_ALCOHOL_KEY_WORKER, start = "2026-11-23T08:00"),
                MONDAY_9AM,
            )
            vault.setAppointmentStatus(id, 0u, AppointmentStatus.ATTENDED, MONDAY_9AM)
            val occurrence = vault.occurrencesOf(id, "2026-11-23", "2026-11-23").single()
            assertEquals("Drug and alcohol key worker", occurrence.kindLabel)
            assertEquals("Went", occurrence.statusLabel)

            assertEquals("Drug and alcohol key worker", vault.appointment(id).kindLabel)

            val medicine = vault.addMedicine(
                methadoneDraft().copy(eveningAmount = 30.0, amount = 40.0, schedule = DoseSchedule.SplitDaily("08:30", "20:00")),
                MONDAY_9AM,
            )
            val m = vault.medicines(MONDAY_9AM).single { it.id == medicine }
            assertEquals("Methadone oral solution", m.kindLabel)
            assertEquals("mg", m.unitLabel)
            assertEquals("Taken at the pharmacy", m.collectionLabel)
            assertEquals("Split dose: 08:30 and 20:00 every day", m.current.scheduleLabel)

            vault.logDose(
                doseEntry(medicine, "2026-11-23", DoseStatus.PARTLY_TAKEN, slot = DoseSlot.MORNING, takenAt = at("2026-11-23T08:40:00Z")),
                MONDAY_9AM,
            )
            val monday = vault.dosesBetween("2026-11-23", "2026-11-23").filter { it.medicineId == medicine }
            assertEquals(listOf("Morning dose", "Evening dose"), monday.map { it.slotLabel })
            assertEquals(listOf("Partly taken", "Not logged yet"), monday.map { it.stateLabel })
            assertEquals(listOf("mg", "mg"), monday.map { it.unitLabel })
            assertEquals(
                "supervised in the morning, the evening part taken home",
                listOf("At the pharmacy", "Take-home"),
                monday.map { it.placeLabel },
            )
            // Sunday is a take-home day.
            val sunday = vault.dosesBetween("2026-11-22", "2026-11-22").filter { it.medicineId == medicine }
            assertEquals(listOf("Take-home", "Take-home"), sunday.map { it.placeLabel })
        }
    }
}
