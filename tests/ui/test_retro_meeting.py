"""The retrospective meeting through its real widgets on a real database: a whole meeting from
choosing a template to the next retrospective's review, the privacy curtain, anonymity in the
database, dot voting within budget and cap, actions that become board cards, the timer's
gentle signal, presentation mode and accessibility of every phase."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QWidget,
)
from sqlalchemy import select, text

from kimboard.core.db import Database
from kimboard.core.models import (
    ActionItem,
    Card,
    RetroItem,
    RetroRating,
    Retrospective,
    RetroTemplate,
    RetroVote,
)
from kimboard.core.ops import boards, people, retros, sites
from kimboard.ui import retro as retro_ui
from kimboard.ui.retro import open_retro, start, start_new_retro
from kimboard.ui.retro.actions import BoardChoiceDialog
from kimboard.ui.retro.meeting import RetroMeetingWindow
from kimboard.ui.retro.notes import NoteList, encode_items
from kimboard.ui.retro.presentation import FONT_SCALE_KEY, HIGH_CONTRAST_KEY
from kimboard.ui.retro.start import NewRetroDialog
from tests.ui.a11y import unnamed_widgets

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
LEFT = Qt.MouseButton.LeftButton
MOVE = Qt.DropAction.MoveAction


@dataclass
class Env:
    site: int
    board: int
    members: list[int]


@dataclass
class Hooks:
    """Answers for the window's dialog hooks (no modal loop in tests)."""

    confirm_answer: bool = True
    confirms: list[str] = field(default_factory=list)
    texts: list[str | None] = field(default_factory=list)
    menu_choices: list[str] = field(default_factory=list)
    dialogs: list[Callable[[Any], bool]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    beeps: int = 0


@pytest.fixture
def env(db: Database) -> Env:
    site = db.run(sites.create_site, "Ausländerbehörde Musterstadt", "ABH-MST").value.id
    board = db.run(boards.create_board, site, "KIM-Team", "scrum").value.id
    members = [db.run(people.create_member, site, name).value.id
               for name in ("Aylin Demir", "Jonas Weber", "Sina Krüger")]
    return Env(site, board, members)


def _all_actions(menu: QMenu) -> list[Any]:
    found = []
    for action in menu.actions():
        found.append(action)
        if action.menu() is not None:
            found.extend(_all_actions(action.menu()))
    return found


def _open(qtbot, db: Database, retro_id: int) -> tuple[RetroMeetingWindow, Hooks]:  # noqa: ANN001
    window = RetroMeetingWindow(db, retro_id)
    qtbot.addWidget(window)
    hooks = Hooks()

    def confirm(title: str, message: str, yes: str) -> bool:
        hooks.confirms.append(message)
        return hooks.confirm_answer

    def ask_text(title: str, label: str, value: str = "") -> str | None:
        return hooks.texts.pop(0)

    def exec_menu(menu: QMenu, pos: QPoint) -> Any:
        wanted = hooks.menu_choices.pop(0)
        for action in _all_actions(menu):
            if wanted in action.text().replace("&", "") and action.isEnabled():
                action.trigger()
                return action
        raise AssertionError(f"no enabled menu entry {wanted!r}")

    def exec_dialog(dialog: QDialog) -> bool:
        return hooks.dialogs.pop(0)(dialog)

    def beep() -> None:
        hooks.beeps += 1

    window.confirm = confirm  # type: ignore[method-assign]
    window.ask_text = ask_text  # type: ignore[method-assign]
    window.exec_menu = exec_menu  # type: ignore[method-assign]
    window.exec_dialog = exec_dialog  # type: ignore[method-assign]
    window.show_error = hooks.errors.append  # type: ignore[method-assign]
    window.beep = beep  # type: ignore[method-assign]
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()  # keys that belong to a page need the window to be active
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    QApplication.processEvents()  # the page takes the focus once the window is shown
    return window, hooks


def _press(qtbot, window: QWidget, key: Qt.Key,  # noqa: ANN001
           mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key as the window system delivers it (shortcuts included) to the focused widget."""
    qtbot.keyClick(window.windowHandle(), key, mods)


def _type(qtbot, edit: QLineEdit, value: str) -> None:  # noqa: ANN001
    qtbot.keyClicks(edit, value)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def visible_texts(root: QWidget) -> str:
    """Every text a person in the room could read in the window right now."""
    texts = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root):
            continue
        texts += [widget.toolTip(), widget.accessibleName()]
        if isinstance(widget, QLabel | QLineEdit | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QPlainTextEdit):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for row in range(model.rowCount()):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                             Qt.ItemDataRole.AccessibleTextRole):
                    texts.append(str(model.index(row, 0).data(role) or ""))
    return "\n".join(texts)


def _drop(target: QWidget, data: QMimeData) -> None:
    """What the window system sends during a drag: enter, move, drop."""
    pos = QPoint(20, 20)
    buttons, mods = LEFT, Qt.KeyboardModifier.NoModifier
    for event in (QDragEnterEvent(pos, MOVE, data, buttons, mods),
                  QDragMoveEvent(pos, MOVE, data, buttons, mods),
                  QDropEvent(QPointF(pos), MOVE, data, buttons, mods)):
        QApplication.sendEvent(target, event)


def _item_id(db: Database, retro_id: int, text_start: str) -> int:
    with db.session() as s:
        return s.scalar(select(RetroItem.id).where(RetroItem.retro_id == retro_id,
                                                   RetroItem.text.startswith(text_start)))


def _only_window(window: QWidget) -> bool:
    """Nothing popped up beside the meeting window (no stray top-level widget)."""
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [window]


def _select(notes: NoteList, item_id: int) -> None:
    notes.setFocus()
    notes.select_row(notes.item_ids().index(item_id))


# --------------------------------------------------------------------------- the whole meeting


def test_a_whole_retrospective_through_the_ui(qtbot, db: Database, env: Env) -> None:  # noqa: ANN001, PLR0915
    # --- choose a template in "Neue Retrospektive"
    dialog = NewRetroDialog(db, env.site, env.board)
    qtbot.addWidget(dialog)
    dialog.date.setDate(dialog.date.date().fromString("03.03.2025", "dd.MM.yyyy"))
    dialog.template.setCurrentIndex(dialog.template.findText("Segelboot"))
    assert dialog.anonymous.isChecked()  # anonymous by default
    dialog.participants.setValue(2)
    dialog.show()
    assert unnamed_widgets(dialog) == []
    qtbot.mouseClick(dialog.start_button, LEFT)
    assert dialog.result() == QDialog.DialogCode.Accepted
    retro_id = dialog.retro_id
    assert retro_id is not None
    with db.session() as s:
        retro = s.get_one(Retrospective, retro_id)
        assert s.get_one(RetroTemplate, retro.template_id).key == "sailboat"
        assert retro.board_id == env.board and retro.anonymous
        assert retro.held_on == dt.date(2025, 3, 3)

    window, hooks = _open(qtbot, db, retro_id)
    prompts = [p.id for p in window.snap.prompts]
    assert [p.title for p in window.snap.prompts] == ["Wind", "Anker", "Felsen", "Insel"]
    assert "Jetzt: Ankommen" in window.guide.text()
    assert unnamed_widgets(window) == []

    # --- check-in: moods are collected, then saved without names
    checkin = window.page()
    qtbot.mouseClick(checkin.rating.buttons[3], LEFT)
    qtbot.mouseClick(checkin.rating.buttons[4], LEFT)
    qtbot.mouseClick(checkin.rating.undo_button, LEFT)  # a mistyped value is taken back
    qtbot.mouseClick(checkin.rating.buttons[2], LEFT)

    # --- Strg+→ moves on (saving the pending moods); review: nothing earlier to review
    _press(qtbot, window, Qt.Key.Key_Right, CTRL)
    assert window.snap.phase == "review"
    with db.session() as s:
        moods = s.scalars(select(RetroRating.value).where(RetroRating.retro_id == retro_id,
                                                          RetroRating.kind == "mood")).all()
    assert sorted(moods) == [3, 4]
    assert "Keine offenen Maßnahmen" in visible_texts(window)
    assert unnamed_widgets(window) == []

    # --- writing behind the curtain (Bild ab, as a presenter's clicker sends it)
    _press(qtbot, window, Qt.Key.Key_PageDown)
    assert window.snap.phase == "writing"
    curtain = window.page().curtain
    assert "Person 1 von 2" in curtain.title.text()
    assert unnamed_widgets(window) == []
    qtbot.mouseClick(curtain.my_turn, LEFT)
    assert curtain.is_open()
    _type(qtbot, curtain.input_for(prompts[0]), "Sprechstunde mit dem Jobcenter")
    _type(qtbot, curtain.input_for(prompts[1]), "Terminvergabe dauert zu lange")
    assert "Sprechstunde mit dem Jobcenter" in visible_texts(window)  # one's own: visible
    assert unnamed_widgets(window) == [] and _only_window(window)
    qtbot.mouseClick(curtain.finish_button, LEFT)
    assert not curtain.is_open()
    assert "Person 2 von 2" in curtain.title.text()
    screen = visible_texts(window)
    assert "Sprechstunde" not in screen and "Terminvergabe dauert" not in screen
    qtbot.mouseClick(curtain.my_turn, LEFT)
    screen = visible_texts(window)  # the second person's sheet: nothing of the first
    assert "Sprechstunde" not in screen and "Terminvergabe dauert" not in screen
    _type(qtbot, curtain.input_for(prompts[1]), "Termine fehlen im Kalender")
    _type(qtbot, curtain.input_for(prompts[3]), "Ein gemeinsames Postfach")
    screen = visible_texts(window)
    assert "Sprechstunde" not in screen and "Terminvergabe dauert" not in screen
    _press(qtbot, window, Qt.Key.Key_Return, CTRL)  # "Fertig – Vorhang zu"
    assert not curtain.is_open()
    assert "Alle 2 Personen haben geschrieben" in curtain.title.text()
    with db.session() as s:
        authors = s.scalars(select(RetroItem.author_id)
                            .where(RetroItem.retro_id == retro_id)).all()
    assert authors == [None, None, None, None]

    # --- reveal: hidden until "Aufdecken", then everything, shuffled per prompt
    _press(qtbot, window, Qt.Key.Key_Right, CTRL)
    assert window.snap.phase == "reveal"
    reveal = window.page()
    assert "Sprechstunde" not in visible_texts(window)
    assert unnamed_widgets(window) == []
    qtbot.mouseClick(reveal.reveal_button, LEFT)
    assert sorted(reveal.lists[prompts[1]].texts()) == ["Termine fehlen im Kalender",
                                                        "Terminvergabe dauert zu lange"]
    assert reveal.lists[prompts[0]].texts() == ["Sprechstunde mit dem Jobcenter"]
    assert unnamed_widgets(window) == []

    # --- grouping by keyboard: Strg+Umschalt+G (new group), Strg+G (add to group), undo
    _press(qtbot, window, Qt.Key.Key_Right, CTRL)
    assert window.snap.phase == "grouping"
    grouping = window.page()
    slow = _item_id(db, retro_id, "Terminvergabe dauert")
    missing = _item_id(db, retro_id, "Termine fehlen")
    talk = _item_id(db, retro_id, "Sprechstunde")
    mailbox = _item_id(db, retro_id, "Ein gemeinsames")
    _select(grouping.ungrouped, slow)
    hooks.texts.append("Terminvergabe")
    _press(qtbot, window, Qt.Key.Key_G, CTRL | SHIFT)
    with db.session() as s:
        group_id = s.get_one(RetroItem, slow).group_id
    assert group_id is not None
    assert grouping.boxes[group_id].title.text() == "Terminvergabe"
    assert grouping.ungrouped.hasFocus()  # the keys go on where they were
    _select(grouping.ungrouped, missing)
    hooks.menu_choices.append("Terminvergabe")
    _press(qtbot, window, Qt.Key.Key_G, CTRL)
    assert sorted(grouping.boxes[group_id].notes.item_ids()) == sorted([slow, missing])
    _press(qtbot, window, Qt.Key.Key_Z, CTRL)  # undo: out of the group again
    assert missing in grouping.ungrouped.item_ids()
    _press(qtbot, window, Qt.Key.Key_Z, CTRL | SHIFT)  # redo
    assert missing in grouping.boxes[group_id].notes.item_ids()
    # and by drag and drop: onto "Neue Gruppe"
    hooks.texts.append("Zusammenarbeit mit dem Jobcenter")
    _drop(grouping.drop_zone, encode_items(window.snap.uuid, [talk]))
    with db.session() as s:
        partner_group = s.get_one(RetroItem, talk).group_id
    assert partner_group not in (None, group_id)
    assert grouping.ungrouped.item_ids() == [mailbox]
    assert unnamed_widgets(window) == []

    # --- voting behind the curtain: cap and budget refused with a visible German message
    _press(qtbot, window, Qt.Key.Key_Right, CTRL)
    assert window.snap.phase == "voting"
    voting = window.page()
    curtain = voting.curtain
    qtbot.mouseClick(curtain.my_turn, LEFT)
    assert unnamed_widgets(window) == [] and _only_window(window)
    _minus, plus = curtain.vote_buttons(("group", group_id))
    qtbot.mouseClick(plus, LEFT)
    qtbot.mouseClick(plus, LEFT)
    qtbot.mouseClick(plus, LEFT)  # a third dot on one topic: over the cap
    message = curtain.message_label
    assert message is not None and message.isVisible()
    assert "höchstens 2 Stimmen" in message.text()
    qtbot.mouseClick(curtain.vote_buttons(("item", mailbox))[1], LEFT)
    qtbot.mouseClick(curtain.vote_buttons(("group", partner_group))[1], LEFT)  # over budget
    assert message.isVisible()
    assert "Alle 3 Stimmen sind schon vergeben" in message.text()
    assert hooks.beeps == 2 and hooks.errors == []  # gentle, not modal
    qtbot.mouseClick(curtain.finish_button, LEFT)
    qtbot.mouseClick(curtain.my_turn, LEFT)
    assert "noch 3 von 3" in curtain._left.text()  # the second person starts from zero
    qtbot.mouseClick(curtain.vote_buttons(("group", partner_group))[1], LEFT)
    qtbot.mouseClick(curtain.finish_button, LEFT)
    with db.session() as s:
        tokens = s.scalars(select(RetroVote.voter_token)
                           .where(RetroVote.retro_id == retro_id)).all()
    assert len(tokens) == 4 and len(set(tokens)) == 2
    assert curtain.results.isVisible()
    qtbot.mouseClick(curtain.results, LEFT)
    results = visible_texts(voting.results)
    assert results.index("1. Terminvergabe") < results.index("2. ")
    assert unnamed_widgets(window) == []

    # --- discussion: topics by votes, notes saved, an action for the topic
    _press(qtbot, window, Qt.Key.Key_Right, CTRL)
    assert window.snap.phase == "discussion"
    discussion = window.page()
    assert discussion.title.text() == "Terminvergabe"  # the most votes first
    qtbot.keyClicks(discussion.editor, "Termine vorher im Board abstimmen")
    _type(qtbot, discussion.action_edit, "Terminkalender woechentlich pflegen")
    with db.session() as s:
        notes = s.scalar(select(text("discussion_notes FROM retro_groups WHERE id = :g"))
                         .params(g=group_id))
        action_id, action_group = s.execute(select(ActionItem.id, ActionItem.group_id)
                                            .where(ActionItem.retro_id == retro_id)).one()
    assert notes == "Termine vorher im Board abstimmen"
    assert action_group == group_id
    assert unnamed_widgets(window) == []

    # --- actions: another one with owner and due date; the first becomes a board card
    _press(qtbot, window, Qt.Key.Key_Right, CTRL)
    assert window.snap.phase == "actions"
    actions = window.page()
    actions.owner.setCurrentIndex(actions.owner.findData(env.members[1]))
    _type(qtbot, actions.text, "Postfach beantragen")
    with db.session() as s:
        second_id, owner, due = s.execute(
            select(ActionItem.id, ActionItem.owner_id, ActionItem.due_date)
            .where(ActionItem.text == "Postfach beantragen")).one()
    assert owner == env.members[1] and due == dt.date(2025, 3, 17)

    def choose_board(board_dialog: BoardChoiceDialog) -> bool:
        assert board_dialog.board.currentData() == env.board  # the retrospective's board
        assert unnamed_widgets(board_dialog) == []
        return True

    hooks.dialogs.append(choose_board)
    qtbot.mouseClick(actions.rows_by_action[action_id]["to_board"], LEFT)
    with db.session() as s:
        card_id = s.get_one(ActionItem, action_id).card_id
        card = s.scalar(select(Card).where(Card.board_id == env.board,
                                           Card.title == "Terminkalender woechentlich pflegen"))
        assert card is not None and card.id == card_id
        assert "Retrospektive" in card.description and "03.03.2025" in card.description
        assert "„Terminvergabe“" in card.description  # the card names the topic
    assert "card" in actions.rows_by_action[action_id]
    assert unnamed_widgets(window) == []

    # --- closing: ROTI, then "Abschließen"
    _press(qtbot, window, Qt.Key.Key_Right, CTRL)
    closing = window.page()
    qtbot.mouseClick(closing.rating.buttons[3], LEFT)
    qtbot.mouseClick(closing.rating.save_button, LEFT)
    assert "Ø 4 aus 1" in closing.rating.result_title.text()
    assert unnamed_widgets(window) == []
    _press(qtbot, window, Qt.Key.Key_Right, CTRL)
    assert window.snap.phase == "finished"
    assert not window.next_button.isEnabled()
    assert unnamed_widgets(window) == [] and _only_window(window)
    window.close()

    # --- the next retrospective reviews the open actions
    next_id = db.run(retros.create_retro, env.site, "Retrospektive Sprint 2",
                     dt.date(2025, 3, 17), board_id=env.board).value.id
    later, _hooks = _open(qtbot, db, next_id)
    _press(qtbot, later, Qt.Key.Key_Right, CTRL)
    assert later.snap.phase == "review"
    review = later.page()
    screen = visible_texts(later)
    assert "Terminkalender woechentlich pflegen" in screen and "Postfach beantragen" in screen
    qtbot.mouseClick(review.choice_buttons[action_id]["effective"], LEFT)
    qtbot.mouseClick(review.choice_buttons[second_id]["done"], LEFT)
    reviewed = (ActionItem.status, ActionItem.outcome, ActionItem.reviewed_in_retro_id)
    with db.session() as s:
        first_after = s.execute(select(*reviewed).where(ActionItem.id == action_id)).one()
        second_after = s.execute(select(*reviewed).where(ActionItem.id == second_id)).one()
    assert tuple(first_after) == ("done", "effective", next_id)
    assert tuple(second_after) == ("done", None, next_id)
    assert review.choice_buttons[action_id]["effective"].isChecked()
    assert unnamed_widgets(later) == []


# --------------------------------------------------------------------------- anonymity


def test_anonymous_items_have_no_author_in_the_database(qtbot, db: Database,  # noqa: ANN001
                                                        env: Env) -> None:
    anonymous = db.run(retros.create_retro, env.site, "Anonym", dt.date(2025, 3, 3)).value.id
    named = db.run(retros.create_retro, env.site, "Mit Namen", dt.date(2025, 3, 3),
                   anonymous=False).value.id
    for retro_id, text_ in ((anonymous, "Anonymer Beitrag"), (named, "Namentlicher Beitrag")):
        db.run(retros.set_phase, retro_id, "writing")
        window, _hooks = _open(qtbot, db, retro_id)
        curtain = window.page().curtain
        qtbot.mouseClick(curtain.my_turn, LEFT)
        if retro_id == anonymous:
            assert curtain.author_combo is None  # nobody is even asked
            assert "Ihr Name wird nicht gespeichert" in visible_texts(window)
        else:
            assert curtain.author_combo is not None
            curtain.author_combo.setCurrentIndex(curtain.author_combo.findData(env.members[0]))
        _type(qtbot, curtain.input_for(window.snap.prompts[0].id), text_)
        qtbot.mouseClick(curtain.finish_button, LEFT)
        window.close()
    with db.session() as s:
        rows = s.execute(text("SELECT retro_id, author_id FROM retro_items")).all()
    assert dict(rows) == {anonymous: None, named: env.members[0]}


def test_taking_back_an_own_item_puts_its_text_back(qtbot, db: Database, env: Env) -> None:  # noqa: ANN001
    retro_id = db.run(retros.create_retro, env.site, "R", dt.date(2025, 3, 3)).value.id
    db.run(retros.set_phase, retro_id, "writing")
    window, _hooks = _open(qtbot, db, retro_id)
    curtain = window.page().curtain
    prompt = window.snap.prompts[0].id
    qtbot.mouseClick(curtain.my_turn, LEFT)
    _type(qtbot, curtain.input_for(prompt), "Tippfehlr")
    own = curtain._own_lists[prompt]
    own.setFocus()
    own.select_row(0)
    qtbot.keyClick(own, Qt.Key.Key_Delete)
    assert curtain.input_for(prompt).text() == "Tippfehlr"
    assert own.item_ids() == []
    with db.session() as s:
        assert s.scalars(select(RetroItem).where(RetroItem.retro_id == retro_id)).all() == []
    # unsent text is not lost silently: closing the curtain asks
    _hooks.confirm_answer = False
    qtbot.mouseClick(curtain.finish_button, LEFT)
    assert curtain.is_open() and _hooks.confirms


# --------------------------------------------------------------------------- groups


def test_dissolving_a_group_asks_first(qtbot, db: Database, env: Env) -> None:  # noqa: ANN001
    retro_id = db.run(retros.create_retro, env.site, "R", dt.date(2025, 3, 3)).value.id
    with db.session() as s:
        prompt = s.get_one(Retrospective, retro_id).template.prompts[0].id
    item = db.run(retros.add_item, retro_id, prompt, "Beitrag").value.id
    group = db.run(retros.create_group, retro_id, "Gruppe").value.id
    db.run(retros.add_item_to_group, item, group)
    db.run(retros.set_phase, retro_id, "grouping")
    window, hooks = _open(qtbot, db, retro_id)
    page = window.page()
    hooks.confirm_answer = False
    qtbot.mouseClick(page.boxes[group].dissolve, LEFT)
    assert hooks.confirms and group in page.boxes
    hooks.confirm_answer = True
    qtbot.mouseClick(page.boxes[group].dissolve, LEFT)
    assert group not in page.boxes
    assert page.ungrouped.item_ids() == [item]  # the item stays


def test_renaming_a_group_in_place_is_undoable(qtbot, db: Database, env: Env) -> None:  # noqa: ANN001
    retro_id = db.run(retros.create_retro, env.site, "R", dt.date(2025, 3, 3)).value.id
    group = db.run(retros.create_group, retro_id, "Alt").value.id
    db.run(retros.set_phase, retro_id, "grouping")
    window, _hooks = _open(qtbot, db, retro_id)
    title = window.page().boxes[group].title
    title.setFocus()
    title.selectAll()
    _type(qtbot, title, "Neu")
    assert window.snap.group(group).title == "Neu"
    window.undo_stack.undo()
    assert window.snap.group(group).title == "Alt"


# --------------------------------------------------------------------------- window


def test_phases_step_back_and_forth_by_keyboard(qtbot, db: Database, env: Env) -> None:  # noqa: ANN001
    retro_id = db.run(retros.create_retro, env.site, "R", dt.date(2025, 3, 3)).value.id
    window, _hooks = _open(qtbot, db, retro_id)
    assert window.phase_bar.steps["check_in"].property("state") == "current"
    _press(qtbot, window, Qt.Key.Key_PageDown)
    _press(qtbot, window, Qt.Key.Key_PageDown)
    assert window.snap.phase == "writing"
    assert window.phase_bar.steps["review"].property("state") == "done"
    _press(qtbot, window, Qt.Key.Key_PageUp)
    assert window.snap.phase == "review"
    _press(qtbot, window, Qt.Key.Key_Left, CTRL)
    assert window.snap.phase == "check_in"
    assert not window.back_button.isEnabled()
    assert "Strg+Pfeil rechts" in window.next_button.toolTip()
    qtbot.mouseClick(window.phase_bar.steps["voting"], LEFT)  # the facilitator jumps
    with db.session() as s:
        assert s.get_one(Retrospective, retro_id).phase == "voting"


def test_timer_signals_gently_when_the_time_is_up(qtbot, db: Database, env: Env) -> None:  # noqa: ANN001
    retro_id = db.run(retros.create_retro, env.site, "R", dt.date(2025, 3, 3)).value.id
    window, hooks = _open(qtbot, db, retro_id)
    timer = window.timer
    assert timer.display.text() == "05:00"  # the check-in's suggested five minutes
    qtbot.mouseClick(timer.less_button, LEFT)
    assert timer.display.text() == "04:00"
    _press(qtbot, window, Qt.Key.Key_T, CTRL)
    assert timer.running and timer.start_button.text() == "Pause"
    for _ in range(240):
        timer.tick()
    assert hooks.beeps == 1
    assert "ist um" in window.statusBar().currentMessage()
    assert timer.display.property("state") == "expired"
    timer.tick()
    assert timer.display.text() == "+00:01" and hooks.beeps == 1  # once, and counting on
    assert hooks.errors == [] and QApplication.activeModalWidget() is None
    _press(qtbot, window, Qt.Key.Key_T, CTRL | SHIFT)
    assert timer.display.text() == "04:00" and not timer.running


def test_presentation_mode_is_full_screen_large_and_high_contrast(qtbot, db: Database,  # noqa: ANN001
                                                                   env: Env) -> None:
    QSettings().setValue(FONT_SCALE_KEY, 2.0)
    retro_id = db.run(retros.create_retro, env.site, "R", dt.date(2025, 3, 3)).value.id
    window, _hooks = _open(qtbot, db, retro_id)
    normal = window.back_button.font().pointSizeF()
    _press(qtbot, window, Qt.Key.Key_F5)
    assert window.isFullScreen() and window.presentation.active
    assert window.back_button.font().pointSizeF() == pytest.approx(normal * 2.0, abs=0.2)
    assert "#000000" in window.styleSheet() and not window.menuBar().isVisible()
    assert unnamed_widgets(window) == []
    _press(qtbot, window, Qt.Key.Key_PageDown)  # the facilitator's keys still work
    assert window.snap.phase == "review"
    _press(qtbot, window, Qt.Key.Key_Escape)
    assert not window.isFullScreen() and not window.presentation.active
    assert window.back_button.font().pointSizeF() == pytest.approx(normal)
    QSettings().setValue(HIGH_CONTRAST_KEY, False)
    _press(qtbot, window, Qt.Key.Key_F11)
    assert window.presentation.active and "#000000" not in window.styleSheet()


def test_start_new_retro_creates_and_opens_the_meeting(qtbot, db: Database, env: Env,  # noqa: ANN001
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    def fill(dialog: NewRetroDialog) -> int:
        qtbot.addWidget(dialog)
        assert dialog.board.currentData() == env.board
        dialog.title.setText("Retro im Besprechungsraum")
        dialog.budget.setValue(5)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(start, "exec_dialog", fill)
    retro_id = start_new_retro(None, db, env.site, env.board)
    assert retro_id is not None
    window = open_retro(None, db, retro_id)  # already open: the same window comes up
    assert open_retro(None, db, retro_id) is window
    assert window.snap.title == "Retro im Besprechungsraum" and window.snap.vote_budget == 5
    assert window.participants() == 6
    window.close()  # closing deletes the window and forgets it
    qtbot.waitUntil(lambda: retro_id not in retro_ui._WINDOWS, timeout=2000)

    monkeypatch.setattr(start, "exec_dialog", lambda dialog: 0)
    assert start_new_retro(None, db, env.site) is None


def test_a_refused_start_keeps_the_dialog_open(qtbot, db: Database, env: Env) -> None:  # noqa: ANN001
    dialog = NewRetroDialog(db, env.site)
    qtbot.addWidget(dialog)
    dialog.title.setText("   ")
    dialog.accept()
    assert dialog.retro_id is None and dialog.error_label.isVisibleTo(dialog)
    assert "Titel" in dialog.error_label.text()


def test_an_action_becomes_a_solution_approach(qtbot, db: Database, env: Env,  # noqa: ANN001
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from kimboard.core.models import SolutionApproach, SolutionLink
    from kimboard.core.ops import retros as retro_ops
    from kimboard.ui.kim import solutions

    retro = db.run(retro_ops.create_retro, env.site, "Retro März", dt.date(2025, 3, 3),
                   board_id=env.board).value.id
    action = db.run(retro_ops.create_action, retro, "Sprechstunde mit dem Jobcenter").value.id
    db.run(retro_ops.set_phase, retro, "actions")
    window, _hooks = _open(qtbot, db, retro)
    page = window.pages["actions"] if hasattr(window, "pages") else None
    assert page is not None

    def accept(dialog: QDialog) -> bool:
        dialog.accept()
        return True

    monkeypatch.setattr(solutions, "exec_dialog", accept)
    qtbot.mouseClick(page.rows_by_action[action]["solution"], LEFT)
    with db.session() as s:
        approach = s.scalar(select(SolutionApproach).where(
            SolutionApproach.title == "Sprechstunde mit dem Jobcenter"))
        assert approach is not None
        kinds = set(s.scalars(select(SolutionLink.target_kind).where(
            SolutionLink.approach_id == approach.id)))
    assert "action_item" in kinds
