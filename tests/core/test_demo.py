"""Demo data: enough realistic history for every view, built by the ops, loaded once."""

from __future__ import annotations

import datetime as dt
import re
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import String, Text, func, select, text
from sqlalchemy.orm import Session

from kimboard.core import clock
from kimboard.core.db import Database
from kimboard.core.demo import FIRST_SHORT_CODE, DemoResult, load_demo, summary
from kimboard.core.errors import ValidationError
from kimboard.core.models import (
    ActionItem,
    Base,
    Board,
    BoardColumn,
    Card,
    CardAssignee,
    CardEvent,
    CardLabel,
    CardPartner,
    ChecklistItem,
    Comment,
    Label,
    Partner,
    RetroGroup,
    RetroRating,
    Retrospective,
    RetroVote,
    Site,
    SolutionAdoption,
    SolutionApproach,
    SolutionStatusChange,
    Sprint,
    SprintCommitment,
    Swimlane,
)
from kimboard.core.ops.sites import create_site

EMAIL = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, DemoResult,
                                                                        float, dt.datetime]]:
    db = Database.open(tmp_path_factory.mktemp("demo") / "demo.sqlite3")
    started = time.perf_counter()
    result = db.run(load_demo)
    elapsed = time.perf_counter() - started
    yield db, result, elapsed, dt.datetime.now(dt.UTC)
    db.close()


@pytest.fixture
def s(loaded: tuple[Database, DemoResult, float, dt.datetime]) -> Iterator[Session]:
    with loaded[0].session() as session:
        yield session


def _count(s: Session, model: type, *where: object) -> int:
    return int(s.scalar(select(func.count()).select_from(model).where(*where)) or 0)


