"""Retrospectives: templates, phases, items, groups, dot votes, ratings and action items.

Anonymity is a promise to the staff council and the team: in an anonymous retrospective the
author of an item is never written to the database, whatever the caller passes. Votes carry a
per-meeting ``voter_token`` (see :func:`new_voter_token`), never a member id; ratings carry
nothing personal at all.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid as uuid_mod
from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kimboard.core.errors import ValidationError
from kimboard.core.models import (
    ActionItem,
    ActionOutcome,
    ActionStatus,
    Board,
    Card,
    GoalArea,
    Member,
    RatingKind,
    RetroGroup,
    RetroItem,
    RetroPhase,
    RetroPrompt,
    RetroRating,
    Retrospective,
    RetroTemplate,
    RetroVote,
    Site,
    Sprint,
)
from kimboard.core.ops import Change, OpResult, Ref
from kimboard.core.ops._util import check_version, clean_text, get
from kimboard.core.ops.sites import _require_local

#: The built-in template a retrospective uses when none is chosen.
DEFAULT_TEMPLATE_KEY = "start_stop_continue"

_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")
_MAX_VOTES = 50
_UNSET: object = object()


def new_voter_token() -> str:
    """A random token for one participant of one meeting (kept by the UI, not a person id)."""
    return str(uuid_mod.uuid4())


# --------------------------------------------------------------------------- helpers


def _check_date(value: object, what: str) -> dt.date:
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        raise ValidationError(f"{what} muss ein Kalenderdatum sein.")
    return value


def _check_votes(budget: int, cap: int) -> tuple[int, int]:
    for v in (budget, cap):
        if isinstance(v, bool) or not isinstance(v, int):
            raise ValidationError("Stimmenzahlen sind ganze Zahlen.")
    if not 0 <= budget <= _MAX_VOTES:
        raise ValidationError(f"Jede Person hat 0 bis {_MAX_VOTES} Stimmen.")
    if not 1 <= cap <= _MAX_VOTES:
        raise ValidationError(
            f"Pro Beitrag darf eine Person 1 bis {_MAX_VOTES} Stimmen vergeben."
        )
    return budget, cap


def _check_color(color: str) -> str:
    if not _COLOR.match(color or ""):
        raise ValidationError("Eine Farbe wird als #rrggbb angegeben, z. B. #2563eb.")
    return color.lower()


def _check_member(session: Session, site_id: int, member_id: int | None, what: str) -> int | None:
    if member_id is None:
        return None
    if get(session, Member, member_id).site_id != site_id:
        raise ValidationError(f"{what} muss zur selben Dienststelle gehören.")
    return member_id


def _check_goal_area(session: Session, goal_area_id: int | None) -> int | None:
    return None if goal_area_id is None else get(session, GoalArea, goal_area_id).id


def _require_editable(retro: Retrospective) -> None:
    if retro.phase == RetroPhase.FINISHED.value:
        raise ValidationError(
            f"Die Retrospektive „{retro.title}“ ist abgeschlossen. Um Beiträge zu ändern, "
            "bitte zuerst eine frühere Phase wählen."
        )


def _check_prompt(session: Session, retro: Retrospective, prompt_id: int | None) -> int | None:
    if prompt_id is None:
        if retro.template_id is not None:
            raise ValidationError("Bitte eine Frage der Vorlage für den Beitrag wählen.")
        return None
    prompt = get(session, RetroPrompt, prompt_id)
    if prompt.template_id != retro.template_id:
        raise ValidationError("Die Frage gehört nicht zur Vorlage dieser Retrospektive.")
    return prompt.id


def _check_group(session: Session, retro_id: int, group_id: int | None) -> int | None:
    if group_id is None:
        return None
    if get(session, RetroGroup, group_id).retro_id != retro_id:
        raise ValidationError("Die Gruppe gehört zu einer anderen Retrospektive.")
    return group_id


def _next_position(
    session: Session, model: type[RetroItem] | type[RetroGroup], retro_id: int
) -> int:
    last = session.scalar(select(func.max(model.position)).where(model.retro_id == retro_id))
    return 0 if last is None else int(last) + 1


# --------------------------------------------------------------------------- templates


def _usable_template(session: Session, site: Site, template_id: int) -> RetroTemplate:
    template = get(session, RetroTemplate, template_id)
    if template.site_id is not None and template.site_id != site.id:
        raise ValidationError("Die Vorlage gehört zu einer anderen Dienststelle.")
    return template


def create_template(
    session: Session,
    site_id: int,
    name: str,
    description: str = "",
    prompts: Sequence[tuple[str, str, str]] = (),
) -> OpResult[Ref]:
    """An office's own template; ``prompts`` are (title, description, colour #rrggbb)."""
    site = get(session, Site, site_id)
    _require_local(site)
    if not prompts:
        raise ValidationError("Eine Vorlage braucht mindestens eine Frage.")
    if len(prompts) > 12:
        raise ValidationError("Eine Vorlage hat höchstens 12 Fragen.")
    template = RetroTemplate(
        site_id=site.id,
        name=clean_text(name, "Der Name der Vorlage", max_len=200),
        description=clean_text(description, "Die Beschreibung", max_len=5000, required=False),
        builtin=False,
        origin_site_uuid=site.uuid,
    )
    template.prompts = [
        RetroPrompt(
            title=clean_text(title, "Die Frage", max_len=200),
            description=clean_text(desc, "Die Erläuterung", max_len=2000, required=False),
            color=_check_color(color),
            position=i,
            origin_site_uuid=site.uuid,
        )
        for i, (title, desc, color) in enumerate(prompts)
    ]
    session.add(template)
    session.flush()
    return OpResult(Ref(template.id, template.uuid), Change.RETROS)


