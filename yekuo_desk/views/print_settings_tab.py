"""Settings → Printing: the unit named on every paper, the receipt's paper size, and the font file, with the
font actually in use (and a warning when the papers may not print right)."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPushButton, QWidget,
)

from ..db import Database
from ..services.print_settings import (
    BUREAU_MAX, PAPER_SIZES, PrintSettings, PrintSettingsError, load_print_settings, save_print_settings,
)
from .guard import guarded
from .workers import Task


class PrintSettingsTab(QWidget):
    def __init__(self, db: Database, parent=None):
        super().__init__(parent)
        self._db = db
        ps = load_print_settings(db)
        form = QFormLayout(self)
        self.bureau = QLineEdit(ps.bureau)
        self.bureau.setMaxLength(BUREAU_MAX)
        form.addRow(self.tr("Unit printed on every paper"), self.bureau)
        self.paper = QComboBox()
        for size in PAPER_SIZES:
            self.paper.addItem(size, size)
        self.paper.setCurrentIndex(self.paper.findData(ps.paper_size))
        form.addRow(self.tr("Paper for receipts and contact cards"), self.paper)
        self.font_path = QLineEdit(ps.font_path)
        self.font_path.setPlaceholderText(self.tr("Automatic: the font shipped with the app, else the system's"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.font_path)
        row.addWidget(browse)
        form.addRow(self.tr("Font file for PDF papers"), row)
        self.font_status = QLabel()
        self.font_status.setWordWrap(True)
        form.addRow("", self.font_status)
        self.save_button = QPushButton(self.tr("Save"))
        form.addRow(self.save_button)
        self._status_asked = False

    @guarded(None)
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._status_asked:  # loading a font takes a moment: only when the tab is looked at
            self._status_asked = True
            self.show_font_status()

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Font file for PDF papers"), self.font_path.text(),
                                              self.tr("TrueType fonts (*.ttf *.ttc)"))
        if path:
            self.font_path.setText(path)

    def show_font_status(self) -> Task:
        """Which font the papers use now, found on a worker thread."""
        from ..documents.fonts import cjk_font

        def shown(choice) -> None:
            used = choice.path or self.tr("the built-in STSong-Light (not embedded)")
            text = self.tr("In use: %1").replace("%1", used)
            self.font_status.setText(f"{text}\n{choice.warning}" if choice.warning else text)
            self.font_status.setStyleSheet("color: #b00020;" if choice.warning else "color: #555;")
        return Task(self, lambda progress, cancelled: cjk_font(), on_done=shown).start()

    def save(self) -> bool:
        from ..documents.fonts import FontError, check_font_file, configure

        path = self.font_path.text().strip()
        try:
            if path:
                check_font_file(path)
            save_print_settings(self._db, PrintSettings(self.bureau.text(), self.paper.currentData(), path))
        except (FontError, PrintSettingsError) as exc:
            QMessageBox.warning(self, self.tr("Printing"), str(exc))
            return False
        configure(path)
        self.show_font_status()
        return True
