"""The one place that wires the app: QApplication, translations, settings, the database, the main window."""
from __future__ import annotations

import argparse
import sys
import time
from datetime import date
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from . import APP_NAME, ORGANIZATION, __version__, program_name
from .resources import resource

STARTED = time.monotonic()  # when the app's module was loaded (Qt's libraries are loaded just before)


def default_db_path() -> Path:
    """The local SQLite file in the user's data folder (AppData on Windows, ~/.local/share on Linux)."""
    from .logs import data_folder

    return data_folder() / "yekuo.db"


def install_translators(app: QApplication, language: str = "zh_CN") -> list[QTranslator]:
    """Qt's own strings and the app's, in Simplified Chinese (the UI's language)."""
    installed = []
    qt = QTranslator(app)
    if qt.load(QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    own = QTranslator(app)
    if own.load(str(resource("i18n", f"yekuo_desk_{language}.qm"))):
        app.installTranslator(own)
        installed.append(own)
    return installed


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resource("icons", "yekuo.png"))))
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    install_translators(app)
    return app


def _parse(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog=program_name())
    p.add_argument("--db", help="database file (default: the user's data folder)")
    p.add_argument("--today", type=date.fromisoformat, help="judge due dates as of this day (demos, training)")
    p.add_argument("--self-check", action="store_true",
                   help="open the window, wait until its lists are read, print the time it took, and close "
                        "(checks a bundle; measures the start)")
    return p.parse_args(argv)


def main(argv: list[str]) -> int:
    args = _parse(argv)
    app = create_application()
    from .logs import setup_logging
    from .views import crash_dialog
    crash_dialog.install(setup_logging(), interactive=not args.self_check)  # an error nobody caught: logged, told
    today = args.today or date.today()
    db_path = Path(args.db) if args.db else default_db_path()
    from .db import DatabaseError, open_database
    from .views.first_run import first_run

    first = None  # the first start's answers: the administrator is logged in, the old ledger imported
    if "://" not in str(db_path) and not db_path.exists():
        first = first_run(db_path, today)
        if first is None:
            return 0
        db_path = first.path
    from .documents.fonts import configure_from
    from .views.loader import drain_reads
    from .views.main_window import MainWindow
    from .views.workers import settle_heap

    code = 0
    while db_path is not None:  # 文件 → 切换到正式数据 / 打开演示数据 opens the other file in a new window
        try:
            db = open_database(db_path)
        except DatabaseError as exc:
            if not _offer_backup(db_path, exc):
                return 1
            continue
        if db.upgraded:  # an older file: it was backed up, then brought up to this version
            QMessageBox.information(None, QApplication.translate("app", "Data file upgraded"), db.upgraded.message())
        from .views.login_dialog import log_in
        if not (first is not None and _signed_in(db, first.admin)) and not log_in(db):  # who is working
            db.dispose()
            return code
        configure_from(db)  # the font chosen in Settings → Printing (loaded when a paper is first written)
        window = MainWindow(db, today)
        window.show()
        settle_heap()
        if args.self_check:
            _close_when_ready(window)
        else:
            window.start_checks()  # the day's first backup and a check of the file, off the GUI thread
        if first is not None and first.ledger is not None:  # the old ledger imported at the first start
            window.show_import_outcome(str(first.ledger), first.imported, first.import_error)
        first = None
        code = app.exec()
        db_path, restore_from = window.switch_to, window.restore_from
        window.deleteLater()
        drain_reads(timeout=10)  # a screen's read still running finishes before its database is closed
        db.dispose()
        if restore_from is not None:
            _restore(db_path, restore_from)
    return code


def _signed_in(db, admin: tuple[str, str]) -> bool:
    """The administrator who set the password a moment ago is not asked for it again (on the file they made)."""
    from .services import auth

    try:
        auth.login(db, *admin)
    except auth.AuthError:
        return False
    return True


def _close_when_ready(window) -> None:
    """--self-check: once the window's lists are read, say so with the time since the app was loaded, and quit."""
    from PySide6.QtCore import QTimer

    def poll() -> None:
        if window.busy:
            QTimer.singleShot(20, poll)
            return
        print(f"window ready {time.monotonic() - STARTED:.2f} s", flush=True)
        window.close()
    QTimer.singleShot(0, poll)


def _offer_backup(path: Path, exc: Exception) -> bool:
    """A file that cannot be opened: say why and, when there is a sound backup, offer to restore the latest.
    True when it was restored (the caller opens it again)."""
    from .services import backup

    damaged = getattr(exc, "damaged", False) and "://" not in str(path)
    good = next((b for b in backup.list_backups(path) if not backup.check(b.path)), None) if damaged else None
    if good is None:
        QMessageBox.critical(None, "Yekuo Desk", str(exc))
        return False
    answer = QMessageBox.question(None, "Yekuo Desk", str(exc) + "\n\n" + QApplication.translate(
        "app", "Restore the latest good backup (%1)?").replace("%1", good.label))
    if answer != QMessageBox.StandardButton.Yes:
        return False
    _restore(path, good.path)
    return True


def _restore(path: Path, source: Path) -> None:
    """Put a backup in place of the (closed) data file, saying what was kept."""
    from .services.backup import BackupError, restore

    try:
        kept = restore(path, source)
    except BackupError as exc:
        QMessageBox.critical(None, "Yekuo Desk", str(exc))
        return
    QMessageBox.information(None, "Yekuo Desk", QApplication.translate("app", "Restored %1. The file as it was "
                                                                            "is kept as %2.").replace(
        "%1", source.name).replace("%2", str(kept) if kept else "—"))
