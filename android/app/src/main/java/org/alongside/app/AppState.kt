package org.alongside.app

import org.alongside.core.Article
import org.alongside.core.ArticleSummary
import org.alongside.core.BreastfeedingAdvice
import org.alongside.core.BreastfeedingPlan
import org.alongside.core.BreastfeedingQuestion
import org.alongside.core.CrisisHelp
import org.alongside.core.DoseEntry
import org.alongside.core.Medicine
import org.alongside.core.ServiceResult
import org.alongside.core.ServicesView
import org.alongside.core.SharingView
import org.alongside.core.SupportContact
import org.alongside.core.SupportRecipientOption
import org.alongside.core.SupportRequestChoices
import org.alongside.core.SupportRequestPreview
import org.alongside.core.SupportRequestView
import org.alongside.core.TodayView
import org.alongside.core.VenueDetail
import java.time.Instant

/**
 * Where the vault session is, as one value the root renders.
 *
 * Why this exists: the session publishes one immutable state; locking replaces it, and
 * every feature's state with it, so nothing of her diary is left on screen.
 */
sealed interface AppState {
    /** Reading the core's copy and looking for a vault. */
    data object Starting : AppState

    /** Ready: the core's copy and the session's screen ([Screen.Open]: her diary, in tabs). */
    data class Ready(val text: UiText, val screen: Screen) : AppState
}

/**
 * One screen and what it needs: the session's own (set-up, unlock, wipe, open) and each
 * feature's state. `busy` is true while a core call for it is running.
 */
sealed interface Screen {
    /** First run: no vault yet. */
    data class Setup(val busy: Boolean = false, val error: String? = null) : Screen

    /** A vault exists and is locked. [retryAt]: the core asked her to wait until then. */
    data class Unlock(
        val busy: Boolean = false,
        val error: String? = null,
        val retryAt: Instant? = null,
    ) : Screen

    /**
     * Her diary is open: the tabs show, each feature with its own state. [problem]: the
     * core's words if her reminders could not be set as it opened.
     */
    data class Open(val problem: String? = null) : Screen

    /** Unlocked: the core's Today view, and the medicine an alert asked to show, if any. */
    data class Today(
        val view: TodayView,
        val busy: Boolean = false,
        val error: String? = null,
        val medicine: Medicine? = null,
        /** The core asked before changing a dose she already logged; shown as a dialog. */
        val confirm: DoseChangeConfirm? = null,
    ) : Screen

    /**
     * Asking for support: the form's choices and whom she can ask (the core's), what she has
     * chosen, the word-for-word preview once she asks for it, and the requests she has sent.
     */
    data class Support(
        val choices: SupportRequestChoices,
        val recipients: List<SupportRecipientOption>,
        val requests: List<SupportRequestView>,
        val form: SupportForm = SupportForm(),
        val preview: SupportRequestPreview? = null,
        val busy: Boolean = false,
        val error: String? = null,
    ) : Screen

    /**
     * Sharing with her team: the core's sharing screen ([view]: whom she paired with and
     * their safety numbers, what she shares with each, what has gone, what waits and their
     * suggestions, in one call). [form] is what she has ticked and the core's preview of it;
     * [notice] is the core's words after an action.
     */
    data class Sharing(
        val view: SharingView,
        val code: String = "",
        val form: ShareForm = ShareForm.start(view.choices),
        val notice: String? = null,
        val busy: Boolean = false,
        val error: String? = null,
    ) : Screen

    /**
     * Services from the installed directory: the core's services screen for her last search
     * ([view]: the directory's status, the kinds of help in the core's order, what it found,
     * and the places where several services meet over the days the core chose), and her
     * search as she is editing it. [service] or [venue], when set, is the one she tapped,
     * shown in full over the lists.
     */
    data class Services(
        val view: ServicesView,
        val search: ServicesSearch = ServicesSearch(),
        val service: ServiceResult? = null,
        val venue: VenueDetail? = null,
        val busy: Boolean = false,
        val error: String? = null,
    ) : Screen

    /** The guidance list, in the order the core puts it for her (`guidance_for_me`). */
    data class Guidance(
        val articles: List<ArticleSummary>,
        val busy: Boolean = false,
        val error: String? = null,
    ) : Screen

    /** One article as the core renders it. */
    data class Reading(val article: Article) : Screen

    /** Every support and crisis line (`support_contacts()`). */
    data class Contacts(val contacts: List<SupportContact>) : Screen

    /**
     * The breastfeeding questions: the core's questions, the codes she has picked, the core's
     * advice once she asks for it, and her saved plan (shown when [showPlan]). [confirmDelete]
     * is true while she is asked whether to delete the plan; [notice] is a word after an action.
     */
    data class Feeding(
        val questions: List<BreastfeedingQuestion>,
        val form: BreastfeedingForm = BreastfeedingForm(),
        val advice: BreastfeedingAdvice? = null,
        val plan: BreastfeedingPlan? = null,
        val showPlan: Boolean = false,
        val confirmDelete: Boolean = false,
        val notice: String? = null,
        val busy: Boolean = false,
        val error: String? = null,
    ) : Screen

    /**
     * "I'm not safe right now": the crisis lines, over whichever screen she is on; if the
     * core could not read them, no [help] and its words for why in [error].
     */
    data class Crisis(val help: CrisisHelp?, val error: String? = null) : Screen

    /** The vault can't be opened at all (for example a damaged key file). */
    data class Failed(val message: String) : Screen

    /**
     * Starting again: she confirms, and the core deletes the vault. [back] is the screen she
     * came from (Unlock or Failed), shown again if she changes her mind.
     */
    data class Wipe(val back: Screen, val busy: Boolean = false, val error: String? = null) : Screen
}

/**
 * Whether this session screen has her diary open, or is about to: the app locks when she
 * leaves it. Open; asked from settings whether to delete it; or a create or unlock still
 * running (its result is then dropped). Not set-up, unlock, a failed vault, or a wipe from
 * the unlock screen: nothing of hers is open there.
 */
fun Screen.locksOnLeaving(): Boolean = when (this) {
    is Screen.Open -> true
    is Screen.Wipe -> back is Screen.Open && !busy
    is Screen.Setup -> busy
    is Screen.Unlock -> busy
    else -> false
}

/**
 * The core's question before it changes a dose she already logged (taken to missed, say):
 * its words, and the entry to log again with her yes.
 *
 * Why this exists: the core never changes a logged dose silently, so Today keeps the
 * question until she answers it.
 */
data class DoseChangeConfirm(
    val entry: DoseEntry,
    val question: String,
    val confirmLabel: String,
    val cancelLabel: String,
) {
    /** The same entry with her yes, for `logDose`. */
    fun confirmed(): DoseEntry = entry.copy(confirmChange = true)
}
