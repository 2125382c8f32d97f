"""Shared building blocks of kimboard's PDF documents (reportlab platypus).

A4 portrait with 2 cm margins, a running header (office, document title) and footer
(creation date, "Seite x von y"), German styles in DejaVu Sans (so that names such as „Şahin“
or „Łukasz“ print; the PDF base fonts cannot), tables with a repeated header row and zebra
rows, a key-figure block, images from PNG bytes, and an atomic writer: a document is built
into a temporary file beside the target and moved into place only when it is complete.

Used by the sprint review; the retrospective protocol and the network overview reuse it.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import secrets
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, Final
from xml.sax.saxutils import escape as _xml_escape

import matplotlib
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from kimboard.core.errors import KimboardError

# ---------------------------------------------------------------------------------------------
# Page geometry, fonts, colours

PAGE_SIZE: Final = A4
MARGIN: Final = 2 * cm
FRAME_WIDTH: Final = PAGE_SIZE[0] - 2 * MARGIN
FRAME_HEIGHT: Final = PAGE_SIZE[1] - 2 * MARGIN

FONT: Final = "DejaVuSans"
FONT_BOLD: Final = "DejaVuSans-Bold"
_FONT_DIR: Final = Path(matplotlib.get_data_path()) / "fonts" / "ttf"

INK: Final = colors.HexColor("#1A1A1A")
MUTED: Final = colors.HexColor("#4D4D4D")
ACCENT: Final = colors.HexColor("#1F3A5F")
RULE: Final = colors.HexColor("#8C8C8C")
ZEBRA: Final = colors.HexColor("#EEF2F7")
BOX: Final = colors.HexColor("#F4F6F9")
GRID: Final = colors.HexColor("#C8CED6")

AUTHOR: Final = "kimboard"
LANGUAGE: Final = "de-DE"
DASH: Final = "–"


class ReportError(KimboardError):
    """A report could not be written; the message is German and complete."""


@cache
def register_fonts() -> tuple[str, str]:
    """Register DejaVu Sans (regular, bold) with reportlab once; returns both font names."""
    regular = _FONT_DIR / "DejaVuSans.ttf"
    bold = _FONT_DIR / "DejaVuSans-Bold.ttf"
    for path in (regular, bold):
        if not path.is_file():
            raise ReportError(f"Die Schrift „{path.name}“ fehlt in der matplotlib-Installation.")
    pdfmetrics.registerFont(TTFont(FONT, str(regular)))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(bold)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT,
                                  boldItalic=FONT_BOLD)
    return FONT, FONT_BOLD


# ---------------------------------------------------------------------------------------------
# Styles and text


@cache
def styles() -> dict[str, ParagraphStyle]:
    """Paragraph styles: title, subtitle, h1, h2, body, small, table, table_header,
    table_number, key_value, key_label."""
    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=13, textColor=INK,
                          spaceAfter=4)
    return {
        "title": ParagraphStyle("title", parent=body, fontName=FONT_BOLD, fontSize=18,
                                leading=22, spaceAfter=2, textColor=ACCENT),
        "subtitle": ParagraphStyle("subtitle", parent=body, fontSize=11, leading=14,
                                   textColor=MUTED, spaceAfter=10),
        "h1": ParagraphStyle("h1", parent=body, fontName=FONT_BOLD, fontSize=12.5, leading=16,
                             spaceBefore=12, spaceAfter=5, textColor=ACCENT, keepWithNext=1),
        "h2": ParagraphStyle("h2", parent=body, fontName=FONT_BOLD, fontSize=10.5, leading=14,
                             spaceBefore=8, spaceAfter=3, keepWithNext=1),
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=8, leading=10.5,
                                textColor=MUTED),
        "table": ParagraphStyle("table", parent=body, fontSize=8.5, leading=10.5,
                                spaceAfter=0),
        "table_number": ParagraphStyle("table_number", parent=body, fontSize=8.5, leading=10.5,
                                       spaceAfter=0, alignment=TA_RIGHT),
        "table_header": ParagraphStyle("table_header", parent=body, fontName=FONT_BOLD,
                                       fontSize=8.5, leading=10.5, spaceAfter=0,
                                       textColor=colors.white),
        "table_header_number": ParagraphStyle("table_header_number", parent=body,
                                              fontName=FONT_BOLD, fontSize=8.5, leading=10.5,
                                              spaceAfter=0, textColor=colors.white,
                                              alignment=TA_RIGHT),
        "key_value": ParagraphStyle("key_value", parent=body, fontName=FONT_BOLD, fontSize=15,
                                    leading=18, spaceAfter=1, textColor=ACCENT),
        "key_label": ParagraphStyle("key_label", parent=body, fontSize=8, leading=10,
                                    spaceAfter=0, textColor=MUTED, alignment=TA_LEFT),
    }


def escape(text: object) -> str:
    """Text for a Paragraph: XML special characters escaped, line breaks kept."""
    return _xml_escape(str(text)).replace("\n", "<br/>")


def paragraph(text: str, style: str = "body", *, markup: bool = False) -> Paragraph:
    """A paragraph of plain text (escaped) or, with ``markup=True``, of reportlab markup."""
    return Paragraph(text if markup else escape(text), styles()[style])


def heading(text: str, level: int = 1) -> Paragraph:
    """A heading (level 1 or 2); it is also an entry in the PDF's outline."""
    return Paragraph(escape(text), styles()["h1" if level <= 1 else "h2"])


