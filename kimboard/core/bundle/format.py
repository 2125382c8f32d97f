"""The bundle format in constants: names, version, limits, and the errors a reader raises.

A bundle (``.kimb``) is a zip file: ``mimetype`` first and stored, the data files
``data/<entity type>.jsonl`` (JSON Lines), ``manifest.json`` with the checksums of all data
files, and optionally ``signature.json`` (Ed25519 over the exact bytes of the manifest).
``docs/bundle-format.md`` describes it for people; the JSON Schema in ``schema/`` for programs.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from kimboard.core.errors import ValidationError

MIMETYPE = "application/vnd.kimboard.bundle+zip"
EXTENSION = ".kimb"
FORMAT_NAME = "kimboard-bundle"
#: The format this kimboard writes. A reader refuses a newer major version and reads a newer
#: minor version, ignoring what it does not know.
FORMAT_MAJOR = 1
FORMAT_MINOR = 0
FORMAT_VERSION = f"{FORMAT_MAJOR}.{FORMAT_MINOR}"

MIMETYPE_FILE = "mimetype"
MANIFEST_FILE = "manifest.json"
SIGNATURE_FILE = "signature.json"
DATA_DIR = "data/"
#: How a data file may be named (the entity types of a newer minor version included).
DATA_FILE_RE = re.compile(r"^data/[a-z][a-z0-9_]{0,63}\.jsonl$")

SCOPE_KINDS = ("site", "board", "retro", "solutions")

MiB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """What a reader accepts before it reads a byte of content.

    Sized for the biggest real case (a board of 100,000 cards with its history is about
    300 MB unpacked, compressed about 8:1) with room to spare, and far below what would
    exhaust an office PC. JSON compresses well, but not 200:1 in files over a megabyte; a
    zip bomb does ~1000:1.
    """

    max_archive_bytes: int = 1024 * MiB
    max_entries: int = 200
    max_file_bytes: int = 768 * MiB
    max_total_bytes: int = 1536 * MiB
    max_ratio: float = 200.0
    #: files smaller than this are never refused for their ratio (tiny files compress oddly)
    ratio_floor: int = 1 * MiB
    max_manifest_bytes: int = 4 * MiB
    max_line_bytes: int = 4 * MiB


DEFAULT_LIMITS = Limits()


# --------------------------------------------------------------------------- errors


class BundleError(ValidationError):
    """A bundle was refused. ``reason`` is a stable code for tests and the UI."""

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


class UnsafeBundle(BundleError):
    """The archive tries something dangerous (paths, links, bombs, encryption)."""


class CorruptBundle(BundleError):
    """Damaged or not a kimboard bundle at all."""


class InvalidBundle(BundleError):
    """Well-formed, but its content breaks the format's rules."""


class BundleTooNew(BundleError):
    pass


class SignatureMismatch(BundleError):
    pass


def unsafe(reason: str, detail: str) -> UnsafeBundle:
    return UnsafeBundle(f"Das Paket ist unsicher und wurde abgewiesen: {detail}", reason)


def corrupt(reason: str, detail: str) -> CorruptBundle:
    return CorruptBundle(f"Das Paket ist beschädigt: {detail}", reason)


def invalid(reason: str, detail: str) -> InvalidBundle:
    return InvalidBundle(f"Das Paket ist ungültig: {detail}", reason)


# --------------------------------------------------------------------------- versions and times


def parse_version(text: object) -> tuple[int, int] | None:
    """"1.0" -> (1, 0); None if it is not "<major>.<minor>"."""
    if not isinstance(text, str):
        return None
    m = re.fullmatch(r"(0|[1-9][0-9]{0,3})\.(0|[1-9][0-9]{0,3})", text)
    return (int(m.group(1)), int(m.group(2))) if m else None


def format_timestamp(value: dt.datetime) -> str:
    """An aware datetime as the bundle writes it: ``2026-11-26T09:30:00.000000Z`` (UTC)."""
    return value.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_timestamp(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text[:26]).replace(tzinfo=dt.UTC)


def human_size(n: int) -> str:
    if n >= MiB:
        return f"{n / MiB:.1f} MB".replace(".", ",")
    if n >= 1024:
        return f"{n / 1024:.0f} KB"
    return f"{n} Bytes"
