"""Editing an office's own retrospective templates: name, description and the prompts.

Creating and copying templates live in :mod:`kimboard.core.ops.retros`. The built-in
templates are the same in every office and stay read-only; an office copies one to change it.
Each function is one operation (one transaction through ``Database.run``).

A prompt that already holds items of a retrospective cannot be removed (the protocol of that
retrospective would lose its question), nor can a template that retrospectives use.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kimboard.core import clock
from kimboard.core.errors import ValidationError
from kimboard.core.models import RetroItem, RetroPrompt, Retrospective, RetroTemplate, Site
from kimboard.core.ops import Change, OpResult, Ref
from kimboard.core.ops._util import clean_text, get
from kimboard.core.ops.retros import _check_color
from kimboard.core.ops.sites import _require_local

#: The most prompts a template may have (as :func:`kimboard.core.ops.retros.create_template`).
MAX_PROMPTS = 12
DEFAULT_COLOR = "#1d4ed8"


def _own_template(session: Session, template_id: int) -> RetroTemplate:
    template = get(session, RetroTemplate, template_id)
    if template.builtin or template.site_id is None:
        raise ValidationError(
            f"Die mitgelieferte Vorlage „{template.name}“ kann nicht geändert werden. "
            "Bitte zuerst eine Kopie anlegen und diese bearbeiten."
        )
    _require_local(get(session, Site, template.site_id))
    return template


def _touch(template: RetroTemplate) -> None:
    """A change of a prompt is a change of the template (bundles compare ``updated_at``)."""
    template.updated_at = clock.utcnow()


def _renumber(template: RetroTemplate) -> None:
    for position, prompt in enumerate(template.prompts):
        prompt.position = position


def _prompt_items(session: Session, prompt_id: int) -> int:
    return int(session.scalar(select(func.count()).select_from(RetroItem)
                              .where(RetroItem.prompt_id == prompt_id)) or 0)


def update_template(
    session: Session,
    template_id: int,
    *,
    name: str | None = None,
    description: str | None = None,
) -> OpResult[Ref]:
    """Rename an own template or change its description."""
    template = _own_template(session, template_id)
    if name is not None:
        template.name = clean_text(name, "Der Name der Vorlage", max_len=200)
    if description is not None:
        template.description = clean_text(description, "Die Beschreibung", max_len=5000,
                                           required=False)
    _touch(template)
    session.flush()
    return OpResult(Ref(template.id, template.uuid), Change.RETROS)


def delete_template(session: Session, template_id: int) -> OpResult[Ref]:
    """Delete an own template that no retrospective uses."""
    template = _own_template(session, template_id)
    used = int(session.scalar(select(func.count()).select_from(Retrospective)
                              .where(Retrospective.template_id == template.id)) or 0)
    if used:
        raise ValidationError(
            f"Die Vorlage „{template.name}“ wird von "
            f"{'einer Retrospektive' if used == 1 else f'{used} Retrospektiven'} verwendet "
            "und kann deshalb nicht gelöscht werden."
        )
    ref = Ref(template.id, template.uuid)
    session.delete(template)
    session.flush()
    return OpResult(ref, Change.RETROS)


def add_prompt(
    session: Session,
    template_id: int,
    title: str,
    description: str = "",
    color: str = DEFAULT_COLOR,
    *,
    position: int | None = None,
) -> OpResult[Ref]:
    """Add a prompt to an own template, at the end or at ``position`` (0 = first)."""
    template = _own_template(session, template_id)
    if len(template.prompts) >= MAX_PROMPTS:
        raise ValidationError(f"Eine Vorlage hat höchstens {MAX_PROMPTS} Fragen.")
    prompt = RetroPrompt(
        title=clean_text(title, "Die Frage", max_len=200),
        description=clean_text(description, "Die Erläuterung", max_len=2000, required=False),
        color=_check_color(color),
        origin_site_uuid=template.origin_site_uuid,
    )
    prompts = list(template.prompts)
    index = len(prompts) if position is None else max(0, min(int(position), len(prompts)))
    prompts.insert(index, prompt)
    template.prompts = prompts
    _renumber(template)
    _touch(template)
    session.flush()
    return OpResult(Ref(prompt.id, prompt.uuid), Change.RETROS)


def update_prompt(
    session: Session,
    prompt_id: int,
    *,
    title: str | None = None,
    description: str | None = None,
    color: str | None = None,
) -> OpResult[Ref]:
    """Change a prompt's title, description or colour."""
    prompt = get(session, RetroPrompt, prompt_id)
    template = _own_template(session, prompt.template_id)
    if title is not None:
        prompt.title = clean_text(title, "Die Frage", max_len=200)
    if description is not None:
        prompt.description = clean_text(description, "Die Erläuterung", max_len=2000,
                                        required=False)
    if color is not None:
        prompt.color = _check_color(color)
    _touch(template)
    session.flush()
    return OpResult(Ref(prompt.id, prompt.uuid), Change.RETROS)


def move_prompt(session: Session, prompt_id: int, position: int) -> OpResult[Ref]:
    """Put a prompt at ``position`` (0 = first; beyond the end = last)."""
    prompt = get(session, RetroPrompt, prompt_id)
    template = _own_template(session, prompt.template_id)
    if isinstance(position, bool) or not isinstance(position, int):
        raise ValidationError("Die Position ist eine ganze Zahl.")
    prompts = [p for p in template.prompts if p.id != prompt.id]
    prompts.insert(max(0, min(position, len(prompts))), prompt)
    template.prompts = prompts
    _renumber(template)
    _touch(template)
    session.flush()
    return OpResult(Ref(prompt.id, prompt.uuid), Change.RETROS)


def delete_prompt(session: Session, prompt_id: int) -> OpResult[Ref]:
    """Remove a prompt that holds no items; a template keeps at least one prompt."""
    prompt = get(session, RetroPrompt, prompt_id)
    template = _own_template(session, prompt.template_id)
    if len(template.prompts) <= 1:
        raise ValidationError("Eine Vorlage braucht mindestens eine Frage.")
    items = _prompt_items(session, prompt.id)
    if items:
        raise ValidationError(
            f"Zur Frage „{prompt.title}“ gibt es schon "
            f"{'einen Beitrag' if items == 1 else f'{items} Beiträge'} in Retrospektiven; "
            "sie kann deshalb nicht entfernt werden. Für künftige Retrospektiven bitte eine "
            "Kopie der Vorlage anlegen und dort die Frage entfernen."
        )
    ref = Ref(prompt.id, prompt.uuid)
    template.prompts.remove(prompt)
    _renumber(template)
    _touch(template)
    session.flush()
    return OpResult(ref, Change.RETROS)


def prompt_item_count(session: Session, prompt_id: int) -> int:
    """How many items of retrospectives were written under this prompt (read-only)."""
    return _prompt_items(session, prompt_id)
