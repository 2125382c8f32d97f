"""kimboard: Kanban, Scrum and retrospectives for immigration offices in the KIM network."""

__version__ = "0.1.0"
APP_NAME = "kimboard"
