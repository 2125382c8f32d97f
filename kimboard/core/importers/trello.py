"""Import a Trello board export (Board menu → "Print, export and share" → "Export as JSON").

What becomes what:

- the board → a new local Kanban board of the site, named like the Trello board (with „(2)“ …
  when the site already has a board of that name);
- open lists → columns, in Trello's order. The kind of a column is guessed from its name
  ("Done"/"Erledigt" → done, "Doing"/"In Progress"/"In Arbeit"/"Review"/"QA" → in progress,
  "Backlog"/"Ideen" → backlog, anything else → to do) and can be changed afterwards;
- **archived (closed) lists do not become columns**: their cards are imported *archived* into
  the first column, so nothing is lost and the board is not cluttered with old lists;
- cards → cards in list position order: title, description, due date (the local calendar day of
  Trello's due time), labels, assignees; archived (closed) cards → archived cards;
- checklists → the card's checklist with the done state; a card with several checklists gets
  them one after the other, each item prefixed with its checklist's name ("Prüfen: …");
- comments (actions of type ``commentCard``) → comments, oldest first, with their Trello date,
  written by the member of that name;
- people (card members and comment authors; no one else) → members of the site found by exact
  display name (Trello "full name", else user name) or made;
- labels → labels with Trello's colour as #rrggbb; unnamed labels are named after their colour
  and imported only when a card uses them.

Not imported: attachments, custom fields, votes, stickers, start dates, card covers, the
history of moves (the cards' history starts with the import). Trello puts only the newest 1000
actions into an export: older comments are missing from the file itself — the result warns
when the cards' comment counts say so.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kimboard.core.importers import (
    ImportFormatError,
    ImportResult,
    MemberFinder,
    decode_text,
    shorten,
    unique_board_name,
)
from kimboard.core.models import BoardColumn, ColumnKind, Comment, Site
from kimboard.core.ops import boards, cards
from kimboard.core.ops._util import get
from kimboard.core.ops.sites import _require_local

#: Trello's label colours (2023 palette; "_light"/"_dark" are its subtle and bold variants).
TRELLO_COLORS: dict[str, tuple[str, str, str]] = {
    "green": ("#baf3db", "#4bce97", "#1f845a"),
    "yellow": ("#f8e6a0", "#f5cd47", "#946f00"),
    "orange": ("#fedec8", "#fea362", "#c25100"),
    "red": ("#ffd5d2", "#f87168", "#c9372c"),
    "purple": ("#dfd8fd", "#9f8fef", "#6e5dc6"),
    "blue": ("#cce0ff", "#579dff", "#0c66e4"),
    "sky": ("#c6edfb", "#6cc3e0", "#227d9b"),
    "lime": ("#d3f1a7", "#94c748", "#5b7f24"),
    "pink": ("#fdd0ec", "#e774bb", "#ae4787"),
    "black": ("#dcdfe4", "#8590a2", "#626f86"),
}
_COLOR_NAMES = {
    "green": "Grün", "yellow": "Gelb", "orange": "Orange", "red": "Rot", "purple": "Lila",
    "blue": "Blau", "sky": "Himmelblau", "lime": "Hellgrün", "pink": "Pink", "black": "Schwarz",
}
_NO_COLOR = "#6b7280"

_KIND_WORDS: tuple[tuple[ColumnKind, tuple[str, ...]], ...] = (
    (ColumnKind.DONE, ("done", "erledigt", "fertig", "abgeschlossen", "complete", "closed")),
    (ColumnKind.IN_PROGRESS, ("doing", "progress", "in arbeit", "bearbeitung", "wip", "review",
                              "qa", "test", "merge", "prüfung")),
    (ColumnKind.BACKLOG, ("backlog", "idee", "ideas", "ideen", "später", "eingang", "inbox",
                          "someday")),
)


def column_kind(name: str) -> ColumnKind:
    """The kind of column a Trello list's name suggests."""
    low = name.casefold()
    for kind, words in _KIND_WORDS:
        if any(w in low for w in words):
            return kind
    return ColumnKind.TODO


def label_color(trello_color: object) -> str:
    """#rrggbb for a Trello colour name ("green", "green_dark", None …)."""
    if not isinstance(trello_color, str) or not trello_color:
        return _NO_COLOR
    base, _, variant = trello_color.partition("_")
    shades = TRELLO_COLORS.get(base)
    if shades is None:
        return _NO_COLOR
    return {"light": shades[0], "dark": shades[2]}.get(variant, shades[1])


def _color_name(trello_color: object) -> str:
    if not isinstance(trello_color, str) or not trello_color:
        return "Ohne Farbe"
    base, _, variant = trello_color.partition("_")
    name = _COLOR_NAMES.get(base, base)
    return name + {"light": " (hell)", "dark": " (dunkel)"}.get(variant, "")


