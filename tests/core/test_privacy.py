"""The privacy check: what looks like personal or case data is found, what a board is full of
(due dates, sprint numbers, rooms, versions, paragraphs) is not."""

from __future__ import annotations

import datetime as dt

import pytest

from kimboard.core import privacy
from kimboard.core.clock import frozen_at
from kimboard.core.db import Database
from kimboard.core.ops import boards, cards, sites
from kimboard.core.privacy import (
    KIND_LABELS,
    Finding,
    TextRecord,
    board_records,
    redact_text,
    scan_records,
    scan_text,
)

NOW = dt.datetime(2026, 6, 1, 10, 0, tzinfo=dt.UTC)


@pytest.fixture(autouse=True)
def _fixed_today() -> object:
    with frozen_at(NOW):
        yield


def found(text: str) -> list[tuple[str, str]]:
    return [(kind, text[start:end]) for kind, start, end in scan_text(text)]


# --------------------------------------------------------------------------- true positives

POSITIVES = [
    # e-mail
    ("Bitte an max.mustermann@example.de schicken", "email", "max.mustermann@example.de"),
    ("Mail: a.b-c+tag@sub.stadt-koeln.de.", "email", "a.b-c+tag@sub.stadt-koeln.de"),
    ("(jürgen.müller@beispiel.de)", "email", "jürgen.müller@beispiel.de"),
    # phone
    ("Tel. 0221 / 123 45 67", "phone", "0221 / 123 45 67"),
    ("Ruf an: +49 221 1234567", "phone", "+49 221 1234567"),
    ("Handy 0176 12345678 abends", "phone", "0176 12345678"),
    ("(0221) 123456", "phone", "(0221) 123456"),
    ("+49 (0)221 12345-67", "phone", "+49 (0)221 12345-67"),
    ("0049 221 9876543", "phone", "0049 221 9876543"),
    ("Tel. 0221-1234", "phone", "0221-1234"),  # short, but after "Tel."
    ("erreichbar unter 02203/987654.", "phone", "02203/987654"),
    # IBAN
    ("IBAN DE89 3704 0044 0532 0130 00 bitte", "iban", "DE89 3704 0044 0532 0130 00"),
    ("DE89370400440532013000", "iban", "DE89370400440532013000"),
    ("Konto AT61 1904 3002 3457 3201, danke", "iban", "AT61 1904 3002 3457 3201"),
    ("GB82 WEST 1234 5698 7654 32", "iban", "GB82 WEST 1234 5698 7654 32"),
    # date of birth
    ("Herr K., geb. 12.03.1990, wohnt", "date_of_birth", "geb. 12.03.1990"),
    ("geboren am 1.2.85", "date_of_birth", "geboren am 1.2.85"),
    ("Geburtsdatum: 1990-03-12", "date_of_birth", "Geburtsdatum: 1990-03-12"),
    ("Max M. *12.03.1990", "date_of_birth", "*12.03.1990"),
    ("Frau S. (* 3.7.2001) kommt", "date_of_birth", "* 3.7.2001"),
    ("geboren in Aleppo am 12.03.1990", "date_of_birth", "geboren in Aleppo am 12.03.1990"),
    ("12.03.1990 geboren", "date_of_birth", "12.03.1990"),
    ("DOB 12 März 1990", "date_of_birth", "DOB 12 März 1990"),
    ("Geb.-Dat.: 01.01.1970", "date_of_birth", "Geb.-Dat.: 01.01.1970"),
    # Aktenzeichen
    ("Az. 32.1-1234/2024", "aktenzeichen", "Az. 32.1-1234/2024"),
    ("AZ: III/2-45 67/23 vom 12.03.", "aktenzeichen", "AZ: III/2-45 67/23"),
    ("Gesch.-Z.: 123-456/24", "aktenzeichen", "Gesch.-Z.: 123-456/24"),
    ("Geschäftszeichen 32/2024-123", "aktenzeichen", "Geschäftszeichen 32/2024-123"),
    ("Aktenzeichen: 1 K 1234/20.", "aktenzeichen", "Aktenzeichen: 1 K 1234/20"),
    ("Klage 1 K 1234/20 läuft", "aktenzeichen", "1 K 1234/20"),
    ("VG Köln 13 L 456/23.A", "aktenzeichen", "13 L 456/23.A"),
    ("BVerfG 2 BvR 1234/20", "aktenzeichen", "2 BvR 1234/20"),
    ("BAMF 1234567-438", "aktenzeichen", "1234567-438"),
    ("Unser Zeichen: 3-12/24", "aktenzeichen", "Unser Zeichen: 3-12/24"),
    ("Kundennummer 123D456789", "aktenzeichen", "Kundennummer 123D456789"),
    ("BG-Nummer: 12345BG0012345", "aktenzeichen", "BG-Nummer: 12345BG0012345"),
    # AZR number
    ("AZR-Nummer 123456789012", "azr", "AZR-Nummer 123456789012"),
    ("AZR: 1234 5678 9012", "azr", "AZR: 1234 5678 9012"),
    ("Nummer 123456789012 prüfen", "azr", "123456789012"),
    # address
    ("Musterstraße 12, 50667 Köln", "address", "Musterstraße 12, 50667 Köln"),
    ("wohnt Am Markt 3", "address", "Am Markt 3"),
    ("Kaiser-Wilhelm-Ring 3a", "address", "Kaiser-Wilhelm-Ring 3a"),
    ("Hohe Straße 7", "address", "Hohe Straße 7"),
    ("Neue Str. 5", "address", "Neue Str. 5"),
    ("Unter den Linden 77", "address", "Unter den Linden 77"),
    ("Hauptstr. 5, 60311 Frankfurt am Main", "address", "Hauptstr. 5, 60311 Frankfurt am Main"),
    ("Frau X wohnt Bahnhofstrasse 5-7 in Bonn", "address", "Bahnhofstrasse 5-7"),
    ("Im Kamp 5, 48143 Münster", "address", "Im Kamp 5, 48143 Münster"),
]


