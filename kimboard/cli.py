"""The ``kimboard`` command: without a subcommand it opens the window, with one it works headless.

This module only parses arguments, calls the core and prints. It must never import Qt for a
subcommand: the GUI is imported lazily when no subcommand is given. Every error meant for the
user ends as ``kimboard: Fehler: <Meldung>`` on stderr with exit code 1 — never a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sqlite3
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from kimboard import __version__

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130

# --------------------------------------------------------------------------- output helpers


def _print_json(value: Any) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2))


def _yes_no(value: Any) -> str:
    return "ja" if value else "nein"


def _german_date(value: str | None) -> str:
    if not value:
        return ""
    year, month, day = value[:10].split("-")
    return f"{day}.{month}.{year}"


def _table(
    headers: Sequence[str], rows: Sequence[Sequence[Any]], *, right: Sequence[int] = ()
) -> str:
    """An aligned plain-text table; columns listed in ``right`` are right-aligned (numbers)."""
    cells = [[str(h) for h in headers]] + [
        ["" if v is None else str(v).replace("\n", " ") for v in row] for row in rows
    ]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]

    def line(row: list[str]) -> str:
        parts = [
            v.rjust(widths[i]) if i in right else v.ljust(widths[i]) for i, v in enumerate(row)
        ]
        return "  ".join(parts).rstrip()

    rule = "  ".join("-" * w for w in widths)
    return "\n".join([line(cells[0]), rule, *(line(r) for r in cells[1:])])


def _shorten(text: str, width: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


# German labels for the stored English values.
MODE = {"kanban": "Kanban", "scrum": "Scrum"}
SPRINT_STATE = {"planned": "geplant", "active": "läuft", "closed": "abgeschlossen"}
RETRO_PHASE = {
    "check_in": "Check-in", "review": "Rückblick", "writing": "Sammeln", "reveal": "Aufdecken",
    "grouping": "Gruppieren", "voting": "Abstimmen", "discussion": "Diskussion",
    "actions": "Maßnahmen", "closing": "Abschluss", "finished": "beendet",
}
SOLUTION_STATUS = {
    "idea": "Idee", "trial": "in Erprobung", "practice": "in der Praxis",
    "transferred": "übernommen",
}
PARTNER_KIND = {
    "jobcenter": "Jobcenter", "agentur_fuer_arbeit": "Agentur für Arbeit",
    "kommunales_integrationszentrum": "Kommunales Integrationszentrum",
    "beratungsstelle": "Beratungsstelle", "arbeitgeberservice": "Arbeitgeberservice",
    "sozialamt": "Sozialamt", "bildungstraeger": "Bildungsträger", "kammer": "Kammer",
    "behoerde": "Behörde", "zivilgesellschaft": "Zivilgesellschaft", "other": "Sonstige",
}
STAT_LABELS = {
    "sites": "Dienststellen", "members": "Mitglieder", "boards": "Boards",
    "columns": "Spalten", "cards": "Karten", "sprints": "Sprints",
    "retrospectives": "Retrospektiven", "retro_items": "Retro-Beiträge",
    "action_items": "Maßnahmen", "solution_approaches": "Lösungsansätze",
    "partners": "Netzwerkpartner", "card_events": "Verlaufseinträge",
}
#: Short headers for the per-site table of ``stats``.
STAT_SHORT = {
    "members": "Mitgl.", "boards": "Boards", "columns": "Spalten", "cards": "Karten",
    "sprints": "Sprints", "retrospectives": "Retros", "retro_items": "Beitr.",
    "action_items": "Maßn.", "solution_approaches": "Ansätze", "partners": "Partner",
}


def _label(mapping: dict[str, str], value: Any) -> str:
    return mapping.get(value, "" if value is None else str(value))


# Human form of ``ls``: (header, how to get the cell from a row) per kind.
Column = tuple[str, Callable[[dict[str, Any]], Any]]
LS_COLUMNS: dict[str, list[Column]] = {
    "sites": [
        ("Kürzel", lambda r: r["short_code"]),
        ("Name", lambda r: r["name"]),
        ("Bezirksregierung", lambda r: r["region"]),
        ("Lokal", lambda r: _yes_no(r["is_local"])),
        ("Archiviert", lambda r: _yes_no(r["archived"])),
        ("UUID", lambda r: r["uuid"]),
    ],
    "boards": [
        ("Dienststelle", lambda r: r["site_code"]),
        ("Name", lambda r: r["name"]),
        ("Modus", lambda r: _label(MODE, r["mode"])),
        ("Karten", lambda r: r["cards"]),
        ("Archiviert", lambda r: _yes_no(r["archived"])),
        ("UUID", lambda r: r["uuid"]),
    ],
    "sprints": [
        ("Dienststelle", lambda r: r["site_code"]),
        ("Board", lambda r: r["board_name"]),
        ("Name", lambda r: r["name"]),
        ("Status", lambda r: _label(SPRINT_STATE, r["state"])),
        ("Beginn", lambda r: _german_date(r["start"])),
        ("Ende", lambda r: _german_date(r["end"])),
        ("Ziel", lambda r: _shorten(r["goal"] or "")),
        ("UUID", lambda r: r["uuid"]),
    ],
    "retros": [
        ("Dienststelle", lambda r: r["site_code"]),
        ("Datum", lambda r: _german_date(r["date"])),
        ("Titel", lambda r: r["title"]),
        ("Board", lambda r: r["board_name"] or ""),
        ("Phase", lambda r: _label(RETRO_PHASE, r["phase"])),
        ("Anonym", lambda r: _yes_no(r["anonymous"])),
        ("UUID", lambda r: r["uuid"]),
    ],
    "solutions": [
        ("Dienststelle", lambda r: r["site_code"]),
        ("Titel", lambda r: _shorten(r["title"], 50)),
        ("Status", lambda r: _label(SOLUTION_STATUS, r["status"])),
        ("Zielbereich", lambda r: r["goal_area"] or ""),
        ("UUID", lambda r: r["uuid"]),
    ],
    "partners": [
        ("Dienststelle", lambda r: r["site_code"]),
        ("Name", lambda r: r["name"]),
        ("Art", lambda r: _label(PARTNER_KIND, r["kind"])),
        ("Ansprechstelle", lambda r: r["contact_role"]),
        ("Funktionspostfach", lambda r: r["mailbox"]),
        ("UUID", lambda r: r["uuid"]),
    ],
}
LS_EMPTY = {
    "sites": "Keine Dienststellen vorhanden.",
    "boards": "Keine Boards vorhanden.",
    "sprints": "Keine Sprints vorhanden.",
    "retros": "Keine Retrospektiven vorhanden.",
    "solutions": "Keine Lösungsansätze vorhanden.",
    "partners": "Keine Netzwerkpartner vorhanden.",
}


# --------------------------------------------------------------------------- database access


def _db_path(args: argparse.Namespace) -> Path:
    from kimboard.paths import resolve_db_path

    return resolve_db_path(args.db)


def _checked_db_path(args: argparse.Namespace) -> Path:
    from kimboard.core.errors import DatabaseError
    from kimboard.paths import DB_FILE_NAME

    path = _db_path(args)
    if path.is_dir():
        raise DatabaseError(
            f"{path} ist ein Ordner, keine Datenbankdatei. Bitte eine Datei angeben, "
            f"z. B. {path / DB_FILE_NAME}."
        )
    return path


def _open(args: argparse.Namespace) -> Any:
    """Open (create, migrate) the database; say so when a migration wrote a backup."""
    from kimboard.core.db import Database
    from kimboard.core.errors import DatabaseError

    path = _checked_db_path(args)
    try:
        db = Database.open(path)
    except DatabaseError as err:  # say why: no write permission, damaged (and which backup)
        from kimboard.core.diagnose import explain_open_failure

        raise explain_open_failure(path, err) from err
    if db.migration_backup is not None:
        print(
            "kimboard: Die Datenbank wurde auf den aktuellen Stand gebracht; "
            f"Sicherung vorher: {db.migration_backup}",
            file=sys.stderr,
        )
    return db


# --------------------------------------------------------------------------- subcommands


def cmd_demo(args: argparse.Namespace) -> int:
    from kimboard.core.demo import load_demo

    with _open(args) as db:
        result = db.run(load_demo)
    if not getattr(result, "created", False):
        print("Demodaten sind bereits vorhanden.")
        return EXIT_OK
    print("Demodaten angelegt:")
    summary: dict[str, Any] = dict(getattr(result, "summary", {}) or {})
    if summary:
        width = max(len(STAT_LABELS.get(k, k)) for k in summary)
        for key, value in summary.items():
            print(f"  {STAT_LABELS.get(key, key).ljust(width)}  {value}")
    return EXIT_OK


def cmd_stats(args: argparse.Namespace) -> int:
    from kimboard.core import queries

    with _open(args) as db, db.session() as s:
        data = queries.stats(s)
    if args.json:
        _print_json(data)
        return EXIT_OK
    keys = queries.STAT_KEYS
    width = max(len(STAT_LABELS[k]) for k in keys)
    print(f"Datenbank: {db.path}")
    print()
    for key in keys:
        print(f"{STAT_LABELS[key].ljust(width)}  {data[key]:>7}")
    if data["by_site"]:
        print()
        print("Je Dienststelle:")
        site_keys = [k for k in keys if k != "sites"]
        rows = [
            [entry["name"], *(entry[k] for k in site_keys)]
            for entry in data["by_site"].values()
        ]
        print(_table(["Dienststelle", *(STAT_SHORT[k] for k in site_keys)], rows,
                     right=range(1, len(site_keys) + 1)))
    return EXIT_OK


def cmd_ls(args: argparse.Namespace) -> int:
    from kimboard.core import queries

    with _open(args) as db, db.session() as s:
        site_id = queries.resolve_site(s, args.site).id if args.site else None
        rows = queries.list_rows(s, args.kind, site_id=site_id)
    if args.json:
        _print_json(rows)
        return EXIT_OK
    if not rows:
        print(LS_EMPTY[args.kind])
        return EXIT_OK
    columns = LS_COLUMNS[args.kind]
    right = [i for i, (h, _) in enumerate(columns) if h == "Karten"]
    print(_table([h for h, _ in columns], [[get(r) for _, get in columns] for r in rows],
                 right=right))
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    from kimboard.core import queries

    with _open(args) as db, db.session() as s:
        site_id = queries.resolve_site(s, args.site).id if args.site else None
        board_id = queries.resolve_board(s, args.board, site_id).id if args.board else None
        hits = queries.search(s, args.query, site_id=site_id, board_id=board_id,
                              include_archived=args.archived, limit=args.limit)
    if args.json:
        _print_json(hits)
        return EXIT_OK
    if not hits:
        print(f"Keine Karten zu „{args.query}“ gefunden.")
        return EXIT_OK
    rows = [
        [h["board_name"], f"#{h['number']}",
         _shorten(h["title"], 60) + (" (archiviert)" if h["archived"] else ""), h["uuid"]]
        for h in hits
    ]
    print(_table(["Board", "Nr.", "Titel", "UUID"], rows, right=[1]))
    print()
    print(f"{len(hits)} Treffer" + (" (Grenze erreicht)" if len(hits) >= args.limit else ""))
    return EXIT_OK


def _fmt_num(value: float | None, unit: str = "") -> str:
    if value is None:
        return "–"
    text = f"{value:.2f}".rstrip("0").rstrip(".").replace(".", ",")
    return f"{text} {unit}".rstrip()


def _board_and_sprint(s: Any, args: argparse.Namespace) -> tuple[int, int | None]:
    from kimboard.core import queries

    site_id = queries.resolve_site(s, args.site).id if getattr(args, "site", None) else None
    board_id = queries.resolve_board(s, args.board, site_id).id
    sprint_id = queries.resolve_sprint(s, args.sprint, board_id).id if args.sprint else None
    return board_id, sprint_id


def cmd_metrics(args: argparse.Namespace) -> int:
    from kimboard.core.metrics import compute_metrics

    with _open(args) as db, db.session() as s:
        board_id, sprint_id = _board_and_sprint(s, args)
        m = compute_metrics(s, board_id, sprint_id, weeks=args.weeks)
    if args.json:
        _print_json(m)
        return EXIT_OK
    period = m["period"]
    print(f"Board: {m['board']['name']}  ·  Zeitraum {_german_date(period['from'])} – "
          f"{_german_date(period['to'])}")
    sprint, bd = m["sprint"], m["burndown"]
    if sprint is not None:
        print(f"Sprint: {sprint['name']} ({_german_date(sprint['start'])} – "
              f"{_german_date(sprint['end'])})")
    if bd is not None:
        done = [v for v in bd["points"]["remaining"] if v is not None]
        print(f"  Zugesagt: {_fmt_num(bd['committed']['points'], 'Punkte')}, "
              f"{bd['committed']['cards']} Karten; offen: "
              f"{_fmt_num(done[-1] if done else None, 'Punkte')}; "
              f"Änderungen am Umfang: {len(bd['scope_changes'])}")
    vel = m["velocity"]
    if vel["sprints"]:
        print()
        print("Velocity (abgeschlossene Sprints):")
        print(_table(["Sprint", "Zugesagt", "Erledigt", f"Ø {vel['window']}"], [
            [v["name"], _fmt_num(v["committed_points"]), _fmt_num(v["completed_points"]),
             _fmt_num(v["rolling_average_points"])] for v in vel["sprints"]], right=[1, 2, 3]))
    print()
    for key, label in (("lead_time", "Durchlaufzeit"), ("cycle_time", "Zykluszeit")):
        t = m[key]
        print(f"{label}: {t['count']} Karten, Median {_fmt_num(t['median'], 'Tage')}, "
              f"85. Perzentil {_fmt_num(t['p85'], 'Tage')}")
    weeks = m["throughput"]["weeks"]
    print("Durchsatz je Woche: " + ", ".join(f"{w['week'][-3:]}: {w['cards']}" for w in weeks))
    wip = m["wip_age"]
    print(f"In Arbeit: {wip['count']} Karten, Alter Median {_fmt_num(wip['median'], 'Tage')}, "
          f"85. Perzentil {_fmt_num(wip['p85'], 'Tage')}")
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    from kimboard.core.errors import ValidationError
    from kimboard.core.review import default_sprint, sprint_review

    with _open(args) as db, db.session() as s:
        board_id, sprint_id = _board_and_sprint(s, args)
        if sprint_id is None:
            sprint = default_sprint(s, board_id)
            if sprint is None:
                raise ValidationError(
                    "Auf diesem Board läuft kein Sprint und keiner ist abgeschlossen; "
                    "bitte mit --sprint einen gestarteten Sprint angeben.")
            sprint_id = sprint.id
        review = sprint_review(s, board_id, sprint_id)
    from kimboard.report.sprint_report import sprint_report_filename, write_sprint_report

    target = Path(args.output) if args.output else Path.cwd() / sprint_report_filename(review)
    if target.is_dir():  # a folder: the suggested file name inside it
        target = target / sprint_report_filename(review)
    elif not target.suffix:
        target = target.with_suffix(".pdf")
    written = write_sprint_report(review, target)
    print(f"Sprint-Review gespeichert: {written}")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from kimboard.core.check import run_check

    with _open(args) as db:
        report = run_check(db)
    print(f"Datenbank: {db.path}")
    current = "aktuell" if report.schema_revision == report.head_revision else \
        f"erwartet {report.head_revision}"
    print(f"Schema-Version: {report.schema_revision or 'keine'} ({current})")
    if report.ok:
        print("Ergebnis: in Ordnung.")
        return EXIT_OK
    print(f"Ergebnis: {len(report.problems)} Problem(e) gefunden:")
    for problem in report.problems:
        print(f"  - {problem}")
    from kimboard.core.diagnose import restore_hint

    print(restore_hint(db.path))
    return EXIT_ERROR


def cmd_backup(args: argparse.Namespace) -> int:
    from kimboard.core.backup import backup_to, default_backup_name
    from kimboard.core.errors import DatabaseError

    if args.daily:
        return cmd_backup_daily(args)
    with _open(args) as db:
        target = Path(args.output).expanduser() if args.output else default_backup_name(db.path)
        if target.resolve() == db.path.resolve():
            raise DatabaseError("Die Sicherung darf nicht die Datenbank selbst überschreiben.")
        written = backup_to(db, target)
    print(f"Sicherung gespeichert: {written.resolve()}")
    return EXIT_OK


def cmd_backup_daily(args: argparse.Namespace) -> int:
    """Today's automatic backup (for a scheduled task); old daily ones go with --keep-days."""
    import datetime as dt

    from kimboard.core.autobackup import daily_backup, daily_backup_path
    from kimboard.core.errors import ValidationError

    if args.output:
        raise ValidationError("--daily schreibt immer in den Ordner „backups“; bitte ohne -o.")
    with _open(args) as db:  # without --keep-days nothing is deleted
        written = daily_backup(db, keep_days=args.keep_days)
    if written is not None:
        print(f"Tägliche Sicherung gespeichert: {written}")
    else:
        print("Die tägliche Sicherung von heute gibt es schon: "
              f"{daily_backup_path(db.path, dt.date.today())}")
    if args.keep_days is None:
        print("Ältere tägliche Sicherungen werden nur mit --keep-days TAGE gelöscht.")
    else:
        print(f"Tägliche Sicherungen werden {args.keep_days} Tag(e) aufbewahrt.")
    return EXIT_OK