# --------------------------------------------------------------------------- reading the file


def _what(file_name: str) -> str:
    return f"„{file_name}“" if file_name else "Die Datei"


def load_board(data: bytes | str, *, file_name: str = "") -> dict[str, Any]:
    """The board object of a Trello board export; a German error for anything else."""
    what = _what(file_name)
    text = decode_text(data, what)
    head = text.lstrip()[:200]
    if not head:
        raise ImportFormatError(f"{what} ist leer.")
    if head.startswith("<"):
        raise ImportFormatError(
            f"{what} ist eine XML-Datei (z. B. ein Jira-Export), kein Trello-Export. "
            "Trello-Boards werden als JSON exportiert.")
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as err:
        raise ImportFormatError(
            f"{what} ist kein gültiges JSON (Zeile {err.lineno}, Spalte {err.colno}): "
            "kein Trello-Export oder beschädigt.") from None
    except (RecursionError, ValueError):
        raise ImportFormatError(f"{what} ist kein lesbares JSON.") from None
    hint = ("Bitte in Trello im Menü des Boards „Drucken, Exportieren und Teilen“ → "
            "„Als JSON exportieren“ wählen.")
    if not isinstance(obj, dict):
        raise ImportFormatError(f"{what} ist kein Trello-Board-Export. {hint}")
    if "lists" not in obj and ("idList" in obj or "idBoard" in obj):
        raise ImportFormatError(
            f"{what} ist der Export einer einzelnen Trello-Karte, nicht eines ganzen Boards. "
            + hint)
    missing = [k for k in ("name", "lists", "cards") if k not in obj]
    if missing:
        raise ImportFormatError(
            f"{what} ist kein Trello-Board-Export (es fehlt: {', '.join(missing)}). {hint}")
    _check_shape(obj, what)
    return obj


def _check_shape(obj: dict[str, Any], what: str) -> None:
    broken = f"Der Trello-Export {what} ist unvollständig oder beschädigt"
    if not isinstance(obj["name"], str):
        raise ImportFormatError(f"{broken}: der Name des Boards fehlt.")
    for key in ("lists", "cards", "labels", "members", "checklists", "actions"):
        if key in obj and not isinstance(obj[key], list):
            raise ImportFormatError(f"{broken}: „{key}“ ist keine Liste.")
    for i, lst in enumerate(obj["lists"], 1):
        if not isinstance(lst, dict) or not isinstance(lst.get("id"), str) \
                or not isinstance(lst.get("name"), str):
            raise ImportFormatError(f"{broken}: Liste Nr. {i} hat keine Kennung oder keinen Namen.")
    for i, card in enumerate(obj["cards"], 1):
        if not isinstance(card, dict) or not isinstance(card.get("id"), str) \
                or not isinstance(card.get("idList"), str) \
                or not isinstance(card.get("name"), str):
            raise ImportFormatError(
                f"{broken}: Karte Nr. {i} hat keine Kennung, keine Liste oder keinen Titel.")
    for key in ("labels", "members", "checklists", "actions"):
        for i, entry in enumerate(obj.get(key) or [], 1):
            if not isinstance(entry, dict):
                raise ImportFormatError(f"{broken}: Eintrag Nr. {i} in „{key}“ ist kein Objekt.")
    for i, cl in enumerate(obj.get("checklists") or [], 1):
        if not isinstance(cl.get("checkItems", []), list):
            raise ImportFormatError(f"{broken}: Checkliste Nr. {i} hat keine Einträge.")


def _pos(entry: dict[str, Any]) -> float:
    value = entry.get("pos")
    try:
        return float(value) if value is not None else 0.0
    except (TypeError, ValueError):
        return 0.0


def _str(value: object) -> str:
    return value if isinstance(value, str) else ""


def _due(value: object) -> dt.date | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        when = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if when.tzinfo is None:
        return when.date()
    return when.astimezone().date()  # the local calendar day of the due time


def _when(value: object) -> dt.datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        when = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return when if when.tzinfo is not None else when.replace(tzinfo=dt.UTC)


def _comment_card(action: dict[str, Any]) -> str | None:
    """The Trello id of the card a comment action belongs to."""
    data = action.get("data")
    card = data.get("card") if isinstance(data, dict) else None
    card_id = card.get("id") if isinstance(card, dict) else None
    return card_id if isinstance(card_id, str) else None


def _person(entry: object) -> str:
    if not isinstance(entry, dict):
        return ""
    return (_str(entry.get("fullName")) or _str(entry.get("username"))).strip()


# --------------------------------------------------------------------------- import


