"""Long work off the GUI thread: a QThread runs a plain function; progress and the result come back
as signals, and a modal progress dialog shows it (after a short delay, so quick work does not flash)."""
from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import isValid


def settle_heap() -> None:
    """Once the window is up: what starting made and left is collected, and the rest (modules, classes, the
    window: 100,000 objects) set aside from Python's later full collections. A full collection walks every
    object while it holds Python's lock; one that fell in a sync's reading thread on a busy two-core machine
    held the window 90–100 ms (benchmarks/bench_sync.py: the first sync's longest stall, 107–116 ms before,
    32–61 ms after)."""
    gc.collect()
    gc.freeze()


class _Worker(QObject):
    sig_progress = Signal(int, int)
    """Work done so far and in all."""
    sig_finished = Signal(object)
    """The function's return value."""
    sig_failed = Signal(object)
    """The exception it raised."""

    def __init__(self, fn: Callable[..., Any]):
        super().__init__()
        self._fn = fn
        self.cancel_event = threading.Event()

    def release(self) -> None:
        """Drop the function (and the data its closure holds) once the work is over."""
        self._fn = None

    def run(self) -> None:
        try:
            result = self._fn(progress=self.sig_progress.emit, cancelled=self.cancel_event.is_set)
        except Exception as exc:  # handed to the GUI thread, shown to the user there
            self.sig_failed.emit(exc)
        else:
            self.sig_finished.emit(result)


class Task(QObject):
    """One run of `fn(progress=…, cancelled=…)` on its own thread.

    `on_done(result)` and `on_error(exc)` run on the GUI thread, unless the widget that asked (`parent`,
    which also parents the progress dialog) was closed and deleted meanwhile: then the work finishes and
    nothing is called back. The task belongs to the application, not to that widget, so closing a dialog
    never destroys a thread still running (Qt aborts on that). A task never deletes itself either (a caller
    still holding it would crash Qt, as seen with pytest-qt's waitSignal); when it ends it lets go of its
    function and whatever that captured, so a finished task weighs next to nothing.
    """

    sig_done = Signal(object)
    """Emitted on the GUI thread with the result, after on_done."""

    def __init__(self, parent: QWidget, fn: Callable[..., Any], *, label: str = "",
                 on_done: Callable[[Any], None] | None = None, on_error: Callable[[Exception], None] | None = None,
                 cancellable: bool = False):
        super().__init__(QCoreApplication.instance())
        self._owner = parent
        self._thread = QThread(self)
        self._worker = _Worker(fn)
        self._worker.moveToThread(self._thread)
        self._on_done, self._on_error = on_done, on_error
        self.dialog: QProgressDialog | None = None
        if label:
            self.dialog = QProgressDialog(label, self.tr("Cancel") if cancellable else "", 0, 0, parent)
            self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self.dialog.setMinimumDuration(400)
            self.dialog.setAutoReset(False)
            if not cancellable:
                self.dialog.setCancelButton(None)
            self.dialog.canceled.connect(self._worker.cancel_event.set)
            self._worker.sig_progress.connect(self._progress)
        self._thread.started.connect(self._worker.run)
        self._worker.sig_finished.connect(self._finished)
        self._worker.sig_failed.connect(self._failed)

    def start(self) -> Task:
        self._thread.start()
        return self

    def cancel_and_wait(self, msecs: int = 30000) -> None:
        """Ask the work to stop (it stops between steps, keeping what it finished) and wait for its thread."""
        self._worker.cancel_event.set()
        self._thread.wait(msecs)

    def _progress(self, done: int, total: int) -> None:
        if self.dialog is not None and isValid(self.dialog):
            self.dialog.setMaximum(total)
            self.dialog.setValue(done)

    def _stop(self) -> None:
        if self.dialog is not None and isValid(self.dialog):
            self.dialog.close()
            self.dialog.deleteLater()  # a plain Qt dialog: it need not stay with the finished task
        self.dialog = None
        self._thread.quit()
        self._thread.wait()
        self._worker.release()

    def _finished(self, result: object) -> None:
        self._end(self._on_done, result)

    def _failed(self, exc: Exception) -> None:
        self._end(self._on_error, exc)

    def _end(self, callback: Callable[[Any], None] | None, value: object) -> None:
        self._stop()
        if callback and (self._owner is None or isValid(self._owner)):
            callback(value)
        self.sig_done.emit(value)
