"""Subcommand ``retro`` (registered by kimboard.cli): ``retro protocol`` and ``retro history``.

``kimboard retro protocol RETRO [--site S] [-o DATEI.pdf|DATEI.md] [--json]`` saves the
protocol of a retrospective (format by the file's suffix); ``kimboard retro history [--site S]
[--board B] [--team T] [--json]`` lists past retrospectives, their action items and the ROTI
trend. Like the rest of the command line: German output, errors as ``kimboard: Fehler: …``
(exit 1), no Qt.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

EXIT_OK = 0

#: The file formats of ``retro protocol``, by suffix.
FORMATS = {".pdf": "PDF", ".md": "Markdown"}


def cmd_retro(args: argparse.Namespace) -> int:
    if args.retro_command == "protocol":
        return cmd_retro_protocol(args)
    return cmd_retro_history(args)


def _resolve_site_id(s: Any, args: argparse.Namespace) -> int | None:
    from kimboard.core import queries

    return queries.resolve_site(s, args.site).id if getattr(args, "site", None) else None


def cmd_retro_protocol(args: argparse.Namespace) -> int:
    from kimboard.cli import _open, _print_json
    from kimboard.core import queries
    from kimboard.core.errors import ValidationError
    from kimboard.core.retro_protocol import retro_protocol

    target: Path | None = None
    if args.output:
        target = Path(args.output).expanduser()
        if target.is_dir():
            raise ValidationError(
                f"„{args.output}“ ist ein Ordner; bitte einen Dateinamen angeben, "
                "z. B. protokoll.pdf oder protokoll.md.")
        if not target.suffix:
            target = target.with_name(target.name + ".pdf")
        if target.suffix.lower() not in FORMATS:
            raise ValidationError(
                f"„{target.name}“: Das Protokoll wird als PDF (.pdf) oder Markdown (.md) "
                "gespeichert; bitte eine dieser Endungen angeben.")
    with _open(args) as db, db.session() as s:
        retro = queries.resolve_retro(s, args.retro, _resolve_site_id(s, args))
        protocol = retro_protocol(s, retro.id)
    if args.json:
        _print_json(protocol)
        if target is None:
            return EXIT_OK
    from kimboard.report.retro_protocol import (
        retro_protocol_filename,
        write_markdown,
        write_retro_protocol,
    )

    if target is None:
        target = Path.cwd() / retro_protocol_filename(protocol)
    if target.suffix.lower() == ".md":
        written = write_markdown(protocol, target)
    else:
        written = write_retro_protocol(protocol, target)
    message = (f"Protokoll ({FORMATS[target.suffix.lower()]}) der Retrospektive "
               f"„{retro.title}“ gespeichert: {written}")
    if args.json:
        import sys

        print(message, file=sys.stderr)  # stdout holds the JSON only
    else:
        print(message)
    return EXIT_OK


def _resolve_team(s: Any, ref: str, site_id: int) -> tuple[int, str]:
    from sqlalchemy import select

    from kimboard.core.errors import Ambiguous, NotFound, ValidationError
    from kimboard.core.models import Team

    key = ref.strip()
    if not key:
        raise ValidationError("Bitte einen Teamnamen oder eine UUID angeben.")
    teams = list(s.execute(select(Team.id, Team.uuid, Team.name).where(Team.site_id == site_id)))
    for matches in (lambda t: t.uuid == key.lower(), lambda t: t.name == key,
                    lambda t: t.name.casefold() == key.casefold()):
        found = [t for t in teams if matches(t)]
        if len(found) == 1:
            return found[0].id, found[0].name
        if found:
            listed = ", ".join(f"{t.name} ({t.uuid})" for t in found[:5])
            raise Ambiguous(f"„{key}“ ist mehrdeutig: {listed}. Bitte die UUID angeben.")
    raise NotFound(f"Kein Team „{key}“ in dieser Dienststelle gefunden.")


def _history_site(s: Any, args: argparse.Namespace) -> tuple[int, int | None]:
    """The site (given, the board's, or the only local one) and the board, if any."""
    from sqlalchemy import select

    from kimboard.core import queries
    from kimboard.core.errors import ValidationError
    from kimboard.core.models import Site

    site_id = _resolve_site_id(s, args)
    board_id = None
    if args.board:
        board = queries.resolve_board(s, args.board, site_id)
        board_id, site_id = board.id, board.site_id
    if site_id is None:
        local = list(s.execute(select(Site.id, Site.short_code).where(Site.is_local.is_(True))
                               .order_by(Site.short_code)))
        if len(local) != 1:
            codes = ", ".join(r.short_code for r in local) or "keine vorhanden"
            raise ValidationError(
                f"Bitte mit --site die Dienststelle angeben (Kürzel: {codes}).")
        site_id = local[0].id
    return site_id, board_id


def cmd_retro_history(args: argparse.Namespace) -> int:
    from kimboard.cli import _german_date, _open, _print_json, _shorten, _table
    from kimboard.core.retro_protocol import (
        ACTION_OUTCOME,
        ACTION_STATUS,
        fmt_decimal,
        retro_history,
    )

    with _open(args) as db, db.session() as s:
        site_id, board_id = _history_site(s, args)
        team_id = _resolve_team(s, args.team, site_id)[0] if args.team else None
        history = retro_history(s, site_id, board_id=board_id, team_id=team_id)
    if args.json:
        _print_json(history)
        return EXIT_OK
    site = history["site"]
    scope = f"{site['name']} ({site['short_code']})"
    if history["board"]:
        scope += f" · Board „{history['board']['name']}“"
    if history["team"]:
        scope += f" · Team „{history['team']['name']}“"
    print(f"Retrospektiven: {scope}")
    if not history["retros"]:
        print()
        print("Keine Retrospektiven vorhanden.")
        return EXIT_OK
    print()
    print(_table(
        ["Datum", "Titel", "Board", "Vorlage", "Teiln.", "Beitr.", "Maßn. erl.", "ROTI Ø",
         "Stand"],
        [[_german_date(r["held_on"]), _shorten(r["title"], 45), _shorten(r["board"] or "–", 30),
          r["template"] or "–", r["participants"], r["items"],
          f"{r['actions']['done']}/{r['actions']['total']}", fmt_decimal(r["roti_average"]),
          "abgeschlossen" if r["finished"] else "läuft"]
         for r in history["retros"]],
        right=(4, 5, 6, 7)))
    if history["actions"]:
        print()
        print("Maßnahmen:")
        rows = []
        for a in history["actions"]:
            status = ACTION_STATUS.get(a["status"], a["status"])
            if a["overdue"]:
                status += " (überfällig)"
            follow = a["follow_up"]
            rows.append([
                _shorten(a["text"], 50), _german_date(a["retro"]["held_on"]),
                _german_date(a["due_date"]) or "–", status,
                ACTION_OUTCOME.get(a["outcome"] or "", "–"),
                _german_date(follow["held_on"]) if follow else "–",
            ])
        print(_table(["Maßnahme", "Vereinbart", "Fällig", "Status", "Wirkung",
                      "Nachgehalten"], rows))
    summary = history["summary"]
    actions = summary["actions"]
    print()
    print(f"Maßnahmen: {actions['total']} gesamt, {actions['open']} offen "
          f"({actions['overdue']} überfällig), {actions['done']} erledigt, "
          f"{actions['dropped']} verworfen; {actions['followed_up']} nachgehalten "
          f"({actions['effective']} wirksam, {actions['not_effective']} nicht wirksam).")
    trend = history["roti_trend"]
    if trend:
        print("ROTI-Verlauf: " + ", ".join(
            f"{_german_date(t['held_on'])}: {fmt_decimal(t['average'])}" for t in trend)
            + f" (Mittel {fmt_decimal(summary['roti_average'])} von 5)")
    return EXIT_OK


def register(add: Callable[..., Any], json_flag: Callable[[argparse.ArgumentParser], None]
             ) -> None:
    """Add ``retro protocol`` and ``retro history`` to kimboard's parser (``add`` and
    ``json_flag`` of :func:`kimboard.cli.build_parser`)."""
    from kimboard.cli import _GermanParser

    p = add("retro", "Retrospektiven: Protokoll speichern, Verlauf anzeigen", cmd_retro)
    sub = p.add_subparsers(dest="retro_command", metavar="AKTION", title="Aktionen",
                           parser_class=_GermanParser, required=True)

    def action(name: str, help_text: str) -> argparse.ArgumentParser:
        q = sub.add_parser(name, help=help_text, description=help_text, add_help=False)
        q.add_argument("-h", "--help", action="help", help="diese Hilfe anzeigen und beenden")
        q.add_argument("--db", metavar="DATEI", default=argparse.SUPPRESS,
                       help="Datenbankdatei (sonst KIMBOARD_DB oder der Standardort)")
        return q

    q = action("protocol", "Protokoll einer Retrospektive als PDF oder Markdown speichern "
               "(Aktenvermerk)")
    q.add_argument("retro", metavar="RETRO", help="die Retrospektive (UUID oder genauer Titel)")
    q.add_argument("--site", metavar="DIENSTSTELLE",
                   help="Dienststelle, falls der Titel nicht eindeutig ist")
    q.add_argument("-o", "--output", metavar="DATEI",
                   help="Zieldatei; .pdf oder .md bestimmt das Format (Standard: "
                        "Retro-Protokoll_<Board>_<Titel>_<Datum>.pdf hier)")
    json_flag(q)

    q = action("history", "Vergangene Retrospektiven, ihre Maßnahmen und der ROTI-Verlauf")
    q.add_argument("--site", metavar="DIENSTSTELLE",
                   help="die Dienststelle (UUID, Kürzel oder Name); ohne: die einzige lokale")
    q.add_argument("--board", metavar="BOARD", help="nur Retrospektiven dieses Boards")
    q.add_argument("--team", metavar="TEAM",
                   help="nur Retrospektiven der Boards dieses Teams (Name oder UUID)")
    json_flag(q)
