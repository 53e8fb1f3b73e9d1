"""The headless commands, run as a user would: a separate process, no display."""
import json
import os
import subprocess
import sys
from pathlib import Path

from openpyxl import Workbook, load_workbook

ROOT = Path(__file__).resolve().parent.parent


def run(*args, check=True, env=None):
    extra, env = env or {}, dict(os.environ)
    env.update(extra)
    env.pop("DISPLAY", None)
    env.pop("QT_QPA_PLATFORM", None)
    p = subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                       encoding="utf-8", env=env, timeout=180)
    if check:
        assert p.returncode == 0, p.stderr
    return p


def test_help_lists_the_commands_in_chinese():
    out = run("--help").stdout
    for command in ("demo", "import-cases", "due", "workdays"):
        assert command in out
    assert out.startswith("用法：main.py") and "显示本帮助并退出" in out and "从 Excel 台账导入工单" in out
    # Every subcommand's help is Chinese: no English sentence is left in any of them.
    import re

    from yekuo_desk.cli import build_parser
    parser = build_parser()

    def helps(p, path=()):
        yield path, p.format_help()
        for action in p._actions:
            if isinstance(action, __import__("argparse")._SubParsersAction):
                for name, child in action.choices.items():
                    yield from helps(child, (*path, name))
    seen = 0
    for path, text in helps(parser):
        seen += 1
        for line in text.splitlines():
            described = line.split("  ")[-1].strip()  # the help column
            assert not re.search(r"[A-Za-z]{3,} [a-z]{2,} [a-z]{2,}", described), (path, line)
    assert seen > 30
    bad = run("due", check=False)
    assert bad.returncode == 2 and "缺少必填参数：--db" in bad.stderr and "Traceback" not in bad.stderr


def test_workdays():
    assert json.loads(run("workdays", "--from", "2025-09-29", "--add", "5", "--format", "json").stdout) == {
        "due": "2025-10-13", "provisional": False}
    p = run("workdays", "--from", "2026-12-30", "--add", "3", "--format", "json")
    assert json.loads(p.stdout)["provisional"] is True
    assert "暂定" in run("workdays", "--from", "2026-12-30", "--add", "3").stdout
    bad = run("workdays", "--from", "2025-13-01", "--add", "1", check=False)
    assert bad.returncode == 2 and "YYYY-MM-DD" in bad.stderr


def test_demo_then_due(tmp_path):
    db = str(tmp_path / "demo.db")
    assert "12 个供电所" in run("demo", "--db", db, "--cases", "800", "--today", "2026-11-20").stdout
    items = json.loads(run("due", "--db", db, "--on", "2026-11-20", "--format", "json").stdout)
    assert items and {"case_number", "station", "stage", "stage_name", "start", "due", "status", "overdue_days",
                      "provisional"} == set(items[0])
    assert {i["status"] for i in items} <= {"overdue", "due_today", "upcoming"}
    station = items[0]["station"]
    mine = json.loads(run("due", "--db", db, "--on", "2026-11-20", "--station", station, "--format", "json").stdout)
    assert mine and {i["station"] for i in mine} == {station}
    table = run("due", "--db", db, "--on", "2026-11-20").stdout
    assert "申请编号" in table and items[0]["case_number"] in table
    csv_out = run("due", "--db", db, "--on", "2026-11-20", "--format", "csv").stdout
    assert csv_out.splitlines()[0].startswith("状态,")
    unknown = run("due", "--db", db, "--station", "不存在供电所", check=False)
    assert unknown.returncode == 1 and "没有名为" in unknown.stderr
    again = run("demo", "--db", db, "--cases", "10", check=False)
    assert again.returncode == 1 and "已有工单" in again.stderr


def test_import_exit_code(tmp_path):
    db = str(tmp_path / "x.db")
    wb = Workbook()
    ws = wb.active
    ws.append(["申请编号", "供电所", "户名", "客户类别", "受理日期"])
    ws.append(["A-1", "城关供电所", "张三", "居民", "2020-01-06"])
    ws.append(["A-2", "城关供电所", "李四", "工业", "2020-01-06"])
    wb.save(tmp_path / "in.xlsx")
    run("template", "--out", str(tmp_path / "t.xlsx"))
    unknown = run("import-cases", str(tmp_path / "in.xlsx"), "--db", db, check=False)
    assert unknown.returncode == 1 and "“城关供电所”（2 行）" in unknown.stderr and "--new-stations" in unknown.stderr
    p = run("import-cases", str(tmp_path / "in.xlsx"), "--db", db, "--new-stations", "--refused",
            str(tmp_path / "refused.xlsx"), check=False)
    assert p.returncode == 1
    assert "导入 1 件" in p.stdout and "第3行“客户类别”" in p.stderr and "被拒绝的 1 行已存入" in p.stdout
    assert load_workbook(tmp_path / "refused.xlsx").active["A2"].value == "A-2"
    batch = next(line.split()[1] for line in p.stdout.splitlines() if line.startswith("导入批次"))
    listed = run("withdraw-import", "--db", db, "--today", "2020-01-01")
    assert "今天没有导入" in listed.stdout  # another day: nothing to withdraw
    today = run("withdraw-import", "--db", db)
    assert batch in today.stdout and "1 件" in today.stdout
    refused = run("withdraw-import", "--db", db, "--batch", batch, check=False)
    assert refused.returncode == 1 and "撤回原因" in refused.stderr
    done = run("withdraw-import", "--db", db, "--batch", batch, "--reason", "文件选错")
    assert "已撤回 1 件" in done.stdout
    ok = run("import-cases", str(tmp_path / "t.xlsx"), "--db", db)
    assert "导入 0 件" in ok.stdout
    missing = run("import-cases", str(tmp_path / "nope.xlsx"), "--db", db, check=False)
    assert missing.returncode == 1 and "文件不存在" in missing.stderr


