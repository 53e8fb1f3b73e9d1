"""What the benchmarks share: the 200,000-case bureau (built once into benchmarks/out/), timing, the watchdog
that measures how long the GUI thread stalls, and the table every script prints."""
from __future__ import annotations

import os
import statistics
import sys
import time
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
TODAY = date(2026, 11, 20)
CASES = 200_000


def bureau(cases: int = CASES) -> Path:
    """The demo bureau of `cases` cases (a few minutes to build the first time), migrated to the newest schema."""
    path = HERE / "out" / f"bureau-{cases}.db"
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        from yekuo_desk.db import open_database
        from yekuo_desk.services.demo import build_demo

        tmp = path.with_suffix(".building")
        for p in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
            p.unlink(missing_ok=True)
        t = time.perf_counter()
        db = open_database(tmp)
        build_demo(db, cases=cases, seed=2026, today=TODAY,
                   progress=lambda d, n: print(f"\r  building {d}/{n}", end="", file=sys.stderr, flush=True))
        db.dispose()
        tmp.rename(path)
        print(f"\n  built {cases} cases in {time.perf_counter() - t:.0f} s ({path.stat().st_size / 2**20:.0f} MB)",
              file=sys.stderr)
    from yekuo_desk.db import open_database
    open_database(path).dispose()  # an older bench file is migrated once, outside any timing
    return path


def timed(fn, repeat: int = 1) -> list[float]:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return times


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms" if seconds >= 0.1 else f"{seconds * 1000:.1f} ms"


def secs(seconds: float) -> str:
    return f"{seconds:.2f} s"


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))]


def median(values: list[float]) -> float:
    return statistics.median(values)


def print_table(title: str, rows: list[tuple], header=("figure", "ours", "baseline (same run)", "ratio", "target",
                                                        "met")) -> None:
    rows = [tuple(str(c) for c in r) for r in rows]
    widths = [max(len(r[i]) for r in [header, *rows] if i < len(r)) for i in range(len(header))]
    print(f"\n{title}\n")
    print("| " + " | ".join(h.ljust(w) for h, w in zip(header, widths)) + " |")
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for r in rows:
        print("| " + " | ".join(c.ljust(w) for c, w in zip(r, widths)) + " |")
    sys.stdout.flush()


def met(value: float, target: float) -> str:
    return "yes" if value <= target else "**no**"


class Watchdog:
    """Measures event-loop latency: a timer asks to run every `interval` ms on the GUI thread; any longer gap
    between two runs is time the GUI thread was busy with something else (a stall the user feels)."""

    def __init__(self, interval_ms: int = 5):
        from PySide6.QtCore import QTimer

        self.interval = interval_ms / 1000
        self._last = time.perf_counter()
        self.worst = 0.0
        self._timer = QTimer()
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, now - self._last - self.interval)
        self._last = now

    def measure(self, action, settled=lambda: True, quiet_s: float = 0.15, timeout_s: float = 30) -> tuple[float, float]:
        """Run `action()` from the event loop, wait until `settled()` and the loop is quiet; returns the
        longest stall of the GUI thread and the time until settled (what the user waits to see the result)."""
        from PySide6.QtCore import QEventLoop, QTimer
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        for _ in range(5):
            app.processEvents()
        self._last = time.perf_counter()
        self.worst = 0.0
        started = time.perf_counter()
        state = {"done_at": None}
        loop = QEventLoop()

        def check() -> None:  # the loop sleeps between checks, as the app's own event loop would
            now = time.perf_counter()
            if state["done_at"] is None and now - started > 0.002 and settled():
                state["done_at"] = now
            if (state["done_at"] is not None and now - state["done_at"] > quiet_s) or now - started > timeout_s:
                loop.quit()
        checker = QTimer()
        checker.setInterval(2)
        checker.timeout.connect(check)
        QTimer.singleShot(0, action)
        checker.start()
        loop.exec()
        checker.stop()
        return max(self.worst, 0.0), (state["done_at"] or time.perf_counter()) - started
