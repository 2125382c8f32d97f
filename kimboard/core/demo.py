"""Demo data: three fictional immigration offices with eight weeks of real history.

Everything is built through the core operations (sites, people, boards, cards, sprints,
retrospectives, solution approaches, partners), each run under :func:`clock.frozen_at` at
the moment it "happened", so the history is the same kind of data a real office produces:
card events, sprint commitments and scope changes, status histories. The eight weeks end at
the real current time. Content is German, fictional and never about clients; mailboxes use the
reserved ``.example`` domain. The same seed always gives the same content.

:func:`load_demo` is idempotent: if the first demo office already exists, nothing changes.
"""

from __future__ import annotations

import bisect
import datetime as dt
import random
import uuid as uuid_mod
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kimboard.core import clock
from kimboard.core.errors import ValidationError
from kimboard.core.models import (
    ActionItem,
    Board,
    Card,
    CardEvent,
    ColumnKind,
    GoalArea,
    Member,
    Partner,
    PartnerKind,
    RetroItem,
    RetroPhase,
    Retrospective,
    RetroTemplate,
    Site,
    SolutionApproach,
    Sprint,
)
from kimboard.core.ops import Ref
from kimboard.core.ops import boards as board_ops
from kimboard.core.ops import cards as card_ops
from kimboard.core.ops import partners as partner_ops
from kimboard.core.ops import people as people_ops
from kimboard.core.ops import retros as retro_ops
from kimboard.core.ops import sites as site_ops
from kimboard.core.ops import solutions as solution_ops
from kimboard.core.ops import sprints as sprint_ops

DEMO_SEED = 20201101
#: The demo's first office; its presence means the demo was loaded already.
FIRST_SHORT_CODE = "ABH-MST"
#: How far back the demo history reaches.
HISTORY_DAYS = 56


@dataclass(frozen=True, slots=True)
class DemoResult:
    created: bool
    summary: dict[str, int]


# =========================================================================== content

K = PartnerKind


@dataclass(frozen=True)
class _Card:
    title: str
    desc: str
    est: float | None = None
    prio: int = 1
    labels: tuple[str, ...] = ()
    lane: str | None = None
    goal: str | None = None
    partners: tuple[str, ...] = ()
    #: Kanban: backlog | todo | in_progress | aging | review | done.
    fate: str = "done"
    blocked: str = ""
    unblock: bool = False
    checklist: tuple[str, ...] = ()
    due: int | None = None
    comments: tuple[str, ...] = ()
    #: Scrum: (sprint index, done | carry | in_progress | review | todo | removed).
    sprints: tuple[tuple[int, str], ...] = ()
    #: A scope change: joins its first sprint this many days after the sprint started.
    added_day: int | None = None
    removed_day: int | None = None
    reestimate: float | None = None


@dataclass(frozen=True)
class _Sprint:
    name: str
    goal: str
    goal_reached: bool | None = None
    goal_note: str = ""
    unfinished: str = "next"


@dataclass(frozen=True)
class _Action:
    text: str
    owner: int
    due: int
    goal: str | None
    group: int | None
    #: open | done_effective | done_not_effective | dropped | card
    follow: str = "open"


@dataclass(frozen=True)
class _Retro:
    key: str
    title: str
    template: str
    anonymous: bool
    items: tuple[tuple[int, str], ...]
    groups: tuple[tuple[str, tuple[int, ...], str], ...]
    moods: tuple[int, ...]
    rotis: tuple[int, ...]
    actions: tuple[_Action, ...]
    #: Held after this sprint of the office's Scrum board closed; else ``days_ago``.
    sprint: int | None = None
    days_ago: int = 10
    reviews: str | None = None


@dataclass(frozen=True)
class _Office:
    name: str
    code: str
    region: str
    teams: tuple[str, ...]
    members: tuple[tuple[str, str, int], ...]
    partners: tuple[tuple[str, str, str, str, str, str], ...]
    kanban_name: str
    kanban_desc: str
    lanes: tuple[str, ...]
    kanban_labels: tuple[tuple[str, str], ...]
    kanban_cards: tuple[_Card, ...]
    scrum_name: str
    scrum_desc: str
    scrum_labels: tuple[tuple[str, str], ...]
    sprints: tuple[_Sprint, ...]
    scrum_cards: tuple[_Card, ...]
    retros: tuple[_Retro, ...] = ()
    templates: tuple[tuple[str, str, str], ...] = ()  # (name, copy-of key or "", description)
    #: The sprint after the running one, planned with the first backlog cards.
    next_sprint: _Sprint | None = None


@dataclass(frozen=True)
class _Solution:
    office: str
    title: str
    problem: str
    context: str
    approach: str
    goal: str
    contact_role: str
    evidence: str
    partners: tuple[str, ...]
    steps: tuple[tuple[int, str, str], ...]  # (days ago, status, note); first is creation
    adoption: tuple[str, int, str] | None = None  # (office code, days ago, note)
    links: tuple[tuple[str, str], ...] = ()  # (kind, title of card/board or retro key)


_BLUE, _GREEN, _AMBER, _RED, _PURPLE, _TEAL = (
    "#1d4ed8", "#15803d", "#b45309", "#b91c1c", "#7e22ce", "#0f766e",
)

KANBAN_COLUMNS = (
    ("Eingang", ColumnKind.BACKLOG, None),
    ("Zu erledigen", ColumnKind.TODO, None),
    ("In Arbeit", ColumnKind.IN_PROGRESS, 4),
    ("Abstimmung mit Partnern", ColumnKind.IN_PROGRESS, 3),
    ("Erledigt", ColumnKind.DONE, None),
)
SCRUM_COLUMNS = (
    ("Product Backlog", ColumnKind.BACKLOG, None),
    ("Sprint-Backlog", ColumnKind.TODO, None),
    ("In Arbeit", ColumnKind.IN_PROGRESS, 4),
    ("Review", ColumnKind.IN_PROGRESS, None),
    ("Erledigt", ColumnKind.DONE, None),
)
_TARGET = {"backlog": 0, "todo": 1, "in_progress": 2, "aging": 2, "carry": 2, "review": 3,
           "done": 4, "removed": 1}

COMMENTS = (
    "Entwurf liegt im Teamlaufwerk, bitte gegenlesen.",
    "Rückmeldung vom Partner ist da – passt so.",
    "Bitte in der nächsten Teambesprechung kurz vorstellen.",
    "Ich übernehme die Abstimmung mit der Teamleitung.",
    "Termin für die Abstimmung steht.",
    "Erste Version ist fertig.",
    "Das Thema kam auch in der Retrospektive auf.",
    "Die Zahlen liegen im Auswertungsordner (nur Summen, keine Einzelfälle).",
    "Noch offen: Freigabe durch die Abteilungsleitung.",
    "Mit dem Personalrat besprochen, keine Bedenken.",
    "Die behördliche Datenschutzberatung hat keine Einwände.",
    "Wird in der nächsten Runde mit der Bezirksregierung vorgestellt.",
    "Kurze Rückfrage an das Funktionspostfach des Partners ist raus.",
    "Aus Kundensicht getestet: verständlich.",
)
CHECKLISTS = (
    ("Entwurf erstellen", "Im Team abstimmen", "Freigabe einholen"),
    ("Ist-Stand erfassen", "Vorschlag formulieren", "Mit Partnern abstimmen", "Umsetzen"),
    ("Ziel klären", "Beteiligte einladen", "Ergebnis dokumentieren"),
)


