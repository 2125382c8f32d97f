"""Core tests: plain pytest, no Qt."""

from __future__ import annotations

import pytest


def pytest_configure(config: pytest.Config) -> None:
    # pytest-alembic's built-in tests carry this marker; register it here too so
    # test_migrations.py runs with the plugin disabled (-p no:pytest_alembic).
    config.addinivalue_line("markers", "alembic: pytest-alembic built-in migration tests")
