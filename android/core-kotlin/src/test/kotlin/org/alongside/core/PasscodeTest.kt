package org.alongside.core

import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertTrue
import org.junit.Rule
import org.junit.Test
import org.junit.rules.TemporaryFolder
import java.io.File
import java.time.Duration

/** Unlocking with a passcode, the pause after repeated mistakes, and changing the passcode. */
class PasscodeTest {
    @get:Rule
    val tmp = TemporaryFolder()

    private fun lockedVaultDir(): String = SealedVault.copyTo(File(tmp.root, "vault"))

    @Test
    fun `a wrong passcode surfaces as WrongPasscode and the vault stays locked`() {
        val dir = lockedVaultDir()
        Vault.open(dir).use { vault ->
            val e = assertRaises<AlongsideException.WrongPasscode> { vault.unlock("not my passcode", MONDAY_9AM, SINCE_BOOT) }
            assertEquals("a first mistake costs no waiting", 0uL, e.retryAfterSeconds)
            assertTrue(vault.isLocked())
            assertRaises<AlongsideException.Locked> { vault.today(MONDAY_9AM) }

            vault.unlock(PASSCODE, MONDAY_9AM, SINCE_BOOT)
            assertFalse(vault.isLocked())
        }
    }

    @Test
    fun `three wrong passcodes then a fourth try is TooManyAttempts, even after the app restarts`() {
        val dir = lockedVaultDir()
        Vault.open(dir).use { vault ->
            repeat(2) {
                val e = assertRaises<AlongsideException.WrongPasscode> { vault.unlock("guess $it", MONDAY_9AM, SINCE_BOOT) }
                assertEquals(0uL, e.retryAfterSeconds)
            }
            val third = assertRaises<AlongsideException.WrongPasscode> { vault.unlock("guess 3", MONDAY_9AM, SINCE_BOOT) }
            assertEquals("the third mistake starts a pause", 30uL, third.retryAfterSeconds)

            val fourth = assertRaises<AlongsideException.TooManyAttempts> { vault.unlock(PASSCODE, MONDAY_9AM, SINCE_BOOT) }
            assertEquals(30uL, fourth.retryAfterSeconds)
            assertTrue(vault.isLocked())
        }

        // Closing and reopening the app does not reset the count.
        Vault.open(dir).use { vault ->
            val e = assertRaises<AlongsideException.TooManyAttempts> {
                vault.unlock(PASSCODE, MONDAY_9AM.plusSeconds(10), SINCE_BOOT.plusSeconds(10))
            }
            assertEquals("the pause keeps running down", 20uL, e.retryAfterSeconds)
            assertTrue(vault.isLocked())

            vault.unlock(PASSCODE, MONDAY_9AM.plusSeconds(30), SINCE_BOOT.plusSeconds(30))
            assertFalse("after the pause the right passcode works", vault.isLocked())
        }

        // A success clears the count: the next mistake costs nothing again.
        Vault.open(dir).use { vault ->
            val e = assertRaises<AlongsideException.WrongPasscode> { vault.unlock("typo", MONDAY_9AM.plusSeconds(60), SINCE_BOOT.plusSeconds(60)) }
            assertEquals(0uL, e.retryAfterSeconds)
        }
    }

    @Test
    fun `moving the phone's clock forward does not skip the pause, and a restart does not either`() {
        val dir = lockedVaultDir()
        Vault.open(dir).use { vault ->
            repeat(3) { assertRaises<AlongsideException.WrongPasscode> { vault.unlock("guess $it", MONDAY_9AM, SINCE_BOOT) } }

            val tomorrow = MONDAY_9AM.plusDays(1)
            val forward = assertRaises<AlongsideException.TooManyAttempts> {
                vault.unlock(PASSCODE, tomorrow, SINCE_BOOT.plusSeconds(5))
            }
            assertEquals("only 5 seconds have really passed", 25uL, forward.retryAfterSeconds)

            val restarted = assertRaises<AlongsideException.TooManyAttempts> {
                vault.unlock(PASSCODE, MONDAY_9AM.plusSeconds(8), Duration.ofSeconds(8))
            }
            assertEquals("after a restart, only the time since it is certain", 22uL, restarted.retryAfterSeconds)
            assertTrue(vault.isLocked())

            vault.unlock(PASSCODE, tomorrow, SINCE_BOOT.plusSeconds(30))
            assertFalse("after 30 real seconds the right passcode works", vault.isLocked())
        }
    }

    @Test
    fun `changing the passcode keeps her data and only the new passcode opens the vault`() {
        val dir = lockedVaultDir()
        val newPasscode = "green teapot 7"
        val id = Vault.open(dir).use { vault ->
            vault.unlock(PASSCODE, MONDAY_9AM, SINCE_BOOT)
            val id = vault.addAppointment(appointmentDraft(title = "Prescriber review"), MONDAY_9AM)
            assertRaises<AlongsideException.WrongPasscode> {
                vault.changePasscode("not my passcode", newPasscode, MONDAY_9AM, SINCE_BOOT)
            }
            assertInvalid("passcode") { vault.changePasscode(PASSCODE, "12", MONDAY_9AM, SINCE_BOOT) }
            vault.changePasscode(PASSCODE, newPasscode, MONDAY_9AM, SINCE_BOOT)
            assertEquals("the open vault keeps working", "Prescriber review", vault.appointment(id).title)
            id
        }

        Vault.open(dir).use { vault ->
            assertRaises<AlongsideException.WrongPasscode> { vault.unlock(PASSCODE, MONDAY_9AM, SINCE_BOOT) }
            assertTrue(vault.isLocked())
            vault.unlock(newPasscode, MONDAY_9AM, SINCE_BOOT)
            assertEquals("Prescriber review", vault.appointment(id).title)
        }
    }
}