@pytest.mark.parametrize(("text", "kind", "match"), POSITIVES,
                         ids=[p[0][:40] for p in POSITIVES])
def test_finds_personal_and_case_data(text: str, kind: str, match: str) -> None:
    assert found(text) == [(kind, match)]


# --------------------------------------------------------------------------- realistic negatives

NEGATIVES = [
    "Termin am 12.03.2026 mit dem Jobcenter",
    "Frist 31.12.2025, danach Erinnerung",
    "Wartezeit 14 Tage",
    "Sprint 3",
    "Sprint 3 Review am 2026-03-12",
    "Raum 2.12",
    "Version 19.5.0",
    "Release 2024.03.1",
    "§ 16a AufenthG",
    "§ 81a Abs. 1 AufenthG, § 18b",
    "Arbeitsplatz 3",
    "Lösungsweg 2",
    "Arbeitsmarkt 2025",
    "Ausbildungsmarkt 4.0",
    "Im Sprint 3",
    "Am Montag 12 Termine",
    "Im Team 5 Leute",
    "Zur Sitzung 3 Punkte",
    "Die Straße 3 mal überqueren",
    "Zeitraum 2024-2025",
    "Öffnungszeiten 08:00-12:00 Uhr",
    "Kapazität 120 Fälle/Monat",
    "1.234 Anträge, 12.500 € Budget",
    "Drucksache 1234/2024",
    "Ticket #1234",
    "KW 12/24",
    "2 MA 10/20",
    "Quote 0.75 und 0,5 Stellen",
    "bis 15.04. erledigen",
    "Schritt 1 von 3, Folie 12/30",
    "ca. 1500 Anträge in Q3/2024",
    "Geb. 3, Raum 2.12",
    "Geburtsurkunde bis 12.03.2024 nachreichen",
    "Geburtsdatum im Formular ergänzen bis 15.04.2024",
    "Gesetz vom 12.03.1990",
    "* 12.03.2020 Termin beim KI",
    "**12.03.2020** Abstimmung",
    "Telefonkonferenz um 10:30",
    "Anruf bei 0800 123",
    "Tel: 22 14 7",
    "Nr. 2024-00123",
    "DE89 3704 0044 0532 0130 01",  # mistyped IBAN: neither IBAN nor phone
    "https://example.org/a/b?x=1",
    "Verified on GoCD Version: 19.5.0 (9261-c66edbe5b77511d884d7e5d889708ea63bdc9253)",
    "Az. fehlt noch",
    "AZR-Abfrage dauert 3 Tage",
    "geb. 12.03.2030",  # in the future: no date of birth
    "Stand: 2024-03-12, 3 Anträge offen",
    "Wir brauchen 2 Std. für 10 Anträge",
    "Beratung im KI: 3 Termine pro Woche",
    "Sprechstunde Mo 8-12, Do 14-18",
    "50667 Köln",  # a postcode alone is no address
    "Eingang 2 B 1/2",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_everyday_card_text_is_not_a_finding(text: str) -> None:
    assert found(text) == []


def test_overlapping_candidates_resolve_by_kind() -> None:
    # The IBAN's digit groups look like a phone number; the AZR number like a phone number.
    assert found("IBAN DE89 3704 0044 0532 0130 00") == [
        ("iban", "DE89 3704 0044 0532 0130 00")]
    assert [k for k, _ in found("AZR 012345678901")] == ["azr"]


def test_several_findings_in_text_order() -> None:
    text = ("Herr A., geb. 01.02.1980, Musterstraße 1, 12345 Musterstadt, Tel. 0221 1234567, "
            "a@b.de, Az. 12-34/2024")
    assert [k for k, _ in found(text)] == [
        "date_of_birth", "address", "phone", "email", "aktenzeichen"]


def test_two_digit_years_are_in_the_past() -> None:
    assert found("geb. 1.2.25") == [("date_of_birth", "geb. 1.2.25")]  # 2025
    assert found("geb. 1.2.27") == [("date_of_birth", "geb. 1.2.27")]  # 1927
    assert found("geb. 31.02.1990") == []  # no such day


def test_empty_text() -> None:
    assert scan_text("") == []


def test_kind_labels_are_german_and_complete() -> None:
    assert KIND_LABELS == {
        "email": "E-Mail-Adresse", "phone": "Telefonnummer", "iban": "IBAN",
        "date_of_birth": "Geburtsdatum", "aktenzeichen": "Aktenzeichen",
        "azr": "AZR-Nummer", "address": "Anschrift",
    }


# --------------------------------------------------------------------------- records, findings


def test_scan_records_reports_where_and_what() -> None:
    rec = TextRecord("card", "u-1", "Karte #12 „Terminvergabe“ – Beschreibung", "description",
                     "Bitte Frau Beispiel (geb. 12.03.1990) unter 0221 1234567 anrufen. "
                     "Danach den Termin im System eintragen.")
    clean = TextRecord("comment", "u-2", "Karte #12 „Terminvergabe“ – Kommentar 1", "body",
                       "Termin am 12.03.2026 mit dem Jobcenter")
    findings = scan_records([rec, clean])
    assert [(f.kind, f.kind_label, f.matched) for f in findings] == [
        ("date_of_birth", "Geburtsdatum", "geb. 12.03.1990"),
        ("phone", "Telefonnummer", "0221 1234567"),
    ]
    first = findings[0]
    assert isinstance(first, Finding)
    assert first.record is rec
    assert rec.text[first.start:first.end] == "geb. 12.03.1990"
    assert "geb. 12.03.1990" in first.excerpt and "\n" not in first.excerpt
    assert first.excerpt.endswith("…")
    with pytest.raises(AttributeError):
        first.kind = "email"  # type: ignore[misc]


def test_redact_text_replaces_what_was_found() -> None:
    text = "Mail an a@b.de, Termin am 12.03.2026, Tel. 0221 1234567."
    assert redact_text(text) == (
        "Mail an [E-Mail-Adresse entfernt], Termin am 12.03.2026, Tel. [Telefonnummer entfernt].")
    assert redact_text(text, kinds=["phone"]) == (
        "Mail an a@b.de, Termin am 12.03.2026, Tel. [Telefonnummer entfernt].")


def test_board_records_cover_cards_checklists_and_comments(db: Database) -> None:
    site = db.run(sites.create_site, "Ausländerbehörde Köln", "ABH-KOE").value.id
    board = db.run(boards.create_board, site, "Fachkräfte").value.id
    card = db.run(cards.create_card, board, "Terminvergabe",
                  description="Rückruf an a@b.de").value.id
    db.run(cards.add_checklist_item, card, "Az. 12-34/2024 prüfen")
    db.run(cards.add_comment, card, "Wohnt Musterstraße 5")
    db.run(cards.update_card, card, blocked=True, blocked_reason="Warten auf AZR 123456789012")
    with db.session() as s:
        records = board_records(s, board)
    assert [(r.entity, r.field, r.label) for r in records] == [
        ("card", "title", "Karte #1 „Terminvergabe“ – Titel"),
        ("card", "description", "Karte #1 „Terminvergabe“ – Beschreibung"),
        ("card", "blocked_reason", "Karte #1 „Terminvergabe“ – Grund der Blockade"),
        ("checklist_item", "text", "Karte #1 „Terminvergabe“ – Checkliste, Eintrag 1"),
        ("comment", "body", "Karte #1 „Terminvergabe“ – Kommentar 1"),
    ]
    kinds = [f.kind for f in scan_records(records)]
    assert kinds == ["email", "azr", "aktenzeichen", "address"]


def test_card_label_shortens_long_titles() -> None:
    label = privacy.card_label(7, "x" * 80, "Titel")
    assert label.startswith("Karte #7 „") and "…“ – Titel" in label and len(label) < 70


def test_uuids_in_history_values_are_not_phone_numbers() -> None:
    """History values name cards and columns by UUID; their digit groups ("02431525-3653")
    once made the export refuse at random. A real number next to one is still found."""
    import uuid

    assert privacy.scan_text("02431525-3653-462c-9d7e-0f2b8c1a4e55") == []
    rng = __import__("random").Random(7)
    for _ in range(2000):
        value = str(uuid.UUID(int=rng.getrandbits(128)))
        assert privacy.scan_text(f"Spalte {value} → {value.upper()}") == [], value
    text = "verschoben nach 02431525-3653-462c-9d7e-0f2b8c1a4e55, Rückruf 0241 432-5566"
    assert [kind for kind, _s, _e in privacy.scan_text(text)] == ["phone"]
