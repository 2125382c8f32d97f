"""Exporting a bundle: a whole office, one board, one retrospective, or solution approaches.

Every bundle carries exactly one office — the origin — and what of it the scope selects, plus
what those rows refer to (the people named on a board's cards, its partners and teams), so the
bundle is complete in itself. Export only reads; it writes into a temporary file in the target
folder and renames it when everything is written, so a failed or cancelled export leaves no
half file. Options: pseudonymise people (``kimboard.core.pseudonyms``: every member's display
name, and their names in free text, become „Teammitglied 7F3A2C91“ — the key stays here),
leave comments out, sign (``signing``).

:func:`export_text_records` gives the privacy check (``kimboard.core.privacy.scan_records``)
exactly the free texts the export would write, so the UI and the CLI can show findings first.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import secrets
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, false, func, or_, select, union
from sqlalchemy.orm import Session

import kimboard
from kimboard.core.bundle import entities as E
from kimboard.core.bundle import rows as R
from kimboard.core.bundle import schema, signing
from kimboard.core.bundle.format import (
    EXTENSION,
    FORMAT_NAME,
    FORMAT_VERSION,
    MANIFEST_FILE,
    MIMETYPE,
    MIMETYPE_FILE,
    SIGNATURE_FILE,
    format_timestamp,
)
from kimboard.core.clock import utcnow
from kimboard.core.errors import KimboardError, ValidationError
from kimboard.core.models import (
    ActionItem,
    Board,
    BoardAdoption,
    BoardColumn,
    Card,
    CardAssignee,
    CardEvent,
    CardPartner,
    ChecklistItem,
    Comment,
    ExchangeState,
    Label,
    Member,
    Partner,
    RetroGroup,
    RetroItem,
    RetroPrompt,
    RetroRating,
    Retrospective,
    RetroTemplate,
    RetroVote,
    Site,
    SolutionAdoption,
    SolutionApproach,
    SolutionPartner,
    SolutionStatusChange,
    Sprint,
    Swimlane,
    Team,
)

Progress = Callable[[int, int], None]

#: zlib level for the data files: 1 is three times faster than 6 and only ~20 % larger on
#: JSON Lines; bundles travel by mail or share, not over slow lines.
COMPRESSLEVEL = 1


@dataclass(frozen=True)
class ExportScope:
    """What to export. Build it with the class methods."""

    kind: str
    site_id: int
    board_id: int | None = None
    retro_id: int | None = None
    #: solution approaches: None = all of the office
    solution_ids: tuple[int, ...] | None = None

    @classmethod
    def site(cls, site_id: int) -> ExportScope:
        return cls("site", site_id)

    @classmethod
    def board(cls, site_id: int, board_id: int) -> ExportScope:
        return cls("board", site_id, board_id=board_id)

    @classmethod
    def retro(cls, site_id: int, retro_id: int) -> ExportScope:
        return cls("retro", site_id, retro_id=retro_id)

    @classmethod
    def solutions(cls, site_id: int, ids: tuple[int, ...] | None = None) -> ExportScope:
        return cls("solutions", site_id, solution_ids=None if ids is None else tuple(ids))


@dataclass(frozen=True)
class ExportOptions:
    pseudonymize: bool = False
    comments: bool = True
    #: sign with the office's key (it must exist: :func:`prepare_export` makes it)
    sign: bool = False


@dataclass(frozen=True)
class ExportResult:
    path: Path
    bundle_uuid: str
    counts: dict[str, int]
    size: int
    fingerprint: str | None = None

    @property
    def total(self) -> int:
        return sum(self.counts.values())


# --------------------------------------------------------------------------- scopes


def _in(column: Any, subquery: Any) -> ColumnElement[bool]:
    return column.in_(subquery)  # type: ignore[no-any-return]


_BOARD_PARTS: tuple[tuple[str, Any], ...] = (
    ("columns", BoardColumn), ("swimlanes", Swimlane), ("labels", Label), ("sprints", Sprint),
    ("cards", Card), ("card_events", CardEvent))
_RETRO_PARTS: tuple[tuple[str, Any], ...] = (
    ("retro_groups", RetroGroup), ("retro_items", RetroItem), ("retro_votes", RetroVote),
    ("retro_ratings", RetroRating))


def _filters(session: Session, scope: ExportScope) -> dict[str, ColumnElement[bool]]:
    """For each entity type in the scope: the WHERE clause selecting its rows."""
    site = session.get(Site, scope.site_id)
    if site is None:
        raise ValidationError(f"Dienststelle (Nr. {scope.site_id}) gibt es nicht (mehr).")
    if not site.is_local:
        raise ValidationError(
            f"„{site.name}“ wurde aus einem Paket einer anderen Dienststelle übernommen; "
            "exportieren lassen sich nur Einträge der eigenen Dienststelle.")
    s = scope.site_id
    f: dict[str, ColumnElement[bool]] = {"sites": Site.__table__.c.id == s}
    if scope.kind == "site":
        boards = select(Board.id).where(Board.site_id == s)
        cards = select(Card.id).where(Card.board_id.in_(boards))
        retros = select(Retrospective.id).where(Retrospective.site_id == s)
        approaches = select(SolutionApproach.id).where(SolutionApproach.site_id == s)
        templates = select(RetroTemplate.id).where(RetroTemplate.site_id == s)
        direct: tuple[tuple[str, Any], ...] = (
            ("teams", Team), ("members", Member), ("partners", Partner),
            ("boards", Board), ("retrospectives", Retrospective), ("action_items", ActionItem),
            ("solution_approaches", SolutionApproach), ("retro_templates", RetroTemplate))
        for name, model in direct:
            f[name] = model.__table__.c.site_id == s
        for name, model in _BOARD_PARTS:
            f[name] = _in(model.__table__.c.board_id, boards)
        f["checklist_items"] = _in(ChecklistItem.__table__.c.card_id, cards)
        f["comments"] = _in(Comment.__table__.c.card_id, cards)
        f["retro_prompts"] = _in(RetroPrompt.__table__.c.template_id, templates)
        for name, model in _RETRO_PARTS:
            f[name] = _in(model.__table__.c.retro_id, retros)
        f["solution_status_changes"] = _in(SolutionStatusChange.__table__.c.approach_id,
                                           approaches)
        f["solution_adoptions"] = or_(
            _in(SolutionAdoption.__table__.c.approach_id, approaches),
            SolutionAdoption.__table__.c.adopting_site_uuid == site.uuid)
        f["board_adoptions"] = or_(_in(BoardAdoption.__table__.c.board_id, boards),
                                   BoardAdoption.__table__.c.adopting_site_uuid == site.uuid)
        return f
    if scope.kind == "board":
        board = session.get(Board, scope.board_id or -1)
        if board is None or board.site_id != s:
            raise ValidationError("Das Board gehört nicht zu dieser Dienststelle.")
        b = board.id
        cards = select(Card.id).where(Card.board_id == b)
        sprints = select(Sprint.id).where(Sprint.board_id == b)
        retros = select(Retrospective.id).where(
            Retrospective.site_id == s,
            or_(Retrospective.board_id == b, Retrospective.sprint_id.in_(sprints)))
        f["boards"] = Board.__table__.c.id == b
        for name, model in _BOARD_PARTS:
            f[name] = model.__table__.c.board_id == b
        f["checklist_items"] = _in(ChecklistItem.__table__.c.card_id, cards)
        f["comments"] = _in(Comment.__table__.c.card_id, cards)
        _retro_parts(f, retros, s)
        f["board_adoptions"] = BoardAdoption.__table__.c.board_id == b
        members: Any = union(
            select(CardAssignee.member_id).where(CardAssignee.card_id.in_(cards)),
            select(Comment.author_id).where(Comment.card_id.in_(cards)),
            select(CardEvent.actor_id).where(CardEvent.board_id == b),
            select(RetroItem.author_id).where(RetroItem.retro_id.in_(retros)),
            select(ActionItem.owner_id).where(ActionItem.retro_id.in_(retros)),
        )
        f["members"] = _in(Member.__table__.c.id, members)
        f["teams"] = or_(Team.__table__.c.id == board.team_id,
                         _in(Team.__table__.c.id,
                             select(Member.team_id).where(Member.id.in_(members))))
        f["partners"] = _in(Partner.__table__.c.id,
                            select(CardPartner.partner_id).where(CardPartner.card_id.in_(cards)))
        return f
    if scope.kind == "retro":
        retro = session.get(Retrospective, scope.retro_id or -1)
        if retro is None or retro.site_id != s:
            raise ValidationError("Die Retrospektive gehört nicht zu dieser Dienststelle.")
        retros = select(Retrospective.id).where(Retrospective.id == retro.id)
        _retro_parts(f, retros, s)
        authors: Any = union(
            select(RetroItem.author_id).where(RetroItem.retro_id == retro.id),
            select(ActionItem.owner_id).where(ActionItem.retro_id == retro.id),
        )
        f["members"] = _in(Member.__table__.c.id, authors)
        f["teams"] = _in(Team.__table__.c.id,
                         select(Member.team_id).where(Member.id.in_(authors)))
        return f
    if scope.kind == "solutions":
        stmt = select(SolutionApproach.id).where(SolutionApproach.site_id == s)
        if scope.solution_ids is not None:
            wanted = set(scope.solution_ids)
            have = set(session.scalars(stmt.where(SolutionApproach.id.in_(wanted))))
            if have != wanted:
                raise ValidationError("Ein gewählter Lösungsansatz gehört nicht zu dieser "
                                      "Dienststelle.")
            stmt = stmt.where(SolutionApproach.id.in_(wanted))
        f["solution_approaches"] = _in(SolutionApproach.__table__.c.id, stmt)
        f["solution_status_changes"] = _in(SolutionStatusChange.__table__.c.approach_id, stmt)
        adoptions = _in(SolutionAdoption.__table__.c.approach_id, stmt)
        if scope.solution_ids is None:  # with all approaches, also what we took over
            adoptions = or_(adoptions,
                            SolutionAdoption.__table__.c.adopting_site_uuid == site.uuid)
        f["solution_adoptions"] = adoptions
        f["partners"] = _in(Partner.__table__.c.id, select(SolutionPartner.partner_id)
                            .where(SolutionPartner.approach_id.in_(stmt)))
        return f
    raise ValidationError(f"Unbekannter Umfang „{scope.kind}“.")


def _retro_parts(f: dict[str, ColumnElement[bool]], retros: Any, site_id: int) -> None:
    templates = select(Retrospective.template_id).where(Retrospective.id.in_(retros))
    f["retrospectives"] = _in(Retrospective.__table__.c.id, retros)
    for name, model in _RETRO_PARTS:
        f[name] = _in(model.__table__.c.retro_id, retros)
    f["action_items"] = _in(ActionItem.__table__.c.retro_id, retros)
    custom = select(RetroTemplate.id).where(RetroTemplate.id.in_(templates),
                                            RetroTemplate.site_id == site_id,
                                            RetroTemplate.builtin == false())
    f["retro_templates"] = _in(RetroTemplate.__table__.c.id, custom)
    f["retro_prompts"] = _in(RetroPrompt.__table__.c.template_id, custom)


def scope_uuids(session: Session, scope: ExportScope) -> list[str]:
    if scope.kind == "site":
        return [session.get_one(Site, scope.site_id).uuid]
    if scope.kind == "board":
        return [session.get_one(Board, scope.board_id).uuid]
    if scope.kind == "retro":
        return [session.get_one(Retrospective, scope.retro_id).uuid]
    if scope.solution_ids is None:
        return []
    return list(session.scalars(select(SolutionApproach.uuid)
                                .where(SolutionApproach.id.in_(scope.solution_ids))
                                .order_by(SolutionApproach.uuid)))


# --------------------------------------------------------------------------- rows of a scope


class _Pseudonyms:
    """Display names to pseudonyms, and the same names in free text."""

    def __init__(self, session: Session, site: Site) -> None:
        from kimboard.core.pseudonyms import pseudonym

        key = site.pseudonym_key
        if not key:
            raise ValidationError(
                f"Für „{site.name}“ gibt es noch keinen Pseudonym-Schlüssel. Bitte den Export "
                "über die Oberfläche oder die Kommandozeile starten (sie legen ihn an).")
        self.names: dict[str, str] = {}
        patterns: list[tuple[Any, str]] = []
        for uid, name, erased in session.execute(
                select(Member.uuid, Member.display_name, Member.erased_at)
                .where(Member.site_id == site.id)):
            label = pseudonym(key, uid)
            self.names[uid] = label
            if erased is None and name and name.strip():
                patterns.append((_name_pattern(name), label))
        # longest names first, so "Anna Schmidt" is replaced before "Anna"
        patterns.sort(key=lambda p: -len(p[0].pattern))
        self.patterns = patterns
        import re

        self.any = re.compile("|".join(f"(?:{p.pattern})" for p, _l in patterns),
                              re.IGNORECASE) if patterns else None

    def text(self, value: str) -> str:
        if not value or self.any is None:
            return value
        import unicodedata

        nfc = unicodedata.normalize("NFC", value)
        if not self.any.search(nfc):
            return value
        for pattern, label in self.patterns:
            nfc = pattern.sub(lambda _m, label=label: label, nfc)
        return nfc


def _name_pattern(name: str) -> Any:
    try:
        from kimboard.core.erasure import name_pattern
    except ImportError:  # pragma: no cover - erasure ships with kimboard
        import re

        return re.compile(rf"(?<!\w){re.escape(name.strip())}(?!\w)", re.IGNORECASE)
    return name_pattern(name)


def _text_fields(spec: E.EntitySpec) -> tuple[E.Field, ...]:
    return tuple(f for f in spec.scalar_fields if f.free_text and f.kind in ("str", "text"))


@dataclass
class _ScopeRows:
    """The rows of a scope, type by type, in the form the bundle writes them."""

    session: Session
    scope: ExportScope
    options: ExportOptions
    filters: dict[str, ColumnElement[bool]] = field(default_factory=dict)
    site: Site | None = None

    def __post_init__(self) -> None:
        self.filters = _filters(self.session, self.scope)
        self.site = self.session.get_one(Site, self.scope.site_id)
        if not self.options.comments:
            self.filters.pop("comments", None)
        self.pseudonyms = (_Pseudonyms(self.session, self.site)
                           if self.options.pseudonymize else None)
        self.bases = self._bases()

    def _bases(self) -> dict[tuple[str, str], str]:
        assert self.site is not None
        return {(t, u): h for t, u, h in self.session.execute(
            select(ExchangeState.entity_type, ExchangeState.entity_uuid,
                   ExchangeState.content_hash)
            .where(ExchangeState.site_uuid == self.site.uuid))}

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for spec in E.SPECS:
            where = self.filters.get(spec.name)
            if where is None:
                continue
            n = self.session.scalar(select(func.count()).select_from(spec.table).where(where))
            if n:
                out[spec.name] = int(n)
        return out

    def batches(self, spec: E.EntitySpec) -> Iterator[list[dict[str, Any]]]:
        where = self.filters.get(spec.name)
        if where is None:
            return
        conn = self.session.connection()
        texts = _text_fields(spec) if self.pseudonyms is not None else ()
        bases = self.bases
        for batch in R.fetch_rows(conn, spec, where):
            out = []
            for _id, row in batch:
                if self.pseudonyms is not None:
                    if spec.name == "members":
                        row["display_name"] = self.pseudonyms.names.get(
                            row["uuid"], row["display_name"])
                    for f in texts:
                        value = row[f.name]
                        if value:
                            row[f.name] = _fit(self.pseudonyms.text(value), f.max_len)
                if bases:
                    base = bases.get((spec.name, row["uuid"]))
                    if base is not None:
                        row["_base"] = base
                out.append(row)
            yield out


def _fit(text: str, max_len: int | None) -> str:
    if max_len is not None and len(text) > max_len:
        return text[: max_len - 1] + "…"
    return text


# --------------------------------------------------------------------------- privacy records


def export_text_records(session: Session, scope: ExportScope,
                        options: ExportOptions = ExportOptions()) -> list[Any]:
    """The free texts the export would write, as ``privacy.TextRecord`` for ``scan_records``."""
    from kimboard.core.privacy import TextRecord, card_label

    source = _ScopeRows(session, scope, options)
    records: list[Any] = []
    card_names: dict[str, tuple[int, str]] = {}
    for spec in E.SPECS:
        texts = _text_fields(spec)
        if not texts:
            continue
        for batch in source.batches(spec):
            for row in batch:
                if spec.name == "cards":
                    card_names[row["uuid"]] = (row["number"], row["title"])
                for f in texts:
                    value = row[f.name]
                    if not value:
                        continue
                    records.append(TextRecord(spec.record_entity, row["uuid"],
                                              _where(spec, row, f, card_names, card_label),
                                              f.name, value))
    return records


def _where(spec: E.EntitySpec, row: dict[str, Any], f: E.Field,
           cards: dict[str, tuple[int, str]], card_label: Callable[[int, str, str], str]) -> str:
    if spec.name == "cards":
        return str(card_label(row["number"], row["title"], f.label))
    if spec.name in ("checklist_items", "comments") and row["card"] in cards:
        number, title = cards[row["card"]]
        return str(card_label(number, title, f"{spec.singular} – {f.label}"))
    title = row.get(spec.title_field or "") or ""
    title = " ".join(str(title).split())
    if len(title) > 40:
        title = title[:39] + "…"
    return f"{spec.singular} „{title}“ – {f.label}" if title else f"{spec.singular} – {f.label}"


# --------------------------------------------------------------------------- writing


def prepare_export(session: Session, site_id: int, *, pseudonymize: bool = False,
                   sign: bool = False) -> signing.KeyInfo | None:
    """Make what an export needs and must keep (a write operation): the pseudonym key, the
    signing key. Run it with ``Database.run`` before :func:`export_bundle`."""
    if pseudonymize:
        from kimboard.core.pseudonyms import ensure_site_key

        ensure_site_key(session, site_id)
    return signing.ensure_signing_key(session, site_id) if sign else None


def default_file_name(session: Session, scope: ExportScope) -> str:
    """„ABH-MST_Board_Teamboard_2026-11-26.kimb“ — a name people recognise."""
    site = session.get_one(Site, scope.site_id)
    what = {"site": "Dienststelle", "board": "Board", "retro": "Retro",
            "solutions": "Loesungsansaetze"}[scope.kind]
    name = ""
    if scope.kind == "board":
        name = session.get_one(Board, scope.board_id).name
    elif scope.kind == "retro":
        name = session.get_one(Retrospective, scope.retro_id).title
    parts = [site.short_code, what] + ([name] if name else []) + [utcnow().date().isoformat()]
    text = "_".join(parts)
    safe = "".join(c if c.isalnum() or c in "-_." else "-" for c in text)
    return safe[:150] + EXTENSION


def export_bundle(session: Session, scope: ExportScope, target: Path | str,
                  options: ExportOptions = ExportOptions(), *,
                  progress: Progress | None = None) -> ExportResult:
    """Write the bundle of ``scope`` to ``target`` (temporary file, then rename)."""
    target = Path(target)
    if target.is_dir():
        raise ValidationError(f"„{target}“ ist ein Ordner; bitte einen Dateinamen angeben.")
    if not target.parent.is_dir():
        raise ValidationError(f"Den Ordner „{target.parent}“ gibt es nicht.")
    source = _ScopeRows(session, scope, options)
    site = source.site
    assert site is not None
    key = signing.site_key(session, site.id) if options.sign else None
    if options.sign and key is None:
        raise ValidationError(f"„{site.name}“ hat noch keinen Signaturschlüssel.")
    counts = source.counts()
    total = sum(counts.values())
    tmp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
    bundle_uuid = str(__import__("uuid").uuid4())
    created = format_timestamp(utcnow())
    files: list[dict[str, Any]] = []
    fingerprint = None
    done = 0
    try:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED,
                             compresslevel=COMPRESSLEVEL) as zf:
            zf.writestr(zipfile.ZipInfo(MIMETYPE_FILE, date_time=(1980, 1, 1, 0, 0, 0)),
                        MIMETYPE, compress_type=zipfile.ZIP_STORED)
            checks = schema.row_validators()
            encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
            for spec in E.SPECS:
                if spec.name not in counts:
                    continue
                digest = hashlib.sha256()
                size = 0
                written = 0
                info = zipfile.ZipInfo(spec.file_name, date_time=(1980, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o100644 << 16
                with zf.open(info, "w", force_zip64=True) as out:
                    for batch in source.batches(spec):
                        lines = []
                        for row in batch:
                            _self_check(checks[spec.name], spec, row)
                            lines.append(encode(row))
                        lines.append("")
                        data = "\n".join(lines).encode("utf-8")
                        out.write(data)
                        digest.update(data)
                        size += len(data)
                        written += len(batch)
                        done += len(batch)
                        if progress is not None:
                            progress(done, total)
                if written != counts[spec.name]:  # the scope changed under us
                    raise KimboardError("Die Daten haben sich während des Exports geändert. "
                                        "Bitte erneut exportieren.")
                files.append({"name": spec.file_name, "size": size,
                              "sha256": digest.hexdigest()})
            manifest = {
                "format": FORMAT_NAME,
                "format_version": FORMAT_VERSION,
                "app_version": kimboard.__version__,
                "bundle_uuid": bundle_uuid,
                "created_at": created,
                "origin_site": {"uuid": site.uuid, "name": site.name,
                                "short_code": site.short_code},
                "scope": {"kind": scope.kind, "uuids": scope_uuids(session, scope),
                          "pseudonymized": options.pseudonymize,
                          "comments": options.comments},
                "counts": {s.name: counts.get(s.name, 0) for s in E.SPECS},
                "files": files,
            }
            manifest_bytes = (json.dumps(manifest, ensure_ascii=False, indent=2) + "\n"
                              ).encode("utf-8")
            zf.writestr(_info(MANIFEST_FILE), manifest_bytes)
            if key is not None:
                sig = signing.sign(key.private_key, manifest_bytes)
                fingerprint = signing.fingerprint(bytes.fromhex(key.public_key))
                zf.writestr(_info(SIGNATURE_FILE),
                            (json.dumps(sig, indent=2) + "\n").encode("ascii"))
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    if progress is not None:
        progress(total, total)
    return ExportResult(target, bundle_uuid, counts, target.stat().st_size, fingerprint)


def _info(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o100644 << 16
    return info


def _self_check(check: Callable[[Any], Any], spec: E.EntitySpec, row: dict[str, Any]) -> None:
    """What we write must pass our own reader; say which entry does not."""
    try:
        check(row)
    except schema.RowError as err:
        raise ValidationError(
            f"Export nicht möglich: {spec.singular} {row.get('uuid')} hat einen Wert, den das "
            f"Paketformat nicht erlaubt (Feld „{err.field}“: {err.message}).") from None
