"""The meeting's dashboard, the projector mode and the coordination items on screen (issue 13), offscreen on the
demo bureau."""
from datetime import date

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog

from gui_helpers import settle, type_chinese
from yekuo_desk.services import coordination, statistics
from yekuo_desk.services.coordination import ItemInput
from yekuo_desk.services.stations import list_stations
from yekuo_desk.views.dashboard_view import DashboardView, period_of
from yekuo_desk.views.presentation import PresentationWindow

TODAY = date(2026, 11, 20)  # the demo bureau's today, a Friday


def open_dashboard(qtbot, db):
    view = DashboardView(db, list_stations(db), TODAY)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    qtbot.waitUntil(lambda: view.stats is not None and not view.loader.busy, timeout=20000)
    return view


def test_the_dashboard_opens_with_every_chart_drawn_from_the_data(qtbot, app, demo_db):
    view = open_dashboard(qtbot, demo_db)
    assert (view.first_date(), view.last_date()) == (date(2026, 11, 14), TODAY)  # this week, to Friday
    assert view.list.count() == 10
    for row in range(view.list.count()):
        view.list.setCurrentRow(row)
        chart = view.current_chart()
        assert view.chart_view.title.text() == chart.title
        assert chart.y_label and view.chart_view.plot.getPlotItem().getAxis("left").labelText == chart.y_label
        if chart.key in ("open_by_stage", "overdue_trend", "on_time", "stage_time", "revisits"):
            assert view.chart_view.marks and any(m.value for m in view.chart_view.marks), chart.key
        assert view.table.rowCount() == len(chart.rows) and view.table.columnCount() == len(chart.headers)
    assert view.warning.isHidden()


def test_clicking_a_bar_lists_exactly_the_cases_behind_it_and_opens_one(qtbot, app, demo_db):
    view = open_dashboard(qtbot, demo_db)
    view.list.setCurrentRow([c.key for c in view.charts].index("open_by_stage"))
    mark = max(view.chart_view.marks, key=lambda m: m.value or 0)
    opened = []
    view.sig_open_case.connect(opened.append)
    picked = view.chart_view.pick(view.chart_view.scene_pos_of(mark))
    assert picked == mark
    dialog = view.cases_dialog
    qtbot.addWidget(dialog)
    station, stage = mark.category, mark.series
    # The open cases of that station whose current stage is that one, asked of the register directly.
    from sqlalchemy import select

    from yekuo_desk.models import Case
    from yekuo_desk.services.statistics import STAGE_BY_NAME
    station_id = next(st.id for st in list_stations(demo_db) if st.name == station)
    with demo_db.session() as s:
        expected = set(s.scalars(select(Case.id).where(Case.station_id == station_id, Case.state != "done",
                                                       Case.current_stage == STAGE_BY_NAME[stage],
                                                       Case.deleted_at.is_(None))))
    assert {r.id for r in dialog.model.rows} == expected and len(expected) == mark.value == \
        view.stats.open_by_stage[station][stage]
    assert all(r.current_stage and r.status != "done" for r in dialog.model.rows)
    dialog.table.doubleClicked.emit(dialog.model.index(0, 0))
    assert opened == [dialog.model.rows[0].id]


def test_a_period_and_scope_are_remembered_and_redrawn(qtbot, app, demo_db):
    view = open_dashboard(qtbot, demo_db)
    before = view.stats
    view.period.setCurrentIndex(view.period.findData("quarter"))
    qtbot.waitUntil(lambda: view.stats is not before and not view.loader.busy, timeout=20000)
    assert (view.stats.first, view.stats.last) == (date(2026, 10, 1), date(2026, 12, 31))
    station = list_stations(demo_db)[1]
    view.scope.setCurrentIndex(view.scope.findData(station.id))
    qtbot.waitUntil(lambda: view.stats.scope == station.name and not view.loader.busy, timeout=20000)
    assert list(view.stats.on_time) == [station.name]
    view.list.setCurrentRow(3)
    assert QSettings().value("dashboard/period") == "quarter"
    again = open_dashboard(qtbot, demo_db)
    assert again.period.currentData() == "quarter" and again.scope.currentData() == station.id
    assert again.list.currentRow() == 3


