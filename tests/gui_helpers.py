"""Helpers for GUI tests."""
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget


def type_chinese(widget: QWidget, text: str) -> None:
    """Type text as an input method commits it (qtbot.keyClicks aborts on non-ASCII characters)."""
    widget.setFocus()
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def wait_loaded(qtbot, *screens, timeout: int = 5000) -> None:
    """Wait until each screen (or register model) has the rows of its newest read on show."""
    for screen in screens:
        qtbot.waitUntil(lambda s=screen: not s.busy, timeout=timeout)


def settle(*screens, timeout: float = 10.0) -> None:
    """wait_loaded without a qtbot: spin the event loop until each screen's newest read is on show."""
    import time

    deadline = time.monotonic() + timeout
    for screen in screens:
        while screen.busy:
            if time.monotonic() > deadline:
                raise TimeoutError(f"{type(screen).__name__} still reading after {timeout} s")
            QApplication.processEvents()
            time.sleep(0.002)
