"""Checks the iOS app's calls into the core against the generated Swift bindings.

usage: swift_core_calls.py BINDINGS_SWIFT SOURCE_DIR...

No Swift compiler runs here, so a change to the core's exported API could leave the iPhone
app calling a method that is gone or passing a label that changed, and nobody would know
until a build on a Mac. This reads the bindings (target/bindings/swift/AlongsideCore.swift,
written by bindings/generate) and the app's sources with tree-sitter, and checks:

- methods called on a Vault: the method exists, with the same argument labels in the same
  order and as many arguments (parameters with defaults may be left out);
- Vault.open / Vault.create and every free function the bindings export;
- record initialisers (DoseEntry(...), ServiceQuery(...)): labels, order, arity;
- enum cases: Type.case, `.case` wherever the expected type is known (an argument of a core
  call or of an app function, a property declared with the enum's type, a closure taking
  it), and every capitalised `.Case` (UniFFI keeps error variants capitalised), in
  expressions and in `case` patterns, with their associated values;
- the app's classes that adopt a core callback protocol (SyncListener) implement its
  methods with the same labels;
- every other call is to something the app, the Swift standard library or Apple's SDK
  declares: a name the app does not declare and that is not in PLATFORM_FUNCTIONS or
  PLATFORM_TYPES below (for example a core function or record that was renamed) fails.

Which values are Vaults is worked out by name: a name declared with the type Vault
(property, parameter, closure parameter in the place of a `(Vault, ...) ->` parameter) or
bound to such a value. What it does not check: record fields read by the app (that needs
type inference), and the types of arguments. Exits 1 on any mismatch, naming FILE:LINE:COLUMN.
"""

import pathlib
import re
import sys
from dataclasses import dataclass, field

from shell_parsers import SWIFT, parse, text, walk, where

# Free functions of the Swift standard library, Foundation and Darwin that the app calls.
# A new one is added here when the app first uses it.
PLATFORM_FUNCTIONS = {
    "abs", "clock_gettime_nsec_np", "max", "min", "print", "stride", "type", "withAnimation", "zip",
}

# Types of the Swift standard library, Foundation, SwiftUI and UserNotifications that the
# app constructs. A new one is added here when the app first uses it.
PLATFORM_TYPES = {
    "Array", "Binding", "Bool", "Button", "Color", "Date", "DatePicker", "Dictionary", "Divider",
    "Double", "EmptyView", "ForEach", "Form", "Group", "HStack", "Image", "Int", "Label",
    "LabeledContent", "Link", "List", "NavigationLink", "NavigationStack", "Picker",
    "ProgressView", "Result", "ScrollView", "Section", "SecureField", "Set", "Spacer", "Stepper",
    "String", "TabView", "Task", "Text", "TextEditor", "TextField", "Toggle", "ToolbarItem",
    "UInt32", "UInt64", "UNNotificationRequest", "UNTimeIntervalNotificationTrigger",
    "UNMutableNotificationContent", "URL", "URLResourceValues", "VStack", "ViewThatFits",
    "ZStack", "Calendar", "DateComponents", "DateFormatter", "ISO8601DateFormatter",
    "TimeInterval", "UUID", "Locale", "StateObject", "WindowGroup",
}

MODULE = "AlongsideKit"
HERE = pathlib.Path(__file__).name


@dataclass
class Param:
    label: object  # str, or None for an unlabelled (`_`) parameter
    type: object  # the core type's name when it is a plain or optional named type
    default: bool = False


@dataclass
class Api:
    """What the bindings declare."""

    functions: dict = field(default_factory=dict)  # name -> [[Param]]
    methods: dict = field(default_factory=dict)  # class -> name -> [[Param]]
    statics: dict = field(default_factory=dict)  # class -> name -> [[Param]]
    records: dict = field(default_factory=dict)  # struct -> [[Param]] (its initialisers)
    enums: dict = field(default_factory=dict)  # enum -> case -> [labels] or None
    protocols: dict = field(default_factory=dict)  # callback protocol -> name -> [[Param]]

    def is_type(self, name):
        return name in self.methods or name in self.records or name in self.enums or name in self.protocols


