package org.alongside.core

import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertNull
import org.junit.Assert.assertTrue
import org.junit.ClassRule
import org.junit.Test

/** Prescriptions, opioid substitution treatment first: adding, titrating and stopping. */
class MedicinesTest {
    companion object {
        @ClassRule
        @JvmField
        val shared = SharedVault()
    }

    private val vault: Vault get() = shared.vault

    private fun medicine(id: String, now: java.time.Instant = MONDAY_9AM): Medicine =
        vault.medicines(now).single { it.id == id }

    @Test
    fun `a methadone prescription is stored with how and where she collects it`() {
        val id = vault.addMedicine(methadoneDraft(), MONDAY_9AM)

        val m = medicine(id)
        assertEquals(MedicineKind.METHADONE_ORAL_SOLUTION, m.kind)
        assertEquals("Methadone", m.name)
        assertEquals(DoseUnit.MG, m.unit)
        assertEquals(Collection.SUPERVISED_AT_PHARMACY, m.collection)
        assertEquals(listOf(Weekday.SUNDAY), m.takeHomeDays)
        assertEquals("High Street Pharmacy", m.pharmacy)
        assertEquals("2026-11-01", m.startDate)
        assertNull(m.endDate)
        assertTrue(m.isOpioidTreatment)
        assertEquals(60.0, m.current.amount, 0.0)
        assertEquals(DoseSchedule.Daily("09:00"), m.current.schedule)
        assertEquals(1, m.history.size)
    }

    @Test
    fun `a dose change is kept as history and never overwrites the earlier dose`() {
        val id = vault.addMedicine(methadoneDraft(amount = 60.0), MONDAY_9AM)

        vault.changeDose(id, DoseChange("2026-11-20", 70.0, null, null, "Titration after review"), MONDAY_9AM)

        val now = medicine(id)
        assertEquals(70.0, now.current.amount, 0.0)
        assertEquals("2026-11-20", now.current.effectiveDate)
        assertEquals("Titration after review", now.current.note)
        assertEquals(listOf(60.0, 70.0), now.history.map { it.amount })
        assertEquals("on an earlier day the earlier dose applied", 60.0, medicine(id, at("2026-11-10T09:00:00Z")).current.amount, 0.0)

        val doses = vault.dosesBetween("2026-11-19", "2026-11-20").filter { it.medicineId == id }
        assertEquals(listOf(60.0, 70.0), doses.map { it.amount })
    }

    @Test
    fun `a split dose is shown as a morning and an evening dose`() {
        val id = vault.addMedicine(
            methadoneDraft().copy(amount = 40.0, eveningAmount = 30.0, schedule = DoseSchedule.SplitDaily("08:00", "20:00")),
            MONDAY_9AM,
        )

        val doses = vault.dosesBetween("2026-11-23", "2026-11-23").filter { it.medicineId == id }
        assertEquals(listOf(DoseSlot.MORNING, DoseSlot.EVENING), doses.map { it.slot })
        assertEquals(listOf("08:00", "20:00"), doses.map { it.scheduledTime })
        assertEquals(listOf(40.0, 30.0), doses.map { it.amount })
        assertTrue(doses.all { it.state == DoseState.NOT_YET_LOGGED })

        vault.changeDose(id, DoseChange("2026-11-23", 60.0, null, DoseSchedule.Daily("09:00"), "Back to one dose"), MONDAY_9AM)
        assertEquals(
            listOf(DoseSlot.ONLY),
            vault.dosesBetween("2026-11-23", "2026-11-23").filter { it.medicineId == id }.map { it.slot },
        )
    }

    @Test
    fun `take-home days are marked on the doses she collects to take home`() {
        val id = vault.addMedicine(methadoneDraft(), MONDAY_9AM)
        // 22 November 2026 is a Sunday.
        val doses = vault.dosesBetween("2026-11-21", "2026-11-22").filter { it.medicineId == id }
        assertEquals(listOf(false, true), doses.map { it.takeHome })
    }

