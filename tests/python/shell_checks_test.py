"""Tests of the checks that stand in for the phones' compilers here (tests/lib/shell_*.py,
swift_core_calls.py, swiftui_children.py, ios_privacy_manifest.py,
swift_concurrency.py): each is shown a small broken sample and must
name the problem and where it is, and a correct sample must pass.

Run by tests/run (step `shells`) with the tools venv, which has the pinned tree-sitter
grammars. Needs no build and no bindings: the bindings here are a small sample written the
way UniFFI 0.32 writes them.
"""

import io
import os
import pathlib
import sys
import tempfile
import unittest

ROOT = pathlib.Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "lib"))

import ios_privacy_manifest  # noqa: E402  (the path is set just above)
import shell_syntax  # noqa: E402
import swift_concurrency  # noqa: E402
import swift_core_calls  # noqa: E402
import swiftui_children  # noqa: E402
from shell_parsers import SWIFT, parse  # noqa: E402

# A few declarations in the shape uniffi-bindgen 0.32 gives them.
BINDINGS = b'''
public protocol SyncListener: AnyObject, Sendable {
    func progress(progress: SyncProgress)
}
public protocol VaultProtocol: AnyObject, Sendable {
    func logDose(entry: DoseEntry, now: Date) throws
}
open class Vault: VaultProtocol, @unchecked Sendable {
    fileprivate let handle: UInt64
    required public init(unsafeFromHandle handle: UInt64) {
        self.handle = handle
    }
public static func `open`(dir: String)throws  -> Vault  {
    return try  FfiConverterTypeVault_lift(try rustCallWithError(FfiConverterTypeAlongsideError_lift) {
        uniffiCallStatus in
    uniffi_alongside_core_fn_constructor_vault_open(
        FfiConverterString.lower(dir),uniffiCallStatus
    )
})
}
open func logDose(entry: DoseEntry, now: Date)throws  {try rustCallWithError(FfiConverterTypeAlongsideError_lift) {
    uniffi_alongside_core_fn_method_vault_log_dose(self.uniffiCloneHandle(),
        FfiConverterTypeDoseEntry_lower(entry),
        FfiConverterTimestamp.lower(now),$0
    )
}
}
open func today(now: Date)throws  -> TodayView  {
    return try  FfiConverterTypeTodayView_lift(try rustCallWithError(FfiConverterTypeAlongsideError_lift) {
    uniffi_alongside_core_fn_method_vault_today(self.uniffiCloneHandle(),
        FfiConverterTimestamp.lower(now),$0
    )
})
}
}
public struct DoseEntry: Equatable, Hashable {
    public var medicineId: String
    public var status: DoseStatus
    public var amountTaken: Double?
    public init(medicineId: String,
        /**
         * What happened.
         */status: DoseStatus,
        amountTaken: Double? = nil) {
        self.medicineId = medicineId
        self.status = status
        self.amountTaken = amountTaken
    }
}
public enum DoseStatus: Equatable, Hashable {
    case taken
    case partlyTaken
}
public enum AlongsideError: Swift.Error, Equatable, Hashable, Foundation.LocalizedError {
    case InvalidInput(field: String, reason: String
    )
    case Locked
}
public func crisisHelp()throws  -> CrisisHelp  {
    return try  FfiConverterTypeCrisisHelp_lift(try rustCallWithError(FfiConverterTypeAlongsideError_lift) {
    uniffi_alongside_core_fn_func_crisis_help($0
    )
})
}
'''

