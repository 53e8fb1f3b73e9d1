"""Revisits (回访): the month's plan per station, the calls, and the rule that every case has one
before power-on (seed 000 art. 6(2), art. 9; seed 004 on confirmation calls).

- The audit office issues each station's plan for a month by the 3rd; a plan issued later is late.
- Proposed first: cases not yet connected that have had no key-stage revisit; then confirmation
  calls for stages recorded done exactly on their due date last month (seed 004: 线外流转).
- Stations report the month's results by the 10th of the next month.
- Before power-on means before: only a revisit of a key stage before power-on, dated on or before the
  power-on date, counts. A case entered after its station's plan was issued joins that plan the same day
  as a supplement (seed 004 §3.4(1): call the customer when the case is entered); a case that reached
  power-on without one (recorded with a reason, imported, or synced) is listed as 接电前未回访.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from datetime import date

from sqlalchemy import exists, or_, select
from sqlalchemy.orm import Session

from ..db import Database
from ..models import Case, CaseStage, Revisit, RevisitPlan, RevisitPlanItem, Station
from ..models.revisit import NO, NOT_ASKED, YES
from ..models.station import STATION
from . import audit, auth
from .months import next_month_first, parse_month, previous_month
from .stages import stage_name
from .stations import station_names
from .validation import length_problems

KEY_STAGES = ("acceptance", "site_survey", "plan_reply", "design_review", "completion_inspection", "connection")
BEFORE_POWER_ON = KEY_STAGES[:-1]  # a revisit of power-on itself is not one "before power-on"
NO_REVISIT, DONE_ON_DUE, ADDED, SUPPLEMENT = "no_revisit", "done_on_due", "added", "supplement"
REASON_NAMES = {NO_REVISIT: "未回访（接电前须回访）", DONE_ON_DUE: "到期当日办结，核实是否线外流转", ADDED: "稽查人员添加",
                SUPPLEMENT: "计划下达后受理，补充回访"}
NOT_REVISITED_BEFORE_POWER_ON = "接电前未回访"
METHODS = {"phone": "电话", "site": "现场"}
SATISFACTION = {"satisfied": "满意", "basic": "基本满意", "unsatisfied": "不满意"}
CHECKLIST = {  # field -> (question, the problem when the answer is no)
    "signed_in_person": ("申请人是否本人签字", "非本人签字"),
    "capacity_matches": ("容量、计量与系统是否一致", "容量或计量不符"),
    "dates_match": ("勘查、装表日期与系统是否一致", "环节时间与系统不符"),
    "invoice_ok": ("是否收到发票且金额相符", "发票问题"),
    "attitude_ok": ("工作人员服务态度是否良好", "服务态度"),
    "no_favours": ("有无吃拿卡要（无为“是”）", "吃拿卡要"),
    "no_designation": ("有无指定设计、施工、设备（无为“是”）", "三指定"),
}
ANSWERS = {YES: "是", NO: "否", NOT_ASKED: "未问"}
PLAN_DEADLINE_DAY = 3     # plans issued by the 3rd of the month
RESULTS_DEADLINE_DAY = 10  # results reported by the 10th of the next month


class RevisitError(ValueError):
    """Bad revisit input; the message is for the user (Chinese)."""


@dataclass(frozen=True)
class PlanRow:
    case_id: str
    case_number: str
    station: str
    customer_name: str
    contact: str
    phone: str
    stage: str
    reason: str
    done: bool = False  # a revisit of this case was recorded in the month

    def as_json(self) -> dict:
        return {"case_number": self.case_number, "station": self.station, "stage": self.stage,
                "reason": self.reason}


@dataclass(frozen=True)
class PlanInfo:
    station_id: str
    station: str
    month: str
    issued_on: date | None
    issued_by: str
    rows: list[PlanRow]
    saved: bool = False  # False: the rows are the rules' proposal, not yet kept

    @property
    def late(self) -> bool:
        first, _ = parse_month(self.month)
        return self.issued_on is not None and self.issued_on > first.replace(day=PLAN_DEADLINE_DAY)


@dataclass
class RevisitInput:
    case_id: str
    stage: str
    revisit_on: date
    method: str
    caller: str
    satisfaction: str
    respondent: str = ""
    customer_words: str = ""
    checklist: dict[str, str] = field(default_factory=dict)
    plan_item_id: str | None = None


@dataclass(frozen=True)
class RevisitRow:
    id: str
    case_id: str
    case_number: str
    station: str
    customer_name: str
    stage: str
    revisit_on: date
    method: str
    caller: str
    respondent: str
    satisfaction: str
    customer_words: str
    problems: list[str]
    checklist: dict[str, str]


def key_revisit_exists(case_id_column, before=None):
    """SQL: the case has a revisit of a key stage before power-on (dated on or before `before`, if given: a
    date or a column such as the power-on date)."""
    conditions = [Revisit.case_id == case_id_column, Revisit.stage.in_(BEFORE_POWER_ON),
                  Revisit.deleted_at.is_(None)]
    if before is not None:
        conditions.append(Revisit.revisit_on <= before)
    return exists().where(*conditions)


def has_key_revisit(s: Session, case_id: str, before: date | None = None) -> bool:
    """A key stage of the case was revisited (on or before `before`, the power-on date, when given)."""
    return bool(s.scalar(select(key_revisit_exists(case_id, before))))


@dataclass(frozen=True)
class Unrevisited:
    """A case that reached power-on without a key-stage revisit dated on or before it."""

    case_id: str
    case_number: str
    station_id: str
    customer_name: str
    phone: str
    connected_on: date
    station: str = ""


def connected_without_revisit(s: Session, first: date, last: date, station_id: str | None = None, *,
                              still_owed: bool = False) -> list[Unrevisited]:
    """Cases whose power-on date lies in [first, last] with no key-stage revisit dated on or before it
    (`still_owed`: nor any revisit since). Read from the (stage, completed_on) index."""
    q = (select(Case.id, Case.case_number, Case.station_id, Case.customer_name, Case.phone, CaseStage.completed_on)
         .join(Case, Case.id == CaseStage.case_id)
         .where(CaseStage.stage == "connection", CaseStage.completed_on >= first, CaseStage.completed_on <= last,
                CaseStage.deleted_at.is_(None), Case.deleted_at.is_(None),
                ~key_revisit_exists(Case.id, CaseStage.completed_on))
         .order_by(CaseStage.completed_on, Case.case_number))
    if still_owed:
        q = q.where(~exists().where(Revisit.case_id == Case.id, Revisit.deleted_at.is_(None)))
    names = _station_names(s)
    return [Unrevisited(*r, names.get(r.station_id, "")) for r in s.execute(q)
            if not station_id or r.station_id == station_id]


def add_supplement(s: Session, case_id: str, case_number: str, station_id: str, today: date) -> bool:
    """A case entered after its station's plan for this month was issued joins it as a supplement (a call on
    entry, seed 004 §3.4(1)); True if it was added. Nothing to do before the plan is issued: the proposal
    picks the case up then."""
    plan = _plan(s, f"{today:%Y-%m}", station_id)
    if plan is None or plan.issued_on is None:
        return False
    if any(i.case_id == case_id and i.deleted_at is None for i in plan.items):
        return False
    plan.items.append(RevisitPlanItem(station_id=station_id, case_id=case_id, stage="acceptance",
                                      reason=SUPPLEMENT, seq=len(plan.items)))
    s.flush()
    audit.record(s, table="revisit_plans", row_id=plan.id, field="items", old=None,
                 new=f"补充 {case_number}", reason=REASON_NAMES[SUPPLEMENT])
    return True


def _station_names(s: Session) -> dict[str, str]:
    return {sid: name for sid, (_, name) in station_names(s).items()}


def _latest_done_key_stage(s: Session, case_ids: list[str]) -> dict[str, str]:
    """For each case, the latest completed key stage (what the customer can be asked about)."""
    out: dict[str, tuple[int, str]] = {}
    # Only the case ids in SQL: given the stage too, SQLite would walk the (stage, completed_on) index
    # through every completed key stage of the bureau.
    for case_id, stage, seq, completed_on, deleted_at in s.execute(select(
            CaseStage.case_id, CaseStage.stage, CaseStage.seq, CaseStage.completed_on, CaseStage.deleted_at
    ).where(CaseStage.case_id.in_(case_ids))):
        if completed_on is None or deleted_at is not None or stage not in KEY_STAGES:
            continue
        if case_id not in out or seq > out[case_id][0]:
            out[case_id] = (seq, stage)
    return {k: v[1] for k, v in out.items()}


def propose(s: Session, month: str, station_id: str | None = None) -> list[PlanRow]:
    """What the plan of `month` should hold: cases without a key-stage revisit that are not yet
    connected, then confirmation calls for stages done on their due date in the previous month."""
    first, _ = parse_month(month)
    names = _station_names(s)
    # Not connected before the month: read from the (stage, completed_on) index, a few hundred cases, instead
    # of testing every case of the station (20,000 at bureau scale).
    not_connected = select(CaseStage.case_id).where(
        CaseStage.stage == "connection", CaseStage.deleted_at.is_(None),
        or_(CaseStage.completed_on.is_(None), CaseStage.completed_on >= first))
    q = select(Case).where(Case.deleted_at.is_(None), Case.accepted_on < first, Case.id.in_(not_connected),
                           ~key_revisit_exists(Case.id)).order_by(Case.accepted_on, Case.case_number)
    if station_id:
        q = q.where(Case.station_id == station_id)
    cases = list(s.scalars(q))
    latest = _latest_done_key_stage(s, [c.id for c in cases])
    rows = [PlanRow(c.id, c.case_number, names.get(c.station_id, ""), c.customer_name, c.contact, c.phone,
                    latest.get(c.id, "acceptance"), NO_REVISIT) for c in cases]
    seen = {r.case_id for r in rows}
    prev_first, prev_last = parse_month(previous_month(month))
    q = (select(Case, CaseStage.stage).join(CaseStage, CaseStage.case_id == Case.id)
         .where(Case.deleted_at.is_(None), CaseStage.deleted_at.is_(None), CaseStage.completed_on == CaseStage.due_on,
                CaseStage.completed_on >= prev_first, CaseStage.completed_on <= prev_last,
                CaseStage.stage.in_(KEY_STAGES))
         .order_by(CaseStage.completed_on, Case.case_number))
    if station_id:
        q = q.where(Case.station_id == station_id)
    for c, stage in s.execute(q):
        if c.id not in seen:
            seen.add(c.id)
            rows.append(PlanRow(c.id, c.case_number, names.get(c.station_id, ""), c.customer_name, c.contact,
                                c.phone, stage, DONE_ON_DUE))
    return rows


def done_case_ids(s: Session, month: str, case_ids: list[str]) -> set[str]:
    first, last = parse_month(month)
    return set(s.scalars(select(Revisit.case_id).where(
        Revisit.case_id.in_(case_ids), Revisit.revisit_on >= first, Revisit.revisit_on <= last,
        Revisit.deleted_at.is_(None))))


def _plan(s: Session, month: str, station_id: str) -> RevisitPlan | None:
    return s.scalar(select(RevisitPlan).where(RevisitPlan.station_id == station_id, RevisitPlan.month == month,
                                              RevisitPlan.deleted_at.is_(None)))


def plan_info(db: Database, month: str, station_id: str) -> PlanInfo:
    """The station's plan for the month: the saved one, or the proposal when none is saved yet."""
    parse_month(month)
    with db.session() as s:
        auth.scope(s, station_id)
        station = s.get(Station, station_id)
        if station is None:
            raise RevisitError("供电所不存在")
        plan = _plan(s, month, station_id)
        if plan is None:
            rows = propose(s, month, station_id)
            issued_on, issued_by = None, ""
        else:
            live = [i for i in plan.items if i.deleted_at is None]
            cases = {c.id: c for c in s.scalars(select(Case).where(Case.id.in_([i.case_id for i in live])))}
            rows = [PlanRow(i.case_id, cases[i.case_id].case_number, station.name, cases[i.case_id].customer_name,
                            cases[i.case_id].contact, cases[i.case_id].phone, i.stage, i.reason) for i in live]
            issued_on, issued_by = plan.issued_on, plan.issued_by
        done = done_case_ids(s, month, [r.case_id for r in rows])
        rows = [replace(r, done=r.case_id in done) for r in rows]
        return PlanInfo(station_id, station.name, month, issued_on, issued_by, rows, plan is not None)


