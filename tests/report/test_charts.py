"""Charts: figures build for full and empty data, German texts and table alternatives."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from matplotlib.figure import Figure

from kimboard.report import charts

DAYS = [f"2026-11-{d:02d}" for d in range(2, 14)]  # Mon 02.11. … Fri 13.11.: 10 working days


def make_metrics() -> dict[str, Any]:
    """Metrics of a closed ten-working-day sprint with one scope change (+3 points, +1 card)."""
    return {
        "board": {"uuid": "b-1", "name": "Aufenthaltsteam Süd", "mode": "scrum"},
        "sprint": {
            "uuid": "s-12", "name": "Sprint 12", "goal": "Rückstau bei Verlängerungen abbauen",
            "start": "2026-11-02", "end": "2026-11-13", "state": "closed",
            "goal_reached": True, "goal_note": "Bis auf zwei Fälle abgearbeitet.",
        },
        "period": {"from": "2026-11-02", "to": "2026-11-13"},
        "burndown": {
            "days": list(DAYS),
            "points": {
                "remaining": [21, 18, 16, 19, 16, 16, 16, 13, 10, 8, 5, 5],
                "ideal": [21 - 21 * i / 12 for i in range(1, 13)],
            },
            "cards": {
                "remaining": [8, 7, 7, 8, 7, 7, 7, 6, 5, 4, 3, 3],
                "ideal": [8 - 8 * i / 12 for i in range(1, 13)],
            },
            "committed": {"points": 21.0, "cards": 8},
            "scope_changes": [
                {"date": "2026-11-05",
                 "card": {"uuid": "c-45", "number": 45, "title": "Eilantrag Łukasz"},
                 "change": "added", "points": 3.0, "cards": 1},
            ],
        },
        "burnup": {
            "days": list(DAYS),
            "scope": {"points": [21, 21, 21, 24, 24, 24, 24, 24, 24, 24, 24, 24],
                      "cards": [8, 8, 8, 9, 9, 9, 9, 9, 9, 9, 9, 9]},
            "done": {"points": [0, 3, 5, 5, 8, 8, 8, 11, 14, 16, 19, 19],
                     "cards": [0, 1, 1, 1, 2, 2, 2, 3, 4, 5, 6, 6]},
        },
        "velocity": {
            "sprints": [
                {"uuid": "s-10", "name": "Sprint 10", "start": "2026-10-05", "end": "2026-10-16",
                 "committed_points": 18.0, "completed_points": 15.0, "committed_cards": 7,
                 "completed_cards": 6, "rolling_average_points": 15.0},
                {"uuid": "s-11", "name": "Sprint 11", "start": "2026-10-19", "end": "2026-10-30",
                 "committed_points": 20.0, "completed_points": 20.0, "committed_cards": 8,
                 "completed_cards": 8, "rolling_average_points": 17.5},
                {"uuid": "s-12", "name": "Sprint 12", "start": "2026-11-02", "end": "2026-11-13",
                 "committed_points": 21.0, "completed_points": 19.0, "committed_cards": 8,
                 "completed_cards": 6, "rolling_average_points": 18.0},
            ],
            "average_points": 18.0,
            "window": 3,
        },
        "cfd": {
            "days": list(DAYS),
            "columns": [
                {"uuid": "k-1", "name": "Eingang", "kind": "backlog",
                 "counts": [6, 6, 5, 6, 6, 6, 6, 5, 5, 4, 4, 4]},
                {"uuid": "k-2", "name": "Bereit", "kind": "todo",
                 "counts": [5, 4, 4, 4, 3, 3, 3, 3, 2, 1, 1, 1]},
                {"uuid": "k-3", "name": "In Prüfung", "kind": "in_progress",
                 "counts": [3, 3, 3, 4, 4, 4, 4, 3, 3, 3, 2, 2]},
                {"uuid": "k-4", "name": "Erledigt", "kind": "done",
                 "counts": [0, 1, 1, 1, 2, 2, 2, 3, 4, 5, 6, 6]},
            ],
        },
        "lead_time": {
            "cards": [
                {"uuid": "c-31", "number": 31, "title": "Fiktionsbescheinigung ausstellen",
                 "days": 6.0, "done_at": "2026-11-03"},
                {"uuid": "c-33", "number": 33, "title": "Anhörung Şahin vorbereiten",
                 "days": 12.5, "done_at": "2026-11-06"},
            ],
            "count": 2, "median": 9.25, "p85": 11.5,
        },
        "cycle_time": {
            "cards": [
                {"uuid": "c-31", "number": 31, "title": "Fiktionsbescheinigung ausstellen",
                 "days": 1.5, "done_at": "2026-11-03"},
                {"uuid": "c-33", "number": 33, "title": "Anhörung Şahin vorbereiten",
                 "days": 3.5, "done_at": "2026-11-06"},
                {"uuid": "c-35", "number": 35, "title": "Blaue Karte EU verlängern",
                 "days": 7.0, "done_at": "2026-11-12"},
            ],
            "count": 3, "median": 3.5, "p85": 7.0,
        },
        "throughput": {
            "weeks": [
                {"week": "2026-W45", "start": "2026-11-02", "cards": 2, "points": 8.0},
                {"week": "2026-W46", "start": "2026-11-09", "cards": 4, "points": 11.0},
            ],
        },
        "wip_age": {
            "cards": [
                {"uuid": "c-37", "number": 37, "title": "AZR-Rückfrage", "column": "In Prüfung",
                 "age_days": 9.5, "blocked": True},
            ],
            "count": 1, "median": 9.5, "p85": 9.5,
        },
    }


def make_review() -> dict[str, Any]:
    """A sprint review as :func:`kimboard.core.review.sprint_review` produces it."""
    metrics = make_metrics()
    sprint = dict(metrics["sprint"])
    sprint.update(started_at="2026-11-02T07:45:00", closed_at="2026-11-13T15:30:00")
    return {
        "generated_at": "2026-11-13T16:05:00",
        "site": {"name": "Ausländerbehörde Musterstadt", "short_code": "MUS",
                 "region": "Bezirksregierung Düsseldorf"},
        "board": dict(metrics["board"]),
        "sprint": sprint,
        "summary": {"committed_points": 21.0, "completed_points": 19.0,
                    "committed_cards": 8, "completed_cards": 6,
                    "added_cards": 1, "removed_cards": 0, "average_velocity": 18.0},
        "metrics": metrics,
        "blocked": [
            {"number": 37, "title": "AZR-Rückfrage", "column": "In Prüfung",
             "reason": "Antwort der Bundesagentur für Arbeit ausstehend", "blocked_days": 4.0},
        ],
        "ageing": [
            {"number": 37, "title": "AZR-Rückfrage", "column": "In Prüfung",
             "age_days": 9.5, "blocked": True},
        ],
        "open_cards": [
            {"number": 37, "title": "AZR-Rückfrage", "column": "In Prüfung", "estimate": 3.0},
            {"number": 41, "title": "Niederlassungserlaubnis Şahin prüfen", "column": "Bereit",
             "estimate": 2.0},
            {"number": 45, "title": "Eilantrag Łukasz", "column": "Eingang", "estimate": None},
        ],
        "actions": {
            "retro": {"title": "Retrospektive Sprint 11", "held_on": "2026-10-30"},
            "items": [
                {"text": "Tägliche Abstimmung auf 15 Minuten begrenzen", "status": "done",
                 "outcome": "effective", "due_date": "2026-11-06"},
                {"text": "Vorlagen für Anhörungsschreiben überarbeiten", "status": "open",
                 "outcome": None, "due_date": "2026-11-20"},
            ],
        },
    }


def empty_metrics() -> dict[str, Any]:
    """A Kanban board without any history: no sprint, every list empty."""
    return {
        "board": {"uuid": "b-2", "name": "Einbürgerung", "mode": "kanban"},
        "sprint": None,
        "period": {"from": "2026-11-02", "to": "2026-11-13"},
        "burndown": None,
        "burnup": None,
        "velocity": {"sprints": [], "average_points": None, "window": 3},
        "cfd": {"days": [], "columns": []},
        "lead_time": {"cards": [], "count": 0, "median": None, "p85": None},
        "cycle_time": {"cards": [], "count": 0, "median": None, "p85": None},
        "throughput": {"weeks": []},
        "wip_age": {"cards": [], "count": 0, "median": None, "p85": None},
    }


def active_metrics() -> dict[str, Any]:
    """The same sprint on its eighth day: the last four days are still in the future."""
    metrics = copy.deepcopy(make_metrics())
    for unit in ("points", "cards"):
        remaining = metrics["burndown"][unit]["remaining"]
        remaining[8:] = [None] * 4
        for series in ("scope", "done"):
            metrics["burnup"][series][unit][8:] = [None] * 4
    return metrics


def _texts(fig: Figure) -> str:
    parts = [t.get_text() for t in fig.findobj(lambda a: hasattr(a, "get_text"))]
    return "\n".join(p for p in parts if isinstance(p, str))


# ---------------------------------------------------------------------------------------------
# Figures


@pytest.mark.parametrize("kind", charts.CHARTS)
@pytest.mark.parametrize("factory", [make_metrics, active_metrics, empty_metrics, dict])
def test_every_figure_builds(kind: str, factory: Any) -> None:
    fig = charts.build_figure(kind, factory())
    assert isinstance(fig, Figure)
    assert charts.figure_png(fig, dpi=30).startswith(b"\x89PNG")


@pytest.mark.parametrize("kind", charts.UNIT_CHARTS)
def test_unit_charts_in_cards(kind: str) -> None:
    fig = charts.build_figure(kind, make_metrics(), unit="cards")
    assert "Karten" in _texts(fig)


def test_empty_sprint_charts_say_so() -> None:
    assert "Keine Sprint-Daten" in _texts(charts.burndown_figure(empty_metrics()))
    assert "Keine Sprint-Daten" in _texts(charts.burnup_figure(empty_metrics()))


def test_figures_are_german_and_report_sized() -> None:
    fig = charts.burndown_figure(make_metrics())
    assert tuple(fig.get_size_inches()) == pytest.approx(charts.FIGSIZE)
    charts.figure_png(fig, dpi=40)  # tick labels exist only after drawing
    texts = _texts(fig)
    assert "Punkte" in texts and "Ideallinie" in texts and "Tage" in texts
    assert "05.11." in texts and "+3" in texts
    assert "Kalenderwoche" in _texts(charts.throughput_figure(make_metrics()))
    cfd = _texts(charts.cfd_figure(make_metrics()))
    assert all(name in cfd for name in ("Eingang", "Bereit", "In Prüfung", "Erledigt"))


def test_cfd_stacks_done_at_the_bottom() -> None:
    fig = charts.cfd_figure(make_metrics())
    legend = fig.axes[0].get_legend()
    assert [t.get_text() for t in legend.get_texts()] == [
        "Eingang", "Bereit", "In Prüfung", "Erledigt"
    ]  # legend top to bottom as stacked: done last, i.e. at the bottom


def test_unknown_kind_and_unit_are_refused() -> None:
    with pytest.raises(ValueError):
        charts.build_figure("pie", make_metrics())
    with pytest.raises(ValueError):
        charts.burndown_figure(make_metrics(), unit="hours")
    with pytest.raises(ValueError):
        charts.chart_table("pie", make_metrics())


def test_figure_png_leaves_global_settings_alone() -> None:
    import matplotlib

    before = dict(matplotlib.rcParams)
    fig = charts.velocity_figure(make_metrics())
    data = charts.figure_png(fig, dpi=50)
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    assert dict(matplotlib.rcParams) == before


# ---------------------------------------------------------------------------------------------
# Descriptions


def test_describe_burndown() -> None:
    assert charts.describe_burndown(make_metrics()) == (
        "Burndown: 21 Punkte zugesagt, 5 offen am 13.11.2026; Ideallinie 0 am Sprintende; "
        "1 Änderung am Umfang (+3 Punkte am 05.11.)."
    )
    assert charts.describe_burndown(make_metrics(), "cards") == (
        "Burndown: 8 Karten zugesagt, 3 offen am 13.11.2026; Ideallinie 0 am Sprintende; "
        "1 Änderung am Umfang (+1 Karte am 05.11.)."
    )
    assert charts.describe_burndown(active_metrics()).startswith(
        "Burndown: 21 Punkte zugesagt, 13 offen am 09.11.2026;"
    )
    assert charts.describe_burndown(empty_metrics()) == "Burndown: Keine Sprint-Daten."


def test_describe_burnup() -> None:
    assert charts.describe_burnup(make_metrics()) == (
        "Burnup: Umfang zu Beginn 21, zuletzt 24 Punkte; erledigt 19 Punkte am 13.11.2026 "
        "(79 % des Umfangs)."
    )
    assert charts.describe_burnup(empty_metrics()) == "Burnup: Keine Sprint-Daten."


def test_describe_velocity() -> None:
    assert charts.describe_velocity(make_metrics()) == (
        "Velocity: 3 Sprints; zuletzt „Sprint 12“ 19 von 21 Punkten erledigt; "
        "Ø 18 Punkte (letzte 3 Sprints)."
    )
    assert charts.describe_velocity(empty_metrics()) == "Velocity: Noch keine Sprints."


def test_describe_cfd_cycle_time_and_throughput() -> None:
    metrics = make_metrics()
    assert charts.describe_cfd(metrics) == (
        "Kumulatives Flussdiagramm vom 02.11. bis 13.11.2026; Stand am 13.11.2026: "
        "Eingang 4, Bereit 1, In Prüfung 2, Erledigt 6 (13 Karten insgesamt)."
    )
    assert charts.describe_cycle_time(metrics) == (
        "Zykluszeit: 3 erledigte Karten, Median 3,5 Tage, 85. Perzentil 7 Tage."
    )
    assert charts.describe_lead_time(metrics) == (
        "Durchlaufzeit: 2 erledigte Karten, Median 9,3 Tage, 85. Perzentil 11,5 Tage."
    )
    assert charts.describe_throughput(metrics) == (
        "Durchsatz: 2 Kalenderwochen, zusammen 6 Karten (19 Punkte); Ø 3 Karten je Woche; "
        "zuletzt KW 46: 4 Karten."
    )
    empty = empty_metrics()
    assert charts.describe_cfd(empty) == "Kumulatives Flussdiagramm: Keine Daten."
    assert charts.describe_cycle_time(empty) == "Zykluszeit: Noch keine erledigten Karten."
    assert charts.describe_throughput(empty) == "Durchsatz: Keine Daten."
    for kind in charts.CHARTS:
        assert charts.describe(kind, {})


# ---------------------------------------------------------------------------------------------
# Table alternatives


def test_burndown_table() -> None:
    headers, rows = charts.chart_table("burndown", make_metrics())
    assert headers[0] == "Datum" and len(headers) == 6
    assert len(rows) == 13  # sprint start plus twelve calendar days
    assert rows[0] == ["Sprintbeginn", "21", "21", "8", "8", ""]
    assert rows[1] == ["Mo 02.11.2026", "21", "19,3", "8", "7,3", ""]
    assert rows[4] == ["Do 05.11.2026", "19", "14", "8", "5,3", "+3 Punkte / +1 Karte"]
    assert rows[12][0] == "Fr 13.11.2026" and rows[12][1] == "5"
    _, active_rows = charts.chart_table("burndown", active_metrics())
    assert active_rows[12][1] == "–"


def test_other_tables() -> None:
    metrics = make_metrics()
    headers, rows = charts.chart_table("burnup", metrics)
    assert rows[0] == ["Sprintbeginn", "21", "0", "8", "0"]
    assert rows[-1] == ["Fr 13.11.2026", "24", "19", "9", "6"]
    headers, rows = charts.chart_table("velocity", metrics)
    assert headers[0] == "Sprint"
    assert rows[1] == ["Sprint 11", "19.10.–30.10.2026", "20", "20", "8", "8", "17,5"]
    headers, rows = charts.chart_table("cfd", metrics)
    assert headers == ["Datum", "Eingang", "Bereit", "In Prüfung", "Erledigt"]
    assert rows[-1] == ["Fr 13.11.2026", "4", "1", "2", "6"]
    headers, rows = charts.chart_table("cycle_time", metrics)
    assert rows[1] == ["#33", "Anhörung Şahin vorbereiten", "06.11.2026", "3,5"]
    headers, rows = charts.chart_table("throughput", metrics)
    assert headers == ["Kalenderwoche", "Beginn", "Karten", "Punkte"]
    assert rows == [["KW 45/2026", "02.11.2026", "2", "8"], ["KW 46/2026", "09.11.2026", "4", "11"]]


@pytest.mark.parametrize("kind", charts.CHARTS)
def test_tables_of_empty_metrics_have_headers_and_no_rows(kind: str) -> None:
    headers, rows = charts.chart_table(kind, empty_metrics())
    assert rows == []
    assert headers or kind == "cfd"


def test_number_formatting() -> None:
    assert charts.fmt_number(3.5) == "3,5"
    assert charts.fmt_number(21.0) == "21"
    assert charts.fmt_number(1234.5) == "1.234,5"
    assert charts.fmt_number(-2) == "\u22122"
    assert charts.fmt_number(None) == "–"
    assert charts.fmt_signed(0) == "±0"
    assert charts.quantity(1, "points") == "1 Punkt"
    assert charts.quantity(-1, "cards", signed=True) == "\u22121 Karte"
