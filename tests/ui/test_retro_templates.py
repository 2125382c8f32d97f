"""The template dialog: copy a built-in template, edit, recolour and reorder its prompts."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from kimboard.core.db import Database
from kimboard.core.models import RetroTemplate
from kimboard.core.ops.sites import create_site
from kimboard.ui.retro.templates import NewTemplateDialog, PromptDialog, RetroTemplatesDialog
from tests.ui.a11y import unnamed_widgets


def _prompts(db: Database, template_id: int) -> list[tuple[str, str, str]]:
    with db.session() as s:
        template = s.get_one(RetroTemplate, template_id)
        return [(p.title, p.description, p.color) for p in template.prompts]


def _builtin_id(db: Database, key: str) -> int:
    with db.session() as s:
        found = s.scalar(select(RetroTemplate.id).where(RetroTemplate.key == key))
    assert found is not None
    return found


@pytest.fixture
def dialog(qtbot, db: Database) -> RetroTemplatesDialog:  # noqa: ANN001
    site = db.run(create_site, "Ausländerbehörde Teststadt", "ABH-T").value.id
    dlg = RetroTemplatesDialog(db, site)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def test_lists_the_builtin_templates_read_only(dialog: RetroTemplatesDialog,
                                               db: Database) -> None:
    names = [t.name for t in dialog.templates]
    for expected in ("Start/Stop/Continue", "Mad/Sad/Glad", "4L", "Segelboot", "Seestern",
                     "Kundenperspektive", "Zusammenarbeit mit Netzwerkpartnern",
                     "Diversität und interkulturelle Öffnung", "Führung"):
        assert expected in names
    dialog.select_template(_builtin_id(db, "sailboat"))
    assert dialog.name_edit.text() == "Segelboot"
    assert dialog.prompt_list.topLevelItemCount() == 4
    assert "nur lesbar" in dialog.note.text()
    assert dialog.name_edit.isReadOnly()
    for button in (dialog.add_prompt_button, dialog.edit_prompt_button, dialog.up_button,
                   dialog.down_button, dialog.remove_button, dialog.delete_button):
        assert not button.isEnabled()
    assert dialog.copy_button.isEnabled()
    assert not dialog.move_prompt(+1)  # also refused without the button


def test_dialog_has_no_unnamed_widgets(dialog: RetroTemplatesDialog) -> None:
    assert unnamed_widgets(dialog) == []
    prompt = PromptDialog(dialog)
    prompt.show()
    assert unnamed_widgets(prompt) == []
    new = NewTemplateDialog(dialog)
    new.show()
    assert unnamed_widgets(new) == []


def test_copy_edit_recolour_reorder_and_save(dialog: RetroTemplatesDialog, db: Database,
                                             qtbot) -> None:  # noqa: ANN001
    changes: list[int] = []
    dialog.changed.connect(lambda: changes.append(1))
    dialog.select_template(_builtin_id(db, "4l"))
    asked: list[str] = []

    def ask(_title: str, _label: str, text: str) -> str:
        asked.append(text)
        return "Unser 4L"

    dialog._ask_text = ask  # type: ignore[method-assign]
    copy_id = dialog.copy_template()
    assert copy_id is not None and asked == ["4L (eigene Fassung)"]
    assert dialog.current_template_id() == copy_id
    assert dialog.name_edit.text() == "Unser 4L" and not dialog.name_edit.isReadOnly()
    assert [p[0] for p in _prompts(db, copy_id)] == ["Gefallen", "Gelernt", "Gefehlt",
                                                      "Gewünscht"]

    # Edit the first prompt: new title, description and a colour from the colour dialog.
    dialog._pick_color = lambda _initial: "#0E7490"  # type: ignore[method-assign]

    def fill(sub: QDialog) -> bool:
        assert isinstance(sub, PromptDialog)
        assert sub.title_edit.text() == "Gefallen"
        sub.title_edit.setText("Was hat uns gefallen?")
        sub.description_edit.setPlainText("Auch Kleinigkeiten")
        sub.custom_button.click()
        assert sub.color() == "#0e7490"
        assert "#0e7490" in sub.color_combo.currentText()  # the colour is named, not only shown
        return True

    dialog._exec = fill  # type: ignore[method-assign]
    dialog.select_prompt(dialog.template().prompts[0].id)  # type: ignore[union-attr]
    assert dialog.edit_prompt()
    assert _prompts(db, copy_id)[0] == ("Was hat uns gefallen?", "Auch Kleinigkeiten",
                                        "#0e7490")

    # Reorder with the keyboard in the list, and with the buttons.
    dialog.prompt_list.setFocus()
    qtbot.keyClick(dialog.prompt_list, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert [p[0] for p in _prompts(db, copy_id)] == ["Gelernt", "Was hat uns gefallen?",
                                                      "Gefehlt", "Gewünscht"]
    assert "Stelle 2 von 4" in dialog.message_label.text()
    qtbot.mouseClick(dialog.down_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.down_button, Qt.MouseButton.LeftButton)
    assert [p[0] for p in _prompts(db, copy_id)][-1] == "Was hat uns gefallen?"
    assert not dialog.down_button.isEnabled()  # already last
    qtbot.mouseClick(dialog.up_button, Qt.MouseButton.LeftButton)
    assert [p[0] for p in _prompts(db, copy_id)][2] == "Was hat uns gefallen?"

    # Add a prompt.
    def add(sub: QDialog) -> bool:
        assert isinstance(sub, PromptDialog)
        sub.title_edit.setText("Wem danken wir?")
        return True

    dialog._exec = add  # type: ignore[method-assign]
    assert dialog.add_prompt() is not None
    assert [p[0] for p in _prompts(db, copy_id)][-1] == "Wem danken wir?"

    # Name and description.
    dialog.name_edit.setText("Lernrunde")
    dialog.description_edit.setPlainText("Unsere Fassung für die Monatsrunde")
    assert dialog.save_button.isEnabled()
    assert dialog.save_details()
    with db.session() as s:
        template = s.get_one(RetroTemplate, copy_id)
        assert (template.name, template.description) == (
            "Lernrunde", "Unsere Fassung für die Monatsrunde")
        assert not template.builtin
    assert changes  # the window behind is told


def test_removing_a_prompt_asks_first(dialog: RetroTemplatesDialog, db: Database) -> None:
    dialog.select_template(_builtin_id(db, "starfish"))
    copy_id = dialog.copy_template("Unser Seestern")
    assert copy_id is not None
    dialog.select_prompt(dialog.template().prompts[1].id)  # type: ignore[union-attr]
    questions: list[str] = []

    def no(_title: str, text: str) -> bool:
        questions.append(text)
        return False

    dialog._confirm = no  # type: ignore[method-assign]
    assert not dialog.delete_prompt()
    assert len(_prompts(db, copy_id)) == 5
    assert questions == ["Die Frage „Weniger davon“ aus der Vorlage „Unser Seestern“ entfernen?"]
    dialog._confirm = lambda _title, _text: True  # type: ignore[method-assign]
    assert dialog.delete_prompt()
    assert [p[0] for p in _prompts(db, copy_id)] == ["Mehr davon", "Anfangen", "Aufhören",
                                                      "Beibehalten"]
    assert dialog.current_prompt_id() == dialog.template().prompts[1].id  # type: ignore[union-attr]


def test_new_template_and_delete_it(dialog: RetroTemplatesDialog, db: Database) -> None:
    def fill(sub: Any) -> bool:
        assert isinstance(sub, NewTemplateDialog)
        ok = sub.buttons.button(sub.buttons.StandardButton.Ok)
        assert not ok.isEnabled()
        sub.name_edit.setText("Kundenrunde")
        sub.prompt_edit.setText("Was hat Kundinnen und Kunden geholfen?")
        assert ok.isEnabled()
        return True

    dialog._exec = fill  # type: ignore[method-assign]
    new_id = dialog.new_template()
    assert new_id is not None
    assert _prompts(db, new_id) == [("Was hat Kundinnen und Kunden geholfen?", "", "#1d4ed8")]
    assert dialog.delete_button.isEnabled() and not dialog.remove_button.isEnabled()
    dialog._confirm = lambda _title, _text: True  # type: ignore[method-assign]
    assert dialog.delete_template()
    with db.session() as s:
        assert s.get(RetroTemplate, new_id) is None


def test_errors_of_the_core_are_shown(dialog: RetroTemplatesDialog, db: Database) -> None:
    dialog.select_template(_builtin_id(db, "4l"))
    dialog.copy_template("Kopie")
    errors: list[str] = []
    dialog._error = errors.append  # type: ignore[method-assign]
    dialog.name_edit.setText("   ")
    assert not dialog.save_details()
    assert errors and "darf nicht leer sein" in errors[0]
