"""Users and roles (issue 11, points 1 and 2): passwords kept only as salted scrypt hashes, a lockout after five
wrong passwords, and every role's rights enforced by the services themselves — a clerk cannot read or change
another station's cases by any service, a chief cannot write, a recorded date changes only with the right and a
reason."""
from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta

import pytest
from conftest import PASSWORD, TODAY, sign_in
from sqlalchemy import select

from yekuo_desk.models import AuditEntry
from yekuo_desk.services import assessment, audit, audit_check, auth, cases, feedback, notices, revisits
from yekuo_desk.services.auth import AuthError
from yekuo_desk.services.cases import CaseError, CaseInput
from yekuo_desk.services.due import due_board
from yekuo_desk.services.engine_context import calendar_for
from yekuo_desk.services.register import Register, RegisterFilter, find_cases


def new_case(db, station, name="张三", accepted=date(2026, 11, 2)) -> str:
    return cases.create_case(db, CaseInput(station_id=station.id, customer_name=name, category="resident",
                                           accepted_on=accepted, phone="13812345678"), today=TODAY)


@pytest.fixture
def two_stations(db, station, other_station):
    """A case at each station (made before anyone logs in: the setup administrator), then users of each role."""
    mine, theirs = new_case(db, station, "城关张三"), new_case(db, other_station, "河口李四")
    for c in (mine, theirs):
        cases.record_completion(db, c, "acceptance", date(2026, 11, 3), today=TODAY)
    sign_in(db, "城关专责", auth.CLERK, station.id)
    return mine, theirs


def test_a_password_is_kept_salted_and_hashed_never_in_clear(db, tmp_path):
    first, second = auth.hash_password("城关2026!"), auth.hash_password("城关2026!")
    assert first != second and first.startswith("scrypt$") and "城关2026" not in first  # a salt of its own each
    assert auth.password_matches("城关2026!", first) and not auth.password_matches("城关2026?", first)
    auth.add_user(db, "admin", "城关2026!", auth.ADMIN)
    auth.login(db, "admin", "城关2026!")
    with pytest.raises(AuthError, match="至少 6 位"):
        auth.add_user(db, "short", "12345", auth.AUDIT)
    db.dispose()
    raw = (tmp_path / "test.db").read_bytes()
    assert "城关2026!".encode() not in raw  # nowhere in the file: not the users table, not the trail


def test_a_new_file_acts_as_its_setup_administrator_until_the_first_admin(db, station):
    with db.session() as s:
        assert auth.actor(s) is auth.SETUP
    new_case(db, station)  # the README's scripts work on a fresh file
    with pytest.raises(AuthError, match="第一个用户须为系统管理员"):
        auth.add_user(db, "clerk", PASSWORD, auth.CLERK, unit_id=station.id)
    auth.add_user(db, "admin", PASSWORD, auth.ADMIN)
    with pytest.raises(AuthError, match="请先登录"):
        new_case(db, station)  # users exist now: nobody acts without logging in
    with pytest.raises(AuthError, match="请先登录"):
        cases.find_case_id(db, "CG-2026-00001")


def test_five_wrong_passwords_lock_the_account_for_15_minutes_and_are_logged(db):
    auth.add_user(db, "admin", PASSWORD, auth.ADMIN)
    now = datetime(2026, 11, 20, 2, 0)
    for i in range(4):
        with pytest.raises(AuthError, match="用户名或密码不正确"):
            auth.login(db, "admin", "wrong-one", now=now)
    with pytest.raises(AuthError, match="连续 5 次密码错误，账户已锁定 15 分钟"):
        auth.login(db, "admin", "wrong-one", now=now)
    with pytest.raises(AuthError, match="已锁定"):
        auth.login(db, "admin", PASSWORD, now=now + timedelta(minutes=14))  # the right one, too early
    assert auth.login(db, "admin", PASSWORD, now=now + timedelta(minutes=16)).role == auth.ADMIN
    with pytest.raises(AuthError, match="用户名或密码不正确"):
        auth.login(db, "nobody", PASSWORD)  # an unknown name is not told apart from a wrong password
    with db.session() as s:
        said = [e.new_value for e in s.scalars(select(AuditEntry).where(AuditEntry.table_name == "users"))]
    assert sum("密码错误" in v for v in said) == 5 and any(v.startswith("锁定至") for v in said)
    assert all(PASSWORD not in v and "wrong-one" not in v for v in said)


