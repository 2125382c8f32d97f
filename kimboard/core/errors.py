"""Errors the core raises for the user. Their messages are German and shown as they are."""

from __future__ import annotations


class KimboardError(Exception):
    """Base of every error meant for the user: the message is complete, plain German."""


class NotFound(KimboardError):
    pass


class Ambiguous(KimboardError):
    pass


class ValidationError(KimboardError):
    pass


class WipLimitExceeded(KimboardError):
    """A hard WIP limit refused a move or a new card."""


class ConflictError(KimboardError):
    """Someone else changed the same thing in the meantime (optimistic locking)."""


class DatabaseError(KimboardError):
    """The database file cannot be used: locked, corrupt, too new, not a kimboard file."""


class DatabaseTooNew(DatabaseError):
    pass
