"""Outside edits are caught (issue 11, point 3, first part): every recorded date is in the trail from its first
entry — typed, imported or in the demo — so `audit verify` names, by case and field, a date changed with a SQLite
tool, and an edited trail entry breaks the chain."""
from __future__ import annotations

import sqlite3
from datetime import date

from sqlalchemy import func, select
from test_cli import run

from yekuo_desk.models import AuditEntry
from yekuo_desk.services import audit_check, cases


def test_every_fact_of_the_demo_and_of_typed_cases_is_in_the_trail(demo_db):
    from yekuo_desk.services.stations import list_stations

    station = list_stations(demo_db)[0]
    case_id = cases.create_case(demo_db, cases.CaseInput(station_id=station.id, customer_name="张三",
                                                         category="resident", accepted_on=date(2026, 11, 16)),
                                today=date(2026, 11, 20))
    cases.record_completion(demo_db, case_id, "acceptance", date(2026, 11, 17), today=date(2026, 11, 20))
    with demo_db.session() as s:
        assert audit_check.verify_facts(s) == [] and audit_check.verify(s) == []


def test_imported_facts_are_in_the_trail(db, station, tmp_path):
    from openpyxl import Workbook

    from yekuo_desk.services.importer import import_cases

    wb = Workbook()
    wb.active.append(["申请编号", "供电所", "户名", "客户类别", "受理日期", "业务受理完成", "现场勘查完成"])
    wb.active.append(["CG-2019-00001", "城关供电所", "王五", "居民", "2019-03-04", "2019-03-05", "2019-03-06"])
    wb.save(tmp_path / "l.xlsx")
    assert import_cases(db, tmp_path / "l.xlsx", today=date(2026, 11, 20)).imported == 1
    with db.session() as s:
        assert audit_check.verify_facts(s) == []


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


def _trail_triggers_dropped(conn) -> None:
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_trail'"):
        conn.execute(f"DROP TRIGGER {name}")


def test_a_trail_cut_short_is_caught_even_with_the_settings_edited_to_match(tmp_path, monkeypatch):
    """The head of the chain (count and last hash) is kept signed with a key outside the file: deleting the last
    entries together with the facts they recorded, or rewriting the head, does not go unnoticed."""
    from yekuo_desk.services import keystore

    path = tmp_path / "yekuo.db"
    run("demo", "--db", str(path), "--cases", "200", "--today", "2026-11-20")
    with sqlite3.connect(path) as conn:
        _trail_triggers_dropped(conn)
        last_seq, row_id, field = conn.execute(
            "SELECT seq, row_id, field FROM audit_trail ORDER BY seq DESC LIMIT 1").fetchone()
        conn.execute("DELETE FROM audit_trail WHERE seq = ?", (last_seq,))  # the chain itself stays whole
    out = run("audit", "verify", "--db", str(path), check=False)
    assert out.returncode == 1 and "修改记录被截短或删除了条目" in out.stdout
    with sqlite3.connect(path) as conn:  # the head rewritten to match the shortened trail
        count = conn.execute("SELECT count(*) FROM audit_trail").fetchone()[0]
        last = conn.execute("SELECT hash FROM audit_trail ORDER BY seq DESC LIMIT 1").fetchone()[0]
        mac = conn.execute("SELECT value FROM settings WHERE key = 'audit_head'").fetchone()[0].split(":")[2]
        conn.execute("UPDATE settings SET value = ? WHERE key = 'audit_head'", (f"{count}:{last}:{mac}",))
    out = run("audit", "verify", "--db", str(path), check=False)
    assert out.returncode == 1 and "链头被改动" in out.stdout and "截短" not in out.stdout
    # On a PC without the file's key the check says it cannot judge the head, and still checks the rest.
    monkeypatch.setenv("YEKUO_KEY_DIR", str(tmp_path / "another-pc"))
    keystore.forget()
    out = run("audit", "verify", "--db", str(path), check=False)
    assert "本机没有此数据文件的签名密钥" in out.stderr and "链头被改动" not in out.stdout


