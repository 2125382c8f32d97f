"""Helpers shared by the operations: fetching by id with a German error, text checks."""

from __future__ import annotations

from typing import TypeVar

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