def type_name(node):
    """The name of a plain or optional named type (`Vault`, `Vault?`, `AlongsideKit.Alert`)."""
    while node is not None and node.type == "optional_type":
        node = node.child_by_field_name("wrapped")
    if node is None or node.type != "user_type":
        return None
    ids = [c for c in node.children if c.type == "type_identifier"]
    return text(ids[-1]) if ids else None


def closure_arg_types(declared_type_text):
    """The argument type names of a closure type written as `(A, B?) throws -> R`."""
    m = re.search(r"\(([^()]*)\)\s*(?:async\s*)?(?:throws\s*)?->", declared_type_text)
    if not m:
        return None
    return [re.sub(r"[?!\s]|^\w+\.", "", t) or None for t in m.group(1).split(",")] if m.group(1).strip() else []


def params_of(decl):
    """The parameters of a function or initialiser declaration, defaults marked."""
    params = []
    for i, child in enumerate(decl.children):
        if child.type == "parameter":
            names = child.children_by_field_name("name")
            external = child.child_by_field_name("external_name")
            label = text(external) if external is not None else text(names[0])
            kind = names[-1] if len(names) > 1 else child.child_by_field_name("type")
            params.append(Param(None if label == "_" else label.strip("`"), type_name(kind)))
        elif decl.field_name_for_child(i) == "default_value" and params:
            params[-1].default = True
    return params


def has_modifier(decl, word):
    mods = [c for c in decl.children if c.type == "modifiers"]
    return bool(mods) and re.search(rf"\b{word}\b", text(mods[0])) is not None


def decl_name(decl):
    n = decl.child_by_field_name("name")
    return text(n).strip("`") if n is not None else None


def case_labels(data):
    """The labels of an enum case's associated values (None for an unlabelled one)."""
    labels = []
    pending = None
    for i, c in enumerate(data.children):
        if c.type == "simple_identifier" and c.next_sibling is not None and c.next_sibling.type == ":":
            pending = text(c)
        elif data.field_name_for_child(i) == "name":
            labels.append(pending)
            pending = None
    return labels


def read_api(source):
    api = Api()
    tree = parse(source, SWIFT)
    for top in tree.root_node.children:
        if top.type == "function_declaration" and has_modifier(top, "public"):
            name = decl_name(top)
            if not name.startswith(("FfiConverter", "uniffi")):
                api.functions.setdefault(name, []).append(params_of(top))
        elif top.type == "protocol_declaration":
            name = decl_name(top)
            if name.endswith("Protocol") or name.startswith("FfiConverter"):
                continue  # the object's own interface, repeated by its class; UniFFI's own
            body = [c for c in top.children if c.type == "protocol_body"]
            methods = api.protocols.setdefault(name, {})
            for d in walk(body[0]) if body else []:
                if d.type == "protocol_function_declaration":
                    methods.setdefault(decl_name(d), []).append(params_of(d))
        elif top.type == "class_declaration" and has_modifier(top, "(public|open)"):
            kind = text(top.child_by_field_name("declaration_kind"))
            name = decl_name(top)
            if name.startswith(("FfiConverter", "Uniffi")):
                continue
            body = top.child_by_field_name("body")
            members = body.children if body is not None else []
            if kind == "enum":
                cases = api.enums.setdefault(name, {})
                for entry in members:
                    if entry.type != "enum_entry":
                        continue
                    data = entry.child_by_field_name("data_contents")
                    labels = case_labels(data) if data is not None else None
                    for n in entry.children_by_field_name("name"):
                        cases[text(n).strip("`")] = labels
            elif kind == "struct":
                for d in members:
                    if d.type == "init_declaration" and has_modifier(d, "public"):
                        api.records.setdefault(name, []).append(params_of(d))
            elif kind == "class":
                methods = api.methods.setdefault(name, {})
                statics = api.statics.setdefault(name, {})
                for d in members:
                    if d.type == "function_declaration" and has_modifier(d, "(public|open)"):
                        where_to = statics if has_modifier(d, "static") else methods
                        if decl_name(d) != "uniffiCloneHandle":
                            where_to.setdefault(decl_name(d), []).append(params_of(d))
    return api


