"""One rule in one place: what came from another office in a bundle is read-only here.

A flush hook on write sessions finds the office that owns each new, changed or deleted row
and refuses the flush when that office is not local (``Site.is_local`` false). The bundle
importer — the one writer allowed to change such rows — opens its session with
``session.info[ALLOW_FOREIGN] = True``; deleting an imported office as a whole is allowed too.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session, sessionmaker

from kimboard.core.errors import ValidationError
from kimboard.core.models import (
    Board,
    Card,
    Retrospective,
    RetroTemplate,
    Site,
    SolutionAdoption,
    SolutionApproach,
)

ALLOW_FOREIGN = "kimboard_allow_foreign_writes"

#: Rows another office may add to an imported office's things: "we took this approach over".
_ALWAYS_ALLOWED: tuple[type, ...] = (SolutionAdoption,)


def _site_id(session: Session, obj: Any) -> int | None:
    """The id of the office that owns ``obj`` (None: shared reference data)."""
    if isinstance(obj, Site):
        return obj.id
    state = obj.__dict__  # loaded values only: no lazy loads inside a flush
    if state.get("site_id") is not None:
        return int(state["site_id"])
    if isinstance(state.get("site"), Site):
        return state["site"].id
    for fk, rel, model in (("board_id", "board", Board), ("card_id", "card", Card),
                           ("retro_id", "retro", Retrospective),
                           ("approach_id", "approach", SolutionApproach),
                           ("template_id", "template", RetroTemplate)):
        parent = state.get(rel)
        if parent is None and state.get(fk) is not None:
            parent = session.get(model, state[fk])
        if parent is not None:
            return _site_id(session, parent)
    return None


def install(factory: sessionmaker[Session]) -> None:
    @event.listens_for(factory, "before_flush")
    def _before_flush(session: Session, _ctx: Any, _instances: Any) -> None:
        if session.info.get(ALLOW_FOREIGN):
            return
        deleted_sites = {o.id for o in session.deleted if isinstance(o, Site)}
        local: dict[int, tuple[bool, str]] = {}
        # Dirty only counts with a real column change (a collection that gained an
        # allowed child, such as an adoption, leaves its parent unchanged).
        dirty = [o for o in session.dirty if session.is_modified(o, include_collections=False)]
        for obj in (*session.new, *dirty, *session.deleted):
            if isinstance(obj, _ALWAYS_ALLOWED):
                continue
            if isinstance(obj, Site) and obj in dirty and not obj.is_local:
                # the flag itself may not be flipped here, nor the office edited
                raise ValidationError(_message(obj.name))
            site_id = _site_id(session, obj)
            if site_id is None or site_id in deleted_sites:
                continue
            if site_id not in local:
                site = session.get(Site, site_id)
                local[site_id] = (True, "") if site is None else (site.is_local, site.name)
            is_local, name = local[site_id]
            if not is_local:
                raise ValidationError(_message(name))


def _message(site_name: str) -> str:
    return (f"„{site_name}“ wurde aus einem Paket einer anderen Dienststelle übernommen "
            "und kann hier nur gelesen werden.")
