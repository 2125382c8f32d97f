"""Erasing a person (Art. 17 GDPR, or a member who leaves) while the work and its history stay.

What :func:`erase_member` does, in one transaction:

- the member row stays (same id and UUID), so assignments, comment authors, history actors,
  retrospective item authors and action owners keep pointing at it and every metric stays
  the same; its display name becomes a neutral label ("ehemaliges Teammitglied"), its role is
  cleared, it is deactivated and ``erased_at`` is set;
- the display name is replaced by the same label wherever it occurs as a whole phrase in free
  text (:data:`TEXT_FIELDS`: cards, comments, checklists, card history values, boards,
  columns, swimlanes, labels, teams, sprints, retrospectives, their items, groups and actions,
  solution approaches, partners' notes, templates) — case-insensitive, whole words only
  ("Anna" does not touch "Annabell"), any spacing between the parts of the name, composed
  and decomposed umlauts alike, and for names of two or more words their genitive too
  ("Anna Schmidts Vorschlag");
- the search index rows of every touched card are rebuilt.

The text of every office in the file is searched, imported ones included: the promise is that
the name is nowhere in the file afterwards. (An office that sends the text again in a bundle
brings it back; the name has to be erased there too.)

Not replaced: parts of the name on their own (a first name alone), misspellings and other
spellings ("Uebermuth" for "Übermuth"), another member row that happens to carry the same name
(another person, or the same person in another office — :func:`preview_erasure` lists them),
and copies outside the database: backups, exported bundles, printed PDFs.

The old text still sits in free pages of the file and in the write-ahead log until
:func:`compact_after_erasure` has merged the search index, checkpointed and vacuumed — run it
right after the transaction. Backups written earlier still hold the name:
:func:`backups_with_old_data` finds them, :func:`delete_backups` removes them.
"""

from __future__ import annotations

import glob
import re
import sqlite3
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import String, create_engine, exc, select
from sqlalchemy.orm import InstrumentedAttribute, Session
from sqlalchemy.pool import NullPool

from kimboard.core import search, sqlite_backend
from kimboard.core.clock import utcnow
from kimboard.core.db import Database, translate_db_error
from kimboard.core.errors import DatabaseError, ValidationError
from kimboard.core.guard import ALLOW_FOREIGN
from kimboard.core.models import (
    ActionItem,
    Board,
    BoardAdoption,
    BoardColumn,
    Card,
    CardEvent,
    ChecklistItem,
    Comment,
    Label,
    Member,
    Partner,
    RetroGroup,
    RetroItem,
    RetroPrompt,
    Retrospective,
    RetroTemplate,
    Site,
    SolutionAdoption,
    SolutionApproach,
    SolutionStatusChange,
    Sprint,
    Swimlane,
    Team,
)
from kimboard.core.ops import Change, OpResult
from kimboard.core.ops._util import clean_text, get

#: What an erased person is called from then on.
ERASED_LABEL = "ehemaliges Teammitglied"

#: Free-text columns searched for the name, with the German plural the reports use.
TEXT_FIELDS: tuple[tuple[type[Any], tuple[str, ...], str], ...] = (
    (Card, ("title", "description", "blocked_reason"), "Karten"),
    (Comment, ("body",), "Kommentare"),
    (ChecklistItem, ("text",), "Checklisten-Einträge"),
    (CardEvent, ("old_value", "new_value"), "Verlaufseinträge"),
    (Board, ("name", "description"), "Boards"),
    (BoardColumn, ("name",), "Spalten"),
    (Swimlane, ("name",), "Swimlanes"),
    (Label, ("name",), "Labels"),
    (Team, ("name",), "Teams"),
    (Sprint, ("name", "goal", "goal_note"), "Sprints"),
    (Retrospective, ("title",), "Retrospektiven"),
    (RetroGroup, ("title", "discussion_notes"), "Retro-Gruppen"),
    (RetroItem, ("text",), "Retro-Beiträge"),
    (ActionItem, ("text",), "Maßnahmen"),
    (SolutionApproach, ("title", "problem", "context", "approach", "evidence", "contact_role"),
     "Lösungsansätze"),
    (SolutionStatusChange, ("note",), "Statuswechsel von Lösungsansätzen"),
    (SolutionAdoption, ("note",), "Übernahmen von Lösungsansätzen"),
    (BoardAdoption, ("note",), "Übernahmen von Boards"),
    (Partner, ("notes", "contact_role"), "Netzwerkpartner"),
    (RetroTemplate, ("name", "description"), "Retro-Vorlagen"),
    (RetroPrompt, ("title", "description"), "Fragen von Retro-Vorlagen"),
)


