package org.alongside.core

import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertTrue
import org.junit.Rule
import org.junit.Test
import java.io.File

/**
 * Requests for support through the generated Kotlin API: the form's choices, the word-for-word
 * preview, sending under a one-off yes, waiting offline, taking a request back, and, with a
 * real relay and the CLI playing the care team and a directory service, received and answered.
 */
class SupportRequestTest {
    @get:Rule
    val unlocked = UnlockedVault()

    private val vault: Vault get() = unlocked.vault

    private val offlineInvite: String by lazy { File(repoRoot, "core/tests/fixtures/care-team-invite.txt").readText() }

    private fun request(to: SupportRecipient, urgency: SupportUrgency = SupportUrgency.TODAY) = SupportRequestDraft(
        needs = listOf(SupportNeed.SOMEONE_TO_TALK_TO, SupportNeed.MENTAL_HEALTH_SUPPORT),
        methods = listOf(ContactMethod.TEXT),
        phone = "07700 900123",
        nameToUse = null,
        safeTimes = listOf(SafeTime.EVENINGS),
        mayLeaveMessage = false,
        urgency = urgency,
        recipient = to,
        note = null,
    )

    private val quiet = object : SyncListener {
        override fun progress(progress: SyncProgress) {}
    }

    @Test
    fun `the form offers every need in words, and a request waits offline and can be taken back`() {
        val choices = supportRequestChoices()
        assertEquals(9, choices.needs.size)
        assertTrue(choices.needs.any { it.label == "Support to stay safe from someone" })
        assertEquals(listOf("Today", "This week"), choices.urgencies.map { it.label })

        val maya = vault.addCareContact(offlineInvite, MONDAY_9AM)
        val to = SupportRecipient.CareContact(maya.id)
        assertEquals(listOf(to), vault.supportRecipients().map { it.recipient })
        val preview = vault.previewSupportRequest(request(to), MONDAY_9AM)
        assertEquals("This is exactly what Maya Okafor (specialist midwife) will see:", preview.heading)
        assertTrue(preview.lines.contains("Please don't leave a message."))
        assertTrue(preview.resourceJson.contains("\"CommunicationRequest\""))
        assertEquals("a preview sends nothing", 0u, vault.sharingPending())

        val sent = vault.sendSupportRequest(request(to), MONDAY_9AM)
        assertEquals(SupportRequestState.WAITING_TO_SEND, sent.state)
        assertTrue(vault.syncNow(MONDAY_9AM, quiet).offline)
        assertEquals(SupportRequestState.WAITING_TO_SEND, vault.supportRequests().single().state)
        assertTrue(vault.consentGrants().isEmpty())

        val back = vault.cancelSupportRequest(sent.id, MONDAY_9AM)
        assertEquals(SupportRequestState.CANCELLED, back.state)
        assertEquals(0u, vault.sharingPending())
        assertInvalid("phone") { vault.sendSupportRequest(request(to).copy(phone = null), MONDAY_9AM) }
        assertInvalid("recipient") {
            vault.sendSupportRequest(request(SupportRecipient.DirectoryService("no-such-service")), MONDAY_9AM)
        }
    }

    /** A sample directory (signed with the public sample key) whose one service takes requests at [invite]. */
    private fun directoryWithInbox(invite: String): ByteArray {
        fun write(name: String, body: String) = File(unlocked.dir, name).apply { writeText(body) }.path
        val services = write(
            "services.csv",
            "id,name,organisation,category,description,phone,web,referral,eligibility,languages,requests\n" +
                "mothers-apart,Mothers Apart,Sampleton Peer Network,support_after_removal," +
                "A group run by mothers whose children are in care.,01632 960998,,self_referral,,,$invite\n",
        )
        val venues = write(
            "venues.csv",
            "id,name,address,postcode,latitude,longitude,step_free,accessibility,transport\n" +
                "hall,St Anne's Hall,\"2 Church Road, Sampleton\",SX1 2AA,53.1,-1.5,yes,,\n",
        )
        val sessions = write(
            "sessions.csv",
            "service_id,venue_id,days,start,end,weeks_of_month,valid_from,valid_until,access,notes\n" +
                "mothers-apart,hall,thu,18:00,20:00,,,,drop_in,\n",
        )
        val out = File(unlocked.dir, "directory.bundle")
        cli(
            "directory", "build", "--services", services, "--venues", venues, "--sessions", sessions,
            "--publisher", "Alongside sample data", "--area", "Sampleton", "--version", "2",
            "--issued", "2026-11-01", "--expires", "2027-11-01", "--sample",
            "--key", File(repoRoot, "core/content/directory/sample/sample-publisher.key").path, "--out", out.path,
        )
        return out.readBytes()
    }

    @Test
    fun `with a relay running, her midwife and a directory service receive and answer her requests`() {
        RelayProcess(unlocked.dir).use { relay ->
            fun init(dir: String, name: String, role: String) = teamInit(dir, relay.url, name, role)
            val team = File(unlocked.dir, "team").path
            val peers = File(unlocked.dir, "peers").path
            val maya = vault.addCareContact(init(team, "Maya Okafor", "specialist midwife"), MONDAY_9AM)
            vault.setDirectoryOptions(DirectoryOptions(allowSampleData = true))
            vault.importDirectory(directoryWithInbox(init(peers, "Mothers Apart", "peer group")), MONDAY_9AM)

            val service = vault.supportRecipients().single { it.fromDirectory }
            assertEquals("Mothers Apart", service.name)
            assertTrue(service.sample)
            assertEquals("a service is not her care team", listOf(maya.id), vault.careContacts().map { it.id })

            vault.setBabyStatus(BabyStatus.TAKEN_INTO_CARE, "2026-11-20", MONDAY_9AM)
            vault.sendSupportRequest(request(SupportRecipient.CareContact(maya.id)), MONDAY_9AM)
            vault.sendSupportRequest(request(service.recipient, SupportUrgency.THIS_WEEK), MONDAY_9AM)
            assertEquals("two hellos and two requests", 4u, vault.syncNow(MONDAY_9AM, quiet).sent)
            assertTrue(vault.supportRequests().all { it.state == SupportRequestState.SENT })

            val pulled = cli("team", "pull", "--dir", team)
            assertTrue(pulled, pulled.startsWith("Requests for support waiting for an answer (1), most urgent first:\n- URGENT"))
            assertFalse("her status was never sent", pulled.contains("taken into care"))
            assertTrue(cli("team", "pull", "--dir", peers).contains("I would like: Someone to talk to, Support with my mental health"))

            assertEquals(2u, vault.syncNow(MONDAY_9AM, quiet).received)
            assertTrue(vault.supportRequests().all { it.state == SupportRequestState.RECEIVED })

            val woman = Regex("Woman ([0-9a-f]+):").find(cli("team", "pull", "--dir", team))!!.groupValues[1]
            cli("team", "reply", "--dir", team, "--woman", woman, "ack", "--message", "I'll text you tonight.")
            vault.syncNow(MONDAY_9AM, quiet)
            val toMaya = vault.supportRequests().single { it.recipientName.startsWith("Maya") }
            assertEquals(SupportRequestState.ANSWERED, toMaya.state)
            assertEquals("I'll text you tonight.", toMaya.answer)
            assertEquals("Maya Okafor (specialist midwife) has answered.", toMaya.stateLabel)
        }
    }
}
