"""The ``export``, ``import`` and ``verify`` commands: bundles (``.kimb``) between offices.

``kimboard.cli.build_parser`` calls :func:`register` with its ``add`` and ``json_flag``
helpers. Like the rest of the command line this module only parses, calls the core and prints;
errors are :class:`~kimboard.core.errors.KimboardError` with German messages, which ``cli``
turns into ``kimboard: Fehler: …`` and exit code 1.

Privacy: before anything is written, ``export`` runs the privacy check over exactly the texts
the bundle would contain. Findings are listed on stderr and the export is *refused* unless
``--ignore-findings`` is given — the safer default for data of a public authority.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_NOT_CONFIRMED = 2

#: How many privacy findings are listed before "… und N weitere".
MAX_FINDINGS_SHOWN = 40

SCOPE_DE = {"site": "ganze Dienststelle", "board": "ein Board", "retro": "eine Retrospektive",
            "solutions": "Lösungsansätze"}
TARGET_DE = {
    "new_site": "neue Dienststelle – wird angelegt, hier nur lesbar",
    "known_site": "bekannte Dienststelle – hier nur lesbar, wird aktualisiert",
    "own_site": "eigene Dienststelle – wird zusammengeführt",
    "restore_site": "eigene Dienststelle – wird wiederhergestellt (hier bearbeitbar)",
}


def _print_json(value: Any) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2))


def _german_time(iso: str) -> str:
    return f"{iso[8:10]}.{iso[5:7]}.{iso[:4]} {iso[11:16]} UTC"


def _progress(label: str) -> Callable[[int, int], None] | None:
    if not sys.stderr.isatty():
        return None
    last = [-1]

    def show(done: int, total: int) -> None:
        pct = 100 if total <= 0 else min(100, done * 100 // total)
        if pct != last[0]:
            last[0] = pct
            end = "\n" if pct >= 100 else ""
            print(f"\r{label}: {pct:3d} %", end=end, file=sys.stderr, flush=True)
    return show


# --------------------------------------------------------------------------- export


def cmd_export(args: argparse.Namespace) -> int:
    from kimboard.cli import _open
    from kimboard.core import queries
    from kimboard.core.bundle import (
        EXTENSION,
        ExportOptions,
        ExportScope,
        export_bundle,
        export_text_records,
        prepare_export,
    )
    from kimboard.core.errors import KimboardError, ValidationError

    target = Path(args.output).expanduser()
    if target.is_dir():
        raise ValidationError(
            f"{target} ist ein Ordner; bitte mit -o einen Dateinamen angeben, "
            f"z. B. {target / ('paket' + EXTENSION)}.")
    if not target.suffix:
        target = target.with_suffix(EXTENSION)
    options = ExportOptions(pseudonymize=args.pseudonymize, comments=not args.no_comments,
                            sign=args.sign)
    with _open(args) as db:
        with db.session() as s:
            site = queries.resolve_site(s, args.site)
            if args.board:
                scope = ExportScope.board(site.id, queries.resolve_board(s, args.board,
                                                                         site.id).id)
            elif args.retro:
                scope = ExportScope.retro(site.id, queries.resolve_retro(s, args.retro,
                                                                         site.id).id)
            elif args.solution:
                scope = ExportScope.solutions(site.id, tuple(
                    _resolve_solution(s, ref, site.id) for ref in args.solution))
            elif args.solutions:
                scope = ExportScope.solutions(site.id)
            else:
                scope = ExportScope.site(site.id)
        if args.pseudonymize or args.sign:
            db.run(prepare_export, site.id, pseudonymize=args.pseudonymize, sign=args.sign)
        with db.session() as s:
            findings = _privacy_findings(export_text_records(s, scope, options))
        if findings:
            _print_findings(findings)
            if not args.ignore_findings:
                raise KimboardError(
                    f"Export abgebrochen: {len(findings)} mögliche personenbezogene Angabe(n) "
                    "gefunden (siehe oben). Bitte die Texte bereinigen oder mit --no-comments "
                    "bzw. --pseudonymize exportieren; wer die Funde geprüft hat, exportiert "
                    "mit --ignore-findings trotzdem.")
        with db.session() as s:
            result = export_bundle(s, scope, target, options, progress=_progress("Export"))
    if args.json:
        _print_json({"file": str(result.path), "bundle_uuid": result.bundle_uuid,
                     "counts": result.counts, "size": result.size,
                     "signed": result.fingerprint is not None,
                     "fingerprint": result.fingerprint, "privacy_findings": len(findings)})
        return EXIT_OK
    print(f"Paket gespeichert: {result.path}")
    print(f"  {result.total} Einträge, {_size(result.size)}"
          + (", pseudonymisiert" if args.pseudonymize else "")
          + (", ohne Kommentare" if args.no_comments else ""))
    if result.fingerprint:
        print(f"  signiert (Fingerabdruck {result.fingerprint})")
    else:
        print("  nicht signiert")
    if findings:
        print(f"  Hinweis: trotz {len(findings)} möglicher personenbezogener Angabe(n) "
              "exportiert (--ignore-findings).")
    return EXIT_OK


def _resolve_solution(session: Any, ref: str, site_id: int) -> int:
    from kimboard.core import queries
    from kimboard.core.errors import Ambiguous, NotFound

    rows = queries.list_rows(session, "solutions", site_id=site_id)
    key = ref.strip()
    for match in (lambda r: r["uuid"] == key.lower(), lambda r: r["title"] == key,
                  lambda r: r["title"].casefold() == key.casefold()):
        found = [r for r in rows if match(r)]
        if len(found) == 1:
            from sqlalchemy import select

            from kimboard.core.models import SolutionApproach

            return int(session.scalar(select(SolutionApproach.id)
                                      .where(SolutionApproach.uuid == found[0]["uuid"])))
        if found:
            raise Ambiguous(f"„{key}“ ist mehrdeutig. Bitte die UUID angeben.")
    raise NotFound(f"Kein Lösungsansatz „{key}“ in dieser Dienststelle gefunden.")


def _privacy_findings(records: list[Any]) -> list[Any]:
    try:
        from kimboard.core.privacy import scan_records
    except ImportError:  # pragma: no cover - ships with kimboard
        return []
    return list(scan_records(records))


def _print_findings(findings: list[Any]) -> None:
    print(f"kimboard: Datenschutz-Prüfung: {len(findings)} mögliche personenbezogene "
          "Angabe(n) in den Texten, die exportiert würden:", file=sys.stderr)
    for f in findings[:MAX_FINDINGS_SHOWN]:
        print(f"  - {f.kind_label}: {f.record.label}: „{f.excerpt}“", file=sys.stderr)
    rest = len(findings) - MAX_FINDINGS_SHOWN
    if rest > 0:
        print(f"  … und {rest} weitere", file=sys.stderr)


def _size(n: int) -> str:
    from kimboard.core.bundle.format import human_size

    return human_size(n)


# --------------------------------------------------------------------------- import


def cmd_import(args: argparse.Namespace) -> int:
    from kimboard.cli import _open
    from kimboard.core.bundle import (
        KEEP_MINE,
        TAKE_THEIRS,
        apply_import,
        open_bundle,
        preview_import,
    )
    from kimboard.core.errors import KimboardError

    # The bundle is checked completely before the database is even opened.
    bundle = open_bundle(Path(args.file).expanduser(), progress=_progress("Prüfen"))
    default = TAKE_THEIRS if args.take_theirs else KEEP_MINE
    with _open(args) as db:
        with db.session() as s:
            preview = preview_import(s, bundle, default=default, restore=args.restore)
        if args.dry_run or not args.yes:
            if args.json:
                _print_json({**preview.to_json(), "applied": False})
            else:
                _print_preview(preview, default)
            if args.dry_run:
                return EXIT_OK
            if sys.stdin.isatty() and not args.json and _ask(preview):
                pass
            else:
                print("kimboard: Nichts geändert. Zum Übernehmen bitte mit --yes aufrufen: "
                      f"kimboard import {args.file} --yes", file=sys.stderr)
                return EXIT_NOT_CONFIRMED
        if preview.signature.needs_confirmation and not args.accept_key_change:
            office = f"„{preview.origin_site_name}“"
            raise KimboardError(
                f"Nicht importiert: Das Paket ist {preview.signature.describe(office)}. Bitte "
                "bei der Dienststelle nachfragen; ist der neue Schlüssel bestätigt, mit "
                "--accept-key-change importieren.")
        result = db.run(apply_import, bundle, default=default,
                        accept_key_change=args.accept_key_change, restore=args.restore,
                        progress=_progress("Import")).value
    if args.json:
        _print_json(result.to_json())
        return EXIT_OK
    if args.yes:
        _print_preview(result.preview, default, applied=True)
    if not result.applied:
        print("Nichts zu übernehmen: Alles ist schon auf diesem Stand.")
    else:
        t = result.preview.totals()
        print(f"Importiert: {t.new} neu, {t.updated} aktualisiert, {t.unchanged} unverändert"
              + (f", {t.conflicts} Konflikt(e) ({result.kept_mine}× eigene Fassung behalten, "
                 f"{result.took_theirs}× Fassung aus dem Paket übernommen)" if t.conflicts
                 else "")
              + (f", {t.skipped} übergangen" if t.skipped else "") + ".")
    return EXIT_OK


def _ask(preview: Any) -> bool:
    if not preview.has_changes:
        return True
    try:
        answer = input("Jetzt übernehmen? [j/N] ")
    except EOFError:
        return False
    return answer.strip().lower() in ("j", "ja", "y", "yes")


def _print_preview(preview: Any, default: str, *, applied: bool = False) -> None:
    from kimboard.cli import _table

    office = f"„{preview.origin_site_name}“"
    print(f"Paket: {preview.file_name}")
    print(f"  von {office}, erstellt am {_german_time(preview.created_at)}")
    print(f"  Umfang: {SCOPE_DE.get(preview.scope_kind, preview.scope_kind)}"
          + (", pseudonymisiert" if preview.pseudonymized else "")
          + ("" if preview.comments else ", ohne Kommentare")
          + f" · Format {preview.format_version} · kimboard {preview.app_version}")
    print(f"  Signatur: {preview.signature.describe(office)}")
    print(f"  Ziel: {TARGET_DE.get(preview.target, preview.target)}")
    print()
    rows = [[e.label, e.new, e.updated, e.unchanged, e.conflicts, e.skipped]
            for e in preview.entities]
    t = preview.totals()
    rows.append(["Summe", t.new, t.updated, t.unchanged, t.conflicts, t.skipped])
    print(_table(["Art", "neu", "geändert", "unverändert", "Konflikte", "übergangen"], rows,
                 right=range(1, 6)))
    if preview.conflicts:
        print()
        choice = "Fassung aus dem Paket" if default == "theirs" else "eigene Fassung"
        verb = "übernommen" if applied else "würde behalten/übernommen"
        print(f"Konflikte (hier und im Paket geändert) – {choice} {verb}"
              + ("" if applied else "; mit --take-theirs gilt die Fassung aus dem Paket")
              + ":")
        for c in preview.conflicts[:50]:
            print(f"  {c.entity_label} „{_short(c.title)}“ ({c.uuid}):")
            for d in c.fields[:6]:
                print(f"    {d.label}: hier {_value(d.mine)} / Paket {_value(d.theirs)}")
        if len(preview.conflicts) > 50:
            print(f"  … und {len(preview.conflicts) - 50} weitere")
    if preview.warnings:
        print()
        print("Hinweise:")
        for w in preview.warnings:
            print(f"  - {w}")


def _short(text: str, width: int = 50) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _value(v: Any) -> str:
    if v is None:
        return "(leer)"
    if isinstance(v, bool):
        return "ja" if v else "nein"
    if isinstance(v, str):
        return f"„{_short(v, 40)}“"
    return _short(json.dumps(v, ensure_ascii=False), 40)


# --------------------------------------------------------------------------- verify


def cmd_verify(args: argparse.Namespace) -> int:
    from kimboard.core.bundle import open_bundle
    from kimboard.core.bundle.entities import SPEC_BY_NAME

    bundle = open_bundle(Path(args.file).expanduser(), progress=_progress("Prüfen"))
    m = bundle.manifest
    sig = bundle.signature
    if args.json:
        _print_json({"valid": True, "file": bundle.file_name, "bundle_uuid": m.bundle_uuid,
                     "format_version": m.format_version, "app_version": m.app_version,
                     "created_at": m.created_at,
                     "origin_site": {"uuid": m.origin_site_uuid, "name": m.origin_site_name,
                                     "short_code": m.origin_short_code},
                     "scope": m.scope_kind, "pseudonymized": m.pseudonymized,
                     "comments": m.comments, "counts": bundle.counts,
                     "signed": sig is not None,
                     "fingerprint": sig.fingerprint if sig is not None else None,
                     "ignored_files": list(bundle.ignored_files)})
        return EXIT_OK
    print(f"Das Paket ist in Ordnung: {bundle.file_name}")
    print(f"  von „{m.origin_site_name}“ ({m.origin_short_code}), erstellt am "
          f"{_german_time(m.created_at)}")
    print(f"  Umfang: {SCOPE_DE.get(m.scope_kind, m.scope_kind)}"
          + (", pseudonymisiert" if m.pseudonymized else "")
          + ("" if m.comments else ", ohne Kommentare")
          + f" · Format {m.format_version} · kimboard {m.app_version}")
    if sig is not None:
        print(f"  Signatur gültig: signiert von „{m.origin_site_name}“ "
              f"(Fingerabdruck {sig.fingerprint})")
    else:
        print("  nicht signiert")
    print(f"  {bundle.total_rows} Einträge:")
    width = max((len(SPEC_BY_NAME[k].label) for k in bundle.counts), default=0)
    for name, count in bundle.counts.items():
        print(f"    {SPEC_BY_NAME[name].label.ljust(width)}  {count:>7}")
    for name in bundle.ignored_files:
        print(f"  Hinweis: {name} stammt aus einer neueren Version und wird übergangen.")
    return EXIT_OK


# --------------------------------------------------------------------------- parser


def register(add: Callable[..., Any], json_flag: Callable[[Any], None]) -> None:
    """Add ``export``, ``import`` and ``verify`` to kimboard's parser."""
    p = add("export", "Paket (.kimb) für andere Dienststellen exportieren", cmd_export)
    p.add_argument("--site", metavar="DIENSTSTELLE", required=True,
                   help="die eigene Dienststelle (UUID, Kürzel oder Name)")
    what = p.add_mutually_exclusive_group()
    what.add_argument("--board", metavar="BOARD",
                      help="nur dieses Board (mit Spalten, Karten, Verlauf, Sprints, Retros)")
    what.add_argument("--retro", metavar="RETRO", help="nur diese Retrospektive")
    what.add_argument("--solutions", action="store_true", help="alle Lösungsansätze")
    what.add_argument("--solution", metavar="ANSATZ", action="append",
                      help="nur diesen Lösungsansatz (UUID oder Titel; mehrfach möglich)")
    p.add_argument("--pseudonymize", action="store_true",
                   help="Teammitglieder pseudonymisieren („Teammitglied 7F3A2C91“)")
    p.add_argument("--no-comments", action="store_true", help="Kommentare weglassen")
    p.add_argument("--sign", action="store_true",
                   help="mit dem Schlüssel der Dienststelle signieren (wird beim ersten Mal "
                        "angelegt)")
    p.add_argument("--ignore-findings", action="store_true",
                   help="trotz Funden der Datenschutz-Prüfung exportieren")
    p.add_argument("-o", "--output", metavar="DATEI", required=True,
                   help="Zieldatei (.kimb)")
    json_flag(p)

    p = add("import", "Paket (.kimb) importieren: Vorschau, dann Übernahme", cmd_import)
    p.add_argument("file", metavar="DATEI", help="die Paketdatei (.kimb)")
    p.add_argument("--dry-run", action="store_true",
                   help="nur zeigen, was sich ändern würde")
    p.add_argument("--yes", action="store_true", help="ohne Rückfrage übernehmen")
    p.add_argument("--take-theirs", action="store_true",
                   help="bei Konflikten die Fassung aus dem Paket nehmen (sonst bleibt die "
                        "eigene)")
    p.add_argument("--restore", action="store_true",
                   help="das Paket der eigenen Dienststelle hier als eigene, bearbeitbare "
                        "Dienststelle wiederherstellen (z. B. auf einem neuen PC)")
    p.add_argument("--accept-key-change", action="store_true",
                   help="einen geänderten Signaturschlüssel der Dienststelle annehmen")
    json_flag(p)

    p = add("verify", "Paket (.kimb) prüfen, ohne etwas zu importieren", cmd_verify)
    p.add_argument("file", metavar="DATEI", help="die Paketdatei (.kimb)")
    json_flag(p)