def cmd_backups(args: argparse.Namespace) -> int:
    from kimboard.core.autobackup import list_backups
    from kimboard.paths import backup_dir

    db_path = _checked_db_path(args)
    found = list_backups(db_path)
    if args.json:
        _print_json([{"file": str(b.path), "kind": str(b.kind), "label": b.label,
                      "created": b.created.isoformat(timespec="seconds"), "size": b.size}
                     for b in found])
        return EXIT_OK
    if not found:
        print(f"Keine Sicherungen von {db_path} gefunden (Ordner: {backup_dir(db_path)}).")
        return EXIT_OK
    rows = [[b.created.strftime("%d.%m.%Y %H:%M"), b.label, _size_text(b.size), b.path]
            for b in found]
    print(_table(["Erstellt", "Art", "Größe", "Datei"], rows, right=[2]))
    print()
    from kimboard.core.diagnose import quote_path

    print(f"Wiederherstellen mit: kimboard --db {quote_path(db_path)} restore DATEI --yes")
    return EXIT_OK


def _size_text(size: int) -> str:
    value = float(size)
    for unit in ("Byte", "KB", "MB"):
        if value < 1024:
            return f"{value:.0f} {unit}" if unit == "Byte" else \
                f"{value:.1f} {unit}".replace(".", ",")
        value /= 1024
    return f"{value:.1f} GB".replace(".", ",")


