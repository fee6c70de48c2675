"""What a care team exports is valid FHIR R4 (4.0.1), checked with a well-kept validator.

A woman and a care-team member share through a real relay on loopback, with the real
`alongside` binary: appointments, a split methadone dose, a weekly injection, doses taken,
partly taken (with and without the amount), vomited and missed, a dose taken as needed,
her breastfeeding plan, a request for support and a stopped agreement. The member's
`alongside team export` Bundle is then checked resource by resource with the R4 models of
the Python package fhir.resources, version 6.4.0: the last release whose models are R4
4.0.1 (from 6.5.0 its root package is R4B 4.3.0, and from 7.0.0 R5). The models check
element names, types, cardinality and choice types; they list each required value set
(`enum_values`) without enforcing it, so this file checks those codes itself. It also
checks what R4 asks of a Bundle entry and what UK Core expects of the links: a fullUrl on
every entry and every reference between her resources resolving inside the Bundle.

Run by tests/run with ALONGSIDE_CLI and ALONGSIDE_RELAY pointing at the built binaries
(default target/debug/alongside and target/debug/alongside-relay).
"""

import json
import os
import pathlib
import subprocess
import tempfile
import unittest

import fhir.resources
from fhir.resources import construct_fhir_element
from fhir.resources.core.fhirabstractmodel import FHIRAbstractModel

ROOT = pathlib.Path(__file__).resolve().parents[2]
CLI = os.environ.get("ALONGSIDE_CLI", str(ROOT / "target/debug/alongside"))
RELAY = os.environ.get("ALONGSIDE_RELAY", str(ROOT / "target/debug/alongside-relay"))
NOW = "2026-11-23T09:00:00Z"
PASSCODE = "plum-tree-4829"

# Every kind of resource the phone sends.
KINDS = {
    "Patient",
    "Appointment",
    "MedicationStatement",
    "MedicationAdministration",
    "Consent",
    "CommunicationRequest",
}


