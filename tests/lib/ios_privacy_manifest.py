"""Checks the iOS app's privacy manifest against what the app and the core use.

usage: ios_privacy_manifest.py APP_DIR SOURCE_DIR...

The App Store refuses an upload that uses one of Apple's "required reason" APIs without
declaring it, with an approved reason, in PrivacyInfo.xcprivacy, and it only says so after
the upload. This checks, here:

- APP_DIR/PrivacyInfo.xcprivacy is a property list with the keys Apple requires, every
  category it declares is one Apple defines, each with at least one of that category's
  reason codes;
- APP_DIR/project.yml puts it in the app target as a resource (XcodeGen);
- every required-reason API the Swift sources name (UserDefaults, @AppStorage, file
  timestamps, disk space, the boot clock; read with tree-sitter, so comments and strings do
  not count) has its category declared, naming FILE:LINE:COLUMN where it is used;
- the categories the core needs are declared: the core is a static library that SQLCipher
  is built into, and SQLite calls stat/fstat (file timestamps) and statfs/fstatfs (disk
  space) on its own files, which Apple's scan of the binary finds.

What it cannot see: the symbols in the built binary itself (only Apple's scan on upload
reads them), and whether a reason is the true one. Exits 1 on any problem.
"""

import pathlib
import plistlib
import re
import sys

from shell_parsers import SWIFT, parse, text, walk, where

MANIFEST = "PrivacyInfo.xcprivacy"
PREFIX = "NSPrivacyAccessedAPICategory"

# Apple's required-reason categories and their approved reason codes
# (developer.apple.com, "Describing use of required reason API").
REASONS = {
    "FileTimestamp": {"DDA9.1", "C617.1", "3B52.1", "0A2A.1"},
    "SystemBootTime": {"35F9.1", "8FFB.1", "3D61.1"},
    "DiskSpace": {"85F4.1", "E174.1", "7D9E.1", "B728.1"},
    "ActiveKeyboards": {"3EC4.1", "54BD.1"},
    "UserDefaults": {"CA92.1", "1C8F.1", "C56D.1", "AC6B.1"},
}

# The names in Swift code that mean a category's APIs are used.
APIS = {
    "UserDefaults": {"UserDefaults", "AppStorage", "NSUserDefaults"},
    "FileTimestamp": {
        "creationDate", "modificationDate", "fileModificationDate", "contentModificationDateKey",
        "creationDateKey", "attributesOfItem", "getattrlist", "getattrlistbulk", "fgetattrlist",
        "stat", "fstat", "fstatat", "lstat", "getattrlistat",
    },
    "SystemBootTime": {"systemUptime", "mach_absolute_time", "clock_gettime_nsec_np"},
    "DiskSpace": {
        "volumeAvailableCapacityKey", "volumeAvailableCapacityForImportantUsageKey",
        "volumeAvailableCapacityForOpportunisticUsageKey", "volumeTotalCapacityKey",
        "systemFreeSize", "systemSize", "statfs", "statvfs", "fstatfs", "fstatvfs",
    },
    "ActiveKeyboards": {"activeInputModes"},
}

# What the linked core needs whatever the Swift code does (see the module docs).
CORE_CATEGORIES = {"FileTimestamp", "DiskSpace"}

# XcodeGen: the manifest listed among the target's sources in the resources build phase.
IN_PROJECT = re.compile(
    r"-\s*path:\s*" + re.escape(MANIFEST) + r"\s*\n\s*buildPhase:\s*resources\b"
)


def declared(manifest_path, problems):
    """The categories the manifest declares (short names), adding what is wrong to `problems`."""
    try:
        with open(manifest_path, "rb") as f:
            data = plistlib.load(f)
    except (OSError, plistlib.InvalidFileException, ValueError) as e:
        problems.append(f"{manifest_path}: not a readable property list: {e}")
        return set()
    if not isinstance(data, dict):
        problems.append(f"{manifest_path}: the top level is not a dictionary")
        return set()
    for key in ("NSPrivacyTracking", "NSPrivacyCollectedDataTypes", "NSPrivacyAccessedAPITypes"):
        if key not in data:
            problems.append(f"{manifest_path}: {key} is missing")
    found = set()
    for entry in data.get("NSPrivacyAccessedAPITypes") or []:
        kind = str(entry.get("NSPrivacyAccessedAPIType", "")) if isinstance(entry, dict) else ""
        short = kind[len(PREFIX):] if kind.startswith(PREFIX) else None
        if short not in REASONS:
            problems.append(f"{manifest_path}: {kind or entry!r} is not a category Apple defines")
            continue
        reasons = entry.get("NSPrivacyAccessedAPITypeReasons") or []
        if not reasons:
            problems.append(f"{manifest_path}: {kind} gives no reason")
        for reason in reasons:
            if reason not in REASONS[short]:
                problems.append(f"{manifest_path}: {reason!r} is not a reason Apple allows for {kind}")
        found.add(short)
    return found


def uses(paths):
    """(category, where, name) for each required-reason API named in the Swift files."""
    found = []
    wanted = {name: category for category, names in APIS.items() for name in names}
    for path in paths:
        tree = parse(pathlib.Path(path).read_bytes(), SWIFT)
        for node in walk(tree.root_node):
            if node.type in ("simple_identifier", "type_identifier") and text(node) in wanted:
                found.append((wanted[text(node)], where(path, node), text(node)))
    return found


def check(app_dir, source_dirs):
    """Every problem found, as lines; empty when the manifest is right."""
    app_dir = pathlib.Path(app_dir)
    problems = []
    manifest = app_dir / MANIFEST
    if not manifest.is_file():
        return [f"{manifest}: missing (the App Store requires a privacy manifest)"]
    have = declared(manifest, problems)
    project = app_dir / "project.yml"
    try:
        if not IN_PROJECT.search(project.read_text(encoding="utf-8")):
            problems.append(f"{project}: {MANIFEST} is not among the target's sources with buildPhase: resources")
    except OSError as e:
        problems.append(f"{project}: could not be read: {e}")
    for category in sorted(CORE_CATEGORIES - have):
        problems.append(f"{manifest}: {PREFIX}{category} is not declared, and the core (SQLCipher) uses it")
    swift = sorted(p for d in source_dirs for p in pathlib.Path(d).rglob("*.swift"))
    for category, place, name in uses(swift):
        if category not in have:
            problems.append(f"{place}: {name} needs {PREFIX}{category} declared in {MANIFEST}")
    return problems


def main():
    if len(sys.argv) < 3:
        print(__doc__.splitlines()[2], file=sys.stderr)
        return 2
    problems = check(sys.argv[1], sys.argv[2:])
    for p in problems:
        print(p)
    print(f"privacy manifest: {'declares what the app and the core use' if not problems else f'{len(problems)} problems'}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
