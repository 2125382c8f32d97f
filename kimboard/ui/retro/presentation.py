"""The meeting's look, and the presentation mode for the projector.

Everything the meeting window shows is styled by one stylesheet built here from a
:class:`Theme` (font scale, high contrast). Widgets only carry a ``role`` (and sometimes a
``state``) property; switching to the projector rebuilds the stylesheet, so every font and
colour changes at once.

Presentation mode (:class:`PresentationMode`): full screen, large type (QSettings
``presentation/font_scale``, default 1.6), a high-contrast palette (``presentation/high_contrast``,
default on), driven by the keyboard — the meeting window's "Präsentationsmodus" action (F5 or
F11) switches it on and off, Esc leaves it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QObject, QRect, QSettings, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

FONT_SCALE_KEY = "presentation/font_scale"
HIGH_CONTRAST_KEY = "presentation/high_contrast"
DEFAULT_FONT_SCALE = 1.6


def _bool(value: object, default: bool) -> bool:
    if value is None:
        return default
    if isinstance(value, bool):
        return value
    return str(value).strip().lower() in ("1", "true", "yes", "on")


def presentation_settings() -> tuple[float, bool]:
    """Font scale (1.0 … 3.0) and high contrast, as configured."""
    settings = QSettings()
    try:
        scale = float(settings.value(FONT_SCALE_KEY, DEFAULT_FONT_SCALE))
    except (TypeError, ValueError):
        scale = DEFAULT_FONT_SCALE
    scale = min(3.0, max(1.0, scale))
    return scale, _bool(settings.value(HIGH_CONTRAST_KEY), True)


@dataclass(frozen=True, slots=True)
class Theme:
    """Sizes and colours of the meeting window."""

    base_pt: float = 9.0
    scale: float = 1.0
    high_contrast: bool = False
    presenting: bool = False

    @classmethod
    def normal(cls) -> Theme:
        return cls(base_pt=_base_pt())

    @classmethod
    def presentation(cls) -> Theme:
        scale, contrast = presentation_settings()
        return cls(base_pt=_base_pt(), scale=scale, high_contrast=contrast, presenting=True)

    def pt(self, factor: float = 1.0) -> float:
        """A font size in points: the application's, grown for the meeting room."""
        return round(self.base_pt * 1.1 * self.scale * factor, 1)

    def font(self, factor: float = 1.0) -> QFont:
        app = QApplication.instance()
        font = QFont(app.font()) if isinstance(app, QApplication) else QFont()
        font.setPointSizeF(self.pt(factor))
        return font

    def px(self, value: float) -> int:
        """A length that grows with the type (paddings, bars)."""
        return max(1, round(value * self.scale))

    # ------------------------------------------------------------------ colours

    def color(self, name: str) -> str:
        return (_HC if self.high_contrast else _LIGHT)[name]

    def note_colors(self, prompt_color: str | None) -> tuple[QColor, QColor, QColor]:
        """Background, text and stripe of a sticky note in a prompt's colour."""
        stripe = QColor(prompt_color or "#64748b")
        if self.high_contrast:
            return QColor("#141414"), QColor("#ffffff"), stripe.lighter(160)
        paper = QColor("#ffffff")
        t = 0.16
        bg = QColor(round(paper.red() * (1 - t) + stripe.red() * t),
                    round(paper.green() * (1 - t) + stripe.green() * t),
                    round(paper.blue() * (1 - t) + stripe.blue() * t))
        return bg, QColor("#0f172a"), stripe

    def with_scale(self, scale: float) -> Theme:
        return replace(self, scale=scale)


def _base_pt() -> float:
    app = QApplication.instance()
    size = app.font().pointSizeF() if isinstance(app, QApplication) else 9.0
    return size if size > 0 else 9.0


