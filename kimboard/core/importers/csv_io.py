"""Cards as CSV that German Excel opens and writes.

**Export** (:func:`export_csv`): UTF-8 with BOM (Excel then shows umlauts right), ``;`` as
separator, CRLF line ends, one row per card (archived ones included) in board order (column by
column, top to bottom), with the columns::

    Nr.;Titel;Beschreibung;Spalte;Swimlane;Priorität;Fällig;Schätzung;Labels;Zuständig;Blockiert;Archiviert

Dates as ``dd.mm.yyyy``, decimals with a comma, priorities as words (niedrig, normal, hoch,
kritisch), several labels or people separated by ", ", "Blockiert" as "nein", "ja" or
"ja: <Grund>", "Archiviert" as "ja"/"nein". A text cell that Excel would run as a formula
(starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return) gets a leading ``'``
(CSV injection); a text starting with ``'`` gets a second one. The import takes both off again.

**Import** (:func:`import_csv`) into an existing board: the separator (``;``, ``,`` or tab) is
taken from the header line, the encoding is UTF-8 (with or without BOM), UTF-16 with BOM
(Excel's "Unicode-Text") or else Windows-1252 (Excel's "CSV (Trennzeichen-getrennt)").
Headers are matched case-insensitively in German or English ("Titel"/"Title", "Spalte"/
"Column"/"Status", "Fällig"/"Due", …); "Titel" is required, every other column is optional;
an unknown column refuses the file with a message that lists it and the known ones. "Nr." is
read but not used: the cards get the board's next numbers. Each row goes to the bottom of the
column named in "Spalte" (exact spelling, else case-insensitive) or, when the board has no such
column, into the first column with a warning. Missing swimlanes and labels are made, people are
found by exact display name or made as members of the board's office. Rows without a title are
skipped with a warning; a value that cannot be read (a date, a number) is left empty with a
warning.

Known limits: a label or person whose name contains a comma is split at the comma on import
unless that exact name already exists; the card number, history, checklist and comments do not
travel in CSV.

An export then an import into another board of the same office gives the same cards (same
rows in the next export, apart from "Nr.").
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections import defaultdict
from collections.abc import Callable, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from kimboard.core.errors import KimboardError, ValidationError
from kimboard.core.importers import ImportFormatError, ImportResult, MemberFinder, shorten
from kimboard.core.models import Board, BoardColumn, Card, Label, Priority
from kimboard.core.ops import boards, cards
from kimboard.core.ops._util import get

#: The header of an export, in this order; also the German names of the known columns.
HEADERS: tuple[str, ...] = (
    "Nr.", "Titel", "Beschreibung", "Spalte", "Swimlane", "Priorität", "Fällig", "Schätzung",
    "Labels", "Zuständig", "Blockiert", "Archiviert",
)
_FIELDS = ("number", "title", "description", "column", "swimlane", "priority", "due",
           "estimate", "labels", "assignees", "blocked", "archived")
GERMAN_HEADER = dict(zip(_FIELDS, HEADERS, strict=True))

#: Accepted spellings per field (compared case-insensitively, without a final dot).
HEADER_ALIASES: dict[str, tuple[str, ...]] = {
    "number": ("nr", "nummer", "number", "no", "#", "kartennummer", "card number", "id"),
    "title": ("titel", "title", "name", "zusammenfassung", "summary", "card name",
              "kartentitel"),
    "description": ("beschreibung", "description", "desc", "details", "text"),
    "column": ("spalte", "column", "status", "liste", "list"),
    "swimlane": ("swimlane", "lane", "bahn"),
    "priority": ("priorität", "prioritaet", "priority", "prio"),
    "due": ("fällig", "faellig", "fälligkeit", "fällig am", "fälligkeitsdatum", "due",
            "due date", "termin"),
    "estimate": ("schätzung", "schaetzung", "estimate", "punkte", "story points", "aufwand"),
    "labels": ("labels", "label", "etiketten", "schlagworte", "tags"),
    "assignees": ("zuständig", "zustaendig", "zuständige", "assignee", "assignees",
                  "zugewiesen", "verantwortlich", "members", "mitglieder"),
    "blocked": ("blockiert", "blocked"),
    "archived": ("archiviert", "archived"),
}
_ALIAS = {alias: f for f, aliases in HEADER_ALIASES.items() for alias in aliases}

PRIORITY_WORDS = {
    Priority.LOW.value: "niedrig", Priority.NORMAL.value: "normal",
    Priority.HIGH.value: "hoch", Priority.CRITICAL.value: "kritisch",
}
_PRIORITY_IN = {
    "niedrig": 0, "low": 0, "gering": 0, "0": 0,
    "normal": 1, "mittel": 1, "medium": 1, "1": 1, "": 1,
    "hoch": 2, "high": 2, "2": 2,
    "kritisch": 3, "critical": 3, "sehr hoch": 3, "highest": 3, "dringend": 3, "3": 3,
}
_YES = {"ja", "j", "yes", "y", "x", "1", "wahr", "true", "✓"}
_NO = {"nein", "n", "no", "0", "falsch", "false", ""}

#: First characters that make Excel treat a cell as a formula.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


# --------------------------------------------------------------------------- export


def _cell(text: str) -> str:
    """A text cell that Excel shows as text (never runs it as a formula)."""
    if text.startswith((*_FORMULA_START, "'")):
        return "'" + text
    return text


def _uncell(text: str) -> str:
    if text.startswith("'") and text[1:2] and text[1] in "=+-@\t\r'":
        return text[1:]
    return text


def format_number(value: float | None) -> str:
    """2.5 → "2,5", 3.0 → "3", None → ""."""
    if value is None:
        return ""
    text = repr(float(value))
    if "e" in text or "E" in text:
        text = f"{value:.10f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",")


def _blocked_cell(card: Card) -> str:
    if not card.blocked:
        return "nein"
    return f"ja: {card.blocked_reason}" if card.blocked_reason else "ja"


def export_csv(session: Session, board_id: int) -> bytes:
    """The board's cards as CSV for German Excel (see the module docstring)."""
    board = get(session, Board, board_id)
    columns = {c.id: c for c in board.columns}
    lanes = {lane.id: lane.name for lane in board.swimlanes}
    stmt = (
        select(Card)
        .join(BoardColumn, BoardColumn.id == Card.column_id)
        .where(Card.board_id == board.id)
        .order_by(BoardColumn.position, Card.order_key, Card.id)
        .options(selectinload(Card.labels), selectinload(Card.assignees))
    )
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow(HEADERS)
    for card in session.scalars(stmt):
        labels = sorted((label.name for label in card.labels), key=lambda n: (n.casefold(), n))
        people = sorted((m.display_name for m in card.assignees),
                        key=lambda n: (n.casefold(), n))
        writer.writerow([
            str(card.number),
            _cell(card.title),
            _cell(card.description),
            _cell(columns[card.column_id].name),
            _cell(lanes.get(card.swimlane_id, "") if card.swimlane_id else ""),
            PRIORITY_WORDS.get(card.priority, str(card.priority)),
            card.due_date.strftime("%d.%m.%Y") if card.due_date else "",
            format_number(card.estimate),
            _cell(", ".join(labels)),
            _cell(", ".join(people)),
            _cell(_blocked_cell(card)),
            "ja" if card.archived_at is not None else "nein",
        ])
    return b"\xef\xbb\xbf" + out.getvalue().encode("utf-8")


