"""Sprint and flow charts as matplotlib figures, with German texts and table alternatives.

Every ``*_figure`` function returns a :class:`matplotlib.figure.Figure` and never renders it:
the PDF report turns it into a PNG with :func:`figure_png`, the UI wraps the very same figure in
a ``FigureCanvasQTAgg``. ``pyplot`` is never used and the global backend is left alone.

Each chart also has a plain-text summary (``describe_*``, for screen readers and beneath the
chart in the PDF) and a table alternative (:func:`chart_table`, shown in a table view).
Everything is at team level: no chart, text or table ever names a person.

All inputs are the JSON-like dicts of :mod:`kimboard.core.metrics`; missing keys, empty lists
and ``None`` (no sprint on a Kanban board) give an empty chart with a short German note.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any, Final, ParamSpec

import matplotlib
from matplotlib import dates as mdates
from matplotlib import ticker
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

Metrics = Mapping[str, Any]
_P = ParamSpec("_P")

# ---------------------------------------------------------------------------------------------
# Chart kinds

BURNDOWN: Final = "burndown"
BURNUP: Final = "burnup"
VELOCITY: Final = "velocity"
CFD: Final = "cfd"
CYCLE_TIME: Final = "cycle_time"
THROUGHPUT: Final = "throughput"

#: Every chart kind, in the order the report and the UI show them.
CHARTS: Final = (BURNDOWN, BURNUP, VELOCITY, CFD, CYCLE_TIME, THROUGHPUT)

#: German display names of the chart kinds (tab titles, headings).
CHART_TITLES: Final[Mapping[str, str]] = {
    BURNDOWN: "Burndown",
    BURNUP: "Burnup",
    VELOCITY: "Velocity",
    CFD: "Kumulatives Flussdiagramm",
    CYCLE_TIME: "Zykluszeit",
    THROUGHPUT: "Durchsatz",
}

#: Chart kinds that take a ``unit`` ("points" or "cards").
UNIT_CHARTS: Final = (BURNDOWN, BURNUP, VELOCITY)
UNITS: Final = ("points", "cards")

# ---------------------------------------------------------------------------------------------
# Look: Okabe–Ito palette (colour-blind safe), DejaVu Sans as in the PDF

FONT_FAMILY: Final = "DejaVu Sans"
FONT_DIR: Final = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
FONT_REGULAR: Final = FONT_DIR / "DejaVuSans.ttf"
FONT_BOLD: Final = FONT_DIR / "DejaVuSans-Bold.ttf"

FIGSIZE: Final = (7.5, 3.6)

BLACK: Final = "#000000"
ORANGE: Final = "#E69F00"
SKY_BLUE: Final = "#56B4E9"
GREEN: Final = "#009E73"
YELLOW: Final = "#F0E442"
BLUE: Final = "#0072B2"
VERMILLION: Final = "#D55E00"
PURPLE: Final = "#CC79A7"
GREY: Final = "#595959"
LIGHT_GREY: Final = "#EBEBEB"
TEXT: Final = "#1A1A1A"

#: Colours of the cumulative flow diagram's columns in board order (done is green, backlog
#: grey); beyond these the colours repeat with hatching.
_CFD_COLOURS: Final = (SKY_BLUE, ORANGE, PURPLE, VERMILLION, YELLOW, BLUE)
_BACKLOG_GREY: Final = "#BBBBBB"

_RC: Final[Mapping[str, Any]] = {
    "font.family": "sans-serif",
    "font.sans-serif": [FONT_FAMILY],
    "font.size": 9.5,
    "axes.titlesize": 11,
    "axes.titleweight": "bold",
    "axes.titlelocation": "left",
    "axes.labelsize": 9.5,
    "axes.edgecolor": GREY,
    "axes.labelcolor": TEXT,
    "axes.linewidth": 0.8,
    "axes.unicode_minus": True,
    "xtick.color": TEXT,
    "ytick.color": TEXT,
    "xtick.labelsize": 8.5,
    "ytick.labelsize": 8.5,
    "legend.fontsize": 8.5,
    "legend.frameon": False,
    "text.color": TEXT,
    "figure.facecolor": "white",
    "axes.facecolor": "white",
}

_UNIT_NAMES: Final[Mapping[str, tuple[str, str, str]]] = {
    # singular, plural, dative plural
    "points": ("Punkt", "Punkte", "Punkten"),
    "cards": ("Karte", "Karten", "Karten"),
}
_WEEKDAYS: Final = ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So")
_MINUS: Final = "\u2212"
_DASH: Final = "–"
NO_SPRINT: Final = "Keine Sprint-Daten"
NO_DATA: Final = "Keine Daten"


# ---------------------------------------------------------------------------------------------
# German formatting


def fmt_number(value: float | int | None, decimals: int = 1) -> str:
    """``3.5`` → ``"3,5"``, ``21.0`` → ``"21"``, ``1234`` → ``"1.234"``, ``None`` → ``"–"``."""
    if value is None:
        return _DASH
    number = float(value)
    if math.isnan(number):
        return _DASH
    # Commercial rounding (half up), as readers expect: 19,25 → 19,3.
    rounded = Decimal(repr(abs(number))).quantize(Decimal(1).scaleb(-decimals), ROUND_HALF_UP)
    negative = number < 0 and rounded != 0  # no "−0"
    text = f"{rounded:,.{decimals}f}"
    if decimals:
        text = text.rstrip("0").rstrip(".")
    text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return (_MINUS + text) if negative else text


def fmt_signed(value: float | int, decimals: int = 1) -> str:
    """``3`` → ``"+3"``, ``-2.5`` → ``"−2,5"``, ``0`` → ``"±0"``."""
    text = fmt_number(value, decimals)
    if text == "0":
        return "±0"
    return text if text.startswith(_MINUS) else "+" + text


def fmt_percent(part: float, whole: float) -> str:
    if not whole:
        return _DASH
    return f"{fmt_number(100.0 * part / whole, 0)} %"


def parse_date(value: str | dt.date | None) -> dt.date | None:
    """An ISO date, or the date of an ISO datetime; ``None`` for empty or invalid values."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def fmt_date(value: str | dt.date | None) -> str:
    """``"2026-11-13"`` → ``"13.11.2026"``."""
    day = parse_date(value)
    return day.strftime("%d.%m.%Y") if day else _DASH


