"""Solution approaches (Lösungsansätze): the KIM library of tried solutions.

An approach has a life cycle — idea, in trial, in practice, taken over by other offices —
whose every step is a SolutionStatusChange, so the way there stays visible. Adoptions name the
office that took an approach over by UUID (it may live in another database); links point to
the card, board, retrospective or action item the approach grew out of.
"""

from __future__ import annotations

import datetime as dt
import uuid as uuid_mod
from collections.abc import Iterable

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from kimboard.core.clock import utcnow
from kimboard.core.errors import ValidationError
from kimboard.core.models import (
    ActionItem,
    Board,
    Card,
    GoalArea,
    Partner,
    Retrospective,
    Site,
    SolutionAdoption,
    SolutionApproach,
    SolutionLink,
    SolutionPartner,
    SolutionStatus,
    SolutionStatusChange,
)
from kimboard.core.ops import Change, OpResult, Ref
from kimboard.core.ops._util import check_version, clean_text, get
from kimboard.core.ops.sites import _require_local

#: German names of the statuses, for messages.
STATUS_DE = {
    SolutionStatus.IDEA.value: "Idee",
    SolutionStatus.TRIAL.value: "in Erprobung",
    SolutionStatus.PRACTICE.value: "in der Praxis",
    SolutionStatus.TRANSFERRED.value: "von anderen übernommen",
}

#: What a SolutionLink may point at, and the model behind each kind.
LINK_TARGETS: dict[str, type] = {
    "card": Card,
    "board": Board,
    "retro": Retrospective,
    "action_item": ActionItem,
}

_UNSET: object = object()


def _check_goal_area(session: Session, goal_area_id: int | None) -> int | None:
    return None if goal_area_id is None else get(session, GoalArea, goal_area_id).id


def _check_uuid(value: str, what: str) -> str:
    try:
        return str(uuid_mod.UUID(str(value).strip()))
    except (ValueError, AttributeError):
        raise ValidationError(f"{what} ist keine gültige UUID.") from None


def _status(status: str) -> str:
    try:
        return SolutionStatus(status).value
    except ValueError:
        raise ValidationError(
            f"„{status}“ ist kein Status eines Lösungsansatzes "
            "(idea, trial, practice oder transferred)."
        ) from None


def create_solution(
    session: Session,
    site_id: int,
    title: str,
    *,
    problem: str = "",
    context: str = "",
    approach: str = "",
    goal_area_id: int | None = None,
    contact_role: str = "",
    evidence: str = "",
) -> OpResult[Ref]:
    """A new approach, starting as an idea."""
    site = get(session, Site, site_id)
    _require_local(site)
    solution = SolutionApproach(
        site_id=site.id,
        title=clean_text(title, "Der Titel des Lösungsansatzes", max_len=300),
        problem=clean_text(problem, "Die Problembeschreibung", max_len=20_000, required=False),
        context=clean_text(context, "Der Kontext", max_len=20_000, required=False),
        approach=clean_text(approach, "Der Lösungsweg", max_len=20_000, required=False),
        goal_area_id=_check_goal_area(session, goal_area_id),
        contact_role=clean_text(contact_role, "Die Ansprechrolle", max_len=200, required=False),
        evidence=clean_text(evidence, "Die Belege", max_len=20_000, required=False),
        status=SolutionStatus.IDEA.value,
        origin_site_uuid=site.uuid,
    )
    solution.status_changes = [SolutionStatusChange(
        from_status=None, to_status=SolutionStatus.IDEA.value, at=utcnow(),
        origin_site_uuid=site.uuid,
    )]
    session.add(solution)
    session.flush()
    return OpResult(Ref(solution.id, solution.uuid), Change.SOLUTIONS)


