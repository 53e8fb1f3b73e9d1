"""Settings → 同步 (the administrator's): the shared database's address and this PC's password, tested before
they are kept, and how often to sync by itself."""
from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QMessageBox, QPushButton, QSpinBox, QVBoxLayout, QWidget

from ..services.auth import AuthError
from ..services.sync.engine import SyncError
from ..services.sync.setup import configure, set_auto_minutes, status
from .workers import Task


class SyncTab(QWidget):
    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.db = db
        st = status(db)
        self.address = QLineEdit(st.url or "")
        self.address.setPlaceholderText("postgresql://yekuo_st_cg@192.168.1.10:5432/yekuo")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Given by the bureau's administrator with the address"))
        self.auto = QSpinBox()
        self.auto.setRange(0, 1440)
        self.auto.setSuffix(self.tr(" min"))
        self.auto.setSpecialValueText(self.tr("Off"))
        self.auto.setValue(st.auto_minutes)
        self.connect_button = QPushButton(self.tr("&Test and save the connection"))
        self.auto_button = QPushButton(self.tr("Save the &interval"))
        self.result = QLabel()
        self.result.setWordWrap(True)
        note = QLabel(self.tr(
            "The address is the one printed by “shared-db add-station” or “add-office”. The password is kept in "
            "the operating system's credential store (Windows Credential Manager), or, where there is none, in "
            "a file of your user folder that only your login can read; it is never written into the data file. "
            "A station PC receives only its station's cases; office PCs receive every station's."))
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("Password"), self.password)
        form.addRow("", self.connect_button)
        form.addRow(self.tr("Sync automatically every"), self.auto)
        form.addRow("", self.auto_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.result)
        layout.addWidget(note)
        layout.addStretch(1)
        self.connect_button.clicked.connect(self.test_and_save)
        self.auto_button.clicked.connect(self.save_interval)

    def test_and_save(self) -> None:
        url, password = self.address.text().strip(), self.password.text()
        if not url or not password:
            QMessageBox.warning(self, self.tr("Sync"), self.tr("Enter the address and the password."))
            return
        self.connect_button.setEnabled(False)
        self.result.setText(self.tr("Connecting…"))
        Task(self, lambda progress, cancelled: configure(self.db, url, password),
             on_done=self._connected, on_error=self._refused).start()

    def _connected(self, done) -> None:
        self.connect_button.setEnabled(True)
        self.password.clear()
        self.result.setText(self.tr("Connected as %1 (%2). The password is kept in: %3")
                            .replace("%1", done.login).replace("%2", done.station).replace("%3", done.kept))

    def _refused(self, exc: Exception) -> None:
        self.connect_button.setEnabled(True)
        self.result.setText(str(exc) if isinstance(exc, (SyncError, AuthError)) else f"{type(exc).__name__}: {exc}")

    def save_interval(self) -> None:
        try:
            set_auto_minutes(self.db, self.auto.value())
        except SyncError as exc:
            QMessageBox.warning(self, self.tr("Sync"), str(exc))
            return
        QMessageBox.information(self, self.tr("Sync"), self.tr("Saved."))
