"""The state-wide network overview ("Landesnetzwerk") as a German PDF.

Input is the dict of :func:`kimboard.core.network.network_overview`: per office its boards,
sprint figures at team level, the follow-up of retrospective action items and its solution
approaches by status and goal area; the transfer table; and two charts (approaches by status
per office, the transfer between offices). No person is named anywhere.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Final

from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable

from kimboard.report import network_charts, pdf
from kimboard.report.charts import fmt_date, fmt_number, parse_date

Overview = Mapping[str, Any]

DOCUMENT_TITLE: Final = "Landesnetzwerk KIM"
ALL_REGIONS: Final = "alle Bezirksregierungen"
TEAM_LEVEL_NOTE: Final = (
    "Alle Kennzahlen auf Team- bzw. Dienststellenebene. Auswertungen zu einzelnen "
    "Beschäftigten werden nicht erstellt; Personen werden nicht genannt."
)
DEFINITIONS: Final = (
    "Bezirk: Bezirksregierung. Sprints: abgeschlossene Sprints aller Boards. "
    "Ø Velocity: erledigte Punkte je abgeschlossenem Sprint. Ziel erreicht: Anteil der "
    "Sprints, deren Ziel als erreicht "
    "bewertet wurde, unter den bewerteten. Maßnahmen umgesetzt: erledigte Maßnahmen beendeter "
    "Retrospektiven unter allen (offen, erledigt, verworfen). Wirkung bewertet: Anteil der "
    "Maßnahmen, deren Wirkung in einer späteren Retrospektive beurteilt wurde."
)


def percent(value: float | None) -> str:
    """``0.6667`` → ``"67 %"``; ``None`` → ``"–"``."""
    return pdf.DASH if value is None else f"{fmt_number(100.0 * float(value), 0)} %"


def network_report_filename(overview: Overview) -> str:
    """``Landesnetzwerk_Bezirksregierung-Köln_2026-11-25.pdf`` (region only when filtered)."""
    parts = ["Landesnetzwerk"]
    region = overview.get("region")
    if region:
        parts.append(pdf.safe_filename_part(str(region), 40) or "Bezirk")
    day = parse_date(overview.get("generated_at"))
    if day is not None:
        parts.append(day.isoformat())
    return "_".join(parts) + ".pdf"


def write_network_report(overview: Overview, path: Path | str, *, dpi: int = 150) -> Path:
    """Write the overview as PDF to ``path`` (a file, or a folder for the suggested name).

    The file appears only when complete; on failure nothing is left behind and
    :class:`kimboard.report.pdf.ReportError` is raised.
    """
    target = Path(path)
    if target.is_dir():
        target = target / network_report_filename(overview)
    region = overview.get("region") or ALL_REGIONS
    info = pdf.DocumentInfo(
        title=f"{DOCUMENT_TITLE} – Übersicht",
        office=str(overview.get("region") or "Landesnetzwerk"),
        subject=f"Übersicht über die Dienststellen des Landesnetzwerks ({region}): Boards, "
                "Sprints, Maßnahmen und Lösungsansätze",
        keywords=("KIM", "Landesnetzwerk", "Lösungsansätze", "Transfer", "Teamebene"),
        created=pdf.parse_timestamp(overview.get("generated_at")),
    )
    return pdf.build_pdf(target, lambda: network_report_story(overview, dpi=dpi), info)


# ---------------------------------------------------------------------------------------------
# Story


def network_report_story(overview: Overview, *, dpi: int = 150) -> list[Flowable]:
    story: list[Flowable] = []
    story += _head(overview)
    story += _key_figures(overview)
    story += _offices(overview)
    story += _solutions(overview, dpi)
    story += _transfers(overview, dpi)
    return story


def _offices_of(overview: Overview) -> list[Mapping[str, Any]]:
    return list(overview.get("offices") or [])


def _office_name(office: Mapping[str, Any]) -> str:
    name, code = office.get("name") or "", office.get("short_code") or ""
    return f"{name} ({code})" if name and code else name or code


def _head(overview: Overview) -> list[Flowable]:
    offices = _offices_of(overview)
    totals = overview.get("totals") or {}
    local = int(totals.get("local_offices", sum(1 for o in offices if o.get("is_local"))))
    imported = len(offices) - local
    generated = pdf.parse_timestamp(overview.get("generated_at"))
    fields = [
        ("Bereich", str(overview.get("region") or ALL_REGIONS)),
        ("Dienststellen", f"{len(offices)} (davon {local} in dieser Datenbank geführt, "
                          f"{imported} aus Paketen importiert)"),
    ]
    if generated is not None:
        fields.append(("Stand", pdf.fmt_timestamp(generated)))
    subtitle = "Übersicht über die Dienststellen" + (
        f" · {overview['region']}" if overview.get("region") else "")
    return [
        pdf.paragraph(DOCUMENT_TITLE, "title"),
        pdf.paragraph(subtitle, "subtitle"),
        pdf.fields_table(fields),
        pdf.spacer(1),
        pdf.paragraph(TEAM_LEVEL_NOTE, "small"),
    ]


def _key_figures(overview: Overview) -> list[Flowable]:
    totals = overview.get("totals") or {}
    by_status = totals.get("solutions_by_status") or {}
    figures = [
        pdf.KeyFigure("Dienststellen", fmt_number(totals.get("offices", 0), 0)),
        pdf.KeyFigure("Boards", fmt_number(totals.get("boards", 0), 0)),
        pdf.KeyFigure("Abgeschlossene Sprints", fmt_number(totals.get("closed_sprints", 0), 0)),
        pdf.KeyFigure("Maßnahmen umgesetzt", percent(totals.get("follow_up_rate")),
                      "aus beendeten Retrospektiven"),
        pdf.KeyFigure("Lösungsansätze", fmt_number(totals.get("solutions", 0), 0),
                      f"{fmt_number(by_status.get('practice', 0), 0)} in der Praxis"),
        pdf.KeyFigure("Übernahmen", fmt_number(totals.get("adoptions", 0), 0),
                      "Lösungsansätze anderer Dienststellen"),
    ]
    if totals.get("board_adoptions"):
        figures.append(pdf.KeyFigure("Übernommene Boards",
                                     fmt_number(totals["board_adoptions"], 0)))
    return [pdf.heading("1. Auf einen Blick"), pdf.key_figures(figures, columns=3)]


def _boards_text(boards: Mapping[str, Any]) -> str:
    """``"3 (1 / 2)"``: all boards, then Kanban / Scrum."""
    modes = boards.get("by_mode") or {}
    count = int(boards.get("count") or 0)
    if not count:
        return "0"
    return f"{count} ({modes.get('kanban', 0)} / {modes.get('scrum', 0)})"


def _velocity_text(sprints: Mapping[str, Any]) -> str:
    value = sprints.get("average_velocity_points")
    return pdf.DASH if value is None else fmt_number(value)


def short_region(region: str) -> str:
    """``"Bezirksregierung Köln"`` → ``"Köln"`` (the table column says what it is)."""
    return region.removeprefix("Bezirksregierung ").strip() or region


def _follow_up_text(actions: Mapping[str, Any]) -> str:
    total = int(actions.get("total") or 0)
    if not total:
        return pdf.DASH
    return f"{percent(actions.get('follow_up_rate'))} ({actions.get('done', 0)}/{total})"


def _offices(overview: Overview) -> list[Flowable]:
    rows = []
    for o in _offices_of(overview):
        sprints, actions = o.get("sprints") or {}, o.get("actions") or {}
        rows.append([
            _office_name(o) + ("" if o.get("is_local") else " – importiert"),
            short_region(str(o.get("region") or "")) or pdf.DASH,
            _boards_text(o.get("boards") or {}),
            fmt_number(sprints.get("closed", 0), 0),
            _velocity_text(sprints),
            percent(sprints.get("goal_reached_rate")),
            _follow_up_text(actions),
            percent(actions.get("reviewed_share")),
        ])
    table = pdf.data_table(
        ["Dienststelle", "Bezirk", "Boards (Kanban / Scrum)", "Sprints", "Ø Velocity",
         "Ziel erreicht", "Maßnahmen umgesetzt", "Wirkung bewertet"],
        rows, empty_text="Keine Dienststellen im gewählten Bereich.",
        col_widths=[3.4 * cm, 1.7 * cm, 2.0 * cm, 1.5 * cm, 1.9 * cm, 1.9 * cm, 2.5 * cm,
                    2.1 * cm],
        numeric=[False, False, False, True, True, True, True, True])
    return [pdf.heading("2. Dienststellen: Boards, Sprints und Maßnahmen"), table,
            pdf.spacer(1), pdf.paragraph(DEFINITIONS, "small")]


def _goal_area_text(by_area: Mapping[str, int], names: Mapping[str, str]) -> str:
    parts = [f"{names.get(k, 'ohne Zielbereich' if k == 'none' else k)}: {n}"
             for k, n in by_area.items() if n]
    order = list(names)
    parts.sort(key=lambda p: next((i for i, k in enumerate(order) if p.startswith(names[k])),
                                  len(order)))
    return " · ".join(parts) or pdf.DASH


def _solutions(overview: Overview, dpi: int) -> list[Flowable]:
    names = {g["key"]: g["name"] for g in overview.get("goal_areas") or []}
    statuses = list(network_charts.STATUSES)
    rows = []
    for o in _offices_of(overview):
        sol = o.get("solutions") or {}
        by = sol.get("by_status") or {}
        rows.append([_office_name(o), *(fmt_number(by.get(s, 0), 0) for s in statuses),
                     fmt_number(sol.get("total", 0), 0)])
    story: list[Flowable] = [
        CondPageBreak(8 * cm),
        pdf.heading("3. Lösungsansätze"),
        pdf.heading("Nach Status", 2),
        pdf.data_table(["Dienststelle", *(network_charts.STATUS_NAMES[s] for s in statuses),
                        "gesamt"], rows,
                       empty_text="Keine Dienststellen im gewählten Bereich.",
                       col_widths=[6.0 * cm, 1.9 * cm, 2.2 * cm, 2.2 * cm, 2.9 * cm, 1.8 * cm],
                       numeric=[False, True, True, True, True, True]),
    ]
    story += _chart(network_charts.STATUS_BY_OFFICE, overview, dpi)
    area_rows = [[_office_name(o),
                  _goal_area_text((o.get("solutions") or {}).get("by_goal_area") or {}, names)]
                 for o in _offices_of(overview)]
    story += [pdf.heading("Nach Zielbereich", 2),
              pdf.data_table(["Dienststelle", "Lösungsansätze je Zielbereich"], area_rows,
                             col_widths=[6.0 * cm, 11.0 * cm], numeric=[False, False],
                             empty_text="Keine Dienststellen im gewählten Bereich.")]
    return story


def _chart(kind: str, overview: Overview, dpi: int) -> list[Flowable]:
    text = network_charts.describe(kind, overview)
    if not network_charts.has_data(kind, overview):
        return [pdf.paragraph(text)]
    figure = network_charts.build_figure(kind, overview)
    image = pdf.png_image(network_charts.figure_png(figure, dpi=dpi),
                          max_height=pdf.FRAME_HEIGHT * 0.6)
    return [pdf.spacer(2), pdf.figure_block(image, text)]


def _adopters_text(adopters: Sequence[Mapping[str, Any]]) -> str:
    return "\n".join(
        f"{a.get('name') or a.get('uuid')}, am {fmt_date(a.get('adopted_on'))}"
        for a in adopters) or pdf.DASH


def _transfers(overview: Overview, dpi: int) -> list[Flowable]:
    names = {g["key"]: g["name"] for g in overview.get("goal_areas") or []}
    rows = [
        [str((t.get("approach") or {}).get("title") or ""),
         names.get((t.get("approach") or {}).get("goal_area") or "", pdf.DASH),
         _office_name(t.get("origin") or {}),
         _adopters_text(t.get("adopters") or [])]
        for t in overview.get("transfers") or []
    ]
    story: list[Flowable] = [
        CondPageBreak(8 * cm),
        pdf.heading("4. Transfer: Welche Dienststelle hat was übernommen?"),
        pdf.data_table(["Lösungsansatz", "Zielbereich", "Herkunft", "Übernommen von"], rows,
                       empty_text="Bisher wurden keine Lösungsansätze übernommen.",
                       col_widths=[5.2 * cm, 3.3 * cm, 3.7 * cm, 4.8 * cm],
                       numeric=[False, False, False, False]),
    ]
    story += _chart(network_charts.TRANSFERS, overview, dpi)
    boards = overview.get("board_transfers") or []
    if boards:
        board_rows = [
            [str((t.get("board") or {}).get("name") or ""), _office_name(t.get("origin") or {}),
             _adopters_text(t.get("adopters") or [])]
            for t in boards
        ]
        story += [pdf.heading("Übernommene Boards", 2),
                  pdf.data_table(["Board", "Herkunft", "Übernommen von"], board_rows,
                                 col_widths=[6.0 * cm, 5.0 * cm, 6.0 * cm],
                                 numeric=[False, False, False])]
    return story
