// core-kotlin: alongside-core as a Kotlin library for the Android app.
//
// - main: the UniFFI-generated bindings (package org.alongside.core), produced from the
//   built Rust library by bindings/generate into target/bindings/kotlin before anything
//   compiles (generateBindings), plus JNA, which the bindings call the native library
//   through, plus the phone's native libraries: alongside-core cross-compiled with cargo-ndk
//   for each ABI the app ships into target/android/jniLibs before they are merged
//   (buildNativeLibraries). Needs the Rust toolchain with the Android targets, cargo-ndk
//   and the NDK below (see the README).
// - test: plain JVM unit tests (JUnit 4) that call every exported function against a host
//   build of the library (target/debug). tests/run runs the same files with kotlinc.
import org.jetbrains.kotlin.gradle.dsl.JvmTarget

plugins {
    id("com.android.library")
    id("org.jetbrains.kotlin.android")
}

val repoRoot: File = rootProject.projectDir.parentFile
val generatedBindings: File = repoRoot.resolve("target/bindings/kotlin")
val hostLibraryDir: File = repoRoot.resolve("target/debug")
val jniLibsDir: File = repoRoot.resolve("target/android/jniLibs")

val generateBindings by tasks.registering(Exec::class) {
    group = "build"
    description = "Builds alongside-core (debug) and generates its Kotlin bindings (bindings/generate)."
    workingDir = repoRoot
    commandLine(repoRoot.resolve("bindings/generate").path)
    inputs.dir(repoRoot.resolve("core/src"))
    inputs.file(repoRoot.resolve("core/Cargo.toml"))
    inputs.file(repoRoot.resolve("bindings/uniffi.toml"))
    outputs.dir(generatedBindings)
}

// The ABIs the app ships: phones (64- and 32-bit ARM) and the emulator.
val androidAbis = listOf("arm64-v8a", "armeabi-v7a", "x86_64")

val buildNativeLibraries by tasks.registering(Exec::class) {
    group = "build"
    description = "Cross-compiles alongside-core (release) for ${androidAbis.joinToString()} with cargo-ndk into target/android/jniLibs."
    workingDir = repoRoot
    // Release even in debug builds: unoptimised, Argon2id and SQLCipher make every unlock
    // crawl on a phone. API level 26 is minSdk.
    commandLine(
        listOf("cargo", "ndk") + androidAbis.flatMap { listOf("-t", it) } +
            listOf("--platform", "26", "-o", jniLibsDir.path, "build", "--release", "-p", "alongside-core", "--lib"),
    )
    inputs.dir(repoRoot.resolve("core/src"))
    inputs.dir(repoRoot.resolve("core/content"))
    inputs.dir(repoRoot.resolve("core/migrations"))
    inputs.dir(repoRoot.resolve("protocol/src"))
    // The relay's client is built into the core.
    inputs.dir(repoRoot.resolve("relay/src"))
    inputs.file(repoRoot.resolve("Cargo.toml"))
    inputs.file(repoRoot.resolve("core/Cargo.toml"))
    inputs.file(repoRoot.resolve("Cargo.lock"))
    outputs.dir(jniLibsDir)
    doFirst {
        // cargo-ndk finds the NDK through ANDROID_NDK_HOME; by default, the one pinned below.
        if (System.getenv("ANDROID_NDK_HOME") == null) {
            environment("ANDROID_NDK_HOME", android.ndkDirectory.path)
        }
    }
}

android {
    namespace = "org.alongside.core"
    compileSdk = 35
    // The NDK cargo-ndk builds with (r27c, a long-term release): `sdkmanager "ndk;27.2.12479018"`.
    ndkVersion = "27.2.12479018"

    defaultConfig {
        // 26: java.time.Instant (the bindings' timestamp type) without desugaring.
        minSdk = 26
        consumerProguardFiles("consumer-rules.pro")
    }

    compileOptions {
        sourceCompatibility = JavaVersion.VERSION_17
        targetCompatibility = JavaVersion.VERSION_17
    }

    sourceSets {
        getByName("main") {
            java.srcDir(generatedBindings)
            jniLibs.srcDir(jniLibsDir)
        }
        getByName("test") {
            java.srcDir("src/test/kotlin")
        }
    }

    testOptions {
        unitTests.all { test ->
            test.dependsOn(generateBindings)
            // JNA loads libalongside_core.so for the host from here.
            test.systemProperty("jna.library.path", hostLibraryDir.path)
        }
    }
}

kotlin {
    compilerOptions {
        jvmTarget.set(JvmTarget.JVM_17)
    }
}

tasks.named("preBuild") {
    dependsOn(generateBindings)
}

// The native libraries are built before any variant merges its jniLibs folders, so the APK
// always carries a library built from the same source as the bindings.
tasks.matching { it.name.startsWith("merge") && it.name.endsWith("JniLibFolders") }.configureEach {
    dependsOn(buildNativeLibraries)
}

dependencies {
    // The AAR carries JNA's native dispatch library for every Android ABI.
    implementation("net.java.dev.jna:jna:5.13.0@aar")

    // On the host JVM the plain JAR supplies the desktop dispatch library instead.
    testImplementation("net.java.dev.jna:jna:5.13.0")
    testImplementation("junit:junit:4.13.2")
}
