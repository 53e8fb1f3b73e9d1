"""Confirm a change that needs a reason: what it will do, line by line, and the reason kept in the history."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QLabel, QLineEdit, QMessageBox, QPlainTextEdit, QVBoxLayout, QWidget,
)

from .screen_fit import fit_to_screen


class ReasonDialog(QDialog):
    def __init__(self, title: str, intro: str, lines: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        label = QLabel(intro)
        label.setWordWrap(True)
        layout.addWidget(label)
        if lines:
            effects = QPlainTextEdit("\n".join(lines))
            effects.setReadOnly(True)
            effects.setMinimumWidth(520)
            effects.setMaximumHeight(260)
            layout.addWidget(effects)
        layout.addWidget(QLabel(self.tr("Reason (kept in the history):")))
        self.reason_edit = QLineEdit()
        self.reason_edit.setMaxLength(200)
        layout.addWidget(self.reason_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_to_screen(self)

    @property
    def reason(self) -> str:
        return self.reason_edit.text().strip()

    def accept(self) -> None:
        if not self.reason:
            QMessageBox.warning(self, self.windowTitle(), self.tr("Please give a reason."))
            self.reason_edit.setFocus()
            return
        super().accept()


def ask_reason(parent: QWidget, title: str, intro: str, lines: list[str] = ()) -> str | None:
    """The reason the user gave, or None when cancelled."""
    dialog = ReasonDialog(title, intro, list(lines), parent)
    return dialog.reason if dialog.exec() == QDialog.DialogCode.Accepted else None
