"""The Help menu's windows: the user guide (docs/用户手册.md) and the keyboard shortcuts."""
from __future__ import annotations

import re

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHeaderView, QTableWidget, QTableWidgetItem, QTextBrowser, QVBoxLayout, QWidget,
)

from ..resources import root
from .screen_fit import fit_to_screen

GUIDE = ("docs", "用户手册.md")


def guide_text() -> str:
    path = root().joinpath(*GUIDE)
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return f"# 用户手册\n\n找不到用户手册文件（{path}）。"


def plain(text: str) -> str:
    """A menu text without its mnemonic (“新建工单(&N)…” → 新建工单)."""
    return re.sub(r"\(&\w\)", "", text).replace("&", "").rstrip("…").strip()


def _closing(dialog: QDialog, layout: QVBoxLayout) -> None:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("User guide"))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        self.browser.setMarkdown(guide_text())
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        _closing(self, layout)
        self.resize(820, 680)
        fit_to_screen(self)


class ShortcutsDialog(QDialog):
    def __init__(self, actions: list[QAction], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = sorted({(plain(a.text()), a.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
                       for a in actions}, key=lambda r: r[1])
        self.table = QTableWidget(len(rows), 2)
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Shortcut")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for i, (text, keys) in enumerate(rows):
            self.table.setItem(i, 0, QTableWidgetItem(text))
            self.table.setItem(i, 1, QTableWidgetItem(keys))
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        _closing(self, layout)
        self.resize(460, 560)
        fit_to_screen(self)