# An app that uses every kind of declaration above correctly.
APP = '''
import AlongsideKit
import Foundation

struct Snapshot: Sendable {
    let vault: Vault
}

final class Quiet: SyncListener {
    func progress(progress: SyncProgress) {}
}

@MainActor
final class Model {
    private var vault: Vault?
    var status: DoseStatus = .taken

    func open(path: String) throws {
        let opened = try Vault.open(dir: path)
        vault = opened
    }

    func log(id: String) throws {
        guard let handle = vault else { return }
        let entry = DoseEntry(medicineId: id, status: .partlyTaken)
        try handle.logDose(entry: entry, now: Date())
        _ = try crisisHelp()
    }

    func words(_ error: Error) -> String {
        switch error as? AlongsideError {
        case .InvalidInput(_, let reason)?: return reason
        case .Locked?: return "locked"
        default: return ""
        }
    }

    func run(_ work: @escaping @Sendable (Vault, Date) throws -> Void) {}

    func later() {
        run { vault, now in try vault.logDose(entry: DoseEntry(medicineId: "m", status: DoseStatus.taken), now: now) }
        print(AlongsideError.Locked)
    }
}
'''


def check_calls(app_source):
    out = io.StringIO()
    source = swift_core_calls.Source(pathlib.Path("App.swift"), "App.swift", parse(app_source, SWIFT))
    problems, checked = swift_core_calls.check(BINDINGS, [source], out)
    return problems, checked, out.getvalue()


def count_children(app_source):
    out = io.StringIO()
    over, counted = swiftui_children.check([("View.swift", parse(app_source, SWIFT))], out)
    return over, counted, out.getvalue()


class SyntaxCheck(unittest.TestCase):
    def check_files(self, files):
        with tempfile.TemporaryDirectory() as d:
            paths = []
            for name, body in files.items():
                p = pathlib.Path(d) / name
                p.write_text(body, encoding="utf-8")
                paths.append(p)
            out = io.StringIO()
            bad = shell_syntax.check(sorted(paths), pathlib.Path(d), out)
            return bad, out.getvalue()

    def test_a_kotlin_file_missing_a_bracket_is_named_with_its_line_and_column(self):
        bad, report = self.check_files({
            "Good.kt": "fun ok() = listOf(1, 2)\n",
            "Broken.kt": "fun main() {\n    val x = listOf(1, 2\n}\n",
        })
        self.assertEqual(bad, 1)
        self.assertIn("Broken.kt:2:", report)
        self.assertIn("syntax error", report)
        self.assertNotIn("Good.kt", report)

    def test_a_swift_view_missing_a_brace_is_named_with_its_line(self):
        bad, report = self.check_files({
            "Row.swift": 'struct Row: View {\n    var body: some View {\n        VStack {\n'
                         '            Text("a")\n    }\n}\n',
        })
        self.assertEqual(bad, 1)
        self.assertRegex(report, r"Row\.swift:\d+:\d+: syntax error")

    def test_a_gradle_kotlin_script_with_a_stray_token_fails(self):
        bad, report = self.check_files({"build.gradle.kts": 'plugins {\n    id("a") version\n}\n)\n'})
        self.assertEqual(bad, 1)
        self.assertIn("build.gradle.kts:", report)

    def test_correct_kotlin_and_swift_pass(self):
        bad, report = self.check_files({
            "A.kt": "class A(val b: Int) {\n    fun c() = b + 1\n}\n",
            "B.swift": APP,
        })
        self.assertEqual((bad, report), (0, ""))


