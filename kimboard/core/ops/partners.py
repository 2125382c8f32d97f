"""Network partners of an office: organisations such as the Jobcenter or the Kommunales
Integrationszentrum — never private persons. Their address is a functional mailbox."""

from __future__ import annotations

import re

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kimboard.core.clock import utcnow
from kimboard.core.errors import ValidationError
from kimboard.core.models import Partner, PartnerKind, Site
from kimboard.core.ops import Change, OpResult, Ref
from kimboard.core.ops._util import check_version, clean_text, get
from kimboard.core.ops.sites import _require_local

_MAILBOX = re.compile(r"^[^@\s<>\"',;]+@[^@\s<>\"',;]+\.[^@\s<>\"',;.]{2,}$")
#: "vorname.nachname@" or "v.nachname@": looks like a person's own mailbox.
_PERSONAL = re.compile(r"^[^\W\d_]{1,20}[._][^\W\d_]{2,30}$")
_FUNCTIONAL_WORDS = (
    "post", "info", "service", "team", "kontakt", "buero", "büro", "amt", "stelle", "beratung",
    "integration", "verwaltung", "zentrale", "anmeldung", "termin", "kim", "abh",
)

_UNSET: object = object()


def _kind(kind: str) -> str:
    try:
        return PartnerKind(kind).value
    except ValueError:
        allowed = ", ".join(k.value for k in PartnerKind)
        raise ValidationError(
            f"„{kind}“ ist keine bekannte Art von Netzwerkpartner (möglich: {allowed})."
        ) from None


def check_mailbox(mailbox: str) -> tuple[str, str | None]:
    """The cleaned mailbox and, if it looks like a personal address, a German warning."""
    mailbox = (mailbox or "").strip()
    if not mailbox:
        return "", None
    if len(mailbox) > 200 or not _MAILBOX.match(mailbox):
        raise ValidationError(
            f"„{mailbox}“ ist keine gültige E-Mail-Adresse. Bitte ein Funktionspostfach "
            "angeben, z. B. poststelle@jobcenter-beispiel.de."
        )
    local = mailbox.split("@", 1)[0].lower()
    if _PERSONAL.match(local) and not any(w in local for w in _FUNCTIONAL_WORDS):
        return mailbox, (
            "Die Adresse sieht nach einem persönlichen Postfach aus. Bitte möglichst ein "
            "Funktionspostfach der Organisation angeben (z. B. poststelle@…)."
        )
    return mailbox, None


def _check_name(session: Session, site_id: int, name: str, exclude: int | None) -> str:
    name = clean_text(name, "Der Name des Netzwerkpartners", max_len=200)
    clash = session.scalar(select(Partner.id).where(
        Partner.site_id == site_id, func.lower(Partner.name) == name.lower(),
        Partner.archived_at.is_(None), Partner.id != (exclude or -1),
    ))
    if clash is not None:
        raise ValidationError(f"Den Netzwerkpartner „{name}“ gibt es in dieser Dienststelle schon.")
    return name


def create_partner(
    session: Session,
    site_id: int,
    name: str,
    kind: str = PartnerKind.OTHER.value,
    contact_role: str = "",
    mailbox: str = "",
    notes: str = "",
) -> OpResult[Ref]:
    site = get(session, Site, site_id)
    _require_local(site)
    mailbox, warning = check_mailbox(mailbox)
    partner = Partner(
        site_id=site.id,
        name=_check_name(session, site.id, name, None),
        kind=_kind(kind),
        contact_role=clean_text(contact_role, "Die Ansprechrolle", max_len=200, required=False),
        mailbox=mailbox,
        notes=clean_text(notes, "Die Notizen", max_len=10_000, required=False),
        origin_site_uuid=site.uuid,
    )
    session.add(partner)
    session.flush()
    return OpResult(Ref(partner.id, partner.uuid), Change.PARTNERS, warning)


def update_partner(
    session: Session,
    partner_id: int,
    *,
    name: str | None = None,
    kind: str | None = None,
    contact_role: str | None = None,
    mailbox: str | None = None,
    notes: str | None = None,
    expected_version: int | None = None,
) -> OpResult[Ref]:
    partner = get(session, Partner, partner_id)
    check_version(partner, expected_version)
    warning = None
    if name is not None:
        partner.name = _check_name(session, partner.site_id, name, partner.id)
    if kind is not None:
        partner.kind = _kind(kind)
    if contact_role is not None:
        partner.contact_role = clean_text(contact_role, "Die Ansprechrolle", max_len=200,
                                          required=False)
    if mailbox is not None:
        partner.mailbox, warning = check_mailbox(mailbox)
    if notes is not None:
        partner.notes = clean_text(notes, "Die Notizen", max_len=10_000, required=False)
    session.flush()
    return OpResult(Ref(partner.id, partner.uuid), Change.PARTNERS | Change.CARDS, warning)


def archive_partner(session: Session, partner_id: int) -> OpResult[Ref]:
    """Hide a partner the office no longer works with; cards and approaches keep the link."""
    partner = get(session, Partner, partner_id)
    if partner.archived_at is None:
        partner.archived_at = utcnow()
        session.flush()
    return OpResult(Ref(partner.id, partner.uuid), Change.PARTNERS)


def restore_partner(session: Session, partner_id: int) -> OpResult[Ref]:
    partner = get(session, Partner, partner_id)
    if partner.archived_at is not None:
        _check_name(session, partner.site_id, partner.name, partner.id)
        partner.archived_at = None
        session.flush()
    return OpResult(Ref(partner.id, partner.uuid), Change.PARTNERS)
