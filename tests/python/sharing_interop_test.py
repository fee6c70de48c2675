"""Interoperability of the sharing formats with real libsodium (through PyNaCl).

Device keys, envelopes (Ed25519 signature, then crypto_box_seal), invite codes and safety
numbers are implemented in Rust with RustCrypto. This file implements each of them again
from docs/protocol.md with libsodium, and checks both directions: what libsodium makes,
Rust accepts; what Rust makes, libsodium accepts; and Rust refuses what it must.

Run by tests/run with ALONGSIDE_INTEROP pointing at the `alongside-interop` binary
(built by `cargo build -p alongside-protocol`; default target/debug/alongside-interop).
"""

import base64
import hashlib
import json
import os
import pathlib
import struct
import subprocess
import unittest

from nacl.exceptions import BadSignatureError
from nacl.public import PrivateKey, PublicKey, SealedBox
from nacl.signing import SigningKey, VerifyKey

ROOT = pathlib.Path(__file__).resolve().parents[2]
INTEROP = os.environ.get("ALONGSIDE_INTEROP", str(ROOT / "target/debug/alongside-interop"))

ENVELOPE_DOMAIN = b"alongside-envelope/1\x00"
INVITE_DOMAIN = b"alongside-invite/1\x00"
SAFETY_DOMAIN = b"alongside-safety-number/1\x00"


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def unb64(text: str) -> bytes:
    return base64.b64decode(text)


def rust(op: str, **fields) -> dict:
    """One request to the Rust driver; returns its `ok` object, or {"error": name}."""
    run = subprocess.run(
        [INTEROP], input=json.dumps({"op": op, **fields}), capture_output=True, text=True, timeout=60,
    )
    if run.returncode != 0:
        raise AssertionError(f"alongside-interop {op} exited {run.returncode}: {run.stderr}")
    answer = json.loads(run.stdout)
    return answer["ok"] if "ok" in answer else answer


class Device:
    """A device key pair made by libsodium: an Ed25519 seed and an X25519 secret key."""

    def __init__(self):
        self.signing = SigningKey.generate()
        self.sealing = PrivateKey.generate()

    def secrets(self) -> dict:
        return {"signing_seed": b64(bytes(self.signing)), "sealing_secret": b64(bytes(self.sealing))}

    def identity(self) -> dict:
        return {"signing": b64(bytes(self.signing.verify_key)), "sealing": b64(bytes(self.sealing.public_key))}


def envelope_body(envelope_id: bytes, sender: Device, recipient: Device, item_id: str, version: int,
                  kind: str, payload: bytes) -> bytes:
    """The signed body of envelope v1 (docs/protocol.md)."""
    return (
        envelope_id
        + bytes(sender.signing.verify_key)
        + bytes(recipient.sealing.public_key)
        + struct.pack(">H", len(item_id)) + item_id.encode()
        + struct.pack(">Q", version)
        + struct.pack(">B", len(kind)) + kind.encode()
        + struct.pack(">I", len(payload)) + payload
    )


def libsodium_envelope(sender: Device, recipient: Device, envelope_id: bytes, inbox: bytes, item_id: str,
                       version: int, kind: str, payload: bytes, signer: Device = None) -> str:
    body = envelope_body(envelope_id, sender, recipient, item_id, version, kind, payload)
    signature = (signer or sender).signing.sign(ENVELOPE_DOMAIN + body).signature
    ciphertext = SealedBox(recipient.sealing.public_key).encrypt(body + signature)
    return json.dumps({
        "format": "alongside-envelope", "version": 1, "id": envelope_id.hex(), "inbox": inbox.hex(),
        "ciphertext": b64(ciphertext),
    })


def parse_envelope_body(body: bytes) -> dict:
    at = 0

    def take(n):
        nonlocal at
        chunk = body[at:at + n]
        assert len(chunk) == n, "body cut short"
        at += n
        return chunk

    out = {"id": take(16), "sender": take(32), "recipient": take(32)}
    (n,) = struct.unpack(">H", take(2))
    out["item_id"] = take(n).decode()
    (out["version"],) = struct.unpack(">Q", take(8))
    (n,) = struct.unpack(">B", take(1))
    out["kind"] = take(n).decode()
    (n,) = struct.unpack(">I", take(4))
    out["payload"] = take(n)
    assert at == len(body), "bytes left over"
    return out