def copy_template(
    session: Session, template_id: int, site_id: int, name: str,
    description: str | None = None,
) -> OpResult[Ref]:
    """Copy a built-in (or own) template into an office's own, editable one."""
    site = get(session, Site, site_id)
    source = _usable_template(session, site, template_id)
    return create_template(
        session, site.id, name, source.description if description is None else description,
        [(p.title, p.description, p.color) for p in source.prompts],
    )


# --------------------------------------------------------------------------- retrospectives


def create_retro(
    session: Session,
    site_id: int,
    title: str,
    held_on: dt.date,
    *,
    board_id: int | None = None,
    sprint_id: int | None = None,
    template_id: int | None = None,
    anonymous: bool = True,
    vote_budget: int = 3,
    vote_cap_per_item: int = 2,
) -> OpResult[Ref]:
    """A retrospective of an office, optionally about a board or one of its sprints.

    Without ``template_id`` the built-in Start/Stop/Continue template is used.
    """
    site = get(session, Site, site_id)
    _require_local(site)
    if sprint_id is not None:
        sprint = get(session, Sprint, sprint_id)
        if board_id is not None and sprint.board_id != board_id:
            raise ValidationError("Der Sprint gehört zu einem anderen Board.")
        board_id = sprint.board_id
    if board_id is not None and get(session, Board, board_id).site_id != site.id:
        raise ValidationError("Das Board gehört zu einer anderen Dienststelle.")
    if template_id is None:
        template_id = session.scalar(
            select(RetroTemplate.id).where(RetroTemplate.key == DEFAULT_TEMPLATE_KEY)
        )
    if template_id is not None:
        template_id = _usable_template(session, site, template_id).id
    budget, cap = _check_votes(vote_budget, vote_cap_per_item)
    retro = Retrospective(
        site_id=site.id,
        board_id=board_id,
        sprint_id=sprint_id,
        template_id=template_id,
        title=clean_text(title, "Der Titel der Retrospektive", max_len=200),
        held_on=_check_date(held_on, "Das Datum der Retrospektive"),
        phase=RetroPhase.CHECK_IN.value,
        anonymous=bool(anonymous),
        vote_budget=budget,
        vote_cap_per_item=cap,
        origin_site_uuid=site.uuid,
    )
    session.add(retro)
    session.flush()
    return OpResult(Ref(retro.id, retro.uuid), Change.RETROS)


