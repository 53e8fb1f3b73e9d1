import gc
import threading
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget
from sqlalchemy import func, select

from yekuo_desk import app as app_module
from yekuo_desk.db import open_database
from yekuo_desk.models import Case
from yekuo_desk.views.workers import Task


def test_a_task_runs_off_the_gui_thread_and_reports_back(qtbot, app):
    parent = QWidget()
    qtbot.addWidget(parent)
    seen, progress = {}, []

    def work(progress, cancelled):
        seen["thread"] = threading.current_thread()
        for i in range(3):
            progress(i + 1, 3)
        return 42
    task = Task(parent, work, label="…", on_done=lambda r: seen.setdefault("result", r))
    task._worker.sig_progress.connect(lambda d, n: progress.append((d, n)))
    with qtbot.waitSignal(task.sig_done, timeout=5000):
        task.start()
    assert seen["result"] == 42
    assert seen["thread"] is not threading.main_thread()
    assert progress[-1] == (3, 3)


def test_a_failing_task_hands_the_error_to_the_gui(qtbot, app):
    parent = QWidget()
    qtbot.addWidget(parent)
    errors = []

    def work(progress, cancelled):
        raise OSError(28, "No space left on device")
    task = Task(parent, work, on_error=errors.append)
    with qtbot.waitSignal(task.sig_done, timeout=5000):
        task.start()
    assert isinstance(errors[0], OSError)


def test_closing_the_asking_window_while_a_task_runs_is_safe(qtbot, app):
    """A dialog closed (and deleted) mid-task: the thread finishes, nothing calls into the dead window."""
    from shiboken6 import delete
    parent = QWidget()
    release, called = threading.Event(), []

    def work(progress, cancelled):
        release.wait(5)
        return "done"
    task = Task(parent, work, label="…", on_done=called.append).start()
    delete(parent)  # what closing a dialog does to it and its children
    release.set()
    with qtbot.waitSignal(task.sig_done, timeout=5000) as finished:
        pass
    assert finished.args == ["done"] and called == []


@pytest.mark.parametrize("demo", [True, False])
def test_first_run_asks_the_unit_name_and_keeps_the_demo_in_its_own_file(qtbot, app, tmp_path, monkeypatch, demo):
    from yekuo_desk.services.demo import is_demo
    from yekuo_desk.services.papers import bureau_name
    from yekuo_desk.views import first_run as fr

    def answer(dialog):
        dialog.bureau_edit.setText("")
        dialog.accept()  # refused: the unit name is required
        assert warned and dialog.result() != QDialog.DialogCode.Accepted
        dialog.bureau_edit.setText("澄川县供电局")
        dialog.password_edit.setText("abc")
        dialog.again_edit.setText("abc")
        dialog.accept()  # refused: a password of six or more
        assert "至少 6 位" in warned[-1] and dialog.result() != QDialog.DialogCode.Accepted
        dialog.password_edit.setText("城关2026!")
        dialog.again_edit.setText("城关2026?")
        dialog.accept()  # refused: typed twice differently
        assert "不一致" in warned[-1] and dialog.result() != QDialog.DialogCode.Accepted
        dialog.again_edit.setText("城关2026!")
        (dialog.demo_radio if demo else dialog.empty_radio).setChecked(True)
        dialog.accept()
        return dialog.result()
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))
    monkeypatch.setattr(fr.FirstRunDialog, "exec", answer)
    real = tmp_path / "yekuo.db"
    first = fr.first_run(real, date(2026, 11, 20))
    opened = first.path
    assert opened == (tmp_path / "yekuo-demo.db" if demo else real)
    assert first.admin == ("admin", "城关2026!") and first.ledger is None
    db = open_database(real)  # the real file: the unit's name, no case
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Case)) == 0
    assert bureau_name(db) == "澄川县供电局" and not is_demo(db)
    from yekuo_desk.services import auth  # the administrator asked for at the first start can log in
    assert [(u.login, u.role) for u in auth.list_users(db)] == [("admin", "admin")]
    with pytest.raises(auth.AuthError):
        auth.login(db, "admin", "城关2026?")
    assert auth.login(db, "admin", "城关2026!").role == "admin"
    db.dispose()
    if demo:
        db = open_database(opened)
        with db.session() as s:
            assert s.scalar(select(func.count()).select_from(Case)) == 5000
        assert is_demo(db)
        db.dispose()
        assert not (tmp_path / "yekuo-demo.db.building").exists()


def _first_run_answers(dialog, **fields) -> None:
    dialog.bureau_edit.setText("澄川县供电局")
    dialog.password_edit.setText("城关2026!")
    dialog.again_edit.setText("城关2026!")
    for name, value in fields.items():
        widget = getattr(dialog, name)
        widget.setChecked(value) if isinstance(value, bool) else widget.setText(value)


