"""Realistic German kimboard data at scale, fast: one big Kanban board of N active cards plus
smaller boards, sprints and retrospectives in four fictional offices, with weeks of history.

Rows go in with SQLAlchemy Core bulk inserts (``insert(table)`` + executemany) inside one
transaction, never through the per-card operations: 100,000 cards with their events take
seconds instead of the hour the ORM path would need. Order keys come from
``fractional_indexing.generate_n_keys_between`` exactly as the core makes them; the search
index is filled by :func:`kimboard.core.search.rebuild`. A generated database must pass
``kimboard check`` (:func:`kimboard.core.check.run_check`).

Generated files are cached (see :func:`dataset`) under a key of the size, the seed, the
schema head and a hash of this file, so a second run reuses them and a change to the
generator or the schema makes a new one.

Content is fictional and never about clients: tasks of an immigration office
(Ausländerbehörde) and of the KIM programme, staff names, partner organisations with
``.example`` mailboxes. The same seed always gives the same content (timestamps are relative
to the moment of generation).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import os
import random
import shutil
import tempfile
import time
import uuid as uuid_mod
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from fractional_indexing import generate_n_keys_between
from sqlalchemy import Connection, Table, insert, text

DEFAULT_SEED = 20241107
#: Bump when the shape of the generated data changes in a way the source hash would miss.
GENERATOR_VERSION = 1

# =========================================================================== content

CITIES = (
    ("Münster", "ABH-MS", "Bezirksregierung Münster"),
    ("Bielefeld", "ABH-BI", "Bezirksregierung Detmold"),
    ("Dortmund", "ABH-DO", "Bezirksregierung Arnsberg"),
    ("Köln", "ABH-K", "Bezirksregierung Köln"),
)

FIRST_NAMES = (
    "Anna", "Jörg", "Sabine", "Mehmet", "Katharina", "Lukas", "Ayşe", "Thomas", "Fatma",
    "Jürgen", "Marta", "Stefan", "Olga", "Björn", "Leonie", "Hüseyin", "Petra", "Jan",
    "Ewa", "Dirk", "Nadine", "Ömer", "Ursula", "Tobias", "Lena", "Dimitrios", "Claudia",
    "Maximilian", "Svenja", "Krzysztof", "Gül", "Frank", "Irina", "Matthias", "Sophie",
)
LAST_NAMES = (
    "Müller", "Schäfer", "Yılmaz", "Kowalski", "Groß", "Öztürk", "Nguyen", "Wagner",
    "Hoffmann", "Becker", "Schröder", "Nowak", "Weiß", "Krämer", "Papadopoulos", "Kaya",
    "Lange", "Böhm", "Schulze", "Fuchs", "Demir", "Zimmermann", "Jovanović", "Brüggemann",
    "Köhler", "Petrović", "Hübner", "Meißner", "Arslan", "Vogt",
)
ROLES = (
    "Sachbearbeitung Aufenthalt", "Sachbearbeitung Einbürgerung", "Teamleitung",
    "Sachbearbeitung Fachkräfteeinwanderung", "Servicecenter", "KIM-Case-Management",
    "Abteilungsleitung", "Koordination KIM",
)
TEAMS = ("Team Aufenthalt", "Team Einbürgerung", "Team Fachkräfte")

PARTNERS = (
    ("Jobcenter {city}", "jobcenter", "Integrationsfachdienst",
     "poststelle@jobcenter-{slug}.example"),
    ("Agentur für Arbeit {city}", "agentur_fuer_arbeit", "Arbeitsmarktzulassung",
     "arbeitsmarktzulassung@aa-{slug}.example"),
    ("Kommunales Integrationszentrum {city}", "kommunales_integrationszentrum",
     "Koordination", "ki@{slug}.example"),
    ("Migrationsberatung für Erwachsene {city}", "beratungsstelle", "Beratung",
     "mbe@beratung-{slug}.example"),
    ("IHK-Anerkennungsberatung {city}", "kammer", "Anerkennungsberatung",
     "anerkennung@ihk-{slug}.example"),
    ("Volkshochschule {city}", "bildungstraeger", "Integrationskurse",
     "integrationskurse@vhs-{slug}.example"),
    ("Sozialamt {city}", "sozialamt", "Leistungsabteilung", "sozialamt@{slug}.example"),
)

PROCEDURES = (
    "Niederlassungserlaubnis", "Aufenthaltserlaubnis § 18a", "Blaue Karte EU",
    "Einbürgerungsantrag", "Familiennachzug", "Fiktionsbescheinigung", "Duldung",
    "Ausbildungsduldung", "Beschäftigungsduldung", "Chancenkarte", "Westbalkanregelung",
    "Verpflichtungserklärung", "Passersatzpapiere", "eAT-Ausgabe",
    "Beschleunigtes Fachkräfteverfahren", "Anerkennung Berufsabschluss",
    "Wohnsitzauflage", "Aufenthaltserlaubnis § 25 Abs. 5", "Chancen-Aufenthaltsrecht § 104c",
    "Studium § 16b", "Saisonbeschäftigung", "Daueraufenthalt EU", "Spurwechsel",
    "Aufenthaltserlaubnis § 19c", "Verlängerung Aufenthaltstitel", "Übertrag Aufenthaltstitel",
)
TASKS = (
    "Unterlagen nachfordern", "Antrag prüfen", "Vorsprache terminieren",
    "Zustimmung der Bundesagentur einholen", "Stellungnahme Jobcenter anfragen",
    "Bescheid entwerfen", "Vier-Augen-Prüfung", "Akte digitalisieren",
    "Rückfrage beim Arbeitgeber", "Sicherheitsabfrage anstoßen", "Gebühren prüfen",
    "Dolmetschung organisieren", "Vorabzustimmung erteilen", "Frist überwachen",
    "An Kommunales Integrationszentrum übergeben", "Beratungstermin abstimmen",
    "Identität klären", "Sprachnachweis prüfen", "Lebensunterhalt berechnen",
    "Anhörung vorbereiten",
)
IMPROVEMENTS = (
    "Wartezeiten in der Terminvergabe auswerten", "Checkliste Erstberatung überarbeiten",
    "Textbausteine in leichter Sprache erstellen", "Schulung interkulturelle Kompetenz planen",
    "Fallkonferenz mit Jobcenter vorbereiten", "Servicecenter-Leitfaden aktualisieren",
    "Online-Terminbuchung testen", "Merkblatt Familiennachzug übersetzen lassen",
    "Retrospektive des Teams vorbereiten", "Prozesslandkarte Einbürgerung zeichnen",
    "Vertretungsregelung klären", "Austausch mit Nachbarbehörde organisieren",
    "Kennzahlen für die Lenkungsgruppe zusammenstellen", "Einarbeitungsplan neue Kolleginnen",
)
DESC_SENTENCES = (
    "Die Unterlagen sind unvollständig; es fehlen der Nachweis der Krankenversicherung "
    "und die aktuelle Meldebescheinigung.",
    "Frist zur Vorlage bis {date}, danach Entscheidung nach Aktenlage.",
    "Rückmeldung des Arbeitgebers steht noch aus, Ansprechpartner ist die Personalabteilung.",
    "Die Zustimmung der Bundesagentur für Arbeit wurde über das Portal beantragt.",
    "Bitte die Bearbeitung mit dem {partner} abstimmen.",
    "Termin zur Vorsprache ist vereinbart; Dolmetschung wird benötigt.",
    "Vorgang wurde aus dem Servicecenter übernommen, Erstberatung ist erfolgt.",
    "Für die Entscheidung braucht es eine Vier-Augen-Prüfung durch die Teamleitung.",
    "Der Sprachnachweis (Niveau B1) liegt vor, das Zertifikat ist geprüft.",
    "Die Berechnung des Lebensunterhalts ergibt einen Fehlbetrag, bitte neu prüfen.",
    "Gebührenbescheid ist versandt, Zahlungseingang noch offen.",
    "Akte liegt noch in Papierform vor und wird vor der Bearbeitung digitalisiert.",
    "Es handelt sich um ein beschleunigtes Fachkräfteverfahren nach § 81a AufenthG.",
    "Passersatzpapiere wurden bei der Botschaft angefragt, Antwort ausstehend.",
    "Die Sicherheitsabfrage ist ohne Erkenntnisse zurückgekommen.",
    "Übergabe an das Kommunale Integrationszentrum für die weitere Begleitung.",
    "Ergebnis bitte in der nächsten Teambesprechung kurz vorstellen.",
    "Vorlage für den Bescheid liegt im Teamlaufwerk unter Vorlagen/Bescheide.",
    "Anhörung nach § 28 VwVfG ist erforderlich, Entwurf folgt.",
    "Wichtig für die Kennzahlen des KIM-Programms (Zielbereich Netzwerkpartner).",
)
COMMENTS = (
    "Entwurf liegt im Teamlaufwerk, bitte gegenlesen.",
    "Rückmeldung vom Partner ist da – passt so.",
    "Bitte in der nächsten Teambesprechung kurz vorstellen.",
    "Ich übernehme die Abstimmung mit der Teamleitung.",
    "Unterlagen sind heute per Post eingegangen.",
    "Termin wurde auf nächste Woche verschoben.",
    "Zustimmung der Bundesagentur liegt vor.",
    "Noch keine Antwort vom Arbeitgeber, ich hake nach.",
    "Gebühr ist bezahlt, Bescheid kann raus.",
    "Dolmetscherin für Arabisch ist für Donnerstag gebucht.",
    "Akte ist digitalisiert und im DMS abgelegt.",
    "Vier-Augen-Prüfung erledigt, keine Einwände.",
    "Rückfrage an das Jobcenter gestellt, Antwort bis Freitag zugesagt.",
    "Bitte Frist im Kalender eintragen.",
    "Das Merkblatt in leichter Sprache hat geholfen, weniger Rückfragen.",
)
CHECKLIST = (
    "Pass oder Passersatz liegt vor", "Biometrisches Lichtbild", "Meldebescheinigung",
    "Nachweis Krankenversicherung", "Arbeitsvertrag", "Einkommensnachweise",
    "Mietvertrag", "Sprachnachweis B1", "Gebühr bezahlt", "Zustimmung BA",
)
BLOCK_REASONS = (
    "Warten auf Unterlagen", "Rückmeldung Bundesagentur ausstehend", "Sicherheitsabfrage läuft",
    "Dolmetschung fehlt", "Passersatzpapiere bei der Botschaft angefragt",
)
LABELS = (
    ("Einbürgerung", "#1d4ed8"), ("Aufenthaltstitel", "#15803d"), ("Fachkräfte", "#0f766e"),
    ("Dringend", "#b91c1c"), ("Rückfrage", "#b45309"), ("Dokumente fehlen", "#7e22ce"),
    ("Familiennachzug", "#be185d"), ("Netzwerk", "#4338ca"),
)
KANBAN_COLUMNS = (  # name, kind, wip limit, share of a big board's active cards
    ("Eingang", "backlog", None, 0.22),
    ("Zu erledigen", "todo", None, 0.12),
    ("In Arbeit", "in_progress", None, 0.05),
    ("Abstimmung mit Partnern", "in_progress", None, 0.03),
    ("Erledigt", "done", None, 0.58),
)
SCRUM_COLUMNS = (
    ("Product Backlog", "backlog", None, 0.40),
    ("Sprint-Backlog", "todo", None, 0.08),
    ("In Arbeit", "in_progress", 4, 0.05),
    ("Review", "in_progress", None, 0.03),
    ("Erledigt", "done", None, 0.44),
)
LANES = ("Aufenthalt", "Einbürgerung", "Fachkräfte")
RETRO_TEXTS = {
    0: ("Fallkonferenzen mit dem Jobcenter monatlich", "Textbausteine in leichter Sprache",
        "Vertretungsplan sichtbar machen", "Kurze Stand-ups am Montag"),
    1: ("Doppelte Datenerfassung", "Ungeplante Vorsprachen am Freitag",
        "Mails ohne Betreff an das Funktionspostfach"),
    2: ("Offene Sprechstunde mit der Migrationsberatung", "Vier-Augen-Prüfung im Team",
        "Board in der Teambesprechung", "Checkliste Erstberatung"),
}
ACTIONS = (
    "Termin mit dem Jobcenter für eine gemeinsame Fallkonferenz vereinbaren",
    "Textbausteine für Nachforderungen überarbeiten",
    "Vertretungsplan im Teamkalender pflegen",
    "Merkblatt Familiennachzug in drei Sprachen bereitstellen",
)
HISTORY_DAYS = 84  # twelve weeks of history


# =========================================================================== data shapes


@dataclass
class Dataset:
    """A generated database and what the figures need to find in it."""

    path: Path
    n_cards: int  # active cards on the big board
    total_cards: int
    events: int
    site_id: int
    site_uuid: str
    board_id: int
    board_uuid: str
    #: column id -> active card count on the big board
    column_counts: dict[int, int]
    seconds: float  # generation time (of the run that made the file)
    from_cache: bool = False
    counts: dict[str, int] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        d = asdict(self)
        d["path"] = str(self.path)
        d["column_counts"] = {str(k): v for k, v in self.column_counts.items()}
        return d

    @classmethod
    def from_json(cls, d: dict[str, Any], path: Path) -> Dataset:
        d = dict(d)
        d["path"] = path
        d["column_counts"] = {int(k): v for k, v in d["column_counts"].items()}
        d["from_cache"] = True
        return cls(**d)


class _Ids:
    """Explicit primary keys, so rows can refer to each other without RETURNING."""

    def __init__(self, conn: Connection, tables: Sequence[str]) -> None:
        self._next = {
            t: int(conn.execute(text(f"SELECT coalesce(max(id), 0) FROM {t}")).scalar_one()) + 1
            for t in tables
        }

    def take(self, table: str) -> int:
        i = self._next[table]
        self._next[table] = i + 1
        return i


def _split(n: int, shares: Sequence[float]) -> list[int]:
    """``n`` split by ``shares``, rounded so that the parts add up to ``n``."""
    raw = [n * s / sum(shares) for s in shares]
    parts = [math.floor(x) for x in raw]
    for i in sorted(range(len(raw)), key=lambda i: raw[i] - parts[i], reverse=True)[
        : n - sum(parts)
    ]:
        parts[i] += 1
    return parts


class _Builder:
    """Accumulates rows per table; :meth:`flush` writes them with executemany."""

    def __init__(self, conn: Connection, seed: int, now: dt.datetime) -> None:
        from kimboard.core import models as m

        self.conn = conn
        self.m = m
        self.rng = random.Random(seed)
        self.now = now
        self.rows: dict[str, list[dict[str, Any]]] = {}
        self.written: dict[str, int] = {}
        self.ids = _Ids(conn, [
            "sites", "teams", "members", "partners", "boards", "board_columns", "swimlanes",
            "labels", "cards", "checklist_items", "comments", "card_events", "sprints",
            "retrospectives", "retro_groups", "retro_items", "retro_votes", "retro_ratings",
            "action_items",
        ])
        self.tables: dict[str, Table] = dict(m.Base.metadata.tables)  # type: ignore[arg-type]
        self.goal_area_ids = [r[0] for r in conn.execute(
            text("SELECT id FROM goal_areas ORDER BY position"))]
        tpl = conn.execute(text(
            "SELECT t.id, p.id FROM retro_templates t JOIN retro_prompts p "
            "ON p.template_id = t.id WHERE t.key = 'start_stop_continue' ORDER BY p.position"
        )).all()
        self.template_id = tpl[0][0] if tpl else None
        self.prompt_ids = [p for _t, p in tpl]

    # ------------------------------------------------------------------ basics

    def uuid(self) -> str:
        return str(uuid_mod.UUID(int=self.rng.getrandbits(128), version=4))

    def add(self, table: str, row: dict[str, Any]) -> None:
        self.rows.setdefault(table, []).append(row)

    def traveller(self, table: str, origin: str | None, when: dt.datetime,
                  updated: dt.datetime | None = None) -> dict[str, Any]:
        return {"id": self.ids.take(table), "uuid": self.uuid(), "created_at": when,
                "updated_at": updated or when, "origin_site_uuid": origin}

    def flush(self, *tables: str) -> None:
        """Write the collected rows (parents before children: foreign keys are on)."""
        for name in tables or list(self.rows):
            rows = self.rows.pop(name, [])
            if not rows:
                continue
            table = self.tables[name]
            unknown = set(rows[0]) - set(table.c.keys())
            if unknown:
                raise RuntimeError(f"generator out of date: {name} has no {sorted(unknown)}")
            stmt = insert(table)
            for i in range(0, len(rows), 50_000):
                self.conn.execute(stmt, rows[i:i + 50_000])
            self.written[name] = self.written.get(name, 0) + len(rows)

    def at(self, days_ago: float) -> dt.datetime:
        return self.now - dt.timedelta(days=days_ago)

    # ------------------------------------------------------------------ offices

    def site(self, index: int) -> dict[str, Any]:
        city, code, region = CITIES[index % len(CITIES)]
        if index >= len(CITIES):
            code = f"{code}-{index}"
        when = self.at(HISTORY_DAYS + 30)
        row = self.traveller("sites", None, when)
        row["origin_site_uuid"] = row["uuid"]
        row.update(name=f"Ausländerbehörde {city}", short_code=code, region=region,
                   is_local=True, archived_at=None,
                   pseudonym_key=f"{self.rng.getrandbits(256):064x}")
        self.add("sites", row)
        site = {"id": row["id"], "uuid": row["uuid"], "city": city,
                "slug": city.lower().replace("ü", "ue").replace("ö", "oe"), "when": when}
        teams = []
        for name in TEAMS:
            t = self.traveller("teams", site["uuid"], when)
            t.update(site_id=site["id"], name=name, archived_at=None)
            self.add("teams", t)
            teams.append(t["id"])
        members = []
        for i in range(14):
            mrow = self.traveller("members", site["uuid"], when)
            name = f"{self.rng.choice(FIRST_NAMES)} {self.rng.choice(LAST_NAMES)}"
            mrow.update(site_id=site["id"], team_id=teams[i % len(teams)], display_name=name,
                        role=ROLES[i % len(ROLES)], active=i != 13, erased_at=None)
            self.add("members", mrow)
            members.append(mrow["id"])
        partners = []
        for name, kind, role, mailbox in PARTNERS:
            p = self.traveller("partners", site["uuid"], when)
            p.update(site_id=site["id"], name=name.format(city=city), kind=kind,
                     contact_role=role, mailbox=mailbox.format(slug=site["slug"]),
                     notes="", archived_at=None, version=1)
            self.add("partners", p)
            partners.append((p["id"], p["name"]))
        site.update(teams=teams, members=members, partners=partners)
        return site

    # ------------------------------------------------------------------ boards

    def board(self, site: dict[str, Any], name: str, mode: str, columns: Sequence[Any],
              lanes: Sequence[str] = ()) -> dict[str, Any]:
        when = site["when"]
        row = self.traveller("boards", site["uuid"], when)
        row.update(site_id=site["id"], team_id=site["teams"][0], name=name,
                   description=f"{name} – Board der {site['city']}er Ausländerbehörde",
                   mode=mode, next_card_number=1, archived_at=None, version=1)
        self.add("boards", row)
        board = {"id": row["id"], "uuid": row["uuid"], "row": row, "site": site,
                 "columns": [], "lanes": [], "labels": [], "number": 0}
        for pos, (cname, kind, wip, _share) in enumerate(columns):
            c = self.traveller("board_columns", site["uuid"], when)
            c.update(board_id=board["id"], name=cname, position=pos, kind=kind, wip_limit=wip,
                     wip_mode="soft", version=1)
            self.add("board_columns", c)
            board["columns"].append(c["id"])
        for pos, lname in enumerate(lanes):
            s = self.traveller("swimlanes", site["uuid"], when)
            s.update(board_id=board["id"], name=lname, position=pos)
            self.add("swimlanes", s)
            board["lanes"].append(s["id"])
        for lname, color in LABELS:
            lb = self.traveller("labels", site["uuid"], when)
            lb.update(board_id=board["id"], name=lname, color=color)
            self.add("labels", lb)
            board["labels"].append(lb["id"])
        return board

    # ------------------------------------------------------------------ cards

    def _title(self) -> str:
        rng = self.rng
        if rng.random() < 0.15:
            return rng.choice(IMPROVEMENTS)
        return f"{rng.choice(PROCEDURES)}: {rng.choice(TASKS)}"

    def _description(self, partners: Sequence[tuple[int, str]], created: dt.datetime) -> str:
        rng = self.rng
        if rng.random() < 0.15:
            return ""
        parts = []
        for s in rng.sample(DESC_SENTENCES, rng.randint(1, 3)):
            parts.append(s.format(
                date=(created + dt.timedelta(days=rng.randint(7, 40))).strftime("%d.%m.%Y"),
                partner=rng.choice(partners)[1]))
        return " ".join(parts)

    def _event(self, card: dict[str, Any], kind: str, when: dt.datetime, actor: int | None,
               *, from_col: int | None = None, to_col: int | None = None,
               sprint_id: int | None = None, old: str | None = None,
               new: str | None = None) -> None:
        e = self.traveller("card_events", card["origin_site_uuid"], when)
        e.update(card_id=card["id"], board_id=card["board_id"], kind=kind, at=when,
                 actor_id=actor, from_column_id=from_col, to_column_id=to_col,
                 sprint_id=sprint_id, old_value=old, new_value=new)
        self.add("card_events", e)

    def cards(self, board: dict[str, Any], column_index: int, keys: Sequence[str], *,
              archived: int = 0, sprint: dict[str, Any] | None = None) -> None:
        """Cards in one column (the last ``archived`` of them archived), with history."""
        rng = self.rng
        site = board["site"]
        members = site["members"]
        cols = board["columns"]
        last_col = len(cols) - 1
        done = column_index == last_col
        n = len(keys)
        for i, key in enumerate(keys):
            board["number"] += 1
            is_archived = i >= n - archived
            if done:
                age = rng.uniform(3, HISTORY_DAYS)
            elif column_index == 0:
                age = rng.uniform(0, HISTORY_DAYS) ** 1.0
            else:
                age = rng.uniform(1, HISTORY_DAYS * 0.6)
            if sprint is not None:
                age = min(age, max(0.5, (self.now - sprint["start"]).days + rng.uniform(0, 10)))
            created = self.at(age)
            # the moves from the first column to this one, at sorted random moments
            path = list(range(column_index + 1))
            if done and rng.random() < 0.7 and last_col >= 4:
                path.remove(last_col - 1)  # most cards skip "Abstimmung mit Partnern"
            if len(path) > 2 and rng.random() < 0.06:  # rework: back once, then on again
                j = rng.randint(2, len(path) - 1)
                path[j:j] = [path[j - 2], path[j - 1]]
            span = (self.now - created).total_seconds()
            moments = sorted(rng.uniform(0.05, 0.95) * span for _ in range(len(path) - 1))
            move_times = [created + dt.timedelta(seconds=s) for s in moments]
            actor = rng.choice(members)
            estimate = rng.choice((1.0, 2.0, 3.0, 5.0, 8.0)) if rng.random() < 0.4 else None
            blocked = not done and rng.random() < 0.04
            last = move_times[-1] if move_times else created
            archived_at = (last + dt.timedelta(days=rng.uniform(0.1, 2))) if is_archived else None
            if archived_at is not None and archived_at > self.now:
                archived_at = self.now
            card = self.traveller("cards", site["uuid"], created)
            card.update(
                board_id=board["id"], column_id=cols[column_index],
                swimlane_id=(rng.choice(board["lanes"]) if board["lanes"] and rng.random() < 0.9
                             else None),
                order_key=key, number=board["number"], title=self._title(),
                description=self._description(site["partners"], created),
                priority=rng.choices((0, 1, 2, 3), (15, 65, 15, 5))[0],
                due_date=((created + dt.timedelta(days=rng.randint(7, 45))).date()
                          if rng.random() < 0.3 else None),
                estimate=estimate, blocked=blocked,
                blocked_reason=rng.choice(BLOCK_REASONS) if blocked else "",
                goal_area_id=(rng.choice(self.goal_area_ids)
                              if self.goal_area_ids and rng.random() < 0.35 else None),
                sprint_id=sprint["id"] if sprint else None,
                archived_at=archived_at, version=1,
            )
            self.add("cards", card)
            cid = card["id"]
            self._event(card, "created", created, actor, to_col=cols[0],
                        new=None if estimate is None else str(estimate))
            if sprint is not None:
                added = max(created, sprint["start"]) + dt.timedelta(minutes=rng.randint(5, 600))
                self._event(card, "sprint_added", min(added, self.now), actor,
                            sprint_id=sprint["id"])
                if sprint["start"] <= created or rng.random() < 0.9:
                    self.add("sprint_commitments", {"sprint_id": sprint["id"], "card_id": cid,
                                                    "estimate": estimate})
            for (a, b), when in zip(zip(path, path[1:], strict=False), move_times, strict=True):
                self._event(card, "moved", when, rng.choice(members), from_col=cols[a],
                            to_col=cols[b], sprint_id=sprint["id"] if sprint else None)
            k = rng.choices((0, 1, 2), (20, 60, 20))[0]
            for mid in rng.sample(members, k):
                self.add("card_assignees", {"card_id": cid, "member_id": mid})
                self._event(card, "assigned", created + dt.timedelta(minutes=rng.randint(1, 90)),
                            actor, new=str(mid))
            k = rng.choices((0, 1, 2, 3), (30, 45, 20, 5))[0]
            for lid in rng.sample(board["labels"], k):
                self.add("card_labels", {"card_id": cid, "label_id": lid})
                self._event(card, "labeled", created + dt.timedelta(minutes=rng.randint(1, 90)),
                            actor, new=str(lid))
            if rng.random() < 0.08:
                self.add("card_partners", {"card_id": cid,
                                           "partner_id": rng.choice(site["partners"])[0]})
            if rng.random() < 0.2:
                for pos, item in enumerate(rng.sample(CHECKLIST, rng.randint(2, 5))):
                    c = self.traveller("checklist_items", site["uuid"], created)
                    c.update(card_id=cid, text=item, done=done or rng.random() < 0.4,
                             position=pos)
                    self.add("checklist_items", c)
            k = rng.choices((0, 1, 2, 3), (60, 25, 10, 5))[0]
            for _ in range(k):
                when = created + dt.timedelta(seconds=rng.uniform(0, span))
                author = rng.choice(members)
                c = self.traveller("comments", site["uuid"], when)
                c.update(card_id=cid, author_id=author, body=rng.choice(COMMENTS), version=1)
                self.add("comments", c)
                self._event(card, "commented", when, author, new=c["uuid"])
            if blocked:
                self._event(card, "blocked", last + dt.timedelta(hours=1), actor,
                            new=card["blocked_reason"])
            if archived_at is not None:
                self._event(card, "archived", archived_at, actor, from_col=cols[column_index])
            card["updated_at"] = max(last, archived_at or last)
            if len(self.rows.get("card_events", ())) >= 100_000:  # bound the memory
                self.flush(*[t for t in PARENTS_FIRST if t in self.rows])

    def fill(self, board: dict[str, Any], n_active: int, shares: Sequence[float],
             archived_share: float = 0.03,
             sprint_of: Callable[[int, Sequence[str]], Any] | None = None) -> None:
        counts = _split(n_active, shares)
        for ci, n in enumerate(counts):
            archived = round(n * archived_share) if ci == len(counts) - 1 else 0
            keys = generate_n_keys_between(None, None, n + archived) if n + archived else []
            if sprint_of is None:
                self.cards(board, ci, keys, archived=archived)
            else:  # scrum: split each column's cards over sprints
                for chunk, sprint in sprint_of(ci, keys):
                    self.cards(board, ci, chunk, sprint=sprint)
        board["counts"] = dict(zip(board["columns"], counts, strict=True))

    # ------------------------------------------------------------------ sprints, retros

    def sprints(self, board: dict[str, Any], n: int = 6) -> list[dict[str, Any]]:
        site = board["site"]
        out = []
        today = self.now.date()
        for i in range(n):
            start = today - dt.timedelta(days=14 * (n - 1 - i) + 3)
            end = start + dt.timedelta(days=13)
            active = i == n - 1
            row = self.traveller("sprints", site["uuid"], self.at(14 * (n - i) + 3))
            start_at = dt.datetime.combine(start, dt.time(8, 30), dt.UTC)
            row.update(board_id=board["id"], name=f"Sprint {i + 1}",
                       goal=f"Sprintziel {i + 1}: {self.rng.choice(IMPROVEMENTS)}",
                       start_date=start, end_date=end, state="active" if active else "closed",
                       started_at=start_at,
                       closed_at=(None if active else
                                  dt.datetime.combine(end, dt.time(15, 0), dt.UTC)),
                       goal_reached=None if active else self.rng.random() < 0.7,
                       goal_note="", version=1)
            self.add("sprints", row)
            out.append({"id": row["id"], "start": start_at, "closed": not active})
        return out

    def retros(self, site: dict[str, Any], board: dict[str, Any],
               sprints: Sequence[dict[str, Any]]) -> None:
        rng = self.rng
        for sp in sprints:
            if not sp["closed"]:
                continue
            held = sp["start"] + dt.timedelta(days=13, hours=6)
            r = self.traveller("retrospectives", site["uuid"], held)
            r.update(site_id=site["id"], board_id=board["id"], sprint_id=sp["id"],
                     template_id=self.template_id, title=f"Retrospektive {site['city']}",
                     held_on=held.date(), phase="finished", anonymous=True, vote_budget=3,
                     vote_cap_per_item=2, version=1)
            self.add("retrospectives", r)
            groups = []
            for pos in range(2):
                g = self.traveller("retro_groups", site["uuid"], held)
                g.update(retro_id=r["id"], title=rng.choice(RETRO_TEXTS[pos * 2]),
                         position=pos, discussion_notes="Besprochen, Maßnahme vereinbart.")
                self.add("retro_groups", g)
                groups.append(g["id"])
            items = []
            for pos in range(rng.randint(6, 12)):
                prompt = pos % 3
                it = self.traveller("retro_items", site["uuid"], held)
                it.update(retro_id=r["id"],
                          prompt_id=self.prompt_ids[prompt] if self.prompt_ids else None,
                          group_id=rng.choice(groups) if rng.random() < 0.5 else None,
                          text=rng.choice(RETRO_TEXTS[prompt]), author_id=None, position=pos)
                self.add("retro_items", it)
                items.append(it["id"])
            for _ in range(rng.randint(8, 20)):
                v = self.traveller("retro_votes", site["uuid"], held)
                v.update(retro_id=r["id"], item_id=rng.choice(items), group_id=None,
                         voter_token=self.uuid())
                self.add("retro_votes", v)
            for kind in ("mood", "roti"):
                for _ in range(rng.randint(4, 8)):
                    rt = self.traveller("retro_ratings", site["uuid"], held)
                    rt.update(retro_id=r["id"], kind=kind, value=rng.randint(2, 5))
                    self.add("retro_ratings", rt)
            for gi in groups:
                a = self.traveller("action_items", site["uuid"], held)
                status = rng.choice(("open", "done", "done", "dropped"))
                a.update(site_id=site["id"], retro_id=r["id"], group_id=gi,
                         text=rng.choice(ACTIONS), owner_id=rng.choice(site["members"]),
                         due_date=(held + dt.timedelta(days=14)).date(), status=status,
                         outcome="effective" if status == "done" else None,
                         reviewed_in_retro_id=None,
                         goal_area_id=self.goal_area_ids[3] if self.goal_area_ids else None,
                         card_id=None, version=1)
                self.add("action_items", a)


# =========================================================================== generation

PARENTS_FIRST = (
    "sites", "teams", "members", "partners", "boards", "board_columns", "swimlanes", "labels",
    "sprints", "cards", "card_assignees", "card_labels", "card_partners", "checklist_items",
    "comments", "card_events", "sprint_commitments", "retrospectives", "retro_groups",
    "retro_items", "retro_votes", "retro_ratings", "action_items",
)


def small_board_size(n_cards: int) -> int:
    return max(20, min(600, n_cards // 50))


def fill_search_index(conn: Connection) -> int:
    """Fill the empty search index the way :func:`kimboard.core.search.rebuild` does.

    The same folding and the same rows, but without rebuild's per-card ``DELETE FROM card_fts
    WHERE card_id = ?``: ``card_id`` is an UNINDEXED column, so each of those deletes scans
    the whole index and rebuild grows with the square of the card count (about 10 s for
    10,000 cards, many minutes for 100,000). The smoke test checks that both give the same
    index. Switch back to ``rebuild`` (``index="rebuild"``) once it is linear.
    """
    from kimboard.core import search, sqlite_backend

    sqlite_backend.fts_clear(conn)
    comments: dict[int, list[str]] = {}
    for card_id, body in conn.execute(
        text("SELECT card_id, body FROM comments ORDER BY card_id, id")
    ):
        comments.setdefault(card_id, []).append(body)
    fold = search.fold
    rows: list[dict[str, Any]] = []
    n = 0
    for cid, title, desc in conn.execute(text("SELECT id, title, description FROM cards")):
        rows.append({"card_id": cid, "title": fold(title), "description": fold(desc or ""),
                     "comments": fold("\n".join(comments.get(cid, [])))})
        if len(rows) >= 5000:
            sqlite_backend.fts_insert(conn, rows)
            n += len(rows)
            rows = []
    sqlite_backend.fts_insert(conn, rows)
    return n + len(rows)


def generate(path: Path | str, n_cards: int, *, seed: int = DEFAULT_SEED,
             log: Callable[[str], None] | None = None, index: str = "bulk") -> Dataset:
    """Write a new database at ``path`` (which must not exist) and return what is in it.

    ``index``: "bulk" fills the search index with :func:`fill_search_index`, "rebuild" with
    :func:`kimboard.core.search.rebuild` (same result, quadratic time today).
    """
    from kimboard.core import search
    from kimboard.core.check import run_check
    from kimboard.core.db import Database

    path = Path(path)
    if path.exists():
        raise FileExistsError(path)
    t0 = time.perf_counter()
    say = log or (lambda _m: None)
    db = Database.open(path)  # schema through Alembic, reference data seeded
    try:
        now = dt.datetime.now(dt.UTC).replace(microsecond=0)
        small = small_board_size(n_cards)
        with db.engine.begin() as conn:
            b = _Builder(conn, seed, now)
            sites = [b.site(i) for i in range(len(CITIES))]
            big = b.board(sites[0], "Fallbearbeitung Aufenthalt", "kanban", KANBAN_COLUMNS)
            plan: list[tuple[dict[str, Any], dict[str, Any], str]] = [(sites[0], big, "big")]
            for si, site in enumerate(sites):
                if si > 0:
                    plan.append((site, b.board(site, "Teamboard Einbürgerung und Aufenthalt",
                                               "kanban", KANBAN_COLUMNS, LANES), "kanban"))
                plan.append((site, b.board(site, "KIM-Umsetzung", "scrum", SCRUM_COLUMNS),
                             "scrum"))
            b.flush("sites", "teams", "members", "partners", "boards", "board_columns",
                    "swimlanes", "labels")
            say(f"generating {n_cards:,} cards on the big board (+{small} per other board)")
            for site, board, kind in plan:
                if kind == "big":
                    b.fill(board, n_cards, [c[3] for c in KANBAN_COLUMNS])
                elif kind == "kanban":
                    b.fill(board, small, [c[3] for c in KANBAN_COLUMNS])
                else:
                    sprints = b.sprints(board)
                    b.flush("sprints")
                    closed = [s for s in sprints if s["closed"]]
                    active = sprints[-1]

                    def sprint_of(ci: int, keys: Sequence[str], closed: list[Any] = closed,
                                  active: Any = active) -> list[tuple[Sequence[str], Any]]:
                        if ci == 0:  # product backlog: no sprint
                            return [(keys, None)]
                        if ci < 4:  # in the running sprint
                            return [(keys, active)]
                        parts = _split(len(keys), [1] * len(closed))
                        out: list[tuple[Sequence[str], Any]] = []
                        at = 0
                        for sp, k in zip(closed, parts, strict=True):
                            out.append((keys[at:at + k], sp))
                            at += k
                        return out

                    b.fill(board, small, [c[3] for c in SCRUM_COLUMNS], archived_share=0,
                           sprint_of=sprint_of)
                    b.retros(site, board, sprints)
                b.flush(*[t for t in PARENTS_FIRST if t in b.rows])
            b.flush(*[t for t in PARENTS_FIRST if t in b.rows])
            conn.execute(  # the boards went in before their cards were numbered
                text("UPDATE boards SET next_card_number = :n WHERE id = :id"),
                [{"n": board["number"] + 1, "id": board["id"]} for _s, board, _k in plan],
            )
            say(f"rows written in {time.perf_counter() - t0:.1f} s; building the search index")
            t_idx = time.perf_counter()
            if index == "rebuild":
                search.rebuild(conn)
            else:
                fill_search_index(conn)
            say(f"search index built in {time.perf_counter() - t_idx:.1f} s")
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        t_check = time.perf_counter()
        report = run_check(db)
        say(f"kimboard check in {time.perf_counter() - t_check:.1f} s: "
            f"{'ok' if report.ok else report.problems}")
        if not report.ok:
            raise RuntimeError(f"generated database fails kimboard check: {report.problems}")
    finally:
        db.close()
    written = b.written
    return Dataset(
        path=path, n_cards=n_cards, total_cards=written.get("cards", 0),
        events=written.get("card_events", 0), site_id=sites[0]["id"],
        site_uuid=sites[0]["uuid"], board_id=big["id"], board_uuid=big["uuid"],
        column_counts=big["counts"], seconds=time.perf_counter() - t0, counts=dict(written),
    )


# =========================================================================== cache


def cache_dir() -> Path:
    """``$KIMBOARD_BENCH_CACHE``, else a folder in the system temp directory."""
    env = os.environ.get("KIMBOARD_BENCH_CACHE")
    if env:
        return Path(env)
    user = os.getuid() if hasattr(os, "getuid") else 0
    return Path(tempfile.gettempdir()) / f"kimboard-bench-cache-{user}"


def cache_key(n_cards: int, seed: int) -> str:
    from kimboard.core.migrate import head_revision

    src = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:10]
    return f"cards{n_cards}-seed{seed}-schema{head_revision()}-gen{GENERATOR_VERSION}-{src}"


def dataset(n_cards: int, *, seed: int = DEFAULT_SEED, folder: Path | None = None,
            log: Callable[[str], None] | None = None, refresh: bool = False) -> Dataset:
    """A generated database of ``n_cards``, from the cache when it is there."""
    folder = folder or cache_dir()
    folder.mkdir(parents=True, exist_ok=True)
    key = cache_key(n_cards, seed)
    db_path = folder / f"{key}.sqlite3"
    meta_path = folder / f"{key}.json"
    if not refresh and db_path.exists() and meta_path.exists():
        return Dataset.from_json(json.loads(meta_path.read_text("utf-8")), db_path)
    for old in folder.glob(f"cards{n_cards}-seed{seed}-*"):  # outdated generator or schema
        if not old.name.startswith(key):
            old.unlink(missing_ok=True)
    work = Path(tempfile.mkdtemp(prefix="gen-", dir=folder))
    try:
        ds = generate(work / "db.sqlite3", n_cards, seed=seed, log=log)
        for suffix in ("-wal", "-shm"):
            Path(str(ds.path) + suffix).unlink(missing_ok=True)
        os.replace(ds.path, db_path)
        ds.path = db_path
        meta_path.write_text(json.dumps(ds.to_json(), indent=2), "utf-8")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return ds


def working_copy(ds: Dataset, folder: Path) -> Dataset:
    """A copy of the cached database that a figure may change."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{ds.path.stem}-{len(list(folder.iterdir()))}.sqlite3"
    shutil.copyfile(ds.path, target)
    os.chmod(target, 0o600)
    copy = Dataset(**{**ds.__dict__, "path": target})
    return copy


if __name__ == "__main__":  # python -m benchmarks.generate N [PATH]
    import sys

    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    if len(sys.argv) > 2:
        out = generate(sys.argv[2], n, log=print)
    else:
        out = dataset(n, log=print, refresh=True)
    print(json.dumps(out.to_json(), indent=2))