def _mst() -> _Office:
    lanes = ("Servicepunkt", "Aufenthalt", "Fachkräfteeinwanderung")
    sp, auf, fke = lanes
    return _Office(
        name="Ausländerbehörde Musterstadt", code="ABH-MST", region="Bezirksregierung Köln",
        teams=("Team Aufenthalt und Service", "KIM-Team Musterstadt"),
        members=(
            ("Aylin", "Teamleitung Aufenthalt", 0), ("Jonas", "Sachbearbeitung Aufenthalt", 0),
            ("Marta", "Sachbearbeitung Fachkräfteeinwanderung", 0), ("Kemal", "Servicepunkt", 0),
            ("Birte", "KIM-Koordination", 1), ("Tobias", "Abteilungsleitung", 1),
            ("Sina", "Sachbearbeitung Aufenthalt", 1),
        ),
        partners=(
            ("jc", "Jobcenter Musterstadt", K.JOBCENTER, "Teamleitung Markt und Integration",
             "poststelle@jobcenter-musterstadt.example",
             "Abstimmung zu Arbeitsmarktzugang und Beschäftigungserlaubnissen."),
            ("ki", "Kommunales Integrationszentrum Musterstadt",
             K.KOMMUNALES_INTEGRATIONSZENTRUM, "Koordination KIM", "ki@musterstadt.example",
             "Federführung im Case Management des KIM."),
            ("mbe", "Migrationsberatung für Erwachsene Musterstadt", K.BERATUNGSSTELLE,
             "Beratungsteam", "mbe@beratung-musterstadt.example", ""),
            ("ags", "Arbeitgeberservice der Agentur für Arbeit Musterstadt",
             K.ARBEITGEBERSERVICE, "Arbeitgeberservice",
             "arbeitgeberservice@arbeitsagentur-musterstadt.example",
             "Ansprechstelle für das beschleunigte Fachkräfteverfahren."),
            ("ihk", "IHK-Anerkennungsberatung Musterstadt", K.KAMMER, "Anerkennungsberatung",
             "anerkennung@ihk-musterstadt.example", ""),
        ),
        kanban_name="Servicepunkt und Terminmanagement",
        kanban_desc="Laufende Verbesserungen am Servicepunkt und in der Sachbearbeitung.",
        lanes=lanes,
        kanban_labels=(("Digitalisierung", _BLUE), ("Netzwerk", _GREEN), ("Prozess", _AMBER),
                       ("Dringend", _RED), ("Barrierefreiheit", _PURPLE)),
        kanban_cards=(
            _Card("Terminvergabe online für Aufenthaltstitel",
                  "Online-Buchung für Verlängerungen einrichten; bei der Buchung wird angezeigt, "
                  "welche Unterlagen mitzubringen sind.", 5, 2, ("Digitalisierung",), sp,
                  "herausforderungen", checklist=("Terminarten festlegen",
                  "Textbausteine für die Bestätigung", "Testbuchungen durchführen")),
            _Card("Wartezeiten am Servicepunkt messen",
                  "Zwei Wochen lang je Vorsprache Ankunft, Aufruf und Anliegen erfassen – ohne "
                  "Namen – und auswerten.", 3, 1, ("Prozess",), sp, "selbstverstaendnis"),
            _Card("Checkliste Fachkräfteeinwanderung mit Jobcenter abstimmen",
                  "Gemeinsame Checkliste, welche Unterlagen bei Beschäftigungsaufnahme vorliegen "
                  "müssen, damit Rückfragen entfallen.", 3, 2, ("Netzwerk",), fke,
                  "netzwerkpartner", ("jc",), "review",
                  checklist=("Entwurf an das Jobcenter senden", "Rückmeldung einarbeiten",
                             "Freigabe durch die Teamleitung")),
            _Card("Beschilderung im Wartebereich mehrsprachig erneuern",
                  "Hinweisschilder auf Deutsch, Englisch, Arabisch, Ukrainisch und Türkisch; "
                  "Piktogramme für die Aufrufanzeige.", 2, 1, ("Barrierefreiheit",), sp,
                  "diversitaet", ("ki",), "todo", due=14),
            _Card("Textbausteine für Eingangsbestätigungen in einfacher Sprache",
                  "Standardschreiben kürzen, Fachbegriffe erklären, das Funktionspostfach für "
                  "Rückfragen nennen.", 2, 1, ("Prozess", "Barrierefreiheit"), auf,
                  "diversitaet", ("mbe",)),
            _Card("Fiktionsbescheinigungen: Ablauf bei Online-Anträgen klären",
                  "Wer stellt die Fiktionsbescheinigung aus, wenn der Antrag online eingeht? "
                  "Ablauf und Zuständigkeit festlegen.", 3, 3, ("Prozess", "Dringend"), auf,
                  "herausforderungen", fate="in_progress", due=-3,
                  blocked="Rückmeldung des IT-Dienstleisters zur Schnittstelle des "
                          "Antragsportals steht aus."),
            _Card("Sprechstunde für Arbeitgeber zum beschleunigten Fachkräfteverfahren",
                  "Monatliche offene Sprechstunde mit dem Arbeitgeberservice für Betriebe, die "
                  "Fachkräfte aus dem Ausland einstellen wollen.", 5, 2, ("Netzwerk",), fke,
                  "netzwerkpartner", ("ags",), "aging"),
            _Card("Funktionspostfach für Rückfragen der Beratungsstellen einrichten",
                  "Ein gemeinsames Postfach statt Einzeladressen; Ziel: Antwort innerhalb von "
                  "zwei Arbeitstagen.", 2, 2, ("Netzwerk", "Digitalisierung"), auf,
                  "netzwerkpartner", ("mbe", "ki")),
            _Card("Merkblatt Familiennachzug überarbeiten",
                  "Merkblatt an die aktuelle Rechtslage anpassen und mit der Migrationsberatung "
                  "gegenlesen.", 3, 1, ("Prozess",), auf, "herausforderungen", ("mbe",), "todo",
                  due=21),
            _Card("Rückrufservice für telefonische Anfragen testen",
                  "Statt Warteschleife: Rückruf innerhalb eines Arbeitstages. Testlauf über "
                  "vier Wochen.", 5, 1, ("Digitalisierung",), sp, "selbstverstaendnis",
                  fate="backlog"),
            _Card("Übergabenotizen für Vertretungen standardisieren",
                  "Kurze Vorlage, damit Vertretungen offene Themen schnell erfassen – ohne "
                  "personenbezogene Angaben auf dem Board.", 1, 1, ("Prozess",), auf,
                  "lernprozess"),
            _Card("Dolmetschpool mit dem Kommunalen Integrationszentrum abstimmen",
                  "Welche Sprachen deckt der Pool ab, wie werden Einsätze gebucht und "
                  "abgerechnet?", 3, 2, ("Netzwerk",), sp, "diversitaet", ("ki",), "in_progress",
                  blocked="Kostenübernahme für Einsätze ist noch nicht geklärt "
                          "(Abstimmung KI und Kämmerei).", unblock=True),
            _Card("Aktenanforderung bei Zuzug aus anderen Kommunen beschleunigen",
                  "Standardanschreiben und Fristen für die Anforderung von Ausländerakten bei "
                  "Zuzug.", 3, 1, ("Prozess",), auf, "zusammenarbeit", fate="in_progress"),
            _Card("Infoveranstaltung für Pflegekräfte aus dem Ausland vorbereiten",
                  "Gemeinsam mit Arbeitgeberservice und IHK: Anerkennung, Aufenthaltstitel, "
                  "Familiennachzug verständlich erklären.", 5, 1, ("Netzwerk",), fke,
                  "netzwerkpartner", ("ags", "ihk"), "review", due=10),
            _Card("Formulare auf der Website barrierefrei bereitstellen",
                  "Formulare prüfen (Tags, Lesereihenfolge, Kontrast) und barrierefrei neu "
                  "erstellen.", 8, 0, ("Barrierefreiheit", "Digitalisierung"), sp, "diversitaet",
                  fate="backlog"),
            _Card("Bearbeitungsdauer der Verlängerungen quartalsweise auswerten",
                  "Kennzahl aus dem Fachverfahren ziehen und im Team besprechen – nur Summen, "
                  "keine Einzelfälle.", 2, 1, ("Prozess",), auf, "fuehrung"),
            _Card("Telefonzeiten auf der Website vereinheitlichen",
                  "Servicepunkt, Sachbearbeitung und Website nennen bisher unterschiedliche "
                  "Zeiten.", 1, 1, (), sp, "selbstverstaendnis"),
        ),
        scrum_name="KIM-Entwicklung Musterstadt",
        scrum_desc="Das KIM-Team entwickelt Lösungsansätze in zweiwöchigen Sprints.",
        scrum_labels=(("Kundenperspektive", _TEAL), ("Netzwerk", _GREEN),
                      ("Digitalisierung", _BLUE), ("Führung", _AMBER), ("Wissen", _PURPLE)),
        sprints=(
            _Sprint("Sprint 1 – Terminvergabe",
                    "Die Online-Terminvergabe läuft im Testbetrieb für Verlängerungen.", True,
                    "Testbetrieb läuft seit Donnerstag mit zwei Terminarten.", "next"),
            _Sprint("Sprint 2 – Sprechstunde Jobcenter",
                    "Eine gemeinsame Sprechstunde mit dem Jobcenter ist vereinbart.", False,
                    "Die Kooperationsvereinbarung hängt in der Abstimmung; das Thema bleibt im "
                    "Backlog.", "backlog"),
            _Sprint("Sprint 3 – Wissenssammlung",
                    "Häufige Fragen und Antworten stehen dem ganzen Team in einer "
                    "Wissenssammlung zur Verfügung.", True, "", "next"),
            _Sprint("Sprint 4 – Sprechstunde und Einarbeitung",
                    "Die gemeinsame Sprechstunde mit dem Jobcenter startet; neue Kolleginnen und "
                    "Kollegen haben einen Einarbeitungsplan."),
        ),
        next_sprint=_Sprint("Sprint 5 – Chatbot und Mentoring",
                            "Die Ideen für einen Chatbot sind bewertet; neue Führungskräfte "
                            "haben ein Mentoring."),
        scrum_cards=(
            _Card("Anforderungen an die Online-Terminvergabe mit dem Servicepunkt sammeln",
                  "Welche Anliegen lassen sich online buchen, welche brauchen Vorprüfung?", 3, 2,
                  ("Kundenperspektive", "Digitalisierung"), goal="herausforderungen",
                  sprints=((0, "done"),)),
            _Card("Terminarten und Zeitbedarfe festlegen",
                  "Zeitbedarf je Terminart aus der Wartezeitmessung ableiten.", 3,
                  labels=("Digitalisierung",), goal="herausforderungen", sprints=((0, "done"),)),
            _Card("Testbetrieb Terminvergabe mit zwei Sachbearbeitungen",
                  "Zwei Wochen Testbetrieb, Rückmeldungen gesammelt auswerten.", 5, 2,
                  ("Digitalisierung",), goal="herausforderungen",
                  sprints=((0, "carry"), (1, "done")), reestimate=8),
            _Card("Hinweistexte zur Terminbuchung in einfacher Sprache",
                  "Texte mit der Migrationsberatung auf Verständlichkeit prüfen.", 2,
                  labels=("Kundenperspektive",), goal="diversitaet", partners=("mbe",),
                  sprints=((0, "done"),)),
            _Card("Neuer Erlass zur Beschäftigungsduldung: Auswirkungen auf Termine prüfen",
                  "Kurzfristig eingegangen; klären, ob zusätzliche Terminarten nötig sind.", 2, 3,
                  goal="herausforderungen", sprints=((0, "done"),), added_day=3),
            _Card("Kooperationsvereinbarung für die gemeinsame Sprechstunde mit dem Jobcenter",
                  "Ziele, Ablauf, Datenschutz und Ansprechstellen der gemeinsamen Sprechstunde "
                  "festhalten.", 5, 2, ("Netzwerk",), goal="netzwerkpartner", partners=("jc",),
                  blocked="Abstimmung mit der Rechtsabteilung des Jobcenters läuft noch.",
                  unblock=True, sprints=((1, "carry"), (3, "in_progress"))),
            _Card("Räume und Zeiten für die gemeinsame Sprechstunde klären",
                  "Raum im Jobcenter oder im Bürgerbüro? Zweimal im Monat vormittags.", 2,
                  labels=("Netzwerk",), goal="netzwerkpartner", partners=("jc",),
                  sprints=((1, "done"),)),
            _Card("Datenschutz bei gemeinsamen Beratungsgesprächen klären",
                  "Einwilligung, Informationspflichten und Weitergabe mit der behördlichen "
                  "Datenschutzberatung abstimmen.", 3, goal="netzwerkpartner",
                  sprints=((1, "done"),),
                  checklist=("Fragen sammeln", "Termin Datenschutzberatung",
                             "Merkblatt Einwilligung")),
            _Card("Feedbackbogen für Kundinnen und Kunden entwickeln",
                  "Kurzer, anonymer Bogen in fünf Sprachen: Wartezeit, Verständlichkeit, "
                  "Freundlichkeit.", 3, labels=("Kundenperspektive",), goal="selbstverstaendnis",
                  sprints=((1, "done"),)),
            _Card("Intranetseite des KIM-Teams aufbauen",
                  "Ziele, Ansprechstellen und Ergebnisse des KIM-Teams für die ganze Behörde.", 3,
                  labels=("Wissen",), goal="lernprozess", sprints=((1, "removed"),),
                  removed_day=4),
            _Card("Häufige Fragen zum Aufenthaltsrecht sammeln",
                  "Fragen aus Servicepunkt und Telefon sammeln, nach Häufigkeit sortieren.", 3,
                  labels=("Wissen",), goal="lernprozess", sprints=((2, "done"),)),
            _Card("Wissenssammlung im Teamlaufwerk strukturieren",
                  "Gliederung, Verantwortliche je Thema, Aktualisierungsrhythmus.", 5,
                  labels=("Wissen",), goal="lernprozess", sprints=((2, "done"),)),
            _Card("Einarbeitungsplan für neue Kolleginnen und Kollegen",
                  "Die ersten sechs Wochen: Patenschaft, Hospitationen, Schulungen.", 5,
                  labels=("Führung",), goal="fuehrung", sprints=((2, "carry"), (3, "review"))),
            _Card("Kollegiale Fallberatung einmal im Monat einführen",
                  "Feste Stunde im Monat für schwierige Konstellationen – anonymisiert.", 2,
                  labels=("Wissen",), goal="lernprozess", sprints=((2, "done"),)),
            _Card("Anfrage der Bezirksregierung zu Bearbeitungszeiten beantworten",
                  "Kurzfristige Abfrage; nur aggregierte Zahlen melden.", 1, 3,
                  goal="zusammenarbeit", sprints=((2, "done"),), added_day=2),
            _Card("Arbeitgeber zur Informationsrunde Fachkräfteeinwanderung einladen",
                  "Einladung gemeinsam mit dem Arbeitgeberservice verschicken.", 3,
                  labels=("Netzwerk",), goal="netzwerkpartner", partners=("ags",),
                  sprints=((3, "todo"),), due=12),
            _Card("Feedbackbögen der ersten zwei Wochen auswerten",
                  "Auswertung nur in Summen; Ergebnisse im Team besprechen.", 2,
                  labels=("Kundenperspektive",), goal="selbstverstaendnis",
                  sprints=((3, "done"),)),
            _Card("Diversity-Workshop für das Team planen",
                  "Halbtägiger Workshop mit dem Kommunalen Integrationszentrum.", 3,
                  goal="diversitaet", partners=("ki",), sprints=((3, "todo"),)),
            _Card("Leitfaden für Gespräche mit Dolmetschung erstellen",
                  "Tipps für Gespräche mit Sprachmittlung vor Ort und per Video.", 3,
                  labels=("Kundenperspektive",), goal="diversitaet",
                  sprints=((3, "in_progress"),)),
            _Card("Zuarbeit zum KIM-Zwischenbericht an das Ministerium",
                  "Kurzfristige Bitte um Zuarbeit: erreichte Meilensteine je Zielbereich.", 2, 3,
                  goal="zusammenarbeit", sprints=((3, "done"),), added_day=1),
            _Card("Ideen für einen Chatbot zu Standardfragen bewerten",
                  "Nutzen, Datenschutz und Aufwand grob einschätzen.", 8, 0,
                  ("Digitalisierung",), goal="herausforderungen"),
            _Card("Mentoring für neue Führungskräfte konzipieren",
                  "Tandems mit erfahrenen Leitungen anderer Ämter.", 5,
                  labels=("Führung",), goal="fuehrung"),
            _Card("Kennzahlen für die Leitungsrunde aufbereiten",
                  "Durchlaufzeiten und Wartezeiten als Teamsummen, monatlich.", 3,
                  labels=("Führung",), goal="fuehrung"),
        ),
        retros=(
            _Retro("mst-r1", "Retrospektive Sprint 1 – Terminvergabe", "start_stop_continue",
                   True,
                   items=((0, "Kurze tägliche Abstimmung am Board, höchstens zehn Minuten"),
                          (0, "Rückmeldungen vom Servicepunkt direkt ins Backlog aufnehmen"),
                          (0, "Testbuchungen auch mit Kolleginnen und Kollegen ohne Vorwissen"),
                          (1, "Abstimmungen per E-Mail-Kette mit fünf Beteiligten"),
                          (1, "Aufgaben nebenbei annehmen, ohne sie aufs Board zu schreiben"),
                          (2, "Die Zusammenarbeit mit dem Servicepunkt"),
                          (2, "Kleine Schritte und schnelle Tests"),
                          (2, "Hinweistexte gemeinsam formulieren")),
                   groups=(("Abstimmung im Team", (0, 3, 4),
                            "Wir probieren ein tägliches Kurz-Update am Board aus: stehend, "
                            "höchstens zehn Minuten, nur Hindernisse."),
                           ("Kundensicht einbeziehen", (1, 2, 7),
                            "Der Servicepunkt bekommt eine eigene Karte für Rückmeldungen."),
                           ("Bewährte Arbeitsweise", (5, 6), "")),
                   moods=(4, 3, 4, 5, 3, 4), rotis=(4, 4, 3, 5, 4),
                   actions=(_Action("Tägliches 10-Minuten-Update am Board einführen", 4, 7,
                                    "lernprozess", 0, "done_effective"),
                            _Action("Rückmeldekarte für den Servicepunkt einführen", 3, 14,
                                    "selbstverstaendnis", 1, "card")),
                   sprint=0),
            _Retro("mst-r2", "Retrospektive Sprint 2 – Sprechstunde Jobcenter", "sailboat",
                   False,
                   items=((0, "Das Jobcenter ist offen für eine gemeinsame Sprechstunde"),
                          (0, "Der Feedbackbogen kommt bei Kundinnen und Kunden gut an"),
                          (1, "Lange Abstimmungswege bei der Kooperationsvereinbarung"),
                          (1, "Zu viele Themen gleichzeitig im Sprint"),
                          (2, "Urlaubszeit: Vertretungen sind knapp"),
                          (2, "Offene Datenschutzfragen bei gemeinsamen Gesprächen"),
                          (3, "Eine feste Sprechstunde pro Monat im Jobcenter")),
                   groups=(("Abstimmung mit Partnern", (0, 2, 5),
                            "Externe Abstimmungen brauchen mehr Vorlauf als ein Sprint."),
                           ("Fokus im Sprint", (3, 4),
                            "Weniger parallel beginnen, mehr abschließen."),
                           ("Ziel Sprechstunde", (6, 1), "")),
                   moods=(3, 3, 2, 4, 3, 3, 4), rotis=(4, 3, 4, 4, 3),
                   actions=(_Action("Pro Sprint höchstens ein Thema mit externer Abstimmung "
                                    "einplanen", 0, 14, "lernprozess", 1,
                                    "done_not_effective"),
                            _Action("Vertretungsplan für die Urlaubszeit am Board sichtbar "
                                    "machen", 5, 10, "fuehrung", 1, "dropped")),
                   sprint=1, reviews="mst-r1"),
            _Retro("mst-r3", "Retrospektive Sprint 3 – Wissenssammlung", "kundenperspektive",
                   True,
                   items=((0, "Viele Fragen wiederholen sich am Telefon und am Schalter"),
                          (0, "Kundinnen und Kunden kommen oft mit unvollständigen Unterlagen"),
                          (1, "Hinweise zu Unterlagen gibt es nur auf Deutsch"),
                          (1, "Die Telefonzeiten sind schwer zu finden"),
                          (2, "Die neue Wissenssammlung hilft auch neuen Kolleginnen"),
                          (2, "Die Online-Terminvergabe mit Unterlagen-Hinweis"),
                          (3, "Unterlagen-Hinweise mehrsprachig auf die Website"),
                          (3, "Wissenssammlung regelmäßig pflegen")),
                   groups=(("Unterlagen und Sprache", (1, 2, 6),
                            "Mehrsprachige Hinweise mit dem KI abstimmen."),
                           ("Wissen im Team", (0, 4, 7),
                            "Einmal im Monat prüft eine Person die Wissenssammlung."),
                           ("Erreichbarkeit", (3, 5), "")),
                   moods=(4, 4, 5, 3, 4, 4), rotis=(5, 4, 4, 4, 5, 3),
                   actions=(_Action("Wissenssammlung monatlich auf Aktualität prüfen", 6, 30,
                                    "lernprozess", 1, "open"),
                            _Action("Hinweise zu Unterlagen mehrsprachig auf die Website "
                                    "stellen", 3, 21, "diversitaet", 0, "open")),
                   sprint=2, reviews="mst-r2"),
        ),
        templates=(("Netzwerk-Check Musterstadt", "netzwerkpartner",
                    "Unsere Fassung für die Quartalsrunde mit den Netzwerkpartnern."),),
    )


