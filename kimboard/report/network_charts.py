"""Charts of the state-wide network overview, with text descriptions and table alternatives.

Input is the dict of :func:`kimboard.core.network.network_overview`. As in
:mod:`kimboard.report.charts` every ``*_figure`` returns a matplotlib ``Figure`` without
rendering it (the PDF makes a PNG, the UI wraps the same figure in a Qt canvas), in the same
look (Okabe–Ito colours, DejaVu Sans), never through pyplot.

Two charts: the solution approaches of each office by status (stacked bars), and the
transfer between offices — approaches an office passed on and approaches it took over.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

from matplotlib import ticker
from matplotlib.figure import Figure

from kimboard.report.charts import (
    BLUE,
    FONT_FAMILY,
    GREEN,
    LIGHT_GREY,
    ORANGE,
    SKY_BLUE,
    VERMILLION,
    _new_axes,
    _no_data,
    _styled,
    _truncate,
    figure_png,
    fmt_number,
)

Overview = Mapping[str, Any]

STATUS_BY_OFFICE: Final = "status_by_office"
TRANSFERS: Final = "transfers"
#: Every chart kind, in the order the report and the UI show them.
CHARTS: Final = (STATUS_BY_OFFICE, TRANSFERS)
CHART_TITLES: Final[Mapping[str, str]] = {
    STATUS_BY_OFFICE: "Lösungsansätze nach Status je Dienststelle",
    TRANSFERS: "Transfer zwischen Dienststellen",
}

#: German names of the statuses (as the core's messages name them).
STATUS_NAMES: Final[Mapping[str, str]] = {
    "idea": "Idee",
    "trial": "in Erprobung",
    "practice": "in der Praxis",
    "transferred": "von anderen übernommen",
}
STATUS_COLOURS: Final[Mapping[str, str]] = {
    "idea": SKY_BLUE, "trial": ORANGE, "practice": GREEN, "transferred": BLUE,
}
STATUSES: Final = tuple(STATUS_NAMES)
NO_OFFICES: Final = "Keine Dienststellen"
NO_TRANSFERS: Final = "Noch keine Übernahmen"

__all__ = [
    "CHARTS", "CHART_TITLES", "STATUSES", "STATUS_NAMES", "build_figure", "chart_table",
    "describe", "figure_png", "has_data",
]


def _offices(overview: Overview) -> list[Mapping[str, Any]]:
    return list(overview.get("offices") or [])


def _label(office: Mapping[str, Any]) -> str:
    return str(office.get("short_code") or _truncate(str(office.get("name") or ""), 24))


def _height(rows: int) -> float:
    return max(3.0, min(14.0, 1.6 + 0.34 * rows))


def _bar_axes(title: str, rows: int) -> tuple[Figure, Any]:
    fig, ax = _new_axes(title)
    fig.set_size_inches(7.5, _height(rows))
    ax.grid(False)
    ax.grid(axis="x", color=LIGHT_GREY, linewidth=0.8)
    ax.xaxis.set_major_locator(ticker.MaxNLocator(integer=True))
    ax.xaxis.set_major_formatter(ticker.FuncFormatter(lambda v, _pos: fmt_number(v, 0)))
    ax.yaxis.set_major_formatter(ticker.NullFormatter())
    ax.tick_params(axis="y", length=0)
    return fig, ax


def _legend_below(fig: Figure, ax: Any) -> None:
    """Beneath the plot, centred: a legend beside the title would cover it."""
    handles, labels = ax.get_legend_handles_labels()
    fig.legend(handles, labels, loc="outside lower center", ncols=len(handles),
               handlelength=1.8, columnspacing=1.4, prop={"family": FONT_FAMILY, "size": 8.5})


@_styled
def status_by_office_figure(overview: Overview) -> Figure:
    """Stacked horizontal bars: per office its approaches by status (first office on top)."""
    offices = _offices(overview)
    fig, ax = _bar_axes(CHART_TITLES[STATUS_BY_OFFICE], len(offices))
    if not offices or not any((o.get("solutions") or {}).get("total") for o in offices):
        _no_data(ax, NO_OFFICES if not offices else "Keine Lösungsansätze")
        return fig
    y = list(range(len(offices)))[::-1]
    left = [0.0] * len(offices)
    for status in STATUSES:
        values = [float(((o.get("solutions") or {}).get("by_status") or {}).get(status, 0))
                  for o in offices]
        ax.barh(y, values, 0.62, left=left, color=STATUS_COLOURS[status],
                label=STATUS_NAMES[status], edgecolor="white", linewidth=0.6)
        left = [a + b for a, b in zip(left, values, strict=True)]
    for yi, total in zip(y, left, strict=True):
        if total:
            ax.text(total + 0.08, yi, fmt_number(total, 0), va="center", fontsize=8,
                    fontfamily=FONT_FAMILY)
    ax.set_yticks(y, [_label(o) for o in offices], fontfamily=FONT_FAMILY)
    ax.set_xlabel("Lösungsansätze", fontfamily=FONT_FAMILY)
    ax.set_xlim(0, max(left) * 1.12 + 0.5)
    _legend_below(fig, ax)
    return fig


@_styled
def transfers_figure(overview: Overview) -> Figure:
    """Grouped horizontal bars: per office, approaches others took over from it ("weiter-
    gegeben") and approaches it took over from others ("übernommen")."""
    offices = _offices(overview)
    fig, ax = _bar_axes(CHART_TITLES[TRANSFERS], len(offices))
    given = [float((o.get("solutions") or {}).get("adopted_by_others", 0)) for o in offices]
    taken = [float((o.get("solutions") or {}).get("adopted_from_others", 0)) for o in offices]
    if not offices or (not any(given) and not any(taken)):
        _no_data(ax, NO_OFFICES if not offices else NO_TRANSFERS)
        return fig
    y = list(range(len(offices)))[::-1]
    h = 0.36
    bars_given = ax.barh([v + h / 2 for v in y], given, h, color=BLUE,
                         label="von anderen übernommen")
    bars_taken = ax.barh([v - h / 2 for v in y], taken, h, color=VERMILLION,
                         label="selbst übernommen")
    for bars, values in ((bars_given, given), (bars_taken, taken)):
        ax.bar_label(bars, labels=[fmt_number(v, 0) if v else "" for v in values], padding=2,
                     fontsize=8, fontfamily=FONT_FAMILY)
    ax.set_yticks(y, [_label(o) for o in offices], fontfamily=FONT_FAMILY)
    ax.set_xlabel("Lösungsansätze", fontfamily=FONT_FAMILY)
    ax.set_xlim(0, max(given + taken) * 1.15 + 0.5)
    _legend_below(fig, ax)
    return fig


def has_data(kind: str, overview: Overview) -> bool:
    offices = _offices(overview)
    if kind == STATUS_BY_OFFICE:
        return any((o.get("solutions") or {}).get("total") for o in offices)
    if kind == TRANSFERS:
        return any((o.get("solutions") or {}).get("adopted_by_others")
                   or (o.get("solutions") or {}).get("adopted_from_others") for o in offices)
    raise ValueError(f"unknown chart kind {kind!r}; expected one of {CHARTS}")


def build_figure(kind: str, overview: Overview) -> Figure:
    if kind == STATUS_BY_OFFICE:
        return status_by_office_figure(overview)
    if kind == TRANSFERS:
        return transfers_figure(overview)
    raise ValueError(f"unknown chart kind {kind!r}; expected one of {CHARTS}")


# ---------------------------------------------------------------------------------------------
# Descriptions and tables


def _counted(n: int, one: str, many: str) -> str:
    return one if n == 1 else many.format(n=fmt_number(n, 0))


def describe(kind: str, overview: Overview) -> str:
    """A plain German summary of the chart (screen readers; beneath the chart in the PDF)."""
    offices = _offices(overview)
    if not offices:
        return "Keine Dienststellen im gewählten Bereich."
    if kind == STATUS_BY_OFFICE:
        totals = {s: sum(int(((o.get("solutions") or {}).get("by_status") or {}).get(s, 0))
                         for o in offices) for s in STATUSES}
        total = sum(totals.values())
        if not total:
            return "Die Dienststellen haben noch keine Lösungsansätze erfasst."
        parts = ", ".join(f"{fmt_number(totals[s], 0)} {STATUS_NAMES[s]}" for s in STATUSES)
        top = max(offices, key=lambda o: (o.get("solutions") or {}).get("total", 0))
        return (
            f"{_counted(total, '1 Lösungsansatz', '{n} Lösungsansätze')} in "
            f"{_counted(len(offices), '1 Dienststelle', '{n} Dienststellen')}: {parts}. "
            f"Die meisten hat {top.get('name')} "
            f"({fmt_number((top.get('solutions') or {}).get('total', 0), 0)})."
        )
    if kind == TRANSFERS:
        adoptions = sum(int((o.get("solutions") or {}).get("adopted_from_others", 0))
                        for o in offices)
        given = [o for o in offices if (o.get("solutions") or {}).get("adopted_by_others")]
        if not adoptions and not given:
            return "Bisher hat keine Dienststelle einen Lösungsansatz einer anderen übernommen."
        names = ", ".join(str(o.get("name")) for o in given) or "–"
        return (
            f"{_counted(adoptions, '1 Übernahme', '{n} Übernahmen')} durch Dienststellen im "
            f"gewählten Bereich. Ansätze weitergegeben haben: {names}."
        )
    raise ValueError(f"unknown chart kind {kind!r}; expected one of {CHARTS}")


def chart_table(kind: str, overview: Overview) -> tuple[list[str], list[list[str]]]:
    """The chart's figures as a table: headers and rows of text."""
    offices = _offices(overview)
    if kind == STATUS_BY_OFFICE:
        headers = ["Dienststelle", *(STATUS_NAMES[s] for s in STATUSES), "gesamt"]
        rows = []
        for o in offices:
            by = (o.get("solutions") or {}).get("by_status") or {}
            rows.append([str(o.get("name")), *(fmt_number(by.get(s, 0), 0) for s in STATUSES),
                         fmt_number((o.get("solutions") or {}).get("total", 0), 0)])
        return headers, rows
    if kind == TRANSFERS:
        headers = ["Dienststelle", "von anderen übernommen", "selbst übernommen"]
        return headers, [
            [str(o.get("name")),
             fmt_number((o.get("solutions") or {}).get("adopted_by_others", 0), 0),
             fmt_number((o.get("solutions") or {}).get("adopted_from_others", 0), 0)]
            for o in offices]
    raise ValueError(f"unknown chart kind {kind!r}; expected one of {CHARTS}")
