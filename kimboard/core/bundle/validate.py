"""Opening a bundle: the safe archive, the manifest, the signature, then every row.

:func:`open_bundle` returns a :class:`Bundle` only when all of it holds; no database is needed
(``kimboard verify``). Row rules on top of the schema: one office per bundle (every ``site``
reference is the origin office), unique UUIDs per entity type, every strong reference
resolvable inside the bundle or to reference data, references that stay within one board or
one retrospective (a card's column belongs to the card's board …), and the uniqueness rules
of the database (card numbers per board, label names per board, one adoption per office).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kimboard.core.bundle import entities as E
from kimboard.core.bundle import schema, signing
from kimboard.core.bundle.format import (
    DEFAULT_LIMITS,
    MANIFEST_FILE,
    SIGNATURE_FILE,
    Limits,
    corrupt,
    invalid,
)
from kimboard.core.bundle.reader import (
    Archive,
    Manifest,
    check_files,
    check_mimetype,
    file_name_of,
    iter_json_lines,
    parse_json_file,
    parse_manifest,
    read_archive,
)

Progress = Callable[[int, int], None]


def reference_uuids() -> dict[str, frozenset[str]]:
    """UUIDs of the reference data every kimboard database has (fixed, see ``seed``)."""
    from kimboard.core.seed import GOAL_AREAS, RETRO_TEMPLATES, fixed_uuid

    return {
        "goal_areas": frozenset(fixed_uuid("goal_area", k) for k, _n, _d in GOAL_AREAS),
        "retro_templates": frozenset(fixed_uuid("retro_template", k)
                                     for k, _n, _d, _p in RETRO_TEMPLATES),
        "retro_prompts": frozenset(fixed_uuid("retro_prompt", f"{k}:{i}")
                                   for k, _n, _d, prompts in RETRO_TEMPLATES
                                   for i in range(len(prompts))),
    }


@dataclass
class Bundle:
    """A bundle that passed every check; its data files stay in memory as bytes."""

    file_name: str
    manifest: Manifest
    archive: Archive
    signature: signing.Signature | None
    limits: Limits
    #: rows per known entity type
    counts: dict[str, int] = field(default_factory=dict)
    #: data files of entity types this kimboard does not know (a newer minor version)
    ignored_files: tuple[str, ...] = ()
    #: entity types whose rows are valid *and* already in normal form (checked once)
    normal: set[str] = field(default_factory=set)

    @property
    def total_rows(self) -> int:
        return sum(self.counts.values())

    @property
    def size_on_disk(self) -> int:
        return self.archive.size_on_disk

    def rows(self, entity: str) -> Iterator[tuple[int, dict[str, Any]]]:
        """(line, normalised row) of one entity type; unknown keys dropped, ``_base`` kept."""
        spec = E.SPEC_BY_NAME[entity]
        data = self.archive.entries.get(spec.file_name)
        if data is None:
            return
        lines = iter_json_lines(spec.file_name, data, self.limits.max_line_bytes)
        if entity in self.normal:  # checked when opened: the same bytes parse the same
            yield from lines
            return
        check = schema.row_validators()[entity]
        for n, value in lines:
            try:
                yield n, check(value)
            except schema.RowError as err:
                raise _row_error(spec, n, err) from None

    def _checked_rows(self, entity: str) -> Iterator[tuple[int, dict[str, Any]]]:
        """Like :meth:`rows`, noting whether every row is already in normal form."""
        spec = E.SPEC_BY_NAME[entity]
        data = self.archive.entries.get(spec.file_name)
        if data is None:
            return
        check = schema.flagging_row_validators()[entity]
        normal = True
        for n, value in iter_json_lines(spec.file_name, data, self.limits.max_line_bytes):
            try:
                row, changed = check(value)
            except schema.RowError as err:
                raise _row_error(spec, n, err) from None
            normal = normal and not changed
            yield n, row
        if normal:
            self.normal.add(entity)


def _row_error(spec: E.EntitySpec, line: int, err: schema.RowError) -> Exception:
    where = f"{spec.file_name}, Zeile {line}"
    if err.field is None:
        return invalid("row", f"{where}: {err.message}.")
    return invalid("row", f"{where}, Feld „{err.field}“: {err.message}.")


def open_bundle(source: Path | str | bytes, *, limits: Limits = DEFAULT_LIMITS,
                progress: Progress | None = None) -> Bundle:
    """Read and check a bundle completely; raise a :class:`BundleError` on the first problem."""
    archive = read_archive(source, limits)
    check_mimetype(archive)
    manifest_bytes = archive.entries[MANIFEST_FILE]
    if len(manifest_bytes) > limits.max_manifest_bytes:
        raise invalid("manifest", "manifest.json ist zu groß.")
    manifest = parse_manifest(manifest_bytes)
    check_files(manifest, archive)
    signature = None
    if SIGNATURE_FILE in archive.entries:
        doc = parse_json_file(SIGNATURE_FILE, archive.entries[SIGNATURE_FILE])
        errors = schema.schema_errors(doc, "signature")
        if errors:
            raise invalid("signature_schema", f"{SIGNATURE_FILE} ist ungültig: {errors[0]}")
        signature = signing.verify(doc, manifest_bytes)
    bundle = Bundle(file_name_of(source), manifest, archive, signature, limits)
    _validate_rows(bundle, progress)
    return bundle


# --------------------------------------------------------------------------- rows


class _Refs:
    """UUIDs seen so far, per type, plus the parent (board or retrospective) of some."""

    def __init__(self) -> None:
        self.uuids: dict[str, set[str]] = {s.name: set() for s in E.SPECS}
        self.reference = reference_uuids()
        self.parent: dict[str, dict[str, str]] = {
            t: {} for t in ("columns", "swimlanes", "labels", "sprints", "cards",
                            "retro_groups", "retro_items")}

    def known(self, target: str, value: str) -> bool:
        return value in self.uuids.get(target, ()) or value in self.reference.get(target, ())


_PARENT_FIELD = {"columns": "board", "swimlanes": "board", "labels": "board",
                 "sprints": "board", "cards": "board", "retro_groups": "retro",
                 "retro_items": "retro"}
_ORDER = {name: i for i, name in enumerate(E.ENTITY_ORDER)}


def _validate_rows(bundle: Bundle, progress: Progress | None) -> None:
    manifest = bundle.manifest
    known_files = {s.file_name for s in E.SPECS}
    bundle.ignored_files = tuple(f.name for f in manifest.files if f.name not in known_files)
    total = sum(v for k, v in manifest.counts.items() if k in E.SPEC_BY_NAME)
    done = 0
    refs = _Refs()
    deferred: list[tuple[E.EntitySpec, int, str, str, str]] = []
    for spec in E.SPECS:
        uuids = refs.uuids[spec.name]
        expected = manifest.counts.get(spec.name, 0)
        if spec.file_name not in bundle.archive.entries and expected:
            raise corrupt("missing_file", f"Die Datei {spec.file_name} fehlt.")
        count = 0
        rules = _RowRules(spec, manifest, refs)
        check_refs = _ref_checker(spec, refs)
        for line, row in bundle._checked_rows(spec.name):
            count += 1
            uid = row["uuid"]
            if uid in uuids:
                raise invalid("duplicate_uuid", f"Die UUID {uid} kommt in {spec.file_name} "
                                                "doppelt vor.")
            uuids.add(uid)
            parent_field = _PARENT_FIELD.get(spec.name)
            if parent_field is not None:
                refs.parent[spec.name][uid] = row[parent_field]
            if check_refs(row, line):
                for f, value in _references(spec, row):  # the slow way, for the message
                    if f.weak or f.external or refs.known(f.ref or "", value):
                        continue
                    if _ORDER.get(f.ref or "", -1) > _ORDER[spec.name]:
                        deferred.append((spec, line, f.name, f.ref or "", value))
                        continue
                    raise _dangling(spec, line, f.name, f.ref or "", value)
            if rules.checks or rules.has_site:
                rules.check(line, row)
            if progress is not None and count % 5000 == 0:
                progress(done + count, total)
        if count != expected:
            raise invalid("counts", f"manifest.json nennt {expected} Einträge für "
                                    f"{spec.file_name}, die Datei hat {count}.")
        done += count
        rules.finish()
    for spec, line, name, target, value in deferred:
        if not refs.known(target, value):
            raise _dangling(spec, line, name, target, value)
    if len(refs.uuids["sites"]) != 1 or manifest.origin_site_uuid not in refs.uuids["sites"]:
        raise invalid("site", "Das Paket muss genau die Dienststelle enthalten, von der es "
                              "stammt.")
    scope_type = {"board": "boards", "retro": "retrospectives",
                  "solutions": "solution_approaches", "site": "sites"}[manifest.scope_kind]
    for uid in manifest.scope_uuids:
        if uid not in refs.uuids[scope_type]:
            raise invalid("scope", f"Der Umfang in manifest.json nennt {uid}, das im Paket "
                                   "fehlt.")
    bundle.counts = {name: len(u) for name, u in refs.uuids.items() if u}
    if progress is not None:
        progress(total, total)


def _ref_checker(spec: E.EntitySpec, refs: _Refs) -> Callable[[dict[str, Any], int], bool]:
    """A generated function: True when some strong reference of the row is not known yet
    (then the caller looks closer); rows pass through here a million times."""
    env: dict[str, Any] = {}
    tests: list[str] = []
    for i, f in enumerate(spec.fields):
        if f.ref is None or f.weak or f.external:
            target = "cards" if f.kind == "commitments" else None
            if target is None:
                continue
        else:
            target = f.ref
        env[f"_u{i}"] = refs.uuids.get(target, set())
        env[f"_r{i}"] = refs.reference.get(target, frozenset())
        known = f"(x in _u{i} or x in _r{i})"
        get = f"r[{f.name!r}]"
        if f.kind == "ref":
            test = f"((x := {get}) is not None and not {known})"
        elif f.kind == "refs":
            test = f"any(not {known} for x in {get})"
        else:  # commitments
            test = f"any(not ((x := c['card']) in _u{i} or x in _r{i}) for c in {get})"
        tests.append(test)
    body = " or ".join(tests) if tests else "False"
    source = f"def check(r, line):\n    return {body}\n"
    exec(compile(source, f"<kimboard bundle refs: {spec.name}>", "exec"), env)  # noqa: S102
    return env["check"]  # type: ignore[no-any-return]


def _references(spec: E.EntitySpec, row: dict[str, Any]) -> Iterator[tuple[E.Field, str]]:
    for f in spec.fields:
        if f.kind == "ref":
            value = row[f.name]
            if value is not None:
                yield f, value
        elif f.kind == "refs":
            for value in row[f.name]:
                yield f, value
        elif f.kind == "commitments":
            for item in row[f.name]:
                yield _COMMITMENT_CARD, item["card"]


_COMMITMENT_CARD = E.Field("commitments", "ref", ref="cards", label="Zusagen")

_WHAT = {s.name: s.singular for s in E.SPECS}
_WHAT.update({"goal_areas": "Zielbereich"})


def _dangling(spec: E.EntitySpec, line: int, field_name: str, target: str,
              value: str) -> Exception:
    return invalid("dangling_reference",
                   f"{spec.file_name}, Zeile {line}: {spec.singular} verweist mit „{field_name}“ "
                   f"auf {_WHAT.get(target, target)} {value}, die im Paket fehlt.")


class _RowRules:
    """Rules across rows and fields that the schema cannot say."""

    def __init__(self, spec: E.EntitySpec, manifest: Manifest, refs: _Refs) -> None:
        self.spec = spec
        self.origin = manifest.origin_site_uuid
        self.refs = refs
        self.unique: set[tuple[Any, ...]] = set()
        name = spec.name
        self.has_site = any(f.name == "site" for f in spec.fields)
        self.checks: list[Callable[[int, dict[str, Any]], None]] = []
        if name == "sites":
            self.checks.append(self._site)
        if name in ("cards",):
            self.checks.append(self._card)
        if name == "labels":
            self.checks.append(self._unique("board", "name", what="Der Labelname"))
        if name == "sprints":
            self.checks.append(self._sprint)
        if name == "card_events":
            self.checks.append(self._event)
        if name in ("retro_items", "retro_votes"):
            self.checks.append(self._retro_child)
        if name == "retro_votes":
            self.checks.append(self._vote)
        if name == "solution_adoptions":
            self.checks.append(self._unique("approach", "adopting_site_uuid",
                                            what="Die Übernahme durch diese Dienststelle"))
        if name == "board_adoptions":
            self.checks.append(self._unique("board", "adopting_site_uuid",
                                            what="Die Übernahme durch diese Dienststelle"))

    def fail(self, line: int, message: str) -> Exception:
        return invalid("rule", f"{self.spec.file_name}, Zeile {line}: {message}")

    def check(self, line: int, row: dict[str, Any]) -> None:
        if self.has_site and row["site"] != self.origin:
            raise self.fail(line, "Der Eintrag gehört zu einer anderen Dienststelle als das "
                                  "Paket.")
        for check in self.checks:
            check(line, row)

    def finish(self) -> None:
        self.unique.clear()

    def _unique(self, *keys: str, what: str) -> Callable[[int, dict[str, Any]], None]:
        def check(line: int, row: dict[str, Any]) -> None:
            key = tuple(row[k] for k in keys)
            if key in self.unique:
                raise self.fail(line, f"{what} kommt doppelt vor.")
            self.unique.add(key)
        return check

    def _site(self, line: int, row: dict[str, Any]) -> None:
        if row["uuid"] != self.origin:
            raise self.fail(line, "Das Paket darf nur die Dienststelle enthalten, von der es "
                                  "stammt.")

    def _same_board(self, line: int, kind: str, value: str | None, board: str,
                    what: str) -> None:
        if value is not None and self.refs.parent[kind].get(value, board) != board:
            raise self.fail(line, f"{what} gehört zu einem anderen Board.")

    def _card(self, line: int, row: dict[str, Any]) -> None:
        board = row["board"]
        key = (board, row["number"])
        if key in self.unique:
            raise self.fail(line, f"Die Kartennummer {row['number']} kommt auf dem Board "
                                  "doppelt vor.")
        self.unique.add(key)
        self._same_board(line, "columns", row["column"], board, "Die Spalte der Karte")
        self._same_board(line, "swimlanes", row["swimlane"], board, "Die Swimlane der Karte")
        self._same_board(line, "sprints", row["sprint"], board, "Der Sprint der Karte")
        for label in row["labels"]:
            self._same_board(line, "labels", label, board, "Ein Label der Karte")

    def _sprint(self, line: int, row: dict[str, Any]) -> None:
        if row["end_date"] < row["start_date"]:
            raise self.fail(line, "Der Sprint endet vor seinem Beginn.")
        cards = [c["card"] for c in row["commitments"]]
        if len(set(cards)) != len(cards):
            raise self.fail(line, "Eine Karte ist im Sprint doppelt zugesagt.")

    def _event(self, line: int, row: dict[str, Any]) -> None:
        board = row["board"]
        self._same_board(line, "cards", row["card"], board, "Die Karte des Verlaufseintrags")
        self._same_board(line, "columns", row["from_column"], board, "Die Ausgangsspalte")
        self._same_board(line, "columns", row["to_column"], board, "Die Zielspalte")
        self._same_board(line, "sprints", row["sprint"], board, "Der Sprint")

    def _retro_child(self, line: int, row: dict[str, Any]) -> None:
        retro = row["retro"]
        for kind, key in (("retro_groups", "group"), ("retro_items", "item")):
            value = row.get(key)
            if value is not None and self.refs.parent[kind].get(value, retro) != retro:
                raise self.fail(line, "Der Eintrag verweist in eine andere Retrospektive.")

    def _vote(self, line: int, row: dict[str, Any]) -> None:
        if (row["item"] is None) == (row["group"] is None):
            raise self.fail(line, "Ein Punkt gilt genau einem Beitrag oder einer Gruppe.")