def _bsk() -> _Office:
    lanes = ("Kreishaus", "Außenstellen")
    kh, ast = lanes
    return _Office(
        name="Ausländerbehörde Beispielkreis", code="ABH-BSK",
        region="Bezirksregierung Münster",
        teams=("Team Ausländerwesen", "Projektgruppe KIM"),
        members=(
            ("Lena", "Teamleitung Ausländerwesen", 0), ("Mehmet", "Sachbearbeitung Aufenthalt", 0),
            ("Olga", "Sachbearbeitung Aufenthalt", 0), ("Finn", "Servicepunkt", 0),
            ("Hannah", "KIM-Koordination", 1), ("Ralf", "Fachdienstleitung", 1),
        ),
        partners=(
            ("jc", "Jobcenter Beispielkreis", K.JOBCENTER, "Integrationsfachdienst",
             "poststelle@jobcenter-beispielkreis.example", ""),
            ("ki", "Kommunales Integrationszentrum Beispielkreis",
             K.KOMMUNALES_INTEGRATIONSZENTRUM, "Koordination KIM",
             "ki@kreis-beispielkreis.example", "Steuert das KIM im Kreis."),
            ("jmd", "Jugendmigrationsdienst Beispielkreis", K.BERATUNGSSTELLE, "Beratungsteam",
             "jmd@jmd-beispielkreis.example", "Ansprechstelle für junge Menschen bis 27."),
            ("ags", "Arbeitgeberservice der Agentur für Arbeit Beispielkreis",
             K.ARBEITGEBERSERVICE, "Arbeitgeberservice",
             "arbeitgeberservice@arbeitsagentur-beispielkreis.example", ""),
            ("vhs", "Volkshochschule Beispielkreis – Integrationskurse", K.BILDUNGSTRAEGER,
             "Fachbereich Integration", "integrationskurse@vhs-beispielkreis.example", ""),
        ),
        kanban_name="Ausländerwesen – Servicequalität",
        kanban_desc="Verbesserungen im Kreishaus und in den Außenstellen.",
        lanes=lanes,
        kanban_labels=(("Netzwerk", _GREEN), ("Prozess", _AMBER), ("Digitalisierung", _BLUE),
                       ("Sprache", _PURPLE)),
        kanban_cards=(
            _Card("Mehrsprachige Checklisten für den Servicepunkt erstellen",
                  "Welche Unterlagen braucht es für die häufigsten Anliegen? Als Checkliste in "
                  "fünf Sprachen.", 5, 2, ("Sprache",), kh, "diversitaet"),
            _Card("Vorsprachen ohne Termin in den Außenstellen zählen",
                  "Vier Wochen Strichliste nach Anliegen, ohne Namen.", 2, 1, ("Prozess",), ast,
                  "selbstverstaendnis"),
            _Card("E-Akte: Scan-Regeln für eingehende Post abstimmen",
                  "Was wird gescannt, was bleibt Papier, wer prüft die Qualität?", 5, 2,
                  ("Digitalisierung",), kh, "herausforderungen", fate="in_progress",
                  blocked="Freigabe des Scan-Konzepts durch die Kreis-IT steht aus."),
            _Card("Integrationskursträger über neue Zuständigkeiten informieren",
                  "Rundschreiben mit Funktionspostfächern und Sprechzeiten.", 1, 1,
                  ("Netzwerk",), kh, "netzwerkpartner", ("vhs",)),
            _Card("Terminabsagen per Erinnerung reduzieren – Machbarkeit prüfen",
                  "Erinnerung vor dem Termin; vorher Datenschutz und Technik klären.", 5, 0,
                  ("Digitalisierung",), kh, "herausforderungen", fate="backlog"),
            _Card("Abstimmung mit dem Jugendmigrationsdienst zu Ausbildungsduldungen",
                  "Gemeinsames Verständnis der Voraussetzungen, Ansprechwege festlegen.", 3, 2,
                  ("Netzwerk",), kh, "netzwerkpartner", ("jmd",), "review"),
            _Card("Servicezeiten der Außenstellen angleichen",
                  "Einheitliche Zeiten, damit Hinweise auf der Website stimmen.", 2, 1,
                  ("Prozess",), ast, "selbstverstaendnis", fate="todo", due=18),
            _Card("Wegweiser im Kreishaus überarbeiten",
                  "Piktogramme und kurze mehrsprachige Hinweise.", 2, 1, ("Sprache",), kh,
                  "diversitaet"),
            _Card("Leitfaden Beschäftigungserlaubnis für Arbeitgeber",
                  "Kurzer Leitfaden mit dem Arbeitgeberservice: Ablauf, Fristen, Kontakt.", 3, 2,
                  ("Netzwerk",), kh, "netzwerkpartner", ("ags",), "in_progress", due=7),
            _Card("Fristenkontrolle für Wiedervorlagen vereinfachen",
                  "Wiedervorlagen im Fachverfahren statt in Tischkalendern.", 3, 1,
                  ("Prozess", "Digitalisierung"), kh, "herausforderungen", fate="aging"),
            _Card("Regelmäßiger Austausch mit den kreisangehörigen Kommunen",
                  "Quartalsrunde mit den Bürgerbüros der Städte und Gemeinden.", 2, 1,
                  ("Netzwerk",), ast, "zusammenarbeit", fate="todo"),
            _Card("Schulung interkulturelle Kommunikation am Servicepunkt",
                  "Halbtägige Schulung mit dem Kommunalen Integrationszentrum.", 3, 1,
                  ("Sprache",), kh, "diversitaet", ("ki",)),
            _Card("Posteingang des Funktionspostfachs täglich verteilen",
                  "Feste Zuständigkeit je Wochentag, Vertretung geregelt.", 1, 1, ("Prozess",),
                  kh, "selbstverstaendnis"),
            _Card("Hinweisblatt zur Verpflichtungserklärung vereinfachen",
                  "Verständliche Sprache, Beispielrechnung ohne echte Zahlen.", 2, 0,
                  ("Sprache",), kh, "diversitaet", fate="backlog"),
        ),
        scrum_name="KIM-Projektgruppe Beispielkreis",
        scrum_desc="Die Projektgruppe erprobt Lösungsansätze für den Kreis.",
        scrum_labels=(("Netzwerk", _GREEN), ("Prozess", _AMBER), ("Kundensicht", _TEAL),
                      ("Führung", _RED)),
        sprints=(
            _Sprint("Sprint 1 – Fallbesprechung",
                    "Die Fallbesprechung Fachkräfteeinwanderung mit dem Arbeitgeberservice ist "
                    "erprobt.", True, "", "backlog"),
            _Sprint("Sprint 2 – Checklisten",
                    "Mehrsprachige Checklisten liegen an allen Standorten aus.", True, "", "next"),
            _Sprint("Sprint 3 – Netzwerkübersicht",
                    "Eine Übersicht aller Netzwerkpartner mit Funktionspostfächern ist fertig.",
                    False, "Zwei Partner haben noch keine Funktionspostfächer benannt.", "next"),
            _Sprint("Sprint 4 – Terminvergabe übernehmen",
                    "Die Online-Terminvergabe aus Musterstadt ist für den Kreis angepasst."),
        ),
        next_sprint=_Sprint("Sprint 5 – Digitale Akte vorbereiten",
                            "Die Anforderungen an die digitale Akte sind mit der IT abgestimmt."),
        scrum_cards=(
            _Card("Ablauf der Fallbesprechung mit dem Arbeitgeberservice festlegen",
                  "Wer lädt ein, welche Fälle (anonymisiert), wie oft?", 3, 2, ("Netzwerk",),
                  goal="netzwerkpartner", partners=("ags",), sprints=((0, "done"),)),
            _Card("Erste Fallbesprechung durchführen und auswerten",
                  "Auswertung: Dauer, Ergebnis, was wir ändern.", 3, 1, ("Netzwerk",),
                  goal="netzwerkpartner", partners=("ags",), sprints=((0, "done"),)),
            _Card("Protokollvorlage für Fallbesprechungen",
                  "Vorlage ohne personenbezogene Daten: Konstellation, Frage, Ergebnis.", 2,
                  labels=("Prozess",), goal="lernprozess", sprints=((0, "carry"), (1, "done"))),
            _Card("Vorlage für Rückmeldungen an Arbeitgeber",
                  "Kurzfristig aus der ersten Fallbesprechung entstanden.", 1, 2,
                  ("Netzwerk",), goal="netzwerkpartner", sprints=((0, "done"),), added_day=2),
            _Card("Checklisten übersetzen lassen",
                  "Englisch, Arabisch, Ukrainisch, Türkisch und Russisch.", 3, 2,
                  ("Kundensicht",), goal="diversitaet", sprints=((1, "done"),)),
            _Card("Checklisten mit dem Servicepunkt testen",
                  "Eine Woche Test am Servicepunkt, Rückmeldungen sammeln.", 2,
                  labels=("Kundensicht",), goal="diversitaet", sprints=((1, "done"),)),
            _Card("Checklisten in den Außenstellen einführen",
                  "Kurze Einweisung vor Ort, Ablage und Nachdruck klären.", 3,
                  labels=("Kundensicht",), goal="diversitaet",
                  sprints=((1, "carry"), (2, "done"))),
            _Card("Aushang zu Öffnungszeiten neu gestalten",
                  "Einheitlicher Aushang für alle Standorte.", 2, 0, ("Kundensicht",),
                  goal="selbstverstaendnis", sprints=((1, "removed"),), removed_day=3),
            _Card("Netzwerkpartner aus allen Teams zusammentragen",
                  "Wer arbeitet mit wem? Eine gemeinsame Liste statt vieler.", 3,
                  labels=("Netzwerk",), goal="netzwerkpartner", sprints=((2, "done"),)),
            _Card("Funktionspostfächer bei den Partnern erfragen",
                  "Nur Funktionspostfächer, keine persönlichen Adressen.", 2,
                  labels=("Netzwerk",), goal="netzwerkpartner",
                  sprints=((2, "carry"), (3, "in_progress"))),
            _Card("Kontaktwege der Partner im Board hinterlegen",
                  "Partner als Netzwerkpartner in kimboard pflegen.", 2, labels=("Netzwerk",),
                  goal="netzwerkpartner", sprints=((2, "done"),)),
            _Card("Kurzbericht zum KIM-Fortschritt für die Bezirksregierung",
                  "Kurzfristige Anfrage; eine Seite je Zielbereich.", 2, 3, ("Führung",),
                  goal="zusammenarbeit", sprints=((2, "done"),), added_day=3),
            _Card("Terminarten aus Musterstadt übernehmen und anpassen",
                  "Lösungsansatz der Ausländerbehörde Musterstadt an den Kreis anpassen.", 3, 2,
                  ("Prozess",), goal="zusammenarbeit", sprints=((3, "done"),)),
            _Card("Texte der Terminbestätigung an den Kreis anpassen",
                  "Standorte, Anfahrt, Unterlagen.", 2, labels=("Kundensicht",),
                  goal="herausforderungen", sprints=((3, "in_progress"),)),
            _Card("Testphase mit einer Außenstelle planen",
                  "Vier Wochen Test in einer Außenstelle.", 3, labels=("Prozess",),
                  goal="herausforderungen", sprints=((3, "todo"),)),
            _Card("Information an Verwaltungsvorstand und Personalrat",
                  "Kurzvorlage zur Online-Terminvergabe.", 1, labels=("Führung",),
                  goal="fuehrung", sprints=((3, "todo"),)),
            _Card("Mentoring für neue Sachbearbeitungen",
                  "Patenschaften für die ersten drei Monate.", 3, labels=("Führung",),
                  goal="fuehrung"),
            _Card("Statistik der Vorsprachen je Standort automatisieren",
                  "Monatliche Summen direkt aus dem Aufrufsystem.", 5, 0, ("Prozess",),
                  goal="herausforderungen"),
        ),
        retros=(
            _Retro("bsk-r1", "Retrospektive Sprint 3 – Netzwerkübersicht", "mad_sad_glad", True,
                   items=((0, "Rückmeldungen von Partnern bleiben wochenlang aus"),
                          (0, "Persönliche Adressen statt Funktionspostfächern"),
                          (1, "Sprintziel knapp verfehlt"),
                          (1, "Die Außenstellen waren kaum eingebunden"),
                          (2, "Die Checklisten werden rege genutzt"),
                          (2, "Gute Stimmung in der Projektgruppe"),
                          (2, "Die Bezirksregierung lobt den Kurzbericht")),
                   groups=(("Partner erreichen", (0, 1, 2),
                            "Nachfassen fest einplanen: nach einer Woche telefonisch."),
                           ("Außenstellen einbinden", (3,), ""),
                           ("Erfolge", (4, 5, 6), "")),
                   moods=(3, 4, 4, 3, 5), rotis=(4, 4, 3, 4),
                   actions=(_Action("Außenstellen zu jedem Sprint-Review einladen", 4, 14,
                                    "zusammenarbeit", 1, "open"),
                            _Action("Nachfassen bei Partnern nach einer Woche fest einplanen",
                                    1, 7, "netzwerkpartner", 0, "open")),
                   sprint=2),
        ),
    )


