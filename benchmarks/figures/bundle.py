"""export_100k and import_100k: a bundle of the 100,000-card board (its columns, cards, history,
checklists, comments, sprints, retrospectives and the people and partners they name), next
to the raw baseline of issue 7 — the same rows through plain sqlite3 and ``json``.

- export: ``export_bundle`` (JSON Lines, checked against the schema, zipped, SHA-256, written
  to a temporary file and renamed) vs ``SELECT`` of the same rows + ``json.dumps`` of each
  row into a file.
- import: ``open_bundle`` (safe unzip, checksums, schema and references of every row) +
  ``apply_import`` into an empty database (classify, insert, search index, one transaction)
  vs ``json.loads`` of the same rows + ``executemany`` into an empty database of the same
  schema in one transaction.
"""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path
from typing import Any

from benchmarks import runner
from benchmarks.runner import Context, Result

EXPLANATION_EXPORT = ("export_bundle of the big board (cards, history, checklists, comments, "
                      "sprints, people) vs the same rows via sqlite3 SELECT + json.dumps to a file")
EXPLANATION_IMPORT = ("open_bundle + apply_import of that bundle into an empty database vs "
                      "json.loads of the same rows + sqlite3 executemany, one transaction")

#: Association tables without a UUID, selected through their parent.
_ASSOC = (("card_assignees", "card_id", "cards"), ("card_labels", "card_id", "cards"),
          ("card_partners", "card_id", "cards"), ("sprint_commitments", "sprint_id", "sprints"),
          ("solution_links", "approach_id", "solution_approaches"),
          ("solution_partners", "approach_id", "solution_approaches"))


def _scope_sql(db: Any, site_id: int, board_id: int) -> dict[str, str]:
    """Per table: the raw SQL selecting exactly the rows the board's bundle holds."""
    from sqlalchemy import select
    from sqlalchemy.dialects import sqlite

    from kimboard.core.bundle import entities as E
    from kimboard.core.bundle.export import ExportScope, _filters
    from kimboard.core.models import Base

    def sql(stmt: Any) -> str:
        return str(stmt.compile(dialect=sqlite.dialect(),
                                compile_kwargs={"literal_binds": True}))

    out: dict[str, str] = {}
    with db.session() as s:
        filters = _filters(s, ExportScope.board(site_id, board_id))
        for spec in E.SPECS:
            where = filters.get(spec.name)
            if where is not None:
                out[spec.table.name] = sql(select(spec.table).where(where))
        for table, column, parent in _ASSOC:
            where = filters.get(parent)
            if where is None:
                continue
            parent_table = E.SPEC_BY_NAME[parent].table
            ids = select(parent_table.c.id).where(where)
            assoc = Base.metadata.tables[table]
            out[table] = sql(select(assoc).where(assoc.c[column].in_(ids)))
    return out


def _raw_export(path: Path, sources: dict[str, str], target: Path) -> int:
    raw = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    n = 0
    try:
        with target.open("w", encoding="utf-8") as out:
            for table, sql in sources.items():
                cur = raw.execute(sql)
                cols = [d[0] for d in cur.description]
                for row in cur:
                    out.write(json.dumps({"t": table, **dict(zip(cols, row, strict=True))},
                                         ensure_ascii=False))
                    out.write("\n")
                    n += 1
    finally:
        raw.close()
    return n


def _empty_db(folder: Path, name: str) -> Path:
    from kimboard.core.db import Database

    path = folder / name
    for p in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        if p.exists():
            p.unlink()
    Database.open(path).close()
    return path


def _raw_import(lines_file: Path, target: Path) -> None:
    con = sqlite3.connect(target, isolation_level=None)
    try:
        con.execute("BEGIN")
        per_table: dict[str, tuple[list[str], list[tuple[Any, ...]]]] = {}
        with lines_file.open(encoding="utf-8") as f:
            for line in f:
                obj = json.loads(line)
                table = obj.pop("t")
                cols, rows = per_table.setdefault(table, (list(obj), []))
                rows.append(tuple(obj[c] for c in cols))
        for table, (cols, rows) in per_table.items():
            con.execute(f"DELETE FROM {table}")  # the empty schema has reference data
            con.executemany(f"INSERT INTO {table} ({', '.join(cols)}) VALUES "
                            f"({', '.join('?' * len(cols))})", rows)
        con.execute("COMMIT")
    finally:
        con.close()


