"""``kimboard check``: is this database sound? Integrity, foreign keys, schema, search index."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import func, select, text

from kimboard.core import migrate, sqlite_backend
from kimboard.core.models import Card

if TYPE_CHECKING:
    from kimboard.core.db import Database


@dataclass
class CheckReport:
    schema_revision: str | None
    head_revision: str
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def run_check(db: Database) -> CheckReport:
    with db.engine.connect() as conn:
        rev = migrate.current_revision(conn)
        report = CheckReport(rev, migrate.head_revision())
        report.problems.extend(sqlite_backend.integrity_problems(conn))
        if rev != report.head_revision:
            report.problems.append(
                f"Schema-Version {rev or 'keine'} statt {report.head_revision}"
            )
        else:
            cards = conn.execute(select(func.count()).select_from(Card)).scalar_one()
            indexed = conn.execute(text("SELECT count(*) FROM card_fts")).scalar_one()
            if cards != indexed:
                report.problems.append(
                    f"Suchindex unvollständig: {indexed} von {cards} Karten "
                    "(kimboard reindex behebt das)"
                )
    return report
