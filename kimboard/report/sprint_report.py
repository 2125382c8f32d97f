"""The sprint review as a German PDF fit to file (Aktenvermerk style).

Input is the dict of :func:`kimboard.core.review.sprint_review`. The document holds team-level
figures only: no chart, table or text names a person (staff council agreement).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Final

from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable

from kimboard.report import charts, pdf
from kimboard.report.charts import fmt_date, fmt_number, fmt_percent, quantity

Review = Mapping[str, Any]

DOCUMENT_TITLE: Final = "Sprint-Review"

SPRINT_STATES: Final[Mapping[str, str]] = {
    "planned": "geplant",
    "active": "laufend",
    "closed": "abgeschlossen",
}
BOARD_MODES: Final[Mapping[str, str]] = {"kanban": "Kanban", "scrum": "Scrum"}
ACTION_STATUS: Final[Mapping[str, str]] = {
    "open": "offen",
    "done": "erledigt",
    "dropped": "verworfen",
}
ACTION_OUTCOME: Final[Mapping[str, str]] = {
    "effective": "wirksam",
    "not_effective": "nicht wirksam",
}
TEAM_LEVEL_NOTE: Final = (
    "Dieser Bericht enthält ausschließlich Kennzahlen auf Teamebene. Auswertungen zu einzelnen "
    "Beschäftigten werden nicht erstellt; Bearbeiterinnen und Bearbeiter werden nicht genannt."
)


def goal_reached_text(value: bool | None) -> str:
    """``True`` → "ja", ``False`` → "nein", ``None`` → "offen"."""
    return "offen" if value is None else ("ja" if value else "nein")


def sprint_report_filename(review: Review) -> str:
    """A safe file name such as ``Sprint-Review_Aufenthaltsteam-Süd_Sprint-12_2026-11-13.pdf``.

    No path separators and no characters Windows refuses; umlauts stay.
    """
    board = pdf.safe_filename_part((review.get("board") or {}).get("name") or "", 40)
    sprint = review.get("sprint") or {}
    name = pdf.safe_filename_part(sprint.get("name") or "", 40)
    end = charts.parse_date(sprint.get("end"))
    parts = [DOCUMENT_TITLE, board or "Board", name or "Sprint"]
    if end is not None:
        parts.append(end.isoformat())
    return "_".join(parts) + ".pdf"


def write_sprint_report(review: Review, path: Path | str, *, dpi: int = 150) -> Path:
    """Write the sprint review PDF to ``path`` (a file, or a folder for the suggested name).

    The file appears only when complete; on failure nothing is left behind and
    :class:`kimboard.report.pdf.ReportError` is raised.
    """
    target = Path(path)
    if target.is_dir():
        target = target / sprint_report_filename(review)
    site = review.get("site") or {}
    board = review.get("board") or {}
    sprint = review.get("sprint") or {}
    office = _office_line(site)
    info = pdf.DocumentInfo(
        title=f"{DOCUMENT_TITLE} „{sprint.get('name') or ''}“ – {board.get('name') or ''}",
        office=office or "kimboard",
        subject=f"Sprint-Review des Boards „{board.get('name') or ''}“"
                + (f", {site.get('name')}" if site.get("name") else ""),
        keywords=("Sprint-Review", "Scrum", "Kennzahlen", "Teamebene"),
        created=pdf.parse_timestamp(review.get("generated_at")),
    )
    return pdf.build_pdf(target, lambda: sprint_report_story(review, dpi=dpi), info)


def _office_line(site: Mapping[str, Any]) -> str:
    name = site.get("name") or ""
    code = site.get("short_code") or ""
    return f"{name} ({code})" if name and code else name or code


# ---------------------------------------------------------------------------------------------
# Story


def sprint_report_story(review: Review, *, dpi: int = 150) -> list[Flowable]:
    """The flowables of the sprint review, in order."""
    metrics: Mapping[str, Any] = review.get("metrics") or {}
    story: list[Flowable] = []
    story += _head(review)
    story += _goal(review)
    story += _key_figures(review)
    story += _charts(metrics, dpi)
    story += _times(metrics)
    story += _throughput(metrics)
    story += _card_lists(review)
    story += _actions(review)
    story += [pdf.spacer(6), pdf.paragraph(TEAM_LEVEL_NOTE, "small")]
    return story


def _head(review: Review) -> list[Flowable]:
    site = review.get("site") or {}
    board = review.get("board") or {}
    sprint = review.get("sprint") or {}
    start, end = charts.parse_date(sprint.get("start")), charts.parse_date(sprint.get("end"))
    period = f"{fmt_date(start)} bis {fmt_date(end)}"
    if start and end and end >= start:
        days = (end - start).days + 1
        weekdays = sum((start + dt.timedelta(d)).weekday() < 5 for d in range(days))
        period += f" ({days} Kalendertage, davon {weekdays} Werktage Mo–Fr)"
    mode = BOARD_MODES.get(board.get("mode") or "", "")
    generated = pdf.parse_timestamp(review.get("generated_at"))
    fields = [
        ("Behörde", _office_line(site) or pdf.DASH),
        ("Bezirksregierung", site.get("region") or pdf.DASH),
        ("Board", f"{board.get('name') or pdf.DASH}" + (f" ({mode})" if mode else "")),
        ("Sprint", sprint.get("name") or pdf.DASH),
        ("Zeitraum", period),
        ("Status", _state_text(sprint)),
    ]
    if generated is not None:
        fields.append(("Stand", pdf.fmt_timestamp(generated)))
    subtitle = " · ".join(
        p for p in (sprint.get("name"), board.get("name"), f"{fmt_date(start)} – {fmt_date(end)}")
        if p
    )
    return [
        pdf.paragraph("Aktenvermerk", "small"),
        pdf.paragraph(DOCUMENT_TITLE, "title"),
        pdf.paragraph(subtitle, "subtitle"),
        pdf.fields_table(fields),
    ]


def _state_text(sprint: Mapping[str, Any]) -> str:
    state = sprint.get("state") or ""
    text = SPRINT_STATES.get(state, state or pdf.DASH)
    if state == "closed" and sprint.get("closed_at"):
        text += f" am {fmt_date(sprint['closed_at'])}"
    elif state == "active" and sprint.get("started_at"):
        text += f" seit {fmt_date(sprint['started_at'])}"
    return text


def _goal(review: Review) -> list[Flowable]:
    sprint = review.get("sprint") or {}
    goal = (sprint.get("goal") or "").strip()
    note = (sprint.get("goal_note") or "").strip()
    story: list[Flowable] = [pdf.heading("1. Sprint-Ziel")]
    story.append(pdf.paragraph(f"„{goal}“" if goal else "Für diesen Sprint ist kein Ziel "
                               "festgehalten."))
    reached = goal_reached_text(sprint.get("goal_reached"))
    story.append(pdf.paragraph(f"<b>Ziel erreicht:</b> {pdf.escape(reached)}", markup=True))
    if note:
        story.append(pdf.paragraph(f"<b>Anmerkung:</b> {pdf.escape(note)}", markup=True))
    return story


def _key_figures(review: Review) -> list[Flowable]:
    summary = review.get("summary") or {}
    metrics = review.get("metrics") or {}
    committed_points = float(summary.get("committed_points") or 0)
    completed_points = float(summary.get("completed_points") or 0)
    committed_cards = int(summary.get("committed_cards") or 0)
    completed_cards = int(summary.get("completed_cards") or 0)
    added = int(summary.get("added_cards") or 0)
    removed = int(summary.get("removed_cards") or 0)
    average = summary.get("average_velocity")
    window = int((metrics.get("velocity") or {}).get("window") or 3)
    lead = metrics.get("lead_time") or {}
    cycle = metrics.get("cycle_time") or {}
    weeks = (metrics.get("throughput") or {}).get("weeks") or []
    figures = [
        pdf.KeyFigure("Punkte erledigt",
                      f"{fmt_number(completed_points)} von {fmt_number(committed_points)}",
                      f"{fmt_percent(completed_points, committed_points)} der Zusage"),
        pdf.KeyFigure("Karten erledigt", f"{completed_cards} von {committed_cards}",
                      f"{fmt_percent(completed_cards, committed_cards)} der Zusage"),
        pdf.KeyFigure("Umfangsänderungen", f"+{added} / \u2212{removed}",
                      "Karten hinzugefügt / entfernt"),
        pdf.KeyFigure("Ø Velocity",
                      quantity(float(average), "points") if average is not None else pdf.DASH,
                      f"letzte {window} Sprints"),
        pdf.KeyFigure("Durchlaufzeit (Median)", _days_or_dash(lead.get("median")),
                      f"85. Perzentil: {_days_or_dash(lead.get('p85'))}"),
        pdf.KeyFigure("Zykluszeit (Median)", _days_or_dash(cycle.get("median")),
                      f"85. Perzentil: {_days_or_dash(cycle.get('p85'))}"),
        pdf.KeyFigure("Durchsatz", quantity(sum(int(w.get("cards") or 0) for w in weeks),
                                            "cards"),
                      f"in {len(weeks)} Kalenderwoche{'' if len(weeks) == 1 else 'n'}"),
        pdf.KeyFigure("Blockierte Karten", str(len(review.get("blocked") or [])),
                      f"{len(review.get('open_cards') or [])} Karten nicht erledigt"),
    ]
    sentence = (
        f"Zugesagt waren {quantity(committed_points, 'points')} in "
        f"{quantity(committed_cards, 'cards')}; erledigt wurden "
        f"{quantity(completed_points, 'points')} in {quantity(completed_cards, 'cards')}. "
        f"Während des Sprints {'kam' if added == 1 else 'kamen'} "
        f"{quantity(added, 'cards')} hinzu, {quantity(removed, 'cards')} "
        f"{'wurde' if removed == 1 else 'wurden'} herausgenommen."
    )
    return [pdf.heading("2. Kennzahlen"), pdf.key_figures(figures), pdf.paragraph(sentence)]


def _days_or_dash(value: float | None) -> str:
    if value is None:
        return pdf.DASH
    return f"{fmt_number(value)} {'Tag' if float(value) == 1 else 'Tage'}"


def _charts(metrics: Mapping[str, Any], dpi: int) -> list[Flowable]:
    unit = charts.preferred_unit(metrics)
    # The heading goes to the next page unless the first chart fits beneath it.
    story: list[Flowable] = [CondPageBreak(11 * cm), pdf.heading("3. Diagramme")]
    if unit == "cards":
        story.append(pdf.paragraph(
            "Der Sprint wurde nicht in Punkten geschätzt; Burndown, Burnup und Velocity "
            "zeigen daher Karten.", "small"))
    for kind in charts.CHARTS:
        text = charts.describe(kind, metrics, unit=unit)
        if not charts.has_data(kind, metrics):
            story.append(pdf.paragraph(text))
            continue
        figure = charts.build_figure(kind, metrics, unit=unit)
        image = pdf.png_image(charts.figure_png(figure, dpi=dpi))
        story.append(pdf.figure_block(image, text))
    return story


def _times(metrics: Mapping[str, Any]) -> list[Flowable]:
    rows = []
    for label, key in (("Durchlaufzeit", "lead_time"), ("Zykluszeit", "cycle_time"),
                       ("Alter der Karten in Arbeit", "wip_age")):
        data = metrics.get(key) or {}
        count = int(data.get("count") or len(data.get("cards") or []))
        rows.append([label, str(count), _days_or_dash(data.get("median")),
                     _days_or_dash(data.get("p85"))])
    return [
        pdf.heading("4. Durchlauf- und Zykluszeit"),
        pdf.data_table(["Kennzahl", "Karten", "Median", "85. Perzentil"], rows,
                       col_widths=[7.0 * cm, 2.6 * cm, 3.7 * cm, 3.7 * cm],
                       numeric=[False, True, True, True]),
        pdf.spacer(1.5),
        pdf.paragraph(
            "Durchlaufzeit: von der Aufnahme einer Karte bis „erledigt“; Zykluszeit: vom Beginn "
            "der Bearbeitung bis „erledigt“; Alter: wie lange Karten, die noch in Arbeit sind, "
            "schon bearbeitet werden. 85 % der Karten waren höchstens so lange unterwegs wie "
            "das 85. Perzentil angibt.", "small"),
    ]


def _throughput(metrics: Mapping[str, Any]) -> list[Flowable]:
    headers, rows = charts.chart_table(charts.THROUGHPUT, metrics)
    return [
        pdf.heading("5. Durchsatz"),
        pdf.data_table(headers, rows, empty_text="Im Zeitraum wurden keine Karten erledigt.",
                       col_widths=[5.0 * cm, 4.0 * cm, 4.0 * cm, 4.0 * cm]),
    ]


def _card(number: object) -> str:
    return f"#{number}" if number not in (None, "") else pdf.DASH


def _card_lists(review: Review) -> list[Flowable]:
    blocked = [
        [_card(c.get("number")), str(c.get("title") or ""), str(c.get("column") or ""),
         str(c.get("reason") or pdf.DASH), fmt_number(c.get("blocked_days"))]
        for c in review.get("blocked") or []
    ]
    ageing = [
        [_card(c.get("number")), str(c.get("title") or ""), str(c.get("column") or ""),
         fmt_number(c.get("age_days")), "ja" if c.get("blocked") else "nein"]
        for c in review.get("ageing") or []
    ]
    open_cards = list(review.get("open_cards") or [])
    unfinished = [
        [_card(c.get("number")), str(c.get("title") or ""), str(c.get("column") or ""),
         fmt_number(c.get("estimate"))]
        for c in open_cards
    ]
    widths_5 = [1.4 * cm, 6.2 * cm, 3.0 * cm, 4.2 * cm, 2.2 * cm]
    story: list[Flowable] = [
        pdf.heading("6. Blockierte Karten"),
        pdf.data_table(["Karte", "Titel", "Spalte", "Grund", "Tage blockiert"], blocked,
                       col_widths=widths_5, empty_text="Keine Karte ist blockiert."),
        pdf.heading("7. Karten mit ungewöhnlich langer Bearbeitung"),
        pdf.data_table(["Karte", "Titel", "Spalte", "Alter (Tage)", "Blockiert"], ageing,
                       col_widths=[1.4 * cm, 8.2 * cm, 3.4 * cm, 2.2 * cm,
                                   1.8 * cm],
                       empty_text="Keine Karte ist ungewöhnlich lange in Arbeit."),
        pdf.heading("8. Nicht erledigte Karten des Sprints"),
        pdf.data_table(["Karte", "Titel", "Spalte", "Schätzung (Punkte)"], unfinished,
                       col_widths=[1.4 * cm, 9.6 * cm, 3.4 * cm, 2.6 * cm],
                       empty_text="Alle Karten des Sprints sind erledigt."),
    ]
    if open_cards:
        estimated = [float(c["estimate"]) for c in open_cards if c.get("estimate") is not None]
        text = (f"Zusammen {quantity(len(open_cards), 'cards')}, geschätzt auf "
                f"{quantity(sum(estimated), 'points')}")
        missing = len(open_cards) - len(estimated)
        if missing:
            text += f"; {quantity(missing, 'cards')} ohne Schätzung"
        story += [pdf.spacer(1.5), pdf.paragraph(text + ".", "small")]
    return story


def _outcome_text(item: Mapping[str, Any]) -> str:
    outcome = item.get("outcome")
    if outcome:
        return ACTION_OUTCOME.get(outcome, str(outcome))
    return "noch nicht bewertet" if item.get("status") == "done" else pdf.DASH


def _actions(review: Review) -> list[Flowable]:
    actions = review.get("actions") or {}
    retro = actions.get("retro")
    items: Sequence[Mapping[str, Any]] = actions.get("items") or []
    story: list[Flowable] = [pdf.heading("9. Maßnahmen aus der letzten Retrospektive")]
    if retro:
        story.append(pdf.paragraph(
            f"„{retro.get('title') or 'Retrospektive'}“ vom {fmt_date(retro.get('held_on'))}"))
    rows = [
        [str(item.get("text") or ""), fmt_date(item.get("due_date")) if item.get("due_date")
         else pdf.DASH, ACTION_STATUS.get(item.get("status") or "", item.get("status") or ""),
         _outcome_text(item)]
        for item in items
    ]
    empty = "Keine Maßnahmen festgehalten." if retro else "Es ist keine Retrospektive erfasst."
    story.append(pdf.data_table(
        ["Maßnahme", "Fällig", "Status", "Wirkung"], rows, empty_text=empty,
        col_widths=[9.0 * cm, 2.4 * cm, 2.4 * cm, 3.2 * cm],
        numeric=[False, False, False, False]))
    return story