# --------------------------------------------------------------------------- reading a file


def decode_csv(data: bytes, what: str = "Die Datei") -> tuple[str, str]:
    """The text of a CSV file and the name of its encoding."""
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "UTF-8 mit BOM"
        except UnicodeDecodeError:
            raise ImportFormatError(
                f"{what} gibt sich als UTF-8 aus, enthält aber ungültige Zeichen.") from None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16").removeprefix("\ufeff"), "UTF-16"
        except UnicodeDecodeError:
            raise ImportFormatError(f"{what} ist keine lesbare UTF-16-Datei.") from None
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError:
        raise ImportFormatError(
            f"{what} ist weder UTF-8 noch Windows-1252 (ANSI). Bitte in Excel als "
            "„CSV UTF-8 (durch Trennzeichen getrennt)“ speichern.") from None


def detect_delimiter(text: str) -> str:
    """``;``, ``,`` or tab — whichever occurs most often in the header line (``;`` on a tie)."""
    header = text.split("\n", 1)[0]
    counts = {d: header.count(d) for d in (";", ",", "\t")}
    best = max(counts.values())
    if best == 0:
        return ";"
    return next(d for d in (";", ",", "\t") if counts[d] == best)


def _norm_header(name: str) -> str:
    name = " ".join(name.replace("\ufeff", "").split()).casefold()
    return name[:-1].rstrip() if name.endswith(".") and len(name) > 1 else name


