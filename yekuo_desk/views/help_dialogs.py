"""The Help menu's windows: the user guide (docs/用户手册.md), the keyboard shortcuts, and About (the version,
where the data file, its backups and the logs are, each openable with one click)."""
from __future__ import annotations

import re

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidget,
    QTableWidgetItem, QTextBrowser, QVBoxLayout, QWidget,
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
        self.browser.setSearchPaths([str(root().joinpath(*GUIDE[:-1]))])  # the screenshots beside the guide
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


def open_folder(folder: Path) -> bool:
    """Show a folder in the system's file manager (made first if it is not there yet)."""
    folder.mkdir(parents=True, exist_ok=True)
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class AboutDialog(QDialog):
    """The version, and the places of this PC's data: the file, its backups, the logs, with a button each."""

    def __init__(self, data_file: str, parent: QWidget | None = None):
        super().__init__(parent)
        from .. import __version__
        from ..logs import log_folder
        from ..services.backup import backup_folder

        self.setWindowTitle(self.tr("About Yekuo Desk"))
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("<b>Yekuo Desk %1</b><br>Supervision of new-connection applications for county "
                               "power-supply bureaus.").replace("%1", __version__))
        layout.addWidget(title)
        form = QFormLayout()
        self.places: dict[str, Path] = {}
        local = "://" not in data_file
        rows = [(self.tr("Data file:"), Path(data_file).parent if local else None, data_file),
                (self.tr("Backups:"), backup_folder(Path(data_file)) if local else None, None),
                (self.tr("Logs:"), log_folder(), None)]
        for label, folder, shown in rows:
            line = QHBoxLayout()
            text = QLabel(shown or str(folder or "—"))
            text.setWordWrap(True)
            line.addWidget(text, 1)
            if folder is not None:
                button = QPushButton(self.tr("Open the folder"))
                button.setAutoDefault(False)
                button.clicked.connect(lambda _=False, f=folder: open_folder(f))
                line.addWidget(button)
                self.places[label] = folder
            form.addRow(label, line)
        layout.addLayout(form)
        _closing(self, layout)
        self.resize(620, 200)
        fit_to_screen(self)
