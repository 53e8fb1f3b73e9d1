import threading
from datetime import date

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
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


@pytest.mark.parametrize("answer, expected", [(QMessageBox.StandardButton.Yes, 5000),
                                              (QMessageBox.StandardButton.No, 0)])
def test_first_run_offers_the_demo_bureau(qtbot, app, tmp_path, monkeypatch, answer, expected):
    monkeypatch.setattr(QMessageBox, "question", lambda *a: answer)
    path = tmp_path / "first.db"
    app_module._offer_demo(path, date(2026, 11, 20))
    db = open_database(path)
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Case)) == expected
    db.dispose()


def test_default_database_is_in_the_users_data_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    path = app_module.default_db_path()
    assert path.name == "yekuo.db" and str(tmp_path) in str(path)
