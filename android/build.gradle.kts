// Plugin versions for every module, applied per module. Kotlin matches the kotlinc that
// tests/run uses for the same tests, so both builds compile the bindings the same way;
// the Compose compiler plugin ships with Kotlin and takes its version.
plugins {
    id("com.android.application") version "8.7.3" apply false
    id("com.android.library") version "8.7.3" apply false
    id("org.jetbrains.kotlin.android") version "2.4.20" apply false
    id("org.jetbrains.kotlin.plugin.compose") version "2.4.20" apply false
}
