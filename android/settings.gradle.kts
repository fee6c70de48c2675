// Alongside for Android: app, the Jetpack Compose shell, over core-kotlin, alongside-core's
// UniFFI bindings with their JVM tests.
//
// Needs Gradle 8.9 or newer and JDK 17 (Android Gradle plugin 8.7). The same JVM tests also
// run without Gradle or the Android SDK: tests/run compiles them (and the app's plain JVM
// tests) with kotlinc.

pluginManagement {
    repositories {
        google()
        mavenCentral()
        gradlePluginPortal()
    }
}

dependencyResolutionManagement {
    repositoriesMode.set(RepositoriesMode.FAIL_ON_PROJECT_REPOS)
    repositories {
        google()
        mavenCentral()
    }
}

rootProject.name = "alongside-android"

include(":app")
include(":core-kotlin")
