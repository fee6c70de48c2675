package org.alongside.core

import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertTrue
import org.junit.Rule
import org.junit.Test
import java.io.File

/**
 * Sharing with the care team through the generated Kotlin API: pairing from an invite
 * code, the safety number, consent grants as the enforcement point, the ledger, and
 * stopping a grant. The invite is core/tests/fixtures/care-team-invite.txt, which a Rust
 * test keeps identical to the one the Rust tests build (Maya Okafor, specialist midwife).
 */
class SharingTest {
    @get:Rule
    val unlocked = UnlockedVault()

    private val vault: Vault get() = unlocked.vault

    private val invite: String by lazy { File(repoRoot, "core/tests/fixtures/care-team-invite.txt").readText() }

    private fun grant(contactId: String, categories: List<ShareCategory>, end: String? = null) =
        vault.grantConsent(GrantDraft(contactId, categories, "2026-11-23", end, SharePurpose.TREATMENT), MONDAY_9AM)

    @Test
    fun `the sharing form offers what an agreement can cover, and requests for support are never agreed in advance`() {
        val choices = shareChoices()
        assertEquals(listOf("Appointments", "Medicines and doses", "Breastfeeding plan"), choices.categories.map { it.label })
        assertEquals(2, choices.purposes.size)
        val maya = vault.addCareContact(invite, MONDAY_9AM)
        assertInvalid("categories") { grant(maya.id, listOf(ShareCategory.SUPPORT_REQUESTS)) }
        assertTrue(vault.consentGrants().isEmpty())
    }

    @Test
    fun `family time and court dates are left out unless she ticks them, and the preview says so`() {
        val choices = shareChoices()
        assertEquals(
            listOf("Social worker", "Family time", "Court or legal"),
            choices.appointmentKinds.filter { !it.sharedByDefault }.map { it.label },
        )
        val maya = vault.addCareContact(invite, MONDAY_9AM)
        vault.addAppointment(appointmentDraft(title = "Family time with Ava", start = "2026-11-24T14:00", kind = AppointmentKind.FAMILY_TIME), MONDAY_9AM)
        vault.addAppointment(appointmentDraft(title = "Key worker check-in", start = "2026-11-24T10:00"), MONDAY_9AM)
        val draft = GrantDraft(maya.id, listOf(ShareCategory.APPOINTMENTS), "2026-11-23", null, SharePurpose.TREATMENT)
        val preview = vault.previewConsent(draft)
        assertEquals("Maya Okafor (specialist midwife) will not see:", preview.notSharedHeading)
        assertEquals("Appointments: Social worker, Family time, Court or legal", preview.notShared.first())
        assertEquals("a preview changes nothing", 0u, vault.sharingPending())

        vault.grantConsent(draft, MONDAY_9AM)
        val shared = vault.shareLedger().map { it.summary }
        assertTrue(shared.any { it.startsWith("Appointment: Key worker check-in") })
        assertFalse(shared.any { it.contains("Family time with Ava") })
        assertInvalid("appointment kinds") { vault.grantConsent(draft.copy(appointmentKinds = emptyList()), MONDAY_9AM) }
    }

    @Test
    fun `the sharing screen is one call with each contact's safety number and only the agreements still running`() {
        val before = vault.sharingScreen(MONDAY_9AM)
        assertEquals("2026-11-23", before.today)
        assertEquals(shareChoices(), before.choices)
        assertTrue(before.contacts.isEmpty() && before.ledger.isEmpty() && before.messages.isEmpty())
        assertEquals("Nothing is waiting to send", before.pendingLabel)

        val maya = vault.addCareContact(invite, MONDAY_9AM)
        val first = grant(maya.id, listOf(ShareCategory.APPOINTMENTS))
        val second = grant(maya.id, listOf(ShareCategory.APPOINTMENTS))
        vault.revokeConsent(first.id, MONDAY_9AM)

        val view = vault.sharingScreen(MONDAY_9AM)
        val c = view.contacts.single()
        assertEquals("Maya Okafor (specialist midwife)", c.label)
        assertEquals(vault.careContactSafetyNumber(maya.id), c.safetyNumber)
        assertTrue(c.canShare)
        assertEquals(listOf(second.id), c.agreements.map { it.id })
        assertEquals(vault.shareLedger(), view.ledger)
        assertEquals(vault.sharingPending(), view.pending)

        vault.markCareContactVerified(maya.id, MONDAY_9AM)
        assertTrue("checked: no longer shown", vault.sharingScreen(MONDAY_9AM).contacts.single().safetyNumber.isEmpty())
    }

    @Test
    fun `an invite pairs her with a named member and a safety number to compare in person`() {
        val maya = vault.addCareContact(invite, MONDAY_9AM)
        assertEquals("Maya Okafor", maya.name)
        assertEquals("specialist midwife", maya.role)
        assertFalse(maya.verified)
        val groups = vault.careContactSafetyNumber(maya.id)
        assertEquals(12, groups.size)
        assertTrue(groups.all { it.length == 5 && it.all(Char::isDigit) })
        vault.markCareContactVerified(maya.id, MONDAY_9AM)
        assertTrue(vault.careContacts().single().verified)
        assertInvalid("invite code") { vault.addCareContact(invite.dropLast(8), MONDAY_9AM) }
        assertEquals(1, vault.careContacts().size)
    }