# --------------------------------------------------------------------------- matching


def name_pattern(name: str) -> re.Pattern[str]:
    """The name as a whole phrase: case-insensitive, whole words, any spacing inside.

    A name of two or more words also matches its genitive ("Anna Schmidts", "… Schmidt's");
    a single word does not, or erasing "Thoma" would rewrite every "Thomas".
    """
    parts = unicodedata.normalize("NFC", name).split()
    if not parts:
        raise ValidationError("Der Name ist leer.")
    body = r"\s+".join(re.escape(p) for p in parts)
    genitive = r"(?:['’]s|['’]|s)?" if len(parts) > 1 else ""
    return re.compile(rf"(?<!\w){body}{genitive}(?!\w)", re.IGNORECASE)


def replace_name(text: str | None, pattern: re.Pattern[str], label: str) -> str | None:
    """``text`` with every occurrence replaced, or None when the name does not occur."""
    if not text:
        return None
    new = pattern.sub(lambda _m: label, text)
    if new != text:
        return new
    nfc = unicodedata.normalize("NFC", text)  # "ü" typed as "u" + combining diaeresis
    if nfc == text:
        return None
    new = pattern.sub(lambda _m: label, nfc)
    return new if new != nfc else None


@dataclass(frozen=True, slots=True)
class _Hit:
    model: type[Any]
    row_id: int
    values: dict[str, str]  # column -> new text


def _fit(model: type[Any], column: str, text: str) -> str:
    """Keep a replaced text within the column's length (the label may be longer than a name)."""
    col_type = getattr(model, column).property.columns[0].type
    length = getattr(col_type, "length", None) if isinstance(col_type, String) else None
    if length and len(text) > length:
        return text[: length - 1] + "…"
    return text


def _find(session: Session, pattern: re.Pattern[str], label: str) -> list[_Hit]:
    hits: list[_Hit] = []
    for model, columns, _what in TEXT_FIELDS:
        attrs: list[InstrumentedAttribute[Any]] = [getattr(model, c) for c in columns]
        for row in session.execute(select(model.id, *attrs)):
            values: dict[str, str] = {}
            for column, text in zip(columns, row[1:], strict=True):
                new = replace_name(text, pattern, label)
                if new is not None:
                    values[column] = _fit(model, column, new)
            if values:
                hits.append(_Hit(model, int(row[0]), values))
    return hits


def _counts(hits: Iterable[_Hit]) -> tuple[tuple[str, int], ...]:
    """(German plural, number of entries) per kind, in the order of :data:`TEXT_FIELDS`."""
    per_model: dict[type[Any], int] = {}
    for hit in hits:
        per_model[hit.model] = per_model.get(hit.model, 0) + 1
    return tuple((what, per_model[model]) for model, _c, what in TEXT_FIELDS
                 if model in per_model)


# --------------------------------------------------------------------------- checks and preview


def _check_erasable(member: Member) -> Site:
    site = member.site
    if not site.is_local:
        raise ValidationError(
            f"Diese Person gehört zur Dienststelle „{site.name}“, die aus einem Paket einer "
            "anderen Dienststelle übernommen wurde. Löschen kann sie nur die Dienststelle, aus "
            "der das Paket stammt; hier lässt sich höchstens die ganze übernommene "
            "Dienststelle entfernen."
        )
    if member.erased_at is not None:
        raise ValidationError(
            "Diese Person wurde bereits gelöscht; ihr Name ist nicht mehr gespeichert."
        )
    return site


