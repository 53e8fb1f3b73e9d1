"""Headless commands for every action of the screens (case, revisit, plan, item, notice), so a bureau's IT
person can script them and a test can drive them: the same services, the same checks and Chinese messages
(exit 1 when refused). Registered by cli.py."""
from __future__ import annotations

import argparse
import json
from datetime import date

ACTION_COMMANDS = ("case", "revisit", "plan", "item", "notice")
METHOD_BY_WORD = {"phone": "phone", "visit": "site", "site": "site"}


def add_parsers(sub, iso_date) -> None:
    """The subcommands of this module on cli.py's parser (`iso_date`: its date type)."""
    def common(a, *, case: bool = True) -> None:
        a.add_argument("--db", required=True)
        if case:
            a.add_argument("--case", required=True, help="申请编号")
        a.add_argument("--today", type=iso_date, help=argparse.SUPPRESS)

    c = sub.add_parser("case", help="查看工单，或记录环节日期、暂停、客户原因")
    cs = c.add_subparsers(dest="action", metavar="ACTION", required=True)
    a = cs.add_parser("show", help="工单及各环节的时限")
    common(a)
    a.add_argument("--format", choices=("table", "json"), default="table")
    for name, text in (("complete", "记录环节的完成日期"),
                       ("event", "记录开始计时的客户行为（设计送审、竣工报验等）")):
        a = cs.add_parser(name, help=text)
        common(a)
        a.add_argument("--stage", required=True, help="环节代码，如 plan_reply、connection")
        a.add_argument("--on", type=iso_date, required=True)
        a.add_argument("--reason", default="", help="修改已记录的日期，或接电前未回访关键环节时须填写")
    a = cs.add_parser("pause", help="因客户原因暂停环节计时")
    common(a)
    a.add_argument("--stage", required=True)
    a.add_argument("--on", type=iso_date, required=True)
    a.add_argument("--reason", required=True)
    a = cs.add_parser("resume", help="恢复已暂停环节的计时")
    common(a)
    a.add_argument("--stage", required=True)
    a.add_argument("--on", type=iso_date, required=True)
    a = cs.add_parser("customer-cause", help="超期环节系客户原因：不予考核")
    common(a)
    a.add_argument("--stage", required=True)
    a.add_argument("--reason", required=True, help="原因")

    c = sub.add_parser("revisit", help="记录回访")
    rv = c.add_subparsers(dest="action", metavar="ACTION", required=True)
    a = rv.add_parser("add", help="记录对一个关键环节的电话或现场回访")
    common(a)
    a.add_argument("--stage", required=True)
    a.add_argument("--on", type=iso_date, required=True)
    a.add_argument("--method", required=True, choices=("phone", "visit"))
    a.add_argument("--by", required=True, help="回访人")
    a.add_argument("--satisfaction", choices=("satisfied", "basic", "unsatisfied"), default="satisfied")

    c = sub.add_parser("plan", help="月度回访计划")
    pl = c.add_subparsers(dest="action", metavar="ACTION", required=True)
    a = pl.add_parser("issue", help="下达某供电所某月的回访计划（每月3日前）")
    common(a, case=False)
    a.add_argument("--month", required=True, help="月份，格式 YYYY-MM")
    a.add_argument("--station", required=True, help="供电所名称")
    a.add_argument("--on", type=iso_date, required=True)

    for command, text in (("item", "考核项目（不执行协调会决定每次 500 元）"),
                          ("notice", "业务监督意见书")):
        c = sub.add_parser(command, help=text)
        ac = c.add_subparsers(dest="action", metavar="ACTION", required=True)
        a = ac.add_parser("add", help=f"录入{text}")
        common(a, case=False)
        a.add_argument("--unit", required=True, help="责任单位：供电所或部门（名称）")
        if command == "item":
            a.add_argument("--kind", required=True, choices=("coordination", "complaint", "other"))
        else:
            a.add_argument("--category", default="其他", help="问题类别：线外流转、装表未告知、客户重复往返……（默认“其他”）")
            a.add_argument("--persons", default="", help="被考核人员，用“、”分隔")
        a.add_argument("--on", type=iso_date, required=True, help="日期（其所在月份为考核月份）")
        a.add_argument("--reason", required=True, help="事由")
        a.add_argument("--amount", type=float, help="金额，元（工作配合超时限：取设置值，默认 500）")
        a.add_argument("--case", help="关联的申请编号")


def _case_id(db, number: str, error) -> str:
    from .services.cases import find_case_id

    case_id = find_case_id(db, number)
    if case_id is None:
        raise error(f"没有申请编号为 {number} 的工单")
    return case_id


def _unit_id(db, name: str) -> str:
    from .cli import _station_id

    return _station_id(db, name, departments=True)


def _stage(code: str, error) -> str:
    from .services.stages import STAGE_BY_CODE

    if code not in STAGE_BY_CODE:
        raise error(f"环节代码无效：{code}（可用：{', '.join(STAGE_BY_CODE)}）")
    return code


