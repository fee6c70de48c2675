package org.alongside.app

import org.junit.Assert.assertEquals
import org.junit.Assert.assertTrue
import org.junit.Test
import org.w3c.dom.Element
import java.io.File
import javax.xml.parsers.DocumentBuilderFactory

// The manifest can't be merged or installed here, so what it promises is read as XML: what
// she sends can reach the network, and reminders come back after a restart before she unlocks.
class ManifestTest {
    private val root: File = generateSequence(File("").absoluteFile) { it.parentFile }
        .first { File(it, "android/app/src/main").isDirectory }
    private val manifest = DocumentBuilderFactory.newInstance()
        .apply { isNamespaceAware = true }
        .newDocumentBuilder()
        .parse(File(root, "android/app/src/main/AndroidManifest.xml"))
        .documentElement

    private fun elements(tag: String): List<Element> =
        manifest.getElementsByTagName(tag).let { list -> (0 until list.length).map { list.item(it) as Element } }

    private fun Element.android(name: String): String = getAttributeNS(ANDROID, name)

    private val permissions get() = elements("uses-permission").map { it.android("name") }

    @Test
    fun what_she_sends_to_her_care_team_can_reach_the_network() {
        assertTrue("Send now and support requests need INTERNET", "android.permission.INTERNET" in permissions)
    }

    @Test
    fun reminders_are_set_again_after_a_restart_before_she_unlocks_the_phone() {
        assertTrue("android.permission.RECEIVE_BOOT_COMPLETED" in permissions)
        val restart = elements("receiver").single { it.android("name") == ".reminders.RestartReceiver" }
        assertEquals("runs before she unlocks the phone", "true", restart.android("directBootAware"))
        assertEquals("false", restart.android("exported"))
        val actions = restart.getElementsByTagName("action").let { l -> (0 until l.length).map { (l.item(it) as Element).android("name") } }
        assertTrue("android.intent.action.LOCKED_BOOT_COMPLETED" in actions)
        val reminder = elements("receiver").single { it.android("name") == ".reminders.ReminderReceiver" }
        assertEquals("a reminder set before she unlocks can post", "true", reminder.android("directBootAware"))
    }

    private companion object {
        const val ANDROID = "http://schemas.android.com/apk/res/android"
    }
}
