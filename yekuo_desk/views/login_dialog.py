"""Logging in (at start, when the file has users), unlocking after the idle time, changing one's password, and
the watcher that locks the window when nobody has touched it for a while."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import (
    QApplication, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget,
)

from ..services import auth


class LoginDialog(QDialog):
    """Login name and password; a refusal (wrong password, locked account) is said in the dialog, which stays
    open. `locked_login`: unlocking the window of that user (the name cannot be changed, 退出 quits)."""

    def __init__(self, db, parent: QWidget | None = None, *, locked_login: str | None = None, hint: str = ""):
        super().__init__(parent)
        self._db = db
        self.setWindowTitle(self.tr("Locked — Yekuo Desk") if locked_login else self.tr("Log in — Yekuo Desk"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("The window was locked after a time without use. Enter your password to go on.")
                       if locked_login else self.tr("This data file has users: log in to work in it."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.login_edit = QLineEdit(locked_login or "")
        self.login_edit.setReadOnly(bool(locked_login))
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("User name:"), self.login_edit)
        form.addRow(self.tr("Password:"), self.password_edit)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setStyleSheet("color:#b00020;")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        if hint:
            note = QLabel(hint)
            note.setWordWrap(True)
            note.setStyleSheet("color:#555;")
            layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Log in"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        (self.password_edit if locked_login else self.login_edit).setFocus()
        self.resize(380, self.sizeHint().height())

    def accept(self) -> None:
        try:
            auth.login(self._db, self.login_edit.text(), self.password_edit.text())
        except auth.AuthError as exc:
            self.message.setText(str(exc))
            self.password_edit.clear()
            self.password_edit.setFocus()
            return
        super().accept()


def log_in(db, parent: QWidget | None = None) -> bool:
    """At start: nothing to do on a file without users; else the login dialog. False when the user quits."""
    with db.session() as s:
        if not auth.has_users(s):
            return True
    from ..services.demo import DEMO_PASSWORD, DEMO_USERS, is_demo

    hint = (QApplication.translate("login", "Demo users: %1; password %2").replace(
        "%1", "、".join(f"{login}（{auth.ROLE_NAMES[role]}）" for login, _, role, _ in DEMO_USERS))
        .replace("%2", DEMO_PASSWORD) if is_demo(db) else "")
    return LoginDialog(db, parent, hint=hint).exec() == QDialog.DialogCode.Accepted


class PasswordDialog(QDialog):
    """Change one's own password: the old one, the new one twice."""

    def __init__(self, db, parent: QWidget | None = None):
        super().__init__(parent)
        self._db = db
        self.setWindowTitle(self.tr("Change my password"))
        form = QFormLayout(self)
        self.old_edit, self.new_edit, self.again_edit = QLineEdit(), QLineEdit(), QLineEdit()
        for label, edit in ((self.tr("Current password:"), self.old_edit), (self.tr("New password:"), self.new_edit),
                            (self.tr("New password again:"), self.again_edit)):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            form.addRow(label, edit)
        self.message = QLabel()
        self.message.setStyleSheet("color:#b00020;")
        form.addRow(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        if self.new_edit.text() != self.again_edit.text():
            self.message.setText(self.tr("The two new passwords differ."))
            return
        try:
            auth.set_password(self._db, self._db.actor.user_id, self.new_edit.text(),
                              old_password=self.old_edit.text())
        except auth.AuthError as exc:
            self.message.setText(str(exc))
            return
        super().accept()


class IdleWatcher(QObject):
    """Calls `on_idle` after `minutes` without a key, a click or a mouse move anywhere in the app."""

    INPUT = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel}

    def __init__(self, minutes: float, on_idle, parent: QObject | None = None):
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(max(1, int(minutes * 60_000)))
        self.timer.timeout.connect(on_idle)
        QApplication.instance().installEventFilter(self)
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in self.INPUT and self.timer.isActive():
            self.timer.start()  # again from zero
        return False

    def stop(self) -> None:
        self.timer.stop()
        QApplication.instance().removeEventFilter(self)
