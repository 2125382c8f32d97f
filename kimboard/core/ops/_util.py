"""Helpers shared by the operations: fetching by id with a German error, text checks."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from kimboard.core.errors import ConflictError, NotFound, ValidationError

M = TypeVar("M")

_WHAT = {
    "Site": "Dienststelle",
    "Team": "Team",
    "Member": "Teammitglied",
    "Board": "Board",
    "BoardColumn": "Spalte",
    "Swimlane": "Swimlane",
    "Label": "Label",
    "Card": "Karte",
    "ChecklistItem": "Checklisten-Eintrag",
    "Comment": "Kommentar",
    "Sprint": "Sprint",
    "Retrospective": "Retrospektive",
    "RetroTemplate": "Vorlage",
    "RetroPrompt": "Frage",
    "RetroItem": "Beitrag",
    "RetroGroup": "Gruppe",
    "ActionItem": "Maßnahme",
    "SolutionApproach": "Lösungsansatz",
    "Partner": "Netzwerkpartner",
    "GoalArea": "Zielbereich",
}


def get(session: Session, model: type[M], ident: int) -> M:
    obj = session.get(model, ident)
    if obj is None:
        what = _WHAT.get(model.__name__, model.__name__)
        raise NotFound(f"{what} (Nr. {ident}) gibt es nicht (mehr).")
    return obj


def check_version(obj: object, expected: int | None) -> None:
    """Refuse an edit made on a stale copy (the UI passes the version it showed)."""
    if expected is not None and getattr(obj, "version", None) != expected:
        raise ConflictError(
            "Dieser Eintrag wurde inzwischen geändert. Bitte neu laden und erneut bearbeiten."
        )


def clean_text(value: str, what: str, *, max_len: int, required: bool = True) -> str:
    value = (value or "").strip()
    if required and not value:
        raise ValidationError(f"{what} darf nicht leer sein.")
    if len(value) > max_len:
        raise ValidationError(f"{what} ist zu lang (höchstens {max_len} Zeichen).")
    return value


def renumber(items: Sequence[Any]) -> None:
    """Give ``items`` the positions 0, 1, 2 … in their order (only rows that change)."""
    for i, item in enumerate(items):
        if item.position != i:
            item.position = i


def place_at(siblings: Sequence[Any], item: Any, position: int) -> None:
    """Move ``item`` to ``position`` among ``siblings`` (clamped) and renumber them all.

    For short lists with integer positions (columns, swimlanes, checklists); cards use
    fractional order keys instead.
    """
    ordered = [s for s in siblings if s is not item]
    ordered.insert(max(0, min(position, len(ordered))), item)
    renumber(ordered)
