"""Sync on the main window: the 同步 button (F9), the automatic sync every few minutes while the server
answers, the status bar's line (last sync, changes waiting, whether it is safe to switch off), and the conflict
inbox. The work runs off the GUI thread (services/sync/); the window stays usable meanwhile."""
from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QMessageBox, QPushButton, QTableView, QVBoxLayout,
)

from ..services import auth
from ..services.sync import conflicts as inbox
from ..services.sync.engine import SyncError
from ..services.sync.setup import status, sync_now
from .screen_fit import fit_to_screen
from .tables import ListTableModel, setup_table
from .workers import Task

MAX_BACKOFF_MINUTES = 60


class SyncController(QObject):
    """Owns the sync actions and the status bar's sync line of one main window."""

    sig_synced = Signal(object)
    """A sync ended, with its summary (or the SyncError that stopped it)."""

    def __init__(self, window, db):
        super().__init__(window)
        self.window, self.db = window, db
        self.task: Task | None = None
        self.failures = 0
        self.label = QLabel()
        window.statusBar().addPermanentWidget(self.label)
        self.act_sync = QAction(self.tr("&Sync now"), window)
        self.act_sync.setShortcut(QKeySequence("F9"))
        self.act_sync.setStatusTip(self.tr("Send this PC's changes to the shared database and fetch the others'"))
        self.act_sync.triggered.connect(lambda: self.sync())
        self.act_conflicts = QAction(self.tr("Sync &conflicts…"), window)
        self.act_conflicts.triggered.connect(self.show_conflicts)
        self.timer = QTimer(self)
        self.timer.timeout.connect(lambda: self.sync(auto=True))
        self.update_status()

    # ---------------------------------------------------------------- the status bar

    def update_status(self) -> None:
        st = status(self.db)
        self.act_sync.setEnabled(bool(st.url) and self.task is None)
        if not st.url:
            self.label.setText(self.tr("Not connected to the shared database"))
            self.timer.stop()
            return
        last = self._local(st.last_sync) if st.last_sync else self.tr("never")
        text = self.tr("Last sync %1 · %2 changes to send").replace("%1", last).replace("%2", str(st.waiting))
        if st.conflicts:
            text += self.tr(" · %1 conflicts").replace("%1", str(st.conflicts))
        text += " · " + (self.tr("safe to switch off") if st.safe_to_switch_off
                         else self.tr("sync before switching off"))
        self.label.setText(text)
        minutes = st.auto_minutes * (2 ** min(self.failures, 4)) if st.auto_minutes else 0
        if minutes:
            self.timer.start(min(minutes, MAX_BACKOFF_MINUTES) * 60_000)
        else:
            self.timer.stop()

    @staticmethod
    def _local(utc_text: str) -> str:
        from datetime import datetime, timezone

        at = datetime.fromisoformat(utc_text).replace(tzinfo=timezone.utc).astimezone()
        return at.strftime("%m-%d %H:%M")

    # ---------------------------------------------------------------- syncing

    def sync(self, *, auto: bool = False) -> None:
        if self.task is not None:
            return
        if auto and status(self.db).last_sync is None:
            return  # a PC's first sync can bring a whole bureau: the user starts it, with its progress shown

        def work(progress, cancelled):
            return sync_now(self.db, progress=lambda _step, done, total: progress(done, total), cancelled=cancelled)

        self.act_sync.setEnabled(False)
        self.window.statusBar().showMessage(self.tr("Syncing with the shared database…"))
        self.task = Task(self.window, work, label="" if auto else self.tr("Syncing with the shared database…"),
                         cancellable=True, on_done=lambda summary: self._done(summary, auto),
                         on_error=lambda exc: self._failed(exc, auto)).start()

    def _done(self, summary, auto: bool) -> None:
        self.task, self.failures = None, 0
        self.window.refresh()
        self.update_status()
        self.window.statusBar().showMessage(summary.text(), 15000)
        self.sig_synced.emit(summary)
        if not auto and (summary.conflicts or summary.refused):
            more = []
            if summary.conflicts:
                more.append(self.tr("%1 fields were changed differently on another PC: see the conflict inbox.")
                            .replace("%1", str(len(summary.conflicts))))
            if summary.refused:
                reasons = sorted({r for _, _, r in summary.refused})
                more.append(self.tr("The shared database refused %1 rows (they are retried at each sync once "
                                    "corrected):").replace("%1", str(len(summary.refused))) + "\n" +
                            "\n".join(reasons[:8]))
            QMessageBox.information(self.window, self.tr("Sync"), summary.text() + "\n\n" + "\n\n".join(more))
            if summary.conflicts:
                self.show_conflicts()

    def _failed(self, exc: Exception, auto: bool) -> None:
        self.task = None
        self.failures += 1  # an automatic sync waits longer after each failure (the server may be down)
        self.update_status()
        said = str(exc) if isinstance(exc, SyncError) else f"{type(exc).__name__}: {exc}"
        self.window.statusBar().showMessage(self.tr("Sync failed: %1").replace("%1", said), 15000)
        self.sig_synced.emit(exc)
        if not auto:
            QMessageBox.warning(self.window, self.tr("Sync"), said + "\n\n" + self.tr(
                "Nothing was lost: the changes not yet sent are kept for the next sync."))

    def shutdown(self) -> None:
        """The window closes: a sync under way stops at its next step (what it stored stays stored)."""
        self.timer.stop()
        if self.task is not None:
            self.task.cancel_and_wait()

    def show_conflicts(self) -> None:
        ConflictsDialog(self.db, self.window).exec()
        self.update_status()
        self.window.refresh()