def fmt_day(value: str | dt.date | None) -> str:
    """``"2026-11-05"`` → ``"05.11."``."""
    day = parse_date(value)
    return day.strftime("%d.%m.") if day else _DASH


def fmt_week(week: str) -> str:
    """``"2026-W45"`` → ``"KW 45/2026"``."""
    year, _, number = week.partition("-W")
    return f"KW {number}/{year}" if number else week


def quantity(value: float | int, unit: str, *, signed: bool = False) -> str:
    """``quantity(3, "points")`` → ``"3 Punkte"``; ``1`` gives the singular."""
    singular, plural, _ = _UNIT_NAMES[unit]
    text = fmt_signed(value) if signed else fmt_number(value)
    return f"{text} {singular if abs(float(value)) == 1 else plural}"


def _days(value: float) -> str:
    return f"{fmt_number(value)} {'Tag' if value == 1 else 'Tage'}"


def _check_unit(unit: str) -> None:
    if unit not in UNITS:
        raise ValueError(f"unknown unit {unit!r}; expected one of {UNITS}")


def _truncate(text: str, limit: int) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _series(values: Iterable[float | int | None] | None) -> list[float]:
    """Numbers as floats with ``nan`` for gaps (matplotlib breaks the line there)."""
    return [math.nan if v is None else float(v) for v in (values or [])]


def _last_known(values: Sequence[float | int | None]) -> int | None:
    for index in range(len(values) - 1, -1, -1):
        if values[index] is not None:
            return index
    return None


def preferred_unit(metrics: Metrics) -> str:
    """``"points"`` when the sprint was estimated in points, else ``"cards"``."""
    burndown = metrics.get("burndown") or {}
    committed = burndown.get("committed") or {}
    if committed.get("points"):
        return "points"
    if committed.get("cards"):
        return "cards"
    sprints = (metrics.get("velocity") or {}).get("sprints") or []
    if any(s.get("committed_points") or s.get("completed_points") for s in sprints):
        return "points"
    return "cards" if sprints or burndown else "points"


# ---------------------------------------------------------------------------------------------
# Figure helpers


def _styled(builder: Callable[_P, Figure]) -> Callable[_P, Figure]:
    """Build the figure with the report style; the global rcParams stay untouched."""

    @functools.wraps(builder)
    def wrapper(*args: _P.args, **kwargs: _P.kwargs) -> Figure:
        with matplotlib.rc_context(dict(_RC)):  # type: ignore[arg-type]
            return builder(*args, **kwargs)

    return wrapper


def _new_axes(title: str) -> tuple[Figure, Axes]:
    fig = Figure(figsize=FIGSIZE, layout="constrained")
    ax = fig.add_subplot()
    ax.set_title(title, fontfamily=FONT_FAMILY)
    ax.tick_params(labelfontfamily=FONT_FAMILY)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.grid(axis="y", color=LIGHT_GREY, linewidth=0.8)
    ax.set_axisbelow(True)
    ax.yaxis.set_major_formatter(ticker.FuncFormatter(lambda v, _pos: fmt_number(v, 2)))
    return fig, ax


def _no_data(ax: Axes, message: str) -> None:
    ax.set_xticks([])
    ax.set_yticks([])
    ax.grid(False)
    for spine in ax.spines.values():
        spine.set_visible(False)
    ax.text(
        0.5, 0.5, message, transform=ax.transAxes, ha="center", va="center",
        fontsize=11, color=GREY, fontfamily=FONT_FAMILY,
    )


def _legend(ax: Axes, handles: Sequence[Any] | None = None) -> None:
    """One row above the plot, right-aligned beside the left-aligned title: never on the data."""
    if handles is None:
        handles, _labels = ax.get_legend_handles_labels()
    ax.legend(
        handles=list(handles), loc="lower right", bbox_to_anchor=(1.0, 1.0),
        ncols=len(handles), borderaxespad=0.2, handlelength=1.8, columnspacing=1.2,
        prop={"family": FONT_FAMILY, "size": 8.5},
    )


