"""Headless subcommands: no display needed, no Qt imported."""
from __future__ import annotations

import argparse
import csv
import io
import json
import sys
import unicodedata
from datetime import date
from pathlib import Path

from . import __version__, program_name
from .cli_actions import ACTION_COMMANDS
from .cli_meeting import MEETING_COMMANDS
from .cli_sync import SYNC_COMMANDS

COMMANDS = ("demo", "import-cases", "withdraw-import", "backup", "audit", "users", "shared-db", "due", "workdays", "recompute", "template", "revisit-plan", "feedback",
            "assessment", "print", "report", *ACTION_COMMANDS, *SYNC_COMMANDS, *MEETING_COMMANDS)


class CliError(Exception):
    """A problem to print for the user (Chinese) with exit code 1."""


def _iso_date(text: str) -> date:
    from .services.workcalendar import FIRST_YEAR, LAST_YEAR

    try:
        d = date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"日期应为 YYYY-MM-DD 格式：{text}") from None
    if not FIRST_YEAR <= d.year <= LAST_YEAR:
        raise argparse.ArgumentTypeError(f"日期超出范围（{FIRST_YEAR}–{LAST_YEAR} 年）：{text}")
    return d


def _os_reason(exc: OSError) -> str:
    """Why a file could not be read or written, in Chinese."""
    import errno

    return {errno.EISDIR: "这是文件夹，请给出文件名", errno.EACCES: "没有权限（文件只读或被占用）",
            errno.EPERM: "没有权限", errno.ENOENT: "文件或文件夹不存在", errno.ENOSPC: "磁盘已满",
            errno.EROFS: "磁盘只读"}.get(exc.errno, exc.strerror or str(exc))


def _db_reason(exc) -> str:
    """Why the data file refused, in Chinese (every write is one transaction: nothing was half-saved)."""
    detail = str(getattr(exc, "orig", None) or exc)
    lowered = detail.lower()
    if "locked" in lowered or "busy" in lowered:
        return "数据文件正被另一个程序写入（导入、同步或另一个命令），等了 5 秒仍未空出：未保存任何内容，请稍后再试"
    if "readonly" in lowered or "read-only" in lowered:
        return "数据文件是只读的：未保存任何内容"
    if "disk is full" in lowered or "no space" in lowered:
        return "磁盘已满：未保存任何内容，请腾出空间后再试"
    return f"数据文件拒绝了这次操作，未保存任何内容：{detail}"


def _positive(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"应为整数：{text}") from None
    if n < 0:
        raise argparse.ArgumentTypeError(f"不能为负数：{text}")
    return n


