package org.alongside.app

import org.alongside.core.directoryFileLimit
import java.io.ByteArrayOutputStream
import java.io.InputStream

/**
 * Reads a directory file she picked, never more than [limit] bytes, however long the file.
 *
 * Why this exists: every read of outside bytes is bounded while reading. [limit] is one
 * byte more than the largest directory the core accepts (`directory_file_limit()`), so a
 * longer file reaches the core just too long, and the core refuses it in its words; the
 * shell holds no number of its own.
 */
object DirectoryFile {
    /** The core's largest directory, plus the one byte that shows a file is longer. */
    val limit: Int get() = (directoryFileLimit().toLong() + 1).coerceAtMost(Int.MAX_VALUE.toLong()).toInt()

    fun read(input: InputStream, limit: Int = this.limit): ByteArray {
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