def test_a_clerk_reads_and_writes_only_the_own_stations_cases(db, station, other_station, two_stations):
    mine, theirs = two_stations
    assert cases.get_case(db, mine, TODAY).data.customer_name == "城关张三"
    with pytest.raises(AuthError, match="只能处理本所"):
        cases.get_case(db, theirs, TODAY)
    theirs_number = "HK-2026-00001"
    assert cases.find_case_id(db, theirs_number) is None
    assert [r.customer_name for r in find_cases(db, "李四")] == []
    reg = Register(TODAY, TODAY + timedelta(days=7))
    with db.session() as s:
        assert reg.prepare(s, RegisterFilter()).count == 1  # of the two cases, the own station's
        with pytest.raises(AuthError):
            reg.prepare(s, RegisterFilter(station_id=other_station.id))
        assert {i.station for i in due_board(s, calendar_for(s), TODAY)} <= {station.name}
    for write in (lambda: new_case(db, other_station, "王五"),
                  lambda: cases.record_completion(db, theirs, "site_survey", date(2026, 11, 4), today=TODAY),
                  lambda: cases.pause_stage(db, theirs, "site_survey", date(2026, 11, 4), "客户外出", today=TODAY),
                  lambda: revisits.record_revisit(db, revisits.RevisitInput(theirs, "site_survey", TODAY, "phone",
                                                                            "李娜", "satisfied"), today=TODAY)):
        with pytest.raises(AuthError, match="只能处理本所"):
            write()
    # The own station's work goes on.
    cases.record_completion(db, mine, "site_survey", date(2026, 11, 4), today=TODAY)
    # What is the bureau's is not the station's.
    with pytest.raises(AuthError, match="没有“考核”的权限"):
        assessment.add_item(db, "2026-11", station.id, "coordination", "未按期完成")
    with pytest.raises(AuthError, match="查看考核表"):
        assessment.build_sheet(db, "2026-11", today=TODAY)
    with pytest.raises(AuthError, match="回访计划"):
        revisits.issue_plan(db, "2026-11", station.id, TODAY)


def test_a_clerk_sees_only_the_forms_and_notices_of_the_own_station(db, station, other_station, two_stations):
    sign_in(db, "稽查", auth.AUDIT)
    for st in (station, other_station):
        feedback.add_form(db, feedback.FeedbackInput("complaint", "95598", TODAY, "未通电", station_id=st.id,
                                                     reporter_name="刘女士"), today=TODAY)
        notices.add_notice(db, notices.NoticeInput("其他", st.id, "资料不全", TODAY), today=TODAY)
    sign_in(db, "城关专责", auth.CLERK)
    assert [f.station for f in feedback.list_forms(db, today=TODAY)] == [station.name]
    assert [n.station for n in notices.notices_in(db, "2026-11")] == [station.name]
    other_form = feedback.find_form_id(db, "FK-2026-0002")
    assert other_form is None


def test_a_chief_reads_everything_and_writes_nothing(db, station, two_stations):
    mine, theirs = two_stations
    sign_in(db, "局长", auth.CHIEF)
    assert cases.get_case(db, theirs, TODAY).data.customer_name == "河口李四"
    assert assessment.build_sheet(db, "2026-11", today=TODAY).month == "2026-11"
    for write in (lambda: new_case(db, station),
                  lambda: cases.record_completion(db, mine, "site_survey", date(2026, 11, 4), today=TODAY),
                  lambda: feedback.add_form(db, feedback.FeedbackInput("complaint", "95598", TODAY, "x",
                                                                       station_id=station.id), today=TODAY),
                  lambda: notices.add_notice(db, notices.NoticeInput("其他", station.id, "x", TODAY), today=TODAY),
                  lambda: assessment.add_item(db, "2026-11", station.id, "coordination", "x")):
        with pytest.raises(AuthError, match="局长（局领导）没有"):
            write()
    with db.transaction() as s, pytest.raises(AuthError, match="系统管理"):
        from yekuo_desk.services.amounts import set_number
        set_number(s, "amount_late_stage", 1)