# --------------------------------------------------------------------------------------
# The app's side


def bound_name(decl):
    """The name a `let`/`var` declaration binds (None for a tuple or other pattern)."""
    pattern = decl.child_by_field_name("name")
    if pattern is None:
        return None
    if pattern.type == "simple_identifier":
        return text(pattern)
    ids = [c for c in pattern.children if c.type == "simple_identifier"]
    return text(ids[0]) if len(pattern.named_children) == 1 and ids else None


def strip_expr(node):
    """The expression under `try`, `await`, parentheses, `!`, `?` and `x ?? y` (its left)."""
    while node is not None:
        if node.type in ("try_expression", "await_expression"):
            node = node.child_by_field_name("expr") or node.named_children[-1]
        elif node.type == "tuple_expression" and len(node.named_children) == 1:
            node = node.named_children[0]
        elif node.type == "postfix_expression":
            node = node.child_by_field_name("target") or node.named_children[0]
        elif node.type == "nil_coalescing_expression":
            node = node.child_by_field_name("value") or node.named_children[0]
        else:
            return node


def last_name(node):
    """`b` for `b`, `a.b` and `self.b`; None for anything else."""
    node = strip_expr(node)
    if node is None:
        return None
    if node.type == "simple_identifier":
        return text(node)
    if node.type == "navigation_expression":
        suffix = node.child_by_field_name("suffix")
        ids = [c for c in suffix.children if c.type == "simple_identifier"] if suffix is not None else []
        return text(ids[0]) if ids else None
    return None


def callee_parts(call):
    """(target node or None, name, implicit) for `target.name(...)`, `name(...)`, `.name(...)`."""
    callee = call.children[0]
    if callee.type == "call_expression":  # `f(a) { closure }`: one call, in two parts
        return callee_parts(callee)
    if callee.type == "simple_identifier":
        return None, text(callee), False
    if callee.type == "navigation_expression":
        suffix = callee.child_by_field_name("suffix")
        ids = [c for c in suffix.children if c.type == "simple_identifier"] if suffix is not None else []
        return callee.child_by_field_name("target"), (text(ids[0]) if ids else None), False
    if callee.type == "prefix_expression" and text(callee.child_by_field_name("operation")) == ".":
        return None, text(callee.child_by_field_name("target")), True
    return None, None, False


@dataclass
class Arg:
    label: object
    value: object  # the value's node


def call_args(call):
    """The arguments of a call, trailing closures included, in order."""
    suffix = next((c for c in call.children if c.type == "call_suffix"), None)
    args = call_args(call.children[0]) if call.children[0].type == "call_expression" else []
    if suffix is None:
        return args
    pending_label = None
    for c in suffix.children:
        if c.type == "value_arguments":
            for a in c.children:
                if a.type == "value_argument":
                    label = a.child_by_field_name("name")
                    args.append(Arg(text(label).strip() if label is not None else None, a.child_by_field_name("value")))
        elif c.type == "simple_identifier":
            pending_label = text(c)
        elif c.type == "lambda_literal":
            args.append(Arg(pending_label, c))
            pending_label = None
    return args


def matches(params, labels):
    """Whether arguments with `labels` fit `params` (in order, defaults optional)."""
    i = 0
    for p in params:
        if i < len(labels) and labels[i] == p.label:
            i += 1
        elif not p.default:
            return False
    return i == len(labels)


def show_sig(name, params):
    return f"{name}(" + "".join(f"{p.label or '_'}:" for p in params) + ")"


def show_call(name, labels):
    return f"{name}(" + "".join(f"{lbl or '_'}:" for lbl in labels) + ")"


@dataclass
class Source:
    path: object
    shown: str
    tree: object