def test_due_on_a_missing_database(tmp_path):
    p = run("due", "--db", str(tmp_path / "none.db"), check=False)
    assert p.returncode == 1 and "数据库文件不存在" in p.stderr


def test_cli_does_not_import_qt(tmp_path):
    code = ("import sys, runpy; sys.argv=['main.py','workdays','--from','2025-01-02','--add','1'];"
            "import yekuo_desk.cli as c; c.main(sys.argv[1:]); assert 'PySide6' not in sys.modules")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT, capture_output=True)


def test_feedback_revisit_plan_and_assessment_commands(tmp_path):
    db = str(tmp_path / "demo.db")
    run("demo", "--db", db, "--cases", "600", "--today", "2026-11-20")
    plan = json.loads(run("revisit-plan", "--db", db, "--month", "2026-11", "--format", "json").stdout)
    assert plan and set(plan[0]) == {"case_number", "station", "stage", "reason"}
    assert {p["reason"] for p in plan} <= {"no_revisit", "done_on_due", "added", "supplement"}
    one = json.loads(run("revisit-plan", "--db", db, "--month", "2026-11", "--station", plan[0]["station"],
                         "--format", "json").stdout)
    assert {p["station"] for p in one} == {plan[0]["station"]}
    bad = run("revisit-plan", "--db", db, "--month", "2026-13", check=False)
    assert bad.returncode == 1 and "YYYY-MM" in bad.stderr

    added = run("feedback", "add", "--db", db, "--kind", "complaint", "--source", "95598", "--received",
                "2026-11-16", "--case", plan[0]["case_number"], "--text", "装表后未通电", "--today", "2026-11-20")
    number, _, deadline = added.stdout.split()[:3]
    assert number.startswith("FK-2026-") and deadline == "2026-11-23"
    forms = json.loads(run("feedback", "list", "--db", db, "--open", "--format", "json", "--today",
                           "2026-11-20").stdout)
    mine = next(f for f in forms if f["number"] == number)
    assert mine == {"number": number, "kind": "complaint", "received": "2026-11-16", "deadline": "2026-11-23", "provisional": False,
                    "status": "open", "case_number": plan[0]["case_number"]}
    nocase = run("feedback", "add", "--db", db, "--kind", "report", "--source", "12398", "--received", "2026-11-16",
                 "--case", "NO-SUCH", "--text", "x", check=False)
    assert nocase.returncode == 1 and "没有申请编号为 NO-SUCH" in nocase.stderr

    sheet = json.loads(run("assessment", "--db", db, "--month", "2026-10", "--format", "json", "--today",
                           "2026-11-20").stdout)
    assert sheet["units"] and sheet["total"] == sum(u["total"] for u in sheet["units"])
    unit = sheet["units"][0]
    assert set(unit) == {"unit", "items", "total"} and unit["total"] == sum(i["amount"] for i in unit["items"])
    assert set(unit["items"][0]) == {"kind", "case_number", "stage", "reason", "amount", "unverified"}
    assert sheet["unverified"] == [] and not any(i["unverified"] for u in sheet["units"] for i in u["items"])
    assert "全局合计" in run("assessment", "--db", db, "--month", "2026-10", "--today", "2026-11-20").stdout


def test_print_a_supervision_notice(tmp_path):
    from pypdf import PdfReader

    from yekuo_desk.db import open_database
    from yekuo_desk.services.notices import notices_in
    db = str(tmp_path / "demo.db")
    run("demo", "--db", db, "--cases", "600", "--today", "2026-11-20")
    database = open_database(db)
    notice = notices_in(database)[0]
    database.dispose()
    out = tmp_path / "意见书.pdf"
    run("print", "supervision", "--db", db, "--number", notice.number, "--out", str(out))
    text = "".join(p.extract_text() for p in PdfReader(str(out)).pages)
    assert "业务监督意见书" in text and notice.number in text and notice.station in text
    missing = run("print", "supervision", "--db", db, "--number", "JD-2026-XX-9999", "--out", str(out), check=False)
    assert missing.returncode == 1 and "没有编号为 JD-2026-XX-9999 的监督意见书" in missing.stderr
    unwritable = run("print", "supervision", "--db", db, "--number", notice.number, "--out",
                     str(tmp_path / "no such folder" / "x.pdf"), check=False)
    assert unwritable.returncode == 1 and "无法写入" in unwritable.stderr
