"""Offices (sites): create, edit, archive, restore, delete."""

from __future__ import annotations

import re
import secrets

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kimboard.core.clock import utcnow
from kimboard.core.errors import ValidationError
from kimboard.core.models import Site, new_uuid
from kimboard.core.ops import Change, OpResult, Ref
from kimboard.core.ops._util import clean_text, get

_SHORT_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,19}$")


def _check_short_code(session: Session, code: str, *, exclude_id: int | None = None) -> str:
    code = (code or "").strip()
    if not _SHORT_CODE.match(code):
        raise ValidationError(
            "Das Kürzel muss 1–20 Zeichen lang sein und darf nur Buchstaben, Ziffern, "
            "„-“ und „_“ enthalten (z. B. „ABH-KOE“)."
        )
    clash = session.scalar(
        select(Site.id).where(
            func.lower(Site.short_code) == code.lower(), Site.id != (exclude_id or -1)
        )
    )
    if clash is not None:
        raise ValidationError(f"Das Kürzel „{code}“ ist schon vergeben.")
    return code


def create_site(session: Session, name: str, short_code: str, region: str = "") -> OpResult[Ref]:
    uid = new_uuid()
    site = Site(
        uuid=uid,
        origin_site_uuid=uid,
        name=clean_text(name, "Der Name der Dienststelle", max_len=200),
        short_code=_check_short_code(session, short_code),
        region=clean_text(region, "Die Bezirksregierung", max_len=200, required=False),
        is_local=True,
        pseudonym_key=secrets.token_hex(32),
    )
    session.add(site)
    session.flush()
    return OpResult(Ref(site.id, site.uuid), Change.SITES)


def update_site(
    session: Session,
    site_id: int,
    *,
    name: str | None = None,
    short_code: str | None = None,
    region: str | None = None,
) -> OpResult[Ref]:
    site = get(session, Site, site_id)
    _require_local(site)
    if name is not None:
        site.name = clean_text(name, "Der Name der Dienststelle", max_len=200)
    if short_code is not None and short_code != site.short_code:
        site.short_code = _check_short_code(session, short_code, exclude_id=site.id)
    if region is not None:
        site.region = clean_text(region, "Die Bezirksregierung", max_len=200, required=False)
    session.flush()
    return OpResult(Ref(site.id, site.uuid), Change.SITES)


def archive_site(session: Session, site_id: int) -> OpResult[Ref]:
    site = get(session, Site, site_id)
    if site.archived_at is None:
        site.archived_at = utcnow()
    session.flush()
    return OpResult(Ref(site.id, site.uuid), Change.SITES)


def restore_site(session: Session, site_id: int) -> OpResult[Ref]:
    site = get(session, Site, site_id)
    site.archived_at = None
    session.flush()
    return OpResult(Ref(site.id, site.uuid), Change.SITES)


def delete_site(session: Session, site_id: int) -> OpResult[Ref]:
    """Delete an office with everything it owns. The UI asks first and offers a backup."""
    from kimboard.core.models import Board
    from kimboard.core.ops.cards import delete_cards_of_boards

    site = get(session, Site, site_id)
    ref = Ref(site.id, site.uuid)
    delete_cards_of_boards(session, board_ids=select(Board.id).where(Board.site_id == site.id))
    session.delete(site)
    session.flush()
    return OpResult(ref, Change.SITES | Change.BOARDS | Change.MEMBERS | Change.CARDS)


def _require_local(site: Site) -> None:
    if not site.is_local:
        raise ValidationError(
            f"„{site.name}“ wurde aus einem Paket einer anderen Dienststelle übernommen "
            "und kann hier nur gelesen werden."
        )
