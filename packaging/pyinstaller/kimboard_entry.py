"""Entry script of both executables of the PyInstaller build.

``kimboard`` (windowed GUI) and ``kimboard-cli`` (console) run the same code as the installed
``kimboard`` command: :func:`kimboard.cli.main`. Without a subcommand it opens the window.
"""

import os
import sys


def _give_missing_streams_a_sink() -> None:
    """A windowed executable on Windows starts without a console: ``sys.stdout`` and
    ``sys.stderr`` are None there. Writing or flushing them (kimboard's own messages,
    warnings of libraries, ``--smoke-test``'s line) must not end in an error dialog."""
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115


if __name__ == "__main__":
    _give_missing_streams_a_sink()
    from kimboard.cli import main

    sys.exit(main())
