package org.alongside.app

import java.io.ByteArrayOutputStream
import java.io.InputStream

/**
 * Reads a directory file she picked, never more than [LIMIT] bytes, however long the file.
 *
 * Why this exists: every read of outside bytes is bounded while reading. [LIMIT] is one
 * byte more than the largest directory the core accepts (32 MiB), so a longer file reaches
 * the core just too long, and the core refuses it in its words; the shell decides nothing.
 */
object DirectoryFile {
    const val LIMIT: Int = 32 * 1024 * 1024 + 1

    fun read(input: InputStream, limit: Int = LIMIT): ByteArray {
        val out = ByteArrayOutputStream()
        val buffer = ByteArray(64 * 1024)
        var total = 0
        while (total < limit) {
            val n = input.read(buffer, 0, minOf(buffer.size, limit - total))
            if (n < 0) break
            out.write(buffer, 0, n)
            total += n
        }
        return out.toByteArray()
    }
}
