"""The user guide and the shortcut overview: F1 opens the guide from the main window, the search
finds and highlights, every link and every menu entry the guide names is real, the guide's
shortcut table agrees with the live menus, the overview lists the live keys, and no two active
actions of the main window share a key."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from importlib.resources import files
from pathlib import Path

import pytest
from kimboard.resources import RESOURCES_DIR
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QWidget

from kimboard.core.db import Database
from kimboard.core.ops import boards, cards, sites
from kimboard.ui import help as help_ui
from kimboard.ui.help import (
    HELP_DIR,
    HelpWindow,
    find_words,
    fold,
    help_window_of,
    load_guide,
    open_help,
    search,
    word_pattern,
)
from kimboard.ui.shortcuts import (
    PORTABLE_ROLE,
    ShortcutsDialog,
    find_conflicts,
    key_text,
    plain_text,
    show_shortcuts,
)
from tests.ui.a11y import unnamed_widgets

CTRL = Qt.KeyboardModifier.ControlModifier
PORTABLE = QKeySequence.SequenceFormat.PortableText
CHAPTER_FILES = sorted(HELP_DIR.glob("[0-9]*-*.html"))


def _activate(qtbot, window: QWidget) -> None:  # noqa: ANN001
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)


def _first_heading(window: HelpWindow) -> str:
    block = window.browser.document().begin()
    while block.isValid():
        if block.blockFormat().headingLevel() == 1:
            return block.text().strip()
        block = block.next()
    return ""


@pytest.fixture
def german() -> Iterator[None]:
    """The guide's note depends on the UI language, which the default locale tells."""
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    QLocale.setDefault(previous)


@pytest.fixture
def scrum(db: Database) -> dict[str, object]:
    site = db.run(sites.create_site, "Ausländerbehörde Musterstadt", "ABH-MST").value
    board = db.run(boards.create_board, site.id, "KIM-Team", "scrum").value
    card = db.run(cards.create_card, board.id, "Merkblatt überarbeiten").value
    return {"site": site, "board": board, "card": card}


# --------------------------------------------------------------------------- opening


def test_f1_opens_the_guide_at_its_first_heading(qtbot, main_window, german) -> None:  # noqa: ANN001
    _activate(qtbot, main_window)
    assert help_window_of(main_window) is None
    qtbot.keyClick(main_window, Qt.Key.Key_F1)
    window = help_window_of(main_window)
    assert window is not None and window.isVisible()
    assert _first_heading(window) == "Erste Schritte" == load_guide()[0].title
    assert window.current_chapter().slug == "erste-schritte"
    assert window.tree.currentItem().text(0) == "Erste Schritte"
    assert not window.note_label.isVisibleTo(window)  # German UI: no English note
    assert "Erste Schritte" in window.windowTitle()


def test_f1_again_raises_the_same_window_and_keeps_the_place(qtbot, main_window) -> None:  # noqa: ANN001
    _activate(qtbot, main_window)
    main_window.help_action.trigger()
    window = help_window_of(main_window)
    window.open_topic("pakete#signaturen")
    _activate(qtbot, main_window)
    qtbot.keyClick(main_window, Qt.Key.Key_F1)
    assert help_window_of(main_window) is window
    assert window.current_chapter().slug == "pakete"  # not sent back to the start
    assert len(main_window.findChildren(HelpWindow)) == 1
    window.close()
    assert not window.isVisible()
    main_window.show_help("sprints#review")
    assert window.isVisible() and window.current_anchor() == "review"


