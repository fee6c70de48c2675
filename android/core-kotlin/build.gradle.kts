// core-kotlin: alongside-core as a Kotlin library for the Android app.
//
// - main: the UniFFI-generated bindings (package org.alongside.core), produced from the
//   built Rust library by bindings/generate into target/bindings/kotlin, plus JNA, which the
//   bindings call the native library through. The phone's native libraries (one per ABI)
//   are cross-compiled into target/android/jniLibs by the Android build step of a later
//   issue.
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

android {
    namespace = "org.alongside.core"
    compileSdk = 35

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
            jniLibs.srcDir(repoRoot.resolve("target/android/jniLibs"))
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

dependencies {
    // The AAR carries JNA's native dispatch library for every Android ABI.
    implementation("net.java.dev.jna:jna:5.13.0@aar")

    // On the host JVM the plain JAR supplies the desktop dispatch library instead.
    testImplementation("net.java.dev.jna:jna:5.13.0")
    testImplementation("junit:junit:4.13.2")
}
