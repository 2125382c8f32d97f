"""Keyed pseudonyms for team members: stable per site, different between sites, key at home."""

from __future__ import annotations

import re
import uuid

import pytest
from sqlalchemy.orm import Session

from kimboard.core.db import Database
from kimboard.core.errors import ValidationError
from kimboard.core.guard import ALLOW_FOREIGN
from kimboard.core.models import Site
from kimboard.core.ops import sites
from kimboard.core.pseudonyms import ensure_site_key, pseudonym

KEY_A = "a" * 64
KEY_B = "b" * 64
MEMBER = "0b7c1a5e-3f2d-4e6a-9c1b-2d3e4f5a6b7c"


def test_format_and_stability() -> None:
    name = pseudonym(KEY_A, MEMBER)
    assert re.fullmatch(r"Teammitglied [0-9A-F]{8}", name)
    assert pseudonym(KEY_A, MEMBER) == name
    assert pseudonym(KEY_A, MEMBER.upper()) == name
    assert pseudonym(KEY_A, f" {MEMBER} ") == name


def test_depends_on_key_and_member() -> None:
    other = str(uuid.UUID(int=1))
    assert pseudonym(KEY_A, MEMBER) != pseudonym(KEY_B, MEMBER)
    assert pseudonym(KEY_A, MEMBER) != pseudonym(KEY_A, other)


def test_is_an_hmac_not_a_plain_hash() -> None:
    import hashlib

    plain = hashlib.sha256(MEMBER.encode()).hexdigest()[:8].upper()
    assert not pseudonym(KEY_A, MEMBER).endswith(plain)
    assert KEY_A[:8].upper() not in pseudonym(KEY_A, MEMBER)


def test_no_collisions_among_a_large_office() -> None:
    members = [str(uuid.uuid5(uuid.NAMESPACE_URL, f"member-{i}")) for i in range(3000)]
    names = {pseudonym(KEY_A, m) for m in members}
    assert len(names) == len(members)


def test_empty_key_is_refused() -> None:
    with pytest.raises(ValidationError, match="Schlüssel"):
        pseudonym("", MEMBER)


def test_ensure_site_key_creates_once_and_keeps_it(db: Database) -> None:
    site_id = db.run(sites.create_site, "Ausländerbehörde Köln", "ABH-KOE").value.id

    def clear(s: Session) -> None:
        s.get_one(Site, site_id).pseudonym_key = None

    db.run(clear)
    key = db.run(lambda s: ensure_site_key(s, s.get_one(Site, site_id)))
    assert re.fullmatch(r"[0-9a-f]{64}", key)
    with db.session() as s:
        assert s.get_one(Site, site_id).pseudonym_key == key
    assert db.run(ensure_site_key, site_id) == key  # by id, and unchanged


def test_each_site_gets_its_own_key(db: Database) -> None:
    a = db.run(sites.create_site, "Ausländerbehörde Köln", "ABH-KOE").value.id
    b = db.run(sites.create_site, "Ausländerbehörde Bonn", "ABH-BN").value.id
    key_a, key_b = db.run(ensure_site_key, a), db.run(ensure_site_key, b)
    assert key_a != key_b
    assert pseudonym(key_a, MEMBER) != pseudonym(key_b, MEMBER)


def test_no_key_is_made_for_an_office_from_a_bundle(db: Database) -> None:
    def foreign(s: Session) -> int:
        s.info[ALLOW_FOREIGN] = True
        site = Site(name="Ausländerbehörde Bonn", short_code="ABH-BN", is_local=False)
        s.add(site)
        s.flush()
        return site.id

    site_id = db.run(foreign)
    with pytest.raises(ValidationError, match="anderen Dienststelle"):
        db.run(ensure_site_key, site_id)
    with db.session() as s:
        assert s.get_one(Site, site_id).pseudonym_key is None


def test_unknown_site(db: Database) -> None:
    with pytest.raises(ValidationError, match="gibt es nicht"):
        db.run(ensure_site_key, 999)