def update_retro(
    session: Session,
    retro_id: int,
    *,
    title: str | None = None,
    held_on: dt.date | None = None,
    anonymous: bool | None = None,
    vote_budget: int | None = None,
    vote_cap_per_item: int | None = None,
    expected_version: int | None = None,
) -> OpResult[Ref]:
    """Edit a retrospective. Becoming anonymous erases the stored authors; the way back is
    refused once items exist (they were written under the promise of anonymity)."""
    retro = get(session, Retrospective, retro_id)
    check_version(retro, expected_version)
    if title is not None:
        retro.title = clean_text(title, "Der Titel der Retrospektive", max_len=200)
    if held_on is not None:
        retro.held_on = _check_date(held_on, "Das Datum der Retrospektive")
    if vote_budget is not None or vote_cap_per_item is not None:
        retro.vote_budget, retro.vote_cap_per_item = _check_votes(
            retro.vote_budget if vote_budget is None else vote_budget,
            retro.vote_cap_per_item if vote_cap_per_item is None else vote_cap_per_item,
        )
    if anonymous is not None and bool(anonymous) != retro.anonymous:
        if anonymous:
            for item in retro.items:
                item.author_id = None
        elif retro.items:
            raise ValidationError(
                "Die Beiträge wurden anonym gesammelt. Die Retrospektive kann deshalb nicht "
                "mehr auf namentlich umgestellt werden."
            )
        retro.anonymous = bool(anonymous)
    session.flush()
    return OpResult(Ref(retro.id, retro.uuid), Change.RETROS)


def set_phase(session: Session, retro_id: int, phase: str) -> OpResult[Ref]:
    """Go to any phase; the facilitator may step back (e.g. from voting to grouping)."""
    retro = get(session, Retrospective, retro_id)
    try:
        retro.phase = RetroPhase(phase).value
    except ValueError:
        raise ValidationError(f"„{phase}“ ist keine Phase einer Retrospektive.") from None
    session.flush()
    return OpResult(Ref(retro.id, retro.uuid), Change.RETROS)


# --------------------------------------------------------------------------- items and groups


def add_item(
    session: Session,
    retro_id: int,
    prompt_id: int | None,
    text: str,
    *,
    author_id: int | None = None,
) -> OpResult[Ref]:
    """Add an item under a prompt. In an anonymous retrospective ``author_id`` is dropped."""
    retro = get(session, Retrospective, retro_id)
    _require_editable(retro)
    if retro.anonymous:
        author_id = None
    item = RetroItem(
        retro_id=retro.id,
        prompt_id=_check_prompt(session, retro, prompt_id),
        text=clean_text(text, "Der Beitrag", max_len=2000),
        author_id=_check_member(session, retro.site_id, author_id, "Die Autorin/der Autor"),
        position=_next_position(session, RetroItem, retro.id),
        origin_site_uuid=retro.origin_site_uuid,
    )
    session.add(item)
    session.flush()
    return OpResult(Ref(item.id, item.uuid), Change.RETROS)


def edit_item(
    session: Session,
    item_id: int,
    *,
    text: str | None = None,
    prompt_id: int | None | object = _UNSET,
) -> OpResult[Ref]:
    item = get(session, RetroItem, item_id)
    retro = item.retro
    _require_editable(retro)
    if text is not None:
        item.text = clean_text(text, "Der Beitrag", max_len=2000)
    if prompt_id is not _UNSET:
        item.prompt_id = _check_prompt(session, retro, prompt_id)  # type: ignore[arg-type]
    session.flush()
    return OpResult(Ref(item.id, item.uuid), Change.RETROS)


def delete_item(session: Session, item_id: int) -> OpResult[Ref]:
    """Delete an item with its votes."""
    item = get(session, RetroItem, item_id)
    _require_editable(item.retro)
    ref = Ref(item.id, item.uuid)
    item.retro.items.remove(item)
    session.delete(item)
    session.flush()
    return OpResult(ref, Change.RETROS)