def test_escape_clears_the_search_first_then_closes(qtbot, main_window) -> None:  # noqa: ANN001
    window = open_help(main_window)
    _activate(qtbot, window)
    window.search_edit.setFocus()
    qtbot.keyClicks(window.search_edit, "Sprint")
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Escape)
    assert window.search_edit.text() == "" and window.isVisible()
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_topics_sections_and_history(qtbot, main_window) -> None:  # noqa: ANN001
    window = open_help(main_window, "retrospektiven#vorhang")
    assert window.current_chapter().slug == "retrospektiven"
    assert window.current_anchor() == "vorhang"
    assert window.tree.currentItem().text(0) == "Ein PC für alle: der Sichtschutz-Vorhang"
    assert window.browser.verticalScrollBar().value() > 0  # scrolled to the section
    assert not window.open_topic("gibt-es-nicht")
    assert window.current_chapter().slug == "retrospektiven"
    assert window.open_topic("#pseudonyme")  # an anchor alone: found in its chapter
    assert window.current_chapter().slug == "pakete"
    assert window.back_button.isEnabled()
    qtbot.mouseClick(window.back_button, Qt.MouseButton.LeftButton)
    assert window.current_chapter().slug == "retrospektiven"
    window.forward_action.trigger()
    assert window.current_chapter().slug == "pakete"
    # The chapter list navigates too.
    item = window.tree.topLevelItem(1)
    window.tree.setCurrentItem(item)
    assert window.current_chapter().slug == "boards-und-karten"


def test_english_interface_gets_a_note_in_english(qtbot, german) -> None:  # noqa: ANN001
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    window = HelpWindow()
    qtbot.addWidget(window)
    assert window.note_label.isVisibleTo(window)
    assert window.note_label.text() == "This user guide is available in German only."
    assert _first_heading(window) == "Erste Schritte"  # the German guide all the same


def test_help_window_and_overview_name_every_control(qtbot, main_window) -> None:  # noqa: ANN001
    window = open_help(main_window)
    qtbot.waitExposed(window)
    assert unnamed_widgets(window) == []
    dialog = show_shortcuts(main_window)
    qtbot.waitExposed(dialog)
    assert unnamed_widgets(dialog) == []


def test_guide_is_read_from_the_installed_package_data() -> None:
    assert HELP_DIR == RESOURCES_DIR / "help"
    packaged = files("kimboard.resources").joinpath("help")
    assert packaged.joinpath("01-erste-schritte.html").is_file()
    assert packaged.joinpath("style.css").is_file()
    titles = [c.title for c in load_guide()]
    assert titles == [
        "Erste Schritte", "Boards und Karten", "Sprints, Backlog und Sprint-Review",
        "Retrospektiven", "Pakete austauschen", "KIM-Netzwerk", "Verwaltung und Datenschutz",
        "Tastenkürzel", "Hilfe bei Problemen",
    ]


# --------------------------------------------------------------------------- search


def test_search_finds_the_chapter_and_highlights_the_words(qtbot, main_window) -> None:  # noqa: ANN001
    window = open_help(main_window)
    window.search_edit.setText("Pseudonym")
    slugs = [h.chapter.slug for h in window.results]
    assert "pakete" in slugs and "erste-schritte" not in slugs
    listed = [window.tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)
              for i in range(window.tree.topLevelItemCount())]
    assert listed == slugs  # the list shows only chapters with the word
    assert window.current_chapter().slug == slugs[0]
    assert window.hits and window.current_hit >= 0
    selections = window.browser.extraSelections()
    assert len(selections) == len(window.hits)
    assert all("pseudonym" in fold(s.cursor.selectedText()) for s in selections)
    assert window.result_label.text().startswith("In ")
    # Enter in the field goes to the next hit.
    before = window.current_hit
    window.search_edit.setFocus()
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Return)
    assert window.current_hit != before or len(window.results) > 1
    # Clearing the search brings every chapter back, without marks.
    window.search_edit.clear()
    assert window.tree.topLevelItemCount() == len(load_guide())
    assert window.browser.extraSelections() == []