def test_another_period_is_drawn_while_the_last_ones_dates_are_still_being_checked(qtbot, app, demo_db,
                                                                                      monkeypatch):
    """The check of the dates behind the figures (seconds for a year at bureau scale) runs in a lane of its
    own: a period chosen meanwhile is drawn without waiting for it, and the check's late answer is dropped."""
    import threading

    view = open_dashboard(qtbot, demo_db)
    qtbot.waitUntil(lambda: not view.busy, timeout=20000)
    release, checking = threading.Event(), threading.Event()
    real = statistics.unverified_cases

    def slow_check(db, stats):
        checking.set()
        assert release.wait(30)
        return real(db, stats)
    monkeypatch.setattr(statistics, "unverified_cases", slow_check)
    try:
        before = view.stats
        view.period.setCurrentIndex(view.period.findData("year"))
        qtbot.waitUntil(lambda: view.stats is not before and not view.loader.busy, timeout=20000)
        qtbot.waitUntil(checking.is_set, timeout=20000)
        year = view.stats
        view.period.setCurrentIndex(view.period.findData("month"))
        qtbot.waitUntil(lambda: view.stats is not year and not view.loader.busy, timeout=20000)
        assert (view.stats.first, view.stats.last) == (date(2026, 11, 1), date(2026, 11, 30))
        assert view.checker.busy  # the year's check still runs: the month did not wait for it
    finally:
        release.set()
    qtbot.waitUntil(lambda: not view.busy, timeout=20000)
    assert year.unverified is None and view.stats.unverified == []  # the year's answer found a newer period


def test_named_periods():
    assert period_of("week", date(2026, 11, 23)) == (date(2026, 11, 21), date(2026, 11, 27))  # Monday: to Friday
    assert period_of("last_week", date(2026, 11, 27)) == (date(2026, 11, 14), date(2026, 11, 20))
    assert period_of("last_month", date(2026, 1, 5)) == (date(2025, 12, 1), date(2025, 12, 31))
    assert period_of("year", date(2026, 5, 1)) == (date(2026, 1, 1), date(2026, 12, 31))


def test_the_projector_mode_pages_with_the_arrow_keys(qtbot, app, demo_db):
    stats = statistics.compute(demo_db, date(2026, 11, 14), TODAY, today=TODAY)
    from yekuo_desk.services.meeting_charts import charts
    window = PresentationWindow(charts(stats), "澄川县供电局", "全局 · 2026-11-14 至 2026-11-20")
    qtbot.addWidget(window)
    window.present()
    assert window.isFullScreen() or window.windowState() & Qt.WindowState.WindowFullScreen
    assert "澄川县供电局" in window.head.text() and "2026-11-14" in window.head.text()
    assert window.counter.text() == "1 / 10" and window.view.style.tick_px >= 18
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert window.counter.text() == "2 / 10" and window.view.title.text() == window.charts[1].title
    qtbot.keyClick(window, Qt.Key.Key_Left)
    qtbot.keyClick(window, Qt.Key.Key_Left)  # not before the first page
    assert window.page == 0
    qtbot.keyClick(window, Qt.Key.Key_End)
    assert window.counter.text() == "10 / 10"
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_record_an_item_on_screen_and_find_it_on_the_due_panel(qtbot, app, db, station, monkeypatch):
    from yekuo_desk.views import items_view
    from yekuo_desk.views.main_window import MainWindow

    window = MainWindow(db, TODAY)
    qtbot.addWidget(window)
    window.show()
    window.act_tabs[-1].trigger()  # Ctrl+9
    assert window.tabs.currentWidget() is window.items

    def fill(dialog):
        type_chinese(dialog.subject, "河口片区配变增容，影响 3 户接电")
        type_chinese(dialog.owner, "刘强")
        dialog.due.setDate(dialog.due.date().addDays(-10))  # already past: on the due panel as overdue
        dialog.raised.setDate(dialog.raised.date().addDays(-14))
        dialog.accept()
        return dialog.result()
    monkeypatch.setattr(items_view.ItemDialog, "exec", fill)
    window.items.new_item()
    settle(window.items)
    assert [r.subject for r in window.items.model.rows] == ["河口片区配变增容，影响 3 户接电"]
    row = window.items.model.rows[0]
    window.tabs.setCurrentWidget(window.due_panel)
    window.due_panel.refresh()
    settle(window.due_panel)
    at = next(i for i, r in enumerate(window.due_panel.model.rows) if r.ref_id == row.id)
    assert window.due_panel.model.rows[at].status == "overdue"
    window.due_panel._open_index(window.due_panel.model.index(at, 0))
    settle(window.items)
    assert window.tabs.currentWidget() is window.items
    assert window.items.table.currentIndex().row() == 0


