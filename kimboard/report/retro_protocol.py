"""The protocol of a retrospective as a German PDF fit to file (Aktenvermerk), and as Markdown.

Input is the dict of :func:`kimboard.core.retro_protocol.retro_protocol`; the anonymity rule is
already applied there (an anonymous retrospective's dict carries no names). Votes and ratings
appear only as sums. The ROTI trend chart of the history view is built here as well, so the
window and the PDF draw it alike.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import Any, Final

from matplotlib.figure import Figure
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether

from kimboard.core import retro_protocol as core
from kimboard.core.retro_protocol import (
    ACTION_STATUS,
    DASH,
    NO_PROMPT,
    ROTI_SCALE,
    card_text,
    fmt_date,
    fmt_decimal,
    group_title,
    head_fields,
    office_line,
    outcome_text,
    rating_text,
    votes_text,
)
from kimboard.report import charts, pdf

Protocol = Mapping[str, Any]
History = Mapping[str, Any]

DOCUMENT_TITLE: Final = "Protokoll der Retrospektive"


# ---------------------------------------------------------------------------------------------
# File names


def retro_protocol_filename(protocol: Protocol, suffix: str = ".pdf") -> str:
    """A safe file name such as ``Retro-Protokoll_KIM-Team_Retrospektive-Sprint-3_2026-11-20.pdf``.

    No path separators and no characters Windows refuses; umlauts stay.
    """
    retro = protocol.get("retro") or {}
    where = ((protocol.get("board") or {}).get("name")
             or (protocol.get("site") or {}).get("short_code") or "")
    parts = ["Retro-Protokoll"]
    for text in (where, retro.get("title") or ""):
        part = _name_part(text, 40)
        if part:
            parts.append(part)
    held_on = charts.parse_date(retro.get("held_on"))
    if held_on is not None:
        parts.append(held_on.isoformat())
    return "_".join(parts) + suffix


def _name_part(text: str, limit: int) -> str:
    """A file-name piece cut at a word boundary; dashes between words become one hyphen."""
    full = pdf.safe_filename_part(" ".join(str(text).replace("–", " ").split()), 500)
    if len(full) <= limit:
        return full
    cut = full[:limit]
    if "-" in cut[limit // 2:]:
        cut = cut[: cut.rindex("-")]
    return cut.strip(" .-_")


def _target(path: Path | str, protocol: Protocol, suffix: str) -> Path:
    target = Path(path)
    if target.is_dir():
        target = target / retro_protocol_filename(protocol, suffix)
    return target


# ---------------------------------------------------------------------------------------------
# Markdown


def write_markdown(protocol: Protocol, path: Path | str) -> Path:
    """Write the protocol as Markdown (UTF-8) to ``path`` (a file, or a folder for the
    suggested name). Atomic like the PDF: the file appears only when complete; on failure
    nothing is left behind and :class:`kimboard.report.pdf.ReportError` is raised."""
    target = _target(path, protocol, ".md")
    folder = target.parent
    if not folder.is_dir():
        raise pdf.ReportError(f"Der Ordner „{folder}“ existiert nicht.")
    temp = folder / f".{target.stem[:60]}.{secrets.token_hex(4)}.tmp"
    try:
        text = core.protocol_markdown(protocol)
        with open(temp, "x", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except BaseException as err:
        temp.unlink(missing_ok=True)
        if not isinstance(err, Exception):
            raise
        if isinstance(err, PermissionError):
            raise pdf.ReportError(
                f"„{target.name}“ kann nicht geschrieben werden: keine Berechtigung oder die "
                "Datei ist in einem anderen Programm geöffnet."
            ) from err
        if isinstance(err, OSError):
            raise pdf.ReportError(
                f"„{target.name}“ kann nicht geschrieben werden: {err.strerror or err}."
            ) from err
        raise pdf.ReportError(
            f"Das Protokoll „{target.name}“ konnte nicht erstellt werden "
            f"({type(err).__name__}: {err})."
        ) from err
    return target


# ---------------------------------------------------------------------------------------------
# PDF


def write_retro_protocol(protocol: Protocol, path: Path | str, *, dpi: int = 150,
                         chart: bool = True) -> Path:
    """Write the protocol PDF to ``path`` (a file, or a folder for the suggested name).

    With ``chart`` the ROTI scores are also drawn as a small bar chart. The file appears only
    when complete; on failure nothing is left behind and
    :class:`kimboard.report.pdf.ReportError` is raised.
    """
    target = _target(path, protocol, ".pdf")
    retro = protocol.get("retro") or {}
    site = protocol.get("site") or {}
    info = pdf.DocumentInfo(
        title=f"{DOCUMENT_TITLE} „{retro.get('title') or ''}“",
        office=office_line(site) or "kimboard",
        subject=f"Protokoll der Retrospektive vom {fmt_date(retro.get('held_on'))}"
                + (f", {site.get('name')}" if site.get("name") else ""),
        keywords=("Retrospektive", "Protokoll", "Aktenvermerk", "Maßnahmen"),
        created=pdf.parse_timestamp(protocol.get("generated_at")),
    )
    return pdf.build_pdf(target, lambda: protocol_story(protocol, dpi=dpi, chart=chart), info)


def protocol_story(protocol: Protocol, *, dpi: int = 150, chart: bool = True) -> list[Flowable]:
    """The flowables of the protocol, in order."""
    retro = protocol.get("retro") or {}
    anonymous = bool(retro.get("anonymous", True))
    reviewed = list(protocol.get("reviewed_actions") or [])
    story: list[Flowable] = []
    story += _head(protocol)
    story += _overview(protocol)
    story += _items(protocol, anonymous)
    story += _groups(protocol)
    story += _actions(protocol, anonymous)
    if reviewed:
        story += _reviewed(reviewed)
    story += _ratings(protocol, 6 if reviewed else 5, dpi if chart else 0)
    story.append(pdf.spacer(6))
    if anonymous:
        story.append(pdf.paragraph(core.ANONYMOUS_NOTE, "small"))
    story.append(pdf.paragraph(core.TEAM_LEVEL_NOTE, "small"))
    return story


def _head(protocol: Protocol) -> list[Flowable]:
    retro = protocol.get("retro") or {}
    template = protocol.get("template") or {}
    subtitle = " · ".join(p for p in (
        retro.get("title"), fmt_date(retro.get("held_on")),
        (protocol.get("board") or {}).get("name")) if p)
    story: list[Flowable] = [
        pdf.paragraph("Aktenvermerk", "small"),
        pdf.paragraph(DOCUMENT_TITLE, "title"),
        pdf.paragraph(subtitle, "subtitle"),
        pdf.fields_table(head_fields(protocol)),
    ]
    if template.get("description"):
        story += [pdf.spacer(2), pdf.paragraph(
            f"<b>Vorlage „{pdf.escape(template.get('name') or '')}“:</b> "
            f"{pdf.escape(template['description'])}", "small", markup=True)]
    return story


def _overview(protocol: Protocol) -> list[Flowable]:
    totals = protocol.get("totals") or {}
    participants = int((protocol.get("participants") or {}).get("count") or 0)
    mood, roti = protocol.get("mood") or {}, protocol.get("roti") or {}
    ungrouped = int(protocol.get("ungrouped_items") or 0)
    figures = [
        pdf.KeyFigure("Teilnehmende", str(participants),
                      "anonym" if (protocol.get("retro") or {}).get("anonymous", True)
                      else "namentlich"),
        pdf.KeyFigure("Beiträge", str(totals.get("items", 0)),
                      f"in {totals.get('groups', 0)} Gruppen"
                      + (f", {ungrouped} ohne Gruppe" if ungrouped else "")),
        pdf.KeyFigure("Stimmen", str(totals.get("votes", 0)), "abgegeben"),
        pdf.KeyFigure("Maßnahmen", str(totals.get("actions", 0)), "vereinbart"),
        pdf.KeyFigure("Stimmung (Check-in)", _average(mood), _count_text(mood)),
        pdf.KeyFigure("ROTI", _average(roti), _count_text(roti)),
    ]
    return [pdf.heading("1. Überblick"), pdf.key_figures(figures, columns=3)]


def _average(summary: Mapping[str, Any]) -> str:
    if not summary.get("count"):
        return DASH
    return f"{fmt_decimal(summary.get('average'))} von 5"


def _count_text(summary: Mapping[str, Any]) -> str:
    count = int(summary.get("count") or 0)
    return "keine Bewertungen" if not count else (
        "1 Bewertung" if count == 1 else f"{count} Bewertungen")


@cache
def _prompt_style() -> ParagraphStyle:
    """Like a level-2 heading, but no outline entry (the swatch would show there)."""
    return ParagraphStyle("prompt_heading", parent=pdf.styles()["h2"])


def _swatch(color: str | None) -> str:
    if not color or not color.startswith("#") or len(color) != 7:
        return ""
    return f'<font color="{color}">■</font> '


def _items(protocol: Protocol, anonymous: bool) -> list[Flowable]:
    story: list[Flowable] = [pdf.heading("2. Beiträge nach Fragen")]
    prompts = list(protocol.get("prompts") or [])
    if not any(p.get("items") for p in prompts):
        story.append(pdf.paragraph("Es wurden keine Beiträge gesammelt."))
    for prompt in prompts:
        title = prompt.get("title") or NO_PROMPT
        block: list[Flowable] = [pdf.Paragraph(_swatch(prompt.get("color"))
                                               + pdf.escape(title), _prompt_style())]
        if prompt.get("description"):
            block.append(pdf.paragraph(prompt["description"], "small"))
        items = list(prompt.get("items") or [])
        headers = ["Beitrag", "Gruppe"]
        widths = [10.3 * cm, 4.7 * cm]
        if not anonymous:
            headers.append("Von")
            widths = [8.3 * cm, 4.0 * cm, 2.7 * cm]
        headers.append("Stimmen")
        widths.append(2.0 * cm)
        rows = []
        for item in items:
            row = [str(item.get("text") or ""),
                   group_title({"title": item["group"]}) if item.get("group") is not None
                   else DASH]
            if not anonymous:
                row.append(str(item.get("author") or DASH))
            row.append(str(int(item.get("votes") or 0)))
            rows.append(row)
        block.append(pdf.data_table(headers, rows, col_widths=widths,
                                    numeric=[False] * (len(headers) - 1) + [True],
                                    empty_text="Keine Beiträge."))
        # A prompt's heading never stays behind at the foot of a page.
        story.append(KeepTogether(block))
    return story


def _groups(protocol: Protocol) -> list[Flowable]:
    groups = list(protocol.get("groups") or [])
    story: list[Flowable] = [CondPageBreak(5 * cm), pdf.heading("3. Gruppen und Stimmen")]
    if not groups:
        story.append(pdf.paragraph("Die Beiträge wurden nicht gruppiert."))
        return story
    story.append(pdf.data_table(
        ["Rang", "Gruppe", "Beiträge", "Stimmen"],
        [[str(g.get("rank")), group_title(g), str(len(g.get("items") or [])),
          str(g.get("votes", 0))] for g in groups],
        col_widths=[1.6 * cm, 11.0 * cm, 2.2 * cm, 2.2 * cm],
        numeric=[True, False, True, True]))
    for group in groups:
        block: list[Flowable] = [pdf.heading(
            f"Rang {group.get('rank')}: {group_title(group)} – "
            f"{votes_text(int(group.get('votes') or 0))}", 2)]
        if group.get("group_votes") and group.get("item_votes"):
            block.append(pdf.paragraph(
                f"Davon {group['group_votes']} auf die Gruppe und {group['item_votes']} auf "
                "einzelne Beiträge.", "small"))
        texts = list(group.get("items") or [])
        if texts:
            block.append(pdf.paragraph(
                "<br/>".join(f"• {pdf.escape(t)}" for t in texts), markup=True))
        notes = str(group.get("discussion_notes") or "").strip()
        if notes:
            block.append(pdf.paragraph(f"<b>Diskussion:</b> {pdf.escape(notes)}", markup=True))
        if group.get("actions"):
            block.append(pdf.paragraph(
                "<b>Vereinbarte Maßnahmen:</b> "
                + "; ".join(pdf.escape(a) for a in group["actions"]), markup=True))
        story.append(KeepTogether(block))
    return story


def _actions(protocol: Protocol, anonymous: bool) -> list[Flowable]:
    actions = list(protocol.get("actions") or [])
    story: list[Flowable] = [CondPageBreak(4 * cm), pdf.heading("4. Maßnahmen")]
    headers = ["Nr.", "Maßnahme"]
    widths = [0.9 * cm, 9.8 * cm]
    if not anonymous:
        headers.append("Verantwortlich")
        widths = [0.9 * cm, 7.0 * cm, 2.8 * cm]
    headers += ["Fällig", "Status", "Wirkung"]
    widths += [2.0 * cm, 1.9 * cm, 2.4 * cm]
    rows = []
    for number, action in enumerate(actions, start=1):
        lines = [str(action.get("text") or "")]
        if action.get("goal_area"):
            lines.append(f"Zielbereich: {action['goal_area']}")
        if action.get("card"):
            lines.append(f"Karte {card_text(action['card'])}")
        row = [str(number), "\n".join(lines)]
        if not anonymous:
            row.append(str(action.get("owner") or DASH))
        row += [fmt_date(action.get("due_date")),
                ACTION_STATUS.get(action.get("status") or "", action.get("status") or ""),
                outcome_text(action)]
        rows.append(row)
    story.append(pdf.data_table(headers, rows, col_widths=widths,
                                numeric=[True] + [False] * (len(headers) - 1),
                                empty_text="Es wurden keine Maßnahmen vereinbart."))
    return story


def _reviewed(reviewed: Sequence[Mapping[str, Any]]) -> list[Flowable]:
    rows = [
        [str(a.get("text") or ""),
         f"{(a.get('retro') or {}).get('title') or ''} vom "
         f"{fmt_date((a.get('retro') or {}).get('held_on'))}",
         ACTION_STATUS.get(a.get("status") or "", a.get("status") or ""), outcome_text(a)]
        for a in reviewed
    ]
    return [
        pdf.heading("5. Überprüfung früherer Maßnahmen"),
        pdf.paragraph("In dieser Retrospektive wurde nachgehalten, was aus diesen Maßnahmen "
                      "früherer Retrospektiven geworden ist.", "small"),
        pdf.data_table(["Maßnahme", "aus der Retrospektive", "Status", "Wirkung"], rows,
                       col_widths=[6.6 * cm, 5.6 * cm, 2.2 * cm, 2.6 * cm],
                       numeric=[False] * 4),
    ]


def _ratings(protocol: Protocol, number: int, dpi: int) -> list[Flowable]:
    mood, roti = protocol.get("mood") or {}, protocol.get("roti") or {}
    story: list[Flowable] = [CondPageBreak(6 * cm), pdf.heading(f"{number}. Stimmung und ROTI"),
                             pdf.paragraph(f"<b>Stimmung beim Check-in:</b> "
                                           f"{pdf.escape(rating_text(mood))}", markup=True),
                             pdf.paragraph(f"<b>ROTI (Return on Time Invested):</b> "
                                           f"{pdf.escape(rating_text(roti))}", markup=True)]
    if not roti.get("count"):
        return story
    distribution = list(roti.get("distribution") or [0] * 5) + [0] * 5
    table = pdf.data_table(["ROTI", "Anzahl"],
                           [[label, str(distribution[i])] for i, label in enumerate(ROTI_SCALE)],
                           col_widths=[8.0 * cm, 2.2 * cm], numeric=[False, True])
    if dpi <= 0:
        return [*story, table]
    image = pdf.png_image(charts.figure_png(roti_distribution_figure(protocol), dpi=dpi),
                          width=11 * cm)
    return [*story, table, pdf.spacer(3),
            pdf.figure_block(image, describe_roti_distribution(protocol))]


# ---------------------------------------------------------------------------------------------
# Charts: the ROTI scores of one retrospective, the ROTI trend across retrospectives


@charts._styled  # the report style, as the sprint charts
def roti_distribution_figure(protocol: Protocol) -> Figure:
    """How often each ROTI score was given (bars 1–5)."""
    fig = Figure(figsize=(5.0, 2.4), layout="constrained")
    ax = fig.add_subplot()
    ax.set_title("ROTI: Anzahl je Bewertung", fontfamily=charts.FONT_FAMILY)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    distribution = (list((protocol.get("roti") or {}).get("distribution") or []) + [0] * 5)[:5]
    bars = ax.bar(range(1, 6), distribution, 0.6, color=charts.BLUE)
    ax.bar_label(bars, labels=[str(n) for n in distribution], padding=2, fontsize=8,
                 fontfamily=charts.FONT_FAMILY)
    ax.set_xticks(range(1, 6), ["1", "2", "3", "4", "5"])
    ax.set_xlabel("Bewertung (1 = Zeit verschwendet, 5 = sehr wertvoll)",
                  fontfamily=charts.FONT_FAMILY)
    ax.set_ylabel("Anzahl", fontfamily=charts.FONT_FAMILY)
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.set_ylim(0, max(distribution + [1]) * 1.25)
    ax.grid(axis="y", color=charts.LIGHT_GREY, linewidth=0.8)
    ax.set_axisbelow(True)
    return fig


def describe_roti_distribution(protocol: Protocol) -> str:
    roti = protocol.get("roti") or {}
    count = int(roti.get("count") or 0)
    if not count:
        return "Es wurden keine ROTI-Bewertungen abgegeben."
    distribution = (list(roti.get("distribution") or []) + [0] * 5)[:5]
    parts = [f"{n}× die {score}" for score, n in enumerate(distribution, start=1) if n]
    return (f"ROTI-Bewertungen: {', '.join(parts)}; im Mittel {fmt_decimal(roti.get('average'))} "
            f"von 5 ({count} {'Bewertung' if count == 1 else 'Bewertungen'}).")


@charts._styled
def roti_trend_figure(history: History) -> Figure:
    """The average ROTI of each retrospective over time (1–5), with the check-in mood."""
    fig = Figure(figsize=charts.FIGSIZE, layout="constrained")
    ax = fig.add_subplot()
    ax.set_title("ROTI je Retrospektive (Durchschnitt, 1–5)", fontfamily=charts.FONT_FAMILY)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.grid(axis="y", color=charts.LIGHT_GREY, linewidth=0.8)
    ax.set_axisbelow(True)
    trend = list(history.get("roti_trend") or [])
    if not trend:
        ax.set_xticks([])
        ax.set_yticks([])
        ax.grid(False)
        for spine in ax.spines.values():
            spine.set_visible(False)
        ax.text(0.5, 0.5, "Noch keine ROTI-Bewertungen", transform=ax.transAxes, ha="center",
                va="center", fontsize=11, color=charts.GREY, fontfamily=charts.FONT_FAMILY)
        return fig
    x = list(range(len(trend)))
    roti = [float(t.get("average") or 0) for t in trend]
    ax.plot(x, roti, color=charts.BLUE, linewidth=2, marker="o", markersize=6, label="ROTI")
    for xi, value in zip(x, roti, strict=True):
        ax.annotate(fmt_decimal(value), (xi, value), textcoords="offset points", xytext=(0, 7),
                    ha="center", fontsize=8, fontfamily=charts.FONT_FAMILY)
    moods = [t.get("mood_average") for t in trend]
    if any(m is not None for m in moods):
        ax.plot(x, [float("nan") if m is None else float(m) for m in moods],
                color=charts.ORANGE, linewidth=1.4, linestyle=(0, (4, 2)), marker="D",
                markersize=4, label="Stimmung (Check-in)")
    labels = [fmt_date(t.get("held_on")) for t in trend]
    rotate = len(trend) > 6
    ax.set_xticks(x, labels, rotation=30 if rotate else 0, ha="right" if rotate else "center")
    ax.set_xlim(-0.5, len(trend) - 0.5)
    ax.set_ylim(0.8, 5.4)
    ax.set_yticks([1, 2, 3, 4, 5])
    ax.set_xlabel("Retrospektive am", fontfamily=charts.FONT_FAMILY)
    ax.set_ylabel("Bewertung", fontfamily=charts.FONT_FAMILY)
    handles, _labels = ax.get_legend_handles_labels()
    ax.legend(handles=handles, loc="lower right", bbox_to_anchor=(1.0, 1.0),
              ncols=len(handles), borderaxespad=0.2, frameon=False,
              prop={"family": charts.FONT_FAMILY, "size": 8.5})
    return fig


def describe_roti_trend(history: History) -> str:
    """The ROTI trend in one or two German sentences (for screen readers, beneath the chart)."""
    trend = list(history.get("roti_trend") or [])
    if not trend:
        return "Es gibt noch keine ROTI-Bewertungen aus Retrospektiven."
    first, last = trend[0], trend[-1]
    if len(trend) == 1:
        return (f"Eine Retrospektive mit ROTI-Bewertung: am {fmt_date(first.get('held_on'))} "
                f"im Mittel {fmt_decimal(first.get('average'))} von 5.")
    values = [float(t.get("average") or 0) for t in trend]
    best = max(range(len(trend)), key=lambda i: values[i])
    worst = min(range(len(trend)), key=lambda i: values[i])
    change = values[-1] - values[0]
    direction = ("gestiegen" if change > 0.05 else "gesunken" if change < -0.05
                 else "etwa gleich geblieben")
    return (f"{len(trend)} Retrospektiven mit ROTI-Bewertung vom "
            f"{fmt_date(first.get('held_on'))} bis {fmt_date(last.get('held_on'))}. "
            f"Der ROTI ist von {fmt_decimal(values[0])} auf {fmt_decimal(values[-1])} "
            f"{direction}; am höchsten am {fmt_date(trend[best].get('held_on'))} "
            f"({fmt_decimal(values[best])}), am niedrigsten am "
            f"{fmt_date(trend[worst].get('held_on'))} ({fmt_decimal(values[worst])}).")


def roti_trend_table(history: History) -> tuple[list[str], list[list[str]]]:
    """Headers and rows of the table alternative to the ROTI trend chart."""
    headers = ["Datum", "Retrospektive", "ROTI Ø", "Bewertungen", "Stimmung Ø"]
    rows = [[fmt_date(t.get("held_on")), str(t.get("title") or ""),
             fmt_decimal(t.get("average")), str(t.get("count") or 0),
             fmt_decimal(t.get("mood_average"))]
            for t in history.get("roti_trend") or []]
    return headers, rows