def cmd_restore(args: argparse.Namespace) -> int:
    from kimboard.core.backup import restore_from

    db_path = _checked_db_path(args)
    source = Path(args.file).expanduser()
    if not args.yes:
        print(
            f"kimboard: Die Datenbank {db_path} würde durch die Sicherung {source} ersetzt.\n"
            "Die bisherige Datei bliebe daneben als „…-ersetzt-<Zeit>“ erhalten.\n"
            "Zum Bestätigen bitte mit --yes aufrufen: "
            f"kimboard restore {args.file} --yes",
            file=sys.stderr,
        )
        return EXIT_USAGE
    from kimboard.paths import window_process

    pid = window_process(db_path)
    if pid is not None:
        # The window would go on writing into the replaced file: its changes would be lost.
        return _fail(f"Die Datenbank {db_path} ist gerade im kimboard-Programmfenster geöffnet "
                     f"(Prozess {pid}). Bitte das Fenster schließen und die Wiederherstellung "
                     "dann erneut starten; es wurde nichts verändert.")
    existed = db_path.exists()
    kept = restore_from(db_path, source)
    print(f"Datenbank aus {source.resolve()} wiederhergestellt: {db_path}")
    if existed:
        print(f"Die bisherige Datenbank liegt unter: {kept}")
    else:
        print("Vorher gab es an dieser Stelle keine Datenbank.")
    return EXIT_OK