@dataclass(frozen=True, slots=True)
class ErasurePreview:
    """What an erasure would change — shown before the person confirms."""

    member_id: int
    name: str
    label: str
    site_name: str
    #: (German plural, number of entries whose text contains the name)
    occurrences: tuple[tuple[str, int], ...]
    #: Offices where another member row carries the same name (not erased with this one).
    same_name_elsewhere: tuple[str, ...]

    @property
    def total(self) -> int:
        return sum(n for _what, n in self.occurrences)


def preview_erasure(
    session: Session, member_id: int, *, label: str = ERASED_LABEL
) -> ErasurePreview:
    """Refuses like :func:`erase_member` would, else says where the name occurs."""
    member = get(session, Member, member_id)
    site = _check_erasable(member)
    hits = _find(session, name_pattern(member.display_name), label)
    others = session.execute(
        select(Site.name)
        .join(Member, Member.site_id == Site.id)
        .where(Member.id != member.id, Member.erased_at.is_(None))
        .where(Member.display_name == member.display_name)
        .order_by(Site.name)
    ).scalars().all()
    return ErasurePreview(member.id, member.display_name, label, site.name, _counts(hits),
                          tuple(dict.fromkeys(others)))


# --------------------------------------------------------------------------- erasure


@dataclass(frozen=True, slots=True)
class ErasureResult:
    """What was done. Carries no trace of the old name."""

    member_id: int
    member_uuid: str
    label: str
    #: (German plural, number of entries whose text was changed)
    replaced: tuple[tuple[str, int], ...]
    cards_reindexed: int

    @property
    def total(self) -> int:
        return sum(n for _what, n in self.replaced)


def _unique_label_name(session: Session, label: Label, wanted: str) -> str:
    """Label names are unique per board: "ehemaliges Teammitglied (2)" on a clash."""
    taken = set(session.scalars(
        select(Label.name).where(Label.board_id == label.board_id, Label.id != label.id)))
    name, n = wanted, 1
    while name in taken:
        n += 1
        name = _fit(Label, "name", f"{wanted} ({n})")
    return name


def erase_member(
    session: Session, member_id: int, *, label: str = ERASED_LABEL
) -> OpResult[ErasureResult]:
    """Erase a person's name from the database; their work, history and metrics stay.

    Run it with ``Database.run`` (one transaction), then :func:`compact_after_erasure`.
    """
    member = get(session, Member, member_id)
    _check_erasable(member)
    label = clean_text(label, "Die Ersatzbezeichnung", max_len=200)
    pattern = name_pattern(member.display_name)
    hits = _find(session, pattern, label)

    # Texts of imported offices are rewritten too: a legal erasure outranks the rule that
    # their copies are read-only here (see kimboard.core.guard).
    had_flag, old_flag = ALLOW_FOREIGN in session.info, session.info.get(ALLOW_FOREIGN)
    session.info[ALLOW_FOREIGN] = True
    try:
        member.display_name = label
        member.role = ""
        member.active = False
        member.erased_at = utcnow()
        cards: set[int] = set()
        for hit in hits:
            obj = session.get_one(hit.model, hit.row_id)
            values = dict(hit.values)
            if hit.model is Label and "name" in values:
                values["name"] = _unique_label_name(session, obj, values["name"])
            for column, text in values.items():
                setattr(obj, column, text)
            if hit.model is Card:
                cards.add(hit.row_id)
            elif hit.model is Comment:
                cards.add(obj.card_id)
        session.flush()
        # The flush hook of Database sessions does this too; doing it here makes the
        # operation complete in any session.
        search.reindex_cards(session.connection(), cards)
    finally:
        if had_flag:
            session.info[ALLOW_FOREIGN] = old_flag
        else:
            session.info.pop(ALLOW_FOREIGN, None)

    changes = Change.MEMBERS | Change.CARDS | Change.CARD_DETAILS
    for model, flag in ((Board, Change.BOARDS), (BoardColumn, Change.COLUMNS),
                        (Swimlane, Change.SWIMLANES), (Label, Change.LABELS),
                        (Sprint, Change.SPRINTS), (SolutionApproach, Change.SOLUTIONS),
                        (SolutionStatusChange, Change.SOLUTIONS),
                        (SolutionAdoption, Change.SOLUTIONS), (Partner, Change.PARTNERS)):
        if any(h.model is model for h in hits):
            changes |= flag
    if any(h.model in (Retrospective, RetroGroup, RetroItem, ActionItem, RetroTemplate,
                       RetroPrompt) for h in hits):
        changes |= Change.RETROS
    result = ErasureResult(member.id, member.uuid, label, _counts(hits), len(cards))
    return OpResult(result, changes)


