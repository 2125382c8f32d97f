"""Stable keyed pseudonyms for team members, for what leaves the office.

When an office chooses to pseudonymise people on export, every member's display name is
replaced by ``pseudonym(site_key, member_uuid)`` — "Teammitglied 7F3A2C91": an HMAC-SHA256 of
the member's UUID under the office's secret key (:attr:`Site.pseudonym_key`, 32 random bytes
as 64 hex digits, made by :func:`ensure_site_key` or when the office is created).

- **Stable**: the same person gets the same pseudonym in every bundle of the office, so the
  receiving side can see "the same person did both" without learning who.
- **Keyed**: without the key nobody can check a guess ("is 7F3A2C91 the member with UUID …?"),
  although member UUIDs travel in bundles. **The key never leaves the site**: it is not part
  of any bundle, export or report, and it is not shown in the UI. A bundle exporter must never
  write ``Site.pseudonym_key``; a copy of the database file (a backup) does contain it.
- **Per site**: two offices have different keys, so one person's pseudonyms in two offices
  cannot be linked.
- **Collisions**: 8 hex digits are 32 bits; among the few hundred members of an office the
  chance that two share a pseudonym is below 1 : 100 000 (n² / 2³³). A bundle exporter that
  wants certainty checks the pseudonyms of one export for duplicates.

Changing (rotating) the key gives everybody new pseudonyms; earlier bundles then no longer
match — that is the way to cut the link to what was sent before.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from sqlalchemy.orm import Session

from kimboard.core.errors import ValidationError
from kimboard.core.models import Site

#: What every pseudonym starts with.
PREFIX = "Teammitglied"
#: Hex digits of the HMAC shown (32 bits).
DIGITS = 8


def pseudonym(site_key: str, member_uuid: str) -> str:
    """The pseudonym of a member under the site's key, e.g. „Teammitglied 7F3A2C91“."""
    if not site_key:
        raise ValidationError(
            "Für Pseudonyme fehlt der Schlüssel der Dienststelle.")
    message = member_uuid.strip().lower().encode("utf-8")
    digest = hmac.new(site_key.encode("utf-8"), message, hashlib.sha256).hexdigest()
    return f"{PREFIX} {digest[:DIGITS].upper()}"


def ensure_site_key(session: Session, site: Site | int) -> str:
    """The site's pseudonym key; creates one (``secrets.token_hex(32)``) if it has none yet.

    Only an office's own (local) site has a key: a site that arrived in a bundle from another
    office never carries one, and none is made for it here.
    """
    obj = session.get(Site, site) if isinstance(site, int) else site
    if obj is None:
        raise ValidationError(f"Dienststelle (Nr. {site}) gibt es nicht (mehr).")
    if obj.pseudonym_key:
        return obj.pseudonym_key
    if not obj.is_local:
        raise ValidationError(
            f"„{obj.name}“ wurde aus einem Paket einer anderen Dienststelle übernommen; "
            "Pseudonyme für ihre Personen vergibt nur diese Dienststelle selbst."
        )
    obj.pseudonym_key = secrets.token_hex(32)
    session.flush()
    return obj.pseudonym_key
