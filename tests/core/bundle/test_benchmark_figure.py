"""The export_100k and import_100k figures run (on a tiny generated database): structure only,
never a timing assertion."""

from __future__ import annotations

from pathlib import Path

from benchmarks.figures import FIGURES
from benchmarks.runner import Context


def test_bundle_figures_run_on_a_tiny_database(tmp_path: Path) -> None:
    ctx = Context(quick=True, work=tmp_path / "work", cache=tmp_path / "cache")
    for name in ("export_100k", "import_100k"):
        result = FIGURES[name].run(ctx, 200)
        assert result.unit == "ms"
        assert result.value > 0 and result.baseline > 0, name
    assert "rows imported" in result.details
