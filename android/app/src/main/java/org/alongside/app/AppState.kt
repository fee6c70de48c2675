package org.alongside.app

import org.alongside.core.Article
import org.alongside.core.ArticleSummary
import org.alongside.core.BreastfeedingAdvice
import org.alongside.core.BreastfeedingPlan
import org.alongside.core.BreastfeedingQuestion
import org.alongside.core.CareContact
import org.alongside.core.CareTeamMessage
import org.alongside.core.CategoryChoice
import org.alongside.core.ConsentGrant
import org.alongside.core.CrisisHelp
import org.alongside.core.DirectoryStatus
import org.alongside.core.DoseEntry
import org.alongside.core.LedgerEntry
import org.alongside.core.ShareChoices
import org.alongside.core.Medicine
import org.alongside.core.ServiceResult
import org.alongside.core.SupportContact
import org.alongside.core.SupportRecipientOption
import org.alongside.core.SupportRequestChoices
import org.alongside.core.SupportRequestPreview
import org.alongside.core.SupportRequestView
import org.alongside.core.TodayView
import org.alongside.core.VenueDetail
import org.alongside.core.VenueHub
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
     * Sharing with her team: whom she paired with (and their safety numbers), what she shares
     * with each, what has gone (the ledger) and their suggestions. [today] is the core's date,
     * the first day a new agreement covers; [form] is what she has ticked and the core's
     * preview of it; [notice] is the core's words after an action.
     */
    data class Sharing(
        val today: String,
        val choices: ShareChoices,
        val contacts: List<CareContact>,
        val safetyNumbers: Map<String, List<String>>,
        val grants: List<ConsentGrant>,
        val ledger: List<LedgerEntry>,
        val messages: List<CareTeamMessage>,
        val code: String = "",
        val form: ShareForm = ShareForm.start(choices),
        val notice: String? = null,
        val busy: Boolean = false,
        val error: String? = null,
    ) : Screen

    /**
     * Services from the installed directory: its status line ([status] is null when none is
     * installed), the kinds of help she can filter by ([kinds], the core's, in its order),
     * her search and what the core found, and the places where several services meet over
     * the next days from [today] (the core's date). [service] or [venue], when set, is the
     * one she tapped, shown in full over the lists.
     */
    data class Services(
        val today: String,
        val status: DirectoryStatus?,
        val kinds: List<CategoryChoice>,
        val results: List<ServiceResult>,
        val hubs: List<VenueHub>,
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

    /** "I'm not safe right now": the crisis lines, over whichever screen she is on. */
    data class Crisis(val help: CrisisHelp) : Screen

    /** The vault can't be opened at all (for example a damaged key file). */
    data class Failed(val message: String) : Screen

    /**
     * Starting again: she confirms, and the core deletes the vault. [back] is the screen she
     * came from (Unlock or Failed), shown again if she changes her mind.
     */
    data class Wipe(val back: Screen, val busy: Boolean = false, val error: String? = null) : Screen
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