def test_the_item_dialog_says_what_is_wrong_and_stays_open(qtbot, app, db, station):
    from yekuo_desk.views.items_view import ItemDialog

    dialog = ItemDialog(db, TODAY)
    qtbot.addWidget(dialog)
    dialog.case.setText("CG-2099-99999")
    type_chinese(dialog.subject, "x")
    dialog.accept()
    assert "没有申请编号为 CG-2099-99999" in dialog.error.text() and dialog.result() != QDialog.DialogCode.Accepted
    dialog.case.clear()
    dialog.subject.clear()
    dialog.accept()
    assert "协调事项：不能为空" in dialog.error.text()
    assert coordination.list_items(db) == []


def test_close_an_item_from_the_screen(qtbot, app, db, station, monkeypatch, qtmodeltester):
    from PySide6.QtWidgets import QInputDialog

    from yekuo_desk.views.items_view import ItemsView

    coordination.add_item(db, ItemInput("协调配套工程", station.id, date(2026, 11, 27), TODAY), today=TODAY)
    view = ItemsView(db, TODAY)
    qtbot.addWidget(view)
    view.refresh()
    settle(view)
    qtmodeltester.check(view.model)
    view.table.selectRow(0)
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: ("工程已完工", True))
    view.close_item()
    settle(view)
    assert view.model.rows == []  # closed: off the open list
    view.show_closed.setChecked(True)
    settle(view)
    assert view.model.rows[0].outcome == "工程已完工"


@pytest.mark.parametrize("suffix", [".pdf", ".xlsx"])
def test_the_pack_is_saved_from_the_dashboard(qtbot, app, demo_db, tmp_path, monkeypatch, suffix):
    from yekuo_desk.views import dashboard_view

    view = open_dashboard(qtbot, demo_db)
    out = tmp_path / f"pack{suffix}"
    monkeypatch.setattr(dashboard_view, "save_file_name", lambda *a: str(out))
    view.export_pack()
    qtbot.waitUntil(lambda: "已保存" in view.status.text() or "Saved" in view.status.text(), timeout=30000)
    assert out.stat().st_size > 5000


def test_a_clerk_reads_the_stations_items_and_cannot_change_them(qtbot, app, db, station, other_station):
    from conftest import sign_in

    from yekuo_desk.views.main_window import MainWindow

    for unit, subject in ((station, "城关的事项"), (other_station, "河口的事项")):
        coordination.add_item(db, ItemInput(subject, unit.id, date(2026, 11, 27), TODAY), today=TODAY)
    sign_in(db, "cg", "clerk", station.id)
    window = MainWindow(db, TODAY)
    qtbot.addWidget(window)
    window.items.refresh()
    settle(window.items)
    assert [r.subject for r in window.items.model.rows] == ["城关的事项"]
    assert not window.items.new_button.isEnabled() and not window.items.close_button.isEnabled()
    assert [window.dashboard.scope.itemData(i) for i in range(window.dashboard.scope.count())] == [station.id]