def _day_axis(ax: Axes, days: Sequence[dt.date]) -> None:
    """Positions 0 (sprint start) … n (end of the last day); day *i* ends at position *i*."""
    count = len(days)
    step = max(1, math.ceil(count / 15))
    positions = [0, *range(step, count + 1, step)]
    labels = ["Beginn"] + [
        f"{_WEEKDAYS[days[p - 1].weekday()]}\n{days[p - 1].strftime('%d.%m.')}"
        for p in positions[1:]
    ]
    ax.set_xticks(positions, labels)
    ax.set_xlim(-0.3, count + 0.3)
    ax.set_xlabel("Tage (Stand jeweils am Tagesende)", fontfamily=FONT_FAMILY)


def _shade_weekends(ax: Axes, days: Sequence[dt.date]) -> bool:
    shaded = False
    for index, day in enumerate(days, start=1):
        if day.weekday() >= 5:
            ax.axvspan(index - 1, index, color=LIGHT_GREY, alpha=0.7, linewidth=0, zorder=0)
            shaded = True
    return shaded


def _integer_axis(ax: Axes) -> None:
    ax.yaxis.set_major_locator(ticker.MaxNLocator(integer=True))


def _date_axis(ax: Axes, days: Sequence[dt.date], label: str) -> None:
    span = (max(days) - min(days)).days + 1 if days else 1
    ax.xaxis.set_major_locator(mdates.DayLocator(interval=max(1, math.ceil(span / 12))))
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%d.%m."))
    ax.set_xlabel(label, fontfamily=FONT_FAMILY)


def _date_number(day: dt.date) -> float:
    """A date as matplotlib's axis number (the date locators and formatters read these)."""
    return float(mdates.date2num(day))


def _date_numbers(days: Iterable[dt.date]) -> list[float]:
    return [_date_number(day) for day in days]


def _unit_label(unit: str) -> str:
    return _UNIT_NAMES[unit][1]


def _scope_changes_by_day(
    burndown: Mapping[str, Any], unit: str
) -> list[tuple[int, dt.date, float]]:
    """Net scope change per day as (position on the day axis, date, delta), unit-relevant only."""
    days = [parse_date(d) for d in burndown.get("days") or []]
    first = days[0] if days else None
    net: dict[dt.date, float] = {}
    for change in burndown.get("scope_changes") or []:
        when = parse_date(change.get("date"))
        delta = float(change.get(unit) or 0)
        if when is None or not delta:
            continue
        net[when] = net.get(when, 0.0) + delta
    result = []
    for when, delta in sorted(net.items()):
        if when in days:
            position = days.index(when) + 1
        elif first is not None and when < first:
            position = 0
        else:
            position = len(days)
        result.append((position, when, delta))
    return result


def _relevant_changes(burndown: Mapping[str, Any], unit: str) -> list[Mapping[str, Any]]:
    return [
        c for c in burndown.get("scope_changes") or []
        if float(c.get(unit) or 0) and parse_date(c.get("date")) is not None
    ]


# ---------------------------------------------------------------------------------------------
# Figures


@_styled
def burndown_figure(metrics: Metrics, unit: str = "points") -> Figure:
    """Remaining work per day against the dashed ideal line; scope changes are marked."""
    _check_unit(unit)
    fig, ax = _new_axes(f"Burndown ({_unit_label(unit)})")
    burndown = metrics.get("burndown")
    if not burndown or not burndown.get("days"):
        _no_data(ax, NO_SPRINT)
        return fig
    days = [parse_date(d) or dt.date.min for d in burndown["days"]]
    series = burndown.get(unit) or {}
    committed = float((burndown.get("committed") or {}).get(unit) or 0)
    remaining = [committed, *_series(series.get("remaining"))]
    ideal = [committed, *_series(series.get("ideal"))]
    positions = list(range(len(days) + 1))
    weekend = _shade_weekends(ax, days)
    ax.plot(positions[: len(ideal)], ideal, linestyle=(0, (5, 3)), color=GREY, linewidth=1.5,
            label="Ideallinie")
    ax.plot(positions[: len(remaining)], remaining, color=BLUE, linewidth=2.2, marker="o",
            markersize=3.5, label="Offen")
    changes = _scope_changes_by_day(burndown, unit)
    for position, _when, delta in changes:
        value = remaining[position] if position < len(remaining) else math.nan
        if math.isnan(value):
            value = ideal[position] if position < len(ideal) else committed
        ax.plot([position], [value], linestyle="none", marker="^" if delta > 0 else "v",
                markersize=8, color=VERMILLION, markeredgecolor="white", zorder=5)
        ax.annotate(fmt_signed(delta), (position, value), xytext=(0, 9),
                    textcoords="offset points", ha="center", fontsize=8, color=VERMILLION,
                    fontweight="bold", fontfamily=FONT_FAMILY)
    _day_axis(ax, days)
    ax.set_ylabel(_unit_label(unit), fontfamily=FONT_FAMILY)
    if unit == "cards":
        _integer_axis(ax)
    ax.set_ylim(bottom=0)
    ax.margins(y=0.15)
    ax.set_ylim(bottom=0)
    handles: list[Any] = [
        Line2D([], [], color=BLUE, linewidth=2.2, marker="o", markersize=3.5, label="Offen"),
        Line2D([], [], color=GREY, linewidth=1.5, linestyle=(0, (5, 3)), label="Ideallinie"),
    ]
    if changes:
        handles.append(Line2D([], [], linestyle="none", marker="^", color=VERMILLION,
                              markersize=7, label="Umfangsänderung"))
    if weekend:
        handles.append(Patch(color=LIGHT_GREY, label="Wochenende"))
    _legend(ax, handles)
    return fig


