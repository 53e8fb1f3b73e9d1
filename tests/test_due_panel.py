from datetime import date

from openpyxl import load_workbook
from PySide6.QtCore import QDate

from yekuo_desk.documents.due_export import write_due_list
from yekuo_desk.services.due import due_board
from yekuo_desk.services.engine_context import calendar_for
from yekuo_desk.services.stations import list_stations
from yekuo_desk.views.due_panel import ID_ROLE, DuePanel

from gui_helpers import wait_loaded

TODAY = date(2026, 11, 20)


def make(qtbot, db) -> DuePanel:
    w = DuePanel(db, list_stations(db), TODAY)
    qtbot.addWidget(w)
    w.show()
    wait_loaded(qtbot, w)
    return w


def test_lists_what_the_service_finds_most_urgent_first(qtbot, app, demo_db, qtmodeltester):
    w = make(qtbot, demo_db)
    qtmodeltester.check(w.model)
    with demo_db.session() as s:
        expected = due_board(s, calendar_for(s), TODAY)
    assert w.model.rowCount() == len(expected) > 0
    assert w.model.index(0, 0).data() == "超期"
    assert w.model.index(0, 3).data() == expected[0].case_number
    overdue = sum(i.status == "overdue" for i in expected)
    assert f"超期 {overdue}" in w.summary.text()


def test_judging_another_day_and_one_station(qtbot, app, demo_db):
    w = make(qtbot, demo_db)
    n_today = w.model.rowCount()
    with qtbot.waitSignal(w.sig_today_changed) as blocker:
        w.on.setDate(QDate(2026, 12, 10))
    assert blocker.args == [date(2026, 12, 10)]
    wait_loaded(qtbot, w)
    assert w.model.rowCount() > n_today
    st = list_stations(demo_db)[0]
    w.station.setCurrentIndex(w.station.findData(st.id))
    wait_loaded(qtbot, w)
    assert {w.model.index(r, 2).data() for r in range(w.model.rowCount())} == {st.name}


def test_each_kind_of_row_opens_where_it_is_resolved(qtbot, app, demo_db):
    """A stage (or an open pause) opens the case form on that stage, a revisit reminder the revisit dialog,
    a whole-case target the case form."""
    w = make(qtbot, demo_db)
    kinds = {item.kind: r for r, item in reversed(list(enumerate(w.model.rows)))}
    assert {"revisit", "target"} <= set(kinds) and any(item.kind not in ("revisit", "target", "feedback")
                                                        for item in w.model.rows)
    row = next(r for r, item in enumerate(w.model.rows) if item.kind not in ("revisit", "target", "feedback"))
    index = w.model.index(row, 4)
    with qtbot.waitSignal(w.sig_open_stage) as blocker:
        w.table.doubleClicked.emit(index)
    assert blocker.args == [index.data(ID_ROLE), w.model.rows[row].stage]
    with qtbot.waitSignal(w.sig_open_revisit) as blocker:
        w.table.doubleClicked.emit(w.model.index(kinds["revisit"], 0))
    assert blocker.args == [w.model.rows[kinds["revisit"]].case_id]
    with qtbot.waitSignal(w.sig_open_case) as blocker:
        w.table.doubleClicked.emit(w.model.index(kinds["target"], 0))
    assert blocker.args == [w.model.rows[kinds["target"]].case_id]


def test_export_reads_back(qtbot, app, demo_db, tmp_path):
    w = make(qtbot, demo_db)
    path = write_due_list(tmp_path / "due.xlsx", w.model.rows, TODAY)
    ws = load_workbook(path).active
    assert ws["A1"].value == "状态" and ws.freeze_panes == "A2"
    assert ws.max_row == len(w.model.rows) + 1
    first = w.model.rows[0]
    assert ws["D2"].value == first.case_number
    assert ws["I2"].value.date() == first.due  # a real date, not text
    assert ws.print_title_rows == "$1:$1"  # the header row repeats on every printed page


def test_export_writes_user_text_as_text(tmp_path):
    from yekuo_desk.services.due import DueItem
    item = DueItem("id", "=HYPERLINK(1)", "城关供电所", "+cmd", "-1", "acceptance", "业务受理", None, TODAY,
                   "due_today", 0, False)
    ws = load_workbook(write_due_list(tmp_path / "x.xlsx", [item], TODAY)).active
    # Text cells, as typed: Excel shows them and never calculates them.
    assert (ws["D2"].value, ws["E2"].value, ws["F2"].value) == ("=HYPERLINK(1)", "+cmd", "-1")
    assert ws["D2"].data_type == ws["E2"].data_type == ws["F2"].data_type == "s"


def test_the_streamed_register_export_writes_user_text_as_text(tmp_path):
    from yekuo_desk.documents.register_export import write_register
    from yekuo_desk.services.register import RegisterRow
    row = RegisterRow("id", "@SUM(A1)", "s1", "=1+1", "resident", "", None, "", "done", TODAY, False, "")
    write_register(tmp_path / "r.xlsx", [row], {"s1": "城关供电所"}, 1)
    ws = load_workbook(tmp_path / "r.xlsx").active
    assert (ws["A2"].value, ws["C2"].value) == ("@SUM(A1)", "=1+1") and ws["C2"].data_type == "s"


def test_sorting_by_a_header_and_back_to_urgency(qtbot, app, demo_db):
    from PySide6.QtCore import Qt
    w = make(qtbot, demo_db)
    w.table.sortByColumn(4, Qt.SortOrder.AscendingOrder)
    names = [w.model.index(r, 4).data() for r in range(w.model.rowCount())]
    # Rows without a customer (a coordination item about a station) sort last, as empty cells do.
    assert names == sorted(n for n in names if n) + [n for n in names if not n]
    w.table.sortByColumn(8, Qt.SortOrder.DescendingOrder)
    dues = [i.due for i in w.model.rows]
    assert dues == sorted(dues, reverse=True)
    w.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    ranks = [["overdue", "due_today", "upcoming", "paused"].index(i.status) for i in w.model.rows]
    assert ranks == sorted(ranks)
    w.refresh()  # a refresh keeps the order the user chose
    wait_loaded(qtbot, w)
    assert [i.status for i in w.model.rows][0] == "overdue"


def test_a_feedback_row_opens_its_form(qtbot, app, db, station):
    from yekuo_desk.services import feedback
    form = feedback.add_form(db, feedback.FeedbackInput("complaint", "95598", date(2026, 11, 16), "未通电",
                                                        station_id=station.id), today=TODAY)
    w = make(qtbot, db)
    row = next(r for r, item in enumerate(w.model.rows) if item.kind == "feedback")
    with qtbot.waitSignal(w.sig_open_feedback) as blocker:
        w.table.doubleClicked.emit(w.model.index(row, 0))
    assert blocker.args == [form.id]
