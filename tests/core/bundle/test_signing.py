"""Ed25519 signatures: verified, refused when they do not match, keys remembered and a changed
key flagged."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest
from sqlalchemy import delete, select

from kimboard.core.bundle import (
    BundleError,
    KeyNotConfirmed,
    SignatureMismatch,
    apply_import,
    open_bundle,
    preview_import,
    signing,
)
from kimboard.core.db import Database
from kimboard.core.models import KnownSiteKey, SiteSigningKey
from tests.core.bundle.helpers import (
    export,
    fingerprint,
    import_file,
    rewrite,
    rows_of,
    set_rows,
    site_id,
)


def _status(db: Database, path: Path) -> tuple[str, bool]:
    with db.session() as s:
        p = preview_import(s, open_bundle(path))
    return p.signature.status, p.signature.needs_confirmation


def test_a_signed_bundle_names_its_office_and_fingerprint(demo_db: Database,
                                                          tmp_path: Path) -> None:
    path = export(demo_db, tmp_path / "s.kimb", sign=True)
    with demo_db.session() as s:
        key = s.scalar(select(SiteSigningKey))
        assert key is not None
        public, private = key.public_key, key.private_key
    bundle = open_bundle(path)
    assert bundle.signature is not None
    assert bundle.signature.fingerprint == signing.fingerprint(bytes.fromhex(public))
    assert len(bundle.signature.fingerprint.split()) == 8
    state = "signiert von „Ausländerbehörde Musterstadt“ (Fingerabdruck"
    with demo_db.session() as s:
        p = preview_import(s, bundle)
    assert p.signature.status == signing.KEY_OWN
    assert state in p.signature.describe("„Ausländerbehörde Musterstadt“")
    # the private key is nowhere in the bundle
    assert private not in path.read_bytes().hex()
    assert base64.b64encode(bytes.fromhex(private)) not in path.read_bytes()


def test_a_bundle_changed_after_signing_is_refused(demo_db: Database, other_db: Database,
                                                  tmp_path: Path) -> None:
    data = export(demo_db, tmp_path / "s.kimb", sign=True).read_bytes()

    def edit_card(entries: dict[str, bytes]) -> None:
        cards = rows_of(entries, "cards")
        cards[0]["title"] = "Untergeschoben"
        set_rows(entries, "cards", cards)

    tampered = rewrite(data, edit_card)  # checksums fixed, signature left as it was
    before = fingerprint(other_db)
    with pytest.raises(SignatureMismatch, match="Signatur") as err:
        open_bundle(tampered)
    assert err.value.reason == "signature"

    def break_signature(entries: dict[str, bytes]) -> None:
        sig = json.loads(entries["signature.json"])
        raw = bytearray(base64.b64decode(sig["signature"]))
        raw[0] ^= 1
        sig["signature"] = base64.b64encode(bytes(raw)).decode()
        entries["signature.json"] = json.dumps(sig).encode()

    with pytest.raises(SignatureMismatch):
        open_bundle(rewrite(data, break_signature))
    assert fingerprint(other_db) == before


def test_keys_are_remembered_and_a_changed_key_is_flagged(demo_db: Database,
                                                         other_db: Database,
                                                         tmp_path: Path) -> None:
    first = export(demo_db, tmp_path / "1.kimb", sign=True)
    assert _status(other_db, first) == (signing.KEY_NEW, False)
    import_file(other_db, first)
    with other_db.session() as s:
        known = s.scalar(select(KnownSiteKey))
        signature = open_bundle(first).signature
        assert known is not None and signature is not None
        assert known.fingerprint == signature.fingerprint
    assert _status(other_db, export(demo_db, tmp_path / "2.kimb", sign=True)) == (
        signing.KEY_KNOWN, False)

    # the office gets a new key (or somebody else signs in its name)
    demo_db.run(lambda s: s.execute(delete(SiteSigningKey)))
    changed = export(demo_db, tmp_path / "3.kimb", sign=True)
    assert _status(other_db, changed) == (signing.KEY_CHANGED, True)
    with other_db.session() as s:
        p = preview_import(s, open_bundle(changed))
    assert any("ANDEREN Schlüssel" in w for w in p.warnings)
    before = fingerprint(other_db)
    with pytest.raises(KeyNotConfirmed, match="nicht importiert") as err:
        other_db.run(apply_import, open_bundle(changed))
    assert err.value.reason == "key_changed"
    assert fingerprint(other_db) == before
    other_db.run(apply_import, open_bundle(changed), accept_key_change=True)
    assert _status(other_db, changed) == (signing.KEY_KNOWN, False)

    # unsigned, although the office signed before
    unsigned = export(demo_db, tmp_path / "4.kimb")
    assert _status(other_db, unsigned) == (signing.KEY_MISSING, True)
    with pytest.raises(BundleError):
        other_db.run(apply_import, open_bundle(unsigned))


def test_only_a_local_office_signs(demo_db: Database, other_db: Database,
                                   tmp_path: Path) -> None:
    from kimboard.core.errors import ValidationError

    import_file(other_db, export(demo_db, tmp_path / "mst.kimb"))
    with pytest.raises(ValidationError, match="eigene Dienststelle"):
        other_db.run(signing.ensure_signing_key, site_id(other_db, "ABH-MST"))
