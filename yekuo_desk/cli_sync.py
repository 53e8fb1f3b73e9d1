"""Headless sync commands (issue 12): `sync setup`, `sync` (for a scheduled task), `sync status`, and the
conflict inbox (`conflicts list|resolve`). Registered by cli.py."""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

SYNC_COMMANDS = ("sync", "conflicts")


def add_parsers(sub) -> None:
    c = sub.add_parser("sync", help="与全局共享数据库同步（上传本机的改动，下载本机可见的数据）；可用于计划任务")
    c.add_argument("--db", help="数据库文件")
    c.add_argument("--user", help="以此用户的身份操作（数据文件已设用户时必填）")
    c.add_argument("--password-file", type=Path, help="该用户的密码文件（第一行）；也可用环境变量 YEKUO_PASSWORD")
    ss = c.add_subparsers(dest="action", metavar="ACTION")
    a = ss.add_parser("setup", help="连接共享数据库：检验地址和密码，保存地址（密码存入系统凭据库）")
    a.add_argument("--db", required=True)
    a.add_argument("--url", required=True, help="shared-db add-station / add-office 给出的地址 "
                                                "postgresql://角色@主机:端口/数据库")
    a.add_argument("--password-file", dest="sync_password_file", type=Path,
                   help="该数据库角色的密码文件（第一行；不填时提示输入）")
    a.add_argument("--user", help="以此用户（系统管理员）的身份操作；其密码从环境变量 YEKUO_PASSWORD 或提示读取")
    a = ss.add_parser("status", help="上次同步时间、待上传的改动、冲突")
    a.add_argument("--db", required=True)
    c = sub.add_parser("conflicts", help="同步冲突：列出，或选定采用哪一方的值")
    cs = c.add_subparsers(dest="action", metavar="ACTION", required=True)
    a = cs.add_parser("list", help="未处理的冲突（--all 含已处理的）")
    a.add_argument("--db", required=True)
    a.add_argument("--format", choices=("table", "json"), default="table")
    a.add_argument("--all", action="store_true", help="包括已处理的")
    a = cs.add_parser("resolve", help="处理一条冲突")
    a.add_argument("--db", required=True)
    a.add_argument("id", help="冲突编号（conflicts list 的第一列）")
    a.add_argument("choice", choices=("mine", "theirs"), help="mine 采用本机的值 / theirs 采用共享数据库的值")


def _progress(step: str, done: int, total: int) -> None:
    print(f"\r{step}：{done}" + (f"/{total}" if total else "") + " 行   ", end="", file=sys.stderr, flush=True)


def cmd_sync(args) -> int:
    from . import cli
    from .services.sync.engine import SyncError
    from .services.sync.setup import configure, status, sync_now

    if not args.db:
        raise cli.CliError("请用 --db 指明数据库文件")
    db = cli._open(args.db)
    try:
        if args.action == "setup":
            password = (cli._first_line(args.sync_password_file) if args.sync_password_file else
                        cli._typed("共享数据库的密码：", "请用 --password-file 提供共享数据库的密码", confirm=False))
            done = configure(db, args.url, password)
            print(f"已连接共享数据库：账户 {done.login}（{done.station}）。密码保存在：{done.kept}")
            return 0
        if args.action == "status":
            st = status(db)
            print(f"共享数据库：{st.url or '未连接'}")
            print(f"上次同步：{st.last_sync + '（UTC）' if st.last_sync else '从未'}")
            print(f"待上传的改动：{st.waiting}（其中被拒收 {st.refused}）；未处理的冲突：{st.conflicts}")
            print("可以关机：本机的改动都已上传" if st.safe_to_switch_off else "尚有改动未上传，请先同步再关机")
            return 0
        summary = sync_now(db, progress=_progress)
    except SyncError as exc:
        print(file=sys.stderr)
        raise cli.CliError(str(exc)) from None
    print(file=sys.stderr)
    print(summary.text())
    for reason, n in Counter(r for _, _, r in summary.refused).most_common():
        print(f"  拒收 {n} 行：{reason}")
    if summary.conflicts:
        print(f"  有 {len(summary.conflicts)} 处冲突待处理：main.py conflicts list --db {args.db}")
    return 0


def cmd_conflicts(args) -> int:
    from . import cli
    from .services.sync.conflicts import ConflictError, list_conflicts, resolve

    db = cli._open(args.db)
    if args.action == "resolve":
        try:
            resolve(db, args.id, args.choice)
        except ConflictError as exc:
            raise cli.CliError(str(exc)) from None
        print("已采用本机的值（下次同步时上传）" if args.choice == "mine" else "已采用共享数据库的值")
        return 0
    rows = list_conflicts(db, include_resolved=args.all)
    if args.format == "json":
        print(json.dumps([r.as_json() for r in rows], ensure_ascii=False, indent=1))
        return 0
    if not rows:
        print("没有未处理的同步冲突")
        return 0
    print(cli.format_table(
        ["编号", "申请编号", "对象", "项目", "本机的值", "修改人/时间", "共享数据库的值", "修改人/时间", "处理"],
        [[r.id, r.case_number, r.subject, r.field, r.mine, f"{r.mine_by} {r.mine_at}", r.theirs,
          f"{r.theirs_by} {r.theirs_at}", {"mine": "采用本机", "theirs": "采用共享"}.get(r.resolution, "待处理")]
         for r in rows]))
    return 0


HANDLERS = {"sync": cmd_sync, "conflicts": cmd_conflicts}
