"""Every screen action on a 200,000-case bureau, through the real main window with painting: the longest
stall of the GUI thread per action (a watchdog timer measures event-loop latency) and the time until the
new rows are on screen. Target: no stall over 100 ms.

    python benchmarks/bench_screens.py

Baseline, same run: the stall of an idle event loop, and of a screen switch between two empty tabs.
"""
from __future__ import annotations

import sys

from common import TODAY, Watchdog, bureau, met, ms, print_table

TARGET = 0.100


def main() -> int:
    from PySide6.QtCore import QDate, Qt
    from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

    from yekuo_desk.app import create_application
    from yekuo_desk.db import open_database
    from yekuo_desk.views.main_window import MainWindow

    path = bureau()
    create_application()
    db = open_database(path)
    window = MainWindow(db, TODAY)
    window.resize(1366, 720)
    window.show()
    dog = Watchdog()

    def idle() -> bool:
        return not window.busy

    rows = []

    def act(label: str, action, settled=idle) -> None:
        def run() -> None:
            action()
            window.repaint()  # the paint is part of what the user waits for
        stall, until = dog.measure(run, settled)
        rows.append((label, ms(stall), ms(until), met(stall, TARGET)))

    # Baselines: nothing at all, and a switch between two empty tabs.
    bare_tabs = QTabWidget()
    bare_tabs.addTab(QWidget(), "a")
    bare_tabs.addTab(QWidget(), "b")
    bare_tabs.show()
    idle_stall, _ = dog.measure(lambda: None)
    switch_stall, _ = dog.measure(lambda: bare_tabs.setCurrentIndex(1))
    bare_tabs.close()

    act("first read (due list, register)", lambda: None)
    due, reg = window.due_panel, window.register
    act("due panel: one station", lambda: due.station.setCurrentIndex(3))
    act("due panel: all stations", lambda: due.station.setCurrentIndex(0))
    act("due panel: sort by working days overdue", lambda: due.table.sortByColumn(1, Qt.SortOrder.DescendingOrder))
    act("due panel: judge another day", lambda: due.on.setDate(QDate(2026, 12, 10)))
    act("due panel: back to today", lambda: due.on.setDate(QDate(2026, 11, 20)))
    act("switch to the register (Ctrl+2)", window.act_register.trigger)
    for i, name in ((2, "customer"), (1, "station"), (4, "stage"), (6, "status"), (3, "category"), (7, "accepted")):
        act(f"register: sort by {name}", lambda i=i: reg.table.sortByColumn(i, Qt.SortOrder.AscendingOrder))
        act(f"register: scroll to the end (by {name})", reg.table.scrollToBottom)
        act(f"register: scroll to the middle (by {name})",
            lambda: reg.table.scrollTo(reg.model.index(reg.model.rowCount() // 2, 0)))
    act("register: station filter", lambda: reg.station.setCurrentIndex(5))
    act("register: ledger filter (any)", lambda: reg.ledger.setCurrentIndex(1))
    act("register: ledger filter off", lambda: reg.ledger.setCurrentIndex(0))
    act("register: status overdue", lambda: reg.status.setCurrentIndex(reg.status.findData("overdue")))
    act("register: status off, station off", lambda: (reg.status.setCurrentIndex(0), reg.station.setCurrentIndex(0)))
    for text in ("有限公司", "城关", "138", "zs"):
        act(f"register: find {text!r}", lambda t=text: (reg.search.setText(t), reg.apply_filter()))
    act("register: clear the find box", lambda: (reg.search.clear(), reg.apply_filter()))
    screens = [(2, "revisit plan (Ctrl+3)", window.revisit_plan), (3, "revisits (Ctrl+4)", window.revisits),
               (4, "feedback forms (Ctrl+5)", window.feedback), (5, "supervision notices (Ctrl+6)", window.notices),
               (6, "monthly assessment (Ctrl+7)", window.assessment)]
    for index, name, screen in screens:
        act(f"switch to {name}", lambda i=index: window.tabs.setCurrentIndex(i))
        month = getattr(screen, "month", None)
        if month is not None:
            act(f"{name.split(' (')[0]}: previous month", lambda m=month: m.setDate(m.date().addMonths(-1)))
            act(f"{name.split(' (')[0]}: next month", lambda m=month: m.setDate(m.date().addMonths(2)))
    plan = window.revisit_plan
    act("revisit plan: another station", lambda: plan.station.setCurrentIndex(4))
    act("feedback forms: all, not only open", lambda: window.feedback.open_only.setChecked(False))
    act("refresh (F5) on the assessment", window.act_refresh.trigger)
    act("switch back to the due panel (Ctrl+1)", window.act_due.trigger)
    from yekuo_desk.views.case_dialog import CaseDialog
    forms = []

    def open_case() -> None:
        case_id = due.model.rows[0].case_id
        forms.append(CaseDialog(db, window.stations, TODAY, case_id, window))
        forms[-1].show()
    act("open the case form of the first due row", open_case)
    act("close the case form", lambda: forms[-1].close())
    act("refresh everything (F5)", window.act_refresh.trigger)

    worst = max(rows, key=lambda r: float(r[1].split()[0]))
    print_table(f"Yekuo Desk screens, {reg.model.rowCount()} cases on {path.name}: longest GUI-thread stall "
                f"per action (baseline, same run: idle loop {ms(idle_stall)}, empty tab switch {ms(switch_stall)})",
                rows, ("action", "longest stall", "until shown", "stall <= 100 ms"))
    print(f"\nworst: {worst[0]} {worst[1]}")
    window.close()
    db.dispose()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