_LIGHT = {
    "bg": "#eef2f7", "surface": "#ffffff", "border": "#cbd5e1", "text": "#0f172a",
    "hint": "#475569", "primary": "#1d4ed8", "primary_hover": "#1e40af",
    "on_primary": "#ffffff", "accent_bg": "#eff6ff", "accent_text": "#1e3a8a",
    "done_bg": "#dbeafe", "warn_bg": "#fef3c7", "warn_border": "#d97706",
    "warn_text": "#78350f", "ok_bg": "#dcfce7", "ok_text": "#14532d", "focus": "#2563eb",
    "curtain": "#1e293b", "on_curtain": "#f8fafc", "button": "#ffffff",
    "button_hover": "#f1f5f9", "danger": "#b91c1c", "selection": "#1d4ed8",
    "disabled": "#94a3b8", "input": "#ffffff",
}
_HC = {
    "bg": "#000000", "surface": "#0b0b0b", "border": "#ffffff", "text": "#ffffff",
    "hint": "#e5e5e5", "primary": "#ffd400", "primary_hover": "#ffe55c",
    "on_primary": "#000000", "accent_bg": "#000000", "accent_text": "#ffffff",
    "done_bg": "#262626", "warn_bg": "#3b2f00", "warn_border": "#ffd400",
    "warn_text": "#ffe680", "ok_bg": "#052e16", "ok_text": "#bbf7d0", "focus": "#ffd400",
    "curtain": "#000000", "on_curtain": "#ffffff", "button": "#000000",
    "button_hover": "#1f1f1f", "danger": "#ff8080", "selection": "#ffd400",
    "disabled": "#8a8a8a", "input": "#000000",
}


def palette(theme: Theme) -> QPalette:
    """The colours of everything the stylesheet leaves to the style (inputs, lists, check
    boxes, scroll areas): the application's own, or black and white for the projector."""
    app = QApplication.instance()
    base = QPalette(app.palette()) if isinstance(app, QApplication) else QPalette()
    if not theme.high_contrast:
        base.setColor(QPalette.ColorRole.Window, QColor(_LIGHT["bg"]))
        return base
    role = QPalette.ColorRole
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for r, color in ((role.Window, "#000000"), (role.WindowText, "#ffffff"),
                         (role.Base, "#000000"), (role.AlternateBase, "#141414"),
                         (role.Text, "#ffffff"), (role.Button, "#000000"),
                         (role.ButtonText, "#ffffff"), (role.BrightText, "#ffd400"),
                         (role.Highlight, "#ffd400"), (role.HighlightedText, "#000000"),
                         (role.ToolTipBase, "#000000"), (role.ToolTipText, "#ffffff"),
                         (role.PlaceholderText, "#bdbdbd"), (role.Link, "#ffd400"),
                         (role.Light, "#ffffff"), (role.Midlight, "#bdbdbd"),
                         (role.Mid, "#8a8a8a"), (role.Dark, "#5a5a5a"),
                         (role.Shadow, "#000000")):
            base.setColor(group, r, QColor(color))
    for r, color in ((role.WindowText, "#8a8a8a"), (role.Text, "#8a8a8a"),
                     (role.ButtonText, "#8a8a8a"), (role.Base, "#000000"),
                     (role.Window, "#000000"), (role.Button, "#000000")):
        base.setColor(QPalette.ColorGroup.Disabled, r, QColor(color))
    return base


def set_role(widget: QWidget, role: str, state: str | None = None) -> QWidget:
    """Give a widget its look (``role``) and variant (``state``); re-polish when it changed."""
    changed = widget.property("role") != role or (
        state is not None and widget.property("state") != state)
    widget.setProperty("role", role)
    if state is not None:
        widget.setProperty("state", state)
    if changed and widget.style() is not None:
        widget.style().unpolish(widget)
        widget.style().polish(widget)
    return widget


