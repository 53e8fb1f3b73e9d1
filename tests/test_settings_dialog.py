from datetime import date

import pytest

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox

from yekuo_desk.models.calendar import WORKDAY
from yekuo_desk.services import calendar_store, rules
from yekuo_desk.services.engine_context import calendar_for
from yekuo_desk.services.stations import list_stations
from yekuo_desk.views.settings_dialog import SettingsDialog

TODAY = date(2026, 11, 20)


def make(qtbot, db, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    d = SettingsDialog(db, TODAY)
    qtbot.addWidget(d)
    return d, shown


def test_editing_a_time_limit_saves_a_new_revision(qtbot, app, db, monkeypatch):
    d, shown = make(qtbot, db, monkeypatch)
    tab = d.rules_tab
    assert tab.rule_set.currentText().startswith("默认时限")
    assert tab.table.item(2, 1).text() == "3"  # plan reply, resident
    tab.table.item(2, 1).setText("4")
    tab.save_button.click()
    assert d.changed
    with db.session() as s:
        r = rules.active_rules(s)
    assert r.limit("plan_reply", "resident") == 4 and r.revision == 2


def test_a_bad_limit_is_refused_and_nothing_saved(qtbot, app, db, monkeypatch):
    d, shown = make(qtbot, db, monkeypatch)
    d.rules_tab.table.item(2, 1).setText("三天")
    d.rules_tab.save_button.click()
    assert not d.changed and "供电方案答复·居民" in shown[-1]
    with db.session() as s:
        assert rules.active_rules(s).revision == 1


def test_switching_the_active_rule_set(qtbot, app, db, monkeypatch):
    d, _ = make(qtbot, db, monkeypatch)
    tab = d.rules_tab
    tab.rule_set.setCurrentIndex(tab.rule_set.findText("《供电监管办法》（2009）"))
    assert tab.table.item(2, 7).text() == "45"  # plan reply, two supplies
    tab.active.setChecked(True)
    tab.save_button.click()
    with db.session() as s:
        assert rules.active_rules(s).code == "regulation_2009"


def test_entering_the_2027_calendar(qtbot, app, db, monkeypatch):
    d, shown = make(qtbot, db, monkeypatch)
    tab = d.calendar_tab
    # Nothing entered for 2027 yet: the table starts from the statutory days off the engine counts with.
    assert tab.year.currentData() == 2027 and not tab.confirmed.isChecked()
    assert [tab.table.item(r, 0).text() for r in range(3)] == ["2027-01-01", "2027-02-05", "2027-02-08"]
    rows = tab.table.rowCount()
    tab.add_button.click()
    tab.table.item(rows, 0).setText("2027-02-06")
    tab.table.cellWidget(rows, 1).setCurrentIndex(tab.table.cellWidget(rows, 1).findData(WORKDAY))
    tab.table.item(rows, 2).setText("春节调休")
    tab.confirmed.setChecked(True)
    tab.save_button.click()
    assert d.changed
    with db.session() as s:
        cal = calendar_for(s)
        assert cal.is_workday(date(2027, 2, 6)) and not cal.is_workday(date(2027, 2, 5))
        assert calendar_store.unconfirmed_years_in_use(s, TODAY) == []


def test_a_bad_calendar_date_is_named(qtbot, app, db, monkeypatch):
    d, shown = make(qtbot, db, monkeypatch)
    d.calendar_tab.add_button.click()
    d.calendar_tab.table.item(d.calendar_tab.table.rowCount() - 1, 0).setText("2027-2-30")
    d.calendar_tab.save_button.click()
    assert not d.changed and "第14行：2027-02-30 不存在" in shown[-1]


def test_calendar_days_by_range_and_pasted_list(qtbot, app, db, monkeypatch):
    """The Spring Festival week as a range (its weekdays), make-up Saturdays pasted from the notice; a pasted
    date that does not exist is named and nothing is added."""
    from PySide6.QtWidgets import QDateEdit, QDialog, QInputDialog

    from yekuo_desk.views import settings_dialog

    d, shown = make(qtbot, db, monkeypatch)
    tab = d.calendar_tab

    def pick(dialog):
        start, end = dialog.findChildren(QDateEdit)
        start.setDate(QDate(2027, 2, 6))
        end.setDate(QDate(2027, 2, 14))
        dialog.findChild(settings_dialog.QLineEdit, "dayName").setText("春节")
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(settings_dialog.QDialog, "exec", pick)
    tab.add_range()
    days = {tab.table.item(r, 0).text(): tab.table.item(r, 2).text() for r in range(tab.table.rowCount())}
    assert {f"2027-02-{n:02d}" for n in (8, 9, 10, 11, 12)} <= set(days) and "2027-02-06" not in days
    assert days["2027-02-10"] == "春节"
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: ("2027-02-30 班\n2027-02-20 班 春节调休", True))
    before = tab.table.rowCount()
    tab.paste_list()
    assert "第1行：2027-02-30 不存在" in shown[-1] and tab.table.rowCount() == before
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: ("2027/2/20 班 春节调休", True))
    tab.paste_list()
    tab.confirmed.setChecked(True)
    tab.save_button.click()
    with db.session() as s:
        cal = calendar_for(s)
        assert cal.is_workday(date(2027, 2, 20)) and not cal.is_workday(date(2027, 2, 11))


def test_adding_a_station(qtbot, app, db, monkeypatch):
    d, shown = make(qtbot, db, monkeypatch)
    tab = d.stations_tab
    tab.name.setText("龙潭供电所")
    tab.code.setText("lt")
    tab.add_button.click()
    assert [s.code for s in list_stations(db)] == ["LT"] and tab.table.rowCount() == 1
    tab.name.setText("龙潭供电所")
    tab.code.setText("LX")
    tab.add_button.click()
    assert "已存在" in shown[-1]


