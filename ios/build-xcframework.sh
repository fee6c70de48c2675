#!/usr/bin/env bash
# Builds alongside-core for iOS and packages it for the Swift package ios/AlongsideKit.
# macOS only: it needs Xcode (xcodebuild, lipo) and rustup.
#
#   ios/build-xcframework.sh            release build (what the app ships)
#   ios/build-xcframework.sh --debug    debug build (faster to make, slower to run)
#
# Output (build products, git-ignored, replaced on every run so nothing stale survives):
#   ios/AlongsideKit/AlongsideCoreFFI.xcframework
#       libalongside_core.a for iPhone (aarch64-apple-ios) and for the simulator
#       (aarch64-apple-ios-sim + x86_64-apple-ios, joined with lipo), each with the C header
#       AlongsideCoreFFI.h and its module.modulemap (module AlongsideCoreFFI)
#   ios/AlongsideKit/Sources/AlongsideKit/Generated/AlongsideCore.swift
#       the UniFFI Swift bindings, generated from the device library itself, so the Swift
#       code always matches the library's scaffolding (settings: bindings/uniffi.toml)
#
# Building the app, step by step (macOS, Xcode 16 or newer, iOS 16+ targets):
#   1. Install Rust with rustup (https://rustup.rs); this script adds the iOS targets.
#   2. ios/build-xcframework.sh
#   3. brew install xcodegen
#      cd ios/AlongsideApp && xcodegen generate     (writes Alongside.xcodeproj from project.yml)
#   4. open Alongside.xcodeproj, choose a simulator and Run. For a phone, choose your team
#      under Signing & Capabilities first.
#   Or from the command line, after step 3:
#      xcodebuild -project ios/AlongsideApp/Alongside.xcodeproj -scheme Alongside \
#        -destination 'generic/platform=iOS Simulator' build
#   Run step 2 again after every change to core/.
set -euo pipefail

say() { printf '==> %s\n' "$*"; }
die() { printf 'ios/build-xcframework.sh: error: %s\n' "$*" >&2; exit 1; }

profile=release
cargo_profile_flag=(--release)
for arg in "$@"; do
    case "$arg" in
        --debug) profile=debug; cargo_profile_flag=() ;;
        -h | --help) sed -n '2,27p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) die "unknown argument: $arg (try --help)" ;;
    esac
done

[[ "$(uname -s)" == Darwin ]] || die "this script runs on macOS only (it needs Xcode)"
for tool in cargo rustup xcodebuild lipo; do
    command -v "$tool" >/dev/null 2>&1 || die "$tool is not installed"
done

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

target_dir="${CARGO_TARGET_DIR:-$root/target}"
case "$target_dir" in /*) ;; *) target_dir="$root/$target_dir" ;; esac
kit="$root/ios/AlongsideKit"
xcframework="$kit/AlongsideCoreFFI.xcframework"
generated="$kit/Sources/AlongsideKit/Generated"
work="$target_dir/ios-xcframework"

device=aarch64-apple-ios
simulators=(aarch64-apple-ios-sim x86_64-apple-ios)

# The oldest iOS the app supports; the C code (SQLCipher, OpenSSL) and Rust both read it.
export IPHONEOS_DEPLOYMENT_TARGET=16.0

say "adding the iOS targets to the Rust toolchain"
rustup target add "$device" "${simulators[@]}" >/dev/null

for target in "$device" "${simulators[@]}"; do
    say "building alongside-core for $target ($profile)"
    # ${a[@]+"${a[@]}"}: macOS's bash 3.2 treats an empty array as unset under `set -u`.
    cargo build --quiet -p alongside-core --lib --target "$target" ${cargo_profile_flag[@]+"${cargo_profile_flag[@]}"}
    [[ -f "$target_dir/$target/$profile/libalongside_core.a" ]] ||
        die "expected $target_dir/$target/$profile/libalongside_core.a"
done

rm -rf "$work"
mkdir -p "$work/headers" "$work/swift" "$work/simulator"

say "generating the Swift bindings"
cargo run --quiet -p alongside-bindings --bin uniffi-bindgen -- generate \
    --library "$target_dir/$device/$profile/libalongside_core.a" \
    --language swift \
    --config "$root/bindings/uniffi.toml" \
    --out-dir "$work/swift" \
    --no-format
for file in AlongsideCore.swift AlongsideCoreFFI.h AlongsideCoreFFI.modulemap; do
    [[ -f "$work/swift/$file" ]] || die "uniffi-bindgen did not write $file (check bindings/uniffi.toml)"
done
cp "$work/swift/AlongsideCoreFFI.h" "$work/headers/"
# Xcode finds a framework's module map only under this name.
cp "$work/swift/AlongsideCoreFFI.modulemap" "$work/headers/module.modulemap"

say "joining the simulator libraries (arm64 + x86_64)"
simulator_libs=()
for target in "${simulators[@]}"; do
    simulator_libs+=("$target_dir/$target/$profile/libalongside_core.a")
done
lipo -create "${simulator_libs[@]}" -output "$work/simulator/libalongside_core.a"

say "creating ${xcframework#"$root"/}"
rm -rf "$xcframework"
xcodebuild -create-xcframework \
    -library "$target_dir/$device/$profile/libalongside_core.a" -headers "$work/headers" \
    -library "$work/simulator/libalongside_core.a" -headers "$work/headers" \
    -output "$xcframework" >/dev/null

rm -rf "$generated"
mkdir -p "$generated"
cp "$work/swift/AlongsideCore.swift" "$generated/AlongsideCore.swift"

say "done: ${xcframework#"$root"/} and ${generated#"$root"/}/AlongsideCore.swift"
