"""The one source of "now" for the core, so history can be written with other times.

The demo data generator and tests set a different clock with :func:`frozen_at`; nothing else
in the core calls ``datetime.now`` directly.
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
from collections.abc import Iterator

_override: contextvars.ContextVar[dt.datetime | None] = contextvars.ContextVar(
    "kimboard_clock", default=None
)


def utcnow() -> dt.datetime:
    fixed = _override.get()
    return fixed if fixed is not None else dt.datetime.now(dt.UTC)


def today() -> dt.date:
    """The local calendar day (due dates and sprint dates are local days)."""
    fixed = _override.get()
    return fixed.astimezone().date() if fixed is not None else dt.date.today()


@contextlib.contextmanager
def frozen_at(when: dt.datetime) -> Iterator[None]:
    if when.tzinfo is None:
        raise ValueError("frozen_at needs an aware datetime")
    token = _override.set(when)
    try:
        yield
    finally:
        _override.reset(token)
