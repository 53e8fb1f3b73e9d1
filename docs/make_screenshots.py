"""Make the user guide's screenshots (docs/screenshots/*.png) from the demo bureau, so that they show the app as it is:

    .venv/bin/python docs/make_screenshots.py            # all of them
    .venv/bin/python docs/make_screenshots.py due case   # some

It runs the app on a virtual screen of the clerks' laptop (1366×768, Xvfb; it starts itself under xvfb-run when
there is no display) on a fresh demo bureau judged as of 2026-11-20, logged in as the demo administrator, and saves
each window or dialog as the user sees it. The user guide (docs/用户手册.md) names the files.
"""
from __future__ import annotations

import os
import shutil
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = Path(os.environ.get("YEKUO_SHOTS_OUT", ROOT / "docs" / "screenshots"))  # another folder: the tests
TODAY = date(2026, 11, 20)
SCREEN = "1366x768x24"


def _under_xvfb() -> None:
    """Start again on a virtual screen when there is none (and xvfb-run is there)."""
    if os.environ.get("DISPLAY") or os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        return
    if shutil.which("xvfb-run") is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        return
    os.execvp("xvfb-run", ["xvfb-run", "-a", "-s", f"-screen 0 {SCREEN}", sys.executable, *sys.argv])


def main(wanted: list[str]) -> int:
    _under_xvfb()
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("YEKUO_KEYSTORE", "file")
    home = Path(tempfile.mkdtemp(prefix="yekuo-shots-"))
    os.environ.update(HOME=str(home), XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"),
                      YEKUO_KEY_DIR=str(home / "keys"))
    from PySide6.QtWidgets import QApplication

    from yekuo_desk.app import create_application
    from yekuo_desk.db import open_database
    from yekuo_desk.services import auth
    from yekuo_desk.services.demo import DEMO_PASSWORD, build_demo

    app = create_application()
    db = open_database(home / "澄川县供电局" / "yekuo-demo.db")  # the path the status bar shows
    build_demo(db, today=TODAY, users=True)
    auth.login(db, "admin", DEMO_PASSWORD)
    shots = Shots(app, db, wanted)
    shots.take_all()
    db.dispose()
    print(f"{len(shots.saved)} screenshots in {OUT}: {', '.join(shots.saved)}")
    QApplication.processEvents()
    return 0


class Shots:
    def __init__(self, app, db, wanted: list[str]):
        from yekuo_desk.views.main_window import MainWindow

        self.app, self.db, self.wanted, self.saved = app, db, set(wanted), []
        self.window = MainWindow(db, TODAY)
        self.window.resize(1366, 740)
        self.window.move(0, 0)
        self.window.show()
        self.settle()

    def settle(self) -> None:
        """Let the screens read their rows and paint: at least 0.4 s, and until nothing is reading (≤ 30 s)."""
        import time

        start = time.monotonic()
        while time.monotonic() - start < 30 and (self.window.busy or time.monotonic() - start < 0.4):
            self.app.processEvents()
            time.sleep(0.02)

    def save(self, name: str, widget) -> None:
        if self.wanted and name not in self.wanted:
            return
        self.settle()
        OUT.mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(OUT / f"{name}.png"))
        self.saved.append(name)

    def tab(self, name: str, index: int) -> None:
        self.window.tabs.setCurrentIndex(index)
        self.save(name, self.window)

    def dialog(self, name: str, dialog) -> None:
        dialog.show()
        self.save(name, dialog)
        dialog.close()
        dialog.deleteLater()

    def take_all(self) -> None:
        from yekuo_desk.views.case_dialog import CaseDialog
        from yekuo_desk.views.feedback_dialog import FeedbackDialog
        from yekuo_desk.views.first_run import FirstRunDialog
        from yekuo_desk.views.help_dialogs import AboutDialog
        from yekuo_desk.views.login_dialog import LoginDialog
        from yekuo_desk.views.report_dialog import MonthlyReportDialog
        from yekuo_desk.views.settings_dialog import SettingsDialog

        w, db = self.window, self.db
        first = FirstRunDialog()
        first.bureau_edit.setText("澄川县供电局")
        first.station_radio.setChecked(True)
        first.station_edit.setText("城关供电所")
        first.code_edit.setText("CG")
        self.dialog("first-run", first)
        self.dialog("login", LoginDialog(db, w, hint="演示用户：admin（系统管理员）等；密码 demo123"))
        for name, index in (("due", 0), ("register", 1), ("revisit-plan", 2), ("revisits", 3), ("feedback", 4),
                            ("notices", 5), ("assessment", 6), ("dashboard", 7), ("items", 8)):
            self.tab(name, index)
        self.dialog("case-new", CaseDialog(db, w.stations, TODAY, parent=w))
        case_id = self._open_case_with_stages()
        self.dialog("case", CaseDialog(db, w.stations, TODAY, case_id, parent=w, stage="plan_reply"))
        self.dialog("feedback-form", FeedbackDialog(db, w.stations, TODAY, parent=w))
        self.dialog("report", MonthlyReportDialog(w.stations, TODAY, w))
        settings = SettingsDialog(db, TODAY, w)
        tabs = settings.findChild(type(w.tabs))
        for name, tab in (("settings-rules", settings.rules_tab), ("settings-calendar", settings.calendar_tab),
                          ("settings-stations", settings.stations_tab), ("settings-work", settings.work_tab),
                          ("settings-printing", settings.print_tab), ("settings-users", settings.users_tab),
                          ("settings-sync", settings.sync_tab)):
            tabs.setCurrentWidget(tab)
            self.save(name, settings)
        settings.close()
        self.dialog("about", AboutDialog(db.location, w))
        self._receipt_preview(case_id)

    def _open_case_with_stages(self) -> str:
        """A case of 城关 with its acceptance and survey done and the plan reply open (what the clerk works on)."""
        from sqlalchemy import text

        with self.db.session() as s:
            return s.execute(text(
                "SELECT c.id FROM cases c JOIN case_stages a ON a.case_id = c.id AND a.stage = 'plan_reply' "
                "AND a.completed_on IS NULL AND a.due_on IS NOT NULL JOIN stations st ON st.id = c.station_id "
                "WHERE st.code = 'CG' AND c.state = 'open' ORDER BY c.case_number LIMIT 1")).scalar_one()

    def _receipt_preview(self, case_id: str) -> None:
        from yekuo_desk.documents.receipt import write_receipts
        from yekuo_desk.services.papers import receipt_data
        from yekuo_desk.views.print_preview import preview, temp_pdf

        if self.wanted and "receipt" not in self.wanted:
            return
        pdf = write_receipts(temp_pdf("回执"), [receipt_data(self.db, case_id, "acceptance", TODAY)])
        self.dialog("receipt", preview(self.window, pdf, "回执"))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