def unbase32(text: str) -> bytes:
    return base64.b32decode(text + "=" * (-len(text) % 8))


def invite_code(signed: bytes) -> str:
    data = signed + hashlib.sha256(signed).digest()[:4]
    return "ALONGSIDE1:" + base64.b32encode(data).decode().rstrip("=")


def invite_body(member: Device, relay_url: str, inbox: bytes, name: str, role: str, created_at: int) -> bytes:
    out = bytes([1]) + struct.pack(">q", created_at) + inbox
    out += bytes(member.signing.verify_key) + bytes(member.sealing.public_key)
    for text in (relay_url, name, role):
        raw = text.encode()
        out += bytes([len(raw)]) + raw
    return out


def safety_half(identity: dict) -> str:
    digest = hashlib.sha512(SAFETY_DOMAIN + unb64(identity["signing"]) + unb64(identity["sealing"])).digest()
    return "".join(f"{int.from_bytes(digest[i:i + 5], 'big') % 100000:05d}" for i in range(0, 30, 5))


def safety_number(a: dict, b: dict) -> str:
    return "".join(sorted([safety_half(a), safety_half(b)]))


class KeysAndPrimitives(unittest.TestCase):
    def test_rust_derives_the_same_public_keys_as_libsodium(self):
        for _ in range(5):
            d = Device()
            self.assertEqual(rust("identity", **d.secrets()), d.identity())

    def test_a_box_sealed_by_libsodium_opens_in_rust(self):
        d = Device()
        for message in [b"x", b"hello care team", bytes(range(256)) * 40]:
            sealed = SealedBox(d.sealing.public_key).encrypt(message)
            got = rust("open-raw", sealing_secret=b64(bytes(d.sealing)), ciphertext=b64(sealed))
            self.assertEqual(unb64(got["plaintext"]), message)

    def test_a_box_sealed_by_rust_opens_in_libsodium(self):
        d = Device()
        for message in [b"x", b"hello care team", bytes(range(256)) * 40]:
            got = rust("seal-raw", recipient=b64(bytes(d.sealing.public_key)), plaintext=b64(message))
            self.assertEqual(SealedBox(d.sealing).decrypt(unb64(got["ciphertext"])), message)

    def test_rust_refuses_a_libsodium_box_that_was_changed(self):
        d = Device()
        sealed = bytearray(SealedBox(d.sealing.public_key).encrypt(b"hello"))
        sealed[-1] ^= 1
        got = rust("open-raw", sealing_secret=b64(bytes(d.sealing)), ciphertext=b64(bytes(sealed)))
        self.assertEqual(got, {"error": "Undecryptable"})

    def test_ed25519_signatures_are_identical_and_verify_both_ways(self):
        d = Device()
        message = b"alongside-envelope/1\x00 any bytes \xff"
        ours = rust("sign", signing_seed=b64(bytes(d.signing)), message=b64(message))["signature"]
        self.assertEqual(unb64(ours), d.signing.sign(message).signature)
        d.signing.verify_key.verify(message, unb64(ours))
        theirs = d.signing.sign(message).signature
        public = b64(bytes(d.signing.verify_key))
        self.assertTrue(rust("verify", public=public, message=b64(message), signature=b64(theirs))["valid"])
        forged = bytes([theirs[0] ^ 1]) + theirs[1:]
        self.assertFalse(rust("verify", public=public, message=b64(message), signature=b64(forged))["valid"])