def build_parser() -> argparse.ArgumentParser:
    from .cli_parser import ChineseArgumentParser

    p = ChineseArgumentParser(
        prog=program_name(), description="业扩服务监督台 Yekuo Desk。不带命令时打开主窗口。")
    p.add_argument("--version", action="version", version=f"Yekuo Desk {__version__}", help="显示版本号并退出")
    sub = p.add_subparsers(dest="command", metavar="命令", title="命令")

    c = sub.add_parser("demo", help="在空数据库中生成逼真的演示供电局")
    c.add_argument("--db", required=True, help="数据库文件（不存在时新建）")
    c.add_argument("--cases", type=_positive, default=5000, help="工单数（默认 5000）")
    c.add_argument("--seed", type=int, default=7, help="随机种子（默认 7）")
    c.add_argument("--today", type=_iso_date, help="演示数据的“今天”（默认：今天）")
    c.add_argument("--users", action="store_true",
                   help="同时建立每个角色的演示用户（admin、jicha、jiancha、juzhang、chengguan，密码 demo123）")

    c = sub.add_parser("import-cases", help="从 Excel 台账导入工单（.xlsx 或旧版 .xls）")
    c.add_argument("file", type=Path)
    c.add_argument("--db", required=True, help="数据库文件（不存在时新建）")
    c.add_argument("--new-stations", action="store_true",
                   help="新建文件中出现、登记册中没有的供电所（不加此项时只列出它们，不导入任何工单）")
    c.add_argument("--refused", type=Path, metavar="OUT.xlsx",
                   help="把被拒绝的行另存为工作簿（最后一列说明原因），改正后可再次导入")
    c.add_argument("--update", action="store_true",
                   help="登记册中已有、但数据与文件不同的工单，按文件更新（按修改规则：记入历史，改已记录的日期须有权限）；"
                        "不加此项时只列出不同之处")
    c.add_argument("--today", type=_iso_date, help=argparse.SUPPRESS)

    c = sub.add_parser("withdraw-import", help="撤回今天的一次导入（其工单移出台账）")
    c.add_argument("--db", required=True)
    c.add_argument("--batch", help="import-cases 输出的导入批次（不填：列出今天的导入）")
    c.add_argument("--reason", default="", help="原因（记入修改记录；撤回时必填）")
    c.add_argument("--today", type=_iso_date, help=argparse.SUPPRESS)

    c = sub.add_parser("audit", help="校验数据完整性：修改记录是否被改动，记录的日期是否与修改记录一致")
    au = c.add_subparsers(dest="action", metavar="ACTION", required=True)
    a = au.add_parser("verify", help="列出在本软件之外被改动的记录；完好时退出码 0，否则 1")
    a.add_argument("--db", required=True)

    c = sub.add_parser("backup", help="备份数据文件、列出备份、从备份恢复、检查文件是否完好")
    bk = c.add_subparsers(dest="action", metavar="ACTION", required=True)
    for name, text in (("now", "立即备份（存入数据文件旁的 backups 文件夹）"), ("list", "列出备份（时间、原因、工单数）"),
                       ("restore", "用备份替换数据文件（原文件先另存）"), ("check", "检查数据文件是否完好")):
        a = bk.add_parser(name, help=text)
        a.add_argument("--db", required=True)
        if name == "restore":
            a.add_argument("--file", type=Path, help="要恢复的备份（默认：最近的完好备份）")
        if name == "check":
            a.add_argument("--full", action="store_true", help="完整检查（integrity_check，较慢）")

    c = sub.add_parser("due", help="列出超期、今日到期及 3 个工作日内到期的在办环节")
    c.add_argument("--db", required=True)
    c.add_argument("--on", type=_iso_date, help="按此日期判断（默认：今天）")
    c.add_argument("--station", help="只看此供电所（名称）")
    c.add_argument("--format", choices=("table", "csv", "json"), default="table")

    c = sub.add_parser("workdays", help="某日之后的第 N 个工作日")
    c.add_argument("--from", dest="start", type=_iso_date, required=True)
    c.add_argument("--add", type=_positive, required=True)
    c.add_argument("--db", help="使用此数据库的节假日日历（默认：内置日历）")
    c.add_argument("--format", choices=("text", "json"), default="text")

    c = sub.add_parser("recompute", help="重新计算所有在办工单的到期日")
    c.add_argument("--db", required=True)

    c = sub.add_parser("template", help="生成空白导入模板")
    c.add_argument("--out", type=Path, required=True)

    c = sub.add_parser("revisit-plan", help="某月的回访计划（已下达的，或系统建议的）")
    c.add_argument("--db", required=True)
    c.add_argument("--month", required=True, help="月份，格式 YYYY-MM")
    c.add_argument("--station", help="只看此供电所（名称）")
    c.add_argument("--format", choices=("table", "json"), default="table")

    c = sub.add_parser("feedback", help="反馈单（投诉、举报、意见建议、咨询）")
    fb = c.add_subparsers(dest="action", metavar="ACTION", required=True)
    a = fb.add_parser("add", help="登记一张反馈单；输出编号和答复期限")
    a.add_argument("--db", required=True)
    a.add_argument("--kind", required=True, choices=("complaint", "report", "suggestion", "inquiry"))
    a.add_argument("--source", required=True, help="回访, 95598, 12398, 12345, 营业厅, 来信来访, 意见箱, 上级转办")
    a.add_argument("--received", type=_iso_date, required=True)
    a.add_argument("--case", help="关联的申请编号（责任单位取该工单的供电所）")
    a.add_argument("--station", help="责任单位（供电所或部门名称），未关联工单时填写")
    a.add_argument("--text", required=True, help="反映内容")
    a.add_argument("--name", default="", help="投诉人或举报人（保密）")
    a.add_argument("--phone", default="", help="其电话（保密）")
    a.add_argument("--today", type=_iso_date, help=argparse.SUPPRESS)
    a = fb.add_parser("list", help="列出反馈单")
    a.add_argument("--db", required=True)
    a.add_argument("--open", action="store_true", help="只列未关闭的")
    a.add_argument("--format", choices=("table", "json"), default="table")
    a.add_argument("--today", type=_iso_date, help=argparse.SUPPRESS)

    c = sub.add_parser("print", help="生成 PDF 单据：receipt 回执、notice 告知书、card 联系卡、missing 缺件告知书、power-quality 电能质量告知书、feedback 反馈单、supervision 监督意见书")
    pr = c.add_subparsers(dest="paper", metavar="PAPER", required=True)
    for name, text in (("receipt", "环节办结后的书面回执"), ("notice", "客户业扩报装办理告知书"),
                       ("card", "业务联系卡"), ("missing", "缺件告知书"),
                       ("power-quality", "电能质量评估告知书（非线性负荷）")):
        a = pr.add_parser(name, help=text)
        a.add_argument("--db", required=True)
        a.add_argument("--case", required=True, help="申请编号")
        if name == "receipt":
            a.add_argument("--stage", required=True, help="办结的环节：acceptance 业务受理、plan_reply 供电方案答复、design_review 设计审核或 completion_inspection 竣工检验（也可写中文名）")
        a.add_argument("--out", type=Path, required=True)
        a.add_argument("--paper-size", choices=("A4", "A5"), help="默认：设置 → 打印中选定的纸张")
        a.add_argument("--today", type=_iso_date, help=argparse.SUPPRESS)

    for name, text, example in (("feedback", "反馈单", "FK-2026-K7-0012"),
                                ("supervision", "业务监督意见书", "JD-2026-K7-0003")):
        a = pr.add_parser(name, help=text)
        a.add_argument("--db", required=True)
        a.add_argument("--number", required=True, help=f"单据编号，如 {example}")
        a.add_argument("--out", type=Path, required=True)

    c = sub.add_parser("report", help="生成月度报表：revisits 回访月报表（PDF 或 Excel）、revisit-plan 回访计划（PDF）、assessment 考核表（PDF 或 Excel）")
    rp = c.add_subparsers(dest="report", metavar="REPORT", required=True)
    for name, text in (("revisits", "回访月报表（PDF 或 Excel）"), ("revisit-plan", "某供电所的回访计划表（PDF）"),
                       ("assessment", "业扩服务经济责任制考核表（PDF 或 Excel）")):
        a = rp.add_parser(name, help=text)
        a.add_argument("--db", required=True)
        a.add_argument("--month", required=True, help="月份，格式 YYYY-MM")
        a.add_argument("--station", required=name == "revisit-plan", help="供电所名称")
        a.add_argument("--out", type=Path, required=True, help="输出文件 .pdf 或 .xlsx")
        if name == "revisits":
            a.add_argument("--preparer", default="")
            a.add_argument("--reviewer", default="")
        a.add_argument("--today", type=_iso_date, help=argparse.SUPPRESS)

    c = sub.add_parser("assessment", help="按责任单位列出某月的考核表")
    c.add_argument("--db", required=True)
    c.add_argument("--month", required=True, help="月份，格式 YYYY-MM")
    c.add_argument("--format", choices=("table", "json"), default="table")
    c.add_argument("--today", type=_iso_date, help=argparse.SUPPRESS)
    from .cli_actions import add_parsers

    add_parsers(sub, _iso_date)
    _add_users_parser(sub)
    from .cli_sync import add_parsers as add_sync_parsers

    add_sync_parsers(sub)
    from .cli_meeting import add_parsers as add_meeting_parsers

    add_meeting_parsers(sub, _iso_date)
    _add_identity(sub)
    c = sub.add_parser("shared-db", help="全局共享数据库（PostgreSQL）：建立或升级")
    sd = c.add_subparsers(dest="action", metavar="ACTION", required=True)
    a = sd.add_parser("init", help="建立或升级共享数据库的表结构、基础数据、角色和行级权限（可重复执行）")
    a.add_argument("--url", required=True, help="管理员地址：postgresql://用户:密码@主机:端口/数据库")
    a = sd.add_parser("add-station", help="在共享数据库中建立供电所（如无）及其电脑登录用的数据库角色")
    a.add_argument("--url", required=True, help="管理员地址")
    a.add_argument("--station", required=True, help="供电所名称")
    a.add_argument("--password-file", type=Path, help="该角色的密码文件（第一行；不填时提示输入）")
    a = sd.add_parser("add-office", help="为局机关科室（营销稽查室、监察审计部）建立可访问全部供电所数据的角色")
    a.add_argument("--url", required=True, help="管理员地址")
    a.add_argument("--name", required=True, help="科室名称")
    a.add_argument("--password-file", type=Path, help="该角色的密码文件（第一行；不填时提示输入）")
    a = sd.add_parser("publish", help="把本机数据文件中的时限规则、节假日日历和全局设置发布到共享数据库（各电脑同步时收到）")
    a.add_argument("--url", required=True, help="管理员地址")
    a.add_argument("--db", required=True, help="编辑这些设置的数据文件")
    a = sd.add_parser("demo", help="在空的共享数据库中生成演示供电局（科室电脑的图表和清单有数据可看）")
    a.add_argument("--url", required=True, help="管理员地址")
    a.add_argument("--cases", type=_positive, default=5000, help="工单数（默认 5000）")
    a.add_argument("--today", type=_iso_date, help="演示数据的“今天”（默认：今天）")
    return p


