package org.alongside.app.reminders

import android.content.Context
import java.io.File
import java.io.IOException

/**
 * Where the restart copy of her reminders ([RestartPlan]) lives: a no-backup file in the
 * app's device-protected storage.
 *
 * Why this exists: the rest of the app's storage cannot be read after a restart until she
 * unlocks the phone, and reminders must come back before that. The file holds only what the
 * core allows outside the vault (numbers, times, the discreet words); it is private to the
 * app, never backed up, and deleted with her diary.
 */
internal class RestartFile(context: Context) {
    private val context = context.applicationContext
    private val file by lazy { File(this.context.createDeviceProtectedStorageContext().noBackupFilesDir, NAME) }

    /** The plan saved last; an empty one if there is none or it can't be read. */
    fun load(): RestartPlan = try {
        file.inputStream().use { input ->
            // Reads one byte past the limit, so an oversized file is refused without reading it all.
            val bytes = ByteArray(RestartPlan.MAX_BYTES + 1)
            var n = 0
            while (n < bytes.size) {
                val read = input.read(bytes, n, bytes.size - n)
                if (read < 0) break
                n += read
            }
            if (n > RestartPlan.MAX_BYTES) RestartPlan(emptyList()) else RestartPlan.decode(String(bytes, 0, n, Charsets.UTF_8))
        }
    } catch (e: IOException) {
        RestartPlan(emptyList())
    }

    /** Replaces the file whole (written beside it, then renamed), so a restart mid-way finds the old or the new. */
    fun save(plan: RestartPlan) {
        try {
            val next = File(file.parentFile, "$NAME.new")
            next.writeText(plan.encode(), Charsets.UTF_8)
            if (!next.renameTo(file)) next.delete()
        } catch (e: IOException) {
            // Reminders still work until the next restart; the next reschedule tries again.
        }
    }

    fun delete() {
        file.delete()
    }

    private companion object {
        const val NAME = "reminders-after-restart"
    }
}