class SwiftCallsMatchTheBindings(unittest.TestCase):
    def test_an_app_that_calls_the_core_correctly_passes(self):
        problems, checked, report = check_calls(APP)
        self.assertEqual(report, "")
        self.assertEqual(problems, 0)
        self.assertGreaterEqual(checked, 10)

    def test_a_wrong_label_on_a_vault_method_is_caught(self):
        problems, _, report = check_calls(APP.replace("handle.logDose(entry: entry", "handle.logDose(dose: entry"))
        self.assertEqual(problems, 1)
        self.assertIn("App.swift:26:", report)
        self.assertIn("logDose(dose:now:) does not match the bindings' logDose(entry:now:)", report)

    def test_a_vault_method_the_bindings_do_not_have_is_caught(self):
        problems, _, report = check_calls(APP.replace("handle.logDose(", "handle.logDoses("))
        self.assertEqual(problems, 1)
        self.assertIn("Vault has no method 'logDoses'", report)

    def test_a_vault_passed_into_a_closure_is_checked_too(self):
        problems, _, report = check_calls(APP.replace("try vault.logDose(entry: DoseEntry",
                                                      "try vault.log(entry: DoseEntry"))
        self.assertEqual(problems, 1)
        self.assertIn("Vault has no method 'log'", report)

    def test_a_missing_argument_is_caught(self):
        problems, _, report = check_calls(APP.replace("try handle.logDose(entry: entry, now: Date())",
                                                      "try handle.logDose(entry: entry)"))
        self.assertEqual(problems, 1)
        self.assertIn("logDose(entry:) does not match", report)

    def test_a_renamed_free_function_is_caught(self):
        problems, _, report = check_calls(APP.replace("try crisisHelp()", "try crisisLines()"))
        self.assertEqual(problems, 1)
        self.assertIn("crisisLines(...) is neither in the bindings nor declared in the app", report)

    def test_a_wrong_label_on_a_static_constructor_is_caught(self):
        problems, _, report = check_calls(APP.replace("Vault.open(dir: path)", "Vault.open(path: path)"))
        self.assertEqual(problems, 1)
        self.assertIn("Vault.open(path:) does not match the bindings' Vault.open(dir:)", report)

    def test_a_record_initialiser_with_a_wrong_label_is_caught_and_defaults_may_be_left_out(self):
        problems, _, report = check_calls(APP.replace('DoseEntry(medicineId: id, status: .partlyTaken)',
                                                      'DoseEntry(medicine: id, status: .partlyTaken)'))
        self.assertEqual(problems, 1)
        self.assertIn("DoseEntry(medicine:status:) does not match the bindings' "
                      "DoseEntry(medicineId:status:amountTaken:)", report)

    def test_a_renamed_record_is_caught(self):
        problems, _, report = check_calls(APP.replace("let entry = DoseEntry(", "let entry = DoseLog("))
        self.assertEqual(problems, 1)
        self.assertIn("DoseLog(...) is neither in the bindings nor declared in the app", report)

    def test_an_enum_case_the_bindings_do_not_have_is_caught_where_its_type_is_known(self):
        for wrong in (APP.replace("status: .partlyTaken", "status: .partly"),
                      APP.replace("var status: DoseStatus = .taken", "var status: DoseStatus = .took"),
                      APP.replace("DoseStatus.taken", "DoseStatus.takenNow")):
            problems, _, report = check_calls(wrong)
            self.assertEqual(problems, 1, report)
            self.assertIn("DoseStatus has no case", report)

    def test_an_error_case_with_the_wrong_values_or_name_is_caught(self):
        problems, _, report = check_calls(APP.replace("case .InvalidInput(_, let reason)?",
                                                      "case .InvalidInput(let reason)?"))
        self.assertEqual(problems, 1)
        self.assertIn("AlongsideError.InvalidInput(_:) does not match the bindings' "
                      "AlongsideError.InvalidInput(field:reason:)", report)
        problems, _, report = check_calls(APP.replace("case .Locked?", "case .VaultLocked?"))
        self.assertEqual(problems, 1)
        self.assertIn(".VaultLocked is not a case of any enum in the bindings", report)

    def test_a_callback_whose_method_label_changed_is_caught(self):
        problems, _, report = check_calls(APP.replace("func progress(progress: SyncProgress)",
                                                      "func progress(_ progress: SyncProgress)"))
        self.assertEqual(problems, 1)
        self.assertIn("Quiet adopts SyncListener but does not declare progress(progress:)", report)


def view(n_children, wrapper="VStack"):
    rows = "\n".join(f'            Text("{i}")' for i in range(n_children))
    return f'''
struct Row: View {{
    var body: some View {{
        {wrapper} {{
            let words = "a"
{rows}
        }}
    }}
}}
'''


