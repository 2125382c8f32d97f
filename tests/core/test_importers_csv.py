"""CSV for German Excel: the export's dialect, a lossless round trip, files Excel writes
(; and cp1252) and other tools write (, and UTF-8), and clear refusals."""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from kimboard.core.db import Database
from kimboard.core.errors import ValidationError
from kimboard.core.importers import ImportFormatError
from kimboard.core.importers.csv_io import (
    HEADERS,
    decode_csv,
    detect_delimiter,
    export_csv,
    format_number,
    import_csv,
    parse_date,
    parse_number,
)
from kimboard.core.models import Board, Card, Label, Member
from kimboard.core.ops import boards, cards, people, sites


@dataclass(frozen=True)
class Env:
    site: int
    board: int


@pytest.fixture
def env(db: Database) -> Env:
    site = db.run(sites.create_site, "Ausländerbehörde Köln", "ABH-KOE").value.id
    return Env(site, db.run(boards.create_board, site, "Fachkräfte").value.id)


def _rows(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))


def _export(db: Database, board: int) -> bytes:
    with db.session() as s:
        return export_csv(s, board)


@dataclass(frozen=True)
class Snap:
    id: int
    title: str
    description: str
    column: str
    priority: int
    due_date: dt.date | None
    estimate: float | None
    blocked: bool
    blocked_reason: str
    archived: bool
    labels: tuple[str, ...]
    assignees: tuple[str, ...]


def _cards(db: Database, board: int) -> list[Snap]:
    with db.session() as s:
        return [
            Snap(c.id, c.title, c.description, c.column.name, c.priority, c.due_date,
                 c.estimate, c.blocked, c.blocked_reason, c.archived_at is not None,
                 tuple(sorted(lb.name for lb in c.labels)),
                 tuple(sorted(m.display_name for m in c.assignees)))
            for c in s.scalars(select(Card).where(Card.board_id == board)
                               .order_by(Card.number))
        ]


def _fill(db: Database, env: Env) -> None:
    anna = db.run(people.create_member, env.site, "Anna Beispiel").value.id
    bert = db.run(people.create_member, env.site, "Bert Muster").value.id
    lane = db.run(boards.add_swimlane, env.board, "Team Süd").value.id
    urgent = db.run(boards.create_label, env.board, "Dringend", "#dc2626").value.id
    jc = db.run(boards.create_label, env.board, "Jobcenter").value.id
    with db.session() as s:
        cols = [c.id for c in s.get_one(Board, env.board).columns]
    a = db.run(cards.create_card, env.board, "Terminvergabe „online“; Test",
               column_id=cols[1], description="Zeile 1\nZeile 2; mit \"Zitat\"\r\nZeile 3",
               priority=3, due_date=dt.date(2026, 3, 12), estimate=2.5,
               swimlane_id=lane).value.id
    db.run(cards.set_labels, a, [urgent, jc])
    db.run(cards.set_assignees, a, [anna, bert])
    b = db.run(cards.create_card, env.board, "=SUMME(A1:A9)", column_id=cols[2],
               description="- Punkt 1\n- Punkt 2", priority=0, estimate=13).value.id
    db.run(cards.update_card, b, blocked=True, blocked_reason="Warten auf: Rückmeldung")
    c = db.run(cards.create_card, env.board, "'zitiert", column_id=cols[2]).value.id
    db.run(cards.update_card, c, blocked=True)
    d = db.run(cards.create_card, env.board, "Abgeschlossen", column_id=cols[3]).value.id
    db.run(cards.archive_card, d)
    db.run(cards.create_card, env.board, "@Erwähnung +1 Übersicht ß", column_id=cols[0])


# --------------------------------------------------------------------------- export


def test_export_is_german_excel_csv(db: Database, env: Env) -> None:
    _fill(db, env)
    data = _export(db, env.board)
    assert data.startswith(b"\xef\xbb\xbf")
    assert data[3:].split(b"\r\n", 1)[0].decode() == ";".join(HEADERS)
    assert HEADERS == ("Nr.", "Titel", "Beschreibung", "Spalte", "Swimlane", "Priorität",
                       "Fällig", "Schätzung", "Labels", "Zuständig", "Blockiert", "Archiviert")
    rows = _rows(data)
    assert rows[1:] == [
        ["5", "@Erwähnung +1 Übersicht ß".replace("@", "'@", 1), "", "Backlog", "", "normal",
         "", "", "", "", "nein", "nein"],
        ["1", "Terminvergabe „online“; Test", "Zeile 1\nZeile 2; mit \"Zitat\"\r\nZeile 3",
         "Zu erledigen", "Team Süd", "kritisch", "12.03.2026", "2,5", "Dringend, Jobcenter",
         "Anna Beispiel, Bert Muster", "nein", "nein"],
        ["2", "'=SUMME(A1:A9)", "'- Punkt 1\n- Punkt 2", "In Arbeit", "", "niedrig", "", "13",
         "", "", "ja: Warten auf: Rückmeldung", "nein"],
        ["3", "''zitiert", "", "In Arbeit", "", "normal", "", "", "", "", "ja", "nein"],
        ["4", "Abgeschlossen", "", "Erledigt", "", "normal", "", "", "", "", "nein", "ja"],
    ]


