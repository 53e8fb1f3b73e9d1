"""A category change on a case in progress: told beforehand, a reason, kept in the history, no date lost."""
from datetime import date

import pytest
from conftest import sign_in

from yekuo_desk.services import assessment, cases
from yekuo_desk.services.cases import CaseError, CaseInput

TODAY = date(2026, 11, 20)


def stage(detail, code):
    return next(s for s in detail.stages if s.code == code)


def test_category_change_is_previewed_needs_a_reason_and_keeps_the_recorded_stage(db, inspected):
    inp = cases.get_case(db, inspected, TODAY).data
    inp.category = "resident"
    change = cases.preview_update(db, inspected, inp, today=TODAY)
    lines = "\n".join(change.lines())
    assert "客户类别：低压非居民 → 居民" in lines
    assert "竣工检验：不再适用，已记录的日期保留" in lines
    assert change.needs_reason
    # Nothing was written by the preview.
    assert stage(cases.get_case(db, inspected, TODAY), "completion_inspection").status == "done"

    with pytest.raises(CaseError, match="客户类别.*原因"):
        cases.update_case(db, inspected, inp, today=TODAY)
    sign_in(db, "clerk", "clerk", inp.station_id)
    cases.update_case(db, inspected, inp, reason="受理时类别录错，按申请书更正", today=TODAY)
    d = cases.get_case(db, inspected, TODAY)
    ci = stage(d, "completion_inspection")
    assert (ci.status, ci.completed_on, ci.customer_event_on) == ("not_applicable", date(2026, 11, 4),
                                                                   date(2026, 11, 2))
    line = next(h for h in d.timeline if h.field == "客户类别")
    assert (line.subject, line.old, line.new, line.reason, line.user) == (
        "工单", "低压非居民", "居民", "受理时类别录错，按申请书更正", "clerk")

    # Changed back, the stage returns with its dates, as it was.
    inp.category = "lv_nonresident"
    cases.update_case(db, inspected, inp, reason="复核后恢复", today=TODAY)
    ci = stage(cases.get_case(db, inspected, TODAY), "completion_inspection")
    assert (ci.status, ci.completed_on, ci.due_on) == ("done", date(2026, 11, 4), date(2026, 11, 9))


def test_the_preview_names_the_amounts_a_change_brings(db, station):
    """A resident case whose plan reply is late by its 3 working days becomes a high-voltage case (15 days):
    the preview says the stage is no longer late (−100 yuan) and which stages are added; the month's sheet
    then changes by exactly that amount."""
    case_id = cases.create_case(db, CaseInput(
        station_id=station.id, customer_name="李四", category="resident", accepted_on=date(2026, 11, 2)),
        today=TODAY)
    cases.record_completion(db, case_id, "acceptance", date(2026, 11, 2), today=TODAY)
    inp = cases.get_case(db, case_id, TODAY).data
    inp.category = "hv_single"
    change = cases.preview_update(db, case_id, inp, today=TODAY)
    text = "\n".join(change.lines())
    assert "供电方案答复：时限 3 个工作日（到期 2026-11-05） → 15 个工作日（到期 2026-11-23），不再超期，考核 −100 元" in text
    assert "竣工检验：新增环节，时限 7 个工作日" in text and change.amount_delta == -100
    # Every late stage the change makes is counted in the amount; the sum matches the month's sheet after it.
    before = assessment.build_sheet(db, "2026-11", today=TODAY).total
    cases.update_case(db, case_id, inp, reason="高压用户", today=TODAY)
    after = assessment.build_sheet(db, "2026-11", today=TODAY).total
    assert after - before == change.amount_delta


def test_plain_field_changes_are_in_the_history_without_a_reason(db, inspected):
    inp = cases.get_case(db, inspected, TODAY).data
    inp.phone, inp.id_number = "13900001111", "11010519491231002X"
    change = cases.update_case(db, inspected, inp, today=TODAY)
    assert not change.needs_reason
    d = cases.get_case(db, inspected, TODAY)
    phone = next(h for h in d.timeline if h.field == "联系电话")
    assert (phone.old, phone.new, phone.reason) == ("13812345678", "13900001111", "修改")
    ident = next(h for h in d.timeline if h.field == "证件号码")
    assert "11010519491231002X" not in ident.text()  # an identity number is never kept in clear in the trail