    @Test
    fun `nothing is queued without her yes, and a grant for appointments never queues doses`() {
        val maya = vault.addCareContact(invite, MONDAY_9AM)
        vault.addAppointment(appointmentDraft(title = "Key worker check-in", start = "2026-11-24T10:00"), MONDAY_9AM)
        val before = vault.sharingPending()
        assertEquals("the shared vault holds earlier diary entries, but nothing is queued", 0u, before)

        val g = grant(maya.id, listOf(ShareCategory.APPOINTMENTS), end = "2026-12-31")
        assertTrue(g.active)
        assertEquals(listOf("Appointments (not Social worker, Family time, Court or legal)"), g.categoryLabels)
        assertFalse(AppointmentKind.FAMILY_TIME in g.appointmentKinds)
        val medicine = vault.addMedicine(methadoneDraft(), MONDAY_9AM)
        vault.logDose(doseEntry(medicineId = medicine, date = "2026-11-23", status = DoseStatus.TAKEN), MONDAY_9AM)
        val ledger = vault.shareLedger()
        assertTrue(ledger.any { it.summary.startsWith("Appointment: Key worker check-in") })
        assertFalse(ledger.any { it.summary.startsWith("Dose") || it.summary.startsWith("Medicine") })
        assertEquals(ledger.size.toUInt(), vault.sharingPending())
        assertEquals(LedgerState.WAITING, ledger.first().state)
        assertEquals("Waiting to send since Monday 23 November, 09:00", ledger.first().statusLabel)
        assertEquals(
            "Under your agreement of Monday 23 November: Appointments (not Social worker, Family time, Court or legal)",
            ledger.first().agreementLabel,
        )
    }

    @Test
    fun `stopping a grant drops what has not gone and says what the team keeps`() {
        val maya = vault.addCareContact(invite, MONDAY_9AM)
        vault.addAppointment(appointmentDraft(title = "Key worker check-in", start = "2026-11-24T10:00"), MONDAY_9AM)
        val g = grant(maya.id, listOf(ShareCategory.APPOINTMENTS))
        val queued = vault.sharingPending()
        val outcome = vault.revokeConsent(g.id, MONDAY_9AM)
        assertEquals(queued, outcome.withdrawn)
        assertTrue(outcome.message.contains("What they already received stays in their records"))
        assertEquals("only the stopped consent is left to send", 1u, vault.sharingPending())
        assertFalse(vault.consentGrants().single().active)
        vault.addAppointment(appointmentDraft(title = "Review", start = "2026-11-26T10:00"), MONDAY_9AM)
        assertEquals(1u, vault.sharingPending())
        assertInvalid("sharing agreement") { vault.revokeConsent(g.id, MONDAY_9AM) }
    }

    @Test
    fun `offline, a sync keeps everything waiting and says so, and replies need a real message`() {
        // The fixture invite points at 127.0.0.1:1, where nothing listens.
        val maya = vault.addCareContact(invite, MONDAY_9AM)
        vault.addAppointment(appointmentDraft(title = "Key worker check-in", start = "2026-11-24T10:00"), MONDAY_9AM)
        grant(maya.id, listOf(ShareCategory.APPOINTMENTS))
        val pending = vault.sharingPending()
        val seen = mutableListOf<SyncProgress>()
        val report = vault.syncNow(MONDAY_9AM, object : SyncListener {
            override fun progress(progress: SyncProgress) {
                seen.add(progress)
            }
        })
        assertTrue(report.offline)
        assertEquals(0u, report.sent)
        assertEquals(pending, report.waiting)
        assertTrue(report.summary.contains("will go when you are online"))
        assertTrue(seen.isEmpty())
        // A background retry a moment later waits out its backoff; it still says what waits.
        val retry = vault.syncInBackground(MONDAY_9AM.plusSeconds(5), object : SyncListener {
            override fun progress(progress: SyncProgress) {
                seen.add(progress)
            }
        })
        assertEquals(0u, retry.sent)
        assertEquals(pending, retry.waiting)
        assertTrue(vault.careTeamMessages().isEmpty())
        assertRaises<AlongsideException.NotFound> { vault.acceptAppointmentProposal("nothing", MONDAY_9AM) }
        assertRaises<AlongsideException.NotFound> { vault.dismissCareTeamMessage("nothing", MONDAY_9AM) }
    }

    @Test
    fun `with a relay running, what she agrees to reaches her midwife, and stopping is seen too`() {
        RelayProcess(unlocked.dir).use { relay ->
            val url = relay.url
            val team = File(unlocked.dir, "team").path
            val code = teamInit(team, url, "Maya Okafor", "specialist midwife")

            val maya = vault.addCareContact(code, MONDAY_9AM)
            vault.addAppointment(appointmentDraft(title = "Key worker check-in", start = "2026-11-24T10:00"), MONDAY_9AM)
            val g = grant(maya.id, listOf(ShareCategory.APPOINTMENTS))
            val pending = vault.sharingPending()
            val seen = mutableListOf<SyncProgress>()
            val listener = object : SyncListener {
                override fun progress(progress: SyncProgress) {
                    seen.add(progress)
                }
            }
            val report = vault.syncNow(MONDAY_9AM, listener)
            assertFalse(report.offline)
            assertEquals(pending, report.sent)
            assertEquals(pending, seen.last().sent)
            assertTrue(vault.shareLedger().all { it.state == LedgerState.SENT && it.statusLabel == "Sent Monday 23 November, 09:00" })

            val pulled = cli("team", "pull", "--dir", team)
            assertTrue(pulled, pulled.contains("appointment v1: Appointment Key worker check-in"))
            assertTrue("the same safety number on both phones", pulled.contains(vault.careContactSafetyNumber(maya.id).joinToString(" ")))

            vault.revokeConsent(g.id, MONDAY_9AM)
            assertEquals(1u, vault.syncNow(MONDAY_9AM, listener).sent)
            assertTrue(cli("team", "pull", "--dir", team).contains("consent v2: Consent inactive"))
        }
    }
}
