"""Sync on the screens (issue 12): 设置 → 同步 tests and keeps the connection, the 同步 button runs off the GUI
thread and the status bar says what waits to go, the conflict inbox lets a person pick a value, and a server
that does not answer is said without losing anything."""
from __future__ import annotations

from datetime import date

from conftest import sign_in
from PySide6.QtWidgets import QMessageBox
from sync_pcs import CG

from yekuo_desk.services import auth
from yekuo_desk.services.sync import conflicts
from yekuo_desk.services.sync.setup import configure, status

pytest_plugins = ["sync_pcs"]  # the fixtures bureau and pcs
TODAY = date(2026, 11, 20)


def _connect(pc) -> None:
    """What the administrator does once on each PC (設置 → 同步), then the PC's user logs in again."""
    user = pc.db.actor
    sign_in(pc.db, "admin", auth.ADMIN)
    configure(pc.db, pc.address, pc.password)
    auth.act_as(pc.db, user)


def test_the_settings_tab_tests_the_connection_then_keeps_it(qtbot, app, pcs):
    from yekuo_desk.views.sync_tab import SyncTab

    url, cg, hk, of = pcs
    sign_in(of.db, "admin", auth.ADMIN)
    tab = SyncTab(of.db)
    qtbot.addWidget(tab)
    tab.address.setText(of.address)
    tab.password.setText("wrong")
    tab.connect_button.click()
    qtbot.waitUntil(lambda: tab.connect_button.isEnabled(), timeout=20000)
    assert "密码不对" in tab.result.text() and status(of.db).url is None  # nothing kept
    tab.password.setText(of.password)
    tab.connect_button.click()
    qtbot.waitUntil(lambda: tab.connect_button.isEnabled(), timeout=20000)
    assert "yekuo_of_yxjcs" in tab.result.text() and tab.password.text() == ""
    assert status(of.db).url == of.address
    tab.auto.setValue(15)
    monkey = []
    QMessageBox.information, saved = (lambda *a: monkey.append(a)), QMessageBox.information
    try:
        tab.auto_button.click()
    finally:
        QMessageBox.information = saved
    assert status(of.db).auto_minutes == 15 and monkey


def test_the_sync_button_brings_the_stations_cases_and_the_status_bar_says_what_waits(qtbot, app, pcs, monkeypatch):
    from yekuo_desk.views.main_window import MainWindow

    url, cg, hk, of = pcs
    a1 = cg.new_case(CG, "城关甲厂")
    cg.sync()
    _connect(of)
    w = MainWindow(of.db, TODAY)
    qtbot.addWidget(w)
    label = w.syncing.label
    assert "上次同步" in label.text() and "可以关机" in label.text()
    assert w.syncing.act_sync.shortcut().toString() == "F9"
    with qtbot.waitSignal(w.syncing.sig_synced, timeout=30000) as done:
        w.syncing.act_sync.trigger()
    assert done.args[0].pulled > 0
    assert of.case(a1) is not None
    of.edit(a1, contact="李会计")  # a change made here waits to go
    w.syncing.update_status()
    assert "1" in label.text() and "请先同步再关机" in label.text()
    with qtbot.waitSignal(w.syncing.sig_synced, timeout=30000):
        w.syncing.act_sync.trigger()
    assert "可以关机" in label.text()


def test_an_unreachable_server_is_said_and_nothing_is_lost(qtbot, app, pcs, monkeypatch):
    from yekuo_desk.services.sync import engine
    from yekuo_desk.services.sync.outbox import set_state
    from yekuo_desk.views.main_window import MainWindow

    url, cg, hk, of = pcs
    _connect(cg)
    cg.new_case(CG, "城关甲厂")
    with cg.db.transaction() as s:  # the server moved: the address no longer answers
        set_state(s, engine.URL, cg.address.replace(cg.address.rsplit(":", 1)[1].split("/")[0], "1"))
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))
    w = MainWindow(cg.db, TODAY)
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.syncing.sig_synced, timeout=30000) as done:
        w.syncing.sync()
    assert isinstance(done.args[0], engine.SyncError)
    assert "连不上共享数据库" in warned[0] and "没有丢失" in warned[0]
    assert "连不上共享数据库" in w.statusBar().currentMessage()
    assert status(cg.db).waiting > 0 and "请先同步再关机" in w.syncing.label.text()
    with qtbot.waitSignal(w.syncing.sig_synced, timeout=30000):  # an automatic one says it quietly
        w.syncing.sync(auto=True)
    assert len(warned) == 1 and w.syncing.failures == 2