def test_search_needs_every_word_and_folds_like_the_board(qtbot) -> None:  # noqa: ANN001
    chapters = load_guide()
    hits = {h.chapter.slug for h in search(chapters, "Vorhang Stimmen")}
    assert "retrospektiven" in hits and "pakete" not in hits
    assert all("vorhang" in h.chapter.folded and "stimmen" in h.chapter.folded
               for h in search(chapters, "Vorhang Stimmen"))
    assert search(chapters, "Vorhang Quantenphysik") == []
    assert search(chapters, "   ") == []
    # ß = ss, ä = ae, any case: as the board's search
    assert {h.chapter.slug for h in search(chapters, "MASSNAHMEN")} == \
        {h.chapter.slug for h in search(chapters, "Maßnahmen")}
    assert "verwaltung-und-datenschutz" in {h.chapter.slug for h in search(chapters,
                                                                           "loeschen")}
    sections = next(h for h in search(chapters, "Fingerabdruck")
                    if h.chapter.slug == "pakete").sections
    assert "signaturen" in [s.anchor for s in sections]


def test_word_patterns_find_the_unfolded_text(qapp) -> None:  # noqa: ANN001
    from PySide6.QtGui import QTextDocument

    doc = QTextDocument()
    doc.setPlainText("Die Straße, die STRASSE und die Maßnahme: löschen, Loeschen.")
    assert word_pattern("strasse") == "stra(?:ss|ß)e"
    spans = find_words(doc, ["strasse", "loeschen"])
    found = [doc.toPlainText()[a:b] for a, b in spans]
    assert found == ["Straße", "STRASSE", "löschen", "Loeschen"]


def test_search_without_hits_says_so(qtbot, main_window) -> None:  # noqa: ANN001
    window = open_help(main_window)
    window.search_edit.setText("Quantenphysik")
    assert window.tree.topLevelItemCount() == 0
    assert window.result_label.text() == "Nichts gefunden – bitte andere Wörter versuchen."
    assert window.hits == []


# --------------------------------------------------------------------------- the content

_HREF = re.compile(r'href="([^"]*)"')
_SPAN = re.compile(r'<span class="(menu|key)">(.*?)</span>', re.S)
_ROW = re.compile(r"<tr>(.*?)</tr>", re.S)


