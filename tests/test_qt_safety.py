"""The app must not abort: a Qt release with a reference-count fault, an exception inside a Qt override, a
sort of any column of any table, and reads that arrive late or out of order."""
from __future__ import annotations

import logging
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt

from gui_helpers import wait_loaded
from yekuo_desk.services.stations import list_stations

TODAY = date(2026, 11, 20)
ROOT = Path(__file__).resolve().parent.parent


def test_a_bool_signal_emitted_100000_times_does_not_abort():
    """PySide6 6.12.0 lost a reference to True on every Signal(bool).emit from Python and aborted with
    "Fatal Python error: bool_dealloc" after a few hundred; requirements.txt excludes it. This test fails
    if a future upgrade brings the fault back."""
    script = textwrap.dedent("""
        from PySide6.QtCore import QCoreApplication, QObject, Signal

        class Source(QObject):
            sig = Signal(bool)

        app = QCoreApplication([])
        source, seen = Source(), []
        source.sig.connect(seen.append)
        for _ in range(50_000):
            source.sig.emit(True)
            source.sig.emit(False)
        print(len(seen), sum(seen))
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["100000", "50000"]


def _screens(qtbot, db):
    from yekuo_desk.views.due_panel import DuePanel
    from yekuo_desk.views.feedback_view import FeedbackView
    from yekuo_desk.views.notice_view import NoticeView
    from yekuo_desk.views.register_view import RegisterWidget
    from yekuo_desk.views.revisit_views import RevisitPlanView, RevisitsView

    stations = list_stations(db)
    screens = [DuePanel(db, stations, TODAY), RegisterWidget(db, stations, TODAY),
               RevisitPlanView(db, stations, TODAY), RevisitsView(db, TODAY), FeedbackView(db, TODAY),
               NoticeView(db, TODAY)]
    for screen in screens:
        qtbot.addWidget(screen)
        screen.show()
        if hasattr(screen, "month"):
            screen.month.setDate(screen.month.date().addMonths(-1))  # last month: every kind of row
        if hasattr(screen, "open_only"):
            screen.open_only.setChecked(False)
        if not isinstance(screen, (DuePanel, RegisterWidget)):
            screen.refresh()
        wait_loaded(qtbot, screen.model if isinstance(screen, RegisterWidget) else screen)
    return screens


def test_every_table_model_is_a_good_model_and_sorts_by_every_column(qtbot, app, demo_db, qtmodeltester):
    from yekuo_desk.views.register_view import RegisterWidget

    for screen in _screens(qtbot, demo_db):
        model = screen.model
        assert model.rowCount() > 0, type(screen).__name__
        qtmodeltester.check(model)
        for column in range(model.columnCount()):
            for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
                screen.table.sortByColumn(column, order)
                if isinstance(screen, RegisterWidget):
                    wait_loaded(qtbot, model)
                assert model.rowCount() > 0
                for row in range(min(model.rowCount(), 30)):
                    for c in range(model.columnCount()):
                        model.index(row, c).data()  # every cell still answers


def test_the_due_panel_sorts_by_working_days_overdue(qtbot, app, demo_db):
    """The key mixed numbers and "" (no days overdue): Qt aborted the app, three tries out of three."""
    panel = _screens(qtbot, demo_db)[0]
    assert {i.overdue_days for i in panel.model.rows} >= {0} and max(i.overdue_days for i in panel.model.rows) > 0
    panel.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    days = [i.overdue_days for i in panel.model.rows]
    assert days == sorted(days, reverse=True)
    panel.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    shown = [panel.model.index(r, 1).data() for r in range(panel.model.rowCount())]
    numbers = [int(t) for t in shown if t]
    assert numbers == sorted(numbers) and shown[-1] == ""  # days first, smallest first; the rest after


def test_a_failing_override_is_logged_not_fatal(qtbot, app, demo_db, caplog):
    panel = _screens(qtbot, demo_db)[0]
    panel.model.rows[0].status = "no such status"  # display() raises KeyError inside Qt's call to data()
    with caplog.at_level(logging.ERROR, logger="yekuo_desk.views"):
        assert panel.model.index(0, 0).data() is None
        panel.table.viewport().repaint()  # Qt asks for every visible cell: still no abort
        panel.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # the status key raises too
    assert "data failed" in caplog.text and "sort failed" in caplog.text
    assert panel.model.index(1, 3).data()  # the other rows still show


def test_a_later_read_supersedes_an_earlier_one(qtbot, app, demo_db):
    """Quick changes of station: only the newest answer is shown, whatever order the reads finish in."""
    from PySide6.QtCore import QDate

    panel = _screens(qtbot, demo_db)[0]
    station = list_stations(demo_db)[2]
    panel.on.setDate(QDate(2026, 12, 30))
    panel.station.setCurrentIndex(panel.station.findData(station.id))
    wait_loaded(qtbot, panel)
    assert panel.model.rowCount() > 0
    assert {panel.model.index(r, 2).data() for r in range(panel.model.rowCount())} == {station.name}


def test_screens_closed_while_their_reads_run_do_not_crash_the_app():
    """A screen deleted while its read is on the read thread: the answer finds nobody and is dropped. The read
    thread once emitted on the screen's own loader, which Qt was destroying at that moment (a segfault seen
    on CI). 300 screens, each closed at a different moment of its read, in a process of its own."""
    script = textwrap.dedent("""
        import time
        from PySide6.QtCore import QCoreApplication, QEvent
        from PySide6.QtWidgets import QApplication, QWidget
        from yekuo_desk.views.loader import Loader, drain_reads

        app = QApplication([])
        applied = []
        for i in range(300):
            screen = QWidget()
            loader = Loader(screen, applied.append)
            loader.load(lambda i=i: time.sleep((i % 7) / 5000) or i)
            if i % 3:
                time.sleep((i % 5) / 5000)
            screen.deleteLater()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            QCoreApplication.processEvents()
        kept = QWidget()
        Loader(kept, applied.append).load(lambda: "kept")
        assert drain_reads(timeout=60)
        for _ in range(20):
            QCoreApplication.processEvents()
            time.sleep(0.005)
        print(applied)
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300,
                          cwd=str(ROOT))
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "['kept']"  # only the screen still open got its answer