def test_a_recorded_date_changes_only_with_the_right_and_a_reason(db, station, two_stations):
    mine, _ = two_stations
    with pytest.raises(CaseError, match="已记录的日期不能修改.*营销稽查"):  # seed 003 art. 14
        cases.record_completion(db, mine, "acceptance", date(2026, 11, 2), reason="录错", today=TODAY)
    with pytest.raises(CaseError, match="已记录的日期不能修改"):
        cases.record_completion(db, mine, "acceptance", None, reason="录错", today=TODAY)
    cases.pause_stage(db, mine, "site_survey", date(2026, 11, 4), "客户外出务工", today=TODAY)
    pause = cases.stage_pauses(db, mine, "site_survey")[0]
    with pytest.raises(CaseError, match="已记录的日期不能修改"):
        cases.correct_pause(db, pause.id, date(2026, 11, 5), None, "录错", today=TODAY)
    sign_in(db, "稽查", auth.AUDIT)
    with pytest.raises(CaseError, match="须填写原因"):
        cases.correct_pause(db, pause.id, date(2026, 11, 5), None, " ", today=TODAY)
    cases.correct_pause(db, pause.id, date(2026, 11, 5), date(2026, 11, 9), "按客户来电记录更正", today=TODAY)
    assert cases.stage_pauses(db, mine, "site_survey")[0].end_on == date(2026, 11, 9)
    cases.withdraw_pause(db, pause.id, "误录：客户未外出", today=TODAY)
    assert cases.stage_pauses(db, mine, "site_survey") == []
    cases.record_completion(db, mine, "acceptance", date(2026, 11, 2), reason="按受理单更正", today=TODAY)
    detail = cases.get_case(db, mine, TODAY)
    lines = [h for h in detail.timeline if h.field in ("暂停开始", "暂停结束", "完成日期")]
    assert any(h.user == "稽查" and h.old == "2026-11-04" and h.new == "2026-11-05" and h.host == audit.host()
               and f"稽查@{audit.host()}" in h.text() for h in lines)
    assert any(h.user == "稽查" and h.reason == "误录：客户未外出" and h.new == "" for h in lines)
    with db.session() as s:
        last = s.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
        assert (last.user, last.host, last.old_value, last.new_value, last.reason) == (
            "稽查", audit.host(), "2026-11-03", "2026-11-02", "按受理单更正")  # who, which PC, old, new, why
        assert audit_check.check(s).sound


def test_the_supervision_role_answers_forms_but_does_not_register_them(db, station):
    sign_in(db, "稽查", auth.AUDIT)
    form = feedback.add_form(db, feedback.FeedbackInput("complaint", "95598", TODAY, "未通电",
                                                        station_id=station.id), today=TODAY)
    sign_in(db, "监察", auth.SUPERVISION)
    with pytest.raises(AuthError, match="登记反馈单"):
        feedback.add_form(db, feedback.FeedbackInput("complaint", "95598", TODAY, "x", station_id=station.id),
                          today=TODAY)
    feedback.advance(db, form.id, "in_progress", TODAY, today=TODAY)
    assert feedback.get_form(db, form.id, today=TODAY).steps[-1][2] == "监察"