@dataclass
class App:
    """What the app's sources declare, as far as the checks need it."""

    names: set = field(default_factory=set)  # every name the app binds or declares
    types: dict = field(default_factory=dict)  # type name -> its declaration node
    vaults: set = field(default_factory=set)  # names that hold a Vault
    functions: dict = field(default_factory=dict)  # function name -> [[Param]]
    closures: dict = field(default_factory=dict)  # closure-typed name -> [arg type names]
    enum_cases: set = field(default_factory=set)  # cases of the app's own enums


def declared_type_text(node):
    """The written type of a parameter or a property declaration, as text."""
    if node.type == "parameter":
        names = node.children_by_field_name("name")
        start = names[0].end_byte if names else node.start_byte
        return node.text[start - node.start_byte:].decode("utf-8")
    ann = node.child_by_field_name("type") or next((c for c in node.children if c.type == "type_annotation"), None)
    return text(ann)


def read_app(sources, api):
    app = App()
    for src in sources:
        for n in walk(src.tree.root_node):
            if n.type in ("class_declaration", "protocol_declaration"):
                app.types[decl_name(n)] = n
                app.names.add(decl_name(n))
            elif n.type == "function_declaration":
                name = decl_name(n)
                app.names.add(name)
                params = params_of(n)
                app.functions.setdefault(name, []).append(params)
            elif n.type == "enum_entry":
                app.enum_cases.update(text(c) for c in n.children_by_field_name("name"))
            elif n.type in ("parameter", "lambda_parameter"):
                names = n.children_by_field_name("name")
                if names:
                    app.names.add(text(names[0]))
                if n.type == "parameter":
                    internal = [c for c in n.children if c.type == "simple_identifier"]
                    app.names.update(text(c) for c in internal)
                    declared = declared_type_text(n)
                    if type_name(names[-1] if len(names) > 1 else None) == "Vault":
                        app.vaults.add(text(internal[-1]))
                    arg_types = closure_arg_types(declared)
                    if arg_types is not None:
                        app.closures[text(internal[-1])] = arg_types
            elif n.type == "property_declaration":
                for b in n.children_by_field_name("name"):
                    for ident in walk(b):
                        if ident.type == "simple_identifier":
                            app.names.add(text(ident))
                ann = next((c for c in n.children if c.type == "type_annotation"), None)
                if ann is not None:
                    bound = bound_name(n)
                    tn = type_name(ann.child_by_field_name("name"))
                    if bound and tn == "Vault":
                        app.vaults.add(bound)
                    arg_types = closure_arg_types(text(ann))
                    if bound and arg_types is not None:
                        app.closures[bound] = arg_types
            if n.type != "source_file":
                for i, c in enumerate(n.children):
                    if n.field_name_for_child(i) == "bound_identifier":
                        app.names.add(text(c) if c.type == "simple_identifier" else last_name(c) or "")
    # Closure parameters in the place of a `(Vault, ...) ->` parameter of an app function.
    vault_slots = {}  # function name -> [(param label, index of Vault among the closure's args)]
    for src in sources:
        for n in walk(src.tree.root_node):
            if n.type == "function_declaration":
                for p in (c for c in n.children if c.type == "parameter"):
                    types = closure_arg_types(declared_type_text(p))
                    if types and "Vault" in types:
                        label = params_of_one(p)
                        vault_slots.setdefault(decl_name(n), []).append((label, types.index("Vault")))
    # Names bound to a Vault, to a fixed point.
    changed = True
    while changed:
        changed = False
        for src in sources:
            for n in walk(src.tree.root_node):
                bound = None
                if n.type == "call_expression":
                    _, name, _ = callee_parts(n)
                    slots = vault_slots.get(name)
                    if slots:
                        for arg, slot in lambda_slots(call_args(n), slots):
                            params = [c for c in walk(arg.value) if c.type == "lambda_parameter"]
                            if len(params) > slot:
                                bound = text(params[slot].children_by_field_name("name")[0])
                                if bound != "_" and bound not in app.vaults:
                                    app.vaults.add(bound)
                                    changed = True
                    continue
                value = n.child_by_field_name("value") if n.type == "property_declaration" else None
                if n.type in ("guard_statement", "if_statement"):
                    kids = n.children
                    for i, c in enumerate(kids):
                        if n.field_name_for_child(i) == "bound_identifier" and i + 1 < len(kids):
                            rest = [k for k in kids[i + 1:] if k.is_named and k.type != "type_annotation"]
                            if rest and vault_valued(rest[0], app):
                                bound = text(c)
                                if bound not in app.vaults:
                                    app.vaults.add(bound)
                                    changed = True
                elif value is not None and vault_valued(value, app):
                    bound = bound_name(n)
                    if bound and bound not in app.vaults:
                        app.vaults.add(bound)
                        changed = True
    return app


