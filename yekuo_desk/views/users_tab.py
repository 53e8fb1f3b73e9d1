"""Settings → 用户 (the administrator's): who may log in, with which role and station; new users, a password
reset (which also unlocks the account), a change of role, disabling a user who left."""
from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QMessageBox, QPushButton

from ..services import auth
from ..services.stations import list_units
from .reason_dialog import ask_reason
from .record_tab import RecordTab


class UsersTab(RecordTab):
    errors = (auth.AuthError,)

    def __init__(self, db, parent=None):
        super().__init__([self.tr("User name"), self.tr("Name"), self.tr("Role"), self.tr("Station or department"),
                          self.tr("State")], 3, parent)
        self._db = db
        self.title = self.tr("Users")
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
        self.record_buttons = [self.save_button, self.password_button]
        for label, widget in ((self.tr("User name"), self.login), (self.tr("Name"), self.full_name),
                              (self.tr("Role"), self.role), (self.tr("Station or department"), self.unit),
                              (self.tr("Password"), self.password), (self.tr("Password again"), self.again)):
            self.form.addRow(label, widget)
        self.form.addRow(self.disabled)
        self.add_button.clicked.connect(self.add)
        self.save_button.clicked.connect(self.save)
        self.password_button.clicked.connect(self.set_password)
        self.finish([self.add_button, *self.record_buttons])

    def fetch(self) -> list[auth.UserInfo]:
        order = list(auth.ROLE_NAMES)
        return sorted(auth.list_users(self._db), key=lambda u: (order.index(u.role), u.login))

    def cells(self, u: auth.UserInfo) -> tuple[str, ...]:
        state = self.tr("disabled") if not u.active else self.tr("locked") if u.locked else ""
        return u.login, u.full_name, u.role_name, u.unit_name, state

    def show_record(self, u: auth.UserInfo) -> None:
        self.login.setText(u.login)
        self.full_name.setText(u.full_name)
        self.role.setCurrentIndex(self.role.findData(u.role))
        self.unit.setCurrentIndex(max(0, self.unit.findData(u.unit_id)))
        self.disabled.setChecked(not u.active)

    def _password(self) -> str | None:
        if self.password.text() != self.again.text():
            QMessageBox.warning(self, self.title, self.tr("The two passwords differ."))
            return None
        return self.password.text()

    def _run(self, action) -> bool:
        done = super()._run(action)
        if done:
            for edit in (self.password, self.again):
                edit.clear()
        return done

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
                QMessageBox.information(self, self.title, self.tr("The password of %1 was set.").replace(
                    "%1", u.login))