def cmd_reindex(args: argparse.Namespace) -> int:
    from kimboard.core import search

    with _open(args) as db:
        count = db.run(lambda s: search.rebuild(s.connection()))
    print(f"Suchindex neu aufgebaut: {count} Karten.")
    return EXIT_OK


def _erasure_plan(counts: Sequence[tuple[str, int]]) -> str:
    width = max(len(what) for what, _n in counts)
    return "\n".join(f"  {what.ljust(width)}  {n:>5}" for what, n in counts)


def cmd_member(args: argparse.Namespace) -> int:
    if args.member_command == "erase":
        return cmd_member_erase(args)
    return cmd_member_compact(args)


def cmd_member_erase(args: argparse.Namespace) -> int:
    """Erase a person (Art. 17 GDPR). Never echoes the name: output may end up in a log."""
    from kimboard.core import erasure, queries

    with _open(args) as db:
        with db.session() as s:
            site = queries.resolve_site(s, args.site)
            member = queries.resolve_member(s, args.member, site.id)
            preview = erasure.preview_erasure(s, member.id)
        who = f"Die Person {member.uuid} der Dienststelle „{site.name}“"
        if not args.yes:
            print(
                f"kimboard: Fehler: Löschen nicht bestätigt. {who} würde unwiderruflich "
                f"gelöscht: Ihr Name würde überall durch „{preview.label}“ ersetzt "
                f"(in {preview.total} Texten), Karten, Verlauf und Kennzahlen blieben "
                "erhalten. Zum Bestätigen bitte mit --yes aufrufen: "
                f"kimboard member erase {member.uuid} --site {site.short_code} --yes",
                file=sys.stderr,
            )
            return EXIT_ERROR
        result = db.run(erasure.erase_member, member.id).value
        print(f"{who} wurde gelöscht. Ihr Name lautet jetzt überall „{result.label}“; "
              "Karten, Zuweisungen, Verlauf und Kennzahlen bleiben erhalten.")
        if result.replaced:
            print("Der Name wurde ersetzt in:")
            print(_erasure_plan(result.replaced))
        else:
            print("In Texten kam der Name nicht vor.")
        if preview.same_name_elsewhere:
            print("Hinweis: Mit demselben Namen gibt es weitere Einträge in: "
                  + ", ".join(preview.same_name_elsewhere) + " (nicht gelöscht).")
        erasure.compact_after_erasure(db)
        print("Datenbankdatei bereinigt (Checkpoint und VACUUM): "
              "alte Reste des Namens sind aus der Datei entfernt.")
        backups = erasure.backups_with_old_data(db.path)
    if backups and args.delete_backups:
        n = erasure.delete_backups(backups)
        print(f"{n} Sicherungsdatei(en) mit dem alten Stand gelöscht.")
    elif backups:
        print(f"Hinweis: {len(backups)} Sicherungsdatei(en) wurden vorher geschrieben und "
              "enthalten den Namen noch:")
        for path in backups:
            print(f"  {path}")
        print("Mit --delete-backups werden sie gelöscht.")
    return EXIT_OK


