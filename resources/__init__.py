"""Icons, stylesheets, translations and templates; installed as ``kimboard.resources``."""

from pathlib import Path

RESOURCES_DIR = Path(__file__).resolve().parent