def spacer(height_mm: float = 3) -> Spacer:
    return Spacer(FRAME_WIDTH, height_mm * mm)


# ---------------------------------------------------------------------------------------------
# Tables

#: German numbers ("1.234,5", "−3", "90 %"); dates such as "02.11.2026" do not match.
_NUMBER: Final = re.compile(r"^[+\-−±]?\d{1,3}(\.\d{3})*(,\d+)?( ?%)?$")


def _is_number(text: str) -> bool:
    return bool(_NUMBER.match(text.strip())) or text.strip() in ("", DASH)


def _auto_widths(headers: Sequence[str], rows: Sequence[Sequence[str]],
                 width: float) -> list[float]:
    weights = []
    for column, header in enumerate(headers):
        longest = max([len(str(r[column])) for r in rows if column < len(r)] or [0])
        longest_word = max((len(w) for w in str(header).split()), default=4)
        weights.append(min(max(longest, longest_word, 4), 45))
    total = sum(weights) or 1
    return [width * w / total for w in weights]


def data_table(
    headers: Sequence[str],
    rows: Sequence[Sequence[object]],
    *,
    col_widths: Sequence[float] | None = None,
    numeric: Sequence[bool] | None = None,
    empty_text: str = "Keine Einträge.",
    width: float = FRAME_WIDTH,
) -> Flowable:
    """A table with a bold header row (repeated after page breaks) and zebra rows.

    Cells are plain text and wrap. Columns whose cells all look like numbers are right-aligned
    unless ``numeric`` says otherwise. Without rows the table is replaced by ``empty_text``.
    """
    if not rows:
        return paragraph(empty_text, "small")
    texts = [[str(c) if c is not None else "" for c in row] for row in rows]
    if numeric is None:
        numeric = [all(_is_number(r[i]) for r in texts if i < len(r)) and
                   any(r[i].strip() not in ("", DASH) for r in texts if i < len(r))
                   for i in range(len(headers))]
    widths = list(col_widths) if col_widths else _auto_widths(headers, texts, width)
    style = styles()
    data: list[list[Any]] = [[
        Paragraph(escape(h), style["table_header_number" if numeric[i] else "table_header"])
        for i, h in enumerate(headers)
    ]]
    for row in texts:
        data.append([
            Paragraph(escape(row[i]) if i < len(row) else "",
                      style["table_number" if numeric[i] else "table"])
            for i in range(len(headers))
        ])
    table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LINEBELOW", (0, -1), (-1, -1), 0.6, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), FONT),  # also for empty cells: no Helvetica
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]))
    return table


def fields_table(items: Sequence[tuple[str, str]], *, label_width: float = 4.2 * cm,
                 width: float = FRAME_WIDTH) -> Table:
    """Label–value rows as at the head of a file note (Aktenvermerk)."""
    style = styles()
    label_style = ParagraphStyle("field_label", parent=style["table"], fontName=FONT_BOLD)
    data = [[Paragraph(escape(label), label_style), Paragraph(escape(value), style["table"])]
            for label, value in items]
    table = Table(data, colWidths=[label_width, width - label_width], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), FONT),  # also for empty cells: no Helvetica
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, GRID),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, ACCENT),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table


@dataclass(frozen=True)
class KeyFigure:
    """One key figure: a large value, a label beneath and an optional detail line."""

    label: str
    value: str
    detail: str = ""