def cmd_member_compact(args: argparse.Namespace) -> int:
    from kimboard.core import erasure

    with _open(args) as db:
        erasure.compact_after_erasure(db)
    print("Datenbankdatei bereinigt (Checkpoint und VACUUM).")
    return EXIT_OK


def run_gui_command(args: argparse.Namespace) -> int:
    try:
        from kimboard.ui.app import run_gui
    except ImportError as err:
        from kimboard.core.errors import KimboardError

        raise KimboardError(
            f"Die Oberfläche kann nicht gestartet werden (Qt fehlt oder ist unvollständig: {err})."
        ) from err
    return int(run_gui(_checked_db_path(args), smoke_test=getattr(args, "smoke_test", False),
                       open_bundle=getattr(args, "open_bundle", None)) or 0)


# --------------------------------------------------------------------------- parser


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"„{text}“ ist keine ganze Zahl") from None
    if value < 1:
        raise argparse.ArgumentTypeError("muss mindestens 1 sein")
    return value


class _GermanFormatter(argparse.HelpFormatter):
    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, "Aufruf: " if prefix is None else prefix)


class _GermanParser(argparse.ArgumentParser):
    """argparse with German headings and a German usage-error line."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _GermanFormatter)
        super().__init__(*args, **kwargs)
        self._optionals.title = "Optionen"
        self._positionals.title = "Argumente"

    def error(self, message: str) -> Any:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: Fehler beim Aufruf: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _GermanParser(
        prog="kimboard",
        description="Kanban, Scrum und Retrospektiven für Ausländerbehörden im KIM-Netzwerk. "
        "Ohne Befehl öffnet sich das Programmfenster.",
        add_help=False,
    )
    parser.add_argument("-h", "--help", action="help", help="diese Hilfe anzeigen und beenden")
    parser.add_argument("--version", action="version", version=f"kimboard {__version__}",
                        help="Versionsnummer anzeigen und beenden")
    parser.add_argument("--db", metavar="DATEI",
                        help="Datenbankdatei (sonst KIMBOARD_DB oder der Standardort)")
    # For build smoke tests: start the window, paint it once, print a line and exit 0.
    parser.add_argument("--smoke-test", action="store_true", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="BEFEHL", title="Befehle",
                                parser_class=_GermanParser)

    def add(name: str, help_text: str, func: Callable[[argparse.Namespace], int]) -> Any:
        p = sub.add_parser(name, help=help_text, description=help_text, add_help=False)
        p.add_argument("-h", "--help", action="help", help="diese Hilfe anzeigen und beenden")
        # Also accepted after the command; SUPPRESS keeps a --db given before it.
        p.add_argument("--db", metavar="DATEI", default=argparse.SUPPRESS,
                       help="Datenbankdatei (sonst KIMBOARD_DB oder der Standardort)")
        p.set_defaults(func=func)
        return p

    def json_flag(p: argparse.ArgumentParser) -> None:
        p.add_argument("--json", action="store_true", help="Ausgabe als JSON")

    add("demo", "Demodaten anlegen (mehrfacher Aufruf legt nichts doppelt an)", cmd_demo)

    p = add("stats", "Anzahl der Einträge, gesamt und je Dienststelle", cmd_stats)
    json_flag(p)

    p = add("ls", "Einträge auflisten", cmd_ls)
    p.add_argument("kind", metavar="ART",
                   choices=["sites", "boards", "sprints", "retros", "solutions", "partners"],
                   help="sites, boards, sprints, retros, solutions oder partners")
    p.add_argument("--site", metavar="DIENSTSTELLE",
                   help="nur diese Dienststelle (UUID, Kürzel oder Name)")
    json_flag(p)

    p = add("search", "Karten im Volltext suchen", cmd_search)
    p.add_argument("query", metavar="SUCHBEGRIFF", help="Suchbegriff(e); alle müssen vorkommen")
    p.add_argument("--site", metavar="DIENSTSTELLE",
                   help="nur diese Dienststelle (UUID, Kürzel oder Name)")
    p.add_argument("--board", metavar="BOARD", help="nur dieses Board (UUID oder Name)")
    p.add_argument("--archived", action="store_true", help="auch archivierte Karten")
    p.add_argument("--limit", metavar="N", type=_positive_int, default=50,
                   help="höchstens N Treffer (Standard: 50)")
    json_flag(p)

    p = add("metrics", "Kennzahlen eines Boards oder Sprints (Team-Ebene)", cmd_metrics)
    p.add_argument("--board", metavar="BOARD", required=True, help="das Board (UUID oder Name)")
    p.add_argument("--sprint", metavar="SPRINT", help="ein Sprint des Boards (UUID oder Name); "
                   "ohne: der laufende Sprint und die letzten Wochen")
    p.add_argument("--site", metavar="DIENSTSTELLE",
                   help="Dienststelle, falls der Board-Name nicht eindeutig ist")
    p.add_argument("--weeks", metavar="N", type=_positive_int, default=12,
                   help="ohne --sprint: so viele Kalenderwochen bis heute (Standard: 12)")
    json_flag(p)

    p = add("report", "Sprint-Review als PDF speichern", cmd_report)
    p.add_argument("--board", metavar="BOARD", required=True, help="das Board (UUID oder Name)")
    p.add_argument("--sprint", metavar="SPRINT", help="der Sprint (UUID oder Name); ohne: der "
                   "laufende, sonst der zuletzt abgeschlossene")
    p.add_argument("--site", metavar="DIENSTSTELLE",
                   help="Dienststelle, falls der Board-Name nicht eindeutig ist")
    p.add_argument("-o", "--output", metavar="DATEI",
                   help="Zieldatei (Standard: Sprint-Review_<Board>_<Sprint>_<Datum>.pdf hier)")

    from kimboard.cli_importers import register as register_importers
    register_importers(add, json_flag)
    from kimboard.cli_retro import register as register_retro
    register_retro(add, json_flag)
    from kimboard.cli_network import register as register_network
    register_network(add, json_flag)
    from kimboard.cli_bundle import register as register_bundle
    register_bundle(add, json_flag)

    add("check", "Datenbank prüfen (Integrität, Schema, Suchindex)", cmd_check)

    p = add("backup", "Sicherungskopie der Datenbank schreiben", cmd_backup)
    p.add_argument("-o", "--output", metavar="DATEI",
                   help="Zieldatei (Standard: Ordner „backups“ neben der Datenbank)")
    p.add_argument("--daily", action="store_true",
                   help="die tägliche Sicherung schreiben, falls es sie heute noch nicht gibt "
                        "(für eine geplante Aufgabe)")
    p.add_argument("--keep-days", metavar="TAGE", type=_positive_int,
                   help="mit --daily: tägliche Sicherungen, die so viele Tage alt oder älter "
                        "sind, löschen (ohne: nichts löschen)")

    p = add("backups", "vorhandene Sicherungen auflisten (neueste zuerst)", cmd_backups)
    json_flag(p)

    p = add("restore", "Datenbank aus einer Sicherung wiederherstellen", cmd_restore)
    p.add_argument("file", metavar="DATEI", help="die Sicherungsdatei")
    p.add_argument("--yes", action="store_true",
                   help="wirklich ersetzen (die bisherige Datei bleibt daneben erhalten)")

    add("reindex", "Suchindex neu aufbauen", cmd_reindex)

    p = add("member", "Teammitglieder: eine Person löschen (DSGVO Art. 17)", cmd_member)
    member_sub = p.add_subparsers(dest="member_command", metavar="AKTION", title="Aktionen",
                                  parser_class=_GermanParser, required=True)
    for name, help_text in (
        ("erase", "eine Person löschen: ihr Name wird überall durch „ehemaliges "
                  "Teammitglied“ ersetzt, ihre Arbeit und der Verlauf bleiben"),
        ("compact", "Datenbankdatei bereinigen, falls das nach dem Löschen nicht ging"),
    ):
        q = member_sub.add_parser(name, help=help_text, description=help_text, add_help=False)
        q.add_argument("-h", "--help", action="help", help="diese Hilfe anzeigen und beenden")
        q.add_argument("--db", metavar="DATEI", default=argparse.SUPPRESS,
                       help="Datenbankdatei (sonst KIMBOARD_DB oder der Standardort)")
        if name == "erase":
            q.add_argument("member", metavar="PERSON",
                           help="die Person (UUID oder genauer Anzeigename)")
            q.add_argument("--site", metavar="DIENSTSTELLE", required=True,
                           help="ihre Dienststelle (UUID, Kürzel oder Name)")
            q.add_argument("--yes", action="store_true",
                           help="wirklich löschen (kann nicht rückgängig gemacht werden)")
            q.add_argument("--delete-backups", action="store_true",
                           help="auch die vorher geschriebenen Sicherungen löschen, die den "
                                "Namen noch enthalten")
    return parser


# --------------------------------------------------------------------------- entry point


def _tolerant_streams() -> None:
    """A console that cannot show „“ or ä must not crash the program."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):
                reconfigure(errors="replace")


