"""Boards and their structure: columns, WIP limits, swimlanes and labels."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from kimboard.core.db import Database
from kimboard.core.errors import NotFound, ValidationError
from kimboard.core.models import (
    Board,
    BoardColumn,
    Card,
    CardEvent,
    CardEventKind,
    CardLabel,
    ChecklistItem,
    ColumnKind,
    Comment,
    Label,
    Swimlane,
    WipMode,
)
from kimboard.core.ops import Change, people, sites
from kimboard.core.ops import boards as ops
from kimboard.core.ops import cards as card_ops


@pytest.fixture
def site_id(db: Database) -> int:
    return db.run(sites.create_site, "Ausländerbehörde Köln", "ABH-KOE").value.id


@pytest.fixture
def board_id(db: Database, site_id: int) -> int:
    return db.run(ops.create_board, site_id, "Fachkräfteverfahren").value.id


def _columns(db: Database, board_id: int) -> list[tuple[str, int]]:
    with db.session() as s:
        return [
            (c.name, c.position)
            for c in s.scalars(
                select(BoardColumn).where(BoardColumn.board_id == board_id)
                .order_by(BoardColumn.position)
            )
        ]


def _column_ids(db: Database, board_id: int) -> list[int]:
    with db.session() as s:
        return list(s.scalars(
            select(BoardColumn.id).where(BoardColumn.board_id == board_id)
            .order_by(BoardColumn.position)
        ))


def _count(db: Database, model: type, *where: object) -> int:
    with db.session() as s:
        return int(s.scalar(select(func.count()).select_from(model).where(*where)) or 0)


# --------------------------------------------------------------------------- boards


def test_new_board_has_default_columns_in_order(db: Database, site_id: int) -> None:
    result = db.run(ops.create_board, site_id, "  Einbürgerung  ", "scrum",
                    description="Alle Anträge")
    assert result.changes == Change.BOARDS | Change.COLUMNS
    with db.session() as s:
        board = s.get_one(Board, result.value.id)
        assert board.name == "Einbürgerung"
        assert board.description == "Alle Anträge"
        assert board.mode == "scrum"
        assert board.next_card_number == 1
        assert board.origin_site_uuid == board.site.uuid
        cols = list(s.scalars(
            select(BoardColumn).where(BoardColumn.board_id == board.id)
            .order_by(BoardColumn.position)
        ))
        assert [(c.name, c.position, c.kind, c.wip_limit) for c in cols] == [
            ("Backlog", 0, ColumnKind.BACKLOG.value, None),
            ("Zu erledigen", 1, ColumnKind.TODO.value, None),
            ("In Arbeit", 2, ColumnKind.IN_PROGRESS.value, 5),
            ("Erledigt", 3, ColumnKind.DONE.value, None),
        ]
        assert all(c.wip_mode == WipMode.SOFT.value for c in cols)
        assert all(c.origin_site_uuid == board.origin_site_uuid for c in cols)


def test_board_with_own_columns_validates_them(db: Database, site_id: int) -> None:
    ref = db.run(ops.create_board, site_id, "Eigen", columns=[
        (" Eingang ", "backlog", None), ("Prüfung", ColumnKind.IN_PROGRESS, 2),
    ]).value
    assert _columns(db, ref.id) == [("Eingang", 0), ("Prüfung", 1)]
    with pytest.raises(ValidationError, match="mindestens eine Spalte"):
        db.run(ops.create_board, site_id, "Leer", columns=())
    with pytest.raises(ValidationError, match="Spaltenname darf nicht leer sein"):
        db.run(ops.create_board, site_id, "X", columns=[("", ColumnKind.TODO, None)])
    with pytest.raises(ValidationError, match="Bedeutung einer Spalte"):
        db.run(ops.create_board, site_id, "X", columns=[("A", "erledigt", None)])
    with pytest.raises(ValidationError, match="mindestens 1"):
        db.run(ops.create_board, site_id, "X", columns=[("A", ColumnKind.TODO, 0)])
    assert _count(db, Board) == 1


def test_board_defaults_to_kanban(db: Database, board_id: int) -> None:
    with db.session() as s:
        assert s.get_one(Board, board_id).mode == "kanban"


@pytest.mark.parametrize("mode", ["Kanban!", "", "scrumban", "KANBAN "])
def test_unknown_board_mode_is_refused(db: Database, site_id: int, mode: str) -> None:
    with pytest.raises(ValidationError, match="entweder „kanban“ oder „scrum“"):
        db.run(ops.create_board, site_id, "Board", mode)
    assert _count(db, Board) == 0


def test_empty_board_name_is_refused(db: Database, site_id: int) -> None:
    with pytest.raises(ValidationError, match="Name des Boards darf nicht leer sein"):
        db.run(ops.create_board, site_id, "   ")


def test_board_of_unknown_site_is_refused(db: Database) -> None:
    with pytest.raises(NotFound, match="Dienststelle"):
        db.run(ops.create_board, 42, "Board")


def test_board_team_must_belong_to_the_same_site(db: Database, site_id: int) -> None:
    bonn = db.run(sites.create_site, "ABH Bonn", "ABH-BN").value.id
    bonn_team = db.run(people.create_team, bonn, "Team Bonn").value.id
    with pytest.raises(ValidationError, match="anderen Dienststelle"):
        db.run(ops.create_board, site_id, "Board", team_id=bonn_team)
    own = db.run(people.create_team, site_id, "Team Köln").value.id
    ref = db.run(ops.create_board, site_id, "Board", team_id=own).value
    with db.session() as s:
        assert s.get_one(Board, ref.id).team_id == own


def test_update_board_changes_given_fields_and_checks_version(
    db: Database, board_id: int
) -> None:
    from kimboard.core.errors import ConflictError

    with db.session() as s:
        version = s.get_one(Board, board_id).version
    result = db.run(ops.update_board, board_id, name="Neu", mode="scrum",
                    expected_version=version)
    assert result.changes == Change.BOARDS
    with db.session() as s:
        board = s.get_one(Board, board_id)
        assert (board.name, board.mode, board.description) == ("Neu", "scrum", "")
        assert board.version == version + 1
    with pytest.raises(ConflictError, match="inzwischen geändert"):
        db.run(ops.update_board, board_id, name="Alt", expected_version=version)
    with pytest.raises(ValidationError, match="kanban"):
        db.run(ops.update_board, board_id, mode="wasserfall")
    with db.session() as s:
        assert (s.get_one(Board, board_id).name, s.get_one(Board, board_id).mode) == (
            "Neu", "scrum")


def test_archive_and_restore_board(db: Database, board_id: int) -> None:
    db.run(ops.archive_board, board_id)
    with db.session() as s:
        first = s.get_one(Board, board_id).archived_at
    assert first is not None
    db.run(ops.archive_board, board_id)
    with db.session() as s:
        assert s.get_one(Board, board_id).archived_at == first
    db.run(ops.restore_board, board_id)
    with db.session() as s:
        assert s.get_one(Board, board_id).archived_at is None


def test_delete_board_removes_its_cards_and_history_but_not_other_boards(
    db: Database, site_id: int, board_id: int
) -> None:
    other = db.run(ops.create_board, site_id, "Anderes Board").value.id
    lane = db.run(ops.add_swimlane, board_id, "Eilig").value.id
    label = db.run(ops.create_label, board_id, "Dringend", "#ff0000").value.id
    card = db.run(card_ops.create_card, board_id, "Karte", swimlane_id=lane).value.id
    db.run(card_ops.set_labels, card, [label])
    db.run(card_ops.add_comment, card, "Ein Kommentar")
    db.run(card_ops.add_checklist_item, card, "Punkt")
    db.run(card_ops.move_card, card, _column_ids(db, board_id)[2])
    kept = db.run(card_ops.create_card, other, "Bleibt").value.id
    kept_events = _count(db, CardEvent, CardEvent.card_id == kept)
    assert kept_events == 1

    result = db.run(ops.delete_board, board_id)
    assert Change.BOARDS in result.changes and Change.CARDS in result.changes
    with db.session() as s:
        assert s.get(Board, board_id) is None
        assert s.get(Card, card) is None
    assert _count(db, BoardColumn, BoardColumn.board_id == board_id) == 0
    assert _count(db, Swimlane) == 0
    assert _count(db, Label) == 0
    assert _count(db, CardLabel) == 0
    assert _count(db, Comment) == 0
    assert _count(db, ChecklistItem) == 0
    assert _count(db, CardEvent, CardEvent.board_id == board_id) == 0
    assert _count(db, CardEvent, CardEvent.card_id == kept) == kept_events
    assert _count(db, BoardColumn, BoardColumn.board_id == other) == 4
    with db.session() as s:
        assert s.get_one(Card, kept).title == "Bleibt"


# --------------------------------------------------------------------------- columns


def test_add_column_appends_by_default(db: Database, board_id: int) -> None:
    result = db.run(ops.add_column, board_id, "Abnahme", "in_progress")
    assert result.changes == Change.COLUMNS
    assert _columns(db, board_id) == [
        ("Backlog", 0), ("Zu erledigen", 1), ("In Arbeit", 2), ("Erledigt", 3), ("Abnahme", 4),
    ]
    with db.session() as s:
        col = s.get_one(BoardColumn, result.value.id)
        assert col.kind == "in_progress"
        assert col.wip_limit is None and col.wip_mode == "soft"


@pytest.mark.parametrize(
    ("position", "expected"),
    [
        (0, ["Neu", "Backlog", "Zu erledigen", "In Arbeit", "Erledigt"]),
        (2, ["Backlog", "Zu erledigen", "Neu", "In Arbeit", "Erledigt"]),
        (4, ["Backlog", "Zu erledigen", "In Arbeit", "Erledigt", "Neu"]),
        (99, ["Backlog", "Zu erledigen", "In Arbeit", "Erledigt", "Neu"]),
        (-3, ["Neu", "Backlog", "Zu erledigen", "In Arbeit", "Erledigt"]),
    ],
)
def test_add_column_at_a_position_renumbers_the_others(
    db: Database, board_id: int, position: int, expected: list[str]
) -> None:
    db.run(ops.add_column, board_id, "Neu", position=position, wip_limit=3, wip_mode="hard")
    assert _columns(db, board_id) == [(n, i) for i, n in enumerate(expected)]


def test_add_column_validates_kind_and_wip(db: Database, board_id: int) -> None:
    with pytest.raises(ValidationError, match="backlog, todo, in_progress oder done"):
        db.run(ops.add_column, board_id, "X", "fertig")
    with pytest.raises(ValidationError, match="mindestens 1"):
        db.run(ops.add_column, board_id, "X", wip_limit=0)
    with pytest.raises(ValidationError, match="„soft“ oder „hard“"):
        db.run(ops.add_column, board_id, "X", wip_limit=2, wip_mode="strict")
    with pytest.raises(ValidationError, match="Spaltenname darf nicht leer sein"):
        db.run(ops.add_column, board_id, "")
    assert len(_columns(db, board_id)) == 4


@pytest.mark.parametrize(
    ("source", "position", "expected"),
    [
        (0, 3, ["Zu erledigen", "In Arbeit", "Erledigt", "Backlog"]),
        (3, 0, ["Erledigt", "Backlog", "Zu erledigen", "In Arbeit"]),
        (1, 2, ["Backlog", "In Arbeit", "Zu erledigen", "Erledigt"]),
        (2, 1, ["Backlog", "In Arbeit", "Zu erledigen", "Erledigt"]),
        (1, 1, ["Backlog", "Zu erledigen", "In Arbeit", "Erledigt"]),
        (0, 50, ["Zu erledigen", "In Arbeit", "Erledigt", "Backlog"]),
    ],
)
def test_move_column_reorders_like_a_list(
    db: Database, board_id: int, source: int, position: int, expected: list[str]
) -> None:
    col = _column_ids(db, board_id)[source]
    assert db.run(ops.move_column, col, position).changes == Change.COLUMNS
    assert _columns(db, board_id) == [(n, i) for i, n in enumerate(expected)]


def test_update_column_sets_wip_limit_and_mode(db: Database, board_id: int) -> None:
    col = _column_ids(db, board_id)[1]
    db.run(ops.update_column, col, name="Bereit", wip_limit=3, wip_mode="hard")
    with db.session() as s:
        c = s.get_one(BoardColumn, col)
        assert (c.name, c.wip_limit, c.wip_mode, c.kind) == ("Bereit", 3, "hard", "todo")
    # Not naming the limit keeps it; None removes it.
    db.run(ops.update_column, col, kind="in_progress")
    with db.session() as s:
        c = s.get_one(BoardColumn, col)
        assert (c.wip_limit, c.wip_mode, c.kind) == (3, "hard", "in_progress")
    db.run(ops.update_column, col, wip_limit=None)
    with db.session() as s:
        assert s.get_one(BoardColumn, col).wip_limit is None


@pytest.mark.parametrize("limit", [0, -1, -100])
def test_update_column_refuses_zero_or_negative_wip_limit(
    db: Database, board_id: int, limit: int
) -> None:
    col = _column_ids(db, board_id)[2]
    with pytest.raises(ValidationError, match="WIP-Limit muss mindestens 1 sein"):
        db.run(ops.update_column, col, wip_limit=limit)
    with db.session() as s:
        assert s.get_one(BoardColumn, col).wip_limit == 5


def test_update_column_refuses_unknown_wip_mode_and_kind(db: Database, board_id: int) -> None:
    col = _column_ids(db, board_id)[2]
    with pytest.raises(ValidationError, match="„soft“ oder „hard“"):
        db.run(ops.update_column, col, wip_mode="HARD")
    with pytest.raises(ValidationError, match="Bedeutung einer Spalte"):
        db.run(ops.update_column, col, kind="doing")
    with db.session() as s:
        c = s.get_one(BoardColumn, col)
        assert (c.wip_mode, c.kind) == ("soft", "in_progress")


def test_update_column_with_stale_version_conflicts(db: Database, board_id: int) -> None:
    from kimboard.core.errors import ConflictError

    col = _column_ids(db, board_id)[0]
    with db.session() as s:
        version = s.get_one(BoardColumn, col).version
    db.run(ops.update_column, col, name="Eingang", expected_version=version)
    with pytest.raises(ConflictError):
        db.run(ops.update_column, col, name="Nochmal", expected_version=version)
    assert _columns(db, board_id)[0] == ("Eingang", 0)


def test_delete_empty_column_renumbers_the_rest(db: Database, board_id: int) -> None:
    cols = _column_ids(db, board_id)
    result = db.run(ops.delete_column, cols[1])
    assert Change.COLUMNS in result.changes
    assert _columns(db, board_id) == [("Backlog", 0), ("In Arbeit", 1), ("Erledigt", 2)]


def test_delete_column_with_cards_needs_a_target_and_names_the_count(
    db: Database, board_id: int
) -> None:
    cols = _column_ids(db, board_id)
    ids = [db.run(card_ops.create_card, board_id, f"K{i}", column_id=cols[1]).value.id
           for i in range(3)]
    db.run(card_ops.archive_card, ids[0])
    # Archived cards count too: they would otherwise be lost with the column.
    with pytest.raises(ValidationError, match="„Zu erledigen“ liegen noch 3 Karten"):
        db.run(ops.delete_column, cols[1])
    assert len(_columns(db, board_id)) == 4
    with db.session() as s:
        assert {s.get_one(Card, i).column_id for i in ids} == {cols[1]}


def test_delete_column_message_for_a_single_card_is_singular(db: Database, board_id: int) -> None:
    cols = _column_ids(db, board_id)
    db.run(card_ops.create_card, board_id, "K", column_id=cols[2])
    with pytest.raises(ValidationError, match="„In Arbeit“ liegt noch 1 Karte\\."):
        db.run(ops.delete_column, cols[2])


def test_delete_column_target_must_be_another_column_of_the_same_board(
    db: Database, site_id: int, board_id: int
) -> None:
    cols = _column_ids(db, board_id)
    db.run(card_ops.create_card, board_id, "K", column_id=cols[1])
    other_board = db.run(ops.create_board, site_id, "Anderes").value.id
    foreign = _column_ids(db, other_board)[0]
    with pytest.raises(ValidationError, match="andere Spalte desselben Boards"):
        db.run(ops.delete_column, cols[1], move_cards_to=foreign)
    with pytest.raises(ValidationError, match="andere Spalte desselben Boards"):
        db.run(ops.delete_column, cols[1], move_cards_to=cols[1])
    assert len(_columns(db, board_id)) == 4


def test_delete_column_moves_all_cards_to_the_end_of_the_target_in_order(
    db: Database, board_id: int
) -> None:
    cols = _column_ids(db, board_id)
    doomed, target = cols[1], cols[0]
    existing = [db.run(card_ops.create_card, board_id, f"T{i}", column_id=target).value.id
                for i in range(2)]
    moving = [db.run(card_ops.create_card, board_id, f"D{i}", column_id=doomed).value.id
              for i in range(4)]
    # Give the doomed column an order that differs from creation order.
    db.run(card_ops.move_card, moving[3], doomed, 0)
    db.run(card_ops.move_card, moving[1], doomed, 3)
    with db.session() as s:
        before = list(card_ops.cards_in_column(s, doomed))
    assert before == [moving[3], moving[0], moving[2], moving[1]]
    archived = moving[0]
    db.run(card_ops.archive_card, archived)
    events_before = _count(db, CardEvent, CardEvent.kind == CardEventKind.MOVED.value)

    result = db.run(ops.delete_column, doomed, move_cards_to=target)
    assert Change.COLUMNS in result.changes and Change.CARDS in result.changes

    assert _columns(db, board_id) == [("Backlog", 0), ("In Arbeit", 1), ("Erledigt", 2)]
    with db.session() as s:
        assert s.get(BoardColumn, doomed) is None
        active = [i for i in before if i != archived]
        assert list(card_ops.cards_in_column(s, target)) == existing + active
        # The archived card moved too and sits after the cards of the target it was behind.
        cards = {c.id: c for c in s.scalars(select(Card).where(Card.id.in_(moving)))}
        assert {c.column_id for c in cards.values()} == {target}
        keys_in_order = [cards[i].order_key for i in before]
        assert keys_in_order == sorted(keys_in_order)
        last_existing = max(s.get_one(Card, i).order_key for i in existing)
        assert all(k > last_existing for k in keys_in_order)
        moved = list(s.scalars(
            select(CardEvent).where(CardEvent.kind == CardEventKind.MOVED.value)
            .order_by(CardEvent.id)
        ))
        assert len(moved) - events_before == 4
        new_events = moved[events_before:]
        assert sorted(e.card_id for e in new_events) == sorted(moving)
        assert {e.to_column_id for e in new_events} == {target}
        # The column is gone; the history keeps the move, its source becomes unknown.
        assert {e.from_column_id for e in new_events} == {None}


def test_restored_card_after_column_delete_comes_back_at_the_end(
    db: Database, board_id: int
) -> None:
    cols = _column_ids(db, board_id)
    a = db.run(card_ops.create_card, board_id, "A", column_id=cols[1]).value.id
    db.run(card_ops.archive_card, a)
    b = db.run(card_ops.create_card, board_id, "B", column_id=cols[0]).value.id
    db.run(ops.delete_column, cols[1], move_cards_to=cols[0])
    c = db.run(card_ops.create_card, board_id, "C", column_id=cols[0]).value.id
    db.run(card_ops.restore_card, a)
    with db.session() as s:
        assert list(card_ops.cards_in_column(s, cols[0])) == [b, c, a]


def test_last_column_of_a_board_cannot_be_deleted(db: Database, board_id: int) -> None:
    cols = _column_ids(db, board_id)
    for col in cols[1:]:
        db.run(ops.delete_column, col)
    with pytest.raises(ValidationError, match="letzte Spalte"):
        db.run(ops.delete_column, cols[0])
    assert _columns(db, board_id) == [("Backlog", 0)]


# --------------------------------------------------------------------------- swimlanes


def _lanes(db: Database, board_id: int) -> list[tuple[str, int]]:
    with db.session() as s:
        return [
            (lane.name, lane.position)
            for lane in s.scalars(
                select(Swimlane).where(Swimlane.board_id == board_id)
                .order_by(Swimlane.position)
            )
        ]


def test_swimlanes_add_rename_move_and_delete(db: Database, board_id: int) -> None:
    ids = [db.run(ops.add_swimlane, board_id, name).value.id
           for name in ("Eilig", "Normal", "Später")]
    assert _lanes(db, board_id) == [("Eilig", 0), ("Normal", 1), ("Später", 2)]

    assert db.run(ops.rename_swimlane, ids[1], " Standard ").changes == Change.SWIMLANES
    with pytest.raises(ValidationError, match="Swimlane darf nicht leer sein"):
        db.run(ops.rename_swimlane, ids[1], "")
    db.run(ops.move_swimlane, ids[2], 0)
    assert _lanes(db, board_id) == [("Später", 0), ("Eilig", 1), ("Standard", 2)]
    db.run(ops.move_swimlane, ids[2], 10)
    assert _lanes(db, board_id) == [("Eilig", 0), ("Standard", 1), ("Später", 2)]

    card = db.run(card_ops.create_card, board_id, "Karte", swimlane_id=ids[0]).value.id
    other = db.run(card_ops.create_card, board_id, "Andere", swimlane_id=ids[1]).value.id
    result = db.run(ops.delete_swimlane, ids[0])
    assert Change.SWIMLANES in result.changes and Change.CARDS in result.changes
    assert _lanes(db, board_id) == [("Standard", 0), ("Später", 1)]
    with db.session() as s:
        assert s.get(Swimlane, ids[0]) is None
        kept = s.get_one(Card, card)
        assert kept.swimlane_id is None
        assert kept.title == "Karte"
        assert s.get_one(Card, other).swimlane_id == ids[1]


# --------------------------------------------------------------------------- labels


def test_create_label_stores_lowercase_colour(db: Database, board_id: int) -> None:
    result = db.run(ops.create_label, board_id, " Dringend ", "#FF00aa")
    assert result.changes == Change.LABELS
    with db.session() as s:
        label = s.get_one(Label, result.value.id)
        assert (label.name, label.color, label.board_id) == ("Dringend", "#ff00aa", board_id)


def test_label_names_are_unique_per_board_regardless_of_case(
    db: Database, site_id: int, board_id: int
) -> None:
    db.run(ops.create_label, board_id, "Dringend")
    with pytest.raises(ValidationError, match="„DRINGEND“ gibt es auf diesem Board schon"):
        db.run(ops.create_label, board_id, "DRINGEND")
    other = db.run(ops.create_board, site_id, "Anderes").value.id
    db.run(ops.create_label, other, "dringend")  # another board is fine
    assert _count(db, Label, Label.board_id == board_id) == 1


@pytest.mark.parametrize(
    "color", ["red", "#fff", "#12345g", "123456", "#1234567", "", "#ffffff\n", " #ffffff"]
)
def test_bad_label_colour_is_refused(db: Database, board_id: int, color: str) -> None:
    with pytest.raises(ValidationError, match="#rrggbb"):
        db.run(ops.create_label, board_id, "X", color)
    assert _count(db, Label) == 0


def test_update_label_renames_and_recolours(db: Database, board_id: int) -> None:
    a = db.run(ops.create_label, board_id, "Dringend").value.id
    db.run(ops.create_label, board_id, "Wartet")
    result = db.run(ops.update_label, a, name="dringend!", color="#00FF00")
    assert Change.LABELS in result.changes
    # Changing only the case of its own name is allowed.
    db.run(ops.update_label, a, name="DRINGEND!")
    with pytest.raises(ValidationError, match="schon"):
        db.run(ops.update_label, a, name="wartet")
    with pytest.raises(ValidationError, match="#rrggbb"):
        db.run(ops.update_label, a, color="grün")
    with db.session() as s:
        label = s.get_one(Label, a)
        assert (label.name, label.color) == ("DRINGEND!", "#00ff00")


def test_delete_label_removes_it_from_cards(db: Database, board_id: int) -> None:
    a = db.run(ops.create_label, board_id, "A").value.id
    b = db.run(ops.create_label, board_id, "B").value.id
    card = db.run(card_ops.create_card, board_id, "Karte").value.id
    db.run(card_ops.set_labels, card, [a, b])
    result = db.run(ops.delete_label, a)
    assert Change.LABELS in result.changes and Change.CARDS in result.changes
    with db.session() as s:
        assert s.get(Label, a) is None
        assert [label.id for label in s.get_one(Card, card).labels] == [b]
    assert _count(db, CardLabel) == 1