def test_a_pause_edited_outside_is_named_and_one_corrected_in_the_app_is_not(db, station):
    case_id = cases.create_case(db, cases.CaseInput(station_id=station.id, customer_name="张三", category="resident",
                                                    accepted_on=date(2026, 11, 2)), today=date(2026, 11, 20))
    cases.record_completion(db, case_id, "acceptance", date(2026, 11, 3), today=date(2026, 11, 20))
    cases.pause_stage(db, case_id, "site_survey", date(2026, 11, 4), "客户外出", today=date(2026, 11, 20))
    cases.resume_stage(db, case_id, "site_survey", date(2026, 11, 10), today=date(2026, 11, 20))
    pause = cases.stage_pauses(db, case_id, "site_survey")[0]
    cases.correct_pause(db, pause.id, date(2026, 11, 4), date(2026, 11, 9), "按来电记录更正", today=date(2026, 11, 20))
    with db.session() as s:
        assert audit_check.check(s).sound
    with db.engine.begin() as conn:  # a longer pause typed in with a SQLite tool: the stage would not be late
        conn.exec_driver_sql("UPDATE stage_pauses SET end_on = '2026-11-19' WHERE id = ?", (pause.id,))
    with db.session() as s:
        found = audit_check.check(s).facts
    assert [(f.subject, f.field, f.recorded, f.found) for f in found] == [
        ("现场勘查", "暂停结束", "2026-11-09", "2026-11-19")]


def test_an_upgraded_file_gets_a_baseline_and_later_edits_are_caught(tmp_path):
    """A file from before every fact was in the trail: the upgrade records each fact's value once (基线), so
    the first check after it is clean and an edit made after the upgrade is named."""
    from conftest import demo_file
    from test_file_safety import downgraded

    from yekuo_desk.db import open_database

    made = demo_file(tmp_path / "head.db", 300, 5)
    old = downgraded(made, tmp_path / "v0007.db", "0007")
    with sqlite3.connect(old) as conn:  # as an old version left it: the trail knew only changes, not first values
        _trail_triggers_dropped(conn)
        conn.execute("DELETE FROM audit_trail")
        conn.execute("DELETE FROM settings WHERE key IN ('audit_head', 'file_id')")
    conn.close()
    db = open_database(old)
    with db.session() as s:
        report = audit_check.check(s)
        assert report.sound, report.lines()[:3]
        assert s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.reason == "基线（升级时记录）"))
    with db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE case_stages SET completed_on = '2026-11-02' WHERE completed_on IS NOT NULL "
                             "AND id = (SELECT id FROM case_stages WHERE completed_on IS NOT NULL LIMIT 1)")
    with db.session() as s:
        assert len(audit_check.check(s).facts) == 1
    db.dispose()


def test_the_assessment_says_it_rests_on_an_unverified_fact(db, station):
    from yekuo_desk.services import assessment

    case_id = cases.create_case(db, cases.CaseInput(station_id=station.id, customer_name="张三", category="resident",
                                                    accepted_on=date(2026, 11, 2)), today=date(2026, 11, 20))
    cases.record_completion(db, case_id, "acceptance", date(2026, 11, 6), today=date(2026, 11, 20))  # late
    before = assessment.build_sheet(db, "2026-11", today=date(2026, 11, 20))
    assert before.unverified == [] and any(i.stage == "acceptance" for u in before.units for i in u.items)
    with db.engine.begin() as conn:  # back-dated outside: no longer late, its 100 yuan drops
        conn.exec_driver_sql("UPDATE case_stages SET completed_on = '2026-11-02' WHERE stage = 'acceptance'")
    sheet = assessment.build_sheet(db, "2026-11", today=date(2026, 11, 20))
    assert sheet.total == before.total - 100 and [(f.subject, f.field) for f in sheet.unverified] == [
        ("业务受理", "完成日期")]


def test_the_window_names_an_outside_edit_at_start(qtbot, app, tmp_path):
    from yekuo_desk.db import open_database
    from yekuo_desk.views.main_window import MainWindow

    path = tmp_path / "yekuo.db"
    run("demo", "--db", str(path), "--cases", "200", "--today", "2026-11-20")
    with sqlite3.connect(path) as conn:
        number = conn.execute("SELECT case_number FROM cases LIMIT 1").fetchone()[0]
        conn.execute("UPDATE cases SET accepted_on = '2020-01-02' WHERE case_number = ?", (number,))
    db = open_database(path)
    w = MainWindow(db, date(2026, 11, 20))
    qtbot.addWidget(w)
    w.start_checks()
    qtbot.waitUntil(lambda: not w.alarm.isHidden(), timeout=30000)
    assert "在本软件之外的改动" in w.alarm.text() and number in w.alarm.text() and "受理日期" in w.alarm.text()
    w.close()
    from yekuo_desk.views.loader import drain_reads
    drain_reads(timeout=30)
    db.dispose()