def plan_rows(db: Database, month: str, station_id: str | None = None) -> list[PlanRow]:
    """Every station's plan rows for the month (saved plans, proposals for the others)."""
    with db.session() as s:
        station_id = auth.scope(s, station_id)
        ids = [station_id] if station_id else list(s.scalars(
            select(Station.id).where(Station.deleted_at.is_(None), Station.kind == STATION)
            .order_by(Station.sort_order, Station.name)))
    return [row for sid in ids for row in plan_info(db, month, sid).rows]


def save_plan(db: Database, month: str, station_id: str, items: list[tuple[str, str, str]], *,
              reason: str = "") -> None:
    """Keep the plan's items (case id, stage, reason). Changing an issued plan needs a reason and is logged."""
    parse_month(month)
    for _, stage, _ in items:
        if stage not in KEY_STAGES:
            raise RevisitError(f"回访环节应为关键环节：{'、'.join(stage_name(k) for k in KEY_STAGES)}")
    with db.transaction() as s:
        auth.require(s, auth.REVISIT_PLAN)
        plan = _plan(s, month, station_id)
        if plan is None:
            plan = RevisitPlan(station_id=station_id, month=month)
            s.add(plan)
        if plan.issued_on is not None and not reason.strip():
            raise RevisitError("回访计划已下达，修改须填写原因")
        before = {(i.case_id, i.stage) for i in plan.items if i.deleted_at is None}
        wanted = {(case_id, stage): why for case_id, stage, why in items}
        by_key = {(i.case_id, i.stage): i for i in plan.items}
        for key, item in by_key.items():
            if key not in wanted and item.deleted_at is None:
                item.deleted_at = audit.utcnow()
        for seq, (case_id, stage, why) in enumerate(items):
            item = by_key.get((case_id, stage))
            if item is None:
                plan.items.append(RevisitPlanItem(station_id=station_id, case_id=case_id, stage=stage, reason=why,
                                                  seq=seq))
            else:
                item.deleted_at, item.seq = None, seq
        s.flush()
        if plan.issued_on is not None:
            added = sorted(set(wanted) - before)
            removed = sorted(before - set(wanted))
            audit.record(s, table="revisit_plans", row_id=plan.id, field="items",
                         old=f"删除 {len(removed)} 项", new=f"增加 {len(added)} 项", reason=reason)


