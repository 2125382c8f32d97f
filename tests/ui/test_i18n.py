"""Translations: the shipped English .qm is built from a complete .ts that holds exactly the texts
of the code; English really shows up; Qt's own buttons speak German; formats follow the locale."""

from __future__ import annotations

import ast
import datetime as dt
import filecmp
import importlib.util
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from kimboard.ui import i18n

ROOT = Path(__file__).resolve().parents[2]


def _load_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "tools" / "update_translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


tool = _load_tool()
TS = tool.ts_path("en")
QM = tool.qm_path("en")
HOW_TO_FIX = ("run `.venv/bin/python tools/update_translations.py`, translate what it lists in "
              "resources/translations/kimboard_en.ts, run it again (see the README there)")


def _need(name: str) -> str:
    found = tool.find_tool(name)
    if found is None:
        pytest.skip(f"{name} is not installed in this environment (PySide6 tools missing)")
    return found


@pytest.fixture
def language(qapp: QApplication) -> Iterator[Callable[[str], None]]:
    """Install a language for one test; afterwards the app is as before (no translators, the
    previous default locale), so the other tests keep seeing German source texts."""
    installed = []
    previous = QLocale()

    def install(code: str) -> None:
        installed.extend(i18n.install_translators(qapp, code))

    yield install
    i18n.remove_translators(qapp, installed)
    QLocale.setDefault(previous)


# --------------------------------------------------------------------------- the files


def test_shipped_qm_is_built_from_the_ts(tmp_path: Path) -> None:
    _need("pyside6-lrelease")
    assert TS.exists() and QM.exists()
    fresh = tmp_path / QM.name
    tool.run_lrelease(TS, fresh)
    assert filecmp.cmp(fresh, QM, shallow=False), f"kimboard_en.qm is stale: {HOW_TO_FIX}"


def test_the_app_loads_translations_from_the_shipped_folder() -> None:
    assert (i18n.TRANSLATIONS_DIR / QM.name).samefile(QM)


def test_every_message_has_a_finished_translation() -> None:
    todo = tool.needs_work(TS)
    assert todo == [], f"untranslated messages {todo}: {HOW_TO_FIX}"


_PLACEHOLDER = re.compile(r"\{\w*\}|%\d")


def test_translations_keep_placeholders_and_accelerators() -> None:
    problems = []
    for (context, source, _comment), element in tool.messages(TS).items():
        translation = element.text or ""
        if sorted(_PLACEHOLDER.findall(translation)) != sorted(_PLACEHOLDER.findall(source)):
            problems.append(f"[{context}] {source!r}: placeholders differ in {translation!r}")
        if translation.count("&") != source.count("&"):
            problems.append(f"[{context}] {source!r}: one & accelerator each, {translation!r}")
        if "Strg" in translation:
            problems.append(f"[{context}] {translation!r}: the English key name is Ctrl")
    assert problems == []


def test_ts_holds_exactly_the_texts_of_the_code(tmp_path: Path) -> None:
    _need("pyside6-lupdate")
    fresh = tmp_path / TS.name
    tool.run_lupdate(fresh, "en")
    in_code, in_ts = set(tool.messages(fresh)), set(tool.messages(TS))
    assert in_code - in_ts == set(), f"texts missing from the .ts: {HOW_TO_FIX}"
    assert in_ts - in_code == set(), f"texts no longer in the code: {HOW_TO_FIX}"


# --------------------------------------------------------------------------- the code

_TR_NAMES = {"tr", "QT_TR_NOOP"}
_TRANSLATE_NAMES = {"translate", "QT_TRANSLATE_NOOP"}


def _is_translation(func: ast.expr) -> bool:
    """tr(…), translate(…), the NOOP markers, self.tr(…), QCoreApplication.translate(…)."""
    if isinstance(func, ast.Name):
        return func.id in _TR_NAMES | _TRANSLATE_NAMES
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
        owner = func.value.id
        return ((func.attr == "tr" and owner == "self")
                or (func.attr == "translate" and owner in ("QCoreApplication", "QApplication")))
    return False


def _translation_calls(path: Path) -> Iterator[tuple[ast.Call, str | None]]:
    """Every tr()/translate() call of a module, with the class it is written in."""

    def visit(node: ast.AST, cls: str | None) -> Iterator[tuple[ast.Call, str | None]]:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                yield from visit(child, child.name)
                continue
            if isinstance(child, ast.Call) and _is_translation(child.func):
                yield child, cls
            yield from visit(child, cls)

    yield from visit(ast.parse(path.read_text(encoding="utf-8")), None)


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


UI_MODULES = sorted((ROOT / "kimboard" / "ui").rglob("*.py"))


def _noop_contexts(path: Path) -> set[str]:
    """Contexts whose texts the module marks with QT_TRANSLATE_NOOP / QT_TR_NOOP."""
    out = set()
    for call, cls in _translation_calls(path):
        func = call.func
        if isinstance(func, ast.Name) and func.id == "QT_TRANSLATE_NOOP" and call.args:
            out.add(_literal(call.args[0]))
        elif isinstance(func, ast.Name) and func.id == "QT_TR_NOOP":
            out.add(cls)
    return {c for c in out if c}