def _map_headers(header: Sequence[str], rows: list[list[str]], what: str) -> dict[str, int]:
    fields: dict[str, int] = {}
    unknown: list[str] = []
    for i, raw in enumerate(header):
        name = _norm_header(raw)
        if not name:
            if any(i < len(r) and r[i].strip() for r in rows):
                unknown.append(f"(Spalte {i + 1} ohne Überschrift)")
            continue
        f = _ALIAS.get(name)
        if f is None:
            unknown.append(f"„{raw.strip()}“")
        elif f in fields:
            raise ImportFormatError(
                f"{what} hat die Spalte „{GERMAN_HEADER[f]}“ doppelt "
                f"(„{header[fields[f]].strip()}“ und „{raw.strip()}“).")
        else:
            fields[f] = i
    known = ", ".join(HEADERS)
    if unknown:
        raise ImportFormatError(
            f"{what} hat unbekannte Spalten: {', '.join(unknown)}. Bekannt sind: {known} "
            "(auch englisch, z. B. Title, Description, Column, Due). Bitte die Spalten "
            "umbenennen oder entfernen.")
    if "title" not in fields:
        raise ImportFormatError(
            f"{what} hat keine Spalte „Titel“ (oder „Title“). Gefunden: "
            f"{', '.join('„' + h.strip() + '“' for h in header if h.strip()) or 'nichts'}. "
            f"Bekannt sind: {known}.")
    return fields


def read_rows(data: bytes, what: str = "Die Datei") -> tuple[dict[str, int],
                                                           list[tuple[int, list[str]]]]:
    """The header mapping (field → index) and the data rows with their line numbers."""
    text, _encoding = decode_csv(data, what)
    if not text.strip():
        raise ImportFormatError(f"{what} ist leer.")
    if "\x00" in text:
        raise ImportFormatError(f"{what} ist keine Textdatei (CSV).")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=detect_delimiter(text),
                        strict=False)
    try:
        records = [(reader.line_num, row) for row in reader]
    except csv.Error as err:
        raise ImportFormatError(f"{what} ist keine lesbare CSV-Datei: {err}") from None
    header = records[0][1] if records else []
    rows = [(line, row) for line, row in records[1:] if any(c.strip() for c in row)]
    fields = _map_headers(header, [r for _, r in rows], what)
    return fields, rows


# --------------------------------------------------------------------------- parsing values


def parse_date(text: str) -> dt.date | None:
    """"12.03.2026", "12.3.26", "2026-03-12" (also with a time after it) → a date."""
    value = text.strip().split(" ")[0].split("T")[0]
    if not value:
        return None
    for fmt in ("%d.%m.%Y", "%d.%m.%y", "%Y-%m-%d", "%d/%m/%Y"):
        try:
            return dt.datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    raise ValueError(value)


def parse_number(text: str) -> float | None:
    """"2,5", "2.5", "3" → a float; "" → None."""
    value = text.strip().replace("\u00a0", "").replace(" ", "")
    if not value:
        return None
    if "," in value:
        value = value.replace(".", "").replace(",", ".")
    if not re.fullmatch(r"\d+(?:\.\d+)?", value):
        raise ValueError(text)
    return float(value)


def _split_names(cell: str, known: Callable[[str], bool]) -> list[str]:
    cell = " ".join(cell.split())
    if not cell:
        return []
    if "," in cell and known(cell):
        return [cell]
    names: list[str] = []
    for part in cell.split(","):
        part = part.strip()
        if part and part.casefold() not in {n.casefold() for n in names}:
            names.append(part)
    return names


# --------------------------------------------------------------------------- import


class _Board:
    """Columns, swimlanes and labels of the target board by name, made on demand."""

    def __init__(self, session: Session, board: Board, result: ImportResult) -> None:
        self.session = session
        self.board = board
        self.result = result
        self.columns = list(board.columns)
        self.lanes: dict[str, int] = {}
        for lane in board.swimlanes:
            self.lanes.setdefault(lane.name.casefold(), lane.id)
        self.labels: dict[str, int] = {}
        for label in session.scalars(select(Label).where(Label.board_id == board.id)):
            self.labels.setdefault(label.name.casefold(), label.id)
        self.missing_columns: dict[str, int] = defaultdict(int)

    def column(self, name: str) -> int:
        name = " ".join(name.split())
        if not name:
            return self.columns[0].id
        for col in self.columns:
            if col.name == name:
                return col.id
        folded = [c for c in self.columns if c.name.casefold() == name.casefold()]
        if len(folded) == 1:
            return folded[0].id
        self.missing_columns[name] += 1
        return self.columns[0].id

    def lane(self, name: str) -> int | None:
        name = " ".join(name.split())
        if not name:
            return None
        if name.casefold() not in self.lanes:
            ref = boards.add_swimlane(self.session, self.board.id, name[:200]).value
            self.lanes[name.casefold()] = ref.id
        return self.lanes[name.casefold()]

    def label(self, name: str) -> int:
        key = name.casefold()
        if key not in self.labels:
            ref = boards.create_label(self.session, self.board.id, name[:100]).value
            self.labels[key] = ref.id
            self.result.labels += 1
        return self.labels[key]