def _add_users_parser(sub) -> None:
    from .services.auth import ROLE_NAMES

    c = sub.add_parser("users", help="用户和角色：新建、列出、重设密码、修改角色、停用")
    us = c.add_subparsers(dest="action", metavar="ACTION", required=True)
    a = us.add_parser("add", help="新建用户（新文件的第一个用户须为 admin）")
    a.add_argument("--db", required=True)
    a.add_argument("--login", required=True, help="用户名（登录用）")
    a.add_argument("--name", default="", help="姓名")
    a.add_argument("--role", required=True, choices=tuple(ROLE_NAMES),
                   help="角色：" + "，".join(f"{k} {v}" for k, v in ROLE_NAMES.items()))
    a.add_argument("--station", help="所属供电所（名称；业扩专责必填）")
    a.add_argument("--new-password-file", type=Path, help="新用户的密码文件（不填：提示输入，或取环境变量 "
                   "YEKUO_NEW_PASSWORD）")
    a = us.add_parser("list", help="列出用户")
    a.add_argument("--db", required=True)
    a = us.add_parser("passwd", help="重设用户的密码（同时解除锁定）")
    a.add_argument("--db", required=True)
    a.add_argument("--login", required=True)
    a.add_argument("--new-password-file", type=Path)
    a = us.add_parser("set", help="修改用户的角色、所属单位或停用、启用")
    a.add_argument("--db", required=True)
    a.add_argument("--login", required=True)
    a.add_argument("--role", choices=tuple(ROLE_NAMES))
    a.add_argument("--station", help="所属供电所（名称）")
    a.add_argument("--disable", action="store_true", help="停用")
    a.add_argument("--enable", action="store_true", help="启用")


