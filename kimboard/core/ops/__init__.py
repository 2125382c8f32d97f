"""Use cases: every mutating operation of kimboard, Qt-free.

Each operation is a function ``op(session, ...) -> OpResult``. It validates its input (raising
a :class:`~kimboard.core.errors.KimboardError` with a German message), writes, records the
history, and says which kinds of things changed so each view redraws only what it shows
(Anki's ``OpChanges``). Callers run it in one transaction with ``Database.run(op, ...)``.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")


class Change(enum.Flag):
    NONE = 0
    SITES = enum.auto()
    MEMBERS = enum.auto()
    BOARDS = enum.auto()
    COLUMNS = enum.auto()
    SWIMLANES = enum.auto()
    LABELS = enum.auto()
    CARDS = enum.auto()
    CARD_DETAILS = enum.auto()
    SPRINTS = enum.auto()
    RETROS = enum.auto()
    SOLUTIONS = enum.auto()
    PARTNERS = enum.auto()


@dataclass(frozen=True, slots=True)
class OpResult(Generic[T]):
    value: T
    changes: Change
    #: A German warning the UI shows but that did not stop the operation (soft WIP limit).
    warning: str | None = None


@dataclass(frozen=True, slots=True)
class Ref:
    """What an operation hands back about the thing it made or changed."""

    id: int
    uuid: str
