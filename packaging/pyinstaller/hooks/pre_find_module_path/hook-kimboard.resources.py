"""``kimboard.resources`` is the folder ``resources/`` at the top of the source tree, mapped
into the ``kimboard`` package by setuptools (``package-dir`` in pyproject.toml). PyInstaller's
module graph looks for it in ``kimboard/`` and does not ask setuptools' import finder of an
editable install; point it at the source tree the spec builds from."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[4]


def pre_find_module_path(api):  # type: ignore[no-untyped-def]
    if (ROOT / "resources" / "__init__.py").is_file():
        api.search_dirs = [str(ROOT)]