class ViewBuildersStayWithinTen(unittest.TestCase):
    def test_ten_children_pass_and_eleven_fail_with_the_place(self):
        self.assertEqual(count_children(view(10))[0], 0)
        over, _, report = count_children(view(11))
        self.assertEqual(over, 1)
        self.assertIn("View.swift:4:", report)
        self.assertIn("11 children; iOS 16 allows 10", report)

    def test_eleven_children_in_a_body_a_section_or_an_if_branch_fail(self):
        rows = "\n".join(f'        Text("{i}")' for i in range(11))
        for source in (
            f"struct A: View {{\n    var body: some View {{\n{rows}\n    }}\n}}\n",
            f'let s = Section("t") {{\n{rows}\n}}\n',
            f"struct A: View {{\n    var body: some View {{\n        if x {{\n{rows}\n        }}\n    }}\n}}\n",
            f"@ViewBuilder\nfunc rows() -> some View {{\n{rows}\n}}\n",
            f"let v = Text(\"a\").toolbar {{\n{rows}\n}}\n",
        ):
            self.assertEqual(count_children(source)[0], 1, source)

    def test_a_group_counts_as_one_child(self):
        rows = "\n".join(f'            Text("{i}")' for i in range(9))
        source = f'let v = VStack {{\n    Group {{\n{rows}\n    }}\n{rows}\n}}\n'
        over, counted, report = count_children(source)
        self.assertEqual((over, report), (0, ""))
        self.assertEqual(counted, 2)

    def test_an_action_closure_is_not_a_view_builder(self):
        lines = "\n".join(f"    model.step{i}()" for i in range(12))
        for source in (f'let b = Button("go") {{\n{lines}\n}}\n', f"let t = Task {{\n{lines}\n}}\n",
                       f"let v = Text(\"a\").onAppear {{\n{lines}\n}}\n"):
            self.assertEqual(count_children(source)[0], 0, source)

    def test_an_app_view_that_takes_views_is_a_view_builder_and_one_that_takes_an_action_is_not(self):
        rows = "\n".join(f'    Text("{i}")' for i in range(11))
        declarations = ("struct ButtonRow<Content: View>: View {\n    @ViewBuilder let content: () -> Content\n"
                        "    var body: some View { content() }\n}\n"
                        "struct BusyButton: View {\n    let action: () -> Void\n"
                        "    var body: some View { Text(\"a\") }\n}\n")
        self.assertEqual(count_children(declarations + f"let r = ButtonRow {{\n{rows}\n}}\n")[0], 1)
        self.assertEqual(count_children(declarations + f"let r = BusyButton {{\n{rows}\n}}\n")[0], 0)


def manifest(*categories):
    """A privacy manifest declaring each (category, reason)."""
    entries = "".join(
        f"<dict><key>NSPrivacyAccessedAPIType</key><string>NSPrivacyAccessedAPICategory{c}</string>"
        f"<key>NSPrivacyAccessedAPITypeReasons</key><array><string>{r}</string></array></dict>"
        for c, r in categories
    )
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0"><dict>'
            "<key>NSPrivacyTracking</key><false/><key>NSPrivacyCollectedDataTypes</key><array/>"
            f"<key>NSPrivacyAccessedAPITypes</key><array>{entries}</array></dict></plist>\n")


PROJECT = "targets:\n  App:\n    sources:\n      - path: Sources\n      - path: PrivacyInfo.xcprivacy\n        buildPhase: resources\n"
CORE_NEEDS = [("FileTimestamp", "C617.1"), ("DiskSpace", "E174.1")]
ASKED_ONCE = ('// UserDefaults in a comment does not count.\nfunc askOnce() {\n'
              '    guard !UserDefaults.standard.bool(forKey: "asked") else { return }\n}\n')