@pytest.mark.parametrize("path", UI_MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_tr_call_uses_a_literal_german_text_found_in_the_ts(path: Path) -> None:
    """lupdate only sees tr()/translate() calls with literal texts. A wrapper such as
    ``def _tr(text): return translate("Ctx", text)`` hides every text passed to it from
    lupdate (they would stay German in English); the one allowed variable text is one the
    module marked with QT_TRANSLATE_NOOP in the same context."""
    known = set(tool.messages(TS))
    marked = _noop_contexts(path)
    problems = []
    for call, cls in _translation_calls(path):
        func = call.func
        name = func.id if isinstance(func, ast.Name) else func.attr  # type: ignore[union-attr]
        args = [_literal(a) for a in call.args]
        if name in _TR_NAMES:
            context, text, comment = cls, args[0] if args else None, (args[1:2] or [""])[0]
        else:
            context, text = (args + [None, None])[:2]
            comment = (args[2:3] or [""])[0]
        where = f"{path.relative_to(ROOT)}:{call.lineno}"
        if text is None and context in marked and name not in ("QT_TRANSLATE_NOOP",
                                                               "QT_TR_NOOP"):
            continue  # translates a text marked with QT_TRANSLATE_NOOP
        if context is None or text is None or comment is None:
            problems.append(f"{where}: {name}() needs literal strings (no variable, no "
                            "f-string, no wrapper function) or lupdate cannot find the text")
        elif (context, text, comment) not in known:
            problems.append(f"{where}: [{context}] {text!r} is not in kimboard_en.ts")
    assert problems == [], f"{problems}: {HOW_TO_FIX}"


# --------------------------------------------------------------------------- at run time


def test_english_main_window(language, qtbot, db) -> None:  # noqa: ANN001
    from kimboard.ui.main_window import MainWindow

    language("en")
    window = MainWindow(db)
    qtbot.addWidget(window)
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus[0] == "&File"
    assert "&Datei" not in menus and "&View" in menus
    assert window.welcome.site_button.text() == "Create the first &office"
    assert window.statusBar().currentMessage() == "No office created yet."
    assert window.language_menu.title() == "&Language"


def test_english_card_description_uses_english_dates_and_numbers(language, db) -> None:  # noqa: ANN001
    from PySide6.QtGui import QUndoStack

    from kimboard.core.ops import boards, cards, sites
    from kimboard.ui.board.page import BoardPage

    language("en")
    site = db.run(sites.create_site, "Ausländerbehörde Musterstadt", "ABH-MST").value.id
    board = db.run(boards.create_board, site, "Team Aufenthalt").value.id
    card = db.run(cards.create_card, board, "Terminvergabe prüfen").value.id
    db.run(cards.update_card, card, due_date=dt.date(2099, 12, 31), estimate=2.5)
    page = BoardPage(db, board, QUndoStack())
    try:
        model = next(m for m in page.view.models.values() if m.rowCount())
        text = model.data(model.index(0, 0), Qt.ItemDataRole.AccessibleTextRole)
        assert text.startswith("Card #1: Terminvergabe prüfen")
        assert "due on 12/31/2099" in text and "2.5 points" in text
    finally:
        page.deleteLater()


def test_german_is_the_source_language(language, qtbot, db) -> None:  # noqa: ANN001
    from kimboard.ui.main_window import MainWindow

    language("de")
    window = MainWindow(db)
    qtbot.addWidget(window)
    assert window.menuBar().actions()[0].text() == "&Datei"


def test_qt_standard_buttons_are_german(language) -> None:  # noqa: ANN001
    language("de")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                           | QDialogButtonBox.StandardButton.Cancel
                           | QDialogButtonBox.StandardButton.Close)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Abbrechen"
    assert box.button(QDialogButtonBox.StandardButton.Close).text() == "Schließen"


def test_removing_the_translators_brings_german_back(qapp) -> None:  # noqa: ANN001
    previous = QLocale()
    translators = i18n.install_translators(qapp, "en")
    try:
        assert QCoreApplication.translate("MainWindow", "&Datei") == "&File"
    finally:
        i18n.remove_translators(qapp, translators)
        QLocale.setDefault(previous)
    assert QCoreApplication.translate("MainWindow", "&Datei") == "&Datei"


def test_formats_follow_the_language(language) -> None:  # noqa: ANN001
    day = dt.date(2025, 12, 31)
    stamp = dt.datetime(2025, 12, 31, 14, 5)
    language("de")
    assert i18n.format_date(day) == "31.12.2025"
    assert i18n.format_day_month(day) == "31.12."
    assert i18n.format_datetime(stamp) == "31.12.2025 14:05"
    assert i18n.format_number(2.5) == "2,5"
    assert i18n.format_number(3.0) == "3"
    assert i18n.format_count(10_000) == "10.000"
    language("en")
    assert i18n.format_date(day) == "12/31/2025"
    assert i18n.format_day_month(day) == "12/31"
    # newer CLDR data puts a narrow no-break space before AM/PM
    assert i18n.format_datetime(stamp).replace("\u202f", " ") == "12/31/2025 2:05 PM"
    assert i18n.format_number(2.5) == "2.5"
    assert i18n.format_count(10_000) == "10,000"


# --------------------------------------------------------------------------- choosing


def test_language_menu_stores_the_choice_and_answers_in_that_language(main_window) -> None:  # noqa: ANN001
    said: list[str] = []
    main_window.show_info = said.append
    actions = main_window.language_actions
    assert actions["de"].isChecked() and not actions["en"].isChecked()
    actions["en"].trigger()
    assert QSettings().value("ui/language") == "en"
    assert i18n.configured_language() == "en"
    assert actions["en"].isChecked() and not actions["de"].isChecked()
    assert said == ["The new language takes effect the next time you start kimboard."]
    actions["en"].trigger()  # the same again: nothing to say
    assert len(said) == 1
    actions["de"].trigger()
    assert i18n.configured_language() == "de"
    assert said[-1] == "Die neue Sprache gilt ab dem nächsten Start von kimboard."


def test_unknown_configured_language_falls_back_to_german() -> None:
    QSettings().setValue("ui/language", "xx")
    assert i18n.configured_language() == "de"
    with pytest.raises(ValueError):
        i18n.set_configured_language("xx")
