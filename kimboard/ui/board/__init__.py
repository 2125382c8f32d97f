"""The board: model/view of columns and cards, drag and drop, keyboard moves, undo."""