class Envelopes(unittest.TestCase):
    def setUp(self):
        self.her, self.team = Device(), Device()
        self.envelope_id, self.inbox = os.urandom(16), os.urandom(16)
        self.payload = json.dumps({"resourceType": "Appointment", "status": "booked"}).encode()

    def rust_open(self, envelope: str, recipient: Device = None, paired=None) -> dict:
        paired = [self.her.identity()["signing"]] if paired is None else paired
        return rust("envelope-open", recipient=(recipient or self.team).secrets(), paired=paired, envelope=envelope)

    def test_an_envelope_made_with_libsodium_opens_in_rust(self):
        env = libsodium_envelope(self.her, self.team, self.envelope_id, self.inbox, "appt-1", 7, "appointment",
                                 self.payload)
        got = self.rust_open(env)
        self.assertEqual(got["id"], self.envelope_id.hex())
        self.assertEqual(got["sender"], self.her.identity()["signing"])
        self.assertEqual(got["item"], {"id": "appt-1", "version": 7, "kind": "appointment",
                                       "payload": b64(self.payload)})

    def test_an_envelope_made_by_rust_opens_and_verifies_with_libsodium(self):
        got = rust("envelope-seal", sender=self.her.secrets(), recipient=self.team.identity(),
                   inbox=self.inbox.hex(), id=self.envelope_id.hex(),
                   item={"id": "dose-9", "version": 2**40, "kind": "medication-administration",
                         "payload": b64(self.payload)})
        outer = json.loads(got["envelope"])
        self.assertEqual(set(outer), {"format", "version", "id", "inbox", "ciphertext"})
        self.assertEqual((outer["format"], outer["version"]), ("alongside-envelope", 1))
        self.assertEqual((outer["id"], outer["inbox"]), (self.envelope_id.hex(), self.inbox.hex()))
        plain = SealedBox(self.team.sealing).decrypt(unb64(outer["ciphertext"]))
        body, signature = plain[:-64], plain[-64:]
        self.her.signing.verify_key.verify(ENVELOPE_DOMAIN + body, signature)
        fields = parse_envelope_body(body)
        self.assertEqual(fields, {
            "id": self.envelope_id, "sender": bytes(self.her.signing.verify_key),
            "recipient": bytes(self.team.sealing.public_key), "item_id": "dose-9", "version": 2**40,
            "kind": "medication-administration", "payload": self.payload,
        })
        with self.assertRaises(BadSignatureError):
            self.her.signing.verify_key.verify(ENVELOPE_DOMAIN + body[:-1] + b"!", signature)

    def test_a_tombstone_made_with_libsodium_opens_in_rust_as_a_deletion(self):
        env = libsodium_envelope(self.her, self.team, self.envelope_id, self.inbox, "appt-1", 8, "tombstone", b"")
        self.assertEqual(self.rust_open(env)["item"], {"id": "appt-1", "version": 8, "kind": "tombstone",
                                                        "payload": ""})
        with_payload = libsodium_envelope(self.her, self.team, self.envelope_id, self.inbox, "appt-1", 8,
                                          "tombstone", b"{}")
        self.assertEqual(self.rust_open(with_payload), {"error": "TombstoneWithPayload"})

    def test_rust_refuses_a_libsodium_envelope_whose_ciphertext_was_changed(self):
        env = json.loads(libsodium_envelope(self.her, self.team, self.envelope_id, self.inbox, "a", 1,
                                            "appointment", self.payload))
        ct = bytearray(unb64(env["ciphertext"]))
        ct[60] ^= 1
        env["ciphertext"] = b64(bytes(ct))
        self.assertEqual(self.rust_open(json.dumps(env)), {"error": "Undecryptable"})

    def test_rust_refuses_an_envelope_sealed_to_someone_else(self):
        env = libsodium_envelope(self.her, self.team, self.envelope_id, self.inbox, "a", 1, "appointment",
                                 self.payload)
        self.assertEqual(self.rust_open(env, recipient=Device()), {"error": "Undecryptable"})

    def test_rust_refuses_an_envelope_from_an_unpaired_key(self):
        stranger = Device()
        env = libsodium_envelope(stranger, self.team, self.envelope_id, self.inbox, "a", 1, "appointment",
                                 self.payload)
        self.assertEqual(self.rust_open(env), {"error": "UnpairedSender"})

    def test_rust_refuses_an_envelope_naming_her_key_but_signed_by_another(self):
        env = libsodium_envelope(self.her, self.team, self.envelope_id, self.inbox, "a", 1, "appointment",
                                 self.payload, signer=Device())
        self.assertEqual(self.rust_open(env), {"error": "BadSignature"})

    def test_libsodium_and_rust_both_refuse_to_seal_to_a_small_order_key(self):
        # A box sealed to such a key has a predictable shared secret: anyone could open it.
        zero = bytes(32)
        with self.assertRaises(Exception):
            SealedBox(PublicKey(zero)).encrypt(b"x")
        got = rust("envelope-seal", sender=self.her.secrets(), recipient={"signing": self.team.identity()["signing"],
                                                                          "sealing": b64(zero)},
                   inbox=self.inbox.hex(), id=self.envelope_id.hex(),
                   item={"id": "a", "version": 1, "kind": "appointment", "payload": b64(self.payload)})
        self.assertEqual(got, {"error": "BadRecipientKey"})

    def test_rust_refuses_a_newer_envelope_version(self):
        env = json.loads(libsodium_envelope(self.her, self.team, self.envelope_id, self.inbox, "a", 1,
                                            "appointment", self.payload))
        env["version"] = 2
        self.assertEqual(self.rust_open(json.dumps(env)), {"error": "UnsupportedVersion"})


