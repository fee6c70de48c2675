package org.alongside.app

import android.app.Application
import android.os.SystemClock
import androidx.lifecycle.AndroidViewModel
import androidx.lifecycle.DefaultLifecycleObserver
import androidx.lifecycle.LifecycleOwner
import androidx.lifecycle.ProcessLifecycleOwner
import androidx.lifecycle.viewModelScope
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.flow.MutableStateFlow
import kotlinx.coroutines.flow.StateFlow
import kotlinx.coroutines.flow.asStateFlow
import kotlinx.coroutines.launch
import kotlinx.coroutines.withContext
import org.alongside.app.reminders.ReminderScheduler
import org.alongside.core.Alert
import org.alongside.core.AlongsideException
import org.alongside.core.AppointmentStatus
import org.alongside.core.DoseAnswer
import org.alongside.core.DoseEntry
import org.alongside.core.DoseQuestion
import org.alongside.core.DoseStatus
import org.alongside.core.DoseView
import org.alongside.core.Occurrence
import org.alongside.core.ServiceResult
import org.alongside.core.SupportOffer
import org.alongside.core.AppointmentKind
import org.alongside.core.ShareCategory
import org.alongside.core.SharePurpose
import org.alongside.core.SyncListener
import org.alongside.core.SyncProgress
import org.alongside.core.Vault
import org.alongside.core.breastfeedingAdvice
import org.alongside.core.breastfeedingAnswersFromCodes
import org.alongside.core.breastfeedingQuestions
import org.alongside.core.guidanceArticle
import org.alongside.core.supportContacts
import org.alongside.core.supportRequestChoices
import org.alongside.core.vaultExists
import org.alongside.core.wipeVault
import java.time.Duration
import java.time.Instant

/**
 * Holds the vault handle and turns her taps into core calls.
 *
 * Why this exists: the core's calls block (Argon2id alone takes about a second), so they
 * run here, one at a time and in order, on a background thread; the screens only see
 * [state]. The vault is locked when the app leaves the foreground and its native handle is
 * closed when this ViewModel goes away.
 */