def test_the_administrator_manages_users_but_not_cases(db, station):
    sign_in(db, "admin", auth.ADMIN)
    with pytest.raises(AuthError, match="没有“登记和记录工单”的权限"):
        new_case(db, station)
    clerk = auth.add_user(db, "clerk", PASSWORD, auth.CLERK, unit_id=station.id, full_name="张丽")
    with pytest.raises(AuthError, match="须指定所属供电所"):
        auth.add_user(db, "nostation", PASSWORD, auth.CLERK)
    with pytest.raises(AuthError, match="已存在"):
        auth.add_user(db, "clerk", PASSWORD, auth.AUDIT)
    with pytest.raises(AuthError, match="不能取消自己"):
        auth.update_user(db, db.actor.user_id, role=auth.AUDIT, unit_id=None)
    auth.update_user(db, clerk.id, role=auth.CLERK, unit_id=station.id, full_name="张丽", active=False,
                     reason="调离")
    with pytest.raises(AuthError, match="用户名或密码不正确"):
        auth.login(db, "clerk", PASSWORD)  # disabled
    sign_in(db, "admin", auth.ADMIN)
    auth.update_user(db, clerk.id, role=auth.CLERK, unit_id=station.id, active=True)
    auth.set_password(db, clerk.id, "new-secret-1")
    assert auth.login(db, "clerk", "new-secret-1").station_id == station.id
    with pytest.raises(AuthError, match="原密码不正确"):
        auth.set_password(db, clerk.id, "other-secret", old_password="wrong")
    auth.set_password(db, clerk.id, "other-secret", old_password="new-secret-1")  # one's own, with the old one
    with pytest.raises(AuthError, match="系统管理"):
        auth.add_user(db, "x", PASSWORD, auth.AUDIT)  # a clerk does not make users


def test_the_trail_names_the_user_never_the_operating_systems_login(db, station, monkeypatch):
    monkeypatch.setenv("LOGNAME", "局长")
    monkeypatch.setenv("USER", "局长")
    sign_in(db, "城关专责", auth.CLERK, station.id)
    case_id = new_case(db, station)
    assert {h.user for h in cases.get_case(db, case_id, TODAY).timeline} == {"城关专责"}


def test_a_stations_file_lists_its_own_station_in_the_window(qtbot, app, db, station, other_station):
    from yekuo_desk.views.main_window import MainWindow

    sign_in(db, "城关专责", auth.CLERK, station.id)
    w = MainWindow(db, TODAY)
    qtbot.addWidget(w)
    assert [st.name for st in w.stations] == [station.name] and "城关专责（供电所业扩专责）" in w.windowTitle()
    assert not w.tabs.isTabVisible(w.tabs.indexOf(w.assessment)) and not w.act_settings.isEnabled()
    assert w.act_new.isEnabled() and w.act_lock.isEnabled()