def _add_identity(sub) -> None:
    """--user and --password-file on every command that opens a data file (the person who acts)."""
    for parser in sub.choices.values():
        nested = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        for child in ([p for n in nested for p in n.choices.values()] or [parser]):
            if "--db" in child._option_string_actions and "--user" not in child._option_string_actions:
                child.add_argument("--user", help="以此用户的身份操作（数据文件已设用户时必填）")
                child.add_argument("--password-file", type=Path,
                                   help="密码文件（第一行为密码）；也可用环境变量 YEKUO_PASSWORD，都没有时提示输入")


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def format_table(headers: list[str], rows: list[list[str]]) -> str:
    widths = [max([_width(h)] + [_width(r[i]) for r in rows]) for i, h in enumerate(headers)]
    lines = []
    for row in [headers, *rows]:
        lines.append("  ".join(cell + " " * (w - _width(cell)) for cell, w in zip(row, widths)).rstrip())
    return "\n".join(lines)


_identity: dict[str, object] = {}  # --user and --password-file of the command being run


def _first_line(path) -> str:
    """A password kept in a file: its first line."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise CliError(f"无法读取密码文件 {path}：{exc.strerror}") from None
    if not lines or not lines[0]:
        raise CliError(f"密码文件 {path} 的第一行是空的")
    return lines[0]


def _typed(prompt: str, missing: str, *, confirm: bool) -> str:
    """A password typed at the terminal (twice when `confirm`); `missing`: what to say when there is none."""
    if not sys.stdin.isatty():
        raise CliError(missing)
    import getpass

    first = getpass.getpass(prompt)
    if confirm and (not first or first != getpass.getpass("再输入一次：")):
        raise CliError("两次输入的密码不一致或为空")
    return first


def _password() -> str:
    """The password of --user: YEKUO_PASSWORD, else the first line of --password-file, else typed at a prompt."""
    import os

    if os.environ.get("YEKUO_PASSWORD"):
        return os.environ["YEKUO_PASSWORD"]
    if _identity.get("password_file"):
        return _first_line(_identity["password_file"])
    return _typed(f"{_identity['user']} 的密码：", "请提供密码：环境变量 YEKUO_PASSWORD 或 --password-file 文件",
                  confirm=False)


def _login(db) -> None:
    """Act as --user (password checked, five wrong ones lock the account), never as the OS login. A file with
    no user yet acts as its setup administrator."""
    from .services import auth

    with db.session() as s:
        users = auth.has_users(s)
    name = _identity.get("user")
    if not users:
        if name:
            raise CliError(f"此数据文件还没有用户（用户“{name}”不存在）：先用 users add --role admin 建立管理员")
        return
    if not name:
        raise CliError("此数据文件已设用户：请用 --user 用户名 指明身份"
                       "（密码从提示、--password-file 文件或环境变量 YEKUO_PASSWORD 读取）")
    try:
        auth.login(db, str(name), _password())
    except auth.AuthError as exc:
        raise CliError(str(exc)) from None


def _open(path: str, *, login: bool = True):
    from .db import open_database

    if "://" in path:
        raise CliError(f"--db 应为本机数据文件的路径（{path} 是数据库地址；共享数据库请用 sync setup 连接）")
    if not Path(path).exists():
        raise CliError(f"数据库文件不存在：{path}")
    if Path(path).is_dir():
        raise CliError(f"{path} 是文件夹，不是数据文件")
    db = open_database(path)
    if db.upgraded:
        print(db.upgraded.message(), file=sys.stderr)
    if login:
        _login(db)
    return db


def cmd_demo(args) -> int:
    from .db import open_database
    from .services.demo import build_demo

    def progress(done: int, total: int) -> None:
        print(f"\r已生成 {done}/{total} 件", end="", file=sys.stderr, flush=True)

    try:
        db = open_database(args.db)
        _login(db)
        summary = build_demo(db, cases=args.cases, seed=args.seed, today=args.today, users=args.users,
                             progress=progress)
    except ValueError as exc:
        raise CliError(str(exc)) from exc
    print(file=sys.stderr)
    print(f"演示供电局已建立：{summary.stations} 个供电所，{summary.cases} 件工单，"
          f"在办 {summary.open_cases} 件，超期环节 {summary.overdue_stages} 个，暂停 {summary.paused_stages} 个")
    return 0


def cmd_import(args) -> int:
    from .db import open_database
    from .services.importer import LedgerFileError, import_cases, write_refused

    if not args.file.exists():
        raise CliError(f"文件不存在：{args.file}")
    try:
        db = open_database(args.db)
        _login(db)
        result = import_cases(db, args.file, today=args.today, new_stations=args.new_stations,
                              update=args.update)
    except LedgerFileError as exc:
        raise CliError(str(exc)) from exc
    for e in result.errors:
        print(e, file=sys.stderr)
    if result.differences:
        print(f"登记册中已有、数据与文件不同的工单 {result.differing_cases} 件，未修改：", file=sys.stderr)
        for d in result.differences:
            print(f"  {d}", file=sys.stderr)
        print("核对无误后，加 --update 按文件更新（每处修改记入历史）", file=sys.stderr)
    if result.errors and args.refused:
        try:
            n = write_refused(args.file, result.errors, args.refused)
        except OSError as exc:
            raise CliError(f"无法保存被拒绝的行到 {args.refused}：{exc.strerror}") from exc
        print(f"被拒绝的 {n} 行已存入 {args.refused}（最后一列说明原因），改正后可再次导入")
    if result.new_stations:
        print("新建供电所：" + "、".join(result.new_stations))
    print(f"导入 {result.imported} 件，已存在且相同跳过 {result.skipped_existing} 件，"
          + (f"按文件更新 {result.updated} 件，" if args.update else f"已存在但不同 {result.differing_cases} 件，")
          + f"拒绝 {result.refused_rows} 行")
    if result.batch_id:
        print(f"导入批次 {result.batch_id}")
        print(f"当天可撤回：withdraw-import --db {args.db} --batch {result.batch_id} --reason 原因")
    return 1 if result.errors or result.differences else 0


def cmd_audit(args) -> int:
    from .services import audit_check as audit

    db = _open(args.db, login=False)  # a check of the file, as `backup check`: no one's data is changed
    with db.session() as s:
        report = audit.check(s)
    for line in report.lines():
        print(line)
    for line in report.warnings:
        print(f"注意：{line}", file=sys.stderr)
    if not report.sound:
        print(f"发现 {len(report.lines())} 处在本软件之外的改动", file=sys.stderr)
        return 1
    print("数据完好：每个记录的日期都与修改记录一致，修改记录未被改动")
    return 0


def cmd_backup(args) -> int:
    from .services import backup

    path = Path(args.db)
    if not path.exists():
        raise CliError(f"数据库文件不存在：{path}")
    try:
        if args.action == "now":
            print(f"已备份到 {backup.backup_file(path, '手动')}")
        elif args.action == "list":
            rows = backup.list_backups(path)
            for b in rows:
                n = backup.counts(b.path)
                print(f"{b.label}  {b.size / 2**20:.1f} MB  " + "，".join(f"{k} {v}" for k, v in n.items())
                      + f"  {b.path}")
            if not rows:
                print(f"还没有备份（{backup.backup_folder(path)}）")
        elif args.action == "check":
            problems = backup.check(path, full=args.full)
            if problems:
                raise CliError(f"数据文件已损坏：{problems[0]}" + (f" 等 {len(problems)} 处" if len(problems) > 1 else "")
                               + "。请用 backup restore 从备份恢复。")
            print("数据文件完好")
        else:
            source = args.file or next((b.path for b in backup.list_backups(path) if not backup.check(b.path)), None)
            if source is None:
                raise CliError("没有可用的完好备份")
            kept = backup.restore(path, source)
            print(f"已用 {source.name} 恢复" + (f"；原文件另存为 {kept}" if kept else ""))
    except backup.BackupError as exc:
        raise CliError(str(exc)) from exc
    return 0


def _new_password(args) -> str:
    """A user's new password: the first line of --new-password-file, else YEKUO_NEW_PASSWORD, else typed twice."""
    import os

    if args.new_password_file:
        return _first_line(args.new_password_file)
    if os.environ.get("YEKUO_NEW_PASSWORD"):
        return os.environ["YEKUO_NEW_PASSWORD"]
    return _typed("新密码：", "请提供新密码：--new-password-file 文件或环境变量 YEKUO_NEW_PASSWORD", confirm=True)