def issue_plan(db: Database, month: str, station_id: str, on: date) -> bool:
    """Issue the saved plan (saving the proposal first if none was saved); returns True if it is late."""
    if not _has_plan(db, month, station_id):
        save_plan(db, month, station_id, [(r.case_id, r.stage, r.reason) for r in plan_info(
            db, month, station_id).rows])
    with db.transaction() as s:
        auth.require(s, auth.REVISIT_PLAN)
        plan = _plan(s, month, station_id)
        if plan.issued_on is not None:
            raise RevisitError(f"{month} 的回访计划已于 {plan.issued_on:%Y-%m-%d} 下达")
        plan.issued_on, plan.issued_by = on, audit.current_user(s)
        audit.record(s, table="revisit_plans", row_id=plan.id, field="issued_on", old=None, new=on.isoformat(),
                     reason="下达")
    first, _ = parse_month(month)
    return on > first.replace(day=PLAN_DEADLINE_DAY)


def _has_plan(db: Database, month: str, station_id: str) -> bool:
    with db.session() as s:
        return _plan(s, month, station_id) is not None


def check_revisit(s: Session, inp: RevisitInput, today: date) -> Case:
    case = s.get(Case, inp.case_id)
    if case is None or case.deleted_at is not None:
        raise RevisitError("工单不存在")
    applicable = {row.stage for row in case.stages if row.deleted_at is None}
    problems = []
    if inp.stage not in KEY_STAGES or inp.stage not in applicable:
        problems.append(f"回访环节：“{stage_name(inp.stage)}”不是本工单的关键环节")
    if inp.revisit_on > today:
        problems.append("回访日期：不能晚于今天")
    elif inp.revisit_on < case.accepted_on:
        problems.append(f"回访日期：不能早于受理日期 {case.accepted_on:%Y-%m-%d}")
    if inp.method not in METHODS:
        problems.append("回访方式：应为 电话 / 现场")
    if not inp.caller.strip():
        problems.append("回访人：不能为空")
    problems += length_problems(Revisit, {"caller": ("回访人", inp.caller.strip()),
                                          "respondent": ("受访人", inp.respondent.strip())})
    if inp.satisfaction not in SATISFACTION:
        problems.append("满意度：应为 满意 / 基本满意 / 不满意")
    for name, answer in inp.checklist.items():
        if name not in CHECKLIST or answer not in ANSWERS:
            problems.append(f"核查项“{CHECKLIST.get(name, (name,))[0]}”：应为 是 / 否 / 未问")
    if problems:
        raise RevisitError("\n".join(problems))
    return case


