"""Allows ``python -m kimboard``."""

import sys

from kimboard.cli import main

sys.exit(main())