@_styled
def burnup_figure(metrics: Metrics, unit: str = "points") -> Figure:
    """Total scope and completed work per day."""
    _check_unit(unit)
    fig, ax = _new_axes(f"Burnup ({_unit_label(unit)})")
    burnup = metrics.get("burnup")
    if not burnup or not burnup.get("days"):
        _no_data(ax, NO_SPRINT)
        return fig
    days = [parse_date(d) or dt.date.min for d in burnup["days"]]
    scope_values = _series((burnup.get("scope") or {}).get(unit))
    done_values = _series((burnup.get("done") or {}).get(unit))
    scope_start = _burnup_start_scope(metrics, unit)
    scope = [scope_start, *scope_values]
    done = [0.0, *done_values]
    positions = list(range(len(days) + 1))
    weekend = _shade_weekends(ax, days)
    ax.plot(positions[: len(scope)], scope, color=VERMILLION, linewidth=2, drawstyle="default",
            marker="s", markersize=3, label="Umfang")
    ax.plot(positions[: len(done)], done, color=GREEN, linewidth=2.2, marker="o",
            markersize=3.5, label="Erledigt")
    ax.fill_between(positions[: len(done)], done, color=GREEN, alpha=0.12, linewidth=0)
    _day_axis(ax, days)
    ax.set_ylabel(_unit_label(unit), fontfamily=FONT_FAMILY)
    if unit == "cards":
        _integer_axis(ax)
    ax.margins(y=0.12)
    ax.set_ylim(bottom=0)
    handles: list[Any] = [
        Line2D([], [], color=VERMILLION, linewidth=2, marker="s", markersize=3, label="Umfang"),
        Line2D([], [], color=GREEN, linewidth=2.2, marker="o", markersize=3.5, label="Erledigt"),
    ]
    if weekend:
        handles.append(Patch(color=LIGHT_GREY, label="Wochenende"))
    _legend(ax, handles)
    return fig


def _burnup_start_scope(metrics: Metrics, unit: str) -> float:
    burndown = metrics.get("burndown") or {}
    committed = (burndown.get("committed") or {}).get(unit)
    if committed is not None:
        return float(committed)
    values = ((metrics.get("burnup") or {}).get("scope") or {}).get(unit) or []
    first = next((v for v in values if v is not None), None)
    return float(first) if first is not None else 0.0


def _velocity_values(metrics: Metrics, unit: str) -> tuple[
    list[Mapping[str, Any]], list[float], list[float], list[float]
]:
    velocity = metrics.get("velocity") or {}
    sprints = list(velocity.get("sprints") or [])
    committed = [float(s.get(f"committed_{unit}") or 0) for s in sprints]
    completed = [float(s.get(f"completed_{unit}") or 0) for s in sprints]
    if unit == "points":
        rolling = _series(s.get("rolling_average_points") for s in sprints)
    else:
        window = int(velocity.get("window") or 3)
        rolling = []
        for index in range(len(completed)):
            recent = completed[max(0, index - window + 1) : index + 1]
            rolling.append(sum(recent) / len(recent))
    return sprints, committed, completed, rolling


@_styled
def velocity_figure(metrics: Metrics, unit: str = "points") -> Figure:
    """Committed against completed work per sprint with the rolling average."""
    _check_unit(unit)
    fig, ax = _new_axes(f"Velocity ({_unit_label(unit)} je Sprint)")
    sprints, committed, completed, rolling = _velocity_values(metrics, unit)
    if not sprints:
        _no_data(ax, "Noch keine Sprints")
        return fig
    x = list(range(len(sprints)))
    width = 0.38
    bars_committed = ax.bar([i - width / 2 for i in x], committed, width, color=SKY_BLUE,
                            edgecolor=BLUE, linewidth=0.8, label="Zugesagt")
    bars_completed = ax.bar([i + width / 2 for i in x], completed, width, color=BLUE,
                            label="Erledigt")
    for bars, values in ((bars_committed, committed), (bars_completed, completed)):
        for label in ax.bar_label(bars, labels=[fmt_number(v) for v in values], padding=2,
                                  fontsize=7.5, fontfamily=FONT_FAMILY):
            # The average line may cross a label: keep the figure readable above it.
            label.set_bbox({"facecolor": "white", "edgecolor": "none", "pad": 0.6})
            label.set_zorder(6)
    window = int((metrics.get("velocity") or {}).get("window") or 3)
    if any(not math.isnan(v) for v in rolling):
        ax.plot(x, rolling, color=ORANGE, linewidth=2, marker="D", markersize=4,
                label=f"Gleitender Ø ({window} Sprints)", zorder=4)
    rotate = len(sprints) > 6
    ax.set_xticks(x, [_truncate(s.get("name") or "", 18) for s in sprints],
                  rotation=30 if rotate else 0, ha="right" if rotate else "center")
    ax.set_xlabel("Sprint", fontfamily=FONT_FAMILY)
    ax.set_ylabel(_unit_label(unit), fontfamily=FONT_FAMILY)
    if unit == "cards":
        _integer_axis(ax)
    ax.margins(y=0.18)
    ax.set_ylim(bottom=0)
    handles, labels = ax.get_legend_handles_labels()
    order = sorted(range(len(labels)), key=lambda i: labels[i].startswith("Gleitender"))
    _legend(ax, [handles[i] for i in order])
    return fig