def params_of_one(parameter):
    external = parameter.child_by_field_name("external_name")
    names = parameter.children_by_field_name("name")
    label = text(external) if external is not None else text(names[0])
    return None if label == "_" else label


def lambda_slots(args, slots):
    """Pairs each closure argument with the Vault slot of the parameter it is passed to."""
    labelled = {label: slot for label, slot in slots}
    used = {a.label for a in args if a.label is not None}
    unlabelled = [slot for label, slot in slots if label is None or label not in used]
    for a in args:
        if a.value is None or a.value.type != "lambda_literal":
            continue
        if a.label is not None and a.label in labelled:
            yield a, labelled[a.label]
        elif a.label is None and unlabelled:
            yield a, unlabelled.pop(0)


def vault_valued(node, app):
    if node is not None and node.type in ("try_expression", "await_expression"):
        return vault_valued(node.child_by_field_name("expr") or node.named_children[-1], app)
    if node is not None and node.type == "nil_coalescing_expression":
        return any(vault_valued(c, app) for c in node.named_children)
    node = strip_expr(node)
    if node is None:
        return False
    if node.type == "call_expression":
        target, name, _ = callee_parts(node)
        return target is not None and last_name(target) == "Vault" and name in ("open", "create")
    return last_name(node) in app.vaults


# --------------------------------------------------------------------------------------
# The checks