def test_the_conflict_inbox_shows_both_values_and_a_pick_syncs(qtbot, app, pcs, qtmodeltester):
    from yekuo_desk.views.sync_view import ConflictsDialog

    url, cg, hk, of = pcs
    a1 = cg.new_case(CG, "城关甲厂")
    cg.sync(), of.sync()
    cg.edit(a1, phone="13911111111")
    of.edit(a1, phone="13722222222")
    cg.sync(), of.sync()
    dialog = ConflictsDialog(of.db)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    cells = [dialog.model.display(dialog.model.rows[0], c) for c in range(7)]
    assert cells[0] == a1 and cells[2] == "联系电话" and cells[3] == "13722222222" and cells[5] == "13911111111"
    assert cells[4].startswith("jicha") and cells[6].startswith("cg_clerk")
    assert dialog.mine_button.isEnabled()
    dialog.mine_button.click()
    assert dialog.model.rows == [] and not dialog.mine_button.isEnabled()
    assert of.case(a1).phone == "13722222222"
    of.sync(), cg.sync()
    assert cg.case(a1).phone == "13722222222"
    assert conflicts.list_conflicts(of.db, include_resolved=True)[0].resolution == "mine"


def test_the_first_sync_is_never_started_by_the_timer(qtbot, app, bureau, tmp_path):
    """A new PC's first sync can bring a whole bureau: the user starts it (with its progress), not the timer."""
    from yekuo_desk.db import open_database
    from yekuo_desk.views.main_window import MainWindow

    url, logins = bureau
    db = open_database(tmp_path / "new.db")
    sign_in(db, "admin", auth.ADMIN)
    configure(db, logins["of"].address, "pw-of")
    w = MainWindow(db, TODAY)
    qtbot.addWidget(w)
    w.syncing.sync(auto=True)
    assert w.syncing.task is None and status(db).last_sync is None
    with qtbot.waitSignal(w.syncing.sig_synced, timeout=30000):
        w.syncing.sync()
    assert status(db).last_sync is not None
    db.dispose()


def test_the_first_start_connects_to_the_shared_database_or_says_why_not(qtbot, app, bureau, tmp_path, monkeypatch):
    """The address and password given at the first start are tested and kept; this PC's station comes from its
    account (the station typed in the dialog is not made: the stations come with the first sync). A server that
    does not answer leaves the new file unconnected, with a message."""
    from yekuo_desk.db import open_database
    from yekuo_desk.services.stations import list_stations
    from yekuo_desk.services.sync.setup import pc_station
    from yekuo_desk.views import first_run as fr

    url, logins = bureau
    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: said.append(("info", a[2])))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: said.append(("warning", a[2])))

    def answers(address, password):
        def answer(dialog):
            dialog.bureau_edit.setText("澄川县供电局")
            dialog.password_edit.setText("城关2026!")
            dialog.again_edit.setText("城关2026!")
            dialog.station_radio.setChecked(True)
            dialog.station_edit.setText("城关供电所")
            dialog.code_edit.setText("CG")
            dialog.url_edit.setText(address)
            dialog.sync_password_edit.setText(password)
            dialog.accept()
            return dialog.result()
        return answer
    monkeypatch.setattr(fr.FirstRunDialog, "exec", answers(logins["cg"].address, "pw-cg"))
    real = tmp_path / "yekuo.db"
    assert fr.first_run(real, TODAY).path == real
    assert said[-1][0] == "info" and "已连接共享数据库" in said[-1][1] and CG in said[-1][1]
    db = open_database(real)
    assert status(db).url == logins["cg"].address and pc_station(db) is not None and list_stations(db) == []
    db.dispose()
    monkeypatch.setattr(fr.FirstRunDialog, "exec", answers(logins["cg"].address.replace(
        url.split("@")[1].split("/")[0], "127.0.0.1:1"), "pw-cg"))
    other = tmp_path / "other.db"
    assert fr.first_run(other, TODAY).path == other
    assert said[-1][0] == "warning" and "连不上共享数据库" in said[-1][1] and "设置 → 同步" in said[-1][1]
    db = open_database(other)
    assert status(db).url is None
    db.dispose()