def test_the_window_locks_when_idle_and_opens_again_with_the_password(qtbot, app, db, station, monkeypatch):
    from PySide6.QtWidgets import QDialog

    from yekuo_desk.views import login_dialog
    from yekuo_desk.views.main_window import MainWindow

    sign_in(db, "城关专责", auth.CLERK, station.id)
    w = MainWindow(db, TODAY)
    qtbot.addWidget(w)
    w.show()
    seen = []

    def answer(dialog):
        seen.append((w.centralWidget().isVisible(), dialog.login_edit.text(), dialog.login_edit.isReadOnly()))
        dialog.password_edit.setText("wrong-one")
        dialog.accept()
        seen.append(dialog.message.text())
        dialog.password_edit.setText(PASSWORD)
        dialog.accept()
        return dialog.result()
    monkeypatch.setattr(login_dialog.LoginDialog, "exec", answer)
    w.idle.timer.setInterval(50)
    w.idle.timer.start()
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=3000)
    assert seen == [(False, "城关专责", True), "用户名或密码不正确"]  # screens hidden while locked
    qtbot.waitUntil(lambda: w.centralWidget().isVisible(), timeout=3000)
    monkeypatch.setattr(login_dialog.LoginDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    w.act_lock.trigger()  # 退出 at the lock closes the window
    assert not w.isVisible()


def test_the_login_dialog_says_why_and_stays_open(qtbot, app, db):
    from yekuo_desk.views.login_dialog import LoginDialog

    auth.add_user(db, "admin", PASSWORD, auth.ADMIN)
    d = LoginDialog(db)
    qtbot.addWidget(d)
    d.login_edit.setText("admin")
    d.password_edit.setText("nope-nope")
    d.accept()
    assert d.result() != LoginDialog.DialogCode.Accepted and "不正确" in d.message.text() and db.actor is None
    d.password_edit.setText(PASSWORD)
    d.accept()
    assert d.result() == LoginDialog.DialogCode.Accepted and db.actor.login == "admin"


def test_users_are_managed_in_the_settings(qtbot, app, db, station, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from yekuo_desk.views import users_tab
    from yekuo_desk.views.users_tab import UsersTab

    sign_in(db, "admin", auth.ADMIN)
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: said.append(a[2]))
    monkeypatch.setattr(QMessageBox, "information", lambda *a: said.append(a[2]))
    monkeypatch.setattr(users_tab, "ask_reason", lambda *a: "调岗")
    tab = UsersTab(db)
    qtbot.addWidget(tab)
    tab.login.setText("张丽")
    tab.role.setCurrentIndex(tab.role.findData(auth.CLERK))
    tab.password.setText("abcdef1")
    tab.again.setText("abcdef1")
    tab.add_button.click()
    assert "须指定所属供电所" in said[-1]
    tab.unit.setCurrentIndex(tab.unit.findData(station.id))
    tab.add_button.click()
    assert [(u.login, u.unit_name) for u in auth.list_users(db) if u.role == auth.CLERK] == [("张丽", station.name)]
    tab.table.setCurrentCell([u.login for u in tab.rows].index("张丽"), 0)
    tab.role.setCurrentIndex(tab.role.findData(auth.AUDIT))
    tab.save_button.click()
    assert next(u for u in auth.list_users(db) if u.login == "张丽").role == auth.AUDIT


def test_headless_commands_act_as_a_named_user(tmp_path):
    from test_cli import run

    path = str(tmp_path / "yekuo.db")
    run("demo", "--db", path, "--cases", "200", "--today", "2026-11-20")  # a fresh file: the setup administrator
    out = run("users", "add", "--db", path, "--login", "jicha", "--role", "audit", check=False,
              env={"YEKUO_NEW_PASSWORD": PASSWORD})
    assert out.returncode == 1 and "第一个用户须为系统管理员" in out.stderr
    run("users", "add", "--db", path, "--login", "admin", "--role", "admin", env={"YEKUO_NEW_PASSWORD": PASSWORD})
    out = run("users", "add", "--db", path, "--login", "jicha", "--role", "audit", check=False,
              env={"YEKUO_NEW_PASSWORD": PASSWORD})
    assert out.returncode == 1 and "--user" in out.stderr  # users exist: who is acting?
    run("users", "add", "--db", path, "--login", "jicha", "--role", "audit", "--user", "admin",
        env={"YEKUO_NEW_PASSWORD": PASSWORD, "YEKUO_PASSWORD": PASSWORD})
    add = ("feedback", "add", "--db", path, "--kind", "complaint", "--source", "95598", "--received", "2026-11-19",
           "--text", "装表后未通电", "--station", "城关供电所")
    out = run(*add, check=False, env={"LOGNAME": "局长", "USER": "局长"})
    assert out.returncode == 1 and "--user" in out.stderr and "Traceback" not in out.stderr
    out = run(*add, "--user", "jicha", check=False, env={"YEKUO_PASSWORD": "wrong-one"})
    assert out.returncode == 1 and "用户名或密码不正确" in out.stderr
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    out = run(*add, "--user", "jicha", "--password-file", str(tmp_path / "empty.txt"), check=False)
    assert out.returncode == 1 and "第一行是空的" in out.stderr
    out = run(*add, "--user", "jicha", "--password-file", str(tmp_path / "none.txt"), check=False)
    assert out.returncode == 1 and "无法读取密码文件" in out.stderr
    (tmp_path / "pw.txt").write_text(PASSWORD + "\n", encoding="utf-8")
    run(*add, "--user", "jicha", "--password-file", str(tmp_path / "pw.txt"), env={"LOGNAME": "局长"})
    with sqlite3.connect(path) as conn:
        steps = conn.execute("SELECT user FROM feedback_steps").fetchall()
    assert steps and steps[-1][0] == "jicha"
    listed = run("users", "list", "--db", path, "--user", "admin", env={"YEKUO_PASSWORD": PASSWORD}).stdout
    assert "jicha" in listed and "营销稽查" in listed