def stylesheet(theme: Theme) -> str:
    """The meeting window's stylesheet (all sizes grow with the theme's scale)."""
    c = theme.color
    pt = theme.pt
    px = theme.px

    def line(points: float) -> int:
        """The height of one line of text of that size, in pixels (at 96 dpi)."""
        return round(points * 96 / 72 * 1.2)

    border_w = 2 if theme.high_contrast else 1
    radius = px(8)
    return f"""
#retroCentral, #retroCentral QScrollArea, #retroCentral QScrollArea > QWidget > QWidget {{
    background: {c("bg")};
}}
QWidget {{ font-size: {pt()}pt; color: {c("text")}; }}
QMainWindow, QDialog, QStatusBar, QMenuBar {{ background: {c("bg")}; }}
QMenu, QToolTip {{
    background: {c("surface")}; color: {c("text")}; border: {border_w}px solid {c("border")};
}}
QMenu::item {{ padding: {px(4)}px {px(24)}px {px(4)}px {px(18)}px; }}
QMenu::item:selected {{ background: {c("primary")}; color: {c("on_primary")}; }}
QMenu::item:disabled {{ color: {c("disabled")}; }}
QMenu::separator {{ height: 1px; background: {c("border")}; margin: {px(4)}px {px(8)}px; }}
{_high_contrast_inputs(theme) if theme.high_contrast else ""}
QStatusBar {{ background: {c("surface")}; color: {c("text")}; }}
QLabel[role="h1"] {{ font-size: {pt(1.35 if theme.presenting else 1.75)}pt; font-weight: bold; }}
QLabel[role="h2"] {{ font-size: {pt(1.35)}pt; font-weight: bold; }}
QLabel[role="h3"] {{ font-size: {pt(1.12)}pt; font-weight: bold; }}
QLabel[role="hint"] {{ color: {c("hint")}; }}
QLabel[role="meta"] {{ color: {c("hint")}; font-size: {pt(1.0)}pt; }}
QLabel[role="guide"] {{
    font-size: {pt(1.05 if theme.presenting else 1.2)}pt; color: {c("accent_text")};
    background: {c("accent_bg")}; border: none; border-left: {px(6)}px solid {c("primary")};
    padding: {6 if theme.presenting else 10}px {px(16)}px;
}}
QScrollBar:vertical {{ background: transparent; width: {px(12)}px; margin: 2px; }}
QScrollBar:horizontal {{ background: transparent; height: {px(12)}px; margin: 2px; }}
QScrollBar::handle {{ background: {c("disabled")}; border-radius: {px(4)}px; }}
QScrollBar::handle:hover {{ background: {c("hint")}; }}
QScrollBar::handle:vertical {{ min-height: {px(32)}px; }}
QScrollBar::handle:horizontal {{ min-width: {px(32)}px; }}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0px; height: 0px; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}
QLabel[role="badge"] {{
    background: {c("done_bg")}; color: {c("accent_text")}; border-radius: {px(6)}px;
    padding: {px(2)}px {px(10)}px; font-weight: bold;
}}
QLabel[role="badge"][state="ok"] {{ background: {c("ok_bg")}; color: {c("ok_text")}; }}
QLabel[role="warning"] {{
    background: {c("warn_bg")}; color: {c("warn_text")};
    border: {border_w}px solid {c("warn_border")}; border-radius: {px(6)}px;
    padding: {px(8)}px {px(12)}px; font-weight: bold;
}}
QLabel[role="prompt"] {{
    color: #ffffff; font-weight: bold; font-size: {pt(1.15)}pt;
    border-radius: {px(6)}px; padding: {px(6)}px {px(12)}px;
}}
QLabel[role="bignumber"] {{ font-size: {pt(2.4)}pt; font-weight: bold; }}
QLabel[role="timer"] {{
    font-size: {pt(1.6)}pt; font-weight: bold;
    background: {c("surface")}; border: {border_w}px solid {c("border")};
    border-radius: {px(6)}px; padding: {px(2)}px {px(12)}px;
}}
QLabel[role="timer"][state="running"] {{ border: {px(2)}px solid {c("primary")}; }}
QLabel[role="timer"][state="expired"] {{
    background: {c("warn_bg")}; color: {c("warn_text")};
    border: {px(2)}px solid {c("warn_border")};
}}
QFrame[role="panel"] {{
    background: {c("surface")}; border: {border_w}px solid {c("border")};
    border-radius: {radius}px;
}}
QFrame[role="panel"] QLabel, QFrame[role="panel"] QCheckBox {{ background: transparent; }}
QFrame[role="curtain"] {{
    background: {c("curtain")}; border: {border_w}px solid {c("border")};
    border-radius: {px(14)}px;
}}
QFrame[role="curtain"] QLabel {{ color: {c("on_curtain")}; background: transparent; }}
QFrame[role="curtain"] QLabel[role="curtaintitle"] {{
    font-size: {pt(2.2)}pt; font-weight: bold;
}}
QFrame[role="dropzone"] {{
    background: {c("surface")}; border: {px(2)}px dashed {c("hint")};
    border-radius: {radius}px;
}}
QFrame[role="dropzone"][state="active"] {{ border: {px(3)}px dashed {c("primary")}; }}
QPushButton {{
    background: {c("button")}; color: {c("text")}; border: {border_w}px solid {c("border")};
    border-radius: {px(6)}px; padding: {px(6)}px {px(14)}px; min-height: {line(pt())}px;
}}
QPushButton:hover {{ background: {c("button_hover")}; }}
QPushButton:focus {{ border: {px(2)}px solid {c("focus")}; }}
QPushButton:disabled {{ color: {c("disabled")}; border-color: {c("disabled")}; }}
QPushButton:checked {{
    background: {c("primary")}; color: {c("on_primary")}; border-color: {c("primary")};
}}
QPushButton[role="primary"] {{
    background: {c("primary")}; color: {c("on_primary")}; border: {px(2)}px solid
    {c("primary")}; font-weight: bold;
}}
QPushButton[role="primary"]:hover {{ background: {c("primary_hover")}; }}
QPushButton[role="primary"]:focus {{ border: {px(3)}px solid {c("focus")}; }}
QPushButton[role="primary"]:disabled {{
    background: {c("done_bg")}; color: {c("disabled")}; border-color: {c("done_bg")};
}}
QPushButton[role="big"] {{
    background: {c("primary")}; color: {c("on_primary")}; font-weight: bold;
    font-size: {pt(1.5)}pt; border-radius: {px(10)}px; min-height: {line(pt(1.5))}px;
    padding: {10 if theme.presenting else 14}px {px(36)}px;
    border: {px(3)}px solid {c("primary")};
}}
QPushButton[role="big"]:focus {{ border: {px(3)}px solid {c("on_primary")}; }}
QPushButton[role="rating"] {{
    font-size: {pt(2.4)}pt; font-weight: bold; padding: {px(8)}px;
    min-width: {px(64)}px; min-height: {88 if theme.presenting else px(84)}px;
    border-radius: {px(12)}px;
}}
QPushButton[role="vote"] {{
    font-size: {pt(1.3)}pt; font-weight: bold; min-width: {px(30)}px;
    padding: {px(2)}px {px(8)}px;
}}
QPushButton[role="danger"] {{ color: {c("danger")}; }}
QPushButton[role="step"] {{
    border-radius: {px(14)}px; padding: {px(4)}px {px(12)}px; color: {c("hint")};
    background: transparent; border: {border_w}px solid {c("border")};
}}
QPushButton[role="step"][state="done"] {{
    background: {c("done_bg")}; color: {c("accent_text")}; border-color: {c("done_bg")};
}}
QPushButton[role="step"][state="current"] {{
    background: {c("primary")}; color: {c("on_primary")}; border-color: {c("primary")};
    font-weight: bold;
}}
QLineEdit, QPlainTextEdit {{
    background: {c("input")}; color: {c("text")}; border: {border_w}px solid {c("border")};
    border-radius: {px(6)}px; padding: {px(6)}px {px(8)}px;
    selection-background-color: {c("selection")}; selection-color: {c("on_primary")};
}}
QLineEdit:focus, QPlainTextEdit:focus {{ border: {px(2)}px solid {c("focus")}; }}
QLineEdit[role="grouptitle"] {{ font-weight: bold; font-size: {pt(1.12)}pt; }}
QListView[role="notes"], QListWidget[role="topics"] {{
    background: transparent; border: none; outline: none;
}}
QListView[role="notes"] {{ font-size: {pt(1.15)}pt; }}
QListWidget[role="topics"] {{ font-size: {pt(1.1)}pt; }}
QListView[role="notes"]:focus {{
    border: {px(2)}px dashed {c("focus")}; border-radius: {px(6)}px;
}}
QListWidget[role="topics"]::item {{
    background: {c("surface")}; border: {border_w}px solid {c("border")};
    border-radius: {px(6)}px; padding: {px(8)}px; margin: {px(3)}px 0px;
}}
QListWidget[role="topics"]::item:selected {{
    background: {c("primary")}; color: {c("on_primary")}; border-color: {c("primary")};
}}
QProgressBar {{
    background: {c("done_bg")}; border: none; border-radius: {px(4)}px;
    max-height: {px(14)}px; min-height: {px(14)}px;
}}
QProgressBar::chunk {{ background: {c("primary")}; border-radius: {px(4)}px; }}
"""


