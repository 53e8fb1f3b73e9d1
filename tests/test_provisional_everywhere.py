"""A due date in a year whose holidays are not yet confirmed (2027 here) is marked 暂定 wherever a user meets it:
the due panel, the register, the case form, the command line (text, CSV, JSON, case show), the exported
workbooks and the receipt. The feedback form's deadline has its own test (test_feedback.py)."""
from __future__ import annotations

from datetime import date

from gui_helpers import wait_loaded
from openpyxl import load_workbook
from test_cli import run

from yekuo_desk.documents.due_export import write_due_list
from yekuo_desk.documents.receipt import write_receipt
from yekuo_desk.services import cases
from yekuo_desk.services.cases import CaseInput
from yekuo_desk.services.due import due_items
from yekuo_desk.services.engine_context import calendar_for
from yekuo_desk.services.papers import receipt_data
from yekuo_desk.services.stations import list_stations

TODAY = date(2026, 12, 30)  # a resident's case accepted today: its plan reply (3 working days) is due in 2027


def year_end_case(db, station) -> tuple[str, str]:
    case_id = cases.create_case(db, CaseInput(station_id=station.id, customer_name="岁末张三", category="resident",
                                              accepted_on=TODAY), today=TODAY)
    cases.record_completion(db, case_id, "acceptance", TODAY, today=TODAY)
    return case_id, cases.get_case(db, case_id, TODAY).case_number


def test_every_place_a_2027_due_date_shows_says_provisional(qtbot, app, db, station, tmp_path):
    from yekuo_desk.views.case_dialog import CaseDialog
    from yekuo_desk.views.due_panel import DuePanel
    from yekuo_desk.views.register_view import RegisterWidget

    case_id, number = year_end_case(db, station)
    detail = cases.get_case(db, case_id, TODAY)
    plan = next(st for st in detail.stages if st.code == "plan_reply")
    assert plan.due_on.year == 2027 and plan.provisional

    with db.session() as s:  # the service every list is made from
        items = [i for i in due_items(s, calendar_for(s), TODAY) if i.case_number == number]
    assert items and all(i.provisional for i in items if i.due.year == 2027)

    panel = DuePanel(db, list_stations(db), TODAY)  # the morning's due panel
    qtbot.addWidget(panel)
    panel.show()
    wait_loaded(qtbot, panel)
    shown = [" ".join(str(panel.model.index(r, c).data() or "") for c in range(panel.model.columnCount()))
             for r in range(panel.model.rowCount())]
    assert any(number in row and "（暂定）" in row for row in shown)

    register = RegisterWidget(db, list_stations(db), TODAY)  # the register's next due date
    qtbot.addWidget(register)
    register.show()
    wait_loaded(qtbot, register.model)
    row = [str(register.model.index(0, c).data() or "") for c in range(register.model.columnCount())]
    assert number in row and any("（暂定）" in cell for cell in row)

    form = CaseDialog(db, list_stations(db), TODAY, case_id)  # the case form's stage table
    qtbot.addWidget(form)
    model = form.stages
    cells = [str(model.index(r, c).data() or "") for r in range(model.rowCount()) for c in range(model.columnCount())]
    assert any(plan.due_on.isoformat() in cell and "（暂定）" in cell for cell in cells)

    workbook = write_due_list(tmp_path / "到期.xlsx", items, TODAY)  # the exported due list
    sheet = load_workbook(workbook).active
    header = [c.value for c in sheet[1]]
    marks = [r[header.index("暂定")] if "暂定" in header else r[-1] for r in sheet.iter_rows(min_row=2, values_only=True)]
    assert "暂定" in marks

    from pypdf import PdfReader  # the receipt tells the customer the date is provisional
    pdf = write_receipt(tmp_path / "回执.pdf", receipt_data(db, case_id, "acceptance", TODAY))
    printed = "".join(p.extract_text() for p in PdfReader(str(pdf)).pages).replace("\n", "")
    assert "2027年1月5日 前办结（2027年节假日安排公布前为暂定日期）" in printed


def test_the_command_line_says_provisional_in_every_format(db, station):
    import csv
    import io
    import json

    case_id, number = year_end_case(db, station)
    path = db.location
    db.dispose()
    text = run("due", "--db", path, "--on", TODAY.isoformat()).stdout
    assert any(number in line and "（暂定）" in line for line in text.splitlines())
    rows = list(csv.reader(io.StringIO(run("due", "--db", path, "--on", TODAY.isoformat(), "--format",
                                           "csv").stdout)))
    assert any(number in row and any("（暂定）" in cell for cell in row) for row in rows)
    listed = json.loads(run("due", "--db", path, "--on", TODAY.isoformat(), "--format", "json").stdout)
    assert any(i["case_number"] == number and i["provisional"] for i in listed)
    shown = run("case", "show", "--db", path, "--case", number, "--today", TODAY.isoformat()).stdout
    assert "（暂定）" in shown
    as_json = json.loads(run("case", "show", "--db", path, "--case", number, "--format", "json", "--today",
                             TODAY.isoformat()).stdout)
    assert next(s for s in as_json["stages"] if s["stage"] == "plan_reply")["provisional"] is True
    assert run("workdays", "--from", "2026-12-30", "--add", "3").stdout.startswith("2027-01-05（暂定")
