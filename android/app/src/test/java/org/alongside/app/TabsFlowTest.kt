package org.alongside.app

import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertNotNull
import org.junit.Assert.assertNull
import org.junit.Assert.assertTrue
import org.junit.Rule
import org.junit.Test

// The Services, Guidance and Sharing tabs through the same plain-Kotlin classes the phone
// runs, against the real library: each reads its screen in one core call.
class TabsFlowTest {
    @get:Rule
    val app = AppSession()

    @Test
    fun services_say_there_is_no_directory_until_the_sample_is_installed_then_a_place_opens_in_full() {
        val session = app.created()
        val services = ServicesFeature(session)
        assertNull(services.open().view.status)

        val settings = SettingsFeature(session)
        settings.setSample(settings.open(), true)

        var s = services.open()
        assertNotNull(s.view.status)
        assertTrue(s.view.results.isNotEmpty())
        s = services.search(services.edit(s, s.search.copy(words = "feeding")))
        assertEquals(null, s.error)
        assertTrue(s.view.results.all { it.name.isNotBlank() })
        val place = s.view.results.first().sessions.first().venueId
        s = services.showVenue(s, place)
        assertEquals(place, s.venue?.venue?.id)

        // Coming back to the tab keeps what she searched for.
        assertEquals("feeding", services.open(s).search.words)
    }

    @Test
    fun guidance_lists_the_articles_opens_one_and_a_saved_breastfeeding_plan_comes_back() {
        val guidance = GuidanceFeature(app.created())
        val list = guidance.list()
        assertTrue(list.articles.isNotEmpty())
        val article = guidance.article(list.articles.first().id)
        assertEquals(list.articles.first().id, article.article.id)
        assertTrue(guidance.contacts().contacts.isNotEmpty())

        var feeding = guidance.feeding()
        assertNull(feeding.plan)
        val medicine = feeding.questions.single { it.id == "medicine" }
        feeding = guidance.editFeeding(feeding, feeding.form.tap(medicine, "methadone"))
        assertEquals("her answers are kept when the screen is read again", feeding.form, guidance.feeding(feeding).form)
        feeding = guidance.seeAdvice(feeding)
        assertNotNull(feeding.advice)
        feeding = guidance.savePlan(feeding)
        assertEquals(null, feeding.error)
        assertNotNull(guidance.feeding().plan)
        feeding = guidance.deletePlan(guidance.askDeletePlan(guidance.feeding(), true))
        assertNull(guidance.feeding().plan)
        assertFalse(feeding.confirmDelete)
    }

    @Test
    fun sharing_opens_on_the_cores_date_and_an_invite_code_that_is_not_one_is_refused_in_its_words() {
        val sharing = SharingFeature(app.created())
        var s = sharing.open()
        assertEquals("2026-11-23", s.view.today)
        assertTrue(s.view.contacts.isEmpty())

        s = sharing.pair(sharing.editInviteCode(s, "not an invite"))
        assertNotNull(s.error)
        assertTrue(s.view.contacts.isEmpty())
        assertEquals("what she typed stays for her to correct", "not an invite", s.code)
    }
}