def _lin() -> _Office:
    lanes = ("Aufenthalt", "Service")
    auf, srv = lanes
    return _Office(
        name="Ausländerbehörde Lindenau", code="ABH-LIN", region="Bezirksregierung Detmold",
        teams=("Team Ausländerbehörde Lindenau",),
        members=(
            ("Nora", "Leitung Ausländerbehörde", 0), ("Yusuf", "Sachbearbeitung Aufenthalt", 0),
            ("Katrin", "Sachbearbeitung Aufenthalt", 0), ("Pawel", "Servicepunkt", 0),
            ("Elif", "KIM-Koordination", 0),
        ),
        partners=(
            ("jc", "Jobcenter Lindenau", K.JOBCENTER, "Team Migration",
             "poststelle@jobcenter-lindenau.example", ""),
            ("ki", "Kommunales Integrationszentrum Lindenau", K.KOMMUNALES_INTEGRATIONSZENTRUM,
             "Koordination KIM", "ki@lindenau.example", ""),
            ("soz", "Sozialamt Lindenau", K.SOZIALAMT, "Abteilung Leistungen",
             "sozialamt@lindenau.example", ""),
            ("hwk", "Handwerkskammer – Anerkennungsberatung", K.KAMMER, "Anerkennungsberatung",
             "anerkennung@hwk-lindenau.example", ""),
            ("fh", "Flüchtlingshilfe Lindenau e. V.", K.ZIVILGESELLSCHAFT, "Vorstand",
             "kontakt@fluechtlingshilfe-lindenau.example", "Ehrenamtliche Begleitung."),
        ),
        kanban_name="Aufenthalt und Service Lindenau",
        kanban_desc="Alltagsverbesserungen der Ausländerbehörde.",
        lanes=lanes,
        kanban_labels=(("Netzwerk", _GREEN), ("Prozess", _AMBER), ("Service", _TEAL)),
        kanban_cards=(
            _Card("Digitale Eingangsbestätigung über das Funktionspostfach",
                  "Anträge per E-Mail bekommen automatisch eine Eingangsbestätigung mit "
                  "Bearbeitungshinweisen.", 5, 2, ("Service",), srv, "herausforderungen"),
            _Card("Wartemarken mit Anzeige im Wartebereich erproben",
                  "Aufrufsystem mit Nummern statt Namen.", 5, 1, ("Service",), srv,
                  "selbstverstaendnis", fate="aging",
                  blocked="Anzeigetechnik ist noch nicht beschafft."),
            _Card("Zusammenarbeit mit dem Sozialamt bei Leistungsfragen klären",
                  "Feste Ansprechstellen und ein gemeinsamer Rückmeldeweg.", 3, 2,
                  ("Netzwerk",), auf, "netzwerkpartner", ("soz",), "review"),
            _Card("Anerkennungsberatung der Handwerkskammer bekannt machen",
                  "Flyer am Servicepunkt auslegen, Link auf der Website.", 1, 1, ("Netzwerk",),
                  srv, "netzwerkpartner", ("hwk",)),
            _Card("Sprechzeiten für Ehrenamtliche einrichten",
                  "Eine feste Stunde pro Woche für Fragen der Flüchtlingshilfe.", 2, 1,
                  ("Netzwerk",), srv, "netzwerkpartner", ("fh",), "in_progress"),
            _Card("Aktenablage nach Eingangsdatum umstellen",
                  "Einheitliche Ablage für schnellere Vertretung.", 2, 1, ("Prozess",), auf,
                  "herausforderungen"),
            _Card("Musterantworten für häufige E-Mail-Anfragen",
                  "Zehn Musterantworten, von der Teamleitung freigegeben.", 3, 1, ("Service",),
                  srv, "selbstverstaendnis"),
            _Card("Ablauf bei Verlust des Aufenthaltstitels vereinfachen",
                  "Weniger Vorsprachen: Unterlagen vorab per Funktionspostfach.", 3, 2,
                  ("Prozess",), auf, "herausforderungen", fate="todo", due=9),
            _Card("Rückmeldung an das Jobcenter bei Beschäftigungserlaubnis",
                  "Standardisierte, kurze Rückmeldung ohne Umwege.", 2, 1, ("Netzwerk",), auf,
                  "netzwerkpartner", ("jc",)),
            _Card("Barrierefreien Zugang zum Servicepunkt prüfen",
                  "Rampe, Klingel, Beschilderung – gemeinsam mit der Behindertenbeauftragten "
                  "Stelle.", 3, 1, ("Service",), srv, "diversitaet", fate="backlog"),
            _Card("Einführungstag für Auszubildende in der Ausländerbehörde",
                  "Ein Tag mit Hospitation am Servicepunkt.", 2, 0, (), auf, "fuehrung",
                  fate="todo"),
            _Card("Kennzahlen Servicepunkt monatlich an die Leitung",
                  "Besucherzahl und Wartezeit als Monatssummen.", 2, 1, ("Service",), srv,
                  "fuehrung", fate="backlog"),
        ),
        scrum_name="KIM-Team Lindenau",
        scrum_desc="KIM-Vorhaben der Ausländerbehörde Lindenau.",
        scrum_labels=(("Netzwerk", _GREEN), ("Service", _TEAL), ("Team", _AMBER)),
        sprints=(
            _Sprint("Sprint 1 – Eingangsbestätigung",
                    "Eingangsbestätigungen über das Funktionspostfach laufen automatisch.", True,
                    "", "next"),
            _Sprint("Sprint 2 – Partnerrunde",
                    "Die erste Partnerrunde mit Jobcenter, Sozialamt und KI hat stattgefunden.",
                    True, "", "backlog"),
            _Sprint("Sprint 3 – Willkommenskultur im Team",
                    "Neue Mitarbeitende bekommen eine Willkommensmappe.", False,
                    "Mappe im Entwurf; Abstimmung mit dem Personalrat steht aus.", "next"),
            _Sprint("Sprint 4 – Servicepunkt",
                    "Der Servicepunkt hat feste Musterantworten und eine Wartezeitmessung."),
        ),
        scrum_cards=(
            _Card("Textbausteine für die automatische Eingangsbestätigung",
                  "Kurz, verständlich, mit Hinweis auf fehlende Unterlagen.", 2,
                  labels=("Service",), goal="herausforderungen", sprints=((0, "done"),)),
            _Card("Regel im Funktionspostfach einrichten",
                  "Mit der IT die automatische Antwort einrichten und testen.", 3,
                  labels=("Service",), goal="herausforderungen",
                  sprints=((0, "carry"), (1, "done"))),
            _Card("Hinweis auf der Website zur Antragstellung per E-Mail",
                  "Was per E-Mail geht, was nicht.", 1, labels=("Service",),
                  goal="selbstverstaendnis", sprints=((0, "done"),)),
            _Card("Datenschutzhinweis für Anträge per E-Mail abstimmen",
                  "Mit der behördlichen Datenschutzberatung.", 2, 2, goal="herausforderungen",
                  sprints=((0, "done"),), added_day=2),
            _Card("Partnerrunde vorbereiten",
                  "Einladung, Tagesordnung, Raum.", 2, labels=("Netzwerk",),
                  goal="netzwerkpartner", partners=("jc", "soz", "ki"), sprints=((1, "done"),)),
            _Card("Partnerrunde durchführen und dokumentieren",
                  "Ergebnisse und Vereinbarungen festhalten.", 3, labels=("Netzwerk",),
                  goal="netzwerkpartner", partners=("jc", "soz", "ki"), sprints=((1, "done"),)),
            _Card("Flüchtlingshilfe zur Partnerrunde einladen",
                  "In der Vorbereitung fiel auf: die Flüchtlingshilfe fehlte noch.", 1, 2,
                  ("Netzwerk",), goal="netzwerkpartner", partners=("fh",),
                  sprints=((1, "done"),), added_day=2),
            _Card("Gemeinsamen Verteiler der Partner anlegen",
                  "Nur Funktionspostfächer.", 1, labels=("Netzwerk",), goal="netzwerkpartner",
                  sprints=((1, "carry"), (3, "done"))),
            _Card("Willkommensmappe für neue Mitarbeitende entwerfen",
                  "Organigramm, Ansprechstellen, erste Schritte, Leitbild.", 5,
                  labels=("Team",), goal="fuehrung", sprints=((2, "carry"), (3, "in_progress")),
                  blocked="Abstimmung mit dem Personalrat steht aus."),
            _Card("Patenschaften für neue Mitarbeitende organisieren",
                  "Wer begleitet wen in den ersten Wochen?", 2, labels=("Team",),
                  goal="fuehrung", sprints=((2, "done"),)),
            _Card("Leitbild der Ausländerbehörde im Team diskutieren",
                  "Zwei Termine à 60 Minuten.", 3, labels=("Team",), goal="selbstverstaendnis",
                  sprints=((2, "done"),)),
            _Card("Vertretungsregeln in der Urlaubszeit festlegen",
                  "Kurzfristig von der Leitung eingebracht.", 1, 3, ("Team",), goal="fuehrung",
                  sprints=((2, "done"),), added_day=1),
            _Card("Musterantworten mit dem Servicepunkt abstimmen",
                  "Aus der Kanban-Karte übernommen.", 2, labels=("Service",),
                  goal="selbstverstaendnis", sprints=((3, "done"),)),
            _Card("Wartezeitmessung am Servicepunkt vorbereiten",
                  "Erfassungsbogen ohne personenbezogene Angaben.", 2, labels=("Service",),
                  goal="selbstverstaendnis", sprints=((3, "in_progress"),)),
            _Card("Auswertungsvorlage für die Wartezeitmessung",
                  "Nur Summen und Mittelwerte.", 2, labels=("Service",),
                  goal="selbstverstaendnis", sprints=((3, "todo"),)),
            _Card("Kooperation mit der Flüchtlingshilfe vertiefen",
                  "Gemeinsame Infoabende planen.", 3, labels=("Netzwerk",),
                  goal="netzwerkpartner", partners=("fh",)),
            _Card("Kollegialen Austausch mit Musterstadt vereinbaren",
                  "Hospitation zur Online-Terminvergabe.", 2, goal="zusammenarbeit"),
        ),
        retros=(
            _Retro("lin-r1", "Führungsrunde: Rückblick auf die ersten KIM-Wochen", "custom",
                   True,
                   items=((0, "Klare Sprintziele helfen bei der Priorisierung"),
                          (0, "Die Partnerrunde hat Vertrauen aufgebaut"),
                          (1, "Zu wenig Zeit für Einarbeitung neben dem Tagesgeschäft"),
                          (2, "Ob wir Vertretungen dauerhaft fest regeln"),
                          (3, "Regelmäßige kurze Rückmeldungen der Leitung")),
                   groups=(("Orientierung", (0, 1), ""),
                           ("Zeit und Vertretung", (2, 3),
                            "Die Leitung prüft feste Zeitfenster für Einarbeitung.")),
                   moods=(4, 3, 4, 4), rotis=(4, 5, 4),
                   actions=(_Action("Feste Zeitfenster für Einarbeitung im Dienstplan", 0, 21,
                                    "fuehrung", 1, "open"),),
                   days_ago=10),
        ),
        templates=(("Führungsrunde Lindenau", "fuehrung",
                    "Angepasst für die monatliche Führungsrunde."),),
    )