def _text(fragment: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", fragment)).split())


@pytest.mark.parametrize("path", CHAPTER_FILES, ids=lambda p: p.name)
def test_every_link_of_a_chapter_resolves(path: Path) -> None:
    chapters = {c.path.name: c for c in load_guide()}
    source = path.read_text(encoding="utf-8")
    problems = []
    for href in _HREF.findall(source):
        if href.startswith(("http://", "https://", "mailto:")):
            continue
        target, _, anchor = href.partition("#")
        chapter = chapters.get(target) if target else chapters[path.name]
        if chapter is None:
            problems.append(f"{href}: no chapter file {target!r}")
        elif anchor and anchor not in chapter.anchors:
            problems.append(f"{href}: no anchor {anchor!r} in {chapter.path.name}")
    assert problems == []
    # every section can be linked to and shows in the chapter list
    chapter = chapters[path.name]
    assert all(s.anchor for s in chapter.sections), "an <h2> without id"
    ids = re.findall(r'id="([^"]+)"', source)
    assert len(ids) == len(set(ids)), "an id used twice"


def _menu_paths(window: QMainWindow) -> dict[str, QAction]:
    """Every menu and entry of the window by its path without accelerators."""
    paths: dict[str, QAction] = {}

    def walk(menu: QMenu, path: list[str]) -> None:
        for action in menu.actions():
            if action.isSeparator():
                continue
            here = [*path, plain_text(action.text())]
            paths[" → ".join(here)] = action
            if action.menu() is not None:
                walk(action.menu(), here)

    for top in window.menuBar().actions():
        title = plain_text(top.text())
        paths[title] = top
        walk(top.menu(), [title])
    return paths


def test_every_menu_entry_the_guide_names_exists(main_window) -> None:  # noqa: ANN001
    paths = _menu_paths(main_window)
    named = {(path.name, _text(text)) for path in CHAPTER_FILES
             for kind, text in _SPAN.findall(path.read_text(encoding="utf-8")) if kind == "menu"}
    assert len(named) > 40  # the guide really uses the notation
    missing = sorted((name, text) for name, text in named if text not in paths)
    assert missing == []


_GERMAN_KEYS = {"Strg": "Ctrl", "Umschalt": "Shift", "Entf": "Del", "Einfg": "Ins",
                "Bild ab": "PgDown", "Bild auf": "PgUp", "←": "Left", "→": "Right",
                "↑": "Up", "↓": "Down"}


def _portable(german: str) -> str:
    parts = [_GERMAN_KEYS.get(p, p) for p in german.split("+")] if german != "Strg++" \
        else ["Ctrl", "+"]
    return QKeySequence("+".join(parts)).toString(PORTABLE)


def test_shortcut_table_of_the_guide_matches_the_live_menus(main_window) -> None:  # noqa: ANN001
    paths = _menu_paths(main_window)
    source = (HELP_DIR / "08-tastenkuerzel.html").read_text(encoding="utf-8")
    rows: dict[str, set[str]] = {}
    for row in _ROW.findall(source):
        spans = _SPAN.findall(row)
        menus = [_text(t) for k, t in spans if k == "menu"]
        if menus:
            rows[menus[0]] = {_portable(_text(t)) for k, t in spans if k == "key"}
    assert len(rows) >= 15
    problems = []
    for path, keys in rows.items():
        action = paths[path]
        live = {k.toString(PORTABLE) for k in action.shortcuts()}
        if not live:  # e.g. "Beenden" on a platform without a standard quit key
            continue
        if not keys <= live:
            problems.append(f"{path}: the guide says {sorted(keys)}, the menu has {sorted(live)}")
        if action.shortcut().toString(PORTABLE) not in keys:
            problems.append(f"{path}: the guide leaves out {action.shortcut().toString()}")
    # and every menu entry with a key is in the table
    for path, action in paths.items():
        if action.shortcuts() and action.menu() is None and path not in rows:
            problems.append(f"{path} ({action.shortcut().toString()}) is not in the table")
    assert problems == []


def test_the_guide_names_only_real_german_key_names() -> None:
    allowed = set(_GERMAN_KEYS) | {"Alt", "Tab", "Enter", "Esc", "Menü", "Strg++", "Strg+-"}
    allowed |= {f"F{n}" for n in range(1, 13)} | set("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789,")
    problems = []
    for path in CHAPTER_FILES:
        for kind, text in _SPAN.findall(path.read_text(encoding="utf-8")):
            key = _text(text)
            if kind != "key" or key in allowed:
                continue
            parts = key.split("+")
            if not all(p in allowed for p in parts):
                problems.append(f"{path.name}: {key!r}")
    assert problems == []


# --------------------------------------------------------------------------- the overview


def test_shortcut_overview_lists_live_actions_and_view_keys(qtbot, main_window) -> None:  # noqa: ANN001
    _activate(qtbot, main_window)
    qtbot.keyClick(main_window, Qt.Key.Key_F1, CTRL)  # Hilfe → Tastenkürzel …
    dialog = main_window.findChild(ShortcutsDialog)
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    rows = dialog.rows()
    by_key: dict[str, list[str]] = {}
    for item in rows:
        for key in item.data(0, PORTABLE_ROLE):
            by_key.setdefault(key, []).append(item.text(0))
    assert "Bearbeiten → Rückgängig" in by_key["Ctrl+Z"]  # from the live QAction
    assert any("durchsuchen" in text for text in by_key["Ctrl+F"])  # the board's search
    assert "Ctrl+Right" in by_key and "PgDown" in by_key  # the retrospective's keys
    export = next(r for r in rows if r.text(0) == "Datei → Paket exportieren …")
    assert export.text(1) == QKeySequence("Ctrl+Shift+E").toString(
        QKeySequence.SequenceFormat.NativeText)
    # Groups follow the menus, then the views.
    groups = [dialog.tree.topLevelItem(i).text(0) for i in range(dialog.tree.topLevelItemCount())]
    assert groups[:3] == ["Datei", "Bearbeiten", "Ansicht"]
    assert "Retrospektive (Besprechungsfenster)" in groups
    # A changed menu shows up the next time (generated, not written down).
    main_window.export_action.setShortcut(QKeySequence("Ctrl+Alt+P"))
    dialog = show_shortcuts(main_window)
    export = next(r for r in dialog.rows() if r.text(0) == "Datei → Paket exportieren …")
    assert export.data(0, PORTABLE_ROLE) == ["Ctrl+Alt+P"]


def test_shortcut_overview_filter_and_text(qtbot, main_window) -> None:  # noqa: ANN001
    dialog = show_shortcuts(main_window)
    total = len(dialog.rows())
    dialog.filter_edit.setText("paket")
    shown = [r.text(0) for r in dialog.rows()]
    assert shown == ["Datei → Paket exportieren …", "Datei → Paket importieren …"]
    assert dialog.count_label.text() == f"2 von {total}"
    text = dialog.as_text()
    assert "Datei\n" in text and "Paket importieren" in text and "Bearbeiten" not in text
    dialog.filter_edit.setText("ctrl+z")  # the portable notation works too
    assert "Bearbeiten → Rückgängig" in [r.text(0) for r in dialog.rows()]
    dialog.filter_edit.setText("")
    assert len(dialog.rows()) == total
    dialog.copy_as_text()
    assert "Datei → Neue Dienststelle …" in QApplication.clipboard().text()


def test_key_text_and_plain_text() -> None:
    assert plain_text("Paket &exportieren …") == "Paket exportieren …"
    assert plain_text("Daten && Fakten") == "Daten & Fakten"
    arrow = key_text(QKeySequence("Ctrl+Right"))
    assert arrow.endswith("→") and arrow.startswith(
        QKeySequence("Ctrl+A").toString(QKeySequence.SequenceFormat.NativeText)[:-1])
    assert key_text(QKeySequence("Return")) == "Enter"


# --------------------------------------------------------------------------- conflicts


def _active_actions(window: QMainWindow) -> list[QAction]:
    """The enabled actions with keys that can fire in the window now: its menus, and those
    added to visible widgets (not context menus), plus QShortcuts as pseudo-actions."""
    found: list[QAction] = []

    def walk(menu: QMenu) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu())
            elif action.isEnabled() and action.shortcuts():
                found.append(action)

    walk_roots = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    for menu in walk_roots:
        walk(menu)
    for widget in [window, *window.findChildren(QWidget)]:
        if isinstance(widget, QMenu) or not widget.isVisible():
            continue
        for action in widget.actions():
            if action.isEnabled() and action.shortcuts() and action not in found:
                found.append(action)
    for shortcut in window.findChildren(QShortcut):
        parent = shortcut.parentWidget()
        if shortcut.isEnabled() and parent is not None and parent.isVisible():
            pseudo = QAction(f"QShortcut of {type(parent).__name__}", window)
            pseudo.setShortcut(shortcut.key())
            found.append(pseudo)
    return found