@_styled
def cfd_figure(metrics: Metrics) -> Figure:
    """Cards per column and day, stacked with the done columns at the bottom."""
    fig, ax = _new_axes("Kumulatives Flussdiagramm (Karten je Spalte)")
    cfd = metrics.get("cfd") or {}
    days = [parse_date(d) for d in cfd.get("days") or []]
    columns = list(cfd.get("columns") or [])
    if not days or not columns or any(d is None for d in days):
        _no_data(ax, NO_DATA)
        return fig
    dates = [d for d in days if d is not None]
    # Colours follow the board order (stable when columns are added); hatching tells apart
    # columns whose colour repeats.
    styles: list[tuple[str, str | None]] = []
    others = 0
    for column in columns:
        if column.get("kind") == "done":
            styles.append((GREEN, None))
        elif column.get("kind") == "backlog":
            styles.append((_BACKLOG_GREY, None))
        else:
            cycle, index = divmod(others, len(_CFD_COLOURS))
            styles.append((_CFD_COLOURS[index], (None, "//", "..", "xx")[cycle % 4]))
            others += 1
    # Board order is left to right; stacked in reverse, the done columns end at the bottom.
    stack = list(reversed(columns))
    stack_styles = list(reversed(styles))
    values = [[float(v or 0) for v in (c.get("counts") or [])][: len(dates)] for c in stack]
    values = [v + [0.0] * (len(dates) - len(v)) for v in values]
    labels = [_truncate(c.get("name") or "", 24) for c in stack]
    areas = ax.stackplot(_date_numbers(dates), *values, labels=labels,
                         colors=[c for c, _ in stack_styles], edgecolor="white",
                         linewidth=0.6, alpha=0.95)
    for area, (_colour, hatch) in zip(areas, stack_styles, strict=True):
        if hatch:
            area.set_hatch(hatch)
    _date_axis(ax, dates, "Datum")
    ax.set_ylabel("Karten", fontfamily=FONT_FAMILY)
    _integer_axis(ax)
    ax.set_xlim(_date_number(min(dates)), _date_number(max(dates)))
    ax.set_ylim(bottom=0)
    ax.grid(False)
    handles, texts = ax.get_legend_handles_labels()
    ax.legend(handles[::-1], texts[::-1], loc="upper left", bbox_to_anchor=(1.01, 1.0),
              prop={"family": FONT_FAMILY, "size": 8.5}, title="Spalten",
              title_fontproperties={"family": FONT_FAMILY, "size": 8.5, "weight": "bold"})
    return fig


