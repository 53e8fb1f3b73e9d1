"""First run: the unit name every paper prints, and the choice between an empty register and a look at the
demo bureau. The demo lives in its own file beside the real one, so real data never mixes with it."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QMessageBox, QRadioButton, QVBoxLayout,
)

from ..services.papers import BUREAU_NAME


def demo_path(real: Path) -> Path:
    """The demo bureau's own file, beside the real one (yekuo.db → yekuo-demo.db)."""
    return real.with_name(f"{real.stem}-demo{real.suffix or '.db'}")


def real_path(demo: Path) -> Path:
    """The real file a demo file stands beside (yekuo-demo.db → yekuo.db); a demo made elsewhere (``main.py demo
    --db X``) leads to the default real file in the user's data folder."""
    if demo.stem.endswith("-demo"):
        return demo.with_name(demo.stem.removesuffix("-demo") + demo.suffix)
    from ..app import default_db_path
    return default_db_path()


def is_demo(db) -> bool:
    from ..services.demo import DEMO_MARK
    from ..services.settings_store import get_setting

    with db.session() as s:
        return get_setting(s, DEMO_MARK, "") == "1"


class FirstRunDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to Yekuo Desk"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("This is a new database. Give the name of your unit: every receipt, notice and "
                               "report prints it."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.bureau_edit = QLineEdit()
        self.bureau_edit.setMaxLength(60)
        self.bureau_edit.setPlaceholderText(self.tr("e.g. 澄川县供电局"))
        form.addRow(self.tr("Unit name:"), self.bureau_edit)
        admin_note = QLabel(self.tr("The system administrator (users, stations, rules, calendar) logs in with:"))
        admin_note.setWordWrap(True)
        form.addRow(admin_note)
        self.login_edit = QLineEdit("admin")
        self.login_edit.setMaxLength(40)
        self.password_edit, self.again_edit = QLineEdit(), QLineEdit()
        for edit in (self.password_edit, self.again_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Administrator's user name:"), self.login_edit)
        form.addRow(self.tr("Password (6 or more):"), self.password_edit)
        form.addRow(self.tr("Password again:"), self.again_edit)
        layout.addLayout(form)
        self.empty_radio = QRadioButton(self.tr("Start with an empty register (your real data)"))
        self.demo_radio = QRadioButton(self.tr("Look at the demo bureau first (12 stations, 5,000 invented cases, "
                                               "in a separate demo file; 文件 → 切换到正式数据 comes back)"))
        self.empty_radio.setChecked(True)
        layout.addWidget(self.empty_radio)
        layout.addWidget(self.demo_radio)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        from ..services.auth import AuthError, check_password

        if not self.bureau.strip():
            QMessageBox.warning(self, self.windowTitle(), self.tr("Please give the unit name."))
            self.bureau_edit.setFocus()
            return
        problem = ""
        if not self.login_edit.text().strip():
            problem = self.tr("Please give the administrator's user name.")
        elif self.password_edit.text() != self.again_edit.text():
            problem = self.tr("The two passwords differ.")
        else:
            try:
                check_password(self.password_edit.text())
            except AuthError as exc:
                problem = str(exc)
        if problem:
            QMessageBox.warning(self, self.windowTitle(), problem)
            self.password_edit.setFocus()
            return
        super().accept()

    @property
    def bureau(self) -> str:
        return self.bureau_edit.text().strip()

    @property
    def wants_demo(self) -> bool:
        return self.demo_radio.isChecked()


def create_real(path: Path, bureau: str, admin: tuple[str, str] | None = None) -> None:
    """Create the real database with the unit's name and (`admin`: login, password) its administrator."""
    from ..db import open_database
    from ..services.auth import ADMIN, add_user
    from ..services.settings_store import set_setting

    db = open_database(path)
    try:
        with db.transaction() as s:
            set_setting(s, BUREAU_NAME, bureau)
        if admin is not None:
            add_user(db, admin[0], admin[1], ADMIN, full_name="系统管理员")
    finally:
        db.dispose()


def build_demo_file(path: Path, today: date, parent=None) -> bool:
    """Build the demo bureau in its own file with a progress dialog (the window stays alive); True when built.
    A half-built file (a failure, a crash) is removed so that the next try starts clean."""
    from ..db import open_database
    from ..services.demo import build_demo
    from PySide6.QtWidgets import QApplication
    from .workers import Task

    if path.exists():
        return True
    building = path.with_name(path.name + ".building")
    for leftover in (building, Path(f"{building}-wal"), Path(f"{building}-shm")):
        leftover.unlink(missing_ok=True)
    db = open_database(building)
    failed: list[Exception] = []
    loop = QEventLoop()
    task = Task(parent, lambda progress, cancelled: build_demo(db, today=today, progress=progress),
                label=QApplication.translate("app", "Building the demo bureau…"), on_error=failed.append)
    task.sig_done.connect(loop.quit)
    task.start()
    loop.exec()
    db.dispose()
    if failed:
        building.unlink(missing_ok=True)
        QMessageBox.critical(parent, "Yekuo Desk", str(failed[0]))
        return False
    building.rename(path)
    return True


def first_run(real: Path, today: date) -> Path | None:
    """Ask the first-run questions; returns the file to open (the real one or the demo), None when cancelled."""
    dialog = FirstRunDialog()
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    create_real(real, dialog.bureau, (dialog.login_edit.text().strip(), dialog.password_edit.text()))
    if dialog.wants_demo and build_demo_file(demo_path(real), today):
        return demo_path(real)
    return real
