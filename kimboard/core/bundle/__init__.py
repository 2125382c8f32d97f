"""Exchange between offices: the bundle format (``.kimb``), export, safe reading, import.

The public API, for the UI and the command line:

- :func:`open_bundle` — read and check a bundle file completely (no database needed);
  raises :class:`BundleError` (German message, ``reason`` code) on the first problem.
- :class:`ExportScope`, :class:`ExportOptions`, :func:`export_text_records` (for the privacy
  check before exporting), :func:`prepare_export` (a write op: keys), :func:`export_bundle`.
- :func:`preview_import` (read session) and :func:`apply_import` (``Database.run``: one
  transaction), with :class:`ImportPreview`, :class:`EntityCounts`, :class:`Conflict`,
  :class:`FieldDiff`, :class:`ImportResult`; conflict choices :data:`KEEP_MINE` /
  :data:`TAKE_THEIRS`.
- :func:`adopt_solution`, :func:`adopt_board` — "Übernehmen": copy another office's approach
  or board into the own office and record the adoption; :func:`origin_label`.
- :mod:`~kimboard.core.bundle.signing` — Ed25519 keys and fingerprints.

Every long-running function takes ``progress(done, total)``.
"""

from kimboard.core.bundle.adopt import adopt_board, adopt_solution, origin_label
from kimboard.core.bundle.export import (
    ExportOptions,
    ExportResult,
    ExportScope,
    default_file_name,
    export_bundle,
    export_text_records,
    prepare_export,
)
from kimboard.core.bundle.format import (
    DEFAULT_LIMITS,
    EXTENSION,
    FORMAT_VERSION,
    MIMETYPE,
    BundleError,
    BundleTooNew,
    CorruptBundle,
    InvalidBundle,
    Limits,
    SignatureMismatch,
    UnsafeBundle,
)
from kimboard.core.bundle.importer import (
    KEEP_MINE,
    TAKE_THEIRS,
    TARGET_KNOWN,
    TARGET_NEW,
    TARGET_OWN,
    TARGET_RESTORE,
    Conflict,
    EntityCounts,
    FieldDiff,
    ImportPreview,
    ImportResult,
    KeyNotConfirmed,
    SignatureState,
    apply_import,
    preview_import,
)
from kimboard.core.bundle.validate import Bundle, open_bundle

__all__ = [
    "DEFAULT_LIMITS", "EXTENSION", "FORMAT_VERSION", "KEEP_MINE", "MIMETYPE", "TAKE_THEIRS",
    "TARGET_KNOWN", "TARGET_NEW", "TARGET_OWN", "TARGET_RESTORE", "Bundle", "BundleError",
    "BundleTooNew",
    "Conflict", "CorruptBundle", "EntityCounts", "ExportOptions", "ExportResult",
    "ExportScope", "FieldDiff", "ImportPreview", "ImportResult", "InvalidBundle",
    "KeyNotConfirmed", "Limits", "SignatureMismatch", "SignatureState", "UnsafeBundle",
    "adopt_board", "adopt_solution", "apply_import", "default_file_name", "export_bundle",
    "export_text_records", "open_bundle", "origin_label", "prepare_export", "preview_import",
]