# --------------------------------------------------------------------------- the file itself


def compact_after_erasure(db: Database) -> None:
    """Rewrite the database file so no free page, index segment or log keeps erased text.

    Merges the full-text index (deleted entries otherwise stay in old segments), then
    checkpoints the write-ahead log, VACUUMs and truncates the log. VACUUM cannot run inside
    a transaction, so this uses a connection of its own, without kimboard's BEGIN.
    """
    db.run(lambda s: sqlite_backend.fts_optimize(s.connection()))  # retried when locked
    engine = create_engine(
        f"sqlite:///{db.path}", poolclass=NullPool,
        connect_args={"timeout": sqlite_backend.BUSY_TIMEOUT_MS / 1000},
    )
    try:
        with engine.connect() as conn:
            sqlite_backend.checkpoint_and_vacuum(conn)
            busy = conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").first()
    except (exc.DBAPIError, sqlite3.Error) as err:
        raise translate_db_error(err, db.path) from err
    finally:
        engine.dispose()
    if busy is not None and busy[0]:
        raise DatabaseError(
            "Die Datenbankdatei konnte nicht vollständig bereinigt werden, weil ein anderes "
            "Programm sie gerade liest; Reste alter Texte können noch in der Datei stehen. "
            "Bitte kimboard überall schließen und dann „kimboard member compact“ aufrufen."
        )


def backups_with_old_data(db_path: Path) -> list[Path]:
    """Backup copies of this database written so far: after an erasure they still hold the
    name. Those kimboard names after the file (``<name>-….sqlite3``) in the ``backups``
    folder beside it — automatic ones and the suggested name of manual ones — and files kept
    by a restore. Copies saved under other names or elsewhere are not found."""
    from kimboard.paths import backup_dir

    db_path = Path(db_path)
    found: list[Path] = []
    folder = backup_dir(db_path)
    if folder.is_dir():
        found.extend(p for p in folder.glob(f"{glob.escape(db_path.stem)}-*.sqlite3")
                     if p.is_file())
    if db_path.parent.is_dir():
        found.extend(db_path.parent.glob(
            f"{glob.escape(db_path.stem)}-ersetzt-*{glob.escape(db_path.suffix)}"))
    companions = [Path(str(p) + s) for p in found for s in ("-wal", "-shm")]
    found.extend(p for p in companions if p.is_file())
    return sorted(set(found))


def delete_backups(paths: Sequence[Path]) -> int:
    """Delete these files; returns how many were deleted. Missing files are skipped."""
    deleted = 0
    errors: list[str] = []
    for path in paths:
        try:
            Path(path).unlink()
            deleted += 1
        except FileNotFoundError:
            continue
        except OSError as err:
            errors.append(f"{path}: {err.strerror or err}")
    if errors:
        raise DatabaseError("Diese Sicherungen konnten nicht gelöscht werden: "
                            + "; ".join(errors))
    return deleted