def cmd_users(args) -> int:
    from .services import auth

    db = _open(args.db)
    station_id = _station_id(db, args.station) if getattr(args, "station", None) else None
    try:
        if args.action == "list":
            rows = [[u.login, u.full_name, u.role_name, u.unit_name, "停用" if not u.active else
                     "锁定" if u.locked else ""] for u in auth.list_users(db)]
            print(format_table(["用户名", "姓名", "角色", "所属单位", "状态"], rows) if rows else "还没有用户")
            return 0
        if args.action == "add":
            made = auth.add_user(db, args.login, _new_password(args), args.role, unit_id=station_id,
                                 full_name=args.name)
            print(f"已建立用户 {made.login}（{made.role_name}）")
            return 0
        user_id = auth.find_user_id(db, args.login)
        if user_id is None:
            raise CliError(f"没有用户“{args.login}”")
        if args.action == "passwd":
            auth.set_password(db, user_id, _new_password(args))
            print(f"已重设 {args.login} 的密码")
        else:
            user = next(u for u in auth.list_users(db) if u.id == user_id)
            auth.update_user(db, user_id, role=args.role or user.role, unit_id=station_id or user.unit_id,
                             full_name=user.full_name, active=False if args.disable else True if args.enable
                             else user.active)
            print(f"已修改用户 {args.login}")
    except auth.AuthError as exc:
        raise CliError(str(exc)) from None
    return 0