def test_empty_board_exports_the_header(db: Database, env: Env) -> None:
    assert _rows(_export(db, env.board)) == [list(HEADERS)]


def test_number_format() -> None:
    assert [format_number(v) for v in (None, 0.0, 2.5, 3.0, 0.125, 1000.0, 1e-5)] == [
        "", "0", "2,5", "3", "0,125", "1000", "0,00001"]


# --------------------------------------------------------------------------- round trip


def _round_trip(db: Database, env: Env) -> tuple[bytes, bytes, int]:
    data = _export(db, env.board)
    other = db.run(boards.create_board, env.site, "Kopie").value.id
    result = db.run(import_csv, other, data, file_name="export.csv")
    assert result.warnings == []
    return data, _export(db, other), other


def test_round_trip_gives_the_same_cards(db: Database, env: Env) -> None:
    _fill(db, env)
    first, second, other = _round_trip(db, env)
    assert [r[1:] for r in _rows(first)] == [r[1:] for r in _rows(second)]
    originals = _cards(db, env.board)
    copies = {c.title: c for c in _cards(db, other)}
    for card in originals:
        assert copies[card.title] == card.__class__(**{**card.__dict__,
                                                        "id": copies[card.title].id})
    with db.session() as s:  # no people were duplicated; labels were made on the new board
        assert s.scalar(select(func.count()).select_from(Member)) == 2
        assert set(s.scalars(select(Label.name).where(Label.board_id == other))) == {
            "Dringend", "Jobcenter"}


ALPHABET = st.one_of(
    st.sampled_from(list(';,"\'\n\r\t=+-@ äöüÄÖÜß€„“…')),
    st.characters(codec="utf-8", categories=["L", "N", "P", "S", "Zs"]),
)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(titles=st.lists(st.text(ALPHABET, min_size=1, max_size=60)
                       .map(str.strip).filter(bool), min_size=1, max_size=4),
       description=st.text(ALPHABET, max_size=80).map(str.strip))
def test_any_text_survives_the_round_trip(db: Database, env: Env, titles: list[str],
                                          description: str) -> None:
    board = db.run(boards.create_board, env.site, "Quelle").value.id
    for title in titles:
        db.run(cards.create_card, board, title, description=description)
    data = _export(db, board)
    other = db.run(boards.create_board, env.site, "Ziel").value.id
    db.run(import_csv, other, data)
    assert [(c.title, c.description) for c in _cards(db, other)] == [
        (t, description) for t in titles]


# --------------------------------------------------------------------------- files from elsewhere


def test_german_excel_file_in_cp1252(db: Database, env: Env) -> None:
    text = ("Titel;Beschreibung;Spalte;Fällig;Schätzung;Priorität;Zuständig;Blockiert\r\n"
            "Anhörung vorbereiten;Übersetzer für Öztürk-Termin;In Arbeit;5.3.2026;1,5;hoch;"
            "Jürgen Weiß;\r\n"
            "\"Mehrzeilig; mit Semikolon\";\"a\r\nb\";zu erledigen;2026-04-01;;;;"
            "Warten auf Pass\r\n"
            ";;;;;;;\r\n")
    result = db.run(import_csv, env.board, text.encode("cp1252"), file_name="excel.csv")
    assert result.cards == 2 and result.members_created == 1 and result.warnings == []
    first, second = _cards(db, env.board)
    assert (first.title, first.description, first.column, first.due_date,
            first.estimate, first.priority, first.assignees) == (
        "Anhörung vorbereiten", "Übersetzer für Öztürk-Termin", "In Arbeit",
        dt.date(2026, 3, 5), 1.5, 2, ("Jürgen Weiß",))
    assert (second.title, second.description, second.column, second.due_date) == (
        "Mehrzeilig; mit Semikolon", "a\r\nb", "Zu erledigen", dt.date(2026, 4, 1))
    assert second.blocked and second.blocked_reason == "Warten auf Pass"


def test_comma_separated_utf8_with_english_headers(db: Database, env: Env) -> None:
    text = ("title,Description,COLUMN,Due date,Labels,Assignee,Archived,Priority\n"
            "Flyer drucken,\"Text, mit Komma\",Done,12.03.26,\"Druck, Öffentlichkeit\",,yes,"
            "Critical\n")
    result = db.run(import_csv, env.board, text.encode("utf-8"))
    assert (result.cards, result.labels, result.archived) == (1, 2, 1)
    (card,) = _cards(db, env.board)
    assert (card.title, card.description, card.due_date, card.priority, card.archived,
            card.labels) == ("Flyer drucken", "Text, mit Komma", dt.date(2026, 3, 12), 3, True,
                             ("Druck", "Öffentlichkeit"))
    assert card.column == "Backlog"  # "Done" is no column of this board
    assert result.warnings == ["Die Spalte „Done“ gibt es auf dem Board nicht: 1 Karte(n) "
                               "liegen in der ersten Spalte „Backlog“."]


