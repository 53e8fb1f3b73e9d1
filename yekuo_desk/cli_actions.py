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
            a.add_argument("--case", required=True, help="case number")
        a.add_argument("--today", type=iso_date, help=argparse.SUPPRESS)

    c = sub.add_parser("case", help="show a case, or record a stage date, a pause, a customer cause")
    cs = c.add_subparsers(dest="action", metavar="ACTION", required=True)
    a = cs.add_parser("show", help="the case and each stage's clock")
    common(a)
    a.add_argument("--format", choices=("table", "json"), default="table")
    for name, text in (("complete", "record the date a stage was completed"),
                       ("event", "record the customer's act that starts a stage's clock")):
        a = cs.add_parser(name, help=text)
        common(a)
        a.add_argument("--stage", required=True, help="stage code, e.g. plan_reply, connection")
        a.add_argument("--on", type=iso_date, required=True)
        a.add_argument("--reason", default="", help="needed to change a recorded date, or for power-on without "
                                                   "a key-stage revisit before it")
    a = cs.add_parser("pause", help="stop a stage's clock for a customer cause")
    common(a)
    a.add_argument("--stage", required=True)
    a.add_argument("--on", type=iso_date, required=True)
    a.add_argument("--reason", required=True)
    a = cs.add_parser("resume", help="restart a paused stage's clock")
    common(a)
    a.add_argument("--stage", required=True)
    a.add_argument("--on", type=iso_date, required=True)
    a = cs.add_parser("customer-cause", help="a late stage was the customer's doing: not assessed")
    common(a)
    a.add_argument("--stage", required=True)
    a.add_argument("--reason", required=True, help="why (empty withdraws the mark)")

    c = sub.add_parser("revisit", help="record a revisit (回访)")
    rv = c.add_subparsers(dest="action", metavar="ACTION", required=True)
    a = rv.add_parser("add", help="record a call or visit about one key stage")
    common(a)
    a.add_argument("--stage", required=True)
    a.add_argument("--on", type=iso_date, required=True)
    a.add_argument("--method", required=True, choices=("phone", "visit"))
    a.add_argument("--by", required=True, help="who called or visited")
    a.add_argument("--satisfaction", choices=("satisfied", "basic", "unsatisfied"), default="satisfied")

    c = sub.add_parser("plan", help="the monthly revisit plan")
    pl = c.add_subparsers(dest="action", metavar="ACTION", required=True)
    a = pl.add_parser("issue", help="issue a station's plan for a month (by the 3rd)")
    common(a, case=False)
    a.add_argument("--month", required=True, help="YYYY-MM")
    a.add_argument("--station", required=True, help="station name")
    a.add_argument("--on", type=iso_date, required=True)

    for command, text in (("item", "an assessment item (500 yuan for a coordination failure)"),
                          ("notice", "a supervision notice (业务监督意见书)")):
        c = sub.add_parser(command, help=text)
        ac = c.add_subparsers(dest="action", metavar="ACTION", required=True)
        a = ac.add_parser("add", help=f"enter {text}")
        common(a, case=False)
        a.add_argument("--unit", required=True, help="the responsible unit: a station or a department (name)")
        if command == "item":
            a.add_argument("--kind", required=True, choices=("coordination", "complaint", "other"))
        else:
            a.add_argument("--category", default="其他", help="线外流转, 装表未告知, 客户重复往返, … (default 其他)")
            a.add_argument("--persons", default="", help="the persons assessed, separated by 、")
        a.add_argument("--on", type=iso_date, required=True, help="the day (its month is the assessment month)")
        a.add_argument("--reason", required=True, help="what happened")
        a.add_argument("--amount", type=float, help="yuan (a coordination failure: the setting, 500 by default)")
        a.add_argument("--case", help="the linked case number")


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
                              _iso(st.due_on) or "", _iso(st.completed_on) or "",
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
