"""Outside edits are caught (issue 11, point 3, first part): every recorded date is in the trail from its first
entry — typed, imported or in the demo — so `audit verify` names, by case and field, a date changed with a SQLite
tool, and an edited trail entry breaks the chain."""
from __future__ import annotations

import sqlite3
from datetime import date

from test_cli import run

from yekuo_desk.services import audit, cases


def test_every_fact_of_the_demo_and_of_typed_cases_is_in_the_trail(demo_db):
    from yekuo_desk.services.stations import list_stations

    station = list_stations(demo_db)[0]
    case_id = cases.create_case(demo_db, cases.CaseInput(station_id=station.id, customer_name="张三",
                                                         category="resident", accepted_on=date(2026, 11, 16)),
                                today=date(2026, 11, 20))
    cases.record_completion(demo_db, case_id, "acceptance", date(2026, 11, 17), today=date(2026, 11, 20))
    with demo_db.session() as s:
        assert audit.verify_facts(s) == [] and audit.verify(s) == []


def test_imported_facts_are_in_the_trail(db, station, tmp_path):
    from openpyxl import Workbook

    from yekuo_desk.services.importer import import_cases

    wb = Workbook()
    wb.active.append(["申请编号", "供电所", "户名", "客户类别", "受理日期", "业务受理完成", "现场勘查完成"])
    wb.active.append(["CG-2019-00001", "城关供电所", "王五", "居民", "2019-03-04", "2019-03-05", "2019-03-06"])
    wb.save(tmp_path / "l.xlsx")
    assert import_cases(db, tmp_path / "l.xlsx", today=date(2026, 11, 20)).imported == 1
    with db.session() as s:
        assert audit.verify_facts(s) == []


def test_an_outside_edit_of_each_kind_of_fact_is_named(tmp_path):
    path = tmp_path / "yekuo.db"
    run("demo", "--db", str(path), "--cases", "300", "--today", "2026-11-20")
    assert run("audit", "verify", "--db", str(path)).returncode == 0
    with sqlite3.connect(path) as conn:
        stage_id, number = conn.execute(
            "SELECT s.id, c.case_number FROM case_stages s JOIN cases c ON c.id = s.case_id "
            "WHERE s.stage = 'plan_reply' AND s.completed_on IS NOT NULL LIMIT 1").fetchone()
        conn.execute("UPDATE case_stages SET completed_on = '2026-11-01' WHERE id = ?", (stage_id,))  # back-dated
        conn.execute("UPDATE cases SET accepted_on = '2020-01-02' WHERE case_number = ?", (number,))
        conn.execute("UPDATE case_stages SET customer_cause = '客户原因' WHERE id = ?", (stage_id,))
    out = run("audit", "verify", "--db", str(path), check=False)
    assert out.returncode == 1 and "Traceback" not in out.stderr
    assert f"{number} 供电方案答复 完成日期：修改记录为" in out.stdout and "文件中为“2026-11-01”" in out.stdout
    assert f"{number} 工单 受理日期" in out.stdout and "客户原因：修改记录中没有这一项" in out.stdout
    # An edited trail entry (its trigger dropped first) breaks the chain, also named.
    with sqlite3.connect(path) as conn:
        conn.execute("DROP TRIGGER audit_trail_no_update")
        conn.execute("UPDATE audit_trail SET new_value = '2026-11-01' WHERE row_id = ? AND field = 'completed_on'",
                     (stage_id,))
    out = run("audit", "verify", "--db", str(path), check=False)
    assert out.returncode == 1 and "修改记录第" in out.stdout and "被改动" in out.stdout
