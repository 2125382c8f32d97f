"""The ``network`` command: the state-wide overview across every office in this database.

``kimboard.cli.build_parser`` calls :func:`register` with its ``add`` and ``json_flag``
helpers. Like the rest of the command line this module only parses, calls the core and prints;
errors are :class:`~kimboard.core.errors.KimboardError` with German messages, which ``cli``
turns into ``kimboard: Fehler: …`` and exit code 1.

``kimboard network --json`` prints :func:`kimboard.core.network.network_overview` as it is
(each office with its uuid and name); without ``--json`` a German table. ``--pdf DATEI``
also writes the overview as PDF.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

EXIT_OK = 0

STATUS_SHORT = {"idea": "Idee", "trial": "Erpr.", "practice": "Praxis",
                "transferred": "übern."}


def _num(value: float | None, decimals: int = 1) -> str:
    if value is None:
        return "–"
    text = f"{value:.{decimals}f}".rstrip("0").rstrip(".") if decimals else f"{value:.0f}"
    return text.replace(".", ",")


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{round(100 * value)} %"


def _date(value: str | None) -> str:
    if not value:
        return ""
    return f"{value[8:10]}.{value[5:7]}.{value[:4]}"


def format_overview(data: dict[str, Any]) -> str:
    """The overview as German plain text: offices, approaches by status, transfers."""
    from kimboard.cli import _table

    out: list[str] = []
    region = data.get("region")
    out.append("Landesnetzwerk – " + (region or "alle Bezirksregierungen"))
    offices = data.get("offices") or []
    if not offices:
        out.append("")
        out.append("Keine Dienststellen" + (" in dieser Bezirksregierung." if region
                                             else " in dieser Datenbank."))
        return "\n".join(out)
    out.append("")
    rows = []
    for o in offices:
        b, sp, ac = o["boards"], o["sprints"], o["actions"]
        rows.append([
            o["short_code"], o["name"], "lokal" if o["is_local"] else "importiert",
            f"{b['count']} ({b['by_mode'].get('kanban', 0)}/{b['by_mode'].get('scrum', 0)})",
            sp["closed"], _num(sp["average_velocity_points"]), _pct(sp["goal_reached_rate"]),
            f"{_pct(ac['follow_up_rate'])} ({ac['done']}/{ac['total']})" if ac["total"]
            else "–",
            _pct(ac["reviewed_share"]),
        ])
    out.append(_table(["Kürzel", "Dienststelle", "Daten", "Boards (K/S)", "Sprints",
                       "Ø Velocity", "Ziel erreicht", "Maßn. umgesetzt", "bewertet"], rows,
                      right=[4, 5, 6, 7, 8]))
    out.append("")
    out.append("Lösungsansätze nach Status:")
    statuses = list(data.get("statuses") or STATUS_SHORT)
    rows = [[o["short_code"], *(o["solutions"]["by_status"].get(s, 0) for s in statuses),
             o["solutions"]["total"], o["solutions"]["adopted_by_others"],
             o["solutions"]["adopted_from_others"]] for o in offices]
    out.append(_table(["Kürzel", *(STATUS_SHORT.get(s, s) for s in statuses), "gesamt",
                       "weitergegeben", "übernommen"], rows,
                      right=list(range(1, len(statuses) + 4))))
    transfers = data.get("transfers") or []
    out.append("")
    if transfers:
        out.append("Übernahmen:")
        rows = []
        for t in transfers:
            for a in t["adopters"]:
                rows.append([t["approach"]["title"], t["origin"]["short_code"],
                             a["short_code"] or a["name"], _date(a["adopted_on"])])
        out.append(_table(["Lösungsansatz", "Herkunft", "übernommen von", "am"], rows))
    else:
        out.append("Noch keine Übernahmen von Lösungsansätzen.")
    boards = data.get("board_transfers") or []
    if boards:
        out.append("")
        out.append("Übernommene Boards:")
        rows = [[t["board"]["name"], t["origin"]["short_code"], a["short_code"] or a["name"],
                 _date(a["adopted_on"])] for t in boards for a in t["adopters"]]
        out.append(_table(["Board", "Herkunft", "übernommen von", "am"], rows))
    regions = data.get("regions") or []
    if regions and not region:
        out.append("")
        out.append("Filtern mit --region: " + ", ".join(f"„{r}“" for r in regions))
    return "\n".join(out)


def _resolve_region(session: Any, wanted: str) -> str:
    """The exact spelling of a region: as given, or its only case-insensitive match, or the
    only region whose name ends with it („Köln“ → „Bezirksregierung Köln“)."""
    from kimboard.core.errors import NotFound
    from kimboard.core.network import regions

    known = regions(session)
    key = wanted.strip()
    if key in known:
        return key
    for match in ([r for r in known if r.casefold() == key.casefold()],
                  [r for r in known if r.casefold().endswith(" " + key.casefold())]):
        if len(match) == 1:
            return match[0]
    listed = ", ".join(f"„{r}“" for r in known) or "keine"
    raise NotFound(f"Keine Dienststelle mit der Bezirksregierung „{key}“. "
                   f"Bekannt sind: {listed}.")


def cmd_network(args: argparse.Namespace) -> int:
    from kimboard.cli import _open, _print_json
    from kimboard.core.network import network_overview

    with _open(args) as db, db.session() as s:
        region = _resolve_region(s, args.region) if args.region else None
        data = network_overview(s, region=region, include_archived=args.archived)
    if args.pdf:
        from kimboard.report.network_report import write_network_report

        written = write_network_report(data, args.pdf)
        if not args.json:
            print(f"PDF gespeichert: {written}")
    if args.json:
        _print_json(data)
    else:
        if args.pdf:
            print()
        print(format_overview(data))
    return EXIT_OK


def register(add: Callable[..., Any], json_flag: Callable[[Any], None]) -> None:
    """Add ``network`` to kimboard's parser."""
    p = add("network", "Landesnetzwerk: Kennzahlen, Lösungsansätze und Übernahmen aller "
                       "Dienststellen dieser Datenbank", cmd_network)
    p.add_argument("--region", metavar="BEZIRKSREGIERUNG",
                   help="nur Dienststellen dieser Bezirksregierung (z. B. „Köln“)")
    p.add_argument("--archived", action="store_true",
                   help="auch archivierte Dienststellen")
    p.add_argument("--pdf", metavar="DATEI",
                   help="die Übersicht zusätzlich als PDF speichern (Datei oder Ordner)")
    json_flag(p)
