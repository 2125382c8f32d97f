"""The privacy check before anything leaves the office: free text that looks like personal or
case data of clients.

kimboard's cards are about the office's work, never about clients — but people paste. Before a
bundle or an export leaves the office, :func:`scan_records` looks through every free text and
reports what looks like an e-mail address, a phone number, an IBAN, a date of birth, a file
number (Aktenzeichen), an AZR number or a postal address, with where it was found. The user
then edits the text, leaves comments out, or continues: the check warns, it never decides.

The rules (and their known limits) in short — each detector is a regular expression plus a
plausibility check, tuned for German office texts, so that the everyday content of a board
("Termin am 12.03.2026 mit dem Jobcenter", "Wartezeit 14 Tage", "Sprint 3", "Raum 2.12",
"Version 19.5.0", "§ 16a AufenthG") is *not* reported:

- ``email``: ``local@domain.tld``. Functional mailboxes (``poststelle@…``) are reported too; the
  user decides. Obfuscated forms ("name (at) example.de") are not found.
- ``phone``: a run of digits with single spaces, ``-`` or ``/`` (and parentheses) that starts like
  a phone number — ``+49``/``0049`` or a national ``0`` followed by an area code — with at least 9
  digits; after a word like "Tel.", "Telefon", "Mobil", "Fax" at least 6 digits. Numbers written
  with dots (``0221.123456``) and numbers without leading 0 (``123 45 67``) are not found.
- ``iban``: two letters, two check digits, 11–30 letters/digits (spaces allowed) that pass the
  mod-97 check with the length of the country (Germany: 22). Mistyped IBANs are not reported.
- ``date_of_birth``: a date (``12.03.1990``, ``12.3.90``, ``1990-03-12``, ``12. März 1990``) that
  is valid and not in the future, right after "geb.", "geboren (am/in …)", "Geburtsdatum",
  "Geb.-Dat.", "DOB", "born", a "*" inside a line (not a list bullet), or right before
  "geboren"/"(geb.)". A bare date is never a finding: cards are full of due dates. Birth dates
  without a year or written out ("im März 1990 geboren") are not found.
- ``aktenzeichen``: (a) the value after a file-number word — "Az.", "AZ:", "Aktenzeichen",
  "Gesch.-Z.", "Geschäftszeichen", "GZ", "Unser/Ihr Zeichen", "Vorgangsnummer", "Fallnummer",
  "Kassenzeichen", "Kundennummer", "BG-Nummer", "Verfahrensnummer" — as long as its parts contain
  digits ("Az. 32.1-1234/2024", "AZ: III/2-45 67/23"); (b) court file numbers without a word
  ("1 K 1234/20", "13 L 456/23.A", "2 BvR 1234/20"); (c) BAMF file numbers ("1234567-438").
  Bare municipal shapes ("32.1-1234/2024" without "Az.") are not found: they look like
  council paper numbers.
- ``azr``: a 12-digit number after "AZR", "AZR-Nr.", "AZR-Nummer" or "Ausländerzentralregister"
  (spaces or dashes between groups allowed), or a bare 12-digit number (not starting with 0,
  which reads as a phone number).
- ``address``: street + house number, optionally ", 50667 Köln": a street word ending in
  -straße/-str./-weg/-allee/-platz/-gasse/-ring/-damm/-ufer/-markt/… ("Musterstraße 12",
  "Kaiser-Wilhelm-Ring 3a", "Hohe Straße 7"), or "Am/Im/An der/Zum/…" + a place word
  ("Am Markt 3", "Im Kamp 5"), or any "Am/Im …" + number followed by a postcode. Compounds that are
  not streets ("Arbeitsplatz 3", "Lösungsweg 2", "Arbeitsmarkt 2025") are left out; streets
  without a suffix ("Unter den Linden 77" is found, "Hansaring" is, "Breite 5" is not) may be
  missed.

Names of people are not detected at all (a name alone is not case data, and no rule tells a
client's name from a colleague's or a partner's); a name next to a birth date is found through
the date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from kimboard.core import clock
from kimboard.core.models import Card, ChecklistItem, Comment

#: German names of the kinds, for the findings list.
KIND_LABELS: dict[str, str] = {
    "email": "E-Mail-Adresse",
    "phone": "Telefonnummer",
    "iban": "IBAN",
    "date_of_birth": "Geburtsdatum",
    "aktenzeichen": "Aktenzeichen",
    "azr": "AZR-Nummer",
    "address": "Anschrift",
}

#: When two findings overlap, the kind listed first wins (an IBAN's digits are no phone).
_PRIORITY = ("iban", "email", "azr", "aktenzeichen", "date_of_birth", "phone", "address")


@dataclass(frozen=True)
class TextRecord:
    """One free text that would leave the office.

    ``entity``: "card", "comment", "checklist_item", "retro_item", "action_item",
    "solution_approach", …; ``uuid``: the row's UUID; ``label``: where, in German, for the user
    (e.g. „Karte #12 „Terminvergabe“ – Beschreibung“); ``field``: the attribute ("description").
    """

    entity: str
    uuid: str
    label: str
    field: str
    text: str


@dataclass(frozen=True)
class Finding:
    """Something in ``record.text[start:end]`` that looks like ``kind``.

    ``excerpt`` is the finding with a little context, on one line, for a list the user reads.
    """

    kind: str
    kind_label: str
    record: TextRecord
    excerpt: str
    start: int
    end: int

    @property
    def matched(self) -> str:
        return self.record.text[self.start : self.end]


# --------------------------------------------------------------------------- e-mail

_EMAIL = re.compile(
    r"(?<![\w.+\-])[A-Za-z0-9ÄÖÜäöüß._%+\-]+@(?:[A-Za-z0-9ÄÖÜäöüß\-]+\.)+[A-Za-z]{2,24}(?![\w@])"
)


def _emails(text: str) -> Iterator[tuple[int, int]]:
    for m in _EMAIL.finditer(text):
        local = m.group().split("@", 1)[0]
        if local.startswith(".") or local.endswith("."):
            continue
        yield m.start(), m.end()


# --------------------------------------------------------------------------- IBAN

#: Lengths of the IBANs of the countries an office meets most; others: 15–34.
_IBAN_LENGTHS = {
    "DE": 22, "AT": 20, "CH": 21, "LI": 21, "NL": 18, "BE": 16, "LU": 20, "FR": 27, "IT": 27,
    "ES": 24, "PT": 25, "PL": 28, "CZ": 24, "SK": 24, "HU": 28, "RO": 24, "BG": 22, "HR": 21,
    "SI": 19, "GR": 27, "DK": 18, "SE": 24, "NO": 15, "FI": 18, "IE": 22, "GB": 22, "TR": 26,
    "UA": 29, "RS": 22, "BA": 20, "AL": 28, "XK": 20, "MK": 19, "ME": 22, "LT": 20, "LV": 21,
    "EE": 20, "CY": 28, "MT": 31, "IS": 26, "SA": 24, "AE": 23, "JO": 30, "LB": 28, "TN": 24,
    "EG": 29, "IQ": 23, "PS": 29, "GE": 22, "AZ": 28, "MD": 24, "BY": 28, "KZ": 20, "PK": 24,
}
_IBAN_RUN = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?:[ \u00a0]?[A-Z0-9]){11,30}")


def _iban_ok(compact: str) -> bool:
    moved = compact[4:] + compact[:4]
    digits = "".join(str(int(ch, 36)) for ch in moved)
    return int(digits) % 97 == 1


def _ibans(text: str) -> Iterator[tuple[int, int]]:
    for m in _IBAN_RUN.finditer(text):
        raw = m.group()
        # Offsets in ``raw`` after each letter/digit: cut candidates there.
        ends: list[int] = []
        for i, ch in enumerate(raw):
            if ch.isalnum():
                ends.append(i + 1)
        compact = "".join(ch for ch in raw if ch.isalnum())
        country = compact[:2]
        lengths = [_IBAN_LENGTHS[country]] if country in _IBAN_LENGTHS else range(34, 14, -1)
        for n in lengths:
            if n > len(compact):
                continue
            end = ends[n - 1]
            after = raw[end : end + 1]
            if after and after.isalnum():
                continue  # would cut a group in the middle
            if _iban_ok(compact[:n]):
                yield m.start(), m.start() + end
                break


def _iban_shapes(text: str) -> list[tuple[int, int]]:
    """Spans that look like an IBAN even when the check fails (no phone numbers in there)."""
    return [(m.start(), m.end()) for m in _IBAN_RUN.finditer(text)]


# --------------------------------------------------------------------------- dates of birth

_MONTHS = {
    "januar": 1, "jan": 1, "jänner": 1, "februar": 2, "feb": 2, "märz": 3, "maerz": 3, "mär": 3,
    "mrz": 3, "april": 4, "apr": 4, "mai": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10,
    "november": 11, "nov": 11, "dezember": 12, "dez": 12,
}
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DATE = re.compile(
    r"(?<![\w.])(?:"
    r"(?P<d>\d{1,2})\.[ \u00a0]?(?P<m>\d{1,2})\.[ \u00a0]?(?P<y>\d{4}|\d{2})"
    r"|(?P<sd>\d{1,2})/(?P<sm>\d{1,2})/(?P<sy>\d{4})"
    r"|(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2})"
    rf"|(?P<td>\d{{1,2}})\.?[ \u00a0](?i:(?P<tm>{_MONTH_RE}))\.?[ \u00a0](?P<ty>\d{{4}})"
    r")(?![\d])(?!\.\d)"
)
_DOB_BEFORE = re.compile(
    r"(?i:(?<![\w])(?:geb\.?[ \u00a0]?-?[ \u00a0]?dat(?:um|\.)?|geb\.|geboren|geb[ \u00a0]am"
    r"|geburtsdatum|geburtstag|gebdat\.?|dob|d\.o\.b\.|date[ \u00a0]of[ \u00a0]birth|born))"
    r"|(?<![\w*])\*(?!\*)"
)
_DOB_GAP = re.compile(
    r"[\s:.,;()\-–/]*"
    r"(?:(?i:am|den|on|in[ \u00a0]+[\wÄÖÜäöüß\-]+(?:[ \u00a0]+am)?)[\s:,]*)?"
)
_DOB_AFTER = re.compile(r"[ \u00a0]*[,(]?[ \u00a0]*(?i:geboren|geb\.)")


def _parse_date(m: re.Match[str]) -> dt.date | None:
    g = m.groupdict()
    try:
        if g["d"]:
            day, month, year = int(g["d"]), int(g["m"]), g["y"]
        elif g["sd"]:
            day, month, year = int(g["sd"]), int(g["sm"]), g["sy"]
        elif g["iy"]:
            day, month, year = int(g["id"]), int(g["im"]), g["iy"]
        else:
            day, month, year = int(g["td"]), _MONTHS[g["tm"].lower()], g["ty"]
        y = int(year)
        if len(year) == 2:
            this = clock.today().year % 100
            y += 2000 if y <= this else 1900
        return dt.date(y, month, day)
    except (ValueError, KeyError):
        return None


def _dates_of_birth(text: str) -> Iterator[tuple[int, int]]:
    today = clock.today()
    for m in _DATE.finditer(text):
        date = _parse_date(m)
        if date is None or date > today or date.year < 1900:
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        before = text[max(line_start, m.start() - 60) : m.start()]
        start = None
        for k in _DOB_BEFORE.finditer(before):
            gap = before[k.end() :]
            if not _DOB_GAP.fullmatch(gap):
                continue
            if k.group() == "*" and not before[: k.start()].strip():
                continue  # a list bullet: "* 12.03.2026 Termin"
            start = m.start() - len(before) + k.start()
            break
        if start is not None:
            yield start, m.end()
        elif _DOB_AFTER.match(text, m.end()):
            yield m.start(), m.end()


# --------------------------------------------------------------------------- Aktenzeichen

_AZ_KEY = re.compile(
    r"(?<![\w])(?i:"
    r"az|akz|aktenz\.|aktenzeichen|akten-?(?:nummer|nr\.?)"
    r"|gesch(?:äfts|\.)?[ \u00a0]?-?[ \u00a0]?z(?:eichen|\.|chn\.?)|geschäftszeichen|gz"
    r"|(?:unser|ihr|mein|dein|sein)[ \u00a0]+zeichen"
    r"|vorgangs-?(?:nummer|nr\.?)|fall-?(?:nummer|nr\.?)|kassenzeichen"
    r"|kunden-?(?:nummer|nr\.?)|bg-?(?:nummer|nr\.?)|verfahrens-?(?:nummer|nr\.?)"
    r")(?![\w])\.?"
    r"[ \u00a0]*(?:[:.][ \u00a0]*)?(?:(?i:nr\.?)[ \u00a0]*)?"
)
_AZ_PIECE = r"(?:[A-Za-zÄÖÜäöü][A-Za-zÄÖÜäöü./\-]*\d[\w./\-]*|\d[\w./\-]*)"
_AZ_VALUE = re.compile(rf"{_AZ_PIECE}(?:[ \u00a0](?:[A-Z]{{1,3}}[ \u00a0])?{_AZ_PIECE})*")
_COURT = re.compile(
    r"(?<![\w.,/])\d{1,3}[ \u00a0](?P<reg>[A-Z]{1,3}|[A-Z][a-z][A-Z]{1,2})[ \u00a0]"
    r"\d{1,6}/\d{2}(?:\d{2})?(?:\.[A-Z]{1,2})?(?![\w/])"
)
#: Capitals that appear between numbers in office text without being a court register.
_NOT_REGISTERS = {"MA", "KW", "PC", "TZ", "VZ", "EG", "OG", "UG", "DG", "ID", "NR", "ST", "CW"}
_BAMF = re.compile(r"(?<![\w\-/.])[1-9]\d{6}[ \u00a0]?-[ \u00a0]?\d{3}(?![\w\-/]|\.\d)")


def _aktenzeichen(text: str) -> Iterator[tuple[int, int]]:
    for k in _AZ_KEY.finditer(text):
        v = _AZ_VALUE.match(text, k.end())
        if v is None:
            continue
        value = v.group().rstrip(".-/")
        if sum(ch.isdigit() for ch in value) < 2:
            continue
        yield k.start(), v.start() + len(value)
    for m in _COURT.finditer(text):
        if m.group("reg") not in _NOT_REGISTERS:
            yield m.start(), m.end()
    for m in _BAMF.finditer(text):
        yield m.start(), m.end()


# --------------------------------------------------------------------------- AZR numbers

_AZR_KEY = re.compile(r"(?<![\w])(?:AZR|(?i:ausländerzentralregister))[\w\-.]*")
_AZR_NEAR = re.compile(r"[^\d\n]{0,30}?(?<![\d])(\d(?:[ \u00a0\-]?\d){11})(?![\d])")
_AZR_BARE = re.compile(r"(?<![\w\-./,+])[1-9]\d{11}(?![\w\-]|[.,]\d)")


def _azr(text: str) -> Iterator[tuple[int, int]]:
    for k in _AZR_KEY.finditer(text):
        m = _AZR_NEAR.match(text, k.end())
        if m is not None:
            yield k.start(), m.end(1)
    for m in _AZR_BARE.finditer(text):
        yield m.start(), m.end()


# --------------------------------------------------------------------------- phone numbers

_PHONE_RUN = re.compile(
    r"(?<![\w.,/+\-])"
    r"(?:\+|\()?\d"
    r"(?:[\d()]|[ \u00a0]?[\-/–][ \u00a0]?(?=[\d(])|[ \u00a0](?=[\d(]))*"
    r"(?<=\d)(?:\))?"
    r"(?![\w])(?![.,]\d)"
)
_PHONE_KEY = re.compile(
    r"(?i:(?<![\w])(?:tel|telefon|telefonnr|fon|phone|mobil|mobiltelefon|handy|fax|telefax"
    r"|rufnummer|durchwahl|tel\.-?nr|whatsapp)\b\.?)[^\n\d]{0,12}$"
)


def _phones(text: str) -> Iterator[tuple[int, int]]:
    for m in _PHONE_RUN.finditer(text):
        raw = m.group()
        if raw.count("(") != raw.count(")"):
            raw = raw.rstrip(")")
            if raw.count("(") != raw.count(")"):
                continue
        digits = "".join(ch for ch in raw if ch.isdigit())
        head = raw.lstrip("(")
        if raw.startswith("+") or head.startswith("00"):
            if not 8 <= len(digits) <= 15 or digits.lstrip("0")[:1] == "":
                continue
        elif head.startswith("0") and head[1:2].isdigit() and head[1] != "0":
            context = _PHONE_KEY.search(text, max(0, m.start() - 30), m.start())
            minimum = 6 if context else 9
            if not minimum <= len(digits) <= 14:
                continue
        else:
            continue
        yield m.start(), m.start() + len(raw)


# --------------------------------------------------------------------------- postal addresses

_STREET_SUFFIX = (
    r"(?:straße|strasse|str\.|weg|allee|platz|gasse|ring|damm|ufer|chaussee|steig|stieg|pfad"
    r"|promenade|wall|graben|markt|kamp|gässchen|twiete|stiege)"
)
_PLACE_WORDS = (
    "markt", "ring", "hof", "berg", "feld", "garten", "park", "graben", "wall", "damm", "ufer",
    "weg", "platz", "tor", "anger", "bach", "brink", "kamp", "hang", "grund", "winkel", "stein",
    "busch", "wald", "heide", "hain", "teich", "weiher", "kreuz", "turm", "linden", "linde",
    "eichen", "buchen", "acker", "wiese", "wiesen", "mühle", "kirche", "dom", "schloss",
    "hafen", "kanal", "bahnhof", "rain", "straße", "strasse", "gasse", "allee", "steig",
    "stieg", "pfad", "höhe", "tal", "aue", "bruch", "holz", "horst", "kolk", "deich", "siel",
    "rode", "hagen", "haus", "hütte", "kamp", "esch", "loh", "mark", "born", "quelle",
)
#: Compounds with a street suffix that are no street.
_NOT_STREETS = {
    "arbeitsplatz", "parkplatz", "stellplatz", "sitzplatz", "ausbildungsplatz",
    "praktikumsplatz", "studienplatz", "kitaplatz", "schulplatz", "betreuungsplatz",
    "therapieplatz", "kursplatz", "wohnplatz", "heimplatz", "spielplatz", "messplatz",
    "lösungsweg", "dienstweg", "rechtsweg", "arbeitsweg", "umweg", "ausweg", "königsweg",
    "lernweg", "zugangsweg", "kommunikationsweg", "verwaltungsweg", "postweg", "antragsweg",
    "mittelweg", "rückweg", "heimweg", "fluchtweg", "bildungsweg", "lebensweg", "werdegang",
    "arbeitsmarkt", "wohnungsmarkt", "ausbildungsmarkt", "binnenmarkt", "stellenmarkt",
    "fachkräftemarkt", "weihnachtsmarkt", "flohmarkt", "teilmarkt",
    "schutzwall", "freundeskreis", "austauschring", "qualitätsring",
}
_HOUSE_NO = (
    r"[ \u00a0]\d{1,3}(?:[ \u00a0]?[a-hA-H](?![\w]))?"
    r"(?:[ \u00a0]?[\-–/][ \u00a0]?\d{1,3}[a-hA-H]?)?"
)
_HOUSE_END = r"(?![\d\w%€])(?![.,:]\d)"
_POSTCODE_CITY = (
    r"(?:,?[ \u00a0]*(?:D-)?\d{5}[ \u00a0]+[A-ZÄÖÜ][\wäöüß\-]+"
    r"(?:[ \u00a0](?:am|an[ \u00a0]der|im|in[ \u00a0]der|ob[ \u00a0]der|a\.[ \u00a0]?d\.)"
    r"[ \u00a0][A-ZÄÖÜ][\wäöüß\-]+)?)"
)
_WORD = r"[A-ZÄÖÜ][\wäöüßÄÖÜ\-]*"
_STREET_ONE = re.compile(
    rf"(?<![\w\-])(?P<street>{_WORD}?(?i:{_STREET_SUFFIX}))(?P<no>{_HOUSE_NO}){_HOUSE_END}"
    rf"(?P<pc>{_POSTCODE_CITY})?"
)
_STREET_TWO = re.compile(
    rf"(?<![\w\-])(?P<adj>{_WORD})[ \u00a0](?P<street>(?:Straße|Strasse|Str\.|Weg|Allee|Platz"
    rf"|Gasse|Ring|Damm|Ufer|Chaussee|Markt|Steinweg|Wall|Graben))"
    rf"(?P<no>{_HOUSE_NO}){_HOUSE_END}(?P<pc>{_POSTCODE_CITY})?"
)
_PREPOSITION = re.compile(
    r"(?<![\w\-])(?P<prep>Am|Im|Beim|Zum|Zur|An[ \u00a0]der|An[ \u00a0]den|An[ \u00a0]dem"
    r"|Auf[ \u00a0]der|Auf[ \u00a0]dem|Auf[ \u00a0]den|In[ \u00a0]der|In[ \u00a0]den"
    r"|Unter[ \u00a0]den"
    r"|Hinter[ \u00a0]der|Hinter[ \u00a0]dem|Vor[ \u00a0]dem|Vor[ \u00a0]der|Bei[ \u00a0]der"
    r"|Über[ \u00a0]den|Alte[rs]?|Neue[rs]?|Kleine[rs]?|Große[rs]?)"
    rf"[ \u00a0](?P<noun>{_WORD})(?P<no>{_HOUSE_NO}){_HOUSE_END}(?P<pc>{_POSTCODE_CITY})?"
)
_NOT_ADJECTIVES = {"Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Einen", "Jeder",
                   "Jede", "Kein", "Keine", "Unser", "Unsere", "Ihr", "Ihre", "Dieser", "Diese"}


def _addresses(text: str) -> Iterator[tuple[int, int]]:
    for m in _STREET_ONE.finditer(text):
        word = m.group("street").lower()
        if word in _NOT_STREETS or len(word) < 4:
            continue
        yield m.start(), m.end()
    for m in _STREET_TWO.finditer(text):
        if m.group("adj") in _NOT_ADJECTIVES and not m.group("pc"):
            continue
        yield m.start(), m.end()
    for m in _PREPOSITION.finditer(text):
        noun = m.group("noun").lower()
        if m.group("pc") or noun.endswith(_PLACE_WORDS):
            yield m.start(), m.end()


# --------------------------------------------------------------------------- scanning

_DETECTORS = {
    "iban": _ibans,
    "email": _emails,
    "azr": _azr,
    "aktenzeichen": _aktenzeichen,
    "date_of_birth": _dates_of_birth,
    "phone": _phones,
    "address": _addresses,
}


def _overlaps(span: tuple[int, int], taken: Iterable[tuple[int, int]]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in taken)


#: kimboard's own identifiers (history values name cards, columns … by UUID): their digit
#: groups are neither phone numbers nor file numbers.
_UUID = re.compile(r"(?<![0-9A-Fa-f])[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}"
                   r"-[0-9A-Fa-f]{12}(?![0-9A-Fa-f])")


def scan_text(text: str) -> list[tuple[str, int, int]]:
    """Everything in ``text`` that looks like personal or case data: (kind, start, end), in
    the order of the text. Overlapping candidates are resolved by kind (IBAN before e-mail
    before AZR number before Aktenzeichen before date of birth before phone before address)."""
    if not text:
        return []
    taken: list[tuple[str, int, int]] = []
    blocked = _iban_shapes(text)
    identifiers = [m.span() for m in _UUID.finditer(text)]
    for kind in _PRIORITY:
        for start, end in sorted(set(_DETECTORS[kind](text))):
            if end <= start:
                continue
            spans = [(s, e) for _k, s, e in taken]
            if _overlaps((start, end), spans) or _overlaps((start, end), identifiers):
                continue
            if kind == "phone" and _overlaps((start, end), blocked):
                continue
            taken.append((kind, start, end))
    taken.sort(key=lambda t: (t[1], t[2]))
    return taken


def excerpt(text: str, start: int, end: int, *, context: int = 30) -> str:
    """``text[start:end]`` with up to ``context`` characters each side, on one line."""
    left = max(0, start - context)
    right = min(len(text), end + context)
    snippet = " ".join(text[left:right].split())
    return ("…" if left > 0 else "") + snippet + ("…" if right < len(text) else "")


def scan_records(records: Iterable[TextRecord]) -> list[Finding]:
    """The findings of every record, record by record, in text order within each."""
    findings: list[Finding] = []
    for record in records:
        for kind, start, end in scan_text(record.text):
            findings.append(Finding(kind, KIND_LABELS[kind], record,
                                    excerpt(record.text, start, end), start, end))
    return findings


def redact_text(text: str, kinds: Iterable[str] | None = None) -> str:
    """``text`` with every finding (of ``kinds``; None: all) replaced by „[Anschrift entfernt]“
    and the like — for a user who chooses "remove what was found" instead of editing."""
    wanted = set(KIND_LABELS if kinds is None else kinds)
    out: list[str] = []
    pos = 0
    for kind, start, end in scan_text(text):
        if kind not in wanted:
            continue
        out.append(text[pos:start])
        out.append(f"[{KIND_LABELS[kind]} entfernt]")
        pos = end
    out.append(text[pos:])
    return "".join(out)


# --------------------------------------------------------------------------- records of a board


def card_label(number: int, title: str, what: str) -> str:
    """„Karte #12 „Terminvergabe“ – Beschreibung“ (long titles shortened)."""
    short = " ".join(title.split())
    if len(short) > 40:
        short = short[:39] + "…"
    return f"Karte #{number} „{short}“ – {what}"


def board_records(session: Session, board_id: int, *,
                  include_archived: bool = True) -> list[TextRecord]:
    """The free texts of a board's cards (title, description, reason for blocking, checklist,
    comments) as records for :func:`scan_records`, in card-number order."""
    stmt = select(Card).where(Card.board_id == board_id).order_by(Card.number)
    if not include_archived:
        stmt = stmt.where(Card.archived_at.is_(None))
    cards = list(session.scalars(stmt))
    ids = [c.id for c in cards]
    items: dict[int, list[ChecklistItem]] = {}
    comments: dict[int, list[Comment]] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        for item in session.scalars(select(ChecklistItem).where(ChecklistItem.card_id.in_(chunk))
                                    .order_by(ChecklistItem.position)):
            items.setdefault(item.card_id, []).append(item)
        for comment in session.scalars(select(Comment).where(Comment.card_id.in_(chunk))
                                       .order_by(Comment.created_at, Comment.id)):
            comments.setdefault(comment.card_id, []).append(comment)
    records: list[TextRecord] = []
    for card in cards:
        def where(what: str, card: Card = card) -> str:
            return card_label(card.number, card.title, what)

        records.append(TextRecord("card", card.uuid, where("Titel"), "title", card.title))
        if card.description:
            records.append(TextRecord("card", card.uuid, where("Beschreibung"), "description",
                                      card.description))
        if card.blocked_reason:
            records.append(TextRecord("card", card.uuid, where("Grund der Blockade"),
                                      "blocked_reason", card.blocked_reason))
        for n, item in enumerate(items.get(card.id, []), 1):
            records.append(TextRecord("checklist_item", item.uuid,
                                      where(f"Checkliste, Eintrag {n}"), "text", item.text))
        for n, comment in enumerate(comments.get(card.id, []), 1):
            records.append(TextRecord("comment", comment.uuid, where(f"Kommentar {n}"), "body",
                                      comment.body))
    return records
