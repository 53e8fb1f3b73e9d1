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
    opened = fr.first_run(real, date(2026, 11, 20))
    assert opened == (tmp_path / "yekuo-demo.db" if demo else real)
    db = open_database(real)  # the real file: the unit's name, no case
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Case)) == 0
    assert bureau_name(db) == "澄川县供电局" and not fr.is_demo(db)
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
        assert fr.is_demo(db)
        db.dispose()
        assert not (tmp_path / "yekuo-demo.db.building").exists()


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
