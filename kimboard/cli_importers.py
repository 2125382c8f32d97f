"""Subcommands ``import-trello``, ``import-csv`` and ``export-csv`` (registered by kimboard.cli).

Like the rest of the command line: German output, errors as ``kimboard: Fehler: …`` (exit 1),
no Qt.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

EXIT_OK = 0


def _read(path_text: str) -> tuple[bytes, str]:
    from kimboard.core.errors import ValidationError

    path = Path(path_text).expanduser()
    if not path.exists():
        raise ValidationError(f"Die Datei „{path_text}“ gibt es nicht.")
    if path.is_dir():
        raise ValidationError(f"„{path_text}“ ist ein Ordner, keine Datei.")
    return path.read_bytes(), path.name


def _write_atomic(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` so that a failure never leaves half a file."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


_COUNTS = (
    ("lists", "Spalten (aus Listen)"),
    ("cards", "Karten"),
    ("archived", "davon archiviert"),
    ("checklists", "Checklisten"),
    ("checklist_items", "Checklisten-Einträge"),
    ("comments", "Kommentare"),
    ("labels", "Labels"),
    ("members", "Personen"),
    ("members_created", "davon neu angelegt"),
)


def _print_result(result: Any, headline: str, keys: tuple[str, ...]) -> None:
    print(headline)
    rows = [(label, getattr(result, key)) for key, label in _COUNTS if key in keys]
    width = max(len(label) for label, _ in rows)
    for label, value in rows:
        print(f"  {label.ljust(width)}  {value:>5}")
    if result.warnings:
        print()
        print("Hinweise:")
        for warning in result.warnings:
            print(f"  - {warning}")


def cmd_import_trello(args: argparse.Namespace) -> int:
    from kimboard.cli import _open, _print_json
    from kimboard.core import queries
    from kimboard.core.importers.trello import import_trello, load_board

    data, name = _read(args.file)
    load_board(data, file_name=name)  # refuse a wrong file before the database is touched
    with _open(args) as db:
        with db.session() as s:
            site = queries.resolve_site(s, args.site)
        result = db.run(import_trello, site.id, data, file_name=name)
    if args.json:
        _print_json(result.to_dict())
        return EXIT_OK
    _print_result(result, f"Trello-Board importiert als „{result.board_name}“ "
                          f"in der Dienststelle „{site.name}“:",
                  ("lists", "cards", "archived", "checklists", "checklist_items", "comments",
                   "labels", "members", "members_created"))
    return EXIT_OK


def cmd_import_csv(args: argparse.Namespace) -> int:
    from kimboard.cli import _open, _print_json
    from kimboard.core import queries
    from kimboard.core.importers.csv_io import import_csv, read_rows

    data, name = _read(args.file)
    read_rows(data, f"„{name}“")  # refuse a wrong file before the database is touched
    with _open(args) as db:
        with db.session() as s:
            site_id = queries.resolve_site(s, args.site).id if args.site else None
            board = queries.resolve_board(s, args.board, site_id)
        result = db.run(import_csv, board.id, data, file_name=name)
    if args.json:
        _print_json(result.to_dict())
        return EXIT_OK
    _print_result(result, f"CSV-Datei in das Board „{board.name}“ importiert:",
                  ("cards", "archived", "labels", "members", "members_created"))
    return EXIT_OK


def cmd_export_csv(args: argparse.Namespace) -> int:
    from sqlalchemy import func, select

    from kimboard.cli import _open
    from kimboard.core import queries
    from kimboard.core.importers.csv_io import export_csv
    from kimboard.core.models import Card
    from kimboard.core.privacy import board_records, scan_records

    with _open(args) as db, db.session() as s:
        site_id = queries.resolve_site(s, args.site).id if args.site else None
        board = queries.resolve_board(s, args.board, site_id)
        data = export_csv(s, board.id)
        count = s.scalar(select(func.count()).select_from(Card).where(Card.board_id == board.id))
        findings = scan_records(
            r for r in board_records(s, board.id) if r.entity == "card")
    target = Path(args.output).expanduser()
    if target.is_dir():
        from kimboard.core.errors import ValidationError

        raise ValidationError(f"„{args.output}“ ist ein Ordner; bitte einen Dateinamen angeben.")
    _write_atomic(target, data)
    print(f"Board „{board.name}“ als CSV gespeichert ({count} Karten): {target.resolve()}")
    if findings:
        kinds = sorted({f.kind_label for f in findings})
        print(f"Hinweis: {len(findings)} Stelle(n) sehen nach personenbezogenen Daten aus "
              f"({', '.join(kinds)}), z. B. {findings[0].record.label}. Bitte prüfen, bevor "
              "die Datei weitergegeben wird.", file=sys.stderr)
    return EXIT_OK


def register(add: Callable[..., Any], json_flag: Callable[[argparse.ArgumentParser], None]
             ) -> None:
    """Add the three subcommands to kimboard's parser (``add`` and ``json_flag`` of
    :func:`kimboard.cli.build_parser`)."""
    p = add("import-trello", "Trello-Board (JSON-Export) als neues Board importieren",
            cmd_import_trello)
    p.add_argument("file", metavar="DATEI.json", help="der JSON-Export eines Trello-Boards")
    p.add_argument("--site", metavar="DIENSTSTELLE", required=True,
                   help="die Dienststelle, die das Board bekommt (UUID, Kürzel oder Name)")
    json_flag(p)

    p = add("import-csv", "Karten aus einer CSV-Datei (z. B. aus Excel) in ein Board "
            "importieren", cmd_import_csv)
    p.add_argument("file", metavar="DATEI.csv", help="die CSV-Datei (; oder , getrennt, "
                   "UTF-8 oder Windows-1252)")
    p.add_argument("--board", metavar="BOARD", required=True, help="das Board (UUID oder Name)")
    p.add_argument("--site", metavar="DIENSTSTELLE",
                   help="Dienststelle, falls der Board-Name nicht eindeutig ist")
    json_flag(p)

    p = add("export-csv", "Karten eines Boards als CSV für Excel speichern", cmd_export_csv)
    p.add_argument("--board", metavar="BOARD", required=True, help="das Board (UUID oder Name)")
    p.add_argument("--site", metavar="DIENSTSTELLE",
                   help="Dienststelle, falls der Board-Name nicht eindeutig ist")
    p.add_argument("-o", "--output", metavar="DATEI.csv", required=True,
                   help="Zieldatei (wird überschrieben)")