class Invites(unittest.TestCase):
    def setUp(self):
        self.member = Device()
        self.inbox = os.urandom(16)
        self.fields = {"relay_url": "https://relay.example.org", "inbox": self.inbox.hex(),
                       "display_name": "Sam Jones", "role": "Specialist midwife", "created_at": 1795000000}

    def libsodium_invite(self, **changes) -> str:
        f = {**self.fields, **changes}
        body = invite_body(self.member, f["relay_url"], bytes.fromhex(f["inbox"]), f["display_name"], f["role"],
                           f["created_at"])
        return invite_code(body + self.member.signing.sign(INVITE_DOMAIN + body).signature)

    def test_an_invite_made_by_rust_is_checked_and_read_with_libsodium(self):
        code = rust("invite-encode", member=self.member.secrets(), invite=self.fields)["code"]
        self.assertTrue(code.startswith("ALONGSIDE1:"))
        data = unbase32(code[len("ALONGSIDE1:"):])
        signed, checksum = data[:-4], data[-4:]
        self.assertEqual(hashlib.sha256(signed).digest()[:4], checksum)
        body, signature = signed[:-64], signed[-64:]
        self.member.signing.verify_key.verify(INVITE_DOMAIN + body, signature)
        self.assertEqual(body, invite_body(self.member, "https://relay.example.org", self.inbox, "Sam Jones",
                                           "Specialist midwife", 1795000000))
        # Ed25519 is deterministic, so libsodium makes the very same code.
        self.assertEqual(self.libsodium_invite(), code)

    def test_an_invite_made_with_libsodium_is_read_by_rust(self):
        got = rust("invite-decode", code=self.libsodium_invite(display_name="Ayesha Khan", role="Drug worker"))
        self.assertEqual(got, {**self.fields, "display_name": "Ayesha Khan", "role": "Drug worker",
                               **self.member.identity()})

    def test_rust_refuses_an_invite_changed_after_signing(self):
        code = self.libsodium_invite()
        signed = bytearray(unbase32(code[len("ALONGSIDE1:"):])[:-4])
        signed[-70] ^= 1  # inside the role
        self.assertEqual(rust("invite-decode", code=invite_code(bytes(signed))), {"error": "BadSignature"})
        typo = code[:-6] + ("A" if code[-6] != "A" else "B") + code[-5:]
        self.assertEqual(rust("invite-decode", code=typo), {"error": "BadChecksum"})


class SafetyNumbers(unittest.TestCase):
    def test_python_computes_the_same_safety_number_as_rust_in_either_order(self):
        for _ in range(5):
            a, b = Device().identity(), Device().identity()
            expected = safety_number(a, b)
            for x, y in [(a, b), (b, a)]:
                got = rust("safety-number", a=x, b=y)
                self.assertEqual(got["digits"], expected)
                self.assertEqual(got["display"], " ".join(expected[i:i + 5] for i in range(0, 60, 5)))


if __name__ == "__main__":
    unittest.main(verbosity=2)