class World:
    """A relay, her vault and a member's folder in a temporary directory."""

    def __init__(self):
        self.dir = tempfile.TemporaryDirectory()
        self.root = pathlib.Path(self.dir.name)
        self.relay = subprocess.Popen(
            [RELAY, "--listen", "127.0.0.1:0", "--database", str(self.root / "relay.sqlite3"), "--now", NOW],
            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
        )
        line = self.relay.stdout.readline().strip()
        assert line.startswith("listening on "), line
        self.url = "http://" + line[len("listening on "):]

    def close(self):
        self.relay.kill()
        self.relay.wait(timeout=30)
        self.relay.stdout.close()
        self.dir.cleanup()

    def run(self, *args, json_out=True):
        env = {
            "PATH": os.environ.get("PATH", ""),
            "ALONGSIDE_PASSCODE": PASSCODE,
            "TMPDIR": str(self.root),
        }
        cmd = [CLI, "--vault", str(self.root / "vault"), "--now", NOW]
        if json_out:
            cmd.append("--json")
        done = subprocess.run(cmd + list(args), env=env, capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            raise AssertionError(f"alongside {' '.join(args)} exited {done.returncode}: {done.stderr}")
        return json.loads(done.stdout) if json_out else done.stdout


def her_shared_bundle():
    """The Bundle a member exports after she has shared one of everything."""
    w = World()
    try:
        team = str(w.root / "team")
        invite = w.run("team", "init", "--dir", team, "--relay", w.url, "--name", "Maya Okafor",
                       "--role", "specialist midwife")["invite"]
        w.run("init", json_out=False)
        w.run("appointment", "add", "--title", "Midwife", "--kind", "specialist-midwife",
              "--start", "2026-11-24 10:30", "--where", "Family hub")
        w.run("appointment", "add", "--title", "Peer group", "--kind", "peer-support",
              "--start", "2026-11-25 18:00", "--every-weeks", "1", "--count", "2")
        methadone = w.run("medicine", "add", "--kind", "methadone", "--dose", "40", "--evening-dose", "30",
                          "--split", "08:30,20:00", "--supervised", "--take-home-days", "sun",
                          "--start", "2026-11-01")["id"]
        w.run("medicine", "add", "--kind", "buprenorphine-injection-weekly", "--dose", "16",
              "--weekly", "fri@11:00", "--start", "2026-11-01")
        spray = w.run("medicine", "add", "--kind", "other", "--name", "Pain relief", "--dose", "1",
                      "--unit", "tablet", "--as-needed", "--start", "2026-11-01")["id"]
        w.run("dose", "take", methadone, "--date", "2026-11-20", "--slot", "morning")
        w.run("dose", "partly", methadone, "--date", "2026-11-20", "--slot", "evening", "--amount", "12.5")
        w.run("dose", "partly", methadone, "--date", "2026-11-21", "--slot", "morning")
        w.run("dose", "vomited", methadone, "--date", "2026-11-21", "--slot", "evening")
        w.run("dose", "miss", methadone, "--date", "2026-11-22", "--slot", "morning")
        w.run("dose", "as-needed", spray, "--amount", "2", "--at", "2026-11-22 14:00")
        w.run("guidance", "breastfeeding", "--medicine", "methadone", "--save")
        contact = w.run("share", "pair", invite)["contact"]["id"]
        w.run("share", "grant", contact, "--what", "appointments", "--what", "medicines-and-doses",
              "--what", "breastfeeding-plan", "--from", "2026-11-01")
        stopped = w.run("share", "grant", contact, "--what", "appointments", "--from", "2026-11-01")
        w.run("share", "stop", stopped["agreement"]["id"])
        w.run("support", "request", "--to", f"care:{contact}", "--need", "someone-to-talk-to",
              "--by", "call", "--phone", "07700 900123", "--yes")
        w.run("share", "sync")
        pulled = w.run("team", "pull", "--dir", team)
        woman = next(iter(pulled["women"]))
        return w.run("team", "export", "--dir", team, "--woman", woman)
    finally:
        w.close()


def required_codes(model: FHIRAbstractModel, path: str):
    """Yields (path, code, allowed) for every element bound to a required value set."""
    for field in model.__fields__.values():
        value = getattr(model, field.name, None)
        if value is None:
            continue
        allowed = field.field_info.extra.get("enum_values")
        values = value if isinstance(value, list) else [value]
        for v in values:
            if allowed and isinstance(v, str):
                yield f"{path}.{field.alias}", v, allowed
            elif isinstance(v, FHIRAbstractModel):
                yield from required_codes(v, f"{path}.{field.alias}")


def references(value):
    """Every `reference` string anywhere in a resource's JSON."""
    if isinstance(value, dict):
        for k, v in value.items():
            if k == "reference" and isinstance(v, str):
                yield v
            else:
                yield from references(v)
    elif isinstance(value, list):
        for v in value:
            yield from references(v)


def r4_problems(resource: dict):
    """What the R4 models refuse, and codes outside a required value set."""
    try:
        model = construct_fhir_element(resource["resourceType"], resource)
    except Exception as e:  # pydantic's ValidationError, with every problem in it
        return [str(e)]
    return [f"{p}: {c!r} is not in {allowed}" for p, c, allowed in required_codes(model, resource["resourceType"])
            if c not in allowed]


class TheValidatorIsR4(unittest.TestCase):
    def test_the_pinned_models_are_fhir_r4_4_0_1(self):
        self.assertEqual(fhir.resources.__fhir_version__, "4.0.1")

    def test_the_checks_refuse_what_r4_forbids(self):
        good = {
            "resourceType": "MedicationAdministration", "status": "completed",
            "medicationCodeableConcept": {"text": "Methadone"}, "subject": {"reference": "urn:uuid:x"},
            "effectiveDateTime": "2026-11-23",
        }
        self.assertEqual(r4_problems(good), [])
        self.assertNotEqual(r4_problems({**good, "status": "vomited"}), [])
        self.assertNotEqual(r4_problems({**good, "dose": {"value": 60}}), [])
        self.assertNotEqual(r4_problems({**good, "dosage": {"dose": {"value": "sixty"}}}), [])
        no_medication = dict(good)
        del no_medication["medicationCodeableConcept"]
        self.assertNotEqual(r4_problems(no_medication), [])


class WhatHerTeamExports(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.bundle = her_shared_bundle()
        cls.resources = [e["resource"] for e in cls.bundle["entry"]]

    def of(self, kind):
        return [r for r in self.resources if r["resourceType"] == kind]

    def test_the_bundle_and_every_resource_in_it_are_valid_r4(self):
        self.assertEqual(r4_problems(self.bundle), [])
        for r in self.resources:
            with self.subTest(resource=r["resourceType"], id=r.get("id")):
                self.assertEqual(r4_problems(r), [])

    def test_every_kind_of_resource_she_can_share_is_checked(self):
        self.assertEqual({r["resourceType"] for r in self.resources}, KINDS)

    def test_every_entry_has_a_unique_full_url_and_every_reference_resolves_in_the_bundle(self):
        urls = [e.get("fullUrl", "") for e in self.bundle["entry"]]
        self.assertTrue(all(u.startswith("urn:uuid:") for u in urls), urls)
        self.assertEqual(len(urls), len(set(urls)))
        for r in self.resources:
            for ref in references(r):
                with self.subTest(resource=r["resourceType"], reference=ref):
                    self.assertIn(ref, urls)

    def test_every_resource_has_an_identifier_and_the_version_it_travelled_as(self):
        for e in self.bundle["entry"]:
            r = e["resource"]
            with self.subTest(resource=r["resourceType"], id=r.get("id")):
                self.assertEqual(r["identifier"], [{"system": "urn:ietf:rfc:3986", "value": e["fullUrl"]}])
                self.assertRegex(r["meta"]["versionId"], r"^[1-9][0-9]*$")
        stopped = [c for c in self.of("Consent") if c["status"] == "inactive"]
        self.assertEqual([c["meta"]["versionId"] for c in stopped], ["2"])

    def test_her_patient_holds_nothing_but_her_random_id(self):
        (patient,) = self.of("Patient")
        self.assertEqual(set(patient), {"resourceType", "id", "identifier", "meta"})

    def test_split_doses_have_their_times_and_doses_point_at_their_medicine(self):
        statements = {s["identifier"][0]["value"]: s for s in self.of("MedicationStatement")}
        split = next(s for s in statements.values() if len(s["dosage"]) == 2)
        times = [d["timing"]["repeat"]["timeOfDay"] for d in split["dosage"]]
        self.assertEqual(times, [["08:30:00"], ["20:00:00"]])
        for a in self.of("MedicationAdministration"):
            (link,) = a["supportingInformation"]
            self.assertEqual(statements[link["reference"]]["medicationCodeableConcept"],
                             a["medicationCodeableConcept"])

    def test_a_dose_claims_only_the_amount_she_took(self):
        doses = self.of("MedicationAdministration")

        def noted(start):
            return [a for a in doses if a.get("note", [{}])[0].get("text", "").startswith(start)]

        (part,) = [a for a in noted("Partly taken") if "dosage" in a]
        self.assertEqual(part["dosage"]["dose"]["value"], 12.5, "not the 30 mg that was due")
        (unknown,) = noted("Partly taken. How much was taken is not known.")
        self.assertNotIn("dosage", unknown)
        (vomited,) = noted("Vomited")
        self.assertEqual(vomited["status"], "completed")
        self.assertNotIn("dosage", vomited, "the full amount is not claimed")
        (missed,) = [a for a in doses if a["status"] == "not-done"]
        self.assertEqual(missed["statusReason"][0]["text"], "Missed")

if __name__ == "__main__":
    unittest.main(verbosity=2)
