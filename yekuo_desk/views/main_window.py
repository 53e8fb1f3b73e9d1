"""The main window: the due panel (shown at start) and the case register, menus, toolbar, status bar."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog, QInputDialog, QLabel, QMainWindow, QMessageBox, QTabWidget, QVBoxLayout, QWidget,
)

from .file_dialogs import open_file_name, save_file_name
from .. import __version__
from ..db import Database
from ..services import auth, calendar_store
from ..services.stations import list_stations, list_units
from .case_dialog import CaseDialog
from .assessment_view import AssessmentView
from .due_panel import DuePanel
from .errors import describe
from .guard import guarded
from .feedback_view import FeedbackView
from .notice_view import NoticeView
from .register_view import RegisterWidget
from .revisit_views import RevisitPlanView, RevisitsView
from .style import ALARM_STYLE, BANNER_STYLE
from .workers import Task


class MainWindow(QMainWindow):
    def __init__(self, db: Database, today: date | None = None, parent=None):
        super().__init__(parent)
        self.db = db
        self.today = today or date.today()
        with db.session() as s:
            self.user = auth.actor(s) if auth.has_users(s) else None  # None: a file without users yet
        self.stations = self._own_stations()
        from ..services.demo import is_demo
        self.demo = is_demo(db)
        self.switch_to: Path | None = None  # set by 切换到正式数据 / 打开演示数据: the app opens that file next
        self.restore_from: Path | None = None  # set by 恢复: the app puts this backup in place, then reopens
        self.setWindowTitle(self.tr("Yekuo Desk — supervision of new connections") + f" {__version__}"
                            + f" — {Path(db.location).name}"
                            + (self.tr(" — DEMO DATA (invented)") if self.demo else "")
                            + (f" — {self.user.label}" if self.user else ""))

        self.banner = QLabel()
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.alarm = QLabel()  # the file is damaged, or was changed behind the app's back (start checks)
        self.alarm.setStyleSheet(ALARM_STYLE)
        self.alarm.setWordWrap(True)
        self.alarm.hide()
        self.due_panel = DuePanel(db, self.stations, self.today)
        self.register = RegisterWidget(db, self.stations, self.today)
        self.tabs = QTabWidget()
        self.revisit_plan = RevisitPlanView(db, self.stations, self.today)
        self.revisits = RevisitsView(db, self.today)
        self.feedback = FeedbackView(db, self.today)
        self.notices = NoticeView(db, self.today)
        self.assessment = AssessmentView(db, self.today)
        from .dashboard_view import DashboardView
        from .items_view import ItemsView
        self.dashboard = DashboardView(db, self._meeting_stations(), self.today)
        self.items = ItemsView(db, self.today)
        self.items.set_writable(self._may(auth.MEETING))
        self.tabs.addTab(self.due_panel, self.tr("Due and overdue"))
        self.tabs.addTab(self.register, self.tr("Case register"))
        self.tabs.addTab(self.revisit_plan, self.tr("Revisit plan"))
        self.tabs.addTab(self.revisits, self.tr("Revisits"))
        self.tabs.addTab(self.feedback, self.tr("Feedback forms"))
        self.tabs.addTab(self.notices, self.tr("Supervision notices"))
        self.tabs.addTab(self.assessment, self.tr("Monthly assessment"))
        self.tabs.addTab(self.dashboard, self.tr("Meeting charts"))
        self.tabs.addTab(self.items, self.tr("Coordination items"))
        self.tabs.setTabVisible(self.tabs.indexOf(self.assessment), self._may(auth.ASSESSMENT_READ))
        self.tabs.currentChanged.connect(self._tab_shown)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.alarm)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs)
        self.setCentralWidget(central)

        self.db_label = QLabel(db.location)
        self.statusBar().addPermanentWidget(self.db_label)
        from .sync_view import SyncController
        self.syncing = SyncController(self, db)
        self._build_actions()
        for view in (self.due_panel, self.register, self.revisit_plan, self.revisits, self.dashboard):
            view.sig_open_case.connect(self.open_case)
        self.due_panel.sig_open_item.connect(self.open_item)
        self.due_panel.sig_open_feedback.connect(self.open_feedback)
        self.due_panel.sig_open_stage.connect(self.open_case)
        self.due_panel.sig_open_revisit.connect(self.open_revisit)
        self.due_panel.sig_today_changed.connect(self._judge_date_changed)
        self.due_panel.export_button.clicked.connect(self.export_due)
        self.update_banner()
        self._restore_geometry()
        self.idle = None
        if self.user is not None:
            from ..services.amounts import get_number
            from .login_dialog import IdleWatcher
            with db.session() as s:
                minutes = get_number(s, "idle_lock_minutes")
            self.idle = IdleWatcher(minutes, self.lock, self)

    def _may(self, right: str) -> bool:
        return self.user is None or self.user.may(right)

    def _own_stations(self):
        """The stations on this user's screens: a clerk's own, everyone else's all."""
        stations = list_stations(self.db)
        mine = self.user.station_id if self.user else None
        return [st for st in stations if st.id == mine] if mine else stations

    def _meeting_stations(self):
        """The dashboard's scopes: on a station PC (synced for one station) that station's, else the user's."""
        from ..services.sync.setup import pc_station

        mine = pc_station(self.db)
        return [st for st in self.stations if st.id == mine] if mine else self.stations

    def lock(self) -> None:
        """After the idle time: the screens are hidden until the same user's password is given again; 退出
        closes the app."""
        from .login_dialog import LoginDialog

        if self.user is None or not self.isVisible() or getattr(self, "_locked", False):
            return
        self._locked = True
        self.centralWidget().hide()
        try:
            unlocked = LoginDialog(self.db, self, locked_login=self.user.login).exec() == QDialog.DialogCode.Accepted
        finally:
            self._locked = False
        if not unlocked:
            self.close()
            return
        self.centralWidget().show()
        if self.idle is not None:
            self.idle.timer.start()

    def change_password(self) -> None:
        from .login_dialog import PasswordDialog

        if PasswordDialog(self.db, self).exec() == QDialog.DialogCode.Accepted:
            self.statusBar().showMessage(self.tr("Your password was changed."), 5000)

    # ---------------------------------------------------------------- actions and menus

    def _action(self, text: str, slot, shortcut: QKeySequence | str | None = None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.act_new = self._action(self.tr("&New case…"), self.new_case, QKeySequence.StandardKey.New,
                                    self.tr("Register a new application"))
        self.act_open = self._action(self.tr("&Open case"), self.open_selected, "Ctrl+O")
        self.act_find = self._action(self.tr("&Find in register"), self.focus_search, QKeySequence.StandardKey.Find)
        self.act_refresh = self._action(self.tr("&Refresh"), self.refresh, QKeySequence.StandardKey.Refresh)
        self.act_import = self._action(self.tr("&Import cases from Excel…"), self.import_cases, "Ctrl+I")
        self.act_template = self._action(self.tr("Save the import &template…"), self.save_template)
        self.act_export = self._action(self.tr("&Export the due list…"), self.export_due, "Ctrl+E")
        self.act_export_register = self._action(self.tr("Export the &register…"), self.export_register)
        self.act_receipts = self._action(self.tr("Print the &receipts of a day…"), self.print_receipts_of_day,
                                         "Ctrl+Shift+P")
        self.act_report = self._action(self.tr("&Monthly revisit report…"), self.monthly_report)
        self.act_settings = self._action(self.tr("Time limits, &calendar and stations…"), self.open_settings,
                                         "Ctrl+,")
        self.act_quit = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.act_due = self._action(self.tr("&Due and overdue"), lambda: self.tabs.setCurrentIndex(0), "Ctrl+1")
        self.act_register = self._action(self.tr("Case &register"), lambda: self.tabs.setCurrentIndex(1), "Ctrl+2")
        self.act_tabs = [self._action(text, lambda _=False, i=i: self.tabs.setCurrentIndex(i), f"Ctrl+{i + 1}")
                         for i, text in enumerate((self.tr("Revisit &plan"), self.tr("Re&visits"),
                                                   self.tr("Feed&back forms"), self.tr("Supervision &notices"),
                                                   self.tr("Monthly &assessment"), self.tr("&Meeting charts"),
                                                   self.tr("Coordination &items")), start=2)]
        self.act_present = self._action(self.tr("&Present the charts full screen"), self.present, "F11")
        self.act_about = self._action(self.tr("&About"), self.about)
        self.act_guide = self._action(self.tr("User &guide"), self.show_guide, QKeySequence.StandardKey.HelpContents)
        self.act_shortcuts = self._action(self.tr("&Keyboard shortcuts"), self.show_shortcuts)
        self.act_verify = self._action(self.tr("&Verify the data"), self.verify_data)
        self.act_withdraw_import = self._action(self.tr("&Withdraw an import of today…"), self.withdraw_import)
        self.act_backup = self._action(self.tr("&Back up now"), self.backup_now)
        self.act_restore = self._action(self.tr("Restore from a bac&kup…"), self.restore_backup)
        self.act_switch = self._action(self.tr("Switch to the &real data") if self.demo
                                       else self.tr("Open the &demo data…"), self.switch_database)
        self.act_lock = self._action(self.tr("&Lock the window"), self.lock, "Ctrl+L")
        self.act_password = self._action(self.tr("Change my &password…"), self.change_password)
        for a in (self.act_lock, self.act_password):
            a.setEnabled(self.user is not None)
        for a, right in ((self.act_new, auth.WRITE_CASES), (self.act_import, auth.WRITE_CASES),
                         (self.act_withdraw_import, auth.WRITE_CASES), (self.act_settings, auth.ADMINISTER)):
            a.setEnabled(self._may(right))

        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        for a in (self.act_import, self.act_withdraw_import, self.act_template, self.act_export, self.act_export_register, None,
                  self.act_receipts, self.act_report, None, self.syncing.act_sync, self.syncing.act_conflicts, None,
                  self.act_backup, self.act_restore, self.act_switch, None,
                  self.act_password, self.act_lock, self.act_quit):
            file_menu.addSeparator() if a is None else file_menu.addAction(a)
        case_menu = menu.addMenu(self.tr("&Cases"))
        for a in (self.act_new, self.act_open, self.act_find):
            case_menu.addAction(a)
        view_menu = menu.addMenu(self.tr("&View"))
        for a in (self.act_due, self.act_register, *self.act_tabs, self.act_present, None, self.act_refresh):
            view_menu.addSeparator() if a is None else view_menu.addAction(a)
        menu.addMenu(self.tr("&Settings")).addAction(self.act_settings)
        help_menu = menu.addMenu(self.tr("&Help"))
        for a in (self.act_guide, self.act_shortcuts, self.act_verify, None, self.act_about):
            help_menu.addSeparator() if a is None else help_menu.addAction(a)

        bar = self.addToolBar(self.tr("Main"))
        bar.setObjectName("mainToolBar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for a in (self.act_new, self.act_open, self.act_refresh, None, self.act_import, self.act_export, None,
                  self.syncing.act_sync, None, self.act_settings):
            bar.addSeparator() if a is None else bar.addAction(a)

    @property
    def busy(self) -> bool:
        """A screen is still reading (its old rows are on show meanwhile)."""
        return self.register.model.busy or any(v.busy for v in (
            self.due_panel, self.revisit_plan, self.revisits, self.feedback, self.notices, self.assessment,
            self.dashboard, self.items))

    # ---------------------------------------------------------------- what the actions do

    def refresh(self) -> None:
        self.stations = self._own_stations()
        for view in (self.due_panel, self.register, self.revisit_plan):
            view.set_stations(self.stations)
        self.due_panel.refresh()
        self.register.refresh()
        self._tab_shown(self.tabs.currentIndex())  # and the supervision screen on view, if one is
        self.update_banner()
        self.statusBar().showMessage(self.tr("Refreshed"), 2000)

    def _tab_shown(self, index: int) -> None:
        """The supervision screens read their data when shown, so they are current without a refresh."""
        widget = self.tabs.widget(index)
        if widget in (self.revisit_plan, self.revisits, self.feedback, self.notices, self.assessment, self.items):
            widget.refresh()
        elif widget is self.dashboard and self.dashboard.stats is not None:
            widget.reload()

    def update_banner(self) -> None:
        with self.db.session() as s:
            years = calendar_store.unconfirmed_years_in_use(s, self.today)
        if years:
            todo = (self.tr("Enter the year's schedule under Settings → Holiday calendar once the State Council "
                            "publishes it.") if self._may(auth.ADMINISTER)
                    else self.tr("The system administrator enters the year's schedule once the State Council "
                                 "publishes it."))
            self.banner.setText(self.tr(
                "The holiday calendar of %1 is not confirmed: due dates in that year count weekends and the "
                "statutory holidays (worked out from the statute) and are marked provisional."
            ).replace("%1", "、".join(str(y) for y in years)) + " " + todo)
        self.banner.setVisible(bool(years))

    def _judge_date_changed(self, on: date) -> None:
        self.register.set_today(on)

    def focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.register)
        self.register.search.setFocus()
        self.register.search.selectAll()

    def open_selected(self) -> None:
        """Ctrl+O: open what is selected on the current screen (the screens without a selection ignore it)."""
        opener = getattr(self.tabs.currentWidget(), "open_selected", None)
        if opener:
            opener()

    def new_case(self) -> None:
        if not self.stations:
            QMessageBox.information(self, self.tr("New case"),
                                    self.tr("Add a supply station first (Settings → Stations)."))
            return
        self._show_case_dialog(None)

    def open_case(self, case_id: str, stage: str = "") -> None:
        """The case form, on `stage` when given (a due-panel row of that stage)."""
        self._show_case_dialog(case_id, stage)

    def open_revisit(self, case_id: str) -> None:
        from .revisit_dialog import revisit_case

        if revisit_case(self, self.db, case_id, self.today):
            self._case_changed()

    def open_item(self, item_id: str) -> None:
        """A coordination item on the due panel: the items screen, on that item."""
        self.tabs.setCurrentWidget(self.items)
        self.items.select_when_loaded(item_id)

    def present(self) -> None:
        """F11: the meeting's charts full screen (from the dashboard, once its figures are in)."""
        self.tabs.setCurrentWidget(self.dashboard)
        if self.dashboard.charts:
            self.dashboard.present()
        else:
            self.dashboard.loader.sig_loaded.connect(self._present_once)

    def _present_once(self) -> None:
        self.dashboard.loader.sig_loaded.disconnect(self._present_once)
        self.dashboard.present()

    def open_feedback(self, form_id: str) -> None:
        from .feedback_dialog import FeedbackDialog

        FeedbackDialog(self.db, list_units(self.db), self.today, form_id, parent=self).exec()
        self._case_changed()

    def _show_case_dialog(self, case_id: str | None, stage: str = "") -> None:
        dialog = CaseDialog(self.db, self.stations, self.today, case_id, self, stage=stage)
        dialog.sig_saved.connect(lambda _id: self._case_changed())
        dialog.exec()

    def _case_changed(self) -> None:
        self.due_panel.refresh()
        self.register.refresh()

    def import_cases(self) -> None:
        path = open_file_name(self, self.tr("Import cases"), self.tr("Excel ledger (*.xlsx *.xls)"))
        if not path:
            return
        self.import_file(path, new_stations=False)

    def import_file(self, path: str, new_stations: bool, update: bool = False) -> None:
        """Import a ledger on a worker thread, then show what came of it (`new_stations`: stations the register
        lacks are created, as at the first start)."""
        from ..services.importer import import_cases

        def work(progress, cancelled):
            return import_cases(self.db, path, today=self.today, progress=progress, new_stations=new_stations,
                                update=update)

        Task(self, work, label=self.tr("Importing %1…").replace("%1", Path(path).name),
             on_done=lambda result: self._import_done(result, path, update), on_error=lambda exc: self._import_failed(
                 exc, path)).start()

    def withdraw_import(self) -> None:
        """Withdraw one of today's imports (a wrong file): its cases leave the register, with a reason."""
        from ..services.import_batches import ImportBatchError, list_batches, withdraw_import
        from .reason_dialog import ask_reason

        title = self.act_withdraw_import.text().replace("&", "").rstrip("…")
        batches = [b for b in list_batches(self.db, self.today) if not b.withdrawn]
        if not batches:
            QMessageBox.information(self, title, self.tr("No import of today to withdraw."))
            return
        labels = [self.tr("%1 — %2 cases, by %3").replace("%1", b.file_name).replace("%2", str(b.count))
                  .replace("%3", b.user) for b in batches]
        chosen, ok = QInputDialog.getItem(self, title, self.tr("Import to withdraw:"), labels, 0, False)
        if not ok:
            return
        batch = batches[labels.index(chosen)]
        reason = ask_reason(self, title, self.tr("Withdraw the %1 cases imported from %2? They leave the register; "
                                                 "the reason is kept in the history.").replace(
            "%1", str(batch.count)).replace("%2", batch.file_name))
        if reason is None:
            return
        try:
            n = withdraw_import(self.db, batch.id, reason, today=self.today)
        except ImportBatchError as exc:
            QMessageBox.warning(self, title, str(exc))
            return
        self.refresh()
        QMessageBox.information(self, title, self.tr("%1 cases withdrawn.").replace("%1", str(n)))

    def show_import_outcome(self, path: str, result, error: Exception | None) -> None:
        """What came of an import made before the window (the old ledger at the first start)."""
        if error is not None:
            self._show_error(error)
        elif result is not None:
            self._import_done(result, path)

    def _import_failed(self, exc: Exception, path: str) -> None:
        """Stations the register lacks are listed first; imported only when the user confirms they are new."""
        from ..services.importer import UnknownStations

        if not isinstance(exc, UnknownStations):
            self._show_error(exc)
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Import cases"), str(exc), parent=self)
        create = box.addButton(self.tr("They are new stations: create them and import"),
                               QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Cancel, I will correct the file"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is create:
            self.import_file(path, new_stations=True)

    def _import_done(self, result, path: str = "", updated: bool = False) -> None:
        """The import's outcome; cases of the register the file says otherwise about are listed, field by field,
        with the choice to take the file's values (through the change rules, each change in the history)."""
        self.refresh()
        text = self.tr("Imported: %1. Already in the register, skipped: %2. Rows refused: %3.").replace(
            "%1", str(result.imported)).replace("%2", str(result.skipped_existing)).replace(
            "%3", str(result.refused_rows))
        if updated:
            text += "\n" + self.tr("Updated to the file's values: %1.").replace("%1", str(result.updated))
        if result.differences:
            text += "\n" + self.tr("In the register with other data, left unchanged: %1 (see the details).").replace(
                "%1", str(result.differing_cases))
        if result.new_stations:
            text += "\n" + self.tr("New stations: %1").replace("%1", "、".join(result.new_stations))
        problems = result.errors or result.differences
        box = QMessageBox(QMessageBox.Icon.Warning if problems else QMessageBox.Icon.Information,
                          self.tr("Import cases"), text, parent=self)
        save = update = None
        if problems:
            box.setDetailedText("\n".join([*(str(e) for e in result.errors), *(str(d) for d in result.differences)]))
        if result.errors:
            save = box.addButton(self.tr("Save the refused rows…"), QMessageBox.ButtonRole.ActionRole)
        if result.differences:
            update = box.addButton(self.tr("Take the file's values for these %1 cases").replace(
                "%1", str(result.differing_cases)), QMessageBox.ButtonRole.ActionRole)
        if problems:
            box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if save is not None and box.clickedButton() is save:
            self._save_refused(path, result.errors)
        elif update is not None and box.clickedButton() is update:
            self.import_file(path, new_stations=False, update=True)

    def _save_refused(self, source: str, errors) -> None:
        from ..services.importer import write_refused

        out = save_file_name(self, self.tr("Save the refused rows"),
                                             str(Path(source).with_name(Path(source).stem + "-被拒绝的行.xlsx")),
                                             self.tr("Excel workbook (*.xlsx)"))
        if out:
            try:
                write_refused(source, errors, out)
            except OSError as exc:
                QMessageBox.critical(self, self.tr("Save the refused rows"), describe(exc))

    def _show_error(self, exc: Exception) -> None:
        from ..services.importer import LedgerFileError

        QMessageBox.critical(self, self.windowTitle(), str(exc) if isinstance(exc, LedgerFileError) else describe(exc))

    def save_template(self) -> None:
        path = save_file_name(self, self.tr("Save the import template"), "工单导入模板.xlsx",
                                              self.tr("Excel workbook (*.xlsx)"))
        if path:
            from ..documents.import_template import write_template

            try:
                write_template(path)
            except OSError as exc:
                self._show_error(exc)

    def export_due(self) -> None:
        on = self.due_panel.rows_on
        path = save_file_name(self, self.tr("Export the due list"), f"到期提醒{on:%Y%m%d}.xlsx",
                                              self.tr("Excel workbook (*.xlsx)"))
        if not path:
            return
        from ..documents.due_export import write_due_list

        try:
            write_due_list(path, self.due_panel.model.rows, on)
        except OSError as exc:
            self._show_error(exc)
            return
        self.statusBar().showMessage(self.tr("Saved %1").replace("%1", path), 5000)

    def export_register(self) -> None:
        """The rows the register's filter shows, in its order, to a workbook (off the GUI thread)."""
        path = save_file_name(self, self.tr("Export the register"), "工单台账.xlsx",
                                              self.tr("Excel workbook (*.xlsx)"))
        if not path:
            return
        from ..documents.register_export import write_register
        from ..services.register import all_rows

        register, view, stations = self.register.model.export_args()
        if view is None:
            return
        total = view.count

        def work(progress, cancelled):
            return write_register(path, all_rows(self.db, register, view), stations, total, progress)

        Task(self, work, label=self.tr("Exporting %1 cases…").replace("%1", str(total)),
             on_done=lambda n: self.statusBar().showMessage(self.tr("Saved %1").replace("%1", path), 5000),
             on_error=self._show_error).start()

    def print_receipts_of_day(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        from ..documents.receipt import write_receipts
        from ..services.papers import receipts_of_day
        from ..services.print_settings import paper_size
        from .print_preview import preview_written

        text, ok = QInputDialog.getText(self, self.tr("Receipts of a day"), self.tr("Stages done on (YYYY-MM-DD):"),
                                        text=self.due_panel.judge_date().isoformat())
        if not ok:
            return
        try:
            day = date.fromisoformat(text.strip())
        except ValueError:
            QMessageBox.warning(self, self.tr("Receipts of a day"), self.tr("Write the date as YYYY-MM-DD."))
            return
        paper = paper_size(self.db)

        def collected(receipts: list) -> None:
            if not receipts:
                QMessageBox.information(self, self.tr("Receipts of a day"), self.tr(
                    "No acceptance, plan reply, design review or completion inspection was recorded done on %1."
                ).replace("%1", day.isoformat()))
                return
            preview_written(self, lambda path: write_receipts(path, receipts, paper), f"回执-{day.isoformat()}")
        Task(self, lambda progress, cancelled: receipts_of_day(self.db, day, self.today),
             label=self.tr("Collecting the receipts of %1…").replace("%1", day.isoformat()), on_done=collected,
             on_error=self._show_error).start()

    def monthly_report(self) -> None:
        """The month's revisit report, for one station or the bureau, as PDF (previewed) or Excel."""
        from ..documents import revisit_report
        from ..services.papers import bureau_name
        from ..services.revisit_report import monthly_report
        from .print_preview import preview_written
        from .report_dialog import MonthlyReportDialog

        dialog = MonthlyReportDialog(self.stations, self.today, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        month, station_id, bureau = dialog.month, dialog.station_id, bureau_name(self.db)
        scope = "" if station_id is None else f"-{dialog.station.currentText()}"
        name = f"回访月报表-{month}{scope}"
        if not dialog.excel:
            preview_written(self, lambda path: revisit_report.write_pdf(
                path, monthly_report(self.db, month, station_id), bureau), name)
            return
        target = save_file_name(self, self.tr("Monthly revisit report"), f"{name}.xlsx",
                                self.tr("Excel workbook (*.xlsx)"))
        if target:
            Task(self, lambda progress, cancelled: revisit_report.write_xlsx(
                target, monthly_report(self.db, month, station_id), bureau),
                label=self.tr("Saving %1…").replace("%1", target), on_error=self._show_error,
                on_done=lambda _: self.statusBar().showMessage(self.tr("Saved %1").replace("%1", target), 5000)
                ).start()

    def open_settings(self) -> None:
        from .settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.db, self.today, self)
        dialog.exec()
        self.syncing.update_status()
        if dialog.changed:
            self.recompute()
        else:
            self.refresh()

    def recompute(self) -> None:
        from ..services.recompute import recompute_open

        Task(self, lambda progress, cancelled: recompute_open(self.db, progress, cancelled),
             label=self.tr("Recomputing the due dates of open cases…"), cancellable=True,
             on_done=lambda n: (self.refresh(), self.statusBar().showMessage(
                 self.tr("Due dates recomputed: %1 cases").replace("%1", str(n)), 5000)),
             on_error=self._show_error).start()

    def _file_path(self) -> Path | None:
        return None if "://" in self.db.location else Path(self.db.location)

    def start_checks(self) -> None:
        """At start, off the GUI thread: the day's first backup, then SQLite's quick check of the file; a damaged
        file is said at once (red banner) and the latest good backup offered. Then the trail's check: a date or
        history entry changed behind the app's back is named in a red banner."""
        from ..services import audit_check, backup

        path = self._file_path()
        if path is None:
            return

        def work(progress, cancelled):
            made = backup.daily_backup(path)
            problems = backup.check(path)
            if problems:
                return made, problems, None
            with self.db.session() as s:
                return made, problems, audit_check.check(s)

        def done(result) -> None:
            made, problems, report = result
            if report is not None and not report.sound:
                lines = report.lines()
                self.alarm.setText(self.tr("%1 changes were made to this file outside this program: %2. See Help → "
                                            "Verify the data.").replace("%1", str(len(lines))).replace(
                    "%2", "；".join(lines[:3]) + ("……" if len(lines) > 3 else "")))
                self.alarm.show()
            if made is not None:
                self.statusBar().showMessage(self.tr("Backed up to %1").replace("%1", str(made)), 8000)
            if problems:
                self.alarm.setText(self.tr("The data file is damaged (%1). Do not go on working in it: restore "
                                            "the latest good backup (File → Restore).").replace("%1", problems[0]))
                self.alarm.show()
                self.restore_backup()
        Task(self, work, on_done=done, on_error=lambda exc: self.statusBar().showMessage(str(exc), 8000)).start()

    def backup_now(self) -> None:
        from ..services import backup

        path = self._file_path()
        if path is None:
            return
        Task(self, lambda progress, cancelled: backup.backup_file(path, "手动"),
             label=self.tr("Backing up…"), on_error=self._show_error,
             on_done=lambda made: QMessageBox.information(self, self.tr("Back up now"), self.tr(
                 "Backed up to %1").replace("%1", str(made)))).start()

    def restore_backup(self) -> None:
        """Choose a backup (date, why, what it holds); the app closes the file, keeps a copy of it, puts the
        backup in place and opens it again."""
        from ..services import backup

        path = self._file_path()
        title = self.tr("Restore from a backup")
        backups = backup.list_backups(path) if path else []
        if not backups:
            QMessageBox.information(self, title, self.tr("There is no backup yet."))
            return
        labels = [f"{b.label}　" + "，".join(f"{k} {v}" for k, v in backup.counts(b.path).items()) for b in backups]
        chosen, ok = QInputDialog.getItem(self, title, self.tr("Backup to restore:"), labels, 0, False)
        if not ok:
            return
        if QMessageBox.question(self, title, self.tr(
                "Replace the data file with the backup of %1? The file as it is now is kept as a backup first; what "
                "was recorded after the backup will no longer show.").replace("%1", chosen)) \
                != QMessageBox.StandardButton.Yes:
            return
        self.restore_from, self.switch_to = backups[labels.index(chosen)].path, path
        self.close()

    def switch_database(self) -> None:
        """From the demo to the real file, or to the demo (built the first time, in its own file)."""
        from .first_run import build_demo_file, demo_path, real_path

        here = Path(self.db.location)
        if "://" in self.db.location:
            return
        if self.demo:
            target = real_path(here)
        else:
            target = demo_path(here)
            if not target.exists():
                if QMessageBox.question(self, self.act_switch.text().replace("&", ""), self.tr(
                        "Build the demo bureau (12 stations, 5,000 invented cases) in its own file? Your data "
                        "stays as it is.")) != QMessageBox.StandardButton.Yes:
                    return
                if not build_demo_file(target, self.today, self):
                    return
        self.switch_to = target
        self.close()

    def verify_data(self) -> None:
        """帮助 → 校验数据完整性: the trail's chain and every recorded date against it, off the GUI thread."""
        from ..services import audit_check

        title = self.act_verify.text().replace("&", "")

        def work(progress, cancelled):
            with self.db.session() as s:
                return audit_check.check(s)

        def done(report) -> None:
            if report.sound:
                QMessageBox.information(self, title, self.tr(
                    "The data is sound: every recorded date agrees with the history, and the history is intact.")
                    + "".join("\n" + w for w in report.warnings))
                return
            lines = report.lines() + report.warnings
            box = QMessageBox(QMessageBox.Icon.Critical, title, self.tr(
                "%1 changes were made outside this program.").replace("%1", str(len(lines))), parent=self)
            box.setDetailedText("\n".join(lines))
            box.exec()
        Task(self, work, label=self.tr("Verifying the data…"), on_done=done, on_error=self._show_error).start()

    def show_guide(self) -> None:
        from .help_dialogs import GuideDialog

        GuideDialog(self).exec()

    def show_shortcuts(self) -> None:
        """Every action with a shortcut, read from the actions themselves (so the list is always true)."""
        from .help_dialogs import ShortcutsDialog

        ShortcutsDialog([a for a in self.findChildren(QAction) if not a.shortcut().isEmpty()], self).exec()

    def about(self) -> None:
        from .help_dialogs import AboutDialog

        AboutDialog(self.db.location, self).exec()

    # ---------------------------------------------------------------- window state

    def _restore_geometry(self) -> None:
        """The last size and place, or 1280×800; either way within the screen's free area (a 1366×768
        laptop with a taskbar, or a PC whose second screen is gone)."""
        settings = QSettings()
        geometry = settings.value("main/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        available = self.screen().availableGeometry()
        frame = self.frameGeometry().size() - self.geometry().size()  # title bar and borders
        width = min(self.width(), available.width() - frame.width())
        height = min(self.height(), available.height() - frame.height())
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
        if not available.intersects(self.frameGeometry()) or self.y() < available.y():
            self.move(available.topLeft())
        state = settings.value("main/state")
        if state is not None:
            self.restoreState(state)

    @guarded(None)
    def closeEvent(self, event: QCloseEvent) -> None:
        self.syncing.shutdown()
        settings = QSettings()
        settings.setValue("main/geometry", self.saveGeometry())
        settings.setValue("main/state", self.saveState())
        super().closeEvent(event)