def _table_counts(db: Database) -> dict[str, int]:
    with db.session() as s:
        names = s.scalars(text(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"))
        return {n: s.execute(text(f'SELECT count(*) FROM "{n}"')).scalar_one() for n in names}


# --------------------------------------------------------------------------- result


def test_demo_reports_what_it_created(loaded: tuple[Database, DemoResult, float, dt.datetime],
                                      s: Session) -> None:
    _db, result, _elapsed, _now = loaded
    assert result.created
    assert result.summary == summary(s)
    assert result.summary["sites"] >= 3
    assert result.summary["cards"] >= 60


def test_demo_loads_quickly(loaded: tuple[Database, DemoResult, float, dt.datetime]) -> None:
    assert loaded[2] < 5.0


# --------------------------------------------------------------------------- offices, boards


def test_three_offices_each_with_a_kanban_and_a_scrum_board(s: Session) -> None:
    sites = list(s.scalars(select(Site)))
    assert len(sites) >= 3
    assert FIRST_SHORT_CODE in {site.short_code for site in sites}
    assert all(site.region.startswith("Bezirksregierung ") for site in sites)
    for site in sites:
        modes = Counter(b.mode for b in s.scalars(select(Board).where(Board.site_id == site.id)))
        assert modes["kanban"] >= 1 and modes["scrum"] >= 1, site.name
        assert all(m.role for m in site.members)
        assert len(site.members) >= 4


def test_boards_have_labels_and_kanban_boards_swimlanes(s: Session) -> None:
    for board in s.scalars(select(Board)):
        assert _count(s, Label, Label.board_id == board.id) >= 3, board.name
        if board.mode == "kanban":
            assert _count(s, Swimlane, Swimlane.board_id == board.id) >= 2, board.name
            assert _count(s, Card, Card.board_id == board.id, Card.swimlane_id.is_not(None)) > 0


def test_cards_are_rich(s: Session) -> None:
    cards = list(s.scalars(select(Card)))
    assert len(cards) >= 60
    assert len({c.title for c in cards}) >= 60
    assert sum(1 for c in cards if c.description) >= 60
    assert sum(1 for c in cards if c.estimate is not None) >= 50
    assert {c.priority for c in cards} >= {0, 1, 2, 3}
    assert sum(1 for c in cards if c.due_date is not None) >= 10
    assert sum(1 for c in cards if c.goal_area_id is not None) >= 50
    blocked = [c for c in cards if c.blocked]
    assert len(blocked) >= 3 and all(c.blocked_reason for c in blocked)
    assert _count(s, ChecklistItem) >= 30
    assert _count(s, ChecklistItem, ChecklistItem.done) >= 10
    assert _count(s, Comment) >= 30
    assert _count(s, CardAssignee) >= 60
    assert _count(s, CardLabel) >= 60
    assert _count(s, CardPartner) >= 10


def test_cards_sit_in_every_kind_of_column(s: Session) -> None:
    kinds = Counter(s.scalars(
        select(BoardColumn.kind).join(Card, Card.column_id == BoardColumn.id)))
    assert kinds["done"] >= 20
    assert kinds["in_progress"] >= 10
    assert kinds["todo"] >= 5
    assert kinds["backlog"] >= 5


# --------------------------------------------------------------------------- history


def test_every_card_has_a_created_event(s: Session) -> None:
    created = set(s.scalars(select(CardEvent.card_id).where(CardEvent.kind == "created")))
    assert created == set(s.scalars(select(Card.id)))


def test_history_spans_at_least_seven_weeks_and_ends_now(
    loaded: tuple[Database, DemoResult, float, dt.datetime], s: Session
) -> None:
    now = loaded[3]
    first = s.scalar(select(func.min(CardEvent.at)))
    last = s.scalar(select(func.max(CardEvent.at)))
    assert first is not None and last is not None
    assert first <= now - dt.timedelta(weeks=7)
    assert first >= now - dt.timedelta(weeks=9)
    assert last <= now
    assert last >= now - dt.timedelta(days=7)


def test_card_history_is_in_order_and_cards_were_moved_through_the_board(s: Session) -> None:
    rows = s.execute(select(CardEvent.card_id, CardEvent.at, CardEvent.kind)
                     .order_by(CardEvent.card_id, CardEvent.id)).all()
    last: dict[int, dt.datetime] = {}
    for card_id, at, kind in rows:
        assert at >= last.get(card_id, at), f"card {card_id}: {kind} before earlier event"
        last[card_id] = at
    kinds = Counter(kind for _, _, kind in rows)
    assert kinds["moved"] >= 100
    for kind in ("assigned", "labeled", "commented", "blocked", "unblocked",
                 "sprint_added", "sprint_removed", "estimate_changed"):
        assert kinds[kind] > 0, kind
    # Cycle times differ: some cards take days, some weeks ("aging" work exists).
    done_cols = select(BoardColumn.id).where(BoardColumn.kind == "done")
    durations = []
    for card in s.scalars(select(Card).where(Card.column_id.in_(done_cols))):
        created = s.scalar(select(CardEvent.at).where(CardEvent.card_id == card.id,
                                                      CardEvent.kind == "created"))
        finished = s.scalar(select(func.max(CardEvent.at)).where(
            CardEvent.card_id == card.id, CardEvent.kind == "moved"))
        durations.append(finished - created)
    assert min(durations) < dt.timedelta(days=7) < dt.timedelta(days=14) < max(durations)


# --------------------------------------------------------------------------- sprints


def test_every_scrum_board_has_three_closed_sprints_and_one_running(s: Session) -> None:
    boards = list(s.scalars(select(Board).where(Board.mode == "scrum")))
    assert boards
    for board in boards:
        planned = [sp for sp in board.sprints if sp.state == "planned"]
        sprints = sorted((sp for sp in board.sprints if sp.state != "planned"),
                         key=lambda sp: sp.start_date)
        assert [sp.state for sp in sprints] == ["closed", "closed", "closed", "active"]
        for sp in planned:  # the next sprint, being planned, starts after the running one
            assert sp.start_date > sprints[-1].end_date and sp.started_at is None
            assert _count(s, Card, Card.sprint_id == sp.id) == 2
        for previous, following in zip(sprints, sprints[1:], strict=False):
            assert following.start_date > previous.end_date
            assert (following.start_date - previous.start_date).days == 14
        for sprint in sprints:
            assert (sprint.end_date - sprint.start_date).days >= 9
            assert sprint.goal and sprint.started_at is not None
            assert _count(s, SprintCommitment, SprintCommitment.sprint_id == sprint.id) >= 3
        for sprint in sprints[:3]:
            assert sprint.closed_at is not None and sprint.goal_reached is not None
            assert sprint.started_at < sprint.closed_at


def test_closed_sprints_show_scope_changes(s: Session) -> None:
    for sprint in s.scalars(select(Sprint).where(Sprint.state == "closed")):
        changes = _count(s, CardEvent, CardEvent.sprint_id == sprint.id,
                         CardEvent.kind.in_(("sprint_added", "sprint_removed")),
                         CardEvent.at > sprint.started_at, CardEvent.at < sprint.closed_at)
        assert changes >= 1, sprint.name


def test_goals_were_reached_and_missed(s: Session) -> None:
    reached = Counter(s.scalars(select(Sprint.goal_reached).where(Sprint.state == "closed")))
    assert reached[True] >= 3 and reached[False] >= 1


# --------------------------------------------------------------------------- retrospectives


def test_retrospectives_are_complete(s: Session) -> None:
    retros = list(s.scalars(select(Retrospective)))
    assert len(retros) >= 2
    main = [r for r in retros if r.sprint_id is not None]
    assert len(main) >= 3
    for retro in retros:
        prompts = {i.prompt_id for i in retro.items}
        assert len(retro.items) >= 5 and len(prompts) >= 2, retro.title
        assert len(retro.groups) >= 2
        assert _count(s, RetroVote, RetroVote.retro_id == retro.id) >= 6
        assert _count(s, RetroRating, RetroRating.retro_id == retro.id,
                      RetroRating.kind == "mood") >= 3
        assert _count(s, RetroRating, RetroRating.retro_id == retro.id,
                      RetroRating.kind == "roti") >= 3
        assert retro.actions
        assert retro.phase == "finished"
        if retro.anonymous:
            assert all(i.author_id is None for i in retro.items)
    assert any(not r.anonymous for r in retros)
    assert _count(s, RetroGroup, RetroGroup.discussion_notes != "") >= 3


def test_action_items_are_done_open_reviewed_and_one_became_a_card(s: Session) -> None:
    actions = list(s.scalars(select(ActionItem)))
    statuses = Counter(a.status for a in actions)
    assert statuses["done"] >= 2 and statuses["open"] >= 2
    assert any(a.outcome == "effective" for a in actions)
    assert any(a.reviewed_in_retro_id is not None for a in actions)
    linked = [a for a in actions if a.card_id is not None]
    assert linked
    for action in linked:
        card = s.get_one(Card, action.card_id)
        retro = s.get_one(Retrospective, action.retro_id)
        assert card.title == action.text
        assert retro.title in card.description
        assert retro.held_on.strftime("%d.%m.%Y") in card.description


# --------------------------------------------------------------------------- solutions, partners


def test_solutions_exist_in_every_status_with_history(s: Session) -> None:
    solutions = list(s.scalars(select(SolutionApproach)))
    assert {a.status for a in solutions} == {"idea", "trial", "practice", "transferred"}
    for approach in solutions:
        history = list(s.scalars(select(SolutionStatusChange)
                                 .where(SolutionStatusChange.approach_id == approach.id)
                                 .order_by(SolutionStatusChange.at)))
        assert history[0].from_status is None and history[0].to_status == "idea"
        assert history[-1].to_status == approach.status
        for before, after in zip(history, history[1:], strict=False):
            assert after.from_status == before.to_status
    assert any(len(a.status_changes) >= 4 for a in solutions)
    # A step back is part of the life cycle too.
    assert any(c.from_status == "trial" and c.to_status == "idea"
               for c in s.scalars(select(SolutionStatusChange)))


def test_a_solution_was_adopted_by_another_demo_office(s: Session) -> None:
    site_uuids = {i: u for i, u in s.execute(select(Site.id, Site.uuid))}
    adoptions = list(s.scalars(select(SolutionAdoption)))
    assert adoptions
    for adoption in adoptions:
        origin = site_uuids[adoption.approach.site_id]
        assert adoption.adopting_site_uuid in site_uuids.values()
        assert adoption.adopting_site_uuid != origin


def test_each_office_has_network_partners_with_functional_mailboxes(s: Session) -> None:
    for site in s.scalars(select(Site)):
        partners = list(s.scalars(select(Partner).where(Partner.site_id == site.id)))
        kinds = {p.kind for p in partners}
        assert len(partners) >= 4
        assert {"jobcenter", "kommunales_integrationszentrum"} <= kinds
        assert all(p.mailbox.endswith(".example") for p in partners)


def test_no_real_looking_mail_domains_anywhere(loaded: tuple[Database, DemoResult, float,
                                                             dt.datetime]) -> None:
    found = []
    with loaded[0].session() as s:
        for table in Base.metadata.sorted_tables:
            columns = [c for c in table.columns if isinstance(c.type, String | Text)]
            if not columns:
                continue
            for row in s.execute(select(*columns)):
                for value in row:
                    found.extend(EMAIL.findall(value or ""))
    assert found  # the partners' mailboxes
    assert all(domain.endswith(".example") for domain in found), set(found)


# --------------------------------------------------------------------------- idempotence


def test_loading_twice_changes_nothing(db: Database) -> None:
    first = db.run(load_demo)
    before = _table_counts(db)
    second = db.run(load_demo)
    assert first.created and not second.created
    assert second.summary == first.summary
    assert _table_counts(db) == before


def test_demo_refuses_when_another_office_holds_a_demo_short_code(db: Database) -> None:
    db.run(create_site, "Ausländerbehörde Echtstadt", "ABH-BSK")
    with pytest.raises(ValidationError, match="ABH-BSK"):
        db.run(load_demo)
    with db.session() as s:
        assert _count(s, Site) == 1  # nothing half-loaded


def test_demo_is_deterministic_for_the_same_moment(tmp_path: Path) -> None:
    now = dt.datetime(2026, 6, 17, 9, 30, tzinfo=dt.UTC)

    def snapshot(path: Path) -> list[tuple[object, ...]]:
        with Database.open(path) as db:
            with clock.frozen_at(now):
                db.run(load_demo)
            with db.session() as s:
                # A comment event names the comment's (random) UUID; everything else repeats.
                return [(*r[:6], None if r[4] == "commented" else r[6]) for r in s.execute(
                    select(Card.title, Card.estimate, Card.priority, Card.due_date,
                           CardEvent.kind, CardEvent.at, CardEvent.new_value)
                    .join(CardEvent, CardEvent.card_id == Card.id)
                    .order_by(CardEvent.id))]

    first, second = snapshot(tmp_path / "a.sqlite3"), snapshot(tmp_path / "b.sqlite3")
    assert first == second
    assert max(r[5] for r in first) <= now  # type: ignore[type-var]