def import_trello(
    session: Session, site_id: int, data: bytes | str, *, file_name: str = ""
) -> ImportResult:
    """Import a Trello board export as a new board of the site (see the module docstring)."""
    obj = load_board(data, file_name=file_name)
    site = get(session, Site, site_id)
    _require_local(site)
    warnings: list[str] = []

    # Columns: the open lists in Trello's order.
    all_lists = sorted(enumerate(obj["lists"]), key=lambda t: (_pos(t[1]), t[0]))
    open_lists = [lst for _, lst in all_lists if not lst.get("closed")]
    closed_ids = {lst["id"] for _, lst in all_lists if lst.get("closed")}
    specs: list[tuple[str, ColumnKind, int | None]] = []
    for i, lst in enumerate(open_lists, 1):
        name = " ".join(lst["name"].split()) or f"Liste {i}"
        specs.append((shorten(name, 200)[0], column_kind(name), None))
    if not specs:
        specs = [("Zu erledigen", ColumnKind.TODO, None)]
        if obj["lists"]:
            warnings.append("Das Trello-Board hat keine offenen Listen; "
                            "alle Karten sind archiviert in der Spalte „Zu erledigen“.")
    board_name = unique_board_name(session, site.id, obj["name"])
    if board_name != " ".join(obj["name"].split()):
        warnings.append(f"Ein Board „{obj['name'].strip()}“ gibt es schon; "
                        f"das neue heißt „{board_name}“.")
    description = shorten(_str(obj.get("desc")).strip(), 5000)[0]
    board_ref = boards.create_board(session, site.id, board_name, description=description,
                                    columns=specs).value
    columns = list(session.scalars(select(BoardColumn.id).where(
        BoardColumn.board_id == board_ref.id).order_by(BoardColumn.position)))
    column_of = {lst["id"]: columns[i] for i, lst in enumerate(open_lists)}
    result = ImportResult(board_ref.id, board_ref.uuid, board_name, lists=len(open_lists))

    labels = _import_labels(session, board_ref.id, obj, result)
    member_names = {m["id"]: _person(m) for m in obj.get("members") or []
                    if isinstance(m.get("id"), str)}
    finder = MemberFinder(session, site.id)

    # Cards, per column in Trello's order; cards of archived or unknown lists go archived
    # into the first column.
    indexed = sorted(enumerate(obj["cards"]), key=lambda t: (_pos(t[1]), t[0]))
    per_column: dict[int, list[dict[str, Any]]] = defaultdict(list)
    in_closed_lists = unknown_list = 0
    homeless: list[dict[str, Any]] = []
    for _, card in indexed:
        col = column_of.get(card["idList"])
        if col is not None:
            per_column[col].append(card)
            continue
        if card["idList"] in closed_ids:
            in_closed_lists += 1
        else:
            unknown_list += 1
        homeless.append(card)
    per_column[columns[0]].extend(homeless)  # after the first column's own cards
    checklists = defaultdict(list)
    for cl in obj.get("checklists") or []:
        if isinstance(cl.get("idCard"), str):
            checklists[cl["idCard"]].append(cl)
    comments = defaultdict(list)
    comment_actions = [a for a in obj.get("actions") or [] if a.get("type") == "commentCard"]
    for action in comment_actions:
        card_id = _comment_card(action)
        if card_id is not None and isinstance(action["data"].get("text"), str):
            comments[card_id].append(action)

    cut_titles = cut_items = 0
    card_ids: set[str] = set()
    for col_id in columns:
        for card in per_column.get(col_id, []):
            card_ids.add(card["id"])
            title, cut = shorten(" ".join(card["name"].split()) or "(ohne Titel)", 500)
            cut_titles += cut
            description = shorten(_str(card.get("desc")).strip(), 100_000)[0]
            ref = cards.create_card(session, board_ref.id, title, column_id=col_id,
                                    description=description, due_date=_due(card.get("due"))
                                    ).value
            result.cards += 1
            label_ids = {labels[i] for i in card.get("idLabels") or []
                         if isinstance(i, str) and i in labels}
            if label_ids:
                cards.set_labels(session, ref.id, label_ids)
            people = {finder.get(member_names[i]) for i in card.get("idMembers") or []
                      if isinstance(i, str) and member_names.get(i)}
            people.discard(None)
            if people:
                cards.set_assignees(session, ref.id, {p for p in people if p is not None})
            cut_items += _import_checklists(session, ref.id, checklists.get(card["id"], []),
                                            result)
            _import_comments(session, ref.id, comments.get(card["id"], []), finder, result)
            if card.get("closed") or card["idList"] in closed_ids:
                cards.archive_card(session, ref.id)
                result.archived += 1

    result.members = len(finder.linked)
    result.members_created = len(finder.created)
    _warn(result, warnings, obj, comment_actions, card_ids, in_closed_lists, unknown_list,
          cut_titles, cut_items, closed_ids)
    result.warnings = warnings
    return result