class PrivacyManifestDeclaresWhatIsUsed(unittest.TestCase):
    def check(self, manifest_text, project=PROJECT, swift=ASKED_ONCE):
        with tempfile.TemporaryDirectory() as d:
            app = pathlib.Path(d)
            (app / "Sources").mkdir()
            (app / "Sources" / "Reminders.swift").write_text(swift, encoding="utf-8")
            (app / "project.yml").write_text(project, encoding="utf-8")
            if manifest_text is not None:
                (app / "PrivacyInfo.xcprivacy").write_text(manifest_text, encoding="utf-8")
            return "\n".join(p.replace(d + "/", "") for p in ios_privacy_manifest.check(app, [app / "Sources"]))

    def test_an_app_that_declares_what_it_and_the_core_use_passes(self):
        self.assertEqual(self.check(manifest(("UserDefaults", "CA92.1"), *CORE_NEEDS)), "")

    def test_user_defaults_used_but_not_declared_is_named_where_it_is_used(self):
        report = self.check(manifest(*CORE_NEEDS))
        self.assertIn("Sources/Reminders.swift:3:12: UserDefaults needs NSPrivacyAccessedAPICategoryUserDefaults", report)
        self.assertEqual(report.count("UserDefaults needs"), 1, "the comment is not a use")

    def test_the_categories_the_core_needs_must_be_declared_even_if_the_swift_never_names_them(self):
        report = self.check(manifest(("UserDefaults", "CA92.1")), swift="let a = 1\n")
        self.assertIn("NSPrivacyAccessedAPICategoryFileTimestamp is not declared", report)
        self.assertIn("NSPrivacyAccessedAPICategoryDiskSpace is not declared", report)

    def test_a_reason_apple_does_not_allow_for_the_category_fails(self):
        report = self.check(manifest(("UserDefaults", "C617.1"), *CORE_NEEDS))
        self.assertIn("'C617.1' is not a reason Apple allows for NSPrivacyAccessedAPICategoryUserDefaults", report)

    def test_a_missing_manifest_or_one_left_out_of_the_app_target_fails(self):
        self.assertIn("PrivacyInfo.xcprivacy: missing", self.check(None))
        report = self.check(manifest(("UserDefaults", "CA92.1"), *CORE_NEEDS), project="targets: {}\n")
        self.assertIn("project.yml: PrivacyInfo.xcprivacy is not among the target's sources", report)


def concurrency(source):
    out = io.StringIO()
    problems = swift_concurrency.check([("Model.swift", source.encode("utf-8"))], out)
    return problems, out.getvalue()


MODEL = """@MainActor
final class Model: ObservableObject {
    private func call<T: Sendable>(_ work: @escaping @Sendable () throws -> T, done: @escaping @MainActor (T) -> Void) {
        Task {
            let result = await Task.detached(priority: .userInitiated) { Result { try work() } }.value
            if case .success(let value) = result { done(value) }
        }
    }
}
"""


class ModelsKeepSwift6Concurrency(unittest.TestCase):
    def test_a_main_actor_model_with_sendable_results_passes(self):
        self.assertEqual(concurrency(MODEL), (0, ""))

    def test_a_model_that_is_not_main_actor_is_named(self):
        problems, report = concurrency(MODEL.replace("@MainActor\nfinal", "final"))
        self.assertEqual(problems, 1)
        self.assertIn("Model.swift:1:1: Model adopts ObservableObject but is not @MainActor", report)

    def test_a_generic_result_handed_across_task_detached_must_be_sendable(self):
        problems, report = concurrency(MODEL.replace("<T: Sendable>", "<T>"))
        self.assertEqual(problems, 1)
        self.assertIn("Model.swift:3:5: call<T> hands T across Task.detached", report)
        where_clause = MODEL.replace("<T: Sendable>", "<T>").replace(" -> Void) {", " -> Void) where T: Sendable {")
        self.assertEqual(concurrency(where_clause), (0, ""))

    def test_unchecked_sendable_needs_a_comment_saying_why(self):
        problems, report = concurrency("struct Box: @unchecked Sendable {\n    let vault: Vault\n}\n")
        self.assertEqual(problems, 1)
        self.assertIn("Box is @unchecked Sendable with no comment above", report)
        explained = "// Vault locks inside the core, so it may cross threads.\nstruct Box: @unchecked Sendable {}\n"
        self.assertEqual(concurrency(explained), (0, ""))


if __name__ == "__main__":
    os.chdir(ROOT)
    unittest.main(verbosity=2)