def test_first_run_makes_this_pcs_station_and_imports_the_old_ledger(qtbot, app, tmp_path, monkeypatch):
    from gui_helpers import type_chinese
    from test_importer import GOOD, workbook

    from yekuo_desk.services.stations import list_stations
    from yekuo_desk.services.sync.setup import pc_station
    from yekuo_desk.views import first_run as fr

    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))
    dialog = fr.FirstRunDialog()
    qtbot.addWidget(dialog)
    _first_run_answers(dialog, station_radio=True)
    type_chinese(dialog.station_edit, "城关供电所")
    assert dialog.code_edit.text() == "CG"  # from the name's pinyin initials, editable
    dialog.import_radio.setChecked(True)
    dialog.ledger_edit.setText(str(tmp_path / "没有这个文件.xlsx"))
    dialog.accept()
    assert "xlsx" in warned[-1] and dialog.result() != QDialog.DialogCode.Accepted
    ledger = workbook(tmp_path / "旧台账.xlsx", list(GOOD), [list(GOOD.values())])
    dialog.ledger_edit.setText(str(ledger))
    dialog.code_edit.setText("C")
    dialog.accept()
    assert "2 到 6 个大写字母" in warned[-1]
    dialog.code_edit.setText("CG")
    dialog.url_edit.setText("mysql://x@y/z")
    dialog.accept()
    assert "postgresql://" in warned[-1] and dialog.result() != QDialog.DialogCode.Accepted
    dialog.url_edit.setText("")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.station == ("城关供电所", "CG") and dialog.ledger == ledger and not dialog.shared_address

    monkeypatch.setattr(fr.FirstRunDialog, "exec", lambda d: (_first_run_answers(
        d, station_radio=True, station_edit="城关供电所", code_edit="CG", import_radio=True,
        ledger_edit=str(ledger)), d.accept(), d.result())[-1])
    real = tmp_path / "yekuo.db"
    first = fr.first_run(real, date(2026, 11, 20))
    assert first.path == real and first.ledger == ledger and first.import_error is None
    assert first.imported.imported == 1  # imported before the administrator existed (an admin registers no case)
    db = open_database(real)
    [station] = list_stations(db)  # the ledger's station is this PC's, made once
    assert (station.name, station.code) == ("城关供电所", "CG") and pc_station(db) == station.id
    with db.session() as s:
        assert s.scalar(select(Case.case_number)) == GOOD["申请编号"]
    assert app_module._signed_in(db, first.admin)
    db.dispose()


def test_the_first_start_logs_the_administrator_in_and_imports_the_ledger(qtbot, app, tmp_path, monkeypatch):
    """From the first start's answers to the window: no second password prompt, the ledger imported."""
    from test_importer import GOOD, workbook

    from yekuo_desk.views import first_run as fr
    from yekuo_desk.views import login_dialog
    from yekuo_desk.views.main_window import MainWindow

    ledger = workbook(tmp_path / "旧台账.xlsx", list(GOOD), [list(GOOD.values())])
    monkeypatch.setattr(fr.FirstRunDialog, "exec", lambda d: (_first_run_answers(
        d, import_radio=True, ledger_edit=str(ledger)), d.accept(), d.result())[-1])
    monkeypatch.setattr(login_dialog, "log_in", lambda db, parent=None: pytest.fail("asked to log in again"))
    shown = []
    monkeypatch.setattr(MainWindow, "show_import_outcome", lambda self, path, result, error: shown.append(
        (path, result.imported, error)))
    monkeypatch.setattr(app, "exec", lambda: 0)
    gc.unfreeze()
    try:
        assert app_module.main(["--db", str(tmp_path / "yekuo.db"), "--today", "2026-11-20"]) == 0
        # what starting left is set aside from Python's full collections (a sync's would stall the window)
        assert gc.get_freeze_count() > 10_000
    finally:
        gc.unfreeze()
    assert shown == [(str(ledger), 1, None)]  # the import's result box, once the window is up


def test_the_demo_window_says_so_and_switches_to_the_real_file(qtbot, app, demo_db, tmp_path):
    from yekuo_desk.views.main_window import MainWindow

    w = MainWindow(demo_db, date(2026, 11, 20))
    qtbot.addWidget(w)
    assert "演示数据" in w.windowTitle() and w.act_switch.text().startswith("切换到正式数据")
    w.show()
    w.act_switch.trigger()
    assert not w.isVisible()
    assert w.switch_to == app_module.default_db_path()  # a demo file not beside a real one: the default file
    from yekuo_desk.views.first_run import real_path
    assert real_path(Path("/data/yekuo-demo.db")) == Path("/data/yekuo.db")
    real = open_database(tmp_path / "real.db")
    other = MainWindow(real, date(2026, 11, 20))
    qtbot.addWidget(other)
    assert "演示数据" not in other.windowTitle() and other.act_switch.text().startswith("打开演示数据")
    real.dispose()


def test_default_database_is_in_the_users_data_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    path = app_module.default_db_path()
    assert path.name == "yekuo.db" and str(tmp_path) in str(path)