class AppViewModel(application: Application) :
    AndroidViewModel(application),
    DefaultLifecycleObserver,
    TodayActions,
    SupportActions,
    SharingActions,
    ServicesActions,
    GuidanceActions {
    private val vaultDir = VaultLocation.dir(application).path
    private val reminders = ReminderScheduler(application)

    /** Dispatchers.IO, one call at a time: a lock queued after an unlock runs after it. */
    private val core = Dispatchers.IO.limitedParallelism(1)

    /** Touched only on [core], except in [onCleared]. */
    @Volatile
    private var vault: Vault? = null

    /** Bumped by every lock (main thread only); results of calls started before are dropped. */
    private var session = 0

    private val _state = MutableStateFlow<AppState>(AppState.Starting)
    val state: StateFlow<AppState> = _state.asStateFlow()

    init {
        ProcessLifecycleOwner.get().lifecycle.addObserver(this)
        viewModelScope.launch {
            _state.value = withContext(core) { start() }
        }
    }

    private fun start(): AppState {
        val text = UiText.load()
        val screen = if (!vaultExists(vaultDir)) {
            Screen.Setup()
        } else {
            try {
                vault = Vault.open(vaultDir)
                Screen.Unlock()
            } catch (e: AlongsideException) {
                Screen.Failed(text.errorText(e))
            }
        }
        return AppState.Ready(text, screen)
    }

    /** First run: creates the vault. [again] is the passcode typed a second time. */
    fun createVault(passcode: String, again: String) {
        val ready = _state.value as? AppState.Ready ?: return
        if (passcode != again) {
            show(Screen.Setup(error = ready.text["setup-passcode-mismatch"]))
            return
        }
        show(Screen.Setup(busy = true))
        callCore({ msg, _ -> Screen.Setup(error = msg) }) { now ->
            val created = Vault.create(vaultDir, passcode)
            vault = created
            todayAfterChange(created, now)
        }
    }

    fun unlock(passcode: String) {
        show(Screen.Unlock(busy = true))
        callCore({ msg, e -> Screen.Unlock(error = msg, retryAt = retryAt(e, Instant.now())) }) { now ->
            val v = vault ?: Vault.open(vaultDir).also { vault = it }
            // Time since the phone started, including deep sleep: a clock she (or anyone
            // holding the phone) cannot set, so moving the phone's clock does not end a pause.
            v.unlock(passcode, now, Duration.ofMillis(SystemClock.elapsedRealtime()))
            todayAfterChange(v, now)
        }
    }

    /**
     * She has forgotten her passcode (from Unlock), or the vault can't be opened (from
     * Failed): the screen where she can delete it and start again.
     */
    fun showWipe() {
        val back = when (val s = currentScreen()) {
            is Screen.Unlock -> s.takeIf { !it.busy }?.copy(error = null)
            is Screen.Failed -> s
            else -> null
        } ?: return
        show(Screen.Wipe(back))
    }

    /** She changed her mind: back to the screen she came from. */
    fun leaveWipe() {
        val wipe = currentScreen() as? Screen.Wipe ?: return
        if (!wipe.busy) show(wipe.back)
    }

    /** Deletes the vault (the core shreds it) and every reminder of it, then shows Setup. */
    fun wipe() {
        val wipe = currentScreen() as? Screen.Wipe ?: return
        if (wipe.busy) return
        show(wipe.copy(busy = true, error = null))
        callCore({ msg, _ -> wipe.copy(busy = false, error = msg) }) { _ ->
            vault?.close()
            vault = null
            wipeVault(vaultDir)
            reminders.clear()
            Screen.Setup()
        }
    }

    /** Locks the vault (key wiped in the core) and shows the unlock screen. */
    override fun lock() {
        val ready = _state.value as? AppState.Ready ?: return
        val inFlight = when (val s = ready.screen) {
            is Screen.Crisis -> unlockedOnly(s.back)
            is Screen.Setup -> s.busy
            is Screen.Unlock -> s.busy
            else -> unlockedOnly(s)
        }
        if (!inFlight) return
        val locking = ++session
        when (val s = ready.screen) {
            // The crisis lines stay on screen (they hold nothing of hers), but what is
            // behind them locks.
            is Screen.Crisis -> show(s.copy(back = Screen.Unlock()))
            else -> if (unlockedOnly(s)) show(Screen.Unlock())
        }
        viewModelScope.launch {
            val hasVault = withContext(core) {
                vault?.lock()
                vault != null
            }
            if (locking == session) show(if (hasVault) Screen.Unlock() else Screen.Setup())
        }
    }

    /** Screens shown only while the vault is unlocked: locking replaces them with Unlock. */
    private fun unlockedOnly(screen: Screen): Boolean = when (screen) {
        is Screen.Today, is Screen.Support, is Screen.Sharing, is Screen.Services -> true
        // Opened from Today, with Today (or her answers and plan) behind them.
        is Screen.Guidance, is Screen.Reading, is Screen.Contacts, is Screen.Feeding -> true
        is Screen.Crisis, is Screen.Setup, is Screen.Unlock -> false
        // Nothing of hers is on these screens, and the vault is already locked.
        is Screen.Failed, is Screen.Wipe -> false
    }

    /** The app went to the background (ProcessLifecycleOwner): lock. */
    override fun onStop(owner: LifecycleOwner) = lock()

    override fun refresh() {
        val today = currentToday()?.takeIf { !it.busy } ?: return
        callCore({ msg, _ -> today.copy(error = msg) }) { now ->
            // A medicine she is looking at stays open (unless she closed it meanwhile).
            Screen.Today(requireVault().today(now), medicine = currentToday()?.medicine)
        }
    }

    override fun logDose(dose: DoseView, status: DoseStatus) {
        val today = currentToday()?.takeIf { !it.busy } ?: return
        val entry = DoseEntry(dose.medicineId, dose.date, dose.slot, status, null, null)
        show(today.copy(busy = true, error = null, confirm = null))
        // A dose already logged as something else is not changed: the core asks first,
        // and Today shows its question until she answers.
        callCore({ msg, e ->
            if (e is AlongsideException.NeedsConfirmation) {
                today.copy(busy = false, confirm = DoseChangeConfirm(entry, e.question, e.confirmLabel, e.cancelLabel))
            } else {
                today.copy(busy = false, error = msg)
            }
        }) { now ->
            val v = requireVault()
            v.logDose(entry, now)
            todayAfterChange(v, now)
        }
    }

    override fun confirmDoseChange() {
        val confirm = currentToday()?.confirm ?: return
        change { v, now -> v.logDose(confirm.confirmed(), now) }
    }

    override fun keepDose() {
        currentToday()?.let { show(it.copy(confirm = null)) }
    }

    override fun answerDoseQuestion(question: DoseQuestion, dates: List<String>, answer: DoseAnswer) =
        change { v, now -> v.answerDoseQuestion(question.medicineId, dates, answer, now) }

    override fun dismissDoseQuestion(question: DoseQuestion) = change { v, now ->
        v.dismissDoseQuestion(question.medicineId, question.days.map { it.date }, now)
    }

    override fun logDosePart(dose: DoseView, amount: Double) = change { v, now ->
        v.logDose(
            DoseEntry(dose.medicineId, dose.date, dose.slot, DoseStatus.PARTLY_TAKEN, dose.takenAt, null, amount),
            now,
        )
    }

    override fun markAppointment(occurrence: Occurrence, status: AppointmentStatus) = change { v, now ->
        v.setAppointmentStatus(occurrence.appointmentId, occurrence.occurrence, status, now)
    }

    override fun rebook(alert: Alert, newStart: String) = change { v, now ->
        val id = alert.appointmentId ?: return@change
        val occurrence = alert.occurrence ?: return@change
        v.rebookMissedAppointmentAt(id, occurrence, newStart, now)
    }

    override fun addOfferedAppointment(offer: SupportOffer) = change { v, now ->
        val draft = offer.appointment ?: return@change
        v.addAppointment(draft, now)
    }

    override fun dismissFollowUp(alert: Alert) = change { v, now ->
        val id = alert.appointmentId ?: return@change
        val occurrence = alert.occurrence ?: return@change
        v.dismissMissedFollowUp(id, occurrence, now)
    }

    override fun showMedicine(alert: Alert) {
        val today = currentToday()?.takeIf { !it.busy } ?: return
        val id = alert.medicineId ?: return
        show(today.copy(busy = true, error = null))
        callCore({ msg, _ -> today.copy(busy = false, error = msg) }) { now ->
            val medicine = requireVault().medicines(now).firstOrNull { it.id == id }
                ?: throw AlongsideException.NotFound("medicine")
            today.copy(busy = false, error = null, medicine = medicine)
        }
    }

    override fun closeMedicine() {
        currentToday()?.let { show(it.copy(medicine = null)) }
    }

    override fun openSupport() {
        val today = currentToday()?.takeIf { !it.busy } ?: return
        show(today.copy(busy = true, error = null))
        callCore({ msg, _ -> today.copy(busy = false, error = msg) }) { _ ->
            val v = requireVault()
            Screen.Support(supportRequestChoices(), v.supportRecipients(), v.supportRequests())
        }
    }

    /** Only collects her choices; any preview is dropped, since it no longer says what would go. */
    override fun editSupport(form: SupportForm) {
        val s = currentScreen() as? Screen.Support ?: return
        if (!s.busy) show(s.copy(form = form, preview = null, error = null))
    }

    override fun previewSupport() = supportCall { v, now, s ->
        val draft = s.form.draft(s.order()) ?: return@supportCall s
        s.copy(preview = v.previewSupportRequest(draft, now))
    }

    override fun sendSupport() = supportCall { v, now, s ->
        val draft = s.form.draft(s.order()) ?: return@supportCall s
        v.sendSupportRequest(draft, now)
        s.copy(form = SupportForm(recipient = s.form.recipient), preview = null, requests = v.supportRequests())
    }

    override fun cancelSupportRequest(requestId: String) = supportCall { v, now, s ->
        v.cancelSupportRequest(requestId, now)
        s.copy(requests = v.supportRequests())
    }

    override fun closeSupport() {
        val s = currentScreen() as? Screen.Support ?: return
        callCore({ msg, _ -> s.copy(busy = false, error = msg) }) { now -> todayAfterChange(requireVault(), now) }
    }

    override fun openCrisis() {
        val here = currentScreen() ?: return
        if (here is Screen.Crisis) return
        viewModelScope.launch {
            // Needs no vault: built from the compiled-in contacts, with no network.
            show(withContext(Dispatchers.Default) { crisisScreen(text, here) })
        }
    }

    override fun closeCrisis() {
        (currentScreen() as? Screen.Crisis)?.let { show(it.back) }
    }

    /** Runs one support-screen call and shows its result (or its error) on the same screen. */
    private fun supportCall(work: (Vault, Instant, Screen.Support) -> Screen.Support) {
        val s = (currentScreen() as? Screen.Support)?.takeIf { !it.busy } ?: return
        show(s.copy(busy = true, error = null))
        callCore({ msg, _ -> s.copy(busy = false, error = msg) }) { now -> work(requireVault(), now, s).copy(busy = false) }
    }

    private fun Screen.Support.order() = SupportChoiceOrder(
        needs = choices.needs.map { it.need },
        methods = choices.methods.map { it.method },
        safeTimes = choices.safeTimes.map { it.time },
    )

    override fun openSharing() {
        val today = currentToday()?.takeIf { !it.busy } ?: return
        show(today.copy(busy = true, error = null))
        callCore({ msg, _ -> today.copy(busy = false, error = msg) }) { now ->
            Screen.Sharing(requireVault().sharingScreen(now))
        }
    }

    override fun editInviteCode(code: String) = editSharing { it.copy(code = code) }

    override fun toggleShare(category: ShareCategory) = editSharing { it.copy(form = it.form.toggle(category)) }

    override fun toggleShareKind(kind: AppointmentKind) = editSharing { it.copy(form = it.form.toggle(kind)) }

    override fun choosePurpose(purpose: SharePurpose) = editSharing { it.copy(form = it.form.choose(purpose)) }

    override fun previewShare(contactId: String) = sharingCall { v, _, s ->
        s.copy(form = s.form.previewed(contactId, v.previewConsent(s.form.draft(contactId, s.view.today, s.view.choices))))
    }

    override fun changeShare() = editSharing { it.copy(form = it.form.unpreviewed()) }

    override fun pairContact() = sharingCall { v, now, s ->
        v.addCareContact(s.code, now)
        s.copy(code = "")
    }

    override fun markVerified(contactId: String) = sharingCall { v, now, s ->
        v.markCareContactVerified(contactId, now)
        s
    }

    override fun shareWith(contactId: String) = sharingCall { v, now, s ->
        val g = v.grantConsent(s.form.draft(contactId, s.view.today, s.view.choices), now)
        s.copy(form = ShareForm.start(s.view.choices), notice = g.summary)
    }

    override fun stopSharing(grantId: String) = sharingCall { v, now, s ->
        s.copy(notice = v.revokeConsent(grantId, now).message)
    }

    override fun syncSharing() = sharingCall { v, now, s ->
        // Progress is not drawn: the screen shows the busy bar until the summary arrives.
        val report = v.syncNow(now, object : SyncListener {
            override fun progress(progress: SyncProgress) {}
        })
        s.copy(notice = report.summary)
    }

    override fun acceptProposal(messageId: String) = sharingCall { v, now, s ->
        v.acceptAppointmentProposal(messageId, now)
        s
    }

    override fun dismissProposal(messageId: String) = sharingCall { v, now, s ->
        v.dismissCareTeamMessage(messageId, now)
        s
    }

    override fun closeSharing() {
        val s = currentScreen() as? Screen.Sharing ?: return
        callCore({ msg, _ -> s.copy(busy = false, error = msg) }) { now -> todayAfterChange(requireVault(), now) }
    }

    private fun editSharing(change: (Screen.Sharing) -> Screen.Sharing) {
        val s = currentScreen() as? Screen.Sharing ?: return
        if (!s.busy) show(change(s).copy(error = null))
    }

    /** Runs one sharing call, then shows the sharing screen read afresh (or the call's error). */
    private fun sharingCall(work: (Vault, Instant, Screen.Sharing) -> Screen.Sharing) {
        val s = (currentScreen() as? Screen.Sharing)?.takeIf { !it.busy } ?: return
        show(s.copy(busy = true, error = null, notice = null))
        callCore({ msg, _ -> s.copy(busy = false, error = msg) }) { now ->
            val v = requireVault()
            val next = work(v, now, s)
            // Read afresh in one call: contacts, agreements, ledger and suggestions.
            next.copy(view = v.sharingScreen(now), busy = false)
        }
    }

    override fun openServices() {
        val today = currentToday()?.takeIf { !it.busy } ?: return
        show(today.copy(busy = true, error = null))
        callCore({ msg, _ -> today.copy(busy = false, error = msg) }) { now ->
            val v = requireVault()
            // Nothing typed or ticked yet: every service, and places for every kind of help.
            val search = ServicesSearch()
            Screen.Services(v.servicesScreen(search.query(emptyList()), now), search)
        }
    }

    /** Only collects her words and choices; the lists change when she searches. */
    override fun editServicesSearch(search: ServicesSearch) {
        val s = currentScreen() as? Screen.Services ?: return
        if (!s.busy) show(s.copy(search = search, error = null))
    }

    override fun searchServices() = servicesCall { v, now, s -> servicesScreen(v, now, s) }

    override fun showService(service: ServiceResult) {
        val s = currentScreen() as? Screen.Services ?: return
        if (!s.busy) show(s.copy(service = service, venue = null, error = null))
    }

    override fun showVenue(venueId: String) = servicesCall { v, _, s ->
        s.copy(venue = v.venue(venueId), service = null)
    }

    override fun closeServiceDetail() {
        val s = currentScreen() as? Screen.Services ?: return
        if (!s.busy) show(s.copy(service = null, venue = null, error = null))
    }

    override fun closeServices() {
        val s = currentScreen() as? Screen.Services ?: return
        callCore({ msg, _ -> s.copy(busy = false, error = msg) }) { now -> todayAfterChange(requireVault(), now) }
    }

    /** Runs one services-screen call and shows its result (or its error) on the same screen. */
    private fun servicesCall(work: (Vault, Instant, Screen.Services) -> Screen.Services) {
        val s = (currentScreen() as? Screen.Services)?.takeIf { !it.busy } ?: return
        show(s.copy(busy = true, error = null))
        callCore({ msg, _ -> s.copy(busy = false, error = msg) }) { now -> work(requireVault(), now, s).copy(busy = false) }
    }

    /** The core's services screen for her search: the services, and the places for the next days. */
    private fun servicesScreen(v: Vault, now: Instant, s: Screen.Services): Screen.Services {
        return s.copy(
            view = v.servicesScreen(s.search.query(s.view.kinds.map { it.category }), now),
            service = null,
            venue = null,
            busy = false,
        )
    }

    override fun openGuidance() {
        if (currentScreen() is Screen.Today) openOver { _, _ -> Screen.Guidance(requireVault().guidanceForMe()) }
    }

    override fun openArticle(articleId: String) = openOver { _, back -> Screen.Reading(guidanceArticle(articleId), back) }

    // Needs no vault: the compiled-in contacts table.
    override fun openGuidanceContacts() = openOver { _, back -> Screen.Contacts(supportContacts(), back) }

    override fun openFeeding() = openOver { now, back ->
        Screen.Feeding(breastfeedingQuestions(), back, plan = requireVault().breastfeedingPlan(now))
    }

    override fun editFeeding(form: BreastfeedingForm) {
        val s = currentScreen() as? Screen.Feeding ?: return
        if (!s.busy) show(s.copy(form = form, advice = null, error = null, notice = null))
    }

    override fun seeFeedingAdvice() = feedingCall { _, now, s ->
        s.copy(advice = breastfeedingAdvice(breastfeedingAnswersFromCodes(s.form.codes(s.questions)), now), showPlan = false)
    }

    override fun saveFeedingPlan() = feedingCall { v, now, s ->
        val plan = v.saveBreastfeedingPlan(breastfeedingAnswersFromCodes(s.form.codes(s.questions)), now)
        s.copy(plan = plan, showPlan = true, notice = text["guidance-screen-plan-saved"])
    }

    override fun showFeedingPlan(show: Boolean) {
        val s = currentScreen() as? Screen.Feeding ?: return
        if (!s.busy) show(s.copy(showPlan = show && s.plan != null, confirmDelete = false, notice = null, error = null))
    }

    override fun askDeleteFeedingPlan(ask: Boolean) {
        val s = currentScreen() as? Screen.Feeding ?: return
        if (!s.busy) show(s.copy(confirmDelete = ask && s.plan != null, notice = null, error = null))
    }

    override fun deleteFeedingPlan() = feedingCall { v, now, s ->
        v.deleteBreastfeedingPlan(now)
        s.copy(plan = null, showPlan = false, confirmDelete = false, notice = text["guidance-screen-plan-deleted"])
    }

    override fun leaveGuidance() {
        when (val here = currentScreen()) {
            is Screen.Guidance -> if (!here.busy) backToToday { here.copy(busy = false, error = it) }
            is Screen.Reading -> goBack(here.back)
            is Screen.Contacts -> goBack(here.back)
            is Screen.Feeding -> if (!here.busy) goBack(here.back)
            else -> {}
        }
    }

    /** Shows [back] again; Today is read afresh (and shown as it was, with the error, if that fails). */
    private fun goBack(back: Screen) {
        if (back is Screen.Today) backToToday { back.copy(busy = false, error = it) } else show(back)
    }

    private fun backToToday(onError: (String) -> Screen) =
        callCore({ msg, _ -> onError(msg) }) { now -> Screen.Today(requireVault().today(now)) }

    /**
     * Runs one call that opens a screen over the one she is on (Today or the guidance list),
     * which [work] gets as the screen to go back to. An error shows on the screen she is on.
     */
    private fun openOver(work: (Instant, Screen) -> Screen) {
        val here = currentScreen() ?: return
        val busy: Screen
        val back: Screen
        val failed: (String) -> Screen
        when (here) {
            is Screen.Today -> {
                if (here.busy) return
                busy = here.copy(busy = true, error = null)
                back = here.copy(busy = false, error = null)
                failed = { here.copy(busy = false, error = it) }
            }
            is Screen.Guidance -> {
                if (here.busy) return
                busy = here.copy(busy = true, error = null)
                back = here.copy(busy = false, error = null)
                failed = { here.copy(busy = false, error = it) }
            }
            else -> return
        }
        show(busy)
        callCore({ msg, _ -> failed(msg) }) { now -> work(now, back) }
    }

    /** Runs one call on the breastfeeding screen and shows its result (or its error) there. */
    private fun feedingCall(work: (Vault, Instant, Screen.Feeding) -> Screen.Feeding) {
        val s = (currentScreen() as? Screen.Feeding)?.takeIf { !it.busy } ?: return
        show(s.copy(busy = true, error = null, notice = null))
        callCore({ msg, _ -> s.copy(busy = false, error = msg) }) { now -> work(requireVault(), now, s).copy(busy = false) }
    }

    /** The core's screen copy. */
    private val text: UiText get() = (_state.value as? AppState.Ready)?.text ?: UiText(emptyMap())

    override fun onCleared() {
        ProcessLifecycleOwner.get().lifecycle.removeObserver(this)
        // Frees the native handle (after any call still running); the core drops the
        // database connection and wipes the key with it.
        vault?.close()
        vault = null
    }

    /** Runs one Today action, then shows the fresh Today (or the action's error). */
    private fun change(action: (Vault, Instant) -> Unit) {
        val today = currentToday() ?: return
        show(today.copy(busy = true, error = null))
        callCore({ msg, _ -> today.copy(busy = false, error = msg) }) { now ->
            val v = requireVault()
            action(v, now)
            todayAfterChange(v, now)
        }
    }

    /** Today after anything that can change reminders: reschedules them too. */
    private fun todayAfterChange(v: Vault, now: Instant): Screen.Today {
        val view = v.today(now)
        val reminderError = try {
            reminders.reschedule(v, now)
            null
        } catch (e: AlongsideException) {
            e
        }
        val text = (_state.value as? AppState.Ready)?.text
        return Screen.Today(view, error = reminderError?.let { text?.errorText(it) })
    }

    /**
     * Runs [work] on [core] and shows its screen, unless she locked the app meanwhile.
     * A core error becomes [onError]'s screen; `Locked` always means the unlock screen.
     */
    private fun callCore(
        onError: (message: String, e: AlongsideException) -> Screen,
        work: (now: Instant) -> Screen,
    ) {
        val started = session
        viewModelScope.launch {
            val next = withContext(core) {
                try {
                    work(Instant.now())
                } catch (e: AlongsideException.Locked) {
                    Screen.Unlock()
                } catch (e: AlongsideException) {
                    val text = (_state.value as? AppState.Ready)?.text ?: UiText(emptyMap())
                    onError(text.errorText(e), e)
                }
            }
            if (started == session) show(next)
        }
    }

    private fun requireVault(): Vault = vault ?: throw AlongsideException.Locked()

    private fun currentScreen(): Screen? = (_state.value as? AppState.Ready)?.screen

    private fun currentToday(): Screen.Today? = currentScreen() as? Screen.Today

    private fun show(screen: Screen) {
        val ready = _state.value as? AppState.Ready ?: return
        _state.value = ready.copy(screen = screen)
    }
}