def test_conflict_check_finds_a_shared_key(qapp) -> None:  # noqa: ANN001
    a, b, c = QAction("&Eins"), QAction("Zwei"), QAction("Drei")
    a.setShortcut(QKeySequence("Ctrl+K"))
    b.setShortcuts([QKeySequence("Ctrl+J"), QKeySequence("Ctrl+K")])
    c.setShortcut(QKeySequence("Ctrl+L"))
    assert find_conflicts([a, b, c]) == {"Ctrl+K": ["Eins", "Zwei"]}
    assert find_conflicts([a, c]) == {}


def test_no_two_active_actions_of_the_main_window_share_a_key(qtbot, main_window, db,  # noqa: ANN001
                                                               scrum) -> None:
    def check(where: str) -> None:
        conflicts = find_conflicts(_active_actions(main_window))
        assert conflicts == {}, f"{where}: {conflicts}"

    check("welcome page")
    main_window.reload()
    check("overview")
    main_window.open_board(scrum["board"].uuid)
    for view in ("board", "backlog", "review"):
        main_window.show_board_view(view)
        QApplication.processEvents()
        check(view)
    assert "Ctrl+F1" in {k.toString(PORTABLE) for k in main_window.shortcuts_action.shortcuts()}
    assert main_window.help_action.shortcut().toString(PORTABLE) == "F1"
    for name in ("solutions", "partners", "goal_areas", "network"):
        main_window.kim_actions[name].trigger()
        QApplication.processEvents()
        check(name)