def _prepare(ctx: Context, cards: int) -> tuple[Any, dict[str, str]]:
    from kimboard.core.db import Database

    ds = ctx.dataset(cards)
    with Database.open(ds.path) as db:
        return ds, _scope_sql(db, ds.site_id, ds.board_id)


def run_export(ctx: Context, cards: int) -> Result:
    from kimboard.core.bundle import ExportScope, export_bundle
    from kimboard.core.db import Database

    ds, sources = _prepare(ctx, cards)
    work = ctx.work / "bundle"
    work.mkdir(parents=True, exist_ok=True)
    db = Database.open(ds.path)
    sizes: dict[str, Any] = {}
    try:
        def ours() -> float:
            target = work / "board.kimb"
            t0 = runner.now()
            with db.session() as s:
                result = export_bundle(s, ExportScope.board(ds.site_id, ds.board_id), target)
            elapsed = runner.now() - t0
            sizes["rows"] = result.total
            sizes["bundle"] = result.size
            return elapsed

        def base() -> float:
            target = work / "raw.jsonl"
            t0 = runner.now()
            sizes["raw rows"] = _raw_export(ds.path, sources, target)
            elapsed = runner.now() - t0
            sizes["raw file"] = target.stat().st_size
            return elapsed

        n = ctx.repeats(2, 1)
        a, b = runner.interleaved(ours, base, n, warmup=0)
    finally:
        db.close()
    return Result("export", runner.ms(min(a)), "ms", runner.ms(min(b)), EXPLANATION_EXPORT,
                  details={"rows in the bundle": f"{sizes['rows']:,}",
                           "rows raw": f"{sizes['raw rows']:,}",
                           "bundle size": f"{sizes['bundle'] / 1e6:.1f} MB (zip)",
                           "raw JSON size": f"{sizes['raw file'] / 1e6:.1f} MB"},
                  cards=cards)


def run_import(ctx: Context, cards: int) -> Result:
    from kimboard.core.bundle import ExportScope, apply_import, export_bundle, open_bundle
    from kimboard.core.db import Database

    ds, sources = _prepare(ctx, cards)
    work = ctx.work / "bundle"
    work.mkdir(parents=True, exist_ok=True)
    bundle_file = work / "import.kimb"
    raw_file = work / "import.jsonl"
    with Database.open(ds.path) as db, db.session() as s:
        export_bundle(s, ExportScope.board(ds.site_id, ds.board_id), bundle_file)
    _raw_export(ds.path, sources, raw_file)
    details: dict[str, Any] = {}

    def ours() -> float:
        target = _empty_db(work, "ours.sqlite3")
        with Database.open(target) as db:
            t0 = runner.now()
            bundle = open_bundle(bundle_file)
            t1 = runner.now()
            result = db.run(apply_import, bundle).value
            elapsed = runner.now() - t0
        details["open_bundle (checks)"] = f"{(t1 - t0):.1f} s"
        details["apply_import"] = f"{(elapsed - (t1 - t0)):.1f} s"
        details["rows imported"] = f"{result.preview.totals().new:,}"
        return elapsed

    def base() -> float:
        target = _empty_db(work, "raw.sqlite3")
        t0 = runner.now()
        _raw_import(raw_file, target)
        return runner.now() - t0

    n = ctx.repeats(2, 1)
    a, b = runner.interleaved(ours, base, n, warmup=0)
    for name in ("ours.sqlite3", "raw.sqlite3"):
        for suffix in ("", "-wal", "-shm"):
            p = work / (name + suffix)
            if p.exists():
                os.remove(p)
    return Result("import", runner.ms(min(a)), "ms", runner.ms(min(b)), EXPLANATION_IMPORT,
                  details=details, cards=cards)
