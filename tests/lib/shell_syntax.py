"""Parses every Kotlin and Swift file in the repository and fails on a syntax error.

usage: shell_syntax.py [ROOT]

The Compose screens and the whole iOS app cannot be compiled here (no Android SDK, no Swift
compiler), so a stray brace would otherwise first show on someone's Mac or in Android
Studio. Every *.kt, *.kts and *.swift file that git tracks (or, outside a git checkout,
every such file under ROOT except build output) is parsed with tree-sitter; each error is
reported as FILE:LINE:COLUMN with the line's text. Exits 1 if any file has an error.

A parse that succeeds is not a compile: names, types and imports are only checked by a real
build (and, for the iOS app's calls into the core, by swift_core_calls.py).
"""

import pathlib
import subprocess
import sys

from shell_parsers import LANGUAGES, parse_file, where

SKIPPED_DIRS = {"target", "build", ".gradle", ".build", "node_modules", "DerivedData", ".git"}


def shell_files(root):
    """The Kotlin and Swift files under `root`, sorted."""
    root = pathlib.Path(root)
    patterns = [f"*{ext}" for ext in LANGUAGES]
    try:
        listed = subprocess.run(
            ["git", "-C", str(root), "ls-files", "--cached", "--others", "--exclude-standard", "--", *patterns],
            check=True, capture_output=True, text=True,
        ).stdout.split("\n")
        return sorted(root / f for f in listed if f and (root / f).is_file())
    except (OSError, subprocess.CalledProcessError):
        found = []
        for ext in LANGUAGES:
            found += [p for p in root.rglob(f"*{ext}") if not SKIPPED_DIRS & set(p.relative_to(root).parts)]
        return sorted(found)


def syntax_errors(tree):
    """(node, what) for each place the parser could not follow, outermost first."""
    found = []

    def visit(node):
        if node.is_missing:
            found.append((node, f"missing {node.type!r}"))
        elif node.is_error:
            found.append((node, "unexpected " + (repr(node.text.decode("utf-8", "replace")[:40]) or "input")))
        elif node.has_error:
            for child in node.children:
                visit(child)

    visit(tree.root_node)
    return found


def check(paths, root=None, out=sys.stdout):
    """Reports every syntax error in `paths`; returns how many files had one."""
    bad = 0
    for path in paths:
        shown = path.relative_to(root) if root else path
        try:
            tree = parse_file(path)
        except (OSError, ValueError) as e:
            print(f"{shown}: could not be read: {e}", file=out)
            bad += 1
            continue
        errors = syntax_errors(tree)
        if not errors:
            continue
        bad += 1
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
        for node, what in errors:
            row = node.start_point[0]
            line = lines[row].strip() if row < len(lines) else ""
            print(f"{where(shown, node)}: syntax error: {what}\n    {line}", file=out)
    return bad


def main():
    root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ".").resolve()
    paths = shell_files(root)
    if not paths:
        print(f"no Kotlin or Swift files under {root}")
        return 1
    bad = check(paths, root)
    kinds = {ext: sum(1 for p in paths if p.suffix == ext) for ext in LANGUAGES}
    print(f"parsed {len(paths)} files ({', '.join(f'{n} {ext}' for ext, n in kinds.items())}): "
          f"{'no syntax errors' if not bad else f'{bad} with syntax errors'}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