def _role_password(args) -> str:
    """A new login role's password: the first line of --password-file, else typed twice at a prompt."""
    if args.password_file:
        return _first_line(args.password_file)
    return _typed("新角色的密码：", "请用 --password-file 提供该角色的密码", confirm=True)


def cmd_shared_db(args) -> int:
    from .services.sync import roles
    from .services.sync.shared_db import SharedDbError, init

    try:
        if args.action == "publish":
            from .services.sync.reference import publish

            sent = publish(_open(args.db), args.url)
            names = {"rules": "时限规则", "calendar": "节假日日历", "settings": "全局设置"}
            print("已发布：" + "、".join(names[g] for g in sent) if sent else "共享数据库中的规则、日历和设置已与本机相同，未作改动")
            return 0
        if args.action == "demo":
            from .services.sync.shared_db import fill_demo

            made = fill_demo(args.url, args.cases, today=args.today, progress=lambda done, total: print(
                f"\r已上传 {done}/{total} 行", end="", file=sys.stderr, flush=True))
            print(file=sys.stderr)
            print(f"共享数据库已填入演示供电局：{made} 件工单。各供电所的电脑登录角色用 shared-db add-station 建立。")
            return 0
        if args.action != "init":
            add = roles.add_station if args.action == "add-station" else roles.add_office
            login = add(args.url, args.station if args.action == "add-station" else args.name, _role_password(args))
            print(f"已{'建立' if login.created else '更新'}数据库角色 {login.role}；该电脑在 设置 → 同步 中填写的地址：")
            print(login.address)
            return 0
        result = init(args.url)
    except SharedDbError as exc:
        raise CliError(str(exc)) from None
    if not result.changed:
        print(f"共享数据库已是最新（数据版本 {result.after}），未作改动")
    else:
        print(f"共享数据库已{'建立' if result.before is None else '升级'}：数据版本 {result.before or '无'} → "
              f"{result.after}")
    return 0


def cmd_withdraw_import(args) -> int:
    from .services.import_batches import ImportBatchError, list_batches, withdraw_import

    db = _open(args.db)
    today = args.today or date.today()
    if not args.batch:
        batches = list_batches(db, today)
        for b in batches:
            print(f"{b.id}  {b.file_name}  {b.count} 件  {b.user}" + ("  已撤回" if b.withdrawn else ""))
        if not batches:
            print("今天没有导入")
        return 0
    try:
        n = withdraw_import(db, args.batch, args.reason, today=today)
    except ImportBatchError as exc:
        raise CliError(str(exc)) from exc
    print(f"已撤回 {n} 件")
    return 0


def cmd_due(args) -> int:
    from .services.due import due_items
    from .services.engine_context import calendar_for

    db = _open(args.db)
    station_id = _station_id(db, args.station)
    today = args.on or date.today()
    with db.session() as s:
        items = due_items(s, calendar_for(s), today, station_id)
    if args.format == "json":
        print(json.dumps([i.as_json() for i in items], ensure_ascii=False, indent=2))
        return 0

    from .documents.xlsx import csv_row

    headers = ["状态", "超期工作日", "供电所", "申请编号", "户名", "环节", "开始", "到期"]
    rows = [[i.status_label, str(i.overdue_days) if i.overdue_days else "", i.station, i.case_number,
             i.customer_name, i.stage_name, i.start.isoformat() if i.start else "",
             i.due.isoformat() + ("（暂定）" if i.provisional else "")] for i in items]
    if args.format == "csv":
        buf = io.StringIO()
        csv.writer(buf, lineterminator="\n").writerows([headers, *(csv_row(r) for r in rows)])
        sys.stdout.write(buf.getvalue())
    else:
        print(format_table(headers, rows) if rows else f"{today:%Y-%m-%d} 没有到期或超期的环节")
    return 0


def cmd_workdays(args) -> int:
    if args.db:
        from .services.engine_context import calendar_for

        with _open(args.db).session() as s:
            cal = calendar_for(s)
    else:
        from .services.calendar_store import package_calendar

        cal = package_calendar()
    result = cal.add_workdays(args.start, args.add)
    if args.format == "json":
        print(json.dumps({"due": result.day.isoformat(), "provisional": result.provisional}))
    else:
        note = "（暂定：该年节假日安排未确认，按周末和法定节假日推算）" if result.provisional else ""
        print(f"{result.day.isoformat()}{note}")
    return 0


def cmd_recompute(args) -> int:
    from .services.recompute import recompute_open

    n = recompute_open(_open(args.db))
    print(f"已重新计算 {n} 件在办工单的到期日")
    return 0


def cmd_template(args) -> int:
    from .documents.import_template import write_template

    write_template(args.out)
    print(f"已生成导入模板：{args.out}")
    return 0


def _station_id(db, name: str | None, *, departments: bool = False) -> str | None:
    """A station by name (`departments`: or a department, any responsible unit)."""
    from .services.stations import list_stations, list_units

    if not name:
        return None
    match = [u.id for u in (list_units if departments else list_stations)(db) if u.name == name]
    if not match:
        raise CliError(f"没有名为“{name}”的供电所" + ("或部门" if departments else ""))
    return match[0]


