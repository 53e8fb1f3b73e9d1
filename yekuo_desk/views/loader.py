"""A screen's reads off the GUI thread: the screen keeps showing what it has until the new rows arrive.

A change of month or station starts a read on a worker thread; a quicker second change supersedes the
first (only the newest answer is shown). The answer is applied on the GUI thread; a read that fails is
logged and reported through `on_error` (by default a message in the window's status bar), and the old rows
stay.
"""
from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FuturesTimeout
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

log = logging.getLogger("yekuo_desk.views")

# One thread for every screen's reads: SQLite serves one reader at a time well enough on two cores, and
# reads queue in the order asked. Checks that may take seconds (the dates behind a year's figures) have a
# lane of their own (BACKGROUND), so that no screen's next read waits behind them.
READS, BACKGROUND = "read", "background"
_pools: dict[str, ThreadPoolExecutor] = {}
_pool_lock = threading.Lock()


def _executor(lane: str = READS) -> ThreadPoolExecutor:
    with _pool_lock:
        if lane not in _pools:
            _pools[lane] = ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"yekuo-{lane}")
        return _pools[lane]


def drain_reads(timeout: float = 30.0) -> bool:
    """Wait until every read asked for so far has finished (before a database is closed); False on timeout.

    Each lane runs its reads in order on one thread, so a no-op queued now finishes after all of them.
    """
    with _pool_lock:
        pools = list(_pools.values())
    try:
        for pool in pools:
            pool.submit(lambda: None).result(timeout)
    except FuturesTimeout:
        return False
    return True


class _Postman(QObject):
    """Carries a finished read to the GUI thread. One for the whole process, never deleted: the read
    thread must never emit on an object the GUI thread may be destroying at that moment (a closed
    screen's loader), which crashes Qt."""

    sig_deliver = Signal(object)  # a callable run on the GUI thread


_postman: _Postman | None = None


def _the_postman() -> _Postman:
    """Made on the first load (always on the GUI thread), so it lives in the GUI thread."""
    global _postman
    if _postman is None:
        _postman = _Postman()
        _postman.sig_deliver.connect(_deliver, Qt.ConnectionType.QueuedConnection)
    return _postman


def _deliver(job: Callable[[], None]) -> None:
    job()


class Loader(QObject):
    """Runs `fn()` for `owner` on the read thread and hands the newest result to `apply` on the GUI thread."""

    sig_loaded = Signal()
    """The newest read was applied (or failed); the screen is current."""

    def __init__(self, owner: QWidget, apply: Callable[[Any], None],
                 on_error: Callable[[Exception], None] | None = None, *, lane: str = READS):
        super().__init__(owner)
        self._lane = lane
        self._owner = owner
        self._apply = apply
        self._on_error = on_error
        self._generation = 0
        self._pending = 0
        self._newest = [0]  # the newest generation, read by the read thread (a plain list, not the QObject)

    @property
    def busy(self) -> bool:
        """A read is on its way."""
        return self._pending > 0

    def load(self, fn: Callable[[], Any]) -> None:
        self._generation += 1
        self._pending += 1
        generation = self._generation
        newest = self._newest
        newest[0] = generation
        postman = _the_postman()

        def run() -> None:
            # Only plain Python here: the loader (a QObject) may be deleted by the GUI thread meanwhile.
            if generation != newest[0]:  # a newer read was asked for before this one began
                result, error = None, None
            else:
                try:
                    result, error = fn(), None
                except Exception as exc:  # noqa: BLE001 - handed to the GUI thread
                    result, error = None, exc
            postman.sig_deliver.emit(lambda: self._arrived(generation, result, error))
        _executor(self._lane).submit(run)

    def _arrived(self, generation: int, result: Any, error: Exception | None) -> None:
        if not isValid(self) or not isValid(self._owner):
            return  # the screen was closed meanwhile: nobody to tell
        self._pending -= 1
        if generation != self._generation:
            return  # superseded by a newer read
        if error is not None:
            log.error("a screen's read failed", exc_info=error)
            (self._on_error or self._show_error)(error)
        else:
            self._apply(result)
        self.sig_loaded.emit()

    def _show_error(self, exc: Exception) -> None:
        from .errors import describe_read

        window = self._owner.window()
        bar = getattr(window, "statusBar", None)
        if callable(bar):
            bar().showMessage(describe_read(exc), 15000)
