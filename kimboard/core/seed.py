"""Reference data every kimboard database has: the KIM goal areas and built-in retro templates.

Both carry fixed UUIDs (uuid5 of their key) so that they mean the same thing in every office's
database and bundles can refer to them. :func:`ensure_reference_data` is idempotent.
"""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from kimboard.core.models import GoalArea, RetroPrompt, RetroTemplate

_NS = uuid.UUID("6f1c3f0e-5d55-4b8e-9a58-0d2a4b0f7a11")


def fixed_uuid(kind: str, key: str) -> str:
    return str(uuid.uuid5(_NS, f"{kind}:{key}"))


#: The seven KIM goal areas of the programme (MISSION.md), in their order.
GOAL_AREAS: tuple[tuple[str, str, str], ...] = (
    ("selbstverstaendnis", "Selbstverständnis",
     "Die Ausländerbehörde versteht sich als proaktive Akteurin des kommunalen "
     "Integrationsmanagements."),
    ("netzwerkpartner", "Aktiver Netzwerkpartner",
     "Etablierte Zusammenarbeit mit Jobcenter, Kommunalem Integrationszentrum, "
     "Beratungsstellen, Arbeitgebern und weiteren Partnern."),
    ("zusammenarbeit", "Zusammenarbeit mit Bezirksregierungen und Land",
     "Bessere Zusammenarbeit zwischen Ausländerbehörden, Bezirksregierungen und Ministerium."),
    ("lernprozess", "Lernprozess mit agilen Methoden",
     "Ein andauernder Lernprozess, begleitet mit agilen Arbeitsmethoden."),
    ("fuehrung", "Führungskompetenz",
     "Führungskräfte werden in ihren Führungskompetenzen gestärkt."),
    ("diversitaet", "Interkulturelle Öffnung und Diversität",
     "Interkulturelle Öffnung und Diversitätskompetenz der Behörde."),
    ("herausforderungen", "Individuelle Herausforderungen",
     "Lösungsansätze für die eigenen Herausforderungen entwickeln, erproben und umsetzen."),
)

_GREEN, _RED, _BLUE, _AMBER, _PURPLE, _TEAL = (
    "#15803d", "#b91c1c", "#1d4ed8", "#b45309", "#7e22ce", "#0f766e",
)

#: Built-in retrospective templates: key, name, description, prompts (title, description, colour).
RETRO_TEMPLATES: tuple[tuple[str, str, str, tuple[tuple[str, str, str], ...]], ...] = (
    ("start_stop_continue", "Start/Stop/Continue",
     "Was sollten wir anfangen, lassen, beibehalten?",
     (("Anfangen", "Was sollten wir neu ausprobieren?", _GREEN),
      ("Aufhören", "Was sollten wir lassen?", _RED),
      ("Weitermachen", "Was hat sich bewährt?", _BLUE))),
    ("mad_sad_glad", "Mad/Sad/Glad", "Gefühle zur letzten Zeit sichtbar machen.",
     (("Verärgert", "Was hat mich geärgert?", _RED),
      ("Traurig", "Was hat mich enttäuscht?", _BLUE),
      ("Froh", "Worüber habe ich mich gefreut?", _GREEN))),
    ("4l", "4L", "Liked, Learned, Lacked, Longed for.",
     (("Gefallen", "Was hat mir gefallen?", _GREEN),
      ("Gelernt", "Was habe ich gelernt?", _BLUE),
      ("Gefehlt", "Was hat gefehlt?", _AMBER),
      ("Gewünscht", "Was wünsche ich mir?", _PURPLE))),
    ("sailboat", "Segelboot", "Wind, Anker, Felsen und Insel: was treibt uns, was bremst uns?",
     (("Wind", "Was treibt uns voran?", _GREEN),
      ("Anker", "Was hält uns auf?", _RED),
      ("Felsen", "Welche Risiken sehen wir?", _AMBER),
      ("Insel", "Wo wollen wir hin?", _BLUE))),
    ("starfish", "Seestern", "Mehr, weniger, anfangen, aufhören, beibehalten.",
     (("Mehr davon", "Was sollten wir öfter tun?", _GREEN),
      ("Weniger davon", "Was sollten wir seltener tun?", _AMBER),
      ("Anfangen", "Was sollten wir neu beginnen?", _BLUE),
      ("Aufhören", "Was sollten wir lassen?", _RED),
      ("Beibehalten", "Was läuft gut so?", _TEAL))),
    ("kundenperspektive", "Kundenperspektive",
     "Die Arbeit aus Sicht der Menschen betrachten, die zu uns kommen.",
     (("Was erleben Kundinnen und Kunden bei uns?", "Wege, Wartezeiten, Verständlichkeit", _BLUE),
      ("Wo entstehen Hürden?", "Sprache, Termine, Unterlagen, Zuständigkeiten", _RED),
      ("Was hilft ihnen wirklich?", "Gute Beispiele aus unserem Alltag", _GREEN),
      ("Was probieren wir aus?", "Kleine Schritte für die nächsten Wochen", _PURPLE))),
    ("netzwerkpartner", "Zusammenarbeit mit Netzwerkpartnern",
     "Jobcenter, Kommunales Integrationszentrum, Beratungsstellen, Arbeitgeber.",
     (("Was lief gut mit unseren Partnern?", "", _GREEN),
      ("Wo hakt die Zusammenarbeit?", "Schnittstellen, Informationsfluss", _RED),
      ("Wen sollten wir einbinden?", "Fehlende Partner oder Kontakte", _BLUE),
      ("Nächste gemeinsame Schritte", "", _PURPLE))),
    ("diversitaet", "Diversität und interkulturelle Öffnung",
     "Wie offen und vielfältig arbeiten wir – nach innen und nach außen?",
     (("Was gelingt uns schon?", "", _GREEN),
      ("Wo stoßen wir an Grenzen?", "Sprache, Routinen, Haltung", _AMBER),
      ("Was haben wir gelernt?", "", _BLUE),
      ("Was verändern wir?", "", _PURPLE))),
    ("fuehrung", "Führung",
     "Führung im Team: Orientierung, Unterstützung, Entscheidungen.",
     (("Was gibt uns Orientierung?", "", _GREEN),
      ("Wo fehlt Unterstützung?", "", _RED),
      ("Welche Entscheidungen brauchen wir?", "", _AMBER),
      ("Was wünschen wir uns von Führung?", "", _BLUE))),
)


def ensure_reference_data(session: Session) -> None:
    """Add the goal areas and built-in templates that are missing; touch nothing else."""
    have = set(session.scalars(select(GoalArea.key)))
    for position, (key, name, description) in enumerate(GOAL_AREAS):
        if key not in have:
            session.add(GoalArea(key=key, name=name, description=description,
                                 position=position, uuid=fixed_uuid("goal_area", key)))
    have_templates = set(session.scalars(select(RetroTemplate.key).where(RetroTemplate.builtin)))
    for key, name, description, prompts in RETRO_TEMPLATES:
        if key in have_templates:
            continue
        template = RetroTemplate(key=key, name=name, description=description, builtin=True,
                                 uuid=fixed_uuid("retro_template", key))
        template.prompts = [
            RetroPrompt(title=title, description=desc, color=color, position=i,
                        uuid=fixed_uuid("retro_prompt", f"{key}:{i}"))
            for i, (title, desc, color) in enumerate(prompts)
        ]
        session.add(template)
    session.flush()
