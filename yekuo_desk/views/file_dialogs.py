"""File dialogs that start in the user's Documents folder and then in the last folder used (remembered across
runs), so a clerk saving the day's lists finds them where the last ones went."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

LAST_FOLDER = "files/last_folder"


def start_folder() -> Path:
    last = QSettings().value(LAST_FOLDER, "")
    if last and Path(str(last)).is_dir():
        return Path(str(last))
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def _remember(path: str) -> str:
    if path:
        QSettings().setValue(LAST_FOLDER, str(Path(path).parent))
    return path


def save_file_name(parent: QWidget, title: str, suggested: str, filters: str) -> str:
    """The file to write ("" when cancelled); `suggested` is a name, or a path whose folder is used."""
    start = Path(suggested) if Path(suggested).is_absolute() else start_folder() / suggested
    path, _ = QFileDialog.getSaveFileName(parent, title, str(start), filters)
    return _remember(path)


def open_file_name(parent: QWidget, title: str, filters: str) -> str:
    path, _ = QFileDialog.getOpenFileName(parent, title, str(start_folder()), filters)
    return _remember(path)
