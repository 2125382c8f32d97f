"""The user guide (Hilfe → Benutzerhandbuch, F1): a non-modal window with the chapter list on
the left, the text on the right, a search over all chapters, back and forward.

The guide is German HTML in ``kimboard.resources/help`` (one chapter per file ``NN-slug.html``,
see the README there), read from the installed package data. A topic is ``"slug"`` or
``"slug#section"`` — e.g. ``open_help(window, "retrospektiven#vorhang")``. One window per main
window: :func:`open_help` creates it on first use and afterwards raises it (and jumps to the
topic, if one is given); closing it only hides it, so the reading position and the history
stay. In a user interface in another language the German guide is shown with a one-line note
in English.

The search finds the chapters (and their sections) that contain every word of the query —
case-insensitive, ``ß`` = ``ss`` and ``ä``/``ö``/``ü`` = ``ae``/``oe``/``ue``, the way the board's
search works — and highlights the words in the text; Enter jumps from hit to hit.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QLocale, QRegularExpression, QSettings, Qt, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QColor,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QStyle,
    QTextBrowser,
    QTextEdit,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kimboard.resources import RESOURCES_DIR

HELP_DIR = RESOURCES_DIR / "help"
STYLE_SHEET = "style.css"
_CHAPTER_FILE = re.compile(r"^(\d+)-([a-z0-9-]+)\.html$")
#: Roughly this many characters per line at most: long lines are hard to read.
MAX_LINE_CHARS = 92
#: The note shown above the guide when the user interface is not German (not translated on
#: purpose: it is written in the language of the user who cannot read the guide).
ENGLISH_NOTE = "This user guide is available in German only."

_SETTINGS_GEOMETRY = "help/geometry"
_SETTINGS_SPLITTER = "help/splitter"
_SETTINGS_ZOOM = "help/zoom"

_HIT_COLOR = QColor("#ffe27a")
_CURRENT_HIT_COLOR = QColor("#ff9f43")
_SLUG_ROLE = Qt.ItemDataRole.UserRole
_ANCHOR_ROLE = Qt.ItemDataRole.UserRole + 1


# --------------------------------------------------------------------------- the guide


@dataclass(frozen=True, slots=True)
class Section:
    """An ``<h2>`` of a chapter and the text up to the next one (folded for the search)."""

    anchor: str
    title: str
    folded: str = field(repr=False)


@dataclass(frozen=True, slots=True)
class Chapter:
    slug: str
    path: Path
    title: str
    #: the folded text of the whole chapter
    folded: str = field(repr=False)
    sections: tuple[Section, ...]
    #: every anchor (``id`` / ``<a name>``) in the chapter
    anchors: frozenset[str]

    @property
    def url(self) -> QUrl:
        return QUrl.fromLocalFile(str(self.path))


_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})


def fold(text: str) -> str:
    """The searchable form of German text (as the board's search folds it): NFC, case-folded
    (``ß`` becomes ``ss``), ``ä``/``ö``/``ü`` as ``ae``/``oe``/``ue``; soft hyphens dropped."""
    text = unicodedata.normalize("NFC", text).replace("\u00ad", "")
    return text.casefold().translate(_UMLAUTS)


def query_words(query: str) -> list[str]:
    """The folded words of a search, each once, in order."""
    words: list[str] = []
    for word in re.findall(r"\w+", fold(query)):
        if word not in words:
            words.append(word)
    return words


def _block_anchors(block: Any) -> list[str]:
    names: list[str] = []
    it = block.begin()
    while not it.atEnd():
        names.extend(it.fragment().charFormat().anchorNames())
        it += 1
    return names


def read_chapter(path: Path, slug: str) -> Chapter:
    """Parse one chapter file the way the browser shows it (Qt's rich text)."""
    doc = QTextDocument()
    doc.setHtml(path.read_text(encoding="utf-8"))
    title = ""
    anchors: set[str] = set()
    sections: list[tuple[str, str, list[str]]] = []
    lines: list[str] = []
    block = doc.begin()
    while block.isValid():
        names = _block_anchors(block)
        anchors.update(names)
        level = block.blockFormat().headingLevel()
        text = block.text().strip()
        if level == 1 and not title:
            title = text
        elif level == 2:
            sections.append((names[0] if names else "", text, []))
        if sections:
            sections[-1][2].append(text)
        lines.append(text)
        block = block.next()
    return Chapter(
        slug=slug, path=path, title=title or slug,
        folded=fold("\n".join(lines)),
        sections=tuple(Section(anchor, t, fold("\n".join(body))) for anchor, t, body in sections),
        anchors=frozenset(anchors))


@lru_cache(maxsize=4)
def _load(folder: Path, stamp: tuple[tuple[str, int], ...]) -> tuple[Chapter, ...]:
    found = []
    for path in folder.iterdir():
        match = _CHAPTER_FILE.match(path.name)
        if match:
            found.append((int(match.group(1)), match.group(2), path))
    return tuple(read_chapter(path, slug) for _n, slug, path in sorted(found))


def load_guide(folder: Path = HELP_DIR) -> tuple[Chapter, ...]:
    """The chapters in their order (cached until a file changes)."""
    stamp = tuple(sorted((p.name, p.stat().st_mtime_ns) for p in folder.glob("*.html")))
    return _load(folder, stamp)


def style_sheet(folder: Path = HELP_DIR) -> str:
    path = folder / STYLE_SHEET
    return path.read_text(encoding="utf-8") if path.exists() else ""


@dataclass(frozen=True, slots=True)
class SearchHit:
    chapter: Chapter
    #: the sections that contain every word (may be empty: the words are spread out)
    sections: tuple[Section, ...]
    #: how often the words occur in the chapter
    count: int


def search(chapters: Iterable[Chapter], query: str) -> list[SearchHit]:
    """The chapters containing every word of ``query`` (as a word or part of one), in the
    guide's order. No words, no hits."""
    words = query_words(query)
    if not words:
        return []
    hits = []
    for chapter in chapters:
        if all(w in chapter.folded for w in words):
            sections = tuple(s for s in chapter.sections if all(w in s.folded for w in words))
            count = sum(chapter.folded.count(w) for w in words)
            hits.append(SearchHit(chapter, sections, count))
    return hits


_FOLDED_FORMS = {"ae": "(?:ae|ä)", "oe": "(?:oe|ö)", "ue": "(?:ue|ü)", "ss": "(?:ss|ß)"}


def word_pattern(word: str) -> str:
    """A regular expression that finds a folded word in the unfolded text (``muell`` finds
    „Müll“, ``strasse`` finds „Straße“)."""
    parts = re.split(r"(ae|oe|ue|ss)", word)
    return "".join(_FOLDED_FORMS.get(p, re.escape(p)) for p in parts if p)


def find_words(doc: QTextDocument, words: Sequence[str]) -> list[tuple[int, int]]:
    """(start, end) of every occurrence of the words in the document, in reading order."""
    spans: list[tuple[int, int]] = []
    for word in words:
        regex = QRegularExpression(word_pattern(word),
                                   QRegularExpression.PatternOption.CaseInsensitiveOption
                                   | QRegularExpression.PatternOption.UseUnicodePropertiesOption)
        cursor = doc.find(regex, 0)
        while not cursor.isNull() and cursor.hasSelection():
            spans.append((cursor.selectionStart(), cursor.selectionEnd()))
            cursor = doc.find(regex, cursor)
    return sorted(set(spans))


def parse_topic(topic: str | None) -> tuple[str | None, str | None]:
    """``"slug#anchor"`` → (slug, anchor); ``"#anchor"`` → (None, anchor)."""
    if not topic:
        return None, None
    slug, _, anchor = topic.partition("#")
    return (slug or None), (anchor or None)


def ui_is_german() -> bool:
    """The user interface speaks German (``install_translators`` sets the default locale to
    the chosen language)."""
    return QLocale().language() == QLocale.Language.German


# --------------------------------------------------------------------------- the widgets


class GuideBrowser(QTextBrowser):
    """The text: lines no longer than :data:`MAX_LINE_CHARS` characters on a wide window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document().setDocumentMargin(20)
        self._fit_lines()

    def _fit_lines(self) -> None:
        limit = self.fontMetrics().averageCharWidth() * MAX_LINE_CHARS + 40
        if self.viewport().width() > limit:
            self.setLineWrapMode(QTextEdit.LineWrapMode.FixedPixelWidth)
            self.setLineWrapColumnOrWidth(limit)
        else:
            self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._fit_lines()

    def zoom(self, steps: int) -> None:
        if steps > 0:
            self.zoomIn(steps)
        elif steps < 0:
            self.zoomOut(-steps)
        self._fit_lines()


class HelpWindow(QWidget):
    """The guide's window. Construct with the main window as parent (or none)."""

    #: the chapter (slug) now shown
    chapter_shown = Signal(str)

    def __init__(self, parent: QWidget | None = None,
                 chapters: Sequence[Chapter] | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.chapters: tuple[Chapter, ...] = tuple(chapters) if chapters is not None \
            else load_guide()
        self._by_slug = {c.slug: c for c in self.chapters}
        self._by_path = {c.path.resolve(): c for c in self.chapters}
        self.hits: list[tuple[int, int]] = []
        self.current_hit = -1
        self.results: list[SearchHit] = []
        self._zoom = 0
        self.setWindowTitle(self.tr("Benutzerhandbuch – kimboard"))
        self.setAccessibleName(self.tr("Benutzerhandbuch"))
        self.setMinimumSize(640, 420)

        style = self.style()
        self.back_button = QToolButton()
        self.back_button.setText(self.tr("Zurück"))
        self.back_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
        self.back_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.back_button.setAccessibleName(self.tr("Zurück zur vorigen Stelle"))
        self.back_button.setToolTip(self.tr("Zurück zur vorigen Stelle (Alt+Pfeil links)"))
        self.forward_button = QToolButton()
        self.forward_button.setText(self.tr("Vor"))
        self.forward_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowForward))
        self.forward_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.forward_button.setAccessibleName(self.tr("Vor zur nächsten Stelle"))
        self.forward_button.setToolTip(self.tr("Vor zur nächsten Stelle (Alt+Pfeil rechts)"))
        for button in (self.back_button, self.forward_button):
            button.setEnabled(False)
            button.setAutoRaise(True)

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Im Handbuch suchen (Strg+F) …"))
        self.search_edit.setAccessibleName(self.tr("Im Handbuch suchen"))
        self.search_edit.setAccessibleDescription(self.tr(
            "Zeigt die Kapitel, in denen alle Wörter vorkommen. Enter springt zum nächsten "
            "Treffer, Umschalt+Enter zum vorigen, Pfeil runter in die Liste der Kapitel."))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(280)
        self.search_edit.textChanged.connect(self.set_search)
        self.search_edit.installEventFilter(self)
        search_label = QLabel(self.tr("&Suchen:"))
        search_label.setBuddy(self.search_edit)
        self.result_label = QLabel()
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)
        self.result_label.setAccessibleName(self.tr("Ergebnis der Suche"))

        self.note_label = QLabel(ENGLISH_NOTE)
        self.note_label.setTextFormat(Qt.TextFormat.PlainText)
        self.note_label.setObjectName("languageNote")
        self.note_label.setStyleSheet("#languageNote { background: #fff5d6; color: #4a3b00; "
                                      "padding: 6px 10px; }")
        self.note_label.setAccessibleName(ENGLISH_NOTE)
        self.note_label.setVisible(not ui_is_german())

        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setColumnCount(1)
        self.tree.setAccessibleName(self.tr("Kapitel des Handbuchs"))
        self.tree.setUniformRowHeights(True)
        self.tree.itemActivated.connect(self._item_activated)
        self.tree.currentItemChanged.connect(
            lambda item, _previous: self._item_chosen(item) if item is not None else None)
        self.tree.setMinimumWidth(200)
        self.tree.setStyleSheet("QTreeWidget::item { padding: 3px 2px; }")

        self.browser = GuideBrowser()
        self.browser.setAccessibleName(self.tr("Text des Handbuchs"))
        self.browser.setOpenExternalLinks(True)
        self.browser.document().setDefaultStyleSheet(style_sheet())
        font = self.browser.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.browser.setFont(font)
        self.browser.sourceChanged.connect(self._source_changed)
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.browser.forwardAvailable.connect(self.forward_button.setEnabled)
        self.back_button.clicked.connect(self.browser.backward)
        self.forward_button.clicked.connect(self.browser.forward)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.browser)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([300, 860])

        top = QHBoxLayout()
        top.setContentsMargins(8, 6, 8, 0)
        top.setSpacing(6)
        top.addWidget(self.back_button)
        top.addWidget(self.forward_button)
        top.addSpacing(12)
        top.addWidget(search_label)
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.result_label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.note_label)
        layout.addWidget(self.splitter, 1)

        self._build_actions()
        self._fill_tree()
        self.setTabOrder(self.search_edit, self.tree)
        self.setTabOrder(self.tree, self.browser)
        self._restore_settings()
        if self.chapters:
            self.show_chapter(self.chapters[0].slug)

    # ------------------------------------------------------------------ keys

    def _build_actions(self) -> None:
        def action(keys: Sequence[QKeySequence], slot: Any) -> QAction:
            act = QAction(self)
            act.setShortcuts(list(keys))
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            act.triggered.connect(lambda _checked=False: slot())
            self.addAction(act)
            return act

        std = QKeySequence.StandardKey
        self.find_action = action(QKeySequence.keyBindings(std.Find), self.focus_search)
        # Not Backspace (a "back" key on some desktops): it deletes in the search field.
        backspace = QKeySequence(Qt.Key.Key_Backspace)
        self.back_action = action([k for k in QKeySequence.keyBindings(std.Back)
                                   if k != backspace], self.browser.backward)
        self.forward_action = action(QKeySequence.keyBindings(std.Forward),
                                     self.browser.forward)
        self.next_hit_action = action([QKeySequence("F3")], self.next_hit)
        self.previous_hit_action = action([QKeySequence("Shift+F3")], self.previous_hit)
        self.zoom_in_action = action(QKeySequence.keyBindings(std.ZoomIn),
                                     lambda: self.zoom(1))
        self.zoom_out_action = action(QKeySequence.keyBindings(std.ZoomOut),
                                      lambda: self.zoom(-1))
        self.close_action = action([QKeySequence(Qt.Key.Key_Escape)], self.escape)

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def escape(self) -> None:
        """Esc: in the search field with text, clear it; otherwise close the window."""
        if self.search_edit.hasFocus() and self.search_edit.text():
            self.search_edit.clear()
        else:
            self.close()

    def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802 - Qt API
        if watched is self.search_edit and event.type() == QEvent.Type.KeyPress \
                and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                    self.previous_hit()
                else:
                    self.next_hit()
                return True
            if key == Qt.Key.Key_Down:
                self.tree.setFocus(Qt.FocusReason.OtherFocusReason)
                if self.tree.currentItem() is None and self.tree.topLevelItemCount():
                    self.tree.setCurrentItem(self.tree.topLevelItem(0))
                return True
        return super().eventFilter(watched, event)

    def zoom(self, steps: int) -> None:
        """Larger (positive) or smaller type, within limits; remembered."""
        new = max(-4, min(12, self._zoom + steps))
        self.browser.zoom(new - self._zoom)
        self._zoom = new

    # ------------------------------------------------------------------ chapters

    def chapter(self, slug: str) -> Chapter | None:
        return self._by_slug.get(slug)

    def current_chapter(self) -> Chapter | None:
        return self._chapter_at(self.browser.source())

    def _chapter_at(self, url: QUrl) -> Chapter | None:
        if not url.isLocalFile():
            return None
        return self._by_path.get(Path(url.toLocalFile()).resolve())

    def current_anchor(self) -> str:
        return self.browser.source().fragment()

    def show_chapter(self, slug: str, anchor: str | None = None) -> bool:
        """Show a chapter, at a section if ``anchor`` is given. False if there is none such."""
        chapter = self._by_slug.get(slug)
        if chapter is None:
            return False
        url = chapter.url
        if anchor and anchor in chapter.anchors:
            url.setFragment(anchor)
        if url == self.browser.source():
            self._scroll_to(anchor)
        else:
            self.browser.setSource(url)
        return True

    def open_topic(self, topic: str | None) -> bool:
        """Jump to ``"slug"``, ``"slug#anchor"`` or ``"#anchor"`` (searched in every chapter).
        False (and nothing changes) for an unknown topic; None changes nothing."""
        slug, anchor = parse_topic(topic)
        if slug is None and anchor is not None:
            slug = next((c.slug for c in self.chapters if anchor in c.anchors), None)
        if slug is None:
            return False
        return self.show_chapter(slug, anchor)

    def _scroll_to(self, anchor: str | None) -> None:
        if anchor:
            self.browser.scrollToAnchor(anchor)
        else:
            self.browser.verticalScrollBar().setValue(0)

    def _source_changed(self, url: QUrl) -> None:
        # Qt says so before source() returns the new address: go by ``url``.
        chapter = self._chapter_at(url)
        self._select_in_tree(chapter, url.fragment())
        self._highlight(scroll=False)
        if chapter is not None:
            self.setWindowTitle(self.tr("{chapter} – Benutzerhandbuch – kimboard").format(
                chapter=chapter.title))
            self.chapter_shown.emit(chapter.slug)

    # ------------------------------------------------------------------ the tree

    def _fill_tree(self) -> None:
        self.tree.blockSignals(True)
        self.tree.clear()
        words = query_words(self.search_edit.text())
        entries: list[tuple[Chapter, Sequence[Section], int | None]]
        if words:
            entries = [(h.chapter, h.sections, h.count) for h in self.results]
        else:
            entries = [(c, c.sections, None) for c in self.chapters]
        for chapter, sections, count in entries:
            text = chapter.title if count is None else self.tr("{title} ({n})").format(
                title=chapter.title, n=count)
            item = QTreeWidgetItem([text])
            item.setToolTip(0, chapter.title)
            item.setData(0, _SLUG_ROLE, chapter.slug)
            item.setData(0, _ANCHOR_ROLE, "")
            font = item.font(0)
            font.setBold(True)
            item.setFont(0, font)
            for section in sections:
                child = QTreeWidgetItem([section.title])
                child.setToolTip(0, section.title)
                child.setData(0, _SLUG_ROLE, chapter.slug)
                child.setData(0, _ANCHOR_ROLE, section.anchor)
                item.addChild(child)
            self.tree.addTopLevelItem(item)
            if words:
                item.setExpanded(True)
        self.tree.blockSignals(False)
        self._select_in_tree(self.current_chapter(), self.current_anchor())

    def _select_in_tree(self, chapter: Chapter | None, anchor: str) -> None:
        if chapter is None:
            return
        searching = bool(query_words(self.search_edit.text()))
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.data(0, _SLUG_ROLE) != chapter.slug:
                if not searching:
                    item.setExpanded(False)
                continue
            item.setExpanded(True)
            target = item
            for j in range(item.childCount()):
                if anchor and item.child(j).data(0, _ANCHOR_ROLE) == anchor:
                    target = item.child(j)
            self.tree.blockSignals(True)
            self.tree.setCurrentItem(target)
            self.tree.blockSignals(False)
            self.tree.scrollToItem(target)
            return

    def _item_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        """Enter or a double-click: show the text and go there to read (arrow keys scroll)."""
        self._item_chosen(item)
        self.browser.setFocus(Qt.FocusReason.OtherFocusReason)

    def _item_chosen(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        slug = item.data(0, _SLUG_ROLE)
        anchor = item.data(0, _ANCHOR_ROLE) or None
        if slug:
            self.show_chapter(str(slug), anchor)
            if query_words(self.search_edit.text()):
                self._highlight(scroll=anchor is None)

    # ------------------------------------------------------------------ search

    def set_search(self, text: str) -> None:
        """Filter the chapter list to the chapters with every word; highlight the words."""
        words = query_words(text)
        self.results = search(self.chapters, text)
        self._fill_tree()
        if not words:
            self.result_label.setText("")
        elif not self.results:
            self.result_label.setText(self.tr("Nichts gefunden – bitte andere Wörter "
                                              "versuchen."))
        elif len(self.results) == 1:
            self.result_label.setText(self.tr("In 1 Kapitel gefunden"))
        else:
            self.result_label.setText(self.tr("In {n} Kapiteln gefunden").format(
                n=len(self.results)))
        current = self.current_chapter()
        if self.results and (current is None
                             or all(h.chapter is not current for h in self.results)):
            first = self.results[0]
            anchor = first.sections[0].anchor if first.sections else None
            self.show_chapter(first.chapter.slug, anchor)
        self._highlight(scroll=True)

    def _highlight(self, scroll: bool) -> None:
        """Mark every hit of the search in the shown chapter; scroll to the first one after
        the top of the view (or the anchor) when ``scroll``."""
        words = query_words(self.search_edit.text())
        self.hits = find_words(self.browser.document(), words) if words else []
        self.current_hit = -1
        if scroll and self.hits:
            top = self.browser.cursorForPosition(self.browser.viewport().rect().topLeft())
            start = top.position()
            self.current_hit = next((i for i, (s, _e) in enumerate(self.hits) if s >= start), 0)
        self._paint_hits(scroll and self.current_hit >= 0)

    def _paint_hits(self, scroll: bool) -> None:
        selections = []
        doc = self.browser.document()
        for i, (start, end) in enumerate(self.hits):
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(doc)
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            fmt = QTextCharFormat()
            fmt.setBackground(_CURRENT_HIT_COLOR if i == self.current_hit else _HIT_COLOR)
            fmt.setForeground(QColor("#000000"))
            selection.format = fmt
            selections.append(selection)
        self.browser.setExtraSelections(selections)
        if scroll and 0 <= self.current_hit < len(self.hits):
            start, end = self.hits[self.current_hit]
            cursor = QTextCursor(doc)
            cursor.setPosition(end)
            self.browser.setTextCursor(cursor)
            self.browser.ensureCursorVisible()

    def next_hit(self) -> None:
        self._step_hit(+1)

    def previous_hit(self) -> None:
        self._step_hit(-1)

    def _step_hit(self, step: int) -> None:
        """The next (previous) hit; past the last hit of a chapter, the next chapter found."""
        if not query_words(self.search_edit.text()):
            return
        if not self.hits:
            if self.results:
                self._open_result(0 if step > 0 else len(self.results) - 1, step)
            return
        target = self.current_hit + step
        if 0 <= target < len(self.hits) or len(self.results) <= 1:
            self.current_hit = target % len(self.hits)
            self._paint_hits(scroll=True)
            return
        chapters = [h.chapter for h in self.results]
        current = self.current_chapter()
        index = chapters.index(current) if current in chapters else -1
        self._open_result((index + step) % len(chapters), step)

    def _open_result(self, index: int, step: int) -> None:
        self.show_chapter(self.results[index].chapter.slug)
        self.current_hit = 0 if step > 0 else len(self.hits) - 1
        self._paint_hits(scroll=bool(self.hits))

    # ------------------------------------------------------------------ window

    def bring_to_front(self) -> None:
        if self.isMinimized():
            self.showNormal()
        else:
            self.show()
        self.raise_()
        self.activateWindow()

    def _restore_settings(self) -> None:
        settings = QSettings()
        geometry = settings.value(_SETTINGS_GEOMETRY)
        if geometry is not None and self.restoreGeometry(geometry):
            pass
        else:
            screen = self.screen().availableGeometry()
            self.resize(min(1180, int(screen.width() * 0.8)),
                        min(820, int(screen.height() * 0.85)))
        splitter = settings.value(_SETTINGS_SPLITTER)
        if splitter is not None:
            self.splitter.restoreState(splitter)
        try:
            zoom = int(settings.value(_SETTINGS_ZOOM, 0))
        except (TypeError, ValueError):
            zoom = 0
        if zoom:
            self.zoom(zoom)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        settings = QSettings()
        settings.setValue(_SETTINGS_GEOMETRY, self.saveGeometry())
        settings.setValue(_SETTINGS_SPLITTER, self.splitter.saveState())
        settings.setValue(_SETTINGS_ZOOM, self._zoom)
        super().closeEvent(event)


# --------------------------------------------------------------------------- opening

_ORPHAN: HelpWindow | None = None


def help_window_of(parent: QWidget | None) -> HelpWindow | None:
    """The help window that belongs to ``parent`` (a main window), if it was opened."""
    if parent is None:
        return _ORPHAN
    return parent.findChild(HelpWindow, options=Qt.FindChildOption.FindDirectChildrenOnly)


def open_help(parent: QWidget | None, topic: str | None = None) -> HelpWindow:
    """Show the guide (one window per ``parent``) and jump to ``topic`` when given: ``"slug"``
    or ``"slug#section"``, e.g. ``"pakete#pruefung"``. An unknown topic shows the chapter
    that was shown before (the first one, at first)."""
    global _ORPHAN
    window = help_window_of(parent)
    if window is None:
        window = HelpWindow(parent)
        if parent is None:
            _ORPHAN = window
    window.open_topic(topic)
    window.bring_to_front()
    return window


#: The chapter for each page of the main window's KIM menu (by class name: no imports).
_SITE_PAGE_TOPICS = {
    "SolutionLibraryPage": "kim-netzwerk#loesungsansaetze",
    "PartnersPage": "kim-netzwerk#partner",
    "GoalAreasPage": "kim-netzwerk#zielbereiche",
    "NetworkPage": "kim-netzwerk#landesnetzwerk",
}
#: The section for each phase of a retrospective's meeting window.
_PHASE_TOPICS = {
    "check_in": "retrospektiven#roti", "review": "retrospektiven#phasen",
    "writing": "retrospektiven#vorhang", "reveal": "retrospektiven#gruppieren",
    "grouping": "retrospektiven#gruppieren", "voting": "retrospektiven#abstimmen",
    "discussion": "retrospektiven#massnahmen", "actions": "retrospektiven#massnahmen",
    "closing": "retrospektiven#roti", "finished": "retrospektiven#protokoll",
}


def context_topic(main_window: QWidget) -> str | None:
    """The topic that fits what the user is looking at: the meeting window of a
    retrospective, a board's view, a KIM page; None for anything else."""
    active = QApplication.activeWindow()
    if active is not None and type(active).__name__ == "RetroMeetingWindow":
        phase = getattr(getattr(active, "snap", None), "phase", "")
        return _PHASE_TOPICS.get(phase, "retrospektiven#besprechung")
    stack = getattr(main_window, "stack", None)
    current = stack.currentWidget() if stack is not None else None
    if current is None:
        return None
    if current is getattr(main_window, "workspace", None):
        view = current.current_view()
        if view == "backlog":
            return "sprints#backlog"
        if view == "review":
            return "sprints#review" if current.is_scrum else "sprints#kennzahlen"
        return "boards-und-karten"
    if current is getattr(main_window, "site_page", None):
        return _SITE_PAGE_TOPICS.get(type(current).__name__)
    if current is getattr(main_window, "overview", None):
        return "erste-schritte#hauptfenster"
    return None


def show_context_help(main_window: QWidget) -> HelpWindow:
    """F1: an open guide is only brought to the front (the reader keeps the place);
    otherwise it opens at the chapter that fits what is shown."""
    window = help_window_of(main_window)
    if window is not None and window.isVisible():
        window.bring_to_front()
        return window
    return open_help(main_window, context_topic(main_window))


__all__ = [
    "Chapter",
    "HelpWindow",
    "Section",
    "context_topic",
    "fold",
    "load_guide",
    "open_help",
    "search",
    "show_context_help",
]
