"""Every action of the screens as a command (issue 9 point 11), run as a bureau's IT person would script it: a
separate process, the same checks and Chinese messages as the screens, exit 1 when refused."""
from __future__ import annotations

import json
from datetime import date

import pytest

from test_cli import run
from yekuo_desk.db import open_database
from yekuo_desk.services import cases
from yekuo_desk.services.cases import CaseInput
from yekuo_desk.services.stations import add_station

TODAY = "2026-11-20"


@pytest.fixture
def bureau(tmp_path) -> tuple[str, str]:
    """A database with one station and one resident case accepted Mon 2 Nov 2026; (path, case number)."""
    path = tmp_path / "b.db"
    db = open_database(path)
    station = add_station(db, "城关供电所", "CG", "0877-6012345")
    case_id = cases.create_case(db, CaseInput(station_id=station.id, customer_name="张三", category="resident",
                                              accepted_on=date(2026, 11, 2)), today=date(2026, 11, 20))
    number = cases.get_case(db, case_id, date(2026, 11, 20)).case_number
    db.dispose()
    return str(path), number


def show(db: str, number: str, today: str = TODAY) -> dict:
    out = json.loads(run("case", "show", "--db", db, "--case", number, "--format", "json", "--today", today).stdout)
    out["by_stage"] = {st["stage"]: st for st in out["stages"]}
    return out


def test_a_case_worked_from_the_command_line(bureau):
    db, number = bureau
    case = show(db, number)
    assert set(case["stages"][0]) == {"stage", "start", "limit", "due", "completed", "status", "overdue_days",
                                      "provisional", "paused"}
    # Plan reply: 3 working days from Mon 2 Nov, due Thu 5 Nov; on Fri 20 Nov it is 11 working days overdue.
    reply = case["by_stage"]["plan_reply"]
    assert (reply["due"], reply["status"], reply["overdue_days"]) == ("2026-11-05", "overdue", 11)
    run("case", "complete", "--db", db, "--case", number, "--stage", "acceptance", "--on", "2026-11-02",
        "--today", TODAY)
    # A pause begun after the due date moves nothing and says why.
    out = run("case", "pause", "--db", db, "--case", number, "--stage", "plan_reply", "--on", "2026-11-10",
              "--reason", "客户外出", "--today", TODAY).stdout
    assert "不顺延" in out
    reply = show(db, number)["by_stage"]["plan_reply"]
    assert (reply["due"], reply["status"], reply["paused"]) == ("2026-11-05", "overdue", True)
    run("case", "resume", "--db", db, "--case", number, "--stage", "plan_reply", "--on", "2026-11-12",
        "--today", TODAY)
    for stage, on in [("site_survey", "2026-11-03"), ("plan_reply", "2026-11-13"), ("fees", "2026-11-16"),
                      ("contract", "2026-11-17")]:
        run("case", "complete", "--db", db, "--case", number, "--stage", stage, "--on", on, "--today", TODAY)
    # Power-on without a key-stage revisit before it is refused; with --reason it is kept.
    refused = run("case", "complete", "--db", db, "--case", number, "--stage", "connection", "--on", "2026-11-19",
                  "--today", TODAY, check=False)
    assert refused.returncode == 1 and "接电前应至少回访一个关键环节" in refused.stderr
    run("revisit", "add", "--db", db, "--case", number, "--stage", "plan_reply", "--on", "2026-11-18",
        "--method", "phone", "--by", "李稽查", "--satisfaction", "basic", "--today", TODAY)
    run("case", "complete", "--db", db, "--case", number, "--stage", "connection", "--on", "2026-11-19",
        "--today", TODAY)
    assert show(db, number)["by_stage"]["connection"]["completed"] == "2026-11-19"
    # The late plan reply was the customer's doing: it leaves the assessment.
    sheet = json.loads(run("assessment", "--db", db, "--month", "2026-11", "--format", "json", "--today",
                           TODAY).stdout)
    assert any(i["stage"] == "plan_reply" for u in sheet["units"] for i in u["items"])
    run("case", "customer-cause", "--db", db, "--case", number, "--stage", "plan_reply", "--reason",
        "客户书面申请推迟", "--today", TODAY)
    sheet = json.loads(run("assessment", "--db", db, "--month", "2026-11", "--format", "json", "--today",
                           TODAY).stdout)
    # Listed at 0 yuan as the customer's, so the mark can be seen and withdrawn.
    assert [(i["kind"], i["amount"]) for u in sheet["units"] for i in u["items"] if i["stage"] == "plan_reply"] == [
        ("customer_cause", 0.0)]