# --------------------------------------------------------------------------- context help


def test_context_help_opens_the_chapter_of_the_view(qtbot, main_window, scrum) -> None:  # noqa: ANN001
    main_window.reload()
    main_window.open_board(scrum["board"].uuid, view="backlog")
    _activate(qtbot, main_window)
    qtbot.keyClick(main_window, Qt.Key.Key_F1)
    window = help_window_of(main_window)
    assert (window.current_chapter().slug, window.current_anchor()) == ("sprints", "backlog")
    window.close()
    main_window.kim_actions["partners"].trigger()
    main_window.help_action.trigger()
    assert (window.current_chapter().slug, window.current_anchor()) == ("kim-netzwerk",
                                                                        "partner")


def test_f1_in_a_retrospective_opens_its_chapter(qtbot, main_window, db, scrum) -> None:  # noqa: ANN001
    import datetime as dt

    from kimboard.core.ops import retros
    from kimboard.ui.retro import open_retro

    retro_id = db.run(retros.create_retro, scrum["site"].id, "Retro März",
                      dt.date(2026, 3, 2), board_id=scrum["board"].id).value.id
    meeting = open_retro(main_window, db, retro_id)
    try:
        meeting.go_to("writing")
        _activate(qtbot, meeting)
        qtbot.keyClick(meeting, Qt.Key.Key_F1)  # the main window's F1 works in every window
        window = help_window_of(main_window)
        assert window is not None and window.isVisible()
        assert (window.current_chapter().slug, window.current_anchor()) == ("retrospektiven",
                                                                            "vorhang")
    finally:
        meeting.close()


def test_topic_names_in_the_code_exist() -> None:
    """Every topic the context help uses points at a real chapter and section."""
    chapters = {c.slug: c for c in load_guide()}
    topics = [*help_ui._SITE_PAGE_TOPICS.values(), *help_ui._PHASE_TOPICS.values(),
              "sprints#backlog", "sprints#review", "sprints#kennzahlen", "boards-und-karten",
              "erste-schritte#hauptfenster", "retrospektiven#besprechung", "tastenkuerzel"]
    for topic in topics:
        slug, _, anchor = topic.partition("#")
        assert slug in chapters, topic
        assert not anchor or anchor in chapters[slug].anchors, topic


def test_type_size_changes_and_is_remembered(qtbot, main_window) -> None:  # noqa: ANN001
    window = open_help(main_window)
    size = window.browser.font().pointSizeF()
    window.zoom_in_action.trigger()
    window.zoom_in_action.trigger()
    assert window.browser.font().pointSizeF() > size
    window.close()  # remembers the size (and the window's place) for the next window
    again = HelpWindow()
    qtbot.addWidget(again)
    assert again.browser.font().pointSizeF() == window.browser.font().pointSizeF()
    again.zoom_out_action.trigger()
    assert again.browser.font().pointSizeF() < window.browser.font().pointSizeF()