def _import_labels(session: Session, board_id: int, obj: dict[str, Any],
                   result: ImportResult) -> dict[str, int]:
    used = {i for card in obj["cards"] for i in card.get("idLabels") or [] if isinstance(i, str)}
    made: dict[str, int] = {}
    names: set[str] = set()
    for label in obj.get("labels") or []:
        lid = label.get("id")
        if not isinstance(lid, str):
            continue
        name = " ".join(_str(label.get("name")).split())
        if not name and lid not in used:
            continue  # Trello's default colour labels nobody named or used
        name = shorten(name or _color_name(label.get("color")), 95)[0]
        unique, n = name, 2
        while unique.casefold() in names:
            unique, n = f"{name} ({n})", n + 1
        names.add(unique.casefold())
        made[lid] = boards.create_label(session, board_id, unique,
                                        label_color(label.get("color"))).value.id
        result.labels += 1
    return made


def _import_checklists(session: Session, card_id: int, lists: list[dict[str, Any]],
                       result: ImportResult) -> int:
    cut = 0
    ordered = sorted(enumerate(lists), key=lambda t: (_pos(t[1]), t[0]))
    several = len(ordered) > 1
    for _, cl in ordered:
        result.checklists += 1
        prefix = " ".join(_str(cl.get("name")).split())
        items = [i for i in cl.get("checkItems") or [] if isinstance(i, dict)]
        for _, item in sorted(enumerate(items), key=lambda t: (_pos(t[1]), t[0])):
            text = " ".join(_str(item.get("name")).split())
            if not text:
                continue
            if several and prefix:
                text = f"{prefix}: {text}"
            text, was_cut = shorten(text, 500)
            cut += was_cut
            ref = cards.add_checklist_item(session, card_id, text).value
            if item.get("state") == "complete":
                cards.update_checklist_item(session, ref.id, done=True)
            result.checklist_items += 1
    return cut


def _import_comments(session: Session, card_id: int, actions: list[dict[str, Any]],
                     finder: MemberFinder, result: ImportResult) -> None:
    dated = sorted(enumerate(actions), key=lambda t: (_str(t[1].get("date")), t[0]))
    for _, action in dated:
        body = action["data"]["text"].strip()
        if not body:
            continue
        author = finder.get(_person(action.get("memberCreator")))
        ref = cards.add_comment(session, card_id, shorten(body, 20_000)[0],
                                author_id=author).value
        when = _when(action.get("date"))
        if when is not None:
            comment = session.get_one(Comment, ref.id)
            comment.created_at = when
            comment.updated_at = when
        result.comments += 1
    if actions:
        session.flush()


def _warn(result: ImportResult, warnings: list[str], obj: dict[str, Any],
          comment_actions: list[dict[str, Any]], card_ids: set[str], in_closed_lists: int,
          unknown_list: int, cut_titles: int, cut_items: int, closed_ids: set[str]) -> None:
    if closed_ids:
        n = len(closed_ids)
        lists = "1 archivierte Trello-Liste wurde" if n == 1 else \
            f"{n} archivierte Trello-Listen wurden"
        warnings.append(f"{lists} nicht als Spalte übernommen; ihre {in_closed_lists} "
                        "Karte(n) liegen archiviert in der ersten Spalte.")
    if unknown_list:
        warnings.append(f"{unknown_list} Karte(n) gehörten zu keiner Liste des Exports; "
                        "sie liegen in der ersten Spalte.")
    orphans = sum(1 for a in comment_actions if _comment_card(a) not in card_ids)
    if orphans:
        warnings.append(f"{orphans} Kommentar(e) zu Karten, die nicht im Export sind "
                        "(gelöscht), wurden nicht übernommen.")
    expected = 0
    for card in obj["cards"]:
        badges = card.get("badges")
        if isinstance(badges, dict) and isinstance(badges.get("comments"), int):
            expected += badges["comments"]
    if expected > result.comments + orphans:
        warnings.append(
            f"Laut Trello haben die Karten {expected} Kommentare, der Export enthält aber nur "
            f"{result.comments} davon (Trello exportiert nur die letzten 1000 Aktionen). "
            "Ältere Kommentare fehlen.")
    if cut_titles:
        warnings.append(f"{cut_titles} Kartentitel waren länger als 500 Zeichen und "
                        "wurden gekürzt.")
    if cut_items:
        warnings.append(f"{cut_items} Checklisten-Einträge waren länger als 500 Zeichen und "
                        "wurden gekürzt.")
