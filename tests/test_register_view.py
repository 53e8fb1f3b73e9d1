from datetime import date

from PySide6.QtCore import Qt

from gui_helpers import type_chinese, wait_loaded
from yekuo_desk.services.stations import list_stations
from yekuo_desk.views.register_model import ID_ROLE
from yekuo_desk.views.register_view import RegisterWidget

TODAY = date(2026, 11, 20)


def make(qtbot, db) -> RegisterWidget:
    w = RegisterWidget(db, list_stations(db), TODAY)
    qtbot.addWidget(w)
    w.resize(1200, 600)
    w.show()
    wait_loaded(qtbot, w.model)
    return w


def test_the_model_is_a_good_qt_model(qtbot, app, demo_db, qtmodeltester):
    w = make(qtbot, demo_db)
    qtmodeltester.check(w.model)


def test_shows_every_case_with_chinese_columns(qtbot, app, demo_db):
    w = make(qtbot, demo_db)
    assert w.model.rowCount() == 1500
    assert w.count_label.text() == "1500 件"
    headers = [w.model.headerData(i, Qt.Orientation.Horizontal) for i in range(w.model.columnCount())]
    assert headers == ["申请编号", "供电所", "户名", "客户类别", "当前环节", "到期日", "状态", "受理日期"]
    first = [w.model.index(0, c).data() for c in range(8)]
    assert first[1].endswith("供电所") and first[3] in ("居民", "低压非居民", "高压单电源", "高压双电源")


def test_typing_a_name_filters_as_you_type(qtbot, app, demo_db):
    w = make(qtbot, demo_db)
    name = w.model.index(0, 2).data()
    type_chinese(w.search, name[:2])
    qtbot.waitUntil(lambda: w.model.rowCount() < 1500, timeout=2000)
    wait_loaded(qtbot, w.model)
    # Two characters match anywhere in the name, the contact or the address (issue 10).
    from sqlalchemy import func, select

    from yekuo_desk.models import Case
    with demo_db.session() as s:
        expected = s.scalar(select(func.count()).select_from(Case).where(
            (func.instr(Case.customer_name, name[:2]) > 0) | (func.instr(Case.contact, name[:2]) > 0)
            | (func.instr(Case.address, name[:2]) > 0) | Case.case_number.startswith(name[:2])))
    assert w.model.rowCount() == expected and name in [w.model.index(r, 2).data() for r in range(w.model.rowCount())]



def test_typing_pinyin_initials_finds_the_customer(qtbot, app, demo_db):
    from yekuo_desk.services.pinyin import initials
    w = make(qtbot, demo_db)
    target = w.model.row_at(7)
    typed = initials(target.customer_name)[:3]
    qtbot.keyClicks(w.search, typed)
    qtbot.waitUntil(lambda: w.model.filter.text == typed, timeout=2000)
    wait_loaded(qtbot, w.model)
    found = [w.model.row_at(r) for r in range(w.model.rowCount())]
    assert target.id in {row.id for row in found}
    assert all(initials(row.customer_name).startswith(typed) or typed.upper() in row.case_number
               for row in found)


def test_station_and_status_filters(qtbot, app, demo_db):
    w = make(qtbot, demo_db)
    station = list_stations(demo_db)[3]
    w.station.setCurrentIndex(w.station.findData(station.id))
    wait_loaded(qtbot, w.model)
    n = w.model.rowCount()
    assert 0 < n < 1500
    assert {w.model.index(r, 1).data() for r in range(n)} == {station.name}
    w.station.setCurrentIndex(0)
    w.status.setCurrentIndex(w.status.findData("overdue"))
    wait_loaded(qtbot, w.model)
    assert w.model.rowCount() > 0
    assert {w.model.index(r, 6).data() for r in range(w.model.rowCount())} == {"超期"}


def test_sorting_by_clicking_a_header(qtbot, app, demo_db):
    w = make(qtbot, demo_db)
    w.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    wait_loaded(qtbot, w.model)
    names = [w.model.index(r, 2).data() for r in range(50)]
    assert names == sorted(names)


def test_double_click_or_enter_opens_the_case(qtbot, app, demo_db):
    w = make(qtbot, demo_db)
    index = w.model.index(5, 0)
    w.table.setCurrentIndex(index)
    with qtbot.waitSignal(w.sig_open_case) as blocker:
        w.table.doubleClicked.emit(index)
    assert blocker.args == [index.data(ID_ROLE)]
    w.table.setFocus()
    with qtbot.waitSignal(w.sig_open_case) as blocker:
        qtbot.keyClick(w.table, Qt.Key.Key_Return)
    assert blocker.args == [index.data(ID_ROLE)]
