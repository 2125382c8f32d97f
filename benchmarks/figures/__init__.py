"""The registry of figures: name -> :class:`Figure`. ``python -m benchmarks`` runs them in
this order.

Adding a figure: write a module here with ``run(ctx, cards) -> Result`` that measures
kimboard *and* its baseline in the same call, and register it below. Still to come when the
features exist (issue 7): ``export_100k`` and ``import_100k`` (bundle export/import vs raw
sqlite3 executemany + json.dumps of the same rows) — registered below.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from benchmarks.runner import Context, Result, size_label


@dataclass(frozen=True)
class Figure:
    #: registered name; a size in it ("_100k") follows the size actually used
    name: str
    #: nominal card count of the database the figure uses
    cards: int
    explanation: str
    run: Callable[[Context, int], Result]

    def result_name(self, used: int) -> str:
        nominal = size_label(self.cards)
        if used != self.cards and self.name.endswith("_" + nominal):
            return self.name[: -len(nominal)] + size_label(used)
        return self.name


def _figures() -> dict[str, Figure]:
    from benchmarks.figures import (
        build,
        bundle,
        metrics,
        move_card,
        open_board,
        rss,
        scroll_board,
        search_cards,
        startup,
    )

    figures = [
        Figure("startup", 100_000, startup.EXPLANATION, startup.run),
        Figure("startup_ready", 100_000, startup.EXPLANATION_READY, startup.run_ready),
        Figure("startup_last_board", 100_000, startup.EXPLANATION_LAST_BOARD,
               startup.run_last_board),
        Figure("open_board_10k", 10_000, open_board.EXPLANATION, open_board.run),
        Figure("scroll_board_10k", 10_000, scroll_board.EXPLANATION, scroll_board.run),
        Figure("move_card", 10_000, move_card.EXPLANATION, move_card.run),
        Figure("search_100k", 100_000, search_cards.EXPLANATION, search_cards.run),
        Figure("board_search_100k", 100_000, search_cards.EXPLANATION_BOARD,
               search_cards.run_board),
        Figure("rss_100k", 100_000, rss.EXPLANATION, rss.run),
        Figure("metrics_100k", 100_000, metrics.EXPLANATION, metrics.run),
        Figure("sprint_report", 10_000, metrics.EXPLANATION_REPORT, metrics.run_report),
        Figure("export_100k", 100_000, bundle.EXPLANATION_EXPORT, bundle.run_export),
        Figure("import_100k", 100_000, bundle.EXPLANATION_IMPORT, bundle.run_import),
        # The PyInstaller build (packaging/build.sh); skipped when there is none.
        Figure("bundle_startup", 1_000, build.EXPLANATION_STARTUP, build.run_startup),
        Figure("bundle_cli_startup", 1_000, build.EXPLANATION_CLI, build.run_cli_startup),
        Figure("bundle_size", 1_000, build.EXPLANATION_SIZE, build.run_size),
    ]
    return {f.name: f for f in figures}


FIGURES: dict[str, Figure] = _figures()

__all__ = ["FIGURES", "Figure"]