def key_figures(items: Sequence[KeyFigure], *, columns: int = 4,
                width: float = FRAME_WIDTH) -> Table:
    """Key figures as boxes, ``columns`` per row."""
    style = styles()
    cells: list[Any] = []
    for item in items:
        content: list[Flowable] = [
            Paragraph(escape(item.value), style["key_value"]),
            Paragraph(escape(item.label), style["key_label"]),
        ]
        if item.detail:
            content.append(Paragraph(escape(item.detail), style["key_label"]))
        cells.append(content)
    while len(cells) % columns:
        cells.append("")
    # Boxes alternate with narrow empty gap columns: box, gap, box, gap, …, box.
    gap = 2 * mm
    box_width = (width - gap * (columns - 1)) / columns
    col_widths = [box_width if i % 2 == 0 else gap for i in range(2 * columns - 1)]
    data: list[list[Any]] = []
    for start in range(0, len(cells), columns):
        row: list[Any] = []
        for index, cell in enumerate(cells[start : start + columns]):
            row += [cell] if index == columns - 1 else [cell, ""]
        data.append(row)
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), FONT),  # also for empty cells: no Helvetica
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    for row_index, row in enumerate(data):
        for col_index in range(0, len(row), 2):
            if row[col_index] != "":
                cell = (col_index, row_index)
                commands += [("BACKGROUND", cell, cell, BOX),
                             ("LINEABOVE", cell, cell, 1.6, ACCENT)]
    table = Table(data, colWidths=col_widths, hAlign="LEFT", spaceBefore=2, spaceAfter=6)
    table.setStyle(TableStyle(commands))
    return table


# ---------------------------------------------------------------------------------------------
# Images


def png_image(data: bytes, *, width: float = FRAME_WIDTH, max_height: float | None = None,
              ) -> Image:
    """An image flowable from PNG bytes, scaled to ``width`` (the frame width) keeping its
    aspect ratio, and smaller if it would be taller than ``max_height``."""
    pixel_width, pixel_height = ImageReader(io.BytesIO(data)).getSize()
    scale = width / pixel_width
    if max_height is not None and pixel_height * scale > max_height:
        scale = max_height / pixel_height
    return Image(io.BytesIO(data), width=pixel_width * scale, height=pixel_height * scale)


def figure_block(image: Flowable, caption: str) -> KeepTogether:
    """An image with its descriptive text beneath, kept on one page."""
    return KeepTogether([image, Spacer(1, 1 * mm), paragraph(caption, "small"), spacer(4)])


# ---------------------------------------------------------------------------------------------
# Document


@dataclass(frozen=True)
class DocumentInfo:
    """What the page frame and the PDF metadata show."""

    title: str  # running header (right) and PDF title
    office: str  # running header (left)
    subject: str = ""
    keywords: Sequence[str] = field(default_factory=tuple)
    created: dt.datetime | None = None  # footer "erstellt am"; default: now


def parse_timestamp(value: str | dt.datetime | None) -> dt.datetime | None:
    """An ISO timestamp as local time (aware values are converted; naive ones are kept)."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        stamp = value
    else:
        try:
            stamp = dt.datetime.fromisoformat(str(value))
        except ValueError:
            return None
    return stamp.astimezone() if stamp.tzinfo is not None else stamp


def fmt_timestamp(value: dt.datetime) -> str:
    return value.strftime("%d.%m.%Y %H:%M")


def _shorten(text: str, font: str, size: float, width: float) -> str:
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _draw_frame(canvas: Canvas, info: DocumentInfo, created: dt.datetime, page: int,
                total: int) -> None:
    width, height = PAGE_SIZE
    left, right = MARGIN, width - MARGIN
    canvas.saveState()
    canvas.setFillColor(MUTED)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    # Header: office left, document title right, a rule beneath.
    top = height - MARGIN + 0.75 * cm
    half = (right - left) / 2 - 4 * mm
    canvas.setFont(FONT_BOLD, 8)
    canvas.drawString(left, top, _shorten(info.office, FONT_BOLD, 8, half))
    canvas.setFont(FONT, 8)
    canvas.drawRightString(right, top, _shorten(info.title, FONT, 8, half))
    canvas.line(left, top - 2.5 * mm, right, top - 2.5 * mm)
    # Footer: a rule, creation date left, page x of y right.
    bottom = MARGIN - 1.0 * cm
    canvas.line(left, bottom + 3.5 * mm, right, bottom + 3.5 * mm)
    canvas.drawString(left, bottom, f"erstellt am {fmt_timestamp(created)} mit kimboard")
    canvas.drawRightString(right, bottom, f"Seite {page} von {total}")
    canvas.restoreState()


def _canvas_class(info: DocumentInfo, created: dt.datetime) -> type[Canvas]:
    class NumberedCanvas(Canvas):
        """Draws header and footer after the last page, when the page count is known."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []
            self._bookmarks: list[tuple[str, dict[str, Any]]] = []

        def bookmarkPage(self, key: str, **kwargs: Any) -> None:  # noqa: N802
            # A page object exists only once the page is really emitted in save().
            self._bookmarks.append((key, kwargs))

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._pages.append(dict(self.__dict__))
            self._bookmarks = []
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                for key, kwargs in self._bookmarks:
                    Canvas.bookmarkPage(self, key, **kwargs)
                _draw_frame(self, info, created, number, total)
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas


class _Document(BaseDocTemplate):
    def __init__(self, filename: str, info: DocumentInfo) -> None:
        super().__init__(
            filename,
            pagesize=PAGE_SIZE,
            leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=MARGIN,
            title=info.title,
            author=AUTHOR,
            subject=info.subject,
            creator=AUTHOR,
            keywords=list(info.keywords),
            lang=LANGUAGE,
            initialFontName=FONT,
        )
        frame = Frame(MARGIN, MARGIN, FRAME_WIDTH, FRAME_HEIGHT, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        self._outline = 0

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 (reportlab's name)
        """Headings become entries of the PDF outline (the reader's bookmarks)."""
        if isinstance(flowable, Paragraph) and flowable.style.name in ("h1", "h2"):
            level = 0 if flowable.style.name == "h1" else 1
            if level == 1 and self._outline == 0:
                level = 0  # an outline cannot start one level down
            self._outline += 1
            key = f"h{self._outline}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(flowable.getPlainText(), key, level=level, closed=False)


Story = Iterable[Flowable] | Callable[[], Iterable[Flowable]]


def build_pdf(path: Path | str, story: Story, info: DocumentInfo) -> Path:
    """Write the flowables as a PDF to ``path``, atomically.

    The document is built into a hidden temporary file in the target folder and moved over
    the target with :func:`os.replace` only when complete. On any error the temporary file is
    removed, an existing file at the target is left as it was, and :class:`ReportError` is
    raised. ``story`` may be a callable, so that errors while composing count as well.
    """
    target = Path(path)
    folder = target.parent
    if not folder.is_dir():
        raise ReportError(f"Der Ordner „{folder}“ existiert nicht.")
    register_fonts()
    created = info.created or dt.datetime.now()
    temp = folder / f".{target.stem[:60]}.{secrets.token_hex(4)}.tmp"
    try:
        with open(temp, "xb"):
            pass  # claim the name; reportlab reopens it by name
        flowables = list(story() if callable(story) else story)
        document = _Document(str(temp), info)
        document.build(flowables, canvasmaker=_canvas_class(info, created))
        with open(temp, "rb+") as written:
            os.fsync(written.fileno())
        os.replace(temp, target)
    except BaseException as err:
        temp.unlink(missing_ok=True)
        if isinstance(err, ReportError) or not isinstance(err, Exception):
            raise
        if isinstance(err, PermissionError):
            raise ReportError(
                f"„{target.name}“ kann nicht geschrieben werden: keine Berechtigung oder die "
                "Datei ist in einem anderen Programm geöffnet."
            ) from err
        if isinstance(err, OSError):
            raise ReportError(
                f"„{target.name}“ kann nicht geschrieben werden: {err.strerror or err}."
            ) from err
        raise ReportError(
            f"Der Bericht „{target.name}“ konnte nicht erstellt werden ({type(err).__name__}: "
            f"{err})."
        ) from err
    return target


_INVALID_FILENAME: Final = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')


def safe_filename_part(text: str, limit: int = 50) -> str:
    """A piece of a file name valid on Windows, macOS and Linux: no separators, no reserved
    characters, spaces as hyphens, at most ``limit`` characters."""
    cleaned = _INVALID_FILENAME.sub("-", str(text))
    cleaned = re.sub(r"\s+", "-", cleaned.strip())
    cleaned = re.sub(r"-{2,}", "-", cleaned)
    cleaned = cleaned[:limit].strip(" .-_")
    return cleaned