def _fail(message: str) -> int:
    print(f"kimboard: Fehler: {message}", file=sys.stderr)
    return EXIT_ERROR


def _run(args: argparse.Namespace) -> int:
    # SQLAlchemy is not imported here: the window paints its frame before the database layer
    # loads, and a SQLAlchemy error can only come after something imported it.
    from kimboard.core.errors import KimboardError

    try:
        if getattr(args, "func", None) is None:
            return run_gui_command(args)
        return int(args.func(args))
    except KimboardError as err:
        return _fail(str(err))
    except sqlite3.Error as err:
        return _database_failure(err, args)
    except BrokenPipeError:
        raise
    except OSError as err:
        from kimboard.core.diagnose import is_disk_full, os_error_text

        where = f" ({err.filename})" if err.filename else ""
        if is_disk_full(err):
            return _fail(f"{os_error_text(err)}{where}. Bitte Platz schaffen und es erneut "
                         "versuchen.")
        return _fail(f"Datei nicht lesbar oder nicht beschreibbar{where}: "
                     f"{os_error_text(err)}")
    except Exception as err:
        sa_exc = sys.modules.get("sqlalchemy.exc")
        if sa_exc is None or not isinstance(err, sa_exc.SQLAlchemyError):
            raise
        if isinstance(err, sa_exc.DBAPIError):
            return _database_failure(err, args)
        return _fail(f"Datenbankfehler: {err}")