def test_every_kind_of_outside_edit_is_named(db, station):
    """Each kind of fact edited outside (an event date, a pause deleted) and a trail entry removed or two
    swapped: all named by the check."""
    from yekuo_desk.services.audit_check import check

    today = date(2026, 11, 20)
    case_id = cases.create_case(db, cases.CaseInput(station_id=station.id, customer_name="鑫源五金厂",
                                                    category="lv_nonresident", accepted_on=date(2026, 10, 8)),
                                today=today)
    for code, day in [("acceptance", 9), ("site_survey", 10), ("plan_reply", 13), ("fees", 14)]:
        cases.record_completion(db, case_id, code, date(2026, 10, day), today=today)
    cases.set_customer_event(db, case_id, "completion_inspection", date(2026, 11, 2), today=today)
    cases.pause_stage(db, case_id, "completion_inspection", date(2026, 11, 3), "客户整改", today=today)
    with db.session() as s:
        assert check(s).sound
    with db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE case_stages SET customer_event_on = '2026-11-09' "
                             "WHERE stage = 'completion_inspection'")
        conn.exec_driver_sql("DELETE FROM stage_pauses")
    with db.session() as s:
        said = "\n".join(check(s).lines())
    assert "竣工检验 竣工报验日期：修改记录为“2026-11-02”，文件中为“2026-11-09”" in said
    assert "（记录已被删除） 暂停 暂停开始：修改记录为“2026-11-03”" in said
    with db.engine.begin() as conn:
        for (name,) in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger' "
                                            "AND tbl_name = 'audit_trail'").all():
            conn.exec_driver_sql(f"DROP TRIGGER {name}")
        conn.exec_driver_sql("DELETE FROM audit_trail WHERE seq = 3")
    with db.session() as s:
        assert check(s).broken == [4]  # the entry after the gap no longer links to its predecessor
    with db.engine.begin() as conn:  # two entries swapped (their places in the order exchanged)
        conn.exec_driver_sql("UPDATE audit_trail SET seq = -5 WHERE seq = 5")
        conn.exec_driver_sql("UPDATE audit_trail SET seq = 5 WHERE seq = 6")
        conn.exec_driver_sql("UPDATE audit_trail SET seq = 6 WHERE seq = -5")
    with db.session() as s:
        assert {5, 6, 7} <= set(check(s).broken)


def test_an_entry_is_chained_as_every_file_so_far_was_whatever_its_text(db):
    """The chain's hash of an entry is the SHA-256 of the JSON list of its values, as files already written
    chained them (the quicker writing of that text must give the same text for any value: quotes, backslashes,
    control characters, Chinese, emoji), and an entry stored with such values still verifies."""
    import hashlib
    import json

    from hypothesis import given, settings
    from hypothesis import strategies as st

    from yekuo_desk.services import audit

    @settings(max_examples=300, deadline=None)
    @given(st.lists(st.text(), min_size=9, max_size=9), st.booleans())
    def same(values, with_host):
        prev, at, user, table, row_id, field, old, new, reason = values
        pc = (values[0] or "PC") if with_host else ""
        body = [prev, at, user, table, row_id, field, old, new, reason] + ([pc] if pc else [])
        if any("\ud800" <= ch <= "\udfff" for v in body for ch in v):
            return  # (a lone surrogate is no text SQLite or PostgreSQL keeps)
        expected = hashlib.sha256(json.dumps(body, ensure_ascii=False).encode("utf-8")).hexdigest()
        assert audit._link(prev, at, user, pc, table, row_id, field, old, new, reason) == expected

    same()
    tricky = ['say "hi"', "C:\\path\\", "line\nbreak\ttab\x01", "城关鑫源五金加工厂 🙂", "\u2028"]
    with db.transaction() as s:
        audit.append_many(s, [dict(table="cases", row_id=f"r{i}", field="note", old=v, new=v[::-1], reason=v)
                              for i, v in enumerate(tricky)], user=tricky[0])
    with db.session() as s:
        assert audit_check.verify(s) == []
