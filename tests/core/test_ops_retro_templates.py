"""Editing an office's own retrospective templates; built-in ones stay read-only."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from kimboard.core.db import Database
from kimboard.core.errors import ValidationError
from kimboard.core.models import RetroTemplate
from kimboard.core.ops.retro_templates import (
    MAX_PROMPTS,
    add_prompt,
    delete_prompt,
    delete_template,
    move_prompt,
    update_prompt,
    update_template,
)
from kimboard.core.ops.retros import add_item, copy_template, create_retro
from kimboard.core.ops.sites import create_site


@pytest.fixture
def s(db: Database) -> Iterator[Session]:
    with db.transaction() as session:
        yield session


def _builtin(s: Session, key: str = "4l") -> RetroTemplate:
    template = s.scalar(select(RetroTemplate).where(RetroTemplate.key == key))
    assert template is not None
    return template


def _copy(s: Session) -> tuple[int, RetroTemplate]:
    site = create_site(s, "Ausländerbehörde Teststadt", "ABH-T").value.id
    ref = copy_template(s, _builtin(s).id, site, "Unser 4L").value
    return site, s.get_one(RetroTemplate, ref.id)


def _titles(template: RetroTemplate) -> list[str]:
    return [p.title for p in template.prompts]


def test_builtin_templates_are_read_only(s: Session) -> None:
    builtin = _builtin(s)
    with pytest.raises(ValidationError, match="Kopie anlegen"):
        update_template(s, builtin.id, name="Anders")
    with pytest.raises(ValidationError, match="Kopie anlegen"):
        update_prompt(s, builtin.prompts[0].id, color="#000000")
    with pytest.raises(ValidationError, match="Kopie anlegen"):
        add_prompt(s, builtin.id, "Noch eine Frage")
    with pytest.raises(ValidationError, match="Kopie anlegen"):
        delete_template(s, builtin.id)


def test_a_copy_can_be_renamed_and_its_prompts_edited(s: Session) -> None:
    _site, template = _copy(s)
    update_template(s, template.id, name="Lernrunde", description="Unsere Fassung")
    first = template.prompts[0]
    update_prompt(s, first.id, title="Was war gut?", description="Kurz", color="#0F766E")
    assert (template.name, template.description) == ("Lernrunde", "Unsere Fassung")
    assert (first.title, first.description, first.color) == ("Was war gut?", "Kurz", "#0f766e")
    with pytest.raises(ValidationError, match="#rrggbb"):
        update_prompt(s, first.id, color="grün")
    with pytest.raises(ValidationError, match="darf nicht leer"):
        update_prompt(s, first.id, title="  ")


def test_prompts_are_added_moved_and_removed_with_dense_positions(s: Session) -> None:
    _site, template = _copy(s)
    assert _titles(template) == ["Gefallen", "Gelernt", "Gefehlt", "Gewünscht"]
    add_prompt(s, template.id, "Gedankt", "Wem danken wir?", "#be185d", position=1)
    assert _titles(template) == ["Gefallen", "Gedankt", "Gelernt", "Gefehlt", "Gewünscht"]
    move_prompt(s, template.prompts[4].id, 0)
    assert _titles(template) == ["Gewünscht", "Gefallen", "Gedankt", "Gelernt", "Gefehlt"]
    move_prompt(s, template.prompts[0].id, 99)
    assert _titles(template) == ["Gefallen", "Gedankt", "Gelernt", "Gefehlt", "Gewünscht"]
    delete_prompt(s, template.prompts[1].id)
    s.expire(template)
    assert _titles(template) == ["Gefallen", "Gelernt", "Gefehlt", "Gewünscht"]
    assert [p.position for p in template.prompts] == [0, 1, 2, 3]


def test_a_template_keeps_between_one_and_twelve_prompts(s: Session) -> None:
    _site, template = _copy(s)
    while len(template.prompts) < MAX_PROMPTS:
        add_prompt(s, template.id, f"Frage {len(template.prompts)}")
    with pytest.raises(ValidationError, match="höchstens 12"):
        add_prompt(s, template.id, "Zu viel")
    while len(template.prompts) > 1:
        delete_prompt(s, template.prompts[-1].id)
    with pytest.raises(ValidationError, match="mindestens eine Frage"):
        delete_prompt(s, template.prompts[0].id)


def test_a_prompt_with_items_and_a_used_template_cannot_be_removed(s: Session) -> None:
    site, template = _copy(s)
    retro = create_retro(s, site, "Retro", dt.date(2026, 3, 13), template_id=template.id).value
    add_item(s, retro.id, template.prompts[1].id, "Neues über Fristen gelernt")
    with pytest.raises(ValidationError, match="einen Beitrag"):
        delete_prompt(s, template.prompts[1].id)
    delete_prompt(s, template.prompts[0].id)  # without items: fine
    with pytest.raises(ValidationError, match="einer Retrospektive verwendet"):
        delete_template(s, template.id)


def test_an_unused_own_template_can_be_deleted(s: Session) -> None:
    _site, template = _copy(s)
    template_id = template.id
    delete_template(s, template_id)
    assert s.get(RetroTemplate, template_id) is None
    assert _builtin(s).prompts  # the source is untouched