def _database_failure(err: Exception, args: argparse.Namespace) -> int:
    from kimboard.core.diagnose import explain_db_error

    return _fail(str(explain_db_error(err, _db_path(args))))


def _bundle_to_open(argv: list[str]) -> str | None:
    """The bundle of ``kimboard [--db DATEI] PAKET``, else None: one argument besides
    ``--db`` that ends in ``.kimb`` or names an existing file by a path or a name with a dot
    (a file manager opens bundles renamed to ``.zip`` too, by their content; command names
    have neither)."""
    rest, skip = [], False
    for arg in argv:
        if skip:
            skip = False
        elif arg == "--db":
            skip = True
        elif not arg.startswith("--db="):
            rest.append(arg)
    if len(rest) != 1 or rest[0].startswith("-"):
        return None
    candidate = rest[0]
    if candidate.lower().endswith(".kimb"):
        return candidate
    looks_like_path = os.sep in candidate or "/" in candidate or "." in candidate
    return candidate if looks_like_path and Path(candidate).expanduser().is_file() else None


def _window_start(argv: list[str]) -> argparse.Namespace | None:
    """``kimboard [--db DATEI] [--smoke-test]``, the everyday start, read without building
    the whole parser (~13 ms of the time to the first painted window); else None."""
    db: str | None = None
    smoke = False
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--db" and i + 1 < len(argv) and not argv[i + 1].startswith("-"):
            db, i = argv[i + 1], i + 2
        elif arg.startswith("--db=") and len(arg) > len("--db="):
            db, i = arg[len("--db="):], i + 1
        elif arg == "--smoke-test":
            smoke, i = True, i + 1
        else:
            return None
    return argparse.Namespace(db=db, command=None, smoke_test=smoke)


def main(argv: Sequence[str] | None = None) -> int:
    _tolerant_streams()
    try:
        argv = list(sys.argv[1:] if argv is None else argv)
        bundle = _bundle_to_open(argv)
        if bundle is not None:  # "kimboard PAKET.kimb": the file manager's open command
            argv.remove(bundle)
        try:
            args = _window_start(argv) or build_parser().parse_args(argv)
            if bundle is not None:
                args.open_bundle = Path(bundle).expanduser().resolve()
        except SystemExit as exit_:  # --help, --version, usage errors: keep argparse's code
            code = exit_.code
            return code if isinstance(code, int) else (EXIT_OK if code is None else EXIT_USAGE)
        code = _run(args)
        if sys.stdout is not None:  # pythonw and windowed builds have no stdout
            sys.stdout.flush()
        return code
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # Output piped into a program that stopped reading (``kimboard ls boards | head``).
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_ERROR


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