def case_json(detail) -> dict:
    """`case show --format json`: the case and each stage's clock."""
    target = detail.target
    return {
        "case_number": detail.case_number, "station": detail.station_name, "customer_name": detail.data.customer_name,
        "category": detail.data.category, "accepted_on": detail.data.accepted_on.isoformat(), "state": detail.state,
        "current_stage": detail.current_stage, "rule_set": detail.rule_set_name,
        "target": None if target is None else {"days": target.days, "unit": target.unit,
                                                "due": target.due_on.isoformat(), "used": target.used,
                                                "met": target.met},
        "notes": [f"{st.name}：{st.pause_note}" for st in detail.stages if st.pause_note],
        "stages": [{"stage": st.code, "start": _iso(st.start_on), "limit": st.limit_days, "due": _iso(st.due_on),
                    "completed": _iso(st.completed_on), "status": st.status, "overdue_days": st.overdue_days,
                    "provisional": st.provisional, "paused": st.paused}
                   for st in detail.stages],
    }


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def cmd_case(args, db, error, print_table) -> int:
    from .services import cases
    from .services.cases import CaseError

    today = args.today or date.today()
    case_id = _case_id(db, args.case, error)
    try:
        if args.action == "show":
            detail = cases.get_case(db, case_id, today)
            if args.format == "json":
                print(json.dumps(case_json(detail), ensure_ascii=False, indent=2))
            else:
                from .services.deadlines import STATUS_NAMES
                print(f"{detail.case_number}  {detail.data.customer_name}  {detail.station_name}")
                print_table(["环节", "开始", "时限", "到期", "完成", "状态"],
                            [[st.name, _iso(st.start_on) or "", "" if st.limit_days is None else str(st.limit_days),
                              (_iso(st.due_on) or "") + ("（暂定）" if st.due_on and st.provisional else ""),
                              _iso(st.completed_on) or "",
                              STATUS_NAMES[st.status] + (f" {st.overdue_days}" if st.overdue_days else "")
                              + ("（已暂停）" if st.paused else "")] for st in detail.stages])
                if detail.target:
                    print(detail.target.label)
            return 0
        stage = _stage(args.stage, error)
        if args.action == "complete":
            try:
                cases.record_completion(db, case_id, stage, args.on, reason=args.reason, today=today)
            except cases.RevisitRequired:
                if not args.reason.strip():
                    raise
                cases.record_completion(db, case_id, stage, args.on, reason=args.reason,
                                        without_revisit=args.reason, today=today)
        elif args.action == "event":
            cases.set_customer_event(db, case_id, stage, args.on, reason=args.reason, today=today)
        elif args.action == "pause":
            cases.pause_stage(db, case_id, stage, args.on, args.reason, today=today)
        elif args.action == "resume":
            cases.resume_stage(db, case_id, stage, args.on, today=today)
        else:
            _customer_cause(db, case_id, stage, args.reason, error)
    except CaseError as exc:
        raise error(str(exc)) from exc
    row = next(st for st in cases.get_case(db, case_id, today).stages if st.code == stage)
    print(f"{args.case} {row.name}：到期 {_iso(row.due_on) or '—'}，完成 {_iso(row.completed_on) or '—'}"
          + (f"（{row.pause_note}）" if row.pause_note else ""))
    return 0


def _customer_cause(db, case_id: str, stage: str, reason: str, error) -> None:
    from sqlalchemy import select

    from .models import CaseStage
    from .services.assessment import AssessmentError, mark_customer_cause

    with db.session() as s:
        stage_id = s.scalar(select(CaseStage.id).where(CaseStage.case_id == case_id, CaseStage.stage == stage,
                                                       CaseStage.deleted_at.is_(None)))
    if stage_id is None:
        raise error(f"环节“{stage}”不适用于本工单")
    try:
        mark_customer_cause(db, stage_id, reason)
    except AssessmentError as exc:
        raise error(str(exc)) from exc


def cmd_revisit(args, db, error, print_table) -> int:
    from .services.revisits import RevisitError, RevisitInput, record_revisit

    case_id = _case_id(db, args.case, error)
    try:
        record_revisit(db, RevisitInput(case_id=case_id, stage=args.stage, revisit_on=args.on,
                                        method=METHOD_BY_WORD[args.method], caller=args.by,
                                        satisfaction=args.satisfaction), today=args.today)
    except RevisitError as exc:
        raise error(str(exc)) from exc
    print(f"已登记 {args.case} 的回访（{args.on.isoformat()}）")
    return 0


def cmd_plan(args, db, error, print_table) -> int:
    from .cli import _station_id
    from .services.months import MonthError, parse_month
    from .services.revisits import RevisitError, issue_plan

    try:
        parse_month(args.month)
    except MonthError as exc:
        raise error(str(exc)) from exc
    station_id = _station_id(db, args.station)
    if args.on > (args.today or date.today()):
        raise error("下达日期：不能晚于今天")
    try:
        late = issue_plan(db, args.month, station_id, args.on)
    except RevisitError as exc:
        raise error(str(exc)) from exc
    print(f"{args.station} {args.month} 回访计划已于 {args.on.isoformat()} 下达" + ("（晚于每月3日）" if late else ""))
    return 0


def cmd_item(args, db, error, print_table) -> int:
    from .services.assessment import AssessmentError, add_item

    if args.on > (args.today or date.today()):
        raise error("日期：不能晚于今天")
    case_id = _case_id(db, args.case, error) if args.case else None
    try:
        add_item(db, f"{args.on:%Y-%m}", _unit_id(db, args.unit), args.kind, args.reason,
                 amount=args.amount, case_id=case_id)
    except AssessmentError as exc:
        raise error(str(exc)) from exc
    print(f"已登记 {args.unit} {args.on:%Y-%m} 的考核项")
    return 0


def cmd_notice(args, db, error, print_table) -> int:
    from .services.notices import NoticeError, NoticeInput, add_notice

    case_id = _case_id(db, args.case, error) if args.case else None
    try:
        row = add_notice(db, NoticeInput(args.category, _unit_id(db, args.unit), args.reason, args.on,
                                         case_id=case_id, persons=args.persons, amount=args.amount or 0.0),
                         today=args.today)
    except NoticeError as exc:
        raise error(str(exc)) from exc
    print(f"{row.number} 已下达")
    return 0


HANDLERS = {"case": cmd_case, "revisit": cmd_revisit, "plan": cmd_plan, "item": cmd_item, "notice": cmd_notice}