def import_csv(
    session: Session, board_id: int, data: bytes, *, file_name: str = ""
) -> ImportResult:
    """Import the rows of a CSV file as cards of the board (see the module docstring)."""
    what = f"„{file_name}“" if file_name else "Die CSV-Datei"
    fields, rows = read_rows(data, what)
    board = get(session, Board, board_id)
    if board.archived_at is not None:
        raise ValidationError("In ein archiviertes Board kann nicht importiert werden.")
    result = ImportResult(board.id, board.uuid, board.name)
    target = _Board(session, board, result)
    finder = MemberFinder(session, board.site_id)
    warnings: list[str] = []
    no_title = 0

    for line, row in rows:
        def value(f: str, row: list[str] = row) -> str:
            i = fields.get(f)
            return _uncell(row[i]) if i is not None and i < len(row) else ""

        title = value("title").strip()
        if not title:
            no_title += 1
            continue
        try:
            _import_row(session, board, target, finder, value, title, line, result, warnings)
        except KimboardError as err:
            raise type(err)(f"Zeile {line}: {err}") from err

    if no_title:
        warnings.append(f"{no_title} Zeile(n) ohne Titel wurden übersprungen.")
    first = target.columns[0].name
    for name, n in target.missing_columns.items():
        warnings.append(f"Die Spalte „{name}“ gibt es auf dem Board nicht: {n} Karte(n) "
                        f"liegen in der ersten Spalte „{first}“.")
    result.members = len(finder.linked)
    result.members_created = len(finder.created)
    result.warnings = warnings
    return result


def _import_row(session: Session, board: Board, target: _Board, finder: MemberFinder,
                value: Callable[[str], str], title: str, line: int, result: ImportResult,
                warnings: list[str]) -> None:
    def warn(what: str, raw: str) -> None:
        warnings.append(f"Zeile {line}: {what} „{raw.strip()}“ ist nicht lesbar "
                        "und wurde weggelassen.")

    priority = _PRIORITY_IN.get(" ".join(value("priority").split()).casefold())
    if priority is None:
        warn("Die Priorität", value("priority"))
        priority = Priority.NORMAL.value
    try:
        due = parse_date(value("due"))
    except ValueError:
        warn("Das Datum", value("due"))
        due = None
    try:
        estimate = parse_number(value("estimate"))
        if estimate is not None and estimate > 1000:
            raise ValueError(estimate)
    except ValueError:
        warn("Die Schätzung", value("estimate"))
        estimate = None
    title, cut = shorten(title, 500)
    if cut:
        warnings.append(f"Zeile {line}: Der Titel war länger als 500 Zeichen und wurde gekürzt.")
    ref = cards.create_card(
        session, board.id, title, column_id=target.column(value("column")),
        swimlane_id=target.lane(value("swimlane")), description=value("description").strip(),
        priority=priority, due_date=due, estimate=estimate,
    ).value
    result.cards += 1
    labels = _split_names(value("labels"), lambda n: n.casefold() in target.labels)
    if labels:
        cards.set_labels(session, ref.id, {target.label(n) for n in labels})
    people = _split_names(value("assignees"), finder.exists)
    ids = {finder.get(n) for n in people}
    if ids - {None}:
        cards.set_assignees(session, ref.id, {i for i in ids if i is not None})
    blocked = value("blocked").strip()
    head, _, reason = blocked.partition(":")
    if head.strip().casefold() in _YES:
        cards.update_card(session, ref.id, blocked=True, blocked_reason=reason.strip())
    elif blocked.casefold() not in _NO:
        cards.update_card(session, ref.id, blocked=True, blocked_reason=blocked)
    archived = value("archived").strip().casefold()
    if archived in _YES or (archived and archived not in _NO and _is_date(archived)):
        cards.archive_card(session, ref.id)
        result.archived += 1
    elif archived not in _NO:
        warn("Der Wert für „Archiviert“", value("archived"))


def _is_date(text: str) -> bool:
    try:
        return parse_date(text) is not None
    except ValueError:
        return False
