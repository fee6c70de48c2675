package org.alongside.app

import org.alongside.core.uiStrings
import org.junit.Assert.assertTrue
import org.junit.Test
import java.io.File

// Neither phone can be built here, so a misspelt message id would only show on a device (as
// the id itself). Every `text["…"]` in both shells must be screen copy the core has.
class ShellWordsTest {
    private val root: File = generateSequence(File("").absoluteFile) { it.parentFile }
        .first { File(it, "android/app/src/main").isDirectory }

    @Test
    fun every_word_id_either_phone_asks_for_is_in_the_cores_screen_copy() {
        val strings = uiStrings()
        val used = sequenceOf("android/app/src/main", "ios/AlongsideApp/Sources")
            .flatMap { File(root, it).walkTopDown() }
            .filter { it.isFile && (it.extension == "kt" || it.extension == "swift") }
            .flatMap { file -> Regex("""text\["([a-z0-9-]+)"]""").findAll(file.readText()).map { file.name to it.groupValues[1] } }
            .toList()
        assertTrue("the scan found the shells' words", used.size > 50)
        val missing = used.filter { (_, id) -> id !in strings }
        assertTrue("ids the core has no copy for: $missing", missing.isEmpty())
    }
}