SOLUTIONS: tuple[_Solution, ...] = (
    _Solution(
        "ABH-MST", "Online-Terminvergabe mit Unterlagen-Hinweisen",
        problem="Viele Vorsprachen scheitern an fehlenden Unterlagen; Wartezeiten am "
                "Servicepunkt sind lang.",
        context="Kreisfreie Stadt, ein Servicepunkt, Verlängerungen machen den größten Teil "
                "der Vorsprachen aus.",
        approach="Termine werden online gebucht; bei der Buchung zeigt das System je Anliegen "
                 "an, welche Unterlagen mitzubringen sind. Ein Testbetrieb mit zwei "
                 "Sachbearbeitungen ging dem Regelbetrieb voraus.",
        goal="herausforderungen", contact_role="KIM-Koordination",
        evidence="Weniger zweite Vorsprachen wegen fehlender Unterlagen (Teamauswertung).",
        partners=("mbe",),
        steps=((52, "idea", ""), (40, "trial", "Testbetrieb für Verlängerungen."),
               (24, "practice", "Regelbetrieb für alle Verlängerungen."),
               (8, "transferred", "Die Ausländerbehörde Beispielkreis hat den Ansatz übernommen.")),
        adoption=("ABH-BSK", 9, "Für die Außenstellen angepasst."),
        links=(("card", "Anforderungen an die Online-Terminvergabe mit dem Servicepunkt sammeln"),
               ("board", "KIM-Entwicklung Musterstadt")),
    ),
    _Solution(
        "ABH-MST", "Gemeinsame Sprechstunde mit dem Jobcenter",
        problem="Kundinnen und Kunden pendeln zwischen Ausländerbehörde und Jobcenter.",
        context="Beide Behörden in derselben Stadt, unterschiedliche Öffnungszeiten.",
        approach="Zweimal im Monat eine gemeinsame Sprechstunde im Jobcenter mit je einer "
                 "Ansprechperson beider Behörden.",
        goal="netzwerkpartner", contact_role="Teamleitung Aufenthalt", evidence="",
        partners=("jc",),
        steps=((38, "idea", ""), (6, "trial", "Erste Sprechstunden sind vereinbart.")),
        links=(("retro", "mst-r2"),),
    ),
    _Solution(
        "ABH-BSK", "Fallbesprechung Fachkräfteeinwanderung mit dem Arbeitgeberservice",
        problem="Arbeitgeber erhalten widersprüchliche Auskünfte zum Fachkräfteverfahren.",
        context="Flächenkreis mit vielen kleinen Betrieben.",
        approach="Monatliche Fallbesprechung mit dem Arbeitgeberservice an anonymisierten "
                 "Konstellationen; gemeinsame Antwortvorlagen für Arbeitgeber.",
        goal="netzwerkpartner", contact_role="KIM-Koordination",
        evidence="Rückmeldungen der Arbeitgeber in der Sprint-Review.",
        partners=("ags",),
        steps=((50, "idea", ""), (44, "trial", "Erste Fallbesprechung."),
               (30, "practice", "Fester Termin jeden ersten Dienstag im Monat.")),
    ),
    _Solution(
        "ABH-BSK", "Mehrsprachige Checklisten am Servicepunkt",
        problem="Unterlagen fehlen oft, weil Hinweise nur auf Deutsch vorliegen.",
        context="Servicepunkt im Kreishaus und drei Außenstellen.",
        approach="Checklisten für die häufigsten Anliegen in fünf Sprachen, am Servicepunkt "
                 "und online.", goal="diversitaet", contact_role="Servicepunkt", evidence="",
        partners=("ki",),
        steps=((35, "idea", ""), (22, "trial", "Test am Servicepunkt im Kreishaus.")),
    ),
    _Solution(
        "ABH-LIN", "Wartemarken mit Anzeige im Wartebereich",
        problem="Aufruf mit Namen im Wartebereich ist unangenehm und nicht datensparsam.",
        context="Kleiner Wartebereich, ein Servicepunkt.",
        approach="Nummern statt Namen: Wartemarke beim Eintreffen, Aufruf über eine Anzeige.",
        goal="selbstverstaendnis", contact_role="Servicepunkt", evidence="",
        partners=(),
        steps=((45, "idea", ""), (30, "trial", "Test mit Papiermarken."),
               (15, "idea", "Erprobung ausgesetzt: Die Anzeigetechnik fehlt noch.")),
    ),
    _Solution(
        "ABH-LIN", "Willkommensmappe für neue Mitarbeitende",
        problem="Neue Kolleginnen und Kollegen brauchen lange, um Ansprechstellen zu kennen.",
        context="Kleine Behörde, wenige, aber regelmäßige Neueinstellungen.",
        approach="Eine Mappe mit Organigramm, Ansprechstellen, Leitbild und Patenschaft.",
        goal="fuehrung", contact_role="Leitung Ausländerbehörde", evidence="", partners=(),
        steps=((20, "idea", ""),),
    ),
    _Solution(
        "ABH-LIN", "Digitale Eingangsbestätigung über das Funktionspostfach",
        problem="Viele Nachfragen, ob ein Antrag per E-Mail angekommen ist.",
        context="Anträge gehen zunehmend per E-Mail ein.",
        approach="Automatische Eingangsbestätigung mit Hinweisen zu Bearbeitungszeit und "
                 "fehlenden Unterlagen.",
        goal="herausforderungen", contact_role="KIM-Koordination",
        evidence="Deutlich weniger telefonische Nachfragen (Strichliste Servicepunkt).",
        partners=(),
        steps=((48, "idea", ""), (36, "trial", "Test mit einem Postfach."),
               (20, "practice", "Für alle Funktionspostfächer eingerichtet."),
               (4, "transferred", "Musterstadt übernimmt den Ansatz.")),
        adoption=("ABH-MST", 5, "Übernommen für das Postfach der Beratungsstellen."),
        links=(("card", "Digitale Eingangsbestätigung über das Funktionspostfach"),),
    ),
)