def create_group(session: Session, retro_id: int, title: str = "") -> OpResult[Ref]:
    retro = get(session, Retrospective, retro_id)
    _require_editable(retro)
    group = RetroGroup(
        retro_id=retro.id,
        title=clean_text(title, "Der Gruppentitel", max_len=200, required=False),
        position=_next_position(session, RetroGroup, retro.id),
        origin_site_uuid=retro.origin_site_uuid,
    )
    session.add(group)
    session.flush()
    return OpResult(Ref(group.id, group.uuid), Change.RETROS)


def rename_group(session: Session, group_id: int, title: str) -> OpResult[Ref]:
    group = get(session, RetroGroup, group_id)
    _require_editable(group.retro)
    group.title = clean_text(title, "Der Gruppentitel", max_len=200, required=False)
    session.flush()
    return OpResult(Ref(group.id, group.uuid), Change.RETROS)


def delete_group(session: Session, group_id: int) -> OpResult[Ref]:
    """Dissolve a group: its items stay (ungrouped), its votes go."""
    group = get(session, RetroGroup, group_id)
    retro = group.retro
    _require_editable(retro)
    ref = Ref(group.id, group.uuid)
    for item in retro.items:
        if item.group_id == group.id:
            item.group_id = None
    retro.groups.remove(group)
    session.delete(group)
    session.flush()
    return OpResult(ref, Change.RETROS)


def add_item_to_group(session: Session, item_id: int, group_id: int | None) -> OpResult[Ref]:
    """Put an item into a group of the same retrospective, or take it out (None)."""
    item = get(session, RetroItem, item_id)
    _require_editable(item.retro)
    item.group_id = _check_group(session, item.retro_id, group_id)
    session.flush()
    return OpResult(Ref(item.id, item.uuid), Change.RETROS)


def set_discussion_notes(session: Session, group_id: int, text: str) -> OpResult[Ref]:
    group = get(session, RetroGroup, group_id)
    group.discussion_notes = clean_text(text, "Die Notizen", max_len=20_000, required=False)
    session.flush()
    return OpResult(Ref(group.id, group.uuid), Change.RETROS)


# --------------------------------------------------------------------------- votes and ratings


def _vote_target(
    session: Session, retro: Retrospective, item_id: int | None, group_id: int | None
) -> tuple[int | None, int | None]:
    if (item_id is None) == (group_id is None):
        raise ValidationError("Eine Stimme gilt genau einem Beitrag oder einer Gruppe.")
    if item_id is not None and get(session, RetroItem, item_id).retro_id != retro.id:
        raise ValidationError("Der Beitrag gehört zu einer anderen Retrospektive.")
    _check_group(session, retro.id, group_id)
    return item_id, group_id


def _check_token(voter_token: str) -> str:
    token = (voter_token or "").strip()
    if not token or len(token) > 36:
        raise ValidationError("Die Stimme braucht ein gültiges Teilnahme-Kennzeichen.")
    return token


def cast_vote(
    session: Session,
    retro_id: int,
    *,
    item_id: int | None = None,
    group_id: int | None = None,
    voter_token: str,
) -> OpResult[Ref]:
    """One dot on an item or a group, within the voter's budget and the cap per target."""
    retro = get(session, Retrospective, retro_id)
    _require_editable(retro)
    item_id, group_id = _vote_target(session, retro, item_id, group_id)
    token = _check_token(voter_token)
    used = int(session.scalar(select(func.count()).select_from(RetroVote).where(
        RetroVote.retro_id == retro.id, RetroVote.voter_token == token)) or 0)
    if used >= retro.vote_budget:
        raise ValidationError(
            f"Alle {retro.vote_budget} Stimmen sind schon vergeben. "
            "Um umzuverteilen, bitte zuerst eine Stimme zurücknehmen."
        )
    on_target = int(session.scalar(select(func.count()).select_from(RetroVote).where(
        RetroVote.retro_id == retro.id, RetroVote.voter_token == token,
        RetroVote.item_id.is_(None) if item_id is None else RetroVote.item_id == item_id,
        RetroVote.group_id.is_(None) if group_id is None else RetroVote.group_id == group_id,
    )) or 0)
    if on_target >= retro.vote_cap_per_item:
        raise ValidationError(
            f"Auf einen Beitrag dürfen höchstens {retro.vote_cap_per_item} Stimmen "
            "derselben Person entfallen."
        )
    vote = RetroVote(retro_id=retro.id, item_id=item_id, group_id=group_id, voter_token=token,
                     origin_site_uuid=retro.origin_site_uuid)
    session.add(vote)
    session.flush()
    return OpResult(Ref(vote.id, vote.uuid), Change.RETROS)


