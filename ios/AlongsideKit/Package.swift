// swift-tools-version:5.9
// AlongsideKit: alongside-core for Swift.
//
// - AlongsideCoreFFI: the core as a static library for iPhone and the simulators, with its
//   C header and module map, built by ../build-xcframework.sh (macOS only).
// - AlongsideKit: the UniFFI-generated Swift bindings (Sources/AlongsideKit/Generated,
//   written by the same script) plus a few helpers every screen shares. Apps import only
//   this module.
//
// Run ../build-xcframework.sh before the first build and after every change to core/.
import PackageDescription

let package = Package(
    name: "AlongsideKit",
    platforms: [.iOS(.v16)],
    products: [
        .library(name: "AlongsideKit", targets: ["AlongsideKit"]),
    ],
    targets: [
        .binaryTarget(name: "AlongsideCoreFFI", path: "AlongsideCoreFFI.xcframework"),
        .target(
            name: "AlongsideKit",
            dependencies: ["AlongsideCoreFFI"],
            path: "Sources/AlongsideKit",
            // The core's TLS stack (reqwest with rustls, for sync and directory updates)
            // builds in rustls-platform-verifier, which calls Security.framework on Apple
            // platforms. A static library cannot carry that link itself, so every app that
            // links the core links Security through this target.
            linkerSettings: [.linkedFramework("Security")]
        ),
    ]
)