def record_revisit(db: Database, inp: RevisitInput, *, today: date | None = None) -> str:
    today = today or date.today()
    with db.transaction() as s:
        case = check_revisit(s, inp, today)
        auth.require(s, auth.REVISIT_RECORD, case.station_id)
        values = {f.name: getattr(inp, f.name) for f in fields(RevisitInput) if f.name != "checklist"}
        values["caller"], values["respondent"] = inp.caller.strip(), inp.respondent.strip()
        revisit = Revisit(station_id=case.station_id, **values,
                          **{name: inp.checklist.get(name, NOT_ASKED) for name in CHECKLIST})
        s.add(revisit)
        s.flush()
        return revisit.id


def get_revisit_input(db: Database, revisit_id: str) -> RevisitInput:
    """A recorded revisit as the dialog edits it (to correct it)."""
    with db.session() as s:
        r = s.get(Revisit, revisit_id)
        if r is None or r.deleted_at is not None:
            raise RevisitError("回访记录不存在或已撤回")
        auth.scope(s, r.station_id)
        values = {f.name: getattr(r, f.name) for f in fields(RevisitInput) if f.name != "checklist"}
        return RevisitInput(**values, checklist={name: getattr(r, name) for name in CHECKLIST})


def correct_revisit(db: Database, revisit_id: str, inp: RevisitInput, reason: str, *,
                    today: date | None = None) -> list[str]:
    """Correct a recorded revisit (the same checks as recording one); each changed field goes in the trail with
    the reason. The case and the plan item stay. Returns the changed fields."""
    from .corrections import correct

    today = today or date.today()
    with db.transaction() as s:
        auth.require(s, auth.REVISIT_PLAN)
        row = s.get(Revisit, revisit_id)
        if row is not None and inp.case_id != row.case_id:
            raise RevisitError("回访记录不能改到其他工单")
        check_revisit(s, inp, today)
        changes = {f.name: getattr(inp, f.name) for f in fields(RevisitInput)
                   if f.name not in ("checklist", "case_id", "plan_item_id")}
        changes["caller"], changes["respondent"] = inp.caller.strip(), inp.respondent.strip()
        changes.update({name: inp.checklist.get(name, NOT_ASKED) for name in CHECKLIST})
        return correct(s, row, "revisits", changes, reason, RevisitError, show=_revisit_value)


