"""Headless commands of the Friday coordination meeting (issue 13): `stats`, `meeting-pack`, `quarterly` and the
coordination items (`items list|add|close|charge`). Registered by cli.py."""
from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path

MEETING_COMMANDS = ("stats", "meeting-pack", "quarterly", "items")


def add_parsers(sub, iso_date) -> None:
    c = sub.add_parser("stats", help="协调会统计：接电时长、小微企业、时限达标率、超期、环节用时等")
    c.add_argument("--db", required=True)
    c.add_argument("--from", dest="first", type=iso_date, required=True, help="开始日期，YYYY-MM-DD")
    c.add_argument("--to", dest="last", type=iso_date, required=True, help="结束日期，YYYY-MM-DD（含）")
    c.add_argument("--station", help="供电所名称（不填：全局）")
    c.add_argument("--format", choices=("table", "json"), default="table")
    c.add_argument("--today", type=iso_date, help=argparse.SUPPRESS)
    for command, text, flag, form in (
            ("meeting-pack", "生成一周的协调会材料（PDF 或 Excel）", "--week", "周，YYYY-Www（如 2026-W48：截至该周周五的七天）"),
            ("quarterly", "季度业扩服务质量分析：与上季度、上年同期对比（PDF 或 Excel）", "--quarter",
             "季度，YYYY-Qn（如 2026-Q4）")):
        c = sub.add_parser(command, help=text)
        c.add_argument("--db", required=True)
        c.add_argument(flag, required=True, help=form)
        c.add_argument("--station", help="供电所名称（不填：全局）")
        c.add_argument("--out", type=Path, required=True, help="输出文件 .pdf 或 .xlsx")
        c.add_argument("--today", type=iso_date, help=argparse.SUPPRESS)

    c = sub.add_parser("items", help="协调会事项：列出、记录、办结、列入考核")
    ic = c.add_subparsers(dest="action", metavar="ACTION", required=True)
    a = ic.add_parser("list", help="协调事项（默认：未办结的）")
    a.add_argument("--db", required=True)
    a.add_argument("--all", action="store_true", help="包括已办结的")
    a.add_argument("--station", help="责任单位名称")
    a.add_argument("--format", choices=("table", "json"), default="table")
    a.add_argument("--today", type=iso_date, help=argparse.SUPPRESS)
    a = ic.add_parser("add", help="记录一项协调事项")
    a.add_argument("--db", required=True)
    a.add_argument("--subject", required=True, help="协调事项（要解决什么）")
    a.add_argument("--unit", required=True, help="责任单位：供电所或部门（名称）")
    a.add_argument("--due", type=iso_date, required=True, help="完成期限，YYYY-MM-DD")
    a.add_argument("--owner", default="", help="责任人")
    a.add_argument("--case", help="关联工单的申请编号")
    a.add_argument("--decision", default="", help="会议决定")
    a.add_argument("--on", type=iso_date, help="会议日期（默认：今天）")
    a.add_argument("--today", type=iso_date, help=argparse.SUPPRESS)
    a = ic.add_parser("close", help="办结一项协调事项")
    a.add_argument("--db", required=True)
    a.add_argument("number", help="协调事项编号（items list 的第一列）")
    a.add_argument("--outcome", required=True, help="办结情况")
    a.add_argument("--on", type=iso_date, help="办结日期（默认：今天）")
    a.add_argument("--today", type=iso_date, help=argparse.SUPPRESS)
    a = ic.add_parser("charge", help="未执行协调会决定：列入责任单位当月考核（默认 500 元）")
    a.add_argument("--db", required=True)
    a.add_argument("number", help="协调事项编号")
    a.add_argument("--month", help="考核月份，YYYY-MM（默认：本月）")
    a.add_argument("--amount", type=float, help="金额，元（默认取设置值 500）")
    a.add_argument("--today", type=iso_date, help=argparse.SUPPRESS)


def cmd_stats(args) -> int:
    from . import cli
    from .services.statistics import StatsError, compute

    db = cli._open(args.db)
    station_id = cli._station_id(db, args.station)
    try:
        stats = compute(db, args.first, args.last, station_id, today=args.today, verify=True)
    except StatsError as exc:
        raise cli.CliError(str(exc)) from None
    if args.format == "json":
        print(json.dumps(stats.as_json(), ensure_ascii=False, indent=1))
        return 0
    from .services.meeting_charts import charts

    print(f"{stats.scope or '全局'}  {stats.first:%Y-%m-%d} 至 {stats.last:%Y-%m-%d}（数据截至 {stats.as_of:%Y-%m-%d}）")
    for chart in charts(stats):
        print(f"\n{chart.title}" + (f"  {chart.note}" if chart.note else ""))
        print(cli.format_table(chart.headers, [[str(v) for v in r] for r in chart.rows]))
    if stats.unverified:
        print(f"\n注意：{len(stats.unverified)} 件工单的日期与修改记录不符，相关统计待核实：{'、'.join(stats.unverified)}")
    return 0


