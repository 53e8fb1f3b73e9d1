"""Settings → 用户 (the administrator's): who may log in, with which role and station; new users, a password
reset (which also unlocks the account), a change of role, disabling a user who left."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QHeaderView, QLineEdit, QMessageBox, QPushButton,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from ..services import auth
from ..services.stations import list_units
from .reason_dialog import ask_reason


class UsersTab(QWidget):
    def __init__(self, db, parent=None):
        super().__init__(parent)
        self._db = db
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("User name"), self.tr("Name"), self.tr("Role"),
                                              self.tr("Station or department"), self.tr("State")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.currentCellChanged.connect(self._picked)
        self.login, self.full_name = QLineEdit(), QLineEdit()
        self.login.setMaxLength(40)
        self.full_name.setMaxLength(40)
        self.role = QComboBox()
        for code, name in auth.ROLE_NAMES.items():
            self.role.addItem(name, code)
        self.unit = QComboBox()
        self.unit.addItem("—", None)
        for u in list_units(db):
            self.unit.addItem(u.name, u.id)
        self.password, self.again = QLineEdit(), QLineEdit()
        for edit in (self.password, self.again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.disabled = QCheckBox(self.tr("Disabled (cannot log in)"))
        self.add_button = QPushButton(self.tr("Add user"))
        self.save_button = QPushButton(self.tr("Save role and station"))
        self.password_button = QPushButton(self.tr("Set the password (and unlock)"))
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.login)
        form.addRow(self.tr("Name"), self.full_name)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Station or department"), self.unit)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Password again"), self.again)
        form.addRow(self.disabled)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.save_button, self.password_button):
            buttons.addWidget(b)
        form.addRow(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(form)
        self.add_button.clicked.connect(self.add)
        self.save_button.clicked.connect(self.save)
        self.password_button.clicked.connect(self.set_password)
        self.rows: list[auth.UserInfo] = []
        self.reload()

    def reload(self) -> None:
        self.rows = auth.list_users(self._db)
        self.table.setRowCount(len(self.rows))
        for i, u in enumerate(self.rows):
            state = self.tr("disabled") if not u.active else self.tr("locked") if u.locked else ""
            for j, value in enumerate((u.login, u.full_name, u.role_name, u.unit_name, state)):
                self.table.setItem(i, j, QTableWidgetItem(value))
        self._picked()

    def selected(self) -> auth.UserInfo | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _picked(self, *_args) -> None:
        u = self.selected()
        for b in (self.save_button, self.password_button):
            b.setEnabled(u is not None)
        if u is not None:
            self.login.setText(u.login)
            self.full_name.setText(u.full_name)
            self.role.setCurrentIndex(self.role.findData(u.role))
            self.unit.setCurrentIndex(max(0, self.unit.findData(u.unit_id)))
            self.disabled.setChecked(not u.active)

    def _password(self) -> str | None:
        if self.password.text() != self.again.text():
            QMessageBox.warning(self, self.tr("Users"), self.tr("The two passwords differ."))
            return None
        return self.password.text()

    def _run(self, action) -> bool:
        try:
            action()
        except auth.AuthError as exc:
            QMessageBox.warning(self, self.tr("Users"), str(exc))
            return False
        for edit in (self.password, self.again):
            edit.clear()
        self.reload()
        return True

    def add(self) -> None:
        password = self._password()
        if password is not None:
            self._run(lambda: auth.add_user(self._db, self.login.text(), password, self.role.currentData(),
                                            unit_id=self.unit.currentData(), full_name=self.full_name.text()))

    def save(self) -> None:
        u = self.selected()
        if u is None:
            return
        reason = ask_reason(self, self.tr("Change a user"), self.tr("Change the role or station of “%1”?").replace(
            "%1", u.login))
        if reason is not None:
            self._run(lambda: auth.update_user(self._db, u.id, role=self.role.currentData(),
                                               unit_id=self.unit.currentData(), full_name=self.full_name.text(),
                                               active=not self.disabled.isChecked(), reason=reason))

    def set_password(self) -> None:
        u, password = self.selected(), self._password()
        if u is not None and password is not None:
            if self._run(lambda: auth.set_password(self._db, u.id, password)):
                QMessageBox.information(self, self.tr("Users"), self.tr("The password of %1 was set.").replace(
                    "%1", u.login))
