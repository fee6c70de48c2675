package org.alongside.app.models

import android.app.Application
import android.net.Uri
import androidx.core.content.FileProvider
import androidx.lifecycle.ViewModelProvider
import kotlinx.coroutines.flow.MutableStateFlow
import kotlinx.coroutines.flow.StateFlow
import kotlinx.coroutines.flow.asStateFlow
import org.alongside.app.DirectoryFile
import org.alongside.app.PasscodeInput
import org.alongside.app.SettingsFeature
import org.alongside.app.SettingsState
import org.alongside.core.BabyStatus
import org.alongside.core.ExportFile
import org.alongside.core.ExportFormat
import org.alongside.core.NotificationWording
import org.alongside.core.QuickExitDestination
import java.io.File
import java.io.IOException

/** A copy of her diary in the app's cache, ready for the share sheet. */
data class ShareFile(val uri: Uri, val mimeType: String, val file: File)

/**
 * Settings on the core's thread ([SettingsFeature]), plus the two things only Android can
 * do: handing a copy of her diary to the share sheet (a file in the app's cache, owner-only,
 * shared through a FileProvider URI and deleted when she comes back), and reading a
 * directory file she picked (bounded while reading, [DirectoryFile]).
 */
class SettingsViewModel(session: SessionViewModel) : FeatureViewModel<SettingsState>(session) {
    private val feature = SettingsFeature(session.session)
    private val app: Application = session.getApplication()

    private val _share = MutableStateFlow<ShareFile?>(null)

    /** A copy waiting for the share sheet: the screen opens it, then calls [shareClosed]. */
    val share: StateFlow<ShareFile?> = _share.asStateFlow()

    init {
        // Nothing of hers waits in the cache once the diary is locked.
        session.onLock { shareClosed() }
    }

    private fun busy(s: SettingsState) = s.copy(busy = true, error = null, notice = null)

    fun show() = load { feature.open(it) }

    fun editPasscode(input: PasscodeInput) = edit { feature.editPasscode(it, input) }

    fun editUpdatesAddress(address: String) = edit { feature.editUpdatesAddress(it, address) }

    fun editBaby(status: BabyStatus, since: String) = edit { feature.editBaby(it, status, since) }

    fun editDates(due: String, born: String) = edit { feature.editDates(it, due, born) }

    fun setWording(wording: NotificationWording) = act(::busy) { feature.setWording(it, wording) }

    fun setQuickExit(destination: QuickExitDestination) = act(::busy) { feature.setQuickExit(it, destination) }

    fun setTimeZone(zone: String) = act(::busy) { feature.setTimeZone(it, zone) }

    fun changePasscode() = act(::busy) { feature.changePasscode(it) }

    fun setSample(on: Boolean) = act(::busy) { feature.setSample(it, on) }

    fun setUpdates(on: Boolean) = act(::busy) { feature.setUpdates(it, on) }

    fun checkForUpdate() = act(::busy) { feature.checkForUpdate(it) }

    fun saveBaby() = act(::busy) { feature.saveBaby(it) }

    fun saveDates() = act(::busy) { feature.saveDates(it) }

    fun chooseForget(months: UInt) = act(::busy) { feature.chooseForget(it, months) }

    fun confirmForget() = act(::busy) { feature.confirmForget(it) }

    fun cancelForget() = edit { feature.cancelForget(it) }

    /** Asks the core for the copy and writes it to the cache for the share sheet. */
    fun export(format: ExportFormat) = act(::busy) { s ->
        val next = feature.export(s, format)
        next.export?.let { _share.value = write(it) }
        feature.exported(next)
    }

    /** She came back from the share sheet: the copy is deleted. */
    fun shareClosed() {
        _share.value?.file?.delete()
        _share.value = null
    }

    /** Reads the file she picked (at most [DirectoryFile.limit] bytes) and hands it to the core. */
    fun install(uri: Uri) = act(::busy) { s ->
        // A file that can't be read goes to the core as far as it was read (perhaps nothing),
        // and the core says in its words that it is not a directory it can use.
        val bytes = try {
            app.contentResolver.openInputStream(uri)?.use { DirectoryFile.read(it) }
        } catch (e: IOException) {
            null
        } catch (e: SecurityException) {
            null
        }
        feature.installDirectory(s, bytes ?: ByteArray(0))
    }

    /** She is about to pick a file or share a copy: leaving for that system screen does not lock. */
    fun leavingForSystemScreen() = session.holdOpenOnce()

    /** Deleting her diary: the session's wipe screen, from here. */
    fun wipe() = session.showWipe()

    /** Writes [export] to the cache, readable by this app only, and makes its share URI. */
    private fun write(export: ExportFile): ShareFile {
        val dir = File(app.cacheDir, EXPORT_DIR).apply { mkdirs() }
        // A copy left by a share sheet that never came back goes now.
        dir.listFiles()?.forEach { it.delete() }
        val file = File(dir, export.fileName)
        file.writeText(export.contents, Charsets.UTF_8)
        file.setReadable(false, false)
        file.setReadable(true, true)
        file.setWritable(false, false)
        file.setWritable(true, true)
        val uri = FileProvider.getUriForFile(app, "${app.packageName}.exports", file)
        return ShareFile(uri, export.mimeType, file)
    }

    override fun onCleared() {
        shareClosed()
    }

    companion object {
        /** The cache folder for copies on their way to the share sheet (res/xml/export_paths.xml). */
        const val EXPORT_DIR = "exports"

        /** Makes it for the activity, with the session it runs on. */
        fun factory(session: SessionViewModel): ViewModelProvider.Factory = featureFactory { SettingsViewModel(session) }
    }
}