class Checker:
    def __init__(self, api, app, out):
        self.api = api
        self.app = app
        self.out = out
        self.problems = 0
        self.checked = 0

    def problem(self, src, node, message):
        self.problems += 1
        print(f"{where(src.shown, node)}: {message}", file=self.out)

    def fits(self, src, node, name, overloads, args):
        labels = [a.label for a in args]
        self.checked += 1
        fitting = [ps for ps in overloads if matches(ps, labels)]
        if not fitting:
            sigs = " or ".join(show_sig(name, ps) for ps in overloads)
            self.problem(src, node, f"{show_call(name, labels)} does not match the bindings' {sigs}")
            return
        self.expected_types(src, fitting[0], args)

    def expected_types(self, src, params, args):
        """Checks `.case` arguments against the enum each parameter takes."""
        i = 0
        for p in params:
            if i < len(args) and args[i].label == p.label:
                if p.type in self.api.enums and args[i].value is not None:
                    self.enum_value(src, args[i].value, p.type)
                i += 1

    def enum_value(self, src, value, enum):
        """A value written where `enum` is expected: `.case` or `.case(...)` must be one of its cases."""
        value = strip_expr(value)
        implicit = value
        args = None
        if value is not None and value.type == "call_expression":
            implicit, args = value.children[0], call_args(value)
        if implicit is None or implicit.type != "prefix_expression":
            return
        if text(implicit.child_by_field_name("operation")) != ".":
            return
        case = text(implicit.child_by_field_name("target"))
        self.case(src, implicit, enum, case, None if args is None else [a.label for a in args])

    def case(self, src, node, enum, case, labels):
        self.checked += 1
        cases = self.api.enums[enum]
        if case not in cases:
            if case in ("allCases", "self", "init"):
                return
            self.problem(src, node, f"{enum} has no case {case!r} in the bindings (cases: {', '.join(cases)})")
        elif labels is not None:
            expected = cases[case] or []
            if len(labels) != len(expected) or any(lbl is not None and lbl != e for lbl, e in zip(labels, expected)):
                self.problem(src, node, f"{show_call(enum + '.' + case, labels)} does not match the bindings' "
                                        f"{show_call(enum + '.' + case, expected)}")

    def run(self, sources):
        for src in sources:
            for n in walk(src.tree.root_node):
                if n.type == "call_expression":
                    if not (n.parent is not None and n.parent.type == "call_expression" and n.parent.children[0] == n):
                        self.call(src, n)  # the inner part of `f(a) { closure }` is checked with the whole
                elif n.type == "navigation_expression" and n.parent is not None and not (
                        n.parent.type == "call_expression" and n.parent.children[0] == n):
                    self.member(src, n)
                elif n.type == "property_declaration":
                    self.property_default(src, n)
                elif n.type == "simple_identifier" and text(n)[:1].isupper():
                    self.capitalised_case(src, n)
                elif n.type == "class_declaration":
                    self.adopted_protocols(src, n)
        return self.problems

    def type_of_target(self, target):
        """The core type a `Type.` or `AlongsideKit.Type.` target names, if any."""
        t = strip_expr(target)
        if t is None:
            return None
        if t.type == "simple_identifier" and self.api.is_type(text(t)) and text(t) not in self.app.types:
            return text(t)
        if t.type == "navigation_expression" and text(t.child_by_field_name("target")) == MODULE:
            name = last_name(t)
            return name if self.api.is_type(name) else None
        return None

    def call(self, src, call):
        target, name, implicit = callee_parts(call)
        if name is None or implicit:
            return  # `.case(...)` is checked where its type is known, or as a capitalised case
        args = call_args(call)
        if target is not None:
            core_type = self.type_of_target(target)
            if core_type in self.api.enums:
                self.case(src, call, core_type, name, [a.label for a in args])
            elif core_type in self.api.statics:
                statics = self.api.statics[core_type]
                if name not in statics:
                    self.problem(src, call, f"{core_type}.{name} is not in the bindings")
                else:
                    self.fits(src, call, f"{core_type}.{name}", statics[name], args)
            elif last_name(target) in self.app.vaults:
                methods = self.api.methods.get("Vault", {})
                if name not in methods:
                    self.problem(src, call, f"Vault has no method {name!r} in the bindings")
                else:
                    self.fits(src, call, name, methods[name], args)
            else:
                self.app_call(src, name, args)
            return
        if name in self.api.functions and name not in self.app.functions:
            self.fits(src, call, name, self.api.functions[name], args)
        elif name in self.api.records and name not in self.app.types:
            self.fits(src, call, name, self.api.records[name], args)
        elif name in self.api.methods and name not in self.app.types:
            self.problem(src, call, f"{name} has no public initialiser in the bindings: use its static constructors")
        elif name in self.app.names or name in self.app.types:
            self.app_call(src, name, args)
        elif name[:1].isupper():
            if name not in PLATFORM_TYPES:
                self.problem(src, call, f"{name}(...) is neither in the bindings nor declared in the app "
                                        f"(a platform type? add it to PLATFORM_TYPES in {HERE})")
        elif name not in PLATFORM_FUNCTIONS:
            self.problem(src, call, f"{name}(...) is neither in the bindings nor declared in the app "
                                    f"(a platform function? add it to PLATFORM_FUNCTIONS in {HERE})")

    def app_call(self, src, name, args):
        """An app function or closure: checks `.case` arguments where it takes a core enum."""
        overloads = self.app.functions.get(name)
        if overloads:
            fitting = [ps for ps in overloads if matches(ps, [a.label for a in args])]
            if len(fitting) == 1:
                self.expected_types(src, fitting[0], args)
            return
        arg_types = self.app.closures.get(name)
        if arg_types and len(arg_types) == len(args):
            for t, a in zip(arg_types, args):
                if t in self.api.enums and a.value is not None:
                    self.enum_value(src, a.value, t)

    def member(self, src, nav):
        core_type = self.type_of_target(nav.child_by_field_name("target"))
        if core_type in self.api.enums:
            self.case(src, nav, core_type, last_name(nav), None)

    def property_default(self, src, decl):
        ann = next((c for c in decl.children if c.type == "type_annotation"), None)
        value = decl.child_by_field_name("value")
        if ann is None or value is None:
            return
        tn = type_name(ann.child_by_field_name("name"))
        if tn in self.api.enums and tn not in self.app.types:
            self.enum_value(src, value, tn)

    def capitalised_case(self, src, ident):
        """`.Case`, `.Case(...)` in an expression or a pattern: UniFFI's error variants."""
        prev = ident.prev_sibling
        if prev is None or prev.type != "." or ident.parent.type == "navigation_suffix":
            return
        name = text(ident)
        if name in self.app.enum_cases:
            return
        owners = {e: cases for e, cases in self.api.enums.items() if name in cases}
        if not owners:
            capitalised = sorted({c for cases in self.api.enums.values() for c in cases if c[:1].isupper()})
            self.problem(src, ident, f".{name} is not a case of any enum in the bindings "
                                     f"(capitalised cases: {', '.join(capitalised)})")
            return
        labels = self.case_arguments(ident)
        if labels is None:
            self.checked += 1
            return
        for enum in owners:
            expected = owners[enum][name] or []
            if len(labels) == len(expected) and all(lbl is None or lbl == e for lbl, e in zip(labels, expected)):
                self.checked += 1
                return
        enum = next(iter(owners))
        self.case(src, ident, enum, name, labels)

    def case_arguments(self, ident):
        """The labels (None where unlabelled) of `.Case(a, b: c)` in a pattern or a call; None without ()."""
        parent = ident.parent
        if parent.type == "prefix_expression":
            call = parent.parent
            if call is not None and call.type == "call_expression" and call.children[0] == parent:
                return [a.label for a in call_args(call)]
            return None
        nxt = ident.next_sibling
        if nxt is None or nxt.type != "(":
            return None
        labels = []
        node = nxt.next_sibling
        pending = None
        while node is not None and node.type != ")":
            if node.type == "simple_identifier" and node.next_sibling is not None and node.next_sibling.type == ":":
                pending = text(node)
            elif node.is_named and node.type != "simple_identifier" or node.type == "pattern":
                labels.append(pending)
                pending = None
            node = node.next_sibling
        return labels

    def adopted_protocols(self, src, decl):
        adopted = [type_name(c.child_by_field_name("inherits_from") or c.named_children[0])
                   for c in decl.children if c.type == "inheritance_specifier"]
        body = decl.child_by_field_name("body")
        declared = {}
        for d in (body.children if body is not None else []):
            if d.type == "function_declaration":
                declared.setdefault(decl_name(d), []).append(params_of(d))
        for proto in adopted:
            for name, overloads in self.api.protocols.get(proto, {}).items():
                self.checked += 1
                wanted = [p.label for p in overloads[0]]
                if not any([p.label for p in ps] == wanted for ps in declared.get(name, [])):
                    self.problem(src, decl, f"{decl_name(decl)} adopts {proto} but does not declare "
                                            f"{show_sig(name, overloads[0])} as the bindings do")


def sources_in(dirs):
    found = []
    for d in dirs:
        for p in sorted(pathlib.Path(d).rglob("*.swift")):
            if "Generated" in p.parts:
                continue  # the bindings' own copy, inside the Swift package
            found.append(Source(p, str(p), parse(p.read_bytes(), SWIFT)))
    return found


def check(bindings_source, sources, out=sys.stdout):
    """Checks `sources` against the bindings; returns (problems, checks made)."""
    api = read_api(bindings_source)
    if not api.methods.get("Vault") or not api.functions:
        print("no Vault methods or free functions found in the bindings: is this the right file?", file=out)
        return 1, 0
    app = read_app(sources, api)
    checker = Checker(api, app, out)
    checker.run(sources)
    return checker.problems, checker.checked


def main():
    if len(sys.argv) < 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    sources = sources_in(sys.argv[2:])
    problems, checked = check(pathlib.Path(sys.argv[1]).read_bytes(), sources)
    print(f"{len(sources)} Swift files, {checked} calls and cases checked against the bindings: "
          f"{'all match' if not problems else f'{problems} do not match'}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
