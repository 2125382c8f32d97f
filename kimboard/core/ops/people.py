"""Teams and team members of an office."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kimboard.core.clock import utcnow
from kimboard.core.errors import ValidationError
from kimboard.core.models import Member, Site, Team
from kimboard.core.ops import Change, OpResult, Ref
from kimboard.core.ops._util import clean_text, get
from kimboard.core.ops.sites import _require_local


def create_team(session: Session, site_id: int, name: str) -> OpResult[Ref]:
    site = get(session, Site, site_id)
    _require_local(site)
    team = Team(site_id=site.id, name=clean_text(name, "Der Teamname", max_len=200),
                origin_site_uuid=site.uuid)
    session.add(team)
    session.flush()
    return OpResult(Ref(team.id, team.uuid), Change.MEMBERS)


def rename_team(session: Session, team_id: int, name: str) -> OpResult[Ref]:
    team = get(session, Team, team_id)
    team.name = clean_text(name, "Der Teamname", max_len=200)
    session.flush()
    return OpResult(Ref(team.id, team.uuid), Change.MEMBERS)


def archive_team(session: Session, team_id: int) -> OpResult[Ref]:
    team = get(session, Team, team_id)
    team.archived_at = team.archived_at or utcnow()
    session.flush()
    return OpResult(Ref(team.id, team.uuid), Change.MEMBERS)


def delete_team(session: Session, team_id: int) -> OpResult[Ref]:
    """Members and boards of the team stay; they simply belong to no team afterwards."""
    team = get(session, Team, team_id)
    ref = Ref(team.id, team.uuid)
    session.delete(team)
    session.flush()
    return OpResult(ref, Change.MEMBERS | Change.BOARDS)


def _check_team(session: Session, site: Site, team_id: int | None) -> int | None:
    if team_id is None:
        return None
    team = get(session, Team, team_id)
    if team.site_id != site.id:
        raise ValidationError("Das Team gehört zu einer anderen Dienststelle.")
    return team.id


def create_member(
    session: Session, site_id: int, display_name: str, role: str = "",
    team_id: int | None = None,
) -> OpResult[Ref]:
    site = get(session, Site, site_id)
    _require_local(site)
    member = Member(
        site_id=site.id,
        team_id=_check_team(session, site, team_id),
        display_name=clean_text(display_name, "Der Anzeigename", max_len=200),
        role=clean_text(role, "Die Rolle", max_len=200, required=False),
        origin_site_uuid=site.uuid,
    )
    session.add(member)
    session.flush()
    return OpResult(Ref(member.id, member.uuid), Change.MEMBERS)


_UNSET = object()


def update_member(
    session: Session,
    member_id: int,
    *,
    display_name: str | None = None,
    role: str | None = None,
    team_id: int | None | object = _UNSET,
) -> OpResult[Ref]:
    member = get(session, Member, member_id)
    if member.erased_at is not None:
        raise ValidationError("Ein gelöschtes Teammitglied kann nicht bearbeitet werden.")
    if display_name is not None:
        member.display_name = clean_text(display_name, "Der Anzeigename", max_len=200)
    if role is not None:
        member.role = clean_text(role, "Die Rolle", max_len=200, required=False)
    if team_id is not _UNSET:
        member.team_id = _check_team(session, member.site, team_id)  # type: ignore[arg-type]
    session.flush()
    return OpResult(Ref(member.id, member.uuid), Change.MEMBERS | Change.CARDS)


def set_member_active(session: Session, member_id: int, active: bool) -> OpResult[Ref]:
    """Deactivate a member who left (history keeps the name) or bring them back."""
    member = get(session, Member, member_id)
    if active and member.erased_at is not None:
        raise ValidationError("Eine gelöschte Person kann nicht wieder aktiviert werden.")
    member.active = active
    session.flush()
    return OpResult(Ref(member.id, member.uuid), Change.MEMBERS)


# --------------------------------------------------------------------------- reading


@dataclass(frozen=True, slots=True)
class TeamRow:
    id: int
    uuid: str
    name: str
    archived: bool
    members: int


@dataclass(frozen=True, slots=True)
class MemberRow:
    id: int
    uuid: str
    display_name: str
    role: str
    team_id: int | None
    team_name: str
    active: bool
    erased: bool


@dataclass(frozen=True, slots=True)
class SitePeople:
    teams: tuple[TeamRow, ...]
    members: tuple[MemberRow, ...]


def site_people(session: Session, site_id: int) -> SitePeople:
    """Teams and members of an office as plain values, for the administration views."""
    get(session, Site, site_id)
    counts = dict(session.execute(
        select(Member.team_id, func.count()).where(Member.site_id == site_id,
                                                   Member.erased_at.is_(None))
        .group_by(Member.team_id)).all())
    teams = tuple(sorted(
        (TeamRow(t.id, t.uuid, t.name, t.archived_at is not None, int(counts.get(t.id, 0)))
         for t in session.scalars(select(Team).where(Team.site_id == site_id))),
        key=lambda t: (t.name.casefold(), t.id),
    ))
    names = {t.id: t.name for t in teams}
    members = tuple(sorted(
        (MemberRow(m.id, m.uuid, m.display_name, m.role, m.team_id,
                   names.get(m.team_id, "") if m.team_id is not None else "",
                   bool(m.active), m.erased_at is not None)
         for m in session.scalars(select(Member).where(Member.site_id == site_id))),
        key=lambda m: (m.erased, m.display_name.casefold(), m.id),  # umlauts: not SQL lower()
    ))
    return SitePeople(teams, members)