def _month(text: str) -> str:
    from .services.months import MonthError, parse_month

    try:
        parse_month(text)
    except MonthError as exc:
        raise CliError(str(exc)) from exc
    return text


def cmd_revisit_plan(args) -> int:
    from .services.revisits import REASON_NAMES, plan_rows
    from .services.stages import stage_name

    db = _open(args.db)
    rows = plan_rows(db, _month(args.month), _station_id(db, args.station))
    if args.format == "json":
        print(json.dumps([r.as_json() for r in rows], ensure_ascii=False, indent=2))
    elif rows:
        print(format_table(["供电所", "申请编号", "户名", "联系电话", "回访环节", "原因"],
                           [[r.station, r.case_number, r.customer_name, r.phone, stage_name(r.stage),
                             REASON_NAMES[r.reason]] for r in rows]))
    else:
        print(f"{args.month} 没有需要回访的工单")
    return 0


def cmd_feedback(args) -> int:
    from .services import feedback

    db = _open(args.db)
    if args.action == "add":
        from .services.cases import find_case_id

        case_id = None
        if args.case:
            case_id = find_case_id(db, args.case)
            if case_id is None:
                raise CliError(f"没有申请编号为 {args.case} 的工单")
        try:
            row = feedback.add_form(db, feedback.FeedbackInput(
                kind=args.kind, source=args.source, received_on=args.received, content=args.text,
                station_id=_station_id(db, args.station, departments=True) or "", case_id=case_id, reporter_name=args.name,
                reporter_phone=args.phone), today=args.today)
        except feedback.FeedbackError as exc:
            raise CliError(str(exc)) from exc
        print(f"{row.number} 答复期限 {row.deadline_text}")
        return 0
    rows = feedback.list_forms(db, open_only=args.open, today=args.today)
    if args.format == "json":
        print(json.dumps([r.as_json() for r in rows], ensure_ascii=False, indent=2))
    else:
        print(format_table(["编号", "类别", "来源", "责任单位", "申请编号", "受理日期", "答复期限", "状态"],
                           [[r.number, feedback.KINDS[r.kind], r.source, r.station, r.case_number,
                             r.received_on.isoformat(), r.deadline_text + ("（超期）" if r.late else ""),
                             feedback.STATUSES[r.status]] for r in rows]) if rows else "没有反馈单")
    return 0


def cmd_assessment(args) -> int:
    from .services.assessment import build_sheet

    sheet = build_sheet(_open(args.db), _month(args.month), today=args.today)
    if args.format == "json":
        print(json.dumps({"month": sheet.month, "units": [u.as_json() for u in sheet.units], "total": sheet.total,
                          "unverified": [f.text() for f in sheet.unverified]}, ensure_ascii=False, indent=2))
        return 0
    for u in sheet.units:
        print(f"{u.station}  合计 {u.total:,.0f} 元")
        print(format_table(["申请编号", "事由", "金额"], [[i.case_number, i.reason + ("（未经核实）" if i.unverified else ""),
                                                          f"{i.amount:,.0f}"] for i in u.items]))
        print()
    print(f"{sheet.month} 全局合计 {sheet.total:,.0f} 元")
    if sheet.unverified:
        print(f"注意：本表依据的 {len(sheet.unverified)} 项记录与修改记录不符（在本软件之外被改动），未经核实：", file=sys.stderr)
        for f in sheet.unverified:
            print(f"  {f.text()}", file=sys.stderr)
    return 0


def _open_for_papers(path: str):
    """The database, with the font chosen in its Settings → Printing applied."""
    from .documents.fonts import configure_from

    db = _open(path)
    configure_from(db)
    return db


def cmd_print(args) -> int:
    from .services.cases import find_case_id
    from .services.papers import PaperError
    from .services.print_settings import paper_size

    if args.out.suffix.lower() != ".pdf":
        raise CliError(f"单据只能保存为 PDF：请把 --out 改为 .pdf 文件（现为 {args.out.name}）")
    db = _open_for_papers(args.db)
    if args.paper == "feedback":
        return _print_feedback(db, args)
    if args.paper == "supervision":
        return _print_supervision(db, args)
    paper = args.paper_size or paper_size(db)
    case_id = find_case_id(db, args.case)
    if case_id is None:
        raise CliError(f"没有申请编号为 {args.case} 的工单")
    today = args.today or date.today()

    def write() -> None:
        if args.paper == "receipt":
            from .documents.receipt import write_receipt
            from .services.papers import receipt_data
            write_receipt(args.out, receipt_data(db, case_id, args.stage, today), paper)
        else:
            from .documents.acceptance import ACCEPTANCE_PAPERS
            from .services.papers import acceptance_data
            ACCEPTANCE_PAPERS[args.paper][1](args.out, acceptance_data(db, case_id, today), paper)
    try:
        return _write_paper(args.out, write)
    except PaperError as exc:
        raise CliError(str(exc)) from exc


def _write_paper(out: Path, write) -> int:
    """Run `write()`, which writes the paper to `out`; a file that cannot be written is a CliError. Says
    what was made, and warns if the papers had to use the built-in font."""
    from .documents.fonts import cjk_font, missing_warning, take_missing

    take_missing()
    try:
        write()
    except OSError as exc:
        raise CliError(f"无法写入 {out}：{_os_reason(exc)}") from exc
    for warning in (cjk_font().warning, missing_warning(take_missing())):
        if warning:
            print(f"注意：{warning}", file=sys.stderr)
    print(f"已生成 {out}")
    return 0


