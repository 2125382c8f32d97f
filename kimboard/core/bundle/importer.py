"""Importing a bundle: a preview of what would happen, then all of it in one transaction.

Rows are matched by UUID. For every row the import decides:

- **new** — not here yet: inserted, keeping its UUID, times and origin;
- **unchanged** — here with the same content (``updated_at`` aside): nothing happens, so
  importing the same bundle twice changes nothing the second time;
- **updated** — here, and the bundle's version is the newer one: overwritten;
- **conflict** — changed here *and* there since the last exchange: listed with both sides'
  values and never overwritten silently; the caller decides per row (keep mine / take theirs,
  default: keep mine);
- **skipped** — left alone: the version here is newer, or (adoptions) what it refers to is
  not known here.

Whose rows may change how:

- *Another office* (``Site.is_local`` false here): its rows are read-only here, so they cannot
  have changed here; a row is updated when the bundle's ``updated_at`` is newer — with equal
  times (a change of labels or assignees), when the bundle is newer than the last one
  imported from that office.
- *This office itself* (a bundle from another database of the same office, or an export of
  this one used to restore): a three-way comparison. Each row of a bundle may carry
  ``_base``, the content hash of the version it was derived from, and this database keeps per
  entity the hash of the version that last arrived (``ExchangeState``). Derived from what is
  here (``_base`` = hash here): update. Changed only there: update; changed only here: keep;
  changed on both sides, or nothing known: conflict.
- A row whose UUID belongs here to a *third* office (or to reference data) is refused: a
  bundle never changes what it does not own. Adoptions are the one exception by design: they
  record another office taking over *our* approach or board.

The whole import is one transaction (``Database.run(apply_import, bundle, …)``); any error
rolls it all back. Writing bypasses the ORM (bulk ``executemany``), so the guard and the
search-index hook do not run: this module refreshes the index of imported cards itself and
checks ownership as described.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from kimboard.core import search
from kimboard.core.bundle import entities as E
from kimboard.core.bundle import rows as R
from kimboard.core.bundle import signing
from kimboard.core.bundle.format import FORMAT_MINOR, BundleError, format_timestamp
from kimboard.core.bundle.validate import Bundle
from kimboard.core.clock import utcnow
from kimboard.core.errors import ValidationError
from kimboard.core.guard import ALLOW_FOREIGN
from kimboard.core.models import BundleImport, ExchangeState, Site
from kimboard.core.ops import Change, OpResult

Progress = Callable[[int, int], None]

KEEP_MINE = "mine"
TAKE_THEIRS = "theirs"

TARGET_NEW = "new_site"
TARGET_KNOWN = "known_site"
TARGET_OWN = "own_site"
TARGET_RESTORE = "restore_site"

NEW, UNCHANGED, UPDATED, CONFLICT, SKIPPED = "new", "unchanged", "updated", "conflict", "skipped"

#: adoption type -> the field naming what was adopted (it may belong to any office)
_ADOPTIONS = {"solution_adoptions": "approach", "board_adoptions": "board"}

_CHANGES: dict[str, Change] = {
    "sites": Change.SITES, "teams": Change.MEMBERS, "members": Change.MEMBERS,
    "partners": Change.PARTNERS, "boards": Change.BOARDS, "columns": Change.COLUMNS,
    "swimlanes": Change.SWIMLANES, "labels": Change.LABELS, "sprints": Change.SPRINTS,
    "cards": Change.CARDS, "checklist_items": Change.CARD_DETAILS,
    "comments": Change.CARD_DETAILS, "card_events": Change.CARDS,
    "retro_templates": Change.RETROS, "retro_prompts": Change.RETROS,
    "retrospectives": Change.RETROS, "retro_groups": Change.RETROS,
    "retro_items": Change.RETROS, "retro_votes": Change.RETROS, "retro_ratings": Change.RETROS,
    "action_items": Change.RETROS, "solution_approaches": Change.SOLUTIONS,
    "solution_status_changes": Change.SOLUTIONS, "solution_adoptions": Change.SOLUTIONS,
    "board_adoptions": Change.BOARDS,
}


# --------------------------------------------------------------------------- results


@dataclass(frozen=True)
class FieldDiff:
    field: str
    label: str
    mine: Any
    theirs: Any


@dataclass(frozen=True)
class Conflict:
    """One row changed here and in the bundle: both sides' values of each differing field."""

    entity: str
    entity_label: str
    uuid: str
    title: str
    mine_updated_at: str
    theirs_updated_at: str
    fields: tuple[FieldDiff, ...]
    #: what was (apply) or would be (preview) done: KEEP_MINE or TAKE_THEIRS
    resolution: str = KEEP_MINE

    @property
    def key(self) -> tuple[str, str]:
        return (self.entity, self.uuid)

    def to_json(self) -> dict[str, Any]:
        return {"entity": self.entity, "uuid": self.uuid, "title": self.title,
                "mine_updated_at": self.mine_updated_at,
                "theirs_updated_at": self.theirs_updated_at, "resolution": self.resolution,
                "fields": [{"field": d.field, "label": d.label, "mine": d.mine,
                            "theirs": d.theirs} for d in self.fields]}