@_styled
def cycle_time_figure(metrics: Metrics) -> Figure:
    """Cycle time of each finished card over its done date, with median and 85th percentile."""
    fig, ax = _new_axes("Zykluszeit je erledigter Karte")
    cycle = metrics.get("cycle_time") or {}
    points: list[tuple[dt.date, float]] = []
    for card in cycle.get("cards") or []:
        done = parse_date(card.get("done_at"))
        if done is not None:
            points.append((done, float(card.get("days") or 0)))
    if not points:
        _no_data(ax, "Noch keine erledigten Karten")
        return fig
    dates = [d for d, _ in points]
    ax.scatter(_date_numbers(dates), [v for _, v in points], s=28, color=BLUE, edgecolor="white",
               linewidth=0.6, zorder=3, label="Karte")
    median, p85 = cycle.get("median"), cycle.get("p85")
    if median is not None:
        ax.axhline(float(median), color=GREEN, linewidth=1.6, linestyle=(0, (5, 3)),
                   label=f"Median ({_days(float(median))})")
    if p85 is not None:
        ax.axhline(float(p85), color=VERMILLION, linewidth=1.6, linestyle=(0, (1.5, 1.5)),
                   label=f"85. Perzentil ({_days(float(p85))})")
    _date_axis(ax, dates, "Erledigt am")
    first, last = min(dates), max(dates)
    pad = dt.timedelta(days=max(1, (last - first).days // 20 + 1))
    ax.set_xlim(_date_number(first - pad), _date_number(last + pad))
    ax.set_ylabel("Tage", fontfamily=FONT_FAMILY)
    ax.margins(y=0.15)
    ax.set_ylim(bottom=0)
    _legend(ax)
    return fig


@_styled
def throughput_figure(metrics: Metrics) -> Figure:
    """Finished cards per calendar week."""
    fig, ax = _new_axes("Durchsatz (erledigte Karten je Kalenderwoche)")
    weeks = list((metrics.get("throughput") or {}).get("weeks") or [])
    if not weeks:
        _no_data(ax, NO_DATA)
        return fig
    x = list(range(len(weeks)))
    cards = [int(w.get("cards") or 0) for w in weeks]
    bars = ax.bar(x, cards, 0.6, color=BLUE, label="Erledigte Karten")
    ax.bar_label(bars, labels=[str(c) for c in cards], padding=2, fontsize=8,
                 fontfamily=FONT_FAMILY)
    many = len(weeks) > 12  # then only the week numbers: the axis says "Kalenderwoche"
    step = max(1, math.ceil(len(weeks) / 26)) if many else 1
    labels = [_short_week(w.get("week") or "") for w in weeks]
    if many:
        labels = [label.removeprefix("KW ") for label in labels]
    ax.set_xticks(x[::step], labels[::step])
    ax.set_xlabel("Kalenderwoche", fontfamily=FONT_FAMILY)
    ax.set_ylabel("Karten", fontfamily=FONT_FAMILY)
    _integer_axis(ax)
    ax.margins(y=0.15)
    ax.set_ylim(bottom=0)
    return fig


def _short_week(week: str) -> str:
    _, _, number = week.partition("-W")
    return f"KW {number}" if number else week


def has_data(kind: str, metrics: Metrics) -> bool:
    """Whether the chart of ``kind`` has anything to show (else it shows a short note)."""
    if kind in (BURNDOWN, BURNUP):
        return bool((metrics.get(kind) or {}).get("days"))
    if kind == VELOCITY:
        return bool((metrics.get("velocity") or {}).get("sprints"))
    if kind == CFD:
        cfd = metrics.get("cfd") or {}
        return bool(cfd.get("days") and cfd.get("columns"))
    if kind == CYCLE_TIME:
        cards = (metrics.get("cycle_time") or {}).get("cards") or []
        return any(parse_date(c.get("done_at")) for c in cards)
    if kind == THROUGHPUT:
        return bool((metrics.get("throughput") or {}).get("weeks"))
    raise ValueError(f"unknown chart kind {kind!r}; expected one of {CHARTS}")


_BUILDERS: Final[Mapping[str, Callable[..., Figure]]] = {
    BURNDOWN: burndown_figure,
    BURNUP: burnup_figure,
    VELOCITY: velocity_figure,
    CFD: cfd_figure,
    CYCLE_TIME: cycle_time_figure,
    THROUGHPUT: throughput_figure,
}


def build_figure(kind: str, metrics: Metrics, *, unit: str = "points") -> Figure:
    """The figure of one chart kind; ``unit`` applies to burndown, burnup and velocity."""
    builder = _BUILDERS.get(kind)
    if builder is None:
        raise ValueError(f"unknown chart kind {kind!r}; expected one of {CHARTS}")
    return builder(metrics, unit=unit) if kind in UNIT_CHARTS else builder(metrics)


def figure_png(fig: Figure, dpi: int = 150) -> bytes:
    """The figure as PNG bytes, rendered with Agg (a figure shown in Qt keeps its canvas)."""
    from matplotlib.backend_bases import FigureCanvasBase
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    if type(fig.canvas) is FigureCanvasBase:
        FigureCanvasAgg(fig)
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=dpi, facecolor="white",
                metadata={"Software": "kimboard"})
    return buffer.getvalue()


# ---------------------------------------------------------------------------------------------
# Descriptions (plain German text)


def describe_burndown(metrics: Metrics, unit: str = "points") -> str:
    _check_unit(unit)
    burndown = metrics.get("burndown")
    if not burndown or not burndown.get("days"):
        return f"Burndown: {NO_SPRINT}."
    days = burndown["days"]
    series = burndown.get(unit) or {}
    committed = float((burndown.get("committed") or {}).get(unit) or 0)
    remaining = list(series.get("remaining") or [])
    ideal = list(series.get("ideal") or [])
    parts = [f"{quantity(committed, unit)} zugesagt"]
    last = _last_known(remaining)
    if last is None:
        parts[0] += ", noch kein Tagesstand"
    else:
        parts[0] += f", {fmt_number(remaining[last])} offen am {fmt_date(days[last])}"
    if ideal:
        parts.append(f"Ideallinie {fmt_number(ideal[-1])} am Sprintende")
    changes = _relevant_changes(burndown, unit)
    if not changes:
        parts.append("keine Änderung am Umfang")
    else:
        noun = "Änderung" if len(changes) == 1 else "Änderungen"
        listed = [
            f"{quantity(float(c.get(unit) or 0), unit, signed=True)} am {fmt_day(c.get('date'))}"
            for c in sorted(changes, key=lambda c: str(c.get("date")))
        ]
        if len(listed) > 5:
            listed = [*listed[:5], f"und {len(listed) - 5} weitere"]
        parts.append(f"{len(changes)} {noun} am Umfang ({'; '.join(listed)})")
    return "Burndown: " + "; ".join(parts) + "."


def describe_burnup(metrics: Metrics, unit: str = "points") -> str:
    _check_unit(unit)
    burnup = metrics.get("burnup")
    if not burnup or not burnup.get("days"):
        return f"Burnup: {NO_SPRINT}."
    days = burnup["days"]
    scope = list((burnup.get("scope") or {}).get(unit) or [])
    done = list((burnup.get("done") or {}).get(unit) or [])
    start = _burnup_start_scope(metrics, unit)
    last_scope = _last_known(scope)
    last_done = _last_known(done)
    if last_scope is None or last_done is None:
        return f"Burnup: Umfang zu Beginn {quantity(start, unit)}; noch kein Tagesstand."
    current = float(scope[last_scope])
    finished = float(done[last_done])
    if current == start:
        scope_text = f"Umfang {quantity(current, unit)} (unverändert)"
    else:
        scope_text = (
            f"Umfang zu Beginn {fmt_number(start)}, zuletzt {quantity(current, unit)}"
        )
    return (
        f"Burnup: {scope_text}; erledigt {quantity(finished, unit)} am "
        f"{fmt_date(days[last_done])} ({fmt_percent(finished, current)} des Umfangs)."
    )


def describe_velocity(metrics: Metrics, unit: str = "points") -> str:
    _check_unit(unit)
    sprints, committed, completed, _rolling = _velocity_values(metrics, unit)
    if not sprints:
        return "Velocity: Noch keine Sprints."
    velocity = metrics.get("velocity") or {}
    window = int(velocity.get("window") or 3)
    singular, _plural, dative = _UNIT_NAMES[unit]
    noun = "Sprint" if len(sprints) == 1 else "Sprints"
    last = sprints[-1]
    unit_dative = singular if committed[-1] == 1 else dative
    text = (
        f"Velocity: {len(sprints)} {noun}; zuletzt „{last.get('name') or ''}“ "
        f"{fmt_number(completed[-1])} von {fmt_number(committed[-1])} {unit_dative} erledigt"
    )
    if unit == "points":
        average = velocity.get("average_points")
    else:
        tail = completed[-window:]
        average = sum(tail) / len(tail) if tail else None
    if average is not None:
        text += f"; Ø {quantity(float(average), unit)} (letzte {window} Sprints)"
    return text + "."


def describe_cfd(metrics: Metrics) -> str:
    cfd = metrics.get("cfd") or {}
    days = list(cfd.get("days") or [])
    columns = list(cfd.get("columns") or [])
    if not days or not columns:
        return f"Kumulatives Flussdiagramm: {NO_DATA}."
    last = len(days) - 1
    counts = []
    for column in columns:
        values = list(column.get("counts") or [])
        counts.append((column.get("name") or "", int(values[last]) if last < len(values) else 0))
    total = sum(c for _, c in counts)
    listed = ", ".join(f"{name} {count}" for name, count in counts)
    return (
        f"Kumulatives Flussdiagramm vom {fmt_day(days[0])} bis {fmt_date(days[-1])}; "
        f"Stand am {fmt_date(days[-1])}: {listed} ({quantity(total, 'cards')} insgesamt)."
    )


def _describe_times(label: str, data: Mapping[str, Any] | None) -> str:
    data = data or {}
    count = int(data.get("count") or len(data.get("cards") or []))
    if not count:
        return f"{label}: Noch keine erledigten Karten."
    noun = "erledigte Karte" if count == 1 else "erledigte Karten"
    parts = [f"{count} {noun}"]
    if data.get("median") is not None:
        parts.append(f"Median {_days(float(data['median']))}")
    if data.get("p85") is not None:
        parts.append(f"85. Perzentil {_days(float(data['p85']))}")
    return f"{label}: " + ", ".join(parts) + "."


def describe_cycle_time(metrics: Metrics) -> str:
    return _describe_times("Zykluszeit", metrics.get("cycle_time"))


def describe_lead_time(metrics: Metrics) -> str:
    return _describe_times("Durchlaufzeit", metrics.get("lead_time"))


def describe_throughput(metrics: Metrics) -> str:
    weeks = list((metrics.get("throughput") or {}).get("weeks") or [])
    if not weeks:
        return f"Durchsatz: {NO_DATA}."
    cards = sum(int(w.get("cards") or 0) for w in weeks)
    points = sum(float(w.get("points") or 0) for w in weeks)
    noun = "Kalenderwoche" if len(weeks) == 1 else "Kalenderwochen"
    last = weeks[-1]
    return (
        f"Durchsatz: {len(weeks)} {noun}, zusammen {quantity(cards, 'cards')} "
        f"({quantity(points, 'points')}); Ø {fmt_number(cards / len(weeks))} Karten je Woche; "
        f"zuletzt {_short_week(last.get('week') or '')}: "
        f"{quantity(int(last.get('cards') or 0), 'cards')}."
    )


def describe(kind: str, metrics: Metrics, *, unit: str = "points") -> str:
    """The plain-text summary of one chart kind."""
    if kind == BURNDOWN:
        return describe_burndown(metrics, unit)
    if kind == BURNUP:
        return describe_burnup(metrics, unit)
    if kind == VELOCITY:
        return describe_velocity(metrics, unit)
    if kind == CFD:
        return describe_cfd(metrics)
    if kind == CYCLE_TIME:
        return describe_cycle_time(metrics)
    if kind == THROUGHPUT:
        return describe_throughput(metrics)
    raise ValueError(f"unknown chart kind {kind!r}; expected one of {CHARTS}")


# ---------------------------------------------------------------------------------------------
# Table alternatives

Table = tuple[list[str], list[list[str]]]


def _weekday_date(value: str | dt.date | None) -> str:
    day = parse_date(value)
    return f"{_WEEKDAYS[day.weekday()]} {day.strftime('%d.%m.%Y')}" if day else _DASH


def _at(values: Sequence[Any] | None, index: int) -> Any:
    return values[index] if values is not None and index < len(values) else None


def chart_rows_burndown(metrics: Metrics) -> Table:
    headers = ["Datum", "Offen (Punkte)", "Ideal (Punkte)", "Offen (Karten)", "Ideal (Karten)",
               "Umfangsänderung"]
    burndown = metrics.get("burndown")
    if not burndown or not burndown.get("days"):
        return headers, []
    committed = burndown.get("committed") or {}
    points = burndown.get("points") or {}
    cards = burndown.get("cards") or {}
    changes: dict[str, list[str]] = {}
    for change in burndown.get("scope_changes") or []:
        day = parse_date(change.get("date"))
        if day is None:
            continue
        texts = []
        if float(change.get("points") or 0):
            texts.append(quantity(float(change["points"]), "points", signed=True))
        if int(change.get("cards") or 0):
            texts.append(quantity(int(change["cards"]), "cards", signed=True))
        if texts:
            changes.setdefault(day.isoformat(), []).append(" / ".join(texts))
    rows = [[
        "Sprintbeginn",
        fmt_number(committed.get("points")), fmt_number(committed.get("points")),
        fmt_number(committed.get("cards")), fmt_number(committed.get("cards")), "",
    ]]
    for index, day in enumerate(burndown["days"]):
        key = parse_date(day)
        rows.append([
            _weekday_date(day),
            fmt_number(_at(points.get("remaining"), index)),
            fmt_number(_at(points.get("ideal"), index)),
            fmt_number(_at(cards.get("remaining"), index)),
            fmt_number(_at(cards.get("ideal"), index)),
            "; ".join(changes.get(key.isoformat(), [])) if key else "",
        ])
    return headers, rows


def chart_rows_burnup(metrics: Metrics) -> Table:
    headers = ["Datum", "Umfang (Punkte)", "Erledigt (Punkte)", "Umfang (Karten)",
               "Erledigt (Karten)"]
    burnup = metrics.get("burnup")
    if not burnup or not burnup.get("days"):
        return headers, []
    scope = burnup.get("scope") or {}
    done = burnup.get("done") or {}
    rows = [[
        "Sprintbeginn",
        fmt_number(_burnup_start_scope(metrics, "points")), "0",
        fmt_number(_burnup_start_scope(metrics, "cards")), "0",
    ]]
    for index, day in enumerate(burnup["days"]):
        rows.append([
            _weekday_date(day),
            fmt_number(_at(scope.get("points"), index)),
            fmt_number(_at(done.get("points"), index)),
            fmt_number(_at(scope.get("cards"), index)),
            fmt_number(_at(done.get("cards"), index)),
        ])
    return headers, rows


def chart_rows_velocity(metrics: Metrics) -> Table:
    headers = ["Sprint", "Zeitraum", "Zugesagt (Punkte)", "Erledigt (Punkte)",
               "Zugesagt (Karten)", "Erledigt (Karten)", "Gleitender Ø (Punkte)"]
    sprints = (metrics.get("velocity") or {}).get("sprints") or []
    rows = [
        [
            str(s.get("name") or ""),
            f"{fmt_day(s.get('start'))}–{fmt_date(s.get('end'))}",
            fmt_number(s.get("committed_points")),
            fmt_number(s.get("completed_points")),
            fmt_number(s.get("committed_cards")),
            fmt_number(s.get("completed_cards")),
            fmt_number(s.get("rolling_average_points")),
        ]
        for s in sprints
    ]
    return headers, rows


def chart_rows_cfd(metrics: Metrics) -> Table:
    cfd = metrics.get("cfd") or {}
    columns = list(cfd.get("columns") or [])
    headers = ["Datum", *[str(c.get("name") or "") for c in columns]]
    rows = [
        [_weekday_date(day), *[fmt_number(_at(c.get("counts"), i)) for c in columns]]
        for i, day in enumerate(cfd.get("days") or [])
    ]
    return headers, rows if columns else []


def chart_rows_cycle_time(metrics: Metrics) -> Table:
    headers = ["Karte", "Titel", "Erledigt am", "Zykluszeit (Tage)"]
    cards = (metrics.get("cycle_time") or {}).get("cards") or []
    ordered = sorted(cards, key=lambda c: (str(c.get("done_at") or ""), c.get("number") or 0))
    rows = [
        [f"#{c.get('number')}", str(c.get("title") or ""), fmt_date(c.get("done_at")),
         fmt_number(c.get("days"))]
        for c in ordered
    ]
    return headers, rows


def chart_rows_throughput(metrics: Metrics) -> Table:
    headers = ["Kalenderwoche", "Beginn", "Karten", "Punkte"]
    weeks = (metrics.get("throughput") or {}).get("weeks") or []
    rows = [
        [fmt_week(str(w.get("week") or "")), fmt_date(w.get("start")),
         fmt_number(w.get("cards")), fmt_number(w.get("points"))]
        for w in weeks
    ]
    return headers, rows


_TABLES: Final[Mapping[str, Callable[[Metrics], Table]]] = {
    BURNDOWN: chart_rows_burndown,
    BURNUP: chart_rows_burnup,
    VELOCITY: chart_rows_velocity,
    CFD: chart_rows_cfd,
    CYCLE_TIME: chart_rows_cycle_time,
    THROUGHPUT: chart_rows_throughput,
}


def chart_table(kind: str, metrics: Metrics) -> Table:
    """Headers and rows (German, formatted) of the table alternative to one chart."""
    rows = _TABLES.get(kind)
    if rows is None:
        raise ValueError(f"unknown chart kind {kind!r}; expected one of {CHARTS}")
    return rows(metrics)