def _revisit_value(name: str, value) -> str | None:
    """A revisit field's value as the history shows it."""
    names = {"satisfaction": SATISFACTION, "method": METHODS, **{c: ANSWERS for c in CHECKLIST}}.get(name)
    if names is not None:
        return names.get(value, str(value))
    return stage_name(value) if name == "stage" else None


def withdraw_revisit(db: Database, revisit_id: str, reason: str) -> None:
    """Withdraw a revisit recorded in error (kept as a tombstone, logged): the plan, the report and the
    before-power-on check no longer count it."""
    from .corrections import withdraw

    with db.transaction() as s:
        auth.require(s, auth.REVISIT_PLAN)
        withdraw(s, s.get(Revisit, revisit_id), "revisits", reason, RevisitError)


def problems_of(r: Revisit) -> list[str]:
    return [problem for name, (_, problem) in CHECKLIST.items() if getattr(r, name) == NO]


def revisits_in(db: Database, month: str, station_id: str | None = None) -> list[RevisitRow]:
    first, last = parse_month(month)
    with db.session() as s:
        station_id = auth.scope(s, station_id)
        names = _station_names(s)
        q = (select(Revisit, Case.case_number, Case.customer_name).join(Case, Case.id == Revisit.case_id)
             .where(Revisit.revisit_on >= first, Revisit.revisit_on <= last, Revisit.deleted_at.is_(None))
             .order_by(Revisit.revisit_on, Case.case_number))
        if station_id:
            q = q.where(Revisit.station_id == station_id)
        return [RevisitRow(r.id, r.case_id, number, names.get(r.station_id, ""), customer, r.stage, r.revisit_on,
                           r.method, r.caller, r.respondent, r.satisfaction, r.customer_words, problems_of(r),
                           {name: getattr(r, name) for name in CHECKLIST})
                for r, number, customer in s.execute(q)]


