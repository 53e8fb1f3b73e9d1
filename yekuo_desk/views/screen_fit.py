"""Windows that fit the screen they open on: the clerks' 1366×768 laptop has about 720 pixels above its taskbar."""
from __future__ import annotations

from PySide6.QtWidgets import QWidget


def fit_to_screen(widget: QWidget) -> None:
    """Shrink `widget` to the free area of its screen (never below its minimum size, which the layouts keep
    within 1366×720)."""
    screen = widget.screen()
    if screen is None:
        return
    available = screen.availableGeometry()
    width = min(widget.width(), available.width() - 16)
    height = min(widget.height(), available.height() - 40)  # the title bar
    if (width, height) != (widget.width(), widget.height()):
        widget.resize(max(width, widget.minimumSizeHint().width()), max(height, widget.minimumSizeHint().height()))
