"""Checks the iOS app's models against the rules Swift 6's strict concurrency enforces.

usage: swift_concurrency.py SOURCE_DIR...

No Swift compiler runs here, so a model that publishes state off the main actor, or a value
handed to Task.detached that is not Sendable, would first show as an error on a Mac with
Swift 6. This reads the app with tree-sitter and checks what can be checked reliably
without type inference:

- every class that adopts ObservableObject is @MainActor (its published state drives the
  screens, which SwiftUI reads on the main actor);
- every generic function that starts a Task.detached requires each of its type parameters
  to be Sendable (`<T: Sendable>` or `where T: Sendable`): the detached task's result
  crosses back to the model, and Task requires a Sendable result;
- every `@unchecked Sendable` has a comment just above it saying why it is safe.

What it cannot see: whether a captured value's type is Sendable (that needs the compiler).
Exits 1 on any problem, naming FILE:LINE:COLUMN.
"""

import pathlib
import sys

from shell_parsers import SWIFT, parse, text, walk, where


def attributes(node):
    """The names of the attributes written before a declaration (`@MainActor` -> MainActor)."""
    found = set()
    for child in node.children:
        if child.type == "modifiers":
            for m in child.children:
                if m.type == "attribute":
                    found.add(text(m).lstrip("@").split("(")[0].strip())
    return found


def adopted(node):
    """The names in a declaration's inheritance list."""
    return {text(c).strip() for c in node.children if c.type == "inheritance_specifier"}


def sendable_parameters(function):
    """(all type parameters, those required to be Sendable) of a generic function."""
    names, sendable = [], set()
    for child in function.children:
        if child.type == "type_parameters":
            for p in child.children:
                if p.type == "type_parameter":
                    name = next((text(c) for c in p.children if c.type == "type_identifier"), "")
                    names.append(name)
                    if any(c.type != "type_identifier" and "Sendable" in text(c) for c in p.children):
                        sendable.add(name)
        elif child.type == "type_constraints":
            for constraint in walk(child):
                if constraint.type == "inheritance_constraint" and "Sendable" in text(constraint):
                    sendable.add(text(constraint).split(":")[0].strip())
    return names, sendable


def starts_detached_task(node):
    return any(
        n.type == "navigation_expression" and text(n).replace(" ", "") == "Task.detached" for n in walk(node)
    )


def has_comment_above(node, lines):
    """Whether one of the two lines above `node`'s line is a comment."""
    row = node.start_point[0]
    return any(lines[r].strip().startswith(("//", "/*", "*")) for r in range(max(0, row - 2), row))


def check(sources, out=sys.stdout):
    """Reports each problem in `sources` ((shown path, bytes)); returns how many."""
    problems = 0

    def report(path, node, what):
        nonlocal problems
        problems += 1
        print(f"{where(path, node)}: {what}", file=out)

    for path, source in sources:
        tree = parse(source, SWIFT)
        lines = source.decode("utf-8", "replace").splitlines()
        for node in walk(tree.root_node):
            if node.type == "class_declaration":
                name = next((text(c) for c in node.children if c.type == "type_identifier"), "?")
                if "ObservableObject" in adopted(node) and "MainActor" not in attributes(node):
                    report(path, node, f"{name} adopts ObservableObject but is not @MainActor")
                for child in node.children:
                    if child.type == "attribute" and text(child).replace(" ", "") == "@unchecked":
                        if not has_comment_above(node, lines):
                            report(path, child, f"{name} is @unchecked Sendable with no comment above saying why it is safe")
            elif node.type == "function_declaration" and starts_detached_task(node):
                names, sendable = sendable_parameters(node)
                for name in names:
                    if name not in sendable:
                        fn = next((text(c) for c in node.children if c.type == "simple_identifier"), "?")
                        report(path, node, f"{fn}<{name}> hands {name} across Task.detached but does not require {name}: Sendable")
    return problems


def main():
    if len(sys.argv) < 2:
        print(__doc__.splitlines()[2], file=sys.stderr)
        return 2
    paths = sorted(p for d in sys.argv[1:] for p in pathlib.Path(d).rglob("*.swift"))
    problems = check([(p, p.read_bytes()) for p in paths])
    print(f"{len(paths)} Swift files: {'models and detached tasks keep the concurrency rules' if not problems else f'{problems} problems'}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
