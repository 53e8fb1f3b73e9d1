"""The one place that wires the app: QApplication, translations, settings, the database, the main window."""
from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from . import APP_NAME, __version__
from .resources import resource

ORGANIZATION = "Yekuo"


def default_db_path() -> Path:
    """The local SQLite file in the user's data folder (AppData on Windows, ~/.local/share on Linux)."""
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, ORGANIZATION) / "yekuo.db"


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
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    install_translators(app)
    return app


def _parse(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="main.py")
    p.add_argument("--db", help="database file (default: the user's data folder)")
    p.add_argument("--today", type=date.fromisoformat, help="judge due dates as of this day (demos, training)")
    return p.parse_args(argv)


def _offer_demo(db_path: Path, today: date) -> None:
    """First run: offer to fill the new database with the demo bureau (off the GUI thread)."""
    from .db import open_database
    from .services.demo import build_demo
    from .views.workers import Task

    answer = QMessageBox.question(
        None, QApplication.translate("app", "Welcome to Yekuo Desk"),
        QApplication.translate("app", "This is a new database. Load a demo bureau (12 stations, 5,000 cases) "
                                      "to look around?\n\nChoose No to start with an empty register."))
    db = open_database(db_path)
    if answer != QMessageBox.StandardButton.Yes:
        db.dispose()
        return
    from PySide6.QtCore import QEventLoop

    loop = QEventLoop()
    task = Task(None, lambda progress, cancelled: build_demo(db, today=today, progress=progress),
                label=QApplication.translate("app", "Building the demo bureau…"),
                on_error=lambda exc: QMessageBox.critical(None, "Yekuo Desk", str(exc)))
    task.sig_done.connect(loop.quit)
    task.start()  # `task` stays referenced until the loop ends: its thread must outlive nothing
    loop.exec()
    db.dispose()


def _install_excepthook() -> None:
    """An error nobody caught is shown to the user, not lost in a console they never see."""
    import traceback

    from .views.errors import describe

    def hook(kind, exc, tb):
        traceback.print_exception(kind, exc, tb)
        QMessageBox.critical(None, "Yekuo Desk", describe(exc))

    sys.excepthook = hook


def main(argv: list[str]) -> int:
    args = _parse(argv)
    app = create_application()
    _install_excepthook()
    today = args.today or date.today()
    db_path = Path(args.db) if args.db else default_db_path()
    from .db import DatabaseError, open_database

    try:
        if "://" not in str(db_path) and not db_path.exists():
            _offer_demo(db_path, today)
        db = open_database(db_path)
    except DatabaseError as exc:
        QMessageBox.critical(None, "Yekuo Desk", str(exc))
        return 1
    from .documents.fonts import configure_from

    configure_from(db)  # the font chosen in Settings → Printing (loaded when a paper is first written)
    from .views.main_window import MainWindow

    window = MainWindow(db, today)
    window.show()
    code = app.exec()
    from .views.loader import drain_reads

    drain_reads(timeout=10)  # a screen's read still running finishes before its database is closed
    db.dispose()
    return code
