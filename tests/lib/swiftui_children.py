"""Checks that no SwiftUI view builder in the iOS app has more than ten children.

usage: swiftui_children.py SOURCE_DIR...

The app supports iOS 16, where a view builder (a `body`, a `@ViewBuilder` function or
property, the content of VStack, List, Section, Group and the like) takes at most ten views:
the variadic form that lifts the limit needs iOS 17. An eleventh view fails only on a Mac,
as a baffling "extra argument" error, so this counts them here. Each statement of a builder
is one child, except declarations (`let x = ...`); an `if`, `switch` or `ForEach` is one
child, and the branches of an `if` or `switch` are builders of their own.

Which closures are view builders is worked out by name: the trailing or `content:`,
`label:`, `header:` and `footer:` closures of a type (VStack, Section, the app's own views
generic over a View) except the action closures in ACTION_CLOSURES, and the closures of the
modifiers in BUILDER_MODIFIERS. Exits 1 on any builder with more than LIMIT children,
naming FILE:LINE:COLUMN.
"""

import pathlib
import sys

from shell_parsers import SWIFT, parse, text, walk, where

LIMIT = 10

# Types whose unlabelled trailing closure is an action or a task, not views.
ACTION_CLOSURES = {"Button", "Task", "Result", "Binding", "DispatchQueue", "Timer", "Link"}

# Modifiers whose closures build views.
BUILDER_MODIFIERS = {
    "alert", "background", "confirmationDialog", "contextMenu", "fullScreenCover",
    "navigationDestination", "overlay", "popover", "safeAreaInset", "sheet", "swipeActions",
    "toolbar",
}

BUILDER_LABELS = {"content", "label", "header", "footer", "actions", "message"}

NOT_CHILDREN = {"property_declaration", "comment", "multiline_comment", "typealias_declaration"}


def children(statements):
    """The statements of a builder that are views."""
    return [s for s in statements.named_children if s.type not in NOT_CHILDREN]


def generic_view_types(sources):
    """The app's own views that take views (`struct Row<Content: View>: View`)."""
    found = set()
    for _, tree in sources:
        for n in walk(tree.root_node):
            if n.type == "class_declaration":
                params = next((c for c in n.children if c.type == "type_parameters"), None)
                if params is not None and "View" in text(params):
                    found.add(text(n.child_by_field_name("name")))
    return found


def callee_name(call):
    callee = call.children[0]
    while callee.type == "call_expression":  # `Section("t") { ... }`: the closure follows a call
        callee = callee.children[0]
    if callee.type == "simple_identifier":
        return text(callee)
    if callee.type == "navigation_expression":
        suffix = callee.child_by_field_name("suffix")
        ids = [c for c in suffix.children if c.type == "simple_identifier"] if suffix is not None else []
        return text(ids[0]) if ids else None
    return None


def app_types(sources):
    names = set()
    for _, tree in sources:
        for n in walk(tree.root_node):
            if n.type == "class_declaration":
                names.add(text(n.child_by_field_name("name")))
    return names


def builder_blocks(tree, declared, generic):
    """(node where it starts, statements node) for every view builder in a file."""
    for n in walk(tree.root_node):
        if n.type == "property_declaration":
            computed = next((c for c in n.children if c.type == "computed_property"), None)
            name = n.child_by_field_name("name")
            is_builder = "@ViewBuilder" in text(next((c for c in n.children if c.type == "modifiers"), None)) \
                or (name is not None and text(name) == "body" and "some View" in text(n))
            if computed is not None and is_builder:
                stmts = next((c for c in computed.children if c.type == "statements"), None)
                if stmts is not None:
                    yield n, stmts
        elif n.type == "function_declaration":
            mods = next((c for c in n.children if c.type == "modifiers"), None)
            body = n.child_by_field_name("body")
            if mods is not None and "@ViewBuilder" in text(mods) and body is not None:
                stmts = next((c for c in body.children if c.type == "statements"), None)
                if stmts is not None:
                    yield n, stmts
        elif n.type == "call_expression":
            name = callee_name(n)
            if name is None:
                continue
            suffix = next((c for c in n.children if c.type == "call_suffix"), None)
            if suffix is None:
                continue
            for lam, label in closures_of(suffix):
                if is_builder_closure(name, label, declared, generic):
                    stmts = next((c for c in lam.children if c.type == "statements"), None)
                    if stmts is not None:
                        yield lam, stmts


def closures_of(suffix):
    """(closure, its label or None) for the closures passed to a call."""
    label = None
    for c in suffix.children:
        if c.type == "value_arguments":
            for a in c.children:
                if a.type == "value_argument":
                    v = a.child_by_field_name("value")
                    n = a.child_by_field_name("name")
                    if v is not None and v.type == "lambda_literal":
                        yield v, text(n).strip() if n is not None else None
        elif c.type == "simple_identifier":
            label = text(c)
        elif c.type == "lambda_literal":
            yield c, label
            label = None


def is_builder_closure(name, label, declared, generic):
    if label is not None:
        return label in BUILDER_LABELS
    if name[:1].isupper():
        if name in declared:
            return name in generic
        return name not in ACTION_CLOSURES
    return name in BUILDER_MODIFIERS


def branches(stmts):
    """The builders inside `if` and `switch` statements of a builder (their own limits)."""
    for s in children(stmts):
        if s.type in ("if_statement", "switch_statement"):
            for inner in walk(s):
                if inner.type == "statements" and inner.parent is not None and inner.parent.type in (
                        "if_statement", "else", "switch_entry") and inner is not stmts:
                    yield inner


def check(sources, out=sys.stdout):
    """`sources`: [(shown path, tree)]. Returns (builders over the limit, builders counted)."""
    declared = app_types(sources)
    generic = generic_view_types(sources)
    over = 0
    counted = 0
    for shown, tree in sources:
        seen = set()
        for start, stmts in builder_blocks(tree, declared, generic):
            blocks = [(start, stmts)] + [(b, b) for b in branches(stmts)]
            for shown_at, block in blocks:
                if block.id in seen:
                    continue
                seen.add(block.id)
                counted += 1
                kids = children(block)
                if len(kids) > LIMIT:
                    over += 1
                    print(f"{where(shown, shown_at)}: a view builder with {len(kids)} children; iOS 16 allows "
                          f"{LIMIT}: put some in a Group or a view of their own", file=out)
    return over, counted


def main():
    if len(sys.argv) < 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    sources = []
    for d in sys.argv[1:]:
        for p in sorted(pathlib.Path(d).rglob("*.swift")):
            if "Generated" not in p.parts:
                sources.append((p, parse(p.read_bytes(), SWIFT)))
    over, counted = check(sources)
    print(f"{len(sources)} Swift files, {counted} view builders: "
          f"{f'none over {LIMIT} children' if not over else f'{over} over {LIMIT} children'}")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
