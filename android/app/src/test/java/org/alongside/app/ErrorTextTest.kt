package org.alongside.app

import org.alongside.core.AlongsideException
import org.junit.Assert.assertEquals
import org.junit.Assert.assertNull
import org.junit.Test
import java.time.Instant

// Errors are shown in the core's words, looked up by id; missing words show their id.
class ErrorTextTest {
    private val now = Instant.parse("2026-11-23T09:00:00Z")

    /** Every id maps to "words for <id>", so each test shows which id was looked up. */
    private val text = UiText(
        listOf(
            "unlock-wrong", "unlock-wait", "error-not-a-vault", "error-vault-exists", "error-key-file-damaged",
            "error-vault-damaged", "error-vault-unreadable", "error-locked", "error-not-found", "error-storage",
        ).associateWith { "words for $it" },
    )

    @Test
    fun passcode_errors_use_the_unlock_copy_and_the_cores_pause() {
        val wrong = AlongsideException.WrongPasscode(0uL)
        assertEquals("words for unlock-wrong", text.errorText(wrong))
        assertNull(retryAt(wrong, now))
        assertEquals(now.plusSeconds(5), retryAt(AlongsideException.WrongPasscode(5uL), now))
        val wait = AlongsideException.TooManyAttempts(30uL)
        assertEquals("words for unlock-wait", text.errorText(wait))
        assertEquals(now.plusSeconds(30), retryAt(wait, now))
    }

    @Test
    fun invalid_input_shows_the_cores_reason() {
        val e = AlongsideException.InvalidInput("passcode", "Please use at least 6 characters.")
        assertEquals("Please use at least 6 characters.", text.errorText(e))
        assertNull(retryAt(e, now))
    }

    @Test
    fun a_question_before_a_change_shows_the_cores_question() {
        val e = AlongsideException.NeedsConfirmation("Change it?", "Yes, change it", "No, keep it as it is")
        assertEquals("Change it?", text.errorText(e))
    }

    @Test
    fun every_other_error_has_its_own_message_id() {
        val expected = mapOf(
            AlongsideException.NotAVault() to "error-not-a-vault",
            AlongsideException.VaultExists() to "error-vault-exists",
            AlongsideException.KeyFileDamaged() to "error-key-file-damaged",
            AlongsideException.VaultDamaged() to "error-vault-damaged",
            AlongsideException.VaultUnreadable("schema 9") to "error-vault-unreadable",
            AlongsideException.Locked() to "error-locked",
            AlongsideException.NotFound("medicine") to "error-not-found",
            AlongsideException.Storage("disk full") to "error-storage",
        )
        expected.forEach { (e, id) -> assertEquals("words for $id", text.errorText(e)) }
    }

    @Test
    fun a_message_the_core_does_not_have_shows_its_id() {
        assertEquals("error-storage", UiText(emptyMap()).errorText(AlongsideException.Storage("io")))
    }
}