def test_amounts_and_limits(qtbot, app, db, station, monkeypatch):
    from yekuo_desk.services import feedback
    from yekuo_desk.services.amounts import get_number
    d, shown = make(qtbot, db, monkeypatch)
    tab = d.work_tab
    assert tab.spins["amount_late_stage"].value() == 100 and tab.spins["limit_report"].value() == 10
    tab.spins["amount_late_stage"].setValue(150)
    tab.spins["limit_inquiry"].setValue(3)
    tab.save_button.click()
    assert shown[-1] == "已保存。"
    with db.session() as s:
        assert get_number(s, "amount_late_stage") == 150
    form = feedback.add_form(db, feedback.FeedbackInput("inquiry", "95598", date(2026, 11, 16), "咨询",
                                                        station_id=station.id), today=TODAY)
    assert form.deadline == date(2026, 11, 19)


def test_a_stage_charged_to_a_department_and_the_whole_case_targets(qtbot, app, db, monkeypatch):
    from yekuo_desk.services.stages import STAGES

    d, shown = make(qtbot, db, monkeypatch)
    tab = d.rules_tab
    row = [s.code for s in STAGES].index("completion_inspection")
    unit = tab.table.cellWidget(row, tab.table.columnCount() - 1)
    assert unit.currentText() == "本工单所属供电所" and unit.findText("生产技术部") > 0
    unit.setCurrentIndex(unit.findText("生产技术部"))
    small = list(rules.TARGET_SCOPES).index("small_business")
    assert tab.targets.cellWidget(small, 0).value() == 10  # the preset: seed 004's 10 days
    tab.targets.cellWidget(small, 0).setValue(8)
    resident = list(rules.TARGET_SCOPES).index("resident")
    tab.targets.cellWidget(resident, 0).setValue(5)
    tab.targets.cellWidget(resident, 1).setCurrentIndex(tab.targets.cellWidget(resident, 1).findData("working"))
    tab.save_button.click()
    assert d.changed and shown[-1].startswith("已保存")
    with db.session() as s:
        r = rules.active_rules(s)
    assert r.unit("completion_inspection", "hv_single") == "D-SC" and r.unit("plan_reply", "resident") == ""
    assert r.targets == {"small_business": (8, "calendar"), "resident": (5, "working")}


def test_stations_are_renamed_merged_and_retired(qtbot, app, db, station, monkeypatch):
    """A station made by a typo (城关所) is merged into the real one with its cases; renaming asks a reason;
    a station still holding cases in progress cannot be retired, an empty one can."""
    from yekuo_desk.services import cases, stations
    from yekuo_desk.services.cases import CaseInput
    from yekuo_desk.views import settings_dialog

    typo = stations.add_station(db, "城关所", "CGS")
    case_id = cases.create_case(db, CaseInput(station_id=typo.id, customer_name="王五", category="resident",
                                              accepted_on=date(2026, 11, 16)), today=date(2026, 11, 20))
    d, shown = make(qtbot, db, monkeypatch)
    tab = d.stations_tab
    reasons = iter(["导入时所名录错", "并入城关供电所", "撤并", "更名"])
    monkeypatch.setattr(settings_dialog, "ask_reason", lambda *a, **k: next(reasons))
    monkeypatch.setattr(settings_dialog.QInputDialog, "getItem", lambda *a, **k: ("城关供电所", True))
    tab.table.selectRow([s.name for s in tab.rows].index("城关所"))
    tab.retire_button.click()
    assert "1 件在办工单" in shown[-1]
    tab.merge_button.click()
    assert [s.name for s in list_stations(db)] == ["城关供电所"]
    assert cases.get_case(db, case_id, date(2026, 11, 20)).station_name == "城关供电所"
    empty = stations.add_station(db, "龙潭供电所", "LT")
    tab.reload()
    tab.table.selectRow([s.name for s in tab.rows].index("龙潭供电所"))
    tab.retire_button.click()
    assert [s.name for s in list_stations(db)] == ["城关供电所"] and empty.id not in [s.id for s in tab.rows]
    tab.table.selectRow(0)
    tab.name.setText("城关中心供电所")
    tab.phone.setText("0877-6012999")
    tab.address.setText("澄川县城关镇人民路8号")
    tab.save_button.click()
    st = list_stations(db)[0]
    assert (st.name, st.phone, st.address) == ("城关中心供电所", "0877-6012999", "澄川县城关镇人民路8号")
    with db.session() as s:
        from sqlalchemy import select

        from yekuo_desk.models import AuditEntry
        trail = {(e.field, e.reason) for e in s.scalars(select(AuditEntry).where(AuditEntry.table_name == "stations"))}
    assert {("merged_into", "并入城关供电所"), ("retired", "撤并"), ("name", "更名")} <= trail


def test_merging_refuses_the_same_case_number_in_both(db, station):
    from yekuo_desk.services import cases, stations
    from yekuo_desk.services.cases import CaseInput
    from yekuo_desk.services.stations import StationError

    other = stations.add_station(db, "城关所", "CGS")
    for st in (station, other):
        cases.create_case(db, CaseInput(station_id=st.id, customer_name="王五", category="resident",
                                        accepted_on=date(2026, 11, 16), case_number="OLD-1"), today=date(2026, 11, 20))
    with pytest.raises(StationError, match="相同的申请编号.*OLD-1"):
        stations.merge_station(db, other.id, station.id, "并入")
    with pytest.raises(StationError, match="原因"):
        stations.merge_station(db, other.id, station.id, " ")
