package org.alongside.app

import android.content.Context
import java.io.File

/**
 * Where her vault lives: `noBackupFilesDir/vault`.
 *
 * Why this exists: Android never copies this folder into a backup or to a new phone, so
 * the encrypted diary stays on this phone only (the manifest's backup rules cover the rest
 * of the app's files). One place, so nothing else guesses the path.
 */
object VaultLocation {
    fun dir(context: Context): File = File(context.noBackupFilesDir, "vault")
}