@dataclass(frozen=True)
class EntityCounts:
    entity: str
    label: str
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0
    skipped: int = 0

    @property
    def total(self) -> int:
        return self.new + self.updated + self.unchanged + self.conflicts + self.skipped

    def to_json(self) -> dict[str, int]:
        return {"new": self.new, "updated": self.updated, "unchanged": self.unchanged,
                "conflicts": self.conflicts, "skipped": self.skipped}


@dataclass(frozen=True)
class SignatureState:
    #: signing.KEY_* — unsigned, new, known, changed, missing, own, own_other
    status: str
    fingerprint: str | None
    previous_fingerprint: str | None

    @property
    def needs_confirmation(self) -> bool:
        return self.status in (signing.KEY_CHANGED, signing.KEY_MISSING,
                               signing.KEY_OWN_OTHER)

    def describe(self, office: str) -> str:
        fp = self.fingerprint
        if self.status == signing.KEY_UNSIGNED:
            return "nicht signiert"
        if self.status in (signing.KEY_NEW, signing.KEY_KNOWN, signing.KEY_OWN):
            extra = {signing.KEY_NEW: "; Schlüssel zum ersten Mal gesehen, wird gemerkt",
                     signing.KEY_KNOWN: "; bekannter Schlüssel",
                     signing.KEY_OWN: "; eigener Schlüssel"}[self.status]
            return f"signiert von {office} (Fingerabdruck {fp}){extra}"
        if self.status == signing.KEY_MISSING:
            return (f"NICHT signiert, obwohl von {office} bisher signierte Pakete kamen "
                    f"(bekannter Fingerabdruck {self.previous_fingerprint})")
        if self.status == signing.KEY_OWN_OTHER:
            signed = f"signiert mit Fingerabdruck {fp}" if fp else "nicht signiert"
            return (f"{signed} – aber nicht mit dem eigenen Schlüssel dieser Dienststelle "
                    f"({self.previous_fingerprint})")
        return (f"signiert von {office} mit einem ANDEREN Schlüssel (Fingerabdruck {fp}; "
                f"bisher {self.previous_fingerprint})")

    def to_json(self) -> dict[str, Any]:
        return {"status": self.status, "fingerprint": self.fingerprint,
                "previous_fingerprint": self.previous_fingerprint,
                "needs_confirmation": self.needs_confirmation}


@dataclass(frozen=True)
class ImportPreview:
    file_name: str
    bundle_uuid: str
    format_version: str
    app_version: str
    created_at: str
    origin_site_uuid: str
    origin_site_name: str
    scope_kind: str
    pseudonymized: bool
    comments: bool
    #: TARGET_NEW (an office new here), TARGET_KNOWN (another office known here), TARGET_OWN
    target: str
    entities: tuple[EntityCounts, ...]
    conflicts: tuple[Conflict, ...]
    signature: SignatureState
    warnings: tuple[str, ...]
    previous_imports: tuple[str, ...]

    @property
    def has_changes(self) -> bool:
        return any(e.new or e.updated or e.conflicts for e in self.entities)

    @property
    def origin_label(self) -> str:
        return f"von {self.origin_site_name}"

    def counts(self, entity: str) -> EntityCounts:
        for e in self.entities:
            if e.entity == entity:
                return e
        return EntityCounts(entity, E.SPEC_BY_NAME[entity].label)

    def totals(self) -> EntityCounts:
        return EntityCounts("all", "Alle", *(sum(getattr(e, k) for e in self.entities)
                                             for k in ("new", "updated", "unchanged",
                                                       "conflicts", "skipped")))

    def to_json(self) -> dict[str, Any]:
        return {
            "bundle": {"file": self.file_name, "uuid": self.bundle_uuid,
                       "format_version": self.format_version, "app_version": self.app_version,
                       "created_at": self.created_at,
                       "origin_site": {"uuid": self.origin_site_uuid,
                                       "name": self.origin_site_name},
                       "scope": self.scope_kind, "pseudonymized": self.pseudonymized,
                       "comments": self.comments},
            "target": self.target,
            "entities": {e.entity: e.to_json() for e in self.entities},
            "totals": self.totals().to_json(),
            "conflicts": [c.to_json() for c in self.conflicts],
            "signature": self.signature.to_json(),
            "warnings": list(self.warnings),
            "previous_imports": list(self.previous_imports),
            "has_changes": self.has_changes,
        }