def test_power_on_with_a_reason_and_the_customer_event(bureau, tmp_path):
    db, number = bureau
    for stage, on in [("acceptance", "2026-11-02"), ("site_survey", "2026-11-03"), ("plan_reply", "2026-11-04"),
                      ("fees", "2026-11-05"), ("contract", "2026-11-06")]:
        run("case", "complete", "--db", db, "--case", number, "--stage", stage, "--on", on, "--today", TODAY)
    run("case", "complete", "--db", db, "--case", number, "--stage", "connection", "--on", "2026-11-09",
        "--reason", "客户急需用电，经分管领导同意", "--today", TODAY)
    assert show(db, number)["by_stage"]["connection"]["completed"] == "2026-11-09"
    bad = run("case", "event", "--db", db, "--case", number, "--stage", "fees", "--on", "2026-11-09",
              "--today", TODAY, check=False)
    assert bad.returncode == 1 and "不由客户事件开始" in bad.stderr


def test_plans_items_and_notices(bureau):
    db, number = bureau
    out = run("plan", "issue", "--db", db, "--month", "2026-11", "--station", "城关供电所", "--on", "2026-11-04",
              "--today", TODAY).stdout
    assert "已于 2026-11-04 下达" in out and "晚于每月3日" in out
    again = run("plan", "issue", "--db", db, "--month", "2026-11", "--station", "城关供电所", "--on", "2026-11-05",
                "--today", TODAY, check=False)
    assert again.returncode == 1 and "已于 2026-11-04 下达" in again.stderr
    run("item", "add", "--db", db, "--unit", "电力调度控制中心", "--kind", "coordination", "--on", "2026-11-12",
        "--reason", "工作配合超时限：停电计划未按期安排", "--today", TODAY)
    run("notice", "add", "--db", db, "--unit", "城关供电所", "--category", "装表未告知", "--on", "2026-11-13",
        "--reason", "装表前未告知客户", "--amount", "100", "--persons", "李某", "--case", number, "--today", TODAY)
    sheet = json.loads(run("assessment", "--db", db, "--month", "2026-11", "--format", "json", "--today",
                           TODAY).stdout)
    totals = {u["unit"]: u["total"] for u in sheet["units"]}
    assert totals["电力调度控制中心"] == 500.0 and totals["城关供电所"] >= 100.0
    unknown = run("item", "add", "--db", db, "--unit", "不存在的所", "--kind", "complaint", "--on", "2026-11-12",
                  "--reason", "x", "--amount", "50", "--today", TODAY, check=False)
    assert unknown.returncode == 1 and "没有名为“不存在的所”的供电所或部门" in unknown.stderr


@pytest.mark.parametrize("args, message", [
    (["case", "show", "--case", "NO-SUCH"], "没有申请编号为 NO-SUCH 的工单"),
    (["case", "complete", "--case", "{n}", "--stage", "nonsense", "--on", "2026-11-02"], "环节代码无效"),
    (["case", "complete", "--case", "{n}", "--stage", "plan_reply", "--on", "2026-12-02"], "不能晚于今天"),
    (["case", "pause", "--case", "{n}", "--stage", "plan_reply", "--on", "2026-11-01", "--reason", "x"],
     "不能早于本环节开始日期"),
    (["case", "resume", "--case", "{n}", "--stage", "plan_reply", "--on", "2026-11-03"], "没有进行中的暂停"),
    (["revisit", "add", "--case", "{n}", "--stage", "archiving", "--on", "2026-11-03", "--method", "visit",
      "--by", "李"], "不是本工单的关键环节"),
    (["plan", "issue", "--month", "2026-13", "--station", "城关供电所", "--on", "2026-11-04"], "YYYY-MM"),
    (["notice", "add", "--unit", "城关供电所", "--category", "不存在", "--on", "2026-11-13", "--reason", "x"],
     "类别：应为"),
])
def test_refusals_are_explained_in_chinese(bureau, args, message):
    db, number = bureau
    argv = [a.replace("{n}", number) for a in args]
    p = run(*argv[:2], "--db", db, *argv[2:], "--today", TODAY, check=False)
    assert p.returncode == 1 and message in p.stderr and "Traceback" not in p.stderr


def test_feedback_add_takes_the_complainant(bureau):
    db, number = bureau
    out = run("feedback", "add", "--db", db, "--kind", "complaint", "--source", "95598", "--received", "2026-11-16",
              "--case", number, "--text", "装表后未通电", "--name", "王五", "--phone", "13900001111",
              "--today", TODAY).stdout
    form_number = out.split()[0]
    database = open_database(db)
    from yekuo_desk.services import feedback
    detail = feedback.get_form(database, feedback.find_form_id(database, form_number), today=date(2026, 11, 20),
                               identity=True)
    database.dispose()
    assert (detail.reporter_name, detail.reporter_phone) == ("王五", "13900001111")