def _high_contrast_inputs(theme: Theme) -> str:
    """Combo boxes, spin boxes and date fields keep their native look, except in high
    contrast, where they must be white on black like the rest."""
    c = theme.color
    px = theme.px
    return f"""
QComboBox, QAbstractSpinBox {{
    background: {c("input")}; color: {c("text")}; border: 2px solid {c("border")};
    border-radius: {px(4)}px; padding: {px(2)}px {px(6)}px;
    selection-background-color: {c("selection")}; selection-color: {c("on_primary")};
}}
QComboBox:focus, QAbstractSpinBox:focus {{ border: {px(2)}px solid {c("focus")}; }}
QComboBox QAbstractItemView, QCalendarWidget QAbstractItemView {{
    background: {c("input")}; color: {c("text")};
    selection-background-color: {c("primary")}; selection-color: {c("on_primary")};
}}
QCalendarWidget QWidget {{ background: {c("surface")}; color: {c("text")}; }}
"""


class PresentationMode(QObject):
    """Full screen with large type and (optionally) high contrast, for the projector."""

    #: True when presentation mode starts, False when it ends
    changed = Signal(bool)

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.active = False
        self._was_maximized = False
        self._normal_geometry: QRect | None = None
        # F5/F11 belong to the window's "Präsentationsmodus" action (one owner per key);
        # Esc only leaves, and only while presenting.
        self.leave_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), window)
        self.leave_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.leave_shortcut.setEnabled(False)
        self.leave_shortcut.activated.connect(self.leave)

    def theme(self) -> Theme:
        return Theme.presentation() if self.active else Theme.normal()

    def toggle(self) -> None:
        if self.active:
            self.leave()
        else:
            self.enter()

    def enter(self) -> None:
        if self.active:
            return
        self.active = True
        self._was_maximized = self.window.isMaximized()
        self.window.menuBar().hide()
        self.leave_shortcut.setEnabled(True)
        self._normal_geometry = self.window.geometry()
        screen = self.window.screen()
        if screen is not None:  # also where no window manager applies "full screen"
            self.window.setGeometry(screen.geometry())
        self.window.showFullScreen()
        self.changed.emit(True)

    def leave(self) -> None:
        if not self.active:
            return
        self.active = False
        self.leave_shortcut.setEnabled(False)
        self.window.menuBar().show()
        if self._was_maximized:
            self.window.showMaximized()
        else:
            self.window.showNormal()
            if self._normal_geometry is not None:
                self.window.setGeometry(self._normal_geometry)
        self.changed.emit(False)


__all__ = [
    "DEFAULT_FONT_SCALE",
    "FONT_SCALE_KEY",
    "HIGH_CONTRAST_KEY",
    "PresentationMode",
    "Theme",
    "palette",
    "presentation_settings",
    "set_role",
    "stylesheet",
]
