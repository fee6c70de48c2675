"""Checks that the Kotlin tests call every function the generated Kotlin API exports.

usage: kotlin_api_coverage.py GENERATED_KT TEST_SOURCE_DIR

UniFFI writes every exported name in backticks (fun `addAppointment`(...)), so the exported
functions, methods and constructors are exactly the backticked `fun` declarations. A name
counts as called when a test source contains `name(`. Exits 1 if any is never called.
Error variants (AlongsideException.X) that no test names are listed for information.
"""

import pathlib
import re
import sys


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    generated = pathlib.Path(sys.argv[1]).read_text(encoding="utf-8")
    tests = "\n".join(
        p.read_text(encoding="utf-8") for p in sorted(pathlib.Path(sys.argv[2]).rglob("*.kt"))
    )
    exported = sorted(set(re.findall(r"fun `(\w+)`\(", generated)))
    if not exported:
        print("no exported functions found in the generated Kotlin: is this the right file?")
        return 1
    missing = [n for n in exported if not re.search(r"(?<![\w`])" + re.escape(n) + r"\(", tests)]

    errors_block = re.search(r"sealed class AlongsideException\b(.*?)\n}\n", generated, re.S)
    variants = re.findall(r"^\s{4}class (\w+)\(", errors_block.group(1), re.M) if errors_block else []
    unasserted = [v for v in variants if f"AlongsideException.{v}" not in tests]

    print(f"exported functions: {len(exported)}, called from the Kotlin tests: {len(exported) - len(missing)}")
    if variants:
        print(f"error types: {len(variants)}, asserted by the Kotlin tests: {len(variants) - len(unasserted)}"
              + (f" (not provoked: {', '.join(unasserted)})" if unasserted else ""))
    if missing:
        print("never called: " + ", ".join(missing))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