def update_solution(
    session: Session,
    approach_id: int,
    *,
    title: str | None = None,
    problem: str | None = None,
    context: str | None = None,
    approach: str | None = None,
    goal_area_id: int | None | object = _UNSET,
    contact_role: str | None = None,
    evidence: str | None = None,
    expected_version: int | None = None,
) -> OpResult[Ref]:
    """Edit the texts of an approach. The status changes only through set_solution_status."""
    solution = get(session, SolutionApproach, approach_id)
    check_version(solution, expected_version)
    if title is not None:
        solution.title = clean_text(title, "Der Titel des Lösungsansatzes", max_len=300)
    if problem is not None:
        solution.problem = clean_text(problem, "Die Problembeschreibung", max_len=20_000,
                                      required=False)
    if context is not None:
        solution.context = clean_text(context, "Der Kontext", max_len=20_000, required=False)
    if approach is not None:
        solution.approach = clean_text(approach, "Der Lösungsweg", max_len=20_000,
                                       required=False)
    if goal_area_id is not _UNSET:
        solution.goal_area_id = _check_goal_area(session, goal_area_id)  # type: ignore[arg-type]
    if contact_role is not None:
        solution.contact_role = clean_text(contact_role, "Die Ansprechrolle", max_len=200,
                                           required=False)
    if evidence is not None:
        solution.evidence = clean_text(evidence, "Die Belege", max_len=20_000, required=False)
    session.flush()
    return OpResult(Ref(solution.id, solution.uuid), Change.SOLUTIONS)


def set_solution_status(
    session: Session, approach_id: int, status: str, note: str = ""
) -> OpResult[Ref]:
    """Move an approach to another status, forward or back; the step is kept as history."""
    solution = get(session, SolutionApproach, approach_id)
    status = _status(status)
    if status == solution.status:
        raise ValidationError(
            f"Der Lösungsansatz ist schon im Status „{STATUS_DE[status]}“."
        )
    solution.status_changes.append(SolutionStatusChange(
        from_status=solution.status, to_status=status, at=utcnow(),
        note=clean_text(note, "Die Notiz", max_len=5000, required=False),
        origin_site_uuid=solution.origin_site_uuid,
    ))
    solution.status = status
    session.flush()
    return OpResult(Ref(solution.id, solution.uuid), Change.SOLUTIONS)


def archive_solution(session: Session, approach_id: int) -> OpResult[Ref]:
    solution = get(session, SolutionApproach, approach_id)
    if solution.archived_at is None:
        solution.archived_at = utcnow()
        session.flush()
    return OpResult(Ref(solution.id, solution.uuid), Change.SOLUTIONS)


def restore_solution(session: Session, approach_id: int) -> OpResult[Ref]:
    solution = get(session, SolutionApproach, approach_id)
    if solution.archived_at is not None:
        solution.archived_at = None
        session.flush()
    return OpResult(Ref(solution.id, solution.uuid), Change.SOLUTIONS)


# --------------------------------------------------------------------------- adoptions


def record_adoption(
    session: Session,
    approach_id: int,
    adopting_site_uuid: str,
    adopting_site_name: str,
    adopted_on: dt.date,
    note: str = "",
) -> OpResult[Ref]:
    """Record that another office took the approach over (once per office).

    The status is not changed here; "von anderen übernommen" is set with
    :func:`set_solution_status`, so the history says who decided it and when.
    """
    solution = get(session, SolutionApproach, approach_id)
    site_uuid = _check_uuid(adopting_site_uuid, "Die Kennung der übernehmenden Dienststelle")
    owner_uuid = session.scalar(select(Site.uuid).where(Site.id == solution.site_id))
    if site_uuid in (owner_uuid, solution.origin_site_uuid):
        raise ValidationError(
            "Die Dienststelle, von der der Lösungsansatz stammt, kann ihn nicht selbst übernehmen."
        )
    if isinstance(adopted_on, dt.datetime) or not isinstance(adopted_on, dt.date):
        raise ValidationError("Das Übernahmedatum muss ein Kalenderdatum sein.")
    name = clean_text(adopting_site_name, "Der Name der übernehmenden Dienststelle",
                      max_len=200)
    existing = session.scalar(select(SolutionAdoption).where(
        SolutionAdoption.approach_id == solution.id,
        SolutionAdoption.adopting_site_uuid == site_uuid,
    ))
    if existing is not None:
        raise ValidationError(
            f"„{existing.adopting_site_name or name}“ hat diesen Lösungsansatz schon "
            f"am {existing.adopted_on:%d.%m.%Y} übernommen."
        )
    adoption = SolutionAdoption(
        adopting_site_uuid=site_uuid,
        adopting_site_name=name,
        adopted_on=adopted_on,
        note=clean_text(note, "Die Notiz", max_len=5000, required=False),
        origin_site_uuid=solution.origin_site_uuid,
    )
    solution.adoptions.append(adoption)
    session.flush()
    return OpResult(Ref(adoption.id, adoption.uuid), Change.SOLUTIONS)


