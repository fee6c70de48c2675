package org.alongside.core

import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertTrue
import org.junit.Rule
import org.junit.Test

/** Support after a baby is taken into care, through the generated Kotlin API. */
class SupportTest {
    @get:Rule
    val unlocked = UnlockedVault()

    private val vault: Vault get() = unlocked.vault

    @Test
    fun `she can say privately that her baby was taken into care, and the words change gently`() {
        assertFalse(vault.babyStatus().supportMode)
        val s = vault.setBabyStatus(BabyStatus.TAKEN_INTO_CARE, "2026-11-20", MONDAY_9AM)
        assertTrue(s.supportMode)
        assertEquals("Your baby was taken into care", s.statusLabel)
        assertTrue(s.message.contains("nothing has been sent to anyone"))
        assertEquals(s, vault.babyStatus())
        assertInvalid("since") { vault.setBabyStatus(BabyStatus.OTHER, "2026-12-25", MONDAY_9AM) }
        assertEquals(BabyStatus.TAKEN_INTO_CARE, vault.babyStatus().status)
    }

    @Test
    fun `the crisis numbers need no vault and put emergency first`() {
        val help = crisisHelp()
        assertEquals("If you are not safe right now", help.heading)
        assertEquals("emergency", help.contacts.first().id)
        assertTrue(help.intro.endsWith("call 999."))
    }
}
