// :app — the Alongside Android app: a thin Jetpack Compose shell over alongside-core.
//
// It renders the core's view records and forwards her taps to the core (through
// :core-kotlin, the UniFFI bindings). Every rule and every word comes from the core; the
// app label in res/values/strings.xml is the one exception, because Android shows it
// before any of our code runs.
//
// Build: open android/ in Android Studio, or `gradle :app:assembleDebug` from android/ (Gradle
// 8.9 or newer; there is no wrapper, see the README). :core-kotlin generates the bindings and
// cross-compiles the phone's native libraries (cargo-ndk) as part of the same build.
import org.jetbrains.kotlin.gradle.dsl.JvmTarget

plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
    id("org.jetbrains.kotlin.plugin.compose")
}

android {
    namespace = "org.alongside.app"
    compileSdk = 35
    // The same NDK as :core-kotlin, whose tools strip the native libraries in the APK.
    ndkVersion = "27.2.12479018"

    defaultConfig {
        applicationId = "org.alongside.app"
        // 26: java.time.Instant without desugaring, as in :core-kotlin.
        minSdk = 26
        targetSdk = 35
        versionCode = 1
        versionName = "0.1.0"
    }

    buildTypes {
        release {
            // Off until a release build has been checked on a phone: JNA and the UniFFI
            // bindings are reached by reflection (the keep rules ship in :core-kotlin).
            isMinifyEnabled = false
        }
    }

    compileOptions {
        sourceCompatibility = JavaVersion.VERSION_17
        targetCompatibility = JavaVersion.VERSION_17
    }

    buildFeatures {
        compose = true
    }
}

kotlin {
    compilerOptions {
        jvmTarget.set(JvmTarget.JVM_17)
    }
}

dependencies {
    implementation(project(":core-kotlin"))

    // Versions that build with compileSdk 35 and Android Gradle plugin 8.7.
    implementation(platform("androidx.compose:compose-bom:2024.12.01"))
    implementation("androidx.compose.ui:ui")
    implementation("androidx.compose.foundation:foundation")
    implementation("androidx.compose.material3:material3")
    implementation("androidx.compose.material:material-icons-core")
    implementation("androidx.activity:activity-compose:1.9.3")
    implementation("androidx.core:core-ktx:1.15.0")
    implementation("androidx.lifecycle:lifecycle-viewmodel-compose:2.8.7")
    implementation("androidx.lifecycle:lifecycle-runtime-compose:2.8.7")
    implementation("androidx.lifecycle:lifecycle-process:2.8.7")
    implementation("org.jetbrains.kotlinx:kotlinx-coroutines-android:1.9.0")

    // Plain JVM tests of what the shell does with the core's records (no phone, no native
    // library needed): `./gradlew :app:testDebugUnitTest`.
    testImplementation("junit:junit:4.13.2")
}
