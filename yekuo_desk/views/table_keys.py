"""Enter on a table opens the current row, as double-click does."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView


class _EnterFilter(QObject):
    def __init__(self, view: QAbstractItemView, action: Callable[[], None]):
        super().__init__(view)
        self._action = action

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._action()
            return True
        return False


def open_on_enter(view: QAbstractItemView, action: Callable[[], None]) -> None:
    view.installEventFilter(_EnterFilter(view, action))