class ConflictModel(ListTableModel):
    def display(self, row: inbox.ConflictInfo, column: int) -> str:
        return (row.case_number, row.subject, row.field, row.mine, f"{row.mine_by} {row.mine_at}", row.theirs,
                f"{row.theirs_by} {row.theirs_at}")[column]


class ConflictsDialog(QDialog):
    """The conflict inbox: each field two PCs changed differently, both values with who and when; the user
    keeps the standing value or puts this PC's back."""

    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Sync conflicts"))
        self.resize(1000, 420)
        fit_to_screen(self)
        self.model = ConflictModel([self.tr("Case number"), self.tr("Record"), self.tr("Field"),
                                    self.tr("This PC's value"), self.tr("Changed here by, at"),
                                    self.tr("Value in the shared database"), self.tr("Changed there by, at")], self)
        self.table = QTableView()
        self.table.setModel(self.model)
        setup_table(self.table, [120, 80, 90, 150, 170, 150, 170], 3, lambda _i: None)
        self.note = QLabel(self.tr("The value that reached the shared database first stands on every PC. Keep it, "
                                   "or put this PC's value back (it is sent at the next sync)."))
        self.note.setWordWrap(True)
        self.mine_button = QPushButton(self.tr("Use this PC's &value"))
        self.theirs_button = QPushButton(self.tr("&Keep the shared database's value"))
        self.mine_button.clicked.connect(lambda: self.pick(inbox.MINE))
        self.theirs_button.clicked.connect(lambda: self.pick(inbox.THEIRS))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.mine_button)
        row.addWidget(self.theirs_button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table)
        layout.addLayout(row)
        self.table.selectionModel().selectionChanged.connect(self._picked)
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(inbox.list_conflicts(self.db))
        if self.model.rows:
            self.table.selectRow(0)
        self._picked()

    def _picked(self, *_args) -> None:
        chosen = self.table.currentIndex().isValid() and bool(self.model.rows)
        for b in (self.mine_button, self.theirs_button):
            b.setEnabled(chosen)

    def pick(self, choice: str) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        try:
            inbox.resolve(self.db, self.model.rows[index.row()].id, choice)
        except (inbox.ConflictError, auth.AuthError) as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))
        self.reload()
