"""When something breaks: every uncaught error is written to the rotating log in the data folder, masked (no
password, ID number, credit code or phone in clear), and told to the user in Chinese with 复制详细信息 and the log's
place, and the program goes on. About shows the version and the data, backup and log folders."""
from __future__ import annotations

import logging
import sys
import threading

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton

from yekuo_desk import __version__, cli, logs
from yekuo_desk.views import crash_dialog

SECRETS = {
    "postgresql://yekuo_st_cg:S3cret-pw@10.0.0.5:5432/yekuo": "postgresql://yekuo_st_cg:***@10.0.0.5:5432/yekuo",
    "password=hunter22 then": "password=*** then",
    "{'password': 'abc123xyz'}": "{'password': '***'}",
    "身份证 110101199003074514 的客户": "身份证 110101********4514 的客户",
    "代码 91350100M000100Y43 的企业": "代码 91350100*********3 的企业",
    "电话 13812345678，": "电话 138****5678，",
    "座机 0591-87654321": "座机 0591-********",
}


@pytest.mark.parametrize("text, masked", SECRETS.items())
def test_the_log_masks_secrets_and_personal_numbers(text, masked):
    assert logs.redact(text) == masked


def test_what_is_not_secret_stays_readable():
    line = "CG-2026-00012 2026-11-20 12:30:01,123 申请 5 件 容量 630 kVA 金额 12345.67"
    assert logs.redact(line) == line


@pytest.fixture
def log_file(tmp_path):
    """The app's log set up as at start, in this test's data folder."""
    return logs.setup_logging()  # taken down after the test with the test's home (conftest)


def test_the_log_is_in_the_data_folder_and_rotates(log_file):
    assert log_file == logs.data_folder() / "logs" / "yekuo.log"
    assert f"Yekuo Desk {__version__} started" in log_file.read_text(encoding="utf-8")
    noisy = logging.getLogger("yekuo_desk.test")
    for i in range(9000):  # about 2.5 MB: the file turns over at 1 MB, five old ones kept
        noisy.info("line %d of a long day, customer phone 13900001111 %s", i, "x" * 200)
    names = sorted(p.name for p in log_file.parent.iterdir())
    assert names[0] == "yekuo.log" and "yekuo.log.1" in names and len(names) <= 1 + logs.KEEP
    assert all(p.stat().st_size <= logs.MAX_BYTES for p in log_file.parent.iterdir())
    assert "13900001111" not in "".join(p.read_text(encoding="utf-8") for p in log_file.parent.iterdir())


def test_a_log_folder_that_cannot_be_written_does_not_stop_the_program(tmp_path):
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the folder should be")
    assert logs.setup_logging(blocked / "logs") is None


@pytest.fixture
def reporting(log_file, monkeypatch):
    """The error hooks as the app installs them (restored afterwards; Qt's messages stay with pytest-qt)."""
    monkeypatch.setattr(crash_dialog, "qInstallMessageHandler", lambda handler: None)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    crash_dialog.install(log_file)
    yield log_file
    monkeypatch.setattr(crash_dialog, "_reporter", None)


def _answer_dialog(monkeypatch, seen: list, *, copy: bool) -> None:
    """When the error dialog shows: note what it says, press 复制详细信息 if asked, close it (in place of the
    user, at the dialog's own exec)."""
    def answer(dialog):
        seen.append((dialog.where.text(), [label.text() for label in dialog.findChildren(type(dialog.where))]))
        if copy:
            dialog.copy_button.click()
        dialog.reject()
        return dialog.result()
    monkeypatch.setattr(crash_dialog.CrashDialog, "exec", answer)


def test_an_uncaught_error_is_logged_masked_and_shown_and_the_program_goes_on(qtbot, app, reporting, monkeypatch):
    seen: list = []
    _answer_dialog(monkeypatch, seen, copy=True)
    try:
        raise ValueError("客户 13812345678 的身份证 110101199003074514 校验失败")
    except ValueError:
        sys.excepthook(*sys.exc_info())  # what Python does with an error no code caught in a slot
    assert seen, "the dialog was shown"
    where, texts = seen[0]
    assert str(reporting) in where
    assert any("程序仍可继续使用" in t for t in texts)
    copied = QGuiApplication.clipboard().text()
    assert "ValueError" in copied and f"Yekuo Desk {__version__}" in copied
    assert "13812345678" not in copied and "110101199003074514" not in copied and "138****5678" in copied
    written = reporting.read_text(encoding="utf-8")
    assert "Uncaught error" in written and "ValueError" in written and "13812345678" not in written
    assert app.instance() is not None  # still running: the next action works


def test_an_error_in_a_worker_thread_reaches_the_log_and_the_screen(qtbot, app, reporting, monkeypatch):
    seen: list = []
    _answer_dialog(monkeypatch, seen, copy=False)

    def work():
        raise RuntimeError("后台计算出错")
    t = threading.Thread(target=work)
    t.start()
    t.join()
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert "后台计算出错" in reporting.read_text(encoding="utf-8")


def test_a_fault_of_the_command_line_is_one_line_and_the_details_are_logged(log_file, monkeypatch, capsys):
    def broken(args):
        raise KeyError("13812345678")
    monkeypatch.setitem(cli.HANDLERS, "workdays", broken)
    assert cli.main(["workdays", "--from", "2026-11-02", "--add", "3"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("错误：程序出现意外错误") and str(log_file) in err and "Traceback" not in err
    written = log_file.read_text(encoding="utf-8")
    assert "Traceback" in written and "KeyError" in written and "13812345678" not in written


def test_about_names_the_version_and_opens_the_data_backup_and_log_folders(qtbot, app, tmp_path, monkeypatch):
    from yekuo_desk.views import help_dialogs

    opened = []
    monkeypatch.setattr(help_dialogs.QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    dialog = help_dialogs.AboutDialog(str(tmp_path / "yekuo.db"))
    qtbot.addWidget(dialog)
    texts = " ".join(label.text() for label in dialog.findChildren(help_dialogs.QLabel))
    assert __version__ in texts and str(tmp_path / "yekuo.db") in texts and str(logs.log_folder()) in texts
    buttons = [b for b in dialog.findChildren(QPushButton) if b.text() == "打开文件夹"]
    assert len(buttons) == 3
    for b in buttons:
        b.click()
    assert opened == [str(tmp_path), str(tmp_path / "backups"), str(logs.log_folder())]
    assert logs.log_folder().is_dir()