def remove_vote(
    session: Session,
    retro_id: int,
    *,
    item_id: int | None = None,
    group_id: int | None = None,
    voter_token: str,
) -> OpResult[Ref]:
    """Take back one of this voter's dots on the target."""
    retro = get(session, Retrospective, retro_id)
    _require_editable(retro)
    item_id, group_id = _vote_target(session, retro, item_id, group_id)
    token = _check_token(voter_token)
    vote = session.scalar(select(RetroVote).where(
        RetroVote.retro_id == retro.id, RetroVote.voter_token == token,
        RetroVote.item_id.is_(None) if item_id is None else RetroVote.item_id == item_id,
        RetroVote.group_id.is_(None) if group_id is None else RetroVote.group_id == group_id,
    ).order_by(RetroVote.id.desc()).limit(1))
    if vote is None:
        raise ValidationError("Hier gibt es keine Stimme zurückzunehmen.")
    ref = Ref(vote.id, vote.uuid)
    session.delete(vote)
    session.flush()
    return OpResult(ref, Change.RETROS)


def add_rating(session: Session, retro_id: int, kind: str, value: int) -> OpResult[Ref]:
    """A check-in mood or a ROTI score, 1 (schlecht) to 5 (sehr gut); never tied to a person."""
    retro = get(session, Retrospective, retro_id)
    try:
        kind = RatingKind(kind).value
    except ValueError:
        raise ValidationError(
            "Bewertet wird die Stimmung („mood“) oder der ROTI („roti“)."
        ) from None
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 5:
        raise ValidationError("Eine Bewertung ist eine ganze Zahl von 1 bis 5.")
    rating = RetroRating(retro_id=retro.id, kind=kind, value=value,
                         origin_site_uuid=retro.origin_site_uuid)
    session.add(rating)
    session.flush()
    return OpResult(Ref(rating.id, rating.uuid), Change.RETROS)


# --------------------------------------------------------------------------- action items


def create_action(
    session: Session,
    retro_id: int,
    text: str,
    *,
    owner_id: int | None = None,
    due_date: dt.date | None = None,
    group_id: int | None = None,
    goal_area_id: int | None = None,
) -> OpResult[Ref]:
    """An improvement action agreed in a retrospective; it belongs to the retro's office."""
    retro = get(session, Retrospective, retro_id)
    site = get(session, Site, retro.site_id)
    _require_local(site)
    action = ActionItem(
        site_id=site.id,
        retro_id=retro.id,
        group_id=_check_group(session, retro.id, group_id),
        text=clean_text(text, "Die Maßnahme", max_len=500),
        owner_id=_check_member(session, site.id, owner_id, "Die verantwortliche Person"),
        due_date=None if due_date is None else _check_date(due_date, "Das Fälligkeitsdatum"),
        status=ActionStatus.OPEN.value,
        goal_area_id=_check_goal_area(session, goal_area_id),
        origin_site_uuid=site.uuid,
    )
    session.add(action)
    session.flush()
    return OpResult(Ref(action.id, action.uuid), Change.RETROS)