@dataclass(frozen=True)
class ImportResult:
    preview: ImportPreview
    #: False when nothing had to change (then nothing was written, not even a log entry)
    applied: bool
    bundle_import_id: int | None
    kept_mine: int
    took_theirs: int

    def to_json(self) -> dict[str, Any]:
        return {**self.preview.to_json(), "applied": self.applied,
                "kept_mine": self.kept_mine, "took_theirs": self.took_theirs}


class KeyNotConfirmed(BundleError):
    """The office's signing key changed (or vanished); the user has to confirm first."""


# --------------------------------------------------------------------------- the engine


@dataclass
class _Tally:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0
    skipped: int = 0


@dataclass
class _State:
    content_hash: str
    remote_updated_at: str
    bundle_created_at: str


@dataclass
class _Run:
    session: Session
    bundle: Bundle
    write: bool
    resolutions: Mapping[tuple[str, str], str] = field(default_factory=dict)
    default: str = KEEP_MINE
    progress: Progress | None = None
    restore: bool = False

    def __post_init__(self) -> None:
        self.conn: Connection = self.session.connection()
        m = self.bundle.manifest
        self.m = m
        self.site_uuid = m.origin_site_uuid
        site = self.session.execute(
            select(Site.id, Site.is_local).where(Site.uuid == m.origin_site_uuid)).first()
        self.target = TARGET_NEW if site is None else (TARGET_OWN if site.is_local
                                                       else TARGET_KNOWN)
        if self.restore:
            if self.target == TARGET_KNOWN:
                raise ValidationError(
                    f"„{m.origin_site_name}“ ist hier schon als andere Dienststelle bekannt; "
                    "als eigene Dienststelle wiederherstellen lässt sie sich nicht.")
            if self.target == TARGET_NEW:
                self.target = TARGET_RESTORE
        self.own = self.target in (TARGET_OWN, TARGET_RESTORE)
        self.ids: dict[str, dict[str, int]] = {t: {} for t in E.referenced_types()}
        self._load_reference_ids()
        imports = self.session.execute(
            select(BundleImport.bundle_uuid, BundleImport.imported_at, BundleImport.summary)
            .where(BundleImport.origin_site_uuid == m.origin_site_uuid)).all()
        created = [str(s.get("bundle_created_at")) for _u, _t, s in imports
                   if isinstance(s, dict) and s.get("bundle_created_at")]
        self.last_created = max(created) if created else None
        self.bundle_newer = self.last_created is None or m.created_at > self.last_created
        self.previous = tuple(format_timestamp(t) for u, t, _s in imports
                              if u == m.bundle_uuid)
        self.tally: dict[str, _Tally] = {}
        self.conflicts: list[Conflict] = []
        self.kept = self.took = 0
        self.new_cards: list[int] = []
        self.touched_cards: set[int] = set()
        self.commitments: list[tuple[int, list[dict[str, Any]]]] = []
        self.wrote = False
        self.done = 0
        self.total = self.bundle.total_rows
        self._converters: dict[tuple[str, str, str], Callable[[Any], tuple[Any, ...]]] = {}
        self.ts_in = R.ts_in_for(self.conn)
        self.date_in = R.date_in_for(self.conn)

    def _load_reference_ids(self) -> None:
        for name, table in E.REFERENCE_TABLES.items():
            stmt = select(table.c.uuid, table.c.id)
            if name == "retro_templates":
                stmt = stmt.where(table.c.builtin.is_(True))
            if name == "retro_prompts":
                tt = E.REFERENCE_TABLES["retro_templates"]
                stmt = stmt.join(tt, tt.c.id == table.c.template_id).where(
                    tt.c.builtin.is_(True))
            self.ids.setdefault(name, {}).update({u: i for u, i in self.conn.execute(stmt)})

    # ------------------------------------------------------------------ driving

    def run(self) -> None:
        for spec in E.SPECS:
            self.tally[spec.name] = _Tally()
            if not self.bundle.counts.get(spec.name):
                continue
            self.next_id = R.max_id(self.conn, spec.table) + 1
            batch: list[dict[str, Any]] = []
            for _line, row in self.bundle.rows(spec.name):
                batch.append(row)
                if len(batch) >= R.BATCH:
                    self._batch(spec, batch)
                    batch = []
            if batch:
                self._batch(spec, batch)
        if self.write:
            self._write_commitments()
            self._reindex()
        if self.progress is not None:
            self.progress(self.total, self.total)

    # ------------------------------------------------------------------ one batch

    def _batch(self, spec: E.EntitySpec, rows: list[dict[str, Any]]) -> None:
        conn = self.conn
        uuids = [r["uuid"] for r in rows]
        owners = R.owners_by_uuid(conn, spec, uuids)
        local = R.fetch_by_uuid(conn, spec, list(owners)) if owners else {}
        states = self._states(spec, uuids) if self.own else {}
        self._resolve_weak(spec, rows)
        self._resolve_external(spec, rows)
        tally = self.tally[spec.name]
        ids = self.ids.get(spec.name)
        inserts: list[dict[str, Any]] = []
        updates: list[tuple[int, dict[str, Any]]] = []
        new_states: list[tuple[dict[str, Any], str]] = []
        for row in rows:
            base = row.pop("_base", None)
            R.canonical_lists(spec, row)
            uid = row["uuid"]
            if uid not in owners:
                outcome = self._new_outcome(spec, row)
                if outcome == NEW:
                    row_id = self.next_id
                    self.next_id += 1
                    if ids is not None:
                        ids[uid] = row_id
                    inserts.append(row | {"__id": row_id})
                    tally.new += 1
                    if self.own:
                        new_states.append((row, R.content_hash(spec, row)))
                elif outcome == UNCHANGED:
                    tally.unchanged += 1
                else:
                    tally.skipped += 1
                continue
            row_id, owner = owners[uid]
            mine = local[uid][1]
            self._check_owner(spec, row, mine, owner)
            if ids is not None:
                ids[uid] = row_id
            if spec.name == "members" and self.own and self.m.pseudonymized:
                row["display_name"] = mine["display_name"]  # never names -> pseudonyms
            ours, theirs = self._comparable(spec, mine), self._comparable(spec, row)
            if ours == theirs:
                tally.unchanged += 1
                state = states.get(uid)
                if state is not None:  # both sides agree now: that is the new common base
                    h = R.content_hash(spec, row)
                    if state.content_hash != h:
                        new_states.append((row, h))
                continue
            decision = self._decide(spec, row, mine, base, states.get(uid))
            if decision == UPDATED:
                tally.updated += 1
                updates.append((row_id, row))
                if self.own:
                    new_states.append((row, R.content_hash(spec, row)))
            elif decision == CONFLICT:
                tally.conflicts += 1
                choice = self.resolutions.get((spec.name, uid), self.default)
                self.conflicts.append(self._conflict(spec, mine, row, choice))
                if choice == TAKE_THEIRS:
                    self.took += 1
                    updates.append((row_id, row))
                else:
                    self.kept += 1
                new_states.append((row, R.content_hash(spec, row)))
            elif decision == UNCHANGED:
                tally.unchanged += 1
            else:
                tally.skipped += 1
        if self.write:
            try:
                self._insert(spec, inserts)
                self._update(spec, updates)
                self._write_states(spec, new_states)
            except IntegrityError as err:
                raise BundleError(
                    "Das Paket lässt sich nicht einfügen: Es verletzt eine Eindeutigkeitsregel "
                    f"der Datenbank bei {spec.label} ({_constraint(err)}). Es wurde nichts "
                    "geändert.", "constraint") from None
        self.done += len(rows)
        if self.progress is not None:
            self.progress(self.done, self.total)

    def _comparable(self, spec: E.EntitySpec, row: dict[str, Any]) -> dict[str, Any]:
        out = R.content(spec, row)
        if spec.name == "sites":
            out.pop("short_code", None)  # ours may differ when theirs was taken here
        return out

    def _states(self, spec: E.EntitySpec, uuids: list[str]) -> dict[str, _State]:
        out: dict[str, _State] = {}
        t = ExchangeState.__table__
        for i in range(0, len(uuids), R.BATCH):
            chunk = uuids[i : i + R.BATCH]
            for uid, h, remote, created in self.conn.execute(
                    select(t.c.entity_uuid, t.c.content_hash, t.c.remote_updated_at,
                           t.c.bundle_created_at)
                    .where(t.c.entity_type == spec.name, t.c.entity_uuid.in_(chunk))):
                out[uid] = _State(h, format_timestamp(remote), format_timestamp(created))
        return out

    def _resolve_weak(self, spec: E.EntitySpec, rows: list[dict[str, Any]]) -> None:
        """Weak references stay when their target is here (in this office), else empty."""
        for f in spec.scalar_fields:
            if not f.weak:
                continue
            known = self.ids[f.ref or ""]
            missing = sorted({r[f.name] for r in rows
                              if r[f.name] is not None and r[f.name] not in known})
            if missing:
                found = R.owners_by_uuid(self.conn, E.SPEC_BY_NAME[f.ref or ""], missing)
                for uid, (row_id, owner) in found.items():
                    if owner == self.site_uuid:
                        known[uid] = row_id
            for r in rows:
                if r[f.name] is not None and r[f.name] not in known:
                    r[f.name] = None

    def _resolve_external(self, spec: E.EntitySpec, rows: list[dict[str, Any]]) -> None:
        """What an adoption points at may live in any office here (or nowhere)."""
        for f in spec.scalar_fields:
            if not f.external:
                continue
            known = self.ids[f.ref or ""]
            missing = sorted({r[f.name] for r in rows if r[f.name] not in known})
            if missing:
                found = R.owners_by_uuid(self.conn, E.SPEC_BY_NAME[f.ref or ""], missing)
                known.update({uid: row_id for uid, (row_id, _o) in found.items()})

    def _new_outcome(self, spec: E.EntitySpec, row: dict[str, Any]) -> str:
        """NEW, or for adoptions SKIPPED (target unknown here) / UNCHANGED (known already)."""
        if spec.name not in _ADOPTIONS:
            return NEW
        f = spec.field(_ADOPTIONS[spec.name])
        known = self.ids[f.ref or ""]
        target_uuid = row[f.name]
        if target_uuid not in known:
            return SKIPPED
        t = spec.table
        clash = self.conn.execute(select(t.c.id).where(
            t.c[f.db_column] == known[target_uuid],
            t.c.adopting_site_uuid == row["adopting_site_uuid"])).first()
        return UNCHANGED if clash is not None else NEW

    def _check_owner(self, spec: E.EntitySpec, row: dict[str, Any], mine: dict[str, Any],
                     owner: str | None) -> None:
        if spec.name in _ADOPTIONS:
            key = _ADOPTIONS[spec.name]
            if mine[key] == row[key]:
                return
        elif owner == self.site_uuid:
            return
        raise BundleError(
            f"Das Paket wurde abgewiesen: Es enthält {spec.singular} {row['uuid']}, die hier zu "
            "einer anderen Dienststelle gehört. Ein Paket darf nur Einträge der Dienststelle "
            "ändern, von der es stammt. Es wurde nichts geändert.", "foreign_rows")

    def _decide(self, spec: E.EntitySpec, theirs: dict[str, Any], mine: dict[str, Any],
                base: str | None, state: _State | None) -> str:
        if not self.own:
            if theirs["updated_at"] > mine["updated_at"]:
                return UPDATED
            if theirs["updated_at"] < mine["updated_at"]:
                return SKIPPED
            return UPDATED if self.bundle_newer else SKIPPED
        h_mine = R.content_hash(spec, mine)
        h_theirs = R.content_hash(spec, theirs)
        if base is not None:
            if base == h_mine:
                return UPDATED  # derived from exactly what is here
            if base == h_theirs:
                return UNCHANGED  # not changed there since its base: what is here is newer
        if state is None:
            return CONFLICT
        if h_theirs == state.content_hash:
            return UNCHANGED  # nothing new there; what is here is newer
        if h_mine == state.content_hash:  # unchanged here since the last exchange
            newer = (theirs["updated_at"], self.m.created_at) > (state.remote_updated_at,
                                                                 state.bundle_created_at)
            return UPDATED if newer else SKIPPED
        return CONFLICT

    def _conflict(self, spec: E.EntitySpec, mine: dict[str, Any], theirs: dict[str, Any],
                  choice: str) -> Conflict:
        diffs = tuple(
            FieldDiff(f.name, f.label, mine.get(f.name), theirs.get(f.name))
            for f in spec.fields
            if f.name not in ("updated_at",) and mine.get(f.name) != theirs.get(f.name))
        title = str(mine.get(spec.title_field or "") or theirs.get(spec.title_field or "") or "")
        return Conflict(spec.name, spec.singular, mine["uuid"], title, mine["updated_at"],
                        theirs["updated_at"], diffs, choice)

    # ------------------------------------------------------------------ writing

    def _converter(self, spec: E.EntitySpec, fields: tuple[E.Field, ...],
                   lead: str, tail: str) -> Callable[[Any], tuple[Any, ...]]:
        """``row -> tuple of column values`` (references as ids), generated once per type:
        a million rows pass through here on a big import. ``lead``/``tail``: expressions
        over ``x`` put before/after the fields."""
        key = (spec.name, lead, tail)
        conv = self._converters.get(key)
        if conv is not None:
            return conv
        env: dict[str, Any] = {"_ts": self.ts_in, "_d": self.date_in}
        parts = [lead] if lead else []
        for i, f in enumerate(fields):
            get = f"r[{f.name!r}]"
            if f.kind == "ref":
                env[f"_m{i}"] = self.ids[f.ref or ""]
                expr = f"_m{i}[{get}]"
            elif f.kind == "timestamp":
                expr = f"_ts({get})"
            elif f.kind == "date":
                expr = f"_d({get})"
            else:
                parts.append(get)
                continue
            parts.append(f"(None if {get} is None else {expr})" if f.nullable else expr)
        if tail:
            parts.append(tail)
        source = "def conv(x):\n    r = x[1]\n    return (" + ", ".join(parts) + ",)\n"
        exec(compile(source, f"<kimboard bundle import: {spec.name}>", "exec"), env)  # noqa: S102
        conv = env["conv"]
        self._converters[key] = conv
        return conv  # type: ignore[no-any-return]

    def _insert(self, spec: E.EntitySpec, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        self.wrote = True
        fields = spec.scalar_fields
        columns = ["id", *(f.db_column for f in fields)]
        extra: list[tuple[str, Any]] = []
        if spec.name == "sites":
            if self.target == TARGET_RESTORE:  # a new key: the old one never left its office
                extra = [("is_local", True), ("pseudonym_key", secrets.token_hex(32))]
            else:
                extra = [("is_local", False)]
            for row in rows:
                row["short_code"] = self._free_short_code(row["short_code"])
        elif spec.name == "retro_templates":
            extra = [("builtin", False)]
        columns += [c for c, _v in extra]
        conv = self._converter(spec, fields, "x[0]", "")
        values = [conv((row["__id"], row)) for row in rows]
        if extra:
            values = [(*v, *(e for _c, e in extra)) for v in values]
        R.insert_many(self.conn, spec.table, columns, values)
        self._lists(spec, [(row["__id"], row) for row in rows], fresh=True)
        if spec.name == "cards":
            self.new_cards.extend(row["__id"] for row in rows)
        elif spec.name == "comments":
            cards = self.ids["cards"]
            self.touched_cards.update(cards[row["card"]] for row in rows)

    def _update(self, spec: E.EntitySpec, rows: list[tuple[int, dict[str, Any]]]) -> None:
        if not rows:
            return
        self.wrote = True
        fields = tuple(f for f in spec.scalar_fields if f.name != "uuid")
        if spec.name == "sites":
            for row_id, row in rows:
                row["short_code"] = self._free_short_code(row["short_code"], row_id)
        columns = [f.db_column for f in fields]
        conv = self._converter(spec, fields, "", "x[0]")
        values = [conv(item) for item in rows]
        if spec.name == "comments":  # a comment that moves leaves its old card's text too
            self.touched_cards.update(self._old_comment_cards([i for i, _r in rows]))
        R.update_many(self.conn, spec.table, columns, values,
                      bump_version="version" in spec.table.c)
        self._lists(spec, rows, fresh=False)
        if spec.name == "cards":
            self.touched_cards.update(row_id for row_id, _r in rows)
        elif spec.name == "comments":
            cards = self.ids["cards"]
            self.touched_cards.update(cards[row["card"]] for _i, row in rows)

    def _old_comment_cards(self, ids: list[int]) -> set[int]:
        t = E.SPEC_BY_NAME["comments"].table
        out: set[int] = set()
        for i in range(0, len(ids), 900):
            out.update(self.conn.execute(select(t.c.card_id).where(t.c.id.in_(ids[i:i + 900])))
                       .scalars())
        return out

    def _lists(self, spec: E.EntitySpec, rows: list[tuple[int, dict[str, Any]]],
               *, fresh: bool) -> None:
        ids = [row_id for row_id, _r in rows]
        for f in spec.list_fields:
            if f.kind == "refs":
                assoc, parent_col, child_col = f.assoc  # type: ignore[misc]
                if not fresh:
                    R.delete_in(self.conn, assoc, parent_col, ids)
                targets = self.ids[f.ref or ""]
                R.insert_many(self.conn, assoc, [parent_col, child_col],
                              [(row_id, targets[u]) for row_id, row in rows for u in row[f.name]])
            elif f.kind == "links":
                if not fresh:
                    R.delete_in(self.conn, E.LINK_TABLE, "approach_id", ids)
                R.insert_many(self.conn, E.LINK_TABLE,
                              ["approach_id", "target_kind", "target_uuid"],
                              [(row_id, link["kind"], link["target"]) for row_id, row in rows
                               for link in row[f.name]])
            elif f.kind == "commitments":
                if not fresh:
                    R.delete_in(self.conn, E.COMMITMENT_TABLE, "sprint_id", ids)
                # cards come after sprints: written once every card has its id
                self.commitments.extend((row_id, row[f.name]) for row_id, row in rows)

    def _write_commitments(self) -> None:
        cards = self.ids["cards"]
        R.insert_many(self.conn, E.COMMITMENT_TABLE, ["sprint_id", "card_id", "estimate"],
                      [(sprint_id, cards[c["card"]], c["estimate"])
                       for sprint_id, items in self.commitments for c in items])

    def _write_states(self, spec: E.EntitySpec, rows: list[tuple[dict[str, Any], str]]) -> None:
        if not rows:
            return
        self.wrote = True
        t: Any = ExchangeState.__table__
        uuids = [row["uuid"] for row, _h in rows]
        for i in range(0, len(uuids), 900):
            chunk = uuids[i : i + 900]
            self.conn.execute(t.delete().where(t.c.entity_type == spec.name,
                                               t.c.entity_uuid.in_(chunk)))
        created = self.ts_in(self.m.created_at)
        R.insert_many(self.conn, t, ["entity_type", "entity_uuid", "site_uuid", "content_hash",
                                     "remote_updated_at", "bundle_uuid", "bundle_created_at"],
                      [(spec.name, row["uuid"], self.site_uuid, h, self.ts_in(row["updated_at"]),
                        self.m.bundle_uuid, created) for row, h in rows])

    def _free_short_code(self, wanted: str, own_id: int | None = None) -> str:
        """The office's short code, or one with a suffix when another office here has it."""
        sites = E.SPEC_BY_NAME["sites"].table

        def taken(code: str) -> bool:
            stmt = select(sites.c.id).where(func.lower(sites.c.short_code) == code.lower())
            if own_id is not None:
                stmt = stmt.where(sites.c.id != own_id)
            return self.conn.execute(stmt).first() is not None

        if not taken(wanted):
            return wanted
        if own_id is not None:  # keep the one it has
            current = self.conn.execute(select(sites.c.short_code)
                                        .where(sites.c.id == own_id)).scalar()
            return str(current)
        for n in range(2, 1000):
            suffix = f"-{n}"
            code = wanted[: 20 - len(suffix)] + suffix
            if not taken(code):
                return code
        raise ValidationError("Für die Dienststelle ist kein freies Kürzel zu finden.")

    def _reindex(self) -> None:
        if self.new_cards:
            search.reindex_cards(self.conn, self.new_cards, fresh=True)
        rest = self.touched_cards - set(self.new_cards)
        if rest:
            search.reindex_cards(self.conn, rest)
        # A new comment on a new card was indexed with the card above.

    # ------------------------------------------------------------------ result

    def preview(self, signature: SignatureState) -> ImportPreview:
        m = self.m
        entities = tuple(
            EntityCounts(spec.name, spec.label, t.new, t.updated, t.unchanged, t.conflicts,
                         t.skipped)
            for spec in E.SPECS if (t := self.tally.get(spec.name)) is not None
            and (t.new or t.updated or t.unchanged or t.conflicts or t.skipped))
        return ImportPreview(
            self.bundle.file_name, m.bundle_uuid, m.format_version, m.app_version, m.created_at,
            m.origin_site_uuid, m.origin_site_name, m.scope_kind, m.pseudonymized, m.comments,
            self.target, entities, tuple(self.conflicts), signature,
            tuple(self._warnings(signature)), self.previous)

    def _warnings(self, signature: SignatureState) -> list[str]:
        m = self.m
        out: list[str] = []
        office = f"„{m.origin_site_name}“"
        if signature.needs_confirmation:
            out.append(f"Achtung: Das Paket ist {signature.describe(office)}. Nur übernehmen, "
                       "wenn die Dienststelle den neuen Schlüssel bestätigt hat.")
        if self.own:
            out.append(f"Das Paket stammt von dieser Dienststelle selbst ({office}). Es wird "
                       "mit dem Stand hier zusammengeführt; was auf beiden Seiten geändert "
                       "wurde, erscheint als Konflikt.")
            if m.pseudonymized:
                out.append("Das Paket ist pseudonymisiert: Die Namen der Teammitglieder hier "
                           "bleiben, wie sie sind.")
        if self.previous:
            out.append("Dieses Paket wurde hier schon importiert (am "
                       + ", ".join(_german_time(p) for p in self.previous) + ").")
        elif self.target == TARGET_KNOWN and not self.bundle_newer:
            out.append(f"Das Paket ist älter als das zuletzt von {office} importierte; "
                       "neuere Stände hier bleiben erhalten.")
        if m.major == 1 and m.minor > FORMAT_MINOR:
            out.append(f"Das Paket stammt aus einer neueren kimboard-Version (Format "
                       f"{m.format_version}); Angaben, die diese Version nicht kennt, werden "
                       "übergangen.")
        skipped_adoptions = sum(self.tally[n].skipped for n in ("solution_adoptions",
                                                                 "board_adoptions")
                                if n in self.tally)
        if skipped_adoptions:
            out.append(f"{skipped_adoptions} Übernahme(n) betreffen Einträge, die es hier "
                       "nicht gibt; sie werden übergangen.")
        return out


def _german_time(iso: str) -> str:
    return f"{iso[8:10]}.{iso[5:7]}.{iso[:4]} {iso[11:16]} UTC"


def _constraint(err: IntegrityError) -> str:
    text = str(getattr(err, "orig", err))
    return text.split("\n")[0][:200]


# --------------------------------------------------------------------------- public API


def _signature_state(session: Session, bundle: Bundle) -> SignatureState:
    status, previous = signing.key_status(session, bundle.manifest.origin_site_uuid,
                                          bundle.signature)
    fp = bundle.signature.fingerprint if bundle.signature is not None else None
    return SignatureState(status, fp, previous or None)


def preview_import(session: Session, bundle: Bundle, *,
                   resolutions: Mapping[tuple[str, str], str] | None = None,
                   default: str = KEEP_MINE, restore: bool = False,
                   progress: Progress | None = None) -> ImportPreview:
    """What :func:`apply_import` would do, in a read session; writes nothing."""
    run = _Run(session, bundle, write=False, resolutions=resolutions or {}, default=default,
               progress=progress, restore=restore)
    run.run()
    return run.preview(_signature_state(session, bundle))


def apply_import(session: Session, bundle: Bundle, *,
                 resolutions: Mapping[tuple[str, str], str] | None = None,
                 default: str = KEEP_MINE, accept_key_change: bool = False,
                 restore: bool = False,
                 progress: Progress | None = None) -> OpResult[ImportResult]:
    """Import ``bundle``; run it with ``Database.run`` — one transaction, all or nothing.

    ``resolutions``: per conflict ``(entity, uuid)`` KEEP_MINE or TAKE_THEIRS; the rest get
    ``default``. A changed signing key must be confirmed with ``accept_key_change``.
    ``restore``: the bundle is this office's own and the office is not in this database yet
    (a new PC): it becomes a local, editable office, and later bundles of the office's other
    database merge with it (updates and conflicts) instead of arriving read-only.
    """
    if default not in (KEEP_MINE, TAKE_THEIRS):
        raise ValidationError("Unbekannte Entscheidung für Konflikte.")
    signature = _signature_state(session, bundle)
    office = f"„{bundle.manifest.origin_site_name}“"
    if signature.needs_confirmation and not accept_key_change:
        raise KeyNotConfirmed(
            f"Das Paket wurde nicht importiert: Es ist {signature.describe(office)}. "
            "Bitte bei der Dienststelle nachfragen und den Import dann ausdrücklich bestätigen.",
            "key_changed")
    previous_flag = session.info.get(ALLOW_FOREIGN)
    session.info[ALLOW_FOREIGN] = True
    try:
        run = _Run(session, bundle, write=True, resolutions=resolutions or {}, default=default,
                   progress=progress, restore=restore)
        run.run()
        preview = run.preview(signature)
        record_id = None
        sig = bundle.signature
        if run.wrote or (sig is not None and signature.status in (signing.KEY_NEW,
                                                                   signing.KEY_CHANGED)
                         and not run.own):
            if sig is not None and not run.own and signature.status in (signing.KEY_NEW,
                                                                         signing.KEY_CHANGED):
                signing.remember_key(session, bundle.manifest.origin_site_uuid,
                                     bundle.manifest.origin_site_name, sig)
            record = BundleImport(
                bundle_uuid=bundle.manifest.bundle_uuid,
                origin_site_uuid=bundle.manifest.origin_site_uuid,
                origin_site_name=bundle.manifest.origin_site_name,
                format_version=bundle.manifest.format_version,
                imported_at=utcnow(),
                file_name=bundle.file_name[:500],
                summary={"bundle_created_at": bundle.manifest.created_at,
                         "scope": bundle.manifest.scope_kind,
                         "target": run.target,
                         "counts": {e.entity: e.to_json() for e in preview.entities},
                         "kept_mine": run.kept, "took_theirs": run.took,
                         "signature": signature.to_json()},
            )
            session.add(record)
            session.flush()
            record_id = record.id
        changes = Change.NONE
        for e in preview.entities:
            if e.new or e.updated or (e.conflicts and run.took):
                changes |= _CHANGES.get(e.entity, Change.NONE)
        result = ImportResult(preview, run.wrote, record_id, run.kept, run.took)
        return OpResult(result, changes)
    finally:
        if previous_flag is None:
            session.info.pop(ALLOW_FOREIGN, None)
        else:
            session.info[ALLOW_FOREIGN] = previous_flag