@dataclass(frozen=True)
class ResultsDue:
    station: str
    planned: int
    done: int
    deadline: date
    late: bool

    @property
    def missing(self) -> int:
        return self.planned - self.done


def results_due(db: Database, month: str, today: date) -> list[ResultsDue]:
    """Per station with an issued plan: how many planned cases still have no revisit recorded in the
    month. Results are due by the 10th of the next month."""
    first, last = parse_month(month)
    deadline = next_month_first(first).replace(day=RESULTS_DEADLINE_DAY)
    out = []
    with db.session() as s:
        station_id = auth.scope(s)
        names = _station_names(s)
        for plan in s.scalars(select(RevisitPlan).where(RevisitPlan.month == month, RevisitPlan.issued_on.is_not(None),
                                                        RevisitPlan.deleted_at.is_(None),
                                                        *([RevisitPlan.station_id == station_id] if station_id
                                                          else []))):
            ids = [i.case_id for i in plan.items if i.deleted_at is None]
            done = len(done_case_ids(s, month, ids))
            if done < len(ids):
                out.append(ResultsDue(names.get(plan.station_id, ""), len(ids), done, deadline, today > deadline))
    return sorted(out, key=lambda r: (-r.missing, r.station))


def cases_near_connection_without_revisit(s: Session, horizon: date):
    """Open cases whose connection is due by `horizon` and that have had no key-stage revisit (power-on
    would break the rule): rows of case_id, due_on, case_number, customer_name, phone, station_id."""
    return list(s.execute(select(CaseStage.case_id, CaseStage.due_on, Case.case_number, Case.customer_name,
                                 Case.phone, Case.station_id).join(Case, Case.id == CaseStage.case_id).where(
        CaseStage.stage == "connection", CaseStage.completed_on.is_(None), CaseStage.due_on.is_not(None),
        CaseStage.due_on <= horizon, CaseStage.deleted_at.is_(None), Case.deleted_at.is_(None),
        ~key_revisit_exists(Case.id))).all())
