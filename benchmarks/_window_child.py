"""Run by bench_register.py in a fresh interpreter: open the main window on a database, report when it is
first painted with its lists read, then exercise the register (scroll to the end, filter) and report peak
memory.

    python _window_child.py DB            the app's window
    python _window_child.py --bare        baseline: an empty QMainWindow, nothing else
"""
import json
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def peak_rss_mb() -> float:
    """This process's own peak resident memory (VmHWM; ru_maxrss can carry the parent's over fork)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def report(**figures):
    print(json.dumps(figures), flush=True)


def main() -> None:
    from PySide6.QtCore import QEvent, QObject, QTimer

    if sys.argv[1] == "--bare":
        from PySide6.QtWidgets import QApplication, QMainWindow
        app = QApplication([])
        window = QMainWindow()
    else:
        from datetime import date

        from yekuo_desk.app import create_application
        from yekuo_desk.db import open_database
        from yekuo_desk.views.main_window import MainWindow
        app = create_application()
        window = MainWindow(open_database(sys.argv[1]), date(2026, 11, 20))

    class FirstPaint(QObject):
        """Notes the first paint of the window once its lists are read (what the user sees as ready)."""
        at = None

        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and self.at is None and not getattr(window, "busy", False):
                self.at = time.time()
                QTimer.singleShot(0, exercise)
            return False
    painted = FirstPaint()
    window.installEventFilter(painted)
    for child in window.findChildren(QObject):
        child.installEventFilter(painted)

    def settle():
        while getattr(window, "busy", False):
            app.processEvents()
            time.sleep(0.002)

    def exercise():
        if sys.argv[1] != "--bare":
            register = window.register
            window.tabs.setCurrentWidget(register)
            model = register.model
            for row in range(0, model.rowCount(), max(1, model.rowCount() // 400)):  # drag the scroll bar
                register.table.scrollTo(model.index(row, 0))
                app.processEvents()
            for text in ("张", "zs", "CG-2026", "1381", "有限公司"):
                register.search.setText(text)
                register.apply_filter()
                settle()
                app.processEvents()
        report(painted_at=painted.at, peak_rss_mb=peak_rss_mb())
        app.quit()

    def poll():  # the lists arrive after the first paint: paint again once they are in
        if painted.at is None:
            if not getattr(window, "busy", False):
                window.update()
            QTimer.singleShot(2, poll)
    window.show()
    QTimer.singleShot(0, poll)
    app.exec()


main()