def _print_feedback(db, args) -> int:
    from .documents.feedback_form import write_feedback_form
    from .services import feedback
    from .services.papers import bureau_name

    form_id = feedback.find_form_id(db, args.number)
    if form_id is None:
        raise CliError(f"没有编号为 {args.number} 的反馈单")
    return _write_paper(args.out, lambda: write_feedback_form(args.out, feedback.get_form(db, form_id),
                                                              bureau_name(db)))


def _print_supervision(db, args) -> int:
    from .documents.notice_paper import write_notice_paper
    from .services.notices import find_notice
    from .services.papers import bureau_name

    notice = find_notice(db, args.number)
    if notice is None:
        raise CliError(f"没有编号为 {args.number} 的监督意见书")
    return _write_paper(args.out, lambda: write_notice_paper(args.out, notice, bureau_name(db)))


def cmd_report(args) -> int:
    from .services.papers import bureau_name

    db = _open_for_papers(args.db)
    month = _month(args.month)
    station_id = _station_id(db, args.station)
    kind = args.out.suffix.lower()
    allowed = {"revisits": (".pdf", ".xlsx"), "revisit-plan": (".pdf",), "assessment": (".pdf", ".xlsx")}[args.report]
    if kind not in allowed:
        raise CliError(f"输出文件应为 {' 或 '.join(allowed)}：{args.out}")
    bureau = bureau_name(db)

    def write() -> None:
        if args.report == "revisits":
            from .documents import revisit_report
            from .services.revisit_report import monthly_report
            rep = monthly_report(db, month, station_id)
            writer = revisit_report.write_pdf if kind == ".pdf" else revisit_report.write_xlsx
            writer(args.out, rep, bureau, preparer=args.preparer, reviewer=args.reviewer, made_on=args.today)
        elif args.report == "revisit-plan":
            from .documents.revisit_plan_sheet import write_plan_sheet
            from .services.revisits import plan_info
            write_plan_sheet(args.out, plan_info(db, month, station_id), bureau)
        else:
            from .documents.assessment_export import write_assessment, write_assessment_pdf
            from .services.assessment import build_sheet
            sheet = build_sheet(db, month, today=args.today)
            if kind == ".pdf":
                write_assessment_pdf(args.out, sheet, bureau)
            else:
                write_assessment(args.out, sheet)
    return _write_paper(args.out, write)


def _action(handler):
    """A command of cli_actions, given the open database, the error type and the table printer."""
    return lambda args: handler(args, _open(args.db), CliError, lambda h, rows: print(format_table(h, rows)))


def _action_handlers() -> dict:
    from .cli_actions import HANDLERS as ACTIONS

    return {name: _action(handler) for name, handler in ACTIONS.items()}


def _sync_handlers() -> dict:
    from .cli_meeting import HANDLERS as MEETING
    from .cli_sync import HANDLERS as SYNC

    return {**SYNC, **MEETING}


HANDLERS = {"demo": cmd_demo, "import-cases": cmd_import, "withdraw-import": cmd_withdraw_import, "backup": cmd_backup, "audit": cmd_audit, "due": cmd_due, "workdays": cmd_workdays,
            "recompute": cmd_recompute, "template": cmd_template, "revisit-plan": cmd_revisit_plan,
            "feedback": cmd_feedback, "assessment": cmd_assessment, "print": cmd_print,
            "report": cmd_report, "users": cmd_users, "shared-db": cmd_shared_db, **_action_handlers(),
            **_sync_handlers()}


def main(argv: list[str]) -> int:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")
    args = build_parser().parse_args(argv)
    if not args.command:
        build_parser().print_help()
        return 2
    from .db import DatabaseError
    from .services.auth import AuthError
    from sqlalchemy.exc import DBAPIError

    from .services.workcalendar import CalendarRangeError

    _identity.update(user=getattr(args, "user", None), password_file=getattr(args, "password_file", None))
    from .logs import setup_logging
    log_file = setup_logging()
    try:
        return HANDLERS[args.command](args)
    except (CliError, DatabaseError, AuthError, CalendarRangeError) as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 1
    except DBAPIError as exc:  # the file itself refused: busy in another program, read-only, full
        print(f"错误：{_db_reason(exc)}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # the reader (head, less) went away: not an error
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as exc:  # a path the user named: a folder, a read-only or full disk, a missing folder
        where = f"{exc.filename}：" if getattr(exc, "filename", None) else ""
        print(f"错误：无法读写 {where}{_os_reason(exc)}", file=sys.stderr)
        return 1
    except Exception:  # a fault of the program: the details go to the log (masked), the user gets one line
        import logging

        logging.getLogger("yekuo_desk.cli").exception("Uncaught error in %s", args.command)
        print(f"错误：程序出现意外错误，命令未完成。详细信息已写入日志：{log_file or '（日志无法写入）'}", file=sys.stderr)
        return 1