def _bureau_db(args):
    from . import cli

    db = cli._open_for_papers(args.db)
    kind = args.out.suffix.lower()
    if kind not in (".pdf", ".xlsx"):
        raise cli.CliError(f"输出文件应为 .pdf 或 .xlsx：{args.out}")
    return db, kind, cli._station_id(db, args.station)


def cmd_meeting_pack(args) -> int:
    from . import cli
    from .documents.meeting_pack import write_pack_pdf, write_pack_xlsx
    from .services.meeting_pack import build_pack
    from .services.papers import bureau_name
    from .services.periods import PeriodError, parse_week

    try:
        period = parse_week(args.week)
    except PeriodError as exc:
        raise cli.CliError(str(exc)) from None
    db, kind, station_id = _bureau_db(args)
    today = args.today or date.today()
    pack = build_pack(db, period, station_id, today=today)
    if kind == ".pdf":
        return cli._write_paper(args.out, lambda: write_pack_pdf(args.out, pack, bureau_name(db), today=today))
    return cli._write_paper(args.out, lambda: write_pack_xlsx(args.out, pack, today=today))


def cmd_quarterly(args) -> int:
    from . import cli
    from .documents.quarterly import write_quarterly_pdf, write_quarterly_xlsx
    from .services.papers import bureau_name
    from .services.periods import PeriodError, parse_quarter
    from .services.quarterly import build_quarterly

    try:
        parse_quarter(args.quarter)
    except PeriodError as exc:
        raise cli.CliError(str(exc)) from None
    db, kind, station_id = _bureau_db(args)
    today = args.today or date.today()
    analysis = build_quarterly(db, args.quarter, station_id, today=today)
    if kind == ".pdf":
        return cli._write_paper(args.out, lambda: write_quarterly_pdf(args.out, analysis, bureau_name(db),
                                                                     today=today))
    return cli._write_paper(args.out, lambda: write_quarterly_xlsx(args.out, analysis))


def cmd_items(args) -> int:
    from . import cli
    from .services import coordination as co
    from .services.months import month_of

    db = cli._open(args.db)
    today = args.today or date.today()
    try:
        if args.action == "list":
            rows = co.list_items(db, open_on=None if args.all else today,
                                 station_id=cli._station_id(db, args.station, departments=True))
            if args.format == "json":
                print(json.dumps([r.as_json(today) for r in rows], ensure_ascii=False, indent=1))
            elif not rows:
                print("没有未办结的协调事项" if not args.all else "还没有协调事项")
            else:
                print(cli.format_table(
                    ["编号", "会议日期", "协调事项", "责任单位", "责任人", "完成期限", "状态", "办结情况"],
                    [[r.number, r.raised_on.isoformat(), r.subject, r.unit, r.owner, r.due_on.isoformat(),
                      co.STATUS_NAMES[r.status(today)] + ("，已考核" if r.charged else ""), r.outcome] for r in rows]))
            return 0
        if args.action == "add":
            from .services.cases import find_case_id

            case_id = None
            if args.case:
                case_id = find_case_id(db, args.case)
                if case_id is None:
                    raise cli.CliError(f"没有申请编号为 {args.case} 的工单")
            row = co.add_item(db, co.ItemInput(args.subject, cli._station_id(db, args.unit, departments=True),
                                               args.due, args.on or today, args.owner, case_id, args.decision),
                              today=today)
            print(f"已记录协调事项 {row.number}（{row.unit}，{row.due_on:%Y-%m-%d} 前完成）")
            return 0
        item_id = co.find_item_id(db, args.number)
        if item_id is None:
            raise cli.CliError(f"没有编号为 {args.number} 的协调事项")
        if args.action == "close":
            row = co.close_item(db, item_id, args.outcome, args.on or today, today=today)
            print(f"协调事项 {row.number} 已办结（{row.closed_on:%Y-%m-%d}）")
            return 0
        month = cli._month(args.month) if args.month else month_of(today)
        co.charge_item(db, item_id, month, amount=args.amount)
        print(f"协调事项 {args.number} 已列入 {month} 考核")
        return 0
    except co.ItemError as exc:
        raise cli.CliError(str(exc)) from None


HANDLERS = {"stats": cmd_stats, "meeting-pack": cmd_meeting_pack, "quarterly": cmd_quarterly, "items": cmd_items}