def update_action(
    session: Session,
    action_id: int,
    *,
    text: str | None = None,
    status: str | None = None,
    outcome: str | None | object = _UNSET,
    reviewed_in_retro_id: int | None | object = _UNSET,
    owner_id: int | None | object = _UNSET,
    due_date: dt.date | None | object = _UNSET,
    goal_area_id: int | None | object = _UNSET,
    expected_version: int | None = None,
) -> OpResult[Ref]:
    """Edit an action; ``outcome`` and ``reviewed_in_retro_id`` record the later review."""
    action = get(session, ActionItem, action_id)
    check_version(action, expected_version)
    if text is not None:
        action.text = clean_text(text, "Die Maßnahme", max_len=500)
    if status is not None:
        try:
            action.status = ActionStatus(status).value
        except ValueError:
            raise ValidationError(
                "Eine Maßnahme ist offen („open“), erledigt („done“) oder verworfen („dropped“)."
            ) from None
    if outcome is not _UNSET:
        if outcome is None:
            action.outcome = None
        else:
            try:
                action.outcome = ActionOutcome(str(outcome)).value
            except ValueError:
                raise ValidationError(
                    "Die Wirkung ist „effective“ (hat geholfen) oder „not_effective“."
                ) from None
    if reviewed_in_retro_id is not _UNSET:
        if reviewed_in_retro_id is None:
            action.reviewed_in_retro_id = None
        else:
            review = get(session, Retrospective, reviewed_in_retro_id)  # type: ignore[arg-type]
            if review.site_id != action.site_id:
                raise ValidationError("Die Retrospektive gehört zu einer anderen Dienststelle.")
            if review.id == action.retro_id:
                raise ValidationError(
                    "Eine Maßnahme wird in einer späteren Retrospektive bewertet, "
                    "nicht in der, in der sie vereinbart wurde."
                )
            if action.retro is not None and review.held_on < action.retro.held_on:
                raise ValidationError(
                    "Die bewertende Retrospektive liegt vor der, in der die Maßnahme "
                    "vereinbart wurde."
                )
            action.reviewed_in_retro_id = review.id
    if owner_id is not _UNSET:
        action.owner_id = _check_member(session, action.site_id, owner_id,  # type: ignore[arg-type]
                                        "Die verantwortliche Person")
    if due_date is not _UNSET:
        action.due_date = (None if due_date is None
                           else _check_date(due_date, "Das Fälligkeitsdatum"))
    if goal_area_id is not _UNSET:
        action.goal_area_id = _check_goal_area(session, goal_area_id)  # type: ignore[arg-type]
    session.flush()
    return OpResult(Ref(action.id, action.uuid), Change.RETROS)


def delete_action(session: Session, action_id: int) -> OpResult[Ref]:
    action = get(session, ActionItem, action_id)
    ref = Ref(action.id, action.uuid)
    if action.retro is not None:
        action.retro.actions.remove(action)
    session.delete(action)
    session.flush()
    return OpResult(ref, Change.RETROS)


def action_to_card(
    session: Session,
    action_id: int,
    board_id: int,
    column_id: int | None = None,
    *,
    actor_id: int | None = None,
) -> OpResult[Ref]:
    """Turn an action into a card on a board of the same office, so it is actually done.

    The card's description names the retrospective; the action keeps the card's id.
    Returns the new card.
    """
    from kimboard.core.ops.cards import create_card, set_assignees

    action = get(session, ActionItem, action_id)
    board = get(session, Board, board_id)
    if board.site_id != action.site_id:
        raise ValidationError("Das Board gehört zu einer anderen Dienststelle als die Maßnahme.")
    if action.card_id is not None:
        existing = session.get(Card, action.card_id)
        if existing is not None:
            raise ValidationError(
                f"Zu dieser Maßnahme gibt es schon die Karte #{existing.number}."
            )
    title = action.text if len(action.text) <= 500 else action.text[:499] + "…"
    retro = action.retro
    if retro is not None:
        origin = f"Maßnahme aus der Retrospektive „{retro.title}“ vom {retro.held_on:%d.%m.%Y}."
    else:
        origin = "Maßnahme aus einer Retrospektive."
    lines = [origin]
    if action.due_date is not None:
        lines.append(f"Vereinbart bis: {action.due_date:%d.%m.%Y}")
    result = create_card(
        session, board.id, title, column_id=column_id, description="\n".join(lines),
        due_date=action.due_date, goal_area_id=action.goal_area_id, actor_id=actor_id,
    )
    if action.owner_id is not None:
        set_assignees(session, result.value.id, [action.owner_id], actor_id=actor_id)
    action.card_id = result.value.id
    session.flush()
    return OpResult(result.value, Change.CARDS | Change.RETROS, result.warning)