    @Test
    fun `stopping a medicine keeps its history but schedules no more doses`() {
        val id = vault.addMedicine(methadoneDraft(), MONDAY_9AM)

        vault.stopMedicine(id, "2026-11-22", MONDAY_9AM)

        assertEquals("2026-11-22", medicine(id).endDate)
        assertEquals(
            listOf("2026-11-21", "2026-11-22"),
            vault.dosesBetween("2026-11-21", "2026-11-24").filter { it.medicineId == id }.map { it.date },
        )
        assertInvalid("end date") { vault.stopMedicine(id, "2026-10-01", MONDAY_9AM) }
        assertRaises<AlongsideException.NotFound> { vault.stopMedicine("no-such-medicine", "2026-11-22", MONDAY_9AM) }
    }

    @Test
    fun `any other medicine and long-acting injections can be added`() {
        val folic = vault.addMedicine(
            otherMedicineDraft("Folic acid", 400.0, DoseUnit.MICROGRAM, DoseSchedule.Daily("08:00")),
            MONDAY_9AM,
        )
        val injection = vault.addMedicine(
            MedicineDraft(
                kind = MedicineKind.BUPRENORPHINE_INJECTION_MONTHLY,
                name = null,
                amount = 128.0,
                eveningAmount = null,
                unit = DoseUnit.MG,
                schedule = DoseSchedule.Monthly(5u.toUByte(), "11:00"),
                collection = Collection.SUPERVISED_AT_PHARMACY,
                takeHomeDays = emptyList(),
                pharmacy = null,
                startDate = "2026-11-05",
                endDate = null,
            ),
            MONDAY_9AM,
        )

        assertEquals("Folic acid", medicine(folic).name)
        assertFalse(medicine(folic).isOpioidTreatment)
        assertTrue(medicine(injection).isOpioidTreatment)
        assertEquals(
            listOf("2026-12-05"),
            vault.dosesBetween("2026-11-24", "2026-12-31").filter { it.medicineId == injection }.map { it.date },
        )
    }

    @Test
    fun `implausible doses and mismatched schedules are refused and nothing is written`() {
        val before = vault.medicines(MONDAY_9AM).size

        assertInvalid("dose") { vault.addMedicine(methadoneDraft(amount = 1001.0), MONDAY_9AM) }
        assertInvalid("dose") { vault.addMedicine(methadoneDraft(amount = 0.0), MONDAY_9AM) }
        assertInvalid("dose") { vault.addMedicine(methadoneDraft(amount = -5.0), MONDAY_9AM) }
        assertInvalid("dose") { vault.addMedicine(methadoneDraft(amount = Double.NaN), MONDAY_9AM) }
        assertInvalid("unit") { vault.addMedicine(methadoneDraft().copy(unit = DoseUnit.TABLET), MONDAY_9AM) }
        assertInvalid("schedule") {
            vault.addMedicine(methadoneDraft().copy(schedule = DoseSchedule.Weekly(Weekday.MONDAY, "09:00")), MONDAY_9AM)
        }
        assertInvalid("evening dose") {
            vault.addMedicine(methadoneDraft().copy(schedule = DoseSchedule.SplitDaily("08:00", "20:00")), MONDAY_9AM)
        }
        assertInvalid("evening time") {
            vault.addMedicine(
                methadoneDraft().copy(eveningAmount = 10.0, schedule = DoseSchedule.SplitDaily("20:00", "08:00")),
                MONDAY_9AM,
            )
        }
        assertInvalid("name") {
            vault.addMedicine(otherMedicineDraft(null, 1.0, DoseUnit.TABLET, DoseSchedule.AsNeeded), MONDAY_9AM)
        }
        assertInvalid("start date") { vault.addMedicine(methadoneDraft(startDate = "2026-02-29"), MONDAY_9AM) }
        assertInvalid("time") { vault.addMedicine(methadoneDraft(time = "9am"), MONDAY_9AM) }

        val id = vault.addMedicine(methadoneDraft(), MONDAY_9AM)
        assertInvalid("dose") { vault.changeDose(id, DoseChange("2026-11-20", 1200.0, null, null, null), MONDAY_9AM) }
        assertInvalid("effective date") { vault.changeDose(id, DoseChange("2026-10-01", 50.0, null, null, null), MONDAY_9AM) }
        assertRaises<AlongsideException.NotFound> {
            vault.changeDose("no-such-medicine", DoseChange("2026-11-20", 50.0, null, null, null), MONDAY_9AM)
        }
        assertEquals(listOf(60.0), medicine(id).history.map { it.amount })
        assertEquals(before + 1, vault.medicines(MONDAY_9AM).size)
    }
}
