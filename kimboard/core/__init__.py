"""The Qt-free core of kimboard: data model, storage, operations, search and metrics.

Nothing under this package may import Qt; a test imports it with PySide6 blocked.
"""
