package org.alongside.core

import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertThrows
import org.junit.Assert.assertTrue
import org.junit.Rule
import org.junit.Test
import org.junit.rules.TemporaryFolder
import java.io.File

/** Creating, opening, locking and wiping a vault folder. */
class VaultLifecycleTest {
    @get:Rule
    val tmp = TemporaryFolder()

    @Test
    fun `a new vault is created unlocked and opens again locked, with her data still there`() {
        val dir = File(tmp.root, "vault").path
        assertFalse("no vault before set-up", vaultExists(dir))

        val id = Vault.create(dir, PASSCODE).use { vault ->
            assertFalse(vault.isLocked())
            vault.addAppointment(appointmentDraft(title = "Booking appointment"), MONDAY_9AM)
        }
        assertTrue("the unlock screen should be shown next time", vaultExists(dir))

        Vault.open(dir).use { vault ->
            assertTrue("a reopened vault waits for the passcode", vault.isLocked())
            vault.unlock(PASSCODE, MONDAY_9AM, SINCE_BOOT)
            assertFalse(vault.isLocked())
            assertEquals("Booking appointment", vault.appointment(id).title)
        }
    }

    @Test
    fun `creating a vault over an existing one is refused as VaultExists and the first vault survives`() {
        val dir = SealedVault.copyTo(File(tmp.root, "vault"))

        assertRaises<AlongsideException.VaultExists> { Vault.create(dir, "another passcode").close() }

        Vault.open(dir).use { vault ->
            vault.unlock(PASSCODE, MONDAY_9AM, SINCE_BOOT)
            assertEquals("Booking appointment", vault.appointment(SealedVault.appointmentId).title)
        }
    }

    @Test
    fun `a folder that holds no vault is refused as NotAVault`() {
        val empty = tmp.newFolder("empty").path
        val missing = File(tmp.root, "never-made").path

        assertRaises<AlongsideException.NotAVault> { Vault.open(empty).close() }
        assertRaises<AlongsideException.NotAVault> { Vault.open(missing).close() }
        assertRaises<AlongsideException.NotAVault> { wipeVault(empty) }
        assertFalse(vaultExists(empty))
        assertFalse(vaultExists(missing))
    }

    @Test
    fun `an altered or truncated key file is refused as KeyFileDamaged before any passcode is asked for`() {
        val dir = File(SealedVault.copyTo(File(tmp.root, "vault")))
        val keyFile = File(dir, "vault.key")
        assertTrue("the vault keeps its wrapped key in vault.key", keyFile.isFile)
        val original = keyFile.readBytes()

        val altered = original.copyOf()
        val middle = altered.size / 2
        altered[middle] = (altered[middle].toInt() xor 0x01).toByte()
        keyFile.writeBytes(altered)
        assertRaises<AlongsideException.KeyFileDamaged> { Vault.open(dir.path).close() }

        keyFile.writeBytes(original.copyOf(original.size / 3))
        assertRaises<AlongsideException.KeyFileDamaged> { Vault.open(dir.path).close() }

        keyFile.writeBytes(original)
        Vault.open(dir.path).use { vault -> vault.unlock(PASSCODE, MONDAY_9AM, SINCE_BOOT) }
    }

    @Test
    fun `a damaged database surfaces as VaultDamaged and the vault stays locked`() {
        val dir = File(SealedVault.copyTo(File(tmp.root, "vault")))
        val database = File(dir, "vault.db")
        assertTrue("the vault keeps its data in vault.db", database.isFile)
        database.writeBytes(ByteArray(database.length().toInt()) { (it * 31 + 7).toByte() })

        Vault.open(dir.path).use { vault ->
            assertRaises<AlongsideException.VaultDamaged> { vault.unlock(PASSCODE, MONDAY_9AM, SINCE_BOOT) }
            assertTrue(vault.isLocked())
        }
    }

    @Test
    fun `a key file without its database is refused as VaultDamaged and no empty diary is made`() {
        val dir = File(SealedVault.copyTo(File(tmp.root, "vault")))
        val database = File(dir, "vault.db")
        val moved = File(tmp.root, "moved.db")
        assertTrue(database.renameTo(moved))

        assertRaises<AlongsideException.VaultDamaged> { Vault.open(dir.path).close() }
        assertFalse("nothing is made in its place", database.exists())
        assertTrue("the app shows it as a vault, to offer a fresh start", vaultExists(dir.path))

        assertTrue(moved.renameTo(database))
        Vault.open(dir.path).use { vault -> vault.unlock(PASSCODE, MONDAY_9AM, SINCE_BOOT) }
    }

