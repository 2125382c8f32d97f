"""Optional Ed25519 signatures of bundles (``cryptography``).

An office may have a key pair (:class:`~kimboard.core.models.SiteSigningKey`); its bundles then
carry ``signature.json``: the algorithm, the public key and a signature over the exact bytes of
``manifest.json`` — which holds the SHA-256 of every data file, so the signature covers all.
The private key never leaves the database. A bundle whose signature does not match is refused.
The first signed bundle of another office teaches this database that office's key (trust on
first use, :class:`~kimboard.core.models.KnownSiteKey`); a later bundle with another key — or
none — is flagged, and the import needs an explicit confirmation.
"""

from __future__ import annotations

import binascii
import hashlib
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from kimboard.core.bundle.format import SIGNATURE_FILE, BundleError, SignatureMismatch
from kimboard.core.clock import utcnow
from kimboard.core.errors import ValidationError
from kimboard.core.models import KnownSiteKey, Site, SiteSigningKey

ALGORITHM = "ed25519"


def fingerprint(public_key: bytes) -> str:
    """What people compare on the phone: the first 16 bytes of SHA-256, in groups of four."""
    digest = hashlib.sha256(public_key).hexdigest()[:32].upper()
    return " ".join(digest[i : i + 4] for i in range(0, 32, 4))


@dataclass(frozen=True, slots=True)
class KeyInfo:
    site_id: int
    public_key: str  # hex
    fingerprint: str
    created: bool


def site_key(session: Session, site_id: int) -> SiteSigningKey | None:
    return session.scalar(select(SiteSigningKey).where(SiteSigningKey.site_id == site_id))


def ensure_signing_key(session: Session, site_id: int) -> KeyInfo:
    """The office's key pair; made on first use. Only a local office signs."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    site = session.get(Site, site_id)
    if site is None:
        raise ValidationError(f"Dienststelle (Nr. {site_id}) gibt es nicht (mehr).")
    if not site.is_local:
        raise ValidationError(f"„{site.name}“ ist eine andere Dienststelle; nur die eigene "
                              "Dienststelle kann Pakete signieren.")
    have = site_key(session, site_id)
    if have is not None:
        return KeyInfo(site_id, have.public_key,
                       fingerprint(bytes.fromhex(have.public_key)), False)
    private = Ed25519PrivateKey.generate()
    raw_private = private.private_bytes(serialization.Encoding.Raw,
                                        serialization.PrivateFormat.Raw,
                                        serialization.NoEncryption())
    raw_public = private.public_key().public_bytes(serialization.Encoding.Raw,
                                                   serialization.PublicFormat.Raw)
    key = SiteSigningKey(site_id=site_id, private_key=raw_private.hex(),
                         public_key=raw_public.hex(), created_at=utcnow())
    session.add(key)
    session.flush()
    return KeyInfo(site_id, key.public_key, fingerprint(raw_public), True)


def sign(private_key_hex: str, manifest_bytes: bytes) -> dict[str, str]:
    """The content of ``signature.json``."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    private = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(private_key_hex))
    from cryptography.hazmat.primitives import serialization

    public = private.public_key().public_bytes(serialization.Encoding.Raw,
                                               serialization.PublicFormat.Raw)
    signature = private.sign(manifest_bytes)
    return {"algorithm": ALGORITHM, "public_key": _b64(public), "signature": _b64(signature)}


def _b64(data: bytes) -> str:
    return binascii.b2a_base64(data, newline=False).decode("ascii")


@dataclass(frozen=True, slots=True)
class Signature:
    public_key: bytes
    fingerprint: str


def verify(doc: dict[str, str], manifest_bytes: bytes) -> Signature:
    """Check ``signature.json`` (already schema-valid) against the manifest; refuse a mismatch."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        public = binascii.a2b_base64(doc["public_key"])
        signature = binascii.a2b_base64(doc["signature"])
        Ed25519PublicKey.from_public_bytes(public).verify(signature, manifest_bytes)
    except (InvalidSignature, ValueError, binascii.Error):
        raise SignatureMismatch(
            "Die Signatur des Pakets stimmt nicht: Das Paket wurde nach dem Signieren "
            f"verändert oder ist beschädigt ({SIGNATURE_FILE}).", "signature") from None
    return Signature(public, fingerprint(public))


# --------------------------------------------------------------------------- known keys

#: How a signature relates to what this database knows about the office.
KEY_UNSIGNED = "unsigned"  # no signature, and no key known for the office
KEY_NEW = "new"  # signed; first key seen for this office: will be remembered
KEY_KNOWN = "known"  # signed with the remembered key
KEY_CHANGED = "changed"  # signed with another key than the remembered one
KEY_MISSING = "missing"  # unsigned, although a key is known for this office
KEY_OWN = "own"  # signed with this database's own key of the office
KEY_OWN_OTHER = "own_other"  # own office, but another key than ours (or none while we sign)


def key_status(session: Session, site_uuid: str, signature: Signature | None) -> tuple[str, str]:
    """(status, previous fingerprint or "")."""
    local = session.scalar(select(Site).where(Site.uuid == site_uuid, Site.is_local))
    if local is not None:
        own = site_key(session, local.id)
        if own is None:
            return (KEY_UNSIGNED if signature is None else KEY_NEW, "")
        own_fp = fingerprint(bytes.fromhex(own.public_key))
        if signature is not None and signature.public_key.hex() == own.public_key:
            return KEY_OWN, own_fp
        return KEY_OWN_OTHER, own_fp
    known = session.scalar(select(KnownSiteKey).where(KnownSiteKey.site_uuid == site_uuid))
    if known is None:
        return (KEY_UNSIGNED if signature is None else KEY_NEW, "")
    if signature is None:
        return KEY_MISSING, known.fingerprint
    if signature.public_key.hex() == known.public_key:
        return KEY_KNOWN, known.fingerprint
    return KEY_CHANGED, known.fingerprint


def remember_key(session: Session, site_uuid: str, site_name: str,
                 signature: Signature) -> None:
    """Store (or replace, once the user accepted the change) the office's key."""
    now = utcnow()
    known = session.scalar(select(KnownSiteKey).where(KnownSiteKey.site_uuid == site_uuid))
    if known is None:
        session.add(KnownSiteKey(site_uuid=site_uuid, site_name=site_name,
                                 public_key=signature.public_key.hex(),
                                 fingerprint=signature.fingerprint, first_seen_at=now,
                                 last_seen_at=now))
    elif known.public_key != signature.public_key.hex():
        known.public_key = signature.public_key.hex()
        known.fingerprint = signature.fingerprint
        known.site_name = site_name
        known.first_seen_at = now
        known.last_seen_at = now
    else:
        known.last_seen_at = now
        known.site_name = site_name
    session.flush()


__all__ = ["BundleError", "ensure_signing_key", "fingerprint", "key_status", "sign", "verify"]
