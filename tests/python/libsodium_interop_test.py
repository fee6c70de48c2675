"""Interoperability with real libsodium (through PyNaCl): Alongside's signed bundles use
Ed25519 as libsodium's crypto_sign_detached does, implemented with RustCrypto. These tests
prove it byte for byte in both directions, using the shipped sample directory bundle.

Run by tests/run with ALONGSIDE_CLI pointing at the built `alongside` binary.
"""

import base64
import json
import os
import pathlib
import subprocess
import tempfile
import unittest

from nacl.exceptions import BadSignatureError
from nacl.signing import SigningKey, VerifyKey

ROOT = pathlib.Path(__file__).resolve().parents[2]
SAMPLE_BUNDLE = ROOT / "core/content/directory/sample/sample.bundle"
SAMPLE_SEED = bytes([0x5A]) * 32
DOMAIN = b"alongside-signed-bundle/1"


def signed_message(kind: str, payload: bytes) -> bytes:
    return DOMAIN + b"\x00" + kind.encode() + b"\x00" + payload


def load(path: pathlib.Path) -> dict:
    return json.loads(path.read_bytes())


class LibsodiumInterop(unittest.TestCase):
    def test_libsodium_verifies_the_shipped_sample_bundle(self):
        bundle = load(SAMPLE_BUNDLE)
        key = VerifyKey(base64.b64decode(bundle["key"]))
        payload = base64.b64decode(bundle["payload"])
        key.verify(signed_message(bundle["kind"], payload), base64.b64decode(bundle["signature"]))

    def test_libsodium_signs_the_same_bytes_as_the_rust_publisher_tool(self):
        bundle = load(SAMPLE_BUNDLE)
        seed_key = SigningKey(SAMPLE_SEED)
        self.assertEqual(bytes(seed_key.verify_key), base64.b64decode(bundle["key"]))
        payload = base64.b64decode(bundle["payload"])
        ours = seed_key.sign(signed_message("directory", payload)).signature
        self.assertEqual(ours, base64.b64decode(bundle["signature"]))

    def test_libsodium_refuses_a_bundle_whose_payload_was_changed(self):
        bundle = load(SAMPLE_BUNDLE)
        key = VerifyKey(base64.b64decode(bundle["key"]))
        payload = bytearray(base64.b64decode(bundle["payload"]))
        payload[10] ^= 1
        with self.assertRaises(BadSignatureError):
            key.verify(signed_message("directory", bytes(payload)), base64.b64decode(bundle["signature"]))

    def test_the_rust_verifier_accepts_a_bundle_signed_by_libsodium_and_refuses_a_forgery(self):
        cli = os.environ.get("ALONGSIDE_CLI", str(ROOT / "target/debug/alongside"))
        payload = base64.b64decode(load(SAMPLE_BUNDLE)["payload"])
        key = SigningKey(bytes([0x07]) * 32)
        public = base64.b64encode(bytes(key.verify_key)).decode()

        def bundle_with(signature: bytes) -> str:
            return json.dumps({
                "format": "alongside-signed-bundle",
                "version": 1,
                "kind": "directory",
                "key": public,
                "signature": base64.b64encode(signature).decode(),
                "payload": base64.b64encode(payload).decode(),
            })

        good = key.sign(signed_message("directory", payload)).signature
        forged = bytes([good[0] ^ 1]) + good[1:]
        with tempfile.TemporaryDirectory() as tmp:
            for name, sig, expect in [("good", good, 0), ("forged", forged, 1)]:
                path = pathlib.Path(tmp) / f"{name}.bundle"
                path.write_text(bundle_with(sig))
                run = subprocess.run(
                    [cli, "directory", "verify", str(path), "--trust", public],
                    capture_output=True, text=True, stdin=subprocess.DEVNULL,
                )
                self.assertEqual(run.returncode, expect, f"{name}: {run.stderr}")


if __name__ == "__main__":
    unittest.main(verbosity=2)