def test_history_reads_in_chinese_with_stage_names(db, inspected):
    sign_in(db, "王会计", "audit")
    cases.record_completion(db, inspected, "completion_inspection", date(2026, 11, 5), reason="按检验报告更正",
                            today=TODAY)
    d = cases.get_case(db, inspected, TODAY)
    texts = [h.text() for h in d.timeline]
    assert any("竣工检验 完成日期：2026-11-04 → 2026-11-05（按检验报告更正）" in t and "王会计" in t for t in texts)
    assert any("竣工检验 竣工报验日期：— → 2026-11-02" in t for t in texts)
    assert not any("completed_on" in t or "UTC" in t for t in texts)
    assert {h.stage for h in d.timeline} >= {"", "acceptance", "completion_inspection"}


def test_no_lost_update_between_two_forms(db, inspected):
    """Two clerks open the case; the first saves a new phone; the second, who changed the address, keeps the
    first one's phone; when both changed the phone, the second is told and chooses."""
    from dataclasses import replace

    from yekuo_desk.services.cases import CaseConflict

    opened = cases.get_case(db, inspected, TODAY).data
    cases.update_case(db, inspected, replace(opened, phone="13900001111"), today=TODAY, base=opened)
    cases.update_case(db, inspected, replace(opened, address="城关镇工业园区12号"), today=TODAY, base=opened)
    now = cases.get_case(db, inspected, TODAY).data
    assert (now.phone, now.address) == ("13900001111", "城关镇工业园区12号")
    with pytest.raises(CaseConflict) as err:
        cases.update_case(db, inspected, replace(opened, phone="13700002222"), today=TODAY, base=opened)
    assert err.value.conflicts == [("phone", "联系电话", "13900001111", "13700002222")]
    assert cases.get_case(db, inspected, TODAY).data.phone == "13900001111"  # nothing written


def test_the_form_shows_both_values_and_keeps_the_choice(qtbot, app, db, inspected, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from yekuo_desk.services.stations import list_stations
    from yekuo_desk.views import case_dialog
    from yekuo_desk.views.case_dialog import CaseDialog

    first, second = (CaseDialog(db, list_stations(db), TODAY, inspected) for _ in range(2))
    for d in (first, second):
        qtbot.addWidget(d)
    first.ui.phoneEdit.setText("13900001111")
    first.ui.contactEdit.setText("王建国")
    first.save()
    second.ui.phoneEdit.setText("13700002222")
    shown = []

    def choose(self, conflict):
        shown.append(conflict.conflicts)
        return True  # keep mine
    monkeypatch.setattr(case_dialog.CaseDialog, "_choose", choose)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: None)
    second.save()
    now = cases.get_case(db, inspected, TODAY).data
    assert shown == [[("phone", "联系电话", "13900001111", "13700002222")]]
    assert (now.phone, now.contact) == ("13700002222", "王建国")  # mine, and the other's contact kept


def test_taking_the_other_writers_value_keeps_the_rest_of_mine(qtbot, app, db, inspected, monkeypatch):
    from yekuo_desk.services.stations import list_stations
    from yekuo_desk.views import case_dialog
    from yekuo_desk.views.case_dialog import CaseDialog

    first, second = (CaseDialog(db, list_stations(db), TODAY, inspected) for _ in range(2))
    for d in (first, second):
        qtbot.addWidget(d)
    first.ui.phoneEdit.setText("13900001111")
    first.save()
    second.ui.phoneEdit.setText("13700002222")
    second.ui.addressEdit.setText("城关镇工业园区12号")
    monkeypatch.setattr(case_dialog.CaseDialog, "_choose", lambda self, conflict: False)  # take theirs
    second.save()
    now = cases.get_case(db, inspected, TODAY).data
    assert (now.phone, now.address) == ("13900001111", "城关镇工业园区12号")
    assert second.ui.phoneEdit.text() == "13900001111"  # the form shows what is saved
