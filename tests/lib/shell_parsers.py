"""Tree-sitter parsers for the phone shells' Kotlin and Swift, shared by the shell checks.

Neither phone's compiler runs on the machines this project is tested on, so the checks in
tests/run read the shells' sources with tree-sitter grammars instead: a syntax check of every
file (shell_syntax.py), the iOS app's calls against the generated Swift bindings
(swift_core_calls.py), and the size of SwiftUI view builders (swiftui_children.py). The
grammars are the PyPI packages tree-sitter-kotlin and tree-sitter-swift, pinned in tests/run.
"""

import pathlib

import tree_sitter
import tree_sitter_kotlin
import tree_sitter_swift

KOTLIN = tree_sitter.Language(tree_sitter_kotlin.language())
SWIFT = tree_sitter.Language(tree_sitter_swift.language())

# What each file extension is written in.
LANGUAGES = {".kt": KOTLIN, ".kts": KOTLIN, ".swift": SWIFT}


def language_for(path):
    """The grammar for `path`, or None when it is neither Kotlin nor Swift."""
    return LANGUAGES.get(pathlib.Path(path).suffix)


def parse(source, language):
    """The syntax tree of `source` (bytes or str)."""
    if isinstance(source, str):
        source = source.encode("utf-8")
    return tree_sitter.Parser(language).parse(source)


def parse_file(path):
    return parse(pathlib.Path(path).read_bytes(), language_for(path))


def text(node):
    return node.text.decode("utf-8") if node is not None else ""


def walk(node):
    """Every node under `node` (itself included), in source order."""
    stack = [node]
    while stack:
        n = stack.pop()
        yield n
        stack.extend(reversed(n.children))


def where(path, node):
    """FILE:LINE:COLUMN of a node, counting lines and columns from 1 as editors do."""
    row, column = node.start_point
    return f"{path}:{row + 1}:{column + 1}"