def remove_adoption(session: Session, adoption_id: int) -> OpResult[Ref]:
    adoption = session.get(SolutionAdoption, adoption_id)
    if adoption is None:
        raise ValidationError(f"Die Übernahme (Nr. {adoption_id}) gibt es nicht (mehr).")
    ref = Ref(adoption.id, adoption.uuid)
    adoption.approach.adoptions.remove(adoption)
    session.delete(adoption)
    session.flush()
    return OpResult(ref, Change.SOLUTIONS)


# --------------------------------------------------------------------------- links and partners


def link_solution(
    session: Session, approach_id: int, target_kind: str, target_uuid: str
) -> OpResult[Ref]:
    """Link an approach to where it came from. Linking the same target twice changes nothing.

    Returns the approach's reference.
    """
    solution = get(session, SolutionApproach, approach_id)
    model = LINK_TARGETS.get(target_kind)
    if model is None:
        raise ValidationError(
            "Verknüpfen lässt sich ein Lösungsansatz mit einer Karte („card“), einem Board "
            "(„board“), einer Retrospektive („retro“) oder einer Maßnahme („action_item“)."
        )
    target_uuid = _check_uuid(target_uuid, "Die Kennung des Ziels")
    if session.scalar(select(model.id).where(model.uuid == target_uuid)) is None:  # type: ignore[attr-defined]
        raise ValidationError("Das Ziel der Verknüpfung gibt es in dieser Datenbank nicht.")
    have = session.scalar(select(SolutionLink.id).where(
        SolutionLink.approach_id == solution.id, SolutionLink.target_kind == target_kind,
        SolutionLink.target_uuid == target_uuid,
    ))
    if have is not None:
        return OpResult(Ref(solution.id, solution.uuid), Change.NONE)
    solution.links.append(SolutionLink(target_kind=target_kind, target_uuid=target_uuid))
    session.flush()
    return OpResult(Ref(solution.id, solution.uuid), Change.SOLUTIONS)


def unlink_solution(
    session: Session, approach_id: int, target_kind: str, target_uuid: str
) -> OpResult[Ref]:
    solution = get(session, SolutionApproach, approach_id)
    for link in list(solution.links):
        if link.target_kind == target_kind and link.target_uuid == target_uuid:
            solution.links.remove(link)
            session.flush()
            return OpResult(Ref(solution.id, solution.uuid), Change.SOLUTIONS)
    return OpResult(Ref(solution.id, solution.uuid), Change.NONE)


def set_solution_partners(
    session: Session, approach_id: int, partner_ids: Iterable[int]
) -> OpResult[Ref]:
    """The network partners involved in an approach: exactly ``partner_ids`` afterwards."""
    solution = get(session, SolutionApproach, approach_id)
    wanted = set(partner_ids)
    for pid in wanted:
        if get(session, Partner, pid).site_id != solution.site_id:
            raise ValidationError("Der Netzwerkpartner gehört zu einer anderen Dienststelle.")
    have = set(session.scalars(
        select(SolutionPartner.partner_id).where(SolutionPartner.approach_id == solution.id)
    ))
    added, removed = wanted - have, have - wanted
    if removed:
        session.execute(delete(SolutionPartner).where(
            SolutionPartner.approach_id == solution.id, SolutionPartner.partner_id.in_(removed)
        ))
    if added:
        session.execute(insert(SolutionPartner), [
            {"approach_id": solution.id, "partner_id": pid} for pid in sorted(added)
        ])
    if not (added or removed):
        return OpResult(Ref(solution.id, solution.uuid), Change.NONE)
    session.flush()
    return OpResult(Ref(solution.id, solution.uuid), Change.SOLUTIONS)
