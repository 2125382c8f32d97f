"""The drag-and-drop payload: JSON under our own MIME type, never pickle."""

from __future__ import annotations

import json
from dataclasses import dataclass

from PySide6.QtCore import QMimeData

MIME_TYPE = "application/x-kimboard-cards+json"


@dataclass(frozen=True, slots=True)
class CardDrag:
    board_uuid: str
    card_ids: tuple[int, ...]


def encode(drag: CardDrag) -> QMimeData:
    data = QMimeData()
    payload = {"format": 1, "board": drag.board_uuid, "cards": list(drag.card_ids)}
    data.setData(MIME_TYPE, json.dumps(payload).encode("utf-8"))
    return data


def decode(data: QMimeData) -> CardDrag | None:
    """The payload, or None when it is not ours or malformed (a drop from elsewhere)."""
    if not data.hasFormat(MIME_TYPE):
        return None
    try:
        payload = json.loads(bytes(data.data(MIME_TYPE).data()).decode("utf-8"))
        board = payload["board"]
        cards = tuple(int(c) for c in payload["cards"])
    except (ValueError, KeyError, TypeError):
        return None
    if not isinstance(board, str) or not cards:
        return None
    return CardDrag(board, cards)
