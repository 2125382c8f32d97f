"""The writing process of the crash test (tests/e2e/test_crash_safety.py); not a test itself.

    python tests/e2e/crash_writer.py DB BOARD_ID SEED

Opens the database, prints ``READY``, then changes cards of the board in a loop as fast as it
can, each change one transaction through the core operations — create a card, create three
cards at once (a batch: all or nothing), move a card, edit a card's title with the version it
read (optimistic locking). After each commit it prints, per card the transaction touched::

    COMMITTED <uuid> col=<column id>;title=<title>;v=<version>;moves=<moved events>

and flushes, so every line the test reads is a change that was committed before. It runs
until it is killed.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kimboard.core.db import Database
from kimboard.core.models import Board, Card, CardEvent
from kimboard.core.ops import cards


def _state(session: Session, card: Card) -> str:
    session.flush()
    moves = session.scalar(
        select(func.count()).select_from(CardEvent)
        .where(CardEvent.card_id == card.id, CardEvent.kind == "moved"))
    return f"col={card.column_id};title={card.title};v={card.version};moves={moves}"


def main(db_path: str, board_id: int, seed: int) -> None:
    rng = random.Random(seed)
    db = Database.open(Path(db_path))
    with db.session() as s:
        columns = [c.id for c in s.get_one(Board, board_id).columns]
        known = {c.id: c.version for c in s.scalars(select(Card).where(
            Card.board_id == board_id, Card.archived_at.is_(None)))}
    print("READY", flush=True)
    n = 0
    while True:
        n += 1
        roll = rng.random()
        lines: list[str] = []
        with db.transaction() as s:
            if roll < 0.25 or not known:
                ref = cards.create_card(s, board_id, f"k{seed}x{n}",
                                        column_id=rng.choice(columns)).value
                card = s.get_one(Card, ref.id)
                lines.append(f"{card.uuid} {_state(s, card)}")
            elif roll < 0.35:
                tag = f"b{seed}x{n}"
                made = [cards.create_card(s, board_id, f"{tag}-{i}",
                                          column_id=rng.choice(columns)).value
                        for i in range(3)]
                for ref in made:
                    card = s.get_one(Card, ref.id)
                    lines.append(f"{card.uuid} {_state(s, card)}")
            elif roll < 0.7:
                card_id = rng.choice(list(known))
                cards.move_card(s, card_id, rng.choice(columns), rng.randint(0, 5),
                                expected_version=known[card_id])
                card = s.get_one(Card, card_id)
                lines.append(f"{card.uuid} {_state(s, card)}")
            else:
                card_id = rng.choice(list(known))
                card = s.get_one(Card, card_id)
                base = card.title.split("~")[0]
                cards.update_card(s, card_id, title=f"{base}~e{n}",
                                  expected_version=known[card_id])
                lines.append(f"{card.uuid} {_state(s, card)}")
            touched = {c.id: c.version for c in s.identity_map.values()
                       if isinstance(c, Card)}
        # committed: only now may the test learn about it
        known.update(touched)
        for line in lines:
            print(f"COMMITTED {line}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
