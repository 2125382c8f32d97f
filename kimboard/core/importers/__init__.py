"""Importers for the tools people come from (Trello board JSON, CSV from Excel) and the CSV
export. Every importer is a core operation ``op(session, …) -> ImportResult`` that the caller
runs in one transaction (``Database.run``): a file that fails half-way leaves nothing behind.

Importers write through the core operations (``ops.boards``, ``ops.cards``, ``ops.people``),
so cards get numbers, order keys, history events and search index rows like cards made by
hand.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kimboard.core.errors import ValidationError
from kimboard.core.models import Board, Member
from kimboard.core.ops import people


class ImportFormatError(ValidationError):
    """The file is not what the importer reads (message in German, says what it is instead)."""


@dataclass
class ImportResult:
    """What an import did. Counts are of rows made or linked in kimboard."""

    board_id: int
    board_uuid: str
    board_name: str
    #: Columns made (Trello: one per open list).
    lists: int = 0
    cards: int = 0
    #: Trello checklists read (their items are flattened into the card's one checklist).
    checklists: int = 0
    checklist_items: int = 0
    comments: int = 0
    #: Labels made on the board (CSV: only new ones).
    labels: int = 0
    #: People linked (found by exact display name or made).
    members: int = 0
    #: Of ``members``: made new.
    members_created: int = 0
    archived: int = 0
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def shorten(text: str, max_len: int) -> tuple[str, bool]:
    """``text`` cut to ``max_len`` characters (ending in "…"), and whether it was cut."""
    if len(text) <= max_len:
        return text, False
    return text[: max_len - 1].rstrip() + "…", True


class MemberFinder:
    """Members of a site by display name: exact spelling first, else case-insensitively
    when that is unique; otherwise a new member is made."""

    def __init__(self, session: Session, site_id: int) -> None:
        self.session = session
        self.site_id = site_id
        self._by_name: dict[str, list[int]] = {}
        self._by_fold: dict[str, list[int]] = {}
        rows = session.execute(select(Member.id, Member.display_name).where(
            Member.site_id == site_id, Member.erased_at.is_(None)).order_by(Member.id))
        for mid, name in rows:
            self._remember(mid, name)
        self.linked: set[int] = set()
        self.created: set[int] = set()

    def _remember(self, mid: int, name: str) -> None:
        self._by_name.setdefault(name, []).append(mid)
        self._by_fold.setdefault(name.casefold(), []).append(mid)

    def exists(self, display_name: str) -> bool:
        """Whether a member of exactly this name (or, case-insensitively, one) exists."""
        name = " ".join(display_name.split())
        return name in self._by_name or name.casefold() in self._by_fold

    def get(self, display_name: str) -> int | None:
        name = " ".join(display_name.split())[:200]
        if not name:
            return None
        found = self._by_name.get(name) or []
        if not found:
            folded = self._by_fold.get(name.casefold()) or []
            found = folded if len(folded) == 1 else []
        if found:
            mid = found[0]
        else:
            mid = people.create_member(self.session, self.site_id, name).value.id
            self._remember(mid, name)
            self.created.add(mid)
        self.linked.add(mid)
        return mid


def unique_board_name(session: Session, site_id: int, wanted: str) -> str:
    """``wanted``, or „wanted (2)“, „wanted (3)“ … if the site has a board of that name."""
    wanted, _ = shorten(" ".join(wanted.split()) or "Import", 190)
    taken = {n.casefold() for n in session.scalars(
        select(Board.name).where(Board.site_id == site_id))}
    if wanted.casefold() not in taken:
        return wanted
    n = 2
    while f"{wanted} ({n})".casefold() in taken:
        n += 1
    return f"{wanted} ({n})"


def decode_text(data: bytes | str, what: str) -> str:
    """UTF-8 (with or without BOM) text of a file, or a German error."""
    if isinstance(data, str):
        return data.removeprefix("\ufeff")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16").removeprefix("\ufeff")
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportFormatError(
            f"{what} ist keine UTF-8-Textdatei (Zeichenkodierung unbekannt)."
        ) from None