def test_a_failed_read_keeps_the_old_rows_and_says_why(qtbot, app, demo_db, monkeypatch):
    from PySide6.QtWidgets import QMainWindow
    from sqlalchemy.exc import OperationalError

    from yekuo_desk.views import due_panel

    from yekuo_desk.views.due_panel import DuePanel

    window = QMainWindow()
    qtbot.addWidget(window)
    panel = DuePanel(demo_db, list_stations(demo_db), TODAY)
    window.setCentralWidget(panel)  # the window owns it now
    window.show()
    wait_loaded(qtbot, panel)
    before = panel.model.rowCount()

    def locked(*a, **k):
        raise OperationalError("SELECT", {}, Exception("database is locked"))
    monkeypatch.setattr(due_panel, "due_board", locked)
    panel.refresh()
    wait_loaded(qtbot, panel)
    assert panel.model.rowCount() == before > 0
    assert "数据库正被其他程序占用，列表未能重新读取" in window.statusBar().currentMessage()


@pytest.mark.parametrize("column", [-1, 99])
def test_sorting_by_no_column_keeps_the_order_the_rows_came_in(qtbot, app, demo_db, column):
    panel = _screens(qtbot, demo_db)[0]
    panel.table.sortByColumn(4, Qt.SortOrder.AscendingOrder)
    panel.model.sort(column)
    assert [i.case_number for i in panel.model.rows] == [i.case_number for i in panel.model._as_loaded]
    assert panel.model.data(QModelIndex()) is None


def test_a_plan_still_being_read_cannot_be_saved_under_another_month(qtbot, app, demo_db):
    """The rows on show are November's while December's are read: saving now would file them as December's."""
    from PySide6.QtCore import QDate

    from yekuo_desk.services import revisits
    from yekuo_desk.views.revisit_views import RevisitPlanView

    view = RevisitPlanView(demo_db, list_stations(demo_db), TODAY)
    qtbot.addWidget(view)
    view.month.setDate(QDate(2026, 11, 1))
    wait_loaded(qtbot, view)
    view.month.setDate(QDate(2026, 12, 1))  # the read starts; November's rows stay on show meanwhile
    assert view.busy and not view.save()
    wait_loaded(qtbot, view)
    assert not revisits.plan_info(demo_db, "2026-12", view.station.currentData()).saved
    assert view.info.month == "2026-12" and view.save()  # now in step: it may be saved


def test_the_case_forms_stage_table_is_a_good_model(qtbot, app, demo_db, qtmodeltester):
    from yekuo_desk.views.case_dialog import CaseDialog

    panel = _screens(qtbot, demo_db)[0]
    dialog = CaseDialog(demo_db, list_stations(demo_db), TODAY, panel.model.rows[0].case_id)
    qtbot.addWidget(dialog)
    assert dialog.stages.rowCount() > 0
    qtmodeltester.check(dialog.stages)
    for column in range(dialog.stages.columnCount()):
        dialog.stages.sort(column, Qt.SortOrder.DescendingOrder)
        assert dialog.stages.rowCount() > 0
