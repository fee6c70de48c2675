package org.alongside.core

import org.junit.Assert.assertEquals
import java.io.File

/** The repository's root, found from the working directory (tests/run runs from it or below). */
val repoRoot: File by lazy {
    var dir: File? = File("").absoluteFile
    while (dir != null && !File(dir, "core/tests/fixtures").isDirectory) dir = dir.parentFile
    dir!!
}

/** Runs the workspace's `alongside` CLI (built by tests/run), asserts it succeeded, and returns what it printed. */
fun cli(vararg args: String): String {
    val p = ProcessBuilder(listOf(File(repoRoot, "target/debug/alongside").path) + args)
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start()
    val out = p.inputStream.bufferedReader().readText()
    assertEquals("alongside ${args.joinToString(" ")}", 0, p.waitFor())
    return out
}

/** A relay process on loopback with its database in [dir]; its URL, and a way to stop it. */
class RelayProcess(dir: File) : AutoCloseable {
    private val process: Process = ProcessBuilder(
        File(repoRoot, "target/debug/alongside-relay").path,
        "--listen", "127.0.0.1:0",
        "--database", File(dir, "relay.sqlite3").path,
        "--now", "2026-11-23T09:00:00Z",
    ).redirectError(ProcessBuilder.Redirect.DISCARD).start()

    val url: String = "http://" + process.inputStream.bufferedReader().readLine().removePrefix("listening on ")

    override fun close() {
        process.destroy()
        process.waitFor()
    }
}

/** Runs `alongside team init` in [dir] for a member on [relayUrl]; returns the invite code. */
fun teamInit(dir: String, relayUrl: String, name: String, role: String): String {
    // At the tests' fixed Monday morning: an invite is refused once it is 30 days old.
    val out = cli(
        "--json", "--now", "2026-11-23T09:00:00Z",
        "team", "init", "--dir", dir, "--relay", relayUrl, "--name", name, "--role", role,
    )
    return Regex("\"invite\"\\s*:\\s*\"([^\"]+)\"").find(out)!!.groupValues[1]
}
