"""An error nobody caught: logged, then told to the user in Chinese with what to do, the details to copy for the
administrator and the log's place. The app keeps running: the error ended one action, not the program."""
from __future__ import annotations

import logging
import sys
import threading

from PySide6.QtCore import QObject, Qt, QtMsgType, QUrl, Signal, qInstallMessageHandler
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QApplication, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QStyle, QVBoxLayout,
    QWidget,
)

from .. import logs

log = logging.getLogger("yekuo_desk.errors")


class CrashDialog(QDialog):
    def __init__(self, message: str, detail: str, log_file, parent: QWidget | None = None):
        super().__init__(parent)
        self.detail = detail
        self.setWindowTitle(self.tr("Something went wrong"))
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(48, 48))
        if len(message) > 400:  # a long error (a library's advice) stays in the details, not over the screen
            message = message[:400] + "…"
        text = QLabel(message + "\n\n" + self.tr(
            "The program goes on: what you were doing was not finished; check it and try again. If it happens again, "
            "press “Copy the details” and send them to your administrator."))
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addWidget(text, 1)
        self.where = QLabel(self.tr("Log file: %1").replace("%1", str(log_file)) if log_file
                            else self.tr("No log file could be written."))
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QPlainTextEdit(detail)
        self.details.setReadOnly(True)
        self.details.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("Copy the details"))
        self.show_button = QPushButton(self.tr("Show the details"))
        self.folder_button = QPushButton(self.tr("Open the log folder"))
        self.folder_button.setEnabled(bool(log_file))
        for b in (self.copy_button, self.show_button, self.folder_button):
            b.setAutoDefault(False)
            buttons.addButton(b, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        self.show_button.clicked.connect(lambda: self.details.setVisible(not self.details.isVisible()))
        self.folder_button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_file.parent))))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.where)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.resize(560, 240)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.detail)
        self.copy_button.setText(self.tr("Copied"))


class _Reporter(QObject):
    """Brings an error of any thread to the GUI thread, one dialog at a time."""
    raised = Signal(str, str)

    def __init__(self, log_file, interactive: bool):
        super().__init__()
        self.log_file = log_file
        self.interactive = interactive
        self.showing = False
        self.raised.connect(self.show)

    def show(self, message: str, detail: str) -> None:
        if not self.interactive:  # --self-check: nobody to read a dialog; the error fails the check
            print(detail, file=sys.stderr, flush=True)
            QApplication.exit(1)
            return
        if self.showing:  # an error while the dialog is up (a timer, a repaint): logged, not stacked
            return
        self.showing = True
        try:
            CrashDialog(message, detail, self.log_file, QApplication.activeWindow()).exec()
        finally:
            self.showing = False


_reporter: _Reporter | None = None


def report(kind, exc, tb) -> None:
    """Log an uncaught error and show it (from any thread)."""
    from .errors import describe

    detail = logs.details(kind, exc, tb)
    log.error("Uncaught error\n%s", detail)
    if _reporter is not None:
        _reporter.raised.emit(describe(exc), detail)


def install(log_file, interactive: bool = True) -> None:
    """Route every uncaught error (GUI thread, worker threads) and Qt's own warnings to the log and the dialog
    (not `interactive`: to standard error, ending the program with code 1)."""
    global _reporter
    _reporter = _Reporter(log_file, interactive)

    def hook(kind, exc, tb):
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        report(kind, exc, tb)

    sys.excepthook = hook
    threading.excepthook = lambda args: hook(args.exc_type, args.exc_value, args.exc_traceback)
    qt_log = logging.getLogger("yekuo_desk.qt")
    levels = {QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
              QtMsgType.QtFatalMsg: logging.CRITICAL}

    def qt_messages(kind, _context, message):
        if kind in levels:
            qt_log.log(levels[kind], "%s", message)

    qInstallMessageHandler(qt_messages)