OFFICES: tuple[Callable[[], _Office], ...] = (_mst, _bsk, _lin)


# =========================================================================== time


class _Timeline:
    """Working-hour moments of the last eight weeks, in local time, ending now."""

    def __init__(self, now: dt.datetime, rng: random.Random) -> None:
        self.now = now
        self.rng = rng
        self.today = now.astimezone().date()
        self.latest = now - dt.timedelta(minutes=10)
        self.slots: list[dt.datetime] = []
        day = self.today - dt.timedelta(days=HISTORY_DAYS + 7)
        while day <= self.today:
            if day.weekday() < 5:
                for quarter in range(8 * 4, 16 * 4 + 3):
                    self.slots.append(self.local(day, quarter // 4, (quarter % 4) * 15))
            day += dt.timedelta(days=1)
        # Whole-hour rounding looks artificial; jitter by a few minutes, keep the order.
        self.slots = [s + dt.timedelta(minutes=rng.randrange(0, 14)) for s in self.slots]
        self.start = self.local(self.today - dt.timedelta(days=HISTORY_DAYS), 7, 30)

    @staticmethod
    def local(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
        return dt.datetime.combine(day, dt.time(hour, minute)).astimezone().astimezone(dt.UTC)

    def days_ago(self, n: int, hour: int = 9, minute: int = 0) -> dt.datetime:
        day = self.today - dt.timedelta(days=n)
        while day.weekday() >= 5:
            day -= dt.timedelta(days=1)
        return min(self.local(day, hour, minute), self.latest)

    def pick(self, lo: dt.datetime, hi: dt.datetime, n: int) -> list[dt.datetime]:
        """``n`` ascending working-hour moments strictly between ``lo`` and ``hi``."""
        if n <= 0:
            return []
        hi = min(hi, self.latest)
        i = bisect.bisect_right(self.slots, lo)
        j = bisect.bisect_left(self.slots, hi)
        if j - i >= n:
            return [self.slots[k] for k in sorted(self.rng.sample(range(i, j), n))]
        # Too narrow a window (or none left before now): squeeze in, never into the future.
        if hi > lo:
            times = [lo + (hi - lo) * (k + 1) / (n + 1) for k in range(n)]
        else:
            times = [lo + dt.timedelta(minutes=k + 1) for k in range(n)]
        return [min(t, self.latest) for t in times]

    def room(self, lo: dt.datetime, needed: dt.timedelta) -> bool:
        """Whether something that takes ``needed`` after ``lo`` has happened by now."""
        return lo + needed < self.latest


# =========================================================================== builder


@dataclass(frozen=True, slots=True)
class _Id:
    """Stands for the id of what an earlier step stored under ``key``."""

    key: str


@dataclass
class _BoardCtx:
    board_id: int
    columns: list[int]
    lanes: dict[str, int]
    labels: dict[str, int]


@dataclass
class _OfficeCtx:
    spec: _Office
    site: Ref
    members: list[int]
    partners: dict[str, int]
    kanban: _BoardCtx | None = None
    scrum: _BoardCtx | None = None
    sprint_windows: list[tuple[dt.date, dt.date]] = field(default_factory=list)
    templates: list[int] = field(default_factory=list)


class _Builder:
    def __init__(self, session: Session, now: dt.datetime) -> None:
        self.s = session
        self.rng = random.Random(DEMO_SEED)
        self.tl = _Timeline(now, self.rng)
        self.steps: list[tuple[dt.datetime, int, Callable[[], Any]]] = []
        self.refs: dict[str, Ref] = {}
        self.card_keys: dict[str, str] = {}  # card title -> ref key
        self.offices: dict[str, _OfficeCtx] = {}
        self.goals = {k: i for k, i in self.s.execute(select(GoalArea.key, GoalArea.id))}

    # ----------------------------------------------------------------- scheduling

    def call(self, when: dt.datetime, fn: Callable[[], Any]) -> None:
        # Nothing happens in the future; a step planned too late happens "just now", after
        # the steps planned before it.
        self.steps.append((min(when, self.tl.latest), len(self.steps), fn))

    def run(self) -> None:
        for when, _, fn in sorted(self.steps, key=lambda step: (step[0], step[1])):
            with clock.frozen_at(when):
                fn()
        self.steps.clear()

    def now_op(self, when: dt.datetime, fn: Callable[..., Any], *args: Any, **kw: Any) -> Any:
        with clock.frozen_at(when):
            return fn(self.s, *args, **kw)

    def op(self, when: dt.datetime, fn: Callable[..., Any], *args: Any,
           keep: str | None = None, **kw: Any) -> None:
        """Schedule ``fn(session, *args, **kw)``. An ``_Id`` argument becomes the id of what an
        earlier step made; ``keep`` stores this step's resulting Ref under that key."""

        def resolve(value: Any) -> Any:
            return self.refs[value.key].id if isinstance(value, _Id) else value

        def step() -> None:
            result = fn(self.s, *map(resolve, args), **{k: resolve(v) for k, v in kw.items()})
            if keep is not None:
                self.refs[keep] = result.value

        self.call(when, step)

    def keep(self, key: str, fn: Callable[..., Any], *args: Any, **kw: Any) -> Callable[[], None]:
        """A step that runs an op and keeps its result's Ref under ``key``."""

        def step() -> None:
            self.refs[key] = fn(self.s, *args, **kw).value

        return step

    def card_op(self, when: dt.datetime, key: str, fn: Callable[..., Any], *args: Any,
                **kw: Any) -> None:
        """Schedule ``fn(session, card_id, *args)`` for a card created by an earlier step."""
        self.op(when, fn, _Id(key), *args, **kw)

    # ----------------------------------------------------------------- offices

    def setup_office(self, spec: _Office) -> _OfficeCtx:
        t = self.tl.start
        site = self.now_op(t, site_ops.create_site, spec.name, spec.code, spec.region).value
        teams = [self.now_op(t, people_ops.create_team, site.id, name).value.id
                 for name in spec.teams]
        members = [
            self.now_op(t, people_ops.create_member, site.id, name, role, teams[team]).value.id
            for name, role, team in spec.members
        ]
        partners = {
            key: self.now_op(t, partner_ops.create_partner, site.id, name, str(kind), role,
                             mailbox, notes).value.id
            for key, name, kind, role, mailbox, notes in spec.partners
        }
        ctx = _OfficeCtx(spec, site, members, partners)
        ctx.kanban = self._board(t, site.id, teams[0], spec.kanban_name, spec.kanban_desc,
                                 "kanban", KANBAN_COLUMNS, spec.lanes, spec.kanban_labels)
        ctx.scrum = self._board(t, site.id, teams[-1], spec.scrum_name, spec.scrum_desc,
                                "scrum", SCRUM_COLUMNS, (), spec.scrum_labels)
        self.refs[f"board:{spec.scrum_name}"] = Ref(ctx.scrum.board_id, "")
        self.refs[f"board:{spec.kanban_name}"] = Ref(ctx.kanban.board_id, "")
        for name, source_key, description in spec.templates:
            source = self.s.scalar(select(RetroTemplate.id).where(RetroTemplate.key == source_key))
            assert source is not None
            ref = self.now_op(t, retro_ops.copy_template, source, site.id, name,
                              description=description).value
            ctx.templates.append(ref.id)
        self.offices[spec.code] = ctx
        return ctx

    def _board(self, t: dt.datetime, site_id: int, team_id: int, name: str, desc: str,
               mode: str, columns: Any, lanes: Sequence[str],
               labels: Sequence[tuple[str, str]]) -> _BoardCtx:
        ref = self.now_op(t, board_ops.create_board, site_id, name, mode, description=desc,
                          team_id=team_id, columns=columns).value
        board = self.s.get_one(Board, ref.id)
        lane_ids = {n: self.now_op(t, board_ops.add_swimlane, ref.id, n).value.id for n in lanes}
        label_ids = {n: self.now_op(t, board_ops.create_label, ref.id, n, c).value.id
                     for n, c in labels}
        return _BoardCtx(ref.id, [c.id for c in board.columns], lane_ids, label_ids)

    # ----------------------------------------------------------------- cards

    def _create(self, when: dt.datetime, key: str, office: _OfficeCtx, board: _BoardCtx,
                spec: _Card, due: dt.date | None = None) -> None:
        self.card_keys.setdefault(spec.title, key)
        if spec.due is not None:
            due = self.tl.today + dt.timedelta(days=spec.due)
        actor = self.rng.choice(office.members)
        self.call(when, self.keep(
            key, card_ops.create_card, board.board_id, spec.title, column_id=board.columns[0],
            swimlane_id=board.lanes.get(spec.lane) if spec.lane else None,
            description=spec.desc, priority=spec.prio, due_date=due, estimate=spec.est,
            goal_area_id=self.goals.get(spec.goal) if spec.goal else None, actor_id=actor,
        ))
        minute = dt.timedelta(minutes=1)
        if spec.labels:
            self.card_op(when + 2 * minute, key, card_ops.set_labels,
                         [board.labels[n] for n in spec.labels], actor_id=actor)
        if spec.partners:
            self.card_op(when + 3 * minute, key, card_ops.set_partners,
                         [office.partners[p] for p in spec.partners])
        checklist = spec.checklist
        if not checklist and self.rng.random() < 0.3:
            checklist = self.rng.choice(CHECKLISTS)
        for i, text in enumerate(checklist):
            self.card_op(when + (4 + i) * minute, key, card_ops.add_checklist_item, text)

    def _moves(self, key: str, board: _BoardCtx, path: Sequence[int],
               times: Sequence[dt.datetime], actor: int) -> None:
        for col, when in zip(path, times, strict=True):
            self.card_op(when, key, card_ops.move_card, board.columns[col], actor_id=actor)

    def _finish_checklist(self, key: str, when: dt.datetime, fraction: float) -> None:
        def step() -> None:
            card = self.s.get_one(Card, self.refs[key].id)
            items = list(card.checklist)
            for item in items[: round(len(items) * fraction)]:
                card_ops.update_checklist_item(self.s, item.id, done=True)

        self.call(when, step)

    def _comments(self, key: str, office: _OfficeCtx, lo: dt.datetime, hi: dt.datetime,
                  spec: _Card) -> None:
        texts = list(spec.comments)
        if self.rng.random() < 0.45:
            texts += self.rng.sample(COMMENTS, self.rng.choice((1, 1, 2)))
        for when, text in zip(self.tl.pick(lo, hi, len(texts)), texts, strict=True):
            self.card_op(when, key, card_ops.add_comment, text,
                         author_id=self.rng.choice(office.members))

    def kanban_card(self, office: _OfficeCtx, index: int, spec: _Card) -> None:
        assert office.kanban is not None
        board, tl, rng = office.kanban, self.tl, self.rng
        key = f"{office.spec.code}:k{index}"
        day = dt.timedelta(days=1)
        windows = {  # creation window in days ago, and how long the work takes
            "done": (55, 6), "in_progress": (40, 4), "review": (45, 6), "aging": (55, 38),
            "todo": (35, 3), "backlog": (30, 1),
        }
        oldest, newest = windows[spec.fate]
        if index == 0:  # the board's first card opens the eight weeks of history
            created = max(tl.days_ago(54, 9), tl.start + dt.timedelta(hours=1))
        else:
            created = tl.pick(tl.days_ago(oldest, 7), tl.days_ago(newest, 17), 1)[0]
        due = None
        if spec.fate in ("todo", "in_progress", "review", "aging") and rng.random() < 0.5:
            due = tl.today + dt.timedelta(days=rng.randint(-6, 28))
        self._create(created, key, office, board, spec, due)
        target = _TARGET[spec.fate]
        path = list(range(1, target + 1))
        if spec.fate == "done" and not spec.partners and rng.random() < 0.6:
            path.remove(3)
        if spec.fate == "aging":
            end = created + rng.randint(4, 9) * day
        elif spec.fate == "done":
            end = min(created + rng.randint(5, 24) * day, tl.days_ago(1, 17))
        else:
            end = tl.latest
        times = tl.pick(created + dt.timedelta(minutes=30), end, len(path))
        actor = rng.choice(office.members)
        self._moves(key, board, path, times, actor)
        last = times[-1] if times else created
        assignees = rng.sample(office.members, rng.choice((1, 1, 2)))
        if 2 in path:
            t_ip = times[path.index(2)]
            self.card_op(t_ip + dt.timedelta(minutes=1), key, card_ops.set_assignees,
                         assignees, actor_id=actor)
            if spec.blocked:
                t_block = tl.pick(t_ip + dt.timedelta(hours=1),
                                  min(t_ip + 4 * day, tl.latest), 1)[0]
                self.card_op(t_block, key, card_ops.update_card, blocked=True,
                             blocked_reason=spec.blocked, actor_id=actor)
                if spec.unblock and tl.room(t_block, 5 * day):
                    t_un = tl.pick(t_block + day, t_block + 4 * day, 1)[0]
                    self.card_op(t_un, key, card_ops.update_card, blocked=False, actor_id=actor)
                    # ...and blocked again for another reason: the history shows both.
                    t_again = tl.pick(t_un + dt.timedelta(hours=2), tl.latest, 1)[0]
                    self.card_op(t_again, key, card_ops.update_card, blocked=True,
                                 blocked_reason=spec.blocked, actor_id=actor)
        elif rng.random() < 0.5:
            self.card_op(created + dt.timedelta(minutes=10), key, card_ops.set_assignees,
                         assignees[:1], actor_id=actor)
        if spec.fate == "done":
            self._finish_checklist(key, last - dt.timedelta(minutes=3), 1.0)
        elif 2 in path:
            self._finish_checklist(key, times[path.index(2)] + dt.timedelta(hours=2), 0.5)
        self._comments(key, office, created + dt.timedelta(hours=1),
                       last if spec.fate == "done" else tl.latest, spec)

    # ----------------------------------------------------------------- sprints

    def sprint_dates(self) -> list[tuple[dt.date, dt.date]]:
        """Four consecutive two-week sprints (Monday to Friday of the next week); the last one
        runs now."""
        today = self.tl.today
        monday = today - dt.timedelta(days=today.weekday())
        if today.weekday() < 2:
            monday -= dt.timedelta(days=7)
        return [(monday - dt.timedelta(days=14 * (3 - k)),
                 monday - dt.timedelta(days=14 * (3 - k)) + dt.timedelta(days=11))
                for k in range(4)]

    def scrum_board(self, office: _OfficeCtx) -> None:
        assert office.scrum is not None
        spec, board, tl = office.spec, office.scrum, self.tl
        windows = self.sprint_dates()
        office.sprint_windows = windows
        code = spec.code
        lead = office.members[-1] if len(office.members) > 4 else office.members[0]
        for k, (sp, (start, end)) in enumerate(zip(spec.sprints, windows, strict=True)):
            created = tl.local(start - dt.timedelta(days=3 if k == 0 else 5), 10)
            self.call(created, self.keep(f"{code}:sprint{k}", sprint_ops.create_sprint,
                                         board.board_id, sp.name, start, end, sp.goal))
            self.op(tl.local(start, 10), sprint_ops.start_sprint, _Id(f"{code}:sprint{k}"),
                    actor_id=lead)
            if k < len(spec.sprints) - 1:
                self.call(tl.local(end, 13), partial(self._close, code, k, sp, lead))
        for index, card in enumerate(spec.scrum_cards):
            self.scrum_card(office, index, card)
        if spec.next_sprint is not None:
            # Planning has begun: the next sprint exists with the top of the backlog in it.
            start = windows[-1][1] + dt.timedelta(days=3)
            when = tl.latest - dt.timedelta(minutes=30)
            self.call(when, self.keep(f"{code}:sprint_next", sprint_ops.create_sprint,
                                      board.board_id, spec.next_sprint.name, start,
                                      start + dt.timedelta(days=11), spec.next_sprint.goal))
            backlog = [i for i, c in enumerate(spec.scrum_cards) if not c.sprints][:2]
            for n, i in enumerate(backlog):
                self.op(when + dt.timedelta(minutes=1 + n), sprint_ops.plan_card,
                        _Id(f"{code}:s{i}"), _Id(f"{code}:sprint_next"), actor_id=lead)

    def _close(self, code: str, k: int, sp: _Sprint, lead: int) -> None:
        next_id = self.refs[f"{code}:sprint{k + 1}"].id if sp.unfinished == "next" else None
        sprint_ops.close_sprint(self.s, self.refs[f"{code}:sprint{k}"].id,
                                unfinished=sp.unfinished, next_sprint_id=next_id,
                                goal_reached=sp.goal_reached, goal_note=sp.goal_note,
                                actor_id=lead)

    def scrum_card(self, office: _OfficeCtx, index: int, spec: _Card) -> None:
        assert office.scrum is not None
        board, tl, rng = office.scrum, self.tl, self.rng
        windows = office.sprint_windows
        code = office.spec.code
        key = f"{code}:s{index}"
        minute = dt.timedelta(minutes=1)
        actor = rng.choice(office.members)
        assignees = rng.sample(office.members, rng.choice((1, 1, 2)))
        # Creation: before the first sprint it joins (or any time for a backlog card).
        if not spec.sprints:
            created = tl.pick(tl.start, tl.days_ago(2, 17), 1)[0]
        elif spec.added_day is not None:
            start = windows[spec.sprints[0][0]][0]
            created = tl.local(start + dt.timedelta(days=spec.added_day), 8, 40)
        else:
            first = windows[spec.sprints[0][0]][0]
            lo = max(tl.start, tl.local(first - dt.timedelta(days=16), 8))
            created = tl.pick(lo, tl.local(first - dt.timedelta(days=1), 16), 1)[0]
        due = None
        if spec.sprints and spec.sprints[-1][0] == len(windows) - 1 and rng.random() < 0.5:
            due = windows[-1][1]  # due with the running sprint
        self._create(created, key, office, board, spec, due)
        col, in_sprint, blocked, last = 0, False, False, created
        for n, (k, fate) in enumerate(spec.sprints):
            start, end = windows[k]
            active = k == len(windows) - 1
            sprint_key = f"{code}:sprint{k}"
            if not in_sprint:
                if n == 0 and spec.added_day is not None:
                    join = tl.local(start + dt.timedelta(days=spec.added_day), 9)
                else:
                    join = tl.local(start, 9, index % 50)
                if col < 1:
                    self.card_op(join - minute, key, card_ops.move_card, board.columns[1],
                                 actor_id=actor)
                    col = 1
                self.op(join, sprint_ops.add_card_to_sprint, _Id(key), _Id(sprint_key),
                        actor_id=actor)
                window_lo = max(join, tl.local(start, 10)) + dt.timedelta(minutes=30)
                if n == 0:
                    self.card_op(join + minute, key, card_ops.set_assignees, assignees,
                                 actor_id=actor)
            else:
                window_lo = tl.local(start, 10, 30)
            window_hi = tl.latest if active else tl.local(end, 11, 30)
            if blocked and (spec.unblock or fate in ("done", "review")):
                t_un = tl.pick(window_lo, window_hi, 1)[0]
                self.card_op(t_un, key, card_ops.update_card, blocked=False, actor_id=actor)
                blocked, window_lo = False, t_un
            if fate == "removed":
                t_rm = tl.local(start + dt.timedelta(days=spec.removed_day or 3), 11)
                self.op(t_rm, sprint_ops.remove_card_from_sprint, _Id(key), actor_id=actor)
                self.card_op(t_rm + 2 * minute, key, card_ops.move_card, board.columns[0],
                             actor_id=actor)
                col, in_sprint = 0, False
                continue
            target = _TARGET[fate]
            path = list(range(col + 1, target + 1))
            times = tl.pick(window_lo, window_hi, len(path))
            self._moves(key, board, path, times, actor)
            if path:
                last = times[-1]
                col = target
            if spec.reestimate is not None and n == 0:
                t_est = tl.pick(window_lo, times[0] if times else window_hi, 1)[0]
                self.card_op(t_est, key, card_ops.update_card, estimate=spec.reestimate,
                             actor_id=actor)
            if spec.blocked and not blocked and fate in ("carry", "in_progress") and n == 0:
                t_block = tl.pick(last + dt.timedelta(minutes=20), window_hi, 1)[0]
                self.card_op(t_block, key, card_ops.update_card, blocked=True,
                             blocked_reason=spec.blocked, actor_id=actor)
                blocked = True
            if fate == "done":
                self._finish_checklist(key, last - dt.timedelta(minutes=2), 1.0)
            in_sprint = fate == "carry" and office.spec.sprints[k].unfinished == "next"
            if fate == "carry" and not in_sprint:
                # Back to the backlog: the team also puts the card back in the backlog column.
                self.card_op(tl.local(end, 13, 10), key, card_ops.move_card, board.columns[0],
                             actor_id=actor)
                col = 0
        self._comments(key, office, created + dt.timedelta(hours=1),
                       max(last, created + dt.timedelta(hours=2)), spec)

    # ----------------------------------------------------------------- retrospectives

    def retro(self, office: _OfficeCtx, spec: _Retro) -> None:
        tl, rng = self.tl, self.rng
        if spec.sprint is not None:
            held_on = office.sprint_windows[spec.sprint][1]
            t0 = tl.local(held_on, 14)
            sprint_key: str | None = f"{office.spec.code}:sprint{spec.sprint}"
        else:
            t0 = tl.days_ago(spec.days_ago, 14)
            held_on = t0.astimezone().date()
            sprint_key = None
        tick = iter(range(10_000))

        def t() -> dt.datetime:
            return t0 + dt.timedelta(seconds=20 * next(tick))

        members = office.members
        template_id = (office.templates[0] if spec.template == "custom"
                       else self.s.scalar(select(RetroTemplate.id)
                                          .where(RetroTemplate.key == spec.template)))
        assert template_id is not None
        prompts = [p.id for p in self.s.get_one(RetroTemplate, template_id).prompts]
        rk = f"retro:{spec.key}"
        self.op(t(), retro_ops.create_retro, office.site.id, spec.title, held_on,
                sprint_id=_Id(sprint_key) if sprint_key else None, template_id=template_id,
                anonymous=spec.anonymous, keep=rk)

        def phase(p: RetroPhase) -> None:
            self.op(t(), retro_ops.set_phase, _Id(rk), p.value)

        phase(RetroPhase.CHECK_IN)
        for mood in spec.moods:
            self.op(t(), retro_ops.add_rating, _Id(rk), "mood", mood)
        phase(RetroPhase.REVIEW)
        if spec.reviews:
            self._review(spec.reviews, rk, t)
        phase(RetroPhase.WRITING)
        for i, (prompt, text) in enumerate(spec.items):
            author = rng.choice(members)  # dropped by the op in anonymous retrospectives
            self.call(t(), partial(self._add_item, rk, i, prompts[prompt], text, author))
        phase(RetroPhase.REVEAL)
        phase(RetroPhase.GROUPING)
        for g, (title, items, _notes) in enumerate(spec.groups):
            self.call(t(), partial(self._add_group, rk, g, title))
            for i in items:
                self.op(t(), retro_ops.add_item_to_group, _Id(f"{rk}:item{i}"),
                        _Id(f"{rk}:group{g}"))
        phase(RetroPhase.VOTING)
        budget, cap = 3, 2
        weights = [len(items) + 1 for _, items, _ in spec.groups]
        for _voter in spec.moods:
            token = str(uuid_mod.UUID(int=rng.getrandbits(128), version=4))
            used: dict[int, int] = {}
            for _ in range(budget):
                choices = [g for g in range(len(spec.groups)) if used.get(g, 0) < cap]
                g = rng.choices(choices, [weights[c] for c in choices])[0]
                used[g] = used.get(g, 0) + 1
                self.op(t(), retro_ops.cast_vote, _Id(rk), group_id=_Id(f"{rk}:group{g}"),
                        voter_token=token)
        phase(RetroPhase.DISCUSSION)
        for g, (_title, _items, notes) in enumerate(spec.groups):
            if notes:
                self.op(t(), retro_ops.set_discussion_notes, _Id(f"{rk}:group{g}"), notes)
        phase(RetroPhase.ACTIONS)
        for a, action in enumerate(spec.actions):
            self.call(t(), partial(self._add_action, office, rk, a, action, held_on))
        phase(RetroPhase.CLOSING)
        for roti in spec.rotis:
            self.op(t(), retro_ops.add_rating, _Id(rk), "roti", roti)
        phase(RetroPhase.FINISHED)
        self._follow_up(office, spec, rk, t0)

    def _add_item(self, rk: str, i: int, prompt_id: int, text: str, author: int) -> None:
        self.refs[f"{rk}:item{i}"] = retro_ops.add_item(
            self.s, self.refs[rk].id, prompt_id, text, author_id=author).value

    def _add_group(self, rk: str, g: int, title: str) -> None:
        self.refs[f"{rk}:group{g}"] = retro_ops.create_group(self.s, self.refs[rk].id,
                                                             title).value

    def _add_action(self, office: _OfficeCtx, rk: str, a: int, action: _Action,
                    held_on: dt.date) -> None:
        group = self.refs[f"{rk}:group{action.group}"].id if action.group is not None else None
        self.refs[f"{rk}:action{a}"] = retro_ops.create_action(
            self.s, self.refs[rk].id, action.text, owner_id=office.members[action.owner],
            due_date=held_on + dt.timedelta(days=action.due), group_id=group,
            goal_area_id=self.goals.get(action.goal) if action.goal else None,
        ).value

    def _follow_up(self, office: _OfficeCtx, spec: _Retro, rk: str, t0: dt.datetime) -> None:
        """What happened to the actions between this retrospective and the next."""
        tl = self.tl
        for a, action in enumerate(spec.actions):
            ak = f"{rk}:action{a}"
            if action.follow in ("done_effective", "done_not_effective"):
                when = tl.pick(t0 + dt.timedelta(days=3), t0 + dt.timedelta(days=9), 1)[0]
                self.op(when, retro_ops.update_action, _Id(ak), status="done")
            elif action.follow == "card":
                assert office.kanban is not None
                board = office.kanban
                card_key = f"{ak}:card"
                t_card = tl.local(t0.astimezone().date() + dt.timedelta(days=3), 9)

                def to_card(ak: str = ak, card_key: str = card_key, board: _BoardCtx = board,
                            owner: int = office.members[action.owner]) -> None:
                    self.refs[card_key] = retro_ops.action_to_card(
                        self.s, self.refs[ak].id, board.board_id, board.columns[1],
                        actor_id=owner).value

                self.call(t_card, to_card)
                times = tl.pick(t_card + dt.timedelta(hours=4), t_card + dt.timedelta(days=8), 2)
                self._moves(card_key, board, (2, 4), times, office.members[action.owner])
                self.card_op(times[0] + dt.timedelta(minutes=30), card_key, card_ops.add_comment,
                             "Rückmeldekarte liegt am Servicepunkt aus.",
                             author_id=office.members[action.owner])
                self.op(times[1] + dt.timedelta(minutes=5), retro_ops.update_action, _Id(ak),
                        status="done")

    def _review(self, previous: str, rk: str, t: Callable[[], dt.datetime]) -> None:
        spec = next(r for o in OFFICES for r in _cached(o).retros if r.key == previous)
        for a, action in enumerate(spec.actions):
            ak = f"retro:{previous}:action{a}"
            fields: dict[str, Any] = {}
            if action.follow in ("done_effective", "card"):
                fields = {"outcome": "effective"}
            elif action.follow == "done_not_effective":
                fields = {"outcome": "not_effective"}
            elif action.follow == "dropped":
                fields = {"status": "dropped"}
            if fields:
                self.op(t(), retro_ops.update_action, _Id(ak), reviewed_in_retro_id=_Id(rk),
                        **fields)

    # ----------------------------------------------------------------- solutions

    def solution(self, index: int, spec: _Solution) -> None:
        office = self.offices[spec.office]
        key = f"solution{index}"
        first_days, _, _ = spec.steps[0]
        t_created = self.tl.days_ago(first_days, 11, 15)
        self.call(t_created, self.keep(
            key, solution_ops.create_solution, office.site.id, spec.title,
            problem=spec.problem, context=spec.context, approach=spec.approach,
            goal_area_id=self.goals[spec.goal], contact_role=spec.contact_role,
            evidence=spec.evidence,
        ))
        if spec.partners:
            self.card_op(t_created + dt.timedelta(minutes=2), key,
                         solution_ops.set_solution_partners,
                         [office.partners[p] for p in spec.partners])
        for days, status, note in spec.steps[1:]:
            self.card_op(self.tl.days_ago(days, 14, 30), key, solution_ops.set_solution_status,
                         status, note)
        if spec.adoption is not None:
            code, days, note = spec.adoption
            adopter = self.offices[code]
            when = self.tl.days_ago(days, 10)
            self.card_op(when, key, solution_ops.record_adoption, adopter.site.uuid,
                         adopter.spec.name, when.astimezone().date(), note)
        for kind, target in spec.links:
            self.call(self.tl.latest - dt.timedelta(minutes=5),
                      partial(self._link, key, kind, target))

    def _link(self, key: str, kind: str, target: str) -> None:
        if kind == "card":
            card = self.s.get_one(Card, self.refs[self.card_keys[target]].id)
            target_uuid = card.uuid
        elif kind == "board":
            target_uuid = self.s.get_one(Board, self.refs[f"board:{target}"].id).uuid
        else:
            target_uuid = self.refs[f"retro:{target}"].uuid
        solution_ops.link_solution(self.s, self.refs[key].id, kind, target_uuid)


_OFFICE_CACHE: dict[Callable[[], _Office], _Office] = {}


def _cached(factory: Callable[[], _Office]) -> _Office:
    if factory not in _OFFICE_CACHE:
        _OFFICE_CACHE[factory] = factory()
    return _OFFICE_CACHE[factory]


# =========================================================================== entry point


def demo_short_codes() -> tuple[str, ...]:
    return tuple(_cached(o).code for o in OFFICES)


def summary(session: Session) -> dict[str, int]:
    """Counts of what the demo offices hold (zero everywhere if the demo is not loaded)."""
    site_ids = list(session.scalars(select(Site.id).where(Site.short_code.in_(demo_short_codes()))))
    boards = select(Board.id).where(Board.site_id.in_(site_ids))
    retros = select(Retrospective.id).where(Retrospective.site_id.in_(site_ids))

    def count(model: Any, *where: Any) -> int:
        return int(session.scalar(select(func.count()).select_from(model).where(*where)) or 0)

    return {
        "sites": len(site_ids),
        "members": count(Member, Member.site_id.in_(site_ids)),
        "partners": count(Partner, Partner.site_id.in_(site_ids)),
        "boards": count(Board, Board.site_id.in_(site_ids)),
        "cards": count(Card, Card.board_id.in_(boards)),
        "card_events": count(CardEvent, CardEvent.board_id.in_(boards)),
        "sprints": count(Sprint, Sprint.board_id.in_(boards)),
        "retrospectives": len(list(session.scalars(retros))),
        "retro_items": count(RetroItem, RetroItem.retro_id.in_(retros)),
        "action_items": count(ActionItem, ActionItem.site_id.in_(site_ids)),
        "solution_approaches": count(SolutionApproach, SolutionApproach.site_id.in_(site_ids)),
    }


def load_demo(session: Session) -> DemoResult:
    """Create the demo offices with eight weeks of history ending now; once only."""
    codes = demo_short_codes()
    if session.scalar(select(Site.id).where(Site.short_code == codes[0])) is not None:
        return DemoResult(created=False, summary=summary(session))
    taken = session.scalar(select(Site.short_code).where(Site.short_code.in_(codes[1:])))
    if taken is not None:
        raise ValidationError(
            f"Die Demodaten können nicht geladen werden: Das Kürzel „{taken}“ ist schon an "
            "eine andere Dienststelle vergeben."
        )
    builder = _Builder(session, clock.utcnow())
    offices = [builder.setup_office(_cached(factory)) for factory in OFFICES]
    for office in offices:
        for index, card in enumerate(office.spec.kanban_cards):
            builder.kanban_card(office, index, card)
        builder.scrum_board(office)
        for retro in office.spec.retros:
            builder.retro(office, retro)
    for index, solution in enumerate(SOLUTIONS):
        builder.solution(index, solution)
    builder.run()
    session.flush()
    return DemoResult(created=True, summary=summary(session))
