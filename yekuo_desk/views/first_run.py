"""First run: the unit name every paper prints, this PC's station or office, the administrator, how to start (an
empty register, the old Excel ledger, or a look at the demo bureau) and the shared database (optional). The demo
lives in its own file beside the real one, so real data never mixes with it."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPushButton,
    QRadioButton, QVBoxLayout, QWidget,
)

from ..models import Station
from ..services.papers import BUREAU_NAME
from ..services.stations import suggest_code, valid_code
from ..services.validation import max_length
from .screen_fit import fit_to_screen


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


class FirstRunDialog(QDialog):
    """The first start's questions, in four short sections: the unit and this PC, the administrator, how to start
    (empty, the old ledger, or the demo), and the shared database (optional)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to Yekuo Desk"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("This is a new database. Give the name of your unit: every receipt, notice and "
                               "report prints it."))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        unit = QGroupBox(self.tr("1. Your unit and this PC"))
        form = QFormLayout(unit)
        self.bureau_edit = QLineEdit()
        self.bureau_edit.setMaxLength(60)
        self.bureau_edit.setPlaceholderText(self.tr("e.g. 澄川县供电局"))
        form.addRow(self.tr("Unit name:"), self.bureau_edit)
        self.station_radio = QRadioButton(self.tr("A supply station's PC:"))
        self.office_radio = QRadioButton(self.tr("An office of the bureau (sees every station)"))
        self.office_radio.setChecked(True)
        self.station_edit = QLineEdit()
        self.station_edit.setMaxLength(max_length(Station, "name"))
        self.station_edit.setPlaceholderText(self.tr("e.g. 城关供电所"))
        self.code_edit = QLineEdit()
        self.code_edit.setMaxLength(6)
        self.code_edit.setPlaceholderText(self.tr("code in case numbers, e.g. CG"))
        self.code_edit.setMaximumWidth(160)
        self.station_edit.textEdited.connect(lambda name: self.code_edit.setText(suggest_code(name.strip())
                                                                                if name.strip() else ""))
        line = QHBoxLayout()
        line.addWidget(self.station_edit, 1)
        line.addWidget(self.code_edit)
        form.addRow(self.station_radio, line)
        form.addRow(self.office_radio)
        for radio in (self.station_radio, self.office_radio):
            radio.toggled.connect(self._station_enabled)
        layout.addWidget(unit)

        admin = QGroupBox(self.tr("2. The system administrator (users, stations, rules, calendar) logs in with:"))
        form = QFormLayout(admin)
        self.login_edit = QLineEdit("admin")
        self.login_edit.setMaxLength(40)
        self.password_edit, self.again_edit = QLineEdit(), QLineEdit()
        for edit in (self.password_edit, self.again_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Administrator's user name:"), self.login_edit)
        form.addRow(self.tr("Password (6 or more):"), self.password_edit)
        form.addRow(self.tr("Password again:"), self.again_edit)
        layout.addWidget(admin)

        start = QGroupBox(self.tr("3. How to start"))
        box = QVBoxLayout(start)
        self.empty_radio = QRadioButton(self.tr("Start with an empty register (your real data)"))
        self.import_radio = QRadioButton(self.tr("Import the old Excel ledger:"))
        self.ledger_edit = QLineEdit()
        self.ledger_edit.setPlaceholderText(self.tr(".xlsx or .xls; 文件 → 保存导入模板 shows the columns"))
        browse = QPushButton(self.tr("Choose…"))
        browse.setAutoDefault(False)
        browse.clicked.connect(self._choose_ledger)
        line = QHBoxLayout()
        line.addWidget(self.import_radio)
        line.addWidget(self.ledger_edit, 1)
        line.addWidget(browse)
        self.demo_radio = QRadioButton(self.tr("Look at the demo bureau first (12 stations, 5,000 invented cases, "
                                               "in a separate demo file; 文件 → 切换到正式数据 comes back)"))
        self.empty_radio.setChecked(True)
        box.addWidget(self.empty_radio)
        box.addLayout(line)
        box.addWidget(self.demo_radio)
        self.ledger_edit.textEdited.connect(lambda text: text and self.import_radio.setChecked(True))
        layout.addWidget(start)

        shared = QGroupBox(self.tr("4. The bureau's shared database (optional)"))
        form = QFormLayout(shared)
        note = QLabel(self.tr("Leave empty on a PC without the network; 设置 → 同步 connects later."))
        note.setWordWrap(True)
        form.addRow(note)
        self.url_edit = QLineEdit()
        self.url_edit.setPlaceholderText("postgresql://yekuo_st_cg@10.0.0.5:5432/yekuo")
        self.sync_password_edit = QLineEdit()
        self.sync_password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Address:"), self.url_edit)
        form.addRow(self.tr("Its password:"), self.sync_password_edit)
        layout.addWidget(shared)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._station_enabled()
        fit_to_screen(self)

    def _station_enabled(self) -> None:
        for edit in (self.station_edit, self.code_edit):
            edit.setEnabled(self.station_radio.isChecked())

    def _choose_ledger(self) -> None:
        from .file_dialogs import open_file_name

        path = open_file_name(self, self.tr("The old ledger"), self.tr("Excel ledgers (*.xlsx *.xls)"))
        if path:
            self.ledger_edit.setText(path)
            self.import_radio.setChecked(True)

    def _problem(self) -> tuple[str, QWidget | None]:
        """What is missing or wrong, and the box to go to ("" when all is well)."""
        from ..services.auth import AuthError, check_password
        from ..services.sync.shared_db import SharedDbError, engine_url

        if not self.bureau:
            return self.tr("Please give the unit name."), self.bureau_edit
        if self.station is not None:
            name, code = self.station
            if not name:
                return self.tr("Please give the name of this PC's supply station."), self.station_edit
            if not valid_code(code):
                return self.tr("The station's code is 2 to 6 capital letters (it begins every case number)."), \
                    self.code_edit
        if not self.login_edit.text().strip():
            return self.tr("Please give the administrator's user name."), self.login_edit
        if self.password_edit.text() != self.again_edit.text():
            return self.tr("The two passwords differ."), self.password_edit
        try:
            check_password(self.password_edit.text())
        except AuthError as exc:
            return str(exc), self.password_edit
        if self.import_radio.isChecked():
            ledger = Path(self.ledger_edit.text().strip())
            if not ledger.is_file() or ledger.suffix.lower() not in (".xlsx", ".xls"):
                return self.tr("Choose the ledger to import: an .xlsx or .xls file that exists."), self.ledger_edit
        if self.shared_address:
            try:
                engine_url(self.shared_address)
            except SharedDbError as exc:
                return str(exc), self.url_edit
        return "", None

    def accept(self) -> None:
        problem, where = self._problem()
        if problem:
            QMessageBox.warning(self, self.windowTitle(), problem)
            if where is not None:
                where.setFocus()
            return
        super().accept()

    @property
    def bureau(self) -> str:
        return self.bureau_edit.text().strip()

    @property
    def station(self) -> tuple[str, str] | None:
        """(name, code) of this PC's station, None on an office PC."""
        if not self.station_radio.isChecked():
            return None
        return self.station_edit.text().strip(), self.code_edit.text().strip().upper()

    @property
    def wants_demo(self) -> bool:
        return self.demo_radio.isChecked()

    @property
    def ledger(self) -> Path | None:
        return Path(self.ledger_edit.text().strip()) if self.import_radio.isChecked() else None

    @property
    def shared_address(self) -> str:
        return self.url_edit.text().strip()


def create_real(path: Path, bureau: str, admin: tuple[str, str] | None = None,
                station: tuple[str, str] | None = None, before_admin=None) -> None:
    """Create the real database with the unit's name, this PC's station (`station`: name, code; its screens and
    meeting charts then show it) and (`admin`: login, password) its administrator. `before_admin(db)` runs while
    the file has no user yet, with the setup administrator's rights (the old ledger's import: registering cases is
    not an administrator's right once users exist)."""
    from ..db import open_database
    from ..services.auth import ADMIN, add_user, login
    from ..services.settings_store import set_setting
    from ..services.stations import add_station
    from ..services.sync.outbox import set_state
    from ..services.sync.setup import PC_STATION

    db = open_database(path)
    try:
        with db.transaction() as s:
            set_setting(s, BUREAU_NAME, bureau)
        if station is not None:
            made = add_station(db, *station)
            with db.transaction() as s:
                set_state(s, PC_STATION, made.id)
        if before_admin is not None:
            before_admin(db)
        if admin is not None:
            add_user(db, admin[0], admin[1], ADMIN, full_name="系统管理员")
            login(db, *admin)
    finally:
        db.dispose()


def _with_progress(parent, label: str, work) -> tuple[object, Exception | None]:
    """Run `work()` on a worker thread with a progress dialog, the window staying alive; (result, error)."""
    from .workers import Task

    done: list[object] = []
    failed: list[Exception] = []
    loop = QEventLoop()
    task = Task(parent, lambda progress, cancelled: work(progress), label=label, on_done=done.append,
                on_error=failed.append)
    task.sig_done.connect(loop.quit)
    task.start()
    loop.exec()
    return (done[0] if done else None), (failed[0] if failed else None)


def build_demo_file(path: Path, today: date, parent=None) -> bool:
    """Build the demo bureau in its own file with a progress dialog (the window stays alive); True when built.
    A half-built file (a failure, a crash) is removed so that the next try starts clean."""
    from ..db import open_database
    from ..services.demo import build_demo
    from PySide6.QtWidgets import QApplication

    if path.exists():
        return True
    building = path.with_name(path.name + ".building")
    for leftover in (building, Path(f"{building}-wal"), Path(f"{building}-shm")):
        leftover.unlink(missing_ok=True)
    db = open_database(building)
    _, failed = _with_progress(parent, QApplication.translate("app", "Building the demo bureau…"),
                               lambda progress: build_demo(db, today=today, progress=progress))
    db.dispose()
    if failed:
        building.unlink(missing_ok=True)
        QMessageBox.critical(parent, "Yekuo Desk", str(failed))
        return False
    building.rename(path)
    return True


def connect_shared(path: Path, admin: tuple[str, str], address: str, password: str, parent=None) -> bool:
    """Connect the new file to the shared database (as 设置 → 同步 does), saying how it went; a failure leaves the
    file unconnected, to be connected later."""
    from ..db import open_database
    from ..services.auth import login
    from ..services.sync.setup import configure
    from PySide6.QtWidgets import QApplication

    db = open_database(path)
    try:
        login(db, *admin)
        connected, failed = _with_progress(parent, QApplication.translate("app", "Connecting to the shared database…"),
                                           lambda progress: configure(db, address, password))
    finally:
        db.dispose()
    title = QApplication.translate("app", "The shared database")
    if failed is not None:
        QMessageBox.warning(parent, title, QApplication.translate(
            "app", "Not connected: %1\nThe register works without it; 设置 → 同步 connects later.").replace(
            "%1", str(failed)))
        return False
    QMessageBox.information(parent, title, QApplication.translate(
        "app", "Connected as %1 (%2). The first sync brings the bureau's data.").replace(
        "%1", connected.login).replace("%2", connected.station))
    return True


@dataclass(frozen=True)
class FirstStart:
    """What the first start leads to: the file to open, the administrator who just set the password (logged in
    without asking again), and the old ledger imported (its result, or why it could not be read), shown once the
    window is up."""
    path: Path
    admin: tuple[str, str]
    ledger: Path | None = None
    imported: object | None = None           # importer.ImportResult
    import_error: Exception | None = None


def first_run(real: Path, today: date) -> FirstStart | None:
    """Ask the first-run questions and make the real file; None when cancelled. With a shared database, this PC's
    station comes from its account (and the stations with the first sync), not from the dialog."""
    from PySide6.QtWidgets import QApplication

    from ..services.importer import import_cases

    dialog = FirstRunDialog()
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    admin = (dialog.login_edit.text().strip(), dialog.password_edit.text())
    shared, ledger = dialog.shared_address, dialog.ledger
    outcome: dict = {}

    def import_ledger(db) -> None:  # the ledger's stations are made as it names them
        outcome["imported"], outcome["import_error"] = _with_progress(
            None, QApplication.translate("app", "Importing %1…").replace("%1", ledger.name),
            lambda progress: import_cases(db, ledger, today=today, progress=progress, new_stations=True))
    create_real(real, dialog.bureau, admin, None if shared else dialog.station,
                import_ledger if ledger is not None else None)
    if shared:
        connect_shared(real, admin, shared, dialog.sync_password_edit.text())
    if dialog.wants_demo and build_demo_file(demo_path(real), today):
        return FirstStart(demo_path(real), admin)
    return FirstStart(real, admin, ledger, **outcome)