    @Test
    fun `a locked vault refuses every diary call with Locked`() {
        Vault.open(SealedVault.copyTo(File(tmp.root, "vault"))).use { vault ->
            vault.unlock(PASSCODE, MONDAY_9AM, SINCE_BOOT)
            val appointmentId = vault.addAppointment(appointmentDraft(start = "2026-11-20T10:00"), MONDAY_9AM)
            vault.setAppointmentStatus(appointmentId, 0u, AppointmentStatus.MISSED, MONDAY_9AM)
            val medicineId = vault.addMedicine(methadoneDraft(), MONDAY_9AM)
            val settings = vault.settings()

            vault.lock()
            assertTrue(vault.isLocked())

            val calls: Map<String, () -> Unit> = mapOf(
                "settings" to { vault.settings() },
                "updateSettings" to { vault.updateSettings(settings) },
                "addAppointment" to { vault.addAppointment(appointmentDraft(), MONDAY_9AM) },
                "editAppointment" to { vault.editAppointment(appointmentId, appointmentDraft(), MONDAY_9AM) },
                "rescheduleAppointment" to {
                    vault.rescheduleAppointment(appointmentId, 0u, "2026-11-27T10:00", Scope.THIS_OCCURRENCE, MONDAY_9AM)
                },
                "setAppointmentStatus" to {
                    vault.setAppointmentStatus(appointmentId, 0u, AppointmentStatus.ATTENDED, MONDAY_9AM)
                },
                "cancelAppointment" to { vault.cancelAppointment(appointmentId, 0u, Scope.THIS_OCCURRENCE, MONDAY_9AM) },
                "deleteAppointment" to { vault.deleteAppointment(appointmentId, MONDAY_9AM) },
                "appointment" to { vault.appointment(appointmentId) },
                "appointmentsBetween" to { vault.appointmentsBetween("2026-11-01", "2026-11-30") },
                "rebookMissedAppointment" to {
                    vault.rebookMissedAppointment(appointmentId, 0u, appointmentDraft(start = "2026-11-27T10:00"), MONDAY_9AM)
                },
                "dismissMissedFollowUp" to { vault.dismissMissedFollowUp(appointmentId, 0u, MONDAY_9AM) },
                "addMedicine" to { vault.addMedicine(methadoneDraft(), MONDAY_9AM) },
                "changeDose" to {
                    vault.changeDose(medicineId, DoseChange("2026-11-20", 70.0, null, null, null), MONDAY_9AM)
                },
                "stopMedicine" to { vault.stopMedicine(medicineId, "2026-11-30", MONDAY_9AM) },
                "medicines" to { vault.medicines(MONDAY_9AM) },
                "logDose" to { vault.logDose(doseEntry(medicineId, "2026-11-23", DoseStatus.TAKEN), MONDAY_9AM) },
                "logAsNeededDose" to { vault.logAsNeededDose(medicineId, MONDAY_9AM, 10.0, null, MONDAY_9AM) },
                "dosesBetween" to { vault.dosesBetween("2026-11-01", "2026-11-30") },
                "today" to { vault.today(MONDAY_9AM) },
                "todayDate" to { vault.todayDate(MONDAY_9AM) },
                "reminders" to { vault.reminders(MONDAY_9AM, MONDAY_9AM.plusDays(7)) },
                "exportJson" to { vault.exportJson(MONDAY_9AM) },
                "exportIcs" to { vault.exportIcs(MONDAY_9AM) },
            )
            for ((name, call) in calls) {
                assertThrows("$name on a locked vault", AlongsideException.Locked::class.java) { call() }
            }

            vault.unlock(PASSCODE, MONDAY_9AM, SINCE_BOOT)
            assertEquals("nothing changed while locked", 1, vault.medicines(MONDAY_9AM).size)
        }
    }

    @Test
    fun `wiping an open vault destroys it so it can no longer be found or opened`() {
        val dir = File(SealedVault.copyTo(File(tmp.root, "vault")))
        Vault.open(dir.path).use { vault ->
            vault.unlock(PASSCODE, MONDAY_9AM, SINCE_BOOT)
            vault.addAppointment(appointmentDraft(notes = "private words"), MONDAY_9AM)
            vault.wipe()
            assertTrue("wiping locks the vault", vault.isLocked())
            assertRaises<AlongsideException.Locked> { vault.today(MONDAY_9AM) }
        }
        assertFalse(vaultExists(dir.path))
        assertRaises<AlongsideException.NotAVault> { Vault.open(dir.path).close() }
        val leftovers = dir.listFiles()?.toList().orEmpty()
        assertTrue("nothing of the vault is left: $leftovers", leftovers.isEmpty())
    }

    @Test
    fun `the word she types to confirm wiping is checked by the core, forgiving case and spaces`() {
        val word = uiStrings()["wipe-confirm-word"] ?: throw AssertionError("the core has the confirmation word")
        assertTrue(wipeConfirmationAccepted(word))
        assertTrue(wipeConfirmationAccepted("  ${word.lowercase()} "))
        for (typed in listOf("", " ", word.dropLast(1), "yes", "$word$word")) {
            assertFalse("'$typed' must not wipe her diary", wipeConfirmationAccepted(typed))
        }
    }

    @Test
    fun `a forgotten passcode is no obstacle to wiping the vault from its folder`() {
        val dir = SealedVault.copyTo(File(tmp.root, "vault"))

        wipeVault(dir)

        assertFalse(vaultExists(dir))
        assertRaises<AlongsideException.NotAVault> { Vault.open(dir).close() }
        // A new vault can be set up in the same place afterwards.
        assertRaises<AlongsideException.NotAVault> { wipeVault(dir) }
    }

    @Test
    fun `a folder the phone can't create surfaces as Storage, without naming the path`() {
        val notAFolder = tmp.newFile("plain-file")
        val dir = File(notAFolder, "vault").path

        val e = assertRaises<AlongsideException.Storage> { Vault.create(dir, PASSCODE).close() }

        assertFalse("the error never quotes the path: ${e.detail}", e.detail.contains(tmp.root.path))
        assertFalse(vaultExists(dir))
    }

    @Test
    fun `a passcode shorter than six characters is refused and no vault is made`() {
        val dir = File(tmp.root, "vault").path
        assertInvalid("passcode") { Vault.create(dir, "12345").close() }
        assertFalse(vaultExists(dir))
    }

    @Test
    fun `the core reports its version for the about screen`() {
        assertTrue(coreVersion(), Regex("""\d+\.\d+\.\d+.*""").matches(coreVersion()))
    }
}