def test_title_only_file_and_existing_names(db: Database, env: Env) -> None:
    db.run(people.create_member, env.site, "Müller, Anna")
    db.run(boards.create_label, env.board, "Recht, Gesetz")
    text = "Titel;Zuständig;Labels\nA;Müller, Anna;Recht, Gesetz\nB;;\n"
    result = db.run(import_csv, env.board, text.encode())
    assert result.cards == 2 and result.members_created == 0 and result.labels == 0
    a = _cards(db, env.board)[0]
    assert (a.title, a.assignees, a.labels) == ("A", ("Müller, Anna",), ("Recht, Gesetz",))


def test_unreadable_values_are_left_empty_with_a_warning(db: Database, env: Env) -> None:
    text = ("Titel;Fällig;Schätzung;Priorität;Archiviert\n"
            "A;morgen;viel;superwichtig;vielleicht\n;12.03.2026;;;\n")
    result = db.run(import_csv, env.board, text.encode())
    assert result.cards == 1
    (card,) = _cards(db, env.board)
    assert (card.due_date, card.estimate, card.priority, card.archived) == (
        None, None, 1, False)
    joined = "\n".join(result.warnings)
    for fragment in ("Zeile 2: Das Datum „morgen“", "Die Schätzung „viel“",
                     "Die Priorität „superwichtig“", "„vielleicht“",
                     "1 Zeile(n) ohne Titel wurden übersprungen"):
        assert fragment in joined


# --------------------------------------------------------------------------- refusals


@pytest.mark.parametrize(("data", "message"), [
    (b"Titel;Foo;Bar\nA;1;2\n", "unbekannte Spalten: „Foo“, „Bar“. Bekannt sind: Nr., Titel"),
    (b"Beschreibung;Spalte\nA;B\n", "keine Spalte „Titel“"),
    (b"Titel;Title\nA;B\n", "doppelt"),
    (b"", "ist leer"),
    (b"Titel;\nA;x\n", "(Spalte 2 ohne Überschrift)"),
    (b"\x00\x01\x02Titel", "keine Textdatei"),
    (b'{"name": "Trello", "lists": []}', "unbekannte Spalten"),
])
def test_wrong_files_are_refused_and_nothing_changes(db: Database, env: Env, data: bytes,
                                                     message: str) -> None:
    with pytest.raises(ImportFormatError) as err:
        db.run(import_csv, env.board, data, file_name="liste.csv")
    assert message in str(err.value)
    assert "„liste.csv“" in str(err.value)
    assert _cards(db, env.board) == []


def test_empty_header_column_without_values_is_ignored(db: Database, env: Env) -> None:
    result = db.run(import_csv, env.board, b"Titel;;\nA;;\n")
    assert result.cards == 1


def test_an_error_in_a_row_names_the_line_and_rolls_everything_back(
    db: Database, env: Env
) -> None:
    text = "Titel;Beschreibung\nA;ok\nB;" + "x" * 100_001 + "\n"
    with pytest.raises(ValidationError, match="Zeile 3: Die Beschreibung ist zu lang"):
        db.run(import_csv, env.board, text.encode())
    assert _cards(db, env.board) == []


def test_archived_board_is_refused(db: Database, env: Env) -> None:
    db.run(boards.archive_board, env.board)
    with pytest.raises(ValidationError, match="archiviertes Board"):
        db.run(import_csv, env.board, b"Titel\nA\n")


# --------------------------------------------------------------------------- helpers


def test_encoding_and_delimiter_detection() -> None:
    assert decode_csv("Ä;b".encode("utf-8-sig")) == ("Ä;b", "UTF-8 mit BOM")
    assert decode_csv("Ä;b".encode()) == ("Ä;b", "UTF-8")
    assert decode_csv("Ä;b€".encode("cp1252")) == ("Ä;b€", "Windows-1252")
    assert decode_csv("Ä\tb".encode("utf-16")) == ("Ä\tb", "UTF-16")
    assert detect_delimiter("Titel;Beschreibung\nA, B;C") == ";"
    assert detect_delimiter("Title,Description\nA;B,C") == ","
    assert detect_delimiter("Titel\tSpalte\n") == "\t"
    assert detect_delimiter("Titel\nA") == ";"


def test_tab_separated_utf16_from_excel_unicode_text(db: Database, env: Env) -> None:
    result = db.run(import_csv, env.board, "Titel\tSpalte\nÄnderung\tIn Arbeit\n".encode(
        "utf-16"))
    assert result.cards == 1
    assert _cards(db, env.board)[0].title == "Änderung"


def test_value_parsers() -> None:
    assert parse_date("12.03.2026") == parse_date("12.3.26") == parse_date("2026-03-12") \
        == parse_date("12.03.2026 00:00") == parse_date("2026-03-12T10:00:00") \
        == dt.date(2026, 3, 12)
    assert parse_date(" ") is None
    with pytest.raises(ValueError):
        parse_date("31.02.2026")
    assert parse_number("2,5") == parse_number("2.5") == 2.5
    assert parse_number("1.000,5") == 1000.5
    assert parse_number("") is None
    with pytest.raises(ValueError):
        parse_number("-1")
